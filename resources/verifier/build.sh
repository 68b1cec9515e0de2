#!/bin/sh
# Rebuild vendor.js from the npm registry, reproducibly: exact versions from package.json,
# tarball hashes checked against package-lock.json (npm ci), then one esbuild IIFE.
# Run from anywhere:  sh resources/verifier/build.sh   (needs node and npm; no CDN involved)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/package.json" "$here/package-lock.json" "$here/entry.js" "$work/"
cd "$work"
npm ci --no-audit --no-fund --ignore-scripts
# esbuild's binary comes as the optional package @esbuild/<platform>, so no install script
# needs to run.
./node_modules/.bin/esbuild entry.js --bundle --format=iife --global-name=PulihVendor \
    --target=es2020 --minify --charset=utf8 --legal-comments=none --outfile=vendor.js
cp vendor.js "$here/vendor.js"
# The registry tarballs themselves, for their SHA-256 in MANIFEST.json.
mkdir tarballs && (cd tarballs && npm pack --silent @noble/curves@2.4.0 @noble/hashes@2.4.0 \
    jsqr@1.4.0 >/dev/null)
sha256sum tarballs/*.tgz > "$work/tarballs.sha256"
cp node_modules/@noble/curves/LICENSE "$here/licenses/noble-curves.LICENSE"
cp node_modules/@noble/hashes/LICENSE "$here/licenses/noble-hashes.LICENSE"
cp node_modules/jsqr/LICENSE "$here/licenses/jsqr.LICENSE"
cd "$here"
TARBALLS="$work/tarballs.sha256" python3 - <<'PY'
import hashlib, json, os
tar_sha = {line.split()[1].split("/")[-1]: line.split()[0]
           for line in open(os.environ["TARBALLS"]) if line.strip()}
lock = json.load(open("package-lock.json"))
pkgs = lock["packages"]
manifest = {
    "built_with": "esbuild " + pkgs["node_modules/esbuild"]["version"],
    "packages": [
        {"name": name, "version": pkgs[f"node_modules/{name}"]["version"],
         "license": pkgs[f"node_modules/{name}"].get("license", ""),
         "tarball": "https://registry.npmjs.org/{0}/-/{1}-{2}.tgz".format(
             name, name.split("/")[-1], pkgs[f"node_modules/{name}"]["version"]),
         "integrity": pkgs[f"node_modules/{name}"]["integrity"],
         "tarball_sha256": tar_sha["{0}-{1}.tgz".format(
             name.lstrip("@").replace("/", "-"), pkgs[f"node_modules/{name}"]["version"])]}
        for name in ("@noble/curves", "@noble/hashes", "jsqr")],
    "vendor.js": {"sha256": hashlib.sha256(open("vendor.js", "rb").read()).hexdigest(),
                  "bytes": len(open("vendor.js", "rb").read())},
}
json.dump(manifest, open("MANIFEST.json", "w"), indent=2)
open("MANIFEST.json", "a").write("\n")
PY
echo "vendor.js: $(wc -c < vendor.js) bytes"
