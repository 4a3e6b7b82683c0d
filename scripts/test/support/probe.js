// Loaded first on every page the end-to-end tests visit (the test server puts it into <head>;
// a script from the page's own origin, so it runs under the examples' strict CSP too). It keeps
// what a visitor would not see but a test must: CSP violations, script errors, failed loads,
// console errors and warnings. Tests read window.__asfProblems.
(function () {
  var problems = (window.__asfProblems = []);
  document.addEventListener('securitypolicyviolation', function (e) {
    problems.push('CSP violation: ' + e.violatedDirective + ': ' + (e.blockedURI || 'inline'));
  });
  window.addEventListener(
    'error',
    function (e) {
      var t = e.target;
      if (t && t !== window && (t.src || t.href)) problems.push('failed to load: ' + (t.src || t.href));
      else problems.push('page error: ' + (e.message || String(e.error)));
    },
    true,
  );
  window.addEventListener('unhandledrejection', function (e) {
    problems.push('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : String(e.reason)));
  });
  ['error', 'warn'].forEach(function (level) {
    var original = console[level];
    console[level] = function () {
      problems.push('console.' + level + ': ' + Array.prototype.map.call(arguments, String).join(' '));
      return original.apply(console, arguments);
    };
  });
})();
