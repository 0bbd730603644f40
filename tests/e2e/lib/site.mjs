// Helpers for the tests of the built site as deployed: private copies of a
// built site served by their own server, rebuilding a guide with the real
// `primer` binary, waiting for the service worker, and answering one quiz
// question the way a learner does.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HERE, OUT } from './helpers.mjs';

export const ROOT = path.resolve(HERE, '..', '..');
export const PRIMER = path.join(ROOT, 'target', 'release', 'primer');

/** A fresh temporary folder; `cleanup()` removes it. */
export function tempDir(label) {
  const dir = mkdtempSync(path.join(os.tmpdir(), `primer-${label}-`));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copy a site run.sh built (`demo`, `history`...) to `to`. */
export function copySite(site, to) {
  cpSync(path.join(OUT, site), to, { recursive: true });
  return to;
}

/** Run `primer build GUIDE --out OUT ...args` (the reader from target/pkg); returns stderr. */
export function primerBuild(guide, out, args = []) {
  return execFileSync(PRIMER, ['build', guide, '--out', out, ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A built site's precache list. */
export function precacheList(dir) {
  return JSON.parse(readFileSync(path.join(dir, 'precache.json'), 'utf8'));
}

/** Wait until a service worker controls the page (it has installed every file by then). */
export async function waitForWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated');
  return page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
}

/**
 * Wait until the page has fetched `file` (a path such as a chapter bundle:
 * its resource timing entry is there once the response is in). Before a test
 * goes offline after a first visit: the reader prefetches the next chapter,
 * and that request can wait behind the worker's own downloads (six per
 * host), then reach the server after it is gone.
 */
export async function waitForFetched(page, file) {
  await page.waitForFunction(
    (file) => performance.getEntriesByType('resource').some((e) => new URL(e.name).pathname.endsWith(`/${file}`)),
    file,
  );
}

/** The names of the caches the guide's service worker keeps. */
export async function guideCaches(page) {
  return page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('primer:')));
}

/** The demo guide's first question (intro quiz) and its right answer. */
export const FIRST_QUESTION = {
  id: 'quiz-intro-webops-q1',
  answer: 'The habits, tools and agreements that let a team change a website often and safely.',
};

/** Answer the demo guide's first question rightly (label click and submit). */
export async function answerFirstQuestion(page) {
  const question = page.locator(`#${FIRST_QUESTION.id}`);
  await question.getByLabel(FIRST_QUESTION.answer, { exact: true }).check();
  await question.locator('button[type=submit]').click();
  await assertAnswered(page);
}

/** The first question shows the learner's right answer. */
export async function assertAnswered(page) {
  const question = page.locator(`#${FIRST_QUESTION.id}`);
  await page.locator(`#${FIRST_QUESTION.id}.quiz-answered`).waitFor();
  assert.match(await question.locator('.quiz-verdict').textContent(), /Correct/);
}
