#!/usr/bin/env python3
"""Bit-flip trial (issue 8, item 1): flip random bits in copies of a demo
office file; for each copy run `hubcase-cli check`, then `case add`; count
the copies that are damaged (sqlite integrity_check), flagged (check exits
non-zero) and written to (a damaged copy whose bytes changed). Written must
be 0.

    scripts/trials/bitflip_trial.py build/dev/app/hubcase-cli [trials=40] [seed=8] [bits=16] [add-only]

With `add-only`, `case add` runs on each copy without a `check` first, so only
the open-time check stands between the damage and the write.
"""
import hashlib, os, random, shutil, sqlite3, subprocess, sys, tempfile

cli = sys.argv[1]
trials = int(sys.argv[2]) if len(sys.argv) > 2 else 40
seed = int(sys.argv[3]) if len(sys.argv) > 3 else 8
bits = int(sys.argv[4]) if len(sys.argv) > 4 else 16
add_only = len(sys.argv) > 5 and sys.argv[5] == "add-only"
rng = random.Random(seed)
work = tempfile.mkdtemp(prefix="bitflip-")
demo = os.path.join(work, "demo.hubcase")
subprocess.run([cli, "init", demo, "--demo"], check=True, stdout=subprocess.DEVNULL)
size = os.path.getsize(demo)

def digest(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

def damaged(path):
    try:
        c = sqlite3.connect("file:%s?mode=ro&immutable=1" % path, uri=True)
        r = c.execute("PRAGMA integrity_check(1)").fetchone()[0]
        c.close()
        return r != "ok"
    except sqlite3.DatabaseError:
        return True

counts = {"damaged": 0, "flagged": 0, "damaged_flagged": 0, "written": 0, "damaged_written": 0}
for i in range(trials):
    path = os.path.join(work, "t%02d.hubcase" % i)
    shutil.copyfile(demo, path)
    with open(path, "r+b") as f:
        for _ in range(bits):
            at = rng.randrange(100, size)   # past the 100-byte header: a flipped header is refused outright
            f.seek(at)
            b = f.read(1)[0]
            f.seek(at)
            f.write(bytes([b ^ (1 << rng.randrange(8))]))
    is_damaged = damaged(path)
    before = digest(path)
    check = None if add_only else subprocess.run([cli, "check", path], capture_output=True)
    add = subprocess.run([cli, "case", "add", path, "--type", "provider-query", "--ccg", "06A",
                          "--received", "2026-11-23", "--title", "Bit-flip trial"], capture_output=True)
    changed = digest(path) != before
    counts["damaged"] += is_damaged
    flagged = (add.returncode != 0) if add_only else (check.returncode != 0)
    counts["flagged"] += flagged
    counts["damaged_flagged"] += is_damaged and flagged
    counts["written"] += changed
    counts["damaged_written"] += is_damaged and changed
    print("t%02d damaged=%d check=%d add=%d written=%d" % (i, is_damaged, -1 if add_only else check.returncode, add.returncode, changed))
print("trials=%d damaged=%d flagged=%d damaged_flagged=%d written(any)=%d damaged_written=%d"
      % (trials, counts["damaged"], counts["flagged"], counts["damaged_flagged"], counts["written"], counts["damaged_written"]))
shutil.rmtree(work)
sys.exit(1 if counts["damaged_written"] else 0)
