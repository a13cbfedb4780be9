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
 * shadow root, so the page's styles and the widget's do not touch.
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
                -webkit-line-clamp: 2; overflow: hidden; }`;

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
    panel.append(heading, list);
    root.replaceChildren(panel);
    adoptStyles(root);

    const limit = Number(options.limit) || 5;
    let inFlight;
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
        const response = await fetch(new URL('api/suggest', server), {
          method: 'POST',
          mode: 'cors',
          credentials: 'omit',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ title, description, limit }),
          signal: inFlight.signal,
        });
        if (!response.ok) throw new Error('HTTP ' + response.status);
        show((await response.json()).suggestions);
      } catch (error) {
        if (error.name === 'AbortError') return;
        panel.hidden = true;
        setState('failed');
        console.warn('FixbankWidget: no suggestions from ' + server.origin + ' (' + error.message + ')');
      }
    }, 300);

    function show(suggestions) {
      list.replaceChildren(...suggestions.map((suggestion) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = new URL(suggestion.href, server);
        link.target = '_blank';
        link.rel = 'noopener';
        link.textContent = suggestion.title;
        const summary = document.createElement('p');
        summary.className = 'summary';
        summary.textContent = suggestion.summary;
        item.append(link, summary);
        return item;
      }));
      panel.hidden = suggestions.length === 0;
      setState(suggestions.length ? 'shown' : 'empty');
    }

    fields.filter(Boolean).forEach((field) => field.addEventListener('input', update));
    update();
    return { refresh: update };
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
