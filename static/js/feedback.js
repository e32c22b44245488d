// Feedback requests: copy a drafted message, and keep the mailto: link in step with edits.
// Event delegation on the document, so it keeps working after htmx swaps parts of the page.
(function () {
  "use strict";

  function textOf(selector) {
    var el = selector && document.querySelector(selector);
    if (!el) return "";
    return "value" in el ? el.value : el.textContent;
  }

  // RFC 6068: UTF-8, percent-encoded, spaces as %20 and line breaks as CRLF (%0D%0A).
  function encode(text) {
    return encodeURIComponent(text.replace(/\r\n|\r|\n/g, "\r\n"));
  }

  function mailtoFor(link) {
    var to = link.dataset.fbTo ? textOf(link.dataset.fbTo) : link.dataset.fbAddress || "";
    to = to.trim();
    if (!to) return "";
    return "mailto:" + encodeURIComponent(to).replace(/%40/g, "@") +
      "?subject=" + encode(textOf(link.dataset.fbSubject)) +
      "&body=" + encode(textOf(link.dataset.fbBody));
  }

  function refreshMailto(link) {
    var href = mailtoFor(link);
    var note = link.parentElement && link.parentElement.querySelector("[data-fb-no-email]");
    if (href) {
      link.setAttribute("href", href);
      link.hidden = false;
    } else {
      link.removeAttribute("href");
      link.hidden = true;
    }
    if (note) note.hidden = Boolean(href);
  }

  function refreshAll() {
    document.querySelectorAll("[data-fb-mailto]").forEach(refreshMailto);
  }

  function say(button, message) {
    var status = button.parentElement && button.parentElement.querySelector("[data-fb-copied]");
    if (!status) return;
    status.textContent = message;
    window.clearTimeout(status._fbTimer);
    status._fbTimer = window.setTimeout(function () { status.textContent = ""; }, 4000);
  }

  // navigator.clipboard needs a secure context; a self-hosted http:// install falls back
  // to selecting the text and the older copy command.
  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "fb-offscreen";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("[data-fb-copy]");
    if (!button) return;
    var text = textOf(button.dataset.fbCopy);
    var done = function () { say(button, "Copied. Paste it into your mail program."); };
    var failed = function () {
      if (fallbackCopy(text)) done();
      else say(button, "Couldn't copy: select the text and copy it yourself.");
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(done, failed);
    } else {
      failed();
    }
  });

  document.addEventListener("input", function (event) {
    if (event.target.matches("input, textarea")) refreshAll();
  });
  document.addEventListener("DOMContentLoaded", refreshAll);
  document.addEventListener("htmx:afterSettle", refreshAll);
})();
