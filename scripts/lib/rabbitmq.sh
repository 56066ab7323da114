# RabbitMQ for the multi-process tests: installed from Debian's packages when missing, started on
# 127.0.0.1:5672 (guest/guest), stopped by rabbitmq_stop when this script started it.

rabbitmq_start() {
  if ! command -v rabbitmq-server >/dev/null 2>&1; then
    if [ "$(id -u)" != "0" ]; then
      echo "rabbitmq-server is not installed and installing it needs root" >&2
      return 1
    fi
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  fi
  if ! rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
    rabbitmq-server -detached >/dev/null 2>&1 || true
    RABBITMQ_STARTED_HERE=1
  fi
  for _ in $(seq 1 60); do
    if rabbitmq-diagnostics -q ping >/dev/null 2>&1; then
      export WORKFLOW_TEST_RABBITMQ="127.0.0.1"
      return 0
    fi
    sleep 1
  done
  echo "RabbitMQ did not answer within 60 s" >&2
  return 1
}

rabbitmq_stop() {
  if [ -n "${RABBITMQ_STARTED_HERE:-}" ]; then
    rabbitmqctl stop >/dev/null 2>&1 || true
  fi
}
