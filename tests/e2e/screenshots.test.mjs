// Screenshots for a person to look at (tests/e2e/screenshots/): a chapter
// in the light and dark themes on a desktop (1280x900) and a phone
// (360x780), plus a few states worth seeing (tabs, an open popup, the menu
// on a phone, a missing chapter, a quiz half-way with one right and one
// wrong answer, the progress page). The only checks are ones a learner
// would notice at a glance: the chapter is there, the feedback says right
// and wrong, and a phone never needs sideways scrolling. The README shows
// copies of quiz-*.png and progress-*.png (docs/screenshots/).
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

test('a quiz half-way (one right, one wrong, feedback shown) and the progress page', async () => {
  for (const theme of ['light', 'dark']) {
    // Tall enough for both questions and their feedback in one view.
    await withPage(browser, { viewport: { width: DESKTOP.width, height: 1700 }, colorScheme: theme }, async (page) => {
      await page.goto(chapterUrl('demo', caching.permalink));
      await waitForChapter(page, m, caching);
      await imagesLoaded(page);
      const questions = page.locator('li.quiz-question');
      // The first two questions sort their choices: pick by label.
      const check = async (index, choice) => {
        const item = questions.nth(index);
        await item.locator('.quiz-choice label', { hasText: choice }).click();
        await item.locator('button[type=submit]').click();
        await item.locator('.quiz-verdict').waitFor();
        return (await item.locator('.quiz-verdict').textContent()).trim();
      };
      assert.match(await check(0, '1 hour'), /^✓ Correct/);
      assert.match(await check(1, '1 hour'), /^✗ Incorrect/);
      await page.mouse.move(700, 8); // hover nothing
      await page.evaluate(() => {
        document.activeElement?.blur();
        document.querySelector('section.quiz').scrollIntoView({ block: 'start' }); // below the top bar (scroll-padding)
      });
      await settle(page, 100);
      const second = await questions.nth(1).boundingBox();
      await shoot(page, `quiz-${theme}-desktop`, {
        clip: { x: 0, y: 0, width: DESKTOP.width, height: Math.min(1700, second.y + second.height + 24) },
      });

      // The question that asks the learner to explain, before and after Check.
      const third = questions.nth(2);
      await third.locator('.quiz-choice label', { hasText: 'purges the article' }).click();
      await third.locator('.quiz-explain textarea').fill('Only that URL is purged, so the rest of the cache stays warm.');
      await page.mouse.move(700, 8);
      await third.screenshot({ path: path.join(SCREENSHOTS, `quiz-explain-${theme}-desktop.png`) });
      await third.locator('button[type=submit]').click();
      await third.locator('.quiz-your-explanation').waitFor();
      await page.mouse.move(700, 8);
      await third.screenshot({ path: path.join(SCREENSHOTS, `quiz-explained-${theme}-desktop.png`) });

      // More of a learner's history, so the bars differ: answers to three
      // more chapters, written to storage as the reader writes them.
      await page.evaluate(
        ({ key, chapters }) => {
          const record = JSON.parse(localStorage.getItem(key));
          const plan = { 'study-guide/webops': [7, 5], 'study-guide/environments': [6, 4], 'study-guide/deployment': [3, 3] };
          for (const chapter of chapters) {
            const [answered, right] = plan[chapter.permalink] ?? [0, 0];
            chapter.quizzes[0]?.questions.slice(0, answered).forEach((q, i) => {
              record.answers[`${chapter.quizzes[0].id}/${q.id}`] = {
                response: { text: { text: 'an answer' } },
                fingerprint: q.fingerprint,
                correct: i < right,
                attempts: 1,
                first_at: 1,
                last_at: 1,
              };
            });
          }
          localStorage.setItem(key, JSON.stringify(record));
        },
        { key: `primer:progress:${m.guide.id}`, chapters: m.chapters },
      );
      // Tall enough for the overall score, every chapter and the first objectives.
      await page.setViewportSize({ width: DESKTOP.width, height: 1760 });
      await page.goto(`${chapterUrl('demo', 'progress')}`);
      await page.reload();
      await page.waitForSelector('h1#progress-title');
      await settle(page, 200);
      assert.match(await page.textContent('section[aria-labelledby=progress-overall] .meter-text'), /^14 of 50 correct/);
      await shoot(page, `progress-${theme}-desktop`);
    });
  }
});
