#!/usr/bin/env python3
"""Times shell commands interleaved: every round runs each command once, in a shuffled order, so
a burst of load on a shared machine hits all rows alike. Prints the median wall and CPU (user +
system of the command's processes) time per command and the ratio of medians to the first row
named REFERENCE (or the first row).

  interleave.py RUNS WARMUP PREPARE REFERENCE NAME COMMAND [NAME COMMAND ...]
PREPARE runs (untimed) before every timed command; REFERENCE names the row ratios are taken to.
"""
import os
import random
import resource
import statistics
import subprocess
import sys
import time

runs, warmup, prepare, reference = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
rows = list(zip(sys.argv[5::2], sys.argv[6::2]))
wall = {name: [] for name, _ in rows}
cpu = {name: [] for name, _ in rows}


def once(command):
    subprocess.run(prepare, shell=True, check=False)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return elapsed * 1000, used * 1000


for r in range(warmup + runs):
    order = rows[:]
    random.shuffle(order)
    for name, command in order:
        w, c = once(command)
        if r >= warmup:
            wall[name].append(w)
            cpu[name].append(c)

ref = statistics.median(wall.get(reference) or wall[rows[0][0]])
print(f"| command | median wall ms | min ms | median CPU ms | x {reference} |")
print("| --- | ---: | ---: | ---: | ---: |")
for name, _ in rows:
    m = statistics.median(wall[name])
    print(f"| {name} | {m:.0f} | {min(wall[name]):.0f} | {statistics.median(cpu[name]):.0f} | {m / ref:.2f} |")
print(f"\n{runs} interleaved rounds after {warmup} warm-up; load average {os.getloadavg()[0]:.1f} at the end")
