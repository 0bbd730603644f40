// Shared helpers for the e2e tests: launching Debian's Chromium through
// playwright-core, pages that record console and page errors, the sites
// run.sh built, and waiting for a chapter to be shown.
import assert from 'node:assert/strict';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const HERE = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
export const OUT = process.env.E2E_OUT ?? path.join(HERE, 'out');
export const SCREENSHOTS = path.join(HERE, 'screenshots');

/** The server's origin; run.sh starts it and exports E2E_BASE_URL. */
export const BASE = (() => {
  const url = process.env.E2E_BASE_URL;
  if (!url) throw new Error('E2E_BASE_URL is not set: run the tests with tests/e2e/run.sh');
  return url.replace(/\/$/, '');
})();

export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 360, height: 780 };

export const CHROMIUM = process.env.E2E_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** The manifest of a built site under out/ (`demo`, `corpus`, ...). */
export function manifest(site) {
  return JSON.parse(readFileSync(path.join(OUT, site, 'manifest.json'), 'utf8'));
}

/** A chapter bundle of a built site, parsed. */
export function bundle(site, entry) {
  return JSON.parse(readFileSync(path.join(OUT, site, entry.bundle), 'utf8'));
}

export function siteExists(site) {
  return existsSync(path.join(OUT, site, 'manifest.json'));
}

/** The name a chapter goes by in the sidebar, the title and the nav links. */
export function chapterName(entry) {
  return entry.subtitle ?? entry.title;
}

/** What document.title should be while `entry` is shown. */
export function documentTitle(m, entry) {
  return `${chapterName(entry)} · ${m.guide.title}`;
}

/** The URL of a chapter (and heading) of a site with hash routing. */
export function chapterUrl(site, permalink, heading) {
  return `${BASE}/${site}/#/${permalink}${heading ? `#${heading}` : ''}`;
}

/**
 * A fresh browser context and page that records console errors, page
 * errors and crashes. `allow` is a list of RegExps; a recorded problem whose
 * text or URL matches one of them is expected and not reported.
 * `serviceWorkers: 'block'` keeps the guide's service worker out.
 */
export async function openPage(
  browser,
  { viewport = DESKTOP, colorScheme = 'light', allow = [], permissions = [], serviceWorkers = 'allow' } = {},
) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce', permissions, serviceWorkers });
  const page = await context.newPage();
  return { context, page, problems: record(page), allow };
}

/**
 * Record `page`'s console errors, page errors and crashes (a second tab of
 * a test's context, say) into `problems`, which is returned.
 */
export function record(page, problems = []) {
  page.setDefaultTimeout(10_000);
  page.on('console', (msg) => {
    if (msg.type() === 'error') {
      problems.push({ kind: 'console error', text: msg.text(), url: msg.location()?.url ?? '' });
    }
  });
  page.on('pageerror', (error) => problems.push({ kind: 'page error', text: String(error?.stack ?? error), url: '' }));
  page.on('crash', () => problems.push({ kind: 'crash', text: 'the page crashed', url: '' }));
  return problems;
}

/**
 * Chromium asks the server root for /favicon.ico by itself when a page
 * names no icon (pages of other tests may not); the request is the
 * browser's, not the reader's.
 */
const ALWAYS_ALLOWED = [/^https?:\/\/[^/]+\/favicon\.ico$/];

/** Problems recorded on a page that no `allow` pattern expects. */
export function unexpected(problems, allow = []) {
  const patterns = [...ALWAYS_ALLOWED, ...allow];
  return problems.filter((p) => !patterns.some((re) => re.test(p.text) || re.test(p.url)));
}

export function describe(problems) {
  return problems.map((p) => `  ${p.kind}: ${p.text}${p.url ? ` (${p.url})` : ''}`).join('\n');
}

/**
 * Run `fn(page)` on a fresh page, close it, and fail if the page logged an
 * error no `allow` pattern expects. When `fn` fails, its error message
 * carries whatever the page logged, which usually explains it.
 */
export async function withPage(browser, options, fn) {
  const { context, page, problems, allow } = await openPage(browser, options);
  try {
    await fn(page);
  } catch (error) {
    const logged = describe(problems);
    if (logged && error && typeof error === 'object') {
      error.message += `\n\nThe page logged:\n${logged}`;
    }
    throw error;
  } finally {
    await context.close();
  }
  const bad = unexpected(problems, allow);
  assert.equal(bad.length, 0, `the page logged errors:\n${describe(bad)}`);
}

/**
 * Wait until `entry` is shown: its title in h1#chapter-title (with the
 * subtitle after it), the document title, and no loading skeleton.
 */
export async function waitForChapter(page, m, entry) {
  const h1 = entry.title + (entry.subtitle ?? '');
  const title = documentTitle(m, entry);
  try {
    await page.waitForFunction(
      ([h1, title]) => {
        const heading = document.querySelector('h1#chapter-title');
        return (
          heading !== null &&
          heading.textContent.trim() === h1 &&
          document.title === title &&
          document.querySelector('.skeleton') === null
        );
      },
      [h1, title],
    );
  } catch (error) {
    const seen = await page.evaluate(() => ({
      h1: document.querySelector('h1')?.textContent,
      title: document.title,
      url: location.href,
      alert: document.querySelector('[role=alert]')?.textContent,
    }));
    throw new Error(`chapter "${h1}" was not shown; saw ${JSON.stringify(seen)}: ${error.message}`);
  }
}

/** The text of the sidebar link marked aria-current="page" (null if none), and how many are marked. */
export async function currentSidebarItem(page) {
  return page.evaluate(() => {
    const marked = [...document.querySelectorAll('nav[aria-label="Chapters"] a[aria-current="page"]')];
    return { count: marked.length, text: marked[0]?.textContent.trim() ?? null };
  });
}

/**
 * Wait until every image on or near the screen has loaded (or failed), so
 * the layout there is final. Lazy images far away are never fetched, so
 * they are not waited for.
 */
export async function imagesLoaded(page, margin = 800) {
  await page.waitForFunction((margin) => {
    return [...document.images].every((img) => {
      const r = img.getBoundingClientRect();
      const near = r.bottom > -margin && r.top < innerHeight + margin;
      return img.complete || !near;
    });
  }, margin);
}

/** Wait until the page has been quiet for a moment (effects, prefetches). */
export async function settle(page, ms = 300) {
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(ms);
}
