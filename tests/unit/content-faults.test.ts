/**
 * The editor's commands under a kill at any moment (src/io/content-transaction.ts): ingest,
 * accept and reject are killed (SIGKILL, through the fault points) before anything is applied,
 * after the first file, after all files and after the commit; the next run finds the interrupted
 * one, says whether it undid or finished it, and the content ends exactly as after an
 * uninterrupted run: nothing lost, nothing published twice. And one writer at a time: a second
 * is refused in German, naming the first; a lock whose process is gone is taken over.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { contentSnapshot, runEditorCommand } from '../helpers/editor-commands.ts';
import { checkContent } from '../../src/content-check/check-content.ts';
import { ContentLockedError, holdContentForBuild } from '../../src/io/content-lock.ts';

const ARTICLE = path.resolve('tests/fixtures/ingest/09-tourismus-wonsan.txt');
const SOURCE = '2025-08-russland-und-nordkorea-wollen-tourismus-ausbauen';
const work = mkdtempSync(path.join(tmpdir(), 'faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let copies = 0;
function freshContent(): string {
  const dir = path.join(work, `c${copies++}`, 'content');
  cpSync(path.resolve('content'), dir, { recursive: true });
  return dir;
}

const run = (script: string, args: string[], contentDir: string, fault?: string) => runEditorCommand(script, args, contentDir, fault ? { DOSSIER_ABBRUCH: fault } : {});
const snapshot = contentSnapshot;

const ingest = (dir: string, fault?: string) => run('ingest', [ARTICLE], dir, fault);
const accept = (dir: string, fault?: string) => run('accept', ['--source', SOURCE, '--bestaetigen'], dir, fault);
const reject = (dir: string, fault?: string) => run('reject', ['--source', SOURCE], dir, fault);

const POINTS = ['vorbereitet', 'erste-datei', 'angewendet', 'bestaetigt'];

describe('killed at any moment, the next run recovers and ends as an uninterrupted run', () => {
  const reference = freshContent();
  expect(ingest(reference).status).toBe(0);
  const afterIngest = snapshot(reference);
  expect(accept(reference).status).toBe(0);
  const afterAccept = snapshot(reference);
  const rejected = freshContent();
  ingest(rejected);
  expect(reject(rejected).status).toBe(0);
  const afterReject = snapshot(rejected);

  test.each(POINTS)('ingest killed at «%s»', (point) => {
    const dir = freshContent();
    const killed = ingest(dir, point);
    expect(killed.signal).toBe('SIGKILL');
    const again = ingest(dir);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toMatch(point === 'bestaetigt' ? /zu Ende geführt/ : /rückgängig gemacht|noch nichts geändert/);
    expect(snapshot(dir)).toEqual(afterIngest);
  });

  test.each(POINTS)('accept killed at «%s»', (point) => {
    const dir = freshContent();
    ingest(dir);
    const killed = accept(dir, point);
    expect(killed.signal).toBe('SIGKILL');
    const again = accept(dir);
    expect(again.output).toMatch(point === 'bestaetigt' ? /zu Ende geführt/ : /rückgängig gemacht|noch nichts geändert/);
    // Finished or undone and done again: everything published once, the incomplete draft still a draft.
    expect(snapshot(dir)).toEqual(afterAccept);
    expect(checkContent(dir)).toEqual([]);
  });

  test.each(['vorbereitet', 'bestaetigt'])('reject killed at «%s»', (point) => {
    const dir = freshContent();
    ingest(dir);
    expect(reject(dir, point).signal).toBe('SIGKILL');
    const again = reject(dir);
    expect(again.output).toMatch(point === 'bestaetigt' ? /zu Ende geführt/ : /rückgängig gemacht|noch nichts geändert/);
    expect(snapshot(dir)).toEqual(afterReject);
  });
});

describe('one writer at a time', () => {
  test('a second writer is refused in German, naming the running command; nothing is written', () => {
    const dir = freshContent();
    // The test runner itself holds the lock: a live process.
    writeFileSync(path.join(dir, '.schreibsperre'), JSON.stringify({ pid: process.pid, command: 'npm run accept', started: '2025-08-20T10:00:00Z' }));
    const before = snapshot(dir);
    const refused = ingest(dir);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('«npm run accept» (Prozess');
    expect(refused.output).toContain(`Prozess ${process.pid}`);
    expect(snapshot(dir)).toEqual(before);
  });

  test('a lock whose process is gone is stale and taken over', () => {
    const dir = freshContent();
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    writeFileSync(path.join(dir, '.schreibsperre'), JSON.stringify({ pid: Number(gone.stdout), command: 'npm run ingest', started: '2025-08-20T10:00:00Z' }));
    const result = ingest(dir);
    expect(result.status, result.output).toBe(0);
    expect(readdirSync(dir)).not.toContain('.schreibsperre');
  });

  test('a build and a writer exclude each other: no writer while a build reads, no build while a writer changes', async () => {
    const dir = freshContent();
    // A build of this content, by another process (the test runner's marker, seen from the spawned ingest).
    writeFileSync(path.join(dir, `.build-${process.pid}`), JSON.stringify({ pid: process.pid, started: '2025-08-20T10:00:00Z' }));
    const refused = ingest(dir);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toContain('Ein Build liest gerade den Inhalt');
    rmSync(path.join(dir, `.build-${process.pid}`));
    // A writer in another live process: the build does not start.
    const writer = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)']);
    try {
      writeFileSync(path.join(dir, '.schreibsperre'), JSON.stringify({ pid: writer.pid, command: 'npm run accept', started: '2025-08-20T10:00:00Z' }));
      expect(() => holdContentForBuild(dir)).toThrow(ContentLockedError);
    } finally {
      writer.kill();
    }
  });
});
