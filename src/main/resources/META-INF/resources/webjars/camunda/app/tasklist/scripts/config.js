// WithMe's Tasklist configuration (replaces the webjar's scripts/config.js; keys as documented in
// the Camunda 7 manual, "Tasklist > Configuration"). docs/tasklist.md explains each setting.
export default {
  app: {
    name: 'Tasklist',
    vendor: 'WithMe'
  },
  // UK dates everywhere the Tasklist formats one itself (moment.js formats)
  dateFormat: {
    monthName: 'MMMM',
    day: 'D',
    abbr: 'D MMM YYYY, HH:mm',
    normal: 'DD/MM/YYYY HH:mm',
    long: 'dddd D MMMM YYYY, HH:mm',
    short: 'DD/MM/YYYY'
  },
  locales: {
    availableLocales: ['en'],
    fallbackLocale: 'en'
  },
  // WithMe's fixes for Camunda Forms in the Tasklist: scripts/withme-forms.js
  customScripts: ['scripts/withme-forms'],
  disableWelcomeMessage: true,

  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'opens the start process modal dialog'
    }
  }
};
