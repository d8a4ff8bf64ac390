/**
 * Writes a zip archive from entries whose data is already deflated, byte for byte as fflate's
 * `zipSync` would write the same files (same headers, same field values, same order). With the
 * deflating done apart from the container, the offline edition can deflate its thousands of
 * files on several threads, as they are produced, and keep only the compressed bytes in
 * memory, and still give the same zip as before for the same site.
 */
import { crc32 } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive. */
  name: string;
  /** CRC-32 of the uncompressed data. */
  crc: number;
  /** Length of the uncompressed data. */
  size: number;
  /** The data as stored: raw DEFLATE (method 8) or the data itself (method 0). */
  stored: Uint8Array;
  method: 0 | 8;
}

export function entryCrc(data: Uint8Array): number {
  return crc32(data);
}

/** Little-endian, as many bytes as the value needs (fflate's `wbytes`; the buffer starts zeroed). */
function writeBytes(out: Uint8Array, at: number, value: number): void {
  for (let v = value; v; at++, v >>>= 8) out[at] = v & 255;
}

/** MS-DOS date and time from local time, as fflate computes it. */
function dosTime(date: Date): number {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError('Zip-Zeitstempel ausserhalb 1980–2099.');
  return (year << 25) | ((date.getMonth() + 1) << 21) | (date.getDate() << 16) | (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1);
}

const encoder = new TextEncoder();

/** One header: the local one (`centralOffset` undefined) or the central directory's. */
function writeHeader(out: Uint8Array, at: number, entry: ZipEntry, name: Uint8Array, utf8: boolean, time: number, localOffset?: number): number {
  const central = localOffset !== undefined;
  writeBytes(out, at, central ? 0x2014b50 : 0x4034b50);
  at += 4;
  if (central) {
    out[at++] = 20; // version made by
    out[at++] = 0; // host system
  }
  out[at] = 20; // version needed
  at += 2;
  out[at++] = 0; // flags
  out[at++] = utf8 ? 8 : 0; // bit 11: UTF-8 name
  out[at++] = entry.method & 255;
  out[at++] = entry.method >> 8;
  writeBytes(out, at, time);
  at += 4;
  writeBytes(out, at, entry.crc);
  writeBytes(out, at + 4, entry.stored.length);
  writeBytes(out, at + 8, entry.size);
  writeBytes(out, at + 12, name.length);
  at += 16; // extra field length stays 0
  if (central) {
    writeBytes(out, at + 10, localOffset); // comment, disk, attributes stay 0
    at += 14;
  }
  out.set(name, at);
  return at + name.length;
}

/**
 * The archive in pieces, in file order: each entry's local header and data, then the central
 * directory and its end record. Entries in the order given, each with the time stamp `mtime`.
 */
export function* zipPieces(entries: readonly ZipEntry[], mtime: Date): Generator<Uint8Array> {
  const time = dosTime(mtime);
  const names = entries.map((e) => encoder.encode(e.name));
  let localSize = 0;
  let centralSize = 0;
  names.forEach((name, i) => {
    if (name.length > 65535) throw new RangeError(`Dateiname zu lang für ein Zip: ${entries[i]!.name}`);
    localSize += 30 + name.length + entries[i]!.stored.length;
    centralSize += 46 + name.length;
  });
  const utf8 = (i: number) => names[i]!.length !== entries[i]!.name.length;
  const offsets: number[] = [];
  let local = 0;
  for (const [i, entry] of entries.entries()) {
    const header = new Uint8Array(30 + names[i]!.length);
    writeHeader(header, 0, entry, names[i]!, utf8(i), time);
    offsets.push(local);
    local += header.length + entry.stored.length;
    yield header;
    yield entry.stored;
  }
  const central = new Uint8Array(centralSize + 22);
  let at = 0;
  for (const [i, entry] of entries.entries()) at = writeHeader(central, at, entry, names[i]!, utf8(i), time, offsets[i]);
  // End of central directory.
  writeBytes(central, at, 0x6054b50);
  writeBytes(central, at + 8, entries.length);
  writeBytes(central, at + 10, entries.length);
  writeBytes(central, at + 12, centralSize);
  writeBytes(central, at + 16, localSize);
  yield central;
}

/** The whole archive in memory. */
export function zipArchive(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const pieces = [...zipPieces(entries, mtime)];
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
