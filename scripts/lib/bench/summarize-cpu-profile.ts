/** The parts of a V8 `.cpuprofile` the summary reads. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** A function and the time spent in it. */
export interface Hotspot {
  /** `file:line functionName`, the file relative to the project when inside it. */
  location: string;
  /** Self time in milliseconds (samples whose top frame is this function). */
  selfMs: number;
  /** Share of the profile's sampled time. */
  share: number;
}

/**
 * Top functions by self time in a V8 CPU profile (`node --cpu-prof`). Frames of the
 * same function (same name, file and line) are added up.
 *
 * @param profile Parsed `.cpuprofile` JSON.
 * @param projectRoot `file://` prefix to strip from URLs so locations read `src/…`.
 * @param top How many to return.
 */
export function summarizeCpuProfile(profile: CpuProfile, projectRoot: string, top = 15): Hotspot[] {
  const frameOf = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const selfByLocation = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const frame = frameOf.get(id);
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    total += ms;
    if (!frame) return;
    const file = frame.url.replace(`file://${projectRoot}/`, '').replace(/^file:\/\//, '') || '(native)';
    const location = `${file}:${frame.lineNumber + 1} ${frame.functionName || '(anonymous)'}`;
    selfByLocation.set(location, (selfByLocation.get(location) ?? 0) + ms);
  });
  return [...selfByLocation]
    .map(([location, selfMs]) => ({ location, selfMs, share: total > 0 ? selfMs / total : 0 }))
    .sort((a, b) => b.selfMs - a.selfMs)
    .slice(0, top);
}
