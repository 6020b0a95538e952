/**
 * docs/performance.md is written by the benchmarks: each one replaces its own section, between
 * `<!-- bench:ID begin -->` and `<!-- bench:ID end -->`, with its figures and how, when and where they were taken
 * (command, date, commit, the machine's cores and load average), so a figure is never read without its conditions.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const PERFORMANCE_DOC = path.join('docs', 'performance.md');

export interface Section {
  /** The marker name, e.g. `vitals`. */
  id: string;
  title: string;
  /** The npm script that measured it, e.g. `bench:vitals`; its arguments are taken from this process. */
  script: string;
  /** Markdown: the figures, and what they are compared with. */
  body: string;
  /** The 1-minute load average when the benchmark started (os.loadavg()[0]), before its own load. */
  loadAverageAtStart: number;
}

const markers = (id: string) => ({ begin: `<!-- bench:${id} begin -->`, end: `<!-- bench:${id} end -->` });

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The commit measured, marked when the work tree differs from it (this file aside: earlier runs rewrite it). */
export function measuredCommit(): string {
  const commit = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
  const changed = git(['status', '--porcelain', '--untracked-files=no'])
    .split('\n')
    .filter((line) => line && !line.endsWith(PERFORMANCE_DOC));
  return changed.length > 0 ? `${commit} with uncommitted changes` : commit;
}

/** The command line as typed, so the reader can run it again. */
function commandLine(script: string): string {
  const args = process.argv
    .slice(2)
    .map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`));
  return `npm run ${script}${args.length ? ` -- ${args.join(' ')}` : ''}`;
}

export function renderSection(section: Section, now = new Date()): string {
  const { begin, end } = markers(section.id);
  const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
  const load = (value: number) => value.toFixed(2);
  return [
    begin,
    `## ${section.title}`,
    '',
    `\`${commandLine(section.script)}\` at ${now.toISOString().slice(0, 16).replace('T', ' ')} UTC, commit ${measuredCommit()}; ` +
      `${os.cpus().length} × ${cpu}, load average ${load(section.loadAverageAtStart)} at the start and ${load(os.loadavg()[0]!)} at the end (1 minute).`,
    '',
    section.body.trim(),
    end,
  ].join('\n');
}

/** `text` with the section replaced, or appended when it has none yet. */
export function replaceSection(text: string, id: string, rendered: string): string {
  const { begin, end } = markers(id);
  const start = text.indexOf(begin);
  const stop = text.indexOf(end);
  if (start >= 0 && stop > start) return text.slice(0, start) + rendered + text.slice(stop + end.length);
  return `${text.trimEnd()}\n\n${rendered}\n`;
}

export function writeSection(section: Section, file = PERFORMANCE_DOC): void {
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n';
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, replaceSection(text, section.id, renderSection(section)));
  console.log(`Written to ${file} (section "${section.title}")`);
}

/** A Markdown table; cells are written as given. */
export function markdownTable(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, i) => (i === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}
