#!/usr/bin/env bash
# Startup to the first window with the sample data (issue 10), measured by the app itself: with
# -Dchimera.startupTiming=exit it logs the time from JVM start until the main window is shown and until the
# sample data is in the views, then quits. Runs the packaged jar under Xvfb (software rendering) N times
# (default 5) and prints every run and the medians. Preferences go to a temporary folder, not the user's.
#   usage: src/bench/startup-time.sh [runs] [folder]   (builds target/chimera-workbench.jar first when missing)
# The folder defaults to sample-data; e.g. target/bench-data/folder-1m times a cold open of the 1 M-row folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
folder=${2:-sample-data}
jar=target/chimera-workbench.jar
[ -f "$jar" ] || mvn -B -o -q -DskipTests package
prefs=$(mktemp -d)
trap 'rm -rf "$prefs"' EXIT
out=$(mktemp)
for i in $(seq "$runs"); do
  xvfb-run -a java -Djava.util.prefs.userRoot="$prefs" -Dprism.order=sw -Dchimera.logLevel=INFO \
      -Dchimera.startupTiming=exit -jar "$jar" "$folder" 2>&1 | grep 'startup:' | tee -a "$out"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
echo "median window shown: $(grep 'window shown' "$out" | sed -E 's/.* ([0-9]+) ms.*/\1/' | median) ms after JVM start"
echo "median data of $folder shown: $(grep 'shown' "$out" | grep 'data of' | sed -E 's/.* ([0-9]+) ms.*/\1/' | median) ms after JVM start"
rm -f "$out"
