/**
 * A lock file that names the process holding it: JSON with its process id, the command and when
 * it started. A second taker is refused with a German sentence naming the running process; a lock
 * whose process is gone (killed, crashed, a power cut) is stale and taken over. Used for builds
 * (one at a time per output folder and per cache folder) and, through content-transaction.ts,
 * for the editors' commands.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface LockHolder {
  pid?: number;
  command?: string;
  started?: string;
}

/** Whether the process `pid` still runs (EPERM: it runs under another user). */
export function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Who holds the lock `file`; `{}` when it is missing or does not read (left half written by a killed process). */
export function lockHolder(file: string): LockHolder {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockHolder;
  } catch {
    return {};
  }
}

/** Whether `holder` is a live process other than this one (and other than `alsoMine`, e.g. the parent that took it for us). */
export function heldByOther(holder: LockHolder, alsoMine?: number): holder is LockHolder & { pid: number } {
  return typeof holder.pid === 'number' && holder.pid !== process.pid && holder.pid !== alsoMine && processAlive(holder.pid);
}

export class LockHeldError extends Error {
  readonly holder: LockHolder & { pid: number };
  constructor(message: string, holder: LockHolder & { pid: number }) {
    super(message);
    this.holder = holder;
  }
}

/**
 * Takes the lock `file` for `command`, or throws a `LockHeldError` built by `refusal` when a live
 * process holds it. A lock held by this process or by `alsoMine` is left as it is (returns false:
 * not taken here, so not to be released here); a stale one is taken over. Returns true when taken.
 */
export function takeProcessLock(file: string, command: string, refusal: (holder: LockHolder & { pid: number }) => string, alsoMine?: number): boolean {
  const mine = JSON.stringify({ pid: process.pid, command, started: new Date().toISOString() } satisfies LockHolder);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      writeFileSync(file, mine, { flag: 'wx' });
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        // Created but not written (a full disk): an empty lock would be left behind.
        rmSync(file, { force: true });
        throw error;
      }
    }
    const holder = lockHolder(file);
    if (holder.pid === process.pid || (alsoMine !== undefined && holder.pid === alsoMine)) return false;
    if (heldByOther(holder)) throw new LockHeldError(refusal(holder), holder);
    // Stale: its process is gone. Removed, then taken like a free one (another taker may win the race: tried again).
    rmSync(file, { force: true });
  }
  const holder = lockHolder(file);
  throw new LockHeldError(refusal({ ...holder, pid: holder.pid ?? 0 }), { ...holder, pid: holder.pid ?? 0 });
}

/** How a holder is named in a German message: «npm run build» (Prozess 123, seit 2026-12-08 10:00 UTC). */
export function describeHolder(holder: LockHolder & { pid: number }): string {
  const since = holder.started ? `, seit ${holder.started.slice(0, 16).replace('T', ' ')} UTC` : '';
  return `«${holder.command ?? 'unbekannt'}» (Prozess ${holder.pid}${since})`;
}
