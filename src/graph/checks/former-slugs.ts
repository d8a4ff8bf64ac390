/**
 * Each former id (`formerSlugs:`) becomes a redirect from the old address, so it may be no
 * entry's current id and no other entry's former id; otherwise the old link would not know
 * where to lead.
 */
import type { DossierNode } from '../types.ts';
import { issue, type Check } from './check.ts';

export const checkFormerSlugs: Check = ({ dossier }) => {
  const owner = new Map<string, DossierNode>();
  return [...dossier.nodes.values()].flatMap((node) => {
    if (node.kind === 'source') return [];
    return node.data.formerSlugs.flatMap((former, i) => {
      const field = `formerSlugs[${i}]`;
      const current = dossier.get(former);
      const key = `${node.section}/${former}`;
      const earlier = owner.get(key);
      if (current) return [issue(node.filePath, field, `«${former}» ist das aktuelle Kürzel von ${current.filePath}.`, 'Ein früheres Kürzel darf nicht mehr vergeben sein; sonst wüsste der Link nicht, wohin er führt.')];
      if (earlier) return [issue(node.filePath, field, `«${former}» ist schon früheres Kürzel von ${earlier.filePath}.`, 'Jedes frühere Kürzel darf nur einmal vorkommen.')];
      owner.set(key, node);
      return [];
    });
  });
};
