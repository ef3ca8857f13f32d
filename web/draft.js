// The drafting page (撰稿): pick a task, paste the input (a citizen's
// petition, a legislator's question, a topic), look at the evidence the
// knowledge base holds and untick what should not be used, then generate:
// POST /api/draft with "stream": true shows the model's text as it comes
// (citation markers arrive only once checked), then the draft in the task's
// template with one editable box per section. Under each box every
// sentence is listed with its citations; a sentence that states something
// and cites nothing is marked 未附出處. Removed citations and unsupported
// sentences from the server's check are listed. A section can be
// regenerated alone; the draft can be copied with its sources, saved
// (/api/drafts), reopened, deleted, exported as .odt or .docx
// (/api/draft/export) and rated 👍/👎 with a comment (/api/feedback).
import * as api from './api.js';
import { t } from './i18n.js';
import { documentHash, passageNumber } from './search.js';

const $ = (id) => document.getElementById(id);
const TASKS = ['official-document', 'petition-reply', 'press-release', 'legislator-qa', 'qa'];
const EVIDENCE_K = 8;

// Sentences of a section's text: ends at 。！？； or a line break, with the
// citation markers that follow the end kept with the sentence.
export function sentencesOf(text) {
  const out = [];
  const re = /[^。！？；\n]*(?:[。！？；]+|\n|$)(?:\s*\[\d+\])*/g;
  for (const m of text.matchAll(re)) {
    const s = m[0].trim();
    if (s) out.push(s);
    if (m[0] === '') break;
  }
  return out;
}

export function citationsOf(sentence) {
  return [...sentence.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
}

// A sentence that states something: long enough once markers, numbering
// and punctuation are gone, and not a placeholder in parentheses.
function isClaim(sentence) {
  const bare = sentence.replace(/\[\d+\]/g, '').replace(/^[一二三四五六七八九十]+、|^\d+\.\s*/, '')
    .replace(/[\s。！？；，、：「」（）()]/g, '');
  if (/^（.*）$/.test(sentence.trim())) return false;
  return [...bare].length >= 8;
}

export function initDraft(app) {
  let evidence = [];       // the retrieved passages, with .included
  let result = null;       // the last /api/draft response
  let sections = [];       // [{heading, body}] as edited
  let sources = [];        // evidence the draft cites [1]..[n]
  let savedId = null;
  let kb = '';
  let controller = null;

  const task = () => $('draft-task').value;
  const input = () => $('draft-input').value.trim();

  function fillTasks() {
    const select = $('draft-task');
    const current = select.value || TASKS[0];
    select.replaceChildren();
    for (const name of TASKS) {
      const option = document.createElement('option');
      option.value = name;
      option.textContent = t('draft.task.' + name);
      select.append(option);
    }
    select.value = current;
  }

  function sourceHash(n) {
    const e = sources[n - 1];
    if (!e) return '#';
    const c = e.citation;
    return documentHash(kb, c.document_id, {
      passage: passageNumber(c.passage_id), start: c.begin, end: c.end, quote: e.text,
    });
  }

  function renderEvidence() {
    const list = $('draft-evidence');
    list.replaceChildren();
    evidence.forEach((hit, i) => {
      const li = document.createElement('li');
      li.className = 'evidence-item';
      li.dataset.passage = hit.passage_id;
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.id = 'draft-ev-' + i;
      box.checked = hit.included;
      box.addEventListener('change', () => { hit.included = box.checked; li.dataset.excluded = String(!box.checked); });
      const label = document.createElement('label');
      label.htmlFor = box.id;
      label.textContent = hit.title || hit.passage_id;
      const text = document.createElement('p');
      text.className = 'evidence-text';
      text.textContent = (hit.snippet && hit.snippet.text) || hit.text || '';
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [hit.source, hit.passage_id].filter(Boolean).join(' · ');
      li.append(box, ' ', label, text, meta);
      li.dataset.excluded = String(!hit.included);
      list.append(li);
    });
    $('draft-evidence-box').hidden = false;
    $('draft-evidence-empty').hidden = evidence.length > 0;
  }

  async function findEvidence() {
    kb = app.kb;
    if (!input() || !kb) return;
    app.status(t('draft.finding'));
    const found = await api.get('/api/search?' + api.query({ kb, q: input(), k: EVIDENCE_K }));
    evidence = (found.hits || []).map((hit) => ({ ...hit, included: true }));
    renderEvidence();
    app.status(t('draft.found', { n: evidence.length }));
  }

  function renderSentences(container, body) {
    container.replaceChildren();
    for (const sentence of sentencesOf(body)) {
      const li = document.createElement('li');
      const cited = citationsOf(sentence).filter((n) => n >= 1 && n <= sources.length);
      li.append(sentence.replace(/\s*\[\d+\]/g, ''));
      if (cited.length) {
        for (const n of [...new Set(cited)]) {
          const a = document.createElement('a');
          a.className = 'cite-ref';
          a.href = sourceHash(n);
          a.textContent = `[${n}]`;
          const c = sources[n - 1].citation;
          a.title = c.title || c.passage_id;
          li.append(' ', a);
        }
      } else if (isClaim(sentence)) {
        li.className = 'unsupported';
        const mark = document.createElement('span');
        mark.className = 'unsupported-mark';
        mark.textContent = t('draft.unsupported');
        li.append(' ', mark);
      }
      container.append(li);
    }
  }

  function renderDraft() {
    const box = $('draft-sections');
    box.replaceChildren();
    sections.forEach((s, i) => {
      const section = document.createElement('section');
      section.className = 'draft-section';
      section.dataset.heading = s.heading;
      const head = document.createElement('div');
      head.className = 'draft-section-head';
      const label = document.createElement('label');
      label.htmlFor = 'draft-body-' + i;
      label.textContent = s.heading;
      const again = document.createElement('button');
      again.type = 'button';
      again.className = 'secondary small regenerate';
      again.textContent = t('draft.regenerate');
      again.addEventListener('click', () => generate(s.heading));
      head.append(label, again);
      const area = document.createElement('textarea');
      area.id = 'draft-body-' + i;
      area.className = 'draft-body';
      area.rows = Math.min(12, Math.max(2, s.body.split('\n').length + 1));
      area.value = s.body;
      const list = document.createElement('ol');
      list.className = 'sentences';
      // Fixed fields (受文者, 發文日期…) cite nothing and are not checked.
      const check = () => { if (s.needs_citations !== false) renderSentences(list, s.body); };
      area.addEventListener('input', () => { s.body = area.value; check(); });
      check();
      section.append(head, area, list);
      box.append(section);
    });
    const sourceList = $('draft-sources');
    sourceList.replaceChildren();
    sources.forEach((e, i) => {
      const li = document.createElement('li');
      li.value = i + 1;
      const a = document.createElement('a');
      a.href = sourceHash(i + 1);
      a.textContent = e.citation.title || e.citation.passage_id;
      const q = document.createElement('q');
      q.textContent = e.text.length > 120 ? e.text.slice(0, 120) + '…' : e.text;
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [e.citation.source, e.citation.passage_id].filter(Boolean).join(' · ');
      li.append(a, ' ', q, meta);
      sourceList.append(li);
    });
    const report = $('draft-report');
    report.replaceChildren();
    const removed = (result && result.removed_citations) || [];
    const unsupported = (result && result.unsupported_sentences) || [];
    if (removed.length) {
      const p = document.createElement('p');
      p.className = 'removed-citations';
      p.textContent = t('draft.removed', { list: removed.join(' ') });
      report.append(p);
    }
    if (unsupported.length) {
      const p = document.createElement('p');
      p.className = 'unsupported-list';
      p.textContent = t('draft.unsupportedList', { n: unsupported.length });
      const ul = document.createElement('ul');
      for (const s of unsupported) {
        const li = document.createElement('li');
        li.textContent = s;
        ul.append(li);
      }
      report.append(p, ul);
    }
    $('draft-label').hidden = !(result && result.draft && result.draft.label);
    $('draft-label').textContent = result && result.draft && result.draft.label
      ? t('draft.noModel', { label: result.draft.label }) : '';
    $('draft-result').hidden = false;
  }

  function draftObject() {
    const d = (result && result.draft) || {};
    return { task: d.task || task(), title: d.title || '', request: d.request || input(),
             label: d.label || '', mode: d.mode || '', sections, evidence: sources };
  }

  function draftText() {
    const lines = [];
    const d = draftObject();
    if (d.title) lines.push(d.title, '');
    for (const s of sections) lines.push(`${s.heading}：${s.body.includes('\n') ? '\n' + s.body : s.body}`, '');
    lines.push(t('draft.sources'));
    sources.forEach((e, i) => {
      const c = e.citation;
      lines.push(`[${i + 1}] ${[c.title, c.source, c.passage_id].filter(Boolean).join(' · ')}`);
    });
    return lines.join('\n').trim() + '\n';
  }

  // Generates the whole draft, or only `onlySection` (the other sections
  // keep what the user wrote).
  async function generate(onlySection) {
    if (controller) controller.abort();
    controller = new AbortController();
    kb = app.kb;
    const exclude = evidence.filter((e) => !e.included).map((e) => e.passage_id);
    const body = { kb, task: task(), topic: input(), stream: true, k: EVIDENCE_K, exclude };
    $('draft-result').hidden = false;
    $('draft-result').dataset.state = 'streaming';
    const stream = $('draft-stream');
    stream.hidden = false;
    stream.textContent = '';
    app.status(t('draft.busy'));
    try {
      let final = null;
      for await (const { event, data } of api.postStream('/api/draft', body, controller.signal)) {
        if (event === 'token') stream.textContent += (data && data.text) || '';
        else if (event === 'error') throw new Error(((data && data.error) || {}).message || 'stream error');
        else if (event === 'done') final = data;
      }
      if (!final) throw new Error('no draft');
      if (!final.found) {
        app.status(t('draft.notFound'), 'error');
        $('draft-result').dataset.state = 'done';
        stream.hidden = true;
        return;
      }
      const fresh = final.draft.sections.map((s) => ({ heading: s.heading, body: s.body,
                                                      needs_citations: s.needs_citations }));
      if (onlySection && sections.length) {
        const replacement = fresh.find((s) => s.heading === onlySection);
        if (replacement) sections.find((s) => s.heading === onlySection).body = replacement.body;
        if (JSON.stringify(final.evidence) !== JSON.stringify(sources)) {
          // The section cites the new evidence list; keep the new numbering.
          sources = final.evidence;
        }
      } else {
        sections = fresh;
        sources = final.evidence || [];
      }
      result = final;
      stream.hidden = true;
      renderDraft();
      app.status(final.mode === 'llm' ? t('draft.done') : t('draft.doneNoModel'));
    } catch (err) {
      if (err.name === 'AbortError') return;
      app.status(t('draft.failed', { message: err.message }), 'error');
    } finally {
      $('draft-result').dataset.state = 'done';
    }
  }

  async function refreshSaved() {
    const { drafts } = await api.get('/api/drafts');
    const list = $('draft-saved-list');
    list.replaceChildren();
    for (const d of drafts || []) {
      const li = document.createElement('li');
      li.dataset.id = d.id;
      const open = document.createElement('button');
      open.type = 'button';
      open.className = 'secondary small open-draft';
      open.textContent = t('draft.open');
      open.addEventListener('click', () => openSaved(d.id));
      const remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'danger small delete-draft';
      remove.textContent = t('draft.delete');
      remove.addEventListener('click', async () => {
        await api.del('/api/drafts/' + d.id);
        if (savedId === d.id) savedId = null;
        await refreshSaved();
      });
      const title = document.createElement('span');
      title.textContent = `${d.title}：${d.request}（${d.kb}，${d.updated_at}）`;
      li.append(title, ' ', open, ' ', remove);
      list.append(li);
    }
    $('draft-saved').hidden = !(drafts || []).length;
  }

  async function openSaved(id) {
    const saved = await api.get('/api/drafts/' + id);
    const d = saved.draft;
    savedId = id;
    app.setKb(saved.kb);
    kb = saved.kb;
    $('draft-task').value = d.task || task();
    $('draft-input').value = d.request || '';
    sections = d.sections || [];
    sources = d.evidence || [];
    result = { draft: { label: d.label, title: d.title, task: d.task, request: d.request, mode: d.mode } };
    renderDraft();
    app.status(t('draft.opened'));
  }

  async function exportAs(format) {
    const blob = await api.postBlob('/api/draft/export', { format, draft: draftObject() });
    const link = $('draft-download');
    if (link.href) URL.revokeObjectURL(link.href);
    link.href = URL.createObjectURL(blob);
    link.download = `${draftObject().task || 'draft'}.${format}`;
    link.textContent = t('draft.download', { name: link.download });
    link.hidden = false;
    link.dataset.format = format;
    link.dataset.bytes = String(blob.size);
    link.click();
  }

  async function feedback(rating) {
    await api.post('/api/feedback', {
      kb, kind: 'draft', rating, comment: $('draft-comment').value.trim(), question: input(),
      answer: draftText(), citations: sources,
    });
    $('draft-comment').value = '';
    app.status(t('draft.thanks'));
  }

  $('draft-form').addEventListener('submit', (event) => {
    event.preventDefault();
    findEvidence().catch((err) => app.status(err.message, 'error'));
  });
  $('draft-generate').addEventListener('click', () => generate());
  $('draft-copy').addEventListener('click', async () => {
    $('draft-copy').dataset.copied = draftText();
    try {
      await navigator.clipboard.writeText(draftText());
      app.status(t('ask.copied'));
    } catch {
      const area = document.createElement('textarea');
      area.value = draftText();
      document.body.append(area);
      area.select();
      document.execCommand('copy');
      area.remove();
      app.status(t('ask.copied'));
    }
  });
  $('draft-save').addEventListener('click', async () => {
    try {
      const saved = await api.post('/api/drafts', { id: savedId, kb, draft: draftObject() });
      savedId = saved.id;
      app.status(t('draft.saved'));
      await refreshSaved();
    } catch (err) {
      app.status(err.message, 'error');
    }
  });
  $('draft-export-odt').addEventListener('click', () => exportAs('odt').catch((e) => app.status(e.message, 'error')));
  $('draft-export-docx').addEventListener('click', () => exportAs('docx').catch((e) => app.status(e.message, 'error')));
  $('draft-up').addEventListener('click', () => feedback(1).catch((e) => app.status(e.message, 'error')));
  $('draft-down').addEventListener('click', () => feedback(-1).catch((e) => app.status(e.message, 'error')));
  fillTasks();

  return {
    async show() {
      fillTasks();
      await refreshSaved().catch(() => {});
      $('draft-input').focus();
    },
    relabel() { fillTasks(); if (result) renderDraft(); },
  };
}
