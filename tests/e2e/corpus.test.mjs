// The four real chapters of the Pantheon CMS study guide render cleanly, and
// every callout, example and picture the author wrote (in the chapter or in
// a partial it includes) is on the page. The corpus has no image files, so
// each picture shows as its alt-text placeholder instead.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { SCREENSHOTS, chapterUrl, launch, manifest, siteExists, waitForChapter, withPage } from './lib/helpers.mjs';
import { mkdirSync } from 'node:fs';

const CORPUS = process.env.E2E_CORPUS ?? ''; // set by run.sh
const GUIDE = path.join(CORPUS, 'certification', 'study-guide-cms');
const PARTIALS = path.join(CORPUS, 'partials');
const skip = !siteExists('corpus') || !existsSync(GUIDE) ? `no corpus site (looked for ${GUIDE})` : false;

/** The chapter's body with what never renders as content removed: code and comments. */
function renderable(source) {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?^ {0,3}\1[ \t]*$/gm, '')
    .replace(/`[^`\n]*`/g, '');
}

/** Count components in a Markdown file and, recursively, the partials it includes. */
function count(file, seen = new Set()) {
  assert.ok(!seen.has(file), `partials include each other: ${file}`);
  seen.add(file);
  const text = renderable(readFileSync(file, 'utf8'));
  const totals = {
    alerts: (text.match(/<Alert\b/g) ?? []).length,
    examples: (text.match(/<Example\b/g) ?? []).length,
    images: (text.match(/!\[/g) ?? []).length + (text.match(/<img\b/gi) ?? []).length,
  };
  for (const [, name] of text.matchAll(/<Partial\s+file=["']([^"']+)["']/g)) {
    const inner = count(path.join(PARTIALS, name), new Set(seen));
    for (const key of Object.keys(totals)) totals[key] += inner[key];
  }
  return totals;
}

function permalinkOf(file) {
  const front = readFileSync(file, 'utf8').match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  return front.match(/^permalink:\s*["']?([^"'\n]+?)["']?\s*$/m)?.[1]?.replace(/^\/|\/$/g, '');
}

let browser;
before(async () => {
  if (!skip) browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the corpus guide has its four chapters', { skip }, () => {
  const m = manifest('corpus');
  const sources = readdirSync(GUIDE).filter((f) => f.endsWith('.md'));
  assert.equal(sources.length, 4);
  assert.equal(m.chapters.length, 4);
  assert.deepEqual(
    new Set(sources.map((f) => permalinkOf(path.join(GUIDE, f)))),
    new Set(m.chapters.map((c) => c.permalink)),
  );
});

const sources = skip ? [] : readdirSync(GUIDE).filter((f) => f.endsWith('.md')).sort();
for (const source of sources) {
  test(`${source}: renders without errors, with every alert, example and image`, { skip }, async () => {
    const m = manifest('corpus');
    const file = path.join(GUIDE, source);
    const entry = m.chapters.find((c) => c.permalink === permalinkOf(file));
    assert.ok(entry, `${source} is in the manifest`);
    const expected = count(file);
    await withPage(browser, {}, async (page) => {
      await page.goto(chapterUrl('corpus', entry.permalink));
      await waitForChapter(page, m, entry);
      const rendered = await page.evaluate(() => {
        const article = document.querySelector('article.chapter');
        return {
          alerts: article.querySelectorAll('aside.alert').length,
          examples: article.querySelectorAll('.example').length,
          images: article.querySelectorAll('img, .image-missing').length,
        };
      });
      assert.deepEqual(rendered, expected, `rendered components of ${source} (expected counts come from the source)`);
      // Placeholders say what the missing picture shows.
      const placeholders = await page.locator('article .image-missing').evaluateAll((els) =>
        els.map((el) => ({ label: el.getAttribute('aria-label'), text: el.textContent.trim() })),
      );
      for (const p of placeholders) {
        assert.ok(p.label && p.text.includes(p.label), `placeholder shows its alt text: ${JSON.stringify(p)}`);
      }
      if (placeholders.length > 0) {
        // For a person to look at: how a missing picture looks.
        mkdirSync(SCREENSHOTS, { recursive: true });
        await page.evaluate(() => document.querySelector('article .image-missing').scrollIntoView({ block: 'center' }));
        await page.screenshot({ path: path.join(SCREENSHOTS, `corpus-${source.replace(/\.md$/, '')}-light-desktop.png`) });
      }
    });
  });
}
