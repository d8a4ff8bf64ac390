/** The dossier's current edition as the download page, the offline edition and the print pages name it. */
import type { Dossier } from '../graph/dossier.ts';
import { ui } from '../i18n/de-CH.ts';
import { currentEdition, editionLabel, editionZipName } from './editions.ts';

/**
 * `label`: «Ausgabe 12 vom 3. Dezember 2025»; `zipName`: the offline edition's file, named after
 * it; `news`: what the edition added and changed, one line per entry («Neu: Person Sergej Lawrow»),
 * for the offline edition's LIESMICH.txt.
 */
export function edition(dossier: Dossier): { label: string; zipName: string; news: string[] } {
  const current = currentEdition(dossier);
  const line = (change: string) => (node: { kind: keyof typeof ui.kinds; title: string }) => `${change}: ${ui.kinds[node.kind].singular} ${node.title}`;
  return {
    label: current ? editionLabel(current) : ui.editions.none,
    zipName: editionZipName(current),
    news: current
      ? [
          ...current.added.map(line(ui.editions.added)),
          ...current.changed.map(line(ui.editions.changed)),
          ...current.statements.map((s) => `${ui.labels.quotes}: «${s.data.quote}»`),
          ...(current.briefing ? [ui.editions.briefingUpdated] : []),
        ]
      : [],
  };
}
