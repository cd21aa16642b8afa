import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SetupError } from './mirror';

/** A sampled raise site, labelled by reading the source. */
export interface Site {
  /** Index of the candidate in the seeded draw. */
  draw: number;
  file: string;
  /** 1-based position to hover: the code string, or the class or enum member that carries the code. */
  line: number;
  column: number;
  code: string;
  /** The status the response is sent with. */
  status: number;
  note: string;
}

export interface Sample {
  repo: string;
  commit: string;
  seed: number;
  /** Candidates drawn, sampled and dropped together. */
  drawn: number;
  dropped: Array<{ draw: number; file: string; line: number; reason: string }>;
  sites: Site[];
}

export type Rule = 'unknown-code' | 'status-mismatch';

export interface Expectation {
  rule: Rule;
  file: string;
  line: number;
  /** Last line of a statement the finding may sit on; `line` alone when absent. */
  endLine?: number;
  /** Other places a finding may equally sit (a definition and the raise site that uses it). */
  also?: Array<{ file: string; line: number; endLine?: number }>;
}

/** A realistic bug planted in a copy, or (`real`) a drift the repository already has. */
export interface Plant {
  file?: string;
  find?: string;
  replace?: string;
  real?: boolean;
  expect: Expectation;
  note: string;
}

export interface Review {
  file: string;
  line: number;
  rule: string;
  code: string;
  verdict: 'real' | 'false';
  note: string;
}

function readJson<T>(path: string, fallback?: T): T {
  if (!existsSync(path)) {
    if (fallback !== undefined) return fallback;
    throw new SetupError(`${path} is missing`);
  }
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export function loadSample(bench: string, name: string): Sample {
  return readJson<Sample>(join(bench, 'samples', `${name}.json`));
}

export function loadPlants(bench: string, name: string): Plant[] {
  const plants = readJson<Plant[]>(join(bench, 'planted', `${name}.json`));
  for (const plant of plants) {
    if (!plant.real && (!plant.file || !plant.find || plant.replace === undefined)) {
      throw new SetupError(`planted/${name}.json: a planted bug needs file, find and replace: ${plant.note}`);
    }
  }
  return plants;
}

export function loadReviews(bench: string, name: string): Review[] {
  return readJson<Review[]>(join(bench, 'reviewed', `${name}.json`), []);
}

export function reviewKey(file: string, line: number, rule: string, code: string): string {
  return `${file}:${line}:${rule}:${code}`;
}
