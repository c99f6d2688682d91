#!/usr/bin/env python3
"""`secretum audit`: synthetic X, Facebook and LinkedIn exports (zip and folder), bad inputs, the
JSON report checked against `secretum check`, the HTML report in headless Chromium (screenshot in
build/audit/report.png), the progress bar, and a 5,000-record archive ($SECRETUM_AUDIT_POSTS).

  python3 tests/audit/test_audit.py                 (CLI: $SECRETUM_CLI, default build/bin/secretum)
  SECRETUM_AUDIT_SKIP_BROWSER=1 ...                 without the Chromium part
"""
import json, os, pty, random, re, select, shutil, subprocess, sys, tempfile, time, unittest, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CLI = os.environ.get("SECRETUM_CLI", os.path.join(ROOT, "build/bin/secretum"))
SHOTS = os.path.join(ROOT, "build/audit")
sys.path.insert(0, HERE)
import exports  # noqa: E402

TMP = tempfile.mkdtemp(prefix="secretum-audit-")


def run(*args, timeout=300):
    p = subprocess.run([CLI, "audit", *args], capture_output=True, timeout=timeout)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def audit(path, *extra, name=None):
    """Runs the audit of `path` into a fresh folder; returns (code, stderr, report.json or None, out dir)."""
    out = tempfile.mkdtemp(dir=TMP, prefix=(name or "out") + "-")
    code, _, err = run(path, "--out", out, *extra)
    report = None
    if os.path.exists(os.path.join(out, "report.json")):
        with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
            report = json.load(f)
    return code, err, report, out


def make(kind, files, zipped=False, prefix=""):
    base = os.path.join(TMP, "%s-%d" % (kind, random.randrange(10**9)))
    if zipped:
        return exports.write_zip(files, base + ".zip", prefix)
    return exports.write_folder(files, base)


def u16_slice(text, start, end):
    b = text.encode("utf-16-le")
    return b[start * 2:end * 2].decode("utf-16-le")


def by_text(report, needle):
    hits = [p for p in report["posts"] if needle in p["text"]]
    assert len(hits) == 1, (needle, [p["text"] for p in report["posts"]])
    return hits[0]


class XArchive(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = make("x", exports.x_files())
        # A zip as X sends it: everything under one top folder.
        cls.zip = make("x", exports.x_files(), zipped=True, prefix="twitter-2023-05-30-abc/")
        cls.code, cls.err, cls.report, cls.out = audit(cls.folder, name="x")
        cls.zcode, cls.zerr, cls.zreport, _ = audit(cls.zip, name="xzip")

    def test_folder_and_zip_give_the_same_posts_and_findings(self):
        strip = lambda r: [{k: v for k, v in p.items() if k != "file"} for p in r["posts"]]
        self.assertEqual(strip(self.report), strip(self.zreport))
        self.assertEqual(self.code, 1)
        self.assertEqual(self.zcode, 1)
        self.assertEqual(self.zreport["source"]["archive"], "zip")

    def test_stderr_says_what_was_found_and_skipped(self):
        self.assertIn("X/Twitter archive of @dr_lemaire", self.err)
        self.assertRegex(self.err, r"data/tweets\.js +11 records → 10 to audit \(1 reply, 9 posts\); skipped: 1 retweet")
        self.assertIn("1 merged into their shortened tweet", self.err)
        self.assertRegex(self.err, r"not read: 4 other files")
        self.assertIn("report.html", self.err)

    def test_replies_note_tweets_entities_and_links(self):
        r = self.report
        self.assertEqual(len(r["posts"]), 11)
        reply = by_text(r, "doublez la dose")
        self.assertEqual(reply["kind"], "reply")
        self.assertEqual(reply["context"], "@jdupont")
        self.assertEqual(reply["url"], "https://x.com/dr_lemaire/status/1512345678900000003")
        # The shortened tweet got the whole note text; the other note is a post of its own.
        long = by_text(r, "Saint-Aubin")
        self.assertEqual(long["text"], exports.X_NOTE_TEXT)
        self.assertEqual(long["url"], "https://x.com/dr_lemaire/status/1649000000000000011")
        self.assertEqual(by_text(r, "ascenseur")["kind"], "note")
        # &amp; &lt; &gt; as written in full_text are read back.
        self.assertIn("SFC & ateliers pratiques <cardio>", by_text(r, "SFC")["text"])
        self.assertFalse([p for p in r["posts"] if p["text"].startswith("RT @")])
        self.assertEqual(by_text(r, "Mme Perrault")["date"], "2022-03-01T21:14:05Z")

    def test_actions(self):
        r = self.report
        self.assertEqual(by_text(r, "Mme Perrault")["action"], "delete")      # high
        self.assertEqual(by_text(r, "Saint-Aubin")["action"], "delete")       # recognizable, X cannot edit
        self.assertEqual(by_text(r, "-50%")["action"], "edit")                # advertising, medium
        self.assertEqual(by_text(r, "Proud of our ICU")["action"], "none")
        self.assertEqual(by_text(r, "Mme Castel")["action"], "delete")
        self.assertEqual(r["summary"]["actions"], {"delete": 4, "edit": 3, "keep": 0})
        self.assertEqual(r["options"], {"lang": "fr", "jurisdiction": "fr", "min_severity": "low"})

    def test_html_is_self_contained_and_lists_every_flagged_post(self):
        with open(os.path.join(self.out, "report.html"), encoding="utf-8") as f:
            html = f.read()
        self.assertIn("Content-Security-Policy", html)
        self.assertIn("default-src 'none'", html)
        self.assertNotRegex(html, r"<(script|img|iframe|link|audio|video|source)\b[^>]*\b(src|href)=")
        self.assertNotRegex(html, r"url\(|@import")
        self.assertEqual(html.count("<article class=\"post"), self.report["summary"]["flagged"])
        self.assertIn('<html lang="fr">', html)
        self.assertIn("https://x.com/dr_lemaire/status/1498765432100000001", html)
        self.assertIn('<mark class="s-high"', html)
        self.assertIn("Alertes par mois", html)
        # The name has a safe replacement: a corrected version to post again, ready to copy.
        self.assertIn("Une patiente m&#39;a tricoté une écharpe", html)
        self.assertIn("<svg class=\"months\"", html)
        for p in self.report["posts"]:
            if p["findings"]:
                self.assertIn(p["findings"][0]["message"].replace("'", "&#39;"), html)

    def test_report_files_are_private(self):
        for name in ("report.html", "report.json"):
            self.assertEqual(os.stat(os.path.join(self.out, name)).st_mode & 0o077, 0)


class Facebook(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.zip = make("fb", exports.facebook_files(), zipped=True)
        cls.code, cls.err, cls.report, cls.out = audit(cls.zip, name="fb")

    def test_mojibake_is_fixed(self):
        texts = " ".join(p["text"] + p["context"] for p in self.report["posts"])
        self.assertIn("Mme Lefèvre", texts)
        self.assertIn("Médecins généralistes de la Drôme", texts)
        self.assertNotIn("Ã", texts)
        self.assertEqual(self.report["source"]["account"], "Hélène Dubois")
        self.assertIn("broken accents fixed", self.err)

    def test_posts_comments_groups_and_photo_captions(self):
        kinds = sorted(p["kind"] for p in self.report["posts"])
        self.assertEqual(kinds, ["comment", "comment", "group_comment", "group_post",
                                 "post", "post", "post", "post", "post"])
        caption = by_text(self.report, "Photo de la plaie")
        self.assertEqual(caption["action"], "delete")
        self.assertIn("1 without text", self.err)
        self.assertEqual(by_text(self.report, "2 95 10 99")["date"], "2022-09-12T22:40:00Z")

    def test_facebook_actions_account_for_the_edit_history(self):
        # Medium re-identification: an edit would keep the original in Facebook's edit history.
        self.assertEqual(by_text(self.report, "Saint-Aubin")["action"], "delete")
        self.assertEqual(by_text(self.report, "complément alimentaire")["action"], "edit")
        self.assertEqual(by_text(self.report, "Vacances")["action"], "none")
        with open(os.path.join(self.out, "report.html"), encoding="utf-8") as f:
            html = f.read()
        self.assertIn("historique des modifications", html)
        self.assertIn("Historique personnel", html)  # no link in the export: where to find the post


class LinkedIn(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.folder = make("li", exports.linkedin_files())
        cls.code, cls.err, cls.report, cls.out = audit(cls.folder, name="li")

    def test_multiline_quoted_fields(self):
        panel = by_text(self.report, "burnout")
        self.assertEqual(panel["text"], exports.LI_SHARES[1][2])
        self.assertIn('"in person"', panel["text"])
        self.assertEqual(by_text(self.report, "Thompson")["text"], exports.LI_SHARES[0][2])

    def test_kinds_links_and_skips(self):
        self.assertEqual(len(self.report["posts"]), 5)
        share = by_text(self.report, "Thompson")
        self.assertEqual(share["kind"], "share")
        self.assertTrue(share["url"].startswith("https://www.linkedin.com/feed/update/"))
        self.assertEqual(by_text(self.report, "102-year-old")["kind"], "comment")
        self.assertIn("1 without text", self.err)
        self.assertEqual(by_text(self.report, "X-ray")["action"], "keep")  # low only

    def test_english_majority_gives_an_english_report(self):
        self.assertEqual(self.report["options"]["lang"], "en")
        self.assertEqual(self.report["options"]["jurisdiction"], "us")
        with open(os.path.join(self.out, "report.html"), encoding="utf-8") as f:
            html = f.read()
        self.assertIn('<html lang="en">', html)
        self.assertIn("Findings per month", html)


class JsonMatchesCheck(unittest.TestCase):
    """Every post's findings in report.json are exactly what `secretum check --format json` gives
    for its text, with the same site, message language and jurisdiction."""

    def check_report(self, report):
        groups = {}
        for p in report["posts"]:
            groups.setdefault(p["message_lang"], []).append(p)
        for message_lang, posts in groups.items():
            lines = "".join(json.dumps({"id": i, "text": p["text"], "site": p["site"],
                                        "jurisdiction": p["jurisdiction"]}) + "\n"
                            for i, p in enumerate(posts))
            proc = subprocess.run([CLI, "check", "--format", "jsonl", "--message-lang", message_lang, "-"],
                                  input=lines.encode(), capture_output=True)
            self.assertIn(proc.returncode, (0, 1), proc.stderr)
            checked = [json.loads(l) for l in proc.stdout.decode().splitlines()]
            self.assertEqual(len(checked), len(posts))
            for p, c in zip(posts, checked):
                for key in ("lang", "message_lang", "jurisdiction", "counts", "findings", "signals", "truncated"):
                    self.assertEqual(p[key], c[key], (key, p["text"]))
                for f in p["findings"]:
                    self.assertEqual(u16_slice(p["text"], f["start"], f["end"]), f["text"])

    def test_x(self):
        self.check_report(audit(make("x", exports.x_files()))[2])

    def test_facebook(self):
        self.check_report(audit(make("fb", exports.facebook_files()))[2])

    def test_linkedin(self):
        self.check_report(audit(make("li", exports.linkedin_files()))[2])

    def test_forced_language_and_jurisdiction(self):
        code, _, report, out = audit(make("x", exports.x_files()), "--lang", "en", "--jurisdiction", "qc")
        self.assertEqual(report["options"], {"lang": "en", "jurisdiction": "qc", "min_severity": "low"})
        flagged = [p for p in report["posts"] if p["findings"]]
        self.assertTrue(flagged)
        self.assertTrue(all(p["message_lang"] == "en" and p["jurisdiction"] == "qc" for p in flagged))
        self.check_report(report)
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            self.assertIn('<html lang="en">', f.read())

    def test_minority_language_posts_follow_the_report(self):
        # The French X archive holds one English post: flagged posts all speak French.
        files = exports.x_files()
        extra = exports._tweet_record("1600000000000000001", "Mon Jan 02 10:00:00 +0000 2023",
                                      "Just discharged Mr. Thompson from room 412, what a fighter!")
        text = files["data/tweets.js"].decode()
        files["data/tweets.js"] = text.replace("= [", "= [" + json.dumps(extra) + ",", 1).encode()
        _, _, report, _ = audit(make("x", files))
        post = by_text(report, "Thompson")
        self.assertEqual(post["lang"], "en")
        self.assertEqual(post["message_lang"], "fr")
        self.assertEqual(post["jurisdiction"], "fr")
        self.check_report(report)


class ExitStatus(unittest.TestCase):
    def test_fail_on_and_a_clean_export(self):
        folder = make("x", exports.x_files())
        self.assertEqual(audit(folder, "--fail-on", "high")[0], 1)
        clean = {"data/tweets.js": exports.ytd("tweets", [exports._tweet_record(
            "1", "Mon Jan 02 10:00:00 +0000 2023", "Belle journée de formation avec l'équipe")]).encode()}
        code, err, report, out = audit(make("x", clean))
        self.assertEqual(code, 0, err)
        self.assertEqual(report["summary"]["flagged"], 0)
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            self.assertIn("Aucune publication à revoir parmi les 1 analysées", f.read())

    def test_min_severity_drops_low_findings(self):
        _, _, report, _ = audit(make("li", exports.linkedin_files()), "--min-severity", "medium")
        self.assertEqual(by_text(report, "X-ray")["findings"], [])

    def test_usage_errors(self):
        code, _, err = run(make("x", exports.x_files()))
        self.assertEqual(code, 2)
        self.assertIn("--out DIR is required", err)
        code, _, err = run("--out", TMP)
        self.assertEqual(code, 2)
        self.assertIn("which export?", err)
        for args, msg in ((["--lang", "de"], "--lang expects"), (["--frobnicate"], "unknown option"),
                          (["--jurisdiction", "be"], "jurisdiction"), (["--jobs", "0"], "--jobs expects")):
            code, _, err = run("x", "--out", TMP, *args)
            self.assertEqual(code, 2, args)
            self.assertIn(msg, err)
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        self.assertIn("secretum audit PATH --out DIR", out)

    def test_out_is_a_file(self):
        f = os.path.join(TMP, "a-file")
        open(f, "w").close()
        code, _, err = run(make("x", exports.x_files()), "--out", f)
        self.assertEqual(code, 2)
        self.assertIn("exists and is not a folder", err)


class BadInput(unittest.TestCase):
    def assertClearError(self, path, *needles):
        code, err, report, out = audit(path)
        self.assertEqual(code, 2, err)
        self.assertIsNone(report)
        self.assertNotIn("internal error", err)
        for n in needles:
            self.assertIn(n, err)
        return err

    def test_missing_path(self):
        self.assertClearError("/nonexistent/export.zip", "no such file or folder")

    def test_truncated_zip(self):
        z = make("x", exports.x_files(), zipped=True)
        with open(z, "rb") as f:
            data = f.read()
        with open(z, "wb") as f:
            f.write(data[:len(data) // 2])
        self.assertClearError(z, "not a readable zip file", "download the export again")

    def test_empty_and_fake_zip(self):
        p = os.path.join(TMP, "empty.zip")
        open(p, "wb").close()
        self.assertClearError(p, "the zip file is empty")
        p = os.path.join(TMP, "fake.zip")
        with open(p, "wb") as f:
            f.write(b"<html>Error 503</html>")
        self.assertClearError(p, "not a zip file")

    def crc_damaged_zip(self, files):
        z = os.path.join(TMP, "crc-%d.zip" % random.randrange(10**9))
        with zipfile.ZipFile(z, "w", zipfile.ZIP_STORED) as zf:
            for name, data in files.items():
                zf.writestr(name, data)
        with open(z, "rb") as f:
            raw = bytearray(f.read())
        raw[raw.find(b"Garde aux urgences")] ^= 0x20  # one flipped bit: the CRC no longer matches
        with open(z, "wb") as f:
            f.write(bytes(raw))
        return z

    def test_damaged_zip_entry(self):
        files = exports.x_files()
        only = {k: files[k] for k in ("data/tweets.js", "data/account.js")}
        self.assertClearError(self.crc_damaged_zip(only), "data/tweets.js", "damaged zip entry", "CRC")
        # With another readable file, the report is written, says what is missing, and exits 2.
        code, err, report, out = audit(self.crc_damaged_zip(files))
        self.assertEqual(code, 2)
        self.assertIn("could not read data/tweets.js", err)
        self.assertEqual(report["summary"]["unreadable_files"], ["data/tweets.js"])
        self.assertEqual(len(report["posts"]), 2)  # the two note tweets
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            self.assertIn("ses publications manquent dans ce rapport : data/tweets.js", f.read())

    def test_nothing_to_audit(self):
        empty = os.path.join(TMP, "empty-folder")
        os.makedirs(empty, exist_ok=True)
        self.assertClearError(empty, "no X, Facebook or LinkedIn export found")
        holder = os.path.join(TMP, "holder")
        os.makedirs(holder, exist_ok=True)
        shutil.copy(make("x", exports.x_files(), zipped=True), os.path.join(holder, "twitter.zip"))
        self.assertClearError(holder, "give the zip file itself")

    def test_facebook_html_export(self):
        files = {"your_activity_across_facebook/posts/your_posts_1.html": b"<html></html>",
                 "index.html": b"<html></html>"}
        self.assertClearError(make("fb", files), "HTML format", "choose the JSON format")

    def test_not_the_x_format(self):
        self.assertClearError(make("x", {"data/tweets.js": b"hello world"}), "not in the X archive format")

    def test_truncated_tweets_js_keeps_what_came_before(self):
        files = exports.x_files()
        data = files["data/tweets.js"]
        files["data/tweets.js"] = data[:data.find(b"Proud of our ICU")]
        code, err, report, out = audit(make("x", files))
        self.assertEqual(code, 2)
        self.assertIn("cut off", err)
        self.assertIn("1 damaged record could not be audited", err)
        self.assertEqual(report["summary"]["damaged_records"], 1)
        self.assertTrue(any("Mme Perrault" in p["text"] for p in report["posts"]))
        self.assertFalse(any("Proud of our ICU" in p["text"] for p in report["posts"]))
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            self.assertIn("1 enregistrement endommagé n&#39;a pas pu être analysé", f.read())

    def test_a_broken_record_in_the_middle(self):
        files = exports.x_files()
        text = files["data/tweets.js"].decode()
        text = text.replace('"favorite_count" : "2"', '"favorite_count" : oops', 1).replace(
            '"favorite_count": "2"', '"favorite_count": oops', 1)
        files["data/tweets.js"] = text.encode()
        code, err, report, _ = audit(make("x", files))
        self.assertEqual(code, 2)
        self.assertIn("1 record(s) are not valid JSON", err)
        self.assertEqual(len(report["posts"]), 10)  # 11 minus the broken one

    def test_invalid_utf8_in_tweets_js(self):
        files = exports.x_files()
        files["data/tweets.js"] = files["data/tweets.js"].replace("Valence".encode(), b"Val\xffence")
        code, err, report, _ = audit(make("x", files))
        self.assertEqual(code, 1, err)
        self.assertIn("1 invalid UTF-8 byte(s)", err)
        self.assertIn("Val\ufffdence", by_text(report, "Perrault")["text"])

    def test_empty_tweets_js_is_said_not_silent(self):
        code, err, report, out = audit(make("x", {"data/tweets.js": b"window.YTD.tweets.part0 = []"}))
        self.assertEqual(code, 0)
        self.assertIn("no post with text", err)
        self.assertEqual(report["posts"], [])
        with open(os.path.join(out, "report.html"), encoding="utf-8") as f:
            self.assertIn("nothing could be audited", f.read())

    def test_truncated_facebook_json(self):
        files = exports.facebook_files()
        key = "your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json"
        data = files[key]
        files[key] = data[:data.find(b"compl")]
        code, err, report, _ = audit(make("fb", files))
        self.assertEqual(code, 2)
        self.assertIn("cut off", err)
        self.assertTrue(any("Lefèvre" in p["text"] for p in report["posts"]))
        self.assertFalse(any("complément" in p["text"] for p in report["posts"]))

    def test_csv_with_a_quote_left_open(self):
        data = (b'Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n'
                b'"2023-01-01 10:00:00","https://www.linkedin.com/feed/update/1","First post, fine",,,"PUBLIC"\n'
                b'"2023-01-02 10:00:00","https://www.linkedin.com/feed/update/2","Broken post, the quote\n'
                b'"2023-01-03 10:00:00","https://www.linkedin.com/feed/update/3","He said ""hi"" to Mme Perrault, chambre 14",,,"PUBLIC"\n')
        # The open quote swallows the rest of the file: that record is lost, reading resumes after it.
        code, err, report, _ = audit(make("li", {"Shares.csv": data}))
        self.assertEqual(code, 2, err)
        self.assertIn("could not be read", err)
        texts = [p["text"] for p in report["posts"]]
        self.assertIn("First post, fine", texts)
        self.assertIn('He said "hi" to Mme Perrault, chambre 14', texts)

    def test_csv_stray_quotes_and_extra_separators(self):
        data = (b'Date,Link,Message\n'
                b'2023-01-01 10:00:00,https://www.linkedin.com/feed/update/1,"He said "hi" today"\n'
                b'2023-01-02 10:00:00,https://www.linkedin.com/feed/update/2,Unquoted, with a comma\n')
        code, err, report, _ = audit(make("li", {"Comments.csv": data}))
        self.assertEqual(code, 0, err)
        self.assertEqual([p["text"] for p in report["posts"]], ['He said "hi" today', "Unquoted, with a comma"])
        self.assertIn("more fields than columns", err)

    def test_csv_in_windows_1252_and_utf16_and_semicolons(self):
        rows = [("2023-01-01 10:00:00", "https://www.linkedin.com/feed/update/1", "Très belle journée, merci à l'équipe")]
        header = ["Date", "Link", "Message"]
        cp1252 = exports.csv_bytes(header, rows, encoding="cp1252")
        utf16 = b"\xff\xfe" + exports.csv_bytes(header, rows, delimiter="\t").decode().encode("utf-16-le")
        semi = exports.csv_bytes(header, [("01/02/2023 10:00", rows[0][1], rows[0][2])], delimiter=";")
        for data, note in ((cp1252, "Windows-1252"), (utf16, "utf-16le"), (semi, None)):
            code, err, report, _ = audit(make("li", {"Comments.csv": data}))
            self.assertEqual(code, 0, err)
            self.assertEqual([p["text"] for p in report["posts"]], [rows[0][2]])
            if note:
                self.assertIn(note, err)
        self.assertEqual(report["posts"][0]["date"], "2023-02-01T10:00:00Z")  # day first with ';'

    def test_random_damage_never_crashes(self):
        rng = random.Random(1)
        sources = [("x", exports.x_files(), "data/tweets.js"),
                   ("fb", exports.facebook_files(),
                    "your_facebook_activity/comments_and_reactions/comments.json"),
                   ("li", exports.linkedin_files(), "Shares.csv")]
        for i in range(24):
            kind, files, key = sources[i % 3]
            files = dict(files)
            data = bytearray(files[key])
            for _ in range(rng.randrange(1, 12)):
                op = rng.randrange(3)
                at = rng.randrange(len(data))
                if op == 0:
                    data[at] = rng.randrange(256)
                elif op == 1:
                    del data[at:at + rng.randrange(1, 40)]
                else:
                    data[at:at] = bytes([rng.choice(b'"{}[],\n\\\xc3\x80')])
            files[key] = bytes(data)
            path = make(kind, files, zipped=bool(i % 2))
            code, err, report, _ = audit(path)
            self.assertIn(code, (0, 1, 2), err)
            self.assertNotIn("internal error", err)
            if code in (0, 1):
                self.assertIsNotNone(report, err)


class Progress(unittest.TestCase):
    def run_on_a_terminal(self, *extra):
        folder = make("x", exports.x_files())
        master, slave = pty.openpty()
        out = tempfile.mkdtemp(dir=TMP)
        p = subprocess.Popen([CLI, "audit", folder, "--out", out, *extra], stdout=subprocess.DEVNULL,
                             stderr=slave, env=dict(os.environ, TERM="xterm"))
        os.close(slave)
        chunks = []
        while True:
            r, _, _ = select.select([master], [], [], 30)
            if not r:
                break
            try:
                data = os.read(master, 4096)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        p.wait(timeout=60)
        os.close(master)
        return p.returncode, b"".join(chunks).decode("utf-8", "replace")

    def test_bar_on_a_terminal(self):
        code, err = self.run_on_a_terminal()
        self.assertEqual(code, 1)
        self.assertIn("analyzing", err)
        self.assertIn("█", err)
        self.assertIn("100%", err)

    def test_no_bar_when_asked_or_not_a_terminal(self):
        self.assertNotIn("█", self.run_on_a_terminal("--progress", "never")[1])
        self.assertNotIn("█", run(make("x", exports.x_files()), "--out", tempfile.mkdtemp(dir=TMP))[2])


@unittest.skipIf(os.environ.get("SECRETUM_AUDIT_SKIP_BROWSER") == "1", "browser part skipped")
class Browser(unittest.TestCase):
    def shoot(self, report_dir, png, width=1200):
        os.makedirs(SHOTS, exist_ok=True)
        proc = subprocess.run(["node", os.path.join(HERE, "screenshot.mjs"), os.path.join(report_dir, "report.html"),
                               os.path.join(SHOTS, png), str(width)], capture_output=True, timeout=300, cwd=ROOT)
        self.assertEqual(proc.returncode, 0, proc.stderr.decode())
        return json.loads(proc.stdout.decode().strip().splitlines()[-1])

    def test_report_in_chromium(self):
        _, _, report, out = audit(make("x", exports.x_files()))
        r = self.shoot(out, "report.png")
        self.assertEqual(r["requests"], [], "the report made network requests")
        self.assertEqual(r["console_errors"], [])
        self.assertEqual(r["posts"], report["summary"]["flagged"])
        self.assertEqual(r["lang"], "fr")
        self.assertEqual(r["count_text"], "Affichées : 7 sur 7")
        flagged = [p for p in report["posts"] if p["findings"]]
        self.assertEqual(r["shown_without_high"],
                         sum(1 for p in flagged if any(f["severity"] != "high" for f in p["findings"])))
        self.assertEqual(r["shown_for_category"], r["expected_for_category"])
        self.assertEqual(r["shown_for_month"], r["expected_for_month"])
        self.assertEqual(r["shown_for_nonsense"], 0)
        self.assertTrue(r["empty_message_visible"])
        self.assertTrue(r["sorted_oldest"])
        self.assertEqual(r["shown_after_reset"], r["posts"])
        self.assertTrue(os.path.getsize(os.path.join(SHOTS, "report.png")) > 50000)

    def test_english_report_on_a_narrow_screen(self):
        _, _, _, out = audit(make("li", exports.linkedin_files()))
        r = self.shoot(out, "report-linkedin-en-narrow.png", width=420)
        self.assertEqual(r["requests"], [])
        self.assertEqual(r["console_errors"], [])
        self.assertEqual(r["lang"], "en")


class Scale(unittest.TestCase):
    # Correctness on a large archive (every record accounted for); how fast it goes is measured by
    # scripts/bench (50,000 records), never asserted here.
    def test_a_large_archive_accounts_for_every_record(self):
        n = int(os.environ.get("SECRETUM_AUDIT_POSTS", "5000"))
        z = exports.write_zip(exports.big_x_files(n), os.path.join(TMP, "big.zip"))
        out = tempfile.mkdtemp(dir=TMP, prefix="big-")
        start = time.monotonic()
        code, _, err = run(z, "--out", out)
        elapsed = time.monotonic() - start
        with open(os.path.join(out, "report.json"), encoding="utf-8") as f:
            report = json.load(f)
        self.assertEqual(code, 1, err)
        self.assertEqual(len(report["posts"]) + report["source"]["files"][0]["skipped"]["retweet"], n)
        print("\n  %s records audited in %.1f s: %s" % (f"{n:,}", elapsed,
              re.search(r"audited in .*", err).group(0)), file=sys.stderr)


if __name__ == "__main__":
    try:
        unittest.main(verbosity=2)
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
