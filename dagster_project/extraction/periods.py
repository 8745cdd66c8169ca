"""Period expressions in briefing prose -> dates.

Two steps, because the year of "in the first quarter" or "by the end of March" comes from the
document (its reporting period or date), which is only known after the metadata pass:
`find_periods` locates expressions once over the whole text; `resolve` turns one into dates
given a `PeriodContext`.

A resolved `Period` is either an interval (a flow accumulated over it) or an instant (an
as-of date). Stocks use the end of an interval; flows stated "by the end of 2025" use the
year-to-date interval ending then.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

from dagster_project.extraction.normalize import has_cjk

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
_NUMWORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
             "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
             "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
             "十": 10, "十一": 11, "十二": 12}
_ORD = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

MON = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
       r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?")
YR = r"(?:19|20)\d\d"
# a full month name before a full stop ends the sentence ("... on 11 July. Production rose"); "Dec."
# is an abbreviation ("Dec. output rose")
_NOT_SENTENCE_END = r"(?<!uary\.)(?<!arch\.)(?<!pril\.)(?<!may\.)(?<!june\.)(?<!july\.)(?<!gust\.)(?<!mber\.)(?<!ober\.)"
YREF = rf"(?:{YR}|this year|last year|the (?:same |current )?year|the previous year)"
NUMW = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
QORD = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
ZNUM = r"(?:\d{1,2}|十一|十二|两|一|二|三|四|五|六|七|八|九|十)"

_PREP_IN = r"(?:(?<=in )|(?<=during )|(?<=for )|(?<=throughout )|(?<=across )|(?<=in the year )|(?<=for the year )|(?<=ended )|(?<=closed )|(?<=calendar year )|(?<=a record ))"   # ("the sector ended 2016 on a stable footing", "closed calendar year 2023", "This follows a record 2021, when …")
# One regex per kind of expression, each starting with a literal (see anchors.py).
_EN_BRANCHES = [
    ("asof", rf"""(?:end|close)\s+of\s+
    (?:(?:the\s+)?(?P<a_q>{QORD})\s+quarter(?:\s+of\s+(?P<a_qy>{YREF}))?
      |(?:the\s+)?(?P<a_h>first)\s+half(?:\s+of\s+(?P<a_hy>{YREF}))?
      |(?P<a_m>{MON})(?:,?\s+(?P<a_my>{YR}|this\ year|last\ year))?
      |(?P<a_y>{YR})
      |(?P<a_ry>last\ year|this\ year|the\ year|the\ previous\ year)
      |(?:the\s+)?(?P<a_fyp>\d{{1,2}})(?:th|st|nd|rd)\s+Five-Year\s+Plan(?:\s+period)?)"""),
    # also "totaled 15.23 million at year-end" (not "Beijing's year-end goal")
    ("ye", rf"(?:year-end\s*(?P<ye_y>{YR})|(?:(?<=at\ )|(?<=at\ the\ )|(?<=by\ ))year-end(?!\s*(?:19|20)\d\d)|end-\s*(?P<ye_y2>{YR}))\b"),
    ("endm", rf"end-(?P<em_m>{MON})(?:,?\s+(?P<em_y>{YR}|this\ year|last\ year))?"),   # "by end-November"
    ("asofd", rf"""(?:(?<=as\ of\ )|(?<=by\ )|(?<=until\ )|(?<=as\ at\ )|(?<=up\ to\ ))
      (?:(?P<ad_m>{MON})\s+(?P<ad_d>\d{{1,2}}),?\s+(?P<ad_y>{YR})
        |(?P<ad_m2>{MON})\s+(?P<ad_d2>28|29|30|31)\b(?!,?\s*\d))"""),   # ("as of June 30": the month's end)
    ("asofm", rf"(?:(?<=as\ of\ )|(?<=by\ )|(?<=ended\ )|(?<=ending\ ))(?P<am_m>{MON})(?!\s*\d{{1,2}}\b)(?:,?\s*(?P<am_y>{YR}))?"),
    # not "the strongest month of the year so far"
    # "production and sales reached A and B units in the month": the month the briefing reports on
    ("themonth", r"(?<=in\ )the\s+month\b(?!\s+(?:of|before|after|earlier|ago|to|ended|ending|through)\b)"),
    ("now", r"(?:as\ of\ now|as\ of\ press\ time|to\ date|(?<!year\ )(?<!month\ )so\ far|up\ to\ now|as\ of\ today)\b"),
    # "Chinese companies now account for more than 32%": as of the text's own date, not the last one named
    ("now", r"(?<=\ )now(?=\ (?:has|have|had|account|accounts|stands|stand|numbers|number|totals|total|exceeds|exceed|"
            r"covers|cover|reaches|reach|ranks|rank|boasts|boast|operates|operate)\b)"),
    ("ytd", r"(?:since\s+the\s+(?:beginning|start)\s+of\s+(?:this|the)\s+year|so\s+far\s+this\s+year|year[\s-]to[\s-]date)\b"),
    ("ytd", r"(?<=on\ a\ )ytd(?=\s+basis\b)"),   # "NEVs did better on a ytd basis"
    ("ytd", r"(?:(?<=y/y\ )|(?<=yoy\ )|(?<=%\ )|(?<=y/y,\ )|(?<=yoy,\ ))ytd\b"),   # "+6.8% yoy ytd": a broker's year to date
    # "leaving YTD auto output 10.5% below a year earlier", "YTD, IP is still down 4.9%": the broker's capitals
    ("ytd", r"(?-i:(?<![\w/-])YTD(?![\w/-]))(?!\s*(?:basis|terms)\b)"),
    # "at the start of 2021", "at the beginning of the 14th Five-Year Plan", "when the plan began in 2021": a stock as
    # of the end of the year before
    ("ystart", rf"(?:start|beginning|outset)\s+of\s+(?:(?P<ys_y>{YR})\b|(?:the\s+|China's\s+)?(?P<ys_n>1[0-9])th\s+Five-Year\s+Plan(?:\s+period)?)"
               rf"|(?<=Plan\ )(?:began|started|kicked\s+off)\s+in\s+(?P<ys_y2>{YR})\b"),
    ("fnm", rf"first\s+(?P<fnm_n>{NUMW})\s+months(?:\s+of\s+(?:the\s+year\s+)?(?P<fnm_y>{YREF}))?"),
    # a broker's "9M24", "in 9M": the first nine months ("9M" alone is nine million unless a date's place says not)
    ("fnm", r"(?<![\w.])(?P<fnm_n2>[2-9]|1[01])M(?:(?P<fnm_y2>(?:19|20)?\d\d)\b|(?<=in\ [2-9]M)(?=[,.;)]|\s+(?:YTD|ytd)\b))"),
    # (and "1-9M", "1-11M23": January to that month)
    ("fnm", r"(?<![\w.-])(?-i:1-(?P<fnm_n3>[2-9]|1[01])M)(?:(?P<fnm_y3>(?:19|20)?\d\d)\b|(?![\w-]))"),
    # "in the 11 months to November" (Reuters): year to date when the count is the month's number
    ("nmt", rf"months\s+(?:to|through|ended|ending)\s+(?:the\s+end\s+of\s+)?(?P<nmt_m>{MON})(?:\s+(?:28|29|30|31)\b)?(?!\s*\d{{1,2}}\b)"
            rf"(?:,?\s+(?P<nmt_y>{YR}|this\ year|last\ year))?"),
    # "Through November, sales had been down 1.7 percent", "in the year through June": the year so far
    ("thru", rf"(?:(?<=^)|(?<=\n)|(?<=\.\ )|(?<=year\ )|(?<=sales\ )|(?<=output\ )|(?<=production\ )|(?<=steel\ )|(?<=vehicles\ )|(?<=units\ )|(?<=tonnes\ ))through\s+(?P<th_m>{MON})"
             rf"(?!\s*\d{{1,2}}\b)(?:,?\s+(?P<th_y>{YR}))?"),
    # "in the nine months" (after "From January to September"): the months of the year so far
    ("nm", rf"(?:(?<=in\ the\ )|(?<=during\ the\ )|(?<=for\ the\ )|(?<=over\ the\ )|(?<=across\ the\ ))(?P<nm_n>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|10|11|12|2|3|4|5|6|7|8|9)\s+months\b"
           rf"(?!\s+(?:to|through|ended|ending|of|before|after|earlier|ago)\b)"),
    ("lm", r"(?:last|previous|past)\s+month\b"),   # "last month": the month before the text's date
    ("fqs", rf"first[\s-]+(?P<fqs_n>two|three|2|3)[\s-]+quarters?(?:\s+of\s+(?:the\s+year\s+)?(?P<fqs_y>{YREF}))?"),
    # "in the quarter ended 31 March 2018", "the three months to June 30": a quarter named by its last day
    ("qtr", rf"(?:(?:quarter|three\s+months)\s+(?:to|ended|ending)\s+(?:(?:28|29|30|31)\s+)?(?P<q_m6>March|June|September|December)"
            rf"(?:\s+(?:30|31)\b)?|(?<=the\s)(?P<q_m7>March|June|September|December)\s+quarter\b)(?:,?\s+(?P<q_y6>{YR}))?"),   # (also "the June quarter")
    ("qtr", rf"(?P<q_o>{QORD})[\s-]+quarter(?:\s+of\s+(?:the\s+year\s+)?(?P<q_y>{YREF}))?"),
    # "Q1-Q3", "Q1-3 2018": the first quarters of a year, cumulatively
    ("qr", rf"Q(?P<qr_1>1)\s*(?:-|to|through)\s*Q?(?P<qr_2>[2-4])(?![.,]?\d)(?!\s*(?:%|mn\b|m\b|bn\b|million|billion|per|pct|units|tonnes))(?:\s*(?P<qr_y>{YR}))?\b"),   # (not "in Q1 to 3.474mn")
    # "the last quarter of 2017" (not a bare "last quarter": the one before the text's date)
    # "6.9 percent in the second quarter, up from 6.8 percent in the first": the unit named before it
    ("elided", r"(?<=in\ the\ )(?P<el_o>first|second|third)(?=\s*[.;,)]|\s+(?:and|but|while)\s)"),
    ("qtr", rf"(?:last|final)\s+(?:quarter|three\s+months)\s+of\s+(?:the\s+year\s+)?(?P<q_y4>{YREF})"),   # (or "the final three months of 2025")
    ("qtr", rf"Q(?P<q_n>[1-4])(?:(?:\s*|-)(?P<q_y2>{YR}))?\b"),   # (also "Q1-2019", "H1-2019")
    ("qtr", rf"(?P<q_y3>{YR})\s*Q(?P<q_n2>[1-4])\b"),
    ("half", rf"(?P<h_o>first|second)[\s-]+half(?:\s+of\s+(?:the\s+year\s+)?(?P<h_y>{YREF}))?(?!\s+of\s+the\s+\d)"),
    ("half", rf"H(?P<h_n>[12])(?:(?:\s*|-)(?P<h_y2>{YR}))?\b"),
    ("half", rf"(?P<h_y3>{YR})\s*H(?P<h_n2>[12])\b"),
    # the analysts' "1H20", "2Q20", "3Q2019"
    ("half", r"(?<![\w.+-])(?P<h_n3>1|2)H(?P<h_y4>(?:19|20)?\d\d)?\b"),   # (also a bare "1H": the text's year)
    ("qr", r"(?<![\w.])1\s?-\s?(?P<qr_3>[234])Q(?P<qr_y3>(?:19|20)?\d\d)?\b"),   # "1-3Q24": the first three quarters
    ("qtr", r"(?<![\w.+-])(?P<q_n3>1|2|3|4)Q(?P<q_y5>(?:19|20)?\d\d)?\b"),
    ("mr", rf"(?P<mr_m1>{MON})(?:\s+(?P<mr_y1>{YR}))?(?:-to-|-through-|\s*(?:to|through|-|and|till|until)\s*)(?P<mr_m2>{MON})(?!\s*\d{{1,2}}\b)(?:\s+quarter\b)?(?:,?\s+(?P<mr_y2>{YR}|this\ year|last\ year))?"),
    # ("up 7.4 percent from September": a comparison's month, flagged as such)
    ("mon", rf"(?:(?<=in\ )|(?<=during\ )|(?<=for\ )|(?<=of\ )|(?<=month\ of\ )|(?<=from\ ))(?P<mo_m>{MON})(?!\s*\d{{1,2}}\b)(?:(?:,?\s*|\s+of\s+)(?P<mo_y>{YR}|this\ year|last\ year))?"),   # (also "in August of 2019")
    # ("declined 0.6% compared with August 2018": the base of a rate, with its year)
    ("mon", rf"(?:(?<=compared\ with\ )|(?<=compared\ to\ ))(?P<mo_m>{MON})(?!\s*\d{{1,2}}\b),?\s*(?P<mo_y>{YR})"),
    ("mon", rf"(?P<mo_m>{MON})(?:,?\s*(?P<mo_y>{YR}))?{_NOT_SENTENCE_END}(?=\s+at\s+[+-]?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)|\s+(?:alone|itself\s+was|(?:once\s+again\s+|again\s+|also\s+)?was|saw|marked|witnessed|offered|brought|delivered|showed|came\s+in\s+at|(?:also\s+)?(?:saw|registered|registering|recorded|recording|posted|posting|logged|logging)|printed(?=\s+[+-]?\d)|(?:ran|stood)\s+at(?=\s+[+-]?\d)|up|down|rising|growing|expanding|(?:accelerating|quickening|slowing|easing|rebounding)\s+to|(?:jump(?:ed|ing)|climb(?:ed|ing)|picking\s+up)\s+(?:\w+\s+)?to\s+\d|(?:picked\s+up|accelerated|re-?accelerated|quickened|slowed|eased|rebounded|recovered|cooled|moderated)\s+(?:\w+\s+)?to\s+\+?\d)\b|'s\s+(?:[\d.]+\s?(?:%|percent|per\s+cent)\s+(?:(?:y/y|yoy|year-on-year|on-year)\s+)?)?(?:growth|increase|rise|gain|expansion|decline|drop|contraction|reading|output|production|sales)\b"
            # ("November's activity data were a little better than expected": the month the figures after are for)
            r"|'s\s+(?:[a-z]+\s+)?(?:data|figures|numbers|statistics)\s+(?:were|was|showed|show)\b"
            # ("December's figure came in at 5.9 percent")
            r"|'s\s+(?:figure|reading|print|number)\s+(?:came\s+in\s+at|was|stood\s+at)\s+[+-]?\d)"),
    # "Carmakers had their best August in years.": the month whose figures follow
    ("mon", rf"(?:(?<=best\ )|(?<=worst\ )|(?<=strongest\ )|(?<=weakest\ ))(?P<mo_m>{MON})(?P<mo_y>(?!))?(?=\s+(?:in|for|since|on)\s+(?:years|decades|a\s+decade|record)\b)"),
    # "versus a median estimate of 6.1% and July's 6.0%", "from June's 2.9%": the month of the figure after
    ("mon", rf"(?P<mo_m>{MON})(?P<mo_y>(?!))?'s(?=\s+[+-]?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent)(?!\s+(?:of|share)\b))"),
    # a list label's month: "- Crude steel, December: 77.4 million tonnes"
    ("mon", rf"(?<=,\ )(?P<mo_m>{MON})(?:\s+(?P<mo_y>{YR}))?(?=:\s+[+-]?\d)"),
    # "December alone saw ...", "with December also registering a 6% increase", "December's increase was",
    # "September's 6.9% y/y gain"
    # "December output stood at ...": a month naming the flow after it (or "December data showed …")
    ("mon", rf"(?P<mo_m>{MON})(?:\s+(?P<mo_y>{YR}))?{_NOT_SENTENCE_END}(?=(?:[ \t]+|\n(?!\n))(?:(?:NEV|EV|vehicle|car|auto|5G(?:\s+(?:phone|handset|smartphone|mobile\s+phone))?|handset|IP|IVA|industrial|mobile|(?:crude\s+)?steel)\s+)?(?:output|production|sales|shipments|revenue|profits?|value[\s-]added|"
            rf"exports|imports|industrial\s+output|steel\s+output|growth|DOU|(?:data|figures|numbers|statistics)(?!\s+(?:(?:are|is|will\s+be)\s+)?(?:due|expected|scheduled|out\s+on|released\s+on))|(?-i:print|reading)(?!\s+time)|(?-i:IP|IVA|VA)\s+(?:printed|grew|rose|came\s+in|was|slowed|accelerated|picked\s+up|eased|rebounded|fell))\b)"),
    ("fy", rf"(?:whole|full|entire)(?:\s+|-)(?:year\s+(?:of\s+)?)?(?:of\s+)?(?P<fy_y>{YR}|last\ year|this\ year)"),   # (also "full-year 2025")
    # "That compared with 5.9% growth for all of 2025"
    ("fy", rf"(?:(?<=for\ )|(?<=in\ )|(?<=over\ )|(?<=across\ ))all\s+of\s+(?P<fy_y>{YR}|last\ year)"),
    ("fy", r"(?:whole|full|entire)(?:\s+|-)year\b(?!\s+of)"),
    # "reached 7.82 GB for the year and 8.59 GB in December": the year as a whole
    ("fy", r"(?<=for )the\s+year\b(?!\s+(?:so|to|of|ago|earlier|before|ahead|through|ending|ended|as\s+a\s+whole)\b|-|\s+\d)"),
    ("fy", r"(?:(?<=for )|(?<=over )|(?<=across )|(?<=in )|(?<=^)|(?<=\n))the\s+year\s+as\s+a\s+whole\b"),   # "For the year as a whole, … expanded 6.1 per cent"
    ("fy", rf"(?<=over\ )(?P<fy_y>{YR})\s+as\s+a\s+whole\b"),   # ("was up 2.8% over 2020 as a whole": during it, not on it)
    # "Over the entire five-year plan, nearly 1.3 billion ... were shipped": the plan named before, if any
    ("planref", r"(?:(?<=over the )|(?<=the entire )|(?<=the whole )|(?<=during the )|(?<=across the )|(?<=in the ))"
                r"five-year\s+(?:plan(?!\s+\()(?:\s+period)?|period)\b"),
    ("fyp", r"FYP\b(?:\s+period)?"),   # "over the 13th FYP"
    ("fyp", rf"Five-Year\s+Plan(?:\s+period)?(?:\s+\({YR}\s*-\s*(?:{YR}|\d\d)\))?(?:\s+period)?"),   # (also "Plan period (2021-2025)")
    ("vague", r"(?:(?<=over the )|(?<=in the )|(?<=during the ))(?:past|last)\s+(?:\w+\s+)?(?:years|decade|months)\b"),
    # "Over the five years, China produced nearly 50 million NEVs", "over the plan period": the plan named
    # before, if any ("over the five years of the previous plan": which one, unsaid)
    ("planref", r"(?:(?<=over the )|(?<=in the )|(?<=during the )|(?<=across the )|(?<=for the )|(?<=over those )|(?<=in those ))"
                r"(?:five\s+years|plan\s+period)\b(?!\s+(?:to|through|ending|ended|of\s+the\s+(?:previous|last|next|new))\b)"),
    ("planyrs", rf"(?<=in the )five\s+years\s+(?:to|through)\s+(?P<py_y>{YR})\b"),   # "In the five years to 2025"
    ("vague", r"(?:(?<=over the )|(?<=in the )|(?<=during the )|(?<=across the )|(?<=for the ))"
              r"(?:(?:two|three|four|five|ten)\s+years|plan\s+period)\b"),
    # ("has produced more than 2 million industrial robots since the start of the plan period")
    ("vague", rf"(?:recent\s+years|(?<=over the )years|since\s+(?:{YR}|the\s+(?:start|beginning)\s+of\s+the\s+(?:[\w-]+\s+){{0,2}}plan(?:\s+period)?))\b"),
    ("byy", rf"(?<=by\ )(?P<by_y>{YR})\b(?!\s*[-/]\s*\d)"),
    ("yin", rf"(?<=from\ )(?P<yi_y>{YR})(?=,\s+when\s)"),   # ("a reversal from 2018, when NEV sales surged 61.7%")
    # "compared with 2023's full-year output of 1.019 billion mt": the year the figure after is for
    ("yin", rf"(?P<yi_y>{YR})'s(?=\s+(?:(?:full|whole)[\s-]year\s+)?(?:[a-zA-Z]+\s+){{0,2}}(?:output|production|sales|shipments|revenue|growth|total|tally)\b)"),
    ("yin", rf"(?:(?<=total\ )|(?<=full-year\ )|(?<=annual\ ))(?P<yi_y>{YR})(?=\s+(?:sales|output|production|shipments|revenue)\b)"),   # "total 2018 sales"
    # "CAAM reported 2015 production and sales of 24.50mn and 24.60mn vehicles": the year of the flow named after it
    ("yin", rf"(?:(?<=reported\ )|(?<=put\ )|(?<=puts\ )|(?<=with\ ))(?P<yi_y>{YR})(?=\s+(?:sales|output|production|shipments|revenue)\b)"),
    # (also "still below their 2017 peak of 28.9 million": that year's figure)
    ("yin", r"(?:" + _PREP_IN + rf"|(?:(?<=their )|(?<=its )|(?<=the ))(?={YR}\s+(?:peak|high|record|total|level)\s+of\s))(?P<yi_y>{YR})\b(?!\s*(?:-|to|and)\s*(?:{YR}|\d\d)\b(?!\.\d))"),   # (not "2021-22"; "in 2021 to 10.8 trillion" is)
    # (a span of years: no catalogue period, but "between 2016 and 2020" is a plan's five years)
    ("yr2", rf"(?:(?P<yr2_a>{YR})\s*(?:-|to)\s*(?P<yr2_b>{YR})|between\s+(?P<yr2_c>{YR})\s+and\s+(?P<yr2_d>{YR}))\b"),
    ("ly", r"last\s+year\b(?!'s\s+(?:constant\s+|comparable\s+)?prices)"),   # not "at last year's prices"
    ("ty", r"this\s+year\b"),
]
_ZH_BRANCHES = [
    # "“十三五”末" (the end of the 13th Five-Year Plan), "“十四五”时期/期间" (the plan's years)
    # "“十四五”以来，…累计销量超过3900万辆": from the plan's start to some day in it, no period of the catalogue
    ("vague", r"[\"“]?十[一二三四五六七八九]五[\"”]?(?:时期|期间)?以来"),
    ("zfype", r"[\"“]?十(?P<zfe_n>[一二三四五六七八九])五[\"”]?(?:时期|期间)?末"),
    ("zfyp", r"[\"“]?十(?P<zf_n>[一二三四五六七八九])五[\"”]?(?:时期|期间|前(?P<zf_k>[一二两三四1-4])年|(?<=回顾[\"“]十[一二三四五六七八九]五[\"”]))"),
    # "“十二五”时期，…。五年间，我国累计生产汽车超过1亿辆": the plan named before
    ("zplanref", r"(?<![\d一二三四五六七八九十第两近个去])五年(?:间|里|中|来)?(?=[,，]?[\u4e00-\u9fff\w]{0,10}?(?:累计|共计|合计))"),   # (also "“十三五”前四年", "“十四五”前4年")
    ("zasof", r"(?:截至|截止|到|(?<![截直])至)(?:(?P<za_y>\d{4})年|(?P<za_rel>今年|本年|去年|上年)(?=\d{1,2}月|底|末))?(?:(?P<za_m>\d{1,2})月)?(?P<za_e>底|末|份)?"),
    # "2021年至2025年6月", "2021年1月至2025年6月": a span of years ending with a month
    ("zym", r"(?P<zym_1>(?:19|20)\d\d)年(?:(?P<zym_m1>1[0-2]|0?[1-9])月)?(?:至|到|-|—|~)(?P<zym_2>(?:19|20)\d\d)年(?P<zym_m2>1[0-2]|0?[1-9])月(?:份)?(?!\d|底|末)"),
    ("zyr", r"(?P<zyr_1>(?:19|20)\d\d)年?(?:至|到|-|—|~)(?P<zyr_2>(?:19|20)\d\d)年(?!\d{1,2}月|[一二三四上下前第]|底|末)"),   # "2021年至2024年"
    ("zfq", r"(?:(?P<zfq_y>\d{4})年)?前(?P<zfq_n>两|二|三|2|3)(?:个)?季度"),
    ("zq", r"(?:(?P<zq_y>\d{4})年)?(?:第)?(?P<zq_n>一|二|三|四|1|2|3|4)季度"),
    ("zh", r"(?:(?P<zh_y>\d{4})年)?(?P<zh_o>上|下)半年"),
    ("zfm", rf"(?:(?P<zfm_y>\d{{4}})年)?前(?P<zfm_n>{ZNUM})个?月"),   # (flash headlines: "前10月")
    ("zmr", r"(?:(?P<zmr_y>\d{4})年)?(?P<zmr_1>\d{1,2})(?:月份?(?=[-~至到]))?(?:[-~至到]|(?<=(?<!\d)1)、(?=2月))(?P<zmr_2>\d{1,2})月(?:份)?"),   # (also "1月份至8月份", "1月份-2月份", and "1、2月份")
    ("zmo", r"(?:(?P<zmo_y>\d{4})年)?(?P<zmo_m>\d{1,2})月(?:份)?(?![底末日]|\d{1,2}[日号])"),   # (not "8月5日"; "8月5G手机" is August's)
    ("zye", r"(?P<zye_y>\d{4})年(?:底|末)"),   # "千兆宽带用户从2020年底的640万户增至…": the year's end
    ("zy", r"(?P<zy_y>\d{4})年(?:全年)?(?![\d一二三四上下前第]|\d{1,2}月|不变|价格|可比)"),   # not "按照2015年不变单价"
    ("zly", r"(?:去年|上年(?!价格|不变)|(?<![\d一二三四五六七八九十])前一年)(?:全年)?"),   # ("明显低于前一年的7.4%")   # "按照上年价格计算": a price basis; "去年全年" is last year
    ("zty", r"今年"),
    ("zfull", r"全年"),
]
_EN_MATCHER = None
_ZH_RX = re.compile("|".join(f"(?P<{k}_{i}>{p})" for i, (k, p) in enumerate(_ZH_BRANCHES)))


def en_matcher():
    global _EN_MATCHER
    if _EN_MATCHER is None:
        from dagster_project.extraction.anchors import AnchorMatcher
        _EN_MATCHER = AnchorMatcher([(("(?x:" + p + ")") if "\n" in p else p, k) for k, p in _EN_BRANCHES],
                                    boundary=True)
    return _EN_MATCHER


# ("more than 80,000 ... by end-September": "than" before a figure after more/less/fewer is a
# qualifier, no comparison)
_COMPARISON = re.compile(
    r"(?:\b(?:(?<!-)than(?!-)(?!\s+(?:doubled|tripled|quadrupled|halved)\b)(?!(?<=more than)\s+\d)(?!(?<=less than)\s+\d)(?!(?<=fewer than)\s+\d)|compared\s+(?:to|with)|as\s+against|ahead\s+of|versus|vs\.?|relative\s+to|against|from|since|"
    r"(?:increase|rise|gain|addition|jump|decrease|decline|drop)\s+of\s+[\w.]+(?:\s*%|\s+percent|\s+per\s+cent|\s+(?:million|billion|units))?\s+over|"   # "an increase of 2.95 million over the end of 2023" (or "of 333.7% over the … produced in 2014")
    r"over\s+the\s+same\s+(?:period|month|quarter|time)|same\s+(?:period|month|quarter|time)\s+(?:of|in)|in\s+contrast\s+to|"
    # "rising 12.5 percent and 11.4 percent respectively over H1 2024": the base of the rates
    r"(?<=respectively\s)over|(?:(?<=%\s)|(?<=nt\s))over(?=\s+(?:H[12]|Q[1-4]|[1-4]Q)\s)|"
    r"(?:(?<=%\s)|(?<=nt\s))on(?=\s*$)|"   # ("an increase of 7.1 per cent on H1 2019")
    r"times\s+(?:the|that|those|its|as)|twice|double|triple|"
    r"(?:same|similar)\s+(?:level|rate|pace|amount|volume|figure)\s+as(?:\s+(?:in|for|at))?)\b"   # ("the same level as in 2022")
    # "following an 11.7 percent drop in October", "well below the 6.9% growth recorded in 2014": the rate before
    r"|\b(?:following|after|below|above|deepening|extending|reversing)\s+(?:an?|the|its)\s+(?:[a-z]+\s+)?[\d.]+\s*(?:%|percent|per\s+cent|pct)"
    r"|\bafter\s+[\d.,]+\s*(?:m|mn|bn|million|billion)\b"   # "fell 4% to 1.206m units, … after 1.256m in 2018"
    r"|(?:(?<=%\s)|(?<=nt\s))on\s+(?:the\s+|its\s+|an?\s+)?(?:record\s+|revised\s+)?[\d.,]+\s*(?:m|mn|bn|million|billion|trillion)?\b"   # ("down 3.0 per cent on the record 1.065 billion tonnes produced in 2020")
    r"|\b(?:following|after)\s+[+-]?[\d.]+\s*(?:%|percent|per\s+cent|pct)"   # ("rising 5.7% yoy after 5.4% in November")
    # "…, after rising 3 percent in 2017. Production dropped 4.2 percent": the year before's
    r"|\b(?:following|after)\s+(?:rising|growing|increasing|expanding|climbing|jumping|surging|falling|declining|dropping|"
    r"contracting|shrinking|sliding|slipping)\s+(?:by\s+)?[\d.]+\s*(?:%|percent|per\s+cent|pct)"
    r"|\b(?:beat|beats|beating|surpass(?:es|ing)?|exceed(?:s|ing)?|outpac(?:es|ing))\s+(?:the\s+)?(?=$)"   # ("beat last year's total")
    r"|(?:已|已经)?(?:超过|超出|相当于)\s*$"   # ("已超过2024年全年产量的七成": the year a share is of)
    r"|比|较|相比|扭转)(?:[^,;:，；]|(?<=\d),(?=\d{3}))*$", re.I)   # ("from about 1,590 EFLOPS at ...")
# "rose 6.7% from a year earlier in the January-June period": the growth's base, no comparison
# "the slowest pace since 2018": the span of a record, not the figure's period
# "December was the strongest month of the second half": the span a record is in, not the figure's period
_SUPERLATIVE_SCOPE = re.compile(r"\b(?:slowest|fastest|weakest|strongest|highest|lowest|best|worst|biggest|smallest)\s+"
                                r"(?:month|quarter|reading|print|pace|showing)\s+(?:of|in)\s+(?:the\s+)?$")
_SUPERLATIVE_END = re.compile(r"\b(?:slowest|fastest|weakest|strongest|highest|lowest|best|worst|biggest|smallest|sharpest|steepest)"
                              r"(?:\s+(?:half-year|full-year|annual|quarterly|monthly|first-half|yearly))?"   # ("the fastest half-year growth since 2014")
                              # ("the weakest July since 2018")
                              r"(?:\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|month|quarter))?"
                              r"(?:\s+(?:pace|rate|level|growth|reading|increase|decline|gain|drop|rise|fall|expansion|contraction))?\s+$"
                              # "the first annual decline since 1981"
                              r"|\bfirst\s+(?:[a-z-]+\s+)?(?:increase|decline|gain|drop|rise|fall|contraction|expansion)\s+$"
                              # "returned to growth for the first time since 2017"
                              r"|\b(?:the\s+)?first\s+time\s+$")
_YOY_FROM = re.compile(r"\bfrom\s+(?:a|one|the\s+(?:previous|prior))\s+year(?:\s+(?:earlier|ago|before))?\b")
# "0.4 percent above last year", "8.4% below the level of 2019": the base of a change
LEVEL_VS = r"(?P<level>below|above)\s+(?:the\s+level\s+of\s+|that\s+of\s+)?"   # (rules reads the sign from it)
_LEVEL_VS = re.compile(r"\b" + LEVEL_VS + r"(?:in\s+)?$")
_SAME_PERIOD = re.compile(r"same\s+(?:period|month|quarter|time)\s+(?:of\s+|in\s+)?$", re.I)
_FROM_CLOSED = re.compile(r"from\s(?:[^,;:]|(?<=\d),(?=\d{3}))*?\d(?:[^,;:]|(?<=\d),(?=\d{3}))*?\bto\s+(?:(?:about|around|nearly|over|more\s+than|some|almost)\s+)?"
                          r"(?:rmb\s?|cny\s?|¥)?\d")
_RANGE_FROM = re.compile(r"(?:from|between)\s+$")
_RANGE_SEP = re.compile(r"\b(?:to|through|till|until|and)\b|[-–—~]")
_MONTH_COUNT = re.compile(r"\b(\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+$", re.I)
_FYP_ORDINAL = re.compile(r"(\d{1,2})(?:th|st|nd|rd)\s+$")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")
# "与上年全年增速持平", "与去年同期相比": the period of a comparison
_ZH_ON_PAR = re.compile(r"(?:同期)?(?:的)?(?:增速|增幅|水平)?(?:基本|大致|大体)?(?:持平|相比|相当|相较)")   # (also "与2016年同期相比")
# A sentence end inside the look-back window: a comparison word before it belongs to another
# sentence ("... data from the NBS showed. In December alone, ..." is no comparison).
_SENTENCE_END = re.compile(r"[.!?]\s+(?=[A-Z\u4e00-\u9fff\"'“‘(])|[。！？\n]")


# "为全年高点", "创年内新高": the span a record is in, not the figure's period
_ZH_RECORD_OF = re.compile(r"(?:的|以来)?(?:最高|最低|新高|新低|高点|低点|峰值|最快|最慢)")
# (an opening bracket starts an aside with its own period: "降幅比10月进一步扩大（10月汽车销量同比下降11.7%）")
_LAST_BREAK = re.compile(r"[;:(]|,(?!(?<=\d,)\d{3})|\s[-–—]\s(?=and\s)")   # (also a dashed aside closed: "- the first since 1981 - and December production")


# "That's quite a reversal from 2018, when NEV sales surged 61.7%": the year the clause after is about
# (with a figure of its own: not "from 13.7% growth in 2016, when a tax cut drove buyers to showrooms")
# (without its comma, only up to the next: "than last year when NEV output grew by more than 25%")
_WHEN_CLAUSE_AFTER = re.compile(r"(?:,\s+when\s+(?!it\b|they\b|the\s+(?:figure|rate|pace|growth|number)\b)[^.;]*?|\s+when\s+(?!it\b|they\b)[^.;,]*?)\d")


_LEVEL_OF_BEFORE = re.compile(r"\b(?:close\s+to|near|nearing|back\s+to|returned\s+to|returning\s+to|recovered\s+to|approaching|"
                              r"(?:above|below|within\s+\S+\s+of)(?:\s+the)?)\s+$")


# "… respectively over the four months": the months of the year so far, not a base
_RESPECTIVELY_OVER_THE = re.compile(r"respectively\s+over\s+the\s+$")


def _is_comparison(before: str) -> bool:
    """`_COMPARISON` or `_SAME_PERIOD` in the ASCII-lowercased text before an expression.
    A comparison word must be followed by no , ; : up to the end, so only the text after the
    last of those is searched (the same result on a much shorter string)."""
    cut = max(_LAST_BREAK.finditer(before), key=lambda m: m.end(), default=None)
    tail = before[cut.end():] if cut else before   # (a thousands comma is no break: "from about 1,590 EFLOPS at")
    if "year" in tail:
        tail = _YOY_FROM.sub(" ", tail)
    m = _COMPARISON.search(tail)
    if m is not None and tail.startswith("from", m.start()):
        # "jumped from 1.37 million units in 2020 to 3.52 million units in 2021": the change's base
        # ends at "to" and its new figure
        closed = _FROM_CLOSED.match(tail, m.start())
        if closed:
            m = _COMPARISON.search(tail, closed.end())
    if m is None and _LEVEL_OF_BEFORE.search(tail):
        return True   # "factory output is close to last year's level": the level it is measured against
    return m is not None or ("same" in before and _SAME_PERIOD.search(before) is not None) \
        or ("bove" in tail or "elow" in tail) and _LEVEL_VS.search(tail) is not None


@dataclass(frozen=True)
class PeriodExpr:
    start: int
    end: int
    kind: str           # asof, interval, ytd, now, themonth, vague, target, fyp, lastmonth, years, sameperiod
    year: object        # int | "this" | "last" | None
    m1: int | None = None
    m2: int | None = None
    day: int | None = None
    fyp: int | None = None
    comparison: bool = False
    year_end: int | None = None   # kind "years": the last of a run of whole years ("2021年至2024年")


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    instant: bool       # an as-of date (start == end)


@dataclass(frozen=True)
class PeriodContext:
    ref_year: int | None          # "this year" (event / publication year)
    default_year: int | None      # year for expressions without one
    event_date: date | None
    doc_period: Period | None
    # Chinese usage: a past year's months carry their year ("去年1-2月"), so yearless months just over at
    # the event date are that year's, even in a review of the year before
    recent_months: bool = False


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _short_year(s: str) -> int:
    return int(s) if len(s) == 4 else 2000 + int(s)


def _year_spec(s: str | None):
    if not s:
        return None
    s = s.lower()
    if s[:2] in ("19", "20") and s[:4].isdigit():
        return int(s[:4])
    if "last" in s or "previous" in s:
        return "last"
    if "this" in s or "current" in s:
        return "this"
    return None


def _num(s: str) -> int:
    s = s.lower()
    return int(s) if s.isdigit() else _NUMWORDS[s]


# (the quarter or half an elided "in the first" stands for, with the year it is of)
_ELIDED_UNIT = re.compile(rf"\b(quarter|half)\b(?:\s+of\s+(?:the\s+year\s+)?({YR}))?", re.I)


def _expr(k: str, m: re.Match, text: str) -> PeriodExpr | None:
    g = m.groupdict()
    s, e = m.start(), m.end()
    if k == "asof":
        if g["a_q"]:
            q = _ORD[g["a_q"].lower()]
            return PeriodExpr(s, e, "asof", _year_spec(g["a_qy"]), m2=3 * q)
        if g["a_h"]:
            return PeriodExpr(s, e, "asof", _year_spec(g["a_hy"]), m2=6)
        if g["a_m"]:
            return PeriodExpr(s, e, "asof", _year_spec(g["a_my"]), m2=MONTHS[g["a_m"].rstrip(".").lower()])
        if g["a_y"]:
            return PeriodExpr(s, e, "asof", int(g["a_y"]), m2=12)
        if g["a_ry"]:
            return PeriodExpr(s, e, "asof", _year_spec(g["a_ry"]), m2=12)
        if g["a_fyp"]:
            n = int(g["a_fyp"])
            return PeriodExpr(s, e, "asof", _fyp_years(n)[1], m2=12, fyp=n)
    if k == "ystart":
        y = int(g["ys_y"] or g["ys_y2"]) if g["ys_y"] or g["ys_y2"] else _fyp_years(int(g["ys_n"]))[0]
        return PeriodExpr(s, e, "asof", y - 1, m2=12)
    if k == "ye":
        y = g["ye_y"] or g["ye_y2"]
        return PeriodExpr(s, e, "asof", int(y) if y else None, m2=12)
    if k == "endm":
        return PeriodExpr(s, e, "asof", _year_spec(g["em_y"]), m2=MONTHS[g["em_m"].rstrip(".").lower()])
    if k == "asofd":
        if g["ad_m2"]:
            return PeriodExpr(s, e, "asof", None, m2=MONTHS[g["ad_m2"].rstrip(".").lower()], day=int(g["ad_d2"]))
        return PeriodExpr(s, e, "asof", int(g["ad_y"]), m2=MONTHS[g["ad_m"].rstrip(".").lower()], day=int(g["ad_d"]))
    if k == "asofm":
        return PeriodExpr(s, e, "asof", _year_spec(g["am_y"]), m2=MONTHS[g["am_m"].rstrip(".").lower()])
    if k in ("now", "themonth"):
        return PeriodExpr(s, e, k, None)
    if k == "ytd":
        return PeriodExpr(s, e, "ytd", "this")
    if k == "fnm" and g.get("fnm_n3"):
        return PeriodExpr(s, e, "interval", _short_year(g["fnm_y3"]) if g["fnm_y3"] else None, 1, int(g["fnm_n3"]))
    if k == "fnm" and g.get("fnm_n2"):
        return PeriodExpr(s, e, "interval", _short_year(g["fnm_y2"]) if g["fnm_y2"] else None, 1, int(g["fnm_n2"]))
    if k == "fnm":
        n = _num(g["fnm_n"])
        if not 1 <= n <= 12:
            return None
        return PeriodExpr(s, e, "interval", _year_spec(g["fnm_y"]), 1, n)
    if k == "nmt":
        nm = _MONTH_COUNT.search(text, max(0, s - 12), s)
        mo = MONTHS[g["nmt_m"].rstrip(".").lower()]
        if not nm:
            return None
        n = _num(nm.group(1))
        if n > mo:
            return PeriodExpr(nm.start(1), e, "vague", None)   # a rolling "12 months to June"
        # ("the three months through September": the third quarter)
        return PeriodExpr(nm.start(1), e, "interval", _year_spec(g["nmt_y"]), mo - n + 1, mo)
    if k == "thru":
        return PeriodExpr(s, e, "interval", _year_spec(g["th_y"]), 1, MONTHS[g["th_m"].rstrip(".").lower()])
    if k == "nm":
        n = _num(g["nm_n"])
        if not 2 <= n <= 12:
            return None
        return PeriodExpr(s, e, "interval", None, 1, n)
    if k == "lm":
        return PeriodExpr(s, e, "lastmonth", None)
    if k == "fqs":
        n = _num(g["fqs_n"])
        return PeriodExpr(s, e, "interval", _year_spec(g["fqs_y"]), 1, 3 * n)
    if k == "qtr":
        if g.get("q_o"):
            q, y = _ORD[g["q_o"].lower()], _year_spec(g["q_y"])
        elif g.get("q_n"):
            q, y = int(g["q_n"]), _year_spec(g["q_y2"])
        elif g.get("q_y4"):
            q, y = 4, _year_spec(g["q_y4"])
        elif g.get("q_m6") or g.get("q_m7"):
            q, y = ("march", "june", "september", "december").index((g["q_m6"] or g["q_m7"]).lower()) + 1, _year_spec(g["q_y6"])
        elif g.get("q_n3"):
            q, y = int(g["q_n3"]), (_short_year(g["q_y5"]) if g["q_y5"] else None)
        else:
            q, y = int(g["q_n2"]), _year_spec(g["q_y3"])
        return PeriodExpr(s, e, "interval", y, 3 * q - 2, 3 * q)
    if k == "elided":
        a = max(0, s - 200)
        ends = list(_SENTENCE_END.finditer(text, a, s))
        units = _ELIDED_UNIT.findall(text, ends[-1].end() if ends else a, s)
        if not units:
            return None
        unit, y = units[-1][0].lower(), _year_spec(units[-1][1] or None)
        n = _ORD[g["el_o"].lower()]
        if unit == "half":
            return PeriodExpr(s, e, "interval", y, 1, 6) if n == 1 else None
        return PeriodExpr(s, e, "interval", y, 3 * n - 2, 3 * n)
    if k == "qr" and g.get("qr_3"):
        return PeriodExpr(s, e, "interval", _short_year(g["qr_y3"]) if g["qr_y3"] else None, 1, 3 * int(g["qr_3"]))
    if k == "qr":
        return PeriodExpr(s, e, "interval", _year_spec(g["qr_y"]), 1, 3 * int(g["qr_2"]))
    if k == "half":
        if g.get("h_o"):
            h, y = (1 if g["h_o"].lower() == "first" else 2), _year_spec(g["h_y"])
        elif g.get("h_n"):
            h, y = int(g["h_n"]), _year_spec(g["h_y2"])
        elif g.get("h_n3"):
            h, y = int(g["h_n3"]), (_short_year(g["h_y4"]) if g["h_y4"] else None)
        else:
            h, y = int(g["h_n2"]), _year_spec(g["h_y3"])
        return PeriodExpr(s, e, "interval", y, 1 if h == 1 else 7, 6 if h == 1 else 12)
    if k == "mr":
        m1 = MONTHS[g["mr_m1"].rstrip(".").lower()]
        m2 = MONTHS[g["mr_m2"].rstrip(".").lower()]
        y1, y2 = _year_spec(g["mr_y1"]), _year_spec(g["mr_y2"])
        if m2 < m1 or (y1 is not None and y2 is not None and y1 != y2):
            return PeriodExpr(s, e, "vague", None)
        return PeriodExpr(s, e, "interval", y2 if y2 is not None else y1, m1, m2)
    if k == "mon":
        mo = MONTHS[g["mo_m"].rstrip(".").lower()]
        if text[m.start("mo_m")] == "m" and g["mo_m"] == "may":
            return None  # the modal verb, not the month
        return PeriodExpr(s, e, "interval", _year_spec(g["mo_y"]), mo, mo)
    if k == "fy":
        return PeriodExpr(s, e, "interval", _year_spec(g.get("fy_y")), 1, 12)
    if k == "fyp":
        nm = _FYP_ORDINAL.search(text[max(0, s - 8):s])
        if not nm or int(nm.group(1)) < 6:
            return None
        return PeriodExpr(s - len(nm.group(0)), e, "fyp", None, fyp=int(nm.group(1)))
    if k == "vague":
        return PeriodExpr(s, e, "vague", None)
    if k == "byy":
        return PeriodExpr(s, e, "target", int(g["by_y"]), m2=12)
    if k == "yin":
        return PeriodExpr(s, e, "interval", int(g["yi_y"]), 1, 12)
    if k == "planref":
        return PeriodExpr(s, e, "planref", None)
    if k == "planyrs":
        y = int(g["py_y"])
        return PeriodExpr(s, e, "years", y - 4, year_end=y)
    if k == "yr2" and g.get("yr2_c") and int(g["yr2_d"]) - int(g["yr2_c"]) == 4 and int(g["yr2_c"]) % 5 == 1:
        return PeriodExpr(s, e, "years", int(g["yr2_c"]), year_end=int(g["yr2_d"]))
    if k == "yr2" and _CUMULATIVE_BEFORE.search(text, max(0, s - 40), s):
        # "Cumulative NEV sales from 2021 to 2024 exceeded 32 million units": the years' total
        a, b = int(g.get("yr2_a") or g.get("yr2_c")), int(g.get("yr2_b") or g.get("yr2_d"))
        return PeriodExpr(s, e, "years", a, year_end=b) if 0 < b - a <= 10 else PeriodExpr(s, e, "vague", None)
    if k == "yr2":
        return PeriodExpr(s, e, "vague", None)
    if k == "ly":
        return PeriodExpr(s, e, "interval", "last", 1, 12)
    if k == "ty":
        return PeriodExpr(s, e, "ytd", "this")
    # Chinese
    if k == "zfype":
        n = 10 + _num(g["zfe_n"])
        return PeriodExpr(s, e, "asof", _fyp_years(n)[1], m2=12, fyp=n)
    if k == "zplanref":
        return PeriodExpr(s, e, "planref", None)
    if k == "zfyp":
        if g["zf_k"]:
            first = _fyp_years(10 + _num(g["zf_n"]))[0]
            return PeriodExpr(s, e, "years", first, year_end=first + _num(g["zf_k"]) - 1)
        return PeriodExpr(s, e, "fyp", None, fyp=10 + _num(g["zf_n"]))
    if k == "zasof":
        if not (g["za_y"] or g["za_m"] or g["za_rel"]):
            return PeriodExpr(s, e, "now", None) if m.group().startswith("截") else None
        # "截至今年6月底", "截至去年底": the year relative to the briefing's
        y = int(g["za_y"]) if g["za_y"] else {"今年": "this", "本年": "this", "去年": "last", "上年": "prev"}.get(g["za_rel"])
        mo = int(g["za_m"]) if g["za_m"] else 12
        if not 1 <= mo <= 12:
            return None
        return PeriodExpr(s, e, "asof", y, m2=mo)
    if k == "zym":
        y1, y2 = int(g["zym_1"]), int(g["zym_2"])
        return PeriodExpr(s, e, "years", y1, m1=int(g["zym_m1"] or 1), m2=int(g["zym_m2"]), year_end=y2) if y1 < y2 else None
    if k == "zyr":
        y1, y2 = int(g["zyr_1"]), int(g["zyr_2"])
        return PeriodExpr(s, e, "years", y1, year_end=y2) if y1 < y2 else None
    if k == "zfq":
        n = _num(g["zfq_n"])
        return PeriodExpr(s, e, "interval", int(g["zfq_y"]) if g["zfq_y"] else None, 1, 3 * n)
    if k == "zq":
        q = _num(g["zq_n"])
        return PeriodExpr(s, e, "interval", int(g["zq_y"]) if g["zq_y"] else None, 3 * q - 2, 3 * q)
    if k == "zh":
        up = g["zh_o"] == "上"
        return PeriodExpr(s, e, "interval", int(g["zh_y"]) if g["zh_y"] else None, 1 if up else 7, 6 if up else 12)
    if k == "zfm":
        n = _num(g["zfm_n"])
        if not 1 <= n <= 12:
            return None
        return PeriodExpr(s, e, "interval", int(g["zfm_y"]) if g["zfm_y"] else None, 1, n)
    if k == "zmr":
        a, b = int(g["zmr_1"]), int(g["zmr_2"])
        if not 1 <= a <= b <= 12:
            return None
        return PeriodExpr(s, e, "interval", int(g["zmr_y"]) if g["zmr_y"] else None, a, b)
    if k == "zmo":
        mo = int(g["zmo_m"])
        if not 1 <= mo <= 12:
            return None
        return PeriodExpr(s, e, "interval", int(g["zmo_y"]) if g["zmo_y"] else None, mo, mo)
    if k == "zye":
        return PeriodExpr(s, e, "asof", int(g["zye_y"]), m2=12)
    if k == "zy":
        return PeriodExpr(s, e, "interval", int(g["zy_y"]), 1, 12)
    if k == "zly":
        return PeriodExpr(s, e, "interval", "prev" if text[s:s + 2] in ("上年", "前一") else "last", 1, 12)
    if k == "zty":
        return PeriodExpr(s, e, "ytd", "this")
    if k == "zfull":
        return PeriodExpr(s, e, "interval", None, 1, 12)
    return None


def _fyp_years(n: int) -> tuple[int, int]:
    """The Nth Five-Year Plan (N >= 6): the 6th was 1981-1985, the 14th 2021-2025."""
    start = 1981 + 5 * (n - 6)
    return start, start + 4


# (the next of a list of periods goes with the first: "fell in July, August and September")
# "… from 3.0% in 1Q, and June IVA grew 4.4%": a period with a verb of its own after it opens a new clause
_OWN_VERB_AFTER = re.compile(r"(?:\s+[a-z-]+){0,2}?\s+(?:grew|rose|increased|expanded|fell|declined|dropped|slowed|accelerated|picked\s+up|came\s+in\s+at)\b")
_LIST_JOIN = re.compile(r",\s*(?:and\s+)?|\s+and\s+")
_EVENT_TIME = re.compile(r"(?:\b(?:released|published|announced|issued|unveiled|said|reported)"
                         r"(?:\s+by\s+(?:the\s+)?[a-z][a-z\s()&-]{1,70}?)?"
                         r"|\b(?:briefing|press\s+conference|news\s+conference)(?:\s+held)?)\s+(?:in|on|during)\s+(?:\d{1,2}\s+)?$"   # (also "on 18 October")
                         # "Officials … told reporters last month that …": when it was said
                         r"|\b(?:told|briefed)\s+(?:reporters|journalists|the\s+press|the\s+media|a\s+(?:news|press)\s+conference)\s+(?:in\s+|on\s+)?$"
                         # a policy's start: "subsidy cuts that took effect last year", "a tax cut
                         # introduced in October"
                         r"|\b(?:took|take|takes|taking)\s+effect\s+(?:in\s+|on\s+)?$"
                         r"|\b(?:came|come|comes|coming)\s+into\s+(?:effect|force)\s+(?:in\s+|on\s+)?$"
                         r"|\b(?:introduced|enacted|imposed|rolled\s+out)\s+(?:in|on)\s+$"
                         # a clause's own event: "plunged 56.4% to 114,000 after subsidies were cut last year"
                         r"|\b(?:after|before|since|when|until|once)\s+[a-z][^,;.\d]{0,60}?\s(?:was|were|been)\s+[a-z]+\s+(?:(?:in|on|during)\s+)?$"
                         # "..., a fifth straight monthly fall after Beijing slashed subsidies in June"
                         r"|\b(?:after|since|when|once)\s+[a-z][^,;.\d]{0,60}?\b[a-z]+(?:ed|ut)\b[^,;.\d]{0,40}?\s+(?:in|on|during)\s+$"
                         # "… reached 898,000 units, up 20.9 percent, although the sector fell in July, August and
                         # September": a figure-less aside on part of the period
                         r"|,\s*(?:although|though|even\s+though)\s+[a-z][^,;.\d]{0,50}?\b(?:fell|declined|dropped|slowed|shrank|contracted|weakened|slumped)"
                         r"\s+(?:in|during)\s+$")


def find_periods(text: str, low: str | None = None, hits=None) -> list[PeriodExpr]:
    """Period expressions in the text, with comparison ones ("than in the fourth quarter of
    last year", "from the same period last year") flagged. `low` is the ASCII-lowercased text
    (computed if not given)."""
    if low is None:
        from dagster_project.extraction.anchors import lower_ascii
        low = lower_ascii(text)
    found = []
    for m, kind in en_matcher().finditer(low, hits=hits):
        ex = _expr(kind, m, text)
        if ex is not None:
            found.append(ex)
    if has_cjk(text):
        for m in _ZH_RX.finditer(text):
            ex = _expr(m.lastgroup.rsplit("_", 1)[0], m, text)
            if ex is not None:
                found.append(ex)
        found.sort(key=lambda x: x.start)
    out = []
    for ex in found:
        if ex.kind == "interval" and isinstance(ex.year, int) and text.startswith("同期", ex.end) and text[ex.start - 1:ex.start] not in "比较与和同于" \
                and re.fullmatch(r"(?:19|20)\d\d年", text[ex.start:ex.end]):
            ex = PeriodExpr(ex.start, ex.end + 2, "sameperiod", ex.year)   # "而2018年同期": that year's part like the briefing's
        lo = max(0, ex.start - 60)
        if lo:
            lo = low.rfind(" ", 0, lo) + 1   # (from the start of the word cut)
            if low.startswith("than ", lo):
                lo = low.rfind(" ", 0, max(0, lo - 1)) + 1   # "than" must see its "more"
        # (one character past the start: the lookahead must see the expression's capital)
        ends = [m for m in _SENTENCE_END.finditer(text, lo, ex.start + 1) if m.end() <= ex.start]
        a = ends[-1].end() if ends else lo
        before = low[a:ex.start]
        if "?" in before and not text[a:ex.start].isascii():
            before = text[a:ex.start]   # `low` masks CJK ("比上年末" is a comparison)
        rm = _RANGE_FROM.search(before) if (ex.kind == "interval" and ex.m1 != ex.m2 or ex.kind == "years") \
            and _RANGE_SEP.search(low, ex.start, ex.end) else None   # (not "a far cry from last year")
        if rm and not _is_comparison(before[:rm.start()]):
            pass  # "from January to February" is a range, not a comparison ("than that from ..." is)
        elif ex.kind == "asof" and _TO_LEVEL_AT.search(before):
            pass  # "rose from 718,000 at the end of 2020 to 4.838 million at the end of 2025": the level it rose to
        elif _is_comparison(before) and not _WHEN_CLAUSE_AFTER.match(low, ex.end) and low[ex.end - 2:ex.end] != "'s" \
                and not (low.endswith("months", 0, ex.end) and _RESPECTIVELY_OVER_THE.search(before)) \
                or _EVENT_TIME.search(low, max(0, ex.start - 120), ex.start) \
                or ex.kind == "fyp" and _YEAR_OF_PLAN.search(low, max(0, ex.start - 40), ex.start) \
                or isinstance(ex.year, int) and _ZH_YEAR_SINCE.match(text, ex.end) \
                or text[ex.start - 1:ex.start] in ("自", "从") and _ZH_SINCE_AFTER.match(text, ex.end) \
                or low.startswith("since", ex.start) and _SUPERLATIVE_END.search(before) \
                or _SUPERLATIVE_SCOPE.search(before) \
                or low.startswith("year-end", ex.start) and low[ex.start - 3:ex.start] == "by " and _FUTURE_BEFORE.search(before) \
                or _in_bare_relative_clause(low, before, ex) \
                or text[ex.start - 1:ex.start] in ("与", "和", "同") and _ZH_ON_PAR.match(text, ex.end) \
                or (text[ex.start - 1:ex.start] in ("从", "由") or _ZH_FROM_THAT_IS.search(text, max(0, ex.start - 16), ex.start)) \
                and text.startswith("的", ex.end) and not _ZH_VIEWED_FROM.match(text, ex.end) \
                or _ZH_TIMES_OF.match(text, ex.end) \
                or _ZH_RECORD_OF.match(text, ex.end) \
                or _ZH_LEVEL_OF.match(text, ex.end) and _ZH_BEYOND.search(text, max(0, ex.start - 5), ex.start) \
                or out and out[-1].comparison and _LIST_JOIN.fullmatch(low, out[-1].end, ex.start) \
                and not low.startswith(" alone", ex.end) and not _OWN_VERB_AFTER.match(low, ex.end) \
                or text.startswith("同期", ex.end) and text[ex.start:ex.end] in ("去年", "上年"):   # "，上年同期为18965亿元"
            # (but not a month singled out after the list: "reversing an 8.4% contraction in the first quarter,
            # and June alone saw growth of 4.8%")
            # ("从2012年的20.9万亿元增加到2016年的24.8万亿元": the base a change is measured from;
            # "是“十三五”末的6倍多": a multiple of that date's figure; but "从12月份的情况看" is the month's)
            # also "data released by the MIIT in January", "a briefing in April": when something was
            # said, not a period of the data (flagged like a comparison: no figure takes it)
            ex = PeriodExpr(ex.start, ex.end, ex.kind, ex.year, ex.m1, ex.m2, ex.day, ex.fyp, True, ex.year_end)
        elif ex.year is None and ex.kind in ("interval", "asof") and out and out[-1].year == "this" \
                and not out[-1].comparison and not _SENTENCE_END.search(text, out[-1].end, ex.start):
            # "今年以来，工业经济稳中向好，上半年…", "今年上半年": a year-less period after "this year" in
            # its sentence is this year's (not the reporting period's, in a review of earlier years)
            ex = PeriodExpr(ex.start, ex.end, ex.kind, "this", ex.m1, ex.m2, ex.day, ex.fyp)
        elif ex.year is None and ex.kind in ("interval", "asof") and out and out[-1].year in ("last", "prev") \
                and out[-1].end == ex.start and text[out[-1].start:out[-1].end] in ("去年", "上年"):
            # "去年一季度为5.8%", "上年12月": last year's quarter or month, one expression
            prev = out.pop()
            ex = PeriodExpr(prev.start, ex.end, ex.kind, prev.year, ex.m1, ex.m2, ex.day, ex.fyp, prev.comparison or ex.comparison)
        if ex.kind == "planref":
            # "the five years", "五年间": the plan named last before, within a few paragraphs
            plan = next((p for p in reversed(out) if p.fyp is not None and p.start > ex.start - 1500), None)
            ex = PeriodExpr(ex.start, ex.end, "fyp" if plan else "vague", None, fyp=plan.fyp if plan else None,
                            comparison=ex.comparison)
        out.append(ex)
    return out


_TO_LEVEL_AT = re.compile(r"\bfrom\s.*\bto\s+(?:about\s+|nearly\s+|more\s+than\s+|over\s+)?[\d.,]+(?:\s*(?:million|billion|trillion|mn|bn|m))?"
                          r"(?:\s+[a-z0-9-]+){0,3}?\s+(?:at|by|as\s+of)\s+(?:the\s+)?$")
# "... are slated to be named by year-end": a deadline, not the date of a figure ("reached 280 EFLOPS by
# year-end" is)
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|to\s+be|slated|expected|expects?|plans?|planned|aims?|aimed|targets?|"
                            r"goals?|forecasts?|projected|set\s+to|on\s+track|should|could|may|might)\b")
# ("为1990年以来首次": since a year, a record's start, not the period of the figures after it)
# (or since an event that month: "自去年6月发放5G商用牌照以来，…已建成5G基站超过13万个")
_ZH_SINCE_AFTER = re.compile(r"[^，。；,;]{0,24}?以来")
_ZH_YEAR_SINCE = re.compile(r"(?:有(?:统计|记录|数据|资料)(?:记录)?|开始统计)?以来")   # ("创1992年有统计以来最大增幅")
# "in the first quarter of 2026, the first year of the 15th Five-Year Plan (2026-30), with ...": which
# year of the plan the period is, not a period of its own
_YEAR_OF_PLAN = re.compile(r"\b(?:first|second|third|fourth|fifth|final|last|opening|closing|concluding)\s+year\s+of\s+(?:the\s+)?$")
# "从12月份的情况看，…": what the month shows, not a base to change from
_ZH_FROM_THAT_IS = re.compile(r"[从由][^，。；、,;]{1,12}即$")   # "从“十四五”初期即2020年底的71.8万个增长到…"
_ZH_VIEWED_FROM = re.compile(r"的[\u4e00-\u9fff]{0,4}?来?看[,，]")
# (also with the earlier level: "是“十三五”末71.8万个的6.7倍")
_ZH_TIMES_OF = re.compile(r"[\"”]?(?:\d+(?:\.\d+)?(?:万|亿)?[个户台辆家套部元]?)?的\s*(?:\d+(?:\.\d+)?|[一二两三四五六七八九十]+)\s*倍")
# "累计销量已超过2019年全年水平": another period's level, as a yardstick
_ZH_LEVEL_OF = re.compile(r"(?:的)?(?:全年)?(?:水平|总量|规模|总和)")
_ZH_BEYOND = re.compile(r"(?:超过|超出|高于|低于|接近|达到|相当于|恢复到|回到|追平)(?:了)?$")
_CUMULATIVE_BEFORE = re.compile(r"\bcumulative(?:ly)?\b[^,;.\d]*?(?:\bfrom\s+|\bbetween\s+|\bin\s+|\bover\s+)?$", re.I)
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who|where)\s[^,;:]*$")


def _in_bare_relative_clause(low: str, before: str, ex: PeriodExpr) -> bool:
    """'The auto industry, which was shut for most of February 2020, ...': a date in a relative
    clause that states no figure describes the subject; it is not the period of the sentence's
    figures (unlike "users, which topped 1 billion in October, reached ...")."""
    m = _RELATIVE_OPEN.search(before)
    if m is None:
        return False
    close = low.find(",", ex.end)
    if close < 0 or close - ex.end > 80:
        return False
    clause = before[m.start():] + low[ex.end:close]
    return not any(c.isdigit() for c in clause)


def _year(spec, ctx: PeriodContext) -> int | None:
    if isinstance(spec, int):
        return spec
    if spec == "this":
        return ctx.ref_year
    if spec == "last":
        return ctx.ref_year - 1 if ctx.ref_year else None
    if spec == "prev":
        # "上年": the year before the one reported on (deictic "去年" is the year before the text's)
        y = ctx.default_year or ctx.ref_year
        return y - 1 if y else None
    return ctx.default_year


def resolve(ex: PeriodExpr, ctx: PeriodContext) -> Period | None:
    """Dates for one expression, or None when they cannot be pinned down."""
    if ex.kind in ("vague", "target"):
        if ex.kind == "target" and ctx.event_date and ex.year < ctx.event_date.year:
            return Period(date(ex.year, 12, 31), date(ex.year, 12, 31), True)
        return None
    if ex.kind == "now":
        if ctx.doc_period:
            return Period(ctx.doc_period.end, ctx.doc_period.end, True)
        return None
    if ex.kind == "themonth":
        b = ctx.doc_period.end if ctx.doc_period and not ctx.doc_period.instant else None
        return Period(b.replace(day=1), b, False) if b is not None and b == _month_end(b.year, b.month) else None
    if ex.kind == "fyp":
        a, b = _fyp_years(ex.fyp)
        if ctx.event_date and date(a, 1, 1) > ctx.event_date:
            return None
        return Period(date(a, 1, 1), date(b, 12, 31), False)
    if ex.kind == "years":
        end = _month_end(ex.year_end, ex.m2 or 12)
        if ctx.event_date and end > ctx.event_date:
            return None   # a run of years not over yet is no period of data
        return Period(date(ex.year, ex.m1 or 1, 1), end, False)
    if ex.kind == "lastmonth":
        if ctx.event_date is None:
            return None
        y, mo = (ctx.event_date.year, ctx.event_date.month - 1) if ctx.event_date.month > 1 \
            else (ctx.event_date.year - 1, 12)
        return Period(date(y, mo, 1), _month_end(y, mo), False)
    if ex.kind == "sameperiod":
        dp = ctx.doc_period
        if dp is None or dp.instant or dp.start.year != dp.end.year or ex.year >= dp.end.year:
            return None
        return Period(date(ex.year, dp.start.month, 1), _month_end(ex.year, dp.end.month), False)
    if ex.kind == "ytd":
        y = _year(ex.year, ctx)
        if y is None:
            return None
        dp = ctx.doc_period
        if dp and not dp.instant and dp.start.year == y and dp.end.year == y:
            return Period(date(y, 1, 1), dp.end, False)   # (in a briefing on November: January-November)
        return None
    explicit = isinstance(ex.year, int)
    y = _year(ex.year, ctx)
    if y is None:
        return None
    if ex.kind == "asof":
        d = date(y, ex.m2, ex.day) if ex.day else _month_end(y, ex.m2)
        if not explicit and ex.year is None and ctx.event_date and d > ctx.event_date:
            d = date(y - 1, ex.m2, ex.day) if ex.day else _month_end(y - 1, ex.m2)
        return Period(d, d, True)
    # interval
    a, b = date(y, ex.m1, 1), _month_end(y, ex.m2)
    if ex.year is None and ctx.recent_months and ctx.event_date and ctx.ref_year == y + 1 \
            and 0 <= (ctx.event_date - _month_end(y + 1, ex.m2)).days <= 45:
        # "1-2月份…增长5.4%" in a review of 2015 given on March 14, 2016: months just over when it was
        # given are the new year's latest data, not the same months of the year reviewed
        return Period(date(y + 1, ex.m1, 1), _month_end(y + 1, ex.m2), False)
    if ex.year is None and ctx.event_date and b > ctx.event_date and (not ctx.doc_period or a > ctx.doc_period.end):
        a, b = date(y - 1, ex.m1, 1), _month_end(y - 1, ex.m2)
    return Period(a, b, False)
