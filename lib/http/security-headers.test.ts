import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, securityHeaders } from './security-headers';

const names = (headers: { key: string }[]) => headers.map((h) => h.key);

describe('securityHeaders', () => {
  it('sends the policy headers everywhere and HSTS only from production over https', () => {
    const base = [
      'Content-Security-Policy',
      'X-Content-Type-Options',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Frame-Options',
    ];
    expect(names(securityHeaders({ production: false, siteUrl: 'https://meridian.example' }))).toEqual(base);
    expect(names(securityHeaders({ production: true, siteUrl: 'http://127.0.0.1:3100' }))).toEqual(base);
    expect(names(securityHeaders({ production: true, siteUrl: 'https://meridian.example' }))).toEqual([
      ...base,
      'Strict-Transport-Security',
    ]);
  });

  it('allows no script, frame parent, form target or connection outside the site', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    for (const name of ['base-uri', 'form-action', 'frame-ancestors', 'connect-src', 'default-src'])
      expect(directives.get(name), name).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:|unsafe-eval/);
  });
});
