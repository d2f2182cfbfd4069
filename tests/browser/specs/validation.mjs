// The server's HTML of every page type, saved to test-artifacts/html/, passes
// the Nu HTML validator with no errors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { validateHtml } from '../lib/vnu.mjs';
import { scaled } from '../lib/timeouts.mjs';

const kTestTimeoutMs = scaled(100_000);

let pending = null; // Promise<{files, errors}> started by prepare()

async function validateAll(env) {
  const { site } = env;
  const dir = path.join(env.artifacts, 'html');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const files = new Map(); // file -> "type url"
  const missing = [];
  for (const { name } of env.pageTypes) {
    const url = env.pageUrl(name);
    if (!url) { missing.push(name); continue; }
    const { html } = await site.fetchHtml(url);
    const file = path.join(dir, `${name}.html`);
    fs.writeFileSync(file, html);
    files.set(file, `${name} ${url}`);
  }
  return { files, missing, errors: await validateHtml([...files.keys()]) };
}

// Java starts slowly: validation runs while the browser tests do.
export function prepare(env) {
  pending = validateAll(env);
  pending.catch(() => {}); // reported by the test below, not as an unhandled rejection
}

export default function (env) {
  test('Nu HTML validator: no errors on any page type', { timeout: kTestTimeoutMs }, async (t) => {
    const { files, missing, errors } = await (pending ?? validateAll(env));
    for (const name of missing) t.diagnostic(`no ${name} page to check (not in the demo, or not served yet)`);
    const lines = errors.map((e) =>
      `${files.get(e.file) ?? e.file} (${path.basename(e.file)}:${e.line}:${e.column}): ${e.message}` +
      (e.extract ? `\n    ${e.extract.replace(/\n/g, ' ').slice(0, 160)}` : ''));
    assert.equal(errors.length, 0, `Nu validator errors:\n${lines.join('\n')}`);
  });
}
