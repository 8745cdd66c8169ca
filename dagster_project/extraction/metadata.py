"""Document metadata: title, event date, published date, reporting period, language.

Briefings and their reprints state dates in a few recurring places: a dateline under the
title ("Beijing | 10 a.m. April 18, 2025"), a "Date:" field, a "Published:" / "Updated:"
line, or the lead sentence ("On January 21, 2026, the State Council Information Office
held a press conference ..."). The reporting period comes from the title ("... in the first
quarter of 2025", "(2025 ... Achievements)") or, failing that, the lead paragraphs.
"""
from __future__ import annotations

import re
from datetime import date

from dagster_project.extraction.anchors import lower_ascii, lower_pattern
from dagster_project.extraction.model import DocumentMeta
from dagster_project.extraction.normalize import has_cjk
from dagster_project.extraction.periods import (
    MON, MONTHS, YR, Period, PeriodContext, find_periods, resolve, _fyp_years, _month_end, _num,
)

_DATE_SRC = (
    rf"(?P<m>{MON})(?:\s+|(?<=\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,\s*|\s+)(?P<y>{YR})"   # also "Jul 19,2021", "Mar.20,2026"
    rf"|(?<!\d)(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-)(?P<m2>{MON})(?:\s*,\s*|\s+|-)(?P<y2>{YR})"   # (also "17 April ,2026"; not "Jan. 2013-June 2015")
    rf"|(?P<m3>{MON}),\s*(?P<d3>\d{{1,2}})/(?P<y3>{YR})"   # "Update: January, 28/2016 - 09:14" (Viet Nam News)
    r"|(?P<iy>(?:19|20)\d\d)[-/.](?P<im>\d{1,2})[-/.](?P<id>\d{1,2})\b"
    r"|(?P<cy>(?:19|20)\d\d)\s*年\s*(?P<cm>\d{1,2})\s*月\s*(?P<cd>\d{1,2})\s*日"
    r"|(?<![\d.])(?P<ed>\d{1,2})\.(?P<em>\d{1,2})\.(?P<ey>(?:19|20)\d\d)\b"   # "12.09.2024": European day.month.year
    # "10/22/2019", "22/10/2019" or "14-01-2019": read only when the day cannot be the month
    r"|(?<![\d/-])(?P<sa>\d{1,2})[/-](?P<sb>\d{1,2})[/-](?P<sy>(?:19|20)\d\d)\b"
    # "BY JOHN FENG ON 1/26/21 AT 6:42 AM EST" (Newsweek), "1/24/17, 5:30 AM CET" (Politico): a US
    # byline's month/day/two-digit year, read only with the time after it
    r"|(?<![\d/])(?P<ua>\d{1,2})/(?P<ub>\d{1,2})/(?P<uy>\d\d)(?:\s+AT\s+|,\s*)\d{1,2}:\d\d\s*[AP]M\b")
_DATE = re.compile(_DATE_SRC, re.I)
# Searched in ASCII-lowercased text (faster than re.I). Every alternative starts with a digit or a
# month's first letter: the lookahead rejects other positions before the alternatives are tried.
_DATE_LOW = re.compile(r"(?=[0-9adfjmnos])(?:" + lower_pattern(_DATE_SRC) + ")")
_PUBLISHED = re.compile(
    r"(?:Published|Publish(?:ed)? (?:time|date|on)|Posted(?: on)?|Release(?:d)?(?: (?:time|date|on))?|Date published|"
    r"发布时间|发布日期|发表时间|时间)\s*[:：]?\s*(?:on\s+)?$", re.I)
_UPDATED = re.compile(r"(?:Updated|Update time|Last updated|Modified|更新时间)\s*[:：]?\s*(?:on\s+)?$", re.I)
# A label is a field name ("Published:", "| Updated", "发布时间"), not prose ("the data were released on").
_LABEL_START = re.compile(r"(?:^|[|｜/·•(\[]|\s{2})\s*$")
# A date right after these words is a period in the text ("as of December 31, 2019"), not the
# day the text was spoken or published.
_PERIOD_PREP = re.compile(r"\b(?:as\s+of|as\s+at|by|until|till|through|since|before|after|from|to|between|"
                          r"end\s+of|beginning\s+of|start\s+of)\s+(?:the\s+)?$|截至$|截止$|到$", re.I)
# A news dateline without a year: "BEIJING, Jan. 21 (Xinhua) --", "Beijing, Jul 24 (efe-epa).-".
_DATELINE_NO_YEAR = re.compile(rf"^[A-Z][A-Za-z .'\-]{{1,30}},\s+(?P<m>{MON})\s+(?P<d>\d{{1,2}})\s*(?:\([^)]{{2,40}}\))?\.?\s*-",
                               re.M)
# A news dateline with its year: "BEIJING, Sept. 11, 2024 (Xinhua) --", "Hangzhou, March 3, 2023 --".
# (also a press release's "REDWOOD CITY, Calif. – February 18, 2025 – According to …")
_CITY_CAPS = re.compile(r"^\s*[A-Z][A-Z .'\-]{1,30},(?:\s*[A-Z][a-z]{1,5}\.\s*-)?\s*$")
_CITY = re.compile(r"^\s*[A-Z][A-Za-z .'\-]{1,30},\s*$")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^)\n]{2,40}\)\s*)?(?:--|—|–|-\s)")
_DATE_LABEL = re.compile(r"(?:^|\n)\s*(?:Date|日期)\s*[:：]\s*$", re.I)
_DATELINE = re.compile(r"\|\s*(?:\d{1,2}(?::\d\d)?\s*[ap]\.?\s?m\.?\s*)?$", re.I)
_EVENT_CONTEXT = re.compile(
    r"(?:held|hosts?|hosted|holds|convened|gave|press conference|news conference|briefing|召开|举行|举办|发布会)", re.I)
_TITLE_TAG = re.compile(r"^\s*(?:\[[^\]]{1,60}\]|【[^】]{1,60}】)\s*")
_NAV = re.compile(r"^(?:home|menu|skip to|search|login|log in|sign in|share|print|font size|you are here|this article is more than|accessible version|"
                  r"首页|当前位置|上一版|下一版|上一期|下一期|往期回顾|版面导航|返回目录|[【\[]?(?:打印|关闭|字号)|english|中文)\b", re.I)
_CJK = re.compile(r"[\u4e00-\u9fff]")
_TITLE_YEAR = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-]|'?s\b)")   # (not a decade: "the first time since the 1990s")
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_LOWER_ASCII_ONLY = str.maketrans({chr(c): chr(c + 32) for c in range(65, 91)})


def _lower_for_dates(header: str) -> str | None:
    """`header` with only A-Z lowercased (same length, CJK kept), or None when a non-ASCII
    character has case: then re.I could match it to an ASCII letter (the Kelvin sign K, long s),
    and only `_DATE` with re.I gives the exact result."""
    if not header.isascii():
        for ch in set(header):
            if ord(ch) > 127 and (ch.lower() != ch or ch.upper() != ch):
                return None
    return header.translate(_LOWER_ASCII_ONLY)


def _to_date(m: re.Match) -> date | None:
    g = m.groupdict()
    try:
        if g["m"]:
            return date(int(g["y"]), MONTHS[g["m"].rstrip(".").lower()], int(g["d"]))
        if g["m2"]:
            return date(int(g["y2"]), MONTHS[g["m2"].rstrip(".").lower()], int(g["d2"]))
        if g["m3"]:
            return date(int(g["y3"]), MONTHS[g["m3"].rstrip(".").lower()], int(g["d3"]))
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["cy"]:
            return date(int(g["cy"]), int(g["cm"]), int(g["cd"]))
        if g["ey"]:
            d, m = int(g["ed"]), int(g["em"])
            if m > 12 >= d:
                d, m = m, d   # "11.21.2022" (EE Times): month.day.year, when the day cannot be the month
            return date(int(g["ey"]), m, d)
        if g["sy"]:
            a, b = int(g["sa"]), int(g["sb"])
            if a > 12 >= b:
                return date(int(g["sy"]), b, a)
            if b > 12 >= a:
                return date(int(g["sy"]), a, b)
            return None   # "03/04/2019": March 4 or 3 April, the page does not say
        if g["uy"]:
            return date(2000 + int(g["uy"]), int(g["ua"]), int(g["ub"]))
    except (ValueError, KeyError):
        return None
    return None


def detect_language(text: str) -> str:
    sample = text[:5000]
    if sample.isascii():
        return "en"
    cjk = len(_CJK.findall(sample))
    ascii_part = sample.encode("ascii", "ignore")
    letters = cjk + len(ascii_part) - len(ascii_part.translate(None, _ASCII_LETTERS))  # count of [A-Za-z]
    return "zh" if letters and cjk / letters > 0.3 else "en"


_TIMESTAMP_WORDS = re.compile(r"\b(?:updated|published|posted|ago)\b|\d{1,2}:\d{2}", re.I)


def _title(found: list[str]) -> str | None:
    # "South China Morning Post", "THE DIPLOMAT" and section crumbs above the headline are the
    # site's name: the headline is the first line that reads like one
    return next((x for x in found if not _masthead(x)), found[0] if found else None)


def _headings(text: str) -> list[str]:
    """The lines above the body: the site's name and crumbs, the series, the headline."""
    found = []
    for line in text.split("\n")[:16]:
        line = line.strip()
        if not line or _NAV.match(line) or _DATE.fullmatch(line.strip(" |")):
            continue
        dm = _DATE.search(line)
        if dm and (len(_DATE.sub("", line).strip(" |-:,/\u00b7")) < 25
                   or len(line) < 80 and _TIMESTAMP_WORDS.search(line)):
            continue   # "CGTN | 2020-05-14", "Source: Xinhua | 2024-10-10 19:55", "June 14, 2019 / 10:41 AM / Updated 3 hours ago": a byline
        line = _TITLE_TAG.sub("", line).strip()
        if len(line) < 4 or _NO_WORDS.fullmatch(line):
            continue   # (an analyst's phone number or e-mail under the byline)
        found.append(line)
        if not _masthead(line) or len(found) == 10:
            break
    return found


_DOMAIN = re.compile(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|cn|org|net|gov|co|io|de|uk)(?:\.cn)?", re.I)
_ZH_AGENCY = ("局", "厅", "委员会", "部", "网", "政府", "办公室", "门户网站", "新闻", "日报", "中心", "晚报", "晨报", "数字报", "电子版",
              "商报", "时报", "導報", "导报", "周报", "早报", "快报", "周刊")   # ("北京商报" above the headline: the paper)


_SINCE_YEAR = re.compile(r"\b(?:since|est\.|established|founded(?:\s+in)?)\s+(?:1[6-9]|20)\d\d$", re.I)


_TAGLINE = re.compile(r"\b(?:breaking|latest|world|international|business)\s+news$|\bnews\s+(?:and|&)\s+analysis$"
                      r"|\b(?:newspaper|daily|magazine|news\s+(?:site|source|portal))(?:\s+in\s+English)?$", re.I)   # ("Germany's Business Newspaper in English")


def _masthead(line: str) -> bool:
    """A site name, section or crumb trail ("Economy › China Economy", "Research | Technology |
    Kagan"), not a headline: a short line of capitalised words with no figure, or separators."""
    parts = line.split(" | ")
    if len(parts) >= 2 and all(len(x.split()) <= 3 and len(x) <= (24 if x.isascii() else 10) for x in parts):
        return True   # "FRANCE 24 | Business / Tech": a crumb trail, a figure in the site's name
    if _SINCE_YEAR.search(line) and all(w[0].isupper() or w.isdigit() for w in line.split()):
        return True   # "Japan's National Daily Since 1922": the paper's motto (not "… shrinks for first time since 1990")
    if len(line) <= 60 and _TAGLINE.search(line):
        return True   # "FRANCE 24 - International breaking news": the site's name and tagline
    if line.isascii() and line.isupper() and len(line.split()) <= 2:
        return True   # "FRANCE 24", "CNBC": a site's name in capitals (also with a figure)
    if line.isupper() and len(line.split()) >= 4 and (": " in line or " - " in line):
        return False   # "CHINA: APRIL DATA - THE LOCKDOWN BILL ARRIVES": a note's headline in capitals
    if line.count(" > ") >= 2 or line.count("\u203a") >= 2:
        return True   # "人民邮电报社 > 人民邮电报 > 2021年12月24日 > 第01版：要闻": a crumb trail, however many figures
    if not line.isascii() and "%" not in line and len(words := line.split()) >= 3 and all(len(w) <= 6 for w in words):
        return True   # "返回首页 数字报 往期回顾 PDF下载": a page's menu, short words apart
    if any(c.isdigit() for c in line):
        return False
    if " | " in line or " > " in line or "\u203a" in line or "\u00bb" in line or _DOMAIN.fullmatch(line):
        return True
    if len(line) <= 40 and "www." in line:
        return True   # "证券时报网　www.stcn.com"
    if not line.isascii():
        return len(line) <= 16 and line.endswith(_ZH_AGENCY)   # "洛阳市工业和信息化局"
    words = line.split()
    if len(words) == 1 and len(line) <= 24:
        return True   # "euronews.": a site's name, one word (no headline is)
    if len(words) >= 6 and "'" not in line and not _HEADLINE_PUNCT.search(line) and all(w[0].isupper() or not w[0].isalpha() for w in words) \
            and not any(w.lower() in _HEADLINE_SMALL_WORDS for w in words):
        return True   # "Tesla Rivian Lucid GM Ford Hyundai Kia Toyota BYD Energy E-bikes": a menu, no headline's small words
        # (not "China - Jan-Feb Activity: Factories Run Hot, Consumers Less So": a note's headline has its colon or dash)
    if len(words) >= 3 and sum(w.lower() in _MENU_WORDS for w in words) * 3 >= len(words) * 2:
        return True   # a site's menu in title case, however long: "Singapore Asia World Opinion Life Business Tech Sport Videos", "myFT Search Menu"
    # (also a site's menu: "Tesla Electric Vehicles Energy Shop Exclusives", no possessive, no figure)
    # (or in capitals, however long: "SINGAPORE ASIA WORLD OPINION LIFE BUSINESS TECH SPORT")
    return (len(words) <= 5 or (len(words) <= 8 or line.isupper()) and "'" not in line) \
        and all(w[0].isupper() or not w[0].isalpha() or any(c.isupper() for c in w[1:]) for w in words) \
        and not line.endswith((".", "?", "!"))   # (a brand's own case counts: "News Sport Weather iPlayer Sounds")


_HEADLINE_SMALL_WORDS = frozenset(("a", "an", "the", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "and",
                                   "or", "is", "are", "was", "up", "down", "over", "after", "amid", "vs", "its"))
_HEADLINE_PUNCT = re.compile(r"[:,;]\s|\s[-\u2013\u2014]\s")
_NO_WORDS = re.compile(r"[^A-Za-z\u4e00-\u9fff]*(?:[A-Za-z\u4e00-\u9fff][^A-Za-z\u4e00-\u9fff]*)?|\S+@\S+")   # ("+852-2501-4417", "ruiqi.tan@citi.com")
_MENU_WORDS = frozenset((
    "home", "news", "world", "asia", "china", "singapore", "business", "economy", "markets", "tech", "technology", "science",
    "sport", "sports", "opinion", "opinions", "life", "lifestyle", "culture", "travel", "health", "videos", "video", "podcasts",
    "podcast", "multimedia", "photos", "autos", "energy", "politics", "entertainment", "subscribe", "login", "search", "menu",
    "latest", "trending", "features", "analysis", "commentary", "companies", "finance", "property", "education", "environment",
    "exclusives", "bikes", "shop", "more", "regions", "us", "europe", "africa", "americas", "middle", "east", "newsletters",
    "epaper", "e-paper", "live", "weather", "industries", "industry", "policy", "data", "events", "jobs", "about", "contact",
    "reviews", "guides", "transportation", "transport", "green", "evs", "cars", "mobility", "deals", "podcasts", "newsletter"))
# (also the Global Times' "…, on September 28, 2022. Photo: VCG")
_CAPTION = re.compile(r"\[\s*photo|photo\s*/|\(photo|photographer|file\s+photo|image\s+credit|\bphotos?:\s|\bphoto\s+(?:taken|shows|caption)\b|\((?:Xinhua|CNS|VCG|AFP|Reuters)/|图为|摄）|摄\)", re.I)


_CAPTION_TAIL = re.compile(r"^\s*(?:\S+\s+){6,}\S+,\s*$")


# A list of other pages under its heading, up to the next blank line: their dates are not this page's
# ("相关报告\n运营商资本开支向算力网络倾斜：2022年通信行业年度投资策略        2021-12-20")
_RELATED_LIST = re.compile(r"^[ \t]*(?:相关(?:报告|研究|阅读|新闻|文章|链接)|延伸阅读|推荐阅读|Related(?:[ \t]+(?:reports?|research|news|articles?|stories|reading|coverage))?)"
                           r"[ \t]*[:：]?[ \t]*\n(?:[ \t]*\S[^\n]*(?:\n|$))+", re.M | re.I)


def _dates(header: str) -> tuple[date | None, date | None]:
    """(event date, published date) from the header region."""
    event = published = updated = None
    first_unlabelled = None
    related = [m.span() for m in _RELATED_LIST.finditer(header)] if "elated" in header or "相关" in header or "阅读" in header else []
    # Searching lowercased text with a lowercased pattern is much faster than re.I.
    source = lower_ascii(header) if header.isascii() else _lower_for_dates(header)
    for m in (_DATE_LOW.finditer(source) if source is not None else _DATE.finditer(header)):
        d = _to_date(m)
        if d is None or any(a <= m.start() < b for a, b in related):
            continue
        before = header[max(0, m.start() - 60):m.start()]
        line_before = before.rsplit("\n", 1)[-1]
        line_end = header.find("\n", m.end())
        if _CAPTION.search(header, header.rfind("\n", 0, m.start()) + 1, line_end if line_end >= 0 else len(header)):
            continue   # "[Photo] A worker checks a 5G base station ..., Sept 26, 2019. [Photo/Xinhua]"
        if _CAPTION_TAIL.search(line_before) and header[m.end():line_end if line_end >= 0 else len(header)].strip() == ".":
            continue   # an unmarked caption: "Workers assemble cars at a plant in Hefei, Anhui province, Sept 28, 2020."
        lm = _UPDATED.search(line_before)
        if lm and _is_label(line_before, lm):
            updated = updated or d
            continue
        lm = _PUBLISHED.search(line_before)
        if lm and _is_label(line_before, lm):
            published = published or d
            continue
        if _PERIOD_PREP.search(line_before[-25:]):
            continue
        if event is None:
            if (_DATE_LABEL.search(before) or _DATELINE.search(line_before) or _CITY_CAPS.match(line_before)
                    or (_CITY.match(line_before) and _DATELINE_TAIL.match(header, m.end()))):
                event = d
                continue
            # "On January 21, 2026, the State Council Information Office held a press conference"
            sent_end = header.find(".", m.end())
            sentence = header[max(0, m.start() - 200):(sent_end if sent_end > 0 else m.end() + 200)]
            if _EVENT_CONTEXT.search(sentence):
                event = d
                continue
        if first_unlabelled is None and _header_like(header, m.start(), line_before):
            first_unlabelled = d
    vintage = updated or published
    if updated is not None and published is not None and (updated - published).days > 31:
        vintage = published   # "Published January 19, 2016 Updated May 20, 2018": a site's move, not a new version
    if event is None:
        event = first_unlabelled
    if event is not None and published is not None and (event - published).days > 1:
        event = None   # "... will end on December 31, 2022" in a story published in January 2022: no briefing date
    return event, vintage


def _header_like(header: str, pos: int, line_before: str) -> bool:
    """A date on a short (header) line or leading its line ("On May 5, 2021, ..."); a date inside
    prose ("the figures were released on May 5, 2021") says nothing about the text's own date."""
    line_start = header.rfind("\n", 0, pos) + 1
    line_end = header.find("\n", pos)
    line_len = (line_end if line_end >= 0 else len(header)) - line_start
    if len(_TABLE_COLUMN.findall(header, pos, line_end if line_end >= 0 else len(header))) >= 3:
        return False   # "2019-07-15   02:00 AM   Jun   6.3%   5.0%": a release calendar's row, not the page's date
    return line_len <= 150 or len(header[line_start:pos].strip()) <= 3


_TABLE_COLUMN = re.compile(r"[ \t]+[+-]?\d[\d.,]*%(?![^ \t\n])")


def _is_label(line_before: str, m: re.Match) -> bool:
    """A capitalised or CJK field name, or one at the start of a line or after a separator."""
    first = line_before[m.start()]
    return first.isupper() or not first.isascii() or _LABEL_START.search(line_before, 0, m.start()) is not None


def _dateline_date(text: str, period: Period | None) -> date | None:
    """The date of a year-less news dateline ("BEIJING, Jan. 21 (Xinhua) --"): the first such day
    after the reporting period ends (news on a period comes out after it)."""
    m = _DATELINE_NO_YEAR.search(text[:1500])
    if m is None or period is None:
        return None
    mon, day = MONTHS[m.group("m").rstrip(".").lower()], int(m.group("d"))
    for y in (period.end.year, period.end.year + 1):
        try:
            d = date(y, mon, day)
        except ValueError:
            return None
        if d > period.end:
            return d
    return None


def _dateline_by_caption(text: str) -> date | None:
    """'HONG KONG, April 21 (Reuters Breakingviews) -' over a photo captioned '…, March 2, 2020.': a
    year-less dateline takes its year from a dated photo caption, the first such day on or after it."""
    m = _DATELINE_NO_YEAR.search(text[:1500])
    if m is None:
        return None
    shot = None
    for lm in _CAPTION_LINE.finditer(text):
        for dm in _DATE.finditer(lm.group()):
            d = _to_date(dm)
            shot = d if d is not None and (shot is None or d > shot) else shot
    if shot is None:
        return None
    mon, day = MONTHS[m.group("m").rstrip(".").lower()], int(m.group("d"))
    for y in (shot.year, shot.year + 1):
        try:
            d = date(y, mon, day)
        except ValueError:
            return None
        if d >= shot:
            return d
    return None


_CAPTION_LINE = re.compile(r"^.*(?:" + _CAPTION.pattern + r").*$", re.I | re.M)


def _stale(ex, p: Period, anchor: date | None) -> bool:
    """A year-less period that, dated to the last such period before publication, ended long
    before it ("MIIT upbeat on Q4" in October: an outlook, not last year's fourth quarter)."""
    return ex.year is None and anchor is not None and (anchor - p.end).days > _STALE_DAYS


_TITLE_ZH_FYP = re.compile(r"十([一二三四五六七八九])五")
_TITLE_START_OF = re.compile(r"(?:start|beginning|outset)\b", re.I)
_TITLE_PLAN_ENDING = re.compile(r"\s+(?:nears|approaches|draws\s+to(?:ward)?s?)\s+(?:its\s+|an?\s+)?(?:end|close)\b", re.I)
_STALE_DAYS = 200
_PAST_DAYS = 400   # a briefing reports on the past year at most


def _title_period(title: str, ctx: PeriodContext) -> Period | None:
    for ex in find_periods(title):
        if ex.comparison or ex.kind in ("vague", "target", "now"):
            continue
        p = resolve(ex, ctx)
        if p is None or _stale(ex, p, ctx.event_date):
            continue
        if ex.kind == "fyp" and ctx.event_date and ((p.end - ctx.event_date).days > 366
                                                    or p.end > ctx.event_date and _TITLE_PLAN_ENDING.match(title, ex.end)) \
                or _TITLE_START_OF.match(title, ex.start):
            # "... solid start in first year of 15th Five-Year Plan", "Factory Output Picks Up at Start of 15th
            # Five-Year Plan": a plan (or year) just begun is no period reported on (nor one not yet over:
            # "… recovers steadily as 13th Five-Year Plan nears its end")
            return None
        # "as of the end of June 2019": the briefing covers the year to date
        return p if not p.instant else Period(date(p.end.year, 1, 1), p.end, False)
    for ex in find_periods(title):
        if ex.kind == "fyp" and not ex.comparison:
            return resolve(ex, ctx)
    p = _month_data_period(title, ctx)
    if p is not None:
        return p
    tm = _THROUGH_MONTH.search(title)
    if tm and ctx.ref_year:
        # "China's NEV sales top 11.2 million through November": the year to date (of the year before, in January)
        m = MONTHS[tm.group(1).rstrip(".").lower()]
        y = int(tm.group(2)) if tm.group(2) else ctx.ref_year - (ctx.event_date is not None and ctx.event_date.month < m)
        return Period(date(y, 1, 1), _month_end(y, m), False)
    for ex in find_periods(title):
        if ex.comparison:   # ("5G基站数较2020年底增长5倍多": the year compared with)
            title = title[:ex.start] + " " * (ex.end - ex.start) + title[ex.end:]
    years = [int(y) for y in _TITLE_YEAR.findall(_SINCE_YEAR.sub(" ", _DATE.sub(" ", title)))]   # not "since 1990"
    if len(set(years)) == 1:
        y = years[0]
        return Period(date(y, 1, 1), date(y, 12, 31), False)
    return None


_FUTURE = re.compile(r"\b(?:will|would|shall|expects?|expected|plans?\s+to|aims?\s+to|to\s+be|forecasts?)\b", re.I)
_SINCE_YEAR = re.compile(r"\b(?:since|before|after|than|from|until|(?:beating|topping|surpassing|exceeding|outstripping)(?:\s+all\s+of)?)\s+"
                         r"(?:(?:early|late|mid-?|the\s+(?:start|end|beginning|middle)\s+of)\s*)?(?:" + MON + r"\s+)?(?:19|20)\d\d\b", re.I)   # ("since early 2016")
_MONTH_DATA = re.compile(r"(?<!through )(?<!thru )\b(" + MON + r")(?:'s)?\s+(?:(?:(?:activity|industrial\s+production|IP|factory\s+output|industrial\s+output)\s+)?(?:data|figures|numbers|print)|activity)\b", re.I)   # (also "CHINA: APRIL DATA - …", "China: April activity undershoots")
_THROUGH_MONTH = re.compile(r"\b(?:through|thru)\s+(" + MON + r")(?:,?\s+((?:19|20)\d\d))?\b(?!\s*\d)", re.I)
_BRIEFING_ACT = re.compile(r"\b(?:brief|report|introduc|present|releas|publish|announc|shar)\w*", re.I)
_WHEN_BRIEFED = re.compile(r",?\s+(?:as|when)\s[^.,;\n]{0,100}\b(?:press|news)\s+conference"
                           # ("7月，国务院新闻办公室举行…新闻发布会": the month the briefing was held)
                           r"|份?(?:\d{1,2}日)?[，,]?\s*[^，,。；;\n]{0,20}?(?:举行|召开|举办)[^。；;\n]{0,60}?发布会", re.I)
_BRIEFED_BEFORE = re.compile(r"\b(?:(?:press|news)\s+conference|briefing|podium|Information\s+Office)(?:\s+(?:in|at)\s+[A-Z][a-z]+)?\s+(?:(?:early|late)\s+)?$", re.I)
_SENTENCE_START = re.compile(r"[.!?](?=\s)|[。！？\n]")


def _month_data_period(line: str, ctx: PeriodContext) -> Period | None:
    """"China's November activity data: a better month", a note's series line "China Activity &
    Spending (Apr.)": that month's figures (of the year before, when the month is still to come)."""
    mm = _MONTH_DATA.search(line) or _MONTH_TAG.search(line)
    if mm is None or not ctx.ref_year:
        return None
    m = MONTHS[mm.group(1).rstrip(".").lower()]
    y = ctx.ref_year - (ctx.event_date is not None and ctx.event_date.month < m)
    return Period(date(y, m, 1), _month_end(y, m), False)


_MONTH_TAG = re.compile(r"\((" + MON + r")\)$")


def _title_plan(title: str, ctx: PeriodContext) -> Period | None:
    """'"十四五"工业和信息化发展成就' after the plan's end, with no period in the lead: a review of the
    plan's years (a review before its end reports up to a date its lead names)."""
    zm = _TITLE_ZH_FYP.search(title)
    if zm is None:
        return None
    first, last = _fyp_years(10 + _num(zm.group(1)))
    if ctx.event_date is None or date(last, 12, 31) >= ctx.event_date:
        return None
    return Period(date(first, 1, 1), date(last, 12, 31), False)


def _lead_period(lead: str, ctx: PeriodContext, anchor: date | None) -> Period | None:
    """The reporting period stated in the lead. A period in a clause about the future ("China will
    mark five years of 5G in November") or one not yet over at publication ("a firmer start in
    2016", in April) is not what the briefing reports on."""
    found: list[Period] = []
    plan = None
    for ex in find_periods(lead):
        if ex.comparison or ex.kind in ("vague", "target", "now", "ytd"):
            continue   # (nor "+5.5% YTD": a year to date that names no month of its own)
        p = resolve(ex, ctx)
        if p is None:
            continue
        if p.instant:
            # "as of the end of June 2019" in a lead: the briefing covers the year to date
            p = Period(date(p.end.year, 1, 1), p.end, False)
        if anchor is not None and (p.end - anchor).days > 10 or _stale(ex, p, anchor):
            continue
        if anchor is not None and ex.kind != "fyp" and (anchor - p.end).days > _PAST_DAYS:
            continue   # "Korea launched the world's first 5G service in April 2019" in 2022: background
        if anchor is not None and 0 <= (anchor - p.end).days < 10 and (p.start.month, p.start.day, p.end.month) == (1, 1, 12):
            continue   # a year ended days before the page ("5G connections passed 1 billion during 2022", on Jan 4): no year's data is out yet
        if lead.count('"', lead.rfind("\n", 0, ex.start) + 1, ex.start) % 2:
            continue   # a quote ("Orders started slowing last year," said a manager): someone's words
        line_end = lead.find("\n", ex.end)
        if _CAPTION.search(lead, lead.rfind("\n", 0, ex.start) + 1, line_end if line_end >= 0 else len(lead)):
            continue   # a photo caption ("... in Gansu province, in August. [Photo by ...]"): when it was taken
        starts = [m.end() for m in _SENTENCE_START.finditer(lead, 0, ex.start)]
        clause = lead[starts[-1] if starts else 0:ex.start]
        if _FUTURE.search(clause) and not _BRIEFING_ACT.search(clause):   # "We will brief you on the first half"
            continue
        if _WHEN_BRIEFED.match(lead, ex.end):
            continue   # "Last month, as the ministry reviewed 2022 at a press conference, ...": when it was said
        if _BRIEFED_BEFORE.search(clause):
            continue   # "took to the podium at the State Council Information Office in Beijing last month": the same
        if found and found[0] is plan and (p.end - p.start).days < 80:
            continue   # "“十三五”时期，… 今年1月份，新能源汽车销量达到17.9万辆": news of a month in a plan's review
        found.append(p)
        if ex.kind == "fyp" and len(found) == 1:
            plan = p
    if not found:
        return None
    # "In March, output grew 7.7%. In the first quarter, it grew 6.5%": the month is a drill-down
    # into the cumulative period that ends with it.
    # "5G users reached 737 million at the end of August, while output grew 4% in the first three
    # quarters": the period reported on is the latest one (the longest of those ending then), up to a year
    # after the first ("制造业增加值…增加到2024年的33.6万亿元。今年上半年，…" in a July plan review;
    # "…增加到2019年的31.7万亿元…截至9月底" in an October one)
    latest = max(p.end for p in found if 0 <= (p.end - found[0].end).days <= 366)
    first = found[0]
    if first.start.month == first.end.month and first.end == latest and first.end.month % 3:
        # "Industrial production growth dropped to 4.4% YoY in August …" (the first eight months come later): a
        # month's news, when the month ends no quarter (briefings are on quarters: "… in March" is the first quarter's)
        return first
    same_end = [p for p in found if p.end == latest and (p.end - p.start).days <= 366]
    return min(same_end, key=lambda p: p.start) if same_end else found[0]


# the first reporter's question in a press-conference transcript ("中央广播电视总台央视记者:", "Reporter:")
_QUESTIONS_START = re.compile(r"\n[^\n]{0,40}记者[:：]\s*\n|\n(?:Reporter|Question|Q)\s*(?:\([^)\n]{0,60}\))?[:：]", re.I)


_AMBIGUOUS_DATE_LINE = re.compile(r"^[ \t]*(?:(?:Published|Updated|Posted|Date)(?:\s+on)?:?\s+)?(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d\d)\b", re.M)


def extract_metadata(text: str) -> DocumentMeta:
    """Title, dates, reporting period and language of a normalised briefing text."""
    event, published = _dates(text[:3000])
    if event is None and published is None:
        meta = _dated_by_either_order(text)
        if meta is not None:
            return meta
    return _metadata(text, event, published, [])


def _dated_by_either_order(text: str) -> DocumentMeta | None:
    """"2/3/2023" on a line of its own: February 3 or 2 March. Taken (in the US order of an English
    page) only when both readings give the briefing the same reporting period."""
    m = _AMBIGUOUS_DATE_LINE.search(text, 0, 3000)
    if m is None or has_cjk(text[:5000]):
        return None
    y, a, b = int(m.group("y")), int(m.group("a")), int(m.group("b"))
    try:
        first, second = date(y, a, b), date(y, b, a)
    except ValueError:
        return None
    note = f"date {m.group('a')}/{m.group('b')}/{y} read as month/day (the other order gives the same reporting period)"
    meta, other = _metadata(text, None, first, [note]), _metadata(text, None, second, [])
    if meta.period_start is None or (meta.period_start, meta.period_end) != (other.period_start, other.period_end):
        return None
    return meta


def _metadata(text: str, event: date | None, published: date | None, warnings: list[str]) -> DocumentMeta:
    language = detect_language(text)
    headings = _headings(text)
    title = _title(headings)
    if event is None and published is None:
        event = published = _dateline_by_caption(text)
    if published is None:
        published = event
    anchor = event or published
    ref_year = anchor.year if anchor else None
    ctx = PeriodContext(ref_year=ref_year, default_year=ref_year, event_date=anchor, doc_period=None)
    period = _title_period(title, ctx) if title else None
    if period is not None and anchor is not None and (period.end - anchor).days > 10 \
            and (period.end - period.start).days <= 366:
        # "off to a good start in 2026" (published in April): the year is not over yet. A five-year
        # plan in the title stays the briefing's period (its undated flows are dropped, see rules).
        period = None
    if period is None and title:
        # "China Data Response ¶ China Activity & Spending (Apr.) ¶ Lockdowns push industry into
        # contraction": the series line above the headline says the month
        period = next((p for h in headings if h != title and (p := _month_data_period(h, ctx)) is not None), None)
        month_data = period is not None
    else:
        month_data = title is not None and _MONTH_DATA.search(title) is not None
    from_lead = period is None
    body_start = text.find("\n", len(title or "")) if title else 0
    lead = text[max(0, body_start):body_start + 2500]
    qa = _QUESTIONS_START.search(lead)
    if qa:
        lead = lead[:qa.start()]   # a transcript's questions ask about other months ("今年1月份…"): not the period briefed
    if period is None:
        # without a date only explicit years resolve ("by the end of 2022"), which is what a
        # year-less dateline ("BEIJING, Jan. 17 (Xinhua) --") needs to be dated
        period = _lead_period(lead, ctx, anchor) or (_title_plan(title, ctx) if title else None)
    elif (period.start.month != 1 or period.start.day != 1) and (not month_data or period.start.month == 2):
        # "... Drag on Factory Output in Third Quarter" over a lead on "the first nine months": the
        # briefing reports the year to date that ends with the title's quarter
        # (a quarter's last month only: "China's Factory Output Slumped in April" is April's news, though the lead
        # gives the first four months too; briefings are on quarters)
        # (and February's "activity data", which China releases for January and February together)
        cumulative = _lead_period(lead, ctx, anchor) if period.end.month % 3 == 0 or period.end.month == 2 \
            or (period.end - period.start).days > 31 else None
        if cumulative is not None and cumulative.end == period.end and cumulative.start == date(period.end.year, 1, 1):
            period = cumulative
    if anchor is None and period is not None:
        event = _dateline_date(text, period)
        published = published or event
        if event is None and from_lead:
            period = None   # with no date at all, "now" is unknown: the lead's year dates no undated stock
    if event is None and published is None:
        warnings.append("no event or published date found")
    if period is None:
        warnings.append("no reporting period found: stocks without their own date are not emitted")
    return DocumentMeta(
        title=title, event_date=event, published_date=published,
        period_start=period.start if period else None, period_end=period.end if period else None,
        language=language, warnings=tuple(warnings))
