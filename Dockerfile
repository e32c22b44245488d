# Rebound's production image: gunicorn serving Django, and the same image runs the Celery
# worker and beat (docker-compose.yml picks the command).
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    UV_PROJECT_ENVIRONMENT=/opt/venv \
    UV_PYTHON_DOWNLOADS=never \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    PATH=/opt/venv/bin:$PATH \
    REBOUND_VAR_DIR=/app/var \
    WEB_CONCURRENCY=3
# Production unless told otherwise: run outside compose too, the image needs a real SECRET_KEY.
ENV DEBUG=false

RUN pip install --no-cache-dir "uv==0.13.9"

WORKDIR /app
# Dependencies first, from the lock file exactly, so code changes don't reinstall them.
COPY pyproject.toml uv.lock ./
RUN uv sync --locked --no-dev --no-install-project && uv cache clean

COPY . .
# Static files are collected into the image with DEBUG off, so WhiteNoise serves hashed,
# compressed files. The key is a placeholder that only exists during this build step.
RUN DEBUG=false \
    SECRET_KEY="build-only-placeholder-key-for-collectstatic-0123456789abcdefghij" \
    python manage.py collectstatic --noinput \
 && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin rebound \
 && mkdir -p /app/var/mail \
 && chown -R rebound:rebound /app/var

USER rebound
EXPOSE 8000
ENTRYPOINT ["/app/scripts/docker-entrypoint.sh"]
# Bind address, timeouts and JSON access logs live in config/gunicorn.py.
CMD ["gunicorn", "config.wsgi", "-c", "config/gunicorn.py"]
