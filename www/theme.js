// Applies the remembered (or system) theme before the first paint, so a dark
// page does not flash light while the reader loads.
(function () {
  var theme = null;
  try { theme = JSON.parse(localStorage.getItem("primer:theme")); } catch (e) {}
  if (theme !== "dark" && theme !== "light") {
    theme = window.matchMedia && window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }
  document.documentElement.setAttribute("data-theme", theme);
})();
