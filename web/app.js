/*
 * Shared page shell: API calls, safe element building, panels/tabs and the hash router.
 * The panel scripts (search.js, cite.js, check.js) build their <section> of index.html with
 * Precedent.el(...), call the API with Precedent.api(...) / Precedent.post(...), and register
 * their hash route: Precedent.route('#/cite', rest => Precedent.showPanel('cite-panel')).
 * Rule: page text is always set with textContent; the only HTML inserted is a search snippet,
 * which the server builds with every character escaped except its <mark> tags.
 */
'use strict';

window.Precedent = (function () {
  const routes = [];

  /** GET /api/... as JSON; a 4xx becomes an Error whose message is the server's explanation. */
  async function api(path, params) {
    const url = new URL(path, window.location.origin);
    if (params) {
      for (const [key, value] of Object.entries(params)) {
        const values = Array.isArray(value) ? value : [value];
        for (const v of values) {
          if (v !== undefined && v !== null && v !== '') url.searchParams.append(key, v);
        }
      }
    }
    return answer(await fetch(url, { headers: { Accept: 'application/json' } }));
  }

  /** POST a JSON body to /api/...; errors as for api(). */
  async function post(path, body) {
    return answer(await fetch(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(body)
    }));
  }

  async function answer(response) {
    let body = null;
    try { body = await response.json(); } catch (e) { body = null; }
    if (!response.ok) {
      const error = new Error(body && body.error ? body.error : 'request failed (' + response.status + ')');
      error.detail = body ? body.detail : null;
      error.status = response.status;
      throw error;
    }
    return body;
  }

  /** A count with its noun: plural('segment', 1) is '1 segment', plural('segment', 2) '2 segments'. */
  function plural(noun, n) {
    return n + ' ' + noun + (n === 1 ? '' : 's');
  }

  /** el('a', {href: '#', class: 'x'}, 'text', child): children strings become text nodes. */
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key === 'dataset') Object.assign(node.dataset, value);
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    return add(node, children);
  }

  /** Appends children as el() does: nested lists flattened, strings as text, null and false skipped. */
  function add(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  /** Replaces the content of node with children, taken as el() takes them. */
  function fill(node, ...children) {
    return add(clear(node), children);
  }

  /** Shows one panel (section.panel) and marks its tab selected. */
  function showPanel(id) {
    document.querySelectorAll('main > .panel').forEach(p => { p.hidden = p.id !== id; });
    document.querySelectorAll('.tabs [role=tab]').forEach(tab => {
      const selected = tab.dataset.panel === id ||
        (id === 'provision-view' && tab.dataset.panel === 'search-panel');
      tab.setAttribute('aria-selected', selected ? 'true' : 'false');
    });
  }

  /** Registers a hash route: prefix like '#/p/' and handler(restOfHash). Longest prefix wins. */
  function route(prefix, handler) {
    routes.push({ prefix, handler });
    routes.sort((a, b) => b.prefix.length - a.prefix.length);
  }

  function dispatch() {
    const hash = window.location.hash || '#/';
    for (const r of routes) {
      if (hash.startsWith(r.prefix)) {
        r.handler(hash.slice(r.prefix.length));
        return;
      }
    }
    if (routes.length) routes[routes.length - 1].handler('');
  }

  document.addEventListener('click', event => {
    const tab = event.target.closest('.tabs [role=tab]');
    if (!tab) return;
    window.location.hash = tab.dataset.hash;
  });

  document.addEventListener('keydown', event => {
    const typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement.tagName);
    if (event.key === '/' && !typing) {
      event.preventDefault();
      const q = document.getElementById('q');
      if (q) { window.location.hash.startsWith('#/p/') && history.back(); q.focus(); q.select(); }
    }
  });

  window.addEventListener('hashchange', dispatch);
  // The panel scripts run before this, as they come after app.js at the end of the page's body.
  window.addEventListener('DOMContentLoaded', dispatch);

  return { api, post, el, clear, fill, plural, showPanel, route, dispatch };
})();
