#!/usr/bin/env bash
# Regenerates src/main/resources/kzbot/lexicon/wordnet.tsv from WordNet 3.1 (a test-scope
# dependency: WordNet is never on kzbot's class path at run time). LexiconDistillationIT checks
# that the committed table equals what this writes.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
mvn -B -q test-compile
cp="$(mktemp)"
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$cp" >/dev/null
java -cp "target/test-classes:target/classes:$(cat "$cp")" kzbot.tools.WordNetDistiller src/main/resources/kzbot/lexicon/wordnet.tsv
rm -f "$cp"
