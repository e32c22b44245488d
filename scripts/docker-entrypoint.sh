#!/bin/sh
# Every container of the image starts here. The web container (MIGRATE_ON_START=true)
# brings the database schema up to date and collects static files before serving; the worker and beat don't, and
# start only once web is healthy, so they never run against an old schema.
set -eu

if [ "${MIGRATE_ON_START:-false}" = "true" ]; then
  python manage.py migrate --noinput
  # The image already holds the collected files; collecting again on start keeps them right
  # even when a volume is mounted over /app/var, where they live.
  python manage.py collectstatic --noinput -v0
fi

exec "$@"
