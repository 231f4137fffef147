import { describe, expect, test } from 'vitest';
import { unwrapLines, wrapWidth } from '../../../scripts/lib/parse/unwrap-lines.ts';

/** Greedy word wrap at `width`, as `fmt` or an e-mail client does. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  return line === '' ? lines : [...lines, line];
}

const ABSTRACT =
  'We study how small adapter modules can replace full fine-tuning of large speech models, and we find that adapters ' +
  'inserted after each attention block and trained while the backbone stays frozen match full fine-tuning across eight ' +
  'downstream tasks with fewer than two percent of the parameters; the mixture is robust to the choice of layer and to ' +
  'the size of the adapters, and it transfers to languages unseen in training, which we show with a careful ablation.';
const LONG_TITLE = 'Sparse Mixtures of Adapters for Efficient and Robust Multilingual Speech Models';

describe('unwrapLines', () => {
  test('joins a hard-wrapped abstract back into its line, keeping titles apart, with or without blank lines', () => {
    for (const blank of [[''], []]) {
      const lines = ['A Short Title', ...blank, ...wrap(ABSTRACT, 60), '', 'Another Title Here', ...blank, ...wrap(ABSTRACT, 60)];
      const { lines: out, width } = unwrapLines(lines);
      expect(width).toBe(60);
      expect(out.map((line) => line.text).filter((text) => text !== '')).toEqual(['A Short Title', ABSTRACT, 'Another Title Here', ABSTRACT]);
    }
  });

  test('a title as long as the width stays apart from the abstract after it', () => {
    const lines = [LONG_TITLE, ...wrap(ABSTRACT, LONG_TITLE.length), '', LONG_TITLE, ...wrap(ABSTRACT, LONG_TITLE.length)];
    expect(unwrapLines(lines).lines.map((line) => line.text).filter((text) => text !== '')).toEqual([LONG_TITLE, ABSTRACT, LONG_TITLE, ABSTRACT]);
  });

  test('a word broken at its hyphen is joined without a space, and line numbers point at the first line', () => {
    // As textwrap breaks "task-specific" when only "task-" fits.
    const paragraph = [
      'we train the model on offline data and then',
      'evaluate it on a wide range of downstream task-',
      'specific benchmarks where it is compared with',
      'strong baselines that use online interaction and',
      'find that it is competitive on nearly all of them',
      'while it needs far less compute during training.',
    ];
    const lines = ['Title Line', ...paragraph, '', 'Second Title', ...paragraph, '', 'Third Title', ...paragraph];
    const { lines: out, width } = unwrapLines(lines);
    expect(width).toBe(Math.max(...paragraph.map((line) => line.length)));
    expect(out[1]).toEqual({ line: 2, text: paragraph.join(' ').replace('task- specific', 'task-specific') });
    expect(out.map((line) => line.text)).toContain('Third Title');
  });

  test('dumps that are not hard-wrapped come back line for line', () => {
    const feed = ['Subscribe', '', 'A Short Title', '', ABSTRACT, '', 'Another Title Here', '', ABSTRACT];
    const short = Array.from({ length: 30 }, (_, index) => (index % 2 === 0 ? `Title Number ${index}` : `A one-sentence abstract of paper ${index} that ends here.`));
    for (const lines of [feed, short, ['Get trending papers in your email inbox!', 'Subscribe', 'byAK and the research community']]) {
      expect(wrapWidth(lines)).toBeUndefined();
      expect(unwrapLines(lines).lines).toEqual(lines.map((text, index) => ({ text, line: index + 1 })));
    }
  });
});
