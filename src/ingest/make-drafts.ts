/**
 * Makes the draft files for an article's drafted facts (draft-facts.ts): a statement per quote,
 * an event per dated report (or another source's account where the dossier has the event
 * already), an entry for each new speaker or channel. The files' format, reading and checks are
 * in drafts.ts.
 */
import { COLLECTION, DRAFTS_FOLDER, ENTITY_KINDS, KIND, type EntityKind } from '../model/vocabulary.ts';
import { formatDossierDate } from '../view/format-date.ts';
import { earliestDay, latestDay, parseDossierDate } from '../model/dossier-date.ts';
import { slugOfWords, type FactDrafts } from './draft-facts.ts';
import type { NamedParty } from './read-quotes.ts';
import { isInstitutionName } from './name-resolver.ts';
import { today } from './today.ts';
import type { DraftFile } from './drafts.ts';
import type { KnownEvent } from './known-events.ts';

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
  return value === articleDate
    ? `Die Meldung von ${credit} vom ${article} schreibt «${expression}»; einen genaueren Tag gibt sie nicht an.`
    : `Die Meldung von ${credit} vom ${article} schreibt «${expression}»; gemeint ist ${meant}.`;
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

/**
 * The event already in the dossier that a drafted one reports again: the same kind, dates that
 * overlap, and a shared participant or the same place. The first such event, or undefined.
 */
export function sameEvent(event: FactDrafts['events'][number], known: readonly KnownEvent[]): KnownEvent | undefined {
  const parsed = parseDossierDate(event.date);
  if (!parsed.ok) return undefined;
  const from = earliestDay(parsed.date.from);
  const to = latestDay(parsed.date.to ?? parsed.date.from);
  return known.find(
    (k) =>
      k.kind === event.kind &&
      k.from !== undefined &&
      k.to !== undefined &&
      k.from <= to &&
      from <= k.to &&
      ((event.place !== undefined && k.place === event.place) || event.participants.some((p) => k.participants.includes(p))),
  );
}

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
  credit = 'der Agentur',
): DraftSet {
  const folder = `${DRAFTS_FOLDER}/${sourceId}`;
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
  /** The id a statement refers to for `party`: the known entry, or a drafted entry made once per name. */
  const reference = (party: NamedParty, paragraph: number): string => {
    if (party.id) return party.id;
    const existing = entityDrafts.get(party.name);
    if (existing) return existing;
    const kind = speakerKind(party);
    const dir = KIND[kind].folder;
    const id = free(dir, slugOfWords(party.name, 50), 'eintrag');
    entityDrafts.set(party.name, id);
    drafts.push({
      file: `${folder}/eintrag-${id}.yaml`,
      entwurf: { art: 'eintrag', quelle: sourceId, absatz: paragraph, ziel: `${dir}/${id}.mdx`, markiert: party.name },
      daten: { name: party.name, aliases: [], summary: `${party.name} wird in der Quelle «${title}» genannt.`, cite: [`${sourceId}#p${paragraph}`], added: day },
    });
    return id;
  };

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
      entwurf: { art: 'aussage', quelle: sourceId, absatz: quote.paragraph, ziel: `${COLLECTION.statement.folder}/${id}.yaml`, markiert: quote.text, sprecher: quote.speaker?.name ?? null, kanal: quote.channel?.name ?? null },
      daten,
    });
    quoteDrafts.push(drafts.at(-1)!.file);
  }

  const eventDrafts: string[] = [];
  for (const event of facts.events) {
    // The same event from another source: an account of it, not a second event.
    const existing = sameEvent(event, known);
    if (existing) {
      const id = free('berichte', `${existing.id}-${sourceId}`, 'bericht');
      drafts.push({
        file: `${folder}/bericht-${id}.yaml`,
        entwurf: { art: 'bericht', quelle: sourceId, absatz: event.paragraph, ziel: `${KIND.event.folder}/${existing.id}.mdx`, markiert: event.dateText },
        daten: { text: event.sentence, cite: [`${sourceId}#p${event.paragraph}`], abweichend: false },
      });
      eventDrafts.push(drafts.at(-1)!.file);
      continue;
    }
    const id = free(KIND.event.folder, slugOfWords(event.title, 60), 'ereignis');
    drafts.push({
      file: `${folder}/ereignis-${id}.yaml`,
      entwurf: { art: 'ereignis', quelle: sourceId, absatz: event.paragraph, ziel: `${KIND.event.folder}/${id}.mdx`, markiert: event.dateText },
      daten: {
        title: event.title,
        kind: event.kind,
        date: event.date,
        dateNote: dateNote(event.dateText, event.date, articleDate, credit),
        ...(event.place ? { place: event.place } : {}),
        participants: event.participants,
        countries: event.countries,
        summary: event.sentence,
        cite: [`${sourceId}#p${event.paragraph}`],
        added: day,
      },
    });
    eventDrafts.push(drafts.at(-1)!.file);
  }
  return { drafts, quoteDrafts, eventDrafts };
}

/** The draft files for an article, and which one holds each drafted quote and event (in the facts' order). */
export interface DraftSet {
  drafts: DraftFile[];
  /** The draft file of `facts.quotes[i]`. */
  quoteDrafts: string[];
  /** The draft file of `facts.events[i]`. */
  eventDrafts: string[];
}
