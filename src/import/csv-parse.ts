/**
 * CSV as RFC 4180 writes it, read tolerantly: quoted cells with doubled quotes and embedded line breaks,
 * CRLF, LF or CR line ends, a leading byte order mark, rows of any length. Our own small parser rather
 * than d3-dsv's `csvParse`, whose row objects come from a function it compiles with `new Function`
 * (refused under a Content-Security-Policy without 'unsafe-eval'); this one builds nothing but strings.
 */

/** A problem in the CSV text itself; the parse goes on. */
export interface CsvProblem {
  /** The record it is in, counted from 1 as a spreadsheet numbers rows (the header is row 1). */
  row: number;
  message: string;
}

export interface CsvParseResult {
  /** Every record, blank ones included (so that index + 1 is the row number). */
  rows: string[][];
  problems: CsvProblem[];
}

/**
 * The separator of a CSV text: a comma, unless its first line has none and has semicolons (as
 * spreadsheets write CSV in languages where the comma is the decimal sign) or tabs.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const end = text.search(/[\r\n]/);
  const firstLine = end === -1 ? text : text.slice(0, end);
  if (firstLine.includes(',')) return ',';
  if (firstLine.includes(';')) return ';';
  if (firstLine.includes('\t')) return '\t';
  return ',';
}

/**
 * Splits CSV text into rows of cells. Never throws. A quote left open takes the rest of the text into
 * its cell and is reported; a quote inside a quoted cell that does not double it or end the cell is kept
 * as a character and reported.
 */
export function parseCsv(text: string, delimiter: string = detectDelimiter(text)): CsvParseResult {
  const rows: string[][] = [];
  const problems: CsvProblem[] = [];
  if (typeof text !== 'string') return {rows, problems};
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = delimiter.charCodeAt(0);
  let row: string[] = [];
  let i = 0;
  const length = input.length;
  const endRow = () => {
    rows.push(row);
    row = [];
  };
  while (i <= length) {
    if (i === length) {
      // the text ended after a separator (an empty last cell) or at the end of a row
      if (row.length > 0) {
        row.push('');
        endRow();
      }
      break;
    }
    let cell: string;
    if (input.charCodeAt(i) === 34) {
      // a quoted cell: up to the quote that is not doubled
      const parts: string[] = [];
      let from = i + 1;
      let closed = false;
      let j = from;
      while (j < length) {
        const quote = input.indexOf('"', j);
        if (quote === -1) break;
        if (input.charCodeAt(quote + 1) === 34) {
          parts.push(input.slice(from, quote + 1));
          from = quote + 2;
          j = from;
          continue;
        }
        const after = input.charCodeAt(quote + 1);
        if (quote + 1 === length || after === separator || after === 10 || after === 13) {
          parts.push(input.slice(from, quote));
          i = quote + 1;
          closed = true;
          break;
        }
        // a stray quote: kept as a character, and the cell goes on
        problems.push({
          row: rows.length + 1,
          message: `a quote in the middle of quoted cell ${row.length + 1} is not doubled ("")`,
        });
        parts.push(input.slice(from, quote + 1));
        from = quote + 1;
        j = from;
      }
      if (!closed) {
        problems.push({
          row: rows.length + 1,
          message: `the quote that opens cell ${row.length + 1} is never closed: the rest of the text is read as that cell`,
        });
        parts.push(input.slice(from));
        i = length;
      }
      cell = parts.join('');
    } else {
      let j = i;
      while (j < length) {
        const code = input.charCodeAt(j);
        if (code === separator || code === 10 || code === 13) break;
        j++;
      }
      cell = input.slice(i, j);
      i = j;
    }
    row.push(cell);
    if (i >= length) {
      endRow();
      break;
    }
    const code = input.charCodeAt(i);
    if (code === separator) {
      i++;
      continue;
    }
    if (code === 13) i += input.charCodeAt(i + 1) === 10 ? 2 : 1;
    else if (code === 10) i++;
    endRow();
    if (i >= length) break;
  }
  return {rows, problems};
}

/** Whether a row has nothing in it (an empty line, or cells of spaces only, as spreadsheets export). */
export function isBlankRow(row: readonly string[]): boolean {
  return row.every((cell) => cell.trim() === '');
}
