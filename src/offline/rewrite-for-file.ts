/**
 * Makes a built page work from disk: every internal link, stylesheet, image and form target
 * becomes relative and points at an explicit `index.html` (file:// has no directory index),
 * module scripts (blocked on file://) give way to the offline edition's classic script.
 */
import path from 'node:path';
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';

const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
];

/**
 * `target` is an internal URL such as `/briefings/personen/x/#p3`; `from` the path of the
 * page's file below the site root. Returns the relative URL, or undefined if `target` is not
 * internal (another origin, a fragment, a `mailto:` …).
 */
export function relativeUrl(target: string, from: string, basePath: string): string | undefined {
  if (!target.startsWith(basePath) || target.startsWith('//')) return undefined;
  const match = /^([^?#]*)([?#].*)?$/.exec(target.slice(basePath.length))!;
  let file = decodeURIComponent(match[1] ?? '');
  if (file === '' || file.endsWith('/')) file += 'index.html';
  const relative = path.posix.relative(path.posix.dirname(from), file) || path.posix.basename(file);
  return `${relative}${match[2] ?? ''}`;
}

/** The way from a page's folder back to the site root, e.g. `../../`. */
export function rootPrefix(from: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth);
}

export function rewriteHtmlForFile(html: string, from: string, basePath: string, scripts: string[], htmlData: Record<string, string> = {}): string {
  return rewriteDocumentForFile(cheerio.load(html), from, basePath, scripts, htmlData);
}

/**
 * The same on a page already parsed (and changed in place). `htmlData` becomes `data-*`
 * attributes of `<html>`, next to `data-edition`, `data-site-root` and `data-base-path`.
 */
export function rewriteDocumentForFile($: CheerioAPI, from: string, basePath: string, scripts: string[], htmlData: Record<string, string> = {}): string {
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    $(selector).each((_, el) => {
      const value = $(el).attr(attribute)!;
      const rewritten = relativeUrl(value, from, basePath);
      if (rewritten !== undefined) $(el).attr(attribute, rewritten);
    });
  }
  // The redirect of a former address: `0; url=/base/…/`.
  $('meta[http-equiv="refresh"]').each((_, el) => {
    const content = $(el).attr('content') ?? '';
    const match = /^(\d+;\s*url=)(.*)$/i.exec(content);
    const rewritten = match && relativeUrl(match[2]!, from, basePath);
    if (match && rewritten) $(el).attr('content', `${match[1]}${rewritten}`);
  });
  $('script[type="module"]').remove();
  const root = rootPrefix(from);
  $('html').attr('data-edition', 'offline').attr('data-site-root', root).attr('data-base-path', basePath);
  for (const [key, value] of Object.entries(htmlData)) $('html').attr(`data-${key}`, value);
  for (const script of scripts) $('body').append(`<script src="${root}${script}"></script>`);
  return $.html();
}

/** `url(/base/…)` in stylesheets, relative to the stylesheet's own folder. */
export function rewriteCssForFile(css: string, from: string, basePath: string): string {
  return css.replace(/url\((['"]?)([^'")]+)\1\)/g, (whole, quote: string, target: string) => {
    const rewritten = relativeUrl(target, from, basePath);
    return rewritten === undefined ? whole : `url(${quote}${rewritten}${quote})`;
  });
}
