/**
 * The offline edition keeps each distinct locator map once, as a file, instead of inline in every
 * page that shows it: at 10,000 pages the maps were 41 of the zip's 79 MB, and a quarter of them
 * repeated (events at the same place with the same countries share a map). A page then shows its
 * map as an `<img>` of `_offline/karten/<digest>.svg`, which works from `file://`.
 *
 * An image cannot see the page's stylesheet, so the map file carries the site's map rules and
 * colours itself (light, dark and print), taken from the built site's stylesheet with PostCSS.
 * The map's links are inert in an image; the caption under every map lists the same places and
 * countries as links (the inline map is hidden from assistive technology for that reason too).
 */
import { createHash } from 'node:crypto';
import postcss, { type AtRule, type Rule } from 'postcss';

/** Where the shared maps go, below the edition's root. */
export const SHARED_MAPS_FOLDER = '_offline/karten';

/** A locator map as src/pictures/locator-map.ts draws it: one element, no nested `<svg>`. */
const INLINE_MAP = /<svg class="locator-map"[^>]*>[\s\S]*?<\/svg>/g;

/** The custom properties a map uses, as the map rules name them. */
function usedProperties(rules: readonly Rule[]): Set<string> {
  const used = new Set<string>(['--font']);
  for (const rule of rules) rule.walkDecls((decl) => [...decl.value.matchAll(/var\((--[\w-]+)\)/g)].forEach((m) => used.add(m[1]!)));
  return used;
}

/**
 * The `<style>` content of a shared map, from the site's stylesheets (`css`, their text): the
 * rules whose selector names a map class, with the custom properties they use set on the map's
 * root for the light scheme, the dark scheme and print, as the site sets them on `:root`.
 */
export function mapStyle(css: readonly string[]): string {
  const rules: Rule[] = [];
  const roots: { media: string | undefined; decls: [string, string][] }[] = [];
  for (const text of css) {
    postcss.parse(text).walkRules((rule) => {
      const media = rule.parent?.type === 'atrule' ? (rule.parent as AtRule) : undefined;
      if (rule.selector.split(',').some((s) => s.trim() === ':root')) {
        const decls: [string, string][] = [];
        rule.walkDecls(/^--/, (decl) => {
          decls.push([decl.prop, decl.value]);
        });
        roots.push({ media: media?.name === 'media' ? media.params : undefined, decls });
      } else if (!media && /\.map-/.test(rule.selector)) {
        rules.push(rule);
      }
    });
  }
  const used = usedProperties(rules);
  const block = (decls: [string, string][]) => decls.filter(([prop]) => used.has(prop)).map(([prop, value]) => `${prop}:${value}`).join(';');
  const parts = [`svg{${block(roots.filter((r) => !r.media).flatMap((r) => r.decls))};font-family:var(--font)}`];
  for (const root of roots.filter((r) => r.media)) {
    const decls = block(root.decls);
    if (decls) parts.push(`@media ${root.media}{svg{${decls}}}`);
  }
  const declarations = (rule: Rule) => {
    const list: string[] = [];
    rule.walkDecls((decl) => {
      list.push(`${decl.prop}:${decl.value}${decl.important ? '!important' : ''}`);
    });
    return list.join(';');
  };
  parts.push(...rules.map((rule) => `${rule.selector.replace(/\s*\n\s*/g, ' ')}{${declarations(rule)}}`));
  return parts.join('\n');
}

/**
 * Replaces each inline locator map in a page (`html`) by an image of its shared file, addressed
 * from the site root below `basePath` (the offline rewriting makes it relative). Returns the page
 * and the map files it needs, by path below the edition's root (same map, same file).
 */
export function shareMaps(html: string, basePath: string, style: string): { html: string; maps: Map<string, string> } {
  const maps = new Map<string, string>();
  const page = html.replace(INLINE_MAP, (svg) => {
    const file = `${SHARED_MAPS_FOLDER}/${createHash('sha256').update(svg).digest('hex').slice(0, 20)}.svg`;
    const width = /\swidth="(\d+)"/.exec(svg)?.[1] ?? '560';
    const height = /\sheight="(\d+)"/.exec(svg)?.[1] ?? '360';
    // Standalone: the style first, no tab stops or ARIA meant for the inline copy.
    const standalone = svg
      .replace(/ aria-hidden="true"/, '')
      .replace(/ tabindex="-1"/g, '')
      .replace(/^(<svg[^>]*>)/, (open) => `${open}<style><![CDATA[${style}]]></style>`);
    maps.set(file, `<?xml version="1.0" encoding="UTF-8"?>\n${standalone}\n`);
    return `<img class="locator-map" src="${basePath}${file}" width="${width}" height="${height}" alt="">`;
  });
  return { html: page, maps };
}
