/**
 * Packs the offline edition's files on worker threads for a site of thousands of files
 * (rewriting every page and deflating it was the longest single step of a large build), or in
 * place for a small one, where starting workers costs more than it saves. Both give the same
 * bytes. Results come back in the order the files were added, whatever order workers finish in.
 */
import os from 'node:os';
import { Piscina } from 'piscina';
import { packFile, type PackedFile, type PackTask } from './pack-file.ts';

/** From this many files on, the work goes to worker threads. */
export const PACK_IN_WORKERS_FROM = 400;
/**
 * Files handed to the workers and not yet packed; beyond this the reader waits, so that read
 * pages do not pile up in memory when reading runs ahead of packing.
 */
const MAX_IN_FLIGHT = 64;

export class Packer {
  private readonly pool: Piscina | undefined;
  private readonly inFlight: Promise<unknown>[] = [];
  private readonly results: { name: string; packed: Promise<PackedFile> }[] = [];

  constructor(useWorkers: boolean) {
    const threads = Math.max(1, os.availableParallelism());
    this.pool = useWorkers ? new Piscina({ filename: new URL('./pack-worker.ts', import.meta.url).href, minThreads: threads, maxThreads: threads }) : undefined;
  }

  /** Queues a file under its name in the zip; waits first while too many are being packed. */
  async add(name: string, task: PackTask): Promise<void> {
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
