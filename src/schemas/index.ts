/**
 * The schema of every content collection, keyed by the vocabulary's collection names: the one
 * place where schemas are assembled. The content check validates every file with them
 * (src/content-check/read-content.ts), and the graph takes its data types from them.
 */
import type { z } from 'astro/zod';
import type { CollectionName } from '../model/vocabulary.ts';
import { briefingSchema } from './briefing.ts';
import { countrySchema, organisationSchema, personSchema, placeSchema } from './entity.ts';
import { eventSchema } from './event.ts';
import { sourceSchema } from './source.ts';
import { statementSchema } from './statement.ts';
import { termsSchema } from './terms.ts';

export const SCHEMAS = {
  person: personSchema,
  country: countrySchema,
  place: placeSchema,
  organisation: organisationSchema,
  event: eventSchema,
  source: sourceSchema,
  statement: statementSchema,
  briefing: briefingSchema,
  terms: termsSchema,
} as const satisfies Record<CollectionName, z.ZodType>;

/** The validated data of one collection's entries. */
export type CollectionData<C extends CollectionName> = z.output<(typeof SCHEMAS)[C]>;
