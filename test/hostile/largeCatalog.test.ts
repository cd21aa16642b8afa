import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonEntry } from '../helpers/catalogEntries';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeSource } from '../../server/src/analysis/analyzeSource';
import { Catalog } from '../../server/src/catalog/catalog';
import type { CatalogEntry } from '../../server/src/catalog/types';
import { MAX_CODE_ITEMS } from '../../server/src/service/completion/codeCompletion';
import type { ServiceContext } from '../../server/src/service/context';
import { getLanguageService } from '../../server/src/service/languageService';
import { DEFAULT_SETTINGS } from '../../server/src/service/settings';
import { nearestCodes, suggestCodes } from '../../server/src/service/suggestions';

const RESOURCES = ['ORDER', 'PAYMENT', 'INVOICE', 'CUSTOMER', 'PRODUCT', 'CART', 'SHIPMENT', 'REFUND'];
const MORE = ['COUPON', 'PLAN', 'ACCOUNT', 'USER', 'TEAM', 'PROJECT', 'WEBHOOK', 'API_KEY', 'SESSION'];
const PROBLEMS: Array<[string, number]> = [
  ['NOT_FOUND', 404],
  ['FORBIDDEN', 403],
  ['ALREADY_EXISTS', 409],
  ['INVALID', 422],
  ['LIMIT_EXCEEDED', 429],
];

/** 50,000 codes such as `ORDER_PAYMENT_NOT_FOUND` and `ORDER_PAYMENT_NOT_FOUND_V3`, many close to others. */
function largeCatalog(): Catalog {
  const words = [...RESOURCES, ...MORE];
  const entries: CatalogEntry[] = [];
  for (let version = 0; entries.length < 50_000; version++) {
    for (const a of words) {
      for (const b of words) {
        for (const [problem, status] of PROBLEMS) {
          if (a === b || entries.length === 50_000) continue;
          const code = version === 0 ? `${a}_${b}_${problem}` : `${a}_${b}_${problem}_V${version}`;
          entries.push({
            ...jsonEntry(code, [status], 'file:///ws/error-catalog.json'),
            description: `${a} ${b} ${problem}`,
          });
        }
      }
    }
  }
  return Catalog.from([
    { uri: 'file:///ws/error-catalog.json', result: { entries, problems: [], kind: 'codes', parsed: true } },
  ]);
}

const catalog = largeCatalog();

/** The engine over that one catalog and the documents it is given. */
const service = getLanguageService({
  catalogFor: () => catalog,
  analyze: (document) =>
    analyzeSource(
      { uri: document.uri, version: document.version, text: document.getText() },
      catalog.extensions,
    ),
  usages: () => [],
  workspaceModels: () => [],
  catalogUris: () => ['file:///ws/error-catalog.json'],
  catalogText: () => undefined,
} satisfies ServiceContext);

const route = (code: string, status = 404) =>
  `export const h = (res: any) => res.status(${status}).json({ error: { code: '${code}' } });\n`;

test('a catalog of 50,000 codes: did-you-mean gives what measuring every code gives', () => {
  assert.equal(catalog.entries().length, 50_000);
  const cases: Array<[string, number | undefined, string[]]> = [
    [
      'ORDER_PAYMENT_NOT_FOUNDX',
      404,
      ['ORDER_PAYMENT_NOT_FOUND', 'ORDER_PAYMENT_NOT_FOUND_V1', 'ORDER_PAYMENT_NOT_FOUND_V2'],
    ],
    // Ties at distance 1 (V1, V13, V23, V30-V36...): the order of the codes decides.
    [
      'CART_REFUNR_LIMIT_EXCEEDED_V3',
      429,
      ['CART_REFUND_LIMIT_EXCEEDED_V3', 'CART_REFUND_LIMIT_EXCEEDED_V1', 'CART_REFUND_LIMIT_EXCEEDED_V13'],
    ],
    // Case ignored; the other resources at distance 3 before the versions at 4.
    ['user_team_forbiden', 403, ['USER_TEAM_FORBIDDEN', 'ORDER_TEAM_FORBIDDEN', 'USER_PLAN_FORBIDDEN']],
    ['PLAN_USR_INVALID_V9', 422, ['PLAN_USER_INVALID_V9', 'PLAN_USER_INVALID_V1', 'PLAN_USER_INVALID_V19']],
    ['FOUND_NOT_PAYMENT_ORDER', undefined, []],
    ['ORDR', 404, []],
  ];
  const entries = catalog.entries();
  for (const [code, status, expected] of cases) {
    assert.deepEqual(suggestCodes(catalog, code, status), expected, code);
    assert.deepEqual(nearestCodes(code, entries, status), expected, `${code}, every entry measured`);
  }
  const document = TextDocument.create(
    'file:///ws/src/a.ts',
    'typescript',
    1,
    route('ORDER_PAYMENT_NOT_FOUNDX') + route('CART_REFUNR_LIMIT_EXCEEDED_V3', 429),
  );
  assert.deepEqual(
    service.doValidation(document, DEFAULT_SETTINGS).map((d) => d.message),
    [
      `'ORDER_PAYMENT_NOT_FOUNDX' is not in the error catalog. Did you mean 'ORDER_PAYMENT_NOT_FOUND', 'ORDER_PAYMENT_NOT_FOUND_V1', 'ORDER_PAYMENT_NOT_FOUND_V2'?`,
      `'CART_REFUNR_LIMIT_EXCEEDED_V3' is not in the error catalog. Did you mean 'CART_REFUND_LIMIT_EXCEEDED_V3', 'CART_REFUND_LIMIT_EXCEEDED_V1', 'CART_REFUND_LIMIT_EXCEEDED_V13'?`,
    ],
  );
});

/** Completion with the cursor after `typed` in a code string. */
function completeAfter(typed: string, status = 404) {
  const text = route(typed, status);
  const document = TextDocument.create('file:///ws/src/b.ts', 'typescript', 1, text);
  const cursor = text.indexOf(`'${typed}'`) + 1 + typed.length;
  return service.doComplete(document, document.positionAt(cursor));
}

test('a catalog of 50,000 codes completes the best matches of what is typed, and says the list is incomplete', () => {
  // Nothing typed: the codes in their order, those of the status sent first.
  const all = completeAfter('');
  assert.equal(all.isIncomplete, true);
  assert.equal(all.items.length, MAX_CODE_ITEMS);
  assert.deepEqual(
    all.items.slice(0, 3).map((item) => item.label),
    ['ACCOUNT_API_KEY_NOT_FOUND', 'ACCOUNT_API_KEY_NOT_FOUND_V1', 'ACCOUNT_API_KEY_NOT_FOUND_V10'],
  );
  assert.ok(all.items.every((item) => item.sortText!.startsWith('0')));

  // A prefix: codes that start with it first; the items are shaped as for any catalog.
  const typed = completeAfter('order_pa', 403);
  assert.equal(typed.isIncomplete, true);
  assert.equal(typed.items.length, MAX_CODE_ITEMS);
  assert.deepEqual(typed.items[0], {
    label: 'ORDER_PAYMENT_FORBIDDEN',
    kind: 21,
    detail: '403 Forbidden',
    documentation: { kind: 'markdown', value: 'ORDER PAYMENT FORBIDDEN' },
    sortText: '0ORDER_PAYMENT_FORBIDDEN',
    filterText: 'ORDER_PAYMENT_FORBIDDEN',
    textEdit: {
      range: { start: { line: 0, character: 70 }, end: { line: 0, character: 78 } },
      newText: 'ORDER_PAYMENT_FORBIDDEN',
    },
    tags: undefined,
  });
  assert.deepEqual(
    typed.items.slice(0, 4).map((item) => item.label),
    [
      'ORDER_PAYMENT_FORBIDDEN',
      'ORDER_PAYMENT_FORBIDDEN_V1',
      'ORDER_PAYMENT_FORBIDDEN_V10',
      'ORDER_PAYMENT_FORBIDDEN_V11',
    ],
  );
  // The 185 codes that start with what is typed come first, those of the status sent first among
  // them; then codes holding its letters in order (`ORDER_PLAN_...`).
  const starting = typed.items.filter((item) => item.label.startsWith('ORDER_PA'));
  assert.deepEqual(typed.items.slice(0, 185), starting);
  assert.deepEqual(
    starting.map((item) => item.sortText![0]),
    [...'0'.repeat(37), ...'1'.repeat(148)],
  );
  assert.equal(typed.items[185].label, 'ORDER_PLAN_FORBIDDEN');

  // Words of the code: the codes holding them at a word's start, then those holding their letters.
  const word = completeAfter('REFUND_LIMIT_EXCEEDED_V2', 429);
  assert.equal(word.isIncomplete, true);
  assert.equal(word.items.length, 416);
  assert.deepEqual(
    word.items.slice(0, 3).map((item) => item.label),
    [
      'ACCOUNT_REFUND_LIMIT_EXCEEDED_V2',
      'ACCOUNT_REFUND_LIMIT_EXCEEDED_V20',
      'ACCOUNT_REFUND_LIMIT_EXCEEDED_V21',
    ],
  );
  assert.equal(word.items.filter((item) => item.label.includes('_REFUND_LIMIT_EXCEEDED_V2')).length, 176);
  // Last, letters in order: `_V32` holds `V` and `2` in order.
  assert.equal(word.items.at(-1)!.label, 'WEBHOOK_REFUND_LIMIT_EXCEEDED_V32');
});

test('a catalog of up to 500 codes completes in full, as before; one more and the list is bounded', () => {
  const codes = (count: number) =>
    catalog
      .entries()
      .slice(0, count)
      .map((entry) => ({ ...entry }));
  for (const [count, incomplete, items] of [
    [MAX_CODE_ITEMS, false, MAX_CODE_ITEMS],
    // Only those matching what is typed: `ORDER_PAYMENT_NOT_FOUND`, then two holding its letters.
    [MAX_CODE_ITEMS + 1, true, 3],
  ] as const) {
    const small = Catalog.from([
      {
        uri: 'file:///ws/error-catalog.json',
        result: { entries: codes(count), problems: [], kind: 'codes', parsed: true },
      },
    ]);
    const smallService = getLanguageService({
      catalogFor: () => small,
      analyze: (document) =>
        analyzeSource(
          { uri: document.uri, version: document.version, text: document.getText() },
          small.extensions,
        ),
      usages: () => [],
      workspaceModels: () => [],
      catalogUris: () => [],
      catalogText: () => undefined,
    } satisfies ServiceContext);
    const text = route('ORDER_PAYMENT_N');
    const document = TextDocument.create('file:///ws/src/c.ts', 'typescript', 1, text);
    const list = smallService.doComplete(document, document.positionAt(text.indexOf('_N') + 2));
    assert.deepEqual([list.isIncomplete, list.items.length], [incomplete, items], `${count} codes`);
    assert.equal(list.items[0].label, 'ORDER_PAYMENT_NOT_FOUND');
  }
});
