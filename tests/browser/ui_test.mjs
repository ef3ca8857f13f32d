// Browser test of the web UI: starts the real wenyuan binary on a temporary
// data directory and a free 127.0.0.1 port, and drives Debian's chromium
// (headless, through npm playwright-core) through login with an API key,
// with a staff account's password and with a directory (LDAP) account
// served by a throw-away slapd (tests/ldap/slapd-fixture), the admin pages
// (users, keys, KB settings, usage, audit log),
// search (hits with highlights, grouped by document with rank, relevance
// and "more from this document"), ask (streamed answer, citation click opens
// the document with the quoted span highlighted and in view), the knowledge
// base page (upload by drag and drop and by the file picker with per-file
// states, a refused file with its error, delete with confirmation), the
// language switch, a narrow screen and logout. A screenshot of each page
// goes to the output folder. Exits 0 when every step passed, 1 when one
// failed, 77 (ctest SKIP_RETURN_CODE) when chromium or playwright-core is
// not installed. Usage:
//   WENYUAN_BINARY=build/wenyuan node tests/browser/ui_test.mjs [OUTPUT_DIR]
// Optional: CHROMIUM (browser path), WENYUAN_WEB_DIR (serve UI files from
// disk with --web-dir instead of the embedded copy), WENYUAN_UI_KEEP=1
// (keep the data directory).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');

const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) {
  console.log(`SKIP: no chromium at ${chromiumPath} (apt-get install chromium, or set CHROMIUM)`);
  process.exit(SKIP);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (err) {
  if (err.code !== 'ERR_MODULE_NOT_FOUND') throw err;
  console.log(`SKIP: npm playwright-core is not installed in tests/browser/node_modules (run scripts/setup): ${err.message}`);
  process.exit(SKIP);
}

const binary = process.env.WENYUAN_BINARY;
if (!binary || !fs.existsSync(binary)) {
  console.error(`FAIL: set WENYUAN_BINARY to the wenyuan binary (got '${binary || ''}')`);
  process.exit(1);
}
const outDir = path.resolve(process.argv[2] || path.join(root, 'build', 'test-output', 'browser'));
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenyuan-ui-'));

function wenyuan(...args) {
  const run = spawnSync(binary, ['--data', dataDir, ...args], { encoding: 'utf8', timeout: 240000 });
  if (run.status !== 0) {
    throw new Error(`wenyuan ${args.join(' ')} exited ${run.status ?? run.error}: ${(run.stderr || '').trim()}`);
  }
  return run.stdout;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(base, server) {
  for (let i = 0; i < 300; i += 1) {
    if (server.exitCode !== null) throw new Error(`server exited with ${server.exitCode}`);
    try {
      const res = await fetch(base + '/api/health');
      if (res.ok) return;
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not answer /api/health');
}

function check(condition, message) { if (!condition) throw new Error(message); }

function stopSlapd() {
  try {
    process.kill(Number(fs.readFileSync(path.join(dataDir, 'ldap', 'slapd.pid'), 'utf8').trim()), 'SIGTERM');
  } catch { /* not started */ }
}

function addUser(name, password, ...grant) {
  const run = spawnSync(binary, ['--data', dataDir, 'user', 'add', name, ...grant],
                        { encoding: 'utf8', timeout: 60000, input: password + '\n' });
  check(run.status === 0, `user add ${name} exited ${run.status}: ${(run.stderr || '').trim()}`);
}

function createKey(...args) {
  const lines = wenyuan('key', 'create', ...args).trim().split('\n');
  const key = lines[lines.length - 1].trim();
  check(/^wy_/.test(key), `key create printed '${key}' on its last line, not a wy_ key`);
  return key;
}

let adminKey;
let readerKey;
const ldapDir = path.join(dataDir, 'ldap');
const ldapPort = await freePort();
const configFile = path.join(dataDir, 'ui-test.conf');
try {
  const slapd = spawnSync(path.join(root, 'tests', 'ldap', 'slapd-fixture'), [ldapDir, String(ldapPort)],
                          { encoding: 'utf8', timeout: 60000 });
  check(slapd.status === 0, `tests/ldap/slapd-fixture exited ${slapd.status}: ${(slapd.stderr || '').trim()}`);
  fs.writeFileSync(configFile, [
    `ldap.url = ldap://127.0.0.1:${ldapPort}`,
    'ldap.bind_dn = uid={user},ou=people,dc=example,dc=org',
    'ldap.group_base = ou=groups,dc=example,dc=org',
    'ldap.group.wenyuan-editors = editor sample',
    '',
  ].join('\n'));
  wenyuan('kb', 'create', 'sample');
  wenyuan('taxonomy', 'add', 'sample', '業務', path.join(root, 'docs', 'taxonomies', '業務.txt'));
  wenyuan('ingest', 'sample', path.join(root, 'samples'));
  adminKey = createKey('--role', 'admin', '--name', 'ui-test');
  readerKey = createKey('--role', 'reader', '--kb', 'sample', '--name', 'ui-reader');
  addUser('mei', 'mei-password-1', '--role', 'reader', '--kb', 'sample');
} catch (err) {
  console.log(`FAIL setup: ${err.message}`);
  stopSlapd();
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(1);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const serveArgs = ['--data', dataDir, 'serve', '--host', '127.0.0.1', '--port', String(port), '--config', configFile];
if (process.env.WENYUAN_WEB_DIR) serveArgs.push('--web-dir', process.env.WENYUAN_WEB_DIR);
const server = spawn(binary, serveArgs, { stdio: ['ignore', 'ignore', 'pipe'] });
let serverLog = '';
server.stderr.on('data', (chunk) => { serverLog = (serverLog + chunk).slice(-4000); });

const results = [];
let browser;
let page;

async function shot(name) {
  await page.screenshot({ path: path.join(outDir, name + '.png'), fullPage: true });
}

async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.push({ name, ok: false, error: err.message });
    console.log(`FAIL ${name}: ${err.message.split('\n').slice(0, 8).join('\n    ')}`);
    if (page) await shot('failed-' + name).catch(() => {});
  }
}

const inViewport = (locator) => locator.evaluate((el) => {
  const box = el.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight && box.width > 0;
});

try {
  await waitForHealth(base, server);
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-TW' });
  page = await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (err) => console.log(`page error: ${err.message}`));
  page.on('console', (msg) => { if (msg.type() === 'error') console.log(`console error: ${msg.text()}`); });

  await step('login', async () => {
    await page.goto(base + '/');
    await page.locator('#view-login').waitFor({ state: 'visible' });
    check(await page.locator('html').getAttribute('lang') === 'zh-Hant', 'interface is not Traditional Chinese by default');
    await shot('login');
    await page.click('#login-key-details summary');
    await page.fill('#login-key', 'wy_' + '0'.repeat(40));
    await page.click('#login-form button[type=submit]');
    await page.locator('#login-error').filter({ hasText: /\S/ }).waitFor();
    // The reason in the interface's language; the server's English words
    // only under the "details" toggle, collapsed.
    const loginError = page.locator('#login-error');
    check((await loginError.locator('.message').textContent()).includes('金鑰或登入無效'),
          `login error not in Chinese: ${await loginError.textContent()}`);
    check(!(await loginError.locator('.error-details code').isVisible()), 'the raw error is shown without asking');
    await loginError.locator('.error-details summary').click();
    check(/API key/.test(await loginError.locator('.error-details code').textContent()), 'no raw error under details');
    await page.fill('#login-key', adminKey);
    await page.click('#login-form button[type=submit]');
    await page.locator('#view-search').waitFor({ state: 'visible' });
    check((await page.textContent('#who')).includes('管理者'), 'the header does not show the admin role');
    const cookies = await context.cookies();
    const session = cookies.find((c) => c.name === 'wenyuan_session');
    check(session && session.httpOnly && session.sameSite === 'Strict', 'no HttpOnly SameSite=Strict session cookie');
    check(await page.locator('#kb option[value=sample]').count() === 1, 'KB list lacks "sample"');
  });

  await step('search', async () => {
    await page.keyboard.press('/');
    check(await page.evaluate(() => document.activeElement.id) === 'search-q', '"/" did not focus the query box');
    await page.keyboard.type('開放資料');
    await page.keyboard.press('Enter');
    const first = page.locator('#hits .hit').first();
    await first.waitFor();
    check(await page.locator('#hits .hit').count() >= 2, 'fewer than two hits for 開放資料');
    check(/\S/.test(await first.locator('h3').textContent()), 'hit without a title');
    check(/\S/.test(await first.locator('.meta .source').textContent()), 'hit without a source');
    // Sources relative to the ingested folder, never the server's paths.
    for (const source of await page.locator('#hits .hit .meta .source').allTextContents()) {
      check(!source.trim().startsWith('/') && !source.includes('/samples/'), `a server path shown as source: ${source}`);
    }
    const marks = await page.locator('#hits .hit mark').allTextContents();
    check(marks.length > 0, 'no highlighted terms in the snippets');
    check(marks.some((m) => /開放|資料/.test(m)), `highlights do not cover the query: ${marks.slice(0, 5).join('|')}`);
    check(await first.locator('mark').first().isVisible(), 'highlight not visible');
    await page.focus('#search-q');
    await page.keyboard.press('ArrowDown');
    check(await page.evaluate(() => document.activeElement.classList.contains('hit-link')), 'ArrowDown did not move to the first hit');
    await page.keyboard.press('ArrowDown');
    const second = await page.evaluate(() => document.activeElement.textContent);
    check(second === await page.locator('#hits .hit-link').nth(1).textContent(), 'ArrowDown did not move to the second hit');
    await shot('search');
  });

  await step('search-filters', async () => {
    await page.click('#search-filters summary');
    await page.fill('#filter-from', '2024-01-01');
    await page.fill('#filter-to', '2024-12-31');
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/search') && r.url().includes('date_from=2024-01-01')),
      page.click('#search-form button[type=submit]'),
    ]);
    await page.locator('#hits[aria-busy=false]').waitFor();
    check(await page.locator('#hits .hit').count() > 0, 'no hits dated 2024 for 開放資料');
    const dates = await page.locator('#hits .meta .date').allTextContents();
    check(dates.every((d) => d >= '2024-01-01' && d <= '2024-12-31'), `a hit outside the date filter: ${dates.join(',')}`);
  });

  await step('search-pages', async () => {
    if (await page.locator('#filter-from').inputValue()) {
      await page.click('#filter-clear');
      await page.waitForFunction(() => !location.hash.includes('date_from'));
    }
    await page.fill('#search-q', '資料');
    await page.click('#search-form button[type=submit]');
    await page.locator('#search-pager').waitFor({ state: 'visible' });
    const before = await page.locator('#hits .hit-link').first().textContent();
    const beforeId = await page.locator('#hits .pid').first().textContent();
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/search') && r.url().includes('offset=10')),
      page.click('#search-pager [data-page=next]'),
    ]);
    await page.locator('#hits[aria-busy=false]').waitFor();
    check((await page.textContent('#search-pager .page-of')).includes('2'), 'pager does not show page 2');
    check(await page.locator('#hits .hit').count() > 0, 'page 2 is empty');
    check((await page.textContent('#search-summary')).includes('11'), 'page 2 does not start at hit 11');
    check(await page.locator('#hits .hit-link').first().textContent() !== before ||
          await page.locator('#hits .pid').first().textContent() !== beforeId, 'page 2 shows the first hit of page 1');
  });

  await step('search-facets', async () => {
    // The sample taxonomy 業務's categories show as toggles with counts.
    await page.locator('#search-facets .facet').first().waitFor();
    const facet = page.locator('#search-facets .facet').first();
    const name = await facet.getAttribute('data-category');
    const count = Number(await facet.locator('.count').textContent());
    check(name.startsWith('業務/') && count > 0, `first facet is '${name}' (${count})`);
    check(await facet.getAttribute('aria-pressed') === 'false', 'a facet is pressed before it was chosen');
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/search') && decodeURIComponent(r.url()).includes('category=' + name)),
      facet.click(),
    ]);
    await page.locator('#hits[aria-busy=false]').waitFor();
    const pressed = page.locator(`#search-facets .facet[data-category="${name}"]`);
    check(await pressed.getAttribute('aria-pressed') === 'true', 'the chosen facet is not pressed');
    check(decodeURIComponent(await page.evaluate(() => location.hash)).includes('category=' + name), 'the category is not in the address');
    // Every hit's document is in the category, as its enrichment says.
    const hrefs = await page.locator('#hits .hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    check(hrefs.length > 0, `no hits in ${name}`);
    const [taxonomy, category] = [name.slice(0, name.indexOf('/')), name.slice(name.indexOf('/') + 1)];
    for (const href of hrefs) {
      const id = decodeURIComponent(href.split('/')[3].split('?')[0]);
      const doc = await page.evaluate(async (u) => (await fetch(u)).json(), `/api/kb/sample/documents/${id}`);
      const cats = (doc.enrichment && doc.enrichment.categories && doc.enrichment.categories[taxonomy]) || {};
      check(category in cats, `document ${id} is not in ${name}`);
    }
    const documents = new Set(hrefs.map((h) => h.split('/')[3].split('?')[0]));
    check(documents.size <= count, `${documents.size} documents shown for a facet that counted ${count}`);
    await shot('search-facets');
    // Pressing it again widens the search back.
    await Promise.all([
      page.waitForResponse((r) => r.url().includes('/api/search') && !r.url().includes('category=')),
      pressed.click(),
    ]);
    await page.locator('#hits[aria-busy=false]').waitFor();
    check(!decodeURIComponent(await page.evaluate(() => location.hash)).includes('category='), 'the category stayed in the address');
  });

  // One entry a document, with rank and relevance, and its other passages
  // folded under "more from this document".
  await step('search-grouped', async () => {
    await page.goto(base + '/#/search?kb=sample&q=' + encodeURIComponent('資安事件通報'));
    await page.locator('#hits[aria-busy=false] .hit').first().waitFor();
    const hrefs = await page.locator('#hits .hit-link').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const documents = hrefs.map((h) => h.split('?')[0]);
    check(documents.length >= 3, `only ${documents.length} documents for 資安事件通報`);
    check(new Set(documents).size === documents.length, `a document listed twice: ${documents.join(' ')}`);
    check((await page.locator('#hits .hit > .meta .rank').first().textContent()) === '#1', 'first hit not ranked #1');
    const relevances = await page.locator('#hits .hit > .meta .relevance').allTextContents();
    check(relevances.length === documents.length, 'a hit without its relevance');
    check(/100\s*%/.test(relevances[0]), `best hit's relevance is not 100%: ${relevances[0]}`);
    const percents = relevances.map((r) => parseInt(r.replace(/[^0-9]/g, ''), 10));
    check(percents.every((p, i) => i === 0 || p <= percents[i - 1]), `relevance not falling: ${percents.join(',')}`);
    const more = page.locator('#hits .hit details.more').first();
    check(await more.count() === 1, 'no "more from this document" for the incident regulation');
    const owner = await more.evaluate((d) => d.closest('.hit').querySelector('.hit-link').getAttribute('href').split('?')[0]);
    check(!(await more.locator('.more-link').first().isVisible()), 'more passages shown before they are asked for');
    await more.locator('summary').click();
    const link = more.locator('.more-link').first();
    await link.waitFor({ state: 'visible' });
    check((await link.getAttribute('href')).split('?')[0] === owner, 'a "more" passage of another document');
    await shot('search-grouped');
    await link.click();
    await page.locator('#view-doc').waitFor({ state: 'visible' });
  });

  let quote = '';
  await step('ask', async () => {
    await page.click('nav a[data-view=ask]');
    await page.locator('#view-ask').waitFor({ state: 'visible' });
    await page.fill('#ask-q', '數位憑證遺失補發要多少錢？');
    await page.keyboard.press('Enter');
    await page.locator('#answer[data-state=done]').waitFor();
    const answer = await page.textContent('#answer-text');
    check(answer.includes('250'), `answer lacks the fee (250): ${answer.slice(0, 120)}`);
    check(await page.locator('#citations li').count() >= 1, 'no citations');
    check(await page.locator('#answer-text a.cite-ref').count() >= 1, 'no [n] citation links in the answer');
    quote = (await page.locator('#citations li q').first().textContent()).trim();
    check(quote.length > 0, 'first citation has no quote');
    await shot('ask');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.click('#copy-answer');
    await page.locator('#status').filter({ hasText: '已複製' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    check(copied.includes('[1]') && copied.includes(quote), 'copied text lacks the numbered citation');
  });

  await step('citation-opens-document', async () => {
    await page.locator('#citations a.citation-link').first().click();
    await page.locator('#view-doc[data-state=ready]').waitFor();
    const cited = page.locator('#doc-text mark.cited');
    check(await cited.count() >= 1, 'no highlighted span in the document');
    const marked = (await cited.first().textContent()).trim();
    check(marked === quote, `highlighted span '${marked}' is not the quote '${quote}'`);
    check(await inViewport(cited.first()), 'highlighted span is not scrolled into view');
    await shot('document');
    await page.click('#doc-back');
    await page.locator('#view-ask').waitFor({ state: 'visible' });
    check((await page.textContent('#answer-text')).includes('250'), 'answer lost after going back');
  });

  await step('knowledge-base-page', async () => {
    await page.click('nav a[data-view=kb]');
    await page.locator('#kb-detail').waitFor({ state: 'visible' });
    await page.locator('#kb-stats dd').first().waitFor();
    check(await page.locator('#kb-table tbody tr').count() >= 1, 'KB list is empty');
    const docs = page.locator('#docs-table tbody tr');
    await docs.first().waitFor();
    check((await page.textContent('#docs-summary')).includes('32'), 'document total is not 32');
    await page.fill('#kb-create-name', 'uitest');
    await page.click('#kb-create button[type=submit]');
    await page.waitForFunction(() => location.hash === '#/kb/uitest');
    await page.locator('#kb-detail-title', { hasText: 'uitest' }).waitFor();
    await page.locator('#kb-table a', { hasText: 'uitest' }).waitFor();
    await page.click('#kb-table a:text-is("sample")');
    await page.locator('#kb-detail-title', { hasText: 'sample' }).waitFor();
    await page.locator('#docs-summary', { hasText: '32' }).waitFor();
    await shot('knowledge-base');
  });

  await step('upload', async () => {
    // Drag and drop: a drop event carrying a DataTransfer with two files,
    // one the server takes and one it refuses (type not allowed).
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['# 藍鵲巡檢計畫說明\n\n本計畫於每週三巡檢機房空調與不斷電系統，並記錄溫度與濕度。\n'],
                              '藍鵲巡檢計畫.md', { type: 'text/markdown' }));
      data.items.add(new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], 'tool.exe', { type: 'application/octet-stream' }));
      const zone = document.getElementById('drop-zone');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    const good = page.locator('#upload-list li', { hasText: '藍鵲巡檢計畫.md' });
    const bad = page.locator('#upload-list li', { hasText: 'tool.exe' });
    await page.locator('#upload-list li[data-state=added]', { hasText: '藍鵲巡檢計畫.md' }).waitFor({ timeout: 60000 });
    check(await good.locator('progress').evaluate((p) => p.value === 1), 'progress bar did not reach the end');
    await page.locator('#upload-list li[data-state=failed]', { hasText: 'tool.exe' }).waitFor({ timeout: 60000 });
    check((await bad.locator('.state .message').textContent()).includes('不接受這種檔案類型'),
          `refused file's error is not in Chinese: ${await bad.locator('.state').textContent()}`);
    check((await bad.locator('.error-details code').textContent()).includes('.exe'), 'no raw error under details');
    // The file picker takes the same path.
    const picked = path.join(dataDir, '巡檢紀錄.txt');
    fs.writeFileSync(picked, '巡檢紀錄\n\n藍鵲機房今日溫度攝氏二十二度，濕度百分之五十。\n');
    await page.setInputFiles('#file-input', picked);
    await page.locator('#upload-list li[data-state=added]', { hasText: '巡檢紀錄.txt' }).waitFor({ timeout: 60000 });
    await page.locator('#docs-summary', { hasText: '34' }).waitFor();
    await page.fill('#docs-q', '藍鵲巡檢');
    await page.locator('#docs-table tbody tr', { hasText: '藍鵲巡檢計畫說明' }).waitFor();
    await page.locator('#docs-summary', { hasText: /\b1\b/ }).waitFor();
    await page.locator('#kb-detail[aria-busy=false]').waitFor();
    await shot('upload');
    // The uploaded text is searchable.
    const res = await page.evaluate(async () => (await fetch('/api/search?kb=sample&q=' + encodeURIComponent('藍鵲巡檢'))).json());
    const hits = res.hits || res.results || [];
    check(hits.some((h) => (h.title || '').includes('藍鵲')), 'uploaded document is not found by search');
  });

  await step('delete', async () => {
    const row = page.locator('#docs-table tbody tr', { hasText: '藍鵲巡檢計畫說明' });
    // By keyboard: focus the row's delete button and press Enter. (A mouse
    // click here was flaky under headless chromium: the page scrolled
    // between mousedown and mouseup, so the click landed elsewhere.)
    await row.locator('button.danger').focus();
    await page.keyboard.press('Enter');
    const dialog = page.locator('#confirm-dialog');
    await dialog.waitFor({ state: 'visible' });
    check((await dialog.textContent()).includes('藍鵲巡檢計畫說明'), 'confirmation does not name the document');
    await shot('delete-confirm');
    await dialog.locator('button[value=cancel]').click();
    await dialog.waitFor({ state: 'hidden' });
    check(await row.count() === 1, 'cancel deleted the document');
    await row.locator('button.danger').focus();
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'visible' });
    await dialog.locator('button[value=ok]').click();
    await row.waitFor({ state: 'detached' });
    await page.fill('#docs-q', '');
    await page.locator('#docs-summary', { hasText: '33' }).waitFor();
    await shot('after-delete');
  });

  await step('language-switch', async () => {
    await page.selectOption('#lang', 'en');
    check((await page.textContent('nav a[data-view=search]')) === 'Search', 'nav not in English');
    await page.reload();
    await page.locator('body[data-ready=true]').waitFor();
    check(await page.locator('html').getAttribute('lang') === 'en', 'English not remembered after reload');
    await page.selectOption('#lang', 'zh-Hans');
    check((await page.textContent('nav a[data-view=search]')) === '搜索', 'nav not in Simplified Chinese');
    await shot('language-zh-hans');
    await page.selectOption('#lang', 'zh-Hant');
    check((await page.textContent('nav a[data-view=search]')) === '搜尋', 'nav not back in Traditional Chinese');
  });

  await step('narrow-screen', async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(base + '/#/search?kb=sample&q=' + encodeURIComponent('資安事件通報'));
    await page.locator('#hits .hit').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(overflow <= 1, `page is ${overflow}px wider than a 375px screen`);
    await shot('search-narrow');
    await page.goto(base + '/#/kb/sample');
    await page.locator('#docs-table tbody tr').first().waitFor();
    const kbOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    check(kbOverflow <= 1, `KB page is ${kbOverflow}px wider than a 375px screen`);
    await shot('knowledge-base-narrow');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('reader-role', async () => {
    const readerContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const reader = await readerContext.newPage();
    try {
      await reader.goto(base + '/#/kb/sample');
      await reader.click('#login-key-details summary');
      await reader.fill('#login-key', readerKey);
      await reader.click('#login-form button[type=submit]');
      await reader.locator('#kb-detail').waitFor({ state: 'visible' });
      await reader.locator('#docs-table tbody tr').first().waitFor();
      check((await reader.textContent('#who')).includes('讀者'), 'the header does not show the reader role');
      check(await reader.locator('#upload-denied').isVisible(), 'reader is not told uploads are not allowed');
      check(!(await reader.locator('#upload-section').isVisible()), 'reader sees the upload box');
      check(await reader.locator('#docs-table button.danger').count() === 0, 'reader sees delete buttons');
      check(!(await reader.locator('#kb-create').isVisible()), 'reader sees the create form');
    } finally {
      await readerContext.close();
    }
  });

  // Signs in with a name and password in a fresh browser context; returns
  // the context (the caller closes it) and its page.
  async function signInWithPassword(user, password) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const p = await ctx.newPage();
    p.setDefaultTimeout(20000);
    await p.goto(base + '/');
    await p.locator('#view-login').waitFor({ state: 'visible' });
    await p.fill('#login-user', user);
    await p.fill('#login-password', password);
    await p.click('#login-user-form button[type=submit]');
    return { ctx, p };
  }

  await step('password-sign-in', async () => {
    const { ctx, p } = await signInWithPassword('mei', 'not-her-password');
    try {
      await p.locator('#login-user-error').filter({ hasText: /\S/ }).waitFor();
      check(await p.locator('#view-login').isVisible(), 'a wrong password left the sign-in page');
      await p.fill('#login-password', 'mei-password-1');
      await p.click('#login-user-form button[type=submit]');
      await p.locator('#view-search').waitFor({ state: 'visible' });
      const who = await p.textContent('#who');
      check(who.includes('mei') && who.includes('讀者'), `the header shows '${who}', not mei · 讀者`);
      check(!(await p.locator('#nav-admin').isVisible()), 'a reader sees the admin link');
      check(await p.locator('#password-change').isVisible(), 'no password change button for a staff account');
      const cookies = await ctx.cookies();
      check(cookies.some((c) => c.name === 'wenyuan_session' && c.httpOnly), 'no HttpOnly session cookie');
      const admin = await p.evaluate(async () => (await fetch('/api/users')).status);
      check(admin === 403, `a reader's GET /api/users answered ${admin}, not 403`);
      await p.fill('#search-q', '開放資料');
      await p.keyboard.press('Enter');
      await p.locator('#hits .hit').first().waitFor();
      await p.screenshot({ path: path.join(outDir, 'password-sign-in.png'), fullPage: true });
    } finally {
      await ctx.close();
    }
  });

  await step('ldap-sign-in', async () => {
    const { ctx, p } = await signInWithPassword('carol', 'carol-secret');
    try {
      await p.locator('#view-search').waitFor({ state: 'visible' });
      const who = await p.textContent('#who');
      check(who.includes('carol') && who.includes('編輯者'), `the header shows '${who}', not carol · 編輯者`);
      await p.goto(base + '/#/kb/sample');
      await p.locator('#upload-section').waitFor({ state: 'visible' });
      await p.screenshot({ path: path.join(outDir, 'ldap-sign-in.png'), fullPage: true });
    } finally {
      await ctx.close();
    }
    const denied = await signInWithPassword('dave', 'dave-secret');
    try {
      await denied.p.locator('#login-user-error').filter({ hasText: /\S/ }).waitFor();
      check(await denied.p.locator('#view-login').isVisible(), 'a directory user without a mapped group got in');
    } finally {
      await denied.ctx.close();
    }
  });

  await step('admin-pages', async () => {
    await page.goto(base + '/#/search');
    await page.locator('#nav-admin').waitFor({ state: 'visible' });
    await page.click('#nav-admin');
    await page.locator('#admin-users').waitFor({ state: 'visible' });
    await page.locator('#users-table tr[data-user=mei]').waitFor();
    await page.locator('#users-table tr[data-user=carol]', { hasText: 'ldap' }).waitFor();
    // Create a user with the form; it can sign in.
    await page.fill('#user-create-name', 'nora');
    await page.fill('#user-create-password', 'nora-password');
    await page.selectOption('#user-create-role', 'editor');
    await page.fill('#user-create-kbs', 'sample');
    await page.click('#user-create button[type=submit]');
    await page.locator('#users-table tr[data-user=nora]').waitFor();
    const signIn = await page.evaluate(async () => (await fetch('/api/session', {
      method: 'POST', headers: { 'Content-Type': 'application/json' }, credentials: 'omit',
      body: JSON.stringify({ user: 'nora', password: 'nora-password' }) })).status);
    check(signIn === 200, `the new user's sign-in answered ${signIn}`);
    // Disable her from the table.
    await page.locator('#users-table tr[data-user=nora] button').first().click();
    await page.locator('#users-table tr[data-user=nora]', { hasText: '已停用' }).waitFor();
    await shot('admin-users');

    await page.click('.admin-tabs a[data-tab=keys]');
    await page.locator('#admin-keys').waitFor({ state: 'visible' });
    await page.locator('#keys-table tbody tr').first().waitFor();
    const keysBefore = await page.locator('#keys-table tbody tr').count();
    await page.fill('#key-create-name', 'ui-made');
    await page.selectOption('#key-create-role', 'reader');
    await page.fill('#key-create-kbs', 'sample');
    await page.click('#key-create button[type=submit]');
    await page.locator('#key-created-value').waitFor();
    const made = (await page.textContent('#key-created-value')).trim();
    check(/^wy_[0-9a-f]{40}$/.test(made), `the new key shown is '${made}'`);
    await page.locator('#keys-table tbody tr').nth(keysBefore).waitFor();
    const row = page.locator(`#keys-table tr[data-key="${made.slice(0, 11)}"]`);
    await row.locator('button.danger').click();
    await row.filter({ hasText: '已撤銷' }).waitFor();
    await shot('admin-keys');

    await page.click('.admin-tabs a[data-tab=kb]');
    await page.locator('#admin-kb').waitFor({ state: 'visible' });
    await page.locator('#view-admin[aria-busy=false]').waitFor();
    await page.selectOption('#admin-kb-pick', 'sample');
    await page.locator('#view-admin[aria-busy=false]').waitFor();
    await page.locator('#kb-taxonomies li', { hasText: '業務' }).waitFor();
    await page.selectOption('#kb-task', 'petition-reply');
    // Saving reloads the form from the server; typing before that reload
    // has landed would be overwritten, so wait for it (the GET after the
    // POST, then the view no longer busy).
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/admin/kb/sample/settings') && r.status() === 200),
      page.waitForResponse((r) => r.url().endsWith('/api/admin/kb/sample') && r.request().method() === 'GET'),
      page.click('#kb-settings button[type=submit]'),
    ]);
    await page.locator('#view-admin[aria-busy=false]').waitFor();
    await page.fill('#dictionary-text', '藍鵲機房\n');
    await Promise.all([
      page.waitForResponse((r) => r.url().endsWith('/api/admin/kb/sample/dictionary') && r.status() === 200),
      page.click('#dictionary-form button[type=submit]'),
    ]);
    const settings = await page.evaluate(async () => (await fetch('/api/admin/kb/sample')).json());
    check(settings.task === 'petition-reply', `task is '${settings.task}' after saving`);
    check(settings.user_dictionary.includes('藍鵲機房'), 'the user dictionary was not saved');
    await shot('admin-kb');

    await page.click('.admin-tabs a[data-tab=usage]');
    await page.locator('#admin-usage').waitFor({ state: 'visible' });
    await page.locator('#usage-table tbody tr').first().waitFor();
    const queries = Number(await page.locator('#usage-table tbody tr').last().locator('td').nth(1).textContent());
    check(queries >= 3, `usage shows ${queries} queries today, the test made more`);
    await shot('admin-usage');

    await page.click('.admin-tabs a[data-tab=audit]');
    await page.locator('#admin-audit').waitFor({ state: 'visible' });
    await page.fill('#audit-action', 'user.');
    await page.click('#audit-form button[type=submit]');
    await page.locator('#view-admin[aria-busy=false]').waitFor();
    await page.locator('#audit-table tbody tr').first().waitFor();
    const actions = await page.locator('#audit-table tbody tr td:nth-child(4)').allTextContents();
    check(actions.length > 0 && actions.every((a) => a.startsWith('user.')), `filtered actions: ${actions.join(',')}`);
    check(actions.includes('user.create') && actions.includes('user.update'), `no user.create/user.update: ${actions}`);
    await page.fill('#audit-action', '');
    await page.check('#audit-refused');
    await page.click('#audit-form button[type=submit]');
    await page.locator('#view-admin[aria-busy=false]').waitFor();
    const statuses = await page.locator('#audit-table tbody tr td:nth-child(7)').allTextContents();
    check(statuses.length > 0 && statuses.every((x) => x === '401' || x === '403'), `refused filter: ${statuses}`);
    await shot('admin-audit');
  });

  await step('logout', async () => {
    await page.click('#logout');
    await page.locator('#view-login').waitFor({ state: 'visible' });
    const status = await page.evaluate(async () => (await fetch('/api/session')).status);
    check(status === 401, `GET /api/session after logout answered ${status}, not 401`);
    const search = await page.evaluate(async () => (await fetch('/api/search?kb=sample&q=x')).status);
    check(search === 401, `search after logout answered ${search}, not 401`);
  });
} catch (err) {
  results.push({ name: 'setup', ok: false, error: err.message });
  console.log(`FAIL setup: ${err.message}`);
} finally {
  if (browser) await browser.close().catch(() => {});
  server.kill('SIGTERM');
  stopSlapd();
  if (process.env.WENYUAN_UI_KEEP) console.log(`data directory kept: ${dataDir}`);
  else fs.rmSync(dataDir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length}/${results.length} browser steps passed; screenshots in ${outDir}`);
if (failed.length) {
  if (serverLog) console.log('server stderr (tail):\n' + serverLog);
  process.exit(1);
}
