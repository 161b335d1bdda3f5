/**
 * CSV as spreadsheets read it (RFC 4180): a cell is quoted when it holds a
 * comma, quote or line break. A text cell that starts with = + - or @ gets a
 * leading apostrophe, so a spreadsheet shows it instead of running it as a
 * formula (OWASP "CSV injection"); numbers are written as numbers.
 */
export function csvCell(v: string | number): string {
  let text = typeof v === 'number' ? String(Math.round(v * 100) / 100) : v;
  if (typeof v === 'string' && /^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV line from its cells. */
export const csvRow = (...cells: Array<string | number>) => cells.map(csvCell).join(',');
