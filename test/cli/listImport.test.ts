import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import { cli, FIXTURES, lines } from './runCli';

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
        testFiles: 0,
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
