"""Normalisation, number mentions, period expressions and document metadata."""
from __future__ import annotations

from datetime import date

import pytest

from dagster_project.extraction import extract
from dagster_project.extraction.metadata import extract_metadata
from dagster_project.extraction.normalize import normalise_text, writes_chinese
from dagster_project.extraction.numbers import find_mentions
from dagster_project.extraction.periods import PeriodContext, find_periods, resolve


@pytest.mark.parametrize("raw, expected", [
    ("grew 17.\n\n1 percent", "grew 17.1 percent"),
    ("in 2025.\n\n3 new plants", "in 2025.\n\n3 new plants"),          # a sentence end, not a number
    ("reached 1,\n200 units", "reached 1,200 units"),
    ("had 12,644,\n000 5G base stations", "had 12,644,000 5G base stations"),
    ("up 4.6%year -on -year", "up 4.6% year-on-year"),
    ("\uff15\uff10\uff05\uff0c\u201cok\u201d \u2013 x\u00a0y", '50%,"ok" - x y'),
    ("a  b \n  c", "a b\nc"),
    ("totaled 874\nmillion .", "totaled 874 million ."),                  # magnitude on the next line
    ("totaled 874\nMillions of users", "totaled 874\nMillions of users"),  # a new line that is no magnitude
    ("3.647&nbsp;million &amp; R&D", "3.647 million & R&D"),                # HTML entities from scraped pages
    # a long Chinese prose line wrapped before a figure with its unit; not a short title line
    ("截至6月底,我国累计建成开通5G基站185.4万个,其中上半年新建5G基站42.9万个;5G移动电话用户达到\n4.55亿户。",
     "截至6月底,我国累计建成开通5G基站185.4万个,其中上半年新建5G基站42.9万个;5G移动电话用户达到4.55亿户。"),
    ("工业经济运行情况\n3家企业入选", "工业经济运行情况\n3家企业入选"),
    ("rose 8.9 per-\ncent in March", "rose 8.9 percent in March"),             # a word hyphenated at the wrap
    ("a per-\ncapita figure", "a per-capita figure"),                      # a compound wrapped at its hyphen
    ("Value-\nadded of industrial enterprises", "Value-added of industrial enterprises"),
    ("Output -\nsee table", "Output -\nsee table"),                         # (a dash, not a hyphen)
    ("output of 145 mil-\nlion tonnes", "output of 145 million tonnes"),
    ("the upper-\ncent ile", "the upper-cent ile"),                         # "per" only as a whole word
    ("more than 718\u00a0000 5G base stations", "more than 718,000 5G base stations"),   # thousands set off by spaces
    ("194 730 electric cars", "194,730 electric cars"),
    ("5G users (million) 561 620 676 737\nSource: MIIT", "5G users (million) 561 620 676 737\nSource: MIIT"),   # (a table row stays apart)
    ("base stations ('000) Mar-20 198 n.a.", "base stations ('000) Mar-20 198 n.a."),
    ("5G users (mn, year-end)   355   561   n.a.", "5G users (mn, year-end) 355 561 n.a."),
])
def test_normalise(raw, expected):
    assert normalise_text(raw) == expected


def mentions(text):
    return [(text[m.start:m.end], m.value, m.unit, m.qualifier) for m in find_mentions(text)]



@pytest.mark.parametrize("text, expected", [
    ("CICC Research | 中金研究\n\nChina 1Q23 data\n\nIndustrial production rose 3.0% YoY in 1Q23, accelerating from 2.4% in Jan-Feb.", False),
    ("双语：一季度工业和信息化发展开局良好\nBilingual: China's industry off to a solid start\n\nChina's industrial output grew 6.3 "
     "percent in the first quarter.\n工业和信息化部表示，一季度全国规模以上工业增加值同比增长6.3%。", True),
    ("一季度，全国规模以上工业增加值同比增长6.3%，5G基站总数达到483.8万个。", True),
    ("Industrial output grew 6.3 percent in the first quarter.", False),
])
def test_a_page_is_read_as_chinese_only_when_written_in_it(text, expected):
    assert writes_chinese(text) is expected

@pytest.mark.parametrize("text, expected", [
    ("4.395 million 5G base stations", [("4.395 million", 4395000.0, None, "eq")]),
    ("10G PON ports and 6G trials in the 14th Five-Year Plan, the 16th consecutive year", []),
    ("April 18, 2025 at 10 a.m. in 2025", []),
    ("1. Stability\n(2) Progress", []),
    ("IMT-2030 (6G) and the C919", []),
    ("up 1.9 and 0.5 percentage points", [("1.9", 1.9, "pp", "eq"), ("0.5 percentage points", 0.5, "pp", "eq")]),
    ("rose 26.7% and 23.9%", [("26.7%", 26.7, "percent", "eq"), ("23.9%", 23.9, "percent", "eq")]),
    ("RMB 1.2 trillion and 32bn yuan", [("1.2 trillion", 1.2e12, "yuan", "eq"), ("32bn yuan", 3.2e10, "yuan", "eq")]),
    ("300 PFLOPS and 1,590 EFLOPS", [("300 PFLOPS", 0.3, "eflops", "eq"), ("1,590 EFLOPS", 1590.0, "eflops", "eq")]),
    ("259 million metric tons", [("259 million metric tons", 2.59e8, "tonnes", "eq")]),
    ("an average of 23GB per user", [("23GB", 23.0, "gb", "eq")]),
    ("More than 30,000 basic-level, 1,200 advanced-level and 230 excellence-level factories",
     [("30,000", 30000.0, None, "gt"), ("1,200", 1200.0, None, "gt"), ("230", 230.0, None, "gt")]),
    ("nearly 1.9 trillion yuan, about 40%, approaching 1.2 billion, over 100",
     [("1.9 trillion yuan", 1.9e12, "yuan", "lt"), ("40%", 40.0, "percent", "approx"),
      ("1.2 billion", 1.2e9, None, "lt"), ("100", 100.0, None, "gt")]),
    ("1,000-plus firms", [("1,000-plus", 1000.0, None, "gt")]),
    ("picked up to 3.9 percent and up to 300", [("3.9 percent", 3.9, "percent", "eq"), ("300", 300.0, None, "lt")]),
    ("no fewer than 30, not less than 40 and no more than 50",
     [("30", 30.0, None, "gt"), ("40", 40.0, None, "gt"), ("50", 50.0, None, "lt")]),
    ("two-thirds of cities and seven brands, a thousand items",
     [("two-thirds", 2 / 3, "fraction", "eq"), ("seven", 7.0, None, "eq"), ("a thousand", 1000.0, None, "eq")]),
    ("the first two months and the past five years", []),
    ("80 of the 97 categories", [("80", 80.0, None, "eq"), ("97", 97.0, None, "eq")]),
    ("439.5万个 and 4469亿元 同比增长6.5%", [("439.5万个", 4395000.0, "count", "eq"),
                                        ("4469亿元", 4.469e11, "yuan", "eq"), ("6.5%", 6.5, "percent", "eq")]),
    ("超过1000家", [("1000家", 1000.0, "count", "gt")]),
    ("13.7tn yuan, CNY 1.74 trn and 2.3 bln", [("13.7tn yuan", 1.37e13, "yuan", "eq"), ("1.74 trn", 1.74e12, "yuan", "eq"),
                                               ("2.3 bln", 2.3e9, None, "eq")]),
    # "by X to Y" is a change and a level, "X to Y" alone a range
    ("increased by 22 million to 1.04 billion", [("22 million", 2.2e7, None, "eq"), ("1.04 billion", 1.04e9, None, "eq")]),
    # a magnitude hyphenated to its figure; a round figure passed ("the ... mark") is more than it
    ("a 150-million-ton cut", [("150-million", 1.5e8, None, "eq")]),
    ("users topped the 1-billion mark", [("the 1-billion mark", 1e9, None, "gt")]),
    ("stations crossed the 4 million units milestone", [("the 4 million units milestone", 4e6, "count", "gt")]),
    ("users hit the 1 billion mark", [("the 1 billion mark", 1e9, None, "eq")]),
    ("its user base has crossed 927 million", [("927 million", 9.27e8, None, "gt")]),
    ("the 30 percent mark and the 1 billion target", [("30 percent", 30.0, "percent", "eq"), ("1 billion", 1e9, None, "eq")]),
    # "多"/"余" between the digits and the magnitude: more than that many ten-thousands
    ("5G基站60多万个，创新型中小企业60余万家，收入200多亿元", [("60多万个", 6e5, "count", "gt"), ("60余万家", 6e5, "count", "gt"), ("200多亿元", 2e10, "yuan", "gt")]),
])
def test_mentions(text, expected):
    got = mentions(text)
    assert [(s, round(v, 9), u, q) for s, v, u, q in got] == [(s, round(v, 9), u, q) for s, v, u, q in expected]


def test_range_is_mention_but_flagged():
    ms = find_mentions("grew 20-30%")
    assert [m.value for m in ms] == [20.0, 30.0] and all(m.in_range for m in ms)


CTX = PeriodContext(ref_year=2025, default_year=2025, event_date=date(2025, 7, 20), doc_period=None)


@pytest.mark.parametrize("text, start, end, comparison", [
    ("As of the end of March, x", date(2025, 3, 31), date(2025, 3, 31), False),
    ("by the end of June 2019, x", date(2019, 6, 30), date(2019, 6, 30), False),
    ("at the end of February", date(2025, 2, 28), date(2025, 2, 28), False),
    ("In the first quarter of 2024, x", date(2024, 1, 1), date(2024, 3, 31), False),
    ("in the first two months of this year", date(2025, 1, 1), date(2025, 2, 28), False),
    ("From January to February, x", date(2025, 1, 1), date(2025, 2, 28), False),
    ("January-November 2018", date(2018, 1, 1), date(2018, 11, 30), False),
    ("in the first three quarters of 2023", date(2023, 1, 1), date(2023, 9, 30), False),
    ("in the first half of the year", date(2025, 1, 1), date(2025, 6, 30), False),
    ("in H1 2024", date(2024, 1, 1), date(2024, 6, 30), False),
    ("in December 2024", date(2024, 12, 1), date(2024, 12, 31), False),
    ("in 2018, x", date(2018, 1, 1), date(2018, 12, 31), False),
    ("the whole of last year", date(2024, 1, 1), date(2024, 12, 31), False),
    ("at the close of 2023", date(2023, 12, 31), date(2023, 12, 31), False),
    ("during the 14th Five-Year Plan period", date(2021, 1, 1), date(2025, 12, 31), False),
    ("up 5% from the same period last year", date(2024, 1, 1), date(2024, 12, 31), True),
    ("faster than in the fourth quarter of last year", date(2024, 10, 1), date(2024, 12, 31), True),
    ("截至2025年3月末", date(2025, 3, 31), date(2025, 3, 31), False),
    ("2025年1-2月", date(2025, 1, 1), date(2025, 2, 28), False),
    ("“十三五”末", date(2020, 12, 31), date(2020, 12, 31), False),
    ("“十四五”期间", date(2021, 1, 1), date(2025, 12, 31), False),
    ("是2020年的6倍", date(2020, 1, 1), date(2020, 12, 31), True),   # a multiple of that year's figure
])
def test_periods(text, start, end, comparison):
    (ex,) = find_periods(text)
    p = resolve(ex, CTX)
    assert (p.start, p.end, ex.comparison) == (start, end, comparison)


def test_period_targets_and_vague_do_not_resolve():
    assert [resolve(e, CTX) for e in find_periods("by 2027 and since 2012 and in recent years")] == [None] * 3


@pytest.mark.parametrize("text, title, event, published, start, end", [
    ("SCIO briefing on industry in the first quarter of 2025\n\nBeijing | 10 a.m. April 18, 2025\n\nText.",
     "SCIO briefing on industry in the first quarter of 2025", date(2025, 4, 18), date(2025, 4, 18),
     date(2025, 1, 1), date(2025, 3, 31)),
    ("[Site Update] Press Conference (2025 Industrial Achievements)\n\nPublished: Feb 5, 2026 11:52\n\n"
     "On January 21, 2026, the State Council Information Office held a press conference.",
     "Press Conference (2025 Industrial Achievements)", date(2026, 1, 21), date(2026, 2, 5),
     date(2025, 1, 1), date(2025, 12, 31)),
    ("Briefing on the economy\n\nDate:\n\nJuly 17, 2019\n\nWe will brief you on the first half of the year.",
     "Briefing on the economy", date(2019, 7, 17), date(2019, 7, 17), date(2019, 1, 1), date(2019, 6, 30)),
    ("MIIT holds press conference\n\nUpdated: 2020-10-23\n\nThe ministry held a press conference on October 22, 2020 "
     "on the first three quarters.", "MIIT holds press conference", date(2020, 10, 22), date(2020, 10, 23),
     date(2020, 1, 1), date(2020, 9, 30)),
    ("Review of the 13th Five-Year Plan period\n\nDecember 30, 2020\n\nText.",
     "Review of the 13th Five-Year Plan period", date(2020, 12, 30), date(2020, 12, 30),
     date(2016, 1, 1), date(2020, 12, 31)),
    # no space after the comma; the period from "the first half of the year" in the lead
    ("Industrial output grows steadily in H1\nUpdated: Jul 19,2021 20:31 Xinhua\n\nBEIJING -- Industry grew in "
     "the first half of the year, the ministry said on Monday.", "Industrial output grows steadily in H1",
     None, date(2021, 7, 19), date(2021, 1, 1), date(2021, 6, 30)),
    # a title year that is not over at publication is no reporting period; the lead's quarter is
    ("Industrial economy off to a good start in 2026\nUpdated: 2026-04-17 11:20\n\nIndustrial output grew 6.3 "
     "percent in the first quarter of 2026.", "Industrial economy off to a good start in 2026",
     None, date(2026, 4, 17), date(2026, 1, 1), date(2026, 3, 31)),
    # a year-less dateline is dated from the lead's explicit year
    ("China's 5G base stations top 2.3 mln\n\nBEIJING, Jan. 17 (Xinhua) -- China had built 2.312 million 5G base "
     "stations by the end of 2022.", "China's 5G base stations top 2.3 mln", date(2023, 1, 17), date(2023, 1, 17),
     date(2022, 1, 1), date(2022, 12, 31)),
    # an outlet-and-date line above the headline is a byline
    ("CGTN | 2020-05-14\nChina's industrial production rebounds in April\n\nUpdated 21:15, 14-May-2020\n\n"
     "Industrial output rose 3.9 percent year on year in April.", "China's industrial production rebounds in April",
     date(2020, 5, 14), date(2020, 5, 14), date(2020, 4, 1), date(2020, 4, 30)),
    # "Q1-Q3" in a title is the first three quarters, not the first quarter
    ("MIIT: Industrial production stable in Q1-Q3\n\nXinhua, October 23, 2018\n\nOutput grew.",
     "MIIT: Industrial production stable in Q1-Q3", date(2018, 10, 23), date(2018, 10, 23),
     date(2018, 1, 1), date(2018, 9, 30)),
    # a lead's future clause ("will mark ... in November") and a year not over at publication are
    # not what the text reports on; "first-quarter" is a quarter
    ("China's 5G at five\n\n29 April 2024\n\nChina will mark five years of commercial 5G in November. "
     "The MIIT's first-quarter figures show a large network.", "China's 5G at five", date(2024, 4, 29),
     date(2024, 4, 29), date(2024, 1, 1), date(2024, 3, 31)),
    ("BUSINESS\n\nBy Deng Yaqing | APRIL 28, 2016\n\nIndustry gets off to a firmer start in 2016. Output grew "
     "5.8 percent in the first quarter of 2016.",
     "Industry gets off to a firmer start in 2016. Output grew 5.8 percent in the first quarter of 2016.",
     date(2016, 4, 28), date(2016, 4, 28),
     date(2016, 1, 1), date(2016, 3, 31)),
    # site names and crumb trails above the headline are not the title; a year after "since" is no period;
    # "data released by the MIIT in January" is no period of the data
    ("South China Morning Post\nEconomy \u203a China Economy\n\nChina's car market shrinks for first time since 1990\n\n"
     "Published: 6:30pm, 14 Jan 2019\n\nAccording to data released by the Ministry of Industry and Information "
     "Technology (MIIT) in January, car sales fell 2.8% in 2018.",
     "China's car market shrinks for first time since 1990", date(2019, 1, 14), date(2019, 1, 14), date(2018, 1, 1),
     date(2018, 12, 31)),
    # a month in the lead drills into the cumulative period that ends with it
    ("MIIT briefing on the industrial economy\n\nPublished: 2025-04-18\n\nIn March, industrial value added grew "
     "7.7 percent. In the first quarter, it grew 6.5 percent.", "MIIT briefing on the industrial economy", None,
     date(2025, 4, 18), date(2025, 1, 1), date(2025, 3, 31)),
    # a menu in title case and a "This article is more than 1 year old" banner are not the headline; a title
    # "… through November, already beating all of 2023" reports the year to November (2023 is what it beats)
    ("Singapore Asia World Opinion Life Business Tech Sport Videos Podcasts\n\nThis article is more than 1 year old\n\n"
     "China's EV sales top 11 million through November, already beating all of 2023\n\nPublished Dec 12, 2024\n\nSales rose.",
     "China's EV sales top 11 million through November, already beating all of 2023", None, date(2024, 12, 12),
     date(2024, 1, 1), date(2024, 11, 30)),
    # a crumb trail whose site name has a figure ("FRANCE 24") is still no title (as one, its first word
    # made the page France's own)
    ("FRANCE 24 | WORLD | Asia-Pacific | Business\nAFP\n\nChina's factory output beats forecasts in 2019\n\n"
     "Issued on: 17/01/2020 - 04:41\n\nIndustrial output rose 5.7 percent.",
     "China's factory output beats forecasts in 2019", date(2020, 1, 17), date(2020, 1, 17), date(2019, 1, 1), date(2019, 12, 31)),
    # a chart's span "Jan. 2013–June 2015" is no date ("13-June 2015"); a title on "November activity data"
    # reports that month, not the year to it
    ("Quartz\n\nChina hits its growth target\n\nPublished July 15, 2015\n\nIndustrial production grew 6.8% in June.\n\n"
     "Chart: China industrial production, % change y/y, Jan. 2013\u2013June 2015\n", "China hits its growth target",
     None, date(2015, 7, 15), date(2015, 6, 1), date(2015, 6, 30)),
    ("CHINA'S NOVEMBER ACTIVITY DATA: A BETTER MONTH\n\n16 December 2019 | 10:48 GMT\n\nIP growth jumped to 6.2% y/y "
     "in November. Year-to-date, IP growth was 5.6% y/y in January-to-November.", "CHINA'S NOVEMBER ACTIVITY DATA: A BETTER MONTH",
     date(2019, 12, 16), date(2019, 12, 16), date(2019, 11, 1), date(2019, 11, 30)),
    # a press release's dateline with a state: "REDWOOD CITY, Calif. – February 18, 2025 – According to …"
    ("China Remains the Anchor of Global PON Spending, According to Dell'Oro Group\n\nREDWOOD CITY, Calif. \u2013 February 18, 2025 \u2013 According to a recently published report, "
     "spending fell 11 percent in 2024.", "China Remains the Anchor of Global PON Spending, According to Dell'Oro Group", date(2025, 2, 18), date(2025, 2, 18), date(2024, 1, 1), date(2024, 12, 31)),
    # a note's headline in capitals under its house name and crumbs, over summary bullets
    ("Lombard Street\nResearch  >  China  >  Daily Note\n\nCHINA: MAY DATA - FACTORIES LIMP BACK\n\nAnna Li | Economist\n17 June 2022\n\n"
     "SUMMARY\n- Industrial production grew 0.7% y/y in May\n- Steel output fell 3.5%\n\nGrowth over January-May slowed to 3.3% y/y.",
     "CHINA: MAY DATA - FACTORIES LIMP BACK", date(2022, 6, 17), date(2022, 6, 17), date(2022, 5, 1), date(2022, 5, 31)),
    # a note's series line above its headline names the month ("(Sep.)"), over a lead on the year to date
    ("Capital Economics\nChina Data Response\nChina Activity & Spending (Sep.)\n\nFactories hold up\n\n18th October 2021 | 04:10 GMT\n\n"
     "Industrial production grew 3.1% y/y in September. Growth over January-September as a whole was 11.8% y/y.",
     "Factories hold up", date(2021, 10, 18), date(2021, 10, 18), date(2021, 9, 1), date(2021, 9, 30)),
    # a crumb trail with a date in it ("人民邮电报社 > 人民邮电报 > 2021年12月24日 > …") is no headline
    ("人民邮电报社 > 人民邮电报 > 2021年12月24日 > 第01版：要闻\n\n1—11月通信业经济运行平稳　千兆光网加速普及\n\n来源：人民邮电报　　"
     "发布时间：2021-12-24\n\n本报讯　1—11月，通信行业整体运行平稳。", "1-11月通信业经济运行平稳 千兆光网加速普及",
     date(2021, 12, 24), date(2021, 12, 24), date(2021, 1, 1), date(2021, 11, 30)),
    # a plan not yet over ("as 13th Five-Year Plan nears its end") is no period reported on; the lead's is
    ("China's industry recovers steadily as 13th Five-Year Plan nears its end\n\nOctober 23, 2020\n\n"
     "Industrial value added rose 1.2 percent in the first three quarters of 2020.",
     "China's industry recovers steadily as 13th Five-Year Plan nears its end", date(2020, 10, 23), date(2020, 10, 23),
     date(2020, 1, 1), date(2020, 9, 30)),
    # a one-word site name ("euronews.") is no headline; "Published on 12/12/2025" reads the same in either order
    ("euronews.\nBusiness > Economy\n\nChina's car output keeps climbing\n\nPublished on 12/12/2025 - 9:41 GMT+1 \u2022 Updated 10:05\n\n"
     "Production of automobiles reached 31.231 million units between January and November.",
     "China's car output keeps climbing", None, date(2025, 12, 12), date(2025, 1, 1), date(2025, 11, 30)),
    # a menu of capitalised names with none of a headline's small words is no headline
    ("electrek\nTesla Rivian Lucid GM Ford Hyundai Kia Toyota BYD Energy E-bikes\n\nChina's EV production quadrupled in 2015\n\n"
     "Jason Liu | Jan 21 2016 - 10:48 am PT\n\nThe country produced 340,471 NEVs last year.",
     "China's EV production quadrupled in 2015", date(2016, 1, 21), date(2016, 1, 21), date(2015, 1, 1), date(2015, 12, 31)),
    # a site's menu with a brand's own case ("iPlayer") is no headline
    ("BBC\nNews  Sport  Weather  iPlayer  Sounds\n\nChina economy: Industrial output growth slows to 17-year low\n\n14 August 2019\n\n"
     "Industrial production rose by 4.8% in July.",
     "China economy: Industrial output growth slows to 17-year low", date(2019, 8, 14), date(2019, 8, 14), date(2019, 7, 1), date(2019, 7, 31)),
    # the dateline's month is not the month of "Value added …" on the next paragraph
    ("China's factories bounce back\n\n23 March 2021\n\nValue added of industrial enterprises above designated size grew "
     "2.8 per cent in 2020.",
     "China's factories bounce back", date(2021, 3, 23), date(2021, 3, 23), date(2020, 1, 1), date(2020, 12, 31)),
    # a broker note's "Accessible version" line over its headline
    ("BofA GLOBAL RESEARCH\n\nAccessible version\n\nChina Economic Watch\n\nChina: May activity - industry loses steam\n\n21 June 2023\n\n"
     "Industrial production rose 3.5% yoy in May.",
     "China: May activity - industry loses steam", date(2023, 6, 21), date(2023, 6, 21), date(2023, 5, 1), date(2023, 5, 31)),
    # seven short masthead lines (bank, department, region, country, desk, a "Date" label, the series) over the
    # headline; "October activity:" with no "data" after it is still the month's figures
    ("Nomura\nGlobal Markets Research\nAsia\nChina\nEconomics\nDate\n18 November 2024\nChina Data Flash\n\n"
     "October activity: consumption perks up, property still drags\n\nIndustrial production rose 5.3% yoy in October.",
     "October activity: consumption perks up, property still drags", date(2024, 11, 18), date(2024, 11, 18),
     date(2024, 10, 1), date(2024, 10, 31)),
    # "Update: January, 28/2016 - 09:14" (Viet Nam News): a byline's date, no headline
    ("Viet Nam News\nTHE NATIONAL ENGLISH LANGUAGE DAILY\n\nEconomy > Regional\n\nUpdate: January, 28/2016 - 09:14\n\n"
     "China's industrial growth slows to 6.1% in 2015\n\nBEIJING - Industrial value added rose 6.1 per cent in 2015.",
     "China's industrial growth slows to 6.1% in 2015", date(2016, 1, 28), date(2016, 1, 28), date(2015, 1, 1), date(2015, 12, 31)),
    # "China's Factory Output Slumped in April": April's news, though the lead gives the first four months too
    # (a quarter's last month in the title is read as the briefing's year to date)
    ("China's Factory Output Slumped in April\n\nMay 15, 2019\n\nIndustrial production grew 5.4% in April. For the first four "
     "months, output rose 6.2%.",
     "China's Factory Output Slumped in April", date(2019, 5, 15), date(2019, 5, 15), date(2019, 4, 1), date(2019, 4, 30)),
    ("China's Factory Output Picked Up in March\n\nApril 17, 2019\n\nIndustrial production grew 8.5% in March. For the first "
     "quarter, output rose 6.5%.",
     "China's Factory Output Picked Up in March", date(2019, 4, 17), date(2019, 4, 17), date(2019, 1, 1), date(2019, 3, 31)),
    # a note's headline in title case with its colon and commas is no site menu; the analysts' phone numbers
    # and e-mails under it are no headline
    ("Broker Research | Economics | Asia\n\nChina Economics View\n19 March 2024\n\nChina - Jan-Feb Activity: Factories Run Hot, "
     "Consumers Less So\n\nJane Doe, CFA\nChief China Economist\n+852-2500-0000\njane.doe@example.com\n\nIndustrial production rose 7.0% "
     "YoY in Jan-Feb. Equipment manufacturing value added rose 7.8%.",
     "China - Jan-Feb Activity: Factories Run Hot, Consumers Less So", date(2024, 3, 19), date(2024, 3, 19), date(2024, 1, 1), date(2024, 2, 29)),
    # a release calendar's rows are not the page's date: the headline's month is the period
    ("China Industrial Production\n\nIndustrial Production in China increased 4.40 percent in August of 2019 over the same month "
     "in the previous year.\n\nCalendar GMT Reference Actual Previous Consensus\n2019-07-15 02:00 AM Jun 6.3% 5.0% 5.2%\n"
     "2019-08-14 02:00 AM Jul 4.8% 6.3% 5.8%\n",
     "Industrial Production in China increased 4.40 percent in August of 2019 over the same month in the previous year.",
     None, None, date(2019, 8, 1), date(2019, 8, 31)),
])
def test_metadata(text, title, event, published, start, end):
    meta = extract_metadata(normalise_text(text))
    assert (meta.title, meta.event_date, meta.published_date, meta.period_start, meta.period_end) == (
        title, event, published, start, end)


def test_a_photo_captions_month_is_not_the_reporting_period():
    meta = extract_metadata(normalise_text(
        "China's 5G base stations top 2.3m\n\nUpdated: 2023-01-18 17:05\n\n"
        "A technician checks a 5G base station in Gansu province, in August. [Photo by Wang Jiang]\n\n"
        "China had built 2.312 million 5G base stations by the end of last year."))
    assert (meta.period_start, meta.period_end) == (date(2022, 1, 1), date(2022, 12, 31))


def test_metadata_without_dates_warns():
    meta = extract(("Notes on industry\n\nOutput kept growing.")).document
    assert meta.event_date is None and meta.published_date is None and meta.period_start is None
    assert meta.warnings


def test_a_page_flattened_into_one_line_is_cut_into_bounded_sentences():
    from dagster_project.extraction.segment import MAX_SENTENCE, segment
    clause = "in 2024 5G base stations reached 4.25 million, "
    text = "Table " + clause * 300
    _, sentences = segment(text)
    assert len(sentences) > 1
    assert all(s.end - s.start <= MAX_SENTENCE for s in sentences)
    # pieces cover the text without overlap, cut after a comma
    assert all(a.end <= b.start for a, b in zip(sentences, sentences[1:]))
    assert all(text[s.end - 1] == "," for s in sentences[:-1])


def test_an_anchor_ending_in_a_space_does_not_hide_the_next_one():
    """scan_anchors consumes the character before each anchor: a pattern whose literal start is
    "the " must not swallow the space that the next pattern's anchor ("first") needs."""
    from dagster_project.extraction.anchors import AnchorMatcher, lower_ascii, scan_anchors

    m = AnchorMatcher([(r"the year-end", "ye"), (r"first quarter", "q1")])
    low = lower_ascii("Output at the first quarter and at the year-end.")
    hits = scan_anchors(low, [m])
    assert [payload for _, payload in m.finditer(low, hits=hits)] == ["q1", "ye"]
