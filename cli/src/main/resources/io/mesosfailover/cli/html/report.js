(function () {
  "use strict";
  var tip = document.getElementById("tip");
  function markOf(node) {
    return node && node.closest ? node.closest(".mark") : null;
  }
  function show(event) {
    var mark = markOf(event.target);
    if (!mark) {
      return;
    }
    var title = mark.querySelector("title");
    tip.textContent = title ? title.textContent : "";
    tip.hidden = false;
    var box = mark.getBoundingClientRect();
    var left = Math.min(box.left, document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(0, left) + window.scrollX + "px";
    tip.style.top = box.bottom + window.scrollY + 6 + "px";
  }
  function hide(event) {
    var mark = markOf(event.target);
    if (mark && mark !== document.activeElement) {
      tip.hidden = true;
    }
  }
  document.addEventListener("mouseover", show);
  document.addEventListener("focusin", show);
  document.addEventListener("mouseout", hide);
  document.addEventListener("focusout", function () { tip.hidden = true; });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      tip.hidden = true;
    }
  });
}());
