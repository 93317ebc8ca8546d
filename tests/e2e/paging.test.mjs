// Lists longer than a page: scripts/test builds the explorer over 150 generated articles into
// target/e2e/generated/. The DOM holds a page of each long list; "Show N more" adds the next page
// (by keyboard too), scrolling near the end adds it by itself, and a filter change goes back to
// one page. Nothing is lost or shown twice on the way.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openApp, openPage, count, articles, assertNoErrors, screenshot, withExplorer } from './harness.mjs';

const GENERATED_DIST = process.env.GENERATED_DIST ?? join(ROOT, 'target/e2e/generated');
const CARDS_PAGE = 12;
const STATEMENTS_PAGE = 100;
let browser, base, facts;

before(() => assert.ok(existsSync(join(GENERATED_DIST, 'index.html')), `scripts/test builds ${GENERATED_DIST}`));
withExplorer((c) => ({ browser, base, facts } = c), GENERATED_DIST);

const cards = (page) => page.locator('ol.cards > .card');
const files = (page) => cards(page).evaluateAll((els) => els.map((e) => e.dataset.file));


/** Presses a view's "Show more" button where it stands. A click that first scrolls it into view
 *  also wakes the observer that loads the next page near the end, which redraws the button the
 *  click aimed at (on a slow machine, again and again until the list runs out). */
async function showMore(page, view) {
  await page.locator(`${view} .show-more button`).evaluate((b) => b.click());
}

test('the list renders one page of cards, and "Show more" the next one, by keyboard', async () => {
  assert.ok(facts.length > 3 * CARDS_PAGE, `the generated corpus is longer than three pages (${facts.length})`);
  const page = await openApp(browser, base, '#/');
  assert.equal(await count(page), articles(facts.length));
  assert.equal(await cards(page).count(), CARDS_PAGE, 'one page at first');
  const more = page.locator('.list-view .show-more');
  assert.match(await more.textContent(), new RegExp(`Show ${CARDS_PAGE} more\\s+${facts.length - CARDS_PAGE} articles not shown yet`));
  assert.deepEqual(await files(page), facts.slice(0, CARDS_PAGE).map((a) => a.file), 'the first page in list order');

  await more.getByRole('button').focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('ol.cards > .card').length >= n, 2 * CARDS_PAGE);
  assert.deepEqual((await files(page)).slice(0, 2 * CARDS_PAGE), facts.slice(0, 2 * CARDS_PAGE).map((a) => a.file));
  assertNoErrors(page);
  await page.context().close();
});

test('the first page comes with the first load; later cards and quotations fetch their words', async () => {
  const page = await openPage(browser);
  const fetched = [];
  page.on('request', (r) => { if (r.url().includes('/chunks/')) fetched.push(r.url()); });
  await page.goto(base + '#/');
  await page.waitForSelector('ol.cards > .card');
  assert.ok(await page.$$eval('.card .lede', (ls) => ls.length > 0 && ls.every((l) => l.textContent.length > 20)), 'every lede is there when the cards appear');
  assert.deepEqual(fetched, [], 'no chunk for the first page');
  await showMore(page, '.list-view');
  await page.waitForFunction((n) => document.querySelectorAll('ol.cards > .card').length >= n, 2 * CARDS_PAGE);
  await page.waitForFunction(() => !document.body.dataset.busy && [...document.querySelectorAll('.card .lede')].every((l) => l.textContent.length > 20));
  assert.ok(fetched.length >= 1, 'the second page fetches its cards');
  const forList = fetched.length;
  await page.goto(base + '#/?view=quotes');
  await page.waitForFunction(() => !document.body.dataset.busy && document.querySelectorAll('.quote-card blockquote').length > 0);
  assert.ok(fetched.length > forList, 'quotations beyond the first page fetch their words');
  const placeholders = await page.$$eval('.quote-card blockquote', (bs) => bs.filter((b) => b.textContent.trim() === '“…”').length);
  assert.equal(placeholders, 0, 'every quotation shows its words once its chunk is here');
  assertNoErrors(page);
  await page.context().close();
});

test('scrolling to the end shows every article once, in order, then no button', async () => {
  const page = await openApp(browser, base, '#/');
  for (let i = 0; i < 40 && (await page.locator('.list-view .show-more').count()); i++) {
    await page.locator('.list-view .show-more').scrollIntoViewIfNeeded();
    await page.waitForTimeout(50);
  }
  assert.equal(await page.locator('.list-view .show-more').count(), 0, 'the button goes once everything is shown');
  assert.deepEqual(await files(page), facts.map((a) => a.file), 'every article once, in list order');
  // The generator puts a date and a byline on lines of their own above many stories: a card opens
  // on the story's first sentence instead.
  await page.waitForFunction(() => [...document.querySelectorAll('.card .lede')].every((l) => l.textContent.length > 20));
  const ledes = await page.locator('.card .lede').allTextContents();
  const furniture = ledes.filter((l) => /^(By |[A-Z][a-z]+ \d{1,2}, \d{4} )/.test(l));
  assert.deepEqual(furniture, [], 'no lede opens on a date line or a byline');
  await screenshot(page, 'paging-list-end');
  assertNoErrors(page);
  await page.context().close();
});

test('a filter change goes back to one page of the new list', async () => {
  // The actor with most articles that still leaves more than a page.
  const by = new Map();
  for (const a of facts) for (const name of a.actors) by.set(name, (by.get(name) ?? 0) + 1);
  const [actor, n] = [...by].filter(([, k]) => k > CARDS_PAGE && k < facts.length).sort((a, b) => b[1] - a[1])[0];
  const page = await openApp(browser, base, '#/');
  await showMore(page, '.list-view');
  await page.waitForFunction((k) => document.querySelectorAll('ol.cards > .card').length >= k, 2 * CARDS_PAGE);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.goto(base + `#/?actor=${encodeURIComponent(actor)}`);
  await page.waitForFunction((t) => document.querySelector('[data-testid=count]').textContent.trim() === t, articles(n));
  assert.equal(await cards(page).count(), CARDS_PAGE);
  const expected = facts.filter((a) => a.actors.includes(actor)).slice(0, CARDS_PAGE).map((a) => a.file);
  assert.deepEqual(await files(page), expected);
  assertNoErrors(page);
  await page.context().close();
});

test('who said what shows a hundred statements a page', async () => {
  const page = await openApp(browser, base, '#/?view=quotes');
  const statements = page.locator('.quotes-view .statements > li');
  const total = Number((await page.getByTestId('quote-count').textContent()).match(/\d+/)[0]);
  assert.ok(total > STATEMENTS_PAGE, `more quotations than a page (${total})`);
  assert.equal(await statements.count(), STATEMENTS_PAGE);
  await showMore(page, '.quotes-view');
  await page.waitForFunction((n) => document.querySelectorAll('.quotes-view .statements > li').length > n, STATEMENTS_PAGE);
  const shown = await statements.count();
  assert.ok(shown <= 2 * STATEMENTS_PAGE, `at most two pages after one click (${shown})`);
  assertNoErrors(page);
  await page.context().close();
});
