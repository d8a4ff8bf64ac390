/**
 * The very parsers Astro reads content with, so that the content check and the build agree on
 * every file: Astro's frontmatter reader (from @astrojs/markdown-remark: byte-order mark and
 * leading blank lines allowed, `---` delimiters) and the js-yaml that Astro itself depends on
 * (version 4, which reads an unquoted `2025-07-12` as a date and an empty file as nothing). The
 * project's own js-yaml (version 5, used to write files) reads some YAML differently.
 */
import { createRequire } from 'node:module';
import { parseFrontmatter } from '@astrojs/markdown-remark';

const fromAstro = createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
const astroYaml = fromAstro('js-yaml') as { load: (text: string) => unknown };

/** A YAML syntax error as Astro's js-yaml reports it. */
export interface YamlError extends Error {
  reason: string;
  mark?: { line: number; column: number };
}

/** Whether `error` is js-yaml's syntax error: by name, as the frontmatter reader has its own copy of js-yaml. */
export function isYamlError(error: unknown): error is YamlError {
  return error instanceof Error && error.name === 'YAMLException' && typeof (error as Partial<YamlError>).reason === 'string';
}

/** A YAML data file's value, as Astro reads it; throws a YamlError on bad syntax. */
export function loadYaml(text: string): unknown {
  return astroYaml.load(text);
}

/**
 * A Markdown or MDX file split as Astro splits it: the frontmatter's value, its YAML text, the
 * file line its YAML starts on (1-based), and the body. Throws a YamlError on bad YAML.
 */
export function splitFrontmatter(text: string): { data: unknown; yamlText: string; firstLine: number; body: string } {
  const { frontmatter, rawFrontmatter, content } = parseFrontmatter(text);
  // The raw frontmatter starts right after the opening `---`, with the rest of that line.
  const at = rawFrontmatter === '' ? -1 : text.indexOf(rawFrontmatter);
  const firstLine = at < 0 ? 1 : text.slice(0, at).split('\n').length;
  return { data: frontmatter, yamlText: rawFrontmatter, firstLine, body: content };
}
