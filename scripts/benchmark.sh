#!/usr/bin/env bash
# The benchmark of issue 15's workloads, JVM start to finished files, each beside R's survey on the same
# data where R (with the survey package) is installed, printed as one table:
#   sample   the bundled sample wave: `run` (result + workbook), `run` again (already done), `status`;
#            R: every stratified proportion of the same 2,306 establishments (sample-data/synthetic)
#   weigh    weigh, RESPONDENTS generated respondents (default 1,000,000, 48 strata, 7 variables, 2 domain
#            variables), --method stratified, poststratify and rake; R: scripts/benchmark.R
#   calibration  weigh calibrated (logit, bounds 0.5-2, size class + sector + employees) with 5 categorical
#            and 4 numeric variables and a ratio; R: scripts/benchmark-calibration.R
#   wave     the wave job on generated raw exports of RESPONDENTS records (96% CATI CSV, 4% CAWI XLSX)
#
#   scripts/benchmark.sh [--repeats N] [--respondents N] [--r-limit SECONDS] [--no-r] [WORKLOAD...]
#
# weegschaal is started with the launcher (./weegschaal: Java 25's ahead-of-time cache when Java 25 is
# on the machine); its first run of each command makes the cache and is not timed. Each workload is run
# REPEATS times (default 3): the table gives the fastest and the slowest wall time and the largest peak
# memory (GNU time), and the phases of the fastest run (start-up until the job's context is ready, then
# each step, from the job's own log). R gets one run per workload, stopped after --r-limit seconds
# (default 1800). Generated data is kept under target/benchmark/ and made again only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."
repeats=3
respondents=1000000
r_limit=1800
use_r=1
workloads=()
while [ $# -gt 0 ]; do
  case $1 in
    --repeats) repeats=$2; shift 2 ;;
    --respondents) respondents=$2; shift 2 ;;
    --r-limit) r_limit=$2; shift 2 ;;
    --no-r) use_r=0; shift ;;
    sample | weigh | calibration | wave) workloads+=("$1"); shift ;;
    *) echo "usage: scripts/benchmark.sh [--repeats N] [--respondents N] [--r-limit S] [--no-r] [sample|weigh|calibration|wave...]" >&2; exit 2 ;;
  esac
done
[ ${#workloads[@]} -gt 0 ] || workloads=(sample weigh calibration wave)
[ -x /usr/bin/time ] || { echo "GNU time is needed: apt-get install time" >&2; exit 2; }
if [ "$use_r" = 1 ] && ! { command -v Rscript > /dev/null && Rscript -e 'library(survey)' > /dev/null 2>&1; }; then
  echo "R with the survey package is not installed (apt-get install r-cran-survey): weegschaal only" >&2
  use_r=0
fi

work=target/benchmark
mkdir -p "$work"
[ -f target/weegschaal.jar ] || mvn -B -q -DskipTests package
export WEEGSCHAAL_HOME="$work/home"
weegschaal=./weegschaal
vars=ai_gebruik,banen_verdwijnen,banen_erbij,scholingsbehoefte_verandert,andere_vaardigheden,personeelstekort_opgelost,functies_veranderen_sterk
rows=()

# time_runs LABEL SETUP -- COMMAND...: REPEATS timed runs (SETUP before each, untimed); adds a table row
time_runs() {
  local label=$1 setup=$2 walls=() best="" best_log="" peak=0 wall kb log
  shift 3
  for ((i = 1; i <= repeats; i++)); do
    eval "$setup"
    log="$work/run-$i.log"
    WEEGSCHAAL_LOG_LEVEL=DEBUG /usr/bin/time -f "%e %M" "$@" > /dev/null 2> "$log" || true
    read -r wall kb < <(tail -1 "$log")
    walls+=("$wall")
    [ "$kb" -gt "$peak" ] && peak=$kb
    if [ -z "$best" ] || awk "BEGIN {exit !($wall < $best)}"; then best=$wall; best_log="$work/best.log"; cp "$log" "$best_log"; fi
  done
  local slowest
  slowest=$(printf '%s\n' "${walls[@]}" | sort -n | tail -1)
  rows+=("| $label | $best-$slowest s | $((peak / 1024)) MB | $(phases "$best_log") |")
  echo "  $label: ${walls[*]} s" >&2
}

# the start-up and the steps of a run, from its DEBUG log: "start 0.9, ingest 0.5, ..."
phases() {
  awk '
    /context ready/ { for (i = 1; i <= NF; i++) if ($i == "ready") printf "start %.1f", $(i + 1) / 1000 }
    /DEBUG JobRunner - step [a-zA-Z]*: / {
      name = $6; sub(":", "", name)
      for (i = 1; i <= NF; i++) if ($i == "in") ms = $(i + 1)
      sub("ingestExports", "ingest", name); sub("deriveStrata", "strata", name); sub("computeWeights", "weights", name)
      sub("estimateTables", "estimates", name); sub("publishWorkbook", "workbook", name)
      printf ", %s %.1f", name, ms / 1000
    }' "$1"
}

# r_run LABEL ARGS...: one timed run of Rscript ARGS, stopped after r_limit seconds; adds a table row
r_run() {
  local label=$1 log="$work/r.log" wall kb
  shift
  [ "$use_r" = 1 ] || return 0
  if timeout "$r_limit" /usr/bin/time -f "%e %M" Rscript "$@" > "$log" 2>&1; then
    read -r wall kb < <(tail -1 "$log")
    rows+=("| R survey: $label | $wall s | $((kb / 1024)) MB | $(grep -o 'read.*' "$log" | head -1) |")
  else
    rows+=("| R survey: $label | > $r_limit s (stopped) | | |")
  fi
  echo "  R $label done" >&2
}

warm_up() { "$@" > /dev/null 2>&1 || true; } # the launcher's first run of a command makes its cache

sample() {
  local dir=$work/sample
  rm -rf "$dir" && mkdir -p "$dir/jobs" "$dir/sample-data"
  cp jobs/wave-2024.yml "$dir/jobs/" && cp -r sample-data/wave-2024 "$dir/sample-data/"
  warm_up $weegschaal run "$dir/jobs/wave-2024.yml"
  warm_up $weegschaal status "$dir/jobs/wave-2024.yml"
  time_runs "sample wave (2,306), run: result + workbook" "rm -rf $dir/out" -- $weegschaal run "$dir/jobs/wave-2024.yml"
  time_runs "sample wave, run when already done" ":" -- $weegschaal run "$dir/jobs/wave-2024.yml"
  time_runs "sample wave, status" ":" -- $weegschaal status "$dir/jobs/wave-2024.yml"
  r_run "sample (2,306), stratified, same cells" scripts/benchmark.R sample-data/synthetic stratified "$vars" size_class,sector_cluster
}

weigh() {
  local data=$work/weigh-$respondents method
  [ -f "$data/responses.csv" ] || java -jar target/weegschaal.jar generate --out "$data" --respondents "$respondents" --seed 1
  for method in stratified poststratify rake; do
    local args=(weigh --responses "$data/responses.csv" --frame "$data/frame.csv" --strata sector_cluster,size_class
      --vars "$vars" --domains size_class,region --method "$method" --id id --out "$work/weigh.duckdb")
    warm_up $weegschaal "${args[@]}"
    time_runs "weigh $respondents, $method" "rm -f $work/weigh.duckdb" -- $weegschaal "${args[@]}"
    r_run "weigh $respondents, $method" scripts/benchmark.R "$data" "$method" "$vars" size_class,region
  done
}

calibration() {
  local data=$work/calibration-$respondents
  [ -f "$data/totals.csv" ] || java -jar target/weegschaal.jar generate --out "$data" --respondents "$respondents" --seed 1 --register
  local args=(weigh --responses "$data/responses.csv" --frame "$data/frame.csv" --strata sector_cluster,size_class
    --vars ai_gebruik,banen_verdwijnen,banen_erbij,scholingsbehoefte_verandert,andere_vaardigheden
    --numeric vacatures,banen_verlies_verwacht,opgeleid,employees --ratio banen_verlies_verwacht/employees
    --domains size_class,sector_cluster --method stratified --id id
    --calibrate "$data/totals.csv" --calfun logit --bounds 0.5,2 --out "$work/calibration.duckdb")
  warm_up $weegschaal "${args[@]}"
  time_runs "weigh $respondents, calibration + numeric" "rm -f $work/calibration.duckdb" -- $weegschaal "${args[@]}"
  r_run "weigh $respondents, calibration + numeric" scripts/benchmark-calibration.R "$data"
}

wave() {
  local dir=$work/wave-$respondents
  if [ ! -f "$dir/sample-data/wave-2024/cati.csv" ]; then
    java -jar target/weegschaal.jar generate --exports --out "$dir/sample-data/wave-2024" --respondents "$respondents" \
      --cawi-share 0.04 --seed 1
  fi
  mkdir -p "$dir/jobs" && cp jobs/wave-2024.yml "$dir/jobs/"
  warm_up $weegschaal run "$dir/jobs/wave-2024.yml"
  time_runs "wave job, $respondents records" "rm -rf $dir/out" -- $weegschaal run "$dir/jobs/wave-2024.yml"
}

for workload in "${workloads[@]}"; do
  echo "== $workload" >&2
  "$workload"
done

echo
echo "$(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB; weegschaal started by ./weegschaal ($(./weegschaal --version 2>&1 | head -1)); $repeats runs each"
echo "| workload | wall (fastest-slowest) | peak memory | phases of the fastest run (s) |"
echo "| --- | --- | --- | --- |"
printf '%s\n' "${rows[@]}"
