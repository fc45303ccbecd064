#!/bin/sh
# Stale-journal trial (issue 8, item 4): a writer (hubcase-stress-worker hold)
# holds a hot journal on office.hubcase; another office file is renamed over
# it; the writer is killed with SIGKILL; then `hubcase-cli check` runs. The
# replacement's bytes must be unchanged and check must refuse (never play the
# journal, never say "not changed" after a rollback).
#   scripts/trials/stale_journal_trial.sh build/dev [trials=20]
set -u
build=$1; n=${2:-20}
cli=$build/app/hubcase-cli; worker=$build/tests/hubcase-stress-worker
work=$(mktemp -d); changed=0; refused=0
$cli init "$work/seed.hubcase" --demo >/dev/null
mkfifo "$work/in"; exec 3<>"$work/in"   # the worker's stdin: open, never written, so it waits
for i in $(seq 1 "$n"); do
  rm -f "$work"/office.hubcase* "$work"/other.hubcase*
  cp "$work/seed.hubcase" "$work/office.hubcase"
  $cli init "$work/other.hubcase" --office "OT$i" >/dev/null
  fifo="$work/out"; rm -f "$fifo"; mkfifo "$fifo"
  "$worker" "$work/office.hubcase" hold 0 "$i" <&3 > "$fifo" &
  wpid=$!
  read -r line < "$fifo"
  mv "$work/other.hubcase" "$work/office.hubcase"
  kill -9 "$wpid"; wait 2>/dev/null
  before=$(sha256sum < "$work/office.hubcase")
  out=$($cli check "$work/office.hubcase" 2>&1); rc=$?
  after=$(sha256sum < "$work/office.hubcase")
  [ "$before" != "$after" ] && changed=$((changed + 1))
  [ $rc -ne 0 ] && refused=$((refused + 1))
  echo "trial $i: worker said '$line', check exit $rc, changed=$([ "$before" != "$after" ] && echo yes || echo no): $(echo "$out" | head -c 160)"
done
echo "trials=$n refused=$refused replacement_changed=$changed"
exec 3>&-
rm -rf "$work"
