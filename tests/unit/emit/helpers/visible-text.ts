const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * The text a reader sees in an HTML fragment of text, `<p>` and `<em>`: tags
 * removed, character references decoded. Throws on a named reference it does
 * not know rather than guess.
 */
export function visibleText(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (_, ref: string) => {
    if (ref[0] === '#') {
      return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1)));
    }
    const char = NAMED[ref];
    if (char === undefined) throw new Error(`Cannot decode &${ref};: expected a numeric or basic named reference`);
    return char;
  });
}
