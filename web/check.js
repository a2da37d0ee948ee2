// "Check draft" panel: POST /api/check and show each segment coloured by verdict, with its
// precedents side by side, the word diff and the flagged legal-weight changes. Every piece of
// text from the draft or the corpus is set with textContent, never parsed as HTML.
(function () {
  "use strict";

  var VERDICTS = {
    agreed: "Agreed language",
    agreed_variant: "Agreed (cosmetic variant)",
    modified: "Modified",
    not_agreed_precedent: "Only in drafts/proposals",
    new: "New text"
  };

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function panel() {
    var root = document.getElementById("check-panel");
    if (!root) {
      root = el("section");
      root.id = "check-panel";
      (document.querySelector("main") || document.body).appendChild(root);
    }
    root.classList.add("check-panel");
    return root;
  }

  function build(root) {
    root.textContent = "";
    root.appendChild(el("h2", "check-title", "Check draft"));
    var form = el("form", "check-form");
    var label = el("label", "check-label", "Draft text (up to 64,000 characters)");
    var text = el("textarea", "check-text");
    text.id = "check-text";
    text.rows = 10;
    text.maxLength = 64000;
    label.htmlFor = "check-text";
    var exclude = el("input", "check-exclude");
    exclude.type = "text";
    exclude.id = "check-exclude";
    exclude.placeholder = "instrument ids to ignore, e.g. a-64-l-64";
    var excludeLabel = el("label", "check-label", "Exclude");
    excludeLabel.htmlFor = "check-exclude";
    var submit = el("button", "check-submit", "Check");
    submit.type = "submit";
    var print = el("button", "check-print", "Print report");
    print.type = "button";
    print.addEventListener("click", function () { window.print(); });
    form.append(label, text, excludeLabel, exclude, submit, print);
    var status = el("p", "check-status");
    status.setAttribute("role", "status");
    var output = el("div", "check-output");
    root.append(form, status, output);
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      run(text.value, exclude.value, status, output, submit);
    });
  }

  function run(text, exclude, status, output, submit) {
    var ids = exclude.split(/[\s,]+/).filter(function (s) { return s.length > 0; });
    status.textContent = "Checking…";
    submit.disabled = true;
    fetch("/api/check", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: text, exclude: ids })
    })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (!result.ok) {
          status.textContent = "Error: " + (result.body && result.body.error ? result.body.error : "request failed");
          return;
        }
        status.textContent = "";
        render(result.body, output);
      })
      .catch(function (error) {
        status.textContent = "Error: " + error.message;
      })
      .finally(function () { submit.disabled = false; });
  }

  function render(report, output) {
    output.textContent = "";
    output.appendChild(summary(report));
    var list = el("ol", "check-segments");
    report.segments.forEach(function (segment) { list.appendChild(segmentItem(segment)); });
    output.appendChild(list);
  }

  function summary(report) {
    var box = el("div", "check-summary");
    var s = report.summary;
    box.appendChild(el("p", "check-share",
      Math.round(s.agreed_share * 100) + "% of the draft is agreed language (" + s.segments + " segments)"));
    var counts = el("ul", "check-counts");
    Object.keys(VERDICTS).forEach(function (v) {
      var item = el("li", "verdict-" + v, VERDICTS[v] + ": " + (s.by_verdict[v] || 0));
      counts.appendChild(item);
    });
    box.appendChild(counts);
    box.appendChild(el("p", "check-snapshot", "Corpus snapshot " + report.snapshot));
    return box;
  }

  function segmentItem(segment) {
    var item = el("li", "check-segment verdict-" + segment.verdict);
    var head = el("div", "check-segment-head");
    head.appendChild(el("span", "check-badge", VERDICTS[segment.verdict] || segment.verdict));
    if (segment.label) head.appendChild(el("span", "check-seglabel", segment.label));
    head.appendChild(el("span", "check-offsets", "chars " + segment.start + "–" + segment.end));
    item.appendChild(head);
    item.appendChild(el("p", "check-segment-text", segment.text));
    if (segment.precedents.length === 0) {
      item.appendChild(el("p", "check-none", "No precedent found."));
      return item;
    }
    var details = el("details", "check-details");
    details.open = segment.verdict !== "new";
    details.appendChild(el("summary", null, segment.precedents.length + " precedent(s)"));
    segment.precedents.forEach(function (p) { details.appendChild(precedentRow(segment, p)); });
    item.appendChild(details);
    return item;
  }

  function precedentRow(segment, p) {
    var row = el("div", "check-precedent");
    var left = el("div", "check-col check-draft");
    left.appendChild(el("h4", null, "Draft"));
    left.appendChild(el("p", null, segment.text));
    var right = el("div", "check-col check-source");
    var title = el("h4");
    var link = el("a", null, p.citation);
    link.href = "/api/provisions/" + p.id.split("/").map(encodeURIComponent).join("/");
    title.appendChild(link);
    right.appendChild(title);
    right.appendChild(el("p", "check-meta",
      p.status + (p.date ? ", " + p.date : "") + " · similarity " + p.similarity.toFixed(2) +
      " · coverage " + Math.round(p.coverage * 100) + "%"));
    if (p.concepts && p.concepts.length > 0) {
      // Listed because it states the same legal concept, often in other words: say so.
      right.appendChild(el("p", "check-concepts", "states the same concept: " +
        p.concepts.join(", ")));
    }
    var diff = el("p", "check-diff");
    p.diff.forEach(function (op, i) {
      if (i > 0) diff.appendChild(document.createTextNode(" "));
      var tag = op.op === "insert" ? "ins" : op.op === "delete" ? "del" : "span";
      diff.appendChild(el(tag, "diff-" + op.op, op.text));
    });
    right.appendChild(diff);
    if (p.weight_changes.length > 0) {
      var changes = el("ul", "check-weight");
      p.weight_changes.forEach(function (w) {
        var effect = w.effect.split(":")[0];
        changes.appendChild(el("li", "weight-" + effect.split(" ")[0], w.effect));
      });
      right.appendChild(changes);
    }
    row.append(left, right);
    return row;
  }

  // A printed report shows every precedent, not only the ones opened on screen.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".check-details").forEach(function (d) { d.open = true; });
  });

  // The page shell (app.js) owns tabs and routes; without it the panel stands alone.
  function start() {
    if (!document.querySelector('link[href$="check.css"]')) {
      var css = el("link");
      css.rel = "stylesheet";
      css.href = "/check.css";
      document.head.appendChild(css);
    }
    build(panel());
    var shell = window.Precedent;
    if (shell && shell.enablePanel && shell.route) {
      shell.enablePanel("check-panel", "#/check");
      shell.route("#/check", function () { shell.showPanel("check-panel"); });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
