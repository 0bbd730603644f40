// Search in the stand-alone reader: `/` focuses the field, typing shows
// results with the words marked and a polite count, ArrowDown + Enter opens
// the chapter at the heading, Escape clears and returns to the field;
// nonsense finds nothing; a failed index fetch offers a retry; the panel
// fits a 360 px screen; search works offline once the service worker has
// installed; axe finds nothing with the panel open, in both themes.
import assert from 'node:assert/strict';
import { renameSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { OUT, PHONE, chapterUrl, launch, manifest, waitForChapter, withPage } from './lib/helpers.mjs';
import { copySite, tempDir, waitForFetched, waitForWorker } from './lib/site.mjs';
import { startServer } from './lib/static-server.mjs';
import { expectNoAxeViolations } from './lib/axe.mjs';

const m = manifest('demo');
const intro = m.chapters[0];
const caching = m.chapters.find((c) => c.permalink === 'study-guide/caching');
// A word of one section of the caching chapter (typed as a prefix).
const WORD = 'memcache';
const HEADING = 'the-layers-between-a-visitor-and-your-cms';
const FIELD = 'input#search-input';
const STATUS = '.search [role="status"]';
const RESULT = '#search-panel a.search-result';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function openIntro(page, url = chapterUrl('demo', intro.permalink)) {
  await page.goto(url);
  await waitForChapter(page, m, intro);
}

async function statusText(page) {
  return (await page.locator(STATUS).textContent()).trim();
}

/** Type `query` into the field (focused with `/`) and wait for the count. */
async function search(page, query) {
  await page.locator('main').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', '/ focuses the field');
  await page.keyboard.type(query);
  await page.waitForFunction(
    (sel) => /results? for|No results/.test(document.querySelector(sel)?.textContent ?? ''),
    STATUS,
  );
}

test('/ then a word: the result is marked and counted; ArrowDown + Enter opens its heading', async () => {
  await withPage(browser, {}, async (page) => {
    await openIntro(page);
    assert.equal(await page.locator('#search-panel').isVisible(), false);
    await search(page, WORD);
    assert.equal(await statusText(page), `1 result for “${WORD}”`);
    const result = page.locator(RESULT);
    assert.equal(await result.count(), 1);
    assert.equal(await result.locator('mark').first().textContent(), 'Memcached');
    assert.match(await result.locator('.search-place').textContent(), /Caching.*The layers between a visitor and your CMS/);

    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.className), 'search-result');
    await page.keyboard.press('Enter');
    await waitForChapter(page, m, caching);
    assert.ok(page.url().endsWith(`#/${caching.permalink}#${HEADING}`), page.url());
    assert.equal(await page.locator('#search-panel').isVisible(), false, 'the panel closed');
    await page.waitForFunction((id) => {
      const top = document.getElementById(id)?.getBoundingClientRect().top;
      return top !== undefined && top >= 0 && top < window.innerHeight / 2;
    }, HEADING);
  });
});

test('with history routing (--base-url /docs/guide/): Enter on a result changes the path, without loading a new page', async () => {
  const server = await startServer({ root: path.join(OUT, 'history'), mount: '/docs/guide/', fallback: 'index.html' });
  try {
    await withPage(browser, {}, async (page) => {
      await openIntro(page, `${server.url}${intro.permalink}`);
      await page.evaluate(() => {
        window.sameDocument = true;
      });
      await search(page, WORD);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await waitForChapter(page, m, caching);
      assert.equal(
        await page.evaluate(() => location.pathname + location.hash),
        `/docs/guide/${caching.permalink}#${HEADING}`,
      );
      assert.equal(await page.evaluate(() => window.sameDocument), true, 'the result did not reload the page');
      assert.equal(await page.locator('#search-panel').isVisible(), false, 'the panel closed');
    });
  } finally {
    await server.close();
  }
});

test('nonsense finds nothing; Escape clears and returns to the field; s focuses it too', async () => {
  await withPage(browser, {}, async (page) => {
    await openIntro(page);
    await search(page, 'zqxjv');
    assert.equal(await statusText(page), 'No results for “zqxjv”');
    assert.equal((await page.locator('#search-panel').textContent()).trim(), 'No results for “zqxjv”');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator(FIELD).inputValue(), '');
    assert.equal(await page.locator('#search-panel').isVisible(), false);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input');

    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('s');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'search-input', 's focuses the field');
    assert.equal(await page.locator(FIELD).inputValue(), '', 'the s is not typed');
  });
});

test('a failed index fetch says so and Try again loads it', async () => {
  // A copy of the site whose index is missing (so its service worker never
  // installs either); the file comes back before Try again.
  const { dir, cleanup } = tempDir('search-missing');
  const site = copySite('demo', path.join(dir, 'site'));
  const index = path.join(site, m.search);
  renameSync(index, `${index}.away`);
  const server = await startServer({ root: site });
  try {
    await withPage(browser, { allow: [/search\.[0-9a-f]{10}\.json/, /404/, /service worker|ServiceWorker/i] }, async (page) => {
      await openIntro(page, server.url);
      await page.locator('main').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('/');
      await page.keyboard.type(WORD);
      await page.locator('#search-panel button.retry').waitFor();
      assert.match(await page.locator('#search-panel').textContent(), /The search index could not be loaded: it was not found/);
      assert.match(await statusText(page), /could not be loaded/);
      renameSync(`${index}.away`, index);
      await page.locator('#search-panel button.retry').click();
      await page.locator(RESULT).first().waitFor();
    });
  } finally {
    await server.close();
    cleanup();
  }
});

test('at 360 px the panel stays inside the screen', async () => {
  await withPage(browser, { viewport: PHONE }, async (page) => {
    await openIntro(page);
    await search(page, 'cache');
    const box = await page.locator('#search-panel').boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, JSON.stringify(box));
    const field = await page.locator(FIELD).boundingBox();
    assert.ok(field.width >= 60 && field.x + field.width <= PHONE.width, JSON.stringify(field));
  });
});

for (const theme of ['light', 'dark']) {
  test(`axe finds no violations with the results open (${theme})`, async () => {
    await withPage(browser, { colorScheme: theme }, async (page) => {
      await openIntro(page);
      await search(page, 'cache');
      await page.keyboard.press('ArrowDown');
      await expectNoAxeViolations(page, `with the results open (${theme})`);
    });
  });
}

test('search works offline once the service worker has installed', async () => {
  const { dir, cleanup } = tempDir('search-offline');
  const server = await startServer({ root: copySite('demo', path.join(dir, 'site')) });
  try {
    await withPage(browser, {}, async (page) => {
      await openIntro(page, server.url);
      await waitForWorker(page);
      await waitForFetched(page, m.chapters[1].bundle);
      await page.context().setOffline(true);
      await server.close();
      await page.reload();
      await waitForChapter(page, m, intro);
      await search(page, WORD);
      assert.equal(await statusText(page), `1 result for “${WORD}”`);
    });
  } finally {
    await server.close();
    cleanup();
  }
});
