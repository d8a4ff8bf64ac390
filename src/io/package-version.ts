/** The installed version of an npm package, for cache keys that must change when it does. */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

/**
 * The version of the installed package `pkg`, found from its entry point upwards (some packages,
 * sharp among them, do not export their package.json). Throws if none is found.
 */
export function packageVersion(pkg: string): string {
  let dir = path.dirname(require.resolve(pkg));
  while (dir !== path.dirname(dir)) {
    const file = path.join(dir, 'package.json');
    if (existsSync(file)) {
      const json = JSON.parse(readFileSync(file, 'utf8'));
      if (json.name === pkg) return json.version as string;
    }
    dir = path.dirname(dir);
  }
  throw new Error(`Version von ${pkg} nicht gefunden.`);
}
