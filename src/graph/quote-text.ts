/**
 * What "verbatim" means for a quote: the same characters, except that runs of whitespace count
 * as one space and every style of quotation mark counts as the same mark.
 */
const QUOTE_MARKS = /[«»‹›„“”‟"‚‘’‛'`´]/g;

export function normaliseForQuote(text: string): string {
  return text.normalize('NFC').replace(QUOTE_MARKS, '"').replace(/\s+/g, ' ').trim();
}
