import { z } from 'astro/zod';
import { changeDays, dossierDate, missingOr, requiredText, slug } from './fields.ts';

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
  /** Where the article was published, if known: a web address (`http:` or `https:` only; a `javascript:` or `file:` address is no source). */
  url: z.url({ protocol: /^https?$/, error: 'muss eine Webadresse sein, die mit http:// oder https:// beginnt' }).optional(),
  /**
   * How many paragraphs the body has. Anchors are numbered `#p1`, `#p2`, …; this count makes the
   * build fail if a paragraph is added or removed, which would silently move every later anchor.
   */
  paragraphs: z.number({ error: missingOr('muss eine Zahl sein') }).int().min(1),
  /** Fingerprint of the imported text (set by `npm run ingest`); a second import of it changes nothing. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/).optional(),
  /** Name of the file the article was imported from. */
  importedFrom: z.string().optional(),
  /**
   * Corrections to automatic mention links, per paragraph: `link: false` keeps `text` unlinked;
   * `link: <id>` links the first occurrence of `text` to that entry.
   */
  mentions: z
    .array(
      z.object({
        /** Paragraph number (the N of #pN). */
        paragraph: z.number({ error: missingOr('muss eine Absatznummer sein') }).int().min(1),
        /** The words exactly as they stand in the paragraph. */
        text: requiredText(),
        /** The entry to link to, or `false` for no link. */
        link: z.union([slug, z.literal(false)], { error: missingOr('muss ein Kürzel oder false sein') }),
      }),
    )
    .default([]),
  ...changeDays,
});
