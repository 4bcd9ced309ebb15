#!/usr/bin/env bash
# Prints the URL of a fresh, empty PostgreSQL database for the tests (the PostgreSQL store,
# the cross-process refresh race). Starts Debian's PostgreSQL cluster when it is installed
# but not running, creates a superuser role for the current OS user (peer authentication
# over the socket) and recreates the database `fortnox_kit_test`. Exits 1, printing why on
# stderr, when no PostgreSQL can be had (then the PostgreSQL tests are skipped, except in
# CI, where they fail). Needs root the first time (to start the cluster and add the role).
set -euo pipefail
DB=fortnox_kit_test
ROLE="$(id -un)"
SOCKET=/var/run/postgresql
say() { echo "test-database: $*" >&2; }

command -v pg_lsclusters >/dev/null || { say "PostgreSQL is not installed (apt-get install postgresql)"; exit 1; }
read -r VERSION CLUSTER _ STATUS _ < <(pg_lsclusters --no-header | head -1) || { say "no PostgreSQL cluster"; exit 1; }
if [ "$STATUS" != "online" ]; then
  pg_ctlcluster "$VERSION" "$CLUSTER" start >&2 || { say "could not start cluster $VERSION/$CLUSTER"; exit 1; }
fi
as_postgres() { if [ "$ROLE" = postgres ]; then "$@"; else runuser -u postgres -- "$@"; fi; }
if ! psql -h "$SOCKET" -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; then
  as_postgres createuser -h "$SOCKET" -s "$ROLE" >&2 || { say "could not create role $ROLE"; exit 1; }
fi
dropdb -h "$SOCKET" --if-exists "$DB" >&2
createdb -h "$SOCKET" "$DB" >&2
echo "postgresql://$ROLE@localhost/$DB?host=$SOCKET"
