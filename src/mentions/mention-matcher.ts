/**
 * Finds where a text mentions a known entity, by any of the forms the texts use. Pure string
 * logic, shared by the remark plugin that links mentions in sources, the graph that lists
 * "Erwähnt in", and the pages that link names in summaries.
 *
 * German inflection is handled by generating surface forms, not by stemming, so that nothing is
 * linked that an editor could not predict: each name and alias, its genitive in -s, and for an
 * adjective stem (`nordkoreanisch`) its five endings. Matching is on whole words, longest form
 * first, so `russischen Armee` (the army) wins over `russischen` (the state). Text and forms are
 * compared folded (src/text/normalise.ts's foldText), so a soft hyphen, a no-break space or a
 * non-breaking hyphen copied in from a feed does not hide a name; mentions are reported at their
 * place in the original text, as they stand there.
 */
import { escapeRegExp, findWords, WORD_CHAR } from '../text/find-words.ts';
import { foldText, foldTextWithOffsets } from '../text/normalise.ts';

export interface MentionTarget {
  /** The entity's id. */
  id: string;
  name: string;
  aliases: readonly string[];
  /** Other spellings and transliterations (`Lavrov`); matched like aliases. */
  spellings?: readonly string[];
  /** Adjective stem used where the text means the entity, e.g. `nordkoreanisch`. */
  adjective?: string;
}

export interface Mention {
  id: string;
  /** Offset of the first character in the text. */
  start: number;
  end: number;
  /** The words as they stand in the text. */
  text: string;
  /** Set by an editor's override; always linked. */
  forced?: true;
}

/** An editor's correction for one paragraph: `link: false` suppresses, an id forces. */
export interface MentionOverride {
  text: string;
  link: string | false;
}

const ADJECTIVE_ENDINGS = ['e', 'em', 'en', 'er', 'es'];

function capitalise(word: string): string {
  return word.charAt(0).toLocaleUpperCase('de-CH') + word.slice(1);
}

/** Every surface form under which the text may mention an entity. */
export function surfaceForms(target: MentionTarget): string[] {
  const forms = new Set<string>();
  for (const form of [target.name, ...target.aliases, ...(target.spellings ?? [])]) {
    forms.add(form);
    // "Russische Armee" stands mid-sentence as "russische Armee": a multi-word name may begin
    // with an adjective, lower-case in running text.
    if (form.includes(' ')) forms.add(form.charAt(0).toLocaleLowerCase('de-CH') + form.slice(1));
    // The genitive of names: Lawrows, Nordkoreas, Moskaus. Names ending in a sibilant take none.
    if (/^\p{Lu}/u.test(form.split(' ').at(-1) ?? '') && !/[sßxz]$/u.test(form)) forms.add(`${form}s`);
  }
  if (target.adjective) {
    for (const ending of ADJECTIVE_ENDINGS) {
      forms.add(`${target.adjective}${ending}`);
      forms.add(capitalise(`${target.adjective}${ending}`)); // at the start of a sentence
    }
  }
  return [...forms].filter((f) => f.trim().length > 0);
}

/** A maximal run of word characters. */
const WORD_RUN = new RegExp(`${WORD_CHAR}+`, 'gu');
const IS_WORD_CHAR = new RegExp(`^${WORD_CHAR}$`, 'u');
/** What `\s` matches in a JavaScript regular expression. */
const IS_SPACE = /^\s$/;

/**
 * The forms of a set of targets, ready to match. The rule is that of one alternation of all
 * forms, longest first, as whole words, each space in a form standing for any run of white
 * space: `(?<!w)(?:form1|form2|…)(?!w)`, scanned left to right. Run as one regular expression,
 * its cost grows with the number of forms for every text searched, which a dossier of thousands
 * of entities pays for every paragraph and every summary. So the same alternation is run by
 * hand: a form that starts with a word character can only match where a whole word of the text
 * equals the form's first word (the whole-word check before the match and the form's own next
 * character bound it), so at each word of the text only the forms filed under that word are
 * tried, in the alternation's order, with the alternation's checks. The rare form that starts
 * with another character is tried wherever that character stands.
 */
interface Form {
  text: string;
  /** The form split at its spaces; matched literally, with white space between the parts. */
  parts: string[];
  /** For a form whose parts a literal match cannot follow (see `literalParts`): its alternative as a sticky pattern. */
  pattern?: RegExp;
}

interface CompiledForms {
  owner: Map<string, string>;
  /** All forms, longest first: the order in which the alternation tries them. */
  forms: Form[];
  /** Positions in `forms` of the forms starting with a word character, by their first word. */
  byFirstWord: Map<string, number[]>;
  /** Positions in `forms` of the other forms, by their first character. */
  byFirstChar: Map<string, number[]>;
}

/**
 * The remark plugin makes a matcher per source file from the same list of targets (the list
 * object changes only when an entity file changes), so the compiled forms are kept per list.
 */
const compiledFor = new WeakMap<readonly MentionTarget[], CompiledForms>();

const isWordChar = (char: string | undefined) => char !== undefined && IS_WORD_CHAR.test(char);
const isSpace = (char: string | undefined) => char !== undefined && IS_SPACE.test(char);

/** The code point that ends just before `at`, or undefined at the start. */
function charBefore(text: string, at: number): string | undefined {
  if (at === 0) return undefined;
  const low = text.charCodeAt(at - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && at >= 2 && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? at - 2 : at - 1;
  return String.fromCodePoint(text.codePointAt(start)!);
}

function charAt(text: string, at: number): string | undefined {
  return at < text.length ? String.fromCodePoint(text.codePointAt(at)!) : undefined;
}

/**
 * A greedy run of white space followed by the next part matches exactly as the regular
 * expression's backtracking would, unless a part is empty or starts with white space itself;
 * such forms keep a pattern.
 */
function literalParts(parts: readonly string[]): boolean {
  return parts.every((part, i) => part.length > 0 && (i === 0 || !isSpace(charAt(part, 0))));
}

function compileForms(targets: readonly MentionTarget[]): CompiledForms {
  const owner = new Map<string, string>();
  for (const target of targets) {
    for (const form of surfaceForms(target).map(foldText)) {
      // Two entities claiming one form is a content error the graph reports; here the first wins.
      if (form.length > 0 && !owner.has(form)) owner.set(form, target.id);
    }
  }
  const texts = [...owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  const forms = texts.map((text): Form => {
    const parts = text.split(' ');
    return literalParts(parts)
      ? { text, parts }
      : { text, parts, pattern: new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(text).replace(/ /g, '\\s+')}(?!${WORD_CHAR})`, 'uy') };
  });
  const byFirstWord = new Map<string, number[]>();
  const byFirstChar = new Map<string, number[]>();
  const file = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (list) list.push(i);
    else map.set(key, [i]);
  };
  texts.forEach((text, i) => {
    const first = charAt(text, 0)!;
    if (isWordChar(first)) file(byFirstWord, text.match(WORD_RUN)![0], i);
    else file(byFirstChar, first, i);
  });
  return { owner, forms, byFirstWord, byFirstChar };
}

/** Where `form` ends if it matches at `at` with the alternation's checks, or -1. */
function matchAt(text: string, at: number, form: Form): number {
  if (form.pattern) {
    form.pattern.lastIndex = at;
    const match = form.pattern.exec(text);
    return match ? at + match[0].length : -1;
  }
  if (isWordChar(charBefore(text, at))) return -1;
  let end = at;
  for (const [i, part] of form.parts.entries()) {
    if (i > 0) {
      if (!isSpace(text[end])) return -1;
      while (isSpace(text[end])) end++;
    }
    if (!text.startsWith(part, end)) return -1;
    end += part.length;
  }
  return isWordChar(charAt(text, end)) ? -1 : end;
}

export class MentionMatcher {
  private readonly compiled: CompiledForms;

  constructor(targets: readonly MentionTarget[]) {
    let compiled = compiledFor.get(targets);
    if (!compiled) {
      compiled = compileForms(targets);
      compiledFor.set(targets, compiled);
    }
    this.compiled = compiled;
  }

  /** Every mention, left to right, never overlapping, at its place in `text` and as it stands there. */
  findAll(original: string): Mention[] {
    const folded = foldTextWithOffsets(original);
    return this.findFolded(folded.text).map((m) => {
      const { start, end } = folded.original(m.start, m.end);
      return { id: m.id, start, end, text: original.slice(start, end) };
    });
  }

  /** The matching proper, on folded text. */
  private findFolded(text: string): Mention[] {
    const { owner, forms, byFirstWord, byFirstChar } = this.compiled;
    // Where a form may start, with the forms to try there in the alternation's order.
    const starts: { at: number; candidates: number[] }[] = [];
    for (const word of text.matchAll(WORD_RUN)) {
      const candidates = byFirstWord.get(word[0]);
      if (candidates) starts.push({ at: word.index, candidates });
    }
    if (byFirstChar.size > 0) {
      for (const char of text.matchAll(/./gsu)) {
        let candidates = byFirstChar.get(char[0]);
        // A form's leading space stands for any white space, as everywhere in a form.
        const spaced = char[0] !== ' ' && isSpace(char[0]) ? byFirstChar.get(' ') : undefined;
        if (spaced) candidates = [...(candidates ?? []), ...spaced].sort((a, b) => a - b);
        if (candidates) starts.push({ at: char.index, candidates });
      }
      starts.sort((a, b) => a.at - b.at);
    }
    const found: Mention[] = [];
    let resume = 0;
    for (const { at, candidates } of starts) {
      if (at < resume) continue; // inside the previous mention: the scan goes on after it
      for (const i of candidates) {
        const end = matchAt(text, at, forms[i]!);
        if (end < 0) continue;
        const words = text.slice(at, end);
        const id = owner.get(words.replace(/\s+/g, ' '));
        if (id) found.push({ id, start: at, end, text: words });
        resume = end;
        break;
      }
    }
    return found;
  }

  /**
   * The mentions to link in one paragraph: an editor's overrides applied, then only the first
   * mention of each entity. `exclude` is the page's own entity, which never links to itself.
   */
  linksIn(text: string, overrides: readonly MentionOverride[] = [], exclude?: string, renderable: (m: Mention) => boolean = () => true): Mention[] {
    const suppressed = new Set(overrides.filter((o) => o.link === false).map((o) => foldText(o.text)));
    let mentions = this.findAll(text).filter((m) => !suppressed.has(foldText(m.text)) && renderable(m));
    for (const override of overrides) {
      if (override.link === false) continue;
      const span = findWords(text, override.text);
      if (!span) continue;
      const forced: Mention = { id: override.link, ...span, text: text.slice(span.start, span.end), forced: true };
      if (!renderable(forced)) continue;
      mentions = [...mentions.filter((m) => m.end <= forced.start || m.start >= forced.end), forced].sort((a, b) => a.start - b.start);
    }
    const seen = new Set<string>(exclude ? [exclude] : []);
    return mentions.filter((m) => {
      if (m.forced) return true;
      if (seen.has(m.id)) return false;
      seen.add(m.id);
      return true;
    });
  }
}

/** Splits a text into plain runs and linked mentions, for rendering. */
export function segment(text: string, mentions: readonly Mention[]): ({ text: string } | { text: string; id: string })[] {
  const parts: ({ text: string } | { text: string; id: string })[] = [];
  let at = 0;
  for (const m of mentions) {
    if (m.start > at) parts.push({ text: text.slice(at, m.start) });
    parts.push({ text: m.text, id: m.id });
    at = m.end;
  }
  if (at < text.length) parts.push({ text: text.slice(at) });
  return parts;
}
