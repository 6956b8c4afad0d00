// WithMe's bpmnlint rules, enabled in .bpmnlintrc with "plugin:withme/recommended".
module.exports = {
  configs: {
    recommended: {
      rules: {
        'participation-gate': 'error',
        'user-task-form': 'error'
      }
    }
  }
};
