/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: functions by self
 * time, and the project's own functions (`/src/`) by inclusive time, which is where quadratic
 * work shows up first when the dossier grows.
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface FunctionTime {
  name: string;
  /** File and line, shortened to the part below the repository. */
  where: string;
  ms: number;
}

/** Shortens a script URL to the part below the repository; Astro's bundled page code keeps its chunk name. */
const short = (url: string) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/^.*\/(\.prerender\/)/, '$1')
    .replace(/^.*?\/(node_modules|src|scripts)\//, '$1/');

function frameKey(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  return `${functionName || '(anonym)'}\u0000${short(url)}:${lineNumber + 1}`;
}

export function summariseProfile(file: string, top = 25): { totalMs: number; bySelf: FunctionTime[]; ownByInclusive: FunctionTime[] } {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  for (const [id, micros] of selfMicros) {
    total += micros;
    const node = byId.get(id)!;
    self.set(frameKey(node), (self.get(frameKey(node)) ?? 0) + micros);
    // Inclusive: every distinct function on the stack gets the sample once (recursion counted once).
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const key = frameKey(byId.get(at)!);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const list = (map: Map<string, number>, keep: (where: string) => boolean) =>
    [...map]
      .map(([key, micros]) => {
        const [name, where] = key.split('\u0000') as [string, string];
        return { name, where, ms: micros / 1000 };
      })
      .filter((f) => keep(f.where))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top);
  return {
    totalMs: total / 1000,
    bySelf: list(self, (where) => !where.startsWith(':')),
    // The pages' code runs bundled into `.prerender/chunks/…`, named after its first module.
    ownByInclusive: list(inclusive, (where) => where.startsWith('src/') || where.startsWith('.prerender/')),
  };
}

export function profileMarkdown(title: string, summary: ReturnType<typeof summariseProfile>): string {
  const rows = (items: FunctionTime[]) => items.map((f) => `| ${f.ms.toFixed(0)} | ${f.name} | ${f.where} |`).join('\n');
  return [
    `## ${title}`,
    '',
    `Abgetastete CPU-Zeit des Hauptthreads: ${(summary.totalMs / 1000).toFixed(1)} s.`,
    '',
    '### Eigene Zeit (Funktionen)',
    '',
    '| ms | Funktion | Ort |',
    '|---|---|---|',
    rows(summary.bySelf),
    '',
    '### Projektcode (src/ und gebündelter Seitencode .prerender/), inklusive Aufgerufenem',
    '',
    '| ms | Funktion | Ort |',
    '|---|---|---|',
    rows(summary.ownByInclusive),
    '',
  ].join('\n');
}
