/* lawrep review page: select, inspect, decide, export. Plain ES2019 with no dependency; the
   report JSON and the keys are in #lawrep-data. Decisions live in localStorage under the
   report's sha256 and leave the page only as the exported file. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("lawrep-data").textContent);
  var report = data.report;
  var metrics = report.metrics;
  var quantities = report.quantities;
  var labels = {};
  data.keys.forEach(function (k) { labels[k[0]] = k[1]; });
  var STATUSES = ["confirmed", "corrected", "rejected"];
  var storeKey = "lawrep-review:" + report.source.sha256 + ":" + report.source.chars;

  var textEl = document.getElementById("text");
  var inspector = document.getElementById("inspector");
  var marks = Array.prototype.slice.call(textEl.querySelectorAll("mark.fig"));
  var byM = {}, byQ = {}, bySpan = {};
  marks.forEach(function (el) {
    if (el.dataset.m !== undefined) byM[el.dataset.m] = el;
    if (el.dataset.q !== undefined) byQ[el.dataset.q] = el;
    bySpan[el.dataset.start + ":" + el.dataset.end] = el;
  });
  var current = null;
  var state = load();

  /* ---------- decisions, kept in the browser ---------- */

  function empty() { return { m: {}, q: {} }; }

  function load() {
    var s = empty(), raw = null;
    try { raw = JSON.parse(window.localStorage.getItem(storeKey) || "null"); } catch (e) { raw = null; }
    if (!raw || typeof raw !== "object") return s;
    Object.keys(raw.m || {}).forEach(function (i) {
      var d = raw.m[i];
      if (metrics[i] && d && STATUSES.indexOf(d.status) >= 0 && (d.status !== "corrected" || labels[d.key])) s.m[i] = d;
    });
    Object.keys(raw.q || {}).forEach(function (i) {
      var d = raw.q[i];
      if (quantities[i] && byQ[i] && byQ[i].dataset.m === undefined && d && labels[d.key]) s.q[i] = { key: d.key };
    });
    return s;
  }

  function save() {
    try { window.localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { /* private mode: kept until the page closes */ }
    refresh();
  }

  function statusOfMetric(i) { var d = state.m[i]; return d ? d.status : null; }

  function decide(i, status) {
    if (statusOfMetric(i) === status) delete state.m[i];
    else state.m[i] = { status: status };
    save();
  }

  function undo(el) {
    if (el.dataset.m !== undefined) delete state.m[el.dataset.m];
    else if (el.dataset.q !== undefined) delete state.q[el.dataset.q];
    save();
  }

  /* ---------- showing decisions ---------- */

  function markStatus(el) {
    if (el.dataset.m !== undefined) return statusOfMetric(el.dataset.m);
    return el.dataset.q !== undefined && state.q[el.dataset.q] ? "added" : null;
  }

  function setStatusClass(el, status) {
    ["confirmed", "corrected", "rejected", "added"].forEach(function (s) { el.classList.toggle("s-" + s, s === status); });
  }

  function refresh() {
    marks.forEach(function (el) { setStatusClass(el, markStatus(el)); });
    document.querySelectorAll("#panels li[data-m]").forEach(function (li) {
      var st = statusOfMetric(li.dataset.m);
      setStatusClass(li, st);
      pressed(li, st);
    });
    document.querySelectorAll("#panels li[data-q]").forEach(function (li) {
      var st = state.q[li.dataset.q] ? "added" : null;
      setStatusClass(li, st);
      pressed(li, st);
    });
    var done = Object.keys(state.m).length, added = Object.keys(state.q).length;
    document.getElementById("progress").textContent =
      done + " of " + metrics.length + " metrics reviewed" + (added ? " · " + added + " added" : "");
    if (current) inspect(current);
  }

  function pressed(container, status) {
    container.querySelectorAll("button[data-act]").forEach(function (b) {
      var act = b.dataset.act;
      var on = (act === "confirm" && status === "confirmed") || (act === "reject" && status === "rejected") ||
        (act === "edit" && status === "corrected") || (act === "add" && status === "added");
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }

  /* ---------- offsets to places in the page ---------- */

  /* The text element's characters are the report's; offsets count code points (Python's str
     indices), while the DOM counts UTF-16 units, so a character outside the BMP counts once. */
  function rangeFor(start, end) {
    var walker = document.createTreeWalker(textEl, NodeFilter.SHOW_TEXT);
    var pos = 0, range = document.createRange(), started = false, node;
    while ((node = walker.nextNode())) {
      var s = node.data, i = 0;
      for (;;) {
        if (!started && pos === start) { range.setStart(node, i); started = true; }
        if (started && pos === end) { range.setEnd(node, i); return range; }
        if (i >= s.length) break;
        var c = s.charCodeAt(i);
        i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length ? 2 : 1;
        pos += 1;
      }
    }
    return null;
  }

  function clearSpan() {
    if (window.CSS && CSS.highlights) CSS.highlights.delete("lawrep-span");
  }

  function showSpan(start, end) {
    var el = bySpan[start + ":" + end];
    if (el) { select(el, true); return; }
    var range = rangeFor(start, end);
    if (!range) return;
    if (window.CSS && CSS.highlights && window.Highlight) {
      CSS.highlights.set("lawrep-span", new Highlight(range));
    } else {
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
    }
    var box = range.getBoundingClientRect();
    window.scrollBy(0, box.top - window.innerHeight / 2);
  }

  /* ---------- selecting and inspecting a figure ---------- */

  function related(el) {
    var out = [];
    if (el.dataset.partOf !== undefined && byM[el.dataset.partOf]) out.push(byM[el.dataset.partOf]);
    if (el.dataset.m !== undefined) {
      metrics.forEach(function (m, i) { if (String(m.part_of) === el.dataset.m && byM[i]) out.push(byM[i]); });
    }
    return out;
  }

  /* Select a figure; ``flash`` when it was chosen elsewhere (a panel, a key) and must be found
     by eye, which also brings it into view. A click in the text leaves the text where it is. */
  function select(el, flash) {
    if (current) {
      current.classList.remove("current");
      related(current).forEach(function (r) { r.classList.remove("related"); });
    }
    current = el;
    el.classList.add("current");
    related(el).forEach(function (r) { r.classList.add("related"); });
    if (flash) el.scrollIntoView({ block: "center" });
    if (document.activeElement !== el) el.focus({ preventScroll: true });
    if (flash) {
      el.classList.remove("flash");
      void el.offsetWidth;
      el.classList.add("flash");
    }
    inspect(el);
  }

  function fmt(v) { return v === null || v === undefined ? "—" : typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 10 }) : String(v); }

  function row(dl, name, value) {
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = name;
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = value;
    dl.appendChild(dt);
    dl.appendChild(dd);
  }

  function button(text, act, attrs, title) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.dataset.act = act;
    Object.keys(attrs).forEach(function (k) { b.dataset[k] = attrs[k]; });
    if (title) b.title = title;
    return b;
  }

  function inspect(el) {
    inspector.textContent = "";
    var head = document.createElement("p"), dl = document.createElement("dl"), acts = document.createElement("div");
    acts.className = "acts";
    var strong = document.createElement("strong");
    strong.textContent = el.textContent;
    head.appendChild(strong);
    if (el.dataset.m !== undefined) {
      var i = el.dataset.m, m = metrics[i], d = state.m[i];
      head.appendChild(document.createTextNode("  " + m.key + " · " + m.label));
      row(dl, "value", fmt(m.value) + (m.high !== null ? "–" + fmt(m.high) : "") + " " + m.unit + " (" + m.qualifier + ")");
      row(dl, "subject", m.subject || "—");
      row(dl, "section", m.section.join(" › ") || "—");
      if (m.period !== null) row(dl, "period", String(m.period));
      if (m.period_from !== null) row(dl, "since", String(m.period_from));
      if (m.part_of !== null) {
        var total = metrics[m.part_of];
        row(dl, "part of", total ? total.label + " " + total.text : String(m.part_of));
      }
      if (m.change) row(dl, "change", m.change.text + " (" + m.change.kind + " " + fmt(m.change.value) + " " + m.change.unit + ")");
      row(dl, "rule", m.rule);
      if (d) row(dl, "review", d.status + (d.status === "corrected" ? ": " + d.key + " = " + fmt(d.value) + (d.high !== null && d.high !== undefined ? "–" + fmt(d.high) : "") : ""));
      acts.appendChild(button("✓ confirm", "confirm", { m: i }, "c"));
      acts.appendChild(button("✗ wrong", "reject", { m: i }, "x"));
      acts.appendChild(button("✎ correct", "edit", { m: i }, "e"));
    } else {
      var qi = el.dataset.q, q = quantities[qi], dq = state.q[qi];
      head.appendChild(document.createTextNode("  no rule named this figure"));
      row(dl, "value", fmt(q.value) + (q.high !== null ? "–" + fmt(q.high) : "") + " " + q.unit + " (" + q.qualifier + ")");
      row(dl, "dimension", q.dimension + (q.change ? ", a change" : ""));
      if (dq) row(dl, "review", "added as " + dq.key + " · " + labels[dq.key]);
      acts.appendChild(button(dq ? "✎ key" : "name…", "add", { q: qi }, "e"));
    }
    var st = markStatus(el);
    inspector.appendChild(head);
    inspector.appendChild(dl);
    inspector.appendChild(acts);
    pressed(inspector, st);
  }

  /* ---------- correcting and naming ---------- */

  var dialog = document.getElementById("edit-dialog");
  var keySelect = document.getElementById("edit-key");
  var valueInput = document.getElementById("edit-value");
  var highInput = document.getElementById("edit-high");
  var errorEl = document.getElementById("edit-error");
  var editing = null;

  (function fillKeys() {
    var none = document.createElement("option");
    none.value = "";
    none.textContent = "— choose a key —";
    keySelect.appendChild(none);
    var groups = {};
    data.keys.forEach(function (k) {
      var domain = k[0].split(".")[0];
      if (!groups[domain]) {
        groups[domain] = document.createElement("optgroup");
        groups[domain].label = (data.domains[domain] || domain) + " " + domain;
        keySelect.appendChild(groups[domain]);
      }
      var o = document.createElement("option");
      o.value = k[0];
      o.textContent = k[1] + " · " + k[0];
      groups[domain].appendChild(o);
    });
  })();

  function openEdit(el) {
    var isMetric = el.dataset.m !== undefined;
    var fig = isMetric ? metrics[el.dataset.m] : quantities[el.dataset.q];
    var d = isMetric ? state.m[el.dataset.m] : state.q[el.dataset.q];
    editing = el;
    document.getElementById("edit-title").textContent = isMetric ? "Correct this metric" : "Name this figure";
    document.getElementById("edit-figure").textContent = fig.text + " — " + sentence(fig.start, fig.end);
    document.getElementById("edit-unit").textContent = "(" + fig.unit + ")";
    keySelect.value = d && d.key ? d.key : isMetric ? fig.key : "";
    document.getElementById("edit-values").hidden = !isMetric;
    var corrected = d && d.status === "corrected";
    valueInput.value = String(corrected ? d.value : fig.value);
    highInput.value = fig.high === null ? "" : String(corrected ? d.high : fig.high);
    document.getElementById("edit-high-row").hidden = !isMetric || fig.high === null;
    errorEl.textContent = "";
    dialog.showModal();
    keySelect.focus();
  }

  function sentence(start, end) {
    var text = textEl.textContent;
    var range = rangeFor(start, end);
    if (!range) return "";
    var pre = document.createRange();
    pre.setStart(textEl, 0);
    pre.setEnd(range.startContainer, range.startOffset);
    var at = pre.toString().length, from = at, to = at;
    var stops = "。；;！？\n";
    while (from > 0 && stops.indexOf(text[from - 1]) < 0 && at - from < 120) from -= 1;
    while (to < text.length && stops.indexOf(text[to]) < 0 && to - at < 160) to += 1;
    return text.slice(from, Math.min(text.length, to + 1)).trim();
  }

  function number(s) {
    var t = String(s).replace(/[,，\s]/g, "");
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
    var v = Number(t);
    return isFinite(v) ? v : null;
  }

  function saveEdit(ev) {
    ev.preventDefault();
    var el = editing;
    if (!el) { dialog.close(); return; }
    var key = keySelect.value;
    if (!labels[key]) { errorEl.textContent = "Choose a key."; return; }
    if (el.dataset.m === undefined) {
      state.q[el.dataset.q] = { key: key };
    } else {
      var i = el.dataset.m, m = metrics[i];
      var value = number(valueInput.value);
      if (value === null) { errorEl.textContent = "The value is not a number."; return; }
      var high = m.high;
      if (m.high !== null) {
        var blank = highInput.value.trim() === "";
        high = blank ? null : number(highInput.value);
        if (!blank && high === null) { errorEl.textContent = "The upper end is not a number."; return; }
        if (high !== null && high < value) { errorEl.textContent = "The upper end is below the value."; return; }
      }
      var same = key === m.key && value === m.value && high === m.high;
      state.m[i] = same ? { status: "confirmed" } : { status: "corrected", key: key, value: value, high: high };
    }
    dialog.close();
    save();
    el.focus({ preventScroll: true });
  }

  document.getElementById("edit-form").addEventListener("submit", saveEdit);
  document.getElementById("edit-cancel").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () { if (editing) editing.focus({ preventScroll: true }); editing = null; });

  /* ---------- the reviewed report ---------- */

  function blankReview(status) { return { status: status, original_key: null, original_value: null, original_high: null }; }

  function reviewedReport() {
    var r = JSON.parse(JSON.stringify(report));
    var qAt = {};
    r.quantities.forEach(function (q) { qAt[q.start + ":" + q.end] = q; });
    r.metrics.forEach(function (m, i) {
      var d = state.m[i];
      if (!d) return;
      var q = qAt[m.start + ":" + m.end], rev = blankReview(d.status);
      if (d.status === "rejected" && q && q.metric === m.key) q.metric = null;
      if (d.status === "corrected") {
        if (d.key !== m.key) {
          rev.original_key = m.key;
          if (q && q.metric === m.key) q.metric = d.key;
          m.key = d.key;
          m.label = labels[d.key];
        }
        if (d.value !== m.value) { rev.original_value = m.value; m.value = d.value; }
        if (d.high !== m.high && m.high !== null) { rev.original_high = m.high; m.high = d.high; }
        if (rev.original_key === null && rev.original_value === null && rev.original_high === null) rev.status = "confirmed";
      }
      m.review = rev;
    });
    var entries = r.metrics.map(function (m, i) { return { m: m, i: i }; });
    Object.keys(state.q).forEach(function (qi) {
      var q = r.quantities[qi], key = state.q[qi].key;
      q.metric = key;
      entries.push({ m: added(q, key, data.sections[qi] || []), i: entries.length });
    });
    entries.sort(function (a, b) { return a.m.start - b.m.start || a.i - b.i; });
    var moved = {};
    entries.forEach(function (e, j) { moved[e.i] = j; });
    r.metrics = entries.map(function (e) {
      if (e.m.part_of !== null) e.m.part_of = moved[e.m.part_of];
      return e.m;
    });
    return r;
  }

  function added(q, key, section) {
    return {
      key: key, label: labels[key], value: q.value, high: q.high, unit: q.unit, qualifier: q.qualifier,
      text: q.text, start: q.start, end: q.end, subject: "", section: section, period: null,
      period_from: null, part_of: null, rule: "review", change: null, review: blankReview("added"),
    };
  }

  function exportReviewed() {
    var json = JSON.stringify(reviewedReport(), null, 2) + "\n";
    var url = URL.createObjectURL(new Blob([json], { type: "application/json" }));
    var a = document.createElement("a");
    a.href = url;
    a.download = data.exportName;
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(url); a.remove(); }, 1000);
  }

  window.lawrepReview = { reviewedReport: reviewedReport };

  /* ---------- wiring ---------- */

  function target(el) {
    if (el.dataset.m !== undefined) return byM[el.dataset.m];
    if (el.dataset.q !== undefined) return byQ[el.dataset.q];
    return null;
  }

  function act(name, el) {
    if (!el) return;
    if (name === "confirm" && el.dataset.m !== undefined) decide(el.dataset.m, "confirmed");
    else if (name === "reject" && el.dataset.m !== undefined) decide(el.dataset.m, "rejected");
    else if (name === "edit" || name === "add") openEdit(el);
    else if (name === "undo") undo(el);
  }

  textEl.addEventListener("click", function (ev) {
    var el = ev.target.closest("mark.fig");
    if (el && window.getSelection().isCollapsed) select(el, false);
  });
  textEl.addEventListener("focusin", function (ev) {
    var el = ev.target.closest("mark.fig");
    if (el && el !== current) select(el, false);
  });

  function onButtons(ev) {
    var b = ev.target.closest("button");
    if (!b) return;
    if (b.dataset.act) { act(b.dataset.act, target(b)); return; }
    if (b.classList.contains("goto")) {
      clearSpan();
      var el = target(b);
      if (el) select(el, true);
      else if (b.dataset.start !== undefined) showSpan(Number(b.dataset.start), Number(b.dataset.end));
    }
  }
  document.getElementById("panels").addEventListener("click", onButtons);
  inspector.addEventListener("click", onButtons);

  document.getElementById("export").addEventListener("click", exportReviewed);
  var keysDialog = document.getElementById("keys-dialog");
  document.getElementById("show-keys").addEventListener("click", function () { keysDialog.showModal(); });
  document.getElementById("keys-close").addEventListener("click", function () { keysDialog.close(); });
  var clearButton = document.getElementById("clear"), armed = null;
  clearButton.addEventListener("click", function () {
    if (armed) {
      clearTimeout(armed);
      armed = null;
      clearButton.textContent = "Clear marks";
      state = empty();
      save();
      return;
    }
    clearButton.textContent = "Click again to clear every decision";
    armed = setTimeout(function () { armed = null; clearButton.textContent = "Clear marks"; }, 4000);
  });

  function step(delta, wanted) {
    var at = current ? marks.indexOf(current) : -1;
    for (var n = 1; n <= marks.length; n++) {
      var j = at + delta * n;
      if (j < 0 || j >= marks.length) return;
      if (!wanted || wanted(marks[j])) { select(marks[j], true); return; }
    }
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    if (ev.target.closest && ev.target.closest("input, select, textarea, dialog")) return;
    var handled = true;
    switch (ev.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "n": step(1, function (el) { return el.dataset.m !== undefined && !statusOfMetric(el.dataset.m); }); break;
      case "c": act("confirm", current); break;
      case "x": act("reject", current); break;
      case "e": act(current && current.dataset.m !== undefined ? "edit" : "add", current); break;
      case "u": act("undo", current); break;
      case "?": keysDialog.showModal(); break;
      case "Escape": clearSpan(); handled = false; break;
      default: handled = false;
    }
    if (handled) ev.preventDefault();
  });

  if (window.matchMedia && window.matchMedia("(max-width: 62rem)").matches) {
    var outlineDetails = document.querySelector("#outline details");
    if (outlineDetails) outlineDetails.open = false;
  }
  refresh();
})();
