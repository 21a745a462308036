#!/usr/bin/env bash
# Rebuilds this folder's sample from the full corpus (../shared/corpus by default), deterministically: the same
# corpus always gives the same bytes. Lines are copied unchanged. Usage: tests/corpus-sample/make-sample.sh [CORPUS_DIR]
#   hf-daily.jsonl.gz        the first 3,000 records
#   arxiv-meta.jsonl.gz      the first 4,000 records, plus every later one with an abstract of 200+ characters whose
#                            title mentions malware, speech recognition or quadrotor (the topic tests need 16 of each)
#   alfolio-*.jsonl          all of both files (46 records)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
corpus=${1:-$here/../../../shared/corpus}
if [[ ! -d $corpus ]]; then
  echo "make-sample: no corpus at $corpus (pass the folder that holds SOURCES.md and the .jsonl files)" >&2
  exit 2
fi

zcat "$corpus/hf-daily.jsonl.gz" | awk 'NR <= 3000' | gzip -9n > "$here/hf-daily.jsonl.gz"

# jq marks each record; paste puts the mark beside the untouched line (JSON lines hold no raw tabs).
zcat "$corpus/arxiv-meta.jsonl.gz" \
  | paste <(zcat "$corpus/arxiv-meta.jsonl.gz" \
              | jq -r 'if ((.title | ascii_downcase | test("malware|speech recognition|quadrotor"))
                           and ((.abstract // "") | length) >= 200) then "topic" else "-" end') - \
  | awk -F'\t' 'NR <= 4000 || $1 == "topic" { print $2 }' \
  | gzip -9n > "$here/arxiv-meta.jsonl.gz"

cp "$corpus"/alfolio-*.jsonl "$here/"
chmod 644 "$here"/*.jsonl*
for file in "$here"/*.jsonl*; do
  printf '%s\t%s records\n' "$(basename "$file")" "$( (zcat -f "$file") | wc -l)"
done
