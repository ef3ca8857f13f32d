// The ask page, a conversation: sends the question (with the earlier
// questions as "history", so a follow-up is searched in context) to
// POST /api/ask with "stream": true,
// shows the answer as its tokens arrive, then the numbered citations. Each
// [n] in the answer and each citation opens the cited document with the
// quoted span highlighted. "Copy answer with citations" puts the answer and
// a numbered source list on the clipboard. 👍/👎 (with a comment) go to
// POST /api/feedback with the question, answer and citations.
import * as api from './api.js';
import { t } from './i18n.js';
import { documentHash, passageNumber } from './search.js';

const $ = (id) => document.getElementById(id);

// One citation in the contract's shape {n, passage_id, document_id, title,
// source, start, end, quote}; also accepts the older evidence shape
// {n, text, citation: {passage_id, …, begin, end}}.
export function normaliseCitation(c, index) {
  if (c.citation) {
    const inner = c.citation;
    return { n: c.n ?? index + 1, passage_id: inner.passage_id, document_id: inner.document_id,
             title: inner.title, source: inner.source, start: inner.begin ?? inner.start,
             end: inner.end, quote: c.text ?? c.quote ?? '' };
  }
  return { ...c, n: c.n ?? index + 1 };
}

function citationHash(kb, c) {
  return documentHash(kb, c.document_id, {
    passage: passageNumber(c.passage_id), start: c.start, end: c.end, quote: c.quote,
  });
}

export function answerWithCitations(answer, citations) {
  const lines = [answer.trim(), ''];
  for (const c of citations) {
    const where = [c.title, c.source, c.passage_id].filter(Boolean).join(' · ');
    lines.push(`[${c.n}] ${where}${c.quote ? `：「${c.quote}」` : ''}`);
  }
  return lines.join('\n').trim() + '\n';
}

async function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  // Plain http on a LAN address has no clipboard API; use a selection.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.className = 'visually-hidden';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy command refused');
}

export function initAsk(app) {
  let answer = '';
  let citations = [];
  let kb = '';
  let controller = null;
  let lastQuestion = '';
  let earlier = [];          // this conversation's earlier questions
  let conversationId = null; // its id once saved (POST /api/conversations)

  function renderAnswer() {
    const box = $('answer-text');
    box.replaceChildren();
    const byNumber = new Map(citations.map((c) => [String(c.n), c]));
    for (const paragraph of answer.split(/\n+/)) {
      if (!paragraph.trim()) continue;
      const p = document.createElement('p');
      for (const piece of paragraph.split(/(\[\d+\])/)) {
        const c = byNumber.get(piece.slice(1, -1));
        if (!/^\[\d+\]$/.test(piece) || !c) {
          p.append(piece);
          continue;
        }
        const ref = document.createElement('a');
        ref.className = 'cite-ref';
        ref.href = citationHash(kb, c);
        ref.textContent = piece;
        ref.setAttribute('aria-label', t('ask.citation', { n: c.n, title: c.title || c.passage_id }));
        p.append(ref);
      }
      box.append(p);
    }
  }

  function renderCitations() {
    const list = $('citations');
    list.replaceChildren();
    for (const c of citations) {
      const li = document.createElement('li');
      li.value = c.n;
      li.id = 'citation-' + c.n;
      const link = document.createElement('a');
      link.className = 'citation-link';
      link.href = citationHash(kb, c);
      link.textContent = c.title || c.passage_id;
      const quote = document.createElement('q');
      quote.textContent = c.quote || '';
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.textContent = [c.source, c.passage_id].filter(Boolean).join(' · ');
      li.append(link, ' ', quote, meta);
      list.append(li);
    }
    $('copy-answer').hidden = !answer.trim();
  }

  // The final answer object, from the non-streaming shape or a `done` event.
  function takeFinal(data) {
    if (!data || typeof data !== 'object') return;
    if (typeof data.answer === 'string' && data.answer) answer = data.answer;
    const list = data.citations || data.evidence;
    if (Array.isArray(list) && list.length) citations = list.map(normaliseCitation);
  }

  async function ask(question) {
    if (controller) controller.abort();
    controller = new AbortController();
    kb = app.kb;
    lastQuestion = question;
    answer = '';
    citations = [];
    $('answer').hidden = false;
    $('answer').setAttribute('aria-busy', 'true');
    $('answer').dataset.state = 'streaming';
    renderAnswer();
    renderCitations();
    app.status(t('ask.busy'));
    try {
      const events = api.postStream('/api/ask', { kb, question, stream: true, history: earlier }, controller.signal);
      for await (const { event, data } of events) {
        if (event === 'token') {
          answer += (data && data.text) || '';
          renderAnswer();
        } else if (event === 'citations') {
          citations = ((data && data.citations) || []).map(normaliseCitation);
          renderAnswer();
          renderCitations();
        } else if (event === 'evidence') {
          citations.push(normaliseCitation(data, citations.length));
          renderCitations();
        } else if (event === 'error') {
          const err = (data && data.error) || {};
          throw new api.ApiError(0, err.code || 'internal', err.message || 'stream error');
        } else if (event === 'done') {
          takeFinal(data);
        }
      }
      renderAnswer();
      renderCitations();
      const found = answer.trim() || citations.length;
      if (!found) $('answer-text').textContent = t('ask.notFound');
      app.status('');
      saveTurn(question, { answer, citations, found: !!found }).catch(() => { /* kept in the page only */ });
      earlier.push(question);
      $('ask-new').hidden = false;
    } catch (err) {
      if (err.name === 'AbortError') return;
      $('answer').hidden = !answer;
      app.fail('ask.failed', err);
    } finally {
      $('answer').setAttribute('aria-busy', 'false');
      $('answer').dataset.state = 'done';
    }
  }

  $('ask-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const question = $('ask-q').value.trim();
    if (!question || !app.kb) return;
    history.replaceState(null, '', '#/ask?' + api.query({ kb: app.kb, q: question }));
    ask(question);
  });

  $('copy-answer').addEventListener('click', async () => {
    try {
      await copyText(answerWithCitations(answer, citations));
      app.status(t('ask.copied'));
    } catch (err) {
      app.fail('ask.copyFailed', err);
    }
  });

  // Each question and answer is kept as a turn of the caller's conversation.
  async function saveTurn(question, reply) {
    if (conversationId && earlier.length) {
      await api.post(`/api/conversations/${conversationId}/turns`, { question, answer: reply });
      return;
    }
    const created = await api.post('/api/conversations', { kb, question, answer: reply });
    conversationId = created.id;
  }

  $('ask-new').addEventListener('click', () => {
    earlier = [];
    conversationId = null;
    $('ask-new').hidden = true;
    $('answer').hidden = true;
    $('ask-q').value = '';
    $('ask-q').focus();
  });

  // 👍/👎 with the question, the answer and the citations it showed.
  async function feedback(rating) {
    await api.post('/api/feedback', {
      kb, kind: 'answer', rating, comment: $('ask-comment').value.trim(), question: lastQuestion,
      answer, citations: citations.map((c) => ({ citation: { passage_id: c.passage_id, document_id: c.document_id,
                                                               title: c.title, source: c.source,
                                                               begin: c.start, end: c.end }, text: c.quote })),
    });
    $('ask-comment').value = '';
    app.status(t('draft.thanks'));
  }
  $('ask-up').addEventListener('click', () => feedback(1).catch((e) => app.status(e.message, 'error')));
  $('ask-down').addEventListener('click', () => feedback(-1).catch((e) => app.status(e.message, 'error')));

  return {
    async show(parts, params) {
      const q = params.get('q');
      if (params.get('kb')) app.setKb(params.get('kb'));
      if (q && q !== $('ask-q').value.trim()) {
        $('ask-q').value = q;
        ask(q);
      } else if (!q) {
        $('ask-q').focus();
      }
    },
    relabel() { renderAnswer(); renderCitations(); },
  };
}
