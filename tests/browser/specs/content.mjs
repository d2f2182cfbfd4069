// What a reader's browser receives besides the text: images that load, the
// language of each story marked for screen readers and fonts, the stylesheet
// and the health check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaled } from '../lib/timeouts.mjs';

const kTestTimeoutMs = scaled(30_000);

export default function (env) {
  test('article images load and have text alternatives', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const page = await site.newPage();
    try {
      await page.goto(site.url(env.pageUrl('article')), { waitUntil: 'load' });
      await page.evaluate(() => Promise.all([...document.images].map((i) => { i.loading = 'eager'; return i.decode().catch(() => {}); })));
      const images = await page.evaluate(() => [...document.querySelectorAll('main img')].map((i) => ({
        src: i.currentSrc || i.src, ok: i.complete && i.naturalWidth > 0, alt: i.getAttribute('alt'),
      })));
      assert.ok(images.length > 0, 'the demo article has a lead image');
      const broken = images.filter((i) => !i.ok).map((i) => i.src);
      assert.deepEqual(broken, [], 'every image loads');
      const noAlt = images.filter((i) => i.alt === null).map((i) => i.src);
      assert.deepEqual(noAlt, [], 'every image has an alt attribute (empty when decorative)');
    } finally {
      await page.close();
    }
  });

  test('non-English stories carry their language on cards and pages', { timeout: kTestTimeoutMs }, async (t) => {
    const { site, catalog } = env;
    // The demo's Chinese, Japanese, Korean and Thai articles (see demo/README.md).
    const wanted = ['zh', 'ja', 'ko', 'th'];
    const found = new Map();
    for (const a of catalog.articles.values()) {
      const base = a.lang.split('-')[0];
      if (wanted.includes(base) && !found.has(base)) found.set(base, a);
    }
    const missing = wanted.filter((l) => !found.has(l));
    if (missing.length) t.diagnostic(`no card marked ${missing.join(', ')}`);
    assert.ok(found.size >= 2, `at least two of ${wanted.join(', ')} appear with lang on cards (found ${[...found.keys()]})`);
    const page = await site.newPage();
    try {
      for (const [lang, card] of found) {
        await page.goto(site.url(card.url));
        const story = await page.locator('article.story').getAttribute('lang');
        assert.equal(story, card.lang, `${card.url}: the story is marked lang=${card.lang}`);
        assert.equal(await page.evaluate(() => document.documentElement.lang), 'en', 'the site chrome stays English');
        // The headline's computed locale reaches the font fallback: CJK and Thai need it.
        const headline = await page.locator('h1.headline').evaluate((h) => h.closest('[lang]').lang);
        assert.equal(headline.split('-')[0], lang);
      }
    } finally {
      await page.close();
    }
  });

  test('stylesheet, icon and health check are served', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const css = await fetch(site.url('/static/site.css'), { signal: AbortSignal.timeout(scaled(10_000)) });
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(await css.text(), /prefers-color-scheme/);
    const icon = await fetch(site.url('/static/favicon.svg'), { signal: AbortSignal.timeout(scaled(10_000)) });
    assert.equal(icon.status, 200);
    assert.match(icon.headers.get('content-type') ?? '', /^image\/svg\+xml/);
    const health = await fetch(site.url('/healthz'), { signal: AbortSignal.timeout(scaled(10_000)) });
    assert.equal(health.status, 200);
    const missing = await fetch(site.url('/static/no-such-file.css'), { signal: AbortSignal.timeout(scaled(10_000)) });
    assert.equal(missing.status, 404);
    const escape = await fetch(site.url('/static/..%2f..%2fCMakeLists.txt'), { signal: AbortSignal.timeout(scaled(10_000)) });
    assert.ok([400, 404].includes(escape.status), `a path escaping /static/ is refused (${escape.status})`);
  });
}
