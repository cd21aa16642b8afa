import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../lsp/server';
import { nodeHost } from '../workspace/nodeHost';

// The transport (--stdio, --node-ipc, --socket) comes from the command line.
const connection = createConnection(ProposedFeatures.all);

// Over --stdio, anything written to stdout corrupts the protocol stream: send it to the log.
console.log = (...args: unknown[]) => connection.console.log(args.map(String).join(' '));
console.info = console.log;
console.warn = (...args: unknown[]) => connection.console.warn(args.map(String).join(' '));
console.error = (...args: unknown[]) => connection.console.error(args.map(String).join(' '));

process.on('uncaughtException', (error) => connection.console.error(`uncaught: ${error.stack ?? error}`));
process.on('unhandledRejection', (reason) =>
  connection.console.error(`unhandled rejection: ${String(reason)}`),
);

startServer(connection, { host: nodeHost });
