import type { z } from 'astro/zod';
import type { briefingSchema } from '../schemas/briefing.ts';
import type { countrySchema, organisationSchema, personSchema, placeSchema } from '../schemas/entity.ts';
import type { eventSchema } from '../schemas/event.ts';
import type { sourceSchema } from '../schemas/source.ts';
import type { statementSchema } from '../schemas/statement.ts';
import type { RelationType, Section } from '../i18n/de-CH.ts';
import type { SourceParagraph } from '../markdown/source-paragraphs.ts';

export type PersonData = z.output<typeof personSchema>;
export type CountryData = z.output<typeof countrySchema>;
export type PlaceData = z.output<typeof placeSchema>;
export type OrganisationData = z.output<typeof organisationSchema>;
export type EventData = z.output<typeof eventSchema>;
export type SourceData = z.output<typeof sourceSchema>;
export type StatementData = z.output<typeof statementSchema>;
export type BriefingData = z.output<typeof briefingSchema>;
export type EntityData = PersonData | CountryData | PlaceData | OrganisationData;

/** One content file as the loader hands it over: id, where it came from, validated data. */
export interface InputEntry<D> {
  id: string;
  /** Path of the content file, as shown in error messages. */
  filePath: string;
  data: D;
  /** Raw MDX body; needed for sources, whose paragraphs are cited. */
  body?: string;
}

export interface DossierInput {
  sources: InputEntry<SourceData>[];
  people: InputEntry<PersonData>[];
  countries: InputEntry<CountryData>[];
  places: InputEntry<PlaceData>[];
  organisations: InputEntry<OrganisationData>[];
  events: InputEntry<EventData>[];
  statements: InputEntry<StatementData>[];
  briefing: InputEntry<BriefingData>[];
}

export type EntityKind = 'person' | 'country' | 'place' | 'organisation';
export type NodeKind = EntityKind | 'event' | 'source';

interface NodeBase {
  id: string;
  filePath: string;
  section: Section;
  /** Page title: an entity's name, an event's or source's title. */
  title: string;
}

export interface EntityNode extends NodeBase {
  kind: EntityKind;
  data: EntityData;
}

export interface EventNode extends NodeBase {
  kind: 'event';
  data: EventData;
}

export interface SourceNode extends NodeBase {
  kind: 'source';
  data: SourceData;
  paragraphs: SourceParagraph[];
}

export type DossierNode = EntityNode | EventNode | SourceNode;

export interface StatementNode {
  id: string;
  filePath: string;
  data: StatementData;
}

/** A typed link from one page's subject to another's. */
export interface Edge {
  from: string;
  to: string;
  type: RelationType;
  /** For `funktion`: the office. */
  role?: string;
  /** Paragraphs that state the link. */
  cite: string[];
}

/** A resolved citation: the paragraph itself, ready to link to and quote from. */
export interface ResolvedCitation {
  /** As written in content: `quelle#p3`. */
  key: string;
  source: SourceNode;
  paragraph: SourceParagraph;
}

export interface ValidationIssue {
  /** Content file the problem is in. */
  file: string;
  /** Field path inside that file, e.g. `relations[0].target`. */
  field: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
}
