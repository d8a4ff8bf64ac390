/**
 * Reads a content folder into the shape the dossier graph takes, without Astro: frontmatter and
 * YAML through the project's own schemas, entry ids from file names. Lets a test or a script run
 * the graph's whole validation over a generated corpus in a second instead of a build. Drafts
 * are left out, as the published build leaves them out.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';
import type { z } from 'astro/zod';
import { briefingSchema } from '../../../src/schemas/briefing.ts';
import { countrySchema, organisationSchema, personSchema, placeSchema } from '../../../src/schemas/entity.ts';
import { eventSchema } from '../../../src/schemas/event.ts';
import { sourceSchema } from '../../../src/schemas/source.ts';
import { statementSchema } from '../../../src/schemas/statement.ts';
import { entryIdFromFile } from '../../../src/model/entry-id.ts';
import type { DossierInput, InputEntry } from '../../../src/graph/types.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function readEntries<S extends z.ZodType>(dir: string, folder: string, pattern: RegExp, schema: S): InputEntry<z.output<S>>[] {
  let names: string[];
  try {
    names = readdirSync(path.join(dir, folder)).filter((n) => pattern.test(n)).sort();
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = path.join(dir, folder, name);
    const displayPath = path.join(folder, name);
    const text = readFileSync(file, 'utf8');
    let raw: unknown;
    let body: string | undefined;
    if (name.endsWith('.yaml')) {
      raw = parseYaml(text);
    } else {
      const match = FRONTMATTER.exec(text);
      raw = match ? parseYaml(match[1] ?? '') : {};
      body = match ? text.slice(match[0].length) : text;
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) throw new Error(`${displayPath}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const data = parsed.data as z.output<S>;
    if ((data as { draft?: boolean }).draft) return [];
    return [{ id: entryIdFromFile(name, displayPath), filePath: displayPath, data, body }];
  });
}

export function readContentDir(dir: string): DossierInput {
  const mdx = /\.mdx?$/;
  return {
    sources: readEntries(dir, 'quellen', /\.mdx$/, sourceSchema),
    people: readEntries(dir, 'personen', mdx, personSchema),
    countries: readEntries(dir, 'laender', mdx, countrySchema),
    places: readEntries(dir, 'orte', mdx, placeSchema),
    organisations: readEntries(dir, 'organisationen', mdx, organisationSchema),
    events: readEntries(dir, 'ereignisse', mdx, eventSchema),
    statements: readEntries(dir, 'aussagen', /\.yaml$/, statementSchema),
    briefing: readEntries(dir, '.', /^dossier\.yaml$/, briefingSchema),
  };
}
