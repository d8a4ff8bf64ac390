/** The editor's commands as a test runs them (a child process on a content folder), and the content's state to compare runs. */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Runs `npm run <script>`'s script with `args` on `contentDir` (day 2025-08-20); `env` adds settings, e.g. a fault point. */
export function runEditorCommand(script: string, args: string[], contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [`scripts/${script}.ts`, ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, DOSSIER_TODAY: '2025-08-20', NO_COLOR: '1', ...env },
  });
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

/** Every file below the content folder with its text, to compare two runs. */
export function contentSnapshot(contentDir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(contentDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(contentDir, path.join(e.parentPath, e.name)))
      .sort()
      .map((file) => [file, readFileSync(path.join(contentDir, file), 'utf8')]),
  );
}
