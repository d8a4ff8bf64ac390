/**
 * Drafts waiting for an editor: one YAML file per drafted quote, event or entry in
 * `content/entwuerfe/<source id>/`, outside every collection, so the build never publishes them.
 * A draft file holds the future entry's data (`daten`, in the shape of its collection) and what
 * the review needs (`entwurf`: kind, target file, source paragraph, the text to mark there, and
 * the speaker or channel as the text names them). The review page (src/pages/[drafts].astro)
 * lists them, `npm run accept` publishes them (src/ingest/accept-drafts.ts), `npm run reject`
 * removes them. Made from the drafted facts (draft-facts.ts) by `draftFiles`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { contentYaml } from './content-yaml.ts';
import { today } from './today.ts';
import { COLLECTION, DRAFTS_FOLDER, ENTITY_KINDS, KIND, type EntityKind } from '../model/vocabulary.ts';
import { SCHEMAS } from '../schemas/index.ts';
import { z } from 'astro/zod';
import { citations, requiredText } from '../schemas/fields.ts';
import { germanSchemaMessage } from '../content-check/schema-issues.ts';
import { formatDossierDate } from '../view/format-date.ts';
import { earliestDay, latestDay, parseDossierDate } from '../model/dossier-date.ts';
import { slugOfWords, type FactDrafts } from './draft-facts.ts';
import type { NamedParty } from './read-quotes.ts';
import { isInstitutionName } from './name-resolver.ts';
import { SLUG_PATTERN } from '../model/entry-id.ts';

/**
 * `aussage`, `ereignis`, `eintrag`: a new file; `bericht`: another source's account of an event
 * already in the dossier, which accept adds to that event (its `cite`, or with
 * `daten.abweichend: true` its `accounts`, where the sources disagree).
 */
export type DraftKind = 'aussage' | 'ereignis' | 'eintrag' | 'bericht';

/** An event already in the dossier, as ingest compares a drafted one with it. */
export interface KnownEvent {
  id: string;
  kind: string;
  /** First and last day its date can mean (`YYYY-MM-DD`), if it has one. */
  from?: string;
  to?: string;
  place?: string;
  participants: string[];
}

/** A `bericht` draft's data: the sentence that gives the account, its citation, and whether it disagrees with the event as it stands. */
const ACCOUNT = z.object({ text: requiredText(), cite: citations, abweichend: z.boolean().default(false) });

/** What a draft file says about itself, for the review and for accept. */
export interface DraftHeader {
  art: DraftKind;
  /** The source the draft comes from (its id). */
  quelle: string;
  /** 1-based paragraph of that source. */
  absatz: number;
  /** The file the draft becomes, below the content folder (`aussagen/heroisch.yaml`). */
  ziel: string;
  /** The words to mark in the paragraph: the quote, the date expression, the name. */
  markiert: string;
  /** Speaker and channel as the text names them (quotes only). */
  sprecher?: string | null;
  kanal?: string | null;
}

export interface DraftFile {
  /** Path below the content folder, e.g. `entwuerfe/2025-07-x/aussage-heroisch.yaml`. */
  file: string;
  entwurf: DraftHeader;
  daten: Record<string, unknown>;
}

const HEADER = (source: string) =>
  `# Entwurf aus der Quelle ${source}. Prüfen, unter «daten» ergänzen oder korrigieren, dann\n# veröffentlichen: npm run accept -- <diese Datei>   (oder verwerfen: npm run reject -- <diese Datei>)\n`;

/** The text of a draft file. */
export function draftText(draft: Omit<DraftFile, 'file'>): string {
  const header = Object.fromEntries(Object.entries(draft.entwurf).filter(([, v]) => v !== undefined));
  return `${HEADER(draft.entwurf.quelle)}${contentYaml({ entwurf: header, daten: draft.daten })}`;
}

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

/** Where a draft of each kind may go: its folder, and the extension of its file. */
const TARGET_FOLDERS: Record<DraftKind, { folders: string[]; extension: string }> = {
  aussage: { folders: [COLLECTION.statement.folder], extension: 'yaml' },
  ereignis: { folders: [KIND.event.folder], extension: 'mdx' },
  eintrag: { folders: ENTITY_KINDS.map((kind) => KIND[kind].folder), extension: 'mdx' },
  bericht: { folders: [KIND.event.folder], extension: 'mdx' },
};

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

/** What is wrong with a draft's target (`entwurf.ziel`), or undefined: it must be `<folder>/<slug>.<ext>` for the draft's kind, nothing else. */
export function targetProblem(draft: DraftFile): string | undefined {
  const target = draft.entwurf.ziel;
  const allowed = TARGET_FOLDERS[draft.entwurf.art];
  const match = typeof target === 'string' ? /^([a-z]+)\/([^/]+)\.([a-z]+)$/u.exec(target) : null;
  if (!match || !allowed.folders.includes(match[1]!) || match[3] !== allowed.extension || !SLUG_PATTERN.test(match[2]!)) {
    return `entwurf.ziel: «${String(target)}» geht nicht; erlaubt ist ${allowed.folders.map((f) => `${f}/<kürzel>.${allowed.extension}`).join(' oder ')}, das Kürzel aus Kleinbuchstaben, Ziffern und Bindestrichen.`;
  }
  return undefined;
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

/** Every draft file below `contentDir` (or of one source), sorted by path. Files that do not parse are reported, not skipped silently. */
export function readDrafts(contentDir: string, sourceId?: string): { drafts: DraftFile[]; problems: string[] } {
  const root = path.join(contentDir, DRAFTS_FOLDER);
  const folders = existsSync(root) ? readdirSync(root).filter((f) => sourceId === undefined || f === sourceId).sort() : [];
  const drafts: DraftFile[] = [];
  const problems: string[] = [];
  for (const folder of folders) {
    const dir = path.join(root, folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort();
    } catch {
      continue;
    }
    for (const name of names) {
      const file = `${DRAFTS_FOLDER}/${folder}/${name}`;
      const draft = readDraft(contentDir, file);
      if (typeof draft === 'string') problems.push(draft);
      else drafts.push(draft);
    }
  }
  return { drafts, problems };
}

/** One draft file (`file` below the content folder), or a German message saying what is wrong with it. */
export function readDraft(contentDir: string, file: string): DraftFile | string {
  let data: unknown;
  try {
    data = parseYaml(readFileSync(path.join(contentDir, file), 'utf8'));
  } catch (error) {
    return `${file}: lässt sich nicht lesen (${(error as Error).message.split('\n')[0]}).`;
  }
  const record = data as { entwurf?: DraftHeader; daten?: Record<string, unknown> } | null;
  if (!record || typeof record !== 'object' || !record.entwurf || !record.daten || !['aussage', 'ereignis', 'eintrag', 'bericht'].includes(record.entwurf.art)) {
    return `${file}: kein Entwurf (es fehlen «entwurf» mit «art» oder «daten»).`;
  }
  return { file, entwurf: record.entwurf, daten: record.daten };
}

/** The collection a draft's target belongs to, from its target folder. */
export function collectionOf(draft: DraftFile): keyof typeof SCHEMAS | undefined {
  const folder = draft.entwurf.ziel?.split('/')[0];
  if (draft.entwurf.art === 'aussage') return 'statement';
  if (draft.entwurf.art === 'ereignis' || draft.entwurf.art === 'bericht') return 'event';
  return ENTITY_KINDS.find((kind) => KIND[kind].folder === folder);
}

/**
 * What a draft still lacks to be published, in German, one item per field («speaker: fehlt –
 * wer hat es gesagt?»); empty when its data are valid for its collection.
 */
export function missingOf(draft: DraftFile): string[] {
  const target = targetProblem(draft);
  if (target) return [target];
  if (draft.entwurf.art === 'bericht') {
    const parsed = ACCOUNT.safeParse(draft.daten);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `daten.${issue.path.join('.') || '(alles)'}: ${germanSchemaMessage(issue as never)}`);
  }
  const collection = collectionOf(draft);
  if (!collection) return [`entwurf.ziel: «${draft.entwurf.ziel}» ist kein Ordner für Einträge (${ENTITY_KINDS.map((k) => KIND[k].folder).join(', ')}).`];
  const parsed = SCHEMAS[collection].safeParse(draft.daten);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => `daten.${issue.path.join('.') || '(alles)'}: ${germanSchemaMessage(issue as never)}${issue.path[0] === 'speaker' ? ' – wer hat es gesagt? Eine Kennung eines Eintrags angeben' : ''}`);
}
