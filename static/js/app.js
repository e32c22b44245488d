// Rebound's small behaviours. Loaded as a file (never inline) so the CSP can forbid inline scripts.

// --- Applications pipeline (applications) ---
// Mark that scripts run, so no-JS fallbacks (like the board's "Move" button) can hide.
document.documentElement.classList.add("js");

document.addEventListener("DOMContentLoaded", function () {
  // Quick add: put the cursor in the company field as soon as the modal opens.
  var quickAdd = document.getElementById("quick-add");
  if (quickAdd) {
    quickAdd.addEventListener("shown.bs.modal", function () {
      var field = quickAdd.querySelector("input[name=company]");
      if (field) field.focus();
    });
  }
});

// Board: after a card moves, recount each column's badge. The moved card arrives as an
// out-of-band swap into its new column, and the old card's own events fire once detached.
function reboundRecountBoard() {
  document.querySelectorAll(".board-column").forEach(function (column) {
    var badge = column.querySelector(".board-count");
    if (badge) badge.textContent = column.querySelectorAll(".board-card").length;
  });
  document.querySelectorAll(".board-ended").forEach(function (group) {
    var badge = group.querySelector(".ended-count");
    if (badge) badge.textContent = group.querySelectorAll(".board-card").length;
  });
}
document.addEventListener("htmx:oobAfterSwap", function () {
  // The old card is removed by the main swap that follows in the same task.
  setTimeout(reboundRecountBoard, 0);
});
document.addEventListener("htmx:afterSettle", reboundRecountBoard);
