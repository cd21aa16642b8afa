import type { CodeLens } from 'vscode-languageserver-types';
import type { ServiceContext } from './context';
import { usagesOf } from './usages';

/**
 * The command of a usage lens, with the arguments `[uri, position, locations]`: the entry's file,
 * where the lens is, and every use. It is the server's own name, not an editor's: the VS Code
 * client runs it as its references peek, and any other client maps it to its own list of
 * locations (the README gives Neovim's one line).
 */
const SHOW_REFERENCES_COMMAND = 'errorCatalog.showReferences';

/** What a lens carries from `codeLens` to `codeLens/resolve`. */
interface UsageLensData {
  uri: string;
  code: string;
}

/**
 * A lens over each entry a catalog file defines; its title ("3 usages") is filled in when the
 * editor resolves it, so only the lenses on screen count their usages. Codes that source files
 * define (`createError(...)`) get none: the lens belongs to catalog files.
 */
export function doCodeLens(uri: string, context: ServiceContext): CodeLens[] {
  const catalog = context.catalogFor(uri);
  const lenses: CodeLens[] = [];
  for (const { code } of catalog.entries()) {
    for (const definition of catalog.definitions(code)) {
      if (definition.source.uri !== uri || definition.source.format === 'typescript') continue;
      const data: UsageLensData = { uri, code };
      lenses.push({ range: definition.source.range, data });
    }
  }
  return lenses;
}

/** Fills in a lens's title and the command that lists the usages. */
export function resolveCodeLens(lens: CodeLens, context: ServiceContext): CodeLens {
  const { uri, code } = lens.data as UsageLensData;
  const entry = context
    .catalogFor(uri)
    .definitions(code)
    .find((definition) => definition.source.uri === uri);
  const usages = entry ? usagesOf(entry, context) : [];
  const count = usages.length;
  return {
    range: lens.range,
    command: {
      title: `${count} ${count === 1 ? 'usage' : 'usages'}`,
      command: SHOW_REFERENCES_COMMAND,
      arguments: [
        uri,
        lens.range.start,
        usages.map((usage) => ({ uri: usage.uri, range: usage.reference.range })),
      ],
    },
  };
}
