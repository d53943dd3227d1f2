#!/bin/sh
# Runs once, when the compose stack's PostgreSQL first creates its data: the role Grafana signs in as.
# It gets no rights here; the ledger's migrations grant it SELECT on the grafana_* views only.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
     -v password="$GRAFANA_DB_PASSWORD" <<'SQL'
create role grafana login password :'password';
SQL
