#!/bin/sh
# Speed harness (figures only): time from launch to a visible, usable window, for Essaim on the example
# workspace and, side by side, for the platform's own workbench (org.eclipse.ui.ide.workbench) started from a
# copy of the same product (same target platform, same bundles, plus org.eclipse.ui.ide.application).
#
#   xvfb-run -a -s "-screen 0 1600x1000x24" bundles/org.essaim.ui.tests/bench/startup-bench.sh [runs]
#
# Needs the materialized product (./mvnw -DskipTests verify -pl releng/org.essaim.product -am) and xdotool.
# Each run starts with a warm OSGi cache and workspace state (the first, cold, run is reported apart).
set -eu
here=$(cd "$(dirname "$0")/../../.." && pwd -P)
runs=${1:-5}
product="$here/releng/org.essaim.product/target/products/org.essaim.ui.product/linux/gtk/x86_64"
. "$here/releng/find-jdk.sh" 2>/dev/null
java="$JAVA_HOME/bin/java"
work=$(mktemp -d /tmp/essaim-startup.XXXXXX)
trap 'rm -rf "$work"' EXIT

# The bare product: the same installation, plus the IDE application bundle of the target (and what it needs).
cp -r "$product" "$work/bare"
for artifact in org.eclipse.ui.ide.application org.eclipse.core.net; do
  jar=$(ls "$HOME"/.m2/repository/org/eclipse/platform/$artifact/*/$artifact-*.jar | grep -v sources | tail -1)
  version=$(unzip -p "$jar" META-INF/MANIFEST.MF | sed -n 's/^Bundle-Version: *\([^ \r]*\).*/\1/p')
  cp "$jar" "$work/bare/plugins/${artifact}_$version.jar"
  printf '%s,%s,plugins/%s_%s.jar,4,false\n' "$artifact" "$version" "$artifact" "$version" \
    >> "$work/bare/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
done

launcher() { ls "$1"/plugins/org.eclipse.equinox.launcher_*.jar | head -1; }

# Prints the milliseconds from launch until a window is visible, then closes the application.
measure() { # name product application [extra args]
  name=$1 dir=$2 app=$3
  shift 3
  start=$(date +%s%N)
  "$java" --enable-native-access=ALL-UNNAMED --sun-misc-unsafe-memory-access=allow --add-modules=jdk.incubator.vector \
    -Dessaim.noWelcome=true -jar "$(launcher "$dir")" -configuration "$work/$name-configuration" -data "$work/$name-data" \
    -application "$app" -nl fr "$@" > "$work/$name.out" 2>&1 &
  pid=$!
  while ! xdotool search --onlyvisible --name '.+' > /dev/null 2>&1; do
    sleep 0.02
    if ! kill -0 "$pid" 2>/dev/null; then echo "$name exited early:" >&2; cat "$work/$name.out" >&2; return 1; fi
  done
  end=$(date +%s%N)
  sleep 2 # let it settle (and Essaim's background jobs start) before closing
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  echo $(( (end - start) / 1000000 ))
}

report() { # name values...
  name=$1
  shift
  printf '%s: cold %s ms; warm runs %s ms\n' "$name" "$1" "$(shift; echo "$*")"
}

essaim_times= bare_times=
for i in $(seq 0 "$runs"); do
  essaim_times="$essaim_times $(measure essaim "$product" org.essaim.ui.application -essaimWorkspace "$here/examples")"
  bare_times="$bare_times $(measure bare "$work/bare" org.eclipse.ui.ide.workbench)"
done
# shellcheck disable=SC2086
report "Essaim (example workspace)" $essaim_times
# shellcheck disable=SC2086
report "Bare platform workbench   " $bare_times
median() { shift; printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# shellcheck disable=SC2086
e=$(median $essaim_times) b=$(median $bare_times)
echo "median warm: Essaim $e ms, bare $b ms, ratio $(awk "BEGIN {printf \"%.2f\", $e / $b}")"
