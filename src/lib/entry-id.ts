/**
 * An entry's id is its file name without extension. It is also its URL segment, so it must be
 * a readable slug; we do not slugify silently, because a renamed URL would break shared links.
 */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function entryIdFromFile(fileName: string, displayPath: string): string {
  const base = fileName.replace(/^.*\//, '').replace(/\.(mdx?|ya?ml)$/i, '');
  if (!SLUG.test(base)) {
    throw new Error(
      `${displayPath}: der Dateiname «${base}» taugt nicht als Kürzel.\nHinweis: Nur Kleinbuchstaben a-z, Ziffern und Bindestriche verwenden, Umlaute umschreiben (ö -> oe), z. B. «pjoengjang.mdx».`,
    );
  }
  return base;
}
