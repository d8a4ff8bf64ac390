/**
 * What an editor and a deployer get from `npm run build` (scripts/build.ts) when things go wrong:
 * content errors in one round, in German, before anything is built; the last good site kept
 * whatever fails, early or late; a warning, or on request an error, without SITE_URL. One good
 * build first, then failing builds into the same output folder, which must stay as it was.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { BUILD_SCRIPT, cleanEnvironment, REPO_ROOT } from '../../scripts/lib/astro-build.ts';

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
    expect(page).toContain('<p class="print-address" data-pagefind-ignore>Adresse: https://dossier.example.ch/orte/wonsan/ · Stand: 14. Juli 2025</p>');
    expect(page).toMatch(/<link rel="stylesheet" href="\/seitenadresse\.css" media="print">/);
    expect(readFileSync(path.join(outDir, 'seitenadresse.css'), 'utf8')).toBe(':root{--site-origin:"https://dossier.example.ch"}\n');
    // The preview's note about search is the preview's alone.
    expect(readFileSync(path.join(outDir, 'suche', 'index.html'), 'utf8')).not.toContain('Vorschau: Die Suche');
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
      `${shown('personen/kim-jong-un.mdx')}, Zeile 18\n  Text: Der Text enthält MDX-Code, den die Seite ausführen würde: «{nichtDefiniert.wert}».`,
      `${shown('personen/sergej-lawrow.mdx')}, Zeile 6\n  cite[0]: Beleg «2025-07-lawrow-trifft-kim#p7»: Die Quelle «2025-07-lawrow-trifft-kim» hat nur 6 Absätze.`,
    ]) {
      expect(run.output).toContain(expected);
    }
    expect(run.output).toContain('Das Dossier ist nicht stimmig (5 Fehler)');
    // No English framing, no stack trace, no position 0:0, no link the intranet may not reach.
    expect(run.output).not.toMatch(/InvalidContentEntryDataError|data does not match|Stack trace|\n\s+at |:0:0|https?:\/\/(?!dossier\.example\.ch)/);
    expect(run.output).toContain(`Der Build ist fehlgeschlagen. ${path.relative(REPO_ROOT, outDir)}/ enthält weiterhin den vorherigen Build (Ausgabe 1 vom 14. Juli 2025), unverändert.`);
    expect(snapshot(outDir)).toEqual(good);
  });

  test('a build that dies late (as the cards are finished, before the offline edition) leaves the site as it was', async () => {
    // `npm run build` and the astro build it starts, as one process group, killed together.
    const child = spawn(process.execPath, [BUILD_SCRIPT], {
      cwd: REPO_ROOT,
      detached: true,
      // Another address: had the new build replaced the site, its files would differ.
      env: { ...cleanEnvironment(), OUT_DIR: outDir, ASTRO_CACHE_DIR: cacheDir, SITE_URL: 'https://anders.example.ch', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    let sent = false;
    const killed = await new Promise<boolean>((resolve) => {
      const watch = (chunk: Buffer) => {
        log += chunk.toString();
        // Pages, search index and cards are written by now, into the staging folder.
        if (log.includes('[dossier:og-cards]') && !sent) {
          process.kill(-child.pid!, 'SIGKILL');
          sent = true;
        }
      };
      child.stdout.on('data', watch);
      child.stderr.on('data', watch);
      child.on('close', () => resolve(sent));
    });
    expect(killed, log).toBe(true);
    expect(snapshot(outDir)).toEqual(good);
  });

  test('a build that died between its two renames is repaired by the next build, even a failing one', () => {
    // As left by a crash after «dist -> dist.previous» and before «dist.staging -> dist».
    renameSync(outDir, `${outDir}.previous`);
    const content = brokenContent((dir) => replaceLine(path.join(dir, 'laender', 'nordkorea.mdx'), /^isoNumeric: .*$/m, 'isoNumeric: 408'));
    const run = build({ CONTENT_DIR: content });
    expect(run.status).toBe(1);
    expect(run.output).toContain('aus dist.previous/ wiederhergestellt');
    expect(run.output).toContain('enthält weiterhin den vorherigen Build (Ausgabe 1 vom 14. Juli 2025), unverändert.');
    expect(snapshot(outDir)).toEqual(good);
  });

  test('the built site keeps the strict CSP, online and in the offline edition', () => {
    const policies = new Set<string>();
    for (const file of Object.keys(good).filter((f) => f.endsWith('.html'))) {
      const policy = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(readFileSync(path.join(outDir, file), 'utf8'))?.[1];
      if (policy) policies.add(policy);
    }
    const zipped = unzipSync(readFileSync(path.join(outDir, 'download', 'briefing-dossier-ausgabe-1-2025-07-14.zip')));
    for (const [name, data] of Object.entries(zipped)) {
      const policy = name.endsWith('.html') ? /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(strFromU8(data))?.[1] : undefined;
      if (policy) policies.add(policy);
    }
    expect([...policies]).toEqual(["default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; worker-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'"]);
  });

  test('a successful build replaces the site and leaves no staging or previous folder', () => {
    // A retired site that an earlier build's remover did not finish: this build removes it first.
    const leftover = `${outDir}.retired-1-1`;
    mkdirSync(path.join(leftover, 'orte'), { recursive: true });
    writeFileSync(path.join(leftover, 'orte', 'alt.html'), 'alt');
    const run = build({ SITE_URL: 'https://intranet.example.ch' });
    expect(existsSync(leftover)).toBe(false);
    expect(run.status, run.output).toBe(0);
    expect(readFileSync(path.join(outDir, 'seitenadresse.css'), 'utf8')).toBe(':root{--site-origin:"https://intranet.example.ch"}\n');
    expect(existsSync(`${outDir}.staging`)).toBe(false);
    expect(existsSync(`${outDir}.previous`)).toBe(false);
    expect(run.output).not.toContain('SITE_URL ist nicht gesetzt');
  });

  // The link points to another file system where the machine has one (a tmpfs at /dev/shm): Astro
  // once renamed its intermediate files from the project into such an output folder and failed
  // with an English EXDEV stack trace. Where /dev/shm is the same file system, the link is still tested.
  test('an output folder that is a symbolic link, on another file system, keeps pointing at the new build', () => {
    const otherFileSystem = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(work).dev;
    const real = otherFileSystem ? mkdtempSync('/dev/shm/dossier-served-') : path.join(work, 'served');
    const link = path.join(work, 'dist-link');
    if (!otherFileSystem) mkdirSync(real);
    symlinkSync(real, link);
    const saved = outDir;
    outDir = link;
    try {
      const run = build({});
      expect(run.status, run.output).toBe(0);
      expect(run.output).not.toContain('EXDEV');
      expect(lstatSync(link).isSymbolicLink()).toBe(true);
      expect(readFileSync(path.join(link, 'orte', 'wonsan', 'index.html'), 'utf8')).toContain('<h1');
      expect(existsSync(`${real}.staging`)).toBe(false);
    } finally {
      outDir = saved;
      if (otherFileSystem) for (const name of readdirSync('/dev/shm').filter((n) => n.startsWith(path.basename(real)))) rmSync(path.join('/dev/shm', name), { recursive: true, force: true });
    }
  });
});
