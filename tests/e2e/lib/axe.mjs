// axe-core's WCAG 2.0/2.1 A and AA rules, run in a page: one helper for
// every end-to-end test that checks accessibility.

import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const AXE = createRequire(import.meta.url).resolve('axe-core');
const RULES = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } };

/**
 * The violations axe-core finds in the page as it is (or in `context`, a
 * selector or element), one readable line each with up to five targets.
 */
export async function axeViolations(page, context = undefined) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  const result = await page.evaluate(([context, rules]) => window.axe.run(context ?? document, rules), [context, RULES]);
  return result.violations.map(
    (v) => `[${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)).join('\n    ')}`,
  );
}

/** axe-core finds no WCAG 2.1 A/AA violation in the page (or `context`); `what` names the moment. */
export async function expectNoAxeViolations(page, what, context = undefined) {
  assert.deepEqual(await axeViolations(page, context), [], `axe violations ${what}`);
}
