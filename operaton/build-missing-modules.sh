#!/usr/bin/env bash
# Builds the three Operaton 1.0.3 modules that WithMe needs and the Maven registry reachable here
# does not serve (operaton-spin-dataformat-json-jackson, operaton-bpm-assert; operaton-bpm-junit5 is
# not needed, WithMe does not use it) from Operaton's own sources at tag v1.0.3, and installs them
# into the local Maven repository. On a machine that reaches the whole of Maven Central this is
# never needed: scripts/operaton-build.sh calls it only when the jars are missing.
#
#   OPERATON_SRC=<a git clone of github.com/operaton/operaton> operaton/build-missing-modules.sh <copy dir>
#
# Compiled with javac against the copy's own dependency classpath (Operaton engine, spin-core,
# Jackson, json-path and AssertJ, all served); no tests of those modules are run.
set -euo pipefail
COPY="$1"
SRC="${OPERATON_SRC:-}"
TAG=v1.0.3
VERSION=1.0.3
[ -n "$SRC" ] && git -C "$SRC" rev-parse -q --verify "$TAG^{commit}" >/dev/null || {
  echo "operaton-build: operaton-spin-dataformat-json-jackson/operaton-bpm-assert $VERSION are not in the" >&2
  echo "  local Maven repository and the registry does not serve them; set OPERATON_SRC to a git clone of" >&2
  echo "  Operaton with tag $TAG to build them (operaton/build-missing-modules.sh)." >&2
  exit 1; }
WORK="$COPY/target/operaton-modules"
rm -rf "$WORK"; mkdir -p "$WORK"
git -C "$SRC" archive "$TAG" spin/dataformat-json-jackson/src/main test-utils/assert/core/src/main | tar -x -C "$WORK"

# The copy's classpath without the two missing artifacts.
perl -0pe 's{\s*<dependency>\s*<groupId>org\.operaton\.(spin|bpm)</groupId>\s*<artifactId>operaton-(spin-dataformat-json-jackson|bpm-assert)</artifactId>.*?</dependency>}{}gs' \
  "$COPY/pom.xml" > "$COPY/pom-bootstrap.xml"
(cd "$COPY" && ./mvnw -B -q ${OPERATON_MVN_OFFLINE--o} -f pom-bootstrap.xml dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/classpath.txt")
rm -f "$COPY/pom-bootstrap.xml"
CP="$(cat "$WORK/classpath.txt")"

build() { # module dir, artifact, groupId
  local dir="$WORK/$1" out="$WORK/$2-classes"
  mkdir -p "$out"
  find "$dir/src/main/java" -name '*.java' > "$WORK/$2.sources"
  javac -nowarn -proc:none --release 17 -encoding UTF-8 -cp "$CP" -d "$out" @"$WORK/$2.sources"
  [ -d "$dir/src/main/resources" ] && cp -a "$dir/src/main/resources/." "$out/"
  jar --create --file "$WORK/$2-$VERSION.jar" -C "$out" .
  (cd "$COPY" && ./mvnw -B -q -o install:install-file -Dfile="$WORK/$2-$VERSION.jar" -DgroupId="$3" \
    -DartifactId="$2" -Dversion="$VERSION" -Dpackaging=jar -DgeneratePom=true)
  echo "operaton-build: built and installed $3:$2:$VERSION from Operaton $TAG"
}
build spin/dataformat-json-jackson operaton-spin-dataformat-json-jackson org.operaton.spin
build test-utils/assert/core operaton-bpm-assert org.operaton.bpm
