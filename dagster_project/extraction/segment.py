"""Normalised text -> paragraphs and sentences, with character offsets.

Paragraphs matter because a sentence without a period inherits the previous sentence's
period only within its paragraph. Scraped texts use either blank lines or single line
breaks between paragraphs, and some are hard-wrapped, so a single line break ends a
paragraph only when the line before it is complete (ends with punctuation) or is a heading,
or when the next line starts a list item.
"""
from __future__ import annotations

import re
from typing import NamedTuple


class Sentence(NamedTuple):
    start: int
    end: int
    para: int          # paragraph index
    index: int         # sentence index in the document


_LIST_START = re.compile(r"(?:[\u2022\u00b7*]\s|--?\s|\(?\d{1,2}[.)\u3001]\s?|\(?[IVX]{1,4}[.)]\s|\([a-zA-Z]\)\s|[一二三四五六七八九十]+[、.])")
_DATE_LINE = re.compile(r"(?:19|20)\d\d(?:[-/.]\d{1,2}[-/.]\d{1,2}|年)")
_ZH_NUMBERED_HEAD = re.compile(r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])\s*[\u4e00-\u9fff]")
_LINE_END_COMPLETE = re.compile(r"[.!?:;。！？：；\"')\]]\s*$")
_ABBREV = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|Prof|No|Nos|Co|Ltd|Inc|Corp|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|"
    r"vs|etc|approx|c|Fig|Vol|Art|Gen|Gov|Dept|Jr|Sr|U\.S|U\.K|e\.g|i\.e|a\.m|p\.m|U\.N)|\b[A-Z])$")
_MONTH_ABBREVIATIONS = frozenset(("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"))
# "[.!?][.!?]*" rather than "[.!?]+": a pattern that starts with a character set (not a
# repeat) lets the regex engine skip ahead to candidate characters, several times faster.
# also "he said.By comparison" (a sentence glued to the next one on a scraped page)
_SENT_END = re.compile(r"[.!?][.!?]*[\"')\]]*(?=\s|[A-Z][a-z])")
_SENT_END_ZH = re.compile(r"[.!?][.!?]*[\"')\]]*(?=\s|[A-Z][a-z])|[。！？][。！？]*[\"')\]」』]*")


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = None
    prev_line = ""
    pos = 0
    for line in text.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        stripped = line.strip()
        if not stripped:
            if start is not None:
                spans.append((start, prev_end))
                start = None
            prev_line = ""
            continue
        if start is None:
            start = line_start
        elif _breaks_paragraph(prev_line, stripped):
            spans.append((start, prev_end))
            start = line_start
        prev_line = stripped
        prev_end = line_end
    if start is not None:
        spans.append((start, prev_end))
    return spans


def _breaks_paragraph(prev_line: str, line: str) -> bool:
    """A single line break is a paragraph break unless the previous line is hard-wrapped."""
    if _LIST_START.match(line):
        return True
    if prev_line.endswith((")", "]")) and line[0].islower():
        return False   # "Sales of new energy vehicles (NEVs)\nslumped 56.4 percent": wrapped after an abbreviation
    if prev_line.endswith(('"', "'")) and not prev_line.endswith(('."', ".'", '?"', '!"', ',"')) and line[0].islower():
        return False   # 'cultivated 4,762 specialised and sophisticated "little giant"\ncompanies': wrapped after a quoted name
    if _LINE_END_COMPLETE.search(prev_line):
        return True
    first = line[0]
    if first.islower() or first in "%,;":
        return False
    if first.isdigit() and len(prev_line) <= 40 and _ZH_NUMBERED_HEAD.match(prev_line):
        return True   # "二、装备制造表现亮眼，全年高技术制造业增速偏低" over "12月装备制造业增加值…": a heading
    if first.isdigit():
        return _DATE_LINE.match(line) is not None   # "2023-01-12 16:40 Source: ..." under a title
    # A line that ends mid-sentence (word, comma) followed by a capitalised line: a heading
    # ("Speakers") when short, else a wrapped line.
    return len(prev_line) < 80 and not prev_line.endswith(",")


def segment(text: str) -> tuple[list[tuple[int, int]], list[Sentence]]:
    """Paragraph spans and sentences (offsets into `text`)."""
    paragraphs = _paragraph_spans(text)
    p_starts = [a for a, _ in paragraphs]
    n_par = len(paragraphs)
    cuts: list[list[int]] = [[] for _ in paragraphs]
    zh = not text.isascii() and ("。" in text or "！" in text or "？" in text)
    k = -1   # the last paragraph starting at or before the match (matches come in text order)
    for m in (_SENT_END_ZH if zh else _SENT_END).finditer(text):
        pos = m.start()
        while k + 1 < n_par and p_starts[k + 1] <= pos:
            k += 1
        if k < 0:
            continue
        p_end = paragraphs[k][1]
        if pos >= p_end:
            continue
        end = m.end()
        if zh and text[pos] in "。！？" and '"' in text[pos:end]:
            # curly quotes are straight by now: after "。" a quote closes the sentence's open quote,
            # else it opens the next sentence ("…增长6.6%。"十三五"期间，…")
            a = cuts[k][-1] if cuts[k] else paragraphs[k][0]
            if text.count('"', a, pos) % 2 == 0:
                end = text.index('"', pos, end)
        if end < p_end and text[pos] in ".!?" and not text[end].isspace() \
                and not (text[pos - 2:pos].isalpha() and text[pos - 2:pos].islower()):
            continue   # glued only after a lowercase word: not "U.S.Army", "No.1"
        if text[pos] == ".":
            ws = text.rfind(" ", max(0, pos - 9), pos)
            nxt = text[end:end + 3].lstrip()
            ab = _ABBREV.search(text, max(0, pos - 7), pos) if pos - ws <= 8 else None   # also "(approx."
            # (a month's abbreviation before a capitalised word ends a sentence: "… from 2.4% in Jan-Feb. March alone
            # printed 3.9%", not "Jan. 14")
            if ab and not (ab.group() in _MONTH_ABBREVIATIONS and nxt[:1].isupper()):
                continue
            if nxt[:1].islower():
                continue
        cuts[k].append(end if end < p_end else p_end)
    sentences: list[Sentence] = []
    for p_index, ((p_start, p_end), pc) in enumerate(zip(paragraphs, cuts)):
        a = p_start
        for b in pc + [p_end]:
            seg = text[a:b]
            stripped = seg.strip()
            if stripped:
                lead = len(seg) - len(seg.lstrip())
                sa = a + lead
                for x, y in _pieces(text, sa, sa + len(stripped)):
                    sentences.append(Sentence(x, y, p_index, len(sentences)))
            a = b
    return paragraphs, sentences


MAX_SENTENCE = 2000


def _pieces(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A "sentence" longer than MAX_SENTENCE characters (a table or a page flattened into one
    line) is cut at the last ";" or "," (else space) before each limit, so that the sentence
    rules, which compare every phrase with every number of a sentence, stay linear in the text."""
    out = []
    while b - a > MAX_SENTENCE:
        lim = a + MAX_SENTENCE
        cut = max(text.rfind("; ", a, lim), text.rfind(", ", a, lim), text.rfind("；", a, lim), text.rfind("，", a, lim))
        if cut <= a + MAX_SENTENCE // 2:
            cut = text.rfind(" ", a, lim)
        if cut <= a:
            cut = lim - 1
        out.append((a, cut + 1))
        a = cut + 1
        while a < b and text[a] == " ":
            a += 1
    out.append((a, b))
    return out
