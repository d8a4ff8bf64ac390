/**
 * Builds the dossier graph from the loaded collections and validates it, once, as a whole:
 * unique ids and aliases, every reference resolved to an entry of the right kind, every
 * citation resolved to an existing paragraph, every quote found verbatim in its paragraph.
 * Pages, cards, search and the offline bundle read the graph; none of them reads content again.
 */
import { hasCountryOutline } from '../geo/natural-earth.ts';
import { closest, distance } from 'fastest-levenshtein';
import { parseCitation } from '../schemas/fields.ts';
import type { RelationType, Section } from '../i18n/de-CH.ts';
import { earliestDay } from '../model/dossier-date.ts';
import { sourceParagraphs } from '../markdown/source-paragraphs.ts';
import { findWord, MentionMatcher, surfaceForms } from '../mentions/mention-matcher.ts';
import { paragraphMentions } from '../mentions/paragraph-mentions.ts';
import { Dossier, type MentionRecord } from './dossier.ts';
import { normaliseForQuote } from './quote-text.ts';
import type {
  DossierInput,
  DossierNode,
  Edge,
  EntityKind,
  InputEntry,
  NodeKind,
  StatementNode,
  ValidationIssue,
} from './types.ts';

export const SECTION_OF_KIND: Record<NodeKind, Section> = {
  person: 'personen',
  country: 'laender',
  place: 'orte',
  organisation: 'organisationen',
  event: 'ereignisse',
  source: 'quellen',
};

/** "ist eine Person" */
const KIND_LABEL: Record<NodeKind, string> = {
  person: 'eine Person',
  country: 'ein Land',
  place: 'ein Ort',
  organisation: 'eine Organisation',
  event: 'ein Ereignis',
  source: 'eine Quelle',
};

/** Plural names, as in the navigation; they need no declension in a list after a colon. */
const KIND_PLURAL: Record<NodeKind, string> = {
  person: 'Personen',
  country: 'Länder',
  place: 'Orte',
  organisation: 'Organisationen',
  event: 'Ereignisse',
  source: 'Quellen',
};

const kindList = (kinds: readonly NodeKind[]) => kinds.map((k) => KIND_PLURAL[k]).join(', ');

const ENTITY_KINDS: readonly EntityKind[] = ['person', 'country', 'place', 'organisation'];

/** Which kinds may state a relation of each type, and which kinds it may point at. */
const RELATION_RULES: Record<
  'funktion' | 'liegt-in' | 'grenzt-an' | 'steht-fuer' | 'gehoert-zu',
  { from: readonly EntityKind[]; to: readonly NodeKind[] }
> = {
  funktion: { from: ['person'], to: ['country', 'organisation'] },
  'liegt-in': { from: ['place'], to: ['country', 'place'] },
  'grenzt-an': { from: ['place', 'country'], to: ['country', 'place'] },
  'steht-fuer': { from: ['place'], to: ['country', 'organisation'] },
  'gehoert-zu': { from: ['organisation'], to: ['country', 'organisation'] },
};

export interface GraphResult {
  dossier: Dossier;
  issues: ValidationIssue[];
}

function byId<T extends { id: string }>(entries: readonly T[]): T[] {
  return [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function formKey(form: string): string {
  return form.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('de-CH');
}

export function buildDossierGraph(input: DossierInput): GraphResult {
  const issues: ValidationIssue[] = [];
  const report = (file: string, field: string, message: string, hint: string) =>
    issues.push({ file, field, message, hint });

  // --- Nodes, with ids unique across every collection (an id is a URL segment and a reference).
  const nodes = new Map<string, DossierNode>();
  const addNode = (node: DossierNode) => {
    const existing = nodes.get(node.id);
    if (existing) {
      report(
        node.filePath,
        '(Dateiname)',
        `Das Kürzel «${node.id}» ist schon vergeben: ${existing.filePath}.`,
        'Jedes Kürzel darf im ganzen Dossier nur einmal vorkommen. Eine der Dateien umbenennen, z. B. mit einem unterscheidenden Zusatz.',
      );
      return;
    }
    nodes.set(node.id, node);
  };

  for (const entry of byId(input.sources)) {
    const paragraphs = sourceParagraphs(entry.body ?? '');
    if (paragraphs.length !== entry.data.paragraphs) {
      report(
        entry.filePath,
        'paragraphs',
        `Angegeben sind ${entry.data.paragraphs} Absätze, der Text hat ${paragraphs.length}.`,
        'Der Text einer Quelle bleibt wörtlich; Absätze nicht einfügen oder löschen, weil sich sonst alle späteren Anker (#p…) verschieben. Ist die Änderung gewollt, die Zahl anpassen und alle Belege dieser Quelle prüfen.',
      );
    }
    addNode({ kind: 'source', id: entry.id, filePath: entry.filePath, section: 'quellen', title: entry.data.title, data: entry.data, paragraphs });
  }
  const entityLists: [EntityKind, InputEntry<DossierNode['data'] & { name: string }>[]][] = [
    ['person', input.people],
    ['country', input.countries],
    ['place', input.places],
    ['organisation', input.organisations],
  ];
  for (const [kind, entries] of entityLists) {
    for (const entry of byId(entries)) {
      addNode({ kind, id: entry.id, filePath: entry.filePath, section: SECTION_OF_KIND[kind], title: entry.data.name, data: entry.data } as DossierNode);
    }
  }
  for (const entry of byId(input.events)) {
    addNode({ kind: 'event', id: entry.id, filePath: entry.filePath, section: 'ereignisse', title: entry.data.title, data: entry.data });
  }

  // --- References: exist, and point at the right kind of entry.
  const allIds = [...nodes.keys()];
  const checkRef = (file: string, field: string, target: string, allowed: readonly NodeKind[]): DossierNode | undefined => {
    const node = nodes.get(target);
    if (!node) {
      const candidates = allIds.filter((id) => allowed.includes(nodes.get(id)!.kind));
      const guess = candidates.length ? closest(target, candidates) : undefined;
      const suggestion = guess && distance(guess, target) <= Math.max(2, target.length / 3) ? `Gemeint ist vielleicht «${guess}». ` : '';
      report(
        file,
        field,
        `«${target}» verweist auf keinen Eintrag im Dossier.`,
        `${suggestion}Erwartet wird das Kürzel (Dateiname ohne Endung) eines Eintrags unter: ${kindList(allowed)}. Fehlt der Eintrag, die Datei unter content/${SECTION_OF_KIND[allowed[0]!]}/ anlegen.`,
      );
      return undefined;
    }
    if (!allowed.includes(node.kind)) {
      report(
        file,
        field,
        `«${target}» ist ${KIND_LABEL[node.kind]}; erwartet wird ein Eintrag unter: ${kindList(allowed)}.`,
        'Auf einen Eintrag der passenden Art verweisen.',
      );
      return undefined;
    }
    return node;
  };

  // --- Citations: the source exists and has that paragraph.
  const checkCitations = (file: string, field: string, cites: readonly string[]) => {
    cites.forEach((cite, index) => {
      const { source, paragraph } = parseCitation(cite);
      const at = `${field}[${index}]`;
      const node = nodes.get(source);
      if (!node || node.kind !== 'source') {
        const sources = allIds.filter((id) => nodes.get(id)!.kind === 'source');
        report(
          file,
          at,
          `Beleg «${cite}»: Die Quelle «${source}» gibt es nicht.`,
          `Vorhandene Quellen: ${sources.map((s) => `«${s}»`).join(', ') || 'keine'}. Neue Artikel unter content/quellen/ anlegen.`,
        );
        return;
      }
      if (paragraph > node.paragraphs.length) {
        report(
          file,
          at,
          `Beleg «${cite}»: Die Quelle «${source}» hat nur ${node.paragraphs.length} Absätze.`,
          `Einen Absatz zwischen #p1 und #p${node.paragraphs.length} angeben; die Nummern stehen auf der Quellenseite neben jedem Absatz.`,
        );
      }
    });
  };

  const edges: Edge[] = [];
  const addEdge = (edge: Edge) => edges.push(edge);

  // Citing a source is itself a link: the source page lists every page that rests on it.
  const citeEdges = (from: string, cites: readonly string[]) => {
    for (const cite of cites) {
      const { source } = parseCitation(cite);
      if (nodes.get(source)?.kind === 'source') addEdge({ from, to: source, type: 'zitiert', cite: [cite] });
    }
  };

  // --- Entities: aliases unique, relations typed and resolved, facts cited.
  const formOwner = new Map<string, { id: string; file: string; form: string }>();
  for (const node of nodes.values()) {
    if (node.kind === 'event' || node.kind === 'source') continue;
    const { data } = node;
    const forms: [string, string][] = [
      ['name', data.name],
      ...data.aliases.map((a, i): [string, string] => [`aliases[${i}]`, a]),
      ...(data.adjective ? [['adjective', data.adjective] as [string, string]] : []),
    ];
    for (const [field, form] of forms) {
      const key = formKey(form);
      const owner = formOwner.get(key);
      if (owner && owner.id !== node.id) {
        report(
          node.filePath,
          field,
          `«${form}» ist schon Name oder Alias von «${owner.id}» (${owner.file}).`,
          'Ein Name oder Alias muss eindeutig auf einen Eintrag zeigen, sonst kann der Text nicht verlinkt werden. Den Alias bei einem der beiden Einträge streichen.',
        );
      } else if (owner) {
        report(node.filePath, field, `«${form}» steht doppelt in diesem Eintrag.`, 'Die Wiederholung streichen.');
      } else {
        formOwner.set(key, { id: node.id, file: node.filePath, form });
      }
    }

    checkCitations(node.filePath, 'cite', data.cite);
    citeEdges(node.id, data.cite);
    if ('isoNumeric' in data && data.isoNumeric && !hasCountryOutline(data.isoNumeric)) {
      report(
        node.filePath,
        'isoNumeric',
        `Für den Code «${data.isoNumeric}» gibt es in den Natural-Earth-Karten keinen Umriss.`,
        'Den dreistelligen Zahlencode nach ISO 3166-1 prüfen (z. B. 756 für die Schweiz) oder die Zeile streichen; dann zeigt die Karte das Land nicht hervorgehoben.',
      );
    }
    data.facts.forEach((fact, i) => {
      checkCitations(node.filePath, `facts[${i}].cite`, fact.cite);
      citeEdges(node.id, fact.cite);
    });
    data.relations.forEach((relation, i) => {
      const field = `relations[${i}]`;
      const rule = RELATION_RULES[relation.type];
      if (!rule.from.includes(node.kind as EntityKind)) {
        report(
          node.filePath,
          `${field}.type`,
          `Der Beziehungstyp «${relation.type}» gilt nur für: ${kindList(rule.from)} (dieser Eintrag: ${KIND_PLURAL[node.kind]}).`,
          'Einen anderen Beziehungstyp wählen oder die Beziehung beim anderen Eintrag erfassen.',
        );
      }
      if (relation.target === node.id) {
        report(node.filePath, `${field}.target`, 'Ein Eintrag kann nicht mit sich selbst in Beziehung stehen.', 'Das Ziel korrigieren.');
      }
      if (relation.type === 'funktion' && !relation.role) {
        report(node.filePath, `${field}.role`, 'Eine Funktion braucht die Amtsbezeichnung.', 'role: angeben, wie die Quelle sie nennt, z. B. «Aussenminister».');
      }
      if (relation.since && relation.until && earliestDay(relation.until.from) < earliestDay(relation.since.from)) {
        report(node.filePath, `${field}.until`, `«${relation.until.raw}» liegt vor «${relation.since.raw}».`, 'since: und until: prüfen.');
      }
      checkCitations(node.filePath, `${field}.cite`, relation.cite);
      const target = checkRef(node.filePath, `${field}.target`, relation.target, rule.to);
      if (target) addEdge({ from: node.id, to: target.id, type: relation.type, role: relation.role, cite: relation.cite });
    });
  }

  // --- The forms the text matcher derives (genitive, lower-case start, adjective endings) must
  // be unique too, or the same words would link to whichever entry happens to come first.
  const surfaceOwner = new Map<string, DossierNode>();
  for (const node of nodes.values()) {
    if (node.kind === 'event' || node.kind === 'source') continue;
    for (const form of surfaceForms({ id: node.id, name: node.data.name, aliases: node.data.aliases, adjective: node.data.adjective })) {
      const owner = surfaceOwner.get(form);
      if (owner && owner.id !== node.id && formOwner.get(formKey(form))?.id !== owner.id) {
        report(
          node.filePath,
          'aliases',
          `Die Textform «${form}» (aus Name, Alias oder Adjektiv abgeleitet) gehört auch zu «${owner.id}» (${owner.filePath}).`,
          'Erkannt werden auch Genitiv auf -s, klein beginnende mehrteilige Namen und Adjektivendungen. Einen der Aliase so ändern, dass die Formen eindeutig sind.',
        );
      } else if (!owner) {
        surfaceOwner.set(form, node);
      }
    }
  }

  // --- Events: place, participants and countries resolved; everything cited.
  for (const node of nodes.values()) {
    if (node.kind !== 'event') continue;
    const { data, filePath, id } = node;
    const link = (field: string, target: string, allowed: readonly NodeKind[], type: RelationType) => {
      if (checkRef(filePath, field, target, allowed)) addEdge({ from: id, to: target, type, cite: data.cite });
    };
    if (data.place) link('place', data.place, ['place', 'country'], 'ort');
    data.participants.forEach((p, i) => link(`participants[${i}]`, p, ['person', 'organisation'], 'teilnehmer'));
    data.countries.forEach((c, i) => link(`countries[${i}]`, c, ['country'], 'land'));
    checkCitations(filePath, 'cite', data.cite);
    citeEdges(id, data.cite);
    data.facts.forEach((fact, i) => {
      checkCitations(filePath, `facts[${i}].cite`, fact.cite);
      citeEdges(id, fact.cite);
    });
  }

  // --- Statements: speaker and channel resolved; a quote must stand verbatim in its paragraph.
  const statements: StatementNode[] = [];
  for (const entry of byId(input.statements)) {
    const { data, filePath } = entry;
    let ok = Boolean(checkRef(filePath, 'speaker', data.speaker, ['person', 'organisation', 'country']));
    data.via.forEach((v, i) => {
      ok = Boolean(checkRef(filePath, `via[${i}]`, v, ['person', 'organisation'])) && ok;
    });
    data.about.forEach((a, i) => {
      ok = Boolean(checkRef(filePath, `about[${i}]`, a, [...ENTITY_KINDS, 'event'])) && ok;
    });
    if (data.event) ok = Boolean(checkRef(filePath, 'event', data.event, ['event'])) && ok;
    const before = issues.length;
    checkCitations(filePath, 'cite', [data.cite]);
    if (issues.length === before) {
      const { source, paragraph } = parseCitation(data.cite);
      const node = nodes.get(source);
      const text = node?.kind === 'source' ? node.paragraphs[paragraph - 1]?.text : undefined;
      if (text !== undefined && findWord(normaliseForQuote(text), normaliseForQuote(data.quote)) < 0) {
        report(
          filePath,
          'quote',
          `Das Zitat «${data.quote}» steht nicht wörtlich in ${data.cite}.`,
          `Zitate müssen Wort für Wort mit dem Absatz übereinstimmen, ganze Wörter (nur Leerraum und Anführungszeichen werden angeglichen). Absatz ${paragraph} lautet: «${text}»`,
        );
        ok = false;
      }
    } else {
      ok = false;
    }
    if (ok) statements.push({ id: entry.id, filePath, data });
  }

  // --- Former slugs: each becomes a redirect, so it may clash with no current or other former id.
  const formerOwner = new Map<string, DossierNode>();
  for (const node of nodes.values()) {
    if (node.kind === 'source') continue;
    node.data.formerSlugs.forEach((former, i) => {
      const current = nodes.get(former);
      const earlier = formerOwner.get(`${node.section}/${former}`);
      if (current) {
        report(node.filePath, `formerSlugs[${i}]`, `«${former}» ist das aktuelle Kürzel von ${current.filePath}.`, 'Ein früheres Kürzel darf nicht mehr vergeben sein; sonst wüsste der Link nicht, wohin er führt.');
      } else if (earlier) {
        report(node.filePath, `formerSlugs[${i}]`, `«${former}» ist schon früheres Kürzel von ${earlier.filePath}.`, 'Jedes frühere Kürzel darf nur einmal vorkommen.');
      } else {
        formerOwner.set(`${node.section}/${former}`, node);
      }
    });
  }

  // --- Mentions: where each source paragraph names an entity; editors' corrections checked.
  const matcher = new MentionMatcher(
    [...nodes.values()].flatMap((n) => (n.kind === 'event' || n.kind === 'source' ? [] : [{ id: n.id, name: n.data.name, aliases: n.data.aliases, adjective: n.data.adjective }])),
  );
  const mentions: MentionRecord[] = [];
  for (const node of nodes.values()) {
    if (node.kind !== 'source') continue;
    node.data.mentions.forEach((override, i) => {
      const paragraph = node.paragraphs[override.paragraph - 1];
      if (!paragraph) {
        report(node.filePath, `mentions[${i}].paragraph`, `Absatz ${override.paragraph} gibt es nicht (die Quelle hat ${node.paragraphs.length}).`, 'Die Nummer des Absatzes angeben, wie sie auf der Quellenseite steht.');
      } else if (findWord(paragraph.text, override.text) < 0) {
        report(node.filePath, `mentions[${i}].text`, `«${override.text}» steht nicht in Absatz ${override.paragraph}.`, 'Ganze Wörter genau so angeben, wie sie im Absatz stehen (Gross-/Kleinschreibung, Endung).');
      }
      if (override.link !== false) checkRef(node.filePath, `mentions[${i}].link`, override.link, ENTITY_KINDS);
    });
    for (const paragraph of node.paragraphs) {
      const own = node.data.mentions.filter((o) => o.paragraph === paragraph.number);
      for (const mention of paragraphMentions(paragraph.node, matcher, own)) {
        if (nodes.has(mention.id)) mentions.push({ entity: mention.id, source: node.id, paragraph: paragraph.number, mention });
      }
    }
  }

  // --- The briefing on the home page.
  const briefingEntry = input.briefing[0];
  if (!briefingEntry) {
    report('content/dossier.yaml', '(Datei)', 'Die Übersicht des Dossiers fehlt.', 'content/dossier.yaml mit title, lead, points und keyActors anlegen.');
  } else {
    const { data, filePath } = briefingEntry;
    checkCitations(filePath, 'lead.cite', data.lead.cite);
    data.points.forEach((point, i) => checkCitations(filePath, `points[${i}].cite`, point.cite));
    data.keyActors.forEach((actor, i) => checkRef(filePath, `keyActors[${i}]`, actor, ENTITY_KINDS));
  }

  return { dossier: new Dossier(nodes, edges, statements, briefingEntry?.data, matcher, mentions), issues };
}

/** One readable block per problem: file, field, what is wrong, how to fix it. */
export function formatIssues(issues: readonly ValidationIssue[]): string {
  const count = issues.length === 1 ? '1 Fehler' : `${issues.length} Fehler`;
  const blocks = issues.map((issue) => `${issue.file}\n  ${issue.field}: ${issue.message}\n  Hinweis: ${issue.hint}`);
  return `Das Dossier ist nicht stimmig (${count}):\n\n${blocks.join('\n\n')}`;
}
