/**
 * A short summary of a V8 CPU profile (node --cpu-prof): self time by area (this project,
 * each npm package, Node internals, GC) and the top frames, so a bench run keeps where the
 * time went without the multi-megabyte profile itself.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
}

export interface ProfileSummary {
  sampledMs: number;
  areas: { area: string; percent: number }[];
  topFrames: { frame: string; percent: number }[];
}

function areaOf(url: string, name: string): string {
  if (name === '(garbage collector)') return 'GC';
  if (name === '(program)' || name === '(idle)') return name;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return pkg;
  if (url.startsWith('node:') || url === '') return 'Node internals';
  return 'this project';
}

function frameOf(node: ProfileNode, root: string): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const file = url
    .replace(/^file:\/\//, '')
    .replace(root, '')
    .replace(/^.*node_modules\//, '');
  return `${functionName || '(anonymous)'} ${file}${file ? `:${lineNumber + 1}` : ''}`;
}

export function summarizeProfile(profile: CpuProfile, root: string, top = 20): ProfileSummary {
  const perSample = (profile.endTime - profile.startTime) / 1000 / Math.max(1, profile.samples.length);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const hits = new Map<number, number>();
  for (const id of profile.samples) hits.set(id, (hits.get(id) ?? 0) + 1);
  const areas = new Map<string, number>();
  const frames = new Map<string, number>();
  let busy = 0;
  for (const [id, count] of hits) {
    const node = byId.get(id)!;
    const area = areaOf(node.callFrame.url, node.callFrame.functionName);
    if (area === '(idle)') continue;
    busy += count;
    areas.set(area, (areas.get(area) ?? 0) + count);
    const frame = frameOf(node, root);
    frames.set(frame, (frames.get(frame) ?? 0) + count);
  }
  const percent = (count: number) => Math.round((count / Math.max(1, busy)) * 1000) / 10;
  const sorted = (m: Map<string, number>) => [...m.entries()].sort((a, b) => b[1] - a[1]);
  return {
    sampledMs: Math.round(busy * perSample),
    areas: sorted(areas).map(([area, count]) => ({ area, percent: percent(count) })),
    topFrames: sorted(frames)
      .slice(0, top)
      .map(([frame, count]) => ({ frame, percent: percent(count) })),
  };
}

export function formatProfile(summary: ProfileSummary): string {
  const lines = [`CPU profile: ${summary.sampledMs} ms of busy samples (idle excluded)`, '', 'Self time by area:'];
  for (const { area, percent } of summary.areas.slice(0, 12))
    lines.push(`  ${percent.toFixed(1).padStart(5)}%  ${area}`);
  lines.push('', 'Top frames (self time):');
  for (const { frame, percent } of summary.topFrames) lines.push(`  ${percent.toFixed(1).padStart(5)}%  ${frame}`);
  return lines.join('\n');
}
