// The document view (#/doc/KB/ID): the cleaned text of one document with a
// span highlighted and scrolled into view. The address says which span:
// `passage` (the passage number) with `start`/`end` (a cited quote) and
// `quote`, or with `hl` ("b-e,b-e": a search hit's highlighted terms).
// Citation and hit offsets are code points within the passage; the passage's
// own start places it in the document. Where the numbers and the quoted
// text disagree, the quoted text wins, so a stale offset still lands right.
import * as api from './api.js';
import { t } from './i18n.js';
import { codePointIndex, codePoints, markRanges } from './highlight.js';

const $ = (id) => document.getElementById(id);

function findPassage(doc, number) {
  if (number === null || number === '') return null;
  return (doc.passages || []).find((p) => String(p.number) === String(number) ||
                                          String(p.id || '').endsWith('#' + number)) || null;
}

function matchesAt(chars, start, text) {
  const want = codePoints(text);
  return start >= 0 && chars.slice(start, start + want.length).join('') === text;
}

// Where the passage begins in the document text (code points), or null.
function passageStart(doc, chars, passage) {
  if (!passage) return null;
  if (typeof passage.start === 'number' && (!passage.text || matchesAt(chars, passage.start, passage.text))) {
    return passage.start;
  }
  if (passage.text) {
    const unit = doc.text.indexOf(passage.text);
    if (unit >= 0) return codePointIndex(doc.text, unit);
  }
  return typeof passage.start === 'number' ? passage.start : null;
}

// The document ranges to mark, from the address's parameters.
export function rangesToMark(doc, chars, params) {
  const passage = findPassage(doc, params.get('passage'));
  const base = passageStart(doc, chars, passage);
  const quote = params.get('quote') || '';
  const start = parseInt(params.get('start'), 10);
  const end = parseInt(params.get('end'), 10);
  if (!Number.isNaN(start) && !Number.isNaN(end)) {
    const candidates = [];
    if (base !== null) candidates.push([base + start, base + end]);
    candidates.push([start, end]);
    if (!quote) return [candidates[0]];
    const exact = candidates.find(([b, e]) => chars.slice(b, e).join('') === quote);
    if (exact) return [exact];
  }
  if (quote) {
    const unit = doc.text.indexOf(quote);
    if (unit >= 0) {
      const b = codePointIndex(doc.text, unit);
      return [[b, b + codePoints(quote).length]];
    }
  }
  const hl = (params.get('hl') || '').split(',').filter(Boolean)
    .map((pair) => pair.split('-').map((n) => parseInt(n, 10)))
    .filter(([b, e]) => !Number.isNaN(b) && !Number.isNaN(e));
  if (hl.length && base !== null) return hl.map(([b, e]) => [base + b, base + e]);
  if (passage && base !== null) return [[base, base + codePoints(passage.text || '').length]];
  return [];
}

export function initDocument(app) {
  $('doc-back').addEventListener('click', () => {
    if (history.length > 1) history.back();
    else app.go('#/search');
  });

  return {
    async show(parts, params) {
      const [kb, id] = parts;
      $('doc-title').textContent = t('doc.loading');
      $('doc-meta').textContent = '';
      $('doc-text').replaceChildren();
      $('view-doc').dataset.state = 'loading';
      try {
        const doc = await api.get(`${api.kbPath(kb)}/documents/${encodeURIComponent(id)}`);
        $('doc-title').textContent = doc.title || `${kb}/${id}`;
        const passages = (doc.passages || []).length;
        $('doc-meta').textContent = [kb, doc.source, doc.date, doc.format,
          passages ? t('doc.passages', { n: passages }) : ''].filter(Boolean).join(' · ');
        const chars = codePoints(doc.text);
        const { fragment, marks } = markRanges(chars, rangesToMark(doc, chars, params), 'cited');
        $('doc-text').replaceChildren(fragment);
        if (marks.length) {
          marks[0].id = 'doc-focus';
          marks[0].tabIndex = -1;
          marks[0].setAttribute('aria-label', t('doc.highlight'));
          marks[0].scrollIntoView({ block: 'center' });
          marks[0].focus({ preventScroll: true });
        } else {
          $('doc-title').scrollIntoView();
        }
        $('view-doc').dataset.state = 'ready';
        app.status('');
      } catch (err) {
        $('doc-title').textContent = '';
        $('view-doc').dataset.state = 'error';
        app.fail('doc.failed', err);
      }
    },
  };
}
