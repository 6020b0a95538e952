import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/**
 * Makes a file unwritable for the fault tests, as a read-only volume or wrong ownership would. File modes do not
 * bind root (the test machine runs as root), so there the file is marked immutable with chattr instead.
 */
export function makeReadOnly(file: string): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['+i', file]);
  else fs.chmodSync(file, 0o444);
}

export function makeWritable(file: string): void {
  if (process.getuid?.() === 0) execFileSync('chattr', ['-i', file]);
  else fs.chmodSync(file, 0o644);
}
