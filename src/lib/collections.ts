/** Which content collection holds each kind of entry. */
import type { NodeKind } from './graph/types.ts';

export const COLLECTION_OF_KIND = {
  person: 'people',
  country: 'countries',
  place: 'places',
  organisation: 'organisations',
  event: 'events',
  source: 'sources',
} as const satisfies Record<NodeKind, string>;
