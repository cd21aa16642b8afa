import { insertYamlEntry } from './server/src/service/edits/yamlCatalogInsert';
import { TextDocument } from 'vscode-languageserver-textdocument';
const cases = [
  `# Catalog\nenvelope: nested   # the style\nerrors:\n    # auth\n    FORBIDDEN:\n        status: 403\n        description: >-\n          You are not allowed\n          to do it.\n\n    ROUTE_NOT_FOUND: { status: 404, title: "Route not found" }\n    # trailing comment\n`,
  `errors:\n  A:\n    status: 400\n    # note about A\n  # next\nenvelope: x\n`,
  `errors: {A: {status: 400}}\n`,
  `errors: {}\n`,
  `errors:\nenvelope: x\n`,
  `envelope: x`,
  ``,
  `errors:\r\n  A:\r\n    status: 400\r\n`,
  `errors:\n  A: 1`, `errors: ~\n`, `errors: null\n`, `- a\n`,
];
for (const text of cases) {
  const edits = insertYamlEntry('file:///c.yaml', text, 'ORDER_NOT_FOUND', { status: 404, title: 'Order: not found' });
  if (!edits) { console.log('UNDEFINED for', JSON.stringify(text)); continue; }
  console.log('-----\n' + TextDocument.applyEdits(TextDocument.create('file:///c.yaml', 'yaml', 0, text), edits));
}
