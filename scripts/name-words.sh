#!/usr/bin/env bash
# Rewrites src/DigestGen/Ingest/NameWords.txt, the lexicon of name words the feed splitter ships, from its records in
# the full corpus (../shared/corpus): the arxiv-meta and hf-daily records whose arXiv id ends in 0 or 5, less the committed sample's
# (tests/DigestGen.Tests/Support/NameLexiconRecords.cs). The fidelity measurements never draw those records.
# Review the diff afterwards. Usage: scripts/name-words.sh
set -euo pipefail
cd "$(dirname "$0")/.."
DIGESTGEN_FULL_CORPUS=1 DIGESTGEN_ACCEPT_NAME_WORDS=1 dotnet test tests/DigestGen.Tests \
  --filter "FullyQualifiedName~NameWordsTests.The_lexicon_counts_the_words" --logger "console;verbosity=minimal"
