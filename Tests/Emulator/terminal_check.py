#!/usr/bin/env python3
"""Holds imgpath's screen against independent terminal emulators, column by column.

Runs the built imgpath on a pathway file full of text in many scripts, walks every screen
with keys, and after each key compares what imgpath meant to draw (its canvas, written by
IMGPATH_SCREEN_DUMP as terminal columns) with what an emulator fed imgpath's real output
shows:

  pyte  imgpath runs on a pseudo-terminal of this process; its bytes go to pyte (PyPI), a
        VT100/xterm emulator in Python. Two gaps of pyte are filled here: it has no REP
        (CSI b, which ncurses uses for runs of one character) nor SU/SD, and it drops the
        rest of a text chunk at a zero-width character that Python's unicodedata does not
        call combining (a Devanagari vowel sign U, a variation selector). Character widths
        are the C library's wcwidth, as tmux and ncurses take them (pyte's own table, from
        the wcwidth package, gives Devanagari spacing vowel signs no width).
  tmux  imgpath runs in a tmux server of its own; `capture-pane -p` gives each row's text.

Exit status 0 when every screen matched, 1 with the differences printed otherwise.
"""

import argparse
import ctypes
import fcntl
import locale
import os
import pty
import random
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import termios
import time

locale.setlocale(locale.LC_CTYPE, "C.UTF-8")

# Started by a test runner, this process may inherit blocked or ignored signals, and so would
# tmux and imgpath: a tmux server that cannot receive SIGTERM (which kill-server sends it)
# never exits, and keeps its panes' programs running.
signal.pthread_sigmask(signal.SIG_SETMASK, [])
for _number in (signal.SIGHUP, signal.SIGTERM, signal.SIGINT):
    signal.signal(_number, signal.SIG_DFL)
_libc = ctypes.CDLL(None)
_libc.wcwidth.argtypes = [ctypes.c_wchar]
_libc.wcwidth.restype = ctypes.c_int


def wcwidth(char):
    return _libc.wcwidth(char)


# Text in many scripts: each piece is one script's word, an emoji sequence or a marked letter.
PIECES = {
    "devanagari": ["राहुल", "प्रिया", "शर्मा", "क्षि", "डॉ.", "हिन्दी", "श्री"],
    "bengali": ["বাংলা", "ক্ষিতি", "মিলন", "রবীন্দ্রনাথ"],
    "tamil": ["தமிழ்", "ஸ்ரீ", "கொல்கத்தா", "சென்னை"],
    "arabic": ["محمد", "فاطمة", "السلام", "عبد الله"],
    "hebrew": ["שָׁלוֹם", "דוד", "יְרוּשָׁלַיִם"],
    "cjk": ["王小明", "東京", "李伟", "医学"],
    "hangul": ["김민준", "한국어", "서울"],
    "zwj": ["👩\u200d⚕\ufe0f", "🧑🏽\u200d⚕\ufe0f", "👨\u200d👩\u200d👧\u200d👦", "🏳\ufe0f\u200d🌈", "👩🏾\u200d🔬"],
    "flags": ["🇮🇳", "🇧🇩", "🇺🇸", "🇵🇰"],
    "vs16": ["❤\ufe0f", "☺\ufe0f", "✈\ufe0f", "✔\ufe0f"],
    "combining": ["e\u0301", "a\u0308\u0301", "n\u0303", "Ñandú", "o\u0323\u0302"],
    "ascii": ["Ali", "Dr.", "Amara", "St.", "Jr.", "2026"],
}

# The three names of the report that started this check, shown as they are.
FIXED_NAMES = ["राहुल", "प्रिया शर्मा", "डॉ. राहुल शर्मा 👩\u200d⚕\ufe0f 王小明 محمد"]


def random_text(rng, words):
    scripts = list(PIECES)
    return " ".join(rng.choice(PIECES[rng.choice(scripts)]) for _ in range(words))


# Every screen, with the key that opens it and a word its frame shows once open.
# (tmux key name, bytes for the pty, expected text or None)
ESC = ("Escape", b"\x1b", None)
STEPS = [
    ("Escape", b"\x1b", None),
    ("j", b"j", None),
    ("j", b"j", None),
    ("Tab", b"\t", None),
    ("j", b"j", None),
    ("Tab", b"\t", None),
    ("?", b"?", "Help"),
    ("G", b"G", None),
    ESC,
    ("p", b"p", "Profile"),
    ESC,
    ("T", b"T", "Timeline"),
    ("j", b"j", None),
    ESC,
    ("H", b"H", "History"),
    ESC,
    ("P", b"P", "Programs"),
    ("j", b"j", None),
    ("Enter", b"\r", "Program"),
    ESC,
    ESC,
    ("O", b"O", "Rank order"),
    ESC,
    ("L", b"L", "Letters"),
    ("Enter", b"\r", "Letter"),
    ESC,
    ESC,
    ("X", b"X", "experience"),
    ("Enter", b"\r", "Experience"),
    ESC,
    ESC,
    ("m", b"m", None),
    ESC,
    ("g", b"g", None),
    ("s", b"s", None),
    ESC,
    ("n", b"n", None),
    ("text", None, None),
    ESC,
]

# A new file opens on the welcome screen; text typed into its first question.
FIRST_STEPS = [("text", None, None), ESC, ESC]


def populate(binary, path, rng, environment):
    """Fills a pathway file through imgpath's own command line."""

    def run(*arguments):
        subprocess.run([binary, *arguments, "--file", path], env=environment, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    run("profile", "set", "name", random_text(rng, 4))
    run("profile", "set", "medicalSchool", random_text(rng, 6))
    run("mark", "step1", "passed", "--date", "2024-05-02")
    run("note", "step1", random_text(rng, 25))
    run("note", "step2ck", random_text(rng, 40))
    run("deadline", "add", "eras", random_text(rng, 5), "--date", "2026-12-10")
    run("deadline", "add", "step2ck", random_text(rng, 3), "--date", "2027-01-15")
    for _ in range(3):
        run("program", "add", random_text(rng, 4), "--city", random_text(rng, 2),
            "--specialty", random_text(rng, 2), "--note", random_text(rng, 12))
    run("letter", "add", random_text(rng, 3), "--institution", random_text(rng, 4))
    run("usce", "add", random_text(rng, 4), "--kind", "observership", "--start", "2025-01-06",
        "--end", "2025-02-28", "--supervisor", random_text(rng, 3))


def read_dump(path):
    """The last frame imgpath wrote: (frame number, rows of columns), or (0, None)."""
    try:
        with open(path, encoding="utf-8") as file:
            lines = file.read().split("\n")
    except OSError:
        return 0, None
    header = lines[0].split()
    if len(header) != 4:
        return 0, None
    height = int(header[3])
    return int(header[1]), [line.split("\x1f") for line in lines[1:1 + height]]


class GlibcScreen:
    """A pyte screen that takes widths from the C library and fills pyte's gaps."""

    @staticmethod
    def make(width, height):
        import pyte

        class Screen(pyte.Screen):
            last = " "

            def draw(self, data):
                data = data.translate(self.g1_charset if self.charset else self.g0_charset)
                for char in data:
                    width = wcwidth(char)
                    if width < 0:
                        continue
                    if width == 0:
                        # Joins the character before the cursor, as tmux and xterm do.
                        x, y = self.cursor.x, self.cursor.y
                        if x == 0:
                            continue
                        x -= 1
                        line = self.buffer[y]
                        if line[x].data == "" and x > 0:
                            x -= 1
                        line[x] = line[x]._replace(data=line[x].data + char)
                        continue
                    if self.cursor.x + width > self.columns:
                        if pyte.modes.DECAWM in self.mode:
                            self.carriage_return()
                            self.linefeed()
                        else:
                            self.cursor.x = self.columns - width
                    line = self.buffer[self.cursor.y]
                    line[self.cursor.x] = self.cursor.attrs._replace(data=char)
                    if width == 2 and self.cursor.x + 1 < self.columns:
                        line[self.cursor.x + 1] = self.cursor.attrs._replace(data="")
                    self.cursor.x = min(self.cursor.x + width, self.columns)
                    self.last = char
                self.dirty.add(self.cursor.y)

            def repeat_character(self, count=1, *args, **kwargs):
                self.draw(self.last * max(1, count))

            def scroll_up(self, count=1, *args, **kwargs):
                saved = (self.cursor.x, self.cursor.y)
                top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
                self.cursor.y = bottom
                for _ in range(max(1, count)):
                    self.index()
                self.cursor.x, self.cursor.y = saved

            def scroll_down(self, count=1, *args, **kwargs):
                saved = (self.cursor.x, self.cursor.y)
                top, bottom = self.margins or pyte.screens.Margins(0, self.lines - 1)
                self.cursor.y = top
                for _ in range(max(1, count)):
                    self.reverse_index()
                self.cursor.x, self.cursor.y = saved

        class Stream(pyte.ByteStream):
            csi = dict(pyte.ByteStream.csi, b="repeat_character", S="scroll_up", T="scroll_down")

        screen = Screen(width, height)
        return screen, Stream(screen)


class PyteTerminal:
    def __init__(self, binary, path, width, height, environment):
        self.screen, self.stream = GlibcScreen.make(width, height)
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
            os.execve(binary, [binary, "--file", path], environment)
        self.pid, self.fd = pid, fd

    def pump(self, quiet):
        """Reads output until none came for `quiet` seconds."""
        while True:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                return
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                return
            if not data:
                return
            self.stream.feed(data)

    def send(self, key, text):
        os.write(self.fd, key[1] if key[1] is not None else text.encode())

    def rows(self):
        return [[self.screen.buffer[y][x].data for x in range(self.screen.columns)]
                for y in range(self.screen.lines)]

    def close(self):
        # The terminal goes first: imgpath, told to stop, writes its goodbye to the terminal,
        # and with nobody reading a full pty it would wait for ever.
        os.close(self.fd)
        os.kill(self.pid, signal.SIGTERM)
        os.waitpid(self.pid, 0)


class TmuxTerminal:
    def __init__(self, binary, path, width, height, environment, folder):
        self.base = ["tmux", "-S", os.path.join(folder, "tmux.sock"), "-f", "/dev/null"]
        command = ["env"] + [f"{k}={v}" for k, v in environment.items()] + [binary, "--file", path]
        # The server outlives this call: it must not hold this process's output open.
        subprocess.run(self.base + ["new-session", "-d", "-x", str(width), "-y", str(height),
                                    " ".join(shell_quote(part) for part in command)], check=True,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = subprocess.run(self.base + ["display-message", "-p", "#{pid}"], capture_output=True, text=True)
        self.server = int(server.stdout.strip() or 0)

    def pump(self, quiet):
        last = None
        while True:
            now = self.capture()
            if now == last:
                return
            last = now
            time.sleep(quiet)

    def capture(self):
        return subprocess.run(self.base + ["capture-pane", "-p"], capture_output=True,
                              text=True).stdout

    def send(self, key, text):
        if key[1] is None:
            subprocess.run(self.base + ["send-keys", "-l", text], check=True)
        else:
            subprocess.run(self.base + ["send-keys", key[0]], check=True)

    def rows(self):
        return self.capture().split("\n")

    def close(self):
        subprocess.run(self.base + ["kill-server"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # The next case starts a server on the same socket: this one must be gone first.
        deadline = time.time() + 5
        while self.server and time.time() < deadline:
            try:
                os.kill(self.server, 0)
            except OSError:
                return
            time.sleep(0.05)
        if self.server:
            try:
                os.kill(self.server, signal.SIGKILL)
            except OSError:
                pass


def shell_quote(text):
    return "'" + text.replace("'", "'\\''") + "'"


def compare(expected, shown, emulator):
    """The rows where the emulator differs from the canvas, described."""
    problems = []
    for y, columns in enumerate(expected):
        if emulator == "tmux":
            want = "".join(columns).rstrip(" ")
            got = shown[y].rstrip(" ") if y < len(shown) else ""
            if want != got:
                problems.append(f"row {y}:\n  canvas {want!r}\n  tmux   {got!r}")
        else:
            got = shown[y]
            for x, cell in enumerate(columns):
                if x >= len(got) or got[x] != cell:
                    have = got[x] if x < len(got) else None
                    problems.append(
                        f"row {y} column {x}: canvas {cell!r}, pyte {have!r}\n"
                        f"  canvas {''.join(columns).rstrip()!r}\n  pyte   {''.join(got).rstrip()!r}")
                    break
    return problems


def check(binary, emulator, width, height, seed, names):
    folder = tempfile.mkdtemp(prefix="imgpath-emulator-")
    path = os.path.join(folder, "pathway.json")
    dump = os.path.join(folder, "screen.dump")
    environment = {
        "LANG": "C.UTF-8", "TERM": "xterm-256color", "IMGPATH_NOW": "2026-11-26T12:00:00Z",
        "XDG_CONFIG_HOME": folder + "/config", "XDG_DATA_HOME": folder + "/data",
        "HOME": folder, "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "IMGPATH_SCREEN_DUMP": dump,
    }
    failures = []
    try:
        if names:
            cases = [(f"name {name!r}", name) for name in FIXED_NAMES]
        else:
            cases = [(f"seed {seed}, a new file", ""), (f"seed {seed}", None)]
        for label, name in cases:
            rng = random.Random(seed)
            for file in os.listdir(folder):
                if file.startswith("pathway"):
                    os.remove(os.path.join(folder, file))
            steps = STEPS
            if name == "":
                steps = FIRST_STEPS
            else:
                populate(binary, path, rng, environment)
            if name:
                subprocess.run([binary, "profile", "set", "name", name, "--file", path], env=environment,
                               check=True, stdout=subprocess.DEVNULL)
                steps = [("Escape", b"\x1b", None), ("p", b"p", "Profile"), ESC]
            if emulator == "pyte":
                terminal = PyteTerminal(binary, path, width, height, environment)
            else:
                terminal = TmuxTerminal(binary, path, width, height, environment, folder)
            try:
                failures += walk(terminal, steps, dump, emulator, f"{emulator} {width}x{height} {label}", rng)
            finally:
                terminal.close()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return failures


def walk(terminal, steps, dump, emulator, label, rng):
    failures = []
    frame = 0
    for index, key in enumerate([None] + steps):
        if key is not None:
            terminal.send(key, random_text(rng, 6))
        deadline = time.time() + 10
        while True:
            terminal.pump(0.15 if emulator == "tmux" else 0.08)
            number, expected = read_dump(dump)
            if number > frame or time.time() > deadline:
                break
        if number <= frame:
            failures.append(f"{label}: no new frame after key {key[0] if key else 'start'}")
            return failures
        terminal.pump(0.15 if emulator == "tmux" else 0.08)
        number, expected = read_dump(dump)
        frame = number
        what = f"{label}, after {' '.join(k[0] for k in steps[:index]) or 'start'}"
        if key is not None and key[2] is not None and key[2] not in "".join("".join(r) for r in expected[:2]):
            failures.append(f"{what}: the screen '{key[2]}' did not open:\n" + "\n".join("".join(r) for r in expected))
        problems = compare(expected, terminal.rows(), emulator)
        if problems:
            failures.append(f"{what}:\n" + "\n".join(problems[:4]))
    return failures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", required=True)
    parser.add_argument("--emulator", choices=["pyte", "tmux"], required=True)
    parser.add_argument("--size", required=True, help="WIDTHxHEIGHT")
    parser.add_argument("--seeds", default="1", help="comma-separated seeds")
    parser.add_argument("--names", action="store_true", help="the three fixed names instead of random text")
    arguments = parser.parse_args()
    width, height = (int(part) for part in arguments.size.split("x"))
    failures = []
    if arguments.names:
        failures += check(arguments.binary, arguments.emulator, width, height, 1, True)
    else:
        for seed in arguments.seeds.split(","):
            failures += check(arguments.binary, arguments.emulator, width, height, int(seed), False)
    for failure in failures:
        print(failure, end="\n\n")
    print(f"{arguments.emulator} {arguments.size}: {len(failures)} screen(s) differ")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
