/**
 * The card's layout as a satori element tree: a coloured band for the type, the title large
 * in serif, up to three labelled facts, and the dossier's name and edition at the bottom.
 */
import { truncateAtWord } from '../../view/truncate.ts';
import { cardText, type CardSpec } from '../spec/card-spec.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
/** Bump when the layout changes: it is part of every card's cache key. */
export const TEMPLATE_VERSION = 'card-v3';

type Style = Record<string, string | number>;
interface Element {
  type: string;
  props: { style?: Style; children?: (Element | string)[] | Element | string };
}

function h(type: string, style: Style, ...children: (Element | string | undefined | false)[]): Element {
  const kids = children.filter((c): c is Element | string => Boolean(c));
  return { type, props: { style, children: kids.length === 1 ? kids[0] : kids } };
}

const clip = truncateAtWord;
export const ELLIPSIS = ' …';

/** Every character the layout can draw for `spec`: its texts, the badge in capitals, the ellipsis of shortened text. */
export function drawnText(spec: CardSpec): string {
  return `${cardText(spec)} ${spec.badge.toUpperCase()}${ELLIPSIS}`;
}

function titleSize(title: string): number {
  if (title.length <= 30) return 72;
  if (title.length <= 55) return 62;
  if (title.length <= 80) return 54;
  return 46;
}

export function cardElement(spec: CardSpec): Element {
  const ink = '#1b2430';
  const muted = '#55606e';
  return h(
    'div',
    { width: CARD_WIDTH, height: CARD_HEIGHT, display: 'flex', flexDirection: 'column', backgroundColor: '#ffffff', fontFamily: 'Source Sans 3', color: ink },
    h('div', { height: 18, backgroundColor: spec.accent, display: 'flex' }),
    h(
      'div',
      // minHeight 0 lets the column shrink below its content, so a long text never squeezes the
      // band or the footer; the footer, drawn later, covers what runs under it. (Not `overflow:
      // hidden`, which does the same but makes satori emit a mask per element, slow to draw.)
      { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '44px 72px 0 72px', minHeight: 0 },
      h(
        'div',
        { display: 'flex', alignItems: 'center' },
        h('div', { display: 'flex', fontSize: 26, fontWeight: 700, color: spec.accent, border: `3px solid ${spec.accent}`, borderRadius: 999, padding: '2px 20px', textTransform: 'uppercase', letterSpacing: 1 }, spec.badge),
      ),
      h('div', { display: 'flex', marginTop: 26, fontFamily: 'Source Serif 4', fontWeight: 600, fontSize: titleSize(spec.title), lineHeight: 1.12, color: ink }, clip(spec.title, 110, ELLIPSIS)),
      // A long title takes the lead's room; nothing may run into the footer.
      spec.lead && spec.title.length <= 55 && h('div', { display: 'flex', marginTop: 18, fontSize: 30, lineHeight: 1.3, color: muted }, clip(spec.lead, 150, ELLIPSIS)),
      h(
        'div',
        { display: 'flex', flexDirection: 'column', marginTop: 28 },
        ...spec.rows.slice(0, 3).map((row) =>
          h(
            'div',
            { display: 'flex', fontSize: 30, lineHeight: 1.35, marginTop: 6 },
            h('div', { display: 'flex', width: 200, fontWeight: 600, color: muted }, row.label),
            h('div', { display: 'flex', flex: 1, fontWeight: 600 }, clip(row.value, 70, ELLIPSIS)),
          ),
        ),
      ),
    ),
    h(
      'div',
      { display: 'flex', justifyContent: 'space-between', alignItems: 'center', height: 84, padding: '0 72px', backgroundColor: '#0b4f8a', color: '#ffffff', fontSize: 28 },
      h('div', { display: 'flex', fontWeight: 700 }, spec.siteName),
      h('div', { display: 'flex' }, spec.edition),
    ),
  );
}
