import { formatNumber, type Summary } from './stats.ts';
import type { Target } from './targets.ts';

export interface Row {
  /** What was measured, e.g. `bare fetch`. */
  readonly figure: string;
  readonly unit: string;
  readonly summary: Summary;
  /** CPU time of the measuring process per operation, in µs, where the figure is a throughput. */
  readonly cpuUs?: Summary;
  /** How it compares, e.g. `0.91× bare fetch`. */
  readonly compared?: string;
}

export interface Section {
  readonly title: string;
  /** One or two sentences: what was run, and how. */
  readonly method: string;
  readonly rows: Row[];
  readonly notes: string[];
  /** The section's main result in one or two sentences, for the top of the report. */
  readonly headlines: string[];
  /** The targets its figures are held to. */
  readonly targets?: Target[];
}

const range = (a: number, b: number) => `${formatNumber(a)} – ${formatNumber(b)}`;

export function sectionMarkdown(section: Section): string {
  const withCpu = section.rows.some((row) => row.cpuUs);
  const lines = [
    `## ${section.title}`,
    '',
    section.method,
    '',
    `| Figure | Median | p25 – p75 | min – max | Runs |${withCpu ? ' CPU µs/op: median (p25 – p75) |' : ''} Compared |`,
    `| --- | ---: | ---: | ---: | ---: |${withCpu ? ' ---: |' : ''} --- |`,
  ];
  for (const row of section.rows) {
    const s = row.summary;
    const cpu = row.cpuUs
      ? ` ${formatNumber(row.cpuUs.median)} (${range(row.cpuUs.p25, row.cpuUs.p75)}) |`
      : withCpu
        ? ' |'
        : '';
    lines.push(
      `| ${row.figure} | **${formatNumber(s.median)}** ${row.unit} | ${range(s.p25, s.p75)} | ${range(s.min, s.max)} | ${s.n} |${cpu} ${row.compared ?? ''} |`,
    );
  }
  if (section.notes.length > 0) lines.push('', ...section.notes.map((note) => `- ${note}`));
  return `${lines.join('\n')}\n`;
}

/** The same rows as an aligned plain-text table, for the terminal. */
export function sectionText(section: Section): string {
  const header = ['figure', 'median', 'p25 – p75', 'runs', 'cpu µs/op', 'compared'];
  const body = section.rows.map((row) => [
    row.figure,
    `${formatNumber(row.summary.median)} ${row.unit}`,
    range(row.summary.p25, row.summary.p75),
    String(row.summary.n),
    row.cpuUs ? formatNumber(row.cpuUs.median) : '',
    row.compared ?? '',
  ]);
  const widths = header.map((_, i) =>
    Math.max(...[header, ...body].map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, i) =>
        i === 0 || i === 4 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0),
      )
      .join('  ');
  return [`== ${section.title}`, line(header), ...body.map(line), ''].join('\n');
}
