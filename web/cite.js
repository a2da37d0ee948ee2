/*
 * "Cite & verify" panel, built into #cite-panel. Paste text: citations are underlined in place,
 * each a button showing its resolved provision. Quote + citation: the verdict and the word diff.
 * All text is set with textContent, never as HTML.
 */
'use strict';

(function (P) {
  const MAX_TEXT = 64000;
  const el = P.el;
  const clear = P.clear;

  const STATUS = {
    200: 'resolved', 300: 'ambiguous', 400: 'not a known instrument',
    404: 'no such provision', 429: 'over the per-request limit'
  };

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
    P.fill(detail,
      el('h3', {}, c.normalized || c.text),
      el('p', { class: 'cite-status s' + c.status }, STATUS[c.status] || String(c.status)),
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
        title: (c.normalized || '') + ' — ' + (STATUS[c.status] || String(c.status)),
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
    P.fill(out,
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
        const result = await P.post('/api/cite', { text: input });
        count.textContent = P.plural('citation', result.citations.length);
        renderMarked(marked, detail, input, result.citations);
      } catch (e) {
        error.textContent = e.message;
      }
    } },
    el('label', { for: 'cite-text' }, 'Text with citations'), text,
    el('div', {}, el('button', { type: 'submit', class: 'primary' }, 'Find citations'), ' ', count));

    const quote = el('textarea', { id: 'verify-quote', rows: 3, maxlength: MAX_TEXT,
      placeholder: 'the recruitment, transportation, transfer, harbouring or receipt of persons' });
    const citation = el('input', { id: 'verify-citation', type: 'text', maxlength: 2000,
      placeholder: 'article 3 (a) of the Trafficking in Persons Protocol' });
    const verdict = el('div', { class: 'cite-verdict-box', 'aria-live': 'polite' });
    const verify = el('form', { class: 'cite-form', onsubmit: async event => {
      event.preventDefault();
      clear(verdict);
      try {
        showVerdict(verdict, await P.post('/api/verify', { quote: quote.value, citation: citation.value }));
      } catch (e) {
        verdict.append(el('p', { class: 'cite-error', role: 'alert' }, e.message));
      }
    } },
    el('h3', {}, 'Verify a quotation'),
    el('label', { for: 'verify-quote' }, 'Quotation'), quote,
    el('label', { for: 'verify-citation' }, 'Citation'), citation,
    el('div', {}, el('button', { type: 'submit', class: 'primary' }, 'Verify')));

    P.fill(panel,
      el('h2', {}, 'Cite & verify'),
      find, error, el('div', { class: 'cite-result' }, marked, detail),
      verify, verdict);
  }

  build(document.getElementById('cite-panel'));
  P.route('#/cite', () => P.showPanel('cite-panel'));
})(window.Precedent);
