#!/bin/sh
# The fits still to run for model 3.0 (issue 17) and line model 2.0 (issue 18), one after another: two fits at once on
# 2 cores only slow both. Each command resumes where it stopped (full state in $HWCHAR_RUNS or ~/.cache/hwchar/runs,
# else the fallback in fits/NAME), so after a stop the same line starts the queue again. From the repository root:
#   nohup sh fits/queue.sh >> ~/.cache/hwchar/runs/log.txt 2>&1 &
# A run another process is fitting right now is waited for (a fit refuses to start twice). This folder goes when the
# models ship (git rm -r fits/).
set -e
export TF_CPP_MIN_LOG_LEVEL=2 PYTHONUNBUFFERED=1
R=${HWCHAR_RUNS:-$HOME/.cache/hwchar/runs}
fin() { grep -qs '"status": "finished"' "$R/$1/state.json"; }   # a run this machine finished: the same command would start it again
live() { p=$(sed -n 's/.*"pid": *\([0-9]*\).*/\1/p' "$R/$1/state.json" 2>/dev/null); [ -n "$p" ] && grep -qs hwchar /proc/$p/cmdline; }
while live v3; do sleep 60; done
fin v3 || hwchar train --recipe v3 --config fits/tune5/best_config.json --run v3 --quiet                                  # model 3.0: 30 epochs
fin baseline4 || hwchar train --recipe baseline --reject 0 --epochs 6 --run baseline4 --name baseline_model --quiet              # the reference recipe
fin initial4 || hwchar train --recipe baseline --reject 0 --subset 0.2 --epochs 6 --run initial4 --name initial_model --quiet   # the initial model
[ -f $R/v3/export/cnn_model.json ] || hwchar export $R/v3/cnn_model.keras --out $R/v3/export --version 3.0.0                      # staged, not shipped
cp fits/tune5/results.csv $R/v3/export/tune_results.csv; cp fits/tune5/best_config.json $R/v3/export/tune_best_config.json   # the search, for the card
[ -f $R/v3/export/initial_model.json ] || hwchar export $R/initial4/initial_model.keras --out $R/v3/export --name initial_model --version 3.0.0
# 3.0 on every dev group, beside the reference recipe and, on the very same images, the shipped 2.0.0 (paired); the staged card with its figures
[ -s $R/v3/evaluate-3.0.0.txt ] || { hwchar evaluate --models $R/v3/export --baseline $R/baseline4/baseline_model.keras --compare hwchar/models \
    --card > $R/v3/e3.tmp && mv $R/v3/e3.tmp $R/v3/evaluate-3.0.0.txt; }
hwchar train-lines --run lines2 --prepare-only --workers 2 --quiet                                              # line model 2.0's lines
while live lines2; do sleep 60; done
fin lines2 || hwchar train-lines --run lines2 --quiet                                                                          # its size measured, then fitted
