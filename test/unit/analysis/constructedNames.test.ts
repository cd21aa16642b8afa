import { test } from 'node:test';
import assert from 'node:assert/strict';
import { constructedNames, mayContainReferences } from '../../../server/src/analysis/prefilter';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';

test('constructed names: after `new`, through white space, comments and parentheses', () => {
  const text = [
    'throw new ForbiddenError();',
    'const a = new Map<string, number>();',
    'throw new /* why */ (LockedError)();',
    'throw new\n  // the legacy one\n  GoneError(message);',
    'const b = new\u00a0TeapotError\u00a0();',
    'if (new.target) renew(); news(); a.new;',
  ].join('\n');
  assert.deepEqual(constructedNames(text), [
    'ForbiddenError',
    'Map',
    'LockedError',
    'GoneError',
    'TeapotError',
  ]);
});

test('constructed names: undefined for a name the scan cannot spell or a type assertion', () => {
  assert.equal(constructedNames('throw new \\u0046orbiddenError();'), undefined);
  assert.equal(constructedNames('throw new Forbidden\\u0045rror();'), undefined);
  assert.equal(constructedNames('throw new (<any>ForbiddenError)();'), undefined);
  assert.deepEqual(constructedNames('const x = 1;'), []);
});

test('a class name counts for the prefilter only where the file constructs it', () => {
  const classNames = new Set(['ForbiddenError']);
  assert.equal(mayContainReferences('throw new ForbiddenError();', undefined, { classNames }), true);
  assert.equal(mayContainReferences('throw new (ForbiddenError as any)();', undefined, { classNames }), true);
  assert.equal(
    mayContainReferences("import { ForbiddenError } from './errors';", undefined, { classNames }),
    false,
  );
  assert.equal(
    mayContainReferences('if (e instanceof ForbiddenError) log(e);', undefined, { classNames }),
    false,
  );
  assert.equal(mayContainReferences('throw new \\u0046orbiddenError();', undefined, { classNames }), true);
});

test('every class use the analyser reports is a name the scan finds', () => {
  const text = [
    "import { ForbiddenError, GoneError } from './errors';",
    'throw new ForbiddenError();',
    'throw new (GoneError as typeof Error)();',
    'throw new /* legacy */ ForbiddenError!();',
  ].join('\n');
  const uses = analyzeSource({ uri: 'file:///w/a.ts', version: 1, text }).importedClassUses ?? [];
  assert.deepEqual(
    uses.map((use) => use.localName),
    ['ForbiddenError', 'GoneError', 'ForbiddenError'],
  );
  const names = constructedNames(text)!;
  for (const use of uses) assert.ok(names.includes(use.localName), use.localName);
});
