/**
 * Summarises a `.cpuprofile` written by `node --cpu-prof`: the functions with the most self time
 * and the most total time (self plus callees), so a slow figure can be traced to its cause.
 *
 *   node --import tsx bench/profileSummary.ts <file.cpuprofile> [rows]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self and total milliseconds per function, largest first. */
export function summarise(profile: Profile): { self: Map<string, number>; total: Map<string, number> } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const label = (node: ProfileNode) =>
    `${node.callFrame.functionName || '(anonymous)'} ${basename(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const node = byId.get(id)!;
    self.set(label(node), (self.get(label(node)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const name = label(byId.get(at)!);
      if (seen.has(name)) continue; // recursion counts once
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + ms);
    }
  });
  return { self, total };
}

function top(map: Map<string, number>, rows: number): string {
  return [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, rows)
    .map(([name, ms]) => `${ms.toFixed(0).padStart(8)} ms  ${name}`)
    .join('\n');
}

if (require.main === module) {
  const [file, rows = '25'] = process.argv.slice(2);
  const { self, total } = summarise(JSON.parse(readFileSync(file, 'utf8')) as Profile);
  console.log(`self time\n${top(self, Number(rows))}\n\ntotal time\n${top(total, Number(rows))}`);
}
