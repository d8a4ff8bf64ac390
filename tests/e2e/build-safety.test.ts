/**
 * What an editor and a deployer get from `npm run build` (scripts/build.ts) when things go wrong:
 * content errors in one round, in German, before anything is built; the last good site kept
 * whatever fails, early or late; a warning, or on request an error, without SITE_URL. One good
 * build first, then failing builds into the same output folder, which must stay as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanEnvironment, REPO_ROOT } from '../../scripts/lib/astro-build.ts';

const WORK_ROOT = path.join(REPO_ROOT, '.cache/test-builds');
let work: string;
let outDir: string;
let cacheDir: string;

/** `npm run build` with these settings, as an editor runs it; its combined output. */
function build(env: Record<string, string>): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/build.ts')], {
    cwd: REPO_ROOT,
    env: { ...cleanEnvironment(), OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
}

/** Every file of the output folder with its SHA-256. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const file = path.join(entry.parentPath, entry.name);
        return [path.relative(dir, file), createHash('sha256').update(readFileSync(file)).digest('hex')];
      })
      .sort(([a], [b]) => a!.localeCompare(b!)),
  );
}

function brokenContent(breakIt: (dir: string) => void): string {
  const dir = path.join(mkdtempSync(path.join(work, 'content-')), 'content');
  cpSync(path.join(REPO_ROOT, 'content'), dir, { recursive: true });
  breakIt(dir);
  return dir;
}

function replaceLine(file: string, pattern: RegExp, line: string): void {
  const text = readFileSync(file, 'utf8');
  if (!pattern.test(text)) throw new Error(`${file}: ${pattern} nicht gefunden`);
  writeFileSync(file, text.replace(pattern, line));
}

describe('a failed build', () => {
  let good: Record<string, string>;
  let firstBuild: { status: number | null; output: string };

  beforeAll(() => {
    mkdirSync(WORK_ROOT, { recursive: true });
    work = mkdtempSync(path.join(WORK_ROOT, 'safety-'));
    outDir = path.join(work, 'dist');
    cacheDir = path.join(work, 'cache');
    firstBuild = build({});
    if (firstBuild.status !== 0) throw new Error(`Build fehlgeschlagen:\n${firstBuild.output}`);
    good = snapshot(outDir);
  });

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('a build without SITE_URL warns, at its end, naming the variable and what it affects', () => {
    const lines = firstBuild.output.trim().split('\n');
    const warning = lines.findIndex((line) => line.includes('SITE_URL ist nicht gesetzt'));
    expect(warning).toBeGreaterThan(lines.length - 6);
    expect(lines[warning]).toContain('kanonische Links, og:url und og:image (Linkvorschauen), sitemap.xml, robots.txt');
  });

  test('printouts carry their own address and Stand, and print links as full addresses', () => {
    const page = readFileSync(path.join(outDir, 'orte', 'wonsan', 'index.html'), 'utf8');
    expect(page).toContain('<p class="print-address" data-pagefind-ignore>Adresse: https://dossier.example.ch/orte/wonsan/ · Stand: Juli 2025</p>');
    expect(page).toMatch(/<link rel="stylesheet" href="\/seitenadresse\.css" media="print">/);
    expect(readFileSync(path.join(outDir, 'seitenadresse.css'), 'utf8')).toBe(':root{--site-origin:"https://dossier.example.ch"}\n');
  });

  test('with DOSSIER_REQUIRE_SITE_URL=1 a build without SITE_URL stops before building, and the site stays', () => {
    const run = build({ DOSSIER_REQUIRE_SITE_URL: '1' });
    expect(run.status).toBe(1);
    expect(run.output).toContain('DOSSIER_REQUIRE_SITE_URL=1 verlangt sie; es wurde nichts gebaut.');
    expect(snapshot(outDir)).toEqual(good);
  });

  test('content errors come in one round, in German, with file, line, field and hint; nothing is built and the site stays', () => {
    const content = brokenContent((dir) => {
      replaceLine(path.join(dir, 'ereignisse', 'abkommen-ueber-strategische-partnerschaft.mdx'), /^kind: .*$/m, 'kind: reise');
      replaceLine(path.join(dir, 'laender', 'nordkorea.mdx'), /^isoNumeric: .*$/m, 'isoNumeric: 408');
      replaceLine(path.join(dir, 'orte', 'wonsan.mdx'), /^summary: (.*)$/m, 'summary: Laut Artikel gilt: $1');
      replaceLine(path.join(dir, 'personen', 'sergej-lawrow.mdx'), /#p\d/, '#p7');
      appendFileSync(path.join(dir, 'personen', 'kim-jong-un.mdx'), '\n{nichtDefiniert.wert}\n');
    });
    const run = build({ CONTENT_DIR: content });
    expect(run.status).toBe(1);
    const shown = (file: string) => path.relative(REPO_ROOT, path.join(content, file));
    for (const expected of [
      `${shown('ereignisse/abkommen-ueber-strategische-partnerschaft.mdx')}, Zeile 3\n  kind: «reise» ist nicht erlaubt; erlaubt: besuch,`,
      `${shown('laender/nordkorea.mdx')}, Zeile 5\n  isoNumeric: muss Text sein, ist die Zahl 408.\n  Hinweis: Den Wert in Anführungszeichen setzen, z. B. isoNumeric: "408"`,
      `${shown('orte/wonsan.mdx')}, Zeile 4\n  YAML: Die YAML-Zeile lässt sich nicht lesen: meist steht im Wert ein Doppelpunkt`,
      `${shown('personen/kim-jong-un.mdx')}, Zeile 16\n  Text: Der Text enthält MDX-Code, den die Seite ausführen würde: «{nichtDefiniert.wert}».`,
      `${shown('personen/sergej-lawrow.mdx')}, Zeile 5\n  cite[0]: Beleg «2025-07-lawrow-trifft-kim#p7»: Die Quelle «2025-07-lawrow-trifft-kim» hat nur 6 Absätze.`,
    ]) {
      expect(run.output).toContain(expected);
    }
    expect(run.output).toContain('Das Dossier ist nicht stimmig (5 Fehler)');
    // No English framing, no stack trace, no position 0:0, no link the intranet may not reach.
    expect(run.output).not.toMatch(/InvalidContentEntryDataError|data does not match|Stack trace|\n\s+at |:0:0|https?:\/\/(?!dossier\.example\.ch)/);
    expect(run.output).toContain(`Der Build ist fehlgeschlagen. ${path.relative(REPO_ROOT, outDir)}/ enthält weiterhin den vorherigen Build (Ausgabe Juli 2025), unverändert.`);
    expect(snapshot(outDir)).toEqual(good);
  });

  test('a build that dies late (while the offline edition is packed) leaves the site as it was', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build'], {
      cwd: REPO_ROOT,
      env: { ...cleanEnvironment(), OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    const killed = await new Promise<boolean>((resolve) => {
      const watch = (chunk: Buffer) => {
        log += chunk.toString();
        // Pages, search index and the offline edition are written by now, into the staging folder.
        if (log.includes('[dossier:offline-edition]') && !child.killed) child.kill('SIGKILL');
      };
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
      child.on('close', () => resolve(child.killed));
    });
    expect(killed, log).toBe(true);
    expect(snapshot(outDir)).toEqual(good);
  });
});
