/**
 * The remark plugin that links mentions runs while Astro compiles a source's MDX, before the
 * collections can be queried, so it reads the entities' names and aliases from the content
 * folder itself. Only these three fields are read; everything else about an entity, and the
 * check that names and aliases are unique, belongs to the dossier graph.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Section } from '../i18n/de-CH.ts';
import type { MentionTarget } from './mention-matcher.ts';
import { siteConfig } from '../site.config.ts';
import { readFrontmatter } from '../io/files.ts';
import { ENTITY_SECTIONS } from '../model/kinds.ts';
import { SLUG_PATTERN } from '../model/entry-id.ts';

export interface LinkableTarget extends MentionTarget {
  section: Section;
}

const SLUG_FILE = new RegExp(`^(${SLUG_PATTERN.source.slice(1, -1)})\\.mdx?$`);

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
  const files = ENTITY_SECTIONS.flatMap((section) => {
    const dir = path.join(contentDir, section);
    let names: string[] = [];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return [];
    }
    return names.filter((n) => SLUG_FILE.test(n)).map((name) => ({ section, file: path.join(dir, name), id: SLUG_FILE.exec(name)![1]! }));
  });
  // Re-read only when an entity file changed (the dev server compiles sources repeatedly).
  const signature = files.map((f) => `${f.file}:${statSync(f.file).mtimeMs}`).join('|');
  if (cached?.contentDir === contentDir && cached.signature === signature) return cached.targets;
  const targets = files.flatMap(({ section, file, id }) => {
    const data = readFrontmatter(file);
    // Drafts are not published, so the published text must not link to them.
    if (data.draft === true && !siteConfig.includeDrafts) return [];
    return {
      id,
      section,
      name: typeof data.name === 'string' ? data.name : id,
      aliases: strings(data.aliases),
      adjective: typeof data.adjective === 'string' ? data.adjective : undefined,
    };
  });
  // The same order as the dossier graph (by id), so both resolve any clash alike.
  targets.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  cached = { contentDir, signature, targets };
  return targets;
}
