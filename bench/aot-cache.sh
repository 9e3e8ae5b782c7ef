#!/usr/bin/env bash
# Makes a JDK AOT cache for target/samtale.jar (Java 25 or later; optional, for production and measurements).
# The README's `java -jar target/samtale.jar` stays as it is; this is a second way to run the same jar:
#
#   bench/aot-cache.sh DIR [JAVA]     # JAVA: a Java 25+ binary, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java
#   JAVA -XX:AOTCache=DIR/samtale.aot -jar DIR/samtale.jar
#
# The cache holds the classes loaded and linked during a training run and the method profiles gathered in it (JEPs
# 483, 514, 515), so a start skips most class loading and the JIT compiles the hot paths early instead of during the
# first burst of traffic (docs/benchmarks.md, "What the JDK's AOT cache would buy"). It is valid only for the JDK that
# made it and the jar extracted in DIR: make it again after every build or JDK update, and run from DIR.
#
# Training: the jar is extracted into DIR (Spring Boot's `-Djarmode=tools extract`: the cache cannot use classes
# inside the executable jar's nested jars), then started with demo data on a scratch database, given a burst of
# signed Meta webhook deliveries (bench/MetaWebhookLoad.java, 2,000/s for 15 s) and a round of the main pages, and
# stopped; the JVM writes the cache as it exits. The scratch database is the embedded one in a temporary folder
# unless TRAIN_DB names a PostgreSQL database to create and drop (train on PostgreSQL for a PostgreSQL production:
# the profiles then are those of its driver).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:?usage: bench/aot-cache.sh DIR [JAVA]}
java_bin=${2:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[[ -f target/samtale.jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
version=$("$java_bin" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2}')
(( ${version%%.*} >= 25 )) || { echo "$java_bin is Java $version; the AOT cache needs Java 25 or later" >&2; exit 2; }
mkdir -p "$dir"
dir=$(cd "$dir" && pwd)
rm -rf "$dir/lib" "$dir/samtale.jar" "$dir/samtale.aot"
"$java_bin" -Djarmode=tools -jar target/samtale.jar extract --destination "$dir" --force >/dev/null

data=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
secret=aot-training-secret
page=1000000000001
db=()
if [[ -n ${TRAIN_DB:-} ]]; then
  psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists $TRAIN_DB with (force)" \
    -c "create database $TRAIN_DB"
  db=(SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$TRAIN_DB SPRING_DATASOURCE_USERNAME=postgres)
fi
env "${db[@]}" SAMTALE_DATA_DIR="$data" SAMTALE_DEMO=true SERVER_PORT="$port" SAMTALE_META_APP_SECRET=$secret \
  SAMTALE_META_VERIFY_TOKEN=training SAMTALE_META_GRAPH_URL=http://127.0.0.1:9 \
  "$java_bin" -Xmx1g -XX:AOTCacheOutput="$dir/samtale.aot" -jar "$dir/samtale.jar" >"$data/app.log" 2>&1 &
pid=$!
cleanup() {
  kill $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  [[ -z ${TRAIN_DB:-} ]] || psql -h 127.0.0.1 -U postgres -q -d postgres -c "drop database if exists $TRAIN_DB with (force)"
  rm -rf "$data"
}
trap cleanup EXIT
base=http://127.0.0.1:$port
for _ in $(seq 300); do curl -fs "$base/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/actuator/health/readiness" >/dev/null || { tail -n 20 "$data/app.log" >&2; exit 1; }
echo "training: ready; a burst of Meta deliveries and a round of the main pages"
"$java_bin" bench/MetaWebhookLoad.java "$base" $secret $page 2000 15 | tail -n 3
for _ in $(seq 50); do
  for path in /api/v1/info /api/v1/spaces /api/v1/inbox/conversations /api/v1/inbox/counts /api/v1/notifications; do
    curl -s -o /dev/null -H 'Authorization: Bearer demo-token-veileder1' "$base$path"
  done
done
sleep 15 # the deliveries' processing, so that its profiles are in the cache too
kill $pid
wait $pid 2>/dev/null || true
grep -q 'AOTCache creation is complete' "$data/app.log" || { grep -i 'aot' "$data/app.log" | tail -n 5 >&2; exit 1; }
echo "written: $dir/samtale.aot ($(du -m "$dir/samtale.aot" | cut -f1) MB). Run with:"
echo "  $java_bin -XX:AOTCache=$dir/samtale.aot -jar $dir/samtale.jar"
