// Wenyuan's minimal search page: lists knowledge bases, searches and asks
// through the HTTP API only, and renders highlights from the code-point
// ranges the API returns (never by re-matching text).
'use strict';

const $ = (id) => document.getElementById(id);

function setStatus(text) { $('status').textContent = text; }

// Slices by code points, as the API's offsets are code points.
function cpSlice(chars, begin, end) { return chars.slice(begin, end).join(''); }

function highlighted(snippet) {
  const frag = document.createDocumentFragment();
  const chars = Array.from(snippet.text);
  let at = snippet.begin;
  if (snippet.begin > 0) frag.append('…');
  for (const [b, e] of snippet.highlights) {
    frag.append(cpSlice(chars, at - snippet.begin, b - snippet.begin));
    const m = document.createElement('mark');
    m.textContent = cpSlice(chars, b - snippet.begin, e - snippet.begin);
    frag.append(m);
    at = e;
  }
  frag.append(cpSlice(chars, at - snippet.begin, chars.length));
  return frag;
}

async function api(path, options) {
  const res = await fetch(path, options);
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error((body.error && body.error.message) || res.statusText);
  return body;
}

async function loadKbs() {
  try {
    const { kbs } = await api('/api/kb');
    const select = $('kb');
    select.replaceChildren();
    for (const kb of kbs) {
      const opt = document.createElement('option');
      opt.value = kb.name;
      opt.textContent = `${kb.name}（${kb.documents} 份文件）`;
      select.append(opt);
    }
    if (!kbs.length) setStatus('尚無知識庫。請先以 wenyuan kb create 與 wenyuan ingest 建立。');
  } catch (err) {
    setStatus('無法讀取知識庫清單：' + err.message);
  }
}

async function search(event) {
  if (event) event.preventDefault();
  const kb = $('kb').value, q = $('q').value.trim();
  if (!kb || !q) return;
  $('answer').hidden = true;
  setStatus('搜尋中…');
  try {
    const data = await api(`/api/search?kb=${encodeURIComponent(kb)}&q=${encodeURIComponent(q)}&k=10`);
    const results = $('results');
    results.replaceChildren();
    for (const hit of data.results) {
      const card = document.createElement('article');
      card.className = 'hit';
      const h = document.createElement('h3');
      h.textContent = hit.title;
      const meta = document.createElement('div');
      meta.className = 'meta';
      meta.textContent = [hit.date, hit.source, hit.passage_id].filter(Boolean).join(' · ');
      const p = document.createElement('p');
      p.append(highlighted(hit.snippet));
      card.append(h, meta, p);
      results.append(card);
    }
    setStatus(data.results.length ? `找到 ${data.candidates} 個相關段落，顯示前 ${data.results.length} 個（${data.took_ms.toFixed(1)} 毫秒）` : '沒有符合的段落。');
  } catch (err) {
    setStatus('搜尋失敗：' + err.message);
  }
}

async function ask() {
  const kb = $('kb').value, question = $('q').value.trim();
  if (!kb || !question) return;
  setStatus('尋找答案中…');
  try {
    const data = await api('/api/ask', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ kb, question, stream: false }),
    });
    const list = $('evidence');
    list.replaceChildren();
    for (const e of data.evidence) {
      const li = document.createElement('li');
      const quote = document.createElement('q');
      quote.textContent = e.text;
      const cite = document.createElement('div');
      cite.className = 'meta';
      cite.textContent = `${e.citation.title} · ${e.citation.passage_id} · 字元 ${e.citation.begin}–${e.citation.end}`;
      li.append(quote, cite);
      list.append(li);
    }
    $('answer').hidden = false;
    setStatus(data.found ? '' : '找不到足以回答這個問題的段落。');
    if (!data.found) $('answer').hidden = true;
  } catch (err) {
    setStatus('提問失敗：' + err.message);
  }
}

$('search-form').addEventListener('submit', (event) => {
  event.preventDefault();
  // Keep the query in the address, so a search can be bookmarked or shared.
  const params = new URLSearchParams({ kb: $('kb').value, q: $('q').value.trim() });
  history.replaceState(null, '', '?' + params);
  search(event);
});
$('ask-btn').addEventListener('click', ask);

// "/?kb=sample&q=…" opens with that search run; "&ask=1" asks instead.
loadKbs().then(() => {
  const params = new URLSearchParams(location.search);
  if (!params.get('q')) return;
  if (params.get('kb')) $('kb').value = params.get('kb');
  $('q').value = params.get('q');
  if (params.get('ask')) ask(); else search(new Event('submit'));
});
