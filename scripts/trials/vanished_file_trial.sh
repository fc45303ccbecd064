#!/bin/sh
# Vanished-file trial (issue 8, item 5): `practices import` of a large
# epraccur file while the office file is renamed over (another office file)
# or deleted as soon as the import's journal appears. The import must fail
# (exit non-zero, "moved or replaced while saving"), never report success.
#   scripts/trials/vanished_file_trial.sh build/dev EPRACCUR.csv [trials=10]
set -u
build=$1; csv=$2; n=${3:-10}
cli=$build/app/hubcase-cli
work=$(mktemp -d); ok=0; failed=0; missed=0
for i in $(seq 1 "$n"); do
  rm -f "$work"/*.hubcase*
  $cli init "$work/office.hubcase" >/dev/null
  $cli init "$work/other.hubcase" --office OTHER >/dev/null
  $cli practices import "$work/office.hubcase" "$csv" > "$work/out" 2>&1 &
  ipid=$!
  while [ ! -e "$work/office.hubcase-journal" ] && kill -0 $ipid 2>/dev/null; do :; done
  if [ $((i % 2)) -eq 0 ]; then mv "$work/other.hubcase" "$work/office.hubcase"; how=renamed-over; else rm "$work/office.hubcase"; how=deleted; fi
  wait $ipid; rc=$?
  if grep -q "moved or replaced" "$work/out"; then failed=$((failed + 1));
  elif [ $rc -eq 0 ]; then ok=$((ok + 1)); else missed=$((missed + 1)); fi
  echo "trial $i ($how): exit $rc: $(head -c 200 "$work/out")"
done
echo "trials=$n reported_success=$ok failed_loudly=$failed other=$missed"
rm -rf "$work"
