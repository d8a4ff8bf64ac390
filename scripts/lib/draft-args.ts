/** Reads which drafts `npm run accept` or `npm run reject` should act on: files, or `--source <quelle>`. */
import type { DraftSelection } from '../../src/ingest/draft-selection.ts';

export function draftSelection(command: 'accept' | 'reject', given: readonly string[]): DraftSelection {
  const usage = `Aufruf: npm run ${command} -- <entwurf.yaml> …   oder   npm run ${command} -- --source <quelle>${command === 'accept' ? '   (mit --bestaetigen: geprüfte Entwürfe «pruefen» mit veröffentlichen)' : ''}   (mit --json: das Ergebnis als JSON)`;
  // «--bestaetigen»: the editor has checked what the drafts ask to check (accept only); «--json»: see `wantsJson`.
  const confirm = command === 'accept' && given.includes('--bestaetigen');
  const args = given.filter((a) => !(command === 'accept' && a === '--bestaetigen') && a !== '--json');
  const selection = readSelection(args, usage);
  return confirm ? { ...selection, confirm } : selection;
}

/** Whether the outcome goes to standard output as JSON (for the desk and scripts), the German lines to standard error. */
export const wantsJson = (given: readonly string[]) => given.includes('--json');

function readSelection(args: readonly string[], usage: string): DraftSelection {
  if (args[0] === '--source') {
    if (!args[1] || args.length > 2) {
      console.error(`Fehler: --source braucht genau eine Quelle (die Kennung, z. B. 2025-07-lawrow-trifft-kim). ${usage}`);
      process.exit(1);
    }
    return { source: args[1] };
  }
  const unknown = args.find((a) => a.startsWith('--'));
  if (unknown || args.length === 0) {
    console.error(`Fehler: ${unknown ? `unbekannte Option ${unknown}` : 'keine Entwürfe angegeben'}. ${usage}`);
    process.exit(1);
  }
  // npm runs scripts in the project folder; paths are meant from where the editor typed them.
  return { files: [...args], cwd: process.env.INIT_CWD ?? process.cwd() };
}
