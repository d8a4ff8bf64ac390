import { describe, expect, test } from 'vitest';
import { pageCount, pagedPath, pageNeighbours, pageParam, pageWindow, paginate } from '../../src/view/pagination.ts';
import { entryListRoute, eventYearRoute, sectionRoute, timelineRoute } from '../../src/view/routes.ts';

describe('pageCount', () => {
  test.each([
    [0, 20, 1],
    [1, 20, 1],
    [20, 20, 1],
    [21, 20, 2],
    [40, 20, 2],
    [401, 200, 3],
  ])('%i items at %i a page: %i pages', (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });

  test.each([0, -1, 2.5])('refuses the page size %d', (size) => {
    expect(() => pageCount(10, size)).toThrow(RangeError);
  });
});

describe('paginate', () => {
  const letters = [...'abcdefg'];
  test.each([
    [3, [['a', 'b', 'c'], ['d', 'e', 'f'], ['g']]],
    [7, [letters]],
    [10, [letters]],
    [1, letters.map((l) => [l])],
  ])('at %i a page', (size, expected) => {
    const pages = paginate(letters, size);
    expect(pages.map((p) => p.items)).toEqual(expected);
    expect(pages.map((p) => p.number)).toEqual(expected.map((_, i) => i + 1));
    expect(pages.every((p) => p.count === expected.length)).toBe(true);
  });

  test('an empty list is one empty page', () => {
    expect(paginate([], 20)).toEqual([{ number: 1, count: 1, items: [] }]);
  });

  test('a page keeps its items when the list grows at the end (stable addresses)', () => {
    const before = paginate(letters, 3);
    const after = paginate([...letters, 'h', 'i', 'j'], 3);
    expect(after.slice(0, 2)).toEqual(before.slice(0, 2).map((p) => ({ ...p, count: 4 })));
  });
});

describe('page addresses', () => {
  test.each([
    ['zeitleiste/2025/', 1, '', 'zeitleiste/2025/'],
    ['zeitleiste/2025/', 2, '', 'zeitleiste/2025/2/'],
    ['personen/', 1, 'seite/', 'personen/'],
    ['personen/', 3, 'seite/', 'personen/seite/3/'],
  ])('pagedPath(%s, %i, %s) is %s', (base, page, infix, expected) => {
    expect(pagedPath(base, page, infix)).toBe(expected);
  });

  test('refuses page 0 and a base without its slash', () => {
    expect(() => pagedPath('personen/', 0)).toThrow(RangeError);
    expect(() => pagedPath('personen', 2)).toThrow('muss mit «/» enden');
  });

  test.each([
    [1, undefined],
    [2, '2'],
    [12, '12'],
  ])('the rest parameter of page %i is %s', (page, param) => {
    expect(pageParam(page)).toBe(param);
  });

  test.each([
    [() => timelineRoute(), 'zeitleiste/'],
    [() => timelineRoute('2025'), 'zeitleiste/2025/'],
    [() => timelineRoute('2025', 2), 'zeitleiste/2025/2/'],
    [() => timelineRoute('ohne-datum'), 'zeitleiste/ohne-datum/'],
    [() => eventYearRoute('2024'), 'ereignisse/jahr/2024/'],
    [() => eventYearRoute('2024', 3), 'ereignisse/jahr/2024/3/'],
    [() => sectionRoute('person'), 'personen/'],
    [() => sectionRoute('person', 2), 'personen/seite/2/'],
    [() => sectionRoute('source', 2), 'quellen/seite/2/'],
    [() => entryListRoute({ section: 'laender', id: 'nordkorea' }, 'erwaehnt-in'), 'laender/nordkorea/erwaehnt-in/'],
    [() => entryListRoute({ section: 'laender', id: 'nordkorea' }, 'erwaehnt-in', 2), 'laender/nordkorea/erwaehnt-in/2/'],
    [() => entryListRoute({ section: 'personen', id: 'sergej-lawrow' }, 'verweise'), 'personen/sergej-lawrow/verweise/'],
  ])('route %#: %s', (route, expected) => {
    expect(route()).toBe(expected);
  });
});

describe('page navigation', () => {
  test.each([
    [1, 1, { previous: undefined, next: undefined }],
    [1, 3, { previous: undefined, next: 2 }],
    [2, 3, { previous: 1, next: 3 }],
    [3, 3, { previous: 2, next: undefined }],
  ])('page %i of %i', (page, count, expected) => {
    expect(pageNeighbours(page, count)).toEqual(expected);
  });

  test.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 9, [1, 2, 3, null, 9]],
    [7, 20, [1, null, 5, 6, 7, 8, 9, null, 20]],
    [20, 20, [1, null, 18, 19, 20]],
    [4, 8, [1, 2, 3, 4, 5, 6, 7, 8]],
    [5, 12, [1, 2, 3, 4, 5, 6, 7, null, 12]],
  ])('around page %i of %i', (page, count, expected) => {
    expect(pageWindow(page, count)).toEqual(expected);
  });

  test('the navigation stays short however many pages', () => {
    expect(pageWindow(500, 1000).length).toBeLessThanOrEqual(9);
  });
});
