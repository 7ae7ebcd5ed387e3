# Sourced by ./mvnw, ./essaim and .ci/run (POSIX sh). Tycho 5 and Essaim need Java 21 or newer:
# keep JAVA_HOME when it is one, else use the default java when it is one, else take the newest
# JDK 21+ from Debian's JVM folder, and say so, so that `./mvnw verify` works on a fresh machine.
essaim_java_major() {
  "$1" -version 2>&1 | sed -n '1s/^[^"]*"\([0-9][0-9]*\).*/\1/p'
}
essaim_find_jdk() {
  if [ -n "${JAVA_HOME-}" ] && [ -x "$JAVA_HOME/bin/javac" ] \
      && [ "$(essaim_java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    return 0
  fi
  essaim_default_java=$(command -v java 2>/dev/null || true)
  if [ -n "$essaim_default_java" ] && [ "$(essaim_java_major "$essaim_default_java")" -ge 21 ] 2>/dev/null; then
    JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$essaim_default_java")")")
    export JAVA_HOME
    return 0
  fi
  essaim_best="" essaim_best_major=0
  for essaim_jdk in /usr/lib/jvm/*; do
    [ -x "$essaim_jdk/bin/javac" ] || continue
    essaim_major=$(essaim_java_major "$essaim_jdk/bin/java")
    if [ -n "$essaim_major" ] && [ "$essaim_major" -ge 21 ] && [ "$essaim_major" -gt "$essaim_best_major" ]; then
      essaim_best=$essaim_jdk essaim_best_major=$essaim_major
    fi
  done
  if [ -z "$essaim_best" ]; then
    echo "Essaim needs a JDK 21 or newer: set JAVA_HOME to one (none found in /usr/lib/jvm)." >&2
    return 1
  fi
  JAVA_HOME=$essaim_best
  export JAVA_HOME
  echo "Essaim: the default java is older than 21; using JAVA_HOME=$JAVA_HOME" >&2
}
essaim_find_jdk || exit 1
