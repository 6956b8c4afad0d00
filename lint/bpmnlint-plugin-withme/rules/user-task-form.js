const { is } = require('bpmnlint-utils');
const { attr } = require('./camunda');

/**
 * Every user task shows a Camunda Form deployed with the model
 * (camunda:formRef with camunda:formRefBinding="deployment"), so a changed form never meets an
 * older model.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:UserTask')) {
      return;
    }
    if (!attr(node, 'formRef')) {
      reporter.report(node.id, 'User task needs a Camunda Form (camunda:formRef)');
    } else if (attr(node, 'formRefBinding') !== 'deployment') {
      reporter.report(node.id, 'User task form must be bound to its deployment (camunda:formRefBinding="deployment")');
    }
  }
  return { check };
};
