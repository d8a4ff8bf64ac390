/**
 * Files the offline edition carries inside classic scripts, fetched as if from a server. A page
 * opened from disk (file://) may not fetch files, but it may load classic scripts; so the build
 * wraps each file the search needs (Pagefind's index chunks, its WebAssembly, our JSON lists) in
 * a script `_offline/files/<path>.js` that hands its bytes to `window.__dossierFiles.add`.
 * `embeddedFetch` loads such a script on the first request for its file and answers with a
 * Response, so that Pagefind's own code runs unchanged (src/offline/embed-files.ts writes the
 * scripts). Loading stays lazy: a query loads only the chunks Pagefind asks for.
 */

/** Where the wrapped files lie below the site root; shared with the build. */
export const EMBEDDED_FOLDER = '_offline/files/';

interface FileRegistry {
  add(rel: string, base64: string): void;
}

declare global {
  interface Window {
    __dossierFiles?: FileRegistry;
  }
}

const files = new Map<string, Uint8Array>();
const waiting = new Map<string, Promise<Uint8Array>>();

function decodeBase64(base64: string): Uint8Array {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Accepts the files the wrapper scripts hand over (called by those scripts). */
export function installFileRegistry(): void {
  window.__dossierFiles ??= { add: (rel, base64) => void files.set(rel, decodeBase64(base64)) };
}

/** The bytes of the embedded file `rel` (a path below the site root, e.g. `pagefind/pagefind-entry.json`); rejects if the edition lacks it. */
function loadFile(rel: string, root: string): Promise<Uint8Array> {
  const ready = files.get(rel);
  if (ready) return Promise.resolve(ready);
  let pending = waiting.get(rel);
  if (!pending) {
    pending = new Promise<Uint8Array>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${root}${EMBEDDED_FOLDER}${rel}.js`;
      script.onload = () => {
        script.remove();
        const bytes = files.get(rel);
        if (bytes) resolve(bytes);
        else reject(new Error(`${rel}: Datei fehlt in der Offline-Ausgabe`));
      };
      script.onerror = () => {
        script.remove();
        waiting.delete(rel);
        reject(new Error(`${rel}: Datei fehlt in der Offline-Ausgabe`));
      };
      document.head.append(script);
    });
    waiting.set(rel, pending);
  }
  return pending;
}

const MEDIA_TYPES: [RegExp, string][] = [
  [/\.json$/, 'application/json'],
  [/^pagefind\/wasm\./, 'application/wasm'],
];

/**
 * A `fetch` for the offline edition: `input` is a path below the site root, with or without a
 * query (`pagefind/pagefind-entry.json?ts=1`); `root` leads from the page to the site root.
 * Answers 200 with the embedded bytes, or 404 if the edition does not carry the file.
 */
export async function embeddedFetch(input: RequestInfo | URL, root: string): Promise<Response> {
  const rel = String(input instanceof Request ? input.url : input).replace(/[?#].*$/s, '');
  try {
    const bytes = await loadFile(rel, root);
    const type = MEDIA_TYPES.find(([pattern]) => pattern.test(rel))?.[1] ?? 'application/octet-stream';
    return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers: { 'Content-Type': type } });
  } catch {
    return new Response(null, { status: 404 });
  }
}
