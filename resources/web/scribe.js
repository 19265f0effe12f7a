// The scribe page: add, edit and delete the group's activities; queue while offline.
// No external script, font or CDN; every text from the server is set with textContent.
"use strict";
(function () {
  var S = JSON.parse(document.getElementById("strings").textContent);
  var base = "/api" + location.pathname;            // /api/g/<key>
  var QUEUE = "avtoituba-queue:" + location.pathname;
  var csrf = S.csrf;
  var state = null;
  var editing = null;                                 // activity id being edited
  var sending = false;
  var $ = function (id) { return document.getElementById(id); };

  function fill(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/%(\d)/g, function (m, d) { var v = args[+d - 1]; return v === undefined ? m : String(v); });
  }
  function newId() {
    var bytes = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function loadQueue() { try { return JSON.parse(localStorage.getItem(QUEUE) || "[]"); } catch (e) { return []; } }
  function saveQueue(q) { try { localStorage.setItem(QUEUE, JSON.stringify(q)); } catch (e) { /* private mode */ } }
  function setStatus(text, offline) {
    var el = $("status"); el.textContent = text; el.className = offline ? "status offline" : "status";
  }
  function problem(text, suggestion) {
    var el = $("problem"); el.textContent = text || "";
    if (suggestion) {
      var b = document.createElement("button"); b.type = "button"; b.className = "small secondary";
      b.textContent = suggestion;
      b.addEventListener("click", function () { $("municipality").value = suggestion; problem(""); });
      el.appendChild(document.createElement("br")); el.appendChild(b);
    }
  }

  function request(method, url, body) {
    var init = { method: method, credentials: "same-origin", headers: { "X-CSRF-Token": csrf } };
    if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (data) { return { status: r.status, data: data }; });
    });
  }

  function option(select, value, text) {
    var o = document.createElement("option"); o.value = value; o.textContent = text; select.appendChild(o);
  }
  function fillChoices() {
    var m = $("municipality"), a = $("area");
    var keepM = m.value || localStorage.getItem(QUEUE + ":m") || "", keepA = a.value;
    m.textContent = ""; a.textContent = "";
    option(m, "", S.choose_municipality);
    state.municipalities.forEach(function (name) { option(m, name, name); });
    state.areas.forEach(function (area) { option(a, String(area.number), area.number + ". " + area.title); });
    if (keepM && state.municipalities.indexOf(keepM) >= 0) m.value = keepM;
    a.value = keepA || (state.suggested_area ? String(state.suggested_area) : a.value);
  }

  function render() {
    var list = $("activities"); list.textContent = "";
    var pending = loadQueue();
    var rows = state ? state.activities : [];
    rows.forEach(function (row) { list.appendChild(item(row, false)); });
    pending.forEach(function (p) {
      if (!rows.some(function (r) { return r.client_id === p.id; })) list.appendChild(item(p, true));
    });
    $("empty").hidden = list.children.length > 0;
  }
  function areaName(number) {
    if (!number) return "";
    var found = (state ? state.areas : []).filter(function (a) { return String(a.number) === String(number); })[0];
    return found ? found.number + ". " + found.title : number + ".";
  }
  function item(row, pending) {
    var li = document.createElement("li"); if (pending) li.className = "pending";
    var t = document.createElement("div"); t.className = "title"; t.textContent = row.title; li.appendChild(t);
    var meta = document.createElement("div"); meta.className = "meta one-line";
    meta.textContent = [row.municipality, areaName(row.area)].filter(Boolean).join(" · ") +
      (pending ? " · " + S.queued : "");
    meta.title = meta.textContent;
    li.appendChild(meta);
    if (row.description) { var d = document.createElement("div"); d.className = "desc"; d.textContent = row.description; li.appendChild(d); }
    if (!pending) {
      var actions = document.createElement("div"); actions.className = "actions";
      var e = document.createElement("button"); e.type = "button"; e.className = "small secondary"; e.textContent = S.edit;
      e.addEventListener("click", function () { startEdit(row); });
      var x = document.createElement("button"); x.type = "button"; x.className = "small secondary"; x.textContent = S.delete;
      x.addEventListener("click", function () { remove(row); });
      actions.appendChild(e); actions.appendChild(x); li.appendChild(actions);
    }
    return li;
  }

  function refresh() {
    return request("GET", base + "/state").then(function (r) {
      if (r.status !== 200) throw new Error("state");
      state = r.data; if (state.csrf) csrf = state.csrf;
      fillChoices(); render(); setStatus(S.online, false);
      return flush();
    }).catch(function () { setStatus(S.offline, true); render(); });
  }

  function flush() {
    if (sending) return Promise.resolve();
    var queue = loadQueue();
    if (!queue.length) return Promise.resolve();
    sending = true; setStatus(S.sending, false);
    var entry = queue[0];
    return request("POST", base + "/activities", entry).then(function (r) {
      sending = false;
      if (r.status === 200 || r.status === 201) {
        saveQueue(loadQueue().filter(function (p) { return p.id !== entry.id; }));
        setStatus(S.saved, false);
        return refreshQuiet().then(flush);
      }
      if (r.status === 403 && r.data && !r.data.error) {       // token of an old run
        return refreshQuiet().then(flush);
      }
      if (r.status === 429 || r.status >= 500) { setTimeout(flush, 1500); return; }
      // refused (e.g. an unknown municipality): back into the form, out of the queue
      saveQueue(loadQueue().filter(function (p) { return p.id !== entry.id; }));
      restoreForm(entry);
      setStatus(S.online, false);
      problem(r.data.message || "", r.data.params && r.data.params.suggestion);
      render();
    }).catch(function () { sending = false; setStatus(S.offline, true); render(); setTimeout(flush, 3000); });
  }
  function refreshQuiet() {
    return request("GET", base + "/state").then(function (r) {
      if (r.status === 200) { state = r.data; if (state.csrf) csrf = state.csrf; fillChoices(); render(); }
    }).catch(function () {});
  }
  function restoreForm(entry) {
    $("municipality").value = entry.municipality; $("area").value = entry.area || "";
    $("title").value = entry.title; $("description").value = entry.description || "";
  }
  function clearForm() {
    $("title").value = ""; $("description").value = ""; editing = null;
    $("submit").textContent = S.add; $("cancel").hidden = true;
  }
  function startEdit(row) {
    editing = row.id; restoreForm(row); $("submit").textContent = S.save; $("cancel").hidden = false;
    $("title").focus();
  }
  function remove(row) {
    if (!window.confirm(S.confirm_delete)) return;
    request("DELETE", base + "/activities/" + row.id).then(function (r) {
      if (r.status !== 200) problem(r.data.message || ""); refreshQuiet();
    }).catch(function () { setStatus(S.offline, true); });
  }

  $("entry").addEventListener("submit", function (ev) {
    ev.preventDefault(); problem("");
    var entry = { municipality: $("municipality").value, area: $("area").value,
                  title: $("title").value.trim(), description: $("description").value.trim() };
    if (!entry.title) { problem(S.activity_title + "?"); $("title").focus(); return; }
    if (!entry.municipality) { problem(S.choose_municipality); $("municipality").focus(); return; }
    try { localStorage.setItem(QUEUE + ":m", entry.municipality); } catch (e) { /* ignore */ }
    if (editing !== null) {
      request("PUT", base + "/activities/" + editing, entry).then(function (r) {
        if (r.status === 200) { clearForm(); setStatus(S.saved, false); refreshQuiet(); }
        else problem(r.data.message || "", r.data.params && r.data.params.suggestion);
      }).catch(function () { setStatus(S.offline, true); });
      return;
    }
    entry.id = newId();
    var queue = loadQueue(); queue.push(entry); saveQueue(queue);
    clearForm(); render(); flush();
  });
  $("cancel").addEventListener("click", clearForm);

  function listen() {
    if (!window.EventSource) { setInterval(refreshQuiet, 5000); return; }
    var es = new EventSource(base + "/events");
    es.addEventListener("change", function () { refreshQuiet().then(flush); });
    es.onerror = function () { setStatus(S.offline, true); };
    es.onopen = function () { refresh(); };
  }
  window.addEventListener("online", function () { refresh(); });
  refresh(); listen();
})();
