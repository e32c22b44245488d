#!/usr/bin/env bash
# Load test: 50 job seekers for 60 s against gunicorn on PostgreSQL, all on this machine.
#
#   bench/load/run.sh                  # seeds rebound_load once, then runs
#   USERS=50 DURATION=60s WORKERS=3 bench/load/run.sh
#   RESEED=1 bench/load/run.sh         # start from a fresh seed
#
# Idle connections stay open longer than a user's pause (--keep-alive 10), as behind a proxy;
# otherwise the server may close one just as the next request goes out on it.
# Traffic goes to 127.0.0.1 only and stops after DURATION. Exits non-zero on any failed
# request or a p95 over MAX_P95_MS (800 by default). Figures go to docs/benchmarks.md by hand.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PY="$ROOT/.venv/bin/python"

PG="${PG_URL:-postgres://rebound:rebound@127.0.0.1:5432}"
DB_NAME="${LOAD_DB:-rebound_load}"
USERS="${USERS:-50}"
SPAWN_RATE="${SPAWN_RATE:-10}"
DURATION="${DURATION:-60s}"
WORKERS="${WORKERS:-3}"
THREADS="${THREADS:-2}"
MAX_P95_MS="${MAX_P95_MS:-800}"
# On a machine shared with other work, PRIORITY=-10 (as root) runs gunicorn and Locust ahead
# of it, so the figures measure Rebound rather than the neighbours.
PRIORITY="${PRIORITY:-0}"
OUT="${OUT:-$ROOT/var/load}"
mkdir -p "$OUT"

# A production configuration, minus TLS: this runs on loopback with no proxy in front.
export DATABASE_URL="$PG/$DB_NAME"
export DEBUG=false
export SECRET_KEY="$("$PY" -c 'import secrets; print(secrets.token_urlsafe(50))')"
export ALLOWED_HOSTS=127.0.0.1
export SECURE_SSL_REDIRECT=false SESSION_COOKIE_SECURE=false SECURE_HSTS_SECONDS=0
export LOG_LEVEL=WARNING
export REBOUND_VAR_DIR="$OUT/var"
# Nudge tasks are queued in a folder; nothing consumes them during the run.
export CELERY_BROKER_URL=filesystem://
mkdir -p "$REBOUND_VAR_DIR/broker/processed"

"$PY" - "$PG" "$DB_NAME" <<'PYEOF'
import sys, psycopg
base, name = sys.argv[1], sys.argv[2]
with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
    if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
        conn.execute(f'CREATE DATABASE "{name}"')
        print(f"Created database {name}.")
PYEOF
"$PY" manage.py migrate --noinput -v0
"$PY" bench/load/seed.py --users "$USERS" ${RESEED:+--reseed} --sessions "$OUT/sessions.json"
export LOAD_SESSIONS="$OUT/sessions.json"
# Collect static files again only when ours changed since the last run (it takes a minute).
MANIFEST="$REBOUND_VAR_DIR/static/staticfiles.json"
if [ ! -f "$MANIFEST" ] || [ -n "$(find static -newer "$MANIFEST" -print -quit)" ]; then
  "$PY" manage.py collectstatic --noinput -v0
fi

PORT=$("$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
nice -n "$PRIORITY" "$ROOT/.venv/bin/gunicorn" config.wsgi --bind "127.0.0.1:$PORT" --workers "$WORKERS" \
  --threads "$THREADS" --keep-alive 10 --worker-tmp-dir /dev/shm --log-level warning >"$OUT/gunicorn.log" 2>&1 &
GUNICORN=$!
trap 'kill $GUNICORN 2>/dev/null; wait $GUNICORN 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$PORT/healthz" && echo

echo "Running $USERS users for $DURATION, ${THINK_MIN:-3}-${THINK_MAX:-10} s between actions, against" \
  "gunicorn ($WORKERS workers x $THREADS threads) on 127.0.0.1:$PORT"
echo "Machine load before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) CPUs"
cd bench/load
set +e
timeout 600 nice -n "$PRIORITY" "$ROOT/.venv/bin/locust" -f locustfile.py --headless -u "$USERS" -r "$SPAWN_RATE" -t "$DURATION" \
  --host "http://127.0.0.1:$PORT" --csv "$OUT/locust" --only-summary --stop-timeout 5 \
  >"$OUT/locust.log" 2>&1
set -e
echo "Machine load after: $(cut -d' ' -f1-3 /proc/loadavg)"
cd "$ROOT"
"$PY" bench/load/report.py "$OUT/locust" --max-p95-ms "$MAX_P95_MS"
