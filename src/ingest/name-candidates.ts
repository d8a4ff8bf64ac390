/**
 * Names in an article that the dossier does not know yet, for the editor to decide on, each once,
 * in its base form, with the kind the text suggests. German capitalises every noun, so a
 * capitalised word says little by itself; what counts as a name:
 * - a run of capitalised words none of which is a common noun (lexicon: german-nouns.ts) or a
 *   word that opens the sentence: «Wladimir Putin», «Alexander Van der Bellen»;
 * - a word after a title or a naming noun: «Präsident Putin» (person), «Agentur Yonhap»
 *   (organisation), «Stadt Sumy» (place); the title is not part of the name, and a genitive
 *   before it is a name of its own («Irans Aussenminister Abbas Araghtschi» -> Iran, Abbas Araghtschi);
 * - a country (country-names.ts), also in the genitive and before a hyphen («US-Angaben» -> USA);
 * - a capitalised adjective before a noun in mid-sentence, which German writes only in names:
 *   «des Auswärtigen Amts» -> Auswärtiges Amt, «die Vereinten Nationen» (organisation, or place
 *   for «Naher Osten»), put in the nominative by the noun's gender;
 * - a city of the gazetteer (place-names.ts) wherever it stands («Rom», «New York»: a place);
 * - a single word after «in», «nach», «aus» that no lexicon knows («in Wladiwostok»: a place);
 * - an abbreviation in capitals («ARD», «Nato»: an organisation); the dateline's city.
 * Every known form of the dossier's entries is left out. A role phrase before the name or an
 * apposition after it («Vedant Patel, Sprecher des US-Aussenministeriums») is kept for the
 * drafted summary.
 */
import type { MentionMatcher } from '../mentions/mention-matcher.ts';
import type { EntityKind } from '../model/vocabulary.ts';
import { countryNamed, countryOfAdjective } from './country-names.ts';
import { cityNamed, isCapital } from './place-names.ts';
import { mergeNameForms } from './name-forms.ts';
import {
  ADJECTIVE_FORM, ARABIC_ARTICLE, CALENDAR, capitalised, CITY_NAMED_HEADS, cityAdjective, FACILITY, institutionTail, isAbbreviation, isNoun, kindSuggestedBy, nominative,
  NOT_NAME_HEADS, NOT_NAMES, opensSentence, PARTICLE, PLACE_NOUNS, PLACE_PREPOSITION, ROMAN, STATE_BODY, strongAdjective, WEAPON_SYSTEMS, WELL_KNOWN,
} from './name-patterns.ts';
import { headNoun, isNominalisedAdjective, nounForm, nounHasPlural } from './german-nouns.ts';
import { FUNCTION_WORDS, isInstitutionName, NAMING_WORDS } from './name-resolver.ts';

export interface Candidate {
  /** The name in its base form. */
  name: string;
  /** The kind the text suggests. */
  kind?: EntityKind;
  /** 1-based paragraph numbers. */
  paragraphs: number[];
  /** What the text calls it: the title before the name or the apposition after it («Russlands Präsident»). */
  role?: string;
  /** Other forms the text uses for it («Putin» beside «Wladimir Putin»). */
  aliases?: string[];
}

interface Word {
  text: string;
  start: number;
  end: number;
}

export function nameCandidates(paragraphs: readonly string[], known: MentionMatcher, skip: ReadonlySet<number> = new Set()): Candidate[] {
  const found = new Map<string, { paragraphs: Set<number>; kind?: EntityKind; role?: string; aliases: Set<string> }>();
  const add = (name: string, paragraph: number, kind: EntityKind | undefined, role?: string) => {
    const clean = name.replace(/[’']s$/u, '').trim();
    if (clean.length < 2) return;
    const entry = found.get(clean) ?? { paragraphs: new Set<number>(), aliases: new Set<string>() };
    entry.paragraphs.add(paragraph);
    entry.kind ??= kind;
    entry.role ??= role;
    found.set(clean, entry);
  };

  paragraphs.forEach((text, index) => {
    const paragraph = index + 1;
    if (skip.has(paragraph)) return;
    const knownSpans = known.findAll(text);
    const isKnown = (w: Word) => knownSpans.some((m) => m.start < w.end && w.start < m.end);
    const words: Word[] = [...text.matchAll(/[\p{L}\p{N}'’-]+/gu)].map((m) => ({ text: m[0].replace(/^-+|-+$/gu, ''), start: m.index, end: m.index + m[0].length }));
    const gap = (a: Word, b: Word) => text.slice(a.end, b.start);

    // The dateline's places: «MASKAT/TEHERAN (dpa-AFX) -».
    if (index === 0) {
      const dateline = /^([\p{Lu}][\p{Lu}\s/.-]+?)\s*\([^)]*\)\s*[-–]/u.exec(text);
      for (const city of dateline?.[1]!.split('/') ?? []) {
        const name = city.trim().toLocaleLowerCase('de').replace(/(^|[\s-])\p{L}/gu, (c) => c.toLocaleUpperCase('de'));
        if (name.length > 1 && !known.findAll(name).length && !countryNamed(name)) add(name, paragraph, 'place');
      }
    }

    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      // A state's body named by its nationality: «die russische Botschaft», «des katarischen Aussenministeriums».
      const body = !capitalised(w.text) && countryOfAdjective(w.text) && words[i + 1] && gap(w, words[i + 1]!) === ' ' && !isKnown(words[i + 1]!) ? headNoun(words[i + 1]!.text) : undefined;
      if (body && STATE_BODY.test(body.lemma)) {
        const noun = words[i + 1]!.text;
        const base = body.plural ? noun : nominative(noun);
        add(`${strongAdjective(w.text.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('de')), body.gender, body.plural)} ${base}`, paragraph, 'organisation');
        i++;
        continue;
      }
      if (isKnown(w)) continue;
      // Countries, also before a hyphen («US-Präsident») and in the genitive («Irans»).
      const country = countryNamed(w.text) ?? (w.text.includes('-') ? countryNamed(w.text.split('-')[0]!) : undefined);
      if (country && capitalised(w.text)) {
        if (!known.findAll(country).length) add(country, paragraph, 'country');
        // «US-Präsident Donald Trump»: the title still introduces the name that follows.
        if (!(w.text.includes('-') && kindSuggestedBy(w.text) === 'person')) continue;
      }
      // An institution or region named by a capitalised adjective in mid-sentence: «Auswärtigen Amt», «Vereinten Nationen».
      // An adjective's form: not a noun of the lexicon unless its suffix or stem makes it an adjective
      // («Internationale», «Weisse»); in -er only with -ig/-isch/-ich or as a city's («Genfer», «Münchner»).
      const adjective = (x: string) =>
        /^\p{Lu}\p{Ll}+(?:e|en|er|es|em)$/u.test(x) &&
        (!nounForm(x) || isNominalisedAdjective(x) || ADJECTIVE_FORM.test(x) || cityAdjective(x)) &&
        (!/(?<!ig|isch|ich)er$/u.test(x) || cityAdjective(x));
      if (adjective(w.text) && !FUNCTION_WORDS.has(w.text) && !opensSentence(text, w.start)) {
        let j = i;
        const adjectives = [w];
        // Another adjective only where a capitalised noun still follows it («Souveräne Malteserorden»: the noun ends in -en too).
        const nounFollows = (k: number) => words[k + 1] !== undefined && gap(words[k]!, words[k + 1]!) === ' ' && capitalised(words[k + 1]!.text);
        while (words[j + 1] && gap(words[j]!, words[j + 1]!) === ' ' && adjective(words[j + 1]!.text) && nounFollows(j + 1)) adjectives.push(words[++j]!);
        const noun = words[j + 1];
        const head = noun && gap(words[j]!, noun) === ' ' && capitalised(noun.text) ? headNoun(noun.text) : undefined;
        // A city's adjective names only an institution or a named meeting or treaty («Münchner Sicherheitskonferenz»,
        // «Genfer Konventionen»), not what the city's government does («der Moskauer Angriffskrieg»).
        const cityHead = !adjectives.some((a) => cityAdjective(a.text)) || (head !== undefined && (isInstitutionName(noun!.text) || CITY_NAMED_HEADS.test(head.lemma)));
        if (noun && head && !isKnown(noun) && cityHead) {
          // A city's adjective does not decline («der Münchner Sicherheitskonferenz»).
          let name = [...adjectives.map((a) => (cityAdjective(a.text) ? a.text : strongAdjective(a.text, head.gender, head.plural))), head.plural ? noun.text : nominative(noun.text)].join(' ');
          name += institutionTail(head.lemma, text.slice(noun.end));
          if (!NOT_NAME_HEADS.test(head.lemma)) add(countryNamed(name) ?? name, paragraph, countryNamed(name) ? 'country' : PLACE_NOUNS.test(head.lemma) ? 'place' : 'organisation');
          i = j + 1;
          continue;
        }
      }
      if (!capitalised(w.text) || FUNCTION_WORDS.has(w.text) || NOT_NAMES.has(w.text) || WEAPON_SYSTEMS.test(w.text)) continue;
      const prefix = w.text.includes('-') ? WELL_KNOWN[w.text.split('-')[0]!] : undefined;
      // «Uno-Vollversammlung» is an institution of its own; «UN-Generalsekretär» names the UN.
      if (prefix && isInstitutionName(w.text.split('-').at(-1)!.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('de')))) {
        add(`${nominative(w.text)}${institutionTail(headNoun(w.text)?.lemma ?? '', text.slice(w.end))}`, paragraph, 'organisation');
        continue;
      }
      const wellKnown = WELL_KNOWN[w.text] ?? prefix;
      if (wellKnown) {
        if (!known.findAll(wellKnown.name).length) add(wellKnown.name, paragraph, wellKnown.kind);
        continue;
      }
      // A facility is named with its noun: «das Atomkraftwerk Saporischschja», «der Flughafen Ben Gurion».
      const facility = FACILITY.test(w.text) && words[i + 1] && gap(w, words[i + 1]!) === ' ' && capitalised(words[i + 1]!.text) && !nounForm(words[i + 1]!.text) ? words[i + 1]! : undefined;
      if (facility) {
        const second = words[i + 2] && gap(facility, words[i + 2]!) === ' ' && capitalised(words[i + 2]!.text) && !nounForm(words[i + 2]!.text) && !FUNCTION_WORDS.has(words[i + 2]!.text) ? words[i + 2] : undefined;
        // The facility's noun in the nominative («des Atomkraftwerks Saporischschja» -> Atomkraftwerk Saporischschja).
        const noun = nominative(w.text);
        add(`${noun}${text.slice(w.end, (second ?? facility).end)}`, paragraph, 'place');
        i += second ? 2 : 1;
        continue;
      }
      // «die ARD-Mitarbeiter», «der CDU-Chef»: an abbreviation of three capitals or more before a hyphen names an organisation.
      const abbreviated = /^(\p{Lu}{3,6})-\p{Lu}/u.exec(w.text)?.[1];
      if (abbreviated && !NOT_NAMES.has(abbreviated) && !countryNamed(abbreviated) && !known.findAll(abbreviated).length) {
        add(abbreviated, paragraph, 'organisation');
        continue;
      }
      // A federal body of Germany, Switzerland or Austria by its compound («das Bundespräsidialamt», «Bundesamt für Migration»).
      if (/^Bundes\p{Ll}/u.test(w.text) && isInstitutionName(w.text) && !isKnown(w)) {
        const base = nominative(w.text);
        add(`${base}${institutionTail(base, text.slice(w.end))}`, paragraph, 'organisation');
        continue;
      }
      // «das Einsatzführungskommando der Bundeswehr»: an institution's unit named by the institution it belongs to.
      const owner = /^ (?:der|des) (\p{Lu}[\p{L}-]+)/u.exec(text.slice(w.end))?.[1];
      if (owner && isInstitutionName(w.text) && !nounForm(w.text) && (WELL_KNOWN[owner] || known.findAll(owner).length)) {
        add(`${w.text} der ${WELL_KNOWN[owner]?.name ?? owner}`, paragraph, 'organisation');
        continue;
      }

      // A run of name words (not nouns, not known), with particles inside.
      const nameWord = (x: Word | undefined) => x !== undefined && (capitalised(x.text) || ARABIC_ARTICLE.test(x.text)) && !FUNCTION_WORDS.has(x.text) && !isKnown(x) && (!isNoun(x.text) || (!nounForm(x.text) && cityNamed(x.text) !== undefined)) && !kindSuggestedBy(x.text) && !countryNamed(x.text);
      const introducer = kindSuggestedBy(w.text);
      if (introducer) {
        // A title or naming noun: the name follows («Präsident Wladimir Putin», «Agentur Yonhap»).
        let j = i + 1;
        while (words[j] && gap(words[j - 1]!, words[j]!) === ' ' && kindSuggestedBy(words[j]!.text)) j++;
        const run: Word[] = [];
        const titled = (x: Word | undefined) => nameWord(x) || (x !== undefined && run.length > 0 && capitalised(x.text) && !FUNCTION_WORDS.has(x.text) && !isKnown(x) && !kindSuggestedBy(x.text));
        while (titled(words[j]) && gap(words[j - 1]!, words[j]!) === ' ' && run.filter((x) => !PARTICLE.test(x.text)).length < 4) {
          // After a title a noun may close the name («Premierminister Narendra Modi»), never open it.
          if (!nameWord(words[j]) && words[j + 1] && capitalised(words[j + 1]!.text) && gap(words[j]!, words[j + 1]!) === ' ') break;
          run.push(words[j]!);
          j++;
          let k = j;
          while (words[k] && PARTICLE.test(words[k]!.text) && gap(words[k - 1]!, words[k]!) === ' ') k++;
          // «Van der Bellen»: after particles the surname may be a noun of the lexicon.
          if (k > j && words[k] && capitalised(words[k]!.text) && !FUNCTION_WORDS.has(words[k]!.text) && gap(words[k - 1]!, words[k]!) === ' ') {
            while (j <= k) run.push(words[j++]!);
          }
          if (!nameWord(run.at(-1)) && !PARTICLE.test(run.at(-1)!.text)) break;
        }
        if (words[j] && ROMAN.test(words[j]!.text) && run.length) run.push(words[j++]!);
        // A person's title as a phrase; an organisation's or a place's naming noun («Nachrichtenagentur», «Stadt») as it stands.
        const role = introducer === 'person' ? rolePhrase(text, words, i, j - run.length - 1) : NAMING_WORDS[w.text] ? w.text : undefined;
        if (run.length > 0) {
          const name = text.slice(run[0]!.start, run.at(-1)!.end).replace(/s$/u, (s) => (isGenitiveBeforeNoun(words, run.at(-1)!, j) ? '' : s));
          add(name, paragraph, introducer, role);
          i = j - 1;
        }
        continue;
      }
      // A city whose name is also a noun of the lexicon («Rom»), where the text names a place: after
      // «in», «nach», «aus» or in the dateline («Rom/Kiew (KAP)»). Only a capital or a name the
      // lexicon gives no plural (a noun with a plural, «Halle», is meant as the noun).
      const inDateline = index === 0 || /^[\p{L}\s/-]*$/u.test(text.slice(0, w.start)) && /^[\s/\p{L}-]*[(‐–-]/u.test(text.slice(w.end));
      const placeWord = (prev: Word | undefined) => prev !== undefined && PLACE_PREPOSITION.test(prev.text) && gap(prev, w) === ' ';
      if (nounForm(w.text) && cityNamed(w.text) && (isCapital(cityNamed(w.text)!) || !nounHasPlural(w.text)) && (placeWord(words[i - 1]) || (inDateline && w.start < 40))) {
        add(cityNamed(w.text)!, paragraph, 'place');
        continue;
      }
      if (!nameWord(w)) continue;
      const run: Word[] = [w];
      let j = i + 1;
      while (words[j] && gap(words[j - 1]!, words[j]!) === ' ') {
        if (nameWord(words[j])) run.push(words[j++]!);
        else if (PARTICLE.test(words[j]!.text)) {
          // «Van der Bellen», «bin Farhan Al Saud»: particles belong to the name when a name word follows them.
          let k = j;
          while (words[k] && PARTICLE.test(words[k]!.text) && gap(words[k - 1]!, words[k]!) === ' ') k++;
          // A lone «der» or «den» is the genitive's article («Hauptsitz der Vereinten Nationen»), not a particle;
          // after a lone lower-case particle a noun ends the name («Live-Ticker von Kriegsverbrechen»).
          if (k === j + 1 && /^(?:der|den)$/u.test(words[j]!.text)) break;
          if (k === j + 1 && /^\p{Ll}/u.test(words[j]!.text) && words[k] && isNoun(words[k]!.text)) break;
          // After particles a surname may be a noun of the lexicon («Van der Bellen»).
          if (!words[k] || !capitalised(words[k]!.text) || FUNCTION_WORDS.has(words[k]!.text) || kindSuggestedBy(words[k]!.text) || gap(words[k - 1]!, words[k]!) !== ' ') break;
          while (j <= k) run.push(words[j++]!);
        }
        else if (ROMAN.test(words[j]!.text)) run.push(words[j++]!);
        else break;
      }
      // A word capitalised because it opens a sentence is not part of a name; a city is a name wherever it stands.
      if (opensSentence(text, w.start) && !(cityNamed(text.slice(w.start, run.at(-1)!.end)) && !nounForm(w.text))) run.shift();
      i = j - 1;
      if (run.length === 0) continue;
      const last = run.at(-1)!;
      const genitive = /s$/u.test(last.text) && isGenitiveBeforeNoun(words, last, j);
      const name = text.slice(run[0]!.start, last.end).replace(/s$/u, (s) => (genitive ? '' : s));
      // The word before the name, where white space separates them.
      const first = words.indexOf(run[0]!);
      const previous = first > 0 && /\s$/u.test(text.slice(0, run[0]!.start)) ? words[first - 1] : undefined;
      const city = cityNamed(name) ?? (genitive ? undefined : cityNamed(text.slice(run[0]!.start, last.end)));
      if (city && !nounForm(city)) add(city, paragraph, 'place');
      else if (run.length >= 2) {
        // An apposition after the name: «Vedant Patel, Sprecher des US-Aussenministeriums,».
        const apposition = /^,\s+((?:\p{Ll}+ )?\p{Lu}[\p{L}-]*(?:in)? (?:des|der|von|im|beim) [^,;.]+?)(?:[,;.]|$)/u.exec(text.slice(last.end));
        // …or a title before it, set off by a comma: «der Aussenminister Saudi-Arabiens, Faisal bin Farhan Al Saud».
        const titleBefore = /(?:^|\s)(?:der|die|Der|Die) (\p{Lu}[\p{L}-]* (?:\p{Lu}[\p{L}-]*s|(?:des|der) [^,;.]+)),\s+$/u.exec(text.slice(0, run[0]!.start));
        const role =
          (apposition && kindSuggestedBy(apposition[1]!.split(' ').find((x) => capitalised(x))) ? apposition[1] : undefined) ??
          (titleBefore && kindSuggestedBy(titleBefore[1]!.split(' ')[0]) === 'person' ? titleBefore[1] : undefined);
        // Two to four name words without a title are most often a person («Jared Kushner»); the editor corrects the rest.
        // Particles do not count («Faisal bin Farhan Al Saud» has three name words).
        add(name, paragraph, role || run.filter((x) => !PARTICLE.test(x.text)).length <= 4 ? 'person' : undefined, role);
      } else if (isAbbreviation(name) && (words[i]!.text.includes('-') || (previous && /^(?:der|die|das|den|dem|des|von|vom|bei|beim|mit|laut|für|gegen)$/u.test(previous.text)))) add(name, paragraph, 'organisation');
      // (Not a hyphenated word ending in a noun: «im Live-Ticker».)
      else if (previous && PLACE_PREPOSITION.test(previous.text) && gap(previous, run[0]!) === ' ' && !/s$/u.test(name) && !CALENDAR.test(name) && !(name.includes('-') && nounForm(name.split('-').at(-1)!))) add(name, paragraph, 'place');
      // «auf dem Bürgenstock», «an der Grenze»: a name after a preposition and its article, where the lexicon knows no such noun.
      else if (previous && /^(?:dem|der)$/u.test(previous.text) && /^(?:auf|an|in|bei|vor|hinter|über)$/u.test(words[words.indexOf(previous) - 1]?.text ?? '') && !nounForm(name) && !/s$/u.test(name) && !CALENDAR.test(name)) add(name, paragraph, 'place');
    }
  });

  mergeNameForms(found);
  return [...found.entries()]
    .map(([name, { paragraphs: set, kind, role, aliases }]) => ({
      name,
      ...(kind ? { kind } : {}),
      paragraphs: [...set].sort((a, b) => a - b),
      ...(role ? { role } : {}),
      ...(aliases.size ? { aliases: [...aliases].sort() } : {}),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de-CH'));
}

/**
 * The title before a person's name as a phrase in the nominative, for the drafted summary: the
 * titles from `first` to `last` with a genitive («Russlands Präsident») or with adjectives in -e
 * and their article («der russische Präsident»); the titles alone where the article is in another case.
 */
function rolePhrase(text: string, words: readonly Word[], first: number, last: number): string {
  let start = first;
  const before = words[first - 1];
  if (before && /^\p{Lu}\p{L}*s$/u.test(before.text) && countryNamed(before.text)) start = first - 1;
  else {
    let k = first - 1;
    while (k >= 0 && /^\p{Ll}+e$/u.test(words[k]!.text) && !FUNCTION_WORDS.has(words[k]!.text.replace(/^\p{Ll}/u, (c) => c.toLocaleUpperCase('de')))) k--;
    if (k < first - 1 && k >= 0 && /^(?:der|die|Der|Die)$/u.test(words[k]!.text)) start = k;
  }
  const phrase = text.slice(words[start]!.start, words[last]!.end);
  return phrase.replace(/^(?:Der|Die) /u, (a) => a.toLocaleLowerCase('de'));
}

/** Whether `word` (ending in -s) is a genitive before the noun or title that follows it («Donald Trumps Schwiegersohn»). */
function isGenitiveBeforeNoun(words: readonly Word[], word: Word, next: number): boolean {
  const following = words[next];
  return following !== undefined && capitalised(following.text) && (isNoun(following.text) || kindSuggestedBy(following.text) !== undefined) && following.start - word.end === 1;
}
