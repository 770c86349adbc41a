# One Keyframe instance on this machine (`npm start`), and who may purge. Replace this file, or put
# another keyframe-site.vcl earlier on varnishd's vcl_path, to name other backends or a director
# (then also `sub vcl_recv { set req.backend_hint = <director>.backend(); }` here).
backend keyframe {
  .host = "127.0.0.1";
  .port = "3000";
}

acl keyframe_purgers {
  "127.0.0.1";
  "::1";
}
