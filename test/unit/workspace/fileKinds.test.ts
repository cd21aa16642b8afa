import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  catalogFormatOf,
  fileNameOf,
  isSourcePath,
  SOURCE_GLOB,
  sourceDialectOf,
  sourceExtensionOf,
} from '../../../server/src/workspace/fileKinds';

test('source files are the eight script extensions, declaration files aside', () => {
  const paths = ['a.ts', 'a.tsx', 'a.js', 'a.jsx', 'a.mts', 'a.cts', 'a.mjs', 'a.cjs'];
  assert.deepEqual(
    paths.filter((path) => isSourcePath(`/w/${path}`)),
    paths,
  );
  assert.deepEqual(
    ['a.d.ts', 'a.json', 'a.vue', 'a.TS', 'ts', 'a.tsx.bak'].filter((path) => isSourcePath(path)),
    [],
  );
  assert.equal(SOURCE_GLOB, '**/*.{ts,tsx,js,jsx,mts,cts,mjs,cjs}');
});

test('the longest extension wins, and the dialect ignores case', () => {
  assert.equal(sourceExtensionOf('src/a.mts'), '.mts');
  assert.equal(sourceExtensionOf('src/a.d.ts'), '.ts');
  assert.equal(sourceExtensionOf('src/a.md'), undefined);
  assert.deepEqual(['a.ts', 'A.TSX', 'a.cjs', 'a.jsx', 'a.vue'].map(sourceDialectOf), [
    'ts',
    'tsx',
    'js',
    'jsx',
    undefined,
  ]);
});

test('a catalog format follows the extension of the file name', () => {
  assert.deepEqual(
    [
      'error-catalog.json',
      'packages\\billing\\Billing.Errors.JSON',
      'a/b.errors.yml',
      'x.yaml',
      'docs/ERRORS.MD',
      'notes.markdown',
      'notes.txt',
      'dir/.json',
      'dir.json/x',
    ].map(catalogFormatOf),
    ['json', 'json', 'yaml', 'yaml', 'markdown', 'markdown', undefined, undefined, undefined],
  );
});

test('the file name of a URI is its decoded last segment, query and fragment aside', () => {
  assert.equal(fileNameOf('file:///w/api/error-catalog.json'), 'error-catalog.json');
  assert.equal(fileNameOf('file:///w/my%20errors.md?x=1#L3'), 'my errors.md');
  assert.equal(fileNameOf('file:///w/100%.json'), '100%.json');
});
