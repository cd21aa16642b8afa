import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  choice,
  expandSnippet,
  mirror,
  quotedTabStop,
  snippetLiteral,
  stringLiteral,
  tabStop,
} from '../../../server/src/service/completion/snippetText';

test('tab stops, choices and mirrors are written and escaped as the snippet syntax says', () => {
  assert.equal(tabStop(3, 'costs $5 {a}'), '${3:costs \\$5 {a\\}}');
  assert.equal(choice(1, ['A,B', 'C|D', 'E\\F']), '${1|A\\,B,C\\|D,E\\\\F|}');
  assert.equal(mirror(2), '$2');
  assert.equal(snippetLiteral('a $b } \\c'), 'a \\$b \\} \\\\c');
  assert.equal(stringLiteral(`it's "x"\n`, "'"), `'it\\'s "x"\\n'`);
  assert.equal(quotedTabStop(3, "can't", "'"), "'${3:can\\\\'t}'");
});

test('expanding a snippet writes each default, the first choice, and mirrors wherever defined', () => {
  assert.equal(
    expandSnippet(
      `res.status($2).json({ code: '\${1|A\\,B,C|}', status: \${2:403}, m: '\${3:can\\\\'t}' });$0`,
    ),
    `res.status(403).json({ code: 'A,B', status: 403, m: 'can\\'t' });`,
  );
  assert.equal(expandSnippet('\\$1 costs \\} ${4}'), '$1 costs } ');
});

test('expanding with a fill types its text into each tab stop and every mirror of it', () => {
  assert.equal(
    expandSnippet(
      `res.status($2).json({ code: '\${1|A,B|}', status: \${2:403} });$0`,
      (index, defaultText) => (index === 2 ? `<${defaultText}>` : defaultText),
    ),
    `res.status(<403>).json({ code: 'A', status: <403> });`,
  );
});
