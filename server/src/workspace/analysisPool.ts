import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalysisOptions } from '../analysis/analyzeSource';
import type { SourceModel } from '../analysis/types';

/** What a worker is started with, so the program knows to serve analyses instead of running. */
export const ANALYSIS_WORKER_ROLE = 'error-catalog-analysis';

/**
 * Source files a workspace needs per worker before `auto` starts one. A worker loads its own
 * TypeScript and warms its own compiled code, and its models are copied back: on two cores that
 * made 1,800 to 3,600-file repositories 0.3-0.6 s slower and a 10,000-file one 5% faster for
 * 55 MB more memory, and a 50,000-file one 23% faster (docs/performance.md).
 */
const MIN_FILES_PER_WORKER = 20_000;

/**
 * Analyses queued on a worker at most. The main thread takes replies only between its slices of
 * work (5 ms), so the queue must last the worker that long; when it is full, the main thread
 * analyses the next file itself.
 */
const QUEUE_PER_WORKER = 32;

/** `--concurrency`: a number of threads, `auto` (one per core) or `off` (the main thread alone). */
export type Concurrency = number | 'auto' | 'off';

/** `--concurrency`'s value as written; undefined for anything but a positive whole number, auto or off. */
export function concurrencyFrom(text: string): Concurrency | undefined {
  if (text === 'auto' || text === 'off') return text;
  return /^[1-9]\d{0,3}$/.test(text) ? Number(text) : undefined;
}

export interface AnalysisRequest {
  id: number;
  uri: string;
  text: string;
  optionsKey: string;
  /** Sent with the first request under a key; the worker keeps them by key. */
  options?: AnalysisOptions;
}

export type AnalysisReply = { id: number; model: SourceModel } | { id: number; error: string };

interface PoolWorker {
  worker: Worker;
  queued: number;
  /** The option keys this worker has been sent the options of. */
  knownOptions: Set<string>;
}

/**
 * Worker threads that parse and analyse files beside the main thread, for the first index of a
 * large workspace. A model is plain data, so it crosses back whole; everything that links files
 * together stays on the main thread. When every worker has its queue full, `analyze` says so and
 * the caller analyses the file itself, so the main thread is one of the analysers.
 */
export class AnalysisPool {
  private readonly workers: PoolWorker[] = [];
  private readonly waiting = new Map<
    number,
    { worker: PoolWorker; resolve(model: SourceModel): void; reject(error: Error): void }
  >();
  private nextId = 0;
  private closed = false;
  /** Workers started, and the analyses they answered: what the pool did, to report. */
  started = 0;
  answered = 0;

  /** The threads to analyse on, the main thread included. */
  private readonly threads: number;

  /**
   * @param script the program to start in each worker: it serves analyses when started with
   *   `ANALYSIS_WORKER_ROLE` as its worker data.
   * @param concurrency `--concurrency`: how many threads, and with `auto` only for a large workspace.
   */
  constructor(
    private readonly script: string,
    private readonly concurrency: Concurrency,
  ) {
    this.threads = AnalysisPool.threadsFor(concurrency);
  }

  /** The threads `--concurrency` asks for, the main thread included. */
  static threadsFor(concurrency: Concurrency): number {
    if (concurrency === 'off') return 1;
    if (concurrency === 'auto') return availableParallelism();
    return Math.max(1, Math.floor(concurrency));
  }

  /**
   * Starts the workers that `files` analyses are worth: none for a small workspace. With
   * `auto`, each worker needs its share of files; a number given asks for that many regardless.
   */
  prepare(files: number): void {
    if (this.closed || this.workers.length > 0) return;
    const wanted = this.threads - 1;
    const worthwhile =
      this.concurrency === 'auto' ? Math.min(wanted, Math.floor(files / MIN_FILES_PER_WORKER)) : wanted;
    for (let i = 0; i < worthwhile; i++) {
      try {
        this.workers.push(this.start());
      } catch {
        // A thread that cannot start (no program file, no memory for one) leaves the work here.
        break;
      }
    }
    this.started = this.workers.length;
  }

  /** The model of `text`, from a worker; undefined when every worker is busy (analyse it here). */
  analyze(
    uri: string,
    text: string,
    options: AnalysisOptions,
    optionsKey: string,
  ): Promise<SourceModel> | undefined {
    let chosen: PoolWorker | undefined;
    for (const candidate of this.workers)
      if (candidate.queued < QUEUE_PER_WORKER && (!chosen || candidate.queued < chosen.queued))
        chosen = candidate;
    if (!chosen) return undefined;
    const id = this.nextId++;
    const request: AnalysisRequest = { id, uri, text, optionsKey };
    if (!chosen.knownOptions.has(optionsKey)) {
      chosen.knownOptions.add(optionsKey);
      // The analyser's error hook is a function: it stays on this side.
      request.options = { ...options };
      delete request.options.onError;
    }
    chosen.queued++;
    const worker = chosen;
    return new Promise<SourceModel>((resolve, reject) => {
      this.waiting.set(id, {
        worker,
        resolve: (model) => {
          worker.queued--;
          resolve(model);
        },
        reject: (error) => {
          worker.queued--;
          reject(error);
        },
      });
      worker.worker.postMessage(request);
    });
  }

  /** Stops the workers; what is still waiting fails, and the caller analyses it itself. */
  async close(): Promise<void> {
    this.closed = true;
    this.fail(() => true, 'the analysis workers were stopped');
    await Promise.all(this.workers.splice(0).map(({ worker }) => worker.terminate()));
  }

  private start(): PoolWorker {
    // A worker's stdout would join the program's: the report of `check --format json`, or the
    // language server's protocol stream. Whatever a worker prints goes to stderr.
    const worker = new Worker(this.script, { workerData: { role: ANALYSIS_WORKER_ROLE }, stdout: true });
    worker.stdout.pipe(process.stderr, { end: false });
    // An idle worker must not keep the process alive.
    worker.unref();
    const entry: PoolWorker = { worker, queued: 0, knownOptions: new Set() };
    worker.on('message', (reply: AnalysisReply) => {
      const waiter = this.waiting.get(reply.id);
      if (!waiter) return;
      this.waiting.delete(reply.id);
      if ('model' in reply) {
        this.answered++;
        waiter.resolve(reply.model);
      } else waiter.reject(new Error(reply.error));
    });
    // A worker that dies takes its queue with it: those files are analysed on the main thread.
    const lost = (why: string) => {
      const index = this.workers.indexOf(entry);
      if (index >= 0) this.workers.splice(index, 1);
      this.fail((waiter) => waiter === entry, why);
    };
    worker.on('error', (error) => lost(`an analysis worker failed: ${error.message}`));
    worker.on('exit', (code) => lost(`an analysis worker stopped (exit code ${code})`));
    return entry;
  }

  /** Fails what the workers `of` chooses were still analysing. */
  private fail(of: (worker: PoolWorker) => boolean, why: string): void {
    for (const [id, waiter] of this.waiting) {
      if (!of(waiter.worker)) continue;
      this.waiting.delete(id);
      waiter.reject(new Error(why));
    }
  }
}
