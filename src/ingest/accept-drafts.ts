/**
 * Publishes or removes drafts (src/ingest/drafts.ts). Accept turns each complete draft into its
 * content file, together with the entry drafts it refers to (a new speaker, a new channel), and
 * deletes the draft; a draft that is not complete, or refers to something that cannot be
 * published with it, stays a draft and is listed with what is missing. Nothing is half done:
 * the new files are written only if none exists yet, the whole content is then checked as the
 * build checks it, and on any problem in the new files every one of them is removed again.
 * Reject deletes drafts and nothing else.
 */
import { existsSync, readdirSync, rmdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../content-check/check-content.ts';
import { DRAFTS_FOLDER, ENTITY_KINDS, KIND, isCollectionFile } from '../model/vocabulary.ts';
import { idOfFile } from '../model/entry-id.ts';
import { writeNewFile } from '../io/files.ts';
import { contentYaml } from './content-yaml.ts';
import { missingOf, readDraft, readDrafts, type DraftFile } from './drafts.ts';

/** Which drafts: files (paths as given on the command line) or every draft of a source. */
export type DraftSelection = { files: string[] } | { source: string };

export interface AcceptOutcome {
  /** Drafts published, with the file each became (below the content folder). */
  published: { draft: string; target: string }[];
  /** Drafts that stay drafts, with why. */
  kept: { draft: string; reasons: string[] }[];
  /** Problems that stopped the whole run; nothing was written. */
  errors: string[];
}

/** The drafts selected, read; or the problems that make the selection unreadable. */
function selectDrafts(contentDir: string, selection: DraftSelection): { drafts: DraftFile[]; errors: string[] } {
  if ('source' in selection) {
    const { drafts, problems } = readDrafts(contentDir, selection.source);
    if (drafts.length === 0 && problems.length === 0) return { drafts, errors: [`Für die Quelle «${selection.source}» gibt es keine Entwürfe (${path.join(contentDir, DRAFTS_FOLDER, selection.source)}).`] };
    return { drafts, errors: problems };
  }
  const drafts: DraftFile[] = [];
  const errors: string[] = [];
  const root = path.resolve(contentDir, DRAFTS_FOLDER);
  for (const given of selection.files) {
    const absolute = path.resolve(given);
    if (!absolute.startsWith(`${root}${path.sep}`) || !absolute.endsWith('.yaml')) {
      errors.push(`${given}: kein Entwurf; Entwürfe liegen in ${path.join(contentDir, DRAFTS_FOLDER)}/<Quelle>/ und enden auf .yaml.`);
      continue;
    }
    if (!existsSync(absolute)) {
      errors.push(`${given}: Datei nicht gefunden.`);
      continue;
    }
    const draft = readDraft(contentDir, path.relative(path.resolve(contentDir), absolute).split(path.sep).join('/'));
    if (typeof draft === 'string') errors.push(draft);
    else drafts.push(draft);
  }
  return { drafts, errors };
}

/** Ids of the published entries of every kind, from the content folders. */
function publishedIds(contentDir: string): Set<string> {
  const ids = new Set<string>();
  for (const kind of [...ENTITY_KINDS, 'event' as const, 'source' as const]) {
    const dir = path.join(contentDir, KIND[kind].folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) if (isCollectionFile(kind, name)) ids.add(idOfFile(name));
  }
  return ids;
}

/** The entries a draft's data refer to by id. */
function references(draft: DraftFile): string[] {
  const d = draft.daten;
  const list = (value: unknown) => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);
  return [...list(d.speaker), ...list(d.via), ...list(d.about), ...list(d.event), ...list(d.participants), ...list(d.place), ...list(d.countries)];
}

/** A draft's content file as it will be written. */
function targetText(draft: DraftFile): string {
  return draft.entwurf.art === 'aussage' ? contentYaml(draft.daten) : `---\n${contentYaml(draft.daten)}---\n`;
}

/** Removes a draft file, and its source's folder once it is empty. */
function removeDraft(contentDir: string, file: string): void {
  unlinkSync(path.join(contentDir, file));
  const folder = path.dirname(path.join(contentDir, file));
  if (readdirSync(folder).length === 0) rmdirSync(folder);
}

/**
 * Publishes the `selection` of drafts in `contentDir`. Every selected draft either becomes its
 * content file (with the entry drafts it needs) or stays and is listed with its reasons; on a
 * problem the content check finds in the new files, nothing is written at all.
 */
export function acceptDrafts(contentDir: string, selection: DraftSelection): AcceptOutcome {
  const { drafts: selected, errors } = selectDrafts(contentDir, selection);
  if (errors.length > 0) return { published: [], kept: [], errors };
  const published = publishedIds(contentDir);
  const outcome: AcceptOutcome = { published: [], kept: [], errors: [] };
  const all = new Map<string, DraftFile>();
  for (const draft of selected) all.set(draft.file, draft);

  /** Why `draft` cannot be published now (empty: it can), adding the entry drafts it needs to `plan`. */
  const check = (draft: DraftFile, plan: Map<string, DraftFile>, seen: Set<string>): string[] => {
    if (seen.has(draft.file)) return [];
    seen.add(draft.file);
    const reasons = [...missingOf(draft)];
    if (existsSync(path.join(contentDir, draft.entwurf.ziel))) reasons.push(`${draft.entwurf.ziel} gibt es schon; «entwurf.ziel» auf einen freien Namen ändern.`);
    for (const ref of references(draft)) {
      if (published.has(ref)) continue;
      const sourceDrafts = readDrafts(contentDir, draft.file.split('/')[1]).drafts;
      const needed = sourceDrafts.find((d) => d.entwurf.art === 'eintrag' && path.basename(d.entwurf.ziel).replace(/\.[a-z]+$/u, '') === ref);
      if (!needed) {
        reasons.push(`verweist auf «${ref}», das es weder als Eintrag noch als Entwurf gibt.`);
        continue;
      }
      const further = check(needed, plan, seen);
      if (further.length > 0) reasons.push(`braucht den Entwurf ${needed.file}, der nicht vollständig ist: ${further.join(' ')}`);
      else plan.set(needed.file, needed);
    }
    if (reasons.length === 0) plan.set(draft.file, draft);
    return reasons;
  };

  const plan = new Map<string, DraftFile>();
  for (const draft of all.values()) {
    const attempt = new Map<string, DraftFile>();
    const reasons = check(draft, attempt, new Set(plan.keys()));
    if (reasons.length > 0) outcome.kept.push({ draft: draft.file, reasons });
    else for (const [file, d] of attempt) plan.set(file, d);
  }

  const written: string[] = [];
  try {
    for (const draft of plan.values()) {
      writeNewFile(path.join(contentDir, draft.entwurf.ziel), targetText(draft));
      written.push(draft.entwurf.ziel);
    }
  } catch (error) {
    for (const file of written) unlinkSync(path.join(contentDir, file));
    return { published: [], kept: outcome.kept, errors: [`Schreiben fehlgeschlagen (${(error as Error).message}); nichts veröffentlicht.`] };
  }
  // The new files must pass the build's own content check; otherwise none of them stays.
  const targets = new Set(written.map((file) => path.resolve(contentDir, file)));
  const issues = written.length === 0 ? [] : checkContent(contentDir).filter((issue) => targets.has(path.resolve(issue.file)));
  if (issues.length > 0) {
    for (const file of written) unlinkSync(path.join(contentDir, file));
    return {
      published: [],
      kept: outcome.kept,
      errors: issues.map((issue) => `${path.relative(contentDir, issue.file)}${issue.line ? `:${issue.line}` : ''}: ${issue.field}: ${issue.message} ${issue.hint}`),
    };
  }
  for (const draft of plan.values()) {
    removeDraft(contentDir, draft.file);
    outcome.published.push({ draft: draft.file, target: draft.entwurf.ziel });
  }
  return outcome;
}

/** Deletes the `selection` of drafts and nothing else; returns the files removed, or the problems that stopped it. */
export function rejectDrafts(contentDir: string, selection: DraftSelection): { removed: string[]; errors: string[] } {
  const { drafts, errors } = selectDrafts(contentDir, selection);
  if (errors.length > 0) return { removed: [], errors };
  for (const draft of drafts) removeDraft(contentDir, draft.file);
  return { removed: drafts.map((d) => d.file), errors: [] };
}
