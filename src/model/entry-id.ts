/**
 * An entry's id is its file name without extension. It is also its URL segment, so it must be
 * a readable slug; we do not slugify silently, because a renamed URL would break shared links.
 */
/** An id: lower-case letters, digits, single hyphens between them. The one definition. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function entryIdFromFile(fileName: string, displayPath: string): string {
  const base = fileName.replace(/^.*\//, '').replace(/\.(mdx?|ya?ml)$/i, '');
  if (!SLUG_PATTERN.test(base)) {
    throw new Error(
      `${displayPath}: der Dateiname «${base}» taugt nicht als Kürzel.\nHinweis: Nur Kleinbuchstaben a-z, Ziffern und Bindestriche verwenden, Umlaute umschreiben (ö -> oe), z. B. «pjoengjang.mdx».`,
    );
  }
  return base;
}
