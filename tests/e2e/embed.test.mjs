// Embedding, as a docs team and a learner meet it: the examples of
// examples/ built and served (plain-html/: a docs page with heavy-handed
// styles embedding one chapter and one quiz of the demo guide; mdbook/: an
// mdBook page with a <primer-quiz>). Both elements work by keyboard; the
// page's DOM, styles, title, URL and history are what they were; the
// page's CSS changes nothing of ours; answers are shared with the
// stand-alone guide and between elements, and survive a reload; the mdBook
// page's keyboard shortcuts stay quiet while the quiz has focus; axe-core
// finds nothing on the pages with the elements in them.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { BASE, OUT, SCREENSHOTS, launch, manifest, withPage } from './lib/helpers.mjs';
import { expectNoAxeViolations } from './lib/axe.mjs';

const DOCS = `${BASE}/plain-html/`;
const BOOK = `${BASE}/mdbook/cache-headers.html`;
const DEMO = `${BASE}/demo/`;
const docsHtml = readFileSync(path.join(OUT, 'plain-html', 'index.html'), 'utf8');
const demo = manifest('demo');
const chapter = (permalink) => demo.chapters.find((c) => c.permalink === permalink);
const caching = chapter('study-guide/caching');
const operations = chapter('study-guide/operations');

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Wait until the docs page's chapter and quiz are shown. */
async function embedsShown(page) {
  await page.locator('primer-guide h1#chapter-title').waitFor();
  await page.locator('primer-quiz section.quiz').waitFor();
}

/** What the page itself is: its DOM (shadow roots are not part of it), title, address and history. */
const hostState = (page) =>
  page.evaluate(() => ({
    dom: document.documentElement.outerHTML,
    title: document.title,
    url: location.href,
    history: history.length,
  }));

/** Computed styles that show whether one stylesheet reached into another's elements. */
const STYLE_PROPERTIES = [
  'display', 'box-sizing', 'visibility', 'appearance',
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant-caps', 'line-height', 'letter-spacing',
  'text-transform', 'text-align', 'text-decoration-line', 'text-decoration-style', 'list-style-type', 'list-style-position',
  'color', 'background-color',
  'margin-top', 'margin-right', 'margin-bottom', 'margin-left',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-top-style', 'border-top-color', 'border-left-width', 'border-left-style', 'border-radius',
];

/** The styles of elements picked by `selectors` ({name: [shadow host or null, selector]}). */
function stylesOf(page, selectors) {
  return page.evaluate(
    ([selectors, properties]) => {
      const out = {};
      for (const [name, [host, selector]] of Object.entries(selectors)) {
        const scope = host ? document.querySelector(host).shadowRoot : document;
        const element = scope.querySelector(selector);
        if (!element) throw new Error(`no ${selector} in ${host ?? 'the page'}`);
        const style = getComputedStyle(element);
        out[name] = Object.fromEntries(properties.map((p) => [p, style.getPropertyValue(p)]));
      }
      return out;
    },
    [selectors, STYLE_PROPERTIES],
  );
}

const HOST_ELEMENTS = {
  html: [null, 'html'],
  body: [null, 'body'],
  'site header': [null, 'header.site'],
  brand: [null, '.brand'],
  'nav link': [null, 'nav a'],
  h1: [null, 'h1'],
  h2: [null, 'h2#learn'],
  paragraph: [null, 'main > p'],
  'list item': [null, 'main li'],
  code: [null, 'main code'],
  note: [null, '.note'],
};

const OUR_ELEMENTS = {
  'guide root': ['primer-guide', '.primer-embedded'],
  'chapter title': ['primer-guide', 'h1#chapter-title'],
  'chapter heading': ['primer-guide', '.chapter h2'],
  'chapter paragraph': ['primer-guide', '.chapter p'],
  'chapter list item': ['primer-guide', '.chapter li'],
  'chapter code': ['primer-guide', '.chapter p code'],
  'next chapter link': ['primer-guide', '.chapter-nav a.next'],
  'quiz root': ['primer-quiz', '.primer-embedded'],
  'quiz heading': ['primer-quiz', '.quiz h2'],
  'quiz choice': ['primer-quiz', '.quiz input[type=radio]'],
  'quiz choice label': ['primer-quiz', '.quiz label'],
  'check button': ['primer-quiz', '.quiz button[type=submit]'],
};

/** The focused element, inside shadow roots too: its shadow host's tag and whether it matches `selector`. */
const focused = (page, selector) =>
  page.evaluate((selector) => {
    let element = document.activeElement;
    while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
    return {
      host: element?.getRootNode().host?.localName ?? null,
      matches: Boolean(element?.matches(selector)),
      text: element?.textContent.replace(/\s+/g, ' ').trim() ?? null,
      label: element?.id ? element.getRootNode().querySelector(`label[for="${CSS.escape(element.id)}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? null : null,
    };
  }, selector);

/** Press Tab until the focus is on `selector` inside the element `host`. */
async function tabTo(page, host, selector, limit = 40) {
  for (let i = 0; i < limit; i++) {
    const now = await focused(page, selector);
    if (now.host === host && now.matches) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector} in <${host}>`);
}

/** Arrow down a radio group until the focused choice's label is `label`, and pick it. */
async function choose(page, label) {
  for (let i = 0; i < 8 && (await focused(page, 'input')).label !== label; i++) await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page, 'input')).label, label);
  await page.keyboard.press('Space');
}

/** Submit the question `id` (in `host`) by keyboard; returns the verdict, once feedback has focus. */
async function check(page, host, id) {
  await tabTo(page, host, `#${id} button[type=submit]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    ([host, id]) => document.querySelector(host).shadowRoot.activeElement?.matches(`#${id}.quiz-answered .quiz-feedback`),
    [host, id],
  );
  return page.locator(`${host} #${id} .quiz-verdict`).textContent();
}

test('the docs page: its DOM, styles, title, address and history are the same before embed.js and with both elements shown', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    // Hold embed.js back until the page has been looked at without it.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route('**/demo/embed.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(DOCS, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.readyState === 'interactive');
    const before = await hostState(page);
    const stylesBefore = await stylesOf(page, HOST_ELEMENTS);
    assert.equal(await page.evaluate(() => customElements.get('primer-guide')), undefined, 'embed.js has not run yet');

    release();
    await embedsShown(page);
    assert.deepEqual(await hostState(page), before, 'the page itself is unchanged');
    assert.deepEqual(await stylesOf(page, HOST_ELEMENTS), stylesBefore, 'the page looks as it did');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-docs-page.png'), fullPage: false });
  });
});

test('the docs page\u2019s heavy-handed CSS changes nothing inside the elements, and the elements follow the tokens the page sets', { timeout: 90_000 }, async () => {
  const bare = docsHtml.replace(/<style id="site-styles">[\s\S]*?<\/style>/, '');
  assert.notEqual(bare, docsHtml);
  const ours = {};
  for (const [name, html] of [['styled', null], ['bare', bare]]) {
    await withPage(browser, {}, async (page) => {
      if (html) await page.route(DOCS, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
      await page.goto(DOCS);
      await embedsShown(page);
      ours[name] = await stylesOf(page, OUR_ELEMENTS);
    });
  }
  assert.deepEqual(ours.styled, ours.bare);
  // Not the page's fonts, sizes or colours: ours, with the page's tokens.
  const root = ours.styled['guide root'];
  assert.match(root['font-family'], /Trebuchet MS/, 'the page set --primer-font');
  assert.equal(root['background-color'], 'rgb(255, 253, 248)', 'the page set --primer-bg');
  assert.equal(root['font-size'], '16px', 'the browser\u2019s default size, though the page made 1rem 10px');
  assert.equal(root['text-align'], 'start');
  assert.equal(ours.styled['chapter paragraph']['letter-spacing'], 'normal');
  assert.equal(ours.styled['chapter title']['text-transform'], 'none');
  assert.equal(ours.styled['quiz choice']['appearance'], 'auto');
});

test('both elements work by keyboard; the chapter navigates inside its element; the address and history never change', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    const start = await hostState(page);

    // The quiz: first question answered with the keyboard alone.
    await page.locator('primer-quiz .quiz h2').click();
    await tabTo(page, 'primer-quiz', '#quiz-deployment-deploy-q1 input[type=radio]');
    await choose(page, 'Check');
    assert.match(await check(page, 'primer-quiz', 'quiz-deployment-deploy-q1'), /Correct/);

    // The chapter: "Next" by keyboard shows the next chapter here, its title focused and in view.
    const next = page.locator('primer-guide .chapter-nav a.next');
    await next.focus();
    await page.keyboard.press('Enter');
    await page.locator('primer-guide h1#chapter-title', { hasText: operations.title }).waitFor();
    const title = await focused(page, 'h1#chapter-title');
    assert.deepEqual([title.host, title.matches], ['primer-guide', true], 'focus is on the new chapter\u2019s title');
    assert.ok(await page.locator('primer-guide h1#chapter-title').isVisible());
    const box = await page.locator('primer-guide h1#chapter-title').boundingBox();
    assert.ok(box.y > -1 && box.y + box.height < 900, `the title is in view (y = ${box.y})`);
    assert.ok(await page.evaluate(() => scrollY > 0), 'the page was not scrolled to its top');

    // Back by the Previous link (a click), then to a heading of the chapter.
    await page.locator('primer-guide .chapter-nav a.previous').click();
    await page.locator('primer-guide h1#chapter-title', { hasText: caching.title }).waitFor();
    const anchor = page.locator('primer-guide .chapter h2 a.anchor').first();
    const heading = await anchor.evaluate((a) => a.closest('h2').id);
    await anchor.click();
    await page.waitForFunction(
      (id) => document.querySelector('primer-guide').shadowRoot.activeElement?.id === id,
      heading,
    );

    // Each link still names the stand-alone guide's address (for a new tab).
    assert.equal(await page.locator('primer-guide .chapter-nav a.next').getAttribute('href'), `${DEMO}#/${operations.permalink}`);
    const end = await hostState(page);
    assert.deepEqual(end, start, 'the page\u2019s address, history, title and DOM did not change');
  });
});

test('answers are shared with the stand-alone guide, both ways', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 label', { hasText: 'Commit' }).click();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 button[type=submit]').click();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 .quiz-verdict', { hasText: 'Incorrect' }).waitFor();

    await page.goto(`${DEMO}#/study-guide/deployment`);
    const standAlone = page.locator('#quiz-deployment-deploy-q1.quiz-answered .quiz-verdict');
    assert.match(await standAlone.textContent(), /Incorrect/);
    await page.locator('#quiz-deployment-deploy-q3 button[type=submit]').waitFor();
    await page.locator('#quiz-deployment-deploy-q3 label', { hasText: 'byte-for-byte' }).click();
    await page.locator('#quiz-deployment-deploy-q3 button[type=submit]').click();
    await page.locator('#quiz-deployment-deploy-q3 .quiz-verdict', { hasText: 'Correct' }).waitFor();

    await page.goto(DOCS);
    await embedsShown(page);
    assert.match(await page.locator('primer-quiz #quiz-deployment-deploy-q3.quiz-answered .quiz-verdict').textContent(), /Correct/);
    assert.match(await page.locator('primer-quiz #quiz-deployment-deploy-q1.quiz-answered .quiz-verdict').textContent(), /Incorrect/);
  });
});

test('two elements showing the same quiz stay in step, and neither overwrites the other\u2019s answers', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    // A second element with the quiz the embedded chapter already has.
    await page.evaluate(() => {
      const quiz = document.createElement('primer-quiz');
      quiz.setAttribute('src', '../demo/manifest.json');
      quiz.setAttribute('quiz', 'caching');
      quiz.id = 'second';
      document.querySelector('h1').after(quiz);
    });
    const alone = (q) => page.locator(`#second #quiz-caching-${q}`);
    const inChapter = (q) => page.locator(`primer-guide #quiz-caching-${q}`);
    await alone('cache-q1').locator('input[type=radio]').first().waitFor();

    await alone('cache-q1').locator('input[type=radio]').first().check();
    await alone('cache-q1').locator('button[type=submit]').click();
    const verdict = await alone('cache-q1').locator('.quiz-verdict').textContent();
    await inChapter('cache-q1').locator('.quiz-verdict', { hasText: verdict.trim() }).waitFor();

    await inChapter('cache-q2').locator('input[type=radio]').first().check();
    await inChapter('cache-q2').locator('button[type=submit]').click();
    await alone('cache-q2').locator('.quiz-verdict').waitFor();

    // A third answer in the quiz of its own chapter, from the other element.
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 input[type=radio]').first().check();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 button[type=submit]').click();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 .quiz-verdict').waitFor();

    await page.reload();
    await embedsShown(page);
    for (const q of ['cache-q1', 'cache-q2']) await inChapter(q).locator('.quiz-verdict').waitFor();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 .quiz-verdict').waitFor();
  });
});

test('axe-core finds no WCAG 2.1 A/AA violations on the docs page with both elements, before and after answering', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    await expectNoAxeViolations(page, 'on the docs page');
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 input[type=radio]').first().check();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 button[type=submit]').click();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 .quiz-verdict').waitFor();
    await expectNoAxeViolations(page, 'after answering');
  });
  await withPage(browser, { colorScheme: 'dark' }, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    await expectNoAxeViolations(page, 'in the dark theme');
  });
});

test('the mdBook page: its quiz answered by keyboard without setting off the book\u2019s shortcuts, and remembered after a reload', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(BOOK);
    await page.locator('primer-quiz section.quiz').waitFor();
    const url = page.url();
    const q1 = 'quiz-cache-headers-shared-cache-header';
    const q3 = 'quiz-cache-headers-seconds-in-a-day';

    // mdBook turns the page on Left and Right arrows, anywhere; in a radio
    // group they must move between the choices instead.
    await page.locator('primer-quiz .quiz h2').click();
    await tabTo(page, 'primer-quiz', `#${q1} input[type=radio]`);
    for (const key of ['ArrowRight', 'ArrowLeft']) {
      const from = (await focused(page, 'input')).label;
      await page.keyboard.press(key);
      await page.waitForFunction((from) => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        const label = element?.id && element.getRootNode().querySelector(`label[for="${element.id}"]`);
        return element?.type === 'radio' && element.checked && label && label.textContent.trim() !== from;
      }, from);
    }
    await choose(page, 'Cache-Control: s-maxage=3600, max-age=0');
    assert.match(await check(page, 'primer-quiz', q1), /Correct/);
    assert.equal(page.url(), url, 'the arrow keys did not turn the page');

    // mdBook opens its search on "s" and its help on "?".
    await tabTo(page, 'primer-quiz', `#${q3} input.quiz-text`);
    await page.keyboard.type('s?');
    assert.equal(await page.locator(`primer-quiz #${q3} input.quiz-text`).inputValue(), 's?');
    assert.equal(await page.locator('#search-wrapper').isVisible(), false, 'the search did not open');
    assert.equal(await page.locator('#mdbook-help-container').isVisible(), false, 'the help did not open');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('86400');
    assert.match(await check(page, 'primer-quiz', q3), /Correct/);

    await page.reload();
    await page.locator(`primer-quiz #${q3}.quiz-answered`).waitFor();
    assert.match(await page.locator(`primer-quiz #${q1}.quiz-answered .quiz-verdict`).textContent(), /Correct/);
    assert.match(await page.locator(`primer-quiz #${q3}.quiz-answered .quiz-verdict`).textContent(), /Correct/);
    assert.equal(await page.locator('primer-quiz .quiz-answered').count(), 2, 'the unanswered question is still open');
    assert.match(await page.locator('primer-quiz .quiz-summary .meter-text').textContent(), /^2 of 3 correct/);
    await expectNoAxeViolations(page, 'in the quiz on the mdBook page', { include: [['primer-quiz']] });
    await page.screenshot({ path: path.join(SCREENSHOTS, 'embed-mdbook-page.png') });
  });
});

test('the mdBook page: the quiz follows the theme picked in the book', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(BOOK);
    await page.locator('primer-quiz section.quiz').waitFor();
    const background = () =>
      page.evaluate(() => getComputedStyle(document.querySelector('primer-quiz').shadowRoot.querySelector('.primer-embedded')).backgroundColor);
    assert.equal(await background(), 'rgb(255, 255, 255)');
    await page.evaluate(() => localStorage.setItem('mdbook-theme', 'coal'));
    await page.reload();
    await page.locator('primer-quiz section.quiz').waitFor();
    assert.equal(await page.getAttribute('primer-quiz', 'theme'), 'dark');
    assert.equal(await background(), 'rgb(13, 17, 23)');
    await expectNoAxeViolations(page, 'in the dark quiz on the mdBook page', { include: [['primer-quiz']] });
  });
});

test('a quiz id the guide does not have is reported with the ids it does have', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    await page.evaluate(() => {
      document.querySelector('h1').insertAdjacentHTML('afterend', '<primer-quiz id="wrong" src="../demo/manifest.json" quiz="cdn-basics"></primer-quiz>');
    });
    const alert = page.locator('#wrong [role=alert]');
    await alert.waitFor();
    const ids = demo.chapters.flatMap((c) => c.quizzes.map((q) => q.id)).join(', ');
    assert.match(await alert.textContent(), new RegExp(`no quiz \u201ccdn-basics\u201d\\. Its quizzes are: ${ids}\\.`));
  });
});

test('with routing="hash" a guide puts its route in the page\u2019s address, and Back returns', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    await page.evaluate(() => {
      document.querySelector('h1').insertAdjacentHTML('afterend', '<primer-guide id="whole" src="../demo/manifest.json" routing="hash"></primer-guide>');
    });
    const title = page.locator('#whole h1#chapter-title');
    await title.filter({ hasText: demo.chapters[0].title }).waitFor();
    const length = await page.evaluate(() => history.length);
    await page.locator('#whole .chapter-nav a.next').click();
    await title.filter({ hasText: demo.chapters[1].title }).waitFor();
    assert.equal(new URL(page.url()).hash, `#/${demo.chapters[1].permalink}`);
    assert.equal(await page.evaluate(() => history.length), length + 1);
    // The other guide element keeps its own route.
    assert.match(await page.locator('primer-guide:not(#whole) h1#chapter-title').textContent(), new RegExp(caching.title));
    await page.goBack();
    await title.filter({ hasText: demo.chapters[0].title }).waitFor();
  });
});

test('the stand-alone reader leaves alone an element of the page that happens to have the id "primer"', { timeout: 90_000 }, async () => {
  const html = docsHtml.replace('<main>', '<main><p id="primer">Primer is also the first coat of paint.</p>');
  await withPage(browser, {}, async (page) => {
    await page.route(DOCS, (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: html }));
    await page.goto(DOCS);
    await embedsShown(page);
    assert.equal(await page.locator('#primer').evaluate((p) => p.outerHTML), '<p id="primer">Primer is also the first coat of paint.</p>');
  });
});

test('a popup term inside an element stays open while used, and closes on a click elsewhere in the page', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    await page.evaluate(() => {
      document.querySelector('h1').insertAdjacentHTML('afterend', '<primer-guide id="intro" src="../demo/manifest.json" chapter="study-guide/webops"></primer-guide>');
    });
    const trigger = page.locator('#intro .popover-trigger').first();
    const popup = page.locator('#intro .popover-content').first();
    await trigger.click();
    await popup.waitFor();
    await popup.locator('.popover-body').click();
    assert.equal(await popup.isVisible(), true, 'a click inside the popup keeps it open');
    assert.equal(await trigger.getAttribute('aria-expanded'), 'true');
    await page.locator('.note').click();
    await popup.waitFor({ state: 'hidden' });
    assert.equal(await trigger.getAttribute('aria-expanded'), 'false');
  });
});

test('an element moved in the page, or given another quiz, shows the right quiz again', { timeout: 90_000 }, async () => {
  await withPage(browser, {}, async (page) => {
    await page.goto(DOCS);
    await embedsShown(page);
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 input[type=radio]').first().check();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 button[type=submit]').click();
    await page.locator('primer-quiz #quiz-deployment-deploy-q1 .quiz-verdict').waitFor();

    await page.evaluate(() => document.querySelector('h1').after(document.querySelector('primer-quiz')));
    await page.locator('h1 + primer-quiz #quiz-deployment-deploy-q1.quiz-answered').waitFor();
    assert.equal(await page.locator('primer-quiz section.quiz').count(), 1);

    await page.evaluate(() => document.querySelector('primer-quiz').setAttribute('quiz', 'intro'));
    await page.locator('primer-quiz section#quiz-intro').waitFor();
    assert.equal(await page.locator('primer-quiz section.quiz').count(), 1);
    assert.equal(await page.locator('primer-quiz #quiz-deployment-deploy-q1').count(), 0);
  });
});
