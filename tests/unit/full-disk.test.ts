/**
 * A full disk, for real: a small tmpfs is mounted and filled until only a few pages are free.
 * The editor's commands (ingest with `--stub`, accept) then either finish or say in German that
 * space ran out, and the content is exactly as before (no half-written file, no journal, no
 * lock left behind). Publishing a site onto a full output disk says the same, keeps the
 * previous site and removes the partial copy; so does a build that fills the disk while Astro
 * writes pages (one real build, in a copy of the project on the small disk). Mounting needs root: where the test runs without
 * it, it is skipped with a note.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statfsSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentSnapshot, runEditorCommand } from '../helpers/editor-commands.ts';
import { publishStagedSite, stagingFolder } from '../../src/integrations/staged-output.ts';
import { cleanEnvironment } from '../../scripts/lib/astro-build.ts';

const work = mkdtempSync(path.join(tmpdir(), 'full-disk-'));
const disk = path.join(work, 'disk');
mkdirSync(disk);
let mounted = false;
try {
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', disk], { stdio: 'ignore' });
  mounted = true;
} catch {
  console.warn('Hinweis: kein tmpfs einhängbar (keine Root-Rechte); die Tests mit vollem Datenträger werden übersprungen.');
}
afterAll(() => {
  if (mounted) execFileSync('umount', [disk]);
  rmSync(work, { recursive: true, force: true });
});

const ARTICLE = path.resolve('tests/fixtures/ingest/09-tourismus-wonsan.txt');
const SOURCE = '2025-08-russland-und-nordkorea-wollen-tourismus-ausbauen';

/** Empties the disk, then fills it with one file until `free` bytes are left (tmpfs counts whole pages). */
function fillLeaving(free: number): void {
  const { bavail, bsize } = statfsSync(disk);
  writeFileSync(path.join(disk, 'fuellung'), Buffer.alloc(Math.max(0, bavail * bsize - free)));
}

function freshContentOnDisk(): string {
  for (const name of readdirSync(disk)) rmSync(path.join(disk, name), { recursive: true, force: true });
  const dir = path.join(disk, 'content');
  cpSync(path.resolve('content'), dir, { recursive: true });
  return dir;
}

const run = runEditorCommand;
const snapshot = contentSnapshot;

/** Either it succeeded, or it said in German that space ran out, without a stack trace, and changed nothing. */
function expectDoneOrUntouched(outcome: { status: number | null; output: string }, before: Record<string, string>, after: Record<string, string>): 'done' | 'refused' {
  if (outcome.status === 0) return 'done';
  expect(outcome.output).toContain('Kein Speicherplatz mehr auf dem Datenträger');
  expect(outcome.output).toContain('Hinweis: Platz schaffen');
  expect(outcome.output).not.toMatch(/ENOSPC|\n\s+at /u);
  expect(after).toEqual(before);
  return 'refused';
}

// Free space in bytes: nothing (not even the lock fits), and ten pages (the lock and part of the journal fit).
const FREE = [0, 40_960];

describe.skipIf(!mounted)('the editor’s commands on a full disk', () => {
  test('ingest with --stub either writes everything or nothing, and says what ran out', () => {
    const outcomes = FREE.map((free) => {
      const dir = freshContentOnDisk();
      const before = snapshot(dir);
      fillLeaving(free);
      const outcome = run('ingest', [ARTICLE, '--stub', 'Wladimir Putin=personen'], dir);
      return expectDoneOrUntouched(outcome, before, snapshot(dir));
    });
    // The space was tight enough to refuse at least once; the test would say nothing otherwise.
    expect(outcomes).toContain('refused');
  });

  test('accept either publishes everything or nothing, and says what ran out', () => {
    const outcomes = FREE.map((free) => {
      const dir = freshContentOnDisk();
      expect(run('ingest', [ARTICLE], dir).status).toBe(0);
      const before = snapshot(dir);
      fillLeaving(free);
      const outcome = run('accept', ['--source', SOURCE, '--bestaetigen'], dir);
      return expectDoneOrUntouched(outcome, before, snapshot(dir));
    });
    expect(outcomes).toContain('refused');
  });
});

describe.skipIf(!mounted)('publishing onto a full output disk', () => {
  test('says what ran out, keeps the previous site and removes the partial copy', () => {
    for (const name of readdirSync(disk)) rmSync(path.join(disk, name), { recursive: true, force: true });
    // The previous site, on the small disk.
    const outDir = path.join(disk, 'dist');
    mkdirSync(path.join(outDir, 'pagefind'), { recursive: true });
    writeFileSync(path.join(outDir, 'index.html'), '<!doctype html><title>vorher</title>');
    writeFileSync(path.join(outDir, 'pagefind', 'pagefind-entry.json'), '{}');
    // The new site, built inside the project (the output lies on another file system), larger than the space left.
    const built = stagingFolder(outDir);
    expect(built.startsWith(process.cwd())).toBe(true);
    mkdirSync(built, { recursive: true });
    for (let i = 0; i < 8; i++) writeFileSync(path.join(built, `seite-${i}.html`), Buffer.alloc(600_000, 'x'));
    fillLeaving(1_000_000);
    const cacheDir = path.join(work, 'cache');
    let message = '';
    try {
      publishStagedSite(outDir, cacheDir);
    } catch (error) {
      message = (error as Error).message;
    }
    rmSync(built, { recursive: true, force: true });
    expect(message).toContain('Kein Speicherplatz mehr auf dem Datenträger');
    expect(message).toContain('die unvollständige Kopie wurde entfernt');
    expect(message).not.toContain('ENOSPC');
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('vorher');
    expect(readdirSync(disk).sort()).toEqual(['dist', 'fuellung']);
    expect(existsSync(built)).toBe(false);
  });
});

describe.skipIf(!mounted)('a build that fills the disk', () => {
  test('says so in German after Astro’s own report, removes the partial site and keeps the previous one', () => {
    for (const name of readdirSync(disk)) rmSync(path.join(disk, name), { recursive: true, force: true });
    const project = path.join(disk, 'projekt');
    for (const part of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'package.json', 'tsconfig.json']) cpSync(path.resolve(part), path.join(project, part), { recursive: true });
    symlinkSync(path.resolve('node_modules'), path.join(project, 'node_modules'));
    // The previous site: small, so that the new one (several megabytes) does not fit beside it.
    mkdirSync(path.join(project, 'dist', 'pagefind'), { recursive: true });
    writeFileSync(path.join(project, 'dist', 'index.html'), '<!doctype html><title>vorher</title>');
    writeFileSync(path.join(project, 'dist', 'pagefind', 'pagefind-entry.json'), '{}');
    fillLeaving(1_500_000);
    const build = spawnSync(process.execPath, ['scripts/build.ts'], { cwd: project, encoding: 'utf8', env: { ...cleanEnvironment(), NO_COLOR: '1', ASTRO_CACHE_DIR: path.join(work, 'build-cache') } });
    const output = `${build.stdout}${build.stderr}`;
    expect(build.status, output).toBe(1);
    expect(output).toContain('Kein Speicherplatz mehr auf dem Datenträger für den Build');
    expect(output).toContain('Der unvollständige Build wurde entfernt.');
    expect(output).toContain('dist/ enthält weiterhin den vorherigen Build');
    expect(readFileSync(path.join(project, 'dist', 'index.html'), 'utf8')).toContain('vorher');
    expect(readdirSync(project).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    // The space is back: what the build wrote is gone.
    expect(statfsSync(disk).bavail * statfsSync(disk).bsize).toBeGreaterThan(1_000_000);
  });
});
