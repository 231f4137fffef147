import type { ElementContent } from 'xast';

/**
 * Makes any string safe as XML 1.0 character data: lone surrogates become
 * U+FFFD, and characters XML 1.0 forbids (C0 controls other than tab, LF and
 * CR, and U+FFFE/U+FFFF) are dropped. Dumps are pasted web text, so stray
 * controls do occur; a feed with one is rejected whole by strict readers.
 */
export function toXmlSafeText(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.toWellFormed().replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/**
 * xast children for a text: the serializer escapes `<` and `&`, but not the
 * `>` of `]]>`, which XML forbids in character data; that one `>` is written as
 * a raw `&gt;` (serialise with `allowDangerousXml: true`, as only these raw
 * nodes are ever produced).
 */
export function xmlText(value: string): ElementContent[] {
  const safe = toXmlSafeText(value);
  const pieces = safe.split(']]>');
  const children: ElementContent[] = [];
  for (const [index, piece] of pieces.entries()) {
    if (index > 0) children.push({ type: 'text', value: ']]' }, { type: 'raw', value: '&gt;' } as unknown as ElementContent);
    if (piece) children.push({ type: 'text', value: piece });
  }
  return children;
}
