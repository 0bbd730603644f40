// Screenshots for a person to look at (tests/e2e/screenshots/): a chapter
// in the light and dark themes on a desktop (1280x900) and a phone
// (360x780), plus a few states worth seeing (tabs, an open popup, the menu
// on a phone, a missing chapter). The only checks are ones a learner would
// notice at a glance: the chapter is there, and a phone never needs
// sideways scrolling.
import assert from 'node:assert/strict';
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import {
  DESKTOP,
  PHONE,
  SCREENSHOTS,
  chapterUrl,
  imagesLoaded,
  launch,
  manifest,
  settle,
  waitForChapter,
  withPage,
} from './lib/helpers.mjs';

const m = manifest('demo');
const byPermalink = (p) => m.chapters.find((c) => c.permalink === p);
const caching = byPermalink('study-guide/caching');
const versionControl = byPermalink('study-guide/version-control');
const intro = byPermalink('study-guide/webops');

let browser;
before(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function shoot(page, name, options = {}) {
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  assert.ok(statSync(file).size > 5_000, `${name}.png has content`);
  return file;
}

async function horizontalOverflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Inside a container that scrolls sideways (code, tables), wide content is fine.
    const scrolls = (el) => {
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !scrolls(el))
      .filter((el, _, all) => !all.some((other) => other !== el && el.contains(other)))
      .slice(0, 6)
      .map((el) => `${el.localName}${el.className ? '.' + String(el.className).trim().split(/\s+/).join('.') : ''} (right edge ${Math.round(el.getBoundingClientRect().right)}px)`);
    return { scrollWidth: document.documentElement.scrollWidth, width, wide };
  });
}

const SIZES = { desktop: DESKTOP, phone: PHONE };

for (const [size, viewport] of Object.entries(SIZES)) {
  for (const theme of ['light', 'dark']) {
    test(`${size} ${viewport.width}x${viewport.height}, ${theme}: the caching chapter`, async () => {
      await withPage(browser, { viewport, colorScheme: theme }, async (page) => {
        await page.goto(chapterUrl('demo', caching.permalink));
        await waitForChapter(page, m, caching);
        await imagesLoaded(page);
        await settle(page, 200);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
        await shoot(page, `chapter-${theme}-${size}`);
        // Further down: the headers table and the callouts.
        await page.evaluate(() => {
          document.querySelector('article table').scrollIntoView({ block: 'start' });
          window.scrollBy(0, -80); // below the top bar
        });
        await shoot(page, `chapter-${theme}-${size}-table`);
        const overflow = await horizontalOverflow(page);
        if (size === 'phone') {
          assert.ok(
            overflow.scrollWidth <= overflow.width,
            `the page scrolls sideways on a phone (${overflow.scrollWidth}px wide in ${overflow.width}px): ${overflow.wide.join(', ')}`,
          );
        }
      });
    });
  }
}

test('states worth a look: tabs, an open popup, the phone menu, a missing chapter', async () => {
  for (const theme of ['light', 'dark']) {
    await withPage(browser, { viewport: DESKTOP, colorScheme: theme }, async (page) => {
      await page.goto(chapterUrl('demo', versionControl.permalink));
      await waitForChapter(page, m, versionControl);
      await imagesLoaded(page);
      const tablist = page.locator('article [role="tablist"]');
      await tablist.scrollIntoViewIfNeeded();
      await page.evaluate(() => document.querySelector('article [role="tablist"]').scrollIntoView({ block: 'center' }));
      await page.locator('article [role="tab"]').nth(1).click();
      await shoot(page, `tabs-${theme}-desktop`);

      await page.goto(chapterUrl('demo', intro.permalink));
      await waitForChapter(page, m, intro);
      const trigger = page.locator('article .popover-trigger').first();
      await page.evaluate(() => document.querySelector('article .popover-trigger').scrollIntoView({ block: 'center' }));
      await trigger.click();
      await shoot(page, `popover-${theme}-desktop`);

      await page.goto(chapterUrl('demo', 'no/such/chapter'));
      await page.locator('.load-error[role="alert"]').waitFor();
      await shoot(page, `not-found-${theme}-desktop`);
    });
    await withPage(browser, { viewport: PHONE, colorScheme: theme }, async (page) => {
      await page.goto(chapterUrl('demo', caching.permalink));
      await waitForChapter(page, m, caching);
      const toggle = page.locator('button.menu-toggle');
      if (await toggle.isVisible()) {
        await toggle.click();
        assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
        await settle(page, 200);
      }
      await shoot(page, `menu-${theme}-phone`);
    });
  }
});
