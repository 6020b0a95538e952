vcl 4.1;

# Meridian's edge: Varnish in front of N `next start` instances (docs/decisions/003-varnish-edge.md).
# Pages are kept as long as Next's s-maxage says and purged by cache tag (xkey) when an editor revalidates,
# so an edit shows on the very next request. `backends.vcl` is written by serving/cluster.ts (or by hand in a
# deployment) and found through -p vcl_path: it declares the instances (with `.probe = health`), the
# round-robin director `origins` in vcl_init, and `acl purgers` (who may send PURGE besides loopback).

import directors;
import std;
import xkey;

# A stopped or unready instance (503 from /api/health) leaves the rotation within about 2 s.
probe health {
  .url = "/api/health";
  .timeout = 2s;
  .interval = 1s;
  .window = 3;
  .threshold = 2;
  .initial = 2;
}

include "backends.vcl";

acl loopback {
  "127.0.0.1";
  "::1";
}

sub vcl_recv {
  set req.backend_hint = origins.backend();
  # While an instance is healthy, an expired copy is served for at most 10 s, while it is refetched in the
  # background; with none healthy, for as long as the object's grace (a day) lasts.
  if (std.healthy(req.backend_hint)) {
    set req.grace = 10s;
  }

  if (req.method == "PURGE") {
    call meridian_purge;
  }
  if (req.method != "GET" && req.method != "HEAD") {
    if (req.method !~ "^(POST|PUT|PATCH|DELETE|OPTIONS)$") {
      return (synth(405, "Method not allowed"));
    }
    # The body is read here, with a cap, before an instance is contacted: a slow sender holds a Varnish
    # thread, never an instance's connection. The app's largest limit is 64 KiB (POST /api/revalidate).
    # A declared length over the cap gets a 413; a body that stalls for timeout_idle (5 s) or a chunked one
    # that grows past the cap gets a 503 and the connection is closed.
    if (std.integer(req.http.Content-Length, 0) > 131072) {
      return (synth(413, "Request body too large"));
    }
    if (!std.cache_req_body(128KB)) {
      return (fail);
    }
    return (pass);
  }

  # Editors (Draft Mode, its companion, the preview grant, the newsroom session) always see fresh pages,
  # and their pages are never stored.
  if (req.http.Cookie ~ "(^|;)\s*(__prerender_bypass|__next_preview_data|(__Host-)?meridian-editor|meridian-preview)=") {
    return (pass);
  }
  if (req.http.Authorization ||
      req.url ~ "^/newsroom" ||
      req.url ~ "^/api/(newsroom|preview|revalidate|health|views)(/|\?|$)") {
    return (pass);
  }

  # Everything else is public. A reader's city and unit choose their variant of each page (next.config rewrites to
  # it), so pages are stored per variant: only the two cookies, with known values, reach the instance and the hash
  # (vcl_hash); any other cookie or value is dropped, so cookies can neither bypass nor flood the cache.
  call meridian_reader_variant;
  call meridian_normalise_query;
  # Range requests are answered from the whole cached object (Varnish fetches it without the Range).
  return (hash);
}

# The reader's variant as `<city>.<unit>`, from the meridian-city and meridian-unit cookies. The city list is
# data/cities.json's (checked by serving/varnish/vcl.test.ts); unknown cities and units are the defaults, as in
# lib/weather/reader-variant.ts, so they share the default copy. Files that are the same for every reader keep one copy.
sub meridian_reader_variant {
  if (req.url !~ "^/(_next/|api/|images/|media/|favicon\.ico)" &&
      req.http.Cookie ~ "(^|;)\s*meridian-(city|unit)=") {
    set req.http.X-Meridian-City = regsub(req.http.Cookie,
      "^(?:.*;)?\s*meridian-city=(beijing|shanghai|hong-kong|tokyo|singapore|mumbai|dubai|frankfurt|london|lagos|new-york|sao-paulo|san-francisco|sydney|auckland)\s*(?:;.*)?$", "\1");
    if (req.http.X-Meridian-City == req.http.Cookie) {
      unset req.http.X-Meridian-City;
    }
    set req.http.X-Meridian-Unit = "c";
    if (req.http.Cookie ~ "(^|;)\s*meridian-unit=f\s*(;|$)") {
      set req.http.X-Meridian-Unit = "f";
    }
  }
  unset req.http.Cookie;
  if (req.http.X-Meridian-City || req.http.X-Meridian-Unit == "f") {
    set req.http.X-Meridian-Variant = req.http.X-Meridian-City + "." + req.http.X-Meridian-Unit;
    set req.http.Cookie = "meridian-city=" + req.http.X-Meridian-City + "; meridian-unit=" + req.http.X-Meridian-Unit;
  }
  unset req.http.X-Meridian-City;
  unset req.http.X-Meridian-Unit;
}

sub vcl_hash {
  if (req.http.X-Meridian-Variant) {
    hash_data(req.http.X-Meridian-Variant);
  }
  # No return: the built-in rules add the URL and host.
}

# PURGE with `xkey-purge: <tag> <tag> ...`: removes every object carrying one of the tags, at once.
sub meridian_purge {
  if (client.ip !~ loopback && client.ip !~ purgers) {
    return (synth(403, "Purging is not allowed from this address"));
  }
  if (!req.http.xkey-purge) {
    return (synth(400, "Send the tags to purge in an xkey-purge header"));
  }
  set req.http.X-Purged = xkey.purge(req.http.xkey-purge);
  return (synth(200, "Purged"));
}

# Query strings that the page ignores are dropped, so that arbitrary ones cannot fill or flush the cache.
# Kept: `_rsc` (Next's client navigations), the search page's parameters, and every parameter of the API,
# image optimiser and media routes (they read them); the remaining ones are sorted.
sub meridian_normalise_query {
  if (req.url !~ "\?") {
    return;
  }
  if (req.url ~ "^/search(\?|$)") {
    set req.url = regsuball(req.url, "(?<=[?&])(?!(?:q|section|tag|sort|page|_rsc)=)[^&]*(?:&|$)", "");
  } else if (req.url !~ "^/(api/|_next/image\?|media/)") {
    set req.url = regsuball(req.url, "(?<=[?&])(?!_rsc=)[^&]*(?:&|$)", "");
  }
  set req.url = regsub(req.url, "[?&]+$", "");
  set req.url = std.querysort(req.url);
}

sub vcl_backend_fetch {
  # Chosen per attempt, so a retry goes to the next healthy instance.
  set bereq.backend = origins.backend();
}

sub vcl_backend_error {
  # The instance refused, reset or timed out before answering: idempotent requests go to another one.
  if (bereq.method ~ "^(GET|HEAD)$" && bereq.retries < 3) {
    return (retry);
  }
  # A failed background refresh keeps the stale copy rather than replacing it with the error.
  if (bereq.is_bgfetch) {
    return (abandon);
  }
}

sub vcl_backend_response {
  # Tags named by the app (the same as Next's cacheTag) index the object for purges.
  if (beresp.http.Surrogate-Key) {
    set beresp.http.xkey = beresp.http.Surrogate-Key;
  }
  # Kept for s-maxage (Next shortens it before a scheduled publication), then up to a day more as a stale
  # copy (see req.grace in vcl_recv).
  set beresp.grace = 24h;
  # Next answered with its own expired render while it renders anew (`x-nextjs-cache: STALE`, documented in
  # its ISR guide) and still sends the full s-maxage: keep it briefly, so the new render is fetched soon after.
  if (beresp.http.x-nextjs-cache == "STALE" && beresp.ttl > 2s) {
    set beresp.ttl = 2s;
  }
  # Next sends no ETag (next.config: hashing each page on every request cost a third of its CPU). The edge
  # gives each stored copy its own, so browsers and crawlers still revalidate with a 304 from Varnish.
  if (!beresp.http.ETag && beresp.status == 200) {
    set beresp.http.ETag = {"W/""} + bereq.xid + {"""};
  }
  # No return: Varnish's built-in rules follow, and never store a response with Set-Cookie, private,
  # no-store or no-cache (they become hit-for-miss).
}

sub vcl_deliver {
  if (obj.uncacheable) {
    set resp.http.X-Cache = "PASS";
  } else if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  unset resp.http.xkey;
  unset resp.http.Surrogate-Key;
  unset resp.http.Via;
  unset resp.http.X-Varnish;
}

sub vcl_synth {
  if (req.method == "PURGE" && resp.status == 200) {
    set resp.http.Content-Type = "application/json";
    set resp.body = {"{"purged":"} + req.http.X-Purged + {"}
"};
    return (deliver);
  }
  set resp.http.Content-Type = "text/plain; charset=utf-8";
  set resp.body = resp.reason + {"
"};
  return (deliver);
}
