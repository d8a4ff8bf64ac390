import { z } from 'astro/zod';
import { STATEMENT_KINDS } from '../model/vocabulary.ts';
import { changeDays, citation, oneOf, requiredText, slug } from './fields.ts';

/** What someone said, with the chain it reached us through. */
export const statementSchema = z.object({
  /** `zitat`: words in quotation marks in the source; `aussage`: reported speech. */
  kind: z.enum(STATEMENT_KINDS, { error: oneOf(STATEMENT_KINDS) }),
  /** For a `zitat`, the quoted words exactly as in the paragraph; the build checks them. */
  quote: requiredText(),
  /** The sentence around the quote, paraphrased soberly, so the quote reads in context. */
  context: requiredText().optional(),
  /** Who said it, by entity id. */
  speaker: slug,
  /**
   * How the source names the statement's form, in its own words, as it stands in the paragraph:
   * «in einer Erklärung». Shown after the speaker; the build checks it stands in the paragraph.
   */
  form: requiredText().optional(),
  /**
   * Whose words or position the statement gives, where the speaker reports someone else's (the
   * ministry's statement on Lawrow's praise): by entity id.
   */
  reports: slug.optional(),
  /** Who passed it on, nearest to the speaker first (e.g. the ministry, then nobody else). */
  via: z.array(slug).default([]),
  /** Entities the statement is about. */
  about: z.array(slug).default([]),
  /** The event at which, or about which, it was said. */
  event: slug.optional(),
  /** The one paragraph that reports it. */
  cite: citation,
  ...changeDays,
});
