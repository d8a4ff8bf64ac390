/** The shapes of the dossier graph: its input (validated content files), nodes, edges, issues. */
import type { CollectionData } from '../schemas/index.ts';
import type { CollectionName, EntityKind, RelationType, Section } from '../model/vocabulary.ts';
import type { SourceParagraph } from '../markdown/source-paragraphs.ts';
import type { ComponentUse } from '../model/editor-components.ts';

export type PersonData = CollectionData<'person'>;
export type CountryData = CollectionData<'country'>;
export type PlaceData = CollectionData<'place'>;
export type OrganisationData = CollectionData<'organisation'>;
export type EventData = CollectionData<'event'>;
export type SourceData = CollectionData<'source'>;
export type StatementData = CollectionData<'statement'>;
export type BriefingData = CollectionData<'briefing'>;
export type TermsData = CollectionData<'terms'>;
export type EntityData = PersonData | CountryData | PlaceData | OrganisationData;

/** One content file as the loader hands it over: id, where it came from, validated data. */
export interface InputEntry<D> {
  id: string;
  /** Path of the content file, as shown in error messages. */
  filePath: string;
  data: D;
  /** Raw MDX body; needed for sources, whose paragraphs are cited. */
  body?: string;
  /** The line of the file the body starts on, where known (for messages about the body). */
  bodyLine?: number;
}

/** Every collection's entries, as loaded: the graph's whole input. */
export type DossierInput = { [C in CollectionName]: InputEntry<CollectionData<C>>[] };

interface NodeBase {
  id: string;
  filePath: string;
  section: Section;
  /** Page title: an entity's name, an event's or source's title. */
  title: string;
  /** The content file's Markdown body (a source's text, an entity's editor notes); '' when it has none. */
  body: string;
  /** The line of the file the body starts on, where known. */
  bodyLine?: number;
  /** The editors' components the body uses (never a source's: its text is verbatim). */
  components: ComponentUse[];
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
  /** Line in the file (1-based), where known. */
  line?: number;
  /**
   * The id of the entry whose absence is the problem (a reference or citation to nothing, the
   * missing briefing): when that entry's own file was rejected, this problem is a consequence.
   */
  missing?: string;
  /** What is wrong. */
  message: string;
  /** How to fix it. */
  hint: string;
}
