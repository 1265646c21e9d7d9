#!/usr/bin/env bash
# Benchmark of `weigh`: JVM start to finished DuckDB file, for each weighting method, on a generated
# wave (default 1,000,000 respondents, 48 strata, 5 variables with up to 6 levels, 2 domain variables).
#
#   scripts/benchmark.sh [RESPONDENTS] [REPEATS]
#
# Builds the jar if it is missing. Prints wall time and peak memory (when GNU time is installed:
# apt-get install time) per run, and the step timings of the last run of each method.
set -euo pipefail
cd "$(dirname "$0")/.."
respondents=${1:-1000000}
repeats=${2:-3}
work=target/benchmark
jar=target/weegschaal.jar

[ -f "$jar" ] || mvn -B -q -DskipTests package
mkdir -p "$work"
if [ ! -f "$work/$respondents/responses.csv" ]; then
  java -jar "$jar" generate --out "$work/$respondents" --respondents "$respondents" --seed 1
fi
ls -l "$work/$respondents/responses.csv"

export WEEGSCHAAL_HOME="$work/home"
timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f "%e s wall, %M KB peak RSS"); fi

for method in stratified poststratify rake; do
  for ((i = 1; i <= repeats; i++)); do
    echo "== $method run $i"
    WEEGSCHAAL_LOG_LEVEL=DEBUG "${timer[@]}" java -jar "$jar" weigh \
      --responses "$work/$respondents/responses.csv" --frame "$work/$respondents/frame.csv" \
      --strata sector_cluster,size_class \
      --vars ai_gebruik,banen_verdwijnen,banen_erbij,scholingsbehoefte_verandert,andere_vaardigheden \
      --domains size_class,sector_cluster --method "$method" --id id \
      --out "$work/result-$method.duckdb" 2> "$work/$method.log"
    grep -E "wall|context ready|step " "$work/$method.log" | sed 's/^[0-9:.]* DEBUG JobRunner - /  /'
  done
done
