// Quizzes the way a learner uses them: every question of the caching
// chapter answered by keyboard alone (feedback announced and focused; the
// learner's own explanation where the author asks for one), "Retry the
// wrong ones" (a second attempt, counted), "Review all answers"; a reload
// restores answers and score; two tabs see each other's answers and
// resets; the progress page (bars with words, a confirmed reset, export
// and import, a file for another guide refused); axe-core before, during
// and after answering and on the progress page.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { BASE, bundle, chapterName, chapterUrl, launch, manifest, openPage, settle, unexpected, waitForChapter, withPage } from './lib/helpers.mjs';
import { expectNoAxeViolations } from './lib/axe.mjs';

const m = manifest('demo');
const caching = m.chapters.find((c) => c.permalink === 'study-guide/caching');
const intro = m.chapters[0];
const PROGRESS = `${BASE}/demo/#/progress`;
const EXPLANATION = 'Purging just that URL keeps every other page cached.';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The first quiz in a chapter bundle. */
function quizOf(entry) {
  let found = null;
  const walk = (node) => {
    if (found || node === null || typeof node !== 'object') return;
    if (node.quiz && Array.isArray(node.quiz.questions)) found = node.quiz;
    else Object.values(node).forEach(walk);
  };
  walk(bundle('demo', entry).blocks);
  assert.ok(found, `a quiz in ${entry.permalink}`);
  return found;
}

/** Author text as the reader shows it: the text of its compiled blocks. */
function plain(rich) {
  const parts = [];
  const walk = (node) => {
    if (node === null || typeof node !== 'object') return;
    if (typeof node.text === 'string') parts.push(node.text);
    else if (typeof node.code === 'string') parts.push(node.code);
    else if ('soft_break' in node || node === 'soft_break') parts.push(' ');
    else Object.values(node).forEach(walk);
  };
  if (rich.blocks?.length) walk(rich.blocks);
  else parts.push(rich.source);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const domId = (quiz, question) => `quiz-${quiz.id}-${question.id}`;

/** Press Tab (keyboard only) until the focus matches `selector` (no press if it does). */
async function tabTo(page, selector, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** The text of the label of the focused control. */
const focusedLabel = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    const label = el?.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`) : null;
    return label?.textContent.replace(/\s+/g, ' ').trim() ?? null;
  });

/** Answer `question` (rightly, unless `wrong`) with the keyboard only, and check it. */
async function answer(page, quiz, question, { wrong = false } = {}) {
  const id = domId(quiz, question);
  const [type, q] = Object.entries(question.kind)[0];
  if (type === 'MultipleChoice') {
    const want = wrong ? [plain(q.distractors[0])] : q.answers.map(plain);
    if (!q.multiple) {
      await tabTo(page, `#${id} input[type=radio]`);
      for (let i = 0; i < 10 && (await focusedLabel(page)) !== want[0]; i++) await page.keyboard.press('ArrowDown');
      assert.equal(await focusedLabel(page), want[0]);
      await page.keyboard.press('Space');
    } else {
      await tabTo(page, `#${id} input[type=checkbox]`);
      while (await page.evaluate((id) => document.activeElement?.matches(`#${id} input[type=checkbox]`), id)) {
        if (want.includes(await focusedLabel(page))) await page.keyboard.press('Space');
        await page.keyboard.press('Tab');
      }
    }
  } else if (type === 'ShortAnswer') {
    await tabTo(page, `#${id} .quiz-text`);
    await page.keyboard.type(wrong ? 'no idea' : ` ${q.answer.toUpperCase()} `);
  } else {
    await tabTo(page, `#${id} input[type=radio]`);
    const compiles = wrong ? !q.does_compile : q.does_compile;
    await page.keyboard.press(compiles ? 'Space' : 'ArrowDown');
    await page.keyboard.press('Tab');
    if (compiles) await page.keyboard.type((q.stdout ?? '').trim());
    else await page.keyboard.type(String(q.line_number ?? 1));
  }
  const explains = (await page.locator(`#${id} .quiz-explain textarea`).count()) > 0;
  if (explains) {
    await tabTo(page, `#${id} .quiz-explain textarea`);
    await page.keyboard.type(EXPLANATION);
  }
  await tabTo(page, `#${id} button[type=submit]`);
  await page.keyboard.press('Enter');
  await page.waitForFunction((id) => document.activeElement?.matches(`#${id}.quiz-answered .quiz-feedback`), id);
  const verdict = await page.textContent(`#${id} .quiz-verdict`);
  assert.match(verdict, wrong ? /Incorrect/ : /Correct/, `${question.id}: ${verdict}`);
  if (explains) assert.equal(await page.textContent(`#${id} .quiz-your-explanation .quiz-explained`), EXPLANATION);
}

/** The progress record of the demo guide in this page's localStorage. */
const stored = async (page) => JSON.parse(await page.evaluate((key) => localStorage.getItem(key), `primer:progress:${m.guide.id}`));

const score = (page) => page.textContent('.quiz-summary .meter-text');

/** Wait until `locator` (its first match) reads `text`. */
async function waitText(locator, text) {
  for (let i = 0; i < 100; i++) {
    if ((await locator.first().textContent()) === text) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.equal(await locator.first().textContent(), text);
}

test('every question of a chapter answered by keyboard, retried, reviewed and restored after a reload', async () => {
  const quiz = quizOf(caching);
  const total = quiz.questions.length;
  const kinds = new Set(quiz.questions.map((q) => Object.keys(q.kind)[0]));
  assert.deepEqual([...kinds].sort(), ['MultipleChoice', 'ShortAnswer', 'Tracing'], 'the chapter has every type');
  assert.ok(quiz.questions.some((q) => q.prompt_explanation), 'a question asks for an explanation');
  await withPage(browser, {}, async (page) => {
    await page.goto(chapterUrl('demo', caching.permalink));
    await waitForChapter(page, m, caching);
    await settle(page, 100);
    assert.equal(await score(page), `0 of ${total} correct, 0 of ${total} answered`);
    await expectNoAxeViolations(page, 'before answering');
    // The multipart context comes once, before its group.
    assert.equal(await page.locator('.quiz-context').count(), Object.keys(quiz.multipart ?? {}).length);

    await page.evaluate(() => document.activeElement?.blur());
    const wrongOne = quiz.questions[1];
    for (const question of quiz.questions) {
      await answer(page, quiz, question, { wrong: question === wrongOne });
      if (question === quiz.questions[0]) await expectNoAxeViolations(page, 'after the first answer');
    }
    assert.equal(await score(page), `${total - 1} of ${total} correct, ${total} of ${total} answered`);

    // Retry the wrong one: focus goes to it, the right ones stay.
    await tabTo(page, '.quiz-summary button');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Retry the wrong one');
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.activeElement?.closest(`#${id}`) && document.activeElement.matches('input'), domId(quiz, wrongOne));
    assert.equal(await page.locator('.quiz-answered').count(), total - 1);
    await page.keyboard.press('Shift+Tab');
    await answer(page, quiz, wrongOne);
    assert.equal(await score(page), `${total} of ${total} correct, ${total} of ${total} answered`);
    const saved = (await stored(page)).answers;
    assert.equal(saved[`${quiz.id}/${wrongOne.id}`].attempts, 2, 'the retry is a second attempt');
    assert.equal(saved[`${quiz.id}/${quiz.questions[0].id}`].attempts, 1);
    const explained = quiz.questions.find((q) => q.prompt_explanation);
    assert.equal(saved[`${quiz.id}/${explained.id}`].explanation, EXPLANATION);

    // Review all answers.
    await tabTo(page, '.quiz-summary button[aria-controls]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.quiz-review:not([hidden]) .quiz-review-list');
    assert.equal(await page.locator('.quiz-review-list > li').count(), total);
    await expectNoAxeViolations(page, 'after answering, with the review open');

    // A reload restores every answer and the score.
    await page.reload();
    await waitForChapter(page, m, caching);
    await page.waitForFunction((n) => document.querySelectorAll('.quiz-answered').length === n, total);
    assert.equal(await score(page), `${total} of ${total} correct, ${total} of ${total} answered`);
    assert.equal(await page.textContent('.save-status'), '', 'nothing to report about saving');
  });
});

test('the dark theme passes axe with feedback, a hint and a nudge shown', async () => {
  const quiz = quizOf(caching);
  const withHint = quiz.questions.find((q) => q.hint);
  await withPage(browser, { colorScheme: 'dark' }, async (page) => {
    await page.goto(chapterUrl('demo', caching.permalink));
    await waitForChapter(page, m, caching);
    await page.click(`#${domId(quiz, withHint)} .quiz-hint-button`);
    await page.waitForSelector(`#${domId(quiz, withHint)} .quiz-hint:not([hidden])`);
    await page.click(`#${domId(quiz, quiz.questions[2])} button[type=submit]`);
    await page.waitForSelector(`#${domId(quiz, quiz.questions[2])} .quiz-nudge`);
    // A question that asks for an explanation waits for one.
    const explained = quiz.questions.find((q) => q.prompt_explanation);
    await page.click(`#${domId(quiz, explained)} .quiz-choice label >> nth=0`);
    await page.click(`#${domId(quiz, explained)} button[type=submit]`);
    await page.waitForFunction((id) => /Explain your answer/.test(document.querySelector(`#${id} .quiz-nudge`)?.textContent ?? ''), domId(quiz, explained));
    assert.equal(await page.locator(`#${domId(quiz, explained)}.quiz-answered`).count(), 0);
    await answer(page, quiz, quiz.questions[0], { wrong: true });
    await answer(page, quiz, quiz.questions.find((q) => q.kind.Tracing));
    await expectNoAxeViolations(page, 'in the dark theme');
  });
});

test('two tabs see each other’s answers and resets', async () => {
  const quiz = quizOf(intro);
  const first = quiz.questions[0];
  const id = domId(quiz, first);
  const { context, page: a, problems } = await openPage(browser);
  try {
    const b = await context.newPage();
    b.on('pageerror', (e) => problems.push({ kind: 'page error', text: String(e), url: '' }));
    for (const page of [a, b]) {
      await page.goto(chapterUrl('demo', intro.permalink));
      await waitForChapter(page, m, intro);
    }
    await answer(a, quiz, first);
    await b.waitForSelector(`#${id}.quiz-answered`);
    assert.match(await b.textContent(`#${id} .quiz-verdict`), /Correct/);
    // A reset on the progress page of one tab reopens the question in the other.
    await a.goto(PROGRESS);
    await a.waitForSelector('h1#progress-title');
    await a.locator('.progress-chapter', { hasText: chapterName(intro) }).locator('button.progress-reset', { hasText: 'Reset chapter' }).click();
    await a.click('text=Confirm reset');
    await b.waitForSelector(`#${id}:not(.quiz-answered) input`);
    assert.deepEqual(unexpected(problems), []);
  } finally {
    await context.close();
  }
});

test('the progress page: bars with words, a confirmed reset, export and import', async () => {
  const quiz = quizOf(caching);
  const total = quiz.questions.length;
  const all = m.chapters.reduce((n, c) => n + c.quizzes.reduce((k, q) => k + q.questions.length, 0), 0);
  let exported;
  await withPage(browser, {}, async (page) => {
    await page.goto(chapterUrl('demo', caching.permalink));
    await waitForChapter(page, m, caching);
    await answer(page, quiz, quiz.questions[0]);
    await answer(page, quiz, quiz.questions[1], { wrong: true });

    await page.click('nav[aria-label="Chapters"] .sidebar-progress a');
    await page.waitForSelector('h1#progress-title');
    assert.equal(await page.title(), `Your progress · ${m.guide.title}`);
    const pct = Math.round(100 / all);
    assert.equal(await page.textContent('section[aria-labelledby=progress-overall] .meter-text'), `1 of ${all} correct (${pct}%), 2 answered`);
    const row = page.locator('.progress-chapter', { hasText: caching.subtitle ?? caching.title });
    assert.equal(await row.locator('.meter-text').first().textContent(), `2 of ${total} answered, 1 correct`);
    assert.ok((await page.locator('.progress-objectives > li').count()) > 0, 'objectives are listed');
    assert.equal(await page.locator('svg.meter-bar').count(), 1 + m.chapters.filter((c) => c.quizzes.length).length + (await page.locator('.progress-objectives > li').count()));
    await expectNoAxeViolations(page, 'on the progress page');

    // Export: a download named after the guide, in Primer's format.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Export progress')]);
    assert.equal(download.suggestedFilename(), `progress-${m.guide.id}.json`);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    exported = Buffer.concat(chunks);
    const file = JSON.parse(exported.toString('utf8'));
    assert.equal(file.format, 'primer-progress');
    assert.equal(Object.keys(file.answers).length, 2);

    // Reset the chapter: asked first, Cancel keeps everything, Confirm resets.
    const reset = row.locator('button.progress-reset');
    await reset.click();
    await page.waitForFunction(() => document.activeElement?.id === 'reset-cancel');
    await expectNoAxeViolations(page, 'with a confirmation open');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.classList.contains('progress-reset'));
    assert.equal(await row.locator('.meter-text').first().textContent(), `2 of ${total} answered, 1 correct`);
    await reset.click();
    await page.click('text=Confirm reset');
    await waitText(row.locator('.meter-text'), `0 of ${total} answered, 0 correct`);
    assert.match(await page.textContent('.progress-message'), /were reset/);
    // Nothing is left to reset: the button goes, and focus is on the message.
    await page.waitForFunction(() => document.activeElement?.id === 'progress-message');
    assert.equal(await reset.count(), 0, 'no reset for a chapter with nothing answered');
  });

  // Import on another device (a fresh browser context).
  await withPage(browser, { colorScheme: 'dark' }, async (page) => {
    await page.goto(PROGRESS);
    await page.waitForSelector('h1#progress-title');
    await page.setInputFiles('#progress-import', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
    await page.waitForFunction(() => /not a Primer progress export/.test(document.querySelector('.progress-message').textContent));
    const elsewhere = JSON.stringify({ ...JSON.parse(exported.toString('utf8')), guide: 'another-guide' });
    await page.setInputFiles('#progress-import', { name: 'elsewhere.json', mimeType: 'application/json', buffer: Buffer.from(elsewhere) });
    await page.waitForFunction(() => /another guide \("another-guide"\)/.test(document.querySelector('.progress-message').textContent));
    await page.setInputFiles('#progress-import', { name: 'progress.json', mimeType: 'application/json', buffer: exported });
    await page.waitForFunction(() => document.querySelector('.progress-message').textContent === 'Imported 2 answers.');
    const row = page.locator('.progress-chapter', { hasText: caching.subtitle ?? caching.title });
    await waitText(row.locator('.meter-text'), `2 of ${total} answered, 1 correct`);
    await expectNoAxeViolations(page, 'on the progress page, dark theme');
    await page.goto(chapterUrl('demo', caching.permalink));
    await waitForChapter(page, m, caching);
    await page.waitForFunction(() => document.querySelectorAll('.quiz-answered').length === 2);
  });
});
