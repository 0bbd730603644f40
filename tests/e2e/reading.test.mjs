// Reading the demo guide the way a learner does: opening the site, moving
// between chapters with Next/Previous and the sidebar, following a link to
// a heading, coming back with the Back button, and choosing a theme.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  BASE,
  bundle,
  chapterName,
  chapterUrl,
  imagesLoaded,
  currentSidebarItem,
  launch,
  manifest,
  waitForChapter,
  withPage,
} from './lib/helpers.mjs';

const m = manifest('demo');
const chapters = m.chapters;
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The sidebar marks exactly `entry` as the current page. */
async function assertCurrent(page, entry) {
  const current = await currentSidebarItem(page);
  assert.deepEqual(current, { count: 1, text: chapterName(entry) }, 'sidebar aria-current="page" item');
}

/** Everything a learner sees change when `entry` is shown. */
async function assertShown(page, entry) {
  await waitForChapter(page, m, entry);
  await assertCurrent(page, entry);
  const hash = await page.evaluate(() => location.hash);
  assert.equal(hash, `#/${entry.permalink}`, 'address bar');
}

/** Heading `id` is on screen, not hidden under anything, and has the focus. */
async function assertHeadingShownAndFocused(page, id) {
  await page.waitForFunction((id) => document.activeElement?.id === id, id, { timeout: 5000 }).catch(async () => {
    const active = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
    assert.fail(`heading #${id} was not focused; focus is on ${active}`);
  });
  const seen = await page.evaluate((id) => {
    const heading = document.getElementById(id);
    const rect = heading.getBoundingClientRect();
    const atPoint = document.elementFromPoint(rect.left + Math.min(20, rect.width / 2), rect.top + rect.height / 2);
    return {
      top: Math.round(rect.top),
      bottom: Math.round(rect.bottom),
      viewport: innerHeight,
      scrollY: Math.round(scrollY),
      uncovered: atPoint !== null && heading.contains(atPoint),
      coveredBy: atPoint && !heading.contains(atPoint) ? atPoint.outerHTML.slice(0, 100) : null,
    };
  }, id);
  assert.ok(seen.top >= 0 && seen.bottom <= seen.viewport, `heading #${id} is in the viewport: ${JSON.stringify(seen)}`);
  assert.ok(seen.uncovered, `heading #${id} is not covered by another element: ${JSON.stringify(seen)}`);
}

test('the root URL opens the first chapter; Next walks to the end and Previous walks back', async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(`${BASE}/demo/`);
    await waitForChapter(page, m, chapters[0]);
    await assertCurrent(page, chapters[0]);
    assert.equal(await page.locator('.guide-title').textContent(), m.guide.title);
    assert.equal(await page.locator('.chapter-nav a.previous').count(), 0, 'the first chapter has no Previous link');

    for (let i = 1; i < chapters.length; i++) {
      const next = page.locator('.chapter-nav a.next');
      assert.match(await next.textContent(), new RegExp(`${escape(chapterName(chapters[i]))}$`), 'Next names the next chapter');
      await next.click();
      await assertShown(page, chapters[i]);
      const state = await page.evaluate(() => ({ y: scrollY, focus: document.activeElement?.id }));
      assert.ok(state.y < 50, `a new chapter starts at the top (scrollY ${state.y})`);
      assert.equal(state.focus, 'chapter-title', 'focus moves to the new chapter title');
    }
    assert.equal(await page.locator('.chapter-nav a.next').count(), 0, 'the last chapter has no Next link');

    for (let i = chapters.length - 2; i >= 0; i--) {
      const previous = page.locator('.chapter-nav a.previous');
      assert.match(await previous.textContent(), new RegExp(`${escape(chapterName(chapters[i]))}$`));
      await previous.click();
      await assertShown(page, chapters[i]);
    }
    assert.equal(await page.locator('.chapter-nav a.previous').count(), 0);
  });
});

test('every chapter opens from the sidebar', async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(`${BASE}/demo/`);
    await waitForChapter(page, m, chapters[0]);
    const links = page.locator('nav[aria-label="Chapters"] .chapter-list > li > a');
    assert.deepEqual(
      (await links.allTextContents()).map((t) => t.trim()),
      chapters.map(chapterName),
      'the sidebar lists every chapter in order',
    );
    // Last to first, then one in the middle, so each click changes chapter.
    const order = [...chapters.keys()].reverse().concat([Math.floor(chapters.length / 2)]);
    for (const i of order) {
      await links.nth(i).click();
      await assertShown(page, chapters[i]);
    }
  });
});

test('a deep link to a heading scrolls it into view and focuses it', async () => {
  const caching = chapters.find((c) => c.permalink === 'study-guide/caching');
  assert.ok(caching, 'the demo guide has the caching chapter');
  const headings = bundle('demo', caching).headings;
  const far = headings.at(-1);
  const near = headings[1];
  await withPage(browser, {}, async (page) => {
    // Opened straight from the address bar.
    await page.goto(chapterUrl('demo', caching.permalink, far.id));
    await waitForChapter(page, m, caching);
    await assertHeadingShownAndFocused(page, far.id);
    assert.ok((await page.evaluate(() => scrollY)) > 200, 'the page scrolled down to the heading');

    // From the chapter's outline in the sidebar.
    const outline = page.locator('nav[aria-label="Chapters"] .outline a', { hasText: near.text });
    assert.equal(await outline.count(), 1, 'the sidebar outlines the current chapter');
    await outline.click();
    await page.waitForFunction((id) => location.hash.endsWith(`#${id}`), near.id);
    await assertHeadingShownAndFocused(page, near.id);

    // From another chapter, by a link to a heading of this one.
    const middle = headings[2];
    await page.locator('nav[aria-label="Chapters"] .chapter-list > li > a').first().click();
    await waitForChapter(page, m, chapters[0]);
    await page.evaluate((href) => {
      const link = Object.assign(document.createElement('a'), { href, textContent: 'a link to a heading' });
      document.querySelector('article.chapter p').append(' ', link);
    }, `#/${caching.permalink}#${middle.id}`);
    await page.getByRole('link', { name: 'a link to a heading' }).click();
    await waitForChapter(page, m, caching);
    await assertHeadingShownAndFocused(page, middle.id);
  });
});

test(
  'a deep link entered in the address bar goes to its heading even if that address was visited before',
  async () => {
    const caching = chapters.find((c) => c.permalink === 'study-guide/caching');
    const far = bundle('demo', caching).headings.at(-1);
    await withPage(browser, {}, async (page) => {
      await page.goto(chapterUrl('demo', caching.permalink, far.id));
      await waitForChapter(page, m, caching);
      await assertHeadingShownAndFocused(page, far.id);
      // The learner scrolls back up to reread, then opens another chapter...
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.locator('nav[aria-label="Chapters"] .chapter-list > li > a').first().click();
      await waitForChapter(page, m, chapters[0]);
      // ...and pastes the deep link into the address bar of the same tab.
      await page.goto(chapterUrl('demo', caching.permalink, far.id));
      await waitForChapter(page, m, caching);
      await assertHeadingShownAndFocused(page, far.id);
    });
  },
);

test('Back after Next returns to the same scroll position', async () => {
  const i = chapters.findIndex((c) => c.permalink === 'study-guide/deployment');
  assert.ok(i >= 0 && i < chapters.length - 1);
  // Where the learner is: scrollY, and which paragraph is at the middle of
  // the screen and how far down the screen it sits. Pictures above that
  // load late (lazily) can push everything down and the browser's scroll
  // anchoring then moves scrollY with them, so "the same content at the same
  // place" is what counts; scrollY is reported too.
  const where = (page) =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll('article.chapter *')];
      const middle = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      const block = middle?.closest('article.chapter p, article.chapter li, article.chapter pre, article.chapter h2, article.chapter h3, article.chapter nav, article.chapter aside, article.chapter table') ?? middle;
      return { y: Math.round(scrollY), index: all.indexOf(block), top: Math.round(block.getBoundingClientRect().top), text: block.textContent.trim().slice(0, 50) };
    });
  await withPage(browser, {}, async (page) => {
    await page.goto(chapterUrl('demo', chapters[i].permalink));
    await waitForChapter(page, m, chapters[i]);
    // Read down to the end of the chapter, where the Next link is.
    const next = page.locator('.chapter-nav a.next');
    await next.scrollIntoViewIfNeeded();
    await imagesLoaded(page);
    await next.scrollIntoViewIfNeeded();
    const before = await where(page);
    assert.ok(before.y > 1000, `the chapter is long enough to scroll far down (scrollY ${before.y})`);
    assert.ok(before.index >= 0, 'a paragraph of the chapter is on screen');

    await next.click();
    await waitForChapter(page, m, chapters[i + 1]);
    assert.ok((await page.evaluate(() => scrollY)) < 50, 'the next chapter starts at the top');

    await page.goBack();
    await waitForChapter(page, m, chapters[i]);
    await assertCurrent(page, chapters[i]);
    let after;
    const deadline = Date.now() + 5000;
    do {
      await page.waitForTimeout(100);
      await imagesLoaded(page);
      after = await page.evaluate((index) => {
        const block = document.querySelectorAll('article.chapter *')[index];
        return { y: Math.round(scrollY), top: block ? Math.round(block.getBoundingClientRect().top) : null, text: block?.textContent.trim().slice(0, 50) };
      }, before.index);
    } while (Date.now() < deadline && !(after.text === before.text && Math.abs(after.top - before.top) <= 50));
    assert.equal(after.text, before.text, 'the same chapter content is there');
    assert.ok(
      Math.abs(after.top - before.top) <= 50,
      `Back returns to where the learner was: "${before.text}" was ${before.top}px down the screen at scrollY ${before.y}, ` +
        `now ${after.top}px at scrollY ${after.y}`,
    );
  });
});

test('the theme toggle switches light/dark and the choice survives a reload', async () => {
  const theme = (page) =>
    page.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      pressed: document.querySelector('button.theme-toggle')?.getAttribute('aria-pressed'),
      background: getComputedStyle(document.body).backgroundColor,
    }));
  await withPage(browser, { colorScheme: 'light' }, async (page) => {
    await page.goto(`${BASE}/demo/`);
    await waitForChapter(page, m, chapters[0]);
    const light = await theme(page);
    assert.deepEqual([light.theme, light.pressed], ['light', 'false'], 'a light system starts light');

    await page.locator('button.theme-toggle').click();
    const dark = await theme(page);
    assert.deepEqual([dark.theme, dark.pressed], ['dark', 'true'], 'the toggle switches to dark');
    assert.notEqual(dark.background, light.background, 'the page background changes colour');

    await page.reload();
    await waitForChapter(page, m, chapters[0]);
    assert.deepEqual(await theme(page), dark, 'dark is remembered across a reload');

    await page.locator('button.theme-toggle').click();
    assert.deepEqual(await theme(page), light, 'the toggle switches back to light');
    await page.reload();
    await waitForChapter(page, m, chapters[0]);
    assert.deepEqual(await theme(page), light, 'light is remembered across a reload');
  });
  // The learner's choice wins over the system's preference.
  await withPage(browser, { colorScheme: 'dark' }, async (page) => {
    await page.goto(`${BASE}/demo/`);
    await waitForChapter(page, m, chapters[0]);
    assert.equal((await theme(page)).theme, 'dark', 'a dark system starts dark');
    await page.locator('button.theme-toggle').click();
    await page.reload();
    await waitForChapter(page, m, chapters[0]);
    assert.deepEqual(
      [(await theme(page)).theme, (await theme(page)).pressed],
      ['light', 'false'],
      'a chosen light theme survives a reload on a dark system',
    );
  });
});

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('Copy puts a code block on the clipboard without its shell prompt, and says so', async () => {
  const entry = chapters.find((c) => c.permalink === 'study-guide/version-control');
  await withPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] }, async (page) => {
    await page.goto(chapterUrl('demo', entry.permalink));
    await waitForChapter(page, m, entry);
    const block = page.locator('article .code-block').filter({ has: page.locator('.prompt') }).first();
    const shown = await block.locator('pre').innerText();
    const prompt = (await block.locator('.prompt').first().innerText()).trim();
    assert.match(prompt, /\$$/, 'a shell prompt is shown before each command');
    await block.locator('button.copy').click();
    await page.waitForFunction(
      (el) => el.querySelector('.copy-status').textContent.includes('Copied'),
      await block.elementHandle(),
    );
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const expected = shown
      .split('\n')
      .map((line) => (line.startsWith(prompt) ? line.slice(prompt.length).trimStart() : line))
      .join('\n')
      .trim();
    assert.equal(copied.trim(), expected, 'the commands are copied, the prompts are not');
    assert.ok(!copied.includes(prompt), 'no prompt in the copied text');
  });
});
