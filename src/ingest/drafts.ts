/**
 * Drafts waiting for an editor: one YAML file per drafted quote, event or entry in
 * `content/entwuerfe/<source id>/`, outside every collection, so the build never publishes them.
 * A draft file holds the future entry's data (`daten`, in the shape of its collection) and what
 * the review needs (`entwurf`: kind, target file, source paragraph, the text to mark there, and
 * the speaker or channel as the text names them). The review page (src/pages/[drafts].astro)
 * lists them, `npm run accept` publishes them (src/ingest/accept-drafts.ts), `npm run reject`
 * removes them. Made from the drafted facts by make-drafts.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import { contentYaml } from './content-yaml.ts';
import { COLLECTION, DRAFTS_FOLDER, ENTITY_KINDS, KIND } from '../model/vocabulary.ts';
import { SCHEMAS } from '../schemas/index.ts';
import { z } from 'astro/zod';
import { citations, requiredText } from '../schemas/fields.ts';
import { germanSchemaMessage } from '../content-check/schema-issues.ts';
import { SLUG_PATTERN } from '../model/entry-id.ts';

/**
 * `aussage`, `ereignis`, `eintrag`: a new file; `bericht`: another source's account of an event
 * already in the dossier, which accept adds to that event (its `cite`, or with
 * `daten.abweichend: true` its `accounts`, where the sources disagree).
 */
export type DraftKind = 'aussage' | 'ereignis' | 'eintrag' | 'bericht';

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
  /** All paragraphs that carry an event or a report (`absatz` is the first). */
  absaetze?: number[];
  /** `sicher`: the rules found it without doubt; `pruefen`: the editor checks what `pruefen` lists and confirms. Older drafts without it count as `sicher`. */
  zustand?: DraftState;
  /** What the editor must check, one item each. */
  pruefen?: string[];
  /** Why it was drafted: the rule and the words. */
  grund?: string;
  /** Set by the review page, the desk or `npm run accept -- --bestaetigen`: the editor has checked a `pruefen` draft. */
  bestaetigt?: boolean;
  /** Known events an event may be the same as, ranked, with the reasons. */
  kandidaten?: { id: string; punkte: number; gruende: string[] }[];
}

export type DraftState = 'sicher' | 'pruefen';

/** Whether a draft still waits for the editor's confirmation. */
export const awaitsConfirmation = (draft: DraftFile) => draft.entwurf.zustand === 'pruefen' && draft.entwurf.bestaetigt !== true;

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

/** Where a draft of each kind may go: its folder, and the extension of its file. */
const TARGET_FOLDERS: Record<DraftKind, { folders: string[]; extension: string }> = {
  aussage: { folders: [COLLECTION.statement.folder], extension: 'yaml' },
  ereignis: { folders: [KIND.event.folder], extension: 'mdx' },
  eintrag: { folders: ENTITY_KINDS.map((kind) => KIND[kind].folder), extension: 'mdx' },
  bericht: { folders: [KIND.event.folder], extension: 'mdx' },
};

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
  const unconfirmed = awaitsConfirmation(draft)
    ? [`entwurf.zustand: zu prüfen – ${(draft.entwurf.pruefen ?? ['siehe Entwurf']).join(' ')} Danach bestätigen: npm run accept -- --bestaetigen ${draft.file} (oder «bestaetigt: true» unter «entwurf»).`]
    : [];
  return [...unconfirmed, ...missingData(draft)];
}

/** The summary ingest drafts for a name the text does not describe (entry-drafts.ts): to be replaced before publishing. */
export const PLACEHOLDER_SUMMARY = / wird in der Quelle «[^»]*» genannt\.$/u;

/** What a draft's data lack to be published, in German, one item per field. */
function missingData(draft: DraftFile): string[] {
  if (draft.entwurf.art === 'bericht') {
    const parsed = ACCOUNT.safeParse(draft.daten);
    return parsed.success ? [] : parsed.error.issues.map((issue) => `daten.${issue.path.join('.') || '(alles)'}: ${germanSchemaMessage(issue as never)}`);
  }
  const collection = collectionOf(draft);
  if (!collection) return [`entwurf.ziel: «${draft.entwurf.ziel}» ist kein Ordner für Einträge (${ENTITY_KINDS.map((k) => KIND[k].folder).join(', ')}).`];
  // A new entry whose summary only says where it was named says nothing of it: not even a confirmation publishes that.
  const placeholder = draft.entwurf.art === 'eintrag' && typeof draft.daten.summary === 'string' && PLACEHOLDER_SUMMARY.test(draft.daten.summary)
    ? ['daten.summary: ist noch der Platzhalter («… wird in der Quelle … genannt»); einen Satz schreiben, der sagt, wer oder was es ist.']
    : [];
  const parsed = SCHEMAS[collection].safeParse(draft.daten);
  if (parsed.success) return placeholder;
  return [...placeholder, ...parsed.error.issues.map((issue) => `daten.${issue.path.join('.') || '(alles)'}: ${germanSchemaMessage(issue as never)}${issue.path[0] === 'speaker' ? ' – wer hat es gesagt? Eine Kennung eines Eintrags angeben' : ''}`)];
}
