/**
 * `npm run ingest -- --json`: the whole report as JSON on standard output and nothing else
 * there; the human report, warnings and the next command on standard error. The shape is the
 * one the README documents.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';

test('--json prints only the report on standard output, in the documented shape', () => {
  const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'ingest-cli-')), 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const run = spawnSync(process.execPath, ['scripts/ingest.ts', 'tests/fixtures/ingest/08-kim-atomarsenal.txt', '--json'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir },
  });
  expect(run.status, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout);
  expect(Object.keys(report)).toEqual(['source', 'quotes', 'dates', 'events', 'entities']);
  expect(report.source).toMatchObject({ id: expect.stringMatching(/^2025-01-/), status: 'written' });
  expect(Object.keys(report.source)).toEqual(['id', 'file', 'status', 'paragraphs', 'credit', 'creditSpan']);
  expect(report.quotes[0]).toEqual({
    text: 'ohne jede Begrenzung',
    paragraph: 1,
    speaker: { id: 'kim-jong-un', name: 'Kim Jong Un' },
    channel: { name: 'KCNA' },
    draft: expect.stringMatching(/^entwuerfe\/2025-01-[a-z0-9-]+\/aussage-ohne-jede-begrenzung\.yaml$/),
    state: expect.stringMatching(/^(?:sicher|pruefen)$/),
    check: expect.any(Array),
    why: expect.stringContaining('Absatz 1'),
  });
  for (const date of report.dates) {
    expect(Object.keys(date)).toEqual(['text', 'paragraph', 'value', 'precision']);
    expect(date.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?(\/\d{4}(-\d{2}(-\d{2})?)?)?$/);
  }
  // Every field of the earlier shape keeps its place and meaning; the new ones follow.
  expect(Object.keys(report.events[0])).toEqual([
    'title', 'date', 'paragraph', 'participants', 'place', 'draft',
    'kind', 'paragraphs', 'countries', 'existing', 'candidates', 'abweichend', 'state', 'check', 'why',
  ]);
  for (const event of report.events) {
    expect(event.paragraphs).toContain(event.paragraph);
    expect(['sicher', 'pruefen']).toContain(event.state);
    expect(event.existing === null || typeof event.existing === 'string').toBe(true);
  }
  expect(Object.keys(report.entities)).toEqual(['known', 'candidates']);
  for (const candidate of report.entities.candidates) {
    expect(candidate).toMatchObject({ name: expect.any(String), folder: expect.stringMatching(/^(?:personen|laender|orte|organisationen)$/), summary: expect.stringContaining(candidate.name) });
    expect(['sicher', 'pruefen']).toContain(candidate.state);
  }
  // The human report and the next command go to standard error.
  expect(run.stderr).toContain('Zitate (');
  expect(run.stderr).toContain(`npm run accept -- --source ${report.source.id}`);
});

test('accept and reject --json print only their outcome on standard output', () => {
  const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'accept-cli-')), 'content');
  cpSync(path.resolve('content'), contentDir, { recursive: true });
  const env = { ...process.env, CONTENT_DIR: contentDir };
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', 'tests/fixtures/ingest/08-kim-atomarsenal.txt', '--json'], { encoding: 'utf8', env });
  const source = JSON.parse(ingest.stdout).source.id as string;
  const accept = spawnSync(process.execPath, ['scripts/accept.ts', '--source', source, '--json'], { encoding: 'utf8', env });
  expect(accept.status, accept.stderr).toBe(0);
  const outcome = JSON.parse(accept.stdout);
  expect(Object.keys(outcome)).toEqual(['published', 'kept', 'errors']);
  expect(outcome.published.length + outcome.kept.length).toBeGreaterThan(0);
  for (const kept of outcome.kept) expect(kept).toEqual({ draft: expect.stringMatching(/^entwuerfe\//), reasons: expect.any(Array) });
  expect(accept.stderr).toContain('veröffentlicht');
  const reject = spawnSync(process.execPath, ['scripts/reject.ts', '--source', source, '--json'], { encoding: 'utf8', env });
  expect(reject.status, reject.stderr).toBe(0);
  expect(JSON.parse(reject.stdout)).toEqual({ removed: outcome.kept.map((k: { draft: string }) => k.draft).sort(), errors: [] });
});
