import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { parseDossierDate } from '../../src/model/dossier-date.ts';
import { layoutTimeline, timelineSvg, type TimelineItem } from '../../src/pictures/timeline-svg.ts';
import { wrapBalanced, wrapLines } from '../../src/pictures/svg-text.ts';

const item = (id: string, raw: string, title = `Ereignis ${id}`): TimelineItem => {
  const parsed = parseDossierDate(raw);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { id, title, href: `/ereignisse/${id}/`, date: parsed.date, dateLabel: raw };
};

const items = [
  item('jahr', '2024', 'Abkommen über eine umfassende strategische Partnerschaft'),
  item('august', '2024-08', 'Überraschungsoffensive'),
  item('bereich', '2024-08/2025-07', 'Rückeroberung'),
  item('april', '2025-04'),
  item('juli-a', '2025-07'),
  item('juli-b', '2025-07'),
  item('juli-c', '2025-07'),
];

describe('timeline picture', () => {
  test('one linked mark per event', () => {
    const $ = cheerio.load(timelineSvg(items, { title: 'Zeitleiste' }), { xml: true });
    expect($('a.tl-mark').map((_, a) => $(a).attr('href')).get().sort()).toEqual(items.map((i) => i.href).sort());
    expect($('a.tl-mark title').first().text()).toBe('Abkommen über eine umfassende strategische Partnerschaft (2024)');
  });

  test('a mark is as wide as its date is vague: year > range part > month', () => {
    const { marks } = layoutTimeline(items);
    const width = (id: string) => marks.find((m) => m.item.id === id)!.w;
    expect(width('jahr')).toBeGreaterThan(width('august') * 10);
    expect(width('bereich')).toBeGreaterThan(width('jahr') * 0.9);
    expect(width('juli-a')).toBeCloseTo(width('august') * (31 / 31), 0);
  });

  test('no two marks or labels in one lane touch, and no label runs past either edge', () => {
    const layout = layoutTimeline(items);
    const extent = (m: (typeof layout.marks)[number]) => ({ left: Math.min(m.x, m.labelLeft), right: Math.max(m.x + m.w, m.labelRight) });
    for (const [i, a] of layout.marks.entries()) {
      expect(a.labelLeft, a.item.id).toBeGreaterThanOrEqual(0);
      expect(a.labelRight, a.item.id).toBeLessThanOrEqual(layout.width);
      for (const b of layout.marks.slice(i + 1)) {
        if (a.lane !== b.lane) continue;
        const [ea, eb] = [extent(a), extent(b)];
        expect(ea.right <= eb.left || eb.right <= ea.left, `${a.item.id} / ${b.item.id}`).toBe(true);
      }
    }
  });

  test('a lane is as tall as its longest label: no label runs into the next lane or the axis', () => {
    const layout = layoutTimeline(items, { lineLength: 12 });
    const bottoms = layout.laneTops.map((top, lane) => top + 22 + (Math.max(...layout.marks.filter((m) => m.lane === lane).map((m) => m.lines.length)) - 1) * 15);
    for (const [lane, bottom] of bottoms.entries()) expect(bottom, `lane ${lane}`).toBeLessThan(layout.laneTops[lane + 1] ?? layout.axisY);
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });

  const titles = [
    'Kursk',
    'Überraschungsoffensive',
    'Ukrainische Überraschungsoffensive in der Region Kursk',
    'Russland erobert die Region Kursk mit nordkoreanischen Soldaten zurück',
    'Abkommen über eine umfassende strategische Partnerschaft zwischen Russland und der Demokratischen Volksrepublik Korea',
    'Nordkorea-Russland-Abkommen',
    'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen',
  ];
  test.each(titles)('«%s» is drawn whole, never cut', (title) => {
    const $ = cheerio.load(timelineSvg([item('a', '2024-08', title), item('b', '2025-07', title)], { title: 'Zeitleiste' }), { xml: true });
    $('a.tl-mark text').each((_, text) => {
      const lines = $(text).find('tspan').map((__, t) => $(t).text()).get();
      expect(lines.reduce((joined, line) => (joined === '' || joined.endsWith('-') ? joined + line : `${joined} ${line}`), '')).toBe(title);
    });
    expect($.xml()).not.toContain('…');
  });

  test.each([
    ['Bern', 34, ['Bern']],
    ['Lawrow trifft Choe Son Hui in Wonsan', 34, ['Lawrow trifft Choe', 'Son Hui in Wonsan']],
    ['Lawrow trifft Choe Son Hui in Wonsan', 40, ['Lawrow trifft Choe Son Hui in Wonsan']],
    ['Nordkorea-Russland-Abkommen', 12, ['Nordkorea-', 'Russland-', 'Abkommen']],
    ['Ukrainische Überraschungsoffensive', 12, ['Ukrainische', 'Überraschungsoffensive']],
  ])('«%s» in lines of %i characters, as even as they go: %j', (text, chars, lines) => {
    expect(wrapBalanced(text, chars)).toEqual(lines);
    expect(wrapBalanced(text, chars).length).toBe(wrapLines(text, chars).length);
  });

  test('the same input gives the same SVG', () => {
    expect(timelineSvg([...items].reverse(), { title: 'Zeitleiste' })).toBe(timelineSvg(items, { title: 'Zeitleiste' }));
  });

  test('a hidden picture keeps its links out of the tab order', () => {
    const $ = cheerio.load(timelineSvg(items, { title: 'Zeitleiste', hidden: true }), { xml: true });
    expect($('svg').attr('aria-hidden')).toBe('true');
    expect($('a.tl-mark').map((_, a) => $(a).attr('tabindex')).get()).toEqual(items.map(() => '-1'));
  });
});
