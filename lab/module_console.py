# SPDX-License-Identifier: GPL-3.0-or-later
"""The serial console of one simulated DX1000 server module (Atom C2750).

Modelled on the seed talk: AMI BIOS banner, Intel Boot Agent PXE with the
slot's NIC1 MAC, FreeBSD loader menu, kernel and rc messages, the installer's
console-type question, then a getty login and a tiny root shell.

The class is pure: bytes in through feed(), bytes out through `emit`, time
passed in by the caller, power changes reported through `set_power`.
"""

import datetime
import shlex

from dxlab_term import CLEAR, CSI, LineEditor, Script, at
import dxlab_model as model

BOLD = CSI + "1m"
NORMAL = CSI + "0m"
DEC_ON = "\x1b(0"      # DEC special graphics (line drawing)
DEC_OFF = "\x1b(B"

KERNEL_IDENT = "FreeBSD 10.1-RELEASE #0 r274401: Tue Nov 11 21:02:49 UTC 2014"
UNAME_A = ("FreeBSD {host} 10.1-RELEASE FreeBSD 10.1-RELEASE #0 r274401: "
           "Tue Nov 11 21:02:49 UTC 2014     "
           "root@releng1.nyi.freebsd.org:/usr/obj/usr/src/sys/GENERIC  amd64")
ROOT_LISTING = ["COPYRIGHT", "bin", "boot", "dev", "etc", "lib", "libexec",
                "media", "mnt", "proc", "rescue", "root", "sbin", "sys", "tmp",
                "usr", "var"]
# What the seed's rc printed on the read-only NFS root.
RC_LINES = [
    "add net ::ffff:0.0.0.0: gateway ::1",
    "add net ::0.0.0.0: gateway ::1",
    "Generating host.conf.",
    "eval: cannot create /etc/host.conf: Read-only file system",
    "eval: cannot create /etc/host.conf: Read-only file system",
    "eval: cannot create /etc/host.conf: Read-only file system",
    "/libexec/resolvconf/libc: cannot create /etc/resolv.conf: No such file or directory",
    "Creating and/or trimming log files.",
    "Starting syslogd.",
    "ELF ldconfig path: /lib /usr/lib /usr/lib/compat",
    "32-bit compatibility ldconfig path: /usr/lib32",
    "Clearing /tmp (X related).",
    "Starting local daemons:",
    "Welcome to FreeBSD!",
]
TERM_QUESTION = (
    "\r\n"
    "Please choose the appropriate terminal type for your system.\r\n"
    "Common console types are:\r\n"
    "   ansi     Standard ANSI terminal\r\n"
    "   vt100    VT100 or compatible terminal\r\n"
    "   xterm    xterm terminal emulator (or compatible)\r\n"
    "   cons25w  cons25w terminal\r\n"
    "\r\n"
    "Console type [vt100]: ")


class ModuleConsole:
    """States: off, boot (script running, input ignored), menu (loader
    countdown, Enter boots at once), console_type, login, password, shell,
    halted, stopping (shutdown script running)."""

    def __init__(self, slot, emit, set_power, speed=1.0):
        self.slot = slot
        self.host = model.slot_hostname(slot)
        self.bmc_mac, self.nic1, self.nic2 = model.slot_macs(slot)
        self.nic_ip = model.slot_nic_ip(slot)
        self._emit_bytes = emit
        self._set_power = set_power      # called with False for a soft power off
        self.script = Script(self.emit, speed)
        self.editor = LineEditor(self.emit)
        self.state = "off"
        self.user = ""
        self.os_up = False               # kernel started: a soft-off is orderly
        self.booted_at = 0.0
        self.now = 0.0

    # ---- output ---------------------------------------------------------
    def emit(self, text):
        self._emit_bytes(text.encode("latin-1", "replace"))

    # ---- power events from the BMC -------------------------------------
    def power_on(self, now):
        self.now = now
        self.editor.reset()
        self.editor.echo = True
        self.os_up = False
        self.booted_at = now
        self.state = "boot"
        self.script.start(self.boot_steps(), now)

    def power_off(self):
        self.script.stop()
        self.editor.reset()
        self.state = "off"
        self.os_up = False

    def reset(self, now):
        """Hard reset: restart from the BIOS banner at once."""
        if self.state != "off":
            self.power_on(now)

    def soft_shutdown(self, now):
        """ACPI power button: an orderly halt if the OS runs, else off at once."""
        self.now = now
        if self.state == "off":
            return
        if self.os_up and self.state != "stopping":
            self.stop_system(now, then="poweroff")
        elif not self.os_up:
            self.power_off()
            self._set_power(False)

    # ---- clock -----------------------------------------------------------
    def deadline(self):
        return self.script.deadline()

    def tick(self, now):
        self.now = now
        self.script.tick(now)

    # ---- input -----------------------------------------------------------
    def feed(self, data, now):
        self.now = now
        if self.state in ("off", "boot", "stopping"):
            return                       # nobody reads the UART right now
        if self.state == "menu":
            if b"\r" in data or b"\n" in data:
                self.script.skip_to("kernel", now)
                self.script.tick(now)
            return
        if self.state == "halted":
            self.emit("\r\nRebooting...\r\n")
            self.power_on(now)
            return
        # One byte at a time: echo must follow the state (no echo for the
        # password) even when several lines arrive in one SOL packet.
        for i in range(len(data)):
            if self.state not in ("console_type", "login", "password", "shell"):
                return                   # shutting down: the rest is lost
            for event in self.editor.feed(data[i:i + 1]):
                self.handle(event, now)

    def handle(self, event, now):
        kind = event[0]
        if self.state == "console_type":
            if kind == "line":
                self.show_login()
        elif self.state == "login":
            if kind == "line":
                name = event[1].strip()
                if not name:
                    self.emit("login: ")
                    return
                self.user = name
                self.state = "password"
                self.editor.echo = False
                self.emit("Password:")
            elif kind == "intr":
                self.emit("login: ")
        elif self.state == "password":
            self.editor.echo = True
            if kind != "line":
                self.state = "login"
                self.emit("login: ")
                return
            if self.user == "root":
                self.state = "shell"
                self.emit(KERNEL_IDENT.replace(" #0", " (GENERIC) #0", 1) + "\r\n\r\n"
                          "Welcome to FreeBSD!\r\n\r\n")
                self.prompt()
            else:
                self.state = "login"
                self.emit("Login incorrect\r\nlogin: ")
        elif self.state == "shell":
            if kind == "line":
                self.run(event[1], now)
            elif kind == "intr":
                self.prompt()
            elif kind == "eof":
                self.emit("\r\n")
                self.logout()

    # ---- boot sequence ---------------------------------------------------
    def boot_steps(self):
        s = []
        out = lambda t: s.append(("out", t))
        wait = lambda d: s.append(("sleep", d))
        post = lambda code: out(at(24, 77) + code)

        # AMI Aptio POST screen
        out(CLEAR)
        out(at(1, 1) + "Version 2.16.1242n Copyright (C) 2013 American Megatrends, Inc.")
        out(at(2, 1) + "BIOS Date: 08/20/2014 09:32:52 Ver: 5.6.0007")
        post("19")
        wait(0.5)
        post("A2")
        wait(0.3)
        out(at(4, 1) + "IPMI Base Board Management Controller was detected.")
        out(at(6, 1) + "Device ID        : 20       Device Revision   : 01")
        out(at(7, 1) + "IPMI Version     : 2.0      Firmware Revision : 01.21")
        out(at(8, 1) + "Self Test Result : 5500")
        post("B2")
        wait(0.4)
        out(at(23, 1) + BOLD + "Press <F2> SETUP" + NORMAL)
        post("92")
        wait(0.8)
        post("AD")
        wait(0.4)

        # Intel Boot Agent (PXE) on NIC1
        gw = "192.168.1.1"
        out(CLEAR)
        out("Intel(R) Boot Agent GE v1.5.43\r\n")
        out("Copyright (C) 1997-2013, Intel Corporation\r\n\r\n")
        out("CLIENT MAC ADDR: %s GUID: %s\r\n" % (model.mac_spaced(self.nic1),
                                                  model.slot_guid_text(self.slot)))
        out("DHCP.")
        for ch in "|/-\\|/-\\":
            out(ch + "\b")
            wait(0.12)
        out("\r" + CSI + "K")
        out("CLIENT IP: %s MASK: 255.255.255.0 DHCP IP: %s\r\n" % (self.nic_ip, gw))
        out("GATEWAY IP: %s\r\n" % gw)
        out("TFTP.")
        wait(0.3)
        out(".")
        wait(0.3)

        # pxeboot / BTX / loader
        out("\r\n\r\nPXE Loader 1.00\r\n\r\n")
        out("Building the boot loader arguments\r\n")
        out("Relocating the loader and the BTX\r\n")
        out("Starting the BTX loader\r\n\r\n")
        wait(0.2)
        out("BTX loader 1.00  BTX version is 1.02\r\n")
        out("Consoles: internal video/keyboard  serial port  \r\n")
        out("BIOS drive C: is disk0\r\n")
        out("BIOS 639kB/2095676kB available memory\r\n\r\n")
        out("FreeBSD/x86 bootstrap loader, Revision 1.1\r\n")
        out("(root@releng1.nyi.freebsd.org, Tue Nov 11 21:03:14 UTC 2014)\r\n")
        out("pxe_open: server addr: 192.168.1.10\r\n")
        out("pxe_open: server path: /home/pxefreebsd\r\n")
        out("pxe_open: gateway ip:  %s\r\n" % gw)
        out("Loading /boot/defaults/loader.conf \r\n")
        wait(0.4)

        # loader menu in a DEC line-drawing box
        s.append(("call", lambda: self._enter("menu")))
        s.extend(self.menu_steps())
        for n in (3, 2, 1):
            out(at(20, 1) + CSI + "K" + "Autoboot in %d seconds, hit [Enter] to boot "
                "or any other key to stop. " % n)
            wait(0.7)
        s.append(("label", "kernel"))
        s.append(("call", lambda: self._enter("boot")))
        out(at(20, 1) + CSI + "K" + at(21, 1))
        out("\r\n/boot/kernel/kernel text=0xf8f898 data=0x124a30+0x2055c0 "
            "syms=[0x8+0x1405e0+0x8+0x15b077")
        for ch in "\\|/-\\":
            out(ch + "\b")
            wait(0.08)
        out("]\r\nBooting...\r\n")
        wait(0.2)
        s.append(("call", self._os_started))
        for line in self.kernel_lines():
            out(line + "\r\n")
            wait(0.02)
        wait(0.3)
        for line in RC_LINES:
            out(line + "\r\n")
            wait(0.05)
        out(TERM_QUESTION)
        s.append(("call", lambda: self._enter("console_type")))
        return s

    def menu_steps(self):
        width = 46
        title = " Welcome to FreeBSD "
        left = (width - 2 - len(title)) // 2
        right = width - 2 - len(title) - left
        top = (DEC_ON + "l" + "q" * left + DEC_OFF + title +
               DEC_ON + "q" * right + "k" + DEC_OFF)
        rows = ["", " 1. Boot Multi User [Enter]", " 2. Boot Single User",
                " 3. Escape to loader prompt", " 4. Reboot", "", " Options:",
                " 5. Kernel: default/kernel (1 of 2)",
                " 6. Configure Boot Options...", "", "", ""]
        steps = [("out", CLEAR), ("out", at(3, 1) + top)]
        for i, text in enumerate(rows):
            steps.append(("out", at(4 + i, 1) + DEC_ON + "x" + DEC_OFF +
                          text.ljust(width - 2) + DEC_ON + "x" + DEC_OFF))
        steps.append(("out", at(4 + len(rows), 1) + DEC_ON + "m" +
                      "q" * (width - 2) + "j" + DEC_OFF))
        return steps

    def kernel_lines(self):
        nic1 = self.nic1.lower()
        nic2 = self.nic2.lower()
        lines = [
            "GDB: no debug ports present",
            "KDB: debugger backends: ddb",
            "KDB: current backend: ddb",
            "Copyright (c) 1992-2014 The FreeBSD Project.",
            "Copyright (c) 1979, 1980, 1983, 1986, 1988, 1989, 1991, 1992, 1993, 1994",
            "\tThe Regents of the University of California. All rights reserved.",
            "FreeBSD is a registered trademark of The FreeBSD Foundation.",
            KERNEL_IDENT,
            "    root@releng1.nyi.freebsd.org:/usr/obj/usr/src/sys/GENERIC amd64",
            "FreeBSD clang version 3.4.1 (tags/RELEASE_34/dot1-final 208032) 20140512",
            "CPU: Intel(R) Atom(TM) CPU  C2750  @ 2.40GHz (2400.06-MHz K8-class CPU)",
            "  Origin=\"GenuineIntel\"  Id=0x406d8  Family=0x6  Model=0x4d  Stepping=8",
            "real memory  = 34359738368 (32768 MB)",
            "avail memory = 33201684480 (31663 MB)",
            "Event timer \"LAPIC\" quality 600",
            "ACPI APIC Table: <ALASKA A M I >",
            "FreeBSD/SMP: Multiprocessor System Detected: 8 CPUs",
            "FreeBSD/SMP: 1 package(s) x 8 core(s)",
        ]
        lines += [" cpu%d (%s): APIC ID: %2d" % (i, "BSP" if i == 0 else "AP", 2 * i)
                  for i in range(8)]
        lines += [
            "ioapic0 <Version 2.0> irqs 0-23 on motherboard",
            "kbd1 at kbdmux0",
            "acpi0: <ALASKA A M I > on motherboard",
            "cpu0: <ACPI CPU> on acpi0",
            "pcib0: <ACPI Host-PCI bridge> port 0xcf8-0xcff on acpi0",
            "pci0: <ACPI PCI bus> on pcib0",
            "igb0: <Intel(R) PRO/1000 Network Connection version - 2.4.0> "
            "mem 0xdf260000-0xdf27ffff irq 20 at device 20.0 on pci0",
            "igb0: Using MSIX interrupts with 9 vectors",
            "igb0: Ethernet address: " + nic1,
            "igb1: <Intel(R) PRO/1000 Network Connection version - 2.4.0> "
            "mem 0xdf240000-0xdf25ffff irq 21 at device 20.1 on pci0",
            "igb1: Using MSIX interrupts with 9 vectors",
            "igb1: Ethernet address: " + nic2,
            "ahci0: <Intel Avoton AHCI SATA controller> port 0xe050-0xe057 "
            "mem 0xdf2d0000-0xdf2d07ff irq 19 at device 23.0 on pci0",
            "uart2: <16550 or compatible> port 0x1000-0x1007 irq 4 flags 0x10 on acpi0",
            "uart2: console (115200,n,8,1)",
            "ada0 at ahcich0 bus 0 scbus0 target 0 lun 0",
            "ada0: <TOSHIBA THNSNH128GMCT HTRAN101> ATA-8 SATA 3.x device",
            "ada0: 122104MB (250069680 512 byte sectors: 16H 63S/T 16383C)",
            "SMP: AP CPU #1 Launched!",
            "SMP: AP CPU #7 Launched!",
            "Timecounter \"TSC\" frequency 2400055680 Hz quality 1000",
            "Trying to mount root from nfs: []...",
            "NFS ROOT: 192.168.1.10:/home/pxefreebsd",
        ]
        return lines

    def _enter(self, state):
        self.state = state

    def _os_started(self):
        self.os_up = True

    # ---- login and shell ---------------------------------------------------
    def show_login(self):
        self.state = "login"
        self.editor.echo = True
        self.emit("\r\nFreeBSD/amd64 (%s) (ttyu2)\r\n\r\nlogin: " % self.host)

    def logout(self):
        self.show_login()

    def prompt(self):
        self.emit("root@%s:~ # " % self.host)

    def run(self, line, now):
        try:
            argv = shlex.split(line)
        except ValueError:
            self.emit("sh: Syntax error: Unterminated quoted string\r\n")
            self.prompt()
            return
        if not argv:
            self.prompt()
            return
        cmd, args = argv[0], argv[1:]
        handler = getattr(self, "cmd_" + cmd, None) if cmd.isalpha() else None
        if handler is None:
            self.emit("sh: %s: not found\r\n" % cmd)
            self.prompt()
            return
        if handler(args, now) is not False:
            self.prompt()

    def say(self, *lines):
        for line in lines:
            self.emit(line + "\r\n")

    def cmd_echo(self, args, now):
        newline = True
        if args and args[0] == "-n":
            newline = False
            args = args[1:]
        self.emit(" ".join(args) + ("\r\n" if newline else ""))

    def cmd_hostname(self, args, now):
        self.say(self.host)

    def cmd_uname(self, args, now):
        flags = "".join(a.lstrip("-") for a in args) or "s"
        if "a" in flags:
            self.say(UNAME_A.format(host=self.host))
            return
        parts = []
        for f, value in (("s", "FreeBSD"), ("n", self.host), ("r", "10.1-RELEASE"),
                         ("m", "amd64"), ("p", "amd64")):
            if f in flags:
                parts.append(value)
        self.say(" ".join(parts))

    def cmd_ifconfig(self, args, now):
        blocks = {
            "igb0": ["igb0: flags=8843<UP,BROADCAST,RUNNING,SIMPLEX,MULTICAST> metric 0 mtu 1500",
                     "\toptions=403bb<RXCSUM,TXCSUM,VLAN_MTU,VLAN_HWTAGGING,JUMBO_MTU,"
                     "VLAN_HWCSUM,TSO4,TSO6,VLAN_HWTSO>",
                     "\tether " + self.nic1.lower(),
                     "\tinet %s netmask 0xffffff00 broadcast 192.168.1.255 " % self.nic_ip,
                     "\tnd6 options=29<PERFORMNUD,IFDISABLED,AUTO_LINKLOCAL>",
                     "\tmedia: Ethernet autoselect (2500Base-KX <full-duplex>)",
                     "\tstatus: active"],
            "igb1": ["igb1: flags=8802<BROADCAST,SIMPLEX,MULTICAST> metric 0 mtu 1500",
                     "\toptions=403bb<RXCSUM,TXCSUM,VLAN_MTU,VLAN_HWTAGGING,JUMBO_MTU,"
                     "VLAN_HWCSUM,TSO4,TSO6,VLAN_HWTSO>",
                     "\tether " + self.nic2.lower(),
                     "\tnd6 options=29<PERFORMNUD,IFDISABLED,AUTO_LINKLOCAL>",
                     "\tmedia: Ethernet autoselect (2500Base-KX <full-duplex>)",
                     "\tstatus: active"],
            "lo0": ["lo0: flags=8049<UP,LOOPBACK,RUNNING,MULTICAST> metric 0 mtu 16384",
                    "\toptions=600003<RXCSUM,TXCSUM,RXCSUM_IPV6,TXCSUM_IPV6>",
                    "\tinet6 ::1 prefixlen 128 ",
                    "\tinet6 fe80::1%lo0 prefixlen 64 scopeid 0x3 ",
                    "\tinet 127.0.0.1 netmask 0xff000000 ",
                    "\tnd6 options=21<PERFORMNUD,AUTO_LINKLOCAL>"],
        }
        names = [a for a in args if not a.startswith("-")] or ["igb0", "igb1", "lo0"]
        for name in names:
            if name not in blocks:
                self.say("ifconfig: interface %s does not exist" % name)
                return
            self.say(*blocks[name])

    def cmd_ls(self, args, now):
        paths = [a for a in args if not a.startswith("-")] or ["."]
        show_all = any(a.startswith("-") and "a" in a for a in args)
        for p in paths:
            if p in ("/", "/home/pxefreebsd"):
                self.say("  ".join(ROOT_LISTING))
            elif p in (".", "~", "/root"):
                if show_all:
                    self.say(".\t\t.cshrc\t\t.k5login\t.profile",
                             "..\t\t.history\t.login\t\t.rhosts")
            elif p in ("/boot", "/boot/"):
                self.say("boot\t\tdefaults\tkernel\t\tloader.conf\tmodules\t\tzfs",
                         "device.hints\tfirmware\tloader\t\tloader.rc\tpxeboot")
            else:
                self.say("ls: %s: No such file or directory" % p)

    def cmd_pwd(self, args, now):
        self.say("/root")

    def cmd_whoami(self, args, now):
        self.say("root")

    def cmd_id(self, args, now):
        self.say("uid=0(root) gid=0(wheel) groups=0(wheel),5(operator)")

    def cmd_date(self, args, now):
        self.say(datetime.datetime.utcnow().strftime("%a %b %e %H:%M:%S UTC %Y"))

    def cmd_uptime(self, args, now):
        up = max(0, int(now - self.booted_at))
        clock = datetime.datetime.utcnow().strftime("%I:%M%p").lstrip("0")
        self.say("%s  up %d mins, 1 user, load averages: 0.00, 0.00, 0.00"
                 % (clock, up // 60))

    def cmd_clear(self, args, now):
        self.emit(CSI + "H" + CSI + "2J")

    def cmd_exit(self, args, now):
        self.logout()
        return False

    cmd_logout = cmd_exit

    def cmd_poweroff(self, args, now):
        self.stop_system(now, then="poweroff")
        return False

    def cmd_reboot(self, args, now):
        self.stop_system(now, then="reboot")
        return False

    def cmd_halt(self, args, now):
        self.stop_system(now, then="poweroff" if "-p" in args else "halt")
        return False

    def cmd_shutdown(self, args, now):
        if "-p" in args:
            then = "poweroff"
        elif "-r" in args:
            then = "reboot"
        elif "-h" in args:
            then = "halt"
        else:
            self.say("usage: shutdown [-] [-c | -h | -p | -r | -k] [-o [-n]] time [warning-message ...]")
            return
        self.stop_system(now, then=then)
        return False

    # ---- orderly shutdown --------------------------------------------------
    def stop_system(self, now, then):
        self.state = "stopping"
        up = max(1, int(now - self.booted_at))
        s = [("out", "\r\nStopping cron.\r\n"), ("sleep", 0.2),
             ("out", "Waiting for PIDS: 598.\r\n"),
             ("out", "Writing entropy file:.\r\n"), ("sleep", 0.2),
             ("out", "Terminated\r\n.\r\n"),
             ("out", "Waiting (max 60 seconds) for system process `vnlru' to stop...done\r\n"),
             ("out", "Waiting (max 60 seconds) for system process `bufdaemon' to stop...done\r\n"),
             ("out", "Waiting (max 60 seconds) for system process `syncer' to stop...\r\n"),
             ("out", "Syncing disks, vnodes remaining...0 0 done\r\n"), ("sleep", 0.3),
             ("out", "All buffers synced.\r\n"),
             ("out", "Uptime: %dm%ds\r\n" % (up // 60, up % 60))]
        if then == "poweroff":
            s += [("out", "acpi0: Powering system off\r\n"), ("sleep", 0.2),
                  ("call", self._finish_poweroff)]
        elif then == "reboot":
            s += [("out", "Rebooting...\r\n"), ("sleep", 0.5),
                  ("call", lambda: self.power_on(self.now))]
        else:
            s += [("out", "The operating system has halted.\r\n"
                          "Please press any key to reboot.\r\n\r\n"),
                  ("call", lambda: self._enter("halted"))]
        self.script.start(s, now)

    def _finish_poweroff(self):
        self.power_off()
        self._set_power(False)
