// datesleuth page: small interactions on top of the server-rendered page.
// Without JavaScript everything is still there: titles show on hover, links scroll.
(function () {
  "use strict";

  var popup = null;

  function closePopup() {
    if (popup) {
      popup.remove();
      popup = null;
    }
  }

  // Show a highlighted expression's type and value next to it.
  function openPopup(mark) {
    closePopup();
    popup = document.createElement("div");
    popup.className = "popup";
    popup.setAttribute("role", "tooltip");
    popup.textContent = mark.getAttribute("title") || "";
    document.body.appendChild(popup);
    var box = mark.getBoundingClientRect();
    popup.style.left = window.scrollX + box.left + "px";
    popup.style.top = window.scrollY + box.bottom + 4 + "px";
  }

  // Flash every piece of text that belongs to the anchor (a clue or an expression).
  function flash(anchor) {
    if (!anchor) {
      return;
    }
    var pieces = document.querySelectorAll('mark[data-marks~="' + CSS.escape(anchor) + '"]');
    pieces.forEach(function (piece) {
      piece.classList.add("flash");
    });
    window.setTimeout(function () {
      pieces.forEach(function (piece) {
        piece.classList.remove("flash");
      });
    }, 2000);
  }

  document.addEventListener("click", function (event) {
    var mark = event.target.closest ? event.target.closest(".article-text mark") : null;
    if (mark) {
      openPopup(mark);
      return;
    }
    closePopup();
    var link = event.target.closest ? event.target.closest('a[href^="#"]') : null;
    if (link) {
      flash(decodeURIComponent(link.getAttribute("href").slice(1)));
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      closePopup();
    } else if (event.key === "Enter" && event.target.matches(".article-text mark")) {
      openPopup(event.target);
    }
  });

  window.addEventListener("load", function () {
    flash(decodeURIComponent(window.location.hash.slice(1)));
  });
})();
