import { describe, expect, test } from 'vitest';
import type { LaidOutGraph } from '../../../scripts/lib/layout/graph-layout.ts';
import { layoutCatalogueGraphs } from '../../../scripts/lib/layout/layout-catalogue-graphs.ts';
import { emitPaper } from '../../../scripts/lib/emit/emit-paper.ts';
import { paperDigest } from '../../../scripts/lib/emit/emit-papers.ts';
import { catalogueFiles, entryPath, toJson, type Catalogue } from '../../../scripts/lib/write/catalogue-files.ts';
import type { KeptFile } from '../../../scripts/lib/write/write-content-fs.ts';
import { makePaper } from '../emit/helpers/make-paper.ts';
import { buildTopicsExport, serializeExport } from '../../../src/lib/export-catalogue.ts';
import { laidOutGraphSchema, overviewSchema, topicSchema } from '../../../src/schemas/catalogue.ts';
import { fixtureContext, fixtureTopics } from '../exports/fixture-catalogue.ts';

const catalogue: Catalogue = {
  papers: [],
  topics: fixtureTopics,
  keywords: [],
  graph: fixtureTopics[1]!.graph,
  quality: fixtureContext.quality,
  summaries: [],
  registry: {},
};
const layouts = layoutCatalogueGraphs(catalogue);
const files = catalogueFiles(catalogue, layouts);
const items = (file: string) => JSON.parse(files.get(file) as string) as Record<string, unknown>[];

describe('catalogueFiles', () => {
  test('publishes each topic graph with its layout, valid for the content schema', () => {
    const topics = items('catalogue/topics.json');
    expect(topics.map((topic) => topic.id)).toEqual(['speech', 'diffusion']);
    topics.forEach((item, i) => {
      const topic = topicSchema.parse(item);
      expect(topic.graph).toEqual(fixtureTopics[i]!.graph);
      // What the topic page hands to KeywordGraph (typed `LaidOutGraph`): the schema's type must fit it.
      const drawn: LaidOutGraph = topic.graphLayout;
      expect(drawn).toEqual(layouts.topics.get(topic.slug));
    });
    expect(topicSchema.parse(topics[1]).graphLayout.nodes.map((node) => node.id)).toEqual(['schrodinger-bridge', 'score-matching']);
  });

  test('publishes the catalogue graph with its layout in the overview', () => {
    const overview = overviewSchema.parse(items('catalogue/overview.json')[0]);
    expect(overview.graph).toEqual(catalogue.graph);
    expect(overview.graphLayout).toEqual(layouts.catalogue);
  });

  test('the layout schema keeps every field a layout has', () => {
    for (const layout of [layouts.catalogue, ...layouts.topics.values()]) expect(laidOutGraphSchema.parse(layout)).toEqual(layout);
  });

  test('the topics export stays without positions', () => {
    const published = items('catalogue/topics.json').map((item) => topicSchema.parse(item));
    const exported = serializeExport(buildTopicsExport(published, fixtureContext));
    expect(exported).toBe(serializeExport(buildTopicsExport(fixtureTopics, fixtureContext)));
    expect(exported).not.toMatch(/graphLayout|"x1"|labelPlacement/);
  });

  test('refuses a topic without a layout', () => {
    expect(() => catalogueFiles(catalogue, { ...layouts, topics: new Map() })).toThrow(
      'Cannot write topics.json: expected a graph layout of topic "speech", got none',
    );
  });

  test('emits the entries it is not told to keep, and gives the kept ones as they are, each at its path', () => {
    const papers = ['a', 'b', 'c'].map((slug) => makePaper(`Paper ${slug}`, [{ type: 'text', value: `Abstract ${slug}.` }], { slug }));
    const kept: KeptFile = { stamp: { digest: 'd', size: 1, mtimeMs: 1, source: paperDigest(papers[1]!) } };
    const asked: [string, string][] = [];
    const withPapers = catalogueFiles({ ...catalogue, papers }, layouts, (file, source) => {
      asked.push([file, source]);
      return source === paperDigest(papers[1]!) ? kept : undefined;
    });
    expect(asked).toEqual(papers.map((paper) => [entryPath(paper), paperDigest(paper)]));
    expect(papers.map((paper) => withPapers.get(entryPath(paper)))).toEqual([emitPaper(papers[0]!), kept, emitPaper(papers[2]!)]);
  });
});

describe('toJson', () => {
  test('writes one array item or object property per line, and reads back as the value', () => {
    const list = [{ id: 'a', papers: ['x', 'y'] }, { id: 'b', label: 'Line\nbreak "quoted"' }];
    expect(toJson(list)).toBe(`[\n${JSON.stringify(list[0])},\n${JSON.stringify(list[1])}\n]\n`);
    expect(JSON.parse(toJson(list))).toEqual(list);
    const registry = { 'title key': 'slug-a', other: 'slug-b' };
    expect(toJson(registry)).toBe('{\n"title key": "slug-a",\n"other": "slug-b"\n}\n');
    expect(JSON.parse(toJson(registry))).toEqual(registry);
  });

  test('treats empty, scalar and unwritable values as JSON.stringify does', () => {
    expect(toJson([])).toBe('[]\n');
    expect(toJson({})).toBe('{}\n');
    expect(toJson('text')).toBe('"text"\n');
    expect(toJson(null)).toBe('null\n');
    expect(JSON.parse(toJson([undefined, 1]))).toEqual([null, 1]);
    expect(JSON.parse(toJson({ gone: undefined, kept: 1 }))).toEqual({ kept: 1 });
  });
});
