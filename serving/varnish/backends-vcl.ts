export interface BackendsOptions {
  /** Loopback ports of the `next start` instances. */
  ports: number[];
  /** Addresses or networks (besides loopback) allowed to send PURGE, e.g. other machines' instances. */
  purgers: string[];
}

/**
 * The deployment-specific part of serving/varnish/meridian.vcl, included from it as `backends.vcl`: one backend
 * per instance checked by the `health` probe, the round-robin director `origins`, and the `purgers` ACL.
 */
export function backendsVcl({ ports, purgers }: BackendsOptions): string {
  const backends = ports.map(
    (port, i) => `backend instance${i + 1} {
  .host = "127.0.0.1";
  .port = "${port}";
  .probe = health;
  .connect_timeout = 1s;
  .first_byte_timeout = 30s;
  .between_bytes_timeout = 10s;
}`,
  );
  const acl = purgers.map((entry) => `  ${aclEntry(entry)};`);
  return `${backends.join('\n')}

sub vcl_init {
  new origins = directors.round_robin();
${ports.map((_, i) => `  origins.add_backend(instance${i + 1});`).join('\n')}
}

acl purgers {
${acl.join('\n')}
}
`;
}

/** `10.0.0.0/8` becomes `"10.0.0.0"/8`; anything but an address with an optional prefix length is refused. */
function aclEntry(entry: string): string {
  const match = /^([0-9a-fA-F.:]+)(?:\/(\d{1,3}))?$/.exec(entry.trim());
  if (!match) throw new Error(`Not an IP address or network: ${entry}`);
  return match[2] ? `"${match[1]}"/${match[2]}` : `"${match[1]}"`;
}
