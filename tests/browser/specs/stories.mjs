// Story pages in the browser: the walk front -> section -> article -> story
// -> source by clicking, a coverage link from an article, the story page's
// accessibility and markup, and screenshots at phone and desktop widths
// (copied to docs/screenshots/story-*.png with BROWSER_TESTS_UPDATE_DOCS=1).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { kRepoRoot } from '../lib/site.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';
import { scaled } from '../lib/timeouts.mjs';

const kTestTimeoutMs = scaled(45_000);
const kPhoneWidth = 360;
const kDesktopWidth = 1280;
const kMaxScreenshotHeight = 2400;

const text = async (locator) => (await locator.textContent()).replace(/\s+/g, ' ').trim();
const hrefs = (html, prefix) =>
  [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1].replaceAll('&amp;', '&')).filter((h) => h.startsWith(prefix));

// An article on the first page of a section river whose story has several
// sources: {section, article, story}. Found by reading HTML, not by ids.
async function findCoveredArticle(env) {
  const { site, catalog } = env;
  for (const section of catalog.sections) {
    const firstPage = (catalog.rivers[section]?.articles ?? []).slice(0, 20);
    for (const article of firstPage) {
      const { status, html } = await site.fetchHtml(article);
      if (status !== 200) continue;
      const story = html.match(/class="full-coverage"><a href="([^"]+)"/);
      if (story) return { section, article, story: story[1].replaceAll('&amp;', '&') };
    }
  }
  return null;
}

let covered; // memoised: several tests start from the same article

export default function (env) {
  const coveredArticle = async () => (covered ??= await findCoveredArticle(env));

  test('the front page leads with multi-source top stories', { timeout: kTestTimeoutMs }, async () => {
    const { html } = await env.site.fetchHtml('/');
    const stories = hrefs(html, '/story/');
    assert.ok(stories.length > 0, 'the front page links story pages (the demo cyclone is covered by four papers)');
  });

  test('front -> section -> article -> story -> source by clicking links', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const target = await coveredArticle();
    assert.ok(target, 'some article on a section front page belongs to a multi-source story');
    const page = await site.newPage();
    try {
      await page.goto(site.url('/'));
      await Promise.all([page.waitForURL((u) => u.pathname === target.section),
        page.locator(`.site-nav a[href="${target.section}"]`).click()]);
      const articleLink = page.locator(`main article.card .card-title a[href="${target.article}"]`);
      assert.equal(await articleLink.count(), 1, `${target.section} lists ${target.article}`);
      await Promise.all([page.waitForURL(/\/article\/\d+/), articleLink.click()]);

      const coverage = page.locator('.full-coverage a');
      const label = await text(coverage);
      const sources = Number(label.match(/(\d+) sources?/)?.[1]);
      assert.ok(sources >= 2, `"${label}" names several sources`);
      await Promise.all([page.waitForURL(/\/story\/\d+/), coverage.click()]);

      assert.equal(await page.locator('h1').count(), 1);
      assert.match(await text(page.locator('.story-page-meta')), new RegExp(`${sources} sources`));
      const times = await page.locator('.timeline time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')));
      assert.ok(times.length >= 2, 'the timeline has several entries');
      const parsed = times.map((t) => Date.parse(t));
      assert.ok(parsed.every((t) => !Number.isNaN(t)), 'timeline dates are machine-readable');
      assert.deepEqual(parsed, [...parsed].sort((a, b) => a - b), 'the timeline runs oldest to newest');
      assert.equal(await page.locator(`.timeline a[href="${target.article}"]`).count(), 1,
        'the article we came from is on the timeline');
      const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
      assert.match(canonical, /\/story\/\d+/);
      const feeds = await page.locator('link[rel="alternate"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')));
      assert.equal(feeds.length, 2, 'RSS and Atom alternates');
      for (const f of feeds) {
        const res = await fetch(site.url(f), { signal: AbortSignal.timeout(scaled(10_000)) });
        assert.equal(res.status, 200, `${f} answers`);
        assert.match(await res.text(), /<(rss|feed)\b/);
      }
      const jsonLd = await page.locator('script[type="application/ld+json"]').evaluateAll((s) => s.map((x) => JSON.parse(x.textContent)));
      assert.deepEqual(jsonLd.map((j) => j['@type']), ['ItemList', 'BreadcrumbList']);

      const source = page.locator('.timeline .timeline-source a').first();
      const sourceName = await text(source);
      await Promise.all([page.waitForURL(/\/source\/[^/?]+$/), source.click()]);
      assert.equal(await text(page.locator('main h1')), sourceName);
    } finally {
      await page.close();
    }
  });

  test('a coverage link on an article leads to another article', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const target = await coveredArticle();
    assert.ok(target);
    const page = await site.newPage();
    try {
      await page.goto(site.url(target.article));
      const link = page.locator('.coverage-links a').first();
      assert.equal(await link.count(), 1, 'the article has Read next, On the same topic or Related links');
      const title = await text(link);
      await Promise.all([page.waitForURL(/\/(article|story)\/\d+/), link.click()]);
      assert.equal(await text(page.locator('main h1')), title);
    } finally {
      await page.close();
    }
  });

  test('the story page has no serious accessibility violations and fits 360 px', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const target = await coveredArticle();
    assert.ok(target);
    const page = await site.newPage({ width: kPhoneWidth, height: 740 });
    try {
      await page.goto(site.url(target.story));
      const violations = await axeViolations(page);
      assert.equal(violations.length, 0, formatViolations(target.story, violations));
      const width = await page.evaluate(() => document.scrollingElement.scrollWidth);
      assert.ok(width <= kPhoneWidth, `scrollWidth ${width} at ${kPhoneWidth} px`);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
      // Every timeline headline from a non-English paper says which language it is in.
      const langs = await page.locator('.timeline-title').evaluateAll((as) => as.map((a) => a.getAttribute('lang')));
      assert.ok(langs.every((l) => l), 'every timeline headline has a lang attribute');
    } finally {
      await page.close();
    }
  });

  test('screenshots of the story page at 360 and 1280 px', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const target = await coveredArticle();
    assert.ok(target);
    const out = path.join(env.artifacts, 'screenshots');
    // docs/screenshots/ changes only on request, so a test run leaves the tree clean.
    const docs = process.env.BROWSER_TESTS_UPDATE_DOCS === '1' ? path.join(kRepoRoot, 'docs', 'screenshots') : null;
    fs.mkdirSync(out, { recursive: true });
    if (docs) fs.mkdirSync(docs, { recursive: true });
    for (const width of [kPhoneWidth, kDesktopWidth]) {
      const page = await site.newPage({ width, height: width === kPhoneWidth ? 740 : 800 });
      try {
        await page.goto(site.url(target.story));
        await page.waitForLoadState('networkidle');
        const height = await page.evaluate(() => document.scrollingElement.scrollHeight);
        const file = path.join(out, `story-${width}.png`);
        await page.screenshot({ path: file, fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, kMaxScreenshotHeight) }, animations: 'disabled' });
        if (docs) fs.copyFileSync(file, path.join(docs, `story-${width}.png`));
      } finally {
        await page.close();
      }
    }
  });
}
