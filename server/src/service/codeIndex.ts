import type { Catalog } from '../catalog/catalog';
import type { CatalogEntry } from '../catalog/types';

/** One misspelt code's candidate: an entry within the edit-distance threshold of it. */
interface Candidate {
  code: string;
  distance: number;
  sameStatus: boolean;
  /** The entry's place in the catalog: among equals, what a stable sort of the entries keeps. */
  index: number;
}

/**
 * A catalog's codes indexed for the did-you-mean search, built once per catalog. It answers
 * exactly what measuring every entry answers (`nearestCodes`), without measuring most of them.
 *
 * The q-gram lemma with positions, for bigrams: when a string of length `m` is within edit
 * distance `b` of another, at most `2b` of its `m - 1` bigrams are touched by an edit (one edit
 * touches at most two), and each bigram left untouched is found in the other string at most `b`
 * places from where it is (only insertions and deletions before it shift it, and there are at most
 * `b`). So of any `2b + 1` bigrams of the code, an entry within `b` holds one of them at most `b`
 * places away. An inverted index from each bigram and place to the entries holding it there gives
 * the candidates: the entries of the `2b + 1` bigrams whose lists (over their `2b + 1` places) are
 * shortest. A bigram no entry holds there costs nothing, and rules out everything.
 *
 * The search goes by growing bounds (1, 2, 4, ... up to the threshold), measuring the candidates
 * with the edit distance bounded by `b`. Once `limit` entries are within `b`, nothing farther can
 * make the list (ties at the distance of the last one are all among the candidates too), and the
 * search stops: a misspelling is usually within one or two edits of its code, and a few short lists
 * answer it. A code too short for the lemma to rule anything out at a bound (`m - 1 - 2b <= 0`: five
 * characters or fewer at the threshold) is measured against the entries of its length window, as
 * `nearestCodes` does, from buckets by length.
 */
export class CodeIndex {
  private readonly entries: readonly CatalogEntry[];
  /** Each entry's code in lower case, which the distance is measured on. */
  private readonly lower: string[];
  /** Entry indexes by the length of their code as written (the length filter reads that one). */
  private readonly byLength = new Map<number, number[]>();
  /** Each bigram of the lower-case codes to the entries holding it, by the place they hold it at. */
  private readonly postings = new Map<number, Array<Int32Array | undefined>>();
  /** The search that last made each entry a candidate: an entry is measured once a search. */
  private readonly marked: Uint32Array;
  /** The bigram of the code that last counted for each entry: each counts once an entry. */
  private readonly counted: Uint32Array;
  /** How many of the code's bigrams each candidate holds near enough (-1: not counted). */
  private readonly shared: Int32Array;
  /** Numbers searches and the code's bigrams in them, so that marks need no clearing. */
  private search = 0;

  /** `built`: false leaves the index empty, for `inSteps` to fill. */
  constructor(entries: readonly CatalogEntry[], built = true) {
    this.entries = entries;
    this.lower = new Array<string>(entries.length);
    this.marked = new Uint32Array(entries.length);
    this.counted = new Uint32Array(entries.length);
    this.shared = new Int32Array(entries.length);
    if (built) {
      const steps = this.fill();
      while (!steps.next().done);
    }
  }

  /** The index of these entries, built a step at a time with `pause` awaited between steps. */
  static async inSteps(entries: readonly CatalogEntry[], pause: () => Promise<void>): Promise<CodeIndex> {
    const index = new CodeIndex(entries, false);
    for (const steps = index.fill(); !steps.next().done;) await pause();
    return index;
  }

  /**
   * Fills the buckets and the postings, a step every `BUILD_STEP` entries. The postings are views
   * of one array, counted first and then filled: a list grown entry by entry for each bigram and
   * place (a million pushes into tens of thousands of arrays) kept the garbage collector busy for
   * tens of milliseconds at a time.
   */
  private *fill(): Generator<void> {
    const { entries, lower } = this;
    let total = 0;
    for (let index = 0; index < entries.length; index++) {
      if (index % (BUILD_STEP * 4) === BUILD_STEP * 4 - 1) yield;
      lower[index] = entries[index].code.toLowerCase();
      total += Math.max(0, lower[index].length - 1);
      const length = entries[index].code.length;
      const bucket = this.byLength.get(length);
      if (bucket) bucket.push(index);
      else this.byLength.set(length, [index]);
    }
    // Each bigram and place is a slot; each place of each code, the slot it falls in.
    const slotsByBigram = new Map<number, number[]>();
    const slotOfPlace = new Int32Array(total);
    let counts: Int32Array = new Int32Array(1024);
    let slots = 0;
    let at = 0;
    for (let index = 0; index < entries.length; index++) {
      if (index % BUILD_STEP === BUILD_STEP - 1) yield;
      const code = lower[index];
      for (let place = 0; place + 1 < code.length; place++) {
        const bigram = bigramAt(code, place);
        let byPlace = slotsByBigram.get(bigram);
        if (!byPlace) slotsByBigram.set(bigram, (byPlace = []));
        let slot = byPlace[place];
        if (slot === undefined) {
          slot = byPlace[place] = slots++;
          if (slot === counts.length) counts = grow(counts);
        }
        slotOfPlace[at++] = slot;
        counts[slot]++;
      }
    }
    yield;
    const starts = new Int32Array(slots + 1);
    for (let slot = 0; slot < slots; slot++) starts[slot + 1] = starts[slot] + counts[slot];
    const data = new Int32Array(total);
    const filled = starts.slice(0, slots);
    at = 0;
    for (let index = 0; index < entries.length; index++) {
      if (index % (BUILD_STEP * 4) === BUILD_STEP * 4 - 1) yield;
      for (let places = Math.max(0, lower[index].length - 1); places > 0; places--) {
        data[filled[slotOfPlace[at++]]++] = index;
      }
    }
    yield;
    for (const [bigram, byPlace] of slotsByBigram) {
      this.postings.set(
        bigram,
        Array.from(byPlace, (slot) =>
          slot === undefined ? undefined : data.subarray(starts[slot], starts[slot + 1]),
        ),
      );
    }
  }

  /** The same answer as `nearestCodes(code, entries, status, limit)` over the indexed entries. */
  nearest(code: string, status?: number, limit = 3): string[] {
    if (limit === 0) return [];
    const wanted = code.toLowerCase();
    const threshold = Math.max(2, Math.floor(wanted.length / 3));
    // The filter `nearestCodes` applies first, on the lengths as written.
    const minLength = wanted.length - threshold;
    const maxLength = wanted.length + threshold;
    for (let bound = 1; ; bound = Math.min(threshold, bound * 2)) {
      if (wanted.length - 1 - 2 * bound <= 0) {
        const found = new Found(limit, threshold);
        for (let length = Math.max(0, minLength); length <= maxLength; length++) {
          for (const index of this.byLength.get(length) ?? []) this.measure(wanted, index, status, found);
        }
        return found.codes();
      }
      const found = new Found(limit, bound);
      for (const index of this.candidates(wanted, bound, minLength, maxLength)) {
        // Those sharing most come first: once one shares too few for the bound, so do the rest.
        const shared = this.shared[index];
        if (shared >= 0 && shared < wanted.length - 1 - 2 * found.bound) break;
        if (shared >= 0 && shared < Math.max(wanted.length, this.lower[index].length) - 1 - 2 * found.bound) {
          continue;
        }
        if (Math.abs(this.lower[index].length - wanted.length) > found.bound) continue;
        this.measure(wanted, index, status, found);
      }
      if (found.complete() || bound === threshold) return found.codes();
    }
  }

  /**
   * The entries of the length window that may be within `bound` of the code: those holding one
   * of its `2b + 1` bigrams with the shortest lists, at most `b` places from where the code does.
   * When measuring them all would cost more than reading the other bigrams' lists, those are read
   * too: `shared` then tells of each candidate how many of the code's bigrams it holds (near
   * enough), and the candidates come most alike first; else `shared` is -1.
   */
  private candidates(wanted: string, bound: number, minLength: number, maxLength: number): number[] {
    const bigrams: Array<{ lists: Int32Array[]; size: number }> = [];
    for (let place = 0; place + 1 < wanted.length; place++) {
      const bigram = bigramAt(wanted, place);
      const lists: Int32Array[] = [];
      let size = 0;
      const byPlace = this.postings.get(bigram) ?? [];
      const last = Math.min(place + bound, byPlace.length - 1);
      for (let other = Math.max(0, place - bound); other <= last; other++) {
        const list = byPlace[other];
        if (!list) continue;
        lists.push(list);
        size += list.length;
      }
      bigrams.push({ lists, size });
    }
    bigrams.sort((a, b) => a.size - b.size);
    const search = this.nextSearch();
    const candidates: number[] = [];
    for (const { lists } of bigrams.slice(0, 2 * bound + 1)) {
      for (const list of lists) {
        for (let i = 0; i < list.length; i++) {
          const index = list[i];
          if (this.marked[index] === search) continue;
          this.marked[index] = search;
          const length = this.entries[index].code.length;
          if (length < minLength || length > maxLength) continue;
          candidates.push(index);
          this.shared[index] = 0;
        }
      }
    }
    let rest = 0;
    for (const { size } of bigrams.slice(2 * bound + 1)) rest += size;
    // A bounded distance costs about a band of `2b + 1` cells a row.
    if (rest >= candidates.length * (2 * bound + 1) * wanted.length) {
      for (const index of candidates) this.shared[index] = -1;
      return candidates;
    }
    for (const { lists } of bigrams) {
      // Each bigram of the code counts once an entry, wherever in its window the entry holds it.
      const bigram = this.nextSearch();
      for (const list of lists) {
        for (let i = 0; i < list.length; i++) {
          const index = list[i];
          if (this.marked[index] < search || this.counted[index] === bigram) continue;
          this.counted[index] = bigram;
          this.shared[index]++;
        }
      }
    }
    const byShared: number[][] = [];
    for (const index of candidates) (byShared[this.shared[index]] ??= []).push(index);
    return byShared.reverse().flatMap((bucket) => bucket ?? []);
  }

  private measure(wanted: string, index: number, status: number | undefined, found: Found): void {
    const distance = boundedDistance(wanted, this.lower[index], found.bound);
    if (distance > found.bound) return;
    const entry = this.entries[index];
    found.add({
      code: entry.code,
      distance,
      sameStatus: status !== undefined && entry.statuses.includes(status),
      index,
    });
  }

  private nextSearch(): number {
    if (this.search === 0xffffffff) {
      this.marked.fill(0);
      this.counted.fill(0);
      this.search = 0;
    }
    return ++this.search;
  }
}

/** The row `boundedDistance` computes in, grown as needed and reused. */
let band = new Int32Array(64);

/**
 * Levenshtein distance within a bound (Ukkonen's band): exact when at most `bound`, else
 * `bound + 1`. A cell more than `bound` off the diagonal holds more than `bound`, so only the
 * `2 * bound + 1` cells around it are computed a row, and a row all above the bound ends it.
 */
export function boundedDistance(a: string, b: string, bound: number): number {
  const over = bound + 1;
  if (Math.abs(a.length - b.length) > bound) return over;
  if (a === b) return 0;
  if (band.length <= b.length) band = new Int32Array(b.length * 2 + 1);
  const row = band;
  for (let j = 0; j <= b.length; j++) row[j] = j <= bound ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const char = a.charCodeAt(i - 1);
    const from = Math.max(1, i - bound);
    const to = Math.min(b.length, i + bound);
    let diagonal = row[from - 1];
    let left = from === 1 && i <= bound ? i : over;
    row[from - 1] = left;
    let smallest = left;
    for (let j = from; j <= to; j++) {
      const above = row[j];
      const substitute = diagonal + (char === b.charCodeAt(j - 1) ? 0 : 1);
      const insertOrDelete = (above < left ? above : left) + 1;
      let cell = substitute < insertOrDelete ? substitute : insertOrDelete;
      if (cell > over) cell = over;
      row[j] = cell;
      diagonal = above;
      left = cell;
      if (cell < smallest) smallest = cell;
    }
    if (smallest > bound) return over;
  }
  return row[b.length] <= bound ? row[b.length] : over;
}

/** A copy of the array twice as long. */
function grow(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** A bigram (two UTF-16 code units) as one number. */
function bigramAt(text: string, place: number): number {
  return text.charCodeAt(place) * 0x10000 + text.charCodeAt(place + 1);
}

/**
 * The candidates found so far and the bound they set: the threshold, until `limit` of them are
 * found, then the distance of the farthest of the `limit` nearest.
 */
class Found {
  private readonly candidates: Candidate[] = [];
  /** The `limit` smallest distances found, in order. */
  private readonly nearest: number[] = [];
  bound: number;

  constructor(
    private readonly limit: number,
    threshold: number,
  ) {
    this.bound = threshold;
  }

  add(candidate: Candidate): void {
    this.candidates.push(candidate);
    if (this.limit <= 0) return;
    const nearest = this.nearest;
    let at = nearest.length;
    while (at > 0 && nearest[at - 1] > candidate.distance) at--;
    if (at >= this.limit) return;
    nearest.splice(at, 0, candidate.distance);
    if (nearest.length > this.limit) nearest.pop();
    if (nearest.length === this.limit) this.bound = Math.min(this.bound, nearest[this.limit - 1]);
  }

  /** Whether `limit` candidates are found: any other is farther than the last of them, or ties. */
  complete(): boolean {
    return this.limit > 0 && this.nearest.length === this.limit;
  }

  /** The codes in `nearestCodes`' order, the catalog's order among equals. */
  codes(): string[] {
    return this.candidates
      .sort(
        (a, b) =>
          a.distance - b.distance ||
          Number(b.sameStatus) - Number(a.sameStatus) ||
          a.code.localeCompare(b.code) ||
          a.index - b.index,
      )
      .slice(0, this.limit)
      .map((candidate) => candidate.code);
  }
}

/** Entries a step of building an index takes: a few milliseconds. */
const BUILD_STEP = 1000;

const indexes = new WeakMap<Catalog, CodeIndex>();
const building = new WeakMap<Catalog, Promise<CodeIndex>>();

/** The catalog's code index, built the first time a code is looked up (a catalog never changes). */
export function codeIndexOf(catalog: Catalog): CodeIndex {
  let index = indexes.get(catalog);
  if (!index) indexes.set(catalog, (index = new CodeIndex(catalog.entries())));
  return index;
}

/**
 * Builds the catalog's code index ahead of `codeIndexOf`, a step at a time with `pause` awaited
 * between steps: a catalog of 50,000 codes takes a quarter of a second to index, which a server
 * would otherwise spend in one go, with every other request waiting.
 */
export async function prepareCodeIndex(catalog: Catalog, pause: () => Promise<void>): Promise<void> {
  if (indexes.has(catalog)) return;
  let pending = building.get(catalog);
  if (!pending) {
    pending = CodeIndex.inSteps(catalog.entries(), pause);
    building.set(catalog, pending);
  }
  const index = await pending;
  building.delete(catalog);
  if (!indexes.has(catalog)) indexes.set(catalog, index);
}
