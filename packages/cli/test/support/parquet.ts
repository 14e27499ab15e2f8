// Reads a Parquet file back through DuckDB, as a user querying the export would.
import { DuckDBInstance } from '@duckdb/node-api';

export async function readParquet(file: string, columns = '*'): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      `SELECT ${columns} FROM read_parquet('${file.replaceAll("'", "''")}')`,
    );
    return reader.getRowObjectsJson() as Record<string, unknown>[];
  } finally {
    connection.closeSync();
  }
}
