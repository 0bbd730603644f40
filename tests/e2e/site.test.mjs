// The built site as a deployer serves it, unchanged: under a sub-path
// (/docs/guide/) of a host with no rewrite rules, from `python3 -m
// http.server`, and with history routing (`primer build --base-url
// /docs/guide/`) on a host that answers every route with index.html. Every
// file the page asks for exists, nothing is asked for outside the guide's
// folder, and the service worker's scope is that folder.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { OUT, launch, manifest, waitForChapter, withPage } from './lib/helpers.mjs';
import { copySite, tempDir, waitForWorker } from './lib/site.mjs';
import { startServer } from './lib/static-server.mjs';

const m = manifest('demo');
const byPermalink = (p) => m.chapters.find((c) => c.permalink === p);
const caching = byPermalink('study-guide/caching');
const environments = byPermalink('study-guide/environments');
const SIDEBAR = 'nav[aria-label="Chapters"] .chapter-list > li > a';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Record responses of 400 and up, and requests that failed, on `page`. */
function recordFailures(page) {
  const failures = [];
  page.on('response', (r) => {
    if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`);
  });
  page.on('requestfailed', (r) => {
    // A prefetch cut short by the next navigation is not a missing file.
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failures.push(`failed ${r.url()}: ${r.failure()?.errorText}`);
  });
  return failures;
}

/** Open every chapter from the sidebar, and check each image on screen loaded. */
async function readEveryChapter(page) {
  for (const [i, entry] of m.chapters.entries()) {
    await page.locator(SIDEBAR).nth(i).click();
    await waitForChapter(page, m, entry);
  }
  await page.locator(SIDEBAR).nth(m.chapters.indexOf(environments)).click();
  await waitForChapter(page, m, environments);
  const image = page.locator('main img').first();
  await image.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => {
    const img = document.querySelector('main img');
    return img.complete && img.naturalWidth > 0;
  });
}

test('under /docs/guide/ on a host without rewrite rules, with hash routing', async () => {
  const server = await startServer({ root: path.join(OUT, 'demo'), mount: '/docs/guide/' });
  try {
    await withPage(browser, {}, async (page) => {
      const failures = recordFailures(page);
      await page.goto(server.url);
      await waitForChapter(page, m, m.chapters[0]);
      assert.equal(await page.title(), `${m.chapters[0].subtitle ?? m.chapters[0].title} · ${m.guide.title}`);
      await readEveryChapter(page);
      assert.ok(page.url().startsWith(`${server.url}#/`), `hash routes stay on the page: ${page.url()}`);
      assert.equal(await waitForWorker(page), server.url, "the service worker's scope is the guide's folder");

      // A deep link, opened fresh, and a reload of it.
      await page.goto(`${server.url}#/${caching.permalink}`);
      await waitForChapter(page, m, caching);
      await page.reload();
      await waitForChapter(page, m, caching);

      assert.deepEqual(failures, [], 'every file the page asked for exists');
      const outside = server.requests.filter((p) => !p.startsWith('/docs/guide/'));
      assert.deepEqual(outside, [], 'nothing is asked for outside /docs/guide/');
    });
  } finally {
    await server.close();
  }
});

/** Start `python3 -m http.server` on a free port; resolves to { url, stop }. */
function pythonServer(root) {
  const python = spawn('python3', ['-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', root], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stop = () => {
    python.kill();
  };
  return new Promise((resolve, reject) => {
    let seen = '';
    python.stdout.on('data', (chunk) => {
      seen += chunk;
      const port = seen.match(/port (\d+)/)?.[1];
      if (port) resolve({ url: `http://127.0.0.1:${port}`, stop });
    });
    python.on('exit', (code) => reject(new Error(`python3 -m http.server exited (${code}): ${seen}`)));
  });
}

test('python3 -m http.server serves the site as it is, under a sub-path', async () => {
  const { dir, cleanup } = tempDir('python');
  mkdirSync(path.join(dir, 'docs'));
  copySite('demo', path.join(dir, 'docs', 'guide'));
  const python = await pythonServer(dir);
  try {
    await withPage(browser, {}, async (page) => {
      const failures = recordFailures(page);
      const url = `${python.url}/docs/guide/`;
      await page.goto(url);
      await waitForChapter(page, m, m.chapters[0]);
      await readEveryChapter(page);
      assert.equal(await waitForWorker(page), url);
      // The web app manifest and the wasm come with types the browser accepts.
      const types = await page.evaluate(async () => {
        const type = async (href) => (await fetch(href)).headers.get('content-type');
        const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('.wasm')).name;
        return { manifest: await type(document.querySelector('link[rel=manifest]').href), wasm: await type(wasm) };
      });
      assert.deepEqual(types, { manifest: 'application/manifest+json', wasm: 'application/wasm' });
      assert.deepEqual(failures, []);
    });
  } finally {
    python.stop();
    cleanup();
  }
});

test('with --base-url /docs/guide/: history routing, deep links, reloads and offline deep links', async () => {
  const server = await startServer({ root: path.join(OUT, 'history'), mount: '/docs/guide/', fallback: 'index.html' });
  const chapterAt = (entry) => `${server.url}${entry.permalink}`;
  try {
    await withPage(browser, {}, async (page) => {
      const failures = recordFailures(page);
      await page.goto(chapterAt(caching));
      await waitForChapter(page, m, caching);
      assert.equal(await page.evaluate(() => location.pathname), `/docs/guide/${caching.permalink}`);

      // Following a link changes the path (not the hash), without loading a new page.
      await page.evaluate(() => {
        window.sameDocument = true;
      });
      await page.locator(SIDEBAR).nth(m.chapters.indexOf(environments)).click();
      await waitForChapter(page, m, environments);
      assert.equal(await page.evaluate(() => location.pathname + location.hash), `/docs/guide/${environments.permalink}`);
      assert.equal(await page.evaluate(() => window.sameDocument), true, 'the link did not reload the page');
      await page.goBack();
      await waitForChapter(page, m, caching);

      await page.reload();
      await waitForChapter(page, m, caching);
      assert.equal(await waitForWorker(page), server.url);
      assert.deepEqual(failures, [], 'every file the page asked for exists');
      const outside = server.requests.filter((p) => !p.startsWith('/docs/guide/'));
      assert.deepEqual(outside, [], 'nothing is asked for outside /docs/guide/');

      // Offline (and the server gone), a deep link the worker never saw
      // is answered with the page, which shows the chapter.
      await page.context().setOffline(true);
      await server.close();
      await page.goto(chapterAt(environments));
      await waitForChapter(page, m, environments);
    });
  } finally {
    await server.close();
  }
});
