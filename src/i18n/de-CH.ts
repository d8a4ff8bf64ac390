/**
 * Every string the interface shows, in one place, so that another language can follow by adding
 * a sibling module with the same shape. Content prose lives in `content/`, not here. Labels of
 * kinds, event kinds and relations are keyed by the vocabulary (src/model/vocabulary.ts), so a
 * kind or relation added there without its label fails the type check here.
 */
import type { CITES, EventKind, EventRelationType, Kind, RelationType } from '../model/vocabulary.ts';

/**
 * The search page's strings, apart from the rest: the browser's search script imports only
 * these, so the page does not download the whole dictionary.
 */
export const searchStrings = {
  label: 'Dossier durchsuchen',
  placeholder: 'Suchen (/ oder Strg+K)',
  submit: 'Suchen',
  pageTitle: 'Suche',
  pageDescription: 'Volltextsuche über alle Personen, Länder, Orte, Organisationen, Ereignisse und Quellen des Dossiers.',
  queryLabel: 'Suchbegriff',
  filterType: 'Art',
  filterYear: 'Jahr',
  sortLabel: 'Sortierung',
  sortRelevance: 'Relevanz',
  sortNewest: 'Datum, neueste zuerst',
  sortOldest: 'Datum, älteste zuerst',
  results: 'Treffer',
  idle: 'Suchbegriff eingeben; die Treffer erscheinen während der Eingabe.',
  loading: 'Suche läuft …',
  count: (n: number, q: string) => (n === 0 ? `Keine Treffer für «${q}».` : n === 1 ? `1 Treffer für «${q}».` : `${n} Treffer für «${q}».`),
  countFiltered: (n: number) => (n === 1 ? '1 Treffer mit diesen Filtern.' : `${n} Treffer mit diesen Filtern.`),
  unavailable: 'Die Suche konnte nicht geladen werden.',
  noScript: 'Die Suche braucht JavaScript. Alle Einträge sind auch über die Übersichten erreichbar.',
  shortcutsHint: 'Tastatur: / oder Strg+K springt ins Suchfeld; mit Tab durch Filter und Treffer.',
} as const;

export const ui = {
  lang: 'de-CH',
  siteName: 'Briefing-Dossier',
  siteTagline: 'Verlinktes Dossier aus Agenturmeldungen',
  skipToContent: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  breadcrumb: 'Brotkrumen-Navigation',
  home: 'Übersicht',
  timeline: 'Zeitleiste',
  /** Per kind of entry: the index's heading, the badge, and the kind with its article («ist eine Person»). */
  kinds: {
    person: { plural: 'Personen', singular: 'Person', withArticle: 'eine Person' },
    country: { plural: 'Länder', singular: 'Land', withArticle: 'ein Land' },
    place: { plural: 'Orte', singular: 'Ort', withArticle: 'ein Ort' },
    organisation: { plural: 'Organisationen', singular: 'Organisation', withArticle: 'eine Organisation' },
    event: { plural: 'Ereignisse', singular: 'Ereignis', withArticle: 'ein Ereignis' },
    source: { plural: 'Quellen', singular: 'Quelle', withArticle: 'eine Quelle' },
  } satisfies Record<Kind, { plural: string; singular: string; withArticle: string }>,
  months: [
    'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni',
    'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
  ],
  dateRangeSeparator: ' bis ',
  undated: 'ohne Datum',
  undatedHeading: 'Zeitlich nicht bestimmt',
  eventKinds: {
    besuch: 'Besuch',
    treffen: 'Treffen',
    offensive: 'Offensive',
    abkommen: 'Abkommen',
    entsendung: 'Truppenentsendung',
    lieferung: 'Lieferung',
    erklaerung: 'Erklärung',
  } satisfies Record<EventKind, string>,
  /** Forward labels (on the page that states the relation) and inverse labels (backlinks). */
  relations: {
    funktion: { forward: 'Funktion', inverse: 'Personen mit Funktion' },
    'liegt-in': { forward: 'Liegt in', inverse: 'Orte' },
    'grenzt-an': { forward: 'Grenzt an', inverse: 'Grenzt an' },
    'steht-fuer': { forward: 'Steht im Text für', inverse: 'Im Text bezeichnet durch' },
    'gehoert-zu': { forward: 'Gehört zu', inverse: 'Organisationen' },
    teilnehmer: { forward: 'Beteiligte', inverse: 'Beteiligt an' },
    ort: { forward: 'Ort', inverse: 'Ereignisse an diesem Ort' },
    land: { forward: 'Beteiligte Länder', inverse: 'Ereignisse mit Beteiligung' },
    zitiert: { forward: 'Belegt durch', inverse: 'Zitiert auf' },
  } satisfies Record<RelationType, { forward: string; inverse: string }>,
  /** How a related entity appears at a shared event: "Beteiligt bei …", "Ort bei …". */
  relatedRoles: {
    teilnehmer: 'Beteiligt an',
    ort: 'Ort von',
    land: 'Als Land beteiligt an',
  } satisfies Record<EventRelationType, string>,
  labels: {
    summary: 'Zusammenfassung',
    facts: 'Fakten',
    relations: 'Beziehungen',
    backlinks: 'Verweise auf diese Seite',
    quotes: 'Aussagen',
    citations: 'Belege',
    citationWord: 'Beleg',
    paragraph: (n: number) => `Absatz ${n}`,
    paragraphPermalink: (n: number) => `Link auf Absatz ${n}`,
    date: 'Datum',
    kind: 'Art',
    place: 'Ort',
    participants: 'Beteiligte',
    countries: 'Länder',
    aliases: 'Auch genannt',
    spellings: 'Auch geschrieben',
    credit: 'Agentur',
    language: 'Sprache',
    originalUrl: 'Originalartikel',
    source: 'Quelle',
    sources: 'Quellen',
    whatHappened: 'Was geschah',
    whyItMatters: 'Einordnung',
    keyActors: 'Wichtigste Akteure',
    shortTimeline: 'Chronologie',
    allEvents: 'Alle Ereignisse in der Zeitleiste',
    notes: 'Anmerkungen der Redaktion',
    draft: 'Entwurf',
    draftNotice: 'nur in der Vorschau sichtbar, nicht veröffentlicht. Zum Veröffentlichen Zusammenfassung und Belege prüfen und «draft: true» entfernen.',
    mentionedIn: 'Erwähnt in',
    related: 'Verbundene Einträge',
    dateNote: 'Zur Datierung',
    said: 'sagte',
    via: 'laut',
    reportedBy: 'gemäss',
    entries: (n: number) => (n === 1 ? '1 Eintrag' : `${n} Einträge`),
  },
  search: searchStrings,
  offline: {
    footerLink: 'Offline-Ausgabe herunterladen',
    pageTitle: 'Offline-Ausgabe',
    pageDescription: 'Das ganze Dossier als eine ZIP-Datei: entpacken, index.html öffnen, ohne Netz und ohne Server lesen und durchsuchen.',
    intro: 'Das ganze Dossier als eine ZIP-Datei. Entpackt und von der Festplatte geöffnet, funktionieren alle Seiten, Verweise, Belege und die Suche ohne Netz und ohne Server.',
    edition: 'Ausgabe',
    editionNote: 'Stand der neuesten Quelle',
    file: 'Datei',
    size: 'Grösse',
    checksum: 'SHA-256',
    pending: 'wird beim Bauen eingesetzt',
    notBuilt: 'in diesem Build nicht erstellt',
    howTo: 'So gehts',
    steps: [
      'ZIP-Datei herunterladen und vollständig entpacken.',
      'Im entpackten Ordner index.html doppelklicken.',
      'Lesen, Verweisen folgen, suchen: alles ohne Netz.',
    ],
    verify: 'Prüfsumme kontrollieren',
    verifyText: 'Die Datei ist unverändert, wenn dieser Befehl «OK» meldet (Prüfsummendatei im selben Ordner):',
    inside: 'In der ZIP-Datei liegen eine kurze Anleitung (LIESMICH.txt) und die Prüfsummen aller Dateien (SHA256SUMS.txt).',
    readingOffline: 'Sie lesen die Offline-Ausgabe.',
  },
  pictures: {
    mapHeading: 'Lage',
    mapCaption: (subject: string) => `Karte: ${subject}`,
    mapBase: 'Kartengrundlage: Natural Earth (gemeinfrei), Projektion flächentreu azimutal.',
    highlighted: 'Hervorgehoben',
    placesOnMap: 'Orte auf der Karte',
    coordinatesSource: 'Koordinaten',
    graphHeading: 'Beziehungsgeflecht',
    graphCaption: 'Wer und was mit diesem Eintrag verbunden ist; Pfeile zeigen die Richtung der Beziehung.',
    graphText: 'Beziehungen im Bild',
    graphMore: (n: number) => (n === 1 ? '1 weitere Verbindung ist nicht gezeichnet; alle stehen unter «Verweise auf diese Seite».' : `${n} weitere Verbindungen sind nicht gezeichnet; alle stehen unter «Verweise auf diese Seite».`),
    /** Edge labels in the graph, read as «A <label> B». */
    edge: {
      'liegt-in': 'liegt in',
      'grenzt-an': 'grenzt an',
      'steht-fuer': 'steht für',
      'gehoert-zu': 'gehört zu',
      teilnehmer: 'Beteiligte',
      ort: 'Ort',
      land: 'Land',
    } satisfies Record<Exclude<RelationType, 'funktion' | typeof CITES>, string>,
    north: 'N',
    south: 'S',
    east: 'O',
    west: 'W',
  },
  redirect: {
    title: 'Diese Seite ist umgezogen',
    text: 'Die neue Adresse:',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    text: 'Diese Seite gibt es im Dossier nicht. Vielleicht wurde sie umbenannt.',
    back: 'Zur Übersicht',
  },
  footer: {
    builtFrom: 'Zusammengestellt aus',
    edition: 'Stand',
  },
  print: {
    /** Before the page's own address at the top of a printout. */
    address: 'Adresse',
  },
  preview: {
    /** On the search page of `npm run dev` only. */
    searchFromLastBuild: 'Vorschau: Die Suche antwortet aus dem Index des letzten «npm run build». Seither Geändertes und Entwürfe findet sie erst nach dem nächsten Build (Entwürfe nie).',
  },
} as const;

