import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nginxConfig } from './nginx-config';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meridian-nginx-config-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the cluster’s nginx configuration', () => {
  const config = nginxConfig({ port: 3680, upstreamPorts: [3601, 3602, 3603], dir, cacheSeconds: 5, rootUser: process.getuid?.() === 0 ? 'root' : undefined });

  it('is accepted by the real nginx (scripts/ensure-debian-command.sh installs it), run unprivileged from its own folder', () => {
    const file = path.join(dir, 'nginx.conf');
    fs.writeFileSync(file, config);
    const nginx = fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';
    const output = execFileSync(nginx, ['-t', '-p', dir, '-c', file, '-e', path.join(dir, 'error.log')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toBe('');
  });

  it('balances over every instance and keeps every file it writes in its folder', () => {
    for (const port of [3601, 3602, 3603]) expect(config).toContain(`server 127.0.0.1:${port} `);
    const paths = [...config.matchAll(/^\s*(?:pid|error_log|\w+_temp_path|proxy_cache_path) (\S+)/gm)].map((m) => m[1]!);
    expect(paths.length).toBeGreaterThanOrEqual(8);
    for (const file of paths) expect(file.startsWith(dir)).toBe(true);
  });

  it('caps the time a page is kept, bypasses previews, editors and writes, and retries only safe requests', () => {
    expect(config).toContain('proxy_cache_valid 200 301 308 404 5s;');
    expect(config).toMatch(/__prerender_bypass\|meridian-editor/);
    expect(config).toContain('proxy_cache_bypass $editor_request $never_cached_path $write_request;');
    expect(config).toContain('proxy_next_upstream error timeout;');
    expect(config).not.toContain('non_idempotent');
  });
});
