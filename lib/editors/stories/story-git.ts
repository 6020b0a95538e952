import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { DeskActor } from '@/lib/editors/accounts/desk';

const run = promisify(execFile);
const MAX_OUTPUT = 8 * 1024 * 1024;

/** The git CLI without a shell: arguments are never parsed by one, so no story text can become a command. */
async function git(cwd: string, args: string[], env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run('git', ['-C', cwd, ...args], {
    maxBuffer: MAX_OUTPUT,
    timeout: 20_000,
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...env },
  });
  return stdout;
}

/** The top of the git work tree that holds the content folder, or null when it is in none (the desk still saves). */
export async function contentRepository(dir: string): Promise<string | null> {
  try {
    return (await git(dir, ['rev-parse', '--show-toplevel'])).trim() || null;
  } catch {
    return null;
  }
}

/** The file's path inside the repository (the temp folder may sit behind a symlink; a removed file has no path of its own). */
function inRepository(top: string, file: string): string {
  let existing = path.resolve(file);
  while (!fs.existsSync(existing)) existing = path.dirname(existing);
  const real = path.join(fs.realpathSync(existing), path.relative(existing, path.resolve(file)));
  return path.relative(fs.realpathSync(top), real).split(path.sep).join('/');
}

/** Commits exactly these files (added, changed or removed), authored by the editor; null when nothing changed. */
export async function commitFiles(
  top: string,
  files: string[],
  actor: DeskActor,
  message: string,
): Promise<string | null> {
  const paths: string[] = [];
  for (const file of files) {
    const inside = inRepository(top, file);
    // A removed file is staged only if git knew it; naming an unknown path would fail the whole add.
    if (fs.existsSync(file) || (await git(top, ['ls-files', '--', inside])).trim() !== '') paths.push(inside);
  }
  if (paths.length === 0) return null;
  await git(top, ['add', '-A', '--', ...paths]);
  const staged = await git(top, ['diff', '--cached', '--name-only', '--', ...paths]);
  if (staged.trim() === '') return null;
  const identity = { GIT_AUTHOR_NAME: actor.name, GIT_AUTHOR_EMAIL: actor.email };
  await git(top, ['commit', '--no-verify', '--quiet', '-m', message, '--', ...paths], {
    ...identity,
    GIT_COMMITTER_NAME: actor.name,
    GIT_COMMITTER_EMAIL: actor.email,
  });
  return (await git(top, ['rev-parse', 'HEAD'])).trim();
}

export interface Revision {
  commit: string;
  author: string;
  email: string;
  at: string;
  subject: string;
}

const FIELD = '\u001f';

/** A file's revisions, newest first. */
export async function revisionsOf(top: string, file: string, limit = 100): Promise<Revision[]> {
  const format = ['%H', '%an', '%ae', '%aI', '%s'].join('%x1f');
  const out = await git(top, ['log', `--max-count=${limit}`, `--format=${format}`, '--', inRepository(top, file)]);
  return out
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, author, email, at, subject] = line.split(FIELD) as [string, string, string, string, string];
      return { commit, author, email, at, subject };
    });
}

const COMMIT = /^[0-9a-f]{40}$/;

export function isCommit(value: string): boolean {
  return COMMIT.test(value);
}

/** The file's text at a revision. */
export async function fileAt(top: string, commit: string, file: string): Promise<string> {
  if (!isCommit(commit)) throw new Error('Not a commit id');
  return git(top, ['show', `${commit}:${inRepository(top, file)}`]);
}

/** A unified diff of the file between two revisions. */
export async function diffBetween(top: string, from: string, to: string, file: string): Promise<string> {
  if (!isCommit(from) || !isCommit(to)) throw new Error('Not a commit id');
  return git(top, ['diff', '--no-color', '--no-ext-diff', from, to, '--', inRepository(top, file)]);
}
