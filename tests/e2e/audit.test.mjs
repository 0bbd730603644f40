// A Lighthouse-style audit of the built demo site, served on loopback.
//
// Lighthouse 12 (npm `lighthouse`, driving /usr/bin/chromium through
// chrome-launcher) runs its accessibility, best-practices, SEO and
// performance categories; the scores are printed and written to
// out/audit.json, and accessibility and best practices must score 100.
// Lighthouse 12 dropped its PWA category, so what it used to check is
// checked here with playwright-core: Chromium's own installability verdict
// and parsed manifest (DevTools protocol `Page.getInstallabilityErrors`,
// `Page.getAppManifest`), the manifest's fields, icons that exist at their
// stated sizes, a service worker controlling the start URL, and the start
// URL loading offline.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, OUT, manifest, waitForChapter } from './lib/helpers.mjs';
import { copySite, tempDir, waitForWorker } from './lib/site.mjs';
import { startServer } from './lib/static-server.mjs';

const m = manifest('demo');

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

test('installable: a valid web app manifest, icons, a service worker, and the start URL offline', async () => {
  const { dir, cleanup } = tempDir('install');
  const server = await startServer({ root: copySite('demo', path.join(dir, 'site')) });
  // A real profile: Chromium never offers to install from an incognito
  // context (Playwright's usual kind).
  const context = await chromium.launchPersistentContext(path.join(dir, 'profile'), {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
  const problems = [];
  try {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(String(error)));
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    await page.goto(server.url);
    await waitForChapter(page, m, m.chapters[0]);
    assert.equal(await waitForWorker(page), server.url);
    const cdp = await context.newCDPSession(page);

    const { url, errors, data, parsed } = await cdp.send('Page.getAppManifest');
    assert.equal(url, `${server.url}app.webmanifest`);
    assert.deepEqual(errors, [], 'Chromium parsed the manifest without errors');
    assert.equal(parsed?.scope, server.url, "Chromium's parsed scope is the guide's folder");
    const raw = JSON.parse(data);
    assert.equal(raw.name, m.guide.title);
    assert.ok(raw.short_name && raw.short_name.length <= 12, `short name: ${raw.short_name}`);
    assert.equal(new URL(raw.start_url, url).href, server.url);
    assert.equal(new URL(raw.scope, url).href, server.url);
    assert.equal(raw.display, 'standalone');
    assert.match(raw.theme_color, /^#[0-9a-f]{6}$/);
    assert.match(raw.background_color, /^#[0-9a-f]{6}$/);

    const icons = [];
    for (const icon of raw.icons) {
      const response = await fetch(new URL(icon.src, url));
      assert.equal(response.status, 200, icon.src);
      assert.equal(response.headers.get('content-type'), icon.type);
      assert.equal(pngSize(Buffer.from(await response.arrayBuffer())), icon.sizes, `${icon.src} is ${icon.sizes}`);
      icons.push(`${icon.sizes} ${icon.purpose}`);
    }
    assert.deepEqual(icons.sort(), ['192x192 any', '512x512 any', '512x512 maskable']);

    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, [], 'Chromium finds the guide installable');

    // The start URL, with the network gone, comes from the service worker.
    await context.setOffline(true);
    await server.close();
    await page.goto(new URL(raw.start_url, url).href);
    await waitForChapter(page, m, m.chapters[0]);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller !== null), true);
    assert.deepEqual(problems, [], 'the page logged no errors');
  } finally {
    await context.close();
    await server.close();
    cleanup();
  }
});

test('Lighthouse: accessibility and best practices score 100 (all scores printed)', { timeout: 180_000 }, async () => {
  const server = await startServer({ root: path.join(OUT, 'demo') });
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const result = await lighthouse(server.url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const lhr = result.lhr;
    assert.equal(lhr.runtimeError, undefined, `Lighthouse ran: ${JSON.stringify(lhr.runtimeError)}`);
    const scores = Object.fromEntries(Object.entries(lhr.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
    const failing = (category) =>
      lhr.categories[category].auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => `${ref.id}: ${lhr.audits[ref.id].title}`);
    const metrics = Object.fromEntries(
      ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map(
        (id) => [id, lhr.audits[id].displayValue],
      ),
    );
    const report = { lighthouse: lhr.lighthouseVersion, chromium: lhr.environment.hostUserAgent, scores, metrics };
    writeFileSync(path.join(OUT, 'audit.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`# Lighthouse ${lhr.lighthouseVersion} on ${server.url}: ${JSON.stringify(scores)}`);
    console.log(`#   performance metrics (simulated slow 4G, not asserted): ${JSON.stringify(metrics)}`);
    for (const line of failing('seo')) console.log(`#   seo (not asserted): ${line}`);
    assert.equal(scores.accessibility, 100, `accessibility: ${failing('accessibility').join('; ')}`);
    assert.equal(scores['best-practices'], 100, `best practices: ${failing('best-practices').join('; ')}`);
  } finally {
    await chrome.kill();
    await server.close();
  }
});
