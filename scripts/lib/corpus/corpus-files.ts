/**
 * Writes the corpus as content files, in the format of `content/`: MDX with YAML frontmatter
 * for sources, entities and events, YAML for statements and the briefing. Every string is
 * written as a JSON string, which is valid double-quoted YAML, so no text can turn into a
 * number, a date or a YAML structure by accident.
 */
import type { Cite, Corpus, Country, DossierEvent, Entity, Organisation, Person, Place, Statement } from './model.ts';
import { COLLECTION, collectionGlob, type CollectionName } from '../../../src/model/vocabulary.ts';

const str = (value: string) => JSON.stringify(value);
const list = (values: readonly string[]) => `[${values.map(str).join(', ')}]`;
const ids = (entities: readonly { id: string }[]) => `[${entities.map((e) => e.id).join(', ')}]`;

function factsBlock(facts: readonly { text: string; cite: readonly Cite[] }[]): string[] {
  if (facts.length === 0) return [];
  return ['facts:', ...facts.flatMap((f) => [`  - text: ${str(f.text)}`, `    cite: ${list(f.cite)}`])];
}

function relationsBlock(relations: readonly { type: string; target: string; role?: string; cite: Cite }[]): string[] {
  if (relations.length === 0) return [];
  return [
    'relations:',
    ...relations.flatMap((r) => [`  - type: ${r.type}`, `    target: ${r.target}`, ...(r.role ? [`    role: ${str(r.role)}`] : []), `    cite: ${list([r.cite])}`]),
  ];
}

function coordinatesBlock(lat: number, lon: number, seed: number): string[] {
  return ['coordinates:', `  lat: ${lat}`, `  lon: ${lon}`, `  source: ${str(`Synthetisch (Korpusgenerator, Seed ${seed}), keine reale Position`)}`];
}

const frontmatter = (lines: readonly string[], body = '') => `---\n${lines.join('\n')}\n---\n${body}`;

/**
 * When each entry entered the dossier and last changed, as an editor's ingest and accept would
 * have set them: a source on a day of its month (from its id, so the same corpus gets the same
 * days), every entry on the day of the source it first cites, and updated on the day of the
 * latest source that mentions it, where that is later.
 */
function changeDaysOf(corpus: Corpus): { day: (cite: Cite) => string; newest: string; lines: (cites: readonly Cite[]) => string[] } {
  const bySource = new Map<string, string>();
  for (const s of corpus.sources) {
    let hash = 0;
    for (const c of s.id) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(s.date) ? s.date : `${s.date.slice(0, 7)}-${String(1 + (hash % 28)).padStart(2, '0')}`;
    bySource.set(s.id, day);
  }
  const day = (cite: Cite) => bySource.get(cite.split('#')[0]!)!;
  return {
    day,
    newest: [...bySource.values()].sort().at(-1)!,
    lines: (cites) => {
      const days = cites.map(day).sort();
      const added = days[0]!;
      const updated = days.at(-1)!;
      return [`added: ${str(added)}`, ...(updated > added ? [`updated: ${str(updated)}`] : [])];
    },
  };
}

/** The change days of the corpus being written (set by `corpusFiles`). */
let changes: ReturnType<typeof changeDaysOf> | undefined;

/** The events that involve each entity, for the facts on its page. */
function eventsByEntity(events: readonly DossierEvent[]): Map<Entity, DossierEvent[]> {
  const map = new Map<Entity, DossierEvent[]>();
  const add = (entity: Entity, event: DossierEvent) => {
    const found = map.get(entity) ?? [];
    if (!found.includes(event)) found.push(event);
    map.set(entity, found);
  };
  for (const event of events) {
    add(event.place, event);
    for (const p of event.participants) add(p, event);
    for (const c of event.countries) add(c, event);
  }
  return map;
}

function entityFile(entity: Entity, summary: string, events: readonly DossierEvent[], extra: string[], relations: Parameters<typeof relationsBlock>[0]): string {
  const facts = events.slice(0, 2).map((e) => ({ text: e.summary, cite: e.cite }));
  return frontmatter([
    ...changes!.lines(entity.mentions),
    `name: ${str(entity.name)}`,
    ...extra,
    `summary: ${str(summary)}`,
    `cite: ${list([entity.mentions[0]!])}`,
    ...factsBlock(facts),
    ...relationsBlock(relations),
  ]);
}

function countryFile(c: Country, events: readonly DossierEvent[], seed: number): string {
  return entityFile(
    c,
    `${c.name} ist ein Staat, über den die Agenturen im Dossier berichten.`,
    events,
    ['aliases: []', `adjective: ${c.adjective}`, `isoNumeric: ${str(c.atlas.isoNumeric)}`, ...coordinatesBlock(c.atlas.lat, c.atlas.lon, seed)],
    c.borders.map((b) => ({ type: 'grenzt-an', target: b.target.id, cite: b.cite })),
  );
}

function personFile(p: Person, events: readonly DossierEvent[]): string {
  return entityFile(p, `${p.name} ist ${p.role} von ${p.home.name}.`, events, [`aliases: ${list([p.surname])}`], [
    { type: 'funktion', target: p.home.id, role: p.role, cite: p.mentions[0]! },
  ]);
}

function placeFile(p: Place, events: readonly DossierEvent[], seed: number): string {
  return entityFile(p, `${p.name} ist ein Ort in ${p.home.name}.`, events, ['aliases: []', ...coordinatesBlock(p.lat, p.lon, seed)], [
    { type: 'liegt-in', target: p.home.id, cite: p.mentions[0]! },
  ]);
}

function organisationFile(o: Organisation, events: readonly DossierEvent[]): string {
  return entityFile(o, `${o.name} ist eine ${o.label} aus ${o.home.name}.`, events, ['aliases: []'], [
    { type: 'gehoert-zu', target: o.home.id, cite: o.mentions[0]! },
  ]);
}

function eventFile(e: DossierEvent): string {
  return frontmatter([
    ...changes!.lines(e.cite),
    `title: ${str(e.title)}`,
    `kind: ${e.kind}`,
    ...(e.date ? [`date: ${str(e.date)}`] : []),
    ...(e.dateNote ? [`dateNote: ${str(e.dateNote)}`] : []),
    `place: ${e.place.id}`,
    `participants: ${ids(e.participants)}`,
    `countries: ${ids(e.countries)}`,
    `summary: ${str(e.summary)}`,
    `cite: ${list(e.cite)}`,
    ...factsBlock(e.facts),
  ]);
}

function statementFile(s: Statement): string {
  return [
    `kind: ${s.kind}`,
    `quote: ${str(s.quote)}`,
    `context: ${str(s.context)}`,
    `speaker: ${s.speaker.id}`,
    `via: ${ids(s.via)}`,
    `about: ${ids(s.about)}`,
    `event: ${s.event.id}`,
    `cite: ${str(s.cite)}`,
    ...changes!.lines([s.cite]),
    '',
  ].join('\n');
}

function briefingFile(b: Corpus['briefing']): string {
  return [
    `title: ${str(b.title)}`,
    'lead:',
    `  text: ${str(b.lead.text)}`,
    `  cite: ${list(b.lead.cite)}`,
    'points:',
    ...b.points.flatMap((p) => [`  - text: ${str(p.text)}`, `    cite: ${list(p.cite)}`]),
    `keyActors: ${ids(b.keyActors)}`,
    // Brought up to date with the newest source.
    `updated: ${str(changes!.newest)}`,
    '',
  ].join('\n');
}

/** Every file of the corpus, by path relative to the content folder, in sorted order. */
export function corpusFiles(corpus: Corpus): Map<string, string> {
  changes = changeDaysOf(corpus);
  const files = new Map<string, string>();
  const at = (collection: CollectionName, id: string) => `${COLLECTION[collection].folder}/${id}.${COLLECTION[collection].extensions.at(-1)}`;
  const involved = eventsByEntity(corpus.events);
  const eventsOf = (e: Entity) => involved.get(e) ?? [];
  for (const s of corpus.sources) {
    const head = [`title: ${str(s.title)}`, `date: ${str(s.date)}`, `credit: ${str(s.credit)}`, 'language: de-CH', `paragraphs: ${s.paragraphs.length}`, `added: ${str(changes.day(`${s.id}#p1`))}`];
    files.set(at('source', s.id), frontmatter(head, `\n${s.paragraphs.join('\n\n')}\n`));
  }
  for (const c of corpus.countries) files.set(at('country', c.id), countryFile(c, eventsOf(c), corpus.seed));
  for (const p of corpus.people) files.set(at('person', p.id), personFile(p, eventsOf(p)));
  for (const p of corpus.places) files.set(at('place', p.id), placeFile(p, eventsOf(p), corpus.seed));
  for (const o of corpus.organisations) files.set(at('organisation', o.id), organisationFile(o, eventsOf(o)));
  for (const e of corpus.events) files.set(at('event', e.id), eventFile(e));
  for (const s of corpus.statements) files.set(at('statement', s.id), statementFile(s));
  files.set(collectionGlob('briefing'), briefingFile(corpus.briefing));
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
