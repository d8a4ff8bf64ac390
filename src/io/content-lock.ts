/**
 * One writer at a time in the content folder, and no writer while a build reads it. The editors'
 * commands (ingest, accept, reject, later the desk) hold a lock (`<content>/.schreibsperre`) that
 * names the running command and its process; a second writer is refused in German; a lock whose
 * process is gone is stale and taken over (src/io/process-lock.ts). Holding it, a writer first
 * finishes or undoes an interrupted one (content-transaction.ts).
 *
 * A build reads the content for minutes: it leaves a marker (`<content>/.build-<pid>`) that writers
 * respect, and it does not start while a writer holds the lock (it finishes or undoes an
 * interrupted writer first, like any writer). Builds of the same content may run side by side.
 * A file system that refuses a write (a full disk) is said in German: `ContentWriteError`.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileRefusalParts } from './file-errors.ts';
import { describeHolder, heldByOther, LockHeldError, lockHolder, processAlive, takeProcessLock } from './process-lock.ts';
import { recoverContent } from './content-transaction.ts';

const LOCK = '.schreibsperre';

/** Why an editor's command changed nothing: said in German to the editor, never a stack trace. */
export class ContentRefusal extends Error {}
/** Another writer holds the content folder, or a build reads it. */
export class ContentLockedError extends ContentRefusal {}
/** The file system refused a write (a full disk, a quota, missing rights); nothing was changed. */
export class ContentWriteError extends ContentRefusal {
  readonly what: string;
  readonly hint: string;
  constructor(what: string, hint: string) {
    super(`${what}\nHinweis: ${hint}`);
    this.what = what;
    this.hint = hint;
  }
}

/** `error` as a ContentWriteError if the file system refused a write; otherwise `error` itself. */
function asWriteError(error: unknown): unknown {
  const parts = fileRefusalParts(error);
  return parts ? new ContentWriteError(`${parts.what} Nichts wurde geändert.`, parts.hint) : error;
}

/** Runs `work` holding the content folder's lock; first finishes or undoes an interrupted writer. Returns what `work` returns and what recovery said. */
export function withContentLock<T>(contentDir: string, command: string, work: (recovered: string | undefined) => T, forBuild = false): T {
  const lock = path.join(contentDir, LOCK);
  try {
    mkdirSync(contentDir, { recursive: true });
    takeLock(lock, command, forBuild);
  } catch (error) {
    throw asWriteError(error);
  }
  try {
    return work(recoverContent(contentDir));
  } catch (error) {
    // What failed was undone where it started (applyContentChanges); the content is as before.
    throw asWriteError(error);
  } finally {
    rmSync(lock, { force: true });
  }
}

function takeLock(lock: string, command: string, forBuild: boolean): void {
  // Builds read side by side; only writers wait for them.
  const building = forBuild ? undefined : liveBuilds(path.dirname(lock))[0];
  if (building) {
    throw new ContentLockedError(`Ein Build liest gerade den Inhalt (Prozess ${building.pid}, seit ${building.started ?? '?'}). Bitte warten, bis «npm run build» fertig ist, dann erneut versuchen.`);
  }
  const holder = lockHolder(lock);
  // Another build holds the lock for a moment (its own check for an interrupted writer): wait for it.
  if (forBuild && holder.command === 'npm run build' && heldByOther(holder)) {
    for (let waited = 0; waited < 10_000 && existsSync(lock); waited += 50) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 50);
  }
  try {
    takeProcessLock(lock, command, (other) => `Der Inhaltsordner wird gerade geändert: ${describeHolder(other)} läuft. Bitte warten, bis er fertig ist, dann erneut versuchen.`);
  } catch (error) {
    if (error instanceof LockHeldError) throw new ContentLockedError(error.message);
    throw error;
  }
}

const BUILD_MARKER = /^\.build-(\d+)$/u;

/** Builds that read the content now (their markers, live processes only; stale markers are removed). */
function liveBuilds(contentDir: string): { pid: number; started?: string }[] {
  let names: string[] = [];
  try {
    names = readdirSync(contentDir).filter((n) => BUILD_MARKER.test(n));
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const pid = Number(BUILD_MARKER.exec(name)![1]);
    if (pid !== process.pid && processAlive(pid)) {
      let started: string | undefined;
      try {
        started = (JSON.parse(readFileSync(path.join(contentDir, name), 'utf8')) as { started?: string }).started;
      } catch {
        // a marker being written
      }
      return [{ pid, ...(started ? { started } : {}) }];
    }
    if (pid !== process.pid) rmSync(path.join(contentDir, name), { force: true });
    return [];
  });
}

/**
 * A build's hold on the content: refused while a writer changes it; an interrupted writer is
 * finished or undone first. `release` ends the hold (also called when the process exits).
 */
export function holdContentForBuild(contentDir: string): { release: () => void; recovered?: string } {
  const recovered = withContentLock(contentDir, 'npm run build', (done) => done, true);
  const marker = path.join(contentDir, `.build-${process.pid}`);
  writeFileSync(marker, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
  const release = () => rmSync(marker, { force: true });
  process.once('exit', release);
  return { release, ...(recovered ? { recovered } : {}) };
}
