// Previous/next paging under a list: fills a <nav class="pager"> holding two
// buttons (data-page="prev"/"next") and a span.page-of, and calls go(page)
// with the 1-based page to show. Hidden when everything fits on one page.
import { t } from './i18n.js';

export function renderPager(nav, { page, pages }, go) {
  nav.hidden = pages <= 1;
  if (nav.hidden) return;
  nav.querySelector('.page-of').textContent = t('pager.page', { page, pages });
  const prev = nav.querySelector('[data-page="prev"]');
  const next = nav.querySelector('[data-page="next"]');
  prev.disabled = page <= 1;
  next.disabled = page >= pages;
  prev.onclick = () => go(page - 1);
  next.onclick = () => go(page + 1);
}
