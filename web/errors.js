// What the UI says when something fails: the server's error code (or, for
// a failure without one, the HTTP status) becomes a message in the
// interface's language; the server's own text, which is English and meant
// for administrators, stays available under a "details" toggle.

import { t, has } from './i18n.js';

// The message for an ApiError (or any Error) in the chosen language.
export function errorText(err) {
  const code = err && err.code;
  if (code && has('error.code.' + code)) return t('error.code.' + code);
  if (err && err.status >= 500) return t('error.code.internal');
  return t('error.unknown');
}

// The raw text behind a failure, for the details toggle ('' if none).
export function errorDetails(err) {
  if (!err) return '';
  return typeof err === 'string' ? err : String(err.message || '');
}

// Fills `element` with `text` and, when there are details, a collapsed
// <details> holding them (the server's words, as they came).
export function showMessage(element, text, details = '') {
  element.replaceChildren();
  if (!text) return;
  const message = document.createElement('span');
  message.className = 'message';
  message.textContent = text;
  element.append(message);
  if (details && details !== text) {
    const more = document.createElement('details');
    more.className = 'error-details';
    const summary = document.createElement('summary');
    summary.textContent = t('error.details');
    const raw = document.createElement('code');
    raw.textContent = details;
    more.append(summary, raw);
    element.append(' ', more);
  }
}
