#!/bin/sh
# The fit still to run: line model 2.0 (issue 18). Model 3.0's fit, its reference recipe and initial model are finished
# (fits/v3, fits/baseline4, fits/initial4: evaluated, not shipped). The line fit resumes where it stopped (full state in
# $HWCHAR_RUNS or ~/.cache/hwchar/runs, else the fallback in fits/lines2), so after a stop the same line starts it again.
# From the repository root:
#   nohup sh fits/queue.sh >> ~/.cache/hwchar/runs/log.txt 2>&1 &
# What another process is doing right now is waited for (a fit refuses to start twice). fits/lines2 goes when the line
# model ships.
set -e
export TF_CPP_MIN_LOG_LEVEL=2 PYTHONUNBUFFERED=1
R=${HWCHAR_RUNS:-$HOME/.cache/hwchar/runs}
fin() { grep -qs '"status": "finished"' "$R/$1/state.json"; }   # a run this machine finished: the same command would start it again
live() { p=$(sed -n 's/.*"pid": *\([0-9]*\).*/\1/p' "$R/$1/state.json" 2>/dev/null); [ -n "$p" ] && grep -qs hwchar /proc/$p/cmdline; }
while pgrep -f "train-lines --run lines2 --prepare-only" > /dev/null; do sleep 60; done
hwchar train-lines --run lines2 --prepare-only --workers 2 --quiet                  # line model 2.0's lines (seeds already cached are kept)
while live lines2; do sleep 60; done
fin lines2 || hwchar train-lines --run lines2 --quiet                               # its size measured, then fitted
