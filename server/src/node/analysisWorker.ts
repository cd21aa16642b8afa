import { parentPort } from 'node:worker_threads';
import { analyzeSource, type AnalysisOptions } from '../analysis/analyzeSource';
import type { AnalysisReply, AnalysisRequest } from '../workspace/analysisPool';

/**
 * The loop of an analysis worker (see AnalysisPool): each request is a file's text, and the reply
 * its model, made by the same analyser the main thread runs. Options come once per key.
 */
export function serveAnalyses(): void {
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
