/**
 * Makes the draft files for an article's drafted facts (draft-facts.ts): a statement per quote,
 * an event per dated report (or another source's account where the dossier has the event
 * already), an entry for each new speaker or channel. The files' format, reading and checks are
 * in drafts.ts.
 */
import { COLLECTION, DRAFTS_FOLDER, ENTITY_KINDS, KIND, type EntityKind } from '../model/vocabulary.ts';
import { formatDossierDate } from '../view/format-date.ts';
import { parseDossierDate } from '../model/dossier-date.ts';
import { slugOfWords, type FactDrafts } from './draft-facts.ts';
import type { Candidate } from './name-candidates.ts';
import { entryDraft, sourceLabel, swissSpelling } from './entry-drafts.ts';
import type { NamedParty } from './read-quotes.ts';
import { isInstitutionName } from './name-resolver.ts';
import { countryByCode, ofCountry } from './country-names.ts';
import { functionIn, officeIn } from './role-functions.ts';
import { cityCountry } from './place-names.ts';
import { homeCountry } from './source-language.ts';
import { today } from './today.ts';
import type { DraftFile } from './drafts.ts';
import type { EventCandidate, KnownEvent } from './known-events.ts';
import { couldBeSame, differingFigures, eventCandidates, OFFER_SCORE, REPORT_SCORE, SURE_REPORT_SCORE } from './event-matching.ts';

export type { KnownEvent } from './known-events.ts';

/**
 * The date note of an event drafted from `expression` in the source `credit` of `articleDate`
 * (`YYYY-MM`): it names the source («Die Meldung von sda/dpa vom August 2025 …»), never «der
 * Artikel», which is ambiguous once the dossier has several sources.
 */
function dateNote(expression: string, value: string, articleDate: string, credit: string): string {
  const shown = (raw: string) => {
    const parsed = parseDossierDate(raw);
    return parsed.ok ? formatDossierDate(parsed.date) : raw;
  };
  const article = shown(articleDate);
  const meant = shown(value);
  // Without a credit the note names the source by its date alone: «Die Meldung vom Juli 2025 …».
  const source = credit ? `Die Meldung von ${credit} vom ${article}` : `Die Meldung vom ${article}`;
  return value === articleDate ? `${source} schreibt «${expression}»; einen genaueren Tag gibt sie nicht an.` : `${source} schreibt «${expression}»; gemeint ist ${meant}.`;
}

/**
 * The kind a proposed speaker is drafted as: a person where the resolver knew it for one (a
 * name after a role: «Aussenministerin Sacharowa»), an organisation for an institution or a
 * single word without a role («Yonhap»), else a person (a name of several words).
 */
function speakerKind(party: NamedParty): EntityKind {
  if (party.person === true) return 'person';
  if (party.person === false || isInstitutionName(party.name) || !party.name.includes(' ')) return 'organisation';
  return 'person';
}

/** Times said relative to the article's day: «am Montag», «gestern», «am Wochenende», «kommende Woche». */
const RELATIVE_TIME = /(?<!\p{L})(?:(?:am|vom|bis|seit) (?:(?:kommenden|vergangenen|nächsten|letzten) )?(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Wochenende)|gestern|heute|morgen|vorgestern|übermorgen|(?:diese|kommende|nächste|vergangene|letzte) Woche|in der Nacht|am Abend|am Morgen)(?!\p{L})/iu;

/**
 * The draft files for an article's drafted facts: a statement per quote, an event per dated
 * report, and an entry for each name a statement needs (a speaker or channel the dossier does
 * not know). `sourceId` is the source just written; `title` its headline; `taken` tells whether
 * a path below the content folder is already used (so that no draft targets an existing file);
 * `day` is the `added` day the drafts carry (accept sets the day it publishes them).
 */
export function draftFiles(
  facts: FactDrafts,
  sourceId: string,
  title: string,
  articleDate: string,
  taken: (file: string) => boolean,
  day = today(),
  known: readonly KnownEvent[] = [],
  credit = '',
  paragraphs: readonly string[] = [],
  rejected: (name: string) => boolean = () => false,
): DraftSet {
  const folder = `${DRAFTS_FOLDER}/${sourceId}`;
  const home = homeCountry(paragraphs, credit || undefined);
  const used = new Set<string>();
  // Entries of every kind share one namespace of ids (pages), statements another; a draft file
  // left from an earlier run is taken too.
  const pageFolders = [...ENTITY_KINDS, 'event' as const, 'source' as const].map((kind) => KIND[kind].folder);
  const clashes = (dir: string, id: string, prefix: string) =>
    used.has(`${dir === COLLECTION.statement.folder ? dir : 'pages'}/${id}`) ||
    taken(`${folder}/${prefix}-${id}.yaml`) ||
    (dir === COLLECTION.statement.folder ? taken(`${dir}/${id}.yaml`) : pageFolders.some((f) => ['md', 'mdx'].some((ext) => taken(`${f}/${id}.${ext}`))));
  const free = (dir: string, slug: string, prefix: string) => {
    let candidate = slug;
    for (let n = 2; clashes(dir, candidate, prefix); n++) candidate = `${slug}-${n}`;
    used.add(`${dir === COLLECTION.statement.folder ? dir : 'pages'}/${candidate}`);
    return candidate;
  };
  const drafts: DraftFile[] = [];
  const entityDrafts = new Map<string, string>();
  const candidateKinds = new Map(facts.entities.candidates.flatMap((c) => (c.kind ? [[c.name, c.kind] as const] : [])));
  const candidateOf = new Map(facts.entities.candidates.map((c) => [c.name, c]));
  /** The id a draft refers to for a new name: a drafted entry, made once per name. */
  const referenceByName = (name: string, kind: EntityKind | undefined, paragraph: number): string => {
    const existing = entityDrafts.get(name);
    if (existing) return existing;
    const candidate = candidateOf.get(name);
    const entry = entityDraft(name, kind ?? candidate?.kind ?? 'person', candidate, paragraph);
    drafts.push(entry.draft);
    entityDrafts.set(name, entry.id);
    return entry.id;
  };
  /** A draft for a new entry (entryDraft), with a free id; a name whose id a known entry already has is to be checked. */
  const entityDraft = (name: string, kind: EntityKind, candidate: Candidate | undefined, paragraph: number) => {
    const slug = slugOfWords(name, 50);
    const clash = pageFolders.flatMap((f) => (['md', 'mdx'].some((ext) => taken(`${f}/${slug}.${ext}`)) ? [`${f}/${slug}`] : []))[0];
    const id = free(KIND[kind].folder, slug, 'eintrag');
    // «Indiens Premierminister», «der indische Premierminister»: the person's function in a country the dossier knows or this article names.
    const held = kind === 'person' && candidate?.role ? functionIn(candidate.role, home) : undefined;
    // The id of an entry the dossier has or this article names (drafted with this one).
    const entryId = (named: string, of: EntityKind) => {
      const slug = slugOfWords(named, 50);
      if (taken(`${KIND[of].folder}/${slug}.mdx`)) return slug;
      return candidateOf.get(named)?.kind === of ? referenceByName(named, of, paragraph) : undefined;
    };
    // «Kremlsprecher», «Nato-Generalsekretär»: a function in the institution the title names.
    const office = kind === 'person' && candidate?.role ? officeIn(candidate.role) : undefined;
    const heldId = held ? entryId(held.country, 'country') : undefined;
    const officeId = !heldId && office ? entryId(office.organisation, 'organisation') : undefined;
    // A city lies in the country the gazetteer gives, where the dossier has it or this article names it.
    const city = kind === 'place' ? cityCountry(name) : undefined;
    const cityCountryName = city && countryByCode(city.country);
    const inId = cityCountryName ? entryId(cityCountryName, 'country') : undefined;
    const relation = held && heldId
      ? { type: 'funktion' as const, target: heldId, role: held.role }
      : office && officeId
        ? { type: 'funktion' as const, target: officeId, role: office.role }
        : inId
          ? { type: 'liegt-in' as const, target: inId }
          : undefined;
    // The summary names the country an unqualified federal office implies («Bundeskanzler Deutschlands»).
    const described = held?.implied && candidate ? { ...candidate, role: `${candidate.role} ${ofCountry(held.country)}` } : candidate;
    return { id, draft: entryDraft({ name, kind, id, sourceId, title, paragraph, candidate: described, clash, day, relation, source: sourceLabel(credit, articleDate), why: candidate ? undefined : `Sprecher, Kanal oder Beteiligter eines Entwurfs in Absatz ${paragraph}.` }) };
  };
  /** The id a statement refers to for `party`: the known entry, or a drafted entry made once per name. */
  const reference = (party: NamedParty, paragraph: number): string => (party.id ? party.id : referenceByName(party.name, candidateKinds.get(party.name) ?? speakerKind(party), paragraph));

  const quoteDrafts: string[] = [];
  for (const quote of facts.quotes) {
    const id = free(COLLECTION.statement.folder, slugOfWords(quote.text, 48), 'aussage');
    const daten: Record<string, unknown> = { kind: 'zitat', quote: quote.text };
    if (quote.speaker) daten.speaker = reference(quote.speaker, quote.paragraph);
    if (quote.form) daten.form = quote.form;
    daten.via = quote.channel ? [reference(quote.channel, quote.paragraph)] : [];
    daten.about = [];
    daten.cite = `${sourceId}#p${quote.paragraph}`;
    daten.added = day;
    drafts.push({
      file: `${folder}/aussage-${id}.yaml`,
      entwurf: {
        art: 'aussage', quelle: sourceId, absatz: quote.paragraph, ziel: `${COLLECTION.statement.folder}/${id}.yaml`, markiert: quote.text, sprecher: quote.speaker?.name ?? null, kanal: quote.channel?.name ?? null,
        zustand: quote.state, ...(quote.check.length ? { pruefen: quote.check } : {}), grund: quote.why,
      },
      daten,
    });
    quoteDrafts.push(drafts.at(-1)!.file);
  }

  const eventDrafts: string[] = [];
  const eventReports: EventReport[] = [];
  const reported = new Map<string, DraftFile>();
  for (const event of facts.events) {
    const evidence = event.paragraphs.map((p) => paragraphs[p - 1] ?? '').join('\n');
    const candidates = eventCandidates(event, evidence, known);
    // The best candidate that could be the same event, not one that only shares the month and a country.
    const best = candidates.find(couldBeSame) ?? candidates[0];
    // Offered to the editor only where a candidate could be the same event, with some weight.
    const kandidaten = candidates
      .filter((c) => c.score >= OFFER_SCORE && couldBeSame(c))
      .slice(0, 3)
      .map((c) => ({ id: c.id, punkte: c.score, gruende: c.reasons }));
    // The same event from another source: an account of it, not a second event.
    // Countries and dates alone do not make the same event: the same kind, or a shared actor or place, must join them.
    const related = best !== undefined && couldBeSame(best);
    if (best && best.score >= REPORT_SCORE && related) {
      const existing = known.find((k) => k.id === best.id)!;
      const earlier = reported.get(existing.id);
      if (earlier) {
        // Another sentence of this article on the same known event: one report, with all its paragraphs.
        const absaetze = [...new Set([...(earlier.entwurf.absaetze ?? [earlier.entwurf.absatz]), ...event.paragraphs])].sort((a, b) => a - b);
        earlier.entwurf.absaetze = absaetze;
        earlier.daten.cite = absaetze.map((p) => `${sourceId}#p${p}`);
        eventDrafts.push(earlier.file);
        eventReports.push({ existing: existing.id, candidates, abweichend: earlier.daten.abweichend === true, state: earlier.entwurf.zustand ?? 'sicher', check: earlier.entwurf.pruefen ?? [], why: earlier.entwurf.grund ?? event.why });
        continue;
      }
      const differs = differingFigures(evidence, `${existing.title}\n${existing.summary}`);
      const check = [
        ...(best.score < SURE_REPORT_SCORE ? [`Ereignis: unsichere Zuordnung zu «${existing.title}» (${best.reasons.join('; ')}); dasselbe Ereignis?`] : []),
        ...(differs.length ? [`Abweichung: ${differs.join(', ')}; beide Darstellungen festhalten?`] : []),
        // The event is itself a draft of an earlier article: accept publishes it with this report, once it is complete.
        ...(existing.pending ? [`Ereignis: «${existing.title}» ist noch ein Entwurf einer früheren Meldung; er wird mit diesem Bericht veröffentlicht.`] : []),
      ];
      const id = free('berichte', `${existing.id}-${sourceId}`, 'bericht');
      const draft: DraftFile = {
        file: `${folder}/bericht-${id}.yaml`,
        entwurf: {
          art: 'bericht', quelle: sourceId, absatz: event.paragraphs[0]!, absaetze: event.paragraphs, ziel: `${KIND.event.folder}/${existing.id}.mdx`, markiert: event.dateText || event.sentence,
          zustand: check.length ? 'pruefen' : 'sicher', ...(check.length ? { pruefen: check } : {}),
          grund: `${event.why} Gleiches Ereignis wie «${existing.title}»: ${best.reasons.join('; ')}.`, kandidaten,
        },
        daten: { text: event.sentence, cite: event.paragraphs.map((p) => `${sourceId}#p${p}`), abweichend: differs.length > 0 },
      };
      drafts.push(draft);
      reported.set(existing.id, draft);
      eventDrafts.push(draft.file);
      eventReports.push({ existing: existing.id, candidates, abweichend: differs.length > 0, state: draft.entwurf.zustand!, check, why: draft.entwurf.grund! });
      continue;
    }
    const id = free(KIND.event.folder, slugOfWords(event.title, 60), 'ereignis');
    // The summary is the article's sentence; a time said relative to the article's day («am Wochenende») is wrong on the event's page.
    const relative = RELATIVE_TIME.exec(event.sentence)?.[0];
    const check = [
      ...event.check,
      ...(relative ? [`Zusammenfassung: der Satz der Meldung sagt «${relative}»; auf der Ereignisseite fehlt der Bezugstag: in eigenen Worten und mit dem Datum fassen.`] : []),
      ...(best && related ? [`Ereignis: vielleicht dasselbe wie «${known.find((k) => k.id === best.id)!.title}» (${best.reasons.join('; ')}); dann als Bericht dazu.`] : []),
    ];
    const reference = (name: string, kind: EntityKind | undefined) => (/^[a-z0-9-]+$/u.test(name) && !candidateKinds.has(name) ? name : referenceByName(name, kind, event.paragraph));
    drafts.push({
      file: `${folder}/ereignis-${id}.yaml`,
      entwurf: {
        art: 'ereignis', quelle: sourceId, absatz: event.paragraph, absaetze: event.paragraphs, ziel: `${KIND.event.folder}/${id}.mdx`, markiert: event.dateText || event.sentence,
        zustand: check.length ? 'pruefen' : 'sicher', ...(check.length ? { pruefen: check } : {}), grund: event.why, ...(kandidaten.length ? { kandidaten } : {}),
      },
      daten: {
        title: swissSpelling(event.title),
        kind: event.kind,
        date: event.date,
        dateNote: event.dateText ? dateNote(event.dateText, event.date, articleDate, credit) : `Die Meldung${credit ? ` von ${credit}` : ''} nennt kein genaueres Datum als den Monat, in dem sie erschien.`,
        ...(event.place ? { place: reference(event.place, 'place') } : {}),
        participants: event.participants.map((p) => reference(p, candidateKinds.get(p))),
        countries: event.countries.map((c) => reference(c, 'country')),
        summary: swissSpelling(event.sentence),
        cite: event.paragraphs.map((p) => `${sourceId}#p${p}`),
        added: day,
      },
    });
    eventDrafts.push(drafts.at(-1)!.file);
    eventReports.push({ existing: null, candidates, abweichend: false, state: check.length ? 'pruefen' : 'sicher', check, why: event.why });
  }
  // A quote said in a paragraph that carries an event (new or already in the dossier) is linked to it («event:»).
  facts.quotes.forEach((quote, i) => {
    const at = facts.events.findIndex((e) => e.paragraphs.includes(quote.paragraph));
    const eventDraft = at >= 0 ? drafts.find((d) => d.file === eventDrafts[at]) : undefined;
    const quoteDraft = drafts.find((d) => d.file === quoteDrafts[i]);
    if (eventDraft && quoteDraft && quoteDraft.daten.event === undefined) quoteDraft.daten.event = eventDraft.entwurf.ziel.replace(/^.*\//u, '').replace(/\.mdx$/u, '');
  });
  // Every other new name the article gives, with a kind, is proposed as an entry draft too: the editor
  // accepts or rejects it instead of typing --stub.
  // Not a name the editors rejected before (rejected-names.ts), unless a draft above needed it.
  for (const candidate of facts.entities.candidates) if (candidate.kind && !rejected(candidate.name)) referenceByName(candidate.name, candidate.kind, candidate.paragraphs[0] ?? 1);
  return { drafts, quoteDrafts, eventDrafts, eventReports };
}

/** The draft files for an article, and which one holds each drafted quote and event (in the facts' order). */
export interface DraftSet {
  drafts: DraftFile[];
  /** The draft file of `facts.quotes[i]`. */
  quoteDrafts: string[];
  /** The draft file of `facts.events[i]`. */
  eventDrafts: string[];
  /** What became of `facts.events[i]`: the known event it reports on (or null), the ranked candidates, its state. */
  eventReports: EventReport[];
}

export interface EventReport {
  existing: string | null;
  candidates: EventCandidate[];
  abweichend: boolean;
  state: 'sicher' | 'pruefen';
  check: string[];
  why: string;
}
