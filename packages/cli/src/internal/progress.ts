// How far an export has got, for the person waiting: on a terminal, one bar redrawn in place
// (rows, pages, rate, and the ETA from the total the API reports); elsewhere (a CI log, a file),
// a plain line every few pages, which reads well one under the other.
import { count } from './command.ts';
import type { Sink } from './output.ts';

export type ProgressMode = 'bar' | 'lines' | 'off';

/** Plain lines: one every this many pages. */
export const pagesPerLine = 10;
const barWidth = 24;
/** The bar is redrawn at most this often: more is flicker, and work for the terminal. */
const redrawMs = 100;

const duration = (seconds: number) => {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
};

export class ExportProgress {
  readonly #sink: Sink;
  readonly #mode: ProgressMode;
  readonly #clock: () => number;
  readonly #started: number;
  /** Rows already written before this run (a resumed export): not part of this run's rate. */
  readonly #rowsBefore: number;
  #lastDraw = Number.NEGATIVE_INFINITY;
  #drawn = false;
  total: number | undefined;

  constructor(sink: Sink, mode: ProgressMode, rowsBefore = 0, clock: () => number = Date.now) {
    this.#sink = sink;
    this.#mode = mode;
    this.#clock = clock;
    this.#started = clock();
    this.#rowsBefore = rowsBefore;
  }

  /** Rows per second in this run. */
  rate(rows: number): number {
    const seconds = (this.#clock() - this.#started) / 1000;
    return seconds > 0 ? (rows - this.#rowsBefore) / seconds : 0;
  }

  #figures(rows: number, pages: number): string {
    const rate = this.rate(rows);
    const parts = [
      `${count(rows)}${this.total !== undefined ? `/${count(this.total)}` : ''} rows`,
      `${count(pages)} ${pages === 1 ? 'page' : 'pages'}`,
      `${count(Math.round(rate))} rows/s`,
    ];
    if (this.total !== undefined && rate > 0)
      parts.push(`ETA ${duration((this.total - rows) / rate)}`);
    return parts.join('  ');
  }

  /** After each page. */
  async page(rows: number, pages: number): Promise<void> {
    if (this.#mode === 'lines') {
      if (pages % pagesPerLine === 0)
        await this.#sink.write(`exporting: ${this.#figures(rows, pages)}\n`);
      return;
    }
    if (this.#mode !== 'bar') return;
    const now = this.#clock();
    if (now - this.#lastDraw < redrawMs) return;
    this.#lastDraw = now;
    const share = this.total ? Math.min(1, rows / this.total) : undefined;
    const filled = share === undefined ? 0 : Math.round(share * barWidth);
    const bar =
      share === undefined
        ? ''
        : `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  `;
    // \r and erase-line: the bar replaces itself; nothing of a longer earlier bar is left.
    await this.#sink.write(`\r\x1b[2K${bar}${this.#figures(rows, pages)}`);
    this.#drawn = true;
  }

  /** Clears the bar, so that what follows starts on a clean line. */
  async end(): Promise<void> {
    if (!this.#drawn) return;
    this.#drawn = false;
    await this.#sink.write('\r\x1b[2K');
  }
}
