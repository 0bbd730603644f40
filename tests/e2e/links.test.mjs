// Links inside a guide (fixtures/links-guide, three chapters): to a heading
// of the same chapter, to a heading of another chapter, and by permalink.
// Each must land on the right chapter with the heading on screen and focused.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { chapterUrl, launch, manifest, waitForChapter, withPage } from './lib/helpers.mjs';

const m = manifest('links');
const [first, second, third] = m.chapters;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Click the link called `name` in the chapter. */
async function follow(page, name) {
  const link = page.locator('article.chapter').getByRole('link', { name, exact: true });
  assert.equal(await link.count(), 1, `one link "${name}"`);
  await link.click();
}

/** `id` is focused, on screen and not under the top bar. */
async function assertAtHeading(page, id) {
  await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 }).catch(async () => {
    const seen = await page.evaluate(() => ({ focus: document.activeElement?.id || document.activeElement?.localName, url: location.hash, scrollY }));
    assert.fail(`#${id} was not focused: ${JSON.stringify(seen)}`);
  });
  const seen = await page.evaluate((id) => {
    const heading = document.getElementById(id);
    const rect = heading.getBoundingClientRect();
    const atPoint = document.elementFromPoint(rect.left + 10, rect.top + rect.height / 2);
    return { top: Math.round(rect.top), bottom: Math.round(rect.bottom), height: innerHeight, uncovered: heading.contains(atPoint), scrollY };
  }, id);
  assert.ok(seen.top >= 0 && seen.bottom <= seen.height && seen.uncovered, `#${id} is on screen: ${JSON.stringify(seen)}`);
  assert.ok(seen.scrollY > 100, `the page scrolled to #${id}`);
}

test('a Markdown link to a heading of the same chapter scrolls there and stays in the chapter', async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(chapterUrl('links', second.permalink));
    await waitForChapter(page, m, second);
    await follow(page, 'jump to the details');
    await assertAtHeading(page, 'details');
    await waitForChapter(page, m, second);
    assert.equal(await page.evaluate(() => location.hash), `#/${second.permalink}#details`);
  });
});

test('a link to a heading of another chapter opens that chapter at the heading', async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(chapterUrl('links', second.permalink));
    await waitForChapter(page, m, second);
    await follow(page, "the third chapter's summary");
    await waitForChapter(page, m, third);
    await assertAtHeading(page, 'summary');
    // And by permalink, back to the start.
    await page.goBack();
    await waitForChapter(page, m, second);
    await follow(page, 'back to the first chapter');
    await waitForChapter(page, m, first);
    assert.ok((await page.evaluate(() => scrollY)) < 50, 'a chapter link opens at the top');
  });
});

test(
  'a raw HTML link to a heading (<a href="#details">) stays in its chapter',
  async () => {
    await withPage(browser, {}, async (page) => {
      await page.goto(chapterUrl('links', second.permalink));
      await waitForChapter(page, m, second);
      await follow(page, 'raw jump to the details');
      await page.waitForTimeout(300);
      await waitForChapter(page, m, second);
      await assertAtHeading(page, 'details');
    });
  },
);
