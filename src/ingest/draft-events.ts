/**
 * The events a policy editor would record from an article, drafted: the article's lead event
 * (what its first sentence reports, the headline naming it where the headline is a sentence), and
 * every further sentence that reports an action of a kind the dossier records (a visit, a
 * summons, an evacuation, an attack …), dated by the clause that carries it. Remarks, reported
 * speech and background without such an action are not events. Each event says why it was
 * drafted and what the editor must check (`pruefen`): a date the text does not give, a date from
 * a subordinate clause, a title made from a pattern, an event without participants.
 */
import type { EntityKind, EventKind } from '../model/vocabulary.ts';
import type { DateMention, DatePrecision } from './read-dates.ts';
import { clausesOf } from './event-clauses.ts';

export interface EventDraft {
  title: string;
  kind: EventKind;
  date: string;
  precision: DatePrecision;
  /** The expression the date was read from, e.g. `am Dienstag`; '' where the text gives none. */
  dateText: string;
  /** The first paragraph that carries the event (1-based), and all of them. */
  paragraph: number;
  paragraphs: number[];
  /** The sentence that reports the event, verbatim. */
  sentence: string;
  /** Known entries by id, new ones by name. */
  participants: string[];
  place?: string;
  countries: string[];
  state: 'sicher' | 'pruefen';
  /** What the editor must check, one item each. */
  check: string[];
  /** Why it was drafted: the rule and the words. */
  why: string;
}

/** A name found in a sentence: a known entry (id) or a new one (name), with its kind. */
export interface NamedIn {
  ref: string;
  name: string;
  kind: EntityKind | undefined;
  start: number;
  end: number;
}

/** Words that say what kind of event a clause reports, strongest first (lower case, by stem). */
const KIND_WORDS: [RegExp, EventKind][] = [
  [/einbestell|einbestellt|bestellt\S* \S+ (?:\S+ )?ein(?!\p{L})|zitiert\S* \S+ (?:\S+ )?ins ministerium/u, 'einbestellung'],
  [/evakuier|ausgeflogen|ausfliegen|fliegt \S+ aus|flog \S+ aus|rettungsflug|luftbrücke/u, 'evakuierung'],
  [/abkommen|vertrag(?!s?partner)|unterzeichn|vereinbar|einigten sich|geeinigt|ausgehandelt|vermittelt/u, 'abkommen'],
  [/waffenruhe|feuerpause|waffenstillstand|kampfpause/u, 'waffenruhe'],
  [/konferenz|tagung|(?<!\p{L})forum(?!\p{L})|(?<!\p{L})dialog(?:s)?(?!\p{L})/u, 'konferenz'],
  [/hilfe (?:um|auf)|stockt|aufgestockt|hilfsgelder|millionen (?:euro|dollar|franken) (?:für|zusätzlich|bereit)|zusätzlich \S+ millionen|humanitäre hilfe|bereitgestellt|stellt[^.;]* millionen[^.;]* bereit/u, 'hilfe'],
  [/angriff|beschoss|beschuss|raketen (?:auf|trafen)|getötet|bombardier|drohnenangriff|marschierte? \S* ?ein|einmarsch|invasion/u, 'angriff'],
  [/offensive|erober|zurückerober|vorstoss/u, 'offensive'],
  [/entsend|entsandt|soldaten (?:nach|in)|truppen (?:nach|in)/u, 'entsendung'],
  [/(?<!\p{L})liefer|geliefert/u, 'lieferung'],
  [/amtsantritt|arbeit \S* ?(?:im|in der) \S+ (?:\S+ )?aufgenommen|nimmt \S+ arbeit|nahm \S+ arbeit|vereidigt|trat \S+ amt an|tritt \S+ amt an|mandat (?:begonnen|angetreten)/u, 'amtsantritt'],
  [/gewählt|wählte|(?<!\p{L})wahl(?!\p{L})/u, 'erklaerung'],
  [/staatsbesuch|besuch|besucht|reist|reiste|eingetroffen|traf \S+ in|empfang|empfing|empfängt|zu gast|visite|gefahren|(?<!\p{L})fuhr(?!\p{L})|(?<!\p{L})kommt(?: \S+){1,5} (?:in|nach) |(?<!\p{L})wird(?: \S+){1,6} erwartet/u, 'besuch'],
  [/(?<!\p{L})(?:traf|trafen|trifft)(?!\p{L})|getroffen|gipfel|ministertreffen|treffen (?:in|am|im|mit|zwischen)|telefonierte|telefonat|telefongespräch|treffens? (?:der|des|mit|zwischen)|kamen \S* ?zusammen|kommen \S* ?zusammen|berieten|verhandelten|verhandeln|verhandlungen|gespräche (?:zwischen|mit)/u, 'treffen'],
];

/** Verbs of saying and demanding: a clause led by one is a statement, whatever its object names. */
const STATEMENT = /nach aussage|angekündigt|eingeladen|einladung|(?<!\p{L})lädt |(?<!\p{L})lud |(?<!\p{L})kündigte? |bekannt ?gegeben|(?<!\p{L})(?:forder\p{L}*|gefordert|ruft|rief|aufgerufen|appellier\p{L}*|verlang\p{L}*|warn\p{L}*|verurteil\p{L}*|kritisier\p{L}*|bekräftig\p{L}*|wirbt|warb|mahnt\p{L}*|erklärt\p{L}*|sagte|sagt|betont\p{L}*|plädier\p{L}*|drängt\p{L}*|bot|bietet|angeboten|erneuert\p{L}*|lobt\p{L}*|begrüsst\p{L}*|begrüßt\p{L}*)(?!\p{L})/u;

/** A finite verb or participle: a sentence without one reports nothing. */
const VERB = /(?<!\p{L})(?:\p{Ll}+(?:te|ten|t|en)|hat|hatte|hatten|haben|ist|war|waren|wurde|wurden|wird|werden|soll|sollen|traf|trafen|kam|kamen|rief|bot|flog|nahm|gab|sprach|empfing|begann)(?!\p{L})/u;

/** Announcing and inviting: what is announced has not happened yet. */
const ANNOUNCE = /(?<!\p{L})(?:angekündigt|kündigte|kündigt|eingeladen|lädt|lud)(?!\p{L})/u;

/** Demands and condemnations: a statement worth recording as an event where someone named makes it near the top of the article. */
const DEMAND = /(?<!\p{L})(?:forder\p{L}*|gefordert|ruft|rief|aufgerufen|appellier\p{L}*|verlang\p{L}*|verurteil\p{L}*|mahnt\p{L}*)(?!\p{L})/u;

/** The finite verb of a main clause, where a subject ends (lower case; auxiliaries and common forms). */
const FINITE = /(?<!\p{L})(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|wird|werden|soll|sollen|will|wollen|kann|können|traf|trafen|kam|kamen|rief|gab|nahm|\p{Ll}{2,}te|\p{Ll}{2,}ten|\p{Ll}{2,}t)(?!\p{L})/u;

/** Kinds whose words rarely stand for anything but the action: drafted near the top even without a date of their own. */
const STRONG_KINDS = new Set<EventKind>(['abkommen', 'waffenruhe', 'evakuierung', 'einbestellung', 'angriff', 'entsendung', 'lieferung', 'hilfe', 'amtsantritt']);

/** A completed action: perfect or past tense of the main clause («hat … vermittelt», «wurden … ausgeflogen», «bestellte … ein»). */
const COMPLETED = /(?<!\p{L})(?:hat|haben|hatte|hatten|wurde|wurden|ist|sind)(?!\p{L})[^,;]*(?<!\p{L})(?:ge\p{Ll}+t|\p{Ll}+iert|\p{Ll}*ge\p{Ll}+en|ver\p{Ll}+t|be\p{Ll}+t|ent\p{Ll}+t|unter\p{Ll}+t)(?!\p{L})/u;

/** Reported speech: a clause in the subjunctive passes on what someone said. */
const SUBJUNCTIVE = /(?<!\p{L})(?:sei|seien|habe|hätten|werde|würden|könne|müsse|solle|wolle)(?!\p{L})/u;

/** How each kind is said in a title made from a pattern (present tense). */
const KIND_VERB: Record<EventKind, string> = {
  besuch: 'besucht', treffen: 'trifft', konferenz: 'nimmt an einer Konferenz teil', abkommen: 'schliesst ein Abkommen',
  waffenruhe: 'vereinbart eine Waffenruhe', offensive: 'startet eine Offensive', angriff: 'greift an', entsendung: 'entsendet Truppen',
  lieferung: 'liefert', hilfe: 'stockt die Hilfe auf', evakuierung: 'evakuiert', einbestellung: 'bestellt ein', amtsantritt: 'tritt das Amt an',
  erklaerung: 'äussert sich',
};

/**
 * A title without a subject, where the clause names no one who acts: nominal, as headlines are
 * written («Waffenruhe in Gaza vereinbart»); `{where}` is the place or country the clause names.
 * Never «Unbekannt besucht …».
 */
const KIND_NOMINAL: Record<EventKind, [withPlace: string, without: string]> = {
  besuch: ['Besuch in {where}', 'Besuch'], treffen: ['Treffen in {where}', 'Treffen'], konferenz: ['Konferenz in {where}', 'Konferenz'],
  abkommen: ['Abkommen mit {where} geschlossen', 'Abkommen geschlossen'], waffenruhe: ['Waffenruhe in {where} vereinbart', 'Waffenruhe vereinbart'],
  offensive: ['Offensive in {where}', 'Offensive'], angriff: ['Angriff auf {where}', 'Angriff'], entsendung: ['Truppen nach {where} entsandt', 'Truppen entsandt'],
  lieferung: ['Lieferung nach {where}', 'Lieferung'], hilfe: ['Hilfe für {where} aufgestockt', 'Hilfe aufgestockt'], evakuierung: ['Evakuierung aus {where}', 'Evakuierung'],
  einbestellung: ['Botschafter von {where} einbestellt', 'Botschafter einbestellt'], amtsantritt: ['Amtsantritt in {where}', 'Amtsantritt'], erklaerung: ['Erklärung zu {where}', 'Erklärung'],
};

/** The event kind a clause reports, with the words that say so, or undefined. */
export function kindOf(clause: string): { kind: EventKind; words: string } | undefined {
  const lower = clause.toLocaleLowerCase('de-CH');
  for (const [pattern, kind] of KIND_WORDS) {
    const m = pattern.exec(lower);
    if (m) return { kind, words: clause.slice(m.index, m.index + m[0].length) };
  }
  return undefined;
}

/** A headline that is a sentence in the present tense can title the lead event: a verb after its subject, no speaker's colon. */
function headlineTitle(headline: string): string | undefined {
  if (/[:?]/u.test(headline) || headline.split(/\s+/u).length < 3) return undefined;
  // «Der Bürgenstock ist für die Friedenskonferenz bereit»: a state, not what happened.
  if (/(?<!\p{L})(?:ist|sind|war|waren|bleibt|bleiben|scheint)(?!\p{L})/u.test(headline)) return undefined;
  const words = headline.split(/\s+/u);
  return words.slice(1).some((w) => /^\p{Ll}+(?:t|en)$/u.test(w) && !/^(?:der|den|die|das|einen|mit|nach|zum|zur|für|vor|von|und|in|im|am|an|auf|aus|bei|gegen|um|über|unter|zu)$/u.test(w)) ? headline : undefined;
}

export interface SentenceInfo {
  paragraph: number;
  /** Offsets of the sentence in its paragraph. */
  start: number;
  end: number;
  text: string;
  /** The sentence with quoted passages blanked out. */
  unquoted: string;
  dates: DateMention[];
  names: NamedIn[];
}

/**
 * The events of an article. `sentences` in text order (quotes blanked), `headline` the article's
 * title, `articleDate` `YYYY-MM`.
 */
export function draftEvents(sentences: readonly SentenceInfo[], headline: string, articleDate: string): EventDraft[] {
  const events: EventDraft[] = [];
  const lead = sentences.find((s) => s.unquoted.split(/\s+/u).filter(Boolean).length >= 6 && VERB.test(s.unquoted));
  for (const sentence of sentences) {
    const isLead = sentence === lead;
    // Reported speech and remarks are statements, not actions (the lead excepted: it is what the article reports).
    if (!isLead && SUBJUNCTIVE.test(sentence.unquoted) && !sentence.dates.length) continue;
    const clauses = clausesOf(sentence);
    for (const clause of clauses) {
      const statement = STATEMENT.test(clause.text);
      const demand = !isLead && !clause.subordinate && sentence.paragraph <= 2 && DEMAND.test(clause.text) && sentence.names.some((n) => n.start >= clause.start && n.end <= clause.end);
      // A statement the article dates before its own month is an event of its own («Im März hatte sich X ähnlich geäussert»).
      const earlier = clause.dates.find((d) => d.value.slice(0, 7) < articleDate && !articleDate.startsWith(d.value));
      const said = !isLead && !clause.subordinate && earlier ? (STATEMENT.exec(clause.text) ?? /(?<!\p{L})(?:geäussert|geäußert|äusserte|äußerte)(?!\p{L})/u.exec(clause.text)) : null;
      const found = kindOf(clause.text) ?? (demand ? { kind: 'erklaerung' as const, words: DEMAND.exec(clause.text)![0] } : said ? { kind: 'erklaerung' as const, words: said[0] } : undefined);
      // The lead is an event where it names an action or a statement; an intention («wollen … ausbauen») is not.
      if (!found && !(isLead && clause === clauses[0] && statement)) continue;
      // Beyond the lead, an event needs a kind, a date of its own (a dated action the article mentions) or a demand near the top, and a name.
      // In the lead's paragraph the article's own date dates what it reports («begrüsste die Verlängerung der Waffenruhe»).
      const leadParagraph = lead !== undefined && sentence.paragraph === lead.paragraph;
      // Near the top, a main clause that reports a completed action of a strong kind is an event without a date of its own
      // («Katar hat … eine Feuerpause … vermittelt»): dated by the article, to be checked.
      const reported = !clause.subordinate && !statement && sentence.paragraph <= 3 && found !== undefined && STRONG_KINDS.has(found.kind) && COMPLETED.test(clause.text);
      if (!isLead && (!found || (!sentence.dates.length && !demand && !leadParagraph && !reported) || (statement && !demand && !clause.dates.length && !leadParagraph))) continue;
      // Background in the pluperfect without a date of its own («hatte zuletzt bei einem Besuch in Riad geworben») is no event of its own.
      if (!isLead && !clause.dates.length && /(?<!\p{L})(?:hatte|hatten|war|waren)(?!\p{L})/u.test(clause.text) && !reported) continue;
      // Beyond the lead, someone must act: a person, an organisation or a country, not a place alone («Vierwaldstättersee trifft»).
      // (In the lead's paragraph an action of a strong kind needs none: «begrüsste die Verlängerung der Waffenruhe».)
      const strongInLead = leadParagraph && found !== undefined && STRONG_KINDS.has(found.kind);
      if (!isLead && !strongInLead && !sentence.names.some((n) => n.start >= clause.start && n.end <= clause.end && n.kind !== 'place')) continue;
      // Reported speech is an event only where it reports a dated action («sei am Donnerstag unterzeichnet worden»), not a remark.
      if (!isLead && SUBJUNCTIVE.test(clause.text) && !clause.dates.length) continue;
      // «fordert eine Waffenruhe» is a statement; «gab den Beginn der Feuerpause bekannt» reports the truce.
      const demanding = DEMAND.test(clause.text) || /(?:wirbt|warb|plädiert|drängt)/u.test(clause.text);
      // Announcing a meeting or a visit is a statement, not the meeting («kündigte einen zweiten Gipfel an»).
      const announcing = ANNOUNCE.test(clause.text);
      const kind: EventKind = (demanding || announcing || (statement && !found)) && (!found || ['waffenruhe', 'abkommen', 'konferenz', 'hilfe', 'besuch', 'treffen'].includes(found.kind)) ? 'erklaerung' : found?.kind ?? 'erklaerung';
      const date = clause.dates[0] ?? (clause.subordinate ? undefined : sentence.dates.find((d) => !clauses.some((c) => c.subordinate && c.dates.includes(d))));
      const check: string[] = [];
      if (!date) check.push('Datum: der Satz nennt keines; angenommen ist der Monat der Meldung.');
      if (clause.subordinate) check.push(`Datum und Art stammen aus einem Nebensatz («${clause.text.trim().slice(0, 60)}»): ist es ein eigenes Ereignis?`);
      if (!found) check.push('Art: kein Wort nennt sie; als Erklärung entworfen.');
      // Who says so is not who acts or where: «nach Angaben aus Seoul», «laut Kiew», «Kiew zufolge».
      const sourcePhrases = [...sentence.text.matchAll(/(?:nach Angaben|nach Informationen|nach Darstellung) (?:aus|von|der|des) [^,.;]+?(?=\s+\p{Ll}|[,.;]|$)|(?<!\p{L})laut \p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]* zufolge/gu)].map((m) => ({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }));
      // Who comments on the event before a verb of saying («Der Kreml wertet das Gipfeltreffen … positiv») is not one of its participants.
      const saysAt = kind === 'erklaerung' ? -1 : /(?<!\p{L})(?:wertet|werteten|wertete|spricht|sprach|sprachen|nennt|nannte|begrüsst\p{L}*|begrüßt\p{L}*|kritisiert\p{L}*|lobt\p{L}*|bezeichnet\p{L}*)(?!\p{L})/u.exec(clause.text)?.index ?? -1;
      const commenter = (n: NamedIn) => saysAt >= 0 && n.end <= clause.start + saysAt && found !== undefined && !clause.text.slice(0, saysAt).toLocaleLowerCase('de-CH').includes(found.words.toLocaleLowerCase('de-CH'));
      const names = sentence.names.filter((n) => n.start >= clause.start && n.end <= clause.end && !sourcePhrases.some((p) => n.start >= p.start && n.end <= p.end) && !commenter(n));
      const participants = [...new Set(names.filter((n) => n.kind === 'person' || n.kind === 'organisation').map((n) => n.ref))];
      const countries = [...new Set(names.filter((n) => n.kind === 'country').map((n) => n.ref))];
      const place = names.find((n) => n.kind === 'place')?.ref;
      if (participants.length === 0 && countries.length === 0) check.push('Beteiligte: der Satz nennt keine bekannten oder neuen Namen.');
      // The headline names what the lead's main clause reports, never what a subordinate clause adds.
      // …and only where it says the same kind of thing: «Kreml spricht von positivem Gespräch» does not title a summit.
      const headlineKind = kindOf(headline)?.kind ?? (STATEMENT.test(headline.toLocaleLowerCase('de-CH')) ? 'erklaerung' : undefined);
      // A headline that reports what someone says of it («Kreml spricht von positivem Gespräch auf Gipfel») titles a statement, not the summit.
      const headlineSays = STATEMENT.test(headline.toLocaleLowerCase('de-CH')) || /(?<!\p{L})(?:spricht|sprechen|wertet|werten|nennt|nennen|sieht|sehen)(?!\p{L})/u.test(headline);
      const fromHeadline = isLead && !clause.subordinate && headlineKind === kind && (kind === 'erklaerung' || !headlineSays) ? headlineTitle(headline) : undefined;
      // The subject of a made title: who acts, a person before an organisation before a country («Wadephul besucht den Vatikan», not «Deutschland besucht …»).
      // Names before the clause's finite verb are its subject (German puts one thing before the verb): «Katar hat … vermittelt».
      const verbAt = clause.start + (FINITE.exec(clause.text)?.index ?? clause.text.length);
      const beforeVerb = names.filter((n) => n.end <= verbAt);
      const byRank = (pool: NamedIn[]) => (['person', 'organisation', 'country'] as const).map((k) => pool.find((n) => n.kind === k)).find(Boolean)?.name;
      // (Where the clause names a person, the person acts: «Der Kreml wertet das Gipfeltreffen von Putin mit Trump» is Putin's meeting.)
      const subject = names.some((n) => n.kind === 'person') ? byRank(names) : byRank(beforeVerb) ?? byRank(names);
      // A made title names whom or where, where the clause says it: «Selenskyj besucht Washington», «Lawrow trifft Choe Son Hui».
      // Not the actor's own country, named right before the actor («der ukrainische Präsident Selenskyj», «Deutschlands Aussenminister Wadephul»).
      const actor = names.find((n) => n.name === subject);
      const own = (n: NamedIn) => actor !== undefined && n.end <= actor.start && actor.start - n.end < 40;
      const candidatesForWhere = names.filter((n) => n.kind === 'place' || (n.kind === 'country' && n.name !== subject && !own(n)));
      // Where to: a place or country after «nach», «in», «im» («reiste nach Kiew»), else the first place, else the first country.
      const textBefore = (n: NamedIn, length: number) => sentence.text.slice(Math.max(0, n.start - sentence.start - length), n.start - sentence.start);
      const destination = candidatesForWhere.find((n) => /(?:^|\s)(?:nach|in|im|in die|in den|in das)\s+$/u.test(textBefore(n, 12)));
      const where = (destination ?? candidatesForWhere.find((n) => n.kind === 'place') ?? candidatesForWhere[0])?.name;
      const whom = (names.find((n) => n.name !== subject && n.kind === 'person') ?? names.find((n) => n.name !== subject && n.kind === 'organisation'))?.name;
      const object = kind === 'besuch' ? where : kind === 'treffen' ? whom : undefined;
      // Without anyone who acts, the noun the clause uses names it where there is one («Friedenskonferenz auf dem Bürgenstock»).
      const noun = found ? new RegExp(`\\p{Lu}[\\p{L}-]*${found.words.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}[\\p{L}-]*`, 'iu').exec(clause.text)?.[0] : undefined;
      // …with the preposition the text uses before the place («auf dem Bürgenstock», «am See»), else «in».
      const whereName = names.find((n) => n.name === where);
      const preposition = whereName ? /(?:^|\s)(auf dem|auf der|am|an der|im|in der|bei)\s+$/u.exec(textBefore(whereName, 10))?.[1] : undefined;
      const nominal: [string, string] = noun && /^\p{Lu}/u.test(noun) && !/\s/u.test(found!.words) ? [`${noun} ${preposition ?? 'in'} {where}`, noun] : KIND_NOMINAL[kind];
      const title = fromHeadline ?? (subject ? `${subject} ${KIND_VERB[kind]}${object ? ` ${object}` : ''}` : where ? nominal[0].replace('{where}', where) : nominal[1]);
      // A made title that says who does what to whom or where («Putin trifft Trump», «Wadephul besucht Rom») is a headline;
      // one without someone who acts, or with a vague verb («äussert sich», «greift an»), is to be rewritten.
      if (!fromHeadline && !(subject && object)) check.push('Titel: nach einem Muster gebildet; als Schlagzeile (wer tut was) formulieren.');
      const draft: EventDraft = {
        title,
        kind,
        date: date?.value ?? articleDate,
        precision: date?.precision ?? 'month',
        dateText: date?.text ?? '',
        paragraph: sentence.paragraph,
        paragraphs: [sentence.paragraph],
        sentence: sentence.text,
        participants,
        ...(place ? { place } : {}),
        countries,
        state: check.length ? 'pruefen' : 'sicher',
        check,
        why: `${isLead ? 'Erster Satz der Meldung' : `Satz in Absatz ${sentence.paragraph}`}; Art aus ${found ? `«${found.words}»` : 'keinem Wort (Erklärung)'}; Datum aus ${date ? `«${date.text}»` : 'dem Monat der Meldung'}.`,
      };
      // The same kind on the same date (or a date within the other's), or twice in a paragraph, is one event told in several sentences.
      const same = events.find((e) => e.kind === draft.kind && (e.date === draft.date || within(draft.date, e.date) || within(e.date, draft.date) || e.paragraphs.includes(draft.paragraph)));
      if (same) {
        // The more precise date wins («am 4. und 5. Dezember» over «Anfang Dezember»).
        if (within(draft.date, same.date) && draft.date !== same.date && draft.dateText) {
          same.date = draft.date;
          same.precision = draft.precision;
          same.dateText = draft.dateText;
        }
        if (!same.paragraphs.includes(draft.paragraph)) same.paragraphs.push(draft.paragraph);
        for (const p of draft.participants) if (!same.participants.includes(p)) same.participants.push(p);
        for (const c of draft.countries) if (!same.countries.includes(c)) same.countries.push(c);
        same.place ??= draft.place;
      } else events.push(draft);
      break;
    }
  }
  return events;
}

/** Whether date `inner` lies within date `outer` (`2025-12-04/2025-12-05` within `2025-12`). */
function within(inner: string, outer: string): boolean {
  const [from, to = from] = inner.split('/');
  return outer.length < from!.length && !outer.includes('/') && from!.startsWith(outer) && to!.startsWith(outer);
}
