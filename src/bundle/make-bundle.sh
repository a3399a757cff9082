#!/usr/bin/env bash
# Makes the self-contained Linux x64 bundle: target/briefcheck-VERSION-linux-x64.tar.gz with a
# jlink-trimmed Java runtime (only the modules the jar needs, found by jdeps), the jar, a class-data
# archive recorded with that runtime, the example briefs (examples/) and the launcher bin/briefcheck
# (src/bundle/briefcheck).
# Run by the build with -Pbundle (pom.xml, after the shade step) or on its own after `mvn package`:
#   src/bundle/make-bundle.sh VERSION [TARGET_DIR]
# Needs the JDK's jdeps and jlink (and its jmods/); without them it says so and exits 3.
set -euo pipefail
version="${1:?usage: make-bundle.sh VERSION [TARGET_DIR]}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
target="$(cd "${2:-$root/target}" && pwd)"
jar="$target/briefcheck.jar"
name="briefcheck-$version-linux-x64"
out="$target/bundle/$name"

jdk="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
if [ ! -x "$jdk/bin/jlink" ] || [ ! -x "$jdk/bin/jdeps" ] || [ ! -d "$jdk/jmods" ]; then
  echo "make-bundle: no jlink, jdeps or jmods/ in $jdk; install a full JDK 17 (e.g. openjdk-17-jdk-headless) or set JAVA_HOME" >&2
  exit 3
fi
[ -f "$jar" ] || { echo "make-bundle: $jar is missing; run ./mvnw -B package first" >&2; exit 2; }

# jdeps finds what the classes name; added by hand what they load by name or through a service:
# jdk.zipfs (the bundled rules are read from inside the jar, engine/BundledFolder) and jdk.unsupported
# (sun.misc.Unsafe, which libraries look up reflectively)
modules="$("$jdk/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar"),jdk.zipfs,jdk.unsupported"
echo "make-bundle: runtime modules $modules"

rm -rf "$out" && mkdir -p "$out/bin" "$out/lib"
"$jdk/bin/jlink" --add-modules "$modules" --output "$out/runtime" \
  --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive
cp "$jar" "$out/lib/briefcheck.jar"
cp "$root/src/bundle/briefcheck" "$out/bin/briefcheck" && chmod +x "$out/bin/briefcheck"
cp -r "$root/briefs" "$out/examples"
# the class-data archive must come from the runtime that will use it: recorded here, with the bundle's java
# (Java 17 uses it only in this place, which lib/briefcheck.jsa.where names; unpacked elsewhere, the
# launcher records it again on its first run)
"$out/runtime/bin/java" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xlog:disable \
  -XX:DumpLoadedClassList="$out/lib/briefcheck.classes" -jar "$out/lib/briefcheck.jar" \
  check --fail-on never "$out/examples" >/dev/null
"$out/runtime/bin/java" -Xshare:dump -Xlog:disable -XX:SharedClassListFile="$out/lib/briefcheck.classes" \
  -XX:SharedArchiveFile="$out/lib/briefcheck.jsa" -cp "$out/lib/briefcheck.jar" >/dev/null
rm "$out/lib/briefcheck.classes"
printf '%s\n' "$out" > "$out/lib/briefcheck.jsa.where"
# the archive for heaps over 32 GB (compressed oops off) is of no use to a command-line check: 3 MB less
rm -f "$out/runtime/lib/server/classes_nocoops.jsa"

tar -C "$target/bundle" -czf "$target/$name.tar.gz" "$name"
echo "make-bundle: $target/$name.tar.gz ($(du -k "$target/$name.tar.gz" | cut -f1) KiB; unpacked $(du -sk "$out" | cut -f1) KiB)"
