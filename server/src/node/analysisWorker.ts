import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { analyzeSource, type AnalysisOptions } from '../analysis/analyzeSource';
import { ANALYSIS_WORKER_ROLE, type AnalysisReply, type AnalysisRequest } from '../workspace/analysisPool';

/**
 * Whether this thread is an analysis worker the pool started; if so it now serves analyses, and
 * the program (the CLI or the language server) must not start. Both run themselves as workers.
 */
export function servesAnalyses(): boolean {
  if (isMainThread || (workerData as { role?: string } | null)?.role !== ANALYSIS_WORKER_ROLE) return false;
  serveAnalyses();
  return true;
}

/**
 * The loop of an analysis worker (see AnalysisPool): each request is a file's text, and the reply
 * its model, made by the same analyser the main thread runs. Options come once per key.
 */
function serveAnalyses(): void {
  const port = parentPort;
  if (!port) return;
  const optionsByKey = new Map<string, AnalysisOptions>();
  port.on('message', (request: AnalysisRequest) => {
    if (request.options) optionsByKey.set(request.optionsKey, request.options);
    let reply: AnalysisReply;
    try {
      const options = optionsByKey.get(request.optionsKey) ?? {};
      reply = {
        id: request.id,
        model: analyzeSource({ uri: request.uri, version: 0, text: request.text }, options),
      };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(reply);
  });
}
