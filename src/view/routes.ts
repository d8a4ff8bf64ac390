/**
 * Every internal URL is made here, from the base path, so the site works under a sub-path such
 * as `/briefings/`. A `SitePath` is a URL path; it is branded so it cannot be mixed up with a
 * file path or an id.
 */
import { parseCitation } from '../model/citation.ts';
import { sectionOf, type Kind, type Section } from '../model/vocabulary.ts';
import { paragraphAnchor } from '../markdown/source-paragraphs.ts';
import { siteConfig } from '../site.config.ts';

export type SitePath = string & { readonly __brand: 'SitePath' };

/** A path below the site root, e.g. `zeitleiste/` -> `/briefings/zeitleiste/`. */
export function sitePath(relative = ''): SitePath {
  return `${siteConfig.basePath}${relative.replace(/^\/+/, '')}` as SitePath;
}

/** The index page of a kind, e.g. `/personen/`. */
export function indexPath(kind: Kind): SitePath {
  return sitePath(`${sectionOf(kind)}/`);
}

/** An entry's page, e.g. `/personen/sergej-lawrow/`. */
export function nodePath(node: { section: Section; id: string }): SitePath {
  return sitePath(`${node.section}/${node.id}/`);
}

/** Link to a cited paragraph: `/quellen/<id>/#p3`. */
export function citationPath(cite: string): SitePath {
  const { source, paragraph } = parseCitation(cite);
  return `${nodePath({ section: sectionOf('source'), id: source })}#${paragraphAnchor(paragraph)}` as SitePath;
}
