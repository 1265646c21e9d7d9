#!/usr/bin/env bash
# Benchmark of the wave job: a generated wave of RESPONDENTS establishments (default 1,000,000),
# 96% in the CATI CSV and 4% in the CAWI workbook, run end to end (`run` on a copy of
# jobs/wave-2024.yml), JVM start to finished result file.
#
#   scripts/benchmark-wave.sh [RESPONDENTS]
set -euo pipefail
cd "$(dirname "$0")/.."
respondents=${1:-1000000}
work=target/benchmark-wave/$respondents
jar=target/weegschaal.jar

[ -f "$jar" ] || mvn -B -q -DskipTests package
mkdir -p "$work/jobs"
if [ ! -f "$work/sample-data/wave-2024/cati.csv" ]; then
  java -jar "$jar" generate --exports --out "$work/sample-data/wave-2024" --respondents "$respondents" \
    --cawi-share 0.04 --seed 1
fi
cp jobs/wave-2024.yml "$work/jobs/"
rm -rf "$work/out"
ls -l "$work/sample-data/wave-2024"
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f "%e s wall, %M KB peak RSS"); fi
"${timer[@]}" java -jar "$jar" run "$work/jobs/wave-2024.yml"
