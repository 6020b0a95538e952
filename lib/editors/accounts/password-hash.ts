import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Account passwords, hashed with scrypt (memory-hard: 128·N·r bytes, 32 MiB per check at N=2^15, r=8), a salt of
 * their own and the parameters stored beside the hash (`scrypt$<log2 N>$<r>$<p>$<salt>$<hash>`), so the cost can be
 * raised later and old hashes still verify. Callers run checks through the KDF gate (kdf-gate.ts), never unbounded.
 */
const LOG2_N = 15;
const BLOCK_SIZE = 8;
const PARALLELISM = 1;
const KEY_BYTES = 32;
const MAX_LOG2_N = 20;

function derive(password: string, salt: Buffer, options: ScryptOptions, length: number): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, length, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

const optionsFor = (log2N: number, r: number, p: number): ScryptOptions => ({
  N: 2 ** log2N,
  r,
  p,
  // Twice what the derivation needs, so Node's default cap (32 MiB) does not refuse N=2^15.
  maxmem: 256 * 2 ** log2N * r,
});

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, optionsFor(LOG2_N, BLOCK_SIZE, PARALLELISM), KEY_BYTES);
  return ['scrypt', LOG2_N, BLOCK_SIZE, PARALLELISM, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Whether `password` is the one `stored` was made from; false for a malformed or out-of-range record. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  const match = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([\w-]{16,})\$([\w-]{43,})$/.exec(stored);
  if (!match) return false;
  const [log2N, r, p] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (log2N < 10 || log2N > MAX_LOG2_N || r < 1 || p < 1) return false;
  const expected = Buffer.from(match[5]!, 'base64url');
  const key = await derive(password, Buffer.from(match[4]!, 'base64url'), optionsFor(log2N, r, p), expected.length);
  return timingSafeEqual(key, expected);
}
