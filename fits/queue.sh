#!/bin/sh
# The fits still to run for model 3.0 (issue 17) and line model 2.0 (issue 18), one after another: two fits at once on
# 2 cores only slow both. Each command resumes where it stopped (full state in $HWCHAR_RUNS or ~/.cache/hwchar/runs,
# else the fallback in fits/NAME), so after a stop the same line starts the queue again. From the repository root:
#   nohup sh fits/queue.sh >> ~/.cache/hwchar/runs/log.txt 2>&1 &
# This folder goes when the models ship (git rm -r fits/).
set -e
export TF_CPP_MIN_LOG_LEVEL=2 PYTHONUNBUFFERED=1
R=${HWCHAR_RUNS:-$HOME/.cache/hwchar/runs}
fin() { grep -qs '"status": "finished"' "$R/$1/state.json"; }   # a run this machine finished: the same command would start it again
fin v3 || hwchar train --recipe v3 --config fits/tune5/best_config.json --run v3 --quiet                                  # model 3.0: 30 epochs
fin baseline4 || hwchar train --recipe baseline --reject 0 --epochs 6 --run baseline4 --name baseline_model --quiet              # the reference recipe
fin initial4 || hwchar train --recipe baseline --reject 0 --subset 0.2 --epochs 6 --run initial4 --name initial_model --quiet   # the initial model
[ -f $R/v3/export/cnn_model.json ] || hwchar export $R/v3/cnn_model.keras --out $R/v3/export --version 3.0.0                                          # staged, not shipped
[ -s $R/v3/evaluate-3.0.0.txt ] || hwchar evaluate --models $R/v3/export --baseline $R/baseline4/baseline_model.keras > $R/v3/e3.tmp && mv $R/v3/e3.tmp $R/v3/evaluate-3.0.0.txt      # the dev groups, paired with
[ -s $R/v3/evaluate-2.0.0.txt ] || hwchar evaluate > $R/v3/e2.tmp && mv $R/v3/e2.tmp $R/v3/evaluate-2.0.0.txt                                                                       # 2.0.0 on the same images
hwchar train-lines --run lines2 --prepare-only --workers 2 --quiet                                              # line model 2.0's lines
fin lines2 || hwchar train-lines --run lines2 --quiet                                                                          # its size measured, then fitted
