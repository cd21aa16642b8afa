import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { normalizeSettings } from '../../../server/src/service/settings';

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  items?: Schema;
  properties?: Record<string, Schema>;
  additionalProperties?: boolean | Schema;
}

const manifest = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'package.json'), 'utf8'),
);
const sections: Array<{ properties: Record<string, Schema> }> = [manifest.contributes.configuration].flat();
const settings = Object.fromEntries(sections.flatMap((section) => Object.entries(section.properties)));

/** Names that would say a value is code to load or a program to run. */
const CODE_WORDS = /module|plugin|require|import|command|executable|program|script|path$|node|shell/i;

/** Every place in a setting's schema where the user may write free text, with its name. */
function freeTexts(name: string, schema: Schema): string[] {
  const types = [schema.type].flat();
  const found: string[] = [];
  if (types.includes('string') && !schema.enum) found.push(name);
  if (schema.items) found.push(...freeTexts(`${name}[]`, schema.items));
  for (const [key, child] of Object.entries(schema.properties ?? {}))
    found.push(...freeTexts(`${name}.${key}`, child));
  if (typeof schema.additionalProperties === 'object')
    found.push(...freeTexts(`${name}.*`, schema.additionalProperties));
  return found;
}

describe('restricted mode: settings are data', () => {
  it('the extension declares that it runs in untrusted workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
    // Nothing needs restricting: no setting can make the extension run anything.
    assert.equal(manifest.capabilities.untrustedWorkspaces.restrictedConfigurations, undefined);
  });

  it('no setting names a module, a command or a program', () => {
    const names = Object.keys(settings).flatMap((name) => [name, ...freeTexts(name, settings[name])]);
    assert.deepEqual(
      names.filter((name) => CODE_WORDS.test(name.replace(/^errorCatalog\./, ''))),
      [],
    );
  });

  it('free text in settings is only globs, names of styles and callees, and property paths', () => {
    assert.deepEqual(
      Object.entries(settings).flatMap(([name, schema]) => freeTexts(name, schema)),
      [
        'errorCatalog.catalogFiles[]',
        'errorCatalog.testFiles[]',
        'errorCatalog.envelopes[].name',
        'errorCatalog.envelopes[].codePath[]',
        'errorCatalog.envelopes[].statusPath[]',
        'errorCatalog.envelopes[].messagePath[]',
        'errorCatalog.carriers[].callee',
      ],
    );
  });

  it('the server reads only the settings it declares, whatever else the client sends', () => {
    const normalized = normalizeSettings({
      catalogFiles: ['docs/**/*.md'],
      loader: './evil.js',
      plugins: ['evil'],
      hover: { enable: false, module: './evil.js' },
    });
    assert.equal(JSON.stringify(normalized).includes('evil'), false);
    assert.deepEqual(normalized.catalogFiles, ['docs/**/*.md']);
    assert.equal(normalized.hover.enable, false);
  });
});
