/** Which content collection holds each kind of entry. */
import type { Section } from '../i18n/de-CH.ts';
import type { NodeKind } from '../graph/types.ts';

export const COLLECTION_OF_KIND = {
  person: 'people',
  country: 'countries',
  place: 'places',
  organisation: 'organisations',
  event: 'events',
  source: 'sources',
} as const satisfies Record<NodeKind, string>;

/** The sections that hold entities (as opposed to events and sources). */
export const ENTITY_SECTIONS = ['personen', 'laender', 'orte', 'organisationen'] as const satisfies readonly Section[];
export type EntitySection = (typeof ENTITY_SECTIONS)[number];

/** Order of the main navigation and the index cards: events first, sources last. */
export const SECTION_ORDER = ['ereignisse', ...ENTITY_SECTIONS, 'quellen'] as const satisfies readonly Section[];
