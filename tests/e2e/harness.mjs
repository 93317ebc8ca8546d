// Shared pieces of the browser tests: a static file server on loopback and a headless Chromium
// (Debian's, driven by playwright-core). Tests import these and stay about behaviour.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { before, after } from 'node:test';
import { chromium } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = process.env.DIST_DIR ? resolve(process.env.DIST_DIR) : join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript',
  '.wasm': 'application/wasm', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` under the URL prefix `base` (e.g. '/repo/' to imitate a GitHub Pages sub-path),
 * sending `headers` with every response. Resolves to { url, close }.
 */
export async function serve(dir = DIST, { base = '/', headers = {} } = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(base)) { res.writeHead(404).end(); return; }
    let file = normalize(join(dir, path.slice(base.length)));
    if (!file.startsWith(dir)) { res.writeHead(403).end(); return; }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return { url, close: () => new Promise((ok) => server.close(ok)) };
}

const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
  '--disable-background-networking', '--disable-component-update',
];

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/**
 * A fresh page that fails the test on any uncaught error or console error of the app.
 * `page.errors` collects them; call `assertNoErrors(page)` at the end of a test.
 */
export async function openPage(browser, url, { width = 1280, height = 900, colorScheme = 'light', bypassCSP = false } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, bypassCSP, acceptDownloads: true });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  if (url) await page.goto(url);
  return page;
}

export function assertNoErrors(page) {
  if (page.errors.length) throw new Error('the page reported errors:\n' + page.errors.join('\n'));
}

/** Saves a screenshot under tests/e2e/artifacts/ for a human to look at. */
export async function screenshot(page, name) {
  const { mkdir } = await import('node:fs/promises');
  const dir = join(ROOT, 'tests/e2e/artifacts');
  await mkdir(dir, { recursive: true });
  await page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
}

// ---- Explorer helpers (app-specific) ----

/** Opens the explorer at `hash` and waits until the app has mounted its screen. */
export async function openApp(browser, base, hash = '#/', options = {}) {
  const page = await openPage(browser, base + hash, options);
  await page.waitForSelector('main h1', { timeout: 15000 });
  return page;
}

/** The text of the article count ("5 articles"). */
export async function count(page) {
  return (await page.locator('[data-testid=count]').textContent()).trim();
}

export function articles(n) {
  return n === 1 ? '1 article' : `${n} articles`;
}

/** Clicks `locator` and resolves to the text of the file it downloads. */
export async function downloadText(page, locator) {
  const [download] = await Promise.all([page.waitForEvent('download'), locator.click()]);
  const { readFile: read } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), text: await read(await download.path(), 'utf8') };
}

/**
 * The corpus as the app sees it: the JSON export of the unfiltered list (file, title, outlet,
 * date, actors, quotations). Tests compute their expectations from it, so they keep holding as
 * the extraction improves.
 */
export async function corpusFacts(browser, base) {
  const page = await openApp(browser, base, '#/');
  const { text } = await downloadText(page, page.getByRole('button', { name: /as JSON/ }));
  await page.context().close();
  return JSON.parse(text);
}

/**
 * The usual start of a test file: before its tests, serve `dir`, launch Chromium and read the
 * corpus facts, handing `{ server, browser, base, facts }` to `take` (which may be async for more
 * set-up); close both after them.
 */
export function withExplorer(take, dir = DIST) {
  let server, browser;
  before(async () => {
    server = await serve(dir);
    browser = await launch();
    const base = server.url + 'index.html';
    await take({ server, browser, base, facts: await corpusFacts(browser, base) });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
}

/** Runs axe-core in the page; resolves to its violations (the page needs bypassCSP). */
export async function axe(page) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\n/g, ' ')).join('\n    ')}`);
}
