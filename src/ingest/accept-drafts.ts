/**
 * Publishes or removes drafts (src/ingest/drafts.ts). Accept turns each complete draft into its
 * content file, together with the entry drafts it refers to (a new speaker, a new channel), and
 * deletes the draft; a draft that is not complete, refers to something that cannot be
 * published with it, or would take an id already in use, stays a draft and is listed with
 * why. Nothing is half done: the new files are written only where no file exists, the whole
 * content is then checked as the build checks it, and if the check finds any problem it did not
 * find before (in a new file or, through a clash, in an old one), every new file is removed
 * again. Reject (reject-drafts.ts) deletes drafts; which drafts, draft-selection.ts reads.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../content-check/check-content.ts';
import { COLLECTION, ENTITY_KINDS, KIND, isCollectionFile } from '../model/vocabulary.ts';
import { idOfFile } from '../model/entry-id.ts';
import { contentYaml } from './content-yaml.ts';
import { load as parseYaml } from 'js-yaml';
import { readFrontmatter } from '../io/files.ts';
import { today } from './today.ts';
import { missingOf, readDrafts, targetProblem, type DraftFile } from './drafts.ts';
import { selectDrafts, type DraftSelection } from './draft-selection.ts';
import { fileRefusal } from '../io/file-errors.ts';
import { applyContentChanges, type ContentChange } from '../io/content-transaction.ts';
import { ContentRefusal, withContentLock } from '../io/content-lock.ts';

export interface AcceptOutcome {
  /** Drafts published, with the file each became (below the content folder). */
  published: { draft: string; target: string }[];
  /** Drafts that stay drafts, with why. */
  kept: { draft: string; reasons: string[] }[];
  /** Problems that stopped the whole run; nothing was written. */
  errors: string[];
  /** What became of an interrupted earlier run (finished or undone), if there was one. */
  recovered?: string;
}

/** Ids in use: of the pages (entities, events, sources share one namespace) and of the statements. */
function idsInUse(contentDir: string): { pages: Set<string>; statements: Set<string> } {
  const read = (kinds: readonly ('statement' | (typeof ENTITY_KINDS)[number] | 'event' | 'source')[]) => {
    const ids = new Set<string>();
    for (const kind of kinds) {
      const dir = path.join(contentDir, kind === 'statement' ? COLLECTION.statement.folder : KIND[kind].folder);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir)) if (isCollectionFile(kind, name)) ids.add(idOfFile(name));
    }
    return ids;
  };
  return { pages: read([...ENTITY_KINDS, 'event', 'source']), statements: read(['statement']) };
}

/** A content-check issue as a comparable line. */
const issueKey = (issue: { file: string; field: string; message: string }) => `${path.resolve(issue.file)}|${issue.field}|${issue.message}`;

/** The entries a draft's data refer to by id. */
function references(draft: DraftFile): string[] {
  const d = draft.daten;
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);
  const relations = Array.isArray(d.relations) ? d.relations.map((r) => (r && typeof r === 'object' ? (r as { target?: unknown }).target : undefined)) : [];
  return [...list(d.speaker), ...list(d.reports), ...list(d.via), ...list(d.about), ...list(d.event), ...list(d.participants), ...list(d.place), ...list(d.countries), ...list(relations)];
}

/**
 * An event file with another source's account added (a `bericht` draft): its citation joins the
 * event's `cite`, or, where the sources disagree (`abweichend: true`), both accounts stand under
 * `accounts`; the event changed today (`updated`). Frontmatter comments are not kept.
 */
function withAccount(eventText: string, draft: DraftFile, day: string): string {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(eventText);
  if (!match) throw new Error(`${draft.entwurf.ziel}: keine Frontmatter`);
  const data = (parseYaml(match[1]!) ?? {}) as Record<string, unknown>;
  const account = draft.daten as { text: string; cite: string[]; abweichend?: boolean };
  const cite = Array.isArray(data.cite) ? (data.cite as string[]) : [];
  if (account.abweichend) {
    const accounts = Array.isArray(data.accounts) ? [...(data.accounts as unknown[])] : [{ text: data.summary, cite }];
    accounts.push({ text: account.text, cite: account.cite });
    data.accounts = accounts;
  } else {
    data.cite = [...new Set([...cite, ...account.cite])];
  }
  data.updated = day;
  return `---\n${contentYaml(data)}---\n${match[2]}`;
}

/** A draft's content file as it will be written: it enters the dossier today (`added`). */
function targetText(draft: DraftFile, day: string): string {
  const { updated: _updated, ...data } = draft.daten;
  const dated = { ...data, added: day };
  return draft.entwurf.art === 'aussage' ? contentYaml(dated) : `---\n${contentYaml(dated)}---\n`;
}

/** Removes a draft file, and its source's folder once it is empty. */

/**
 * Publishes the `selection` of drafts in `contentDir`. Every selected draft either becomes its
 * content file (with the entry drafts it needs) or stays and is listed with its reasons; on a
 * problem the content check finds in the new files, nothing is written at all.
 */
export function acceptDrafts(contentDir: string, selection: DraftSelection): AcceptOutcome {
  try {
    return withContentLock(contentDir, 'npm run accept', (recovered) => {
      const outcome = acceptLocked(contentDir, selection);
      return recovered ? { ...outcome, recovered } : outcome;
    });
  } catch (error) {
    if (error instanceof ContentRefusal) return { published: [], kept: [], errors: [error.message] };
    throw error;
  }
}

function acceptLocked(contentDir: string, selection: DraftSelection): AcceptOutcome {
  const { drafts: selected, errors, unreadable } = selectDrafts(contentDir, selection);
  if (errors.length > 0) return { published: [], kept: [], errors };
  const planned = planAccept(contentDir, selected, selection.confirm === true);
  const { plan } = planned;
  const kept = [...planned.kept, ...unreadable.map((problem) => ({ draft: problem.split(':')[0]!, reasons: [problem.slice(problem.indexOf(':') + 2)] }))];
  const outcome: AcceptOutcome = { published: [], kept, errors: [] };
  if (plan.length === 0) return outcome;

  const day = today();
  // Problems the content has already are not this run's; any new one is.
  const before = new Set(checkContent(contentDir).map(issueKey));
  // Every file this accept writes, new or changed (an event several reports add to is changed once,
  // with all of them), then every draft it publishes removed: one transaction.
  const texts = new Map<string, { data: string; mustBeNew: boolean }>();
  // New files first, so that a report on an event published in the same run finds it.
  for (const draft of [...plan].sort((a, b) => Number(a.entwurf.art === 'bericht') - Number(b.entwurf.art === 'bericht'))) {
    const target = draft.entwurf.ziel;
    if (draft.entwurf.art === 'bericht') {
      const planned = texts.get(target);
      const current = planned?.data ?? readFileSync(path.join(contentDir, target), 'utf8');
      texts.set(target, { data: withAccount(current, draft, day), mustBeNew: planned?.mustBeNew ?? false });
    } else texts.set(target, { data: targetText(draft, day), mustBeNew: true });
  }
  const changes: ContentChange[] = [...[...texts].map(([file, { data, mustBeNew }]) => ({ file, data, mustBeNew })), ...plan.map((draft) => ({ file: draft.file, data: null }))];
  let problems: string[];
  try {
    ({ problems } = applyContentChanges(contentDir, 'npm run accept', changes, () =>
      checkContent(contentDir)
        .filter((issue) => !before.has(issueKey(issue)))
        .map((issue) => `${path.relative(contentDir, issue.file)}${issue.line ? `:${issue.line}` : ''}: ${issue.field}: ${issue.message} ${issue.hint}`),
    ));
  } catch (error) {
    const refusal = fileRefusal(error, 'Nichts wurde veröffentlicht.');
    if (!refusal) throw error;
    return { published: [], kept, errors: [refusal] };
  }
  if (problems.length > 0) return { published: [], kept, errors: problems };
  for (const draft of plan) outcome.published.push({ draft: draft.file, target: draft.entwurf.ziel });
  return outcome;
}

/**
 * What accept would do with `drafts`, without writing: the drafts it would publish (with the
 * entry drafts they need) and those that stay, with why. The review page shows the same.
 */
export function planAccept(contentDir: string, selected: readonly DraftFile[], confirm = false): { plan: DraftFile[]; kept: AcceptOutcome['kept'] } {
  const confirmed = (draft: DraftFile): DraftFile => (confirm ? { ...draft, entwurf: { ...draft.entwurf, bestaetigt: true } } : draft);
  const drafts = selected.map(confirmed);
  const inUse = idsInUse(contentDir);
  const kept: AcceptOutcome['kept'] = [];
  const plan = new Map<string, DraftFile>();
  const sourceDrafts = new Map<string, DraftFile[]>();
  const draftsOf = (source: string) => {
    if (!sourceDrafts.has(source)) sourceDrafts.set(source, readDrafts(contentDir, source).drafts.map(confirmed));
    return sourceDrafts.get(source)!;
  };

  /** The event draft, of any source, that becomes `target` (an event a later article reports on before it is published). */
  const eventDraftFor = (target: string): DraftFile | undefined =>
    readDrafts(contentDir).drafts.map(confirmed).find((d) => d.entwurf.art === 'ereignis' && d.entwurf.ziel === target);
  /** Why `draft` cannot be published now (empty: it can), adding the entry drafts it needs to `attempt`. */
  const check = (draft: DraftFile, attempt: Map<string, DraftFile>, seen: Set<string>): string[] => {
    if (seen.has(draft.file)) return [];
    seen.add(draft.file);
    const reasons = [...missingOf(draft)];
    if (targetProblem(draft)) return reasons;
    const id = idOfFile(draft.entwurf.ziel);
    if (draft.entwurf.art === 'bericht') {
      // An account goes to an event that is there, or to the event draft of an earlier article, published with it.
      const target = path.join(contentDir, draft.entwurf.ziel);
      const pendingEvent = existsSync(target) ? undefined : eventDraftFor(draft.entwurf.ziel);
      if (pendingEvent) {
        const further = check(pendingEvent, attempt, seen);
        if (further.length > 0) reasons.push(`braucht den Ereignis-Entwurf ${pendingEvent.file}, der nicht vollständig ist: ${further.join(' ')}`);
        else attempt.set(pendingEvent.file, pendingEvent);
      } else if (!existsSync(target)) reasons.push(`${draft.entwurf.ziel} gibt es nicht (mehr); «entwurf.ziel» auf das Ereignis setzen, das der Bericht betrifft.`);
      else if (draft.daten.abweichend === true) {
        // The event's own account becomes the first of the accounts: it must rest on one source.
        const event = readFrontmatter(target);
        const sources = new Set((Array.isArray(event.cite) ? (event.cite as string[]) : []).map((key) => key.split('#')[0]));
        if (!Array.isArray(event.accounts) && sources.size > 1) {
          reasons.push(`${draft.entwurf.ziel} stützt sich schon auf ${sources.size} Quellen; welche Darstellung welcher Quelle gehört, entscheidet die Redaktion: die Darstellungen unter «accounts» von Hand eintragen (je Quelle eine) und diesen Entwurf verwerfen.`);
        }
      }
      if (reasons.length === 0) attempt.set(draft.file, draft);
      return reasons;
    }
    const taken = draft.entwurf.art === 'aussage' ? inUse.statements.has(id) : inUse.pages.has(id);
    if (taken || existsSync(path.join(contentDir, draft.entwurf.ziel))) {
      reasons.push(`Die Kennung «${id}» (${draft.entwurf.ziel}) ist schon vergeben; «entwurf.ziel» auf einen freien Namen ändern.`);
    }
    for (const ref of references(draft)) {
      if (inUse.pages.has(ref)) continue;
      // An entry or an event drafted from the same article (a quote's «event:»), published with it.
      const needed = draftsOf(draft.file.split('/')[1]!).find((d) => (d.entwurf.art === 'eintrag' || d.entwurf.art === 'ereignis') && idOfFile(d.entwurf.ziel ?? '') === ref);
      if (!needed) {
        reasons.push(`verweist auf «${ref}», das es weder im Dossier noch als Entwurf dieser Quelle gibt: die Kennung prüfen, einen Eintrag anlegen (npm run ingest -- <artikel.txt> --stub "Name=<bereich>") oder die Angabe unter «daten» ändern oder entfernen.`);
        continue;
      }
      const further = check(needed, attempt, seen);
      if (further.length > 0) reasons.push(`braucht den Entwurf ${needed.file}, der nicht vollständig ist: ${further.join(' ')}`);
      else attempt.set(needed.file, needed);
    }
    if (reasons.length === 0) attempt.set(draft.file, draft);
    return reasons;
  };

  for (const draft of drafts) {
    const attempt = new Map<string, DraftFile>();
    const reasons = check(draft, attempt, new Set(plan.keys()));
    if (reasons.length > 0) kept.push({ draft: draft.file, reasons });
    else for (const [file, d] of attempt) plan.set(file, d);
  }
  return { plan: [...plan.values()], kept };
}
