import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

/** A case still running after this long is a hang: the process is stopped with the input shown. */
export const HANG_MS = Number(process.env.FUZZ_HANG_MS ?? 20_000);

/** Inputs larger than this are cut short in the shared buffer; the dump says so. */
const MAX_INPUT_BYTES = 8 * 1024 * 1024;

// The checked code runs synchronously, so a hang blocks this thread for good: no timer here could
// fire. A worker thread keeps its own clock, and it can still write to stderr and end the process.
const WATCHER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const control = new Int32Array(workerData.control);
const bytes = new Uint8Array(workerData.bytes);
let seen = 0;
let since = Date.now();
setInterval(() => {
  const running = Atomics.load(control, 0);
  if (running === 0 || running !== seen) { seen = running; since = Date.now(); return; }
  if (Date.now() - since < workerData.hangMs) return;
  const length = Atomics.load(control, 1);
  const input = new TextDecoder().decode(bytes.slice(0, Math.min(length, bytes.length)));
  fs.writeFileSync(workerData.dumpPath, input);
  const target = new TextDecoder().decode(new Uint8Array(workerData.name).filter((b) => b !== 0));
  fs.writeSync(2, '\\nfuzz: a case of ' + target + ' ran for more than ' + workerData.hangMs + ' ms: hang.\\n' +
    'Its input (' + length + ' bytes' + (length > bytes.length ? ', cut short' : '') + ') is in ' +
    workerData.dumpPath + '; it begins ' + JSON.stringify(input.slice(0, 2000)) + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, 250);
`;

/** Watches one fuzz target's cases from another thread. */
export class Watchdog {
  private readonly control = new Int32Array(new SharedArrayBuffer(8));
  private readonly bytes = new Uint8Array(new SharedArrayBuffer(MAX_INPUT_BYTES));
  private readonly encoder = new TextEncoder();
  private readonly worker: Worker;
  private caseNumber = 0;

  constructor(target: string) {
    const name = new Uint8Array(new SharedArrayBuffer(256));
    this.encoder.encodeInto(target.slice(0, 80), name);
    const dumpPath = join(tmpdir(), `fuzz-hang-${target.replace(/[^\w.-]+/g, '_')}-${process.pid}.txt`);
    this.worker = new Worker(WATCHER, {
      eval: true,
      workerData: {
        control: this.control.buffer,
        bytes: this.bytes.buffer,
        name: name.buffer,
        hangMs: HANG_MS,
        dumpPath,
      },
    });
    this.worker.unref();
  }

  /** Runs one case under watch; `input` is what the dump shows if it never returns. */
  run<T>(input: string, work: () => T): T {
    const { written } = this.encoder.encodeInto(input, this.bytes);
    Atomics.store(
      this.control,
      1,
      written === this.bytes.length ? this.encoder.encode(input).length : written,
    );
    // Never 0, which means idle; a new number per case so back-to-back cases are told apart.
    this.caseNumber = (this.caseNumber % 0x3fffffff) + 1;
    Atomics.store(this.control, 0, this.caseNumber);
    try {
      return work();
    } finally {
      Atomics.store(this.control, 0, 0);
    }
  }

  async stop(): Promise<void> {
    await this.worker.terminate();
  }
}
