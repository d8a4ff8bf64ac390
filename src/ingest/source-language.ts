/**
 * The language tag of an imported article (`language` of the source, the `lang` of its text on
 * the page): which German it is written in, read from its spelling and its agencies. Swiss German
 * never writes «ß»; an agency's home says the rest where the spelling does not («dass» is
 * written alike). Every source used to be tagged de-CH, also a dpa text with «Straße».
 */
const AUSTRIAN = /(?:^|\/)(?:APA|Kathpress)(?:\/|$)/u;
const SWISS = /(?:^|\/)Keystone-SDA(?:\/|$)/u;
const GERMAN = /(?:^|\/)(?:dpa|dpa-AFX|KNA|epd|dts|ddp)(?:\/|$)/u;

/** de-CH, de-DE or de-AT for an article with these paragraphs and this credit (agencies as read-credit.ts writes them, or undefined). */
export function sourceLanguage(paragraphs: readonly string[], credit: string | undefined): 'de-CH' | 'de-DE' | 'de-AT' {
  const agencies = credit ?? '';
  if (paragraphs.some((p) => p.includes('ß'))) return AUSTRIAN.test(agencies) ? 'de-AT' : 'de-DE';
  if (SWISS.test(agencies)) return 'de-CH';
  if (AUSTRIAN.test(agencies)) return 'de-AT';
  if (GERMAN.test(agencies)) return 'de-DE';
  // International agencies or none: the house's own German.
  return 'de-CH';
}

/**
 * The country whose federal offices an unqualified «Bundeskanzler», «Bundespräsident» or
 * «Bundesrat» in the article means: the agency's home (Keystone-SDA: Schweiz, APA: Österreich,
 * dpa: Deutschland), or a German spelling with «ß» (Deutschland, Österreich with APA); undefined
 * for international agencies, whose «Bundeskanzler» could be any of them.
 */
export function homeCountry(paragraphs: readonly string[], credit: string | undefined): 'Schweiz' | 'Deutschland' | 'Österreich' | undefined {
  const agencies = credit ?? '';
  if (SWISS.test(agencies)) return 'Schweiz';
  if (AUSTRIAN.test(agencies)) return 'Österreich';
  if (GERMAN.test(agencies) || paragraphs.some((p) => p.includes('ß'))) return 'Deutschland';
  return undefined;
}
