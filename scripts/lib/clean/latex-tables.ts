/**
 * Lookup tables for {@link repairLatex}: what the LaTeX commands found in the feed's
 * abstracts read as in plain text.
 */

/** Accent commands → Unicode combining mark (the text is composed to NFC afterwards). */
export const ACCENTS: Readonly<Record<string, string>> = {
  '"': '\u0308',
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030c',
  u: '\u0306',
  H: '\u030b',
  r: '\u030a',
  k: '\u0328',
  d: '\u0323',
  b: '\u0331',
};

/** Math symbol and Greek letter names → character. Used with or without the lost backslash. */
export const SYMBOLS: Readonly<Record<string, string>> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ϵ', varepsilon: 'ε', zeta: 'ζ',
  eta: 'η', theta: 'θ', vartheta: 'ϑ', iota: 'ι', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν',
  xi: 'ξ', pi: 'π', varpi: 'ϖ', rho: 'ρ', varrho: 'ϱ', sigma: 'σ', varsigma: 'ς', tau: 'τ',
  upsilon: 'υ', phi: 'ϕ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Upsilon: 'Υ',
  Phi: 'Φ', Psi: 'Ψ', Omega: 'Ω',
  times: '×', to: '→', rightarrow: '→', leftarrow: '←', Rightarrow: '⇒', Leftarrow: '⇐',
  leftrightarrow: '↔', mapsto: '↦', infty: '∞', sim: '∼', approx: '≈', simeq: '≃', cong: '≅',
  equiv: '≡', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', pm: '±', mp: '∓',
  cdot: '·', cdots: '⋯', ldots: '…', dots: '…', in: '∈', notin: '∉', subset: '⊂',
  subseteq: '⊆', cup: '∪', cap: '∩', ll: '≪', gg: '≫', propto: '∝', partial: '∂', nabla: '∇',
  sum: '∑', prod: '∏', int: '∫', sqrt: '√', circ: '∘', ell: 'ℓ', forall: '∀', exists: '∃',
  emptyset: '∅', top: '⊤', perp: '⊥', star: '⋆', ast: '∗', neg: '¬', land: '∧', lor: '∨',
  oplus: '⊕', otimes: '⊗', langle: '⟨', rangle: '⟩', prime: '′', degree: '°',
};

/**
 * Symbol names that are safe to repair when the backslash was lost and the word is glued
 * to a number (`15%sim30%`, `sim25%`): none of them is an English word in that position.
 */
export const GLUED_SYMBOLS: readonly string[] = ['sim', 'approx', 'times', 'pm'];

/** Text macros (including the common ML-paper shorthands) and letters → text. */
export const MACROS: Readonly<Record<string, string>> = {
  aka: 'a.k.a.', eg: 'e.g.', ie: 'i.e.', etal: 'et al.', wrt: 'w.r.t.', vs: 'vs.', etc: 'etc.',
  cf: 'cf.', resp: 'resp.', LaTeX: 'LaTeX', TeX: 'TeX', textendash: '–', textemdash: '—',
  textquoteright: '’', textquoteleft: '‘', dag: '†', ddag: '‡', S: '§', P: '¶', copyright: '©',
  textregistered: '®', texttrademark: '™', euro: '€', pounds: '£', textasciitilde: '~',
  ss: 'ß', o: 'ø', O: 'Ø', aa: 'å', AA: 'Å', ae: 'æ', AE: 'Æ', oe: 'œ', OE: 'Œ', l: 'ł', L: 'Ł',
  i: 'ı', j: 'ȷ', quad: ' ', qquad: ' ', newline: ' ', linebreak: ' ',
};

/** Layout and font switches that carry no text. */
export const DROPPED_COMMANDS: ReadonlySet<string> = new Set([
  'em', 'it', 'bf', 'rm', 'sl', 'sf', 'tt', 'sc', 'itshape', 'bfseries', 'normalfont', 'upshape',
  'left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'bigl', 'bigr', 'Bigl', 'Bigr', 'noindent',
  'par', 'displaystyle', 'textstyle', 'scriptstyle', 'limits', 'nolimits', 'protect', 'relax',
  'xspace', 'hfill', 'centering', 'tiny', 'small', 'footnotesize', 'large', 'Large', 'huge',
]);

/** Commands whose braced argument is kept as plain text (font and box commands). */
export const FONT_COMMANDS: readonly string[] = [
  'mathcal', 'mathbf', 'mathrm', 'mathbb', 'mathit', 'mathsf', 'mathtt', 'mathfrak', 'boldsymbol',
  'bm', 'operatorname', 'textrm', 'textbf', 'texttt', 'textsf', 'textnormal', 'textup', 'textsc',
  'text', 'mbox', 'hbox', 'underline',
];
