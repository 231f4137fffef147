import { expect, test } from 'vitest';
import { splitTabbedRecord } from '../../../scripts/lib/parse/split-tabbed-record.ts';

const ABSTRACT = 'We study scaling laws for sparse mixture-of-experts language models and find that the optimal number of experts grows with compute across three orders of magnitude.';

test.each([
  ['no tab', 'Scaling Laws for Sparse Models', ['Scaling Laws for Sparse Models']],
  ['title and abstract', `Scaling Laws for Sparse Models\t${ABSTRACT}`, ['Scaling Laws for Sparse Models', ABSTRACT]],
  ['fields between go first', `Scaling Laws for Sparse Models\tJane Doe, John Smith\t${ABSTRACT}`, ['Jane Doe, John Smith', 'Scaling Laws for Sparse Models', ABSTRACT]],
  ['empty fields and padding', `\tScaling Laws for Sparse Models \t\t ${ABSTRACT}\t`, ['Scaling Laws for Sparse Models', ABSTRACT]],
  ['a stray tab inside an abstract', `We study scaling laws\tfor sparse models and ${ABSTRACT}`, [`We study scaling laws\tfor sparse models and ${ABSTRACT}`]],
  ['a short last field', 'Scaling Laws for Sparse Models\tJane Doe', ['Scaling Laws for Sparse Models\tJane Doe']],
  ['a one-word first field', `Abstract\t${ABSTRACT}`, [`Abstract\t${ABSTRACT}`]],
])('splitTabbedRecord: %s', (_, text, fields) => {
  expect(splitTabbedRecord(text)).toEqual(fields);
});
