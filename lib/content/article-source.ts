import fs from 'node:fs';

const CHUNK_BYTES = 4096;
const DELIMITER = '---';

/**
 * The front matter block of a Markdown file, up to and including its closing `---` (where gray-matter ends it),
 * read in small chunks: listing an archive of 100,000 stories must not read 100,000 bodies. A file that does not
 * open with `---` yields its first chunk, enough for the parser to find no front matter.
 */
export function readFrontMatterHead(file: string): string {
  const fd = fs.openSync(file, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const read = fs.readSync(fd, chunk, 0, CHUNK_BYTES, total);
      chunks.push(chunk.subarray(0, read));
      total += read;
      const text = Buffer.concat(chunks, total).toString('utf8');
      if (!text.startsWith(DELIMITER)) return text;
      const close = text.indexOf(`\n${DELIMITER}`, DELIMITER.length);
      if (close !== -1) return text.slice(0, close + 1 + DELIMITER.length);
      if (read < CHUNK_BYTES) return text;
    }
  } finally {
    fs.closeSync(fd);
  }
}
