// Accessibility of the demo guide: axe-core's WCAG 2.0/2.1 A and AA rules on
// every chapter in both themes, and the keyboard: every control can be
// reached with Tab and shows where the focus is, tabs move with the arrow
// keys, the popup opens with Enter and closes with Escape.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { after, before, test } from 'node:test';
import { chapterName, chapterUrl, launch, manifest, settle, waitForChapter, withPage } from './lib/helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core');
const m = manifest('demo');
const chapters = m.chapters;

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `      - ${n.target.join(' ')}\n        ${n.html.slice(0, 160)}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`)
        .join('\n');
      const more = v.nodes.length > 8 ? `\n      ... and ${v.nodes.length - 8} more` : '';
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

for (const theme of ['light', 'dark']) {
  test(`axe finds no WCAG 2.1 A/AA violations on any chapter (${theme} theme)`, async () => {
    await withPage(browser, { colorScheme: theme }, async (page) => {
      const failures = [];
      for (const entry of chapters) {
        await page.goto(chapterUrl('demo', entry.permalink));
        await waitForChapter(page, m, entry);
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), theme);
        await settle(page, 200);
        if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
        const result = await page.evaluate(() =>
          window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
        );
        if (result.violations.length > 0) {
          failures.push(`${chapterName(entry)} (#/${entry.permalink}), ${theme}:\n${describeViolations(result.violations)}`);
        }
      }
      assert.equal(failures.length, 0, `axe violations:\n${failures.join('\n\n')}`);
    });
  });
}

/**
 * Mark every control a keyboard user should reach with Tab (visible,
 * enabled, not taken out of the tab order) with data-e2e-stop, and return
 * their descriptions.
 */
async function markTabStops(page) {
  return page.evaluate(() => {
    const candidates = document.querySelectorAll(
      'a[href], button, summary, input, select, textarea, iframe, [tabindex], [contenteditable="true"]',
    );
    const stops = [];
    for (const el of candidates) {
      if (el.tabIndex < 0 || el.disabled || el.closest('[inert]')) continue;
      if (el.localName === 'summary' && el.parentElement.querySelector(':scope > summary') !== el) continue;
      // A radio group is one stop: its checked radio, or its first.
      if (el.type === 'radio') {
        const group = [...document.querySelectorAll(`input[type=radio][name="${CSS.escape(el.name)}"]`)];
        if (el !== (group.find((r) => r.checked) ?? group[0])) continue;
      }
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      el.dataset.e2eStop = String(stops.length);
      const kind = el.getAttribute('role') ?? el.localName;
      const label = (el.getAttribute('aria-label') ?? el.textContent).trim().replace(/\s+/g, ' ').slice(0, 40);
      stops.push({ kind, label, className: el.className, inArticle: el.closest('article') !== null });
    }
    return stops;
  });
}

/** Press Tab until the focus has gone round the page; what got focus, and how it looked. */
async function tabAround(page, limit) {
  const visits = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const visit = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return { stop: null };
      // A ring on the element, or on its ::before/::after (a card's stretched link draws it there).
      const ring = (style) =>
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
        (style.boxShadow !== 'none' && style.boxShadow !== '');
      const pseudo = (which) => {
        const style = getComputedStyle(el, which);
        return style.content !== 'none' && style.content !== 'normal' && ring(style);
      };
      const visible = ring(getComputedStyle(el)) || pseudo('::before') || pseudo('::after');
      const rect = el.getBoundingClientRect();
      return {
        stop: el.dataset.e2eStop ?? null,
        what: `${el.localName}${el.className ? '.' + String(el.className).split(' ').join('.') : ''} "${(el.getAttribute('aria-label') ?? el.textContent).trim().slice(0, 30)}"`,
        visible,
        onScreen: rect.bottom > 0 && rect.top < innerHeight && rect.width > 0 && rect.height > 0,
        focusVisible: el.matches(':focus-visible'),
      };
    });
    visits.push(visit);
    // Back where we started: round once.
    if (visits.length > 1 && visit.stop !== null && visit.stop === visits.find((v) => v.stop !== null)?.stop) break;
  }
  return visits;
}

test('Tab reaches every control of every chapter, and the focused control is visibly outlined', async (t) => {
  await withPage(browser, {}, async (page) => {
    const problems = [];
    const kindsSeen = new Set();
    for (const entry of chapters) {
      await page.goto(chapterUrl('demo', entry.permalink));
      await waitForChapter(page, m, entry);
      await settle(page, 100);
      const stops = await markTabStops(page);
      for (const s of stops.filter((s) => s.inArticle)) kindsSeen.add(s.className.split(' ')[0] || s.kind);
      // Start from the top of the document.
      await page.evaluate(() => {
        document.activeElement?.blur();
        window.scrollTo(0, 0);
      });
      const visits = await tabAround(page, stops.length * 2 + 10);
      const reached = new Set(visits.map((v) => v.stop).filter((s) => s !== null));
      t.diagnostic(`${chapterName(entry)}: ${stops.length} tab stops (${stops.filter((s) => s.inArticle).length} in the chapter), ${visits.length} Tab presses`);
      const missed = stops.filter((_, i) => !reached.has(String(i)));
      if (missed.length) {
        problems.push(`${chapterName(entry)}: Tab never reached ${missed.map((s) => `${s.kind} "${s.label}"`).join(', ')}`);
      }
      const unmarked = visits.filter((v) => v.stop === null && v.what);
      if (unmarked.length) {
        problems.push(`${chapterName(entry)}: Tab stopped on hidden or unexpected elements: ${unmarked.map((v) => v.what).join(', ')}`);
      }
      const invisible = visits.filter((v) => v.what && !v.visible);
      if (invisible.length) {
        problems.push(`${chapterName(entry)}: no visible focus outline on ${invisible.map((v) => v.what).join(', ')}`);
      }
      const offScreen = visits.filter((v) => v.what && !v.onScreen);
      if (offScreen.length) {
        problems.push(`${chapterName(entry)}: focused but not on screen: ${offScreen.map((v) => v.what).join(', ')}`);
      }
    }
    // The demo guide has each kind of control somewhere.
    for (const kind of ['tab', 'popover-trigger', 'summary', 'anchor', 'copy']) {
      if (![...kindsSeen].some((k) => k === kind || k.startsWith(kind))) problems.push(`no ${kind} control found in any chapter`);
    }
    assert.deepEqual(problems, []);
  });
});

/** Press Tab until `selector` has the focus (keyboard only); fails after `limit` presses. */
async function tabTo(page, selector, limit = 200) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

test('tabs move with the arrow keys, Home and End', async () => {
  const entry = chapters.find((c) => c.permalink === 'study-guide/version-control');
  await withPage(browser, {}, async (page) => {
    await page.goto(chapterUrl('demo', entry.permalink));
    await waitForChapter(page, m, entry);
    const state = () =>
      page.evaluate(() => {
        const tabs = [...document.querySelectorAll('article [role="tablist"] [role="tab"]')];
        return {
          selected: tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true'),
          focused: tabs.indexOf(document.activeElement),
          visiblePanels: tabs.filter((t) => !document.getElementById(t.getAttribute('aria-controls')).hidden).map((t) => tabs.indexOf(t)),
          count: tabs.length,
        };
      });
    await tabTo(page, 'article [role="tab"][aria-selected="true"]');
    const start = await state();
    assert.ok(start.count >= 3, 'the chapter has three tabs');
    assert.deepEqual([start.focused, start.visiblePanels], [start.selected, [start.selected]]);

    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await state(), { ...start, selected: 1, focused: 1, visiblePanels: [1] }, 'ArrowRight selects the next tab');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.deepEqual(await state(), { ...start, selected: 0, focused: 0, visiblePanels: [0] }, 'ArrowRight wraps to the first');
    await page.keyboard.press('ArrowLeft');
    const last = start.count - 1;
    assert.deepEqual(await state(), { ...start, selected: last, focused: last, visiblePanels: [last] }, 'ArrowLeft wraps to the last');
    await page.keyboard.press('Home');
    assert.deepEqual((await state()).selected, 0, 'Home selects the first');
    await page.keyboard.press('End');
    assert.deepEqual((await state()).selected, last, 'End selects the last');
    // Tab leaves the tab list for the shown panel.
    await page.keyboard.press('Tab');
    const inPanel = await page.evaluate(() => document.activeElement?.closest('[role="tabpanel"]')?.hidden);
    assert.equal(inPanel, false, 'Tab moves from the tab list into the visible panel');
  });
});

test('the popup opens with Enter, closes with Escape, and its Close button works by keyboard', async () => {
  const entry = chapters.find((c) => c.permalink === 'study-guide/webops');
  await withPage(browser, {}, async (page) => {
    await page.goto(chapterUrl('demo', entry.permalink));
    await waitForChapter(page, m, entry);
    const state = () =>
      page.evaluate(() => {
        const trigger = document.querySelector('article .popover-trigger');
        const content = document.getElementById(trigger.getAttribute('aria-controls'));
        return {
          expanded: trigger.getAttribute('aria-expanded'),
          shown: content.checkVisibility(),
          triggerFocused: document.activeElement === trigger,
        };
      });
    await tabTo(page, 'article .popover-trigger');
    assert.deepEqual(await state(), { expanded: 'false', shown: false, triggerFocused: true });
    await page.keyboard.press('Enter');
    assert.deepEqual(await state(), { expanded: 'true', shown: true, triggerFocused: true }, 'Enter opens the popup');
    await page.keyboard.press('Escape');
    assert.deepEqual(await state(), { expanded: 'false', shown: false, triggerFocused: true }, 'Escape closes it, focus stays on the term');

    await page.keyboard.press('Enter');
    await tabTo(page, 'article .popover-close', 5);
    await page.keyboard.press('Escape');
    assert.deepEqual(await state(), { expanded: 'false', shown: false, triggerFocused: true }, 'Escape from inside the popup returns focus to the term');
    await page.keyboard.press('Space');
    assert.equal((await state()).expanded, 'true', 'Space opens it too');
    await tabTo(page, 'article .popover-close', 5);
    await page.keyboard.press('Enter');
    assert.deepEqual(await state(), { expanded: 'false', shown: false, triggerFocused: true }, 'the Close button closes it and returns focus');
  });
});

test('a disclosure opens and closes with Enter', async () => {
  const entry = chapters.find((c) => c.permalink === 'study-guide/caching');
  await withPage(browser, {}, async (page) => {
    await page.goto(chapterUrl('demo', entry.permalink));
    await waitForChapter(page, m, entry);
    await tabTo(page, 'article details > summary');
    const open = () => page.evaluate(() => document.activeElement.parentElement.open);
    const before = await open();
    await page.keyboard.press('Enter');
    assert.equal(await open(), !before);
    await page.keyboard.press('Enter');
    assert.equal(await open(), before);
  });
});
