#!/usr/bin/env bash
# Builds and tests the WithMe source on Operaton (org.operaton.bpm 1.0.x) instead of Camunda 7.24,
# from a generated copy in target/operaton/ (never committed, never edited by hand): the one source
# tree stays the Camunda build; this script rewrites the copy with operaton/rewrite.pl (see
# docs/operations.md, "Running on Operaton") and runs Maven there with the arguments given.
#
#   scripts/operaton-build.sh                       # ./mvnw -B -o test in the copy
#   scripts/operaton-build.sh test -Dtest='CommissioningCycleTest' -Dwithme.chromium.skip -Dwithme.npm.skip
#   OPERATON_ONLINE=1 scripts/operaton-build.sh dependency:go-offline   # once, to fetch Operaton's jars
#   OPERATON_REWRITE_ONLY=1 scripts/operaton-build.sh                   # rewrite the copy, build nothing
#
# What it keeps: the BPMN/DMN models, forms and element templates are copied unchanged (Operaton
# reads the camunda: namespace). CI does not run this (docs/operations.md says why).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/target/operaton"
REWRITE="$ROOT/operaton/rewrite.pl"

mkdir -p "$OUT"
# A fresh copy each run, but Maven's own output in the copy (target/operaton/target) is kept, so a
# second run compiles only what changed.
rsync -a --delete --exclude '/target/' --exclude '/node_modules/' --exclude '/.git' \
  --exclude '/.git/' "$ROOT/" "$OUT/"
# The npm tools (element template schema, axe-core) are shared with the Camunda build, not copied.
[ -e "$OUT/node_modules" ] || ln -s ../../node_modules "$OUT/node_modules"

cd "$OUT"
# The Tasklist customisation moves with the webjar: Operaton serves META-INF/resources/webjars/operaton.
if [ -d src/main/resources/META-INF/resources/webjars/camunda ]; then
  mkdir -p src/main/resources/META-INF/resources/webjars/operaton
  cp -a src/main/resources/META-INF/resources/webjars/camunda/. src/main/resources/META-INF/resources/webjars/operaton/
  rm -rf src/main/resources/META-INF/resources/webjars/camunda
fi

# The rewrite: Java sources, Spring configuration, the Tasklist scripts and the pom. Not processes/,
# forms/ or docs/. rsync -a keeps the source's modification times, so only rewritten files change.
find src scripts -type f \( -name '*.java' -o -name '*.yaml' -o -name '*.yml' -o -name '*.properties' \
    -o -name '*.js' -o -name '*.cjs' -o -name '*.css' -o -name '*.html' \) -print0 \
  | xargs -0 grep -lZ -i 'camunda' | xargs -0 -r perl -pi "$REWRITE"
perl -0pi -e '
  # Operaton has no build of camunda-process-test-coverage in the registry: the coverage recorder
  # is dropped from the copy (ProcessCoverageGateIT is a Camunda-build gate).
  s{\s*<dependency>\s*<groupId>org\.camunda\.community\.process_test_coverage</groupId>.*?</dependency>}{}s;
  s{<camunda\.version>[^<]*</camunda\.version>}{<operaton.version>1.0.3</operaton.version>};
  s{\$\{camunda\.version\}}{\${operaton.version}}g;
  s{org\.camunda\.bpm}{org.operaton.bpm}g;
  s{org\.camunda\.spin}{org.operaton.spin}g;
  s{<artifactId>camunda-}{<artifactId>operaton-}g;
  s{<name>WithMe</name>}{<name>WithMe on Operaton</name>};
  # camunda-bpm-junit5 is on the Camunda build test path but no test uses it, and the Operaton one is not served.
  s{\s*<dependency>\s*<groupId>org\.operaton\.bpm</groupId>\s*<artifactId>operaton-bpm-junit5</artifactId>.*?</dependency>}{}s;
' pom.xml
# The coverage configuration goes with it (both test base annotations import it).
perl -pi -e 's/^import org\.camunda\.community\.process_test_coverage\..*\n//; s/ProcessEngineCoverageConfiguration\.class,\s*//' \
  src/test/java/org/withme/support/WithMeTest.java src/test/java/org/withme/support/WithMePostgresTest.java
rm -f src/test/java/org/withme/support/ProcessCoverageGateIT.java

if grep -rIl 'org\.camunda\.\(bpm\|spin\)' src pom.xml >/dev/null; then
  echo "operaton-build: Camunda names left after the rewrite:" >&2
  grep -rIn 'org\.camunda\.\(bpm\|spin\)' src pom.xml >&2
  exit 1
fi
OFFLINE=-o
[ -n "${OPERATON_ONLINE:-}" ] && OFFLINE=
# Two Operaton 1.0.3 artifacts are not served by the registry here: built from Operaton's sources
# once (operaton/build-missing-modules.sh) when the local Maven repository lacks them.
M2="${MAVEN_REPO_LOCAL:-$HOME/.m2/repository}"
if [ ! -f "$M2/org/operaton/spin/operaton-spin-dataformat-json-jackson/1.0.3/operaton-spin-dataformat-json-jackson-1.0.3.jar" ] \
   || [ ! -f "$M2/org/operaton/bpm/operaton-bpm-assert/1.0.3/operaton-bpm-assert-1.0.3.jar" ]; then
  OPERATON_MVN_OFFLINE="$OFFLINE" "$ROOT/operaton/build-missing-modules.sh" "$OUT"
fi
[ -n "${OPERATON_REWRITE_ONLY:-}" ] && { echo "operaton-build: rewritten copy in $OUT"; exit 0; }

[ $# -eq 0 ] && set -- test
exec ./mvnw -B $OFFLINE "$@"
