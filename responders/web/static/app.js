// Rapport review UI: keyboard review on the queue, live length and lint on the draft page.
// Plain JavaScript, no build step. Every page works without it; this only makes it faster.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";

  function toast(message, isError) {
    var el = document.getElementById("toast");
    if (!el) return;
    el.textContent = message;
    el.className = "toast" + (isError ? " error" : "");
    el.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(function () { el.hidden = true; }, isError ? 6000 : 2500);
  }

  function api(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf, "Accept": "application/json" },
      body: JSON.stringify(body || {}),
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok) {
          var detail = data && data.detail;
          if (Array.isArray(detail)) detail = detail.map(function (d) { return d.msg; }).join("; ");
          throw new Error(detail || "HTTP " + response.status);
        }
        return data;
      });
    });
  }

  function typing(event) {
    var t = event.target;
    return t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  }

  function fillTimezones() {
    var offset = String(new Date().getTimezoneOffset());
    document.querySelectorAll('form.js-tz input[name="tz_offset"]').forEach(function (input) {
      input.value = offset;
    });
  }

  // --- filters: apply on change ---------------------------------------------------------------
  var filters = document.getElementById("filters");
  if (filters) {
    filters.addEventListener("change", function () { filters.submit(); });
  }

  // --- queue ------------------------------------------------------------------------------------
  var queue = document.getElementById("queue");
  if (queue) {
    var canReview = queue.getAttribute("data-can-review") === "1";
    var countEl = document.getElementById("queue-count");
    var current = -1;

    var rows = function () { return Array.prototype.slice.call(queue.querySelectorAll(".qrow:not(.leaving)")); };

    var select = function (index, scroll) {
      var list = rows();
      if (!list.length) return;
      index = Math.max(0, Math.min(index, list.length - 1));
      list.forEach(function (row) { row.classList.remove("selected"); });
      var row = list[index];
      row.classList.add("selected");
      current = index;
      if (scroll !== false) row.scrollIntoView({ block: "nearest" });
    };
    var selected = function () { return rows()[current]; };

    var updateCount = function (delta) {
      if (!countEl) return;
      var n = Math.max(0, parseInt(countEl.getAttribute("data-count"), 10) + delta);
      countEl.setAttribute("data-count", String(n));
      countEl.textContent = n.toLocaleString() + " waiting";
      document.title = document.title.replace(/\(\d[\d,]*\)/, "(" + n + ")");
    };

    var removeRow = function (row, message) {
      var index = rows().indexOf(row);
      row.classList.add("leaving");
      updateCount(-1);
      toast(message);
      setTimeout(function () {
        row.remove();
        if (!rows().length) { window.location.reload(); return; }
        select(index);
      }, 180);
    };

    var act = function (row, action, body, message) {
      var id = row.getAttribute("data-id");
      return api("/api/drafts/" + id + "/" + action, body).then(
        function () { removeRow(row, message.replace("#", "#" + id)); },
        function (error) { toast(error.message, true); }
      );
    };

    var rejectDialog = document.getElementById("reject-dialog");
    var snoozeDialog = document.getElementById("snooze-dialog");
    var helpDialog = document.getElementById("help-dialog");
    var dialogRow = null;

    var openDialog = function (dialog, row) {
      if (!dialog || !row) return;
      dialogRow = row;
      dialog.querySelectorAll(".js-draft-id").forEach(function (el) { el.textContent = "#" + row.getAttribute("data-id"); });
      dialog.showModal();
      var first = dialog.querySelector("textarea, .chip");
      if (first) first.focus();
    };

    document.querySelectorAll("[data-close]").forEach(function (button) {
      button.addEventListener("click", function () { button.closest("dialog").close(); });
    });

    if (rejectDialog) {
      var reason = rejectDialog.querySelector("textarea");
      rejectDialog.querySelectorAll("[data-reason]").forEach(function (chip) {
        chip.addEventListener("click", function () { reason.value = chip.getAttribute("data-reason"); reason.focus(); });
      });
      document.getElementById("reject-form").addEventListener("submit", function (event) {
        event.preventDefault();
        if (!reason.value.trim()) { reason.focus(); return; }
        var row = dialogRow;
        rejectDialog.close();
        act(row, "reject", { reason: reason.value.trim() }, "Rejected #").then(function () { reason.value = ""; });
      });
    }
    var snoozeWith = function (preset) {
      var row = dialogRow;
      snoozeDialog.close();
      act(row, "snooze", { preset: preset, tz_offset: new Date().getTimezoneOffset() }, "Snoozed #");
    };
    if (snoozeDialog) {
      snoozeDialog.querySelectorAll("[data-preset]").forEach(function (chip) {
        chip.addEventListener("click", function () { snoozeWith(chip.getAttribute("data-preset")); });
      });
      snoozeDialog.addEventListener("keydown", function (event) {
        var presets = { "1": "1h", "2": "4h", "3": "tomorrow", "4": "week" };
        if (presets[event.key]) { event.preventDefault(); snoozeWith(presets[event.key]); }
      });
    }

    queue.addEventListener("click", function (event) {
      var row = event.target.closest(".qrow");
      if (!row) return;
      select(rows().indexOf(row), false);
      var control = event.target.closest("[data-action]");
      if (!control) return;
      var action = control.getAttribute("data-action");
      if (action === "reject") openDialog(rejectDialog, row);
      if (action === "snooze") openDialog(snoozeDialog, row);
    });
    queue.addEventListener("submit", function (event) {
      var form = event.target.closest('form[data-action="approve"]');
      if (!form) return;
      event.preventDefault();
      act(form.closest(".qrow"), "approve", {}, "Approved #; the publisher will post it");
    });

    document.addEventListener("keydown", function (event) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || typing(event)) return;
      if (document.querySelector("dialog[open]")) return;
      var row = selected();
      switch (event.key) {
        case "j": select(current + 1); break;
        case "k": select(current - 1); break;
        case "e":
        case "Enter":
          if (row) window.location.href = row.getAttribute("data-href");
          break;
        case "a": if (row && canReview) act(row, "approve", {}, "Approved #; the publisher will post it"); break;
        case "r": if (row && canReview) openDialog(rejectDialog, row); break;
        case "s": if (row && canReview) openDialog(snoozeDialog, row); break;
        case "n": {
          var next = document.getElementById("next-page");
          if (next) window.location.href = next.href;
          break;
        }
        case "?": if (helpDialog) helpDialog.showModal(); break;
        default: return;
      }
      event.preventDefault();
    });
    select(0, false);
  }

  // --- draft page: live length count and lint ------------------------------------------------
  var editor = document.getElementById("reply-text");
  if (editor) {
    var platform = editor.getAttribute("data-platform");
    var lengthEl = document.getElementById("length");
    var lengthN = document.getElementById("length-n");
    var lintEl = document.getElementById("lint");
    var pending = null;
    var sequence = 0;

    var check = function () {
      var mine = ++sequence;
      api("/api/check", { platform: platform, text: editor.value }).then(function (result) {
        if (mine !== sequence) return;
        lengthN.textContent = result.length;
        lengthEl.classList.toggle("over", result.over);
        lintEl.innerHTML = "";
        result.lint.forEach(function (finding) {
          var li = document.createElement("li");
          li.textContent = finding;
          lintEl.appendChild(li);
        });
      }, function () { /* the count catches up on the next keystroke */ });
    };
    editor.addEventListener("input", function () {
      clearTimeout(pending);
      pending = setTimeout(check, 120);
    });
    document.querySelectorAll("[data-use-alt]").forEach(function (button) {
      button.addEventListener("click", function (event) {
        event.preventDefault();
        editor.value = document.getElementById(button.getAttribute("data-use-alt")).textContent;
        editor.focus();
        check();
        toast("Alternative copied into the editor; approve or save it.");
      });
    });
    editor.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        document.getElementById("approve-btn").click();
      }
    });
  }
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !typing(event) && !document.querySelector("dialog[open]")) {
      var back = document.getElementById("back-link");
      if (back) window.location.href = back.href;
    }
  });

  fillTimezones();
})();
