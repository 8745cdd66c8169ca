"""Raw briefing text -> normalised text that every later step (and every offset) works on.

Scraped briefings arrive with full-width digits, non-breaking spaces, curly quotes, numbers
broken across lines and tokens glued together. The rules downstream are written for one
clean form, so we normalise once, up front, and return the normalised text to the caller.
Normalisation never invents digits: it only joins pieces of a number when the split is
unambiguous (a decimal point or thousands comma followed by a line break and the rest).
"""
from __future__ import annotations

import html
import re
import unicodedata

# Characters NFKC leaves alone but we want in ASCII form.
_TRANSLATE = str.maketrans({
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u3000": " ", "\t": " ", "\x0b": " ", "\x0c": "\n",
    "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None, "\ufeff": None, "\u00ad": None,
    "\u2027": "\u00b7", "\u30fb": "\u00b7",   # middle dots (Hong Kong pages' "‧" bullets)
})

# A number broken by a line break right after its decimal point or thousands comma:
# "17.\n\n1 percent" -> "17.1 percent". Only when what follows is clearly the rest of a
# quantity (digits then a unit/percent/magnitude), so sentence ends like "in 2025.\n\n3 new"
# are left alone. Patterns start with the punctuation (a literal, which the regex engine
# scans for quickly); the digits before it are checked in the replacement function.
_UNIT_AHEAD = (r"(?=[ ]?(?:%|percent|per cent|percentage|million|billion|trillion|yuan|units|sets|tons|tonnes|"
               r"EFLOPS|PFLOPS|GB|万|亿|个百分点))")
_BROKEN_DECIMAL = re.compile(r"\.[ ]*\n\s*(\d+)" + _UNIT_AHEAD)
_BROKEN_THOUSANDS = re.compile(r",[ ]*\n\s*(\d{3})(?![\d,.])")
_SPACED_DECIMAL = re.compile(r"\. (\d{1,4})(?=[ ]?(?:%|percent|per cent|percentage|million|billion|trillion))")
_SPACED_THOUSANDS = re.compile(r", (\d{3})(?![\d,.])(?=[ ]?(?:million|billion|units|sets|yuan|[a-z]))")
# "874\nmillion": a hard-wrapped line between a number and its magnitude or unit
_MAGNITUDE_NEXT_LINE = re.compile(r"\n\s*(?=(?:million|billion|trillion|percent|per cent|percentage points?|yuan|"
                                  r"units|sets|tonnes|tons|EFLOPS|GB)\b)")
# "145 mil-\nlion", "8.9 per-\ncent": the word hyphenated at a wrap. The pattern starts at the
# literal "-" (a leading \b would have the regex engine try every position); the word's head is
# checked in `_unhyphenate`.
_HYPHEN_WRAP = re.compile(r"(?<=[A-Za-z])-\n(?=[a-z])")
_HYPHENATED_MAGNITUDE = re.compile(r"-[ ]*\n\s*(lion|cent)\b")
_HYPHENATED_HEAD = re.compile(r"(?<!\w)(?:mil|bil|tril|per)$")
_ENTITY = re.compile(r"&(?:nbsp|amp|quot|apos|lt|gt|ensp|emsp|thinsp|ldquo|rdquo|lsquo|rsquo|ndash|mdash|#\d{2,5}|#x[0-9a-fA-F]{2,4});")
_LEAD_DIGITS = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*$")
_GLUED_AFTER_PERCENT = re.compile(r"%(?=[A-Za-z])")
_GLUED_FULL_STOP = re.compile(r"\.(?<=[%a-z]\.)(?=[A-Z][a-z]{2})")   # "up 16.1%.For the first nine months"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_OYA = re.compile(r"(?<=% )oya\b|(?<=\(%)oya(?=[,)])")
_YOY = re.compile(r"\byear\s*-\s*on\s*-\s*year\b", re.I)
_PAIRED_YOY = re.compile(r"(?<=%) (y/y|yoy|YoY|y-o-y)(?=(?:,? and|,) [+-]?\d[\d.]*% \1\b)")
_PCT_YM = re.compile(r"(?<=% )[YM](?![\w&'-]|\.\w)|(?<=\(%)Y(?=\))")
_SPACE_RUN = re.compile(r"  +")
# (patterns start with a literal, not a lookbehind: the regex engine then skips to candidates)
_GLUED_AFTER_MAGNITUDE = re.compile(r"illion(?=\d)")
_GLUED_EM_DASH = re.compile(r"\u2014(?<=[A-Za-z%)'\"]\u2014)(?=[A-Za-z($'\"])|\u2014(?<=[a-z]{2}\u2014)(?=\d)")   # (not "1—5月", a range; "last year—7.18 trillion" is an aside)
# "10G PON ports-the equipment capable of delivering gigabit service-reached": an aside set off by hyphens
_GLUED_HYPHEN_ASIDE = re.compile(r"-(?<=[a-z]{2}-)(?P<a>(?:the|a|an|which)\s[^-;,.()\n]{3,120}?[a-z])-(?=[a-z]{3,}\s)")
# "新能源汽车产销量分别达1288.8万辆和128\n6.6万辆", "1.15\n9 million": a figure hard-wrapped between
# two digits, inside a sentence (not a table cell or a year on a line of its own)
_WRAPPED_DIGITS = re.compile(r"\n(?=\d[\d,.]*\s?(?:万|亿|million|billion|trillion|%|percent))")
_LINE_TAIL_DIGITS = re.compile(r"(?:^|[^\d,.])(\d[\d,.]*)$")


def _unhyphenate(m: re.Match) -> str:
    i = m.start()
    return m.group(1) if _HYPHENATED_HEAD.search(m.string, max(0, i - 5), i) else m.group()


def _join_wrapped(text: str):
    def fn(m: re.Match) -> str:
        i = m.start()
        line = text[text.rfind("\n", 0, i) + 1:i]
        tail = _LINE_TAIL_DIGITS.search(line)
        if not tail or len(tail.group(1)) == len(line.strip()) or re.fullmatch(r"(?:19|20)\d\d", tail.group(1)):
            return m.group()
        return ""
    return fn


# "11604亿\n元": a hard-wrapped line between a Chinese figure and its unit
_ZH_UNIT_NEXT_LINE = re.compile(r"\n\s*(?=[元个户台套辆吨家%万亿])")


def _join(sep: str):
    def fn(m: re.Match) -> str:
        s = m.string
        if _LEAD_DIGITS.search(s, max(0, m.start() - 16), m.start()):
            return sep + m.group(1)
        return m.group(0)
    return fn


_JOIN_DOT, _JOIN_COMMA = _join("."), _join(",")


def _after_digit_space(m: re.Match) -> str:
    """A line break (and indent) right after a digit becomes one space; others stay."""
    i = m.start()
    return " " if i and m.string[i - 1].isdigit() else m.group(0)


# Characters written only in Traditional Chinese (Hong Kong, Macao and Taiwan pages): the rules
# are written in Simplified, so such a text is converted first (OpenCC's t2s, a character-level
# mapping with the standard phrase table; converting costs ~0.5 us a character, hence the test).
_TRADITIONAL = re.compile("[億萬產業與個區會東車發電網戶長為國開進這對們過還時後從當實現來體關點應動經濟術機總數據營銷輛兩創設務資專規製額]")
_T2S = None


# Taiwan and Hong Kong usage, after conversion, in the mainland words the rules read: "年增6.2%", "年增率分別為"
# (year on year; Hong Kong's "按年增长", "按年下跌"), "前3季" and "首季" (quarters), "公吨", "3.1兆元" (trillion yuan: 兆 is 10^12
# there; "1兆1036亿元" is 1.1036 trillion), "成长", "基地台" (base stations). Only converted texts are rewritten; OpenCC's tw2sp already maps the IT words
# (軟體 -> 软件, 資訊 -> 信息).
_CN_MONTH = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10, "十一": 11, "十二": 12}
# ("年增6.2%", "年增率分别为", "年增均为1.6倍")
_TW_TERMS = [(re.compile(r"(?<![同环])年(增|减)率?(分别|均)?(?:为|高达|达到?)?(?:仅|只有?)?(?=\s*[\d.])"),   # (also "年增仅1.3%")
              lambda m: "同比" + (m[2] or "") + ("增长" if m[1] == "增" else "下降")),
             (re.compile(r"([前第][1-4一二三四])季(?!度)"), r"\1季度"), (re.compile(r"(?<=[前第])[1-4](?=季度)"), lambda m: "一二三四"[int(m[0]) - 1]),
             (re.compile("公吨"), "吨"), (re.compile("指针"), "指标"),   # (OpenCC's "pointer" for 指標, a table's "indicator")
             # ("装备制造业增加值增5.6%": a bare 增/减 after the quantity, before a percentage)
             (re.compile(r"(?<=[值量入额])(增|减)(?=\s*[\d.]+\s*%)"), lambda m: "增长" if m[1] == "增" else "下降"),
             # Hong Kong: "首季" (the first quarter), "按年增长" (year on year)
             (re.compile(r"首季(?!度)"), "一季度"), (re.compile(r"首(\d{1,2}|[一两二三四五六七八九十]{1,2})个?月(?!份)"), r"前\1个月"),
             # ("首三季…增长6.7%；当中9月份增长6.6%": the first three quarters, "of which")
             (re.compile(r"(?:首|前)三季(?!度)"), "前三季度"), (re.compile(r"(?<=[；;，,])\s*当中(?=\s*(?:\d|第?[一二三四]季度|[上下]半年))"), "其中"),
             # "其中三月增长5.7%，较一至二月的6.3%": months in Chinese numerals
             (re.compile(r"(?<![\d一二三四五六七八九十两第])(十[一二]|[一二三四五六七八九十])(?=(?:至|到|[-—~])?(?:十[一二]|[一二三四五六七八九十])?月(?!份?\d))"),
              lambda m: str(_CN_MONTH[m[1]])), (re.compile("基地台"), "基站"),
             # Hong Kong: "机械人" (robots); "分别达390万辆及382万辆" ("及", in Taiwan "與", joining two figures)
             (re.compile("机械人"), "机器人"), (re.compile(r"(?<=[\d%万亿辆个套台部户元])[及与](?=\s*\d)"), "和"),
             # (and the words OpenCC turns elsewhere: its "添加" is the mainland's "新增", an addition)
             (re.compile(r"添加(?=\d)"), "新增"), (re.compile("宽频"), "宽带"), (re.compile(r"新能源车(?![辆])"), "新能源汽车"),
             (re.compile("产、销量"), "产销量"), (re.compile("电脑、通讯|电脑、通信"), "计算机、通信"), (re.compile("微型电脑"), "微型计算机"),
             (re.compile("「"), "“"), (re.compile("」"), "”"),
             # an English gloss inside a term: "千兆宽频（Gigabit）用户"
             (re.compile(r"(?<=[\u4e00-\u9fff])[(（][A-Za-z][A-Za-z -]{1,20}[)）](?=[\u4e00-\u9fff])"), ""),
             # and a Chinese one: "新能源汽车（电动车）产销量" (Taiwan's word for the mainland's)
             (re.compile(r"(?<=汽车)[(（](?:电动车|电动汽车|电车)[)）](?=[\u4e00-\u9fff])"), ""),
             # (and "千兆（十亿位元级）宽带用户": Taiwan's gloss of 千兆)
             (re.compile(r"(?<=千兆)[(（][^()（）\d]{1,10}[)）](?=[\u4e00-\u9fff])"), ""), (re.compile(r"(?<=[年别比均])下跌(?=\s*[\d.])"), "下降"),
             (re.compile(r"按年(?=\s*(?:实际|分别|均|仅|只|则|亦|也)?\s*(?:增长|下降|增|减|跌|大跌|下跌|上升|大增|急升|急跌|大降|飙升)\s*[\d.])"), "同比"),
             # "按月则增长0.05%" (month on month); "同比仅增3.1%" (a bare 增)
             (re.compile(r"按月(?=\s*(?:分别|均|仅|只|则|亦|也)?\s*(?:增长|下降|增|减|跌|下跌|上升)\s*[\d.])"), "环比"),
             (re.compile(r"(?<=同比)((?:实际|分别|均|仅|只|则|亦|也)?)增(?=\s*\d)"), r"\1增长"),
             # "同比大跌21.2%", "按年急升": a strong word for the same change
             (re.compile(r"(?<=同比)((?:分别|均|仅|只|则|亦|也|更)?)(?:大跌|大降|急跌|骤降|暴跌|锐减|急降|跌)(?=\s*\d)"), r"\1下降"),
             (re.compile(r"(?<=同比)((?:分别|均|仅|只|则|亦|也|更)?)(?:大增|激增|猛增|急增|暴增|大涨|急升|飙升)(?=\s*\d)"), r"\1增长"),
             # the other side's word in brackets: "新能源车(大陆称“新能源汽车”)产销", "5G基站(台湾称5G基地台)"
             (re.compile(r"[(（](?:大陆|台湾|内地|香港)(?:称为?|叫做?|译为?)[^()（）]{1,24}[)）]"), ""),
             # a mainland word quoted inside a term: "1Gbps以上的「千兆」光纤宽带用户"
             (re.compile(r"(?<=[\u4e00-\u9fff])[“「]([\u4e00-\u9fff]{2,8})[”」](?=[\u4e00-\u9fff])"), r"\1"),   # ("按年分别下跌2%和1.9%")
             # "Gigabit宽带用户" (Taiwan writes the English word for 千兆)
             (re.compile(r"Gigabit ?(?=宽带|光纤|光网|网络|用户)"), "千兆"), (re.compile("成长"), "增长")]


_ZH_SOFTWARE_TERM = re.compile(r"软件[与及]信息技术服务业(?:则|也|亦)?(?=实现|完成|累计|共)|软件和信息技术服务业(?:则|也|亦)(?=实现|完成|累计|共)")
# "2亿5655万吨" (2 亿 and 5655 万): one number, 2.5655亿
# "产销2702.1万辆、2686.4万辆，分别增长3.4%、2.1%": a pair of figures set off by 、 reads as "A和B" (not a
# list of three, "A、B、C")
_FIGURE_UNIT = r"\d[\d.,]*\s*(?:%|[万亿]?(?:辆|台|套|个|户|吨|元|部|家|座)|万|亿)?"
_FIGURE_PAIR_DUN = re.compile(r"(?<![、\d.,])(?<=" + r"[\d%万亿辆台套个户吨元部家座])、(?=\s*" + _FIGURE_UNIT + r"\s*[，,；;。）)])")
# Taiwan's trillion: "6 兆8,855 億元" is 6.8855万亿元, "1.47兆元" 1.47万亿元 (not 兆瓦, 兆字节, 千兆: mega; rewritten
# in any text, converted or not)
_ZHAO_YI = re.compile(r"(?<![\d.])(\d{1,4}) ?兆 ?(\d{1,4}|\d,\d{3}) ?[亿億]")
_ZHAO_CURRENCY = re.compile(r"(?<=\d) ?兆(?= ?(?:元|美元|新台币|台币|人民币))")
# Taiwan's "7萬2426台" (72,426) and "1万5672亿元" (15672亿元): ten thousands written out before a unit or 亿
_WAN_UNITS = re.compile(r"(?<![\d.,])(\d{1,4})[万萬](\d{4})(?=\s?[台套辆輛个個户戶家部件吨噸元]|亿)")
_YI_WAN = re.compile(r"(?<![\d.])(\d{1,4})亿(\d{1,4}|\d,\d{3})万")   # (also Taiwan's "6億2,755萬噸")


def _to_simplified(text: str) -> str:
    global _T2S
    if _T2S is None:
        import opencc
        _T2S = opencc.OpenCC("tw2sp")
    text = _T2S.convert(text)
    for rx, repl in _TW_TERMS:
        text = rx.sub(repl, text)
    return text

# A long Chinese line (a wrapped body line, not a title or menu) that ends mid-sentence, between two
# Chinese characters, continues on the next line.
_AD_BREAK = re.compile(r"(?<=[A-Za-z0-9,%])\n+(?:advertisement|story continues below(?: this)?(?: advertisement)?|continue reading(?: below)?|"
                       r"scroll to continue(?: with content)?)\n+(?=[a-z(])", re.I)
_EN_WRAPPED_LINE = re.compile(r"\n(?<=[a-z,%]\n)(?=[A-Za-z0-9(]|\+\d)")   # "\n" first: the engine skips to it
_GLUED_AFTER_THOUSANDS = re.compile(r"(,\d{3})(?=[A-Za-z]{2})(?!mn\b|bn\b|m\b)")
_FUNCTION_WORD_END = re.compile(r"\b(?:in|to|of|the|and|from|by|at|for|with|a|an|on|over|than|as|or|was|were|is|are)$")


_MAGNITUDE_END = re.compile(r"\d\s*(?:million|billion|trillion|mn|bn|thousand)$")


def _wrapped_en(text: str, nl: int) -> bool:
    """A line break inside a sentence of a long body line: the next line starts in lower case, or
    the line ends on a function word, or it holds a sentence end (prose, not a related-story headline)."""
    line = text[text.rfind("\n", 0, nl) + 1:nl]
    nxt = text[nl + 1:nl + 2]
    if nxt.islower() and _MAGNITUDE_END.search(line, len(line) - 12):
        return True   # "China produced 808.4 million\ntonnes of crude steel"
    if len(line) <= 60:
        return False
    return nxt.islower() or nxt.isdigit() or nxt == "(" or _FUNCTION_WORD_END.search(line, len(line) - 6) is not None \
        or ". " in line


def _wrapped_zh(text: str, nl: int) -> bool:
    """A long body line (prose: it has a clause or sentence break, which titles lack) wrapped
    between two characters ("…累计建成5G\n基站超过70万个"); a newspaper column's shorter line
    when it holds a sentence end ("…架。全国累计建成3万余家基础级智能工厂、1200余家先\n进级智能工厂")."""
    start = text.rfind("\n", 0, nl) + 1
    if _ZH_LABEL_LINE.match(text, start) or _ZH_LABEL_LINE.match(text, nl + 1):
        return False   # "汽车：192.6万辆，同比下降4.3%" over "粗钢：9661万吨…": a list of labelled figures
    if text[nl - 2:nl] in _ZH_FIGURE_VERBS and text[nl + 1:nl + 2].isdigit():
        return True   # "…工业增加值同比增长\n6.4%": a verb that wants its figure (however short the line)
    if "。" not in text[start:nl] and _ZH_BYLINE_NEXT.match(text, nl + 1):
        return False   # "“十三五”工信成绩单：…，5G基站超69万个" over "经济观察网 记者 沈悦 2020-10-23 19:02": a headline and its byline
    return nl - start > 60 or nl - start > 20 and ("。" in text[start:nl] or "," in text[start:nl])


_ZH_BYLINE_NEXT = re.compile(r"[^\n。]{0,40}?(?:记者|作者|来源[:：]|责编|编辑[:：]|\d{4}-\d{1,2}-\d{1,2})[^\n。]{0,40}(?:\n|$)")
_ZH_LABEL_LINE = re.compile(r"[ \t]*(?:其中)?[:：]?[\u4e00-\u9fff]{1,12}[:：][ \t]*\d")
_ZH_FIGURE_VERBS = frozenset(("增长", "下降", "达到", "完成", "突破", "超过", "同比"))


# (or before a figure with its Chinese unit, after a character: "5G移动电话用户达到\n4.55亿户"; or after a
# rate: "同比分别增长6.5%\n和8.1%")
_ZH_WRAPPED_LINE = re.compile(r"\n(?:(?<=[\u4e00-\u9fffA-Za-z,、%]\n)(?=[\u4e00-\u9fff])|(?<=\d\n)(?=[月日])"   # ("…6.3%。9\n月份增长6.6%")
                              r"|(?<=[\u4e00-\u9fff]\n)(?=\d[\d.]*\s*(?:万|亿|%|个|家|户|台|辆|部|吨|元|和\d|、\d))"   # (also "…快于全部规模以上工业\n4.8和3.5个百分点")
                              r"|(?<=[\u4e00-\u9fff]\n)(?=\d{4}年[\u4e00-\u9fff]{0,12}[)）])"   # ("…2.77万亿元（按\n2015年不变单价计算）")
                              # "…户均移动互联网接入流量\n（DOU）达到11.16GB": a bracketed abbreviation
                              r"|(?<=[\u4e00-\u9fff]\n)(?=[(（][A-Za-z\u4e00-\u9fff][^()（）\n]{0,30}[)）][\u4e00-\u9fff]))")


_CJK = re.compile(r"[\u4e00-\u9fff]")
_CJK_UTF8_LEADS = (b"\xe4", b"\xe5", b"\xe6", b"\xe7", b"\xe8", b"\xe9")


def has_cjk(text: str) -> bool:
    """Whether the text holds a Chinese character. A regex search reads every character of an
    English page; the UTF-8 lead bytes of U+4000-U+9FFF are found with memchr first."""
    if text.isascii():
        return False
    b = text.encode("utf-8", "surrogatepass")
    return any(lead in b for lead in _CJK_UTF8_LEADS) and _CJK.search(text) is not None


_LATIN_WORD = re.compile(r"[A-Za-z]+")
# thousands set off by spaces, as French and other European papers write them ("more than 718 000 base
# stations"); only before a word, so a table row of figures ("561 620 676 737") stays apart
_SPACE_GROUPED = re.compile(r"\d(?<![\w.,-]\d)\d{0,2}(?: \d{3})+(?= ?(?:[a-z]{2}|[A-Z][a-z]|5G\b))")   # (also "718 000 5G base stations"; not "355 561 n.a.")


def writes_chinese(text: str) -> bool:
    """Whether the page is written in Chinese, in whole or in part (a bilingual page): not an English
    page whose Chinese is a masthead ("CICC Research | 中金研究") or a source's title."""
    return has_cjk(text) and 2 * len(_CJK.findall(text)) >= len(_LATIN_WORD.findall(text))


# A space set between Chinese and a figure or Latin word ("1-5 月，电信业务收入累计完成 7353 亿元", "5G 基站"), as
# some sites and editors write: Chinese is written without them, and the rules read it so. Only on a
# page mostly in Chinese, where "known as 新能源汽车" in English prose is not at stake.
# (not a date line's "2024-11-21 星期四 11:04": a figure's own unit or a word follows a figure, and a
# time of day keeps its space; nor a headline's "软件业收入超7.3万亿 5G基站超71万个", where a unit ends one item)
_CJK_SPACING = re.compile(r"[ \u00a0](?:(?<=[\u4e00-\u9fff][ \u00a0])(?<![万亿元个户台套辆吨家部倍座项款][ \u00a0])(?=[A-Za-z]|[0-9\uff10-\uff19](?![0-9\uff10-\uff19]*[:：]))"
                          r"|(?<=[A-Za-z%\uff05][ \u00a0])(?=[\u4e00-\u9fff])"
                          r"|(?<=[0-9\uff10-\uff19][ \u00a0])(?=[年月日时万亿千百元个户台套辆吨家部倍季项款座只条件])"
                          r"|(?<=[0-9\uff10-\uff19][ \u00a0])(?=(?:个百分点|月份|多|余|以上|左右)))")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def _mostly_chinese(text: str) -> bool:
    head = text[:4000]
    return len(_CJK.findall(head)) > len(_ASCII_LETTER.findall(head))


# (also "reached c190m"; the literal first, so the engine skips ahead to each "c")
_CIRCA = re.compile(r"c(?<=[ (]c)(?:\.(?=\d)|(?=\d[\d.,]*(?:mn|m|bn|k|%)(?![A-Za-z])))")
_TILDE = re.compile(r"(?<=[ (])~\s?(?=(?:Rmb|RMB|CNY|US\$|\$)?\d)")   # "revenue was ~Rmb1.32trn": about


def normalise_text(text: str) -> str:
    """NFKC (full-width digits, ％, ，), ASCII quotes and dashes, one space, repaired numbers,
    Simplified Chinese."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if has_cjk(text) and _mostly_chinese(text):
        text = _CJK_SPACING.sub("", text)
    if not text.isascii() and len(_TRADITIONAL.findall(text, 0, 20000)) >= 5:
        text = _to_simplified(text)
    if "服务业" in text:
        text = _ZH_SOFTWARE_TERM.sub("软件和信息技术服务业", text)   # "软件与信息技术服务业则完成…": the ministry's name, no "则"
    if "兆" in text:
        text = _ZHAO_CURRENCY.sub("万亿", _ZHAO_YI.sub(lambda m: f"{m[1]}.{int(m[2].replace(',', '')):04d}万亿", text))
    if "万" in text:
        text = _WAN_UNITS.sub(lambda m: f"{int(m[1]) * 10000 + int(m[2])}", text)
    if "亿" in text:
        text = _YI_WAN.sub(lambda m: f"{m[1]}.{int(m[2].replace(',', '')):04d}亿", text)
    if "、" in text and "分别" in text:
        text = _FIGURE_PAIR_DUN.sub("和", text)
    if "&" in text:
        text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)   # "3.647&nbsp;million" from scraped HTML
    if "\u2014" in text:
        text = _GLUED_EM_DASH.sub(" - ", text)   # "value-added—China's official measure—grew": an aside
    if "-the " in text or "-a " in text or "-an " in text or "-which " in text:
        text = _GLUED_HYPHEN_ASIDE.sub(r" - \g<a> - ", text)
    if not text.isascii():
        # Only the characters actually present are replaced (str.replace per character is much
        # faster than str.translate over the whole text). Compatibility characters (full-width
        # digits, ％, ，, ligatures, subscripts) get their NFKC form.
        for ch in set(_NON_ASCII.findall(text)):
            if ord(ch) in _TRANSLATE:
                rep = _TRANSLATE[ord(ch)]
                rep = "" if rep is None else rep
            elif unicodedata.decomposition(ch).startswith("<"):
                rep = unicodedata.normalize("NFKC", ch).translate(_TRANSLATE)
            else:
                continue
            if rep != ch:
                text = text.replace(ch, rep)
    if " c" in text or "(c" in text:
        text = _CIRCA.sub("c. ", text)   # "users were c.190mn": a broker's circa, spaced like "about"
    if "~" in text:
        text = _TILDE.sub("about ", text)
    if "\t" in text:
        text = text.replace("\t", " ")
    if "  " in text:
        text = _SPACE_RUN.sub(" ", text)  # one pass (repeated str.replace needs log2(run) passes)
    text = _SPACE_GROUPED.sub(lambda m: m.group().replace(" ", ","), text)   # "718 000 base stations" (French style)
    if " \n" in text:
        text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    if "\n " in text:
        text = text.replace("\n ", "\n")
    if "\n" in text:
        if "-\n" in text:
            text = _HYPHENATED_MAGNITUDE.sub(_unhyphenate, text)
            text = _HYPHEN_WRAP.sub("-", text)   # "Value-\nadded", "high-\ntech": a compound wrapped at its hyphen
        text = _MAGNITUDE_NEXT_LINE.sub(_after_digit_space, text)
        text = _WRAPPED_DIGITS.sub(_join_wrapped(text), text)
        if "dvertisement" in text or "ADVERTISEMENT" in text or "ontinue" in text:
            # "…fell 6.9 percent in May from a year earlier ¶ Advertisement ¶ to 86.55 million tonnes": an
            # advert's slot inside a sentence
            text = _AD_BREAK.sub(" ", text)
        # "Crude steel output fell 6.1% in\nSeptember to 77.07 million tons": a long body line
        # wrapped inside a sentence (not a heading: those are short) goes on as one line
        text = _EN_WRAPPED_LINE.sub(lambda m: " " if _wrapped_en(text, m.start()) else m.group(), text)
        if not text.isascii():
            text = _ZH_WRAPPED_LINE.sub(lambda m: "" if _wrapped_zh(text, m.start()) else m.group(),
                                        text)   # "…千兆及以上接入速率的固定互\n联网宽带接入用户达8,166万户"
            text = _ZH_UNIT_NEXT_LINE.sub(lambda m: "" if text[m.start() - 1:m.start()] in "0123456789万亿" and m.start()
                                          else m.group(), text)
        text = _BROKEN_DECIMAL.sub(_JOIN_DOT, text)
        text = _BROKEN_THOUSANDS.sub(_JOIN_COMMA, text)
    text = _SPACED_DECIMAL.sub(_JOIN_DOT, text)
    text = _SPACED_THOUSANDS.sub(_JOIN_COMMA, text)
    if "%" in text:
        text = _GLUED_AFTER_PERCENT.sub("% ", text)
        if "oya" in text:
            text = _OYA.sub("y/y", text)   # "rose 4.0%oya" (J.P. Morgan's "over year ago")
        if "% Y" in text or "% M" in text or "%Y" in text:
            # "picked up to 5.7%Y in December", "IP rose 0.54%M", "Indicator (%Y)": a broker's year-on-year
            # and month-on-month marks
            text = _PCT_YM.sub(lambda m: "y/y" if m.group() == "Y" else "m/m", text)
        if "y/y" in text or "yoy" in text or "YoY" in text:
            text = _PAIRED_YOY.sub("", text)   # "grew 7.8% y/y and 8.7% y/y respectively": one mark for the pair
    if "percentyear" in text:
        text = text.replace("percentyear", "percent year")   # "up 8.4 percentyear on year"
    text = _GLUED_AFTER_THOUSANDS.sub(r"\1 ", text)   # "614,000NEVs were produced"
    text = _GLUED_FULL_STOP.sub(". ", text)   # a sentence glued to the one before it
    if "illion" in text:
        text = _GLUED_AFTER_MAGNITUDE.sub("illion ", text)   # "4.58 million5G base stations"
    if " -on" in text or "- on" in text or "-on -" in text:
        text = _YOY.sub("year-on-year", text)
    return text.strip()
