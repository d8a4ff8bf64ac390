/**
 * The offline edition searches with Pagefind itself, the same program and the same index as
 * the published site, so that both editions find, rank and excerpt alike. From file:// a page
 * may neither import a module nor fetch a file, so the build turns Pagefind's module into a
 * classic script whose `fetch` reads files embedded in classic scripts
 * (src/client/embedded-files.ts), and wraps each file the search needs in such a script.
 */
import { transform } from 'esbuild';
import { EMBEDDED_FOLDER } from '../client/embedded-files.ts';

/** The built site's files the offline search reads (paths below the site root): Pagefind's index, its WebAssembly and our name lists. */
export const EMBEDDED_FILES = [
  /^pagefind\/pagefind-entry\.json$/,
  /^pagefind\/pagefind\.[^/]+\.pf_meta$/,
  /^pagefind\/wasm\.[^/]+\.pagefind$/,
  /^pagefind\/(index|fragment|filter)\/[^/]+\.pf_(index|fragment|filter)$/,
  /^suche\/[^/]+\.json$/,
];

/** Where Pagefind's script lies in the offline edition, a classic script. */
export const OFFLINE_PAGEFIND_SCRIPT = '_offline/pagefind.js';

/** The wrapper script's path in the edition for the site's file `rel`. */
export function embeddedPath(rel: string): string {
  return `${EMBEDDED_FOLDER}${rel}.js`;
}

/** A classic script that hands the bytes of the site's file `rel` to the offline edition's file registry. */
export function embeddedFileScript(rel: string, bytes: Uint8Array): string {
  return `__dossierFiles.add(${JSON.stringify(rel)},"${Buffer.from(bytes).toString('base64')}");\n`;
}

/**
 * Pagefind's `pagefind.js` (an ES module) as a classic script that defines `window.__pagefind`
 * with the module's exports, its `fetch` the embedded one. Pagefind's code is not changed: the
 * module becomes an immediately invoked function (esbuild), inside a function whose parameter
 * `fetch` shadows the browser's.
 */
export async function offlinePagefindScript(moduleSource: string): Promise<string> {
  const { code } = await transform(moduleSource, {
    format: 'iife',
    globalName: '__pagefindModule',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    charset: 'utf8',
    // The module asks import.meta.url for its folder only when no base path is given; we give one.
    logLevel: 'silent',
  });
  return `(function(fetch){${code}window.__pagefind=__pagefindModule;})(function(input){return window.__dossierFetch(input);});\n`;
}
