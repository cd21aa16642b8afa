import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestClient } from '../../test/helpers/lspClient';
import { pathToUri } from '../../server/src/workspace/paths';
import { CODES } from '../generator/catalog';
import { distribution, type Distribution } from './stats';

/** The completion capabilities VS Code declares: item defaults make a long list cheaper to send. */
const COMPLETION_CAPABILITIES = {
  completion: {
    completionItem: { snippetSupport: true },
    completionList: {
      itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'],
    },
  },
};

/** How long the benchmark waits for the index before it gives up, instead of hanging. */
const INDEX_TIMEOUT_MS = 15 * 60_000;

export interface IndexFigures {
  /** From spawning the server to the end of the indexing progress. */
  wallMs: number;
  /** CPU time of the server process until then. */
  cpuMs: number;
  /** Peak resident memory of the server process (VmHWM), and its resident memory after indexing. */
  peakRssMb: number;
  rssMb: number;
}

/** A server on a workspace, started and indexed. */
export interface IndexedServer {
  client: TestClient;
  figures: IndexFigures;
}

/** Spawns the server on a workspace and waits for the end of its indexing progress. */
export async function startIndexed(
  dist: string,
  workspace: string,
  nodeOptions: string[] = [],
): Promise<IndexedServer> {
  const started = performance.now();
  const client = new TestClient({
    folders: [workspace],
    nodeOptions,
    server: join(dist, 'server.js'),
    textDocument: COMPLETION_CAPABILITIES,
  });
  const indexed = client.indexed(INDEX_TIMEOUT_MS);
  await client.initialize();
  await indexed;
  const wallMs = performance.now() - started;
  const memory = processMemory(client.pid);
  return { client, figures: { wallMs, cpuMs: processCpuMs(client.pid), ...memory } };
}

/** A code literal of the big document: where its characters start, and the code. */
interface CodeSite {
  line: number;
  /** The character after the code's last one (the closing quote). */
  end: number;
  middle: number;
  code: string;
}

/** The known codes written as `code: 'X'` in a document, spread evenly through it. */
export function codeSites(text: string, wanted: number): CodeSite[] {
  const known = new Set(CODES.map((spec) => spec.code));
  const sites: CodeSite[] = [];
  text.split('\n').forEach((lineText, line) => {
    for (const match of lineText.matchAll(/code: '([A-Z_]+)'/g)) {
      if (!known.has(match[1])) continue;
      const start = match.index + "code: '".length;
      sites.push({
        line,
        end: start + match[1].length,
        middle: start + (match[1].length >> 1),
        code: match[1],
      });
    }
  });
  if (sites.length === 0) throw new Error('the big document has no code literal to edit');
  const step = sites.length / Math.min(wanted, sites.length);
  return Array.from({ length: Math.min(wanted, sites.length) }, (_, i) => sites[Math.floor(i * step)]);
}

export interface KeystrokeFigures extends Distribution {
  /** Diagnostics of the document before the edits, and how many edits saw the expected change. */
  baseline: number;
  expectedChanges: number;
}

/**
 * Types a character at the end of a code and deletes it again, `edits` times over the document:
 * each edit is timed from didChange to the answer of the diagnostics pull that follows it.
 */
export async function measureKeystrokes(
  client: TestClient,
  uri: string,
  text: string,
  edits: number,
): Promise<KeystrokeFigures> {
  let version = 1;
  const baseline = (await client.diagnostics(uri)).length;
  const samples: number[] = [];
  let expectedChanges = 0;
  const sites = codeSites(text, Math.ceil(edits / 2));
  for (let i = 0; i < edits; i++) {
    const site = sites[Math.floor(i / 2) % sites.length];
    const typing = i % 2 === 0;
    const at = { line: site.line, character: site.end };
    const change = typing
      ? { range: { start: at, end: at }, text: 'X' }
      : { range: { start: at, end: { line: site.line, character: site.end + 1 } }, text: '' };
    const started = performance.now();
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [change],
    });
    const diagnostics = await client.diagnostics(uri);
    samples.push(performance.now() - started);
    // A typed character makes the code unknown; deleting it brings back the diagnostics before.
    const expected = typing
      ? diagnostics.some((d) => d.message.includes(`'${site.code}X'`))
      : diagnostics.length === baseline;
    if (expected) expectedChanges++;
  }
  return { ...distribution(samples), baseline, expectedChanges };
}

export interface RequestFigures {
  hover: Distribution;
  completion: Distribution;
  /** Hovers that found a catalog entry, completions that offered every code: both should be all. */
  hoversAnswered: number;
  completionsComplete: number;
}

/**
 * Hovers and completes on the codes of an open document, one request after the other, until
 * `count` of each are done or `stop` says so; only requests answered before the stop count.
 */
export async function measureRequests(
  client: TestClient,
  uri: string,
  text: string,
  count: number,
  stopped: () => boolean = () => false,
): Promise<RequestFigures> {
  const sites = codeSites(text, 100);
  const hover: number[] = [];
  const completion: number[] = [];
  let hoversAnswered = 0;
  let completionsComplete = 0;
  for (let i = 0; (hover.length < count || completion.length < count) && !stopped(); i++) {
    const site = sites[i % sites.length];
    const params = { textDocument: { uri }, position: { line: site.line, character: site.middle } };
    const started = performance.now();
    if (i % 2 === 0 && hover.length < count) {
      const result = await client.request<{ contents: { value: string } } | null>(
        'textDocument/hover',
        params,
      );
      if (stopped()) break;
      hover.push(performance.now() - started);
      if (result?.contents.value.includes(site.code)) hoversAnswered++;
    } else if (completion.length < count) {
      const result = await client.request<{ items: unknown[] } | null>('textDocument/completion', params);
      if (stopped()) break;
      completion.push(performance.now() - started);
      if (result?.items.length === CODES.length) completionsComplete++;
    }
  }
  return {
    hover: distribution(hover),
    completion: distribution(completion),
    hoversAnswered,
    completionsComplete,
  };
}

/** Opens the big document of a workspace in a server. */
export async function openBigDocument(
  client: TestClient,
  workspace: string,
  relative: string,
): Promise<{ uri: string; text: string }> {
  const path = join(workspace, relative);
  const text = readFileSync(path, 'utf8');
  const uri = pathToUri(path);
  await client.open(uri, text);
  return { uri, text };
}

/**
 * Hover and completion while the initial index is still running: a fresh server, the big
 * document opened as soon as the server is initialized, requests until the index ends.
 */
export async function measureRequestsWhileIndexing(
  dist: string,
  workspace: string,
  bigDocument: string,
  count: number,
  nodeOptions: string[] = [],
): Promise<RequestFigures & { indexWallMs: number }> {
  const started = performance.now();
  const client = new TestClient({
    folders: [workspace],
    nodeOptions,
    server: join(dist, 'server.js'),
    textDocument: COMPLETION_CAPABILITIES,
  });
  let indexed = false;
  const ended = client.indexed(INDEX_TIMEOUT_MS).then(() => (indexed = true));
  try {
    await client.initialize();
    const { uri, text } = await openBigDocument(client, workspace, bigDocument);
    const figures = await measureRequests(client, uri, text, count, () => indexed);
    await ended;
    return { ...figures, indexWallMs: performance.now() - started };
  } finally {
    await client.stop();
  }
}

/** Peak and current resident memory of a process, from /proc (Linux); NaN elsewhere. */
export function processMemory(pid: number | undefined): { peakRssMb: number; rssMb: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { peakRssMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
  } catch {
    return { peakRssMb: Number.NaN, rssMb: Number.NaN };
  }
}

/** User plus system time of a process so far, from /proc (Linux, 100 ticks a second); NaN elsewhere. */
export function processCpuMs(pid: number | undefined): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
