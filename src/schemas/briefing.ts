import { z } from 'astro/zod';
import { changeDay, citedText, requiredText, slug } from './fields.ts';

/** The home page: a one-screen briefing written by an editor, every sentence cited. */
export const briefingSchema = z.object({
  /** The briefing's headline. */
  title: requiredText(),
  /** What happened, in two or three sentences. */
  lead: citedText,
  /** Why it matters: short points. */
  points: z.array(citedText).min(1),
  /** The actors a reader should know first, by entity id. */
  keyActors: z.array(slug).min(1),
  /**
   * The day an editor last brought the briefing up to date. A source added after it makes the
   * build warn that the briefing may not cover it yet (src/content-check/content-warnings.ts).
   */
  updated: changeDay,
});
