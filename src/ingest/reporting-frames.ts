/**
 * The parts of a German reporting frame that name who passed a statement on or whose statement it
 * is (src/ingest/read-quotes.ts reads the quotes and their speakers with them): the phrase after a
 * verb of saying, with a role's apposition («der Sprecher des Ministeriums, Hans Muster»); the
 * channel («nach Angaben der Agentur X», «laut X», «X zufolge», «wie X berichtete», «dem Sender
 * X»); an institution's statement («hiess es in einer Erklärung des X»).
 */
import type { NamedParty, NameResolver } from './read-quotes.ts';
import { ROLE_WORD } from './name-resolver.ts';

/** Phrases that end a speaker's name after the verb (a time, a place, a recipient, a clause). */
const PHRASE_END = /\s(?:am|im|in|an|auf|bei|beim|gegenüber|vor|nach|laut|zufolge|mit|zu|zur|zum|dazu|damit|weiter|ausserdem|zudem|später|bereits|noch|auch|demnach|dabei|jedoch|aber|und|der Nachrichtenagentur|unter Berufung)(?=\s|$)/u;

/** A name of two to four capitalised words (particles inside) standing alone after a comma, up to the next comma or the end of the clause. */
const APPOSITION_NAME = /^,\s*(\p{Lu}[\p{L}'’-]+(?:\s+(?:(?:van|von|der|de|al|bin|ibn)\s+)*\p{Lu}[\p{L}'’-]+){1,3})\s*(?=[,.;]|$)/u;

/** The phrase that names a party after a verb: up to the first punctuation or phrase end. */
export function phraseAfter(text: string): string {
  const cut = text.search(/[,.;:!?«»„“”"‹›()]/u);
  let phrase = (cut < 0 ? text : text.slice(0, cut)).trim();
  // «sagte der Sprecher des Ministeriums, Hans Muster, …»: a role's apposition names the person; it belongs to the phrase.
  const apposition = cut >= 0 && text[cut] === ',' ? APPOSITION_NAME.exec(text.slice(cut)) : null;
  if (apposition && phrase.split(/\s+/u).some((word) => ROLE_WORD.test(word))) return `${phrase}, ${apposition[1]!}`;
  const end = PHRASE_END.exec(` ${phrase}`);
  if (end) phrase = ` ${phrase}`.slice(0, end.index).trim();
  // «sagte Maas der Deutschen Presse-Agentur», «sagte Lawrow dem Sender»: after a name, a dative is whom it was said to.
  const toWhom = /^((?!(?:Der|Die|Das|Ein|Eine)\s)\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})\s(?:dem|der)\s/u.exec(phrase);
  if (toWhom) phrase = toWhom[1]!;
  // «fügte sie hinzu», «teilte das Ministerium mit»: the verb's particle is not part of the name.
  return phrase.replace(/\s(?:hinzu|mit|an|ein|fort|zurück|vor|aus|zu)$/u, '').trim();
}

/** A medium a statement was made to, by its kind and name: «dem Sender CNN», «der Zeitung «Kommersant»», «in einem Interview mit dem «Magazin X»» (the quotes of a name are blanked in the frame). */
const MEDIUM_KIND = '(?:Fernsehsender|Radiosender|Sender|Tageszeitung|Zeitung|Nachrichtenmagazin|Magazin|Nachrichtenportal|Portal|Blatt|Wochenzeitung)';
const MEDIUM = new RegExp(`(?:(?:dem|der|im) ${MEDIUM_KIND}|(?:Interview|Gespräch) mit (?:dem|der)(?: ${MEDIUM_KIND})?)\\s+((?:\\p{Lu}[\\p{L}-]*)(?:\\s\\p{Lu}[\\p{L}-]*){0,2})`, 'u');

/** Channels named in a piece of text outside quotes: «nach Angaben der Agentur X», «laut X», «X zufolge», «wie X berichtete». */
export function findChannel(text: string, resolve: NameResolver): NamedParty | undefined {
  const patterns = [
    /(?:^|\s)[Nn]ach Angaben (?:der|des|von) ((?:[\p{L}-]+\s){0,4}?[\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*)*)/u,
    /(?:^|\s)[Ll]aut ((?:[\p{L}-]+\s){0,3}?[\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*)*)/u,
    /(?:^|\s)[Aa]uf (?:(?:der|seiner|ihrer|seinem|ihrem|dem) (?:Plattform|Onlineplattform|Online-Plattform|Kurznachrichtendienst|Onlinedienst|Online-Dienst|Netzwerk|Kanal|Account) |seinem |ihrem )?(X|Twitter|Telegram|Facebook|Instagram|Truth Social|Bluesky|Threads)(?![\p{L}-])/u,
    /[Ww]ie (?:die |der |das )?((?:[\p{L}-]+\s){0,3}?[\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*)*)(?: (?:am|im|an|in)? ?\p{L}+){0,2}? (?:berichtete|berichtet|meldete|meldet|schrieb|schreibt|mitteilte|mitteilt)/u,
    // «berichtete die Zeitung X», not «schrieb auf seiner Plattform X» (above) nor «schrieb in einem Brief».
    /(?:berichtete|meldete|schrieb|zitierte) (?!auf |in |im |an |am )(?:die |der |das )?((?:[\p{L}-]+\s){0,3}?[\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*)*)/u,
    /(?:[Dd]er|[Dd]ie|[Dd]em|[Dd]en) ((?:[\p{L}-]+\s){0,3}?[\p{Lu}][\p{L}-]*(?:\s[\p{Lu}][\p{L}-]*)*) zufolge/u,
    // «Sergej Lawrow zufolge», at the start of a clause: a name without an article.
    /(?:^|[,;]\s*)((?:\p{Lu}[\p{L}-]*\s){1,3})zufolge(?!\p{L})/u,
    // «sagte Lawrow dem Sender CNN», «in einem Interview mit der Zeitung «Kommersant»»: the medium it was said to.
    MEDIUM,
  ];
  for (const [i, pattern] of patterns.entries()) {
    const m = pattern.exec(text);
    // «laut Yonhap», «nach Angaben von Yonhap», «dem Sender CNN»: after these cues a capitalised word is a name.
    // A medium is never a person, whatever its name looks like.
    const medium = pattern === MEDIUM && m ? resolve(m[1]!.trim()) : undefined;
    const party =
      m &&
      (pattern === MEDIUM
        ? medium && !medium.person ? medium : { name: m[1]!.trim(), person: false }
        : i === 2 ? { name: m[1]! } : resolve(m[1]!) ?? (i < 2 && /^\p{Lu}[\p{L}-]+$/u.test(m[1]!) ? { name: m[1]! } : undefined));
    if (party) return party;
  }
  return undefined;
}

/** «hiess es in einer Erklärung des X», «hiess es aus dem X»: the institution whose statement it is. */
export function institutionStatement(text: string, resolve: NameResolver): NamedParty | undefined {
  return institutionFrame(text, resolve)?.party;
}

/** The institution of an institutional statement and the form the text names («in einer Erklärung»), if any. */
export function institutionFrame(text: string, resolve: NameResolver): { party: NamedParty; form?: string } | undefined {
  // «In einer Erklärung des Ministeriums hiess es»: the institution before the frame.
  const before = /(in (?:einer|der) (?:gemeinsamen )?(?:Erklärung|Mitteilung|Stellungnahme|Presseerklärung)) (?:des|der) ([^,.;:]+?) hie(?:ss|ß) es/iu.exec(text);
  const first = before ? resolve(before[2]!) : undefined;
  if (first) return { party: first, form: before![1]!.replace(/^In/u, 'in') };
  const m = /hie(?:ss|ß) es(?: (?:am|an|im|zum|zur)? ?\p{L}+){0,2}? (in (?:einer|der) (?:Erklärung|Mitteilung|Stellungnahme|Botschaft|Presseerklärung)|aus|von|beim|bei|im|in) (?:des |der |dem |den )?(.+)/u.exec(text);
  const party = m ? resolve(phraseAfter(m[2]!)) : undefined;
  if (!party) return undefined;
  return m![1]!.startsWith('in ') && m![1]!.includes(' ', 3) ? { party, form: m![1]! } : { party };
}
