/*
 * Fixbank widget: shows known fixes beside a ticketing system's own form while a ticket is typed.
 *
 *   <script src="https://fixbank.example.org/widget.js"
 *           data-title="#subject" data-description="#details" data-target="#fixbank-suggestions"></script>
 *
 * data-title and data-description are CSS selectors of the form's fields (either may be left out);
 * data-target is the element to show the fixes in (without it they appear after the last field);
 * data-limit is how many to show (5). The widget asks the Fixbank server it was loaded from, which must
 * list the form page's origin in --cors-origins. Pages that add the script later can call
 * FixbankWidget.bind({title, description, target, limit, server}). Everything it shows is inside a
 * shadow root, so the page's styles and the widget's do not touch. When no known fix matches the ticket well
 * enough, it says so ("No known fix yet — send it to the service desk") rather than show weak matches.
 *
 * Each known fix asks "Solved it? Yes / No" (after "No", optionally what went wrong and a comment; a "no"
 * not sent is sent, without its comment, when the page is left), unless the server records no feedback. So that IT can count the tickets the fixes saved, the widget gives the
 * ticket being typed a random journey id, sent with the fixes asked for, the fixes opened and the answers;
 * a random key in the page's sessionStorage ("fixbank.widget.session") makes one person's repeated clicks
 * count once. When the form holding the title or description field is submitted, the widget tells Fixbank
 * the ticket was sent (POST /api/journeys/ID/sent, which survives the page being left) and starts a new
 * journey. A page that sends its ticket some other way (a script, no form submit) calls ticketSent() on
 * what bind returns:
 *
 *   const widget = FixbankWidget.bind({ title: '#subject', description: '#details' });
 *   widget.refresh();        // ask again now, for fields the page changed itself
 *   widget.journey;          // the current journey id
 *   await widget.ticketSent(); // the ticket went to the service desk; the next one is a new journey
 *
 * Nothing else is sent: no cookies, no token, and nothing about the page.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  const scriptServer = script && script.src ? new URL('.', script.src) : null;
  const STYLE = `
    :host { display: block; }
    .panel { font: inherit; color: #1b1f24; background: #fff; border: 1px solid #8a94a0; border-radius: 6px;
             padding: 10px 14px; margin: 8px 0; }
    .heading { margin: 0 0 6px; font-weight: 700; }
    ul { list-style: none; margin: 0; padding: 0; }
    li + li { margin-top: 8px; }
    a { color: #0a58a8; font-weight: 600; text-underline-offset: 0.15em; }
    a:focus-visible { outline: 3px solid #1a5fd0; outline-offset: 2px; }
    p.summary { margin: 2px 0 0; color: #4b5563; font-size: 0.9em; display: -webkit-box; -webkit-box-orient: vertical;
                -webkit-line-clamp: 2; overflow: hidden; }
    [hidden] { display: none !important; }
    .feedback { margin-top: 4px; font-size: 0.9em; }
    .ask { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
    .question { color: #4b5563; }
    button { font: inherit; color: #0b4f5c; background: #fff; border: 1px solid #0b4f5c; border-radius: 4px;
             padding: 1px 10px; cursor: pointer; }
    button:hover { background: #e6f0f2; }
    button:focus-visible, input:focus-visible, textarea:focus-visible, .intro:focus-visible, .done:focus-visible {
      outline: 3px solid #1a5fd0; outline-offset: 2px; }
    button.send { color: #fff; background: #0b4f5c; font-weight: 600; }
    button.link { border: 0; padding: 0; background: none; color: #0a58a8; text-decoration: underline; }
    form { display: grid; gap: 6px; margin-top: 4px; padding: 8px 10px; background: #f5f7f9; border-radius: 4px; }
    form p, p.done, p.error { margin: 0; }
    fieldset { border: 0; margin: 0; padding: 0; }
    legend { padding: 0; font-weight: 600; }
    .reason { display: flex; align-items: center; gap: 6px; }
    label.comment { font-weight: 600; }
    textarea { font: inherit; width: 100%; box-sizing: border-box; border: 1px solid #8a94a0; border-radius: 4px;
               padding: 4px 6px; resize: vertical; }
    .send { justify-self: start; }
    p.error { color: #a4161a; font-weight: 600; }
    p.error:empty { display: none; }
    p.none { margin: 0; }
    p.none:empty { display: none; }
    .panel.no-fix { border-color: #1d4ed8; border-left-width: 4px; background: #eff4ff; }`;
  const REASONS = [
    ['did-not-work', 'It did not work'],
    ['not-my-problem', 'It is not my problem'],
    ['hard-to-follow', 'It is hard to follow'],
    ['out-of-date', 'It is out of date'],
  ];
  const COMMENT_LIMIT = 1000;
  const NO_FIX = 'No known fix yet — send it to the service desk.';
  const SESSION_KEY = 'fixbank.widget.session';
  const ID = /^[A-Za-z0-9_-]{16,64}$/;
  const configs = new Map(); // server origin → Promise of whether it records feedback
  let memorySessionKey;
  let controlCount = 0;
  const unsent = new Set(); // "no" answers whose form is open, sent if the page is left
  window.addEventListener('pagehide', () => unsent.forEach((send) => send()));

  /** 16 random bytes as base64url, an id the server accepts. */
  function newId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  }

  /** One random key for this tab, in the page's sessionStorage, or in memory where storage is refused. */
  function sessionKey() {
    try {
      let key = sessionStorage.getItem(SESSION_KEY);
      if (!key || !ID.test(key)) {
        key = newId();
        sessionStorage.setItem(SESSION_KEY, key);
      }
      return key;
    } catch (error) {
      memorySessionKey = memorySessionKey || newId();
      return memorySessionKey;
    }
  }

  /** Whether the server records feedback; asked once per server, and taken as yes if it cannot say. */
  function recording(server) {
    if (!configs.has(server.origin)) {
      configs.set(server.origin, fetch(new URL('api/config', server), { mode: 'cors', credentials: 'omit' })
        .then((response) => (response.ok ? response.json() : {}))
        .then((config) => config.recording !== false, () => true));
    }
    return configs.get(server.origin);
  }

  /** h('p', {className: 'x', hidden: true}, 'text', child): a DOM element; role and names with a dash are attributes. */
  function h(tag, properties, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(properties || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.includes('-') || name === 'role') node.setAttribute(name, value === true ? '' : String(value));
      else node[name] = value;
    }
    node.append(...children.filter((child) => child !== null && child !== undefined));
    return node;
  }

  /** What a failed feedback call says to the reader. */
  async function explain(response) {
    const body = await response.json().catch(() => null);
    if (response.status === 429) return 'Too many answers from here just now. Please try again in a minute.';
    if (response.status === 404) return 'This fix is no longer available.';
    if (body && body.error) return body.error.charAt(0).toUpperCase() + body.error.slice(1) + '.';
    return 'Your answer could not be recorded. Please try again in a moment.';
  }

  function find(selector) {
    return selector ? document.querySelector(selector) : null;
  }

  function debounce(action, millis) {
    let timer;
    return () => {
      clearTimeout(timer);
      timer = setTimeout(action, millis);
    };
  }

  /**
   * A constructed style sheet, unlike a style element, is not refused by pages whose Content-Security-Policy
   * allows no inline styles.
   */
  function adoptStyles(root) {
    if ('adoptedStyleSheets' in root && typeof CSSStyleSheet.prototype.replaceSync === 'function') {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
    } else {
      const style = document.createElement('style');
      style.textContent = STYLE;
      root.prepend(style);
    }
  }

  function bind(options) {
    const server = new URL(options.server || scriptServer);
    const fields = [find(options.title), find(options.description)];
    const [titleField, descriptionField] = fields;
    if (!titleField && !descriptionField) {
      throw new Error('FixbankWidget: no field matches ' + [options.title, options.description].join(' or '));
    }
    let host = find(options.target);
    if (!host) {
      host = document.createElement('div');
      (descriptionField || titleField).insertAdjacentElement('afterend', host);
    }
    const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
    const panel = document.createElement('div');
    panel.className = 'panel';
    panel.setAttribute('role', 'region');
    panel.setAttribute('aria-label', 'Known fixes');
    panel.hidden = true;
    const heading = document.createElement('p');
    heading.className = 'heading';
    heading.textContent = 'Known fixes that may solve this';
    const list = document.createElement('ul');
    const none = document.createElement('p');
    none.className = 'none';
    none.setAttribute('role', 'status'); // kept in the panel, so the notice is announced as it is filled
    panel.append(heading, list, none);
    root.replaceChildren(panel);
    adoptStyles(root);

    const limit = Number(options.limit) || 5;
    let inFlight;
    let journey = newId(); // this ticket's; a new one once it is sent
    let asked = false; // whether fixes were asked for with this journey, so the server knows it
    let feedbackOn = true; // off once the server says it records no feedback
    let controls = new Map(); // article id → its feedback control, kept while the fix is shown again
    const setState = (state) => { host.dataset.fixbankState = state; };
    setState('idle');

    const update = debounce(async () => {
      const title = titleField ? titleField.value : '';
      const description = descriptionField ? descriptionField.value : '';
      if (inFlight) inFlight.abort();
      if ((title.trim() + description.trim()).length < 3) {
        panel.hidden = true;
        setState('idle');
        return;
      }
      inFlight = new AbortController();
      setState('loading');
      try {
        asked = true;
        const response = await fetch(new URL('api/suggest', server), {
          method: 'POST',
          mode: 'cors',
          credentials: 'omit',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ title, description, limit, journey, source: 'widget' }),
          signal: inFlight.signal,
        });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        const answer = await response.json();
        feedbackOn = feedbackOn && (await recording(server));
        show(answer.suggestions || [], answer.message);
      } catch (error) {
        if (error.name === 'AbortError') return;
        panel.hidden = true;
        setState('failed');
        console.warn('FixbankWidget: no suggestions from ' + server.origin + ' (' + error.message + ')');
      }
    }, 300);

    /** The fixes, or with none good enough, `message` (the server's) or the widget's own calm notice. */
    function show(suggestions, message) {
      list.replaceChildren(...suggestions.map((suggestion) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        const address = new URL(suggestion.href, server);
        address.searchParams.set('journey', journey);
        link.href = address;
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = suggestion.title;
        const summary = document.createElement('p');
        summary.className = 'summary';
        summary.textContent = suggestion.summary;
        item.append(link, summary);
        if (feedbackOn) item.append(feedbackFor(suggestion));
        return item;
      }));
      const found = suggestions.length > 0;
      heading.hidden = !found;
      list.hidden = !found;
      none.textContent = found ? '' : message || NO_FIX;
      panel.classList.toggle('no-fix', !found);
      panel.hidden = false;
      setState(found ? 'shown' : 'empty');
    }

    function feedbackFor(suggestion) {
      if (!controls.has(suggestion.id)) controls.set(suggestion.id, feedbackControl(suggestion));
      return controls.get(suggestion.id);
    }

    /** "Solved it? Yes / No" for one fix; "No" records at once, then offers a reason and a comment. */
    function feedbackControl(suggestion) {
      const n = ++controlCount;
      const forJourney = journey;
      let busy = false;
      const yes = h('button', { type: 'button', className: 'yes', onclick: () => answer(true) }, 'Yes');
      const no = h('button', { type: 'button', className: 'no', onclick: () => answer(false) }, 'No');
      const ask = h('div', { className: 'ask', role: 'group', 'aria-label': 'Did “' + suggestion.title + '” solve your problem?' },
        h('span', { className: 'question' }, 'Solved it?'), yes, no);
      const intro = h('p', { className: 'intro', tabIndex: -1 },
        'Sorry it did not help. Tell us what went wrong if you like, and send your answer.');
      const comment = h('textarea', { id: 'fixbank-comment-' + n, rows: 2, maxLength: COMMENT_LIMIT });
      const details = h('form', { className: 'details', hidden: true, 'aria-label': 'What went wrong with “' + suggestion.title + '”' },
        intro,
        h('fieldset', {}, h('legend', {}, 'What was wrong? (optional)'),
          ...REASONS.map(([value, label]) => h('div', { className: 'reason' },
            h('input', { type: 'radio', name: 'reason-' + n, id: 'fixbank-' + value + '-' + n, value }),
            h('label', { htmlFor: 'fixbank-' + value + '-' + n }, label)))),
        h('label', { className: 'comment', htmlFor: comment.id }, 'Anything else? (optional, no patient details)'),
        comment,
        h('button', { type: 'submit', className: 'send' }, 'Send'));
      const change = h('button', {
        type: 'button', className: 'link',
        onclick: () => {
          show(ask);
          yes.focus();
        },
      }, 'Change my answer');
      const done = h('p', { className: 'done', tabIndex: -1, hidden: true }, 'Thank you — your answer was recorded. ', change);
      const error = h('p', { className: 'error', role: 'alert' });
      const control = h('div', { className: 'feedback', 'data-article': suggestion.id }, ask, details, done, error);

      function chosenReason() {
        const reason = details.querySelector('input:checked');
        return reason ? reason.value : undefined;
      }

      function body(answerGiven) {
        return JSON.stringify({ articleId: suggestion.id, journey: forJourney, session: sessionKey(), ...answerGiven });
      }

      /** A "no" left without sending: it stands, without the comment, which is not sent unasked. */
      function sendUnsent() {
        unsent.delete(sendUnsent);
        fetch(new URL('api/feedback', server), {
          method: 'POST',
          mode: 'cors',
          credentials: 'omit',
          keepalive: true,
          headers: { 'Content-Type': 'application/json' },
          body: body({ helpful: false, reason: chosenReason() }),
        }).catch(() => {});
      }

      function show(part) {
        if (part !== details) unsent.delete(sendUnsent);
        [ask, details, done].forEach((each) => { each.hidden = each !== part; });
        control.dataset.state = part === ask ? 'ask' : part === details ? 'details' : 'done';
      }

      async function answer(helpful) {
        if (!helpful) {
          error.textContent = '';
          details.reset();
          show(details);
          unsent.add(sendUnsent);
          intro.focus();
        } else if (await post({ helpful })) {
          show(done);
          done.focus();
        }
      }

      details.addEventListener('submit', async (event) => {
        event.preventDefault();
        const text = comment.value.trim();
        if (await post({ helpful: false, reason: chosenReason(), comment: text || undefined })) {
          show(done);
          done.focus();
        }
      });

      async function post(answerGiven) {
        if (busy) return false;
        busy = true;
        error.textContent = '';
        try {
          const response = await fetch(new URL('api/feedback', server), {
            method: 'POST',
            mode: 'cors',
            credentials: 'omit',
            headers: { 'Content-Type': 'application/json' },
            body: body(answerGiven),
          });
          if (response.ok) return true;
          if (response.status === 503) feedbackOn = false; // not recording: no more controls
          error.textContent = await explain(response);
        } catch (failure) {
          error.textContent = 'Fixbank could not be reached, so your answer was not recorded. Please try again.';
        } finally {
          busy = false;
        }
        return false;
      }

      show(ask);
      return control;
    }

    /** Tells Fixbank this ticket went to the service desk, then starts a new journey for the next one. */
    function ticketSent() {
      const sent = journey;
      const wasAsked = asked;
      journey = newId();
      asked = false;
      controls = new Map();
      if (!wasAsked) return Promise.resolve();
      return fetch(new URL('api/journeys/' + sent + '/sent', server), {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        keepalive: true, // the form's page may be on its way out
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      }).then((response) => {
        if (!response.ok) throw new Error('HTTP ' + response.status);
      }).catch((error) => {
        console.warn('FixbankWidget: could not tell ' + server.origin + ' the ticket was sent (' + error.message + ')');
      });
    }

    fields.filter(Boolean).forEach((field) => field.addEventListener('input', update));
    new Set(fields.filter((field) => field && field.form).map((field) => field.form))
      .forEach((form) => form.addEventListener('submit', ticketSent));
    update();
    return {
      refresh: update,
      get journey() { return journey; },
      ticketSent,
    };
  }

  window.FixbankWidget = { bind };

  if (script && (script.dataset.title || script.dataset.description)) {
    const options = {
      title: script.dataset.title,
      description: script.dataset.description,
      target: script.dataset.target,
      limit: script.dataset.limit,
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', () => bind(options));
    } else {
      bind(options);
    }
  }
})();
