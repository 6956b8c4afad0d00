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

export default [];
