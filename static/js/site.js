// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var NARROW = "(max-width: 59.99rem)";
  var panelOpen = null;

  function panel() {
    return document.getElementById("filters-panel");
  }

  // The filters start open (so they work without JavaScript); on a phone, fold them away
  // on first load so the results come first.
  document.addEventListener("DOMContentLoaded", function () {
    var el = panel();
    if (el && window.matchMedia(NARROW).matches) {
      el.open = false;
    }
  });

  // htmx replaces the panel with each update: keep it as the reader left it.
  document.addEventListener("htmx:beforeSwap", function () {
    var el = panel();
    panelOpen = el ? el.open : null;
  });
  document.addEventListener("htmx:afterSwap", function () {
    var el = panel();
    if (el && panelOpen !== null) {
      el.open = panelOpen;
    }
  });
})();
