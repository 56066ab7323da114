#!/usr/bin/env bash
# HTTP benchmarks of issue 2 on the embedded SQLite store, host and driver on this machine.
#   bench/Http/run.sh orders   # HttpEndpoint order flow, 16 connections
#   bench/Http/run.sh events   # WaitForEvent instances resumed through POST /api/events/{name}
#   bench/Http/run.sh sdr      # Luddy (workflows/sdr-luddy.json) answering questions, its LLM an instant loopback fake
set -euo pipefail
cd "$(dirname "$0")/../.."
MODE="${1:-orders}"
PORT="${PORT:-5088}"
URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d /tmp/wfp-bench-XXXX)"

dotnet build src/Host -c Release -v quiet -nologo >/dev/null
dotnet build bench/Http -c Release -v quiet -nologo >/dev/null
FLOWS=bench/Http/flows
if [ "$MODE" = sdr ]; then
  FLOWS=workflows
  LLM_URL="http://127.0.0.1:${LLM_PORT:-5099}"
  dotnet build bench/FakeLlm -c Release -v quiet -nologo >/dev/null
  dotnet bench/FakeLlm/bin/Release/net10.0/WorkflowPlatform.Bench.FakeLlm.dll --urls "$LLM_URL" >/dev/null 2>&1 &
  LLM_PID=$!
fi
HOST_DLL=src/Host/bin/Release/net10.0/WorkflowPlatform.Host.dll
DRIVER="dotnet bench/Http/bin/Release/net10.0/WorkflowPlatform.Bench.Http.dll"

# Rate limits are lifted: this measures the engine, not the limiter.
dotnet "$HOST_DLL" --Urls "$URL" --DataDir "$WORK/data" --Workflows:Path "$FLOWS" \
  --RateLimits:PerIp:PermitsPerSecond 1000000 --RateLimits:PerIp:Burst 1000000 \
  --RateLimits:PerKey:PermitsPerSecond 1000000 --RateLimits:PerKey:Burst 1000000 >"$WORK/host.log" 2>&1 &
HOST_PID=$!
trap 'kill $HOST_PID ${LLM_PID:-} 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf "$URL/health/ready" >/dev/null; do sleep 0.2; done
KEY="$(cat "$WORK/data/admin-key.txt")"

case "$MODE" in
  orders)
    $DRIVER "$URL/workflows/bench/orders" --connections 16 --seconds 20 --warmup 5 \
      --body '{"orderId":"o-{seq}","qty":3,"price":12.5,"priority":"high"}'
    ;;
  events)
    COUNT="${COUNT:-20000}"
    echo "== creating $COUNT instances waiting on bench.go"
    $DRIVER "$URL/api/workflows/bench-wait/run" --connections 16 --seconds 600 --warmup 0 --requests "$COUNT" \
      --header "X-Api-Key: $KEY" --body '{"correlationId":"c{seq}"}'
    echo "== resuming them: one event per correlation id"
    START=$(date +%s.%N)
    $DRIVER "$URL/api/events/bench.go" --connections 16 --seconds 600 --warmup 0 --requests "$COUNT" \
      --header "X-Api-Key: $KEY" --body '{"correlationId":"c{seq}","payload":{"n":{seq}}}'
    until [ "$(curl -s -H "X-Api-Key: $KEY" "$URL/api/instances?workflowId=bench-wait&status=Suspended&limit=1" | grep -c '"id"')" = "0" ]; do sleep 0.1; done
    END=$(date +%s.%N)
    FAULTED=$(curl -s -H "X-Api-Key: $KEY" "$URL/api/instances?workflowId=bench-wait&status=Faulted&limit=1" | grep -c '"id"' || true)
    awk -v n="$COUNT" -v s="$START" -v e="$END" -v f="$FAULTED" 'BEGIN { printf "all %d resumed instances finished in %.2f s: %.0f resumes/s end to end (faulted: %d)\n", n, e - s, n / (e - s), f }'
    ;;
  sdr)
    api() { curl -sf -H "X-Api-Key: $KEY" -H 'Content-Type: application/json' "$@" >/dev/null; }
    api -X POST "$URL/api/secrets" -d '{"name":"llm-key","value":"sk-bench"}'
    api -X PUT "$URL/api/connections/default" -d "{\"kind\":\"openai\",\"baseUrl\":\"$LLM_URL/v1\",\"model\":\"bench\",\"secret\":\"llm-key\"}"
    api -X POST "$URL/api/rag/spaces" -d '{"id":"sales","name":"Sales"}'
    for topic in "Acme Pro costs R\$ 499 per year and includes unlimited agents." "Refunds are possible within seven days." "Support answers in Portuguese and English on weekdays."; do
      api -X POST "$URL/api/rag/spaces/sales/documents" -d "{\"title\":\"kb\",\"text\":\"$topic\",\"source\":\"kb/$RANDOM.md\"}"
    done
    # Each request is a new lead's question: upsert lead and thread, two messages stored, history, hybrid search,
    # answer and intent in parallel (two LLM calls), the reply written back: 14 activities.
    $DRIVER "$URL/workflows/sdr/inbound" --connections "${CONNECTIONS:-8}" --seconds 20 --warmup 5 \
      --body '{"message":"How much does Acme Pro cost?","name":"Lead {seq}","email":"lead-{seq}@example.com","channel":"chat"}'
    ;;
  *) echo "unknown mode $MODE (orders, events or sdr)" >&2; exit 2 ;;
esac
