/**
 * What a file system refused, in German: a full disk, a quota, a read-only mount, missing
 * rights. Node reports these as English errors with a code (`ENOSPC: no space left on device,
 * write`); the editors' commands and the build say instead what ran out, where, and what to do.
 */
import { statfsSync } from 'node:fs';
import path from 'node:path';

const REASONS: Record<string, { what: string; hint: string }> = {
  ENOSPC: { what: 'kein Speicherplatz mehr auf dem Datenträger', hint: 'Platz schaffen (alte Builds, Caches oder Downloads löschen), dann erneut versuchen.' },
  EDQUOT: { what: 'das Speicherkontingent ist erschöpft', hint: 'Platz im eigenen Kontingent schaffen oder ein grösseres verlangen, dann erneut versuchen.' },
  EROFS: { what: 'das Dateisystem ist nur lesbar eingehängt', hint: 'einen beschreibbaren Ordner wählen.' },
  EACCES: { what: 'keine Schreibberechtigung', hint: 'die Rechte des Ordners prüfen oder als der Benutzer arbeiten, dem er gehört.' },
  EPERM: { what: 'der Vorgang ist nicht erlaubt', hint: 'die Rechte des Ordners prüfen.' },
  EMFILE: { what: 'zu viele offene Dateien', hint: 'das Limit erhöhen (ulimit -n) oder andere Programme schliessen.' },
  EIO: { what: 'ein Ein-/Ausgabefehler des Datenträgers', hint: 'den Datenträger prüfen.' },
};

/** Whether `error` is one of the file system's refusals above (not a bug of ours). */
export function isFileSystemRefusal(error: unknown): error is NodeJS.ErrnoException {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in REASONS;
}

/** Whether `error` says that space ran out (disk or quota). */
export function isOutOfSpace(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOSPC' || code === 'EDQUOT';
}

/**
 * A file system refusal in German: what ran out or was refused, on which file (shown relative to
 * the working directory), and the hint; undefined for any other error.
 */
export function fileRefusalParts(error: unknown): { what: string; hint: string } | undefined {
  if (!isFileSystemRefusal(error)) return undefined;
  const reason = REASONS[error.code!]!;
  const where = error.path ? ` (beim Schreiben von ${path.relative(process.cwd(), error.path) || error.path})` : '';
  return { what: `${reason.what[0]!.toUpperCase()}${reason.what.slice(1)}${where}.`, hint: reason.hint };
}

/** `fileRefusalParts` as one message: the reason, then a line «Hinweis: …». */
export function fileRefusal(error: unknown, outcome = ''): string | undefined {
  const parts = fileRefusalParts(error);
  return parts && `${parts.what}${outcome ? ` ${outcome}` : ''}\nHinweis: ${parts.hint}`;
}

/** Free bytes on the file system that holds `folder` (or its nearest existing parent); undefined where the system cannot tell. */
export function freeBytes(folder: string): number | undefined {
  for (let dir = path.resolve(folder); ; dir = path.dirname(dir)) {
    try {
      const { bavail, bsize } = statfsSync(dir);
      return bavail * bsize;
    } catch {
      if (path.dirname(dir) === dir) return undefined;
    }
  }
}

/** Below this much free space a failed write is taken for a full disk, whatever its code: Node's folder copy reports a full tmpfs as EIO. */
const NEARLY_FULL_BYTES = 64 * 1024 * 1024;

/**
 * `fileRefusalParts` for a write into `folder` that failed: a full disk is recognised by the
 * space left there too, since not every writer reports ENOSPC.
 */
export function writeFailureParts(error: unknown, folder: string): { what: string; hint: string } | undefined {
  const free = freeBytes(folder);
  if (!isOutOfSpace(error) && free !== undefined && free < NEARLY_FULL_BYTES) return outOfSpaceParts((error as NodeJS.ErrnoException).path ?? folder);
  return fileRefusalParts(error);
}

/** `fileRefusalParts` of a full disk, for a failure known to be one by other means (a child's output, the space left); `file` where it happened. */
export function outOfSpaceParts(file?: string): { what: string; hint: string } {
  return fileRefusalParts(Object.assign(new Error('no space left on device'), { code: 'ENOSPC', ...(file ? { path: file } : {}) }))!;
}

/** Whether a child process's error output tells of a full disk (Astro and Vite pass Node's errors on in English). */
export function mentionsOutOfSpace(output: string): boolean {
  return /\bENOSPC\b|no space left on device|\bEDQUOT\b|disk quota exceeded/iu.test(output);
}
