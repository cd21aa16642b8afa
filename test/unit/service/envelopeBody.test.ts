import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ENVELOPE_STYLES, type EnvelopeStyle } from '../../../server/src/analysis/envelopes';
import { bodyFiller, renderEnvelopeBody } from '../../../server/src/service/completion/envelopeBody';
import { quotedTabStop } from '../../../server/src/service/completion/snippetText';

const nested = ENVELOPE_STYLES.find((style) => style.name === 'nested')!;

function render(style: EnvelopeStyle, message: string): string {
  return renderEnvelopeBody(
    style,
    bodyFiller({ quote: "'", code: "'${1:FORBIDDEN}'", message: quotedTabStop(3, message, "'") }),
  );
}

test('an object is broken over lines when its line, key and comma included, would pass 80 columns', () => {
  // Alone, the inner object is 78 columns; after `\terror: ` and before `,` its line is longer.
  assert.equal(
    render(nested, 'You are not allowed to do this.'),
    [
      '{',
      '\terror: {',
      "\t\tcode: '${1:FORBIDDEN}',",
      "\t\tmessage: '${3:You are not allowed to do this.}',",
      '\t\tdetails: [],',
      '\t},',
      '}',
    ].join('\n'),
  );
});

test('an object whose line fits stays on one line inside a broken parent', () => {
  const style: EnvelopeStyle = {
    ...nested,
    sample: { error: { code: 'FORBIDDEN', message: 'Only the owner may do this.' }, requestId: '0a1b2c3d' },
  };
  assert.equal(
    render(style, 'Only the owner may do this.'),
    [
      '{',
      "\terror: { code: '${1:FORBIDDEN}', message: '${3:Only the owner may do this.}' },",
      "\trequestId: '${5:0a1b2c3d}',",
      '}',
    ].join('\n'),
  );
});
