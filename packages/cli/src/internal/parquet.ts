// Parquet through DuckDB: the export stages its rows as JSON Lines on disk (the same partial file
// and checkpoints as a JSON Lines export, so it resumes the same way), and DuckDB turns that file
// into Parquet in one streaming COPY. Nested fields become Parquet structs and lists, queryable
// as such. Memory stays bounded whatever the size: one thread reads the file in order (so the
// rows keep the export's order without DuckDB buffering to preserve it), and row groups of 10,000
// rows are flushed as they fill (the default of 122,880 wide log rows alone is hundreds of MB).
import type { DuckDBConnection } from '@duckdb/node-api';

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function connect(): Promise<DuckDBConnection> {
  // Loaded on first use: the other formats never pay for the native module.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: '256MB',
    threads: '1',
    preserve_insertion_order: 'false',
  });
  return instance.connect();
}

/** Writes `jsonl` (one JSON object a line, `rows` of them) as a Parquet file at `target`. */
export async function jsonLinesToParquet(
  jsonl: string,
  target: string,
  rows: number,
): Promise<void> {
  const connection = await connect();
  try {
    const source =
      rows === 0
        ? // No row to read the columns from: an empty file with the one column every log has.
          'SELECT NULL::VARCHAR AS id WHERE false'
        : `SELECT * FROM read_json(${quoted(jsonl)}, format = 'newline_delimited', sample_size = -1)`;
    await connection.run(
      `COPY (${source}) TO ${quoted(target)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 10000)`,
    );
  } finally {
    connection.closeSync();
  }
}
