/**
 * Real-browser helpers: Debian's Chromium driven by playwright-core, Debian's Firefox ESR driven
 * by puppeteer-core over WebDriver BiDi, and a static server that serves a built site under its
 * base path. Without its browser a browser test fails in CI and is skipped, loudly, on a
 * developer's machine.
 */
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import type { Browser as PuppeteerBrowser } from 'puppeteer-core';
import sirv from 'sirv';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** True when the browser tests can run; in CI a missing browser is an error, not a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI) throw new Error(`Chromium fehlt unter ${CHROMIUM_PATH}; .ci/run installiert es mit apt-get install chromium.`);
  console.warn(
    `\n!!! Browser-Tests übersprungen: kein Chromium unter ${CHROMIUM_PATH}.\n!!! Installieren mit: apt-get install chromium (oder CHROMIUM_PATH setzen).\n`,
  );
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
}

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** The same for Firefox: in CI a missing Firefox is an error, elsewhere a loud skip. */
export function firefoxAvailable(): boolean {
  if (existsSync(FIREFOX_PATH)) return true;
  if (process.env.CI) throw new Error(`Firefox fehlt unter ${FIREFOX_PATH}; .ci/run installiert es mit apt-get install firefox-esr.`);
  console.warn(
    `\n!!! Firefox-Tests übersprungen: kein Firefox unter ${FIREFOX_PATH}.\n!!! Installieren mit: apt-get install firefox-esr (oder FIREFOX_PATH setzen).\n`,
  );
  return false;
}

/**
 * Debian's Firefox ESR, headless, over WebDriver BiDi (Playwright drives only its own patched
 * Firefox builds, puppeteer-core drives the stock one). The preferences keep it off the network:
 * no update checks, telemetry, safe-browsing lists, captive-portal or connectivity probes.
 */
export async function launchFirefox(): Promise<PuppeteerBrowser> {
  // Loaded here, so that the Chromium tests do not load puppeteer-core.
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    protocol: 'webDriverBiDi',
    headless: true,
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'browser.safebrowsing.downloads.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
      'browser.search.update': false,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
    },
  });
}

export interface StaticServer {
  /** Origin plus base path, e.g. `http://127.0.0.1:41234/briefings/`. */
  url: string;
  origin: string;
  close: () => Promise<void>;
}

/** Serves `dir` at `basePath` on a free loopback port; everything outside the base path is 404. */
export async function serveStatic(dir: string, basePath = '/'): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, extensions: ['html'] });
  const server = http.createServer((req, res) => {
    if (!req.url?.startsWith(basePath)) {
      res.statusCode = 404;
      res.end('Not found');
      return;
    }
    req.url = `/${req.url.slice(basePath.length)}`;
    files(req, res, () => {
      res.statusCode = 404;
      res.end('Not found');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}${basePath}`, origin, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
