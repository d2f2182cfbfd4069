// The newsletter in the browser: a reader signs up in the box under an
// article, the confirmation mail arrives at the loopback SMTP server
// (lib/site.mjs), and its link confirms the subscription.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { scaled } from '../lib/timeouts.mjs';

const kTestTimeoutMs = scaled(45_000);

// The text a quoted-printable body decodes to, enough to read a link back.
function decodeQuotedPrintable(s) {
  return s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16)));
}

async function waitForMail(site, address) {
  const deadline = Date.now() + scaled(10_000);
  for (;;) {
    const mail = site.mailTo(address);
    if (mail.length) return mail;
    if (Date.now() > deadline) return [];
    await new Promise((r) => setTimeout(r, 100));
  }
}

export default function (env) {
  test('newsletter: sign up under an article, read the mail, confirm', { timeout: kTestTimeoutMs }, async () => {
    const { site } = env;
    const page = await site.newPage();
    try {
      await page.goto(site.url(env.pageUrl('article')));
      const box = page.locator('section.newsletter-box');
      assert.equal(await box.count(), 1, 'the sign-up box is under the article');
      assert.match(await box.textContent(), /Privacy Policy/);
      const address = `reader-${Date.now()}@readers.example`;
      await box.getByLabel('Email address').fill(address);
      await box.getByRole('button', { name: 'Sign up' }).click();
      await page.waitForLoadState('load');
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Check your inbox');

      const mail = await waitForMail(site, address);
      assert.equal(mail.length, 1, 'exactly one message: the confirmation');
      const text = decodeQuotedPrintable(mail[0]);
      const link = (text.match(/https?:\/\/[^\s"<>]+\/newsletter\/confirm\?t=[0-9a-f]{64}/) || [])[0];
      assert.ok(link, 'the confirmation mail carries the link');

      await page.goto(link);
      assert.equal((await page.locator('main h1').textContent()).trim(), 'Confirm your subscription',
        'opening the link alone confirms nothing');
      await page.getByRole('button', { name: 'Confirm my subscription' }).click();
      await page.waitForLoadState('load');
      assert.equal((await page.locator('main h1').textContent()).trim(), 'You are subscribed');
      assert.equal(site.mailTo(address).length, 1, 'nothing else was sent');
    } finally {
      await page.close();
    }
  });
}
