// Browser test of the drafting page (撰稿, web/draft.js): the real wenyuan
// binary on a temporary data directory, Debian's chromium through npm
// playwright-core. Two servers over the same data: one without a language
// model (the template filled with quotes, labelled 未使用語言模型) and one
// whose llm.endpoint is a scripted OpenAI-compatible server in this file
// (it streams a Simplified reply holding an invalid citation [9]). Steps:
// evidence shown first, one passage excluded, generate, edit a section
// (an uncited sentence is marked), export .odt and .docx (opened with
// pandoc when installed), save / reopen / delete, 👍 feedback (read back
// as admin), then with the model: streamed text without [9], the draft in
// Traditional script, the removed citation listed, one section
// regenerated. Exits 0 / 1, or 77 (skipped) without chromium or
// playwright-core. Usage:
//   WENYUAN_BINARY=build/wenyuan node tests/browser/draft_ui_test.mjs [OUTPUT_DIR]
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SKIP = 77;
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) {
  console.log(`SKIP: no chromium at ${chromiumPath}`);
  process.exit(SKIP);
}
let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (err) {
  if (err.code !== 'ERR_MODULE_NOT_FOUND') throw err;
  console.log(`SKIP: npm playwright-core is not installed in tests/browser/node_modules: ${err.message}`);
  process.exit(SKIP);
}
const binary = process.env.WENYUAN_BINARY;
if (!binary || !fs.existsSync(binary)) {
  console.error(`FAIL: set WENYUAN_BINARY to the wenyuan binary (got '${binary || ''}')`);
  process.exit(1);
}
const outDir = path.resolve(process.argv[2] || path.join(root, 'build', 'test-output', 'browser'));
fs.mkdirSync(outDir, { recursive: true });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'wenyuan-draft-ui-'));

function wenyuan(...args) {
  const run = spawnSync(binary, ['--data', dataDir, ...args], { encoding: 'utf8', timeout: 240000 });
  if (run.status !== 0) throw new Error(`wenyuan ${args.join(' ')} exited ${run.status ?? run.error}: ${run.stderr}`);
  return run.stdout;
}
function check(condition, message) { if (!condition) throw new Error(message); }
function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}
async function waitForHealth(base, proc) {
  for (let i = 0; i < 300; i += 1) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}`);
    try { if ((await fetch(base + '/api/health')).ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not answer /api/health');
}

// The scripted OpenAI-compatible endpoint: a fixed official-document reply
// in Simplified Chinese, streamed in small pieces, with a citation [9]
// that names no evidence.
const MODEL_REPLY = '主旨：请各机关于资安事件发生后依规定通报[1]。\n说明：\n一、资安事件应于知悉后一小时内通报[1][9]。\n'
  + '二、本案另有配套措施。\n办法：请各机关指定专人负责[2]。';
let modelCalls = 0;
const scripted = http.createServer((req, res) => {
  let body = '';
  req.on('data', (c) => { body += c; });
  req.on('end', () => {
    if (req.url.endsWith('/models')) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ data: [{ id: 'scripted' }] }));
      return;
    }
    modelCalls += 1;
    const request = JSON.parse(body || '{}');
    if (!request.stream) {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ choices: [{ message: { content: MODEL_REPLY }, finish_reason: 'stop' }],
                               usage: { prompt_tokens: 100, completion_tokens: 40 } }));
      return;
    }
    res.setHeader('Content-Type', 'text/event-stream');
    const pieces = MODEL_REPLY.match(/.{1,3}/gsu);
    let i = 0;
    const next = () => {
      if (i < pieces.length) {
        res.write(`data: ${JSON.stringify({ choices: [{ delta: { content: pieces[i] } }] })}\n\n`);
        i += 1;
        setTimeout(next, 5);
        return;
      }
      res.write(`data: ${JSON.stringify({ choices: [{ delta: {}, finish_reason: 'stop' }] })}\n\n`);
      res.end('data: [DONE]\n\n');
    };
    next();
  });
});
await new Promise((r) => scripted.listen(0, '127.0.0.1', r));
const modelUrl = `http://127.0.0.1:${scripted.address().port}`;

try {
  wenyuan('kb', 'create', 'regs');
  wenyuan('ingest', 'regs', path.join(root, 'samples', 'regulation-incident-reporting.txt'),
          path.join(root, 'samples', 'announcement-2024-security-week.md'));
} catch (err) {
  console.log(`FAIL setup: ${err.message}`);
  process.exit(1);
}

const servers = [];
async function startServer(config) {
  const port = await freePort();
  const configPath = path.join(dataDir, `serve-${port}.conf`);
  fs.writeFileSync(configPath, config);
  const proc = spawn(binary, ['--data', dataDir, 'serve', '--host', '127.0.0.1', '--port', String(port),
                              '--config', configPath], { stdio: ['ignore', 'ignore', 'pipe'] });
  proc.log = '';
  proc.stderr.on('data', (c) => { proc.log = (proc.log + c).slice(-4000); });
  servers.push(proc);
  const base = `http://127.0.0.1:${port}`;
  await waitForHealth(base, proc);
  return base;
}

const results = [];
let browser;
let page;
async function shot(name) { await page.screenshot({ path: path.join(outDir, name + '.png'), fullPage: true }); }
async function step(name, body) {
  const started = Date.now();
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`PASS ${name} (${Date.now() - started} ms)`);
  } catch (err) {
    results.push({ name, ok: false, error: err.message });
    console.log(`FAIL ${name}: ${err.message.split('\n').slice(0, 8).join('\n    ')}`);
    if (page) await shot('draft-failed-' + name).catch(() => {});
  }
}
const havePandoc = spawnSync('pandoc', ['--version']).status === 0;
function pandocText(file) {
  const run = spawnSync('pandoc', ['--wrap=none', '-t', 'plain', file], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`pandoc ${file}: ${run.stderr}`);
  return run.stdout;
}

const TOPIC = '資安事件通報時限';

try {
  const base = await startServer('');
  browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-TW',
                                             acceptDownloads: true });
  page = await context.newPage();
  page.setDefaultTimeout(20000);
  page.on('pageerror', (err) => console.log(`page error: ${err.message}`));

  await step('evidence-first', async () => {
    await page.goto(base + '/#/draft');
    await page.locator('#view-draft').waitFor({ state: 'visible' });
    check(await page.locator('nav a[data-view=draft][aria-current=page]').count() === 1, 'nav does not show 撰稿');
    await page.selectOption('#draft-task', 'official-document');
    await page.fill('#draft-input', TOPIC);
    await page.click('#draft-find');
    await page.locator('#draft-evidence li').first().waitFor();
    check(await page.locator('#draft-evidence li').count() >= 2, 'fewer than two evidence passages shown');
    check(await page.locator('#draft-result').isHidden(), 'a draft appeared before generating');
  });

  let excluded = '';
  await step('exclude-and-generate-without-model', async () => {
    const last = page.locator('#draft-evidence li').last();
    excluded = await last.getAttribute('data-passage');
    await last.locator('input[type=checkbox]').uncheck();
    check(await last.getAttribute('data-excluded') === 'true', 'unticked passage not marked excluded');
    await page.click('#draft-generate');
    await page.locator('#draft-result[data-state=done] .draft-section').first().waitFor();
    const headings = await page.locator('.draft-section').evaluateAll((els) => els.map((e) => e.dataset.heading));
    check(JSON.stringify(headings) === JSON.stringify(['受文者', '發文日期', '發文字號', '主旨', '說明', '辦法']),
          `sections ${headings}`);
    check((await page.textContent('#draft-label')).includes('未使用語言模型'), 'no 未使用語言模型 label');
    const date = await page.inputValue('.draft-section[data-heading=發文日期] textarea');
    check(/^中華民國\d+年\d+月\d+日$/.test(date), `發文日期 is '${date}'`);
    const said = await page.inputValue('.draft-section[data-heading=說明] textarea');
    check(/^一、.+\[1\]/.test(said), `說明 does not quote with a citation: ${said}`);
    const cited = await page.locator('.draft-section[data-heading=說明] .sentences a.cite-ref').count();
    check(cited >= 1, 'sentences of 說明 show no citation');
    const sources = await page.locator('#draft-sources li').count();
    check(sources >= 1, 'no source listed');
    const pids = await page.locator('#draft-sources .meta').allTextContents();
    check(!pids.some((p) => p.includes(excluded)), `the excluded passage ${excluded} is cited`);
    await shot('draft-no-model');
  });

  await step('edit-marks-unsupported', async () => {
    const area = page.locator('.draft-section[data-heading=說明] textarea');
    const before = await area.inputValue();
    check(await page.locator('.draft-section[data-heading=說明] .sentences li.unsupported').count() === 0,
          'a cited quote is marked unsupported');
    await area.fill(before + '\n三、請各機關於三個月內完成演練並回報執行情形。');
    const marked = page.locator('.draft-section[data-heading=說明] .sentences li.unsupported');
    await marked.first().waitFor();
    check((await marked.first().textContent()).includes('未附出處'), 'uncited sentence not marked');
    // Fixed fields are not checked for citations.
    check(await page.locator('.draft-section[data-heading=發文日期] .sentences li').count() === 0,
          '發文日期 is checked for citations');
  });

  await step('copy-with-sources', async () => {
    await page.click('#draft-copy');
    await page.locator('#draft-copy[data-copied]').waitFor();
    const copied = await page.getAttribute('#draft-copy', 'data-copied');
    check(copied.includes('說明：') && copied.includes('[1] '), `copied text lacks sections or sources: ${copied}`);
    check(copied.includes('請各機關於三個月內完成演練'), 'copied text lacks the edit');
  });

  for (const format of ['odt', 'docx']) {
    await step('export-' + format, async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#draft-export-' + format)]);
      const file = path.join(outDir, 'draft.' + format);
      await download.saveAs(file);
      check(fs.statSync(file).size > 500, `${format} file is tiny`);
      if (!havePandoc) { console.log('  (pandoc not installed: file not opened)'); return; }
      const text = pandocText(file);
      check(text.includes('受文者：') && text.includes('說明：'), `${format}: headings missing:\n${text}`);
      check(text.includes('請各機關於三個月內完成演練'), `${format}: the edit is missing`);
      check(text.includes('北辰市政府資通安全事件通報及應變要點'), `${format}: the source is not named`);
    });
  }

  await step('save-reopen-delete', async () => {
    await page.click('#draft-save');
    await page.locator('#draft-saved-list li').first().waitFor();
    check(await page.locator('#draft-saved-list li').count() === 1, 'saved list is not one draft');
    await page.fill('.draft-section[data-heading=主旨] textarea', '暫時改掉');
    await page.click('#draft-saved-list .open-draft');
    await page.locator('#status').filter({ hasText: '已開啟草稿' }).waitFor();
    const subject = await page.inputValue('.draft-section[data-heading=主旨] textarea');
    check(subject !== '暫時改掉', 'reopening did not restore the saved draft');
    check((await page.inputValue('.draft-section[data-heading=說明] textarea')).includes('三個月內'),
          'the reopened draft lacks the saved edit');
    const saved = await page.evaluate(async () => (await (await fetch('/api/drafts')).json()).drafts);
    check(saved.length === 1 && saved[0].task === 'official-document', `GET /api/drafts: ${JSON.stringify(saved)}`);
    page.once('dialog', (d) => d.accept());
    await page.click('#draft-saved-list .delete-draft');
    await page.locator('#draft-saved').waitFor({ state: 'hidden' });
  });

  await step('feedback', async () => {
    await page.fill('#draft-comment', '說明第一點很好');
    await page.click('#draft-up');
    let listed = [];
    for (let i = 0; i < 50 && listed.length === 0; i += 1) {
      listed = await page.evaluate(async () => (await (await fetch('/api/feedback')).json()).feedback);
      if (!listed.length) await new Promise((r) => setTimeout(r, 100));
    }
    check(listed.length === 1, `GET /api/feedback lists ${listed.length} entries, not 1`);
    const fb = listed[0];
    check(fb.rating === 1 && fb.kind === 'draft' && fb.comment === '說明第一點很好', JSON.stringify(fb));
    check(fb.question === '資安事件通報時限' && fb.citations.length >= 1, `feedback lacks question or citations`);
  });

  const withModel = await startServer(`llm.endpoint = ${modelUrl}\nllm.max_tokens = 256\n`);
  await step('model-streams-checked-citations', async () => {
    await page.goto(withModel + '/#/draft');
    await page.locator('#view-draft').waitFor({ state: 'visible' });
    await page.selectOption('#draft-task', 'official-document');
    await page.fill('#draft-input', TOPIC);
    await page.click('#draft-find');
    await page.locator('#draft-evidence li').first().waitFor();
    await page.evaluate(() => {
      window.streamSeen = '';
      new MutationObserver(() => {
        window.streamSeen += '|' + document.getElementById('draft-stream').textContent;
      }).observe(document.getElementById('draft-stream'), { childList: true, characterData: true, subtree: true });
    });
    await page.click('#draft-generate');
    await page.locator('#draft-result[data-state=done] .draft-section').first().waitFor();
    const seen = await page.evaluate(() => window.streamSeen);
    check(seen.length > 0, 'nothing was streamed');
    check(!seen.includes('[9'), 'the invalid citation [9] reached the reader in the stream');
    check(await page.locator('#draft-label').isHidden(), 'the model draft is labelled as without a model');
    const said = await page.inputValue('.draft-section[data-heading=說明] textarea');
    check(said.includes('資安事件應於知悉後一小時內通報[1]'), `說明 not converted or cited: ${said}`);
    check(!said.includes('[9]'), '說明 keeps [9]');
    check((await page.textContent('#draft-report')).includes('[9]'), 'removed citation [9] not listed');
    const marked = await page.locator('.draft-section[data-heading=說明] .sentences li.unsupported').count();
    check(marked === 1, `expected one unsupported sentence in 說明, saw ${marked}`);
    await shot('draft-model');
  });

  await step('regenerate-one-section', async () => {
    await page.fill('.draft-section[data-heading=主旨] textarea', '我改過的主旨');
    await page.fill('.draft-section[data-heading=辦法] textarea', '舊的辦法');
    const calls = modelCalls;
    await page.locator('.draft-section[data-heading=辦法] .regenerate').click();
    await page.waitForFunction(() => document.querySelector('.draft-section[data-heading=辦法] textarea')
      ?.value.includes('指定專人'));
    check(modelCalls === calls + 1, 'the model was not asked again');
    check(await page.inputValue('.draft-section[data-heading=主旨] textarea') === '我改過的主旨',
          'regenerating one section changed another');
  });
} catch (err) {
  results.push({ name: 'setup', ok: false, error: err.message });
  console.log(`FAIL setup: ${err.message}`);
} finally {
  if (browser) await browser.close().catch(() => {});
  for (const s of servers) s.kill('SIGTERM');
  scripted.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

const failed = results.filter((r) => !r.ok);
console.log(`${results.length - failed.length}/${results.length} draft page steps passed; screenshots in ${outDir}`);
if (failed.length) {
  for (const s of servers) if (s.log) console.log('server stderr (tail):\n' + s.log);
  process.exit(1);
}
