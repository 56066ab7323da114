#!/usr/bin/env bash
# Knowledge base benchmark of issue 4: local embedder, embedded SQLite store, single-threaded searches.
#   bench/Knowledge/run.sh                    # 100,000 one-chunk documents, 500 queries per mode, k = 6
#   bench/Knowledge/run.sh --chunks 10000     # smaller; also --queries N --warmup N --k N --writers N --seed N
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build bench/Knowledge -c Release -v quiet -nologo >/dev/null
exec dotnet bench/Knowledge/bin/Release/net10.0/WorkflowPlatform.Bench.Knowledge.dll "$@"
