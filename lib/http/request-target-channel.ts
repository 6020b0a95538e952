import { readRequestTarget } from './request-target';
import { onRequestStart } from './request-start';

/** Set (to "1") on a request that carried more than one Host header; proxy.ts answers it with 400. */
export const DUPLICATE_HOST_HEADER = 'x-meridian-duplicate-host';
/** Set to the reason when the request target is not a path (e.g. `OPTIONS *`); proxy.ts answers it with 400. */
export const REFUSED_TARGET_HEADER = 'x-meridian-refused-target';
/** Set to TRACE or TRACK, methods the Fetch standard forbids (Next's Request throws: a 500); proxy.ts answers 405. */
export const FORBIDDEN_METHOD_HEADER = 'x-meridian-forbidden-method';
const FORBIDDEN_METHODS = new Set(['TRACE', 'TRACK']);

/**
 * Subscribes to Node's 'http.server.request.start' channel (before Next sees the request) to flag what Next's router
 * cannot see or would mishandle, for proxy.ts to refuse: a duplicate Host (Node folds it into one value); a request
 * target that is not a path (Next parses `*` as a URL and fails with a 500), replaced by `/` so the request reaches
 * the proxy, while absolute-form is served as its path; TRACE and TRACK, which become a flagged GET for the same
 * reason. Range is dropped (RFC 9110 lets a server ignore it): Next's static file server answers an unsatisfiable
 * range with 500, and Meridian serves nothing worth resuming. Flags a client sent itself are removed.
 */
export function installRequestTargetChecks(): void {
  onRequestStart('request-target', ({ request }) => {
    const headers = request.headers;
    delete headers[DUPLICATE_HOST_HEADER];
    delete headers[REFUSED_TARGET_HEADER];
    delete headers[FORBIDDEN_METHOD_HEADER];
    delete headers.range;
    delete headers['if-range'];
    let hosts = 0;
    for (let i = 0; i < request.rawHeaders.length; i += 2)
      if (request.rawHeaders[i]!.toLowerCase() === 'host') hosts += 1;
    if (hosts > 1) headers[DUPLICATE_HOST_HEADER] = '1';
    if (request.method && FORBIDDEN_METHODS.has(request.method)) {
      headers[FORBIDDEN_METHOD_HEADER] = request.method;
      request.method = 'GET';
    }
    const target = readRequestTarget(request.method, request.url);
    if ('refused' in target) {
      headers[REFUSED_TARGET_HEADER] = target.refused;
      request.url = '/';
    } else request.url = target.path;
  });
}
