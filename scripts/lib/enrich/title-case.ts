/** Title case for topic labels: `differentiable architecture search` → `Differentiable Architecture Search`. */

const SMALL = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'via', 'vs', 'with']);

/** Capitalises each word and hyphen part, keeping small words lowercase and mixed-case words (`LoRA`) as they are. */
export function titleCase(phrase: string): string {
  return phrase
    .split(' ')
    .map((word, i) =>
      word
        .split('-')
        .map((part, j) => {
          if (/[A-Z]/.test(part) || part === '') return part;
          if ((i > 0 || j > 0) && SMALL.has(part)) return part;
          const first = part.search(/\p{L}/u);
          if (first < 0) return part;
          return part.slice(0, first) + part[first]!.toUpperCase() + part.slice(first + 1);
        })
        .join('-'),
    )
    .join(' ');
}
