import Ajv from 'ajv';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');
const FIXTURES = join(ROOT, 'test/fixtures/cli');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a user would, in a fixture workspace, with no terminal attached. */
function cli(fixture: string, ...args: string[]): Run {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], {
    cwd: fixture.startsWith('/') ? fixture : join(FIXTURES, fixture),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined },
  });
  return { status, stdout, stderr };
}

const lines = (...text: string[]) => text.map((line) => `${line}\n`).join('');

before(() => {
  assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `npm run build` first');
});

test('the bundle starts with a shebang, so `npx error-catalog` runs it', () => {
  assert.ok(readFileSync(CLI, 'utf8').startsWith('#!/usr/bin/env node\n'));
});

test('clean: no problem, exit 0; the git-ignored generated/ folder is not checked', () => {
  assert.deepEqual(cli('clean', 'check'), {
    status: 0,
    stdout: '0 problems (0 errors, 0 warnings) in 3 files\n',
    stderr: '',
  });
});

const WARNING_LINES = [
  `src/projects.ts:5:23  warning  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.  status-mismatch`,
  `src/projects.ts:7:49  warning  'PROJECT_MISSING' is not in the error catalog.  unknown-code`,
];

test('warnings only: the findings and the summary, exit 0', () => {
  assert.deepEqual(cli('warnings', 'check'), {
    status: 0,
    stdout: lines(...WARNING_LINES, '2 problems (0 errors, 2 warnings) in 2 files'),
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
  });
});

test('--max-warnings fails a run with more warnings than it allows', () => {
  assert.deepEqual(cli('warnings', 'check', '--max-warnings', '1'), {
    status: 1,
    stdout: lines(
      ...WARNING_LINES,
      '2 problems (0 errors, 2 warnings) in 2 files',
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
    ),
    stderr: '',
  });
  assert.deepEqual(cli('warnings', 'check', '--rule', 'status-mismatch=error', '--quiet', '--no-color'), {
    status: 1,
    stdout: lines(
      WARNING_LINES[0].replace('  warning  ', '  error  '),
      '1 problem (1 error, 0 warnings) in 2 files',
    ),
    stderr: '',
  });
});

const ERROR_LINES = [
  'error-catalog.json:4:27  error  999 is not an HTTP status: a status is a whole number from 100 to 599.  status-out-of-range',
  `src/app.ts:4:21  warning  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 401 Unauthorized.  status-mismatch`,
];

test('errors: a finding at error severity exits 1', () => {
  assert.deepEqual(cli('errors', 'check'), {
    status: 1,
    stdout: lines(...ERROR_LINES, '2 problems (1 error, 1 warning) in 2 files'),
    stderr: '',
  });
  const json = cli('errors', 'check', '--format=json');
  assert.equal(json.status, 1);
  assert.deepEqual(JSON.parse(json.stdout).summary, { problems: 2, errors: 1, warnings: 1, files: 2 });
});

test('errors as SARIF: valid against the SARIF 2.1.0 schema, with rules, levels and relative regions', () => {
  const run = cli('errors', 'check', '--format', 'sarif');
  assert.equal(run.status, 1);
  assert.equal(run.stderr, '');
  const log = JSON.parse(run.stdout);
  const validate = sarifValidator();
  assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));

  const [sarifRun] = log.runs;
  assert.equal(sarifRun.tool.driver.name, 'error-catalog');
  assert.deepEqual(
    sarifRun.tool.driver.rules.map((rule: { id: string }) => rule.id),
    ['unknown-code', 'status-mismatch', 'status-out-of-range'],
  );
  assert.deepEqual(sarifRun.originalUriBaseIds, {
    '%SRCROOT%': { uri: pathToFileURL(join(FIXTURES, 'errors')).href + '/' },
  });
  assert.deepEqual(sarifRun.results, [
    {
      ruleId: 'status-out-of-range',
      ruleIndex: 2,
      level: 'error',
      message: { text: '999 is not an HTTP status: a status is a whole number from 100 to 599.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'error-catalog.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 27, endLine: 4, endColumn: 30 },
          },
        },
      ],
    },
    {
      ruleId: 'status-mismatch',
      ruleIndex: 1,
      level: 'warning',
      message: {
        text: `'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 401 Unauthorized.`,
      },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'src/app.ts', uriBaseId: '%SRCROOT%' },
            region: { startLine: 4, startColumn: 21, endLine: 4, endColumn: 24 },
          },
        },
      ],
    },
  ]);
});

test('a clean run is valid SARIF too, with no result', () => {
  const log = JSON.parse(cli('clean', 'check', '--format', 'sarif').stdout);
  const validate = sarifValidator();
  assert.equal(validate(log), true);
  assert.deepEqual(log.runs[0].results, []);
  // The validator is no rubber stamp: a level SARIF does not define is refused.
  log.runs[0].results.push({ message: { text: 'x' }, level: 'fatal' });
  assert.equal(validate(log), false);
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
    ),
    stderr: '',
  });
});

test('list: the merged catalog as a table, as Markdown, and the unused codes as JSON', () => {
  assert.deepEqual(cli('clean', 'list'), {
    status: 0,
    stdout: lines(
      'CODE                 STATUS    TITLE                DEFINED AT',
      'FORBIDDEN            403       Forbidden            error-catalog.json:4',
      'USER_NOT_FOUND       404       User not found       error-catalog.json:9',
      'SERVICE_UNAVAILABLE  502, 503  Service unavailable  error-catalog.json:14',
      '3 codes',
    ),
    stderr: '',
  });
  assert.deepEqual(cli('clean', 'list', '--format', 'markdown'), {
    status: 0,
    stdout: lines(
      '| Code | Status | Title | Description |',
      '| --- | --- | --- | --- |',
      '| `FORBIDDEN` | 403 Forbidden | Forbidden | You are not allowed to do the current action. |',
      '| `USER_NOT_FOUND` | 404 Not Found | User not found | No user has the requested id. |',
      '| `SERVICE_UNAVAILABLE` | 502 Bad Gateway, 503 Service Unavailable | Service unavailable | Could not use an external service. |',
    ),
    stderr: '',
  });
  assert.deepEqual(cli('clean', 'list', '--unused'), {
    status: 0,
    stdout: '0 of 3 codes unused\n',
    stderr: '',
  });
  const unused = cli('warnings', 'list', '--unused', '--format', 'json');
  assert.equal(unused.status, 0);
  assert.deepEqual(JSON.parse(unused.stdout), {
    codes: [
      {
        code: 'PROJECT_NOT_FOUND',
        statuses: [404],
        title: 'Project not found',
        aliases: [],
        definedAt: { path: 'error-catalog.json', line: 4 },
        uses: 0,
      },
    ],
  });
});

test('list --by-status groups the codes under each status', () => {
  assert.deepEqual(cli('clean', 'list', '--by-status'), {
    status: 0,
    stdout: lines(
      '403 Forbidden',
      '  FORBIDDEN            Forbidden            error-catalog.json:4',
      '404 Not Found',
      '  USER_NOT_FOUND       User not found       error-catalog.json:9',
      '502 Bad Gateway',
      '  SERVICE_UNAVAILABLE  Service unavailable  error-catalog.json:14',
      '503 Service Unavailable',
      '  SERVICE_UNAVAILABLE  Service unavailable  error-catalog.json:14',
      '3 codes',
    ),
    stderr: '',
  });
});

const IMPORT_REPORT = [
  'Found 3 codes in payments-errors.txt:',
  '  CARD_DECLINED     402        Payment Required',
  '  ALREADY_CAPTURED  409        Conflict',
  '  LIMIT_REACHED     no status',
  'Could not place 4 passages under a code:',
  '  Payments API errors',
  '  Every error response holds a code and a message.',
  '  Account limits',
  '  Some accounts have a monthly limit.',
];

const IMPORTED = {
  errors: {
    CARD_DECLINED: {
      status: 402,
      title: 'Payment Required',
      description: 'The card was declined by the issuer.\n\nAction: Ask the customer for another card.',
      message: 'Your card was declined.',
    },
    ALREADY_CAPTURED: {
      status: 409,
      title: 'Conflict',
      description: 'The payment was captured before.',
      message: 'This payment was already captured.',
    },
    LIMIT_REACHED: { message: 'The monthly limit is reached.' },
  },
};

test('import without --out: the catalog on stdout, the report on stderr', () => {
  const run = cli('import', 'import', 'payments-errors.txt');
  assert.equal(run.status, 0);
  assert.equal(run.stderr, lines(...IMPORT_REPORT));
  assert.deepEqual(JSON.parse(run.stdout), IMPORTED);
});

let scratch: string;
before(() => {
  scratch = mkdtempSync(join(tmpdir(), 'error-catalog-cli-'));
});
after(() => {
  rmSync(scratch, { recursive: true, force: true });
});

test('import --out writes the file, and never overwrites one without --force', () => {
  const document = join(FIXTURES, 'import/payments-errors.txt');
  const written = cli(scratch, 'import', document, '--out', 'error-catalog.json');
  assert.deepEqual(written, {
    status: 0,
    stdout: lines(
      IMPORT_REPORT[0].replace('payments-errors.txt', relative(scratch, document)),
      ...IMPORT_REPORT.slice(1),
      'Wrote error-catalog.json: review it before you use it.',
    ),
    stderr: '',
  });
  assert.deepEqual(JSON.parse(readFileSync(join(scratch, 'error-catalog.json'), 'utf8')), IMPORTED);

  writeFileSync(join(scratch, 'error-catalog.json'), '{ "errors": {} }\n');
  assert.deepEqual(cli(scratch, 'import', document, '--out', 'error-catalog.json'), {
    status: 2,
    stdout: '',
    stderr: `error-catalog import: 'error-catalog.json' exists; add --force to overwrite it\n`,
  });
  assert.equal(readFileSync(join(scratch, 'error-catalog.json'), 'utf8'), '{ "errors": {} }\n');

  assert.equal(cli(scratch, 'import', document, '--out', 'error-catalog.json', '--force').status, 0);
  assert.deepEqual(JSON.parse(readFileSync(join(scratch, 'error-catalog.json'), 'utf8')), IMPORTED);
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

/** Compiles the SARIF 2.1.0 schema kept as a fixture. */
function sarifValidator() {
  const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif-schema-2.1.0.json'), 'utf8'));
  // The schema is written for JSON Schema draft-04; of that draft it uses only `id` (draft-07's
  // `$id`) and no boolean exclusiveMinimum/Maximum, so it means the same under ajv's draft-07.
  assert.ok(!JSON.stringify(schema).includes('exclusiveM'));
  const { id, ...rest } = schema;
  delete rest.$schema;
  // unicodeRegExp off: the schema's language-tag pattern is only valid as a non-unicode ECMAScript regex.
  const ajv = new Ajv({ allErrors: true, strict: false, validateSchema: false, unicodeRegExp: false });
  ajv.addFormat('uri', (value: string) => URL.canParse(value));
  ajv.addFormat('uri-reference', (value: string) => URL.canParse(value, 'file:///base/'));
  ajv.addFormat('date-time', (value: string) => !Number.isNaN(Date.parse(value)));
  return ajv.compile({ $id: id, ...rest });
}
