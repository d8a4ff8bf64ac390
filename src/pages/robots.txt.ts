/** robots.txt pointing at the sitemap. Under a sub-path the web server's own robots.txt rules. */
import type { APIContext } from 'astro';
import { sitePath } from '../view/routes.ts';

export function GET({ site }: APIContext) {
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePath('sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
}
