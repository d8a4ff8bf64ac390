/**
 * Writes a synthetic but valid dossier of about N pages into a folder, for benchmarks and scale
 * tests: the same seed and size give the same bytes. Build it with CONTENT_DIR=<folder>.
 *
 *   npm run corpus -- --pages 1000 --seed 1 --out .cache/corpus-1000
 */
import path from 'node:path';
import { readOptions, runMain, UsageError, wholeNumber } from './lib/cli-args.ts';
import { generateCorpus } from './lib/corpus/generate.ts';
import { OutputDirError } from './lib/corpus/output-dir.ts';
import { MAX_PAGES, MIN_PAGES } from './lib/corpus/plan.ts';

const USAGE = 'Aufruf: npm run corpus -- --pages <Seiten> [--seed <Zahl>] --out <Ordner>\nBeispiel: npm run corpus -- --pages 1000 --seed 1 --out .cache/corpus-1000';

await runMain(() => {
  const options = readOptions(process.argv.slice(2), { pages: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' } }, USAGE);
  const pages = wholeNumber(options.pages, '--pages', { min: MIN_PAGES, max: MAX_PAGES }, USAGE);
  const seed = options.seed === undefined ? 1 : wholeNumber(options.seed, '--seed', { min: 0, max: 0xffffffff }, USAGE);
  if (!options.out) throw new UsageError(`--out fehlt.\n${USAGE}`);
  const started = performance.now();
  let result;
  try {
    result = generateCorpus({ pages, seed, out: options.out });
  } catch (error) {
    if (error instanceof OutputDirError) throw new UsageError(error.message);
    throw error;
  }
  const { plan } = result.manifest;
  console.log(
    `Korpus geschrieben: ${path.relative(process.cwd(), result.dir) || '.'} (${result.files} Dateien, ${Math.round(performance.now() - started)} ms)\n` +
      `  ${plan.pages} Seiten: ${plan.sources} Quellen, ${plan.events} Ereignisse, ${plan.people} Personen, ${plan.countries} Länder, ` +
      `${plan.places} Orte, ${plan.organisations} Organisationen; ${result.manifest.statements} Aussagen; Seed ${seed}\n` +
      `  Bauen: CONTENT_DIR=${result.dir} npm run build`,
  );
});
