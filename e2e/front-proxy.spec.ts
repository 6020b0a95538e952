import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { rawRequest } from './raw-http';

/**
 * Next's router parses a request target that does not start with "/" as an absolute URL before proxy.ts runs,
 * so behind a bare `next start`, `GET *` throws there and is answered 500 (npm start's front server refuses it
 * itself: lib/http/request-target.ts). A front proxy removes the gap as well: this starts a real nginx on
 * E2E_PORT+40 in front of the e2e server, configured as the README advises.
 */
const APP_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = APP_PORT + 40;

function nginxConfig(dir: string): string {
  return `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
events {}
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${PORT};
    location / {
      proxy_pass http://127.0.0.1:${APP_PORT};
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }
  }
}
`;
}

test('behind nginx, asterisk-form and absolute-form targets never reach Next: 400, and the absolute one as a path', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `meridian-nginx-${PORT}-`));
  fs.writeFileSync(path.join(dir, 'nginx.conf'), nginxConfig(dir));
  // Debian installs it in /usr/sbin, which is not on every user's PATH (scripts/test.sh installs it when missing).
  const nginx = spawn(fs.existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: 'ignore' });
  const exited = new Promise((resolve) => nginx.once('exit', resolve));
  try {
    await expect.poll(() => rawRequest(PORT, { path: '/' }).then((r) => r.status, () => 0), { timeout: 10_000 }).toBe(200);
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'POST']) {
      expect((await rawRequest(PORT, { method, path: '*' })).status, `${method} *`).toBe(400);
    }
    // nginx forwards an absolute-form target as its path: Next sees /x, not a URL to redirect to.
    const absolute = await rawRequest(PORT, { path: 'http://evil.example/x' });
    expect(absolute.status).toBe(404);
    expect(absolute.head).not.toMatch(/^location:/im);
    expect((await rawRequest(PORT, { path: '/api/health' })).status).toBe(200);
  } finally {
    nginx.kill('SIGQUIT');
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
