/**
 * An entry's id is its file name without extension. It is also its URL segment, so it must be
 * a readable slug; we do not slugify silently, because a renamed URL would break shared links.
 */
/** An id: lower-case letters, digits, single hyphens between them. The one definition. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A file's name without folder and extension: the id it stands for, if it is a valid slug. */
export function idOfFile(fileName: string): string {
  return fileName.replace(/^.*\//, '').replace(/\.[^.]*$/, '');
}

/** The id of an entry file; throws with a German message and hint if the name is no valid slug. */
export function entryIdFromFile(fileName: string, displayPath: string): string {
  const base = idOfFile(fileName);
  if (!SLUG_PATTERN.test(base)) {
    throw new Error(
      `${displayPath}: der Dateiname «${base}» taugt nicht als Kürzel.\nHinweis: Nur Kleinbuchstaben a-z, Ziffern und Bindestriche verwenden, Umlaute umschreiben (ö -> oe), z. B. «pjoengjang.mdx».`,
    );
  }
  return base;
}
