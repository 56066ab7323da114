#!/usr/bin/env bash
# Scale-out benchmark (issue 3): event-resumed instances per second with one and with two host processes on
# PostgreSQL and RabbitMQ (both started here, as scripts/test.sh does).
#   bench/ScaleOut/run.sh            # COUNT=10000 by default
set -euo pipefail
cd "$(dirname "$0")/../.."
root="$(pwd)"
COUNT="${COUNT:-10000}"
WORK="$(mktemp -d /tmp/wfp-scale-XXXX)"
chmod 755 "$WORK" # PostgreSQL runs as its own user inside it
source scripts/lib/postgres.sh
source scripts/lib/rabbitmq.sh
PIDS=()
cleanup() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done; postgres_stop; rabbitmq_stop; rm -rf "$WORK"; }
trap cleanup EXIT

postgres_start "$WORK" >/dev/null
rabbitmq_start
dotnet build src/Host -c Release -v quiet -nologo >/dev/null
dotnet build bench/Http -c Release -v quiet -nologo >/dev/null
DRIVER="dotnet bench/Http/bin/Release/net10.0/WorkflowPlatform.Bench.Http.dll"
PSQL="$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U postgres -q"

start_hosts() { # $1 = number of processes, $2 = database
  as_pg "$PSQL -c 'CREATE DATABASE $2'"
  for i in $(seq 1 "$1"); do
    port=$((5190 + i))
    dotnet src/Host/bin/Release/net10.0/WorkflowPlatform.Host.dll --Urls "http://127.0.0.1:$port" --DataDir "$WORK/$2-$i" \
      --Workflows:Path bench/Http/flows --Store:Provider Postgres \
      --ConnectionStrings:Store "Host=127.0.0.1;Port=$PG_PORT;Database=$2;Username=workflow_app;Password=workflow_app;Maximum Pool Size=60" \
      --ConnectionStrings:StoreAdmin "Host=127.0.0.1;Port=$PG_PORT;Database=$2;Username=postgres" \
      --Bus:RabbitMq:Host 127.0.0.1 --Bus:EndpointPrefix "$2" \
      --RateLimits:PerKey:PermitsPerSecond 1000000 --RateLimits:PerKey:Burst 1000000 \
      --RateLimits:PerIp:PermitsPerSecond 1000000 --RateLimits:PerIp:Burst 1000000 >"$WORK/$2-$i.log" 2>&1 &
    PIDS+=($!)
    until curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null; do
      kill -0 "${PIDS[-1]}" 2>/dev/null || { echo "host $i did not start:" >&2; tail -20 "$WORK/$2-$i.log" >&2; exit 1; }
      sleep 0.3
    done
  done
  KEY="$(cat "$WORK/$2-1/admin-key.txt")"
}

run() { # $1 = number of processes
  local db="scale_$1_$$" per=$((COUNT / $1))
  start_hosts "$1" "$db"
  echo "== $1 process(es): $COUNT instances waiting on bench.go"
  for i in $(seq 1 "$1"); do
    $DRIVER "http://127.0.0.1:$((5190 + i))/api/workflows/bench-wait/run" --connections 8 --seconds 600 --warmup 0 --requests "$per" \
      --header "X-Api-Key: $KEY" --body "{\"correlationId\":\"p$i-{seq}\"}" | tail -2 &
  done
  wait $(jobs -p | grep -v -F -x -f <(printf '%s\n' "${PIDS[@]}")) 2>/dev/null || true
  echo "== resuming: one event per instance, spread over the processes"
  local start end
  start=$(date +%s.%N)
  for i in $(seq 1 "$1"); do
    $DRIVER "http://127.0.0.1:$((5190 + i))/api/events/bench.go" --connections $((16 / $1)) --seconds 600 --warmup 0 --requests "$per" \
      --header "X-Api-Key: $KEY" --body "{\"correlationId\":\"p$i-{seq}\",\"payload\":{\"n\":{seq}}}" | tail -2 &
  done
  wait $(jobs -p | grep -v -F -x -f <(printf '%s\n' "${PIDS[@]}")) 2>/dev/null || true
  until [ "$(curl -s -H "X-Api-Key: $KEY" "http://127.0.0.1:5191/api/instances?workflowId=bench-wait&status=Suspended&limit=1" | grep -c '"id"')" = "0" ]; do sleep 0.1; done
  end=$(date +%s.%N)
  awk -v n="$COUNT" -v s="$start" -v e="$end" -v p="$1" 'BEGIN { printf "RESULT %d process(es): %d resumed instances finished in %.2f s: %.0f resumes/s end to end\n", p, n, e - s, n / (e - s) }'
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  PIDS=()
  sleep 1
}

run 1
run 2
