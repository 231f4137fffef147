import { describe, expect, test } from 'vitest';
import { groupStageTimings, parseStageTimings } from '../../../scripts/lib/bench/parse-stage-timings.ts';

describe('parseStageTimings', () => {
  test.each([
    {
      output: 'x\nstages: read 0.00s, ingest 0.27s, enrich 2.99s, check 0.01s, emit 1.46s, write 0.15s; total 4.88s\n',
      groups: { ingest: 0.27, enrich: 3, emit: 1.61, other: 0 },
    },
    { output: 'stages: parse 1.5s, layout 2s; total 3.5s', groups: { ingest: 1.5, enrich: 0, emit: 0, other: 2 } },
    { output: 'no timings', groups: { ingest: 0, enrich: 0, emit: 0, other: 0 } },
  ])('$output', ({ output, groups }) => {
    const grouped = groupStageTimings(parseStageTimings(output));
    for (const [key, value] of Object.entries(groups)) expect(grouped[key as keyof typeof grouped]).toBeCloseTo(value, 5);
  });
});
