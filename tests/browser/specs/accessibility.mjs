// axe-core on every page type: no serious or critical violations. All rules
// in the light scheme at desktop width, and at phone width for the pages
// whose layout changes most; the dark scheme only changes colours, so there
// only colour contrast (WCAG AA) is checked (a full matrix triples the run
// time on a shared 2-core machine for little extra coverage). One test per
// page type, so a failure names the page and a slow page cannot starve the rest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { axeViolations, formatViolations } from '../lib/axe.mjs';
import { scaled } from '../lib/timeouts.mjs';

// axe on a long front page takes a few seconds on a busy machine; three runs per page.
const kTestTimeoutMs = scaled(45_000);
const kPhoneChecked = new Set(['front', 'article', 'article-rtl', 'search', 'admin-sources']);

export default function (env) {
  for (const { name } of env.pageTypes) {
    test(`axe: ${name}: no serious or critical violations (light and dark)`, { timeout: kTestTimeoutMs }, async (t) => {
      const { site } = env;
      const url = env.pageUrl(name);
      if (!url) return t.skip(`no ${name} page to check (not in the demo, or not served yet)`);
      const runs = [[1280, 'light', null], [1280, 'dark', ['color-contrast']]];
      if (kPhoneChecked.has(name)) runs.splice(1, 0, [360, 'light', null]);
      const report = [];
      for (const [width, colorScheme, rules] of runs) {
        const page = await site.newPage({ width, colorScheme });
        try {
          await page.goto(site.url(url));
          const violations = await axeViolations(page, { rules });
          if (violations.length) report.push(formatViolations(`${name} ${url} @${width}px ${colorScheme}`, violations));
        } finally {
          await page.close();
        }
      }
      assert.equal(report.length, 0, `axe found violations:\n${report.join('\n')}`);
    });
  }
}
