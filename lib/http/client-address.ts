import { BlockList, isIP } from 'node:net';

/**
 * The client's address: the TCP peer, unless the peer is a trusted proxy (TRUSTED_PROXIES: addresses and CIDR
 * ranges, comma-separated, default none); then X-Forwarded-For is walked from the right past trusted entries, as
 * nginx's real_ip does with real_ip_recursive. Next writes X-Forwarded-For only when the client sent none, so the
 * peer comes from PEER_HEADER, which the diagnostics-channel subscriber (client-address-channel.ts) overwrites on
 * every request with the socket's address and a per-process proof. Without that proof (subscriber not yet
 * installed) every such request counts as one shared address: never the client's own claim.
 */
export const PEER_HEADER = 'x-meridian-peer';
export const UNKNOWN_ADDRESS = 'unknown';
const PROOF_KEY = Symbol.for('meridian.peerProof');

type Holder = typeof globalThis & { [PROOF_KEY]?: string };

/** The proof the subscriber puts beside each address (random per process); set once by the subscriber. */
export function peerProof(create?: () => string): string | undefined {
  const holder = globalThis as Holder;
  if (create) holder[PROOF_KEY] ??= create();
  return holder[PROOF_KEY];
}

/** `::ffff:203.0.113.9` (an IPv4 peer on a dual-stack socket) is 203.0.113.9. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}

export interface TrustedProxies {
  has(address: string): boolean;
}

/** Parses TRUSTED_PROXIES; an entry that is neither an address nor a CIDR range stops the server with its text. */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const list = new BlockList();
  let empty = true;
  for (const entry of (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const [address, prefix, ...rest] = entry.split('/');
    const family = isIP(normalizeAddress(address ?? ''));
    const bits = prefix === undefined ? null : Number(prefix);
    if (
      !family ||
      rest.length > 0 ||
      (bits !== null && !(Number.isInteger(bits) && bits >= 0 && bits <= (family === 4 ? 32 : 128)))
    ) {
      throw new Error(`TRUSTED_PROXIES: "${entry}" is not an address or a CIDR range`);
    }
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (bits === null) list.addAddress(normalizeAddress(address!), type);
    else list.addSubnet(normalizeAddress(address!), bits, type);
    empty = false;
  }
  return {
    has(address) {
      if (empty) return false;
      const normalized = normalizeAddress(address);
      const family = isIP(normalized);
      return family !== 0 && list.check(normalized, family === 4 ? 'ipv4' : 'ipv6');
    },
  };
}

let fromEnvironment: { value: string | undefined; proxies: TrustedProxies } | null = null;

function trustedProxiesFromEnvironment(): TrustedProxies {
  const value = process.env.TRUSTED_PROXIES;
  if (!fromEnvironment || fromEnvironment.value !== value)
    fromEnvironment = { value, proxies: parseTrustedProxies(value) };
  return fromEnvironment.proxies;
}

/** The socket's address as the subscriber recorded it, or null when the header lacks this process's proof. */
export function peerAddress(headers: Headers, proof: string | undefined = peerProof()): string | null {
  const value = headers.get(PEER_HEADER);
  if (!proof || !value) return null;
  const space = value.indexOf(' ');
  return space > 0 && value.slice(0, space) === proof ? value.slice(space + 1) : null;
}

export function clientAddress(
  headers: Headers,
  trusted: TrustedProxies = trustedProxiesFromEnvironment(),
  proof: string | undefined = peerProof(),
): string {
  const peer = peerAddress(headers, proof);
  if (!peer) return UNKNOWN_ADDRESS;
  let client = normalizeAddress(peer);
  if (!trusted.has(client)) return client;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (let i = forwarded.length - 1; i >= 0; i -= 1) {
    const entry = normalizeAddress(forwarded[i]!);
    // Whatever a trusted proxy wrote is an address; anything else was the client's own text.
    if (!isIP(entry)) return client;
    client = entry;
    if (!trusted.has(entry)) return entry;
  }
  return client;
}
