// Comments in the browser. A reader creates an account, confirms it from the
// mail the loopback SMTP server received, comments under an article (the
// public pages carry no script, so this is the walk without JavaScript),
// posts a script payload that must stay text, and reports a comment; a
// moderator finds the report on /admin/moderate and approves it with the
// keyboard shortcut (the desk's one script) and rejects another with a
// button. axe runs on every new page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaled } from '../lib/timeouts.mjs';
import { axeViolations, formatViolations } from '../lib/axe.mjs';

const kTestTimeoutMs = scaled(90_000);

function decodeQuotedPrintable(s) {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

async function waitForLink(site, address) {
  const deadline = Date.now() + scaled(15_000);
  for (;;) {
    for (const m of site.mailTo(address)) {
      const link = (decodeQuotedPrintable(m).match(/https?:\/\/[^\s"<>]+\/account\/link\?p=confirm&t=[0-9a-f]{64}/) || [])[0];
      if (link) return link.replace(/&amp;/g, '&');
    }
    if (Date.now() > deadline) return null;
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function assertAccessible(page, label) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, formatViolations(label, violations));
}

// Creates a reader through the sign-up form and the mailed link; the page
// ends signed in on the account page.
async function signUpReader(page, site, name, address) {
  await page.goto(site.url('/account/signup'));
  await page.getByLabel('Display name').fill(name);
  await page.getByLabel('Email address').fill(address);
  await page.getByRole('button', { name: 'Create my account' }).click();
  await page.waitForLoadState('load');
  const link = await waitForLink(site, address);
  assert.ok(link, 'the confirmation mail carries its link');
  await page.goto(link);
  await page.getByRole('button', { name: 'Confirm and sign in' }).click();
  await page.waitForLoadState('load');
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Your account');
}

export default function (env) {
  test('comments without JavaScript: a reply from the story page, a like, a rejection with the desk\'s buttons', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const page = await site.newPage({ javascript: false });
    try {
      const stamp = Date.now();
      // Letters, not the stamp: a long number reads like a phone number to
      // the spam model, and this walk is not about the model.
      const tag = (stamp % 100000).toString(26).replace(/[0-9]/g, (d) => 'qrstuvwxyz'[d]);
      await signUpReader(page, site, `Quiet ${stamp % 100000}`, `quiet-${stamp}@readers.example`);
      await page.goto(site.url(env.pageUrl('article')));
      const words = `Posted with scripts off (${tag}).`;
      await page.getByLabel('Your comment').fill(words);
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.waitForLoadState('load');
      const mine = page.locator('li.comment', { hasText: words });
      assert.equal(await mine.count(), 1, `the comment is on the page, not: ${await page.locator('main').textContent()}`);
      await mine.getByRole('button', { name: /^Like/ }).click();
      await page.waitForLoadState('load');
      assert.match(await page.locator('li.comment', { hasText: words }).textContent(), /Like \(1\)/);

      // The story page carries a thread too; posting there comes back there.
      const storyPath = env.pageUrl('story');
      await page.goto(site.url(storyPath));
      const onStory = `Said under the whole story (${tag}).`;
      await page.getByLabel('Your comment').fill(onStory);
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.waitForLoadState('load');
      assert.ok(new URL(page.url()).pathname.startsWith('/story/'), `back on the story, not ${page.url()}`);
      const top = page.locator('li.comment', { hasText: onStory });
      assert.equal(await top.count(), 1, `the comment is on the story page, not: ${await page.locator('main').textContent()}`);
      // The reply form is a <details>: it opens without script.
      await top.locator('summary', { hasText: 'Reply' }).click();
      const reply = `And a reply to myself (${tag}).`;
      await top.getByLabel(/Your reply to/).fill(reply);
      await top.getByRole('button', { name: 'Post reply' }).click();
      await page.waitForLoadState('load');
      assert.ok(new URL(page.url()).pathname.startsWith('/story/'), `back on the story, not ${page.url()}`);
      assert.equal(await page.locator('li.comment.depth-1', { hasText: reply }).count(), 1,
        `the reply hangs under it, not: ${page.url()} ${await page.locator('main').textContent()}`);

      await site.signIn();
      await page.goto(site.url('/admin/moderate?queue=published'));
      // Matched on the body: the author's history under other items names it too.
      const item = page.locator('.moderation-item', { has: page.locator('.comment-body', { hasText: reply }) });
      assert.equal(await item.count(), 1, 'the reply is in the published queue');
      await item.getByRole('button', { name: 'Reject' }).click();
      await page.waitForLoadState('load');
      await page.goto(site.url('/admin/moderate?queue=rejected'));
      assert.equal(await page.locator('.moderation-item', { has: page.locator('.comment-body', { hasText: reply }) }).count(), 1,
        'rejected without script');
    } finally {
      await page.close();
    }
  });


  test('comments: sign up, confirm from the mail, comment, stay safe, report; a moderator decides', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const page = await site.newPage();
    const dialogs = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
    try {
      const stamp = Date.now();
      const address = `commenter-${stamp}@readers.example`;
      await page.goto(site.url('/account/signup'));
      await assertAccessible(page, 'sign-up page');
      await page.getByLabel('Display name').fill(`Walker ${stamp % 100000}`);
      await page.getByLabel('Email address').fill(address);
      await page.getByRole('button', { name: 'Create my account' }).click();
      await page.waitForLoadState('load');
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Check your inbox');

      const link = await waitForLink(site, address);
      assert.ok(link, 'the confirmation mail carries its link');
      await page.goto(link);
      await page.getByRole('button', { name: 'Confirm and sign in' }).click();
      await page.waitForLoadState('load');
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Your account');
      await assertAccessible(page, 'account page');

      // A comment under an article, and a payload that must stay text.
      await page.goto(site.url(env.pageUrl('article')));
      const comments = page.locator('section.comments');
      assert.equal(await comments.count(), 1, 'the thread is under the article');
      assert.match(await comments.textContent(), /Comment policy/);
      const words = `The harbour walk was flooded again this morning (${stamp}).`;
      await page.getByLabel('Your comment').fill(words);
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.waitForLoadState('load');
      assert.equal(await page.locator('section.comments').count(), 1,
        `back on the article, not: ${await page.locator('main').textContent()}`);
      assert.ok((await page.locator('section.comments').textContent()).includes(words), 'the comment is on the page');
      await assertAccessible(page, 'article with comments');

      const payload = `<img src=x onerror="alert('xss')"><script>alert(1)</script> typed by a tester (${stamp})`;
      await page.getByLabel('Your comment').fill(payload);
      await page.getByRole('button', { name: 'Post comment' }).click();
      await page.waitForLoadState('load');
      // Published, or held by the pipeline for its markup-like symbols:
      // either way no element is made from it and no script runs.
      assert.equal(await page.locator('img[src="x"]').count(), 0, 'no element was made from the payload');
      await page.goto(site.url(env.pageUrl('article')));
      assert.equal(await page.locator('img[src="x"]').count(), 0, 'none on the article either');
      const shown = await page.locator('section.comments').textContent();
      if (shown.includes(String(stamp) + ')') && shown.includes('typed by a tester'))
        assert.ok(shown.includes('<script>alert(1)</script>'), 'a published payload shows as text');
      assert.deepEqual(dialogs, [], 'no script ran');

      // The story page's thread, checked by axe (it needs scripts, so here).
      await page.goto(site.url(env.pageUrl('story')));
      assert.equal(await page.locator('section.comments').count(), 1, 'the story page has its thread');
      await assertAccessible(page, 'story page with comments');
      await page.goto(site.url(env.pageUrl('article')));

      // Report the first comment of the thread.
      await page.locator('section.comments').getByRole('link', { name: 'Report as abusive' }).first().click();
      await page.waitForLoadState('load');
      await assertAccessible(page, 'report page');
      await page.getByLabel('Spam or advertising').check();
      await page.getByRole('button', { name: 'Send report' }).click();
      await page.waitForLoadState('load');
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Thank you for your report');

      // The moderator: the reported queue, approve with the keyboard.
      await site.signIn();
      await page.goto(site.url('/admin/moderate?queue=reported'));
      await assertAccessible(page, 'moderation desk');
      const items = page.locator('.moderation-item');
      assert.ok(await items.count() >= 1, 'the report waits in the queue');
      await items.first().focus();
      await Promise.all([page.waitForNavigation(), page.keyboard.press('a')]);
      await page.goto(site.url('/admin/moderate/log'));
      assert.match(await page.locator('main').textContent(), /approve/, 'the decision is in the audit log');

      // And a rejection with the buttons, on the newest published comment.
      await page.goto(site.url('/admin/moderate?queue=published'));
      await page.locator('.moderation-item').first().getByRole('button', { name: 'Reject' }).click();
      await page.waitForLoadState('load');
      await page.goto(site.url('/admin/moderate?queue=rejected'));
      assert.ok(await page.locator('.moderation-item').count() >= 1, 'the rejected comment is in its queue');
    } finally {
      await page.close();
    }
  });
}
