# Same steps as the Makefile: locked install with uv, migrations + seed ingest on first start.
FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_LINK_MODE=copy \
    DATABASE_URL=sqlite:////data/crisis_facts.db
RUN pip install --no-cache-dir "uv==0.13.8" && useradd --create-home --uid 10001 app \
    && mkdir /data && chown app /data
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
COPY app ./app
COPY migrations ./migrations
COPY alembic.ini ./
COPY seeds ./seeds
RUN uv sync --frozen --no-dev && chown -R app /app
USER app
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s \
  CMD python -c "import urllib.request,sys; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/health').status == 200 else 1)"
CMD ["sh", "-c", "uv run --frozen --no-dev crisis-facts seed seeds && uv run --frozen --no-dev crisis-facts serve --host 0.0.0.0 --port 8000"]
