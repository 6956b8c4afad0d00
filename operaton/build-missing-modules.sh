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

# A pom with the module's runtime dependencies (as in Operaton's own pom), versions from the classpath.
pom() { # groupId artifactId, then groupId:artifactId of each dependency
  local g="$1" a="$2"; shift 2
  printf '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>\n'
  printf '<groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version><dependencies>\n' "$g" "$a" "$VERSION"
  for dep in "$@"; do
    local dg="${dep%%:*}" da="${dep##*:}" jar v
    jar="$(tr ':' '\n' < "$WORK/classpath.txt" | grep -m1 "/${dg//.//}/$da/[^/]*/$da-[^/]*\.jar$")"
    v="$(basename "$(dirname "$jar")")"
    printf '<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>\n' "$dg" "$da" "$v"
  done
  printf '</dependencies></project>\n'
}

build() { # module dir, artifact, groupId, dependencies...
  local dir="$WORK/$1" out="$WORK/$2-classes"
  mkdir -p "$out"
  find "$dir/src/main/java" -name '*.java' > "$WORK/$2.sources"
  javac -nowarn -proc:none --release 17 -encoding UTF-8 -cp "$CP" -d "$out" @"$WORK/$2.sources"
  [ -d "$dir/src/main/resources" ] && cp -a "$dir/src/main/resources/." "$out/"
  jar --create --file "$WORK/$2-$VERSION.jar" -C "$out" .
  local dir_="$1" a="$2" g="$3"; shift 3
  pom "$g" "$a" "$@" > "$WORK/$a-$VERSION.pom"
  (cd "$COPY" && ./mvnw -B -q -o install:install-file -Dfile="$WORK/$a-$VERSION.jar" -DpomFile="$WORK/$a-$VERSION.pom")
  echo "operaton-build: built and installed $g:$a:$VERSION from Operaton $TAG"
}
build spin/dataformat-json-jackson operaton-spin-dataformat-json-jackson org.operaton.spin \
  org.operaton.spin:operaton-spin-core org.operaton.commons:operaton-commons-logging \
  org.operaton.commons:operaton-commons-utils com.fasterxml.jackson.core:jackson-core \
  com.fasterxml.jackson.core:jackson-databind com.jayway.jsonpath:json-path
build test-utils/assert/core operaton-bpm-assert org.operaton.bpm \
  org.operaton.bpm:operaton-engine org.assertj:assertj-core
