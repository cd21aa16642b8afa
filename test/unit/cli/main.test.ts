import assert from 'node:assert/strict';
import { test } from 'node:test';
import { version } from '../../../package.json';
import { main } from '../../../server/src/cli/main';
import { MemoryHost } from '../../../server/src/workspace/memoryHost';

const CATALOG = JSON.stringify({
  errors: { FORBIDDEN: { status: 403, title: 'Forbidden' }, NOT_FOUND: { status: 404, title: 'Not found' } },
});

const route = (status: number, code: string) =>
  `export const handler = (res: any) => res.status(${status}).json({ error: { code: '${code}' } });\n`;

const WORKSPACE = {
  '/ws/.git/HEAD': '',
  '/ws/.gitignore': 'tmp/\n',
  '/ws/error-catalog.json': CATALOG,
  '/ws/src/a.ts': route(404, 'FORBIDDEN'),
  '/ws/src/b.ts': route(403, 'FORBIDEN'),
  '/ws/src/ok.ts': route(404, 'NOT_FOUND'),
  '/ws/tmp/scratch.ts': route(500, 'NOPE'),
  '/ws/node_modules/lib/index.js': route(500, 'NOPE'),
  '/ws/dist/bundle.js': route(500, 'NOPE'),
  '/ws/build/x.js': route(500, 'NOPE'),
  '/ws/out/x.js': route(500, 'NOPE'),
  '/ws/coverage/x.js': route(500, 'NOPE'),
  '/ws/other/error-catalog.json': '{ "errors": { "LOCAL": { "status": 400 } } }',
  '/ws/other/c.ts': route(400, 'LOCAL'),
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

async function run(
  argv: string[],
  files: Record<string, string> = WORKSPACE,
  cwd = '/ws',
  terminal: { isTTY: boolean; env: Record<string, string> } = { isTTY: false, env: {} },
): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: terminal.isTTY },
    stderr: { write: (text: string) => (stderr += text), isTTY: false },
    cwd,
    env: terminal.env,
  };
  const code = await main(argv, io, new MemoryHost(files));
  return { code, stdout, stderr };
}

/** What governs `src/`: the root's catalog. */
const ROOT_CATALOG = 'Catalogs: error-catalog.json (json, 2 codes).';

const MISMATCH = `src/a.ts:1:49  warning  'FORBIDDEN' is 403 Forbidden in the error catalog, but this response sends 404 Not Found.  status-mismatch`;
const UNKNOWN = `src/b.ts:1:77  warning  'FORBIDEN' is not in the error catalog. Did you mean 'FORBIDDEN'?  unknown-code`;

test('check skips ignored and build folders and uses each source its nearest catalog', async () => {
  assert.deepEqual(await run(['check']), {
    code: 0,
    stdout: [
      MISMATCH,
      UNKNOWN,
      '2 problems (0 errors, 2 warnings) in 6 files',
      'Catalogs: error-catalog.json (json, 2 codes), other/error-catalog.json (json, 1 code).',
      '',
    ].join('\n'),
    stderr: '',
  });
});

test('colour only on a terminal, and neither with --no-color nor with NO_COLOR set', async () => {
  const painted = await run(['check', 'src/ok.ts', 'src/b.ts'], WORKSPACE, '/ws', { isTTY: true, env: {} });
  assert.equal(
    painted.stdout,
    [
      `src/b.ts:1:77  \u001b[33mwarning\u001b[0m  'FORBIDEN' is not in the error catalog. Did you mean 'FORBIDDEN'?  \u001b[2munknown-code\u001b[0m`,
      '\u001b[33m1 problem (0 errors, 1 warning) in 3 files\u001b[0m',
      `\u001b[2m${ROOT_CATALOG}\u001b[0m`,
      '',
    ].join('\n'),
  );
  const plain = [UNKNOWN, '1 problem (0 errors, 1 warning) in 2 files', ROOT_CATALOG, ''].join('\n');
  const terminal = { isTTY: true, env: {} };
  assert.equal((await run(['check', 'src/b.ts', '--no-color'], WORKSPACE, '/ws', terminal)).stdout, plain);
  const noColor = { isTTY: true, env: { NO_COLOR: '1' } };
  assert.equal((await run(['check', 'src/b.ts'], WORKSPACE, '/ws', noColor)).stdout, plain);
});

test('--rule raises a rule to error, and an error finding exits 1', async () => {
  const result = await run(['check', '--rule', 'status-mismatch=error', 'src']);
  assert.equal(result.code, 1);
  assert.equal(
    result.stdout,
    [
      MISMATCH.replace('warning', 'error'),
      UNKNOWN,
      '2 problems (1 error, 1 warning) in 4 files',
      ROOT_CATALOG,
      '',
    ].join('\n'),
  );
});

test('--rule rule=ignore turns a rule off', async () => {
  const result = await run(['check', 'src', '--rule=unknown-code=off', '--rule=status-mismatch=ignore']);
  assert.deepEqual(result, {
    code: 0,
    stdout: `0 problems (0 errors, 0 warnings) in 4 files\n${ROOT_CATALOG}\n`,
    stderr: '',
  });
});

test('--quiet reports errors only, --max-warnings still counts every warning', async () => {
  assert.deepEqual(await run(['check', 'src', '--quiet']), {
    code: 0,
    stdout: `0 problems (0 errors, 0 warnings) in 4 files\n${ROOT_CATALOG}\n`,
    stderr: '',
  });
  assert.deepEqual(await run(['check', 'src', '--quiet', '--max-warnings', '1']), {
    code: 1,
    stdout: `0 problems (0 errors, 0 warnings) in 4 files\n${ROOT_CATALOG}\n2 warnings: more than --max-warnings 1 allows\n`,
    stderr: '',
  });
  assert.equal((await run(['check', 'src', '--max-warnings=2'])).code, 0);
});

test('in json mode the warning limit is reported on stderr, never in the report', async () => {
  const result = await run(['check', 'src', '--format', 'json', '--max-warnings', '0']);
  assert.equal(result.code, 1);
  assert.deepEqual(JSON.parse(result.stdout).summary, { problems: 2, errors: 0, warnings: 2, files: 4 });
  assert.equal(result.stderr, '2 warnings: more than --max-warnings 0 allows\n');
});

test('--catalog replaces discovery, in the order given', async () => {
  const result = await run(['check', 'other', '--catalog', 'error-catalog.json']);
  assert.equal(
    result.stdout,
    [
      `other/c.ts:1:77  warning  'LOCAL' is not in the error catalog.  unknown-code`,
      '1 problem (0 errors, 1 warning) in 2 files',
      ROOT_CATALOG,
      '',
    ].join('\n'),
  );
  const globbed = await run(['check', 'other', '--catalog', '**/error-catalog.json']);
  assert.equal(
    globbed.stdout,
    '0 problems (0 errors, 0 warnings) in 3 files\n' +
      'Catalogs: error-catalog.json (json, 2 codes), other/error-catalog.json (json, 1 code).\n',
  );
});

test('usage and configuration errors exit 2 with a message on stderr only', async () => {
  const cases: Array<[string[], string]> = [
    [
      ['check', '--fromat', 'json'],
      `error-catalog check: unknown option '--fromat'\nRun 'error-catalog check --help' for usage.\n`,
    ],
    [
      ['check', '--format', 'xml'],
      `error-catalog check: option '--format' takes text, json or sarif, not 'xml'\nRun 'error-catalog check --help' for usage.\n`,
    ],
    [
      ['check', '--max-warnings', 'many'],
      `error-catalog check: --max-warnings takes a whole number, not 'many'\nRun 'error-catalog check --help' for usage.\n`,
    ],
    [
      ['check', '--rule', 'typo=error'],
      `error-catalog check: --rule 'typo=error': unknown rule 'typo' (rules: unknown-code, status-mismatch, deprecated-code, undocumented-status, undocumented-response, undocumented-route, analysis-failed, unused-code)\nRun 'error-catalog check --help' for usage.\n`,
    ],
    [
      ['check', '--rule', 'unknown-code=loud'],
      `error-catalog check: --rule 'unknown-code=loud': the severity is one of ignore, info, warning, error\nRun 'error-catalog check --help' for usage.\n`,
    ],
    [
      ['check', '--catalog', 'missing.json'],
      `error-catalog check: --catalog 'missing.json' matches no file\n`,
    ],
    [['check', '--catalog', 'docs/*.json'], `error-catalog check: --catalog 'docs/*.json' matches no file\n`],
    [['check', 'nowhere'], `error-catalog check: 'nowhere' does not exist\n`],
    [
      ['frobnicate'],
      `error-catalog: unknown command 'frobnicate'\nRun 'error-catalog --help' for the commands.\n`,
    ],
    [
      ['--frobnicate'],
      `error-catalog: unknown option '--frobnicate'\nRun 'error-catalog --help' for the commands.\n`,
    ],
  ];
  for (const [argv, stderr] of cases) {
    assert.deepEqual(await run(argv), { code: 2, stdout: '', stderr }, argv.join(' '));
  }
});

test('a catalog that does not parse stops the run with exit 2 and its problems on stderr', async () => {
  const result = await run(['check', '--format', 'sarif'], {
    ...WORKSPACE,
    '/ws/error-catalog.json': '{ "errors": ',
  });
  assert.deepEqual(result, {
    code: 2,
    stdout: '',
    stderr: [
      'error-catalog check: cannot read the catalog error-catalog.json',
      'error-catalog.json:1:13  error  A value is expected here: the catalog is not valid JSON.  malformed-json',
      'error-catalog.json:1:13  error  A closing brace `}` is expected here: the catalog is not valid JSON.  malformed-json',
      '',
    ].join('\n'),
  });
});

test('a workspace without a catalog says so; codes defined in source act as one, and the report says that too', async () => {
  const nothing = 'No error catalog governs these files: no code was checked against one.';
  const result = await run(['check'], { '/bare/a.ts': route(404, 'ANY') }, '/bare');
  assert.deepEqual(result, {
    code: 0,
    stdout: `0 problems (0 errors, 0 warnings) in 1 file\n${nothing}\n`,
    stderr: '',
  });
  // The machine formats keep stdout for the report: the sentence goes to stderr as well.
  const json = await run(['check', '--format', 'json'], { '/bare/a.ts': route(404, 'ANY') }, '/bare');
  assert.equal(json.stderr, `error-catalog check: ${nothing}\n`);
  assert.deepEqual(JSON.parse(json.stdout).catalogs, {
    files: [],
    sourceCodes: 0,
    standards: [],
    summary: nothing,
  });
  const defined = await run(
    ['check'],
    {
      '/bare/a.ts': route(404, 'ANY'),
      '/bare/errors.ts': `import { createError } from '@fastify/error';\nexport const Gone = createError('GONE', 'Gone.', 410);\n`,
    },
    '/bare',
  );
  assert.deepEqual(defined, {
    code: 0,
    stdout: [
      `a.ts:1:77  warning  'ANY' is not in the error catalog.  unknown-code`,
      '1 problem (0 errors, 1 warning) in 2 files',
      'No catalog file governs these files: the 1 code defined in source (code enums, createError(...) calls, code-to-status maps) act as the catalog.',
      '',
    ].join('\n'),
    stderr: '',
  });
});

test('--version, --help, help <command>, and no command at all', async () => {
  assert.deepEqual(await run(['--version']), { code: 0, stdout: `${version}\n`, stderr: '' });
  const help = await run(['--help']);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: error-catalog <command> \[options\]\n/);
  for (const command of ['check', 'list', 'import']) {
    const own = await run([command, '--help']);
    assert.equal(own.code, 0);
    assert.ok(own.stdout.startsWith(`Usage: error-catalog ${command} `), own.stdout);
    assert.deepEqual(await run(['help', command]), own);
  }
  const bare = await run([]);
  assert.deepEqual(bare, { code: 2, stdout: '', stderr: help.stdout });
});

test('list --unused counts uses across the workspace as unused-code does, tests apart', async () => {
  const files = {
    ...WORKSPACE,
    '/ws/src/ok.ts': 'export {};\n',
    '/ws/test/users.test.ts': "expect(body.error.code).toBe('NOT_FOUND');\n",
  };
  // Whatever the paths, a use anywhere in the workspace counts: `other` uses no catalog code itself.
  const result = await run(['list', 'other', '--unused', '--format', 'json'], files);
  assert.equal(result.code, 0);
  assert.deepEqual(
    JSON.parse(result.stdout).codes.map((code: { code: string; uses: number; testFiles: number }) => [
      code.code,
      code.uses,
      code.testFiles,
    ]),
    [['NOT_FOUND', 0, 1]],
  );
  assert.deepEqual(await run(['list', '--unused'], files), {
    code: 0,
    stdout: [
      'CODE       STATUS  TITLE      DEFINED AT            TESTS',
      'NOT_FOUND  404     Not found  error-catalog.json:1  used only in tests (1 file)',
      '1 of 3 codes unused (1 used only in tests)',
      '',
    ].join('\n'),
    stderr: '',
  });
  assert.deepEqual(await run(['list', '--unused']), { code: 0, stdout: '0 of 3 codes unused\n', stderr: '' });
});

test('list shows the codes that sources define with createError after the catalog files', async () => {
  const result = await run(['list', 'src'], {
    ...WORKSPACE,
    '/ws/src/errors.ts': `import { createError } from '@directus/errors';\nexport const LockedError = createError('LOCKED', 'The item is locked.', 423);\n`,
  });
  assert.deepEqual(result, {
    code: 0,
    stdout: [
      'CODE       STATUS  TITLE      DEFINED AT',
      'FORBIDDEN  403     Forbidden  error-catalog.json:1',
      'NOT_FOUND  404     Not found  error-catalog.json:1',
      'LOCKED     423                src/errors.ts:2',
      '3 codes',
      '',
    ].join('\n'),
    stderr: '',
  });
});
