/**
 * Paths a command writes or deletes must lie below the folder they are meant for, with symbolic
 * links followed on both sides: `npm run reject -- --source ..` once deleted every `*.yaml` of the
 * content folder, and a draft folder that was a symbolic link led anywhere. Paths a command only
 * reads are not restricted here.
 */
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** `target` with every symbolic link resolved, as far as it exists (a path not yet written keeps its missing tail). */
export function resolvedPath(target: string): string {
  const absolute = path.resolve(target);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(resolvedPath(parent), path.basename(absolute));
}

/** Whether `target` lies strictly below `folder`, both with their symbolic links resolved. */
export function liesBelow(folder: string, target: string): boolean {
  const root = resolvedPath(folder);
  const resolved = resolvedPath(target);
  return resolved !== root && resolved.startsWith(root.endsWith(path.sep) ? root : `${root}${path.sep}`);
}
