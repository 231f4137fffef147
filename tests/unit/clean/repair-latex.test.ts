import { describe, expect, test } from 'vitest';
import type { Inline } from '../../../scripts/lib/model.ts';
import { inlineToText, repairLatex } from '../../../scripts/lib/clean/repair-latex.ts';

const t = (value: string): Inline => ({ type: 'text', value });
const em = (value: string): Inline => ({ type: 'emphasis', value });
const math = (value: string): Inline => ({ type: 'math', value });

describe('repairLatex: cases from the real dumps', () => {
  test.each<[string, Inline[]]>([
    ['over 90\\% parameter reduction', [t('over 90% parameter reduction')]],
    ['an unknown \\mycommand{argument} keeps its argument', [t('an unknown argument keeps its argument')]],
    ['an unclosed \\textit{emphasis loses only the command', [t('an unclosed emphasis loses only the command')]],
    ['an unclosed \\textbf{bold face too', [t('an unclosed bold face too')]],
    ['a braced 5{\\%} gain', [t('a braced 5% gain')]],
    ['a thin space in 50\\,ms', [t('a thin space in 50 ms')]],
    ['a bare \\unknownword stays a word', [t('a bare unknownword stays a word')]],
    ['object property names are no commands: \\toString, \\constructor{x}, \\hasOwnProperty', [t('object property names are no commands: toString, x, hasOwnProperty')]],
    ['by 5.8\\% and 6.8\\%, respectively', [t('by 5.8% and 6.8%, respectively')]],
    ['only 13~\\% percent', [t('only 13% percent')]],
    ['the Diffusion Schr\\"odinger Bridge', [t('the Diffusion Schrödinger Bridge')]],
    ['log-Schr\\"odinger potentials', [t('log-Schrödinger potentials')]],
    ['H\\"older continuous', [t('Hölder continuous')]],
    ['na\\"ive gradient', [t('naïve gradient')]],
    ["the Poincar\\'e ball", [t('the Poincaré ball')]],
    ["the Fr\\'echet mean", [t('the Fréchet mean')]],
    ["Demmel and Veseli\\'c", [t('Demmel and Veselić')]],
    ['is {\\em persistent homology}, which', [t('is '), em('persistent homology'), t(', which')]],
    ['the {\\it least disagree metric} (LDM)', [t('the '), em('least disagree metric'), t(' (LDM)')]],
    ['CIFAR-10/FFHQ 64{times}64 datasets', [t('CIFAR-10/FFHQ 64×64 datasets')]],
    ['models when D{to}infty. The', [t('models when D→∞. The')]],
    ['models (D{to} infty) to any', [t('models (D→∞) to any')]],
    ['in N{+}D dimensional space when D{=}1', [t('in N+D dimensional space when D=1')]],
    ['a speed-up of 15\\%sim30\\% compared', [t('a speed-up of 15%∼30% compared')]],
    ['a speed-up of 5sim10 times', [t('a speed-up of 5∼10 times')]],
    ['while removing sim25% of parameters', [t('while removing ∼25% of parameters')]],
    ['at 256times256 resolution', [t('at 256×256 resolution')]],
    ['gradient field (\\aka, score) of', [t('gradient field (a.k.a., score) of')]],
    ['parameter budgets. \\\\ To overcome', [t('parameter budgets. To overcome')]],
    ['equations w.r.t.\\ new variables', [t('equations w.r.t. new variables')]],
    ['scaling factor {\\gamma}. Our', [t('scaling factor γ. Our')]],
    ['makes {the classical method} fail', [t('makes the classical method fail')]],
    ['when the {error indicator} becomes', [t('when the error indicator becomes')]],
    ['freedom of this vector field. {Firstly, we propose', [t('freedom of this vector field. Firstly, we propose')]],
    ['named {LoRETTA}_{adp} and', [t('named LoRETTA_{adp} and')]],
    ['one-sided ell_{infty} independence', [t('one-sided ell_∞ independence')]],
    ['branch scale of 1/text{depth} in', [t('branch scale of 1/depth in')]],
    ['risk of mathcal{O}(1/n).', [t('risk of O(1/n).')]],
    ['samples {{boldsymbol x}_i}_{ile N}, and', [t('samples {x_i}_{ile N}, and')]],
    ["a ``direct'' parameterization", [t('a “direct” parameterization')]],
    ['short for ``Differentiable Vocal Fx", integrates', [t('short for “Differentiable Vocal Fx”, integrates')]],
    ["a `surrogate model' that", [t('a ‘surrogate model’ that')]],
    ['(i)~Data selection', [t('(i) Data selection')]],
    ['available at~https://github.com/rabeehk/compacter.', [t('available at https://github.com/rabeehk/compacter.')]],
    [
      'accessed at https://github.com/SKDDJ/LoLDU{https://github.com/SKDDJ/LoLDU}.',
      [t('accessed at https://github.com/SKDDJ/LoLDU.')],
    ],
    [
      'available~https://anonymous.4open.science/r/BIB-ICLR2023-Submission/README.md{here.}',
      [t('available https://anonymous.4open.science/r/BIB-ICLR2023-Submission/README.md.')],
    ],
    ['weights \\(W\\) and inject \\(\\Delta W\\).', [t('weights '), math('W'), t(' and inject '), math('\\Delta W'), t('.')]],
    ['We use $alpha$-theory test', [t('We use '), math('\\alpha'), t('-theory test')]],
    ['installable via `pip install mup`.', [t('installable via `pip install mup`.')]],
  ])('%j', (input, expected) => {
    expect(repairLatex(input)).toEqual(expected);
  });
});

describe('repairLatex: accents, symbols and commands', () => {
  test.each<[string, string]>([
    ['\\"{o}', 'ö'],
    ['{\\"o}', 'ö'],
    ["\\'{e}", 'é'],
    ['\\`a', 'à'],
    ['\\^o', 'ô'],
    ['\\~n', 'ñ'],
    ['\\=a', 'ā'],
    ['\\.z', 'ż'],
    ['\\c c', 'ç'],
    ['\\c{c}', 'ç'],
    ['\\v{s}', 'š'],
    ['\\v s', 'š'],
    ['\\u{a}', 'ă'],
    ['\\H{o}', 'ő'],
    ["\\'{\\i}", 'í'],
    ['\\ss{}', 'ß'],
    ['\\o', 'ø'],
    ['Erd\\H{o}s', 'Erdős'],
    ['\\alpha, \\beta and \\Omega', 'α, β and Ω'],
    ['a \\times b \\to c \\leq d \\geq e \\pm f \\approx g \\sim h \\infty', 'a × b → c ≤ d ≥ e ± f ≈ g ∼ h ∞'],
    ['\\eg, \\ie, \\etal', 'e.g., i.e., et al.'],
    ['\\textbf{bold} and \\emph{x}', 'bold and x'],
    ['\\cite{smith2020} results', 'results'],
    ['as shown in prior work~\\cite{smith2020}.', 'as shown in prior work.'],
    ['results \\citep{x}, and more', 'results, and more'],
    ['methods (see \\cite{a,b}) work', 'methods work'],
    ['methods (\\cite{a}, \\cite{b}; \\citet{c}) work', 'methods work'],
    ['as in [\\cite{x}] shown', 'as in shown'],
    ['Eq. (\\eqref{e1}) holds', 'Eq. holds'],
    ['in Fig.~\\ref{fig:1} we show', 'in Fig. we show'],
    ['(Fig. \\ref{f}) keeps its other words', '(Fig.) keeps its other words'],
    ['(see below) is not a reference', '(see below) is not a reference'],
    ['empty () and [] stay when no reference was there', 'empty () and [] stay when no reference was there'],
    ['\\url{https://a.org/x}', 'https://a.org/x'],
    ['\\href{https://a.org/x}{the code}.', 'https://a.org/x.'],
    ['\\& \\_ \\# \\$ \\{x\\}', '& _ # $ {x}'],
    ['\\unknowncommand stays readable', 'unknowncommand stays readable'],
    ['\\left( x \\right)', '( x )'],
  ])('%j → %j', (input, output) => {
    expect(inlineToText(repairLatex(input))).toBe(output);
  });
});

describe('repairLatex: dollars and math', () => {
  test.each<[string, Inline[]]>([
    ['costs $5 and $10 per run', [t('costs $5 and $10 per run')]],
    ['between $5-$10', [t('between $5-$10')]],
    ['a $ sign and $ another', [t('a $ sign and $ another')]],
    ['just $5', [t('just $5')]],
    ['escaped \\$x\\$ stays', [t('escaped $x$ stays')]],
    ['if $x^2 + y$ holds', [t('if '), math('x^2 + y'), t(' holds')]],
    ['display $$E=mc^2$$ math', [t('display '), math('E=mc^2'), t(' math')]],
    ['bracket \\[a+b\\] math', [t('bracket '), math('a+b'), t(' math')]],
    ['unclosed \\(x and $y', [t('unclosed (x and $y')]],
    ['$\\Delta$', [math('\\Delta')]],
  ])('%j', (input, expected) => {
    expect(repairLatex(input)).toEqual(expected);
  });
});

describe('repairLatex: text that is not LaTeX passes through unchanged', () => {
  test.each([
    '<script>alert(1)</script>',
    '{process.exit()}',
    'import x from "y"',
    'export const a = 1;',
    'use `backticks` and ``` fences ```',
    '# heading',
    '*not emphasis* and _not_ either',
    '<img src=x onerror=alert(1)>',
    'a < b > c & d',
    'See https://github.com/sim2real/x~y.',
    'sim2real transfer and the simulator',
    '{{ mustache }}',
    'ratio 3:1, e.g. 10-20x',
    '~400B models on ~10T tokens',
  ])('%j', (input) => {
    expect(repairLatex(input)).toEqual([t(input)]);
  });
});

describe('repairLatex: runs', () => {
  test.each<[string, Inline[]]>([
    ['', []],
    ['   ', []],
    ['{\\em }', []],
    ['{\\em a}{\\em b}', [em('a'), em('b')]],
    ['x \\\\ \\\\ y', [t('x y')]],
    ['{\\em Schr\\"odinger} bridge', [em('Schrödinger'), t(' bridge')]],
  ])('%j', (input, expected) => {
    expect(repairLatex(input)).toEqual(expected);
  });

  // A quadratic scan over unmatched delimiters would hang here; the speed itself is the benchmark's business.
  test.each(['\\(', '$a ', '{', '``', '\\"', '{\\em ', 'https://'])(
    'a megabyte of unmatched %j is repaired without empty runs',
    (chunk) => {
      const runs = repairLatex(chunk.repeat(Math.floor((1 << 20) / chunk.length)));
      expect(Array.isArray(runs)).toBe(true);
      expect(runs.filter((run) => run.value.length === 0)).toEqual([]);
    },
    60_000,
  );
});
