/**
 * The one place that runs `astro build` as a child process (tests, benchmarks, measurements):
 * with its own output and cache folders and, if given, content folder and settings, in an
 * environment cleaned of the test runner's own Vite settings; it reports wall time, the log and,
 * on request, the peak resident memory of the build's whole process tree (polled from /proc).
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';
import { treeRss } from './process-tree.ts';

export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
/** Astro's command-line entry, run with this Node (`node <ASTRO_BIN> build`). */
export const ASTRO_BIN = path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs');
/** `npm run build`: astro build, then the offline edition, then publishing (scripts/build.ts). */
export const BUILD_SCRIPT = path.join(REPO_ROOT, 'scripts/build.ts');

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
  /** 0 unless `watchMemory` was set. */
  peakRssBytes: number;
  /** The build's log (stdout and stderr). */
  logFile: string;
}

export interface BuildOptions {
  /** The content folder; the project's own (`CONTENT_DIR` or `./content`) when omitted. */
  contentDir?: string;
  outDir: string;
  cacheDir: string;
  logFile: string;
  /** Further settings for the build, e.g. `BASE_PATH`, `SITE_URL`, `DOSSIER_DRAFTS`. */
  env?: Record<string, string>;
  /** Poll the process tree's memory (costs a little CPU; the benchmarks want it, tests do not). */
  watchMemory?: boolean;
  /** Extra Node options for the build process, e.g. `--cpu-prof`. */
  nodeArgs?: string[];
  /** The project folder the build runs in (its working directory); this repository when omitted. */
  root?: string;
  /**
   * What Node runs, script first, e.g. `['scripts/build.ts']` (relative to `root`);
   * `[BUILD_SCRIPT]` (what `npm run build` runs) when omitted.
   */
  command?: string[];
  /** Called about every `tickMs` with elapsed time and current memory, for progress output. */
  onTick?: (elapsedMs: number, rssBytes: number) => void;
  tickMs?: number;
}

/**
 * Runs the build (`astro build`, or `options.command`) in `options.root` and resolves when it has
 * ended, with exit status, wall time, log file and, if watched, the process tree's peak memory.
 */
export function runAstroBuild(options: BuildOptions): Promise<BuildRun> {
  mkdirSync(path.dirname(options.logFile), { recursive: true });
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  // Node options through the environment, so that they reach `astro build` as well as the
  // script that starts it (e.g. --cpu-prof profiles both).
  const nodeOptions = [process.env.NODE_OPTIONS, ...(options.nodeArgs ?? [])].filter(Boolean).join(' ');
  const child = spawn(process.execPath, options.command ?? [BUILD_SCRIPT], {
    cwd: options.root ?? REPO_ROOT,
    env: {
      ...cleanEnvironment(),
      ...(options.contentDir ? { CONTENT_DIR: options.contentDir } : {}),
      OUT_DIR: options.outDir,
      ASTRO_CACHE_DIR: options.cacheDir,
      ...options.env,
      ...(nodeOptions ? { NODE_OPTIONS: nodeOptions } : {}),
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
    if (!options.watchMemory && !options.onTick) return;
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
