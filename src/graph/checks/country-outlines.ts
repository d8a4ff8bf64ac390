/** A country's ISO code must have an outline in the Natural Earth map data, or no map could highlight it. */
import { hasCountryOutline } from '../../geo/natural-earth.ts';
import { issue, type Check } from './check.ts';

export const checkCountryOutlines: Check = ({ dossier }) =>
  dossier.entities().flatMap((node) => {
    const code = 'isoNumeric' in node.data ? node.data.isoNumeric : undefined;
    if (!code || hasCountryOutline(code)) return [];
    return [
      issue(
        node.filePath,
        'isoNumeric',
        `Für den Code «${code}» gibt es in den Natural-Earth-Karten keinen Umriss.`,
        'Den dreistelligen Zahlencode nach ISO 3166-1 prüfen (z. B. 756 für die Schweiz) oder die Zeile streichen; dann zeigt die Karte das Land nicht hervorgehoben.',
      ),
    ];
  });
