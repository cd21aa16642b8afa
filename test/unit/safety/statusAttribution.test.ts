import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { parseMarkers } from '../../helpers/markers';
import { createTestWorkspace, SAMPLE_CATALOG } from '../../helpers/workspace';

// A status-mismatch diagnostic sits on the status it blames, and its fix rewrites that status:
// a response must never be given a status that another response writes.
describe('a response whose own status cannot be read', () => {
  const text = [
    `export function handler(res: any) {`,
    `  res.status(499).json({ error: { code: 'FORBIDDEN', message: 'Client closed the request.' } });`,
    `  res.status([[404]]).json({ error: { code: 'ROUTE_NOT_FOUND', message: 'Endpoint does not exist.' } });`,
    `}`,
    ``,
  ].join('\n');

  it('has no status, rather than the next response’s', () => {
    const fixture = parseMarkers(text);
    const model = analyzeSource({ uri: fixture.document.uri, version: 1, text: fixture.text });
    assert.deepEqual(
      model.references.map((reference) => [reference.code, reference.status?.value, reference.status?.range]),
      [
        ['FORBIDDEN', undefined, undefined],
        ['ROUTE_NOT_FOUND', 404, fixture.ranges()[0]],
      ],
    );
  });

  it('draws no mismatch, so no fix rewrites the other response’s status', async () => {
    const { service } = await createTestWorkspace({ 'error-catalog.json': SAMPLE_CATALOG });
    const fixture = parseMarkers(text, 'file:///workspace/src/handler.ts');
    assert.deepEqual(service.doValidation(fixture.document, DEFAULT_SETTINGS), []);
  });

  it('gets none from a response sent before or after it in the same block', () => {
    for (const order of [0, 1]) {
      const statements = [
        `  res.json({ error: { code: 'FORBIDDEN', message: 'No.' } });`,
        `  res.status(404).json({ error: { code: 'ROUTE_NOT_FOUND', message: 'Endpoint does not exist.' } });`,
      ];
      if (order === 1) statements.reverse();
      const source = [`export function handler(res: any) {`, ...statements, `}`, ``].join('\n');
      const model = analyzeSource({ uri: 'file:///workspace/src/handler.ts', version: 1, text: source });
      assert.deepEqual(
        model.references.map((reference) => [reference.code, reference.status?.value]).sort(),
        [
          ['FORBIDDEN', undefined],
          ['ROUTE_NOT_FOUND', 404],
        ],
      );
    }
  });

  it('still takes the status a statement of its own sets, before or after the body', () => {
    const source = [
      `export function handler(res: any, ctx: any) {`,
      `  res.status(403);`,
      `  res.json({ error: { code: 'FORBIDDEN', message: 'No.' } });`,
      `  ctx.body = { error: { code: 'ROUTE_NOT_FOUND', message: 'Endpoint does not exist.' } };`,
      `  ctx.status = 404;`,
      `}`,
      ``,
    ].join('\n');
    const model = analyzeSource({ uri: 'file:///workspace/src/handler.ts', version: 1, text: source });
    assert.deepEqual(
      model.references.map((reference) => [reference.code, reference.status?.value]),
      [
        ['FORBIDDEN', 403],
        ['ROUTE_NOT_FOUND', 404],
      ],
    );
  });
});
