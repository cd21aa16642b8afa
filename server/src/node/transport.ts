import {
  createServerPipeTransport,
  createServerSocketTransport,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageWriter,
  type MessageReader,
  type MessageWriter,
} from 'vscode-languageserver/node';

/**
 * The transport the command line names (`--stdio`, `--node-ipc`, `--socket=port`, `--pipe=name`),
 * read as the protocol library reads it, but with the writer in the server's hands: the positions
 * of what it writes are converted there (see lsp/positionEncoding.ts). Standard input stays a
 * stream, so that the library still ends the server when the client closes it.
 */
export function commandLineTransport(argv: readonly string[]): {
  input: NodeJS.ReadableStream | MessageReader;
  output: MessageWriter;
} {
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = inline ?? argv[i + 1];
    if (flag === '--node-ipc')
      return { input: new IPCMessageReader(process), output: new IPCMessageWriter(process) };
    if (flag === '--socket') {
      const [input, output] = createServerSocketTransport(Number.parseInt(value, 10));
      return { input, output };
    }
    if (flag === '--pipe') {
      const [input, output] = createServerPipeTransport(value);
      return { input, output };
    }
    if (flag === '--stdio') break;
  }
  return { input: process.stdin, output: new StreamMessageWriter(process.stdout) };
}
