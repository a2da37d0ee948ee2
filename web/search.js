/*
 * Search panel and provision view. Hash routes:
 *   #/search?q=...&mode=...&status=treaty&...   a search (bookmarkable; /?q=... leads here)
 *   #/p/<instrument>/<eid>                      one provision (permalink)
 */
'use strict';

(function (P) {
  const $ = id => document.getElementById(id);
  const LIMIT = 20;
  const FACET_NAMES = { status: 'Status', instrument: 'Instrument', kind: 'Kind', year: 'Year' };
  // Filters that may be given more than once, any value matching (as the API reads them).
  const LISTS = ['status', 'instrument', 'kind', 'body', 'language'];

  let state = emptyState();
  let lastSearchHash = '#/';
  let loaded = 0;

  function emptyState() {
    const s = { q: '', mode: 'stemmed', sort: 'relevance', year_from: '', year_to: '' };
    LISTS.forEach(name => { s[name] = []; });
    return s;
  }

  function toParams(s) {
    const params = new URLSearchParams();
    for (const key of ['q', 'mode', 'sort', 'year_from', 'year_to']) {
      if (s[key] && !(key === 'mode' && s[key] === 'stemmed') && !(key === 'sort' && s[key] === 'relevance')) params.set(key, s[key]);
    }
    LISTS.forEach(name => s[name].forEach(v => params.append(name, v)));
    return params;
  }

  function fromParams(params) {
    const s = emptyState();
    for (const key of ['q', 'mode', 'sort', 'year_from', 'year_to']) s[key] = params.get(key) || s[key];
    LISTS.forEach(name => { s[name] = params.getAll(name).filter(v => v !== ''); });
    return s;
  }

  function fillForm(s) {
    $('q').value = s.q;
    $('mode').value = s.mode;
    $('sort').value = s.sort;
    $('year_from').value = s.year_from;
    $('year_to').value = s.year_to;
  }

  function readForm() {
    return Object.assign({}, state, {
      q: $('q').value.trim(), mode: $('mode').value, sort: $('sort').value,
      year_from: $('year_from').value.trim(), year_to: $('year_to').value.trim()
    });
  }

  function go(s) {
    const hash = '#/search?' + toParams(s).toString();
    if (window.location.hash === hash) P.dispatch(); else window.location.hash = hash;
  }

  function setStatus(text, isError) {
    const status = $('search-status');
    status.textContent = text;
    status.classList.toggle('error', Boolean(isError));
  }

  let citationAsked = 0;

  /**
   * A query that is one citation ("Principle 7", "A/64/L.64, annex, para. 31") is named as such
   * above the hits, with a link to each provision it may mean: a citation's own words rarely find
   * the provision it names.
   */
  async function showCitation(q) {
    const asked = ++citationAsked;
    const box = P.clear($('search-citation'));
    box.hidden = true;
    if (!q) return;
    let citations = [];
    try {
      // The query's first citation: one entry, or one per item of a list or range.
      citations = (await P.api('/api/cite', { q })).citations;
    } catch (error) {
      return;
    }
    const end = Math.max(0, ...citations.map(c => c.end));
    const whole = citations.length > 0 && citations[0].start === 0 && end >= q.replace(/[\s.,;:]+$/, '').length;
    const named = citations.length > 0 && citations.every(c => (c.status === 200 || c.status === 300) && c.provisions.length > 0);
    if (asked !== citationAsked || !whole || !named) return;
    box.append(citations.some(c => c.status === 300) ? 'Citation, one of: ' : 'Citation: ');
    citations.flatMap(c => c.provisions).forEach((p, i) => {
      if (i > 0) box.append(' · ');
      // A provision of an instrument known by its metadata alone has no text to open.
      box.append(p.text === null || p.text === undefined
        ? P.el('span', {}, p.citation + ' (text not in corpus)')
        : P.el('a', { href: '#/p/' + p.id, class: 'citation-link' }, p.citation));
    });
    // A resolved citation's message says what was assumed ("the Protocol" read as the Trafficking
    // Protocol); an ambiguous one's only lists the candidates shown above.
    if (citations[0].status === 200 && citations[0].message) {
      box.append(P.el('span', { class: 'citation-note' }, ' — ' + citations[0].message));
    }
    box.hidden = false;
  }

  async function run(s, append) {
    if (!append) showCitation(s.q);
    if (!s.q) {
      setStatus('Type words or a "phrase" to search the provisions.');
      P.clear($('results'));
      P.clear($('facets'));
      $('more').hidden = true;
      return;
    }
    const params = Object.assign({}, s, { limit: LIMIT, offset: append ? loaded : 0 });
    setStatus('Searching…');
    try {
      const result = await P.api('/api/search', params);
      if (!append) { P.clear($('results')); loaded = 0; }
      result.hits.forEach(hit => $('results').append(hitItem(hit)));
      loaded += result.hits.length;
      // Past the count's limit the server stops counting: the total is "at least".
      const total = result.totalExact ? String(result.total) : 'At least ' + result.total.toLocaleString('en');
      setStatus(total + (result.total === 1 ? ' provision' : ' provisions') + ' for ' +
        result.query.parsed + ' (' + result.query.mode + ')');
      // Only for a search that matched next to nothing: its words respelled as the corpus has
      // them, with the same filters, as the server found more matches for it.
      if (result.suggestion) {
        const respelled = Object.assign({}, s, { q: result.suggestion });
        $('search-status').append('. Did you mean ',
          P.el('a', { href: '#/search?' + toParams(respelled).toString(), class: 'suggestion' }, result.suggestion), '?');
      }
      $('more').hidden = loaded >= result.total;
      renderFacets(result.facets, s, result.totalExact);
    } catch (error) {
      P.clear($('results'));
      P.clear($('facets'));
      $('more').hidden = true;
      setStatus(error.message + (error.detail ? ' — ' + (typeof error.detail === 'string' ? error.detail : JSON.stringify(error.detail)) : ''), true);
    }
    renderChips(s);
  }

  function badge(status) {
    return P.el('span', { class: 'badge status-' + status }, status);
  }

  function hitItem(hit) {
    const snippet = P.el('p', { class: 'snippet' });
    // The one HTML insertion: the server escapes all snippet text and adds only <mark> tags.
    snippet.innerHTML = hit.snippet;
    return P.el('li', { class: 'hit' },
      P.el('div', { class: 'hit-head' },
        P.el('a', { class: 'hit-link', href: '#/p/' + hit.id }, hit.citation),
        hit.heading ? P.el('span', { class: 'hit-heading' }, ' — ' + hit.heading) : null,
        ' ', badge(hit.status),
        hit.date ? P.el('span', { class: 'date' }, hit.date) : null),
      snippet,
      hit.concepts && hit.concepts.length
        ? P.el('p', { class: 'hit-concepts' }, 'states: ' + hit.concepts.join(', '))
        : null,
      P.el('p', { class: 'hit-title' }, hit.title));
  }

  function renderFacets(facets, s, exact) {
    const box = P.clear($('facets'));
    if (!exact && Object.keys(facets).length) {
      box.append(P.el('p', { class: 'facet-note' },
        'Counts cover the first matches only; narrow the search to count them all.'));
    }
    for (const [name, label] of Object.entries(FACET_NAMES)) {
      const counts = facets[name] || {};
      const entries = Object.entries(counts);
      if (!entries.length) continue;
      const list = P.el('ul', {});
      for (const [value, count] of entries) {
        const active = isActive(s, name, value);
        list.append(P.el('li', {},
          P.el('button', {
            type: 'button', class: 'facet' + (active ? ' active' : ''), 'aria-pressed': active ? 'true' : 'false',
            onclick: () => go(toggle(s, name, value))
          }, value, ' ', P.el('span', { class: 'count' }, String(count)))));
      }
      box.append(P.el('section', { class: 'facet-group' }, P.el('h3', {}, label), list));
    }
  }


  function isActive(s, name, value) {
    if (LISTS.includes(name)) return s[name].includes(value);
    return s.year_from === value && s.year_to === value;
  }

  function toggle(s, name, value) {
    const next = Object.assign({}, s);
    LISTS.forEach(list => { next[list] = s[list].slice(); });
    if (LISTS.includes(name)) {
      next[name] = s[name].includes(value) ? s[name].filter(v => v !== value) : s[name].concat([value]);
    } else {
      const on = isActive(s, name, value);
      next.year_from = on ? '' : value;
      next.year_to = on ? '' : value;
    }
    return next;
  }

  function renderChips(s) {
    const box = P.clear($('active-filters'));
    const chip = (text, next) => box.append(P.el('button', {
      type: 'button', class: 'chip', 'aria-label': 'Remove filter ' + text, onclick: () => go(next)
    }, text, ' ×'));
    LISTS.forEach(name => s[name].forEach(v => chip(name + ': ' + v, toggle(s, name, v))));
    if (s.year_from || s.year_to) {
      chip('years: ' + (s.year_from || '…') + '–' + (s.year_to || '…'), Object.assign({}, s, { year_from: '', year_to: '' }));
    }
  }

  async function showProvision(path) {
    P.showPanel('provision-view');
    $('back-to-results').setAttribute('href', lastSearchHash);
    const parts = path.split('/').map(decodeURIComponent);
    const id = parts.join('/');
    const fields = ['provision-citation', 'provision-title', 'provision-date', 'provision-text', 'provision-source', 'provision-hash'];
    fields.forEach(f => { $(f).textContent = ''; });
    P.clear($('provision-trail'));
    P.clear($('similar'));
    P.clear($('provision-parents'));
    try {
      const p = await P.api('/api/provisions/' + parts.map(encodeURIComponent).join('/'));
      $('provision-citation').textContent = p.citation;
      const status = $('provision-status');
      status.textContent = p.status;
      status.className = 'badge status-' + p.status;
      $('provision-text').textContent = p.text;
      $('provision-source').textContent = describeSource(p.source);
      $('provision-hash').textContent = p.hash;
      const link = window.location.origin + '/#/p/' + p.id;
      $('permalink').textContent = link;
      $('permalink').setAttribute('href', '#/p/' + p.id);
      document.title = p.citation + ' — Precedent';
      instrumentFacts(p.instrument);
      parents(p);
      similar(p.id);
      $('provision-citation').setAttribute('tabindex', '-1');
      $('provision-citation').focus();
    } catch (error) {
      $('provision-citation').textContent = error.message;
    }
  }

  function describeSource(source) {
    if (!source) return '';
    const lines = source.fromLine === source.toLine ? 'line ' + source.fromLine : 'lines ' + source.fromLine + '–' + source.toLine;
    return source.file + ', ' + lines + ' (' + source.origin + ')' + (source.official ? ' — ' + source.official : '');
  }

  async function instrumentFacts(instrument) {
    try {
      const detail = await P.api('/api/instruments/' + encodeURIComponent(instrument));
      $('provision-title').textContent = detail.instrument.title;
      $('provision-date').textContent = detail.instrument.date || '';
    } catch (error) { /* facts are optional decoration */ }
  }

  /** Walks parent links up to the top and shows them outermost first. */
  async function parents(p) {
    const chain = [];
    let parent = p.parent;
    while (parent) {
      try {
        const up = await P.api('/api/provisions/' + parent.split('/').map(encodeURIComponent).join('/'));
        chain.unshift(up);
        parent = up.parent;
      } catch (error) {
        break;
      }
    }
    const trail = P.clear($('provision-trail'));
    const box = P.clear($('provision-parents'));
    chain.forEach(up => {
      trail.append(P.el('a', { href: '#/p/' + up.id }, up.label || up.eid), ' › ');
      if (up.heading) box.append(P.el('p', { class: 'parent-heading' }, up.label + ' — ' + up.heading));
    });
    if (chain.length) trail.append(P.el('span', { 'aria-current': 'page' }, p.label || p.eid));
  }

  async function similar(id) {
    const list = P.clear($('similar'));
    try {
      const result = await P.api('/api/provisions/' + id.split('/').map(encodeURIComponent).join('/') + '/similar', { limit: 8 });
      if (!result.hits.length) list.append(P.el('li', {}, 'No similar provisions.'));
      result.hits.forEach(hit => list.append(hitItem(hit)));
    } catch (error) {
      list.append(P.el('li', { class: 'error' }, error.message));
    }
  }

  function onSearchRoute(query) {
    state = fromParams(new URLSearchParams(query));
    lastSearchHash = window.location.hash || '#/';
    P.showPanel('search-panel');
    fillForm(state);
    document.title = (state.q ? state.q + ' — ' : '') + 'Precedent';
    run(state, false);
  }

  $('search-form').addEventListener('submit', event => {
    event.preventDefault();
    go(Object.assign(readForm(), {}));
  });
  ['mode', 'sort'].forEach(id => $(id).addEventListener('change', () => { if ($('q').value.trim()) go(readForm()); }));
  $('more').addEventListener('click', () => run(state, true));

  // An address with the search in its query string (/?q=...), as other search boxes and browser
  // keyword searches make, becomes this page's own route: the page answers it, and the address bar
  // shows the form that bookmarks and the back button work with.
  if (!window.location.hash && new URLSearchParams(window.location.search).get('q')) {
    const params = toParams(fromParams(new URLSearchParams(window.location.search)));
    history.replaceState(null, '', window.location.pathname + '#/search?' + params.toString());
  }

  P.route('#/search?', onSearchRoute);
  P.route('#/p/', showProvision);
  P.route('#/', () => { if (lastSearchHash !== '#/') window.location.hash = lastSearchHash; else onSearchRoute(''); });
})(window.Precedent);
