/**
 * The offline edition's only script, a classic script (file:// blocks module scripts): the
 * keyboard shortcuts, the header search form sent by navigation (Firefox's file:// CSP, see
 * offline-forms.ts), and on the search page the search over the bundled index.
 */
import './search-shortcuts.ts';
import { sendGetFormsByNavigation } from './offline-forms.ts';
import { startSearchPage } from './search-ui.ts';
import { offlineBackend, type SearchPayload } from './offline-search.ts';

declare global {
  interface Window {
    __DOSSIER_SEARCH__?: SearchPayload;
  }
}

sendGetFormsByNavigation();

const payload = window.__DOSSIER_SEARCH__;
if (payload) {
  const root = document.documentElement.dataset.siteRoot ?? '';
  startSearchPage(offlineBackend(payload, root));
}
