import { readKnownEvents, rankKnownEvents } from '../src/ingest/known-events.ts';
const k = readKnownEvents('content');
console.log(rankKnownEvents({ kind: 'entsendung', from: '2025-07-01', to: '2025-07-31', place: 'seoul', participants: [], countries: ['nordkorea', 'russland'], text: "Nordkorea hat nach Angaben aus Seoul mehr als 10'000 Soldaten nach Russland geschickt." }, k).slice(0, 3));
