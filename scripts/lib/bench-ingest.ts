/**
 * The benchmark's «one article added» step: a fixed day after the newest change in a content
 * folder, and this repository's `scripts/ingest.ts` run on that folder with that day, as an
 * editor would add one article (drafts go to `entwuerfe/`, unpublished; the source is published);
 * then this repository's `scripts/accept.ts` on all of the article's drafts, as an editor who
 * accepts what was drafted (new people, places, statements, events).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { cleanEnvironment, REPO_ROOT } from './astro-build.ts';

/** The article added, one of the ingest fixtures. */
export const BENCH_ARTICLE = path.join(REPO_ROOT, 'tests/fixtures/ingest/02-choe-in-moskau.txt');

const CHANGE_LINE = /^[\s-]*(?:added|updated):\s*["']?(\d{4}-\d{2}-\d{2})\b/gm;

/** The latest `added:` or `updated:` day in the given file texts, or undefined if none has one. */
export function newestChangeDay(texts: Iterable<string>): string | undefined {
  let newest: string | undefined;
  for (const text of texts) {
    for (const match of text.matchAll(CHANGE_LINE)) if (!newest || match[1]! > newest) newest = match[1]!;
  }
  return newest;
}

/** The calendar day after `day` (`JJJJ-MM-TT`). */
export function dayAfter(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`${day}: kein Tag der Form JJJJ-MM-TT.`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

function* contentTexts(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && /\.(?:mdx?|ya?ml)$/.test(entry.name)) yield readFileSync(path.join(entry.parentPath, entry.name), 'utf8');
  }
}

/** The day to ingest on: the day after the newest change in `contentDir` (today's date if it has none). */
export function ingestDay(contentDir: string): string {
  const newest = newestChangeDay(contentTexts(contentDir));
  return newest ? dayAfter(newest) : new Date().toISOString().slice(0, 10);
}

/**
 * Runs `node scripts/ingest.ts <article>` of this repository on `contentDir` with
 * `DOSSIER_TODAY=<day>`; returns the source file it wrote, or throws with its output.
 */
export function runIngest(contentDir: string, article: string, day: string): { source: string; output: string } {
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', article], {
    cwd: REPO_ROOT,
    env: { ...cleanEnvironment(), CONTENT_DIR: contentDir, DOSSIER_TODAY: day, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 ** 2,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) throw new Error(`Import von ${path.basename(article)} fehlgeschlagen (Exit ${run.status}): ${output.trim().split('\n').slice(-5).join(' ')}`);
  const source = /^Geschrieben: (\S+)/m.exec(output)?.[1];
  if (!source) throw new Error(`Import von ${path.basename(article)} hat keine Quelle geschrieben: ${output.trim().split('\n')[0]}`);
  return { source, output };
}

/**
 * Runs `node scripts/accept.ts --source <id>` of this repository on `contentDir` with
 * `DOSSIER_TODAY=<day>` and `--bestaetigen` (the editor has checked the drafts that ask for it):
 * every complete draft of the source is published. Returns the content
 * files written (relative to the content folder) and how many drafts stayed; throws with its
 * output if accept refused.
 */
export function runAccept(contentDir: string, sourceId: string, day: string): { published: string[]; kept: number; output: string } {
  const run = spawnSync(process.execPath, ['scripts/accept.ts', '--source', sourceId, '--bestaetigen'], {
    cwd: REPO_ROOT,
    env: { ...cleanEnvironment(), CONTENT_DIR: contentDir, DOSSIER_TODAY: day, NO_COLOR: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 ** 2,
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  if (run.status !== 0) throw new Error(`Übernahme der Entwürfe von ${sourceId} fehlgeschlagen (Exit ${run.status}): ${output.trim().split('\n').slice(-5).join(' ')}`);
  const published = [...output.matchAll(/^Veröffentlicht: (\S+)/gm)].map((m) => m[1]!);
  const kept = [...output.matchAll(/^Bleibt Entwurf: /gm)].length;
  return { published, kept, output };
}
