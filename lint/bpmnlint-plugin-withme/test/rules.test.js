// node --test: WithMe's bpmnlint rules find what they should, and nothing else.
const { test } = require('node:test');
const assert = require('node:assert');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

function lint(fixture) {
  const bin = require.resolve('bpmnlint/bin/bpmnlint.js');
  const result = spawnSync(process.execPath, [ bin, '--config', path.join(__dirname, '.bpmnlintrc'),
    path.join(__dirname, 'fixtures', fixture) ], { encoding: 'utf8' });
  return { code: result.status, out: result.stdout + result.stderr };
}

test('a configured gate followed by its gateway is clean', () => {
  const { code, out } = lint('gate-configured.bpmn');
  assert.strictEqual(code, 0, out);
});

test('a gate without gatePoint is reported', () => {
  const { code, out } = lint('gate-without-point.bpmn');
  assert.notStrictEqual(code, 0);
  assert.match(out, /Gate.*needs the input parameter gatePoint.*withme\/participation-gate/);
});

test('a gate not followed by an exclusive gateway is reported', () => {
  const { code, out } = lint('gate-without-gateway.bpmn');
  assert.notStrictEqual(code, 0);
  assert.match(out, /must be followed by one exclusive gateway/);
});

test('a user task form bound to latest is reported', () => {
  const { code, out } = lint('form-bound-to-latest.bpmn');
  assert.notStrictEqual(code, 0);
  assert.match(out, /Evidence.*bound to its deployment.*withme\/user-task-form/);
});
