/* lawrep review page: select, inspect, decide, export. Plain ES2019 with no dependency; the
   report JSON and the keys are in #lawrep-data.

   Decisions live in localStorage under the report's sha256, each under its figure's span (and,
   for a metric, the key lawrep gave it), so a decision never lands on another figure when the
   same text is opened with other metrics (a reviewed export, a newer lawrep). Two tabs of one
   report merge their decisions. Nothing leaves the page but the exported file. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("lawrep-data").textContent);
  var report = data.report;
  var metrics = report.metrics;
  var quantities = report.quantities;
  var labels = Object.create(null);
  data.keys.forEach(function (k) { labels[k[0]] = k[1]; });
  var figures = data.figures;
  var targets = Object.create(null);
  data.targets.forEach(function (qi) { targets[qi] = true; });
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
  var metricAt = Object.create(null), freeAt = Object.create(null);
  metrics.forEach(function (m, i) { metricAt[span(m)] = i; });
  quantities.forEach(function (q, i) { if (!(span(q) in metricAt)) freeAt[span(q)] = i; });
  var current = null;
  var storage = storageWorks();
  var state = readStored();

  function storageWorks() {
    try {
      window.localStorage.setItem(storeKey + ":probe", "1");
      window.localStorage.removeItem(storeKey + ":probe");
      return true;
    } catch (e) {
      return false; /* a private window or storage turned off: decisions live while the page is open */
    }
  }

  function span(f) { return f.start + ":" + f.end; }

  /* The quantity a figure's span reads as: its unit and dimension decide which keys fit it. */
  var quantityAt = Object.create(null);
  quantities.forEach(function (q) { quantityAt[span(q)] = q; });

  /* Whether ``key`` names figures of this one's kind (a key of counts is no amount of money). */
  function fitsKey(key, fig) {
    var q = quantityAt[span(fig)], f = figures[key];
    if (!(key in labels)) return false;
    if (!q || !f) return true;
    return f[0].indexOf(q.unit) >= 0 || f[1].indexOf(q.dimension) >= 0;
  }
  function isNumber(v) { return typeof v === "number" && isFinite(v); }

  /* ---------- decisions, kept in the browser ---------- */

  function empty() { return { m: {}, q: {} }; }

  /* A stored decision is used only when it still fits this report: its span is a metric's (or
     an unnamed figure's), the key it was made on is that metric's key, and its values are
     numbers a report can hold. Anything else is dropped, never guessed onto another figure. */
  function fits(s, d) {
    var i = metricAt[s];
    if (i === undefined || !d || d.key0 !== metrics[i].key || STATUSES.indexOf(d.status) < 0) return false;
    if (d.status !== "corrected") return true;
    var m = metrics[i];
    return fitsKey(d.key, m) && isNumber(d.value) &&
      (m.high === null ? d.high === null : isNumber(d.high) && d.high >= d.value);
  }

  function readStored() {
    var s = empty(), raw = null;
    try { raw = JSON.parse(window.localStorage.getItem(storeKey) || "null"); } catch (e) { raw = null; }
    if (!raw || typeof raw !== "object") return s;
    Object.keys(raw.m || {}).forEach(function (k) { if (fits(k, raw.m[k])) s.m[k] = raw.m[k]; });
    Object.keys(raw.q || {}).forEach(function (k) {
      var d = raw.q[k];
      if (k in freeAt && d && fitsKey(d.key, quantities[freeAt[k]]) && (!targets[freeAt[k]] || report.meta.year !== null)) {
        s.q[k] = { key: d.key };
      }
    });
    return s;
  }

  /* Change one decision: read what other tabs stored since, change only this one, store. */
  function commit(kind, s, decision) {
    var fresh = storage ? readStored() : state;
    if (decision) fresh[kind][s] = decision; else delete fresh[kind][s];
    state = fresh;
    if (storage) {
      try { window.localStorage.setItem(storeKey, JSON.stringify(state)); } catch (e) { storage = false; /* full */ }
    }
    refresh();
  }

  window.addEventListener("storage", function (ev) {
    if (ev.key === storeKey) { state = readStored(); refresh(); }
  });

  function decisionOf(i) { return state.m[span(metrics[i])] || null; }

  /* What the page shows for a metric: this session's decision, else the review mark the JSON
     already has (a report reviewed before), else nothing. */
  function statusOfMetric(i) {
    var d = decisionOf(i);
    if (d) return d.status;
    return metrics[i].review ? metrics[i].review.status : null;
  }

  function decide(i, status, toggle) {
    var d = decisionOf(i);
    var same = d && d.status === status;
    commit("m", span(metrics[i]), same && toggle ? null : { status: status, key0: metrics[i].key });
  }

  function undo(el) {
    if (el.dataset.m !== undefined) commit("m", span(metrics[el.dataset.m]), null);
    else if (el.dataset.q !== undefined) commit("q", span(quantities[el.dataset.q]), null);
  }

  /* ---------- showing decisions ---------- */

  function markStatus(el) {
    if (el.dataset.m !== undefined) return statusOfMetric(el.dataset.m);
    return el.dataset.q !== undefined && state.q[span(quantities[el.dataset.q])] ? "added" : null;
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
      var st = state.q[span(quantities[li.dataset.q])] ? "added" : null;
      setStatusClass(li, st);
      pressed(li, st);
    });
    var done = metrics.filter(function (m, i) { return statusOfMetric(i) !== null; }).length;
    var added = Object.keys(state.q).length;
    document.getElementById("progress").textContent =
      done + " of " + metrics.length + " metrics reviewed" + (added ? " · " + added + " added" : "");
    if (current) inspect(current);
  }

  function pressed(container, status) {
    container.querySelectorAll("button[data-act]").forEach(function (b) {
      var act = b.dataset.act;
      var on = (act === "confirm" && status === "confirmed") || (act === "reject" && status === "rejected") ||
        (act === "edit" && status === "corrected") || (act === "add" && status === "added");
      if (act === "confirm" || act === "reject" || act === "edit" || act === "add") b.setAttribute("aria-pressed", on ? "true" : "false");
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

  function fmt(v) {
    if (v === null || v === undefined) return "—";
    return typeof v === "number" ? v.toLocaleString("en-US", { maximumFractionDigits: 10 }) : String(v);
  }

  function amount(value, high, unit) { return fmt(value) + (high !== null && high !== undefined ? "–" + fmt(high) : "") + " " + unit; }

  function row(dl, name, value) {
    var dt = document.createElement("dt"), dd = document.createElement("dd");
    dt.textContent = name;
    dd.textContent = value;
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

  function reviewLine(m, d) {
    if (d && d.status === "corrected") return "corrected here: " + d.key + " = " + amount(d.value, d.high, m.unit);
    if (d) return d.status + " here";
    var r = m.review;
    if (!r) return null;
    var was = [];
    if (r.original_key !== null) was.push("key was " + r.original_key);
    if (r.original_value !== null) was.push("value was " + fmt(r.original_value));
    if (r.original_high !== null) was.push("upper end was " + fmt(r.original_high));
    return r.status + " before" + (was.length ? " (" + was.join(", ") + ")" : "");
  }

  function inspectMetric(i, head, dl, acts) {
    var m = metrics[i], line = reviewLine(m, decisionOf(i));
    head.appendChild(document.createTextNode("  " + m.key + " · " + m.label));
    row(dl, "value", amount(m.value, m.high, m.unit) + " (" + m.qualifier + ")");
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
    if (line) row(dl, "review", line);
    acts.appendChild(button("✓ confirm", "confirm", { m: i }, "c"));
    acts.appendChild(button("✗ wrong", "reject", { m: i }, "x"));
    acts.appendChild(button("✎ correct", "edit", { m: i }, "e"));
  }

  function inspectFree(qi, head, dl, acts) {
    var q = quantities[qi], d = state.q[span(q)];
    head.appendChild(document.createTextNode("  no rule named this figure" + (targets[qi] ? " (a next-year target)" : "")));
    row(dl, "value", amount(q.value, q.high, q.unit) + " (" + q.qualifier + ")");
    row(dl, "dimension", q.dimension + (q.change ? ", a change" : ""));
    if (d) row(dl, "review", "added as " + d.key + " · " + labels[d.key]);
    var add = button(d ? "✎ key" : "name…", "add", { q: qi }, "e");
    if (targets[qi] && report.meta.year === null) { add.disabled = true; add.title = "a target of a report whose year is unknown"; }
    acts.appendChild(add);
  }

  function inspect(el) {
    inspector.textContent = "";
    var head = document.createElement("p"), dl = document.createElement("dl"), acts = document.createElement("div");
    acts.className = "acts";
    var strong = document.createElement("strong");
    strong.textContent = el.textContent;
    head.appendChild(strong);
    if (el.dataset.m !== undefined) inspectMetric(el.dataset.m, head, dl, acts);
    else inspectFree(el.dataset.q, head, dl, acts);
    acts.appendChild(button("↶ undo", "undo", el.dataset.m !== undefined ? { m: el.dataset.m } : { q: el.dataset.q }, "u"));
    acts.appendChild(button("‹", "prev", {}, "previous figure (k)"));
    acts.appendChild(button("›", "next", {}, "next figure (j)"));
    acts.appendChild(button("next to review »", "todo", {}, "next metric not yet reviewed (n)"));
    inspector.appendChild(head);
    inspector.appendChild(dl);
    inspector.appendChild(acts);
    pressed(inspector, markStatus(el));
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

  function wasAdded(m) { return m.review !== null && m.review.status === "added"; }

  function openEdit(el) {
    var isMetric = el.dataset.m !== undefined;
    var fig = isMetric ? metrics[el.dataset.m] : quantities[el.dataset.q];
    if (!isMetric && targets[el.dataset.q] && report.meta.year === null) return;
    var d = isMetric ? decisionOf(el.dataset.m) : state.q[span(fig)];
    var corrected = d && d.status === "corrected";
    editing = el;
    document.getElementById("edit-title").textContent = isMetric ? "Correct this metric" : "Name this figure";
    document.getElementById("edit-figure").textContent = fig.text + " — " + sentence(fig.start, fig.end);
    document.getElementById("edit-unit").textContent = "(" + fig.unit + ")";
    keySelect.querySelectorAll("option").forEach(function (o) { o.disabled = o.value !== "" && !fitsKey(o.value, fig); });
    keySelect.value = d && d.key ? d.key : isMetric ? fig.key : "";
    document.getElementById("edit-values").hidden = !isMetric || wasAdded(fig);
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

  /* A number as a reviewer types it: full-width digits (７６) and thousands separators allowed. */
  function number(s) {
    var t = String(s).normalize("NFKC").replace(/[,，\s]/g, "");
    if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return null;
    var v = Number(t);
    return isFinite(v) ? v : null;
  }

  function readValues(m, key) {
    var value = number(valueInput.value);
    if (value === null) return "The value is not a number.";
    if (value < 0 && !/\.change$/.test(key)) return "Only a change can be below zero.";
    var high = null;
    if (m.high !== null) {
      high = number(highInput.value);
      if (high === null) return "The upper end of a range is a number.";
      if (high < value) return "The upper end is below the value.";
    }
    return { value: value, high: high };
  }

  function kinds(key) {
    var f = figures[key];
    return f[0].length ? f[0].join("、") : f[1].join(" or ");
  }

  function saveEdit(ev) {
    ev.preventDefault();
    var el = editing;
    if (!el) { dialog.close(); return; }
    var key = keySelect.value;
    var fig = el.dataset.m === undefined ? quantities[el.dataset.q] : metrics[el.dataset.m];
    if (!(key in labels)) { errorEl.textContent = "Choose a key."; return; }
    if (!fitsKey(key, fig)) { errorEl.textContent = "This key names figures of another kind: " + kinds(key) + "."; return; }
    if (el.dataset.m === undefined) {
      commit("q", span(quantities[el.dataset.q]), { key: key });
    } else {
      var m = metrics[el.dataset.m];
      var read = wasAdded(m) ? { value: m.value, high: m.high } : readValues(m, key);
      if (typeof read === "string") { errorEl.textContent = read; return; }
      var same = key === m.key && read.value === m.value && read.high === m.high;
      commit("m", span(m), same ? { status: "confirmed", key0: m.key }
        : { status: "corrected", key0: m.key, key: key, value: read.value, high: read.high });
    }
    dialog.close();
  }

  document.getElementById("edit-form").addEventListener("submit", saveEdit);
  document.getElementById("edit-cancel").addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("close", function () { if (editing) editing.focus({ preventScroll: true }); editing = null; });

  /* ---------- the reviewed report ---------- */

  /* What lawrep read, before any correction: a correction made before keeps it in original_*. */
  function lawrepRead(m) {
    var r = m.review || {};
    return {
      key: r.original_key != null ? r.original_key : m.key,
      value: r.original_value != null ? r.original_value : m.value,
      high: r.original_high != null ? r.original_high : m.high,
    };
  }

  function mark(status, read, final) {
    var rev = { status: status, original_key: null, original_value: null, original_high: null };
    if (status !== "corrected") return rev;
    if (final.key !== read.key) rev.original_key = read.key;
    if (final.value !== read.value) rev.original_value = read.value;
    if (final.high !== read.high) rev.original_high = read.high;
    if (rev.original_key === null && rev.original_value === null && rev.original_high === null) rev.status = "confirmed";
    return rev;
  }

  /* Apply a decision to one metric of the exported copy; false when the metric is to go (a
     figure a reviewer added before and now rejects is simply no longer added). */
  function apply(m, d, q) {
    var read = lawrepRead(m), added = wasAdded(m);
    if (d.status === "rejected") {
      if (q) q.metric = null;
      if (added) return false;
      m.key = read.key; m.label = labels[read.key] || m.label; m.value = read.value; m.high = read.high;
      m.review = mark("rejected");
      return true;
    }
    var final = d.status === "corrected" ? { key: d.key, value: d.value, high: d.high } : { key: m.key, value: m.value, high: m.high };
    if (q) q.metric = final.key;
    m.key = final.key; m.label = labels[final.key] || m.label; m.value = final.value; m.high = final.high;
    m.review = added ? mark("added") : mark("corrected", read, final);
    return true;
  }

  function reviewedReport() {
    var r = JSON.parse(JSON.stringify(report));
    var qAt = {};
    r.quantities.forEach(function (q) { qAt[span(q)] = q; });
    var entries = [];
    r.metrics.forEach(function (m, i) {
      var d = state.m[span(m)];
      if (!d || apply(m, d, qAt[span(m)])) entries.push({ m: m, i: i });
    });
    Object.keys(state.q).forEach(function (s) {
      var qi = freeAt[s], q = r.quantities[qi], key = state.q[s].key;
      q.metric = key;
      entries.push({ m: added(q, key, data.sections[qi] || [], targets[qi]), i: r.metrics.length + entries.length });
    });
    entries.sort(function (a, b) { return a.m.start - b.m.start || a.i - b.i; });
    var moved = {};
    entries.forEach(function (e, j) { moved[e.i] = j; });
    r.metrics = entries.map(function (e) {
      if (e.m.part_of !== null) e.m.part_of = moved[e.m.part_of] === undefined ? null : moved[e.m.part_of];
      return e.m;
    });
    return r;
  }

  /* A metric for a figure no rule named; a next-year target is about the year after the report's. */
  function added(q, key, section, target) {
    return {
      key: key, label: labels[key], value: q.value, high: q.high, unit: q.unit, qualifier: q.qualifier,
      text: q.text, start: q.start, end: q.end, subject: "", section: section,
      period: target ? report.meta.year + 1 : null, period_from: null, part_of: null, rule: "review",
      change: null, review: mark("added"),
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

  /* A decision from a key (``toggle`` false: c twice still confirms) or a pressed button. */
  function act(name, el, toggle) {
    if (name === "prev") { step(-1); return; }
    if (name === "next") { step(1); return; }
    if (name === "todo") { nextToReview(); return; }
    if (!el) return;
    if (name === "confirm" && el.dataset.m !== undefined) decide(el.dataset.m, "confirmed", toggle);
    else if (name === "reject" && el.dataset.m !== undefined) decide(el.dataset.m, "rejected", toggle);
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
    if (!b || b.disabled) return;
    if (b.dataset.act) { act(b.dataset.act, target(b), true); return; }
    if (b.classList.contains("goto")) {
      clearSpan();
      var el = target(b);
      if (el) select(el, true);
      else if (b.dataset.start !== undefined) showSpan(Number(b.dataset.start), Number(b.dataset.end));
    }
  }
  document.getElementById("panels").addEventListener("click", onButtons);
  inspector.addEventListener("click", function (ev) {
    onButtons(ev);
    /* the inspector is drawn anew: keys go on working on the selected figure */
    if (current && !dialog.open && !inspector.contains(document.activeElement)) current.focus({ preventScroll: true });
  });

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
      try { window.localStorage.removeItem(storeKey); } catch (e) { /* nothing stored */ }
      refresh();
      return;
    }
    clearButton.textContent = "Click again to clear this session's decisions";
    armed = setTimeout(function () { armed = null; clearButton.textContent = "Clear marks"; }, 4000);
  });

  function step(delta) {
    var at = current ? marks.indexOf(current) : -1;
    var j = at + delta;
    if (at < 0 && delta < 0) j = marks.length - 1;
    if (j >= 0 && j < marks.length) select(marks[j], true);
  }

  /* The next metric with no decision, after the selected figure and then from the top. */
  function nextToReview() {
    var at = current ? marks.indexOf(current) : -1;
    for (var n = 1; n <= marks.length; n++) {
      var el = marks[(at + n) % marks.length];
      if (el.dataset.m !== undefined && statusOfMetric(el.dataset.m) === null) { select(el, true); return; }
    }
    document.getElementById("progress").textContent = "Every metric is reviewed.";
  }

  document.addEventListener("keydown", function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    if (ev.target.closest && ev.target.closest("input, select, textarea, dialog")) return;
    var key = ev.key.length === 1 ? ev.key.toLowerCase() : ev.key;
    var handled = true;
    switch (key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "n": nextToReview(); break;
      case "c": act("confirm", current, false); break;
      case "x": act("reject", current, false); break;
      case "e": act(current && current.dataset.m !== undefined ? "edit" : "add", current, false); break;
      case "u": act("undo", current, false); break;
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
