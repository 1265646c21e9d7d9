#!/usr/bin/env bash
# Benchmark of `weigh`: JVM start to finished DuckDB file, for each weighting method, on a generated
# wave (default 1,000,000 respondents, 48 strata, 5 variables with up to 6 levels, 2 domain variables).
#
#   scripts/benchmark.sh [RESPONDENTS] [REPEATS]
#
# Two ways of starting the program are timed:
#   jar  `java -jar target/weegschaal.jar`, as the README runs it;
#   cds  the jar extracted with Spring Boot's jarmode tools and started with an application class
#        data sharing archive from a training run (the deployment Spring Boot recommends for
#        programs started often, such as a scheduled batch job).
# Prints wall time and peak memory per run (when GNU time is installed: apt-get install time), and
# the start-up time and step timings of each run.
set -euo pipefail
cd "$(dirname "$0")/.."
respondents=${1:-1000000}
repeats=${2:-3}
work=target/benchmark
jar=target/weegschaal.jar
data="$work/$respondents"

[ -f "$jar" ] || mvn -B -q -DskipTests package
mkdir -p "$work"
[ -f "$data/responses.csv" ] || java -jar "$jar" generate --out "$data" --respondents "$respondents" --seed 1
ls -l "$data/responses.csv"
export WEEGSCHAAL_HOME="$work/home"

weigh() { # weigh METHOD OUT JAVA-ARGS...
  local method=$1 out=$2
  shift 2
  "$@" weigh --responses "$data/responses.csv" --frame "$data/frame.csv" --strata sector_cluster,size_class \
    --vars ai_gebruik,banen_verdwijnen,banen_erbij,scholingsbehoefte_verandert,andere_vaardigheden \
    --domains size_class,sector_cluster --method "$method" --id id --out "$out"
}

# the CDS archive: extract the jar, then record the classes of one run on the sample wave
rm -rf "$work/app"
java -Djarmode=tools -jar "$jar" extract --destination "$work/app" > /dev/null
java -XX:ArchiveClassesAtExit="$work/app/weegschaal.jsa" -jar "$work/app/weegschaal.jar" weigh \
  --responses sample-data/synthetic/responses.csv --frame sample-data/synthetic/frame.csv \
  --strata sector_cluster,size_class --vars ai_gebruik --method rake --out "$work/training.duckdb" > /dev/null 2>&1

timer=()
if [ -x /usr/bin/time ]; then timer=(/usr/bin/time -f "%e s wall, %M KB peak RSS"); fi
for mode in jar cds; do
  if [ "$mode" = jar ]; then launch=(java -jar "$jar"); else
    launch=(java -XX:SharedArchiveFile="$work/app/weegschaal.jsa" -jar "$work/app/weegschaal.jar"); fi
  for method in stratified poststratify rake; do
    for ((i = 1; i <= repeats; i++)); do
      echo "== $mode $method run $i"
      WEEGSCHAAL_LOG_LEVEL=DEBUG weigh "$method" "$work/result-$method.duckdb" "${timer[@]}" "${launch[@]}" \
        > /dev/null 2> "$work/$method.log"
      grep -E "wall|context ready|step " "$work/$method.log" | sed 's/^[0-9:.]* DEBUG JobRunner - /  /'
    done
  done
done
