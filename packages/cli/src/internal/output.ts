// Where results go: stdout or a file, written with back-pressure (an export of a million rows
// never piles up in memory), and how rows look there: NDJSON, JSON, CSV or an aligned table.
import { createWriteStream } from 'node:fs';
import { lstat, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './args.ts';

/** The reader went away (`ai-gateway logs export | head`): stop quietly, exit 0. */
export class OutputClosedError extends Error {
  override readonly name = 'OutputClosedError';
}

/** What the commands write to: Node's `process.stdout` or any stream like it. */
export interface WritableLike {
  write(chunk: string): boolean;
  once(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
  on(event: 'error', listener: (error: unknown) => void): unknown;
  off?(event: 'drain' | 'error' | 'close', listener: (...args: unknown[]) => void): unknown;
  readonly isTTY?: boolean | undefined;
}

const closedCodes = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/** Writes text to a stream, waiting whenever the stream asks to. */
export class Sink {
  #failure: unknown;
  readonly #onError = (error: unknown) => {
    this.#failure ??= error;
  };

  readonly stream: WritableLike;

  constructor(stream: WritableLike) {
    this.stream = stream;
    stream.on('error', this.#onError);
  }

  #check(): void {
    const failure = this.#failure;
    if (failure === undefined) return;
    const code = (failure as { code?: unknown }).code;
    if (typeof code === 'string' && closedCodes.has(code)) throw new OutputClosedError('closed');
    throw failure;
  }

  async write(text: string): Promise<void> {
    this.#check();
    let written: boolean;
    try {
      written = this.stream.write(text);
    } catch (error) {
      this.#onError(error);
      return this.#check();
    }
    if (!written) {
      await new Promise<void>((done) => {
        const events = ['drain', 'error', 'close'] as const;
        const finish = () => {
          for (const event of events) this.stream.off?.(event, finish);
          done();
        };
        for (const event of events) this.stream.once(event, finish);
      });
    }
    this.#check();
  }

  /** Stops listening for errors on the stream (it stays open: it may be stdout). */
  release(): void {
    this.stream.off?.('error', this.#onError);
  }
}

/**
 * A file written in full or not at all: rows go to a hidden file beside it, renamed into place
 * when the command succeeds and removed when it fails, so a failed export never leaves a file
 * that looks complete. A target that is not a regular file (`/dev/null`, a named pipe, a link
 * such as `/dev/stdout`) is written to directly: it cannot be replaced, and must not be.
 */
export class FileSink extends Sink {
  readonly path: string;
  /** The hidden file renamed into place on success; undefined when writing to the target itself. */
  readonly #partial: string | undefined;
  readonly #file: ReturnType<typeof createWriteStream>;

  private constructor(
    path: string,
    partial: string | undefined,
    file: ReturnType<typeof createWriteStream>,
  ) {
    super(file as unknown as WritableLike);
    this.path = path;
    this.#partial = partial;
    this.#file = file;
  }

  static async open(path: string, cwd: string): Promise<FileSink> {
    const target = resolve(cwd, path);
    if ((await stat(target).catch(() => undefined))?.isDirectory())
      throw new UsageError(`--out ${path} is a folder`);
    // Only a regular file is replaced by renaming; a link (`/dev/stdout`), a device or a pipe is
    // written through.
    const existing = await lstat(target).catch(() => undefined);
    const partial =
      existing && !existing.isFile()
        ? undefined
        : join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
    const file = createWriteStream(partial ?? target, { flags: partial ? 'wx' : 'w' });
    await new Promise<void>((opened, failed) => {
      file.once('open', () => opened());
      file.once('error', (error: NodeJS.ErrnoException) => {
        const reasons: Record<string, string> = {
          ENOENT: 'no such folder',
          EACCES: 'permission denied',
        };
        const reason = error.code ? reasons[error.code] : undefined;
        failed(reason ? new UsageError(`--out ${path}: ${reason}`) : error);
      });
    });
    return new FileSink(target, partial, file);
  }

  async commit(): Promise<void> {
    await new Promise<void>((done, fail) =>
      this.#file.end((error?: unknown) => (error ? fail(error) : done())),
    );
    if (this.#partial) await rename(this.#partial, this.path);
  }

  async discard(): Promise<void> {
    this.#file.destroy();
    if (this.#partial) await rm(this.#partial, { force: true });
  }
}

/** A value at a dotted path: `token_usage.total_tokens`. */
export function valueAt(row: unknown, path: string): unknown {
  let value = row;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined;
  }
  return value;
}

// A cell a spreadsheet would run as a formula (`=HYPERLINK(…)` in a logged prompt) is kept as text.
const formulaStart = /^[=+\-@\t\r]/;

/** One CSV field (RFC 4180): objects as JSON, null and missing as empty. */
export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  if (typeof value === 'string' && formulaStart.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvLine = (values: readonly unknown[]): string =>
  `${values.map(csvField).join(',')}\r\n`;

/** Streams rows as one format; `end()` closes what the format opened (the JSON array). */
export interface RowWriter {
  row(row: unknown): Promise<void>;
  end(): Promise<void>;
}

export type RowFormat = 'jsonl' | 'json' | 'csv';

/** Where a row writer puts its text: a `Sink`, or a file's page buffer. */
export interface TextOut {
  write(text: string): Promise<void>;
}

/**
 * A writer of rows as one format. `already` rows were written before (a resumed export): the
 * CSV header and the JSON array's opening are theirs.
 */
export function rowWriter(
  sink: TextOut,
  format: RowFormat,
  columns: readonly string[],
  already = 0,
): RowWriter {
  let count = already;
  switch (format) {
    case 'jsonl':
      return {
        row: (row) => sink.write(`${JSON.stringify(row)}\n`),
        end: async () => {},
      };
    case 'json':
      return {
        row: (row) => sink.write(`${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(row)}`),
        end: () => sink.write(count === 0 ? '[]\n' : '\n]\n'),
      };
    case 'csv':
      return {
        row: async (row) => {
          if (count++ === 0) await sink.write(csvLine(columns));
          await sink.write(csvLine(columns.map((column) => valueAt(row, column))));
        },
        end: async () => {
          if (count === 0) await sink.write(csvLine(columns));
        },
      };
  }
}

/** A table for a terminal: a header, then rows; numbers right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const cells = rows.map((row) => row.map((value) => (value == null ? '' : String(value))));
  const numeric = header.map((_, column) =>
    rows.every(
      (row) =>
        row[column] == null ||
        typeof row[column] === 'number' ||
        /^[-$]?[\d.,]+%?$/.test(String(row[column])),
    ),
  );
  const widths = header.map((name, column) =>
    Math.max(name.length, ...cells.map((row) => row[column]?.length ?? 0)),
  );
  const line = (row: readonly string[]) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        return numeric[column] ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return `${[line(header), ...cells.map(line)].join('\n')}\n`;
}
