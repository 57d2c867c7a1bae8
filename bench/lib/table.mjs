/** A plain-text table, numbers right-aligned, for terminal and CI logs. */
export function table(header, rows) {
  const cells = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, i) => Math.max(...cells.map((row) => row[i]?.length ?? 0)));
  // A column is numeric when every filled cell is a figure (blank cells do not count).
  const figure = (cell) => typeof cell === 'number' || /^[\d.,\s×%+-]+(ms|MB|s)?$/.test(String(cell));
  const numeric = header.map((_, i) => {
    const filled = rows.map((row) => row[i]).filter((cell) => cell !== '' && cell !== undefined);
    return filled.length > 0 && filled.every(figure);
  });
  const line = (row) =>
    row
      .map((cell, i) => (numeric[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join(
    '\n',
  );
}
