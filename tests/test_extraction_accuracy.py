"""The real CLI over the two seed briefings, scored like the spec's score.py.

Matching rule (re-implemented from score.py): key = (document base name, indicator_id,
measure, period_start, period_end); values equal within 1e-6 relative; duplicate predicted
keys are false positives; a key with a wrong value is one false positive and one false
negative; only catalogue indicators and the measures level / yoy_pct are scored.
"""
from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEEDS = sorted((ROOT / "seeds" / "briefings").glob("*.txt"))
SCORED = {"level", "yoy_pct"}


def _key(row):
    return (os.path.basename(row["document"].strip()), row["indicator_id"].strip(), row["measure"].strip(),
            row["period_start"].strip(), row["period_end"].strip())


def _same(a, b):
    a, b = float(a), float(b)
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1e-12)


def score(gold_rows, predicted_rows, catalogue):
    gold = {_key(r): r for r in gold_rows if r.get("status", "").strip() != "ignore"}
    docs = {k[0] for k in gold}
    pred = [r for r in predicted_rows
            if _key(r)[0] in docs and _key(r)[1] in catalogue and _key(r)[2] in SCORED]
    counts = Counter(_key(r) for r in pred)
    tp = fp = 0
    found = set()
    problems = []
    for r in pred:
        k = _key(r)
        g = gold.get(k)
        if g is None or counts[k] > 1:
            fp += 1
            problems.append(f"EXTRA {k} = {r['value']}")
        elif _same(g["value"], r["value"]):
            tp += 1
            found.add(k)
        else:
            fp += 1
            problems.append(f"WRONG {k}: gold {g['value']} predicted {r['value']}")
    fn = len([k for k in gold if k not in found])
    problems += [f"MISSED {k}" for k in gold if k not in found]
    p = tp / (tp + fp) if tp + fp else 0.0
    r_ = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * p * r_ / (p + r_) if p + r_ else 0.0
    return f1, p, r_, problems


@pytest.fixture(scope="module")
def cli_rows():
    out = subprocess.run([sys.executable, "-m", "dagster_project", "extract", *map(str, SEEDS), "--csv"],
                         cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    return list(csv.DictReader(io.StringIO(out.stdout)))


def test_seed_gold_f1_and_precision(cli_rows):
    with open(FIXTURES / "gold_seeds.csv", newline="", encoding="utf-8") as f:
        gold = list(csv.DictReader(f))
    with open(ROOT / "seeds" / "indicators.csv", newline="", encoding="utf-8") as f:
        catalogue = {r["indicator_id"] for r in csv.DictReader(f)}
    f1, precision, recall, problems = score(gold, cli_rows, catalogue)
    assert f1 >= 0.97 and precision >= 0.98, f"F1 {f1:.3f} P {precision:.3f} R {recall:.3f}\n" + "\n".join(problems)


def test_cli_rows_have_spec_columns(cli_rows):
    assert cli_rows, "no observations"
    assert set(cli_rows[0]) == {"document", "indicator_id", "measure", "period_start", "period_end", "value",
                                "unit", "qualifier", "evidence"}
    for r in cli_rows:
        assert r["qualifier"] in {"eq", "gt", "lt", "approx"}
        assert r["evidence"].strip()


def test_one_observation_per_key(cli_rows):
    counts = Counter(_key(r) for r in cli_rows)
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_seed_metadata_matches_gold(seed):
    from dagster_project.extraction import extract
    from dagster_project.ingest import decode_briefing

    with open(FIXTURES / "gold_briefings.csv", newline="", encoding="utf-8") as f:
        gold = {r["document"]: r for r in csv.DictReader(f)}[seed.name]
    meta = extract(decode_briefing(seed.read_bytes())).document
    assert meta.title == gold["title"]
    assert meta.event_date == date.fromisoformat(gold["event_date"])
    assert meta.published_date == date.fromisoformat(gold["published_date"])
    assert meta.period_start == date.fromisoformat(gold["period_start"])
    assert meta.period_end == date.fromisoformat(gold["period_end"])
    assert meta.language == "en"


def test_mentions_point_into_normalised_text():
    from dagster_project.extraction import extract

    ex = extract(SEEDS[0].read_text(encoding="utf-8"))
    assert len(ex.mentions) > 100
    ids = [m.mention_id for m in ex.mentions]
    assert ids == list(range(len(ids)))
    for m in ex.mentions:
        assert ex.text[m.start:m.end] == m.surface
        assert ex.text[m.sentence_start:m.sentence_start + len(m.sentence)] == m.sentence
    by_id = {m.mention_id: m for m in ex.mentions}
    for o in ex.observations:
        m = by_id[o.mention_id]
        assert m.start >= m.sentence_start and o.evidence in ex.text


def test_excerpts_in_other_styles_keep_precision():
    """Excerpts the team wrote in other sites' and years' styles (tests/fixtures/excerpts): a guard
    that rules stay general. Precision is the line that must hold (a wrong value is worse than a
    missing one); recall is held at what the rules reach today."""
    folder = FIXTURES / "excerpts"
    gold = []
    for path in sorted(folder.glob("gold*.csv")):   # (split so that no file passes 2 MiB)
        with open(path, newline="", encoding="utf-8") as f:
            gold += csv.DictReader(f)
    ignored = {_key(r)[:3] for r in gold if r["status"].strip() == "ignore"}
    with open(ROOT / "seeds" / "indicators.csv", newline="", encoding="utf-8") as f:
        catalogue = {r["indicator_id"] for r in csv.DictReader(f)}
    out = subprocess.run([sys.executable, "-m", "dagster_project", "extract", *map(str, sorted(folder.glob("*.txt"))),
                          "--csv"], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    predicted = [r for r in csv.DictReader(io.StringIO(out.stdout)) if _key(r)[:3] not in ignored]
    f1, precision, recall, problems = score(gold, predicted, catalogue)
    # P 0.999, R 0.980 with the blind-written sets a-e, f, g2, h2, i, j, k2, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, aa-bj, bk-by, bz-cd, ce-ci, cj-cn, co-cs, ct-cv, cw-da, db-df, dg-di, dj-dn, do-dq, dr-dv, dw-dy, dz-ed, ee-eg, eh-el, em-ep, eq-eu, ev-ey, ez-fd, fe-fh, fi-fm, fn-fq, fr-fv, fw-ga, gb-gf, gg-gk, gl-gp, gq-gu, gv-gz, ha-he, hf-hj, hk-ho, hp-ht, hu-hy, hz-id, ie-ii, ij-in, io-is, it-ix, iy-jc, jd-jh, ji-jm, jn-jr, js-jw, jx-kb, kc-kg, kh-kl, km-kq, kr-kv, kw-la, lb-lf, lg-lk, ll-lp, lq-lu, lv-lz, ma-me, mf-mj, mk-mo, mp-mt, mu-my, mz-nd, ne-ni, nj-nn, no-ns, nt-nx, ny-oc, od-oh, oi-om, on-or
    # (misses listed in the issue note)
    assert precision >= 0.99 and recall >= 0.94, f"F1 {f1:.3f} P {precision:.3f} R {recall:.3f}\n" + "\n".join(problems)
