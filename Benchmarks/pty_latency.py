#!/usr/bin/env python3
"""Start-up and key latency of real terminal programs on a pseudo-terminal.

For each program: start it on a fresh 80x24 pty (LANG=C.UTF-8, TERM=xterm-256color), time until
its output contains the marker of a complete first frame (the key bar, drawn last), wait for the
output to go quiet, press `j` and time until the redraw has arrived (the last byte of the
response; the quiet period that proves it was the last is not counted), then press `q`.

Programs are run in turn (A, B, A, B, ...) so that both see the same load on the machine.

    pty_latency.py --runs 50 LABEL=MARKER=FILE=COMMAND ...   (FILE may be empty; it becomes IMGPATH_FILE)

`--key a --then u` times a change instead of a move: `a` advances the selected step (a change,
saved, then redrawn), and `u`, pressed after the redraw and not timed, takes it back, so every run
starts from the same pathway. `--settle 0.5` waits half a second after the first frame before the
key, as a person reading the screen does (imgpath reads the whole list of programs then).
`--ratio` sets the target ratio (default 2.0) of the first frames,
and with `--key-floor` also of the key latencies.
"""

import argparse
import fcntl
import os
import select
import signal
import struct
import subprocess
import termios
import time

QUIET_NS = 40_000_000  # output silent this long = the frame is finished
TIMEOUT_NS = int(float(os.environ.get("PTY_TIMEOUT_S", "5")) * 1e9)  # e.g. longer under valgrind


def read_until(master, deadline_ns, marker=None, buffer=b""):
    """Reads until `marker` is in the output (or, without one, until the first byte), then until
    the output is quiet. Returns (time the marker/first byte arrived, time of the last byte,
    all bytes read)."""
    found_at = None
    last_at = None
    while True:
        now = time.perf_counter_ns()
        if found_at is None:
            if now > deadline_ns:
                raise TimeoutError("no %s in the output" % (marker or b"response"))
            wait = (deadline_ns - now) / 1e9
        else:
            wait = max(0.0, (last_at + QUIET_NS - now) / 1e9)
        ready, _, _ = select.select([master], [], [], wait)
        if not ready:
            if found_at is not None:
                return found_at, last_at, buffer
            continue
        try:
            chunk = os.read(master, 65536)
        except OSError:
            chunk = b""
        stamp = time.perf_counter_ns()
        if not chunk:
            if found_at is not None:
                return found_at, last_at, buffer
            raise EOFError("the program ended before drawing: %r" % buffer[-400:])
        buffer += chunk
        last_at = stamp
        if found_at is None and (marker is None or marker in buffer):
            found_at = stamp


def one_run(command, marker, env, key=b"j", then=None, settle=0.0):
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    start = time.perf_counter_ns()
    process = subprocess.Popen(command, stdin=slave, stdout=slave, stderr=slave, env=env,
                               start_new_session=True, close_fds=True)
    os.close(slave)
    try:
        marked, frame_end, _ = read_until(master, start + TIMEOUT_NS, marker)
        first_frame = marked - start
        first_frame_end = frame_end - start
        if settle:
            time.sleep(settle)
        pressed = time.perf_counter_ns()
        os.write(master, key)
        _, key_end, response = read_until(master, pressed + TIMEOUT_NS)
        key_latency = key_end - pressed
        if then:
            os.write(master, then)
            read_until(master, time.perf_counter_ns() + TIMEOUT_NS)
        os.write(master, b"q")
        try:
            process.wait(timeout=3)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        return first_frame, first_frame_end, key_latency, len(response)
    finally:
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            process.wait()
        os.close(master)


def percentile(values, fraction):
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, int(-(-fraction * len(ordered) // 1)) - 1))
    return ordered[rank]


def ms(ns):
    return "%.2f ms" % (ns / 1e6)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--floor", help="label of the floor program, for the 2x target")
    parser.add_argument("--target", help="label of the program the first-frame target is about")
    parser.add_argument("--key", default="j", help="the key to time after the first frame")
    parser.add_argument("--then", help="a key pressed after it, not timed (u to undo a change)")
    parser.add_argument("--settle", type=float, default=0.0,
                        help="seconds to wait after the first frame before the key (a person reading it)")
    parser.add_argument("--ratio", type=float, default=2.0, help="the target ratio to the floor")
    parser.add_argument("--key-floor", help="label of the program whose key latency is the floor")
    parser.add_argument("programs", nargs="+", help="LABEL=MARKER=FILE=COMMAND")
    args = parser.parse_args()

    programs = []
    for spec in args.programs:
        label, marker, data_file, command = spec.split("=", 3)
        env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
        env.update(LANG="C.UTF-8", TERM="xterm-256color", COLUMNS="80", LINES="24")
        env.pop("NO_COLOR", None)
        if data_file:
            env["IMGPATH_FILE"] = data_file
        programs.append((label, marker.encode(), env, command.split()))

    results = {label: [] for label, _, _, _ in programs}
    for run in range(args.runs + 1):
        for label, marker, env, command in programs:
            sample = one_run(command, marker, env, args.key.encode(), args.then.encode() if args.then else None, args.settle)
            if run > 0:  # the first round warms the page cache and is not counted
                results[label].append(sample)

    print("| program | first frame median | p90 | first frame, last byte median | %s key to redraw median | p90 | bytes redrawn | runs |" % args.key)
    print("|---|---|---|---|---|---|---|---|")
    medians = {}
    key_medians = {}
    for label, _, _, _ in programs:
        samples = results[label]
        firsts = [s[0] for s in samples]
        ends = [s[1] for s in samples]
        keys = [s[2] for s in samples]
        medians[label] = percentile(firsts, 0.5)
        key_medians[label] = percentile(keys, 0.5)
        print("| %s | %s | %s | %s | %s | %s | %d | %d |" % (
            label, ms(percentile(firsts, 0.5)), ms(percentile(firsts, 0.9)), ms(percentile(ends, 0.5)),
            ms(percentile(keys, 0.5)), ms(percentile(keys, 0.9)), percentile([s[3] for s in samples], 0.5),
            len(samples)))
    if args.floor and args.target and args.floor in medians and args.target in medians:
        ratio = medians[args.target] / medians[args.floor]
        verdict = "met" if ratio <= args.ratio else "missed"
        print()
        print("- First frame of %s within %gx of %s: %s vs %s, %.2fx: **%s**" % (
            args.target, args.ratio, args.floor, ms(medians[args.target]), ms(medians[args.floor]), ratio, verdict))
        others = [label for label, _, _, _ in programs if label not in (args.floor, args.target)]
        for label in others:  # the programs set beside them, each as a share of the floor
            print("- %s: %.2fx of %s" % (label, medians[label] / medians[args.floor], args.floor))
    if args.key_floor and args.target and args.key_floor in key_medians and args.target in key_medians:
        ratio = key_medians[args.target] / key_medians[args.key_floor]
        verdict = "met" if ratio <= args.ratio else "missed"
        print("- %s key of %s within %gx of %s: %s vs %s, %.2fx: **%s**" % (
            args.key, args.target, args.ratio, args.key_floor, ms(key_medians[args.target]),
            ms(key_medians[args.key_floor]), ratio, verdict))


if __name__ == "__main__":
    main()
