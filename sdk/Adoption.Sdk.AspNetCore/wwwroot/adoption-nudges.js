// Adoption nudges: makes the server-rendered nudges of <adoption-nudges> interactive. No framework, no inline
// code, nothing evaluated from strings, so it runs under a strict Content-Security-Policy (load it with the page's
// nonce). Every control is a real form button; this script adds the antiforgery token those posts need, fetched
// the first time the user acts.
(function () {
  'use strict';

  var NUDGE = '[data-adoption-nudge]';
  var FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select, textarea, [tabindex]:not([tabindex="-1"])';

  // The page carries no antiforgery token (making one would cost every page view). It is asked for once, the first
  // time the user acts, from the endpoint next to the outcomes one; the answer names the header (or, failing that,
  // the form field) the host's antiforgery reads. A failed ask is tried again at the next action.
  var tokens = {};
  function antiforgery(form) {
    var url = form.action.replace(/\/+$/, '') + '/token';
    if (!tokens[url]) {
      tokens[url] = fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { Accept: 'application/json' } })
        .then(function (response) {
          if (!response.ok) {
            throw new Error('adoption: no antiforgery token (' + response.status + ')');
          }
          return response.json();
        });
      tokens[url].catch(function () { delete tokens[url]; });
    }
    return tokens[url];
  }

  // Records the outcome in the background and takes the nudge off the page at once.
  function send(form, kind) {
    var data = new FormData(form);
    data.set('kind', kind);
    return antiforgery(form).then(function (token) {
      var headers = { Accept: 'application/json' };
      if (token.headerName) {
        headers[token.headerName] = token.token;
      } else {
        data.set(token.formFieldName, token.token);
      }
      return fetch(form.action, { method: 'POST', body: data, credentials: 'same-origin', keepalive: true, headers: headers });
    }).catch(function () { /* the next page view shows it again; nothing else to do */ });
  }

  // A call to action navigates: the form is posted for real (the host records the click and redirects to the
  // target), once it carries the token. Without one, the user still goes where the button said (local addresses only).
  function follow(form, button) {
    antiforgery(form).then(function (token) {
      // One field, however often the button was pressed meanwhile: two would not read as a token.
      var field = form.querySelector('[data-adoption-antiforgery]');
      if (!field) {
        field = document.createElement('input');
        field.type = 'hidden';
        field.setAttribute('data-adoption-antiforgery', '');
        form.appendChild(field);
      }
      field.name = token.formFieldName;
      field.value = token.token;
      if (typeof form.requestSubmit === 'function') {
        form.requestSubmit(button);
      } else {
        button.click();
      }
    }).catch(function () {
      var next = new URL(button.formAction, document.baseURI).searchParams.get('next');
      if (next && next.charAt(0) === '/' && next.charAt(1) !== '/' && next.charAt(1) !== '\\') {
        window.location.assign(next);
      }
    });
  }

  function hide(nudge) {
    if (nudge.tagName === 'DIALOG' && nudge.open) {
      nudge.close();
    }
    nudge.hidden = true;
    nudge.dispatchEvent(new CustomEvent('adoption:hidden', { bubbles: true }));
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var nudge = form.closest && form.closest(NUDGE);
    var button = event.submitter;
    if (!nudge || !button) {
      return;
    }
    var action = button.getAttribute('data-adoption-action');
    if (action === 'cta' && !form.querySelector('[data-adoption-antiforgery]')) {
      event.preventDefault();
      follow(form, button);
    }
    if (action === 'dismiss' || action === 'snooze') {
      event.preventDefault();
      send(form, button.value);
      hide(nudge);
    }
    // A survey's answer: posted in the background, then a thank-you in its place (announced by role=status).
    if (action === 'submit' && nudge.hasAttribute('data-adoption-survey')) {
      event.preventDefault();
      send(form, 'answered');
      var thanks = form.querySelector('[data-adoption-thanks]');
      Array.prototype.forEach.call(form.children, function (child) {
        if (child !== thanks) {
          child.hidden = true;
        }
      });
      if (thanks) {
        thanks.textContent = thanks.getAttribute('data-adoption-thanks');
      }
    }
  });

  // A survey's follow-up question follows the score: promoters, passives and detractors are asked different things.
  document.addEventListener('change', function (event) {
    var input = event.target;
    if (!input || input.name !== 'score' || !input.hasAttribute('data-adoption-score')) {
      return;
    }
    var survey = input.closest('[data-adoption-survey]');
    var label = survey && survey.querySelector('[data-adoption-followup-label]');
    if (!label) {
      return;
    }
    var score = parseInt(input.value, 10);
    var text = label.getAttribute(score >= 9 ? 'data-promoter' : score >= 7 ? 'data-passive' : 'data-detractor');
    label.textContent = text || label.getAttribute('data-default');
  });

  document.addEventListener('click', function (event) {
    var close = event.target.closest && event.target.closest('[data-adoption-close]');
    if (close) {
      hide(close.closest(NUDGE));
    }
  });

  function dismissOrClose(nudge) {
    var dismiss = nudge.querySelector('[data-adoption-action="dismiss"]');
    if (dismiss) {
      send(dismiss.form, 'dismissed');
    }
    hide(nudge);
  }

  // Modal: a real modal dialog (the page behind is inert), Tab cycles inside it, Escape closes it, and focus
  // returns to where it was.
  function openModal(dialog) {
    var before = document.activeElement;
    if (typeof dialog.showModal !== 'function') {
      dialog.setAttribute('open', '');
    } else {
      dialog.showModal();
    }
    var first = dialog.querySelector(FOCUSABLE);
    if (first) {
      first.focus();
    }
    dialog.addEventListener('cancel', function (event) {
      event.preventDefault();
      dismissOrClose(dialog);
    });
    dialog.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        event.preventDefault();
        dismissOrClose(dialog);
        return;
      }
      if (event.key !== 'Tab') {
        return;
      }
      var items = Array.prototype.slice.call(dialog.querySelectorAll(FOCUSABLE));
      if (items.length === 0) {
        event.preventDefault();
        return;
      }
      var last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === items[0]) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        items[0].focus();
      }
    });
    dialog.addEventListener('close', function () {
      if (before && typeof before.focus === 'function') {
        before.focus();
      }
    });
  }

  // Tooltip: shown next to its anchor, described by it for screen readers; no anchor on the page, no tooltip.
  function placeTooltip(tip) {
    var anchor = null;
    try {
      anchor = document.querySelector(tip.getAttribute('data-adoption-anchor'));
    } catch (e) {
      anchor = null;
    }
    if (!anchor) {
      return;
    }
    var body = tip.querySelector('.adoption-body');
    if (body && body.id) {
      anchor.setAttribute('aria-describedby', body.id);
    }
    function place() {
      var rect = anchor.getBoundingClientRect();
      tip.style.top = (rect.bottom + window.scrollY + 8) + 'px';
      tip.style.left = Math.max(8, rect.left + window.scrollX) + 'px';
    }
    tip.hidden = false;
    place();
    window.addEventListener('resize', place);
    tip.addEventListener('keydown', function (event) {
      if (event.key === 'Escape') {
        hide(tip);
        anchor.focus();
      }
    });
  }

  function start() {
    var modal = document.querySelector('dialog[data-adoption-kind="modal"]' + NUDGE);
    if (modal) {
      openModal(modal);
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-adoption-kind="tooltip"]' + NUDGE), placeTooltip);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
