import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';

/** Unpacks a zip into a new temporary folder, as a reader would; returns that folder. */
export function unzipToTemp(zipFile: string): string {
  const target = mkdtempSync(path.join(tmpdir(), 'dossier-offline-'));
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zipFile)))) {
    if (name.endsWith('/')) continue;
    const file = path.join(target, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, data);
  }
  return target;
}
