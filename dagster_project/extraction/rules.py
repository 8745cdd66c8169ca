"""Sentence-level rules that turn (phrase hit, number) pairs into catalogue observations.

Precision first: a number becomes an observation only when the indicator phrase and the
number are in the same clause and connected in one of a few ways briefing English uses:

* "N <noun>" ("4.395 million 5G base stations", "more than 340 industrial internet platforms");
* "<noun> <link verb> N" ("gigabit broadband users totaled 218 million", "the number of
  10G PON ports ... reached 29.25 million", "a total computing power of 280 EFLOPS");
* flow frames "<attribute> of <subject> ... N" / "<subject> <attribute> ... N" /
  "<subject> ..., with <attribute> ... N", including coordinated lists with "respectively";
* a growth rate right after a level ("..., up 28.2% YoY") for the same indicator and period;
* the passive voice ("5.9 million NEVs were produced and 5.8 million sold");
* a few fixed constructions (X of the 97 categories, X% of administrative villages, X% of all
  mobile phone users, X% of 5G SEP declarations, 5G-A ... X cities).

Across clauses and sentences, only where briefing prose is unambiguous: "respectively" rates
pair with levels stated in separate clauses when the counts match; an attribute opening its
sentence continues the subject of the sentence before ("December output stood at ..."); "it" /
"the growth rate" continues the single rate of the sentence before, for its own period; "slowing
from 2.2% in November" is the same indicator's rate for November.

and only when nothing in the clause says it is a different concept: an addition ("new",
"added"), a region's or company's figure (or a region as the sentence's subject), a target or
forecast, a density ("per 10,000 people"), a share of another total, a comparison period. A
question, a headline-like line (related stories) and the title state nothing.
"""
from __future__ import annotations

import re
from datetime import date
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from dagster_project.extraction.anchors import lower_ascii
from dagster_project.extraction.catalogue import _PERUSER, FLOW_PAIRS, Indicator, PhraseRole, phrase_index
from dagster_project.extraction import tables
from dagster_project.extraction.normalize import has_cjk, writes_chinese
from dagster_project.extraction.numbers import CHANGE_VERBS, Num
from dagster_project.extraction.periods import (
    _HAS_CJK, _YOY_FROM, LEVEL_VS, MON, MONTHS, Period, PeriodContext, PeriodExpr, _month_end, find_periods, resolve,
)
from dagster_project.extraction.segment import Sentence

UNIT_OK = {
    "count": (None, "count"),
    "yuan": ("yuan",),
    "percent": ("percent",),
    "eflops": ("eflops",),
    "gb": ("gb",),
    "tonnes": ("tonnes",),
}


_PART_OF_THOSE = re.compile(r"\s*of (?:those|these|them|which|the total)\b", re.I)
_SOLD_ABROAD = re.compile(r"\s+(?:abroad|overseas|to (?:foreign|overseas) (?:markets|buyers))\b", re.I)


@dataclass
class Hit:
    start: int
    end: int
    role: PhraseRole


@dataclass
class Candidate:
    indicator: str
    measure: str
    period: Period
    value: float
    unit: str
    qualifier: str
    evidence: str
    num: Num
    order: int
    defaulted: bool = False   # dated by the document's reporting period, for want of a date of its own


# --- connecting words ------------------------------------------------------------------
_QUAL = (r"(?:(?:just|slightly|well|a\s+little)\s+(?:over|under|above|below|more\s+than|less\s+than)|more\s+than|over|nearly|almost|about|around|approximately|roughly|some|c\.|close\s+to|"
         r"approaching|above|under|less\s+than|exceeding|exceeded|surpassing|an\s+estimated|at\s+least)")
_ADV = r"(?:(?:has|have|had|now|currently|already|also|further|been|all|both|cumulatively|steadily|respectively|so\s+far|to\s+date|in\s+total|nationwide|reportedly|basically|successfully|finally|together|combined)\s+)*"
_LINK_VERBS = (r"(?:reached|reaching|reaches|reach|totaled|totalled|totaling|totalling|totals|total|numbered|numbering|numbers|number|"
               r"stood\s+at|standing\s+at|stands\s+at|stand\s+at|amounted\s+to|amounting\s+to|amounts\s+to|came\s+to|coming\s+to|"
               r"came\s+in\s+at|averaged|averaging|settled\s+at|"
               r"hit|hitting|hits|touched|touching|topped|topping|tops|exceeded|exceeding|exceeds|exceed|surpassed|surpassing|surpasses|"
               r"passed|crossed|broke\s+through|is|are|was|were|(?<=had\s)been|of|at|rose\s+to|increased\s+to|grew\s+to|climbed\s+to|"
               r"jumped\s+to|expanded\s+to|risen\s+to|grown\s+to|approached|approaching|approaches|neared|nearing|registered|"
               r"recorded|posted|generated|achieved|realized|realised|produced|sold|shipped|saw|with|to|:|=|"
               r"earned|logged|raked\s+in|brought\s+in|pocketed|booked|racked\s+up|pulled\s+in)")
_CURRENCY = r"(?:(?:RMB|CNY|¥)\s?)?"
_RECORD = r"(?:(?:a|another)\s+(?:new\s+)?record(?:\s+high)?(?:\s+of)?\s+|(?:an?\s+)?all-time\s+high\s+of\s+)?"   # "hit a record 31.4 million"
_LINK_END = re.compile(r"(?:^|[\s,(])" + _ADV + _LINK_VERBS + r"\s*" + _RECORD + r"(?:(?:just|only|a\s+mere)\s+)?(?:" + _QUAL + r"\s*)?" + _CURRENCY + "$", re.I)
_LINK_END_STRICT = re.compile(r"(?:^|[\s,(])" + _ADV + r"(?:reached|reaching|reaches|totaled|totalled|totaling|totalling|"
                              r"totals|total|numbered|numbering|numbers|number|stood\s+at|standing\s+at|stands\s+at|amounted\s+to|came\s+to|came\s+in\s+at|hit|hitting|"
                              r"touched|topped|exceeded|exceeding|exceeds|exceed|surpassed|surpassing|passed|crossed|broke\s+through|"
                              r"is|are|was|were|(?<=had\s)been|of|at|rose\s+to|increased\s+to|grew\s+to|grown\s+to|risen\s+to|climbed\s+to|jumped\s+to|expanded\s+to|surged\s+to|soared\s+to|"
                              r"(?:more\s+than\s+|nearly\s+|almost\s+)?(?:doubled|tripled|trebled|quadrupled)\s+to|approached|approaching|registered|recorded|(?:to\s+)?end(?:ing|ed)?\s+the\s+(?:year|quarter|month|period)\s+(?:with|at)|:|"
                              r"made\s+up|accounted\s+for)"   # ("of which intelligent computing power … made up 70 EFLOPS": the unit says which)
                              r"\s*(?:(?:just|only|a\s+mere)\s+)?(?:" + _QUAL + r"\s*)?" + _CURRENCY + "$"   # ("numbered just 6.4 million")
                              r"|^\s+(?:with|under|of)\s+[a-z\s-]{3,50}:\s*(?:" + _QUAL + r"\s*)?$", re.I)   # factbox "<noun> with ... influence: over 150"
# "CAAM recorded 163,000 NEV sales", "The country logged more than 31 million vehicle sales"
_RECORD_VERB = r"(?:recorded|registered|logged|posted|reported|booked|notched\s+up|chalked\s+up|saw)"
_RECORDED_BEFORE = re.compile(r"\b" + _RECORD_VERB + r"\s+"
                              r"(?:(?:a\s+record|an?\s+all-time\s+high\s+of|a\s+total\s+of|some|about|around|roughly|"
                              r"approximately|nearly|almost|more\s+than|over|close\s+to)\s+)*$", re.I)
_NP_GAP = re.compile(r"[\s\"']*(?:(?:the|a|total|cumulative|cumulatively|national|national-level|provincial-level|nationwide|"
                     r"active|operational|existing|influential|key|major|registered|certified|recognized|recognised|domestic|chinese|"
                     r"units|sets|of|\((?:units|sets)\))[\s\"',]+)*", re.I)   # ("76 million units (sets) of industrial equipment")
_DASH_BEFORE = re.compile(r"\s(?:--?|–|—)\s*$|:\s*$")
_SUBJECT_LIST_GAP = re.compile(r"(?:\s+(?:sector|industry))?(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*、\s*|和|与)\s*(?:the\s+)?", re.I)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?(?:of\s+)?|\s+and\s+(?:of\s+)?(?:the\s+(?=[a-z]))?|\s*、\s*|和|与|及|/)\s*", re.I)
_YOY_WORD = re.compile(r"\s*(?:year-on-year|year\s+on\s+year|y-o-y|yoy|y/y)\b", re.I)
# "grew a modest 4.7%", "grew a more modest 2.7 percent", "an anaemic 1.1%"
_RATE_ADJECTIVE = (r"a\s+(?:(?:more|rather|relatively|comparatively|still)\s+)?(?:mere|meager|meagre|modest|scant|slight|sluggish|tepid|paltry|"
                   r"feeble|weak|healthy|solid|robust|respectable|brisk|strong|decent|lacklustre|lackluster|disappointing|stellar|whopping|"
                   r"hefty|sharp|steep|record|staggering|remarkable|blistering|breathtaking|dramatic|stunning|surprising|punchy|torrid|"
                   r"dizzying|rapid|swift|painful|bruising|(?:faster|slower|stronger|weaker|better|worse)-than-(?:expected|forecast|anticipated))"   # ("a faster-than-expected 6.3 percent")
                   r"|an\s+(?:anaemic|anemic|impressive|eye-popping|eye-watering|astonishing|"
                   r"astounding|extraordinary|enormous|unprecedented|underwhelming)")
_THAN_EXPECTED = re.compile(r"\b(?:faster|slower|stronger|weaker|better|worse)-than-(?:expected|forecast|anticipated)\b", re.I)
_SET_IN_BEFORE = re.compile(r"\b(?:set|recorded|seen|registered|posted|reached|hit|logged)\s+(?:in|during)\s+(?:the\s+)?$", re.I)
_ROSE_TO = re.compile(r"(?:jumped|rose|climbed|surged|soared|fell|dropped|slid|slipped|declined|slumped|sank)(?:\s+\w+)?\s+to", re.I)
_GROWTH_BEFORE = re.compile(
    r"(?:\b(?P<w>(?<!making\s)(?<!makes\s)(?<!make\s)(?<!made\s)up|down|rose|risen|rising|rises|rise|grew|grown|grows|growing|grow|increased|increases|increase|"
    r"increasing|decreased|decreases|decrease|decreasing|fell|fallen|falls|falling|declined|declines|decline|declining|"
    r"dropped|drops|drop|dropping|jumped|jumps|jump|jumping|surged|surges|surge|surging|soared|soars|soaring|climbed|climbs|climb|"
    r"climbing|expanded|expands|expanding|gained|gaining|advanced|advancing|(?:sky)?rocketed|(?:sky)?rocketing|leapt|leaped|leaping|"
    r"slipped|slipping|slid|sliding|shrank|shrinking|contracted|contracting|retreated|retreating|shed|shedding|"
    r"(?:edged|edging|inched|inching|ticked|ticking)\s+(?:up|down)|picked\s+up|dipped|dipping|went\s+up|went\s+down|"
    r"(?:picked\s+up|accelerated|quickened|slowed|eased|rebounded|recovered|(?:edged|inched|ticked)\s+(?:up|down))(?:\s+(?:slightly|sharply|further|markedly|modestly))?"
    r"(?:\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))?\s+to|"
    r"(?:jumped|rose|climbed|surged|soared|fell|dropped|slid|slipped|declined|slumped|sank)(?:\s+(?:slightly|sharply|further))?\s+to|"   # (with its yoy mark only)
    r"plunged|plunging|plummeted|plummeting|tumbled|tumbling|slumped|slumping|sank|sinking|sunk|crashed|crashing|collapsed|collapsing|"
    r"off(?=\s)|"   # ("with production off 1.0 percent at 25.2 million")
    # ("high-tech manufacturing held up better at +4.0% yoy", "swung back into positive territory at 2.3%")
    r"held\s+up(?:\s+(?:(?:even|comparatively|relatively|fairly)\s+)?(?:better|well))?(?=,?\s+at\s)|swung\s+(?:back\s+)?into\s+(?:positive\s+territory|growth)(?=,?\s+at\s)|"
    # (also "growth for the first three quarters came to 6.4 percent")
    r"growth(?:\s+rate)?(?:(?:\s+(?:for|in|during|over)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,3}?)?\s+(?:of|was|stood\s+at|reached|hit|came\s+(?:in\s+)?(?:at|to)"
    r"|held(?:\s+(?:steady|stable|firm))?\s+at|(?:remained|stayed)(?:\s+(?:steady|stable|unchanged))?\s+at))?|"   # ("IP growth held at 4.5%yoy in Sep")
    r"an?\s+(?:year-on-year\s+|yoy\s+|slight\s+|further\s+|significant\s+|steady\s+|marginal\s+|robust\s+)?"
    r"(?:increase|decrease|rise|drop|decline|growth|gain|jump|surge|fall|contraction)\s+of|"
    r"(?:increases|decreases|rises|drops|declines|gains|jumps|falls)\s+of)"   # "..., gains of 3.2% and 3%"
    # ("grew faster, at 11.7%", "expanded at an annual rate of 9.2%"; "declined last year by 4.2 percent")
    # ("Production fell even faster, by 4.2%, to 27.81m")
    r"(?:(?:\s+(?:last|this)\s+year)?\s+(?:by|of)|,\s+by|\s+(?:even\s+)?(?:faster|further|harder|more\s+(?:sharply|steeply|slowly|quickly)|sharply|steeply),\s+by|(?:\s+(?:even\s+)?(?:faster|more\s+(?:quickly|rapidly|strongly)|rapidly|quickly|strongly|robustly|steadily|"
    r"(?:the\s+)?fastest))?,?\s+at(?:\s+an?\s+(?:annual\s+)?(?:rate|pace)\s+of)?)?\s*(?:(?:just|only|slightly|marginally|another|a\s+further|" + _RATE_ADJECTIVE + r")\s+)?(?:" + _QUAL + r"\s*)?(?:(?<=\sat\s)\+)?"   # ("held up relatively well at +4.0%")
    r"|(?P<zh>(?:同比)?(?:分别)?(?:只|仅|也|仍|均|继续|曾|一度)?(?:大幅|小幅)?(?:增长|增加|提高|上升|下降|减少|回落|(?:大|下|暴)?跌(?![幅破至])|(?:大|猛|激|骤)增|(?:进一步)?回升至|增速(?:分别)?(?:则|也|仍)?(?:只有|仅有|仅为|保持在|为|达到?|(?:已)?(?:收窄|回落|放缓|加快|回升|提高|提升|跃升|攀升)至)?|增幅(?:分别)?(?:为|达到?)?|(?:跌幅|降幅)(?:已|进一步|则)?(?:收窄|缩小|扩大)至)(?:了)?[ \t]?(?:(?<=增长)(?:超过|逾))?)"
    r"|(?:^|(?<=[\s,(:;]))(?P<sign>[+-]))$", re.I)   # "+9.8% y-o-y" in tables and lists
# the year before, as the base of a yoy rate ("12% more than the year before", "up on a year earlier")
_PRIOR_YEAR = r"(?:a\s+year\s+(?:earlier|ago|before)|(?:in\s+)?the\s+(?:previous|prior|preceding)\s+year|the\s+year\s+before)"
_GROWTH_AFTER = re.compile(r"\s*(?:(?:year-on-year|year\s+on\s+year|yoy|y/y|y-o-y)\s+)?"
                           r"(?P<w>growth|increase|rise|gain|jump|surge|leap|decline|decrease|drop|contraction|fall|plunge|slump|tumble)\b"   # ("163,000 units, a 27.4% plunge from a year earlier")
                           r"|\s*(?P<up>up|down)\s+(?:on|from|over)\s+(?:" + _PRIOR_YEAR + r"|last\s+year)\b"
                           r"|\s*(?P<than>more|higher|fewer|lower|less)\s+than\s+(?:" + _PRIOR_YEAR + r"|(?:in\s+)?last\s+year|in\s+(?P<yr>(?:19|20)\d\d)\b|"
                           r"(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?P<yr_m>(?:19|20)\d\d)\b|"   # ("9.6% higher than July 2023")
                           r"(?:in\s+)?the\s+same\s+(?:period|month|quarter)\s+(?:of\s+|in\s+)?(?:last|the\s+previous)\s+year|"
                           r"(?:in\s+)?the\s+same\s+(?:period|month|quarter)\s+(?:of|in)\s+(?P<yr_p>(?:19|20)\d\d)|"   # ("1.4 per cent more than in the same period of 2019")
                           r"(?:in\s+)?the\s+same\s+(?:period|month|quarter)\s+a\s+year\s+(?:earlier|ago|before))\b"
                           # "was 8.4% below a year earlier", "ran 3% above the level of a year ago"
                           r"|\s*" + LEVEL_VS + r"(?:" + _PRIOR_YEAR + r"|last\s+year"
                           r"|the\s+same\s+(?:period|month|quarter)\s+(?:of\s+|in\s+)?last\s+year)\b", re.I)
_NEGATIVE = re.compile(r"down|fell|fall|declin|decreas|drop|slipped|slipping|slid|shrank|shrink|contract|dipped|dipping|shed|"
                       r"retreat|plung|plummet|tumbl|slump|sank|sink|sunk|crash|collaps|^off$|"
                       r"下降|减少|跌|降幅|回落(?!至)", re.I)   # ("增速回落至1.5%": growth fell to 1.5%, still up)
# "Major industrial firms refer to those with annual main business revenue of at least 20 million yuan":
# the headline's definition, which a following "Growth came in at 4.5 percent in September" looks past
_SIZE_DEFINITION = re.compile(r"\b(?:refers?\s+to|(?:is|are)\s+defined\s+as|(?:is|are)\s+those)\s+(?:those\s+|firms\s+|companies\s+|enterprises\s+)?"
                              r"with\s+(?:an?\s+)?annual\s+(?:main\s+)?(?:business\s+)?(?:revenue|turnover|income|sales)", re.I)
_RATE_TALK = re.compile(r"\b(?:headline|figure|number|pace|speed|momentum|growth|slowdown|acceleration|profile|breakdown"
                        r"|compares|comparison|base\s+effects?|(?:low|weak|high)\s+base)\b"   # ("That number compares against a first half …")
                        r"|\bwithin\s+the\s+(?:quarter|half|year)\b")   # ("But the profile within the quarter matters more.")
_OTHER_MEASURE = re.compile(r"\b(?:sales|exports?|imports?|investment|revenue|profits?|prices|inflation|retail|consumption|gdp)\b")
_NOT_YOY_OPENER = re.compile(r"(?:month-on-month|month\s+on\s+month|quarter-on-quarter"
                             # ("On a mom sa basis, IP rose 0.63%", "In m/m seasonally-adjusted terms, output rose 0.39%")
                             r"|(?:on(?:\s+an?)?|in)\s+(?:(?:monthly|sequential|quarterly|mom|m/m|m-o-m|month[\s-]on[\s-]month|qoq|q/q|"
                             r"quarter[\s-]on[\s-]quarter|sa|seasonally[\s-]adjusted)\s+){1,3}(?:basis|terms)"
                             r"|sequentially|from\s+the\s+previous\s+month|(?:从|按)?环比(?:看|来看|上看)?)\s*[,，]", re.I)   # ("从环比看，2月份…增长0.61%")
_TIMES_AFTER = re.compile(r"\s*(?:times|fold)\b", re.I)
_TIME_SPAN_AFTER = re.compile(r"\s+(?:decades?|years?|months?|quarters?)\b|多?(?:年|个月)(?:来|以来)", re.I)   # (also "为近20多年来最低增速")
_LISTED_RATE_TAIL = re.compile(r"\s+(?:(?P<noun>growth|increase|rise|gain|expansion|contraction|drop|decline|fall|decrease|slump)\s+)?(?:in|during|for)\s+", re.I)
_FALL_NOUNS = frozenset(("contraction", "drop", "decline", "fall", "decrease", "slump"))
_MONTH_ON_MONTH = re.compile(r"\b(?:MoM|m/m|m-o-m|month[\s-]on[\s-]month|sequential(?:ly)?|(?:previous|prior|preceding)\s+month|on\s+the\s+month)\b|环比", re.I)
_MOM_AFTER = re.compile(r"\s*(?:MoM|m/m|m-o-m|month[\s-]on[\s-]month|sequentially)\b", re.I)
_MOM_BEFORE = re.compile(r"\b(?:MoM|m/m|m-o-m|month[\s-]on[\s-]month|sequential(?:ly)?)\b[^.;%]{0,40}$", re.I)
# a record remark after the rate, not its base ("and the first year below 1 billion tonnes since 2019")
_RECORD_SINCE = re.compile(r"(?:,|\band)\s+(?:the|its)\s+(?:first|lowest|highest|weakest|slowest|strongest|fastest|biggest|largest|"
                           r"smallest|sharpest|steepest|best|worst)\b[^,;.]{0,50}?\bsince\b[^,;]*", re.I)
_AGAINST_MONTH_LEVEL = re.compile(r"\s+(?:against|versus|vs\.?|from|compared\s+(?:to|with))\s+[\d.,]+\s*(?:mn?t|Mt|million|billion|units|tonnes|tons|vehicles)\b"
                                  r"[^,;.\d]{0,20}?\bin\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
                                  r"(?!\s*(?:last\s+year|a\s+year|of\b|\d|,\s*\d))", re.I)
_NOT_YOY = re.compile(r"month-on-month|month\s+on\s+month|quarter-on-quarter|quarter\s+on\s+quarter|\bm/m\b|\bq/q\b|\bm-o-m\b|\bq-o-q\b|"
                      r"\bmom\b|\bqoq\b|annual\s+average|average\s+annual|annuali[sz]ed|compound|cumulative|"
                      r"compared\s+(?:to|with)\s+(?:the\s+end|(?:19|20)\d\d)|from\s+the\s+end|from\s+the\s+(?:previous|prior|preceding)\s+(?:month|quarter)|"
                      r"over\s+(?:the\s+)?(?:last|previous|prior|preceding)\s+(?:month|quarter)|"   # ("increased by 0.62 percent over last month")
                      r"(?<!fastest )(?<!slowest )(?<!strongest )(?<!weakest )(?<!highest )(?<!lowest )"   # not "the fastest since 2018"
                      r"(?<!decline )(?<!drop )(?<!fall )(?<!contraction )(?<!increase )(?<!rise )(?<!expansion )(?<!level )since|环比|年均|"   # ("the first annual decline since 1981")
                      r"\b(?:over|from)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
                      r"(?!\s*(?:to|through|till|until|and)\b|\s*[-–]|,?\s+(?:of\s+)?(?:last\s+year|a\s+year|the\s+(?:previous|prior)\s+year|(?:19|20)\d\d))|[比较]上个?月|[比较]上季度?|[比较](?:上年|去年)(?:末|底)|"
                      r"\bthan\b(?<!more than)(?<!less than)(?<!fewer than)|higher|lower|(?:faster|slower)(?!\s+growth\s+of\b)|percentage\s+point|over\s+(?:19|20)\d\d|from\s+(?:19|20)\d\d\b|"   # (not "to more than 28,000")
                      r"compared\s+(?:to|with)\s+the\s+(?:previous|last)\s+(?:month|quarter)|"
                      r"与(?:19|20)\d\d年(?:同期)?相比|[比较](?:19|20)\d\d年|两年平均", re.I)
_YOY_MARK = re.compile(r"year-on-year|year\s+on\s+year|year-over-year|year\s+over\s+year|\byoy\b|y/y|y-o-y|"
                       r"(?:from|on|over)\s+" + _PRIOR_YEAR + r"|"
                       r"same\s+period|\bon\s+year\b(?![\s-]+(?:ago|earlier|end))|over\s+last\s+year|from\s+last\s+year|同比", re.I)
# (searched in lowercased text)
_BASIS_OPENER = re.compile(r"\s*(?:on\s+(?:that|this|(?P<avg>a\s+two-year(?:\s+average)?|an?\s+(?:annual\s+)?average))\s+basis"
                           r"|by\s+that\s+measure|measured\s+(?:that|this)\s+way)\b")
# "+31.7% and +32.5% y/y": the signed rates listed before one y/y mark
_ELIDED_VA_GAP = re.compile(r"\s+(?:value[\s-]added\s+)?")
# "output of industrial robots up 31.5% and service robots up 18.2%": a second subject with the first's attribute
_SECOND_SUBJECT_GAP = re.compile(r"\s*(?:units\s*|vehicles\s*|(?:yoy|y/y|y-o-y|year[\s-]on[\s-]year)\s*)?(?:(?:in|for|during)\s+[^,;.\d%]{3,30}?\s*)?,?\s*(?:and|while|whereas)\s+(?:(?:that|those)\s+of\s+)?(?:the\s+)?", re.I)
_SECOND_FIGURE_GAP = re.compile(r"\s+(?:(?:was|were)\s+)?(?:(?P<v>up|rose|grew|increased|expanded|climbed|jumped|gained|"
                                r"down|fell|declined|dropped|decreased|shrank)\s+)?(?:by\s+)?", re.I)
# "grew 7.0% y/y in Jan-Feb, with high-tech manufacturing +7.5% and equipment manufacturing +7.8%": a list of
# the parts after a rate stated as year on year
_WITH_SIGNED = re.compile(r"(?:\bwith|,?\s+and)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s\+$")
_NAMED_SIGNED = re.compile(r"(?:^|[-•*·:,\n]\s*)[A-Za-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s\+$")   # "- High-tech manufacturing +11.7%"
# A broker's bullet states a stock with no verb: "• 5G BTS 1.854mn at end-Jun", "...; 5G mobile phone users
# 455mn." The noun opens the bullet or a clause after ";" (a month or half may come first), and the figure
# closes the item or is dated right after it.
_TERSE_PERIOD = (r"(?:(?:[1-4]Q|[12]H|Q[1-4]|H[12]|FY)(?:\d{2}|\d{4})?|(?:end-)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)"
                 r"(?:-\d{2})?|20\d\d|YTD)")
_TERSE_ITEM_BEFORE = re.compile(r"(?:[^;]*;\s*|\s*[-•*·▪]\s*)(?:" + _TERSE_PERIOD + r"\s+)?(?:China's\s+)?(?:(?:mobile|total)\s+)?")
_TERSE_ITEM_AFTER = re.compile(r"\s*(?:$|[,;.(]|/(?:user|subscriber|month)\b|at\s+end|as\s+(?:of|at)\s|in\s+(?:" + _TERSE_PERIOD + r")\b)")
_SIGNED_LIST_REST = re.compile(r"^(?:\s*(?:,|,?\s+and|/)\s*(?:[a-zA-Z][\w-]*\s+){0,4}?[+-]\d{1,3}(?:\.\d+)?\s?%)+")   # (also "… VA +7.5% and high-tech manufacturing VA +9.1% YoY")
_COMPARED_WITH_END = re.compile(r"\bcompared\s+(?:with|to)\s+(?:an?\s+)?$", re.I)
_IN_THE_COUNTRY = re.compile(r"\s+(?:in\s+(?:the\s+country|China|the\s+nation)|nationwide|domestically)\b", re.I)
_AFTER_A_END = re.compile(r"\b(?:following|after|deepening|extending)\s+an?\s+$", re.I)
_CHANGE_TO_LEVEL = re.compile(r"\s*(?:rise|increase|gain|jump|surge|climb|drop|decline|fall|slide|slump|contraction|plunge|collapse|tumble|dip)\s+to\s+(?:"
                              + _QUAL + r"\s+)?", re.I)
# (also "was down 3.6% yoy in Jan-Sep at 768.48mt")
_LATER_TO_LEVEL = re.compile(r"(?:\s+(?:y/y|yoy|y-o-y|year[\s-]on[\s-]year|on[\s-]year|from\s+a\s+year\s+(?:earlier|ago)))?(?:\s+(?:in|during|for)\s+[^,;\d]{3,30}?)?(?:,?\s+to|\s+at)\s+"
                             r"(?:an?\s+(?:record|all-time)(?:\s+high)?(?:\s+of)?\s+)?(?:" + _QUAL + r"\s+)?", re.I)   # (", to about 960m tonnes", "to a record 28.88 million")
_CONVERSION_OPEN = re.compile(r"(?:\s*(?:yuan|RMB))?\s*\(\s*(?:(?:about|around|approximately|roughly|some|nearly|or)\s+)?(?:US\s*)?\$?\s*", re.I)
_UNIT_WORDS = re.compile(r"(?:\s+(?:units|vehicles|cars|NEVs|sets|tonnes|tons|users|subscribers))?", re.I)

# --- concept discipline -----------------------------------------------------------------
_PROVINCES = (
    r"Beijing|Tianjin|Hebei|Shanxi|Inner\s+Mongolia|Liaoning|Jilin|Heilongjiang|Shanghai|Jiangsu|Zhejiang|Anhui|Fujian|"
    r"Jiangxi|Shandong|Henan|Hubei|Hunan|Guangdong|Guangxi|Hainan|Chongqing|Sichuan|Guizhou|Yunnan|Tibet|Xizang|Shaanxi|"
    r"Gansu|Qinghai|Ningxia|Xinjiang|Hong\s+Kong|Macao|Macau|Taiwan|Shenzhen|Guangzhou|Hangzhou|Suzhou|Wuhan|Chengdu|"
    r"Xi'an|Nanjing|Qingdao|Dalian|Yantai|Xiamen|Ningbo|Shenyang|Changsha|Zhengzhou|Hefei|Jinan|Harbin|Kunming|Fuzhou|"
    r"Wuxi|Dongguan|Foshan|Tangshan|Baotou|Xiong'an|Pudong|Zhongguancun|Yangtze\s+River\s+Delta|Pearl\s+River\s+Delta|"
    r"Greater\s+Bay\s+Area|Beijing-Tianjin-Hebei")
_REGION = re.compile(
    r"\b(?:" + _PROVINCES + r")\b|\b(?:province|provinces|provincial(?!-level)|municipality|municipalities|autonomous\s+region|"
    r"prefecture|county|counties|city's|cities'|the\s+city|district|the\s+region|regional)\b"
    r"|\b(?:company|company's|companies'|corporation|group's|Huawei|ZTE|China\s+Mobile|China\s+Telecom|China\s+Unicom|"
    r"China\s+Broadnet|China\s+Tower|Xiaomi|BYD|Tesla|Apple|Samsung|Ericsson|Nokia|Qualcomm|Lenovo|Haier|Midea|Geely|SAIC|"
    r"operator's|operators'|the\s+US|the\s+United\s+States|Europe|EU|Japan|South\s+Korea|India|Germany)\b"
    r"|广东|江苏|浙江|山东|北京|上海|天津|重庆|河北|河南|湖北|湖南|四川|福建|安徽|辽宁|陕西|省|市|自治区|公司", re.I)
_OF_TOTAL_AFTER = re.compile(r"\s+of\s+(?:the\s+)?(?:total|all|overall|the\s+country's|China's|national)\b", re.I)
_EARLIER_WHEN_CLAUSE = re.compile(r"\b(?:a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year),\s+when\s+[^,;.]*$", re.I)
# a capitalised owner right before the subject; only the country, its agencies, a month or the sector itself are national
_NAMED_OWNER = re.compile(r"(?<![\w'])(?P<name>(?-i:[A-Z][A-Za-z&.-]+(?:\s+[A-Z][A-Za-z&.-]+){0,2}))'s\s+$")
_NATIONAL_OWNERS = frozenset(
    "china beijing miit nbs caam caict cpca ministry bureau nation country economy industry "
    "industrial manufacturing telecom telecoms sector january february march april may june july august september october "
    "november december".split() + ["mainland china", "state council", "the state council", "the ministry", "the bureau", "the nation", "the country", "the economy",
                                    "the industry", "the sector", "mainland"])
_WORLD = re.compile(r"\b(?:global|globally|worldwide|world's|in\s+the\s+world|around\s+the\s+world)\b|全球|世界", re.I)
_ON_TRACK = re.compile(r"\bon\s+(?:track|course)\s+to\b", re.I)
# "5G users in China to exceed 560 million by year end" (a headline's future)
_TO_LINK_BEFORE = re.compile(r"[^,;.\d]{0,40}?\bto\s+(?:exceed|reach|top|surpass|hit|pass|cross)\s+(?:" + _QUAL + r"\s+)?$", re.I)
_ADDITION = re.compile(r"\b(?:new(?![\s-]energy)|newly|added|adding|adds|additional|increment(?:al)?|net\s+(?:increase|addition|gain)s?|"
                       r"increased\s+by|increase\s+of|rose\s+by|grew\s+by|more\s+than\s+(?:last|the\s+previous)|extra)\b"
                       r"|新增|新建|净增|增加|(?<![覆涵遮掩])盖", re.I)   # (Taiwan's "一年盖逾60万座": built in a year)
# "the third batch of 2,930 \x22little giant\x22 firms": a later batch, not the first (which is all there is)
_LATER_BATCH = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:nd|rd|th))\s+batch\s+of\s+(?:" + _QUAL + r"\s+)?$", re.I)
_BUILT_BEFORE = re.compile(r"\b(?:built|constructed|installed|deployed|set\s+up|opened)\s+(?:" + _QUAL + r"\s+)?$", re.I)
_DENSITY = re.compile(r"\bper\b(?!\s+cent|\s+second)|\bevery\s+\d|\bper\s+capita\b|每万人|每百人|人均|户均", re.I)
_SUBSET = re.compile(r"\b(?:among\s+them|of\s+which|including|such\s+as)\b|其中", re.I)
_PCT_SHARE = re.compile(r"(?:accounting|accounted|accounts|account|making\s+up|made\s+up|representing|constituting|share|"
                        r"proportion)\b[^,;]*$", re.I)
_DET_BEFORE = re.compile(
    r"(?:^|[\s,(])(?:with|and|the|its|their|whose|while|as|of\s+which|achieving|achieved|realized|realised|recorded|posted|(?:produced|made)(?:\s+an?)?|"
    r"generated|registered|saw|seeing|reported|earned|booked|logged|racked\s+up|raked\s+in|pulled\s+in|brought\s+in|had|having|year-on-year|yoy|cumulative|total|combined|main|"
    r"total\s+business|cumulative\s+business)(?:(?<=ed|ng|ad)\s+an?)?\s*$|[;:]\s*$|\s[-\u2013\u2014]\s+$"   # ("registered a revenue of"; "NEVs did better - production of")
    r"|\b(?:as\s+for|in\s+terms\s+of|regarding|when\s+it\s+comes\s+to|speaking\s+of)\s+[^,;]{2,40},\s*$", re.I)   # "...; total profit grew ...": the same subject
_NATIONAL_MARK = re.compile(r"全国|我国|national|nationwide|the\s+country|China's|across\s+China|in\s+China|the\s+nation|the\s+mainland", re.I)
# a country's figure quoted after a region's: "of the national total of about 136,000", "the nation's
# 4.549 million", "占全国总数（293.7万个）"; "the national average of 6.4 percent", "6.6 percent for the
# country as a whole", "the national trend of an 11.1 percent decline"
_NATIONAL_TOTAL_BEFORE = re.compile(r"(?:\bnational\s+(?:total|figure)|\b(?:nation|country)'s(?:\s+total)?|\bnationwide\s+total|"
                                    r"\btotal\s+for\s+the\s+(?:country|nation)|全国(?:总数|总量|合计)?)"
                                    r"\s*(?:of\s+)?(?:(?:about|around|roughly|nearly|some|more\s+than|over)\s+)?[（(]?\s*", re.I)
_NATIONAL_RATE_BEFORE = re.compile(r"(?:\bnational\s+(?:average|rate|growth|level|trend|figure)|全国(?:平均)?(?:水平)?)"
                                   r"\s*(?:of\s+)?(?:an?\s+)?(?:(?:growth|increase|expansion)\s+of\s+)?[（(]?\s*", re.I)
_NATIONAL_RATE_AFTER = re.compile(r"\s*(?:(?:growth|increase|rise|decline|drop|fall)\s+)?(?:for|in|across)\s+(?:the\s+)?"
                                  r"(?:country|nation)(?:\s+as\s+a\s+whole)?\b|\s+(?:nationally|nationwide)\b", re.I)
_DECLINE_AFTER = re.compile(r"\s*(?:(?:y/y|y-o-y|yoy|on[\s-]year|year[\s-]on[\s-]year)\s+)?(?:decline|drop|fall|decrease|contraction|slump|plunge|collapse|slide|tumble|crash|dip|downturn)\b", re.I)
# "High-tech manufacturing, hit by weak global demand for electronics, expanded 2.7%": a cause, no scope
_CAUSE_ASIDE = re.compile(r",\s+(?:hit|hurt|helped|boosted|driven|dragged(?:\s+down)?|weighed\s+down|affected|supported|buoyed)"
                          r"\s+by\s+[^,;]{3,80}?(?:(?:,\s*[^,;\d]{2,40}?)*,?\s+and\s+[^,;\d]{2,40}?)?,", re.I)   # (a list: "by solar cells, batteries and cars")
_MINISTRY_SAID = re.compile(r",\s+(?:the\s+)?(?:MIIT|Ministry\s+of\s+Industry\s+and\s+Information\s+Technology(?:\s+\(MIIT\))?|ministry)\s+"
                            r"(?:said|says|announced|reported)\b")
_FIGURE_THEN_BRACKET = re.compile(r"\d\s?(?:%|percent|per\s+cent)?\s*\($")
_BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# "961k 5G base stations (about 70% of the world total)": China's share of the world, in passing
_WORLD_SHARE_ASIDE = re.compile(r",\s*(?:accounting\s+for|representing|making\s+up|or)\s+(?:" + _QUAL + r"\s+)?[\d.]+\s?(?:%|percent|per\s+cent)\s+"
                                r"of\s+(?:the\s+)?(?:world's|global|world)(?:\s+total)?(?=,)", re.I)
_WORLD_SHARE_BRACKET = re.compile(r"\((?:about|around|nearly|almost|over|more\s+than|roughly|some)?\s*[\d.]+\s?(?:%|percent|per\s+cent)\s+"
                                  r"of\s+(?:the\s+)?(?:world|global)[^()]{0,30}(?:\)|$)")
# (not "南方都市报", "股市", "超市": a metropolis, a market)
_ZH_PLACE_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}(?:省|(?<![都股超车楼城])市|自治区|县|区)(?!场|值)")   # "洛阳市工业和信息化局"
# a province's, city's or region's own scope: in a title, the whole bulletin; in a sentence, its later clauses
_ZH_NATIONAL_CLAUSE = re.compile(r"(?:^|(?<=[，,；;：:。！？\n]))\s*(?:[\d年月份季度前上下半全末底截至一二三四五六七八九十]{0,10}?)(?:全国|我国)")   # (also opening the sentence; "，2017年全国…")
_ZH_OWN_SCOPE = re.compile(r"全省|全市|全区(?!域)|我省|我市|我区|本省|本市|(?<![\u4e00-\u9fff])自治区")   # ("，自治区规模以上工业…")
# "位居全球第二", "连续11年位居世界首位", "全球领先", "领跑全球": a rank, not the world's figure
# (also a share of the world's total after the figure: "占全球比重超过60%", "占全球总数的70%")
_ZH_WORLD_RANK = re.compile(r"(?:位居|居|位列|稳居|保持|蝉联)?(?:全球|世界)(?:第[一二三四五六七八九十\d]+(?:位)?|首位|前列|领先|(?:规模)?最大|之首)"
                            r"|(?:领跑|领先|引领)(?:全球|世界)"
                            r"|占(?:全球|世界)(?:比重|总[数量]的?|的?比重)")
_ZH_TAKING_PART = re.compile(r"\s*(?:参与|参加|加入|入选|获评|获得)")
_ZH_ONE_FIRM = re.compile(r"(?:该|这家|此|这个)(?:企业|公司|工厂|集团|厂)")
# a listed firm named by its stock code: "宝钢股份(600019.SH)1-2月粗钢产量同比增长3.1%", "BYD (1211.HK)"
_STOCK_CODE = re.compile(r"[(（]\s*\d{4,6}\s*\.\s*(?:SH|SZ|HK|SS|BJ)\s*[)）]|\b(?:个股|从个股来看)", re.I)
_ZH_NATIONAL_YARDSTICK = re.compile(r"(?:占|居|位居|稳居|位列|列|高于|低于|快于|慢于|领先|超过|好于|比|较)全国|全国(?:领先|排名|前茅|第[一二三四五六七八九十\d]|前[列\d一二三四五六七八九十]|平均|水平|首位)")


def _subject_of(indicator_id: str) -> str | None:
    """The flow subject an indicator is read from ("nev" for nev_sales)."""
    return next((k for k, v in FLOW_PAIRS.items() if v == indicator_id), (None,))[0]


_NATIONAL_IN_TITLE = re.compile(r"\bnational\s+(?:factory|industrial|economic|economy|output|growth|data|figures|production|sales)\b"
                                r"|\bnationwide\b|\bChina's\b|\bacross\s+China\b", re.I)   # (not "national green factories", a list's name)


def regional_document(title: str) -> bool:
    """A province's or city's own bulletin ("上半年全省工业和信息化运行情况", "Zhejiang's industrial
    economy grows steadily in H1"), whose unmarked figures are all its own."""
    if _ZH_OWN_SCOPE.search(title):
        return True
    rest = re.sub(r"^(?:\d{4}年)?(?:[上下]半年|前三季度|一季度|\d{1,2}[-—至]?\d{0,2}月份?)?", "", title)
    head = _ZH_REGION.match(rest)
    if head and head.group() not in ("省", "市", "公司") or _ZH_PLACE_NAME.match(rest):
        return True
    words = title.lower().replace("'s ", " ").split()[:1]
    # (not "Shanghai bets on humanoid robots as national factory output grows 6.1% in Q1": the country's too)
    return bool(words) and words[0] in _REGION_WORDS and words[0] not in ("beijing", "beijing's") \
        and not _NATIONAL_IN_TITLE.search(title)


_ALONE_AFTER = re.compile(r"(?:\s+(?:sales|output|production|growth))?\s+alone\b|单月")   # ("December sales alone climbed 15.4pc")
_LEAD_PERIOD_PHRASE = re.compile(r"(?:(?:in|during|for|over)\s+[^,;]{3,40},\s*|according\s+to\s+[^,;\d]{3,60},\s*)?", re.I)   # (or a source: "According to the ministry's data, the sector raked in")
_ANAPHOR_OPEN = re.compile(r"(?:(?:businesses|companies|firms|enterprises|players)\s+in\s+)?(?:the|this)\s+(?:sector|industry)\b", re.I)
_INDUSTRY_POSSESSIVE = re.compile(r"(?:(?<!of\s)\b(?:the|this)\s+(?:industry|sector)'s|(?:,\s*|\b)(?:while|whereas|and)\s+its)"
                                  r"\s+(?:total\s+|overall\s+|combined\s+)?$", re.I)   # ("..., while its total profit rose")
_OUTPUT_LIST = re.compile(r"\b(?:output|production)\s+of\s+(?P<list>[a-z0-9][a-z0-9 -]{1,40}?(?:(?:,\s*(?:and\s+)?|\s+and\s+)[a-z0-9][a-z0-9 -]{1,40}?)+)"   # ("3D printers")
                          r"\s+(?P<verb>surged|grew|rose|increased|jumped|expanded|climbed|soared|fell|declined|dropped|"
                          r"surging|growing|rising|increasing|jumping|expanding|climbing|soaring|falling|declining|dropping)\s+"
                          r"(?:by\s+)?", re.I)
_OPENING_APPOSITIVE = re.compile(r"[^,;]{2,60},\s+(?:the|a|an|which|one|its|China's|the\s+country's|the\s+nation's)\s[^,;]{3,100},")
_TOPIC_OPENING = re.compile(r"(?:(?:BEIJING|[A-Z][a-z]+)[^-]{0,40}--\s*)?(?:in|for|as\s+for|regarding|on|across)\s+(?:the\s+)?", re.I)
_ELIDED_OUTPUT_VERB = re.compile(r"\s+(rose|grew|increased|jumped|climbed|surged|expanded|fell|declined|dropped|decreased|slipped|shrank|contracted)\s+(?:by\s+)?", re.I)
_FIGURE_CLAUSE_JOIN = re.compile(r"(?:\s+(?:sets|units|tonnes|tons|vehicles))?(?:,\s*|\s+)(?:and|while|whereas)\s+", re.I)
_OUTPUT_WORD = re.compile(r"\b(?:output|production)\b", re.I)
# ("Besides industrial robots, service robot output reached …": the other one, set aside)
_BESIDES_END = re.compile(r"\b(?:besides|apart\s+from|aside\s+from|in\s+addition\s+to|other\s+than|except(?:\s+for)?)\s+(?:the\s+)?$", re.I)
_LABEL_COLON = re.compile(r"\s*(?:sector|industry)?\s*:\s*(?:total\s+)?")
_TOPIC_GAP = re.compile(r"\s*(?:sector|industry|field|area|segment|front)?\s*,\s*(?:the\s+|its\s+)?", re.I)
# "topped 5 million, reaching 5.012 million", "topped 20 million for the first time in July at 20.7
# million": the threshold is passed, the exact figure follows
_EXACT_IN_BRACKETS = re.compile(r"\s*[（(]\s*(?:¥|RMB|CNY|Rmb)?\s*")   # ("¥7.18tr (¥7,176.8bn if you want the precise figure)")
_RESTATED_LEVEL = re.compile(r"\s*(?:units|sets|users)?(?:\s+for\s+the\s+first\s+time)?"
                             r"(?:,?\s+(?:in|at|by|as\s+of)\s+(?:the\s+end\s+of\s+)?(?:[A-Z][a-z]+(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d))?"
                             r"\s*,?\s*(?:reaching|hitting|totaling|totalling|standing\s+at|to\s+reach|to\s+stand\s+at|at"
                             # "crossed 1 million for the first time, rising 61.7% to 1.256 million"
                             r"|(?:rising|growing|climbing|jumping|surging|up)\s+(?:by\s+)?[\d.]+\s?(?:%|percent|per\s+cent)(?:\s+(?:year[\s-]on[\s-]year|yoy|y/y))?\s+to)\s+"
                             r"(?:" + _QUAL + r"\s+)?|(?:人民币)?\s*,\s*(?:达到|达|(?:具体)?为|即)\s*"   # "近500万个，达到490.3万个", "近2万亿元，具体为19868亿元", "突破10.8万亿元人民币，达108126亿元"
                             # "nearly 1 trillion yuan ($144 billion) for January-September -- 997.9 billion yuan"
                             # (also "more than 4.5 million 5G base stations at the end of June – 4.55 million to be exact")
                             r"|(?P<dash>(?:\s*\([^()]{1,40}\))?(?:\s+[^,;()\u2013\u2014]{3,60}?)?\s+(?:--?|–|—)\s*)"
                             # "roughly 515 million tonnes in the first half, or 514.83 million tonnes to be exact"
                             r"|(?P<orx>(?:\s+[^,;()]{3,60}?)?\s*(?:,\s*or|:)\s+)"   # (also "more than 8 trillion yuan: 8.16 trillion yuan to be precise")
                             # "more than 1bn 5G subscribers; at the end of December the figure was 1.01bn"
                             r"|\s+[^,;()]{0,40}?;\s*(?:(?:at|by|as\s+of|in)\s+[^,;\d]{3,30}?\s*,?\s+)?the\s+(?:exact\s+|precise\s+|actual\s+)?"
                             r"(?:figure|number|total|tally|count)\s+(?:was|stood\s+at|came\s+to|reached|hit)\s+", re.I)
# another country ("Industrial production in the U.S. rose 0.6% in June"); case-sensitive
_FOREIGN = re.compile(r"\bU\.S\.(?!\s?\$|\s+dollars?)|\bUS\b(?!\s?\$|\s+dollars?)|\bUnited\s+States\b|\bAmerican?s?\b|\bEuropean\s+Union\b|\bEuropeans\b|\bBritons?\b|\bEU\b|\bJapan(?:ese)?\b|"
                      r"\bSouth\s+Korea(?:ns?)?\b|\bIndia(?:ns?)?\b|\bGerman(?:y|s)?\b|\bBritain\b|\bUK\b|\bVietnam(?:ese)?\b|\bViet\s+Nam(?:ese)?\b|"
                      r"\b(?:France|French|Russia|Russian|Canada|Canadian|Australia|Australian|Brazil|Brazilian|Malaysia|Malaysian|"
                      r"Singapore|Indonesia|Indonesian|Thailand|Thai|Philippines|Turkey|Korean|Koreans|Pakistan|Pakistani|Italy|Italian|Spain|Spanish|Mexico|Mexican|"
                      r"Turkish|Türkiye|Iran|Iranian|Saudi|Egypt|Egyptian|Nigeria|Nigerian|Kenya|Kenyan|Argentina|Argentine|Chile|Chilean|Poland|Polish|Sweden|Swedish|"
                      r"Taiwan|Taiwanese|Bangladesh|Sri\s+Lanka|Nepal|Qatar|Israel|Israeli|Ukraine|Ukrainian|South\s+Africa|South\s+African|"
                      r"Greece|Greek|Netherlands|Dutch|Belgium|Switzerland|Swiss|Austria|Norway|Norwegian|Denmark|Finland|Ireland|Irish|"
                      r"Portugal|New\s+Zealand|Peru|Colombia|Morocco|Ethiopia|Ghana|UAE|Emirati|Myanmar|Cambodia|Kazakhstan|Mongolia)\b"
                      r"|\bSA's\s")   # ("SA's crude steel output was about 3.4 million tonnes": South Africa's)
# "By comparison, Indian telecom operators had installed around 460,000 5G base stations", "The three Korean
# carriers had installed about 94,000": a clause whose subject is foreign, however long before the figure
_FOREIGN_SUBJECT = re.compile(r"\s*(?i:(?:by|in)\s+(?:comparison|contrast)\s*,\s*|meanwhile\s*,\s*|elsewhere\s*,\s*)?(?i:the\s+)?"
                              r"(?i:(?:two|three|four|five|six|\d+|major|main|big|biggest|largest|leading)\s+)?(?=[A-Z])")
_AVERAGE_BEFORE = re.compile(r"\baverage\b[^,;]*$", re.I)   # (an average's span of years is no period for the next clause)
# "while South Korea, an early adopter, had ...", "That compares with Japan, which launched 5G in 2019 and had ..."
_PASSIVE_IN_PLACE = re.compile(r"\s+(?:had|have|has)\s+been\s+(?:switched\s+on|built|installed|deployed|opened|activated|put\s+into\s+service)"
                               r"\s+(?:across|in)\s+(?P<place>the\s+[a-z]+|[A-Z][a-z']+(?:\s+[A-Z][a-z]+)?)")
_LOCAL_SUBJECT = re.compile(r"\s*(?:The\s+)?(?:local|domestic|the\s+country's|its)\s+(?:mobile\s+|telecom\s+|wireless\s+)?"
                            r"(?:carriers|operators|telcos|firms|companies|automakers|carmakers|manufacturers|makers)\b", re.I)
_FOREIGN_ASIDE = re.compile(r"(?:" + _FOREIGN.pattern + r")\s*,\s*(?P<aside>an?|the|its|one|which|where|whose)\b[^;.]{0,150}$")
_CHINA_RESUMES = re.compile(r"[,;]\s+(?:while\s+|but\s+|whereas\s+)?(?:China|the\s+country|Chinese|the\s+nation|the\s+mainland)\b")
# (not "while September output rose 4.5%", "while output in June ...": an output indicator's later rate,
# where any other phrase between the two rates already stops the reading)
_WHILE_OTHER = re.compile(r"\b(?:while|whereas)\s+(?!it\b|growth\b|the\s+growth\b|the\s+rate\b|the\s+figure\b|in\b|for\b|during\b|over\b|that\b|this\b"
                          r"|(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:'s)?\s+)?"
                          r"(?:output|production)\b"
                          # "..., while September saw a 5.4 percent increase": the month's rate of the same subject
                          r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+alone)?"
                          r"\s+(?:" + _RECORD_VERB + r"\s+an?\s+(?:" + _QUAL + r"\s+)?(?:\d|$)|saw\s+(?:growth|an?\s+(?:increase|rise|expansion|gain))\s+of\b)"
                          # "..., while June's reading of 7.6 percent accelerated from 6.5 percent in May"
                          r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:'s\s+reading|\s+growth)\b"   # (or "while June growth picked up to 6.8 per cent")
                          # "..., while third-quarter growth reached 5.8%": the quarter's rate of the same subject
                          r"|(?:the\s+)?(?:first|second|third|fourth)[\s-]quarter\s+growth\b)[a-z]", re.I)
# "NEV production rose to 2.661 million, while sales reached 2.6 million, both up about 120%": one
# rate for the two levels before it
_BOTH_RATE_LEAD = re.compile(r"[,;]\s*(?:both|each)\s+(?:up|down|rising|growing|increasing|climbing|falling|"
                             r"declining|having\s+(?:risen|grown|fallen))\s+(?:by\s+)?(?:" + _QUAL + r"\s+)?$", re.I)
# "145,000 NEVs were built and 127,000 sold, the latter being an increase of 27.9 per cent": the
# rate of one of the two levels before it
_POINTED_RATE_LEAD = re.compile(r"[,;]\s*the\s+(?P<which>latter|former)(?:'s)?\s+(?:being\s+|representing\s+|marking\s+)?"
                                r"(?:up|down|rising|growing|falling|(?:an?\s+)?(?:year-on-year\s+)?(?:increase|rise|gain|growth|jump|"
                                r"decline|drop|fall))\s+(?:of\s+|by\s+)?(?:" + _QUAL + r"\s+)?$", re.I)
# "lagged at +1.7%yoy", "slowed to 6.5%", "edged up to 4.7%": a sector's rate after a verb of its movement
_MOVED_TO = r"(?:lagged|trailed|slowed|eased|accelerated|quickened|picked\s+up|edged\s+(?:up|down)|ticked\s+(?:up|down)|improved|rebounded)\s+(?:to|at)"
# "Computer … manufacturing was the standout at +13.6%": the sector's rate, singled out among rates
_STANDOUT_AT = r"(?:was|were)\s+(?:the|a)\s+(?:clear\s+)?(?:standout|stand-out|star|(?:star|best|strongest|top)\s+performer)\s+at"
_POSTED_RATE = re.compile(r"\s+(?:posted|registered|recorded|logged|managed|added|" + _STANDOUT_AT + "|" + _MOVED_TO +
                          r"|(?:was|were)\s+(?:(?:much|far|a\s+little|slightly|somewhat)\s+)?(?:softer|weaker|stronger|firmer|slower|faster)\s+at)"
                          r"\s+(?:(?:just|only|a\s+mere)\s+)?", re.I)   # ("managed just 2.7 percent", "was much softer at 1.7%")
_BOTH_GROWTH = re.compile(r"\s+(?:both|each|all)\s+(?:grew|rose|expanded|increased|climbed|went\s+up)\s+(?:by\s+)?", re.I)
# (also where figures were given: "Official figures presented in Beijing on Tuesday at … showed automobile production …")
_VENUE = re.compile(r"\b(?:conference|briefing|meeting|forum|summit|expo|event|ceremony|(?:figures|data|statistics)\s+(?:presented|released|published|unveiled|announced))"
                    r"\s+(?:held\s+)?in\s+[a-z']+")
_WHILE = re.compile(r"[,;]\s*(?:while|whereas)\b", re.I)
_CLAUSE_COMMA = re.compile(r",(?!\d{3}(?!\d))|\s-{1,2}\s")   # not the thousands separator of "886,000"; a dash aside ("413,000 -- helped by cuts in June")
# (also "..., but in September alone sales fell 34.2%": a later clause's own period before its subject)
# "compared with 2016", "respectively over 2014": a rate's base year
_OVER_YEAR = re.compile(r"\bover\s+((?:19|20)\d\d)(?:\s+as\s+a\s+whole)?\b", re.I)
_BASE_YEAR = re.compile(r"(?:compared\s+(?:to|with)|\bover)\s+((?:19|20)\d\d)\b(?!\s*(?:levels?|figures?|\w+\s+months?|first|second|third|fourth|year-end|end))", re.I)
_FROM_BASE_YEAR = re.compile(r"\bfrom\s+((?:19|20)\d\d)\b(?:\s+levels?)?", re.I)
_YEAR_SO_FAR = re.compile(r"\b(?:the\s+)?year\s+(?:so\s+far|to\s+date)\b|\byear-to-date\b|\bso\s+far\s+this\s+year\b", re.I)
_ZH_VS_YEAR = re.compile(r"与((?:19|20)\d\d)年(?:同期)?相比")
# "比2020年底的71.8万个增长5.7倍", "较“十三五”末的640万户增长了30多倍": against that year (the plan's last)
_ZH_PLAN = r"[“\x22]?(?P<fyp>十[二三四五])五[”\x22]?"   # "“十三五”" (its last year: _PLAN_LAST_YEAR)
_ZH_THAN_YEAR = re.compile(r"(?:比|较)\s*(?:(?P<y>(?:19|20)\d\d)年|" + _ZH_PLAN + r"(?:末|期末|(?P<first>初期|初|开局)))[^,;。]*$")
_ZH_OF_WHICH_OPEN = re.compile(r"\s*其中")
_SAME_PERIOD_LEAD = re.compile(r"\s*(?:同期|同一时期|(?:in|during|over|for)\s+the\s+same\s+(?:period|month|quarter)\s*,)", re.I)
# "July", "January-July" (a month or a range of months to date)
_MONTH_SPAN = (r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)"
               r"(?:\s*(?:-|to|through)\s*(?:February|March|April|May|June|July|August|September|October|November|December))?"
               # "Jan-Sep", "Jan.-Sept."
               r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov)\.?-(?-i:Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")
_JOINED_CLAUSE = re.compile(r"(?:[,;]\s*|\s)(?:while|and|whereas|with|but|though|although|which\s+puts?|that\s+puts?)\s+"
                            r"(?:(?:in|for|during)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){0,2}?(?:\s+alone)?,?\s+)?"
                            # ("…, and the China Association of Automobile Manufacturers separately reported that sales rose")
                            r"(?:the\s+China\s+Association\s+of\s+Automobile\s+Manufacturers(?:\s+\((?-i:CAAM)\))?\s+(?:separately\s+|also\s+)?(?:reported|said)\s+(?:that\s+)?)?"
                            r"(?:its\s+|their\s+|the\s+)?(?P<total>total\s+|overall\s+)?"   # ("…, while total sales dropped 3.1%")
                            # "..., while December production fell 32%"
                            r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:'s)?\s+)?"
                            r"(?:" + _MONTH_SPAN + r"(?:'s)?\s+)?"   # ("…, although January-November output of about 134,000 units was up 5.1%")
                            r"(?:(?-i:CAAM)(?:'s)?\s+)?(?:(?:(?-i:CAAM)|the\s+association(?:'s)?)\s+(?:data|figures)\s+(?:show|showed)\s+)?$"   # ("…, while CAAM sales dropped 3.6%": the association's count is the nation's; "although CAAM data show sales still fell")
                            # "...fell 4.6% to 66.2 million tons in July; January-July output declined 1.9%"
                            r"|;\s*(?:" + _MONTH_SPAN + r"(?:'s)?\s+)?"
                            # ("…; the industry association (CAAM) reported sales down 6.9% at 1.958m")
                            r"(?:(?:the\s+)?(?:industry\s+)?(?:association|(?-i:CAAM|CPCA))(?:\s+\((?-i:CAAM|CPCA)\))?\s+(?:reported|said|says|reports)\s+)?"
                            r"(?:its\s+|their\s+|the\s+)?$"
                            # "New-energy vehicles … did even better: production and sales hit …"
                            r"|\b(?:did|fared|performed)\s+(?:even\s+|much\s+|far\s+)?(?:better|worse|well)\s*:\s*(?:its\s+|their\s+)?$"
                            # "… than seemed likely in February, when sales collapsed by 79%"
                            r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?,\s*when\s+$", re.I)
_OWN_SECTOR = re.compile(r"\s+(?:industries|industry|sectors|sector)\b", re.I)
# "High-tech manufacturing saw its value added rise"; "The auto market increased production to 29 million"
_SUBJECT_VERB_ITS = re.compile(r"\s+(?:saw|increased|boosted|raised|lifted|expanded|grew|cut|reduced)\s+(?:(?:its|their)\s+)?", re.I)
_OWN_GAP = re.compile(r"[\"']?(?:\s*\([A-Za-z0-9\-\s]{1,20}\))?\s*(?:'s|industry's|industries'|sector's|enterprises')?\s*(?:total\s+|business\s+|services?\s+|cumulative\s+|combined\s+|main\s+)?", re.I)
# China's own figure in a possessive: "the country's", "the mainland's" (Hong Kong papers)
_CHINA_POSS = r"(?:China's|the\s+country's|the\s+nation's|the\s+mainland's|mainland\s+China's)"
# "business volume at previous-year prices grew 21.9%": the volume's price basis, not its scope
_PRICE_BASIS = re.compile(r"\s+(?:(?:calculated|measured)\s+)?(?:at|in)\s+(?:(?:the\s+)?(?:previous|prior|last|preceding)[-\s]year(?:'s)?|comparable|constant|current)\s+prices\b", re.I)
_OF_AFTER = re.compile(r"\s+(?:(?:realized|realised|achieved|earned|made|generated|posted|recorded)\s+)?(?:of|for|from|in|by|at|among)\s+(?:(?:" + _CHINA_POSS + r"|the|China|Chinese|its|their|national|domestic|"
                       r"nationwide|all|both|so-called|new(?=\s+(?:vehicles|cars|automobiles)\b)|(?:those|these|such)(?=\s+\x22)|what\s+(?:Beijing|China|the\s+government|officials|the\s+industry)\s+calls|(?:bulk\s+commodities|key\s+products|products|industries|sectors)\s+such\s+as"
                       r"|(?:[a-z][\w-]*\s+){1,3}and\s+other"
                       # 'sales of electric and hybrid "new energy vehicles"': the kinds an NEV is, before its name
                       r"|(?:(?:pure|battery)[\s-])?electric\s+and\s+(?:plug-in\s+)?(?:hybrid|fuel[\s-]cell)(?=\s+\x22?new[\s-]energy\s))\s+)*[\x22']?", re.I)   # "sales of electric cars and other new energy vehicles", 'of those "new energy vehicles"', "of 'NEVs'"
_INDUSTRY_NOUN = re.compile(r"'s\b|\b(?:industry|industries|sector|sectors|enterprises|companies|firms|market|products|"
                            r"segment|field|fields|category|categories)\b", re.I)
# (or one that names its industry: "generated 1.58 trillion yuan in telecommunications business revenue")
_IN_ATTR_AFTER = re.compile(r"(?:\s*\([^()]{1,40}\))?\s+(?:in|of)\s+(?:total\s+|business\s+|operating\s+|main\s+business\s+)?"
                            r"(?:(?P<s>telecom(?:munications?)?|software)\s+(?:business\s+|services?\s+)?)?(?P<a>revenues?|profits?|sales)\b", re.I)
_TECH = re.compile(r"\b(?:5G|4G|3G|fiber|fibre|optical|broadband|gigabit|internet|4G/5G)\b", re.I)
# (not inside brackets: "1.31万亿元（人民币，下同；约新台币5.6万亿元），同比增长0.8%"; nor before the same subject's next
# rate: "Industrial value added: up 6.2 percent in January-September; up 6.5 percent in September")
# "second only to the United States": a rank, no other country's figure
_RANK = r"\b(?:second|third)(?:\s+only)?\s+(?:to|behind)\s+(?:the\s+)?"
_RANK_BEFORE = re.compile(_RANK + r"$")
_RANK_ASIDE = re.compile(_RANK + r"(?:united\s+states|u\.s\.|us|america)\b")
_SEMI = re.compile(r"[;；](?![^()\n;；。]{0,40}\))(?!\s*(?:up|down)\s+\d)|。")
_CURRENCY_MARK = re.compile(_CURRENCY)   # ("The exact figure was CNY1,284.7 billion")
# (a figure, not a token like "5G"; "803.83m", "1.2bn", "556k" are figures)
_NUMBER_AHEAD = re.compile(r"(?:" + _QUAL + r"\s+)?(?:RMB\s?|CNY\s?|¥)?\d[\d,.]*(?![\d,.]*[AC-JLN-Zac-jln-z]\b)(?!\d)", re.I)
_TRAILING_QUAL = re.compile(r"\b" + _QUAL + r"\s*$", re.I)
_ADDED_BEFORE = re.compile(r"\b(?:(?<!MIIT\s)(?<!ministry\s)(?<!Ministry\s)(?<!he\s)(?<!she\s)(?<!official\s)(?<!spokesman\s)"
                           r"(?<!spokeswoman\s)(?<!spokesperson\s)added(?!\s+that)|"   # ("MIIT added more than 2,000 ... were"): a speaker's
                           r"adding|adds|add|newly|new|(?:net\s+)?(?:increase|addition|gain)s?\s+of|"
                           r"(?:increased|rose|grew)\s+by|(?<=\s)(?=(?:another|an\s+additional|a\s+further)\s))\s*"   # ("signed up another 176 million")
                           r"(?:(?:a\s+)?(?:combined|further|net|total\s+of)\s+|another\s+|an\s+additional\s+)?"   # ("added a combined 206 million")
                           r"(?:" + _QUAL + r"\s*)?$", re.I)
# An addition stated after the noun: "230 smart factories were newly selected", "... were added",
# "... were selected this year", "... built in 2024" (a year's batch, not the cumulative count).
# (not past another figure: "3.917mn 5G base stations in operation - 539k of them added in H1")
_ADDED_AFTER = re.compile(
    r"[^,;.\d]{0,40}?\b(?:newly|additionally|were\s+added|was\s+added|have\s+been\s+added|has\s+been\s+added|"
    r"had\s+been\s+added|added\s+(?:this|last|in|during|over|so)\b)"
    r"|\s*(?:were|was)\s+(?:(?:\w+ly|also)\s+)?(?:selected|built|constructed|established|set\s+up|certified|"
    r"recognized|recognised|approved|launched|opened|commissioned|named|listed|cultivated|identified|deployed|"
    r"put\s+into\s+(?:operation|service|use))\s+(?:this\s+year|last\s+year|during\s+the\s+year|in\s+(?:19|20)\d\d\b|"
    r"in\s+the\s+(?:past|last)\s+year|in\s+(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)\b|(?:in|during|over)\s+the\s+(?:(?:first|second|third|fourth)\s+)?(?:quarter|half|"
    r"(?:\w+\s+)?months)\b)", re.I)
_PER_HUNDRED = re.compile(r"每百人|\bper\s+(?:100|hundred)\s+(?:people|population|inhabitants|persons|residents)\b", re.I)
_PER_AFTER = re.compile(r"\s+per\b(?!\s+cent)")
_PER_EVERY_AFTER = re.compile(r"\s+(?:per(?!\s+cent)|for\s+every)\b")
_PARENS = re.compile(r"\([^)]*\)")
_CHINA_NAMED = re.compile(r"\bChin(?:a|ese)\b")
_THERE = re.compile(r"\s+there\b(?!\s+(?:is|are|was|were|has|have|had)\b)", re.I)
# " - battery electric and plug-in hybrid cars - ": an aside set off by dashes
# 'Value added by industrial firms "above designated size" (those with annual revenues of more than 20m
# yuan, or $2.8m) grew by 4.6%': a bracketed definition between the subject and its verb
_RATE_VERB = r"(?:grew|rose|increased|expanded|climbed|jumped|surged|fell|declined|dropped|slipped)"
# "but June output (90.11 million tonnes, +0.4% y/y) was held back by curbs": the figure itself, in brackets
_BRACKETED_FIGURE = re.compile(r"\s*\(\s*\d[\d.,]*\s?(?:million|billion|trillion|mn|bn|m)?\s*(?:tonnes|tons|units|vehicles|sets|yuan)\b"
                               r"[^()]{0,30}\)", re.I)
_ABOVE_DESIGNATED_SIZE = re.compile(r"\s+above\s+(?:a\s+|the\s+)?designated\s+size\b", re.I)
_BRACKET_ASIDE = re.compile(r"\s*\([^()]{3,160}\)(?=\s+(?:" + _RATE_VERB + r"|was|were|reached|totall?ed|stood|came|hit|numbered|numbering|topped|exceeded|surpassed)\b)")
_DASH_ASIDE = re.compile(r"\s(?:--?|–|—)\s(?:[^-–—,;.()]|(?<=\w)-(?=\w)|(?<=\d),(?=\d{3})){3,80}?\s(?:--?|–|—)(?=\s)")
# (in a subject, also a list: '"New energy vehicles" - Beijing's umbrella term for battery-electric cars, plug-in
# hybrids, and a sliver of fuel-cell vehicles - accounted for …')
_DASH_ASIDE_WIDE = re.compile(r"\s(?:--?|–|—)\s[^–—;.()]{3,120}?\s(?:--?|–|—)(?=\s)")
# "total vehicle sales in China — cars, SUVs, vans, trucks, and buses — dropped 2.8 percent": a
# figure-less list set off by dashes after a subject
_SUBJECT_LIST_ASIDE = re.compile(r"(?:\s+in\s+(?:China|the\s+country))?\s(?:--?|–|—)\s[^–—;.()\d]{3,120}?\s(?:--?|–|—)(?=\s)")
# "3.5 million NEVs, including battery electric and plug-in hybrid models, in 2021, up 150%": a
# figure-less aside set off by commas
# (also "the number of 10G PON ports, able to deliver gigabit service, rose to 12.97 million")
_COMMA_ASIDE = re.compile(r",\s*(?:including|excluding|such\s+as|mostly|mainly|largely|chiefly|primarily|(?:which\s+are\s+)?(?:able|capable)\s+(?:to|of))\s[^,;.\d()]{3,80},(?=\s)", re.I)
# "… of enterprises above designated size, with annual main business revenues of at least 20 million yuan
# ($3.13 million), rose 6.5 percent": the size threshold spelled out, no figure of the indicator's
_THRESHOLD_ASIDE = re.compile(r",\s*(?:i\.e\.,?\s*|that\s+is,?\s*|namely\s+|or\s+)?(?:those\s+)?with\s+(?:an\s+)?annual\s+(?:main\s+)?(?:business\s+)?"
                              r"(?:revenues?|incomes?|turnover|sales)\s+(?:of\s+)?(?:at\s+least|above|over|more\s+than|exceeding|of\s+at\s+least)\s+"
                              r"(?:RMB\s?|CNY\s?)?20\s?(?:million|mln|mn)(?:\s+yuan)?(?:\s*\([^()]{1,30}\))?\s*,", re.I)
_WHICH_LINK = (r"which\s+(?:stood\s+at|totall?ed|reached|came\s+in\s+at|amounted\s+to|hit|numbered|was|were|topped|"
               r"exceeded|surpassed|rose\s+to|climbed\s+to|grew\s+to|increased\s+to)")
_COMMA_LINK = re.compile(r",\s*(?:reaching|totaling|totalling|hitting|exceeding|surpassing|topping|numbering|standing\s+at|"
                         r"" + _WHICH_LINK + r")\s*(?:" + _QUAL + r"\s*)?$", re.I)
# "Automobile sales, which stood at 2.85 million units in September, rose 9.5%": the level is inside
_WHICH_LEVEL = re.compile(r",\s*" + _WHICH_LINK + r"\s*(?:" + _QUAL + r"\s*)?(?=\d)", re.I)
_TOTAL_AFTER_ADDITION = re.compile(r"\b(?:to\s+end\s+the\s+(?:year|quarter|month|period)\s+with|(?:bringing|taking|lifting|pushing|raising)\s+the\s+(?:total|number|tally)\s+to|"
                                   r"(?:for|to)\s+a\s+total\s+of)\s+(?:" + _QUAL + r"\s+)?$", re.I)
_PVN_NOT = re.compile(r"\b(?:growth|grew|increase|increased|rose|up|share|proportion|accounting|accounted|ratio|rate|"
                      r"average|averaging|than|compared|per(?!\s+cent)|new|newly|added)\b", re.I)
_MADE_UP_END = re.compile(r"\b(?:made\s+up|accounted\s+for)\s*$", re.I)
_PVN_NOT_PCT = re.compile(r"\b(?:growth|grew|increased\s+by|up|than|compared|new|added)\b", re.I)
# "18.9GB of data per person per month in May, up 10%": the per-user words are part of the unit
_DATA_PER_USER = re.compile(r"\s*(?:of\s+(?:mobile\s+)?data\s+)?(?:(?:per|a)\s+(?:person|user|capita|subscriber|month)\s*)+")
_YOY_BRACKET = re.compile(r"\([+\-][\d.]+%\s*(?:y/y|yoy|y-o-y|year[\s-]on[\s-]year)\)", re.I)
_GROWTH_GAP = re.compile(r"\s*(?:units?|sets?|vehicles|\(sets\))?\s*,?\s*(?:[\w-]+,?\s+){0,4}(?:(?<=,\s)[+-](?=\d))?")   # (", +46.4% y/y")
_VERB_FLOW_GAP = re.compile(r"\s*,?\s*(?:[\w()-]+,?\s+){0,10}\(?[+-]?|\s*[,，]\s*(?:同比|(?:比|较)(?:上年|去年)(?:同期)?)?分别(?:同比)?(?:增长|下降)\s*")
_VERB_ATTR = re.compile(r"\b(produced|manufactured|made|built|sold|shipped|(?<=, )producing|(?<=, )selling|turned\s+out|rolled\s+out|churned\s+out|cranked\s+out|pumped\s+out|purchased|bought|took\s+home|snapped\s+up)\s+(?:a\s+record\s+|just\s+|only\s+|a\s+mere\s+)?(?:" + _QUAL + r"\s+)?$", re.I)   # ("In 2020 China sold just 1.4m NEVs")
# "sales came to 25.769 million vehicles, while factories turned out 25.721 million, down 7.5%": another
# flow's clause, its figures not the frame's
_OTHER_FLOW_CLAUSE = re.compile(r",\s*(?:while|whereas|and|but)\s+(?:[\w'-]+\s+){1,3}?(?:produced|manufactured|made|built|sold|shipped|"
                                r"turned\s+out|rolled\s+out|churned\s+out|cranked\s+out|pumped\s+out)\b", re.I)
# "December was the strongest month on record, with 104,000 NEVs sold": the participle's flow
_WITH_BEFORE = re.compile(r"(?<!compared )(?<!compares )(?<!comparison )\b(?:with|saw|sees)\s+(?:" + _QUAL + r"\s+)?$", re.I)   # (also "March alone saw 9.061 million 5G phones shipped")
# (not "That compared with 28.88 million vehicles sold in 2017": the level before, see _ANAPHOR_EARLIER)
_PARTICIPLE_AFTER = re.compile(r"\s+(?:units\s+|vehicles\s+)?(produced|manufactured|sold|shipped)\b", re.I)
_WITH_PARTICIPLE = re.compile(r"\s+(produced|manufactured|sold|shipped)\b", re.I)
# "NEVs accounted for 25.6% of all new car sales with 6.887 million units sold": the subject's own flow
_SHARE_WITH_UNITS = re.compile(r"\s+(?:accounted\s+for|made\s+up|represented|took)\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+of\s+"
                               r"[^,;.\d]{3,60}?,?\s+with\s+(?:" + _QUAL + r"\s+)?$", re.I)
_ELIDED_RATE_GAP = re.compile(r"\s*(?:percent|per\s+cent)?(?:\s+(?:(?:in|for|during)\s+[^,;.%]{2,25}?|(?:last|this)\s+year))?\s*(?:[,;]\s*(?:and\s+|while\s+|with\s+)?|and\s+)"
                              r"(?:in\s+)?", re.I)   # ("rose 10.8% in 2016, and in equipment manufacturing 9.5%"; "… 11.7 percent last year and in …")
_EARNED_GAP = re.compile(r"\s+(?:generated|earned|raked\s+in|took\s+in|pulled\s+in|brought\s+in|booked|turned\s+over)\s+"
                         # ("earned revenue of 3.52 trillion yuan", "earned first-quarter revenue of 1.3 trillion yuan")
                         r"(?:(?:(?:first|second|third|fourth)-quarter\s+|(?:first|second)-half\s+|full-year\s+|annual\s+)?"
                         r"(?:total\s+|business\s+|operating\s+)?revenues?\s+of\s+)?(?:"
                         + _QUAL + r"\s+)?" + _CURRENCY, re.I)
# the next object of the same verb: "produced 178,000 industrial robots in the first quarter, up 19.5 percent, and 2.98 million
# service robots"
_NEXT_OBJECT = re.compile(r"(?:\s+(?:in|during|for|over)\s+[^,;\d]{3,40}?)?(?:,\s*(?:up|down)\s+[\d.]+\s*(?:%|percent|per\s+cent)"
                          r"(?:\s+(?:year[-\s]on[-\s]year|year\s+over\s+year|from\s+a\s+year\s+(?:earlier|ago)|y/y|yoy|y-o-y))?)?,?\s+and\s+"
                          r"(?:" + _QUAL + r"\s+)?")
# "The full figure was 28.08 million, down 2.8 percent, while production fell 4.2 percent to 27.81 million"
_WHILE_OTHER_FLOW = re.compile(r"[^,;]{0,60}?,\s+(?:while|whereas)\s+(?P<a>production|output|sales)\b", re.I)
# "The software and information technology services industry grew 14.2 per cent, with revenue
# surpassing 6.3 trillion yuan": an industry's growth is its revenue's, when the revenue follows
_INDUSTRY_GREW_BEFORE = re.compile(r"(?:industry|sector)\s+(?:grew|rose|expanded|increased|climbed|jumped)\s+(?:by\s+)?$", re.I)
_WITH_REVENUE_GAP = re.compile(r"(?:\s+(?:in|for|during)\s+[^,;]{2,30}?)?,\s+with\s+(?:its\s+)?(?:total\s+|business\s+|operating\s+)?"
                               r"revenues?\s+(?:reaching|surpassing|topping|exceeding|hitting|of|at|totall?ing|standing\s+at)\s+"
                               r"(?:more\s+than\s+|over\s+|about\s+|nearly\s+|almost\s+|around\s+)?(?:RMB\s*|Rmb\s*|CNY\s*)?", re.I)
_GREW_ATTR_BEFORE = re.compile(r"\b(?:grew|increased|raised|boosted|lifted|expanded)\s+(?:its\s+|their\s+)?(?:total\s+|business\s+|operating\s+)?"
                               r"(?:revenues?|profits?|sales|output|production|value[\s-]added)$", re.I)
# "IP growth eased from 6.1% yoy in Q1 to 5.9% in Q2": a rate's move between two periods
_MOVED_FROM = re.compile(r"\b(?:eased|slowed|moderated|cooled|decelerated|accelerated|quickened|picked\s+up|rose|climbed|increased|improved|"
                         r"edged\s+(?:up|down)|fell|dropped|declined|slipped|dipped|rebounded|recovered|growth)\s+from\s+$", re.I)
_FROM_PERIOD_TO = re.compile(r"(?:\s*(?:yoy|y/y|y-o-y|year-on-year|on-year|year\s+on\s+year))?\s+(?:in|during|for)\s+(?:the\s+)?(?P<p>[^,;.]{2,30}?)\s+to\s+", re.I)
_PROVINCIAL_LEVEL = re.compile(r"\b(?:at\s+the\s+)?provincial(?:[\s-]level\b|\s+level\b)", re.I)
_BY_GAP = re.compile(r"\s+(?:by\s+)?")
_WITH_OTHER_FLOW = re.compile(r"\s*(?:units|vehicles)?,\s+(?:and\s+)?with\s+(?:" + _QUAL + r"\s+)?")
# "Growth in high-tech manufacturing and equipment manufacturing was 11.7 percent and 8.1 percent":
# a rate named by its lead, the verb a copula
_GROWTH_LEAD = re.compile(r"\b(?:the\s+)?(?:growth|increase)(?:\s+rates?)?\s+(?:in|of|for)\s+(?:the\s+)?(?:total\s+)?$", re.I)   # ("the growth of the total value added of …")
_COPULA_GAP = re.compile(r"(?:\s+growth(?=\s+(?:unexpectedly\s+)?(?:edged|inched|ticked|rose|fell|dropped|declined|jumped|slowed|eased|accelerated|picked|weakened|strengthened|softened|slumped|plunged|tumbled|sank|slid|dipped|slipped|climbed)\s))?(?:\s+(?:in|for|during)\s+[^,;]{2,30}?)?\s+(?:unexpectedly\s+)?(?:was|were|stood\s+at|came\s+in\s+at|came\s+to|hit|printed|"
                         r"(?:held|remained|stayed)(?:\s+(?:steady|stable|unchanged))?\s+at"
                         # ("Growth in high-tech manufacturing slowed to 2.7 per cent": the rate it moved to)
                         r"|(?:slowed|eased|cooled|moderated|decelerated|accelerated|quickened|picked\s+up|rebounded|recovered"
                         r"|(?:edged|inched|ticked)\s+(?:up|down)|rose|fell|dropped|declined|jumped|dipped|slipped|climbed|improved|weakened|strengthened|softened"
                         r"|slumped|plunged|tumbled|sank|slid)"   # ("… growth edged up to 4.4%", "IP growth slumped to 5.4%")
                         r"(?:\s+(?:unexpectedly|slightly|sharply|further|somewhat|modestly|marginally))?\s+to)\s+"
                         r"(?:an?\s+(?:[\w/.-]+\s+){0,2}?(?:low|high)\s+of\s+)?"   # ("weakened to a 17-1/2-year low of 4.4 per cent")
                         r"(?:" + _QUAL + r"\s+)?", re.I)
# "New-economy products again outperformed: solar cells +21.3%, integrated circuits +20.0% and industrial robots +12.3%"
_PRODUCTS_LEAD = re.compile(r"\b(?:products?|output|production|produced)\b[^:;]{0,60}:\s*$", re.I)
_RATE_ITEMS_BEFORE = re.compile(r"(?:\s*[A-Za-z][\w\s-]{1,40}?\s+\(?[+-]\d+(?:\.\d+)?%\)?\s*(?:,\s*(?:and\s+)?|\s+and\s+))*\s*")
_SIGNED_RATE_AFTER = re.compile(r"\s+\(?[+-]")
_PERCENT_OF = re.compile(r"\s*(?:%|percent|per\s+cent)?\s+of\s+(?:the\s+)?(?:(?:total|all|overall|the\s+country's|China's)\b)", re.I)
_SHARE_OF_BEFORE = re.compile(r"\b(?:share|proportion|percentage)\s+of\s+(?:(?:the\s+)?(?:(?:total|all|overall|national)\s+)?|[^,;.\d]{1,50}?\s+in\s+(?:the\s+)?(?:total\s+)?)$", re.I)
_SHARE_DENOMINATOR = re.compile(r"\d\s?(?:%|percent|per\s+cent)\s+of\s+(?:the\s+)?(?:(?:total|all|overall)\s+)?(?:new\s+)?$", re.I)
_FIRST_VERB_GAP = re.compile(r"\s*(?:units\s*)?,?\s*and\s+", re.I)   # "produced 24.5 million and sold ..."
_NARROWER_MAKERS = re.compile(r"\b(?:new[\s-]energy[\s-]vehicle|NEV|EV|electric[\s-](?:vehicle|car))\s+(?:makers|manufacturers|producers|carmakers|automakers|companies|firms)"
                              r"\s+(?:(?:have|has|had)\s+)?(?:(?:together|jointly|also|already)\s+)?(?:[a-z]+\s+and\s+)?$", re.I)
_COMPANY_PRONOUN = re.compile(r"\b(?:it|the\s+(?:company|firm|automaker|carmaker|group|brand|manufacturer)"
                              r"|the\s+(?:two|three|four|five|\d)\s+(?:companies|firms|automakers|carmakers|brands|manufacturers|makers))"
                              r"\s+(?:also\s+|only\s+|together\s+|jointly\s+)?$", re.I)   # (also "the two carmakers sold 430,000 vehicles")
# the verbs of a flow whose object is the product ("sold 9.5 million NEVs", "were produced and sold")
_FLOW_VERB = r"produced|manufactured|sold|shipped"
# "Vehicle makers produced 12.13 million units and sold 12.32 million": the industry's makers and their vehicles
_MAKERS_VERB = re.compile(r"\b(?:[Aa]utomakers|[Cc]armakers|[Aa]uto\s+makers|[Cc]ar\s+makers|[Vv]ehicle\s+makers|(?:[Aa]uto|[Cc]ar|[Vv]ehicle)\s+manufacturers"
                          # ("mills produced 499 million tonnes" in a story on steel: their crude steel)
                          r"|(?P<steel>(?:[Ss]teel\s+)?[Mm]ills|[Ss]teel\s?makers))"
                          r"\s+(?:in\s+China\s+|nationwide\s+)?(?P<v>produced|manufactured|built|made|sold|delivered|(?<=ills\s)(?:churned|turned)\s+out)\s+(?:a\s+total\s+of\s+)?")
# "December production came in at 67.24Mt", "October's output was 82.55 million mt": output named only by
# the story's topic, at the head of a clause (not "average daily output", "pig iron production")
_BARE_OUTPUT = re.compile(r"(?:(?:[Tt]he\s+)?(?P<mon>" + MON + r")(?:'s)?\s+|(?:[Tt]he\s+)?(?:country's|nation's)\s+|China's\s+)?"
                          r"(?:(?:[Oo]utput|[Pp]roduction)\s+(?:was|came\s+in\s+at|came\s+to|reached|totaled|totalled|stood\s+at|amounted\s+to|hit|"
                          r"rose|fell|climbed|dropped|declined|increased|decreased|slid|slipped|grew|jumped|edged\s+(?:up|down))"
                          r"|(?<![\w'])(?:China|[Tt]he\s+country)\s+(?:produced|made|turned\s+out))\b")   # ("In the first eight months, China produced 664.13 million tonnes")
_TIME_LEAD = re.compile(r"(?:In|During|For|Over)\s+[^,;:]{3,40},\s+")
# other tonnages a steel story reports, which "output" alone may mean after them
_OTHER_TONNAGES = r"(?:pig\s+)?iron(?:\s+ore)?|coal|cement|coke|(?:finished|rolled)\s+steel|steel\s+products|alumin(?:i)?um|copper"
_OTHER_OUTPUT_OPENING = re.compile(r"(?:" + _OTHER_TONNAGES + r")\s+(?:output|production)\b", re.I)
_WHICH_IS_RATE = re.compile(r",\s+which\s+(?:is|was|represents|represented|marks|marked)\s+(?:an?\s+(?:year-on-year\s+)?(?:increase|decrease|rise|drop|decline|fall|gain|jump)\s+of\s+)?$")
_TOPIC_LEVEL_GAP = re.compile(r"\s+(?:to\s+)?(?:(?:just|only|a\s+mere|a\s+record)\s+)?(?:" + _QUAL + r"\s+)?")
_TOPIC_RATE_GAP = re.compile(r",?\s+(?:(?:an?\s+)?(?:increase|decrease|rise|fall|drop|decline|gain)\s+of\s+(?:just\s+|only\s+)?|(?:up|down)\s+(?:by\s+)?)?")
_OTHER_TONNAGE = re.compile(r"\b(?:" + _OTHER_TONNAGES + r"|ore|finished|rolled|products|exports?|imports?|demand|consumption)\b", re.I)
_LEAD_PREP = re.compile(r"(?:(?:In|Over|During|For|Across)\s+)?(?:the\s+)?")
_LEAD_GAP = re.compile(r"(?:\s+of\s+the\s+year)?,?\s+")   # ("Over the first six months of the year mills produced …")
_OF_OTHER_PRODUCT = re.compile(r"\s+of\s+(?!crude\b)[a-z]", re.I)
_MAKERS_OPEN = re.compile(r"(?:(?:China's|Chinese|[Dd]omestic|[Tt]he\s+country's|[Tt]he\s+nation's)\s+)?$")
_MAKERS_FLOW = {"produced": "auto_production", "manufactured": "auto_production", "built": "auto_production", "made": "auto_production",
                "sold": "auto_sales", "delivered": "auto_sales"}
_AND_VERB = re.compile(r"[\x22']?(?:\s*\([A-Z][A-Za-z]{1,10}\))?(?:\s+(?:in|during|for|over|between)\s+(?:the\s+)?[a-z0-9 -]{2,30}?|\s+(?:last|this)\s+year)?\s*,?\s*(?:and|while)\s+(?:it\s+|they\s+|China\s+)?(" + _FLOW_VERB + r")\s+"
                       r"(?:" + _QUAL + r"\s+)?", re.I)
_ABBREVIATION = re.compile(r"\s*\([A-Z][A-Za-z0-9 -]{0,15}\)")
# "Production and sales of NEVs, the official added, reached ..."
_SPEAKER_ASIDE = (r",\s+(?:the\s+)?(?:official|ministry|MIIT|spokesman|spokeswoman|spokesperson|minister|vice\s+minister)\s+"
                  r"(?:said|added|noted|explained),")
_WHERE_ASIDE = re.compile(r",\s+(?:where|an?\s+(?:field|market|sector|segment|area|industry|business|arena)\s+(?:where|in\s+which))\s", re.I)
_APPOSITIVE = re.compile(r"(?:,\x22?\s+(?:a|an|another|the|which|who|where|that|"
                         # ("…, as electric cars and plug-in hybrids are called in China, rose …")
                         r"as(?=\s[^,;:]{3,100}?\s(?:are|is)\s+(?:called|known|termed|dubbed|described)\b)|"
                         # ("…, as Beijing calls battery-electric cars and plug-in hybrids, jumped …")
                         r"as(?=\s(?:\w+\s){1,4}(?:calls|terms|dubs|describes|labels)\s)|(?:or\s+)?those|namely|mostly|mainly|largely|chiefly|primarily|once\s+(?:a|an|the)|long\s+(?:a|an|the)|meaning|i\.e\.|or|one\s+of|seen\s+as|regarded\s+as|known\s+as|defined\s+as|capable\s+of|"
                         r"(?:calculated|measured|computed)\s+(?:at|on|in|by|as)|covering|measuring|tracking|home\s+to|accounting\s+for|"
                         r"(?:encouraged|driven|helped|boosted|spurred|fuell?ed|supported|buoyed|propelled|hit|hurt|dragged|weighed)\s+(?:down\s+)?by"
                         r"|(?:closely\s+|widely\s+|keenly\s+)?(?:watched|followed|tracked|eyed)\s+by)\s+(?:[^,;:]|(?<=\d),(?=\d{3})|,(?=\s[a-z]+\s+and\s))"   # (a thousands comma
                         # is no clause end, nor a list's: "which measures output in the manufacturing, mining and utilities sectors,")
                         r"{3,160}?,\x22?"   # (also a quote closed after its comma: 'which Beijing calls "new energy vehicles," fell',
                         # or before the aside: '"High-tech manufacturing," a category that includes …, grew')
                         r"|,\s+(?:meanwhile|however|moreover|in\s+turn|for\s+(?:its|their)\s+part|in\s+addition|(?:by|in)\s+(?:contrast|comparison)),"
                         r"|" + _SPEAKER_ASIDE + r"|" + _CAUSE_ASIDE.pattern +   # ", boosted by solar cells, batteries and cars,"
                         r"|\s+-{1,2}\s+(?:(?!\s-{1,2}\s)[^;:()]|\([^()]{1,40}\)){3,160}?\s+-{1,2})"   # " -- a category that covers ... --"
                         r"(?=\s+(?:has\s+|have\s+|had\s+)?(?:more\s+than\s+|nearly\s+|almost\s+)?(?:[a-z]+(?:ed|ew|ose|ell|ot|it)|stood|came|went|saw|sold|made|built|slid|sank|shrank|held|kept|led|did|took|brought|was|were|is|are|rising|growing|reaching|"
                         r"totaling|totalling|climbing|increasing|expanding|hitting|standing|falling|declining)\b)", re.I)
_NOUN_TO_ATTR = {"sales": "sales", "production": "prod", "output": "prod"}
_VERB_TO_ATTR = {"produced": "prod", "manufactured": "prod", "built": "prod", "made": "prod", "sold": "sales", "shipped": "ship",
                 "turned out": "prod", "rolled out": "prod", "churned out": "prod", "cranked out": "prod", "pumped out": "prod",
                 "rolled off": "prod", "producing": "prod", "selling": "sales", "purchased": "sales", "bought": "sales", "took home": "sales", "snapped up": "sales"}   # ("Chinese buyers purchased 777,000 NEVs"; "Mills kept running, producing 154.68 million tonnes of crude steel")
# "517,000 NEVs were produced and 507,000 (were) sold": the passive voice of the same verbs
# (or bare: "12.888m NEVs made, up 34.4%, and 12.866m sold.")
# (a bare participle only after a figure that opens its clause: not "up from about 1.6 million NEVs sold in September")
_AUXILIARY_AFTER = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:have|has|had|were|was|rolled)\b", re.I)   # (not a bare participle)
_CLAUSE_HEAD_NUM = re.compile(r"(?:[,:;]\s*|\b(?:and|while)\s+|\b(?:That|This)\s+compares\s+with\s+)(?:" + _QUAL + r"\s+)?$", re.I)
_BARE_PASSIVE = re.compile(r"\s*(?:units\s+|vehicles\s+)?(?:(?:were|was|had\s+been|have\s+been)\s+(produced|manufactured|sold)\b"
                           r"|(produced|manufactured|sold)(?=\s*[.,;]|\s+(?:in|during|over|last)\b))", re.I)
_JOINED_QUAL = re.compile(r"(?:[,;]\s*|\s)(?:while|and|whereas|with)\s+(?:" + _QUAL + r"\s+)$", re.I)
# (in the passive also "built" / "made": "24.33 million vehicles were built and 24.36 million sold")
_PASSIVE_FLOW_VERB = _FLOW_VERB + r"|built|made"
# (or "28.12 million vehicles rolled off Chinese production lines in 2016": made)
_LINES = r"\s+(?:the\s+|China's\s+)?(?:(?:[a-z]+\s+)?(?:production|assembly)\s+|(?<=the\s))lines?\b"   # (also "rolled off the lines")
# (and the bare participle: "13.77 million 5G handsets shipped in China in 2019")
_PASSIVE_VERB = re.compile(r"(?:\s*\([^()]{1,20}\))?\s+(?:(?:(?:have|has|had)\s+been|were|was)\s+(?:(?:also|respectively)\s+)?|(?=rolled\s)"
                           r"|(?=(?:" + _FLOW_VERB + r"|made)(?:\s+(?:in|during|over|last|nationwide|domestically)\b|,\s+(?:up|down)\s"
                           # ("That compares with 78,499 NEVs produced and 74,763 sold in 2014")
                           r"|\s+and\s+(?:" + _QUAL + r"\s+)?\d[\d.,]*(?:\s+(?:million|thousand))?\s+(?:" + _FLOW_VERB + r")\b)))"
                           r"(" + _PASSIVE_FLOW_VERB + r"|rolled\s+off(?=" + _LINES + r"))\b(?:" + _LINES + r")?(?:\s+and\s+(" + _PASSIVE_FLOW_VERB + r")\b)?", re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:were|was|been)\s+(?:(?:" + _FLOW_VERB + r")\s+and\s+)?$", re.I)
# "Industrial robots stood out. A total of 29,100 sets were produced in the first quarter"
_TOPIC_PASSIVE_LEAD = re.compile(r"(?:a\s+total\s+of\s+)?(?:" + _QUAL + r"\s+)?", re.I)
_TOPIC_PASSIVE_UNIT = re.compile(r"\s*(?:units?|sets?|vehicles|cars|robots)?(?=\s+(?:(?:have|has|had)\s+been|were|was)\s)", re.I)
_AND_PASSIVE = re.compile(r"(?:\s+(?:in|during|for|over|across)\s+[\w -]{2,30}?)*\s*,?\s*(?:and|while)\s+(?:" + _QUAL + r"\s+)?$", re.I)
_PASSIVE_SECOND = re.compile(r"\s+(?:(?:units|vehicles)\s+)?(?:(?:have|has|had)\s+been\s+|were\s+|was\s+)?"
                             r"(" + _PASSIVE_FLOW_VERB + r")\b", re.I)
_GROWTH_TO_LEAD = re.compile(r"\s*(?:(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
                             r"December|the\s+first\s+(?:half|quarter|three\s+quarters|[a-z]+\s+months))(?:\s+(?:of\s+)?20\d\d)?\s+)?"   # ("DOU in December rose 9.9%")
                             r"(?:has\s+|have\s+|had\s+)?(?:rose|risen|grew|grown|increased|jumped|climbed|surged|soared|"
                             r"expanded|fell|declined|dropped|decreased)\s+(?:by\s+)?", re.I)
_GROWTH_TO_TAIL = re.compile(r"\s*(?:(?:year-on-year|year\s+on\s+year|yoy|from\s+a\s+year\s+(?:earlier|ago))\s*,?\s+)?"
                             r"(?:(?:in|over)\s+(?:the\s+)?(?:first\s+|past\s+|last\s+)?(?:[a-z]+\s+)?(?:months|quarter|year|half)"
                             r"(?:\s+of\s+(?:20\d\d|this\s+year|the\s+year))?\s*,?\s+|"   # "jumped by 36.6 million in six months to"
                             r"(?:since|from)\s+(?:the\s+)?end\s+of\s+(?:last\s+year|the\s+previous\s+year|20\d\d)\s*,?\s+)?"
                             r"to\s+(?:" + _QUAL + r"\s+)?" + _CURRENCY, re.I)
_FROM_TO_LEAD = re.compile(r"\s*(?:has\s+|have\s+|had\s+)?(?:" + CHANGE_VERBS + r"|rise|grow|increase|climb|jump|fall|drop|decline)\s+from\s+(?:" + _QUAL + r"\s+)?" + _CURRENCY, re.I)
_FROM_TO_GAP = re.compile(r"\s*(?:units|sets|users|subscribers|vehicles|GB|yuan|percent|per\s+cent)?\s*"
                          r"(?P<when>,?\s*(?:at|by|as\s+of|in|for)\s+[\w -]{2,40}?)?"
                          # "from 718,000 at the end of 2020, when the rollout was a year old, to 4.838 million"
                          r"(?:,\s*(?:when|which|as|after|before)\s+[^,;\d]{3,80}?,)?\s*,?\s+to\s+(?:"
                          + _QUAL + r"\s+)?" + _CURRENCY, re.I)
# "The software industry grew its revenue from 4.3 trillion yuan in 2015 to 8.16 trillion": the verb is in the anchor
_VERB_ITS_END = re.compile(CHANGE_VERBS + r"\s+(?:its|their)\s+(?:revenue|income|output|sales|production)\s*$", re.I)
_FROM_BARE = re.compile(r"\s*from\s+(?:" + _QUAL + r"\s+)?" + _CURRENCY, re.I)
# (also "more than tripled to 91.75 million")
_RISE_TO_END = re.compile(r"\b(?:has\s+|have\s+)?(?:rose|risen|increased|grew|grown|climbed|jumped|expanded|surged|soared|"
                          r"(?:more\s+than\s+|nearly\s+|almost\s+)?(?:doubled|tripled|trebled|quadrupled))\s+to\s*$", re.I)
# (also after the abbreviation: "Industrial value-added (IVA) of enterprises above designated size")
_RESTATED_SUBJ_GAP = re.compile(r"(?:\s*\((?-i:[A-Z]{2,5})\))?\s+(?:at|of|in|from|by)\s+(?:" + _CHINA_POSS + r"\s+|the\s+|all\s+)?", re.I)
_VS_EXPECTATIONS = re.compile(
    r"\b(?:beating|beat|beats|exceeding|exceeded|topping|topped|missing|missed|undershot|undershooting|overshot|overshooting|surpassing|surpassed|outpacing|above|below|versus|vs\.?|against|ahead\s+of|short\s+of|"
    r"compared\s+with|in\s+line\s+with|than|as)\s+(?:[\w'.%()-]+(?:,\d{3})*\s+){0,10}?"   # ("than the 7.3% contraction economists surveyed by Reuters had expected")
    r"(?:forecasts?|forecasted|expectations?|expected|estimates?|estimated|projections?|projected|predicted|anticipated|targets?|goals?|consensus)\b", re.I)
_TOTAL_TO = re.compile(r"\b(?:bringing|taking|raising|pushing|lifting|dragging|pulling|brought|took|raised|pushed|lifted|dragged|pulled)\s+"
                       r"(?:(?:the|its|their|" + _CHINA_POSS + r")\s+(?:(?:national|nationwide|overall|cumulative|year-to-date)\s+)?"
                       r"(?:[A-Z][a-z]+(?:-|-to-|\s+to\s+)[A-Z][a-z]+\s+|(?P<year>(?:19|20)\d\d)\s+)?(?:total|tally|number|count)|(?:the\s+)?cumulative\s+(?:shipments|sales|output|production)"
                       # "bringing first-quarter production to", "bringing output for the year so far to"
                       r"|(?:the\s+|" + _CHINA_POSS + r"\s+)?(?:[\w-]+\s+){0,2}?(?:output|production|sales|revenue|shipments|deliveries)"   # ("bringing shipments in the first nine months to 715,000")
                       # ("taking the country's output for the whole of last year to 808.4 million tonnes")
                       # "rose 5.8% in the third quarter, bringing growth for the first nine months to 1.2%"
                       # (also "bringing the increase for the first half of 2018 to 6.7 per cent")
                       # ("taking the Jan-Apr decline to 3.0% y/y": a fall)
                       r"|(?P<growth>(?:(?:the\s+)?[\w-]+\s+)?growth|the\s+(?:[\w-]+\s+)?(?:increase|rise|expansion|gain|(?P<fallg>decline|drop|fall|contraction))))"   # ("bringing first-half growth to 6.9 percent")
                       r"(?:\s+(?:number|count))?(?:\s+of\s+[a-z0-9\s\-\"'“”]{1,80}?)?(?:\s+(?:nationwide|across\s+the\s+country|in\s+China))?"
                       r"(?:\s+(?:for|in|during|over)\s+[^,;]{3,40}?|\s+so\s+far\s+this\s+year)?\s+(?:(?:down|up|back)\s+)?to\s+(?:an?\s+(?:record|new\s+high\s+of)\s+)?(?:" + _QUAL + r"\s+)?$"   # ("dragging year-to-date growth down to 4.0%")
                       # "China added 580,000 5G base stations, giving it a network of 718,000"
                       r"|\bgiving\s+(?:it|China|the\s+country|the\s+nation)\s+a\s+(?:network|total|fleet)\s+of\s+(?:" + _QUAL + r"\s+)?$", re.I)
_SHARE_OF_TOTAL = re.compile(r"\b(?:making\s+up|made\s+up|accounting\s+for|accounted\s+for|representing|represented)\s+"
                             r"[^,;.]{0,20}?\d[\d.]*\s*(?:%|percent|per\s+cent)\s+of\s+(?:the\s+total|all|them|the\s+figure)\b", re.I)
_SIGNED_OTHER_BASE = re.compile(r"\s*(?:m/m|mom|m-o-m|q/q|qoq|month[\s-]on[\s-]month|from\s+(?:the\s+)?(?:previous|prior|last)\b|on\s+the\s+(?:previous|prior|last)\b|sequential)", re.I)
_OPEN_BRACKET = re.compile(r"[^()]{0,12}\(\s*[^()\d]{0,10}")   # ("(about ₹35 lakh crore)")
_ZH_OTHER_SUBJECT_RATE = re.compile(r"[\s，,；;](?![比较同增累全其分均])[\u4e00-\u9fff]{2,10}[量户入额数值资口耗](?:同比|累计)?(?:增长|下降)$")   # (also "，单位工业增加值能耗累计下降28%")
_ZH_PAIR_FROM = re.compile(r"\s*(?:分别)?(?:从|由)(?P<y>(?:19|20)\d\d)年(?P<end>底|末)?的\s*")
_ZH_PAIR_TO = re.compile(r"\s*[，,]?\s*(?:分别)?(?:增加|增长|提高|提升|上升|扩大|跃升|攀升)?(?:到|至)(?P<y>(?:19|20)\d\d)年(?P<end>底|末)?的\s*")
_ZH_PAIR_JOIN = re.compile(r"\s*(?:、|和|及|与|,|，)\s*")
# ("消费品工业增加值增速仍慢于全部工业，…，6月PPI同比下降0.8%": a price index's rate)
_ZH_PRICE_RATE = re.compile(r"(?:PPI|CPI|PMI|价格指数|价格|物价)(?:同比|环比)?(?:增长|下降|上涨|上升|回落)$")
_AND_CLAUSE = re.compile(r",?\s+and\s+")
_TOTAL_BEFORE = re.compile(r"\b(?:total|overall)\s+$", re.I)
_THE_PERIOD = re.compile(r"(?:period|reporting\s+period|quarter|half|month|year)\b(?!\s+(?:of|ago|earlier|before))", re.I)
# "First, ... Second, ...": a new point of a spoken list starts afresh (no period carried over)
_BUT_YET = re.compile(r",\s+(?:yet|but)\s+(?!(?:is|are|was|were|will|would|could|should|may|might|to|also|expected|forecast)\b)")
_NEW_POINT = re.compile(r"(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Firstly|Secondly|Thirdly|Finally|Lastly),\s")
# "截至今年6月底，…达到71.5%。目前，…平台超过70个": now, not the date before (nor for the sentences after)
_ZH_NOW_OPENING = re.compile(r"\s*(?:截至|截止)?(?:目前|当前)[,，]")
# "reached 27.9 million units, and sales 28.0 million" / "..., and gigabit broadband users 230 million":
# "… and sales by 3%": a rate whose verb (_CHANGE_VERB) is the clause before's
_CHANGE_VERB = re.compile(r"\b(?:rose|increased|grew|climbed|jumped|surged|soared|gained|expanded|advanced|fell|declined|dropped|"
                          r"decreased|slipped|slid|shrank|contracted|plunged|tumbled|slumped|sank)\b", re.I)
_VERB_OBJECT_BY = re.compile(r"\b(?P<v>grew|raised|increased|boosted|lifted|expanded|cut|reduced|lowered)\s+(?:(?:its|their)\s+)?"
                             r"(?:production|output|sales|shipments|revenue)(?:\s+(?:last|this)\s+year|\s+in\s+(?:19|20)\d\d)?\s+by\s+$", re.I)
_ELIDED_BY = re.compile(r"\d[^,;]{0,30}(?:,\s+|\s+)(?:and|while)\s+(?:sales|production|output|shipments|revenue)\s+(?P<by>by\s+)?$", re.I)
# "…, and climbed 68 percent to 1.03 million in the first 11 months": a second pair after the first
_EXACT_AFTER = re.compile(r"\s*(?:units|vehicles)?\s*,?\s*(?:to\s+be\s+(?:exact|precise)|precisely|exactly)\b", re.I)
_EACH_AFTER = re.compile(r"\s*(?:units|vehicles|cars|users|subscribers)?\s+each\b(?!\s+(?:month|year|day|quarter|week))", re.I)
# (also past who said it: "... in November, the China Association of Automobile Manufacturers said, and were up")
_SECOND_PAIR_GAP = re.compile(r"(?:\s+units|\s+vehicles)?(?:\s+(?:in|for|during|over)\s+[^,;()]{3,40}?)?"
                              r"(?:,\s+(?:the\s+)?[A-Z][\w\s()'-]{1,80}?\s+(?:said|says|reported))?(?:\s*,?\s+(?:and|while|but)\s+|\s*;\s*(?=(?:up|down)\s))"   # ("…: up 6.2 percent in January-September; up 6.5 percent in September")
                              r"(?:(?:was|were)\s+(?:still\s+)?(?=up|down))?(?:(?P<to>(?:rebounded|recovered|accelerated|picked\s+up|quickened|slowed|eased|moderated)\s+to)\s+|"
                              r"(?:up|down|" + _CHANGE_VERB.pattern + r")\s+(?:by\s+)?)?", re.I)
_SECOND_LEVEL_GAP = re.compile(r"(?:\s+(?:year[\s-]on[\s-]year|year-over-year|yoy|y/y))?\s*,\s*and\s+(?:(?:was|were|stood\s+at|came\s+to|totall?ed|reached)\s+)?"
                               r"(?:" + _QUAL + r"\s+)?", re.I)
_SECOND_LEVEL_WHEN_GAP = re.compile(r"(?:\s+(?:year[\s-]on[\s-]year|year-over-year|yoy|y/y))?\s*,\s*(?:and|while|whereas)\s+(?:in|for|during)\s+(?P<when>[^,;\d]{3,30}?),?\s+"
                                    r"it\s+(?:was|totall?ed|stood\s+at|came\s+to|reached|amounted\s+to)\s+(?:" + _QUAL + r"\s+)?", re.I)
_LEVEL_THEN_RATE = re.compile(r"\s*(?:units|sets|vehicles|tonnes|tons)?\s+(?:was|were)\s+(?:still\s+|also\s+)?(?:up|down)\s+(?:by\s+)?", re.I)
_SECOND_LEVEL_RATE = re.compile(r"(?:\s+period)?\s*,\s*(?:up|down|an?\s+(?:increase|rise|gain|decrease|drop|decline)\s+of|rising|falling|increasing|decreasing)\s+(?:by\s+)?", re.I)
_CONTRACTION_AFTER = re.compile(r"\s+(?:contraction|decline|drop|fall|decrease)\b", re.I)
_SECOND_PAIR_WHEN = re.compile(r"(?:\s+(?:units|vehicles|growth))?(?:\s+(?:year[\s-]on[\s-]year|from\s+a\s+year\s+(?:earlier|ago)))?\s*,?\s*(?:(?:in|for|during|over)\s+)?(?:the\s+)?", re.I)
_SECOND_PAIR_TO = re.compile(r"(?:\s*percent|\s*per\s+cent)?\s+(?:to|at)\s+(?:" + _QUAL + r"\s+)?", re.I)   # ("were up 14.1 percent at 25.08 million")
_TO_LEVEL_AFTER = re.compile(r"\s+to\s+(?:" + _QUAL + r"\s+)?\d", re.I)   # ("... and sales 53.3 percent to 777,000")
# the verb of the clause before is understood (ends at the attribute's end or at the noun's start)
# (also "…, and total profit for the software industry RMB1.26tr", "… units and their sales 12.866 million")
_ELIDED_VERB = re.compile(r"\d[^,;]{0,24}(?:,\s+|\s+)(?:and|while)\s+(?:the\s+number\s+of\s+|(?:(?:its|their|total)\s+)*[a-z]+"
                          r"(?:\s+(?:for|of)\s+the\s+[a-z]+(?:\s+[a-z]+)?)?)?$"
                          r"|\d[^,;\d]{0,24}\s+(?:in|during|for|over)\s+the\s+[\w -]{3,24}?\s+(?:and|while)\s+[a-z]+$")   # "... units in the nine months and sales"
# "the value added of industrial enterprises above designated size nationwide grew 1.2%" (not
# "... grew faster than the national average, at 5%")
_ZH_NATIONAL_OPENER = re.compile(r"\s*(?:[^，,。；;]{1,24}[，,]\s*){0,3}(?:全国|我国)")   # ("信息通信业方面，截至6月底，全国…")
_NATIONAL_OPENER = re.compile(r"\s*(?:across\s+(?:china|the\s+country)|nationwide|nationally|in\s+china\s+as\s+a\s+whole)\s*,")
_NATIONAL_AFTER_SUBJECT = re.compile(r"[^,;，；]*?\b(?:nationwide|across\s+(?:the\s+country|China)|in\s+China|in\s+the\s+country)\b"
                                     r"(?![^,;]*\b(?:than|average)\b)", re.I)
_NATIONAL = re.compile(r"\b(?:(?<!west )(?<!east )(?<!south )(?<!north )(?<!central )"   # not "southwest China's Guizhou"
                       r"china(?!\s+(?:telecom|mobile|unicom|broadnet|tower))|(?<!its\s)(?<!their\s)chinese(?!\s+(?:partners?|joint\s+ventures?|ventures?|affiliates?|units?|subsidiar))|nationwide|national\s+total|nationally|(?<!led\s)(?<!leads\s)(?<!topped\s)(?<!tops\s)the\s+(?:country|nation)|nation's|country's|the\s+mainland)\b")   # (not "Guangdong … led the country with")
# what may open a sentence before its attribute: a time phrase and a comma, "the", "its", "total"
# a short clause closed by a colon before the sentence's subject ("And the slowdown has deepened: growth
# slowed to 5.4%", "The slump deepened toward year-end: In December alone, sales plunged")
_COLON_LEAD = r"(?:[A-Z][^;.:\d]{3,60}:\s+)?"   # ("Month by month, the picture brightened: ")
_CAPTION = re.compile(r"(?:file\s+)?photos?\s+(?:taken|shows|:)|[(\[]?(?:photo|image|pictured)(?:\s+caption)?\s*:|[(\[]?caption\s*:|\([A-Z][\w/. -]{1,40}\)\s*$", re.I)
_CONTRAST_CLAUSE = re.compile(r"[,;]\s*(?:而|但|然而|相比之下|whereas|while|but|compared\s+with|up\s+from|down\s+from)", re.I)
_WHICH_ASIDE = re.compile(r",\s*which\s[^,;]{3,160},")
# "grew 5.7 percent, compared with 5.4 percent in November, a slight pickup that economists said might
# reflect stockpiling": a comment on the figures after them, not a forecast of them
# (also "reached 889 million … — a threshold the industry expects to cross by mid-year")
# "rose 6.0%, the bureau said, keeping the economy on course to meet Beijing's growth target": what the
# figure does, not a target for it
_EVENT_IN = re.compile(r"\b(?:cut|cuts|reduction|rise|hike|change|launch|introduction|removal|expiry|end|phase-out|"
                       r"halving|doubling)\s+(?:in|of|to)\s+the\s+[\w\s-]{3,50}?\s+(?:in|from|since)\s+$", re.I)
# "its revenue rose by 14.6%, to 3.9trn yuan ($560bn), in the first eight months": the figure's period after a comma
_ASIDE_PERIOD_BEFORE = re.compile(r",\s*(?:(?:which|that)\s+(?:was|were|had\s+been)\s+)?(?:[a-z]+ed|hit|shut|struck|caught)\b[\w\s-]{0,25}?\s(?:in|during)\s+(?:the\s+)?$", re.I)
_COMMA_THEN_PERIOD = re.compile(r",\s*(?:(?:in|for|during|over)\s+(?:the\s+)?)?$")
_TO_BE_EXACT = re.compile(r"\s*(?:[a-z]+\s+){0,2}to\s+be\s+(?:exact|precise)\b", re.I)
_THE_FIGURE = re.compile(r"\s+(?:figure|tally)\b")
# "…, and it was a marked pickup from 5.3 percent in the January-February period"
_PICKUP_FROM = re.compile(r"\b(?:it|that|this)\s+was\s+(?:also\s+)?(?:an?\s+)?(?:[a-z]+\s+){0,2}?(?:pickup|pick-up|acceleration|rebound|improvement|slowdown|deceleration)\s+from\s+$", re.I)
_PICKUP_PERIOD_GAP = re.compile(r"(?:\s+growth)?\s+(?:in|for|over)\s+(?:the\s+)?")
# "At the end of 2024 the figure was 1.014 billion"
_FIGURE_WAS = re.compile(r"\b(?:the|that|this)\s+(?:figure|number|total|tally)\s+(?:was|had\s+been|stood\s+at)\s+(?:" + _QUAL + r"\s+)?$", re.I)

_WAS_RATE_AFTER = re.compile(r"[a-z\s]{0,20},\s*(?:(?:was|is)\s+)?(?=up\b|down\b)|,(?=同比(?:增长|下降))", re.I)
# "The precise number, 803.83 million tons, was …"; "The steel figure -- 803.83 million tonnes according to …"
_PRECISE_NUMBER = re.compile(r"\bputs?\s+(?:the|that|this)\s+(?:(?:exact|precise|full|official|actual|unrounded)\s+)?(?:figure|number|total|tally)\s+at\s*$"   # "In its annual bulletin, it put the figure at 1.1251 trillion yuan"
                             # "The association put full-year sales at 24.598 million", "Precise figures … put revenue at RMB
                             # 8.1616 trillion and profit at RMB 1.0676 trillion" (a figure the level read before rounds to)
                             r"|\bput\s+(?:(?:[\w-]+\s+){1,3}at\s+(?:[^.;]|\.(?=\d)){3,40}?\s+and\s+)?(?:[\w-]+\s+){1,3}at\s+(?:RMB|CNY|US\$)?\s*$"
                             r"|\b(?:the|its)\s+(?:(?:precise|exact)\s+(?:number|figure|total|tally|count)\s*(?:,|was|is|:)"
                             r"|official\s+(?:number|figure|total|tally|count)\s+(?:stood\s+at|was|came\s+to)"   # "The official tally stood at 4.087 million"
                             r"|(?:[\w-]+\s+){0,2}(?:figure|number|total|tally|count)\s*(?:--?|:))\s*$"
                             r"|(?:数据|数字)(?:具体|确切|准确)(?:为|是)\s*$|(?:具体|确切|准确|精确)(?:的)?(?:数据|数字|数值)(?:为|是)\s*$"   # ("这一数据具体为58628亿元")
                             r"|(?<=[,:])\s*(?:具体|确切|准确)(?:为|是)\s*$", re.I)   # ("…近3万亿元。工信部数据显示，具体为29150亿元")
# (also "…, the association said, cutting its full-year sales growth forecast to 3 percent": the
# forecast is the revision's, not the figure's)
_CONSEQUENCE_AFTER = re.compile(r",\s*(?:(?:keeping|putting|leaving|setting|prompting)\s+(?:the|it|China|Beijing)\b"
                                r"|(?:cutting|raising|lowering|trimming|revising|lifting)\s+(?:its|their)\s"
                                # ("grew 9.2%, reflecting the gap … that European operators will recognise": a comment)
                                r"|(?:reflecting|underscoring|highlighting|illustrating|showing)\s+(?:the|a|an|how)\s"
                                # (", undercutting hopes that … would stabilise the sector")
                                r"|(?:undercutting|dashing|dampening|denting|fuel?ling|raising|boosting|stoking|sparking|adding\s+to|easing|allaying"
                                r"|defying|confounding|beating|exceeding|surpassing|belying|topping)\s+(?:(?:market|analysts'|analyst|many|most|some|earlier)\s+)?"
                                r"(?:hopes|expectations|fears|concerns|worries|forecasts|predictions)\b)")   # (also ", defying expectations that output curbs would …")
_COMMENT_AFTER = re.compile(r"(?:,|\s[\u2014\u2013]|\s--?)\s*(?:which|an?\s[\w\s-]{0,40}?(?:that|which)"
                            r"|an?\s+(?:[a-z]+\s+)?(?:threshold|milestone|mark|level|record)\b"
                            # ", just months after President Xi pledged that China would peak emissions before 2030"
                            r"|(?:just\s+|only\s+|barely\s+)?(?:(?:days|weeks|months|a\s+year|years)\s+)(?:after|before)\b)\s", re.I)
_TOPIC_COPULA = re.compile(r"\b(?:is|are|was|were|remains|remained)\s+(?:still\s+)?(?:the\s+)?"
                            r"(?:[\w-]+'s\s+(?:(?!of\b|for\b|in\b|and\b)[a-z-]+\s+)?)?\x22?$", re.I)   # ("the state's favoured")
_OF_SUBJECT = re.compile(r"\s+of\s+(?:the\s+|all\s+)?\x22?")   # (also 'Sales of "new energy" vehicles', "Sales of all vehicles")
_CLAUSE_OPENING = re.compile(
    r"(?:[-•*·]\s+)?" + _COLON_LEAD +   # (also a bullet's: "- For the quarter, sales were down 11.3%")
    # ("But the car industry … is in trouble. Last week the China Association of Automobile
    # Manufacturers said sales fell by 2.8%")
    # ("Separately, the China Association of Automobile Manufacturers reported sales of …")
    r"(?:(?:but|and|yet|still)\s+)?(?:(?:separately|meanwhile|elsewhere|additionally|in\s+addition),\s*)?(?:(?:for|by|in)\s+comparison,\s*)?(?:(?:last|this)\s+(?:week|month)\s+)?"
    r"(?:(?:a|one)\s+year\s+(?:earlier|before),\s*(?=(?:in|for)\s+(?:19|20)\d\d,))?"   # ("A year earlier, in 2017, sales had grown 3%")
    r"(?:(?:more\s+)?(?:precisely|exactly|specifically)\s*,\s*|to\s+be\s+(?:precise|exact)\s*,\s*)?"   # ("Precisely, sales were 24,597,600 units")
    # ("The increase was boosted by a surge in December, when sales jumped 15.4%")
    r"(?:[^,;.\d]{3,80}?\s(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),\s+when\s+|"
    # ("December was the worst month of the year, with sales down 13%"): the month, then its figures
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+was\s+[^,;.\d]{2,50},\s+with\s+|"
    # ("But a global chip shortage dragged June sales down 12.4 per cent"): a cause moving the figure
    r"[^,;.\d]{3,60}?\s(?:dragged|pushed|pulled|sent|knocked)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?|"
    r"(?:for|in|during|over|from|through)\s+(?:the\s+)?[\w\s-]{1,30}?,\s*(?:(?:however|though|meanwhile|by\s+contrast|in\s+contrast),\s*)?|(?:in|for|during|over)\s+the\s+(?:first|past|last)\s+[a-z-]+\s+(?:months|quarters)\s+|according\s+to\s+[\w\s'-]{3,60}?(?:\s+\([A-Z]{2,8}\))?,\s*|(?:the\s+)?(?:china\s+association\s+of\s+automobile\s+manufacturers|association|ministry|bureau|caam|miit|nbs|cpca)(?:\s+\([A-Z]{2,8}\))?(?:'s\s+(?:[a-z]+\s+)?(?:figures|data|numbers|statistics)(?:\s+\([^()]{1,30}\))?)?\s+(?:says|said|reports|reported|shows?|showed)\s+(?:that\s+)?|(?:(?:in|over|during|for)\s+(?=[A-Z][a-z]+-[A-Z]|[A-Z][a-z]+\s+alone\b)|(?<=:\s)(?:in|during)\s+)?(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December)(?:-(?:February|March|April|May|June|July|August|September|October|November|December))?"
    r"(?:\s+alone)?\s+|year-to-date\s+"   # ("Year-to-date sales were 18.624 million", "January-November sales totaled 25.41 million")
    r"|(?:first|second|third|fourth)-quarter\s+|(?:first|second)-half\s+|(?:(?:in|for)\s+)?full-year(?:\s+(?:19|20)\d\d)?,?\s+"   # ("First-quarter production and sales reached …")
    # (also "Over January-April output totalled 336.33mt", "In June alone sales fell 2.3%", after a colon lead "in December
    # sales dropped 13%", not "Car sales fell 8.2% in 2019. In December production rose 6.9%": which production, unsaid)
    # "CAAM put sales at 28.028 million": the source's figure for the subject before
    # ("The ministry's figures put total output at 25.721 million units")
    # ("The China Association of Automobile Manufacturers (CAAM), whose figures the ministry uses, put full-year sales at")
    r"|(?:[A-Z]{2,8}|the\s+(?:association|ministry|bureau)|the\s+China\s+(?:[A-Z][a-z]+\s+(?:of\s+|and\s+)?){1,5}(?:\([A-Z]{2,8}\))?)"
    r"(?:,\s+(?:whose|which|the)\s[^,;.\d]{3,60},)?(?:'s\s+(?:figures|data|statistics))?\s+(?:put|puts|estimated|estimates)\s+"
    # "The association said full-year sales came to 25.769 million vehicles"
    r"|(?:[A-Z]{2,8}|the\s+(?:association|ministry|bureau)|the\s+China\s+(?:[A-Z][a-z]+\s+(?:of\s+|and\s+)?){1,5}(?:\([A-Z]{2,8}\)\s+)?"
    r"|[Oo]fficials|[Aa]uthorities)"   # ("Officials say output in March was down 1.1 percent")
    r"\s*(?:said|says|say|reported)\s+(?:that\s+)?"
    # "Detailed figures showed production was 803.83m tonnes"
    # ("Detailed figures released alongside the briefing put the two-month revenue at 1.7199 trillion yuan")
    # ("Data from the CAAM showed production and sales of …")
    # ("CAAM figures released last week showed sales of 2.61 million units")
    r"|(?:(?:detailed|official|separate|the)\s+)?(?:(?-i:[A-Z]{2,8})\s+)?(?:figures|data|statistics)(?:\s+(?:from|by)\s+(?:the\s+)?(?:[A-Z]{2,8}|association|ministry|bureau"
    r"|China\s+(?:[A-Z][a-z]+\s+(?:of\s+|and\s+)?){1,5}(?:\([A-Z]{2,8}\))?))?(?:\s+(?:released|published|issued)\s[^,;.\d]{0,40}?)?"
    r"\s+(?:showed|show|shows|put|puts)\s+(?:that\s+)?)?"
    r"(?:(?:the|its|their|total|the\s+country's|China's|the\s+nation's)\s+)?"
    r"(?:(?:full-year|annual|overall|(?:two|three|four|five|six|seven|eight|nine|ten|eleven)-month)\s+|new-)?"
    r"(?:(?:19|20)\d\d\s+)?", re.I)   # ("The association said total 2018 sales were 28.08 million vehicles")
_RATE_ADVERB = r"(?:(?:slightly|sharply|further|somewhat|modestly|marginally)\s+)?"   # "picked up slightly to"
_ANAPHOR_RATE = re.compile(
    r"(?:[-•*·]\s*)?" + _COLON_LEAD + r"(?:(?:but|yet|and)\s+)?" +   # ("But growth in March alone slowed to 5.0%")
    # ("In April, when Shanghai's lockdown was at its tightest, output contracted 2.9%")
    r"(?:(?:in|for|during|over)\s+[^,;.]{2,40},\s*(?P<when>when\s+[^,;.\d]{3,60},\s*)?|[A-Z][a-z]+\s+alone,?\s*|by\s+(?:quarter|month),\s*"
    # "That leaves cumulative growth over January-October at 4.1%"
    r"|(?P<leaves>(?:that|this|which)\s+(?:leaves|left|puts|put|takes|took|brings|brought)\s+)(?=(?:cumulative|year-to-date|ytd)\s+growth\s)"   # ("By quarter, growth picked up to 4.5% yoy in 2Q")
    # ("After plunging 13.5% y/y in January-February, output was down just 1.1% y/y in March")
    r"|after\s+(?:plunging|falling|dropping|declining|contracting|shrinking|slumping|sliding|tumbling|rising|growing|expanding|"
    r"increasing|jumping|surging|climbing)\s+(?:by\s+)?[\d.]+\s?(?:%|percent|per\s+cent)[^,;.\d]{0,40},\s*"
    r"|(?:in|for|during|over)\s+the\s+(?:first|past|last)\s+(?:[a-z-]+|\d{1,2})\s+(?:months|quarters)(?:\s+of\s+(?:the\s+year|20\d\d))?\s+(?=it\b)"   # "Over the first nine months it was 6.4% higher"
    # "In December it grew 5.7 percent", "In June alone the pace quickened to 7.6%" (no comma)
    r"|(?:in|for|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?-i:Q[1-4]|[1-4]Q)|the\s+(?:first|second|third|fourth)\s+quarter)(?:\s+alone)?\s+(?=it\b|the\s|growth\s|output\s|production\s)"   # ("In Q2 alone growth slowed to 8.9%")
    r"|(?:in|for|during|over)\s+the\s+(?:full|whole|entire)\s+year\s+(?=it\b)"   # "For the full year it rose 6.1%"
    r"|(?:in|for|during|over)\s+the\s+" + _MONTH_SPAN + r"\s+period\s+(?=it\b)"   # "For the January-September period it rose 6.7 percent"
    # "Growth picked up in the third quarter, with value-added rising 4.2 percent", "The decline narrowed
    # sharply in March, when output dropped 1.1 per cent": the rate talked of, in the clause after
    r"|(?:growth|momentum|the\s+(?:decline|contraction|slowdown|recovery|rebound))\s+(?:[a-z]+\s+){1,2}?(?:in|during)\s+[^,;.\d]{3,30},\s*"
    r"(?:with|when)\s+(?=(?:output|production|value[\s-]added)\s)"
    r"|(?:in|for|during)\s+the\s+[^,;.]{0,30}?(?:months|quarters?|half|year|20\d\d)\s+(?=(?:output|production)\s+(?:grew|rose|increased|expanded|fell|declined)\b))?"   # "For the first seven months of the year output grew"
    # (or a month range's: "January-July growth eased to 6.3%")
    r"(?:" + _MONTH_SPAN + r"(?:'s)?\s+(?=growth|increase|rise|gain|expansion|reading))?"
    r"(?:(?:the\s+)?(?:first|second|third|fourth)[\s-]quarter\s+(?=growth|output\s|production\s))?"   # "Second-quarter growth came in at 6.1%"
    # ("Quarterly growth eased to 5.9% y/y in 2Q", "June IVA growth picked up to 6.3%")
    r"(?:(?:quarterly|(?-i:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+(?-i:IVA|IP))?)\s+(?=growth\s))?"
    r"(?:(?:affected\s+by|due\s+to|despite|amid|hit\s+by|dragged\s+by)\s+[^,;.]{3,40},\s*)?"
    r"(?:(?:it|the\s+growth(?:\s+rate)?|(?:cumulative\s+|year[\s-]to[\s-]date\s+)?growth|output\s+growth|the\s+(?:monthly\s+|headline\s+)?(?:rate|figure|increase|pace|measure|gauge|print|reading)|the\s+(?-i:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:print|reading|figure)|(?<='s\s)(?:increase|rise|gain|expansion|reading)"
    r"|(?P<output>output|production|(?<=with\s|when\s)value[\s-]added|the\s+value[\s-]added(?=\s+(?:grew|rose|increased|expanded)\s))"   # ("In June, the value-added grew 8.3 percent")
    # "September picked up to 6.6 per cent, accelerating from 6.0 per cent in August": the month's rate
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?=\s+(?:(?:picked\s+up|accelerated|re-?accelerated|quickened|slowed|eased|rebounded|recovered|cooled|moderated)\s+(?:\w+\s+)?to|came\s+in\s+at)\s+\+?\d)"   # "In June alone, output grew 6%": only an output's own rate
    # "In March, the decline narrowed to 1.1%": a fall's size, so a negative rate
    r"|the\s+(?P<fall>contraction|decline|drop|fall)(?=\s+narrowed\b)"
    # "A small uptick in December, to 5.7% from 5.4% in November, did little to lift the gloom"
    r"|(?:an?|the)\s+(?:(?:small|slight|modest|sharp|marked|further|welcome)\s+)?(?:uptick|downtick|pick-?up|acceleration|slowdown|dip)"
    r"(?=\s+in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December),\s+to\s))"
    r"(?:\s+(?:in|for|during|over)\s+[^,;.]{3,30}?)?,?\s+(?:also\s+)?(?:(?<=it\s)had\s+(?:briefly\s+|already\s+)?(?=grown|risen|expanded|increased|climbed|fallen|declined|contracted|rebounded|recovered|slowed|picked))?"   # ("Growth over January-April as a whole slowed to 4.0%"; "It had expanded 4.8% in July")
    # ("Growth cooled to 3.1% in September", "it fell to 4.4%": the rate it moved to, not a fall)
    r"(?P<v>(?:cooled|softened|slipped|dipped|fell|dropped|declined|decelerated|rose|climbed|improved|recovered|jumped)\s+" + _RATE_ADVERB + r"to|(?<=,\s)to|"
    r"(?(leaves)at|(?!))|grew|grown|risen|rose|increased|expanded|climbed|jumped|gained|advanced|(?<=added\s)(?:rising|growing|expanding|falling|contracting)|reached|(?<=reading,\s)at|(?<='s\sreading\s)of|came\s+in\s+at|came\s+to|stood\s+at|(?<=growth\s)ran\s+at|was\s+(?:up|down)|was\s+also|was|(?<=growth\s)is|picked\s+up\s+" + _RATE_ADVERB + r"to|(?:re-?)?accelerated\s+" + _RATE_ADVERB + r"to|"
    r"held\s+(?:steady\s+|stable\s+|firm\s+)?at|(?:remained|stayed)\s+(?:steady\s+|stable\s+|unchanged\s+)?at|"   # "Second-quarter growth held steady at 6.9 percent"
    r"(?:slowed|quickened|eased|moderated|rebounded)\s+" + _RATE_ADVERB + r"to|narrowed\s+" + _RATE_ADVERB + r"to|(?:edged|ticked)\s+(?:up|down)\s+to|hit|registered|fell|declined|dropped|contracted|shrank|(?<=output\s)slipped|"
    r"(?:quickened|accelerated|picked\s+up|slowed|eased|rebounded|narrowed)\s+" + _RATE_ADVERB + r"in\s+[A-Z][a-z]+\s+to)\s+(?:by\s+)?(?:just\s+|only\s+)?"   # "Growth quickened in June to 6.3%"
    # "The third quarter saw growth of 4.2%"
    r"|(?:(?:the\s+)?(?:first|second|third|fourth)\s+quarter|(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)(?=\s+alone))(?:\s+alone)?\s+(?P<v2>saw|registered|recorded|posted)\s+"   # ("December alone saw growth of 7.3%")
    r"(?:(?:growth|an?\s+(?:increase|rise|expansion|gain))\s+of\s+"
    r"|an?\s+(?=[\d.]+\s?(?:%|percent|per\s+cent)\s+(?:rise|increase|gain|expansion)\b)"   # ("June alone posted a 6.8% rise")
    r"|(?<=alone\ssaw\s)(?=[\d.]+\s?(?:%|percent|per\s+cent)(?:\s+(?:growth|year[\s-]on[\s-]year))?\s*[.;,]))"   # ("while June alone saw 3.9 percent.")
    # "…; March alone printed 3.9% YoY"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+alone)?\s+(?:printed|came\s+in\s+at|ran\s+at|stood\s+at|(?<=alone\s)was)\s+(?:only\s+|just\s+)?(?=[+-]?[\d.]+\s?%)"   # (also "March came in at only 4.5%", "March alone was -1.1%"; "December printed 6.8% YoY", "December ran at 7.3%")
    # "December was little better, at 5.9%"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+was\s+(?:(?:little|slightly|no|somewhat|"
    r"a\s+(?:little|touch|bit|shade))\s+)?(?:better|worse|weaker|stronger|firmer|softer|faster|slower),\s+at\s+(?=\+?[\d.]+\s?(?:%|percent|per\s+cent))"
    # "The 3Q23 quarterly print of 4.2%YoY eased from 4.5% in 2Q23"
    r"|the\s+(?:[1-4]Q\d\d\s+|Q[1-4]\s+)?(?:quarterly|monthly|headline)\s+(?:print|reading)\s+of\s+"
    # "December's 6.9 per cent rise was the strongest in nine months" (the month is read by the period rules)
    r"|(?P<poss>January|February|March|April|May|June|July|August|September|October|November|December)'s\s+"
    # ("December's 5.7 percent was a touch better than November's 5.4 percent")
    # ("December's 5.9 percent, slowing from 6.2 percent in November, undershot …")
    r"(?=[\d.]+\s?(?:%|percent|per\s+cent)(?:\s+(?:rise|increase|gain|growth|expansion|jump|decline|drop|fall|contraction|slump|plunge|reading|was|came)\b"
    r"|,\s+(?:slowing|easing|moderating|cooling|accelerating|quickening|picking\s+up|rebounding|down|up)\s+from\s))"
    # "December's figure came in at 5.9 percent"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)'s\s+(?:figure|reading|print|number|growth\s+rate)\s+"
    r"(?:came\s+in\s+at|was|stood\s+at)\s+(?=[\d.]+\s?(?:%|percent|per\s+cent))"
    # "The second quarter was better: growth of 4.4 per cent" (after a lead that names its period)
    r"|(?<=:\s)(?:growth|an?\s+(?:increase|rise|gain|expansion))\s+of\s+(?=[\d.]+\s?(?:%|percent|per\s+cent))"
    # "That took growth in the first seven months to 6.8% y-o-y" (the months are read by the period rules)
    r"|(?:that|this|which)\s+(?:took|takes|brought|brings|put|puts|lifted|pushed|dragged|pulled)\s+(?:(?:cumulative|year-to-date|ytd)\s+)?growth\s+"
    r"(?:in|for|over|during)\s+[^,;.\d]{3,40}?\s+to\s+(?=[\d.]+\s?(?:%|percent|per\s+cent)))", re.I)
# "slowing from 5.6% in May and 6.7% in April": the list's next item after an earlier rate
_RATE_PERIOD_AFTER = re.compile(r"(?:\s?(?:%|percent|per\s+cent|pc))?(?:\s+(?:yoy|y/y|year-on-year))?\s+(?:in|for|during)\s+", re.I)
_LISTED_EARLIER_GAP = re.compile(_RATE_PERIOD_AFTER.pattern + r"[^,;]{2,24}?\s+and\s+(?P<sign>[+-])?", re.I)
# "… rose by 6.1% in 2015. That is the weakest since 1990. The year ended badly: growth slipped to 5.9%"
_RECORD_REMARK = re.compile(r"(?:that|this|it)(?:'s|\s+is|\s+was|\s+marks|\s+marked)\s+(?:the|its)\s+(?:weakest|slowest|strongest|fastest|lowest|highest)\b", re.I)
_TWO_YEAR_AVERAGE = re.compile(r"(?:the\s+)?(?:two-year\s+average|average\s+two-year)\s+(?:growth|rate|pace)\b", re.I)
_EXPECTED_TALK = re.compile(r"\b(?:economists|analysts|consensus|forecasts?|expected|expectations|polls?)\b", re.I)
# "Growth was 3.2%, down from 6.2% in 2023" (a rate with nothing after it but its comparison)
_GROWTH_WAS = re.compile(r"(?:(?:year-on-year\s+|annual\s+)?growth|the\s+(?:growth|increase)(?:\s+rate)?)\s+"
                         r"(?:was|came\s+in\s+at|came\s+to|stood\s+at|reached)\s+", re.I)
_GROWTH_WAS_END = re.compile(r"\s*(?:percent|per\s+cent)?(?:\s+(?:year[\s-]on[\s-]year|yoy|y/y))?\s*(?:[.;]|,\s+(?:down|up)\s+from\b)", re.I)
_ALONE_CLAUSE = re.compile(r",\s+(?:and|but|while)\s+(?=(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December)\s+alone\b)")
_FIGURELESS_DASH_LEAD = re.compile(r"[^\d;:,-]{10,100}?\s-\s")
_SPEAKER_LEAD = re.compile(r"(?:Speaking\s+(?:at|to|during|on)\s+[^,;]{3,90},\s*)?[A-Z][\w\s'.-]{0,60}?\s(?:told\s[^,;.\d]{3,60}?\s+that|said|says|noted|added)\s+(?:that\s+)?")
# "China had 4.1 million 5G base stations at the end of September. At the end of 2023, the figure
# was some 3.38 million": the one level of the sentence before, for this sentence's own period
_A_YEAR_EARLIER = r"a\s+year\s+(?:earlier|ago|before)"
_YEAR_EARLIER_OPENER = re.compile(r"(?:[-•*·]\s*)?" + _A_YEAR_EARLIER + r"\b", re.I)
_ANAPHOR_LEVEL = re.compile(
    r"(?:[-•*·]\s*)?(?:[^,;.]{3,50},\s*|(?:(?:by|at|as\s+of|in)\s+[^,;.]{3,30}?|" + _A_YEAR_EARLIER + r")\s+(?=the\s+(?:figure|total|tally|count)\b))?"   # ("By the end of June the count stood at")
    # ("In an annual briefing, MIIT officials said the total stood at 2.312 million at end-December")
    r"(?:[^,;.]{2,40}?\s+(?:said|says|reported)\s+(?:that\s+)?)?"
    # "… shipments of 112.83m in 9M20. September alone was 16.1m units": a month of that flow
    r"(?:(?P<alone>(?:in\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+alone)\s+"
    r"(?:was|came\s+to|totall?ed|amounted\s+to)\s+(?:" + _QUAL + r"\s+)?|"
    r"(?:the|that|this)\s+(?:figure|total|tally|count|number)"
    r"(?:\s+(?:for|in|over)\s+(?:the\s+)?(?:first|whole|full|entire|same)\b[^,;.]{1,30}?)?"   # "The figure for the first nine months was"
    r"\s+(?:(?:had|has|have)\s+)?(?:been\s+)?(?:was|were|is|stood\s+at|came\s+to|reached|totall?ed|hit|topped|"
    r"exceeded|surpassed|passed|amounted\s+to)\s+(?:" + _QUAL + r"\s+)?)"
    # "Ministry data showed the figure at 9.8233 trillion yuan"
    r"|(?:[^,;.]{2,40}?\s+)?(?:showed|shows|put|puts|placed|places)\s+the\s+(?:figure|total|tally)\s+at\s+(?:" + _QUAL + r"\s+)?"
    # "That brought output for the first six months to 419.75 million tonnes": the running total
    r"|(?:that|this)\s+(?:brought|took|lifted|pushed)\s+(?:the\s+)?(?:(?:total|cumulative)\s+)?"
    r"(?:output|production|sales|revenue|the\s+total|the\s+tally)?\s*(?:for|in|over)\s+[^,;.]{3,40}?\s+to\s+(?:" + _QUAL + r"\s+)?", re.I)
# "That compared with more than 410,000 at the end of June", "That's up from about 1.6 million NEVs sold in
# September", "The pace was down from 6.0 percent in the first half": the level's or rate's value before
# (of the sentence before) at the earlier date named
_ANAPHOR_EARLIER = re.compile(r"(?:that|this|it|(?P<gsubj>sales|output|production)\s+growth|the\s+(?:(?:first-half|first-quarter|headline|year-to-date|full-year)\s+(?=figure|reading|rate))?"
                              r"(?:pace|growth(?:\s+rate)?|rate|increase|figure|number|total|tally|reading))"   # ("The first-half figure was also up from 6.3 percent")
                              r"(?:\s+(?:compared|compares)\s+with|\s+(?:moderated|slowed|eased|decelerated|cooled|softened)\s+from|(?:'s|\s+is|\s+was)(?:\s+also)?\s+(?:the\s+(?:weakest|slowest|softest|strongest|fastest|lowest|highest|smallest|biggest|largest)\s+[^,;.]{2,60}?,\s+(?=up\s|down\s))?(?:(?:a\s+long\s+way|well|sharply|far|a\s+(?:touch|bit|little|shade))\s+(?=up\s|down\s))?(?:up|down|an?\s+(?:[\w-]+\s+)?(?:jump|increase|rise|gain|leap|drop|decline|fall|step\s+up))\s+from(?:\s+the(?=\s+\d))?"   # ("That is a long way down from 5.7% in 2019")
                              r"(?:\s+(?:(?P<gnoun>sales|output|production)\s+)?growth\s+of)?"   # ("That was down from sales growth of 6.9 percent in 2014")
                              # "This followed full-year 2025 growth of 5.9%", "That followed growth of 6.6% in 2017"
                              r"|\s+(?:followed|follows|came\s+after|comes\s+after)\s+(?:(?:a|an|the)\s+)?(?:(?P<pre>(?:full-year\s+|whole-year\s+)?20\d\d|"
                              r"(?:the\s+)?(?:first|second|third|fourth)[\s-]quarter|(?:the\s+)?first[\s-]half)(?:'s)?\s+)?"
                              r"(?:(?:output|production|value-added)\s+)?(?:growth|expansion|increase|rise|gain)\s+of"
                              # "That was a sharp turnaround from a contraction of 8.4% in the first quarter", "That was
                              # an improvement on the 13.5 percent plunge recorded in the first two months"
                              # "The pace was slower than the 6.5 percent growth recorded in the first quarter of 2025"
                              r"|(?:'s|\s+is|\s+was)\s+(?:(?:a\s+(?:touch|bit|little|tad|shade|notch)|slightly|somewhat|marginally|much|far)\s+)?"
                              r"(?:slower|faster|weaker|stronger)\s+than(?:\s+the)?"
                              r"|(?P<turn>'s|\s+is|\s+was|\s+marked|\s+marks)\s+an?\s+(?:[\w-]+\s+)?(?:turnaround|rebound|recovery|improvement|reversal|"
                              r"swing|acceleration|pickup|slowdown|deceleration)\s+(?:from|on)(?:\s+(?:an?|the))?"
                              r"(?:\s+(?P<fall>contraction|decline|drop|fall|slump)|\s+(?:growth|expansion|increase|rise))?(?:\s+of)?)"
                              # ("That's a slowdown from March's 7.7% pace")
                              r"(?:\s+(?P<poss>(?:January|February|March|April|May|June|July|August|September|October|November|December)(?=['’]s\s)))?(?:['’]s)?"
                              r"\s+(?:just\s+|only\s+|an?\s+record(?:\s+high)?(?:\s+of)?\s+)?(?:" + _QUAL + r"\s+)?", re.I)   # (also "That's a huge jump from
# 777,000 NEVs sold in 2017", "That compares with a record 28.88 million in 2017", "… with just 13.77 million units in 2019")
# (such a sentence, or "That followed a 2.8% drop in 2018", looks back: it passes no period on)
# "NEV production and sales … hit 1.826 million and 1.802 million units. NEV sales were up from 1.764 million
# in September": the pair member the noun names, at the earlier date
_PAIR_NOUN_FROM = re.compile(r"(?:NEV\s+|vehicle\s+|car\s+|auto\s+)?(?P<noun>sales|production|output)\s+(?:(?:were|was)\s+(?:up|down)"
                             r"|rose|grew|climbed|increased|fell|dropped|declined)\s+from\s+(?:an?\s+record(?:\s+high)?(?:\s+of)?\s+)?(?:" + _QUAL + r"\s+)?", re.I)
_LOOK_BACK = re.compile(_ANAPHOR_EARLIER.pattern + r"|(?:[-•*·]\s*)?(?:that|this)(?:'s|\s+is|\s+was)?\s+(?:followed|follows|came\s+after|comes\s+after"
                        r"|puts?\s+it\s+on\s+(?:track|course))\b"
                        # ("That beat the previous record of 72.79 million tonnes set in May")
                        r"|(?:that|this|it)\s+(?:beat|topped|surpassed|eclipsed|broke)\s+(?:the|a)\s+(?:previous\s+|earlier\s+|old\s+)?(?:record|high|peak)\b", re.I)
_ANAPHOR_RESTATED = re.compile(
    # "…收入近9.8万亿元。陶青在答问中给出的具体数字是97542亿元": the exact figure, said again
    r"[^，。；,;]{0,24}?(?:具体|确切|准确|精确)(?:的)?(?:数字|数据|数值)(?:是|为)|"
    r"(?:[^,;.]{3,60}?,\s*|[^,;.]{3,60}?\s+(?:showed|shows|said|says)\s+(?:that\s+)?)?(?:the\s+(?:sector|industry)|it)\s+"
    r"(?:(?:booked|generated|posted|recorded|earned|raked\s+in|reported|achieved|realized|realised)\s+"
    r"(?:(?:revenue|sales|business\s+revenue)\s+of\s+)?"
    r"|came\s+to|came\s+in\s+at|stood\s+at|amounted\s+to|totall?ed)\s*"   # "Specifically, it came to 2.5048 trillion yuan"
    # "The MIIT put the exact figure at 9.8281 trillion yuan", "The precise figure was ..."
    r"|(?:[^,;.]{2,40}?\s+puts?\s+the\s+|the\s+)(?:exact|precise|actual|official|full|unrounded)\s+(?:figure|number|total|tally)\s*"
    r"(?:(?:at|was|is|stood\s+at|came\s+to)\s+|,\s*)"   # ("The full figure, 8.1616 trillion yuan, was up 13.3%")
    r"|[^,;.]{2,40}?\s+puts?\s+the\s+(?:(?:nine|six|three|ten|eleven|\w+-)month\s+|full-year\s+|annual\s+|first-half\s+)?(?:figure|number|total|tally)\s+at\s+", re.I)   # ("The ministry put the figure at 718,000")
# "... reached 8.3 million in the first three quarters. That was up 32.5 percent from a year earlier."
_ANAPHOR_LEVEL_GROWTH = re.compile(
    r"(?:that|this)(?:\s+(?:was|is|represented|represents|marked|marks)|'s)\s+(?:(?:up|down)\s+(?:by\s+)?|"
    r"(?:an?\s+)?(?:(?:year-on-year|year-over-year|annual)\s+)?(?:increase|rise|growth|gain|jump|decline|decrease|drop)\s+of\s+)", re.I)
# "In 2018, sales slipped to 28.08 million; in 2017 they rose 3% to a record 28.88 million", "…; last year it fell
# by 4.4%, to about 960m tonnes": a pronoun for the one level of the clause or sentence before, at its own date
_PRONOUN_CHANGE_TO = re.compile(
    r"(?:(?:in|for|during|over)\s+[^,;.]{2,30}?,?\s+|last\s+year,?\s+)?(?:it|they)\s+(?:then\s+|had\s+)?"
    r"(?:(?P<v>rose|grew|increased|climbed|jumped|gained|fell|dropped|declined|slipped|slid|shrank|contracted|(?<=had\s)(?:risen|grown|fallen))"
    r"\s+(?:by\s+)?(?=\d)"
    # ("In 2020 China sold just 1.4m NEVs. Last year it sold some 16.5m": the verb said again, its object left out)
    r"|(?P<made>sold|produced|made|built|exported)\s+(?:" + _QUAL + r"\s+)?(?=\d))", re.I)
_ZH_BASE_LEVEL_BEFORE = re.compile(r"(?:比|较)(?P<p>(?:19|20)\d\d年(?:底|末)?)的$")
_ZH_SAME_PERIOD_OPENER = re.compile(r"\s*(?:而|但|相比之下[,]?\s*)?(?:上年|去年)同期[,]\s*")
_ZH_LIST_NEXT = re.compile(r"\s*(?:和|、|及|与|/)\s*(?:约|近)?\s*\d")
_ATTR_AND = re.compile(r"\s+and\s+|\s*&\s*", re.I)
_AND_NEXT = re.compile(r",?\s+and\s+")
_BARE_NOUN_BEFORE = re.compile(r"\b(?:that|the|as|while|when|since|and|but|its|their)\s+$", re.I)   # ("… in a row that sales have shrunk")
_PRONOUN_SUBJECT = re.compile(r"\b(?:it|they)\s+(?:then\s+|had\s+)?(?:rose|grew|increased|climbed|jumped|gained|fell|dropped|declined|slipped|slid|"
                              r"shrank|contracted|risen|grown|fallen|sold|produced|made|built|exported)\s")
_ELIDED_OBJECT_END = re.compile(r"(?:\s+(?:units|vehicles))?\s*(?:[,;.]|$)")
# (also past the level's words: "84,000 NEVs were sold (+42.9%)", "38.68mn units in Jan-Feb (+20.7%)")
_SIGNED_BRACKET = re.compile(r"[^()%;:\d]{0,50}?\(\s*(?P<s>[+-])\s*", re.I)
_SIGNED_BRACKET_CLOSE = re.compile(r"\s*(?:,?\s*(?:y/y|yoy|y-o-y|year[- ]on[- ]year))?\s*\)", re.I)
_BRACKET_OPEN = re.compile(r"\s*\((?:up\s+|down\s+)?[+-]?$")
_BRACKET_GAP = re.compile(r"(?:\s+(?:in|during|for|over)\s+(?:the\s+)?[a-z0-9 -]{2,30}?)?", re.I)
_PART_LINK = re.compile(r"\s*(?:accounted\s+for|made\s+up)\s+(?:" + _QUAL + r"\s+)?", re.I)
# "NEVs accounted for 9.587 million units produced and 9.495 million sold": each figure's participle names its flow
_PARTICIPLE_FIRST = re.compile(r"\s*(?:units\s+|vehicles\s+|of\s+(?:the|all)\s+(?:vehicles|cars|units)\s+)?(?P<v>produced|made|built|sold)\b"
                               r"(?P<r>\s*\([^()]{1,16}\))?\s*,?\s*and\s+(?:" + _QUAL + r"\s+)?", re.I)
_PARTICIPLE_SECOND = re.compile(r"\s*(?:units\s+|vehicles\s+|of\s+(?:those|them|the\s+vehicles|all\s+vehicles|the\s+cars)\s+)?"
                                r"(?P<v>produced|made|built|sold)\b", re.I)
# "… 9.587 million units produced and 9.495 million sold. Those are increases of 35.8 percent and 37.9 percent"
_THOSE_ARE_CHANGES = re.compile(r"(?:Those|These|They)\s+(?:are|were|represent(?:ed)?|mark(?:ed)?)\s+(?:year-on-year\s+)?"
                                r"(?:(?P<up>increases|rises|gains|jumps)|(?P<down>decreases|declines|drops|falls))\s+of\s+(?=\d)"
                                # ("That is an increase of 159.5 percent and 157.5 percent, respectively")
                                r"|(?:That|This)(?:'s|\s+(?:is|was|represents|marks))\s+(?:a\s+year-on-year\s+|an\s+)"
                                r"(?:(?P<up1>increase|rise|gain|jump)|(?P<down1>decrease|decline|drop|fall))\s+of\s+(?=[\d.]+\s?(?:%|percent|per\s+cent)\s+and\s)", re.I)
# "… came to nearly 8.2 trillion yuan. The detailed figure, 8.1616 trillion yuan, was up 13.3 percent": the
# sentence before's level said exactly
_DETAILED_FIGURE = re.compile(r"(?:The|Its|Their)\s+(?:more\s+)?(?:detailed|exact|precise|full|official|actual|unrounded)\s+(?:figure|number|total|tally|amount)"
                              r"(?:\s+(?:is|was|stood\s+at|came\s+to)\s+|,\s*)" + _CURRENCY + r"(?=\d)", re.I)
_ELIDED_STOCK = re.compile(r"(?:By|At|As\s+of)\s+(?P<p>the\s+end\s+of\s+[^,;]{3,30}?),\s+(?:the\s+country|China|it|the\s+nation)\s+"
                           r"(?:had|counted|boasted|operated)\s+(?:" + _QUAL + r"\s+)?")
_ELIDED_STOCK_END = re.compile(r"\s*(?:[,.;]|$|\s+(?:and|according|as|the|officials|MIIT)\b)")
_WHICH_INCLUDE = re.compile(r",\s+(?:which|that)\s+(?:include|includes|cover|covers|comprise|comprises)\s[^;:.]{3,100}?,(?=\s+(?:accounted|made)\s)", re.I)
_PART_TAIL = re.compile(r"\s*(?:units\s+|vehicles\s+)?of\s+(?:those|them|that|the\s+total|the\s+totals)\b", re.I)
_OF_THOSE = re.compile(r"(?:of\s+(?:those|these|them|the\s+total|this\s+total),?\s*)(?:" + _QUAL + r"\s+)?", re.I)
_OF_THOSE_WERE = re.compile(r"\s*(?:units?|vehicles)?\s+(?:were|was)\s+", re.I)
# (also "The growth quickened from 4.8 percent in July")
_THAT_COMPARED = re.compile(r"(?:that|this|(?:the\s+)?growth(?:\s+rate)?|the\s+(?:rate|figure|expansion|increase))\s+"
                            r"(?:compares?d?\s+with|(?:quickened|accelerated|picked\s+up|slowed|eased|moderated)\s+(?:(?:slightly|marginally|somewhat|further|sharply|a\s+little)\s+)?from"
                            r"|was\s+(?:also\s+)?(?:weaker|stronger|slower|faster|lower|higher)\s+than(?:\s+the)?"
                            r"|was\s+(?:down|up)\s+from)\s+"   # "That was down from 7.9% in December"
                            r"(?:an?\s+)?(?:(?:growth|expansion|increase|rise)\s+of\s+)?", re.I)
_MOVED_FROM_GAP = re.compile(r"\s+(?:has\s+|had\s+)?(?:quickened|accelerated|picked\s+up|slowed|eased|moderated|cooled)\s+from\s+"
                             r"(?:an?\s+)?(?:(?:growth|expansion|increase|rise)\s+of\s+)?", re.I)
_COMPARED_TAIL = re.compile(r"\s*(?:(?:year-on-year\s+)?(?:growth|expansion|increase|rise|gain|decline|drop|fall|decrease|contraction|slump|plunge)\s+)?"
                            r"(?:(?:recorded|posted|seen|registered|logged|reported)\s+)?(?:in|for|during)\s", re.I)
_LATER_CLAUSE = re.compile(r",\s|\band\b|\bwhile\b|;")
# (also "..., and in June it rose to 7.6%": the rate itself moved to that figure)
_LEVEL_LINK_END = re.compile(r"\b(?:came\s+in\s+at|stood\s+at|was|reached|hit|(?:it|growth|the\s+(?:(?:monthly|headline|quarterly)\s+)?(?:rate|pace|growth|print|reading))\s+"
                             r"(?:(?:has|had)\s+)?(?:rose|climbed|accelerated|quickened|picked\s+up|slowed|eased|edged\s+(?:up|down)|rebounded)\s+to"
                             # ("…, before picking up to 3.9% in June", "…, slowing to 0.7% in the second quarter")
                             r"|(?:picking\s+up|accelerating|quickening|rebounding|slowing|easing)\s+" + _RATE_ADVERB + r"to)\s+$", re.I)
_WITH_GROWTH_AT = re.compile(r"\bwith\s+(?:the\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
                             r"November|December)(?:'s)?\s+)?(?:growth|increase|expansion)\b.{0,30}\s(?:at|of|to)\s+$"
                             # "..., while June's reading of 7.6 percent accelerated from 6.5 percent in May"
                             r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)'s\s+"
                             r"(?:reading|figure|growth|rate|pace)\s+(?:of|was|at|came\s+in\s+at)\s+$"
                             # "…, with the second quarter also at 6.9 percent and June accelerating to 7.6 percent"
                             r"|\b(?:with|and)\s+(?:the\s+)?(?:(?:first|second|third|fourth)\s+quarter|January|February|March|April|May|June|July|"
                             r"August|September|October|November|December)(?:\s+alone)?\s+(?:also\s+)?(?:at|(?:accelerating|quickening|picking\s+up|"
                             r"slowing|easing|rebounding|edging\s+(?:up|down))\s+to)\s+$", re.I)
_WITH_AFTER = re.compile(r",\s+with\s")
# "Growth in Q3 came in at 6.0 percent, and in September at 5.8 percent": the verb left out
_ELIDED_AT = re.compile(r"\band\s+(?:in|for|during)\s+[^,;]{3,30}?\s+at\s+$"
                        r"|\band\s+(?:by|at)\s+$", re.I)
# "…, and December's 5.9% was down from 6.2% in November": the month's own rate
_CHANGED_BY_END = re.compile(r"\b(?:rose|grew|increased|climbed|jumped|expanded|fell|dropped|declined|decreased|slid|shrank|contracted)\s+$", re.I)
_PERIOD_POSSESSIVE_END = re.compile(r"\b(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)'s\s+$")
_BY_THE_SAME = re.compile(r"\band\s+by\s+the\s+same\s+$", re.I)   # "grew 6.0 percent in 2016, and by the same 6.0 percent in December"   # ("grew by 6.4% … in the first half, and by 6.8% in June alone";
# "Growth came in at 4.5 percent in September, and at 4.2 percent in the third quarter")
_OUTPUT_INDICATOR = re.compile(r"value_added|output|production")
_VERB_GAP = re.compile(r"\s+(?:achieved|realized|realised|generated|posted|recorded|earned|reported|saw|booked|logged|racked\s+up|raked\s+in|pulled\s+in|brought\s+in)\s+"
                       r"(?:its\s+|their\s+)?(?:total\s+|main\s+)?", re.I)   # "<subject> achieved business revenue of X ..., and profits of Y"
# "In the first two months, the sector raked in business revenue of 2.08 trillion yuan"
# (also "In the first eight months, it generated revenue of ..." after a sentence on the industry)
_INDUSTRY_VERB = re.compile(r"(?<!of\s)\b(?:(?:the|this)\s+(?:industry|sector)|(?:(?<=[,.]\s)|(?<=\n))it)(?:" + _VERB_GAP.pattern + r")$", re.I)
_LIST_MARK = re.compile(r"\s*(?:\d{1,2}[.)]|[-•*·●○■◆▲▶▪]|\.(?=[\u4e00-\u9fff\d]))\s*")   # (also "．新能源车产量…", a Taiwan page's bullet)
_LINE_END_PUNCT = frozenset(".!?;。！？；)）\"'”’")
_EARLIER_RATE_BEFORE = re.compile(
    # (also finite: "June's reading of 7.6 percent accelerated from 6.5 percent in May")
    r"(?:,\s*|\s)(?P<w>(?:slow(?:ing|ed)|eas(?:ing|ed)|accelerat(?:ing|ed)|decelerat(?:ing|ed)|quicken(?:ing|ed)|pick(?:ing|ed)\s+up|rebound(?:ing|ed)|recover(?:ing|ed)|"
    r"slipp(?:ing|ed)|dipp(?:ing|ed)|moderat(?:ing|ed)|improv(?:ing|ed)|(?:deepen|narrow|widen)(?:ing|ed))"
    r"(?:\s+(?:slightly|marginally|sharply|further|somewhat|modestly|markedly))?\s+from|"   # "slowing slightly from 8.8 percent in May"
    r"turning\s+(?:positive|around)\s+from|"   # "turning positive from a decline of 1.3%" (the fall is read below)
    # ", a sharp slowdown from 8.5% in March"
    r"(?:(?:an?|the)\s+(?:[a-z]+\s+)?)?(?:slowdown|deceleration|acceleration|pickup|pick-up|improvement|rebound|reversal|uptick|downtick|upswing|step-up|dip)\s+from|"
    # ", the weakest since the 5.3% recorded in the January-February period"
    r"(?:(?:the|its)\s+)?(?:weakest|slowest|strongest|fastest|highest|lowest|best|worst)(?:\s+(?:pace|rate|reading|growth|level))?\s+since|"
    # (also after the period: "fell 1.1 per cent in March, from a 13.5 per cent contraction in …")
    r"(?:up|down|unchanged)\s+(?:slightly\s+|marginally\s+|sharply\s+|a\s+(?:touch|tad|bit|little)\s+)?from|(?:(?<=percent\s)|(?<=per\scent\s)|(?<=pct\s)|(?<=%\s)|(?<=,\s))from|"
    r"(?:(?<=percent\s)|(?<=pct\s)|(?<=%\s))(?:y/y|yoy|y-o-y|year-on-year)\s+from|"   # ("slowed to 5.3% yoy from 5.6% in May")
    # "slowed to 6.0 percent in September from 7.2 percent in August"
    r"(?:(?<=percent\s)|(?<=per\scent\s)|(?<=pct\s)|(?<=pc\s)|(?<=%\s))(?:(?:y/y|yoy|y-o-y|year-on-year|year\s+on\s+year)\s+)?(?:in|during)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"the\s+(?:first|second|third|fourth)\s+quarter|the\s+[\w-]+\s+(?:period|quarter)|(?-i:[1-4]Q(?:\d\d)?|Q[1-4](?:\s+\d{4})?|[12]H(?:\d\d)?|H[12])|(?:19|20)\d\d|"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*(?:[-–]|to|through)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)"   # ("3.9% in Jan-Aug from 3.8% in Jan-Jul")
    r"(?:\s*\((?:consensus|forecast|expected|f'cast|est\.?|market|Reuters\s+poll|Bloomberg)[^()]{0,30}\))?\s+from|"   # ("in March (consensus: 6.0%) from 7.0%")   # ("eased to 5.9% y/y in 2Q from 6.1% in 1Q")
    r"(?:higher|lower|faster|slower|quicker|better|worse|weaker|stronger)\s+than(?:\s+the)?|"
    # (", although that was a narrower decline than the 2.8% drop recorded in Jan-Feb")
    r"(?:an?\s+)?(?:narrower|smaller|milder|shallower|softer|deeper|steeper|sharper|bigger|larger|wider)\s+(?:decline|drop|fall|contraction|decrease)\s+than(?:\s+the)?|"
    r"(?<=\swas\s)(?:(?:slightly|marginally|much|far|a\s+touch|a\s+tad|a\s+bit)\s+)?(?:narrower|milder|shallower|deeper|steeper|sharper)\s+than(?:\s+the)?|(?:below|above|ahead\s+of|behind|beating|topping|outpacing|surpassing|exceeding)\s+the|(?:slightly|marginally|just|well|far|a\s+touch|a\s+tad|a\s+shade)\s+(?:below|above)|(?:below|above)(?=\s+[A-Z][a-z]+'s\s)|(?:ahead\s+of|behind)(?=\s+(?:last\s+year|(?:19|20)\d\d)'s\s)|(?:matching|equall?ing|in\s+line\s+with)(?:\s+the)?|compared\s+with|compared\s+to|versus|vs\.?|"
    r"after(?:\s+(?:contracting|shrinking|falling|declining|dropping|plunging|plummeting|slumping|sliding|tumbling|"
    r"growing|rising|expanding|increasing|jumping|surging|soaring|leaping|rocketing|skyrocketing|climbing)(?:\s+by)?)?|following|reversing|deepening|extending|"   # ("after expanding by 6.8 percent in May")
    # "a sharp improvement on the 0.8% growth of 2019", "a far cry from the 47.1% growth of a year earlier"
    r"(?:an?\s+(?:[a-z]+\s+)?)?improvement\s+on|a\s+far\s+cry\s+from|a\s+long\s+way\s+from|(?<=,\s)far\s+from"   # (", far from the 9.6% recorded in 2021")
    r"|(?:an?\s+(?:[a-z]+\s+)?)?turnaround\s+from)\s+"   # ("a remarkable turnaround from the 8.4% contraction recorded in the first quarter")
    # "after a contraction of 8.4 percent in the first quarter", "compared with growth of 8.3 per cent for 2014"
    r"(?:(?:a|an|the)\s+)?(?:(?:record|sharp|steep|deep|historic|anaemic|anemic|modest|meagre|meager|mere|paltry|tepid|sluggish|"
    r"weak|strong|robust|solid|healthy|disappointing|revised)\s+)?"   # ("after a record 13.5 percent plunge in …", "after an anaemic 5.4 percent")
    r"(?:(?P<fall>contractions?|declines?|drops?|falls?|slumps?|plunges?)\s+of\s+|(?:(?:sales|output|production)\s+)?growth\s+of\s+)?"
    # "recovering from March's 1.1% contraction", "an improvement from February's 79.1 per cent plunge"
    r"(?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)'s\s+"
    r"|(?P<qpos>(?-i:[1-4]Q)(?:\d\d)?)'s\s+|(?P<ypos>last\s+year|(?:19|20)\d\d)'s\s+)?"   # (a broker's "a touch below 2Q's 4.5%oya"; "ahead of last year's 6.0% pace")
    r"(?:(?:just|only|a\s+mere)\s+)?(?:" + _QUAL + r"\s+)?[+\-−]?$", re.I)   # ("up from growth of just 4.7% in 2015", "from +3.0% in 1Q23", "from -0.9% in July")
# the connecting words of a later rate in the same sentence ("..., including 0.7 percent in the
# second quarter", "and 4.2% in the July-September quarter", "; in March, growth picked up to", "其中6月份增长")
_SINCE_END = re.compile(r"\b(?:since|than|from)\s+(?:the\s+)?$", re.I)   # "... was the fastest since December 2018"
# ("…, before picking up to 3.9% in June")
# "…, up 12.8% YoY; cumulative mobile internet traffic in 9M23 grew 15.6% YoY": a clause after a semicolon
# opening on a subject of its own (not "it", "growth", "output", a period)
_OTHER_SUBJECT_CLAUSE = re.compile(
    r"\s*(?!(?:it|growth|output|production|and|but|with|while|whereas|in|for|during|over|by|on|that|this|year|ytd|cumulative\s+growth|"
    r"the\s+(?:growth|rate|figure|pace|reading|print|increase|decline|first|second|third|fourth|full|whole|year)|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Q[1-4]|[1-4]Q|H[12]|[12]H|\d)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}(?:\s+(?:in|for|during|over)\s+[^,;\d]{0,20}?\S*)?\s+"
    r"(?:grew|rose|increased|expanded|fell|dropped|declined|jumped|surged|climbed|was\s+(?:up|down))\s+(?:by\s+)?", re.I)
_LATER_RATE_LEAD = re.compile(r"\b(?:including|and|with|while|growth|print|reading|it|rose|grew|expanded|increased|picked\s+up|picking\s+up|rebounding|accelerating|quickening|slowing|easing|returned|returning|"
                              r"(?:slowed|eased|cooled|moderated|accelerated|quickened)(?=\s+(?:slightly\s+|sharply\s+|further\s+)?to\s)|"   # ("… rose 6.7% YoY in 1H18 but slowed to 6.0% in June")
                              r"fell|dropped|declined|plunged|slumped|tumbled|jumped|surged|soared|climbed|narrowed)\b|其中|[0-9]月份?|季度|[上下]半年|全年|个月", re.I)
# "…, but the decline narrowed sharply to 1.1 per cent in March": a fall's size
# (also "with the rate of decline narrowing to"; and the rate it narrowed from: "… narrowing to 1.1 per cent in
# March from 13.5 per cent in January-February")
_FALL_NARROWING = (r"\b(?:the\s+)?(?:(?:rate|pace)\s+of\s+)?(?:decline|contraction|drop|fall)\s+narrow(?:ed|ing)\s+"
                   + _RATE_ADVERB + r"to\s+")
_FALL_NARROWED_TO = re.compile(_FALL_NARROWING + "$", re.I)
# "fell 4.7% in the first quarter, but returned to 9.2% growth in March": the month's rate, named after it
_RETURNED_TO = re.compile(r"\b(?:returned|returning|swung|swinging|switched|turned|turning)\s+(?:back\s+)?to\s+$", re.I)
_RETURNED_TO_RATE = re.compile(r"\s+(?:(?:year-on-year|year-over-year|y/y|yoy|annual)\s+)?(?:growth|expansion|(?P<fall>decline|contraction|fall|drop))\b", re.I)
# "3月则放缓至4.5%": the month's rate itself; "3月份跌幅则大幅收窄至1.1%": the size of its fall
_ZH_MOVED_TO = re.compile(r"(?:已|进一步|更是|则|也|再度|再次)?(?:大幅|明显|小幅)?(?:回落|放缓|加快|回升|跃升|攀升)至$")
_ZH_FALL_MOVED_TO = re.compile(r"(?:跌幅|降幅)(?:已|进一步|更是|则|也)?(?:大幅|明显|小幅)?(?:收窄|缩小|扩大)至$")
_FALL_NARROWED_FROM = re.compile(_FALL_NARROWING + r"[\d.]+\s?(?:%|percent|per\s+cent)[^,;\d]{0,30}?\s+from\s+$", re.I)
_RANGE_HELD = re.compile(r"(?:稳定|保持|维持|运行)在|\b(?:held|stayed|remained|ranged)\s+(?:between|within)\b")
_ZH_TURNED_CLAUSE = re.compile(r"[,，]\s*(?:\d{1,2}月份?|[一二三四]季度)(?:实现)?(?:由负转正|转正|止跌回升|企稳回升)[,，]\s*$")
_ZH_LATER_LEAD = re.compile(r"\s*、?(?:其中|分季度看|分月看|但|而)?[,，]?\s*(?:\d{1,2}月份?(?:由负转正|转正)[,，]\s*)?(?:\d{4}年|今年)?(?:\d{1,2}月份?|\d{1,2}[-—~至]\d{1,2}月份?|[一二三四]季度|第[一二三四]季度|"
                            r"[上下]半年|前三季度|全年|当月|单月)*(?:当月|单月|单季|累计)?[,，]?\s*(?:受[^，。；,;]{1,12}?(?:影响|冲击)[,，]?)?(?:由负转正[,，]?)?(?:同比)?(?:只|仅|也|仍|曾|一度|则)?(?:增长|下降|回落|增速为?|分别增长|分别下降|(?:大|下|暴)跌|大幅下降|"
                            # ("9月单月增速放缓至3.1%")
                            r"(?:增速|增幅)(?:已|进一步|更是|则|也|再度|再次)?(?:收窄|回落|放缓|加快|回升|跃升|攀升|提高|提升|降|下降)至|(?:增速|增幅)(?:更是|则|也)?达到?|增速|"
                            # ("3月则放缓至4.5%", "3月份跌幅则大幅收窄至1.1%", "3月份则转为增长9.1%")
                            + _ZH_MOVED_TO.pattern.removesuffix("$") + "|" + _ZH_FALL_MOVED_TO.pattern.removesuffix("$") + r"|(?:则|已|又)?转为(?:增长|下降)|"
                            r"加快|提高|达到?|(?:进一步)?回升至)?\s*")
_VAGUE_ASIDE_BEFORE = re.compile(r",\s+(?:a|an|one|which|who|once|long)\s+[^,;.\d]{0,50}$", re.I)
_DATA_USED_GAP = re.compile(r"\s+(?:consumed|used|got\s+through|went\s+through|burned\s+through|burnt\s+through|slurped|gobbled|devoured|chewed\s+through)\s+(?:an\s+average\s+of\s+)?(?:" + _QUAL + r"\s+)?", re.I)
_POSSESSIVE_RATE = re.compile(r"'s\s+")
_POSSESSIVE_RATE_NOUN = re.compile(r"\s+(?:(?:year-on-year|annual)\s+)?(?:gain|rise|increase|growth|expansion|jump|(?P<fall>drop|decline|fall|contraction))\b", re.I)
_WHEN_SETTING = re.compile(r"(?:(?<=,)\s*|^\s*|\b)when\s+[^,;.\d]{3,60},")
_TELECOM_OPERATORS = re.compile(r"\b(?:basic\s+)?telecom(?:munications?|s)?\s+operators'(?=\s+(?:combined\s+|total\s+)?"
                                r"(?:telecom(?:munications?)?\s+)?(?:business\s+)?revenue)")
# "China Mobile, China Telecom and China Unicom - plus China Broadnet - served a combined 1.785 billion mobile
# subscribers": all the operators together, the nation's (searched in lowercased text)
_ALL_OPERATORS = re.compile(r"\bchina\s+mobile,\s+china\s+telecom,?\s+and\s+china\s+unicom(?:\s*(?:-|,|\()?\s*(?:plus|and)\s+china\s+broadnet"
                            r"(?:\s*\(cbn\))?\)?)?(?=[^.;]{0,40}\b(?:combined|together|in\s+total|between\s+them)\b)"
                            # "the three operators plus China Broadnet generated …": all four
                            r"|\bthe\s+three\s+(?:(?:state-owned|state|major|big|basic)\s+)?(?:telecom\s+)?(?:operators|carriers|telcos)\s+"
                            r"(?:plus|and)\s+china\s+broadnet(?:\s*\(cbn\))?")
_BEIJING_SAID = re.compile(r"\bbeijing\s+(?:(?:also|has|had|on\s+\w+)\s+)?(?:said|says|announced|reported|reports|announces|revealed|disclosed)\b"
                           # "… rebounded to 6.8 percent in June after Beijing cut interest rates": the government acting
                           r"|(?<=after\s)beijing\s+(?:cut|slashed|raised|halved|eased|loosened|tightened|introduced|unveiled|rolled\s+out|extended|launched)\b"
                           # "Industrial use cases are where Beijing is placing its bets": the government's aims
                           r"|\bbeijing\s+(?:(?:is|was|has\s+been)\s+)?(?:placing|betting|pushing|putting|focusing|counting|banking|pinning|"
                           r"targeting|hoping|trying|seeking|wants|hopes|aims|plans|intends)\b"
                           # "told a news conference in Beijing that ...": where it was said
                           r"|\b(?:conference|briefing|presser|meeting|forum)\s+in\s+beijing\b"
                           # "briefed reporters at the State Council Information Office in Beijing"
                           r"|\b(?:information\s+office|ministry|headquarters|offices)\s+in\s+beijing\b"
                           # "which briefed reporters in Beijing on Wednesday"
                           r"|\b(?:briefed|told)\s+(?:reporters|journalists|the\s+press|a\s+(?:news|press)\s+conference)\s+in\s+beijing\b"
                           # "Despite Beijing's pledge to cut excess capacity, crude steel output rose": the government's
                           r"|\bbeijing's\s+(?:(?:\w+\s+)?(?:pledges?|push|policy|policies|efforts?|campaign|drive|crackdown|curbs|stimulus|vows?|plans?|"
                           r"targets?|goals?|subsidies|support|promises?|measures|rules|orders?|ban|bans|restrictions|controls|decisions?|moves?)\b)"
                           # "According to data released by CAAM in Beijing on January 11, ...": where it was published
                           r"|\b(?:released|published|issued|announced|said)\s+(?:by\s+(?:the\s+)?[\w()&'-]+(?:\s+[\w()&'-]+){0,6}?\s+)?in\s+beijing\b"
                           # "since Beijing slashed purchase subsidies": the government's policy, not a city's figure
                           r"|\bbeijing\s+(?:(?:has|had)\s+)?(?:slashed|cut|scrapped|ended|phased\s+out|introduced|rolled\s+out|launched|"
                           r"ordered|imposed|lifted|eased|tightened|stepped\s+up|pledged|vowed|unveiled|calls)\b"
                           # "In a sign of Beijing's push to upgrade its factories, production of ...": its policy
                           r"|\bbeijing's\s+(?:push|drive|efforts?|campaign|bid|policy|policies|plans?|subsidies|stimulus|support|"
                           r"crackdown|strategy|ambitions?|focus|emphasis|priority|priorities)\b")
_OF_THE_OPENER = re.compile(r"\s*(?:Of|Among)\s+(?:the|all|these|those|this)\s+[^,;]{2,60},")
_TO_REACH_BETWEEN = re.compile(r"\bto\s+(?:reach|hit|total|end\s+at|finish\s+at|stand\s+at)\s+$", re.I)
# (", dragging Jan-Sep growth down to 20.8% from 32.0% in Jan-Aug": the year to date's rate, moved by the month's)
_SEMI_CLAUSE_WORDS = r"with|although|though|but|while|whereas"
_DRAG_WORDS = r"dragging|pulling|pushing|lifting|taking|bringing"
# "…, taking the 5G user penetration rate to 82.9%": the noun a change carried to its level
_CARRIED_TO = re.compile(r"\b(?:" + _DRAG_WORDS + r"|raising|brought|took|pushed|lifted|raised)\s+(?:the|its|their)\s+$")
_CARRIED_TO_GAP = re.compile(r"\s+(?:up\s+)?to\s+(?:" + _QUAL + r"\s+)?")
_SEMI_CLAUSE = re.compile(r"[;:]|\s--?\s|, (?:" + _SEMI_CLAUSE_WORDS + "|" + _DRAG_WORDS + ") ")   # (a cheap test before the pattern)
_SEMI_MONTH_RATE = re.compile(r"(?:;|:|(?<=\s)--?|,\s+(?:" + _SEMI_CLAUSE_WORDS + r"|(?P<drag>" + _DRAG_WORDS + r")(?=\s+\S+\s+growth\s)))\s+(?:the\s+)?"
                              r"(?P<m>(?:January|February|March|April|May|June|July|August|September|October|November|December"
                              r"|(?-i:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov)\.?(?=-))(?:-(?:(?-i:Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|"
                              r"February|March|April|May|June|July|August|September|October|November|December))?"
                              r"|(?-i:[1-4]Q\d\d|Q[1-4]\s+\d{4}|[1-4]Q|Q[1-4])(?=\s+at\s))"   # (", with 2Q23 at +4.5%")
                              r"(?:\s+(?:(?-i:IVA|IP)\s+)?(?:print|reading|figure|growth))?\s+(?:alone\s+)?(?:(?:picked\s+up|accelerated|re-?accelerated|quickened|slowed|eased|rebounded|recovered|"
                              r"cooled|moderated|improved|jump(?:ed|ing)|rising|rose|climbing|climbed|accelerating|slowing|easing|picking\s+up|rebounding)\s+(?:\w+\s+)?to|(?<=growth\s)(?:down|up)\s+to|came\s+in\s+at|printed|was\s+(?:softer|weaker|stronger|firmer|slower|faster)\s+at|at|up)\s+(?:(?:only|just)\s+)?\+?(?=\d)")   # (also "… - March came in at only 4.5%")
# "…增加值同比增长2.8%，…；12月单月则同比增长7.3%"
_ZH_SEMI_MONTH_RATE = re.compile(r"[；;]\s*(?:(?:单看|单独看|仅看|单月看)[,，]?\s*)?(?P<m>\d{1,2}月)份?(?:单月|当月)?[,，]?\s*(?:则|也|仍|亦)?"
                                 r"(?:(?:同比)?(?:增长|(?P<dn>下降))|增速(?:由(?P<fm>\d{1,2}月)份?的(?P<fv>\d+(?:\.\d+)?)%)?(?:回升|回落|加快|放缓|提高|提升|跃升|攀升|升|降)至)(?=\d)")
# (also "；9月份增长6.1%", and "；单看9月，增速由8月的4.5%回升至5.4%": the month before's rate too)
# "By end-June, 2.937 million had been built": a date, then the figure as the subject
_EXACT_OPENING = re.compile(r"\s*(?:(?:by|as\s+of|at)\s+[^,;\d]{3,30}(?:\s+\d{4})?,\s*)?(?:the\s+(?:exact|precise|official)\s+(?:figure|number|count)\s+(?:is|was)\s+)?", re.I)
# "nearly 200,000 5G base stations by the end of March, the ministry said - 198,000 in total": the same figure exactly
_EXACT_DASH_GAP = re.compile(r"[^;.]{0,120}?\s[-\u2013\u2014]{1,2}\s*")
_EXACT_BRACKET = re.compile(r"\s*(?:users|units|vehicles|tonnes|tons)?\s*\(\s*(?:or\s+|exactly\s+|precisely\s+)?")
_EXACT_BRACKET_CLOSE = re.compile(r"\s*(?:users|units|vehicles|tonnes|tons)?\s*(?:,?\s*(?:to\s+be\s+(?:exact|precise)|exactly|precisely))?\s*\)", re.I)
_EXACT_RESTATED_AFTER = re.compile(r"\s*(?:units|tonnes|tons|users)?\s+(?:in\s+total|to\s+be\s+(?:exact|precise)|exactly|precisely)\b", re.I)
_EXACT_VERB_AFTER = re.compile(r"\s+(?:had|have|has)\s+been\s+(?:built|installed|put|opened|deployed|set\s+up)\b", re.I)
# a line of key figures under a label: "• Automobiles: production 13.891 million (+4.9%), sales …"
_THINGS_MADE = re.compile(r"\s(?:units|sets|pieces|vehicles|cars)$")
_MADE_LEAD = re.compile(r"\b(?:made|makes?|produced|produces?|manufactured|built|turned\s+out|output|production|product\s+(?:data|figures|numbers))\b", re.I)
_BULLET_LINE = re.compile(r"\s*[-•*·▪●]\s")
_NOT_OUTPUT_LEAD = re.compile(r"\b(?:sales|sold|sell|deliver\w*|shipments?|shipped|exports?|imports?|install\w*|demand|inventor\w+|prices?)\b", re.I)
_TERSE_DATED_LABEL = re.compile(r",\s*(?:" + MON + r")(?:\s+(?:19|20)\d\d)?:\s", re.I)
_LABEL_ITEM_LINE = re.compile(r"[A-Z][\w ,'()&/-]{1,40}:\s+[+-]?\d")
_LABEL_LINE = re.compile(r"(?:[-•*·]\s*)?[A-Z][^:;.\d\n]{1,48}?(?::|\s[-–—])\s")   # (or a dash: "NEVs did the heavy lifting - 3.788mn produced")
_LABEL_DASH = re.compile(r"[A-Z][^:;.,\d\n]{1,48}?\s[-–—]\s")
_EVENT_TIME = re.compile(r"\b(?:cut|cuts|removal|phase-out|phaseout|expiry|reduction|lockdowns?|outbreak|shutdowns?|strikes?|launch)\s+(?:in|during)\s+(?:the\s+)?$", re.I)
_THE_COUNTRYS = re.compile(r"\bthe\s+(?:country|nation)'s\s+(?:[a-z-]+\s+(?:of\s+)?){0,2}$")
_OVER_THE_SAME = re.compile(r"\b(?:over|in|during|for)\s+the\s+same\s+(?:period|time|(?:[a-z]+\s+)?months)\b(?!\s+(?:of\s+|in\s+)?(?:last|a|the\s+previous|the\s+prior)\s+year)", re.I)
_RATE_OVER = re.compile(r"[\d.,]+\s?(?:%|percent|per\s+cent)\s+(?:over|from|on|compared\s+with|against|versus)\s+", re.I)
_YEAR_AHEAD = re.compile(r"(?:19|20)\d\d\b")
_LABEL_COLON_GAP = re.compile(r"\s*(?:\((?![^()]*\b(?:new|added|target|forecast)\b)[^()]{1,30}\)\s*)?(?:(?:in|for|during|as\s+of|at\s+the\s+end\s+of)\s+[\w -]{2,30}?\s*"
                              r"|,\s*(?:" + MON + r")(?:\s+(?:19|20)\d\d)?\s*)?"   # (also "- Crude steel, December: 77.4 million tonnes")
                              r"(?:\((?![^()]*\b(?:new|added|target|forecast)\b)[^()]{1,30}\)\s*)?:\s*(?:RMB\s*|CNY\s*)?", re.I)
_SECOND_OF_PAIR = re.compile(r"[\w-]+\s+and\s+[\w-]+$")
_SHORTHAND_MAGNITUDE = re.compile(r"\d(?:\s?(?:mn|bn|mln|tn)|k)(?:\s?t|\s(?:units|sets|vehicles|tonnes))?$")   # (also "527mn t", "c.430k sets")
_LATER_NOT = re.compile(r"\b(?:than|from|compared|versus|vs|against|average|province|city)\b|(?<!同)比|较|高于|低于|平均", re.I)
# "14.06 million in the first quarter, including 8.9 million in March alone": the same flow for a part
_PART_LEVEL_LEAD = re.compile(r"[^,;()]{0,60}(?:,\s*according\s+to\s+[^,;]{3,100}|,\s*the\s+[^,;]{3,100}?\s+(?:said|says|reported|showed|shows))?"   # (", the … (CAICT) said, with")
                              r",\s*(?:including|of\s+which|with)\s+(?:" + _QUAL + r"\s+)?", re.I)
_PART_ALONE_LEAD = re.compile(r"[^,;()\d]{0,60},\s*(?:with|and)\s+(?:(?:in|for)\s+)?(?P<p>[A-Z][a-z]+|the\s+(?:first|second|third|fourth)\s+quarter|Q[1-4])"
                              r"\s+alone\s+(?:at|reaching|hitting|totall?ing|coming\s+in\s+at|standing\s+at)\s+(?:" + _QUAL + r"\s+)?")
# ("…, and rose a further 41.4 percent to 6.97 million in the January-June period": the rate is skipped)
_LATER_LEVEL_LEAD = re.compile(r"[^;]{0,80}?(?:,?\s+(?:and|then|and\s+then)\s+(?:(?:rose|climbed|increased|grew|jumped|surged|soared)\s+(?:further\s+|(?:a\s+further\s+|another\s+)?[\d.]+\s?(?:%|percent|per\s+cent)\s+)?to|reached|hit)"
                               r"|,\s+(?:(?:rising|climbing|increasing|growing|jumping)\s+(?:further\s+)?to|reaching|hitting))\s+(?:" + _QUAL + r"\s+)?")
_PART_PERIOD_LEAD = re.compile(r"\s*(?:units?|sets?|vehicles|handsets|phones|GB)?\s*(?:of\s+them\s+)?(?:(?:sold|shipped|produced|delivered)\s+)?(?:in|during|for)\s+(?:the\s+)?", re.I)
_INCLUDING = re.compile(r"\b(?:including|and)\s+(?:to\s+)?(?:just\s+|only\s+)?(?:" + _QUAL + r"\s+)?$", re.I)   # (also "slowed to A in Q2 and to B in June")
# (after "..., the ministry said," or "..., the Ministry of Industry and Information Technology (MIIT) said at a
# press briefing in Beijing last week,")
_EARLIER_LEVEL_BEFORE = re.compile(r"[^,;]{0,80}?(?:,\s*(?:the\s+\w+|[A-Z][\w']+|he|she|officials?)(?:\s+[\w()&-]+){0,8}?\s+"
                                   r"(?:said|says|added|noted|reported)(?:\s+(?:at|in|on|during)\s[^,;]{0,80})?"
                                   # "..., accounting for 56% of all mobile phone users, up from 805 million"
                                   r"|,\s*(?:accounting\s+for|or|representing|making\s+up)\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+of\s+[^,;]{3,50}"
                                   # "…, according to the latest statistics from the MIIT, up from 4.251 million"
                                   # (also "…, according to the CAICT, a think tank under the ministry, up from 13.77 million")
                                   r"|,\s*according\s+to\s+[^,;\d]{3,100}?(?:,\s*(?:a|an|the)\s+[^,;\d]{3,60}?)?"
                                   # "…, the first annual drop in decades, down from 822.7 million tonnes in 2014"
                                   r"|,\s*(?:the|its|a)\s+(?:first|biggest|largest|sharpest|steepest|smallest|lowest|highest|fastest|slowest|weakest|strongest)\s+[^,;\d]{3,60}?"
                                   # "…, or about 2.08 million tonnes a day, after 64.35 million tonnes in November"
                                   r"|,\s*or\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+)?[\d.]+(?:\s+(?:million|thousand))?\s+(?:tonnes|tons|units|vehicles)\s+(?:a|per|each)\s+day)?"
                                   r"(?:,|\s[\u2013\u2014]|\s--?|\s(?=versus\s|vs\.?\s)|\s*\((?=(?:up|down)\s+from\s))\s*(?:(?:(?:(?:up|down)(?:\s+by)?\s+[\d.]+\s?(?:%|percent|per\s+cent|pc)(?:\s+and\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+respectively)?"
                                   # (", a 20% increase YoY and up from 1.604 million in September")
                                   r"|an?\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+(?:increase|rise|jump|gain|decrease|drop|decline|fall))(?:\s*(?:yoy|y/y|y-o-y|year-on-year|year\s+on\s+year|year-over-year|on\s+the\s+year"
                                   # (", up 26.7% YoY, compared with 1.307 million units in May")
                                   # (", up 35.5%YoY, up from 9.495 million in 2023")
                                   r"|from\s+a\s+year\s+(?:earlier|ago)))?"
                                   # (", an increase of 345,000 from the end of last year and up from 3.648 million")
                                   r"|an?\s+(?:increase|addition|rise|gain|decrease|drop|decline)\s+of\s+[\d.,]+(?:\s+(?:million|thousand))?"
                                   r"(?:\s+(?:from|over|since)\s+[^,;\d]{3,40}?)?)(?:,?\s+and\s+|,?\s*(?:(?:though|although|but|yet)\s+)?(?=compared\s|versus\s|vs\.?\s|(?:up|down)\s+from\s|(?:still\s+)?(?:(?:well|far|slightly|just|marginally)\s+)?(?:below|above|short\s+of)\s+the\s)))?"   # (", up 9.6% from a year earlier, though down from 23.07 GB in December")
                                   r"(?:(?:up|down)\s+from|(?<=and\s)from|compared\s+(?:with|to)|versus|vs\.?|against|after|(?:still\s+)?(?:(?:well|far|slightly|just|marginally)\s+)?(?:below|above|short\s+of)\s+the"   # ("well below the 1.065 billion tonnes it produced in 2020")
                                   r"|(?:(?:more|less)\s+than\s+|nearly\s+|almost\s+)?(?:double|triple|twice|(?:three|four|five|six|seven|eight|nine|ten)\s+times)\s+the"   # ("more than double the 34.56 million reported a year earlier")
                                   # ("closing in on the 1.367 million sold in the whole of 2020")
                                   r"|(?:closing\s+in\s+on|approaching|(?:already\s+)?(?:surpassing|exceeding|overtaking|topping|matching|nearing))\s+the"
                                   # "up 334% from 78,499 units in 2014", "a 343% increase over the 74,763 units sold in 2014"
                                   r"|(?:up|down|rising|falling|increasing|decreasing|growing|climbing|dropping)\s+(?:by\s+)?[\d.]+\s?(?:%|percent|per\s+cent)\s+(?:from|over|on)(?:\s+the)?"
                                   # ("down 19.6% YoY from 266 million in 2021")
                                   # ("rising 4.6 percent year on year from 401.29 million mt in the first half of 2016")
                                   r"|(?:up|down|rising|falling|increasing|decreasing|growing|climbing|dropping)\s+(?:by\s+)?[\d.]+\s?(?:%|percent|per\s+cent)\s*(?:yoy|y/y|y-o-y|year-on-year|year\s+on\s+year)\s+from(?:\s+the)?"
                                   r"|an?\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+(?:increase|rise|jump|gain|decrease|drop|decline|fall)\s+(?:from|over|on|compared\s+(?:to|with))(?:\s+the)?"
                                   # "– an increase of 35.5 per cent compared to 9.495 million units in 2023"
                                   r"|an?\s+(?:increase|rise|jump|gain|decrease|drop|decline|fall)\s+of\s+[\d.]+\s?(?:%|percent|per\s+cent)\s+(?:from|over|on|compared\s+(?:to|with))(?:\s+the)?)"
                                   # ("compared with a record 28.88 million units in 2017")
                                   r"\s*(?:(?:an?\s+)?(?:(?:previous|prior|all-time|monthly)\s+){0,2}(?:record(?:\s+high)?|peak|high)(?:\s+of)?\s+)?"
                                   # "up 11.1 percent from September's 1,287,000 units": the month before's
                                   r"(?:(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)'s\s+)?"
                                   r"(?:(?:just|only|a\s+mere|an?\s+(?:(?:upwardly|downwardly)\s+)?revised)\s+)?"   # ("up from just 1.37m in 2020", "up from a revised 798.8 million tonnes")
                                   r"(?:" + _QUAL + r"\s+)?" + _CURRENCY, re.I)   # (also "up from4.251 million", "up from CNY1.26 trillion")
_EARLIER_RATE_BRACKET = re.compile(r"\s*\(\s*(?P<sign>[+\-\u2212]?)(?P<v>\d[\d.]*\s?%)\s*(?:yoy|y/y|y-o-y|year-on-year)\s*\)", re.I)
_WITH_ADDED_LEAD = re.compile(r",?\s+with\s+(?:about\s+|around\s+|some\s+|nearly\s+|over\s+|more\s+than\s+)?$", re.I)
_WITH_ADDED_AFTER = re.compile(r"\s+(?:new\s+(?:ones\s+)?|more\s+)?(?:added|built|newly\s+built|installed|opened|deployed)\b", re.I)
_ABSOLUTE_CHANGE_LEAD = re.compile(r"\ban?\s+(?:increase|addition|rise|gain|decrease|drop|decline)\s+of\s+$", re.I)
_TO_FROM_GAP = re.compile(r"(?:\s+(?:(?:in|at|by|as\s+of|during|for)\s+[^,;]{2,40}?|last\s+year|this\s+year))?,?\s+from\s+(?:" + _QUAL + r"\s+)?" + _CURRENCY, re.I)
# (also "dropping 8.2% to 25.769m units from 28.08m in 2018")
_CHANGED_TO_END = re.compile(r"\b(?:" + CHANGE_VERBS + r"|rising|growing|increasing|jumping|climbing|falling|dropping|declining|sliding)"
                             r"(?:\s+(?:by\s+)?[\d.]+\s?(?:%|percent|per\s+cent|pc))?\s+to\s+(?:" + _QUAL + r"\s+)?" + _CURRENCY + "$", re.I)
# "软件业务收入达到137276亿元，同比增长10%，比2020年的8.16万亿元增长约68%": the level of the year it is compared with
# (also "比“十三五”末的71.8万个增长近6倍": the plan's last year-end; "比9月末的222万个增加3万个": the
# month-end before)
_ZH_SAME_PERIOD_WAS = re.compile(r"[，,]\s*(?:而|但)?(?:去年|上年)同期(?:这一数字|该数字|这一数据|这一数量|这一规模)?(?:只有|仅为|仅有|为|是|约为|还只有|还是)\s*(?:约|近)?")
# ("软件业务收入达到13.73万亿元，而“十三五”收官之年的2020年为8.16万亿元": that year's level)
_ZH_THAN_SAME_PERIOD = re.compile(r"(?:/\s*户\s*[·・.]?\s*月)?[，,]\s*(?:同比(?:增长|下降)[\d.]+%[，,]\s*)?(?:比|较)\s*(?:上年|去年)同期的\s*")
_ZH_THIS_FIGURE = r"(?:这一数字|该数字|这一数据|这个数字)"
_ZH_WAS = r"(?:只有|仅为|仅有|为|是|约为|还只有|还是|仅)"
_ZH_YEAR_WAS = re.compile(r"[，,]\s*而(?:在)?(?:[^，,。；;\d]{0,16}的)?(?P<y>(?:19|20)\d\d)年(?P<end>末|底)?时?" + _ZH_THIS_FIGURE + r"?则?"
                          + _ZH_WAS + r"\s*(?:约|近)?")
# (past other clauses: "…DOU达10.35GB…，比上年增长32.4%；而2019年这一数字为7.82GB")
_ZH_FIGURE_WAS = re.compile(r"[，,；;]\s*(?:而|但)?(?:在)?(?P<y>(?:19|20)\d\d)年(?:末|底)?时?" + _ZH_THIS_FIGURE + r"则?" + _ZH_WAS + r"\s*(?:约|近)?$")
_ZH_EARLIER_LEVEL_BEFORE = re.compile(r"(?:/\s*户\s*[·・.]?\s*月)?[，,]\s*(?:同比(?:增长|下降)[\d.]+%[，,]\s*)?(?:比|较|(?:略|明显|远)?(?P<above>高于|低于))\s*(?:(?P<y>(?:19|20)\d\d)年(?P<end>末|底)?"
                                      r"|" + _ZH_PLAN + r"(?P<fend>末|期末)|(?P<m>1[0-2]|[1-9])月(?:末|底)"
                                      r"|(?:上年|去年)(?P<lend>末|底)?|(?P<mf>1[0-2]|[1-9])月份?)"
                                      # ("比“十四五”末（2025年底）的483.8万个净增6.4万个")
                                      r"(?:\([^()]{2,12}\))?的")   # ("比上年末的12.06亿户净增2500万户": the year before's end)
_ZH_NET_CHANGE_LEAD = re.compile(r"[，,]\s*(?:比|较)[^，,。；;\d]{1,10}?(?:净增|净减|增加|减少|新增)\s*")
_ZH_NET_CHANGE_CLAUSE = re.compile("^" + _ZH_NET_CHANGE_LEAD.pattern + r"[\d.]+\s*万?\s*[个户台辆家套部](?=[，,])")   # (the lead with its figure)
_ZH_VERB_ONLY_CLAUSE = re.compile(r"\s*(?:已经|已|总计|合计|共)?(?:达到|达|超过|突破|增至|升至|增长至|提升至|提高至|(?:分别)?仅为?|只有)了?\s*(?:约|近|超|逾)?\s*(?:每秒)?\s*")
# "累计建成5G基站483.8万个，是“十三五”末71.8万个的6.7倍": the earlier level a multiple is of
# "电信业务收入方面，前三季度累计完成9898亿元": the figure of the aspect just named
_ZH_ASPECT_CLAUSE = re.compile(r"方面[,]\s*(?:(?:\d{4}年)?(?:[上下]半年|前三季度|[一二三四]季度|全年|\d{1,2}[-—~]\d{1,2}月份?|\d{1,2}月份?|"
                               r"前\d{1,2}个月|今年以来)[,]?\s*)?(?:累计|共|总计)?(?:完成|实现|达到|达|为)\s*(?:约|近|超|逾)?\s*")
_ZH_TIMES_EARLIER_LEVEL = re.compile(r"[，,]\s*(?:是|为|相当于)\s*(?:(?P<y>(?:19|20)\d\d)年(?P<end>末|底)"
                                    r"|" + _ZH_PLAN + r"(?P<fend>末|期末)|(?P<m>1[0-2]|[1-9])月(?:末|底)|(?:上年|去年)(?P<lend>末|底))的?")
_ZH_TIMES_AFTER = re.compile(r"的\s*[\d.]+\s*倍")
# a dash aside about the subject, between it and its figure ("Output of industrial robots - a market in
# which Germany's Kuka is a major supplier - jumped 68.1 percent")
# (or a comma aside on what the measure is: "Value added of …, Beijing's measure of factory output, rose 6.1%")
_SUBJECT_COMMA_ASIDE = re.compile(r", (?:Beijing|China|the\s+government|the\s+ministry|the\s+(?:statistics\s+)?bureau|the\s+NBS|officials)'s?\s+"
                                  r"(?:[\w-]+\s+){0,2}(?:measure|gauge|yardstick|term|name|proxy|definition|benchmark)\b[^,;]{0,60},", re.I)
_DISCOURSE_ASIDE = re.compile(r",\s*(?:by\s+comparison|in\s+comparison|by\s+contrast|in\s+contrast|meanwhile|for\s+example|for\s+instance|"
                              r"however|too|also|though|in\s+turn)\s*,\s*(?:\w+\s+){0,3}$", re.I)
_SUBJECT_DASH_ASIDE = re.compile(r" - (?:a|an|the|which|who|where|one|now|still|once|long)\s[^-;]{3,160}? - ", re.I)
# a clause opened by "去年同期" ("；去年同期（1-2月）新能源汽车销量为189.3万辆"), not "去年同期相比"
_ZH_SAME_PERIOD_LAST_YEAR = re.compile(r"\s*(?:而\s*)?(?:去年|上年)同期(?!相比|比较|对比)(?:\((?P<p>[^()]{2,12})\))?")
_ALL_KINDS = re.compile(r"各类型?|各种|\b(?:of\s+all\s+(?:kinds|types)|all\s+(?:kinds|types)\s+of)\b", re.I)
_ZH_SIZE_THRESHOLD = re.compile(r"\s*(?:人民币)?(?:及|或)?以上的?(?:工业)?(?:法人)?(?:企业|单位)")
_OPEN_LINE_END = re.compile(r"[；;，,]\s*$")
_ZH_DEFINITION_BRACKET = re.compile(r"\((?:指|即)[^()]{0,24}$")
_ZH_CONTRAST_EARLIER = re.compile(r"[^,，;；。\d]{0,3}[,，]\s*而\s*(?:在\s*)?(?P<p>\d{4}年(?:底|末)|上年(?:底|末)|去年(?:底|末))"
                                  r"(?:时)?(?:这一?(?:数字|数据)|该数字)?(?:还|则)?(?:只有|仅有|仅为|只是|仅|为|是|才)$")   # ("而2020年底这一数字仅为71.8万个")
# "累计完成软件业务收入71768亿元，同比增长15.4%；2018年这一数字为63061亿元": an earlier year's flow
_ZH_YEAR_FIGURE_WAS = re.compile(r"[^,，;；。\d]{0,3}(?:[,，]\s*同比(?:增长|下降)[\d.]+%)?[,，;；]\s*(?:而\s*)?(?P<p>(?:19|20)\d\d年|上年|去年)(?:全年)?"
                                 r"(?:这一?(?:数字|数据|规模)|该数字)(?:还|则)?(?:只有|仅有|仅为|只是|仅|为|是|才)$")
_ZH_CONTRAST_EARLIER_PAIR = re.compile(r"[^,，;；。\d]{0,3}[,，]\s*而\s*(?:在\s*)?(?P<p>\d{4}年(?:底|末)|上年(?:底|末)|去年(?:底|末))"
                                       r"(?:时)?这两(?:个|项)(?:数字|数据|指标)(?:还|则|分别)?(?:只有|仅有|仅为|只是|仅|为|是|才)$")
_RATE_THEN_BRACKET = re.compile(r"(?:\s*(?:year-on-year|year\s+on\s+year|y-o-y|yoy|y/y))?\s*\(\s*(?:to\s+)?", re.I)
_LEVEL_BRACKET_CLOSES = re.compile(r"\s*(?:units|vehicles|tonnes|tons|sets)?\)", re.I)
_BRACKET_CLOSES = re.compile(r"[^(),，。]{0,8}\)")   # ("16.43GB/户·月）")
_ZH_THAN_MONTH_BRACKET = re.compile(r"(?:比|较)(?P<p>(?:1[0-2]|[1-9])月份?)\($")
# "10G PON端口数达3198万个，比上年末（3162万个）净增36万个": the stock at that year-end
# (or a quarter's or a month's end: "占移动电话用户的60.8%，较一季度末（59.2%）提高1.6个百分点")
_ZH_THAN_YEAR_END_BRACKET = re.compile(r"(?:比|较)(?:(?P<y>(?:19|20)\d\d)年|上年|去年|第?(?P<q>[一二三])季度|(?P<m>1[01]|[1-9])月份?)(?:末|底)\($")
_ZH_BRACKET_YEAR_RATE = re.compile(r"\((?P<y>(?:19|20)\d\d)年(?:同期)?(?:为|是)(?:同比)?(?:增长|(?P<down>下降))?\s*$")   # ("（2019年为增长0.8%）")
_ZH_BRACKET_YEAR_WAS = re.compile(r"\((?P<y>(?:19|20)\d\d)年(?P<end>末|底)?(?:同期)?(?:为|是|的)$")   # (also "较“十三五”末（2020年底的71.8万个）")
# "，其中嵌入式系统软件收入…": a part named after 其中 (not a period: "其中6月份", "其中，二季度")
_ZH_NEV_PART = re.compile(r"[,，;；]\s*其中[,，]?\s*新能源汽车\s*")
_ZH_PART_RATE_GAP = re.compile(r"\s*[,，]?\s*(?:同比)?(?:增长|下降)\s*")
_ZH_OF_WHICH_ITEM = re.compile(r"[，,]\s*其中[，,]?\s*(?!\d|[一二三四]季度|第[一二三四]|[上下]半年|前|全年|当月|单月|去年|上年|今年)"
                               r"|(?<=[元个户台辆部])中[，,]")   # (also "软件业务收入43249亿元中，信息技术服务收入…")
_ZH_FROM_LEVEL = re.compile(r"[由从]\s*(?:(?P<y>(?:19|20)\d\d)年(?:末|底)|" + _ZH_PLAN + r"(?:末|期末))?的?\s*$")
_ZH_TO_AFTER = re.compile(r"\s*(?:万|亿)?(?:个|户|台|辆|部|家|架|套)?\s*(?:增长|增加|提高|上升|提升|扩大|跃升|发展|增|升)?(?:至|到)")   # (also "71.8万个增至")
_RATE_LIST_NEXT = re.compile(r"(?:,\s*|\s+and\s+)(?:" + _QUAL + r"\s+)?[+\-\u2212]?\d[\d.]*\s?(?:%|percent|per\s+cent)", re.I)
_PLAN_LAST_YEAR = {"十二": 2015, "十三": 2020, "十四": 2025, "十五": 2030}
# "，分别比2015年的61.8%和45.4%提高…": the earlier levels of the two figures before
_ZH_RESPECTIVE_EARLIER = re.compile(r"[，,]\s*(?P<resp>分别)?(?:比|较)\s*(?:(?P<y>(?:19|20)\d\d)年(?:末|底)?|(?:上年|去年)(?:末|底)?)的\s*")
_ZH_CHANGE_AFTER = re.compile(r"\s*(?:/\s*户\s*[·・.]?\s*月\s*)?(?:(?:又|再)?(?:有所|略有|小幅|明显|大幅|显著|进一步)?(?:增长|增加|提高|提升|上升|下降|减少|回落)|(?:接近|近|几乎|实现|已经)?翻|净增|净减)")   # ("较2020年末的71.8万个接近翻番")
# ("That's up from 507,000 NEV sales in 2016": the flow named by its noun)
_EARLIER_LEVEL_GAP = re.compile(r"\s*(?:units|sets|users|GB|yuan|vehicles|cars|NEVs|tonnes|tons|(?:5G\s+)?(?:phones|handsets|smartphones))?\s*"
                                r"(?:(?:it|they|the\s+country)\s+(?=(?:sold|produced|made|built)\s))?(?:(?P<verb>sold|produced|made|built|shipped)\s+"
                                r"|(?:NEV|vehicle|car|auto)\s+(?P<noun>sales|production|output)\s+)?"
                                r"(?:(?:recorded|reported|registered|posted|seen|set)\s+)?(?:at|by|as\s+of|in|for)?\s*(?:the\s+)?", re.I)   # ("the 4.9 trillion yuan recorded in 2016", "the record 1.065 billion tonnes set in 2020")
_PER_DAY_AFTER = re.compile(r"\s+(?:a|per|each)\s+day\b")
_PAIR_AND = re.compile(r"\s+and\s+")
_PAIR_RESPECTIVELY = re.compile(r",?\s+respectively\b,?")
_YEAR_EARLIER = re.compile(r"\s*(?:units|sets|users|GB|yuan)?\s*(?:(?:reported|recorded|registered|seen|posted)\s+)?(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+(?:year\s+before|previous\s+year|prior\s+year))\b", re.I)
# clauses between a rate and the rate it is compared with that state no other figure: an average
# ("两年平均增长6.4%"), who said it (", the statistics bureau said on Wednesday (Nov 14)") or why
# ("，受上年同期基数抬高影响，增速较1-2月份的35.1%有所回落")
_ASIDE_CLAUSE = re.compile(r",[^,;]{0,8}(?:平均|average)[^,;]{0,30}(?=,)|,\s*受[^,;\d]{1,20}(?:影响|拖累|冲击)(?=,)"
                           # "，大幅优于市场预期的5.0%，": the forecast beaten
                           # ", beating the 5.3% median forecast in a Reuters poll,"
                           r"|,\s*(?:beating|topping|exceeding|surpassing|missing|matching|in\s+line\s+with)\s+(?:the\s+|a\s+|analysts'\s+|economists'\s+)?"
                           r"[^,;]{0,40}?\b(?:forecasts?|expectations?|estimates?|consensus|polls?)\b[^,;\d]{0,30}(?=,)"
                           r"|[,，]\s*(?:大幅|明显|略)?(?:优于|好于|高于|低于|不及|逊于)(?:市场|分析师|经济学家)?(?:普遍)?(?:预期|预估|预测)值?(?:的\s*[\d.]+%)?(?=[,，])"   # (also "优于市场预估的5.0%")
                           r"|[,，]\s*(?:增速|增幅|降幅)?(?:比|较)[^,，;%()]{1,12}\(\d[\d.]*%\)[^,，;]{0,16}(?=[,，])"   # "，增速比去年12月份（7.9%）回落1.1个百分点，"
                           # "，比去年12月的6.0%加快0.3个百分点，"
                           r"|[,，]\s*(?:增速|增幅|降幅)?(?:比|较)[^,，;%()]{1,12}?\d[\d.]*%(?:加快|回落|提高|放缓|下降|上升|减慢|收窄|扩大)[\d.]+个百分点(?=[,，])"
                           # "，快于全部规模以上工业增加值增速6.8个百分点，"
                           r"|[,，]\s*(?:增速)?(?:快于|慢于|高于|低于)[^,，;%()\d]{1,24}?[\d.]+个百分点(?=[,，])"
                           r"|,\s*(?:the\s+)?[A-Za-z][\w\s()'.-]{2,60}?\s(?:said|says|noted|added|announced|reported|showed|shows)"
                           r"(?:\s+(?:on\s+)?[A-Z]\w+(?:\s*\([^)]{1,12}\))?|\s+(?:earlier\s+this|last|this)\s+(?:week|month))?(?=,)", re.I)   # (also "said Tuesday", "showed earlier this month")
_ZH_EARLIER_RATE = re.compile(r"(?:较|比|低于|高于|快于|慢于|由|(?P<yu>与))(?:(?P<same>去年同期|上年同期)|(?P<fy>去年全年|上年全年|(?:去年|上年|前一年)(?=\(|的)|(?P<y>(?:19|20)\d\d)年(?:全年)?)|(?P<p>(?:\d{4}年|去年|上年)?(?:第?[一二三四]季度|上半年|前三季度|"
                              r"\d{1,2}月份?|\d{1,2}[-—~至]\d{1,2}月份?|1、2月份?|前\d{1,2}个月)))(?:的(?:同比)?(?:下降|增长)?|(?P<from>增长|下降)|(?P<br>\((?:增长|下降)?))?$"   # "较1—10月（13.8%）小幅提升", "比一季度（下降3.0%）加快"
                              # ("增速由2014年的8.3%回落至6.1%", "由3月份增长5.0%转为下降": the rate it moved from; "较上年（6.4%）";
                              # "与11月份6.2%相比回落0.2个百分点")
                              # "比上年增长5.6%，扭转了上年下降2.0%的局面": last year's fall, reversed
                              r"|扭转了?(?P<fy2>上年|去年)(?:下降|增长)$")
_ZH_LEVELLED_WITH = re.compile(r"(?:的(?:增速|增幅|增长|水平))?(?:相比|比较|持平)")
_ZH_INDUSTRY_BRACKET = re.compile(r"(?:快于|慢于|高于|低于|比|较)(?:同期)?(?:全部|全国)?(?:规模以上|规上)?工业(?:增加值)?(?:增速|增长|平均水平|平均增速)?(?:的)?\($")   # (also "高于同期工业平均水平（6.1%）")
# "…增长1.2%，…，上半年为下降1.3%", also in brackets: "比8月份加快1.4个百分点（8月份为4.4%）"
# (and a year's in brackets: "比去年全年加快0.1个百分点（2025年全年增长5.9%）", or after a comma: "12月规上工业增长5.7%，2018年全年为6.2%")
# (also "，而去年12月份为同比增长6.9%", "，4月份一度下降2.9%后连续两个月回升", "，去年同期为6.4%", "，而上半年这一指标为同比下降1.3%")
_ZH_PERIOD_WAS = re.compile(r"[,(](?:而)?(?:(?P<same>去年同期|上年同期)(?=为|是)|(?P<p>(?:\d{4}年|去年|上年)?(?:上半年|下半年|[一二三四]季度|前三季度|\d{1,2}月份?|\d{1,2}[-—~至]\d{1,2}月份?)"
                            r"|(?<=\()(?:\d{4}年|去年|上年)全年|(?<=[,，])(?:\d{4}年|去年|上年)(?:全年)?(?=为|是)))(?:(?:(?:这一指标|该指标|这一数字|增速)?\s*(?:为|是)(?:同比)?|一度)(?:(?P<down>下降)|增长)?|(?<=全年)(?:增长|(?P<fall>下降))|(?P<own>(?:同比)?(?:增长|(?P<dip>下降))))$")
# (and "（2022年12月份同比增长1.3%）", in brackets after the rate compared with it)
# "..., slower than the same period last year, when it grew 6.7 percent"
_WHEN_EARLIER = re.compile(
    r"\b(?:than|from|with|to|versus|over)\s+(?P<p>(?P<same>the\s+same\s+(?:period|months?|quarter)\s+(?:of\s+|in\s+)?"
    r"(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year)|a\s+year\s+(?:earlier|ago|before))|"
    r"(?:the\s+)?[\w -]{3,40}?)\s*,\s*when\s+(?:it|they|growth|output|production|sales|the\s+(?:figure|rate|sector|industry))\s+"
    r"(?P<v>grew|rose|expanded|increased|climbed|was|were|stood\s+at|came\s+in\s+at|fell|declined|dropped|contracted|shrank)\s+"
    r"(?:by\s+)?(?:" + _QUAL + r"\s+)?$", re.I)
_BRACKET_EARLIER = re.compile(r"[(（]\s*(?:in|for|during)\s+(?P<p>(?:the\s+)?[\w -]{3,30}?)\s*,?\s+(?:the\s+|its\s+)?"
                              r"(?P<v>drop|decline|fall|contraction|growth|increase|rise|gain)\s+(?:was|stood\s+at)\s+$", re.I)
# "September IP printed 4.5% y/y (Aug: 4.5% y/y; consensus: 4.3%)": the month before, in a broker's bracket
_MONTH_COLON_BRACKET = re.compile(r"\((?:(?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|January|February|March|April|June|July|"
                                  r"August|September|October|November|December)\.?|(?P<p>[1-4]Q(?:\d\d)?|[12]H(?:\d\d)?|Q[1-4](?:\s?\d{2,4})?|H[12](?:\s?\d{2,4})?))\s*:\s*(?P<sign>[+-])?$")   # (also "(2Q: 4.5%)")
_MONTH_BRACKET_AFTER = re.compile(r"\s*(?:(?:y/y|yoy|y-o-y|year-on-year)\s*)?\((?P<mon>Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|"
                                  r"January|February|March|April|June|July|August|September|October|November|December)\.?\s*:\s*[+-]?\d", re.I)
_PERIOD_THEN_BRACKET = re.compile(r"\b(?:from|after|than|versus|vs\.?|over)\s+(?:an?\s+|the\s+)?(?:[a-z]+(?:-[a-z]+)*\s+)?"
                                  r"(?P<p>[A-Z][\w-]{2,12})\s*\(\s*(?P<sign>[+-])?$")
_EARLIER_RATE_AFTER = re.compile(r"\s*(?:(?:on[\s-]year|y/y|y-o-y|yoy|year-on-year)\s+)?(?:(?:growth|rise|increase|expansion|gain|decline|drop|fall|contraction|slump|plunge|dip|"
                                 r"collapse|slide|tumble|crash|jump|surge|pace|rate|reading|print)\s+)?"   # ("than the 6.6 per cent pace in 2017", "the 4.6% print for full-year 2023")
                                 r"(?:year-on-year\s+|year\s+on\s+year\s+)?"
                                 r"(?:(?:managed|recorded|seen|posted|registered|logged|reported)\s+)?"   # "than the 3.6% managed in 2022"
                                 # "the 0.8% growth of 2019", "the 5.9% recorded for all of 2025": a year no period rule reads
                                 r"(?:(?:of|(?:in|for|during)\s+(?:all|the\s+whole)\s+of)\s+(?P<y>(?:19|20)\d\d)\b(?![-–/]|\s+to\b)"
                                 # ("a shade below the 6.4% pace of the first quarter")
                                 r"|(?:in|for|during|(?<=recorded\s)(?:over|across)|(?<=pace\s)of|(?<=rate\s)of|(?<=growth\s)of"
                                 r"|(?:(?<=%\s)|(?<=nt\s))of(?=\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b))\s+(?:the\s+)?)", re.I)   # ("below the 6.2% of November")
# (also "far below the 68 percent jump seen a year earlier")
_SAME_PERIOD_EARLIER = re.compile(r"\s*(?:(?:units|sets|users|GB|yuan)\s+)?(?:(?:growth|rise|increase|expansion|jump|surge|gain|decline|drop|fall|contraction)\s+)?"
                                  r"(?:(?:seen|recorded|posted|registered|logged|sold|produced)\s+)?(?:of\s+(?=a\s+year))?(?:(?:in|for|during)\s+the\s+same\s+(?:period|months?)\s+"
                                  r"(?:of\s+|in\s+)?(?:last\s+year|a\s+year\s+(?:earlier|ago|before)|the\s+(?:previous|prior)\s+year|"
                                  r"(?P<y>(?:19|20)\d\d)\b)|(?:a|one)\s+year\s+(?:earlier|ago|before)\b"
                                  # ("rose 6.2 percent in 2018, down from 6.6 percent the year before")
                                  r"|the\s+(?:year\s+before|previous\s+year|prior\s+year)\b)", re.I)
_BROADBAND_TOTAL = re.compile(r"broadband\s+(?:access\s+|internet\s+)?(?:users|subscribers|subscriptions)|宽带接入用户总数", re.I)
# stock -> (its share indicator, the total it is a share of)
_IMPLICIT_SHARE = {
    "gigabit_broadband_users": ("gigabit_share_of_broadband_users", _BROADBAND_TOTAL),
    "five_g_mobile_users": ("five_g_share_of_mobile_users", re.compile(r"mobile\s+(?:phone\s+)?(?:users|subscribers|subscriptions)", re.I)),
}
# (also "of which 990 million were 5G mobile phone users, representing 55.5% of the total")
# ("固定互联网宽带接入用户总数6.74亿户，其中1000Mbps及以上接入速率的用户为2.22亿户，占总数的32.9%")
_SHARE_AFTER = re.compile(r"\s*(?:units|users|subscribers)?(?:\s+(?:were|are)\s+[\w\s-]{3,40}?)?\s*,\s*(?:(?:accounting\s+for|making\s+up|representing|or)\s+"
                          r"|占(?:总数|总量|全部|总体)的)(?:" + _QUAL + r"\s+)?(?P<n>\d[\d.]*)\s*(?:%|percent|per\s+cent)(?!\s+of\b(?!\s+the\s+total\b))", re.I)
_CLAUSE_SWITCH = re.compile(r"\b(?:while|whereas|but|and|with|which|its|their|share|exports?|imports?|investment)\b", re.I)
# (also past the first noun's scope: "the penetration rate of digital R&D and design tools among industrial
# enterprises and the digitalization rate of key production processes")
_NOUN_AND = re.compile(r"(?:\s+(?:among|in|of|for)\s+(?:[a-z-]+\s+){0,3}?(?:enterprises|firms|companies|industry|industries))?"
                       r"\s+and\s+(?:the\s+)?")
_TECH_ITEM = re.compile(r"\b(?:2G|3G|4G|5G|5G-A|gigabit|fiber|fibre)\b", re.I)
_TECH_COORD = re.compile(r"(?:\b(?:2G|3G|4G|5G|5G-A|gigabit|fiber|fibre)\s*(?:,\s*(?:and\s+)?|and\s+|&\s*|/\s*))+$", re.I)
# (not a definition's contrast: "the penetration rate — users per 100 people, not a share of subscribers —")
_NEGATION = re.compile(r"\b(?:not|never)\b(?!\s+only)(?!\s+(?:a|the)\s+share\s+of\b)|\byet\s+to\b")
_SCOPE_ONLY = re.compile(r"\s+(?:in|across)\s+(?:(?:mainland\s+)?China|the\s+country|the\s+nation|the\s+mainland|the\s+(?:domestic|Chinese)\s+market)\b(?!')")
_POSSESSIVE_START = re.compile(r"(?:Its|Their|The\s+(?:province|city|region|company)'s)\b")
_IMPERATIVE_ITEM = re.compile(
    r"\s*(?:\(?\d{1,2}[.)、]|[-•*·])\s*(?:Fund|Help|Support|Promote|Build|Cultivate|Encourage|Guide|Strengthen|Accelerate|"
    r"Improve|Establish|Expand|Deepen|Implement|Launch|Develop|Foster|Push|Boost|Advance|Enhance|Speed\s+up|Step\s+up|"
    r"Create|Set\s+up|Train|Select|Add|Achieve|Ensure|Strive)\b")
_VA_SECTORS = frozenset(("equipment", "hightech", "consumer", "electronics", "emerging"))
_AS_A_WHOLE = re.compile(r"\s+(?:as\s+a\s+whole|overall)(?=\s)", re.I)
_BRACKET_GLOSS = re.compile(r"\s*\((?=[a-z])[^()\d;]{3,80}\)", re.I)
_BARE_GROWTH_VERB = re.compile(r"\s*(?:(?:industr(?:y|ies)|sectors?)(?=[\s,])\s*)?"
                               # "High-tech manufacturing, hit by weak demand for electronics, expanded just 2.7%"
                               r"(?:" + _CAUSE_ASIDE.pattern + r"\s*"
                               # "Equipment manufacturing, which includes machinery, vehicles and electronics, grew 6%"
                               # "Equipment manufacturing, a category that includes autos, machinery and rail equipment, grew 6%"
                               r"|,\s+(?:which|regarded\s+as|seen\s+as|known\s+as|led\s+by|driven\s+by|an?\s+(?:category|sector|segment|industry|group))\s+[^;.]{3,100}?,\s*)?"
                               r"(?:(?:has|have|had|also|further|already|even|still)\s+)*"   # ("High-tech manufacturing even grew, by 8.9%")
                               # "led the way, expanding 22.6%", "did considerably better, growing 10.8 percent", "was stronger,
                               # growing 9.1%" (also "fared better over
                               # the year as a whole, growing by 11.7%")
                               r"(?:(?:led(?:\s+(?:the\s+)?(?:way|recovery|rebound|gains|growth|charge|pack))?|(?:(?:did|fared)\s+|(?:was|were|proved)\s+(?=(?:\w+\s+)?(?:stronger|more\s+resilient)))(?:even\s+|much\s+|far\s+|considerably\s+|significantly\s+|markedly\s+|substantially\s+|slightly\s+|somewhat\s+)?(?:better|stronger|more\s+resilient)(?:\s+still)?(?:\s+(?:over|in|during|for|across)\s+[^,;.\d]{3,30}?)?|held\s+up\s+(?:even\s+|comparatively\s+|relatively\s+|fairly\s+)?(?:better|well)"
                               # "had already returned to growth, expanding 8.9 percent"
                               r"|returned\s+to\s+growth|(?:was|were)\s+(?:already\s+|still\s+)?(?:growing|expanding)(?:\s+again)?"   # ("was already growing again, up 8.9% in March")
                               # "outpaced the broader industrial sector, growing 10.2%", "remained a bright spot, growing 9.4%"
                               r"|(?:outpaced|outperformed|continued\s+to\s+(?:outpace|outperform)|kept\s+(?:outpacing|outperforming))(?:\s+[^,;.\d]{3,40}?)?|(?:remained|was|were)\s+(?:a|the)\s+(?:bright\s+spot|highlight|standout)(?:\s+(?:in|during|for|over)\s+[^,;.\d]{3,30}?)?"
                               # "rebounded in March, rising 8.9%" (the month is the figure's: read by the period rules)
                               r"|(?:rebounded|recovered|accelerated|picked\s+up)(?:\s+(?:in|during)\s+[A-Za-z]+)?),\s+)?"
                               # "grew faster, at 11.7% and 8.1%, respectively", "expanded at a rate of 9.2%"
                               r"(?:(?:grew|rose|expanded|increased|climbed)(?:\s+(?:even\s+)?(?:faster|more\s+(?:quickly|rapidly|strongly)|rapidly|quickly|"
                               r"strongly|robustly|steadily|(?:the\s+)?fastest))?,?\s+at(?:\s+an?\s+(?:annual\s+)?(?:rate|pace)\s+of)?|"
                               r"(?:grew|rose|expanded|increased|climbed)\s+(?:even\s+)?(?:faster|more\s+(?:quickly|rapidly|strongly)),\s+(?:by|up)|"   # ("expanded faster, by 9.7% and 9.6%", "grew faster, up 18.2 per cent")
                               r"led\s+(?:the\s+way\s+)?with(?:\s+an?)?|"   # "led with 18.2 percent growth" (the noun after gives the sign)
                               r"" + _STANDOUT_AT + r"\s+|"   # ("… manufacturing was the standout at +13.6%")
                               # "was stronger still at +13.3% y/y"
                               r"(?:was|were)\s+(?:even\s+|much\s+|far\s+)?(?:stronger|faster)(?:\s+still)?,?\s+at|"
                               # "held up better at +4.0% yoy", "swung back into positive territory at 2.3%"
                               r"held\s+up\s+(?:even\s+|comparatively\s+|relatively\s+|fairly\s+)?(?:better|well),?\s+at\s+\+?|swung\s+(?:back\s+)?into\s+(?:positive\s+territory|growth),?\s+at|"
                               # "Growth was strongest in A and B, where value added rose 7.1% and 6.6%"
                               r",?\s*where\s+(?:value[\s-]added|output)\s+(?:grew|rose|increased|expanded|climbed)|"
                               r"grew|grown|rose|risen|increased|expanded|climbed|jumped|gained|advanced|surged|went\s+up|edged\s+up|was\s+up|were\s+up|"
                               r"growing|expanding|rising|increasing|climbing|"   # "with high-tech manufacturing expanding 10.3%"
                               r"(?:registered|posted|recorded|saw|logged)\s+(?:a\s+)?(?:(?:faster|slower|stronger|weaker|robust|rapid|steady|solid)\s+)?growth\s+of|"
                               # "outpaced the overall industry with growth of 13.4 percent"
                               r"(?:outpaced|outperformed)\s+[^,;.\d]{3,40}?\s+with\s+(?:an?\s+)?(?:growth|increase|expansion)\s+(?:rate\s+)?of|"
                               # "saw its value added rise 7.1%"
                               r"saw\s+(?:its|their)\s+(?:value[\s-]added|output)\s+(?:rise|grow|increase|expand|climb|jump)|"
                               # "logged a 7.5-percent increase": the growth noun after the figure gives the sign
                               r"(?:registered|posted|recorded|saw|logged)\s+an?|"
                               r"posted|registered|recorded|logged|managed|added|"   # "high-tech manufacturing posted 9.5%", "equipment manufacturing added 8.9%" (a percent only)
                               # "High-tech manufacturing lagged at +1.7%yoy", "equipment manufacturing slowed to 6.5%"
                               + _MOVED_TO + r"|"
                               # "High-tech manufacturing was much softer at 1.7%"
                               r"(?:was|were)\s+(?:(?:much|far|a\s+little|slightly|somewhat)\s+)?(?:softer|weaker|stronger|firmer|slower|faster)\s+at|"
                               r"fell|declined|dropped|decreased|shrank|contracted|slid|slipped|dipped|slumped|tumbled|plunged|edged\s+down|up|down)(?:\s*,(?=\s*by\s))?\s*(?:by\s+)?(?:(?:just|only|a\s+mere)\s+)?"
                               r"(?:(?:" + _RATE_ADJECTIVE + r")\s+)?"   # "grew a more modest 2.7 percent"   # "expanded13.1 percent" (the figure ends the match)
                               r"(?:(?:year-on-year|year\s+on\s+year)\s+(?:by\s+)?)?(?:(?<=\sat\s)\+|(?<=\sto\s)\+)?", re.I)   # (also "accelerated to +14.6%")
# (also "outpacing overall industry", "industry as a whole": a sector's growth set against all industry's)
_GAPPED_JOIN = re.compile(r"(?:\s*(?:year[-\s]on[-\s]year|y/y|yoy|y-o-y))?(?:\s+(?:(?:in|during|for|over)\s+[\w\s-]{2,30}?|last\s+year|this\s+year))?"
                          r"(?:\s*\([^()]{1,30}\))?(?:,?\s+(?:and|while)\s+"
                          # ("expanded by 13.4 percent, equipment manufacturing by 11.3 percent")
                          r"|,\s+(?=[a-z][\w\s-]{2,50}?\s+by\s+[\d.]+\s?(?:%|percent|per\s+cent)))"
                          r"(?:that\s+(?:of|in)\s+)?", re.I)   # ("grew 10.8 percent and that in equipment manufacturing 9.5 percent")
# ("held at 4.5%yoy in Sep, unchanged from Aug", "…, the same pace as in August")
_UNCHANGED_FROM = re.compile(r"(?:\s*(?:yoy|y/y|y-o-y|year[\s-]on[\s-]year))?(?:\s+(?:in|for)\s+[\w\s-]{2,25}?)?,\s*"
                             r"(?:(?:unchanged|flat)\s+from|the\s+same\s+(?:pace|rate|reading)\s+as\s+(?:in|for)|"
                             r"matching\s+(?:the\s+pace\s+of|that\s+of|the\s+rate\s+(?:in|for)))\s+(?:the\s+)?(?=[\w-])", re.I)
_RATE_THEN_SECTOR = re.compile(r"(?:by\s+)?(?P<n>[\d.]+\s?(?:%|percent|per\s+cent))\s+(?:in|for|among)\s+(?:the\s+)?", re.I)
_SECTOR_END = re.compile(r"(?:\s+(?:sectors?|industr(?:y|ies)|firms|companies))?\s*(?:[,;.]|$)")
_SECTOR_BRACKET_RATE = re.compile(r"(?:\s+(?:sectors?|industr(?:y|ies)))?\s*\(\s*(?:\+|(?P<sign>[\-\u2212]))?(?P<n>\d[\d.]*)\s?%"
                                  r"(?:\s*(?:yoy|y/y|y-o-y|year-on-year))?\s*\)", re.I)
_SHARE_SENTENCE = re.compile(r"\b(?:share|proportion|accounted|accounting|percent\s+of)\b", re.I)
_THAT_CHANGED_FROM = re.compile(r"\s*(?:that|this)(?:'s|\s+is|\s+was)\s+(?P<dir>up|down)\s+(?P<n>[\d.]+)\s?(?:%|percent|per\s+cent)\s+(?:from|on|over)\s+"
                                r"(?P<y>(?:19|20)\d\d)(?P<when>,\s+when\s+(?:output|production|sales|it|they)\s+(?:stood\s+at|was|were|totall?ed|reached)\s+)?", re.I)
_GAPPED_GAP = re.compile(r"\s+(?:by\s+|at\s+)?")   # (also "…, at 13.4%, and equipment manufacturing at 11.3%")
_GAPPED_NOT_AFTER = re.compile(r"\s*(?:and|,\s*respectively)\b|\s+(?:of|in)\s+(?!the\s+(?:first|second|third|fourth|same)\b)")   # a list of its own, a share
# "A and B expanded 11.8% and 8.6%, outpacing overall industry by 5.4 and 2.2 points, respectively": the
# "respectively" closes a parallel list of the same length right after
_RESPECTIVE_PARALLEL = re.compile(r",\s+(?:[a-z-]+\s+){1,4}(?:by\s+)?\d[\d.]*\s+and\s+\d[\d.]*\s*"
                                  r"(?:percentage\s+points?|pp|percent|%)?,?\s+respectively\b"
                                  # "expanding by 9.2% and 11.6%, or 2.5 and 4.9 percentage points faster than ..."
                                  r"|,\s+or\s+\d[\d.]*\s*(?:%|percent|pp)?\s+and\s+\d[\d.]*\s*(?:percentage\s+points?|pp|percent|%)", re.I)
_VA_CONTEXT = re.compile(r"value[\s-]?added|added[\s-]value|industrial\s+(?:output|production|growth)|"
                         r"(?:overall|whole|entire)\s+industr(?:y|ial)|industry\s+as\s+a\s+whole", re.I)
_LIST_RATES_NEXT = re.compile(r"\s*(?:units?|sets?|vehicles)?\s*,\s*(?:up|down|rising|falling|increases\s+of|gains\s+of)\s")   # "..., up 11.6% and 12% respectively"
_LIST_END = re.compile(r"\s*(?:units?|sets?|vehicles)?\s*(?:(?:year-on-year|yoy|y/y|y-o-y)\s*)?(?:(?:in|for|during)\s+[^,;.]{2,30}?)?\s*"
                       r"(?:\.|$|,\s+[\d.]+\s*(?:ppts?|pp|percentage\s+points)\s+and\s+[\d.]+\s*(?:ppts?|pp|percentage\s+points)\b)", re.I)   # (also "… YoY in 1H, 4.9ppt and 2.5ppt above the headline")
_RESPECTIVE_AFTER = re.compile(r"\s*(?:units?|sets?|vehicles|yuan|tonnes|tons)?\s*"
                               r"(?:(?:year-on-year|year\s+on\s+year|yoy|y-o-y|from\s+a\s+year\s+(?:earlier|ago))\s*)?"
                               r"(?:(?:for|in|over)\s+the\s+(?:year|period)\s*|last\s+year\s*)?"   # ("7.1% and 6.6% for the year, respectively")
                               r",?\s*respectively\b", re.I)
_MONTH_AFTER = re.compile(r"(?:(?:single\s+)?month\s+of\s+)?(?:January|February|March|April|May|June|July|August|"
                          r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b", re.I)
_THAT_OF = re.compile(r"(?<!than )\b(?:that|those)\s+of\s+(?:the\s+)?$", re.I)
# a cause or a concession after a figure: another statement, not the figure's scope ("... 9.49 million
# as China overtook Japan"; "... 928 million tons, despite government pledges to cut capacity")
_REASON_CLAUSE = re.compile(r"\s(?:as(?!\s+(?:compared|against|of|well)\b)|because|amid|thanks\s+to|due\s+to|driven\s+by|on\s+the\s+back\s+of"
                            r"|on(?=\s+(?:weak|weaker|strong|stronger|soft|softer|sluggish|robust|firm|firmer|slowing|falling|rising|recovering)\s)"   # ("on weak electronics demand in 1H")
                            r"|on(?=\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?(?:upcycle|downcycle|upturn|downturn|recovery|rebound|boom|slump|demand)\b)"   # ("on the global electronics upcycle")
                            r"|despite|in\s+spite\s+of|although|even\s+though|before(?=\s+(?:[\w-]+\s+){0,4}?[a-z]+(?:ed|ing)\b)"
                            r"|after(?=\s+(?:the\s+)?[A-Z][\w-]*\s+(?:cut|slashed|[a-z]{2,}ed)\b)|(?:in\s+)?a\s+(?:further\s+|fresh\s+|clear\s+)?sign\s+(?:that|of)"
                            r"|(?<=,\s)(?:hurt|hit|weighed\s+down|dragged\s+down|held\s+back|helped|boosted|supported|lifted)\s+by)\s", re.I)   # (", hurt by … Li Keqiang's call for …")
# "after <something> rose …": what came before, in a sentence on a later figure or a forecast
_PAST_MOVE = r"(?:soared|rose|grew|jumped|surged|climbed|increased|expanded|fell|dropped|declined)"
_AFTER_EARLIER = re.compile(r"\bafter\s+[\w\s'-]{0,30}?\b" + _PAST_MOVE + r"\s+[^,;]{0,30}$", re.I)
# (also "\"... is expected to continue in the second quarter,\" Zhao said, adding that ... rose 4.3 percent")
_AND_NUM_GAP = re.compile(r"\s+and\s+|,\s+")
_AND_THAT = re.compile(r",\s+and\s+that\s+")
_AFTER_PAST = re.compile(r"(?:,\s+after|\b(?:said|says|noted|told\s+(?:reporters|journalists|a\s+(?:press\s+)?(?:briefing|conference))),\s+adding\s+that)\s+(?=[^,;]{0,80}?\b(?:" + _PAST_MOVE + r"|was|were|reached|hit)\b)")
_IN_REVENUE = re.compile(r"\s+in\s+(?:(?:business|operating|total)\s+)?(?:revenue|sales)\b", re.I)
_AND_UP_FROM = re.compile(r"[^,;]{0,30}?,?\s+and\s+(?:up|down)\s+from\s+(?:" + _QUAL + r"\s+)?", re.I)
_PART_OF_VERB = re.compile(r"\b(?:made\s+up|accounted\s+for|contributed)\s+(?:" + _QUAL + r"\s+)?$", re.I)
_OF_FLOW_AFTER = re.compile(r"\s+of\s+(?:total\s+|all\s+|overall\s+)?(production|output|sales)\b(?!\s+(?:of|in)\b)", re.I)
_JOINED_PART = re.compile(r",?\s+and\s+(?:" + _QUAL + r"\s+)?", re.I)
# "…增长6.5%，高于全部工业2.7个百分点", "…, 2.7 percentage points faster than overall industry"
_ALL_INDUSTRY_ZH = r"全部(?:规模以上|规上)?工业(?:增加值)?(?:增速)?"
_FASTER_ZH = r"(?:(?:高|快)(?:于|出)?|(?P<below>低|慢)于?)"
_GAP_TO_ALL_INDUSTRY = re.compile(
    r"\s*[，,]\s*(?:(?:比" + _ALL_INDUSTRY_ZH + r")?" + _FASTER_ZH + r"(?:" + _ALL_INDUSTRY_ZH + r")?\s*(?P<pp>[\d.]+)\s*个百分点"
    r"|(?P<pp2>[\d.]+)\s+percentage\s+points?\s+(?:faster|higher|quicker|above)\s+(?:than\s+)?(?:that\s+of\s+)?(?:the\s+)?"
    r"(?:overall|all|total|whole)\s+industr)")
# "电子信息制造业增加值同比增长10.5%，比全国工业平均水平(6.1%)高4.4个百分点": all industry's rate, in brackets
_ALL_INDUSTRY_BRACKET = re.compile(r"(?:比|高于|快于|低于|慢于)(?:同期)?(?:全国|全部)(?:规模以上|规上)?工业(?:增加值)?的?(?:平均)?(?:水平|增速|增长)?"
                                   r"\s*\(\s*(?:增长)?(?=[\d.]+%\s*\))")
# "分别增长9.7%和9.6%，增速分别快于全部规上工业3.5和3.4个百分点": a gap for each rate of the list, in order
_GAPS_TO_ALL_INDUSTRY = re.compile(
    r"(?P<rest>(?:\s*[和、]\s*[\d.]+%)*)\s*[，,]\s*(?:增速|增幅)?分别" + _FASTER_ZH + _ALL_INDUSTRY_ZH
    + r"\s*(?P<pps>[\d.]+(?:\s*[和、]\s*[\d.]+)+)\s*个百分点")
_DASH_COMMENT = re.compile(r"\s[-\u2013\u2014]{1,2}\s")
_CLAUSE_SPLIT = re.compile(r"[,;，；。!?\n]|\.(?:\s|$)")
_AND_NEXT_FIGURE = re.compile(r",?\s+(?:and|but)\s+(?:(?:up|down|rising|falling|an?\s+(?:increase|rise|decrease|decline|drop)\s+of)\s+(?:by\s+)?)?"
                              r"(?=[\d.]+\s?(?:GB|%|percent|pct|percentage))"
                              # "down by 3.6% year on year and lower than 92.86 million tonnes in May": the month before's level
                              r"|,?\s+(?:and|but)\s+(?:higher|lower|more|less|fewer|above|below)\s+than\s+(?:the\s+)?(?=[\d.]+\s?(?:million|billion|mn|bn)\b)"
                              # "+46.4% y/y (+16.0% m/m)": the bracket is another rate
                              r"|\s*\((?=[+\-−]?[\d.]+\s?%)")
_RESPECTIVELY = re.compile(r"^[^,;.]*?,?\s*respectively,?")
_DATELINE = re.compile(r"[A-Z][A-Z .'\-]{2,30},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*(?:\([^)]{2,40}\)|(?<=\d\ )[A-Z][a-z]{2,12}\s)?\s*(?:-{1,2})\s*"   # (also "BEIJING, Aug. 12 Kyodo -")
                       r"|\([A-Z][A-Za-z .]{2,30}\)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*)?-{1,2}\s*"   # (Yicai Global) July 18 --, (Beijing) -
                       r"|[A-Z][A-Z'/\-]{2,20}(?:\s+[A-Z][A-Z'\-]{2,20})?(?:\s+(?:\([A-Z][A-Za-z .,]{1,30}\)\s+)?-{1,2}|:)\s+"   # BEIJING (Reuters) --, BEIJING (REUTERS, BLOOMBERG) -, BEIJING:
                       r"|[A-Z][a-z]{2,20}\s+\([A-Z][A-Za-z .]{1,30}\)\s*-{1,2}\s*"   # Shanghai (Gasgoo)-
                       r"|[A-Z][a-z]{2,20},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]{2,40}\)\.?\s*-{1,2}\s*"   # Beijing, Jul 24 (efe-epa).-
                       r"|[A-Z][a-z]{2,20}\s+-{1,2}\s+(?=[A-Z])"   # Singapore - China's crude steel production ... (Platts)
                       r"|(?:本报讯\s*)?[\u4e00-\u9fff][\u4e00-\u9fff·・]{1,13}\d{1,2}月\d{1,2}日电\s*(?:\([^)]{1,20}\)\s*)?")   # 新华社北京1月20日电, "本报讯 据新华社北京4月19日电", "中国青年报·中青在线北京1月29日电"

_NUMTOK = r"(?P<n>\d[\d,]*(?:\.\d+)?)"
_TOTAL_AMOUNT = r"(?:\d[\d,.]*\s*(?:million|billion|mn|bn)?\s+)?"   # "23.1% of China's 628 million fixed broadband subscribers"
# a character of the text between the gigabit users and their share that does not name another speed
# tier ("千兆宽带用户达640万户，100 Mbps以上用户占固定宽带用户比重达89.9%": the share is the 100 Mbps tier's)
_NO_OTHER_TIER = r"(?:(?!(?<!\d)100\s?Mbps|(?<!\d)500\s?Mbps|百兆)[^。；;])"
_SPECIALS = [
    ("five_g_economy_categories", "97", re.compile(
        _NUMTOK + r"\s+(?:out\s+)?of\s+(?:the\s+|all\s+)?97\s+(?:major\s+)?(?:economic\s+)?(?:categories|sectors|industry\s+categories)", re.I),
     re.compile(r"\b5G\b")),
    ("five_g_admin_village_coverage", "administrative", re.compile(
        _NUMTOK + r"\s*(?:%|percent|per\s+cent|pct)\s+of\s+(?:the\s+)?(?:country's\s+|China's\s+|all\s+|its\s+|the\s+nation's\s+)?administrative\s+villages", re.I),
     "tech5g"),
    ("five_g_share_of_mobile_users", "mobile", re.compile(
        _NUMTOK + r"\s*(?:%|percent|per\s+cent|pct)\s+of\s+(?:all\s+|total\s+|the\s+total\s+(?:number\s+of\s+)?|the\s+number\s+of\s+|the\s+)?"
        r"(?:country's\s+|China's\s+|nation's\s+)?" + _TOTAL_AMOUNT + r"(?:total\s+)?mobile[\s-](?:phone\s+)?(?:users|subscribers|subscriptions|subscriber\s+base|user\s+base|total)\b", re.I),
     "users5g"),
    ("five_g_share_of_mobile_users", "mobile", re.compile(
        r"(?:share|proportion|percentage)\s+of\s+5G\s+(?:mobile\s+)?(?:phone\s+)?(?:users|subscribers)(?:\s+(?:in|among|of)\s+(?:all\s+|total\s+)?mobile\s+(?:phone\s+)?(?:users|subscribers))?"
        r"\s+(?:has\s+|had\s+)?(?:reached|was|is|(?:rose|risen|increased|grew|climbed|jumped|edged\s+up|went\s+up)\s+to|"
        r"stood\s+at|hit|of|exceeded|topped)\s+(?:" + _QUAL + r"\s+)?" + _NUMTOK + r"\s*(?:%|percent|per\s+cent|pct)", re.I),
     None),
    ("gigabit_share_of_broadband_users", "broadband", re.compile(
        _NUMTOK + r"\s*(?:%|percent|per\s+cent|pct)\s+of\s+(?:all\s+|total\s+|the\s+total\s+(?:number\s+of\s+)?|the\s+number\s+of\s+|the\s+)?"
        r"(?:country's\s+|China's\s+|nation's\s+)?" + _TOTAL_AMOUNT + r"(?:total\s+)?(?:fixed\s+)?(?:internet\s+)?broadband\s+(?:access\s+)?(?:users|subscribers|subscriber\s+base|user\s+base|total|base)\b", re.I),
     "usersgig"),
    # "Fixed broadband users totaled 647 million. Of these, 171.53 million were on gigabit plans"
    ("gigabit_broadband_users", "igabit", re.compile(
        r"\b(?:of\s+(?:these|those|them|which|whom)|among\s+(?:them|these|those|which|whom))\s*,?\s*(?:" + _QUAL + r"\s+)?"
        + _NUMTOK + r"(?:\s*(?:million|mn|billion|bn))?\s+(?:users\s+|subscribers\s+)?(?:were|are|was|had|have|used|"
        r"subscribed\s+to|signed\s+up\s+for)\s+(?:on\s+|using\s+)?(?:gigabit|1,?000\s?Mbps|1\s?Gbps)", re.I),
     "ofbroadband"),
    ("five_g_sep_share", "patent", re.compile(
        _NUMTOK + r"\s*(?:%|percent|per\s+cent|pct)\s+of\s+(?:the\s+)?(?:global\s+|world's\s+|worldwide\s+|all\s+)?(?:declared\s+)?5G\s+"
        r"(?:standard[\s-]essential\s+patents?|SEPs?)(?:\s+declarations)?", re.I), None),
    ("five_g_sep_share", "patent", re.compile(
        r"share\s+of\s+(?:global\s+|China's\s+|Chinese\s+)?5G\s+(?:standard[\s-]essential\s+patents?|SEPs?)(?:\s+declarations)?(?:\s+(?:worldwide|globally|in\s+the\s+world))?"
        r"\s+(?:is|was|has\s+reached|reached|stood\s+at|of|exceeded|hit|remained\s+at)\s+(?:" + _QUAL + r"\s+)?" + _NUMTOK + r"\s*(?:%|percent|per\s+cent|pct)", re.I), None),
    ("five_g_share_of_mobile_users", "移动电话用户", re.compile(
        r"5G移动电话用户[^。；;]{0,30}?占(?:全部)?移动电话用户(?:总数)?(?:[\d.]+[万亿]户)?的?(?:比重|比例)?(?:为|达|达到|超过)?" + _NUMTOK + r"\s*%"),
     None),
    ("gigabit_share_of_broadband_users", "宽带", re.compile(
        r"(?:千兆|1000Mbps)" + _NO_OTHER_TIER + r"{0,40}?用户" + _NO_OTHER_TIER + r"{0,30}?占(?:全部)?固[定网](?:互联网)?宽带(?:接入)?用户(?:总数)?的?(?:比重|比例)?(?:为|达|达到|超过)?"
        + _NUMTOK + r"\s*%"),
     None),
    # (or after another tier's share: "宽带接入用户总数达X，100Mbps…占总用户数的93.7%；1000Mbps…用户为Y，…占总用户数的Z%")
    ("gigabit_share_of_broadband_users", "宽带", re.compile(   # "宽带接入用户总数达X，其中千兆...用户为Y，占总用户数的Z%"
        r"(?:宽带[^。；;]{0,40}?其中[^。；;]{0,10}?(?:千兆|1000Mbps)|宽带(?:接入)?用户(?:总数)?[^。；;]{0,60}?[；;]\s*(?:千兆|1000Mbps)|(?:千兆|1000Mbps)[^。；;]{0,30}?宽带)" + _NO_OTHER_TIER + r"{0,40}?用户"
        + _NO_OTHER_TIER + r"{0,40}?占(?:总用户数|用户总数)的?(?:比重|比例)?(?:为|达|达到|超过)?" + _NUMTOK + r"\s*%"),
     None),
    # (also after another tier's share: "其中，100Mbps及以上…占总用户数的95.3%；1000Mbps及以上…")
    ("gigabit_share_of_broadband_users", "1000Mbps", re.compile(   # "…宽带接入用户总数达X。其中，1000Mbps及以上…用户为Y，占总用户数的Z%"
        r"^\s*其中[,，]?\s*(?:[^。；;]{0,60}[；;]\s*)?(?:千兆|1000Mbps)[^。；;]{0,40}?用户[^。；;]{0,40}?占(?:总用户数|用户总数)的?(?:比重|比例)?(?:为|达|达到|超过)?"
        + _NUMTOK + r"\s*%"),
     None),
    ("five_g_a_cities", "5G-A", re.compile(
        r"(?:超过|逾|达|达到)?" + _NUMTOK + r"\s*个(?:以上)?(?:地级(?:及?以上)?)?城市[^。；;，,]{0,8}?(?:开通|部署|覆盖)[^。；;，,]{0,6}?5G-A"), None),
    ("five_g_a_cities", "5G-A", re.compile(   # "5G-A网络已覆盖超过360个城市"
        r"5G-A(?:网络)?(?:[^。；;，,\d]{0,8}?|[^。；;，,\d]{0,10}[，,]\s*(?:目前|现已|截至目前)[^。；;，,\d]{0,3}?)(?:覆盖|部署|开通|通达)(?:了|到)?(?:全国)?(?:超过|逾|达|达到|近|约|接近)?" + _NUMTOK + r"\s*(?:多|余)?个(?:以上)?(?:地级(?:及?以上)?)?城市"), None),
    ("five_g_a_cities", "5G-A", re.compile(   # "5G-A网络覆盖城市已超过340个"
        r"5G-A(?:网络)?(?:已)?(?:覆盖|部署|开通)(?:的)?城市(?:数|数量)?(?:已)?(?:超过|逾|达|达到)?" + _NUMTOK + r"\s*(?:多|余)?个"), None),
    ("five_g_admin_village_coverage", "行政村", re.compile(   # "5G网络…通达超过90%的行政村", "覆盖所有乡镇和95%以上的行政村"
        r"5G[^。；;]{0,40}?(?:通达|覆盖|通)[^。；;\d]{0,12}?(?:超过|逾|达到|达)?" + _NUMTOK + r"\s*%(?:以上)?的行政村"), None),
    ("five_g_share_of_mobile_users", "移动电话用户", re.compile(   # "5G移动电话用户达5.61亿户，在移动电话用户中占比33.3%"
        r"5G移动电话用户[^。；;]{0,30}?在(?:全部)?移动电话用户(?:总数)?中(?:的)?(?:占比|比重|比例)(?:为|达|达到|超过)?" + _NUMTOK + r"\s*%"),
     None),
    ("five_g_admin_village_coverage", "行政村", re.compile(   # "全国已有98%的行政村通5G"
        r"(?:已有|有|已经有)(?:超过|逾)?" + _NUMTOK + r"\s*%(?:以上)?的行政村(?:已|都|均)?(?:通|开通|覆盖|实现)(?:了)?5G"), None),
    ("five_g_admin_village_coverage", "行政村", re.compile(   # "通5G的行政村比例超过90%"
        r"(?:通达|覆盖|通)5G(?:网络)?的行政村(?:比例|占比)(?:已)?(?:超过|逾|达到|达)?" + _NUMTOK + r"\s*%"), None),   # (also "通达5G的行政村比例")
    ("five_g_admin_village_coverage", "行政村", re.compile(   # "行政村通5G比例超过90%"
        r"行政村通5G(?:网络)?(?:的)?(?:比例|占比)(?:已)?(?:超过|逾|达到|达)?" + _NUMTOK + r"\s*%"), None),
    # "全年新建5G基站88.7万个，累计建成开通231.2万个": the total after the year's additions
    ("five_g_base_stations", "新建5G基站", re.compile(
        r"新建5G基站(?:超过|逾|近)?[\d.,]+\s*万?\s*(?:个|座)(?:以上)?[，,]\s*(?:全国)?累计(?:已)?(?:建成|开通|建设)(?:开通)?(?:5G基站)?(?:总数)?(?:达到|达|超过|逾)?"
        + _NUMTOK + r"\s*万\s*(?:个|座)"), None),
    ("five_g_admin_village_coverage", "行政村", re.compile(   # "5G行政村通达率超过90%", "行政村5G通达率达到90%"
        r"(?:5G行政村|行政村5G)(?:网络)?(?:通达率|覆盖率|通达比例)(?:已)?(?:超过|逾|达到|达|为)?" + _NUMTOK + r"\s*%"), None),
    ("openharmony_devices", "Harmony", re.compile(
        r"Open\s?Harmony(?:\s+(?:operating\s+system|OS))?\s+(?:has|had)\s+(?:been\s+)?(?:installed|deployed|running)\s+on\s+"
        r"(?:" + _QUAL + r"\s+)?" + _NUMTOK + r"\s*(?:million|billion)?\s+devices", re.I), None),
    ("humanoid_robot_products", "人形机器人", re.compile(
        r"(?<!新)(?:发布|推出)(?:了|的)?人形机器人(?:整机)?产品(?:超过|逾|达|达到)?" + _NUMTOK + r"\s*(?:余)?款"), None),   # not "新发布"
    ("humanoid_robot_products", "人形机器人", re.compile(   # "目前已发布超过380款人形机器人产品"
        r"(?<!新)(?:发布|推出)(?:了)?(?:超过|逾|达|达到)?" + _NUMTOK + r"\s*(?:余|多)?款(?:以上)?人形机器人(?:整机)?产品"), None),
    ("humanoid_robot_products", "人形机器人", re.compile(   # "一季度新发布人形机器人产品30余款，累计发布产品超过360款"
        r"人形机器人[^。；;]{0,30}?[,，]\s*(?:目前)?(?:已|已经)?累计(?:已)?(?:发布|推出)(?:了|的)?(?:整机)?产品(?:超过|逾|达|达到)?"
        + _NUMTOK + r"\s*(?:余|多)?款"), None),
    ("humanoid_robot_products", "人形机器人", re.compile(   # "人形机器人方面，已发布整机产品超过150款"
        # (also "人形机器人产业加快发展，已发布产品超过360款")
        r"人形机器人(?:方面|领域|产业[\u4e00-\u9fff]{0,6})[,，]\s*(?:已|累计|已累计)?(?:发布|推出)(?:了|的)?(?:整机)?产品(?:超过|逾|达|达到)?"
        + _NUMTOK + r"\s*(?:余|多)?款"), None),
    ("openharmony_devices", "Harmony", re.compile(   # "More than 1.1 billion devices run OpenHarmony"
        _NUMTOK + r"\s*(?:million|billion)?\s+devices\s+(?:now\s+)?(?:run|running|use|using|are\s+running|are\s+equipped\s+with|"
        r"equipped\s+with|powered\s+by)\s+(?:the\s+)?Open\s?Harmony\b", re.I), None),
    ("openharmony_devices", "开源鸿蒙", re.compile(
        r"开源鸿蒙(?:操作系统)?(?:的)?(?:设备数|设备数量|设备|装机量)(?:已)?(?:超过|逾|达|达到|突破)?" + _NUMTOK + r"\s*(?:亿|万)?(?:台|部)?"), None),
    ("five_g_economy_categories", "国民经济大类", re.compile(
        r"5G[^。；;]{0,20}?(?:融入|覆盖|应用于|拓展至)(?:了)?" + _NUMTOK + r"个国民经济大类(?![^。；;，,]{0,4}中)"), None),
    ("five_g_economy_categories", "大类", re.compile(   # "融入97个国民经济大类中的76个": 76 of the 97
        r"5G[^。；;]{0,20}?(?:融入|覆盖|应用于|拓展至)(?:了)?(?:97个国民经济大类|国民经济97个大类)中的?" + _NUMTOK + r"个"), None),
    ("five_g_industrial_internet_projects", "工业互联网", re.compile(
        r"5G\s*\+\s*工业互联网[\"'”]?\s*(?:[^。；;，,\d]{0,10}[，,]\s*(?:全国)?)?(?:在建|建设)?项目(?:数|数量)?(?:已)?(?:累计)?(?:超过|达到|达|突破|逾|超)?"
        + _NUMTOK + r"\s*万?个"), None),   # (also "“5G+工业互联网”建设持续推进，全国在建项目超过3100个", "项目累计超过1.85万个", "建设项目超过4000个", "“5G+工业互联网”融合应用持续深化，全国在建项目已超过1600个")
    ("five_g_sep_share", "标准必要专利", re.compile(   # "我国5G标准必要专利声明量全球占比超过42%" (not a company's)
        r"(?:我国|中国)(?:企业)?(?:声明的)?5G标准必要专利(?:声明量|声明数量|数量|声明)?(?:的)?(?:在)?(?:全球)?占(?:全球)?(?:的)?"
        r"(?:比|比例|比重|份额)?(?:已)?(?:超过|达到|达|约|近|逾|为|超)?" + _NUMTOK + r"\s*%"), None),
    ("five_g_a_cities", "5G-A", re.compile(   # "5G-A已在300多个城市启动商用部署"
        r"5G-A(?:网络)?[^。；;，,\d]{0,6}?在(?:超过|逾)?" + _NUMTOK + r"\s*(?:多|余)?个(?:以上)?(?:地级(?:及以上)?)?城市"
        r"[^。；;，,]{0,6}?(?:商用|部署|开通|覆盖)"), None),
    ("five_g_a_cities", "5G", re.compile(   # "More than 300 cities have been covered by 5G-A networks"
        r"(?:(?P<q>more\s+than|over|nearly|about|around)\s+)?" + _NUMTOK + r"\s+(?:prefecture-level\s+)?cities\s+(?:have|had)\s+been\s+"
        r"(?:covered\s+by|connected\s+to)\s+(?:the\s+)?(?:5G-A|5G-Advanced|5\.5G)\b", re.I), None),
    ("five_g_mobile_users", "5G", re.compile(   # "805m people using 5G phones", "More than 620 million people now use 5G mobile phones"
        # (or "Over 1.2bn Chinese use 5G handsets")
        r"(?:(?P<q>more\s+than|over|nearly|about|around|some)\s+)?" + _NUMTOK + r"(?:\s*(?:million|mn|m|billion|bn))?\s+"
        r"(?:people|users|subscribers|(?-i:Chinese)(?:\s+people)?)\s+(?:now\s+|already\s+)?(?:(?:using|use)\s+5G\s+(?:mobile\s+)?(?:phones|handsets)\b"
        r"|(?:were|are)\s+(?:now\s+|already\s+)?5G\s+(?:mobile[\s-])?(?:phone[\s-])?(?:users|subscribers)\b)", re.I), None),   # (or "355m people were 5G mobile-phone users")
    ("five_g_penetration_rate", "penetration", re.compile(   # "the 5G penetration rate, measured as users per 100 people, reached 87.4 percent"
        # (also "…rate, measured per 100 population, reached", "…rate — that's users per 100 people, not a
        # share of subscribers — hit", "…rate, measured against the population, reached")
        r"5G\s+(?:user\s+|mobile\s+)?penetration\s+rate(?=(?:[^;.\d]|\b5G\b){0,40}?(?:per\s+100\s|population))"
        r"(?:,\s*[^,;.]{3,80}?,|\s+(?:--?|–|—)\s*[^;.—–]{3,100}?\s*(?:--?|–|—))\s*(?:reached|stood\s+at|was|hit|rose\s+to|climbed\s+to)\s+"
        r"(?:" + _QUAL + r"\s+)?" + _NUMTOK + r"\s*(?:%|percent|per\s+cent)", re.I), None),
    ("five_g_penetration_rate", "penetration", re.compile(   # "the 5G user penetration rate stood at 52.3 per 100 people"
        r"5G\s+(?:user\s+|mobile\s+)?penetration(?:\s+rate)?[^.;\d]{0,30}?\b(?:stood\s+at|stands\s+at|reached|was|is|of|hit|rose\s+to|climbed\s+to)\s+"
        r"(?:" + _QUAL + r"\s+)?" + _NUMTOK + r"\s+(?:users\s+)?(?:per|for\s+every)\s+100\s+(?:people|persons|inhabitants|residents|population)", re.I),
     "per100"),
    ("five_g_a_cities", "5G", re.compile(
        r"(?:5G-A|5G-Advanced|5\.5G|5G\s+evolved\s+networks?|5G-Advanced\s+networks?)(?:\s*\([^)]{0,30}\))?(?:[^.;\d]|\b5G\b){0,120}?\b"
        r"(?:cover(?:ed|ing|s)?|in|reach(?:ed|ing)?|across|to)\s+(?:" + _QUAL + r"\s+)?" + _NUMTOK + r"\s+(?:prefecture-level\s+)?cities", re.I),
     None),
]


_REGION_WORDS = frozenset(w.lower() for w in (
    "Beijing Tianjin Hebei Shanxi Liaoning Jilin Heilongjiang Shanghai Jiangsu Zhejiang Anhui Fujian Jiangxi Shandong "
    "Henan Hubei Hunan Guangdong Guangxi Hainan Chongqing Sichuan Guizhou Yunnan Tibet Xizang Shaanxi Gansu Qinghai "
    "Ningxia Xinjiang Macao Macau Taiwan Shenzhen Guangzhou Hangzhou Suzhou Wuhan Chengdu Xi'an Nanjing Qingdao Dalian "
    "Yantai Xiamen Ningbo Shenyang Changsha Zhengzhou Hefei Jinan Harbin Kunming Fuzhou Wuxi Dongguan Foshan Tangshan "
    "Baotou Xiong'an Pudong Zhongguancun province provinces provincial municipality municipalities prefecture "
    "county counties city's cities' district company company's companies' corporation group's Huawei ZTE "
    "Xiaomi BYD Tesla Apple Samsung Ericsson Nokia Qualcomm Lenovo Haier Midea Geely SAIC operator's operators' "
    "plant hub automaker carmaker brand corp inc ltd Toyota Honda Nissan Volkswagen Hyundai Ford GM BMW Stellantis NIO XPeng "
    "Changan Chery Dongfeng FAW GAC CATL Mercedes Mercedes-Benz Daimler Audi Porsche Kia Renault Mazda Suzuki Mitsubishi "
    "Volvo Polestar Leapmotor Zeekr Seres Aito Wuling Hongqi BAIC JAC GWM Vivo Oppo Honor Transsion "
    "Baowu Ansteel Angang HBIS Hesteel Shagang Shougang Jianlong Valin ArcelorMittal POSCO Nucor "
    "Europe EU Japan India Germany Korea America Britain UK France Italy Spain Russia Canada Australia Brazil Mexico "
    "Malaysia Singapore Indonesia Thailand Vietnam Philippines Turkey Pakistan "
    # other countries' regions and cities ("Ontario's auto sector, which built about 2.2 million vehicles in 2017")
    # (not their capitals, which open datelines: "New Delhi: China has 3.917 million 5G base stations")
    "Ontario Quebec California Texas Michigan Ohio Detroit Bavaria").split())
_REGION_WORDS = _REGION_WORDS | frozenset(w + "'s" for w in _REGION_WORDS)
_REGION_BIGRAMS = frozenset(("inner mongolia", "hong kong", "china mobile", "china telecom", "china unicom",
                             "china broadnet", "china tower", "viet nam", "li auto", "great wall", "general motors", "co ltd", "steel group", "steel corp", "the us", "united states", "the region", "the city", "the capital",
                             "us carriers", "us operators", "u.s. carriers", "u.s. operators",
                             # "The Chinese EV giant sold 2,145,954 NEVs" (not a "little giant")
                             "ev giant", "tech giant", "telecom giant", "telecoms giant", "auto giant", "car giant",
                             "battery giant", "chip giant", "internet giant", "smartphone giant", "electronics giant",   # "By contrast, US carriers had deployed roughly 50,000 5G sites"
                             "autonomous region", "yangtze river", "pearl river", "greater bay", "south korea",
                             # parts of the country: "5G base stations in rural areas exceeded 1 million"
                             "rural areas", "urban areas", "the countryside", "western region", "western regions",
                             "central region", "central regions", "eastern region", "eastern regions"))
_SHARE_ANAPHOR = re.compile(r"(?:that|this|they|these|the\s+(?:figure|total|number))\s+(?:now\s+)?(?:works?\s+out\s+to|accounts?\s+for|represents?|"
                            r"is|are|makes?\s+up|amounts?\s+to|equals?)\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+|almost\s+|more\s+than\s+|over\s+)?", re.I)
_ALL_PLACES = re.compile(r"\b(?:all|every)\s+(?:(?:county|township)(?:-level)?\s+(?:towns?|seats?|cities|city|areas?)|counties|"
                         r"prefecture-level\s+(?:cities|city)|cities\s+at\s+(?:and\s+above\s+)?(?:the\s+)?prefecture\s+level)\b")
_FIRM_NAME_END = re.compile(r"\b[A-Z][\w&.-]*\s+(?:Steel|Motors?|Group|Automobile|Auto|Corp\.?|Corporation|Co\.|Ltd\.?|Inc\.?|Holdings)$")
_WHICH_CLAUSE = re.compile(r",\s+which\s+(?:[a-z]+\s+){1,4}$")
_COMPANY_SUBJECT = re.compile(r"\bthe\s+(?:carrier|operator|company|firm|automaker|carmaker|manufacturer|group)\s+$")
# "Viettel said it", "Hangzhou-based Unitree said it": a named speaker of "it", whose last word is not a
# national body's ("MIIT said it", "the Ministry of Industry and Information Technology said it")
_NAMED_SPEAKER = re.compile(r"(?:^|(?<=[\s(\x22]))(?P<name>[A-Z][\w'&.-]*(?:\s+(?:of|and|[A-Z][\w'&.-]*))*)\s+$")
_NATIONAL_SPEAKER = frozenset(("MIIT", "China", "China's", "Beijing", "CAAM", "CPCA", "NBS", "SCIO", "Ministry", "ministry",
                               "Technology", "Association", "Bureau", "Council", "Office", "Administration", "Commission",
                               "Federation", "Alliance", "Government", "Statistics", "Xinhua", "Group", "Minister", "Spokesman",
                               "Spokeswoman", "Spokesperson", "It", "He", "She", "They"))
_SAID_IT = re.compile(r"\b(?:announced|said|reported|revealed|disclosed|claimed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:it|it's|its)\b")
_WORLD_WORDS = frozenset(("global", "globally", "worldwide", "world's"))
_WORLD_BIGRAMS = frozenset(("the world", "the globe"))
_TARGET_WORDS = frozenset((
    "will", "shall", "would", "expected", "expects", "expect", "expecting", "aim", "aims", "aimed", "aiming",
    "target", "targets", "targeted", "goal", "goals", "objective", "strive", "striving", "strives", "forecast",
    "forecasts", "forecasted", "forecasting", "predicting", "predicts", "projected", "projection", "could", "might", "should", "envisage", "envisages", "slated",
    "guides"))   # ("CAAM guides 2023 auto sales of 27.6m (+3%)")
_TARGET_BIGRAMS = frozenset(("plan to", "plans to", "planned to", "planning to", "estimated to", "set to", "is to",
                             "are to", "going to", "intend to", "intends to", "seek to", "seeks to", "projects that",
                             "committed to", "commit to", "commits to", "pledged to", "pledges to", "vowed to", "vows to",
                             "calls for", "call for", "called for", "calling for",   # "The plan calls for ... a 5G user penetration rate of 56 percent"
                             "we see", "we model", "we forecast", "we project", "we pencil"))   # an analyst's "We see industrial output growth of about 6% in the third quarter", "We model 2023 NEV sales at 8.8m"
_WORD_SPLIT = re.compile(r"[a-z][a-z'\-]*")
# A world word that states a rank, not the scope of the figure: "..., ranking second in the
# world", "the second largest in the world", "ranked first globally". Removed from the window
# before the world test; a world figure ("global 5G users") or a share of the world's total
# ("60% of the world's total") is still blocked.
_WORLD_RANK = re.compile(
    r"\b(?:rank(?:s|ed|ing)?|placing|placed|ranking)\s+(?:(?:now|still|also|firmly|steadily)\s+)?"
    r"(?:(?:the\s+)?(?:first|second|third|fourth|fifth|top|no\.\s?\d|number\s+(?:one|two|three)|among\s+the\s+top(?:\s+\w+)?)\s+)"
    r"(?:in\s+the\s+world|globally|worldwide|in\s+the\s+globe)\b"
    r"|\bthe\s+(?:(?:second|third)[\s-])?(?:largest|biggest|most|highest)\s+in\s+the\s+world\b"
    r"|\bthe\s+world's\s+(?:(?:second|third)[\s-])?(?:biggest|largest|top|leading)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:producer|maker|manufacturer|market|exporter|consumer|economy|builder)\b"   # "The world's biggest steel producer churned out ..."
    r"|\bthe\s+world's\s+(?:(?:second|third)[\s-])?(?:biggest|largest)(?=\s*[-,)])"   # "sales - the world's biggest - climbed"
    # "it had 2.3m, more than half the world's total, serving 561m 5G mobile-phone subscribers": the country's share
    r"|\b(?:(?:more\s+than|over|nearly|almost|about|around|roughly)\s+)?(?:half|a\s+third|two-thirds|a\s+quarter|[\d.]+\s?(?:%|percent|per\s+cent))"
    r"\s+(?:of\s+)?(?:the\s+)?(?:world's|global)\s+total\b(?=\s*[-,)])", re.I)
# "N <unit> of <noun>" inside a list ("280 EFLOPS, including 90 EFLOPS of intelligent computing
# power"): nouns specific enough that a figure of them is the indicator itself.
_UNIT_OF_IDS = frozenset(("intelligent_computing_power",))
_FACILITY_BEFORE = re.compile(r"\b(?:with|hosts?|hosting|hous(?:es|ing)|campus|hub|cluster|facility|cent(?:er|re))\b[^,;.]*$", re.I)
_UNIT_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?", re.I)
_LIST_INTRO = re.compile(r"(?:\bincluding|\bof\s+which|\bamong\s+(?:which|them)|\bwhich\s+included?)\s*,?:?\s*"
                         r"(?:" + _QUAL + r"\s*)?$", re.I)
_SIBLING_GAP = re.compile(r"(?:\s+of\s+[a-z][a-z\s\-]{0,40}?)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:" + _QUAL + r"\s*)?$", re.I)
# "4.2 million base stations, of which 1.9 million were 5G base stations"
# "the industry" naming the industry of the previous sentence (revenue and profit only)
_ANAPHOR_AFTER = re.compile(r"(?:industry|sector)\b(?!'s|\s+(?:as\s+a\s+whole|above|in\b))", re.I)
_ANAPHOR_SUBJECTS = frozenset(("software", "digital", "telecom", "electronics"))
_CHINAS = re.compile(r"\b(?:China|the\s+country|the\s+nation)'s\b", re.I)
_VA_ANAPHOR_SUBJECTS = frozenset(("hightech", "equipment", "electronics", "consumer"))
_OF_WHICH_BEFORE = re.compile(r"(?:\bof\s+which|\bamong\s+(?:which|them))\s*,?\s*(?:" + _QUAL + r"\s*)?$", re.I)
_OF_WHICH_GAP = re.compile(r"\s+(?:were|are|was|is)\s+(?:the\s+)?", re.I)
_BUILD_WORDS = re.compile(r"\b(?:built|constructed|added|adding|new|newly|deployed|installed|opened|launched|completed|"
                          r"increase|increased|increment|upgraded|expanded)\b", re.I)
# (not 车市 / 股市 / 楼市 markets, 上市 launched, 新市 ...: only a city's own 市; but "…企业在科创板上市"
# is the listed ones)
_ZH_RESPECTIVE_LEAD = re.compile(r"分别(?:完成|达到|达|为|是|提高到|提高至|提升到|提升至)?\s*$")
# ("北京力推的…", "北京当局": the central government, not the city)
_ZH_PLACES = (r"广东|江苏|浙江|山东|北京(?!力推|当局|政府|方面|高层|决策|官方)|上海|天津|重庆|河北|河南|湖北|湖南|四川|福建|安徽|辽宁|陕西|山西|"
              r"江西|广西|海南|贵州|云南|西藏|甘肃|青海|宁夏|新疆|内蒙古|吉林|黑龙江|深圳|广州|杭州|苏州|武汉|成都|西安|南京|青岛|宁波|"
              r"厦门|大连|沈阳|长沙|郑州|合肥|济南|哈尔滨|昆明|福州|无锡|东莞|佛山|雄安|"
              # (the other provincial capitals, and large cities a reprint may name: "兰州新区数据中心集群")
              r"兰州|银川|西宁|乌鲁木齐|呼和浩特|拉萨|南宁|贵阳|海口|太原|石家庄|南昌|长春|温州|常州|南通|徐州|烟台|唐山|泉州|"
              r"珠海|惠州|中山|包头|鄂尔多斯|柳州|洛阳|襄阳|宜昌|芜湖|绵阳|遵义|赣州|大同|潍坊|临沂|嘉兴|绍兴|金华|台州|"
              r"兵团")   # (the Xinjiang Production and Construction Corps: "兵团规模以上工业增加值")
_ZH_REGION = re.compile(
    r"在[^，。；]{0,15}上市|东部|中部|西部|东北地区|农村|" + _ZH_PLACES + r"|新区|高新区|开发区|副省级|中心城市|京津冀|长三角|珠三角|粤港澳|大湾区|(?<!全国)(?<!部分)地区|"
    r"运营商|中国移动|中国电信(?!业务)|中国联通|中国广电|比亚迪|特斯拉|华为|中兴|小米|赛力斯|吉利|长城汽车|蔚来|理想汽车|小鹏|上汽|广汽|"
    r"长安汽车|一汽|东风|奇瑞|宁德时代|本港|全港|香港(?!文汇报|大公报|商报|经济日报|电台|01)|澳门(?!日报|元|币)|台湾|全台|"
    # (not a foreign outlet reporting China's figure: "德国之声电台网站报道，上半年中国工业机器人产量达36.9万套")
    r"韩国(?!中央日报|联合通讯社)|美国(?!之音|彭博社|有线电视新闻网|消费者新闻与商业频道|《)|日本(?!经济新闻|共同社|《)|欧盟|德国(?!之声|《)|印度|"
    r"英国(?!广播公司|《|路透社)|法国(?!国际广播电台|《|回声报)|俄罗斯(?!卫星通讯社)|越南|东盟|基地|数据中心集群|枢纽|(?<!各)省(?!级)|(?<!省区)(?<!城)(?<!地级)(?<!地市)(?<!车)(?<!股)(?<!楼)(?<!上)(?<!超)(?<!开)(?<!夜)(?<!集)(?<!新)(?<!逆)市(?!场|值)|自治区|公司|集团(?!化)|排名前|会员(?:企业|单位)|重点(?:统计)?钢(?:铁)?企(?:业)?")   # ("销量排名前十位的企业集团共销售2281.9万辆": the top ten groups'; "逆市上升" rose against the market)
_ZH_FIELD_SUBSET_IDS = frozenset(("little_giant_enterprises", "specialized_smes", "national_green_factories",
                                   "smart_factories_leading", "smart_factories_advanced", "smart_factories_basic"))
_FIELD_SUBSET_AFTER = re.compile(r"[^;.]{0,120}?\b(?:focus(?:ed|ing)|specia?li[sz](?:ed|ing)|engaged)\s+(?:on|in)\s+"
                                 r"(?!(?:a\s+|their\s+|specific\s+|particular\s+)?(?:niche|narrow|segment|market|specific|particular|specialized))"
                                 r"|[^;.]{0,20}?\bin\s+the\s+(?:fields?|areas?|domains?)\s+of\b", re.I)
_FIELD_SUBSET_BEFORE = re.compile(r"\b(?:AI|artificial[\s-]intelligence|robotics?|semiconductors?|chips?)[\s-](?:focused\s+|related\s+)?[\"'“]?$")
# "受…影响" (hit by ...): a cause, not the figure's scope ("受电力供应偏紧、部分地区能耗“双控”等因素影响，…增长3.1%")
# (also all the operators together, the country's total: "三家基础电信企业及中国广电的5G移动电话用户")
_ZH_NEW_SUBJECT = re.compile(r"[，,；;\s][\u4e00-\u9fff]{0,6}(?:汽车|车|手机|计算机|电脑|机器人|基站|芯片|集成电路|粗钢|钢材)"
                             r"(?=(?:产量|销量|产销量?)?(?:则|也|亦)?(?:同比|环比)?(?:分别)?(?:增长|下降|增加|减少))")   # ("，钢材产量则增长0.6%")
_ZH_NOT_SCOPE = re.compile(r"受[^，。；,;]{1,40}?(?:影响|冲击|带动|拉动)|(?:三家|四家)?基础电信企业(?:及|和|与)中国(?:广电|铁塔(?:股份有限公司)?)"
                           r"|在\s*[\u4e00-\u9fff]{2,6}?(?:召开|举行|举办)"   # ("工信部28日在北京举行记者会指出": where it was said)
                           # a gloss for the reader ("规模以上工业增加值（类似台湾的工业生产指数概念）")
                           r"|\((?:类似|近似|相当于|等同于|台湾称|香港称|港称|中国称|大陆称|内地称)[^()\d]{0,30}\)")
# a province or city opening a clause as its subject ("截至6月底，广东累计建成5G基站35.2万座")
_ZH_NATIONAL_SOURCE = re.compile(r"(?:工信部|工业和信息化部|国家统计局)(?:称|表示|介绍|公布|数据显示|发布)")
_ZH_PLACE_OPENS = re.compile(r"(?:^|(?<=[，,；;：:]))\s*(?:(?:[一二三四]季度|[上下]半年|前三季度|全年|\d{4}年|\d{1,2}(?:[-—~至]\d{1,2})?月份?)\s*)?"
                             r"(?:" + _ZH_PLACES + r"|台湾|香港|澳门)(?:省|市)?(?=[\u4e00-\u9fff]|[56]G)"   # (also after the period: "，一季度广东规模以上…", "，广东5G基站…")
                             # (or a national hub named by its place: "全国一体化算力网络国家（贵州）枢纽节点建设提速，…，标准机架超过30万架")
                             r"|[（(](?:" + _ZH_PLACES + r")[)）](?=枢纽|节点|集群)")
_BEAT_EXPECTATIONS = re.compile(r"\b(?:than|as|beyond|above|below|within|exceeded|exceeding|beat|beating|topped|topping|surpassing|"
                                r"surpassed|ahead\s+of|ahead\s+of\s+schedule\s+on|in\s+line\s+with|short\s+of|meeting|missing)\s+"
                                r"(?:market\s+|analysts'\s+|the\s+government's\s+(?:(?:19|20)\d\d\s+)?|the\s+official\s+|the\s+annual\s+|the\s+year's\s+|its\s+"
                                r"|(?:many|most|some|analysts|economists|investors)\s+(?:had\s+)?)?"   # ("kinder to factories than many expected")
                                r"(?:expected|expectations|forecasts?|targets?|goals?)(?:\s+range)?\b")   # "beating the government's target": an outcome
                                # ("grew 5.7%, ... but within the government's target range of 5.5-6%")
_ZH_OTHER_PRODUCT = re.compile(r"[\u4e00-\u9fff]{2,}(?:产量|销量|出货量|增加值)")
_ZH_EXACT_AFTER = re.compile(r"\s*(?:[,，]|、(?=达))\s*(?:达到|达|为|共计|合计)\s*")   # (also "首度突破10亿户、达10.14亿户")
_ZH_BOTH_LEVEL = re.compile(r"\s*(?:累计)?(?:首次|首度|再次)?(?:均|双双|都)(?:已)?(?:首次|首度)?(?:突破|超过|达到?|超|逾|接近|近|为)\s*")
_ZH_OTHER_ATTR = re.compile(r"营业收入|收入|利润|产值|出口|投资|营收|销售额|资费|单价")   # ("…流量达到4.42GB，移动流量平均资费…下降30%")
_ZH_TIMES_GROWTH = re.compile(r"(?<!环比)(?<!环比均)(?<!环比分别)(?:同比)?(?:均|分别)?增长了?$")   # (not "环比增长2.4倍": on the month before)
# "其中，9月份增长5.8%": the month's rate of the indicator rated in the sentence before
# (also a sentence opening on the month alone: "6月份当月增长7.6%")
# "而在2017年，这一数字分别为79.4万辆和77.7万辆": the figures of the sentence before, for another period
_ZH_THESE_FIGURES = re.compile(r"(?:而|但|相比之下[,，]?)?(?:在)?[^,，。；;\d]{0,4}(?:19|20)\d\d年[^,，。；;\d]{0,8}[,，]\s*"
                               r"(?:这一数字|这两个数字|这两项数字|这些数字|上述数字|这一数据|这两项数据|两者|二者)(?:则)?分别(?:为|是|仅为|只有|达到?)(?=\d)")
_ZH_ANAPHOR_RATE = re.compile(r"(?:(?:但|而|不过)?受[^，,。；;]{1,24}?(?:影响|冲击)[,，]\s*(?=\d{1,2}月份?|[一二三四]季度|第[一二三四]季度)"   # "受…影响，9月份增速回落至3.1%"
                              # (past months told without a figure: "受…冲击，4月份工业生产明显下滑，随着…落地，5月份实现由负转正，6月份增长3.9%")
                              r"(?:(?:\d{1,2}月份?|[一二三四]季度)[^，,。；;%\d]{2,24}[,，]\s*(?:[^，,。；;%\d]{2,24}[,，]\s*)?){0,3})?"
                              r"(?:但|而|不过)?(?:(?:其中|分季度看|分季度|从季度看|分月看|分月份看|从月度看|(?:从)?单月(?:来)?看|分月来看|单看|单独看|仅看|拆开来看|分开来看|分开看|具体来看)[,，]?\s*"
                              # (past months told without a figure: "从月度看，4月份工业生产受疫情冲击明显下滑，5月份实现由负转正，6月份增长3.9%")
                              r"(?:(?:\d{1,2}月份?|[一二三四]季度)[^，,。；;%\d]{2,24}[,，]\s*){0,3})?(?:\d{1,2}月份?|\d{1,2}[-—~至]\d{1,2}月份?|[一二三四]季度|第[一二三四]季度)(?:当月|单月|单季)?[,，]?\s*(?:受[^，,。；;%\d]{1,12}?(?:影响|冲击|拖累))?(?:同比)?(?:只|仅|也|仍)?"
                              r"(?P<v>增长|下降|增速(?:为|达到?|(?:已|进一步|更是|则|也|再度|再次)?(?:回落|放缓|加快|回升|提高|提升|跃升|攀升|降|升)至)?)"   # ("6月份增速更是回升至7.6%")
                              # "分月看，1-2月为7.0%，3月份增长4.5%"
                              r"|(?:分月看|分月份看|从月度看)[,，]?\s*(?:\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月份?)(?:当月)?[,，]?\s*(?:同比)?(?:增长|增速)?为"
                              # "而上半年这一增速为15.9%": the rate of the sentence before, for an earlier period
                              r"|而?(?:[上下]半年|[一二三四]季度|前三季度|\d{1,2}月份?|\d{1,2}[-—~至]\d{1,2}月份?)(?:这一|该)增速(?:为|是|达到?|高达)")
# (after the close of a quote and who said it: "”黄利斌说，其中二季度同比增长9.0%")
_ZH_SAID_LEAD = re.compile(r"[”\x22]?\s*[\u4e00-\u9fff]{1,4}(?:说|表示|介绍|指出)[,，]\s*")
# (also "；其中9月产销双双突破35万辆", and a sentence that opens so after one on the same subject:
# "9月汽车产销分别同比下降17.9%和19.6%。前三季度累计产销1824.3万辆和1862.5万辆")
_ZH_CARRIED_PERIOD = (r"(?:其中[,，]?\s*)?(?P<per>[“\x22]?十[一二三四五六七八九]五[”\x22]?(?:时期|期间)|(?:\d{4}年)?(?:\d{1,2}[至\-—~－]\d{1,2}月份?|前\d{1,2}个?月|\d{1,2}月份?|[一二三四]季度|前三季度|上半年|全年)|\d{4}年(?=产|销|生产|出货))(?:当月|单月)?[,，]?"
                      r"(?:累计)?(?P<attr>产销量?|销量|产量|销售|生产|出货量?)(?:分别|(?P<both>双双|均))?(?:完成|达到|达|为|突破|超过)?")
# (or "…出货量达2190.3万部，其中3月份出货1405.2万部": a month of the period)
# (or after a comma, a year's: "…销量从2020年的136.7万辆跃升至2024年的1286.6万辆，2024年产量达1288.8万辆")
_ZH_CARRIED_ATTR = re.compile(r"(?:[；;]|[,，]\s*(?:但|而)(?=[^，,；;。]{0,12}同比)|[,，](?=\s*其中)|[,，](?=\s*\d{4}年(?:产销量?|销量|产量|出货量?)))\s*" + _ZH_CARRIED_PERIOD)
# "…，但9月当月产销同比分别下降17.9%和19.6%": only the rates, right after the bare attribute
_ZH_CARRIED_RATES = re.compile(r"同比(?P<both>分别|均)?(?:增长|下降|减少|上升|提高)")
_ZH_MONTH_OF_FLOW = re.compile(r"(?:[,，]\s*其中[,，]?\s*|[;；]\s*(?=\d{1,2}月份?(?:当月|单月)))(?P<per>\d{1,2}月份?)(?:当月|单月)?[,，]?\s*(?:完成|实现)(?:收入)?\s*(?=\d)")
_ZH_CARRIED_OPENING = re.compile(r"\s*" + _ZH_CARRIED_PERIOD)
_ZH_BARE_ATTR_RATE = re.compile(r"[；;,，]\s*(?P<attr>产量|销量)同比(?:仅|只|也|仍)?(?:增长|下降)")
_ZH_SIBLING_ATTR = re.compile(r"[、,，；;]\s*(?P<attr>销量|产量|销售|生产)(?:量)?(?:为|达到?|完成)?")
# (after the first flow's own rate: "新能源汽车生产6.8万辆，同比增长1.5%；销售5.6万辆，同比下降4.1%")
_ZH_UNIT_TAIL = re.compile(r"\s*(?:万|亿)?(?:辆|台|部|吨|个)?(?:[,，]\s*(?:同比|环比)?(?:增长|下降)\s*[\d.]+\s*[%倍]){0,2}")   # (or "增长51.7%；销量…", "环比下降23.0%，同比增长24.3%；销售…")
_ZH_ITEM_GAP = re.compile(r"\s*(?:和|、|,|及|与|/)\s*")   # (between the figures of a list; also "8.0% / 7.0%")
_ZH_PAIR_GAP = re.compile(r"\s*(?:万|亿)?(?:辆|台|部|吨)?\s*(?:和|、|与|及|/)\s*")   # (also "711.6万辆 / 702.8万辆")
_ZH_RATES_AFTER = re.compile(r"[^，。；,;\d]{0,6}[,，]\s*同比(?P<both>分别|均)?(?:增长|下降|减少|上升|提高)")
_ZH_MOM_AFTER = re.compile(r"[^，。；,;\d]{0,6}[,，]\s*环比(?:增长|下降|减少|上升)")
_ZH_YOY_AFTER = re.compile(r"[^，。；,;\d]{0,6}[,，]\s*(?:同比)?(?:增长|下降|减少|上升|提高)")   # (a bare "增长" is on the year too)
_ZH_PER = re.compile(r"每(?!秒)|人均|户均|平均|日均|月均")   # per head, per household, on average, per day (not "每秒280百亿亿次": a FLOPS)
_ZH_CHANGE_END = re.compile(r"(?:增加|减少|下降)了?\s*$")
_ZH_NOT_LEVEL = re.compile(r"增加|(?:减少|下降)(?![到至])|占|比重|同比|较|比上年")   # a change or a share stated before the figure ("DOU减少0.14GB")
_ZH_VEHICLE_KIND = frozenset("动源用型油氢混纯电载客货卡力联池")   # (插电式混合动力汽车, 智能网联汽车, 燃料电池汽车)
_ZH_TARGET_MET = re.compile(r"(?:提前|超额)?(?:实现|完成|达成)[^，。；,;]{0,20}?目标"
                            r"|目标(?:已经?|均已)?(?:提前(?:[一两二三四]年)?|超额)?(?:实现|完成|达成)")   # ("规划确定的软件业务收入目标已提前完成，全年…", "去产能目标提前两年完成")
_ZH_TARGET = re.compile(r"将|预计|预估|可望|力争|拟|(?<!完成)(?<!完成全年)(?<!完成年度)(?<!实现)目标(?!任务)|计划|有望")   # not "提前完成全年目标"
# "3.6万余家基础级、8500余家先进级、520余家卓越级智能工厂": tiers listed before their shared noun
_ZH_TIER_ITEM = re.compile(r"(?P<tier>基础|先进|卓越|领航)级(?=[、和与及](?:[^。；;，,]|(?<=\d),(?=\d)){0,30}?级智能工厂)")   # (also "、8,600家先进级")
_ZH_TIER_RUN = re.compile(r"(?P<tiers>(?:(?:基础|先进|卓越|领航)级[、和与及]){1,3}(?:基础|先进|卓越|领航)级)智能工厂")
_ZH_TIER_NAME = re.compile(r"(基础|先进|卓越|领航)级")
# "基础级智能工厂超3.8万家、先进级8900余家、卓越级560余家": the later tiers without the noun
_ZH_TIER_AFTER = re.compile(r"(?<=[、,和及与])(?P<tier>基础|先进|卓越|领航)级(?=(?:超过|超|达到|达|近|约|逾|有)?\d)")
_ZH_TIER_LEAD = re.compile(r"(?:分别)?(?:达到|达|超过|突破|为|有|共|约|近)?")
_ZH_TIER_IDS = {"基础": "smart_factories_basic", "先进": "smart_factories_advanced",
                "卓越": "smart_factories_excellence", "领航": "smart_factories_leading"}
# Year-end work conferences in late December state "by the end of this year" figures.
_FUTURE_GRACE_DAYS = 10
_KNOWN_AS = re.compile(r"[^,;()\d]{3,60}?(?:,|\s-)\s*(?:(?:also|commonly|collectively)\s+)?(?:known|referred\s+to)\s+(?:in\s+China\s+)?as\s+")
_ALIAS_OPEN = re.compile(r"[\"']?\s*\(\s*|,\s+(?:or|(?:also\s+)?known\s+as|i\.e\.)\s+")   # (also '"new energy vehicle" (NEV)')
_ALIAS_CLOSE = re.compile(r"\s*\)|,")
_MONTH_WORD = re.compile(r"\b(?:January|February|March|April|June|July|August|September|October|November|"
                         r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b|\b(?:[Yy]ear-end|[Ee]nd-)")
_ZH_CHANGE_VERBS = ("增长", "增加", "提高", "提升", "扩大", "跃升", "上升", "下降", "减少", "增", "升", "降")
_ZH_USED_IN = re.compile(r"[^，,。；;]{0,16}?(?:中|里|内)(?:得到|获得)?(?:应用|使用|推广|部署|落地|试用)")
_GLOSS_BEFORE = re.compile(r",\s*(?:mostly|mainly|largely|chiefly|primarily|predominantly|including|such\s+as|especially|notably)\s+(?:[\w-]+\s+){0,3}$", re.I)
_SUBORDINATE_OPEN = re.compile(r"\s*(?:though|although|since|because|after|when|as|while|following|before)\b", re.I)
_EVENT_DAY = re.compile(r"\.?\s+\d{1,2}\b")
_EVENT_DAY_BEFORE = re.compile(r"\b(?:on|from|since|starting|effective|beginning)\s+$")
_THAN_END = re.compile(r"(?<!more )(?<!less )(?<!fewer )(?<!rather )(?<!other )\bthan\s+(?:the\s+|an?\s+)?$", re.I)
_EVENT_DAY_FIRST = re.compile(r"\b(?:on|from|since|starting|effective|beginning)\s+\d{1,2}(?:st|nd|rd|th)?\s+$")
# "… to 80k units following the cut in purchase subsidies in late June": the date of an event after the figures
_EVENT_DATE_BEFORE = re.compile(r"\b(?:following|after|since|ahead\s+of|amid|in\s+the\s+wake\s+of)\s+(?:the\s+|a\s+|an\s+)?[a-z][^,;.\d]{0,60}?"
                                r"\s(?:in|on|from|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|mid|late)[\s-])?$", re.I)
_TOOK_EFFECT_BEFORE = re.compile(r"\b(?:took|takes|take|came\s+into|went\s+into|comes\s+into|taking)\s+effect\s+(?:in|on|from|at\s+the\s+(?:start|end)\s+of)\s+(?:(?:early|mid|late)[\s-])?$")
# (also a record among months: "the weakest July since 2018")
_MONTH_AS_NOUN = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?$|\bthe\s+(?:weakest|slowest|strongest|fastest|best|worst|highest|lowest|busiest)\s+$")
_DATE_PREP_BEFORE = re.compile(r"\b(?:as\s+of|as\s+at|by|until|till|up\s+to|at|on|since|through)\s*$")   # "as of the June 6 launch"
_FIGURE_NOUN_AFTER = re.compile(r"\s+(?:figure|reading|print|number|total|tally|level)s?\b")
_EVENT_NOUN_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:subsid(?:y|ies)\s+)?(?:cuts?|subsid(?:y|ies)|tariffs?|deadline|holidays?|lockdowns?|policy|switch|"
                               r"reform|launch|round|hikes?|reduction|removal|expiry|phase-out|rules?|standards?)\b")
_LEAD_END = re.compile(r"\s*[:,]")
_DAY_FIRST_THE = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)?\s+$")
_NOUN_AFTER_DATE = re.compile(r"\s+(?!(?:and|to|through|or|until|till)\b)[a-z]")
_ATTRIBUTIVE_DAY = re.compile(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?" + _NOUN_AFTER_DATE.pattern)   # "the July 1 switch"
_PER_POPULATION = re.compile(r"\b(?:each|every|per)\s+(?:10,000|1,000|100|ten\s+thousand|one\s+hundred|hundred|thousand)\s+"
                             r"(?:people|persons|residents|inhabitants|population|capita)\b")
_RELATED_ZH = r"相关(?:报道|新闻|阅读|链接|文章)|延伸阅读|推荐阅读"   # (a heading over links to other stories, or inline before one)
_RELATED_HEADING = re.compile(r"(?:>>|»)?\s*[【\[]?(?:" + _RELATED_ZH + r"|[\u4e00-\u9fff]{0,4}新闻精选|猜你喜欢|精彩推荐|热门推荐|(?:Related|More)(?:\s+(?:stories|articles|news|coverage|reading))?|"
                              r"Read\s+more|You\s+may\s+also\s+like|Most\s+(?:read|viewed|popular))[】\]]?\s*[:：]?", re.I)   # (also "【相关阅读】")
_RELATED_INLINE = re.compile(r"\s*[（(【\[]?\s*(?:" + _RELATED_ZH + r"|(?:Related|See\s+also|Read\s+more|Also\s+read)"
                             r"(?:\s+(?:stories|story|articles?|news|coverage|reading))?)\s*[】\]]?\s*[:：]", re.I)
# "Here are the other highlights MIIT rattled off:": a sentence that leads into the list under it
# (also a Chinese lead: "主要产品方面：", "1-2月主要产品产量：")
_LIST_LEAD_IN = re.compile(r"(?=[^\n]{20,})(?![^\n]*(?:related|read\s+more|see\s+also|most\s+(?:read|viewed|popular)|相关|推荐|阅读))"
                           r"[^\n]*\b(?:[a-z]+\s+){2,}[a-z]+[:：]|(?![^\n]*(?:相关|推荐|阅读|热门|精选))[^\n]*[\u4e00-\u9fff]{2}[:：]", re.I)
_SUMMARY_HEADING = re.compile(r"(?:Key\s+(?:takeaways|points|facts|figures|highlights)|(?:Here\s+are\s+)?(?:the\s+)?(?:main\s+)?highlights|"
                              r"At\s+a\s+glance|In\s+brief|"
                              r"The\s+big\s+picture|划重点|[\u4e00-\u9fff]{0,6}(?:要点|速览|一览|看点|摘要)(?:速览|回顾)?"   # ("要点速览", "重点摘要")
                              r"|【[^】]{0,12}(?:数据一览|要点|速览|一览)】)\s*[:：]?", re.I)   # ("【前三季度重点数据一览】")
_PER_UNIT_AVERAGE = re.compile(r"\baverage\s+(?:number\s+of\s+)?[^,;.]{0,60}?\b(?:each|per|every)\s+(?:key\s+|major\s+)?"
                               r"(?:platform|enterprise|company|firm|factory|plant|province|city)\b")
_TIME_AGO = re.compile(r"\s+(?:earlier|ago|before|previously)\b")
_PER_TIME = re.compile(r"\b(?:(?:per|a|each|every)\s+(?:day|week|month|hour)|daily|on\s+average|monthly\s+average|"
                       r"average\s+(?:daily|monthly|weekly)|(?:daily|monthly)\s+average)\b")
# "NEV sales have dropped every month, and in December alone they plunged …": how often it fell, no average
_COMPARED_WITH_MONTH = re.compile(r"\s*(?:(?:y/y|yoy|year-on-year|on\s+the\s+year)\s+)?compared\s+(?:with|to)\s+", re.I)
_CHANGED_EVERY = re.compile(r"\b(?:dropped|fallen|fell|declined|decreased|shrunk|shrank|contracted|risen|rose|grown|grew|increased|expanded|climbed)"
                            r"\s+(?:(?:year-on-year|year\s+on\s+year|y/y|yoy|on\s+the\s+year)\s+)?every\s+(?:day|week|month)\b")   # (also "have grown year-on-year every month since April")
# "72 million tonnes in March, or 2.32 million tonnes a day, bringing first-quarter output to 201.1
# million tonnes": another figure's daily average, restated before this one
_PER_TIME_FIGURE = re.compile(r"\bor\s+(?:about\s+|around\s+|nearly\s+|some\s+)?\d[\d.,]*\s*(?:million|mn|billion|bn|thousand)?\s*"
                              r"(?:metric\s+)?(?:tonnes|tons|units|vehicles|cars|sets)?\s+(?:a|per|each)\s+(?:day|week|month)\b")
_BOTH = re.compile(r"\b(?:both|each)\b", re.I)
_FLOW_NAMED = re.compile(r"\b(?:sales|sold|production|produced|output)\b|销量|销售|产量|生产", re.I)
_BOTH_GREW = re.compile(r"\s+(?:both|each)\s+(?:grew|rose|increased|expanded|climbed|gained|were\s+up|fell|declined|dropped|slid|were\s+down)\s+(?:by\s+)?$", re.I)
_BOTH_OF = re.compile(r"\bof\s+both\b", re.I)
# "…新培育…2930家，累计已达4762家": the clause after an addition that gives the running total
_ZH_RUNNING_TOTAL = re.compile(r"[，,]\s*(?:总数)?累计(?:已|已经)?(?:达到|达|为|超过|突破)\s*$")
_ZH_ADDED = re.compile(r"新增|添加|新建|净增|新开通|新部署|新投产|新发布|新认定|新培育|第[一二三四五六七八九十\d]+批")   # a batch is no total


_ANY_SUBSTRING: dict[tuple, re.Pattern] = {}


def _has_words(low: str, words: frozenset, bigrams: frozenset) -> bool:
    """Any of `words` as a token, or any two-word phrase of `bigrams`, in lowercased `low`."""
    rx = _ANY_SUBSTRING.get((words, bigrams))
    if rx is None:
        from dagster_project.extraction.anchors import _trie_regex
        rx = _ANY_SUBSTRING[(words, bigrams)] = re.compile(_trie_regex(words | bigrams))
    if rx.search(low) is None:
        return False  # usual case: not even a substring, so no token or phrase either (one fast scan)
    if not words.isdisjoint(_WORD_SPLIT.findall(low)):
        return True
    for b in bigrams:
        i = low.find(b)
        if i >= 0 and (i == 0 or not low[i - 1].isalpha()) and not low[i + len(b):i + len(b) + 1].isalpha():
            return True
    return False


class DocMatcher:
    """Runs the rules over one document's sentences."""

    def __init__(self, text: str, sentences: list[Sentence], nums: list[Num], hits: list[Hit],
                 zh_hits: list[tuple[int, int, tuple[str, ...]]], periods: list[PeriodExpr],
                 ctx: PeriodContext, catalogue: dict[str, Indicator], low: str | None = None,
                 regional: bool = False):
        self.text = text
        self.regional = regional   # a province's or city's own bulletin: only figures marked national count
        # ... except in its sections headed as national ("一、全国工业经济企稳回升" up to "四、我省有关情况")
        self._national_sections = _national_sections(text) if regional else []
        if low is None:
            low = lower_ascii(text)
        self.low = low   # lower_ascii(text), when the caller has it already
        # Chinese rules run only on a text with Chinese in it (an English page may hold a stray "•")
        self.has_chinese = writes_chinese(text)
        self.sentences = sentences
        # "in the six months", "the first 11 months": a number inside a period expression is part of
        # the date, never a figure (it stays a mention)
        if periods:
            p_starts = [p.start for p in periods]
            inside = set()
            for n in nums:
                k = bisect_right(p_starts, n.start) - 1
                if k >= 0 and n.end <= periods[k].end:
                    inside.add(id(n))
            if inside:
                nums = [n for n in nums if id(n) not in inside]
        if not text.isascii():
            # "已连续3个月实现正增长", "连续8年保持全球第一": a run of months or years, no figure
            nums = [n for n in nums if not (_ZH_DURATION.match(text, n.num_end)
                                            and text[max(0, n.start - 2):n.start] == "连续")]
        self.nums = nums
        self.num_starts = [n.start for n in nums]
        self.hits = hits = _resolve_anaphora(_drop_aliases(text, hits), nums)
        self.hit_starts = [h.start for h in hits]
        self.zh_hits = zh_hits
        self.zh_starts = [z[0] for z in zh_hits]
        self.periods = periods
        self.period_starts = [p.start for p in periods]
        # all expressions, comparisons too (they cover their month names); non-overlapping, sorted
        self._all_period_starts = [p.start for p in periods]
        self._all_period_ends = [p.end for p in periods]
        self.ctx = ctx
        self.cat = catalogue
        self.out: list[Candidate] = []
        self.claimed: set[int] = set()
        self._order = 0
        self._last_subject: tuple[str, int] | None = None   # (subject key, sentence index) of the last frame
        self._verb_object: tuple[re.Match, int, int] | None = None   # (verb, end of its object, sentence index) of the last verb flow
        self._prev_rate: tuple[str, int] | None = None      # (indicator, sentence) when one rate was read there
        self._prev_level: Candidate | None = None          # the one level read in the last sentence with figures
        self._prev_pair: list[Candidate] | None = None     # ... or its production and sales pair of levels
        self._region_cache: dict[int, bool] = {}
        self._state = None   # the sentence being read (its period expressions, the period carried)
        self._drilldown = -1   # the sentence whose only reading was a drill-down rate ("In March, growth hit ...")
        self._regional: list[tuple[Sentence, Indicator, Num]] = []   # a region's figures read in this sentence

    # --- helpers ---------------------------------------------------------------------
    def _slice(self, starts, items, a, b):
        return items[bisect_left(starts, a):bisect_left(starts, b)]

    def _emit(self, ind_id: str, measure: str, num: Num, period: Period | None, sent: Sentence, value=None):
        if period is None:
            return
        if self._after_briefing(period):
            return   # a period that ends after the briefing is a target or forecast, never a statistic
        ind = self.cat[ind_id]
        if measure == "level" and self.has_chinese and (bm := _ZH_BASE_LEVEL_BEFORE.search(self.text, max(0, num.start - 14), num.start)):
            # "2015年汽车产量比2010年的1826.47万辆增加约624万辆": the base's own level, of its own year
            ex = next((e for e in self.periods if e.start == bm.start("p")), None)
            period = resolve(replace(ex, comparison=False), self.ctx) if ex is not None else None
            if period is not None and ind.instant and not period.instant:
                period = Period(period.end, period.end, True)   # ("比2015年的61.8%": a stock at that year's end)
            if period is None or period.instant != ind.instant:
                return
        if self.has_chinese and (sm := _ZH_SAME_PERIOD_OPENER.match(self.text, sent.start)) and sm.end() <= num.start \
                and not any(sm.end() <= e.start < num.start and not e.comparison for e in self.periods):
            # "…1.3万亿元，同比增长3.6%。上年同期，电信业务收入为12620亿元。": the same months (or date) a year before
            e = period.end
            if ind.instant:
                period = Period(_month_end(e.year - 1, e.month), _month_end(e.year - 1, e.month), True) \
                    if period.instant and e == _month_end(e.year, e.month) else None
            else:
                period = _year_shifted(period, e.year - 1)
            if period is None:
                return
        unit = "percent" if measure == "yoy_pct" else ind.unit
        v = num.value if value is None else value
        if measure == "level" and unit == "count" and abs(v - round(v)) > 1e-3:
            return   # a count is whole: "3.545" is a scale we did not read ("(units, million)"), never 3.545 vehicles
        st = self._state
        dp = self.ctx.doc_period
        defaulted = st is not None and st["sent"] is sent and not st["exprs"] and st["inherited"] is None \
            and st["inherited_asof"] is None and dp is not None and period.end == dp.end \
            and (period.instant or period.start == dp.start)
        self.out.append(Candidate(ind_id, measure, period, v, unit, num.qualifier,
                                  self.text[sent.start:sent.end], num, self._order, defaulted))
        self._order += 1
        self.claimed.add(id(num))

    def _average_basis(self, num: Num) -> bool:
        """'... publishing average growth rates over two years. On that basis, output grew 6.8%':
        a sentence that restates figures on an average basis (named in it or in the sentence before)."""
        k = num.sentence
        if k < 0:
            return False
        sent = self.sentences[k]
        m = _BASIS_OPENER.match(self.low, sent.start)
        if m is None:
            return False
        if m.group("avg"):
            return True
        prev = self.sentences[k - 1] if k > 0 else None
        return prev is not None and prev.para == sent.para and "average" in self.low[prev.start:prev.end]

    def _restated(self, threshold: Num, exact: Num) -> bool:
        """'topped 5 million, reaching 5.012 million': the exact figure after a passed threshold
        ('2万亿元（20097亿元）': or a round figure's exact one in brackets)."""
        # ("nearly 14 million 5G phones … - 13.77 million units exactly": a count either way, and so
        # "24.5 million units (24,503,300)")
        same_unit = exact.unit == threshold.unit or {exact.unit, threshold.unit} == {None, "count"}
        if threshold.qualifier == "eq" and same_unit and _EXACT_IN_BRACKETS.fullmatch(self.text, threshold.end, exact.start):
            return _near_rounded(threshold, exact)
        if threshold.qualifier == "approx" and same_unit:
            # "about 804m tonnes of crude steel last year – 803.83m tonnes to be exact": the figure rounded
            m = _RESTATED_LEVEL.fullmatch(self.text, threshold.end, exact.start)
            return m is not None and bool(m.group("dash") or m.group("orx") and _TO_BE_EXACT.match(self.text, exact.end)) \
                and _near_rounded(threshold, exact)
        if threshold.qualifier not in ("gt", "lt") or not same_unit \
                or (exact.value >= threshold.value) != (threshold.qualifier == "gt"):
            return False
        m = _RESTATED_LEVEL.fullmatch(self.text, threshold.end, exact.start)
        if m is not None and m.group("orx") and not _TO_BE_EXACT.match(self.text, exact.end):
            return False
        # (after a dash only the same figure, closer: not "nearly 1 trillion yuan -- 300 billion of it from data")
        return m is not None and (not m.group("dash") or abs(exact.value - threshold.value) <= 0.05 * threshold.value)

    def _zh_against_year(self, num: Num) -> bool:
        """'与2019年同期相比，产量增长61.1%，销量增长63.2%' in 2021, '比2020年底的71.8万个增长5.7倍' in 2025: a
        change against a year before the last, no year on year."""
        text, y = self.text, self.ctx.default_year
        if y is None:
            return False
        years = []
        if "相比" in text[max(0, num.start - 60):num.start]:
            s0 = max(text.rfind("。", 0, num.start), text.rfind(";", 0, num.start)) + 1
            years += [int(v) for v in _ZH_VS_YEAR.findall(text, s0, num.start)][-1:]
        m = _ZH_THAN_YEAR.search(text, max(0, num.start - 30), num.start)
        if m:
            # ("较“十四五”初期增长5倍多": against the plan's first year)
            years.append(int(m.group("y")) if m.group("y") else _PLAN_LAST_YEAR[m.group("fyp")] - (4 if m.group("first") else 0))
        return any(v < y - 1 for v in years)

    def _zh_target(self, a: int, b: int) -> bool:
        """A forecast or target word in text[a:b]; not a target achieved ("提前实现“十四五”规划中期目标")."""
        m = _ZH_TARGET.search(self.text, a, b)
        if m is None or "目标" not in m.group():
            return m is not None
        return _ZH_TARGET.search(_ZH_TARGET_MET.sub(_blank, self.text[a:b])) is not None

    def _in_context(self, role, sent: Sentence) -> bool:
        """A phrase that names its indicator only in context ("equipped devices" near OpenHarmony)."""
        scope_start = sent.start
        prev = self.sentences[sent.index - 1] if sent.index > 0 else None
        if role.context_prev and prev is not None and (prev.para == sent.para
                                                       or self.text.startswith(("- ", "• ", "* ", "· "), sent.start)
                                                       or prev.para == sent.para - 1 and self.text[prev.start:prev.end].rstrip().endswith((".", "。"))):
            # (or the bullet before: "• … 5G phone shipments … ¶ • December 5G shipments …"; or a news story's one-sentence
            # paragraph before: "China produced about 94,000 industrial robots … ¶ In September alone, robot output climbed 60.3 percent")
            scope_start = prev.start
        return role.context.search(self.text, scope_start, sent.end) is not None

    def _unit_ok(self, num: Num, ind: Indicator) -> bool:
        if num.in_range or num.broken or num.word and not num.magnitude:
            return False
        if ind.unit == "count" and abs(num.value - round(num.value)) > 1e-6:
            return False   # "3.212" users: a count is whole; the magnitude was lost
        return num.unit in UNIT_OK.get(ind.unit, (ind.unit,))

    def _figure_year(self, num: Num) -> int | None:
        """The year of the period named before `num` in its sentence ("Last year, buyers took home 28.88
        million vehicles, 3.0 percent more than in 2016", in 2018), else the page's."""
        if num.sentence >= 0:
            sent = self.sentences[num.sentence]
            ex = [e for e in self._slice(self.period_starts, self.periods, sent.start, num.start) if not e.comparison]
            p = resolve(ex[-1], self.ctx) if ex else None
            if p is not None:
                return p.end.year
        return self.ctx.default_year

    def _cumulative_doc(self) -> bool:
        """A briefing on months to date (Q1, H1, nine months, a year): a "label: +X%" line in it is on a year before (no
        month-on-month rate is stated for months to date)."""
        p = self.ctx.doc_period
        return p is not None and not p.instant and (p.start.month, p.start.day) == (1, 1) and _months(p) >= 3

    def _dated_block(self, num: Num) -> bool:
        """The block of lines around `num` (up to blank lines) names a period of its own ("- Equipment manufacturing
        value added: +10.2% in H1" over the next line's "+9.5%")."""
        a = self.text.rfind("\n\n", 0, num.start) + 2
        b = self.text.find("\n\n", num.end)
        b = len(self.text) if b < 0 else b
        return any(not e.comparison for e in self._slice(self.period_starts, self.periods, max(a, 0), b))

    def _annual_review(self) -> bool:
        p = self.ctx.doc_period
        return p is not None and not p.instant and p.start.month == 1 and p.start.day == 1 and p.end.month == 12

    def _year_carried(self) -> bool:
        """'For full-year 2018, IP growth came in at 6.2%. High-tech manufacturing (+11.7%) …': the
        sentence carries on a whole year's figures (in a note on a month)."""
        st = self._state
        p = st["inherited"] if st is not None and not st["exprs"] else None
        return isinstance(p, Period) and not p.instant and (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31)

    def _yoy_line(self, num: Num) -> bool:
        """'… reached 6.606mn and 6.72mn units in 1Q24, up 6.4% and 10.6% YoY. NEV production and sales were
        2.115mn and 2.09mn, +28.2% and +31.8%': a signed rate after a level, in a line whose rates are year
        on year (and none of them month on month)."""
        a = max(self.text.rfind("\n", 0, num.start) + 1, num.start - 200)
        window = self.text[a:num.start]
        return bool(_YOY_MARK.search(window)) and not _NOT_YOY.search(window) \
            and any(q.unit not in ("percent", "pp") for q in self._slice(self.num_starts, self.nums, max(a, self.text.rfind(". ", a, num.start)), num.start))

    def _yoy_list(self, num: Num) -> bool:
        """'- Crude steel: 123.7 million tonnes, +5.6% y-o-y ¶ … ¶ - Automobile production: 4.49 million
        units, +17.8%': a signed rate after a level in a bulleted list whose rates are year on year."""
        text = self.text
        start = text.rfind("\n", 0, num.start) + 1
        if not _BULLET_LINE.match(text, start) or not any(
                q.unit not in ("percent", "pp") for q in self._slice(self.num_starts, self.nums, start, num.start)):
            return False
        a = start
        while a > 0 and _BULLET_LINE.match(text, b := text.rfind("\n", 0, a - 1) + 1):
            a = b
        end = text.find("\n", num.end)
        block = text[a:len(text) if end < 0 else end]
        while _BULLET_LINE.match(text, end + 1) if end >= 0 else False:
            nxt = text.find("\n", end + 1)
            block += text[end:len(text) if nxt < 0 else nxt]
            end = nxt
        return bool(_YOY_MARK.search(block)) and not _NOT_YOY.search(block)

    def _under_dated_lead(self, num: Num) -> bool:
        """'… and the first-half numbers give it some ammunition: ¶ - High-tech manufacturing value added:
        +13.1%': a bullet of a list whose lead names the period of its figures."""
        text = self.text
        if num.sentence < 0:
            return False
        start = text.rfind("\n", 0, num.start) + 1
        colon = text.rfind(":\n", max(0, start - 800), start)
        if colon < 0 or not _BULLET_LINE.match(text, start) \
                or not all(_BULLET_LINE.match(line) for line in text[colon + 2:start].split("\n") if line.strip()):
            return False
        lead = text.rfind("\n", 0, colon) + 1
        return any(not e.comparison and e.kind == "interval" for e in self._slice(self._all_period_starts, self.periods, lead, colon))

    def _growth(self, num: Num, lo: int) -> float | None:
        """The signed yoy value if `num` is stated as a growth rate, else None."""
        if num.unit != "percent" or num.in_range:
            return None
        if self._average_basis(num):
            return None
        before = self.text[max(lo, num.start - 70):num.start]
        m = _GROWTH_BEFORE.search(before)
        after = self.text[num.end:num.end + 60]
        word = None
        if m:
            word = m.group("w") or m.group("zh")
            if word and _ROSE_TO.fullmatch(word) and not _YOY_MARK.match(after.lstrip(" ,")):
                return None   # ("Industrial value-added jumped to 8.5% y-o-y" is the pace, not "sales rose to 2.3%")
            if m.group("sign"):
                # a bare sign counts only with its "y-o-y", or in brackets next to bracketed y/y
                # rates ("7.006 million units (+28.3% y/y), while sales reached 7.035 million (+30.9%)")
                # (or after another rate of the sentence stated as year on year: "sales reached A, a 24.6
                # per cent increase year-on-year, while production came to B (+23.7 %)")
                if not _YOY_MARK.match(_SIGNED_LIST_REST.sub("", after, 1).lstrip(" ,")) and not (
                        before.endswith("(" + m.group("sign")) and after.lstrip().startswith(")")
                        and (_YOY_BRACKET.search(self.text, max(0, num.start - 160), min(len(self.text), num.end + 160))
                             or _YOY_MARK.search(self.text, max(0, self.text.rfind(". ", 0, num.start), num.start - 160), num.start))) \
                        and not (before.endswith((": +", ": -", ":+", ":-")) and self._under_dated_lead(num)) \
                        and not (self.has_chinese and before.endswith((":+", ":-")) and self.text.endswith("增加值:", 0, num.start - 1)
                                 and _BULLET_LINE.match(self.text, self.text.rfind("\n", 0, num.start) + 1)) \
                        and not (before.endswith((", +", ", -")) and (self._yoy_line(num) or self._yoy_list(num))) \
                        and not (num.sentence >= 0 and _WITH_SIGNED.search(self.text, max(0, num.start - 60), num.start)
                                 and _YOY_MARK.search(self.text, self.sentences[num.sentence].start, num.start)) \
                        and not ((self._annual_review() or self._year_carried()) and (before.endswith((", +", "(+", ": +", ": -")) or _NAMED_SIGNED.search(self.text, max(0, num.start - 60), num.start))
                                 and not _SIGNED_OTHER_BASE.match(after)) \
                        and not (before.endswith((": +", ": -", ":+", ":-")) and self._cumulative_doc() and self._dated_block(num)
                                 and not _SIGNED_OTHER_BASE.match(after)):
                    # (in a review of a year, "revenue was 6.3T yuan (~$935B), +14.2%", "High-tech manufacturing
                    # +11.7%": on the year before)
                    return None
                word = "down" if m.group("sign") == "-" else "up"
            near = _THAN_EXPECTED.sub(" ", before[max(0, m.start() - 30):])   # ("grew a faster-than-expected 6.3 percent")
            if _NOT_YOY.search(near[max(near.rfind(","), near.rfind(" - "), near.rfind(")")) + 1:]):   # not "... month on month, and up 2.1%"
                return None   # (nor an aside's words: "- those with revenue of more than Rmb20m - fell 13.5%")
            if _COMPARED_WITH_END.search(before, max(0, m.start() - 30), m.start()):
                return None   # "compared with growth of 6.9% in December": the comparison's rate, read by _earlier_rates
        elif vb := _VERB_OBJECT_BY.search(self.text, max(0, num.start - 60), num.start):
            # "New energy vehicles grew production last year by 59.9 percent": the verb before its object
            word = "down" if vb.group("v").lower() in ("cut", "reduced", "lowered") else "up"
        elif (eb := _ELIDED_BY.search(wide := self.text[max(0, num.start - 80):num.start])) \
                and (eb.group("by") or _TO_LEVEL_AFTER.match(after)) \
                and (verbs := _CHANGE_VERB.findall(wide, 0, eb.start())):
            # "production rose by 3.2% to 29.02m and sales by 3% to 28.88m": the verb of the clause
            # before is understood
            word = verbs[-1]
        else:
            ma = _GROWTH_AFTER.match(after)
            if not ma or any(ma.group(g) and int(ma.group(g)) + 1 != self._figure_year(num) for g in ("yr", "yr_m", "yr_p")):
                return None   # ("68% more than in 2016" in a review of 2017 is year on year)
            if _AFTER_A_END.search(before):
                return None   # "totaled 25.769 million last year, following a 2.8 percent drop in 2018": the year before's, read by _earlier_rates
            word = ma.group("w") or ma.group("up") or ("down" if (ma.group("than") or ma.group("level")).lower()
                                                       in ("fewer", "lower", "less", "below") else "up")
            if ma.group("than") or ma.group("level"):
                after = after[ma.end():]   # "21.5 percent more than a year earlier": its "than" is the yoy
        clause_after = _CLAUSE_SPLIT.split(_RESPECTIVELY.sub("", after), 1)[0]
        clause_after = _REASON_CLAUSE.split(clause_after, 1)[0]   # "... 137.9 per cent as traffic more than doubled"
        # "fell by 2.8% in 2018 to 28.08m vehicles - the first annual decline since the early 1990s": a comment
        clause_after = _DASH_COMMENT.split(clause_after, 1)[0]
        clause_after = _RECORD_SINCE.sub(" ", clause_after)   # "…, down 10.4% from a year earlier and the lowest for the month since 2018"
        py = self.ctx.default_year
        if py and ("compared" in clause_after or "over " in clause_after or "from " in clause_after):
            # "up 68.1% compared with 2016", "up 333.7% respectively over 2014" in a review of the year
            # after is year on year (not "compared with 2019" in 2021); so is the year before the one the
            # figure's sentence names ("a record 2021, when shipments reached 266 million, up 63.5% over 2020")
            years = {py - 1}
            k = bisect_right(self.period_starts, num.start) - 1
            if num.sentence >= 0 and k >= 0 and self.periods[k].start >= self.sentences[num.sentence].start \
                    and not self.periods[k].comparison and (p := resolve(self.periods[k], self.ctx)) is not None:
                years.add(p.end.year - 1)
            clause_after = _BASE_YEAR.sub(lambda m: " " if int(m.group(1)) in years else m.group(), clause_after)
            # ("up 4.2% from 2024" in a review of 2025, but not "up about 39.5% from 2020 levels")
            clause_after = _FROM_BASE_YEAR.sub(lambda m: " " if int(m.group(1)) in years else m.group(), clause_after)
            # ("climbed 11.7 percent over 2018" in a review of 2018: during the year, no base)
            clause_after = _OVER_YEAR.sub(lambda m: " " if int(m.group(1)) == py else m.group(), clause_after)
        if _NOT_YOY.search(clause_after):
            # "up 15.1% year on year and 0.3GB higher than in July": the comparison is the next figure's
            head = _AND_NEXT_FIGURE.split(clause_after, 1)[0]
            if not _YOY_MARK.search(head) or _NOT_YOY.search(head):
                return None
        if self.has_chinese and self._zh_against_year(num):
            return None
        if _AGAINST_MONTH_LEVEL.match(self.text, num.end):
            return None   # "Output was down 3.7% against 82.11 mnt in September": on the month before's level
        if num.sentence >= 0 and _NOT_YOY_OPENER.match(self.text, self.sentences[num.sentence].start) \
                and not _YOY_MARK.match(self.text[num.end:num.end + 30].lstrip(" ,")):
            return None   # "Month-on-month, April NEV production was down 1.8 percent" (not "…, 3Q IP growth came in at 4.2%yoy")
        # ("edged down to 3.4%": the pace it moved to)
        sign = -1.0 if _NEGATIVE.search(word or "") and not (word or "").endswith(("\x20to", "\nto")) else 1.0
        return sign * num.value

    def _blocked(self, sent: Sentence, a: int, b: int, ind: Indicator, num: Num) -> bool:
        """A region's, company's or the world's figure, or a target/forecast sentence."""
        text = self.text
        if self.has_chinese and _ZH_DEFINITION_BRACKET.search(text, max(sent.start, num.start - 30), num.start):
            return True   # "规模以上工业增加值（指年营收2,000万元人民币以上企业）": the definition's threshold
        if self.has_chinese and _ZH_SIZE_THRESHOLD.match(text, num.end):
            return True   # "…企业范围为年主营业务收入2000万元及以上的工业法人企业": the size that defines the scope
        if self.has_chinese and text[max(sent.start, num.start - 3):num.start].endswith(("在", "在近", "在超过")) and _ZH_USED_IN.match(text, num.end):
            return True   # "已在200多家“小巨人”企业中应用": where a product is used, not how many there are
        if self.has_chinese and _ZH_ONE_FIRM.search(text, sent.start, num.start):
            return True   # "…一家汽车零部件企业…，该企业…关键工序数控化率从不足40%提升至85%": one firm's own figure
        if (c := _STOCK_CODE.search(text, sent.start, num.start)) and not _CLAUSE_BREAK.search(text, c.end(), num.start):
            return True   # a listed firm's, named by its stock code in the same clause
        lo, hi = min(a, num.start), max(b, num.end)
        if _SHARE_OF_BEFORE.search(text, max(sent.start, a - 40), a) and not text.startswith(", which", b):
            return True   # "High-tech manufacturing's share of total industrial value added edged up to 12.9 percent"
        if ind.id == "industrial_internet_platforms" and _ALL_KINDS.search(text, max(sent.start, lo - 12), min(sent.end, hi + 14)):
            return True   # "各类型工业互联网平台超过500个，其中具有一定…影响力的…超过70个": the catalogue counts the influential ones
        if ind.id in _ZH_FIELD_SUBSET_IDS and (_FIELD_SUBSET_AFTER.match(text, hi, min(sent.end, hi + 160))
                                               or _FIELD_SUBSET_BEFORE.search(text, max(sent.start, lo - 40), lo)):
            return True   # "more than 400 'little giant' companies, …, focused on artificial intelligence": one field's, a subset
        if self.low.endswith(("world ", "global "), max(sent.start, a - 7), a):
            return True   # "World crude steel output fell 2.1% in 1H": the world's, named right before the subject
        if self.low.endswith(("per unit of ", "per unit of the "), max(sent.start, a - 16), a):
            return True   # "The energy consumption per unit of value added of industrial enterprises … dropped by 3.5%": an intensity
        if self.low.find(" when ", max(sent.start, lo - 120), lo) >= 0 and _EARLIER_WHEN_CLAUSE.search(text, max(sent.start, lo - 120), lo):
            return True   # "…, compared with 25.6 percent a year earlier, when NEV sales stood at 6.887 million": that year's
        wc = _WHICH_CLAUSE.search(text, max(sent.start, lo - 60), lo) if text.find("which", max(sent.start, lo - 60), lo) >= 0 else None
        if wc and (_has_words(self.low[max(sent.start, wc.start() - 40):wc.start()], _REGION_WORDS, _REGION_BIGRAMS)
                   or _FIRM_NAME_END.search(text, max(sent.start, wc.start() - 40), wc.start())):
            # "…in China's Hebei province, which alone produced about 188 million tonnes", "Ezz Steel, which
            # made about 5 million tonnes": the place's, the firm's
            return True
        om = _NAMED_OWNER.search(text, max(sent.start, a - 40), a) if text.find("'s ", max(sent.start, a - 40), a) >= 0 else None
        if om and om.group("name").lower() not in _NATIONAL_OWNERS:
            return True   # "Posco's crude steel production reached 18.9 million tons": a company's, named as owner
        k = bisect_left(self.num_starts, lo) - 1
        while k >= 0 and self.nums[k].start >= sent.start and _LIST_GAP.fullmatch(text, self.nums[k].end, lo):
            # "China Telecom and China Unicom reported 268 million and 213 million 5G users": the list's subject
            lo = self.nums[k].start
            k -= 1
        c0 = max(_clause_start(text, sent.start, lo), lo - 30)
        dm = _DISCOURSE_ASIDE.search(text, max(sent.start, lo - 60), lo)
        if dm:
            # "U.S. buyers, by comparison, purchased about 17 million cars": the subject before the aside
            c0 = min(c0, max(_clause_start(text, sent.start, dm.start()), dm.start() - 30))
        if text.rfind(",", c0 - 2, lo) >= 0 and _has_words(self.low[max(sent.start, lo - 200):c0], _REGION_WORDS, _REGION_BIGRAMS):
            # "General Motors, the biggest foreign brand, sold 3.65m vehicles": the subject before its aside
            for am in _APPOSITIVE.finditer(text, max(sent.start, lo - 200), lo):
                if am.end() >= c0 - 1:
                    c0 = max(sent.start, am.start() - 30)
                    break
        dl = _DATELINE.match(text, sent.start)
        if dl:
            c0 = max(c0, dl.end())
        clause_end = _clause_end(text, hi, sent.end)
        comma = text.find(",", hi, clause_end)
        while comma > 0 and text[comma - 1:comma].isdigit() and text[comma + 1:comma + 2].isdigit():
            comma = text.find(",", comma + 1, clause_end)   # "per 1,000 people": a thousands separator
        dash = text.find(" - ", hi, clause_end)   # "3.38m 5G base stations - about 60% of the world's total -"
        c1 = min(clause_end, comma if comma >= 0 else clause_end, dash if dash >= 0 else clause_end, hi + 25)
        rc = _REASON_CLAUSE.search(text, num.end, clause_end) if num.end >= b else None   # (its lookaheads read on)
        if rc and rc.start() < c1:
            c1 = rc.start()   # "... to 9.49 million units as China overtook Japan as the top exporter": a cause
        # "Despite the tariff war with the United States, the value added …": the opening clause names no scope
        co = _CIRCUMSTANCE_OPENER.match(text, dl.end() if dl else sent.start)
        co_end = co.end() if co and co.end() <= lo else sent.start
        w0 = max(sent.start, c0, co_end)
        aside = max(text.rfind(" - ", w0, lo), text.rfind(" -- ", w0, lo))
        if aside >= 0 and text.count(" -", sent.start, aside) >= 1:
            w0 = aside + 3   # "... 5G base stations - roughly 30 per 10,000 people - and 1.014 billion 5G users"
        pm = _PASSIVE_IN_PLACE.match(text, b) if b >= num.end else None
        if pm and _has_words(self.low[pm.start("place"):pm.end()], _REGION_WORDS, _REGION_BIGRAMS):
            return True   # "Around 17,000 5G base stations had been switched on in the capital by the end of the year"
        window = self.low[w0:c1]
        if "beijing" in window:
            # (blanked in the whole clause, whose "released by CAAM in Beijing" may open before the window)
            window = _BEIJING_SAID.sub(_blank, self.low[sent.start:sent.end])[w0 - sent.start:c1 - sent.start]   # (read past c1: "after Beijing cut")
        if "count" in window or "prefecture" in window:
            # "5G now covers all county towns and 80% of villages": everywhere (blanked in the whole
            # clause, whose "all" may open before the window)
            window = _ALL_PLACES.sub(_blank, self.low[sent.start:w0] + window)[w0 - sent.start:]
        if "when " in self.low[max(sent.start, w0 - 5):c1]:
            # "In April, when Shanghai's lockdown was at its tightest, output …" (blanked in the whole clause,
            # whose "when" may open before the window)
            window = _WHEN_SETTING.sub(_blank, self.low[sent.start:w0] + window)[w0 - sent.start:]
        if "operators'" in window:
            window = _TELECOM_OPERATORS.sub(_blank, window)   # "Telecom operators' combined business revenue": the industry's
        if "unicom" in window or "broadnet" in window:
            # (blanked in the whole sentence so far, as the window may open inside the list)
            window = _ALL_OPERATORS.sub(_blank, self.low[sent.start:w0] + window)[w0 - sent.start:]
        da = _SUBJECT_DASH_ASIDE.search(text, b, num.start) if b <= num.start and " - " in window else None
        if da is None and b <= num.start and "'s " in window:
            da = _SUBJECT_COMMA_ASIDE.search(text, sent.start, num.start)   # ("…, Beijing's measure of factory output, rose 6.1%")
            if da and _has_words(self.low[sent.start:da.start()], _REGION_WORDS, _REGION_BIGRAMS):
                da = None   # (the subject's own scope stays: "… in Guangdong, Beijing's measure of …")
        if da:
            # "Output of industrial robots - a market in which Germany's Kuka is a major supplier - jumped
            # 68.1 percent": an aside between the subject and its figure names no scope
            window = window[:max(0, da.start() - w0)] + " " * (da.end() - max(da.start(), w0)) + window[da.end() - w0:]
        fm = _FOREIGN.search(text, w0, c1 + 12)   # (the lookahead for "U.S. dollars" reads past the window)
        if fm and da and da.start() <= fm.start() < da.end():
            fm = _FOREIGN.search(text, da.end(), c1 + 12)
        if fm and _RANK_BEFORE.search(self.low, max(sent.start, fm.start() - 25), fm.start()):
            fm = _FOREIGN.search(text, fm.end(), c1 + 12)   # ("…, second only to the United States, including 90 EFLOPS of …": a rank)
        if fm and fm.start() < co_end:
            fm = _FOREIGN.search(text, co_end, c1 + 12)
        if fm and fm.start() < c1:
            # (but not in an aside about a Chinese subject: "China's software and IT services industry,
            # the closest counterpart to India's IT-BPM sector, posted revenue of ...")
            am = next((x for x in _APPOSITIVE.finditer(text, sent.start, sent.end) if x.end() > fm.start()), None)
            # (nor in a "where" aside: "The software ... industry, where Indian IT firms have been trying to
            # expand, generated revenue of ...": who else is in the market, not whose revenue; also "Output of
            # industrial robots, a field where Japanese makers compete for Chinese orders, jumped 30.0 percent")
            if not (am and am.start() <= fm.start() < am.end() and not _FOREIGN.search(text, am.end(), c1)
                    and (_CHINA_NAMED.search(text, sent.start, am.start()) or _WHERE_ASIDE.match(text, am.start()))):
                return True
        if not self.has_chinese and c0 > sent.start:
            cs = _clause_start(text, sent.start, lo)
            fs = _FOREIGN_SUBJECT.match(text, cs, lo) if cs < c0 else None
            if fs and _FOREIGN.match(text, fs.end()) and "," not in text[fs.end():lo] \
                    and not _CHINA_NAMED.search(text, fs.end(), c1):
                return True
        om = _OWN_COUNT.search(text, max(sent.start, lo - 160), lo)
        if om and ";" not in text[om.end():lo]:
            return True   # "Omdia's own WCIS data … put China's 5G subscriptions at 1.07 billion": a source's own count
        fa = _FOREIGN_ASIDE.search(text, max(co_end, lo - 160), lo)
        if fa and not _CHINA_RESUMES.search(text, fa.end("aside"), lo):
            return True   # a foreign subject with an appositive or relative clause before the figure
        if not self.has_chinese and _LOCAL_SUBJECT.match(text, sent.start) and sent.index > 0:
            # "By comparison, South Korea … had 9.66 million 5G subscribers. Local mobile carriers have installed
            # some 140,000 5G base stations": the country of the sentence before, when that is not China
            prev = self.sentences[sent.index - 1]
            if prev.para == sent.para and _FOREIGN.search(text, prev.start, prev.end) and not _CHINA_NAMED.search(text, prev.start, prev.end):
                return True
        if not self.has_chinese and _THE_COUNTRYS.search(self.low, max(sent.start, lo - 40), lo):
            # "Turkish automotive production fell 9 percent…, while the country's crude steel output slipped 1.1
            # percent": the country named last, if it is not China (also "the country's Index of Industrial Production")
            last = None
            for last in _FOREIGN.finditer(text, sent.start, lo):
                pass
            if last is not None and not _CHINA_NAMED.search(text, last.end(), lo):
                return True
        if _THERE.match(text, b) and not _CHINA_NAMED.search(text, sent.start, b) and not self._china_before(sent):
            return True   # "Japan offers a comparison. Domestic vehicle production there fell 9.9%": a place named before
        if "second" in self.low[max(sent.start, w0 - 40):c1] or "third" in self.low[max(sent.start, w0 - 40):c1]:
            # ("…, second only to the United States, including 90 EFLOPS of …": a rank; blanked in the whole clause)
            window = _RANK_ASIDE.sub(_blank, self.low[sent.start:w0] + window)[w0 - sent.start:]
        if ind.id == "specialized_smes":
            window = _PROVINCIAL_LEVEL.sub(" ", window)   # ("140,000 … SMEs at the provincial level": a tier counted nationwide)
        if _has_words(window, _REGION_WORDS, _REGION_BIGRAMS) and (
                # "Output of NEVs, a category Beijing has showered with subsidies, rose ...": an
                # appositive about the subject is no scope
                "," not in window and " -" not in window
                or _has_words(_CAUSE_ASIDE.sub(" ", _APPOSITIVE.sub(" ", window)), _REGION_WORDS, _REGION_BIGRAMS)):
            self._regional.append((sent, ind, num))
            return True
        if self.regional and not any(a0 <= lo < b0 for a0, b0 in self._national_sections):
            # "（全国新能源汽车产量378.8万辆）", "Nationwide, output grew 6%": the national figures
            # a provincial bulletin quotes are marked as such in their own part of the sentence
            s0 = max(text.rfind(x, sent.start, lo) for x in ";；。")
            part = _BRACKETED.sub(_blank, text[max(s0 + 1, sent.start):lo])
            if not _NATIONAL_MARK.search(part) and not _NATIONAL_MARK.search(text, max(sent.start, lo - 4), lo + 2) \
                    and not _NATIONAL_AFTER_SUBJECT.match(text, lo, num.start) \
                    and not _MINISTRY_SAID.search(text, num.end, sent.end) \
                    and not self._national_carried(sent, lo) \
                    and not self._zh_national_clause_before(sent, lo):   # "..., the MIIT said": its national data
                self._regional.append((sent, ind, num))
                return True
        # the sentence's subject is a region ("The city built ... and now counts 1.8 million
        # gigabit users"; "Its output ..." after such a sentence), and nothing national comes
        # before the figure
        if self._region_subject(sent):
            # "Guangdong province, the country's largest robot base, turned out ...": the
            # appositive about the region is no national mark
            s0 = dl.end() if dl else sent.start
            am = _OPENING_APPOSITIVE.match(text, s0)
            if not _NATIONAL.search(self.low, am.end() if am and am.end() <= lo else s0, lo):
                self._regional.append((sent, ind, num))
                return True
        # "Of the NEVs sold, 7.72 million were battery-electric cars, up 15.5%": a part of the
        # indicator named in the opener, not the indicator
        om = _OF_THE_OPENER.match(text, dl.end() if dl else sent.start)
        if om and a < om.end() <= num.start:
            return True
        # an item of a plan ("2. Help 10,000 SMEs go digital via 3 platforms")
        ls = text.rfind("\n", 0, sent.start) + 1
        if _IMPERATIVE_ITEM.match(text, ls if sent.start - ls <= 6 else sent.start):
            return True
        if _PER_POPULATION.search(window) and ind.id != "five_g_penetration_rate":
            return True   # "each 10,000 people now have 20.8 5G base stations": a density (the rate is one by definition)
        if ind.id != "mobile_dou" and _PER_UNIT_AVERAGE.search(self.low, max(sent.start, lo - 80), hi):
            return True   # "the average number of industrial equipment connected to each key platform": per platform
        if ind.id != "mobile_dou" and _PER_TIME.search(window) \
                and any(not _TIME_AGO.match(self.low, m.end()) for m in _PER_TIME.finditer(self.low, w0, c1)):   # (not "from 0.9% a month earlier")
            # "2.58 million tonnes of crude steel per day": a daily average, not the flow (but not
            # "152.4mn tonnes (daily average 2.58mn t)": a bracket after the figure is another figure's)
            t0 = max(w0, num.end)
            tail = _BRACKETED.sub(_blank, self.low[t0:max(c1, clause_end)])[:max(0, c1 - t0)]
            cut = min(max(w0, num.start), t0)
            # (nor an aside on the subject: "firms with revenues above 20m yuan, the only ones the statisticians survey each month, grew")
            # (nor an earlier figure's bracket: "80.3mt in November (a daily average of 2.68mt), taking the … total to 848mt")
            head = _BRACKETED.sub(_blank, _APPOSITIVE.sub(_blank, self.low[w0:cut]))
            if _PER_TIME.search(_CHANGED_EVERY.sub(_blank, _PER_TIME_FIGURE.sub(_blank, head) + self.low[cut:t0] + tail)):
                return True
        if ind.id != "five_g_sep_share" and _has_words(window, _WORLD_WORDS, _WORLD_BIGRAMS):
            # a rank stated after the figure's noun ("ranking second in the world") is not the scope
            mid = min(max(a, w0), c1)
            # (nor an aside on a Chinese subject: "China, which produces about half the world's steel, churned out")
            # (blanked in the whole sentence so far, as the window may open inside the aside)
            # ranks and asides ("hit by weak global demand") are found from the sentence start up to the
            # clause end (the window may cut one in half: "… the world's largest auto market"), then blanked
            ranked = _WORLD_RANK.sub(_blank, self.low[sent.start:max(c1, clause_end)])
            head = ranked[:mid - sent.start]
            head = (_APPOSITIVE.sub(_blank, head) if "," in self.low[w0:mid] else head)[w0 - sent.start:]
            tail = _WORLD_SHARE_BRACKET.sub(_blank, _CAUSE_ASIDE.sub(_blank, ranked[mid - sent.start:])[:c1 - mid])
            if num.start > mid:
                # "Production and sales of NEVs, a sector Beijing is betting on to dominate globally, rose …":
                # an aside on the subject between it and the figure
                tail = _APPOSITIVE.sub(_blank, tail[:num.start - mid]) + tail[num.start - mid:]
            rc = _REASON_CLAUSE.search(tail, max(0, num.end - mid))
            if rc:
                tail = tail[:rc.start()]   # "fell 10.4% to 314 million units last year as global demand for PCs dried up": a cause
            if _has_words(head, _WORLD_WORDS, _WORLD_BIGRAMS) or _has_words(tail, _WORLD_WORDS, _WORLD_BIGRAMS):
                return True
        cs = _clause_start(text, sent.start, lo)
        if self.low.startswith(" and that its ", cs):
            cs = sent.start   # "China Mobile said it ended 2024 with ..., and that its 5G-A network now covers ...": still its
        sm = _SAID_IT.search(self.low, max(sent.start, cs), lo)
        if sm and _has_words(self.low[max(sent.start, sm.start() - 60):sm.start()], _REGION_WORDS, _REGION_BIGRAMS):
            return True   # "China Mobile announced it had started 5G-A service in 100 cities": the company's own
        if sm and _COMPANY_SUBJECT.search(self.low, max(sent.start, sm.start() - 30), sm.start()):
            return True   # "The carrier said its 5G-A network now covers more than 330 cities": likewise
        if sm and self._company_speaker(sent, sm.start()):
            return True   # "Viettel said it had installed about 7,000 5G base stations so far": likewise
        if _NEGATION.search(window):
            return True   # "had not yet been built"
        t0, t1 = max(sent.start, dl.end() if dl else 0), clause_end
        am = _AFTER_PAST.search(self.low, t0, t1)
        if am and am.end() <= lo:
            # "The sector is on course to meet its targets, the ministry said, after output grew 6.7
            # percent": what came before, not the forecast
            t0 = am.end()
        tm = _AND_THAT.search(self.low, t0, lo)
        if tm:
            t0 = tm.end()   # "… said China would push X, and that the industry earned 4.3 trillion yuan": another thing said
        for ym in _BUT_YET.finditer(self.low, t0, lo):
            t0 = ym.end()   # "…, beating its 45-million-tonne target, yet crude steel output still rose 1.2%": the target was another's
        if self.has_chinese:
            zc = text.find(",", hi, t1)   # "已建成5G基站约4.5万个，预计到年底将超过13万个": the forecast is the next clause's
            if zc > 0:
                t1 = zc
        em = _VS_EXPECTATIONS.search(text, hi, t1) or _REASON_CLAUSE.search(text, hi, t1) \
            or _COMMENT_AFTER.search(text, hi, t1) or _CONSEQUENCE_AFTER.search(text, hi, t1)
        if em:
            t1 = em.start()   # "grew 6.5%, beating forecasts of 5.8%": an outcome measured against a forecast
        tw = self.low[t0:t1]
        if "(" in tw[hi - t0:]:
            # "… 5G base stations are now in service, …, or roughly 34 for every 10,000 people (the plan's target was
            # 26)": a bracket after the figure on another figure's target
            tw = tw[:max(0, hi - t0)] + _BRACKETED.sub(_blank, tw[max(0, hi - t0):])
        if "expect" in tw or "forecast" in tw or "target" in tw or "goal" in tw:
            tw = _BEAT_EXPECTATIONS.sub(" ", tw)   # "recovered faster than expected, with ... growing 2.8%"
            # "The figures, which the MIIT is expected to confirm later this month, show that ...": an
            # aside closed before the figure says what is expected of the report, not of the figure
            tw = _WHICH_ASIDE.sub(lambda m: "," if t0 + m.end() <= num.start else m.group(), tw)
        if _has_words(tw, _TARGET_WORDS, _TARGET_BIGRAMS) or _ESTIMATE_MARK.search(text, t0, t1):
            return True
        if _ON_TRACK.search(text, t0, lo) or b <= num.start and _TO_LINK_BEFORE.match(text, b, num.start):
            return True   # "China is on track to have more than 700,000 5G base stations" (not "…, putting it on track to …" after)
        if self.has_chinese and self._zh_scope_carried(sent, lo):
            return True
        if self.has_chinese:
            k = text.rfind(",", w0, lo)
            z0 = k + 1 if k >= 0 and "全国" in text[k:lo] else w0   # "…向中国电信…发放牌照，目前全国已开通5G基站…": the nation's
            # (blanked from the sentence start, as the window may open inside "三家基础电信企业及中国广电")
            # (a cause names no scope, nor the world: "受全球消费电子需求走弱影响，一季度…下降1.9%")
            s0 = min(sent.start, z0)
            scope = _ZH_NOT_SCOPE.sub(_blank, text[s0:c1])[z0 - s0:]
            # ("市场原本预期钢铁产量将下滑，但前三季度粗钢产量仍达6.2755亿吨": what was expected, then what happened)
            k2 = max(text.rfind(",但", t0, lo), text.rfind(",不过", t0, lo))
            if _ZH_REGION.search(scope) or self._zh_target(k2 + 1 if k2 >= 0 else t0, t1) \
                    or ind.id != "five_g_sep_share" and re.search(r"全球|世界", _ZH_WORLD_RANK.sub(_blank, scope)):
                return True
        return False

    def _zh_national_clause_before(self, sent: Sentence, lo: int) -> bool:
        """'截至9月末，全国5G基站总数达222万个，…；5G移动电话用户达5.1亿户。我省…': in a provincial page, the
        country opening an earlier clause of the sentence scopes the later ones, until a region is named
        (not "（全国…）" in brackets, nor a yardstick: "增速高于全国12.9个百分点")."""
        if not self.has_chinese:
            return False
        last = None
        for last in _ZH_NATIONAL_CLAUSE.finditer(self.text, sent.start, lo):
            pass
        if last is None:
            return False
        return not _ZH_REGION.search(self.text, last.end(), lo) and not _ZH_OWN_SCOPE.search(self.text, last.end(), lo)

    def _national_carried(self, sent: Sentence, lo: int) -> bool:
        """'Across China, 1.396 million 5G base stations had been built ... The number of 5G mobile
        phone users hit 497 million': in a regional page, a sentence that opens on the whole country
        scopes the next one of its paragraph, unless that one names a region."""
        k = sent.index - 1
        if k < 0 or self.sentences[k].para != sent.para and not _OPEN_LINE_END.search(self.text, self.sentences[k].start, self.sentences[k].end):
            return False   # (a line ending on "；" goes on in the next: "…稳居全球第一；\n新能源汽车产销分别完成…")
        prev = self.sentences[k]
        if self.has_chinese and self.text.startswith("其中", sent.start):
            # "…，2017年全国汽车产销分别完成…。其中，新能源汽车产销分别为…": a part of the country's figure before
            last = None
            for last in _ZH_NATIONAL_CLAUSE.finditer(self.text, prev.start, prev.end):
                pass
            if last is not None and not _ZH_REGION.search(self.text, last.end(), prev.end) \
                    and not _ZH_OWN_SCOPE.search(self.text, last.end(), prev.end) and not _ZH_OWN_SCOPE.search(self.text, sent.start, lo):
                return True
        if self.has_chinese and _ZH_NATIONAL_OPENER.match(self.text, prev.start):
            # "截至6月底，全国5G基站累计达到293.7万个…。具备千兆网络服务能力的10G PON端口数达2029万个"
            return not (_ZH_OWN_SCOPE.search(self.text, sent.start, lo) or _ZH_PLACE_NAME.search(self.text, sent.start, lo))
        return _NATIONAL_OPENER.match(self.low, prev.start) is not None \
            and not _has_words(self.low[sent.start:lo], _REGION_WORDS, _REGION_BIGRAMS)

    def _china_before(self, sent: Sentence) -> bool:
        """'On NEVs, China is in a league of its own. Sales of NEVs there surged 53 per cent':
        the sentence before (same paragraph) names China and no other country."""
        k = sent.index - 1
        if k < 0 or self.sentences[k].para != sent.para:
            return False
        prev = self.sentences[k]
        return _CHINA_NAMED.search(self.text, prev.start, prev.end) is not None \
            and _FOREIGN.search(self.text, prev.start, prev.end) is None

    def _zh_scope_carried(self, sent: Sentence, lo: int) -> bool:
        """'截至9月底，全省累计建成5G基站11.2万个，…，5G移动电话用户达2860万户；千兆宽带用户达1012万户':
        a province's or city's own scope stated earlier in the sentence (全省, or the place opening a
        clause: "，广东累计建成…") covers its later clauses, until a national mark ("全国…") opens one."""
        last = None
        for last in _ZH_OWN_SCOPE.finditer(self.text, sent.start, lo):
            pass
        for m in _ZH_PLACE_OPENS.finditer(self.text, last.end() if last else sent.start, lo):
            last = m
        if last is None:
            # a paragraph whose lead sentence states the province's own scope keeps it ("2025年，全省规模以上
            # 工业增加值…。…；软件业务收入约2.1万亿元", "【山东工信】 记者从省工业和信息化厅获悉，2021年，我省…。")
            k = sent.index
            while k > 0 and self.sentences[k - 1].para == sent.para:
                k -= 1
            if k == sent.index:
                return False
            first = self.sentences[k]
            # (or the place opening one of its clauses: "记者从广东省工业和信息化厅获悉，上半年，广东规模以上工业
            # 增加值同比增长17.4%。其中，…高技术制造业增加值增长17.6%")
            last = _ZH_OWN_SCOPE.search(self.text, first.start, first.end) \
                or _ZH_PLACE_OPENS.search(self.text, first.start, first.end)
            if last is None:
                # (or after a heading-like lead, a later sentence's "全省": "产业结构加快调整。上半年，全省高技术制造业
                # 增加值…。新能源汽车产量1.8万辆")
                for m in _ZH_OWN_SCOPE.finditer(self.text, first.end, self.sentences[sent.index - 1].end):
                    last = m
            if last is None or _NATIONAL_MARK.search(self.text, first.start, last.start()):
                return False
        # "约占全国的18%，稳居全国第一": the country as a yardstick opens no national clause
        between = _ZH_NATIONAL_YARDSTICK.sub(_blank, self.text[last.end():lo])
        # (nor does the place after the ministry's word: "北京持续扶植专精特新企业。工信部称已累计培育…")
        return not _NATIONAL_MARK.search(between) and not _ZH_NATIONAL_SOURCE.search(between)

    # --- periods -----------------------------------------------------------------------
    def _choose_expr(self, exprs: list[PeriodExpr], pos: int, sent: Sentence, same_segment_only: bool):
        # "... from the 28.2 percent growth recorded for the whole of 2025, when NEV sales reached
        # 16.49 million": the period the "when" clause hangs on (even a comparison's)
        k = bisect_right(self.period_starts, pos) - 1
        while k >= 0 and self.periods[k].start >= sent.start:
            e = self.periods[k]
            if e.end <= pos:
                if _WHEN_CLAUSE.fullmatch(self.text, e.end, pos):
                    return e
                break
            k -= 1
        if not exprs:
            return None
        seg_a = _segment_start(self.text, sent.start, pos)
        seg_b = _segment_end(self.text, pos, sent.end)
        seg = [e for e in exprs if seg_a <= e.start < seg_b and not (e.start > pos and self._bracketed_statement(pos, e))]
        if len(seg) > 1 and any(e.kind != "now" for e in seg):
            seg = [e for e in seg if e.kind != "now"]   # "By the end of April, ... now cover 54": the date wins
        before = [e for e in seg if e.start < pos]
        opened = self.text.rfind("(", before[-2].end, before[-1].start) if len(before) > 1 else -1
        closed = self.text.find(")", before[-1].end, pos) if opened >= 0 else -1
        aside = closed >= 0 and self.text.rfind(")", opened, before[-1].start) < 0 \
            and self.text[opened + 1:closed].strip() != self.text[before[-1].start:before[-1].end]
        # (the only one, with a figure of its own: "新能源汽车生产340471辆（2014年为78499辆），销售331092辆")
        if aside or len(before) == 1 and self._in_closed_aside(before[-1], sent.start, pos):
            # "RMB4,905bn in Jan-May (the H1 print is due later this month), up 11.6% y/y": an aside's
            # (not a restatement's: "“十四五”以来（2021年至2025年6月），…累计产量突破4000万辆")
            before.pop()
        if len(before) > 1 and before[-1].kind == "vague" and _CLAUSE_COMMA.search(self.text, before[-1].end, pos) \
                and _AVERAGE_BEFORE.search(self.text, max(sent.start, before[-1].start - 40), before[-1].start):
            before.pop()   # "grew 9.6% in 2021, for an average of 6.1% over the two years, while high-tech ... 18.2%"
        if len(before) > 1 and _DRILL_RATE_BEFORE.search(self.text, max(sent.start, before[-1].start - 40), before[-1].start) \
                and self._within(before[-1], before[-2]) and _WHILE_CLAUSE.match(self.text, before[-1].end, pos) \
                and self._slice(self.hit_starts, self.hits, before[-1].end, pos):
            # "rose 6.4% in the first six months and 6.8% in June, while equipment manufacturing and high-tech
            # manufacturing grew 10.2% and 9.5%": the month drills into the first figure only
            before.pop()
        if before and _EVENT_TIME.search(self.text, max(sent.start, before[-1].start - 40), before[-1].start) \
                and (colon := self.text.find(": ", before[-1].end, pos)) >= 0 and not self._slice(self.num_starts, self.nums, before[-1].end, colon):
            # "The subsidy cut in June took its toll on new energy vehicles: production of 1.242 million …": the
            # event's time, not the figures'
            seg.remove(before.pop())
        if len(before) > 1 and self._trails_other_clause(before[-1], pos, sent):
            # "in the first three months, with factory output accelerating in March and sales of NEVs
            # climbing to nearly 300,000": the month ends the clause before, not this one's
            before.pop()
        if len(before) > 1 and self.has_chinese and self.text.rfind("其中", max(sent.start, before[-1].start - 3), before[-1].start) >= 0 \
                and self._within(before[-1], before[-2]):
            # "2020年全年…增长2.8%，其中12月同比增长7.3%，高技术制造业、装备制造业增加值分别同比增长7.1%和6.6%":
            # the month drilled into ends with its figure's clause; a clause with a subject of its own is the year's
            cut = max(self.text.rfind("，", before[-1].end, pos), self.text.rfind(",", before[-1].end, pos))
            if cut > 0 and self._slice(self.num_starts, self.nums, before[-1].end, cut) \
                    and self._slice(self.zh_starts, self.zh_hits, cut, pos):
                before.pop()
        if before:
            # "After a slump in the first quarter, production reached A in 2020", "staged a comeback
            # in the second half, with output growing 2.8% for the whole year": a period in another
            # comma clause yields to one in the figure's own clause after it
            # (also across a colon: "momentum faded at the end of the year: output rose 1.3% in December")
            # (not past a cause: "In 2020, sales had fallen 1.9 percent as the pandemic shut factories in
            # the first quarter")
            # (nor another figure's: "up 6.6% YoY and above the previous record of 97.85 million tonnes set in April")
            own_after = [e for e in seg if e.start > pos and not _CLAUSE_COMMA.search(self.text, pos, e.start)
                         and not _REASON_CLAUSE.search(self.text, pos, e.start) and not self._rate_base(pos, e)
                         and not (_SET_IN_BEFORE.search(self.text, max(pos, e.start - 24), e.start)
                                  and self._slice(self.num_starts, self.nums, pos + 1, e.start))]
            ob = self.text.rfind("(", before[-1].end, pos) if own_after else -1
            if ob >= 0 and self.text.find(")", ob, pos) < 0 and 0 <= self.text.find(")", pos, sent.end) > own_after[0].start:
                return own_after[0]   # "… in November (IP grew only 5.4% yoy in November 2018)": the bracket's own
            if own_after and (_CLAUSE_COMMA.search(self.text, before[-1].end, pos) or self.text.find(": ", before[-1].end, pos) >= 0
                              # "got off to a solid start in 2017 as the value added … expanded 6.8 percent in
                              # the first quarter": a part of the period before, in the figure's own clause
                              or not self.has_chinese and self._within(own_after[0], before[-1])
                              # "recovered in the second half of 2020 to reach 1.367 million units for the
                              # year": the whole year the figure ends on
                              or (own_after[0].m1, own_after[0].m2) == (1, 12) and self._within(before[-1], own_after[0])
                              and _TO_REACH_BETWEEN.search(self.text, before[-1].end, pos)):
                return own_after[0]
            return before[-1]
        # after the figure: only in its own clause ("reached 1.2 million in 2019"), not in a later
        # one ("..., down 4.0 percent, as subsidies were slashed in June")
        after = [e for e in seg if e.start > pos and (not _CLAUSE_COMMA.search(self.text, pos, e.start)
                                    or not self.has_chinese and _COMMA_THEN_PERIOD.search(self.text, pos, e.start))   # (zh: "，9月当月…" is the next clause's)
                 and not _REASON_CLAUSE.search(self.text, pos, e.start)   # (nor a cause's: "… to 393,000 after Beijing cut subsidies last year")
                 and not self._rate_base(pos, e)]   # (nor a rate's base: "an increase of 333.7% over 2014's total")
        if after:
            return after[0]
        if same_segment_only:
            return None
        # another segment's period: one stated before ("In 2024, A ...; B ..."), never one that
        # belongs to a later clause's own figure ("A hit 7.8 GB; in December, B reached 8.6 GB")
        # (not a drill-down's: "前三季度…增长6.2%，其中9月份增长6.5%；装备制造业…分别增长9.7%和9.6%")
        # (nor one drilling into the period before it: "2020年，…增长2.8%，12月份增长7.3%；高技术制造业…分别增长7.1%和6.6%")
        # (nor the month before's rate in passing: "增长1.0%，4月份为下降8.5%；高技术制造业…增长4.0%")
        earlier = [e for e in exprs if e.start < seg_a
                   and not _DRILL_BEFORE.search(self.text, max(sent.start, e.start - 12), e.start)
                   and not (self.has_chinese and _ZH_PERIOD_WAS_ASIDE.match(self.text, e.end))
                   and not self._in_closed_aside(e, sent.start, pos)]   # (nor a bracket's: "生产340471辆（2014年为78499辆），销售331092辆")
        while len(earlier) > 1 and self._drills_into(earlier[-1], earlier[:-1]):
            earlier.pop()
        return earlier[-1] if earlier else None

    def _in_closed_aside(self, e: PeriodExpr, lo: int, pos: int) -> bool:
        """e stands in brackets that close before pos, with a figure of their own ("生产340471辆（2014年为78499辆），
        销售331092辆"; not a label's "(Jan-Feb data)")."""
        opened = self.text.rfind("(", lo, e.start)
        closed = self.text.find(")", e.end, pos) if opened >= 0 and self.text.find(")", opened, e.start) < 0 else -1
        return closed >= 0 and bool(self._slice(self.num_starts, self.nums, e.end, closed))

    def _rate_base(self, pos: int, e: PeriodExpr) -> bool:
        """'333.7% over 2014's total': the year a rate at `pos` is measured against (not "from January to May")."""
        return bool(_RATE_OVER.fullmatch(self.text, pos, e.start) and _YEAR_AHEAD.match(self.text, e.start))

    def _within(self, e: PeriodExpr, b: PeriodExpr) -> bool:
        """e names a shorter period inside b's."""
        p = resolve(e, self.ctx) if not e.comparison else None
        q = resolve(b, self.ctx) if not b.comparison else None
        return p is not None and q is not None and not q.instant and q.start <= p.start and p.end <= q.end and p != q

    def _drills_into(self, e: PeriodExpr, before: list[PeriodExpr]) -> bool:
        """A period inside a longer one named before it in the sentence, with the longer one's figure
        between them: a part of the whole just stated (not "今年1-9月", one date)."""
        p = resolve(e, self.ctx) if not e.comparison else None
        if p is None or p.instant:
            return False
        for b in before:
            q = resolve(b, self.ctx) if not b.comparison else None
            if q is not None and not q.instant and q.start <= p.start and p.end <= q.end and q != p \
                    and self._slice(self.num_starts, self.nums, b.end, e.start):
                return True
        return False

    def _trails_other_clause(self, e: PeriodExpr, pos: int, sent: Sentence) -> bool:
        """A period that closes a clause with a subject of its own, before "and" opens the figure's clause."""
        j = _AND_CLAUSE.match(self.text, e.end)
        if j is None or j.end() > pos or not self._slice(self.hit_starts, self.hits, j.end(), pos):
            return False
        c0 = _clause_start(self.text, sent.start, e.start)
        return bool(self._slice(self.hit_starts, self.hits, c0, e.start))

    def _closed_bracket_statement(self, e: PeriodExpr, pos: int, sent: Sentence) -> bool:
        """A period inside brackets closed before pos, with a figure of its own there."""
        text = self.text
        o = max(text.rfind("(", sent.start, e.start), text.rfind("（", sent.start, e.start))
        if o < 0 or max(text.rfind(")", o, e.start), text.rfind("）", o, e.start)) > o:
            return False
        c = min([j for j in (text.find(")", e.end, pos), text.find("）", e.end, pos)) if j >= 0] or [pos])
        return c < pos and bool(self._slice(self.num_starts, self.nums, e.end, c))

    def _bracketed_statement(self, pos: int, e: PeriodExpr) -> bool:
        """'down 27.4% (in November the drop was 43.7%)': a period inside brackets opened after the
        figure, with a figure of its own there, is that figure's."""
        text = self.text
        o = max(text.rfind("(", pos, e.start), text.rfind("（", pos, e.start))
        if o < 0 or max(text.rfind(")", o, e.start), text.rfind("）", o, e.start)) > o:
            return False
        c = min([j for j in (text.find(")", e.end), text.find("）", e.end)) if j >= 0] or [len(text)])
        return bool(self._slice(self.num_starts, self.nums, o, c))

    def flow_period(self, num: Num, sent: Sentence, state) -> Period | None:
        tl = _THE_LONGER_AFTER.match(self.text, num.end)
        if tl:
            # "Its value added fell 5.9% in the quarter but rose 8.9% in March": not the month named later
            # ("continued to gain traction in the third quarter, with … growing 5.8 percent in the quarter")
            named = [e for e in state["exprs"] if sent.start <= e.start < num.start and not e.comparison]
            return self._the_longer(tl.group(1), state["inherited"], resolve(named[-1], self.ctx) if named else None)
        if self.has_chinese:
            cut = max(self.text.rfind(c, sent.start, num.start) for c in ",;:")
            ly = _ZH_SAME_PERIOD_LAST_YEAR.match(self.text, cut + 1 if cut >= 0 else sent.start)
            prev = max(self.text.rfind(c, sent.start, cut) for c in ",;:") if cut > sent.start else -1
            if not ly and prev >= 0 and not self._slice(self.num_starts, self.nums, prev, num.start):
                # "不过，去年同期受新冠肺炎疫情冲击，规上工业增加值同比下降13.5%": the clause before names it
                ly = _ZH_SAME_PERIOD_LAST_YEAR.match(self.text, prev + 1)
                ly = ly if ly and not ly.group("p") and not self._slice(
                    self._all_period_starts, self.periods, ly.end(), num.start) else None
            if ly:
                # "去年同期（1-2月）新能源汽车销量为189.3万辆": the same months a year before
                ex = next((e for e in self.periods if ly.group("p") and e.start == ly.start("p")), None)
                base = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" and ex.year is None else \
                    state["inherited"] if not ly.group("p") and isinstance(state["inherited"], Period) else None
                k = bisect_left(self.period_starts, sent.start) - 1
                if not ly.group("p") and state.get("month") is not None and k >= 0 and not self.periods[k].comparison \
                        and self.periods[k].start >= self.sentences[max(0, sent.index - 1)].start \
                        and resolve(self.periods[k], self.ctx) == state["month"]:
                    base = state["month"]   # "…；7月当月DOU达17.13GB。上年同期的DOU为15.5GB": the month named last
                return _year_shifted(base, base.end.year - 1) if base is not None and not base.instant else None
        ex = self._choose_expr(state["exprs"], num.start, sent, False)
        if ex is not None:
            p = resolve(ex, self.ctx)
            if p is None:
                return None
            if p.instant:
                return Period(p.end.replace(month=1, day=1), p.end, False)   # "by the end of 2025": the year
            return p
        tm = _THE_MONTH.search(self.text, sent.start, sent.end) if state.get("month") is not None else None
        if tm and not (tm.start() > num.end and _CLAUSE_COMMA.search(self.text, num.end, tm.start())):
            # "In June alone, ... Sales, which stood at X in the month, ..." (not a later clause's: "dropped
            # 18.9% to 734,000 units, although September sales hit a record for the month")
            return state["month"]
        base = next((e for e in self._slice(self.period_starts, self.periods, num.end, sent.end) if e.comparison and e.kind == "interval"
                     and _COMPARED_WITH_MONTH.fullmatch(self.text, num.end, e.start)), None)
        if base is not None and num.unit == "percent":
            # "Automobile production declined 0.6% compared with August 2018": the same month a year on
            p = resolve(base, self.ctx)
            p = _year_shifted(p, p.end.year + 1) if p is not None and not p.instant and p.start.month == p.end.month else None
            return p if p is not None and (self.ctx.event_date is None or p.end <= self.ctx.event_date) else None
        mb = _MONTH_BRACKET_AFTER.match(self.text, num.end)
        if mb and self.ctx.event_date is not None:
            # "high-tech manufacturing expanded 8.9% YoY (Oct: 8.2%)": the month after the bracket's
            before = _named_month_before(mb.group("mon")[:3], self.ctx.event_date).end
            y, m = before.year + (before.month == 12), before.month % 12 + 1
            p = Period(date(y, m, 1), _month_end(y, m), False)
            dp = self.ctx.doc_period
            if dp is not None and not dp.instant and dp.start == p.start and dp.end > p.end:
                p = dp   # ("(Dec: +4.3%)" in a note on January-February: the months reported together)
            return p if p.end <= self.ctx.event_date else None
        if self._stray(state, num):
            return None   # the sentence names a date we could not read: don't guess another
        if sent.index > 0 and _OVER_THE_SAME.search(self.text, sent.start, num.start):
            # "… 2.96 million vehicle sales in November, and 25.91 million for the first eleven months. Production
            # over the same period amounted to 25.87 million": the period named last before, not the first
            prev = self.sentences[sent.index - 1]
            named = [e for e in self._slice(self.period_starts, self.periods, prev.start, prev.end)
                     if not e.comparison and e.kind == "interval"]
            p = resolve(named[-1], self.ctx) if named and prev.para == sent.para else None
            if p is not None and not p.instant:
                return p
        inherited = state["inherited"]
        lm = _THE_LONGER.search(self.text, sent.start, sent.end) if isinstance(inherited, Period) or inherited is None else None
        if lm and (inherited is None or not inherited.instant):   # (nothing carried: not the briefing's month either)
            # "March output grew 14.1%. High-tech manufacturing expanded 31.2% in the quarter": not March's
            return self._the_longer(lm.group(1), inherited)
        if inherited is not None:
            if inherited == "vague":
                return None
            if not inherited.instant and inherited.start.month == inherited.end.month > 1 and self.has_chinese \
                    and "累计" in self.text[sent.start:num.start]:
                # "其中，10月份完成收入958亿元。电信业务总量累计完成28339亿元": the year to that month
                return Period(inherited.start.replace(month=1), inherited.end, False)
            return inherited if not inherited.instant else Period(inherited.end.replace(month=1, day=1), inherited.end, False)
        dp = self.ctx.doc_period
        if dp is not None and (dp.end - dp.start).days > 366:
            return None   # a five-year-plan briefing: an undated flow is some year of it, not all five
        return dp

    def _the_longer(self, word: str, inherited, named: Period | None = None) -> Period | None:
        """"in the quarter" / "in the half": the one named before it in the sentence, or the period
        carried on when it is one, else the briefing's when it is one (a quarter's figure in a
        briefing on the first half has no date here)."""
        months = {"quarter": 3, "half": 6}[word.lower()]
        for p in (named, inherited if isinstance(inherited, Period) else None, self.ctx.doc_period):
            if p is not None and not p.instant and _months(p) == months:
                return p
        for p in (inherited if isinstance(inherited, Period) else None, self.ctx.doc_period):
            if p is not None and not p.instant and _months(p) == 1 and p.end.month % months == 0:
                # "jumped 8.5% in March. … Output rose 6.5% for the quarter as a whole": the quarter March closes
                # (also a monthly note on March's data: "For the quarter as a whole, …")
                return Period(p.end.replace(month=p.end.month - months + 1, day=1), p.end, False)
        return None

    def stock_period(self, num: Num, sent: Sentence, state) -> Period | None:
        ex = self._choose_expr(state["exprs"], num.start, sent, True)
        if ex is not None and ex.start > num.end and _has_words(self.low[num.end:ex.start], _TARGET_WORDS, _TARGET_BIGRAMS):
            ex = None   # "reached 889 million — a threshold the industry expects to cross by mid-year": the forecast's date
        if ex is not None and ex.end <= num.start and self.text.startswith(")", ex.end) \
                and _FIGURE_THEN_BRACKET.search(self.text, max(sent.start, ex.start - 12), ex.start):
            return None   # "Software revenue growth of over 24% (Jan-May) and nearly 1 million 5G base stations": the other figure's months
        if ex is not None and ex.kind in ("vague", "fyp"):
            ex = None   # "Over the 14th Five-Year Plan period, … rose from 718,000 … to 4.838 million at the end of 2025": a date of its own
        if ex is not None and ex.end <= num.start and self._closed_bracket_statement(ex, num.start, sent):
            ex = None   # "达8.05亿户（2022年末为5.61亿户），占移动电话用户的46.6%": the bracket's own date
        if ex is None:
            # (not the date of a forecast later in the sentence: "has built 690,000, ... adding that
            # the number is expected to surpass 800,000 by the end of the year")
            # (nor a date after the briefing: "…，下一步…到2027年培育一批…")
            # (nor the date of a contrast: "千兆宽带用户达2.4亿户，…，而“十三五”末这一数字仅为640万户")
            asofs = [e for e in state["exprs"] if e.kind == "asof" and not (
                e.end <= num.start and self._closed_bracket_statement(e, num.start, sent)) and not (
                e.start > num.end and (_has_words(self.low[num.end:e.start], _TARGET_WORDS, _TARGET_BIGRAMS)
                                       or _CONTRAST_CLAUSE.search(self.text, num.end, e.start)
                                       # (nor a bracket's own: "5G移动电话用户达8.05亿户（2022年末为5.61亿户）")
                                       or self._bracketed_statement(num.end, e)
                                       # (nor a later clause's own: "项目超1.1万个；截至2023年底，已累计培育绿色工厂5095家")
                                       or ";" in self.text[num.end:e.start] and self._slice(self.num_starts, self.nums, e.end, sent.end)
                                       or self._after_briefing(resolve(e, self.ctx))))]
            ex = asofs[0] if asofs else None
        if ex is not None and ex.end <= num.start and _ZH_NOW_CLAUSE.search(self.text, ex.end, num.start):
            ex = None   # "2019年6月，…发放5G商用牌照，目前全国已开通5G基站超过13万个": now, not that month
        if ex is not None:
            if ex.kind in ("target",):
                p = resolve(ex, self.ctx)
                return p
            if ex.kind in ("vague", "fyp"):
                ex = None
            else:
                p = resolve(ex, self.ctx)
                if p is None:
                    return None
                if ex.kind == "now" and self._after_briefing(p):
                    # "5G-A networks now cover more than 300 cities" in a plan review given before the plan
                    # ends: the latest date it reports to, named before
                    return self._latest_asof(num.start)
                return Period(p.end, p.end, True)
        if self._stray(state, num):
            return None
        if state["inherited_asof"] is not None:
            return state["inherited_asof"]
        dp = self.ctx.doc_period
        if dp and self._after_briefing(Period(dp.end, dp.end, True)):
            # a review of a five-year plan given before the plan ends ("“十四五”时期…", July 2025): the
            # latest date it reports to, named before the figure
            return self._latest_asof(num.start)
        return Period(dp.end, dp.end, True) if dp else None

    def _latest_asof(self, pos: int) -> Period | None:
        dates = [p for p in (resolve(e, self.ctx) for e in self.periods[:bisect_left(self.period_starts, pos)]
                             if e.kind == "asof" and not e.comparison)
                 if p is not None and not self._after_briefing(p)]
        return max(dates, key=lambda p: p.end, default=None)

    def _figureless_lead(self, sent: Sentence, exprs: list[PeriodExpr], nums, lead):
        """(paragraph, period) of a figureless paragraph that names one interval of the reporting period,
        while nothing is read yet."""
        if nums and not all(n.unit == "time" for n in nums) \
                or lead is not None and lead[0] == sent.para:
            return None   # (a figure of years is no figure: "slowed to its weakest pace in more than 17 years in July")
        spans = [e for e in exprs if e.kind == "interval"]
        if len(spans) != 1 or not self.text.startswith(".", sent.end - 1) or self._caption(sent):
            return None
        p = resolve(spans[0], self.ctx)
        dp = self.ctx.doc_period
        # (within the reporting period: "Korea may have launched 5G in April 2019, but China is pulling away" is background)
        return (sent.para, p) if p is not None and dp is not None and dp.start <= p.start and p.end <= dp.end else None

    def _after_briefing(self, p: Period | None) -> bool:
        ev = self.ctx.event_date
        return p is not None and ev is not None and (p.end - ev).days > _FUTURE_GRACE_DAYS

    def period_for(self, ind: Indicator, num: Num, sent: Sentence, state) -> Period | None:
        return self.stock_period(num, sent, state) if ind.instant else self.flow_period(num, sent, state)

    # --- main loop -----------------------------------------------------------------------
    def _tables(self) -> None:
        """Rows of a statistical table ("粗钢产量(万吨) 80837 1.2" under "指标名称 2016年 比上年增长(%)"):
        a row whose label is one catalogue indicator, in a unit of that indicator, gives a level per
        period column and a rate per growth column. A figure the prose already read stays the prose's."""
        text = self.text
        for table in tables.find_tables(text):
            title_year = _TABLE_TITLE_YEAR.search(table.title)
            # "Figure 1: Selected output indicators, H1 2024" in a note on June: the title's own period
            t0 = text.rfind(table.title, 0, table.columns[0].start) if table.title and table.columns else -1
            own = [e for e in self.periods if t0 >= 0 and t0 <= e.start and e.end <= t0 + len(table.title)
                   and e.kind == "interval" and not e.comparison]
            title_p = resolve(own[0], self.ctx) if len(own) == 1 else None
            tm = _TABLE_TITLE_MONTH.search(table.title) if title_p is None and not own else None
            if tm:
                # "Table 1: Output of selected products, March 2023" (a month ending the title)
                y, m = int(tm.group(2)), MONTHS[tm.group(1).rstrip(".").lower()]
                title_p = Period(date(y, m, 1), _month_end(y, m), False)
            yoy_table = _TABLE_YOY.search(table.title) is not None
            tu = _TABLE_TITLE_UNIT.search(table.title)
            title_unit = tu.group(1) if tu and _table_unit(tu.group(1)) else None   # "… shipments, 2019 (million units)"
            last_ind = None
            for row in table.rows:
                ind = self._table_indicator(row, table) if not (row.growth and _TABLE_GROWTH_ONLY.fullmatch(text, row.label_start, row.label_end)) else last_ind
                last_ind = ind if not row.growth else last_ind
                if ind is None:
                    continue
                share = row.unit is not None and "%" in row.unit and ind.unit == "percent"   # ("5G share of users (%)")
                pct = row.unit is not None and "%" in row.unit and not share
                # ("高技术制造业(%)" under "绝对量 同比增长(%)": its growth column's unit, read there only)
                growth_cols_only = pct and row.unit.strip() == "%" and any(c.kind == "growth" for c in table.columns)
                if pct and not growth_cols_only and (not _TABLE_YOY_UNIT.search(row.unit) or "mma" in row.unit.lower()):
                    continue   # ("(% of total)", "(%YoY, 3mma)"): not a year-on-year rate
                ytd = pct and "ytd" in row.unit.lower() or _TABLE_YTD_LABEL.search(text, row.label_start, row.label_end) is not None
                scale = ("percent", 1.0) if share and row.unit.strip() == "%" else _table_unit(row.unit) if row.unit and not pct \
                    else _table_unit(title_unit) if title_unit and row.unit is None else None
                prev_period = None
                values = [c for c in table.columns if c.kind != "unit"]
                for i, (col, cell) in enumerate(zip(values, row.cells)):
                    if col.kind == "change":
                        continue
                    period = self._table_period(col, ind, title_year, title_p) if col.kind != "growth" else None
                    if col.kind != "growth":
                        prev_period = period
                    if cell is None or col.estimate or growth_cols_only and col.kind != "growth" or text[cell[0]] == "净":
                        continue   # (a net change, "净增106.5", is no level)
                    n = next((q for q in self._slice(self.num_starts, self.nums, cell[0], cell[1])), None)
                    if n is None or id(n) in self.claimed:
                        continue   # (a "-" cell between two figures is no range: "88.27 - 256.55")
                    times = text[cell[1] - 1] == "倍"   # ("| 3.9倍 |" under "同比增长": up 390%)
                    v = float(text[cell[0]:cell[1]].replace(",", "").rstrip("%倍")) * (100 if times else 1)
                    v = round(v, 6)
                    if ytd and period is not None and not period.instant and period.start.month == period.end.month != 1:
                        period = Period(period.start.replace(month=1), period.end, False)   # "IP ytd (% y/y)" under "Oct-15": January-October
                    if ytd and (period is None or period.start.month != 1):
                        continue   # (the year to date, not the month)
                    # ("IP (above desig. size)" in "Industrial production, YoY %": a gloss in brackets, no unit)
                    gloss = row.unit is not None and not pct and scale is None
                    # ("规模以上工业增加值 -2.9% +4.0%" under "4月 1至4月": a rate in the cell itself)
                    cell_rate = text[cell[1] - 1] == "%" and ind.unit != "percent" and (text[cell[0]] in "+-" or ind.id.endswith("_value_added"))
                    if col.kind == "growth" or row.growth or pct or cell_rate or ((row.unit is None or gloss) and yoy_table and not ind.instant):
                        p = prev_period if col.kind == "growth" else period
                        if col.kind == "growth" and col.months is not None:   # ("Jun-23 y/y": its own month's)
                            p = self._table_period(tables.Column("period", 0, 0, col.year, col.months), ind, title_year, title_p)
                        if col.kind == "growth" and p is None:
                            p = self._table_period(tables.Column("level", 0, 0), ind, title_year, title_p)
                        if p is not None and not p.instant and not ind.instant:
                            self._emit(ind.id, "yoy_pct", n, p, self.sentences[n.sentence], v)
                        continue
                    if times:
                        continue
                    cell_scale = scale if row.cell_units is None else _cell_scale(row.cell_units[i], scale, "," in text[cell[0]:cell[1]])
                    if cell_scale is None and row.unit is None and row.cell_units is None and "," in text[cell[0]:cell[1]]:
                        cell_scale = (None, 1.0)   # ("NEV sales | 516,000": a count written out in full needs no unit)
                    if cell_scale is None or cell_scale[0] not in (ind.unit, None) or cell_scale[0] is None and ind.unit != "count" or period is None:
                        continue
                    self._emit(ind.id, "level", n, period, self.sentences[n.sentence], round(v * cell_scale[1], 6))

    def _table_indicator(self, row: tables.Row, table: tables.Table) -> Indicator | None:
        """The one catalogue indicator a table row's label names, all of it (a region's, a company's
        or a sector's row names none)."""
        text = self.text
        label = text[row.label_start:row.label_end]
        gm = _TABLE_GROWTH_SUFFIX.search(label)
        if gm:
            label = label[:gm.start()]
        if not label.isascii():
            zh = _zh_phrases()
            key = label.strip()
            ids = zh.get(key)
            if ids is None and ("产量" in table.title or "产品" in table.title or "产量" in row.section or "产品" in row.section):
                ids = zh.get(key + "产量")   # "主要产品产量 … 粗钢(万吨)": the product's output
            if ids is None and _ZH_OUTPUT_UNIT.fullmatch((row.unit or "").strip()) and "销" not in table.title + row.section:
                ids = zh.get(key + "产量")   # "…工业生产主要数据 … 粗钢 | 万吨 | 7737": a product in a unit of things made
            if ids is None and key.endswith("业") and ("行业" in row.section or "增加值" in table.title or (row.unit or "").strip() == "%"):
                # "主要行业 … 计算机、通信和其他电子设备制造业 … 10.4", "高技术制造业(%) … 7.6": its value added
                ids = zh.get(key + "增加值")
            return self.cat.get(ids[0]) if ids and len(ids) == 1 else None
        # (a broker's shorthand: "IP", "IVA", "High-tech mfg VA")
        label = _TABLE_SHORTHAND.sub(lambda m: _TABLE_SHORTHAND_FOR[m.group().lower()], label.strip())
        low = lower_ascii(label)
        hits = [Hit(m.start(), m.end(), role) for m, role in phrase_index().matcher.finditer(low)]
        rest = low
        for h in reversed(hits):
            rest = rest[:h.start] + " " * (h.end - h.start) + rest[h.end:]
        if not hits or not _TABLE_LABEL_REST.fullmatch(rest):
            return None
        nouns = [h for h in hits if h.role.role == "noun"]
        combos = [h for h in hits if h.role.role == "combo"]
        subj = [h for h in hits if h.role.role == "subj"]
        attr = [h for h in hits if h.role.role == "attr"]
        if len(hits) == 1 and nouns:
            ind_id = nouns[0].role.key
        elif len(hits) == 1 and combos:
            ind_id = FLOW_PAIRS.get(combos[0].role.key)
        elif len(hits) == 2 and len(subj) == 1 and len(attr) == 1 and (subj[0].start < attr[0].start
                                                                       or re.fullmatch(r"\s*:\s*", low[attr[0].end:subj[0].start])):
            ind_id = FLOW_PAIRS.get((subj[0].role.key, attr[0].role.key))   # (also "Output: crude steel")
        elif len(hits) == 1 and subj and subj[0].role.key in ("hightech", "equipment", "electronics", "consumer") \
                and _TABLE_YOY.search(table.title):
            ind_id = FLOW_PAIRS.get((subj[0].role.key, "va"))   # "Selected industrial indicators (% YoY) … High-tech manufacturing": its value added
        elif len(hits) == 1 and subj and len(title_attrs := {m_role.key for m, m_role in phrase_index().matcher.finditer(lower_ascii(table.title))
                                                             if m_role.role == "attr"}) == 1 \
                and FLOW_PAIRS.get((subj[0].role.key, next(iter(title_attrs)))) is not None:
            ind_id = FLOW_PAIRS.get((subj[0].role.key, next(iter(title_attrs))))   # "China 5G smartphone shipments … 5G phones": the title's
        elif len(hits) == 1 and attr and len(title_subjs := {m_role.key for m, m_role in phrase_index().matcher.finditer(lower_ascii(table.title))
                                                             if m_role.role == "subj"}) == 1 \
                and FLOW_PAIRS.get((next(iter(title_subjs)), attr[0].role.key)) is not None:
            ind_id = FLOW_PAIRS.get((next(iter(title_subjs)), attr[0].role.key))   # "Table 1: Autos, January-February 2023 … Production": the title's
        elif len(hits) == 1 and subj and _TABLE_OUTPUT_TITLE.search(table.title + " " + row.section):
            ind_id = FLOW_PAIRS.get((subj[0].role.key, "prod"))   # "Output of selected industrial products … Crude steel mn t": its output
        elif len(hits) == 1 and subj and [a for s_, a in FLOW_PAIRS if s_ == subj[0].role.key] == ["prod"] and row.unit \
                and (u := _table_unit(row.unit)) is not None and u[0] == self.cat[FLOW_PAIRS[(subj[0].role.key, "prod")]].unit:
            ind_id = FLOW_PAIRS[(subj[0].role.key, "prod")]   # "Crude steel (mn t)", "Industrial robots ('000 sets)": made, the one flow of a product
        else:
            return None
        return self.cat.get(ind_id) if isinstance(ind_id, str) else None

    def _table_period(self, col: tables.Column, ind: Indicator, title_year: re.Match | None,
                      title_p: Period | None = None) -> Period | None:
        """A column's period: its own ("FY21", "Mar-24", "2016年"), else the table title's period or year,
        else the briefing's period; a stock is as of its end."""
        dp = title_p if title_p is not None and not title_p.instant and col.kind != "period" else self.ctx.doc_period
        ty = int(title_year.group(1) or title_year.group(2)) if title_year else None
        if col.kind == "period":
            y = col.year or ty or (dp.end.year if dp is not None else None)
            if y is None:
                return None
            m1, m2 = col.months or (1, 12)
            if col.year is None and ty is None and col.months and dp is not None and m2 > dp.end.month:
                y -= 1   # "Nov  Dec  Jan" in a note on January: the months before it are last year's
            p = Period(date(y, m1, 1), _month_end(y, m2), False)
        elif dp is not None and not dp.instant and (ty is None or dp.end.year == ty):
            p = dp
        elif ty is not None:
            p = Period(date(ty, 1, 1), date(ty, 12, 31), False)
        else:
            return None
        return Period(p.end, p.end, True) if ind.instant else p

    def run(self) -> list[Candidate]:
        prev_para = -1
        inherited = None
        inherited_asof = None
        last_month = None   # the last single month named in the paragraph: "in the month" is it
        own = None   # (sentence index, the period the sentence names first): "同期" in the next one is it
        para_first = None   # ... and the paragraph's first such
        # Most sentences have neither a number nor a period: group both by sentence once
        # instead of slicing them for every sentence.
        # Sentences with neither are skipped: they change no state (paragraph numbers only grow,
        # so a paragraph change is still seen at the next sentence that is visited).
        exprs_of = _by_sentence(self.sentences, [p for p in self.periods if not p.comparison])
        nums_of = _by_sentence(self.sentences, self.nums)
        heads = self._section_heads(nums_of)
        section = None   # the period a heading line ("January-October") gives the paragraphs under it
        # a wire story's lead with no figure and one period ("China's auto sales rose for a second straight
        # month in November") dates the paragraph after it, where the figures are
        lead = None   # (paragraph, period)
        for k in sorted(exprs_of.keys() | nums_of.keys()):
            sent = self.sentences[k]
            if sent.para != prev_para:
                while heads and heads[0][0] < sent.para:
                    section = heads.pop(0)[1]
                inherited, inherited_asof = section, None
                if section is None and lead is not None and lead[0] == sent.para - 1:
                    inherited = lead[1]
                last_month = None
                para_first = None
                prev_para = sent.para
            elif _NEW_POINT.match(self.text, sent.start) or self.has_chinese and _ZH_NOW_OPENING.match(self.text, sent.start):
                inherited, inherited_asof = None, None
            exprs = exprs_of.get(k) or []
            if exprs and exprs[0].kind == "vague" and self.text.startswith(",", exprs[0].end) \
                    and _VAGUE_ASIDE_BEFORE.search(self.text, max(sent.start, exprs[0].start - 60), exprs[0].start):
                exprs = exprs[1:]   # "Auto sales, a bright spot in recent years, rose 4.7%": an aside's time, not the figure's
            nums = nums_of.get(k)
            if nums and exprs and exprs[-1].start > nums[-1].end \
                    and _EVENT_DATE_BEFORE.search(self.text, nums[-1].end, exprs[-1].start):
                # "… slumped 15.5% to 80k units following the cut in purchase subsidies in June": an event's month
                exprs = exprs[:-1]
            if nums and len(exprs) == 1 and exprs[0].end <= nums[0].start and _LEAD_END.match(self.text, exprs[0].end) \
                    and _EVENT_DATE_BEFORE.search(self.text, max(sent.start, exprs[0].start - 90), exprs[0].start):
                # "Even NEVs are now contracting after the subsidy cut in late June: NEV production …": the
                # event's month, in a lead before the figures
                exprs = exprs[1:]
            if not self.out:
                lead = self._figureless_lead(sent, exprs, nums, lead)
            if nums and (self.text[sent.end - 1:sent.end] in ("?", "？") or self._headline_line(sent)):
                # a question asserts nothing ("Is it true that ... reached 4.5 million?"); a line
                # that reads as a headline (related stories, most viewed) is another article's
                nums = None
            out_n = len(self.out)
            for e in exprs:
                if e.kind == "interval" and e.m1 == e.m2:
                    last_month = resolve(e, self.ctx) or last_month
            if nums and not exprs and own is not None and own[0] == k - 1 and own[1] is not None \
                    and _SAME_PERIOD_LEAD.match(self.text, sent.start):
                # "…其中，11月份…增长13.1%。同期，全部规模以上工业增加值增长6.1%": the month drilled into; after
                # "上半年，…增长11.1%。6月份，…增长11.0%。同期，…增长6.4%", the paragraph's own period
                prev_sent = self.sentences[k - 1]
                drilled = _ZH_OF_WHICH_OPEN.match(self.text, prev_sent.start)
                carried = own[1] if drilled or para_first is None or para_first[0] == k - 1 else para_first[1]
            else:
                carried = inherited
            own = (k, resolve(exprs[0], self.ctx) if exprs and exprs[0].kind != "vague" else None)
            if own[1] is not None and own[1].instant:
                own = None
            if own is not None and own[1] is not None and para_first is None:
                para_first = own
            if nums:
                out_before = len(self.out)
                state = {"exprs": exprs, "inherited": carried, "inherited_asof": inherited_asof,
                         "stray_date": None, "sent": sent, "month": last_month}   # stray_date: computed when first needed
                self._state = state
                hits = self._slice(self.hit_starts, self.hits, sent.start, sent.end)
                stext = self.text[sent.start:sent.end]
                self._specials(sent, stext, nums, state)
                if hits:
                    self._rate_of_flow(sent, hits, nums, state)   # (first: the flow named after its rate takes it)
                    self._level_of_flow(sent, hits, nums, state)
                    self._frames(sent, hits, nums, state)
                    self._that_of(sent, hits, nums, state)
                    self._in_attr(sent, hits, nums, state)
                    self._earned(sent, hits, nums, state)
                    self._verb_flows(sent, hits, nums, state)
                    self._nouns(sent, hits, nums, state)
                    self._bare_sector_growth(sent, hits, nums, state)
                    self._possessive_rate(sent, hits, nums, state)
                    self._mixed_output_list(sent, hits, nums, state)
                    self._total_to(sent, hits, nums, state)
                    self._part_of_flow(sent, hits, nums, state)
                    self._flow_by_participle(sent, hits, nums, state)
                    self._share_with_units(sent, hits, nums, state)
                if not self.has_chinese and _MAKERS_VERB.search(stext):
                    self._makers_flows(sent, nums, state)   # (last: a fallback for a subject the catalogue does not name)
                if not self.has_chinese and nums and ("utput" in stext or "roduc" in stext or " made " in stext or "turned out" in stext):
                    self._topic_output(sent, nums, state)
                zh = self._slice(self.zh_starts, self.zh_hits, sent.start, sent.end)
                if zh:
                    self._zh_tier_run(sent, nums, state)
                    self._chinese(sent, zh, nums, state)
                    self._zh_tier_list(sent, nums, state)
                    self._all_industry_in_brackets(sent, nums, state)
                    if len(self.out) > out_before:
                        self._zh_carried_attr(sent, nums, self.out[out_before:])
                        self._zh_month_of_flow(sent, nums, self.out[out_before:])
                        self._zh_nev_part(sent, nums, self.out[out_before:])
                if len(self.out) == out_before and k > 0 and self.sentences[k - 1].para == sent.para \
                        and _ZH_CARRIED_OPENING.match(self.text, sent.start):
                    self._zh_carried_attr(sent, nums, [c for c in self.out if c.num.sentence == k - 1], opening=True)
                if self._regional:
                    self._national_figures(sent, nums, state)
                if len(self.out) > out_before:
                    self._bare_passive(sent, nums, self.out[out_before:], state)
                    self._second_subject(sent, nums, self.out[out_before:])
                    self._semicolon_restated(sent, nums, self.out[out_before:], state)
                if len(self.out) == out_before and len(nums) >= 2:
                    self._pair_part(sent, hits, nums, state)
                if len(self.out) == out_before and len(nums) >= 2:
                    self._pair_changes(sent, nums)
                if len(self.out) == out_before:
                    self._detailed_figure(sent, nums, state)
                if len(self.out) == out_before and not hits:
                    self._elided_stock(sent, nums)
                if len(self.out) - out_before >= 2 or self.has_chinese and len(self.out) - out_before == 1:
                    # (one level is enough in Chinese: "生产手机18.0亿部，微型计算机设备3.1亿台，同比分别下降4.1%和1.2%")
                    self._respectively_rates(sent, nums, self.out[out_before:])
                if len(self.out) == out_before:
                    self._of_those(sent, nums, state)
                if len(self.out) == out_before or _THAT_COMPARED.match(self.text, sent.start):
                    # (also before a later clause of its own: "Growth eased slightly from 6.8 percent in the
                    # first quarter, and in June alone the value-added … grew 6.0 percent")
                    self._compared_rate(sent, nums, state)
                if len(self.out) == out_before:
                    self._topic_passive(sent, nums, state)
                    if len(self.out) - out_before >= 2:
                        # ("NEVs … did better: 1.366 million were produced and 1.367 million were sold, up 7.5% and 10.9%")
                        self._respectively_rates(sent, nums, self.out[out_before:])
                if len(self.out) == out_before:
                    self._anaphoric_level(sent, nums, state)
                if len(self.out) == out_before and self.has_chinese:
                    self._zh_period_list_rates(sent, nums)
                if len(self.out) == out_before and self.has_chinese:
                    self._zh_these_figures(sent, nums, state)
                if len(self.out) == out_before:
                    self._look_back_when(sent, nums)
                    self._that_changed_from(sent, nums)
                if len(self.out) == out_before:
                    self._followed_rate(sent, nums)
                if len(self.out) == out_before:
                    # "Growth accelerated to 3.9% in June, compared with 0.7% in May"
                    self._anaphoric_rate(sent, nums, state)
                    if len(self.out) == out_before:
                        self._pronoun_change_to(sent, nums, [])
                    if len(self.out) > out_before:
                        # "The 3Q23 quarterly print of 4.2%YoY eased …, but the monthly profile improved: September came in at 4.5%YoY"
                        self._month_rate_after_semicolon(sent, nums, out_before)
                    self._earlier_rates(sent, nums, self.out[out_before:])
                    if len(self.out) > out_before:
                        # "Growth picked up to 4.5% in the second quarter and stood at 4.4% in June alone"
                        out_later = len(self.out)
                        self._later_rates(sent, nums, self.out[out_before:])
                        if len(self.out) > out_later:
                            # "..., while June alone saw growth of 5.3 percent, slowing from 5.6 percent in May"
                            self._earlier_rates(sent, nums, self.out[out_before:])
                else:
                    self._month_rate_after_semicolon(sent, nums, out_before)
                    if all(c.num.start > nums[0].end for c in self.out[out_before:]):
                        # "In October, it grew 6.9%, with high-tech manufacturing expanding 10.3%"
                        self._anaphoric_rate(sent, nums, state)
                    self._pronoun_change_to(sent, nums, self.out[out_before:])
                    if _ANAPHOR_EARLIER.match(self.text, sent.start) and all(c.num.start > nums[0].end for c in self.out[out_before:]):
                        # "That compared with 28.88 million vehicles sold in 2017, when growth had slowed to 3 percent"
                        self._anaphoric_level(sent, nums, state)
                    self._earlier_rates(sent, nums, self.out[out_before:])
                    out_later = len(self.out)
                    self._later_rates(sent, nums, self.out[out_before:])
                    if len(self.out) > out_later:
                        # "…，其中6月份增长6.8%，比5月份的6.1%加快": compared with the later rate
                        self._earlier_rates(sent, nums, self.out[out_before:])
                    self._unchanged_from(sent, self.out[out_before:])
                    self._gapped_sector_rates(sent, nums, self.out[out_before:])
                    self._rates_of_two_levels(sent, nums, self.out[out_before:])
                    self._earlier_levels(sent, nums, self.out[out_before:])
                    self._part_levels(sent, nums, self.out[out_before:])
                    self._with_other_flow(sent, self.out[out_before:])
                    self._industry_growth(sent, nums, self.out[out_before:])
                    self._while_other_flow(sent, nums, self.out[out_before:])
                    self._restated_levels(sent, self.out[out_before:])
                    self._implicit_shares(sent, self.out[out_before:])
                if len(self.out) > out_before:
                    self._when_rate(sent, nums, self.out[out_before:])
                if len(self.out) > out_before or not (_SIZE_DEFINITION.search(self.text, sent.start, sent.end)
                                                      or _EXPECTED_TALK.search(self.text, sent.start, sent.end)):
                    if len(self.out) == out_before and self._prev_rate is not None \
                            and (self._prev_rate[1] == sent.index - 1 or self._prev_rate[1] == sent.index - 2 and self._prev_rate[0] == "industrial_value_added"
                                 and self._keeps_headline(self.sentences[sent.index - 1], sent)) \
                            and (all(_MOM_AFTER.match(self.text, n.end) or _MOM_BEFORE.search(self.text, max(sent.start, n.start - 60), n.start)
                                     for n in nums) or _TWO_YEAR_AVERAGE.match(self.text, sent.start)) \
                            and not _OTHER_MEASURE.search(self.low, sent.start, sent.end):   # (not "Retail sales rose 0.4% mom")
                        # "… accelerated to 6.6% YoY in November. … momentum was still respectable on a
                        # month-on-month basis (+0.87% MoM sa). Year-to-date growth edged up to 4.3%": the same
                        # rate's month-on-month aside, in passing (or its two-year average: "The two-year
                        # average growth came in at 7 percent. The growth rate moderated from 24.5 percent in Q1")
                        self._prev_rate = (self._prev_rate[0], sent.index)
                    elif not (len(self.out) == out_before and self._prev_rate is not None and self._prev_rate[1] == sent.index - 1
                              and self.has_chinese and _ZH_BREAKDOWN_OPENER.match(self.text, sent.start)):
                        # (kept past "分三大门类看，采矿业增加值增长5.6%，…", for the period list after it)
                        self._prev_rate = self._sentence_rate(sent, self.out[out_before:])
                levels = [c for c in self.out[out_before:] if c.measure == "level"]
                self._prev_level = levels[0] if len({c.indicator for c in levels}) == 1 else None
                self._prev_pair = levels if _prod_sales_pair(sorted(c.indicator for c in levels)) else None
            # A sentence that states no figure sets the period to carry only when none is carried
            # yet: "From January to September, output reached ... Output in September fell.
            # Production of NEVs reached 2.2 million" is still January to September.
            # "In March, growth hit 7.6 percent" drills into the figure before it: the period being
            # carried stays the one it drilled from
            # "By the end of the year, we expect more than 600,000 ...": a forecast's date is not carried
            # "In December, average monthly traffic per user hit 6.25GB": the month of a monthly
            # figure (DOU) is not the period of the paragraph's next sentence
            # (not an outcome measured against one: "November's activity data were a little better than expected")
            drill = self._drilldown == k or bool(exprs) and _has_words(
                _BEAT_EXPECTATIONS.sub(" ", self.low[sent.start:sent.end]), _TARGET_WORDS, _TARGET_BIGRAMS) and len(self.out) == out_n \
                or len(self.out) > out_n and all(c.indicator == "mobile_dou" for c in self.out[out_n:])
            # "2015年，汽车产销…。“十二五”期间，汽车产量累计达到1.08亿辆。新能源汽车产销…": a plan's total
            # said in passing; the year carried on is still the paragraph's
            if exprs and exprs[0].kind in ("fyp", "years") and isinstance(inherited, Period) \
                    and (inherited.end - inherited.start).days <= 366:
                drill = True
            # "..., and in December alone growth was 6%": a month singled out is not carried on
            # (but "June alone was better than expected. Output rose 6.3%": a sentence with no figure that opens
            # with the month singled out dates the next one)
            exprs = [e for e in exprs if not _ALONE_AFTER.match(self.text, e.end) or not nums and e.start == sent.start]
            mine = self.out[out_n:]
            # (nothing carried: the briefing's own period is)
            base = inherited if isinstance(inherited, Period) else self.ctx.doc_period if inherited is None else None
            if mine and base is not None and exprs and mine[0].num.start < exprs[0].start and mine[0].period == base \
                    and (base is inherited or resolve(exprs[0], self.ctx) != base):
                # "增加值同比增长6.9%…；其中二季度增长6.9%，6月份增长7.6%": the sentence's own figure
                # kept the carried period; the periods named after it drill into it
                drill = True
            if mine and isinstance(inherited, Period) and exprs and not drill:
                # "grew 11.8% in the first three quarters. ... value added increased 4.9% in the third
                # quarter. High-tech manufacturing grew 20.1%": a part of the carried period, for a
                # figure already given for the whole, drills into it
                p0 = resolve(exprs[0], self.ctx)
                drill = p0 is not None and not p0.instant and p0 != inherited \
                    and inherited.start <= p0.start and p0.end <= inherited.end \
                    and all(any(c2.indicator == c.indicator and c2.measure == c.measure and c2.period == inherited
                                for c2 in self.out[:out_n]) for c in mine)
            if not nums and exprs and not self.has_chinese and k > 0 and self.sentences[k - 1].para == sent.para \
                    and exprs[0].start - sent.start > 25 and _EVENT_IN.search(self.text, max(sent.start, exprs[0].start - 60), exprs[0].start):
                # "… rose by 4.7% to 24.6m. A cut in the purchase tax on small cars in October stopped the
                # slide. Sales of NEVs more than quadrupled to 331,000": the date of an event, mid-paragraph
                drill = True
            if not nums and exprs and not self.has_chinese and self.text.startswith(",", exprs[0].end) \
                    and _ASIDE_PERIOD_BEFORE.search(self.text, max(sent.start, exprs[0].start - 40), exprs[0].start):
                # "The auto sector, hit hard in the first quarter, also bounced back. Production and sales
                # reached …": the date of an aside on the subject (also ", which was hit hard in the first quarter,")
                drill = True
            if exprs and self.has_chinese and isinstance(inherited, Period) and inherited == self.ctx.doc_period:
                # "1-2月，电信业务收入…。2023年全年，电信业务收入累计完成1.68万亿元…。按照上年价格计算的电信业务总量
                # 同比增长11.3%": a look back at an earlier period; the briefing's period goes on after it
                p0 = resolve(exprs[0], self.ctx)
                drill = drill or p0 is not None and not p0.instant and p0.end < inherited.start
            if not nums and exprs and _PHASE_TREND.search(self.low, sent.start, exprs[0].start) \
                    and any(p.comparison and sent.start <= p.start < exprs[0].start for p in self.periods):
                # "The auto industry, which was hit hard in the first quarter, recovered strongly in the second
                # half. Production and sales reached …": one phase set against another, not the figures' period
                drill = True
            if len(self.out) == out_n and exprs and _CONTRAST_TREND.search(self.low, sent.start, exprs[0].start):
                # "The auto market shrank for a third straight year, but the decline narrowed sharply in the
                # second half. Production and sales reached …": when the trend turned, not the figures' period
                drill = True
            if not nums and exprs and _PAST_PERFECT.search(self.low, sent.start, exprs[0].start):
                # "Sales had plunged in the first quarter, when dealerships were closed. The industry sold
                # 25.311 million": a look back, not the period of what follows
                drill = True
            if exprs and (_LOOK_BACK.match(self.text, sent.start)
                          or _AFTER_EARLIER.search(self.text, sent.start, exprs[0].start)):
                # ("That was the first annual decline for the category after sales soared 61.7% in 2018.")
                # "Sales slid 8.2% last year. That followed a 2.8% drop in 2018. Output declined 7.5%":
                # a sentence on the one before, measured against an earlier period, passes none on
                drill = True
            if exprs and not drill and _PAST_PERFECT.search(self.low, sent.start, exprs[0].start) and self.ctx.doc_period is not None \
                    and (p0 := resolve(exprs[0], self.ctx)) is not None and p0.end < self.ctx.doc_period.start:
                # "Sales had reached a record 28.88 million in 2017. Vehicle production fell 4.2 percent": a look
                # back to before the briefing's period passes none on
                drill = True
            if exprs and self.has_chinese and nums and nums[0].start < exprs[0].start and self.text[exprs[0].start - 1] in ",，" \
                    and _ZH_PERIOD_WAS_ASIDE.match(self.text, exprs[0].end):
                # "装备制造业增加值同比增长1.0%，4月份为下降8.5%；高技术制造业…增长4.0%": the month before's
                # rate in passing, after the sentence's own
                drill = True
            if exprs and (nums or inherited is None) and not drill:
                first = exprs[0]
                if first.kind == "vague":
                    if not (len(self.out) == out_n and isinstance(inherited, Period)):
                        inherited = "vague"
                    # (else "…grew by 9.6% in 2021. … over the two years growth averaged 6.1% a year. … Value-added in
                    # high-tech manufacturing rose by 18.2%": a span whose figure no indicator took is not carried on)
                elif first.kind == "target":
                    continue   # "Beijing wants annual sales of 2m by 2020. Total vehicle sales rose …": a goal's year
                elif self.has_chinese and self.text[first.start] in "至到" and self.text.endswith(_ZH_CHANGE_VERBS, 0, first.start):
                    continue   # "…分别由2015年的45.4%…提升至今年6月底的51.7%…": the date a change ran to, not the next sentence's
                else:
                    p = resolve(first, self.ctx)
                    if p is not None and first.kind == "fyp" and self.ctx.event_date and p.end > self.ctx.event_date:
                        continue   # "a centrepiece of its 15th five-year plan (2026-30)": a plan, no period of data
                    if p is not None and self._after_briefing(p):
                        # "…到2030年将基本实现…。目前，全国已累计培育…", "Beijing wants annual sales of 2m by 2020. Total
                        # vehicle sales rose …": a target's date, no period of data
                        continue
                    if self.has_chinese and nums and isinstance(inherited, Period) and p is not None and not p.instant \
                            and not inherited.instant and len(exprs) == 1 and _months(p) == 1 and _months(inherited) > 1 \
                            and inherited.start <= p.start and p.end <= inherited.end and _ZH_CAUSE_OPENING.match(self.text, sent.start):
                        # "前三季度，…增长11.8%。受电力供应偏紧等因素影响，9月份增速回落至3.1%。高技术制造业…增长20.1%":
                        # an aside on the last month, after which the figures are the longer period's again
                        continue
                    inherited = p if p is not None else "vague"
                    inherited_asof = p if (p is not None and p.instant) else None
                    if p is not None and not p.instant and self._sibling_periods(exprs, p):
                        # "4月份…出现下滑，5月份由负转正，6月份增长3.9%": a run of months, none of
                        # them the period the next sentence's figures are for
                        inherited = None
        self._signed_bracket_rates()
        if self.has_chinese:
            self._bracketed_year_rates()
        self._figure_earlier()
        if not self.has_chinese:
            self._pickup_from()
        self._dated_by_gap()
        self._dated_by_restatement()
        self._dated_by_headline_rate()
        self._restated_precisely()
        self._exact_after_rounded()
        if "\n" in self.text:
            self._tables()
            if self.has_chinese:
                self._zh_product_lines()
            else:
                self._product_lines()
        return self.out

    def _product_lines(self) -> None:
        """'Product detail' over '- Industrial robots: 10,898 sets, +58.6% y-o-y' or '- Microcomputers:
        26.7mn units (+7.6%)': a bulleted list under a heading about output (not sales), each line a
        product named alone, its output and its signed rate; the period is the heading's, else the
        briefing's."""
        text = self.text
        for lm in _PRODUCT_LINE.finditer(text):
            start = lm.start()
            while start > 0 and _PRODUCT_LINE_ANY.match(text, text.rfind("\n", 0, start - 1) + 1):
                start = text.rfind("\n", 0, start - 1) + 1
            heading = (text.rfind("\n", 0, max(start - 1, 0)) + 1, max(start - 1, 0))
            head = text[heading[0]:heading[1]]
            if not _PRODUCT_HEAD.search(head) or _NOT_OUTPUT_HEAD.search(head):
                continue
            label = lower_ascii(lm.group("label"))
            hits = [(m, role) for m, role in phrase_index().matcher.finditer(label)]
            if len(hits) != 1 or hits[0][1].role != "subj" or not _TABLE_LABEL_REST.fullmatch(label[:hits[0][0].start()] + label[hits[0][0].end():]):
                continue
            ind = self.cat.get(FLOW_PAIRS.get((hits[0][1].key, "prod")) or "")
            if ind is None or ind.instant:
                continue
            ex = next((e for e in self.periods if heading[0] <= e.start < heading[1] and not e.comparison), None)
            period = resolve(ex, self.ctx) if ex is not None else self.ctx.doc_period
            if period is None or period.instant or self._slice(self._all_period_starts, self.periods, lm.start("rest"), lm.end()):
                continue   # (a line that names its own dates is the prose's)
            line_nums = self._slice(self.num_starts, self.nums, lm.start("rest"), lm.end())
            level = line_nums[0] if line_nums and line_nums[0].start == lm.start("rest") and self._unit_ok(line_nums[0], ind) else None
            rate = next((n for n in line_nums[1:2] if n.unit == "percent"
                         and (sm := _PRODUCT_LINE_RATE.fullmatch(text, level.end if level else lm.start("rest"), n.start))), None)
            for n, measure in ((level, "level"), (rate, "yoy_pct")):
                if n is None or id(n) in self.claimed or any(c.num is n for c in self.out):
                    continue
                value = (-n.value if sm.group("s") in ("-", "down ") else n.value) if measure == "yoy_pct" else None
                self._emit(ind.id, measure, n, period, self.sentences[n.sentence], value)

    def _zh_product_lines(self) -> None:
        """'主要产品产量一览（5月份）' over '汽车：192.6万辆，同比下降4.3%' or '粗钢　14958万吨　同比增长9.2%':
        a list of products under a heading about output (not sales), each line a product, its
        output and its rate; the period is the heading's, else the briefing's."""
        text, zh = self.text, _zh_phrases()
        for lm in _ZH_PRODUCT_LINE.finditer(text):
            end = lm.start() - 1   # the heading: the line above the run of product lines
            while end > 0 and (lm0 := _ZH_PRODUCT_LINE.match(text, text.rfind("\n", 0, end) + 1)) and lm0.end() == end:
                end = lm0.start() - 1
            while end > 0 and text[end - 1] == "\n":
                end -= 1   # (a blank line between the heading and its list)
            heading = (text.rfind("\n", 0, max(end, 0)) + 1, max(end, 0))
            head = text[heading[0]:heading[1]]
            if "产量" not in head or "销" in head:
                continue
            ids = zh.get(lm.group("label") + "产量")
            ind = self.cat.get(ids[0]) if ids and len(ids) == 1 else None
            if ind is None:
                continue
            ex = next((e for e in self.periods if heading[0] <= e.start < heading[1] and not e.comparison), None)
            period = resolve(ex, self.ctx) if ex is not None else self.ctx.doc_period
            if period is None or period.instant:
                continue
            line_nums = self._slice(self.num_starts, self.nums, lm.start("rest"), lm.end())
            level = line_nums[0] if line_nums and line_nums[0].start == lm.start("rest") else None
            rm = _ZH_LINE_RATE.search(text, lm.start("rest"), lm.end())
            rate = next((n for n in line_nums if rm and n.start == rm.end()), None)
            out_before = len(self.out)
            for n, measure in ((level, "level"), (rate, "yoy_pct")):
                if n is None or id(n) in self.claimed or any(c.num is n for c in self.out):
                    continue
                if measure == "level" and not self._unit_ok(n, ind):
                    continue
                if measure == "yoy_pct" and n.unit not in ("percent", "times"):
                    continue
                # ("新能源汽车:39.1万辆,增长3.7倍": 3.7 times more, +370%)
                value = (-n.value if rm.group(1) == "下降" or rm.group(2) == "-" else n.value * (100.0 if n.unit == "times" else 1.0)) if measure == "yoy_pct" else None
                self._emit(ind.id, measure, n, period, self.sentences[n.sentence], value)
            if level is not None and len(self.out) > out_before:
                self._zh_nev_part(self.sentences[level.sentence], line_nums, self.out[out_before:])   # ("；其中新能源汽车15.0万辆，增长103.9%")

    def _signed_bracket_rates(self) -> None:
        """'production of 15.621 million vehicles (+12.5 per cent) and sales of 15.653 million (+11.4 per
        cent) for January to June': a signed rate alone in brackets right after a level of more than a month is
        that level's change on a year before (a month's alone too, unless its paragraph compares a month with the one before)."""
        text = self.text
        def month_on_month_near(pos: int) -> bool:
            a, b = text.rfind("\n\n", 0, pos), text.find("\n\n", pos)
            return _MONTH_ON_MONTH.search(text, max(a, 0), b if b >= 0 else len(text)) is not None
        for c in [c for c in self.out if c.measure == "level" and not c.period.instant
                  and (_months(c.period) > 1 or not month_on_month_near(c.num.start))]:
            k = bisect_right(self.num_starts, c.num.start)
            n = self.nums[k] if k < len(self.nums) else None
            if n is None or n.unit != "percent" or id(n) in self.claimed or n.sentence != c.num.sentence \
                    or not (sm := _SIGNED_BRACKET.fullmatch(self.text, c.num.end, n.start)) \
                    or not _SIGNED_BRACKET_CLOSE.match(self.text, n.end) \
                    or any(o.indicator == c.indicator and o.measure == "yoy_pct" and o.period == c.period for o in self.out):
                continue
            self._emit(c.indicator, "yoy_pct", n, c.period, self.sentences[n.sentence], -n.value if sm.group("s") != "+" else n.value)

    def _bracketed_year_rates(self) -> None:
        """'规模以上工业增加值同比增长6.1%，比上年回落2.2个百分点（2014年为8.3%）': the same rate in an earlier
        year, in brackets after the rate (past only its change in points)."""
        text = self.text
        for c in [c for c in self.out if c.measure == "yoy_pct" and not c.period.instant]:
            if c.num.sentence < 0:
                continue
            end = _segment_end(text, c.num.end, self.sentences[c.num.sentence].end)
            for n in self._slice(self.num_starts, self.nums, c.num.end, end):
                if n.unit == "pp":
                    continue
                bm = _ZH_BRACKET_YEAR_RATE.search(text, max(c.num.end, n.start - 14), n.start)
                if n.unit == "percent" and id(n) not in self.claimed and bm and text.startswith(")", n.end) \
                        and (p := _year_shifted(c.period, int(bm.group("y")))) is not None and p.end < c.period.start:
                    self._emit(c.indicator, "yoy_pct", n, p, self.sentences[n.sentence], -n.value if bm.group("down") else n.value)
                break

    def _pickup_from(self) -> None:
        """'Industrial output grew 8.5 percent in March … and it was a marked pickup from 5.3 percent in the
        January-February period': the rate it picked up (or slowed) from, the same indicator's for that period."""
        text = self.text
        for n in self.nums:
            if n.unit != "percent" or id(n) in self.claimed or n.sentence < 0:
                continue
            sent = self.sentences[n.sentence]
            m = _PICKUP_FROM.search(text, max(sent.start, n.start - 80), n.start)
            tail = _PICKUP_PERIOD_GAP.match(text, n.end)
            if m is None or tail is None:
                continue
            ex = next((e for e in self.periods if e.start == tail.end() and e.kind not in ("vague", "target")), None)
            p = resolve(ex, self.ctx) if ex is not None else None
            if p is None or p.instant:
                continue
            k = n.sentence
            while k > 0 and k > n.sentence - 2 and self.sentences[k - 1].para == sent.para:
                k -= 1   # (the sentence before, or the one before that: "… climbed 8.5% in March. That was the fastest since July 2014. It was also a sharp pickup from …")
            first = self.sentences[k]
            refs = [c for c in self.out if c.measure == "yoy_pct" and first.start <= c.num.start < m.start()]
            if not refs or len({c.indicator for c in refs}) != 1 or refs[-1].period.end <= p.end:
                continue   # (one indicator's rate before it, for a later period)
            self._emit(refs[-1].indicator, "yoy_pct", n, p, sent, n.value)

    def _figure_earlier(self) -> None:
        """'China's 5G user base exceeded 1.2 billion. At the end of 2024 the figure was 1.014 billion', '…DOU达
        10.35GB…；而2019年这一数字为7.82GB': the same quantity at an earlier date, named only as "the figure"."""
        text = self.text
        for n in self.nums:
            if id(n) in self.claimed or n.sentence < 0 or n.unit in ("percent", "pp"):
                continue
            sent = self.sentences[n.sentence]
            if self.has_chinese:
                m = _ZH_FIGURE_WAS.search(text, max(sent.start, n.start - 30), n.start)
                if m is None:
                    continue
                y = int(m.group("y"))
                refs = [c for c in self.out if c.measure == "level" and c.num.sentence == n.sentence and c.num.end <= m.start()]
            else:
                m = _FIGURE_WAS.search(text, max(sent.start, n.start - 40), n.start)
                prev = self.sentences[n.sentence - 1] if n.sentence > 0 else None
                if m is None or prev is None or prev.para != sent.para:
                    continue
                own = [e for e in self._slice(self.period_starts, self.periods, sent.start, n.start) if not e.comparison]
                p = resolve(own[-1], self.ctx) if len(own) == 1 else None
                if p is None:
                    continue
                y = p.end.year
                refs = [c for c in self.out if c.measure == "level" and c.num.sentence == n.sentence - 1]
            if not refs:
                continue
            c = refs[-1]
            ind = self.cat[c.indicator]
            if not self._unit_ok(n, ind) or n.unit != c.num.unit:
                continue
            if ind.instant:
                e = c.period.end
                at = p.end if not self.has_chinese and p.instant else date(y, e.month, e.day) if (e.month, e.day) == (12, 31) or not self.has_chinese else None
                period = Period(at, at, True) if at is not None else None
            else:
                period = _year_shifted(c.period, y) if (c.period.start.month, c.period.start.day, c.period.end.month, c.period.end.day) == (1, 1, 12, 31) else None
            if period is not None and period.end < c.period.end:
                self._emit(c.indicator, "level", n, period, sent)

    def _restated_precisely(self) -> None:
        """'…, taking its total to 2.31 million. … Officials said the 2.312 million figure included
        shared sites': "the <figure> figure" restates, more precisely, the one level read that it
        rounds to (also "The precise number, 803.83 million tons, was ...")."""
        text = self.text
        self._state = None
        for n in self.nums:
            if id(n) in self.claimed or n.sentence < 0 or n.unit == "percent" or not (
                    _THE_FIGURE.match(text, n.end) and text[max(0, n.start - 4):n.start].lower() == "the "
                    or _PRECISE_NUMBER.search(text, max(0, n.start - 100), n.start)):
                continue
            same = [c for c in self.out if c.measure == "level" and c.num.unit == n.unit and c.num.sig < n.sig
                    and c.num.value and abs(float(f"{n.value:.{c.num.sig}g}") - c.num.value) <= 1e-9 * abs(c.num.value)]
            if len({(c.indicator, c.period) for c in same}) == 1:
                sent = self.sentences[n.sentence]
                self._emit(same[0].indicator, "level", n, same[0].period, sent)
                wm = _WAS_RATE_AFTER.match(text, n.end, sent.end)   # "…, 803.83 million tons, was down 2.3% from 2014"
                if wm:
                    self._attach_growth(self.cat[same[0].indicator], n, sent, None, same[0].period, after=wm.end())

    def _exact_after_rounded(self) -> None:
        """'… now has nearly three million 5G base stations. By end-June, 2.937 million had been
        built': a bare figure opening the next sentence, with no phrase of its own, says the rounded
        stock just read exactly (at its own date, if the sentence gives one)."""
        text = self.text
        for c in list(self.out):
            if c.measure != "level" or c.num.qualifier == "eq" or c.num.sentence < 0:
                continue
            own = self.sentences[c.num.sentence]
            n = next(iter(self._slice(self.num_starts, self.nums, c.num.end + 1, own.end)), None)
            if self._exact_of(c.num, n) and (_EXACT_DASH_GAP.fullmatch(text, c.num.end, n.start) and _EXACT_RESTATED_AFTER.match(text, n.end)
                                             or _EXACT_BRACKET.fullmatch(text, c.num.end, n.start) and _EXACT_BRACKET_CLOSE.match(text, n.end)):
                # (or in brackets: "topped 1 billion (1.014 billion, to be precise)")
                self._emit(c.indicator, "level", n, c.period, own)   # (in the same sentence: "…, the ministry said - 198,000 in total")
                continue
            if not c.period.instant or c.num.sentence + 1 >= len(self.sentences):
                continue
            sent = self.sentences[c.num.sentence + 1]
            if sent.para != self.sentences[c.num.sentence].para:
                continue
            nums = self._slice(self.num_starts, self.nums, sent.start, sent.end)
            n = nums[0] if nums else None
            if not self._exact_of(c.num, n) or not _EXACT_OPENING.fullmatch(text, sent.start, n.start):
                continue
            vm = _EXACT_VERB_AFTER.match(text, n.end)
            if vm is None or self._slice(self.hit_starts, self.hits, sent.start, vm.end()):
                continue
            exprs = [e for e in self._slice(self.period_starts, self.periods, sent.start, sent.end) if not e.comparison]
            period = resolve(exprs[0], self.ctx) if len(exprs) == 1 else c.period if not exprs else None
            if period is not None and period.instant:
                self._emit(c.indicator, "level", n, period, sent)

    def _exact_of(self, rounded: Num, n: Num | None) -> bool:
        """`n` could be `rounded` stated exactly: unread, an exact figure with more digits, near it."""
        return n is not None and id(n) not in self.claimed and n.unit in (None, rounded.unit) and n.qualifier == "eq" \
            and n.sig > rounded.sig and _near_rounded(rounded, n)

    def _dated_by_headline_rate(self) -> None:
        """'Sales … fell 11.7 percent in October' in the standfirst, then 'Total vehicle sales dropped 11.7
        percent from a year earlier to 2.38 million units' in the body with no date of its own: the same
        rate said again, so the body sentence's figures are that month's, not the briefing's year to date."""
        dp = self.ctx.doc_period
        if dp is None:
            return
        for c in [c for c in self.out if c.defaulted and c.measure == "yoy_pct" and c.period == dp]:
            said = {o.period for o in self.out if o.indicator == c.indicator and o.measure == "yoy_pct" and not o.defaulted
                    and o.num.sentence < c.num.sentence and o.value == c.value and not o.period.instant
                    and o.period != dp and o.period.end == dp.end}
            if len(said) != 1:
                continue
            p = said.pop()
            for i, o in enumerate(self.out):
                if o.defaulted and o.num.sentence == c.num.sentence and o.indicator == c.indicator and o.period == dp:
                    self.out[i] = replace(o, period=p, defaulted=False)

    def _dated_by_restatement(self) -> None:
        """'软件业务收入超8.5万亿元' in a lead with no date, then '1-8月，软件业务收入85512亿元' in the
        body: a rounded flow with no date in its sentence is the exact one's, said again (a flow's
        periods differ by more than its rounding; a stock's do not)."""
        for i, c in enumerate(self.out):
            if c.measure != "level" or c.num.qualifier == "eq" or c.period.instant or c.num.sentence < 0:
                continue
            sent = self.sentences[c.num.sentence]
            dated = any(not e.comparison for e in self._slice(self.period_starts, self.periods, sent.start, sent.end))
            if dated and c.period != self.ctx.doc_period:
                continue
            same = [o for o in self.out if o is not c and o.indicator == c.indicator and o.measure == "level"]
            if any(o.period == c.period for o in same):
                continue
            # ("前三季度，…软件业务收入近10万亿元" in the lead, "1-8月，软件业务收入99823亿元" in the body: the
            # briefing's period in a summary, the exact figure's own, earlier one in the text after it)
            periods = {o.period for o in same if not o.defaulted and o.num.sig > c.num.sig and _near_rounded(c.num, o.num)
                       and (not dated or o.num.start > c.num.start and o.period.start == c.period.start and o.period.end < c.period.end)}
            if len(periods) == 1:
                self.out[i] = replace(c, period=periods.pop(), defaulted=False)

    def _flow_by_participle(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'New energy vehicles - in China, that covers ... - fell 4 percent to 1.206 million units
        sold': a product's rate and level, the flow named by the participle after the level."""
        text = self.text
        lm = _LABEL_LINE.match(text, sent.start)
        label = [h for h in hits if h.end <= lm.end()] if lm else []
        if label and len({(h.role.role, h.role.key) for h in label}) == 1 and label[0].role.role == "subj" and nums and nums[0].start == lm.end() \
                and (pm := _PARTICIPLE_AFTER.match(text, nums[0].end)) \
                and (ind := self.cat.get(FLOW_PAIRS.get((label[0].role.key, _VERB_TO_ATTR[pm.group(1).lower()]), ""))) is not None \
                and not ind.instant and self._unit_ok(nums[0], ind) and not self._blocked(sent, label[0].start, pm.end(), ind, nums[0]):
            # "• Industrial robots: 283,000 units produced, up 9.6%": a label, then its figure and participle
            period = self.period_for(ind, nums[0], sent, state)
            self._emit(ind.id, "level", nums[0], period, sent)
            self._attach_growth(ind, nums[0], sent, state, period, after=pm.end())
            return
        for h in hits:
            if h.role.role != "subj" or h.end > (nums[0].start if nums else h.end):
                continue
            app = _DASH_ASIDE.match(text, h.end) or _APPOSITIVE.match(text, h.end, sent.end)
            body = app.end() if app else h.end
            nxt = [n for n in nums if n.start >= body][1:2]
            pm = _PARTICIPLE_AFTER.match(text, nxt[0].end) if nxt else None
            ind = self.cat.get(FLOW_PAIRS.get((h.role.key, _VERB_TO_ATTR[pm.group(1).lower()]), "")) if pm else None
            level, rate = self._growth_then_level(h, nums, ind, sent, body) if ind is not None and not ind.instant else (None, None)
            if rate is None or level is not nxt[0] or self._blocked(sent, h.start, pm.end(), ind, level):
                continue
            period = self.period_for(ind, level, sent, state)
            self._emit(ind.id, "level", level, period, sent)
            self._emit(ind.id, "yoy_pct", rate, period, sent, self._growth(rate, body))
            return

    def _share_with_units(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'NEVs accounted for 25.6% of all new car sales with 6.887 million units sold': the share is
        of another total; the figure with its participle is the subject's own flow."""
        text = self.text
        for h in hits:
            if h.role.role != "subj":
                continue
            for n in nums:
                if n.start <= h.end or not _SHARE_WITH_UNITS.fullmatch(text, h.end, n.start):
                    continue
                pm = _PARTICIPLE_AFTER.match(text, n.end)
                ind = self.cat.get(FLOW_PAIRS.get((h.role.key, _VERB_TO_ATTR[pm.group(1).lower()]), "")) if pm else None
                if ind is None or ind.instant or id(n) in self.claimed or not self._unit_ok(n, ind) \
                        or self._blocked(sent, h.start, h.end, ind, n):
                    return
                self._emit(ind.id, "level", n, self.period_for(ind, n, sent, state), sent)
                return

    def _part_of_flow(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'New energy vehicles made up 9.587 million of production and 9.495 million of sales': the
        subject's level of each flow named after its figure."""
        text = self.text
        prev = None
        for n in nums:
            am = _OF_FLOW_AFTER.match(text, n.end)
            if n.unit == "percent" or id(n) in self.claimed or not am or not (
                    _PART_OF_VERB.search(text, max(sent.start, n.start - 20), n.start)
                    or prev is not None and _JOINED_PART.fullmatch(text, prev, n.start)):
                prev = None
                continue
            prev = am.end()
            subj = [h for h in hits if h.end <= n.start and h.role.role == "subj"][-1:]
            ind_id = FLOW_PAIRS.get((subj[0].role.key, "sales" if am.group(1).lower() == "sales" else "prod")) if subj else None
            if not ind_id or ind_id not in self.cat:
                continue
            ind = self.cat[ind_id]
            if not self._unit_ok(n, ind) or self._blocked(sent, subj[0].start, am.end(), ind, n):
                continue
            self._emit(ind_id, "level", n, self.period_for(ind, n, sent, state), sent)

    def _all_industry_in_brackets(self, sent: Sentence, nums: list[Num], state) -> None:
        """A sector's rate set against all industry's, which the bracket states, for the sector
        rate's period."""
        ind = self.cat.get("industrial_value_added")
        for m in _ALL_INDUSTRY_BRACKET.finditer(self.text, sent.start, sent.end):
            n = next((q for q in nums if q.start == m.end()), None)
            if ind is None or n is None or id(n) in self.claimed or n.unit != "percent" \
                    or self._blocked(sent, m.start(), n.end, ind, n):
                continue
            sector = [c for c in self.out if sent.start <= c.num.start < m.start() and c.measure == "yoy_pct"]
            self._emit(ind.id, "yoy_pct", n, sector[-1].period if sector else self.period_for(ind, n, sent, state), sent)

    def _all_industry_yardstick(self, c: Candidate) -> bool:
        m = _ALL_INDUSTRY_BRACKET.search(self.text, max(0, c.num.start - 40), c.num.end + 2)
        return c.indicator == "industrial_value_added" and m is not None and m.end() == c.num.start

    def _dated_by_gap(self) -> None:
        """'上半年…增长3.8%…。从月度看，6月份…增长4.4%。装备制造业增加值同比增长6.5%，高于全部工业2.7个百分点':
        a sector's rate stated against all industry's is for the period whose all-industry rate the
        gap gives (6.5 - 2.7 = 3.8, the half year's), when the carried period's does not fit."""
        text = self.text
        whole = [o for o in self.out if o.indicator == "industrial_value_added" and o.measure == "yoy_pct"]
        for i, c in enumerate(self.out):
            if c.measure != "yoy_pct" or not c.indicator.endswith("_value_added") or c.indicator == "industrial_value_added":
                continue
            m = _GAP_TO_ALL_INDUSTRY.match(text, c.num.end)
            if m:
                gap = float(m.group("pp") or m.group("pp2"))
            else:
                m = _GAPS_TO_ALL_INDUSTRY.match(text, c.num.end)
                pps = re.findall(r"[\d.]+", m.group("pps")) if m else []
                k = len(pps) - 1 - m.group("rest").count("%") if m else -1
                if k < 0:
                    continue
                gap = float(pps[k])
            gap *= -1 if m.group("below") else 1
            base = {o.period for o in whole if abs(o.value + gap - c.value) < 1e-6}
            carried = [o for o in whole if o.period == c.period]
            if len(base) == 1 and c.period not in base and carried:
                self.out[i] = replace(c, period=base.pop())

    def _section_heads(self, nums_of) -> list[tuple[int, Period | None]]:
        """(paragraph, period) of each heading line, in order. A sales report's sections headed
        "October" and "January-October" date the paragraphs under them; any other heading
        ("Exports") ends the section."""
        heads = []
        sents = self.sentences
        for k, sent in enumerate(sents):
            line = self.text[sent.start:sent.end].strip()
            if k in nums_of or not line or len(line) > 40 or line[-1] in _HEAD_END \
                    or 0 < k and sents[k - 1].para == sent.para \
                    or k + 1 < len(sents) and sents[k + 1].para == sent.para \
                    or line.count(" ") > 4 or not (line[0].isupper() or has_cjk(line[0])):
                continue
            line = _HEAD_FRAME.sub("", line.rstrip(":： "))   # ("In December:", "December results:")
            exprs = [e for e in find_periods("in " + line) if not e.comparison]
            period = None
            if len(exprs) == 1 and exprs[0].start == 3 and exprs[0].end == len(line) + 3 \
                    and exprs[0].kind in ("interval", "ytd") and not line.isdigit():
                period = resolve(exprs[0], self.ctx)
            heads.append((sent.para, period))
        return heads

    def _sibling_periods(self, exprs, first: Period) -> bool:
        """The sentence names another period (not a comparison) outside the first one."""
        for e in exprs[1:]:
            if e.comparison:
                continue
            q = resolve(e, self.ctx)
            if q is not None and not q.instant and not (first.start <= q.start and q.end <= first.end):
                return True
        return False

    def _bare_passive(self, sent: Sentence, nums: list[Num], emitted: list[Candidate], state) -> None:
        """'Production of NEVs rose 19.7% to 212,000 units, while 195,000 were sold, up 14.4%': a
        passive with no noun continues the subject of the level read before it."""
        text = self.text
        for n in nums:
            if id(n) in self.claimed:
                continue
            pm = _BARE_PASSIVE.match(text, n.end)
            if not pm or not _JOINED_CLAUSE.search(text, max(sent.start, n.start - 20), n.start) \
                    and not _JOINED_QUAL.search(text, max(sent.start, n.start - 40), n.start):
                continue
            prior = [c for c in emitted if c.measure == "level" and c.num.end <= n.start]
            if not prior:
                continue
            c = prior[-1]
            subj = next((sj for (sj, at), iid in FLOW_PAIRS.items() if iid == c.indicator and at in ("prod", "sales")), None)
            ind_id = FLOW_PAIRS.get((subj, _VERB_TO_ATTR.get((pm.group(1) or pm.group(2)).lower(), "")))
            if subj is None or ind_id is None or ind_id == c.indicator or ind_id not in self.cat:
                continue
            ind = self.cat[ind_id]
            if not self._unit_ok(n, ind) or self._blocked(sent, n.start, pm.end(), ind, n):
                continue
            self._emit(ind_id, "level", n, c.period, sent)
            nxt = [q for q in nums if q.start >= pm.end()][:2]
            if len(nxt) == 2 and _LIST_GAP.fullmatch(text, nxt[0].end, nxt[1].start - (text[nxt[1].start - 1] in "+-")):
                continue   # "..., up 30.1 percent and 32 percent, respectively" (or "+42.4% and +44.1%"): both levels' rates, paired later
            self._attach_growth(ind, n, sent, state, c.period, after=pm.end())

    def _semicolon_restated(self, sent: Sentence, nums: list[Num], emitted: list[Candidate], state) -> None:
        """'DOU was 16.48GB over the first nine months; in September alone the figure was 16.97GB': the
        clause after a semicolon gives the one level before it for a period of its own."""
        text = self.text
        levels = [c for c in emitted if c.measure == "level"]
        if len(levels) != 1 or self.cat[levels[0].indicator].instant:
            return
        prev, ind = levels[0], self.cat[levels[0].indicator]
        semi = text.find("; ", prev.num.end, sent.end)
        m = _ANAPHOR_LEVEL.match(text, semi + 2) if semi >= 0 else None
        n = next((q for q in nums if q.start >= m.end()), None) if m else None
        if n is None or n.start != m.end() or id(n) in self.claimed or not self._unit_ok(n, ind) \
                or self._blocked(sent, semi + 2, m.end(), ind, n):
            return
        own = [e for e in self.periods if semi < e.start < n.start and e.kind == "interval" and not e.comparison]
        period = resolve(own[0], self.ctx) if len(own) == 1 else None
        if period is None or period == prev.period:
            return
        self._emit(ind.id, "level", n, period, sent)
        self._attach_growth(ind, n, sent, state, period)

    def _national_figures(self, sent: Sentence, nums: list[Num], state) -> None:
        """'Hubei had built 152,000 5G base stations, 3.3 percent of the nation's 4.549 million';
        'rose 7.9 percent, above the national average of 6.4 percent': the country's figure for
        the same indicator, quoted next to a region's."""
        seen = set()
        for _, ind, rnum in self._regional:
            done = {(m, i) for m, i in seen if i == ind.id}
            for n in nums:
                if n.start <= rnum.end or id(n) in self.claimed or n.in_range:
                    continue
                if n.unit == "percent" and ind.unit != "percent" and ("yoy_pct", ind.id) not in done:
                    m = _NATIONAL_RATE_BEFORE.search(self.text, max(rnum.end, n.start - 40), n.start)
                    if m and m.end() == n.start or _NATIONAL_RATE_AFTER.match(self.text, n.end):
                        g = -n.value if _DECLINE_AFTER.match(self.text, n.end) else n.value
                        self._emit(ind.id, "yoy_pct", n, self.flow_period(n, sent, state), sent, g)
                        seen.add(("yoy_pct", ind.id))
                elif n.unit != "percent" and self._unit_ok(n, ind) and ("level", ind.id) not in done:
                    m = _NATIONAL_TOTAL_BEFORE.search(self.text, max(rnum.end, n.start - 40), n.start)
                    if m and m.end() == n.start:
                        self._emit(ind.id, "level", n, self.period_for(ind, n, sent, state), sent)
                        seen.add(("level", ind.id))
        self._regional.clear()

    def _zh_partly_listed(self, sent: Sentence, nums: list[Num], levels: list[Candidate], run: list[Num],
                          emitted: list[Candidate]) -> None:
        """'全年生产手机18.0亿部，微型计算机设备3.1亿台，同比分别下降4.1%和1.2%': the rates pair with every
        listed product in order, in the catalogue or not."""
        text = self.text
        before = [n for n in nums if sent.start <= n.start and n.end <= run[0].start and n.unit != "percent"]
        listed = before[-len(run):]
        if len(listed) != len(run) or not all(_ZH_PRODUCT_GAP.fullmatch(text, x.end, y.start) for x, y in zip(listed, listed[1:])):
            return
        gap = _VERB_FLOW_GAP.fullmatch(text, listed[-1].end, run[0].start)
        place = {id(n): i for i, n in enumerate(listed)}
        if not gap or "分别" not in gap.group() or not all(id(c.num) in place for c in levels):
            return
        if any(c.measure == "yoy_pct" and (c.indicator, c.period) in {(x.indicator, x.period) for x in levels} for c in emitted):
            return
        sign = -1.0 if "下降" in gap.group() else 1.0
        for c in levels:
            q = run[place[id(c.num)]]
            self._emit(c.indicator, "yoy_pct", q, c.period, sent, sign * q.value)

    def _respectively_rates(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'NEV output reached 1.9 million, and sales were 1.84 million, up 52% and 56.7%
        respectively': rates left over after the levels of separate clauses pair up with those
        levels in order, when the counts match exactly."""
        text = self.text
        # (or "同比分别增长1.2倍和1.3倍": up 120 and 130 percent)
        free = [n for n in nums if id(n) not in self.claimed and not n.in_range
                and (n.unit == "percent" or n.unit == "times" and self.has_chinese)]
        for k, first in enumerate(free):
            run = [first]
            for q in free[k + 1:]:
                if q.unit != first.unit or not _rate_list_gap(text, run[-1].end, q.start):
                    break
                run.append(q)
            if len(run) < 2:
                continue
            levels = sorted((c for c in emitted if c.measure == "level" and c.num.end <= first.start),
                            key=lambda c: c.num.start)
            if len(levels) > len(run) and _CLAUSE_BREAK.search(text, levels[-len(run) - 1].num.end, levels[-len(run)].num.start):
                # "Automobile production and sales each exceeded 24 million, while NEVs saw output of A
                # and sales of B, up X and Y": the clause before has levels of its own
                levels = levels[-len(run):]
            if 0 < len(levels) < len(run) and self.has_chinese:
                self._zh_partly_listed(sent, nums, levels, run, emitted)
                return
            if len(levels) != len(run) or len({c.indicator for c in levels}) != len(run):
                return
            # without "respectively" only for a production and sales pair ("24.5 million vehicles were
            # produced and 24.6 million sold, up 3.3 percent and 4.7 percent"), which is read in order
            if not _RESPECTIVE_AFTER.match(text, run[-1].end) and not _prod_sales_pair([c.indicator for c in levels]) \
                    and "分别" not in text[levels[-1].num.end:first.start]:   # "…，同比分别增长5.4%和9.6%"
                continue
            # (a rate of another period is no clash: "..., up 7.5% and 8.7% respectively, but sales fell
            # 19.6% in September")
            if any(c.measure == "yoy_pct" and (c.indicator, c.period) in {(x.indicator, x.period) for x in levels}
                   for c in emitted):
                return
            # only rates of another kind may come between ("up 7.5% and 9.2% month on month, and up
            # 2.1% and 1.8% year on year respectively")
            nums_between = [n for n in nums if levels[-1].num.end <= n.start < first.start]
            if any(n.unit != "percent" or self._growth(n, levels[-1].num.end) is not None for n in nums_between):
                return
            if not nums_between and not _VERB_FLOW_GAP.fullmatch(text[levels[-1].num.end:first.start]):
                if _ZH_SEQUENTIAL_LEAD.fullmatch(text, levels[-1].num.end, first.start):
                    continue   # "比上月分别增长8.51%和14.58%，比上年同期分别增长4.87%和4.52%": the year on year pair follows
                return
            if first.unit == "times":
                if not _ZH_TIMES_GROWTH.search(text, max(0, first.start - 8), first.start) \
                        or any(text.startswith(("多", "余", "以上"), q.end) for q in run):
                    continue
                for c, q in zip(levels, run):
                    self._emit(c.indicator, "yoy_pct", q, c.period, sent, 100.0 * q.value)
                return
            g = self._growth(first, levels[-1].num.end)
            if g is None:
                # "30.5 per cent and 30.0 per cent more than a year earlier": the words after the list
                gl = self._growth(run[-1], run[-2].end)
                if gl is None or not _GROWTH_AFTER.match(text, run[-1].end):
                    continue
                g = first.value if gl > 0 else -first.value
            rates = [g] + [self._growth(q, run[i].end) for i, q in enumerate(run[1:])]
            rates = [r if r is not None else (-q.value if g < 0 else q.value) for r, q in zip(rates, run)]
            if any(self.cat[c.indicator].instant for c in levels) and \
                    not _YOY_MARK.search(text, first.start, min(sent.end, run[-1].end + 60)):
                return
            for c, q, r in zip(levels, run, rates):
                self._emit(c.indicator, "yoy_pct", q, c.period, sent, r)
            return

    def _period_at(self, pos: int) -> bool:
        k = bisect_left(self._all_period_starts, pos)
        return k < len(self._all_period_starts) and self._all_period_starts[k] == pos

    def _stray(self, state, num: Num) -> bool:
        if state["stray_date"] is None:
            state["stray_date"] = self._stray_date(state["sent"])
        return 0 <= state["stray_date"] <= num.start

    def _stray_date(self, sent: Sentence) -> int:
        """A month name (or "end-"/"year-end") in the sentence that no period expression covers:
        "by end-Nov." or "as of March 20" read as nothing must not fall back to the briefing's
        period. Datelines and "on Jan. 20" (the day something was said) are not data dates.
        Returns where the figures it leaves undated begin (-1: none)."""
        text = self.text
        a = sent.start
        dl = _DATELINE.match(text, a)
        if dl:
            a = dl.end()
        for m in _MONTH_WORD.finditer(text, a, sent.end):
            p = m.start()
            k = bisect_right(self._all_period_starts, p) - 1
            if k >= 0 and p < self._all_period_ends[k]:
                continue
            if text[p - 1:p] == "(" and text.startswith(":", m.end()):
                continue   # "picked up to 5.6% YoY (Mar: 3.9%)": the month before's rate, in passing (see _earlier_rates)
            if _EVENT_DAY.match(text, m.end()) and _EVENT_DAY_BEFORE.search(text, max(a, p - 16), p) \
                    or _EVENT_DAY_FIRST.search(text, max(a, p - 20), p):
                continue   # "on Jan. 20", "a 5 per cent levy from January 1", "rising to 7.5% on 1 January": when something was said or took effect
            if _MONTH_AS_NOUN.search(text, max(a, p - 20), p):
                continue   # "recovering from a weak January": the month as a thing, no date of the figures
            if _FIGURE_NOUN_AFTER.match(text, m.end()) and text[max(a, p - 4):p] != "the ":
                continue   # "…, down 47.6% yoy, the lowest April figure in a decade": a month's figures compared
            if _TOOK_EFFECT_BEFORE.search(text, max(a, p - 40), p) or (bisect_left(self.num_starts, p) == bisect_left(
                    self.num_starts, sent.end) or bisect_left(self.num_starts, p) == bisect_left(self.num_starts, a)
                    and _LEAD_END.match(text, m.end())
                    and bisect_left(self._all_period_starts, m.end()) == bisect_left(self._all_period_starts, sent.end)) \
                    and _EVENT_DATE_BEFORE.search(text, max(a, p - 90), p):
                continue   # "the subsidy cut that took effect in late June": when a policy began
            if text[max(a, p - 4):p] == "the " and _ATTRIBUTIVE_DAY.match(text, m.end()) \
                    and not _DATE_PREP_BEFORE.search(self.low, max(a, p - 16), p - 4):
                continue   # "ahead of the July 1 switch to stricter emission standards": an event's day
            if text[max(a, p - 4):p] == "the " and _EVENT_NOUN_AFTER.match(text, m.end()):
                continue   # "as the June subsidy cut continued to bite": an event named by its month
            if _DAY_FIRST_THE.search(text, max(a, p - 8), p) and _NOUN_AFTER_DATE.match(text, m.end()):
                continue   # "ahead of the 15 December tariff round" (the day first)
            # "..., up 48.5 percent, though growth has slowed since subsidies were cut in late
            # March": a trailing subordinate clause with no figure of its own dates an event
            c = max(text.rfind(",", a, p), text.rfind(";", a, p))
            if c >= 0 and _has_words(self.low[c:p], _TARGET_WORDS, _TARGET_BIGRAMS):
                continue   # "…, and MIIT expects the number of 5G sites to exceed 2 million before year-end": a forecast's date
            if c >= 0 and _SUBORDINATE_OPEN.match(text, c + 1) \
                    and (bisect_left(self.num_starts, c) == bisect_left(self.num_starts, sent.end)
                         or re.search(r"\bsince\s+(?:(?:late|early|mid)[\s-]+)?$", self.low[max(c, p - 20):p])):
                continue   # (or a change since the month: "…, although steel prices have fallen about 15% since late October")
            if c >= 0 and _SUBORDINATE_OPEN.match(text, c + 1):
                return c   # "output was 167.96mt (+1.6% y/y), though steel prices fell 3.1% m/m in early March": that clause's
            if c >= 0 and re.match(r"\s*and\b", text[c + 1:c + 6]) and re.search(r"\bsince\s+(?:(?:late|early|mid)[\s-]+)?$", self.low[max(c, p - 20):p]):
                return c   # "…168.72 million tonnes, …, and rebar prices are up roughly 8% since early December": that clause's change
            return sent.start
        return -1

    # --- special constructions ------------------------------------------------------------
    def _specials(self, sent: Sentence, stext: str, nums: list[Num], state) -> None:
        by_start = None
        for ind_id, trigger, rx, cond in _SPECIALS:
            if trigger not in stext or ind_id not in self.cat:
                continue
            if by_start is None:
                by_start = {n.start: n for n in nums}
            for m in rx.finditer(stext):
                num = by_start.get(sent.start + m.start("n"))
                if num is None or id(num) in self.claimed:
                    continue
                ind = self.cat[ind_id]
                if not self._unit_ok(num, ind) and not (ind.unit == "count" and num.unit is None) and not (
                        cond == "per100" and num.unit is None and not num.broken and not num.in_range):
                    continue   # ("per100": the penetration rate is users per 100 people, stated without "%")
                if num.word:
                    continue
                before = stext[:m.start()]
                if isinstance(cond, re.Pattern) and not cond.search(stext):
                    continue
                if cond == "tech5g":
                    # the clause's own technology: "covered by 5G, while 100 percent of villages
                    # have access to optical fiber and 4G" is not 5G coverage
                    cut = max(before.rfind(", while"), before.rfind(";"), before.rfind(", and"), before.rfind(", but"))
                    own = before[cut + 1:] if cut >= 0 else before
                    after = _CLAUSE_SPLIT.split(stext[m.end():], 1)[0]
                    techs = _TECH.findall(own) + _TECH.findall(after) or _TECH.findall(before)
                    if not techs or any(t.upper() != "5G" for t in techs) or "5G" not in (t.upper() for t in techs):
                        continue
                if cond == "users5g":
                    users = re.findall(r"\b(5G|4G|3G|gigabit|broadband|fixed)\b", before, re.I)
                    if not users and _SHARE_ANAPHOR.fullmatch(before) and self._prev_level is not None \
                            and self._prev_level.indicator == "five_g_mobile_users" \
                            and self.sentences[sent.index - 1].para == sent.para:
                        users = ["5G"]   # "[5G users reached 475 million.] That works out to 28.4% of all mobile phone users"
                    if not users or users[-1].upper() != "5G":
                        continue
                if cond == "usersgig":
                    # (the last users named before the share: not "users of 100 Mbps or faster services")
                    users = re.findall(r"\b(?:(gigabit|1,?000\s?Mbps|1,?000\s+megabits|1\s?Gbps|1\s?Gb/s)|5G|100\s?Mbps|mobile)\b", before, re.I)
                    if not users or not users[-1]:   # (the group holds only the gigabit names)
                        continue
                if cond == "ofbroadband":
                    prev = self.sentences[sent.index - 1] if sent.index else sent
                    lo = prev.start if prev.para == sent.para else sent.start
                    if not _BROADBAND_TOTAL.search(self.text, lo, sent.start + m.start()):
                        continue   # "these" are broadband users, named in this sentence or the one before
                if self._blocked(sent, sent.start + m.start(), sent.start + m.end(), ind, num):
                    continue
                self._emit(ind_id, "level", num, self.period_for(ind, num, sent, state), sent)

    # --- flows -------------------------------------------------------------------------
    def _in_aside(self, hits: list[Hit], i: int, sent: Sentence) -> bool:
        """'Equipment manufacturing, which accounts for about a third of industrial value added,
        expanded 7.5%': a phrase inside the aside after another subject is not a subject itself."""
        h = hits[i]
        for p in hits[:i]:
            if p.start >= sent.start and p.role.role in ("subj", "noun", "combo"):
                if _TOPIC_OPENING.fullmatch(self.text, sent.start, p.start):
                    continue   # "In the telecom sector, the total ... volume, calculated at ...": a topic, then the subject
                app = _APPOSITIVE.match(self.text, p.end, sent.end)
                if app and p.end < h.start < app.end():
                    return True
        return False

    def _frames(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        text = self.text
        for i, h in enumerate(hits):
            role = h.role
            if role.role == "subj":
                self._terse_output(sent, h, nums, state)
            if role.role not in ("attr", "combo"):
                continue
            if i and self._in_aside(hits, i, sent):
                continue
            if _PASSIVE_BEFORE.search(text, max(sent.start, h.start - 30), h.start):
                continue   # "... automobiles were produced and sold, up A and B": the passive verbs' rule
            if role.role == "attr" and i and hits[i - 1].role.role == "attr" and self.low.startswith(" and ", hits[i - 1].end) \
                    and hits[i - 1].end + 5 == h.start and self.low.endswith("for ", max(0, hits[i - 1].start - 4), hits[i - 1].start):
                continue   # "rose 49.6% and 48.5% respectively for sales and production, to A and B": not read
            if role.role == "combo":
                if role.context is not None and not self._in_context(role, sent):
                    continue
                subjects, attrs, anchor_end = [role.key[0]], [role.key[1]], h.end
                frame_start = h.start
                members = {i}
                # "industrial output at factories above a designated size": the same subject restated
                if i + 1 < len(hits) and hits[i + 1].role.role == "subj" and hits[i + 1].role.key == role.key[0] \
                        and _RESTATED_SUBJ_GAP.fullmatch(text, h.end, hits[i + 1].start):
                    members.add(i + 1)
                    anchor_end = hits[i + 1].end
            else:
                attrs = _attr_keys(role.key)
                frame_start = h.start
                # "revenue and profit of the digital industry … 38.3 trillion yuan and 3.1 trillion yuan,
                # respectively": attributes coordinated before this one share its subject (and the figures)
                k0 = i
                # (an attribute of no indicator among them stops the frame: "Exports and sales of NEVs were A and B")
                while k0 > 0 and hits[k0 - 1].role.role in ("attr", "foreign") and hits[k0 - 1].start >= sent.start \
                        and _ATTR_AND.fullmatch(text, hits[k0 - 1].end, hits[k0].start):
                    k0 -= 1
                if k0 < i:
                    attrs = [a for q in hits[k0:i] for a in _attr_keys(q.role.key)] + attrs
                    frame_start = hits[k0].start
                om = _OF_AFTER.match(text, h.end)
                if om and (om.end() >= sent.end or _NUMBER_AHEAD.match(text, om.end())
                           or _SCOPE_ONLY.match(text, h.end) or _PRICE_BASIS.match(text, h.end)):   # "Auto sales in China fell ...": scope, not "of X"
                    om = None
                if om:
                    # (past the kinds "of cars and other vehicles" names before its subject)
                    subjects, last = self._collect_subjects(hits, next((j for j in range(i + 1, len(hits)) if hits[j].start >= om.end()), len(hits)), om.end())
                    km = _KNOWN_AS.match(text, om.end()) if not subjects else None
                    if km:
                        # "Sales of electric and hybrid cars, known in China as new energy vehicles, fell …":
                        # the name it goes by
                        j = next((j for j in range(i + 1, len(hits)) if hits[j].start >= km.end()), len(hits))
                        subjects, last = self._collect_subjects(hits, j, km.end())
                    # "new energy vehicles - mostly battery electric cars and plug-in hybrids - sales of
                    # which rose 61.7 per cent": the subject before the aside
                    da = _DASH_ASIDE_END.search(text, max(sent.start, h.start - 120), h.start)
                    k, cut = i - 1, da.start() if da else h.start
                    while k >= 0 and hits[k].start >= cut:
                        k -= 1
                    if not subjects and k >= 0 and hits[k].role.role == "subj" and _OF_WHICH.match(text, h.end) \
                            and (text[hits[k].end:cut].strip() == "" if da else _WHICH_SUBJECT_GAP.fullmatch(text, hits[k].end, cut)):
                        # "Equipment manufacturing, the value added of which rose 7.7 percent"
                        subjects, last = [hits[k].role.key], i
                        frame_start = hits[k].start
                    if not subjects:
                        am = _ANAPHOR_AFTER.match(text, om.end())
                        if am and " ".join(text[h.end:om.end()].lower().split()) in ("of the", "of this", "for the", "for this",
                                                                                      "in the", "in this"):
                            # (named before it, not a later clause's: "revenue of the industry came to …, while
                            # telecommunications business revenue rose …")
                            prev_subj = self._previous_industry(sent, role.key, hits, h.start)
                            if prev_subj is not None:
                                ind_id = FLOW_PAIRS[(prev_subj, role.key)]
                                anchor_end = am.end()
                                nxt_hits = [q for q in hits[i + 1:] if q.start >= anchor_end]
                                region_end = nxt_hits[0].start if nxt_hits else sent.end
                                semi = _SEMI.search(text, anchor_end, region_end)
                                region_end = min(semi.start() if semi else region_end, anchor_end + 160)
                                region_nums = [n for n in nums if anchor_end <= n.start < region_end
                                               and id(n) not in self.claimed]
                                self._assign([ind_id], region_nums, anchor_end, sent, state, h.start)
                                self._last_subject = (prev_subj, sent.index)   # for "Total profits came in at ..." next
                            continue
                    if not subjects and not _MONTH_AFTER.match(text, om.end()) and not self._period_at(om.end()) \
                            and not _THE_PERIOD.match(text, om.end()):
                        continue   # "revenue of <something else>"; "revenue in the first quarter" goes on
                if om and subjects:
                    # ("Sales of cars, trucks and buses in the world's biggest auto market": the same
                    # subject restated)
                    # ("Sales of NEVs in the world's biggest auto market": its place)
                    nxt = hits[last + 1] if last + 1 < len(hits) else None
                    if nxt is not None and nxt.role.role == "subj" and len(subjects) == 1 \
                            and (nxt.role.key == subjects[0] or self.low.endswith("market", nxt.start, nxt.end)) \
                            and _RESTATED_SUBJ_GAP.fullmatch(text, hits[last].end, nxt.start):
                        last += 1
                    anchor_end = hits[last].end
                    members = set(range(i, last + 1))
                else:   # "<subject> <attribute> [for the month of December] ..."
                    if None in attrs:
                        # ("Vehicle inventories and sales came to A and B": the second of the pair, see _assign)
                        attrs, frame_start, k0 = _attr_keys(role.key), h.start, i
                    subjects, first = self._subjects_before(hits, k0, sent)
                    if not subjects and (_INDUSTRY_POSSESSIVE.search(text, max(sent.start, h.start - 30), h.start)
                                         or _INDUSTRY_VERB.search(text, max(sent.start, h.start - 45), h.start)):
                        # "... software ... revenue of 8.16 trillion yuan. The industry's total profit rose ..."
                        prev_subj = self._previous_industry(sent, role.key, hits, h.start)
                        subjects = [prev_subj] if prev_subj is not None else []
                        first = i
                    if not subjects:
                        subjects = self._carried_subject(sent, h, attrs)
                        if not subjects:
                            continue
                        first = i
                    anchor_end = h.end
                    frame_start = hits[first].start
                    members = set(range(first, i + 1))
            subjects = list(dict.fromkeys(subjects))   # "In the telecom sector, telecommunications business volume"
            if len(subjects) > 1 and len(attrs) > 1:
                continue
            inds = [FLOW_PAIRS.get((s, a)) for s in subjects for a in attrs]
            if any(x is None or x not in self.cat for x in inds):
                continue
            if len(subjects) == 1:
                self._last_subject = (subjects[0], sent.index)
            # region: up to the next phrase hit that is not part of this frame, or ';'. An
            # appositive right after the frame ("Industrial output, a gauge of activity at firms
            # with revenue above 20 million yuan, grew 6%") is skipped with its figures and phrases.
            # (after an abbreviation in brackets: "new energy vehicles (NEVs) - which include ... -")
            abbr = _ABBREVIATION.match(text, anchor_end, sent.end)
            app_at = abbr.end() if abbr else anchor_end
            if text.startswith(("\x22", "\u201d"), app_at):
                app_at += 1   # 'Sales of "new-energy vehicles", mostly battery-powered cars and buses, jumped'
            size = _ABOVE_DESIGNATED_SIZE.match(text, app_at, sent.end)
            app_at = size.end() if size else app_at   # "… at electronics manufacturers above designated size - the category … - rose"
            app = _APPOSITIVE.match(text, app_at, sent.end) or _BRACKET_ASIDE.match(text, app_at, sent.end) \
                or _COMMA_ASIDE.match(text, app_at, sent.end) or _THRESHOLD_ASIDE.match(text, app_at, sent.end) \
                or _SUBJECT_LIST_ASIDE.match(text, app_at, sent.end)   # "Overall vehicle sales, including petrol cars, grew"
            body = app.end() if app and not _which_level(text, app_at, sent.end) \
                and not _BRACKETED_FIGURE.match(text, app_at) else anchor_end
            region_end = sent.end
            for j in range(i + 1, len(hits)):
                if j in members:
                    continue
                if hits[j].start >= body:
                    if len(subjects) == 1 and hits[j].role.role == "subj" and hits[j].role.key == subjects[0] \
                            and self._after_number(hits[j].start):
                        continue   # "sales totalled 22.87 million vehicles, down 0.1%": the unit, the same subject
                    if len(subjects) == 1 and hits[j].role.role == "subj" and hits[j].role.key == subjects[0] \
                            and (da := _DASH_ASIDE.match(text, anchor_end)) and da.end() >= hits[j].end:
                        continue   # "Sales of EVs and plug-in hybrids - known in China as new-energy vehicles - …": its other name
                    region_end = hits[j].start
                    break
            semi = _SEMI.search(text, anchor_end, region_end) or _OTHER_FLOW_CLAUSE.search(text, anchor_end, region_end)
            if semi:
                region_end = semi.start()
            region_end = min(region_end, body + 220)
            region_nums = [n for n in nums if body <= n.start < region_end and id(n) not in self.claimed]
            if len(inds) == 1:
                self._recorded_level(inds[0], frame_start, sent, state)
            self._assign(inds, region_nums, anchor_end, sent, state, frame_start)

    def _terse_output(self, sent: Sentence, h: Hit, nums: list[Num], state) -> None:
        """'• 1H crude steel 527mn t, -6.5% y/y': a bullet's product and its tonnes, no verb; tonnes
        of a product are its output."""
        ind_id = FLOW_PAIRS.get((h.role.key, "prod"))
        if ind_id in self.cat and (h.role.key, "sales") not in FLOW_PAIRS and (h.role.key, "ship") not in FLOW_PAIRS:
            self._product_rate_item(sent, h, nums, state, ind_id)
            self._elided_output_rate(sent, h, nums, state, ind_id)
        if ind_id in self.cat and self.cat[ind_id].unit == "count":
            # (a product also sold is made only under a lead on making: "Some other things China made in 2017: ¶ - Cars: …")
            self._output_label(sent, h, nums, state, ind_id, made=(h.role.key, "sales") in FLOW_PAIRS)
            return
        if ind_id not in self.cat or self.cat[ind_id].unit != "tonnes":
            return
        if (lm := _LABEL_LINE.match(self.text, sent.start)) and lm.end() < h.start and self.text.endswith(": ", 0, lm.end()) \
                and (n := next((q for q in nums if q.start == lm.end()), None)) and n.unit == "tonnes" \
                and self.text[n.end:h.start] == " of " and id(n) not in self.claimed and self._output_lead(sent, True):
            # "Some other things China made in 2017: ¶ - Steel: 831.73 million tonnes of crude steel, up 5.7%"
            semi = _SEMI.search(self.text, h.end, sent.end)
            self._assign([ind_id], [q for q in nums if n.start <= q.start < (semi.start() if semi else sent.end)
                                    and id(q) not in self.claimed], lm.end() - 2, sent, state, lm.start())
            return
        if not _TERSE_ITEM_BEFORE.fullmatch(self.text, sent.start, h.start) and not (
                h.start == sent.start and self.text[sent.start - 1:sent.start] == "\n" and self._output_lead(sent, False)):
            return   # (an unbulleted item under a lead: "Product data for August …: ¶ Crude steel: 87.3 mn tonnes, +3.8% yoy")
        semi = _SEMI.search(self.text, h.end, sent.end)
        region = [n for n in nums if h.end < n.start < (semi.start() if semi else sent.end) and id(n) not in self.claimed]
        if region and (self.text[h.end:region[0].start] in (" ", ": ") or _TERSE_DATED_LABEL.fullmatch(self.text, h.end, region[0].start)) \
                and region[0].unit == "tonnes":   # (also "- Crude steel: 1.053 billion tonnes", "- Crude steel, December: 77.4 million tonnes")
            self._assign([ind_id], region, h.end, sent, state, h.start)

    def _product_rate_item(self, sent: Sentence, h: Hit, nums: list[Num], state, ind_id: str) -> None:
        """'New-economy products again outperformed: solar cells +21.3%, integrated circuits +20.0% and
        industrial robots +12.3%': a list of products' signed rates after a lead on products or output;
        only for a product whose one catalogue flow is its output."""
        n = next((q for q in nums if q.start > h.end), None)
        if n is None or n.unit != "percent" or id(n) in self.claimed or not _SIGNED_RATE_AFTER.fullmatch(self.text, h.end, n.start) \
                or _PERCENT_OF.match(self.text, n.end) or self.text.startswith(("pp", " pp", " ppt", " percentage"), n.end):
            return
        colon = self.text.rfind(":", sent.start, h.start)
        if colon < 0 or not _PRODUCTS_LEAD.search(self.text, sent.start, colon + 1) or not _RATE_ITEMS_BEFORE.fullmatch(self.text, colon + 1, h.start):
            return
        ind = self.cat[ind_id]
        if not self._blocked(sent, h.start, h.end, ind, n):
            sign = -1.0 if self.text[n.start - 1] in "-\u2212" else 1.0
            self._emit(ind_id, "yoy_pct", n, self.period_for(ind, n, sent, state), sent, sign * n.value)

    def _elided_output_rate(self, sent: Sentence, h: Hit, nums: list[Num], state, ind_id: str) -> None:
        """'industrial robot output jumped 14.4% y/y to 60,209 sets and service robots rose 19.3%': a
        product whose one catalogue flow is its output, in a clause joined to one on another product's
        output, with its rate right after the verb."""
        text, ind = self.text, self.cat[ind_id]
        n = next((q for q in nums if q.start > h.end), None)
        prev = next((q for q in reversed(nums) if q.end <= h.start), None)
        if ind.unit not in ("count", "tonnes") or n is None or n.unit != "percent" or id(n) in self.claimed \
                or not (vm := _ELIDED_OUTPUT_VERB.fullmatch(text, h.end, n.start)) \
                or prev is None or not _FIGURE_CLAUSE_JOIN.fullmatch(text, prev.end, h.start) \
                or not _OUTPUT_WORD.search(text, sent.start, h.start) or _PERCENT_OF.match(text, n.end):
            return
        if not self._blocked(sent, h.start, h.end, ind, n):
            sign = -1.0 if vm.group(1).lower() in ("fell", "declined", "dropped", "decreased", "slipped", "shrank", "contracted") else 1.0
            self._emit(ind_id, "yoy_pct", n, self.period_for(ind, n, sent, state), sent, sign * n.value)

    def _output_label(self, sent: Sentence, h: Hit, nums: list[Num], state, ind_id: str, made: bool = False) -> None:
        """'- Microcomputer equipment: 68.63 million units, up 71.5%': a list of products made, each
        labelled; only for a product whose one catalogue flow is its output, under a lead that
        names no sales, shipments or trade."""
        lm = _LABEL_LINE.match(self.text, sent.start)
        if lm is None or lm.end() <= h.end or self.text[h.end:lm.end()].strip() != ":":
            return
        n = next((n for n in nums if n.start >= lm.end()), None)
        if n is None or n.start != lm.end() or id(n) in self.claimed or not _THINGS_MADE.search(self.text, n.start, n.end):
            return
        if not self._output_lead(sent, made):
            return
        semi = _SEMI.search(self.text, h.end, sent.end)
        self._assign([ind_id], [q for q in nums if n.start <= q.start < (semi.start() if semi else sent.end)
                                and id(q) not in self.claimed], h.end, sent, state, h.start)

    def _output_lead(self, sent: Sentence, made: bool) -> bool:
        """The list's lead ends in a colon and names no sales or trade (`made`: and names making)."""
        lines = self.text[max(0, sent.start - 800):sent.start].splitlines()
        # (past the list's other items, bulleted or not: "Crude steel: 87.3 mn tonnes, +3.8% yoy ¶ Automobiles: 1.72 mn units")
        lead = next((ln for ln in reversed(lines) if ln.strip() and not _BULLET_LINE.match(ln) and not _LABEL_ITEM_LINE.match(ln)), "")
        return lead.rstrip().endswith(":") and not _NOT_OUTPUT_LEAD.search(lead) and (not made or bool(_MADE_LEAD.search(lead)))

    def _recorded_level(self, ind_id: str, frame_start: int, sent: Sentence, state) -> None:
        """'In December, CAAM recorded 163,000 NEV sales': the level stated before its subject,
        as the object of a verb of recording."""
        if not self._after_number(frame_start):
            return
        num, ind = self.nums[bisect_left(self.num_starts, frame_start) - 1], self.cat[ind_id]
        if id(num) in self.claimed or num.sentence != sent.index or not self._unit_ok(num, ind) \
                or ind.unit == "percent" or not _RECORDED_BEFORE.search(self.text, max(sent.start, num.start - 40), num.start):
            return
        if not self._blocked(sent, frame_start, frame_start, ind, num):
            self._emit(ind_id, "level", num, self.period_for(ind, num, sent, state), sent)

    def _after_number(self, pos: int) -> bool:
        """A figure ends right before pos (only spaces between), or its span runs over pos (its unit word)."""
        k = bisect_left(self.num_starts, pos) - 1
        return k >= 0 and (self.nums[k].end > pos or self.text[self.nums[k].end:pos].isspace())

    def _region_subject(self, sent: Sentence) -> bool:
        """A region opens the sentence, or "Its/Their" continues a sentence that a region opened."""
        k = sent.index
        cached = self._region_cache.get(k)
        if cached is None:
            dl = _DATELINE.match(self.text, sent.start)
            s0 = dl.end() if dl else sent.start
            opening = self.low[s0:min(s0 + 200, sent.end)]
            if "," in opening[:60]:
                # "High-tech manufacturing, which Beijing sees as the backbone of ..., grew": an aside
                # about the subject is no subject
                opening = _APPOSITIVE.sub(" ", opening)
            if " - " in opening[:60] or "\u2013" in opening[:60]:
                # "Sales of new-energy vehicles - Beijing's term for battery-electric and plug-in hybrid cars -
                # rose 14.4%": nor an aside set off by dashes
                opening = _DASH_ASIDE_WIDE.sub(" ", opening)
            if " when " in opening[:60]:
                # "In April, when Shanghai's lockdown was at its tightest, output contracted": nor a setting
                opening = _WHEN_SETTING.sub(_blank, opening)
            if "operators'" in opening:
                opening = _TELECOM_OPERATORS.sub(_blank, opening)   # nor all telecom operators' revenue
            if "unicom" in opening:
                opening = _ALL_OPERATORS.sub(_blank, opening)   # nor all of them together
            if "count" in opening or "prefecture" in opening:
                opening = _ALL_PLACES.sub(_blank, opening)   # nor "5G covers all county towns"
            text60 = _VENUE.sub(" ", opening[:60])   # not "At a press conference in Beijing"
            if "beijing" in text60:
                text60 = _BEIJING_SAID.sub(_blank, text60)   # nor "Beijing also reported that ...": the government
            head = text60[:40]
            if text60[40:41].isalpha():
                head = head[:head.rfind(" ") + 1]   # whole words only ("which inc|lude" is no "Inc")
            cached = _has_words(head, _REGION_WORDS, _REGION_BIGRAMS)
            if not cached and k > 0 and _POSSESSIVE_START.match(self.text, s0) \
                    and self.sentences[k - 1].para == sent.para:
                cached = self._region_subject(self.sentences[k - 1])
            self._region_cache[k] = cached
        return cached

    def _same_clause(self, a: int, b: int) -> bool:
        """Nothing between a and b starts another statement: no phrase hit ("exports", "market
        share") and no clause word ("while", "and", "with")."""
        k = bisect_left(self.hit_starts, a)
        if k < len(self.hits) and self.hits[k].start < b:
            return False
        m = _CLAUSE_SWITCH.search(self.text, a, b)
        while m is not None:
            j = bisect_right(self._all_period_starts, m.start()) - 1
            if j < 0 or m.start() >= self._all_period_ends[j]:
                return False
            m = _CLAUSE_SWITCH.search(self.text, m.end(), b)   # "over January and February": a period's own "and"
        return True

    def _headline_line(self, sent: Sentence) -> bool:
        """A whole line, short, with no sentence punctuation at its end and no "label: value"
        colon: "Gigabit users hit 100 million" under "Related stories"."""
        text = self.text
        line_start = text.rfind("\n", 0, sent.start) + 1
        if sent.end - sent.start <= 110 and self._under_heading(line_start, _RELATED_HEADING):
            return True   # "相关报道\n · 统计局：12月规模以上工业增加值增长6.2%"
        if _RELATED_INLINE.match(text, line_start):
            return True   # "（相关阅读：工信部：上半年规上工业增加值增长3.8% 装备制造业贡献突出）": a link to another story
        if sent.end - sent.start > 110 or (sent.end < len(text) and text[sent.end] != "\n") \
                or line_start < sent.start and not _LIST_MARK.fullmatch(text, line_start, sent.start):
            return False
        if _LIST_MARK.match(text, line_start) and (self._under_heading(line_start, _SUMMARY_HEADING)
                                                   or self._under_heading(line_start, _LIST_LEAD_IN)
                                                   or self._between_paragraphs(line_start)):
            return False   # "Key Takeaways\n- China has more than 718,000 5G base stations": the story's own summary
        line = text[sent.start:sent.end].rstrip()
        return bool(line) and line[-1] not in _LINE_END_PUNCT and ":" not in line and "：" not in line

    def _between_paragraphs(self, line_start: int) -> bool:
        """'…offering some relief to policy makers.\n\n- Industrial output rose 6.1% from a year earlier,
        versus a median estimate of 6.1%\n- …\n\nKey Insights\n\nValue added of …': a run of bullets with
        the story's paragraphs above and below it (a heading between is allowed below) is its own points,
        not links to other stories."""
        lines = self.text[:line_start].split("\n")[:-1]
        while lines and _LIST_MARK.match(lines[-1]) and lines[-1].strip():
            lines.pop()
        if lines and not lines[-1].strip():
            lines.pop()
        if not (lines and _prose_line(lines[-1])):
            return False
        below = [ln for ln in self.text[line_start:line_start + 3000].split("\n")[1:] if ln.strip()]
        while below and _LIST_MARK.match(below[0]):
            below.pop(0)
        if below and len(below[0]) < 40 and not _prose_line(below[0]):
            below.pop(0)   # a heading
        return bool(below) and _prose_line(below[0])

    def _under_heading(self, line_start: int, heading: re.Pattern) -> bool:
        """The line is one of a run of lines (no blank line between) under a heading such as
        "Related stories" / "相关报道"."""
        text = self.text
        pos = line_start
        for _ in range(12):
            if pos <= 0:
                return False
            prev_start = text.rfind("\n", 0, pos - 1) + 1
            line = text[prev_start:pos - 1].strip()
            if not line:
                # "Here are the highlights:\n\n- NEV production hit …": one blank line after the heading
                above = text[text.rfind("\n", 0, max(prev_start - 1, 0)) + 1:max(prev_start - 1, 0)].strip()
                return bool(heading.fullmatch(above))
            if heading.fullmatch(line):
                return True
            pos = prev_start
        return False

    def _later_rates(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'Output grew 3.4% in the first half, including 0.7% in the second quarter'; '…增长6.0%，其中
        6月份增长6.3%': a later rate of the same sentence with a period of its own, after the one
        indicator rated there and no other phrase, is that indicator's rate for its period."""
        rates = sorted((c for c in emitted if c.measure == "yoy_pct" and c.period is not None), key=lambda c: c.num.start)
        if not rates:
            return
        # the first indicator rated (others rated later in the sentence are after a phrase, where the
        # scan stops: "…增长6.2%，其中9月份增长6.5%；装备制造业…分别增长9.7%和9.6%"), then the last one
        # ("Automobile sales fell 10.3% ...: NEV sales rose 20.8% ..., but plunged 34.2% in September")
        self._later_rates_of(sent, nums, emitted, rates[0].indicator)
        if rates[-1].indicator != rates[0].indicator and not self._bracketed(rates[-1].num):
            self._later_rates_of(sent, nums, emitted, rates[-1].indicator)

    def _bracketed(self, n: Num) -> bool:
        """'…增长10.5%，高于同期全部工业增加值增速(6.1%)4.4个百分点': a figure given in passing, in brackets."""
        return self.text[n.start - 1:n.start] == "(" and self.text[n.end:n.end + 1] == ")"

    def _later_rates_of(self, sent: Sentence, nums: list[Num], emitted: list[Candidate], first_rated: str) -> None:
        text = self.text
        rates = [c for c in emitted if c.measure == "yoy_pct" and c.period is not None and c.indicator == first_rated]
        if self.cat[first_rated].instant:
            return
        # from the first rate: an earlier-period rate read after it ("..., compared with 5% in May")
        # may stand after a later rate of its own ("and expanded 6.3% in June, compared with ...")
        last = min(rates, key=lambda c: c.num.start)
        prev_end = last.num.end
        others = {id(c.num) for c in emitted if c.indicator != first_rated}
        held = False
        for n in nums:
            if n.start > prev_end and n.in_range and n.unit == "percent" \
                    and (held or _RANGE_HELD.search(text, prev_end, n.start)):
                held, prev_end = True, n.end   # "…增长6.0%，增速稳定在6%—6.3%的区间；12月份增长6.0%": the band it kept to
                continue
            held = False
            if n.start > prev_end and id(n) in others and self._bracketed(n):
                prev_end = n.end   # (another's rate in brackets, in passing: "…高于同期全部工业增加值增速(6.1%)4.4个百分点；12月份增长9.4%")
                continue
            if n.start > prev_end and id(n) in others:
                break   # "…增加值增长4.6%，中小企业增加值增长4.7%，…，其中四季度增长6.2%": the other one's quarter
            if n.start > prev_end and any(c.num is n for c in rates):
                prev_end = n.end   # "上半年…下降1.3%；前三季度…增长1.2%…；其中三季度增长5.8%": from the last rate read
                continue
            if n.start <= prev_end or id(n) in self.claimed:
                continue
            if n.unit == "pp":
                prev_end = n.end   # "…，比二季度加快1.4个百分点；9月份增长6.9%"
                continue
            if n.unit is None and _TIME_SPAN_AFTER.match(text, n.end) or n.unit == "time":
                continue   # ("…, the weakest pace in nearly three decades, although growth picked up to 6.9 per cent", "… in 24 years")
            between = self._slice(self.hit_starts, self.hits, prev_end, n.start)
            if between and _OUTPUT_INDICATOR.search(first_rated):
                # "it grew 0.7%, and output growth accelerated to 3.9% in June": the output just rated
                between = [h for h in between if not (h.role.role == "attr" and h.role.key == "prod"
                                                      and self.low[h.start:h.end] in ("output", "production"))]
            if between and first_rated == "industrial_value_added":
                between = [h for h in between if h.role.key != "va"]   # "…, and June IVA grew 4.4%yoy": the value added just rated
            if n.unit != "percent" or n.in_range or between \
                    or self._slice(self.zh_starts, self.zh_hits, prev_end, n.start):
                break
            c0 = max(text.rfind(x, prev_end, n.start) for x in ",;，；:") + 1 or prev_end
            s0 = max(text.rfind(x, prev_end, n.start) for x in ";；") + 1 or prev_end   # "...; in March, growth ..."
            lead = text[max(c0, prev_end):n.start]
            if _NOT_YOY_OPENER.search(text, prev_end, n.start):
                break   # "…；从环比看，6月份增长0.52%": on the month before, no year-on-year rate
            # ("…，5月份由负转正，增长0.7%": the month of the clause before, which has no figure)
            zt = _ZH_TURNED_CLAUSE.search(text, prev_end, c0) if self.has_chinese and c0 > prev_end else None
            if not (_LATER_RATE_LEAD.search(lead) or zt) or _LATER_NOT.search(_YOY_FROM.sub(" ", lead)):   # (not "from a year earlier")
                prev_end = n.end
                continue
            if self.has_chinese and _HAS_CJK.search(lead) and not _ZH_LATER_LEAD.fullmatch(lead):
                break   # "；消费品制造业6月份增加值同比增长1.5%": another subject's rate
            if "分别" in lead:
                break   # "A和B…分别增长13.5%和10.1%，1-11月则分别增长13.4%和11.4%": the list's, not the last one's
            if _WHILE_OTHER.search(lead) or s0 > prev_end and _OTHER_SUBJECT_CLAUSE.match(text, s0, n.start):
                break   # "..., while total mobile internet traffic for H1 rose 38.8%": another subject
            # ("其中一季度增长6.1%、二季度增长5.9%": the next period is the next rate's)
            c1 = min([j for j in (text.find(x, n.end, sent.end) for x in ",;，；、") if j >= 0] or [sent.end])
            nxt = self._slice(self.num_starts, self.nums, n.end, c1)
            if nxt:
                c1 = nxt[0].start   # "slowed to 4.9% in the second quarter and to 3.1% in June"
                br = text.find("(", n.end, c1)
                c1 = br if br >= 0 else c1   # ("June IVA grew 4.4%yoy (May: +3.5%)": the bracket's month is its own figure's)
            a0 = max(s0 if s0 > prev_end else c0, prev_end)
            aj = text.rfind(", and ", prev_end, c0)
            if aj > prev_end and not self._slice(self.num_starts, self.nums, aj, n.start):
                a0 = aj   # "..., 1.4 points faster than in Q2, and in September, the growth rate reached 6.9%"
            own = [e for e in self.periods if a0 <= e.start < c1 and not e.comparison
                   and e.kind in ("interval",) and not (e.start > n.end and _SINCE_END.search(text, n.end, e.start))]
            if len(own) > 1:
                # "climbed 6% in the first half and expanded 5.3% in June": the first rate's own period
                # stands before the joining word
                cut = max(c0, prev_end) + [m.start() for m in _LATER_RATE_LEAD.finditer(lead)][-1]
                own = [e for e in own if e.start >= cut]
            if len(own) > 1 and nxt and len(mine := [e for e in own if e.end <= n.start]) == 1:
                own = mine   # "with the second quarter also at 6.9 percent and June accelerating to 7.6 percent"
            if not own and zt:
                own = [e for e in self.periods if zt.start() <= e.start < zt.end() and not e.comparison and e.kind == "interval"]
            pm = _PERIOD_POSSESSIVE_END.search(lead) if not own else None
            if len(own) != 1 and not pm:
                prev_end = n.end
                continue
            if pm:
                # (a month inside the period of the rate before: "grew 6.1% in 2015, …, and December's 5.9%")
                b = last.period.end   # (the latest month of that name up to the end of the period: before the month after it)
                p = _named_month_before(pm.group("mon"), date(b.year + b.month // 12, b.month % 12 + 1, 1))
                if p.start < last.period.start:
                    prev_end = n.end
                    continue
            else:
                p = resolve(own[0], self.ctx)
            g = self._growth(n, max(c0, prev_end))
            if g is None and (_INCLUDING.search(lead) or _LEVEL_LINK_END.search(lead) or _WITH_GROWTH_AT.search(lead)):
                g = n.value   # "..., and June came in at 6.5%", "with the growth in June at 3.9 percent"
            if g is None and (_ELIDED_AT.search(lead) and text.endswith((" at ", " by "), 0, last.num.start)
                              or _BY_THE_SAME.search(lead) and n.value == last.num.value
                              or _PERIOD_POSSESSIVE_END.search(lead)):
                g = n.value
            rt = _RETURNED_TO_RATE.match(text, n.end) if g is None and _RETURNED_TO.search(lead) else None
            if rt:
                g = -n.value if rt.group("fall") else n.value   # "…, but returned to 9.2% growth in March"
            if g is None and (_FALL_NARROWED_TO.search(lead) or _ZH_FALL_MOVED_TO.search(lead)):
                g = -n.value
            if g is None and _ZH_MOVED_TO.search(lead):
                g = n.value
            if g is None and lead.endswith(" by ") and _ELIDED_AT.search(lead) \
                    and _CHANGED_BY_END.search(text, max(0, last.num.start - 24), last.num.start):
                g = n.value if last.value >= 0 else -n.value   # "fell 3.6% …, and by 6.1% in September alone": the same verb
            if p is None or g is None or p == last.period or any(c.period == p for c in rates):
                prev_end = n.end
                continue
            if self._blocked(sent, max(c0, prev_end), n.end, self.cat[last.indicator], n):
                break
            self._emit(last.indicator, "yoy_pct", n, p, sent, g)
            prev_end = n.end
            lv = next((m for m in nums if m.start > n.end), None)
            level = next((c for c in emitted if c.measure == "level" and c.indicator == last.indicator), None)
            if lv is not None and level is not None and id(lv) not in self.claimed and lv.unit == level.num.unit \
                    and _LATER_TO_LEVEL.fullmatch(text, n.end, lv.start):
                # "rose 20.8% to 872,000 in the first nine months, but fell 34.2% in September alone, to
                # 80,000": the level it fell to, for its period
                self._emit(last.indicator, "level", lv, p, sent)
                prev_end = lv.end

    def _unchanged_from(self, sent: Sentence, emitted: list[Candidate]) -> None:
        """'IP growth held at 4.5%yoy in Sep, unchanged from Aug', '…, the same pace as in August': the
        rate stated is also the earlier period's."""
        text = self.text
        for c in [c for c in emitted if c.measure == "yoy_pct"]:
            um = _UNCHANGED_FROM.match(text, c.num.end, sent.end)
            if not um:
                continue
            ex = next((e for e in self._slice(self.period_starts, self.periods, um.end(), um.end() + 1)
                       if e.start == um.end() and e.kind == "interval"), None)
            p = resolve(ex, self.ctx) if ex is not None else None
            if p is not None and not p.instant and p.end < c.period.start \
                    and (p.end - p.start).days // 27 == (c.period.end - c.period.start).days // 27 \
                    and not any(o.indicator == c.indicator and o.measure == "yoy_pct" and o.period == p for o in self.out):
                self._emit(c.indicator, "yoy_pct", c.num, p, sent, c.value)

    def _gapped_sector_rates(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'High-tech manufacturing expanded 10.8% and equipment manufacturing 9.5%', '... and that
        of equipment manufacturing 5.6%': a sector's rate with the verb left out is read like the
        sector's rate just before it."""
        text = self.text
        va_ids = {FLOW_PAIRS.get((k, "va")) for k in _VA_SECTORS}
        for c in emitted:
            if c.measure != "yoy_pct" or c.indicator not in va_ids and c.indicator != "industrial_value_added":
                continue
            m = _GAPPED_JOIN.match(text, c.num.end, sent.end)
            if not m:
                continue
            rm = _RATE_THEN_SECTOR.match(text, m.end(), sent.end)
            if rm:
                # "… grew by 5.9% in 2025, and by 9.4% in high-tech manufacturing": the rate first, then its sector
                n = next((q for q in nums if q.start == rm.start("n")), None)
                hs = self._slice(self.hit_starts, self.hits, rm.end(), rm.end() + 1)
                if n is None or n.unit != "percent" or id(n) in self.claimed or not hs or hs[0].role.role != "subj" \
                        or hs[0].role.key not in _VA_SECTORS or not _SECTOR_END.match(text, hs[0].end, sent.end):
                    continue
                ind_id = FLOW_PAIRS.get((hs[0].role.key, "va"))
                if ind_id in self.cat and not any(o.indicator == ind_id and o.measure == "yoy_pct" for o in emitted):
                    self._emit(ind_id, "yoy_pct", n, c.period, sent, n.value if c.value >= 0 else -n.value)
                continue
            if c.indicator not in va_ids:
                continue
            hs = self._slice(self.hit_starts, self.hits, m.end(), m.end() + 1)
            if not hs or hs[0].role.role != "subj" or hs[0].role.key not in _VA_SECTORS:
                continue
            k = bisect_left(self.num_starts, hs[0].end)
            n = self.nums[k] if k < len(self.nums) else None
            if n is None or n.unit != "percent" or id(n) in self.claimed or n.in_range \
                    or not _GAPPED_GAP.fullmatch(text, hs[0].end, n.start) or _GAPPED_NOT_AFTER.match(text, n.end):
                continue
            ind_id = FLOW_PAIRS.get((hs[0].role.key, "va"))
            if ind_id not in self.cat or any(o.indicator == ind_id and o.measure == "yoy_pct" for o in emitted):
                continue
            self._emit(ind_id, "yoy_pct", n, c.period, sent, n.value if c.value >= 0 else -n.value)
        # "grew 6.4% in the first half, with equipment manufacturing (10.2%) and high-tech manufacturing (9.5%)
        # again outpacing the total": each sector's rate in brackets after its name
        head = next((c for c in emitted if c.measure == "yoy_pct" and c.indicator == "industrial_value_added" and c.period is not None), None)
        if head is None or _SHARE_SENTENCE.search(text, sent.start, sent.end):
            return
        for h in self._slice(self.hit_starts, self.hits, head.num.end, sent.end):
            m = _SECTOR_BRACKET_RATE.match(text, h.end) if h.role.role == "subj" and h.role.key in _VA_SECTORS else None
            n = next((q for q in nums if m and q.start == m.start("n")), None)
            ind_id = FLOW_PAIRS.get((h.role.key, "va"))
            if n is None or id(n) in self.claimed or ind_id not in self.cat \
                    or any(o.indicator == ind_id and o.measure == "yoy_pct" for o in emitted):
                continue
            self._emit(ind_id, "yoy_pct", n, head.period, sent, -n.value if m.group("sign") else n.value)

    def _rates_of_two_levels(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'NEV production rose to 2.661 million, while NEV sales reached 2.6 million, both up about
        120%': the rate read for the second level is also the first's, when the sentence has levels
        of exactly those two indicators, for the rate's period. ('..., the latter being an increase
        of 27.9 per cent': the rate is the second's, or the first's after 'the former'.)"""
        levels = [c for c in emitted if c.measure == "level"]
        if len(levels) == 2 and levels[0].indicator != levels[1].indicator and levels[0].period == levels[1].period:
            for n in nums:
                if id(n) in self.claimed or n.start < levels[1].num.end:
                    continue
                pm = _POINTED_RATE_LEAD.search(self.text, max(levels[1].num.end, n.start - 60), n.start)
                g = self._growth(n, pm.start()) if pm else None
                if g is None:
                    continue
                c = levels[1] if pm.group("which").lower() == "latter" else levels[0]
                if not any(x.measure == "yoy_pct" and x.indicator == c.indicator for x in emitted):
                    self._emit(c.indicator, "yoy_pct", n, c.period, sent, g)
                return
        rates = [c for c in emitted if c.measure == "yoy_pct"]
        if len(rates) != 1:
            return
        r = rates[0]
        if not _BOTH_RATE_LEAD.search(self.text, max(sent.start, r.num.start - 60), r.num.start):
            return
        levels = [c for c in emitted if c.measure == "level" and c.num.end <= r.num.start]
        other = {c.indicator for c in levels} - {r.indicator}
        if len(other) != 1 or len(levels) != 2 or any(c.period != r.period for c in levels):
            return
        self._emit(other.pop(), "yoy_pct", r.num, r.period, sent, r.value)

    def _part_levels(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'Shipments reached 14.06 million in the first quarter, including 8.9 million in March
        alone' (or "…, with October alone at 20.47 million"): the flow just stated, for a part of its period named right after the number."""
        for c in [c for c in emitted if c.measure == "level" and c.period is not None]:
            ind = self.cat[c.indicator]
            if ind.instant:
                continue
            nxt = self._slice(self.num_starts, self.nums, c.num.end, sent.end)
            if len(nxt) > 1 and nxt[0].unit in ("percent", "times") and not self._unit_ok(nxt[0], ind) \
                    and _LATER_LEVEL_LEAD.fullmatch(self.text, c.num.end, nxt[1].start) \
                    and not self._slice(self.hit_starts, self.hits, c.num.end, nxt[1].start):
                nxt = nxt[1:]   # "reached 10.35 GB in 2020, up 32.3 percent from 2019, and rose to 11.92 GB in December"
            if not nxt or id(nxt[0]) in self.claimed or not self._unit_ok(nxt[0], ind):
                continue
            n = nxt[0]
            am = _PART_ALONE_LEAD.fullmatch(self.text, c.num.end, n.start)   # "…, with October alone at 20.47 million"
            if am:
                own = [e for e in self.periods if am.start("p") <= e.start < am.end("p") and not e.comparison]
            elif _PART_LEVEL_LEAD.fullmatch(self.text, c.num.end, n.start) or _LATER_LEVEL_LEAD.fullmatch(self.text, c.num.end, n.start):
                m = _PART_PERIOD_LEAD.match(self.text, n.end)
                own = [e for e in self.periods if m and e.start == m.end() and not e.comparison]
            else:
                continue
            p = resolve(own[0], self.ctx) if own else None
            later = not am and p is not None and p.start > c.period.end and not _PART_LEVEL_LEAD.fullmatch(self.text, c.num.end, n.start)
            if p is None or p == c.period or (p.start < c.period.start or p.end > c.period.end) and not later:
                continue   # (a later period only after "and rose to": "5 million in 2022, and rose to 6.97 million in 2023")
            self._emit(c.indicator, "level", n, p, sent)

    def _with_other_flow(self, sent: Sentence, emitted: list[Candidate]) -> None:
        """'NEV sales more than quadrupled to 331,000, with 340,000 produced': the same subject's other
        flow, for the same period."""
        for c in [c for c in emitted if c.measure == "level" and c.period is not None]:
            nxt = self._slice(self.num_starts, self.nums, c.num.end, sent.end)[:1]
            vm = _WITH_PARTICIPLE.match(self.text, nxt[0].end) if nxt else None
            if not vm or id(nxt[0]) in self.claimed or not _WITH_OTHER_FLOW.fullmatch(self.text, c.num.end, nxt[0].start):
                continue
            ind = self.cat.get(FLOW_PAIRS.get((_subject_of(c.indicator), _VERB_TO_ATTR[vm.group(1).lower()]), ""))
            if ind is not None and ind.id != c.indicator and self._unit_ok(nxt[0], ind):
                self._emit(ind.id, "level", nxt[0], c.period, sent)

    def _industry_growth(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'The software ... industry grew 14.2 per cent, with revenue surpassing 6.3 trillion yuan':
        the industry's growth, read as the growth of the revenue that follows it."""
        for c in [c for c in emitted if c.measure == "level" and c.period is not None]:
            if any(e.indicator == c.indicator and e.measure == "yoy_pct" for e in emitted) \
                    or (_subject_of(c.indicator), "rev") not in FLOW_PAIRS or FLOW_PAIRS[(_subject_of(c.indicator), "rev")] != c.indicator:
                continue
            before = [n for n in nums if sent.start <= n.start and n.end <= c.num.start]
            rate = before[-1] if before else None
            if rate is None or rate.unit != "percent" or id(rate) in self.claimed \
                    or not _INDUSTRY_GREW_BEFORE.search(self.text, max(sent.start, rate.start - 40), rate.start) \
                    or not _WITH_REVENUE_GAP.fullmatch(self.text, rate.end, c.num.start):
                continue
            self._emit(c.indicator, "yoy_pct", rate, c.period, sent, self._growth(rate, sent.start))

    def _while_other_flow(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'The full figure was 28.08 million, down 2.8 percent, while production fell 4.2 percent to
        27.81 million units': the other flow of the subject just given, for the same period."""
        levels = [c for c in emitted if c.measure == "level" and c.period is not None]
        if len(levels) != 1:
            return
        c = levels[0]
        last = max(e.num.end for e in emitted)
        m = _WHILE_OTHER_FLOW.match(self.text, last, sent.end)
        attr = {"production": "prod", "output": "prod", "sales": "sales"}[m.group("a").lower()] if m else None
        ind = self.cat.get(FLOW_PAIRS.get((_subject_of(c.indicator), attr), ""))
        if ind is None or ind.id == c.indicator or ind.instant:
            return
        level, rate = self._growth_then_level(None, nums, ind, sent, m.end())
        if rate is not None:
            self._emit(ind.id, "level", level, c.period, sent)
            self._emit(ind.id, "yoy_pct", rate, c.period, sent, self._growth(rate, m.end()))

    def _restated_levels(self, sent: Sentence, emitted: list[Candidate]) -> None:
        """'5G基站总数近500万个，达到490.3万个': the exact level after the threshold it passed (consolidation
        keeps the more precise one)."""
        for c in [c for c in emitted if c.measure == "level"]:
            nxt = self._slice(self.num_starts, self.nums, c.num.end, sent.end)[:2]
            if nxt and _OPEN_BRACKET.fullmatch(self.text, c.num.end, nxt[0].start) and not self._restated(c.num, nxt[0]):
                nxt = nxt[1:]   # past a conversion: "nearly 1 trillion yuan ($144 billion) -- 997.9 billion yuan"
            if not nxt or id(nxt[0]) in self.claimed:
                continue
            if self._restated(c.num, nxt[0]):
                self._emit(c.indicator, "level", nxt[0], c.period, sent)
                # ("more than 8 trillion yuan: 8.16 trillion yuan to be precise, up 13.3%")
                self._attach_growth(self.cat[c.indicator], nxt[0], sent, None, c.period)

    def _earlier_levels(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'... reached 3.647 million, up from 3.377 million at the end of 2023'; 'DOU was 18.1 GB in
        March, compared with 16.4 GB a year earlier': the level it is compared with is the same
        indicator's level at the date named right after it."""
        text = self.text
        for c in emitted:
            if c.measure != "level" or c.period is None:
                continue
            # (past a figure's aside: "4.251 million 5G base stations - about 30 for every 10,000 people -
            # up from 2.312 million")
            aside = _DASH_ASIDE.search(text, c.num.end, min(sent.end, c.num.end + 200))
            if aside and self._slice(self.num_starts, self.nums, c.num.end, aside.start()):
                aside = None
            skip_to = aside.end() if aside else c.num.end
            after = [n for n in nums if n.start > skip_to][:4]
            if len(after) > 1 and after[0].unit != c.num.unit and _CONVERSION_OPEN.fullmatch(text, c.num.end, after[0].start) \
                    and _BRACKET_CLOSES.match(text, after[0].end):
                del after[0]   # ("4.3 trillion yuan (about $654 billion), up 16.6% from about 3.7 trillion yuan in 2014")
            while len(after) > 1 and after[0].unit == "percent" != c.num.unit:
                # "22.42 million units in June, up 4.1% YoY and up from 21.6 million in May", "up 49.6
                # percent year-on-year and up 11.1 percent from September's 1,287,000 units"
                del after[0]
            if len(after) > 1 and _TIMES_AFTER.match(text, after[0].end):
                del after[0]   # ("331,092 units, more than four times the 74,763 sold in 2014": a multiple)
            if len(after) > 1 and _PER_DAY_AFTER.match(text, after[0].end):
                del after[0]   # ("64.46 million tonnes, or about 2.08 million tonnes a day, after 64.35 million tonnes in November")
            if len(after) > 1 and (_ABSOLUTE_CHANGE_LEAD.search(text, max(c.num.end, after[0].start - 24), after[0].start)
                                   or self.has_chinese and _ZH_NET_CHANGE_LEAD.fullmatch(text, c.num.end, after[0].start)):
                # (", an increase of 345,000 from the end of last year and up from 3.648 million"; "，比上年末净增50.7万个，
                # 较“十三五”末的71.8万个增长5倍多")
                del after[0]
            added = None
            if len(after) > 1 and (wm := _WITH_ADDED_LEAD.search(text, max(c.num.end, after[0].start - 30), after[0].start)) \
                    and _WITH_ADDED_AFTER.match(text, after[0].end) and (k := text.find(",", after[0].end, after[1].start)) >= 0:
                added = (wm.start(), k)   # ("2.312mn at end-2022, with 887,000 added during the year, up from 1.425mn at end-2021")
                del after[0]
            ind = self.cat[c.indicator]
            if not after or id(after[0]) in self.claimed or after[0].unit != c.num.unit and not (
                    None in (after[0].unit, c.num.unit) and self._unit_ok(after[0], ind)):
                continue   # ("22.42 million units ... from 21.6 million", "331,092 NEVs ... over the 74,763 units")
            n = after[0]
            gap = text[c.num.end:aside.start()] + "," + text[aside.end():n.start] if aside else text[c.num.end:n.start]
            if added:
                gap = text[c.num.end:added[0]] + text[added[1]:n.start]
            if "world" in gap or "global" in gap:
                gap = _WORLD_SHARE_ASIDE.sub("", gap)   # (", accounting for roughly 70 percent of the world's total, up from 718,000")
            if self.has_chinese:
                gap = _ZH_NET_CHANGE_CLAUSE.sub("", gap, count=1)   # ("，比上年末净增50.7万个，较“十三五”末的71.8万个增长5倍多")
            zm = _ZH_EARLIER_LEVEL_BEFORE.fullmatch(gap) if self.has_chinese else None
            # ("达到1.65G，高于6月的1.54G": "above" says the change itself)
            changed = (_ZH_CHANGE_AFTER.match(text, n.end) or zm.group("above")) if zm else None
            if self.has_chinese and zm is None and _ZH_TIMES_AFTER.match(text, n.end):
                zm = changed = _ZH_TIMES_EARLIER_LEVEL.fullmatch(gap)
            tb = _ZH_THAN_MONTH_BRACKET.search(text, max(sent.start, n.start - 12), n.start) if self.has_chinese else None
            if tb and _BRACKET_CLOSES.match(text, n.end):
                # "DOU达16.76GB，比7月份（16.43GB）提高0.33GB": that month's level
                ex = next((e for e in self.periods if e.start == tb.start("p")), None)
                p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
                if p is not None and not ind.instant and p.end < c.period.end and p.start == p.end.replace(day=1) \
                        and c.period.start == c.period.end.replace(day=1):
                    self._emit(c.indicator, "level", n, p, sent)
                continue
            ye = _ZH_THAN_YEAR_END_BRACKET.search(text, max(sent.start, n.start - 12), n.start) \
                if self.has_chinese and ind.instant else None
            if ye and _BRACKET_CLOSES.match(text, n.end):
                m = 3 * "一二三".index(ye.group("q")) + 3 if ye.group("q") else int(ye.group("m") or 0)
                if m:
                    if m < c.period.end.month:
                        self._emit(c.indicator, "level", n, Period(_month_end(c.period.end.year, m), _month_end(c.period.end.year, m), True), sent)
                    continue
                y = int(ye.group("y")) if ye.group("y") else c.period.end.year - 1
                if y < c.period.end.year:
                    self._emit(c.indicator, "level", n, Period(date(y, 12, 31), date(y, 12, 31), True), sent)
                continue
            bm = _ZH_BRACKET_YEAR_WAS.search(text, max(sent.start, n.start - 12), n.start) if self.has_chinese else None
            if bm and text.startswith(")", n.end):
                # "5G手机出货量2.64亿部，同比下降2.9%（2024年为2.72亿部）": that year's level
                y = int(bm.group("y"))
                p = Period(date(y, 12, 31), date(y, 12, 31), True) if ind.instant else _year_shifted(c.period, y)
                if p is not None and p.end < c.period.end and (not ind.instant or bm.group("end")):
                    self._emit(c.indicator, "level", n, p, sent)
                continue
            if zm and zm.groupdict().get("mf") and changed:
                # "DOU达到5.94GB/户·月，…，比10月的5.52GB/户·月提升0.42GB": a month's flow, the month before's
                m, b = int(zm.group("mf")), c.period.end
                if not ind.instant and c.period.start == b.replace(day=1) and m != b.month:
                    y = b.year if m < b.month else b.year - 1
                    self._emit(c.indicator, "level", n, Period(date(y, m, 1), _month_end(y, m), False), sent)
                continue
            if zm and zm.group("m") and changed:
                m, b = int(zm.group("m")), c.period.end
                if ind.instant:
                    y = b.year if m < b.month else b.year - 1
                    self._emit(c.indicator, "level", n, Period(_month_end(y, m), _month_end(y, m), True), sent)
                continue
            if zm and changed:
                y = int(zm.group("y")) if zm.group("y") else _PLAN_LAST_YEAR[zm.group("fyp")] if zm.group("fyp") else c.period.end.year - 1
                p = Period(date(y, 12, 31), date(y, 12, 31), True) if ind.instant else Period(date(y, 1, 1), date(y, 12, 31), False)
                if (ind.instant or c.period.start.month == 1 and _months(c.period) == 12) and p.end < c.period.end \
                        and (not ind.instant or zm.group("end") or zm.group("fend") or zm.group("lend")):
                    self._emit(c.indicator, "level", n, p, sent)
                continue
            if self.has_chinese and aside is None and (_ZH_SAME_PERIOD_WAS.fullmatch(gap) or (
                    _ZH_THAN_SAME_PERIOD.fullmatch(gap) and _ZH_CHANGE_AFTER.match(text, n.end))):
                # "千兆宽带用户达1.26亿户，而去年同期这一数字只有6111万户": the same date or months a year before
                # (or "DOU达3.21GB，较上年同期的1.23GB大幅提升")
                e = c.period.end
                if ind.instant and e == _month_end(e.year, e.month):
                    self._emit(c.indicator, "level", n, Period(_month_end(e.year - 1, e.month), _month_end(e.year - 1, e.month), True), sent)
                elif not ind.instant and (p := _year_shifted(c.period, e.year - 1)) is not None:
                    self._emit(c.indicator, "level", n, p, sent)
                continue
            if self.has_chinese and aside is None and (ym := _ZH_YEAR_WAS.fullmatch(gap)):
                y, e = int(ym.group("y")), c.period.end
                if ind.instant and (ym.group("end") or (e.month, e.day) == (12, 31)):
                    p = Period(date(y, 12, 31), date(y, 12, 31), True)
                elif not ind.instant and (c.period.start.month, c.period.start.day, e.month, e.day) == (1, 1, 12, 31):
                    p = _year_shifted(c.period, y)
                else:
                    p = None
                if p is not None and p.end < e:
                    self._emit(c.indicator, "level", n, p, sent)
                continue
            rm = _ZH_RESPECTIVE_EARLIER.fullmatch(gap) if self.has_chinese and aside is None and len(after) > 1 else None
            if rm and re.fullmatch(r"\s*[和与、]\s*", text[n.end:after[1].start]) \
                    and _ZH_CHANGE_AFTER.match(text, after[1].end + (0 if rm.group("resp") else len("分别"))) \
                    and (rm.group("resp") or text.startswith("分别", after[1].end)):   # (or "较2020年底的A和B分别提高")
                # "…普及率达到71.5%，关键工序数控化率达到51.7%，分别比2015年的61.8%和45.4%提高…": the two levels
                # before, in order, at that year's end (or for that year)
                first = next((e for e in reversed(emitted) if e.measure == "level" and e.num.end <= c.num.start
                              and e.indicator != c.indicator and e.period == c.period), None)
                y = int(rm.group("y")) if rm.group("y") else c.period.end.year - 1
                p = Period(date(y, 12, 31), date(y, 12, 31), True) if ind.instant else Period(date(y, 1, 1), date(y, 12, 31), False)
                if first is not None and self.cat[first.indicator].instant == ind.instant and p.end < c.period.end \
                        and (ind.instant or _months(c.period) == 12) and n.unit == first.num.unit and after[1].unit == c.num.unit \
                        and not self._slice(self.num_starts, self.nums, first.num.end, c.num.start):
                    self._emit(first.indicator, "level", n, p, sent)
                    self._emit(c.indicator, "level", after[1], p, sent)
                continue
            cm = _ZH_CONTRAST_EARLIER.fullmatch(text, c.num.end, n.start) if self.has_chinese and aside is None else None
            pm = _ZH_CONTRAST_EARLIER_PAIR.fullmatch(text, c.num.end, n.start) if self.has_chinese and aside is None else None
            if pm and len(after) > 1 and re.fullmatch(r"\s*[和与、]\s*", text[n.end:after[1].start]):
                # "…分别达到71.5%和51.7%，而2015年底这两个数字还只是61.1%和45.4%": the pair's earlier levels, in order
                first = next((e for e in reversed(emitted) if e.measure == "level" and e.num.end <= c.num.start
                              and e.indicator != c.indicator and e.period == c.period), None)
                ex = next((e for e in self.periods if e.start == pm.start("p") and e.end == pm.end("p")), None)
                p = resolve(ex, self.ctx) if ex is not None and ex.kind == "asof" else None
                if first is not None and p is not None and self.cat[first.indicator].instant and ind.instant and p.end < c.period.end \
                        and re.fullmatch(r"\s*[和与、]\s*", text[first.num.end:c.num.start]):
                    self._emit(first.indicator, "level", n, Period(p.end, p.end, True), sent)
                    self._emit(c.indicator, "level", after[1], Period(p.end, p.end, True), sent)
                continue
            ym = _ZH_YEAR_FIGURE_WAS.fullmatch(gap) if self.has_chinese and aside is None and not ind.instant else None
            if ym:
                ex = next((e for e in self.periods if e.start == c.num.end + ym.start("p") and e.end == c.num.end + ym.end("p")), None)
                p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
                if p is not None and _months(p) == 12 == _months(c.period) and p.start.month == 1 == c.period.start.month \
                        and p.end < c.period.start:
                    self._emit(c.indicator, "level", n, p, sent)
                continue
            if cm:
                # "开通5G基站超过71.8万个，而2019年底只有13万个左右": the level at the date of the contrast
                ex = next((e for e in self.periods if e.start == cm.start("p") and e.end == cm.end("p")), None)
                p = resolve(ex, self.ctx) if ex is not None and ex.kind in ("asof", "interval") else None
                if p is not None and ind.instant and ex.kind == "asof" and p.end < c.period.end:
                    self._emit(c.indicator, "level", n, Period(p.end, p.end, True), sent)
                continue
            em = _EARLIER_LEVEL_BEFORE.fullmatch(gap)
            if not em and not (
                    _TO_FROM_GAP.fullmatch(gap) and _CHANGED_TO_END.search(text, max(sent.start, c.num.start - 30), c.num.start)):
                continue   # (nor "jumped to 331,092 in 2015 from 74,763 in 2014")
            if em and "respectively" in gap:
                # "... 9.587 million and 9.495 million, up 35.8% and 37.9% respectively, compared with 6.89
                # million NEVs sold in 2022": the one of the pair that the flow named after it says
                gm = _EARLIER_LEVEL_GAP.match(text, n.end)
                flow = gm.group("verb") or gm.group("noun") or ""
                if not c.indicator.endswith("_sales" if flow.lower() in ("sold", "sales") else "_shipments" if flow.lower() == "shipped"
                                            else "_production" if flow else "?"):
                    continue
            # "…reached 71.5%, and the digitalization rate … had reached 51.1%, up from 61.1% and 45.4%
            # respectively in 2015": the pair it is compared with, in the order of the two levels before it
            pair = None
            if em and "respectively" not in gap and len(after) > 1 and _PAIR_AND.fullmatch(text, n.end, after[1].start) \
                    and (r := _PAIR_RESPECTIVELY.match(text, after[1].end)):
                before = [e for e in emitted if e.measure == "level" and e.num.end <= c.num.start]
                c0 = before[-1] if before else None
                if c0 is None or c0.period != c.period or self.cat[c0.indicator].instant != ind.instant \
                        or c0.indicator == c.indicator or after[1].unit != n.unit or id(after[1]) in self.claimed \
                        or self._slice(self.num_starts, self.nums, c0.num.end, c.num.start):
                    continue
                pair = (c0, r.end())
            at = pair[1] if pair else n.end
            # "versus 81.52mn tonnes (+5.5% yoy) in October": that level's own rate, in brackets, before its date
            br = _EARLIER_RATE_BRACKET.match(text, at) if not pair else None
            at = br.end() if br else at
            p = None
            sp = _SAME_PERIOD_EARLIER.match(text, at)
            if sp and not ind.instant:
                # "18.4GB in December, up from 16.2GB in the same month of 2022": that month a year before
                p = _year_shifted(c.period, int(sp.group("y")) if sp.group("y") else c.period.end.year - 1)
                if p is not None and p.end < c.period.end:
                    self._emit(c.indicator, "level", n, p, sent)
                continue
            if em and em.group("mon"):
                b = c.period.end
                if ind.instant or c.period.start != b.replace(day=1):
                    continue   # (a month's flow against a month's)
                p = _named_month_before(em.group("mon"), b)
            elif _YEAR_EARLIER.match(text, at):
                a, b = c.period.start, c.period.end
                if b != _month_end(b.year, b.month) or a.day != 1 and not c.period.instant:
                    continue
                end = _month_end(b.year - 1, b.month)
                p = Period(end if c.period.instant else a.replace(year=a.year - 1), end, c.period.instant)
            else:
                gm = _EARLIER_LEVEL_GAP.match(text, at)
                ex = next((e for e in self.periods if gm and e.start == gm.end()), None)
                if ex is None or ex.kind not in ("interval", "asof"):
                    continue
                p = resolve(ex, self.ctx)
                if p is not None and ind.instant and not p.instant and ex.kind == "interval" and p.start.month == 1 and p.end.month == 12:
                    p = Period(p.end, p.end, True)   # (a stock "in 2015": at that year's end)
            if p is None or p == c.period or p.instant != ind.instant or p.end >= c.period.end:
                continue
            if pair:
                self._emit(pair[0].indicator, "level", n, p, sent)
                self._emit(c.indicator, "level", after[1], p, sent)
                continue
            self._emit(c.indicator, "level", n, p, sent)
            rn = next((m for m in after if br and br.start("v") == m.start and m.unit == "percent"), None)
            if rn is not None and id(rn) not in self.claimed:
                self._emit(c.indicator, "yoy_pct", rn, p, sent, -rn.value if br.group("sign") in "-\u2212" and br.group("sign") else rn.value)

    def _earlier_rates(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'Industrial output grew 1.3% in December, slowing from 2.2% in November': the rate it is
        compared with is the same indicator's rate for the period named right after it."""
        text = self.text
        rates = [c for c in emitted if c.measure == "yoy_pct"]
        # ("totaled 25.769 million last year, following a 2.8 percent drop to 28.08 million in 2018": a
        # flow's level stands in for its rate)
        flows = [c for c in emitted if c.measure == "level" and not self.cat[c.indicator].instant]
        if not rates and not flows:
            return
        for n in nums:
            if id(n) in self.claimed or n.unit != "percent" or n.in_range:
                continue
            wm = _WHEN_EARLIER.search(text, max(sent.start, n.start - 100), n.start) \
                or _BRACKET_EARLIER.search(text, max(sent.start, n.start - 60), n.start)
            if wm:
                self._when_earlier(wm, n, rates, sent)
                continue
            mb = _MONTH_COLON_BRACKET.search(text, max(sent.start, n.start - 20), n.start)
            if mb:
                c = self._rate_compared(rates, mb.start(), n)
                if c is not None and mb.group("p") and not self.cat[c.indicator].instant:
                    # "rose 4.0% in 1-3Q23 (1H23: 3.8%)", "rose 3.6% in 2022 (4Q22: 2.7% YoY)": that period's
                    ex = next((e for e in self._slice(self.period_starts, self.periods, mb.start("p"), mb.end("p"))
                               if e.start == mb.start("p") and e.kind == "interval"), None)
                    p = resolve(ex, self.ctx) if ex is not None else None
                    if p is not None and not p.instant and p != c.period and p.end <= c.period.end:
                        self._emit(c.indicator, "yoy_pct", n, p, sent, -n.value if mb.group("sign") == "-" else n.value)
                elif c is not None and c.period.start.day == 1 and not self.cat[c.indicator].instant:
                    p = _named_month_before(mb.group("mon")[:3], c.period.end)
                    # (or the month right before months reported together: "rose 5.8% in Jan-Feb … (Dec: +4.3%)")
                    if p.end < c.period.start and (c.period.start.month == c.period.end.month
                                                   or (p.end.month % 12 + 1, p.end.year + (p.end.month == 12)) == (c.period.start.month, c.period.start.year)):
                        self._emit(c.indicator, "yoy_pct", n, p, sent, -n.value if mb.group("sign") == "-" else n.value)
                continue
            pb = _PERIOD_THEN_BRACKET.search(text, max(sent.start, n.start - 60), n.start)
            if pb and text.startswith(")", n.end):
                # "a clear rebound from August (+4.4%)", "after a front-loaded Jan-Feb (+7.0%)": the rate of
                # the period in front of the bracket
                c = self._rate_compared(rates, pb.start(), n)
                ex = next((e for e in self._slice(self.period_starts, self.periods, pb.start(), pb.end())
                           if e.start == pb.start("p") and e.kind == "interval"), None)
                p = resolve(ex, self.ctx) if ex is not None else None
                if c is not None and p is not None and not p.instant and p != c.period and not self.cat[c.indicator].instant:
                    self._emit(c.indicator, "yoy_pct", n, p, sent, -n.value if pb.group("sign") == "-" else n.value)
                continue
            # (from the space before the sentence: "After plunging 13.5% y/y in January-February, output was …")
            lead = _EARLIER_RATE_BEFORE.search(text, max(sent.start - 1, n.start - 40, 0), n.start)
            if not lead and self._listed_earlier_rate(n, sent):
                continue
            if not lead:
                zl = _ZH_EARLIER_RATE.search(text, max(sent.start, n.start - 16), n.start) if self.has_chinese else None
                if zl:
                    self._zh_earlier_rate(zl, n, rates, sent)
                elif self.has_chinese:
                    self._zh_period_was(n, rates, sent)
                    self._zh_industry_in_brackets(n, rates, sent)
                continue
            if lead.group("w").lower().startswith(("deepen", "narrow", "widen")) and not _DECLINE_AFTER.match(text, n.end):
                continue   # ("the decline narrowed from 13.5%": a fall only when it says so after the figure)
            c = self._rate_compared(rates, lead.start(), n)
            if c is None and self._pair_compared(rates, lead, n, nums):
                continue
            if c is None and lead.start() < sent.start + 1 and lead.group("w").lower().startswith("after"):
                # "After plunging 13.5% y/y in January-February, output was down just 1.1% y/y in March": the
                # rate the sentence goes on to give
                c = next((r for r in rates if r.num.start > n.end), None)
            to_level = None
            if lead.group("w").lower() in ("after", "following", "deepening", "extending") and _AFTER_A_END.search(text, lead.start(), n.start):
                if c is None:
                    c = self._rate_compared(flows, lead.start(), n)
                # "after a 3 percent rise to 28.88 million in 2017": that year's level too
                to_level = next((m for m in nums if m.start > n.end), None)
                if to_level is not None and not _CHANGE_TO_LEVEL.fullmatch(text, n.end, to_level.start):
                    to_level = None
            if c is None:
                continue
            asides = [m.span() for m in _BRACKETED.finditer(text, c.num.end, lead.start())]
            if lead.group("w").lower() == "from" and any(not any(a < q.start and q.end < b for a, b in asides)
                                                         for q in self._slice(self.num_starts, self.nums, c.num.end, lead.start())):
                # "..., lifting their share to 13.4%, from 5.4% a year earlier": another figure's "from" (not
                # past a bracketed aside: "rebounded to 6.2% y/y in November (consensus: 5.0%), from 4.7% in October")
                continue
            if any(q.unit == "percent" and _PERCENT_OF.match(text, q.end) for q in self._slice(self.num_starts, self.nums, c.num.end, lead.start())):
                continue   # ("up 35.8% and 37.9%, and NEVs accounted for 31.6% of total new vehicle sales, up from 25.6% in 2022": the share's)
            if lead.group("qpos"):
                q, yy = int(lead.group("qpos")[0]), lead.group("qpos")[2:]
                y = 2000 + int(yy) if yy else c.period.end.year if c.period is not None else 0
                p = Period(date(y, 3 * q - 2, 1), _month_end(y, 3 * q), False) if y else None
                if p is not None and not c.period.instant and not self.cat[c.indicator].instant and p.end < c.period.end:
                    self._emit(c.indicator, "yoy_pct", n, p, sent, self._earlier_sign(lead, n) * n.value)
                continue
            if lead.group("ypos"):
                # "still ahead of last year's 6.0% pace for the full year": that year's
                y = int(lead.group("ypos")) if lead.group("ypos")[0].isdigit() else c.period.end.year - 1 if c.period is not None else 0
                p = Period(date(y, 1, 1), date(y, 12, 31), False) if y else None
                ce = _clause_end(text, n.end, sent.end)
                after = [resolve(e, self.ctx) for e in self._slice(self._all_period_starts, self.periods, n.end, ce)]
                if p is not None and re.search(r"\bsame\s+(?:period|months?|time|quarter)\b", self.low[n.end:ce]):
                    p, after = _year_shifted(c.period, y), []   # ("last year's 6.7% in the same period": those months)
                # (not "… in the first half"; "for the full year" is its)
                if p is not None and not c.period.instant and not self.cat[c.indicator].instant and y < c.period.end.year \
                        and all(q is not None and q.start.month == 1 and q.end.month == 12 and q.start.year == q.end.year for q in after):
                    self._emit(c.indicator, "yoy_pct", n, p, sent, self._earlier_sign(lead, n) * n.value)
                continue
            if lead.group("mon"):
                b = c.period.end if c.period is not None else None
                if b is None or c.period.instant or self.cat[c.indicator].instant or c.period.start != b.replace(day=1):
                    continue   # (a month's rate against the month before's)
                self._emit(c.indicator, "yoy_pct", n, _named_month_before(lead.group("mon"), b), sent,
                           self._earlier_sign(lead, n) * n.value)
                continue
            sp = _SAME_PERIOD_EARLIER.match(text, n.end)
            if sp and c.period is not None and not c.period.instant:
                # "rose 6.9% in the first half, up from 6% in the same period last year"
                y = int(sp.group("y")) if sp.group("y") else c.period.end.year - 1
                p = _year_shifted(c.period, y)
                if p is not None and p != c.period and not self.cat[c.indicator].instant:
                    self._emit(c.indicator, "yoy_pct", n, p, sent, self._earlier_sign(lead, n) * n.value)
                continue
            tm = _EARLIER_RATE_AFTER.match(text, _UNIT_WORDS.match(text, to_level.end).end() if to_level else n.end)
            if not tm:
                continue
            if tm.group("y"):
                y = int(tm.group("y"))
                p = Period(date(y, 1, 1), date(y, 12, 31), False)
            else:
                ex = next((e for e in self.periods if e.start == tm.end()), None)
                if ex is None or ex.kind not in ("interval", "asof"):
                    continue
                p = resolve(ex, self.ctx)
            if p is None or p.instant or p == c.period or self.cat[c.indicator].instant:
                continue
            if n.qualifier != "eq" and lead.group("w").lower().endswith(("below", "above")):
                self.claimed.add(id(n))
                n = replace(n, qualifier="eq")   # "slightly below 6.2 percent in November": the "below" compares, 6.2 is exact
            self._emit(c.indicator, "yoy_pct", n, p, sent, self._earlier_sign(lead, n) * n.value)   # "slowing from 2.2%": as stated
            pair = (lead.group("fall") or "").endswith("s")
            if (pair or re.match(r"compared|versus|vs|after|following", lead.group("w"), re.I)) and not tm.group("y"):
                # "after drops of 4% in July and 3.8% in August": the next period's fall too (and "compared
                # with growth of 6.8% in December and 4.6% for all of 2023": the next period's rate)
                self._next_listed_rate(c.indicator, ex, n, nums, sent, (c.period, p),
                                       lambda nx: -nx.value if pair else self._earlier_sign(lead, nx) * nx.value)
            if to_level is not None and id(to_level) not in self.claimed and self._unit_ok(to_level, self.cat[c.indicator]):
                self._emit(c.indicator, "level", to_level, p, sent)

    def _when_earlier(self, wm: re.Match, n: Num, rates: list[Candidate], sent: Sentence) -> None:
        """'..., slower than the same period last year, when it grew 6.7 percent', 'down 27.4% (in
        November the drop was 43.7%)': the rate of the period named before it."""
        c = self._rate_compared(rates, wm.start(), n)
        if c is None or c.period is None or c.period.instant or self.cat[c.indicator].instant:
            return
        if wm.groupdict().get("same"):
            p = _year_shifted(c.period, c.period.end.year - 1)
        else:
            ex = next((e for e in self.periods if wm.start("p") <= e.start and e.end <= wm.end("p")), None)
            p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
        if p is None or p.instant or p == c.period or p.end >= c.period.end:
            return
        sign = -1.0 if _NEGATIVE.search(wm.group("v").lower()) else 1.0
        self._emit(c.indicator, "yoy_pct", n, p, sent, sign * n.value)

    def _zh_earlier_rate(self, zl: re.Match, n: Num, rates: list[Candidate], sent: Sentence) -> None:
        """'增加值同比增长6.4%，较一季度的6.5%小幅回落': the same indicator's rate for the period named."""
        c = self._rate_compared(rates, zl.start(), n)
        if c is None or self.cat[c.indicator].instant or c.period is None:
            return
        if zl.group("br") and self.text[n.end:n.end + 1] != ")" or zl.group("from") and not zl.group().startswith("由") \
                or zl.group("yu") and not _ZH_LEVELLED_WITH.match(self.text, n.end):   # ("与4月份的6.0%持平", "与上半年6.0%的增速持平")
            return
        if zl.group("same"):
            p = _year_shifted(c.period, c.period.end.year - 1)
        elif zl.group("fy") or zl.group("fy2"):
            y = int(zl.group("y")) if zl.group("y") else c.period.end.year - 1   # "较去年全年5.9%的增速"
            p = Period(date(y, 1, 1), date(y, 12, 31), False)
        else:
            # ("比去年12月份（7.9%）": that month of the year before the rate's)
            last_year = self.text.startswith(("去年", "上年"), zl.start("p"))
            ex = next((e for e in self.periods if e.start == zl.start("p") + 2 * last_year), None)
            if ex is None and last_year:
                # ("高于去年12月的6.8%": "去年12月" read as one expression, its year already the one before)
                ex, last_year = next((e for e in self.periods if e.start == zl.start("p") and e.year in ("last", "prev")), None), False
            p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
            if p is not None and last_year:
                p = _year_shifted(p, c.period.end.year - 1)
        if p is not None and not p.instant and p != c.period:
            # "销量降幅比一季度的11.3%收窄": the size of a fall; "比1—2月份的下降13.5%": a fall
            sign = -1.0 if "降幅" in self.text[c.num.end:zl.start()] or zl.group().endswith("下降") else 1.0
            self._emit(c.indicator, "yoy_pct", n, p, sent, sign * n.value)

    def _pair_compared(self, rates: list[Candidate], lead: re.Match, n: Num, nums: list[Num]) -> bool:
        """'A and B rose 7.5% and 9.1% respectively in January-September, compared with 7.8% and 8.7% in
        H1': a pair of earlier rates, in the same order, for the period named after the second."""
        text = self.text
        prior = [c for c in rates if c.num.end <= lead.start()]
        if len(prior) < 2 or _SEMI.search(text, prior[-1].num.end, n.start):
            return False
        a, b = prior[-2], prior[-1]
        n2 = next((q for q in nums if q.start > n.end), None)
        if a.indicator == b.indicator or a.period != b.period or a.period is None or n2 is None or n2.unit != "percent" \
                or not _LIST_GAP.fullmatch(text, a.num.end, b.num.start) or not re.fullmatch(r"\s+and\s+", text[n.end:n2.start]) \
                or any(self.cat[c.indicator].instant for c in (a, b)):
            return False
        tm = _EARLIER_RATE_AFTER.match(text, n2.end)
        ex = next((e for e in self.periods if tm and e.start == tm.end()), None)
        p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
        if p is None or p.instant or p == a.period:
            return False
        sign = self._earlier_sign(lead, n)
        self._emit(a.indicator, "yoy_pct", n, p, self.sentences[n.sentence], sign * n.value)
        self._emit(b.indicator, "yoy_pct", n2, p, self.sentences[n.sentence], sign * n2.value)
        return True

    def _listed_earlier_rate(self, n: Num, sent: Sentence) -> bool:
        """'… rose 5.3% in June, slowing from 5.6% in May and 6.7% in April': the list's next earlier
        rate, of the same indicator, for the period named right after it."""
        prev = next((c for c in reversed(self.out) if c.measure == "yoy_pct" and c.num.sentence == sent.index
                     and c.num.end < n.start), None)
        gap = _LISTED_EARLIER_GAP.fullmatch(self.text, prev.num.end, n.start) if prev is not None and prev.period else None
        if gap is None:
            return False
        later = [c for c in self.out if c.indicator == prev.indicator and c.measure == "yoy_pct" and c.num.sentence == sent.index
                 and c.period is not None and c.period.end > prev.period.end and c.num.end < prev.num.start]
        tail = _RATE_PERIOD_AFTER.match(self.text, n.end)
        ex = next((e for e in self.periods if tail and e.start == tail.end()), None)
        p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
        if not later or p is None or p.instant or p.end >= later[-1].period.end \
                or any(c.indicator == prev.indicator and c.measure == "yoy_pct" and c.period == p for c in self.out):
            return False
        # (the sign as written, or as the first item's words gave it: "from contractions of 2.1% in May and 3.4% in April")
        negated = prev.value < 0 and self.text[prev.num.start - 1] != "-"
        sign = -1.0 if gap.group("sign") == "-" or negated else 1.0
        self._emit(prev.indicator, "yoy_pct", n, p, sent, sign * n.value)
        return True

    def _rate_compared(self, rates: list[Candidate], lead: int, n: Num) -> Candidate | None:
        """The rate a comparison value `n` (its lead words at `lead`) refers to: the last rate before
        the lead, in the same clause or the next one, with no ";" between."""
        prior = sorted((c for c in rates if c.num.end <= lead), key=lambda c: c.num.start)   # (in the text's order, not the rules')
        if not prior or _SEMI.search(self.text, prior[-1].num.end, n.start):
            return None
        between = self.text[prior[-1].num.end:lead]
        # ("rose by just 4.6% last year, to nearly 148,000 units, after soaring by 68% in 2017": its own
        # level's clause between is no other measure's)
        levels = {id(c.num) for c in self.out if c.indicator == prior[-1].indicator and c.measure == "level"}
        inside = self._slice(self.num_starts, self.nums, prior[-1].num.end, lead)
        own = len(inside) == 1 and id(inside[0]) in levels
        if between.count(",") > 1 and between.count(",") - len(_ASIDE_CLAUSE.findall(between)) - own > 1:
            return None
        if len(prior) > 1 and prior[-2].indicator != prior[-1].indicator \
                and _LIST_GAP.fullmatch(self.text, prior[-2].num.end, prior[-1].num.start) \
                and not _FLOW_NAMED.search(self.text, prior[-1].num.end, min(n.end + 60, len(self.text))):
            # "up 7.5% and 8.3% respectively, a slowdown from growth of more than 40%": whose is not said
            # (it is in "销量增速比2014年的6.9%回落", "…, when NEV sales reached 16.49 million")
            return None
        return prior[-1]

    def _zh_industry_in_brackets(self, n: Num, rates: list[Candidate], sent: Sentence) -> None:
        """'电子信息制造业增加值同比增长13.9%，…快于全部规模以上工业增加值增速（6.6%）7.3个百分点': the
        rate in brackets is all industry's, for the sector's period."""
        m = _ZH_INDUSTRY_BRACKET.search(self.text, max(sent.start, n.start - 24), n.start)
        if m is None or self.text[n.end:n.end + 1] != ")":
            return
        prior = [c for c in rates if c.num.end <= m.start() and c.indicator != "industrial_value_added"]
        if not prior or _SEMI.search(self.text, prior[-1].num.end, n.start) or prior[-1].period is None:
            return
        self._emit("industrial_value_added", "yoy_pct", n, prior[-1].period, sent, n.value)

    def _zh_period_was(self, n: Num, rates: list[Candidate], sent: Sentence) -> None:
        """'前三季度…增长1.2%，增速年内首次由负转正，上半年为下降1.3%': the same indicator's rate for the
        period named (one clause after the rate)."""
        m = _ZH_PERIOD_WAS.search(self.text, max(sent.start, n.start - 24), n.start)
        c = self._rate_compared(rates, m.start(), n) if m else None
        if c is None or m.group("own") and not (m.group().startswith("(") and self.text.startswith(")", n.end)):
            return
        if m.group("same"):
            # "同比增长5.8%，去年同期为6.4%": the same months a year before
            p = _a_year_before(c.period)
            if p is not None and not self.cat[c.indicator].instant:
                self._emit(c.indicator, "yoy_pct", n, p, sent, -n.value if m.group("down") else n.value)
            return
        ex = next((e for e in self.periods if e.start == m.start("p")), None)
        if ex is not None and ex.end < m.end("p") and self.text[ex.start:ex.end] in ("去年", "上年"):
            # "（去年12月份为6.8%）": last year's month (two expressions, both read as comparisons)
            nx = next((e for e in self.periods if e.start == ex.end and e.year is None), None)
            ex = replace(nx, year="last", comparison=False) if nx is not None else None
        p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
        if p is None or p.instant or p == c.period or self.cat[c.indicator].instant:
            return
        self._emit(c.indicator, "yoy_pct", n, p, sent, -n.value if m.group("down") or m.group("fall") or m.group("dip") else n.value)

    def _earlier_sign(self, lead: re.Match, n: Num) -> float:
        """'after contracting 1.3%', 'compared with a 13.5 percent slump', 'the rate of decline narrowing
        to 1.1 per cent in March from 13.5 per cent': a fall; otherwise as stated."""
        w = lead.group("w").lower()
        if lead.group().endswith(("-", "−")):
            return -1.0   # (a signed rate: "…at 2.3%, from -0.9% in July")
        if w.endswith(("contracting", "shrinking", "falling", "declining", "dropping", "plunging", "plummeting", "slumping",
                       "sliding", "tumbling")) or lead.group("fall") \
                or _DECLINE_AFTER.match(self.text, n.end) or _FALL_NARROWED_FROM.search(self.text, max(0, n.start - 120), n.start):
            return -1.0
        return 1.0

    def _implicit_shares(self, sent: Sentence, emitted: list[Candidate]) -> None:
        """'Fixed broadband users totaled 690 million, of which gigabit users numbered 226 million,
        accounting for 32.8 percent': the share of the total the sentence named before "of which"."""
        text = self.text
        for c in emitted:
            spec = _IMPLICIT_SHARE.get(c.indicator)
            if c.measure != "level" or spec is None or spec[0] not in self.cat:
                continue
            share_id, total_rx = spec
            m = _SHARE_AFTER.match(text, c.num.end)
            if not m:
                continue
            head = text[sent.start:c.num.start]
            sub = _SUBSET.search(head)
            if not sub or not total_rx.search(head, 0, sub.start()):
                continue
            k = bisect_left(self.num_starts, m.start("n"))
            n = self.nums[k] if k < len(self.nums) and self.nums[k].start == m.start("n") else None
            if n is None or n.unit != "percent" or id(n) in self.claimed:
                continue
            self._emit(share_id, "level", n, c.period, sent)

    def _followed_rate(self, sent: Sentence, nums: list[Num]) -> None:
        """'China's car sales fell 8.2% in 2019. That follows a 2.8-percent decline in 2018': the
        rate of the one indicator rated in the sentence before, for the period named after "in"."""
        n = nums[0]
        lead = _FOLLOWED_RATE.fullmatch(self.text, sent.start, n.start)
        fm = _FOLLOWED_NOUN.match(self.text, n.end) if lead and n.unit == "percent" else None
        ex = next((e for e in self.periods if fm and e.start == fm.end()), None)
        p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" and not ex.comparison else None
        rated = {c.indicator for c in self.out if c.measure == "yoy_pct" and c.num.sentence == sent.index - 1}
        if p is None or p.instant or len(rated) != 1 or id(n) in self.claimed:
            return
        ind = self.cat[rated.pop()]
        if not ind.instant and not self._blocked(sent, sent.start, fm.end(), ind, n):
            self._emit(ind.id, "yoy_pct", n, p, sent, -n.value if fm.group("fall") else n.value)

    def _that_changed_from(self, sent: Sentence, nums: list[Num]) -> None:
        """'… produced 803.83 million tons of crude steel last year. That's down 2.3 percent from 2014, when
        output stood at 822.7 million tons': the rate of the one level read in the sentence before, and
        the earlier year's level."""
        m = _THAT_CHANGED_FROM.match(self.text, sent.start)
        if m is None:
            return
        before = [c for c in self.out if c.num.sentence == sent.index - 1]
        levels = [c for c in before if c.measure == "level"]
        if len(levels) != 1 or any(c.measure == "yoy_pct" for c in before):
            return
        c, y = levels[0], int(m.group("y"))
        ind = self.cat[c.indicator]
        if ind.instant or c.period is None or c.period.start != date(y + 1, 1, 1) or c.period.end != date(y + 1, 12, 31):
            return
        n = next((q for q in nums if q.start == m.start("n")), None)
        if n is None or id(n) in self.claimed:
            return
        self._emit(ind.id, "yoy_pct", n, c.period, sent, -n.value if m.group("dir").lower() == "down" else n.value)
        lv = next((q for q in nums if q.start >= m.end()), None) if m.group("when") else None
        if lv is not None and lv.start == m.end() and self._unit_ok(lv, ind) and id(lv) not in self.claimed:
            self._emit(ind.id, "level", lv, Period(date(y, 1, 1), date(y, 12, 31), False), sent)

    def _look_back_when(self, sent: Sentence, nums: list[Num]) -> None:
        """'China's car sales fell 8.2% in 2019. That followed 2018, when sales fell 2.8% to 28.08
        million': the rate (and the level it moved to) of the indicator rated in the sentence
        before, for the period named before "when"."""
        text = self.text
        lm = _LOOK_BACK_WHEN.match(text, sent.start)
        if lm is None:
            return
        if lm.group("y"):   # (a bare year, which is no period expression of its own)
            y = int(lm.group("y"))
            p, p_end = Period(date(y, 1, 1), date(y, 12, 31), False), lm.end()
        else:
            ex = next((e for e in self.periods if e.start == lm.end()), None)
            p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
            p_end = ex.end if ex is not None else -1
        if p is None or p.instant:
            return
        # the indicators rated in the sentence before ("Vehicle sales fell 8.2% …, while production
        # dropped 7.5%": "when sales fell" picks one)
        rated = {c.indicator for c in self.out if c.measure == "yoy_pct" and c.num.sentence == sent.index - 1}
        for i, n in enumerate(nums):
            m = _WHEN_RATE.search(text, p_end, n.start)
            if n.unit != "percent" or m is None or m.start() != p_end or id(n) in self.claimed:
                continue
            who = m.group("who").lower()
            fits = [x for x in rated if (who not in ("output", "production") or _OUTPUT_INDICATOR.search(x))
                    and (who != "sales" or x.endswith("sales"))]
            if who == "growth" or len(fits) != 1 or self.cat[fits[0]].instant:
                return
            ind = self.cat[fits[0]]
            if self._blocked(sent, sent.start, m.end(), ind, n):
                return
            self._emit(ind.id, "yoy_pct", n, p, sent, -n.value if m.group("v").lower() in _FALL_VERBS else n.value)
            nxt = nums[i + 1] if i + 1 < len(nums) else None
            tm = _TO_LEVEL_AFTER.match(text, n.end) if nxt is not None else None
            if tm is not None and tm.end() - 1 == nxt.start and self._unit_ok(nxt, ind) \
                    and id(nxt) not in self.claimed:
                self._emit(ind.id, "level", nxt, p, sent)
            return

    def _when_rate(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'… dropped 43.3% in March, a marked improvement from February, when they crashed 79.1%':
        the rate of the one indicator rated in the sentence, for the period the "when" clause
        hangs on."""
        rates = [c for c in emitted if c.measure == "yoy_pct"]
        # (or of the one level: "That's down from a record 28.88 million in 2017, when sales rose 3 percent")
        pool = rates or [c for c in emitted if c.measure == "level" and not self.cat[c.indicator].instant]
        if not pool or len({c.indicator for c in pool}) != 1:
            return
        ind = self.cat[pool[0].indicator]
        text = self.text
        for n in nums:
            if id(n) in self.claimed or n.unit != "percent" or n.start < pool[0].num.end:
                continue
            m = _WHEN_RATE.search(text, max(sent.start, n.start - 60), n.start)
            if m is None:
                continue
            who = m.group("who").lower()
            if who in ("output", "production") and not _OUTPUT_INDICATOR.search(ind.id) \
                    or who == "sales" and not ind.id.endswith("sales"):
                continue
            ex = next((e for e in self.periods if sent.start <= e.start and e.end <= m.start()
                       and text[e.end:m.start()].strip() == ""), None)
            p = resolve(ex, self.ctx) if ex is not None else None
            if p is None or p.instant or any(c.period == p for c in rates):
                continue
            g = -n.value if m.group("v").lower() in _FALL_VERBS else n.value
            self._emit(ind.id, "yoy_pct", n, p, sent, g)

    def _sentence_rate(self, sent: Sentence, emitted: list[Candidate]) -> tuple[str, int] | None:
        """The one indicator rated in the sentence (what "growth" in the next sentence refers to),
        also when other rates only follow a ", with": "IVA rose 6.1% in Q1, with equipment
        manufacturing up 9.8%. In March alone, the growth rate was 5.7%"."""
        rates = sorted((c for c in emitted if c.measure == "yoy_pct"), key=lambda c: c.num.start)
        if not rates:
            return None
        first = rates[0].indicator
        # (all industry's rate in brackets is a yardstick: "…增长10.5%，比全国工业平均水平(6.1%)高")
        others = [c for c in rates if c.indicator != first and not self._all_industry_yardstick(c)]
        if others and not _WITH_AFTER.search(self.text, rates[0].num.end, others[0].num.start):
            return None
        return first, sent.index

    def _anaphoric_rate(self, sent: Sentence, nums: list[Num], state) -> None:
        """'Industrial value added rose 3 percent in the first quarter. In March, the growth rate
        reached 3.9 percent': "it" / "the growth rate" in the next sentence is the same indicator's
        rate for the sentence's own period."""
        em = _ANAPHOR_EARLIER.match(self.text, sent.start)
        if em and (gnoun := em.group("gnoun") or em.group("gsubj")) and (self._prev_rate is None or self._prev_rate[1] != sent.index - 1):
            # "Auto sales rose 4.7 percent …, while production grew 3.3 percent …. That was down from sales
            # growth of 6.9 percent in 2014" (or "Sales growth was down from 6.9% in 2014"): the one rate
            # before of the flow named
            attr = _NOUN_TO_ATTR[gnoun.lower()]
            named = {c.indicator for c in self.out if c.num.sentence == sent.index - 1 and c.measure == "yoy_pct"
                     and _PAIR_OF.get(c.indicator, ("", ""))[1] == attr}
            if len(named) == 1:
                self._prev_rate = (named.pop(), sent.index - 1)
        if em and self._prev_rate is not None and self._prev_rate[1] == sent.index - 1:
            if em.group("turn") and self.sentences[sent.index - 1].para != sent.para and not self.low.startswith(("that", "this"), em.start()):
                return   # (a new paragraph's "The growth marked an acceleration from 2.1 per cent" may be any rate's; "That was" is the last one's)
            # "… grew 5.6 percent from January to September. The pace was down from 6.0 percent in the
            # first half of the year": the rate before's, for the period named
            n = next((q for q in nums if q.start >= em.end()), None)
            tm = _EARLIER_RATE_AFTER.match(self.text, n.end) if n is not None and n.start == em.end() else None
            ex = next((e for e in self.periods if tm and e.start == tm.end()
                       or em.group("poss") and n is not None and n.start == em.end() and e.start == em.start("poss")
                       or em.group("pre") and e.start <= em.start("pre") < e.end), None)
            p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
            ind = self.cat[self._prev_rate[0]]
            if p is not None and n.unit == "percent" and not ind.instant and not self._blocked(sent, sent.start, em.end(), ind, n):
                fall = em.group("fall") or _DECLINE_AFTER.match(self.text, n.end)
                self._emit(ind.id, "yoy_pct", n, p, sent, -n.value if fall else n.value)
            return
        if not state["exprs"] and not _THE_LONGER.search(self.text, sent.start, sent.end):
            self._growth_of_level(sent, nums)
            return
        am = _ANAPHOR_RATE.match(self.text, sent.start) or _ZH_ANAPHOR_RATE.match(self.text, sent.start)
        if not am and self.has_chinese:
            zs = _ZH_SAID_LEAD.match(self.text, sent.start)   # "”黄利斌说，其中二季度同比增长9.0%"
            am = _ZH_ANAPHOR_RATE.match(self.text, zs.end()) if zs else None
        if not am:
            sp = _SPEAKER_LEAD.match(self.text, sent.start)   # "Spokesman Luo told a news conference that output ..."
            if sp is None:
                # "But the monthly trend turned up at the end of the quarter - June IVA growth accelerated to
                # 6.3%": a lead-in with no figure and no measure, then the rate after the dash
                sp = _FIGURELESS_DASH_LEAD.match(self.text, sent.start, sent.end)
                if sp and self._slice(self.hit_starts, self.hits, sent.start, sp.end()):
                    sp = None
            if sp is None:
                # "Averaged over two years, growth was a more modest 7.0 percent, and in June alone output rose
                # 8.3 percent": a month singled out in a later clause, after a lead with no measure named
                sp = _ALONE_CLAUSE.search(self.text, sent.start, sent.end)
                if sp and self._slice(self.hit_starts, self.hits, sent.start, sp.end()):
                    sp = None
            am = _ANAPHOR_RATE.match(self.text, sp.end()) if sp else None
            if not am:
                return
        if self._prev_rate is not None and self._prev_rate[1] == sent.index - 2 and self._prev_rate[0] == "industrial_value_added" \
                and self._keeps_headline(self.sentences[sent.index - 1], sent):
            self._prev_rate = (self._prev_rate[0], sent.index - 1)
        if self._prev_rate is not None and self._prev_rate[1] == sent.index - 1 \
                and self.sentences[sent.index - 1].para != sent.para and self._prev_rate[0] != "industrial_value_added":
            return   # a new paragraph's "Growth picked up to 3.9%" is not the last paragraph's sector's
        if self._prev_rate is None or self._prev_rate[1] != sent.index - 1:
            # "Industrial output steadied in December. In December alone, it expanded 5.9 percent":
            # the one measure the sentence before names (without a figure of its own)
            named = self._named_before(sent)
            if named is None:
                return
            self._prev_rate = (named, sent.index - 1)
        clause = sent.start
        while True:
            n = next((q for q in nums if q.start >= am.end()), None)
            signed = n is not None and self.text[am.end():n.start] in ("-", "+")   # ("The March reading, at -1.1% y-o-y, was …")
            if n is None or n.start != am.end() and not signed and not _TRAILING_QUAL.search(self.text, am.end(), n.start):
                return
            ind = self.cat[self._prev_rate[0]]
            # (a "when" clause is the setting: "In April, when Shanghai's lockdown was at its tightest, output contracted")
            lo = am.end("when") if am.re is _ANAPHOR_RATE and am.group("when") else clause
            if n.unit != "percent" or ind.instant or self._blocked(sent, lo, am.end(), ind, n):
                return
            if am.re is _ANAPHOR_RATE and am.group("output") and not _OUTPUT_INDICATOR.search(ind.id):
                return   # "output grew" after a revenue's rate is some other output
            if am.re is _ANAPHOR_RATE and (am.group("output") or "").lower().startswith("the") and "value_added" not in ind.id:
                return
            g = self._growth(n, clause)
            if g is None:
                v = am.group("v") or ""
                g = n.value if not _NEGATIVE.search(v) or v.endswith("to") else -n.value
                if am.re is _ANAPHOR_RATE and am.group("fall"):
                    g = -n.value
                if signed:
                    g = -n.value if self.text[n.start - 1] == "-" else n.value
            period = self.flow_period(n, sent, state)
            if period is not None and period != state["inherited"]:
                self._emit(ind.id, "yoy_pct", n, period, sent, g)
                self._drilldown = sent.index
            # "Growth in the second quarter was 0.7 percent, while June alone saw 3.9 percent": a month singled out after
            sp = _ALONE_CLAUSE.search(self.text, n.end, sent.end)
            am = _ANAPHOR_RATE.match(self.text, sp.end()) if sp else None
            if am is None:
                return
            clause = sp.end()

    def _growth_of_level(self, sent: Sentence, nums: list[Num]) -> None:
        """'Operators generated CNY1.74tn in telecommunications business revenue in 2024. Growth was 3.2%,
        down from 6.2% in 2023': a sentence with no period of its own that opens on "growth" rates the one
        flow whose level (and no rate) the sentence before gave, for that level's period."""
        gm = _GROWTH_WAS.match(self.text, sent.start)
        n = nums[0]
        if gm is None or n.start != gm.end() or n.unit != "percent" or id(n) in self.claimed \
                or not _GROWTH_WAS_END.match(self.text, n.end):
            return
        before = [c for c in self.out if c.num.sentence == sent.index - 1]
        levels = {c.indicator: c for c in before if c.measure == "level" and not self.cat[c.indicator].instant}
        if len(levels) != 1 or any(c.measure == "yoy_pct" for c in before) \
                or self.sentences[sent.index - 1].para != sent.para:
            return
        c = levels.popitem()[1]
        ind = self.cat[c.indicator]
        if self._blocked(sent, sent.start, gm.end(), ind, n):
            return
        self._emit(ind.id, "yoy_pct", n, c.period, sent, n.value)
        self._earlier_rates(sent, nums, self.out[-1:])

    def _month_rate_after_semicolon(self, sent: Sentence, nums: list[Num], out_before: int) -> None:
        """'VA grew 5.8% YoY in 1-3Q24; September re-accelerated to 5.4% from 4.5% in August' (or '…, with
        June at 4.4%'): a month as the subject after ";" is the month's rate of the one flow rated before it."""
        rated = {c.indicator for c in self.out[out_before:] if c.measure == "yoy_pct"}
        if len(rated) != 1 or not _SEMI_CLAUSE.search(self.text, sent.start, sent.end):
            return
        ind = self.cat[rated.pop()]
        # (both on a page with Chinese: an English note under a masthead "CICC Research | 中金研究")
        matches = [*_ZH_SEMI_MONTH_RATE.finditer(self.text, sent.start, sent.end)] if self.has_chinese else []
        for sm in matches + [*_SEMI_MONTH_RATE.finditer(self.text, sent.start, sent.end)]:
            n = next((q for q in nums if q.start == sm.end()), None)
            ex = next((e for e in self.periods if e.start == sm.start("m") and not e.comparison), None)
            period = resolve(ex, self.ctx) if ex is not None else None
            if n is None or id(n) in self.claimed or n.unit != "percent" or period is None or period.instant \
                    or any(c.num is n for c in self.out) or self._blocked(sent, sm.start("m"), sm.end(), ind, n):
                continue
            g = self._growth(n, sm.end())
            if sm.re is _ZH_SEMI_MONTH_RATE and sm.group("dn"):
                g = -n.value   # "；3月份同比下降1.1%"
            self._emit(ind.id, "yoy_pct", n, period, sent, n.value if g is None else g)
            if sm.re is _ZH_SEMI_MONTH_RATE and sm.group("fm"):
                f = next((q for q in nums if q.start == sm.start("fv")), None)
                fx = next((e for e in self.periods if e.start == sm.start("fm")), None)
                fp = resolve(replace(fx, comparison=False), self.ctx) if fx is not None else None
                if f is not None and fp is not None and not fp.instant and fp.end < period.end:
                    self._emit(ind.id, "yoy_pct", f, fp, sent, f.value)
                continue
            self._earlier_rates(sent, nums, self.out[-1:])

    def _zh_these_figures(self, sent: Sentence, nums: list[Num], state) -> None:
        """'2018年，新能源汽车产销分别完成127万辆和125.6万辆。而在2017年，这一数字分别为79.4万辆和77.7万辆':
        the levels the sentence before gave, in order, for this sentence's own year."""
        m = _ZH_THESE_FIGURES.match(self.text, sent.start)
        k = sent.index - 1
        if m is None or k < 0 or self.sentences[k].para != sent.para:
            return
        before = sorted((c for c in self.out if c.num.sentence == k and c.measure == "level"), key=lambda c: c.num.start)
        run = [q for q in nums if q.start >= m.end()][:len(before)]
        if len(before) < 2 or len({c.indicator for c in before}) != len(before) or len(run) != len(before) \
                or run[0].start != m.end() or not all(_LIST_GAP.fullmatch(self.text, a.end, b.start) for a, b in zip(run, run[1:])):
            return
        for c, n in zip(before, run):
            ind = self.cat[c.indicator]
            if n.unit != c.num.unit or not self._unit_ok(n, ind) or self._blocked(sent, sent.start, m.end(), ind, n):
                return
        for c, n in zip(before, run):
            ind = self.cat[c.indicator]
            period = self.period_for(ind, n, sent, state)
            if period is not None and period != c.period:
                self._emit(ind.id, "level", n, period, sent)

    def _zh_period_list_rates(self, sent: Sentence, nums: list[Num]) -> None:
        """'…增加值同比增长6.7%。分季度看，一季度、二季度、三季度分别增长6.8%、6.9%和6.3%': one rate per listed
        period, for the indicator rated in the sentence before."""
        text = self.text
        if self._prev_rate is None or self._prev_rate[1] != sent.index - 1 and not (
                self._prev_rate[1] == sent.index - 2 and self.sentences[sent.index - 2].para == sent.para
                and _ZH_BREAKDOWN_OPENER.match(text, self.sentences[sent.index - 1].start)):
            # (past a breakdown by other parts between: "…增长5.9%。分三大门类看，采矿业增加值增长5.6%，…。分季度看，…")
            return
        m = _ZH_BY_PERIOD.match(text, sent.start)
        if m is None or m.group("lead") and (self._slice(self.zh_starts, self.zh_hits, m.start("lead"), m.end("lead"))
                                             or _ZH_SECTOR_WORD.search(m.group("lead").replace("工业", ""))):
            return   # ("从月度看，汽车行业明显回暖：8月份增长27.5%": the sector's)
        r = _ZH_RESPECTIVE_RATE.search(text, m.end(), nums[0].start)
        if r is None or r.end() != nums[0].start:
            self._zh_period_clauses(sent, m.end(), nums)
            return
        periods = self._zh_period_list(sent, r.start())
        if not periods:
            return
        run = [nums[0]]
        for q in nums[1:]:
            if len(run) == len(periods) or not _LIST_GAP.fullmatch(text, run[-1].end, q.start):
                break
            run.append(q)
        ind = self.cat[self._prev_rate[0]]
        if len(run) != len(periods) or any(n.unit != "percent" for n in run) or ind.instant \
                or self._blocked(sent, sent.start, r.end(), ind, run[0]):
            return
        sign = -1.0 if _NEGATIVE.search(r.group()) else 1.0
        for p, n in zip(periods, run):
            self._emit(ind.id, "yoy_pct", n, p, sent, sign * n.value)

    def _zh_period_clauses(self, sent: Sentence, at: int, nums: list[Num]) -> None:
        """'…增加值同比增长24.5%。分月看，1-2月同比增长35.1%，3月份同比增长14.1%': each clause names its
        period, then its rate, for the indicator rated in the sentence before. The run stops at the
        first clause that does not ("两年平均增长6.2%")."""
        ind = self.cat[self._prev_rate[0]]
        if ind.instant:
            return
        text = self.text
        for n in nums:
            k = bisect_left(self.period_starts, at)
            e = self.periods[k] if k < len(self.periods) and self.periods[k].start == at else None
            g = _ZH_PERIOD_RATE.match(text, e.end) if e is not None and not e.comparison else None
            if g is None and n.unit == "pp" and text.startswith("(", n.end) and text.find(",", at, n.start) < 0:
                at = n.end + 1   # "降幅比1-2月收窄12.4个百分点(1-2月同比下降13.5%)": the earlier rate in brackets
                continue
            if g is None or g.end() != n.start or n.unit != "percent":
                return
            p = resolve(e, self.ctx)
            if p is None or p.instant or self._blocked(sent, sent.start, g.end(), ind, n):
                return
            self._emit(ind.id, "yoy_pct", n, p, sent, -n.value if g.group("v") == "下降" else n.value)
            if text[n.end:n.end + 1] not in ("，", "；", ",", ";"):
                return
            at = n.end + 1

    def _figureless_before(self, sent: Sentence) -> list[Hit] | None:
        """The phrases of the sentence before (same paragraph) when it states no figure, else None."""
        k = sent.index - 1
        if k < 0 or self.sentences[k].para != sent.para:
            return None
        prev = self.sentences[k]
        if self._slice(self.num_starts, self.nums, prev.start, prev.end):
            return None
        return self._slice(self.hit_starts, self.hits, prev.start, prev.end)

    def _keeps_headline(self, between: Sentence, after: Sentence) -> bool:
        """'… rose 6.1% in the first quarter. ¶ The headline hides a loss of speed within the quarter. March
        growth slowed to 5.7%': a sentence with no figure and no measure between keeps the headline rate."""
        # (one that speaks of the rate itself, not of "Retail sales steadied too")
        # (or one whose only figures are what was expected: "That beat the 5.6% economists had penciled in.")
        figures = self._slice(self.num_starts, self.nums, between.start, between.end)
        expected = figures and _EXPECTED_TALK.search(self.text, between.start, between.end) \
            and not any(c.num.sentence == between.index for c in self.out)
        # (or the bullet before: "- Industrial output jumped 8.5% in March …. Economists … had expected 5.9%.\n- Output
        # rose 6.5% for the quarter as a whole.")
        bullet = between.para == after.para - 1 and self.text[after.start:after.start + 2] in ("- ", "• ")
        return bool((between.para == after.para or bullet) and not self._slice(self.hit_starts, self.hits, between.start, between.end)
                    and (not figures and (_RATE_TALK.search(self.low, between.start, between.end)
                                          or _RECORD_REMARK.match(self.text, between.start)) or expected)
                    and not _OTHER_MEASURE.search(self.low, between.start, between.end)
                    or _SIZE_DEFINITION.search(self.text, between.start, between.end))

    def _named_before(self, sent: Sentence) -> str | None:
        """The one flow measure (a subject with its attribute, like "industrial output") named in the
        sentence before, in the same paragraph, when that sentence states no figure."""
        hits = self._figureless_before(sent)
        ids = {FLOW_PAIRS.get(h.role.key) for h in hits or () if h.role.role == "combo"}
        if len(ids) != 1 or any(h.role.role == "subj" for h in hits):
            return None
        ind_id = next(iter(ids))
        return ind_id if ind_id in self.cat else None

    def _detailed_figure(self, sent: Sentence, nums: list[Num], state) -> None:
        """'Revenue … came to nearly 8.2 trillion yuan. The detailed figure, 8.1616 trillion yuan, was up
        13.3 percent on 2019': the level before, said exactly, with the rate after it."""
        prev = self._prev_level
        m = _DETAILED_FIGURE.match(self.text, sent.start)
        n = nums[0] if m and nums and nums[0].start == m.end() else None
        if n is None or prev is None or prev.num.sentence != sent.index - 1 or n.unit not in (prev.num.unit, None) \
                or id(n) in self.claimed or not _near_rounded(prev.num, n):   # ("The full figure was 28.08 million")
            return
        ind = self.cat[prev.indicator]
        self._emit(ind.id, "level", n, prev.period, sent)
        self._attach_growth(ind, n, sent, state, prev.period)

    def _elided_stock(self, sent: Sentence, nums: list[Num]) -> None:
        """'At the end of 2020, China had 718,000 5G base stations. By the end of 2025, the country had
        4.838 million': the stock of the sentence before, at the date this one opens with."""
        prev = self._prev_level
        m = _ELIDED_STOCK.match(self.text, sent.start)
        if m is None or prev is None or prev.num.sentence != sent.index - 1 or not self.cat[prev.indicator].instant \
                or self.sentences[prev.num.sentence].para != sent.para:
            return
        n = nums[0]
        ex = next((e for e in self.periods if m.start("p") <= e.start < m.end("p") and e.kind == "asof" and not e.comparison), None)
        p = resolve(ex, self.ctx) if ex is not None else None
        if n.start != m.end() or id(n) in self.claimed or n.unit not in (prev.num.unit, None) or p is None or p == prev.period \
                or not _ELIDED_STOCK_END.match(self.text, n.end):
            return
        self._emit(prev.indicator, "level", n, Period(p.end, p.end, True), sent)

    def _pair_changes(self, sent: Sentence, nums: list[Num]) -> None:
        """'… accounted for 9.587 million units produced and 9.495 million sold. Those are increases of
        35.8 percent and 37.9 percent': the pair before's rates, in its order."""
        prev = self._prev_pair
        m = _THOSE_ARE_CHANGES.match(self.text, sent.start)
        if m is None or prev is None or prev[0].num.sentence != sent.index - 1 or len(prev) != 2:
            return
        a, b = nums[:2]
        if a.start != m.end() or a.unit != "percent" or b.unit != "percent" or not _LIST_GAP.fullmatch(self.text, a.end, b.start) \
                or len(nums) > 2 and _LIST_GAP.fullmatch(self.text, b.end, nums[2].start):
            return
        for c, n in zip(sorted(prev, key=lambda c: c.num.start), (a, b)):
            if c.period is not None and id(n) not in self.claimed:
                self._emit(c.indicator, "yoy_pct", n, c.period, sent, -n.value if m.group("down") or m.group("down1") else n.value)

    def _pair_part(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """A part's production and sales: 'New-energy vehicles accounted for 3.788 million and 3.747
        million of those', in the order of the pair in the sentence before (same paragraph); or each
        figure named by the participle after it, 'New energy vehicles accounted for 9.587 million units
        produced and 9.495 million sold' ('… made up 9.587 million of the vehicles produced (+35.8%) and
        9.495 million of those sold (+37.9%)')."""
        text = self.text
        subj = next((h for h in hits if h.role.role == "subj"), None)
        after = [n for n in nums if subj is not None and n.start >= subj.end]
        if len(after) < 2:
            return
        start = subj.end + 1 if text.startswith(("\x22", "'"), subj.end) else subj.end
        ab = _ABBREVIATION.match(text, start)   # ("New energy vehicles (NEVs), which include …, accounted for")
        start = ab.end() if ab else start
        app = _APPOSITIVE.match(text, start, after[0].start) or _WHICH_INCLUDE.match(text, start, after[0].start)
        a = after[0]
        if not _PART_LINK.fullmatch(text, app.end() if app else start, a.start):
            return
        m1 = _PARTICIPLE_FIRST.match(text, a.end)
        b = next((n for n in after if n.start >= m1.end()), None) if m1 else after[1]
        m2 = _PARTICIPLE_SECOND.match(text, b.end) if m1 and b is not None and b.start == m1.end() else None
        prev = self._prev_pair
        k = sent.index - 1
        if m2 is not None:
            attrs = [_VERB_TO_ATTR[m.group("v").lower()] for m in (m1, m2)]
        elif prev is not None and prev[0].num.sentence == k and self.sentences[k].para == sent.para \
                and _prod_sales_pair([c.indicator for c in prev]) \
                and _LIST_GAP.fullmatch(text, a.end, b.start) and _PART_TAIL.match(text, b.end):
            attrs = ["prod", "sales"]   # (in the order production, sales: "sales and production reached …" is not read on)
        else:
            return
        ids = [FLOW_PAIRS.get((subj.role.key, attr)) for attr in attrs]
        whole = {c.indicator for c in prev or ()}
        if ids[0] == ids[1] or any(x is None or x not in self.cat or x in whole for x in ids):
            return
        inds = [self.cat[x] for x in ids]
        if any(id(n) in self.claimed or not self._unit_ok(n, ind) or self._blocked(sent, subj.start, subj.end, ind, n)
               for ind, n in zip(inds, (a, b))):
            return
        if m2 is None:
            for ind, n, c in zip(inds, (a, b), prev):
                self._emit(ind.id, "level", n, self.flow_period(n, sent, state) if state["exprs"] else c.period, sent)
            return
        period = self.period_for(inds[0], a, sent, state)
        for ind, n, lo in zip(inds, (a, b), (m1.end("v"), m2.end())):
            self._emit(ind.id, "level", n, period, sent)
            r = next((q for q in nums if q.start > lo), None)
            rate = self._bracketed_rate(r, lo) if r is not None and period is not None else None
            if rate is not None:
                self._emit(ind.id, "yoy_pct", r, period, sent, rate[0])

    def _of_those(self, sent: Sentence, nums: list[Num], state) -> None:
        """'China sold 31.4 million vehicles in 2024. Of those, 12.9 million were new energy
        vehicles': the part is the same flow of the product named after "were"."""
        prev = self._prev_level
        m = _OF_THOSE.match(self.text, sent.start)
        if prev is None or m is None or nums[0].start != m.end() or prev.num.sentence != sent.index - 1:
            return
        n = nums[0]
        wm = _OF_THOSE_WERE.match(self.text, n.end)
        hs = self._slice(self.hit_starts, self.hits, wm.end(), wm.end() + 1) if wm else []
        pair = _PAIR_OF.get(prev.indicator)
        if not hs or hs[0].role.role != "subj" or pair is None:
            return
        ind_id = FLOW_PAIRS.get((hs[0].role.key, pair[1]))
        if ind_id is None or ind_id == prev.indicator or ind_id not in self.cat or id(n) in self.claimed:
            return
        ind = self.cat[ind_id]
        if not self._unit_ok(n, ind) or self._blocked(sent, n.start, hs[0].end, ind, n):
            return
        period = self.period_for(ind, n, sent, state) if state["exprs"] else prev.period
        self._emit(ind_id, "level", n, period, sent)
        self._attach_growth(ind, n, sent, state, period, after=hs[0].end)

    def _compared_rate(self, sent: Sentence, nums: list[Num], state) -> None:
        """'... rose 2.4% in January and February combined. That compared with 1.3% growth in
        December': the rate of the sentence before, for the period named."""
        if self._prev_rate is None or self._prev_rate[1] != sent.index - 1:
            return
        m = _THAT_COMPARED.match(self.text, sent.start)
        n = nums[0]
        if m is None or n.start != m.end() or n.unit != "percent" or id(n) in self.claimed:
            return
        ind = self.cat[self._prev_rate[0]]
        sp = _SAME_PERIOD_EARLIER.match(self.text, n.end)
        if sp and not ind.instant:
            # "That compared with growth of 6.7% in the same period of 2018": the same months a year before
            prev = next((c for c in reversed(self.out) if c.indicator == ind.id and c.measure == "yoy_pct"), None)
            if prev is None or prev.period is None or prev.period.instant \
                    or self._blocked(sent, sent.start, n.end, ind, n):
                return
            y = int(sp.group("y")) if sp.group("y") else prev.period.end.year - 1
            p = _year_shifted(prev.period, y)
            if p is not None and p != prev.period:
                self._emit(ind.id, "yoy_pct", n, p, sent, -n.value if _DECLINE_AFTER.match(self.text, n.end) else n.value)
            return
        if not _COMPARED_TAIL.match(self.text, n.end):
            return
        if ind.instant or self._blocked(sent, sent.start, n.end, ind, n):
            return
        # (the period named is a comparison's: the figure is that period's)
        ex = next((e for e in self.periods if n.end <= e.start < sent.end), None)
        period = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
        if period is not None and not _CLAUSE_SPLIT.search(self.text, n.end, ex.start):
            # ("That compared with an 8.4% contraction in the first quarter": a fall)
            self._emit(ind.id, "yoy_pct", n, period, sent, -n.value if _DECLINE_AFTER.match(self.text, n.end) else n.value)
            # "… growth of 6.8% in December and 4.6% for all of 2023": the next period's rate too
            self._next_listed_rate(ind.id, ex, n, nums, sent, (period,),
                                   lambda nx: -nx.value if _DECLINE_AFTER.match(self.text, nx.end) else nx.value)

    def _next_listed_rate(self, indicator: str, ex: PeriodExpr, n: Num, nums: list[Num], sent: Sentence, taken: tuple,
                          value) -> None:
        """'… 6.8% in December and 4.6% for all of 2023', 'after drops of 4% in July and 3.8% in August':
        the rate listed after an earlier period's rate is the next period's."""
        text = self.text
        nx = next((m for m in nums if m.start > n.end), None)
        ex2 = next((e for e in self.periods if nx is not None and nx.end <= e.start < sent.end), None)
        if ex2 is None or nx.unit != "percent" or id(nx) in self.claimed or ex2.kind != "interval" \
                or not re.fullmatch(r"\s*,?\s*and\s+(?:an?\s+)?", text[ex.end:nx.start]):
            return
        # (also "following 0.7% growth in May and a 2.9% contraction in April": the noun gives the sign)
        gm = _LISTED_RATE_TAIL.fullmatch(text, nx.end, ex2.start)
        if gm is None:
            return
        p2 = resolve(ex2, self.ctx)
        if p2 is not None and not p2.instant and p2 not in taken:
            noun = (gm.group("noun") or "").lower()
            self._emit(indicator, "yoy_pct", nx, p2, sent, value(nx) if not noun else -nx.value if noun in _FALL_NOUNS else nx.value)

    def _topic_passive(self, sent: Sentence, nums: list[Num], state) -> None:
        """'Industrial robots stood out. A total of 29,100 sets were produced in the first three
        months, up 51.5 percent': a passive flow with no subject of its own is about the one product
        the sentence before (same paragraph, no figure) is about."""
        text = self.text
        n = nums[0]
        k = sent.index - 1
        colon = text.find(": ", sent.start, n.start)
        if colon >= 0 and _TOPIC_PASSIVE_LEAD.fullmatch(text, colon + 2, n.start):
            # "New-energy vehicles were a standout: 340,471 were produced and 331,092 sold last year":
            # the topic opens the sentence
            prev = Sentence(sent.start, colon, sent.para, sent.index)
            hits = self._slice(self.hit_starts, self.hits, sent.start, colon)
        elif k < 0 or self.sentences[k].para != sent.para or not _TOPIC_PASSIVE_LEAD.fullmatch(text, sent.start, n.start):
            return
        else:
            prev = self.sentences[k]
            hits = self._figureless_before(sent)
        um = _TOPIC_PASSIVE_UNIT.match(text, n.end)
        pm = _PASSIVE_VERB.match(text, um.end()) if um else None
        if pm is None or pm.group(2):
            return
        keys = {h.role.key for h in hits or () if h.role.role in ("subj", "combo")}
        if len(keys) != 1:
            return
        ind_id = FLOW_PAIRS.get((next(iter(keys)), _VERB_TO_ATTR[pm.group(1).lower()]))
        if not ind_id or ind_id not in self.cat or id(n) in self.claimed:
            return
        ind = self.cat[ind_id]
        if not self._unit_ok(n, ind) or self._blocked(sent, n.start, pm.end(), ind, n) \
                or self._blocked(prev, prev.start, prev.end, ind, n):
            return
        period = self.period_for(ind, n, sent, state)
        self._emit(ind_id, "level", n, period, sent)
        if self._second_passive(next(iter(keys)), ind_id, n, pm.end(), nums, sent, period):
            return   # "… 340,471 were produced and 331,092 sold"
        before = len(self.out)
        self._attach_growth(ind, n, sent, state, period, after=pm.end())
        if len(self.out) > before and not ind.instant:
            # "About 102,000 were sold in May, up 125.6 percent, and 341,000 in the January-May period, up 142.3
            # percent": a second level of the same flow, for a period of its own
            last = self.out[-1].num
            q = next((x for x in nums if x.start > last.end), None)
            if q is None or id(q) in self.claimed or not _SECOND_LEVEL_GAP.fullmatch(text, last.end, q.start) or not self._unit_ok(q, ind):
                return
            if (pm2 := _PASSIVE_SECOND.match(text, q.end)) and pm2.group(1).lower() in _VERB_TO_ATTR:
                # "1.366 million were produced, up 7.5%, and 1.367 million were sold, up 10.9%": the subject's other flow
                ind2 = self.cat.get(FLOW_PAIRS.get((next(iter(keys)), _VERB_TO_ATTR[pm2.group(1).lower()])) or "")
                if ind2 is None or ind2.id == ind_id or not self._unit_ok(q, ind2) or self._blocked(sent, q.start, pm2.end(), ind2, q):
                    return
                self._emit(ind2.id, "level", q, period, sent)
                r = next((x for x in nums if x.start > q.end), None)
                if r is not None and r.unit == "percent" and _SECOND_LEVEL_RATE.fullmatch(text, pm2.end(), r.start) \
                        and (g := self._growth(r, pm2.end())) is not None:
                    self._emit(ind2.id, "yoy_pct", r, period, sent, g)
                return
            own, p2 = self._second_level_period(q, n, sent, state)
            if p2 is None:
                return
            self._emit(ind_id, "level", q, p2, sent)
            r = next((x for x in nums if x.start > q.end), None)
            if r is not None and r.unit == "percent" and _SECOND_LEVEL_RATE.fullmatch(text, own.end, r.start) \
                    and (g := self._growth(r, own.end)) is not None:
                self._emit(ind_id, "yoy_pct", r, p2, sent, g)

    def _pair_member_named(self, m: re.Match, nums: list[Num]) -> Candidate | None:
        """'… production and sales of NEVs reached 1.27 million and 1.256 million units. That's a huge
        jump from 777,000 NEVs sold in 2017': the level of the pair before that the verb names."""
        n = next((q for q in nums if q.start >= m.end()), None)
        gm = _EARLIER_LEVEL_GAP.match(self.text, n.end) if self._prev_pair and n is not None else None
        if gm is None or not (gm.group("verb") or gm.group("noun")):
            return None
        return self._pair_member(_named_attr(gm))

    def _pair_member(self, attr: str | None) -> Candidate | None:
        """The level of the production-and-sales pair before whose flow is `attr` ("sales", "prod")."""
        return next((c for c in self._prev_pair or () if any(v == c.indicator and a == attr for (_, a), v in FLOW_PAIRS.items())), None)

    def _earlier_level_at(self, n: Num, prev: Candidate, ind: Indicator, sent: Sentence) -> None:
        """The level before `prev`, at the date named right after it ("up from 6.887 million NEVs sold
        in 2022")."""
        gm = _EARLIER_LEVEL_GAP.match(self.text, n.end)
        ex = next((e for e in self.periods if e.start == gm.end()), None)
        p = resolve(ex, self.ctx) if ex is not None and ex.kind in ("interval", "asof") else None
        sp = _SAME_PERIOD_EARLIER.match(self.text, n.end) if ex is None and prev.period is not None else None
        if sp:
            # ("That compares with 6.076 million units sold in the same period last year")
            p = _year_shifted(prev.period, int(sp.group("y")) if sp.group("y") else prev.period.end.year - 1)
        if gm.group("verb") or gm.group("noun"):
            # ("NEV production came in at 1.772 million units. That's up from about 1.6 million NEVs
            # sold in September": the sales of the level's subject)
            ind = self.cat.get(FLOW_PAIRS.get((_subject_of(ind.id), _named_attr(gm)), ""))
        if ind is not None and p is not None and p.instant == ind.instant and prev.period is not None and p.end < prev.period.end:
            self._emit(ind.id, "level", n, p, sent)
            # "That compared with 996 million tonnes in 2019 and 928 million tonnes in 2018": the next of a list
            n2 = next(iter(self._slice(self.num_starts, self.nums, ex.end, sent.end)), None) if ex is not None else None
            if n2 is not None and id(n2) not in self.claimed and n2.unit == n.unit and _AND_NEXT.fullmatch(self.text, ex.end, n2.start) \
                    and _EARLIER_LEVEL_GAP.match(self.text, n2.end):
                self._earlier_level_at(n2, prev, ind, sent)

    def _pronoun_change_to(self, sent: Sentence, nums: list[Num], new: list[Candidate]) -> None:
        """'…; in 2017 they rose 3% to a record 28.88 million': "it"/"they" opening a sentence or a clause
        after ";" is the one level read before it (in this sentence, else in the sentence before), so the
        rate and the level are that indicator's at the clause's own date."""
        text = self.text
        if not _PRONOUN_SUBJECT.search(self.low, sent.start, sent.end):
            return   # (the cheap test first: most sentences have no such pronoun)
        for m in _PRONOUN_CHANGE_TO.finditer(text, sent.start, sent.end):
            lead = text[sent.start:m.start()].rstrip()
            if m.start() != sent.start and not lead.endswith(";") and not (lead.endswith(":") and not re.search(r"\d", lead)):
                continue
            earlier = [c for c in new if c.measure == "level" and c.num.end <= m.start()]
            # ("It's the second year in a row that sales have shrunk: in 2018 they dropped 2.8% to 28.08 million":
            # a lead with no figure, then the pronoun after the colon)
            if lead.endswith(":"):
                # (the lead names the measure bare, and no other subject: not "Electric car sales did better:";
                # the level is the one of that measure up to two sentences before)
                said = [h for h in self._slice(self.hit_starts, self.hits, sent.start, m.start()) if h.role.role in ("subj", "attr")]
                attrs = {h.role.key for h in said if h.role.role == "attr"
                         and (h.start == sent.start or _BARE_NOUN_BEFORE.search(text, sent.start, h.start))}
                before = [c for c in self.out if c.measure == "level" and sent.index - 2 <= c.num.sentence < sent.index
                          and self.sentences[c.num.sentence].para == sent.para
                          and c.indicator in {v for (_, a), v in FLOW_PAIRS.items() if a in attrs}]
                if len({c.indicator for c in before}) != 1 or any(h.role.role == "subj" and h.role.key != _subject_of(before[0].indicator) for h in said):
                    continue
                prev = before[-1]
            elif m.start() == sent.start:
                prev = self._prev_level
                if prev is None or prev.num.sentence != sent.index - 1 or self.sentences[sent.index - 1].para != sent.para:
                    continue
            elif len({c.indicator for c in earlier}) == 1:
                prev = earlier[-1]
            else:
                continue
            ind = self.cat[prev.indicator]
            rate = next((q for q in nums if q.start == m.end()), None)
            if m.group("made"):
                level, rate = rate, None
                if level is None or not _ELIDED_OBJECT_END.match(text, level.end) \
                        or not re.search(r"\b" + m.group("made") + r"\s", text[self.sentences[prev.num.sentence].start:prev.num.start]):
                    continue
            else:
                level = next((q for q in nums if q.start > rate.end), None) if rate is not None and rate.unit == "percent" else None
                level = level if level is not None and _LATER_TO_LEVEL.fullmatch(text, rate.end, level.start) else None
            if level is None or level.unit != prev.num.unit and None not in (level.unit, prev.num.unit) \
                    or not self._unit_ok(level, ind) or self._blocked(sent, sent.start if lead.endswith(":") else m.start(), m.end(), ind, rate or level):
                continue
            end = text.find(";", level.end, sent.end)
            end = sent.end if end < 0 else end
            spans = {resolve(e, self.ctx) for e in self.periods if m.start() <= e.start < end and not e.comparison
                     and e.kind == "interval"}
            if len(spans) != 1 or None in spans:
                continue
            p = spans.pop()
            if ind.instant:
                p = Period(p.end, p.end, True)
            if p == prev.period:
                continue
            self._emit(ind.id, "level", level, p, sent)
            if rate is not None and not ind.instant:
                g = self._growth(rate, m.start())
                if g is None:
                    g = -rate.value if _NEGATIVE.search(m.group("v")) else rate.value
                self._emit(ind.id, "yoy_pct", rate, p, sent, g)

    def _anaphoric_level(self, sent: Sentence, nums: list[Num], state) -> None:
        """"the figure was ..." / "That was up 32.5 percent": the one level of the sentence before
        (same paragraph), restated for this sentence's own period or given its growth."""
        text = self.text
        m = _ANAPHOR_EARLIER.match(text, sent.start)
        prev = self._prev_level or (self._pair_member_named(m, nums) if m else None)
        k = sent.index - 1
        if m is None and prev is None and self._prev_pair and k >= 0 and self.sentences[k].para == sent.para:
            m = _PAIR_NOUN_FROM.match(text, sent.start)
            prev = self._pair_member(_NOUN_TO_ATTR[m.group("noun").lower()] if m else None)
        elif m is None and prev is not None:
            # "… sales fell 2.8 percent to 28.08 million units in 2018. Sales dropped from a record 28.88
            # million vehicles in 2017": the level's own flow, named again
            m = _PAIR_NOUN_FROM.match(text, sent.start)
            if m and FLOW_PAIRS.get((_subject_of(prev.indicator), _NOUN_TO_ATTR[m.group("noun").lower()])) != prev.indicator:
                m = None
        if prev is None:
            return
        if k < 0 or not self.sentences[k].start <= prev.num.start < self.sentences[k].end:
            return
        ind = self.cat[prev.indicator]
        if self.sentences[k].para != sent.para and not m and not _ANAPHOR_RESTATED.match(text, sent.start) \
                and not _ANAPHOR_LEVEL.match(text, sent.start) and not _ANAPHOR_LEVEL_GROWTH.match(text, sent.start):
            # (a wire's one-sentence paragraph: "¶ The figure was up from 2.287 million …" looks back, and
            # so does "¶ Official data put the nine-month total at 629.77 million tonnes")
            return
        if m:
            n = next((q for q in nums if q.start >= m.end()), None)
            # ("… to 28.03 million in 2016. That compares with 24.6 million vehicles sold in 2015": one side's unit unsaid)
            if n is None or n.start != m.end() or n.unit != prev.num.unit and None not in (n.unit, prev.num.unit) \
                    or not self._unit_ok(n, ind) or self._blocked(sent, sent.start, m.end(), ind, n):
                return
            self._earlier_level_at(n, prev, ind, sent)
            return
        m = _ANAPHOR_LEVEL.match(text, sent.start)
        year_before = m is not None and not state["exprs"] and _YEAR_EARLIER_OPENER.match(text, sent.start) is not None
        if m and m.group("alone") and ind.instant:
            return   # (a month's part of a stock is an addition)
        if m and (state["exprs"] or year_before):
            n = next((q for q in nums if q.start >= m.end()), None)
            if n is None or n.start != m.end() or not self._unit_ok(n, ind) or self._blocked(sent, sent.start, m.end(), ind, n):
                return
            # ("... 2.647 million at the end of March. A year earlier the count stood at 1.559 million")
            period = _a_year_before(prev.period) if year_before else self.period_for(ind, n, sent, state)
            # (or the same period, when the level before had no date of its own and this is it
            # exactly: "had built nearly 1 million 5G base stations. By the end of June the count
            # stood at 961,000")
            # (or the same period's figure said exactly: "ended 2022 with 2.31 million 5G base stations. …
            # the total stood at 2.312 million at end-December")
            if period is not None and (period != prev.period or _near_rounded(prev.num, n)):
                self._emit(ind.id, "level", n, period, sent)
                self._attach_growth(ind, n, sent, state, period)
            return
        if m and not state["exprs"]:
            # "… more than 9.8 trillion yuan in the first nine months. Ministry data showed the figure at
            # 9.8233 trillion yuan": with no date of its own, the level before said exactly
            n = next((q for q in nums if q.start >= m.end()), None)
            if n is not None and n.start == m.end() and n.unit == prev.num.unit and self._unit_ok(n, ind) \
                    and _near_rounded(prev.num, n) and not self._blocked(sent, sent.start, m.end(), ind, n):
                self._emit(ind.id, "level", n, prev.period, sent)
                self._attach_growth(ind, n, sent, state, prev.period)
                return
        m = _ANAPHOR_RESTATED.match(text, sent.start)
        if m:
            # "... revenue of nearly 10 trillion yuan. Precisely, the sector booked 9.8281 trillion
            # yuan, up 10.8 percent": the rounded level said again exactly (a date in a later clause
            # is that clause's: "…at 718,000, including some 580,000 newly built last year")
            n = next((q for q in nums if q.start >= m.end()), None)
            if n is not None and _CURRENCY_MARK.fullmatch(text, m.end(), n.start) \
                    and all(x.start > n.end and _LATER_CLAUSE.search(text, n.end, x.start) for x in state["exprs"]) and n.unit == prev.num.unit and self._unit_ok(n, ind) \
                    and _near_rounded(prev.num, n) and not self._blocked(sent, sent.start, m.end(), ind, n):
                self._emit(ind.id, "level", n, prev.period, sent)
                rm = _IN_REVENUE.match(text, n.end)   # ("the industry booked 13.7276 trillion yuan in business revenue, up 10%")
                self._attach_growth(ind, n, sent, state, prev.period, after=rm.end() if rm else None)
            return
        m = _ANAPHOR_LEVEL_GROWTH.match(text, sent.start)
        if m:
            n = next((q for q in nums if q.start >= m.end()), None)
            if n is None or n.unit != "percent" or self._blocked(sent, sent.start, m.end(), ind, n):
                return
            # a date of its own is another period, unless it comes in a later clause ("That's up
            # 49.6% year-on-year and well above the 1.29 million sold in September")
            if any(not x.comparison and not _LATER_CLAUSE.search(text, n.end, x.start) for x in state["exprs"]):
                return
            gap = text[m.end():n.start]
            if gap and not _TRAILING_QUAL.search(gap):
                return
            if _NOT_YOY.search(_CLAUSE_SPLIT.split(text[n.end:sent.end], 1)[0]):
                return   # "That's up 4% from September"
            g = self._growth(n, sent.start)
            if g is None:
                g = -n.value if _NEGATIVE.search(m.group()) else n.value
            self._emit(ind.id, "yoy_pct", n, prev.period, sent, g)
            nxt = next((q for q in nums if q.start > n.end), None)
            if nxt is not None and nxt.unit == prev.num.unit and _AND_UP_FROM.fullmatch(text, n.end, nxt.start):
                self._earlier_level_at(nxt, prev, ind, sent)   # "That's up 37.9% year-over-year, and up from 6.887 million NEVs sold in 2022"

    def _second_subject(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'output of industrial robots up 31.5% and service robots up 18.2% from a year ago': a subject
        after "and", with a figure and no attribute of its own, has the first figure's attribute and period."""
        text = self.text
        for c in emitted:
            pair = _PAIR_OF.get(c.indicator)
            after = self._slice(self.hit_starts, self.hits, c.num.end, sent.end)[:1]
            if pair is None or c.period is None or not after or after[0].role.role != "subj" \
                    or not _SECOND_SUBJECT_GAP.fullmatch(text, c.num.end, after[0].start):
                continue
            h = after[0]
            n = next((q for q in nums if q.start >= h.end), None)
            gm = _SECOND_FIGURE_GAP.fullmatch(text, h.end, n.start) if n is not None else None
            ind_id = FLOW_PAIRS.get((h.role.key, pair[1]))
            if gm is None or ind_id is None or ind_id == c.indicator or ind_id not in self.cat or id(n) in self.claimed \
                    or any(o.num is n for o in self.out) or (n.unit == "percent") != (c.measure == "yoy_pct") \
                    or _OF_TOTAL_AFTER.match(text, n.end):   # (not "and high-tech manufacturing 16 percent of the total")
                continue
            ind = self.cat[ind_id]
            clause_end = min([j for j in (text.find(x, n.end, sent.end) for x in ",;") if j >= 0] or [sent.end])
            if c.measure == "level" and not self._unit_ok(n, ind) or self._blocked(sent, h.start, h.end, ind, n) \
                    or any(resolve(e, self.ctx) != c.period for e in self._slice(self.period_starts, self.periods, h.start, clause_end)):
                continue   # (another period of its own is another statement's)
            value = n.value
            if c.measure == "yoy_pct":
                g = self._growth(n, h.end)
                value = g if g is not None else -n.value if _NEGATIVE.search((gm.group("v") or "").lower()) else n.value
            self._emit(ind_id, c.measure, n, c.period, sent, value)

    def _company_speaker(self, sent: Sentence, said: int) -> bool:
        """'Viettel said it had installed about 7,000 5G base stations': a proper name that speaks of
        "it" is a company (or another country's body) counting its own, unless a national body's name."""
        m = _NAMED_SPEAKER.search(self.text, max(sent.start, said - 60), said)
        if m is None:
            return False
        return m.group("name").split()[-1] not in _NATIONAL_SPEAKER

    def _carried_subject(self, sent: Sentence, h: Hit, attrs: list[str]) -> list[str]:
        """'Automobile production and sales in June stood at ... For the first half, production
        and sales totaled 12.1 million and 12.1 million units': an attribute that opens its
        sentence, with no subject of its own, continues the subject of a frame in the previous
        two sentences."""
        if not _CLAUSE_OPENING.fullmatch(self.text, sent.start, h.start):
            # (or a dash after the label: "NEVs remained the exception – output 1.65mn (+27.7%), sales 1.586mn (+26.2%)")
            lm = _LABEL_LINE.match(self.text, sent.start) or _LABEL_DASH.match(self.text, sent.start)
            if lm and lm.end() <= h.start and self.text.endswith(", ", 0, h.start):
                # "• Automobiles: production 13.891 million (+4.9%), sales 14.047 million": the label's
                label = {q.role.key for q in self._slice(self.hit_starts, self.hits, sent.start, lm.end())}
                if len(label) == 1 and all(FLOW_PAIRS.get((k := next(iter(label)), a)) is not None for a in attrs):
                    return [k]
            # "Output rose 19.7% to 212,000 units, while sales climbed 14.4% to 195,000": the
            # subject of this sentence's earlier clause
            jm = _JOINED_CLAUSE.search(self.text, max(sent.start, h.start - 130), h.start)
            if not jm:
                return []
            last = self._last_subject
            if not (last and last[1] == sent.index):
                # "Chinese carmakers produced 29.02 million vehicles ..., while sales climbed 3 percent
                # to 28.88 million": the object of the clause before (read by a later rule) is the subject
                subj = [q for q in self._slice(self.hit_starts, self.hits, sent.start, h.start) if q.role.role == "subj"]
                last = (subj[-1].role.key, sent.index) if subj and len({q.role.key for q in subj}) == 1 else None
            if jm.groupdict().get("total") and last and last[0] != "auto":
                return []   # (a total after a part is the whole's: "5G phone shipments reached 124 million …, while overall shipments climbed 13.2%")
            if last and last[1] == sent.index and all(FLOW_PAIRS.get((last[0], a)) is not None for a in attrs):
                return [last[0]]
            return []
        lm = _LABEL_LINE.match(self.text, sent.start, h.start) if _BULLET_LINE.match(self.text, sent.start) else None
        if lm and not self._slice(self.hit_starts, self.hits, sent.start, lm.end()) \
                and not self._slice(self._all_period_starts, self.periods, sent.start, lm.end()):
            return []   # "- Transport: revenue of …": a label that names no subject of ours, not the one before
        # "Sales fell 2.8 percent to 28.081 million vehicles"; "[NEVs …] ¶ Sales in December were 2.65
        # million vehicles": a figure that names its own subject, with no subject in its paragraph before
        # (not "New-energy vehicles … were the exception. Sales jumped 53.3% to 777,000 vehicles")
        after = [q for q in self._slice(self.num_starts, self.nums, h.end, sent.end) if q.unit != "percent"]
        nxt = after[:1]
        while nxt and len(after) > len(nxt) and _AND_NUM_GAP.fullmatch(self.text, after[len(nxt) - 1].end, after[len(nxt)].start):
            nxt = after[:len(nxt) + 1]   # "production and sales reached 24.5 million and 24.6 million vehicles": the last one's noun
        nxt = nxt[-1:]
        own = [q.role.key for q in self._slice(self.hit_starts, self.hits, nxt[0].start, nxt[0].end + 2)
               if q.role.role == "subj"][:1] if nxt else []
        if own and any(FLOW_PAIRS.get((own[0], a)) is None for a in attrs):
            own = []
        # the subject that opens the sentence before ("The auto sector remained weak."), else the
        # subject of a frame read in the two sentences before (photo captions between are skipped, and
        # so is a look back on the figure before: "That compared with 5.9% growth for all of 2025")
        # (nor a sentence with no figure and no phrase that opens this paragraph: "… commercial vehicle
        # sales rose 5.1%. ¶ The slump deepened toward the end of the year. December sales slid 13%")
        before = [j for j in range(max(0, sent.index - 4), sent.index) if not self._caption(self.sentences[j])
                  and not _LOOK_BACK.match(self.text, self.sentences[j].start) and not self._bare_opener(j, sent)][-2:]
        subj = self._opening_subject(self.sentences[before[-1]]) if before else None
        k = before[-1] if before else -9
        if subj is None and before and self.sentences[before[-1]].para == sent.para \
                and _OTHER_OUTPUT_OPENING.match(self.text, self.sentences[before[-1]].start):
            return own   # "Pig iron production amounted to 836.1 million tonnes. December production was 58.7 million": the iron's
        if subj is None:
            subj, k = self._last_subject or (None, -9)
            if k not in before:
                return own
        if own and self.sentences[k].para != sent.para:
            return own
        later = [q for q in self.sentences[sent.index + 1:sent.index + 4] if q.para == sent.para]
        if self.sentences[k].para != sent.para and any(self._opening_subject(q) == subj for q in later):
            # "[NEVs …] ¶ In June, sales rose 13.8 percent to 2.904 million … NEV sales in June grew 26.7
            # percent": a new paragraph that names the last one's subject only in a later sentence is
            # back on another subject first
            return []
        if any(FLOW_PAIRS.get((subj, a)) is None for a in attrs):
            return []
        if subj in ("nev", "5gphone") and _TOTAL_BEFORE.search(self.text, max(sent.start, h.start - 12), h.start):
            # "NEVs ... In December alone, total sales decreased 1.6%": all vehicles', not the NEVs' ("5G
            # smartphone shipments of 14.08 million … Overall shipments dropped 36.2%": all phones')
            return []
        if any(not self.text.endswith(", ", 0, m.start()) for m in _SHARE_OF_TOTAL.finditer(self.text, h.end, sent.end)):
            # "December shipments came to 20.68 million, with 5G models making up 68.4% of the total": all phones
            # (not the subject's own share: "Its value-added rose 13.1 percent …, accounting for 12.2 percent of all …")
            return []
        return [subj]

    def _bare_opener(self, j: int, sent: Sentence) -> bool:
        b = self.sentences[j]
        return j == sent.index - 1 and j > 0 and b.para == sent.para != self.sentences[j - 1].para \
            and not self._slice(self.num_starts, self.nums, b.start, b.end) and not self._slice(self.hit_starts, self.hits, b.start, b.end)

    def _caption(self, sent: Sentence) -> bool:
        """'Photo taken Jan. 14, 2019, shows new cars waiting to be shipped ... (Kyodo)': not prose."""
        return bool(_CAPTION.match(self.text, sent.start, sent.end))

    def _opening_subject(self, sent: Sentence) -> str | None:
        hs = self._slice(self.hit_starts, self.hits, sent.start, sent.end)
        dl = _DATELINE.match(self.text, sent.start)   # ("BEIJING/TOKYO -- China's new-vehicle sales rose for an eighth month")
        s0 = dl.end() if dl else sent.start
        if self.text.startswith('"', s0):
            s0 += 1   # ('"New energy vehicles" (NEVs), the official term …, were the engine of that growth.')
        elif self.low.startswith("so-called ", s0):
            s0 += 10   # ("So-called new energy vehicles, a category that includes …, were the fastest-growing segment.")
        if hs and hs[0].role.role == "subj" and _CLAUSE_OPENING.fullmatch(self.text, s0, hs[0].start):
            return hs[0].role.key
        if len(hs) > 1 and hs[0].role.role == "attr" and hs[1].role.role == "subj" \
                and _OF_SUBJECT.fullmatch(self.text, hs[0].end, hs[1].start) \
                and _CLAUSE_OPENING.fullmatch(self.text, s0, hs[0].start):
            return hs[1].role.key   # "SHANGHAI -- China's output of industrial robots fell sharply in September"
        # "The one bright spot in the car market is new energy vehicles, which are backed by subsidies.":
        # a figureless sentence naming its subject after its verb "to be" (the last subject named)
        # (or before an earlier one, the later ones the same: "… remains new-energy vehicles, a category
        # that includes pure battery-electric cars and plug-in hybrids.")
        subj = [h for h in hs if h.role.role == "subj"]
        if subj and any(_TOPIC_COPULA.search(self.text, max(sent.start, h.start - 40), h.start)
                        for h in (subj if len({h.role.key for h in subj}) == 1 else subj[-1:])) \
                and not self._slice(self.num_starts, self.nums, sent.start, sent.end):
            return subj[-1].role.key
        return None

    def _that_of(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'The value added of high-tech manufacturing rose 8.7%, while that of equipment
        manufacturing expanded 7.8%': "that of" repeats the attribute named earlier in the sentence."""
        text = self.text
        for i, h in enumerate(hits):
            if h.role.role != "subj" or not _THAT_OF.search(text, max(sent.start, h.start - 20), h.start):
                continue
            attr = None
            for p in reversed(hits[:i]):
                if p.role.role == "attr" and p.role.key != "prodsales":
                    attr = p.role.key
                    break
                if p.role.role == "combo":
                    attr = p.role.key[1]
                    break
                if p.role.role in ("foreign", "noun"):
                    break
            if attr is None:
                continue
            subjects, last = self._collect_subjects(hits, i, h.start)
            if not subjects or last + 1 < len(hits) and hits[last + 1].role.role in ("attr", "combo", "foreign") \
                    and hits[last + 1].start - hits[last].end < 40:
                continue   # "that of X's exports": its own attribute follows
            inds = [FLOW_PAIRS.get((sj, attr)) for sj in subjects]
            if any(x is None or x not in self.cat for x in inds):
                continue
            anchor_end = hits[last].end
            region_end = hits[last + 1].start if last + 1 < len(hits) else sent.end
            semi = _SEMI.search(text, anchor_end, region_end)
            region_end = min(semi.start() if semi else region_end, anchor_end + 160)
            region_nums = [n for n in nums if anchor_end <= n.start < region_end and id(n) not in self.claimed]
            self._assign(inds, region_nums, anchor_end, sent, state, h.start)

    def _previous_industry(self, sent: Sentence, attr: str, hits: list[Hit], before: int | None = None) -> str | None:
        """'... the software and information technology services industry registered revenue of
        ... . The total profits of the industry stood at ...': the one industry named in the
        previous sentence of the same paragraph, if it has a revenue/profit indicator."""
        # ("High-tech manufacturing was a bright spot. Value added in the sector climbed 7.4%": a
        # manufacturing sector's value added, or its output read as such)
        allowed = _ANAPHOR_SUBJECTS if attr in ("rev", "profit") else _VA_ANAPHOR_SUBJECTS if attr in ("va", "prod") else ()
        if not allowed or sent.index == 0:
            return None
        own = {q.role.key if q.role.role == "subj" else q.role.key[0]
               for q in hits if q.role.role in ("subj", "combo") and q.start < (sent.end if before is None else before)}
        if own:
            # "The software industry posted revenue of ..., while total profits in the sector came
            # in at ...": the one industry named earlier in the same sentence
            key = next(iter(own))
            return key if len(own) == 1 and key in allowed and (key, attr) in FLOW_PAIRS else None
        # the nearest of the three sentences before that names a subject ("China's software sector
        # grew. The sector raked in ... The industry's total profit ...")
        keys: set = set()
        for prev in self.sentences[max(0, sent.index - 3):sent.index][::-1]:
            # within the paragraph; across paragraphs only back to a news lead ("BEIJING, March 24
            # (Xinhua) -- China's software sector ...") or through a sentence read the same way
            if prev.para != sent.para and not (self._last_subject and self._last_subject[1] == prev.index) \
                    and not self._para_is_lead(prev):
                break
            phits = self._slice(self.hit_starts, self.hits, prev.start, prev.end)
            keys = {q.role.key for q in phits if q.role.role == "subj"}
            keys |= {q.role.key[0] for q in phits if q.role.role == "combo"}
            if keys:
                break
        if len(keys) != 1:
            return None
        key = next(iter(keys))
        if key not in allowed:
            return None
        ind_id = FLOW_PAIRS.get((key, attr))
        if ind_id is None or ind_id not in self.cat:
            return None
        return key

    def _para_is_lead(self, sent: Sentence) -> bool:
        j = sent.index
        while j > 0 and self.sentences[j - 1].para == sent.para:
            j -= 1
        return _DATELINE.match(self.text, self.sentences[j].start) is not None

    def _collect_subjects(self, hits: list[Hit], j: int, pos: int) -> tuple[list[str], int]:
        text = self.text
        subjects, last = [], -1
        while j < len(hits) and hits[j].role.role == "subj":
            h = hits[j]
            if h.start != pos:
                break
            subjects.append(h.role.key)
            last = j
            lm = _SUBJECT_LIST_GAP.match(text, h.end)   # (also "of the A sector and the B sector")
            if not lm or j + 1 >= len(hits) or hits[j + 1].start != lm.end():
                break
            pos = lm.end()
            j += 1
        return subjects, last

    def _subjects_before(self, hits: list[Hit], i: int, sent: Sentence) -> tuple[list[str], int]:
        text = self.text
        h = hits[i]
        da = _DASH_ASIDE_END.search(text, max(sent.start, h.start - 120), h.start) if " - " in text[max(sent.start, h.start - 120):h.start] else None
        if da is not None:
            # "For new energy vehicles - battery-electric and plug-in hybrid cars - production and sales
            # were …": the subject before an aside that glosses it
            k = next((k for k in range(i - 1, -1, -1) if hits[k].start < da.start()), -1)
            if k >= 0 and all(q.role.role == "subj" for q in hits[k + 1:i]) and hits[k].role.role == "subj" \
                    and hits[k].start >= sent.start and hits[k].end <= da.start() \
                    and (_OWN_GAP.fullmatch(text[hits[k].end:da.start()] + text[da.end():h.start])
                         or _TOPIC_OPENING.fullmatch(text, sent.start, hits[k].start)
                         and _TOPIC_GAP.fullmatch(text[hits[k].end:da.start()] + "," + text[da.end():h.start])):
                return [hits[k].role.key], k
        if i > 0 and hits[i - 1].role.role == "subj" and hits[i - 1].start >= sent.start:
            p = hits[i - 1]
            if _TOPIC_OPENING.fullmatch(text, sent.start, p.start) and _TOPIC_GAP.fullmatch(text, p.end, h.start):
                return [p.role.key], i - 1   # "In the telecom sector, business revenue totaled ..."
            if _BULLET_LINE.fullmatch(text, sent.start, p.start) and _LABEL_COLON.fullmatch(text, p.end, h.start):
                return [p.role.key], i - 1   # "- Software and information technology services: revenue of 8.16 trillion yuan"
            # "High-tech manufacturing, a sector Beijing counts on, saw its value added rise 7.1%"
            app = _APPOSITIVE.match(text, p.end, h.start)
            gap_start = app.end() if app else p.end
            if _OWN_GAP.fullmatch(text[gap_start:h.start]) or _SUBJECT_VERB_ITS.fullmatch(text, gap_start, h.start):
                subjects, first = [p.role.key], i - 1
                k = i - 1
                while k > 0 and hits[k - 1].role.role == "subj" and hits[k - 1].start >= sent.start:
                    lm = _LIST_GAP.match(text, hits[k - 1].end)
                    if lm and lm.end() == hits[k].start and not _BESIDES_END.search(text, max(sent.start, hits[k - 1].start - 24), hits[k - 1].start):
                        subjects.insert(0, hits[k - 1].role.key)
                        first = k - 1
                        k -= 1
                    else:
                        break
                return subjects, first
        colon = max(text.rfind(": ", sent.start, h.start), text.rfind(" - ", sent.start, h.start) + 1)   # (or a dash: "NEVs did the heavy lifting - 3.788mn produced")
        if colon > sent.start and _CLAUSE_OPENING.fullmatch(text, colon + 2, h.start) \
                and not self._slice(self.num_starts, self.nums, sent.start, colon):
            # "New energy vehicles (NEVs) took off on the back of generous subsidies: production jumped to
            # 340,471 units": the subject that opens the lead clause, the only one in it
            lead = [k for k in range(i) if sent.start <= hits[k].start < colon]
            if lead and hits[lead[0]].role.role == "subj" and _CLAUSE_OPENING.fullmatch(text, sent.start, hits[lead[0]].start) \
                    and all(hits[k].role.role == "foreign" or hits[k].role == hits[lead[0]].role for k in lead[1:]):
                return [hits[lead[0]].role.key], lead[0]
        before = text[sent.start:h.start]
        if not _DET_BEFORE.search(before):
            return [], -1
        # distant subject in the same sentence, nothing else in between but its own attributes
        for k in range(i - 1, -1, -1):
            p = hits[k]
            if p.start < sent.start:
                break
            if p.role.role == "subj" and self._gloss(p):
                continue   # "Sales of new energy vehicles, mostly battery-powered cars, rose …": the aside's noun
            if p.role.role == "subj":
                if _WHILE.search(text, p.end, h.start) and (self._slice(self.num_starts, self.nums, p.end, h.start)
                                                             or _unit_only(p, self.nums, self.num_starts)):
                    return [], -1   # "Output of NEVs reached 6.3 million, while sales grew ...": a clause of its own
                    # (also "Sales jumped to 777,000 vehicles last year, while production rose": the unit is none)
                # "The high-tech and equipment manufacturing industries led the way, with value
                # added rising ...": the subjects' own "industries" is no other subject
                own = _OWN_SECTOR.match(text, p.end)
                g0 = own.end() if own else p.end
                # "China's software and IT services industry, the closest counterpart to India's IT-BPM
                # sector, posted revenue of ...": an aside about the subject is skipped
                app = _APPOSITIVE.match(text, g0, h.start)
                if app and not self._slice(self.num_starts, self.nums, g0, app.end()):
                    g0 = app.end()
                gap = text[g0:h.start]
                if _INDUSTRY_NOUN.search(gap):
                    return [], -1
                for q in hits[k + 1:i]:
                    if q.start < g0 or q.role.role == "subj" and self._gloss(q):
                        continue
                    gap = text[p.end if g0 == (own.end() if own else p.end) else g0:q.start]
                    if q.role.role != "attr" or not (_OWN_GAP.fullmatch(gap) or _VERB_GAP.fullmatch(gap)):
                        return [], -1
                subjects, first = [p.role.key], k
                while first > 0 and hits[first - 1].role.role == "subj" and hits[first - 1].start >= sent.start \
                        and _listed(text, hits[first - 1], hits[first]):
                    first -= 1
                    subjects.insert(0, hits[first].role.key)
                return subjects, first
        return [], -1

    def _gloss(self, h: Hit) -> bool:
        """', mostly battery-powered cars,': a noun in an aside that glosses the subject before it."""
        return self.text.startswith(",", h.end) and _GLOSS_BEFORE.search(self.text, max(0, h.start - 60), h.start) is not None

    def _rate_moved(self, ind: Indicator, region_nums: list[Num], sent: Sentence, state, frame_start: int, frame_end: int) -> list[Num]:
        """'IP growth eased from 6.1% yoy in Q1 to 5.9% in Q2': both rates, each for its own period.
        Returns the region's other figures."""
        text = self.text
        for a, b in zip(region_nums, region_nums[1:]):
            gm = _FROM_PERIOD_TO.fullmatch(text, a.end, b.start) if a.unit == b.unit == "percent" else None
            if gm is None or not _MOVED_FROM.search(text, max(sent.start, a.start - 30), a.start) \
                    or self._blocked(sent, frame_start, frame_end, ind, a):
                continue   # (not "High-tech's share of industrial value added climbed from 11.8 percent in 2015 to …")
            ex = next((e for e in self._slice(self.period_starts, self.periods, gm.start("p"), gm.end("p")) if e.start == gm.start("p")), None)
            pa = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
            pb = self.flow_period(b, sent, state)
            if pa is None or pb is None or pa.instant or pb.instant or pa == pb or pa.end > pb.end:
                continue
            self._emit(ind.id, "yoy_pct", a, pa, sent)
            self._emit(ind.id, "yoy_pct", b, pb, sent)
            return [n for n in region_nums if n is not a and n is not b]
        return region_nums

    def _assign(self, inds: list[str], region_nums: list[Num], anchor_end: int, sent: Sentence, state,
                frame_start: int) -> None:
        """Levels and growth rates in a frame's region -> the frame's indicator(s)."""
        if not region_nums or _SHARE_DENOMINATOR.search(self.text, max(sent.start, frame_start - 40), frame_start):
            return   # "NEV sales accounted for 45.6% of total new vehicle sales, compared with 1.43 million units and 46.8% in October"
        ind0 = self.cat[inds[0]]
        text = self.text
        for j in range(len(region_nums) - 3):
            a, b, c, d = region_nums[j:j + 4]
            if text[b.end:c.start].strip() == "(" and text.startswith(")", d.end) and _LIST_GAP.fullmatch(text, c.end, d.start) \
                    and _near_rounded(a, c) and _near_rounded(b, d):
                # "touched 1.56 crore and 1.57 crore units (15.621 million and 15.653 million)": the pair said exactly
                restated = {id(a): c, id(b): d}
                region_nums = region_nums[:j + 2] + region_nums[j + 4:]
                break
        else:
            restated = None
        if len(inds) == 1 and not ind0.instant:
            region_nums = self._rate_moved(ind0, region_nums, sent, state, frame_start, anchor_end)
        levels: list[Num] = []
        growths: list[tuple[Num, float]] = []
        prev_level = None
        now, was, was_expr = self._from_to(anchor_end, region_nums, ind0) if len(inds) == 1 else (None, None, None)
        for n in region_nums:
            if n is was:
                continue
            if n is now:
                levels.append(n)
                prev_level = n
                continue
            if not levels and not growths and n.unit not in (None, "percent", "pp") and not self._unit_ok(n, ind0) \
                    and _LINK_END.search(text, max(anchor_end, n.start - 40), n.start):
                # "[industrial output rose 6%] Output in December was 63.6m tonnes, down 5.8%": another
                # quantity's level, and the rate after it is that level's
                return
            if self._unit_ok(n, ind0) and ind0.unit != "percent":
                if prev_level is None and not levels and len(growths) == 1 and _RATE_THEN_BRACKET.fullmatch(text, growths[0][0].end, n.start) \
                        and _LEVEL_BRACKET_CLOSES.match(text, n.end):
                    levels.append(n)   # "Vehicle production rose 14.1% YoY (4.498m units)": the level in brackets after its rate
                    prev_level = n
                    continue
                if prev_level is None and not levels:
                    gap = text[anchor_end:n.start]
                    # "increased by 3.0% year-on-year to 1.033 billion": "by" belongs to the rate
                    gap = re.sub(_SPEAKER_ASIDE, ",", gap)
                    add_gap = text[growths[-1][0].end:n.start] if growths else gap
                    # "..., and sales 2.157 million": the verb of the clause before is understood
                    elided = _TRAILING_QUAL.sub("", gap).rstrip() + " " in (" ", " RMB ", " CNY ") and (_ELIDED_VERB.search(text, max(0, anchor_end - 60), anchor_end)
                                             # a note's shorthand: "1Q auto sales 6.48mn (+75.6% y/y)"
                                             or _SHORTHAND_MAGNITUDE.search(text, n.start, n.end)) \
                        or gap.strip() == "(" and _BRACKETED_FIGURE.match(text, anchor_end) is not None \
                        or gap == " " and (lm := _LABEL_LINE.match(text, sent.start)) is not None and lm.end() <= anchor_end   # "• NEVs: production 4.929 million, sales 4.944 million"
                    if (elided or _LINK_END.search(gap) or _LABEL_COLON_GAP.fullmatch(gap)) and not _ADDITION.search(add_gap) and not _DENSITY.search(gap) \
                            and not _PCT_SHARE.search(gap):
                        levels.append(n)
                        prev_level = n
                        continue
                elif prev_level is not None and _LIST_GAP.fullmatch(text[prev_level.end:n.start]):
                    levels.append(n)
                    prev_level = n
                    continue
                prev_level = None
                continue
            g = self._growth(n, anchor_end)
            if g is not None and _THAN_END.search(text, max(anchor_end, n.start - 12), n.start):
                g = None   # ("The sales decline was slightly narrower than the 12.9% drop recorded for January-May": the other's)
            if g is None and n.unit == "percent" and _GREW_ATTR_BEFORE.search(text, max(sent.start, anchor_end - 50), anchor_end) \
                    and _BY_GAP.fullmatch(text, anchor_end, n.start):
                g = n.value   # "The software … industry grew revenue 16.6 per cent to Rmb4.3tn": the verb before its object
            ab = _ABBREVIATION.match(text, anchor_end, n.start)   # ("Industrial production (IP) growth picked up to 5.7%")
            if g is None and not growths and n.unit == "percent" and _COPULA_GAP.fullmatch(text, ab.end() if ab else anchor_end, n.start) \
                    and (_GROWTH_LEAD.search(text, max(sent.start, frame_start - 30), frame_start) or self.low.endswith(" growth", frame_start, anchor_end)
                         or self.low.startswith(" growth ", ab.end() if ab else anchor_end)
                         or text.startswith("IP", frame_start) and anchor_end == frame_start + 2):
                # "Growth in high-tech manufacturing was 11.7 percent", "Second-quarter industrial growth held at 6.9
                # percent", "September IP printed 4.5%oya" (a broker's IP is its growth)
                g = n.value
            if g is None and not growths and n.unit == "percent" and text[anchor_end:n.start] == " of " \
                    and self.low.endswith(" growth", frame_start, anchor_end):
                g = n.value   # "…, compared with overall industrial growth of 6.9% in the first half"
            if g is None and not growths and n.unit == "percent" and len(inds) == 1 and self._prev_rate == (inds[0], sent.index - 1) \
                    and _MOVED_FROM_GAP.fullmatch(text, anchor_end, n.start) and (tail := _COMPARED_TAIL.match(text, n.end)) \
                    and not any(m.unit == "percent" and " to " in text[n.end:m.start] for m in region_nums if m.start > n.end):
                # "[… output grew 5.4% in November.] Industrial output slowed from 5.9 percent in October": the
                # rate it moved from, for the period named after it (not "from 5.9% in October to 5.4%")
                ex = next((e for e in self.periods if e.start == tail.end()), None)
                p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
                if p is not None and not p.instant and not self._blocked(sent, frame_start, n.end, ind0, n):
                    self._emit(inds[0], "yoy_pct", n, p, sent, n.value)
                continue
            if g is not None:
                if _points_to_former(text, anchor_end, n.start):
                    break
                if growths and not _rate_list_gap(text, growths[-1][0].end, n.start):
                    break
                growths.append((n, g))
                continue
            if growths and n.unit == "percent":
                gap = text[growths[-1][0].end:n.start]
                # (not "up 9.5%, and 86.4% of total handset shipments": a share, no second rate)
                if _LIST_GAP.fullmatch(gap) and not _OF_TOTAL_AFTER.match(text, n.end):
                    sign = -1.0 if growths[-1][1] < 0 else 1.0
                    growths.append((n, sign * n.value))
                    continue
            if n.unit in ("percent", "pp"):
                continue
        if len(inds) > 1 and len(levels) != len(inds):
            shared = levels[0] if len(levels) == 1 and (_BOTH.search(text, anchor_end, levels[0].start)
                                                         or _EACH_AFTER.match(text, levels[0].end)) else None
            levels = self._respectively_levels(region_nums, ind0, len(inds))
            if not levels and shared is not None:
                levels = [shared] * len(inds)   # "production and sales both exceeded 30 million", "to about 6.37 million vehicles each"

        if len(inds) > 1 and len(growths) == 1 and len(levels) == len(inds) \
                and _BOTH.search(text, levels[-1].end, growths[0][0].start):
            growths = growths * len(inds)   # "reached 2.66 million and 2.6 million units, each up 120 percent"
        elif len(inds) > 1 and len(growths) == 1 and not levels and (_BOTH_OF.search(text, frame_start, anchor_end)
                                                                     or _BOTH_GREW.match(text, anchor_end, growths[0][0].start)):
            growths = growths * len(inds)   # "the value added of both A and B rose 7.5 percent", "A and B value-added each grew 7.5%"
        elif len(inds) > 1 and len(growths) == 1 and len(levels) == len(inds) and growths[0][0].end <= levels[0].start \
                and _BOTH_GREW.search(text, anchor_end, growths[0][0].start):
            growths = growths * len(inds)   # "Production and sales of NEVs, which …, both rose 120% to 2.661 million and 2.6 million units respectively"
        if inds == ["industrial_value_added"] and levels and "designated" not in text[frame_start:anchor_end].lower() \
                and "规模以上" not in text[frame_start:anchor_end]:
            return   # "China's industrial added value reached 40.5 trillion yuan, up 5.7%": all industry, not above designated size
        if restated and len(inds) == 2 and len(levels) == 2:
            levels = [restated.get(id(n), n) for n in levels]
        if len(inds) == 1 and levels:
            exact = next((q for q in region_nums if q.start > levels[0].end and q.unit != "percent"), None)
            if exact is not None and self._restated(levels[0], exact):
                levels = [exact]
        if len(inds) == 1 and len(levels) == 2 and _SECOND_OF_PAIR.search(text, max(sent.start, anchor_end - 60), anchor_end):
            # "Vehicle inventories and sales came to 3.08 million and 15.65 million": the second of a pair is
            # the second figure (and its rate, when there are two)
            levels, growths = levels[1:], growths[1:] if len(growths) == 2 else []
        if len(inds) == 1:
            if len(growths) > 1:
                growths = []   # "... sold 28 million, down 4.2% and 2.8% (respectively)": rates of a list
            levels, growths = levels[:1], growths[:1]
        # "grew only 3.2% year-on-year, to CNY451.2 billion in Q1": a rate stated before its level
        # has the level's period
        level_first = len(inds) == 1 and levels and growths and growths[0][0].end <= levels[0].start \
            and _GROWTH_TO_TAIL.fullmatch(text, growths[0][0].end, levels[0].start)
        second = self._second_pair(ind0, region_nums, levels, growths, anchor_end, sent, state) \
            if len(inds) == 1 and not ind0.instant else None
        for series, measure in ((levels, "level"), (growths, "yoy_pct")):
            if not series or len(series) != len(inds):
                continue
            for ind_id, item in zip(inds, series):
                num, value = (item, None) if measure == "level" else item
                ind = self.cat[ind_id]
                if self._blocked(sent, frame_start, anchor_end, ind, num):
                    continue
                at = levels[0] if level_first else num
                period = self.flow_period(at, sent, state) if not ind.instant else self.stock_period(at, sent, state)
                if now is not None and was_expr is not None and not ind.instant and not state["exprs"] and period is not None:
                    period = self._year_after(period, was_expr)
                self._emit(ind_id, measure, num, period, sent, value)
                if num is now:
                    self._from_level(ind, was, was_expr, period, sent)

        if second is not None:
            rate, g, level, period = second
            for num, measure, value in ((level, "level", None), (rate, "yoy_pct", g)):
                if num is not None and not self._blocked(sent, frame_start, anchor_end, ind0, num):
                    self._emit(ind0.id, measure, num, period, sent, value)

    def _second_pair(self, ind: Indicator, region_nums: list[Num], levels: list[Num], growths: list, anchor_end: int,
                     sent: Sentence, state):
        """"rose 37.6 percent to 169,000 in November, and climbed 68 percent to 1.03 million in the
        first 11 months", "grew 4.4% in the second quarter, but was still down 1.3% for the first six
        months": a second rate (and level) of the same flow, for a period of their own."""
        if len(levels) > 1 or len(growths) > 1 or not levels and not growths:
            return None
        text = self.text
        first = levels[0] if levels else growths[0][0]
        last = max(levels[0].end, growths[0][0].end) if levels and growths else first.end
        rest = [n for n in region_nums if n.start >= last][:2]
        if levels and growths and levels[0].end <= growths[0][0].start:
            # "was 1.005 billion tonnes in 2024 and 515 million tonnes in H1 2025, down 3.0%": a second level
            # for a period of its own, before the rate (the rate is read with its own period)
            q = next((n for n in region_nums if levels[0].end <= n.start < growths[0][0].start), None)
            if q is not None and q.unit != "percent" and self._unit_ok(q, ind) and _SECOND_PAIR_GAP.fullmatch(text, levels[0].end, q.start) \
                    and not _CHANGE_VERB.search(text, levels[0].end, q.start):
                _, period = self._second_level_period(q, first, sent, state)
                if period is not None:
                    return None, None, q, period
        if rest and levels and growths and growths[0][0].end <= levels[0].start and rest[0].unit == "percent" \
                and _LEVEL_THEN_RATE.fullmatch(text, levels[0].end, rest[0].start):
            # "rose 9.6% y/y in November, …, but the year-to-date total of 169,000 units was still down 3.1%":
            # the rate of the level, with the level's period
            g = self._growth(rest[0], levels[0].end)
            period = self.flow_period(levels[0], sent, state)
            if g is None or period is None or period == self.flow_period(growths[0][0], sent, state):
                return None
            return rest[0], g, None, period
        if rest and levels and growths and rest[0].unit != "percent":
            # "reached 87.28 million tonnes in August, up 9.3%, and was 663.84 million tons in January-August, an
            # increase of 9.1%", "About 102,000 were sold in May, up 125.6 percent, and 341,000 in the January-May
            # period, up 142.3 percent": a second level of the same flow, for a period of its own
            wm = _SECOND_LEVEL_WHEN_GAP.fullmatch(text, last, rest[0].start)
            if not (wm or _SECOND_LEVEL_GAP.fullmatch(text, last, rest[0].start)) or not self._unit_ok(rest[0], ind):
                return None
            if wm:
                # "…, up 5.7 percent year on year, while in May it totaled 72.2 million mt, increasing 1.7 percent":
                # the period before the second level
                own = next((e for e in state["exprs"] if wm.start("when") <= e.start and e.end <= wm.end("when") and not e.comparison), None)
                period = resolve(own, self.ctx) if own is not None else None
                if period is None or period.instant or period == self.flow_period(first, sent, state):
                    return None
                tail = rest[0].end   # (its rate right after the level)
            else:
                own, period = self._second_level_period(rest[0], first, sent, state)
                tail = own.end if own is not None else None
            if period is None:
                return None
            rate = rest[1] if len(rest) > 1 and rest[1].unit == "percent" and _SECOND_LEVEL_RATE.fullmatch(text, tail, rest[1].start) else None
            g = self._growth(rate, tail) if rate is not None else None
            return (rate if g is not None else None), g, rest[0], period
        gap = _SECOND_PAIR_GAP.fullmatch(text, last, rest[0].start) if rest else None
        if gap is None:
            return None
        if not growths:
            # "totalled 15.0 million units in September, and 108.18 million units in January-September"
            if rest[0].unit == "percent" or not self._unit_ok(rest[0], ind) or _CHANGE_VERB.search(text, last, rest[0].start):
                return None
            _, period = self._second_level_period(rest[0], first, sent, state)
            return None if period is None else (None, None, rest[0], period)
        if rest[0].unit != "percent":
            return None
        level = None
        if levels:
            if len(rest) != 2 or not self._unit_ok(rest[1], ind) or not _SECOND_PAIR_TO.fullmatch(text, rest[0].end, rest[1].start):
                return None
            level = rest[1]
        g = self._growth(rest[0], anchor_end)
        if gap.group("to") and not levels:
            # "fell 4.3% in the first quarter but rebounded to 9.2% growth in March": the new pace
            g = None if _CONTRACTION_AFTER.match(text, rest[0].end) else rest[0].value
        if g is None and levels and _CHANGE_VERB.search(text, last, rest[0].start) is None:
            g = -rest[0].value if growths[0][1] < 0 else rest[0].value   # "and 68 percent to 1.03 million": the verb understood
        tail = level.end if level else rest[0].end
        own = next((e for e in state["exprs"] if tail <= e.start <= sent.end and not e.comparison
                    and _SECOND_PAIR_WHEN.fullmatch(text, tail, e.start)), None)
        period = resolve(own, self.ctx) if own is not None and g is not None else None
        if period is None or period == self.flow_period(first, sent, state):
            return None   # (with no period of its own, it is no second period's)
        if period.instant:
            period = Period(period.end.replace(month=1, day=1), period.end, False)
        return rest[0], g, level, period

    def _second_level_period(self, n: Num, first: Num, sent: Sentence, state):
        """(expression, period) named right after a second level of a flow, when the period is its own
        (not the first figure's), else (None, None)."""
        own = next((e for e in state["exprs"] if n.end <= e.start <= sent.end and not e.comparison
                    and _SECOND_PAIR_WHEN.fullmatch(self.text, n.end, e.start)), None)
        period = resolve(own, self.ctx) if own is not None else None
        if period is None or period.instant or period == self.flow_period(first, sent, state):
            return None, None
        return own, period

    def _respectively_levels(self, region_nums: list[Num], ind: Indicator, n: int) -> list[Num]:
        """'A and B exceeded 30 million for the first time, reaching 30.16 million and 30.09 million
        respectively': after an intervening clause, a list of exactly n levels introduced by a link
        verb and closed by "respectively". The shared figure before it is not a value."""
        text = self.text
        run: list[Num] = []
        for k, q in enumerate(region_nums):
            if not self._unit_ok(q, ind):
                run = []
                continue
            if run and _LIST_GAP.fullmatch(text[run[-1].end:q.start]):
                run.append(q)
            else:
                start = region_nums[k - 1].end if k else max(0, q.start - 40)
                before = text[max(start, q.start - 40):q.start]
                # (or set off by a dash: "both topping 1.2 million units - 1.215 million and 1.206 million, respectively -")
                run = [q] if _LINK_END.search(before) or _DASH_BEFORE.search(before) else []
            # (a threshold passed, then the list ends the sentence: "topped 30 million units for the
            # first time, reaching 30.16 million and 30.09 million units.")
            # (or restated exactly: "hit nearly 27.7 million each - 27.692 million and 27.687 million to be exact -")
            if len(run) == n and (_RESPECTIVE_AFTER.match(text, q.end) or _EXACT_AFTER.match(text, q.end)
                                  or k >= n and region_nums[k - n].qualifier == "gt"
                                  and _RESTATED_LEVEL.fullmatch(text, region_nums[k - n].end, run[0].start)
                                  and (_LIST_END.match(text, q.end) or _LIST_RATES_NEXT.match(text, q.end))):
                return run
        return []

    def _in_attr(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'<subject> generated nearly 1.9 trillion yuan in revenue'."""
        text = self.text
        for n in nums:
            if id(n) in self.claimed or n.unit != "yuan" and n.unit not in (None, "count"):
                continue
            am = _IN_ATTR_AFTER.match(text, n.end)
            if not am:
                continue
            a = am.group("a").lower()
            attr = "rev" if a.startswith("revenue") else "profit" if a.startswith("profit") else "sales"
            prior = [h for h in hits if h.end <= n.start]
            if am.group("s"):
                key, s0, s1 = "software" if am.group("s").lower() == "software" else "telecom", sent.start, sent.start
                if prior or attr == "sales":
                    continue
            elif prior and prior[-1].role.role == "subj":
                key, s0, s1 = prior[-1].role.key, prior[-1].start, prior[-1].end
            else:
                # "The sector raked in 2.07 trillion yuan in revenue" after a sentence about software
                # (also after the period: "In the first two months, the sector raked in ...")
                om = _ANAPHOR_OPEN.match(text, _LEAD_PERIOD_PHRASE.match(text, sent.start).end())
                key = self._previous_industry(sent, attr, hits, n.start) if om and not prior else None
                if key is None:
                    continue
                s0, s1 = sent.start, om.end()
            gap = text[s1:n.start]
            if _INDUSTRY_NOUN.search(_CHINAS.sub("", gap)) or not _LINK_END.search(gap) or len(gap) > 60:
                continue
            ind_id = FLOW_PAIRS.get((key, attr))
            if not ind_id or ind_id not in self.cat:
                continue
            ind = self.cat[ind_id]
            if not self._unit_ok(n, ind) or self._blocked(sent, s0, n.end, ind, n):
                continue
            period = self.period_for(ind, n, sent, state)
            self._emit(ind_id, "level", n, period, sent)
            self._last_subject = (key, sent.index)
            self._attach_growth(ind, n, sent, state, period, after=am.end())

    def _earned(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'the software and information technology services industry took in 7.18 trillion yuan, up
        15.4%': an industry's earning verb names its revenue."""
        for h in hits:
            ind = self.cat.get(FLOW_PAIRS.get((h.role.key, "rev"), "")) if h.role.role == "subj" else None
            if ind is None:
                continue
            nxt = self._slice(self.num_starts, self.nums, h.end, sent.end)[:1]
            app = _APPOSITIVE.match(self.text, h.end, sent.end)   # ("…, where much of the value of 5G is captured, earned")
            if not nxt or id(nxt[0]) in self.claimed or nxt[0].unit != "yuan" \
                    or not _EARNED_GAP.fullmatch(self.text, app.end() if app and app.end() < nxt[0].start else h.end, nxt[0].start) \
                    or not self._unit_ok(nxt[0], ind) or self._blocked(sent, h.start, nxt[0].end, ind, nxt[0]) \
                    and (app is None or self._blocked(sent, app.end(), nxt[0].end, ind, nxt[0])):   # (not the aside's scope)
                continue
            period = self.period_for(ind, nxt[0], sent, state)
            self._emit(ind.id, "level", nxt[0], period, sent)
            self._last_subject = (h.role.key, sent.index)
            self._attach_growth(ind, nxt[0], sent, state, period)

    def _verb_flows(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'China produced 131,000 industrial robots, an increase of 68.1 percent'."""
        text = self.text
        for h in hits:
            if h.role.role != "subj":
                continue
            # the number's unit may be the subject itself: "produced 25.7 million vehicles"
            prior = [n for n in nums if n.end <= h.start or n.start < h.start and n.end == h.end]
            if not prior:
                continue
            n = prior[-1]
            if id(n) in self.claimed or n.end <= h.start and not _NP_GAP.fullmatch(text, n.end, h.start):
                continue
            vm = _VERB_ATTR.search(text, max(sent.start, n.start - 30), n.start)
            if vm is None and _WITH_BEFORE.search(text, max(sent.start, n.start - 24), n.start):
                vm = _WITH_PARTICIPLE.match(text, h.end)   # "…, with 104,000 NEVs sold"
            if vm is None and self._verb_object is not None and self._verb_object[2] == sent.index \
                    and _NEXT_OBJECT.fullmatch(text, self._verb_object[1], n.start):
                vm = self._verb_object[0]   # "turned out 178,000 industrial robots …, and 2.98 million service robots"
            if vm and _COMPANY_PRONOUN.search(text, max(sent.start, vm.start() - 24), vm.start()):
                continue   # "Tesla doesn't break out China sales, but … it sold around 11,000 vehicles there"
            if vm and h.role.key == "auto" and _NARROWER_MAKERS.search(text, max(sent.start, vm.start() - 48), vm.start()):
                continue   # "China's new energy vehicle makers have produced and sold more than 8 million cars": NEVs, not all cars
            if not vm:
                pm = _PASSIVE_VERB.match(text, h.end)
                if pm and (_AUXILIARY_AFTER.match(text, h.end) or n.start == sent.start
                           or _CLAUSE_HEAD_NUM.search(text, max(sent.start, n.start - 40), n.start)):
                    self._passive_flow(sent, h, n, nums, state)
                continue
            ind_id = FLOW_PAIRS.get((h.role.key, _VERB_TO_ATTR[vm.group(1).lower()]))
            if not ind_id or ind_id not in self.cat:
                continue
            ind = self.cat[ind_id]
            if not self._unit_ok(n, ind) or self._blocked(sent, h.start, h.end, ind, n):
                continue
            period = self.period_for(ind, n, sent, state)
            self._emit(ind_id, "level", n, period, sent)
            self._last_subject = (h.role.key, sent.index)
            self._verb_object = (vm, h.end, sent.index)
            self._first_verb_flow(sent, h, ind_id, nums, vm, period)
            if self._second_verb_flow(sent, h, ind_id, nums, period):
                continue
            nxt = [q for q in nums if q.start >= h.end][:1]
            gap, pieces = self._around_aside(text[h.end:nxt[0].start], h.end, nxt[0].start) if nxt else ("", [])
            which = nxt and _WHICH_IS_RATE.fullmatch(text, h.end, nxt[0].start)   # ("…of crude steel, which is 4.4% less than in 2024")
            if nxt and period is not None and id(nxt[0]) not in self.claimed and \
                    (which or _VERB_FLOW_GAP.fullmatch(gap) and all(self._same_clause(a, b) for a, b in pieces)):
                g = self._growth(nxt[0], h.end)
                # (not the first of a list of rates: "produced A and sold B vehicles, up 3.3 percent and
                # 4.7 percent, respectively")
                if g is not None and not _RATE_LIST_NEXT.match(text, nxt[0].end):
                    self._emit(ind_id, "yoy_pct", nxt[0], period, sent, g)

    def _passive_flow(self, sent: Sentence, h: Hit, n: Num, nums: list[Num], state) -> None:
        """'5.9 million NEVs were produced and 5.8 million sold, up 30.1% and 32% respectively'.
        Rates are paired by the shared "respectively" pass, or attached to a lone level."""
        text = self.text
        pm = _PASSIVE_VERB.match(text, h.end)
        before = [q for q in nums if q.end <= n.start][-1:]
        listed = bool(before) and _LIST_GAP.fullmatch(text, before[0].end, n.start) is not None
        if pm.group(2):
            # "28.1 million and 28.0 million automobiles were produced and sold": in order
            if listed:
                for q, verb in ((before[0], pm.group(1)), (n, pm.group(2))):
                    qid = FLOW_PAIRS.get((h.role.key, _VERB_TO_ATTR[verb.lower()]))
                    if qid and qid in self.cat and id(q) not in self.claimed and self._unit_ok(q, self.cat[qid]) \
                            and not self._blocked(sent, before[0].start, pm.end(), self.cat[qid], q):
                        self._emit(qid, "level", q, self.period_for(self.cat[qid], q, sent, state), sent)
                        self._last_subject = (h.role.key, sent.index)
            return
        if listed:
            return   # "A and B NEVs were produced": which figure is which is not said
        if _PART_OF_THOSE.match(text, n.end) or _SOLD_ABROAD.match(text, pm.end()):
            return   # "Almost 5m of those cars were sold abroad": a part of a total, or exports
        ind_id = FLOW_PAIRS.get((h.role.key, _VERB_TO_ATTR[pm.group(1).lower()]))
        if not ind_id or ind_id not in self.cat:
            return
        ind = self.cat[ind_id]
        if not self._unit_ok(n, ind) or self._blocked(sent, n.start, pm.end(), ind, n):
            return
        period = self.period_for(ind, n, sent, state)
        self._emit(ind_id, "level", n, period, sent)
        self._last_subject = (h.role.key, sent.index)
        if self._second_passive(h.role.key, ind_id, n, pm.end(), nums, sent, period):
            return
        self._attach_growth(ind, n, sent, state, period, after=pm.end())

    def _second_passive(self, key: str, ind_id: str, n: Num, verb_end: int, nums: list[Num], sent: Sentence, period) -> bool:
        """'5.9 million NEVs were produced and 5.8 million sold': the second flow of a passive pair, for
        the first one's period. True if the sentence goes on with one."""
        text = self.text
        n2 = next((q for q in nums if q.start >= verb_end), None)
        sm = _PASSIVE_SECOND.match(text, n2.end) if n2 is not None else None
        if not sm or not _AND_PASSIVE.fullmatch(text, verb_end, n2.start):
            return False
        ind2_id = FLOW_PAIRS.get((key, _VERB_TO_ATTR[sm.group(1).lower()]))
        if ind2_id and ind2_id != ind_id and ind2_id in self.cat and id(n2) not in self.claimed \
                and self._unit_ok(n2, self.cat[ind2_id]) and not self._blocked(sent, n.start, sm.end(), self.cat[ind2_id], n2):
            self._emit(ind2_id, "level", n2, period, sent)
        return True

    def _first_verb_flow(self, sent: Sentence, h: Hit, ind_id: str, nums: list[Num], vm: re.Match, period) -> None:
        """'China produced 24.5033 million and sold 24.5976 million vehicles in 2015': the first verb's
        figure has the second's subject (a "respectively" list of rates is paired after the sentence's rules)."""
        text = self.text
        before = [q for q in nums if q.end <= vm.start()][-1:]
        if not before or not _FIRST_VERB_GAP.fullmatch(text, before[0].end, vm.start()):
            return
        p = before[0]
        vm1 = _VERB_ATTR.search(text, max(sent.start, p.start - 30), p.start)
        if not vm1 or id(p) in self.claimed or _COMPANY_PRONOUN.search(text, max(sent.start, vm1.start() - 24), vm1.start()):
            return
        ind1_id = FLOW_PAIRS.get((h.role.key, _VERB_TO_ATTR[vm1.group(1).lower()]))
        if not ind1_id or ind1_id == ind_id or ind1_id not in self.cat:
            return
        ind1 = self.cat[ind1_id]
        if self._unit_ok(p, ind1) and not self._blocked(sent, h.start, h.end, ind1, p):
            self._emit(ind1_id, "level", p, period, sent)

    def _topic_output(self, sent: Sentence, nums: list[Num], state) -> None:
        """'China produced 808.37 Mt of crude steel in 2016. … December production came in at 67.24Mt, 5.5%
        higher than in December 2015': bare output in tonnes, after crude steel was the last product named
        (and no other tonnage since), is crude steel's, the only tonnage the catalogue has."""
        text = self.text
        ind = self.cat.get("crude_steel_output")
        if ind is None:
            return
        for m in _BARE_OUTPUT.finditer(text, sent.start, sent.end):
            if m.start() != sent.start and not text.endswith((": ", "; "), sent.start, m.start()) \
                    and not _TIME_LEAD.fullmatch(text, sent.start, m.start()):
                continue   # (a time may lead: "In the first eight months, China produced 664.13 million tonnes")
            k = bisect_left(self.hit_starts, sent.start) - 1
            while k >= 0 and self.hits[k].role.role not in ("subj", "combo"):
                k -= 1
            if k < 0 or sent.start - self.hits[k].end > 800:
                continue
            key = self.hits[k].role.key
            if (key[0] if isinstance(key, tuple) else key) != "crudesteel" or _OTHER_TONNAGE.search(text, self.hits[k].end, m.end()):
                continue
            clause = [q for q in nums if q.start >= m.end() and ";" not in text[m.end():q.start]]
            level = clause[0] if clause and clause[0].unit == "tonnes" and clause[0].value >= 1e6 \
                and _TOPIC_LEVEL_GAP.fullmatch(text, m.end(), clause[0].start) else None   # (not "Output was down from 82.55mt in October")
            # (the clause after a colon is its own: "…curbs took effect in Hebei and other northern provinces:
            # December production was 67.32 million tonnes")
            own = sent._replace(start=m.start())
            if level is None or id(level) in self.claimed or self._blocked(own, m.start(), m.end(), ind, level):
                continue
            period = self.period_for(ind, level, sent, state)
            if period is None and m.group("mon") and self.ctx.event_date is not None:
                period = _named_month_before(m.group("mon")[:3], self.ctx.event_date)   # ("October's output": no period read)
            self._emit(ind.id, "level", level, period, sent)
            rate = clause[1] if len(clause) > 1 and _TOPIC_RATE_GAP.fullmatch(text, level.end, clause[1].start) else None
            g = self._growth(rate, level.end) if rate is not None and id(rate) not in self.claimed else None
            if g is not None:
                self._emit(ind.id, "yoy_pct", rate, period, sent, g)

    def _makers_flows(self, sent: Sentence, nums: list[Num], state) -> None:
        """'Vehicle makers produced 12.13 million units and sold 12.32 million in the six months': the
        industry's makers as the subject, the vehicles they made (and sold) as a count after the verb."""
        text = self.text
        for m in _MAKERS_VERB.finditer(text, sent.start, sent.end):
            om = _MAKERS_OPEN.search(text, max(sent.start, m.start() - 40), m.start())
            lead = [e for e in self._slice(self.period_starts, self.periods, sent.start, om.start()) if not e.comparison]
            if om.start() != sent.start and not text.endswith((", ", "; ", ": ", "that ", " - "), sent.start, om.start()) \
                    and not (lead and _LEAD_PREP.fullmatch(text, sent.start, lead[0].start) and _LEAD_GAP.fullmatch(text, lead[-1].end, om.start())):
                continue   # (not "the two carmakers sold 430,000 vehicles", "NEV makers", "Guangdong's automakers"; but "In 2019 automakers sold")
            n = next((q for q in nums if q.start == m.end()), None)
            steel = m.group("steel") is not None
            ind = self.cat.get("crude_steel_output" if steel else _MAKERS_FLOW.get(m.group("v").lower(), ""))
            if steel and (n is None or n.unit != "tonnes" or m.group("v").lower() in ("sold", "delivered", "built")
                          or _OF_OTHER_PRODUCT.match(text, n.end) or "crude steel" not in self.low):
                continue   # (not "mills produced 600 million tonnes of finished steel")
            if n is None or ind is None or id(n) in self.claimed or n.unit not in (None, "count", "tonnes") or n.value < 1000 \
                    or self._blocked(sent, m.start(), m.end(), ind, n):
                continue
            period = self.period_for(ind, n, sent, state)
            self._emit(ind.id, "level", n, period, sent)
            if steel:
                self._attach_growth(ind, n, sent, state, period)
                continue
            n2 = next((q for q in nums if q.start > n.end), None)
            vm = _AND_VERB.fullmatch(text, n.end, n2.start) if n2 is not None else None
            ind2 = self.cat.get(_MAKERS_FLOW.get(vm.group(1).lower(), "")) if vm else None
            if ind2 is not None and ind2 is not ind and id(n2) not in self.claimed and n2.unit in (None, "count") and n2.value >= 1000:
                self._emit(ind2.id, "level", n2, period, sent)

    def _second_verb_flow(self, sent: Sentence, h: Hit, ind_id: str, nums: list[Num], period) -> bool:
        """'China produced 27.8 million automobiles and sold 28.1 million, ...': the second verb
        shares the subject. True when the sentence has that shape (the first level's own growth is
        then not looked for; a "respectively" list of rates is paired after the sentence's rules)."""
        text = self.text
        after = [q for q in nums if q.start >= h.end]
        if not after:
            return False
        # "sold 3.05 million vehicles in October (+7% YoY) and produced 2.99 million (+4% YoY)":
        # each level's bracketed rate is its own
        rate1 = self._bracketed_rate(after[0], h.end)
        if rate1 is not None:
            after = after[1:]
            if not after:
                return False
        n2 = after[0]
        gap = text[h.end:n2.start]
        if rate1 is not None:
            gap = text[h.end:rate1[1]] + text[rate1[2]:n2.start]
        vm = _AND_VERB.fullmatch(gap)
        if not vm:
            return False
        ind2_id = FLOW_PAIRS.get((h.role.key, _VERB_TO_ATTR[vm.group(1).lower()]))
        if not ind2_id or ind2_id == ind_id or ind2_id not in self.cat:
            return True
        ind2 = self.cat[ind2_id]
        if id(n2) in self.claimed or not self._unit_ok(n2, ind2) or self._blocked(sent, h.start, n2.end, ind2, n2):
            return True
        self._emit(ind2_id, "level", n2, period, sent)
        rate2 = self._bracketed_rate(after[1], n2.end) if len(after) > 1 else None
        for iid, rate in ((ind_id, rate1), (ind2_id, rate2)):
            if rate is not None and period is not None:
                self._emit(iid, "yoy_pct", rate[3], period, sent, rate[0])
        return True   # "..., down 4.2% and 2.8% respectively": paired by _respectively_rates

    def _bracketed_rate(self, n: Num, lo: int):
        """A year-on-year rate in brackets right after `lo` ("... in October (+7% YoY)"): its value,
        the bracket's span and the number; else None."""
        m = _BRACKET_OPEN.search(self.text, lo, n.start)
        close = self.text.find(")", n.end, n.end + 12)
        if n.unit != "percent" or not m or close < 0 or id(n) in self.claimed \
                or not _BRACKET_GAP.fullmatch(self.text, lo, m.start()):
            return None
        g = self._growth(n, m.start())
        return None if g is None else (g, m.start(), close + 1, n)

    def _mixed_output_list(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'Output of solar cells, service robots and NEVs surged 63.1%, 23.3% and 33.7%,
        respectively': products that are no catalogue item keep their places in the list."""
        text = self.text
        for m in _OUTPUT_LIST.finditer(text, sent.start, sent.end):
            items = [(x.start() + m.start("list"), x.end() + m.start("list"))
                     for x in re.finditer(r"[^,]+?(?=\s*(?:,\s*(?:and\s+)?|\s+and\s+|$))", m.group("list"))]
            items = [(a + len(text[a:b]) - len(text[a:b].lstrip()), b) for a, b in items]
            items = [(a + 4 if text.startswith("and ", a) else a, b) for a, b in items]
            keys = []
            for a, b in items:
                hit = next((h for h in hits if h.start == a and h.end == b and h.role.role == "subj"), None)
                keys.append(hit.role.key if hit else None)
            if len(keys) < 2 or all(k is not None for k in keys) or all(k is None for k in keys):
                continue   # all catalogue items: the frame rules read it
            run = [n for n in nums if n.start >= m.end()][:len(keys)]
            if len(run) != len(keys) or any(n.unit != "percent" or id(n) in self.claimed for n in run) \
                    or run[0].start - m.end() > 12 \
                    or not all(_LIST_GAP.fullmatch(text, x.end, y.start) for x, y in zip(run, run[1:])) \
                    or not _RESPECTIVE_AFTER.match(text, run[-1].end):
                continue
            sign = -1.0 if _NEGATIVE.search(m.group("verb")) else 1.0
            for key, n in zip(keys, run):
                ind_id = FLOW_PAIRS.get((key, "prod")) if key else None
                if ind_id is None or ind_id not in self.cat:
                    continue
                ind = self.cat[ind_id]
                if self._blocked(sent, m.start(), m.end(), ind, n):
                    continue
                self._emit(ind_id, "yoy_pct", n, self.flow_period(n, sent, state), sent, sign * n.value)

    def _total_to(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'China added 887,000 5G base stations, bringing the total to 2.312 million': the
        new total of the count named before."""
        text = self.text
        low = self.low[sent.start:sent.end]
        if "total" not in low and "tally" not in low and "number" not in low and "count" not in low \
                and "cumulative" not in low and "bringing" not in low and "taking" not in low and "giving" not in low \
                and "lifting" not in low and "raising" not in low and "pushing" not in low \
                and "dragg" not in low and "pull" not in low:
            return
        for n in nums:
            if id(n) in self.claimed:
                continue
            tm = _TOTAL_TO.search(text, max(sent.start, n.start - 140), n.start)
            if not tm:
                continue
            nouns = [h for h in hits if h.end <= tm.start() and h.role.role in ("noun", "subj", "attr", "combo")]
            named = [h for h in hits if tm.start() <= h.start and h.end <= n.start]
            if len(named) == 1 and named[0].role.role == "noun":
                nouns = named   # "... base stations were newly built, bringing the total number of 5G base stations to 718,000"
            if not nouns or nouns[-1].role.role != "noun":
                self._running_total(sent, n, tm, state)
                continue
            h = nouns[-1]
            ind = self.cat.get(h.role.key)
            if ind is None or ind.unit != "count" or not self._unit_ok(n, ind) \
                    or self._blocked(sent, h.start, h.end, ind, n):
                continue
            self._emit(ind.id, "level", n, self.stock_period(n, sent, state), sent)

    def _running_total(self, sent: Sentence, n: Num, tm: re.Match, state) -> None:
        """'Shipments came to 21.8 million in September alone, bringing the total for January-September
        to 202 million': the flow read just before, for the period the running total names."""
        measure = "yoy_pct" if tm.group("growth") else "level"
        if (n.unit == "percent") != (measure == "yoy_pct"):
            return
        flows = [c for c in self.out if sent.start <= c.num.start < tm.start() and c.measure == measure
                 and not self.cat[c.indicator].instant]
        if not flows or id(n) in self.claimed:
            return
        ind = self.cat[flows[-1].indicator]
        own = [e for e in state["exprs"] if tm.start() <= e.start < n.start
               or e.start >= n.end and not _CLAUSE_COMMA.search(self.text, n.end, e.start)]
        if measure == "level" and not self._unit_ok(n, ind) or self._blocked(sent, tm.start(), tm.end(), ind, n):
            return
        so_far = _YEAR_SO_FAR.search(self.text, tm.start(), tm.end())
        if len(own) == 1 and not so_far:
            p = resolve(own[0], self.ctx)
        elif not own and tm.group("year"):
            y = int(tm.group("year"))   # "bringing the 2018 total to a record 928.26 million tonnes"
            p = Period(date(y, 1, 1), date(y, 12, 31), False)
        elif so_far and all(e.start < tm.end() for e in own) and flows[-1].period is not None:
            # "taking the total for the year so far to 4.52mn": January to the end of the flow's period
            p = Period(date(flows[-1].period.end.year, 1, 1), flows[-1].period.end, False)
        else:
            return
        if p is None or p.instant or p == flows[-1].period:
            return
        self._emit(ind.id, measure, n, p, sent, -n.value if tm.group("fallg") else None)
        if measure == "level":
            self._attach_growth(ind, n, sent, state, p)   # "..., down 1.9%"

    def _rate_of_flow(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'..., outpacing the 5.6% growth of industrial value added above designated size', 'the
        4% decline in auto sales': a rate named by its growth noun, the flow after it."""
        text = self.text
        for n in nums:
            if n.unit != "percent" or id(n) in self.claimed:
                continue
            m = _RATE_NOUN_OF.match(text, n.end)
            if m is None:
                continue
            k = bisect_left(self.hit_starts, m.end())
            h = self.hits[k] if k < len(self.hits) and self.hits[k].start == m.end() else None
            if h is not None and h.role.role == "attr" and h.role.key == "va" \
                    and k + 1 < len(self.hits) and self.hits[k + 1].role.role == "combo" \
                    and text[h.end:self.hits[k + 1].start].isspace():
                k, h = k + 1, self.hits[k + 1]   # "the 6% growth in overall value-added industrial output"
            if h is None:
                continue
            a = self._attr_after(k)
            if h.role.role == "combo":
                pair, end = h.role.key, h.end
            elif a is not None:
                pair, end = (h.role.key, a.role.key), a.end
            else:
                continue
            ind_id = FLOW_PAIRS.get(pair)
            if ind_id not in self.cat:
                continue
            ind = self.cat[ind_id]
            if self._blocked(sent, h.start, end, ind, n):
                continue
            g = -n.value if m.group("w") and _NEGATIVE.match(m.group("w")) else n.value
            self._emit(ind_id, "yoy_pct", n, self.flow_period(n, sent, state), sent, g)

    def _attr_after(self, k: int) -> Hit | None:
        """The attribute right after subject hit k, nothing but space between ("vehicle sales", "NEV
        production"): one flow's whole name."""
        hits = self.hits
        if k + 1 < len(hits) and hits[k].role.role == "subj" and hits[k + 1].role.role == "attr" \
                and self.text[hits[k].end:hits[k + 1].start].isspace():
            return hits[k + 1]
        return None

    def _level_of_flow(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'CAAM counted 2.96 million vehicle sales in November': a figure that the flow's own name
        (subject and attribute, nothing between) follows as its unit. Also 'first-half sales of
        12.32 million vehicles': the attribute before the figure, the subject in its unit."""
        text = self.text
        for n in nums:
            if n.unit == "percent" or id(n) in self.claimed or not n.magnitude:
                continue
            j = bisect_left(self.hit_starts, n.start)
            if 1 <= j < len(self.hits) and (h := self.hits[j]).role.role == "subj" and h.end <= n.end \
                    and (b := self.hits[j - 1]).role.role == "attr" and _OF_FIGURE.fullmatch(self.low, b.end, n.start) \
                    and not (j >= 2 and self.hits[j - 2].role.role == "subj" and text[self.hits[j - 2].end:b.start].isspace()):
                # (the unit is the subject; not "NEV sales of 1.2 million vehicles": that subject is NEVs)
                if self.low[b.start:b.end] not in ("sales", "production", "output") \
                        or _COMPARED_BEFORE.search(self.low, max(0, b.start - 30), b.start):
                    continue
                ind_id = FLOW_PAIRS.get((h.role.key, b.role.key))
                if ind_id in self.cat and not self._blocked(sent, b.start, h.end, self.cat[ind_id], n):
                    self._emit(ind_id, "level", n, self.flow_period(n, sent, state), sent)
                continue
            k = bisect_left(self.hit_starts, n.end)
            if k >= len(self.hits) or not text[n.end:self.hits[k].start].isspace():
                continue
            h, a = self.hits[k], self._attr_after(k)
            if a is None or self.low[a.start:a.end] not in ("sales", "production", "output", "shipments") \
                    or _LEVEL_FLOW_NOUN.match(text, a.end) or _COMPARED_BEFORE.search(self.low, max(0, n.start - 30), n.start):
                continue   # (not "up from about 1.6 million NEVs sold in September": the comparison's)
            ind_id = FLOW_PAIRS.get((h.role.key, a.role.key))
            if ind_id not in self.cat or self._blocked(sent, n.start, a.end, self.cat[ind_id], n):
                continue
            self._emit(ind_id, "level", n, self.flow_period(n, sent, state), sent)

    def _possessive_rate(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'…, outpacing high-tech manufacturing's 9.5% gain': a manufacturing sector's own rate, named
        with a possessive."""
        for h in hits:
            if h.role.role != "subj" or h.role.key not in _VA_SECTORS:
                continue
            m = _POSSESSIVE_RATE.match(self.text, h.end)
            n = next((q for q in nums if q.start >= h.end), None) if m else None
            ind = self.cat.get(FLOW_PAIRS.get((h.role.key, "va"), ""))
            if n is None or ind is None or n.start != m.end() or n.unit != "percent" or id(n) in self.claimed \
                    or not _POSSESSIVE_RATE_NOUN.match(self.text, n.end) or self._blocked(sent, h.start, n.end, ind, n):
                continue
            period = self.flow_period(n, sent, state)
            if period is not None:
                fall = _POSSESSIVE_RATE_NOUN.match(self.text, n.end).group("fall")
                self._emit(ind.id, "yoy_pct", n, period, sent, -n.value if fall else n.value)

    def _bare_sector_growth(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        """'High-tech manufacturing grew by 7.4 percent' in a passage about value added: a
        manufacturing sector's growth with no attribute of its own is its value added. Subjects
        may be coordinated ("A and B grew 7.4% and 5.6% respectively")."""
        text = self.text
        i = 0
        while i < len(hits):
            h = hits[i]
            if h.role.role != "subj" or h.role.key not in _VA_SECTORS:
                i += 1
                continue
            if i > 0 and hits[i - 1].start >= sent.start and hits[i - 1].role.role != "subj" \
                    and _OF_AFTER.fullmatch(text, hits[i - 1].end, h.start) \
                    and not (hits[i - 1].role.role == "attr" and hits[i - 1].role.key in ("prod", "va")):
                i += 1
                continue   # "investment in high-tech manufacturing": the sector is not the subject (its output is)
            keys, last = [h.role.key], i
            while last + 1 < len(hits) and hits[last + 1].role.role == "subj" and hits[last + 1].role.key in _VA_SECTORS \
                    and _listed(text, hits[last], hits[last + 1]):
                last += 1
                keys.append(hits[last].role.key)
            i = last + 1
            end = hits[last].end + text.startswith('"', hits[last].end)   # (also the name in quotes: '"High-tech manufacturing", an official category …, grew by 7.4%')
            app = _APPOSITIVE.match(text, end, sent.end)   # (its figures are not the rates: "which accounts for a third of ...")
            # (or a gloss in brackets: "Electronics manufacturing (computers, communication and other electronic equipment) contracted 5.8%")
            app = app or _BRACKET_GLOSS.match(text, end) or _AS_A_WHOLE.match(text, end)   # ("High-tech manufacturing as a whole expanded 13.4%")
            body = app.end() if app else end
            wg = _WHICH_GREW.match(text, end)
            if wg:
                body = wg.end()   # "..., and high-tech manufacturing, which grew 8.9 percent, ...": the clause is the rate's
            rates = [n for n in nums if n.start >= body][:len(keys)]
            both = _BOTH_GROWTH.match(text, end)
            if both and len(keys) > 1 and rates and both.end() == rates[0].start:
                rates = [rates[0]] * len(keys)   # "A and B both expanded 7.5 percent"
            if len(rates) != len(keys) or any(id(n) in self.claimed for n in rates):
                continue
            # ("Growth in high-tech manufacturing and equipment manufacturing was 11.7 percent and 8.1 percent")
            lead = _GROWTH_LEAD.search(text, max(sent.start, h.start - 30), h.start) and _COPULA_GAP.fullmatch(text, body, rates[0].start)
            elided = None
            if not lead and not _BARE_GROWTH_VERB.fullmatch(text, body, rates[0].start) and not (both and len(set(map(id, rates))) == 1) \
                    and not (len(keys) == 1 and text[body:rates[0].start] in (" +", " (+", " (-", ": +", ": -") and self._growth(rates[0], body) is not None):
                # "High-tech manufacturing grew 11.7%, equipment manufacturing 8.1%": the verb understood
                prev = [c for c in self.out if c.measure == "yoy_pct" and sent.start <= c.num.start and c.num.end <= h.start][-1:]
                # (also "…, and equipment manufacturing value added 8.8%")
                if len(keys) > 1 or not prev or not _ELIDED_VA_GAP.fullmatch(text, body, rates[0].start) \
                        or not _ELIDED_RATE_GAP.fullmatch(text, prev[0].num.end, h.start) or _OF_TOTAL_AFTER.match(text, rates[0].end):
                    continue   # (not "… and high-tech manufacturing 16 percent of the total")
                elided = prev[0]
            if not both and any(not _rate_list_gap(text, a.end, b.start) for a, b in zip(rates, rates[1:])):
                continue
            if len(keys) > 1 and not _RESPECTIVE_AFTER.match(text, rates[-1].end) and not both \
                    and not _RESPECTIVE_PARALLEL.match(text, rates[-1].end) \
                    and not (len(keys) == 2 and _LIST_END.match(text, rates[-1].end)):   # ("A and B expanded faster, by 9.7% and 9.6%.")
                continue
            more = [n for n in nums if n.start >= rates[-1].end][:1]
            if more and more[0].unit == "percent" and _rate_list_gap(text, rates[-1].end, more[0].start) \
                    and _RESPECTIVE_AFTER.match(text, more[0].end):
                continue   # "... and the B sector climbed 13.1% and 11.5% respectively": more rates than sectors
            if not _VA_CONTEXT.search(text, 0, sent.end):   # (a story about value added, so far)
                continue
            first = self._growth(rates[0], body)
            sign = text[rates[0].start - 1] if text[rates[0].start - 1] in "+-" else ""   # ("was the standout at +13.6%")
            if first is None and (lead or _POSTED_RATE.fullmatch(text, body, rates[0].start - len(sign))) and rates[0].unit == "percent":
                first = -rates[0].value if sign == "-" else rates[0].value   # "while high-tech manufacturing posted 9.5%"
            if first is None and elided is not None and rates[0].unit == "percent":
                first = -rates[0].value if elided.value < 0 else rates[0].value
            if first is None:
                continue
            for key, n in zip(keys, rates):
                ind_id = FLOW_PAIRS.get((key, "va"))
                if ind_id not in self.cat:
                    continue
                g = (self._growth(n, body) if n is rates[0] else None) or (-n.value if first < 0 else n.value)
                ind = self.cat[ind_id]
                if n.unit != "percent" or g is None or self._blocked(sent, h.start, end, ind, n):
                    continue
                self._emit(ind_id, "yoy_pct", n, self.flow_period(n, sent, state), sent, g)

    # --- nouns (stocks, ratios, DOU) --------------------------------------------------------
    def _nouns(self, sent: Sentence, hits: list[Hit], nums: list[Num], state) -> None:
        text = self.text
        for i, h in enumerate(hits):
            role = h.role
            if role.role != "noun":
                continue
            ind = self.cat.get(role.key)
            if ind is None:
                continue
            if role.context is not None and not self._in_context(role, sent):
                continue
            num = None
            if role.np:
                # (or the figure whose unit word opens the phrase: "590,000 users on 1Gbps plans")
                prior = [n for n in nums if n.end <= h.start or n.start < h.start < n.end]
                if prior:
                    cand = prior[-1]
                    gap_from = min(cand.end, h.start)
                    if len(prior) > 1 and text.startswith(")", cand.end) and text[prior[-2].end:cand.start].strip() == "(" \
                            and (prior[-2].value == cand.value or _near_rounded(prior[-2], cand) or _near_rounded(cand, prior[-2])):
                        # "4.549 million (45.49 lakh) 5G base stations": the figure glossed in another scale
                        gap_from = cand.end + 1
                        if prior[-2].sig >= cand.sig:
                            cand = prior[-2]
                    gm = _NP_GAP.match(text, gap_from)
                    gap = text[cand.end:h.start]
                    if gm and gm.end() >= h.start and id(cand) not in self.claimed and self._unit_ok(cand, ind) \
                            and (" of" not in gap or cand.unit == "count"):
                        before = text[max(sent.start, cand.start - 25):cand.start]
                        if not _ADDED_BEFORE.search(before):
                            num = cand
            if num is None and role.np is False and ind.id in _UNIT_OF_IDS:
                num = self._unit_of_item(h, nums, ind, sent)
            if num is None and role.np is False and ind.id == "computing_power_total":
                num = self._eflops_of(h, nums, sent)
            if num is None and (role.np and ind.unit == "count" or ind.id in _UNIT_OF_IDS):
                num = self._of_which_item(h, nums, ind, sent)
            coord = _TECH_COORD.search(text, max(sent.start, h.start - 40), h.start)
            k = len(_TECH_ITEM.findall(coord.group())) if coord else 0
            # "the CNC rate of key processes and the penetration rate of digital R&D tools reached
            # 64.3 percent and 82.6 percent, respectively": nouns coordinated before this one
            j = i
            while j > 0 and hits[j - 1].role.role == "noun" and _NOUN_AND.fullmatch(text, hits[j - 1].end, hits[j].start):
                j -= 1
            k += i - j
            last = i   # the last noun coordinated with this one
            while last + 1 < len(hits) and hits[last + 1].role.role == "noun" \
                    and _NOUN_AND.fullmatch(text, hits[last].end, hits[last + 1].start):
                last += 1
            if num is None and role.pvn and (k or last > i):
                # "the number of 4G and 5G base stations reached 6.3 million and 4.25 million
                # respectively": this noun's figure is the k-th of the list, or none
                width = k + 1 + (last - i)
                run = [n for n in nums if n.start >= hits[last].end][:width]
                if len(run) == width and all(_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:])) \
                        and _RESPECTIVE_AFTER.match(text, run[-1].end) and self._unit_ok(run[k], ind) \
                        and id(run[k]) not in self.claimed \
                        and self._pvn_gap_ok(text[hits[last].end:run[0].start], ind):
                    num = run[k]
                else:
                    continue
            from_num = from_expr = None
            if num is None and role.pvn:
                num, from_num, from_expr = self._from_to(h.end, nums, ind)
            if num is None and role.pvn:
                # "Users of 5G phones, which the ministry counts separately, reached 455 million";
                # "gigabit broadband users (those on plans of 1000Mbps or faster) reached 4.64 million"
                # (or "10G PON ports, able to deliver gigabit service, rose to 12.97 million")
                app = _APPOSITIVE.match(text, h.end, sent.end) or _BRACKET_ASIDE.match(text, h.end, sent.end) \
                    or _COMMA_ASIDE.match(text, h.end, sent.end)
                body = app.end() if app and not _which_level(text, h.end, sent.end) else h.end
                nxt = [n for n in nums if n.start >= body and id(n) not in self.claimed]
                if nxt:
                    cand = nxt[0]
                    gap = text[body:cand.start]
                    others = [q for q in hits[i + 1:] if body <= q.start < cand.start and q.role.key != role.key]   # (not "(DOU)")
                    run = [cand] + [n for n in nums if n.start > cand.end][:1]
                    if len(run) == 2 and _LIST_GAP.fullmatch(text, cand.end, run[1].start) and _RESPECTIVE_AFTER.match(text, run[1].end):
                        continue   # "A among industrial firms and the B had reached 71.5% and 51.7%, respectively": which is B's, unread
                    # (nor a figure another noun takes after it: "SMEs that excel in niche markets - and a total of
                    # 2,121 national green factories")
                    owned = next((q for q in hits[i + 1:] if q.start >= cand.end and q.role.role == "noun" and q.role.key != role.key
                                  and q.role.np and "\n" not in text[cand.end:q.start] and (g := _NP_GAP.match(text, cand.end)) is not None and g.end() >= q.start), None)
                    if len(gap) <= 110 and not others and owned is None and self._unit_ok(cand, ind) and not _SEMI.search(gap) \
                            and (self._pvn_gap_ok(gap, ind) or gap == " " and _ELIDED_VERB.search(
                                text, max(sent.start, h.start - 40), h.start)   # "..., and gigabit users 230 million"
                                 or gap == " " and _TERSE_ITEM_BEFORE.fullmatch(text, sent.start, h.start)
                                 and _TERSE_ITEM_AFTER.match(text, cand.end, sent.end)
                                 or gap == " " and self.low.endswith((" consumed", " used"), h.start, h.end)   # ("mobile users consumed 8.59 GB per month on average")
                                 or _CARRIED_TO_GAP.fullmatch(gap) and _CARRIED_TO.search(text, max(sent.start, h.start - 30), h.start)):
                        num = cand
            if num is not None and num.start > h.end:
                # "topped 5 million, reaching 5.012 million": the exact figure restated right after
                nxt2 = [q for q in nums if q.start > num.end][:1]
                if nxt2 and id(nxt2[0]) not in self.claimed and self._restated(num, nxt2[0]):
                    num = nxt2[0]
            growth_first = None
            after_change = False
            if num is None and role.pvn and ind.unit != "percent":
                # "Intelligent computing power, which supports AI models, surged 74.1% to 90 EFLOPS"
                app = _APPOSITIVE.match(text, h.end, sent.end) or _ABBREVIATION.match(text, h.end, sent.end)   # ("(DOU)")
                num, growth_first = self._growth_then_level(h, nums, ind, sent, app.end() if app else h.end)
                after_change = num is not None
            if num is None or num.end <= h.start and "\n" in text[num.end:h.start] \
                    and self._slice(self.num_starts, self.nums, text.rfind("\n", 0, num.start) + 1, num.start):
                continue   # (not a table row's last cell, "1.425m +654,000", before the next row's "5G mobile phone users")
            lo, hi = min(h.start, num.start), max(h.end, num.end)
            if after_change:
                lo = num.start   # the change before the level ("rose 30% to", "grew by 2 million to") is not an addition
            region = text[lo:hi]
            total_after = num.start > h.end and _TOTAL_AFTER_ADDITION.search(text, h.end, num.start)
            pre = text[max(sent.start, h.start - 20):h.start]
            pre = pre[max(pre.rfind(","), pre.rfind(")"), pre.rfind(";")) + 1:]   # ("(798k added YTD), and 5G mobile phone users": another clause's)
            if ind.unit == "count" and not total_after and (
                    _ADDITION.search(region) or _ADDITION.search(pre) or _LATER_BATCH.search(text, max(sent.start, lo - 40), lo)
                    or (num.end <= h.start and _ADDED_AFTER.match(text, h.end, sent.end))):
                continue   # (but "added 654,000 5G base stations in 2021 to end the year with 1.425 million": the total)
            if ind.unit == "count" and ind.instant and num.end <= h.start \
                    and _BUILT_BEFORE.search(text, max(sent.start, num.start - 40), num.start):
                # "China built 580,000 5G base stations last year": built over a period is an addition
                # ("had built 4.25 million by the end of 2024" is the total)
                ex = self._choose_expr(state["exprs"], num.start, sent, True)
                if ex is not None and ex.kind == "interval":
                    continue
            if ind.id != "mobile_dou" and (_DENSITY.search(self._own_density(ind, self._around_aside(region, lo, hi)[0]))
                                           or _PER_AFTER.match(text[num.end:num.end + 5])
                                           or _PER_EVERY_AFTER.match(text[h.end:h.end + 12])):
                continue
            if ind.id == "mobile_dou" and not (num.unit == "gb" and _PERUSER.search(text, min(lo, h.start), min(sent.end, hi + 40))):
                continue
            if self._blocked(sent, h.start, h.end, ind, num):
                continue
            period = self.period_for(ind, num, sent, state)
            if _UP_FROM_END.search(text, max(sent.start, num.start - 20), num.start):
                # "That's up from 355 million 5G users at the end of 2021": the earlier level, at the
                # date named after it (read as a comparison's), or none
                ex = next((e for e in self.periods if max(h.end, num.end) <= e.start < min(sent.end, max(h.end, num.end) + 12)), None)
                period = resolve(ex, self.ctx) if ex is not None and ex.kind in ("asof",) else None
                if period is None or not period.instant:
                    continue
            self._emit(ind.id, "level", num, period, sent)
            self._from_level(ind, from_num, from_expr, period, sent)
            if growth_first is not None:
                if period is not None and _YOY_MARK.search(text, h.end, num.start):
                    self._emit(ind.id, "yoy_pct", growth_first, period, sent, self._growth(growth_first, h.end))
                continue
            self._attach_growth(ind, num, sent, state, period)

    def _eflops_of(self, h: Hit, nums: list[Num], sent: Sentence) -> Num | None:
        """'data centres offered 280 EFLOPS of computing power': a figure in the unit only computing power
        has, right before "of" and the noun (not an addition, nor one facility's: "a data center with 90 EFLOPS")."""
        prior = [n for n in nums if n.end <= h.start]
        cand = prior[-1] if prior else None
        if cand is None or cand.unit != "eflops" or id(cand) in self.claimed or not _UNIT_OF_GAP.fullmatch(self.text, cand.end, h.start) \
                or _ADDED_BEFORE.search(self.text, max(sent.start, cand.start - 40), cand.start) or _ADDITION.search(self.text, cand.end, h.end) \
                or _ADDED_AFTER.match(self.text, h.end) or _FACILITY_BEFORE.search(self.text, max(sent.start, cand.start - 60), cand.start):
            return None
        return cand

    def _unit_of_item(self, h: Hit, nums: list[Num], ind: Indicator, sent: Sentence) -> Num | None:
        """'..., including 90 EFLOPS of intelligent computing power': an item of a list whose
        figures share the indicator's unit, the noun right after "<unit> of"."""
        text = self.text
        prior = [n for n in nums if n.end <= h.start]
        if len(prior) < 2:
            return None
        cand, prev = prior[-1], prior[-2]
        if id(cand) in self.claimed or cand.unit != ind.unit or not self._unit_ok(cand, ind) \
                or prev.unit != ind.unit or not _UNIT_OF_GAP.fullmatch(text, cand.end, h.start):
            return None
        before = text[max(sent.start, cand.start - 40):cand.start]
        if _ADDED_BEFORE.search(before) or _ADDITION.search(text, prev.end, h.end):
            return None
        between = text[prev.end:cand.start]
        if _SEMI.search(between) or len(between) > 80:
            return None
        if not (_LIST_INTRO.search(between) or _SIBLING_GAP.fullmatch(between)):
            return None
        if not self._list_total_ok(sent, h, prev, ind):
            return None
        return cand

    def _list_total_ok(self, sent: Sentence, h: Hit, prev: Num, ind: Indicator) -> bool:
        """The list's total is a national catalogue quantity of the same unit ("total computing
        power reached 280 EFLOPS, including ..."), not a region's or a hub's figure."""
        low = self.low[sent.start:h.end]
        if "unicom" in low:
            low = _ALL_OPERATORS.sub(_blank, low)   # "China Mobile, China Telecom and China Unicom served a combined …"
        if "second" in low or "behind" in low:
            low = _RANK_ASIDE.sub(_blank, low)   # "…280 EFLOPS…, second only to the United States, including …": a rank, no other country's figure
        if _has_words(low, _REGION_WORDS, _REGION_BIGRAMS) or _has_words(low, _WORLD_WORDS, _WORLD_BIGRAMS) \
                or _has_words(low, _TARGET_WORDS, _TARGET_BIGRAMS):
            return False
        if ind.unit == "count":
            return True
        for q in self._slice(self.hit_starts, self.hits, sent.start, h.start):
            if q.role.role == "noun" and q.role.key != ind.id and q.role.key in self.cat \
                    and self.cat[q.role.key].unit == ind.unit and q.start < prev.end + 60:
                return True
        return False

    def _of_which_item(self, h: Hit, nums: list[Num], ind: Indicator, sent: Sentence) -> Num | None:
        """'4.2 million base stations, of which 1.9 million were 5G base stations'."""
        text = self.text
        prior = [n for n in nums if n.end <= h.start]
        if len(prior) < 2:
            return None
        cand, prev = prior[-1], prior[-2]
        if id(cand) in self.claimed or not self._unit_ok(cand, ind) or not self._unit_ok(prev, ind) \
                or not _OF_WHICH_GAP.fullmatch(text, cand.end, h.start):
            return None
        between = text[prev.end:cand.start]
        if _SEMI.search(between) or len(between) > 60 or not _OF_WHICH_BEFORE.search(between):
            return None
        # the total must be a stock too, not this year's additions
        if _BUILD_WORDS.search(text, sent.start, h.start) or _ADDITION.search(text, sent.start, h.start) \
                or _DENSITY.search(text, sent.start, h.start) or _PCT_SHARE.search(between):
            return None
        if not self._list_total_ok(sent, h, prev, ind):
            return None
        return cand

    def _growth_then_level(self, h: Hit | None, nums: list[Num], ind: Indicator, sent: Sentence, body: int | None = None):
        """'The number of 5G base stations rose 30 percent year on year to 1.425 million': (level,
        rate), or (None, None). `body`: where the phrase's verb part starts (after an appositive)."""
        body = h.end if body is None else body
        nxt = [n for n in nums if n.start >= body][:3]
        if len(nxt) == 3 and nxt[1].word:
            del nxt[1]   # "jumped by 36.6 million in six months to 127 million"
        nxt = nxt[:2]
        if len(nxt) < 2 or any(id(n) in self.claimed for n in nxt):
            return None, None
        rate, level = nxt
        if not self._unit_ok(level, ind) or level.start - body > 110:
            return None, None
        lead = _GROWTH_TO_LEAD.fullmatch(self.text, body, rate.start)
        if not lead or not _GROWTH_TO_TAIL.fullmatch(self.text, rate.end, level.start):
            return None, None
        if rate.unit not in ("percent", "pp") and self._unit_ok(rate, ind) \
                and level.value > rate.value:
            return level, None   # "5G users increased by 22 million to 1.04 billion": the change is not a rate
        if rate.unit != "percent" or self._growth(rate, body) is None:
            return None, None
        return level, rate

    def _from_to(self, body: int, nums: list[Num], ind: Indicator):
        """'The number of 5G base stations rose from 2.31 million at the end of 2022 to 2.38 million':
        (the level, the level it rose from, that one's date) for the verb at `body`, or Nones."""
        text = self.text
        nxt = [n for n in nums if n.start >= body][:2]
        if len(nxt) < 2 or any(id(n) in self.claimed for n in nxt):
            return None, None, None
        was, now = nxt
        ab = _ABBREVIATION.match(text, body, was.start)
        body = ab.end() if ab else body   # ("Sales of new energy vehicles (NEVs) climbed from …")
        if not (_FROM_TO_LEAD.fullmatch(text, body, was.start) or _FROM_BARE.fullmatch(text, body, was.start)
                and _VERB_ITS_END.search(text, max(0, body - 50), body)) or now.start - body > 140 \
                or not self._unit_ok(was, ind) or not self._unit_ok(now, ind) or was.unit != now.unit and None not in (was.unit, now.unit):
            return None, None, None   # (one unit said for both: "from 331,000 units in 2015 to 1.206 million in 2019")
        gm = _FROM_TO_GAP.fullmatch(text, was.end, now.start)
        if not gm:
            return None, None, None
        ex = next((e for e in self.periods if was.end <= e.start and e.end <= now.start), None)
        if ex is None and gm.group("when"):
            return None, None, None   # a date we cannot read: neither figure is safe
        return now, was, ex

    def _year_after(self, period: Period, ex: PeriodExpr) -> Period:
        """'NEV production reached 340,471 units, up from 78,499 in 2014' in a note on December: a
        flow set against a whole year is the next whole year's, not the month carried."""
        p = resolve(ex, self.ctx)
        if p is None or p.instant or (p.start.month, p.start.day, p.end.month, p.end.day) != (1, 1, 12, 31) \
                or p.start.year != p.end.year or period.start.year != p.end.year + 1:
            return period
        return Period(date(p.end.year + 1, 1, 1), date(p.end.year + 1, 12, 31), False)

    def _from_level(self, ind: Indicator, was: Num | None, ex: PeriodExpr | None, period: Period | None,
                    sent: Sentence) -> None:
        """The level a change started from, when it has a date of its own before the new level's."""
        if was is None or ex is None or period is None or ex.kind not in ("asof", "interval"):
            return
        p = resolve(ex, self.ctx)
        if p is not None and ind.instant:
            p = Period(p.end, p.end, True)
        if p is not None and p.instant == ind.instant and p.end < period.end:
            self._emit(ind.id, "level", was, p, sent)

    def _pvn_gap_ok(self, gap: str, ind: Indicator) -> bool:
        if _LABEL_COLON_GAP.fullmatch(gap):
            return True   # "Average mobile data usage (DOU) in September: 17.34 GB": a label and its figure
        gap = _OR_ALIAS.sub(" ", gap)   # "DOU per user, or DOU, hit 16.18 GB"
        link_gap = gap
        gap = _TRAILING_QUAL.sub("", gap)   # "reached more than": the "than" of a qualifier
        if "," in gap and "," in _PARENS.sub("", gap):
            if not _COMMA_LINK.search(gap):
                return False
        gap = _RISE_TO_END.sub("", gap)   # "rose to 1.04 billion" states the level
        if ind.unit != "percent":
            gap = _MADE_UP_END.sub("", gap)   # "… made up 70 EFLOPS": a part's own level, in its own unit
        if _PVN_NOT.search(gap) and not (ind.unit in ("percent", "gb") and not _PVN_NOT_PCT.search(gap)):
            return False
        link = _LINK_END_STRICT if ind.unit != "gb" else _LINK_END
        # ("the average user got through 6.25GB": data used)
        return bool(link.search(link_gap)) or ind.unit == "gb" and bool(_DATA_USED_GAP.fullmatch(link_gap))

    @staticmethod
    def _own_density(ind: Indicator, gap: str) -> str:
        """'5G用户普及率（每百人）达68.5%': per 100 people is the penetration rate's own definition,
        not a density of something else."""
        return _PER_HUNDRED.sub("", gap) if ind.id == "five_g_penetration_rate" else gap

    def _around_aside(self, gap: str, a: int, b: int) -> tuple[str, list[tuple[int, int]]]:
        """'... 12.9 million NEVs - battery electric and plug-in hybrid cars - in 2024, up 34%': the
        clause goes on around an aside set off by dashes (or commas: ", including ...,"). The gap a..b without it (nor brackets),
        and the spans of the clause on either side."""
        aside = _DASH_ASIDE.search(self.text, a, b) if "-" in gap or "–" in gap or "—" in gap else None
        if aside is None and "," in gap:
            aside = _COMMA_ASIDE.search(self.text, a, b)
        if aside is None:
            return gap, [(a, b)]
        return _PARENS.sub("", gap[:aside.start() - a] + gap[aside.end() - a:]), [(a, aside.start()), (aside.end(), b)]

    def _attach_growth(self, ind: Indicator, num: Num, sent: Sentence, state, period: Period | None,
                       after: int | None = None) -> None:
        """'..., up 28.2% YoY' right after a level (or right after `after`, the end of "... in
        revenue"): yoy for the same indicator and period."""
        if period is None:
            return
        lo = after if after is not None else num.end
        lead = num.end
        nxt = [n for n in self.nums[bisect_left(self.num_starts, lo):] if n.start < sent.end][:1]
        if nxt and nxt[0].unit in (num.unit, "usd", None) and nxt[0].unit != "percent" and _OPEN_BRACKET.fullmatch(self.text, lo, nxt[0].start):
            # past the same figure said again in brackets: "¥7.18tr (¥7,176.8bn if you want the precise
            # figure) in 2019, up 15.4 per cent"; or in another currency: "(about ₹35 lakh crore)"
            close = self.text.find(")", nxt[0].end, sent.end)
            lo = close + 1 if close > 0 else lo
            lead = lo
            nxt = [n for n in self.nums[bisect_left(self.num_starts, lo):] if n.start < sent.end][:1] if close > 0 else []
        if not nxt:
            return
        n = nxt[0]
        if n.unit == num.unit and n.unit != "percent" and _UP_FROM_END.search(self.text, lo, n.start):
            # "reached 17.82 GB in November, up from 17.45 GB in October and up 14.3% from a year
            # earlier": the rate after the month before's level
            later = [q for q in self.nums[bisect_left(self.num_starts, n.end):] if q.start < sent.end][:1]
            if not later or not _AFTER_EARLIER_LEVEL.fullmatch(self.text, n.end, later[0].start):
                return
            lo, n = n.end, later[0]
        else:
            gap, pieces = self._around_aside(self.text[lo:n.start], lo, n.start)
            if ind.id == "mobile_dou":
                gap = _DATA_PER_USER.sub(" ", gap)
            gap = _IN_THE_COUNTRY.sub("", gap)   # "were sold in the country in the first six months of 2025, up 40.3%"
            # (or a "which is" clause: "… were sold in China in 2021, which is an increase of 157.5%")
            wm = _WHICH_IS_RATE.search(gap) if "which" in gap else None
            which = wm is not None and wm.start() <= 60 and not re.search(r"[,;]", gap[:wm.start()])
            if not which and (len(gap) > 45 or _SEMI.search(gap) or not _GROWTH_GAP.match(gap)
                              or not all(self._same_clause(a, b) for a, b in pieces)):
                return
        if id(n) in self.claimed or _points_to_former(self.text, lo, n.start):
            return
        g = self._growth(n, lead)
        if g is None:
            return
        if ind.instant:
            window = self.text[num.end:min(sent.end, n.end + 40)]
            if not _YOY_MARK.search(window):
                return
        self._emit(ind.id, "yoy_pct", n, period, sent, g)

    # --- Chinese ---------------------------------------------------------------------------
    def _zh_figures(self, nums: list[Num], q: Num, count: int, both: bool) -> list[Num]:
        """`count` figures from `q`: the same one for "双双"/"均" (both), else a pair ("1824.3万辆和1862.5万辆")
        whose second figure is free; [] if there is none."""
        if count == 1 or both:
            return [q] * count
        n2 = next((x for x in nums if x.start > q.end), None)
        ok = n2 is not None and id(n2) not in self.claimed and _ZH_PAIR_GAP.fullmatch(self.text, q.end, n2.start)
        return [q, n2] if ok else []

    def _zh_carried_attr(self, sent: Sentence, nums: list[Num], emitted: list[Candidate], opening: bool = False) -> None:
        """'4月份汽车销量198万辆，同比下降14.6%；1至4月累计销量837万辆，同比下降12.1%': a clause after a semicolon
        that opens with its own period and a bare 销量/产量/产销 goes on with the subject of the clause before.
        `opening`: the sentence itself opens so, and `emitted` holds the previous sentence's figures."""
        text = self.text
        if opening:
            m = _ZH_CARRIED_OPENING.match(text, sent.start)
            subjects = {_subject_of(c.indicator) for c in emitted if not c.period.instant}
            if m is None or len(subjects) != 1 or any(c.period.instant for c in emitted):
                return
            found = [(m, next(iter(subjects)))]
        else:
            found = []
            for m in _ZH_CARRIED_ATTR.finditer(text, sent.start, sent.end):
                before = [c for c in emitted if c.measure == "level" and c.num.end <= m.start() and not c.period.instant]
                if before and not self._slice(self.zh_starts, self.zh_hits, before[-1].num.end, m.start()):
                    found.append((m, _subject_of(before[-1].indicator)))
            # "汽车产量2450.33万辆、销量2459.76万辆": the other flow of the same subject and period, right after
            for m in _ZH_SIBLING_ATTR.finditer(text, sent.start, sent.end):
                c = next((c for c in emitted if c.measure == "level" and not c.period.instant
                          and _ZH_UNIT_TAIL.fullmatch(text, c.num.end, m.start())), None)
                subj = _subject_of(c.indicator) if c is not None else None
                attr = "sales" if m.group("attr") in ("销量", "销售") else "prod"
                ind = self.cat.get(FLOW_PAIRS.get((subj, attr), ""))
                if ind is None or ind.id == c.indicator:
                    continue
                n = next((q for q in nums if q.start >= m.end()), None)
                if n is None or n.start != m.end() or id(n) in self.claimed or not self._unit_ok(n, ind) \
                        or self._blocked(sent, m.start(), n.end, ind, n) \
                        or any(x.indicator == ind.id and x.period == c.period for x in emitted):
                    continue
                self._emit(ind.id, "level", n, c.period, sent)
                g = next((q for q in nums if q.start > n.end), None)
                end = n.end
                if g is not None and _ZH_MOM_AFTER.fullmatch(text, n.end, g.start):
                    end = g.end   # ("销售193.89万辆，环比下降23.1%，同比增长22.3%": past the month-on-month rate)
                    g = next((q for q in nums if q.start > g.end), None)
                if g is not None and _ZH_YOY_AFTER.fullmatch(text, end, g.start) and id(g) not in self.claimed:
                    v = self._growth(g, n.end)
                    if v is not None:
                        self._emit(ind.id, "yoy_pct", g, c.period, sent, v)
        if not opening:
            # "11月，汽车产销分别完成264.1万辆和245.9万辆，环比分别增长…；产量同比增长1.9%，销量同比下降3.6%": a bare
            # 产量/销量 with only its rate, after the levels of the same subject in the sentence
            for m in _ZH_BARE_ATTR_RATE.finditer(text, sent.start, sent.end):
                attr = "sales" if m.group("attr") == "销量" else "prod"
                c = next((c for c in reversed(emitted) if c.measure == "level" and not c.period.instant and c.num.end <= m.start()
                          and FLOW_PAIRS.get((_subject_of(c.indicator), attr)) == c.indicator), None)
                n = next((q for q in nums if q.start >= m.end()), None)
                if c is None or n is None or n.start != m.end() or n.unit != "percent" or id(n) in self.claimed \
                        or any(x.indicator == c.indicator and x.measure == "yoy_pct" and x.period == c.period for x in self.out):
                    continue
                v = self._growth(n, m.start())
                if v is not None and not self._blocked(sent, m.start(), n.end, self.cat[c.indicator], n):
                    self._emit(c.indicator, "yoy_pct", n, c.period, sent, v)
        for m, subj in found:
            attr = m.group("attr")
            attrs = ["prod", "sales"] if attr.startswith("产销") else ["sales"] if attr in ("销量", "销售") \
                else ["ship"] if attr.startswith("出货") else ["prod"]
            inds = [self.cat.get(FLOW_PAIRS.get((subj, a), "")) for a in attrs]
            own = [e for e in self.periods if m.start("per") <= e.start < m.end("per") and not e.comparison]
            n = next((q for q in nums if q.start >= m.end()), None)
            if None in inds or len(own) != 1 or n is None or id(n) in self.claimed:
                continue
            cr = _ZH_CARRIED_RATES.fullmatch(text, m.end(), n.start) if n.start != m.end() else None
            if cr is not None:
                rates = self._zh_figures(nums, n, len(inds), cr.group("both") == "均")
                p = resolve(own[0], self.ctx)
                if rates and p is not None and not p.instant \
                        and not any(self._blocked(sent, m.start(), q.end, ind, q) for q, ind in zip(rates, inds)) \
                        and not any(c.indicator in {i.id for i in inds} and c.period == p for c in emitted):
                    self._zh_emit_rates(inds, rates, m.end(), p, sent)
                continue
            if n.start != m.end():
                continue
            levels = self._zh_figures(nums, n, len(inds), bool(m.group("both")))   # ("产销1824.3万辆和1862.5万辆": one each)
            if not levels or any(not self._unit_ok(q, ind) or self._blocked(sent, m.start(), q.end, ind, q) for q, ind in zip(levels, inds)):
                continue
            p = resolve(own[0], self.ctx)
            if p is None or p.instant or any(c.indicator in {i.id for i in inds} and c.period == p and c.measure == "level" for c in emitted):
                continue
            for q, ind in zip(levels, inds):
                self._emit(ind.id, "level", q, p, sent)
            g = next((q for q in nums if q.start > levels[-1].end), None)
            r = _ZH_RATES_AFTER.fullmatch(text, levels[-1].end, g.start) if g is not None else None
            if r is None or id(g) in self.claimed:
                continue
            rates = self._zh_figures(nums, g, len(inds), r.group("both") == "均")   # ("分别": one each)
            if rates:
                self._zh_emit_rates(inds, rates, levels[-1].end, p, sent)

    def _zh_nev_part(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'汽车：392.3万辆，同比下降14.4%；其中新能源汽车15.0万辆，增长103.9%': the NEVs among the vehicles
        produced (or sold) have the same attribute and period."""
        text = self.text
        for c in emitted:
            pair = _PAIR_OF.get(c.indicator)
            if c.measure != "level" or c.period is None or pair is None or pair[0] != "auto":
                continue
            m = _ZH_NEV_PART.search(text, c.num.end, sent.end)
            n = next((q for q in nums if m and q.start >= m.end()), None)
            ind = self.cat.get(FLOW_PAIRS.get(("nev", pair[1]), ""))
            if n is None or n.start != m.end() or ind is None or id(n) in self.claimed or any(o.num is n for o in self.out) \
                    or not self._unit_ok(n, ind) or self._blocked(sent, m.start(), m.end(), ind, n):
                continue
            self._emit(ind.id, "level", n, c.period, sent)
            r = next((q for q in nums if q.start > n.end), None)
            if r is not None and _ZH_PART_RATE_GAP.fullmatch(text, n.end, r.start) and (g := self._growth(r, n.end)) is not None:
                self._emit(ind.id, "yoy_pct", r, c.period, sent, g)
            return

    def _zh_month_of_flow(self, sent: Sentence, nums: list[Num], emitted: list[Candidate]) -> None:
        """'软件业务收入4.5万亿元，同比增长14.3%，其中9月份完成5610亿元': the last month of the period, in
        the same unit, right after the flow (and its rate)."""
        text = self.text
        for m in _ZH_MONTH_OF_FLOW.finditer(text, sent.start, sent.end):
            before = [c for c in emitted if c.num.end <= m.start()]
            c = next((c for c in reversed(before) if c.measure == "level"), None)
            n = next((q for q in nums if q.start >= m.end()), None)
            if c is None or n is None or n.start != m.end() or id(n) in self.claimed or c.period.instant \
                    or n.unit != c.num.unit or n.value >= c.num.value \
                    or before[-1].num.end + (16 if "其中" in m.group() else 40) < m.start() \
                    or self._slice(self.zh_starts, self.zh_hits, before[-1].num.end, m.start()):
                continue
            ex = next((e for e in self.periods if e.start == m.start("per")), None)
            p = resolve(ex, self.ctx) if ex is not None and ex.kind == "interval" else None
            if p is None or p.instant or p.end != c.period.end or p.start == c.period.start \
                    or p.start != p.end.replace(day=1) or self._blocked(sent, m.start(), n.end, self.cat[c.indicator], n):
                continue
            self._emit(c.indicator, "level", n, p, sent)
            # ("；11月当月完成1053亿元，同比增长1.2%": and the month's rate)
            g = next((q for q in nums if q.start > n.end), None)
            if g is not None and g.unit == "percent" and id(g) not in self.claimed and _ZH_YOY_AFTER.fullmatch(text, n.end, g.start):
                v = self._growth(g, n.end)
                if v is not None:
                    self._emit(c.indicator, "yoy_pct", g, p, sent, v)

    def _zh_emit_rates(self, inds: list[Indicator], rates: list[Num], lead: int, p: Period, sent: Sentence) -> None:
        """One rate per indicator; the second has the first one's sign ("同比下降3.1%和2.5%")."""
        v = self._growth(rates[0], lead)
        if v is not None:
            for q, ind in zip(rates, inds):
                self._emit(ind.id, "yoy_pct", q, p, sent, q.value if v == rates[0].value else -q.value)

    def _chinese(self, sent: Sentence, zh, nums: list[Num], state) -> None:
        text = self.text
        self._zh_phrase_list(sent, zh, nums, state)
        for k, (a, b, ids) in enumerate(zh):
            nxt_hit = zh[k + 1][0] if k + 1 < len(zh) else sent.end
            clause_end = _SEMI.search(text, b, nxt_hit)
            end = clause_end.start() if clause_end else nxt_hit
            ns = _ZH_NEW_SUBJECT.search(text, b, end)
            if ns:
                end = ns.start()   # "11月汽车销量近291万辆 新能源汽车同比增长74%": another product's rate
            sub = _ZH_OF_WHICH_ITEM.search(text, b, end)
            if sub and any(b <= n.start < sub.start() for n in nums):
                end = sub.start()   # "全年软件业务收入48511亿元，其中嵌入式系统软件收入增长11.8%": a part's rate
            region = [n for n in nums if b <= n.start < end and id(n) not in self.claimed]
            # "3万余家基础级智能工厂、1200余家先进级智能工厂": the number before the noun is its own; a
            # number right before the next phrase is that phrase's
            # (the catalogue's specialized SMEs are the provincial lists: "4万多家省级专精特新中小企业")
            gap = _ZH_COUNT_GAP_PROVINCIAL if ids == ("specialized_smes",) else _ZH_COUNT_GAP
            own = next((n for n in reversed(nums) if n.end <= a and gap.fullmatch(text, n.end, a)), None)
            if own is not None and id(own) not in self.claimed:
                region = [own]
            elif k + 1 < len(zh):
                region = [n for n in region if not _ZH_COUNT_GAP.fullmatch(text, n.end, zh[k + 1][0])]
            if not region:
                continue
            if any(x and x not in self.cat for x in ids):
                continue
            inds = [self.cat[x] if x else None for x in ids]   # None: a listed item that is no catalogue indicator
            if b - a == 4 and text[a:b] == "利润总额":
                named = zh[k - 1][2] if k > 0 and zh[k - 1][0] >= sent.start and not _ZH_REGION.search(text, sent.start, a) else None
                if named == ("digital_industry_revenue",):
                    inds = [self.cat["digital_industry_profit"]]   # "数字产业完成业务收入约35万亿元…；实现利润总额2.7万亿元"
                elif not (named == ("software_it_services_revenue",)
                          or k == 0 and _ZH_PROFIT_OPENS.fullmatch(text, sent.start, a) and self._zh_software_before(sent)):
                    # "完成软件业务收入X亿元…；实现利润总额Y亿元": the profit of the industry just named (also when
                    # the next sentence of the paragraph opens with it: "…35802亿元…。实现利润总额4345亿元")
                    continue
            # "…达到46.4%，分别比上年提高2.3和1.4个百分点": a 分别 after the figure is another list's
            # (not "年均增长6.0%": an annual average)
            respectively = "分别" in text[b:region[0].start] or re.search(r"(?<![年平日月人户])均", text[b:region[0].start]) is not None
            if text[a:a + 2] == "汽车" and text[a - 1:a] in _ZH_VEHICLE_KIND:
                continue   # "纯电动汽车产销": a kind of vehicle, not all automobiles
            if _ZH_ADDED.search(text, max(sent.start, a - 6), a) \
                    or own is not None and region == [own] and _ZH_ADDED.search(text, max(sent.start, own.start - 6), own.start):
                total = next((n for n in region[1:] if _ZH_RUNNING_TOTAL.search(text, max(b, n.start - 10), n.start)), None)
                if total is None:
                    continue   # "新增5G基站42.5万个", "新认定的4357家“小巨人”企业": the addition (and its growth), not the total
                region = [total]   # "新培育第三批…企业2930家，累计已达4762家": the running total after the addition
            if ids == ("industrial_internet_platforms",) and text[max(sent.start, a - 5):a].endswith(("跨领域", "跨领域的", "双跨")):
                continue   # "国家级跨行业跨领域工业互联网平台已达15家": the national cross-sector tier, a subset
            if text[max(sent.start, a - 2):a] == "共享":
                continue   # "共建共享5G基站33万个": the shared ones, a subset
            if ids == ("five_g_base_stations",) and text.startswith(("出货", "发货", "销量", "采购", "中标", "招标"), b):
                continue   # "其上半年5G基站出货量同比增长超过40%": equipment shipped, not stations in service
            if text[max(sent.start, a - 2):a] == "领域" and ids[0] in _ZH_FIELD_SUBSET_IDS:
                continue   # "人工智能领域专精特新“小巨人”企业超过400家": one field's, a subset
            if _ZH_PER.search(text, max(sent.start, a - 8), a) and ids != ("mobile_dou",):
                continue   # "每万人拥有5G基站数达到30个": a density
            if _ZH_TAKING_PART.match(text, b):
                continue   # "1.4万家专精特新中小企业参与“校企对接”活动": those taking part, a subset
            if len(inds) == 2 and all(inds) and _ZH_PAIR_FROM.match(text, b, region[0].start):
                self._zh_pair_from_to(sent, a, b, region, inds)
                continue   # (a pair's change over years, never the briefing's period)
            if len(inds) == 1 and inds[0] is not None:
                self._zh_from_to(sent, a, b, region, inds[0], state)
                if id(region[0]) in self.claimed and not _ZH_SAME_PERIOD.search(text, region[0].end, sent.end):
                    continue   # "从2020年底的71.8万个增至…，增长5.7倍": the change over those years, no year on year
                region = [n for n in region if id(n) not in self.claimed]
                if not region:
                    continue
            period_list = None
            if respectively and len(inds) == 1:
                # "一至四季度，规模以上工业增加值分别增长6.8%、6.9%、6.3%和6.2%": one figure per listed
                # period; with no such list the figures belong to something else
                period_list = self._zh_period_list(sent, a)
                if not period_list:
                    continue
            levels, growths = [], []
            other_level = False   # (a level of another clause read past: "…5G手机出货量49.7万部，1-9月国内手机总出货量2.79亿部，
            # 同比下降5.2%": the rate after it is that figure's)
            ref = next(x for x in reversed(inds) if x is not None)
            for n in region:
                before = text[max(b, n.start - 12):n.start]
                if ref.unit != "yuan" and _ZH_OTHER_ATTR.search(text, b, n.start) \
                        or ref.unit == "count" and "增加值" in text[b:n.start]:
                    break   # "“小巨人”企业营业收入同比增长12.6%", "…企业增加值同比增长7.9%": an attribute of the noun
                g = self._growth(n, b)
                if g is None and n.unit == "times" and _ZH_TIMES_GROWTH.search(before) and not self._zh_against_year(n) \
                        and not text.startswith(("多", "余", "以上"), n.end):   # (not "增长4倍多": no exact rate)
                    g = 100.0 * n.value   # "同比增长1.2倍": up 120 percent
                if g is not None:
                    if _ZH_OTHER_SUBJECT_RATE.search(text, b, n.start) or _ZH_PRICE_RATE.search(text, b, n.start) or other_level:
                        break   # "电信业务收入11893亿元 移动互联网流量增长123.7%": another quantity's rate
                    if growths and len(inds) > 1 and (_ZH_OTHER_PRODUCT.search(text, growths[-1][0].end, n.start)
                                                      or len(growths) >= len(inds) and "," in text[growths[-1][0].end:n.start]):
                        # "…产量分别增长31.2%和18.5%，集成电路产量增长14.6%": another product's rate (or
                        # "…同比增长4.6%和3.8%，其中乘用车销售1124.8万辆，同比增长1.6%": a part's, after the pair)
                        break
                    growths.append((n, g))
                    continue
                # (a list may end in a multiple: "分别增长24.7%、14.0%和1.5倍")
                if n.unit in ("percent", "times") and growths[-1][0].unit in ("percent", "times") if growths else False:
                    if _ZH_ITEM_GAP.fullmatch(text[growths[-1][0].end:n.start]):
                        # (also "同比分别增长3.3倍和3.4倍": up 330 and 340 percent)
                        v = n.value * (100.0 if n.unit == "times" else 1.0)
                        growths.append((n, v * (-1 if growths[-1][1] < 0 else 1)))
                        continue
                if self._unit_ok(n, ref) and ref.unit != "percent" or (ref.unit == "percent" and n.unit == "percent"):
                    fm = _ZH_FROM_LEVEL.search(text, max(b, n.start - 16), n.start)
                    if fm and _ZH_TO_AFTER.match(text, n.end):
                        # "5G基站数由“十三五”末的71.8万个增长至483.8万个": the level it grew from, at the
                        # year-end named (the level is the one it grew to)
                        y = int(fm.group("y")) if fm.group("y") else _PLAN_LAST_YEAR.get(fm.group("fyp") or "")
                        if y and ref.instant and len(inds) == 1 and not self._blocked(sent, a, b, ref, n):
                            self._emit(ref.id, "level", n, Period(date(y, 12, 31), date(y, 12, 31), True), sent)
                        continue
                    if len(inds) == 1 and _ZH_BASE_LEVEL_BEFORE.search(text, max(b, n.start - 14), n.start) \
                            and not _ZH_LIST_NEXT.match(text, n.end):   # (not "分别比2015年的61.8%和45.4%": a list's)
                        # "…688.7万辆，较2021年的352.1万辆近乎翻倍": the base's level, of its own year (see _emit)
                        # (not a half year's against a whole year's: "上半年…，比2015年的4.3万亿元增长约28%")
                        p = self.period_for(ref, n, sent, state)
                        if p is not None and (ref.instant or (p.start.month, p.end.month, p.end.day) == (1, 12, 31)) \
                                and not self._blocked(sent, a, b, ref, n):
                            self._emit(ref.id, "level", n, p, sent)
                        continue
                    if ref.id in _ZH_FIELD_SUBSET_IDS and text[n.end - 1] == "项":
                        continue   # ("创建绿色工厂、绿色园区、…和绿色设计产品近3000项": items of a list, not firms)
                    if (_ZH_ADDED.search(before) or _ZH_PER.search(self._own_density(ref, before)) or _ZH_NOT_LEVEL.search(before)) \
                            and (ref.id != "mobile_dou" or _ZH_CHANGE_END.search(before)):
                        continue   # (a DOU is "户均" by name, but "比8月份DOU减少0.14GB" is a change)
                    if not levels and "," in text[b:n.start] and not _ZH_RUNNING_TOTAL.search(text, max(b, n.start - 10), n.start) and not (
                            ids[0].endswith(("_production", "_sales")) and _ZH_RESTATED_ATTR.fullmatch(
                                text, text.rfind(",", b, n.start) + 1, n.start)) \
                            and not _ZH_VERB_ONLY_CLAUSE.fullmatch(text, text.rfind(",", b, n.start) + 1, n.start) \
                            and not _ZH_ASPECT_CLAUSE.fullmatch(text, b, n.start):
                        # "工业互联网平台数量持续增加，重点平台平均连接设备数量达到59万台": another clause's
                        # figure (not "新能源汽车产销两旺，上半年产销分别完成41.3万辆和41.2万辆": the same words again,
                        # nor "算力总规模位居全球第二，达280 EFLOPS": a clause of a verb alone, on the same subject)
                        other_level = _names_own_figure(text[text.rfind(",", b, n.start):n.start])
                        continue
                    if levels and len(inds) == 1 and levels[-1].qualifier == "gt" \
                            and _ZH_EXACT_AFTER.fullmatch(text, levels[-1].end, n.start):
                        levels[-1] = n   # "突破11万亿元，达到110463亿元": the exact figure after the threshold
                        continue
                    if levels and not _ZH_ITEM_GAP.fullmatch(text[levels[-1].end:n.start]):
                        other_level = _names_own_figure(text[max(b, text.rfind(",", b, n.start)):n.start])
                        continue
                    if not levels and n.start - b > 25:
                        continue
                    levels.append(n)
            if len(inds) > 1 and len(levels) < len(inds):
                levels = self._zh_respective_levels(region, ref, len(inds)) or levels
            if len(inds) > 1 and len(growths) == 1 and "均" in text[b:growths[0][0].start]:
                growths = growths * len(inds)   # "产销分别完成…，同比均增长1.2倍": both
            if len(inds) > 1 and len(levels) == 1 and _ZH_BOTH_LEVEL.fullmatch(text, b, levels[0].start):
                levels = levels * len(inds)   # "汽车产销量均突破2700万辆", "双双超过2450万辆": both
            if period_list:
                for series, measure in ((levels, "level"), (growths, "yoy_pct")):
                    if len(series) == len(period_list) and not self._blocked(sent, a, b, inds[0], series[0] if measure == "level" else series[0][0]):
                        for period, item in zip(period_list, series):
                            num, value = (item, None) if measure == "level" else item
                            self._emit(inds[0].id, measure, num, period, sent, value)
                continue
            if len(inds) == 1:
                if len(growths) > 1 and "分别" in text[b:growths[0][0].start]:
                    growths = []   # "生产17.7万辆，销售17.0万辆，同比分别增长125.4%和126.9%": paired later
                levels, growths = levels[:1], growths[:1]
            elif not respectively and not _prod_sales_pair(list(ids)):
                continue   # (a production and sales pair is read in order: "汽车产销1352.6万辆和1335.3万辆")
            for series, measure in ((levels, "level"), (growths, "yoy_pct")):
                if len(series) != len(inds):
                    continue
                for ind, item in zip(inds, series):
                    num, value = (item, None) if measure == "level" else item
                    if ind is None or self._blocked(sent, a, b, ind, num):
                        continue
                    if k > 0 and zh[k - 1][0] >= sent.start and "其中" in text[max(sent.start, a - 8):a] \
                            and self._blocked(sent, zh[k - 1][0], zh[k - 1][1], ind, num):
                        continue   # "以比亚迪为例，公司…销量15.4万辆，…，其中6月单月销量突破4万辆": the part of a company's figure
                    self._emit(ind.id, measure, num, self.period_for(ind, num, sent, state), sent, value)
                if measure == "yoy_pct" and len(inds) > 1 and all(ind is not None for ind in inds):
                    self._zh_list_later_rates(sent, inds, series[-1][0])

    def _zh_list_later_rates(self, sent: Sentence, inds: list[Indicator], last: Num) -> None:
        """'A和B增加值同比分别增长13.5%和10.1%，1-11月则分别增长13.4%和11.4%': the same list's rates for a
        period of their own, right after."""
        m = _ZH_LIST_LATER.match(self.text, last.end)
        if not m:
            return
        ex = next((e for e in self.periods if e.start == m.start("p") and not e.comparison and e.kind == "interval"), None)
        p = resolve(ex, self.ctx) if ex is not None else None
        run = self._slice(self.num_starts, self.nums, m.end(), sent.end)[:len(inds)]
        if p is None or len(run) != len(inds) or run[0].start != m.end() or any(n.unit != "percent" or id(n) in self.claimed for n in run) \
                or not all(_rate_list_gap(self.text, x.end, y.start) for x, y in zip(run, run[1:])):
            return
        sign = -1.0 if "下降" in m.group() else 1.0
        for ind, n in zip(inds, run):
            self._emit(ind.id, "yoy_pct", n, p, sent, sign * n.value)


    def _zh_software_before(self, sent: Sentence) -> bool:
        """The sentence before (same paragraph) states the software industry's revenue."""
        k = sent.index - 1
        if k < 0 or self.sentences[k].para != sent.para:
            return False
        prev = self.sentences[k]
        return any(ids == ("software_it_services_revenue",)
                   for _, _, ids in self._slice(self.zh_starts, self.zh_hits, prev.start, prev.end))

    def _zh_phrase_list(self, sent: Sentence, zh, nums: list[Num], state) -> None:
        """'关键工序数控化率和数字化研发设计工具普及率分别达到62.2%和79.6%': indicators joined by 和/、, then
        分别 and one level each, in order."""
        text = self.text
        k = 0
        while k < len(zh):
            chain = [k]
            while chain[-1] + 1 < len(zh) and _ZH_PHRASE_AND.fullmatch(text, zh[chain[-1]][1], zh[chain[-1] + 1][0]):
                chain.append(chain[-1] + 1)
            k = chain[-1] + 1
            if len(chain) < 2 or any(len(zh[j][2]) != 1 or zh[j][2][0] not in self.cat for j in chain):
                continue
            b = zh[chain[-1]][1]
            inds = [self.cat[zh[j][2][0]] for j in chain]
            levels = [n for n in nums if n.start >= b][:len(chain)]
            if len(levels) != len(chain) or not all(_LIST_GAP.fullmatch(text, x.end, y.start) for x, y in zip(levels, levels[1:])):
                continue
            rm = _ZH_RESPECTIVE_RATE.fullmatch(text, b, levels[0].start)
            if rm:
                # "装备制造业增加值、高技术制造业增加值同比分别增长6.3%和8.5%": one rate each
                if all(n.unit == "percent" and id(n) not in self.claimed and not self._blocked(sent, zh[chain[0]][0], b, ind, n)
                       for ind, n in zip(inds, levels)):
                    sign = -1.0 if "下降" in rm.group() else 1.0
                    for ind, n in zip(inds, levels):
                        self._emit(ind.id, "yoy_pct", n, self.period_for(ind, n, sent, state), sent, sign * n.value)
                continue
            if not _ZH_RESPECTIVE_LEAD.fullmatch(text[b:levels[0].start].lstrip()):
                self._zh_respective_from_to(sent, zh[chain[0]][0], b, inds, nums, state)
                continue
            if any(id(n) in self.claimed or not self._unit_ok(n, ind) or self._blocked(sent, zh[chain[0]][0], b, ind, n)
                   for ind, n in zip(inds, levels)):
                continue
            for ind, n in zip(inds, levels):
                self._emit(ind.id, "level", n, self.period_for(ind, n, sent, state), sent)

    def _zh_respective_from_to(self, sent: Sentence, a: int, b: int, inds: list[Indicator], nums: list[Num], state) -> None:
        """'数控化率和数字化研发设计工具普及率分别由2020年底的52.1%、73.0%提高到67.3%、84.8%': each listed
        indicator's level before and after, in order."""
        text, n = self.text, len(inds)
        run = [x for x in nums if x.start >= b][:2 * n]
        lead = _ZH_RESPECTIVELY.match(text, b)
        if len(run) != 2 * n or lead is None or any(id(x) in self.claimed for x in run):
            return
        f = _ZH_FROM.fullmatch(text, lead.end(), run[0].start)
        t = _ZH_TO.fullmatch(text, run[n - 1].end, run[n].start)
        if f is None or t is None or not all(_LIST_GAP.fullmatch(text, x.end, y.start)
                                             for x, y in (*zip(run[:n - 1], run[1:n]), *zip(run[n:-1], run[n + 1:]))):
            return
        for ind, n1, n2 in zip(inds, run[:n], run[n:]):
            if n1.unit != n2.unit or not (self._unit_ok(n1, ind) and self._unit_ok(n2, ind)) \
                    or self._blocked(sent, a, b, ind, n2):
                return
        for ind, n1, n2 in zip(inds, run[:n], run[n:]):
            self._emit_from_to(ind, n1, n2, f, t, sent, state)

    def _emit_from_to(self, ind: Indicator, n1: Num, n2: Num, f: re.Match, t: re.Match, sent: Sentence, state) -> None:
        """The level before at the "from" date (when it names one) and the level after at its own
        date, else the sentence's."""
        p2 = self._period_within(t.start("p"), t.end("p"), ind) if t.group("p") else self.period_for(ind, n2, sent, state)
        p1 = self._period_within(f.start("p"), f.end("p"), ind) if f.group("p") else None
        dp = self.ctx.doc_period
        if p2 is not None and p1 is not None and p2.end <= p1.end and not t.group("p"):
            # "千兆宽带用户从2020年底的640万户增长到2.4亿户": the "from" date is not the new level's;
            # that one is as of the briefing's period
            p2 = (Period(dp.end, dp.end, True) if ind.instant else dp) if dp is not None and dp.end > p1.end else None
        if p2 is None:
            return
        if p1 is not None and not ind.instant and _months(p1) == 12 < _months(p2) and (p2.end.month, p2.end.day) == (12, 31):
            # ("回顾“十三五”，电信业务收入由2015年的1.13万亿元增至1.36万亿元": a year's flow then, the plan's last year's now)
            p2 = Period(date(p2.end.year, 1, 1), p2.end, False)
        if p1 is not None and p1.end < p2.end:
            self._emit(ind.id, "level", n1, p1, sent)
        self._emit(ind.id, "level", n2, p2, sent)

    def _zh_pair_from_to(self, sent: Sentence, a: int, b: int, region: list[Num], inds: list[Indicator]) -> None:
        """'新能源汽车产销量从2020年的136.6万辆、136.7万辆，增加到2024年的1288.8万辆和1286.6万辆': each
        pair at its year (a stock's at the year-end said)."""
        text = self.text
        if len(region) < 4:
            return
        n0, n1, n2, n3 = region[:4]
        fm = _ZH_PAIR_FROM.fullmatch(text, b, n0.start)
        tm = _ZH_PAIR_TO.fullmatch(text, n1.end, n2.start)
        if not fm or not tm or not _ZH_PAIR_JOIN.fullmatch(text, n0.end, n1.start) or not _ZH_PAIR_JOIN.fullmatch(text, n2.end, n3.start):
            return
        for m, pair in ((fm, (n0, n1)), (tm, (n2, n3))):
            y = int(m.group("y"))
            for ind, n in zip(inds, pair):
                if ind.instant and not m.group("end") or not self._unit_ok(n, ind) or self._blocked(sent, a, b, ind, n):
                    continue
                p = Period(date(y, 12, 31), date(y, 12, 31), True) if ind.instant else Period(date(y, 1, 1), date(y, 12, 31), False)
                self._emit(ind.id, "level", n, p, sent)

    def _zh_from_to(self, sent: Sentence, a: int, b: int, region: list[Num], ind: Indicator, state) -> None:
        """'业务收入从2012年的2.5万亿元增长到2016年的4.9万亿元', '5G基站从“十三五”末的71.8万个增加到483.8万个':
        the level before and the level after, each at its own date (the later one, if undated, the
        sentence's)."""
        if not region:
            return
        text = self.text
        n1 = region[0]
        f = _ZH_FROM.fullmatch(text, b, n1.start)
        if f is None:
            return
        self.claimed.add(id(n1))   # a level "from" which something changed is never the sentence's
        n2 = region[1] if len(region) > 1 else None
        t = _ZH_TO.fullmatch(text, n1.end, n2.start) if n2 else None
        if t is None or n1.unit != n2.unit or not (self._unit_ok(n1, ind) and self._unit_ok(n2, ind)):
            return
        if not self._blocked(sent, a, b, ind, n2):
            self._emit_from_to(ind, n1, n2, f, t, sent, state)

    def _period_within(self, a: int, b: int, ind: Indicator) -> Period | None:
        """The one period expression at a..b, as the indicator's kind of period (a stock's is a
        date: "2020年" is its end)."""
        found = [e for e in self.periods if e.start < b and a < e.end]   # (overlapping: "到2016年")
        if len(found) != 1:
            return None
        p = resolve(found[0], self.ctx)
        if p is None or p.instant == ind.instant:
            return p
        if ind.instant:
            return Period(p.end, p.end, True)
        # a flow "到2016年(底)": the year
        return Period(date(p.end.year, 1, 1), p.end, False) if (p.end.month, p.end.day) == (12, 31) else None

    def _zh_respective_levels(self, region: list[Num], ref: Indicator, n: int) -> list[Num]:
        """'汽车产销量首次突破3000万辆，分别完成3016.1万辆和3009.4万辆': the n levels after 分别, not the
        shared threshold before them."""
        text = self.text
        for k, q in enumerate(region):
            run = region[k:k + n]
            if len(run) == n and _ZH_RESPECTIVE_LEAD.search(text, max(0, q.start - 6), q.start) \
                    and all(self._unit_ok(x, ref) for x in run) \
                    and all(re.fullmatch(r"\s*[万亿]?(?:辆|台|套|部|个|户|家)?\s*(?:和|、|,)\s*", text[x.end:y.start]) for x, y in zip(run, run[1:])):
                return run
        return []

    def _zh_period_list(self, sent: Sentence, before: int) -> list[Period] | None:
        """'2017年一至四季度' / '一、二季度' / '7月、8月' / '一季度、上半年和前三季度' before a phrase: the periods
        of its figures, in order."""
        m = None
        for m in _ZH_PERIOD_LIST.finditer(self.text, sent.start, before):
            pass
        if m is None or _ZH_PERIOD_LIST_GAP.fullmatch(self.text, m.end(), before) is None:
            return None
        year = int(m.group("y")) if m.group("y") else None
        if m.group("q1"):
            q1, q2 = _ZH_DIGIT[m.group("q1")], _ZH_DIGIT[m.group("q2")]
            bounds = [(3 * q - 2, 3 * q) for q in range(q1, q2 + 1)] if q1 < q2 else []
        elif m.group("qs"):
            bounds = [(3 * q - 2, 3 * q) for q in (_ZH_DIGIT[c] for c in re.findall(r"[一二三四1-4]", m.group("qs")))]
        elif m.group("cs"):
            bounds = [(1, _ZH_CUMULATIVE_END.get(x) or int(re.sub(r"\D", "", x)[-2:] if x.startswith("前") else x[2:].rstrip("月份")))
                      for x in re.findall(r"一季度|上半年|前三季度|全年|前\d{1,2}个月|1-\d{1,2}月份?", m.group("cs"))]
        else:
            bounds = [(int(x), int(x)) for x in re.findall(r"\d{1,2}", m.group("ms"))]
        if len(bounds) < 2 or any(not 1 <= lo <= 12 for lo, _ in bounds) or bounds != sorted(set(bounds)):
            return None
        periods = [resolve(PeriodExpr(m.start(), m.end(), "interval", year, lo, hi), self.ctx) for lo, hi in bounds]
        return None if None in periods else periods

    def _zh_tier_run(self, sent: Sentence, nums: list[Num], state) -> None:
        """'基础级、先进级、卓越级智能工厂超过3.5万家、8200家和500家': the tiers named first, their figures after,
        in the same order (read before the phrase rules, which would give the last tier the first figure)."""
        text = self.text
        for m in _ZH_TIER_RUN.finditer(text, sent.start, sent.end):
            tiers = _ZH_TIER_NAME.findall(m.group("tiers"))
            run = [n for n in nums if n.start >= m.end()][:len(tiers)]
            if len(run) != len(tiers) or not _ZH_TIER_LEAD.fullmatch(text, m.end(), run[0].start) \
                    or not all(_LIST_GAP.fullmatch(text, a.end, b.start) for a, b in zip(run, run[1:])):
                continue
            for tier, n in zip(tiers, run):
                ind = self.cat.get(_ZH_TIER_IDS[tier])
                if ind is not None and id(n) not in self.claimed and self._unit_ok(n, ind) \
                        and not self._blocked(sent, m.start(), m.end(), ind, n):
                    self._emit(ind.id, "level", n, self.stock_period(n, sent, state), sent)

    def _zh_tier_list(self, sent: Sentence, nums: list[Num], state) -> None:
        """'3.6万余家基础级、8500余家先进级、520余家卓越级智能工厂': each tier's figure right before it."""
        text = self.text
        for m in _ZH_TIER_ITEM.finditer(text, sent.start, sent.end):
            own = next((n for n in reversed(nums) if n.end <= m.start() and _ZH_COUNT_GAP.fullmatch(text, n.end, m.start())), None)
            ind = self.cat.get(_ZH_TIER_IDS[m.group("tier")])
            if own is None or ind is None or id(own) in self.claimed or not self._unit_ok(own, ind) \
                    or self._blocked(sent, m.start(), m.end(), ind, own):
                continue
            self._emit(ind.id, "level", own, self.stock_period(own, sent, state), sent)
        for m in _ZH_TIER_AFTER.finditer(text, sent.start, sent.end):
            if text.find("级智能工厂", max(sent.start, m.start() - 40), m.start()) < 0:
                continue
            own = next((n for n in nums if n.start >= m.end()), None)
            ind = self.cat.get(_ZH_TIER_IDS[m.group("tier")])
            if own is None or own.start > m.end() + 2 or ind is None or id(own) in self.claimed \
                    or not self._unit_ok(own, ind) or self._blocked(sent, m.start(), m.end(), ind, own):
                continue
            self._emit(ind.id, "level", own, self.stock_period(own, sent, state), sent)


_ZH_RESTATED_ATTR = re.compile(r"\s*(?:(?:\d{4}年)?(?:[上下]半年|前三季度|[一二三四]季度|全年|\d{1,2}[-—~]\d{1,2}月|\d{1,2}月份?|"
                               r"前\d{1,2}个月|今年以来)[,]?)?\s*(?:产销量?|产量|销量|销售|生产)(?:分别)?"
                               r"(?:完成|达到|达|为|突破|超过)?\s*")
_DRILL_BEFORE = re.compile(r"(?:" + _SUBSET.pattern + r")[,，]?\s*(?:in\s+)?$", re.I)
_ZH_PROFIT_OPENS = re.compile(r"\s*(?:(?:\d{1,2}[-—~至]\d{1,2}月份?|[上下]半年|前三季度|[一二三四]季度|全年)[,]?\s*)?(?:全行业)?(?:实现|完成)?")
_WHICH_GREW = re.compile(r",\s+which\s+(?:(?:still|also|even|nonetheless|nevertheless)\s+)?(?=" + _RATE_VERB + r"\b)", re.I)   # (also "which still grew 4.8%")
_OF_WHICH = re.compile(r"\s+of\s+which\b", re.I)
def _prose_line(line: str) -> bool:
    line = line.strip()
    return len(line) >= 80 and line[-1] in ".!?。！？:："


def _listed(text: str, a: Hit, b: Hit) -> bool:
    """Two subjects in a list: "A and B", "the A sector and the B sector". (A match, not a
    fullmatch, so that "the" can see the subject after it.)"""
    m = _LIST_GAP.match(text, a.end)
    return m is not None and m.end() == b.start


_DASH_ASIDE_END = re.compile(r"\s-\s(?:(?!\s-\s).){3,100}\s-\s*$")
_WHICH_SUBJECT_GAP = re.compile(r"\s*,\s*(?:the\s+)?", re.I)
_ZH_SECTOR_WORD = re.compile(r"业|汽车|钢|机器人|手机|电子|通信|软件|电信|用户|基站")
# ("但从月度数据看，工业生产已出现企稳迹象：6月份增长6.8%": a figureless remark before a colon)
_ZH_BREAKDOWN_OPENER = re.compile(r"\s*(?:分|从)(?:三大)?(?:门类|经济类型|地区|区域|行业)(?:来)?看")
_ZH_BY_PERIOD = re.compile(r"\s*(?:其中|(?:但|而|不过)?(?:分季度看|分季度|从季度看|分月看|分月份看|从月度看|从月度数据看|从月度数据来看|从单月看)"
                           r"(?:[,，]\s*(?P<lead>[^，,。；;:：\d%]{2,20})[:：])?)[,，]?\s*")
# "the 5.6% growth of industrial value added", "a 4% year-on-year decline in auto sales"
# (also "the 4.0% pace for China's industrial value added overall")
_RATE_NOUN_OF = re.compile(r"\s*(?:(?:year-on-year|year\s+on\s+year|y/y|yoy)\s+)?(?:(?P<w>growth|increase|rise|expansion|gain|decline|drop|"
                           r"decrease|fall|contraction)\s+(?:of|in)|(?:growth\s+)?pace\s+(?:of|for))\s+(?:(?:the|china's|overall|total|all|national)\s+)*", re.I)
_CONTRAST_TREND = re.compile(r"\b(?:but|though|although|yet)\b[^.;]{0,60}?\b(?:narrowed|eased|slowed|accelerated|picked\s+up|improved|"
                             r"recovered|rebounded|deepened|widened|quickened|moderated)\b[^.;]{0,25}$")
_DRILL_RATE_BEFORE = re.compile(r"\band\s+(?:by\s+)?[\d.]+\s?(?:%|percent|per\s+cent)\s+(?:(?:year-on-year|y/y|yoy)\s+)?(?:in|for)\s+(?:the\s+month\s+of\s+)?$", re.I)
_WHILE_CLAUSE = re.compile(r"[^;]*?,\s+(?:while|whereas|with)\s", re.I)
_PHASE_TREND = re.compile(r"\b(?:recovered|rebounded|bounced\s+back|picked\s+up|improved|stabili[sz]ed|slowed|weakened)\b[^.;,]{0,25}$")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+(?:ed|en|ung|ank|ell|ose|rew|ost)\b")
_OF_FIGURE = re.compile(r"\s+of\s+(?:" + _QUAL + r"\s+)?")
_COMPARED_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.?|against|compared\s+with)\s+(?:" + _QUAL + r"\s+)?$", re.I)
# not "2 million vehicle sales targets", "the 3 million NEV sales mark"
_LEVEL_FLOW_NOUN = re.compile(r"\s*(?:-|(?:targets?|goals?|mark|milestones?|thresholds?|forecasts?|estimates?|plans?|"
                              r"capacity|volumes?|growth|figures?)\b)", re.I)
_ZH_PERIOD_RATE = re.compile(r"[,，]?\s*(?:同比)?(?P<v>增长|下降)\s*")
_ZH_LIST_LATER = re.compile(r"\s*[,，;；]\s*(?P<p>(?:\d{4}年)?(?:\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月份?|[一二三四]季度|前三季度|[上下]半年|全年))"
                            r"(?:累计)?(?:则|也|仍|均)?(?:同比)?分别(?:同比)?(?:增长|下降)\s*")
_ZH_PRODUCT_GAP = re.compile(r"[^\d,，。；;%]{0,4}[，,、]\s*[^\d,，。；;%]{1,14}")
_ZH_SEQUENTIAL_LEAD = re.compile(r"\s*[,，]?\s*(?:比上个?月|环比|比上季度?)(?:分别)?(?:增长|下降)\s*")
_ZH_RESPECTIVE_RATE = re.compile(r"\s*(?:同比)?分别(?:同比)?(?:增长|下降)\s*")   # ("分别同比增长": the same)
_ZH_PHRASE_AND = re.compile(r"\s*(?:和|、|与|及)\s*")
_ZH_FROM = re.compile(r"\s*\)?\s*(?:数量|总数|总量|规模)?(?:已经?)?(?:由|从)(?:(?P<p>[^的,，。；;]{2,16}?)的)?\s*")
_ZH_NOW_CLAUSE = re.compile(r"[,;]\s*(?:截至)?(?:目前|当前|现在)")
_ZH_RESPECTIVELY = re.compile(r"\s*[,，]?\s*分别")   # (also after a comma: "A和B，分别由…")
_ZH_SAME_PERIOD = re.compile(r"同比|比上年同期|比去年同期")
_ZH_TO = re.compile(r"\s*(?:" + "|".join(_ZH_CHANGE_VERBS) + r")(?:到|至)(?:(?P<p>[^的,，。；;]{2,16}?)的)?\s*"
                    r"(?:超过|突破|近|约|逾)?")   # ("增长到2025年的超过15万亿元": the qualifier is the number's)
_ZH_DIGIT = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_ZH_PERIOD_LIST = re.compile(
    r"(?:(?P<y>\d{4})年)?(?:第)?(?:(?P<q1>[一二三四1-4])(?:季度)?[至到~-](?:第)?(?P<q2>[一二三四1-4])季度"
    r"|(?P<qs>(?:[一二三四1-4](?:季度)?、)*[一二三四1-4](?:季度)?[、和及][一二三四1-4])季度"   # (also "一季度、二季度和三季度")
    r"|(?P<ms>(?:\d{1,2}月份?、)*\d{1,2}月份?[、和及]\d{1,2}月份?|(?:\d{1,2}、)+\d{1,2}月份?)"
    # ("一季度、上半年和前三季度": each from January)
    r"|(?P<cs>(?:(?:一季度|上半年|前三季度|前\d{1,2}个月|1-\d{1,2}月份?)、)*(?:一季度|上半年|前三季度|前\d{1,2}个月|1-\d{1,2}月份?)[、和及]"
    r"(?:上半年|前三季度|全年|前\d{1,2}个月|1-\d{1,2}月份?)))")
_ZH_CUMULATIVE_END = {"一季度": 3, "上半年": 6, "前三季度": 9, "全年": 12}
# between the period list and the phrase: a comma, the scope, 同比, nothing else with a figure
_ZH_PERIOD_LIST_GAP = re.compile(r"[,，]?\s*(?:全国)?(?:规模以上|规上)?\s*")
_ZH_COUNT_GAP = re.compile(r"[余多]?[家个座款项部台套架]?")   # (no space: "超408万个 新能源汽车销量占比" is a headline's two parts)

_ZH_COUNT_GAP_PROVINCIAL = re.compile(_ZH_COUNT_GAP.pattern + r"(?:省级)?")
_ZH_DURATION = re.compile(r"\s*(?:个月|年|季度|个季度|周)")
_MAIN_LEVEL = re.compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:reached|stood\s+at|totall?ed|hit|topped|exceeded|came\s+to|amounted\s+to|"
                         r"numbered|was|were|(?:rose|climbed|grew|increased)\s+to)\s+(?:" + _QUAL + r"\s+)?"
                         r"(?=\d)(?![\d,.]*\s*(?:%|percent|per\s+cent|pct))", re.I)   # (not "was 30 percent higher")


def _which_level(text: str, at: int, end: int) -> bool:
    """'Automobile sales, which stood at 2.85 million in August, rose 9.5%': the level is in the
    relative clause (not in "users, which topped 1 billion in October, reached 1.014 billion")."""
    if not _WHICH_LEVEL.match(text, at):
        return False
    app = _APPOSITIVE.match(text, at, end)
    return not (app and _MAIN_LEVEL.match(text, app.end()))


# a note's estimate or year-end goal: "FY22E NEV sales 5.5mn", ">2mn 5G BTS by YE22", "2025F"
_OWN_COUNT = re.compile(r"\b(?!(?:ministry|miit|nbs|bureau|government|caam|caict|association|state|council|officials?|beijing|china)'s)[\w&-]+'s\s+own\s+(?:[\w-]+\s+){0,2}(?:data|estimates?|figures?|counts?|tally|tracker|tracking|research|survey|numbers|forecasts?|model)\b", re.I)
_ESTIMATE_MARK = re.compile(r"\b(?:FY|CY)?(?:19|20)?\d\d[EF]\b|\bby\s+YE\s?(?:19|20)?\d\d\b")
_FALL_VERBS = frozenset(("fell", "declined", "dropped", "decreased", "slid", "shrank", "contracted", "plunged", "tumbled",
                         "slumped", "sank", "crashed", "collapsed", "plummeted"))
_WHEN_RATE = re.compile(r",\s+when\s+(?P<who>they|it|output|production|sales|growth)\s+(?:had\s+)?"
                        r"(?P<v>rose|grew|increased|jumped|surged|soared|climbed|expanded|" + "|".join(sorted(_FALL_VERBS)) + r")"
                        r"\s+(?:by\s+)?(?:(?:just|only|nearly|almost|about|more\s+than)\s+)?$", re.I)
_LOOK_BACK_WHEN = re.compile(r"(?:that|this)(?:'s|\s+was|\s+is)?\s+(?:followed|follows|came\s+after|comes\s+after|"
                             r"compares\s+with|compared\s+with|"
                             # ("That is a sharp slowdown from 2017, when output soared 68.1 percent")
                             r"an?\s+(?:[a-z]+\s+)?(?:slowdown|deceleration|acceleration|pickup|improvement|rebound|turnaround|reversal)\s+from)"
                             r"\s+(?:(?P<y>(?:19|20)\d\d)(?=,))?", re.I)
# "Sales fell 8.2% in 2019. That follows a 2.8-percent decline in 2018": the same indicator's rate, for the year named
_FOLLOWED_RATE = re.compile(r"(?:[-•*·]\s*)?(?:that|this|it)\s+(?:followed|follows|came\s+after|comes\s+after)\s+an?\s+(?:[\w-]+\s+)?", re.I)
_FOLLOWED_NOUN = re.compile(r"\s+(?:(?P<fall>decline|drop|fall|contraction|slump|decrease)|(?:increase|rise|gain|growth|jump))\s+in\s+(?=\S)", re.I)
_WHEN_CLAUSE = re.compile(r",?\s+when\s+[^,;.\d]{0,60}")
_AFTER_EARLIER_LEVEL = re.compile(r"\s*(?:units|vehicles)?\s+(?:in|at\s+the\s+end\s+of)\s+[A-Za-z]+(?:\s+20\d\d)?\s*,?\s+and\s+(?:(?:was|were)\s+)?"
                                  r"(?:(?:up|down|rising|falling|(?:an?\s+)?(?:increase|decrease|rise|fall)\s+of)\s+(?:by\s+)?)?", re.I)
_UP_FROM_END = re.compile(r"\b(?:up|down|rising|falling|climbing|increasing|compared)\s+(?:from|with)\s+(?:about\s+|around\s+|some\s+)?$", re.I)
_THE_LONGER_AFTER = re.compile(r"\s+(?:(?:year-on-year|year\s+on\s+year|y/y|yoy)\s+)?(?:in|during|for|over)\s+the\s+(quarter|half)\b(?!\s+of)", re.I)
_THE_LONGER = re.compile(r"(?<!early )(?<!late )\b(?:in|during|for|over)\s+the\s+(quarter|half)\b(?!\s+of)", re.I)
_THE_MONTH = re.compile(r"\b(?:in|during|for)\s+the\s+month\b(?!\s+of)|\bthat\s+month\b"
                        r"|(?<![\d月])(?:当月|该月)(?!份)", re.I)   # ("…，12月份降幅进一步扩大。当月汽车产销分别完成…")
_CLAUSE_BREAK = re.compile(r",\s+(?:while|whereas|and|with)\b|;")


def _points_to_former(text: str, lo: int, at: int) -> bool:
    """'NEV output reached A and sales hit B, the former up 53.8%': the rate is not the nearest level's."""
    pm = _POINTED_RATE_LEAD.search(text, max(lo, at - 60), at)
    return pm is not None and pm.group("which").lower() == "former"


def _attr_keys(key: str | None) -> list[str | None]:
    """An attribute hit's keys: "production and sales" is both."""
    return ["prod", "sales"] if key == "prodsales" else [key]


def _prod_sales_pair(ids: list[str]) -> bool:
    return len(ids) == 2 and ids[0].endswith("_production") and ids[1] == ids[0][:-len("production")] + "sales"


def _named_attr(gm: re.Match) -> str:
    """The flow an _EARLIER_LEVEL_GAP names: by its verb ("NEVs sold") or its noun ("NEV sales")."""
    return _VERB_TO_ATTR[gm.group("verb").lower()] if gm.group("verb") else _NOUN_TO_ATTR[gm.group("noun").lower()]


def _near_rounded(rounded: Num, exact: Num) -> bool:
    """'nearly 10 trillion' then '9.8281 trillion': the exact figure on the side the qualifier says,
    within a tenth (about: a twentieth); 'CNY1.28 trillion' then 'CNY1,284.7 billion': the same
    figure to the digits first written."""
    r, x = rounded.value, exact.value
    if rounded.qualifier == "eq":
        return 0 < rounded.sig < exact.sig and float(f"{x:.{rounded.sig}g}") == r
    if rounded.qualifier == "lt":
        return 0.9 * r <= x <= r
    if rounded.qualifier == "gt":
        return r <= x <= 1.1 * r
    return rounded.qualifier == "approx" and abs(x - r) <= 0.05 * r


_HEAD_FRAME = re.compile(r"^(?:in|for|during)\s+|\s+(?:results|figures|data|numbers|highlights)$", re.I)
_HEAD_END = frozenset(".!?,;\u3002\uff01\uff1f\uff0c\uff1b")


def _by_sentence(sentences: list[Sentence], items: list) -> dict[int, list]:
    """Position in `sentences` -> the items (sorted by .start) that start inside that sentence."""
    starts = [s.start for s in sentences]
    out: dict[int, list] = {}
    for it in items:
        k = bisect_right(starts, it.start) - 1
        if k >= 0 and it.start < sentences[k].end:
            lst = out.get(k)
            if lst is None:
                out[k] = [it]
            else:
                lst.append(it)
    return out


_OR_ALIAS = re.compile(r"^,\s+(?:or|(?:also\s+)?known\s+as|i\.e\.)\s+[A-Za-z0-9\-\s]{2,20},\s*")


_WHICH_INCLUDE_BEFORE = re.compile(r",\s*(?:which|that)\s+(?:include|includes|included|cover|covers|comprise|comprises)\s+[^,;.()]{0,50}$", re.I)
_INCLUDING_BEFORE = re.compile(r"(?:,|\()\s*(?:including|incl\.|excluding|not\s+including)\s+(?:[\w-]+\s+){0,2}$", re.I)
_ASIDE_CLOSE = re.compile(r"\s*[,)]")


_ORG_NAME_BEFORE = re.compile(r"\b(?:Association|Federation|Council|Chamber|Institute|Academy)\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}$")
_ORG_NAME_AFTER = re.compile(r"(?:\s+[A-Z][\w-]*){0,2}?\s+(?:Association|Federation|Council|Chamber|Institute|Manufacturers|Dealers)\b")


def _drop_aliases(text: str, hits: list[Hit]) -> list[Hit]:
    """'new energy vehicle (NEV) production': the bracketed abbreviation repeats the phrase
    before it; as a second subject it would make a list of one. (Also drops an attribute that
    only says what a total covers: ", including exports,".)"""
    out: list[Hit] = []
    for h in hits:
        if h.role.role == "foreign" and _INCLUDING_BEFORE.search(text, max(0, h.start - 30), h.start) \
                and _ASIDE_CLOSE.match(text, h.end):
            continue   # "Total vehicle sales, including exports, climbed 6.1%": what the total covers
        if h.role.role == "subj" and _WHICH_INCLUDE_BEFORE.search(text, max(0, h.start - 60), h.start):
            continue   # "Passenger vehicles, which include SUVs and multipurpose vehicles, made up …": what a kind covers
        if h.role.role == "subj" and text[h.start:h.start + 1].isupper() \
                and (_ORG_NAME_BEFORE.search(text, max(0, h.start - 40), h.start) or _ORG_NAME_AFTER.match(text, h.end)):
            continue   # "the China Association of Automobile Manufacturers said": a name, not the subject
        if out and out[-1].role == h.role and _ALIAS_OPEN.fullmatch(text, out[-1].end, h.start) \
                and _ALIAS_CLOSE.match(text, h.end) \
                and (text[out[-1].end:h.start].strip(" \"'") == "(") == (text[h.end:h.end + 3].strip()[:1] == ")"):
            continue
        out.append(h)
    return out


_PAIR_OF = {v: k for k, v in FLOW_PAIRS.items()}   # indicator -> (subject, attribute)
_SECTOR_KEYS = frozenset(("hightech", "equipment", "consumer", "electronics", "software", "digital", "telecom"))


def _unit_only(q: Hit, nums: list[Num], starts: list[int]) -> bool:
    """'NEVs … Sales jumped 53.3% to 777,000 vehicles': a figure's generic unit names no subject."""
    k = bisect_right(starts, q.start) - 1
    return q.role.key == "auto" and k >= 0 and nums[k].start < q.start and q.end <= nums[k].end


def _resolve_anaphora(hits: list[Hit], nums: list[Num]) -> list[Hit]:
    """'China produced 7.1 million NEVs in 2022, while sales of such vehicles climbed 93%': "such
    vehicles" is the vehicle subject named within the 300 characters before; without one, nothing.
    "The sector's value-added" is likewise the sector named just before."""
    starts = [n.start for n in nums]
    out: list[Hit] = []
    for h in hits:
        if h.role.key == "vehicles_before":
            prev = next((q for q in reversed(out) if q.role.role in ("subj", "combo") and not _unit_only(q, nums, starts)), None)
            key = prev and (prev.role.key if prev.role.role == "subj" else prev.role.key[0])
            if prev is None or key not in ("nev", "auto") or h.start - prev.end > 300:
                continue
            h = Hit(h.start, h.end, PhraseRole("subj", key))
        elif h.role.key == "sector_before":
            prev = next((q for q in reversed(out) if q.role.role in ("subj", "combo")), None)
            key = prev and (prev.role.key if prev.role.role == "subj" else prev.role.key[0])
            if prev is None or key not in _SECTOR_KEYS or h.start - prev.end > 300:
                continue
            h = Hit(h.start, h.end, PhraseRole("subj", key))
        out.append(h)
    return out


_BEIJING_DISPATCH = re.compile(r"据?新华社北京\d{1,2}月\d{1,2}日电")
# a paragraph that opens on the country: "全国层面，上半年…", "从全国看，…"
# (or whose first sentence is on the country: "全国工业增长保持在合理区间。黄利斌介绍，上半年，…")
_ZH_NATIONAL_PARAGRAPH = re.compile(r"^[ \t\u3000]*(?:(?:全国层面|全国方面|从全国(?:层面|范围)?来?看|全国来看|就全国而言|放眼全国)[，,:：]"
                                    r"|全国(?=[^\n。，,;；\d]{2,24}。))", re.M)
_BRIEFING_LEAD = re.compile(r"国务院新闻办公室|国新办|从工业和信息化部获悉|(?:工业和信息化部|工信部)\d{1,2}日(?:公布|发布|介绍|表示)")
_ZH_PROVINCE_MARK = re.compile(_ZH_OWN_SCOPE.pattern + "|" + _ZH_PLACES + r"|[\u4e00-\u9fff]{2,3}(?:省(?!份|级)|自治区|(?<!城)(?<!级)市(?!场|值|民))")   # (not "重返扩张区间", "地级以上城市", "各省份培育省级…", "覆盖全国所有地级市城区")
# (also an unnumbered heading that opens on its scope: "全国:工业生产稳步恢复", "我省：主要指标好于全国")
_SECTION_HEADING = re.compile(r"^[ \t\u3000]*(?:(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d{1,2}[、.]\s*)"
                              r"(?P<h>[^\n。！？.!?]{2,40})|(?P<h2>(?:全国|我省|我市|全省|全市)[:：][^\n。！？.!?，,]{2,30}))[ \t\u3000]*$", re.M)


def _national_sections(text: str) -> list[tuple[int, int]]:
    """The spans of a provincial bulletin's numbered sections from one whose heading names the
    country up to the next whose heading names the province ("一、全国工业经济…" … "四、我省有关情况")."""
    out = []
    start = None
    for m in _SECTION_HEADING.finditer(text):
        h = m.group("h") or m.group("h2")
        if _ZH_OWN_SCOPE.search(h) or _ZH_PLACE_NAME.search(h) or _has_words(lower_ascii(h), _REGION_WORDS, _REGION_BIGRAMS):
            if start is not None:
                out.append((start, m.start()))
                start = None
        elif start is None and ("全国" in h or "national" in h.lower() or "nationwide" in h.lower()):
            start = m.end()
    if start is not None:
        out.append((start, len(text)))
    if not out:
        # a reprint's account of the national briefing: from the sentence after the one reporting
        # the press conference to the first mention of the province ("19日，国务院新闻办公室举行新闻
        # 发布会…。记者从发布会上获悉，上半年，全国…。装备制造业…增长6.5%…。…我省…")
        m = _BRIEFING_LEAD.search(text)
        if m:
            a = text.find("。", m.end())
            own = _ZH_PROVINCE_MARK.search(text, a) if a >= 0 else None
            if a >= 0:
                out.append((a + 1, own.start() if own else len(text)))
        # ("本报讯 …举行新闻发布会…。记者…获悉，我区…。据新华社北京1月19日电 …，全国…"): the wire's
        # account, quoted after the paper's own lead, up to the next mention of the province
        # ("全国层面，上半年…。…\n我区方面，…"): such a paragraph and those after it, up to the same
        for m in (*_BEIJING_DISPATCH.finditer(text), *_ZH_NATIONAL_PARAGRAPH.finditer(text)):
            own = _ZH_PROVINCE_MARK.search(text, m.end())
            out.append((m.end(), own.start() if own else len(text)))
    return out


def _blank(m: re.Match) -> str:
    return " " * len(m.group())


def _names_own_figure(clause: str) -> bool:
    """A Chinese clause that names a figure of its own ("1-9月国内手机总出货量"), not one compared with ("比上年末")."""
    return re.search(r"[量额数]|收入|用户", clause) is not None and re.search(r"比|较|由|从", clause) is None


def _months(p: Period) -> int:
    return (p.end.year - p.start.year) * 12 + p.end.month - p.start.month + 1


def _a_year_before(p: Period) -> Period | None:
    """The same date (a month's end) or the same whole months, a year earlier."""
    if p.instant:
        if p.end != _month_end(p.end.year, p.end.month):
            return None
        d = _month_end(p.end.year - 1, p.end.month)
        return Period(d, d, True)
    return _year_shifted(p, p.end.year - 1)


def _named_month_before(name: str, end: date) -> Period:
    """"from September's 1,287,000 units" in October's figures: the latest month of that name
    before the month ending `end` (December's before January is last year's)."""
    m = MONTHS[name.lower()]
    y = end.year if m < end.month else end.year - 1
    return Period(date(y, m, 1), _month_end(y, m), False)


_ZH_PERIOD_WAS_ASIDE = re.compile(r"份?(?:则|仍)?为(?:同比)?(?:下降|增长)?\s*[\d.]+%(?:[；;。]|$)")
# "汽车：192.6万辆，同比下降4.3%", "其中：新能源汽车　12.9万辆　同比增长53.4%", "工业机器人：同比下降10.0%": a product's line
_ZH_PRODUCT_LINE = re.compile(r"^[ \t■●·•*-]*(?:其中:?\s*)?(?P<label>[\u4e00-\u9fff]{2,12}?)(?::\s*|[ \t]+|(?=\d))(?P<rest>(?:\d|同比)[^\n]*)$", re.M)   # (also "·汽车250.3万辆,下降17.2%")
_PRODUCT_LINE = re.compile(r"^[ \t]*[-•*·]\s*(?P<label>[A-Z][A-Za-z -]{2,40}?):\s+(?P<rest>\d[^\n]*)$", re.M)
_PRODUCT_LINE_ANY = re.compile(r"[ \t]*[-•*·]\s*[A-Z][^:\n]{1,40}:")
_PRODUCT_LINE_RATE = re.compile(r"(?:\s*[a-z]+)?(?:,\s*|\s*\(|\s+)(?P<s>[+-]|up\s|down\s)\s*")
_PRODUCT_HEAD = re.compile(r"\b(?:output|production|products?)\b", re.I)
_NOT_OUTPUT_HEAD = re.compile(r"\b(?:sales|exports?|imports?|prices?|shipments?|demand)\b", re.I)
_ZH_LINE_RATE = re.compile(r"(?<!环比)(?:(?:同比)?(增长|下降)\s*|同比\s*([+-])\s*)(?=\d)")   # (a product line's bare "增长" is on a year before; also "同比 -45.8%")
_ZH_OUTPUT_UNIT = re.compile(r"(?:万|亿)?(?:吨|辆|台|套|部|块|片)")
_TABLE_TITLE_MONTH = re.compile(r",\s*(" + MON + r")\s+((?:19|20)\d\d)\s*(?:\(|$)", re.I)
_TABLE_TITLE_YEAR = re.compile(r"((?:19|20)\d\d)年|,\s*((?:19|20)\d\d)\s*(?:\(|$)")   # (also "… shipments, 2019 (million units)")
_TABLE_YOY_UNIT = re.compile(r"y/y|yoy|y-o-y|oya|同比|ytd", re.I)
_TABLE_TITLE_UNIT = re.compile(r"\(([^()]{1,24})\)\s*:?\s*$")
_TABLE_YOY = re.compile(r"%\s*(?:y/y|yoy|y-o-y)|\byoy\b|\by/y\b|\by-o-y\b|year[\s-]on[\s-]year|同比", re.I)
_TABLE_GROWTH_SUFFIX = re.compile(r"\s*(?:,\s*)?(?:%\s*y/y|y/y|%\s*yoy|yoy|growth(?:\s*\(%\))?)\s*$", re.I)
_TABLE_GROWTH_ONLY = re.compile(r"\s*(?:%\s*)?(?:y/y|yoy|growth|同比(?:增长)?)(?:\s*\(%\)|\s*%)?\s*", re.I)
# what a table label may hold besides the indicator's name
_TABLE_LABEL_REST = re.compile(r"[\s,:'()-]*(?:(?:total|national|china|china's|chinese|nationwide|cumulative|ytd|all|of|the|o/w|which)[\s,:'()-]*)*")
_TABLE_YTD_LABEL = re.compile(r"\b(?:ytd|cumulative)\b", re.I)   # ("IP ytd (% y/y)": the year to date   # ("o/w NEVs": of which
_ZH_CAUSE_OPENING = re.compile(r"(?:受|由于|因)[^。；;]{2,40}(?:影响|因素)")
_TABLE_OUTPUT_TITLE = re.compile(r"\b(?:output|production|products)\b", re.I)
_TABLE_SHORTHAND_FOR = {"ip": "industrial value added above designated size", "iva": "industrial value added above designated size",
                        "vai": "industrial value added above designated size", "mfg": "manufacturing", "va": "value added",
                        "computer/comm/electronics": "electronics manufacturing"}
_TABLE_SHORTHAND = re.compile(r"(?<![\w-])(?:IP|IVA|VAI|mfg|VA|computer/comm/electronics)(?![\w-])", re.I)
_TABLE_SCALES = {"k": 1e3, "thousand": 1e3, "'000": 1e3, "000": 1e3, "mn": 1e6, "m": 1e6, "mln": 1e6, "million": 1e6,
                 "bn": 1e9, "billion": 1e9, "tn": 1e12, "trillion": 1e12, "10,000": 1e4, "10000": 1e4, "100": 1e2}
_TABLE_BASES = {"rmb": "yuan", "cny": "yuan", "yuan": "yuan", "units": "count", "unit": "count", "vehicles": "count",
                "sets": "count", "set": "count", "users": "count", "subscribers": "count", "tonnes": "tonnes", "tons": "tonnes", "ton": "tonnes", "t": "tonnes", "mt": "tonnes", "eflops": "eflops", "gb": "gb"}
_ZH_TABLE_UNIT = re.compile(r"(?P<mag>万亿|亿|万|千|百万)?(?P<base>吨|元|辆|台|套|个|户|部|块|台\(套\)|台套)(?:\((?:台|套)\))?")


def _table_unit(unit: str) -> tuple[str | None, float] | None:
    """(base unit, factor) of a table's unit ("万吨" -> tonnes x 1e4, "Rmb bn" -> yuan x 1e9, "k, year-end"
    -> a count x 1e3), or None when it is not one we know."""
    u = unit.strip()
    zm = _ZH_TABLE_UNIT.fullmatch(u)
    if zm:
        mag = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百万": 1e6}.get(zm.group("mag") or "", 1.0)
        base = {"吨": "tonnes", "元": "yuan"}.get(zm.group("base"), "count")
        return base, mag
    head, *rest = [part.strip().lower() for part in re.split(r",(?!\d{3})", u)]   # ("k, year-end"; not "10,000 tons")
    u = " ".join([head] + [part for part in rest if part in _TABLE_SCALES])   # (but "units, million")
    u = re.sub(r"^(rmb|cny|yuan)(?=[a-z])", r"\1 ", u)   # ("RMBbn")
    if u == "mt":
        return "tonnes", 1e6
    words = [w for w in u.replace("(", " ").replace(")", " ").split() if w != "metric"]   # ("million metric tons", "million mt")
    factor, base = 1.0, None
    for w in words:
        if w in _TABLE_SCALES:
            factor *= _TABLE_SCALES[w]
        elif w in _TABLE_BASES:
            base = _TABLE_BASES[w]
        else:
            return None
    return (base, factor) if words else None


def _cell_scale(unit: str | None, row_scale: tuple[str | None, float] | None, written_out: bool) -> tuple[str | None, float] | None:
    """The scale of one cell in a row whose cells name different units ("| 718,000 | 4.55 million |"):
    its own word over the row's base; a bare figure counts only written out in full ("718,000")."""
    if unit is None:
        return (row_scale[0] if row_scale else None, 1.0) if written_out else None
    own = _table_unit(unit)
    if own is None:
        return None
    return (own[0] or (row_scale[0] if row_scale else None), own[1])


_ZH_PHRASES: dict | None = None


def _zh_phrases() -> dict:
    global _ZH_PHRASES
    if _ZH_PHRASES is None:
        _ZH_PHRASES = dict(phrase_index().zh)
    return _ZH_PHRASES


def _year_shifted(p: Period, y: int) -> Period | None:
    """The same whole months of year `y` (None for a period that is not whole months of one year)."""
    if p.start.day != 1 or p.end.year != p.start.year or p.end != _month_end(p.end.year, p.end.month):
        return None
    return Period(p.start.replace(year=y), _month_end(y, p.end.month), False)


def _rate_list_gap(text: str, a: int, b: int) -> bool:
    """The gap between two rates of one list: ', ' / ' and ', or ' and edging down ' (also after the
    first rate's own "year-on-year": "up 2.4% year-on-year and 1.9% year-on-year, respectively")."""
    if b > a and text[b - 1] == "+":
        b -= 1   # "(+33.7% y/y and +37.5% y/y)": each signed
    y = _YOY_WORD.match(text, a, b)
    m = _LIST_GAP.match(text, y.end() if y else a, b)
    # (but "up 20% year-on-year and up 6.9% from September" is two comparisons)
    return m is not None and (m.end() == b or not y and _GROWTH_BEFORE.match(text[m.end():b]) is not None)


# an opening clause of circumstance: it names no scope of the figures after it
_CIRCUMSTANCE_OPENER = re.compile(r"(?:Despite|In\s+spite\s+of|Amid|Amidst|Notwithstanding|In\s+the\s+face\s+of|Against\s+the\s+backdrop\s+of)\s+[^,;\d]{3,80},\s*")


def _clause_start(text: str, lo: int, pos: int) -> int:
    i = max(text.rfind(";", lo, pos), text.rfind("；", lo, pos), text.rfind(", while", lo, pos),
            text.rfind(", and ", lo, pos), text.rfind(", with ", lo, pos), text.rfind(", but ", lo, pos),
            text.rfind(", as ", lo, pos),   # "... despite trade frictions with the US, as value added grew 5.7%"
            # ("… as supply chains around Shanghai seized up in April, before picking up to 3.9%": also from its comma)
            text.rfind(", before ", lo, pos + 8))
    return i + 1 if i >= 0 else lo


def _clause_end(text: str, pos: int, hi: int) -> int:
    ends = [j for j in (text.find(";", pos, hi), text.find(", while", pos, hi), text.find(", and ", pos, hi),
                        text.find(", with ", pos, hi), text.find(", but ", pos, hi), text.find(", of which", pos, hi),
                        text.find(", among which", pos, hi), text.find(", adding", pos, hi),
                        text.find(", saying", pos, hi), text.find(", noting that", pos, hi),
                        text.find(", even as ", pos, hi), text.find(", as ", pos, hi),
                        text.find(", ahead of ", pos, hi), text.find(", which ", pos, hi),
                        text.find(", though ", pos, hi), text.find(", although ", pos, hi),
                        text.find(" and that ", pos, hi)) if j >= 0]   # ("said China had built … and that operators would …")
    return min(ends) if ends else hi


def _segment_start(text: str, lo: int, pos: int) -> int:
    i = max(text.rfind(";", lo, pos), text.rfind("；", lo, pos))
    return i + 1 if i >= 0 else lo


def _segment_end(text: str, pos: int, hi: int) -> int:
    ends = [j for j in (text.find(";", pos, hi), text.find("；", pos, hi)) if j >= 0]
    return min(ends) if ends else hi
