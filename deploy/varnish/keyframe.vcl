# Varnish in front of Keyframe (docs/edge.md). Keyframe labels each public page with its cache tags
# in an `xkey` header (KEYFRAME_SURROGATE_HEADER=xkey) and, when a change expires tags, sends
# `PURGE /` with those tags in `xkey-purge` to every address in KEYFRAME_VARNISH_URLS.
vcl 4.1;

import xkey;

# The backends (or a director) and the `keyframe_purgers` ACL. varnishd finds this file on its
# vcl_path: the one beside this file serves one instance at 127.0.0.1:3000; a cluster puts its own
# keyframe-site.vcl in a directory earlier on the path (-p vcl_path=<that dir>:<this dir>).
include "keyframe-site.vcl";

sub vcl_recv {
  if (req.method == "PURGE") {
    if (client.ip !~ keyframe_purgers) {
      return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge) {
      return (synth(400, "Name the keys to purge in xkey-purge"));
    }
    # A hard purge: a soft one would keep serving the old page in grace, and a change must show at once.
    set req.http.n-gone = xkey.purge(req.http.xkey-purge);
    return (synth(200, "Purged " + req.http.n-gone + " objects"));
  }
  if (req.method != "GET" && req.method != "HEAD") {
    return (pass);
  }
  # Signed-in readers and API clients with credentials get their requests answered by Keyframe alone:
  # nothing they are sent is stored, nor are they served what was stored for others.
  if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(__Secure-)?next-auth\.session-token(\.[0-9]+)?=") {
    return (pass);
  }
  # Other cookies are allowed: what Keyframe marks public (below) never depends on them.
  return (hash);
}

sub vcl_backend_response {
  # Stored only when Keyframe says a shared cache may keep it (s-maxage or public), sets no cookie
  # and is not private; everything else is fetched for each request.
  if (beresp.http.Set-Cookie
      || beresp.http.Cache-Control ~ "(?i)(private|no-store|no-cache)"
      || beresp.http.Cache-Control !~ "(?i)(public|s-maxage)") {
    set beresp.uncacheable = true;
    set beresp.ttl = 120s;
    return (deliver);
  }
  return (deliver);
}

sub vcl_deliver {
  if (obj.hits > 0) {
    set resp.http.X-Cache = "HIT";
  } else {
    set resp.http.X-Cache = "MISS";
  }
  # The tags are for this cache, not for browsers.
  unset resp.http.xkey;
}
