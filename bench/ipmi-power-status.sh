#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
#
# dxctl power status vs FreeIPMI's ipmi-power on the lab's 46 BMCs.
#
#   bench/ipmi-power-status.sh BUILD_DIR [REPETITIONS] [FANOUTS]
#
# Starts a private lab (state folder in /tmp, port $DXLAB_PORT or 1642), then runs,
# alternating within each of REPETITIONS rounds (default 9; at least 7 is sensible):
#   dxctl --inventory STATE/inventory.json --password-file F power status all
#   ipmi-power -D LAN_2_0 -h '127.0.1.[1-46]:PORT' --config-file STATE/freeipmi.conf
#              -l admin -W opensesspriv,nochecksumcheck -F N --stat
#     for every N in FANOUTS (default "8 16 46")
# and, once at the end, ipmi-power with its default fanout. Same user, password (from
# a 0600 file, never the command line), privilege, IPMI 2.0, cipher suite 3 and
# workaround flags as the inventory. Prints every time (wall clock, and user+system
# CPU time of the process), how many hosts answered, the medians, the ratios of
# dxctl to ipmi-power at -F 8 and at ipmi-power's best fanout, and the load average
# before and after (other work on the machine makes every figure noisier).
set -eu

build=${1:?usage: $0 BUILD_DIR [REPETITIONS] [FANOUTS]}
reps=${2:-9}
fanouts=${3:-8 16 46}
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
out="$state/out"
times="$state/times"

# timed LABEL COMMAND...: runs it; appends "LABEL WALL CPU OK" to $times, prints "WALL/CPU (OK)"
timed() {
    label=$1
    shift
    start=$(date +%s.%N)
    /usr/bin/time -f '%U %S' -o "$state/time" "$@" >"$out" 2>/dev/null || true
    end=$(date +%s.%N)
    ok=$(grep -c ': \(on\|off\)$' "$out" || true)
    wall=$(echo "$end - $start" | bc)
    read -r user sys <<EOF
$(tail -n 1 "$state/time")
EOF
    cpu=$(echo "$user + $sys" | bc)
    echo "$label $wall $cpu $ok" >>"$times"
    printf '%6.3f/%5.3f (%2d)' "$wall" "$cpu" "$ok"
}
# ipmi-power's options but the fanout (/usr/bin/time runs programs, not shell functions)
set -- -D LAN_2_0 -h "$hosts" --config-file "$state/freeipmi.conf" -l admin \
    -W opensesspriv,nochecksumcheck --stat
median() { sort -n | awk '{a[NR]=$1} END {if (NR) print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
column_of() { awk -v l="$1" -v c="$2" '$1 == l {print $c}' "$times" | median; }

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf 'wall/CPU seconds (hosts answered)\n run  %-21s' "dxctl (default)"
for f in $fanouts; do printf '  %-21s' "ipmi-power -F $f"; done
echo
i=1
while [ "$i" -le "$reps" ]; do
    printf '%4d  ' "$i"
    timed dxctl "$dxctl" --inventory "$state/inventory.json" --password-file "$pwfile" \
        power status all
    for f in $fanouts; do
        printf '      '
        timed "F$f" ipmi-power "$@" -F "$f"
    done
    echo
    i=$((i + 1))
done
printf 'once  ipmi-power with its default fanout: '
timed default ipmi-power "$@"
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

m_dx=$(column_of dxctl 2)
printf 'median wall: dxctl %.3f s (CPU %.3f s)' "$m_dx" "$(column_of dxctl 3)"
best=""
best_f=""
for f in $fanouts; do
    m=$(column_of "F$f" 2)
    printf ', ipmi-power -F %s %.3f s (CPU %.3f s)' "$f" "$m" "$(column_of "F$f" 3)"
    if [ -z "$best" ] || [ "$(echo "$m < $best" | bc)" = 1 ]; then best=$m best_f=$f; fi
done
echo
m_f8=$(column_of F8 2)
if [ -n "$m_f8" ]; then
    printf 'ratio dxctl / ipmi-power -F 8: %.2f\n' "$(echo "$m_dx / $m_f8" | bc -l)"
fi
printf 'ratio dxctl / ipmi-power at its best fanout (-F %s): %.2f\n' "$best_f" \
    "$(echo "$m_dx / $best" | bc -l)"
