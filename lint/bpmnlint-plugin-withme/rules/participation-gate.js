const { is } = require('bpmnlint-utils');
const { attr, inputParameters } = require('./camunda');

/**
 * A service task that calls the participation gate says which check it runs and where it
 * stands (input parameters gateKind and gatePoint), and is followed by a gateway on ${gatePassed}.
 * Apply the element template "Participation gate" to get this right.
 */
module.exports = function() {
  function check(node, reporter) {
    if (!is(node, 'bpmn:ServiceTask')) {
      return;
    }
    const expression = (attr(node, 'delegateExpression') || '').replace(/\s+/g, '');
    if (expression !== '${participationGate}') {
      return;
    }
    const params = inputParameters(node);
    for (const name of [ 'gateKind', 'gatePoint' ]) {
      if (!params[name]) {
        reporter.report(node.id, `Participation gate needs the input parameter ${name} (apply the element template)`);
      }
    }
    const outgoing = node.outgoing || [];
    if (outgoing.length !== 1 || !is(outgoing[0].targetRef, 'bpmn:ExclusiveGateway')) {
      reporter.report(node.id, 'Participation gate must be followed by one exclusive gateway on ${gatePassed}');
    }
  }
  return { check };
};
