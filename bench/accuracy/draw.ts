/**
 * For whoever labels a sample: prints the seeded draw of candidate raise sites of one repository,
 * each with its source line, so the sites can be read and labelled in order.
 *
 *   node --import tsx bench/accuracy/draw.ts --repo dub [--from 0] [--count 40]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError } from './mirror';
import { drawOrder, scanCandidates } from './scan';
import { locateMirrors, parseOptions, preparePristine } from './setup';

function main(): void {
  const options = parseOptions({ from: { type: 'string' }, count: { type: 'string' } });
  const gitDirs = locateMirrors(options);
  const from = Number(options.values.from ?? 0);
  const count = Number(options.values.count ?? 40);
  for (const spec of options.repos) {
    const root = preparePristine(spec, gitDirs.get(spec.name)!, options);
    const candidates = scanCandidates(root, spec.scan);
    console.log(`${spec.name}: ${candidates.length} candidates in ${root}`);
    drawOrder(candidates)
      .slice(from, from + count)
      .forEach((candidate, index) => {
        const text = readFileSync(join(root, candidate.file), 'utf8').split('\n')[candidate.line - 1];
        const where = `${candidate.file}:${candidate.line}:${candidate.column}`;
        console.log(`#${from + index} ${candidate.kind} ${where}\n    ${text.trim().slice(0, 160)}`);
      });
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof SetupError ? error.message : error);
  process.exitCode = 1;
}
