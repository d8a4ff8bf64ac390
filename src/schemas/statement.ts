import { z } from 'astro/zod';
import { STATEMENT_KINDS } from '../model/vocabulary.ts';
import { citation, oneOf, requiredText, slug } from './fields.ts';

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
  /** Who passed it on, nearest to the speaker first (e.g. the ministry, then nobody else). */
  via: z.array(slug).default([]),
  /** Entities the statement is about. */
  about: z.array(slug).default([]),
  /** The event at which, or about which, it was said. */
  event: slug.optional(),
  /** The one paragraph that reports it. */
  cite: citation,
});
