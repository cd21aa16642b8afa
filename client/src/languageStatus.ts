import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { WorkDoneProgress, type LanguageClient } from 'vscode-languageclient/node';
import { CatalogMethods, type CatalogStatus } from '../../server/src/lsp/catalogProtocol';
import { toRange } from './catalogTree';

/**
 * The language status item: how many catalogs and codes are in force, a busy spinner while the
 * workspace is indexed, and the first catalog error with a link to it. It never pops up a dialog.
 */
export class CatalogLanguageStatus implements vscode.Disposable {
  private readonly item: vscode.LanguageStatusItem;

  constructor(
    private readonly client: LanguageClient,
    selector: vscode.DocumentSelector,
  ) {
    this.item = vscode.languages.createLanguageStatusItem('errorCatalog.status', selector);
    this.item.name = 'Error Catalog';
    this.item.text = 'Error Catalog';
  }

  /** Asks for the status, reporting the server's indexing progress until it answers. */
  async refresh(): Promise<void> {
    const token = randomUUID();
    const progress = this.client.onProgress(WorkDoneProgress.type, token, (value) => {
      if (value.kind === 'begin') {
        this.item.busy = true;
        this.item.detail = value.title;
      } else if (value.kind === 'end') {
        this.item.busy = false;
      }
    });
    try {
      this.show(
        await this.client.sendRequest<CatalogStatus>(CatalogMethods.status, { workDoneToken: token }),
      );
    } finally {
      progress.dispose();
      this.item.busy = false;
    }
  }

  show(status: CatalogStatus): void {
    const errors = status.problems.filter((problem) => problem.severity === 'error');
    const files = `${status.catalogs.length} catalog file${status.catalogs.length === 1 ? '' : 's'}`;
    if (errors.length > 0) {
      const first = errors[0];
      this.item.severity = vscode.LanguageStatusSeverity.Error;
      this.item.text = `$(error) ${errors.length} catalog error${errors.length === 1 ? '' : 's'}`;
      this.item.detail = first.message;
      this.item.command = {
        title: 'Show Problem',
        command: 'vscode.open',
        arguments: [vscode.Uri.parse(first.uri), { selection: toRange(first.range) }],
      };
    } else if (status.catalogs.length === 0 && status.sourceCodes > 0) {
      // Say plainly that what the sources define is acting as the catalog, as `check` does.
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.text = `$(book) ${codeCount(status.sourceCodes)} defined in source`;
      this.item.detail = 'No catalog file: these codes act as the catalog';
      this.item.command = { title: 'Add Error Code…', command: 'errorCatalog.addErrorCode' };
    } else if (status.catalogs.length === 0) {
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.text = 'No error catalog';
      this.item.detail = 'Add a code or import your documentation';
      this.item.command = { title: 'Add Error Code…', command: 'errorCatalog.addErrorCode' };
    } else {
      this.item.severity = vscode.LanguageStatusSeverity.Information;
      this.item.text = `$(book) ${codeCount(status.codes)}`;
      this.item.detail = [
        files,
        ...(status.sourceCodes > 0 ? [`${status.sourceCodes} more defined in source`] : []),
        ...status.standards,
      ].join(', ');
      this.item.command =
        status.catalogs.length === 1
          ? {
              title: 'Open Catalog',
              command: 'vscode.open',
              arguments: [vscode.Uri.parse(status.catalogs[0].uri)],
            }
          : { title: 'Show Catalog', command: 'errorCatalog.catalog.focus' };
    }
  }

  dispose(): void {
    this.item.dispose();
  }
}

function codeCount(count: number): string {
  return `${count} error code${count === 1 ? '' : 's'}`;
}
