#!/usr/bin/env bash
# Builds the shipped Word templates src/main/resources/documents/*.docx from their WordprocessingML
# sources in src/main/word/ (common parts in common/, one document body per template). Run it after
# editing a source and commit both. Needs zip; entries get a fixed date so a rebuild is byte-identical.
set -euo pipefail
cd "$(dirname "$0")/.."
src=src/main/word
out=src/main/resources/documents
mkdir -p "$out"
for body in "$src"/*.xml; do
  name=$(basename "$body" .xml)
  tmp=$(mktemp -d)
  cp -r "$src/common/." "$tmp/"
  cp "$body" "$tmp/word/document.xml"
  find "$tmp" -exec touch -t 202201010000 {} +
  rm -f "$out/$name.docx"
  (cd "$tmp" && TZ=UTC zip -q -X -D "$OLDPWD/$out/$name.docx" '[Content_Types].xml' _rels/.rels \
    word/document.xml word/styles.xml word/settings.xml word/_rels/document.xml.rels)
  rm -rf "$tmp"
  echo "$out/$name.docx"
done
