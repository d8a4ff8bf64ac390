/** Finds the offline edition of a built site (`download/<name>.zip`), for the measurements. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export function findOfflineZip(dist: string): { name: string; file: string; bytes: number } {
  const folder = path.join(dist, 'download');
  const name = existsSync(folder) ? readdirSync(folder).find((f) => f.endsWith('.zip')) : undefined;
  if (!name) throw new Error(`Keine Offline-Ausgabe in ${folder}; zuerst bauen (npm run build).`);
  const file = path.join(folder, name);
  return { name, file, bytes: statSync(file).size };
}
