// The search page: a query box with filters (source, type, date range), a
// page of hits (title, source, date, highlighted snippet) and paging. The
// query and filters live in the address (#/search?q=…&page=2), so a search
// can be bookmarked and the back button works. Keys: Enter searches, the
// arrow keys move between hits, Enter on a hit opens its document.
import * as api from './api.js';
import { t } from './i18n.js';
import { snippetFragment } from './highlight.js';
import { renderPager } from './pager.js';

const $ = (id) => document.getElementById(id);
const PAGE_SIZE = 10;
const FILTERS = [['source', 'filter-source'], ['type', 'filter-type'], ['date_from', 'filter-from'], ['date_to', 'filter-to']];

export function passageNumber(passageId) {
  const hash = String(passageId || '').lastIndexOf('#');
  return hash < 0 ? '' : passageId.slice(hash + 1);
}

export function documentHash(kb, documentId, params) {
  return `#/doc/${encodeURIComponent(kb)}/${encodeURIComponent(documentId)}?${api.query(params)}`;
}

function hitItem(kb, hit) {
  const li = document.createElement('li');
  li.className = 'hit';
  const h = document.createElement('h3');
  const link = document.createElement('a');
  link.className = 'hit-link';
  const snippet = hit.snippet || { text: hit.text || '', begin: 0, highlights: [] };
  link.href = documentHash(kb, hit.document_id, {
    passage: passageNumber(hit.passage_id),
    hl: (snippet.highlights || []).map(([b, e]) => `${b}-${e}`).join(','),
  });
  link.textContent = hit.title || hit.passage_id;
  h.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  for (const [cls, value] of [['source', hit.source], ['date', hit.date], ['pid', hit.passage_id]]) {
    if (!value) continue;
    const span = document.createElement('span');
    span.className = cls;
    span.textContent = value;
    meta.append(span);
  }
  const p = document.createElement('p');
  p.className = 'snippet';
  p.append(snippetFragment(snippet));
  li.append(h, meta, p);
  return li;
}

export function initSearch(app) {
  const form = $('search-form');
  let lastKey = '';

  function paramsFromForm(page = 1) {
    const params = { kb: app.kb, q: $('search-q').value.trim() };
    for (const [name, id] of FILTERS) params[name] = $(id).value.trim();
    if (page > 1) params.page = page;
    return params;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!$('search-q').value.trim()) return;
    lastKey = '';  // the same search again is a refresh
    app.go('#/search?' + api.query(paramsFromForm()));
  });
  $('filter-clear').addEventListener('click', () => {
    for (const [, id] of FILTERS) $(id).value = '';
    if ($('search-q').value.trim()) form.requestSubmit();
  });

  // Arrow keys walk the hits; from the query box, ArrowDown enters them.
  const links = () => Array.from(document.querySelectorAll('#hits a.hit-link'));
  $('hits').addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
    if (next < 0) $('search-q').focus();
    else all[next].focus();
  });
  $('search-q').addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' && links().length) {
      event.preventDefault();
      links()[0].focus();
    }
  });

  let ticket = 0;  // only the latest search may fill the list

  async function run(params) {
    const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
    const kb = params.get('kb') || app.kb;
    const q = params.get('q') || '';
    $('search-q').value = q;
    for (const [name, id] of FILTERS) $(id).value = params.get(name) || '';
    if (FILTERS.some(([name]) => params.get(name))) $('search-filters').open = true;
    if (kb) app.setKb(kb);
    if (!q || !kb) {
      $('hits').replaceChildren();
      $('search-summary').textContent = '';
      $('search-pager').hidden = true;
      return;
    }
    const request = { kb, q, k: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE };
    for (const [name] of FILTERS) request[name] = params.get(name) || '';
    app.status(t('search.busy'));
    $('hits').setAttribute('aria-busy', 'true');
    const mine = ++ticket;
    try {
      const data = await api.get('/api/search?' + api.query(request));
      if (mine !== ticket) return;
      const hits = data.hits || data.results || [];
      const total = data.total ?? data.candidates ?? hits.length;
      $('hits').replaceChildren(...hits.map((hit) => hitItem(kb, hit)));
      const from = request.offset + 1;
      $('search-summary').textContent = hits.length
        ? t('search.summary', { total, from, to: request.offset + hits.length })
        : t('search.none');
      renderPager($('search-pager'), { page, pages: Math.ceil(total / PAGE_SIZE) }, (to) => {
        app.go('#/search?' + api.query({ ...Object.fromEntries(params), page: to }));
      });
      app.status('');
    } catch (err) {
      if (mine !== ticket) return;
      $('hits').replaceChildren();
      $('search-summary').textContent = '';
      $('search-pager').hidden = true;
      app.status(t('search.failed', { message: err.message }), 'error');
    } finally {
      if (mine === ticket) $('hits').setAttribute('aria-busy', 'false');
    }
  }

  return {
    async show(parts, params) {
      const key = params.toString();
      if (key !== lastKey) {
        lastKey = key;
        await run(params);
      }
      if (!params.get('q')) $('search-q').focus();
    },
    relabel() {
      lastKey = '';
      if (!$('view-search').hidden) {
        const { hash } = location;
        const search = hash.includes('?') ? hash.slice(hash.indexOf('?') + 1) : '';
        if (new URLSearchParams(search).get('q')) run(new URLSearchParams(search));
      }
    },
  };
}
