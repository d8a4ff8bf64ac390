/**
 * The search page's behaviour, whatever engine answers: reads the query and filters from the
 * URL, searches as the reader types, keeps the URL in step so a search can be shared as a link,
 * and renders each result with its type, date and an excerpt with the match highlighted.
 */
import { closestNames } from '../search/closest-names.ts';
import type { KnownName } from './search-backend.ts';
import { queryForEngines, subjectOfQuery } from '../search/query-words.ts';
import { compoundSplitter, type CompoundSplitter } from '../search/compounds.ts';
import { searchStrings } from '../i18n/de-CH.ts';
import type { SearchBackend, SearchHit } from './search-backend.ts';

const MAX_RESULTS = 30;

export function startSearchPage(backend: SearchBackend): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!form) return;
  const input = form.querySelector<HTMLInputElement>('#search-page-input')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('#search-sort')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;

  const checked = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((box) => box.value);

  /** The form's state as URL parameters, in a fixed order. */
  const stateToParams = () => {
    const params = new URLSearchParams();
    if (input.value.trim()) params.set('q', input.value.trim());
    for (const type of checked('typ')) params.append('typ', type);
    for (const year of checked('jahr')) params.append('jahr', year);
    if (sortSelect.value) params.set('sort', sortSelect.value);
    return params;
  };

  const paramsToState = (params: URLSearchParams) => {
    input.value = params.get('q') ?? '';
    for (const name of ['typ', 'jahr']) {
      const wanted = new Set(params.getAll(name));
      for (const box of form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = wanted.has(box.value);
    }
    sortSelect.value = params.get('sort') ?? '';
  };

  const renderHit = (hit: SearchHit) => {
    const item = document.createElement('li');
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = hit.url;
    link.textContent = hit.title;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'result-meta';
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = hit.type;
    meta.append(badge);
    if (hit.date) meta.append(` ${hit.date}`);
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    // The excerpt is text from our own pages, escaped by the engine, with <mark> around matches.
    excerpt.innerHTML = hit.excerpt;
    item.append(heading, meta, excerpt);
    return item;
  };

  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    for (const el of document.querySelectorAll<HTMLElement>('[data-count-for]')) {
      const [filter, value] = el.dataset.countFor!.split(':') as [string, string];
      const n = counts[filter]?.[value];
      el.textContent = n === undefined ? '' : `(${n})`;
    }
  };

  const empty = document.querySelector<HTMLElement>('[data-search-empty]');
  const similar = document.querySelector<HTMLElement>('[data-search-similar]');
  const suggestions = document.querySelector<HTMLUListElement>('[data-search-suggestions]');

  /** After a search that found nothing for `subject`: the closest names the dossier knows; hidden otherwise. */
  const showEmptyState = async (subject: string | undefined, current: number) => {
    if (!empty || !similar || !suggestions) return;
    if (subject === undefined) {
      empty.hidden = true;
      return;
    }
    let names: KnownName[] = [];
    try {
      names = await backend.names();
    } catch {
      names = [];
    }
    if (current !== generation) return;
    const found = closestNames(subject, names);
    suggestions.replaceChildren(
      ...found.map((known) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = known.url;
        link.textContent = known.name;
        item.append(link);
        return item;
      }),
    );
    similar.hidden = found.length === 0;
    empty.hidden = false;
  };

  // The dossier's lexicon (for compounds) is fetched as the page starts, beside Pagefind.
  const splitter: Promise<CompoundSplitter | undefined> = backend.lexicon().then(compoundSplitter, () => undefined);
  /** The query for the engines: its subject, in the dossier's words. */
  const engineQuery = async (query: string) => queryForEngines(query, await splitter);

  let generation = 0;
  const runSearch = async () => {
    const current = ++generation;
    const query = input.value.trim();
    const types = checked('typ');
    const years = checked('jahr');
    if (!query && types.length === 0 && years.length === 0) {
      list.replaceChildren();
      if (empty) empty.hidden = true;
      updateCounts({});
      status.textContent = searchStrings.idle;
      return;
    }
    status.textContent = searchStrings.loading;
    const sort = sortSelect.value === 'neu' ? 'desc' : sortSelect.value === 'alt' ? 'asc' : undefined;
    let outcome;
    try {
      // The engines search for what the question is about («Wer ist X?» -> «X»), compounds split
      // where the dossier uses only their parts; the page shows the query as typed.
      outcome = await backend.search({ query: await engineQuery(query), types, years, sort }, MAX_RESULTS);
    } catch {
      if (current === generation) status.textContent = searchStrings.unavailable;
      return;
    }
    if (current !== generation) return; // a newer search has started
    list.replaceChildren(...outcome.hits.map(renderHit));
    updateCounts(outcome.counts);
    void showEmptyState(outcome.total === 0 && query !== '' ? subjectOfQuery(query) : undefined, current);
    status.textContent = query ? searchStrings.count(outcome.total, query) : searchStrings.countFiltered(outcome.total);
  };

  let timer: number | undefined;
  const onChange = () => {
    const params = stateToParams().toString();
    try {
      window.history.replaceState(null, '', params ? `?${params}` : window.location.pathname);
    } catch {
      // Some browsers refuse history changes on file:// pages; the search still runs.
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(runSearch, 120);
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onChange();
  });
  form.addEventListener('input', onChange);
  form.addEventListener('change', onChange);

  paramsToState(new URLSearchParams(window.location.search));
  void runSearch();
}
