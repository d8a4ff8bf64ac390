/**
 * Adds one article to the dossier: parses it, writes it as a source in the sources' folder without
 * ever overwriting anything, reports the known entities it mentions and the names it does not
 * know yet, and on request writes draft entity files for chosen names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import slugify from '@sindresorhus/slugify';
import { dump as toYaml } from 'js-yaml';
import { COLLECTION, ENTITY_KINDS, isCollectionFile, type EntityKind } from '../model/vocabulary.ts';
import { readFrontmatter, writeNewFile } from '../io/files.ts';
import { findWord, MentionMatcher, surfaceForms } from '../mentions/mention-matcher.ts';
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
  /** Known entities mentioned, with the paragraphs they appear in. */
  mentions: { id: string; paragraphs: number[] }[];
  candidates: Candidate[];
  /** Draft entity files written. */
  stubs: string[];
}

function mdxFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${toYaml(frontmatter, { lineWidth: -1 })}---\n\n${body}`;
}

export function ingestArticle(bytes: Uint8Array, fileName: string, options: { contentDir: string; stubs?: StubRequest[] }): IngestResult {
  const article = parseArticle(bytes, fileName);
  const sourcesDir = path.join(options.contentDir, COLLECTION.source.folder);
  const fingerprint = createHash('sha256').update(JSON.stringify([article.date, article.title, article.paragraphs])).digest('hex');

  const existing = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => isCollectionFile('source', f)).sort() : [];
  const same = existing.find((f) => readFrontmatter(path.join(sourcesDir, f)).sha256 === fingerprint);
  const baseId = `${article.date}-${slugify(article.title.split(/\s+/).slice(0, 6).join(' '), { locale: 'de' })}`.slice(0, 80).replace(/-+$/, '');
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
  const candidates = nameCandidates(article.paragraphs, matcher);
  const result: IngestResult = { status: same ? 'unchanged' : 'written', id, file, paragraphs: article.paragraphs.length, warnings: article.warnings, mentions, candidates, stubs: [] };

  // Every stub is checked before anything is written, so an error leaves the content untouched.
  const stubPlans = (options.stubs ?? []).map((stub) => {
    const stubId = slugify(stub.name, { locale: 'de' });
    const paragraph = article.paragraphs.findIndex((p) => findWord(p, stub.name) >= 0);
    if (paragraph < 0) throw new ArticleError(fileName, '--stub', `«${stub.name}» kommt im Artikel nicht vor.`, 'Den Namen genau so angeben, wie er im Text steht (siehe Kandidatenliste). Nichts wurde geschrieben.');
    const known = targets.find((t) => t.id === stubId || surfaceForms(t).includes(stub.name));
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
