// What a form page says about its work: progress and outcomes in one live message line, and errors, in that
// line or beside the fields they concern. The editor and the units page share it.
import { el } from './dom.js';

/**
 * The messages of a form: `message` is the page's status line, `scope` holds the fields and their
 * `.field-error` elements.
 */
export function formMessages(message, scope) {
  return {
    /** Progress or an outcome, as plain text; empty clears it. */
    say(text) {
      message.replaceChildren(...(text ? [text] : []));
    },
    /** An error for the whole form, announced and focused. */
    sayError(text) {
      message.replaceChildren(el('span', { class: 'error', role: 'alert' }, text));
      message.focus();
    },
    /** Clears the line and every field's error and mark. */
    clearErrors() {
      message.replaceChildren();
      for (const error of scope.querySelectorAll('.field-error')) {
        error.hidden = true;
        error.replaceChildren();
      }
      for (const field of scope.querySelectorAll('[aria-invalid]')) field.removeAttribute('aria-invalid');
    },
  };
}
