#!/usr/bin/env bash
# Builds the sweep benchmark in Release and runs it; for PostgreSQL it starts a throwaway server on 127.0.0.1 first
# (unless SERVICEDESK_TEST_POSTGRES names one) and removes it afterwards.
# Usage: benchmarks/run.sh Sqlite|Postgres [tickets, default 100000]
set -uo pipefail
cd "$(dirname "$0")/.."
say() { echo "run.sh: $*"; }
source scripts/postgres.sh
trap stop_postgres EXIT
trap 'exit 130' INT TERM

provider=${1:?Sqlite or Postgres}
dotnet build -c Release benchmarks/SweepBenchmark --nologo -v:minimal || exit 1
if [ "${provider,,}" = postgres ] && [ -z "${SERVICEDESK_TEST_POSTGRES:-}" ]; then start_postgres || exit 1; fi
dotnet run -c Release --no-build --project benchmarks/SweepBenchmark -- "$@"
