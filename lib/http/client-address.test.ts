import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { clientAddress, normalizeAddress, parseTrustedProxies, PEER_HEADER, UNKNOWN_ADDRESS } from './client-address';
import { installPeerAddressHeader } from './client-address-channel';
import { DUPLICATE_HOST_HEADER, installRequestTargetChecks } from './request-target-channel';

const PROOF = 'test-proof';
const none = parseTrustedProxies(undefined);
const headersFrom = (peer: string | null, forwarded?: string) =>
  new Headers({
    ...(peer === null ? {} : { [PEER_HEADER]: `${PROOF} ${peer}` }),
    ...(forwarded ? { 'x-forwarded-for': forwarded } : {}),
  });

describe('client address', () => {
  it('is the socket peer when no proxy is trusted, whatever X-Forwarded-For says', () => {
    expect(clientAddress(headersFrom('203.0.113.9', '198.51.100.1'), none, PROOF)).toBe('203.0.113.9');
    expect(clientAddress(headersFrom('::ffff:203.0.113.9'), none, PROOF)).toBe('203.0.113.9');
  });

  it('is one shared unknown address without the proof of this process', () => {
    expect(clientAddress(headersFrom(null, '198.51.100.1'), none, PROOF)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(new Headers({ [PEER_HEADER]: 'forged 198.51.100.1' }), none, PROOF)).toBe(UNKNOWN_ADDRESS);
    expect(clientAddress(headersFrom('198.51.100.1'), none, undefined)).toBe(UNKNOWN_ADDRESS);
  });

  it('walks X-Forwarded-For from the right past trusted proxies (nginx real_ip_recursive)', () => {
    const trusted = parseTrustedProxies('10.0.0.0/8, 192.168.1.5, fd00::/8');
    expect(clientAddress(headersFrom('10.1.2.3', '198.51.100.1, 203.0.113.7'), trusted, PROOF)).toBe('203.0.113.7');
    expect(clientAddress(headersFrom('10.1.2.3', '198.51.100.1, 203.0.113.7, 192.168.1.5'), trusted, PROOF)).toBe(
      '203.0.113.7',
    );
    // A client's own X-Forwarded-For entries to the left of the first untrusted one are ignored.
    expect(clientAddress(headersFrom('fd00::1', '1.1.1.1, 203.0.113.7'), trusted, PROOF)).toBe('203.0.113.7');
    // Only trusted hops: the leftmost of them; garbage where a proxy's entry should be: the nearest proxy.
    expect(clientAddress(headersFrom('10.1.2.3', '10.9.9.9'), trusted, PROOF)).toBe('10.9.9.9');
    expect(clientAddress(headersFrom('10.1.2.3', 'not-an-address'), trusted, PROOF)).toBe('10.1.2.3');
    expect(clientAddress(headersFrom('10.1.2.3'), trusted, PROOF)).toBe('10.1.2.3');
  });

  it('refuses a malformed TRUSTED_PROXIES entry', () => {
    for (const bad of ['10.0.0.0/33', 'example.com', '10.0.0.1/8/1', '::1/129'])
      expect(() => parseTrustedProxies(bad)).toThrow(/TRUSTED_PROXIES/);
    expect(normalizeAddress('::FFFF:10.0.0.1')).toBe('10.0.0.1');
  });
});

describe('the peer-address subscriber', () => {
  it('overwrites a client-sent peer header with the socket address and flags a duplicate Host', async () => {
    installPeerAddressHeader();
    installRequestTargetChecks();
    const seen: { address: string; duplicate: string | undefined }[] = [];
    const server = http.createServer((request, response) => {
      const headers = new Headers(request.headers as Record<string, string>);
      seen.push({
        address: clientAddress(headers, none),
        duplicate: request.headers[DUPLICATE_HOST_HEADER] as string | undefined,
      });
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const get = (headers: [string, string][]) =>
      new Promise<void>((resolve, reject) => {
        const request = http.request(
          { port, host: '127.0.0.1', localAddress: '127.0.0.7', headers: headers.flat(), setHost: false },
          (r) => r.resume().on('end', resolve),
        );
        request.on('error', reject).end();
      });
    try {
      await get([
        ['Host', 'a'],
        [PEER_HEADER, 'forged 198.51.100.1'],
        [DUPLICATE_HOST_HEADER, '1'],
        ['X-Forwarded-For', '198.51.100.1'],
      ]);
      await get([
        ['Host', 'a'],
        ['Host', 'b'],
      ]);
    } finally {
      server.close();
    }
    expect(seen).toEqual([
      { address: '127.0.0.7', duplicate: undefined },
      { address: '127.0.0.7', duplicate: '1' },
    ]);
  });
});
