/**
 * The dossier's vocabulary, in one place: the kinds of entry, where their files live, where
 * their pages are, which pictures they get, how entries relate to each other and which kinds of
 * event and statement there are. Schemas, content collections, routes, the graph and its checks,
 * ingest, mention reading, cards and the interface texts all derive from these tables; no other
 * source file spells a content folder or a relation type's rules.
 *
 * Three spellings are in use, each for its own audience: the kind (`person`) in code and as the
 * content collection's name, the folder (`personen`) in `content/` and, the same word, as the
 * URL section (`/personen/…/`), because editors and readers see both and should see one word.
 */

/** Every kind of entry that has a page of its own, in the order of the dossier's indexes. */
export const KINDS = ['person', 'country', 'place', 'organisation', 'event', 'source'] as const;
export type Kind = (typeof KINDS)[number];

/** The kinds that are things named in the texts (as opposed to events and the texts themselves). */
export const ENTITY_KINDS = ['person', 'country', 'place', 'organisation'] as const satisfies readonly Kind[];
export type EntityKind = (typeof ENTITY_KINDS)[number];

interface KindSpec {
  /** Folder under the content directory, and the URL section of the kind's pages. */
  folder: string;
  /** Extensions of the folder's entry files. */
  extensions: readonly string[];
  /** `og:type` of an entry's page: `article` for what is dated and shared as news. */
  ogType: 'article' | 'website';
  /** Pages of this kind show a locator map (where the entry has a position or an ISO code). */
  map: boolean;
  /** Pages of this kind show a relation graph. */
  relationGraph: boolean;
}

export const KIND = {
  person: { folder: 'personen', extensions: ['md', 'mdx'], ogType: 'website', map: false, relationGraph: true },
  country: { folder: 'laender', extensions: ['md', 'mdx'], ogType: 'website', map: true, relationGraph: false },
  place: { folder: 'orte', extensions: ['md', 'mdx'], ogType: 'website', map: true, relationGraph: false },
  organisation: { folder: 'organisationen', extensions: ['md', 'mdx'], ogType: 'website', map: false, relationGraph: false },
  event: { folder: 'ereignisse', extensions: ['md', 'mdx'], ogType: 'article', map: true, relationGraph: true },
  source: { folder: 'quellen', extensions: ['mdx'], ogType: 'article', map: false, relationGraph: false },
} as const satisfies Record<Kind, KindSpec>;

/** The URL section of a kind's pages, e.g. `personen`: the same word as its content folder. */
export type Section = (typeof KIND)[Kind]['folder'];

export function sectionOf(kind: Kind): Section {
  return KIND[kind].folder;
}

const KIND_OF_SECTION = new Map<string, Kind>(KINDS.map((kind) => [KIND[kind].folder, kind]));

/** The kind whose pages live under `section`, or undefined. */
export function kindOfSection(section: string): Kind | undefined {
  return KIND_OF_SECTION.get(section);
}

/** Order of the main navigation, the index cards and the home page's sections: events first, sources last. */
export const NAVIGATION_ORDER = ['event', ...ENTITY_KINDS, 'source'] as const satisfies readonly Kind[];

/**
 * The folder of the editors' images (<Abbildung src="…">), inside the content folder; the
 * resized images are published under the same name below the site's base path.
 */
export const IMAGES_FOLDER = 'bilder';

/** The image formats an <Abbildung> takes, by file extension. */
export const IMAGE_EXTENSIONS = ['png', 'jpg', 'jpeg', 'webp'] as const;

/**
 * Every content collection: the page kinds, and three that feed pages without being pages
 * themselves: statements (shown on the pages of their speaker, event …), the briefing of the
 * home page and the editors' search terms. The collection's name is the kind's.
 */
export const COLLECTION = {
  ...KIND,
  statement: { folder: 'aussagen', extensions: ['yaml'] },
  /** One file, `dossier.yaml`, at the top of the content folder. */
  briefing: { folder: '.', extensions: ['yaml'], baseName: 'dossier' },
  /** The editors' search terms, `begriffe.yaml`, at the top of the content folder; optional. */
  terms: { folder: '.', extensions: ['yaml'], baseName: 'begriffe' },
} as const satisfies Record<string, { folder: string; extensions: readonly string[]; baseName?: string }>;
export type CollectionName = keyof typeof COLLECTION;

/**
 * Where ingest puts drafts for review (`entwuerfe/<source id>/*.yaml`), below the content folder
 * and outside every collection: the build never publishes them (src/ingest/drafts.ts).
 */
export const DRAFTS_FOLDER = 'entwuerfe';
export const COLLECTION_NAMES = Object.keys(COLLECTION) as CollectionName[];

function collectionFiles(name: CollectionName): { baseName?: string; extensions: readonly string[] } {
  return COLLECTION[name];
}

/** The glob of a collection's entry files in its folder, e.g. `*.{md,mdx}`, as Astro's loader takes it. */
export function collectionGlob(name: CollectionName): string {
  const { baseName, extensions } = collectionFiles(name);
  return `${baseName ?? '*'}.${extensions.length > 1 ? `{${extensions.join(',')}}` : extensions[0]}`;
}

/** Whether a file name (no folder) is an entry file of the collection. */
export function isCollectionFile(name: CollectionName, fileName: string): boolean {
  const { baseName, extensions } = collectionFiles(name);
  const dot = fileName.lastIndexOf('.');
  return dot > 0 && extensions.includes(fileName.slice(dot + 1)) && (baseName === undefined || fileName.slice(0, dot) === baseName);
}

/** A content file's path as editors see it, e.g. `content/personen/` for a kind's folder. */
export function contentFolderLabel(collection: CollectionName): string {
  const { folder } = COLLECTION[collection];
  return folder === '.' ? 'content/' : `content/${folder}/`;
}

/** Kinds of event, as editors write them in `kind:`. */
export const EVENT_KINDS = [
  'besuch', 'treffen', 'konferenz', 'abkommen', 'waffenruhe', 'offensive', 'angriff', 'entsendung', 'lieferung', 'hilfe',
  'evakuierung', 'einbestellung', 'amtsantritt', 'erklaerung',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Kinds of statement: `zitat`, words in quotation marks in the source; `aussage`, reported speech. */
export const STATEMENT_KINDS = ['zitat', 'aussage'] as const;
export type StatementKind = (typeof STATEMENT_KINDS)[number];

interface EntityRelationRule {
  /** Kinds that may state the relation in their `relations:`. */
  from: readonly EntityKind[];
  /** Kinds it may point at. */
  to: readonly Kind[];
  /** The relation needs `role:` (the office, as the source names it). */
  needsRole: boolean;
}

/** Relations an entity states in its `relations:` field: who may state them, what they point at. */
export const ENTITY_RELATIONS = {
  funktion: { from: ['person'], to: ['country', 'organisation'], needsRole: true },
  'liegt-in': { from: ['place'], to: ['country', 'place'], needsRole: false },
  'grenzt-an': { from: ['place', 'country'], to: ['country', 'place'], needsRole: false },
  'steht-fuer': { from: ['place'], to: ['country', 'organisation'], needsRole: false },
  'gehoert-zu': { from: ['organisation'], to: ['country', 'organisation'], needsRole: false },
} as const satisfies Record<string, EntityRelationRule>;
export type EntityRelationType = keyof typeof ENTITY_RELATIONS;
export const ENTITY_RELATION_TYPES = Object.keys(ENTITY_RELATIONS) as [EntityRelationType, ...EntityRelationType[]];

/** Relations an event states through its fields: which field, which kinds it may point at. */
export const EVENT_RELATIONS = {
  ort: { field: 'place', to: ['place', 'country'] },
  teilnehmer: { field: 'participants', to: ['person', 'organisation'] },
  land: { field: 'countries', to: ['country'] },
} as const satisfies Record<string, { field: string; to: readonly Kind[] }>;
export type EventRelationType = keyof typeof EVENT_RELATIONS;
export const EVENT_RELATION_TYPES = Object.keys(EVENT_RELATIONS) as EventRelationType[];

/** Citing a source is itself a relation: the source page lists every page that rests on it. */
export const CITES = 'zitiert';

/** Every typed link of the graph. */
export type RelationType = EntityRelationType | EventRelationType | typeof CITES;

/** What the fields of a statement may point at. */
export const STATEMENT_REFERENCES = {
  speaker: ['person', 'organisation', 'country'],
  reports: ['person', 'organisation', 'country'],
  via: ['person', 'organisation'],
  about: [...ENTITY_KINDS, 'event'],
  event: ['event'],
} as const satisfies Record<string, readonly Kind[]>;

/** Order of the groups of backlinks on a page («Personen mit Funktion», «Beteiligt an» …). */
export const BACKLINK_ORDER = ['funktion', 'teilnehmer', 'ort', 'land', 'liegt-in', 'gehoert-zu', 'steht-fuer', 'grenzt-an', CITES] as const satisfies readonly RelationType[];
