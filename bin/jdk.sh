# Sourced by bin/policygraph, .ci/run and bench/*.sh: puts a JDK of at least Java 21 (Jena 6's
# minimum) first, as JAVA_HOME and on PATH, so that java and Maven both run on it. Tried in order:
# JAVA_HOME, Temurin 25 where these machines have it beside the default Java 17, then the newest JDK
# under /usr/lib/jvm. Fails with a message saying what is needed when there is none.

POLICYGRAPH_MIN_JAVA=21

# The feature version (17, 21, 25) of the JDK in $1; empty when $1 is no JDK (java and javac).
# Read from the JDK's release file when it has one, which costs no JVM start.
jdk_feature_version() {
  [ -x "$1/bin/java" ] && [ -x "$1/bin/javac" ] || return 0
  if [ -f "$1/release" ] && grep -q '^JAVA_VERSION=' "$1/release"; then
    sed -n 's/^JAVA_VERSION="\{0,1\}\(1\.\)\{0,1\}\([0-9]*\).*/\2/p' "$1/release" | head -n 1
  else
    "$1/bin/java" -XshowSettings:properties -version 2>&1 \
      | awk -F'= *' '/^ *java\.specification\.version *=/ { sub(/^1\./, "", $2); print $2; exit }'
  fi
}

jdk_fits() {
  local v
  v=$(jdk_feature_version "$1")
  [ -n "$v" ] && [ "$v" -ge "$POLICYGRAPH_MIN_JAVA" ] 2>/dev/null
}

use_jdk() {
  local chosen="" best=0 d v
  if [ -n "${JAVA_HOME:-}" ] && jdk_fits "$JAVA_HOME"; then
    chosen=$JAVA_HOME
  elif jdk_fits /usr/lib/jvm/temurin-25-jdk-amd64; then
    chosen=/usr/lib/jvm/temurin-25-jdk-amd64
  else
    for d in /usr/lib/jvm/*/; do
      d=${d%/}
      v=$(jdk_feature_version "$d")
      if [ -n "$v" ] && [ "$v" -ge "$POLICYGRAPH_MIN_JAVA" ] 2>/dev/null && [ "$v" -gt "$best" ]; then
        best=$v
        chosen=$d
      fi
    done
  fi
  if [ -z "$chosen" ]; then
    local current="not set"
    if [ -n "${JAVA_HOME:-}" ]; then
      v=$(jdk_feature_version "$JAVA_HOME")
      if [ -n "$v" ]; then current="$JAVA_HOME (Java $v)"; else current="$JAVA_HOME (no JDK)"; fi
    fi
    echo "policygraph needs a JDK of Java $POLICYGRAPH_MIN_JAVA or newer (Apache Jena 6 requires it);" \
      "JAVA_HOME is $current and /usr/lib/jvm has none. Install one (for example" \
      "Temurin 25) and set JAVA_HOME to it." >&2
    return 3
  fi
  export JAVA_HOME=$chosen
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Sourced (the scripts, or by hand before mvn): return, so that an interactive shell stays open and
# a script under set -e stops; run as a command: exit.
use_jdk || return 3 2>/dev/null || exit 3
