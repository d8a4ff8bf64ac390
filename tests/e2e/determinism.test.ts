/**
 * Same input, same bytes: two builds from clean (separate caches, so every card is rendered
 * anew) must produce identical files, pages, search index, cards and offline zip alike.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../helpers/build-site.ts';

const builds: BuildResult[] = [];
afterAll(() => builds.forEach((b) => b.dispose()));

function fingerprint(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return Object.fromEntries(
    files
      .map((e) => path.join(e.parentPath, e.name))
      .map((file) => [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

test('two clean builds of the same content are byte-identical', async () => {
  for (let i = 0; i < 2; i++) {
    const build = await buildSite();
    builds.push(build);
    expect(build.status, build.output).toBe(0);
  }
  const [first, second] = builds.map((b) => fingerprint(b.outDir));
  expect(Object.keys(first!).length).toBeGreaterThan(100);
  expect(second).toEqual(first);
});
