/**
 * Characters XML 1.0 does not allow: C0 controls but tab, line feed and carriage return, the
 * noncharacters U+FFFE and U+FFFF, and surrogates that are not part of a pair. One of them in a
 * headline made `feed.xml` ill-formed, and strict feed readers refused the whole feed; the XML
 * outputs (feed, sitemap) leave them out, whatever the content holds.
 */

const NOT_IN_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters XML 1.0 does not allow (the rest unchanged, not escaped). */
export function xmlCharacters(text: string): string {
  return text.replace(NOT_IN_XML, '');
}

/** `text` as XML character data or attribute value: allowed characters only, `&`, `<`, `>`, `"` escaped. */
export function xmlText(text: string): string {
  return xmlCharacters(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
