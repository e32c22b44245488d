#!/usr/bin/env bash
# Make sure the real services the test suite talks to are there and running:
# PostgreSQL (with the rebound role and database), Redis, and Debian's Chromium.
source "$(dirname "${BASH_SOURCE[0]}")/_common.sh"

PG_URL_DEFAULT="postgres://rebound:rebound@127.0.0.1:5432/rebound"

ensure_postgres() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    echo "Installing PostgreSQL…"; apt_install postgresql || return 1
  fi
  if ! pg_isready -q -h 127.0.0.1 -p 5432; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -n1)
    [ -d "/etc/postgresql/$version/main" ] || as_root pg_createcluster "$version" main
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
  fi
  local psql=(as_root runuser -u postgres -- psql -q -v ON_ERROR_STOP=1)
  [ "$(id -u)" = 0 ] || psql=(psql -q -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1)
  "${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname='rebound'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE ROLE rebound LOGIN PASSWORD 'rebound' CREATEDB"
  "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname='rebound'" | grep -q 1 \
    || "${psql[@]}" -c "CREATE DATABASE rebound OWNER rebound"
}

ensure_redis() {
  command -v redis-server >/dev/null 2>&1 || { echo "Installing Redis…"; apt_install redis-server || return 1; }
  if ! redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1; then
    mkdir -p /tmp/rebound-redis
    redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no \
      --dir /tmp/rebound-redis --logfile /tmp/rebound-redis/redis.log
    for _ in $(seq 1 20); do redis-cli -h 127.0.0.1 -p 6379 ping >/dev/null 2>&1 && break; sleep 0.5; done
  fi
}

ensure_chromium() {
  [ -x /usr/bin/chromium ] || { echo "Installing Chromium…"; apt_install chromium || return 1; }
}

ensure_postgres || echo "warning: PostgreSQL could not be started; tests needing it will not run" >&2
ensure_redis || echo "warning: Redis could not be started; tests needing it will not run" >&2
ensure_chromium || echo "warning: Chromium could not be installed; browser tests will not run" >&2
