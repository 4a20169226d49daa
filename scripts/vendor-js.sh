#!/usr/bin/env bash
# Fetch the browser libraries the web pages use from the npm registry and copy their built files
# into kg/web/static/vendor/ (served by us: no CDN). Re-run after changing a version below; the
# result is committed, so neither CI nor users need npm.
#   YASGUI (the SPARQL query UI)         @zazuko/yasgui   MIT
#   cytoscape.js (the network view)      cytoscape        MIT
set -euo pipefail
YASGUI_VERSION=4.6.2
CYTOSCAPE_VERSION=3.34.4

root="$(cd "$(dirname "$0")/.." && pwd)"
vendor="$root/kg/web/static/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"
npm pack --silent "@zazuko/yasgui@$YASGUI_VERSION" "cytoscape@$CYTOSCAPE_VERSION" >/dev/null
mkdir yasgui cytoscape
tar -xzf "zazuko-yasgui-$YASGUI_VERSION.tgz" -C yasgui
tar -xzf "cytoscape-$CYTOSCAPE_VERSION.tgz" -C cytoscape

rm -rf "$vendor/yasgui" "$vendor/cytoscape"
mkdir -p "$vendor/yasgui" "$vendor/cytoscape"
# the source-map comment is dropped so browsers do not ask for a map we do not ship
sed '$ s|//# sourceMappingURL=yasgui.min.js.map$||' yasgui/package/build/yasgui.min.js > "$vendor/yasgui/yasgui.min.js"
sed '$ s|/\*# sourceMappingURL=.*\*/$||' yasgui/package/build/yasgui.min.css > "$vendor/yasgui/yasgui.min.css"
cp yasgui/package/package.json "$vendor/yasgui/package.json"
cp cytoscape/package/dist/cytoscape.min.js "$vendor/cytoscape/cytoscape.min.js"
cp cytoscape/package/LICENSE "$vendor/cytoscape/LICENSE"
cp cytoscape/package/package.json "$vendor/cytoscape/package.json"

cat > "$vendor/VERSIONS.md" <<NOTE
# Vendored browser libraries

Written by \`scripts/vendor-js.sh\` from the npm registry (\`npm pack\`); do not edit by hand.

| package | version | licence | files |
|---|---|---|---|
| @zazuko/yasgui | $YASGUI_VERSION | MIT (Triply, Zazuko; see yasgui/package.json) | yasgui/yasgui.min.js, yasgui/yasgui.min.css |
| cytoscape | $CYTOSCAPE_VERSION | MIT (see cytoscape/LICENSE) | cytoscape/cytoscape.min.js |

The YASGUI bundle includes its dependencies (CodeMirror, DOMPurify, choices.js, sortablejs,
lodash-es and others; licences MIT, Apache-2.0/MPL-2.0 for DOMPurify). The @zazuko/yasgui package
ships no LICENSE file; its package.json declares MIT. Only the trailing source-map comment is removed.

sha256:
$(cd "$vendor" && sha256sum yasgui/yasgui.min.js yasgui/yasgui.min.css cytoscape/cytoscape.min.js)
NOTE
echo "vendored into $vendor"
