/**
 * The one place where Astro's content collections become the dossier graph. Every page awaits
 * `loadDossier()`; the graph is built and validated once per build, and an inconsistent dossier
 * stops the build with every problem listed (file, field, what is wrong, how to fix it).
 */
import { getCollection } from 'astro:content';
import { AstroError } from 'astro/errors';
import { buildDossierGraph, formatIssues } from './build-graph.ts';
import type { Dossier } from './dossier.ts';
import type { InputEntry } from './types.ts';
import { siteConfig } from '../site.config.ts';

type LoadedEntry<D> = { id: string; filePath?: string; data: D; body?: string };

function toInput<D>(entries: LoadedEntry<D>[]): InputEntry<D>[] {
  return entries
    .filter((e) => siteConfig.includeDrafts || !(e.data as { draft?: boolean }).draft)
    .map((e) => ({ id: e.id, filePath: e.filePath ?? e.id, data: e.data, body: e.body }));
}

async function load(): Promise<Dossier> {
  const [sources, people, countries, places, organisations, events, statements, briefing] = await Promise.all([
    getCollection('sources'),
    getCollection('people'),
    getCollection('countries'),
    getCollection('places'),
    getCollection('organisations'),
    getCollection('events'),
    getCollection('statements'),
    getCollection('briefing'),
  ]);
  const { dossier, issues } = buildDossierGraph({
    sources: toInput(sources),
    people: toInput(people),
    countries: toInput(countries),
    places: toInput(places),
    organisations: toInput(organisations),
    events: toInput(events),
    statements: toInput(statements),
    briefing: toInput(briefing),
  });
  if (issues.length > 0) {
    throw new AstroError(
      formatIssues(issues),
      'Die genannten Dateien korrigieren und erneut bauen. Das Dossier wird nie mit unaufgelösten Verweisen oder falschen Belegen veröffentlicht.',
    );
  }
  return dossier;
}

let loading: Promise<Dossier> | undefined;

export function loadDossier(): Promise<Dossier> {
  loading ??= load();
  return loading;
}
