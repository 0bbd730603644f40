// An open tab after the guide is redeployed. A small guide
// (fixtures/update-guide) is built into a folder and served; pages open it
// and answer its question; then it is rebuilt into the same folder with two
// chapters changed and the last one taken out, which gives the changed
// chapters new bundle names and removes the old files, as a deploy does.
// - Without a service worker: the old pages ask for bundles that are gone
//   (404). A changed chapter opens in its new version, with a polite note
//   that the guide was updated and the new chapter list; a removed chapter
//   says it is no longer in the guide, with a link to the start.
// - With one, updated from another tab while the old page stays open (the
//   old build's cache is deleted), and then offline: the old page still
//   opens the changed chapter, from the new build's cache.
// Either way the answer given before the redeploy is still there.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { HERE, describe, launch, record, unexpected, waitForChapter, withPage } from './lib/helpers.mjs';
import { guideCaches, precacheList, primerBuild, tempDir, waitForWorker } from './lib/site.mjs';
import { startServer } from './lib/static-server.mjs';
import { expectNoAxeViolations } from './lib/axe.mjs';

const FIXTURE = path.join(HERE, 'fixtures', 'update-guide');
const SIDEBAR = 'nav[aria-label="Chapters"] .chapter-list > li > a';
const QUESTION = '#quiz-start-kept';
const NEW_MIDDLE = 'This is the second version of the middle chapter.';
const NEW_LATER = 'This is the second version of the later chapter.';
// The browser logs the 404 (or, offline, the failed fetch) of an old bundle.
const allow = [/\/chapters\/e2e-update-[a-z]+\.[0-9a-f]+\.json$/, /Failed to fetch/];


let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The fixture guide copied to a temporary folder, built into `site` and served. */
async function deployed(label) {
  const { dir, cleanup } = tempDir(label);
  const guide = path.join(dir, 'guide');
  const site = path.join(dir, 'site');
  cpSync(FIXTURE, guide, { recursive: true });
  primerBuild(guide, site);
  const server = await startServer({ root: site });
  const stop = async () => {
    await server.close();
    cleanup();
  };
  return { guide, site, server, stop };
}

const readManifest = (site) => JSON.parse(readFileSync(path.join(site, 'manifest.json'), 'utf8'));
const chapter = (m, name) => m.chapters.find((c) => c.permalink === `e2e/update/${name}`);

/** Rebuild with new text in the middle and later chapters and without the end one. */
function redeploy(guide, site) {
  const before = readManifest(site);
  for (const [file, text] of [
    ['02-middle.md', NEW_MIDDLE],
    ['03-later.md', NEW_LATER],
  ]) {
    const source = path.join(guide, file);
    writeFileSync(source, readFileSync(source, 'utf8').replace(/This is the first version of the \w+ chapter\./, text));
  }
  const toml = path.join(guide, 'guide.toml');
  writeFileSync(toml, readFileSync(toml, 'utf8').replace(', "04-end.md"', ''));
  primerBuild(guide, site);
  const m = readManifest(site);
  for (const name of ['middle', 'later']) {
    assert.notEqual(chapter(m, name).bundle, chapter(before, name).bundle, `${name} has a new bundle name`);
  }
  assert.equal(chapter(m, 'end'), undefined, 'the end chapter is out');
  for (const name of ['middle', 'later', 'end']) {
    assert.ok(!existsSync(path.join(site, chapter(before, name).bundle)), `the old ${name} bundle is removed`);
  }
  return m;
}

/** Answer the start chapter's question rightly, as a learner does. */
async function answer(page) {
  const question = page.locator(QUESTION);
  await question.getByLabel('It stays.', { exact: true }).check();
  await question.locator('button[type=submit]').click();
  await assertAnswered(page);
}

async function assertAnswered(page) {
  await page.locator(`${QUESTION}.quiz-answered`).waitFor();
  assert.match(await page.locator(`${QUESTION} .quiz-verdict`).textContent(), /Correct/);
}

async function sidebarNames(page) {
  return (await page.locator(SIDEBAR).allTextContents()).map((t) => t.trim());
}

/** Open `name` from the sidebar and wait for its text, with no error shown. */
async function openChanged(page, m, name, text) {
  await page.locator(SIDEBAR).filter({ hasText: chapter(m, name).title }).click();
  await waitForChapter(page, m, chapter(m, name));
  await page.getByText(text).waitFor();
  assert.equal(await page.locator('.load-error').count(), 0, `${name}: no error`);
}

test('without a service worker, changed chapters open in their new version and a removed one says so', async () => {
  const { guide, site, server, stop } = await deployed('redeploy');
  const first = readManifest(site);
  try {
    await withPage(browser, { allow, serviceWorkers: 'block' }, async (page) => {
      await page.goto(server.url);
      await waitForChapter(page, first, first.chapters[0]);
      await answer(page);
      // A second tab, opened before the redeploy too.
      const other = await page.context().newPage();
      const otherProblems = record(other);
      await other.goto(server.url);
      await waitForChapter(other, first, first.chapters[0]);
      await assertAnswered(other);

      const second = redeploy(guide, site);

      // "Later On" was never fetched: its old file is gone (404).
      await openChanged(page, first, 'later', NEW_LATER);
      const notice = page.locator('.guide-updated[role="status"]');
      assert.match(await notice.textContent(), /This guide has been updated/);
      assert.deepEqual(await sidebarNames(page), second.chapters.map((c) => c.title), 'the sidebar follows the new build');
      await expectNoAxeViolations(page, 'with the note about the update');
      // The middle chapter now comes from its new file too.
      await openChanged(page, second, 'middle', NEW_MIDDLE);
      await notice.getByRole('button', { name: 'Dismiss' }).click();
      assert.equal(await notice.textContent(), '', 'the note is dismissed');

      // The other tab asks for the removed chapter.
      await other.locator(SIDEBAR).filter({ hasText: 'The End' }).click();
      const alert = other.locator('.load-error[role="alert"]');
      await alert.waitFor();
      assert.equal((await alert.locator('h1').textContent()).trim(), 'This chapter is no longer in the guide');
      assert.equal(await alert.locator('button').count(), 0, 'no Try again that could never work');
      assert.match(await other.title(), /^No longer in the guide · Update Fixture$/);
      await expectNoAxeViolations(other, 'with the removed chapter message');
      await alert.getByRole('link', { name: 'Go to the start of the guide' }).click();
      await waitForChapter(other, second, second.chapters[0]);
      await assertAnswered(other);

      // The answer given before the redeploy, in the page and after a reload.
      await page.locator(SIDEBAR).first().click();
      await waitForChapter(page, second, second.chapters[0]);
      await assertAnswered(page);
      await page.reload();
      await waitForChapter(page, second, second.chapters[0]);
      await assertAnswered(page);
      const bad = unexpected(otherProblems, allow);
      assert.equal(bad.length, 0, `the other tab logged errors:\n${describe(bad)}`);
    });
  } finally {
    await stop();
  }
});

test('after another tab takes the new build, an old tab still opens a changed chapter, offline too', async () => {
  const { guide, site, server, stop } = await deployed('redeploy-sw');
  const first = readManifest(site);
  try {
    await withPage(browser, { allow }, async (page) => {
      await page.goto(server.url);
      await waitForChapter(page, first, first.chapters[0]);
      await waitForWorker(page);
      await answer(page);

      const second = redeploy(guide, site);
      const version = precacheList(site).version;

      // Another tab finds the new build and the learner accepts it there:
      // the new worker takes over every tab and deletes the old cache.
      const other = await page.context().newPage();
      const otherProblems = record(other);
      await other.goto(server.url);
      const offer = other.locator('#primer-update[role="status"]');
      const reloaded = other.waitForEvent('load');
      await offer.getByRole('button', { name: 'Reload' }).click();
      await reloaded;
      await waitForChapter(other, second, second.chapters[0]);
      await page.locator('#primer-update').getByRole('button', { name: 'Reload' }).waitFor();
      assert.deepEqual(await guideCaches(page), [`primer:${server.url}:${version}`], 'only the new build is kept');

      // Offline: the old bundle is neither cached nor on the network.
      await page.context().setOffline(true);
      await server.close();
      await openChanged(page, first, 'later', NEW_LATER);
      assert.match(await page.locator('.guide-updated').textContent(), /This guide has been updated/);
      await page.locator(SIDEBAR).first().click();
      await waitForChapter(page, second, second.chapters[0]);
      await assertAnswered(page);
      const bad = unexpected(otherProblems, allow);
      assert.equal(bad.length, 0, `the other tab logged errors:\n${describe(bad)}`);
    });
  } finally {
    await stop();
  }
});

test('an embedded quiz whose chapter file is gone: the manifest is fetched again past the cache, and the quiz shows', async () => {
  const { guide, site, server, stop } = await deployed('redeploy-embed');
  try {
    // What an HTTP cache (GitHub Pages: ten minutes) may still hold after a deploy.
    const stale = readFileSync(path.join(site, 'manifest.json'), 'utf8');
    const oldStart = chapter(JSON.parse(stale), 'start').bundle;
    const source = path.join(guide, '01-start.md');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\nA line added in the second version.\n`);
    primerBuild(guide, site);
    assert.ok(!existsSync(path.join(site, oldStart)), 'the old start bundle is removed');
    writeFileSync(
      path.join(site, 'host.html'),
      '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head><body><main>' +
        '<h1>Host page</h1><primer-quiz src="manifest.json" quiz="start"></primer-quiz>' +
        '<script type="module" src="embed.js"></script></main></body></html>',
    );
    await withPage(browser, { allow }, async (page) => {
      let first = true;
      await page.route('**/manifest.json', async (route) => {
        if (!first) return route.continue();
        first = false;
        await route.fulfill({ status: 200, contentType: 'application/json', body: stale });
      });
      await page.goto(`${server.url}host.html`);
      await page.locator(`primer-quiz ${QUESTION}, primer-quiz .load-error`).first().waitFor();
      assert.equal(await page.locator('primer-quiz .load-error').count(), 0, 'no error shown');
      assert.equal(first, false, 'the stale manifest was served');
      await page.locator(`primer-quiz ${QUESTION}`).getByLabel('It stays.', { exact: true }).check();
      await page.locator(`primer-quiz ${QUESTION} button[type=submit]`).click();
      await page.locator(`primer-quiz ${QUESTION}.quiz-answered`).waitFor();
    });
  } finally {
    await stop();
  }
});
