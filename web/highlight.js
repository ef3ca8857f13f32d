// Renders text with <mark>ed ranges. Every offset the API gives is a
// Unicode code point (not a UTF-16 unit), so text is split with Array.from
// once and all slicing happens on that array; nothing here re-matches words.

export function codePoints(text) { return Array.from(text || ''); }

// Sorted, clipped, non-overlapping [begin, end) ranges within [0, length).
export function normaliseRanges(ranges, length) {
  const clipped = ranges
    .map(([b, e]) => [Math.max(0, Math.min(b, length)), Math.max(0, Math.min(e, length))])
    .filter(([b, e]) => e > b)
    .sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out = [];
  for (const range of clipped) {
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push([...range]);
  }
  return out;
}

// A fragment of `chars` (an array of code points) with each range marked.
// Returns {fragment, marks} so callers can scroll to the first mark.
export function markRanges(chars, ranges, markClass = '') {
  const fragment = document.createDocumentFragment();
  const marks = [];
  let at = 0;
  for (const [b, e] of normaliseRanges(ranges, chars.length)) {
    if (b > at) fragment.append(chars.slice(at, b).join(''));
    const mark = document.createElement('mark');
    if (markClass) mark.className = markClass;
    mark.textContent = chars.slice(b, e).join('');
    fragment.append(mark);
    marks.push(mark);
    at = e;
  }
  if (at < chars.length) fragment.append(chars.slice(at).join(''));
  return { fragment, marks };
}

// A search hit's snippet: highlights are passage ranges, the snippet starts
// at snippet.begin in the passage.
export function snippetFragment(snippet) {
  const chars = codePoints(snippet.text);
  const begin = snippet.begin || 0;
  const ranges = (snippet.highlights || []).map(([b, e]) => [b - begin, e - begin]);
  const { fragment } = markRanges(chars, ranges);
  if (begin > 0 && !snippet.text.startsWith('…')) fragment.prepend('…');
  return fragment;
}

// Code-point index of the UTF-16 index `unit` in `text`.
export function codePointIndex(text, unit) { return Array.from(text.slice(0, unit)).length; }
