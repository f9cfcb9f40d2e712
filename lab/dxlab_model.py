# SPDX-License-Identifier: GPL-3.0-or-later
"""Facts about the simulated DX1000 shared by dxlab, dxlab-consoled and the hook.

Everything here is pure data and small helpers: slot numbering, the MAC and IP
scheme (slots 23-32 copied from the seed's mng_niclist table), file locations
inside the state directory and an atomic file writer.
"""

import json
import os
import tempfile

SLOT_COUNT = 46
DEFAULT_PORT = 1623
DEFAULT_BOOT_SPEED = 1.0
DEFAULT_SAVE_DELAY = 3.0

IPMI_USER = "Administrator"
IPMI_PASSWORD = "Administrator"  # the DX1000 factory default, as in the seed

# Switch module 1 as in the seed: `show system` reports ...:62, the ONS is
# one below it and the CMM two below it.
SWITCH1_MAC = "74:D4:35:E9:E2:62"
ONS_MAC = "74:D4:35:E9:E2:61"
CMM_MAC = "74:D4:35:E9:E2:60"

# The seed's `mng_niclist -I 192.168.1.29 -C all` output:
# slot: (Management LAN MAC = BMC, Data LAN-1 = NIC1, Data LAN-2 = NIC2)
SEED_NICLIST = {
    23: ("74:D4:35:83:78:16", "74:D4:35:83:78:14", "74:D4:35:83:78:15"),
    24: ("74:D4:35:83:75:60", "74:D4:35:83:75:5E", "74:D4:35:83:75:5F"),
    25: ("74:D4:35:83:79:1E", "74:D4:35:83:79:1C", "74:D4:35:83:79:1D"),
    26: ("74:D4:35:83:73:D3", "74:D4:35:83:73:D1", "74:D4:35:83:73:D2"),
    27: ("74:D4:35:83:75:75", "74:D4:35:83:75:73", "74:D4:35:83:75:74"),
    28: ("74:D4:35:83:75:54", "74:D4:35:83:75:52", "74:D4:35:83:75:53"),
    29: ("74:D4:35:83:75:3C", "74:D4:35:83:75:3A", "74:D4:35:83:75:3B"),
    30: ("74:D4:35:83:79:45", "74:D4:35:83:79:43", "74:D4:35:83:79:44"),
    31: ("74:D4:35:83:78:52", "74:D4:35:83:78:50", "74:D4:35:83:78:51"),
    32: ("74:D4:35:83:78:55", "74:D4:35:83:78:53", "74:D4:35:83:78:54"),
}

SWITCH_PORTS = 50      # xe1..xe50: xe1-xe46 down links, xe47-xe50 up links
DOWNLINK_PORTS = 46


def parse_slots(text):
    """'1-4,23' -> [1, 2, 3, 4, 23]; raises ValueError with a readable message."""
    slots = set()
    for item in text.split(","):
        item = item.strip()
        if not item:
            raise ValueError("empty item in slot list %r" % text)
        if "-" in item:
            lo, _, hi = item.partition("-")
            try:
                lo, hi = int(lo), int(hi)
            except ValueError:
                raise ValueError("bad slot range %r" % item) from None
            if lo > hi:
                raise ValueError("bad slot range %r (start after end)" % item)
            rng = range(lo, hi + 1)
        else:
            try:
                rng = [int(item)]
            except ValueError:
                raise ValueError("bad slot number %r" % item) from None
        for s in rng:
            if not 1 <= s <= SLOT_COUNT:
                raise ValueError("slot %d out of range 1-%d" % (s, SLOT_COUNT))
            slots.add(s)
    return sorted(slots)


def format_slots(slots):
    """[1, 2, 3, 23] -> '1-3,23'."""
    out = []
    run = []
    for s in sorted(slots):
        if run and s == run[-1] + 1:
            run.append(s)
            continue
        if run:
            out.append(str(run[0]) if len(run) == 1 else "%d-%d" % (run[0], run[-1]))
        run = [s]
    if run:
        out.append(str(run[0]) if len(run) == 1 else "%d-%d" % (run[0], run[-1]))
    return ",".join(out)


def slot_macs(slot):
    """(bmc, nic1, nic2) as upper-case colon strings."""
    if slot in SEED_NICLIST:
        return SEED_NICLIST[slot]
    # Locally administered, same rule as the real modules: NIC1 = BMC - 2,
    # NIC2 = BMC - 1.  "DX" = 0x44 0x58.
    base = "02:44:58:00:%02X:" % slot
    return (base + "12", base + "10", base + "11")


def slot_hostname(slot):
    return "dx1000s%02d" % slot


def slot_bmc_ip(slot):
    return "127.0.1.%d" % slot


def slot_nic_ip(slot):
    """The address the module's NIC1 gets from DHCP in the boot sequence."""
    if 23 <= slot <= 32:
        return "192.168.1.%d" % (68 + slot)   # seed: dx1000s23nic -> .91
    return "192.168.1.%d" % (100 + slot)


def slot_guid_bytes(slot):
    """System GUID as the Intel Boot Agent prints it in the seed.

    The seed's slot 23 shows GUID 14788335 D474 8001 E311 CD7D00741F87: the
    first six bytes are NIC1's MAC reversed; the rest is fixed.
    """
    nic1 = bytes(int(x, 16) for x in slot_macs(slot)[1].split(":"))
    return nic1[::-1] + bytes.fromhex("0180" "11E3" "CD7D00741F87")


def slot_guid_text(slot):
    """'14788335 D474 8001 E311 CD7D00741F87' (Intel Boot Agent layout)."""
    g = slot_guid_bytes(slot).hex().upper()
    return "%s %s %s %s %s" % (g[0:8], g[8:12], "8001", "E311", g[20:32])


def mac_spaced(mac):
    """'74:D4:35:83:78:14' -> '74 D4 35 83 78 14' (Intel Boot Agent style)."""
    return mac.replace(":", " ").upper()


# ---- state directory layout -------------------------------------------------

def default_state_dir():
    return os.environ.get("DXLAB_STATE_DIR") or "/tmp/dxlab-%d" % os.getuid()


def slot_dir(state, slot):
    return os.path.join(state, "slots", "%02d" % slot)


def switch_dir(state):
    return os.path.join(state, "switch1")


def write_atomic(path, text, mode=0o644):
    """Write text to path via a temporary file in the same folder + rename."""
    folder = os.path.dirname(path) or "."
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".",
                               dir=folder)
    try:
        with os.fdopen(fd, "w") as f:
            f.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_json_atomic(path, data, mode=0o644):
    write_atomic(path, json.dumps(data, indent=2) + "\n", mode)


def read_text(path, default=None):
    try:
        with open(path) as f:
            return f.read().strip()
    except OSError:
        return default
