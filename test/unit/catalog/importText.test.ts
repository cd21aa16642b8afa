import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { importText } from '../../../server/src/catalog/importText';
import { parseMarkers } from '../../helpers/markers';
import { FREE_TEXT_CODES, readSeed, SEED_FILES, seedUri } from './seedTables';

const URI = 'file:///workspace/docs/api-errors.txt';

describe('importText', () => {
  it('imports the 8 codes of seed 003, INSUFFICIENT_BALANCE without a status', () => {
    const text = readSeed(SEED_FILES.freeText);
    const uri = seedUri(SEED_FILES.freeText);
    const result = importText(text, uri);
    assert.deepEqual(result.problems, []);
    assert.equal(result.entries.length, 8);
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.description?.split('\n\n')[0], e.message]),
      FREE_TEXT_CODES,
    );
    const document = TextDocument.create(uri, 'plaintext', 1, text);
    for (const entry of result.entries) {
      assert.equal(document.getText(entry.source.range), entry.code);
      assert.equal(entry.source.format, 'text');
    }
    const balance = result.entries.find((e) => e.code === 'INSUFFICIENT_BALANCE');
    assert.deepEqual(balance?.statuses, []);
    assert.equal(balance?.title, 'Custom Business Logic Error');
    assert.deepEqual(
      result.entries.map((e) => e.title),
      [
        'Bad Request',
        'Unauthorized',
        'Forbidden',
        'Not Found',
        'Too Many Requests',
        'Internal Server Error',
        'Service Unavailable',
        'Custom Business Logic Error',
      ],
    );
  });

  it('keeps the example scenario and the action, a wrapped action line joined', () => {
    const result = importText(readSeed(SEED_FILES.freeText), seedUri(SEED_FILES.freeText));
    const rateLimit = result.entries.find((e) => e.code === 'RATE_LIMIT_EXCEEDED');
    assert.equal(
      rateLimit?.description,
      'The user has sent too many requests in a given amount of time ("rate limiting").\n\n' +
        'Example scenario: Exceeding the allowed number of API calls within the specified time window.\n\n' +
        'Action: Implement backoff strategies in your application. Check the Retry-After header for guidance ' +
        'on when to resubmit the request. Refer to our Rate Limiting guide.',
    );
  });

  it('lists the text it could not attach to a code', () => {
    const result = importText(readSeed(SEED_FILES.freeText), seedUri(SEED_FILES.freeText));
    assert.deepEqual(result.unplaced, [
      'API Error Codes',
      'Understanding API error codes is crucial for debugging and building robust applications. This guide outlines the common error codes returned by our API, their meanings, and suggested actions.',
      'Custom Error Codes',
      'In addition to standard HTTP status codes, our API may return custom error codes within the response body for more specific error handling.',
      'POST /api/v1/users',
      'Always refer to the specific API endpoint documentation for details on potential custom error codes.',
    ]);
  });

  it('reports status lines with no example, examples without a code, and unclosed examples', () => {
    const fixture = parseMarkers(`410 Gone Client Error
The thing is gone.
404 errors are returned for missing things, see below.
{ "error": { "message": "no code here" } }
{ "error": { "code": "[[NEVER_CLOSED]]"
418 I'm A Teapot
Short and stout.
{ "code": "[[TEAPOT]]", "status": 999 }
`);
    const result = importText(fixture.text, URI);
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.title, e.description, e.source.range]),
      [['TEAPOT', [418], "I'm A Teapot", 'Short and stout.', fixture.ranges()[1]]],
    );
    assert.deepEqual(result.unplaced, [
      '410 Gone Client Error (no example with a code follows)',
      'The thing is gone.',
      '404 errors are returned for missing things, see below.',
      'JSON example on line 4 (no "code" in it, or it does not parse)',
      'JSON example on line 5 (no "code" in it, or it does not parse)',
    ]);
  });

  it('takes a status that the example itself states, and never invents one', () => {
    const result = importText(
      `Custom codes follow.
{ "error": { "code": "QUOTA", "status": 402, "message": "Pay up." } }
{ "error": { "code": "ODD", "status": 42 } }
`,
      URI,
    );
    assert.deepEqual(
      result.entries.map((e) => [e.code, e.statuses, e.message]),
      [
        ['QUOTA', [402], 'Pay up.'],
        ['ODD', [], undefined],
      ],
    );
  });

  it('reports a text without any code', () => {
    const result = importText('Nothing to see here.\n', URI);
    assert.deepEqual(result.entries, []);
    assert.deepEqual(
      result.problems.map((p) => [p.code, p.severity]),
      [['no-catalog-found', 'warning']],
    );
    assert.deepEqual(result.unplaced, ['Nothing to see here.']);
  });
});
