/**
 * The site's address as a CSS custom property, for the print stylesheet (src/styles/print.css):
 * a printed page shows every link as a full address (`https://intranet…/orte/wonsan/`), built
 * from SITE_URL. A stylesheet file, because the Content-Security-Policy allows no inline styles.
 */
import type { APIContext } from 'astro';

export function GET({ site }: APIContext) {
  const origin = new URL(site!).origin;
  return new Response(`:root{--site-origin:${JSON.stringify(origin)}}\n`, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
