import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, test } from 'vitest';

// meridian.vcl's behaviour, checked by Varnish's own test tool against scripted backends (serving/varnish/tests).
const TESTS_DIR = path.join(import.meta.dirname, 'tests');
const cases = fs.readdirSync(TESTS_DIR).filter((name) => name.endsWith('.vtc'));

beforeAll(() => {
  execFileSync('bash', [path.join(import.meta.dirname, '..', 'ensure-varnish.sh')], { stdio: 'inherit' });
});

test.concurrent.each(cases)('varnishtest %s', async (name) => {
  const run = await new Promise<{ code: number | null; output: string }>((resolve) => {
    execFile(
      'varnishtest',
      ['-q', path.join(TESTS_DIR, name)],
      { timeout: 50_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        resolve({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          output: `${stdout}\n${stderr}`,
        }),
    );
  });
  // On failure varnishtest prints the whole exchange and Varnish's log: the end of it is the assertion message.
  expect(run.code, run.output.slice(-8_000)).toBe(0);
});

test("the VCL's reader cities are data/cities.json's, so every city's readers get their own copy", () => {
  const vcl = fs.readFileSync(path.join(import.meta.dirname, 'meridian.vcl'), 'utf8');
  const listed = /meridian-city=\(([a-z0-9|-]+)\)/.exec(vcl)?.[1]?.split('|');
  const cities = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../data/cities.json'), 'utf8')) as {
    id: string;
  }[];
  expect(listed).toEqual(cities.map((c) => c.id));
});
