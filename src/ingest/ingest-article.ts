/**
 * Adds one article to the dossier: parses it, writes it as a source in the sources' folder without
 * ever overwriting anything, reports the known entities it mentions and the names it does not
 * know yet, and on request writes draft entity files for chosen names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { dump as toYaml } from 'js-yaml';
import { COLLECTION, ENTITY_KINDS, isCollectionFile, type EntityKind } from '../model/vocabulary.ts';
import { readFrontmatter, writeNewFile } from '../io/files.ts';
import { MentionMatcher, surfaceForms } from '../mentions/mention-matcher.ts';
import { findWords } from '../text/find-words.ts';
import { foldText } from '../text/normalise.ts';
import type { UnusualCharacter } from '../text/unusual-characters.ts';
import { readMentionTargets } from '../mentions/read-mention-targets.ts';
import { sourceParagraphs } from '../markdown/source-paragraphs.ts';
import { escapeMdxText } from './mdx-text.ts';
import { nameCandidates, type Candidate } from './name-candidates.ts';
import { ArticleError, parseArticle } from './parse-article.ts';

export interface StubRequest {
  name: string;
  /** The kind of entry the draft is for. */
  kind: EntityKind;
}

export interface IngestResult {
  status: 'written' | 'unchanged';
  /** The source's id and file. */
  id: string;
  file: string;
  paragraphs: number;
  warnings: string[];
  /** Unusual characters that came in with the text, by place (`Titel`, `Absatz 3`). */
  unusual: { where: string; characters: UnusualCharacter[] }[];
  /** Known entities mentioned, with the paragraphs they appear in. */
  mentions: { id: string; paragraphs: number[] }[];
  candidates: Candidate[];
  /** Draft entity files written. */
  stubs: string[];
}

function mdxFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(frontmatter, { lineWidth: -1 })}---\n\n${body}`;
}

/**
 * The fingerprint of an article's text: SHA-256 of its paragraphs as words (foldText), so that
 * the same article copied from a feed and from a web page (soft hyphens, no-break spaces,
 * other quotation marks) has one fingerprint. Title and date are left out: the same text under
 * a changed headline is the same article.
 */
export function textFingerprint(paragraphs: readonly string[]): string {
  return createHash('sha256').update(paragraphs.map(foldText).join('\n\n')).digest('hex');
}

/** The slug of a text: its first words, folded first so that a soft hyphen does not split a word. */
function slugOf(text: string, words = Infinity): string {
  return slugify(foldText(text).split(' ').slice(0, words).join(' '), { locale: 'de' });
}

/**
 * The source file that holds the same text as `paragraphs`, if any: by the fingerprint ingest
 * stored (`sha256`), or, for sources written by hand or by an older ingest, by comparing the
 * folded text of sources of the same month.
 */
function sameText(sourcesDir: string, files: readonly string[], date: string, fingerprint: string): string | undefined {
  for (const file of files) {
    const frontmatter = readFrontmatter(path.join(sourcesDir, file));
    if (frontmatter.sha256 === fingerprint) return file;
  }
  for (const file of files) {
    const full = path.join(sourcesDir, file);
    const frontmatter = readFrontmatter(full);
    // The month of the source's date (`2025-07`, `2025-07-14`; YAML reads an unquoted day as a Date).
    const month = frontmatter.date instanceof Date ? frontmatter.date.toISOString().slice(0, 7) : String(frontmatter.date).slice(0, 7);
    if (month !== date) continue;
    const body = readFileSync(full, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    try {
      if (textFingerprint(sourceParagraphs(body).map((p) => p.text)) === fingerprint) return file;
    } catch {
      // A source that does not parse is the build's to report, not ingest's.
    }
  }
  return undefined;
}

export function ingestArticle(bytes: Uint8Array, fileName: string, options: { contentDir: string; stubs?: StubRequest[] }): IngestResult {
  const article = parseArticle(bytes, fileName);
  const sourcesDir = path.join(options.contentDir, COLLECTION.source.folder);
  const fingerprint = textFingerprint(article.paragraphs);

  const existing = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => isCollectionFile('source', f)).sort() : [];
  const same = sameText(sourcesDir, existing, article.date, fingerprint);
  const baseId = `${article.date}-${slugOf(article.title, 6)}`.slice(0, 80).replace(/-+$/, '');
  let id = same ? same.replace(/\.mdx$/, '') : baseId;
  for (let n = 2; !same && existing.includes(`${id}.mdx`); n++) id = `${baseId}-${n}`;
  const file = path.join(sourcesDir, `${id}.mdx`);

  const targets = readMentionTargets(options.contentDir);
  const matcher = new MentionMatcher(targets);
  const byEntity = new Map<string, Set<number>>();
  article.paragraphs.forEach((text, i) => {
    for (const m of matcher.findAll(text)) byEntity.set(m.id, (byEntity.get(m.id) ?? new Set()).add(i + 1));
  });
  const mentions = [...byEntity.entries()].map(([entity, set]) => ({ id: entity, paragraphs: [...set] })).sort((a, b) => a.id.localeCompare(b.id));
  // Names are proposed as words, without the invisible characters a feed may have put in them.
  const candidates = nameCandidates(article.paragraphs.map(foldText), matcher);
  const result: IngestResult = { status: same ? 'unchanged' : 'written', id, file, paragraphs: article.paragraphs.length, warnings: article.warnings, unusual: article.unusual, mentions, candidates, stubs: [] };

  // Every stub is checked before anything is written, so an error leaves the content untouched.
  const stubPlans = (options.stubs ?? []).map((stub) => {
    const stubId = slugOf(stub.name);
    const paragraph = article.paragraphs.findIndex((p) => findWords(p, stub.name) !== undefined);
    if (paragraph < 0) throw new ArticleError(fileName, '--stub', `«${stub.name}» kommt im Artikel nicht vor.`, 'Den Namen genau so angeben, wie er im Text steht (siehe Kandidatenliste).');
    const known = targets.find((t) => t.id === stubId || surfaceForms(t).some((form) => foldText(form) === foldText(stub.name)));
    const taken = ENTITY_KINDS.flatMap((kind) => COLLECTION[kind].extensions.map((ext) => path.join(options.contentDir, COLLECTION[kind].folder, `${stubId}.${ext}`))).find((f) => existsSync(f));
    return { stub, stubId, paragraph, skip: known ? `«${stub.name}» ist schon bekannt (${known.id}); kein Entwurf geschrieben.` : taken ? `${taken} gibt es schon; nicht überschrieben.` : undefined };
  });

  if (!same) {
    const body = `${article.paragraphs.map(escapeMdxText).join('\n\n')}\n`;
    // Guarantee that the source reads back word for word before anything is written.
    let readBack: string[];
    try {
      readBack = sourceParagraphs(body).map((p) => p.text);
    } catch (error) {
      throw new ArticleError(fileName, 'Text', `Der Text liesse sich nicht als MDX lesen (${(error as Error).message}).`, 'Bitte den Fall melden; nichts wurde geschrieben.');
    }
    if (JSON.stringify(readBack) !== JSON.stringify(article.paragraphs)) {
      const at = readBack.findIndex((p, i) => p !== article.paragraphs[i]);
      throw new ArticleError(fileName, `Absatz ${at + 1}`, 'Der Text liesse sich nicht wörtlich als MDX speichern.', 'Bitte den Absatz prüfen und den Fall melden; nichts wurde geschrieben.');
    }
    const frontmatter = {
      title: article.title,
      date: article.date,
      credit: article.credit ?? 'ohne Angabe',
      language: 'de-CH',
      paragraphs: article.paragraphs.length,
      sha256: fingerprint,
      importedFrom: path.basename(fileName),
    };
    writeNewFile(file, mdxFile(frontmatter, body));
  }

  for (const { stub, stubId, paragraph, skip } of stubPlans) {
    const stubFile = path.join(options.contentDir, COLLECTION[stub.kind].folder, `${stubId}.mdx`);
    if (skip) {
      result.warnings.push(skip);
      continue;
    }
    writeNewFile(
      stubFile,
      mdxFile(
        {
          name: stub.name,
          aliases: [],
          draft: true,
          summary: `Entwurf: ${stub.name} wird in «${article.title}» erwähnt.`,
          cite: [`${id}#p${paragraph + 1}`],
        },
        '',
      ),
    );
    result.stubs.push(stubFile);
  }
  return result;
}
