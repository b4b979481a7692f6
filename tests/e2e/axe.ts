/** axe-core in an extension page (evaluate() is not subject to the page's CSP, unlike an injected <script>). */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Every axe violation on the page, as 'rule: targets'; [] when there is none. `context` limits the
 * check to a part of the page (axe's context: a selector inside a shadow root is a list, host first),
 * for DiploLens's own box in a web page whose markup is not DiploLens's.
 */
export async function axeViolations(page: Page, context?: { include: (string | string[])[] }): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async (ctx) => {
    const axe = (window as unknown as { axe: { run(context?: unknown): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const r = await (ctx ? axe.run(ctx) : axe.run());
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, context ?? null);
}
