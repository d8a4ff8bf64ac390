/**
 * Drives the search page with Pagefind's JavaScript API: reads the query and filters from the
 * URL, searches as the reader types, keeps the URL in step so a search can be shared, and
 * renders each result with its type, date and an excerpt with the match highlighted.
 */
import { ui } from '../i18n/de-CH.ts';

interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface SearchResponse {
  results: { id: string; data: () => Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init?: () => Promise<void>;
  search: (query: string | null, options?: Record<string, unknown>) => Promise<SearchResponse | null>;
}

const MAX_RESULTS = 30;
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
const input = form.querySelector<HTMLInputElement>('#search-page-input')!;
const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

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

function checked(name: string): string[] {
  return [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);
}

/** The form's state as URL parameters, in a fixed order. */
function stateToParams(): URLSearchParams {
  const params = new URLSearchParams();
  if (input.value.trim()) params.set('q', input.value.trim());
  for (const type of checked('typ')) params.append('typ', type);
  for (const year of checked('jahr')) params.append('jahr', year);
  if (sortSelect.value) params.set('sort', sortSelect.value);
  return params;
}

function paramsToState(params: URLSearchParams) {
  input.value = params.get('q') ?? '';
  for (const name of ['typ', 'jahr']) {
    const wanted = new Set(params.getAll(name));
    for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = wanted.has(box.value);
  }
  sortSelect.value = params.get('sort') ?? '';
}

function renderResult(data: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = data.url;
  link.textContent = data.meta.title ?? data.url;
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'result-meta';
  const badge = document.createElement('span');
  badge.className = 'badge';
  badge.textContent = data.meta.type ?? '';
  meta.append(badge);
  if (data.meta.date) meta.append(` ${data.meta.date}`);
  const excerpt = document.createElement('p');
  excerpt.className = 'result-excerpt';
  // Pagefind's excerpt is text from our own pages, escaped, with <mark> around the matches.
  excerpt.innerHTML = data.excerpt;
  item.append(heading, meta, excerpt);
  return item;
}

function updateCounts(filters: Record<string, Record<string, number>>) {
  for (const el of document.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const [filter, value] = el.dataset.countFor!.split(':') as [string, string];
    const n = filters[filter]?.[value];
    el.textContent = n === undefined ? '' : `(${n})`;
  }
}

let generation = 0;
async function runSearch() {
  const current = ++generation;
  const query = input.value.trim();
  const types = checked('typ');
  const years = checked('jahr');
  if (!query && types.length === 0 && years.length === 0) {
    list.replaceChildren();
    updateCounts({});
    status.textContent = ui.search.idle;
    return;
  }
  status.textContent = ui.search.loading;
  let api: Pagefind;
  try {
    api = await loadPagefind();
  } catch {
    status.textContent = ui.search.unavailable;
    return;
  }
  const filters: Record<string, { any: string[] }> = {};
  if (types.length) filters.type = { any: types };
  if (years.length) filters.year = { any: years };
  const sort = sortSelect.value === 'neu' ? { date: 'desc' } : sortSelect.value === 'alt' ? { date: 'asc' } : undefined;
  const response = await api.search(query || null, { filters, ...(sort ? { sort } : {}) });
  if (current !== generation || !response) return; // a newer search has started
  const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
  if (current !== generation) return;
  list.replaceChildren(...data.map(renderResult));
  updateCounts(response.filters);
  status.textContent = query ? ui.search.count(response.results.length, query) : ui.search.countFiltered(response.results.length);
}

let timer: number | undefined;
function onChange() {
  const params = stateToParams().toString();
  window.history.replaceState(null, '', params ? `?${params}` : window.location.pathname);
  window.clearTimeout(timer);
  timer = window.setTimeout(runSearch, 120);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  onChange();
});
form.addEventListener('input', onChange);
form.addEventListener('change', onChange);

paramsToState(new URLSearchParams(window.location.search));
void runSearch();
