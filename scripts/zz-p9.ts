import { readDates } from '../src/ingest/read-dates.ts';
for (const t of process.argv.slice(2)) console.log(t, '->', readDates(t, '2025-11').map((d) => `${d.text}=${d.value}|${d.precision}`).join('; '));
