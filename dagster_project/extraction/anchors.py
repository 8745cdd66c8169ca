"""Fast multi-pattern matching: literal anchors found with str.find, regexes tried only there.

Python's `re` scans a big alternation at every character position (several microseconds per
character for our phrase and period patterns), which alone would blow the 10 ms per 60 KB
budget. Every pattern here starts with one of a few literal strings, which we derive from
the regex itself (`literal_prefixes`). `AnchorMatcher` finds those literals with `str.find`
(C speed) in ASCII-lowercased text and runs each pattern with `.match` at those positions
only. The result is the same as `finditer` over the alternation: leftmost match first, and
at one position the first pattern (in list order) that matches.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from re import _constants as C
from re import _parser

_LOWER = str.maketrans({chr(c): chr(c + 32) for c in range(65, 91)})


def lower_ascii(text: str) -> str:
    """Lowercased ASCII copy with the same length and offsets as `text`: non-ASCII characters
    become "?" (str.lower on non-ASCII text may change its length, and searching a pure-ASCII
    string is several times faster)."""
    if not text.isascii():
        text = text.encode("ascii", "replace").decode("ascii")
    return text.lower()


def lower_pattern(p: str) -> str:
    """Lowercase the literal letters of a regex (not escapes like \\S or group names)."""
    out, i, n = [], 0, len(p)
    while i < n:
        if p.startswith("(?P<", i):
            j = p.index(">", i)
            out.append(p[i:j + 1])
            i = j + 1
            continue
        if p[i] == "\\" and i + 1 < n:
            out.append(p[i:i + 2])
            i += 2
            continue
        ch = p[i]
        out.append(ch.lower() if "A" <= ch <= "Z" else ch)
        i += 1
    return "".join(out)


def literal_prefixes(pattern: str, k: int = 4, limit: int = 160) -> set[str] | None:
    """Every literal string (up to k chars) a match of `pattern` can start with, or None if
    some match can start with a non-literal (then the pattern cannot be anchored)."""
    items = list(_parser.parse(pattern))
    out: set[str] = set()

    def walk(seq, cur: str) -> bool:
        if len(out) > limit:
            return False
        if len(cur) >= k or not seq:
            if not cur:
                return False
            out.add(cur)
            return True
        op, av = seq[0]
        rest = seq[1:]
        if op is C.LITERAL:
            return walk(rest, cur + chr(av))
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            return walk(rest, cur)
        if op is C.SUBPATTERN:
            return walk(list(av[-1]) + rest, cur)
        if op is C.BRANCH:
            return all(walk(list(b) + rest, cur) for b in av[1])
        if op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, hi, sub = av
            # one repetition, then the rest (for "?"), else stop extending the literal
            ok = walk(list(sub) + (rest if hi == 1 else [(C.ANY, None)]), cur)
            if lo == 0:
                ok = ok and walk(rest, cur)
            return ok
        if op is C.IN:
            chars, literal_only = [], True
            for o, a in av:
                if o is C.LITERAL:
                    chars.append(a)
                elif o is C.RANGE and a[1] - a[0] < 4:
                    chars.extend(range(a[0], a[1] + 1))
                else:
                    literal_only = False
            if literal_only and 0 < len(chars) <= 4:
                return all(walk(rest, cur + chr(c)) for c in chars)
        if not cur:
            return False
        out.add(cur)
        return True

    ok = walk(items, "")
    if not ok or not out or len(out) > limit:
        return None
    return out


class AnchorMatcher:
    """A list of (regex, payload) matched like one leftmost-first alternation, via anchors."""

    def __init__(self, patterns: list[tuple[str, object]], boundary: bool = True, k: int = 4):
        self.by_anchor: dict[str, list[tuple[int, re.Pattern, object]]] = {}
        self.unanchored: list[tuple[int, re.Pattern, object]] = []
        tail = r"(?![a-z0-9])" if boundary else ""
        for prio, (p, payload) in enumerate(patterns):
            lp = lower_pattern(p)
            rx = re.compile(r"(?:" + lp + r")" + tail)
            prefs = literal_prefixes(lp, k)
            if prefs is None:
                self.unanchored.append((prio, rx, payload))
                continue
            for a in prefs:
                self.by_anchor.setdefault(a, []).append((prio, rx, payload))
        for lst in self.by_anchor.values():
            lst.sort(key=lambda x: x[0])
        self.boundary = boundary

    def finditer(self, low: str, spans: list[tuple[int, int]] | None = None,
                 hits: dict[str, list[int]] | None = None) -> list[tuple[re.Match, object]]:
        """Non-overlapping matches in lowercased text `low`, optionally only inside `spans`
        (sorted, non-overlapping (start, end) ranges). `hits` are the anchor positions from
        `scan_anchors` (found here with str.find when not given)."""
        span_starts = [s for s, _ in spans] if spans is not None else None
        cands: dict[int, list] = {}
        if hits is not None:
            by_anchor = self.by_anchor
            pairs = [(by_anchor[a], positions) for a, positions in hits.items() if a in by_anchor]
        else:
            pairs = [(pats, _find_all(low, a, self.boundary and a[0].isalnum())) for a, pats in self.by_anchor.items()]
        for pats, positions in pairs:
            for i in positions:
                if spans is None or _inside(span_starts, spans, i):
                    lst = cands.get(i)
                    cands[i] = pats if lst is None else sorted(lst + pats, key=_prio)
        found = []
        for pos in sorted(cands):
            for prio, rx, payload in cands[pos]:
                m = rx.match(low, pos)
                if m and m.end() > pos:
                    found.append((pos, m.end(), (m, payload), prio))
                    break
        for prio, rx, payload in self.unanchored:
            ranges = spans if spans is not None else [(0, len(low))]
            for a, b in ranges:
                for m in rx.finditer(low, a, b):
                    if m.end() > m.start():
                        found.append((m.start(), m.end(), (m, payload), prio))
        found.sort(key=lambda x: (x[0], x[3]))
        out, last_end = [], -1
        for s, e, mp, _ in found:
            if s >= last_end:
                out.append(mp)
                last_end = e
        return out


def _find_all(low: str, a: str, word_start: bool) -> list[int]:
    out, find = [], low.find
    i = find(a)
    while i >= 0:
        if not (word_start and i and low[i - 1].isalnum()):
            out.append(i)
        i = find(a, i + 1)
    return out


_SCANNERS: dict[tuple, tuple[re.Pattern, frozenset]] = {}


def _trie_regex(words) -> str:
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node) -> str:
        alts = [re.escape(ch) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body
    return emit(root)


def scan_anchors(low: str, matchers: list[AnchorMatcher]) -> dict[str, list[int]]:
    """Positions of every anchor of every matcher, in one regex pass over `low`: a trie of
    all anchors after a word boundary (much faster than one str.find scan per anchor)."""
    key = tuple(id(m) for m in matchers)
    entry = _SCANNERS.get(key)
    if entry is None:
        anchors = frozenset(a for m in matchers for a in m.by_anchor)
        # A leading non-word character (rather than a lookbehind) lets the regex engine skip
        # quickly to candidate positions; the text gets one leading space to match at 0.
        entry = (re.compile(r"[^a-z0-9](" + _trie_regex(anchors) + ")"), anchors)
        _SCANNERS[key] = entry
    rx, anchors = entry
    hits: dict[str, list[int]] = {}
    for m in rx.finditer(" " + low):
        s, p = m.group(1), m.start(1) - 1
        for n in range(1, len(s) + 1):
            a = s[:n]
            if a in anchors:
                lst = hits.get(a)
                if lst is None:
                    hits[a] = [p]
                else:
                    lst.append(p)
    return hits


def _prio(x):
    return x[0]


def _inside(starts: list[int], spans: list[tuple[int, int]], pos: int) -> bool:
    k = bisect_right(starts, pos) - 1
    return k >= 0 and pos < spans[k][1]
