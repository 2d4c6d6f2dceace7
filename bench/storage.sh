#!/usr/bin/env bash
# Storage benchmark: on a ~100 MB SQLite database (BENCH_DB_MB), measures snapshot + verify +
# publish, restore, and commit latency p99 with and without a backup running, using the same
# backup and restore classes the server and the restore tool use.
# Results: target/bench/storage.md (copy into docs/benchmarks.md when they are the new reference).
#
# usage: bench/storage.sh        env: BENCH_DB_MB (100) BENCH_WINDOW_SECONDS (10)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/bench-classpath.txt)" \
  io.scimtool.storage.backup.StorageBenchmark target/bench/storage
