/**
 * The one place where Astro's content collections become the dossier graph. Every page awaits
 * `loadDossier()`; the graph is built and validated once per build, and an inconsistent dossier
 * stops the build with every problem listed (file, field, what is wrong, how to fix it).
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { COLLECTION_NAMES, type CollectionName } from '../model/vocabulary.ts';
import { siteConfig } from '../site.config.ts';
import { writeBuildManifest } from '../integrations/build-manifest.ts';
import { buildDossierGraph, formatIssues } from './build-graph.ts';
import type { Dossier } from './dossier.ts';
import type { DossierInput, DossierNode, InputEntry } from './types.ts';

type AnyEntry = CollectionEntry<CollectionName>;

/** The Astro entry behind each node, kept to render its MDX body (a source's text, an entity's notes). */
const entryOfNode = new Map<string, AnyEntry>();

function published(entries: AnyEntry[]): AnyEntry[] {
  return entries.filter((e) => siteConfig.includeDrafts || !(e.data as { draft?: boolean }).draft);
}

function toInput(entry: AnyEntry): InputEntry<unknown> {
  return { id: entry.id, filePath: entry.filePath ?? entry.id, data: entry.data, body: entry.body };
}

async function load(): Promise<Dossier> {
  const collections = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, published(await getCollection(name))] as const));
  const input = Object.fromEntries(collections.map(([name, entries]) => [name, entries.map(toInput)])) as DossierInput;
  const { dossier, issues } = buildDossierGraph(input);
  if (issues.length > 0) {
    throw new AstroError(
      formatIssues(issues),
      'Die genannten Dateien korrigieren und erneut bauen. Das Dossier wird nie mit unaufgelösten Verweisen oder falschen Belegen veröffentlicht.',
    );
  }
  for (const [, entries] of collections) for (const entry of entries) if (dossier.get(entry.id)?.filePath === (entry.filePath ?? entry.id)) entryOfNode.set(entry.id, entry);
  // The post-build steps (cards, search guard, offline edition) read the graph's answers from
  // here; written only while `astro build` runs.
  writeBuildManifest(dossier);
  return dossier;
}

let loading: Promise<Dossier> | undefined;

/** The validated dossier graph of this build; throws an AstroError listing every problem of the content. */
export function loadDossier(): Promise<Dossier> {
  loading ??= load();
  return loading;
}

/**
 * The raw MDX body of a node's content file (an entity's editor notes, a source's text), or ''
 * when the file has none: for the page's cache key (src/view/page-digest.ts), since a body-less
 * entry is data and its page renders no content module Astro could compare.
 */
export function entryBody(node: DossierNode): string {
  return entryOfNode.get(node.id)?.body ?? '';
}

/**
 * The rendered MDX body of a node's content file, as a component: a source's verbatim text, an
 * entity's editor notes. Undefined when the file has no body but white space.
 */
export async function renderBody(node: DossierNode) {
  await loadDossier();
  const entry = entryOfNode.get(node.id);
  if (!entry?.body?.trim()) return undefined;
  return (await render(entry)).Content;
}
