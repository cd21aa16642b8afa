import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient/node';

/** The command the server's usage lenses run: VS Code's references peek. */
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
 * The references peek takes a `Uri`, a `Position` and `Location`s, but a lens's arguments cross
 * the protocol as plain JSON: this turns them into the editor's types as each lens resolves.
 */
export const showReferencesMiddleware: Middleware = {
  async resolveCodeLens(lens, token, next) {
    const resolved = await next(lens, token);
    const command = resolved?.command;
    if (!resolved || command?.command !== SHOW_REFERENCES || command.arguments?.length !== 3) return resolved;
    const [uri, position, locations] = command.arguments as [string, ProtocolPosition, ProtocolLocation[]];
    resolved.command = {
      ...command,
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
