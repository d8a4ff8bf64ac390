/**
 * Runs `astro build` as a child process with its own content, output and cache folders, and
 * watches it: wall time, and peak resident memory of its whole process tree (polled from /proc).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { treeRss } from './process-tree.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const ASTRO = path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * The caller's environment without what a test runner adds for its own Vite (`BASE_URL`,
 * `MODE`, `NODE_ENV=test` …): inherited, they would become the child build's `import.meta.env`.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) {
    if (['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST'].includes(key) || key.startsWith('VITEST')) delete env[key];
  }
  return env;
}

export interface BuildRun {
  status: number | null;
  ms: number;
  peakRssBytes: number;
  /** The build's log (stdout and stderr). */
  logFile: string;
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  /** Extra Node options for the build process, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** Called about every `tickMs` with elapsed time and current memory, for progress output. */
  onTick?: (elapsedMs: number, rssBytes: number) => void;
  tickMs?: number;
}

export function runAstroBuild(options: BuildOptions): Promise<BuildRun> {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ASTRO, 'build'], {
    cwd: REPO_ROOT,
    env: {
      ...cleanEnvironment(),
      CONTENT_DIR: options.contentDir,
      OUT_DIR: options.outDir,
      ASTRO_CACHE_DIR: options.cacheDir,
      NO_COLOR: '1',
      FORCE_COLOR: '0',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  let peak = 0;
  let lastTick = started;
  const poll = setInterval(() => {
    const rss = treeRss(child.pid!);
    peak = Math.max(peak, rss);
    const now = performance.now();
    if (options.onTick && now - lastTick >= (options.tickMs ?? 10_000)) {
      lastTick = now;
      options.onTick(now - started, rss);
    }
  }, 200);
  return new Promise((resolve, reject) => {
    child.on('error', (error) => {
      clearInterval(poll);
      reject(error);
    });
    child.on('close', (status) => {
      clearInterval(poll);
      const ms = performance.now() - started;
      log.end(() => resolve({ status, ms, peakRssBytes: peak, logFile: options.logFile }));
    });
  });
}
