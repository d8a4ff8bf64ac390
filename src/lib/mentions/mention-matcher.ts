/**
 * Finds where a text mentions a known entity, by any of the forms the texts use. Pure string
 * logic, shared by the remark plugin that links mentions in sources, the graph that lists
 * "Erwähnt in", and the pages that link names in summaries.
 *
 * German inflection is handled by generating surface forms, not by stemming, so that nothing is
 * linked that an editor could not predict: each name and alias, its genitive in -s, and for an
 * adjective stem (`nordkoreanisch`) its five endings. Matching is on whole words, longest form
 * first, so `russischen Armee` (the army) wins over `russischen` (the state).
 */

export interface MentionTarget {
  /** The entity's id. */
  id: string;
  name: string;
  aliases: readonly string[];
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
  for (const form of [target.name, ...target.aliases]) {
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

/**
 * What counts as part of a word around a mention: letters, digits, combining marks, and the
 * invisible joiners and soft hyphen that may sit inside a word.
 */
const WORD_CHAR = '[\\p{L}\\p{N}\\p{M}\\u00AD\\u200C\\u200D]';

/** Offset of `words` in `text` as whole words, or -1. */
export function findWord(text: string, words: string): number {
  const match = new RegExp(`(?<!${WORD_CHAR})${escapeRegExp(words)}(?!${WORD_CHAR})`, 'u').exec(text);
  return match ? match.index : -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class MentionMatcher {
  private readonly pattern: RegExp | undefined;
  private readonly owner = new Map<string, string>();

  constructor(targets: readonly MentionTarget[]) {
    for (const target of targets) {
      for (const form of surfaceForms(target)) {
        // Two entities claiming one form is a content error the graph reports; here the first wins.
        if (!this.owner.has(form)) this.owner.set(form, target.id);
      }
    }
    const forms = [...this.owner.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.pattern = forms.length
      ? new RegExp(`(?<!${WORD_CHAR})(?:${forms.map((f) => escapeRegExp(f).replace(/ /g, '\\s+')).join('|')})(?!${WORD_CHAR})`, 'gu')
      : undefined;
  }

  /** Every mention, left to right, never overlapping. */
  findAll(text: string): Mention[] {
    if (!this.pattern) return [];
    const found: Mention[] = [];
    for (const match of text.matchAll(this.pattern)) {
      const id = this.owner.get(match[0].replace(/\s+/g, ' '));
      if (id) found.push({ id, start: match.index, end: match.index + match[0].length, text: match[0] });
    }
    return found;
  }

  /**
   * The mentions to link in one paragraph: an editor's overrides applied, then only the first
   * mention of each entity. `exclude` is the page's own entity, which never links to itself.
   */
  linksIn(text: string, overrides: readonly MentionOverride[] = [], exclude?: string, renderable: (m: Mention) => boolean = () => true): Mention[] {
    const suppressed = new Set(overrides.filter((o) => o.link === false).map((o) => o.text));
    let mentions = this.findAll(text).filter((m) => !suppressed.has(m.text) && renderable(m));
    for (const override of overrides) {
      if (override.link === false) continue;
      const start = findWord(text, override.text);
      if (start < 0) continue;
      const forced: Mention = { id: override.link, start, end: start + override.text.length, text: override.text, forced: true };
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
