/**
 * Entries whose file has no body (only front matter, or white space after it) are loaded as data,
 * not as MDX modules. Astro's glob loader marks every `.md`/`.mdx` entry for deferred rendering,
 * and the build then compiles and bundles one module per entry, even an empty one: at 10,000
 * pages about 7,000 of the ~10,000 entry files are entities and events without editor notes,
 * and bundling them was the build's second-largest cost. Nothing ever renders such an entry
 * (src/graph/load-dossier.ts renders a body only when it has text), so its module is dropped.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

type DataStore = LoaderContext['store'];
type StoredEntry = Parameters<DataStore['set']>[0];

/** Whether an entry as the glob loader stores it has a body worth compiling. */
export function hasBody(entry: Pick<StoredEntry, 'body'>): boolean {
  return (entry.body ?? '').trim() !== '';
}

/** `store`, except that an entry without a body is stored without deferred rendering (no module). */
export function storeWithoutEmptyModules(store: DataStore): DataStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      if (property !== 'set') return Reflect.get(target, property, receiver);
      return (entry: StoredEntry) => {
        if (!entry.deferredRender || hasBody(entry)) return target.set(entry);
        const { deferredRender: _module, ...data } = entry;
        return target.set(data);
      };
    },
  });
}

/**
 * `loader` (Astro's glob loader) with body-less entries stored as data. The entry keeps its
 * `body` (empty) and `filePath`, so the dossier graph reads it as before.
 */
export function loadBodylessAsData(loader: Loader): Loader {
  return { ...loader, load: (context) => loader.load({ ...context, store: storeWithoutEmptyModules(context.store) }) };
}
