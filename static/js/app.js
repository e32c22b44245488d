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
// A long column shows only its newest cards; data-hidden holds how many more it has.
function reboundColumnCount(column) {
  return column.querySelectorAll(".board-card").length + Number(column.dataset.hidden || 0);
}
function reboundRecountBoard() {
  document.querySelectorAll(".board-column").forEach(function (column) {
    var badge = column.querySelector(".board-count");
    if (badge) badge.textContent = reboundColumnCount(column);
  });
  document.querySelectorAll(".board-ended").forEach(function (group) {
    var badge = group.querySelector(".ended-count");
    var total = 0;
    group.querySelectorAll(".board-column").forEach(function (column) {
      total += reboundColumnCount(column);
    });
    if (badge) badge.textContent = total;
  });
}
document.addEventListener("htmx:oobAfterSwap", function () {
  // The old card is removed by the main swap that follows in the same task.
  setTimeout(reboundRecountBoard, 0);
});
document.addEventListener("htmx:afterSettle", reboundRecountBoard);

// Board drag and drop: dropping a card on a column picks that status in the card's own menu,
// so the move goes through exactly the same htmx request as choosing it by hand.
var reboundDragged = null;
document.addEventListener("dragstart", function (event) {
  var card = event.target.closest && event.target.closest(".board-card");
  if (!card) return;
  reboundDragged = card.id;
  event.dataTransfer.setData("text/plain", card.id);
  event.dataTransfer.effectAllowed = "move";
});
document.addEventListener("dragover", function (event) {
  var column = event.target.closest && event.target.closest(".board-cards");
  if (!column) return;
  event.preventDefault();
  column.classList.add("board-drop");
});
document.addEventListener("dragleave", function (event) {
  var column = event.target.closest && event.target.closest(".board-cards");
  if (column) column.classList.remove("board-drop");
});
document.addEventListener("drop", function (event) {
  var column = event.target.closest && event.target.closest(".board-cards");
  if (!column) return;
  event.preventDefault();
  column.classList.remove("board-drop");
  var card = document.getElementById(event.dataTransfer.getData("text/plain") || reboundDragged);
  reboundDragged = null;
  var select = card && card.querySelector("select[name=status]");
  if (!select || select.value === column.dataset.status) return;
  select.value = column.dataset.status;
  select.dispatchEvent(new Event("change", { bubbles: true }));
});
