/** One card per page, drawn from the dossier graph: what the card says for each kind of page. */
import { ui } from '../../i18n/de-CH.ts';
import { formatDossierDate } from '../../view/format-date.ts';
import { DRAFTS_FOLDER, EVENT_RELATION_TYPES, NAVIGATION_ORDER, sectionOf, type EntityRelationType, type Kind, type RelationType } from '../../model/vocabulary.ts';
import { siteConfig } from '../../site.config.ts';
import { printPlan } from '../../view/print-plan.ts';
import { editionPages, formatDay, lastChange } from '../../view/editions.ts';
import type { Dossier } from '../../graph/dossier.ts';
import type { DossierNode } from '../../graph/types.ts';
import { cardFileFor, type CardSpec } from './card-spec.ts';

/** The site's type colours (see global.css), so a card reads like the page it stands for. */
const ACCENT: Record<Kind | 'page', string> = {
  person: '#6d28d9',
  country: '#0f766e',
  place: '#a16207',
  organisation: '#9d174d',
  event: '#0b4f8a',
  source: '#374151',
  page: '#0b4f8a',
};


/** What a place, country or organisation card says of where the entry belongs, in this order. */
const PLACE_ROWS: readonly EntityRelationType[] = ['liegt-in', 'steht-fuer', 'grenzt-an', 'gehoert-zu'];

function firstSentence(text: string): string {
  const match = /^.*?[.!?](?=\s|$)/u.exec(text);
  return match ? match[0] : text;
}

function names(dossier: Dossier, ids: readonly string[]): string {
  return ids.map((id) => dossier.require(id).title).join(', ');
}

function rowsFor(dossier: Dossier, node: DossierNode): CardSpec['rows'] {
  const out = (type: Parameters<Dossier['outgoing']>[1]) => dossier.outgoing(node.id, type).map((e) => dossier.require(e.to).title);
  switch (node.kind) {
    case 'event': {
      const rows: CardSpec['rows'] = [{ label: ui.labels.date, value: formatDossierDate(node.data.date) }];
      if (node.data.place) rows.push({ label: ui.labels.place, value: dossier.require(node.data.place).title });
      if (node.data.participants.length) rows.push({ label: ui.labels.participants, value: names(dossier, node.data.participants) });
      else if (node.data.countries.length) rows.push({ label: ui.labels.countries, value: names(dossier, node.data.countries) });
      return rows;
    }
    case 'person':
      return [
        ...dossier.outgoing(node.id, 'funktion').map((e) => ({ label: ui.relations.funktion.forward, value: `${e.role}, ${dossier.require(e.to).title}` })),
        ...eventCount(dossier, node.id),
      ];
    case 'place':
    case 'country':
    case 'organisation': {
      const rows: CardSpec['rows'] = [];
      for (const type of PLACE_ROWS) {
        const targets = out(type);
        if (targets.length) rows.push({ label: ui.relations[type].forward, value: targets.join(', ') });
      }
      return [...rows, ...eventCount(dossier, node.id)];
    }
    case 'source':
      return [
        { label: ui.labels.credit, value: node.data.credit },
        { label: ui.labels.date, value: formatDossierDate(node.data.date) },
        { label: 'Absätze', value: String(node.paragraphs.length) },
      ];
  }
}

/** "Ereignisse: 3 im Dossier", from the events an entity takes part in or hosts. */
function eventCount(dossier: Dossier, id: string): CardSpec['rows'] {
  const involving = new Set<RelationType>(EVENT_RELATION_TYPES);
  const events = new Set(dossier.incoming(id).filter((e) => involving.has(e.type)).map((e) => e.from));
  return events.size ? [{ label: ui.kinds.event.plural, value: `${events.size} im Dossier` }] : [];
}

export function cardSpecs(dossier: Dossier): CardSpec[] {
  const latest = dossier.latestSource();
  const edition = latest ? `${ui.footer.edition}: ${formatDossierDate(latest.data.date)}` : '';
  const base = { edition, siteName: ui.siteName };
  const page = (path: string, title: string, lead: string): CardSpec => ({
    ...base,
    page: path,
    file: cardFileFor(path),
    accent: ACCENT.page,
    badge: ui.siteName === title ? ui.home : 'Übersicht',
    title,
    lead,
    rows: [],
  });
  const specs: CardSpec[] = [
    {
      ...page('', dossier.briefing?.title ?? ui.siteName, dossier.briefing ? firstSentence(dossier.briefing.lead.text) : ui.siteTagline),
      badge: 'Lagebild',
      rows: [
        ...(dossier.briefing ? [{ label: 'Akteure', value: names(dossier, dossier.briefing.keyActors.slice(0, 3)) }] : []),
        ...(latest ? [{ label: ui.labels.source, value: `${latest.data.credit}, ${formatDossierDate(latest.data.date)}` }] : []),
      ],
    },
    { ...page('zeitleiste/', ui.timeline, `${dossier.list('event').length} Ereignisse in zeitlicher Reihenfolge`), badge: ui.timeline },
    { ...page('suche/', ui.search.pageTitle, ui.search.pageDescription), badge: ui.search.pageTitle },
    { ...page('404.html', ui.notFound.title, ui.notFound.text), badge: 'Hinweis' },
    { ...page('download/', ui.offline.pageTitle, ui.offline.pageDescription), badge: 'Download' },
    ...editionPages(dossier).map((p, _, all) => ({
      ...page(p.path, p.path === 'ausgaben/' ? ui.editions.pageTitle : `${ui.editions.pageTitle}, ${ui.editions.page(p.page, all.length)}`, ui.editions.pageDescription),
      badge: ui.editions.pageTitle,
    })),
    ...printPlan(dossier).parts.map((part) => ({ ...page(`druck/${part.path ? `${part.path}/` : ''}`, part.title, ui.printEdition.description), badge: 'Druck' })),
    // The review page exists only in the preview (src/pages/[drafts].astro).
    ...(siteConfig.includeDrafts ? [{ ...page(`${DRAFTS_FOLDER}/`, ui.drafts.pageTitle, ui.drafts.intro), badge: 'Vorschau' }] : []),
    ...NAVIGATION_ORDER.map((kind) => page(`${sectionOf(kind)}/`, ui.kinds[kind].plural, ui.labels.entries(dossier.list(kind).length))),
  ];
  for (const node of dossier.nodes.values()) {
    const path = `${node.section}/${node.id}/`;
    specs.push({
      ...base,
      // The entry's own «Stand», not the dossier's edition: a new month's article then redraws
      // (and re-renders) only the pages it changes.
      edition: `${ui.editions.cardStand}: ${formatDay(lastChange(node))}`,
      page: path,
      file: cardFileFor(path),
      accent: ACCENT[node.kind],
      badge: node.kind === 'event' ? ui.eventKinds[node.data.kind] : ui.kinds[node.kind].singular,
      title: node.title,
      lead: node.kind === 'source' ? undefined : firstSentence(node.data.summary),
      rows: rowsFor(dossier, node),
    });
  }
  return specs;
}
