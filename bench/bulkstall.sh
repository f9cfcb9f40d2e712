#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The GUI thread's longest stall during a 46-slot bulk action, on a private lab.
#
#   bench/bulkstall.sh BUILD_DIR [REPETITIONS] [--power] [--trace MS]
#
# Starts a lab (state folder in /tmp, port $DXLAB_PORT or 1643), runs
# BUILD_DIR/bench/bench_bulkstall on the offscreen platform, stops the lab.
#
# The lab's 46 simulated BMCs run on the same cores as the GUI, which real BMCs
# do not. LAB_CPUS=1 GUI_CPUS=0 (taskset CPU lists) keep them apart, to see the
# GUI thread's stalls without the simulators' competition for the CPU.
set -eu

build=${1:?usage: $0 BUILD_DIR [REPETITIONS] [--power] [--trace MS]}
shift
here=$(cd "$(dirname "$0")/.." && pwd)
port=${DXLAB_PORT:-1643}
state=$(mktemp -d /tmp/dxbench-stall.XXXXXX)
export DXLAB_STATE_DIR="$state"

cleanup() { "$here/lab/dxlab" stop >/dev/null 2>&1 || true; rm -rf "$state"; }
trap cleanup EXIT INT TERM

lab_pin=
gui_pin=
[ -n "${LAB_CPUS:-}" ] && lab_pin="taskset -c $LAB_CPUS"
[ -n "${GUI_CPUS:-}" ] && gui_pin="taskset -c $GUI_CPUS"
$lab_pin "$here/lab/dxlab" start --port "$port" --boot-speed 0.05 >/dev/null
QT_QPA_PLATFORM=offscreen $gui_pin "$build/bench/bench_bulkstall" "$@"
