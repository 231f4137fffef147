import type { Topic } from '../../../scripts/lib/model.ts';
import type { PaperEntry } from '../../../src/schemas/paper-entry.ts';
import type { ExportContext } from '../../../src/lib/export-catalogue.ts';

/** A two-topic, three-paper catalogue over two dumps. */
export const fixturePapers: PaperEntry[] = [
  {
    title: 'Simplified Diffusion Schrödinger Bridge',
    slug: 'simplified-diffusion-schrodinger-bridge',
    topic: 'diffusion',
    keywords: [{ slug: 'schrodinger-bridge', label: 'Schrödinger bridge' }],
    related: [{ slug: 'score-matching-at-scale', score: 0.42 }],
    codeLinks: ['https://github.com/x/dsb'],
    dumps: ['000_a', '001_b'],
    firstSeen: '000_a',
    abstractText: 'We simplify the Diffusion Schrödinger Bridge (DSB) & relate it to <SGMs>.',
    source: { dump: '000_a', line: 105, title: 'Simplified Diffusion Schrödinger Bridge', abstract: 'Schr\\"odinger' },
  },
  {
    title: 'Score Matching at Scale',
    slug: 'score-matching-at-scale',
    topic: 'diffusion',
    keywords: [{ slug: 'score-matching', label: 'score matching' }],
    related: [],
    codeLinks: [],
    dumps: ['001_b'],
    firstSeen: '001_b',
    abstractText: 'Score matching, ]]> and a control \u0001 character.',
    source: { dump: '001_b', line: 3, title: 'Score Matching at Scale', abstract: '…' },
  },
  {
    title: 'Adapters for Speech',
    slug: 'adapters-for-speech',
    topic: 'speech',
    keywords: [],
    related: [],
    codeLinks: [],
    dumps: ['000_a'],
    firstSeen: '000_a',
    abstractText: 'Adapters.',
    source: { dump: '000_a', line: 1, title: 'Adapters for Speech', abstract: 'Adapters.' },
  },
];

export const fixtureTopics: Topic[] = [
  {
    slug: 'speech',
    label: 'Speech',
    keywords: [],
    papers: ['adapters-for-speech'],
    npmi: 0.1,
    related: ['diffusion'],
    miscellany: true,
    graph: { nodes: [], edges: [] },
  },
  {
    slug: 'diffusion',
    label: 'Diffusion Models',
    keywords: [{ slug: 'score-matching', label: 'score matching' }],
    papers: ['simplified-diffusion-schrodinger-bridge', 'score-matching-at-scale'],
    npmi: 0.31,
    related: ['speech'],
    miscellany: false,
    graph: {
      nodes: [
        { id: 'schrodinger-bridge', label: 'Schrödinger bridge', papers: 1 },
        { id: 'score-matching', label: 'score matching', papers: 1 },
      ],
      edges: [{ source: 'schrodinger-bridge', target: 'score-matching', papers: 1, weight: 1 }],
    },
  },
];

export const fixtureContext: ExportContext = {
  site: 'https://example.org/',
  base: '/atlas/',
  dumps: ['000_a', '001_b'],
  latestDump: '001_b',
  quality: { topics: 2, meanNpmi: 0.205, diversity: 1 },
};
