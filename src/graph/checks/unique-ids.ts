/**
 * An id is a URL segment and the value other entries refer by, so it must be unique across
 * every collection, not only within one. The first file in the graph's order keeps the id.
 */
import { entriesInGraphOrder } from '../assemble-graph.ts';
import { issue, type Check } from './check.ts';

export const checkUniqueIds: Check = ({ input }) => {
  const owner = new Map<string, string>();
  return entriesInGraphOrder(input).flatMap(({ entry }) => {
    const earlier = owner.get(entry.id);
    if (earlier === undefined) {
      owner.set(entry.id, entry.filePath);
      return [];
    }
    return [
      issue(
        entry.filePath,
        '(Dateiname)',
        `Das Kürzel «${entry.id}» ist schon vergeben: ${earlier}.`,
        'Jedes Kürzel darf im ganzen Dossier nur einmal vorkommen. Eine der Dateien umbenennen, z. B. mit einem unterscheidenden Zusatz.',
      ),
    ];
  });
};
