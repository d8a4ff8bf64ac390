/**
 * The card's layout as a satori element tree: a coloured band for the type, the title large
 * in serif, up to three labelled facts, and the dossier's name and edition at the bottom.
 * Every text is fitted to its box here (fit-text.ts, with the card fonts' real glyph widths) and
 * handed to satori line by line: hyphenated where a word is wider than a line, smaller down to a
 * set minimum where it needs more lines than the box has, shortened at a word boundary below
 * that. satori alone would let a long compound run past the card's edge, cut mid-letter.
 */
import { truncateAtWord } from '../../view/truncate.ts';
import { cardText, type CardSpec } from '../spec/card-spec.ts';
import { FIT_ELLIPSIS, fitText, HYPHEN, type FittedText, type TextBox } from './fit-text.ts';
import { cardTextMeasure, type TextMeasure } from './text-measure.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the layout changes: it is part of every card's cache key. */
export const TEMPLATE_VERSION = 'card-v4';

type Style = Record<string, string | number>;
interface Element {
  type: string;
  props: { style?: Style; children?: (Element | string)[] | Element | string };
}

function h(type: string, style: Style, ...children: (Element | string | undefined | false)[]): Element {
  const kids = children.filter((c): c is Element | string => Boolean(c));
  return { type, props: { style, children: kids.length === 1 ? kids[0] : kids } };
}

/** Ends shortened text; glued to the word before it by a no-break space, so that it never stands alone on a line. */
export const ELLIPSIS = FIT_ELLIPSIS;

/**
 * A cap on a text's length, before fitting: truncateAtWord, except that it never cuts inside a
 * word (truncateAtWord does when no word boundary is near the limit). Such a word is kept whole
 * and fitted like any other: hyphenated, smaller, or left out at a word boundary.
 */
function clip(text: string, max: number): string {
  const clipped = truncateAtWord(text, max, ELLIPSIS);
  if (clipped === text) return text;
  const head = clipped.slice(0, -ELLIPSIS.length);
  const after = text.slice(head.length);
  if (/^[\s,;:.–-]*(\s|$)/u.test(after)) return clipped;
  const wordEnd = after.search(/\s/u);
  return wordEnd < 0 ? text : `${text.slice(0, head.length + wordEnd).replace(/[,;:.–-]+$/u, '')}${ELLIPSIS}`;
}

/** Every character the layout can draw for `spec`: its texts, the badge in capitals, the ellipsis of shortened text, the hyphen of a hyphenated word. */
export function drawnText(spec: CardSpec): string {
  return `${cardText(spec)} ${spec.badge.toUpperCase()}${ELLIPSIS}${HYPHEN}`;
}

const SIDE = 72;
/** Width of the text column: the card less its side padding. */
const COLUMN = CARD_WIDTH - 2 * SIDE;
const LABEL_WIDTH = 200;
/** Room kept between a row's label and its value. */
const LABEL_GAP = 16;
/** Room kept between the site name and the edition in the footer. */
const FOOTER_GAP = 32;

const SERIF = 'Source Serif 4';
const SANS = 'Source Sans 3';

/** Title sizes, largest first; 40 px is the set minimum (still well above the 30 px of the lead). */
const TITLE_SIZES = [72, 62, 54, 46, 40] as const;
/** Lead and rows: 30 px, down to 24 px. */
const TEXT_SIZES = [30, 27, 24] as const;
/** Footer: 28 px, down to 22 px. */
const FOOTER_SIZES = [28, 25, 22] as const;

function titleSize(title: string): number {
  if (title.length <= 30) return 72;
  if (title.length <= 55) return 62;
  if (title.length <= 80) return 54;
  return 46;
}

/** What each text of the card says, at which size, in which lines. */
interface CardTexts {
  title: FittedText;
  lead?: FittedText;
  rows: { label: FittedText; value: FittedText }[];
  siteName: FittedText;
  edition: FittedText;
}

/** The box of each text on the card: its width, lines and sizes. */
const CARD_BOXES = {
  /** The title starts at a size by its length (as before fitting) and has two lines beside a lead, else three. */
  title: (title: string, withLead: boolean): TextBox => ({ width: COLUMN, maxLines: withLead ? 2 : 3, sizes: TITLE_SIZES.filter((size) => size <= titleSize(title)) }),
  lead: { width: COLUMN, maxLines: 2, sizes: TEXT_SIZES } as TextBox,
  label: { width: LABEL_WIDTH - LABEL_GAP, maxLines: 2, sizes: TEXT_SIZES } as TextBox,
  value: { width: COLUMN - LABEL_WIDTH, maxLines: 2, sizes: TEXT_SIZES } as TextBox,
  footer: { width: COLUMN, maxLines: 1, sizes: FOOTER_SIZES } as TextBox,
};

/** A long title takes the lead's room; nothing may run into the footer. */
const showsLead = (spec: CardSpec) => Boolean(spec.lead) && spec.title.length <= 55;

/**
 * The footer's two texts share one size: the largest at which both fit side by side. At the
 * smallest, the edition keeps its width up to half the footer and the site name gets the rest.
 */
function fitFooter(spec: CardSpec, measure: TextMeasure): { siteName: FittedText; edition: FittedText } {
  const box = CARD_BOXES.footer;
  const widths = (size: number) => [measure(SANS, 700, size)(spec.siteName), measure(SANS, 400, size)(spec.edition)] as const;
  for (const size of box.sizes) {
    const [site, edition] = widths(size);
    if (site + FOOTER_GAP + edition <= box.width) return { siteName: { size, lines: [spec.siteName], shortened: false }, edition: { size, lines: [spec.edition], shortened: false } };
  }
  const min = box.sizes[box.sizes.length - 1]!;
  const editionWidth = Math.min(widths(min)[1], (box.width - FOOTER_GAP) / 2);
  const edition = fitText(spec.edition, { width: editionWidth, maxLines: 1, sizes: [min] }, (size) => measure(SANS, 400, size));
  const editionDrawn = measure(SANS, 400, min)(edition.lines[0] ?? '');
  const siteName = fitText(spec.siteName, { width: box.width - FOOTER_GAP - editionDrawn, maxLines: 1, sizes: [min] }, (size) => measure(SANS, 700, size));
  return { siteName, edition };
}

/** The band at the top, the footer at the bottom, and the column's padding above its content. */
const BAND = 18;
const FOOTER = 84;
const COLUMN_TOP = 44;
/** Height of the column's content that stays clear of the footer. */
const ROOM = CARD_HEIGHT - BAND - FOOTER - COLUMN_TOP;
/** The badge's row: 26 px text at satori's `normal` line height for Source Sans 3 (37 px), padding and border. */
const BADGE_ROW = 47;
const TITLE_GAP = 26;
const LEAD_GAP = 18;
const ROWS_GAP = 28;
const ROW_GAP = 6;
const LINE_HEIGHT = { title: 1.12, lead: 1.3, row: 1.35 };

/** Height of the column's content as satori lays it out: a line is its font size times the line height, rounded. */
function columnHeight(texts: CardTexts): number {
  const lines = (fitted: FittedText, lineHeight: number) => fitted.lines.length * Math.round(fitted.size * lineHeight);
  let height = BADGE_ROW + TITLE_GAP + lines(texts.title, LINE_HEIGHT.title) + ROWS_GAP;
  if (texts.lead) height += LEAD_GAP + lines(texts.lead, LINE_HEIGHT.lead);
  for (const row of texts.rows) height += ROW_GAP + Math.max(lines(row.label, LINE_HEIGHT.row), lines(row.value, LINE_HEIGHT.row));
  return height;
}

/**
 * Fits every text of `spec` to its box (see the top of this file), then the whole to the room
 * above the footer: should the texts together be too tall, the lead gets one line, then none,
 * then the rows one line each (the last first), then the last rows go. The title keeps its lines.
 */
function cardTexts(spec: CardSpec, measure: TextMeasure): CardTexts {
  const lead = showsLead(spec);
  const fit = (text: string, box: TextBox, family: string, weight: number) => fitText(text, box, (size) => measure(family, weight, size));
  const leadText = lead ? clip(spec.lead!, 150) : '';
  const rows = spec.rows.slice(0, 3).map((row) => ({ label: row.label, value: clip(row.value, 70) }));
  const texts: CardTexts = {
    title: fit(clip(spec.title, 110), CARD_BOXES.title(spec.title, lead), SERIF, 600),
    ...(lead ? { lead: fit(leadText, CARD_BOXES.lead, SANS, 400) } : {}),
    rows: rows.map((row) => ({ label: fit(row.label, CARD_BOXES.label, SANS, 600), value: fit(row.value, CARD_BOXES.value, SANS, 600) })),
    ...fitFooter(spec, measure),
  };
  const oneLine = (box: TextBox): TextBox => ({ ...box, maxLines: 1 });
  const reductions = [
    () => (texts.lead &&= fit(leadText, oneLine(CARD_BOXES.lead), SANS, 400)),
    () => delete texts.lead,
    ...[2, 1, 0].map((index) => () => {
      const row = rows[index];
      if (row && texts.rows[index]) texts.rows[index] = { label: fit(row.label, oneLine(CARD_BOXES.label), SANS, 600), value: fit(row.value, oneLine(CARD_BOXES.value), SANS, 600) };
    }),
    ...[2, 1, 0].map(() => () => texts.rows.pop()),
  ];
  for (const reduce of reductions) {
    if (columnHeight(texts) <= ROOM) break;
    reduce();
  }
  return texts;
}

/**
 * The lines of a fitted text, for satori: one text with a line break per line; `pre-line`
 * keeps the breaks (and still wraps, should a line ever come out wider than measured).
 */
const text = (fitted: FittedText) => fitted.lines.join('\n');

/** The card as satori's element tree; async because the texts are measured with the fonts (loaded once). */
export async function cardElement(spec: CardSpec): Promise<Element> {
  const ink = '#1b2430';
  const muted = '#55606e';
  const texts = cardTexts(spec, await cardTextMeasure());
  return h(
    'div',
    // `pre-line` (inherited by every text): the line breaks of the fitted texts are kept.
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: '#ffffff', fontFamily: SANS, color: ink, whiteSpace: 'pre-line' },
    // The band and the footer never shrink (satori's flex items do by default, sharing an overflow).
    h('div', { height: BAND, flexShrink: 0, backgroundColor: spec.accent, display: 'flex' }),
    h(
      'div',
      // The texts are fitted to the room above the footer (cardTexts). Should the column still be
      // too tall, minHeight 0 lets it shrink below its content and the footer, drawn later, covers
      // what runs under it. (Not `overflow: hidden`, which does the same but makes satori emit a
      // mask per element, slow to draw.)
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: `${COLUMN_TOP}px ${SIDE}px 0 ${SIDE}px`, minHeight: 0 },
      h(
        'div',
        { display: 'flex', alignItems: 'center' },
        h('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: spec.accent, border: `3px solid ${spec.accent}`, borderRadius: 999, padding: '2px 20px', textTransform: 'uppercase', letterSpacing: 1 }, spec.badge),
      ),
      h('div', { display: 'flex', marginTop: TITLE_GAP, fontFamily: SERIF, fontWeight: 600, fontSize: texts.title.size, lineHeight: LINE_HEIGHT.title, color: ink }, text(texts.title)),
      texts.lead && h('div', { display: 'flex', marginTop: LEAD_GAP, fontSize: texts.lead.size, lineHeight: LINE_HEIGHT.lead, color: muted }, text(texts.lead)),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', marginTop: ROWS_GAP },
        ...texts.rows.map((row) =>
          h(
            'div',
            { display: 'flex', fontSize: 30, lineHeight: LINE_HEIGHT.row, marginTop: ROW_GAP },
            h('div', { display: 'flex', width: LABEL_WIDTH, fontWeight: 600, fontSize: row.label.size, color: muted }, text(row.label)),
            h('div', { display: 'flex', flex: 1, fontWeight: 600, fontSize: row.value.size }, text(row.value)),
          ),
        ),
      ),
    ),
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: FOOTER, flexShrink: 0, padding: `0 ${SIDE}px`, backgroundColor: '#0b4f8a', color: '#ffffff', fontSize: texts.siteName.size },
      h('div', { display: 'flex', fontWeight: 700 }, text(texts.siteName)),
      h('div', { display: 'flex', fontSize: texts.edition.size }, text(texts.edition)),
    ),
  );
}
