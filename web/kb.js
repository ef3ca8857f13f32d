// The knowledge base page (#/kb, #/kb/NAME): every KB the caller may read
// with its counts, a create form for admins, and for the chosen KB its
// statistics, uploads (drag and drop or a file picker; one request per file
// so each has its own progress bar, then the ingest job is polled until the
// file is added or fails) and the document list with delete.
import * as api from './api.js';
import { t, has } from './i18n.js';
import { errorDetails, errorText, showMessage } from './errors.js';
import { renderPager } from './pager.js';
import { documentHash } from './search.js';

const $ = (id) => document.getElementById(id);
const DOCS_PAGE_SIZE = 20;
const JOB_POLL_MS = 400;
const STATS_ORDER = ['documents', 'passages', 'sources', 'text_bytes', 'index_bytes', 'last_ingest', 'created_at'];
const STATS_HIDDEN = ['name', 'kb', 'settings'];
const FINAL_FILE_STATES = ['added', 'updated', 'unchanged', 'failed'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function formatBytes(n) {
  if (typeof n !== 'number') return String(n);
  const units = ['B', 'KiB', 'MiB', 'GiB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i += 1; }
  return `${i ? n.toFixed(1) : n} ${units[i]}`;
}

function formatStat(key, value) {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number' && /bytes|size/.test(key)) return formatBytes(value);
  if (typeof value === 'number') return value.toLocaleString();
  if (Array.isArray(value)) return value.length.toLocaleString();
  if (typeof value === 'object') return Object.keys(value).length.toLocaleString();
  return String(value);
}

// Asks with the page's <dialog>; resolves true when the user confirms.
function confirmDialog(message) {
  const dialog = $('confirm-dialog');
  $('confirm-message').textContent = message;
  return new Promise((resolve) => {
    // The close event is queued: the one from an earlier close can arrive
    // after the dialog was opened again (cancel, then delete at once). Such
    // a stale event finds the dialog open and is ignored.
    const onClose = () => {
      if (dialog.open) return;
      dialog.removeEventListener('close', onClose);
      resolve(dialog.returnValue === 'ok');
    };
    dialog.addEventListener('close', onClose);
    dialog.returnValue = '';
    dialog.showModal();
    dialog.querySelector('[value="cancel"]').focus();
  });
}

export function initKnowledgeBases(app) {
  let kb = '';
  let docsPage = 1;

  // aria-busy on the KB detail while uploads or reloads are in flight, so
  // assistive technology (and tests) can tell when the page has settled.
  let pending = 0;
  async function busy(work) {
    pending += 1;
    $('kb-detail').setAttribute('aria-busy', 'true');
    try {
      return await work();
    } finally {
      pending -= 1;
      if (!pending) $('kb-detail').setAttribute('aria-busy', 'false');
    }
  }

  function renderList() {
    const body = $('kb-table').tBodies[0];
    body.replaceChildren();
    for (const item of app.kbs) {
      const row = body.insertRow();
      const name = row.insertCell();
      const link = document.createElement('a');
      link.href = '#/kb/' + encodeURIComponent(item.name);
      link.textContent = item.name;
      if (item.name === kb) link.setAttribute('aria-current', 'true');
      name.append(link);
      row.insertCell().textContent = formatStat('documents', item.documents);
      row.insertCell().textContent = formatStat('passages', item.passages);
      row.insertCell().textContent = item.created_at || '';
    }
    $('kb-create').hidden = !app.isAdmin();
  }

  async function loadStats() {
    const list = $('kb-stats');
    try {
      const stats = await api.get(api.kbPath(kb) + '/stats');
      list.replaceChildren();
      const known = STATS_ORDER.filter((key) => key in stats);
      const rest = Object.keys(stats).filter((key) => !known.includes(key) && !STATS_HIDDEN.includes(key));
      for (const key of [...known, ...rest]) {
        const value = stats[key];
        const dt = document.createElement('dt');
        dt.textContent = has('stats.' + key) ? t('stats.' + key) : key.replace(/_/g, ' ');
        const dd = document.createElement('dd');
        dd.textContent = formatStat(key, value);
        dd.dataset.stat = key;
        list.append(dt, dd);
      }
    } catch (err) {
      list.replaceChildren();
      app.fail('kb.stats.failed', err);
    }
  }

  const loadDocuments = () => busy(loadDocumentPage);

  let docsTicket = 0;  // only the latest request may fill the table

  async function loadDocumentPage() {
    const body = $('docs-table').tBodies[0];
    const q = $('docs-q').value.trim();
    const ticket = ++docsTicket;
    try {
      const data = await api.get(`${api.kbPath(kb)}/documents?` + api.query({
        offset: (docsPage - 1) * DOCS_PAGE_SIZE, limit: DOCS_PAGE_SIZE, q,
      }));
      if (ticket !== docsTicket) return;
      const docs = data.documents || [];
      const total = data.total ?? docs.length;
      body.replaceChildren();
      const editable = app.canEdit(kb);
      for (const doc of docs) {
        const row = body.insertRow();
        row.dataset.id = doc.id;
        const title = row.insertCell();
        const link = document.createElement('a');
        link.href = documentHash(kb, doc.id, {});
        link.textContent = doc.title || String(doc.id);
        title.append(link);
        const source = row.insertCell();
        source.className = 'source';
        source.textContent = doc.source || doc.url || '';
        row.insertCell().textContent = doc.date || '';
        row.insertCell().textContent = doc.format || '';
        const actions = row.insertCell();
        if (editable) {
          const button = document.createElement('button');
          button.type = 'button';
          button.className = 'danger small';
          button.textContent = t('kb.doc.delete');
          button.setAttribute('aria-label', t('kb.doc.deleteLabel', { title: link.textContent }));
          button.addEventListener('click', () => deleteDocument(doc, link.textContent));
          actions.append(button);
        }
      }
      $('docs-summary').textContent = total ? t('kb.docs.total', { total }) : t('kb.docs.none');
      renderPager($('docs-pager'), { page: docsPage, pages: Math.ceil(total / DOCS_PAGE_SIZE) }, (to) => {
        docsPage = to;
        loadDocuments();
      });
    } catch (err) {
      if (ticket !== docsTicket) return;
      body.replaceChildren();
      showMessage($('docs-summary'), t('kb.docs.failed', { message: errorText(err) }), errorDetails(err));
    }
  }

  const refreshAll = () => busy(async () => {
    try { await app.refreshKbs(); } catch { /* list stays as it was */ }
    renderList();
    await Promise.all([loadStats(), loadDocuments()]);
  });

  async function deleteDocument(doc, title) {
    if (!(await confirmDialog(t('confirm.delete', { title })))) return;
    try {
      await api.del(`${api.kbPath(kb)}/documents/${encodeURIComponent(doc.id)}`);
      app.status(t('kb.doc.deleted', { title }));
      await refreshAll();
    } catch (err) {
      app.fail('kb.doc.deleteFailed', err);
    }
  }

  // One row per file: name, progress bar, state and error text.
  function uploadRow(file) {
    const li = document.createElement('li');
    li.className = 'upload';
    const name = document.createElement('span');
    name.className = 'name';
    name.textContent = file.name;
    const bar = document.createElement('progress');
    bar.max = 1;
    bar.value = 0;
    bar.setAttribute('aria-label', file.name);
    const state = document.createElement('span');
    state.className = 'state';
    li.append(name, bar, state);
    $('upload-list').prepend(li);
    const set = (key, params, kind) => {
      state.textContent = t(key, params);
      li.dataset.state = kind;
    };
    // A failed file: the reason in the interface's language, the server's
    // words under "details".
    const fail = (text, details) => {
      showMessage(state, t('kb.upload.error', { message: text }), details);
      li.dataset.state = 'failed';
    };
    return { li, bar, set, fail };
  }

  async function waitForJob(jobId, fileName, row) {
    for (;;) {
      const job = await api.get('/api/jobs/' + encodeURIComponent(jobId));
      const files = job.files || [];
      const file = files.find((f) => f.name === fileName) || files[0];
      const state = (file && file.state) || job.state;
      if (file && file.state === 'failed') {
        row.fail(t('error.ingest'), file.error || job.error || '');
        return;
      }
      if (file && FINAL_FILE_STATES.includes(file.state)) {
        row.set('kb.upload.' + file.state, {}, file.state);
        return;
      }
      if (job.state === 'failed') {
        row.fail(t('error.ingest'), job.error || (file && file.error) || '');
        return;
      }
      if (job.state === 'done') {
        row.set('kb.upload.added', {}, 'added');
        return;
      }
      row.set('kb.upload.' + (state === 'running' ? 'running' : 'queued'), {}, state);
      await sleep(JOB_POLL_MS);
    }
  }

  async function uploadOne(target, file) {
    const row = uploadRow(file);
    row.set('kb.upload.sending', { percent: 0 }, 'sending');
    try {
      const answer = await api.uploadFile(target, file, (fraction) => {
        row.bar.value = fraction;
        row.set('kb.upload.sending', { percent: Math.round(fraction * 100) }, 'sending');
      });
      row.bar.value = 1;
      const job = answer && (answer.job ?? answer.id);
      if (job === undefined || job === null) row.set('kb.upload.added', {}, 'added');
      else await waitForJob(job, file.name, row);
    } catch (err) {
      row.fail(errorText(err), errorDetails(err));
    }
  }

  const uploadFiles = (files) => busy(() => uploadAll(files));

  async function uploadAll(files) {
    const target = kb;
    if (!target || !files.length) return;
    // Two at a time: each file shows its own progress, the server is not flooded.
    const queue = Array.from(files);
    const worker = async () => { while (queue.length) await uploadOne(target, queue.shift()); };
    await Promise.all([worker(), worker()]);
    if (target === kb) await refreshAll();
  }

  const zone = $('drop-zone');
  for (const type of ['dragenter', 'dragover']) {
    zone.addEventListener(type, (event) => {
      event.preventDefault();
      zone.classList.add('dragging');
    });
  }
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('dragging');
    uploadFiles(event.dataTransfer ? event.dataTransfer.files : []);
  });
  zone.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      $('file-input').click();
    }
  });
  $('file-input').addEventListener('change', async () => {
    const files = Array.from($('file-input').files);
    $('file-input').value = '';
    await uploadFiles(files);
  });

  $('kb-create').addEventListener('submit', async (event) => {
    event.preventDefault();
    const name = $('kb-create-name').value.trim();
    try {
      await api.post('/api/kb', { name });
      $('kb-create-name').value = '';
      app.status(t('kb.created.ok', { name }));
      await app.refreshKbs();
      app.go('#/kb/' + encodeURIComponent(name));
    } catch (err) {
      app.fail('kb.create.failed', err);
    }
  });

  let filterTimer = 0;
  $('docs-q').addEventListener('input', () => {
    clearTimeout(filterTimer);
    filterTimer = setTimeout(() => { docsPage = 1; loadDocuments(); }, 250);
  });
  $('docs-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    docsPage = 1;
    loadDocuments();
  });

  return {
    async show(parts) {
      await app.refreshKbs();
      const wanted = parts[0] || app.kb;
      const known = app.kbs.some((item) => item.name === wanted);
      if (kb !== wanted) {
        kb = known ? wanted : '';
        docsPage = 1;
        $('docs-q').value = '';
        $('upload-list').replaceChildren();
      }
      if (kb) app.setKb(kb);
      renderList();
      $('kb-detail').hidden = !kb;
      if (!kb) return;
      $('kb-detail-title').textContent = kb;
      const editable = app.canEdit(kb);
      $('upload-section').hidden = !editable;
      $('upload-denied').hidden = editable;
      await busy(() => Promise.all([loadStats(), loadDocuments()]));
    },
    relabel() { if (kb && !$('view-kb').hidden) loadDocuments(); },
  };
}
