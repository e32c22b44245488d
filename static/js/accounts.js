// Sign-up: preselect the browser's own time zone, so most people never touch the field.
// Without scripts the field keeps its server-side default and its typed suggestions.
(function () {
  "use strict";
  function guess() {
    var field = document.querySelector("input[data-guess-zone]");
    if (!field || !window.Intl) { return; }
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    var list = field.list;
    if (!zone || !list) { return; }
    for (var i = 0; i < list.options.length; i++) {
      if (list.options[i].value === zone) { field.value = zone; return; }
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", guess);
  } else {
    guess();
  }
})();
