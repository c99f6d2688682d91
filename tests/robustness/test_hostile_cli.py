#!/usr/bin/env python3
"""Hostile input through the native CLI (issue 7): big posts, dense posts, invalid UTF-8, NUL
bytes, thousands of findings, hostile rule directories.

    python3 tests/robustness/test_hostile_cli.py            # uses build/bin/secretum
    SECRETUM_BIN=path/to/secretum python3 tests/robustness/test_hostile_cli.py

Timing is never absolute: each test compares the CPU time (user + sys of the child, so other
work on the machine matters little) of a big input with that of an input 10 times smaller,
after subtracting the start-up cost (the same command on an empty post). Linear code gives a
ratio near 10; the tests allow 30 (1 MB vs 10 MB of real posts) or 20 (dense posts, where a
quadratic step shows as 100). A run that exceeds its allowance is killed
at once, so a quadratic case fails fast instead of running for minutes.

Takes ~30 s on the 2-core machine.
"""
import json
import os
import pathlib
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unittest

ROOT = pathlib.Path(__file__).resolve().parents[2]
BIN = pathlib.Path(os.environ.get("SECRETUM_BIN", ROOT / "build/bin/secretum"))
TMP = pathlib.Path(tempfile.mkdtemp(prefix="secretum-robustness-"))


class Run:
    """One finished run of the CLI: status, output, CPU seconds, peak RSS in MB."""

    def __init__(self, status, stdout, stderr, cpu, rss_mb, killed):
        self.status, self.stdout, self.stderr = status, stdout, stderr
        self.cpu, self.rss_mb, self.killed = cpu, rss_mb, killed

    def json(self):
        return json.loads(self.stdout)


CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def cpu_of(pid):
    """CPU seconds (user + sys) used so far by a live process, from /proc."""
    try:
        fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS
    except (OSError, IndexError, ValueError):
        return 0.0


def run(args, data=None, timeout=None):
    """Runs `secretum ARGS` with `data` (bytes) as the file argument if given; measures the
    child's own CPU time and peak RSS with wait4; kills it once it has used `timeout` CPU
    seconds (or 5 x `timeout` wall-clock seconds, on a very busy machine)."""
    if data is not None:
        path = TMP / f"in-{time.monotonic_ns()}"
        path.write_bytes(data)
        args = list(args) + [str(path)]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen([str(BIN)] + list(args), stdout=out, stderr=err, stdin=subprocess.DEVNULL)
        killed = False
        started = time.monotonic()
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if timeout and (cpu_of(proc.pid) > timeout or time.monotonic() - started > 5 * timeout):
                os.kill(proc.pid, signal.SIGKILL)
                pid, status, usage = os.wait4(proc.pid, 0)
                killed = True
                break
            time.sleep(0.01)
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if data is not None:
        path.unlink()
    return Run(proc.returncode, stdout, stderr, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, killed)


_startup = None


def startup():
    """CPU seconds and MB of the CLI analyzing an empty post (rules compiled, nothing found)."""
    global _startup
    if _startup is None:
        runs = [run(["check", "--format", "json"], b"") for _ in range(3)]
        _startup = (min(r.cpu for r in runs), min(r.rss_mb for r in runs))
    return _startup


def corpus_posts():
    posts = []
    for f in sorted((ROOT / "tests/corpus").rglob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                posts.append(json.loads(line)["text"])
    return posts


def mixed_text(size, seed=1):
    """`size` bytes of real posts, one per line, in a fixed random order."""
    rng = random.Random(seed)
    posts = corpus_posts()
    out, n = [], 0
    while n < size:
        p = rng.choice(posts)
        out.append(p)
        n += len(p.encode()) + 1
    return "\n".join(out).encode()[:size].decode("utf-8", "ignore").encode()


def repeated(unit, size):
    b = (unit * (size // len(unit.encode()) + 1)).encode()[:size]
    return b.decode("utf-8", "ignore").encode()


class ScalingMixin:
    def assert_linear(self, make, small, big, slack=3.0, floor=0.1):
        """Net CPU time of `big` bytes <= slack x (big/small) x net time of `small` bytes (the
        small time counted as at least `floor` seconds, below which timing is noise)."""
        base_cpu, _ = startup()
        s = run(["check", "--format", "json"], make(small))
        self.assertIn(s.status, (0, 1), s.stderr)
        net_small = max(s.cpu - base_cpu, floor)
        allowed = slack * (big / small) * net_small
        b = run(["check", "--format", "json"], make(big), timeout=allowed + base_cpu + 2)
        net_big = b.cpu - base_cpu
        msg = (f"{small} bytes: {net_small:.2f} s, {big} bytes: "
               f"{'killed after ' if b.killed else ''}{net_big:.2f} s (allowed {allowed:.2f} s)")
        print(f"\n    {self.id().split('.')[-1]}: {msg}", file=sys.stderr)
        self.assertFalse(b.killed, msg)
        self.assertLessEqual(net_big, allowed, msg)
        self.assertIn(b.status, (0, 1), b.stderr)
        return b


class BigPosts(ScalingMixin, unittest.TestCase):
    def test_1mb_and_10mb_posts_take_roughly_linear_time_and_bounded_memory(self):
        b = self.assert_linear(mixed_text, 1_000_000, 10_000_000)
        report = b.json()
        self.assertEqual(len(report["findings"]), 500)
        self.assertTrue(report["truncated"])
        _, base_rss = startup()
        self.assertLess(b.rss_mb - base_rss, 60 * 10, f"{b.rss_mb:.0f} MB for a 10 MB post")


class DensePosts(ScalingMixin, unittest.TestCase):
    """Posts made of one finding (or one signal) repeated: 200 KB vs 2 MB, allowed 20x."""

    def dense(self, unit):
        return self.assert_linear(lambda n: repeated(unit, n), 200_000, 2_000_000, slack=2.0)

    # The next three once took quadratic time: Resolve() (core/src/analyzer.cc) compared each
    # candidate with every kept finding of its category (83,000 rooms, 45,000 NIRs in 1 MB).
    def test_rooms(self):
        self.dense("chambre 12, ")

    def test_names_and_rooms_with_context(self):
        self.dense("La patiente Mme Lemaire est en chambre 12. ")

    def test_nir(self):
        self.dense("1 57 11 13 055 214 65 ")

    def test_words_without_findings_or_signals(self):
        self.dense("Merci à toute l'équipe pour cette belle formation sur le sepsis. ")

    def test_age_signals(self):
        # Once quadratic: Combine() (core/src/reidentification.cc) tested each signal against
        # every kept one, and Report::signals was not capped.
        self.dense("41 ans, ")

    def test_reidentification_signals(self):
        # Six signals per sentence (see test_age_signals).
        self.dense("Ma patiente de 41 ans, boulangère à Saint-Aubin, maladie de Wilson depuis mardi. ")


class OddInput(unittest.TestCase):
    def test_invalid_utf8_is_a_clear_input_error_with_its_byte_offset(self):
        for prefix, bad in ((b"Mme Lemaire ", b"\xff"), (b"abc", b"\xe2\x82"), (b"", b"\xed\xa0\x80"),
                            ("é🙏 ".encode(), b"\xc0\xaf")):
            r = run(["check"], prefix + bad + b" chambre 12")
            self.assertEqual(r.status, 2, r.stderr)
            self.assertIn(f"invalid UTF-8 at byte {len(prefix)}", r.stderr)

    def test_jsonl_with_invalid_utf8_or_lone_surrogates_names_the_line_and_checks_the_others(self):
        lines = [b'{"id": "a", "text": "Mme Lemaire, chambre 212"}',
                 b'{"id": "b", "text": "bad \xff byte"}',
                 b'{"id": "c", "text": "lone \\ud800 surrogate"}',
                 b'{"id": "d", "text": "NUL \\u0000 Mme Lemaire"}']
        r = run(["check", "--format", "jsonl"], b"\n".join(lines) + b"\n")
        self.assertEqual(r.status, 2)
        self.assertIn(":2:", r.stderr)
        self.assertIn(":3:", r.stderr)
        ids = [json.loads(line)["id"] for line in r.stdout.splitlines()]
        self.assertEqual(ids, ["a", "d"])

    def test_empty_blank_and_nul_posts(self):
        for data in (b"", b"   \n\t", b"\x00" * 1000, b"\xef\xbb\xbf"):
            r = run(["check", "--format", "json"], data)
            self.assertEqual(r.status, 0, r.stderr)
            self.assertEqual(r.json()["findings"], [])
        r = run(["check", "--format", "json"], b"Mme\x00Lemaire, chambre\x00212")
        self.assertEqual(r.status, 1)
        self.assertEqual([f["text"] for f in r.json()["findings"]], ["Mme\x00Lemaire", "chambre\x00212"])

    def test_thousands_of_findings_are_capped_and_reported_as_truncated(self):
        r = run(["check", "--format", "json"], repeated("chambre 12, Mme Lemaire, ", 150_000))
        report = r.json()
        self.assertEqual(len(report["findings"]), 500)
        self.assertTrue(report["truncated"])
        self.assertEqual(sum(report["counts"].values()), 500)
        text = repeated("chambre 12, Mme Lemaire, ", 150_000).decode()
        for f in report["findings"]:
            self.assertEqual(text[f["start"]:f["end"]], f["text"])  # ASCII: UTF-16 = code points

    def test_text_report_of_a_hostile_post_still_shows_the_findings(self):
        post = "\u202eMme Lemaire\u202c \x1b[2J\x1b]0;title\x07 chambre 212 \U0001F469\u200d\u2695\ufe0f".encode()
        r = run(["check", "--color", "never"], post)
        self.assertEqual(r.status, 1, r.stderr)
        self.assertIn("Lemaire", r.stdout)
        self.assertIn("chambre 212", r.stdout)

    def test_text_report_neutralizes_terminal_escapes_and_bidi_overrides(self):
        # ESC sequences in a post must not clear the screen or retitle the terminal of whoever
        # runs `secretum check` on it, and U+202E must not reverse the rest of the line.
        post = "Mme Lemaire \x1b[2J\x1b]0;pwned\x07 chambre 212 \u202e evil".encode()
        r = run(["check", "--color", "never"], post)
        self.assertEqual(r.status, 1, r.stderr)
        self.assertNotIn("\x1b", r.stdout)
        self.assertNotIn("\x07", r.stdout)
        self.assertNotIn("\u202e", r.stdout)


class HostileRules(unittest.TestCase):
    def rules_dir(self, name, content):
        d = TMP / f"rules-{name}"
        if d.exists():
            shutil.rmtree(d)
        shutil.copytree(ROOT / "rules", d)
        path = d / "identifier" / f"zz-{name}.json"
        path.write_bytes(content if isinstance(content, bytes) else content.encode())
        return d, path

    def rule(self, **extra):
        r = {"id": "zz-t", "category": "identifier", "pattern": "abc",
             "examples": {"fire": ["abc"], "quiet": ["xyz"]}}
        r.update(extra)
        return json.dumps({"rules": [r]})

    def refused(self, name, content, key, timeout=60):
        d, path = self.rules_dir(name, content)
        r = run(["check", "--rules", str(d)], b"x", timeout=timeout)
        self.assertFalse(r.killed, f"still loading after {timeout} s")
        self.assertEqual(r.status, 2, r.stdout + r.stderr)
        self.assertIn(str(path), r.stderr)
        self.assertIn(key, r.stderr)

    def test_wrong_types_name_the_file_and_the_key(self):
        self.refused("severity", self.rule(severity=3), "rules[0] (zz-t).severity")
        self.refused("window", self.rule(context={"lists": ["patient"], "window": -5}), ".context.window")
        self.refused("regex", self.rule(pattern="(a)\\1"), "rule zz-t.patterns[0]")
        self.refused("json", "{\"rules\": [", "syntax error")

    def test_deeply_nested_json_is_refused_without_a_crash(self):
        self.refused("deep", '{"rules": [' + "[" * 200_000 + "]" * 200_000 + "]}", "rules[0]: expected an object")

    def test_catastrophic_regex_loads_and_runs_in_linear_time(self):
        d, _ = self.rules_dir("catastrophic", self.rule(pattern="(a+)+$", examples={"fire": ["aaa"], "quiet": ["b"]}))
        r = run(["check", "--rules", str(d), "--format", "json"], b"a" * 200_000 + b"!", timeout=60)
        self.assertFalse(r.killed)
        self.assertIn(r.status, (0, 1), r.stderr)

    def test_huge_alternation_is_refused_at_load(self):
        # RE2's FilteredRE2::Compile (prefilter tree) is quadratic in alternatives: a pattern of
        # 20,000 of them once meant ~45 s of start-up for every run of the CLI.
        rng = random.Random(5)
        alts = "|".join("".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(10))
                        for _ in range(20_000))
        self.refused("alternation", self.rule(pattern=f"(?:{alts})"), "(zz-t).patterns[0]", timeout=15)


if __name__ == "__main__":
    if not BIN.exists():
        sys.exit(f"{BIN} is missing: run scripts/build (or set SECRETUM_BIN)")
    try:
        unittest.main(verbosity=2)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
