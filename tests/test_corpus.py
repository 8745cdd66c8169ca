"""The synthetic corpus (dagster_project/corpus.py): deterministic, seed-shaped, spec-conformant ground
truth, the score.py rule, and the accuracy check: extraction must reproduce the ground truth exactly."""
from __future__ import annotations

import csv
import re
from datetime import date

import pytest

from dagster_project import corpus
from dagster_project.arrivals import briefing_key

from conftest import ROOT

CATALOGUE = {r["indicator_id"]: r for r in csv.DictReader((ROOT / "seeds" / "indicators.csv").open(encoding="utf-8"))}


@pytest.fixture(scope="module")
def briefings() -> list[corpus.Briefing]:
    return corpus.generate(20, seed=0)


def test_generation_is_deterministic_and_a_small_corpus_is_a_prefix_of_a_large_one():
    assert corpus.generate(3, seed=7) == corpus.generate(3, seed=7)
    assert corpus.generate(2, seed=7) == corpus.generate(4, seed=7)[:2]
    assert corpus.generate(2, seed=8)[0].text != corpus.generate(2, seed=7)[0].text
    names = [b.name for b in corpus.generate(40, seed=7)]
    assert len(set(names)) == 40


def test_briefings_are_shaped_like_the_seeds(briefings):
    for b in briefings:
        assert 50_000 <= len(b.text.encode("utf-8")) <= 70_000, b.name
        key = briefing_key(b.name, b.text)
        assert re.match(r"\d{4}-\d{2}-\d{2}-(scio|miit)-", key), (b.name, key)   # dateline and publisher found
        assert "Q&A" not in b.text and b.text.count("_ueditor_page_break_tag_") >= 8
        indicators = {r["indicator_id"] for r in b.truth}
        assert 20 <= len(indicators) <= 32, (b.name, len(indicators))
    periods = {(r["period_start"][5:], r["period_end"][5:]) for b in briefings for r in b.truth}
    assert {("01-01", "03-31"), ("01-01", "06-30"), ("01-01", "09-30"), ("01-01", "12-31")} <= periods


def test_ground_truth_follows_the_spec_conventions(briefings):
    for b in briefings:
        keys = set()
        event = date.fromisoformat(briefing_key(b.name, b.text)[:10])
        for row in b.truth:
            assert list(row) == corpus.TRUTH_COLUMNS
            assert row["document"] == b.name
            spec = CATALOGUE[row["indicator_id"]]
            assert row["unit"] == ("percent" if row["measure"] == "yoy_pct" else spec["unit"]), row
            assert row["qualifier"] in {"eq", "gt", "lt", "approx"}
            start, end = date.fromisoformat(row["period_start"]), date.fromisoformat(row["period_end"])
            if spec["kind"] in ("stock", "ratio"):
                assert start == end, row                      # an instant at the as-of date
            else:
                assert start < end and start.day == 1, row    # the interval it accumulated over
            assert end < event, row                           # briefings report on the past
            float(row["value"])
            assert row["evidence"] in b.text, row             # the statement is in the text as written
            key = (row["indicator_id"], row["measure"], row["period_start"], row["period_end"])
            assert key not in keys, row                       # one observation per key
            keys.add(key)


def test_values_are_in_catalogue_units():
    # "4.395 million" is 4395000, "1.8965 trillion" 1896500000000, and never "0.294 billion"
    assert corpus.number(4.395e6, "million", 3) == corpus.Num("4.395 million", corpus.Decimal("4395000"))
    assert corpus.number(1.8965e12, "trillion", 4).text() == "1896500000000"
    assert corpus.number(2.94e8, "billion", 3).surface == "294 million"
    assert corpus.number(8.9e5, "million", 3).surface == "890,000"
    rough, qualifier = corpus.coarser(corpus.number(1.8965e12, "trillion", 4))
    assert (rough.surface, qualifier) == ("1.9 trillion", "lt")   # "nearly 1.9 trillion"


def _row(doc, indicator, value, measure="level", start="2025-03-31", end="2025-03-31"):
    return {"document": doc, "indicator_id": indicator, "measure": measure, "period_start": start,
            "period_end": end, "value": value}


def test_score_counts_like_the_specs_score_py():
    truth = [_row("a.txt", "five_g_base_stations", "4395000"), _row("a.txt", "five_g_penetration_rate", "75.9")]
    assert corpus.score(truth, truth)["f1"] == 1.0
    # a wrong value is a false positive and a false negative; a duplicate key is a false positive
    s = corpus.score(truth, [_row("a.txt", "five_g_base_stations", "4395000.0000001"),
                             _row("a.txt", "five_g_penetration_rate", "75.8"),
                             _row("a.txt", "five_g_penetration_rate", "75.8")])
    assert (s["tp"], s["fp"], s["fn"]) == (1, 2, 1)
    # other documents, unknown indicators and unscored measures are ignored; paths compare by base name
    s = corpus.score(truth, [_row("inbox/a.txt", "five_g_base_stations", "4395000"),
                             _row("b.txt", "five_g_base_stations", "1"), _row("a.txt", "not_an_indicator", "1"),
                             _row("a.txt", "five_g_base_stations", "1", measure="pp_change")])
    assert (s["tp"], s["fp"], s["fn"]) == (1, 0, 1)


def test_extraction_reproduces_the_ground_truth_of_generated_briefings(briefings):
    """The accuracy check of issue 7: F1 = 1.0 on the generated phrasings (scored like score.py)."""
    from dagster_project.extraction import extract, observation_row

    truth = [row for b in briefings for row in b.truth]
    predicted = [observation_row(b.name, o) for b in briefings for o in extract(b.text).observations]
    s = corpus.score(truth, predicted)
    problems = ([f"MISSED {r['indicator_id']} {r['measure']} {r['period_start']}..{r['period_end']} = "
                 f"{r['value']}: {r['evidence'][:160]}" for r in s["missed"]]
                + [f"EXTRA {r['indicator_id']} {r['measure']} {r['period_start']}..{r['period_end']} = "
                   f"{r['value']}: {r['evidence'][:160]}" for r in s["extra"]]
                + [f"WRONG {g['indicator_id']} {g['measure']}: {g['value']} vs {p['value']}"
                   for g, p in s["wrong"]])
    assert s["f1"] == 1.0, f"F1 {s['f1']:.3f} (tp={s['tp']} fp={s['fp']} fn={s['fn']})\n" + "\n".join(problems[:40])
