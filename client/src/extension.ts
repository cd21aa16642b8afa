import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  LanguageClient,
  TransportKind,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

let client: LanguageClient | undefined;

/** Source languages the server analyses. */
const SOURCE_LANGUAGES = ['typescript', 'typescriptreact', 'javascript', 'javascriptreact'];

/** Catalog documents the server reports problems in. */
const CATALOG_PATTERNS = [
  '**/error-catalog.{json,yaml,yml}',
  '**/*.errors.{json,yaml,yml}',
  '**/{errors,error-codes}.md',
  '**/docs/**/{errors,error-codes}*.md',
];

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const output = vscode.window.createOutputChannel('Error Catalog', { log: true });
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: ['--nolazy', '--inspect=6029'] },
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      ...SOURCE_LANGUAGES.map((language) => ({ scheme: 'file', language })),
      ...CATALOG_PATTERNS.map((pattern) => ({ scheme: 'file', pattern })),
    ],
    outputChannel: output,
    synchronize: { configurationSection: 'errorCatalog' },
  };
  client = new LanguageClient('errorCatalog', 'Error Catalog', serverOptions, clientOptions);
  context.subscriptions.push(
    output,
    vscode.commands.registerCommand('errorCatalog.showOutput', () => output.show(true)),
    vscode.commands.registerCommand('errorCatalog.restartServer', () => client?.restart()),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
