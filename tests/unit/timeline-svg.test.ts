import * as cheerio from 'cheerio';
import { describe, expect, test } from 'vitest';
import { parseDossierDate } from '../../src/model/dossier-date.ts';
import { layoutTimeline, timelineSvg, type TimelineItem } from '../../src/pictures/timeline-svg.ts';

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

  test('no two labels overlap', () => {
    const { marks } = layoutTimeline(items);
    const box = (m: (typeof marks)[number]) => {
      const w = m.label.length * 6.6 + 8;
      return { lane: m.lane, left: m.anchor === 'start' ? m.labelX : m.labelX - w, right: m.anchor === 'start' ? m.labelX + w : m.labelX };
    };
    const boxes = marks.map(box);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        if (a.lane === b.lane) expect(a.right <= b.left || b.right <= a.left, `${marks[i]!.item.id} / ${marks[j]!.item.id}`).toBe(true);
      }
    }
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
