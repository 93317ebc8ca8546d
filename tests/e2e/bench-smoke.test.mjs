// Smoke test of the benchmark pipeline at a tiny size (no timing is asserted: benchmarks are not
// tests). Generates 20 articles, builds the Pagefind and MiniSearch peer sites over them, drives
// the built explorer (dist/, the seeds) and both peers in headless Chromium with one load and one
// round of filter changes, and renders the report tables. scripts/bench does the same per size,
// plus a site build over each generated corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from './harness.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', timeout: 240_000 });

test('the generator, the peer sites, the browser driver and the report run at 20 articles', { timeout: 600_000 }, async () => {
  const tmp = mkdtempSync(join(tmpdir(), 'bench-smoke-'));
  try {
    const corpus = join(tmp, 'corpus');
    const truth = join(tmp, 'truth.jsonl');
    run('cargo', ['run', '-q', '-p', 'bench', '--bin', 'gen-corpus', '--', '--seed', '1', '--articles', '20', '--out', corpus, '--truth', truth]);
    const files = readdirSync(corpus).filter((f) => f.endsWith('.txt'));
    assert.equal(files.length, 20);
    const first = readFileSync(join(corpus, files[0]), 'utf8');
    assert.ok(first.length > 500, 'an article has a body');
    assert.equal(readFileSync(truth, 'utf8').trim().split('\n').length, 20);

    run('node', ['bench/js/peers.mjs', '--corpus', corpus, '--truth', truth, '--out', join(tmp, 'peers')]);
    const out = join(tmp, 'browser-20.json');
    run('node', ['bench/js/driver.mjs', '--label', '20', '--dist', DIST, '--truth', truth, '--peers', join(tmp, 'peers'),
      '--loads', '1', '--rounds', '1', '--timeout', '2000', '--out', out]);
    const r = JSON.parse(readFileSync(out, 'utf8'));
    assert.ok(r.dist.wasm.gzip > 0 && r.dist.hosted_total.brotli > 0, 'the dist is sized');
    for (const name of ['explorer', 'pagefind', 'minisearch']) {
      const e = r.engines[name];
      assert.ok(e, `${name} was measured`);
      assert.deepEqual(e.loads.filter((l) => l.failed), [], `${name} loaded`);
      assert.equal(typeof e.summary.first_list_frame_ms, 'number', `${name} has a first-list time`);
      assert.ok(e.summary.latency.search.n > 0, `${name} had search changes measured`);
      assert.ok(e.summary.bytes_load.gzip > 0, `${name} fetched files`);
    }
    assert.equal(r.engines.pagefind.summary.latency.actor.n > 0, true, 'the peers filter by actor');

    // The report, into a scratch copy rather than BENCHMARKS.md.
    const { collect, tables, writeMarkdown } = await import('../../bench/js/report.mjs');
    writeFileSync(join(tmp, 'extract-20.json'), '{"articles": 20, "bytes": 1}');
    const md = join(tmp, 'BENCHMARKS.md');
    writeFileSync(md, '# Benchmarks\n\n## Extraction\n\nkept as it is\n');
    writeMarkdown(md, tables(collect(tmp)));
    const text = readFileSync(md, 'utf8');
    assert.match(text, /Side by side with Pagefind and MiniSearch/);
    assert.match(text, /## Extraction\n\nkept as it is/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});
