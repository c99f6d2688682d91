#!/usr/bin/env python3
"""CLI behaviour: formats, exit codes, and clear errors on bad input (build/bin/secretum)."""
import json, os, shutil, subprocess, tempfile, unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CLI = os.environ.get("SECRETUM_CLI", os.path.join(ROOT, "build/bin/secretum"))


def run(*args, stdin=b""):
    p = subprocess.run([CLI, *args], input=stdin, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def u16_slice(text, start, end):
    b = text.encode("utf-16-le")
    return b[start * 2:end * 2].decode("utf-16-le")


class CheckText(unittest.TestCase):
    def test_flags_a_nir_and_exits_1(self):
        code, out, _ = run("check", "-", "--color", "never",
                           stdin="NIR de la patiente : 2 95 10 99 126 111 93".encode())
        self.assertEqual(code, 1)
        self.assertIn("⟦2 95 10 99 126 111 93⟧¹", out)
        self.assertIn("Pourquoi", out)
        self.assertIn("R.4127-4", out)

    def test_benign_post_exits_0_with_a_clear_all_clear(self):
        code, out, _ = run("check", "-", "--color", "never",
                           stdin="First night as charge nurse done, grateful for this team".encode())
        self.assertEqual(code, 0)
        self.assertIn("Nothing to flag", out)

    def test_fail_on_high_ignores_medium_findings(self):
        post = "Notre patiente de 102 ans, hospitalisée depuis dimanche au CHU de Brest".encode()
        self.assertEqual(run("check", "-", stdin=post)[0], 1)
        self.assertEqual(run("check", "-", "--fail-on", "high", stdin=post)[0], 0)

    def test_json_offsets_are_utf16_code_units(self):
        text = "🙏 Merci à l'équipe ! Mme Lemaire, chambre 212, est rentrée 😊"
        code, out, _ = run("check", "-", "--format", "json", stdin=text.encode())
        self.assertEqual(code, 1)
        report = json.loads(out)
        self.assertGreaterEqual(len(report["findings"]), 2)
        for f in report["findings"]:
            self.assertEqual(u16_slice(text, f["start"], f["end"]), f["text"])
            for key in ("rule", "category", "severity", "message", "why", "sources", "suggestion"):
                self.assertIn(key, f)

    def test_english_messages_and_jurisdiction_option(self):
        code, out, _ = run("check", "-", "--format", "json", "--jurisdiction", "uk",
                           stdin=b"NHS number 485 777 3457 for the lady in cubicle 4, in the queue since 9am")
        report = json.loads(out)
        self.assertEqual(report["jurisdiction"], "uk")
        self.assertEqual(report["findings"][0]["message"], "NHS number")
        self.assertIn("GMC", " ".join(s["title"] for s in report["findings"][0]["sources"]))

    def test_min_severity_only_hides_lower_findings(self):
        # --min-severity medium must give exactly the medium and high findings of a full run: a
        # category a low rule found (shouting in caps, a sacre) must not come back as the
        # statistical layer's medium guess. Checked over the whole own corpus.
        corpus = b"".join(open(os.path.join(ROOT, "tests/corpus", f), "rb").read()
                          for f in sorted(os.listdir(os.path.join(ROOT, "tests/corpus")))
                          if f.endswith(".jsonl"))
        full = [json.loads(l) for l in run("check", "-", "--format", "jsonl", stdin=corpus)[1].splitlines()]
        medium = [json.loads(l) for l in
                  run("check", "-", "--format", "jsonl", "--min-severity", "medium", stdin=corpus)[1].splitlines()]
        self.assertEqual(len(full), len(medium))
        self.assertGreater(sum(f["severity"] == "low" for r in full for f in r["findings"]), 20)
        for a, b in zip(full, medium):
            want = [(f["rule"], f["start"], f["end"]) for f in a["findings"] if f["severity"] != "low"]
            self.assertEqual([(f["rule"], f["start"], f["end"]) for f in b["findings"]], want, a["id"])

    def test_empty_input_is_fine(self):
        code, out, _ = run("check", "-", "--format", "json")
        self.assertEqual(code, 0)
        self.assertEqual(json.loads(out)["findings"], [])

    def test_invalid_utf8_is_a_clear_error(self):
        code, out, err = run("check", "-", stdin=b"Mme Lemaire \xff\xfe chambre 12")
        self.assertEqual(code, 2)
        self.assertIn("invalid UTF-8 at byte 12", err)

    def test_missing_file_is_a_clear_error(self):
        code, _, err = run("check", "/nonexistent/post.txt")
        self.assertEqual(code, 2)
        self.assertIn("/nonexistent/post.txt: cannot open", err)


class CheckJsonl(unittest.TestCase):
    def test_one_report_per_line_with_ids(self):
        lines = [{"id": "a", "text": "Mme Lemaire, chambre 212"}, {"id": 7, "text": "Bonne garde à tous"},
                 {"id": "c", "text": "my patient @jaybird_runs ran a marathon", "lang": "en", "extra": 1}]
        stdin = "".join(json.dumps(l) + "\n" for l in lines).encode()
        code, out, _ = run("check", "--format", "jsonl", "-", stdin=stdin)
        self.assertEqual(code, 1)
        reports = [json.loads(l) for l in out.splitlines()]
        self.assertEqual([r["id"] for r in reports], ["a", 7, "c"])
        self.assertEqual(reports[1]["findings"], [])
        self.assertEqual(reports[2]["lang"], "en")

    def test_bad_lines_are_named_and_the_rest_is_still_checked(self):
        stdin = b'{"id": "ok1", "text": "Mme Lemaire"}\n{"id": "bad", "text": \n{"id": "nt"}\n{"id": "ok2", "text": "RAS"}\n'
        code, out, err = run("check", "--format", "jsonl", "-", stdin=stdin)
        self.assertEqual(code, 2)
        self.assertIn("stdin:2: invalid JSON", err)
        self.assertIn("stdin:3: expected an object with a string \"text\"", err)
        self.assertEqual([json.loads(l)["id"] for l in out.splitlines()], ["ok1", "ok2"])

    def test_bad_option_value_in_a_line_is_reported(self):
        code, _, err = run("check", "--format", "jsonl", "-", stdin=b'{"id": 1, "text": "x", "lang": "de"}\n')
        self.assertEqual(code, 2)
        self.assertIn("stdin:1: lang: expected one of auto, fr, en", err)

    def test_text_report_for_many_posts(self):
        code, out, _ = run("check", "--input", "jsonl", "--color", "never", os.path.join(ROOT, "examples/posts.jsonl"))
        self.assertEqual(code, 1)
        # The name, the room and the phone number (high); the statistical layer may add a
        # medium re-identification guess on the same post.
        self.assertRegex(out, r"exemple-1 — \d+ alertes \(3 HAUTE")
        self.assertIn("(title-name-fr-f)", out)
        self.assertIn("Nothing to flag", out)


class Usage(unittest.TestCase):
    def test_help(self):
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        self.assertIn("secretum check", out)

    def test_unknown_option_and_bad_values(self):
        self.assertEqual(run("check", "--frobnicate")[0], 2)
        code, _, err = run("check", "--format", "xml")
        self.assertEqual(code, 2)
        self.assertIn("--format expects text, json or jsonl", err)
        code, _, err = run("check", "--jurisdiction", "be", "-")
        self.assertEqual(code, 2)
        self.assertIn("jurisdiction", err)

    def test_broken_rules_directory_names_file_and_key(self):
        d = tempfile.mkdtemp()
        try:
            shutil.copytree(os.path.join(ROOT, "rules"), os.path.join(d, "rules"))
            p = os.path.join(d, "rules/identifier/records.json")
            with open(p) as f:
                data = json.load(f)
            data["rules"][0]["severity"] = "urgent"
            with open(p, "w") as f:
                json.dump(data, f)
            code, _, err = run("check", "--rules", os.path.join(d, "rules"), "-", stdin=b"x")
            self.assertEqual(code, 2)
            self.assertIn("records.json: rules[0] (record-number).severity: expected low, medium or high", err)
        finally:
            shutil.rmtree(d)

    def test_test_rules_runs_every_example(self):
        code, out, _ = run("test-rules", "--rules", os.path.join(ROOT, "rules"))
        self.assertEqual(code, 0, out)
        self.assertIn(" 0 failed", out)

    def test_test_rules_reports_a_failing_example(self):
        d = tempfile.mkdtemp()
        try:
            shutil.copytree(os.path.join(ROOT, "rules"), os.path.join(d, "rules"))
            p = os.path.join(d, "rules/identifier/records.json")
            with open(p) as f:
                data = json.load(f)
            data["rules"][0]["examples"]["quiet"].append("IPP 400123987")
            with open(p, "w") as f:
                json.dump(data, f)
            code, out, _ = run("test-rules", "--rules", os.path.join(d, "rules"))
            self.assertEqual(code, 1)
            self.assertIn("record-number should stay quiet on: IPP 400123987", out)
        finally:
            shutil.rmtree(d)

    def test_rules_lists_rule_ids(self):
        code, out, _ = run("rules")
        self.assertEqual(code, 0)
        self.assertIn("fr-nir", out.split())


if __name__ == "__main__":
    unittest.main()
