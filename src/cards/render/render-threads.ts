/**
 * Renders a list of cards on two threads as a pipeline: this thread lays each card out with
 * satori (card-svg.ts), a worker draws the SVG and writes the PNG (card-png.ts).
 *
 * Why a pipeline and not one whole card per thread: with a few dozen cards, starting is most of
 * the work. Loading satori and parsing the fonts take ~0.2 s, and the first cards run ~5–10
 * times slower than the steady ~13 ms until the JIT has compiled the hot code. A card per thread
 * pays all of that on every thread (measured: two threads were no faster than one for 36
 * cards). In the pipeline each half warms up once, the halves take about the same time per card
 * (~6.5 ms each), and satori starts on this thread at once while the worker boots.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { CardSpec } from '../spec/card-spec.ts';
import type { RenderedCard } from './svg-to-png.ts';
import { cardSvg } from './layout-svg.ts';
import type { CardFont } from './fonts.ts';
import { renderCard } from './render-one-card.ts';

/** SVGs sent to the worker and not yet drawn, at most. */
const MAX_WAITING = 32;

export type ToWorker = { index: number; svg: string } | { end: true };
export type FromWorker = { index: number; card: RenderedCard } | { index: number; error: string } | { done: true };

/** Calls `onCard` once per spec, as soon as that card is rendered; returns the number of threads used. */
export async function renderCards(specs: readonly CardSpec[], fonts: CardFont[], onCard: (index: number, card: RenderedCard) => void): Promise<number> {
  if (specs.length === 0) return 0;
  if (os.availableParallelism() < 2 || specs.length === 1) {
    for (const [index, spec] of specs.entries()) onCard(index, await renderCard(spec, fonts));
    return 1;
  }
  // Started first, so that it boots while this thread loads satori.
  let drawn = 0;
  let wakeUp: (() => void) | undefined;
  const drawer = startDrawer(
    (index, card) => {
      drawn += 1;
      wakeUp?.();
      onCard(index, card);
    },
    (index) => specs[index]?.page ?? '?',
  );
  try {
    for (const [index, spec] of specs.entries()) {
      // A card the worker could not draw ends the run now, not after satori has laid out the rest.
      if (drawer.failed()) break;
      drawer.send({ index, svg: await cardSvg(spec, fonts) });
      // Lets the worker's finished cards in (they arrive as messages).
      await new Promise(setImmediate);
      // satori is faster than drawing on a busy machine: without a limit, thousands of SVGs
      // (~80 kB each) would wait in the worker's queue (+1.3 GiB at 10,000 cards).
      while (index + 1 - drawn >= MAX_WAITING && !drawer.failed()) {
        await Promise.race([new Promise<void>((resolve) => (wakeUp = resolve)), drawer.done.catch(() => {})]);
        wakeUp = undefined;
      }
    }
    drawer.send({ end: true });
    await drawer.done;
  } finally {
    await drawer.stop();
  }
  return 2;
}

function startDrawer(
  onCard: (index: number, card: RenderedCard) => void,
  pageOf: (index: number) => string,
): { send: (message: ToWorker) => void; done: Promise<void>; failed: () => boolean; stop: () => Promise<number> } {
  const worker = new Worker(new URL('./draw-worker.ts', import.meta.url));
  let failure: Error | undefined;
  const done = new Promise<void>((resolve, reject) => {
    let finished = false;
    const fail = (error: Error) => {
      failure ??= error;
      reject(failure);
    };
    worker.on('message', (message: FromWorker) => {
      if ('done' in message) {
        finished = true;
        resolve();
      } else if ('error' in message) {
        fail(new Error(`Vorschaukarte für ${pageOf(message.index) || '/'}: ${message.error}`));
      } else {
        // Writing the PNG can fail too (disk full, no permission): that must fail the run, not crash it.
        try {
          onCard(message.index, message.card);
        } catch (error) {
          fail(new Error(`Vorschaukarte für ${pageOf(message.index) || '/'}: ${error instanceof Error ? error.message : String(error)}`));
        }
      }
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!finished) fail(new Error(`Vorschaukarten: Der Zeichen-Worker wurde vorzeitig beendet (Code ${code}).`));
    });
  });
  // Errors reach the caller through `done`; one after satori already failed must not go unhandled.
  done.catch(() => {});
  return { send: (message) => worker.postMessage(message), done, failed: () => failure !== undefined, stop: () => worker.terminate() };
}
