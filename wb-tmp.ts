import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
const dir = 'dist/pagefind/fragment';
for (const f of readdirSync(dir)) {
  const raw = gunzipSync(readFileSync(`${dir}/${f}`));
  const json = JSON.parse(raw.subarray(12).toString('utf8'));
  const html = readFileSync(`dist${decodeURI(json.url)}index.html`, 'utf8');
  const $ = cheerio.load(html);
  const words = new Set<string>();
  $('*').contents().each((_, n) => { if (n.type === 'text') for (const w of (n.data.match(/[\p{L}\p{N}]+/gu) ?? [])) words.add(w); });
  const joins = [...new Set(json.content.match(/[\p{L}\p{N}]+/gu) ?? [])].filter((w) => !words.has(w));
  if (joins.length) console.log(json.url, joins.join(' '));
}
