#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for the tests (the server's production backend, for real):
#   pgcluster.sh start STATE_DIR   initdb in a temporary folder, start on a free loopback port,
#                                  write STATE_DIR/conninfo ("host=… port=… dbname=… user=…")
#   pgcluster.sh stop STATE_DIR    stop it and remove its files
# initdb refuses to run as root, and CI runs as root: the cluster then runs as the unprivileged
# 'postgres' user that Debian's package creates. Trust authentication, loopback only, fsync off:
# it holds test data for minutes and is never reachable from outside.
set -euo pipefail
cmd=${1:?start or stop}
state=${2:?state directory}
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "pgcluster: PostgreSQL's server is not installed (apt-get install postgresql)" >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

stop_cluster() {
  [ -f "$state/pgdata" ] || return 0
  local data
  data=$(cat "$state/pgdata")
  as_owner "$bindir/pg_ctl" -D "$data/cluster" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$data"
  rm -f "$state/pgdata" "$state/conninfo"
}

case "$cmd" in
start)
  mkdir -p "$state"
  stop_cluster
  data=$(mktemp -d /tmp/jisr-pg.XXXXXX)
  echo "$data" >"$state/pgdata"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$data"
  as_owner "$bindir/initdb" -D "$data/cluster" -U jisr --auth=trust -E UTF8 --locale=C.UTF-8 \
    >"$data/initdb.log" 2>&1 || { cat "$data/initdb.log" >&2; exit 1; }
  for attempt in $(seq 1 20); do
    port=$((20000 + RANDOM % 40000))
    if as_owner "$bindir/pg_ctl" -D "$data/cluster" -l "$data/server.log" -w -t 30 \
         -o "-p $port -k $data -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
         start >/dev/null 2>&1; then
      echo "host=127.0.0.1 port=$port dbname=postgres user=jisr" >"$state/conninfo"
      echo "pgcluster: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port"
      exit 0
    fi
  done
  echo "pgcluster: PostgreSQL did not start:" >&2
  tail -n 20 "$data/server.log" >&2 || true
  exit 1
  ;;
stop)
  stop_cluster
  ;;
*)
  echo "usage: pgcluster.sh start|stop STATE_DIR" >&2
  exit 2
  ;;
esac
