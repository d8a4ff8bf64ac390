/**
 * The text of a printed PDF, page by page and line by line, read with Mozilla's PDF.js
 * (pdfjs-dist, its legacy build, the one for Node), and a check of the print edition's running
 * head and foot on it.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api';

export interface PdfLine {
  text: string;
  /** The baseline's distance from the top of the page, in millimetres. */
  top: number;
}

const MM_PER_POINT = 25.4 / 72;

/**
 * Each page's lines from top to bottom. Text pieces on one baseline make a line, left to
 * right, with a space where the text leaves a gap (a browser writes a ligature such as «fi» as
 * a piece of its own, without a gap). A superscript footnote mark sits on a baseline of its own.
 */
export async function pdfLines(pdf: Uint8Array): Promise<PdfLine[][]> {
  // PDF.js takes over the buffer it is given; a copy keeps the caller's intact.
  const task = getDocument({ data: new Uint8Array(pdf) });
  try {
    const document = await task.promise;
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const height = page.view[3]! - page.view[1]!;
      const items = (await page.getTextContent()).items.filter((item): item is TextItem => 'str' in item && item.str.trim() !== '');
      const rows = new Map<number, TextItem[]>();
      for (const item of items) {
        const baseline = Math.round(item.transform[5] as number);
        const row = [...rows.keys()].find((y) => Math.abs(y - baseline) <= 1) ?? baseline;
        rows.set(row, [...(rows.get(row) ?? []), item]);
      }
      pages.push(
        [...rows.entries()]
          .sort(([a], [b]) => b - a)
          .map(([y, row]) => {
            row.sort((a, b) => (a.transform[4] as number) - (b.transform[4] as number));
            let text = '';
            let end = -Infinity;
            for (const item of row) {
              const x = item.transform[4] as number;
              if (text && x - end > Math.max(1, item.height * 0.15)) text += ' ';
              text += item.str;
              end = x + item.width;
            }
            return { text: text.replace(/\s+/g, ' ').trim(), top: (height - y) * MM_PER_POINT };
          }),
      );
    }
    return pages;
  } finally {
    await task.destroy();
  }
}

/**
 * What is wrong with the running head and foot of a printed part of the print edition (an
 * empty list when nothing is): each page carries the head line once, as its topmost line, and
 * the foot line as its lowest, with the page's text clear of both; where asked for, the page
 * number («Seite n von m») at the bottom too, on a line of its own below the foot or at the end
 * of the foot's line.
 */
export function runningHeadProblems(pages: PdfLine[][], expected: { head: string; foot: string; pageNumbers: boolean }): string[] {
  const problems: string[] = [];
  // 9-point type: a line closer to the head or foot than this would run into it.
  const CLEARANCE_MM = 4;
  pages.forEach((all, index) => {
    const page = `Seite ${index + 1}`;
    let lines = all;
    if (expected.pageNumbers) {
      const number = `Seite ${index + 1} von ${pages.length}`;
      const last = lines.at(-1);
      if (last?.text === number) lines = lines.slice(0, -1);
      else if (last?.text.endsWith(` ${number}`)) lines = [...lines.slice(0, -1), { ...last, text: last.text.slice(0, -number.length - 1) }];
      else problems.push(`${page}: zuunterst steht «${last?.text}», nicht die Seitenzahl «${number}»`);
    }
    const heads = lines.filter((line) => line.text === expected.head);
    if (heads.length !== 1) problems.push(`${page}: Kopfzeile «${expected.head}» ${heads.length}-mal statt einmal`);
    const head = lines[0];
    const foot = lines.at(-1);
    if (head?.text !== expected.head) problems.push(`${page}: zuoberst steht «${head?.text}», nicht die Kopfzeile`);
    if (foot?.text !== expected.foot) problems.push(`${page}: zuunterst steht «${foot?.text}», nicht die Adresse «${expected.foot}»`);
    if (!head || !foot || head === foot) return;
    for (const line of lines.slice(1, -1)) {
      if (line.top - head.top < CLEARANCE_MM || foot.top - line.top < CLEARANCE_MM) {
        problems.push(`${page}: «${line.text}» läuft in Kopf- oder Fusszeile (${line.top.toFixed(1)} mm von oben)`);
      }
    }
  });
  return problems;
}
