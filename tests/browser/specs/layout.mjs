// Layout in the browser: no horizontal scrolling at 360 px, a dark colour
// scheme, right-to-left articles, and screenshots of the main page types.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { kRepoRoot } from '../lib/site.mjs';
import { kRtlLanguages } from '../lib/catalog.mjs';

const kTestTimeoutMs = 60_000;
const kPhoneWidth = 360;
const kDesktopWidth = 1280;
// Full-page screenshots of a long river are cut to this height: enough to
// show the layout, small enough to keep the committed PNGs light.
const kMaxScreenshotHeight = 2400;

export default function (env) {
  test(`no horizontal scrolling at ${kPhoneWidth} px`, { timeout: kTestTimeoutMs }, async (t) => {
    const { site } = env;
    const wide = [];
    for (const { name } of env.pageTypes) {
      const url = env.pageUrl(name);
      if (!url) { t.diagnostic(`no ${name} page to check (not in the demo, or not served yet)`); continue; }
      const page = await site.newPage({ width: kPhoneWidth, height: 740 });
      try {
        await page.goto(site.url(url));
        const m = await page.evaluate((limit) => {
          const offenders = [];
          for (const el of document.querySelectorAll('body *')) {
            const r = el.getBoundingClientRect();
            if (r.right > limit + 0.5 && r.width > 0) {
              offenders.push(`${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} (right edge ${Math.round(r.right)})`);
            }
          }
          return { scrollWidth: document.scrollingElement.scrollWidth, offenders: offenders.slice(0, 5) };
        }, kPhoneWidth);
        if (m.scrollWidth > kPhoneWidth) wide.push(`${name} ${url}: scrollWidth ${m.scrollWidth}; ${m.offenders.join(', ')}`);
      } finally {
        await page.close();
      }
    }
    assert.deepEqual(wide, [], `pages wider than ${kPhoneWidth} px:\n${wide.join('\n')}`);
  });

  test('dark colour scheme changes the background and text colours', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const colours = {};
    for (const colorScheme of ['light', 'dark']) {
      const page = await site.newPage({ colorScheme });
      try {
        await page.goto(site.url(env.pageUrl('article')));
        colours[colorScheme] = await page.evaluate(() => {
          const bg = (el) => getComputedStyle(el).backgroundColor;
          const body = document.body;
          // The visible background is the body's, or the root's when the body is transparent.
          const background = bg(body) === 'rgba(0, 0, 0, 0)' ? bg(document.documentElement) : bg(body);
          return { background, text: getComputedStyle(document.querySelector('.story-body')).color };
        });
      } finally {
        await page.close();
      }
    }
    assert.notEqual(colours.dark.background, colours.light.background, 'background differs in dark mode');
    assert.notEqual(colours.dark.text, colours.light.text, 'text colour differs in dark mode');
    const lum = (rgb) => {
      const [r, g, b] = rgb.match(/\d+(\.\d+)?/g).map(Number);
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    assert.ok(lum(colours.dark.background) < lum(colours.light.background), `dark background ${colours.dark.background} is darker`);
  });

  test('right-to-left articles are marked and laid out right to left', { timeout: kTestTimeoutMs }, async (t) => {
    const { site, catalog } = env;
    const rtl = [...catalog.articles.values()].find((a) => kRtlLanguages.test(a.lang));
    if (!rtl) return t.skip('the demo has no Urdu, Arabic or other right-to-left article');
    assert.equal(rtl.dir, 'rtl', `the card of ${rtl.url} (${rtl.lang}) has dir="rtl"`);
    const page = await site.newPage();
    try {
      await page.goto(site.url(rtl.url));
      const story = page.locator('article.story');
      assert.equal(await story.getAttribute('dir'), 'rtl');
      assert.equal(await story.getAttribute('lang'), rtl.lang);
      assert.equal(await story.evaluate((el) => getComputedStyle(el.querySelector('.story-body')).direction), 'rtl');
      assert.equal(await page.evaluate(() => document.documentElement.dir || 'ltr'), 'ltr', 'the site chrome stays left to right');
    } finally {
      await page.close();
    }
  });

  test('screenshots of front, section and article pages', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const out = path.join(env.artifacts, 'screenshots');
    const docs = path.join(kRepoRoot, 'docs', 'screenshots');
    fs.mkdirSync(out, { recursive: true });
    fs.mkdirSync(docs, { recursive: true });
    // [page type, width, colour scheme, copy to docs/]
    const shots = [];
    for (const type of ['front', 'section', 'article']) {
      for (const width of [kPhoneWidth, kDesktopWidth]) shots.push([type, width, 'light', true]);
    }
    // Dark mode is for reviewers only; the docs show the default scheme.
    shots.push(['front', kDesktopWidth, 'dark', false], ['article', kPhoneWidth, 'dark', false]);
    for (const [type, width, colorScheme, toDocs] of shots) {
      const page = await site.newPage({ width, height: width === kPhoneWidth ? 740 : 800, colorScheme });
      try {
        await page.goto(site.url(env.pageUrl(type)));
        // Lazy images below the fold would otherwise be blank in a full-page shot.
        await page.evaluate(() => document.querySelectorAll('img[loading="lazy"]').forEach((i) => { i.loading = 'eager'; }));
        await page.waitForLoadState('networkidle');
        const height = await page.evaluate(() => document.scrollingElement.scrollHeight);
        const name = `${type}-${width}${colorScheme === 'dark' ? '-dark' : ''}.png`;
        const file = path.join(out, name);
        await page.screenshot({ path: file, fullPage: true,
          clip: { x: 0, y: 0, width, height: Math.min(height, kMaxScreenshotHeight) }, animations: 'disabled' });
        if (toDocs) fs.copyFileSync(file, path.join(docs, name));
      } finally {
        await page.close();
      }
    }
  });
}
