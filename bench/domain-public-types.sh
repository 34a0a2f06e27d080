#!/usr/bin/env bash
# Counts the public top-level types of config-domain that no main code outside config-domain
# references and that docs/api-mapping.md does not name as the counterpart of a MAX member.
# Usage: bench/domain-public-types.sh [REPO_DIR] (default: this checkout). Lists them, then the count.
set -euo pipefail
root="${1:-$(cd "$(dirname "$0")/.." && pwd)}"
domain="$root/config-domain/src/main/java"
outside=$(find "$root" -path "$root/config-domain" -prune -o -path '*/src/main/java/*.java' -print)
api=$(grep -o '`[^`]*`' "$root/docs/api-mapping.md" | grep -oE '\b[A-Z][A-Za-z0-9]+\b' | sort -u)
count=0
while IFS= read -r file; do
  name=$(grep -oE '^public ((final|abstract|sealed|non-sealed) )*(class|record|enum|interface) [A-Za-z0-9]+' "$file" \
    | awk '{print $NF}') || continue
  [ -n "$name" ] || continue
  pkg=$(dirname "${file#"$domain"/}" | tr / .)
  if [ -n "$outside" ] && grep -qE "\\b$pkg\\.($name\\b|\\*;)" $outside; then continue; fi
  if grep -qx "$name" <<<"$api"; then continue; fi
  echo "$pkg.$name"
  count=$((count + 1))
done < <(find "$domain" -name '*.java' | sort)
echo "count: $count"
