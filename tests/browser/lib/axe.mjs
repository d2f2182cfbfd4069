// axe-core in a page: injects axe.min.js from node_modules and returns the
// violations of the given impacts, formatted one per line for a failure message.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const kAxePath = require.resolve('axe-core/axe.min.js');
// At most this many offending elements are listed per rule: enough to find
// the template, short enough to read.
const kNodesPerRule = 5;

// `rules`, when given, limits the run to those rule ids (e.g. only
// 'color-contrast' for a second colour scheme of an already checked page).
export async function axeViolations(page, { impacts = ['serious', 'critical'], rules = null } = {}) {
  await page.addScriptTag({ path: kAxePath });
  const options = { resultTypes: ['violations'] };
  if (rules) options.runOnly = { type: 'rule', values: rules };
  const result = await page.evaluate((o) => window.axe.run(document, o), options);
  return result.violations.filter((v) => impacts.includes(v.impact));
}

export function formatViolations(label, violations) {
  const lines = [];
  for (const v of violations) {
    lines.push(`${label}: [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s)) ${v.helpUrl}`);
    for (const n of v.nodes.slice(0, kNodesPerRule)) {
      lines.push(`    ${n.target.join(' ')}  ${n.html.slice(0, 160)}`);
      if (n.failureSummary) lines.push(`      ${n.failureSummary.replace(/\s*\n\s*/g, '; ')}`);
    }
  }
  return lines.join('\n');
}
