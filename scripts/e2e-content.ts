/**
 * Copies data/ to a scratch folder for the end-to-end server (CONTENT_DIR), so tests may edit content; with a second
 * folder, starts the desk there (DESK_DATA_DIR) with the suite's admin account.
 */
import fs from 'node:fs';
import path from 'node:path';
import { seedDeskAccounts } from '../test-support/desk-accounts';

const [target, deskDir] = process.argv.slice(2);
if (!target) {
  console.error('Usage: tsx scripts/e2e-content.ts <target-dir> [desk-dir]');
  process.exit(2);
}
fs.rmSync(target, { recursive: true, force: true });
fs.cpSync(path.join(process.cwd(), 'data'), target, { recursive: true });
console.log(`Copied data/ to ${target}`);
if (deskDir) {
  fs.rmSync(deskDir, { recursive: true, force: true });
  await seedDeskAccounts(deskDir);
  console.log(`Desk accounts in ${deskDir}`);
}
