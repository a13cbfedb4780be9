// "Why this fix?": what the server says of why it chose an article (the `why` an API answer carries when
// asked with explain=true), as a disclosure under a known fix or a search result. Shown to staff only, who
// ask for it: a clinician reads the sentence, an IT admin the words, where they matched and what was missed.
// Every part goes in as text.
import { el } from './dom.js';

/** How a matched word came from the ticket's word `from`, which may differ from it only in case or ending. */
function origin(word) {
  const from = word.from && word.from.toLowerCase() !== word.word.toLowerCase() ? word.from : null;
  switch (word.how) {
    case 'synonym':
      return from ? `synonym of “${from}”` : 'synonym';
    case 'spelling':
      return from ? `spelling of “${from}”` : 'spelling corrected';
    case 'prefix':
      return from ? `completes “${from}”` : 'the word being typed';
    case 'learned':
      return from ? `from past tickets, for “${from}”` : 'from past tickets';
    case 'typed':
      return from ? `for “${from}”` : 'as typed';
    default:
      return from ? `for “${from}”` : null;
  }
}

function wordItem(word) {
  const how = origin(word);
  const fields = Array.isArray(word.fields) && word.fields.length ? 'in ' + word.fields.join(', ') : null;
  return el('li', { class: 'why-word' },
    el('span', { class: 'why-term' }, word.word),
    how ? [' · ', el('span', { class: 'why-how' }, how)] : null,
    fields ? [' · ', el('span', { class: 'why-fields' }, fields)] : null);
}

/** What the semantic re-ranker did: the article's place by words alone, and its place after. */
function meaningLine(meaning) {
  if (!meaning || !Number.isFinite(meaning.wordRank) || !Number.isFinite(meaning.rank)) return null;
  return el('p', { class: 'why-meaning' }, meaning.wordRank === meaning.rank
    ? `Meaning kept it at ${meaning.rank}`
    : `Meaning moved it from ${meaning.wordRank} to ${meaning.rank}`);
}

/**
 * A closed `<details>` labelled `label` ("Why this fix?") that explains `why`, or null without one. `open`
 * opens it, and `onToggle(open)` hears when the reader opens or closes it, so a page that shows the same
 * article again can keep it as it was.
 */
export function whyDisclosure(why, label, { open = false, onToggle } = {}) {
  if (!why || typeof why !== 'object') return null;
  const words = Array.isArray(why.words) ? why.words.filter((word) => word && word.word) : [];
  const unmatched = Array.isArray(why.unmatched) ? why.unmatched.filter(Boolean) : [];
  const meaning = why.meaning;
  const details = el('details', { class: 'why', open },
    el('summary', {}, label),
    why.summary ? el('p', { class: 'why-summary' }, why.summary) : null,
    words.length ? el('ul', { class: 'why-words', 'aria-label': 'Words matched' }, words.map(wordItem)) : null,
    unmatched.length
      ? el('p', { class: 'why-unmatched' }, 'Not in this article: ', el('span', {}, unmatched.join(', ')))
      : null,
    meaningLine(meaning));
  if (onToggle) details.addEventListener('toggle', () => onToggle(details.open));
  return details;
}
