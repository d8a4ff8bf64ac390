/**
 * The remark plugin that links mentions runs while Astro compiles a source's MDX, before the
 * collections can be queried, so it reads the entities' names and aliases from the content
 * folder itself. Only these three fields are read; everything else about an entity, and the
 * check that names and aliases are unique, belongs to the dossier graph.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { MentionTarget } from './mention-matcher.ts';
import { siteConfig } from '../site.config.ts';
import { readFrontmatter } from '../io/files.ts';
import { ENTITY_KINDS, isCollectionFile, KIND, type EntityKind } from '../model/vocabulary.ts';
import { idOfFile, SLUG_PATTERN } from '../model/entry-id.ts';

export interface LinkableTarget extends MentionTarget {
  kind: EntityKind;
  /** The functions a person holds (relations of type `funktion`): the role and the entry it is held in («Machthaber» of nordkorea). */
  functions?: { role: string; target: string }[];
}


const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

let cached: { contentDir: string; signature: string; targets: LinkableTarget[] } | undefined;

/**
 * A build compiles every source once and its content does not change meanwhile; checking every
 * entity file's time stamp for each of thousands of sources made the build quadratic (3 000
 * sources × 1 000 entities: 3 million stat calls). So a build (Astro runs it with NODE_ENV
 * production) reads the folder once; the dev server and the tests keep checking on every call,
 * so an edited entity is linked at once.
 */
const readOncePerProcess = () => process.env.NODE_ENV === 'production';

export function readMentionTargets(contentDir: string): LinkableTarget[] {
  if (readOncePerProcess() && cached?.contentDir === contentDir) return cached.targets;
  const files = ENTITY_KINDS.flatMap((kind) => {
    const dir = path.join(contentDir, KIND[kind].folder);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return [];
    }
    return names
      .filter((name) => isCollectionFile(kind, name) && SLUG_PATTERN.test(idOfFile(name)))
      .map((name) => ({ kind, file: path.join(dir, name), id: idOfFile(name) }));
  });
  // Re-read only when an entity file changed (the dev server compiles sources repeatedly).
  const signature = files.map((f) => `${f.file}:${statSync(f.file).mtimeMs}`).join('|');
  if (cached?.contentDir === contentDir && cached.signature === signature) return cached.targets;
  const targets = files.flatMap(({ kind, file, id }) => {
    const data = readFrontmatter(file);
    // Drafts are not published, so the published text must not link to them.
    if (data.draft === true && !siteConfig.includeDrafts) return [];
    return {
      id,
      kind,
      name: typeof data.name === 'string' ? data.name : id,
      aliases: strings(data.aliases),
      spellings: strings(data.spellings),
      adjective: typeof data.adjective === 'string' ? data.adjective : undefined,
      functions: (Array.isArray(data.relations) ? data.relations : []).flatMap((r: { type?: unknown; role?: unknown; target?: unknown }) =>
        r && r.type === 'funktion' && typeof r.role === 'string' && typeof r.target === 'string' ? [{ role: r.role, target: r.target }] : [],
      ),
    };
  });
  // The same order as the dossier graph (by id), so both resolve any clash alike.
  targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  cached = { contentDir, signature, targets };
  return targets;
}
