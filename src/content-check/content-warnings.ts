/**
 * What the build warns about but still builds: things an editor should look at before the next
 * edition. (1) The briefing (`dossier.yaml`) is older than the newest source: it may not cover
 * what came in since. (2) Once the dossier has several sources, prose that says «der Artikel»
 * no longer says which; it should name its source («laut sda/afp», «gemäss dpa»).
 */
import { readFileSync } from 'node:fs';
import type { Dossier } from '../graph/dossier.ts';
import type { DossierInput, ValidationIssue } from '../graph/types.ts';
import { formatDay } from '../view/editions.ts';

/** «der Artikel», «des Artikels», «laut Artikel» …: a reference to «the» article. */
/** («Artikel 4 des Vertrags», «im Artikel 51» are articles of a treaty, not a source.) */
const THE_ARTICLE = /(?<!\p{L})(?:der|des|dem|den|laut|im|vom|dieser|dieses|diesem)\s+Artikels?(?!\p{L})(?!\s*\d)/giu;

/** Sources added after the briefing was last brought up to date, newest first. */
export function sourcesAfterBriefing(dossier: Dossier): { id: string; title: string; added: string }[] {
  const briefing = dossier.briefing;
  if (!briefing) return [];
  return dossier
    .list('source')
    .flatMap((node) => (node.kind === 'source' && node.data.added > briefing.updated ? [{ id: node.id, title: node.title, added: node.data.added }] : []))
    .sort((a, b) => (a.added < b.added ? 1 : a.added > b.added ? -1 : a.id.localeCompare(b.id)));
}


/** Every warning for the content in `input`, built into `dossier`; files are read for line numbers. */
export function contentWarnings(input: DossierInput, dossier: Dossier): ValidationIssue[] {
  const warnings: ValidationIssue[] = [];
  const stale = sourcesAfterBriefing(dossier);
  const briefingFile = input.briefing[0]?.filePath;
  if (briefingFile && stale.length > 0) {
    warnings.push({
      file: briefingFile,
      field: 'updated',
      message: `Das Lagebild ist vom ${formatDay(dossier.briefing!.updated)}; seither ${stale.length === 1 ? 'kam eine Quelle' : `kamen ${stale.length} Quellen`} dazu, die es vielleicht noch nicht berücksichtigt: ${stale.slice(0, 5).map((s) => `«${s.title}» (${formatDay(s.added)})`).join(', ')}${stale.length > 5 ? ' …' : ''}.`,
      hint: 'Lagebild (title, lead, points, keyActors) prüfen und updated auf den Tag der Überarbeitung setzen.',
    });
  }
  if (dossier.list('source').length > 1) {
    const prose = [...input.person, ...input.country, ...input.place, ...input.organisation, ...input.event, ...input.statement, ...input.briefing];
    for (const { filePath } of prose) {
      let text: string;
      try {
        text = readFileSync(filePath, 'utf8');
      } catch {
        continue;
      }
      text.split('\n').forEach((line, i) => {
        for (const m of line.matchAll(THE_ARTICLE)) {
          warnings.push({
            file: filePath,
            field: 'Text',
            line: i + 1,
            message: `«${m[0]}» ist mehrdeutig, seit das Dossier mehrere Quellen hat.`,
            hint: 'Die Quelle mit ihrer Agentur nennen, z. B. «laut sda/afp» oder «die Meldung von dpa vom Juli 2025».',
          });
        }
      });
    }
  }
  return warnings;
}
