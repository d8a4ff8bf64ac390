/**
 * Writes a palette image as PNG (colour type 3, 8 bits): signature, IHDR, PLTE, one IDAT, IEND.
 * No filter: on palette indices the PNG filters do not pay off (the PNG spec advises the same).
 * The bytes depend only on the pixels, the palette and zlib's version and settings.
 */
import { constants, crc32, deflateSync } from 'node:zlib';

/** zlib settings: level 6 takes ~4 ms a card; 9 saves 7 % of the bytes for ~25 ms, 4 saves 1.5 ms for 3 % more. */
export const DEFLATE = { level: 6, strategy: constants.Z_DEFAULT_STRATEGY } as const;

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** `rows`: per row a filter byte (0) and `width` palette indices, as PaletteCanvas keeps them. */
export function encodeIndexedPng(width: number, height: number, rows: Uint8Array, palette: readonly number[]): Buffer {
  if (rows.length !== (width + 1) * height) throw new Error(`PNG: ${rows.length} Bytes passen nicht zu ${width}×${height} Pixeln.`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // bit depth, colour type (palette), compression, filter, interlace
  const colours = Buffer.alloc(palette.length * 3);
  palette.forEach((rgb, i) => colours.set([(rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255], i * 3));
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', colours), chunk('IDAT', deflateSync(rows, DEFLATE)), chunk('IEND', new Uint8Array(0))]);
}
