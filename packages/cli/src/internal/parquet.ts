// Parquet through DuckDB: the export stages its rows as JSON Lines on disk (the same partial file
// and checkpoints as a JSON Lines export, so it resumes the same way), and DuckDB turns that file
// into Parquet in one streaming COPY. Nothing holds the rows in memory; DuckDB spills past its
// memory limit. Nested fields become Parquet structs and lists, queryable as such.
import type { DuckDBConnection } from '@duckdb/node-api';

const quoted = (text: string) => `'${text.replaceAll("'", "''")}'`;

async function connect(): Promise<DuckDBConnection> {
  // Loaded on first use: the other formats never pay for the native module.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', {
    memory_limit: '512MB',
    threads: '2',
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
      `COPY (${source}) TO ${quoted(target)} (FORMAT parquet, COMPRESSION zstd)`,
    );
  } finally {
    connection.closeSync();
  }
}
