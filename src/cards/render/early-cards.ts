/**
 * Starts drawing the cards in their own process (card-process.ts) as soon as the content check
 * has the dossier graph, so that they are drawn while Astro bundles and renders the pages
 * instead of after them. Measured at 10,000 pages: the card step after the pages took 174 s of
 * a 342 s build, while page rendering kept only one of the two cores busy.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomically } from '../../io/files.ts';
import type { CardSpec } from '../spec/card-spec.ts';

/** Below normal, so that Astro's page rendering goes first when both want a core. */
const NICENESS = 10;

export interface EarlyCardRun {
  /** Resolves when the process has ended: how many cards it drew, or why it stopped. Never rejects. */
  finished: Promise<{ ok: true; rendered: number; renderMs: number } | { ok: false; message: string }>;
}

/** Draws `specs` into the card cache `cacheDir` in a separate process; see EarlyCardRun. */
export function startEarlyCards(specs: readonly CardSpec[], cacheDir: string): EarlyCardRun {
  mkdirSync(cacheDir, { recursive: true });
  const specFile = path.join(cacheDir, 'early-specs.json');
  writeAtomically(specFile, JSON.stringify(specs));
  const entry = fileURLToPath(new URL('./card-process.ts', import.meta.url));
  // With an IPC channel: if the build dies in any way, even killed, the channel closes and the
  // card process ends (card-process.ts), instead of drawing on for nothing.
  const child = spawn(process.execPath, [entry, specFile, cacheDir], { stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  try {
    if (child.pid) os.setPriority(child.pid, NICENESS);
  } catch {
    // Not allowed on some systems: the cards then share the cores evenly.
  }
  // A build that ends early (an error in a page) takes the card process with it.
  const stop = () => child.kill();
  process.once('exit', stop);
  child.once('close', () => process.off('exit', stop));
  let out = '';
  let err = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const finished = new Promise<Awaited<EarlyCardRun['finished']>>((resolve) => {
    child.on('error', (error) => resolve({ ok: false, message: error.message }));
    child.on('close', (code) => {
      if (code !== 0) return resolve({ ok: false, message: err.trim() || `Exit ${code}` });
      try {
        const { rendered, renderMs } = JSON.parse(out) as { rendered: number; renderMs: number };
        resolve({ ok: true, rendered, renderMs });
      } catch {
        resolve({ ok: false, message: `unlesbare Ausgabe: ${out.slice(0, 200)}` });
      }
    });
  });
  return { finished };
}
