// The dashboard in a real browser: Debian's chromium driven by playwright-core
// (web/node_modules). It stores the examples with `dyad ingest`, starts
// `dyad serve` on a free port, then walks every view: picks a dyad, clicks a
// point of its chart, checks the events and their highlighted source, target
// and verb, and looks at the events table, network, map and an article view.
// It fails on any console error and on any request to a host other than the
// server (the page must not use the network).
//
// Environment:
//   DYAD             the dyad executable, with `ingest` and `serve` (required)
//   DYAD_WEB         the built dashboard (default: web beside DYAD)
//   DYAD_EXAMPLES    the articles to store (default: examples/articles.jsonl)
//   CHROMIUM         the browser (default: /usr/bin/chromium)
//   DYAD_SCREENSHOT  where to save the screenshot (default:
//                    test-artifacts/dashboard.png beside DYAD)
//
// By hand, from the repository root, after building (and `npm ci` in web/):
//   DYAD=build/dyad node --test tests/web/
// Missing prerequisites skip the test with the reason (tests/web/run.mjs,
// which CTest runs, turns that into CTest's "skipped").
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { chromiumPath, dyad, examples, missing, playwrightEntry, web } from './prerequisites.mjs';

const skip = missing();
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);
let tmp, server, browser, base;
const serverLog = [];

function startServer(db) {
  return new Promise((resolvePromise, reject) => {
    server = spawn(dyad, ['serve', '--db', db, '--port', '0', '--host', '127.0.0.1', '--web', web],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    const timer = setTimeout(() => reject(new Error(`dyad serve did not start:\n${serverLog.join('')}`)), 30000);
    let buffer = '';
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (chunk) => {
      serverLog.push(chunk);
      buffer += chunk;
      const m = buffer.match(/dyad serve: listening on (http:\/\/\S+?\/)\s/);
      if (m) { clearTimeout(timer); resolvePromise(m[1]); }
    });
    server.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`dyad serve exited (${code}):\n${serverLog.join('')}`));
    });
  });
}

const running = () => server && server.exitCode === null && server.signalCode === null;
function stopServer() {
  if (running()) server.kill('SIGTERM');
}
process.on('exit', () => { if (running()) server.kill('SIGKILL'); });

before(async () => {
  if (skip) return;
  tmp = mkdtempSync(join(tmpdir(), 'dyad-web-test-'));
  const db = join(tmp, 'news.db');
  const ingest = spawnSync(dyad, ['ingest', examples, '--db', db], { encoding: 'utf8' });
  assert.equal(ingest.status, 0, `dyad ingest failed:\n${ingest.stderr}`);
  base = await startServer(db);
  const playwright = await import(pathToFileURL(playwrightEntry()).href);
  const { chromium } = playwright.chromium ? playwright : playwright.default;
  browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: ['--no-sandbox'] });
});

after(async () => {
  await browser?.close().catch(() => {});
  if (running()) {
    const exited = new Promise((done) => server.once('exit', done));
    stopServer();
    await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    if (running()) server.kill('SIGKILL');
  }
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

async function getJson(path) {
  const response = await fetch(new URL(path, base));
  assert.ok(response.ok, `${path}: ${response.status}`);
  return response.json();
}

test('the dashboard shows a dyad, its events, the table, network, map and an article', {
  skip: skip ?? false, timeout: 180000,
}, async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15000);

  // Record console errors and refuse every request that leaves the server.
  const consoleErrors = [];
  const external = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => consoleErrors.push(`uncaught: ${e.message}`));
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || (['http:', 'https:'].includes(url.protocol) && LOOPBACK.has(url.hostname))) {
      return route.continue();
    }
    external.push(url.href);
    return route.abort();
  });

  // The dyad view: pick the most active dyad of the examples.
  const top = await getJson('api/top-dyads?limit=1');
  assert.ok(top.dyads.length > 0, 'the examples have no dyad');
  const { a, b } = top.dyads[0];
  await page.goto(`${base}#/dyad`);
  await page.getByTestId('top-dyad').first().waitFor();
  await page.getByTestId('actor-a').fill(a);
  await page.getByTestId('actor-b').fill(b);
  await page.getByTestId('dyad-show').click();
  const points = page.getByTestId('series-point');
  await points.first().waitFor();
  assert.ok(await points.count() > 0);
  assert.match(await page.locator('#chart-h').textContent(), new RegExp(`${a}.*${b}`));

  // Click the point with the most events; the list shows them all.
  const series = await getJson(`api/series?a=${a}&b=${b}&bucket=month`);
  const busiest = series.points.reduce((x, y) => (y.both.total > x.both.total ? y : x));
  await page.locator(`[data-testid="series-point"][data-bucket="${busiest.bucket}"]`).click();
  const events = page.getByTestId('event-list').getByTestId('event');
  await events.first().waitFor();
  const expected = Math.min(busiest.both.total, 100);
  assert.equal(await events.count(), expected, `the point of ${busiest.bucket} has ${busiest.both.total} events`);
  assert.match(page.url(), /at=\d{4}-\d{2}-\d{2}/);
  // Every event's sentence has its verb marked; source and target wherever
  // their words are in the sentence.
  const marks = await events.evaluateAll((lis) => lis.map((li) => ({
    source: li.querySelector('mark.hl-source')?.textContent ?? null,
    target: li.querySelector('mark.hl-target')?.textContent ?? null,
    verb: li.querySelector('mark.hl-verb')?.textContent ?? null,
    actors: [...li.querySelectorAll('.event-head a.actor')].map((x) => x.textContent),
  })));
  for (const m of marks) {
    assert.ok(m.verb, `an event without a marked verb: ${JSON.stringify(m)}`);
    assert.deepEqual([...m.actors].sort(), [a, b].sort());
  }
  assert.ok(marks.some((m) => m.source && m.target && m.verb), 'no event with source, target and verb marked');
  const screenshot = process.env.DYAD_SCREENSHOT ?? join(dirname(dyad), 'test-artifacts', 'dashboard.png');
  mkdirSync(dirname(screenshot), { recursive: true });
  await page.mouse.move(0, 0);  // no tooltip in the picture
  await page.screenshot({ path: screenshot, fullPage: true });

  // An article of one of these events: its text with marks, events, related.
  const articleId = await events.first().getAttribute('data-id').then((id) => id.split(':')[0]);
  await events.first().getByTestId('article-link').click();
  await page.getByTestId('article-title').waitFor();
  const article = await getJson(`api/article?id=${encodeURIComponent(articleId)}`);
  assert.equal(await page.getByTestId('article-title').textContent(), article.title || article.id);
  assert.ok(await page.locator('[data-testid="article-text"] mark.mention').count() > 0, 'no actor marked');
  assert.ok(await page.locator('[data-testid="article-text"] mark.hl-verb').count() > 0, 'no event marked');
  assert.equal(await page.getByTestId('event-list').getByTestId('event').count(), article.events.length);
  assert.equal(await page.getByTestId('related-article').count(), (article.related ?? []).length);

  // The events table: rows, sorting by Goldstein score, paging.
  await page.getByTestId('nav-events').click();
  const rows = page.getByTestId('event-row');
  await rows.first().waitFor();
  const all = await getJson('api/events?limit=1');
  assert.equal(await rows.count(), Math.min(50, all.total.events));
  await page.getByTestId('sort-goldstein').click();
  await page.locator('th[aria-sort="descending"] [data-testid="sort-goldstein"]').waitFor();
  const scores = await rows.evaluateAll((trs) => trs.map((tr) => Number(tr.querySelector('.goldstein').textContent)));
  assert.deepEqual(scores, [...scores].sort((x, y) => y - x), 'not sorted by Goldstein score, highest first');
  if (all.total.events > 50) {
    await page.getByTestId('page-next').click();
    await page.getByTestId('page-info').filter({ hasText: /^51–/ }).waitFor();
  }

  // The network: nodes and edges.
  await page.getByTestId('nav-network').click();
  await page.getByTestId('network-node').first().waitFor();
  assert.ok(await page.getByTestId('network-node').count() >= 2);
  assert.ok(await page.getByTestId('network-edge').count() >= 1);

  // The map: the countries of world-atlas, those with events filled by count.
  await page.getByTestId('nav-map').click();
  await page.getByTestId('country').first().waitFor();
  assert.ok(await page.getByTestId('country').count() > 150, 'too few country shapes');
  const filled = page.locator('[data-testid="country"].has-data');
  assert.ok(await filled.count() > 0, 'no country filled by its count');
  assert.ok(Number(await filled.first().getAttribute('data-count')) > 0);
  const colours = await page.getByTestId('country').evaluateAll((paths) =>
    paths.map((p) => ({ data: p.classList.contains('has-data'), fill: getComputedStyle(p).fill })));
  const blank = new Set(colours.filter((c) => !c.data).map((c) => c.fill));
  assert.ok(colours.some((c) => c.data && !blank.has(c.fill)), 'the countries with events look like the others');
  await page.screenshot({ path: screenshot.replace(/\.png$/, '-map.png') });

  assert.deepEqual(consoleErrors, [], 'console errors');
  assert.deepEqual(external, [], 'requests to other hosts');

  // The server's error message reaches the page (a 400 here, which the
  // browser also logs: checked after the console).
  await page.goto(`${base}#/events?quad=9`);
  await page.getByTestId('error').waitFor();
  assert.match(await page.getByTestId('error').textContent(), /quad/);
  await context.close();
});
