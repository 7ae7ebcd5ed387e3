#!/bin/sh
# Scale run of the hardening checks: generates a workspace of N cases and M protocols from the examples, then
# times validate, index, search and publish through the command line with /usr/bin/time -v (wall time, peak RSS).
# Usage: releng/scale.sh [cases, default 100000] [protocols, default 2000] [steps, default "validate index search publish"]
# Figures go to stdout and are appended to /tmp/essaim-scale/<cases>/times.txt. Runs the product at $ESSAIM_PRODUCT (or builds
# the checkout's own, see ./essaim). The generated workspace is ~5 KB per case.
set -eu
cases=${1:-100000}
protocols=${2:-2000}
steps=${3:-"validate index search publish"}
cd "$(dirname "$0")/.."
root=/tmp/essaim-scale/$cases
workspace=$root/ws
mkdir -p "$root"
if [ ! -d "$workspace/cases" ]; then
  rm -rf bundles/org.essaim.hardening/target/test-classes
  flock /tmp/essaim-build.lock ./mvnw -B -q -o -pl bundles/org.essaim.hardening verify -Dtest=ScaleWorkspaceGeneration \
    -Dsurefire.failIfNoSpecifiedTests=false -Dessaim.scale.out="$workspace" -Dessaim.scale.cases="$cases" \
    -Dessaim.scale.protocols="$protocols"
fi
export ESSAIM_STATE="$root/state" XDG_CACHE_HOME="$root/cache"
export ESSAIM_JAVA_OPTS="${ESSAIM_JAVA_OPTS:--Xmx8g}"
printf '# %s\n' "$(date -u +%FT%TZ)" >> "$root/times.txt"
for step in $steps; do
  case $step in
    validate) set -- validate "$workspace" ;;
    index) set -- index "$workspace" ;;
    search) set -- search "$workspace" "résidence de designers" ;;
    publish) set -- publish "$workspace" --out "$root/guide" ;;
  esac
  /usr/bin/time -v -o "$root/$step.time" ./essaim "$@" > "$root/$step.out" 2> "$root/$step.err" || true
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$root/$step.time")
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$root/$step.time")
  status=$(sed -n 's/.*Exit status: //p' "$root/$step.time")
  printf '%s\t%s cas\t%s protocoles\ttemps %s\tpic RSS %s Mo\tcode %s\n' "$step" "$cases" "$protocols" "$wall" "$((rss / 1024))" "$status" | tee -a "$root/times.txt"
done
