import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { changeRange, createDocumentAnalyzer } from '../../../server/src/analysis/documentAnalyzer';
import { readFixture } from './fixtures';
import { parseMarkers } from '../../helpers/markers';

const uri = 'file:///workspace/src/routes.ts';
const text = parseMarkers(readFixture('carriers/express.ts')).text;

test('the same version is served from the cache; a newer one is reparsed incrementally', () => {
  const analyzer = createDocumentAnalyzer();
  const first = analyzer.analyze({ uri, version: 1, text });
  assert.equal(analyzer.analyze({ uri, version: 1, text }), first);
  assert.deepEqual(analyzer.stats, { hits: 1, fullParses: 1, incrementalParses: 0, statementAnalyses: 0 });

  const edited = text.replace("'DOCUMENT_LOCKED'", "'DOCUMENT_IS_LOCKED'");
  const second = analyzer.analyze({ uri, version: 2, text: edited });
  assert.deepEqual(analyzer.stats, { hits: 1, fullParses: 1, incrementalParses: 1, statementAnalyses: 1 });
  assert.equal(second.version, 2);
  assert.deepEqual(
    second.references.map((r) => r.code),
    ['DOCUMENT_NOT_FOUND', 'DOCUMENT_IS_LOCKED', 'RATE_LIMITED', 'DELETE_FORBIDDEN'],
  );
  assert.deepEqual(second, analyzeSource({ uri, version: 2, text: edited }));
  assert.equal(analyzer.cached(uri), second);
});

test('new options drop the cached models but keep incremental parsing', () => {
  const analyzer = createDocumentAnalyzer();
  analyzer.analyze({ uri, version: 1, text: "sendError(res, 403, 'FORBIDDEN');" });
  analyzer.setOptions({ carriers: [{ callee: 'sendError', statusArgument: 1, codeArgument: 2 }] });
  assert.equal(analyzer.cached(uri), undefined);
  const model = analyzer.analyze({ uri, version: 1, text: "sendError(res, 403, 'FORBIDDEN');" });
  assert.deepEqual(
    model.references.map((r) => [r.code, r.status?.value]),
    [['FORBIDDEN', 403]],
  );
  assert.deepEqual(analyzer.stats, { hits: 0, fullParses: 1, incrementalParses: 0, statementAnalyses: 0 });
  analyzer.forget(uri);
  assert.equal(analyzer.cached(uri), undefined);
});

test('the change range covers exactly what differs', () => {
  assert.deepEqual(changeRange('abcdef', 'abXYef'), { span: { start: 2, length: 2 }, newLength: 2 });
  assert.deepEqual(changeRange('aaaa', 'aaaaa'), { span: { start: 4, length: 0 }, newLength: 1 });
  assert.deepEqual(changeRange('abc', ''), { span: { start: 0, length: 3 }, newLength: 0 });
  assert.deepEqual(changeRange('same', 'same'), { span: { start: 4, length: 0 }, newLength: 0 });
});

test('a chain of random edits gives the same models as full parses', () => {
  const edit = fc.record({
    at: fc.nat(),
    remove: fc.nat({ max: 12 }),
    insert: fc.constantFrom(
      '',
      ' ',
      "'",
      '{',
      '}',
      '(',
      ')',
      ',',
      'res.status(404)',
      "code: 'X'",
      '\n',
      '// ',
      '`',
    ),
  });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 1, maxLength: 6 }), (edits) => {
      const analyzer = createDocumentAnalyzer();
      let current = text;
      analyzer.analyze({ uri, version: 0, text: current });
      edits.forEach((e, index) => {
        const at = e.at % (current.length + 1);
        current = current.slice(0, at) + e.insert + current.slice(at + e.remove);
        const version = index + 1;
        assert.deepEqual(
          analyzer.analyze({ uri, version, text: current }),
          analyzeSource({ uri, version, text: current }),
        );
      });
    }),
    { numRuns: 40 },
  );
});
