/**
 * Every internal URL is made here, from the base path, so the site works under a sub-path such
 * as `/briefings/`. A `SitePath` is a URL path; it is branded so it cannot be mixed up with a
 * file path or an id.
 */
import type { Section } from '../i18n/de-CH.ts';
import { parseCitation } from '../schemas/fields.ts';
import type { DossierNode } from '../graph/types.ts';
import { paragraphAnchor } from '../markdown/source-paragraphs.ts';

export type SitePath = string & { readonly __brand: 'SitePath' };

const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A path below the site root, e.g. `zeitleiste/` -> `/briefings/zeitleiste/`. */
export function sitePath(relative = ''): SitePath {
  return `${base}${relative.replace(/^\/+/, '')}` as SitePath;
}

export function sectionPath(section: Section): SitePath {
  return sitePath(`${section}/`);
}

export function nodePath(node: Pick<DossierNode, 'section' | 'id'>): SitePath {
  return sitePath(`${node.section}/${node.id}/`);
}

/** Link to a cited paragraph: `/quellen/<id>/#p3`. */
export function citationPath(cite: string): SitePath {
  const { source, paragraph } = parseCitation(cite);
  return `${sitePath(`quellen/${source}/`)}#${paragraphAnchor(paragraph)}` as SitePath;
}
