/**
 * Packs the offline edition's files on worker threads for a site of thousands of files
 * (rewriting every page and deflating it was the longest single step of a large build), or in
 * place for a small one, where starting workers costs more than it saves. Both give the same
 * bytes. Results come back in the order the files were added, whatever order workers finish in.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Piscina } from 'piscina';
import { writeAtomically } from '../io/files.ts';
import { packageVersion } from '../io/package-version.ts';
import { packFile, type PackedFile, type PackTask } from './pack-file.ts';

/**
 * Everything besides a task that decides how a file is packed: the code of this folder (the
 * rewriting for file:// and the compression level live here) and the libraries that parse,
 * write and compress (cheerio, fflate).
 */
function packerVersion(): string {
  const hash = createHash('sha256').update(`cheerio@${packageVersion('cheerio')} fflate@${packageVersion('fflate')}`);
  const folder = new URL('./', import.meta.url);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.ts')).sort()) hash.update(file).update(readFileSync(new URL(file, folder)));
  return hash.digest('hex');
}

/** The cache key of a task: its file's bytes and everything the rewriting reads. */
function taskKey(task: PackTask, version: string): string {
  const { data, ...settings } = task;
  return createHash('sha256').update(version).update(JSON.stringify(settings)).update(data).digest('hex').slice(0, 40);
}

/** A packed file as cached: CRC-32 and size (4 bytes each), SHA-256 (32 bytes), then the DEFLATE stream. */
function encodeCached(packed: PackedFile): Uint8Array {
  const out = new Uint8Array(40 + packed.deflated.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, packed.crc >>> 0);
  view.setUint32(4, packed.size);
  out.set(Buffer.from(packed.sha256, 'hex'), 8);
  out.set(packed.deflated, 40);
  return out;
}

function decodeCached(bytes: Uint8Array): PackedFile {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { crc: view.getUint32(0), size: view.getUint32(4), sha256: Buffer.from(bytes.subarray(8, 40)).toString('hex'), deflated: new Uint8Array(bytes.subarray(40)) };
}

/** From this many files on, the work goes to worker threads. */
export const PACK_IN_WORKERS_FROM = 400;
/**
 * Files handed to the workers and not yet packed; beyond this the reader waits, so that read
 * pages do not pile up in memory when reading runs ahead of packing.
 */
const MAX_IN_FLIGHT = 64;

/**
 * Packs files for the zip (pack-file.ts) in the order added, on worker threads or in place, and
 * with a cache folder reuses each unchanged file's packed bytes from the last build.
 */
export class Packer {
  private readonly pool: Piscina | undefined;
  private readonly inFlight: Promise<unknown>[] = [];
  private readonly results: { name: string; packed: Promise<PackedFile> }[] = [];

  private readonly version: string | undefined;
  private readonly used = new Set<string>();
  /** Files taken from the pack cache instead of being packed again. */
  reused = 0;

  /**
   * `cacheDir`, if given, keeps each packed file under a digest of its input, so that a rebuild
   * packs only the files that changed: a zip stores every file compressed on its own, so an
   * unchanged file's compressed bytes can go into the next zip as they are.
   */
  private readonly cacheDir: string | undefined;

  constructor(useWorkers: boolean, cacheDir?: string) {
    this.cacheDir = cacheDir;
    const threads = Math.max(1, os.availableParallelism());
    this.pool = useWorkers ? new Piscina({ filename: new URL('./pack-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads }) : undefined;
    if (cacheDir) {
      mkdirSync(cacheDir, { recursive: true });
      this.version = packerVersion();
    }
  }

  /** Queues a file under its name in the zip; waits first while too many are being packed. */
  async add(name: string, task: PackTask): Promise<void> {
    if (this.cacheDir && this.version) {
      const file = path.join(this.cacheDir, taskKey(task, this.version));
      this.used.add(path.basename(file));
      if (existsSync(file)) {
        this.reused += 1;
        this.results.push({ name, packed: Promise.resolve(decodeCached(readFileSync(file))) });
        return;
      }
      await this.pack(name, task);
      const packed = this.results.at(-1)!.packed;
      packed.then((p) => writeAtomically(file, encodeCached(p))).catch(() => undefined);
      return;
    }
    await this.pack(name, task);
  }

  /** Removes cached files this run did not use (files of earlier editions). */
  pruneCache(): void {
    if (!this.cacheDir) return;
    for (const file of readdirSync(this.cacheDir)) if (!this.used.has(file)) rmSync(path.join(this.cacheDir, file), { force: true });
  }

  private async pack(name: string, task: PackTask): Promise<void> {
    if (!this.pool) {
      this.results.push({ name, packed: Promise.resolve(packFile(task)) });
      return;
    }
    while (this.inFlight.length >= MAX_IN_FLIGHT) await this.inFlight.shift();
    const packed = this.pool.run(task) as Promise<PackedFile>;
    // A failure is reported by finish() (or by the wait above); until then it is not unhandled.
    packed.catch(() => undefined);
    this.inFlight.push(packed);
    this.results.push({ name, packed });
  }

  /** Every file packed so far, in the order added. */
  async settled(): Promise<{ name: string; packed: PackedFile }[]> {
    return Promise.all(this.results.map(async ({ name, packed }) => ({ name, packed: await packed })));
  }

  /** Ends the worker threads. */
  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
