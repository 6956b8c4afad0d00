// WithMe's fixes for Camunda Forms (form-js) inside the Camunda 7.24 Tasklist, loaded through
// config.js `customScripts`. See docs/tasklist.md.
//
// Lists (dynamiclist): when a field inside a list becomes valid, form-js clears its error with
// `set(errors, [fieldId, index], undefined)`, which leaves an empty array behind
// (`{"scoreSheet_score": []}`, form-js issue 1494). The Tasklist counts the keys of `errors` to
// decide whether Complete is enabled, so a correctly filled list form could never be completed.
// This script prunes error entries that hold no error before the form's state is stored, so the
// Tasklist's check sees only real errors. Validation itself is untouched (and the server checks
// every submission again: org.withme.forms.FormValidationPlugin).

// Removes entries without any error message; returns undefined when nothing is left.
function prune(errors) {
  if (Array.isArray(errors)) {
    if (errors.some(e => typeof e === 'string')) {
      return errors; // the messages of one field
    }
    let kept = false;
    const result = [];
    errors.forEach((e, i) => {
      const p = prune(e);
      if (p !== undefined) {
        result[i] = p;
        kept = true;
      }
    });
    return kept ? result : undefined;
  }
  if (errors && typeof errors === 'object') {
    const result = {};
    let kept = false;
    Object.keys(errors).forEach(key => {
      const p = prune(errors[key]);
      if (p !== undefined) {
        result[key] = p;
        kept = true;
      }
    });
    return kept ? result : undefined;
  }
  return errors === null || errors === undefined || errors === '' ? undefined : errors;
}

function pruneErrors(errors) {
  return prune(errors) || {};
}

// The Tasklist bundles form-js through webpack and does not expose it; a chunk pushed onto the
// webpack chunk list receives webpack's require function, through which the form-js module the
// Tasklist already loaded is found.
let webpackRequire = null;

function bundledModules() {
  if (webpackRequire) {
    return webpackRequire;
  }
  const chunks = self.webpackChunkcamunda_bpm_webapp;
  if (!chunks) {
    return null;
  }
  chunks.push([['withme-forms'], {}, req => { webpackRequire = req; }]);
  return webpackRequire && webpackRequire.m ? webpackRequire : null;
}

// Ids of the bundled modules whose source contains every one of the given strings.
function modulesContaining(...strings) {
  const req = bundledModules();
  if (!req) {
    return [];
  }
  return Object.keys(req.m).filter(id => {
    const source = Function.prototype.toString.call(req.m[id]);
    return strings.every(s => source.indexOf(s) >= 0);
  });
}

function formJsFormClass() {
  if (!bundledModules()) {
    return null;
  }
  const isForm = c => typeof c === 'function' && c.prototype && typeof c.prototype._setState === 'function'
    && typeof c.prototype.importSchema === 'function' && typeof c.prototype.validate === 'function';
  for (const id of modulesContaining('_getSubmitData', 'importSchema')) {
    const exported = webpackRequire(id);
    if (exported && isForm(exported.Form)) {
      return exported.Form;
    }
  }
  return null;
}

function patchForm() {
  if (window.withmeFormsPatched) {
    return true;
  }
  const Form = formJsFormClass();
  if (!Form) {
    console.error('WithMe: form-js not found in the Tasklist; lists keep their empty error entries');
    return false;
  }
  const setState = Form.prototype._setState;
  Form.prototype._setState = function (state) {
    if (state && state.errors) {
      state = Object.assign({}, state, { errors: pruneErrors(state.errors) });
      window.withmeLastFormErrors = state.errors; // for diagnosis in the browser console and tests
    }
    return setState.call(this, state);
  };
  // Text fields apply what was typed 300 ms later (form-js `config.debounce`), reading the field's
  // value only then. When the form draws again in between (another field changed, a list row was
  // drawn again), the field shows the stored value and the typed text is lost. WithMe's forms are
  // small, so every keystroke is applied at once.
  const createInjector = Form.prototype._createInjector;
  Form.prototype._createInjector = function (options, container) {
    return createInjector.call(this, Object.assign({}, options, { debounce: false }), container);
  };
  window.withmeFormsPatched = true;
  return true;
}

patchForm();

// Date pickers (flatpickr inside form-js) start the week on Monday, as in the UK. form-js shows
// and reads dates in the browser's format (dd/mm/yyyy in en-GB) and passes no locale to
// flatpickr, so the default locale's first day is what counts.
function weekStartsOnMonday() {
  let patched = false;
  for (const id of modulesContaining('firstDayOfWeek', 'l10ns', 'calendarContainer')) {
    const exported = webpackRequire(id);
    const flatpickr = exported && (exported.l10ns ? exported : exported.default);
    if (flatpickr && flatpickr.l10ns && flatpickr.l10ns.default) {
      flatpickr.l10ns.default.firstDayOfWeek = 1;
      patched = true;
    }
  }
  if (!patched) {
    console.error('WithMe: flatpickr not found in the Tasklist; date pickers start on Sunday');
  }
  window.withmeWeekStartsOnMonday = patched;
}

weekStartsOnMonday();

// Errors from the server, next to the fields they name (the GOV.UK Design System's error summary
// and error message patterns). The Tasklist shows a refused submission as a notification at the
// top of the page, prefixed with ids ("Cannot submit task form 1f2e…:", "Cannot instantiate
// process definition commissioning-cycle:1:…:") and with field keys after the labels. This script
// takes such a notification over: a summary at the top of the form that takes the focus and
// links to each field, the message under each field it names (label, no key), and the
// notification closed so it does not cover the form.
const ID_PREFIXES = [
  /^Cannot submit task form [^:]*:\s*/i,
  /^Cannot instantiate process definition [^:]*(?::[^:\s]*)*:\s*/i,
  /^Cannot complete task [^:]*:\s*/i,
  /^Cannot start process instance[^:]*:\s*/i
];

// A field key as WithMe's messages put it after a label: "(influenceRung)", "(scoreSheet[0].score)".
const FIELD_KEY = /\s\((?=[a-z][a-z0-9]*[A-Z_])[A-Za-z0-9_.\[\]]+\)/g;

function withoutIds(text) {
  let message = (text || '').trim();
  ID_PREFIXES.forEach(prefix => { message = message.replace(prefix, ''); });
  return message;
}

// The message as a person reads it: no ids, no field keys, labels in quotation marks.
function humanMessage(text) {
  return withoutIds(text).replace(FIELD_KEY, '').replace(/'([^']+)'/g, '\u2018$1\u2019');
}

// "The form of 'X' was not accepted: 'A' (a) must …; B (b) …." → the problems, each with the
// label of the field it names (the words before the key) and its text as a person reads it.
function problemsOf(raw) {
  const message = withoutIds(raw);
  const marker = message.indexOf(' was not accepted: ');
  const body = marker >= 0 ? message.substring(marker + ' was not accepted: '.length) : message;
  return body.replace(/\.$/, '').split(/;\s+/).filter(p => p.trim() !== '').map(p => {
    const named = p.match(/^'([^']+)'/) || p.match(/^([^;:()']+?)\s\((?=[a-z][a-z0-9]*[A-Z_])[A-Za-z0-9_.\[\]]+\)/);
    const text = humanMessage(p);
    return { label: named ? named[1].trim() : null, text: text.replace(/^./, c => c.toUpperCase()) + (/[.!?]$/.test(text) ? '' : '.') };
  });
}

function visibleForm() {
  const forms = Array.from(document.querySelectorAll('.fjs-container')).filter(f => f.offsetParent !== null);
  return forms.length ? forms[forms.length - 1] : null;
}

function labelText(field) {
  const label = field.querySelector('label');
  return label ? label.textContent.replace(/\s*\*\s*$/, '').replace(/\s+/g, ' ').trim() : '';
}

function clearServerErrors(form) {
  form.querySelectorAll('.withme-error-summary, .withme-field-error').forEach(e => e.remove());
  form.querySelectorAll('.withme-field-has-error').forEach(e => e.classList.remove('withme-field-has-error'));
}

let errorCount = 0;

function showServerErrors(form, problems) {
  clearServerErrors(form);
  const summary = document.createElement('div');
  summary.className = 'withme-error-summary';
  summary.setAttribute('role', 'alert');
  summary.setAttribute('tabindex', '-1');
  const title = document.createElement('h2');
  title.textContent = 'There is a problem';
  summary.appendChild(title);
  const list = document.createElement('ul');
  summary.appendChild(list);
  problems.forEach(problem => {
    const item = document.createElement('li');
    const field = problem.label && Array.from(form.querySelectorAll('.fjs-form-field'))
      .find(f => labelText(f) === problem.label || labelText(f).startsWith(problem.label));
    const input = field && field.querySelector('input:not([readonly]), textarea:not([readonly]), select, [tabindex="0"]');
    if (field) {
      const id = 'withme-error-' + (++errorCount);
      const message = document.createElement('div');
      message.className = 'withme-field-error';
      message.id = id;
      message.textContent = problem.text;
      field.classList.add('withme-field-has-error');
      const label = field.querySelector('label');
      if (label && label.nextSibling) {
        label.parentNode.insertBefore(message, label.nextSibling);
      } else {
        field.appendChild(message);
      }
      if (input) {
        input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + id).trim());
        input.addEventListener('input', () => { message.remove(); field.classList.remove('withme-field-has-error'); }, { once: true });
      }
      const link = document.createElement('a');
      link.href = '#';
      link.textContent = problem.text;
      link.addEventListener('click', event => {
        event.preventDefault();
        field.scrollIntoView({ block: 'center' });
        if (input) {
          input.focus();
        }
      });
      item.appendChild(link);
    } else {
      item.textContent = problem.text;
    }
    list.appendChild(item);
  });
  form.insertBefore(summary, form.firstChild);
  summary.scrollIntoView({ block: 'start' });
  summary.focus();
}

function takeOverNotification(alert) {
  if (alert.dataset.withmeSeen) {
    return;
  }
  alert.dataset.withmeSeen = 'yes';
  const form = visibleForm();
  const messageElement = alert.querySelector('.message') || alert;
  const raw = messageElement.textContent || '';
  const message = humanMessage(raw);
  if (messageElement !== alert) {
    messageElement.textContent = message; // wherever it stays, it reads as a person would say it
  }
  if (!form || message === '') {
    return;
  }
  const problems = problemsOf(raw);
  showServerErrors(form, problems);
  window.withmeLastServerErrors = problems.map(p => p.text);
  const close = alert.querySelector('[ng-click^="removeNotification"]');
  if (close) {
    close.click();
  } else {
    alert.style.display = 'none';
  }
}

function watchNotifications() {
  const observer = new MutationObserver(() => {
    document.querySelectorAll('[notifications-panel] .alert-danger, .notifications .alert-danger').forEach(takeOverNotification);
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  window.withmeShowsServerErrors = true;
}

watchNotifications();


// One UK date format on every form, whatever the browser's language: form-js works out the format
// of its date fields (and of the date picker that reads what is typed) from the browser's default
// locale (`new Intl.DateTimeFormat('default')`), so a browser set to US English showed and read
// mm/dd/yyyy, and 03/12/2026 became 12 March. WithMe's forms are for a council in England: a
// date format asked for with the default locale is the UK one (dd/mm/yyyy). Formats asked for
// with a named locale are left alone.
function ukDatesByDefault() {
  const Native = Intl.DateTimeFormat;
  if (Native.withmeUk) {
    return;
  }
  const isDefault = locales => locales === undefined || locales === 'default'
    || (Array.isArray(locales) && (locales.length === 0 || locales[0] === 'default'));
  const Uk = function (locales, options) {
    return new Native(isDefault(locales) ? 'en-GB' : locales, options);
  };
  Uk.prototype = Native.prototype;
  Uk.supportedLocalesOf = Native.supportedLocalesOf.bind(Native);
  Uk.withmeUk = true;
  Intl.DateTimeFormat = Uk;
  window.withmeUkDates = new Intl.DateTimeFormat('default').formatToParts(new Date(Date.UTC(2020, 5, 5)))
    .map(p => p.type).filter(t => t !== 'literal').join('-') === 'day-month-year';
}

ukDatesByDefault();

// Due and follow-up dates in the task header: only people the engine lets change a task (UPDATE on
// the task, or UPDATE_TASK on its process definition: the staff who manage the work) are offered
// "Set due date" and "Set follow up"; for everyone else (a young person on their own task, a
// candidate who does not manage the work) the server refuses the change, so the header shows the
// dates without the links. The engine's own check (`/authorization/check`) decides; this only
// spares people a button that fails.
function engineApi() {
  const base = document.querySelector('base');
  const root = (base && base.getAttribute('engine-api')) || '/camunda/api/engine/';
  const engine = (location.pathname.match(/\/tasklist\/([^/]+)\//) || [null, 'default'])[1];
  return root + 'engine/' + engine;
}

async function authorized(permission, resourceName, resourceType, resourceId) {
  const query = new URLSearchParams({ permissionName: permission, resourceName, resourceType, resourceId });
  const response = await fetch(engineApi() + '/authorization/check?' + query, { credentials: 'same-origin' });
  return response.ok && (await response.json()).authorized === true;
}

async function mayChangeDates(taskId) {
  const response = await fetch(engineApi() + '/task/' + encodeURIComponent(taskId), { credentials: 'same-origin' });
  if (!response.ok) {
    return false;
  }
  const task = await response.json();
  if (await authorized('UPDATE', 'Task', 7, taskId)) {
    return true;
  }
  const key = (task.processDefinitionId || '').split(':')[0];
  return key !== '' && authorized('UPDATE_TASK', 'ProcessDefinition', 6, key);
}

function openTaskId() {
  const query = location.hash.indexOf('?') >= 0 ? location.hash.substring(location.hash.indexOf('?') + 1) : '';
  return new URLSearchParams(query).get('task');
}

function watchTaskDates() {
  const check = () => {
    const taskId = openTaskId();
    document.querySelectorAll('ul.meta.dates').forEach(dates => {
      if (!taskId || dates.dataset.withmeTask === taskId) {
        return;
      }
      dates.dataset.withmeTask = taskId;
      dates.classList.add('withme-dates-checking');
      mayChangeDates(taskId).catch(() => false).then(may => {
        if (dates.dataset.withmeTask !== taskId) {
          return;
        }
        dates.classList.remove('withme-dates-checking');
        dates.classList.toggle('withme-dates-read-only', !may);
        dates.querySelectorAll('[cam-widget-inline-field]').forEach(field => {
          field.setAttribute('tabindex', may ? '0' : '-1');
        });
      });
    });
  };
  new MutationObserver(check).observe(document.documentElement, { childList: true, subtree: true });
  window.addEventListener('hashchange', check);
  window.withmeChecksTaskDates = true;
}

watchTaskDates();

export default [];
