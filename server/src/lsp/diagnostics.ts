import {
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver';
import { catalogProblemDiagnostics } from '../service/diagnostics';
import { prepareSuggestions } from '../service/rules/unknownCode';
import type { Settings } from '../service/settings';
import { MAX_SOURCE_BYTES, tooLargeDiagnostic } from '../workspace/fileLimits';
import { isSourcePath } from '../workspace/fileKinds';
import { uriToPath } from '../workspace/paths';
import type { Engine, Session } from './session';
import { BoundedReport, boundReport } from './reportBound';
import { requestsWaiting, runSafe } from './request';

const EMPTY_REPORT: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

/**
 * Diagnostics per document: pulled by clients that pull (`textDocument/diagnostic`), pushed to the
 * others by the session's delivery, from the same computation. Catalog files get their problems,
 * source files the rules' findings.
 */
export function registerDiagnostics(session: Session): void {
  const { connection } = session;
  void session.ready().then(async (engine) => {
    await engine.sources.initialize();
    indexed.add(engine);
  });
  connection.languages.diagnostics.on((params, token) =>
    runSafe(
      connection.console,
      async (): Promise<DocumentDiagnosticReport> => ({
        kind: DocumentDiagnosticReportKind.Full,
        items: await documentDiagnostics(session, params.textDocument.uri),
      }),
      EMPTY_REPORT,
      `diagnostics of ${params.textDocument.uri}`,
      token,
    ),
  );
}

/** The diagnostics of a document: a catalog file's problems, or an open source file's findings. */
export async function documentDiagnostics(session: Session, uri: string): Promise<Diagnostic[]> {
  const engine = await session.ready(uri);
  if (engine.index.isCatalogDocument(uri)) {
    return catalogDiagnostics(engine, uri, await session.settings.get(uri));
  }
  const document = session.documents.get(uri);
  if (!document || !isSourcePath(document.uri)) return [];
  // What git ignores is not checked by `check`; the editor gives it no findings either.
  if (await engine.isIgnored(uriToPath(uri))) return [];
  if (engine.context.isTooLarge(document)) return [tooLargeDiagnostic(MAX_SOURCE_BYTES)];
  const settings = await session.settings.get(uri);
  if (!engine.context.isTestFile?.(uri)) {
    const catalog = engine.context.catalogFor(uri);
    await prepareSuggestions(engine.context.analyze(document), catalog, settings, slices());
  }
  return boundReport(engine.service.doValidation(document, settings));
}

/**
 * A catalog file's diagnostics: its load problems, then the catalog rules' findings. Those rules
 * look at the whole workspace's sources: until the source index is complete every entry would look
 * unused, so they are left out until then (the server asks for a new pull once indexing is done).
 * `waitForSources` waits instead, for the workspace pull, which runs in the background.
 */
export async function catalogDiagnostics(
  engine: Engine,
  uri: string,
  settings: Settings,
  waitForSources = false,
): Promise<Diagnostic[]> {
  if (waitForSources) await engine.sources.initialize();
  const problems = catalogProblemDiagnostics(uri, engine.index.catalogProblems(uri));
  if (!waitForSources && !indexed.has(engine)) return problems;
  // One finding per entry of a large catalog: tens of thousands, made between other requests.
  const pause = slices();
  const report = new BoundedReport();
  for (const problem of problems) report.add(problem);
  for (const finding of engine.service.doCatalogValidation(uri, settings)) {
    report.add(finding);
    await pause();
  }
  return report.items();
}

/** Engines whose source index is complete. */
const indexed = new WeakSet<Engine>();

/**
 * How long a diagnostics pull computes before it lets other requests in (a hover, a completion):
 * a pull over a large workspace, or a file of many unknown codes, is many slices of this. A request
 * takes a few turns of the event loop to reach its handler and its answer to be written (the
 * connection reads, queues and writes each in a turn of its own), each a slice later: with 10 ms
 * slices a hover took 35 to 50 ms during a pull.
 */
const SLICE_MS = 4;

/** After another request was seen waiting, how long every step yields: its answer is on its way. */
const STEP_ASIDE_MS = 20;

/**
 * A pause for a long computation to await between steps: it yields to the event loop once the
 * slice is spent, or as soon as another request waits to start (and at every step for a while
 * after), and is a no-op otherwise.
 */
export function slices(): () => Promise<void> {
  let sliceStart = performance.now();
  let asideUntil = Number.NEGATIVE_INFINITY;
  return async () => {
    const now = performance.now();
    if (requestsWaiting() > 0) asideUntil = now + STEP_ASIDE_MS;
    else if (now - sliceStart < SLICE_MS && now >= asideUntil) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    sliceStart = performance.now();
  };
}
