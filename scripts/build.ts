/**
 * `npm run build`: runs `astro build` and, if it fails at any step, says what the output folder
 * still holds. The build writes into a staging folder and replaces the output folder only when
 * everything succeeded (src/integrations/staged-output.ts), so a failed build, early (content)
 * or late (pages, search index, offline edition, cards), leaves the last good site in place.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { previousBuildNote } from '../src/integrations/last-good-build.ts';
import { siteConfig } from '../src/site.config.ts';
import { ASTRO_BIN } from './lib/astro-build.ts';

const run = spawnSync(process.execPath, [ASTRO_BIN, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
if (run.status !== 0) {
  console.error(`\nDer Build ist fehlgeschlagen. ${previousBuildNote(path.resolve(siteConfig.outDir), path.resolve(siteConfig.cacheDir))}`);
  process.exit(run.status ?? 1);
}
