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
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    ui.triggerSearch(query);
  }
})();
