/**
 * The two things the cards need from a font file besides drawing: unpacking WOFF into the plain
 * font (sfnt) that satori would otherwise unpack itself, far more slowly, in every worker, and
 * the set of characters a font has glyphs for, for the glyph check.
 */
import { inflateSync } from 'node:zlib';

const WOFF_SIGNATURE = 0x774f4646; // 'wOFF'

/** WOFF 1.0 -> TrueType/OpenType bytes: the same tables, uncompressed, with an sfnt header. */
export function woffToSfnt(woff: Uint8Array): Buffer {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== WOFF_SIGNATURE) throw new Error('Schriftdatei ist kein WOFF 1.0.');
  const flavor = view.getUint32(4);
  const tableCount = view.getUint16(12);
  const out = Buffer.alloc(view.getUint32(16));
  const header = new DataView(out.buffer, out.byteOffset, out.byteLength);
  let log2 = 0;
  while (2 ** (log2 + 1) <= tableCount) log2 += 1;
  header.setUint32(0, flavor);
  header.setUint16(4, tableCount);
  header.setUint16(6, 2 ** log2 * 16);
  header.setUint16(8, log2);
  header.setUint16(10, tableCount * 16 - 2 ** log2 * 16);
  let offset = 12 + tableCount * 16;
  for (let i = 0; i < tableCount; i++) {
    const entry = 44 + i * 20;
    const [tag, from, compressed, length, checksum] = [0, 4, 8, 12, 16].map((at) => view.getUint32(entry + at)) as [number, number, number, number, number];
    const record = 12 + i * 16;
    header.setUint32(record, tag);
    header.setUint32(record + 4, checksum);
    header.setUint32(record + 8, offset);
    header.setUint32(record + 12, length);
    const stored = woff.subarray(from, from + compressed);
    out.set(compressed < length ? inflateSync(stored) : stored, offset);
    offset += (length + 3) & ~3;
  }
  return out;
}

/** Code points that the font's Unicode cmap (format 4 or 12) maps to a glyph other than .notdef. */
export function codePointsOf(sfnt: Uint8Array): Set<number> {
  const view = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const tableCount = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tableCount; i++) {
    if (view.getUint32(12 + i * 16) === 0x636d6170 /* 'cmap' */) cmap = view.getUint32(12 + i * 16 + 8);
  }
  if (cmap < 0) throw new Error('Schrift ohne cmap-Tabelle.');
  const subtables = Array.from({ length: view.getUint16(cmap + 2) }, (_, i) => cmap + view.getUint32(cmap + 4 + i * 8 + 4));
  const format = (at: number) => view.getUint16(at);
  // Format 12 covers all of Unicode and, where present, everything format 4 has.
  const table = subtables.find((at) => format(at) === 12) ?? subtables.find((at) => format(at) === 4);
  if (table === undefined) throw new Error('Schrift ohne Unicode-cmap (Format 4 oder 12).');
  const points = new Set<number>();
  if (format(table) === 12) {
    const groups = view.getUint32(table + 12);
    for (let g = 0; g < groups; g++) {
      const at = table + 16 + g * 12;
      const [start, end, glyph] = [view.getUint32(at), view.getUint32(at + 4), view.getUint32(at + 8)];
      for (let cp = start; cp <= end; cp++) if (glyph + (cp - start) !== 0) points.add(cp);
    }
    return points;
  }
  const segments = view.getUint16(table + 6) / 2;
  const ends = table + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const [start, end, delta, rangeOffset] = [view.getUint16(starts + s * 2), view.getUint16(ends + s * 2), view.getInt16(deltas + s * 2), view.getUint16(rangeOffsets + s * 2)];
    for (let cp = start; cp <= end && cp !== 0xffff; cp++) {
      const glyph = rangeOffset === 0 ? (cp + delta) & 0xffff : glyphFromArray(view, rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2, delta);
      if (glyph !== 0) points.add(cp);
    }
  }
  return points;
}

function glyphFromArray(view: DataView, at: number, delta: number): number {
  const glyph = view.getUint16(at);
  return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
}
