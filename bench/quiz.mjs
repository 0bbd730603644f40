// The browser half of the quiz benchmark (bench/quiz.sh; see bench/README.md).
//
//   node bench/quiz.mjs SITE_URL SITE_DIR [RUNS]
//
// SITE_DIR is a site built from bench/gen_quiz.py's guide (chapter 1: prose
// and a quiz of N questions; chapter 2: the same prose, no quiz), served at
// SITE_URL. In headless Chromium (/usr/bin/chromium, or E2E_CHROMIUM), each
// run opens each chapter in a fresh browser context (empty storage and
// cache) and records, from the start of navigation:
//   - "in the DOM": the chapter heading is there, the skeleton gone and
//     (chapter 1) all N questions rendered, seen by a MutationObserver;
//   - "first frame": the first animation frame after that has run (style,
//     layout and paint of what was just rendered).
// Then, on chapter 1, it answers all N questions in the page, the way the
// controls are used (clicks on choices, input events on text boxes, a click
// on Check), waiting for the reader after each step and for the answer to
// show after Check, then forcing layout, and times each answer. Every tenth
// question is answered wrongly; the score line and the stored record are
// checked at the end, so the figures are for work that was really done.
// Prints figures; exits non-zero only if something did not work.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(new URL('../tests/e2e/package.json', import.meta.url));
const { chromium } = require('playwright-core');

const [siteUrl, siteDir, runsArg] = process.argv.slice(2);
if (!siteUrl || !siteDir) {
  console.error('usage: node bench/quiz.mjs SITE_URL SITE_DIR [RUNS]');
  process.exit(2);
}
const RUNS = Number(runsArg ?? 5);
const base = siteUrl.replace(/\/$/, '');
const manifest = JSON.parse(readFileSync(path.join(siteDir, 'manifest.json'), 'utf8'));
const [quizChapter, plainChapter] = manifest.chapters;

/** The first quiz in a chapter bundle. */
function quizIn(entry) {
  const tree = JSON.parse(readFileSync(path.join(siteDir, entry.bundle), 'utf8'));
  let found = null;
  const walk = (node) => {
    if (found || node === null || typeof node !== 'object') return;
    if (node.quiz && Array.isArray(node.quiz.questions)) found = node.quiz;
    else Object.values(node).forEach(walk);
  };
  walk(tree.blocks);
  if (!found) throw new Error(`no quiz in ${entry.permalink}`);
  return found;
}

const quiz = quizIn(quizChapter);
const N = quiz.questions.length;

/** What to do for each question: right answers, but every tenth one wrong. */
const plan = quiz.questions.map((q, i) => {
  const wrong = i % 10 === 9;
  const id = `quiz-${quiz.id}-${q.id}`;
  const [type, k] = Object.entries(q.kind)[0];
  if (type === 'MultipleChoice') {
    const pick = wrong ? [k.distractors[0].source] : k.answers.map((a) => a.source);
    return { id, wrong, type: 'choices', pick };
  }
  if (type === 'ShortAnswer') return { id, wrong, type: 'text', text: wrong ? 'public' : k.answer };
  const compiles = k.does_compile !== wrong;
  return { id, wrong, type: 'tracing', compiles, text: compiles ? (k.stdout ?? '') : String(k.line_number ?? 1) };
});
const expectedRight = plan.filter((p) => !p.wrong).length;

/** Record when the chapter (and its N questions) is in the DOM, and the frame after. */
function watchRender(questions) {
  const done = () =>
    document.querySelector('h1#chapter-title') !== null &&
    document.querySelector('.skeleton') === null &&
    document.querySelectorAll('li.quiz-question').length === questions;
  const observer = new MutationObserver(() => {
    if (window.__shown !== undefined || !done()) return;
    window.__shown = performance.now();
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (window.__painted = performance.now());
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** In the page: answer every question of `plan`; returns each answer's time in ms and how many Checks were clicked again. */
async function answerAll(plan) {
  // A macrotask: the reader's scheduler (microtasks) has finished by then.
  const settled = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const type = async (field, text) => {
    field.value = text;
    field.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await settled();
  };
  const times = [];
  let again = 0;
  for (const step of plan) {
    const item = document.getElementById(step.id);
    const start = performance.now();
    if (step.type === 'choices') {
      for (const choice of item.querySelectorAll('.quiz-choice')) {
        if (step.pick.includes(choice.querySelector('label').textContent)) {
          choice.querySelector('input').click();
          await settled();
        }
      }
    } else if (step.type === 'text') {
      await type(item.querySelector('.quiz-text'), step.text);
    } else {
      document.getElementById(`${step.id}-compiles-${step.compiles ? 'Yes' : 'No'}`).click();
      await settled();
      await type(document.getElementById(`${step.id}-${step.compiles ? 'stdout' : 'line'}`), step.text);
    }
    // The reader may yield to the browser in the middle of a long render
    // (Yew does after 16 ms), so wait for the answer to show. Had that
    // happened before Check, the click saw the answer half-entered and was
    // told what is missing: click again, as a learner would.
    item.querySelector('button[type=submit]').click();
    for (let waited = 0; !item.classList.contains('quiz-answered'); waited++) {
      if (waited > 10_000) throw new Error(`${step.id} was not graded: ${item.textContent.slice(0, 300)}`);
      await settled();
      if (item.querySelector('.quiz-nudge')) {
        again++;
        item.querySelector('button[type=submit]').click();
      }
    }
    void document.body.offsetHeight; // style and layout, as the next frame would
    times.push(performance.now() - start);
  }
  return { times, again };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];
const ms = (x) => `${x.toFixed(1)} ms`;
const spread = (xs) => `${ms(median(xs))} (${ms(Math.min(...xs))} to ${ms(Math.max(...xs))})`;

const browser = await chromium.launch({
  executablePath: process.env.E2E_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const samples = { quiz: { shown: [], painted: [] }, plain: { shown: [], painted: [] }, total: [], each: [], again: 0 };
try {
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 === 0 ? ['quiz', 'plain'] : ['plain', 'quiz'];
    for (const which of order) {
      const entry = which === 'quiz' ? quizChapter : plainChapter;
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.addInitScript(watchRender, which === 'quiz' ? N : 0);
      await page.goto(`${base}/#/${entry.permalink}`);
      await page.waitForFunction(() => window.__painted !== undefined, null, { timeout: 60_000 });
      const [shown, painted] = await page.evaluate(() => [window.__shown, window.__painted]);
      samples[which].shown.push(shown);
      samples[which].painted.push(painted);
      if (which === 'quiz') {
        const { times, again } = await page.evaluate(answerAll, plan);
        samples.again += again;
        samples.total.push(times.reduce((a, b) => a + b, 0));
        samples.each.push(...times);
        const score = await page.textContent('.quiz-summary .meter-text');
        const want = `${expectedRight} of ${N} correct, ${N} of ${N} answered`;
        if (score !== want) throw new Error(`the score reads "${score}", not "${want}"`);
        const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)), `primer:progress:${manifest.guide.id}`);
        if (Object.keys(saved?.answers ?? {}).length !== N) throw new Error('not every answer was saved');
      }
      if (errors.length) throw new Error(`the page failed: ${errors.join('; ')}`);
      await context.close();
    }
  }
  const wasm = readFileSync(path.join(siteDir, 'primer_bg.wasm')).length;
  console.log(`quiz benchmark: ${N} questions, release wasm (${(wasm / 1024).toFixed(0)} KB raw), Chromium ${browser.version()}, ${RUNS} runs`);
  console.log(`quiz chapter bundle ${(quizChapter.size / 1024).toFixed(0)} KB, plain chapter bundle ${(plainChapter.size / 1024).toFixed(1)} KB; median (min to max):`);
  console.log(`  navigation to chapter in the DOM, with the quiz:      ${spread(samples.quiz.shown)}`);
  console.log(`  navigation to chapter in the DOM, same chapter, no quiz: ${spread(samples.plain.shown)}`);
  console.log(`  navigation to first frame, with the quiz:             ${spread(samples.quiz.painted)}`);
  console.log(`  navigation to first frame, same chapter, no quiz:     ${spread(samples.plain.painted)}`);
  console.log(`  the quiz's cost (difference of first-frame medians):  ${ms(median(samples.quiz.painted) - median(samples.plain.painted))}`);
  console.log(`  answer and grade all ${N} (each: controls, Check, save, layout): ${spread(samples.total)}`);
  console.log(`  one answer, over all runs: median ${ms(median(samples.each))}, 95th percentile ${ms(quantile(samples.each, 0.95))}, slowest ${ms(Math.max(...samples.each))}`);
  console.log(`  Checks clicked a second time (the reader yielded mid-render): ${samples.again} of ${samples.each.length}`);
} finally {
  await browser.close();
}
