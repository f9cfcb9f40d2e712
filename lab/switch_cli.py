# SPDX-License-Identifier: GPL-3.0-or-later
"""Serial console of DX1000 network switch module 1 (Open Network Software CLI).

The login and `show system` text follow the seed talk word for word; the
commands are the ones of the seed's appendix (VLAN and uplink set-up) plus a
few read-only `show` commands.  Errors use one Cisco-like style:

    Switch (config)#interface range xe0
                                    ^
    % Invalid input detected at '^' marker.

`% Incomplete command.` when arguments are missing, `% Ambiguous command:
"s"` when an abbreviation matches several keywords.  Keywords may be
abbreviated to any unique prefix (`conf`, `sh sys`).

Pure class: bytes in through feed(), text out through `emit`, time passed in
by the caller.  `on_change(config_dict)` runs after every command line and
`on_save(config_dict)` when `save config` completes.
"""

import copy
import datetime
import re

from dxlab_term import LineEditor, Script
import dxlab_model as model

BANNER = "\r\nWind River Linux 5.0.1.10 console\r\n\r\nlocalhost login: "
SEED_LAST_LOGIN = "Last login: Mon Mar 9 18:14:21 UTC 2015 on console"
CONNECT_LINES = [
    "Connecting ...",
    "Checking ONS status... It may take few minutes...",
    "Checking application states ...",
    "Checking table states ...",
    "Checking platform information ...",
    "Getting user information ...",
    "Authenticating ...",
]
SHOW_SYSTEM = """System Name ..... ONS
System Description ..... Open Network Software
Ethernet Switch Type ..... Fulcrum Switch
Name ..... ONS CoreSwitch
Model ..... ONS
Platform ..... Mercury
Chip Version ..... Board:01
Chip Subtype ..... fm6000
API Version ..... FocalPoint 3.3.5_00268148 +
mercury-20131213
Software Version ..... 1.2.0.1425-2
CPU ..... x86_64
CPU Architecture ..... x86_64
OS ..... Linux
OS Version ..... 3.4.43-WR5.0.1.10_standard
Serial Number ..... N/A
IP Address ..... 10.1.1.1
Mask ..... 255.255.255.0
Gateway ..... N/A
MAC Address ..... {mac}
Default VLAN ..... 1
Current Partition ..... /dev/sda3"""

PROMPTS = {
    "user": "Switch >",
    "enable": "Switch #",
    "config": "Switch (config)#",
    "if-range": "Switch (config-if-range)#",
}
USER = "admin"
PASSWORD = "admin"
MGMT_VLAN = 4092


class CliError(Exception):
    def __init__(self, kind, offset=0, word=""):
        super().__init__(kind)
        self.kind = kind          # invalid | incomplete | ambiguous
        self.offset = offset      # character offset in the command line
        self.word = word


def port_name(n):
    return "xe%d" % n


def compress_ports(names):
    """['xe1', 'xe2', 'xe3', 'xe47'] -> 'xe1-xe3,xe47'."""
    nums = sorted(int(n[2:]) for n in names)
    out, run = [], []
    for n in nums + [None]:
        if run and n == run[-1] + 1:
            run.append(n)
            continue
        if run:
            out.append(port_name(run[0]) if len(run) == 1
                       else "%s-%s" % (port_name(run[0]), port_name(run[-1])))
        run = [n] if n is not None else []
    return ",".join(out)


def initial_config():
    """Factory state as the seed's appendix implies it: the down links are
    already untagged members of VLAN 1 (the appendix only removes 4092 from
    them) and carry the management VLAN 4092 tagged; the up links sit in
    VLAN 4092 untagged with PVID 4092 (the appendix moves them to VLAN 1)."""
    ports = {}
    for n in range(1, model.SWITCH_PORTS + 1):
        if n <= model.DOWNLINK_PORTS:
            ports[port_name(n)] = {"pvid": 1, "shutdown": False,
                                   "untagged": {1}, "tagged": {MGMT_VLAN}}
        else:
            ports[port_name(n)] = {"pvid": MGMT_VLAN, "shutdown": False,
                                   "untagged": {MGMT_VLAN}, "tagged": set()}
    return {"spanningTree": True, "ports": ports}


def config_as_json(cfg):
    ports = {}
    vlans = {}
    for n in range(1, model.SWITCH_PORTS + 1):
        name = port_name(n)
        p = cfg["ports"][name]
        ports[name] = {"pvid": p["pvid"], "shutdown": p["shutdown"],
                       "untagged": sorted(p["untagged"]),
                       "tagged": sorted(p["tagged"])}
        for v in p["untagged"]:
            vlans.setdefault(v, {"untagged": [], "tagged": []})["untagged"].append(name)
        for v in p["tagged"]:
            vlans.setdefault(v, {"untagged": [], "tagged": []})["tagged"].append(name)
    return {
        "format": "dxlab-switch-config",
        "version": 1,
        "switch": 1,
        "systemMac": model.SWITCH1_MAC,
        "spanningTree": cfg["spanningTree"],
        "ports": ports,
        "vlans": {str(v): vlans[v] for v in sorted(vlans)},
    }


class SwitchCli:
    def __init__(self, emit, on_change=None, on_save=None, speed=1.0, save_delay=3.0):
        self._emit_bytes = emit
        self.on_change = on_change or (lambda cfg: None)
        self.on_save = on_save or (lambda cfg: None)
        self.save_delay = save_delay
        self.script = Script(self.emit, speed)
        self.editor = LineEditor(self.emit)
        self.state = "login"       # login, password, busy, cli
        self.mode = "user"
        self.user = ""
        self.selected = []
        self.pending = bytearray() # type-ahead while busy
        self.config = initial_config()
        self.last_login = SEED_LAST_LOGIN
        self.now = 0.0

    def emit(self, text):
        self._emit_bytes(text.encode("latin-1", "replace"))

    def config_json(self):
        return config_as_json(self.config)

    # ---- clock and input -------------------------------------------------
    def deadline(self):
        return self.script.deadline()

    def tick(self, now):
        self.now = now
        self.script.tick(now)
        if self.state != "busy" and self.pending:
            data = bytes(self.pending)
            self.pending.clear()
            self.feed(data, now)

    def feed(self, data, now):
        self.now = now
        # One byte at a time so that whatever is typed after a line that
        # starts something slow (login, save config) waits for it: type-ahead.
        for i in range(len(data)):
            if self.state == "busy":
                self.pending += data[i:]
                return
            for event in self.editor.feed(data[i:i + 1]):
                self.handle(event, now)

    def busy(self, steps, now, then):
        self.state = "busy"
        self.script.start(list(steps) + [("call", then)], now)

    # ---- dialogue ----------------------------------------------------------
    def handle(self, event, now):
        kind = event[0]
        if self.state == "login":
            if kind != "line" or not event[1].strip():
                self.emit(BANNER)
                return
            self.user = event[1].strip()
            self.state = "password"
            self.editor.echo = False
            self.emit("Password: ")
        elif self.state == "password":
            self.editor.echo = True
            if kind == "line" and self.user == USER and event[1] == PASSWORD:
                lines = [("out", self.last_login + "\r\n"), ("sleep", 0.2)]
                stamp = datetime.datetime.utcnow()
                self.last_login = "Last login: %s on console" % (
                    stamp.strftime("%a %b ") + str(stamp.day) +
                    stamp.strftime(" %H:%M:%S UTC %Y"))
                for text in CONNECT_LINES:
                    lines += [("out", text + "\r\n"), ("sleep", 0.25)]
                self.busy(lines, now, self._logged_in)
            else:
                self.busy([("sleep", 0.5), ("out", "Login incorrect\r\n")], now,
                          self._login_again)
        elif self.state == "cli":
            if kind == "line":
                self.command(event[1], now)
            elif kind == "intr":
                self.prompt()
            elif kind == "eof" and self.mode in ("user", "enable"):
                self.logout()

    def _logged_in(self):
        self.state = "cli"
        self.mode = "user"
        self.prompt()

    def _login_again(self):
        self.state = "login"
        self.emit("localhost login: ")

    def prompt(self):
        self.emit(PROMPTS[self.mode])

    def logout(self):
        self.state = "login"
        self.mode = "user"
        self.selected = []
        self.emit(BANNER)

    # ---- command parsing ---------------------------------------------------
    def command(self, line, now):
        words = [(m.group(0), m.start()) for m in re.finditer(r"\S+", line)]
        if not words:
            self.prompt()
            return
        try:
            done = self.dispatch(words, line, now)
        except CliError as e:
            if e.kind == "invalid":
                self.emit(" " * (len(PROMPTS[self.mode]) + e.offset) + "^\r\n"
                          "% Invalid input detected at '^' marker.\r\n\r\n")
            elif e.kind == "incomplete":
                self.emit("% Incomplete command.\r\n\r\n")
            else:
                self.emit('%% Ambiguous command:  "%s"\r\n\r\n' % e.word)
            done = True
        self.on_change(self.config_json())
        if done and self.state == "cli":
            self.prompt()

    @staticmethod
    def keyword(words, i, options, line_end):
        if i >= len(words):
            raise CliError("incomplete", line_end)
        word, off = words[i]
        low = word.lower()
        if low in options:
            return low
        hits = [o for o in options if o.startswith(low)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise CliError("ambiguous", off, word)
        raise CliError("invalid", off)

    @staticmethod
    def end(words, i):
        if i < len(words):
            raise CliError("invalid", words[i][1])

    @staticmethod
    def vlan(words, i, line_end):
        if i >= len(words):
            raise CliError("incomplete", line_end)
        word, off = words[i]
        if not word.isdigit() or not 1 <= int(word) <= 4094:
            raise CliError("invalid", off)
        return int(word)

    @staticmethod
    def ports(words, i, line_end):
        if i >= len(words):
            raise CliError("incomplete", line_end)
        word, off = words[i]
        names = []
        pos = 0
        for item in word.split(","):
            m = re.fullmatch(r"xe(\d+)(?:-(?:xe)?(\d+))?", item, re.IGNORECASE)
            ok = False
            if m:
                lo = int(m.group(1))
                hi = int(m.group(2)) if m.group(2) else lo
                ok = 1 <= lo <= hi <= model.SWITCH_PORTS
            if not ok:
                raise CliError("invalid", off + pos)
            names += [port_name(n) for n in range(lo, hi + 1)]
            pos += len(item) + 1
        return sorted(set(names), key=lambda n: int(n[2:]))

    def dispatch(self, words, line, now):
        """Returns False when the command printed its own follow-up (logout,
        save in progress); True when the prompt should be shown."""
        n = len(line)
        mode = self.mode
        if mode in ("user", "enable"):
            opts = ["enable", "exit", "logout", "quit", "show"]
            if mode == "enable":
                opts += ["configure", "disable", "save"]
            cmd = self.keyword(words, 0, opts, n)
            if cmd == "enable":
                self.end(words, 1)
                self.mode = "enable"
            elif cmd == "disable":
                self.end(words, 1)
                self.mode = "user"
            elif cmd in ("exit", "logout", "quit"):
                self.end(words, 1)
                self.logout()
                return False
            elif cmd == "configure":
                if len(words) > 1:
                    self.keyword(words, 1, ["terminal"], n)
                    self.end(words, 2)
                self.mode = "config"
            elif cmd == "save":
                self.keyword(words, 1, ["config"], n)
                self.end(words, 2)
                self.emit("Configuration saving is in progress. It may take few minutes.\r\n")
                snapshot = copy.deepcopy(self.config)
                self.busy([("wait", self.save_delay)], now,
                          lambda: self._saved(snapshot))
                return False
            elif cmd == "show":
                self.show(words, n)
            return True
        if mode == "config":
            cmd = self.keyword(words, 0, ["interface", "no", "spanning-tree", "exit", "end"], n)
            if cmd == "interface":
                self.keyword(words, 1, ["range"], n)
                ports = self.ports(words, 2, n)
                self.end(words, 3)
                self.selected = ports
                self.mode = "if-range"
            elif cmd == "no":
                self.keyword(words, 1, ["spanning-tree"], n)
                self.end(words, 2)
                self.config["spanningTree"] = False
            elif cmd == "spanning-tree":
                self.end(words, 1)
                self.config["spanningTree"] = True
            else:
                self.end(words, 1)
                self.mode = "enable"
            return True
        # if-range
        cmd = self.keyword(words, 0, ["switchport", "no", "shutdown", "exit", "end"], n)
        ports = [self.config["ports"][p] for p in self.selected]
        if cmd == "switchport":
            sub = self.keyword(words, 1, ["pvid", "vlan"], n)
            if sub == "pvid":
                v = self.vlan(words, 2, n)
                self.end(words, 3)
                for p in ports:
                    p["pvid"] = v
            else:
                self.keyword(words, 2, ["add"], n)
                v = self.vlan(words, 3, n)
                tagging = "tagged"
                if len(words) > 4:
                    tagging = self.keyword(words, 4, ["untagged", "tagged"], n)
                self.end(words, 5)
                for p in ports:
                    p["untagged"].discard(v)
                    p["tagged"].discard(v)
                    p[tagging].add(v)
        elif cmd == "no":
            sub = self.keyword(words, 1, ["switchport", "shutdown"], n)
            if sub == "shutdown":
                self.end(words, 2)
                for p in ports:
                    p["shutdown"] = False
            else:
                self.keyword(words, 2, ["vlan"], n)
                self.keyword(words, 3, ["add"], n)
                v = self.vlan(words, 4, n)
                self.end(words, 5)
                for p in ports:
                    p["untagged"].discard(v)
                    p["tagged"].discard(v)
        elif cmd == "shutdown":
            self.end(words, 1)
            for p in ports:
                p["shutdown"] = True
        elif cmd == "exit":
            self.end(words, 1)
            self.mode = "config"
            self.selected = []
        else:
            self.end(words, 1)
            self.mode = "enable"
            self.selected = []
        return True

    def _saved(self, snapshot):
        self.state = "cli"
        self.on_save(config_as_json(snapshot))
        self.prompt()

    def show(self, words, n):
        opts = ["system"]
        if self.mode == "enable":
            opts += ["running-config", "vlan"]
        what = self.keyword(words, 1, opts, n)
        self.end(words, 2)
        if what == "system":
            self.emit(SHOW_SYSTEM.format(mac=model.SWITCH1_MAC).replace("\n", "\r\n") + "\r\n")
        elif what == "vlan":
            cfg = self.config_json()
            self.emit("VLAN  Untagged ports            Tagged ports\r\n"
                      "----  ------------------------  ------------------------\r\n")
            for v, m in cfg["vlans"].items():
                self.emit("%-5s %-25s %s\r\n" % (v, compress_ports(m["untagged"]),
                                                 compress_ports(m["tagged"])))
        else:
            cfg = self.config_json()
            out = ["!", "spanning-tree" if cfg["spanningTree"] else "no spanning-tree", "!"]
            for name, p in cfg["ports"].items():
                out.append("interface %s" % name)
                if p["shutdown"]:
                    out.append(" shutdown")
                out.append(" switchport pvid %d" % p["pvid"])
                for v in p["untagged"]:
                    out.append(" switchport vlan add %d untagged" % v)
                for v in p["tagged"]:
                    out.append(" switchport vlan add %d" % v)
                out.append("!")
            self.emit("\r\n".join(out) + "\r\n")
