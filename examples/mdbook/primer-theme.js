// Keeps Primer's elements in the theme the reader picked in mdBook's theme
// menu: mdBook marks <html> with the theme's class (light, rust, coal, navy,
// ayu); the elements take `theme="light"` or `theme="dark"`.
(function () {
  var dark = ["coal", "navy", "ayu"];
  function sync() {
    var classes = document.documentElement.classList;
    var theme = dark.some(function (name) { return classes.contains(name); }) ? "dark" : "light";
    document.querySelectorAll("primer-quiz, primer-guide").forEach(function (element) {
      if (element.getAttribute("theme") !== theme) element.setAttribute("theme", theme);
    });
  }
  new MutationObserver(sync).observe(document.documentElement, { attributes: true, attributeFilter: ["class"] });
  document.addEventListener("DOMContentLoaded", sync);
  sync();
})();
