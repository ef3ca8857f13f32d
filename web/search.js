// The search page: a query box with filters (source, type, date range), a
// page of documents (title, rank, relevance, source, date, highlighted
// snippet of the best passage, and "more from this document": the other
// passages found, folded), the categories
// of the best hits as toggle buttons (facets: pressing one narrows the
// search to it, pressing it again widens it) and paging. The query and
// filters live in the address (#/search?q=…&category=業務/資安&page=2), so a
// search can be bookmarked and the back button works. Keys: Enter searches, the
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

function passageLink(kb, hit, snippet, className) {
  const link = document.createElement('a');
  link.className = className;
  link.href = documentHash(kb, hit.document_id, {
    passage: passageNumber(hit.passage_id),
    hl: (snippet.highlights || []).map(([b, e]) => `${b}-${e}`).join(','),
  });
  return link;
}

// Rank and relevance (the share of the query's best hit's score, the same
// in keyword, vector and hybrid mode: docs/api.md) as the meta line shows them.
function rankSpans(hit) {
  const spans = [];
  if (hit.rank) {
    const rank = document.createElement('span');
    rank.className = 'rank';
    rank.textContent = `#${hit.rank}`;
    spans.push(rank);
  }
  if (typeof hit.relevance === 'number') {
    const relevance = document.createElement('span');
    relevance.className = 'relevance';
    const percent = Math.round(hit.relevance * 100);
    relevance.textContent = t('search.relevance', { percent });
    relevance.title = t('search.relevanceHint');
    relevance.style.setProperty('--relevance', `${percent}%`);
    spans.push(relevance);
  }
  return spans;
}

// "More from this document": the document's other passages the search
// found, folded under its best one.
function moreItem(kb, hit) {
  const details = document.createElement('details');
  details.className = 'more';
  const summary = document.createElement('summary');
  summary.textContent = t('search.more', { count: hit.more_count });
  const list = document.createElement('ol');
  for (const other of hit.more) {
    const li = document.createElement('li');
    const snippet = other.snippet || { text: other.text || '', begin: 0, highlights: [] };
    const link = passageLink(kb, { ...other, document_id: hit.document_id }, snippet, 'more-link');
    link.append(snippetFragment(snippet));
    const meta = document.createElement('span');
    meta.className = 'meta';
    const pid = document.createElement('span');
    pid.className = 'pid';
    pid.textContent = other.passage_id;
    meta.append(pid, ...rankSpans(other));
    li.append(link, meta);
    list.append(li);
  }
  details.append(summary, list);
  if (hit.more_count > hit.more.length) {
    const all = document.createElement('a');
    all.className = 'more-all';
    all.href = documentHash(kb, hit.document_id, {});
    all.textContent = t('search.moreAll');
    details.append(all);
  }
  return details;
}

function hitItem(kb, hit) {
  const li = document.createElement('li');
  li.className = 'hit';
  const h = document.createElement('h3');
  const snippet = hit.snippet || { text: hit.text || '', begin: 0, highlights: [] };
  const link = passageLink(kb, hit, snippet, 'hit-link');
  link.textContent = hit.title || hit.passage_id;
  h.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.append(...rankSpans(hit));
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
  if (hit.more && hit.more.length) li.append(moreItem(kb, hit));
  return li;
}

// The facets: one row per taxonomy, a toggle button per category with its
// document count; chosen categories stay listed (pressed) even when the
// narrowed hits no longer count them.
function renderFacets(container, facets, chosen, toggle) {
  const groups = new Map();
  for (const facet of facets || []) groups.set(facet.taxonomy, [...(facet.values || [])]);
  for (const name of chosen) {
    const slash = name.indexOf('/');
    const [taxonomy, category] = [name.slice(0, slash), name.slice(slash + 1)];
    if (!groups.has(taxonomy)) groups.set(taxonomy, []);
    if (!groups.get(taxonomy).some((v) => v.category === category)) groups.get(taxonomy).unshift({ category, documents: 0 });
  }
  const rows = [];
  for (const [taxonomy, values] of groups) {
    if (!values.length) continue;
    const row = document.createElement('div');
    row.className = 'facet-group';
    row.setAttribute('role', 'group');
    const h = document.createElement('h3');
    h.textContent = taxonomy;
    h.id = `facet-${rows.length}`;
    row.setAttribute('aria-labelledby', h.id);
    row.append(h);
    for (const v of values) {
      const name = `${taxonomy}/${v.category}`;
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'facet';
      button.dataset.category = name;
      button.setAttribute('aria-pressed', chosen.includes(name) ? 'true' : 'false');
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = String(v.documents);
      button.append(v.category, count);
      button.title = t('search.facet', { category: v.category, count: v.documents });
      button.addEventListener('click', () => toggle(name));
      row.append(button);
    }
    rows.push(row);
  }
  container.replaceChildren(...rows);
  container.hidden = rows.length === 0;
}

export function initSearch(app) {
  const form = $('search-form');
  let lastKey = '';

  let categories = [];  // the chosen category filters, "TAXONOMY/NAME"

  function paramsFromForm(page = 1) {
    const params = { kb: app.kb, q: $('search-q').value.trim(), category: categories };
    for (const [name, id] of FILTERS) params[name] = $(id).value.trim();
    if (page > 1) params.page = page;
    return params;
  }

  function toggleCategory(name) {
    categories = categories.includes(name) ? categories.filter((c) => c !== name) : [...categories, name];
    lastKey = '';
    app.go('#/search?' + api.query(paramsFromForm()));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!$('search-q').value.trim()) return;
    lastKey = '';  // the same search again is a refresh
    app.go('#/search?' + api.query(paramsFromForm()));
  });
  $('filter-clear').addEventListener('click', () => {
    for (const [, id] of FILTERS) $(id).value = '';
    categories = [];
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
    categories = params.getAll('category').filter((c) => c.includes('/'));
    if (FILTERS.some(([name]) => params.get(name))) $('search-filters').open = true;
    if (kb) app.setKb(kb);
    if (!q || !kb) {
      $('search-facets').replaceChildren();
      $('search-facets').hidden = true;
      $('hits').replaceChildren();
      $('search-summary').textContent = '';
      $('search-pager').hidden = true;
      return;
    }
    const request = { kb, q, k: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, group: 'document', category: categories };
    for (const [name] of FILTERS) request[name] = params.get(name) || '';
    app.status(t('search.busy'));
    $('hits').setAttribute('aria-busy', 'true');
    const mine = ++ticket;
    try {
      const data = await api.get('/api/search?' + api.query(request));
      if (mine !== ticket) return;
      const hits = data.hits || data.results || [];
      const total = data.total_documents ?? data.total ?? data.candidates ?? hits.length;
      $('hits').replaceChildren(...hits.map((hit) => hitItem(kb, hit)));
      renderFacets($('search-facets'), data.facets, categories, toggleCategory);
      const from = request.offset + 1;
      $('search-summary').textContent = hits.length
        ? t(data.group === 'document' ? 'search.summaryDocuments' : 'search.summary',
          { total, from, to: request.offset + hits.length })
        : t('search.none');
      renderPager($('search-pager'), { page, pages: Math.ceil(total / PAGE_SIZE) }, (to) => {
        app.go('#/search?' + api.query({ ...Object.fromEntries(params), category: categories, page: to }));
      });
      app.status('');
    } catch (err) {
      if (mine !== ticket) return;
      $('hits').replaceChildren();
      $('search-facets').hidden = true;
      $('search-summary').textContent = '';
      $('search-pager').hidden = true;
      app.fail('search.failed', err);
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
