/** Copies data/ to a scratch folder for the end-to-end server (CONTENT_DIR), so tests may edit content. */
import fs from 'node:fs';
import path from 'node:path';

const target = process.argv[2];
if (!target) {
  console.error('Usage: tsx scripts/e2e-content.ts <target-dir>');
  process.exit(2);
}
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(path.join(process.cwd(), 'data'), target, { recursive: true });
console.log(`Copied data/ to ${target}`);
