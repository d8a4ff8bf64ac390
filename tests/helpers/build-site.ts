/** Runs a real `astro build` into a temporary folder, with its own cache, and returns the output. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(ROOT, 'node_modules/astro/bin/astro.mjs');

export interface BuildResult {
  status: number | null;
  /** stdout and stderr together, colours removed. */
  output: string;
  outDir: string;
  /** Removes the build's folder. */
  dispose: () => void;
}

// Inside the project on purpose: Astro puts its intermediate files in `<root>/.astro/` when
// outDir lies outside the project, and builds running side by side would then share them.
const WORK_ROOT = path.join(ROOT, '.cache/test-builds');

/**
 * The test runner's environment without what Vitest adds for its own Vite: `BASE_URL=/` and
 * `MODE`/`NODE_ENV=test` would leak into the child build as `import.meta.env` values and
 * silently replace the base path.
 */
function parentEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

export function buildSite(options: { contentDir?: string; env?: Record<string, string> } = {}): BuildResult {
  mkdirSync(WORK_ROOT, { recursive: true });
  const work = mkdtempSync(path.join(WORK_ROOT, 'build-'));
  const outDir = path.join(work, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    cwd: ROOT,
    encoding: 'utf8',
    env: {
      ...parentEnvironment(),
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(work, 'cache'),
      ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
      ...options.env,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
  });
  const output = `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  return { status: result.status, output, outDir, dispose: () => rmSync(work, { recursive: true, force: true }) };
}
