# SPDX-License-Identifier: GPL-3.0-or-later
"""Small building blocks for the simulated serial consoles.

LineEditor turns raw bytes typed on a serial line into lines, echoing them
the way a tty in cooked mode would (Backspace erases, CR or LF ends a line,
CR LF counts once, escape sequences such as arrow keys are swallowed).

Script plays a list of timed output steps (text, pauses, labels, callbacks)
so that a boot sequence or a login dialogue can be written as plain data and
driven by the caller's clock.
"""

ESC = "\x1b"
CSI = ESC + "["
CLEAR = CSI + "0m" + CSI + "2J" + CSI + "H"


def at(row, col):
    """Cursor position (1-based)."""
    return "%s%d;%dH" % (CSI, row, col)


class LineEditor:
    """Cooked-mode line discipline for one console.

    feed() returns a list of events: ("line", text), ("intr",) for Ctrl-C,
    ("eof",) for Ctrl-D on an empty line.  Echo goes through `emit`.
    """

    def __init__(self, emit):
        self.emit = emit
        self.buf = []
        self.echo = True
        self._last_cr = False
        self._esc = 0          # 0 none, 1 after ESC, 2 inside CSI/SS3

    def reset(self):
        self.buf = []
        self._last_cr = False
        self._esc = 0

    def feed(self, data):
        events = []
        for b in data:
            c = chr(b)
            if self._esc == 1:
                self._esc = 2 if c in "[O" else 0
                continue
            if self._esc == 2:
                if "\x40" <= c <= "\x7e":
                    self._esc = 0
                continue
            if c == ESC:
                self._esc = 1
                continue
            if c == "\n" and self._last_cr:
                self._last_cr = False
                continue
            self._last_cr = (c == "\r")
            if c in "\r\n":
                line = "".join(self.buf)
                self.buf = []
                self.emit("\r\n")
                events.append(("line", line))
            elif c in "\x7f\x08":
                if self.buf:
                    self.buf.pop()
                    if self.echo:
                        self.emit("\b \b")
            elif c == "\x15":                      # Ctrl-U: kill line
                if self.echo and self.buf:
                    self.emit("\b \b" * len(self.buf))
                self.buf = []
            elif c == "\x03":                      # Ctrl-C
                self.buf = []
                self.emit("^C\r\n")
                events.append(("intr",))
            elif c == "\x04":                      # Ctrl-D
                if not self.buf:
                    events.append(("eof",))
            elif c == "\t":
                self.buf.append(" ")
                if self.echo:
                    self.emit(" ")
            elif " " <= c <= "~":
                self.buf.append(c)
                if self.echo:
                    self.emit(c)
            # other control characters and 8-bit bytes are ignored
        return events


class Script:
    """Timed steps: ("out", text), ("sleep", seconds), ("wait", seconds),
    ("label", name), ("call", function).  "sleep" is multiplied by `speed`
    (the lab's --boot-speed), "wait" is not."""

    def __init__(self, emit, speed=1.0):
        self.emit = emit
        self.speed = speed
        self.steps = []
        self.pos = 0
        self.wake = 0.0

    def start(self, steps, now):
        self.steps = list(steps)
        self.pos = 0
        self.wake = now

    def stop(self):
        self.steps = []
        self.pos = 0

    @property
    def running(self):
        return self.pos < len(self.steps)

    def skip_to(self, label, now):
        for i in range(self.pos, len(self.steps)):
            if self.steps[i] == ("label", label):
                self.pos = i
                self.wake = now
                return True
        return False

    def deadline(self):
        return self.wake if self.running else None

    def tick(self, now):
        while self.running and now >= self.wake:
            step = self.steps[self.pos]
            self.pos += 1
            kind = step[0]
            if kind == "out":
                self.emit(step[1])
            elif kind in ("sleep", "wait"):
                scale = self.speed if kind == "sleep" else 1.0
                self.wake = max(self.wake, now) + step[1] * scale
            elif kind == "call":
                step[1]()
