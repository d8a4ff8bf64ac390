/**
 * Where the quoted passages and the sentences of a paragraph lie: the text between a pair of
 * quotation marks («…», „…“, “…”, "…", ‹…›, ‚…‘, German »…«), marks inside a passage belonging to
 * it, and sentences never split inside a passage, after a number or an abbreviation. Used by
 * read-quotes.ts for speakers and by draft-facts.ts for dates and events outside quotes.
 */

const PAIRS: Record<string, string> = { '«': '»', '„': '“', '“': '”', '"': '"', '‹': '›', '‚': '‘', '»': '«' };

/** A frame of saying after a comma («, sagte Gallagher»): inside a straight-quoted passage it means the source forgot to close it. */
const UNCLOSED_FRAME = /,\s+(?:sagte|so|erklärte|betonte|meinte|fügte|führte|ergänzte|schrieb)\s+(?:der\s+|die\s+)?\p{Lu}/u;

/** A span of a paragraph. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The outermost quoted passages of `text`: [start, end) inside the marks. A mark that opens
 * nothing and closes nothing is left alone; an unclosed passage is not a passage.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const stack: { close: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const top = stack.at(-1);
    if (top && c === top.close) {
      // A straight quote left unclosed by the source: «"Er will …, sagte X in … dem "Magazin" …». A
      // frame of saying inside the passage ends it there, and this mark opens the next passage.
      const frame = c === '"' && stack.length === 1 ? UNCLOSED_FRAME.exec(text.slice(top.at + 1, i)) : null;
      if (frame) {
        spans.push({ start: top.at + 1, end: top.at + 1 + frame.index });
        stack[0] = { close: '"', at: i };
        continue;
      }
      stack.pop();
      if (stack.length === 0) spans.push({ start: top.at + 1, end: i });
      continue;
    }
    // A straight quote or ‚ between letters is an apostrophe or a comma-like mark, not an opening.
    // A » opens a passage (German order, »…«) only at the start or after white space.
    if (c in PAIRS && !(c === '»' && stack.length === 0 && i > 0 && !/\s/u.test(text[i - 1]!))) {
      if ((c === '"' || c === '‚') && /\p{L}/u.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '')) continue;
      // «» is the Swiss and French order; »« the German: a » that opens a passage closes with «.
      if (c === '»' && !/\p{L}|\d/u.test(text[i + 1] ?? '')) continue;
      stack.push({ close: PAIRS[c]!, at: i });
    }
  }
  return spans;
}

/** Sentences of a paragraph as spans, never split inside a quoted passage or after a number or an abbreviation. */
export function sentenceSpans(text: string, quotes: readonly Span[]): Span[] {
  const inside = (i: number) => quotes.some((q) => i >= q.start && i < q.end);
  const spans: Span[] = [];
  let start = 0;
  for (const m of text.matchAll(/[.!?][»“”"›‘]?\s+(?=[\p{Lu}«„“"‹\d])/gu)) {
    const at = m.index;
    if (inside(at)) continue;
    const before = text.slice(Math.max(0, at - 12), at);
    if (/(?:^|\s)(?:\d{1,2}|z\.\s?B|u\.\s?a|bzw|Nr|Dr|Prof|St|vgl|ca|etc|Mio|Mrd|Jh)$/u.test(before)) continue;
    const end = at + m[0].trimEnd().length;
    spans.push({ start, end });
    start = at + m[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.length });
  return spans;
}

