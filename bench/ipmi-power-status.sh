#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# dxctl power status vs FreeIPMI's ipmi-power on the lab's 46 BMCs.
#
#   bench/ipmi-power-status.sh BUILD_DIR [REPETITIONS]
#
# Starts a private lab (state folder in /tmp, port $DXLAB_PORT or 1642), then runs,
# interleaved, REPETITIONS times (default 7):
#   dxctl --inventory STATE/inventory.json --password-file F power status all
#   ipmi-power -D LAN_2_0 -h '127.0.1.[1-46]:PORT' --config-file STATE/freeipmi.conf
#              -l admin -W opensesspriv,nochecksumcheck -F 8 --stat
#   the same ipmi-power without -F (its default fanout)
# Same user, password (from a 0600 file, never the command line), privilege, IPMI 2.0,
# cipher suite 3 and workaround flags as the inventory. Prints every time, the
# medians, the ratio, and how many hosts each run got an answer from. Stops the lab.
set -eu

build=${1:?usage: $0 BUILD_DIR [REPETITIONS]}
reps=${2:-7}
here=$(cd "$(dirname "$0")/.." && pwd)
port=${DXLAB_PORT:-1642}
state=$(mktemp -d /tmp/dxbench-ipmi.XXXXXX)
dxctl="$build/app/dxctl"
export DXLAB_STATE_DIR="$state"

cleanup() { "$here/lab/dxlab" stop >/dev/null 2>&1 || true; rm -rf "$state"; }
trap cleanup EXIT INT TERM

"$here/lab/dxlab" start --port "$port" --boot-speed 0.05 >/dev/null
pwfile="$state/password"
( umask 077; sed -n 's/^password //p' "$state/freeipmi.conf" > "$pwfile" )
hosts="127.0.1.[1-46]:$port"

# seconds.milliseconds of one command; its stdout goes to $out
out=$(mktemp)
timed() {
    start=$(date +%s.%N)
    "$@" >"$out" 2>/dev/null || true
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
ok_dxctl() { grep -c ': \(on\|off\)$' "$out" || true; }
ok_ipmipower() { grep -c ': \(on\|off\)$' "$out" || true; }

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

printf 'run  dxctl(default fanout)  ipmi-power -F 8  ipmi-power (default)\n'
dx_times=""; f8_times=""; fd_times=""
i=1
while [ "$i" -le "$reps" ]; do
    t1=$(timed "$dxctl" --inventory "$state/inventory.json" --password-file "$pwfile" power status all); n1=$(ok_dxctl)
    t2=$(timed ipmi-power -D LAN_2_0 -h "$hosts" --config-file "$state/freeipmi.conf" -l admin \
        -W opensesspriv,nochecksumcheck -F 8 --stat); n2=$(ok_ipmipower)
    t3=$(timed ipmi-power -D LAN_2_0 -h "$hosts" --config-file "$state/freeipmi.conf" -l admin \
        -W opensesspriv,nochecksumcheck --stat); n3=$(ok_ipmipower)
    printf '%3d  %6.3f s (%2d/46 ok)     %6.3f s (%2d/46)  %6.3f s (%2d/46)\n' "$i" "$t1" "$n1" "$t2" "$n2" "$t3" "$n3"
    dx_times="$dx_times $t1"; f8_times="$f8_times $t2"; fd_times="$fd_times $t3"
    i=$((i + 1))
done
rm -f "$out"
m_dx=$(echo "$dx_times" | tr ' ' '\n' | grep . | median)
m_f8=$(echo "$f8_times" | tr ' ' '\n' | grep . | median)
m_fd=$(echo "$fd_times" | tr ' ' '\n' | grep . | median)
printf 'median: dxctl %.3f s, ipmi-power -F 8 %.3f s, ipmi-power default fanout %.3f s\n' "$m_dx" "$m_f8" "$m_fd"
printf 'ratio dxctl / ipmi-power -F 8: %.2f\n' "$(echo "$m_dx / $m_f8" | bc -l)"
