/**
 * Worker thread (see card-threads.ts): turns the SVGs the main thread sends into PNGs, one after
 * the other, and says when it has drawn the last one.
 */
import { parentPort } from 'node:worker_threads';
import { cardPng } from './svg-to-png.ts';
import type { FromWorker, ToWorker } from './render-threads.ts';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
let queue = Promise.resolve();

port.on('message', (message: ToWorker) => {
  // One card at a time, in order; a failure ends the worker and reaches the main thread.
  queue = queue.then(async () => {
    if ('end' in message) {
      send({ done: true });
      return;
    }
    try {
      send({ index: message.index, card: await cardPng(message.svg) });
    } catch (error) {
      // Reported with the card's index, so the main thread can name the page.
      send({ index: message.index, error: error instanceof Error ? error.message : String(error) });
    }
  });
});
