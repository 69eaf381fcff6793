"""The installed Python module `congvan` against the installed CLI.

Run by tests/install/check_install.sh and check_deb.sh with Debian's python3,
PYTHONPATH set to the installed dist-packages only. Environment:
  CONGVAN_CLI                  the installed congvan binary
  CONGVAN_TEST_TEXTS           a directory holding copies of corpus texts
  CONGVAN_EXPECT_MODULE_UNDER  the install root the module must come from

Each function must return exactly what the CLI's JSON says (compared as
values), and errors must be congvan.Error carrying the CLI's one line.
"""
import json
import os
import subprocess
import sys
import unittest

import congvan

CLI = os.environ["CONGVAN_CLI"]
TEXTS = os.environ["CONGVAN_TEST_TEXTS"]
VI_2021 = "2021-vi-dispatch.txt"
VI_2023 = "2023-vi-news-summary.txt"
EN_2024 = "2024-en-qa-summary.txt"
DECREE = "2022-vi-decree-38-2022-nd-cp.txt"


def cli_json(*args):
    run = subprocess.run([CLI, *args], capture_output=True, cwd=TEXTS)
    # diff exits 1 when something changed (diff(1)); 2 is trouble.
    ok = (0, 1) if args[0] == "diff" else (0,)
    assert run.returncode in ok, run
    return json.loads(run.stdout)


def cli_error(*args):
    run = subprocess.run([CLI, *args], capture_output=True, text=True, cwd=TEXTS)
    assert run.returncode != 0 and run.stdout == "", run
    return run.stderr


def walk(nodes, depth=0):
    """The README's pandas example: one row per task, depth-first."""
    for n in nodes:
        yield {"path": n["path"], "depth": depth, "marker": n["marker"], "text": n["text"],
               "first_line": n["lines"][0]}
        yield from walk(n["children"], depth + 1)


class InstalledModule(unittest.TestCase):
    def setUp(self):
        os.chdir(TEXTS)

    def test_module_is_the_installed_one(self):
        root = os.path.realpath(os.environ["CONGVAN_EXPECT_MODULE_UNDER"])
        self.assertTrue(os.path.realpath(congvan.__file__).startswith(root + os.sep), congvan.__file__)
        self.assertEqual(congvan.__version__, subprocess.run(
            [CLI, "--version"], capture_output=True, text=True).stdout.split()[1])

    def test_parse_equals_cli_json(self):
        for text in (VI_2021, VI_2023, EN_2024, DECREE, "tcvn3.txt", "dispatch-numbered.docx"):
            with self.subTest(text=text):
                self.assertEqual(congvan.parse(text), cli_json("parse", text))

    def test_parse_forced_language_and_path_like(self):
        import pathlib
        self.assertEqual(congvan.parse(pathlib.Path(EN_2024), lang="en"),
                         cli_json("parse", "--lang", "en", EN_2024))
        doc = congvan.parse(VI_2021, lang="vi")
        self.assertEqual(doc["language"], "vi")
        self.assertEqual(len(doc["tasks"]), 4)
        self.assertEqual(doc["tasks"][1]["children"][0]["path"], "2.a")

    def test_parse_bytes_is_parse_of_the_file(self):
        for text in (VI_2021, "dispatch-numbered.docx"):
            with self.subTest(text=text):
                with open(text, "rb") as f:
                    from_bytes = congvan.parse(f.read())
                from_file = congvan.parse(text)
                self.assertEqual(from_bytes["tasks"], from_file["tasks"])
                self.assertEqual(from_bytes["meta"], from_file["meta"])

    def test_diff_equals_cli_json(self):
        for old, new in ((VI_2021, VI_2023), (VI_2023, EN_2024)):
            with self.subTest(old=old, new=new):
                self.assertEqual(congvan.diff(old, new), cli_json("diff", old, new, "--format", "json"))

    def test_timeline_equals_cli_json(self):
        versions = [EN_2024, VI_2021, VI_2023]  # ordered by year, vi → en through the lexicon
        result = congvan.timeline(versions)
        self.assertEqual(result, cli_json("timeline", *versions, "--format", "json"))
        self.assertEqual([v["year"] for v in result["versions"]], [2021, 2023, 2024])

    def test_timeline_refuses_an_unrelated_version_unless_forced(self):
        versions = [VI_2021, DECREE, VI_2023]  # a decree filed among the dispatches
        with self.assertRaises(congvan.Error) as raised:
            congvan.timeline(versions)
        self.assertIn(DECREE, str(raised.exception))
        self.assertIn("not a version of the same series", str(raised.exception))
        self.assertIn("not a version of the same series", cli_error("timeline", *versions))
        forced = congvan.timeline(versions, force=True)
        self.assertEqual(forced, cli_json("timeline", *versions, "--force", "--format", "json"))
        self.assertEqual([v["unrelated"] for v in forced["versions"]], [False, True, False])

    def test_errors_are_congvan_error_with_the_cli_line(self):
        cases = [(congvan.parse, ("missing.txt",), ["parse", "missing.txt"]),
                 (congvan.parse, (VI_2021,), ["parse", "--lang", "xx", VI_2021]),
                 (congvan.diff, (VI_2021, "missing.txt"), ["diff", VI_2021, "missing.txt"]),
                 (congvan.timeline, ([VI_2021, "missing.txt"],), ["timeline", VI_2021, "missing.txt"])]
        for function, args, cli_args in cases:
            kwargs = {"lang": "xx"} if "--lang" in cli_args else {}
            with self.subTest(cli=cli_args):
                with self.assertRaises(congvan.Error) as raised:
                    function(*args, **kwargs)
                message = str(raised.exception)
                self.assertNotIn("\n", message)
                cli_line = cli_error(*cli_args).rstrip("\n")
                if kwargs:  # the CLI names its option; the module its argument
                    self.assertIn("unknown lang 'xx'", message)
                else:
                    self.assertEqual("congvan: " + message, cli_line)

    def test_grammars_directory_as_the_cli_option(self):
        import shutil
        import tempfile
        installed = os.path.join(os.path.dirname(os.path.realpath(CLI)), "..", "share", "congvan", "grammars")
        with tempfile.TemporaryDirectory() as tmp:
            # A copy of the installed grammars parses, diffs and links years as the CLI given it.
            copy = os.path.join(tmp, "copy")
            shutil.copytree(installed, copy)
            self.assertEqual(congvan.parse(DECREE, grammars=copy), cli_json("parse", "--grammars", copy, DECREE))
            self.assertEqual(congvan.diff(VI_2023, EN_2024, grammars=copy),
                             cli_json("diff", "--grammars", copy, VI_2023, EN_2024, "--format", "json"))
            versions = [VI_2021, VI_2023, EN_2024]
            self.assertEqual(congvan.timeline(versions, grammars=copy),
                             cli_json("timeline", "--grammars", copy, *versions, "--format", "json"))
            # A directory without en.xml knows Vietnamese only: the module says so. (A new
            # directory: grammars once loaded stay cached by directory for the process.)
            vi_only = os.path.join(tmp, "vi-only")
            shutil.copytree(installed, vi_only, ignore=shutil.ignore_patterns("en.xml"))
            with self.assertRaises(congvan.Error) as raised:
                congvan.parse(EN_2024, "en", grammars=vi_only)
            self.assertIn("unknown lang 'en'", str(raised.exception))
            self.assertEqual(congvan.parse(VI_2021, "vi", grammars=vi_only)["tasks"], congvan.parse(VI_2021)["tasks"])
            # A directory holding no grammar: the CLI's one line, naming it.
            empty = os.path.join(tmp, "empty")
            os.mkdir(empty)
            with self.assertRaises(congvan.Error) as raised:
                congvan.parse(VI_2021, grammars=empty)
            self.assertIn(empty, str(raised.exception))
            self.assertEqual("congvan: " + str(raised.exception),
                             cli_error("parse", "--grammars", empty, VI_2021).rstrip("\n"))
        with self.assertRaises(TypeError):
            congvan.parse(VI_2021, grammars=42)

    def test_bad_bytes_and_types(self):
        with self.assertRaises(congvan.Error) as raised:
            congvan.parse(b"\x00\x01binary\x00")
        self.assertIn("(bytes)", str(raised.exception))
        with self.assertRaises(TypeError):
            congvan.parse(42)
        with self.assertRaises(TypeError):
            congvan.timeline([b"1. bytes have no file name"])

    def test_pandas_tasks_table(self):
        import pandas as pd  # Debian's python3-pandas (tools/deps)
        doc = congvan.parse(VI_2021)
        tasks = pd.DataFrame(walk(doc["tasks"]))
        self.assertEqual(list(tasks.columns), ["path", "depth", "marker", "text", "first_line"])
        self.assertEqual((tasks.depth == 0).sum(), 4)
        row = tasks.set_index("path").loc["2.a"]
        self.assertEqual((row.marker, row.depth, row.first_line), ("a)", 1, 13))
        self.assertTrue(tasks.first_line.is_monotonic_increasing)

    def test_search_equals_cli_json(self):
        import tempfile
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "corpus.db")
            subprocess.run([CLI, "index", "--db", db, VI_2021, VI_2023, EN_2024, DECREE],
                           check=True, capture_output=True, cwd=TEXTS)
            # Diacritic-blind: "kiem tra" finds "kiểm tra" (line 30 of the 2021 dispatch).
            hits = congvan.search(db, "kiem tra")
            self.assertEqual(hits, cli_json("search", "--db", db, "kiem tra", "--format", "json")["hits"])
            self.assertTrue(any(h["source"].endswith(VI_2021) and h["lines"][0] == 30 for h in hits), hits)
            self.assertEqual(congvan.search(db, "kiểm tra"), hits)
            # Filters and the cross-language expansion, as the CLI's options.
            years = congvan.search(db, "bình đẳng giới", year=(2021, 2023))
            self.assertEqual(years, cli_json("search", "--db", db, "bình đẳng giới", "--year", "2021..2023",
                                             "--format", "json")["hits"])
            self.assertTrue(years and all(2021 <= h["year"] <= 2023 for h in years))
            english = congvan.search(db, "kiểm tra", language="en", concepts=True)
            self.assertEqual(english, cli_json("search", "--db", db, "kiểm tra", "--language", "en", "--concepts",
                                               "--format", "json")["hits"])
            self.assertTrue(english and all(h["language"] == "en" for h in english))
            with self.assertRaises(congvan.Error):
                congvan.search(os.path.join(tmp, "missing.db"), "kiem tra")
            with self.assertRaises(TypeError):
                congvan.search(db, "kiem tra", year="2021")


if __name__ == "__main__":
    unittest.main(argv=[sys.argv[0], "-v"])
