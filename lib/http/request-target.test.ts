import { describe, expect, it } from 'vitest';
import { CONNECT_REFUSED, readRequestTarget } from './request-target';

describe('readRequestTarget', () => {
  it('passes origin-form through unchanged, raw bytes included', () => {
    expect(readRequestTarget('GET', '/articles/x?q=%ZZ')).toEqual({ path: '/articles/x?q=%ZZ' });
    expect(readRequestTarget('GET', '//double')).toEqual({ path: '//double' });
  });

  it('serves absolute-form as its path, never as a URL to follow', () => {
    expect(readRequestTarget('GET', 'http://evil.example/x?y=1')).toEqual({ path: '/x?y=1' });
    expect(readRequestTarget('GET', 'HTTPS://127.0.0.1:3000/a/../b')).toEqual({ path: '/a/../b' });
    expect(readRequestTarget('GET', 'http://evil.example')).toEqual({ path: '/' });
    expect(readRequestTarget('GET', 'http://evil.example?q=1')).toEqual({ path: '/?q=1' });
  });

  it('refuses asterisk-form, authority-form, CONNECT and other schemes', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'POST'])
      expect(readRequestTarget(method, '*')).toEqual({ refused: expect.stringContaining('asterisk') });
    expect(readRequestTarget('CONNECT', 'evil.example:443')).toEqual({ refused: CONNECT_REFUSED });
    for (const target of [
      'evil.example:443',
      'ftp://evil.example/x',
      'javascript:alert(1)',
      'etc/passwd',
      'http:/x',
      'http://h/x#frag',
      '',
    ]) {
      expect(readRequestTarget('GET', target), target).toHaveProperty('refused');
    }
  });
});
