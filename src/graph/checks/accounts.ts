/**
 * Accounts of one event where sources disagree (an event's `accounts`): at least two, each
 * resting on one source, and no two on the same source. Otherwise they are not different
 * sources' accounts but one source said twice, and «Angaben gehen auseinander» would mislead.
 */
import { parseCitation } from '../../model/citation.ts';
import { issue, type Check } from './check.ts';

export const checkAccounts: Check = ({ input }) =>
  input.event.flatMap(({ filePath, data }) => {
    if (data.accounts.length === 0) return [];
    const found = [];
    if (data.accounts.length === 1) {
      found.push(issue(filePath, 'accounts', 'Eine einzelne Darstellung geht nicht auseinander.', 'Unter accounts mindestens zwei Darstellungen aus verschiedenen Quellen angeben, oder die eine in summary oder facts aufnehmen.'));
    }
    const seen = new Map<string, number>();
    data.accounts.forEach((account, i) => {
      const sources = [...new Set(account.cite.map((key) => parseCitation(key).source))];
      if (sources.length > 1) {
        found.push(issue(filePath, `accounts[${i}].cite`, `Die Darstellung belegt mit mehreren Quellen (${sources.join(', ')}).`, 'Jede Darstellung gibt eine Quelle wieder: je Quelle eine eigene Darstellung.'));
        return;
      }
      const earlier = seen.get(sources[0]!);
      if (earlier !== undefined) {
        found.push(issue(filePath, `accounts[${i}].cite`, `Die Darstellungen ${earlier + 1} und ${i + 1} stammen aus derselben Quelle «${sources[0]}».`, 'Auseinandergehende Angaben kommen aus verschiedenen Quellen; Darstellungen derselben Quelle zusammenfassen.'));
      } else seen.set(sources[0]!, i);
    });
    return found;
  });
