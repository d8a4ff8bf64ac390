/**
 * The running head and foot of each printed part of the dossier (/druck/…): the edition and
 * the part's own address on every page, and the page number, as CSS page-margin boxes. One
 * stylesheet file per part (`/druck-kopf/index.css` for /druck/, `/druck-kopf/personen.css` …),
 * because the Content-Security-Policy allows no inline styles.
 */
import type { APIContext } from 'astro';
import { loadDossier } from '../../graph/load-dossier.ts';
import { currentEdition, editionLabel } from '../../view/editions.ts';
import { printPlan } from '../../view/print-plan.ts';
import { printHeadKey } from '../../view/page-digest.ts';
import { sitePath } from '../../view/routes.ts';
import { ui } from '../../i18n/de-CH.ts';

export async function getStaticPaths() {
  const dossier = await loadDossier();
  return printPlan(dossier).parts.map((part) => ({ params: { part: part.path || 'index' }, props: { path: part.path }, cacheKey: printHeadKey(dossier, part.path) }));
}

export async function GET({ site, props }: APIContext) {
  const edition = currentEdition(await loadDossier());
  const head = `${ui.siteName} · ${edition ? editionLabel(edition) : ui.editions.none}`;
  const address = new URL(sitePath(`druck/${props.path ? `${props.path}/` : ''}`), site!).href;
  const css = `@page{margin:18mm 16mm 18mm 16mm;@top-left{content:${JSON.stringify(head)};font:9pt sans-serif;color:#333}@bottom-left{content:${JSON.stringify(address)};font:9pt sans-serif;color:#333}@bottom-right{content:"Seite " counter(page) " von " counter(pages);font:9pt sans-serif;color:#333}}\n`;
  return new Response(css, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
}
