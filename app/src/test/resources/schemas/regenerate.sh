#!/bin/sh
# Prints released.txt for the schemas as they are now: use it only when releasing a new version
# (a changed schema needs a new version in OutputSchema and its $id; the old lines stay).
cd "$(dirname "$0")/../../../main/resources/schemas" || exit 1
for f in *.schema.json; do
  name=${f%.schema.json}
  version=$(sed -n 's|.*"\$id": "https://modelconfig.github.io/schemas/[a-z-]*/\([0-9.]*\)\.json".*|\1|p' "$f")
  echo "$name $version $(sha256sum "$f" | cut -d' ' -f1)"
done
