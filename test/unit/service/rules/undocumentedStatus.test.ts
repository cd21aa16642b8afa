import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeSource } from '../../../../server/src/analysis/analyzeSource';
import { Catalog } from '../../../../server/src/catalog/catalog';
import type { CatalogLoadResult } from '../../../../server/src/catalog/types';
import { DEFAULT_SETTINGS } from '../../../../server/src/service/settings';
import { validateModel } from '../../../../server/src/service/validation';
import { parseMarkers } from '../../../helpers/markers';

const DOCS = 'file:///workspace/docs/errors.md';

/** A status-only catalog, as the Markdown loader reads seed 004: the statuses are the entries. */
function statusOnly(statuses: number[]): Catalog {
  const entries = statuses.map((status, line) => ({
    code: String(status),
    statuses: [status],
    aliases: [],
    source: {
      uri: DOCS,
      range: { start: { line, character: 2 }, end: { line, character: 5 } },
      format: 'markdown' as const,
    },
  }));
  const result: CatalogLoadResult = { entries, problems: [], kind: 'statuses', parsed: true };
  return Catalog.from([{ uri: DOCS, result }]);
}

test('a status-only catalog flags the error statuses it does not document, once per place', () => {
  const fixture = parseMarkers(
    [
      `app.get('/a', (req, res) => res.status(404).json({ type: 'about:blank', title: 'Not Found', status: 404 }));`,
      `app.get('/b', (req, res) => res.status([[418]]).send('teapot'));`,
      `app.get('/c', (req, res) => res.status(201).json({ id: 1 }));`,
      `app.get('/d', (c) => c.json({ type: 'about:blank', title: 'Locked', status: [[423]] }, [[423]]));`,
    ].join('\n'),
    'file:///workspace/src/app.ts',
  );
  const model = analyzeSource({ uri: fixture.document.uri, version: 1, text: fixture.text });
  const diagnostics = validateModel(model, statusOnly([400, 401, 403, 404, 429, 500]), DEFAULT_SETTINGS);
  const [teapot, lockedBody, lockedResponse] = fixture.ranges();
  assert.deepEqual(
    diagnostics.map((d) => ({
      range: d.range,
      code: d.code,
      message: d.message,
      data: (d.data as { status: number }).status,
    })),
    [
      {
        range: teapot,
        code: 'undocumented-status',
        message: `418 I'm a Teapot is not one of the statuses the API's error catalog documents.`,
        data: 418,
      },
      {
        range: lockedBody,
        code: 'undocumented-status',
        message: `423 Locked is not one of the statuses the API's error catalog documents.`,
        data: 423,
      },
      {
        range: lockedResponse,
        code: 'undocumented-status',
        message: `423 Locked is not one of the statuses the API's error catalog documents.`,
        data: 423,
      },
    ],
  );
});

test('a catalog of codes never reports undocumented statuses', () => {
  const codes = Catalog.from([
    {
      uri: 'file:///workspace/error-catalog.json',
      result: {
        entries: [
          {
            code: 'FORBIDDEN',
            statuses: [403],
            aliases: [],
            source: {
              uri: 'file:///workspace/error-catalog.json',
              range: { start: { line: 0, character: 0 }, end: { line: 0, character: 9 } },
              format: 'json',
            },
          },
        ],
        problems: [],
        kind: 'codes',
        parsed: true,
      },
    },
  ]);
  const text = `res.status(418).json({ error: { code: 'FORBIDDEN' } });`;
  const model = analyzeSource({ uri: 'file:///workspace/a.ts', version: 1, text });
  assert.deepEqual(
    validateModel(model, codes, DEFAULT_SETTINGS).map((d) => d.code),
    ['status-mismatch'],
  );
});
