// The insights page, for IT staff: tickets solved by known fixes per week (a chart drawn here as SVG, and the
// same numbers as a table), articles that need attention (with an owner chosen, that owner's desk: their
// articles past or near their review date, found unhelpful, or waiting for review), every article's counts,
// what articles learned from tickets (each article's words asked for only when opened, and forgotten on
// request), and unanswered questions, which editors can answer with a new article; the tables downloadable as
// CSV. Anyone else is told what the page is and how to sign in; the API is not asked.
import { apiDelete, apiDownload, apiGet } from './api.js';
import { el } from './dom.js';
import { REASONS } from './feedback.js';
import { hasRole, isStaff, staffModeKnown } from './staff.js';

const SVG = 'http://www.w3.org/2000/svg';
const WEEK_CHOICES = ['4', '12', '26', '52'];
const NOTHING_YET = 'Nothing recorded yet.';
const ROWS_SHOWN = 15; // longer tables show the rest on request

const signedOut = document.getElementById('insights-signed-out');
const content = document.getElementById('insights');
const period = document.getElementById('insights-period');
const owner = document.getElementById('insights-owner');
const attentionHeading = document.getElementById('attention-heading');
const attentionHint = document.getElementById('attention-hint');
const deskInvite = document.getElementById('desk-invite');
const ATTENTION_HINT = attentionHint.textContent;

const REASON_LABELS = Object.fromEntries(REASONS);
const WHY = {
  'mostly-not-helpful': 'Mostly not helpful',
  'negative-feedback': 'Called unhelpful',
  'out-of-date': 'Said to be out of date',
  'review-overdue': 'Review date passed',
  'review-due-soon': 'Review due within 30 days',
  'pending-review': 'Awaiting review',
  'no-owner': 'No owner',
};
const KINDS = {
  'no-results': 'No results',
  'not-opened': 'Results not opened',
  'sent-anyway': 'Sent anyway',
};

const number = new Intl.NumberFormat();
const percent = new Intl.NumberFormat(undefined, { style: 'percent' });
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const shortDay = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' });
const momentFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

const weeks = () => Number(period.value);

/** Each section: where its data comes from, with which filters, and how it is shown. */
const SECTIONS = {
  deflection: { path: '/api/insights/deflection', params: () => ({ weeks: weeks() }), render: deflection },
  attention: { path: '/api/insights/attention', params: () => ({ owner: owner.value }), render: attention },
  articles: {
    path: '/api/insights/articles', params: () => ({ owner: owner.value, days: weeks() * 7 }), render: articles,
  },
  learned: { path: '/api/insights/articles', params: () => ({ owner: owner.value }), render: learned },
  unanswered: { path: '/api/insights/unanswered', params: () => ({ days: weeks() * 7 }), render: unanswered },
};

let generation = 0; // answers to a page state since left (signed out, filters changed) are dropped

function parts(key) {
  const section = document.getElementById(key);
  return {
    body: section.querySelector('.insights-body'),
    download: section.querySelector('.insights-download'),
  };
}

async function refresh() {
  generation++;
  if (!isStaff()) {
    content.hidden = true;
    for (const key of Object.keys(SECTIONS)) clear(key);
    signedOut.hidden = false;
    return;
  }
  signedOut.hidden = true;
  content.hidden = false;
  await loadOwners();
  loadAll();
}

function clear(key) {
  if (key === 'attention') showAttentionHeading('');
  const { body, download } = parts(key);
  body.replaceChildren();
  body.removeAttribute('aria-busy');
  download?.replaceChildren();
}

function loadAll() {
  for (const key of Object.keys(SECTIONS)) load(key);
}

async function load(key) {
  const section = SECTIONS[key];
  const { body } = parts(key);
  const asked = generation;
  body.setAttribute('aria-busy', 'true');
  try {
    const params = section.params();
    const answer = await apiGet(section.path, params);
    if (asked !== generation) return;
    body.replaceChildren(...[section.render(answer, params)].flat());
  } catch (error) {
    if (asked !== generation) return;
    body.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message));
  } finally {
    if (asked === generation) body.removeAttribute('aria-busy');
  }
}

async function loadOwners() {
  const chosen = owner.value || new URLSearchParams(location.search).get('owner') || '';
  try {
    const { owners } = await apiGet('/api/insights/owners');
    owner.replaceChildren(el('option', { value: '' }, 'Anyone'),
      ...owners.map((name) => el('option', { value: name }, name)));
  } catch {
    owner.replaceChildren(el('option', { value: '' }, 'Anyone'));
  }
  if (chosen && ![...owner.options].some((option) => option.value === chosen)) {
    owner.append(el('option', { value: chosen }, chosen));
  }
  owner.value = chosen;
}

function readFilters() {
  const params = new URLSearchParams(location.search);
  if (WEEK_CHOICES.includes(params.get('weeks'))) period.value = params.get('weeks');
}

function filtersChanged() {
  const params = new URLSearchParams();
  if (period.value !== '12') params.set('weeks', period.value);
  if (owner.value) params.set('owner', owner.value);
  const query = params.toString();
  history.replaceState(null, '', location.pathname + (query ? '?' + query : ''));
  generation++;
  for (const key of Object.keys(SECTIONS)) parts(key).download?.replaceChildren();
  loadAll();
}

const downloading = new Set();

/** Fetches the section's CSV with the staff token and offers it as a file; the link stays for another go. */
async function download(key) {
  if (downloading.has(key)) return;
  downloading.add(key);
  const section = SECTIONS[key];
  const { download: status } = parts(key);
  const previous = status.querySelector('a');
  status.replaceChildren('Preparing the CSV file…');
  try {
    const blob = await apiDownload(section.path, section.params());
    if (previous) URL.revokeObjectURL(previous.href);
    const name = `fixbank-${key}-${new Date().toISOString().slice(0, 10)}.csv`;
    const link = el('a', { href: URL.createObjectURL(blob), download: name, class: 'csv-link' }, name);
    status.replaceChildren('CSV file ready: ', link);
    link.click();
  } catch (error) {
    status.replaceChildren(el('span', { class: 'error', role: 'alert' }, 'The CSV file could not be made. ' + error.message));
  } finally {
    downloading.delete(key);
  }
}

// Deflection

function deflection({ weeks: rows, totals }) {
  if (!totals.started) return empty(NOTHING_YET + ' Tickets appear here once people type them on the report page or in the widget.');
  const share = (count) => percent.format(count / totals.started);
  return [
    el('p', { class: 'insights-summary' },
      `Of ${number.format(totals.started)} draft ${totals.started === 1 ? 'ticket' : 'tickets'} shown known fixes, `
        + `${number.format(totals.solved)} (${share(totals.solved)}) were solved, `
        + `${number.format(totals.sentAnyway)} (${share(totals.sentAnyway)}) were sent anyway and `
        + `${number.format(totals.noOutcome)} (${share(totals.noOutcome)}) have no outcome.`),
    chart(rows),
    legend(),
    table('Tickets and known fixes by week',
      ['Week of', 'Started', 'Solved', 'Sent anyway', 'No outcome', 'Solved share'],
      [...rows.map((row) => [
        day(row.week), count(row.started), count(row.solved), count(row.sentAnyway), count(row.noOutcome),
        count(row.started ? percent.format(row.solved / row.started) : '–'),
      ]), [
        el('strong', {}, 'All weeks'), count(totals.started), count(totals.solved), count(totals.sentAnyway),
        count(totals.noOutcome), count(share(totals.solved)),
      ]], { totals: true }),
  ];
}

const SERIES = [
  ['solved', 'Solved', 'bar-solved'],
  ['sentAnyway', 'Sent anyway', 'bar-sent'],
  ['noOutcome', 'No outcome', 'bar-none'],
];

function svg(tag, attributes = {}, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  node.append(...children);
  return node;
}

/** Stacked bars per week, drawn with presentation attributes and classes only (no inline styles). */
function chart(rows) {
  const width = 720;
  const height = 260;
  const left = 44;
  const right = 8;
  const top = 12;
  const bottom = 34;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const highest = Math.max(1, ...rows.map((row) => row.solved + row.sentAnyway + row.noOutcome));
  const scaleTop = niceCeiling(highest);
  const y = (value) => top + plotHeight - (value / scaleTop) * plotHeight;
  const slot = plotWidth / Math.max(1, rows.length);
  const barWidth = Math.max(2, slot * 0.7);
  const labelEvery = Math.ceil(rows.length / 8);

  const grid = [0, scaleTop / 2, scaleTop].map((value) => svg('g', {},
    svg('line', { x1: left, x2: width - right, y1: y(value), y2: y(value), class: 'chart-grid' }),
    svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end', class: 'chart-label' }, number.format(value))));
  const bars = rows.map((row, i) => {
    const x = left + i * slot + (slot - barWidth) / 2;
    let base = 0;
    const stack = SERIES.filter(([field]) => row[field] > 0).map(([field, label, style]) => {
      const rect = svg('rect', {
        x, y: y(base + row[field]), width: barWidth, height: y(base) - y(base + row[field]), class: style,
      }, svg('title', {}, `Week of ${dayFormat.format(parse(row.week))}: ${row[field]} ${label.toLowerCase()}`));
      base += row[field];
      return rect;
    });
    const label = i % labelEvery === 0
      ? svg('text', { x: x + barWidth / 2, y: height - bottom + 18, 'text-anchor': 'middle', class: 'chart-label' },
        shortDay.format(parse(row.week)))
      : null;
    return svg('g', {}, ...stack, ...(label ? [label] : []));
  });
  const captionId = 'deflection-chart-caption';
  return el('figure', { class: 'insights-chart' },
    svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': captionId, class: 'chart' },
      ...grid, ...bars,
      svg('line', { x1: left, x2: width - right, y1: y(0), y2: y(0), class: 'chart-axis' })),
    el('figcaption', { id: captionId, class: 'visually-hidden' },
      'Bar chart of draft tickets per week: solved, sent anyway and no outcome. The table below has the same numbers.'));
}

function legend() {
  return el('ul', { class: 'chart-legend', 'aria-hidden': 'true' },
    ...SERIES.map(([, label, style]) => el('li', {}, el('span', { class: 'swatch ' + style }), label)));
}

/** A round top for the scale, at least `value`, whose half is a whole number too: 2, 4, 10, 20, 40, 100… */
function niceCeiling(value) {
  const power = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 4, 10].map((step) => step * power).find((candidate) => candidate >= value && candidate % 2 === 0);
}

// Tables

/** Needs attention: with an owner chosen their desk, else a table of every article that needs it and why. */
function attention({ articles: rows }, { owner: name }) {
  showAttentionHeading(name);
  if (name) return desk(rows, name);
  if (!rows.length) return empty('No article needs attention.');
  return table('Articles that need attention',
    ['Article', 'Owner', 'Why', 'Helpful', 'Not helpful', 'Review by', 'Recent comments'],
    rows.map((row) => [
      articleLink(row), row.owner ?? el('em', {}, 'None'),
      el('ul', { class: 'cell-list nowrap' }, ...row.why.map((why) => el('li', {}, WHY[why] ?? why))),
      count(row.helpful), count(row.notHelpful), row.reviewBy ? day(row.reviewBy) : '–',
      row.comments.length ? el('ul', { class: 'cell-list comments' }, ...row.comments.map(comment)) : '–',
    ]));
}

function showAttentionHeading(name) {
  attentionHeading.textContent = name ? 'Owner’s desk: ' + name : 'Needs attention';
  attentionHint.textContent = !name ? ATTENTION_HINT
    : `Articles owned by ${name} that need a look.` + (hasRole('editor')
      ? ' Each opens in the editor, or on the review page when it is waiting for review.' : '');
  deskInvite.hidden = Boolean(name);
}

/** The groups of an owner's desk: a title, the reasons that put an article in it, and whether it is about dates. */
const DESK = [
  { key: 'overdue', title: 'Past their review date', why: ['review-overdue'], dated: true },
  { key: 'due-soon', title: 'Review due within 30 days', why: ['review-due-soon'], dated: true },
  { key: 'unhelpful', title: 'Found unhelpful', why: ['mostly-not-helpful', 'negative-feedback', 'out-of-date'] },
  { key: 'waiting', title: 'Waiting for review', why: ['pending-review'] },
];

/** An owner's desk: each group with a count and its articles (the earliest review date first), or "None". */
function desk(rows, name) {
  const editing = hasRole('editor');
  const total = rows.filter((row) => row.why.some((why) => DESK.some((group) => group.why.includes(why)))).length;
  return [
    el('p', { class: 'insights-summary' }, total
      ? `${number.format(total)} ${total === 1 ? 'article needs' : 'articles need'} a look.`
      : `Nothing needs a look: no article owned by ${name} is past or near its review date, found unhelpful or `
        + 'waiting for review.'),
    el('div', { class: 'desk' }, ...DESK.map((group) => {
      const items = rows.filter((row) => row.why.some((why) => group.why.includes(why)));
      if (group.dated) items.sort((a, b) => (a.reviewBy ?? '').localeCompare(b.reviewBy ?? ''));
      const headingId = `desk-${group.key}-heading`;
      return el('section', { class: 'desk-group', id: 'desk-' + group.key, 'aria-labelledby': headingId },
        el('h3', { id: headingId }, group.title, ' ',
          el('span', { class: 'count' }, `(${number.format(items.length)})`)),
        items.length
          ? el('ul', { class: 'desk-list' }, ...items.map((row) => deskItem(row, group, editing)))
          : el('p', { class: 'desk-none' }, 'None'));
    })),
  ];
}

/**
 * An article on the desk: its title, linking for editors to where the work is done (the review page for one
 * waiting for review, the editor otherwise) and for other staff to the article; its review date and votes;
 * why it was found unhelpful, with the latest comments, in that group.
 */
function deskItem(row, group, editing) {
  const href = !editing ? row.href
    : (group.key === 'waiting' ? '/review.html?' : '/edit.html?') + new URLSearchParams({ id: row.id });
  const unhelpful = group.key === 'unhelpful';
  const facts = [
    ...(unhelpful ? row.why.filter((why) => group.why.includes(why)).map((why) => WHY[why] ?? why) : []),
    row.reviewBy ? ['Review by ', day(row.reviewBy)] : null,
    row.helpful || row.notHelpful
      ? `${number.format(row.helpful)} helpful, ${number.format(row.notHelpful)} not helpful` : null,
  ].filter(Boolean);
  return el('li', { class: 'desk-item', 'data-article': row.id },
    el('a', { href, class: 'desk-title' }, row.title),
    facts.length
      ? el('p', { class: 'desk-facts' }, ...facts.flatMap((fact, i) => (i ? [' · ', fact] : [fact])))
      : null,
    unhelpful && row.comments.length
      ? el('ul', { class: 'cell-list comments desk-comments', 'aria-label': 'Latest comments' },
        ...row.comments.map(comment))
      : null);
}

function comment({ at, reason, comment: text }) {
  return el('li', {}, moment(at), reason ? ' · ' + (REASON_LABELS[reason] ?? reason) : '',
    text ? el('q', {}, text) : null);
}

function articles({ articles: rows }) {
  if (!rows.length) return empty(NOTHING_YET);
  return table('Articles as known fixes',
    ['Article', 'Owner', 'Shown', 'Opened', 'Helpful', 'Not helpful', 'Why not', 'Tickets solved', 'Sent after opening', 'Review by'],
    rows.map((row) => [
      articleLink(row), row.owner ?? el('em', {}, 'None'), count(row.shown), count(row.opened), count(row.helpful),
      count(row.notHelpful), reasons(row.reasons), count(row.solved), count(row.sentAfterOpening), row.reviewBy ? day(row.reviewBy) : '–',
    ]));
}

function reasons(counts) {
  const entries = Object.entries(counts ?? {}).filter(([, n]) => n > 0).sort(([, a], [, b]) => b - a);
  if (!entries.length) return '–';
  return el('ul', { class: 'cell-list nowrap' },
    ...entries.map(([reason, n]) => el('li', {}, `${REASON_LABELS[reason] ?? reason}: ${number.format(n)}`)));
}

function unanswered({ questions }) {
  if (!questions.length) return empty(NOTHING_YET);
  // Editors can turn a question into a draft article; the column is theirs alone.
  const writing = hasRole('editor');
  return table('Unanswered questions',
    ['Kind', 'Most common wording', 'Times', 'Examples', 'Last seen', ...(writing ? ['Answer'] : [])],
    questions.map((row) => [
      KINDS[row.kind] ?? row.kind, row.wording, count(row.count),
      row.examples.length ? el('ul', { class: 'cell-list' }, ...row.examples.map((text) => el('li', {}, text))) : '–',
      moment(row.last),
      ...(writing ? [writeLink(row)] : []),
    ]));
}

/**
 * "Write an article" for an unanswered question: the editor, with its wording as the title and the ways it
 * was asked as the symptoms (all stored scrubbed of patient details).
 */
function writeLink(row) {
  const wordings = [...new Set([row.wording, ...row.examples].map((text) => text.trim()).filter(Boolean))];
  const symptoms = wordings.length > 1 ? 'People asked:\n\n' + wordings.map((text) => '- ' + text).join('\n') : row.wording;
  const title = (row.wording.charAt(0).toUpperCase() + row.wording.slice(1)).slice(0, 200); // the longest title
  return el('a', { class: 'write-article nowrap', href: '/edit.html?' + new URLSearchParams({ title, symptoms }) },
    'Write an article');
}

// What articles learned

const LEARNED_SHOWN = 15; // articles listed before the rest wait behind a button

/** The articles (of the chosen owner), each a disclosure whose words are asked for when it is first opened. */
function learned({ articles: rows }) {
  if (!rows.length) return empty('No articles' + (owner.value ? ' owned by ' + owner.value : '') + '.');
  const list = el('ul', { class: 'learned-list' }, ...rows.map((row, i) => el('li', { hidden: i >= LEARNED_SHOWN },
    learnedArticle(row))));
  if (rows.length <= LEARNED_SHOWN) return list;
  const more = el('button', {
    type: 'button', class: 'link-button table-more', 'aria-expanded': 'false',
    onclick: () => {
      const expand = more.getAttribute('aria-expanded') === 'false';
      [...list.children].slice(LEARNED_SHOWN).forEach((item) => { item.hidden = !expand; });
      more.setAttribute('aria-expanded', String(expand));
      more.textContent = expand ? `Show the first ${LEARNED_SHOWN} only` : `Show all ${rows.length} articles`;
    },
  }, `Show all ${rows.length} articles`);
  return [list, el('p', { class: 'table-more-row' }, more)];
}

function learnedArticle(row) {
  const panel = el('div', { class: 'learned-body' });
  const details = el('details', { class: 'learned', 'data-article': row.id },
    el('summary', {}, el('span', { class: 'learned-title' }, row.title),
      owner.value ? null : el('span', { class: 'learned-owner' }, ' · ', row.owner ?? 'No owner')),
    panel);
  let asked = false;
  const show = async () => {
    asked = true;
    panel.setAttribute('aria-busy', 'true');
    panel.replaceChildren(el('p', { class: 'hint' }, 'Looking up the words…'));
    try {
      const { words } = await apiGet(learnedPath(row.id));
      panel.replaceChildren(...learnedWords(row, words, panel));
    } catch (error) {
      asked = false; // opened again, or "Try again", asks again
      panel.replaceChildren(el('p', { class: 'error', role: 'alert' }, error.message, ' ',
        el('button', { type: 'button', class: 'link-button', onclick: show }, 'Try again')));
    } finally {
      panel.removeAttribute('aria-busy');
    }
  };
  details.addEventListener('toggle', () => {
    if (details.open && !asked) show();
  });
  return details;
}

/** /api/learned/ and the article's id, each of its segments encoded and its slashes kept. */
function learnedPath(id) {
  return '/api/learned/' + id.split('/').map(encodeURIComponent).join('/');
}

function learnedWords(row, words, panel) {
  if (!words.length) return [empty('Nothing learned yet.')];
  return [
    el('p', { class: 'learned-summary' },
      `${number.format(words.length)} ${words.length === 1 ? 'word' : 'words'} learned, strongest first. `
        + 'Words are shown by their stem, as the search index keeps them (“print” stands for print, prints and '
        + 'printing). Strength is how much a word now counts for this article: staff votes count more than '
        + 'anonymous ones, and votes fade over time.'),
    table(`Words “${row.title}” learned from tickets`, ['Word', 'People', 'Strength', 'Last taught'],
      words.map((word) => [
        word.word,
        count(word.staffVoters ? `${number.format(word.voters)} (${number.format(word.staffVoters)} staff)`
          : word.voters),
        el('span', { class: 'learned-strength' },
          el('meter', { min: '0', max: '1', value: String(word.strength), 'aria-hidden': 'true' }),
          percent.format(word.strength)),
        taught(word.lastTaught),
      ])),
    // Forgetting changes what everyone's tickets find: editors may, staff read only.
    hasRole('editor') ? forgetting(row, words.length, panel)
      : el('p', { class: 'hint' }, 'Editors can make the article forget these words.'),
  ];
}

/** "Forget these words", asked again in place before the words are deleted; what happened is said in text. */
function forgetting(row, shown, panel) {
  const status = el('p', { class: 'learned-status', role: 'status' });
  const forget = el('button', { type: 'button', class: 'button button-quiet learned-forget' }, 'Forget these words');
  const yes = el('button', { type: 'button', class: 'button button-danger learned-forget-yes' }, 'Yes, forget them');
  const no = el('button', { type: 'button', class: 'button button-quiet learned-forget-no' }, 'Keep them');
  const confirm = el('div', { class: 'learned-confirm', role: 'group', 'aria-label': 'Confirm', hidden: true },
    el('p', {},
      `Forget the ${shown === 1 ? 'word' : number.format(shown) + ' words'} “${row.title}” learned? `
        + 'Later tickets in these words will no longer find it sooner. This cannot be undone.'),
    el('p', { class: 'learned-confirm-buttons' }, yes, no));
  const ask = (asking) => {
    confirm.hidden = !asking;
    forget.hidden = asking;
    (asking ? yes : forget).focus();
  };
  forget.addEventListener('click', () => ask(true));
  no.addEventListener('click', () => ask(false));
  confirm.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !yes.disabled) ask(false);
  });
  yes.addEventListener('click', async () => {
    yes.disabled = true;
    no.disabled = true;
    status.replaceChildren('Forgetting the words…');
    try {
      const { cleared } = await apiDelete(learnedPath(row.id));
      const done = el('p', { class: 'learned-status', role: 'status', tabindex: '-1' }, cleared
        ? `Forgot ${number.format(shown)} ${shown === 1 ? 'word' : 'words'}.`
        : 'There was nothing left to forget: the words had already been cleared.');
      panel.replaceChildren(empty('Nothing learned yet.'), done);
      done.focus();
    } catch (error) {
      status.replaceChildren(el('span', { class: 'error', role: 'alert' },
        'The words could not be forgotten. ' + error.message));
      yes.disabled = false;
      no.disabled = false;
      yes.focus();
    }
  });
  return el('div', { class: 'learned-actions' }, forget, confirm, status);
}

function taught(isoInstant) {
  const parsed = new Date(isoInstant);
  return el('time', { datetime: isoInstant }, Number.isNaN(parsed.getTime()) ? isoInstant : dayFormat.format(parsed));
}

/**
 * A table in a scrolling region, each row headed by its first cell; count() cells are set right. Past
 * ROWS_SHOWN rows (a totals row aside) the rest wait behind a button.
 */
function table(caption, headings, rows, { totals = false } = {}) {
  const body = el('tbody', {}, ...rows.map((cells, r) => el('tr', {
    hidden: !totals && r >= ROWS_SHOWN,
  }, ...cells.map((cell, i) => {
    if (i === 0) return el('th', { scope: 'row' }, cell);
    return cell?.count !== undefined ? el('td', { class: 'num' }, cell.count) : el('td', {}, cell);
  }))));
  const region = el('div', { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el('table', { class: 'insights-table' },
      el('caption', { class: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, ...headings.map((heading, i) => el('th', {
        scope: 'col', class: i > 0 && rows.some((cells) => cells[i]?.count !== undefined) ? 'num' : null,
      }, heading)))),
      body));
  if (totals || rows.length <= ROWS_SHOWN) return region;
  const more = el('button', {
    type: 'button', class: 'link-button table-more', 'aria-expanded': 'false',
    onclick: () => {
      const expand = more.getAttribute('aria-expanded') === 'false';
      [...body.rows].slice(ROWS_SHOWN).forEach((row) => { row.hidden = !expand; });
      more.setAttribute('aria-expanded', String(expand));
      more.textContent = expand ? `Show the first ${ROWS_SHOWN} only` : `Show all ${rows.length} rows`;
    },
  }, `Show all ${rows.length} rows`);
  return [region, el('p', { class: 'table-more-row' }, more)];
}

/** A number (or a share) for a table cell, set right. */
function count(value) {
  return { count: typeof value === 'number' ? number.format(value) : String(value) };
}

function articleLink(row) {
  return el('a', { href: row.href }, row.title);
}

function empty(text) {
  return el('p', { class: 'insights-empty' }, text);
}

function parse(isoDate) {
  return new Date(isoDate + 'T00:00:00');
}

function day(isoDate) {
  const parsed = parse(isoDate);
  return el('time', { datetime: isoDate }, Number.isNaN(parsed.getTime()) ? isoDate : dayFormat.format(parsed));
}

function moment(isoInstant) {
  const parsed = new Date(isoInstant);
  return el('time', { datetime: isoInstant }, Number.isNaN(parsed.getTime()) ? isoInstant : momentFormat.format(parsed));
}

readFilters();
for (const button of document.querySelectorAll('[data-csv]')) {
  button.addEventListener('click', () => download(button.dataset.csv));
}
document.getElementById('insights-filters').addEventListener('change', filtersChanged);
document.getElementById('desk-choose').addEventListener('click', () => owner.focus());
document.getElementById('insights-filters').addEventListener('submit', (event) => event.preventDefault());
document.getElementById('insights-sign-in').addEventListener('click', () => document.getElementById('staff-sign-in')?.click());
window.addEventListener('fixbank:staff', refresh);
staffModeKnown.then(refresh);
