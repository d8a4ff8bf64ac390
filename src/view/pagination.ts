/**
 * Lists cut into pages of a fixed size, so that page k always holds items (k−1)·size+1 to k·size
 * of a list in a fixed order: an address such as `/zeitleiste/2025/2/` keeps meaning the same
 * stretch of the list, and no page grows with the dossier. Pure functions, no site paths: the
 * addresses below the site root are made here, the base path is added in routes.ts.
 */

/** One page of a list: its number (1 for the first), how many pages the list has, its items. */
export interface Page<T> {
  number: number;
  count: number;
  items: T[];
}

/** How many pages `total` items make at `size` to a page; an empty list still has one (empty) page. */
export function pageCount(total: number, size: number): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`Seitengrösse ${size}: erlaubt sind ganze Zahlen ab 1.`);
  return Math.max(1, Math.ceil(total / size));
}

/** The pages of `items` at `size` to a page, in the list's order; at least one page. */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const count = pageCount(items.length, size);
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, items: items.slice(i * size, (i + 1) * size) }));
}

/**
 * The address of page `page` of a list whose first page is `base` (below the site root, ending
 * in `/`): page 1 is `base` itself, page k is `base` + `infix` + `k/`. `infix` separates the page
 * number where the next segment could be mistaken for something else: `personen/seite/2/`
 * (a person could be called «2»), `zeitleiste/2025/2/` needs none.
 */
export function pagedPath(base: string, page: number, infix = ''): string {
  if (!Number.isInteger(page) || page < 1) throw new RangeError(`Seite ${page}: erlaubt sind ganze Zahlen ab 1.`);
  if (base !== '' && !base.endsWith('/')) throw new Error(`«${base}» muss mit «/» enden.`);
  return page === 1 ? base : `${base}${infix}${page}/`;
}

/**
 * The rest parameter (`[...seite]`) of page `page` in a route whose first page has none:
 * undefined for page 1, `'2'` for page 2.
 */
export function pageParam(page: number): string | undefined {
  return page === 1 ? undefined : String(page);
}

/** The pages before and after page `page` of `count`, undefined at either end. */
export function pageNeighbours(page: number, count: number): { previous?: number; next?: number } {
  return {
    previous: page > 1 ? page - 1 : undefined,
    next: page < count ? page + 1 : undefined,
  };
}

/**
 * The page numbers a page's navigation links, so that it stays short however long the list: the
 * first and the last page, and `radius` pages either side of `page`; `null` marks a gap of two or
 * more pages (a gap of one is shown as its page). `pageWindow(7, 20)` is
 * `[1, null, 5, 6, 7, 8, 9, null, 20]`.
 */
export function pageWindow(page: number, count: number, radius = 2): (number | null)[] {
  const near = (n: number) => n === 1 || n === count || Math.abs(n - page) <= radius;
  const shown: (number | null)[] = [];
  for (let n = 1; n <= count; n++) {
    if (near(n) || (near(n - 1) && near(n + 1))) shown.push(n);
    else if (shown.at(-1) !== null) shown.push(null);
  }
  return shown;
}
