// Script safety: a guide (fixtures/unsafe-guide) whose chapter carries
// script in every form we know (script blocks, event handlers, script
// addresses in Markdown and raw links, a popover with script inside,
// frames). Each payload would set window.__pwned. The learner opens the
// chapter, opens the popup, hovers and clicks every link: nothing may run,
// and no script or frame may be in the page.
//
// A second set of tests serves a bundle edited after the build (as if the
// file had been tampered with on its way to the reader): the reader's own
// renderer must still refuse to run script.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { OUT, chapterUrl, launch, manifest, settle, waitForChapter, withPage } from './lib/helpers.mjs';

const m = manifest('unsafe');
const chapter = m.chapters[0];
// The fixture's pictures point at a file "x" that does not exist.
const allow = [/\/unsafe(-tampered)?\/x$/];

const TAMPERED = {
  // Raw <a> elements, by their text: the href each gets.
  rawLinks: {
    'open the raw notes': "javascript:void(window.__pwned='tampered raw link')",
    'open the loud notes': "  JaVaScRiPt:void(window.__pwned='tampered loud link')",
  },
  obfuscatedLinks: {
    'open the hidden notes': "java\tscript:void(window.__pwned='tampered tab link')",
    'open the data notes': "\u0001javascript:void(window.__pwned='tampered control-character link')",
  },
  // The download block's link to the copied file.
  downloads: {
    'notes.md': "javascript:void(window.__pwned='tampered download')",
  },
  // Markdown link nodes (the build resolved them) get a script href.
  markdownLinks: {
    'back to the first heading': "javascript:void(window.__pwned='tampered markdown link')",
    'a page elsewhere': "javascript:void(window.__pwned='tampered external link')",
  },
};

let browser;
before(async () => {
  tamper();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  rmSync(path.join(OUT, 'unsafe-tampered'), { recursive: true, force: true });
});

/** Everything in the article that could run script, described. */
async function scriptSurface(page) {
  return page.evaluate(() => {
    const article = document.querySelector('article.chapter');
    const found = [];
    for (const el of article.querySelectorAll('script, iframe, frame, object, embed, base, meta, link, form')) {
      found.push(`<${el.localName}> element`);
    }
    for (const el of article.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        // Browsers drop ASCII whitespace and control characters in URL schemes.
        const squeezed = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (attr.name.startsWith('on')) found.push(`${el.localName}[${attr.name}]`);
        if (attr.name === 'srcdoc') found.push(`${el.localName}[srcdoc]`);
        if (/^(javascript|vbscript|data):/.test(squeezed) && ['href', 'src', 'action', 'formaction', 'xlink:href'].includes(attr.name)) {
          found.push(`${el.localName}[${attr.name}=${JSON.stringify(attr.value)}]`);
        }
      }
    }
    return found;
  });
}

/** Hover and click the article's links whose text is one of `texts`. Returns how many were links. */
async function poke(page, site, texts) {
  let links = 0;
  for (const text of texts) {
    const link = page.locator('article.chapter a', { hasText: text });
    if ((await link.count()) === 0) continue; // rendered as plain text: nothing to click
    links++;
    await link.first().hover();
    await link.first().click({ noWaitAfter: true });
    await page.waitForTimeout(50);
    assert.equal(await pwned(page), undefined, `clicking the link "${text}" ran script`);
    // A click may have left the chapter (a plain #heading link): come back.
    if ((await page.locator('article.chapter').count()) === 0) {
      await page.goto(chapterUrl(site, chapter.permalink));
      await waitForChapter(page, m, chapter);
    }
  }
  return links;
}

async function pwned(page) {
  return page.evaluate(() => window.__pwned);
}

async function open(page, site) {
  await page.goto(chapterUrl(site, chapter.permalink));
  await waitForChapter(page, m, chapter);
  assert.ok(await page.getByText('If you can read this sentence').isVisible(), 'the chapter text is shown');
}

test('no payload in the compiled chapter runs, even after opening the popup and clicking every link', async () => {
  await withPage(browser, { allow }, async (page) => {
    await open(page, 'unsafe');
    await settle(page);
    assert.equal(await pwned(page), undefined, 'on opening the chapter');

    const trigger = page.locator('button.popover-trigger', { hasText: 'suspicious term' });
    await trigger.click();
    assert.equal(await trigger.getAttribute('aria-expanded'), 'true');
    const content = page.locator('.popover-content');
    assert.ok(await content.isVisible(), 'the popup is open');
    assert.match(await content.textContent(), /A definition/);
    await settle(page);
    assert.equal(await pwned(page), undefined, 'after opening the popup');

    await page.locator('article details summary').first().click();
    await page.locator('article details summary').first().click();
    await page.getByText('A box with a handler.').click();
    await poke(page, 'unsafe', [
      'open the notes',
      'open the raw notes',
      'open the loud notes',
      'open the hidden notes',
      'open the sneaky notes',
      'open the data notes',
      'hover over me',
      'back to the first heading',
    ]);
    await settle(page);
    assert.equal(await pwned(page), undefined, 'after hovering and clicking every link');
    assert.equal(new URL(page.url()).pathname, '/unsafe/', 'still in the reader');
    assert.deepEqual(await scriptSurface(page), [], 'nothing in the article can run script');
  });
});

// --- A bundle edited after the build -------------------------------------


/** Walk a JSON tree, calling `fn` on every object. */
function walk(node, fn) {
  if (Array.isArray(node)) node.forEach((n) => walk(n, fn));
  else if (node && typeof node === 'object') {
    fn(node);
    Object.values(node).forEach((n) => walk(n, fn));
  }
}

/** All text inside a node. */
function textOf(node) {
  let text = '';
  walk(node, (n) => {
    if (typeof n.text === 'string') text += n.text;
  });
  return text;
}

/** Copy the fixture site and edit its bundle, independently of the bundle's exact encoding. */
function tamper() {
  const dir = path.join(OUT, 'unsafe-tampered');
  rmSync(dir, { recursive: true, force: true });
  cpSync(path.join(OUT, 'unsafe'), dir, { recursive: true });
  const file = path.join(dir, chapter.bundle);
  const tree = JSON.parse(readFileSync(file, 'utf8'));
  const done = new Set();
  walk(tree, (node) => {
    if (typeof node.tag === 'string') {
      const text = textOf(node.children ?? []);
      const href = TAMPERED.rawLinks[text] ?? TAMPERED.obfuscatedLinks[text];
      if (node.tag === 'a' && href) {
        node.attrs = [['href', href], ['onclick', "window.__pwned='tampered onclick'"]];
        done.add(text);
      } else if (node.tag === 'a' && text === 'hover over me') {
        node.attrs = [['href', '#plain-words-first'], ['onmouseover', "window.__pwned='tampered onmouseover'"], ['ONCLICK', "window.__pwned='tampered ONCLICK'"]];
        done.add(text);
      } else if (node.tag === 'img') {
        node.attrs = [...(node.attrs ?? []), ['onerror', "window.__pwned='tampered onerror'"], ['srcdoc', 'x']];
        done.add('img');
      } else if (node.tag === 'div') {
        node.tag = 'iframe';
        node.attrs = [['srcdoc', "<script>parent.__pwned='tampered iframe'</script>"], ['src', "javascript:void(parent.__pwned='tampered iframe src')"]];
        done.add('iframe');
      } else if (node.tag === 'details') {
        node.tag = 'script';
        node.attrs = [];
        done.add('script');
      }
    } else if (typeof node.href === 'string' && typeof node.file === 'string' && TAMPERED.downloads[node.label]) {
      node.href = TAMPERED.downloads[node.label];
      done.add(node.label);
    } else if (typeof node.href === 'string' && Array.isArray(node.content)) {
      const href = TAMPERED.markdownLinks[textOf(node.content)];
      if (href) {
        node.href = href;
        delete node.chapter;
        delete node.fragment;
        done.add(textOf(node.content));
      }
    }
  });
  const wanted = [
    ...Object.keys(TAMPERED.rawLinks),
    ...Object.keys(TAMPERED.obfuscatedLinks),
    ...Object.keys(TAMPERED.markdownLinks),
    ...Object.keys(TAMPERED.downloads),
    'hover over me',
    'img',
    'iframe',
    'script',
  ];
  assert.deepEqual(wanted.filter((w) => !done.has(w)), [], 'every payload was planted in the bundle');
  writeFileSync(file, JSON.stringify(tree));
}

test('tampered bundle: raw HTML keeps no handlers, frames, scripts or javascript: links', async () => {
  await withPage(browser, { allow }, async (page) => {
    await open(page, 'unsafe-tampered');
    await settle(page);
    await page.getByText('A box with a handler.').click().catch(() => {});
    const clicked = await poke(page, 'unsafe-tampered', [...Object.keys(TAMPERED.rawLinks), 'hover over me']);
    assert.equal(clicked, 3, 'the raw links are rendered as links');
    await settle(page);
    assert.equal(await pwned(page), undefined);
    // The links of the two tests below are left to them.
    const surface = (await scriptSurface(page)).filter((s) => !/tampered (tab|control-character|markdown|external) link|tampered download/.test(s));
    assert.deepEqual(surface, [], 'nothing in the article can run script');
  });
});

/** Click each link on a freshly loaded chapter; the payloads that ran, by link text. */
async function clickEach(page, site, texts) {
  const ran = {};
  for (const text of texts) {
    await open(page, site);
    assert.ok(await page.getByText(text).first().isVisible(), `the words "${text}" are shown`);
    const link = page.locator('article.chapter a', { hasText: text });
    if ((await link.count()) === 0) continue; // shown as plain text: nothing to click
    await link.first().click({ noWaitAfter: true });
    await page.waitForTimeout(100);
    const value = await pwned(page);
    if (value !== undefined) ran[text] = value;
  }
  return ran;
}

test(
  'tampered bundle: a raw link whose scheme hides a tab or control character does not run script',
  async () => {
    await withPage(browser, { allow }, async (page) => {
      assert.deepEqual(await clickEach(page, 'unsafe-tampered', Object.keys(TAMPERED.obfuscatedLinks)), {});
    });
  },
);

test(
  'tampered bundle: a Markdown link node with a javascript: href does not run script',
  async () => {
    await withPage(browser, { allow }, async (page) => {
      assert.deepEqual(await clickEach(page, 'unsafe-tampered', Object.keys(TAMPERED.markdownLinks)), {});
    });
  },
);

test(
  'tampered bundle: a download link with a javascript: href does not run script',
  async () => {
    await withPage(browser, { allow }, async (page) => {
      assert.deepEqual(await clickEach(page, 'unsafe-tampered', Object.keys(TAMPERED.downloads)), {});
    });
  },
);
