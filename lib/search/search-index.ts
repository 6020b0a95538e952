import Database from 'better-sqlite3';
import { toMatchExpression } from './match-expression';
import { MARK_END, MARK_START } from './snippet-parts';

/** One public article as the index needs it: text to search plus what filters and sorting use. */
export interface SearchDocument {
  slug: string;
  title: string;
  dek: string;
  body: string;
  tags: string[];
  tagSlugs: string[];
  authors: string[];
  sectionSlug: string;
  sectionName: string;
  publishedAt: string;
}

export interface SearchOptions {
  query: string;
  section?: string | null;
  tag?: string | null;
  sort?: 'relevance' | 'date';
  limit: number;
  offset: number;
}

export interface SearchHit {
  slug: string;
  title: string;
  dek: string;
  sectionSlug: string;
  publishedAt: string;
  /** Best-matching passage with hits between MARK_START and MARK_END. */
  snippet: string;
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** False when the query held nothing searchable (only punctuation, emoji, spaces). */
  searchable: boolean;
}

export interface Suggestion {
  slug: string;
  title: string;
}

// bm25 weights per column, in column order: a headline match weighs most, then tags, the summary, authors.
const WEIGHTS = { title: 10, dek: 4, body: 1, tags: 5, authors: 3, section: 2 };
const SNIPPET_TOKENS = 24;
/** Results are counted up to here (1,000 pages of 10). */
export const MAX_COUNTED = 10_000;

/**
 * A full-text index of public articles in an in-memory SQLite database (FTS5, unicode61 tokenizer folding
 * case and diacritics, prefix indexes for suggestions). Built once per content version; read-only after.
 */
export class SearchIndex {
  private readonly db: Database.Database;
  private readonly statements: Map<string, Database.Statement> = new Map();
  readonly size: number;

  constructor(documents: Iterable<SearchDocument>) {
    this.db = new Database(':memory:');
    this.db.exec(`
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL, dek TEXT NOT NULL,
        section TEXT NOT NULL, published_at TEXT NOT NULL
      );
      CREATE TABLE article_tags (tag TEXT NOT NULL, id INTEGER NOT NULL, PRIMARY KEY (tag, id)) WITHOUT ROWID;
      CREATE VIRTUAL TABLE fts USING fts5(
        title, dek, body, tags, authors, section,
        tokenize = 'unicode61 remove_diacritics 2'
      );
      -- Headlines alone, with prefix indexes: suggestions scan a small index, not every body.
      CREATE VIRTUAL TABLE titles USING fts5(title, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4');
    `);
    const insertArticle = this.db.prepare('INSERT INTO articles (id, slug, title, dek, section, published_at) VALUES (?, ?, ?, ?, ?, ?)');
    const insertTag = this.db.prepare('INSERT OR IGNORE INTO article_tags (tag, id) VALUES (?, ?)');
    const insertText = this.db.prepare('INSERT INTO fts (rowid, title, dek, body, tags, authors, section) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const insertTitle = this.db.prepare('INSERT INTO titles (rowid, title) VALUES (?, ?)');
    let id = 0;
    this.db.transaction(() => {
      for (const doc of documents) {
        id += 1;
        insertArticle.run(id, doc.slug, doc.title, doc.dek, doc.sectionSlug, doc.publishedAt);
        for (const tag of doc.tagSlugs) insertTag.run(tag, id);
        insertText.run(id, doc.title, doc.dek, doc.body, doc.tags.join(' '), doc.authors.join(' '), doc.sectionName);
        insertTitle.run(id, doc.title);
      }
    })();
    this.db.exec("INSERT INTO fts (fts) VALUES ('optimize'); INSERT INTO titles (titles) VALUES ('optimize')");
    // The weights as FTS5's own rank, so ORDER BY rank sorts inside FTS5 without a per-row SQL function call.
    const w = WEIGHTS;
    this.db.prepare('INSERT INTO fts (fts, rank) VALUES (?, ?)').run('rank', `bm25(${w.title}, ${w.dek}, ${w.body}, ${w.tags}, ${w.authors}, ${w.section})`);
    this.db.exec('CREATE INDEX articles_date ON articles (published_at)');
    this.size = id;
  }

  search({ query, section, tag, sort = 'relevance', limit, offset }: SearchOptions): SearchResult {
    const match = toMatchExpression(query);
    if (!match) return { hits: [], total: 0, searchable: false };
    const filters = [section ? 'AND a.section = @section' : '', tag ? 'AND a.id IN (SELECT id FROM article_tags WHERE tag = @tag)' : ''].join(' ');
    const params = { match, section: section ?? null, tag: tag ?? null, limit, offset };
    const from = `FROM fts JOIN articles a ON a.id = fts.rowid WHERE fts MATCH @match ${filters}`;
    // Counting stops at MAX_COUNTED: past that, "more than" is all a reader needs, and counting costs.
    const total = (this.statement(`SELECT count(*) AS n FROM (SELECT 1 ${from} LIMIT ${MAX_COUNTED})`).get(pick(params, section, tag, false)) as { n: number }).n;
    if (total === 0 || offset >= total) return { hits: [], total, searchable: true };
    const order = sort === 'date' ? 'a.published_at DESC' : 'fts.rank, a.published_at DESC';
    // Two steps: rank every match cheaply, then build snippets for the page's rows only.
    const rows = this.statement(
      `SELECT a.slug, a.title, a.dek, a.section AS sectionSlug, a.published_at AS publishedAt,
         snippet(fts, -1, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS}) AS snippet
       FROM fts JOIN articles a ON a.id = fts.rowid
       WHERE fts MATCH @match AND fts.rowid IN (SELECT a.id ${from} ORDER BY ${order} LIMIT @limit OFFSET @offset)
       ORDER BY ${order}`,
    ).all(pick(params, section, tag, true)) as SearchHit[];
    return { hits: rows, total, searchable: true };
  }

  /** Headlines for the search box while the reader types: headline words only; the last matches as a prefix. */
  suggest(query: string, limit = 6): Suggestion[] {
    const match = toMatchExpression(query, { prefix: true });
    if (!match) return [];
    return this.statement(
      `SELECT a.slug, a.title FROM titles JOIN articles a ON a.id = titles.rowid WHERE titles MATCH @match
       ORDER BY rank LIMIT @limit`,
    ).all({ match, limit }) as Suggestion[];
  }

  close(): void {
    this.db.close();
  }

  private statement(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

// better-sqlite3 refuses named parameters that the statement does not use.
function pick(params: Record<string, unknown>, section: unknown, tag: unknown, paged: boolean): Record<string, unknown> {
  const out: Record<string, unknown> = { match: params.match };
  if (section) out.section = params.section;
  if (tag) out.tag = params.tag;
  if (paged) {
    out.limit = params.limit;
    out.offset = params.offset;
  }
  return out;
}
