/** Reads which drafts `npm run accept` or `npm run reject` should act on: files, or `--source <quelle>`. */
import type { DraftSelection } from '../../src/ingest/accept-drafts.ts';

export function draftSelection(command: 'accept' | 'reject', args: readonly string[]): DraftSelection {
  const usage = `Aufruf: npm run ${command} -- <entwurf.yaml> …   oder   npm run ${command} -- --source <quelle>`;
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
