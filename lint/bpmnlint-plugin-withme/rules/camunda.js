// Reads camunda: attributes and extension elements whether or not the camunda moddle is loaded.

function attr(node, name) {
  const value = node.get ? node.get('camunda:' + name) : undefined;
  if (value !== undefined) {
    return value;
  }
  return node.$attrs && node.$attrs['camunda:' + name];
}

function localName(type) {
  return (type || '').split(':').pop().toLowerCase();
}

function inputParameters(node) {
  const params = {};
  const values = (node.extensionElements && node.extensionElements.values) || [];
  for (const ext of values) {
    if (localName(ext.$type) !== 'inputoutput') {
      continue;
    }
    const children = ext.inputParameters || ext.$children || [];
    for (const param of children) {
      if (localName(param.$type) === 'inputparameter') {
        params[param.name || (param.$attrs && param.$attrs.name)] = (param.value || param.$body || '').trim();
      }
    }
  }
  return params;
}

module.exports = { attr, inputParameters };
