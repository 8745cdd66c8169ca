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

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_TRAILING_NON_WORD = re.compile(r"[^a-z0-9]+$")
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
        # Per pattern, the longer literal strings a match must start with (None: no such list):
        # a quick str.startswith test before trying the regex at a candidate position.
        self.must_start: list[tuple[str, ...] | None] = []
        tail = r"(?![a-z0-9])" if boundary else ""
        for prio, (p, payload) in enumerate(patterns):
            lp = lower_pattern(p)
            rx = re.compile(r"(?:" + lp + r")" + tail)
            prefs = literal_prefixes(lp, k)
            if prefs is not None:
                # an anchor must end in a letter or digit: scan_anchors consumes the character before
                # each anchor it finds, so "the " would hide an anchor right after it ("the first quarter")
                prefs = {_TRAILING_NON_WORD.sub("", a) for a in prefs}
                if "" in prefs:
                    prefs = None
            longer = literal_prefixes(lp, 12) if prefs is not None else None
            self.must_start.append(tuple(sorted(longer)) if longer is not None else None)
            if prefs is None:
                self.unanchored.append((prio, rx, payload))
                continue
            for a in prefs:
                self.by_anchor.setdefault(a, []).append((prio, rx, payload))
        for lst in self.by_anchor.values():
            lst.sort(key=lambda x: x[0])
        self.boundary = boundary
        self._merged: dict[tuple, list] = {}

    def finditer(self, low: str, spans: list[tuple[int, int]] | None = None,
                 hits: AnchorHits | None = None) -> list[tuple[re.Match, object]]:
        """Non-overlapping matches in lowercased text `low`, optionally only inside `spans`
        (sorted, non-overlapping (start, end) ranges). `hits` are the anchor positions from
        `scan_anchors` (found here with str.find when not given)."""
        if hits is not None:
            cands = hits.for_matcher(self)
        else:
            cands = self._find_candidates(low)
        end_of = None
        if spans is not None:
            inside = _span_mask(len(low), spans)
            cands = [c for c in cands if inside[c[0]]]
            # a phrase ends in the span (sentence) it starts in: not "Autos and steel¶Production and sales …", a
            # heading's last word and the next sentence's first
            span_starts = [a for a, _ in spans]
            end_of = lambda pos: spans[bisect_right(span_starts, pos) - 1][1]   # noqa: E731
        if self.unanchored:
            return self._finditer_general(low, spans, cands, end_of)
        # Leftmost-first and non-overlapping: a candidate inside the previous match can never be
        # taken, so it is not even tried.
        out, last_end = [], -1
        must_start = self.must_start
        for pos, pats in cands:
            if pos < last_end:
                continue
            for prio, rx, payload in pats:
                pre = must_start[prio]
                if pre is not None and not low.startswith(pre, pos):
                    continue
                m = rx.match(low, pos)
                if m and m.end() > pos and not ("\n" in m.group() and (_BLANK_LINE.search(m.group()) or end_of and m.end() > end_of(pos))):
                    # (a phrase never runs across a blank line: "Cars and steel ¶ Production and sales …")
                    out.append((m, payload))
                    last_end = m.end()
                    break
        return out

    def _find_candidates(self, low: str) -> list[tuple[int, list]]:
        """(position, patterns to try there) in text order, anchors found with str.find."""
        cands: dict[int, list[str]] = {}
        for a in self.by_anchor:
            for i in _find_all(low, a, self.boundary and a[0].isalnum()):
                cands.setdefault(i, []).append(a)
        return [(pos, self.patterns_for(cands[pos])) for pos in sorted(cands)]

    def patterns_for(self, anchors) -> list[tuple[int, re.Pattern, object]]:
        """The patterns to try where `anchors` (of this matcher) start, in priority order."""
        key = tuple(anchors)
        merged = self._merged.get(key)
        if merged is None:
            merged = self._merged[key] = sorted(
                {x[0]: x for a in key for x in self.by_anchor[a]}.values(), key=_prio)
        return merged

    def _finditer_general(self, low: str, spans, cands, end_of=None) -> list[tuple[re.Match, object]]:
        """`finditer` when some patterns have no anchor: anchored and unanchored matches are
        collected, then the leftmost (first pattern at a tie) non-overlapping ones kept."""
        found = []
        for pos, pats in cands:
            for prio, rx, payload in pats:
                pre = self.must_start[prio]
                if pre is not None and not low.startswith(pre, pos):
                    continue
                m = rx.match(low, pos)
                if m and m.end() > pos and not ("\n" in m.group() and (_BLANK_LINE.search(m.group()) or end_of and m.end() > end_of(pos))):
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


def _span_mask(n: int, spans: list[tuple[int, int]]) -> bytearray:
    """1 at every offset inside one of `spans` (an O(1) membership test per anchor hit)."""
    mask = bytearray(n + 1)
    for a, b in spans:
        if b > a:
            mask[a:b] = b"\x01" * (b - a)
    return mask


def _find_all(low: str, a: str, word_start: bool) -> list[int]:
    out, find = [], low.find
    i = find(a)
    while i >= 0:
        if not (word_start and i and low[i - 1].isalnum()):
            out.append(i)
        i = find(a, i + 1)
    return out


class AnchorHits:
    """What `scan_anchors` found: for each matcher, (position, patterns to try there) in text
    order, ready for `AnchorMatcher.finditer` (no per-call merging or sorting)."""

    def __init__(self, by_matcher: dict[int, list[tuple[int, list]]]):
        self._by_matcher = by_matcher

    def for_matcher(self, matcher: AnchorMatcher) -> list[tuple[int, list]]:
        return self._by_matcher.get(id(matcher), [])


_SCANNERS: dict[tuple, tuple] = {}


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


def scan_anchors(low: str, matchers: list[AnchorMatcher]) -> AnchorHits:
    """Positions of every anchor of every matcher, in one regex pass over `low`: a trie of
    all anchors after a word boundary (much faster than one str.find scan per anchor)."""
    key = tuple(id(m) for m in matchers)
    entry = _SCANNERS.get(key)
    if entry is None:
        anchors = frozenset(a for m in matchers for a in m.by_anchor)
        # A leading non-word character (rather than a lookbehind) lets the regex engine skip
        # quickly to candidate positions; the text gets one leading space to match at 0.
        entry = (re.compile(r"[^a-z0-9](" + _trie_regex(anchors) + ")"), anchors, {})
        _SCANNERS[key] = entry
    rx, anchors, targets = entry
    lists: list[list[tuple[int, list]]] = [[] for _ in matchers]
    for m in rx.finditer(" " + low):
        s = m[1]
        to = targets.get(s)
        if to is None:
            # The regex matched the longest anchor here; every anchor that is a prefix of it
            # starts here too. Per matcher, the patterns of those anchors (cached per string).
            found = [s[:n] for n in range(1, len(s) + 1) if s[:n] in anchors]
            to = targets[s] = tuple(
                (k, mt.patterns_for([a for a in found if a in mt.by_anchor]))
                for k, mt in enumerate(matchers) if any(a in mt.by_anchor for a in found))
        p = m.start()   # = m.start(1) - 1: the anchor's offset in `low` (one char was prepended)
        for k, pats in to:
            lists[k].append((p, pats))
    return AnchorHits({id(mt): lst for mt, lst in zip(matchers, lists)})


def _prio(x):
    return x[0]
