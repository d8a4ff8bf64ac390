/** What a card shows; plain data, so that it can be hashed, cached and sent to a worker. */
export interface CardSpec {
  /** Path of the PNG inside the site, e.g. `og/ereignisse/treffen.png`. */
  file: string;
  /** The page the card belongs to, relative to the base path, e.g. `ereignisse/treffen/`. */
  page: string;
  /** Colour of the type: the same as the badges on the site. */
  accent: string;
  /** Type badge, e.g. `Treffen`, `Person`. */
  badge: string;
  title: string;
  /** One short sentence under the title. */
  lead?: string;
  /** Up to three labelled facts: date, place, participants … */
  rows: { label: string; value: string }[];
  /** Bottom line, right: the edition. */
  edition: string;
  /** Bottom line, left: the dossier's name. */
  siteName: string;
}

/** Text equivalent of a card, for `og:image:alt`. */
export function cardAlt(spec: CardSpec): string {
  const rows = spec.rows.map((r) => `${r.label}: ${r.value}`);
  return [`${spec.badge}: ${spec.title}`, ...rows].join('. ') + '.';
}

/** `/` -> `og/index.png`, `personen/` -> `og/personen.png`, `personen/x/` -> `og/personen/x.png`. */
export function cardFileFor(page: string): string {
  const trimmed = page.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  return `og/${trimmed === '' ? 'index' : trimmed}.png`;
}

/** Every piece of text a card draws, for the glyph check. */
export function cardText(spec: CardSpec): string {
  return [spec.badge, spec.title, spec.lead ?? '', ...spec.rows.flatMap((r) => [r.label, r.value]), spec.edition, spec.siteName].join(' ');
}
