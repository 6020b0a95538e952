import path from 'node:path';

export interface NginxConfigOptions {
  /** Loopback port the load balancer listens on. */
  port: number;
  /** Loopback ports of the app instances. */
  upstreamPorts: number[];
  /** A private folder for nginx's pid, log, temporary files and cache. */
  dir: string;
  /** The longest nginx keeps a page: the bound on how late a revalidation shows through it. */
  cacheSeconds: number;
  /** Started by root, nginx would switch its workers to `nobody`, who cannot read `dir`: keep this user. */
  rootUser?: string;
}

/**
 * nginx as round-robin load balancer and shared HTTP cache in front of the instances, run unprivileged
 * (`nginx -p <dir> -c <dir>/nginx.conf`). It caches only what the app marks as cacheable by shared caches
 * (`s-maxage` or a positive `max-age`, never `private`/`no-store`/`no-cache` or a `Set-Cookie`), and at most
 * `cacheSeconds` whatever the header says, so an editor's revalidation shows through it within that time;
 * past it, one stale copy is served while nginx refreshes it in the background (stale-while-revalidate).
 * Previews and editors (by cookie), the newsroom and every write bypass the cache. A request that cannot
 * reach an instance (refused, reset, timed out) goes to the next one, unless it is a POST.
 */
export function nginxConfig({ port, upstreamPorts, dir, cacheSeconds, rootUser }: NginxConfigOptions): string {
  const at = (name: string) => path.join(dir, name);
  return `daemon off;
${rootUser ? `user ${rootUser};\n` : ''}worker_processes 1;
pid ${at('nginx.pid')};
error_log ${at('error.log')} warn;
events { worker_connections 1024; }

http {
  access_log off;
  client_body_temp_path ${at('client-body')};
  proxy_temp_path ${at('proxy-temp')};
  fastcgi_temp_path ${at('fastcgi-temp')};
  uwsgi_temp_path ${at('uwsgi-temp')};
  scgi_temp_path ${at('scgi-temp')};
  proxy_cache_path ${at('cache')} levels=1:2 keys_zone=meridian:10m max_size=512m inactive=10m use_temp_path=off;

  upstream meridian {
${upstreamPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 16;
  }

  # Draft Mode and editor sessions: always fresh from an instance, never stored.
  map $http_cookie $editor_request {
    default 0;
    "~(^|;\\s*)(__prerender_bypass|meridian-editor)=" 1;
  }
  map $uri $never_cached_path {
    default 0;
    ~^/newsroom 1;
    ~^/api/(preview|revalidate|newsroom) 1;
  }
  map $request_method $write_request {
    default 1;
    GET 0;
    HEAD 0;
  }
  # Stored only when the app says a shared cache may keep it; the lifetime is capped by proxy_cache_valid.
  map $upstream_http_cache_control $not_shareable {
    default 1;
    "~*(private|no-store|no-cache)" 1;
    "~*(s-maxage|max-age)=[1-9]" 0;
  }

  server {
    listen 127.0.0.1:${port};

    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_connect_timeout 2s;
    proxy_read_timeout 30s;
    proxy_next_upstream error timeout;
    proxy_next_upstream_tries 3;

    proxy_cache meridian;
    proxy_cache_bypass $editor_request $never_cached_path $write_request;
    proxy_no_cache $editor_request $never_cached_path $write_request $not_shareable;
    proxy_ignore_headers Cache-Control Expires X-Accel-Expires;
    proxy_cache_valid 200 301 308 404 ${cacheSeconds}s;
    proxy_cache_use_stale error timeout updating http_500 http_502 http_503 http_504;
    proxy_cache_background_update on;
    proxy_cache_lock on;
    proxy_cache_lock_timeout 5s;
    add_header X-Cache-Status $upstream_cache_status always;

    location / {
      proxy_pass http://meridian;
    }
    # Build assets have content hashes in their names: they never change.
    location /_next/static/ {
      proxy_pass http://meridian;
      proxy_cache_valid 200 1d;
    }
  }
}
`;
}
