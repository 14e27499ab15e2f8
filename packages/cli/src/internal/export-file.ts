// The file of `logs export --out`, written so that an interrupted export can be continued: rows
// go to `<out>.partial`, a page at a time, and after each page `<out>.checkpoint.json` records
// how many bytes and rows are in it and the last row written. `--resume` cuts the partial file
// back to the checkpoint's length (a page written after the last checkpoint is dropped, to be
// read again) and appends from there. On success the partial file is renamed to `<out>` and the
// checkpoint removed, so `<out>` never exists half-written.
import { lstat, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './args.ts';

/** Where the last checkpointed row was, in the export's order. */
export interface Cursor {
  /** Cloudflare: the gateway being read. */
  gateway_id?: string | undefined;
  /** The time (created_at or timestamp) of the last row written, as the API gave it. */
  at: string;
  /** Every row written with exactly that time: the ones a resumed read skips. */
  ids: string[];
}

export interface Checkpoint {
  version: 1;
  /** What was asked: every selection flag, the format and the target API. */
  selection: Record<string, unknown>;
  /** The clock of the first run: `--since 24h` means the same window when resumed. */
  startedAt: string;
  /** Cloudflare: the gateways to read, in order, as listed when the export started. */
  gateways?: string[] | undefined;
  rows: number;
  pages: number;
  /** Length of the partial file when the checkpoint was written. */
  bytes: number;
  cursor: Cursor | null;
}

const checkpointPath = (target: string) => `${target}.checkpoint.json`;
const partialPath = (target: string) => `${target}.partial`;

/** The flags that differ between two selections, for a message. */
function differences(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  return keys.filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

export class ExportFile {
  readonly path: string;
  readonly partial: string;
  readonly checkpointFile: string;
  readonly #handle: Awaited<ReturnType<typeof open>>;
  #bytes: number;
  #buffer: string[] = [];
  #checkpoint: Checkpoint;

  private constructor(
    path: string,
    handle: Awaited<ReturnType<typeof open>>,
    checkpoint: Checkpoint,
  ) {
    this.path = path;
    this.partial = partialPath(path);
    this.checkpointFile = checkpointPath(path);
    this.#handle = handle;
    this.#bytes = checkpoint.bytes;
    this.#checkpoint = checkpoint;
  }

  /** The checkpoint a resumed export continues from, if there is one for `path`. */
  static async readCheckpoint(path: string, cwd: string): Promise<Checkpoint | undefined> {
    const file = checkpointPath(resolve(cwd, path));
    const text = await readFile(file, 'utf8').catch(() => undefined);
    if (text === undefined) return undefined;
    let checkpoint: Checkpoint;
    try {
      checkpoint = JSON.parse(text) as Checkpoint;
    } catch {
      throw new UsageError(`--resume: ${file} is not a checkpoint; run without --resume`);
    }
    if (checkpoint.version !== 1 || typeof checkpoint.bytes !== 'number')
      throw new UsageError(`--resume: ${file} is not a checkpoint; run without --resume`);
    return checkpoint;
  }

  /** Refuses a resume whose flags select something else than the checkpoint's. */
  static checkSameSelection(checkpoint: Checkpoint, selection: Record<string, unknown>): void {
    const differ = differences(checkpoint.selection, selection);
    if (differ.length > 0)
      throw new UsageError(
        `--resume: the checkpoint is of another export (${differ.map((key) => `--${key}`).join(', ')} ` +
          'differ); give the same options, or run without --resume to start over',
      );
  }

  /**
   * A file for a new export, or, with `resumed`, the partial file of that checkpoint cut back
   * to its checkpointed length.
   */
  static async open(
    path: string,
    cwd: string,
    start: Checkpoint,
    resumed: boolean,
  ): Promise<ExportFile> {
    const target = resolve(cwd, path);
    if ((await stat(target).catch(() => undefined))?.isDirectory())
      throw new UsageError(`--out ${path} is a folder`);
    const partial = partialPath(target);
    if (resumed) {
      const size = (await stat(partial).catch(() => undefined))?.size;
      if (size === undefined || size < start.bytes)
        throw new UsageError(
          `--resume: ${partial} is missing or shorter than its checkpoint; run without --resume`,
        );
    }
    let handle: Awaited<ReturnType<typeof open>>;
    try {
      handle = await open(partial, resumed ? 'r+' : 'w');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const reasons: Record<string, string> = {
        ENOENT: 'no such folder',
        EACCES: 'permission denied',
      };
      const reason = code ? reasons[code] : undefined;
      throw reason ? new UsageError(`--out ${path}: ${reason}`) : error;
    }
    if (resumed) await handle.truncate(start.bytes);
    const file = new ExportFile(target, handle, { ...start, bytes: resumed ? start.bytes : 0 });
    if (!resumed) await file.#saveCheckpoint();
    return file;
  }

  get checkpoint(): Readonly<Checkpoint> {
    return this.#checkpoint;
  }

  /** Kept in memory until the page is done: at most one page. */
  write(text: string): void {
    this.#buffer.push(text);
  }

  /** Writes the page's rows, then the checkpoint that counts them. */
  async endPage(progress: Pick<Checkpoint, 'rows' | 'pages' | 'cursor'>): Promise<void> {
    const data = Buffer.from(this.#buffer.join(''));
    this.#buffer = [];
    if (data.length > 0) {
      await this.#handle.write(data, 0, data.length, this.#bytes);
      this.#bytes += data.length;
    }
    this.#checkpoint = { ...this.#checkpoint, ...progress, bytes: this.#bytes };
    await this.#saveCheckpoint();
  }

  async #saveCheckpoint(): Promise<void> {
    // Written beside and renamed over: a kill mid-write leaves the previous checkpoint whole.
    const next = `${this.checkpointFile}.next`;
    await writeFile(next, `${JSON.stringify(this.#checkpoint)}\n`);
    await rename(next, this.checkpointFile);
  }

  /**
   * Puts the finished file in place: `finish` turns the partial file into the final one (the
   * Parquet conversion) or is left out to rename it as it is.
   */
  async commit(finish?: (partial: string, target: string) => Promise<void>): Promise<void> {
    await this.#handle.close();
    if (finish) {
      const converted = `${this.partial}.done`;
      await finish(this.partial, converted);
      await rename(converted, this.path);
      await rm(this.partial, { force: true });
    } else {
      await rename(this.partial, this.path);
    }
    await rm(this.checkpointFile, { force: true });
  }

  /** Closes the file after a failure; it is kept for `--resume` once it holds a page. */
  async abandon(): Promise<boolean> {
    await this.#handle.close().catch(() => {});
    if (this.#checkpoint.pages > 0) return true;
    await rm(this.partial, { force: true });
    await rm(this.checkpointFile, { force: true });
    return false;
  }
}

/** Whether `--out` names something other than a regular file (a pipe, `/dev/null`). */
export async function isSpecialFile(path: string, cwd: string): Promise<boolean> {
  const existing = await lstat(resolve(cwd, path)).catch(() => undefined);
  return existing !== undefined && !existing.isFile() && !existing.isDirectory();
}
