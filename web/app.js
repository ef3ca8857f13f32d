// Wenyuan's browser UI: the shell around the pages. It finds out who the
// caller is (GET /api/session), shows the sign-in screen (name and
// password, or an API key) when nobody is,
// routes between the pages by the address's #fragment (#/search, #/ask,
// #/draft, #/kb[/KB], #/doc/KB/ID, #/admin[/TAB]), keeps the current knowledge base, the language
// and the status line, and handles the keys that work everywhere. Each page
// lives in its own module and talks to the server only through api.js.
import * as api from './api.js';
import { LANGUAGES, applyTranslations, language, setLanguage, t } from './i18n.js';
import { errorDetails, errorText, showMessage } from './errors.js';
import { initSearch } from './search.js';
import { initAsk } from './ask.js';
import { initDraft } from './draft.js';
import { initKnowledgeBases } from './kb.js';
import { initDocument } from './document.js';
import { initAdmin } from './admin.js';

const $ = (id) => document.getElementById(id);
const KB_STORAGE_KEY = 'wenyuan.kb';

// Shared state and services handed to every page.
const app = {
  session: null,  // {role, kbs, open} once known
  kbs: [],        // GET /api/kb
  kb: '',         // the knowledge base searches and questions go to
  pages: {},

  // A line in the status bar; `details` (the server's raw text) goes under
  // a collapsed "details" toggle.
  status(text, kind = 'info', details = '') {
    const el = $('status');
    showMessage(el, text || '', details);
    el.dataset.kind = kind;
  },
  // A failure: the phrase `key` with {message} in the interface's language,
  // the server's own words under "details".
  fail(key, err) {
    this.status(t(key, { message: errorText(err) }), 'error', errorDetails(err));
  },
  isAdmin() { return !!this.session && this.session.role === 'admin'; },
  canEdit(kb) {
    const s = this.session;
    if (!s) return false;
    if (s.role === 'admin') return true;
    if (s.role !== 'editor') return false;
    const kbs = s.kbs || [];
    return kbs.includes('*') || kbs.includes(kb);
  },
  go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  },
  setKb(name) {
    if (!name || this.kb === name) return;
    this.kb = name;
    $('kb').value = name;
    try { localStorage.setItem(KB_STORAGE_KEY, name); } catch { /* not remembered */ }
  },
  async refreshKbs() {
    const { kbs } = await api.get('/api/kb');
    this.kbs = kbs || [];
    renderKbSelect();
    return this.kbs;
  },
};

function renderKbSelect() {
  const select = $('kb');
  select.replaceChildren();
  for (const kb of app.kbs) {
    const option = document.createElement('option');
    option.value = kb.name;
    option.textContent = kb.name;
    select.append(option);
  }
  if (!app.kbs.length) {
    const option = document.createElement('option');
    option.value = '';
    option.textContent = t('kb.none');
    select.append(option);
  }
  let saved = '';
  try { saved = localStorage.getItem(KB_STORAGE_KEY) || ''; } catch { /* none */ }
  const names = app.kbs.map((kb) => kb.name);
  app.kb = names.includes(app.kb) ? app.kb : names.includes(saved) ? saved : names[0] || '';
  select.value = app.kb;
}

function renderWho() {
  const s = app.session;
  const who = $('who');
  $('nav-admin').hidden = !s || s.role !== 'admin';
  $('password-change').hidden = !s || !s.user;
  if (!s) {
    who.textContent = '';
    $('logout').hidden = true;
    return;
  }
  const role = t('auth.role.' + s.role);
  const label = s.user || s.name || s.key_prefix;
  who.textContent = s.open ? `${role}（${t('auth.open')}）` : label ? `${label} · ${role}` : role;
  $('logout').hidden = !!s.open;
}

// GET /api/session: 200 is a session (or open mode), 401 means log in. A
// server without the route (404/405) predates access control: open mode.
async function loadSession() {
  try {
    const s = await api.get('/api/session', { quiet401: true });
    const open = s.open === true || s.mode === 'open' || s.auth === 'open';
    app.session = { ...s, role: s.role || 'admin', kbs: s.kbs || ['*'], open };
  } catch (err) {
    if (err.status === 404 || err.status === 405) app.session = { role: 'admin', kbs: ['*'], open: true };
    else if (err.status === 401) app.session = null;
    else throw err;
  }
  renderWho();
  return app.session;
}

function showView(name) {
  for (const section of document.querySelectorAll('main > .view')) section.hidden = section.id !== 'view-' + name;
  for (const link of document.querySelectorAll('nav a[data-view]')) {
    if (link.dataset.view === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  $('nav-row').hidden = name === 'login';
}

function parseHash() {
  const raw = location.hash.replace(/^#\/?/, '');
  const [path, search = ''] = raw.split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { parts, params: new URLSearchParams(search) };
}

async function route() {
  const { parts, params } = parseHash();
  const page = parts[0] || 'search';
  if (!app.session) {
    showView('login');
    $('login-user').focus();
    return;
  }
  if (page === 'login') { app.go('#/search'); return; }
  const handler = app.pages[page] || app.pages.search;
  const name = app.pages[page] ? page : 'search';
  showView(name);
  try {
    await handler.show(parts.slice(1), params);
  } catch (err) {
    app.status(errorText(err), 'error', errorDetails(err));
  }
}

// After a successful POST /api/session: load who we are, the KBs, the page.
async function signedIn() {
  await loadSession();
  if (!app.session) throw new Error(t('auth.expired'));
  await app.refreshKbs();
  app.status('');
  const { parts } = parseHash();
  if (!parts.length || parts[0] === 'login') app.go('#/search');
  else route();
}

function initLogin() {
  $('login-user-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const user = $('login-user').value.trim();
    const password = $('login-password').value;
    $('login-user-error').textContent = '';
    try {
      await api.post('/api/session', { user, password }, { quiet401: true });
      $('login-password').value = '';
      await signedIn();
    } catch (err) {
      $('login-user-error').textContent = t('auth.bad', { message: err.message });
    }
  });
  $('login-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const key = $('login-key').value.trim();
    showMessage($('login-error'), '');
    try {
      await api.post('/api/session', { key }, { quiet401: true });
      $('login-key').value = '';
      await signedIn();
    } catch (err) {
      showMessage($('login-error'), t('auth.bad', { message: errorText(err) }), errorDetails(err));
    }
  });
  $('password-change').addEventListener('click', async () => {
    const current = prompt(t('auth.passwordCurrent'));
    if (current === null) return;
    const next = prompt(t('auth.passwordNew'));
    if (next === null) return;
    try {
      await api.post('/api/session/password', { current, new: next });
      app.status(t('auth.passwordChanged'));
    } catch (err) {
      app.status(t('auth.bad', { message: err.message }), 'error');
    }
  });
  $('logout').addEventListener('click', async () => {
    try { await api.del('/api/session', { quiet401: true }); } catch { /* signed out either way */ }
    app.session = null;
    app.kbs = [];
    renderWho();
    renderKbSelect();
    app.status('');
    route();
  });
  api.onUnauthorized(() => {
    if (!app.session || app.session.open) return;
    app.session = null;
    renderWho();
    app.status(t('auth.expired'), 'error');
    route();
  });
}

function initLanguage() {
  const select = $('lang');
  for (const { code, name } of LANGUAGES) {
    const option = document.createElement('option');
    option.value = code;
    option.textContent = name;
    option.lang = code;
    select.append(option);
  }
  select.value = language();
  select.addEventListener('change', () => {
    setLanguage(select.value);
    renderWho();
    for (const page of Object.values(app.pages)) if (page.relabel) page.relabel();
  });
  applyTranslations();
}

// "/" jumps to the query box of the page in view (unless typing already).
function initKeys() {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || !app.session) return;
    const target = event.target;
    if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
    const box = !$('view-ask').hidden ? $('ask-q') : $('search-q');
    if ($('view-search').hidden && $('view-ask').hidden) app.go('#/search');
    event.preventDefault();
    box.focus();
    box.select();
  });
}

async function start() {
  initLanguage();
  initLogin();
  initKeys();
  $('kb').addEventListener('change', () => app.setKb($('kb').value));
  app.pages.search = initSearch(app);
  app.pages.ask = initAsk(app);
  app.pages.draft = initDraft(app);
  app.pages.kb = initKnowledgeBases(app);
  app.pages.doc = initDocument(app);
  app.pages.admin = initAdmin(app);
  window.addEventListener('hashchange', route);
  try {
    if (await loadSession()) await app.refreshKbs();
  } catch (err) {
    app.status(t('error.network'), 'error', errorDetails(err));
  }
  await route();
  document.body.dataset.ready = 'true';
}

start();
