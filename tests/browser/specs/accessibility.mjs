// axe-core on every page type: no serious or critical violations. All rules
// in the light scheme at desktop width, and at phone width for the pages
// whose layout changes most; the dark scheme only changes colours, so there
// only colour contrast is checked (a full matrix triples the run time on a
// shared 2-core machine for little extra coverage).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations } from '../lib/axe.mjs';

// axe on a long front page takes a few seconds on a busy machine.
const kTestTimeoutMs = 60_000;
const kPhoneChecked = new Set(['front', 'article']);

export default function (env) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe: no serious or critical violations (${colorScheme})`, { timeout: kTestTimeoutMs }, async (t) => {
      const { site } = env;
      const report = [];
      for (const { name } of env.pageTypes) {
        const url = env.pageUrl(name);
        if (!url) { t.diagnostic(`no ${name} page to check (not in the demo, or not served yet)`); continue; }
        const widths = colorScheme === 'light' && kPhoneChecked.has(name) ? [1280, 360] : [1280];
        for (const width of widths) {
          const page = await site.newPage({ width, colorScheme });
          try {
            await page.goto(site.url(url));
            const violations = await axeViolations(page, { rules: colorScheme === 'dark' ? ['color-contrast'] : null });
            if (violations.length) report.push(formatViolations(`${name} ${url} @${width}px ${colorScheme}`, violations));
          } finally {
            await page.close();
          }
        }
      }
      assert.equal(report.length, 0, `axe found violations:\n${report.join('\n')}`);
    });
  }
}
