/**
 * A plain-text table with a header rule; numeric-looking cells are right-aligned.
 *
 * @param header Column titles.
 * @param rows Cells, one array per row.
 */
export function formatTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length)));
  const isNumeric = header.map((_, column) => rows.length > 0 && rows.every((row) => /^-?[\d.,]+%?$/.test(String(row[column] ?? ''))));
  const render = (row: readonly string[]) =>
    row
      .map((cell, column) => (isNumeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  return [render(header), widths.map((width) => '-'.repeat(width)).join('  '), ...cells.slice(1).map(render)].join('\n');
}
