/**
 * Quoted passages in an agency article and who said them, read from the German reporting frame
 * around them. A passage is the text between a pair of quotation marks («…», „…“, “…”, "…",
 * ‹…›, ‚…‘), verbatim by construction (a slice of the paragraph); marks inside it (‹…› in «…»)
 * belong to it. Its speaker and channel come from, in this order:
 * - a frame right after it: «…», sagte X / so X / erklärte X am Montag / teilte X mit;
 * - an institution's statement: hiess es in einer Erklärung des X; berichtete die Zeitung X;
 * - a verb of saying in the same sentence, its subject before it (X sagte, …) or after it
 *   (Dazu sagte X: …);
 * - the previous sentence's speaker, for a sentence with no frame of its own (a second quote,
 *   reported speech continued in the subjunctive).
 * Channels: nach Angaben der Nachrichtenagentur X, laut X, X zufolge, wie X berichtete, unter
 * Berufung auf. Where the text names no speaker the result says so (null) rather than guessing.
 * Names are resolved by `resolveName` (known entities and their inflected forms, or a proposed
 * name). Quoted names of papers, ships and operations («Rodong Sinmun») are not passages.
 */
import { quotedSpans, sentenceSpans, type Span } from './quote-spans.ts';
import { findChannel, institutionFrame, institutionStatement, phraseAfter } from './reporting-frames.ts';
import { FUNCTION_WORDS, isTitle, ROLE_WORD } from './name-resolver.ts';
import { nounForm } from './german-nouns.ts';
import { countryNamed } from './country-names.ts';

/** A speaker or channel as the text names it, with the entity it resolves to if the dossier knows it. */
export interface NamedParty {
  id?: string;
  name: string;
  /** Whether the party is a person (a pronoun can refer to it); set by the resolver where it knows. */
  person?: boolean;
}

export interface QuoteReading {
  /** The passage, exactly as it stands between the marks. */
  text: string;
  /** Offsets of `text` in the paragraph (inside the marks). */
  start: number;
  end: number;
  speaker: NamedParty | null;
  channel: NamedParty | null;
  /** The statement's form in the text's own words, where an institution speaks: «in einer Erklärung». */
  form?: string;
  /** How the speaker was found (for the review): after the quote, the verb's subject, an institution's «hiess es», … */
  rule: 'rahmen' | 'verb' | 'institution' | 'zitiert' | 'kanal' | 'weitergefuehrt' | 'rueckbezug' | 'keiner';
}

/** Resolves a phrase of the text («der russische Aussenminister Sergej Lawrow») to a party; undefined if it names no one. */
/** A phrase -> its party; `at` tells a resolver which paragraph is being read (a role's holder changes as the article goes on). */
export type NameResolver = ((phrase: string) => NamedParty | undefined) & { at?: (paragraph: number) => void };

/** Verbs of saying, as they stand in the past and present of agency German (lower case). */
const SAYING = [
  'sagte', 'sagten', 'sagt', 'sagen', 'erklärte', 'erklärten', 'erklärt', 'betonte', 'betonten', 'betont', 'meinte', 'ergänzte',
  'fügte', 'warnte', 'warnten', 'warnt', 'kritisierte', 'kritisierten', 'forderte', 'forderten', 'fordert', 'schrieb', 'schrieben', 'zitierte',
  'versicherte', 'bekräftigte', 'unterstrich', 'bezeichnete', 'bezeichneten', 'nannte', 'verkündete', 'kündigte', 'drohte', 'lobte',
  'teilte', 'teilten', 'teilt', 'räumte', 'wies', 'bestätigte', 'bestätigten', 'sprach', 'verwies', 'mahnte', 'beklagte', 'antwortete',
  'erwiderte', 'schloss', 'verlangte', 'begrüsste', 'begrüßte', 'aufgerufen', 'aufgefordert', 'appellierte', 'mitgeteilt',
  'äusserte', 'äußerte', 'hob', 'stellte', 'machte', 'erinnerte', 'hoffte', 'signalisierte', 'dankte', 'beschuldigte', 'bestritt', 'dementierte', 'wertete', 'zeigte', 'twitterte', 'postete', 'gab', 'warf', 'geäussert', 'geäußert', 'gewarnt', 'bekundet', 'kommentierte', 'berichtete', 'berichteten', 'meldete', 'meldeten', 'fragte', 'rief', 'verurteilte', 'sicherte', 'versprach', 'bekundete', 'beschrieb', 'würdigte', 'beteuerte', 'behauptete', 'bekannte',
  // Participles of the perfect: «hatte … als «…» bezeichnet».
  'gesagt', 'erklärt', 'bezeichnet', 'genannt', 'betont', 'gefordert', 'kritisiert', 'gewarnt', 'verurteilt', 'gelobt', 'angekündigt', 'bekräftigt', 'versichert', 'gefragt',
];
const SAYING_WORD = new RegExp(`(?<![\\p{L}])(?:${SAYING.join('|')})(?![\\p{L}])`, 'gu');
/** Reporting verbs whose subject passes on what others said: a channel, unless it is the only party. */
const REPORTING = new Set(['berichtete', 'berichteten', 'meldete', 'meldeten', 'zitierte']);

/** A word is a verb of saying; where it stands in `text` outside the quotes. */
function sayingVerbs(text: string, outside: (i: number) => boolean): { verb: string; start: number; end: number }[] {
  return [...text.matchAll(SAYING_WORD)].filter((m) => outside(m.index)).map((m) => ({ verb: m[0], start: m.index, end: m.index + m[0].length }));
}

/**
 * The speaker of a sentence from its verb of saying: the party named right after the verb
 * (inversion: «Dazu sagte X»), else the sentence's subject before it («X sagte»).
 */
function speakerAroundVerb(sentence: string, verb: { start: number; end: number }, resolve: NameResolver, outside: (i: number) => boolean, channel: NamedParty | null): NamedParty | undefined {
  const after = sentence.slice(verb.end);
  // «bekräftigte er …», «hatte er damals erklärt»: a pronoun next to the verb is its subject.
  if (/^\s+(?:er|sie)(?!\p{L})/u.test(after) || /(?<!\p{L})(?:er|sie)(?:\s+\p{Ll}+)?\s*$/u.test(sentence.slice(0, verb.start))) {
    const party = resolve('er');
    if (party) return party;
  }
  const fromAfter = () => (outside(verb.end + 1) ? resolve(phraseAfter(after)) ?? unknownSurname(phraseAfter(after)) : undefined);
  // «…, sagte X»: after a comma the verb opens the frame and its subject follows it.
  if (/,\s*$/u.test(sentence.slice(0, verb.start))) {
    const party = fromAfter();
    if (party) return party;
  }
  // The subject before the verb: the last clause before it, its quoted text left out.
  const before = [...sentence.slice(0, verb.start)].map((c, i) => (outside(i) ? c : ' ')).join('');
  const clause = (before.split(/[,;:]\s*/u).filter((part) => part.trim() !== '').at(-1) ?? '').replace(/[«»„“”"‹›]/gu, ' ').trim();
  // «Kim versicherte Putin …»: a subject before the verb is the speaker; else the one after it
  // («Dazu sagte X»). Not a subject: an adverbial («Nach einem Treffen mit Lawrow sagte Choe»),
  // or the channel («Der Agentur Tass zufolge sagte X»).
  const subject = ADVERBIAL.test(clause) ? undefined : resolve(clause) ?? unknownSurname(clause);
  const isChannel = subject && channel && (subject.id ?? subject.name) === (channel.id ?? channel.name);
  return (isChannel ? undefined : subject) ?? fromAfter();
}

/** A sentence that says who said what came before: «Das teilte X am Freitag mit», «Dies schrieb X auf X». */
const BACK_REFERENCE = /^(?:Das|Dies) (?:teilte|teilten|schrieb|schrieben|erklärte|erklärten|sagte|sagten|gab|gaben|twitterte|veröffentlichte) (.+?)(?:\s(?:mit|bekannt))?[.!]?$/u;

/** Capitalised words that open a sentence as adverbs, never as a subject («Gestern sagte X»). */
const OPENING_ADVERBS = /^(?:Gestern|Heute|Morgen|Vorgestern|Damals|Zuletzt|Inzwischen|Jetzt|Nun|Dann|Daraufhin|Anschliessend|Anschließend|Ebenfalls|Gleichzeitig|Unterdessen|Derweil|Bereits|Schon|Erst|Noch|Dennoch|Trotzdem|Deshalb|Daher|Hier|Dort|Danach|Kürzlich|Zunächst|Zuerst|Schliesslich|Schließlich|Allerdings|Jedoch|Immerhin|Offenbar|Angeblich|Erneut|Wiederholt)$/u;

/**
 * A subject of one capitalised word the dossier and the article do not know otherwise: a surname
 * («Selenskyj warf Russland vor, …»). Taken as the speaker rather than the object after the verb.
 */
function unknownSurname(clause: string): NamedParty | undefined {
  const word = clause.trim();
  if (!/^\p{Lu}\p{Ll}[\p{L}'’-]+$/u.test(word) || FUNCTION_WORDS.has(word) || OPENING_ADVERBS.test(word) || ROLE_WORD.test(word) || nounForm(word) || countryNamed(word)) return undefined;
  return { name: word, person: true };
}

/** Verb forms of reported speech (Konjunktiv I and its stand-ins). */
const SUBJUNCTIVE_WORDS = /(?<!\p{L})(?:sei|seien|habe|hätten|hätte|werde|würden|würde|könne|könnten|müsse|müssten|solle|wolle|gebe|stehe|bleibe)(?!\p{L})/u;
/** A name and a verb in -e after it, the Konjunktiv I of any verb («Katar arbeite daran»), not a past tense in -te. */
const SUBJUNCTIVE_AFTER_NAME = /(?<!\p{L})\p{Lu}[\p{L}-]+ (?!\p{Ll}+te(?!\p{L}))(\p{Ll}{3,}e)(?!\p{L})/gu;
/** Words in -e after a name that are no verb: determiners and adjectives. */
const NOT_VERBS = new Set(['eine', 'keine', 'seine', 'ihre', 'diese', 'jene', 'jede', 'alle', 'viele', 'einige', 'beide', 'meine', 'unsere', 'welche', 'solche', 'manche', 'grosse', 'große', 'ganze', 'andere', 'gleiche', 'nächste', 'letzte', 'erste', 'neue', 'alte', 'ohne', 'gegenüber', 'sowie', 'daher', 'gerade', 'heute', 'gerne', 'ebenfalls', 'bitte', 'hinaus', 'selbe', 'derselbe', 'dieselbe', 'offene', 'klare', 'eigene']);
/** Whether a clause is reported speech: a verb in the subjunctive. */
const inSubjunctive = (text: string) => SUBJUNCTIVE_WORDS.test(text) || [...text.matchAll(SUBJUNCTIVE_AFTER_NAME)].some((m) => !NOT_VERBS.has(m[1]!));

/** A clause that opens with a preposition is an adverbial, not the subject. */
const ADVERBIAL = /^(?:nach|vor|bei|mit|in|im|am|an|auf|zu|zum|zur|seit|während|wegen|trotz|laut|gegenüber|über|unter|neben|aus|von|vom|für|gegen|um|dazu|damit|dabei|danach|zuvor|später|bereits|zudem)\s/iu;

/** Quoted names of papers, ships, operations: not passages anyone said. */
const NAMING = /(?:logo|schriftzug|slogan|banner|zeitung|zeitschrift|agentur|sender|schiff|zerstörer|fregatte|kreuzer|u-boot|flugzeugträger|tanker|frachter|operation|titel|motto|sendung|programm|plan|projekt|buch|film|partei|bewegung|gruppe|übung|manöver|namen|name|organisation|resolution|abkommen|allianz|koalition|initiative|kampagne|sogenannte|sogenannten|(?:interview|gespräch) mit (?:dem|der))\s*$/iu;

/** Whether the passage at `quote` is a quoted name: capitalised, at most five words, after a naming word, before a hyphen, or all words capitalised. */
function isQuotedName(paragraph: string, quote: Span): boolean {
  const text = paragraph.slice(quote.start, quote.end);
  const words = text.split(/\s+/u);
  if (!/^\p{Lu}/u.test(text) || words.length > 5) return false;
  // «Bild»-Zeitung: a name joined to the noun that says what it is.
  if (paragraph[quote.end + 1] === '-' && /\p{L}/u.test(paragraph[quote.end + 2] ?? '')) return true;
  // «New York Times»: several words, every one capitalised (or a number), and no full stop: a title, not words someone said
  // (Not «Ein Meilenstein», «Grosse Sorge»: an article or pronoun first, or only German nouns, are words of speech.)
  const titleCase = words.every((w) => /^(?:\p{Lu}|\d)/u.test(w)) && !/[.!?,]/u.test(text);
  if (words.length >= 2 && titleCase && !FUNCTION_WORDS.has(words[0]!) && words.some((w) => !nounForm(w.replace(/[^\p{L}-]/gu, '')))) return true;
  return NAMING.test(paragraph.slice(0, quote.start - 1));
}

/**
 * Every quoted passage of the article's paragraphs, with speaker and channel; `resolve` maps a
 * phrase to a party (see draft-facts.ts for the dossier's resolver). Paragraphs are read in
 * order, so a paragraph that opens with a passage and no frame can take the previous speaker.
 */
export function readQuotes(paragraphs: readonly string[], resolveName: NameResolver): QuoteReading[][] {
  // `paragraph`: where the previous sentence stands (its channel holds only within that paragraph).
  let previous: { speaker: NamedParty | null; channel: NamedParty | null; paragraph: number } = { speaker: null, channel: null, paragraph: -1 };
  /** The last speaker named, for a pronoun («sagte er», «Dazu sagte sie») even after sentences without one. */
  let lastNamed: NamedParty | undefined;
  const resolve: NameResolver = (phrase) => {
    if (/^(?:er|sie)$/iu.test(phrase.trim())) return lastNamed;
    const party = resolveName(phrase);
    // «die Aussenministerin» the article named no one with: the one it named last.
    if (party && !party.id && party.name === phrase.trim() && /^(?:der|die)\s/iu.test(phrase.trim()) && lastNamed) return lastNamed;
    if (party) lastNamed = party;
    return party;
  };
  /** The readings of the paragraphs read so far, for a later «Das teilte X mit» that names who said them. */
  const earlier: QuoteReading[][] = [];
  /** The last reporting party named («Wie die Nachrichtenagentur KCNA berichtet …»), for a later «…, hiess es». */
  let reporter: NamedParty | undefined;
  return paragraphs.map((paragraph, paragraphIndex) => {
    resolveName.at?.(paragraphIndex);
    const spans = quotedSpans(paragraph);
    const quotes = spans.filter((q) => !isQuotedName(paragraph, q));
    // Quoted names read as names in the frames: «die Zeitung «Rodong Sinmun»» -> «die Zeitung  Rodong Sinmun » (same offsets).
    const framed = spans.filter((q) => isQuotedName(paragraph, q)).reduce((text, q) => `${text.slice(0, q.start - 1)} ${text.slice(q.start, q.end)} ${text.slice(q.end + 1)}`, paragraph);
    const outside = (i: number) => !quotes.some((q) => i >= q.start - 1 && i <= q.end);
    const readings: QuoteReading[] = [];
    for (const sentence of sentenceSpans(paragraph, quotes)) {
      const text = framed.slice(sentence.start, sentence.end);
      const inSentence = quotes.filter((q) => q.start >= sentence.start && q.end <= sentence.end);
      const local = (i: number) => outside(sentence.start + i);
      // The sentence without its quoted text, for frames that stand anywhere in it.
      const unquoted = [...text].map((c, i) => (local(i) ? c : ' ')).join('');
      // «zitierte KCNA den Machthaber»: the quoted one speaks, the quoting one passes it on.
      // «zitierte KCNA den Machthaber», «Die Agentur KCNA zitierte die Ministerin mit den Worten»: the quoted one is the object.
      const citing =
        /zitierte (?:die |der |das )?((?:\p{Ll}+ )?\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*) (?:den|die|das) ([^,.;:]+?)(?: mit den Worten| mit der Aussage)?\s*(?:[,.;:]|$)/u.exec(unquoted) ??
        (() => {
          const m = /(?:^|\s)((?:die |der |das )?[^,.;:]+?) zitierte (den|die|das) ([^,.;:]+?)(?: mit den Worten| mit der Aussage)?\s*(?:[,.;:]|$)/u.exec(unquoted);
          return m ? ([m[0], m[1], m[3]] as unknown as RegExpExecArray) : null;
        })();
      // «nach den Worten von X», «X: «…»» (a name and a colon before the quote): who said it.
      const byWords = /[Nn]ach (?:den )?(?:Worten|Ansicht|Einschätzung|Auffassung|Überzeugung) (?:von |des |der )?((?:\p{Lu}[\p{L}-]*\s?){1,4})/u.exec(unquoted);
      const beforeColon = /^\s*((?:\p{Lu}[\p{L}-]*\s?){1,4}):\s*$/u.exec(text.slice(0, Math.max(0, (inSentence[0]?.start ?? sentence.start + 1) - 1 - sentence.start)));
      const wordsOf = byWords ? resolve(byWords[1]!.trim()) : beforeColon ? resolve(beforeColon[1]!.trim()) : undefined;
      const named = (citing ? resolveName(citing[1]!) : undefined) ?? findChannel(unquoted, resolveName) ?? null;
      // «laut Peskow», «Selenskyj zufolge»: a person after these words is who said it, not a channel.
      const saidBy = !citing && named?.person === true && !/(?:sender|agentur|zeitung|dienst|medien|portal|blatt|magazin|fernsehen|radio)/iu.test(named.name) ? named : undefined;
      const channel = saidBy ? null : named;
      if (channel) reporter = channel;
      const cited = citing ? resolve(`der ${citing[2]!}`) ?? resolve(citing[2]!) : undefined;
      const institutional = cited ? undefined : institutionStatement(unquoted, resolve);
      let sentenceSpeaker: NamedParty | undefined = cited ?? institutional ?? wordsOf ?? saidBy;
      let sentenceRule: QuoteReading['rule'] = cited ? 'zitiert' : institutional ? 'institution' : wordsOf || saidBy ? 'rahmen' : 'keiner';
      const verbs = sayingVerbs(text, local);
      for (const verb of sentenceSpeaker ? [] : verbs) {
        const party = speakerAroundVerb(text, verb, resolve, local, channel);
        // A reporting verb's subject is the channel when someone else is named as speaker.
        if (party && !(REPORTING.has(verb.verb) && channel && party.name === channel.name && verbs.length > 1)) {
          sentenceSpeaker = party;
          sentenceRule = 'verb';
          break;
        }
      }
      for (const quote of inSentence) {
        // A frame right after the passage: «…», sagte X / so X.
        const after = framed.slice(quote.end + 1, sentence.end);
        const frame = /^\s*,?\s*(?:so|(?:sagte|erklärte|betonte|meinte|ergänzte|warnte|kritisierte|forderte|schrieb|versicherte|bekräftigte|unterstrich|antwortete|erwiderte|fügte|teilte|hiess es|hieß es|berichtete|meldete)\b(?: \w+)??)\s+(.*)$/u.exec(after);
        const closingSo = /,\s+so\s+([^,.;:]+)[.!?]?\s*$/u.exec(after);
        const framePhrase = frame ? phraseAfter(frame[1]!) : closingSo ? phraseAfter(closingSo[1]!) : undefined;
        // «…», sagte Al-Ansari: a surname alone the article does not spell out is still who said it (to be checked).
        let speaker = framePhrase !== undefined ? resolve(framePhrase) ?? unknownSurname(framePhrase) : undefined;
        let rule: QuoteReading['rule'] = speaker ? 'rahmen' : 'keiner';
        let form: string | undefined;
        let hiessEs = false;
        if ((frame && /hie(?:ss|ß) es/u.test(frame[0])) || /^\s*,?\s*hie(?:ss|ß) es(?!\p{L})/u.test(after)) {
          const institution = institutionFrame(after, resolve);
          speaker = institution?.party;
          form = institution?.form;
          rule = 'institution';
          hiessEs = true;
        } else if (!speaker && sentenceSpeaker) form = institutionFrame(unquoted, resolve)?.form;
        if (!speaker && sentenceSpeaker) rule = sentenceRule;
        speaker ??= sentenceSpeaker;
        // «Wie die Nachrichtenagentur KCNA berichtet … «…», hiess es»: the reporting party speaks.
        const reported = !speaker && hiessEs ? channel ?? reporter : undefined;
        if (reported) rule = 'kanal';
        speaker ??= reported;
        // Only a sentence that continues the previous one's speech: opening with the passage, or in the subjunctive of reported speech.
        const carried = speaker === undefined && verbs.length === 0 && !channel && (text.trimStart().startsWith(paragraph[quote.start - 1]!) || inSubjunctive(unquoted));
        const said = speaker ?? (carried ? previous.speaker : null);
        if (!speaker && carried && said) rule = 'weitergefuehrt';
        // The channel the previous sentence named for the same speaker still holds («…, verwies Lawrow nach Angaben der Tass …. «…», sagte Lawrow»).
        const sameSpeaker = said !== null && previous.speaker !== null && (said.id ?? said.name) === (previous.speaker.id ?? previous.speaker.name);
        const ownChannel = reported ? null : channel;
        // Only within the paragraph: a paragraph that does not name the channel is not cited for it (editors removed such channels in every trial).
        const carriedChannel = reported || ownChannel || previous.paragraph !== paragraphIndex ? null : carried || sameSpeaker ? previous.channel : null;
        readings.push({
          text: paragraph.slice(quote.start, quote.end),
          start: quote.start,
          end: quote.end,
          speaker: said,
          channel: ownChannel ?? carriedChannel,
          ...(form && said ? { form } : {}),
          rule: said ? rule : 'keiner',
        });
      }
      // «Das teilte das Departement … mit»: the sentence names who said the passages before it that
      // have no speaker, back to the last one that has one (to be checked: the reference is loose).
      const back = inSentence.length === 0 ? BACK_REFERENCE.exec(text.trim()) : null;
      const backParty = back ? resolve(phraseAfter(back[1]!)) : undefined;
      if (backParty) {
        const before = [...earlier.flat(), ...readings];
        const backChannel = findChannel(unquoted, resolveName);
        for (let k = before.length - 1; k >= 0 && !before[k]!.speaker; k--) {
          Object.assign(before[k]!, { speaker: backParty, rule: 'rueckbezug', channel: before[k]!.channel ?? backChannel ?? null });
        }
      }
      // «Kremlsprecher Dmitri Peskow wollte nicht …. …, sagte er»: a person who opens a sentence is whom a later pronoun means.
      if (inSentence.length === 0 && !sentenceSpeaker && !ADVERBIAL.test(text.trimStart())) {
        // The words that open the sentence up to its first lower-case word: its subject («UN-Generalsekretär Antonio Guterres hat …»).
        const leading = text.trimStart().split(/\s+/u);
        const upto = leading.findIndex((w, k) => k > 0 && /^\p{Ll}/u.test(w) && !/^(?:al|el|bin|ibn|van|von|der|de)(?:-|$)/u.test(w));
        const opening = resolveName(leading.slice(0, upto < 0 ? 5 : Math.min(upto, 5)).join(' ').replace(/[,.;:].*$/u, ''));
        if (opening?.person) lastNamed = opening;
        // «Die Schweiz wurde von Botschafterin Erika Muster vertreten. «…», sagte sie»: a titled person the sentence names.
        else {
          const titled = [...text.matchAll(/(?<!\p{L})(\p{Lu}[\p{L}-]+) ((?:\p{Lu}|(?:al|el|bin|ibn)-\p{Lu})[\p{L}'’-]+(?: (?:\p{Lu}|(?:al|el|bin|ibn)-\p{Lu})[\p{L}'’-]+){1,3})/gu)]
            .filter((m) => isTitle(m[1]!))
            .map((m) => resolveName(m[2]!))
            .filter((p) => p?.person);
          if (titled.length === 1) lastNamed = titled[0];
        }
      }
      // The next sentence may carry this one's speaker; a sentence with none breaks the chain.
      if (sentenceSpeaker) previous = { speaker: sentenceSpeaker, channel, paragraph: paragraphIndex };
      else if (inSentence.length > 0 && readings.at(-1)?.speaker) previous = { speaker: readings.at(-1)!.speaker, channel: readings.at(-1)!.channel, paragraph: paragraphIndex };
      else previous = { speaker: null, channel: null, paragraph: paragraphIndex };
    }
    earlier.push(readings);
    return readings;
  });
}
