#!/usr/bin/env bash
# Benchmark of `weigh` with calibration and numeric questions (issue 14's workload): JVM start to
# finished DuckDB file on a generated wave (default 1,000,000 respondents, 48 strata) calibrated with
# logit bounds [0.5, 2] on size class + sector cluster + employees, 5 categorical and 3 numeric
# variables (and a ratio), 2 domain variables; and, where R with the survey package is installed,
# R's survey on the same files (scripts/benchmark-calibration.R). Prints a table of wall time and peak
# memory (GNU time: apt-get install time), and weigh's step timings.
#
#   scripts/benchmark-calibration.sh [RESPONDENTS] [REPEATS]
set -euo pipefail
cd "$(dirname "$0")/.."
respondents=${1:-1000000}
repeats=${2:-3}
work=target/benchmark-calibration
jar=target/weegschaal.jar
data="$work/$respondents"
[ -f "$jar" ] || mvn -B -q -DskipTests package
mkdir -p "$work"
[ -f "$data/totals.csv" ] || java -jar "$jar" generate --out "$data" --respondents "$respondents" --seed 1 --register
export WEEGSCHAAL_HOME="$work/home"
timer=(/usr/bin/time -f "%e %M")
rows=()
for ((i = 1; i <= repeats; i++)); do
  rm -f "$work/result.duckdb"
  WEEGSCHAAL_LOG_LEVEL=DEBUG "${timer[@]}" java -jar "$jar" weigh --responses "$data/responses.csv" \
    --frame "$data/frame.csv" --strata sector_cluster,size_class \
    --vars ai_gebruik,banen_verdwijnen,banen_erbij,scholingsbehoefte_verandert,andere_vaardigheden \
    --numeric vacatures,banen_verlies_verwacht,opgeleid,employees --ratio banen_verlies_verwacht/employees \
    --domains size_class,sector_cluster --method stratified --id id \
    --calibrate "$data/totals.csv" --calfun logit --bounds 0.5,2 --out "$work/result.duckdb" > /dev/null 2> "$work/weigh.log"
  grep -E "context ready|step |calibrated" "$work/weigh.log" | sed 's/^[0-9:.]* [A-Z]* *[A-Za-z]* - /  /'
  read -r wall kb < <(tail -1 "$work/weigh.log")
  rows+=("| weegschaal weigh, run $i | $wall s | $((kb / 1024)) MB |")
done
if command -v Rscript > /dev/null && Rscript -e 'library(survey)' > /dev/null 2>&1; then
  "${timer[@]}" Rscript scripts/benchmark-calibration.R "$data" > "$work/r.log" 2>&1 || true
  grep "R survey" "$work/r.log" | sed 's/^/  /'
  read -r wall kb < <(tail -1 "$work/r.log")
  rows+=("| R survey (calibrate + svymean/svytotal/svyratio/svyby) | $wall s | $((kb / 1024)) MB |")
fi
echo
echo "$respondents respondents, calibration (logit [0.5, 2]) on size class + sector + employees, 5 categorical + 4 numeric + 1 ratio, 2 domains"
echo "| run | wall | peak memory |"
echo "| --- | --- | --- |"
printf '%s\n' "${rows[@]}"
