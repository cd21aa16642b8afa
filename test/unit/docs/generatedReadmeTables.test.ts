import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeSource } from '../../../server/src/analysis/analyzeSource';
import { CODE_DEFINERS, STATUS_CARRIERS, type StatusCarrier } from '../../../server/src/analysis/carriers';
import {
  CARRIER_EXAMPLES,
  DEFINER_LIBRARIES,
  definerCall,
  README_FILE,
  README_REGIONS,
  readmeWithTables,
  regionText,
} from '../../../scripts/readme/readmeTables';

const README = readFileSync(README_FILE, 'utf8');

for (const region of README_REGIONS) {
  test(`the README's ${region.name} table is the one generated from the analyser's rows`, () => {
    assert.equal(
      regionText(README, region.name),
      region.render(),
      'run `node --import tsx scripts/generateReadmeTables.ts` (part of `npm run build`) and commit README.md',
    );
  });
}

test('the generator rewrites only between the markers, and needs them', () => {
  assert.equal(readmeWithTables(README), README);
  assert.throws(
    () => readmeWithTables(README.replace('<!-- generated:envelope-styles:end -->', '')),
    /exactly one/,
  );
});

/** An example with a status, a body that needs an error context, a message and a code written in. */
function instantiate(example: string): string {
  return example
    .replace(/\{ code \}/g, "{ code: 'FORBIDDEN' }")
    .replace(/\{ message \}/g, "{ message: 'Not allowed.' }")
    .replace(/(?<![\w$.'])n\b/g, '403')
    .replace(/(?<![\w$.])body\b/g, "{ code: 'FORBIDDEN', message: 'Not allowed.' }")
    .replace(/(?<![\w$.'])message\b(?!\s*:)/g, "'Not allowed.'")
    .replace(/(?<![\w$.'])code\b(?!\s*:)/g, "'FORBIDDEN'");
}

function analyse(statement: string) {
  const text = `export function handle(req, res, reply, ctx, c) {\n  ${statement};\n}\n`;
  return { text, model: analyzeSource({ uri: 'file:///api/src/handler.ts', version: 1, text }) };
}

/** Whether the row gives a response its status, or only a body its error context. */
function carriesStatus(row: StatusCarrier): boolean {
  return (
    row.statusArgument !== undefined ||
    row.implied !== undefined ||
    (!!row.assignedProperty && !row.assignsBody)
  );
}

test("every framework form the README shows is read by the analyser as its carrier row, with the example's status and code", () => {
  assert.deepEqual(Object.keys(CARRIER_EXAMPLES).sort(), STATUS_CARRIERS.map((row) => row.name).sort());
  for (const row of STATUS_CARRIERS) {
    const examples = CARRIER_EXAMPLES[row.name];
    assert.ok(examples.length > 0, row.name);
    for (const [framework, example] of examples) {
      const { text, model } = analyse(instantiate(example));
      const where = `${row.name} (${framework}): ${text}`;
      if (carriesStatus(row)) {
        // The implied examples name a 403 (`Boom.forbidden`, `ForbiddenException`).
        assert.ok(
          model.statuses.some((site) => site.carrier === row.name && site.value === 403),
          `status 403 from ${where}`,
        );
      }
      if (/\bbody\b|\{ code \}/.test(example.replace(/\w+\.body\b/g, ''))) {
        const reference = model.references.find((candidate) => candidate.code === 'FORBIDDEN');
        assert.ok(reference, `the code in ${where}`);
        assert.deepEqual(
          [reference.status?.value, reference.status?.carrier],
          carriesStatus(row) ? [403, row.name] : [undefined, undefined],
          where,
        );
      }
    }
  }
});

test('the code-defining call the README shows defines the code with its status', () => {
  assert.deepEqual(
    Object.keys(DEFINER_LIBRARIES).sort(),
    CODE_DEFINERS.map((definer) => definer.name).sort(),
  );
  for (const definer of CODE_DEFINERS) {
    const { text, model } = analyse(`const ForbiddenError = ${instantiate(definerCall(definer))}`);
    assert.deepEqual(
      model.definitions.map(({ code, status, definer: row }) => ({ code, status, row })),
      [{ code: 'FORBIDDEN', status: 403, row: definer.name }],
      text,
    );
  }
});
