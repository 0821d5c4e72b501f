// Rapport review UI: keyboard review on the queue, live length and lint on the draft page.
// Plain JavaScript, no build step. Every page works without it; this only makes it faster.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";

  // A message at the bottom; with ``action`` ({label, run, ms}) it carries a button (Undo).
  function toast(message, isError, action) {
    var el = document.getElementById("toast");
    if (!el) return;
    el.textContent = message;
    el.className = "toast" + (isError ? " error" : "");
    if (action) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm";
      button.id = "toast-action";
      button.textContent = action.label;
      button.addEventListener("click", function () { el.hidden = true; action.run(); });
      el.appendChild(button);
    }
    el.hidden = false;
    clearTimeout(toast.timer);
    var ms = action && action.ms ? action.ms : (isError ? 6000 : 2500);
    toast.timer = setTimeout(function () { el.hidden = true; }, ms);
  }

  function undoMs(record) {
    if (!record || !record.undo_until) return 0;
    return Math.max(0, new Date(record.undo_until).getTime() - Date.now());
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
        function (record) {
          removeRow(row, message.replace("#", "#" + id));
          var ms = action === "approve" ? undoMs(record) : 0;
          if (ms > 0) {
            toast("Approved #" + id + ".", false, {
              label: "Undo",
              ms: ms,
              run: function () {
                api("/api/drafts/" + id + "/undo").then(
                  function () { window.location.reload(); },
                  function (error) { toast(error.message, true); }
                );
              },
            });
          }
        },
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

  // --- draft page: live length and lint, saved replies, presence, approve-and-next ---------
  var presenceTimer = null;

  function initDraft() {
    var item = document.getElementById("review-item");
    clearInterval(presenceTimer);
    if (item) startPresence(item.getAttribute("data-draft-id"));
    var editor = document.getElementById("reply-text");
    if (!editor) return;
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
    var saved = savedReplies(editor, check);
    var nextButton = document.getElementById("approve-next-btn");
    if (nextButton) nextButton.addEventListener("click", function () { approveAndNext(editor); });
    editor.addEventListener("keydown", function (event) {
      if (saved.handle(event)) return;
      if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        if (event.shiftKey && nextButton) approveAndNext(editor);
        else document.getElementById("approve-btn").click();
      }
    });
  }

  // Typing "/" opens the saved replies (the brand book's FAQ answers); the words after it
  // filter them; Enter or Tab inserts the chosen one in place of "/words".
  function savedReplies(editor, check) {
    var menu = document.getElementById("saved-menu");
    var source = document.getElementById("saved-replies");
    var replies = source ? Array.prototype.map.call(source.querySelectorAll("li"), function (li) {
      return { title: li.getAttribute("data-title"), text: li.textContent };
    }) : [];
    var shown = [];
    var active = 0;
    var open = false;
    var query = function () {
      var before = editor.value.slice(0, editor.selectionStart);
      var match = /(^|\s)\/([^\s/]*(?: [^\s/]+)*)$/.exec(before);
      return match ? { text: match[2], start: before.length - match[2].length - 1 } : null;
    };
    var close = function () { open = false; if (menu) menu.hidden = true; };
    var render = function () {
      menu.innerHTML = "";
      shown.forEach(function (reply, index) {
        var button = document.createElement("button");
        button.type = "button";
        button.setAttribute("role", "option");
        button.className = index === active ? "active" : "";
        var title = document.createElement("strong");
        title.textContent = reply.title;
        var text = document.createElement("span");
        text.className = "saved-text";
        text.textContent = reply.text;
        button.appendChild(title);
        button.appendChild(text);
        button.addEventListener("mousedown", function (event) { event.preventDefault(); choose(index); });
        menu.appendChild(button);
      });
    };
    var update = function () {
      var q = query();
      if (!q || !replies.length || !menu) { close(); return; }
      var needle = q.text.toLowerCase();
      shown = replies.filter(function (r) {
        return !needle || (r.title + " " + r.text).toLowerCase().indexOf(needle) !== -1;
      }).slice(0, 8);
      if (!shown.length) { close(); return; }
      active = Math.min(active, shown.length - 1);
      open = true;
      menu.hidden = false;
      render();
    };
    var choose = function (index) {
      var q = query();
      var reply = shown[index];
      if (!q || !reply) return;
      var end = editor.selectionStart;
      editor.value = editor.value.slice(0, q.start) + reply.text + editor.value.slice(end);
      var caret = q.start + reply.text.length;
      editor.setSelectionRange(caret, caret);
      close();
      editor.focus();
      check();
    };
    editor.addEventListener("input", update);
    editor.addEventListener("blur", function () { setTimeout(close, 150); });
    return {
      handle: function (event) {
        if (!open) return false;
        if (event.key === "ArrowDown" || event.key === "ArrowUp") {
          active = (active + (event.key === "ArrowDown" ? 1 : shown.length - 1)) % shown.length;
          render();
        } else if (event.key === "Enter" || event.key === "Tab") {
          choose(active);
        } else if (event.key === "Escape") {
          close();
        } else {
          return false;
        }
        event.preventDefault();
        event.stopPropagation();
        return true;
      },
    };
  }

  function startPresence(draftId) {
    var box = document.getElementById("presence");
    if (!box || !draftId) return;
    var beat = function () {
      api("/api/drafts/" + draftId + "/presence").then(function (result) {
        var others = result.others || [];
        box.textContent = others.length
          ? others.join(", ") + (others.length === 1 ? " also has" : " also have") + " this draft open."
          : "";
        box.classList.toggle("is-empty", !others.length);
      }, function () { /* the next beat tries again */ });
    };
    presenceTimer = setInterval(beat, 15000);
  }

  // Load another draft's page into this one: fetch, swap #review-item, keep the history right.
  function showDraft(id, push) {
    return fetch("/drafts/" + id, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (!response.ok) throw new Error("HTTP " + response.status);
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("review-item");
        var current = document.getElementById("review-item");
        if (!fresh || !current) { window.location.href = "/drafts/" + id; return; }
        current.replaceWith(document.importNode(fresh, true));
        document.title = doc.title;
        var flash = document.querySelector("main > .flash");
        if (flash) flash.remove();
        if (push) window.history.pushState({ draft: id }, "", "/drafts/" + id);
        window.scrollTo(0, 0);
        initDraft();
        fillTimezones();
        var editor = document.getElementById("reply-text");
        if (editor) editor.focus();
      });
  }

  function approveAndNext(editor) {
    var item = document.getElementById("review-item");
    var id = item && item.getAttribute("data-draft-id");
    if (!id) return;
    api("/api/drafts/" + id + "/approve", { text: editor.value }).then(function (record) {
      var undo = {
        label: "Undo",
        ms: undoMs(record),
        run: function () {
          api("/api/drafts/" + id + "/undo").then(
            function () { showDraft(id, true).then(function () { toast("Approval undone; #" + id + " is pending again."); }); },
            function (error) { toast(error.message, true); }
          );
        },
      };
      var message = "Approved #" + id + ".";
      if (record.next_draft_id) {
        showDraft(record.next_draft_id, true).then(function () {
          toast(message, false, undo.ms > 0 ? undo : null);
        }, function (error) { toast(error.message, true); });
      } else {
        window.location.href = "/queue";
      }
    }, function (error) { toast(error.message, true); });
  }

  window.addEventListener("popstate", function () {
    var match = /^\/drafts\/(\d+)$/.exec(window.location.pathname);
    if (match && document.getElementById("review-item")) showDraft(match[1], false);
  });
  initDraft();

  // --- mentions inbox: select all ----------------------------------------------------------
  var selectAll = document.getElementById("select-all");
  if (selectAll) {
    selectAll.addEventListener("change", function () {
      document.querySelectorAll('#inbox input[name="ids"]').forEach(function (box) {
        box.checked = selectAll.checked;
      });
    });
  }
  var inboxFilters = document.getElementById("inbox-filters");
  if (inboxFilters) {
    inboxFilters.querySelectorAll("select").forEach(function (select) {
      select.addEventListener("change", function () { inboxFilters.submit(); });
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
