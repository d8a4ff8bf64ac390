/** The online search page: Pagefind's module from the server behind the shared search UI. */
import { PAGEFIND_OPTIONS, pagefindBackend, type PagefindApi } from './pagefind-backend.ts';
import { startSearchPage } from './search-ui.ts';

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

startSearchPage(
  pagefindBackend({
    async load() {
      const url = new URL(`${base}pagefind/pagefind.js`, window.location.href).href;
      const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
      await api.options({ baseUrl: base, ...PAGEFIND_OPTIONS });
      await api.init?.();
      return api;
    },
    async readJson(rel) {
      const response = await fetch(`${base}${rel}`);
      if (!response.ok) throw new Error(`${rel}: ${response.status}`);
      return response.json();
    },
    href: (url) => url,
  }),
);
