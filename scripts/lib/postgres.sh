# PostgreSQL 15 for the tests: a throw-away cluster on 127.0.0.1:55432, stopped by postgres_stop.
# Runs as the postgres user when we are root (PostgreSQL refuses to run as root).

PG_PORT="${PG_PORT:-55432}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"

as_pg() {
  if [ "$(id -u)" = "0" ]; then su postgres -c "$*"; else bash -c "$*"; fi
}

postgres_start() {
  PG_DIR="$1/postgres"
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "PostgreSQL binaries not found in $PG_BIN" >&2
    return 1
  fi
  if [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m immediate stop" >/dev/null 2>&1 || true
  fi
  rm -rf "$PG_DIR" && mkdir -p "$PG_DIR"
  if [ "$(id -u)" = "0" ]; then chown postgres "$PG_DIR"; fi
  as_pg "$PG_BIN/initdb -D $PG_DIR/data -U postgres --auth=trust -E UTF8" >"$PG_DIR/initdb.log" 2>&1
  as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -w -l $PG_DIR/log start -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200'" >/dev/null
  export WORKFLOW_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Password=postgres;Database=postgres"
  # The role the platform runs as: no superuser, no BYPASSRLS, so row-level security binds it.
  as_pg "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -q -c \"CREATE ROLE workflow_app LOGIN PASSWORD 'workflow_app' NOSUPERUSER NOBYPASSRLS\"" >/dev/null
  export WORKFLOW_TEST_POSTGRES_APP_USER="workflow_app"
}

postgres_stop() {
  if [ -n "${PG_DIR:-}" ] && [ -f "$PG_DIR/data/postmaster.pid" ]; then
    as_pg "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop" >/dev/null 2>&1 || true
  fi
}
