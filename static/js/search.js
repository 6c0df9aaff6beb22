// Start Pagefind's search box. Result links are resolved against the site's own root, read from the page,
// so the archive searches correctly under any sub-path (/archive/...) on any static host.
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box || typeof window.PagefindUI !== "function") {
    return;
  }
  var root = new URL(box.getAttribute("data-root"), document.baseURI).pathname;
  var bundle = new URL(box.getAttribute("data-bundle"), document.baseURI).pathname;
  // A large archive's index comes in parts (data-merge): Pagefind searches them as one.
  var parts = (box.getAttribute("data-merge") || "").split(" ").filter(Boolean).map(function (part) {
    return { bundlePath: new URL(part, document.baseURI).pathname, baseUrl: root };
  });
  var ui = new window.PagefindUI({
    element: "#search",
    bundlePath: bundle,
    mergeIndex: parts,
    baseUrl: root,
    showSubResults: true,
    showImages: false,
    resetStyles: false
  });
  // Pagefind's input is named only by its title attribute; name it by the page's visible heading instead.
  var input = box.querySelector("input");
  if (input) {
    input.setAttribute("aria-labelledby", "search-title");
  }
  // Pagefind counts a search's filters among the filter files it has loaded so far, and its box keeps the
  // first set of filters a search gives it. The box starts loading those files with its first search, so
  // a search that runs before the last one arrives (a slow connection, a busy machine, a query in the
  // address) shows a panel without that filter, and nothing brings it back until the next search. An index
  // in parts has a filter file per part: a part's file arriving late leaves the filter in the panel but
  // without the values only that part holds. Once the box has started Pagefind (its panel is in the page)
  // and every filter file is in, search again, with the same words and choices, if the panel lacks a
  // filter or a value.
  function chosenFilters() {
    var chosen = {};
    box.querySelectorAll("input.pagefind-ui__filter-checkbox:checked").forEach(function (checkbox) {
      (chosen[checkbox.name] = chosen[checkbox.name] || []).push(checkbox.value);
    });
    return chosen;
  }
  function completeFilters() {
    import(bundle + "pagefind.js").then(function (pagefind) {  // the module the box loaded: one Pagefind
      return pagefind.filters();
    }).then(function (all) {
      var shown = Array.prototype.map.call(box.querySelectorAll(".pagefind-ui__filter-group-label"), function (label) {
        return label.textContent;
      });
      var shownValues = {};
      box.querySelectorAll("input.pagefind-ui__filter-checkbox").forEach(function (checkbox) {
        shownValues[checkbox.name + "\u0000" + checkbox.value] = true;
      });
      var lacking = Object.keys(all).some(function (name) {
        return shown.indexOf(name) < 0 || Object.keys(all[name]).some(function (value) {
          return !shownValues[name + "\u0000" + value];
        });
      });
      if (lacking) {
        ui.triggerFilters(chosenFilters());
      }
    }).catch(function () {});  // the box reports Pagefind's own failures
  }
  var panelWatch = new MutationObserver(function () {
    if (box.querySelector(".pagefind-ui__filter-panel")) {
      panelWatch.disconnect();
      completeFilters();
    }
  });
  panelWatch.observe(box, { childList: true, subtree: true });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();
