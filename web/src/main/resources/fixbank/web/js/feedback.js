// "Did this solve your problem?" at the end of an article and beside each known fix on the report page.
// "Yes" is recorded at once; "No" asks, optionally, what went wrong and for a comment, and is recorded when
// sent, or when the reader leaves the page without sending it (then without the comment). One vote each: the
// server limits votes per article from one address. It counts one answer per browser session key and
// article version, so changing one's mind replaces the earlier answer.
import { apiPost, pageConfig, postAsThePageCloses } from './api.js';
import { el } from './dom.js';
import { sessionKey } from './ids.js';

export const REASONS = [
  ['did-not-work', 'It did not work'],
  ['not-my-problem', 'It is not my problem'],
  ['hard-to-follow', 'It is hard to follow'],
  ['out-of-date', 'It is out of date'],
];
const COMMENT_LIMIT = 1000;
const ANSWERS_KEY = 'fixbank.answers';

let controls = 0;
const unsent = new Set(); // "no" answers whose form is open, recorded if the page is left
window.addEventListener('pagehide', () => {
  for (const send of unsent) send();
});

/** Whether the server records feedback; false when it says it does not or cannot be asked. */
export async function recordingOn() {
  try {
    return (await pageConfig()).recording !== false;
  } catch {
    return false;
  }
}

/** The answers given in this tab, by article id: {version, helpful}, so a fix shown again keeps its answer. */
function answers() {
  try {
    return JSON.parse(sessionStorage.getItem(ANSWERS_KEY)) ?? {};
  } catch {
    return {};
  }
}

function remember(articleId, version, helpful) {
  try {
    sessionStorage.setItem(ANSWERS_KEY, JSON.stringify({ ...answers(), [articleId]: { version, helpful } }));
  } catch {
    // Without storage the answer is still recorded; only its display is not kept.
  }
}

function remembered(articleId, version) {
  const answer = answers()[articleId];
  if (!answer || (version && answer.version && version !== answer.version)) return null;
  return answer;
}

/**
 * The feedback control for one article. `title` names the article for screen readers where several
 * controls share a page (compact, beside each known fix); `journey` and `search` tie the answer to the
 * draft ticket or the search it came from.
 */
export function feedbackControl({ articleId, version, title, journey, search, compact = false }) {
  const n = ++controls;
  const id = (part) => `feedback-${n}-${part}`;
  let busy = false;

  const question = el('p', { class: 'feedback-question', id: id('question') },
    compact ? 'Solved it?' : 'Did this solve your problem?');
  const yes = el('button', { type: 'button', class: 'button button-quiet feedback-yes', onclick: () => answer(true) }, 'Yes');
  const no = el('button', { type: 'button', class: 'button button-quiet feedback-no', onclick: () => answer(false) }, 'No');
  const ask = el('div', {
    class: 'feedback-ask', role: 'group',
    ...(compact && title ? { 'aria-label': `Did “${title}” solve your problem?` } : { 'aria-labelledby': id('question') }),
  }, question, el('div', { class: 'feedback-buttons' }, yes, no));

  const intro = el('p', { class: 'feedback-intro', id: id('intro'), tabindex: '-1' },
    'Sorry it did not help. Tell us what went wrong if you like, and send your answer.');
  const comment = el('textarea', {
    id: id('comment'), name: 'comment', rows: compact ? 2 : 3, maxlength: COMMENT_LIMIT,
    'aria-describedby': id('comment-hint'),
  });
  const details = el('form', { class: 'feedback-details', 'aria-labelledby': id('intro'), hidden: true },
    intro,
    el('fieldset', { class: 'feedback-reasons' },
      el('legend', {}, 'What was wrong? (optional)'),
      ...REASONS.map(([value, label]) => el('div', { class: 'feedback-reason' },
        el('input', { type: 'radio', name: id('reason'), id: id(value), value }),
        el('label', { for: id(value) }, label)))),
    el('div', { class: 'feedback-comment' },
      el('label', { for: id('comment') }, 'Anything else? (optional)'),
      el('p', { class: 'hint', id: id('comment-hint') },
        `Up to ${COMMENT_LIMIT} characters. Please leave out names and patient details.`),
      comment),
    el('button', { type: 'submit', class: 'button feedback-send' }, 'Send'));
  details.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (await post(false, chosenReason(), comment.value.trim())) {
      unsent.delete(sendUnsent);
      showDone(false, true);
    } else if (error.dataset.field === 'comment') {
      comment.focus();
    }
  });

  const doneText = el('span', {});
  const done = el('p', { class: 'feedback-done', tabindex: '-1', hidden: true }, doneText, ' ',
    el('button', {
      type: 'button', class: 'link-button feedback-change',
      onclick: () => {
        show(ask);
        yes.focus();
      },
    }, 'Change my answer'));

  const error = el('p', { class: 'error feedback-error', role: 'alert' });
  const root = el(compact ? 'div' : 'section', {
    class: 'feedback no-print' + (compact ? ' feedback-compact' : ''),
    'data-article': articleId,
    ...(compact ? {} : { 'aria-label': 'Feedback' }),
  }, ask, details, done, error);

  function chosenReason() {
    return details.querySelector('input[type="radio"]:checked')?.value;
  }

  /** The reader said "no" and left without sending it: the answer stands, the comment is not sent unasked. */
  function sendUnsent() {
    unsent.delete(sendUnsent);
    postAsThePageCloses('/api/feedback', body(false, chosenReason()));
    remember(articleId, version, false);
  }

  function show(part) {
    if (part !== details) unsent.delete(sendUnsent);
    for (const each of [ask, details, done]) each.hidden = each !== part;
    root.dataset.state = part === ask ? 'ask' : part === details ? 'details' : 'done';
  }

  function showDone(helpful, justNow) {
    doneText.textContent = justNow ? 'Thank you — your answer was recorded.'
      : helpful ? 'You said this solved your problem.' : 'You said this did not solve your problem.';
    show(done);
    if (justNow) done.focus();
  }

  async function answer(helpful) {
    if (!helpful) {
      error.textContent = '';
      details.reset();
      show(details);
      unsent.add(sendUnsent);
      intro.focus();
    } else if (await post(true)) {
      showDone(true, true);
    }
  }

  function body(helpful, reason, text) {
    return {
      articleId, helpful, version, journey, search, session: sessionKey(),
      reason: helpful ? undefined : reason || undefined,
      comment: helpful ? undefined : text || undefined,
    };
  }

  async function post(helpful, reason, text) {
    if (busy) return false;
    busy = true;
    root.setAttribute('aria-busy', 'true');
    error.textContent = '';
    delete error.dataset.field;
    comment.removeAttribute('aria-invalid');
    try {
      const result = await apiPost('/api/feedback', body(helpful, reason, text));
      remember(articleId, result?.version ?? version, helpful);
      return true;
    } catch (failure) {
      error.textContent = failure.message;
      if (failure.field) error.dataset.field = failure.field;
      if (failure.field === 'comment') comment.setAttribute('aria-invalid', 'true');
      return false;
    } finally {
      busy = false;
      root.removeAttribute('aria-busy');
    }
  }

  const earlier = remembered(articleId, version);
  if (earlier) showDone(earlier.helpful, false); else show(ask);
  return root;
}
