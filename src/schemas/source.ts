import { z } from 'astro/zod';
import { dossierDate, missingOr, requiredText } from './fields.ts';

/** A source is an article; its MDX body is the article's text, verbatim, one paragraph per block. */
export const sourceSchema = z.object({
  /** The article's headline as published. */
  title: requiredText(),
  /** Publication date, as precise as known (the seed article: `2025-07`). */
  date: dossierDate,
  /** The agency credit as printed, e.g. `sda/afp`. */
  credit: requiredText(),
  /** Language of the text (BCP 47). */
  language: z.string().default('de-CH'),
  /** Where the article was published, if known. */
  url: z.url().optional(),
  /**
   * How many paragraphs the body has. Anchors are numbered `#p1`, `#p2`, …; this count makes the
   * build fail if a paragraph is added or removed, which would silently move every later anchor.
   */
  paragraphs: z.number({ error: missingOr('muss eine Zahl sein') }).int().min(1),
});
