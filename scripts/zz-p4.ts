import { nounForm, headNoun } from '../src/ingest/german-nouns.ts';
for (const w of process.argv.slice(2)) console.log(w, nounForm(w), headNoun(w));
