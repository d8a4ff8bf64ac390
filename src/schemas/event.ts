import { z } from 'astro/zod';
import { EVENT_KINDS } from '../model/vocabulary.ts';
import { changeDays, citations, citedText, dossierDate, oneOf, requiredText, slug } from './fields.ts';

export const eventSchema = z.object({
  /** A sober headline: who did what, where. */
  title: requiredText(),
  /** When, no more precise than the source; omitted where the source gives no time at all. */
  date: dossierDate.optional(),
  /** Why the date is what it is, where a reader could wonder (e.g. derived from "im April"). */
  dateNote: requiredText().optional(),
  /** What kind of event this is. */
  kind: z.enum(EVENT_KINDS, { error: oneOf(EVENT_KINDS) }),
  /** Where it happened: a place, or a country where the source names no place. */
  place: slug.optional(),
  /** People and organisations that took part. */
  participants: z.array(slug).default([]),
  /** Countries involved. */
  countries: z.array(slug).default([]),
  /** Former ids (URL segments) of this event; each keeps working as a redirect, so shared links never break. */
  formerSlugs: z.array(slug).default([]),
  /** One or two sentences on what happened. */
  summary: requiredText(),
  /** The paragraphs the summary rests on. */
  cite: citations,
  /** Further facts, each with its own evidence. */
  facts: z.array(citedText).default([]),
  /**
   * Where sources disagree (on a figure, a date, a wording: «tausende» against «mehr als
   * 10'000»): each source's account in its own words, with its citation, shown side by side as
   * «Angaben gehen auseinander». Each account cites one source, and no two accounts the same.
   */
  accounts: z.array(z.object({ text: requiredText(), cite: citations })).default([]),
  ...changeDays,
});
