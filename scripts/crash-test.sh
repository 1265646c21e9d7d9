#!/usr/bin/env bash
# Crash test for operators: runs the wave job on a generated wave of RESPONDENTS establishments, kills
# it with SIGKILL KILLS times, in its start-up and in every step, restarts it after every kill, and
# checks after every completed run that its tables are identical to those of an uninterrupted run
# (`digest`), that no result was ever visible half-written, and that no execution was left running.
# Exit 0 when all held, 1 otherwise.
#
#   scripts/crash-test.sh [KILLS] [RESPONDENTS] [SEED]      (defaults: 20, 200000, random)
#
# The kills land wherever the machine's speed puts the steps: each run logs its steps (batch logging
# on), a kill aimed at a step waits until the run is seen to start it and comes at a random moment
# within the time that step took when last seen, and the run is made to pause at the start of the
# next step (weegschaal.pause-at), so that a step that ends sooner is killed at that boundary instead.
# Bounded: at most MAX_CYCLES cycles (default KILLS), MAX_RUNS runs (default 3 x KILLS) and
# MAX_MINUTES minutes (default 60), settable in the environment; a bound reached first ends the test
# with FAIL, saying how far it got. Everything goes under target/crash-test/; nothing outside it is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
kills_wanted=${1:-20}
respondents=${2:-200000}
seed=${3:-$RANDOM}
max_cycles=${MAX_CYCLES:-$kills_wanted}
max_runs=${MAX_RUNS:-$((3 * kills_wanted))}
max_minutes=${MAX_MINUTES:-60}
jar=${WEEGSCHAAL_JAR:-target/weegschaal.jar} # the program under test
work=target/crash-test/$respondents
RANDOM=$seed
steps=(ingestExports deriveStrata computeWeights estimateTables publish publishWorkbook)
places=(start-up "${steps[@]}")
pausing='pausing [0-9]+ ms in step'

[ -f "$jar" ] || mvn -B -q -DskipTests package
if [ ! -f "$work/data/cati.csv" ]; then
  java -jar "$jar" generate --exports --out "$work/data" --respondents "$respondents" --cawi-share 0.04 --seed 1 > /dev/null
fi
project() { # a project folder with the spec and (hard links to) the exports; $1: its name
  rm -rf "${work:?}/$1"
  mkdir -p "$work/$1/jobs" "$work/$1/sample-data"
  cp -rl "$work/data" "$work/$1/sample-data/wave-2024"
  cp jobs/wave-2024.yml "$work/$1/jobs/"
  echo "$work/$1/jobs/wave-2024.yml"
}
now_ms() { date +%s%3N; }
day_ms() { date +'%H %M %S %3N' | awk '{print (($1 * 60 + $2) * 60 + $3) * 1000 + $4}'; } # as the log's times
digest() { java -jar "$jar" digest "$1"; }
started=$(now_ms)
deadline=$((started + max_minutes * 60000))
kills=0 cycle=0 runs=0 failures=0 turn=0
declare -A millis=() killed_in=()

reached() {
  local where="" p
  for p in "${!killed_in[@]}"; do where+="$p=${killed_in[$p]}, "; done
  echo "$kills of $kills_wanted kills in $cycle cycles, $runs runs, $(( ($(now_ms) - started) / 1000 )) s; where: ${where%, }"
}
bound() { echo "FAIL: reached $1 before $kills_wanted kills: $(reached)"; exit 1; }
check_bounds() {
  [ "$(now_ms)" -lt "$deadline" ] || bound "the time budget of $max_minutes min (MAX_MINUTES)"
  [ "$runs" -lt "$max_runs" ] || bound "the bound of $max_runs runs (MAX_RUNS)"
}

# starts `run $1` in the background, standard error in $log (logs/$3.err, default run-N.err); $2: the step
# to pause at the start of ("": none)
start_run() {
  local options=()
  if [ -n "$2" ]; then # the ingest itself has no listener; its partitions do
    options=("-Dweegschaal.pause-at=$([ "$2" = ingestExports ] && echo ingestExport: || echo "$2")" -Dweegschaal.pause-ms=600000)
  fi
  runs=$((runs + 1))
  log=$work/logs/${3:-run-$runs}.err
  : > "$log"
  launched=$(day_ms)
  WEEGSCHAAL_BATCH_LOG_LEVEL=INFO java "${options[@]}" -jar "$jar" run "$1" > /dev/null 2> "$log" &
  pid=$!
}
# waits until the log has a line matching $1, the run has ended or the time (ms) $2 has come; 0: the line is there
await() {
  while :; do
    grep -qE "$1" "$log" && return 0
    kill -0 "$pid" 2> /dev/null || { grep -qE "$1" "$log"; return; }
    [ "$(now_ms)" -lt "$2" ] || return 1
    sleep 0.02
  done
}
# waits for the run to end, within the time budget; sets rc
finish() {
  while kill -0 "$pid" 2> /dev/null; do
    if [ "$(now_ms)" -ge "$deadline" ]; then
      kill -9 "$pid" 2> /dev/null || true; wait "$pid" 2> /dev/null || true
      bound "the time budget of $max_minutes min (MAX_MINUTES) in $log"
    fi
    sleep 0.05
  done
  rc=0; wait "$pid" 2> /dev/null || rc=$?
}
# the step named in a log line "Executing step: [X]" or "Step: [X] executed in": awk's `step()`
awk_steps='function tod(t, a) { split(t, a, /[:.]/); return ((a[1] * 60 + a[2]) * 60 + a[3]) * 1000 + a[4] }
  function step() { match($0, /\[[^]]*\]/); return substr($0, RSTART + 1, RLENGTH - 2) }'
# remembers how long start-up and each step took in the run of $log, so that the next kills scale with the machine
learn() {
  local place ms
  while read -r place ms; do millis[$place]=$ms; done < <(awk -v launched="$launched" "$awk_steps"'
    function since(t) { return t >= 0 ? t : t + 86400000 }
    /Executing step: \[/ { s = step(); if (!seen++) print "start-up", since(tod($1) - launched); begun[s] = tod($1) }
    /Step: \[.*\] executed in/ { s = step(); if (s in begun) print s, since(tod($1) - begun[s]) + 1 }' "$log")
}
# where the killed run of $log was: the innermost step it had started and not ended ("(at its start)"
# when it was pausing there), "after STEP" between steps, or start-up
landing() {
  awk "$awk_steps"'
    /Executing step: \[/ { open[++n] = step(); paused = 0; next }
    /Step: \[.*\] executed in/ { s = step(); for (i = n; i > 0; i--) if (open[i] == s) { for (j = i; j < n; j++) open[j] = open[j + 1]; n--; break }
                                 last = s; paused = 0; next }
    /'"$pausing"'/ { paused = 1 }
    END { if (n > 0) print open[n] (paused ? " (at its start)" : ""); else if (last != "") print "after " last; else print "start-up" }' "$log"
}
place() { local p=${1% (at its start)}; [[ $p == ingestExport* ]] && p=ingestExports; echo "$p"; } # of a landing
next_step() { local i; for i in "${!steps[@]}"; do [ "${steps[$i]}" = "$1" ] && echo "${steps[$((i + 1))]:-}"; done; return 0; }
# the step a run begins with after a kill at $1, having begun with $2 ("": none is left)
resume_after() {
  case $1 in
    start-up) echo "$2" ;;
    after\ *) next_step "$(place "${1#after }")" ;;
    *) place "$1" ;;
  esac
}
index_of() { local i; for i in "${!steps[@]}"; do [ "${steps[$i]}" = "$1" ] && echo "$i" && return; done; echo -1; }
# where to kill next: the places in turn, in the run's order, so that kills spread evenly over them; nothing
# when the run, which begins with step $1 ("": none is left), has passed the place whose turn it is
target() {
  local p=${places[$((turn % ${#places[@]}))]}
  if [ "$p" = start-up ] || { [ -n "$1" ] && [ "$(index_of "$p")" -ge "$(index_of "$1")" ]; }; then echo "$p"; fi
}
# a run of $spec killed in $1 (start-up or a step), which begins with step $2; sets rc and landed
kill_run() {
  local anchor moment ms
  turn=$((turn + 1))
  start_run "$spec" "$([ "$1" = start-up ] && echo "$2" || next_step "$1")"
  anchor=$(now_ms)
  if [ "$1" != start-up ]; then
    if ! await "Executing step: \[$1\]|$pausing" "$deadline"; then
      kill -0 "$pid" 2> /dev/null && { kill -9 "$pid"; bound "the time budget of $max_minutes min (MAX_MINUTES) before $1 in $log"; }
      finish; learn; landed=""; return
    fi
    anchor=$(now_ms)
  fi
  ms=${millis[$1]:-1000}
  moment=$((anchor + (RANDOM << 15 | RANDOM) % (ms > 0 ? ms : 1)))
  [ "$moment" -lt "$deadline" ] || moment=$deadline
  await "$pausing" "$moment" || true
  kill -9 "$pid" 2> /dev/null || true
  rc=0; wait "$pid" 2> /dev/null || rc=$? # (no "Killed" line from bash for each kill)
  learn
  landed=$([ "$rc" -eq 137 ] && landing || true)
}

echo "crash test: $kills_wanted kills, $respondents respondents, seed $seed (scripts/crash-test.sh $kills_wanted $respondents $seed)"
echo "bounds: $max_cycles cycles, $max_runs runs, $max_minutes min"
reference=$(project reference)
spec=$(project killed)
result=$work/killed/out/wave-2024.duckdb
rm -rf "$work/logs" && mkdir -p "$work/logs"
start_run "$reference" "" reference
finish
[ "$rc" -eq 0 ] || { echo "the uninterrupted run failed:"; cat "$log"; exit 1; }
learn
runs=0
expected=$(digest "$work/reference/out/wave-2024.duckdb")
echo "uninterrupted run: $(( $(now_ms) - started )) ms (start-up ${millis[start-up]:-?} ms)"

while [ "$kills" -lt "$kills_wanted" ]; do
  [ "$cycle" -lt "$max_cycles" ] || bound "the bound of $max_cycles cycles (MAX_CYCLES)"
  cycle=$((cycle + 1))
  # a slightly different spec is a new run of the wave, to be killed again from its start
  sed -i "s/max_share: [0-9.]*/max_share: 0.05$cycle/" "$spec"
  resume=${steps[0]} completed=0
  planned=$((3 + RANDOM % 3))
  [ "$planned" -le $((kills_wanted - kills)) ] || planned=$((kills_wanted - kills))
  for ((k = 0; k < planned && completed == 0; k++)); do
    check_bounds
    aim=$(target "$resume")
    [ -n "$aim" ] || break # passed: the run is completed first
    kill_run "$aim" "$resume"
    if [ "$rc" -eq 137 ]; then
      kills=$((kills + 1))
      killed_in[$landed]=$(( ${killed_in[$landed]:-0} + 1 ))
      printf 'kill %2d (cycle %d, run %d): aimed at %s, landed: %s\n' "$kills" "$cycle" "$runs" "$aim" "$landed"
      resume=$(resume_after "$landed" "$resume")
      if [ -f "$result" ] && ! digest "$result" > /dev/null 2>&1; then
        echo "FAIL: a half-written result is visible after kill $kills"; failures=$((failures + 1))
      fi
    elif [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ]; then
      # only a kill aimed at the last step can come too late: the run then completed the wave
      echo "cycle $cycle: run $runs, to be killed in $aim, completed first ($log)"; completed=1
    else
      echo "FAIL: run $runs ended with exit $rc (see $log)"; failures=$((failures + 1)); completed=1
    fi
  done
  if [ "$completed" -eq 0 ]; then
    check_bounds
    start_run "$spec" ""
    finish
    [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ] || { echo "FAIL: the run after the kills ended with exit $rc (see $log)"; failures=$((failures + 1)); }
  fi
  if [ "$(digest "$result")" = "$expected" ]; then
    echo "cycle $cycle: completed, tables identical to the uninterrupted run"
  else
    echo "FAIL: cycle $cycle ended with tables that differ from the uninterrupted run:"
    diff <(echo "$expected") <(digest "$result") || true
    failures=$((failures + 1))
  fi
  if ! status=$(java -jar "$jar" status "$spec" 2>&1); then
    echo "FAIL: status failed after cycle $cycle: $status"; failures=$((failures + 1))
  elif grep -E ' (STARTING|STARTED|STOPPING|UNKNOWN)[ ,]' <<< "$status"; then
    echo "FAIL: executions or steps left running after cycle $cycle (above)"; failures=$((failures + 1))
  fi
  [ "$failures" -eq 0 ] || break
done
echo "kills by where they landed:"
for where in "${!killed_in[@]}"; do printf '  %-40s %d\n' "$where" "${killed_in[$where]}"; done | sort
if [ "$failures" -eq 0 ]; then echo "PASS: $(reached)"; exit 0; fi
echo "FAIL: $failures problems; $(reached)"; exit 1
