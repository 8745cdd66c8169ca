"""Briefing text -> document metadata, mentions and catalogue observations.

Plain Python, no Dagster: the assets, the CLI and the tests call `extract` directly.

Pipeline (one module per concern): normalise the text (normalize) -> paragraphs and
sentences (segment) -> metadata and reporting period (metadata, periods) -> every number
(numbers) -> phrase hits from one combined regex (catalogue) -> sentence rules (rules) ->
one observation per key (consolidate).
"""
from __future__ import annotations

from dagster_project.extraction.model import (  # noqa: F401
    EXTRACTOR_VERSION, DocumentMeta, Extraction, Mention, Observation,
    OBSERVATION_CSV_COLUMNS, observation_row,
)


def extract(text: str) -> Extraction:
    """Extract metadata, mentions and observations from one briefing's decoded text."""
    from bisect import bisect_right
    from dataclasses import replace

    from dagster_project.extraction.anchors import lower_ascii, scan_anchors
    from dagster_project.extraction.catalogue import find_zh, load_catalogue, phrase_index
    from dagster_project.extraction.consolidate import consolidate, to_observations
    from dagster_project.extraction.metadata import extract_metadata
    from dagster_project.extraction.normalize import has_cjk, normalise_text
    from dagster_project.extraction.numbers import find_mentions, word_matcher
    from dagster_project.extraction.periods import Period, PeriodContext, en_matcher, find_periods
    from dagster_project.extraction.rules import DocMatcher, Hit, regional_document
    from dagster_project.extraction.segment import segment

    norm = normalise_text(text)
    low = lower_ascii(norm)
    meta = extract_metadata(norm)
    _, sentences = segment(norm)
    index = phrase_index()
    anchor_hits = scan_anchors(low, [index.matcher, en_matcher(), word_matcher()])
    nums = find_mentions(norm, low, anchor_hits)
    starts = [s.start for s in sentences]
    mentions = []
    for i, n in enumerate(nums):
        n.mention_id = i
        k = bisect_right(starts, n.start) - 1
        if k >= 0 and n.start < sentences[k].end:
            n.sentence = k
            s = sentences[k]
            sent_text, sent_start = norm[s.start:s.end], s.start
        else:
            sent_text, sent_start = "", n.start
        mentions.append(Mention(mention_id=i, value=n.value, unit=n.unit, magnitude=n.magnitude,
                                qualifier=n.qualifier, surface=norm[n.start:n.end], start=n.start, end=n.end,
                                sentence=sent_text, sentence_start=sent_start))
    cat = load_catalogue()
    # phrases are looked for in sentences with numbers and the sentence before each (whose opening
    # subject a figure may continue: "The auto sector remained weak. Production and sales totaled ...")
    with_nums = {n.sentence for n in nums if n.sentence >= 0}
    spans = [(sentences[k].start, sentences[k].end) for k in sorted(with_nums | {k - 1 for k in with_nums if k > 0})]
    hits = [Hit(m.start(), m.end(), role) for m, role in index.matcher.finditer(low, spans, anchor_hits)]
    zh_hits = find_zh(norm, index.zh) if has_cjk(norm) else []
    doc_period = None
    if meta.period_start and meta.period_end:
        doc_period = Period(meta.period_start, meta.period_end, meta.period_start == meta.period_end)
    anchor = meta.event_date or meta.published_date
    ref_year = anchor.year if anchor else None
    default_year = meta.period_end.year if meta.period_end else ref_year
    ctx = PeriodContext(ref_year=ref_year, default_year=default_year, event_date=anchor, doc_period=doc_period,
                        recent_months=meta.language == "zh")
    periods = find_periods(norm, low, anchor_hits)
    cands = DocMatcher(norm, sentences, nums, hits, zh_hits, periods, ctx, cat, low,
                       regional=regional_document(meta.title or "")).run()
    winners = consolidate(cands, _headline_end(norm, meta.title))
    observations = to_observations(winners)
    warnings = list(meta.warnings)
    if doc_period is None and any(c.period is None for c, _ in winners):
        warnings.append("observations without a period were dropped")
    if warnings != list(meta.warnings):
        meta = replace(meta, warnings=tuple(warnings))
    return Extraction(document=meta, text=norm, mentions=mentions, observations=observations)


def _headline_end(norm: str, title: str | None) -> int:
    """End offset of the title line when it opens the text (0 when there is none, or when the
    "title" is a body sentence: an excerpt that starts with its text)."""
    if not title or len(title) > 150 or title.rstrip()[-1:] in (".", "。", "!", "！", ";", "；"):
        return 0
    i = norm.find(title, 0, 2000)
    return i + len(title) if i >= 0 else 0
