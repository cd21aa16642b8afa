import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CLI, cli, ERROR_LINES, lines, ROOT } from './runCli';

test('the bundle starts with a shebang, so `npx error-catalog` runs it', () => {
  assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
});

test('clean: no problem, exit 0; the git-ignored generated/ folder is not checked', () => {
  assert.deepEqual(cli('clean', 'check'), {
    status: 0,
    stdout: lines(
      '0 problems (0 errors, 0 warnings) in 3 files',
      'Catalogs: error-catalog.json (json, 3 codes).',
    ),
    stderr: '',
  });
});

const WARNING_LINES = [
  `src/projects.ts:5:23  warning  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.  status-mismatch`,
  `src/projects.ts:7:49  warning  'PROJECT_MISSING' is not in the error catalog.  unknown-code`,
];

/** The last line of a text report on the `warnings` and `errors` fixtures: what governed. */
const WARNINGS_CATALOG = 'Catalogs: error-catalog.json (json, 2 codes).';

test('warnings only: the findings and the summary, exit 0', () => {
  assert.deepEqual(cli('warnings', 'check'), {
    status: 0,
    stdout: lines(...WARNING_LINES, '2 problems (0 errors, 2 warnings) in 2 files', WARNINGS_CATALOG),
    stderr: '',
  });
});

test('warnings only, as JSON: nothing but the report on stdout', () => {
  const run = cli('warnings', 'check', '--format', 'json');
  assert.equal(run.status, 0);
  assert.equal(run.stderr, '');
  assert.deepEqual(JSON.parse(run.stdout), {
    findings: [
      {
        path: 'src/projects.ts',
        line: 5,
        column: 23,
        endLine: 5,
        endColumn: 26,
        severity: 'warning',
        rule: 'status-mismatch',
        message: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.`,
      },
      {
        path: 'src/projects.ts',
        line: 7,
        column: 49,
        endLine: 7,
        endColumn: 64,
        severity: 'warning',
        rule: 'unknown-code',
        message: `'PROJECT_MISSING' is not in the error catalog.`,
      },
    ],
    summary: { problems: 2, errors: 0, warnings: 2, files: 2 },
    catalogs: {
      files: [{ path: 'error-catalog.json', format: 'json', kind: 'codes', codes: 2 }],
      sourceCodes: 0,
      standards: [],
      summary: WARNINGS_CATALOG,
    },
  });
});

test('--max-warnings fails a run with more warnings than it allows', () => {
  assert.deepEqual(cli('warnings', 'check', '--max-warnings', '1'), {
    status: 1,
    stdout: lines(
      ...WARNING_LINES,
      '2 problems (0 errors, 2 warnings) in 2 files',
      WARNINGS_CATALOG,
      '2 warnings: more than --max-warnings 1 allows',
    ),
    stderr: '',
  });
  assert.equal(cli('warnings', 'check', '--max-warnings', '2').status, 0);
});

test('--rule raises a rule to error (exit 1), and --quiet then shows errors only', () => {
  assert.deepEqual(cli('warnings', 'check', '--rule', 'status-mismatch=error'), {
    status: 1,
    stdout: lines(
      WARNING_LINES[0].replace('  warning  ', '  error  '),
      WARNING_LINES[1],
      '2 problems (1 error, 1 warning) in 2 files',
      WARNINGS_CATALOG,
    ),
    stderr: '',
  });
  assert.deepEqual(cli('warnings', 'check', '--rule', 'status-mismatch=error', '--quiet', '--no-color'), {
    status: 1,
    stdout: lines(
      WARNING_LINES[0].replace('  warning  ', '  error  '),
      '1 problem (1 error, 0 warnings) in 2 files',
      WARNINGS_CATALOG,
    ),
    stderr: '',
  });
});

test('errors: a finding at error severity exits 1', () => {
  assert.deepEqual(cli('errors', 'check'), {
    status: 1,
    stdout: lines(...ERROR_LINES, '2 problems (1 error, 1 warning) in 2 files', WARNINGS_CATALOG),
    stderr: '',
  });
  const json = cli('errors', 'check', '--format=json');
  assert.equal(json.status, 1);
  assert.deepEqual(JSON.parse(json.stdout).summary, { problems: 2, errors: 1, warnings: 1, files: 2 });
});

test('a catalog that does not parse: exit 2, its problems on stderr, nothing on stdout', () => {
  const expected = {
    status: 2,
    stdout: '',
    stderr: lines(
      'error-catalog check: cannot read the catalog error-catalog.json',
      'error-catalog.json:3:35  error  A property name in double quotes is expected here: the catalog is not valid JSON.  malformed-json',
      'error-catalog.json:3:35  error  A value is expected here: the catalog is not valid JSON.  malformed-json',
      'error-catalog.json:5:1  error  A closing brace `}` is expected here: the catalog is not valid JSON.  malformed-json',
    ),
  };
  assert.deepEqual(cli('bad-catalog', 'check'), expected);
  assert.deepEqual(cli('bad-catalog', 'check', '--format', 'sarif'), expected);
});

test('a bad option, a bad value and a --catalog that matches nothing: exit 2 with a message', () => {
  assert.deepEqual(cli('clean', 'check', '--colour'), {
    status: 2,
    stdout: '',
    stderr: lines(
      `error-catalog check: unknown option '--colour'`,
      `Run 'error-catalog check --help' for usage.`,
    ),
  });
  assert.deepEqual(cli('clean', 'check', '--format', 'html'), {
    status: 2,
    stdout: '',
    stderr: lines(
      `error-catalog check: option '--format' takes text, json or sarif, not 'html'`,
      `Run 'error-catalog check --help' for usage.`,
    ),
  });
  assert.deepEqual(cli('clean', 'check', '--catalog', 'docs/*.errors.json'), {
    status: 2,
    stdout: '',
    stderr: `error-catalog check: --catalog 'docs/*.errors.json' matches no file\n`,
  });
});

test('--catalog names the catalog to use, from anywhere, in place of the one found', () => {
  assert.deepEqual(cli('warnings', 'check', 'src', '--catalog', '../errors/error-catalog.json'), {
    status: 1,
    stdout: lines(
      `../errors/${ERROR_LINES[0]}`,
      ...WARNING_LINES,
      '3 problems (1 error, 2 warnings) in 2 files',
      'Catalogs: ../errors/error-catalog.json (json, 2 codes).',
    ),
    stderr: '',
  });
});

test('--version prints the package version; --help the usage of the tool and of each command', () => {
  const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(cli('clean', '--version'), { status: 0, stdout: `${version}\n`, stderr: '' });
  const help = cli('clean', '--help');
  assert.equal(help.status, 0);
  assert.ok(help.stdout.startsWith('Usage: error-catalog <command> [options]\n'));
  for (const command of ['check', 'list', 'import']) {
    const own = cli('clean', command, '--help');
    assert.equal(own.status, 0);
    assert.ok(own.stdout.startsWith(`Usage: error-catalog ${command} `));
  }
});

test('a subfolder of a monorepo is checked against the catalog in the docs folder at its top, with its packages', () => {
  const mismatch = `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.  status-mismatch`;
  const drift = `'INVALID_PAYLOAD' is 400 Bad Request in the error catalog, but this definition gives it 409 Conflict.  status-mismatch`;
  const fromRoot = cli('monorepo', 'check', '.');
  assert.equal(
    fromRoot.stdout,
    lines(
      `apps/api/src/routes/items.ts:5:21  warning  ${mismatch}`,
      `packages/errors/src/errors.ts:5:90  warning  ${drift}`,
      '2 problems (0 errors, 2 warnings) in 5 files',
      'Catalogs: docs/errors.md (markdown, 2 codes).',
    ),
  );
  const fromSubfolder = cli('monorepo', 'check', 'apps/api/src');
  assert.equal(
    fromSubfolder.stdout,
    lines(
      `apps/api/src/routes/items.ts:5:21  warning  ${mismatch}`,
      '1 problem (0 errors, 1 warning) in 1 file',
      'Catalogs: docs/errors.md (markdown, 2 codes).',
    ),
  );
});

test('--rule unused-code=warning runs the catalog rule too; without it, check reports no catalog entry unused', () => {
  const unused = `error-catalog.json:4:6  warning  'PROJECT_NOT_FOUND' is not used anywhere in the workspace.  unused-code`;
  assert.deepEqual(cli('warnings', 'check', '--rule', 'unused-code=warning'), {
    status: 0,
    stdout: lines(unused, ...WARNING_LINES, '3 problems (0 errors, 3 warnings) in 2 files', WARNINGS_CATALOG),
    stderr: '',
  });
  assert.equal(cli('warnings', 'check').stdout.includes('unused-code'), false);
});
