import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { assertEditChangesOnly, EDIT_VARIANTS, rewrite, variantFiles } from '../../helpers/editVariants';

const uriOf = (path: string) => `file:///workspace/${path}`;
const [LF, CRLF] = EDIT_VARIANTS;
const all = EDIT_VARIANTS[EDIT_VARIANTS.length - 1];

describe('the edit-variant helper', () => {
  it('rewrites line ends, indentation and @@, and keeps a BOM to the disk copy', () => {
    assert.equal(
      rewrite('{\n  "a": "@@"\n}\n', 'x.json', all),
      '{\r\n\t"a": "café ☕ 😀 日本語 Ωmega\u00a0nbsp"\r\n}\r\n',
    );
    assert.equal(rewrite('a:\n  b: 1\n', 'x.yaml', all), 'a:\r\n  b: 1\r\n');
    const files = variantFiles({ 'a.ts': 'x([[1]]);\n' }, all, uriOf);
    assert.equal(files['a.ts'].disk, '\uFEFFx(1);\r\n');
    assert.equal(files['a.ts'].marked.text, 'x(1);\r\n');
  });

  it('accepts an edit of exactly the marked ranges', () => {
    const files = variantFiles({ 'a.ts': 'f([[1]], 2);\n' }, CRLF, uriOf);
    const edit = {
      changes: { [uriOf('a.ts')]: [{ range: files['a.ts'].marked.ranges()[0], newText: '3' }] },
    };
    assertEditChangesOnly(edit, files, { 'a.ts': ['3'] }, CRLF);
  });

  it('rejects an edit one character too wide, a wrong line end, or a file it should not touch', () => {
    const files = variantFiles({ 'a.ts': 'f([[1]], 2);\n', 'b.ts': 'g();\n' }, CRLF, uriOf);
    const [range] = files['a.ts'].marked.ranges();
    const wide = { ...range, end: { ...range.end, character: range.end.character + 1 } };
    assert.throws(() =>
      assertEditChangesOnly(
        { changes: { [uriOf('a.ts')]: [{ range: wide, newText: '3' }] } },
        files,
        { 'a.ts': ['3'] },
        CRLF,
      ),
    );
    assert.throws(() => assertEditChangesOnly([{ range, newText: '3\n' }], files, { 'a.ts': ['3\n'] }, CRLF));
    const other = {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      newText: '',
    };
    assert.throws(() =>
      assertEditChangesOnly(
        { changes: { [uriOf('a.ts')]: [{ range, newText: '3' }], [uriOf('b.ts')]: [other] } },
        files,
        { 'a.ts': ['3'] },
        LF,
      ),
    );
  });
});
