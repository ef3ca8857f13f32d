// The admin pages (#/admin/users|keys|kb|usage|audit), for admins only:
// staff accounts (create, role and knowledge bases, password reset,
// disable/enable), API keys (create — the key is shown once —, revoke), a
// knowledge base's settings (task, script, regional folding, taxonomies,
// user dictionary), usage (queries per day with p50/p99 latency, questions
// answered "not found") and the audit log with filters. Every change goes
// through the admin API (docs/api.md), which checks the role again and
// audits it.
import * as api from './api.js';
import { addPhrases, t } from './i18n.js';
import { renderPager } from './pager.js';

const $ = (id) => document.getElementById(id);
const TABS = ['users', 'keys', 'kb', 'usage', 'audit'];
const ROLES = ['reader', 'editor', 'admin'];
const AUDIT_PAGE_SIZE = 50;

addPhrases('zh-Hant', {
  'nav.admin': '管理',
  'admin.title': '管理',
  'admin.tabs': '管理頁面',
  'admin.users': '使用者',
  'admin.keys': 'API 金鑰',
  'admin.kb': '知識庫設定',
  'admin.usage': '使用統計',
  'admin.audit': '稽核紀錄',
  'admin.role': '角色',
  'admin.kbs': '知識庫',
  'admin.kbs.placeholder': '以逗號分隔，* 代表全部',
  'admin.actions': '動作',
  'admin.created': '建立時間',
  'admin.create': '新增',
  'admin.save': '儲存',
  'admin.show': '顯示',
  'admin.saved': '已儲存。',
  'admin.user.name': '帳號',
  'admin.user.source': '來源',
  'admin.user.state': '狀態',
  'admin.user.last': '最近登入',
  'admin.user.create': '新增使用者',
  'admin.user.created': '已新增使用者 {name}。',
  'admin.user.active': '啟用中',
  'admin.user.disabled': '已停用',
  'admin.user.locked': '鎖定至 {time}',
  'admin.user.disable': '停用',
  'admin.user.enable': '啟用',
  'admin.user.reset': '重設密碼',
  'admin.user.resetPrompt': '{name} 的新密碼（至少 8 個字元）：',
  'admin.user.rolePrompt': '{name} 的角色與知識庫，例如「editor sample,laws」：',
  'admin.user.changeRole': '變更角色',
  'admin.key.prefix': '前綴',
  'admin.key.name': '名稱',
  'admin.key.create': '新增金鑰',
  'admin.key.revoke': '撤銷',
  'admin.key.revoked': '已撤銷',
  'admin.key.new': '新金鑰（只顯示這一次，請立即複製）：',
  'admin.kb.task': '預設任務',
  'admin.kb.script': '答案字體',
  'admin.kb.none': '（無）',
  'admin.kb.regional': '兩岸詞彙折疊（資訊＝信息）',
  'admin.kb.taxonomies': '分類表',
  'admin.kb.taxonomy.name': '分類表名稱',
  'admin.kb.taxonomy.text': '內容（每行：類別: 關鍵詞, 關鍵詞）',
  'admin.kb.taxonomy.add': '新增或取代分類表',
  'admin.kb.taxonomy.remove': '移除',
  'admin.kb.taxonomy.none': '（沒有分類表）',
  'admin.kb.dictionary': '使用者詞典',
  'admin.kb.dictionary.text': '每行一個詞（可加權重與詞性）',
  'admin.usage.days': '天數',
  'admin.usage.day': '日期',
  'admin.usage.queries': '查詢數',
  'admin.usage.notFound': '查無答案',
  'admin.usage.errors': '錯誤',
  'admin.usage.unanswered': '查無答案的問題',
  'admin.usage.none': '（這段期間沒有）',
  'admin.usage.allKbs': '全部知識庫',
  'admin.filter.action': '動作（開頭）',
  'admin.filter.actor': '操作者',
  'admin.filter.kb': '知識庫',
  'admin.filter.since': '日期起',
  'admin.filter.until': '日期迄',
  'admin.filter.refused': '只看被拒絕的',
  'admin.audit.time': '時間',
  'admin.audit.action': '動作',
  'admin.audit.target': '對象',
  'admin.audit.status': '狀態',
  'admin.audit.remote': '來源位址',
  'admin.audit.total': '共 {total} 筆',
  'admin.failed': '失敗：{message}',
});
addPhrases('zh-Hans', {
  'nav.admin': '管理',
  'admin.title': '管理',
  'admin.users': '用户',
  'admin.keys': 'API 密钥',
  'admin.kb': '知识库设置',
  'admin.usage': '使用统计',
  'admin.audit': '审计日志',
  'admin.role': '角色',
  'admin.kbs': '知识库',
  'admin.save': '保存',
  'admin.create': '新增',
  'admin.show': '显示',
});
addPhrases('en', {
  'nav.admin': 'Admin',
  'admin.title': 'Administration',
  'admin.tabs': 'Admin pages',
  'admin.users': 'Users',
  'admin.keys': 'API keys',
  'admin.kb': 'Knowledge base settings',
  'admin.usage': 'Usage',
  'admin.audit': 'Audit log',
  'admin.role': 'Role',
  'admin.kbs': 'Knowledge bases',
  'admin.kbs.placeholder': 'comma-separated, * for all',
  'admin.actions': 'Actions',
  'admin.created': 'Created',
  'admin.create': 'Create',
  'admin.save': 'Save',
  'admin.show': 'Show',
  'admin.saved': 'Saved.',
  'admin.user.name': 'User name',
  'admin.user.source': 'Source',
  'admin.user.state': 'State',
  'admin.user.last': 'Last sign-in',
  'admin.user.create': 'New user',
  'admin.user.created': 'Created user {name}.',
  'admin.user.active': 'active',
  'admin.user.disabled': 'disabled',
  'admin.user.locked': 'locked until {time}',
  'admin.user.disable': 'Disable',
  'admin.user.enable': 'Enable',
  'admin.user.reset': 'Reset password',
  'admin.user.resetPrompt': 'New password for {name} (at least 8 characters):',
  'admin.user.rolePrompt': 'Role and knowledge bases of {name}, e.g. "editor sample,laws":',
  'admin.user.changeRole': 'Change role',
  'admin.key.prefix': 'Prefix',
  'admin.key.name': 'Name',
  'admin.key.create': 'New key',
  'admin.key.revoke': 'Revoke',
  'admin.key.revoked': 'revoked',
  'admin.key.new': 'The new key (shown only now; copy it):',
  'admin.kb.task': 'Default task',
  'admin.kb.script': 'Answer script',
  'admin.kb.none': '(none)',
  'admin.kb.regional': 'Regional vocabulary folding (資訊 = 信息)',
  'admin.kb.taxonomies': 'Taxonomies',
  'admin.kb.taxonomy.name': 'Taxonomy name',
  'admin.kb.taxonomy.text': 'Text (a line each: category: term, term)',
  'admin.kb.taxonomy.add': 'Add or replace taxonomy',
  'admin.kb.taxonomy.remove': 'Remove',
  'admin.kb.taxonomy.none': '(no taxonomies)',
  'admin.kb.dictionary': 'User dictionary',
  'admin.kb.dictionary.text': 'One term a line (weight and part of speech optional)',
  'admin.usage.days': 'Days',
  'admin.usage.day': 'Day',
  'admin.usage.queries': 'Queries',
  'admin.usage.notFound': 'Not found',
  'admin.usage.errors': 'Errors',
  'admin.usage.unanswered': 'Questions answered "not found"',
  'admin.usage.none': '(none in this period)',
  'admin.usage.allKbs': 'All knowledge bases',
  'admin.filter.action': 'Action (prefix)',
  'admin.filter.actor': 'Who',
  'admin.filter.kb': 'Knowledge base',
  'admin.filter.since': 'From',
  'admin.filter.until': 'To',
  'admin.filter.refused': 'Refused only',
  'admin.audit.time': 'Time',
  'admin.audit.action': 'Action',
  'admin.audit.target': 'Target',
  'admin.audit.status': 'Status',
  'admin.audit.remote': 'Address',
  'admin.audit.total': '{total} entries',
  'admin.failed': 'Failed: {message}',
});

const kbList = (text) => text.split(/[,，\s]+/).map((s) => s.trim()).filter(Boolean);

function cell(row, text) {
  const td = document.createElement('td');
  td.textContent = text === undefined || text === null || text === '' ? '—' : String(text);
  row.append(td);
  return td;
}

function button(label, onClick, kind = 'secondary') {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = kind;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

function fillRoles(select) {
  select.replaceChildren();
  for (const role of ROLES) {
    const option = document.createElement('option');
    option.value = role;
    option.textContent = t('auth.role.' + role);
    select.append(option);
  }
}

export function initAdmin(app) {
  let tab = 'users';
  let auditPage = 1;

  // Runs a change, reports it on the status line and reloads the tab.
  async function change(work, done) {
    try {
      await work();
      app.status(done || t('admin.saved'));
    } catch (err) {
      app.status(t('admin.failed', { message: err.message }), 'error');
    }
    await load();
  }

  async function loadUsers() {
    const { users } = await api.get('/api/users');
    const body = $('users-table').querySelector('tbody');
    body.replaceChildren();
    for (const u of users) {
      const row = document.createElement('tr');
      row.dataset.user = u.name;
      cell(row, u.name);
      cell(row, u.source);
      cell(row, t('auth.role.' + u.role));
      cell(row, (u.kbs || []).join(', '));
      const locked = u.locked_until * 1000 > Date.now();
      cell(row, u.disabled ? t('admin.user.disabled')
        : locked ? t('admin.user.locked', { time: new Date(u.locked_until * 1000).toLocaleString() })
          : t('admin.user.active'));
      cell(row, u.last_sign_in);
      const actions = cell(row, '');
      actions.textContent = '';
      const path = '/api/users/' + encodeURIComponent(u.name);
      actions.append(button(u.disabled ? t('admin.user.enable') : t('admin.user.disable'),
        () => change(() => api.post(path, { disabled: !u.disabled }))));
      actions.append(button(t('admin.user.changeRole'), () => {
        const answer = prompt(t('admin.user.rolePrompt', { name: u.name }), `${u.role} ${(u.kbs || []).join(',')}`);
        if (!answer) return;
        const [role, kbs = ''] = answer.trim().split(/\s+/, 2);
        change(() => api.post(path, { role, kbs: kbList(kbs) }));
      }));
      if (u.source === 'local') {
        actions.append(button(t('admin.user.reset'), () => {
          const password = prompt(t('admin.user.resetPrompt', { name: u.name }));
          if (password) change(() => api.post(path, { password }));
        }));
      }
      body.append(row);
    }
  }

  async function loadKeys() {
    const { keys } = await api.get('/api/keys');
    const body = $('keys-table').querySelector('tbody');
    body.replaceChildren();
    for (const k of keys) {
      const row = document.createElement('tr');
      row.dataset.key = k.prefix;
      cell(row, k.id);
      cell(row, k.prefix);
      cell(row, k.name);
      cell(row, t('auth.role.' + k.role));
      cell(row, (k.kbs || []).join(', '));
      cell(row, k.created_at);
      const actions = cell(row, k.revoked ? t('admin.key.revoked') : '');
      if (!k.revoked) {
        actions.textContent = '';
        actions.append(button(t('admin.key.revoke'),
          () => change(() => api.del('/api/keys/' + encodeURIComponent(k.id))), 'danger'));
      }
      body.append(row);
    }
  }

  function fillKbSelect(select, withAll) {
    const keep = select.value;
    select.replaceChildren();
    if (withAll) {
      const all = document.createElement('option');
      all.value = '';
      all.textContent = t('admin.usage.allKbs');
      select.append(all);
    }
    for (const kb of app.kbs) {
      const option = document.createElement('option');
      option.value = kb.name;
      option.textContent = kb.name;
      select.append(option);
    }
    if ([...select.options].some((o) => o.value === keep)) select.value = keep;
    else if (!withAll && app.kb) select.value = app.kb;
  }

  async function loadKb() {
    fillKbSelect($('admin-kb-pick'), false);
    const kb = $('admin-kb-pick').value;
    if (!kb) return;
    const s = await api.get('/api/admin/kb/' + encodeURIComponent(kb));
    $('kb-task').value = s.task || '';
    $('kb-script').value = s.script || '';
    $('kb-regional').checked = !!s.regional_folding;
    $('dictionary-text').value = s.user_dictionary || '';
    const list = $('kb-taxonomies');
    list.replaceChildren();
    for (const tax of s.taxonomies || []) {
      const item = document.createElement('li');
      const name = document.createElement('strong');
      name.textContent = tax.name;
      const lines = document.createElement('small');
      lines.textContent = ' ' + tax.text.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#')).length;
      item.append(name, lines, ' ', button(t('admin.kb.taxonomy.remove'), () => change(() =>
        api.del('/api/admin/kb/' + encodeURIComponent(kb) + '/taxonomies/' + encodeURIComponent(tax.name)))));
      list.append(item);
    }
    if (!list.children.length) {
      const item = document.createElement('li');
      item.textContent = t('admin.kb.taxonomy.none');
      list.append(item);
    }
  }

  async function loadUsage() {
    fillKbSelect($('usage-kb'), true);
    const q = api.query({ days: $('usage-days').value, kb: $('usage-kb').value });
    const usage = await api.get('/api/admin/usage?' + q);
    const body = $('usage-table').querySelector('tbody');
    body.replaceChildren();
    for (const d of usage.days) {
      const row = document.createElement('tr');
      cell(row, d.day);
      cell(row, d.queries);
      cell(row, d.not_found);
      cell(row, d.errors);
      cell(row, d.p50_ms.toFixed(1));
      cell(row, d.p99_ms.toFixed(1));
      body.append(row);
    }
    const list = $('usage-unanswered');
    list.replaceChildren();
    for (const q of usage.not_found) {
      const item = document.createElement('li');
      item.textContent = `${q.question}（${q.kb} · ${q.count}）`;
      list.append(item);
    }
    if (!usage.not_found.length) {
      const item = document.createElement('li');
      item.textContent = t('admin.usage.none');
      list.append(item);
    }
  }

  async function loadAudit() {
    const until = $('audit-until').value;
    // "until" is inclusive on the page: the day after, for the API's "<".
    let untilNext = '';
    if (until) {
      const d = new Date(until + 'T00:00:00Z');
      d.setUTCDate(d.getUTCDate() + 1);
      untilNext = d.toISOString().slice(0, 10);
    }
    const q = api.query({
      action: $('audit-action').value.trim(),
      actor: $('audit-actor').value.trim(),
      kb: $('audit-kb').value.trim(),
      since: $('audit-since').value,
      until: untilNext,
      refused: $('audit-refused').checked ? 'true' : '',
      limit: AUDIT_PAGE_SIZE,
      offset: (auditPage - 1) * AUDIT_PAGE_SIZE,
    });
    const { entries, total } = await api.get('/api/audit?' + q);
    $('audit-summary').textContent = t('admin.audit.total', { total });
    const body = $('audit-table').querySelector('tbody');
    body.replaceChildren();
    for (const e of entries) {
      const row = document.createElement('tr');
      cell(row, e.time);
      cell(row, e.key_prefix);
      cell(row, e.role);
      cell(row, e.action);
      cell(row, e.kb);
      cell(row, e.target);
      cell(row, e.status);
      cell(row, e.remote);
      if (e.status === 401 || e.status === 403) row.dataset.refused = 'true';
      body.append(row);
    }
    renderPager($('audit-pager'), { page: auditPage, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) },
      (page) => { auditPage = page; loadAudit().catch((err) => app.status(err.message, 'error')); });
  }

  const loaders = { users: loadUsers, keys: loadKeys, kb: loadKb, usage: loadUsage, audit: loadAudit };

  async function load() {
    const view = $('view-admin');
    view.setAttribute('aria-busy', 'true');
    try {
      await loaders[tab]();
    } finally {
      view.setAttribute('aria-busy', 'false');
    }
  }

  for (const select of document.querySelectorAll('#view-admin .role-select')) fillRoles(select);

  $('user-create').addEventListener('submit', (event) => {
    event.preventDefault();
    const name = $('user-create-name').value.trim();
    const body = {
      name,
      password: $('user-create-password').value,
      role: $('user-create-role').value,
      kbs: kbList($('user-create-kbs').value),
    };
    change(async () => {
      await api.post('/api/users', body);
      event.target.reset();
    }, t('admin.user.created', { name }));
  });

  $('key-create').addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { name: $('key-create-name').value.trim(), role: $('key-create-role').value,
                   kbs: kbList($('key-create-kbs').value) };
    change(async () => {
      const made = await api.post('/api/keys', body);
      const shown = $('key-created');
      shown.textContent = t('admin.key.new') + ' ';
      const code = document.createElement('code');
      code.id = 'key-created-value';
      code.textContent = made.key;
      shown.append(code);
      shown.hidden = false;
      event.target.reset();
    });
  });

  $('admin-kb-pick').addEventListener('change', () => load().catch((err) => app.status(err.message, 'error')));
  const kbPath = () => '/api/admin/kb/' + encodeURIComponent($('admin-kb-pick').value);
  $('kb-settings').addEventListener('submit', (event) => {
    event.preventDefault();
    change(() => api.post(kbPath() + '/settings', {
      task: $('kb-task').value, script: $('kb-script').value, regional_folding: $('kb-regional').checked,
    }));
  });
  $('taxonomy-add').addEventListener('submit', (event) => {
    event.preventDefault();
    const body = { name: $('taxonomy-name').value.trim(), text: $('taxonomy-text').value };
    change(async () => {
      await api.post(kbPath() + '/taxonomies', body);
      event.target.reset();
    });
  });
  $('dictionary-form').addEventListener('submit', (event) => {
    event.preventDefault();
    change(() => api.post(kbPath() + '/dictionary', { text: $('dictionary-text').value }));
  });
  $('usage-form').addEventListener('submit', (event) => {
    event.preventDefault();
    load().catch((err) => app.status(err.message, 'error'));
  });
  $('audit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    auditPage = 1;
    load().catch((err) => app.status(err.message, 'error'));
  });

  return {
    async show(parts) {
      if (!app.isAdmin()) { app.go('#/search'); return; }
      tab = TABS.includes(parts[0]) ? parts[0] : 'users';
      for (const name of TABS) $('admin-' + name).hidden = name !== tab;
      for (const link of document.querySelectorAll('.admin-tabs a')) {
        if (link.dataset.tab === tab) link.setAttribute('aria-current', 'page');
        else link.removeAttribute('aria-current');
      }
      await load();
    },
    relabel() {
      for (const select of document.querySelectorAll('#view-admin .role-select')) {
        const keep = select.value;
        fillRoles(select);
        select.value = keep;
      }
    },
  };
}
