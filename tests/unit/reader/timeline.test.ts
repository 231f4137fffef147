import { expect, test } from 'vitest';
import { countByDump, layoutTimeline } from '../../../src/lib/timeline.ts';

test('countByDump counts first sightings per dump, in dump order, zeros included', () => {
  expect(countByDump(['d1', 'd2', 'd3'], [{ firstSeen: 'd1' }, { firstSeen: 'd3' }, { firstSeen: 'd1' }, { firstSeen: 'zz' }])).toEqual([
    { dump: 'd1', papers: 2 },
    { dump: 'd2', papers: 0 },
    { dump: 'd3', papers: 1 },
  ]);
});

test('layoutTimeline gives exact bars and ticks', () => {
  const chart = layoutTimeline(
    [
      { dump: 'a', papers: 10 },
      { dump: 'b', papers: 0 },
      { dump: 'c', papers: 5 },
    ],
    { width: 200, height: 100, margin: { top: 10, right: 10, bottom: 20, left: 30 }, ticks: 2 },
  );
  expect(chart.plot).toEqual({ left: 30, top: 10, right: 190, bottom: 80 });
  // Band scale: step = 160 / (3 − 0.2 + 0.2) = 53.33, band 42.67, outer padding 5.33.
  expect(chart.bars).toEqual([
    { dump: 'a', papers: 10, x: 35.33, y: 10, width: 42.67, height: 70 },
    { dump: 'b', papers: 0, x: 88.67, y: 80, width: 42.67, height: 0 },
    { dump: 'c', papers: 5, x: 142, y: 45, width: 42.67, height: 35 },
  ]);
  expect(chart.yTicks).toEqual([
    { at: 80, label: '0' },
    { at: 45, label: '5' },
    { at: 10, label: '10' },
  ]);
  expect(chart.xTicks).toEqual([
    { at: 56.67, label: '1' },
    { at: 110, label: '2' },
    { at: 163.33, label: '3' },
  ]);
});

test('many dumps get thinned labels but every bar', () => {
  const counts = Array.from({ length: 40 }, (_, i) => ({ dump: `d${i}`, papers: i }));
  const chart = layoutTimeline(counts, { width: 640, height: 180 });
  expect(chart.bars).toHaveLength(40);
  expect(chart.xTicks.map((tick) => tick.label)).toEqual(['1', '5', '9', '13', '17', '21', '25', '29', '33', '37']);
  expect(chart.yTicks.every((tick) => /^\d+$/.test(tick.label))).toBe(true);
});

test('an empty catalogue still lays out', () => {
  const chart = layoutTimeline([], { width: 100, height: 50 });
  expect(chart.bars).toEqual([]);
  expect(chart.yTicks[0]).toEqual({ at: 22, label: '0' });
});
