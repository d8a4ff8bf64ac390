/**
 * The folders a build replaces and the locks on them (src/io/build-folders.ts): an output or
 * cache folder that is the project, the content, the source code, a folder holding either, or a
 * folder of foreign files is refused in German before anything is written; two builds into the
 * same output or cache folder exclude each other, naming the running one; a lock whose process
 * is gone is taken over. `npm run build` itself is tried where it refuses: that costs no build.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildFolderProblems, lockBuildFolders } from '../../src/io/build-folders.ts';
import { LockHeldError } from '../../src/io/process-lock.ts';

const work = mkdtempSync(path.join(tmpdir(), 'build-folders-'));
const project = path.join(work, 'projekt');
const content = path.join(project, 'content');
mkdirSync(path.join(project, 'src', 'pages'), { recursive: true });
mkdirSync(content, { recursive: true });
const foreign = path.join(work, 'fremd');
mkdirSync(foreign);
writeFileSync(path.join(foreign, 'brief.txt'), 'nicht von einem Build');
const earlierSite = path.join(work, 'alte-website');
mkdirSync(path.join(earlierSite, 'pagefind'), { recursive: true });
writeFileSync(path.join(earlierSite, 'pagefind', 'pagefind-entry.json'), '{}');
symlinkSync(content, path.join(work, 'verweis-auf-inhalt'));
const cache = path.join(project, 'node_modules', '.astro');

/** A process that lives until the tests end: a holder that is not this test runner. */
const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
afterAll(() => {
  sleeper.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Writes a build lock `file` held by the process `pid`. */
const lockOf = (file: string, pid: number) => writeFileSync(file, JSON.stringify({ pid, command: 'npm run build', started: '2026-12-08T09:30:00Z' }));
const problemsFor = (outDir: string, cacheDir = cache) => buildFolderProblems({ outDir, cacheDir, contentDir: content, projectDir: project });

describe('folders a build may not replace', () => {
  test.each([
    ['the project folder', project, 'Projektordner'],
    ['a folder holding the project', work, 'Projektordner'],
    ['the root of the file system', '/', 'Wurzel'],
    ['the content folder', content, 'Inhaltsordner'],
    ['a folder inside the content', path.join(content, 'aussagen'), 'Inhaltsordner'],
    ['a symbolic link to the content', path.join(work, 'verweis-auf-inhalt'), 'Inhaltsordner'],
    ['the source code', path.join(project, 'src', 'pages'), 'Quellcode'],
    ['a folder of foreign files', foreign, 'keine Website dieses Projekts'],
  ])('OUT_DIR at %s is refused', (_, outDir, reason) => {
    const problems = problemsFor(outDir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`OUT_DIR=${outDir}`);
    expect(problems[0]).toContain(reason);
    expect(problems[0]).toContain('Hinweis:');
  });

  test('a cache folder at the content, or one overlapping the output folder, is refused', () => {
    expect(problemsFor(path.join(project, 'dist'), content)[0]).toContain('ASTRO_CACHE_DIR');
    expect(problemsFor(path.join(project, 'dist'), path.join(project, 'dist', 'cache'))[0]).toContain('überschneiden sich');
  });

  test.each([
    ['a new folder', path.join(project, 'dist')],
    ['an empty folder', mkdtempSync(path.join(work, 'leer-'))],
    ['a site an earlier build wrote', earlierSite],
  ])('OUT_DIR at %s is accepted', (_, outDir) => {
    expect(problemsFor(outDir)).toEqual([]);
  });
});

describe('one build at a time per output folder and per cache folder', () => {
  test('a live build holding the output folder refuses a second, naming it; its lock stays', () => {
    const outDir = path.join(work, 'ausgabe-a');
    lockOf(`${outDir}.sperre`, sleeper.pid!);
    let refusal: unknown;
    try {
      lockBuildFolders(outDir, path.join(work, 'cache-a'));
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(LockHeldError);
    expect((refusal as Error).message).toContain(`den Ausgabeordner ${outDir}`);
    expect((refusal as Error).message).toContain(`«npm run build» (Prozess ${sleeper.pid}, seit 2026-12-08 09:30 UTC)`);
    expect(existsSync(`${outDir}.sperre`)).toBe(true);
    // The cache lock it took before the refusal is given back.
    expect(existsSync(path.join(work, 'cache-a', '.build-sperre'))).toBe(false);
  });

  test('a build holding only the cache folder refuses a second into another output folder', () => {
    mkdirSync(path.join(work, 'cache-b'));
    lockOf(path.join(work, 'cache-b', '.build-sperre'), sleeper.pid!);
    expect(() => lockBuildFolders(path.join(work, 'ausgabe-b'), path.join(work, 'cache-b'))).toThrow(/den Cache-Ordner/);
    expect(existsSync(path.join(work, 'ausgabe-b.sperre'))).toBe(false);
  });

  test('a lock whose process is gone is taken over and released', () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const outDir = path.join(work, 'ausgabe-c');
    lockOf(`${outDir}.sperre`, Number(dead.stdout));
    const release = lockBuildFolders(outDir, path.join(work, 'cache-c'));
    expect(readdirSync(work)).toContain('ausgabe-c.sperre');
    release();
    expect(existsSync(`${outDir}.sperre`)).toBe(false);
    expect(existsSync(path.join(work, 'cache-c', '.build-sperre'))).toBe(false);
  });

  test("locks held by the parent (`npm run build` for its astro child) count as the child's own", () => {
    const outDir = path.join(work, 'ausgabe-d');
    lockOf(`${outDir}.sperre`, sleeper.pid!);
    const release = lockBuildFolders(outDir, path.join(work, 'cache-d'), sleeper.pid);
    release();
    // Not taken here, so not released here: the parent's lock stays.
    expect(existsSync(`${outDir}.sperre`)).toBe(true);
  });
});

describe('npm run build refuses before writing anything', () => {
  const build = (env: Record<string, string>) => {
    const result = spawnSync(process.execPath, ['scripts/build.ts'], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  test('into an output folder another live build holds', () => {
    const outDir = path.join(work, 'ausgabe-e');
    lockOf(`${outDir}.sperre`, sleeper.pid!);
    const refused = build({ OUT_DIR: outDir, ASTRO_CACHE_DIR: path.join(work, 'cache-e') });
    expect(refused.status).toBe(1);
    expect(refused.output).toContain(`Prozess ${sleeper.pid}`);
    expect(refused.output).toContain('es wurde nichts gebaut');
    expect(readdirSync(work).filter((name) => name.startsWith('ausgabe-e'))).toEqual(['ausgabe-e.sperre']);
  });

  test('into the content folder', () => {
    const refused = build({ OUT_DIR: 'content', ASTRO_CACHE_DIR: path.join(work, 'cache-f') });
    expect(refused.status).toBe(1);
    expect(refused.output).toContain('OUT_DIR=content: das ist der Inhaltsordner');
    expect(existsSync('content.staging')).toBe(false);
  });
});
