/** A request target the server can serve (as the path Next is asked for), or why it is refused. */
export type RequestTarget = { path: string } | { refused: string };

export const CONNECT_REFUSED = 'CONNECT is not supported: this server is not a proxy';
const ABSOLUTE_FORM = /^https?:\/\/[^/?#]*([/?][^#]*)?$/i;

/**
 * Reads the request target (RFC 9112 §3.2) before anything else does. Next's router parses any target not starting
 * with "/" as a URL, so `*` throws there (a 500) and an absolute URL becomes a redirect to it: only origin-form may
 * reach it. Absolute-form (`GET http://host/x`, what clients send to a proxy) is served as its path, exactly as nginx
 * forwards it: this server is not a proxy, and the Host header it was sent stays, so the form grants nothing the
 * path alone would not. Asterisk-form (`OPTIONS *`), authority-form (`CONNECT host:443`) and anything else are
 * refused.
 */
export function readRequestTarget(method: string | undefined, target: string | undefined): RequestTarget {
  if (method === 'CONNECT') return { refused: CONNECT_REFUSED };
  if (!target) return { refused: 'missing request target' };
  if (target.startsWith('/')) return { path: target };
  if (target === '*')
    return { refused: 'the asterisk request target (*) is not supported; send a path starting with /' };
  const absolute = ABSOLUTE_FORM.exec(target);
  if (absolute) return { path: absolute[1]?.startsWith('/') ? absolute[1] : `/${absolute[1] ?? ''}` };
  return { refused: 'the request target must be a path starting with /' };
}
