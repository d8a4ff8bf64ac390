/**
 * The «vorher» side of `npm run bench -- --compare <rev>`: the revision exported once into
 * `.cache/bench/rev-<commit>/` (`git archive | tar -x`, no worktree registered in the shared
 * checkout), with this repository's node_modules linked in (the dependencies are the same), and
 * the command that builds a project folder.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface ExportedRevision {
  /** As given, e.g. `7e4d512` or `HEAD`. */
  rev: string;
  commit: string;
  /** The commit's first line. */
  subject: string;
  /** The folder holding the revision's files. */
  root: string;
}

const MARKER = '.bench-export';

function git(repo: string, args: string[]): { ok: boolean; out: Buffer; err: string } {
  const run = spawnSync('git', args, { cwd: repo, maxBuffer: 1024 ** 3 });
  return { ok: run.status === 0, out: run.stdout ?? Buffer.alloc(0), err: String(run.stderr ?? run.error?.message ?? '') };
}

/** Resolves `rev` to a commit of `repo`, or throws a German message naming it. */
export function resolveRevision(repo: string, rev: string): { commit: string; subject: string } {
  const found = git(repo, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  if (!found.ok) throw new Error(`--compare ${rev}: keine Revision dieses Repositorys (git rev-parse kennt sie nicht).`);
  const commit = found.out.toString().trim();
  const subject = git(repo, ['log', '-1', '--format=%s', commit]).out.toString().trim();
  return { commit, subject };
}

/**
 * Exports `rev` of `repo` into `<benchDir>/rev-<commit>/` unless an earlier run already did
 * (a marker names the commit), and links `<repo>/node_modules` into it.
 */
export function exportRevision(repo: string, rev: string, benchDir: string): ExportedRevision {
  const { commit, subject } = resolveRevision(repo, rev);
  const root = path.join(benchDir, `rev-${commit.slice(0, 12)}`);
  const marker = path.join(root, MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8').trim() === commit) return { rev, commit, subject, root };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(root, { recursive: true });
  const archive = git(repo, ['archive', '--format=tar', commit]);
  if (!archive.ok) throw new Error(`git archive ${commit} fehlgeschlagen: ${archive.err.trim()}`);
  const untar = spawnSync('tar', ['-x', '-C', root], { input: archive.out, maxBuffer: 1024 ** 2 });
  if (untar.status !== 0) throw new Error(`tar konnte ${commit} nicht nach ${root} auspacken: ${String(untar.stderr).trim()}`);
  symlinkSync(path.join(repo, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  writeFileSync(marker, `${commit}\n`);
  return { rev, commit, subject, root };
}

/**
 * How a project folder is built, as Node arguments relative to it: `scripts/build.ts` where the
 * revision has one (it runs `astro build` and whatever comes after it, e.g. packing the offline
 * edition), otherwise Astro itself.
 */
export function buildCommand(root: string): string[] {
  if (existsSync(path.join(root, 'scripts/build.ts'))) return ['scripts/build.ts'];
  return [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'build'];
}
