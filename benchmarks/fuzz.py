"""A bounded fuzz run of extraction: random HTML and plain text through `extract_article`.

    python -m benchmarks.fuzz --examples 2000

Every input must give an article or a reject; anything raised is a finding. Inputs come from
hypothesis strategies (nested tags, scripts, entities, broken markup, cue words of the cleaner,
random bytes in several encodings), and the count of inputs tried is printed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from transforms.extract import ExtractConfig, extract_article
from transforms.records import Document, Reject

CFG = ExtractConfig(ingested_at=dt.datetime(2025, 1, 1, tzinfo=dt.UTC), pipeline_version="fuzz")
WORDS = st.sampled_from(
    ["By", "Reuters", "said:", "Comments", "Share", "Photo:", "the", "mayor", "2017", "—", "&amp;",
     "&#x0;", "&nosuch;", "<!--", "-->", "<![CDATA[", "]]>", "\u202e", "\ufeff", "Kommentare"]
) | st.text(max_size=10)  # fmt: skip
LINE = st.lists(WORDS, max_size=12).map(" ".join)
TAG = st.sampled_from(["p", "div", "article", "script", "style", "nav", "h1", "table", "td", "br",
                       "meta charset='koi8-r'", "a href='javascript:x'", "svg", "math", "template"])  # fmt: skip
HTML = st.recursive(
    LINE,
    lambda inner: st.tuples(TAG, st.lists(inner, max_size=4), st.booleans()).map(
        lambda t: f"<{t[0]}>{''.join(t[1])}" + (f"</{t[0].split()[0]}>" if t[2] else "")
    ),
    max_leaves=40,
)
ENCODINGS = st.sampled_from(["utf-8", "cp1252", "koi8_r", "shift_jis", "utf-16"])


def page_bytes() -> st.SearchStrategy[tuple[str, bytes]]:
    text = st.tuples(HTML, ENCODINGS).map(lambda t: t[0].encode(t[1], errors="replace"))
    return st.tuples(st.sampled_from(["html", "text"]), text | st.binary(max_size=3000))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=2000)
    args = parser.parse_args()
    tried = {"inputs": 0, "articles": 0, "rejects": 0}

    @settings(max_examples=args.examples, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))  # fmt: skip
    @given(page_bytes())
    def fuzz(case: tuple[str, bytes]) -> None:
        kind, content = case
        doc = Document(key="fuzz", source="fuzz", url=None, format=kind, content=content)
        result = extract_article(doc, CFG)
        tried["inputs"] += 1
        tried["rejects" if isinstance(result, Reject) else "articles"] += 1

    start = time.perf_counter()
    fuzz()
    seconds = time.perf_counter() - start
    print(
        f"fuzz: {tried['inputs']} inputs tried in {seconds:.0f} s: {tried['articles']} articles, "
        f"{tried['rejects']} rejects, 0 errors raised"
    )


if __name__ == "__main__":
    main()
