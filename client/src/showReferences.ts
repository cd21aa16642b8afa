import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** The command the server's usage lenses carry, in no editor's own vocabulary. */
const LENS_COMMAND = 'errorCatalog.showReferences';
/** What it becomes here: VS Code's references peek. */
const SHOW_REFERENCES = 'editor.action.showReferences';

interface ProtocolLocation {
  uri: string;
  range: { start: ProtocolPosition; end: ProtocolPosition };
}

interface ProtocolPosition {
  line: number;
  character: number;
}

/**
 * The server's usage lens runs VS Code's references peek here. The peek takes a `Uri`, a
 * `Position` and `Location`s, but a lens's arguments cross the protocol as plain JSON: this turns
 * the command and its arguments into the editor's as each lens resolves.
 */
export const showReferencesMiddleware: Middleware = {
  async resolveCodeLens(lens, token, next) {
    const resolved = await next(lens, token);
    const command = resolved?.command;
    if (!resolved || command?.command !== LENS_COMMAND || command.arguments?.length !== 3) return resolved;
    const [uri, position, locations] = command.arguments as [string, ProtocolPosition, ProtocolLocation[]];
    resolved.command = {
      ...command,
      command: SHOW_REFERENCES,
      arguments: [
        vscode.Uri.parse(uri),
        asPosition(position),
        locations.map(
          (location) =>
            new vscode.Location(
              vscode.Uri.parse(location.uri),
              new vscode.Range(asPosition(location.range.start), asPosition(location.range.end)),
            ),
        ),
      ],
    };
    return resolved;
  },
};

function asPosition(position: ProtocolPosition): vscode.Position {
  return new vscode.Position(position.line, position.character);
}
