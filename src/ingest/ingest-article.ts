/**
 * Adds one article to the dossier: parses it, writes it as a source in the sources' folder without
 * ever overwriting anything, reports the known entities it mentions and the names it does not
 * know yet, and on request writes draft entity files for chosen names.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { contentYaml } from './content-yaml.ts';
import { COLLECTION, ENTITY_KINDS, isCollectionFile, type EntityKind } from '../model/vocabulary.ts';
import { readFrontmatter } from '../io/files.ts';
import { fileRefusalParts } from '../io/file-errors.ts';
import { sourceLanguage } from './source-language.ts';
import { readRejectedNames, rejectedLookup } from './rejected-names.ts';
import { applyContentChanges, type ContentChange } from '../io/content-transaction.ts';
import { ContentRefusal, ContentWriteError, withContentLock } from '../io/content-lock.ts';
import { MentionMatcher, surfaceForms } from '../mentions/mention-matcher.ts';
import { findWords } from '../text/find-words.ts';
import { foldText } from '../text/normalise.ts';
import type { UnusualCharacter } from '../text/unusual-characters.ts';
import { readMentionTargets } from '../mentions/read-mention-targets.ts';
import { sourceParagraphs } from '../markdown/source-paragraphs.ts';
import { escapeMdxText } from './mdx-text.ts';
import type { Candidate } from './name-candidates.ts';
import { ArticleError, parseArticle } from './parse-article.ts';
import { draftFacts, slugOfWords, type FactDrafts } from './draft-facts.ts';
import { draftText, readDrafts, type DraftFile } from './drafts.ts';
import { draftFiles, type EventReport } from './make-drafts.ts';
import { entryDraft, proposedEntry, sourceLabel } from './entry-drafts.ts';
import type { Credit } from './read-credit.ts';
import { readKnownEvents, readPendingEvents } from './known-events.ts';
import { today } from './today.ts';

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
  /** Candidates the editors rejected before: listed, not drafted again (rejected-names.ts). */
  rejectedNames?: string[];
  /** Draft entity files written. */
  stubs: string[];
  /** What the article says, drafted: quotes with speakers, dates, events (draft-facts.ts). */
  facts: FactDrafts;
  /** The draft files written for review (paths below the content folder), none for an article already in the dossier. */
  drafts: DraftFile[];
  /** The draft file of each drafted quote and event, in the order of `facts` (empty when none were written). */
  quoteDrafts: string[];
  eventDrafts: string[];
  /** What became of each drafted event (a report on a known event or a new one), in the order of `facts.events`. */
  eventReports: EventReport[];
  /** The agency credit as the text prints it, if it does. */
  credit?: Credit;
  /** The headline, for the summaries of proposed entries. */
  title: string;
  /** How drafted summaries name the source («der Meldung von dpa-AFX vom August 2025»). */
  sourceLabel: string;
  /** For an article already in the dossier under another headline: that headline. */
  otherTitle?: string;
}

function mdxFile(frontmatter: Record<string, unknown>, body: string): string {
  return `---\n${contentYaml(frontmatter)}---\n\n${body}`;
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

/**
 * The source file that holds the same text as `paragraphs`, if any, with its headline: by the
 * fingerprint ingest stored (`sha256`), or, for sources written by hand or by an older ingest,
 * by the fingerprint of their text. Headline and date do not count: the same body under a
 * changed headline (or a corrected date line) is the same article.
 */
function sameText(sourcesDir: string, files: readonly string[], fingerprint: string): { file: string; title: string } | undefined {
  const titled = (file: string, frontmatter: Record<string, unknown>) => ({ file, title: String(frontmatter.title ?? '') });
  const unfingerprinted: string[] = [];
  for (const file of files) {
    const frontmatter = readFrontmatter(path.join(sourcesDir, file));
    if (frontmatter.sha256 === fingerprint) return titled(file, frontmatter);
    if (typeof frontmatter.sha256 !== 'string') unfingerprinted.push(file);
  }
  for (const file of unfingerprinted) {
    const full = path.join(sourcesDir, file);
    const body = readFileSync(full, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    try {
      if (textFingerprint(sourceParagraphs(body).map((p) => p.text)) === fingerprint) return titled(file, readFrontmatter(full));
    } catch {
      // A source that does not parse is the build's to report, not ingest's.
    }
  }
  return undefined;
}

/** Whether `name` or its genitive (-s, -es) stands in `text` as words: `--stub Kreml` for a text that says «des Kremls». */
function namedIn(text: string, name: string): boolean {
  return [name, `${name}s`, `${name}es`].some((form) => findWords(text, form) !== undefined);
}

export function ingestArticle(bytes: Uint8Array, fileName: string, options: { contentDir: string; stubs?: StubRequest[] }): IngestResult {
  // One writer at a time; an interrupted earlier run is finished or undone first (and said so).
  try {
    return withContentLock(options.contentDir, 'npm run ingest', (recovered) => {
      const result = ingestLocked(bytes, fileName, options);
      if (recovered) result.warnings.unshift(recovered);
      return result;
    });
  } catch (error) {
    if (error instanceof ContentWriteError) throw new ArticleError(fileName, 'Schreiben', error.what, error.hint);
    if (error instanceof ContentRefusal) throw new ArticleError(fileName, 'Inhalt', error.message, 'Nichts wurde geschrieben.');
    throw error;
  }
}

function ingestLocked(bytes: Uint8Array, fileName: string, options: { contentDir: string; stubs?: StubRequest[] }): IngestResult {
  const article = parseArticle(bytes, fileName);
  const sourcesDir = path.join(options.contentDir, COLLECTION.source.folder);
  const fingerprint = textFingerprint(article.paragraphs);

  const existing = existsSync(sourcesDir) ? readdirSync(sourcesDir).filter((f) => isCollectionFile('source', f)).sort() : [];
  const same = sameText(sourcesDir, existing, fingerprint);
  const baseId = `${article.date}-${slugOfWords(article.title, 70)}`;
  let id = same ? same.file.replace(/\.mdx$/, '') : baseId;
  for (let n = 2; !same && existing.includes(`${id}.mdx`); n++) id = `${baseId}-${n}`;
  const file = path.join(sourcesDir, `${id}.mdx`);

  const targets = readMentionTargets(options.contentDir);
  const matcher = new MentionMatcher(targets);
  const facts = draftFacts(article.paragraphs, article.date, targets, matcher, article.title);
  const result: IngestResult = {
    status: same ? 'unchanged' : 'written',
    id,
    file,
    paragraphs: article.paragraphs.length,
    warnings: article.warnings,
    unusual: article.unusual,
    mentions: facts.entities.known,
    candidates: facts.entities.candidates,
    stubs: [],
    facts,
    drafts: [],
    quoteDrafts: [],
    eventDrafts: [],
    eventReports: [],
    ...(article.credit ? { credit: article.credit } : {}),
    title: article.title,
    sourceLabel: sourceLabel(article.credit?.text ?? '', article.date),
    ...(same && same.title !== article.title ? { otherTitle: same.title } : {}),
  };
  // The drafts are worked out for every run (the report says what became of each event); written only for a new source.
  const exists = (rel: string) => existsSync(path.join(options.contentDir, rel));
  const rejected = rejectedLookup(readRejectedNames(options.contentDir));
  const set = draftFiles(facts, id, article.title, article.date, exists, today(), [...readKnownEvents(options.contentDir), ...readPendingEvents(readDrafts(options.contentDir).drafts, id)], article.credit?.text ?? '', article.paragraphs, rejected);
  result.rejectedNames = facts.entities.candidates.filter((c) => rejected(c.name)).map((c) => c.name);
  result.eventReports = set.eventReports;

  // Every stub is checked before anything is written, so an error leaves the content untouched.
  // A stub is an entry draft in the source's drafts folder like every other: accept publishes it, the review lists it.
  const stubDrafts: DraftFile[] = [];
  const alreadyDrafted: string[] = [];
  for (const stub of options.stubs ?? []) {
    const stubId = slugOfWords(stub.name, 60);
    const paragraph = article.paragraphs.findIndex((p) => namedIn(p, stub.name));
    if (paragraph < 0) throw new ArticleError(fileName, '--stub', `«${stub.name}» kommt im Artikel nicht vor.`, 'Den Namen genau so angeben, wie er im Text steht (siehe Kandidatenliste).');
    const known = targets.find((t) => surfaceForms(t).some((form) => form === stub.name));
    if (known) {
      result.warnings.push(`«${stub.name}» ist schon bekannt (${known.id}); kein Entwurf geschrieben.`);
      continue;
    }
    // «Juergen Mueller» beside «Jürgen Müller»: the same id, maybe the same person; the editor decides, nothing merges silently.
    const clash = ENTITY_KINDS.flatMap((kind) => COLLECTION[kind].extensions.map((ext) => `${COLLECTION[kind].folder}/${stubId}.${ext}`)).find((f) => existsSync(path.join(options.contentDir, f)))
      ?? targets.find((t) => t.id === stubId || surfaceForms(t).some((form) => foldText(form) === foldText(stub.name)))?.id;
    let draftId = stubId;
    const taken = (candidate: string) =>
      ENTITY_KINDS.some((kind) => COLLECTION[kind].extensions.some((ext) => existsSync(path.join(options.contentDir, COLLECTION[kind].folder, `${candidate}.${ext}`)))) ||
      targets.some((t) => t.id === candidate) ||
      [...set.drafts, ...stubDrafts].some((d) => d.entwurf.ziel.endsWith(`/${candidate}.mdx`));
    for (let n = 2; taken(draftId); n++) draftId = `${stubId}-${n}`;
    const candidate = facts.entities.candidates.find((c) => c.name === stub.name);
    const draft = entryDraft({
      name: stub.name, kind: stub.kind, id: draftId, sourceId: id, title: article.title, paragraph: paragraph + 1, day: today(), source: result.sourceLabel,
      ...(candidate ? { candidate } : {}), ...(clash ? { clash: clash.replace(/\.[a-z]+$/u, '') } : {}), why: `Vom Redaktor mit --stub verlangt (Absatz ${paragraph + 1}).`,
    });
    // The name is drafted already (a speaker or participant): that draft is the stub's.
    const drafted = set.drafts.find((d) => d.entwurf.markiert === stub.name && d.entwurf.art === 'eintrag');
    if (drafted && !same) {
      alreadyDrafted.push(path.join(options.contentDir, drafted.file));
      continue;
    }
    if (existsSync(path.join(options.contentDir, draft.file)) || drafted) {
      result.warnings.push(`Für «${stub.name}» gibt es schon einen Entwurf; nicht überschrieben.`);
      continue;
    }
    stubDrafts.push(draft);
  }

  const changes: ContentChange[] = [];
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
      credit: article.credit?.text ?? 'ohne Angabe',
      language: sourceLanguage(article.paragraphs, article.credit?.text),
      paragraphs: article.paragraphs.length,
      sha256: fingerprint,
      importedFrom: path.basename(fileName),
      added: today(),
    };
    changes.push({ file: path.relative(options.contentDir, file).split(path.sep).join('/'), data: mdxFile(frontmatter, body), mustBeNew: true });
    for (const draft of set.drafts) changes.push({ file: draft.file, data: draftText(draft), mustBeNew: true });
    result.drafts = set.drafts;
    result.quoteDrafts = set.quoteDrafts;
    result.eventDrafts = set.eventDrafts;
  }
  for (const draft of stubDrafts) changes.push({ file: draft.file, data: draftText(draft), mustBeNew: true });

  // The source, its drafts and the stubs, all or nothing, whatever moment the process is killed.
  let problems: string[];
  try {
    ({ problems } = applyContentChanges(options.contentDir, 'npm run ingest', changes));
  } catch (error) {
    // applyContentChanges has undone what it began; the German reason names what ran out or was refused.
    const refusal = fileRefusalParts(error);
    if (!refusal) throw error;
    throw new ArticleError(fileName, 'Schreiben', `${refusal.what} Nichts wurde geschrieben.`, refusal.hint);
  }
  if (problems.length > 0) {
    throw new ArticleError(fileName, 'Schreiben', `${problems.join(' ')} Nichts geschrieben.`, 'Eine Datei steht im Weg, z. B. ein Entwurf aus einem früheren Lauf: ihn veröffentlichen oder verwerfen, dann erneut importieren.');
  }
  result.stubs = [...alreadyDrafted, ...stubDrafts.map((d) => path.join(options.contentDir, d.file))];
  result.drafts = [...result.drafts, ...stubDrafts];
  return result;
}

/**
 * The ingest report as `npm run ingest -- --json` prints it; a stable shape (documented in the
 * README): dates as `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or a range `A/B`; `draft` is the draft file
 * (below the content folder) that holds the drafted entry, absent for an article already in the dossier.
 */
export function ingestReport(result: IngestResult) {
  const { facts } = result;
  const party = (p: { id?: string; name: string } | null) => (p ? { ...(p.id ? { id: p.id } : {}), name: p.name } : null);
  return {
    source: {
      id: result.id, file: result.file, status: result.status, paragraphs: result.paragraphs,
      credit: result.credit?.text ?? null,
      creditSpan: result.credit ? { paragraph: result.credit.paragraph, start: result.credit.start, end: result.credit.end } : null,
    },
    quotes: facts.quotes.map((q, i) => ({
      text: q.text, paragraph: q.paragraph, speaker: party(q.speaker), channel: party(q.channel), draft: result.quoteDrafts[i] ?? null,
      state: q.state, check: q.check, why: q.why,
    })),
    dates: facts.dates.map((d) => ({ text: d.text, paragraph: d.paragraph, value: d.value, precision: d.precision })),
    events: facts.events.map((e, i) => {
      const report = result.eventReports[i];
      return {
        title: e.title, date: e.date, paragraph: e.paragraph, participants: e.participants, place: e.place ?? null, draft: result.eventDrafts[i] ?? null,
        kind: e.kind, paragraphs: e.paragraphs, countries: e.countries,
        existing: report?.existing ?? null,
        candidates: (report?.candidates ?? []).slice(0, 5).map((c) => ({ id: c.id, score: c.score, reasons: c.reasons })),
        abweichend: report?.abweichend ?? false,
        state: report?.state ?? e.state, check: report?.check ?? e.check, why: report?.why ?? e.why,
      };
    }),
    entities: {
      known: facts.entities.known,
      candidates: facts.entities.candidates.map((c) => {
        const proposed = proposedEntry(c.name, c.kind ?? 'person', c, result.title, result.sourceLabel);
        return { ...c, folder: proposed.folder, summary: proposed.summary, state: proposed.state };
      }),
    },
  };
}
