// The reader: the body verbatim with every quotation highlighted and its speaker named beside
// it, mentions that filter, the clutter kept verbatim under a closed disclosure, prev/next.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, openApp, count, articles, assertNoErrors, withExplorer } from './harness.mjs';

let browser, base, facts;

withExplorer((c) => ({ browser, base, facts } = c));

const normalise = (s) => s.replace(/\r\n?/g, '\n');

test('each article shows its text verbatim, every quotation highlighted with its speaker named', async () => {
  for (const fact of facts) {
    const page = await openApp(browser, base, '#/?article=' + encodeURIComponent(fact.file));
    const file = normalise(await readFile(join(ROOT, 'seeds', fact.file), 'utf8')).replace(/^\uFEFF/, '');
    // Body text without the speaker tags, and the clutter, are slices of the file as written.
    const body = await page.evaluate(() => {
      const el = document.querySelector('[data-testid=article-body]').cloneNode(true);
      el.querySelectorAll('.speaker-tag').forEach((t) => t.remove());
      return el.textContent;
    });
    assert.ok(body.trim().length > 0);
    assert.ok(normalise(file).includes(body), `${fact.file}: the body is shown verbatim`);
    const clutter = page.locator('details.clutter');
    if (await clutter.count()) {
      assert.equal(await clutter.getAttribute('open'), null, 'the clutter is collapsed');
      const text = await page.locator('[data-testid=clutter]').textContent();
      assert.ok(file.endsWith(text) || file.trimEnd().endsWith(text.trimEnd()), `${fact.file}: clutter verbatim at the end`);
      await clutter.locator('summary').click();
      assert.ok(await page.locator('[data-testid=clutter]').isVisible());
    }
    // Quotations: one highlight each (a quotation may wrap, but never nests), each followed by a tag.
    const quotes = page.locator('[data-testid=article-body] mark.quote');
    const distinct = await quotes.evaluateAll((els) => new Set(els.map((e) => e.dataset.quote)).size);
    assert.equal(distinct, fact.quotations, `${fact.file}: quotations highlighted`);
    const tags = page.locator('[data-testid=article-body] .speaker-tag');
    assert.equal(await tags.count(), fact.quotations, `${fact.file}: a speaker beside every quotation`);
    for (const tag of await tags.all()) {
      const name = (await tag.textContent()).replace(/\(quotation of|\)/g, '').trim();
      assert.ok(name === 'speaker not named' || fact.actors.includes(name), `${fact.file}: speaker ${name} is an actor of the article`);
      assert.ok(await tag.isVisible(), 'the speaker is visible, not only on hover');
    }
    assertNoErrors(page);
    await page.context().close();
  }
});

test('the speaker of a quotation has the same colour in the reader and in the quotes view', async (t) => {
  const withQuotes = facts.find((f) => f.quotations > 0);
  if (!withQuotes) return t.skip('no quotations extracted yet');
  const page = await openApp(browser, base, '#/?article=' + encodeURIComponent(withQuotes.file));
  const tag = page.locator('[data-testid=article-body] a.speaker-tag').first();
  if (!(await tag.count())) return t.skip('no attributed quotation');
  const name = (await tag.textContent()).replace(/\(quotation of|\)/g, '').trim();
  const hue = await tag.evaluate((e) => e.style.getPropertyValue('--h'));
  await page.goto(base + '#/?view=quotes');
  await page.waitForSelector('[data-testid=quote-count]');
  const group = page.locator(`.speaker-group[data-speaker="${name}"]`);
  assert.equal(await group.evaluate((e) => e.style.getPropertyValue('--h')), hue);
  assertNoErrors(page);
  await page.context().close();
});

test('mentions can be highlighted and clicked to filter by that actor', async (t) => {
  const fact = facts.find((f) => f.actors.length > 0);
  if (!fact) return t.skip('no actors extracted yet');
  const page = await openApp(browser, base, '#/?article=' + encodeURIComponent(fact.file));
  await page.getByLabel('Highlight mentions in the text').check();
  const mention = page.locator('[data-testid=article-body] a.mention').first();
  assert.ok(await mention.count(), 'mentions are links');
  const name = (await mention.getAttribute('title')).replace(/^Filter by /, '');
  await mention.click();
  await page.waitForSelector('[data-testid=count]');
  const expected = facts.filter((a) => a.actors.includes(name)).length;
  assert.equal(await count(page), articles(expected));
  assertNoErrors(page);
  await page.context().close();
});

test('previous and next follow the filtered list and stop at its ends', async () => {
  const page = await openApp(browser, base, '#/');
  const files = await page.locator('ol.cards > li').evaluateAll((els) => els.map((e) => e.dataset.file));
  await page.locator('ol.cards .card-title a').first().click();
  await page.waitForSelector('[data-testid=article-body]');
  assert.equal(await page.locator('.prevnext .disabled').first().textContent(), '← Previous');
  for (let i = 1; i < files.length; i++) {
    await page.getByRole('link', { name: 'Next →' }).click();
    await page.waitForFunction((i) => document.querySelector('.reader-nav .where')?.textContent.startsWith(`Article ${i + 1} `), i);
    assert.match(decodeURIComponent(page.url()), new RegExp(files[i].replace(/\./g, '\\.')));
  }
  assert.equal(await page.locator('.prevnext .disabled').last().textContent(), 'Next →');
  assertNoErrors(page);
  await page.context().close();
});
