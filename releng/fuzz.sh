#!/bin/sh
# Fuzzes one hardening target for real (Jazzer, coverage-guided) for a given time.
# Usage: releng/fuzz.sh <ProtocolFuzzTest|CaseLoaderFuzzTest|CsvImportFuzzTest|QueryFuzzTest|AsciidocFuzzTest>[#method] [seconds, default 300]
# A class with several @FuzzTest methods fuzzes one per run: name it (QueryFuzzTest#anyShapedQueryGivesHitsOrAMessage).
# The normal build only replays the committed seeds (src/test/resources/org/essaim/hardening/<Target>Inputs/).
# A finding stops the run and is written as a new seed into that folder (commit it with the fix); the inputs
# that reached new code are kept in bundles/org.essaim.hardening/.cifuzz-corpus/ (not committed) for the next run.
# The compile step queues on the shared build lock; the fuzzing itself runs niced, outside it.
set -eu
target=${1:?"cible : ProtocolFuzzTest, CaseLoaderFuzzTest, CsvImportFuzzTest, QueryFuzzTest ou AsciidocFuzzTest"}
seconds=${2:-300}
cd "$(dirname "$0")/.."
# Every bundle the targets exercise is built from this tree (-am), never taken from an installed baseline.
modules=bundles/org.essaim.hardening
# Tycho's incremental test compilation loses the unchanged test classes: compile them all again.
rm -rf bundles/org.essaim.hardening/target/test-classes
flock /tmp/essaim-build.lock ./mvnw -B -q -o -pl "$modules" -am test-compile
export JAZZER_FUZZ=1
export JAZZER_MAX_DURATION="${seconds}s"
# Jazzer instruments only class folders by default; Essaim's bundles and the parsers they rely on are jars.
export JAZZER_INSTRUMENTATION_INCLUDES='org.essaim.**:org.apache.commons.csv.**:org.apache.lucene.queryparser.**:org.eclipse.xtext.**:org.eclipse.emf.ecore.xmi.**'
# A lifecycle run (test), so that the bundles built above are on the class path (a bare surefire:test would see
# their folders, not their classes); everything is up to date, and the code generators are skipped.
exec nice -n 10 ./mvnw -B -o -pl "$modules" -am test -Dexec.skip=true -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false
