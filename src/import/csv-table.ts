/**
 * A CSV file as a table of named columns, for the CSV importers: the header (its first non-blank row)
 * names the columns, matched loosely (case, spaces, dashes and underscores do not matter); the rows
 * after it are records, numbered as a spreadsheet numbers them. Problems of the CSV text itself,
 * columns the importer does not read and rows longer than the header become warnings.
 */
import {isBlankRow, parseCsv} from './csv-parse.js';
import {clip, type FeedBuilder, type RecordRef} from './feed-builder.js';

export interface CsvColumn {
  /** The column's name as the header writes it. */
  name: string;
  index: number;
}

export interface CsvRow {
  /** The row's number in the file, as a spreadsheet shows it (the first row is 1). */
  number: number;
  cells: readonly string[];
}

export interface CsvTable {
  /** The columns the importer reads, by their normalized key. */
  columns: ReadonlyMap<string, CsvColumn>;
  rows: readonly CsvRow[];
}

/** How a header cell names a column: lower case, without spaces, dashes or underscores. */
export function columnKey(name: string): string {
  return name.toLowerCase().replace(/[\s_-]+/g, '');
}

/**
 * Reads the table. `known` maps each column key the importer reads to its key (aliases map to the same
 * one); any other column is reported once and ignored (unless its name starts with `x-`, the feed's
 * own mark of extensions). Returns undefined when the text has no header at all.
 */
export function readCsvTable(
  builder: FeedBuilder,
  text: string,
  known: Readonly<Record<string, string>>,
  format: string,
): CsvTable | undefined {
  const {rows, problems} = parseCsv(text);
  for (const problem of problems)
    builder.warning('csv-syntax', `/rows/${problem.row}`, undefined, `row ${problem.row}: ${problem.message}`);
  const headerIndex = rows.findIndex((row) => !isBlankRow(row));
  if (headerIndex === -1) return undefined;
  const header = rows[headerIndex]!;
  const columns = new Map<string, CsvColumn>();
  header.forEach((cell, index) => {
    const name = cell.trim();
    if (name === '') return;
    const key = Object.hasOwn(known, columnKey(name)) ? known[columnKey(name)] : undefined;
    if (key === undefined) {
      if (!/^x-/i.test(name))
        builder.warning(
          'unknown-column',
          `/rows/${headerIndex + 1}/${escapeKey(name)}`,
          undefined,
          `the column "${clip(name, 60)}" is not a column of ${format}; it is ignored`,
        );
      return;
    }
    if (columns.has(key)) {
      builder.warning(
        'unknown-column',
        `/rows/${headerIndex + 1}/${escapeKey(name)}`,
        undefined,
        `the column "${clip(name, 60)}" repeats the column "${columns.get(key)!.name}"; only the first one is read`,
      );
      return;
    }
    columns.set(key, {name, index});
  });
  const body: CsvRow[] = [];
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const cells = rows[index]!;
    if (isBlankRow(cells)) continue;
    const number = index + 1;
    if (cells.length > header.length && cells.slice(header.length).some((cell) => cell.trim() !== ''))
      builder.aggregate(
        'ragged-row',
        'ragged',
        `/rows/${number}`,
        {record: `row ${number}`, describe: `row ${number}`, path: () => `/rows/${number}`, field: () => ''},
        `row ${number} has ${cells.length} cells and the header ${header.length}: the cells without a column are ignored`,
      );
    body.push({number, cells});
  }
  return {columns, rows: body};
}

/** The trimmed text of a row's cell in the column `key` ('' when the column or the cell is absent). */
export function cell(table: CsvTable, row: CsvRow, key: string): string {
  const column = table.columns.get(key);
  return column === undefined ? '' : (row.cells[column.index] ?? '').trim();
}

/** A row as issues name it: `row 7 ("Pact signed")`, its fields by column name. */
export function rowRef(table: CsvTable, row: CsvRow, title: string, columnOf: (field: string) => string): RecordRef {
  const base = `/rows/${row.number}`;
  const name = (field: string) => {
    const key = columnOf(field);
    return table.columns.get(key)?.name ?? key;
  };
  return {
    record: `row ${row.number}`,
    describe: `row ${row.number}${title === '' ? '' : ` ("${clip(title, 60)}")`}`,
    path: (field) => (field ? `${base}/${escapeKey(name(field))}` : base),
    field: (field) => `column "${name(field)}"`,
  };
}

function escapeKey(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
