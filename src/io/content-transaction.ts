/**
 * All-or-nothing writes to the content folder, whatever moment the process is killed. The
 * editor's commands (ingest, accept, reject) change several files at once; a kill between two of
 * them once left a source without its drafts, or half of an accept. Here, under the writer's lock
 * (content-lock.ts):
 *
 * 1. A journal (`<content>/.transaktion/journal.json`) records every change with the new content
 *    staged beside it and a copy of what it replaces, before anything is touched (state
 *    `vorbereitet`); then the creations and replacements are applied (`anwenden`); a check may
 *    veto them (undone); then it is committed (`bestaetigt`) and the deletions follow.
 * 2. The next writer finds an interrupted journal and undoes it (not committed: nothing remains of
 *    it) or finishes it (committed: the deletions are done), and says which.
 *
 * A write the file system refuses (a full disk) undoes what was applied, by renames, which need
 * no space.
 *
 * The journal's folder starts with a dot: no reader of the content (collections, drafts) sees it.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, readdirSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { faultPoint } from './fault-points.ts';

const JOURNAL_DIR = '.transaktion';

/** A change to one file below the content folder: new content, or `null` to delete it. */
export interface ContentChange {
  /** Path below the content folder, with `/`. */
  file: string;
  data: string | null;
  /** Refuse when the file exists already (a new source, a new entry): never overwrite. */
  mustBeNew?: boolean;
}

type State = 'vorbereitet' | 'anwenden' | 'bestaetigt';

interface JournalEntry {
  file: string;
  /** Staged new content (file name in the journal folder), absent for a deletion. */
  staged?: string;
  /** Copy of what the file held before, absent where it did not exist. */
  backup?: string;
}

interface Journal {
  command: string;
  started: string;
  state: State;
  changes: JournalEntry[];
}

/**
 * Applies `changes` to `contentDir` all or nothing. `verify` runs after the creations and
 * replacements are on disk and before anything is deleted; problems it returns undo them all.
 * Call inside `withContentLock`.
 */
export function applyContentChanges(contentDir: string, command: string, changes: readonly ContentChange[], verify: () => string[] = () => []): { problems: string[] } {
  const dir = path.join(contentDir, JOURNAL_DIR);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const problems: string[] = [];
  let entries: JournalEntry[];
  try {
    entries = stageChanges(contentDir, dir, changes, problems);
  } catch (error) {
    // Nothing is touched before the journal is complete (a full disk while staging): only the journal goes.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  if (problems.length > 0) {
    rmSync(dir, { recursive: true, force: true });
    return { problems };
  }
  const journal: Journal = { command, started: new Date().toISOString(), state: 'vorbereitet', changes: entries };
  try {
    writeJournal(dir, journal);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  faultPoint('vorbereitet');
  let applied = 0;
  try {
    writeJournal(dir, { ...journal, state: 'anwenden' });
    for (const entry of entries) {
      if (!entry.staged) continue;
      place(contentDir, dir, entry);
      if (applied++ === 0) faultPoint('erste-datei');
    }
  } catch (error) {
    // A write refused half way (a full disk): what was applied is put back; the content is as before.
    undo(contentDir, dir, entries);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  faultPoint('angewendet');
  const vetoed = verify();
  if (vetoed.length > 0) {
    undo(contentDir, dir, entries);
    rmSync(dir, { recursive: true, force: true });
    return { problems: vetoed };
  }
  writeJournal(dir, { ...journal, state: 'bestaetigt' });
  faultPoint('bestaetigt');
  finish(contentDir, entries);
  rmSync(dir, { recursive: true, force: true });
  return { problems: [] };
}

/** Writes each change's new content and a copy of what it replaces into the journal folder `dir`; notes files that must be new but exist in `problems`. */
function stageChanges(contentDir: string, dir: string, changes: readonly ContentChange[], problems: string[]): JournalEntry[] {
  return changes.map((change, i) => {
    const target = path.join(contentDir, change.file);
    const entry: JournalEntry = { file: change.file };
    if (change.mustBeNew && existsSync(target)) problems.push(`${change.file} gibt es schon; nicht überschrieben.`);
    if (change.data !== null) {
      entry.staged = `${i}.neu`;
      writeFileSync(path.join(dir, entry.staged), change.data);
    }
    if (existsSync(target)) {
      entry.backup = `${i}.alt`;
      copyFileSync(target, path.join(dir, entry.backup));
    }
    return entry;
  });
}

/** Finishes or undoes an interrupted writer's journal; a German sentence saying which, or undefined when there was none. */
export function recoverContent(contentDir: string): string | undefined {
  const dir = path.join(contentDir, JOURNAL_DIR);
  const file = path.join(dir, 'journal.json');
  if (!existsSync(dir)) return undefined;
  let journal: Journal | undefined;
  try {
    journal = JSON.parse(readFileSync(file, 'utf8')) as Journal;
  } catch {
    // Killed before the journal was complete: nothing was touched yet.
  }
  if (!journal) {
    rmSync(dir, { recursive: true, force: true });
    return 'Ein unterbrochener Lauf hatte noch nichts geändert; seine Reste wurden entfernt.';
  }
  const when = journal.started.slice(0, 16).replace('T', ' ');
  if (journal.state === 'bestaetigt') {
    for (const entry of journal.changes) if (entry.staged && !sameContent(path.join(contentDir, entry.file), path.join(dir, entry.staged))) place(contentDir, dir, entry);
    finish(contentDir, journal.changes);
    rmSync(dir, { recursive: true, force: true });
    return `Ein unterbrochener Lauf von «${journal.command}» (${when} UTC) war schon bestätigt und wurde zu Ende geführt.`;
  }
  if (journal.state === 'anwenden') undo(contentDir, dir, journal.changes);
  rmSync(dir, { recursive: true, force: true });
  return `Ein unterbrochener Lauf von «${journal.command}» (${when} UTC) wurde rückgängig gemacht: der Inhalt ist wie vor ihm.`;
}

function writeJournal(dir: string, journal: Journal): void {
  const temporary = path.join(dir, 'journal.json.tmp');
  writeFileSync(temporary, JSON.stringify(journal));
  renameSync(temporary, path.join(dir, 'journal.json'));
}

/** Puts an entry's staged content in place, in one step (a copy renamed over the target, so the staged file stays for a redo). */
function place(contentDir: string, dir: string, entry: JournalEntry): void {
  const target = path.join(contentDir, entry.file);
  mkdirSync(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    copyFileSync(path.join(dir, entry.staged!), temporary);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  renameSync(temporary, target);
}

/** Puts back what the applied entries replaced and removes what they created. */
function undo(contentDir: string, dir: string, entries: readonly JournalEntry[]): void {
  for (const entry of entries) {
    if (!entry.staged) continue;
    const target = path.join(contentDir, entry.file);
    if (entry.backup) {
      // A rename needs no space (undo runs on a full disk too); a backup already gone was put back by an earlier undo.
      const backup = path.join(dir, entry.backup);
      if (existsSync(backup)) renameSync(backup, target);
    } else if (existsSync(target) && sameContent(target, path.join(dir, entry.staged))) {
      unlinkSync(target);
      removeEmptyFolders(contentDir, path.dirname(target));
    }
  }
}

/** The deletions of a committed journal (idempotent). */
function finish(contentDir: string, entries: readonly JournalEntry[]): void {
  for (const entry of entries) {
    if (entry.staged) continue;
    const target = path.join(contentDir, entry.file);
    rmSync(target, { force: true });
    removeEmptyFolders(contentDir, path.dirname(target));
  }
}

/** Removes `folder` and its parents up to (not including) `contentDir` while they are empty (a drafts folder whose last draft went). */
function removeEmptyFolders(contentDir: string, folder: string): void {
  const root = path.resolve(contentDir);
  for (let dir = path.resolve(folder); dir.startsWith(`${root}${path.sep}`) && dir !== root; dir = path.dirname(dir)) {
    try {
      if (readdirSync(dir).length > 0 || path.dirname(dir) === root) return;
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

function sameContent(a: string, b: string): boolean {
  try {
    return readFileSync(a).equals(readFileSync(b));
  } catch {
    return false;
  }
}

