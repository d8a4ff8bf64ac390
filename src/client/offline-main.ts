/**
 * The offline edition's only script, a classic script (file:// blocks module scripts): the
 * keyboard shortcuts, the header search form sent by navigation (Firefox's file:// CSP, see
 * offline-forms.ts), and on the search page Pagefind over the embedded index
 * (src/offline/embed-files.ts), behind the same search UI as online.
 */
import './search-shortcuts.ts';
import { sendGetFormsByNavigation } from './offline-forms.ts';
import { startSearchPage } from './search-ui.ts';
import { embeddedFetch, installFileRegistry } from './embedded-files.ts';
import { PAGEFIND_OPTIONS, pagefindBackend, type PagefindApi } from './pagefind-backend.ts';
import { offlineHref } from './offline-href.ts';

declare global {
  interface Window {
    /** Pagefind's module, defined by `_offline/pagefind.js`. */
    __pagefind?: PagefindApi;
    /** The `fetch` that `_offline/pagefind.js` uses. */
    __dossierFetch?: (input: RequestInfo | URL) => Promise<Response>;
  }
}

sendGetFormsByNavigation();

const html = document.documentElement;
/** The way from this page to the edition's root folder, e.g. `../../`. */
const root = html.dataset.siteRoot ?? '';
/** The published site's base path, which Pagefind's addresses begin with. */
const basePath = html.dataset.basePath ?? '/';
const pagefindScript = html.dataset.pagefindScript;

if (pagefindScript && document.querySelector('[data-search-form]')) {
  installFileRegistry();
  window.__dossierFetch = (input) => embeddedFetch(input, root);
  startSearchPage(
    pagefindBackend({
      load: () =>
        new Promise<PagefindApi>((resolve, reject) => {
          const script = document.createElement('script');
          script.src = `${root}${pagefindScript}`;
          script.onload = async () => {
            const api = window.__pagefind;
            if (!api) return reject(new Error('Pagefind fehlt in der Offline-Ausgabe'));
            try {
              // No worker (file:// cannot start one); files come through `__dossierFetch`.
              await api.options({ basePath: 'pagefind/', baseUrl: basePath, ...PAGEFIND_OPTIONS, noWorker: true });
              await api.init?.();
              resolve(api);
            } catch (error) {
              reject(error);
            }
          };
          script.onerror = () => reject(new Error('Pagefind fehlt in der Offline-Ausgabe'));
          document.head.append(script);
        }),
      async readJson(rel) {
        const response = await embeddedFetch(rel, root);
        if (!response.ok) throw new Error(`${rel}: ${response.status}`);
        return response.json();
      },
      href: (url) => offlineHref(url, basePath, root),
    }),
  );
}
