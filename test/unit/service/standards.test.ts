import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_SETTINGS } from '../../../server/src/service/settings';
import { createMarkedWorkspace } from '../../helpers/markedWorkspace';

test("an OAuth 2.0 body speaks the RFCs' codes: known where the catalog does not list them", async () => {
  const ws = await createMarkedWorkspace({
    'docs/errors.md': [
      '| Error Code | Status | Description |',
      '| --- | --- | --- |',
      '| `INVALID_QUERY` | 400 | Bad query. |',
    ].join('\n'),
    'src/oauth.ts': [
      'export function token(req: any, res: any) {',
      "  if (!req.body.grant_type) return res.status(400).json({ error: '[[invalid_request]]', error_description: 'No grant.' });",
      "  if (!req.user) return res.status([[400]]).json({ error: 'invalid_token', error_description: 'Expired.' });",
      "  return res.status(429).json({ error: '[[rate_limit_exceeded]]', error_description: 'Slow down.' });",
      '}',
    ].join('\n'),
  });
  const document = ws.document('src/oauth.ts');
  const [invalidRequest, wrongStatus, ownCode] = ws.ranges['src/oauth.ts'];
  assert.deepEqual(
    ws.service.doValidation(document, DEFAULT_SETTINGS).map((d) => [d.code, d.range, d.message]),
    [
      ['unknown-code', ownCode, `'rate_limit_exceeded' is not in the error catalog.`],
      [
        'status-mismatch',
        wrongStatus,
        `'invalid_token' is 401 Unauthorized in the error catalog, but this response sends 400 Bad Request.`,
      ],
    ],
  );
  const hover = ws.service.doHover(document, invalidRequest.start);
  assert.match(
    String((hover?.contents as { value: string }).value),
    /^\*\*invalid_request\*\* · 400 Bad Request/,
  );
});
