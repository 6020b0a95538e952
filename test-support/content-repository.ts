import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeContentFixture, type FixtureArticle } from './content-fixture';

export interface ContentRepository {
  /** The content folder (data/). */
  dir: string;
  /** The repository's top, which holds it. */
  root: string;
  git: (...args: string[]) => string;
  /** Deletes it all and unsets PUBLIC_DIR. */
  remove: () => void;
}

/** A content fixture in a fresh git repository with one commit, as a newsroom's content would be (desk tests). */
export function makeContentRepository(articles: FixtureArticle[]): ContentRepository {
  const fixture = makeContentFixture(articles);
  const root = path.dirname(fixture.contentDir);
  process.env.PUBLIC_DIR = fixture.publicDir;
  const git = (...args: string[]) => execFileSync('git', ['-C', root, ...args], { encoding: 'utf8' });
  git('init', '--quiet');
  git('add', '-A');
  git('-c', 'user.name=Setup', '-c', 'user.email=setup@example.test', 'commit', '--quiet', '-m', 'Start');
  return {
    dir: fixture.contentDir,
    root,
    git,
    remove: () => {
      fs.rmSync(root, { recursive: true, force: true });
      delete process.env.PUBLIC_DIR;
    },
  };
}
