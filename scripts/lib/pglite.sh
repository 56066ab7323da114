# PostgreSQL with pgvector for the knowledge-base tests: PGlite (PostgreSQL 17 in WebAssembly, with pgvector 0.8)
# on 127.0.0.1:55433, installed from scripts/pglite/package-lock.json. Debian has no pgvector package.
# One backend session serves every client: the tests use one connection at a time. PGlite starts that session
# with search_path=pg_catalog and sets public afterwards, so Npgsql must not DISCARD ALL when a connection
# goes back to the pool (No Reset On Close): that would put the search_path back on pg_catalog.

PGLITE_PORT="${PGLITE_PORT:-55433}"

pglite_start() {
  local root="$1" log="$2/pglite.log"
  (cd "$root/scripts/pglite" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
  node "$root/scripts/pglite/node_modules/@electric-sql/pglite-socket/dist/scripts/server.js" \
    --port="$PGLITE_PORT" --host=127.0.0.1 --extensions=vector >"$log" 2>&1 &
  PGLITE_PID=$!
  for _ in $(seq 1 100); do
    if (echo >"/dev/tcp/127.0.0.1/$PGLITE_PORT") 2>/dev/null; then
      export WORKFLOW_TEST_PGVECTOR="Host=127.0.0.1;Port=$PGLITE_PORT;Username=postgres;Password=postgres;Database=postgres;SSL Mode=Disable;Maximum Pool Size=1;Timeout=30;Command Timeout=60;No Reset On Close=true"
      return 0
    fi
    sleep 0.2
  done
  echo "PGlite did not start; see $log" >&2
  return 1
}

pglite_stop() {
  if [ -n "${PGLITE_PID:-}" ]; then kill "$PGLITE_PID" 2>/dev/null || true; fi
}
