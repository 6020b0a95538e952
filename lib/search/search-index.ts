import Database from 'better-sqlite3';
import { indexedForm, queryTokens, toMatchExpression } from './match-expression';
import { MARK_END, MARK_START } from './snippet-parts';
import { closestWord, type VocabularyWord } from './spelling';

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
  /** Matching stories, up to MAX_COUNTED. */
  total: number;
  /** True when more than MAX_COUNTED stories match: only the newest MAX_COUNTED are ranked and paged. */
  capped: boolean;
  /** False when the query held nothing searchable (only punctuation, emoji, spaces). */
  searchable: boolean;
  /** When nothing matches: the query with its misspelt words corrected from the site's vocabulary, if that matches. */
  didYouMean: string | null;
}

export interface Suggestion {
  slug: string;
  title: string;
}

// bm25 weights per column, in column order: a headline match weighs most, then tags, the summary, authors.
// The last column holds the section and tag filter tokens, which never add to a score.
const WEIGHTS = { title: 10, dek: 4, body: 1, tags: 5, authors: 3, section: 2, filters: 0 };
const SNIPPET_TOKENS = 24;
// The text columns, in the index's order, that snippets choose from: the body's passage first (the page already
// shows the headline and summary), else the best other column.
const SNIPPET_COLUMNS = ['title', 'dek', 'body', 'tags', 'authors', 'section'] as const;
const BODY_COLUMN = SNIPPET_COLUMNS.indexOf('body');
// English stemming (FTS5's porter) over unicode61 folding case and diacritics: "banks" finds what "bank" finds.
const STEMMED = "tokenize = 'porter unicode61 remove_diacritics 2'";
const UNSTEMMED = "tokenize = 'unicode61 remove_diacritics 2'";
// Filter tokens start with a private-use character: the tokenizer keeps it inside the token, and reader text never
// holds one (queryTokens keeps letters, digits and marks), so no query word can match a filter token.
const FILTER_MARK = '\ue000';
/** Matches are counted, ranked and paged up to here (100 pages of 10): past that a reader refines the query. */
export const MAX_COUNTED = 1_000;
const NONE = { hits: [], total: 0, capped: false, searchable: true, didYouMean: null } satisfies SearchResult;

/** A story's indexed body text by slug, read again for the snippets of a shown page. */
export type BodyReader = (slug: string) => string;

/**
 * A full-text index of public articles in an in-memory SQLite database (FTS5, porter stemming over the unicode61
 * tokenizer folding case and diacritics, prefix indexes for suggestions, a word list for "did you mean"). Built
 * once per content version; read-only after.
 * The index keeps no copy of the text (contentless FTS5: bodies were most of its memory); snippets come from a
 * page-sized scratch table filled with the shown stories' text.
 *
 * Documents must arrive newest first, so rowid order is date order: FTS5 walks matches in rowid order, so
 * "the newest N matches" and "sorted by date" cost N steps however many stories match.
 */
export class SearchIndex {
  private readonly db: Database.Database;
  private readonly statements: Map<string, Database.Statement> = new Map();
  /** "section:slug" and "tag:slug" to the token that stands for them in the filters column. */
  private readonly filterTokens = new Map<string, string>();
  /** Terms in half the stories or more: bm25 gives them no weight (see byRelevance). */
  private readonly broadTerms: Set<string>;
  /** Headline, summary, topic, author and section words with their story counts, read at the first misspelling. */
  private vocabulary: VocabularyWord[] | null = null;
  readonly size: number;

  constructor(
    documents: Iterable<SearchDocument>,
    private readonly readBody: BodyReader,
  ) {
    this.db = new Database(':memory:');
    this.db.exec(`
      CREATE TABLE articles (
        id INTEGER PRIMARY KEY, slug TEXT NOT NULL, title TEXT NOT NULL, dek TEXT NOT NULL,
        section TEXT NOT NULL, published_at TEXT NOT NULL, tags TEXT NOT NULL, authors TEXT NOT NULL, section_name TEXT NOT NULL
      );
      CREATE VIRTUAL TABLE fts USING fts5(${Object.keys(WEIGHTS).join(', ')}, content = '', ${STEMMED});
      CREATE VIRTUAL TABLE temp.shown USING fts5(${SNIPPET_COLUMNS.join(', ')}, ${STEMMED});
      -- Headlines alone, unstemmed (a typed prefix is not a stem), with prefix indexes: suggestions scan a small index.
      CREATE VIRTUAL TABLE titles USING fts5(title, ${UNSTEMMED}, prefix = '2 3 4');
      -- The words readers see in lists, unstemmed and without positions: the vocabulary "did you mean" draws on.
      CREATE VIRTUAL TABLE words USING fts5(text, content = '', ${UNSTEMMED}, detail = none);
      -- Stems of a query's words, from the same tokenizer as the index (one row per word).
      CREATE VIRTUAL TABLE temp.query_words USING fts5(word, ${STEMMED});
      CREATE VIRTUAL TABLE temp.query_stems USING fts5vocab(temp, query_words, 'instance');
    `);
    const insertArticle = this.db.prepare(
      'INSERT INTO articles (id, slug, title, dek, section, published_at, tags, authors, section_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertText = this.db.prepare(
      'INSERT INTO fts (rowid, title, dek, body, tags, authors, section, filters) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertTitle = this.db.prepare('INSERT INTO titles (rowid, title) VALUES (?, ?)');
    const insertWords = this.db.prepare('INSERT INTO words (rowid, text) VALUES (?, ?)');
    let id = 0;
    let previous = '\uffff';
    this.db.transaction(() => {
      for (const doc of documents) {
        if (doc.publishedAt > previous) throw new Error(`SearchIndex: documents must come newest first (${doc.slug})`);
        previous = doc.publishedAt;
        id += 1;
        const filters = [
          this.filterToken('section', doc.sectionSlug),
          ...doc.tagSlugs.map((tag) => this.filterToken('tag', tag)),
        ];
        const [tags, authors] = [doc.tags.join(' '), doc.authors.join(' ')];
        insertArticle.run(
          id,
          doc.slug,
          doc.title,
          doc.dek,
          doc.sectionSlug,
          doc.publishedAt,
          tags,
          authors,
          doc.sectionName,
        );
        insertText.run(id, doc.title, doc.dek, doc.body, tags, authors, doc.sectionName, filters.join(' '));
        insertTitle.run(id, doc.title);
        insertWords.run(id, [doc.title, doc.dek, tags, authors, doc.sectionName].join(' '));
      }
    })();
    this.db.exec(
      "INSERT INTO fts (fts) VALUES ('optimize'); INSERT INTO titles (titles) VALUES ('optimize'); INSERT INTO words (words) VALUES ('optimize')",
    );
    // The weights as FTS5's own rank, so the rank column is bm25 without a per-row SQL function call.
    this.db
      .prepare('INSERT INTO fts (fts, rank) VALUES (?, ?)')
      .run('rank', `bm25(${Object.values(WEIGHTS).join(', ')})`);
    this.db.exec(`
      CREATE VIRTUAL TABLE temp.fts_terms USING fts5vocab(main, fts, 'row');
      CREATE VIRTUAL TABLE temp.word_terms USING fts5vocab(main, words, 'row');
    `);
    this.broadTerms = new Set(
      this.db
        .prepare('SELECT term FROM temp.fts_terms WHERE doc >= ?')
        .pluck()
        .all(id / 2) as string[],
    );
    this.size = id;
  }

  search({ query, section, tag, sort = 'relevance', limit, offset }: SearchOptions): SearchResult {
    const words = queryTokens(query);
    if (words.length === 0) return { ...NONE, searchable: false };
    const filters: string[] = [];
    for (const key of [section && `section:${section}`, tag && `tag:${tag}`]) {
      if (!key) continue;
      const token = this.filterTokens.get(key);
      if (!token) return NONE;
      filters.push(token);
    }
    // The newest matches, in date order: a bounded walk however broad the query.
    const matches = this.statement(`SELECT rowid FROM fts WHERE fts MATCH ? ORDER BY rowid LIMIT ${MAX_COUNTED + 1}`)
      .pluck()
      .all(allOf(words, filters)) as number[];
    if (matches.length === 0) return { ...NONE, didYouMean: this.correction(words, filters) };
    const capped = matches.length > MAX_COUNTED;
    const window = capped ? matches.slice(0, MAX_COUNTED) : matches;
    if (offset >= window.length) return { ...NONE, total: window.length, capped };
    const ordered = sort === 'date' ? window : this.byRelevance(words, filters, window);
    return {
      hits: this.hits(ordered.slice(offset, offset + limit), words),
      total: window.length,
      capped,
      searchable: true,
      didYouMean: null,
    };
  }

  /**
   * Headlines for the search box while the reader types: headline words only; the last matches as a prefix. Like
   * search, only the newest MAX_COUNTED matching headlines are ranked: a two-letter prefix can match most of them.
   */
  suggest(query: string, limit = 6): Suggestion[] {
    const match = toMatchExpression(query, { prefix: true });
    if (!match) return [];
    const newest = this.statement(
      `SELECT rowid, rank FROM titles WHERE titles MATCH ? ORDER BY rowid LIMIT ${MAX_COUNTED}`,
    )
      .raw()
      .all(match) as [id: number, rank: number][];
    const headline = this.statement('SELECT slug, title FROM articles WHERE id = ?');
    return newest
      .sort((a, b) => a[1] - b[1] || a[0] - b[0])
      .slice(0, limit)
      .map(([id]) => headline.get(id) as Suggestion);
  }

  close(): void {
    this.db.close();
  }

  /**
   * The window's rowids, best first: bm25 (headline weighs most), ties newest first. Only the query's selective
   * words are scored: bm25 gives a term found in half the stories or more no weight (FTS5 clamps its idf to
   * almost zero), yet computing that idf reads the term's whole posting list, the bulk of a broad query's cost.
   * When every word is that broad, headline matches come first, then the rest, each newest first.
   */
  private byRelevance(words: string[], filters: string[], window: number[]): number[] {
    const stems = this.stems(words);
    const selective = words.filter((_, i) => !this.broadTerms.has(stems[i]!));
    if (selective.length === 0) {
      const headlines = new Set(
        this.newestMatches('rowid', allOf(words, filters, '{title} : '), window).map(([id]) => id),
      );
      return [...window.filter((id) => headlines.has(id)), ...window.filter((id) => !headlines.has(id))];
    }
    const inWindow = new Set(window);
    const selectiveFilters = filters.filter((token) => !this.broadTerms.has(token));
    return this.newestMatches('rowid, rank', allOf(selective, selectiveFilters), window)
      .filter(([id]) => inWindow.has(id))
      .sort((a, b) => a[1]! - b[1]! || a[0] - b[0])
      .map(([id]) => id);
  }

  /**
   * Rows of a query over the same stretch of rowids as the window. Walked in rowid order and stopped past the
   * window's oldest story: an FTS5 rowid range constraint (rowid <= ?) measured many times slower on broad terms.
   */
  private newestMatches(
    columns: 'rowid' | 'rowid, rank',
    match: string,
    window: number[],
  ): [id: number, rank?: number][] {
    const oldest = window[window.length - 1]!;
    const rows: [id: number, rank?: number][] = [];
    for (const row of this.statement(`SELECT ${columns} FROM fts WHERE fts MATCH ? ORDER BY rowid`)
      .raw()
      .iterate(match) as Iterable<[number, number?]>) {
      if (row[0] > oldest) break;
      rows.push(row);
    }
    return rows;
  }

  /** The page's stories with their snippets, in the given order: snippets cost, so only for shown rows. */
  private hits(ids: number[], words: string[]): SearchHit[] {
    const story = this.statement(
      'SELECT slug, title, dek, section AS sectionSlug, published_at AS publishedAt, tags, authors, section_name AS sectionName FROM articles WHERE id = ?',
    );
    const stories = ids.map(
      (id) => story.get(id) as Omit<SearchHit, 'snippet'> & { tags: string; authors: string; sectionName: string },
    );
    const show = this.statement(
      `INSERT INTO temp.shown (rowid, ${SNIPPET_COLUMNS.join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    const snippet = (column: number) =>
      `snippet(shown, ${column}, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_TOKENS})`;
    const snippets = this.statement(
      `SELECT rowid, ${snippet(BODY_COLUMN)}, ${snippet(-1)} FROM temp.shown WHERE shown MATCH ?`,
    ).raw();
    const byRow = this.db.transaction(() => {
      this.statement('DELETE FROM temp.shown').run();
      stories.forEach((s, i) => show.run(i, s.title, s.dek, this.readBody(s.slug), s.tags, s.authors, s.sectionName));
      const rows = snippets.all(allOf(words, [])) as [id: number, body: string, best: string][];
      return new Map(rows.map(([id, body, best]) => [id, body.includes(MARK_START) ? body : best]));
    })();
    return stories.map(({ slug, title, dek, sectionSlug, publishedAt }, i) => ({
      slug,
      title,
      dek,
      sectionSlug,
      publishedAt,
      snippet: byRow.get(i) ?? '',
    }));
  }

  /** Each word's stem as the index stores it ('' for a word the tokenizer drops). */
  private stems(words: string[]): string[] {
    const insert = this.statement('INSERT INTO temp.query_words (rowid, word) VALUES (?, ?)');
    const read = this.statement('SELECT doc, term FROM temp.query_stems');
    return this.db.transaction(() => {
      this.statement('DELETE FROM temp.query_words').run();
      words.forEach((word, i) => insert.run(i, word));
      const byWord = new Map((read.raw().all() as [number, string][]).map(([i, term]) => [i, term]));
      return words.map((_, i) => byWord.get(i) ?? '');
    })();
  }

  /**
   * The query with each word no story holds replaced by the nearest word of the site's vocabulary, when that query
   * finds stories (with the same filters); otherwise null.
   */
  private correction(words: string[], filters: string[]): string | null {
    const known = this.statement('SELECT 1 FROM temp.fts_terms WHERE term = ?').pluck();
    const stems = this.stems(words);
    let changed = false;
    const corrected = words.map((word, i) => {
      if (known.get(stems[i]!)) return word;
      const replacement = closestWord(indexedForm(word), this.vocabularyWords());
      if (replacement) changed = true;
      return replacement ?? word;
    });
    if (!changed) return null;
    const found = this.statement('SELECT rowid FROM fts WHERE fts MATCH ? LIMIT 1').get(allOf(corrected, filters));
    return found ? corrected.join(' ') : null;
  }

  private vocabularyWords(): VocabularyWord[] {
    this.vocabulary ??= this.db.prepare('SELECT term, doc FROM temp.word_terms').raw().all() as VocabularyWord[];
    return this.vocabulary;
  }

  private filterToken(kind: 'section' | 'tag', slug: string): string {
    const key = `${kind}:${slug}`;
    let token = this.filterTokens.get(key);
    if (!token) {
      token = `${FILTER_MARK}${this.filterTokens.size}`;
      this.filterTokens.set(key, token);
    }
    return token;
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

/** A MATCH expression for stories holding every word (in the columns `scope` names, else anywhere) and every filter token. */
function allOf(words: string[], filters: string[], scope = ''): string {
  const phrases = (tokens: string[]) => tokens.map((token) => `"${token}"`).join(' ');
  return `${scope}(${phrases(words)})${filters.length > 0 ? ` AND ${phrases(filters)}` : ''}`;
}
