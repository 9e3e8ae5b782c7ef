# Sourced by the load scripts: builds nothing, starts target/samtale.jar with demo data on a fresh PostgreSQL
# database named $1 on the local cluster (PORT= picks the app's port, else a free one), waits until it is ready, and stops it when the script exits.
# Sets: port (the app's HTTP port), pid (its process), data (its data folder), psql_ (psql on the local cluster).
jar=target/samtale.jar
[[ -f $jar ]] || { echo "build the jar first: ./mvnw -DskipTests package" >&2; exit 2; }
psql_() { psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -q "$@"; }
psql_ -d postgres -c "drop database if exists $1" -c "create database $1"
port=${PORT:-$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')}
data=$(mktemp -d)
SAMTALE_DATA_DIR=$data SAMTALE_DEMO=true SERVER_PORT=$port \
  SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/$1 SPRING_DATASOURCE_USERNAME=postgres \
  java -jar "$jar" >"$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 900); do curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null || { echo "not ready; see $data/app.log" >&2; exit 1; }
sleep 5 # let the demo content's follow-up events settle
