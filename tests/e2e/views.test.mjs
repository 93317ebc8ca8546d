// The screens beyond the list: the timeline, "who said what", the actor page, the exports, and
// accessibility (axe-core) of every screen in both themes at desktop and phone widths, with a
// screenshot of each in tests/e2e/artifacts/. Expectations come from the app's own JSON exports.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openApp, count, articles, downloadText, assertNoErrors, axe, screenshot, withExplorer } from './harness.mjs';

let browser, base, facts, quotes;

withExplorer(async (c) => {
  ({ browser, base, facts } = c);
  const page = await openApp(browser, base, '#/?view=quotes');
  quotes = JSON.parse((await downloadText(page, page.getByRole('button', { name: /quotations shown as JSON/ }))).text);
  await page.context().close();
});

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The timeline's months in order, as `YYYY-MM`, with the centre of each slot on screen. */
async function months(page) {
  const slots = await page.locator('[data-testid=timeline] g.bars > g').all();
  const out = [];
  for (const g of slots) {
    const [mon, year] = (await g.locator('title').textContent()).split(':')[0].split(' ');
    const box = await g.locator('rect.slot').boundingBox();
    out.push({ month: `${year}-${String(MONTHS.indexOf(mon) + 1).padStart(2, '0')}`, x: box.x + box.width / 2, y: box.y + box.height / 2 });
  }
  return out;
}
const undated = () => facts.filter((a) => !a.date).length;
const inMonths = (from, to) => facts.filter((a) => a.date && a.date.length >= 7 && a.date.slice(0, 7) >= from && a.date.slice(0, 7) <= to).length;

test('the timeline: clicking a month and dragging over months set the date range', async (t) => {
  const page = await openApp(browser, base, '#/');
  if (!(await page.locator('[data-testid=timeline]').count())) return t.skip('no article is dated to the month');
  const ms = await months(page);
  const busiest = ms.map((m) => ({ ...m, n: inMonths(m.month, m.month) })).sort((a, b) => b.n - a.n)[0];
  await page.mouse.click(busiest.x, busiest.y);
  await page.waitForFunction(() => document.querySelector('#date-from').value !== '');
  assert.equal((await page.inputValue('#date-from')).slice(0, 7), busiest.month);
  assert.equal((await page.inputValue('#date-to')).slice(0, 7), busiest.month);
  assert.equal(await count(page), articles(busiest.n + undated()));
  // Drag from the first month to the last: everything dated to a month is in range.
  const [first, last] = [ms[0], ms[ms.length - 1]];
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  await page.mouse.move((first.x + last.x) / 2, first.y, { steps: 4 });
  await page.mouse.move(last.x, last.y, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction((m) => document.querySelector('#date-to').value.startsWith(m), last.month);
  assert.equal((await page.inputValue('#date-from')).slice(0, 7), first.month);
  assert.equal(await count(page), articles(inMonths(first.month, last.month) + undated() + facts.filter((a) => a.date?.length === 4 && a.date >= first.month.slice(0, 4) && a.date <= last.month.slice(0, 4)).length));
  assertNoErrors(page);
  await page.context().close();
});

test('the timeline follows the other filters: its bars count what they leave, the chosen months stand out', async (t) => {
  const page = await openApp(browser, base, '#/');
  if (!(await page.locator('[data-testid=timeline]').count())) return t.skip('no article is dated to the month');
  const bars = page.locator('[data-testid=timeline] g.bars > g');
  const counted = async () => (await bars.locator('title').allTextContents()).reduce((n, s) => n + Number(s.match(/: (\d+) articles?$/)[1]), 0);
  const filled = async () => (await bars.locator('rect.fill').evaluateAll((rs) => rs.map((r) => Number(r.getAttribute('height'))))).filter((h) => h > 0).length;
  const monthly = (list) => list.filter((a) => a.date && a.date.length >= 7);
  const busyMonths = (list) => new Set(monthly(list).map((a) => a.date.slice(0, 7))).size;
  assert.equal(await counted(), monthly(facts).length);
  assert.equal(await filled(), busyMonths(facts));
  // An actor (changed in place, through the address) narrows the bars to their articles.
  const names = [...new Set(facts.flatMap((a) => a.actors))];
  const name = names.find((n) => monthly(facts.filter((a) => a.actors.includes(n))).length < monthly(facts).length);
  if (!name) return t.skip('every actor is in every dated article');
  const theirs = facts.filter((a) => a.actors.includes(name));
  await page.evaluate((h) => { location.hash = h; }, '#/?actor=' + encodeURIComponent(name));
  await page.waitForFunction((n) => document.querySelector('[data-testid=count]').textContent.startsWith(`${n} `), theirs.length);
  assert.equal(await counted(), monthly(theirs).length);
  assert.equal(await filled(), busyMonths(theirs));
  assert.equal(await page.locator('[data-testid=timeline] g.bars > g:is(.in, .out)').count(), 0, 'no month stands out without a date range');
  // A date range marks its months in and the others out; the bars keep their counts.
  const first = monthly(theirs).map((a) => a.date.slice(0, 7)).sort()[0];
  await page.evaluate((h) => { location.hash = h; }, `#/?actor=${encodeURIComponent(name)}&from=${first}-01&to=${first}-28`);
  await page.waitForFunction(() => document.querySelector('[data-testid=timeline] g.bars > g.in'));
  const inside = await page.locator('[data-testid=timeline] g.bars > g.in title').allTextContents();
  assert.deepEqual(inside.map((s) => s.split(':')[0]), [`${MONTHS[Number(first.slice(5)) - 1]} ${first.slice(0, 4)}`]);
  assert.equal(await page.locator('[data-testid=timeline] g.bars > g.out').count(), (await bars.count()) - 1);
  assert.equal(await counted(), monthly(theirs).length);
  assertNoErrors(page);
  await page.context().close();
});

test('who said what: quotations grouped by speaker, one statement reported twice shown together', async () => {
  const page = await openApp(browser, base, '#/?view=quotes');
  const total = facts.reduce((n, a) => n + a.quotations, 0);
  assert.equal(quotes.length, total, 'the quotes view holds every quotation');
  assert.equal(await page.locator('[data-testid=quote-count]').textContent(), total === 1 ? '1 quotation' : `${total} quotations`);
  // One group per speaker, each with that speaker's number of quotations.
  const bySpeaker = new Map();
  for (const q of quotes) bySpeaker.set(q.speaker ?? '', (bySpeaker.get(q.speaker ?? '') ?? 0) + 1);
  const groups = page.locator('section.speaker-group');
  assert.equal(await groups.count(), bySpeaker.size);
  for (const g of await groups.all()) {
    const who = await g.getAttribute('data-speaker');
    assert.match(await g.locator('h2').textContent(), new RegExp(`${bySpeaker.get(who)} quotations?`), `group ${who || 'unnamed'}`);
  }
  // Statements reported in several articles are one item with its versions (a quotation
  // reported once has no statement number).
  const statements = new Map();
  for (const q of quotes.filter((q) => q.statement != null)) statements.set(q.statement, [...(statements.get(q.statement) ?? []), q]);
  const shared = [...statements.values()].filter((v) => new Set(v.map((q) => q.file)).size > 1);
  assert.ok(shared.length > 0, 'the seeds report at least one statement in two articles');
  assert.equal(await page.locator('li.statement').count(), [...statements.values()].filter((v) => v.length > 1).length);
  const label = await page.locator('li.statement .statement-label').first().textContent();
  assert.match(label, /One statement, \d+ versions/);
  // A quotation links to its place in the article.
  const link = page.locator('li.statement a[href*="quote="]').first();
  await link.click();
  await page.waitForSelector('[data-testid=article-body] mark.quote.target, [data-testid=article-body] .target');
  assertNoErrors(page);
  await page.context().close();
});

test('the actor page: their articles, their quotations and the actors they appear with most', async () => {
  const counts = new Map();
  for (const a of facts) for (const n of a.actors) counts.set(n, (counts.get(n) ?? 0) + 1);
  const speakers = new Set(quotes.map((q) => q.speaker).filter(Boolean));
  const who = [...counts.keys()].filter((n) => speakers.has(n)).sort((a, b) => counts.get(b) - counts.get(a))[0];
  const page = await openApp(browser, base, '#/?view=actor&who=' + encodeURIComponent(who));
  assert.equal((await page.locator('main h1').textContent()).trim(), who);
  assert.equal(await page.locator('[data-testid=actor-articles] > li').count(), counts.get(who));
  const theirs = quotes.filter((q) => q.speaker === who).length;
  assert.equal(await page.locator('[data-testid=actor-stats]').textContent(),
    `Mentioned in ${articles(counts.get(who))}, quoted ${theirs} time${theirs === 1 ? '' : 's'}.`);
  // The first companion is the actor sharing the most articles with them.
  const together = new Map();
  for (const a of facts.filter((a) => a.actors.includes(who))) for (const n of a.actors) if (n !== who) together.set(n, (together.get(n) ?? 0) + 1);
  const top = Math.max(...together.values());
  const first = (await page.locator('[data-testid=companions] li a').first().textContent()).trim();
  assert.equal(together.get(first), top);
  // "Filter the article list" goes to the list with that actor chosen.
  await page.getByRole('link', { name: `Filter the article list by ${who}` }).click();
  await page.waitForSelector('[data-testid=count]');
  assert.equal(await count(page), articles(counts.get(who)));
  assertNoErrors(page);
  await page.context().close();
});

test('the exports hold exactly what is shown, as CSV and JSON', async () => {
  const name = facts.flatMap((a) => a.actors)[0];
  const page = await openApp(browser, base, '#/?actor=' + encodeURIComponent(name));
  const shown = facts.filter((a) => a.actors.includes(name));
  const json = JSON.parse((await downloadText(page, page.getByRole('button', { name: /as JSON/ }))).text);
  assert.deepEqual(json.map((a) => a.file).sort(), shown.map((a) => a.file).sort());
  const csv = await downloadText(page, page.getByRole('button', { name: /as CSV/ }));
  assert.match(csv.name, /\.csv$/);
  const lines = csv.text.trim().split(/\r?\n/);
  assert.equal(lines[0], 'file,title,outlet,date,url,actors,quotations');
  assert.equal(lines.length, shown.length + 1);
  for (const a of shown) assert.ok(csv.text.includes(a.file), a.file);
  // The quotations of the same filter.
  await page.getByRole('link', { name: 'Who said what' }).click();
  await page.waitForSelector('[data-testid=quote-count]');
  const qs = JSON.parse((await downloadText(page, page.getByRole('button', { name: /quotations shown as JSON/ }))).text);
  assert.deepEqual(qs, quotes.filter((q) => shown.some((a) => a.file === q.file)));
  const qcsv = (await downloadText(page, page.getByRole('button', { name: /quotations shown as CSV/ }))).text;
  assert.ok(qcsv.startsWith('speaker,quotation,file,title,outlet,date,statement,start,end'));
  assertNoErrors(page);
  await page.context().close();
});

test('every screen passes axe in both themes at 1280 and 360 px wide (screenshots saved)', async () => {
  const first = facts[0];
  const speaker = quotes.find((q) => q.speaker)?.speaker ?? facts[0].actors[0];
  const screens = {
    list: '#/',
    filtered: '#/?actor=' + encodeURIComponent(facts[0].actors[0]) + '&q=the',
    quotes: '#/?view=quotes',
    actor: '#/?view=actor&who=' + encodeURIComponent(speaker),
    reader: '#/?article=' + encodeURIComponent(first.file) + '&mentions=1',
    embed: '#/?embed=1&actor=' + encodeURIComponent(facts[0].actors[0]),
  };
  const failures = [];
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      for (const [name, hash] of Object.entries(screens)) {
        const page = await openApp(browser, base, hash, { width, height: 900, colorScheme, bypassCSP: true });
        if (width === 360 && name !== 'embed') {
          // The filter panel folds away on phones: check it open as well.
          await page.getByRole('button', { name: /^Filters/ }).click();
        }
        await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
        const violations = await axe(page);
        if (violations.length) failures.push(`${name} ${colorScheme} ${width}px:\n  ${violations.join('\n  ')}`);
        // Nothing may stick out sideways on a phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 0, `${name} ${colorScheme} ${width}px scrolls sideways by ${overflow}px`);
        await screenshot(page, `${name}-${colorScheme}-${width}`);
        assertNoErrors(page);
        await page.context().close();
      }
    }
  }
  assert.deepEqual(failures, []);
});
