#!/usr/bin/env bash
# Crash test for operators: runs the wave job on a generated wave of RESPONDENTS establishments, kills
# it with SIGKILL at random moments (start-up, every step, between steps) KILLS times, restarts it
# after every kill, and checks after every completed run that its tables are identical to those of
# an uninterrupted run (`digest`), that no result was ever visible half-written, and that no run was
# left that the next one could not continue. Exit 0 when all held, 1 otherwise.
#
#   scripts/crash-test.sh [KILLS] [RESPONDENTS] [SEED]      (defaults: 20, 200000, random)
#
# Everything goes under target/crash-test/; nothing outside it is touched.
set -euo pipefail
cd "$(dirname "$0")/.."
kills_wanted=${1:-20}
respondents=${2:-200000}
seed=${3:-$RANDOM}
jar=${WEEGSCHAAL_JAR:-target/weegschaal.jar} # the program under test
work=target/crash-test/$respondents
RANDOM=$seed

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
# the wave's executions in the job repository, and the step the last one is in ("?": status failed)
status_of() { java -jar "$jar" status "$spec" 2> /dev/null || echo "?"; }
runs() { local s; s=$(status_of); [ "${s: -1}" = "?" ] && echo "?" || grep -c '^  run ' <<< "$s" || true; }
digest() { java -jar "$jar" digest "$1"; }

echo "crash test: $kills_wanted kills, $respondents respondents, seed $seed (scripts/crash-test.sh $kills_wanted $respondents $seed)"
reference=$(project reference)
start=$(now_ms)
java -jar "$jar" run "$reference" > "$work/reference.log" 2>&1 || { echo "the uninterrupted run failed:"; cat "$work/reference.log"; exit 1; }
span=$(( $(now_ms) - start ))
start=$(now_ms)
java -jar "$jar" run "$reference" > /dev/null 2>&1 || [ $? -eq 3 ] # already done: start-up alone
startup=$(( $(now_ms) - start ))
job=$(( span > startup + 200 ? span - startup : 200 ))
expected=$(digest "$work/reference/out/wave-2024.duckdb")
echo "uninterrupted run: ${span} ms (start-up ${startup} ms)"

spec=$(project killed)
result=$work/killed/out/wave-2024.duckdb
kills=0 cycle=0 failures=0
declare -A killed_in=()
while [ "$kills" -lt "$kills_wanted" ]; do
  cycle=$((cycle + 1))
  # a slightly different spec is a new run of the wave, to be killed again from its start
  sed -i "s/max_share: [0-9.]*/max_share: 0.05$cycle/" "$spec"
  fresh=1 # the first run of a cycle does the whole job; the runs after a kill continue it
  while :; do
    runs_before=$(runs)
    if [ "$kills" -lt "$kills_wanted" ]; then
      # now and then during start-up, otherwise anywhere in the steps that follow it
      if [ $((kills % 5)) -eq 4 ]; then delay=$((RANDOM % startup)); else delay=$((startup + (RANDOM << 15 | RANDOM) % job)); fi
    else
      delay=-1
    fi
    started=$(now_ms)
    java -jar "$jar" run "$spec" >> "$work/killed.log" 2>&1 &
    pid=$!
    if [ "$delay" -ge 0 ]; then
      sleep "$(awk -v ms="$delay" 'BEGIN { printf "%.3f", ms / 1000 }')"
      kill -9 "$pid" 2> /dev/null || true
    fi
    rc=0; wait "$pid" 2> /dev/null || rc=$? # (no "Killed" line from bash for each kill)
    if [ "$rc" -eq 137 ]; then
      kills=$((kills + 1))
      fresh=0
      # the step the killed run was in: the one the job repository still has as STARTED (none: between
      # steps), unless the run was killed before it had even recorded its execution
      status=$(status_of)
      runs_after=$(grep -c '^  run ' <<< "$status" || true)
      if [ "${status: -1}" = "?" ] || [ "$runs_before" = "?" ]; then
        step="unknown (status failed)"
      elif [ "$runs_after" = "$runs_before" ]; then
        step=start-up
      else
        step=$(awk '/^    / && $2 == "STARTED" && s == "" {s = $1} END {print s != "" ? s : "between steps"}' <<< "$status")
      fi
      killed_in[$step]=$(( ${killed_in[$step]:-0} + 1 ))
      printf 'kill %2d after %5d ms: %s\n' "$kills" "$delay" "$step"
      if [ -f "$result" ] && ! digest "$result" > /dev/null 2>&1; then
        echo "FAIL: a half-written result is visible after kill $kills"; failures=$((failures + 1))
      fi
      continue
    fi
    if [ "$delay" -ge 0 ] && [ "$fresh" -eq 1 ] && { [ "$rc" -eq 0 ] || [ "$rc" -eq 3 ]; }; then
      # a whole run completed before the kill: the machine is faster now than when the span was measured
      job=$(( $(now_ms) - started - startup > 200 ? $(now_ms) - started - startup : 200 ))
      echo "cycle $cycle: completed before the kill; kills now within ${job} ms after start-up"
    fi
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
      echo "FAIL: the run after a kill ended with exit $rc (see $work/killed.log)"; failures=$((failures + 1)); break
    fi
    if [ "$(digest "$result")" = "$expected" ]; then
      echo "cycle $cycle: completed, tables identical to the uninterrupted run"
    else
      echo "FAIL: cycle $cycle ended with tables that differ from the uninterrupted run:"
      diff <(echo "$expected") <(digest "$result") || true
      failures=$((failures + 1))
    fi
    break
  done
done
echo "kills by what was running:"
for step in "${!killed_in[@]}"; do printf '  %-28s %d\n' "$step" "${killed_in[$step]}"; done | sort
if [ "$failures" -eq 0 ]; then echo "PASS: $kills kills in $cycle cycles; every run was continued and ended identical"; exit 0; fi
echo "FAIL: $failures problems"; exit 1
