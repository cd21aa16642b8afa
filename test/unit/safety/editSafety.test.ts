import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, TextEdit, WorkspaceEdit } from 'vscode-languageserver-types';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import {
  assertEditChangesOnly,
  EDIT_VARIANTS,
  variantFiles,
  type EditVariant,
  type VariantFile,
} from '../../helpers/editVariants';
import { createTestWorkspace, ROOT, type TestWorkspace } from '../../helpers/workspace';

// Every edit the server offers (quick fixes, completion, rename) must change the characters it
// means to and nothing else, whatever the file's line ends, byte order mark, indentation or
// alphabet; and it must never write into a catalog that does not parse right now.

const uriOf = (path: string) => `file://${ROOT}/${path}`;

const JSON_CATALOG = [
  `{`,
  `  "errors": {`,
  `    "FORBIDDEN": {`,
  `      "status": 403,`,
  `      "description": "@@"`,
  `    }`,
  `  }`,
  `}`,
  ``,
].join('\n');

const YAML_CATALOG = [
  `# The error catalog of the @@ API`,
  `errors:`,
  `  # Access`,
  `  FORBIDDEN:`,
  `    status: 403 # the usual`,
  `    description: "@@"`,
  `  # Limits`,
  `  RATE_LIMITED:`,
  `    status: 429`,
  ``,
].join('\n');

const SOURCE = [
  `// @@`,
  `export function handler(res: any) {`,
  `  res.status(404).json({ error: { code: 'FORBIDDEN', message: '@@' } });`,
  `}`,
  ``,
].join('\n');

interface Case {
  files: Record<string, string>;
  /** The new text of each `[[ ]]` range, per file that the edit may change. */
  expected: Record<string, string[]>;
  /** Runs the feature on the source file `src/handler.ts` and returns its edit. */
  run(workspace: TestWorkspace, source: VariantFile): WorkspaceEdit | TextEdit[] | null | undefined;
}

/** Runs a case in every variant: a fresh workspace written the variant's way each time. */
async function inEveryVariant(testCase: Case): Promise<void> {
  for (const variant of EDIT_VARIANTS) {
    const files = variantFiles(testCase.files, variant, uriOf);
    const workspace = await createTestWorkspace(
      Object.fromEntries(Object.entries(files).map(([path, file]) => [path, file.disk])),
    );
    const edit = testCase.run(workspace, files['src/handler.ts']);
    assert.ok(edit, `${variant.name}: the feature offered no edit`);
    assertEditChangesOnly(edit, files, testCase.expected, variant);
  }
}

function action(workspace: TestWorkspace, source: VariantFile, title: string): WorkspaceEdit | undefined {
  const document = source.marked.document;
  const diagnostics = workspace.service.doValidation(document, DEFAULT_SETTINGS);
  const actions: CodeAction[] = workspace.service.doCodeActions(document, diagnostics);
  return actions.find((candidate) => candidate.title === title)?.edit;
}

describe('edits change only what they mean to, in every kind of file', () => {
  it('"Change status" rewrites the status alone', () =>
    inEveryVariant({
      files: {
        'error-catalog.json': JSON_CATALOG,
        'src/handler.ts': SOURCE.replace('status(404)', 'status([[404]])'),
      },
      expected: { 'src/handler.ts': ['403'] },
      run: (workspace, source) => action(workspace, source, 'Change status to 403 Forbidden'),
    }));

  it('"Change status" rewrites a status constant in its own style', () =>
    inEveryVariant({
      files: {
        'error-catalog.json': JSON_CATALOG,
        'src/handler.ts': SOURCE.replace('status(404)', 'status(StatusCodes.[[NOT_FOUND]])'),
      },
      expected: { 'src/handler.ts': ['FORBIDDEN'] },
      run: (workspace, source) => action(workspace, source, 'Change status to 403 Forbidden'),
    }));

  it('"Replace with" rewrites the code between its quotes', () =>
    inEveryVariant({
      files: {
        'error-catalog.json': JSON_CATALOG,
        'src/handler.ts': SOURCE.replace(`'FORBIDDEN'`, `'[[FORBIDEN]]'`).replace('404', '403'),
      },
      expected: { 'src/handler.ts': ['FORBIDDEN'] },
      run: (workspace, source) => action(workspace, source, `Replace with 'FORBIDDEN'`),
    }));

  it('completion replaces the code typed so far', () =>
    inEveryVariant({
      files: {
        'error-catalog.json': JSON_CATALOG,
        'src/handler.ts': SOURCE.replace(`'FORBIDDEN'`, () => `'[[FORB$$CURSOR$$]]'`),
      },
      expected: { 'src/handler.ts': ['FORBIDDEN'] },
      run: (workspace, source) => {
        const list = workspace.service.doComplete(source.marked.document, source.marked.cursorPosition());
        const item = list.items.find((candidate) => candidate.label === 'FORBIDDEN');
        return item?.textEdit && 'range' in item.textEdit ? [item.textEdit] : undefined;
      },
    }));

  it('"Add to catalog" inserts one entry into a JSON catalog, in its layout', () =>
    inEveryVariant({
      files: {
        'error-catalog.json': JSON_CATALOG.replace('"@@"\n    }', '"@@"\n    }[[]]'),
        'src/handler.ts': SOURCE.replace(`'FORBIDDEN'`, `'ORDER_NOT_FOUND'`),
      },
      expected: {
        'error-catalog.json': [
          ',\n    "ORDER_NOT_FOUND": {\n      "status": 404,\n      "title": "Order not found"\n    }',
        ],
      },
      run: (workspace, source) => action(workspace, source, `Add 'ORDER_NOT_FOUND' to the catalog`),
    }));

  it('"Add to catalog" inserts one entry into a YAML catalog, its comments and order kept', () =>
    inEveryVariant({
      files: {
        'error-catalog.yaml': `${YAML_CATALOG}[[]]`,
        'src/handler.ts': SOURCE.replace(`'FORBIDDEN'`, `'ORDER_NOT_FOUND'`),
      },
      expected: {
        'error-catalog.yaml': ['  ORDER_NOT_FOUND:\n    status: 404\n    title: Order not found\n'],
      },
      run: (workspace, source) => action(workspace, source, `Add 'ORDER_NOT_FOUND' to the catalog`),
    }));

  for (const [catalog, text] of [
    ['error-catalog.json', JSON_CATALOG.replace('"FORBIDDEN"', '"[[FORBIDDEN]]"')],
    ['error-catalog.yaml', YAML_CATALOG.replace('  FORBIDDEN:', '  [[FORBIDDEN]]:')],
    [
      'docs/errors.md',
      [
        '# Errors',
        '',
        '| Code | Status | Description |',
        '| --- | --- | --- |',
        '| `[[FORBIDDEN]]` | 403 | @@ |',
        '',
      ].join('\n'),
    ],
  ] as const) {
    it(`rename rewrites the code in ${catalog} and in the source, nothing else`, () =>
      inEveryVariant({
        files: {
          [catalog]: text,
          'src/handler.ts': SOURCE.replace(`'FORBIDDEN'`, () => `'[[FORB$$CURSOR$$IDDEN]]'`).replace(
            '404',
            '403',
          ),
        },
        expected: { [catalog]: ['ACCESS_DENIED'], 'src/handler.ts': ['ACCESS_DENIED'] },
        run: (workspace, source) => {
          const edit = workspace.service.doRename(
            source.marked.document,
            source.marked.cursorPosition(),
            'ACCESS_DENIED',
          );
          return edit && 'changes' in edit ? edit : undefined;
        },
      }));
  }
});

describe('nothing is written into a catalog that does not parse right now', () => {
  const broken: Array<[string, string, string]> = [
    ['error-catalog.json', JSON_CATALOG, JSON_CATALOG.replace('403,', '403,,')],
    ['error-catalog.yaml', YAML_CATALOG, YAML_CATALOG.replace('"@@"', '"@@')],
  ];

  for (const [catalog, good, bad] of broken) {
    it(`${catalog}: "Add to catalog" comes disabled with the reason, and rename is refused`, async () => {
      const variant: EditVariant = EDIT_VARIANTS[0];
      const files = variantFiles(
        { [catalog]: good, 'src/handler.ts': SOURCE.replace(`'FORBIDDEN'`, `'ORDER_NOT_FOUND'`) },
        variant,
        uriOf,
      );
      const workspace = await createTestWorkspace({ [catalog]: files[catalog].disk, 'src/handler.ts': '' });
      // The author is editing the catalog and it does not parse at this moment.
      await workspace.index.updateCatalogFile(uriOf(catalog), bad.replaceAll('@@', variant.text));
      const document = files['src/handler.ts'].marked.document;
      const diagnostics = workspace.service.doValidation(document, DEFAULT_SETTINGS);
      const actions = workspace.service.doCodeActions(document, diagnostics, { disabledSupport: true });
      assert.deepEqual(
        actions
          .filter((candidate) => candidate.title.startsWith('Add '))
          .map((candidate) => [candidate.edit, candidate.disabled]),
        [[undefined, { reason: `${catalog} has syntax errors; fix them before adding codes to it.` }]],
      );
      const using = TextDocument.create(
        uriOf('src/uses.ts'),
        'typescript',
        1,
        `res.status(403).json({ error: { code: 'FORBIDDEN' } });\n`,
      );
      const renamed = workspace.service.doRename(using, { line: 0, character: 42 }, 'ACCESS_DENIED');
      assert.deepEqual(renamed, {
        error: `${catalog} has syntax errors; fix them before renaming its codes.`,
      });
    });
  }
});
