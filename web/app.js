/*
 * Shared page shell: API calls, safe element building, panels/tabs and the hash router.
 * Stage scripts (search.js, cite.js, check.js) register routes and panels here.
 *
 * Adding a panel (cite.js / check.js): the files are loaded automatically when present. In them:
 *   Precedent.enablePanel('cite-panel', '#/cite');            // unhide the tab
 *   Precedent.route('#/cite', rest => { Precedent.showPanel('cite-panel'); ... });
 * and build the content of <section id="cite-panel"> with Precedent.el(...) and Precedent.api(...).
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
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
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

  /** Shows one panel (section.panel) and marks its tab selected. */
  function showPanel(id) {
    document.querySelectorAll('main > .panel').forEach(p => { p.hidden = p.id !== id; });
    document.querySelectorAll('.tabs [role=tab]').forEach(tab => {
      const selected = tab.dataset.panel === id ||
        (id === 'provision-view' && tab.dataset.panel === 'search-panel');
      tab.setAttribute('aria-selected', selected ? 'true' : 'false');
    });
  }

  /** Called by a stage script to reveal its tab, e.g. Precedent.enablePanel('cite-panel', '#/cite'). */
  function enablePanel(id, hash) {
    const tab = document.querySelector('.tabs [data-panel="' + id + '"]');
    if (tab) {
      tab.hidden = false;
      tab.dataset.hash = hash;
    }
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

  /** Loads optional stage scripts that exist (cite.js, check.js), in order. */
  async function optional(names) {
    for (const name of names) {
      try {
        const head = await fetch('/' + name, { method: 'HEAD' });
        if (!head.ok) continue;
      } catch (e) {
        continue;
      }
      await new Promise(resolve => {
        const script = el('script', { src: '/' + name });
        script.addEventListener('load', resolve);
        script.addEventListener('error', resolve);
        document.body.append(script);
      });
    }
  }

  document.addEventListener('click', event => {
    const tab = event.target.closest('.tabs [role=tab]');
    if (!tab) return;
    window.location.hash = tab.dataset.hash || (tab.dataset.panel === 'search-panel' ? '#/' : '#/' + tab.dataset.panel);
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
  window.addEventListener('DOMContentLoaded', async () => {
    await optional(['cite.js', 'check.js']);
    dispatch();
  });

  return { api, el, clear, showPanel, enablePanel, route, dispatch };
})();
