#!/usr/bin/env bash
# Runs every test. Starts the services the tests need (PostgreSQL, RabbitMQ) on loopback and stops them on exit.
# Extra arguments go to `dotnet test` (for example: scripts/test.sh --filter FullyQualifiedName~Flow).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
services="$root/.test-services"
results="$services/results"
mkdir -p "$services"
rm -rf "$results"

source "$root/scripts/lib/postgres.sh"
source "$root/scripts/lib/rabbitmq.sh"
source "$root/scripts/lib/pglite.sh"
trap 'postgres_stop; rabbitmq_stop; pglite_stop' EXIT

phase() { echo "== $1 ($(date +%T))"; }

phase "start PostgreSQL"
postgres_start "$services"

phase "start RabbitMQ"
rabbitmq_start

phase "start PGlite (pgvector)"
pglite_start "$root" "$services"

phase "build"
dotnet build WorkflowPlatform.sln -c Release -nologo -v quiet

phase "test"
status=0
dotnet test WorkflowPlatform.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results" "$@" || status=$?

# The Studio (src/Studio): Vitest, then Playwright on Debian's Chromium against the host built above. Skipped when
# arguments narrow the .NET tests.
studio_status=0
if [ "$#" -eq 0 ]; then
  phase "Studio tests"
  if ! command -v chromium >/dev/null 2>&1; then
    { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || studio_status=$?
  fi
  if [ "$studio_status" -eq 0 ]; then
    # npm ci under the lock that the host's build takes (src/Studio/tools/host-build.mjs), then Vitest, then Playwright.
    (cd src/Studio && node tools/host-build.mjs ci && npm test && STUDIO_E2E_NO_BUILD=1 npm run e2e) || studio_status=$?
  fi
fi

phase "summary"
passed=0; failed=0; skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { echo "$counters" | sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed)))
  skipped=$((skipped + $(value notExecuted)))
done
echo "$passed passed, $failed failed, $skipped skipped"

if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then exit 1; fi
if [ "$studio_status" -ne 0 ]; then echo "The Studio tests failed." >&2; exit 1; fi
if [ "$passed" -eq 0 ]; then echo "No test ran." >&2; exit 1; fi
