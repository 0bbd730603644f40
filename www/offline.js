// Registers the service worker (sw.js, beside this script) that keeps the
// guide readable offline, and offers, never forces, a newer build: when a
// new version has been downloaded, the #primer-update status region shows
// "A new version of this guide is available" and a Reload button. Only that
// button reloads the page, so code never changes under a quiz in progress.
// A page left open is checked for a new build every hour while it is
// visible, and when it becomes visible again after an hour or more.
(function () {
  'use strict';
  if (!('serviceWorker' in navigator)) return;
  var script = document.currentScript;
  var region = document.getElementById('primer-update');
  var worker = new URL('sw.js', script ? script.src : location.href).href;
  var registration = null;
  var accepted = false;
  var offered = false;
  var HOUR = 60 * 60 * 1000;
  var checked = Date.now();

  function offer() {
    if (offered || !region) return;
    offered = true;
    var text = document.createElement('p');
    text.textContent = 'A new version of this guide is available.';
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'update-reload';
    button.textContent = 'Reload';
    button.addEventListener('click', accept);
    region.append(text, button);
  }

  function accept() {
    accepted = true;
    var waiting = registration && registration.waiting;
    if (waiting) {
      // The page reloads once the new worker has taken over (controllerchange).
      waiting.postMessage('primer:activate');
    } else {
      location.reload();
    }
  }

  // A worker that finished installing while an older one runs this page.
  function watch(installing) {
    installing.addEventListener('statechange', function () {
      if (installing.state === 'installed' && navigator.serviceWorker.controller) offer();
    });
  }

  var hadController = Boolean(navigator.serviceWorker.controller);
  navigator.serviceWorker.addEventListener('controllerchange', function () {
    if (accepted) {
      location.reload();
    } else if (hadController) {
      // Another tab accepted the new version: this page keeps its code
      // until the learner reloads it.
      offer();
    }
    hadController = true;
  });

  function register() {
    navigator.serviceWorker
      .register(worker)
      .then(function (reg) {
        registration = reg;
        if (reg.waiting && navigator.serviceWorker.controller) offer();
        if (reg.installing) watch(reg.installing);
        reg.addEventListener('updatefound', function () {
          if (reg.installing) watch(reg.installing);
        });
      })
      .catch(function () {
        // No service worker here (an insecure origin, a private window, a
        // browser setting): the guide still works online.
      });
  }

  // Ask the server for a newer sw.js (the browser only does so by itself on
  // navigations); a new build then installs and is offered as above.
  function check() {
    if (!registration || document.visibilityState !== 'visible') return;
    if (Date.now() - checked < HOUR) return;
    checked = Date.now();
    registration.update().catch(function () {
      // Offline or the server is away: try again at the next check.
    });
  }
  setInterval(check, HOUR);
  document.addEventListener('visibilitychange', check);

  // After the page has loaded, so that downloading the whole guide for
  // offline use never slows down the first chapter.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register);
})();
