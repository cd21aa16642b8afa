import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { STATUS_CARRIERS, type CarrierId } from '../../../server/src/analysis/carriers';
import { ENVELOPE_STYLES, type EnvelopeStyle } from '../../../server/src/analysis/envelopes';
import { reasonPhrase } from '../../../server/src/analysis/statusNames';
import { bodyFiller, renderEnvelopeBody } from '../../../server/src/service/completion/envelopeBody';
import { writeEnvelopeStatement } from '../../../server/src/service/completion/envelopeCompletion';
import {
  CARRIER_WRITERS,
  DEFAULT_THROW_FORM,
  STATEMENT_FORMS,
  statementForm,
  THROW_FORMS,
} from '../../../server/src/service/completion/forms';
import { expandSnippet } from '../../../server/src/service/completion/snippetText';

// Compile-time checks: `npm run typecheck` fails if either line compiles.
// @ts-expect-error: a carrier id that is no row of the table does not compile.
const misspelt: CarrierId = 'express-statuz';
// @ts-expect-error: a row that completion writes no statement through has no statement form.
const notAStatement = () => statementForm('koa-throw');
void [misspelt, notAStatement];

const IDS = STATUS_CARRIERS.map((row) => row.name);
/** Statuses every throw form has a name for (Boom, NestJS), so no form declines them. */
const STATUSES = [403, 404, 503];
const CODE = 'FORBIDDEN';
/** The styles a response body can take: every built-in one but the constructed `graphql`. */
const BODY_STYLES = ENVELOPE_STYLES.filter((style) => !style.root);

interface ReadBack {
  code: string;
  style: string;
  status: number | undefined;
  carrier: string | undefined;
}

function readBack(text: string, uri = 'file:///api/src/handler.ts'): ReadBack[] {
  return analyzeSource({ uri, version: 1, text }).references.map((reference) => ({
    code: reference.code,
    style: reference.style,
    status: reference.status?.value,
    carrier: reference.status?.carrier,
  }));
}

/** The code a style's body is written with: a status-only body's code is its status. */
function codeIn(style: EnvelopeStyle, status: number): string {
  return style.codeIs === 'status' ? String(status) : CODE;
}

/** What completion's envelope item writes for a style through a statement form, as plain text. */
function statementText(carrier: CarrierId, style: EnvelopeStyle, status: number): string {
  const form = STATEMENT_FORMS.find((candidate) => candidate.carrier === carrier)!;
  const values = {
    codes: [],
    code: codeIn(style, status),
    status,
    message: 'Not allowed.',
    title: reasonPhrase(status) ?? '',
  };
  const statement = expandSnippet(writeEnvelopeStatement(style, form, values, "'"));
  return `export async function handle(req, res, reply, c, ctx) {\n${statement}\n}\n`;
}

/** What completion's throw item writes through a throw form, as plain text; undefined if declined. */
function throwText(carrier: CarrierId, style: EnvelopeStyle, status: number): string | undefined {
  const form = THROW_FORMS.find((candidate) => candidate.carriers[0] === carrier)!;
  const body = () =>
    expandSnippet(
      renderEnvelopeBody(
        style,
        bodyFiller({ quote: "'", code: `'${CODE}'`, status: String(status), message: "'Not allowed.'" }),
      ),
    );
  const expression = form.write({
    code: `'${CODE}'`,
    status: String(status),
    statusValue: status,
    message: "'No.'",
    body,
  });
  return expression && `export function handle() {\n  throw ${expression};\n}\n`;
}

test('every built-in carrier row is written by completion, written by another row, or says why not', () => {
  assert.deepEqual(Object.keys(CARRIER_WRITERS).sort(), [...IDS].sort());
  const written = IDS.filter((id) => 'statement' in CARRIER_WRITERS[id] || 'throw' in CARRIER_WRITERS[id]);
  const by = IDS.filter((id) => 'writtenBy' in CARRIER_WRITERS[id]);
  const not = IDS.filter((id) => 'notWritten' in CARRIER_WRITERS[id]);
  assert.equal(written.length + by.length + not.length, IDS.length);
  // The inventory, so a change to it is a visible change to this test.
  assert.deepEqual(written, [
    'express-status',
    'fastify-code',
    'koa-status',
    'response-json',
    'hono-json',
    'http-errors',
    'boom',
    'nest-http-exception',
    'nest-exception',
  ]);
  assert.deepEqual(by, ['koa-body', 'http-errors-class']);
  assert.deepEqual(not, [
    'express-sendStatus',
    'express-statusCode',
    'koa-throw',
    'hono-response',
    'send-body',
    'web-response',
    'hono-http-exception',
  ]);
});

test('completion offers a form for every row it has a writer for', () => {
  for (const id of IDS) {
    const writer = CARRIER_WRITERS[id];
    assert.equal(
      STATEMENT_FORMS.some((form) => form.carrier === id),
      'statement' in writer,
      `${id}: statement form offered`,
    );
    assert.equal(
      THROW_FORMS.some((form) => form.carriers[0] === id),
      'throw' in writer,
      `${id}: throw form offered`,
    );
  }
  assert.equal(THROW_FORMS[0], DEFAULT_THROW_FORM);
  assert.equal(STATEMENT_FORMS[0].carrier, 'express-status');
});

test('each statement form, written in every envelope style, is read back as its carrier row', () => {
  const carriers = IDS.filter((id) => 'statement' in CARRIER_WRITERS[id]);
  assert.equal(carriers.length, 6);
  for (const carrier of carriers) {
    for (const style of BODY_STYLES) {
      for (const status of STATUSES) {
        const text = statementText(carrier, style, status);
        for (const uri of ['file:///api/src/handler.ts', 'file:///api/src/handler.js']) {
          assert.deepEqual(
            readBack(text, uri),
            [{ code: codeIn(style, status), style: style.name, status, carrier }],
            `${carrier}, ${style.name} in ${uri}:\n${text}`,
          );
        }
      }
    }
  }
});

test('each throw form, for every envelope style its body takes, is read back as its carrier row', () => {
  const carriers = IDS.filter((id) => 'throw' in CARRIER_WRITERS[id]);
  assert.equal(carriers.length, 4);
  for (const carrier of carriers) {
    for (const style of BODY_STYLES.filter((candidate) => candidate.codeIs === 'string')) {
      for (const status of STATUSES) {
        const text = throwText(carrier, style, status);
        assert.ok(text, `${carrier} writes ${status}`);
        const found = readBack(text);
        assert.equal(found.length, 1, `${carrier}, ${style.name}:\n${text}`);
        // A form that takes no body (`createError`, `Boom`) holds the code in its own row.
        const [{ code, status: read, carrier: row }] = found;
        assert.deepEqual({ code, status: read, carrier: row }, { code: CODE, status, carrier }, text);
      }
    }
  }
});

test('a throw form declines a status its callee has no name for, and the default form writes it', () => {
  const style = ENVELOPE_STYLES.find((candidate) => candidate.name === 'flat')!;
  assert.equal(throwText('boom', style, 421), undefined);
  assert.equal(throwText('nest-exception', style, 429), undefined);
  for (const status of [421, 429]) {
    assert.deepEqual(readBack(throwText('http-errors', style, status)!), [
      { code: CODE, style: 'http-errors', status, carrier: 'http-errors' },
    ]);
  }
});

test("a row written by another is selected by that row's form, whose output the round trip reads", () => {
  for (const id of IDS) {
    const writer = CARRIER_WRITERS[id];
    if (!('writtenBy' in writer)) continue;
    assert.ok(writer.reason.length > 0, id);
    const target: CarrierId = writer.writtenBy;
    assert.ok(
      'statement' in CARRIER_WRITERS[target] || 'throw' in CARRIER_WRITERS[target],
      `${id} -> ${target}`,
    );
    const selecting = [
      ...STATEMENT_FORMS.filter((form) => form.carrier === target).map((form) => form.alsoFor ?? []),
      ...THROW_FORMS.filter((form) => form.carriers[0] === target).map((form) => form.carriers),
    ];
    assert.ok(
      selecting.some((carriers) => carriers.includes(id)),
      `a project using ${id} gets ${target}'s form`,
    );
  }
});

test('the ctx.status form writes ctx.body too: a body that needs an error context gets it from koa-body', () => {
  const flat = ENVELOPE_STYLES.find((style) => style.name === 'flat')!;
  assert.equal(flat.needsErrorContext, true);
  const text = statementText('koa-status', flat, 404);
  assert.match(text, /\bctx\.body = \{/);
  assert.deepEqual(readBack(text), [{ code: CODE, style: 'flat', status: 404, carrier: 'koa-status' }]);
  // Without the assignment the same body is no error body.
  assert.deepEqual(readBack(text.replace('ctx.body = ', 'const unsent = ')), []);
});

test('a row completion does not write says why', () => {
  for (const id of IDS) {
    const writer = CARRIER_WRITERS[id];
    if (!('notWritten' in writer)) continue;
    assert.ok(writer.notWritten.length > 20, `${id}: ${writer.notWritten}`);
    assert.ok(!STATEMENT_FORMS.some((form) => form.carrier === id || form.alsoFor?.includes(id)), id);
    assert.ok(!THROW_FORMS.some((form) => form.carriers.includes(id)), id);
  }
});
