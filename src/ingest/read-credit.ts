/**
 * The agency credit of an article, read only from what the text itself prints: a dateline
 * («PEKING (dpa-AFX) -», «Seoul (Reuters) -», «Rom/Kiew (kath.net/KAP)», «(Keystone-SDA) …»),
 * a closing credit in brackets («(sda)», «(dpa/jW)», «(APA/dpa/sda)», «(apa/red)»), dpa-AFX's
 * closing initials («/fk/DP/stk»), or a credit line of its own («© AFP», «KNA», «Quelle: KNA»,
 * «© dpa-infocom, dpa:…», «Copyright … KATHPRESS …», «dpa/fsi»). Only agencies the table below
 * knows count, so that editors' initials («jW», «red») and outlets («kath.net») are never taken
 * for one, and nothing is invented where the text names none.
 */

/** Agencies by the tokens that name them in credits (lower case), with the name the dossier writes. */
const AGENCIES: Record<string, string> = {
  dpa: 'dpa', 'dpa-infocom': 'dpa', 'dpa-afx': 'dpa-AFX', afp: 'AFP', ap: 'AP', apa: 'APA', reuters: 'Reuters',
  sda: 'Keystone-SDA', 'keystone-sda': 'Keystone-SDA', ats: 'Keystone-SDA', kna: 'KNA', kap: 'Kathpress', kathpress: 'Kathpress',
  dts: 'dts', epd: 'epd', ddp: 'ddp', ansa: 'ANSA', efe: 'EFE', upi: 'UPI', 'ap/dpa': 'AP/dpa',
};

export interface Credit {
  /** The agencies, as the dossier writes them, joined by «/» in the order the text names them («APA/dpa/Keystone-SDA»). */
  text: string;
  /** Where the credit stands: 1-based paragraph and offsets in it. */
  paragraph: number;
  start: number;
  end: number;
}

/** The agencies a credit's words name, in the dossier's spelling and order; '' if none. */
export function canonicalCredit(words: string): string {
  const names: string[] = [];
  for (const token of words.toLocaleLowerCase('de-CH').split(/[\s/,;()]+|(?<=\p{L})\.(?=\s|$)/u)) {
    const cleaned = token.replace(/^[©:]+|[:.]+$/gu, '').replace(/nachrichtenagentur$/u, '');
    const name = AGENCIES[cleaned];
    if (name && !names.includes(name)) names.push(name);
  }
  return names.join('/');
}

const DATELINE = /^[^\s(][^()\n]{0,60}?\s*\(([^()]{2,40})\)\s*(?:[-–‐—]\s|(?=\p{Lu}))/u;
const OPENING = /^\(([^()]{2,40})\)\s/u;
const CLOSING_BRACKETS = /\(([^()]{2,40})\)\s*$/u;
/** dpa-AFX's closing initials: «./fko/DP/zb», «/ax/bw/DP/jha». */
const CLOSING_INITIALS = /(?:^|[.\s])((?:\/\p{L}{1,4})+\/DP(?:\/\p{L}{1,4})+)\s*$/u;
/** A credit line of its own, or a last «dpa/fsi» after the final sentence. */
const CREDIT_LINE = /^(?:©\s*|Quelle:\s*|Copyright\s+\d{4}\s+)?(.{2,80})$/u;
const TRAILING_AGENCY = /[.!?»“"]\s+(\p{L}[\p{L}-]*(?:\/\p{L}{1,5})+)\s*$/u;

/** The article's credit, or undefined where the text names no agency. */
export function readCredit(paragraphs: readonly string[]): Credit | undefined {
  const last = paragraphs.length;
  const lastText = paragraphs[last - 1] ?? '';
  const tries: (() => Credit | undefined)[] = [
    () => fromMatch(CLOSING_BRACKETS.exec(lastText), last, 1),
    () => {
      const m = CLOSING_INITIALS.exec(lastText);
      return m ? { text: 'dpa-AFX', paragraph: last, start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length } : undefined;
    },
    () => fromMatch(TRAILING_AGENCY.exec(lastText), last, 1),
    () => (lastText.length <= 160 ? fromMatch(CREDIT_LINE.exec(lastText), last, 0) : undefined),
    () => fromMatch(OPENING.exec(paragraphs[0] ?? ''), 1, 1),
    () => fromMatch(DATELINE.exec(paragraphs[0] ?? ''), 1, 1),
    // A first paragraph that is a heading («Kurienerzbischof …») puts the dateline in the second.
    () => fromMatch(DATELINE.exec(paragraphs[1] ?? ''), 2, 1),
  ];
  for (const attempt of tries) {
    const credit = attempt();
    if (credit) return credit;
  }
  return undefined;
}

function fromMatch(match: RegExpExecArray | null, paragraph: number, group: number): Credit | undefined {
  if (!match) return undefined;
  const words = match[group]!;
  const text = canonicalCredit(words);
  if (text === '') return undefined;
  const start = match.index + match[0].indexOf(words);
  return { text, paragraph, start, end: start + words.length };
}
