/**
 * Drafts of new entries (persons, countries, places, organisations), in the drafts folder of
 * their source like every other draft, from a name ingest found, a speaker or participant, or
 * `--stub`: folder, a summary dated and attributed to the source from the title or naming noun
 * the text gives, and whether the editor must check it (no description, an id a known entry has).
 */
import { formatDossierDate } from '../view/format-date.ts';
import { parseDossierDate } from '../model/dossier-date.ts';
import { DRAFTS_FOLDER, KIND, type EntityKind } from '../model/vocabulary.ts';
import { headNoun } from './german-nouns.ts';
import type { Candidate } from './name-candidates.ts';
import { cityCountry } from './place-names.ts';
import { countryByCode, countryDescription, countryNumeric, inCountry, ofCountry } from './country-names.ts';
import type { DraftFile } from './drafts.ts';

/** How a drafted summary names the source: «der Meldung von dpa-AFX vom August 2025», or by its date alone. */
export function sourceLabel(credit: string, articleDate: string): string {
  const parsed = parseDossierDate(articleDate);
  const when = parsed.ok ? formatDossierDate(parsed.date) : articleDate;
  return credit ? `der Meldung von ${credit} vom ${when}` : `der Meldung vom ${when}`;
}

/** The dossier writes Swiss German: «ß» as «ss» in what ingest drafts in its own words (never in quotes or the source). */
export const swissSpelling = (text: string) => text.replace(/ß/gu, 'ss');

/**
 * What the institutions that name-patterns.ts knows by name are, in a sober sentence each (the
 * house's own words, for the editor to confirm; the text names them without saying it).
 */
const KNOWN_INSTITUTIONS: Record<string, string> = {
  Kreml: 'Der Kreml ist der Amtssitz des russischen Präsidenten in Moskau; Meldungen meinen mit ihm die russische Staatsführung.',
  Nato: 'Die Nato ist das Verteidigungsbündnis Nordamerikas und europäischer Staaten.',
  EU: 'Die Europäische Union (EU) ist ein Verbund europäischer Staaten.',
  Uno: 'Die Vereinten Nationen (Uno) sind die Organisation der Staaten der Welt.',
  UN: 'Die Vereinten Nationen (UN) sind die Organisation der Staaten der Welt.',
  'Vereinte Nationen': 'Die Vereinten Nationen sind die Organisation der Staaten der Welt.',
  Bundeswehr: 'Die Bundeswehr ist die Armee Deutschlands.',
  Bundestag: 'Der Bundestag ist das Parlament Deutschlands.',
};

/**
 * A new entry as ingest proposes it: its folder, a summary from the title or the naming word the
 * text gives it, dated and attributed («Laut der Meldung von dpa-AFX vom August 2025 ist Wladimir
 * Putin Russlands Präsident.», so it never reads as true for ever), and whether the editor must
 * write one (where the text says nothing of who or what it is).
 */
export function proposedEntry(name: string, kind: EntityKind, candidate: Pick<Candidate, 'role'> | undefined, title: string, source = 'der Quelle') {
  const role = candidate?.role;
  // A city the text does not describe: what the gazetteer says of it, for the editor to confirm («Seoul ist die Hauptstadt Südkoreas»).
  const city = !role && kind === 'place' ? cityCountry(name) : undefined;
  const country = city && countryByCode(city.country);
  if (city && country) {
    return {
      folder: KIND[kind].folder,
      summary: `Laut dem Ortsverzeichnis GeoNames ist ${name} ${city.capital ? `die Hauptstadt ${ofCountry(country)}` : `eine Stadt ${inCountry(country)}`}.`,
      state: 'pruefen' as const,
      check: ['Zusammenfassung und Koordinaten: aus dem Ortsverzeichnis GeoNames, nicht aus der Meldung; ist dieser Ort gemeint?'],
      extra: { coordinates: { lat: city.lat, lon: city.lon, source: `GeoNames, Eintrag «${city.entry}» (${city.country})` } },
    };
  }
  // An institution agency German names every day without saying what it is: what it is, for the editor to confirm.
  const institution = !role && kind === 'organisation' ? KNOWN_INSTITUTIONS[name] : undefined;
  if (institution) {
    return { folder: KIND[kind].folder, summary: institution, state: 'pruefen' as const, check: ['Zusammenfassung: aus der Liste bekannter Institutionen, nicht aus der Meldung; stimmt sie?'] };
  }
  // A country the text does not describe: where it lies, for the editor to confirm.
  const located = !role && kind === 'country' ? countryDescription(name) : undefined;
  if (located) {
    const numeric = countryNumeric(name);
    return {
      folder: KIND[kind].folder, summary: located, state: 'pruefen' as const,
      check: ['Zusammenfassung: aus dem Länderverzeichnis (world-countries), nicht aus der Meldung; stimmt sie?'],
      ...(numeric ? { extra: { isoNumeric: numeric } } : {}),
    };
  }
  const check = role ? [] : ['Zusammenfassung: die Meldung beschreibt den Namen nicht; einen Satz schreiben, der sagt, wer oder was es ist.'];
  // «Nachrichtenagentur», «Stadt»: a naming noun takes its indefinite article.
  const described = role && kind !== 'person' && /^\p{Lu}\p{L}*$/u.test(role) ? `${headNoun(role)?.gender === 'F' ? 'eine' : 'ein'} ${role}` : role;
  return {
    folder: KIND[kind].folder,
    summary: described ? `Laut ${source} ist ${name} ${described}.` : `${name} wird in der Quelle «${title}» genannt.`,
    state: check.length ? ('pruefen' as const) : ('sicher' as const),
    check,
  };
}

/**
 * The draft of a new entry, in the drafts folder of its source like every other draft: from a
 * name ingest found (`candidate`), a speaker or participant, or `--stub`. `clash`: a known entry
 * whose id the name folds to («Juergen Mueller» beside «Jürgen Müller»), which the editor decides on.
 */
export function entryDraft(o: {
  name: string; kind: EntityKind; id: string; sourceId: string; title: string; paragraph: number; day: string;
  candidate?: Candidate; clash?: string; why?: string; source?: string;
  /** A person's function in a country or organisation (from the role the text gives), or where a place lies. */
  relation?: { type: 'funktion' | 'liegt-in'; target: string; role?: string };
}): DraftFile {
  const entry = proposedEntry(o.name, o.kind, o.candidate, o.title, o.source);
  const check = [
    ...(o.clash ? [`Name: «${o.name}» ergibt dieselbe Kennung wie der bekannte Eintrag ${o.clash}: dieselbe ${o.kind === 'person' ? 'Person' : 'Sache'} (dann dort unter «spellings» als Schreibweise eintragen und diesen Entwurf verwerfen) oder eine andere (dann bestätigen; sie erhält das Kürzel ${o.id})?`] : []),
    ...entry.check,
  ];
  const paragraphs = o.candidate?.paragraphs ?? [o.paragraph];
  return {
    file: `${DRAFTS_FOLDER}/${o.sourceId}/eintrag-${o.id}.yaml`,
    entwurf: {
      art: 'eintrag', quelle: o.sourceId, absatz: paragraphs[0]!, ziel: `${entry.folder}/${o.id}.mdx`, markiert: o.name,
      zustand: check.length ? 'pruefen' : 'sicher', ...(check.length ? { pruefen: check } : {}),
      grund: o.why ?? `Name, den das Dossier nicht kennt, in Absatz ${paragraphs.join(', ')}${o.candidate?.role ? ` («${o.candidate.role}»)` : ''}.`,
    },
    daten: {
      name: o.name, aliases: o.candidate?.aliases ?? [], summary: swissSpelling(entry.summary), cite: [`${o.sourceId}#p${paragraphs[0]!}`],
      ...('extra' in entry ? entry.extra : {}),
      ...(o.relation ? { relations: [{ type: o.relation.type, target: o.relation.target, ...(o.relation.role ? { role: swissSpelling(o.relation.role) } : {}), cite: [`${o.sourceId}#p${paragraphs[0]!}`] }] } : {}),
      added: o.day,
    },
  };
}

