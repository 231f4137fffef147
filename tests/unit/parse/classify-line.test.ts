import { describe, expect, test } from 'vitest';
import {
  classifyLine,
  endsSentence,
  isKnownChrome,
  looksLikeChrome,
  stripGluedChrome,
  stripLineMarkup,
} from '../../../scripts/lib/parse/classify-line.ts';

const abstract =
  'We study how small adapter modules can replace full fine-tuning of large speech models. Adapters are inserted after each attention block and trained while the backbone stays frozen, which saves memory.';

describe('classifyLine', () => {
  test.each([
    { raw: '', kind: 'blank', text: '' },
    { raw: '   \t', kind: 'blank', text: '' },
    { raw: 'Get trending papers in your email inbox once a day!', kind: 'chrome', text: 'Get trending papers in your email inbox once a day!' },
    { raw: 'Subscribe', kind: 'chrome', text: 'Subscribe' },
    { raw: '  new  ', kind: 'chrome', text: 'new' },
    { raw: 'Mar 17', kind: 'chrome', text: 'Mar 17' },
    { raw: 'SubscribeExploring Efficient-tuning Methods', kind: 'short', text: 'Exploring Efficient-tuning Methods' },
    { raw: 'Get trending papers in your email inbox!Subscribe', kind: 'chrome', text: 'Subscribe' },
    { raw: 'Feasible Learning', kind: 'short', text: 'Feasible Learning' },
    { raw: 'Light Schrödinger Bridge', kind: 'short', text: 'Light Schrödinger Bridge' },
    { raw: abstract, kind: 'abstract', text: abstract },
    { raw: 'word '.repeat(35).trim(), kind: 'abstract', text: 'word '.repeat(35).trim() },
    { raw: 'x'.repeat(1000), kind: 'junk', text: 'x'.repeat(1000) },
  ])('$raw.length chars → $kind: $text', ({ raw, kind, text }) => {
    const result = classifyLine(raw, 7);
    expect(result.kind).toBe(kind);
    expect(result.text).toBe(text);
    expect(result.line).toBe(7);
  });

  // Hang guard for a quadratic classifier (the test's timeout); speed is measured by `npm run bench`.
  test('a megabyte line is classified', () => {
    expect(classifyLine('word. Word '.repeat(100_000), 1).kind).toBe('abstract');
    expect(classifyLine('x'.repeat(1 << 20), 1).kind).toBe('junk');
  });
});

test.each([
  ['Get trending papers in your email inbox!', true],
  ['GET TRENDING PAPERS IN YOUR EMAIL INBOX!', true],
  ['byAK and the research community', true],
  ['Mar 17', true],
  ['March 17, 2025', true],
  ['17 March 2025', true],
  ['Sept. 3', true],
  ['2025-03-17', true],
  ['new', true],
  ['New Results on Matrix Completion', false],
  ['March of the Penguins: Video Models', false],
])('isKnownChrome(%j) → %s', (text, expected) => {
  expect(isKnownChrome(text)).toBe(expected);
});

test.each([
  ['SubscribeExploring Efficient-tuning Methods', 'Exploring Efficient-tuning Methods', ['Subscribe']],
  ['Get trending papers in your email inbox!SubscribeDINO-WM', 'DINO-WM', ['Get trending papers in your email inbox!', 'Subscribe']],
  ['Subscribe to Learn: Newsletters as Data', 'Subscribe to Learn: Newsletters as Data', []],
  ['Subscribers Matter', 'Subscribers Matter', []],
  ['Subscribe', 'Subscribe', []],
  ['newDINO', 'newDINO', []],
])('stripGluedChrome(%j) → %j', (text, rest, glued) => {
  expect(stripGluedChrome(text)).toEqual({ text: rest, glued });
});

test.each([
  ['12 upvotes', true],
  ['1.2k views', true],
  ['https://huggingface.co/papers', true],
  ['contact@example.org', true],
  ['· Published', true],
  ['42', true],
  ['---', true],
  ['trending', true],
  ['Published on Mar 17', true],
  ['Trending Papers This Week', false],
  ['Feasible Learning', false],
  ['iVideoGPT: Interactive VideoGPTs', false],
  ['k-means++ Revisited', false],
  // Other listings' metadata, ids, dating lines and link rows.
  ['Authors: Jane Doe, John Smith', true],
  ['Comments: 12 pages, 4 figures', true],
  ['Subjects: Machine Learning (cs.LG)', true],
  ['Journal-ref: NeurIPS 2024', true],
  ['Cite as: arXiv:2403.11111', true],
  ['arXiv:2403.11111', true],
  ['arXiv:2403.11111v2 [cs.LG]', true],
  ['Submitted 18 March, 2024; originally announced March 2024.', true],
  ['PDF | HTML | Other formats', true],
  ['Paper · Code · Project page', true],
  ['Authorship Attribution: A Survey', false],
  ['Comments Matter: Learning from Code Review', false],
  ['Submitted Papers Are Not Random: Peer Review at Scale', false],
  ['Published 2024-03-18', true],
  ['Received Signal Strength in Junction Networks', false],
  ['Accepted Manuscripts from 2024 Mark a Shift', false],
  ['Accepted Models May Fail: Lessons from 2024', false],
  ['Revised May 3, 2024', true],
  ['Study of | a | Models', false],
  ['Code | Data', true],
])('looksLikeChrome(%j) → %s', (text, expected) => {
  expect(looksLikeChrome(text)).toBe(expected);
});

test.each([
  ['Ends here.', true],
  ['Is it?', true],
  ['Quoted “end.”', true],
  ['(parenthetical.)', true],
  ['no end', false],
  ['ends with a colon:', false],
])('endsSentence(%j) → %s', (text, expected) => {
  expect(endsSentence(text)).toBe(expected);
});

test.each([
  ['## Scaling Laws for Sparse Models', 'Scaling Laws for Sparse Models'],
  ['# A Title', 'A Title'],
  ['> We study the problem.', 'We study the problem.'],
  ['- Efficient Attention for Long Documents', 'Efficient Attention for Long Documents'],
  ['* Efficient Attention', 'Efficient Attention'],
  ['+ “Quoted” Title', '“Quoted” Title'],
  ['1. Graph Transformers', 'Graph Transformers'],
  ['12) 3D Scenes from Text', '3D Scenes from Text'],
  ['**Diffusion Models for Proteins**', 'Diffusion Models for Proteins'],
  ['__Bold Title__', 'Bold Title'],
  ['- **Both Kinds**', 'Both Kinds'],
  // Left alone: not markup, or not before a title.
  ['#MeToo on Social Media', '#MeToo on Social Media'],
  ['2.5D Object Detection', '2.5D Object Detection'],
  ['-based methods', '-based methods'],
  ['- lowercase item', '- lowercase item'],
  ['· Published', '· Published'],
  ['**unbalanced', '**unbalanced'],
  ['k-means++ Revisited', 'k-means++ Revisited'],
])('stripLineMarkup(%j) → %j', (text, expected) => {
  expect(stripLineMarkup(text)).toBe(expected);
});
