import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseArguments, UsageError, type OptionSpec } from '../../../server/src/cli/args';

const SPECS: Record<string, OptionSpec> = {
  format: { type: 'string', choices: ['text', 'json', 'sarif'] },
  rule: { type: 'string', multiple: true },
  quiet: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
};

test('options, values in both spellings, repeats and positionals are read in order', () => {
  assert.deepEqual(
    parseArguments(
      ['src', '--format', 'json', '--rule=a=error', '--rule', 'b=off', '-h', 'lib', '--quiet'],
      SPECS,
    ),
    {
      values: { format: 'json', rule: ['a=error', 'b=off'], help: true, quiet: true },
      positionals: ['src', 'lib'],
    },
  );
});

test('-- ends the options, and a lone - is a positional', () => {
  assert.deepEqual(parseArguments(['-', '--', '--quiet', '-h'], SPECS), {
    values: {},
    positionals: ['-', '--quiet', '-h'],
  });
});

test('each mistake is a UsageError that names the option', () => {
  const cases: Array<[string[], string]> = [
    [['--fromat', 'json'], `unknown option '--fromat'`],
    [['-x'], `unknown option '-x'`],
    [['--format'], `option '--format' needs a value`],
    [['--format', 'xml'], `option '--format' takes text, json or sarif, not 'xml'`],
    [['--format=json', '--format=text'], `option '--format' is given more than once`],
    [['--quiet=yes'], `option '--quiet' takes no value`],
  ];
  for (const [argv, message] of cases) {
    assert.throws(
      () => parseArguments(argv, SPECS),
      (error: unknown) => {
        assert.ok(error instanceof UsageError);
        assert.equal(error.message, message);
        return true;
      },
    );
  }
});
