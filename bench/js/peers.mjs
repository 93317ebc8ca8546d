// Builds the two peer sites the benchmark compares the explorer with, from the same generated
// corpus (its files and the generator's ground truth):
//
//   OUT/pagefind/   one HTML page per article (actors as data-pagefind-filter, the date as
//                   data-pagefind-sort, the month as a filter), indexed by the pagefind binary
//                   from npm, plus a search page index.html
//   OUT/minisearch/ a static page, minisearch's UMD build, and index.json: a MiniSearch index
//                   built here in node over the same documents (title + body text, stored
//                   fields title/date/outlet/actors), loaded with MiniSearch.loadJSON
//
// Both search pages share ui.js: the same controls and selectors as the explorer's list
// ([data-testid=count], #search, #date-from, #date-to, and #actor, a <select>), the first 20
// results rendered, and body[data-busy] while a query or a result fetch is pending.
//
//   node bench/js/peers.mjs --corpus DIR --truth FILE.jsonl --out DIR [--skip-pagefind]

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import MiniSearch from 'minisearch';

const ROOT = resolve(import.meta.dirname, '../..');
const HERE = import.meta.dirname;

export function readTruth(file) {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
}

const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/** The article's body paragraphs, from the generator's body span. */
function paragraphs(text, t) {
  const body = Buffer.from(text, 'utf8').subarray(t.body_start, t.body_end).toString('utf8');
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

export function documents(corpusDir, truth) {
  return truth.map((t, id) => {
    const text = readFileSync(join(corpusDir, t.file), 'utf8');
    return {
      id,
      file: t.file,
      title: t.title,
      outlet: t.outlet,
      date: t.date ?? '',
      actors: t.actors.map(([name]) => name),
      paras: paragraphs(text, t),
    };
  });
}

function pagefindSite(docs, out) {
  const site = join(out, 'pagefind');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, 'a'), { recursive: true });
  for (const d of docs) {
    const hidden = [
      ...d.actors.map((a) => `<span hidden data-pagefind-filter="actor[data-v]" data-v="${esc(a)}"></span>`),
      `<span hidden data-pagefind-filter="month[data-v]" data-v="${d.date ? d.date.slice(0, 7) : 'undated'}"></span>`,
      `<span hidden data-pagefind-filter="outlet[data-v]" data-v="${esc(d.outlet)}"></span>`,
      `<span hidden data-pagefind-sort="date[data-v]" data-v="${d.date || '0000-00-00'}"></span>`,
      `<span hidden data-pagefind-meta="date[data-v]" data-v="${d.date}"></span>`,
      `<span hidden data-pagefind-meta="outlet[data-v]" data-v="${esc(d.outlet)}"></span>`,
    ].join('');
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(d.title)}</title></head>
<body><main data-pagefind-body><h1>${esc(d.title)}</h1>${hidden}
${d.paras.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</main></body></html>\n`;
    writeFileSync(join(site, 'a', d.file.replace(/\.txt$/, '.html')), html);
  }
  writeFileSync(join(site, 'index.html'), page('Pagefind', 'pagefind-engine.js', docs));
  copyFileSync(join(HERE, 'ui.js'), join(site, 'ui.js'));
  copyFileSync(join(HERE, 'pagefind-engine.js'), join(site, 'pagefind-engine.js'));
  const bin = join(ROOT, 'node_modules/.bin/pagefind');
  const start = performance.now();
  const r = spawnSync(bin, ['--site', site, '--glob', 'a/**/*.html', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`pagefind failed (${r.status}): ${r.stderr}${r.stdout}`);
  return { index_seconds: (performance.now() - start) / 1000 };
}

function minisearchSite(docs, out) {
  const site = join(out, 'minisearch');
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  const start = performance.now();
  const ms = new MiniSearch(MINISEARCH_OPTIONS);
  ms.addAll(docs.map((d) => ({ id: d.id, title: d.title, text: d.paras.join('\n'), date: d.date, outlet: d.outlet, actors: d.actors })));
  writeFileSync(join(site, 'index.json'), JSON.stringify(ms));
  const seconds = (performance.now() - start) / 1000;
  writeFileSync(join(site, 'index.html'), page('MiniSearch', 'minisearch-engine.js', docs, '<script src="./minisearch.js"></script>'));
  copyFileSync(join(ROOT, 'node_modules/minisearch/dist/umd/index.js'), join(site, 'minisearch.js'));
  copyFileSync(join(HERE, 'ui.js'), join(site, 'ui.js'));
  copyFileSync(join(HERE, 'minisearch-engine.js'), join(site, 'minisearch-engine.js'));
  return { index_seconds: seconds };
}

/** Kept in step with minisearch-engine.js, which loads the index with the same options. */
export const MINISEARCH_OPTIONS = { fields: ['title', 'text'], storeFields: ['title', 'date', 'outlet', 'actors'] };

/** The search page; the actor <select> lists every actor, most frequent first. */
function page(name, engine, docs, extraHead = '') {
  const freq = new Map();
  for (const d of docs) for (const a of d.actors) freq.set(a, (freq.get(a) ?? 0) + 1);
  const actors = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const options = actors.map(([a, n]) => `<option value="${esc(a)}">${esc(a)} (${n})</option>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name} peer</title>${extraHead}
<style>body{font:15px system-ui;margin:1rem}ol{padding-left:1.2rem}li{margin:.3rem 0}.meta{color:#666}</style></head>
<body><h1><span data-testid="count" class="count"></span> <span class="of">of ${docs.length}</span></h1>
<form role="search" onsubmit="return false">
<input id="search" type="search" placeholder="Search" autocomplete="off">
<input id="date-from" type="date"> <input id="date-to" type="date">
<select id="actor"><option value="">Any actor</option>${options}</select>
</form>
<ol class="cards"></ol>
<script type="module" src="./${engine}"></script>
</body></html>\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({ options: { corpus: { type: 'string' }, truth: { type: 'string' }, out: { type: 'string' }, 'skip-pagefind': { type: 'boolean' } } });
  if (!values.corpus || !values.truth || !values.out) {
    console.error('usage: node bench/js/peers.mjs --corpus DIR --truth FILE --out DIR');
    process.exit(2);
  }
  const docs = documents(values.corpus, readTruth(values.truth));
  const report = { documents: docs.length };
  report.minisearch = minisearchSite(docs, values.out);
  if (!values['skip-pagefind']) report.pagefind = pagefindSite(docs, values.out);
  writeFileSync(join(values.out, 'peers.json'), JSON.stringify(report, null, 2));
  console.error(`peers for ${docs.length} documents in ${values.out}: ${JSON.stringify(report)}`);
}
