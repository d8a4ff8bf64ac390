/**
 * The offline edition's zip container, written by fflate's streaming `Zip`. The files arrive
 * already deflated (on worker threads, see packer.ts) with their CRC-32 and size, so that
 * thousands of files deflate in parallel and only their compressed bytes stay in memory. Each
 * one is therefore handed to `Zip` as a bare `ZipInputFile` whose data passes through as it is:
 * fflate writes only the headers, data descriptors and central directory around it.
 *
 * The streaming `Zip` writes every entry the way a stream has to, even when CRC and sizes are
 * known up front (it has no option for that): general-purpose flag bit 3 set, CRC and sizes zero
 * in the local header and given in a 16-byte data descriptor after the data (and, as always, in
 * the central directory). So the archive is not byte for byte what `zipSync` would write (16
 * bytes more per file), but the same entries still give the same bytes.
 */
import { Zip, type ZipInputFile } from 'fflate';

/**
 * Entries are marked as made on Unix (APPNOTE 4.4.2.2, «version made by» 3) as regular files
 * readable by all (mode 0644). fflate's default, MS-DOS, makes Info-ZIP's `unzip` read a name
 * as a DOS code page even with the UTF-8 flag (bit 11) set, so «Erklärung.txt» came out as
 * «Erkl+\361rung.txt»; with Unix as origin it honours the flag, as Windows Explorer and macOS do.
 */
const MADE_ON_UNIX = 3;
const REGULAR_FILE_0644 = (0o100644 << 16) >>> 0;

export interface ZipEntry {
  /** Path inside the archive. */
  name: string;
  /** CRC-32 of the uncompressed data. */
  crc: number;
  /** Length of the uncompressed data. */
  size: number;
  /** The data as stored: raw DEFLATE (method 8) or the data itself (method 0); on an ArrayBuffer, as fflate's stream types require. */
  stored: Uint8Array<ArrayBuffer>;
  method: 0 | 8;
}

/**
 * Hands the archive to `write` piece by piece, in file order: each entry's local header, data
 * and data descriptor, then the central directory with its end record. Entries in the order
 * given, each with the time stamp `mtime` (fflate stores it as local date and time).
 */
export function writeZip(entries: readonly ZipEntry[], mtime: Date, write: (piece: Uint8Array) => void): void {
  let ended = false;
  const zip = new Zip((error, piece, final) => {
    if (error) throw error;
    write(piece);
    ended = final;
  });
  for (const entry of entries) {
    const file: ZipInputFile = { filename: entry.name, crc: entry.crc, size: entry.size, compression: entry.method, mtime, os: MADE_ON_UNIX, attrs: REGULAR_FILE_0644 };
    zip.add(file);
    // All of the entry's data in one final chunk: `Zip` then emits the entry at once.
    file.ondata!(null, entry.stored, true);
  }
  zip.end();
  // With every file complete when added, `Zip` works synchronously; anything else is a bug here.
  if (!ended) throw new Error('Zip nicht vollständig geschrieben.');
}

/** The whole archive in memory. */
export function zipArchive(entries: readonly ZipEntry[], mtime: Date): Uint8Array {
  const pieces: Uint8Array[] = [];
  writeZip(entries, mtime, (piece) => pieces.push(piece));
  const out = new Uint8Array(pieces.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}
