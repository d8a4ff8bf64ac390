/**
 * A published address as a link inside the offline edition: the same page's `index.html`,
 * relative to the page that links (file:// has no directory index and no site root).
 */

/**
 * `url` as Pagefind or our lists give it (`/base/quellen/x/#p3`), `basePath` the published
 * site's base (`/base/`), `root` the way from the linking page to the edition's root folder
 * (`../../`). Returns `../../quellen/x/index.html#p3`; an address outside the site stays as it is.
 */
export function offlineHref(url: string, basePath: string, root: string): string {
  if (!url.startsWith(basePath)) return url;
  const match = /^([^?#]*)([?#].*)?$/s.exec(url.slice(basePath.length))!;
  let file = match[1] ?? '';
  if (file === '' || file.endsWith('/')) file += 'index.html';
  return `${root}${file}${match[2] ?? ''}`;
}
