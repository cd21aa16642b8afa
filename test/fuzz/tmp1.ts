import ts from 'typescript';
import { analyzeSource } from '../../server/src/analysis/analyzeSource';
for (const n of [1000, 2000, 4000]) {
  const text = 'async '.repeat(n);
  let t = performance.now();
  const sf = ts.createSourceFile('a.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const parse = performance.now() - t;
  t = performance.now();
  analyzeSource({ uri: 'file:///a.ts', version: 1, text });
  console.log(
    n,
    'parse',
    parse.toFixed(0),
    'analyze total',
    (performance.now() - t).toFixed(0),
    sf.statements.length,
  );
}
