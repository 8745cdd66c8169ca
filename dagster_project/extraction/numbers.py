"""Find every number in the normalised text: value, magnitude, unit, qualifier, span.

Every quantity becomes a mention, whether or not it later maps to an indicator. Tokens that
look numeric but are not quantities never become mentions: technology names (5G, 10G PON,
6G, 4K), ordinals (14th Five-Year Plan, 16th consecutive year), years, dates and times,
model names (C919, IMT-2030), list numbering ("1.", "(2)").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from dagster_project.extraction.anchors import literal_prefixes

MAGNITUDES = {
    "thousand": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "billion": 1e9, "bn": 1e9, "bln": 1e9,
    "tn": 1e12, "trn": 1e12, "tr": 1e12,
    "trillion": 1e12, "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "lakh crore": 1e12, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8,
    "十亿": 1e9, "百亿": 1e10, "千亿": 1e11, "万亿": 1e12,
}
WORD_VALUES = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a": 1, "one": 1,
}
FRACTIONS = {
    "half": 0.5, "one-half": 0.5, "one-third": 1 / 3, "a third": 1 / 3, "two-thirds": 2 / 3,
    "one-quarter": 0.25, "a quarter": 0.25, "three-quarters": 0.75, "one-fifth": 0.2,
    "two-fifths": 0.4, "one-tenth": 0.1,
}

# Units: regex alternative -> (unit, factor). Order matters (longest first).
_UNIT_TABLE = [
    (r"percentage points?|percent(?:age)? pts?|pct pts?|ppts?|pp\b|pc\s?pts?\b|个百分点|百分点", "pp", 1.0),
    (r"%|percent\b|per cent\b|pct\b|pc\b(?!\s?pts?\b)", "percent", 1.0),   # "3.4pc": Hong Kong and British papers
    (r"(?:yuan|RMB|CNY)\b|元|人民币", "yuan", 1.0),   # ("约4.3万亿人民币")
    (r"(?:U\.?S\.? dollars|US dollars|dollars|USD)\b|美元", "usd", 1.0),
    # ("69.31 million mt": Platts' metric tons after a magnitude word; "803.83mn t": Argus' million tonnes;
    # "89.53m t": Kallanish's; "67.24 million t": Mysteel's; "73.23 mt" with no magnitude word: million
    # tonnes, as the steel press writes national output)
    # (with an abbreviation glossed once: "81.0mn tonnes (t) of crude steel")
    (r"(?:metric tons|metric tonnes|tonnes|tons)\b(?: \((?:t|mt|Mt|MT)\))?|(?:(?<=[a-z] )mt|(?<=mn )t|(?<=bn )t|(?<=\dm )t(?!/)|(?<=illion )t(?!/))\b|吨", "tonnes", 1.0),
    # (not "a 40,000 mt cargo": Platts' metric tons, too small to say; also glued: "fell 1.6% to 167.96mt")
    (r"(?:(?<=\d )(?<!,\d\d\d )|(?<=\d)(?<!,\d\d\d))(?:mn?t|Mt)\b(?!/)", "tonnes", 1e6),   # (also a broker's "76.4mnt", a megatonne's "803.83 Mt")
    # ("每秒280百亿亿次浮点运算": 10^18 operations a second, an EFLOPS)
    (r"EFLOPS\b|EFlops\b|E ?FLOPS\b|[Ee]xaflops\b|[Ee]xaFLOPS\b|百亿亿次(?:浮点运算)?(?:/秒|每秒)?", "eflops", 1.0),
    (r"PFLOPS\b|PFlops\b|P ?FLOPS\b|[Pp]etaflops\b|[Pp]etaFLOPS\b", "eflops", 1e-3),
    (r"TFLOPS\b|TFlops\b", "eflops", 1e-6),
    (r"(?:GB|gigabytes?)\b", "gb", 1.0),
    (r"(?:TB|terabytes?)\b", "gb", 1e3),
    (r"(?:MB|megabytes?)\b", "gb", 1e-3),
    (r"(?:Mbps|Gbps|Kbps|Mbit/s|Gbit/s)\b", "bandwidth", 1.0),
    (r"(?:kilowatts?|kW)\b|千瓦", "kw", 1.0),
    (r"(?:gigawatts?|GW)\b", "kw", 1e6),
    (r"(?:megawatts?|MW)\b", "kw", 1e3),
    (r"(?:kilowatt-hours|kWh)\b|千瓦时", "kwh", 1.0),
    (r"(?:户|部)\s?/\s?百人", "percent", 1.0),   # "5G用户普及率达87.1户/百人": per 100 people, the rate's own scale
    (r"(?:units?|sets?|vehicles|pieces|items|households|accounts|subscribers|users)\b|台|辆|个|户|家|套|部|件|座|款|项|架|支(?!持|撑|付|出|柱)", "count", 1.0),   # (支: Taiwan's phones, "1.06億支")
    (r"(?:kilometers|kilometres|km|meters|metres|square meters|hectares)\b|公里|米", "length", 1.0),
    (r"(?:hours|minutes|seconds|days|weeks|months|years)\b|小时|天", "time", 1.0),
    (r"times\b|倍", "times", 1.0),
]
# (ASCII word boundaries: a unit glued to Chinese text still ends, "较1月份的15.45GB有所回落")
_UNIT_RE = re.compile("|".join(f"(?P<u{i}>{alt})" for i, (alt, _, _) in enumerate(_UNIT_TABLE)), re.ASCII)
_TAIL_RE = re.compile(
    r"(?P<plus>-plus\b|\+(?!\w)|(?:多|余)(?=万|亿|千万|百万))?"   # ("60多万家", "60余万家": more than 600,000)
    r"(?:(?:[ -]|\n(?=(?:thousand|million|billion|trillion)\b))?(?P<mag>thousand|million|billion|trillion|Thousand|Million|Billion|Trillion|mln|mn|mil(?!-)|bln|bn|trn|tn|tr|(?<= )(?:crores?|lakh crore|lakhs?)|万亿|千亿|百亿(?!亿次)|十亿|千万|百万|十万|亿|万|千(?![瓦米克]))(?![A-Za-z])"
    r"|(?P<mag_m>m|M(?=[ ,.;)]))(?![A-Za-z0-9²³]|/(?!\d)|-[a-z])"   # "12.888m new energy vehicles", "RMB200m", "6.606M units" (glued only; also "3.788m/3.747m")
    r"|(?P<mag_tb>[TB])(?=[ ]?(?:yuan|RMB|CNY)\b)"
    r"|(?<=\d\d|\.\d)[ ](?P<mag_sp>[MB])(?=[ ,.;)]|$)"   # "28.2 M at the end of 2024", "1.014 B 5G users" (spaced; not "type 2 B")
    r"|(?P<mag_k>k)(?![A-Za-z0-9²³/]|-[a-z]))?"   # "596k", "104.8k units": a broker's thousands (glued, lower case)   # "6.3T yuan", "850B yuan" (glued, before the currency)
    r"(?P<plus2>-plus\b|\+(?!\w)|多|余)?"
    r"(?:[ ]|-(?=percent\b|per\scent\b))?")   # "a 6-percent increase"
_GLUED_WORD = re.compile(r"(?:^|[^A-Za-z])(?:up|down|by|to|of|at|about|over|nearly|from|numbered|reached|totaled|totalled|"
                         r"hit|topped|exceeded|was|were|is|are|grew|rose|expanded|increased|declined|fell|dropped)$")
# "达1.61G。" closing a Chinese clause is gigabytes ("2.6G频段", "3.5G band": a frequency, "5G": a generation)
_GB_SHORT = re.compile(r"G(?=[。,;、)]|/户)")   # (after a Chinese character; full-width punctuation is ASCII by now)
# (also the Indian grouping of lakhs and crores: "3,40,471 units" is 340,471)
_NUM_RE = re.compile(r"\d\d*(?:(?<![\d,]\d\d\d)(?:,\d\d)+,\d{3}(?![\d,])|(?:,\d{3}(?!\d))*)(?:\.\d+)?")  # not "\d+": see segment._SENT_END
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?")
_AFTER_MONTH = re.compile(_MONTHS + r"[ ]?$")
_BEFORE_MONTH = re.compile(r"(?:st|nd|rd|th)?[ ]" + _MONTHS + r"\b")
_DATE_CN = re.compile(r"(?:年|月|日|号|时|点|季度|个月|个季度)")   # ("连续第5个月同比下滑": a count of months)
_TIME_AFTER = re.compile(r"(?::\d|[ ]?(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock))")
_MAGNITUDE_SLASH = re.compile(r"\d(?:mn|bn|m|k)/$")
_TB_AFTER_CURRENCY = re.compile(r"[ ]?([TB])(?![A-Za-z0-9-])")
_CURRENCY_BEFORE = re.compile(r"(?:(?P<yuan>RMB|Rmb|CNY|¥)|(?P<usd>US\$|USD|\$))[ ]?$")
_QUAL1 = {
    "over": "gt", "exceed": "gt", "exceeded": "gt", "exceeding": "gt", "exceeds": "gt", "above": "gt",
    "surpassed": "gt", "surpassing": "gt", "surpasses": "gt", "topped": "gt", "topping": "gt", "beyond": "gt",
    "crossed": "gt", "crossing": "gt",
    "passed": "gt", "nearly": "lt", "almost": "lt", "approaching": "lt", "approached": "lt", "approaches": "lt",
    "under": "lt", "below": "lt", "nearing": "lt", "neared": "lt", "about": "approx", "around": "approx",
    "approximately": "approx", "roughly": "approx", "some": "approx", "circa": "approx", "approx.": "approx",
    "approx": "approx", "c.": "approx",
}
_QUAL2 = {
    "more than": "gt", "upwards of": "gt", "at least": "gt", "broke through": "gt", "breaking through": "gt",
    "close to": "lt", "less than": "lt", "fewer than": "lt", "just under": "lt", "up to": "lt", "at most": "lt",
    "an estimated": "approx", "estimated at": "approx", "not exceeding": "lt",
}
_QUAL3 = {"in excess of": "gt", "no less than": "gt", "not less than": "gt", "no more than": "lt",
          "not more than": "lt", "closing in on": "lt"}
_OTHER_CURRENCY_BEFORE = re.compile(r"(?:新台币|台币|港币|港元|日元|韩元|美元|欧元)(?:约|近|超过?|逾)?$")
_QUAL_FILLER = {"reaching", "reached", "of", "at", "to", "by"}
_QUAL_LAST_WORDS = frozenset([k.split()[-1] for k in (*_QUAL3, *_QUAL2)] + list(_QUAL1) + list(_QUAL_FILLER))
_QUAL_ZH = (("超过", "gt"), ("突破", "gt"), ("多于", "gt"), ("高于", "gt"), ("逾", "gt"), ("超", "gt"),
            ("接近", "lt"), ("将近", "lt"), ("不到", "lt"), ("不足", "lt"), ("近", "lt"),
            ("大约", "approx"), ("约", "approx"))


_CURRENCY_WORDS = frozenset(("rmb", "cny", "$", "us$", "usd", "hk$", "nt$", "yuan"))


def qualifier_before(low: str, s: int, text: str | None = None) -> str:
    """eq / gt / lt / approx from the words right before position `s` (lowercased ASCII text;
    the original text is used for Chinese qualifiers)."""
    window = low[max(0, s - 40):s]
    if "?" in window[-4:] and text is not None:
        w = text[max(0, s - 8):s].rstrip(" ,")
        if w.endswith(("人民币", "新台币", "港币")):
            w = w[:-2 if w.endswith("港币") else -3]   # "约人民币3.1万亿元": the qualifier before the currency
        for word, q in _QUAL_ZH:
            if w.endswith(word) or w.endswith(word + "达") or w.endswith(word + "达到"):
                return q
    words = window[window.rfind(",") + 1:].split()   # not "1Gbit/s and above, reached 226 million"
    if words and words[-1] in _CURRENCY_WORDS:
        words.pop()   # "about RMB1.32 trillion", "about $1.3bn": the qualifier before the currency
    if words and words[-1] not in _QUAL_LAST_WORDS:
        return "eq"  # the usual case: the word before the number ends no qualifier phrase
    for attempt in range(2):
        if not words:
            return "eq"
        if attempt and len(words) >= 2 and words[-2] in ("or", "and") and words[-1] in ("above", "higher", "faster"):
            return "eq"   # "users of 1,000 Mbps or above reached 20.36 million": the noun's "or above", then a verb
        q = (len(words) >= 3 and _QUAL3.get(" ".join(words[-3:]))) or \
            (len(words) >= 2 and _QUAL2.get(" ".join(words[-2:]))) or _QUAL1.get(words[-1])
        if q:
            if len(words) >= 3 and words[-3] in ("no", "not") and words[-2] in ("more", "fewer", "less"):
                return "lt" if words[-2] == "more" else "gt"   # "no more than" / "no fewer than"
            if words[-2:] == ["up", "to"] and len(words) >= 3 and words[-3] in _UP_TO_VERBS:
                return "eq"   # "picked up to 3.9 percent": a verb's particle, not "at most"
            return q
        if words[-1] in _QUAL_FILLER:
            words = words[:-1]
            continue
        return "eq"
    return "eq"


_UP_TO_VERBS = frozenset(("picked", "picks", "pick", "picking", "went", "goes", "going", "edged", "edging", "ticked",
                          "ticking", "moved", "inched", "sped", "speeded", "stepped", "shot", "jumped", "climbed",
                          "rose", "risen", "revised", "bumped", "ramped"))
_QUAL_AFTER = re.compile(r"[ ]?(?:(?P<gt>or more|and above|or above|以上|多|余)|(?P<approx>or so|左右))")
_WORD_RE = re.compile(
    r"\b(?:(?P<frac>two-thirds|one-third|one-half|one-quarter|three-quarters|one-fifth|two-fifths|one-tenth|"
    r"a third|a quarter|half)"
    r"|(?P<word>(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)"
    r"(?:[ -](?P<wmag>hundred|thousand|million|billion|trillion)(?:[ -](?P<wmag2>thousand|million|billion))?)?)\b",
    re.I)
_LIST_NUMBER_AFTER = re.compile(r"(?:\.[ ]|\)|、)")
_ZH_MONTH_RANGE = re.compile(r"[-至~]\d{1,2}月")
_ISO_DATE_AFTER = re.compile(r"[-/.]\d{1,2}[-/.]\d{1,2}\b")
_ISO_DATE_BEFORE = re.compile(r"\d{4}[-/.](?:\d{1,2}[-/.])?$")
_ENUM_AFTER = re.compile(r"\)\s*[A-Z]")
_FRAC_ORDINAL_BEFORE = re.compile(r"(first|second|third|fourth|the|latter|past)\s*$")
_HALF_OF = re.compile(r"\s+(?:of|the)\b")
_PLAN_AFTER = re.compile(r"[- ]year[- ]plan", re.I)
_PERIOD_WORD_BEFORE = re.compile(r"\b(?:first|past|last|next|previous|coming|recent)\s+$", re.I)
_PERIOD_UNIT_AFTER = re.compile(r"\s+(?:months|quarters|years|weeks|days|decades)\b", re.I)

# The characters a non-empty match of these regexes can start with: most numbers are followed
# by something else, and a set lookup is much cheaper than trying the regex.
_TAIL_FIRST = frozenset("-+ \ntmMbTBk万千百十亿多余")
_UNIT_FIRST = frozenset(p[0] for p in literal_prefixes(_UNIT_RE.pattern, 1))
_QUAL_AFTER_FIRST = frozenset(p[0] for p in literal_prefixes(_QUAL_AFTER.pattern, 1))
# "topped the 1-billion mark", "passed the 10 million units milestone": a round figure passed; the
# mention spans "the ... mark", so the verb before it links it as it would a bare figure
_MILESTONE_AFTER = re.compile(r"(?:[ -](?:units?|users?|subscribers?|vehicles?|sets?|yuan))?[ -](?:mark|milestone|threshold|barrier)\b")


@dataclass
class Num:
    """Internal mention record; converted to model.Mention at the end."""
    value: float
    unit: str | None
    magnitude: str | None
    qualifier: str
    start: int
    end: int
    num_end: int            # end of the digits (before magnitude/unit)
    sig: int                # significant digits as written (precision)
    word: bool = False      # written in words ("a thousand", "two-thirds")
    in_range: bool = False  # part of a range "20-30%": never a value
    pre_unit: bool = False  # currency written before the number ("RMB 1.2 trillion")
    factor: float = 1.0     # unit conversion applied (PFLOPS -> EFLOPS is 1e-3)
    broken: bool = False    # a fragment of a number split by stray spaces ("7 .54 billion"): never a value
    sentence: int = -1
    mention_id: int = -1


def _sig_digits(digits: str) -> int:
    d = digits.replace(",", "")
    if "." in d:
        whole, frac = d.split(".", 1)
        s = (whole.lstrip("0") + frac) if whole.strip("0") else frac.lstrip("0")
        return max(1, len(s))
    s = d.lstrip("0").rstrip("0")
    return max(1, len(s))


_YEAR_PREV = {"than", "over", "nearly", "about", "around", "approximately", "exceeding", "exceeded", "some",
              "reached", "reaching"}
_RATE_END = {"percent", "cent", "respectively", "year-on-year", "yoy", "y/y"}
_MONTH_WORDS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                "oct", "nov", "dec"}


def _is_year(low: str, start: int, digits: str, has_suffix: bool) -> bool:
    if has_suffix or len(digits) != 4 or not digits.isdigit():
        return False
    v = int(digits)
    if not 1949 <= v <= 2100:
        return False
    words = low[max(0, start - 25):start].split()
    if len(words) >= 2 and words[-1] in ("over", "than") and (words[-2].endswith("%") or words[-2] in _RATE_END):
        return True   # "up 333.7% and 342.9% respectively over 2014": the base year of the rates
    if words and (words[-1] in _YEAR_PREV or (len(words) >= 2 and words[-2:] == ["total", "of"])):
        return False
    return True


def find_mentions(text: str, low: str | None = None, hits=None) -> list[Num]:
    """All numeric mentions in `text`, in text order (digits and word numbers)."""
    out: list[Num] = []
    n = len(text)
    if low is None:
        from dagster_project.extraction.anchors import lower_ascii
        low = lower_ascii(text)
    is_ascii = text.isascii()
    for m in _NUM_RE.finditer(text):
        s, e = m.start(), m.end()
        digits = m.group()
        prev = text[s - 1] if s else " "
        nxt = text[e] if e < n else " "
        # Part of an identifier or model name: C919, IMT-2030, Shenzhou-21, CO2, FP32.
        if prev.isalpha() and prev.isascii() and not _CURRENCY_BEFORE.search(text, max(0, s - 4), s) \
                and not _GLUED_WORD.search(text, max(0, s - 10), s):   # "up14.3 percent" on a scraped page
            continue
        if prev in "-/" and s >= 2 and text[s - 2].isalpha() and text[s - 2].isascii() \
                and not (prev == "/" and _MAGNITUDE_SLASH.search(text, max(0, s - 12), s)):   # (not "2.115mn/2.094mn")
            continue
        if prev == "." and s >= 2 and text[s - 2].isdigit():
            continue
        if nxt in _TAIL_FIRST:
            tail = _TAIL_RE.match(text, e)
            mag = (tail.group("mag") or "").lower() or ("mn" if tail.group("mag_m") else None) \
                or {"T": "trillion", "B": "billion"}.get(tail.group("mag_tb")) or ("thousand" if tail.group("mag_k") else None) \
                or {"M": "mn", "B": "bn"}.get(tail.group("mag_sp"))
            plus = tail.group("plus") or tail.group("plus2")
            tail_end = tail.end()
        else:
            mag = plus = None
            tail_end = e
        if not mag and text[tail_end:tail_end + 5] in ("mil- ", "bil- ", "mil-\n", "bil-\n") or text.startswith("tril-", tail_end):
            continue   # "145 mil- lion": a magnitude broken at a line wrap, never a bare 145
        unit, factor, unit_end = None, 1.0, None
        um = _UNIT_RE.match(text, tail_end) if text[tail_end:tail_end + 1] in _UNIT_FIRST else None
        if um:
            i = int(um.lastgroup[1:])
            unit, factor = _UNIT_TABLE[i][1], _UNIT_TABLE[i][2]
            unit_end = um.end()
        if unit == "yuan" and not is_ascii and _OTHER_CURRENCY_BEFORE.search(text, max(0, s - 6), s):
            unit = "other_currency"   # "（约新台币21.5万亿元）": Taiwan dollars, however the 元 after reads
        if um is None and nxt == "G" and "." in digits and "\u4e00" <= prev <= "\u9fff" and _GB_SHORT.match(text, e):
            unit, unit_end = "gb", e + 1   # "户均移动互联网接入流量达1.61G。": data, not a network generation
        # 5G, 10G, 4K, 3D, 16th, 2nd, 28nm: letters glued to the digits that are not a unit.
        if nxt.isalpha() and nxt.isascii() and not mag and not (unit_end is not None and (um is None or um.start() == e)):
            continue
        if nxt == "-" and (text[e + 1:e + 2] == "G" or text[e:e + 10].lower().startswith("-gigabit")):
            continue
        # Dates and times.
        if not (mag or unit):
            pw = low[max(0, s - 11):s].split()
            if pw and pw[-1].rstrip(".") in _MONTH_WORDS and (
                    len(digits) <= 2 or (len(digits) == 4 and digits.startswith(("19", "20")))):
                continue
            if len(digits) <= 2 and _BEFORE_MONTH.match(text, e):
                continue
        if not is_ascii and (_DATE_CN.match(text, e) or _ZH_MONTH_RANGE.match(text[e:e + 4])):
            continue
        if nxt == ":" and text[e + 1:e + 2].isdigit() or (prev == ":" and s >= 2 and text[s - 2].isdigit()):
            continue
        if nxt in " ap" and _TIME_AFTER.match(text, e):
            continue
        if len(digits) == 4 and nxt in "-/." and _ISO_DATE_AFTER.match(text[e:e + 7]):
            continue  # ISO-like date 2025-04-18 / 2025/4/18
        if prev in "-/." and _ISO_DATE_BEFORE.search(text[max(0, s - 8):s]):
            continue
        # List numbering at line start: "1. ", "2) ", "(3) ", "1、".
        if len(digits) <= 2 and not (mag or unit):
            line_start = text.rfind("\n", 0, s) + 1
            lead = text[line_start:s].strip()
            if lead in ("", "(") and (_LIST_NUMBER_AFTER.match(text, e) or (lead == "(" and nxt == ")")):
                continue
            if prev == "(" and nxt == ")" and _ENUM_AFTER.match(text[e:e + 4]):
                continue  # "(2) Improve ..." inline enumeration
        if _is_year(low, s, digits, bool(mag or unit or plus)):
            continue
        # "000 5G base stations" left over from "2,644,\n000": a leading zero group is a fragment
        broken = (digits[0] == "0" and len(digits) > 1 and digits[1] != ".") or _broken(text, s, e, bool(mag or unit))
        value = float(digits.replace(",", ""))
        if mag:
            value *= MAGNITUDES[mag]
        pre_unit = False
        if unit is None and (prev in " $¥" or prev.isalpha()):
            cm = _CURRENCY_BEFORE.search(text, max(0, s - 5), s)
            if cm:
                unit = "yuan" if cm.group("yuan") else "usd"
                pre_unit = True
                tb = _TB_AFTER_CURRENCY.match(text, e) if not mag else None
                if tb:
                    value *= 1e12 if tb.group(1) == "T" else 1e9   # "RMB 1.74 T": a currency's trillion
                    mag, tail_end = tb.group(1), tb.end()
        value = float(f"{value * factor:.12g}")  # 1.068 * 1e9 -> 1068000000, not ...0001
        if unit_end is not None:
            end = unit_end
        elif mag or plus:
            end = e + len(text[e:tail_end].rstrip())
        else:
            end = e
        qualifier = qualifier_before(low, s, text)
        if plus:
            qualifier = "gt"
        qa = _QUAL_AFTER.match(text, end) if qualifier == "eq" and text[end:end + 1] in _QUAL_AFTER_FIRST else None
        if qa and qualifier == "eq":
            qualifier = "gt" if qa.group("gt") else "approx"
        if s >= 4 and low.startswith("the ", s - 4) and mag and unit not in ("percent", "pp"):
            mm = _MILESTONE_AFTER.match(low, end)
            if mm:
                if qualifier_before(low, s - 4, text) == "gt":   # "topped the ...", "crossed the ..."
                    qualifier = "gt"
                s, end = s - 4, mm.end()
        out.append(Num(value=value, unit=unit, magnitude=mag, qualifier=qualifier, start=s, end=end,
                       num_end=e, sig=_sig_digits(digits), pre_unit=pre_unit, factor=factor, broken=broken))
    out.extend(_word_mentions(text, low, hits))
    out.sort(key=lambda x: x.start)
    _mark_ranges(text, out)
    _share_units_backwards(text, out)
    _share_qualifiers(text, out)
    return out


_BROKEN_AFTER = re.compile(r"[ ]{1,2}\.?\d+(?![\d.,]*[A-Za-z])")   # not "130,000 5G base stations"
_YEAR_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d\d[ ]{1,2}$")


_WRAPPED_FIGURE = re.compile(r"\n\d[\d,.]*\s*(?:million|billion|trillion|万|亿|percent|%)")


def _broken(text: str, s: int, e: int, has_tail: bool) -> bool:
    """Digits that run on across stray spaces ("7 .54 billion", "1 4 8 million") are pieces of
    one number that cannot be read back safely; a value made from a piece is invented."""
    if not has_tail and _BROKEN_AFTER.match(text, e):
        return True
    # "1.15\n9 million": a figure wrapped at a digit, both pieces
    if s >= 2 and text[s - 1] == "\n" and text[s - 2].isdigit() and has_tail:
        return True
    if not has_tail and _WRAPPED_FIGURE.match(text, e):
        return True
    if s >= 2 and text[s - 1] == "." and text[s - 2] == " ":
        return s >= 3 and text[s - 3].isdigit()
    if s >= 2 and text[s - 1] == " " and (text[s - 2].isdigit() or text[s - 2] == " " and s >= 3 and text[s - 3].isdigit()):
        return not _YEAR_BEFORE.search(text, max(0, s - 7), s)
    return False


_WORD_MATCHER = None


def word_matcher():
    global _WORD_MATCHER
    if _WORD_MATCHER is None:
        from dagster_project.extraction.anchors import AnchorMatcher
        _WORD_MATCHER = AnchorMatcher([
            (r"(?P<word>a)[ -](?P<wmag>hundred|thousand|million|billion|trillion)(?:[ -](?P<wmag2>thousand|million|billion))?", None),
            (_WORD_RE.pattern.replace("\\b(?:", "(?:", 1), None)])
    return _WORD_MATCHER


def _word_matches(text: str, low: str | None = None, hits=None):
    word_matcher()
    if low is None:
        from dagster_project.extraction.anchors import lower_ascii
        low = lower_ascii(text)
    return [m for m, _ in _WORD_MATCHER.finditer(low, hits=hits)]


def _word_mentions(text: str, low: str | None = None, hits=None) -> list[Num]:
    if low is None:
        from dagster_project.extraction.anchors import lower_ascii
        low = lower_ascii(text)
    res = []
    for m in _word_matches(text, low, hits):
        s, e = m.start(), m.end()
        frac = m.groupdict().get("frac")
        if frac:
            fl = frac.lower()
            before = low[max(0, s - 12):s]
            if fl in ("half", "a quarter") and _FRAC_ORDINAL_BEFORE.search(before):
                continue
            if fl in ("half", "a quarter", "three-quarters") and low.startswith(("-century", " century", " of a century"), e):
                continue   # "the slowest in a quarter-century", "half a century": a span of time
            if fl == "half" and not _HALF_OF.match(low[e:e + 5]):
                continue
            res.append(Num(FRACTIONS[fl], "fraction", None, "eq", s, e, e, 1, word=True))
            continue
        word = m.group("word").lower()
        if _PLAN_AFTER.match(text[e:e + 10]):
            continue
        if _PERIOD_WORD_BEFORE.search(text[max(0, s - 10):s]) and \
                _PERIOD_UNIT_AFTER.match(text[e:e + 10]):
            continue  # "the first two months", "the past five years": a period, not a quantity
        wmag = (m.group("wmag") or "").lower()
        if word in ("a", "one") and not wmag:
            continue
        parts = word.split("-")
        value = float(sum(WORD_VALUES[p] for p in parts))
        if wmag:
            value *= {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[wmag]
            if m.group("wmag2"):
                value *= {"thousand": 1e3, "million": 1e6, "billion": 1e9}[m.group("wmag2").lower()]
        qualifier = qualifier_before(low, s, text)
        unit, end = None, e
        um = _UNIT_RE.match(text, e + 1) if wmag and text.startswith(" ", e) else None
        if um is not None and _UNIT_TABLE[int(um.lastgroup[1:])][1] in ("tonnes", "yuan", "usd"):
            unit, end = _UNIT_TABLE[int(um.lastgroup[1:])][1], um.end()   # "nearly a billion tonnes of crude steel"
        res.append(Num(value, unit, wmag or None, qualifier, s, end, e, 1, word=True))
    return res


# "increased by 22 million to 1.04 billion": a change and the new level, not a range
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:more\s+than|over|nearly|about|around|some|almost)\s+)?$", re.I)
# the verbs of a change of level, up or down ("rose from A to B", "jumped to B from A")
CHANGE_VERBS = (r"(?:rose|risen|grew|grown|increased|jumped|climbed|surged|soared|expanded|went\s+up|gone\s+up|"
                r"fell|declined|dropped|decreased|slipped|went\s+down)")
# "rose from 2.31 million to 2.38 million": a change's two ends, not a range
_CHANGE_FROM_BEFORE = re.compile(r"\b" + CHANGE_VERBS + r"\s+from\s+"
                                 r"(?:(?:more\s+than|over|nearly|about|around|some|almost)\s+)?(?:RMB\s?|CNY\s?)?$", re.I)
_RANGE_GAP = re.compile(r"^[ ]?(?:-|~|to|至)[ ]?$")


def _mark_ranges(text: str, nums: list[Num]) -> None:
    """'20-30%', '1.2 to 1.5 million': both ends are mentions but never values."""
    for a, b in zip(nums, nums[1:]):
        if a.word or b.word:
            continue
        if b.start - a.end > 5:
            continue  # longer than any range gap (" to ", plus the newline "$" allows)
        gap = text[a.end:b.start]
        if a.value >= b.value:
            continue   # "nearly 9.5 trillion yuan - 9.4994 trillion yuan to be precise": a restatement, no range
        if _RANGE_GAP.match(gap) and (a.unit is None or a.unit == b.unit) \
                and not ("to" in gap and (a.magnitude or a.value >= 1000)
                         and _BY_BEFORE.search(text, max(0, a.start - 30), a.start)) \
                and not ("to" in gap and _CHANGE_FROM_BEFORE.search(text, max(0, a.start - 40), a.start)):
            if a.unit is None and a.magnitude is None:
                a.unit, a.magnitude = b.unit, b.magnitude
            a.in_range = b.in_range = True


_LIST_GAP = re.compile(r"^[ \n]?(?:,[ \n]?(?:and[ \n])?|and[ \n]|or[ \n]|、|和|与)[ \n]?$")   # (a line may wrap in the gap)


def _share_units_backwards(text: str, nums: list[Num]) -> None:
    """'1.9 and 0.5 percentage points', '26.7% and 23.9%': a bare number takes the unit (and
    magnitude) of the coordinated number right after it."""
    for i in range(len(nums) - 2, -1, -1):
        a, b = nums[i], nums[i + 1]
        if a.word or b.word or a.in_range:
            continue
        if a.magnitude is not None and b.magnitude is None:
            continue   # "805 million, 4.6 times the number in 2020": not one coordinated list
        if a.unit is None and b.unit is not None and _LIST_GAP.match(text[a.end:b.start]):
            if a.magnitude is None and b.magnitude is not None:
                a.value = float(f"{a.value * MAGNITUDES[b.magnitude]:.12g}")
                a.magnitude = b.magnitude
            a.unit = b.unit
            a.value = float(f"{a.value * b.factor:.12g}")
            a.factor = b.factor


_SHARE_GAP = re.compile(r"^(?:[\w\- \"'/]{0,30}?(?:,[ ]?(?:and[ ])?|[ ]and[ ]|、)|和)$")   # ("超过3.5万家、8200家和500家": 和 right after a unit)
_VERBISH = re.compile(r"\b(?:is|are|was|were|has|have|had|reached|totaled|exceeded|rose|grew|increased|with)\b")


_VERB_QUAL_BEFORE = re.compile(r"\b(?:exceeded|exceeds|exceeding|surpassed|surpasses|surpassing|topped|tops|topping)\s+$", re.I)


def _share_qualifiers(text: str, nums: list[Num]) -> None:
    """'More than 30,000 basic-level, 1,200 advanced-level and 230 excellence-level smart
    factories': a qualifier in front of a coordinated list applies to every item."""
    for a, b in zip(nums, nums[1:]):
        if a.qualifier == "eq" or b.qualifier != "eq" or a.word or b.word:
            continue
        if (a.unit or "count") != (b.unit or "count"):
            continue
        gap = text[a.end:b.start]
        if "," in gap and _VERB_QUAL_BEFORE.search(text, max(0, a.start - 20), a.start):
            continue   # "… has exceeded 260, and 15 leading-level smart factories have been selected": the verb was the first clause's
        if _SHARE_GAP.match(gap) and not _VERBISH.search(gap):
            b.qualifier = a.qualifier
