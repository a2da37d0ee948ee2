/*
 * "Check draft" panel, built into #check-panel: POST /api/check and show each segment coloured by
 * verdict, with its precedents side by side, the word diff and the flagged legal-weight changes.
 * Every piece of text from the draft or the corpus is set with textContent, never parsed as HTML.
 */
'use strict';

(function (P) {
  const MAX_TEXT = 64000;
  const el = P.el;

  const VERDICTS = {
    agreed: 'Agreed language',
    agreed_variant: 'Agreed (cosmetic variant)',
    modified: 'Modified',
    not_agreed_precedent: 'Only in drafts/proposals',
    new: 'New text'
  };

  function build(root) {
    const text = el('textarea', { id: 'check-text', class: 'check-text', rows: 10, maxlength: MAX_TEXT });
    const exclude = el('input', { id: 'check-exclude', class: 'check-exclude', type: 'text',
      placeholder: 'instrument ids to ignore, e.g. a-64-l-64' });
    const submit = el('button', { type: 'submit', class: 'check-submit primary' }, 'Check');
    const status = el('p', { class: 'check-status', role: 'status' });
    const output = el('div', { class: 'check-output' });
    const form = el('form', { class: 'check-form', onsubmit: event => {
      event.preventDefault();
      run(text.value, exclude.value, status, output, submit);
    } },
    el('label', { for: 'check-text', class: 'check-label' }, 'Draft text (up to 64,000 characters)'), text,
    el('label', { for: 'check-exclude', class: 'check-label' }, 'Exclude'), exclude,
    el('div', { class: 'check-actions' }, submit, ' ',
      el('button', { type: 'button', class: 'check-print', onclick: () => window.print() }, 'Print report')));
    P.fill(root, el('h2', { class: 'check-title' }, 'Check draft'), form, status, output);
  }

  async function run(text, exclude, status, output, submit) {
    const ids = exclude.split(/[\s,]+/).filter(s => s.length > 0);
    status.textContent = 'Checking…';
    // The last draft's report goes at once: left up while the new one is checked, it read as the
    // answer to the text now in the box.
    P.fill(output);
    submit.disabled = true;
    try {
      const report = await P.post('/api/check', { text: text, exclude: ids });
      status.textContent = '';
      render(report, output);
    } catch (e) {
      status.textContent = 'Error: ' + e.message;
    } finally {
      submit.disabled = false;
    }
  }

  function render(report, output) {
    P.fill(output, summary(report),
      el('ol', { class: 'check-segments' }, report.segments.map(segmentItem)));
  }

  function summary(report) {
    const s = report.summary;
    return el('div', { class: 'check-summary' },
      el('p', { class: 'check-share' }, Math.round(s.agreed_share * 100) +
        '% of the draft is agreed language (' + P.plural('segment', s.segments) + ')'),
      el('ul', { class: 'check-counts' }, Object.keys(VERDICTS).map(v =>
        el('li', { class: 'verdict-' + v }, VERDICTS[v] + ': ' + (s.by_verdict[v] || 0)))),
      el('p', { class: 'check-snapshot' }, 'Corpus snapshot ' + report.snapshot));
  }

  function segmentItem(segment) {
    const item = el('li', { class: 'check-segment verdict-' + segment.verdict },
      el('div', { class: 'check-segment-head' },
        el('span', { class: 'check-badge' }, VERDICTS[segment.verdict] || segment.verdict),
        segment.label ? el('span', { class: 'check-seglabel' }, segment.label) : null,
        el('span', { class: 'check-offsets' }, 'chars ' + segment.start + '–' + segment.end)),
      el('p', { class: 'check-segment-text' }, segment.text));
    if (segment.precedents.length === 0) {
      item.append(el('p', { class: 'check-none' }, 'No precedent found.'));
      return item;
    }
    item.append(el('details', { class: 'check-details', open: segment.verdict !== 'new' },
      el('summary', {}, P.plural('precedent', segment.precedents.length)),
      segment.precedents.map(p => precedentRow(segment, p))));
    return item;
  }

  function conceptsNote(segment, p) {
    if (!p.concepts || p.concepts.length === 0) {
      return null;
    }
    const against = p.concepts.filter(c => (segment.against || []).includes(c));
    const same = p.concepts.filter(c => !against.includes(c));
    return el('p', { class: 'check-concepts' },
      [against.length > 0 ? 'states what the draft goes against: ' + against.join(', ') : null,
        same.length > 0 ? 'states the same concept: ' + same.join(', ') : null]
        .filter(Boolean).join('; '));
  }

  function precedentRow(segment, p) {
    return el('div', { class: 'check-precedent' },
      el('div', { class: 'check-col check-draft' }, el('h4', {}, 'Draft'), el('p', {}, segment.text)),
      el('div', { class: 'check-col check-source' },
        el('h4', {}, el('a', { href: '#/p/' + p.id, class: 'check-citation' }, p.citation)),
        el('p', { class: 'check-meta' },
          p.status + (p.date ? ', ' + p.date : '') + ' · similarity ' + p.similarity.toFixed(2) +
          ' · coverage ' + Math.round(p.coverage * 100) + '%'),
        // A draft the corpus records as adopted: the wording may be agreed in the adopted text.
        p.adopted_as
          ? el('p', { class: 'check-adopted' }, 'adopted as ' +
            (p.adopted_as.symbol || p.adopted_as.title) +
            (p.adopted_as.text_in_corpus ? '' : ' (its adopted text is not in the corpus)'))
          : null,
        // Listed because it states the same legal concept, often in other words, or the concept
        // the draft goes against: say which, never "the same" for a principle the draft reverses.
        conceptsNote(segment, p),
        el('p', { class: 'check-diff' }, p.diff.map((op, i) => {
          const tag = op.op === 'insert' ? 'ins' : op.op === 'delete' ? 'del' : 'span';
          return [i > 0 ? ' ' : null, el(tag, { class: 'diff-' + op.op }, op.text)];
        })),
        p.weight_changes.length > 0
          ? el('ul', { class: 'check-weight' }, p.weight_changes.map(w =>
            el('li', { class: 'weight-' + w.effect.split(':')[0].split(' ')[0] }, w.effect)))
          : null));
  }

  // A printed report shows every precedent, not only the ones opened on screen.
  window.addEventListener('beforeprint', () => {
    document.querySelectorAll('.check-details').forEach(d => { d.open = true; });
  });

  build(document.getElementById('check-panel'));
  P.route('#/check', () => P.showPanel('check-panel'));
})(window.Precedent);
