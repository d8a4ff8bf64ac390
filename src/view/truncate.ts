/**
 * Shortens text to at most `max` characters (ellipsis included), cutting at a word boundary
 * where one is reasonably near, never inside a word, and without trailing punctuation.
 */
export function truncateAtWord(text: string, max: number, ellipsis = ' …'): string {
  if (text.length <= max) return text;
  const room = max - ellipsis.length;
  const strip = (s: string) => s.replace(/[\s,;:.–-]+$/u, '');
  let best = '';
  for (const match of text.matchAll(/\s/gu)) {
    const head = strip(text.slice(0, match.index));
    if (head.length > room) break;
    best = head;
  }
  const head = best.length > room / 2 ? best : strip(text.slice(0, room));
  return `${head}${ellipsis}`;
}
