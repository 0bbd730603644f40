// The guide as an offline app, with a real service worker:
// - offline: load once, go offline (context.setOffline, and the server is
//   stopped too, because Chromium's offline emulation does not reach the
//   service worker's own fetches), reload, open every chapter with its
//   images, answer a quiz, reload again and find the answer;
// - update: rebuild the guide with changed content, reload online: the old
//   build keeps running (a quiz answer in progress stays) and the page
//   offers the new one; accepting by keyboard shows the new content and the
//   old answers, and the old build's cache is gone; a page left open
//   finds the new build by itself within the hour.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, manifest, waitForChapter, withPage } from './lib/helpers.mjs';
import {
  ROOT,
  answerFirstQuestion,
  assertAnswered,
  copySite,
  guideCaches,
  precacheList,
  primerBuild,
  tempDir,
  waitForFetched,
  waitForWorker,
} from './lib/site.mjs';
import { startServer } from './lib/static-server.mjs';
import { expectNoAxeViolations } from './lib/axe.mjs';

const m = manifest('demo');
const intro = m.chapters[0];
const SIDEBAR = 'nav[aria-label="Chapters"] .chapter-list > li > a';
const OFFER = '#primer-update[role="status"]';


let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Every image of the chapter shown, fetched by the page (so through the worker). */
async function imagesOfChapter(page) {
  return page.evaluate(async () => {
    const results = [];
    for (const img of document.querySelectorAll('main img')) {
      const response = await fetch(img.src).catch((e) => ({ ok: false, status: String(e) }));
      results.push({ src: img.getAttribute('src'), ok: response.ok });
    }
    return results;
  });
}

test('opened once, the guide works offline: every chapter, its images, a quiz answer kept across reloads', async () => {
  const { dir, cleanup } = tempDir('offline');
  const server = await startServer({ root: copySite('demo', path.join(dir, 'site')) });
  try {
    await withPage(browser, {}, async (page) => {
      await page.goto(server.url);
      await waitForChapter(page, m, intro);
      await waitForWorker(page);
      await waitForFetched(page, m.chapters[1].bundle);

      await page.context().setOffline(true);
      await server.close();
      await page.reload();
      await waitForChapter(page, m, intro);

      let images = 0;
      for (const [i, entry] of m.chapters.entries()) {
        await page.locator(SIDEBAR).nth(i).click();
        await waitForChapter(page, m, entry);
        assert.equal(await page.locator('.load-error').count(), 0, `${entry.permalink} has no load error`);
        for (const image of await imagesOfChapter(page)) {
          assert.ok(image.ok, `${entry.permalink}: ${image.src} is available offline`);
          images += 1;
        }
      }
      assert.ok(images >= 3, `the demo guide's images were checked (${images})`);

      await page.locator(SIDEBAR).first().click();
      await waitForChapter(page, m, intro);
      await answerFirstQuestion(page);
      await page.reload();
      await waitForChapter(page, m, intro);
      await assertAnswered(page);
    });
  } finally {
    await server.close();
    cleanup();
  }
});

/** Change the demo guide's first chapter and rebuild it into `out`. */
function rebuildChanged(guide, out, sentence) {
  const chapter = path.join(guide, '00-intro.md');
  writeFileSync(chapter, `${readFileSync(chapter, 'utf8')}\n${sentence}\n`);
  primerBuild(guide, out);
}

test('a new build is offered, never forced; accepting it shows the new content and keeps the answers', async () => {
  const { dir, cleanup } = tempDir('update');
  const guide = path.join(dir, 'guide');
  const site = path.join(dir, 'site');
  cpSync(path.join(ROOT, 'content'), guide, { recursive: true });
  primerBuild(guide, site);
  const first = precacheList(site).version;
  const sentence = 'This sentence arrived with the second build of the guide.';
  const server = await startServer({ root: site });
  try {
    await withPage(browser, {}, async (page) => {
      await page.goto(server.url);
      await waitForChapter(page, m, intro);
      await waitForWorker(page);
      await answerFirstQuestion(page);
      assert.deepEqual(await guideCaches(page), [`primer:${server.url}:${first}`]);

      rebuildChanged(guide, site, sentence);
      const second = precacheList(site).version;
      assert.notEqual(second, first, 'the rebuilt site has a new version');

      // Reload online: the old build still runs, and a half-answered
      // question is left alone while the new build is offered.
      await page.reload();
      await waitForChapter(page, m, intro);
      await page.evaluate(() => {
        window.sameDocument = true;
      });
      const draft = page.locator(`#quiz-intro-webops-q2 input[type=checkbox]`).first();
      await draft.check();
      const offer = page.locator(OFFER);
      await offer.getByRole('button', { name: 'Reload' }).waitFor();
      assert.match(await offer.textContent(), /A new version of this guide is available/);
      assert.equal(await page.getByText(sentence).count(), 0, 'the old build is still shown');
      assert.ok(await draft.isChecked(), 'the answer in progress is untouched');
      assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page did not reload by itself');

      await expectNoAxeViolations(page, 'with the update offer shown');

      // Accept by keyboard: Tab reaches Reload (the last stop of the
      // page), Enter reloads into the new build.
      let stops = 0;
      while ((await page.evaluate(() => document.activeElement?.className)) !== 'update-reload') {
        assert.ok(stops++ < 300, 'Tab reaches the Reload button');
        await page.keyboard.press('Tab');
      }
      const reloaded = page.waitForEvent('load');
      await page.keyboard.press('Enter');
      await reloaded;
      await waitForChapter(page, m, intro);
      assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'a new document');
      await page.getByText(sentence).waitFor();
      await assertAnswered(page);
      assert.equal(await offer.textContent(), '', 'no offer once the new build runs');
      assert.deepEqual(await guideCaches(page), [`primer:${server.url}:${second}`], "the old build's cache is removed");
    });
  } finally {
    await server.close();
    cleanup();
  }
});

test('a page left open finds a new build within the hour and offers it without reloading', async () => {
  const { dir, cleanup } = tempDir('hourly');
  const guide = path.join(dir, 'guide');
  const site = path.join(dir, 'site');
  cpSync(path.join(ROOT, 'content'), guide, { recursive: true });
  primerBuild(guide, site);
  const server = await startServer({ root: site });
  try {
    await withPage(browser, {}, async (page) => {
      await page.clock.install();
      await page.goto(server.url);
      await waitForChapter(page, m, intro);
      await waitForWorker(page);
      await page.evaluate(() => {
        window.sameDocument = true;
      });

      rebuildChanged(guide, site, 'This sentence arrived while the page stayed open.');
      const offer = page.locator(OFFER);
      // Nothing asks before the hour is up.
      await page.clock.fastForward('30:00');
      await page.waitForTimeout(500);
      assert.equal(await offer.getByRole('button', { name: 'Reload' }).count(), 0, 'no check before the hour');

      await page.clock.fastForward('30:01');
      await offer.getByRole('button', { name: 'Reload' }).waitFor();
      assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page did not reload by itself');
    });
  } finally {
    await server.close();
    cleanup();
  }
});

test('a site with a file that does not match its build never becomes the offline copy', async () => {
  const { dir, cleanup } = tempDir('mismatch');
  const site = copySite('demo', path.join(dir, 'site'));
  const list = precacheList(site);
  const bundle = list.files.find((f) => f.url.startsWith('chapters/'));
  // Still a valid bundle, but not the bytes the build listed.
  writeFileSync(path.join(site, bundle.url), `${readFileSync(path.join(site, bundle.url), 'utf8')} `);
  const server = await startServer({ root: site });
  try {
    await withPage(browser, {}, async (page) => {
      await page.goto(server.url);
      await waitForChapter(page, m, intro);
      // The install fails on the hash check: the worker becomes redundant,
      // none takes over, and no cache is left behind.
      const state = await page.evaluate(async () => {
        const registration = await navigator.serviceWorker.register('sw.js');
        const worker = registration.installing ?? registration.waiting ?? registration.active;
        const settled = () => worker.state === 'redundant' || worker.state === 'activated';
        if (!settled()) {
          await new Promise((resolve) => worker.addEventListener('statechange', () => settled() && resolve()));
        }
        return { worker: worker.state, controlled: navigator.serviceWorker.controller !== null };
      });
      assert.deepEqual(state, { worker: 'redundant', controlled: false });
      assert.deepEqual(await guideCaches(page), []);
    });
  } finally {
    await server.close();
    cleanup();
  }
});
