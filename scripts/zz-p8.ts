import { nameResolver } from '../src/ingest/name-resolver.ts';
import { MentionMatcher } from '../src/mentions/mention-matcher.ts';
import { readMentionTargets } from '../src/mentions/read-mention-targets.ts';
const t = readMentionTargets('content'); const m = new MentionMatcher(t);
const paras = ['BERLIN (dpa) - Aussenminister Heiko Maas hat Russland zu Gesprächen aufgefordert.', '«Wir brauchen Klarheit», sagte Maas der Deutschen Presse-Agentur.'];
const r = nameResolver(paras, m, new Map(t.map((x) => [x.id, x.name])), new Set(), t, []);
r.at!(1);
console.log(r('Maas'), r('Heiko Maas'), r('Aussenminister Maas'));
