/** File writing and frontmatter reading shared by the build steps and the ingest command. */
import { linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { load as parseYaml } from 'js-yaml';

/** Replaces `file` in one step: a reader sees the old or the new content, never half of it. */
export function writeAtomically(file: string, data: string | Uint8Array): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, data);
  } catch (error) {
    // The folder is made only when missing: a build writes tens of thousands of files (cards,
    // cache) into few folders, and creating the folder before every write cost more than writing.
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(temporary, data);
  }
  renameSync(temporary, file);
}

/** Writes a new file atomically and never over an existing one, even in a race. */
export function writeNewFile(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data, { flag: 'wx' });
  try {
    linkSync(temporary, file); // fails if `file` exists
  } finally {
    unlinkSync(temporary);
  }
}

/** The YAML frontmatter of a Markdown/MDX file, or `{}` when it has none. */
export function readFrontmatter(file: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  const data = match ? parseYaml(match[1] ?? '') : undefined;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}
