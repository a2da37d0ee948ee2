/*
 * "Cite & verify" panel. Mounts into #cite-panel (created if the page lacks it). Paste text:
 * citations are underlined in place, each a button showing its resolved provision. Quote +
 * citation: the verdict and the word diff. All text is set with textContent, never as HTML.
 */
'use strict';

(function () {
  const MAX_TEXT = 64000;

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children.flat()) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** POST JSON; a 4xx becomes an Error carrying the server's explanation. */
  async function post(path, body) {
    const response = await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    });
    let json = null;
    try { json = await response.json(); } catch (e) { json = null; }
    if (!response.ok) {
      throw new Error(json && json.error ? json.error : 'request failed (' + response.status + ')');
    }
    return json;
  }

  const STATUS = {
    200: 'resolved', 300: 'ambiguous', 400: 'not a known instrument',
    404: 'no such provision', 429: 'over the per-request limit'
  };

  function mountPoint() {
    let panel = document.getElementById('cite-panel');
    if (!panel) {
      panel = el('section', { id: 'cite-panel', class: 'panel' });
      (document.querySelector('main') || document.body).append(panel);
    }
    if (!document.querySelector('link[href="/cite.css"]')) {
      document.head.append(el('link', { rel: 'stylesheet', href: '/cite.css' }));
    }
    return panel;
  }

  function provisionBlock(p) {
    return el('div', { class: 'cite-provision' },
      el('div', { class: 'cite-provision-head' },
        el('a', { href: '#/p/' + p.id }, p.citation || p.id),
        ' ', el('code', {}, p.id), ' ', el('span', { class: 'cite-badge' }, p.status || '')),
      p.text !== null && p.text !== undefined
        ? el('p', { class: 'cite-text' }, p.text)
        : el('p', { class: 'cite-note' }, p.note || 'text not in corpus'));
  }

  function showDetail(detail, c) {
    clear(detail);
    detail.append(
      el('h3', {}, c.normalized || c.text),
      el('p', { class: 'cite-status s' + c.status }, c.status + ' ' + (STATUS[c.status] || '')),
      c.message ? el('p', { class: 'cite-message' }, c.message) : null,
      c.provisions.map(provisionBlock));
    detail.hidden = false;
  }

  /** The submitted text rebuilt from text nodes, each citation a button over its exact span. */
  function renderMarked(out, detail, text, citations) {
    clear(out);
    let at = 0;
    const sorted = citations.slice().sort((a, b) => a.start - b.start || a.end - b.end);
    for (const c of sorted) {
      if (c.start < at) continue;
      out.append(document.createTextNode(text.slice(at, c.start)));
      out.append(el('button', {
        type: 'button', class: 'cite-mark s' + c.status,
        title: (c.normalized || '') + ' — ' + c.status + ' ' + (STATUS[c.status] || ''),
        onclick: () => showDetail(detail, c)
      }, text.slice(c.start, c.end)));
      at = c.end;
    }
    out.append(document.createTextNode(text.slice(at)));
  }

  function diffView(diff) {
    return el('p', { class: 'cite-diff' }, diff.map(op => {
      const tag = op.op === 'insert' ? 'ins' : op.op === 'delete' ? 'del' : 'span';
      return [el(tag, { class: 'op-' + op.op }, op.text), ' '];
    }));
  }

  function showVerdict(out, v) {
    clear(out);
    out.append(
      el('p', { class: 'cite-verdict v-' + v.verdict }, v.verdict.replace(/_/g, ' '),
        ' ', el('span', { class: 'cite-similarity' }, 'similarity ' + v.similarity)),
      v.message ? el('p', { class: 'cite-message' }, v.message) : null,
      v.normalizations.length
        ? el('p', { class: 'cite-forgiven' }, 'Forgiven: ' + v.normalizations.join(', ')) : null,
      v.diff.length ? diffView(v.diff) : null,
      v.provision ? provisionBlock(v.provision) : null,
      v.found_in.length
        ? el('div', { class: 'cite-found' }, el('h4', {}, 'Found in'),
          el('ul', {}, v.found_in.map(f => el('li', {},
            el('a', { href: '#/p/' + f.id }, f.citation || f.id), ' (' + f.similarity + ')'))))
        : null);
  }

  function build(panel) {
    const text = el('textarea', { id: 'cite-text', rows: 8, maxlength: MAX_TEXT,
      placeholder: 'Paste a draft: e.g. "recalling article 3 (a) of the Trafficking Protocol and Principle 7"' });
    const count = el('span', { class: 'cite-count' });
    const marked = el('div', { class: 'cite-marked', 'aria-live': 'polite' });
    const detail = el('aside', { class: 'cite-detail', hidden: true });
    const error = el('p', { class: 'cite-error', role: 'alert' });
    const find = el('form', { class: 'cite-form', onsubmit: async event => {
      event.preventDefault();
      error.textContent = '';
      try {
        const input = text.value;
        const result = await post('/api/cite', { text: input });
        count.textContent = result.citations.length + ' citation(s)';
        renderMarked(marked, detail, input, result.citations);
      } catch (e) {
        error.textContent = e.message;
      }
    } },
    el('label', { for: 'cite-text' }, 'Text with citations'), text,
    el('div', {}, el('button', { type: 'submit' }, 'Find citations'), ' ', count));

    const quote = el('textarea', { id: 'verify-quote', rows: 3, maxlength: MAX_TEXT,
      placeholder: 'the recruitment, transportation, transfer, harbouring or receipt of persons' });
    const citation = el('input', { id: 'verify-citation', type: 'text', maxlength: 2000,
      placeholder: 'article 3 (a) of the Trafficking in Persons Protocol' });
    const verdict = el('div', { class: 'cite-verdict-box', 'aria-live': 'polite' });
    const verify = el('form', { class: 'cite-form', onsubmit: async event => {
      event.preventDefault();
      clear(verdict);
      try {
        showVerdict(verdict, await post('/api/verify', { quote: quote.value, citation: citation.value }));
      } catch (e) {
        verdict.append(el('p', { class: 'cite-error', role: 'alert' }, e.message));
      }
    } },
    el('h3', {}, 'Verify a quotation'),
    el('label', { for: 'verify-quote' }, 'Quotation'), quote,
    el('label', { for: 'verify-citation' }, 'Citation'), citation,
    el('div', {}, el('button', { type: 'submit' }, 'Verify')));

    clear(panel).append(
      el('h2', {}, 'Cite & verify'),
      find, error, el('div', { class: 'cite-result' }, marked, detail),
      verify, verdict);
  }

  function start() {
    const panel = mountPoint();
    build(panel);
    const shell = window.Precedent;
    if (shell && shell.enablePanel) {
      shell.enablePanel('cite-panel', '#/cite');
      shell.route('#/cite', () => shell.showPanel('cite-panel'));
    }
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
