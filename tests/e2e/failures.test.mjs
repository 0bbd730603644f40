// What a learner sees when chapter files are broken on the server: a copy
// of the demo site with one bundle deleted, one truncated and one built for
// a future format, served as real files by the real server. The manifest
// is unchanged, so the deleted file is not a redeploy (see update.test.mjs):
// it stays a 404 with Try again. The future format can only be read by a
// newer reader, so that message offers Reload instead.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { mkdirSync } from 'node:fs';
import {
  BASE,
  OUT,
  SCREENSHOTS,
  chapterName,
  chapterUrl,
  currentSidebarItem,
  launch,
  manifest,
  waitForChapter,
  withPage,
} from './lib/helpers.mjs';

const SITE = 'broken';
const dir = path.join(OUT, SITE);
const m = manifest('demo');
const chapters = m.chapters;
const byPermalink = (p) => {
  const entry = chapters.find((c) => c.permalink === p);
  assert.ok(entry, `the demo guide has ${p}`);
  return entry;
};
const missing = byPermalink('study-guide/environments');
const truncated = byPermalink('study-guide/version-control');
const future = byPermalink('study-guide/deployment');
const healthy = chapters.filter((c) => ![missing, truncated, future].includes(c));
const original = (entry) => readFileSync(path.join(OUT, 'demo', entry.bundle));
const file = (entry) => path.join(dir, entry.bundle);
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// The 404 of the deleted bundle is logged by the browser; nothing else may be.
const allow = [new RegExp(`/${SITE}/${escape(missing.bundle)}$`), new RegExp(`/${SITE}/manifest\\.json$`)];

const CASES = [
  { entry: missing, reason: /not found on the server/i, button: 'Try again', what: 'deleted' },
  { entry: truncated, reason: /damaged or incomplete/i, button: 'Try again', what: 'truncated' },
  { entry: future, reason: /newer version.*format 999.*Reload the page/i, button: 'Reload', what: 'version 999' },
];

function breakSite() {
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(OUT, 'demo'), dir, { recursive: true });
  rmSync(file(missing));
  const whole = original(truncated);
  writeFileSync(file(truncated), whole.subarray(0, Math.floor(whole.length / 2)));
  const newer = JSON.parse(original(future).toString('utf8'));
  assert.equal(typeof newer.version, 'number');
  newer.version = 999;
  writeFileSync(file(future), JSON.stringify(newer));
}

let browser;
before(async () => {
  breakSite();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The alert for `entry` is shown with its reason and its button (Try again, or Reload). */
async function assertLoadError(page, entry, reason, button) {
  // The alert of the chapter opened before may still be on screen for a
  // moment: wait for the one that names `entry`.
  const alert = page.locator('.load-error[role="alert"]').filter({ hasText: chapterName(entry) });
  await alert.waitFor();
  const text = await alert.textContent();
  assert.ok(text.includes(chapterName(entry)), `the alert names the chapter: ${text}`);
  assert.match(text, reason);
  const retry = alert.locator('button.retry');
  assert.equal((await retry.textContent()).trim(), button);
  assert.ok(await retry.isVisible(), `${button} is visible`);
  assert.equal(await page.locator('h1#chapter-title').count(), 0, 'no chapter is rendered');
  assert.equal(await page.locator('.skeleton').count(), 0, 'the loading placeholder is gone');
  assert.deepEqual(await currentSidebarItem(page), { count: 1, text: chapterName(entry) }, 'the sidebar still works');
}

test('a deleted and a truncated chapter show an alert with Try again, a future-version one with Reload', async () => {
  await withPage(browser, { allow }, async (page) => {
    for (const { entry, reason, button } of CASES) {
      await page.goto(chapterUrl(SITE, entry.permalink));
      await assertLoadError(page, entry, reason, button);
      // The learner can move on: previous/next links stay under the message.
      assert.ok((await page.locator('.chapter-nav a').count()) > 0, 'chapter navigation is offered');
      if (entry === missing) {
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.screenshot({ path: path.join(SCREENSHOTS, 'load-error-light-desktop.png') });
      }
    }
  });
});

test('the other chapters still open, from the address bar and from the sidebar', async () => {
  await withPage(browser, { allow }, async (page) => {
    for (const entry of healthy) {
      await page.goto(chapterUrl(SITE, entry.permalink));
      await waitForChapter(page, m, entry);
    }
    // Move through broken and healthy chapters in one visit.
    const links = page.locator('nav[aria-label="Chapters"] .chapter-list > li > a');
    for (const entry of chapters) {
      await links.nth(chapters.indexOf(entry)).click();
      const broken = CASES.find((c) => c.entry === entry);
      if (broken) await assertLoadError(page, entry, broken.reason, broken.button);
      else await waitForChapter(page, m, entry);
    }
  });
});

test('after the file is repaired on the server, Try again (or Reload) shows the chapter', async () => {
  await withPage(browser, { allow }, async (page) => {
    for (const { entry, reason, button } of CASES) {
      await page.goto(chapterUrl(SITE, entry.permalink));
      await assertLoadError(page, entry, reason, button);
      writeFileSync(file(entry), original(entry));
      await page.evaluate(() => {
        window.sameDocument = true;
      });
      await page.locator('.load-error button.retry').click();
      await waitForChapter(page, m, entry);
      assert.equal(await page.locator('.load-error').count(), 0, 'the alert is gone');
      const reloaded = (await page.evaluate(() => window.sameDocument)) === undefined;
      assert.equal(reloaded, button === 'Reload', `${button} ${reloaded ? 'reloaded' : 'kept'} the page`);
    }
  });
});

test('a missing manifest shows an alert, and Try again loads the guide once it is back', async () => {
  const manifestFile = path.join(dir, 'manifest.json');
  const saved = readFileSync(manifestFile);
  rmSync(manifestFile);
  try {
    await withPage(browser, { allow }, async (page) => {
      await page.goto(`${BASE}/${SITE}/`);
      const alert = page.locator('.load-error[role="alert"]');
      await alert.waitFor();
      assert.match(await alert.textContent(), /could not be loaded/);
      writeFileSync(manifestFile, saved);
      await alert.locator('button.retry').click();
      await waitForChapter(page, m, chapters[0]);
    });
  } finally {
    writeFileSync(manifestFile, saved);
  }
});
