// The dot-vote page: spread N dots over the activities of all groups; one ballot a device.
"use strict";
(function () {
  var S = JSON.parse(document.getElementById("strings").textContent);
  var base = "/api" + location.pathname;            // /api/v/<key>
  var csrf = S.csrf, state = null, ballot = {};
  var $ = function (id) { return document.getElementById(id); };
  function fill(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/%(\d)/g, function (m, d) { var v = args[+d - 1]; return v === undefined ? m : String(v); });
  }
  function request(method, url, body) {
    var init = { method: method, credentials: "same-origin", headers: { "X-CSRF-Token": csrf } };
    if (body !== undefined) { init.headers["Content-Type"] = "application/json"; init.body = JSON.stringify(body); }
    return fetch(url, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (d) { return { status: r.status, data: d }; });
    });
  }
  function used() { var n = 0; Object.keys(ballot).forEach(function (k) { n += ballot[k]; }); return n; }
  function render() {
    var root = $("groups"); root.textContent = "";
    $("left").textContent = state.open ? fill(S.dots_left, state.dots - used(), state.dots) : S.vote_closed;
    state.groups.forEach(function (g) {
      var h = document.createElement("h2"); h.textContent = g.name; root.appendChild(h);
      var ol = document.createElement("ol"); ol.className = "activities";
      g.activities.forEach(function (a) {
        var li = document.createElement("li");
        var row = document.createElement("div"); row.className = "vote-row";
        var t = document.createElement("div"); t.className = "title"; t.textContent = a.title;
        var minus = document.createElement("button"); minus.type = "button"; minus.textContent = "−";
        minus.setAttribute("aria-label", "−1 " + a.title);
        var count = document.createElement("span"); count.className = "count"; count.textContent = String(ballot[a.id] || 0);
        var plus = document.createElement("button"); plus.type = "button"; plus.textContent = "+";
        plus.setAttribute("aria-label", "+1 " + a.title);
        minus.disabled = !state.open || !(ballot[a.id] > 0);
        plus.disabled = !state.open || used() >= state.dots;
        minus.addEventListener("click", function () { change(a.id, -1); });
        plus.addEventListener("click", function () { change(a.id, +1); });
        row.appendChild(t); row.appendChild(minus); row.appendChild(count); row.appendChild(plus);
        li.appendChild(row);
        var meta = document.createElement("div"); meta.className = "meta"; meta.textContent = a.municipality; li.appendChild(meta);
        if (state.revealed) { var tl = document.createElement("div"); tl.className = "tally"; tl.textContent = a.votes_text; li.appendChild(tl); }
        ol.appendChild(li);
      });
      root.appendChild(ol);
    });
  }
  function change(id, delta) {
    var next = Object.assign({}, ballot); next[id] = Math.max(0, (next[id] || 0) + delta);
    if (!next[id]) delete next[id];
    request("PUT", base + "/ballot", { dots: next }).then(function (r) {
      if (r.status === 200) { ballot = {}; Object.keys(r.data.ballot).forEach(function (k) { ballot[k] = r.data.ballot[k]; });
        $("problem").textContent = ""; $("status").textContent = S.vote_saved; render(); }
      else { $("problem").textContent = r.data.message || ""; refresh(); }
    }).catch(function () { $("status").textContent = S.offline; });
  }
  function refresh() {
    return request("GET", base + "/state").then(function (r) {
      state = r.data; if (state.csrf) csrf = state.csrf; ballot = {};
      Object.keys(state.ballot || {}).forEach(function (k) { ballot[k] = state.ballot[k]; });
      render();
    }).catch(function () { $("status").textContent = S.offline; });
  }
  if (window.EventSource) { var es = new EventSource(base + "/events"); es.addEventListener("change", refresh); }
  refresh();
})();
