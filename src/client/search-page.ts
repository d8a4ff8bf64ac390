/** The online search page: Pagefind's JavaScript API behind the shared search UI. */
import type { KnownName, SearchBackend } from './search-backend.ts';
import { startSearchPage } from './search-ui.ts';

interface PagefindResult {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (
    query: string | null,
    options?: Record<string, unknown>,
  ) => Promise<{ results: { data: () => Promise<PagefindResult> }[]; filters: Record<string, Record<string, number>> } | null>;
}

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  pagefind ??= (async () => {
    const url = new URL(`${base}pagefind/pagefind.js`, window.location.href).href;
    const api = (await import(/* @vite-ignore */ url)) as Pagefind;
    await api.options({ baseUrl: base, excerptLength: 26 });
    await api.init?.();
    return api;
  })();
  return pagefind;
}

const pagefindBackend: SearchBackend = {
  async search({ query, types, years, sort }, limit) {
    const api = await loadPagefind();
    const filters: Record<string, { any: string[] }> = {};
    if (types.length) filters.type = { any: types };
    if (years.length) filters.year = { any: years };
    const response = await api.search(query || null, { filters, ...(sort ? { sort: { date: sort } } : {}) });
    if (!response) return { total: 0, hits: [], counts: {} };
    const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
    return {
      total: response.results.length,
      counts: response.filters,
      hits: data.map((d) => ({ url: d.url, title: d.meta.title ?? d.url, type: d.meta.type ?? '', date: d.meta.date, excerpt: d.excerpt })),
    };
  },
  async names() {
    // Loaded only when a search finds nothing (src/pages/suche/namen.json.ts).
    names ??= fetch(`${base}suche/namen.json`).then((response) => (response.ok ? (response.json() as Promise<KnownName[]>) : []));
    return names;
  },
};

let names: Promise<KnownName[]> | undefined;

startSearchPage(pagefindBackend);
