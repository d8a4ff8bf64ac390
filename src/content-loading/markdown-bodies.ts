/**
 * No content entry is compiled as an MDX module. Astro's glob loader reads `.mdx` files with the
 * MDX entry type, and the build then compiles and bundles one module per entry, even an empty
 * one: at 10,000 pages, ~10,000 modules (~7,000 of them entities and events without a body) were
 * the build's second-largest cost, and they were bundled again in every build. With the Markdown
 * entry type instead, a body is rendered to HTML once, when the content is synced (with the same
 * remark plugins: the Markdown processor in astro.config.mjs), and kept in Astro's content store;
 * an entry without a body is just data, and an unchanged file is not rendered again in the next
 * build.
 *
 * This is safe because bodies are prose: the content check refuses MDX code in them, and lines
 * that Markdown would set as code (src/content-check/body-issues.ts), so that Markdown renders
 * them as MDX would. The seed's pages are the same, byte for byte.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Astro's entry types by file extension, as its content layer hands them to loaders (`entryTypes`,
 * read by its glob loader; not part of the public LoaderContext type, hence checked at run time).
 */
type EntryTypes = Map<string, unknown>;

/** `entryTypes` (by extension) with `.mdx` read as Markdown. Throws (in German) if there is no Markdown entry type. */
export function mdxAsMarkdown(entryTypes: EntryTypes | undefined): EntryTypes {
  const markdown = entryTypes?.get('.md');
  if (!entryTypes || !markdown) throw new Error('Astro kennt keinen Eintragstyp für .md; die Inhalte lassen sich nicht als Markdown lesen.');
  return new Map([...entryTypes, ['.mdx', markdown]]);
}

/** `loader` (Astro's glob loader) reading `.mdx` files as Markdown (see the module comment). */
export function loadMdxAsMarkdown(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const withTypes = context as LoaderContext & { entryTypes?: EntryTypes };
      return loader.load({ ...withTypes, entryTypes: mdxAsMarkdown(withTypes.entryTypes) } as LoaderContext);
    },
  };
}
