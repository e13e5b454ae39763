// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  var NARROW = "(max-width: 59.99rem)";
  var panelOpen = null;

  function panel() {
    return document.getElementById("filters-panel");
  }

  // The filters start open (so they work without JavaScript); on a phone, fold them away
  // on first load so the results come first, unless a field has an error to read there.
  document.addEventListener("DOMContentLoaded", function () {
    var el = panel();
    if (el && window.matchMedia(NARROW).matches && !el.querySelector(".field-error")) {
      el.open = false;
    }
  });

  // htmx replaces the panel with each update: keep it as the reader left it. That includes
  // a text field the reader is typing in while the update for another field arrives (the
  // date "to" just after leaving "from"): the new form would otherwise drop what was
  // typed since. Only for updates the form itself sent, so "Clear all" still clears.
  var typing = null;
  document.addEventListener("htmx:beforeSwap", function (evt) {
    var el = panel();
    panelOpen = el ? el.open : null;
    var active = document.activeElement;
    var source = evt.detail.requestConfig && evt.detail.requestConfig.elt;
    typing = null;
    if (active && active.id && active.form && active.form === source &&
        (active.type === "text" || active.type === "search")) {
      typing = {id: active.id, value: active.value,
                start: active.selectionStart, end: active.selectionEnd};
    }
  });
  document.addEventListener("htmx:afterSwap", function () {
    var el = panel();
    if (el && panelOpen !== null) {
      el.open = panelOpen;
    }
    var field = typing && document.getElementById(typing.id);
    if (field && field.value !== typing.value) {
      field.value = typing.value;
      field.focus();
      field.setSelectionRange(typing.start, typing.end);
    }
    typing = null;
  });
})();
