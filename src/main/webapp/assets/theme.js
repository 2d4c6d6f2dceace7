// Runs before first paint: the remembered theme, else the system's, so there is no flash.
(function () {
  var saved = localStorage.getItem('scimtool.theme');
  var dark = saved ? saved === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
})();
