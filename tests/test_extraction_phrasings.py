"""Real-world briefing phrasings (extractor 1.1.0 - 1.63.0): relative years, additions stated after the noun,
growth-then-level, "that of" anaphora, respectively lists after a shared figure, shares of mobile
users, single-month flows, and news datelines. All sentences are written for these tests.

Each case states the exact observations expected, so a wrong value, period or concept fails.
"""
from __future__ import annotations

from datetime import date

import pytest

from dagster_project.extraction import extract
from dagster_project.extraction.metadata import extract_metadata
from dagster_project.extraction.normalize import normalise_text


def obs(text: str) -> set[tuple]:
    return {(o.indicator_id, o.measure, o.period_start, o.period_end, round(o.value, 6), o.qualifier)
            for o in extract(text).observations}


def year(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 12, 31)


def dec31(y: int) -> tuple[date, date]:
    return date(y, 12, 31), date(y, 12, 31)


FY2018 = "Telecom sector reports solid growth in 2018\n\nPublished: 2019-01-25\n\n"
FY2021 = "Industrial economy in 2021\n\nPublished: 2022-01-19\n\n"
Q3_2022 = "Telecom operation in the first three quarters of 2022\n\nPublished: 2022-10-24\n\n"


# --- 1. relative years resolve against the text's own date ------------------------------------
CASES = {
    "last_year_is_the_year_before_publication": (
        FY2018 + "Telecom business revenue reached 1.3 trillion yuan last year, up 3 percent.",
        {("telecom_business_revenue", "level", *year(2018), 1.3e12, "eq"),
         ("telecom_business_revenue", "yoy_pct", *year(2018), 3.0, "eq")}),
    "whole_of_last_year": (
        FY2018 + "In the whole of last year, the software industry earned revenue of 6.3 trillion yuan.",
        {("software_it_services_revenue", "level", *year(2018), 6.3e12, "eq")}),
    "stock_by_end_of_last_year": (
        FY2018 + "Gigabit broadband users totaled 2.5 million by the end of last year.",
        {("gigabit_broadband_users", "level", *dec31(2018), 2.5e6, "eq")}),
    "dated_prose_in_lead_is_not_the_publication_date": (
        "China's telecom industry in 2018\n\nUpdated: 2019-01-25\n\n"
        "As of December 31, 2018, the country had 1.2 million industrial robots in use. "
        "Telecom business revenue reached 1.3 trillion yuan last year.",
        {("telecom_business_revenue", "level", *year(2018), 1.3e12, "eq")}),
    "yearless_news_dateline": (
        "China's telecom revenue up 3 pct in 2018\n\nBEIJING, Jan. 25 (Xinhua) -- "
        "Telecom business revenue reached 1.3 trillion yuan last year, according to the ministry, "
        "which published the data on December 28, 2018.",
        {("telecom_business_revenue", "level", *year(2018), 1.3e12, "eq")}),

    # --- 2. additions stated after the noun or by other verbs: never the cumulative count ------
    "newly_recognised_after_noun": (
        FY2021 + "In 2021, 150 national green factories were newly recognised.", set()),
    "selected_this_year": (
        FY2021 + "This time 662 national green factories were selected this year.", set()),
    "certified_last_year": (
        "Green manufacturing in 2021\n\nPublished: 2022-02-10\n\n662 national green factories were certified last year.",
        set()),
    "built_in_year": (
        FY2021 + "Some 654,000 5G base stations were built in 2021.", set()),
    "were_added": (
        FY2021 + "In 2021, 65,000 5G base stations were added in rural areas.", set()),
    "net_increase_of": (
        FY2021 + "The year saw a net increase of 654,000 5G base stations.", set()),
    "rose_by_count": (
        FY2021 + "Gigabit broadband users rose by 30 million.", set()),
    "chinese_net_increase": (
        "2021年通信业统计公报\n\n发布时间：2022-01-24\n\n全年5G基站净增65.4万个。", set()),
    "chinese_addition_then_total": (
        "2021年通信业统计公报\n\n发布时间：2022-01-24\n\n全年新增5G基站65.4万个，5G基站总数达142.5万个。",
        {("five_g_base_stations", "level", *dec31(2021), 1425000.0, "eq")}),
    "cumulative_had_been_cultivated_is_a_stock": (
        FY2021 + "By the end of 2021, 2,783 national green factories had been cultivated.",
        {("national_green_factories", "level", *dec31(2021), 2783.0, "eq")}),

    # --- 3. growth first, then the level ------------------------------------------------------
    "growth_then_level_decreased_by": (
        FY2021 + "Crude steel output decreased by 3 percent year-on-year to 1.03 billion tonnes in 2021.",
        {("crude_steel_output", "level", *year(2021), 1.03e9, "eq"),
         ("crude_steel_output", "yoy_pct", *year(2021), -3.0, "eq")}),
    "growth_then_level_increased_by": (
        FY2021 + "Telecom business revenue increased by 8 percent year on year to 1.47 trillion yuan.",
        {("telecom_business_revenue", "level", *year(2021), 1.47e12, "eq"),
         ("telecom_business_revenue", "yoy_pct", *year(2021), 8.0, "eq")}),
    "growth_then_level_units": (
        FY2021 + "Output of industrial robots jumped 44.9 percent from a year earlier to 366,000 sets.",
        {("industrial_robot_output", "level", *year(2021), 366000.0, "eq"),
         ("industrial_robot_output", "yoy_pct", *year(2021), 44.9, "eq")}),
    "growth_then_level_stock": (
        FY2021 + "The number of 5G base stations grew 97 percent year on year to 1.425 million.",
        {("five_g_base_stations", "level", *dec31(2021), 1425000.0, "eq"),
         ("five_g_base_stations", "yoy_pct", *dec31(2021), 97.0, "eq")}),
    # the change is not a range ("654,000 to 1.425 million") and not the level; the new total is
    "stock_rose_by_count_to_level": (
        FY2021 + "5G base stations increased by 654,000 to 1.425 million.",
        {("five_g_base_stations", "level", *dec31(2021), 1425000.0, "eq")}),
    "range_after_by_is_still_a_range": (
        FY2021 + "5G base stations increased by 1.2 to 1.5 million.", set()),

    # --- 4. "that of" repeats the attribute ---------------------------------------------------
    "that_of_value_added": (
        FY2021 + "The added value of consumer goods industries edged up 4.1 percent, while that of "
                 "electronic information manufacturing climbed 15.7 percent.",
        {("consumer_goods_value_added", "yoy_pct", *year(2021), 4.1, "eq"),
         ("electronics_manufacturing_value_added", "yoy_pct", *year(2021), 15.7, "eq")}),
    "that_of_revenue_level": (
        FY2021 + "Revenue of the software industry hit 9.5 trillion yuan, and that of the telecom industry "
                 "stood at 1.47 trillion yuan.",
        {("software_it_services_revenue", "level", *year(2021), 9.5e12, "eq"),
         ("telecom_business_revenue", "level", *year(2021), 1.47e12, "eq")}),
    "than_that_of_is_a_comparison": (
        FY2021 + "The value added of high-tech manufacturing rose 18.2 percent, 8.6 percentage points faster "
                 "than that of equipment manufacturing.",
        {("high_tech_manufacturing_value_added", "yoy_pct", *year(2021), 18.2, "eq")}),

    # --- 5. respectively list after a shared figure -------------------------------------------
    "respectively_after_shared_figure": (
        FY2021 + "Production and sales of new energy vehicles both topped 3.5 million units, reaching "
                 "3.545 million and 3.521 million units respectively.",
        {("nev_production", "level", *year(2021), 3545000.0, "eq"),
         ("nev_sales", "level", *year(2021), 3521000.0, "eq")}),

    # --- 6. share of all mobile phone users ---------------------------------------------------
    "share_percent_word": (
        Q3_2022 + "By the end of September, 5G mobile phone users reached 510 million, making up 30.2 percent "
                  "of the total number of mobile phone users.",
        {("five_g_mobile_users", "level", date(2022, 9, 30), date(2022, 9, 30), 5.1e8, "eq"),
         ("five_g_share_of_mobile_users", "level", date(2022, 9, 30), date(2022, 9, 30), 30.2, "eq")}),
    "share_per_cent": (
        Q3_2022 + "5G users accounted for 30.2 per cent of all mobile subscribers at the end of September.",
        {("five_g_share_of_mobile_users", "level", date(2022, 9, 30), date(2022, 9, 30), 30.2, "eq")}),

    # --- 7. single-month flows ----------------------------------------------------------------
    "month_alone_without_preposition": (
        FY2021 + "November alone saw NEV sales of 450,000 units.",
        {("nev_sales", "level", date(2021, 11, 1), date(2021, 11, 30), 450000.0, "eq")}),
    "for_the_month_of": (
        FY2021 + "Computer output for the month of November stood at 41.3 million units.",
        {("computer_output", "level", date(2021, 11, 1), date(2021, 11, 30), 4.13e7, "eq")}),
    "in_month_alone_with_growth": (
        FY2021 + "In November alone, crude steel output was 69.3 million tonnes, down 22 percent.",
        {("crude_steel_output", "level", date(2021, 11, 1), date(2021, 11, 30), 6.93e7, "eq"),
         ("crude_steel_output", "yoy_pct", date(2021, 11, 1), date(2021, 11, 30), -22.0, "eq")}),
    "month_alone_addition_is_nothing": (
        FY2021 + "In November alone, 5G base stations increased by 80,000.", set()),

    # --- regressions that must keep working ---------------------------------------------------
    "jan_feb_range": (
        "Industrial production in the first two months of 2022\n\nPublished: 2022-03-15\n\n"
        "In January-February, China's value-added industrial output above designated size grew 7.5 percent.",
        {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 2, 28), 7.5, "eq")}),
    "chinese_level_not_net_increase": (
        "2022年前三季度通信业经济运行情况\n\n发布时间：2022-10-24\n\n截至9月末，5G基站总数达222万个，比上年末净增79.5万个。",
        {("five_g_base_stations", "level", date(2022, 9, 30), date(2022, 9, 30), 2220000.0, "eq")}),
    "province_is_nothing": (
        FY2021 + "Guangdong province had built 170,000 5G base stations.", set()),
    "target_is_nothing": (
        FY2021 + "China will add 600,000 5G base stations in 2022.", set()),
    "dou_month": (
        FY2021 + "In December 2021, mobile data usage per user (DOU) reached 14.72 GB, up 25.2 percent year on year.",
        {("mobile_dou", "level", date(2021, 12, 1), date(2021, 12, 31), 14.72, "eq"),
         ("mobile_dou", "yoy_pct", date(2021, 12, 1), date(2021, 12, 31), 25.2, "eq")}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_phrasing(name):
    text, expected = CASES[name]
    got = obs(text)
    if name == "yearless_news_dateline":
        got = {g for g in got if g[1] == "level"}   # the title's "up 3 pct" is a separate statement
    assert got == expected


@pytest.mark.parametrize("text, event, published", [
    # a year-less dateline takes the first such day after the reporting period
    ("China's NEV sales in 2021\n\nBEIJING, Jan. 12 (Xinhua) -- NEV sales reached 3.52 million units.",
     date(2022, 1, 12), date(2022, 1, 12)),
    # ordinal day and day-month-year with hyphens
    ("Steel output in 2021\n\nJanuary 17th, 2022\n\nCrude steel output fell.", date(2022, 1, 17), date(2022, 1, 17)),
    ("Steel output in 2021\n\nUpdated 15:20, 17-Jan-2022\n\nCrude steel output fell.", date(2022, 1, 17), date(2022, 1, 17)),
    # prose "released on <date>" is not a Published label; a date after "as of" is a period
    ("Telecom in 2021\n\nPublished: 2022-01-24\n\nAs of December 31, 2021, there were 1.4 million 5G base stations "
     "across the country, and the full-year figures were released on January 20, 2022 by the statistics department "
     "of the ministry.", None, date(2022, 1, 24)),
])
def test_document_dates(text, event, published):
    meta = extract_metadata(normalise_text(text))
    assert (meta.event_date, meta.published_date) == (event, published)


def test_comparison_word_in_the_previous_sentence_does_not_make_a_period_a_comparison():
    # "from" belongs to the first sentence; "In November alone" is the second sentence's own period.
    text = (FY2021 + "Crude steel output grew 3 percent year on year to 1.03 billion tonnes in 2021, "
            "according to data from the statistics bureau. In November alone, crude steel output "
            "was 69.8 million tonnes, down 22 percent.")
    assert obs(text) == {
        ("crude_steel_output", "level", *year(2021), 1.03e9, "eq"),
        ("crude_steel_output", "yoy_pct", *year(2021), 3.0, "eq"),
        ("crude_steel_output", "level", date(2021, 11, 1), date(2021, 11, 30), 69.8e6, "eq"),
        ("crude_steel_output", "yoy_pct", date(2021, 11, 1), date(2021, 11, 30), -22.0, "eq"),
    }


@pytest.mark.parametrize("line, expected", [
    ("BEIJING, Sept. 11, 2024 (Xinhua) -- China's output of new energy vehicles rose in August, "
     "according to industry data released on Wednesday, with both production and sales surging.",
     date(2024, 9, 11)),
    ("Hangzhou, March 3, 2023 -- The province said it will keep investing in networks, factories "
     "and platforms this year, as part of a plan announced by the provincial government.",
     date(2023, 3, 3)),
    # a date inside prose after a place name is not the text's own date
    ("In Beijing, March 3, 2023 was remembered as the day the provincial plan was announced to "
     "reporters, officials and the many companies that attended the long meeting.", None),
])
def test_news_dateline_with_a_year_gives_the_event_date(line, expected):
    meta = extract_metadata(normalise_text("Industry news\n\n" + line + "\n"))
    assert meta.event_date == expected


def test_month_flows_after_a_dated_news_dateline():
    text = ("NEV output\n\nBEIJING, Sept. 11, 2024 (Xinhua) -- China's NEV makers had a strong summer. "
            "NEV production reached 1.093 million units in August, up 30.5 percent year on year.\n")
    assert obs(text) == {
        ("nev_production", "level", date(2024, 8, 1), date(2024, 8, 31), 1093000.0, "eq"),
        ("nev_production", "yoy_pct", date(2024, 8, 1), date(2024, 8, 31), 30.5, "eq"),
    }


# --- extractor 1.2.0: list items "N <unit> of <noun>", "of which N were <noun>", world ranks,
# --- and "the industry" naming the previous sentence's industry -----------------------------
FY2024 = "Computing power and networks in 2024\n\nPublished: 2025-01-20\n\n"
H1_2019 = "Software industry in the first half of 2019\n\nPublished: 2019-07-25\n\n"


def h1(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 6, 30)


def jun30(y: int) -> tuple[date, date]:
    return date(y, 6, 30), date(y, 6, 30)


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of 2024, total computing power reached 280 EFLOPS, including 90 EFLOPS of "
     "intelligent computing power.",
     {("computing_power_total", "level", *dec31(2024), 280.0, "eq"),
      ("intelligent_computing_power", "level", *dec31(2024), 90.0, "eq")}),
    ("As of the end of 2024, the country's total computing power stood at 250 EFLOPS, "
     "including more than 75 EFLOPS of intelligent computing power.",
     {("computing_power_total", "level", *dec31(2024), 250.0, "eq"),
      ("intelligent_computing_power", "level", *dec31(2024), 75.0, "gt")}),
    ("By the end of 2024, total computing power reached 280 EFLOPS, of which 90 EFLOPS was "
     "intelligent computing power.",
     {("computing_power_total", "level", *dec31(2024), 280.0, "eq"),
      ("intelligent_computing_power", "level", *dec31(2024), 90.0, "eq")}),
    ("By the end of 2024, the country had 280 EFLOPS of total computing power and 90 EFLOPS of "
     "intelligent computing power.",
     {("intelligent_computing_power", "level", *dec31(2024), 90.0, "eq")}),
    # not the national figure, an addition, or a target: nothing for intelligent computing power
    ("By the end of 2024, the Guizhou hub had 80 EFLOPS, including 30 EFLOPS of intelligent "
     "computing power.", set()),
    ("In 2024, 30 EFLOPS of computing power was added, including 10 EFLOPS of intelligent "
     "computing power.", set()),
    ("The new campus hosts a data center with 90 EFLOPS of intelligent computing power.", set()),
    ("By the end of 2024, the hub had 280 EFLOPS, with 90 EFLOPS of intelligent computing "
     "power planned by 2025.", set()),
])
def test_unit_of_noun_inside_a_list(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of 2024, China had 12 million mobile base stations, of which 4.2 million were "
     "5G base stations.",
     {("five_g_base_stations", "level", *dec31(2024), 4.2e6, "eq")}),
    ("By the end of 2024, the country had 12 million mobile base stations, among which 4.2 "
     "million were 5G base stations.",
     {("five_g_base_stations", "level", *dec31(2024), 4.2e6, "eq")}),
    ("By the end of 2024, there were 1.1 billion mobile phone users, of which 800 million were "
     "5G mobile phone users.",
     {("five_g_mobile_users", "level", *dec31(2024), 8e8, "eq")}),
    # a year's additions, a region, or a share: not the cumulative national count
    ("In 2024, China built 1 million new base stations, of which 400,000 were 5G base stations.", set()),
    ("By the end of 2024, 1 million base stations had been built this year, of which 400,000 "
     "were 5G base stations.", set()),
    ("By the end of 2024, Guangdong had 300,000 mobile base stations, of which 100,000 were 5G "
     "base stations.", set()),
    ("By the end of 2024, China had 1.1 billion mobile users, of which 80 percent were 5G users.", set()),
])
def test_of_which_n_were_noun(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of June 2024, China's total computing power had reached 197 EFLOPS, ranking "
     "second in the world.",
     {("computing_power_total", "level", *jun30(2024), 197.0, "eq")}),
    ("By the end of June 2024, China's total computing power ranked second in the world, "
     "reaching 197 EFLOPS.",
     {("computing_power_total", "level", *jun30(2024), 197.0, "eq")}),
    ("By the end of June 2024, China's total computing power reached 197 EFLOPS and ranked "
     "second globally.",
     {("computing_power_total", "level", *jun30(2024), 197.0, "eq")}),
    ("By the end of June 2024, 5G base stations in China reached 3.9 million, ranking first "
     "in the world.",
     {("five_g_base_stations", "level", *jun30(2024), 3.9e6, "eq")}),
    # the figure itself is the world's: still nothing
    ("By the end of June 2024, global 5G users reached 1.5 billion.", set()),
    ("By the end of June 2024, the number of 5G base stations worldwide reached 6 million, "
     "ranking first in history.", set()),
    ("By the end of June 2024, 5G base stations around the world reached 6 million.", set()),
    ("By the end of June 2024, global computing power reached 1,000 EFLOPS, ranking second in "
     "the world.", set()),
])
def test_world_rank_after_the_value_is_not_the_scope(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_share_of_the_world_total_is_not_the_indicator():
    text = FY2024 + ("By the end of 2024, China's 5G base stations accounted for 60 percent of "
                     "the world's total.")
    assert not {o for o in obs(text) if o[0] == "five_g_base_stations"}


@pytest.mark.parametrize("text, expected", [
    (H1_2019 + "In the first half of 2019, the software and information technology services industry "
     "registered business revenue of 3.39 trillion yuan, up 15.4 percent. The total profits of the "
     "industry stood at 427.9 billion yuan, up 11.8 percent.",
     {("software_it_services_revenue", "level", *h1(2019), 3.39e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *h1(2019), 15.4, "eq"),
      ("software_industry_profit", "level", *h1(2019), 427.9e9, "eq"),
      ("software_industry_profit", "yoy_pct", *h1(2019), 11.8, "eq")}),
    (H1_2019 + "In the first half of 2019, the software industry registered business revenue of 3.39 "
     "trillion yuan. Profits of the industry reached 427.9 billion yuan.",
     {("software_it_services_revenue", "level", *h1(2019), 3.39e12, "eq"),
      ("software_industry_profit", "level", *h1(2019), 427.9e9, "eq")}),
    (H1_2019 + "In the first half of 2019, digital industry revenue reached 8 trillion yuan. The total "
     "profit of the sector was 600 billion yuan, up 5 percent.",
     {("digital_industry_revenue", "level", *h1(2019), 8e12, "eq"),
      ("digital_industry_profit", "level", *h1(2019), 600e9, "eq"),
      ("digital_industry_profit", "yoy_pct", *h1(2019), 5.0, "eq")}),
    # two industries before, a new paragraph, a region, another attribute, or no catalogue pair
    (H1_2019 + "In the first half of 2019, the software industry and the telecom industry grew. The total "
     "profits of the industry stood at 427.9 billion yuan, up 11.8 percent.", set()),
    (H1_2019 + "In the first half of 2019, the software industry grew fast.\n\nThe total profits of the "
     "industry stood at 427.9 billion yuan, up 11.8 percent.", set()),
    (H1_2019 + "In the first half of 2019, the software industry grew fast. The total profits of the "
     "industry in Guangdong stood at 42.9 billion yuan.", set()),
    (H1_2019 + "In the first half of 2019, the software industry grew fast. The total exports of the "
     "industry stood at 42.9 billion yuan.", set()),
    (H1_2019 + "In the first half of 2019, NEV sales grew fast. The total profits of the industry stood "
     "at 42.9 billion yuan.", set()),
])
def test_the_industry_names_the_previous_sentences_industry(text, expected):
    assert obs(text) == expected


# --- extractor 1.3.0: one figure shared by two indicators, "car" for automobiles, growth after a
# --- verb-led flow with a time phrase in between --------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    ("Automobile production and sales both exceeded 31 million units.",
     {("auto_production", "level", *year(2024), 3.1e7, "gt"), ("auto_sales", "level", *year(2024), 3.1e7, "gt")}),
    # the precise figures stated later win over the shared rounded one
    ("Automobile production and sales both exceeded 31 million units. Car production and sales "
     "reached 31.28 million and 31.44 million units respectively, up 3.7 percent and 4.5 percent year on year.",
     {("auto_production", "level", *year(2024), 3.128e7, "eq"), ("auto_sales", "level", *year(2024), 3.144e7, "eq"),
      ("auto_production", "yoy_pct", *year(2024), 3.7, "eq"), ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq")}),
    # passenger cars are a subset, not all automobiles
    ("Passenger car sales reached 22.6 million units, up 5.8 percent.", set()),
    ("China sold 12.87 million new energy vehicles last year, up 35.5 percent.",
     {("nev_sales", "level", *year(2024), 1.287e7, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
])
def test_shared_figures_and_cars(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_undated_flow_in_a_five_year_plan_briefing_is_dropped():
    fyp = ("Press conference on the achievements of the 14th Five-Year Plan (2021-2025)\n\n"
           "Published: 2025-10-22\n\n")
    got = obs(fyp + "The software industry generated revenue of 13.7 trillion yuan. "
                    "By the end of September 2025, China had 4.64 million 5G base stations.")
    assert got == {("five_g_base_stations", "level", date(2025, 9, 30), date(2025, 9, 30), 4.64e6, "eq")}


def test_no_period_ends_after_the_briefing_except_year_end_conferences():
    fyp = ("Press conference on the achievements of the 14th Five-Year Plan (2021-2025)\n\n"
           "Published: 2025-10-22\n\n")
    # an undated stock would be "as of 2025-12-31", two months after the briefing
    assert obs(fyp + "China has 4.6 million 5G base stations.") == set()
    year_end = "National industry and information technology work conference\n\nPublished: 2024-12-27\n\n"
    assert obs(year_end + "By the end of 2024, China had 4.2 million 5G base stations.") == {
        ("five_g_base_stations", "level", *dec31(2024), 4.2e6, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    ("China had 2.28 million 5G base stations by end-November.",
     {("five_g_base_stations", "level", date(2024, 11, 30), date(2024, 11, 30), 2.28e6, "eq")}),
    ("As of end-June 2024, gigabit broadband users stood at 190 million.",
     {("gigabit_broadband_users", "level", *jun30(2024), 1.9e8, "eq")}),
    # a date the rules cannot read: nothing, rather than the briefing's own period
    ("As of March 20, 5G mobile phone users reached 1 billion.", set()),
    # the day something was said is not the data's date
    ("5G mobile phone users reached 1 billion, the MIIT said on Jan. 20.",
     {("five_g_mobile_users", "level", *dec31(2024), 1e9, "eq")}),
])
def test_end_month_and_unreadable_dates(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a period between the indicator and its verb; "came in at" and "averaged" link a value
    ("Telecom business revenue in the first three quarters came in at 1.2 trillion yuan, up 8 percent year on year.",
     {("telecom_business_revenue", "level", date(2024, 1, 1), date(2024, 9, 30), 1.2e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 8.0, "eq")}),
    ("Mobile internet traffic per user per month (DOU) averaged 18.5 GB in November, up 10.3 percent.",
     {("mobile_dou", "level", date(2024, 11, 1), date(2024, 11, 30), 18.5, "eq"),
      ("mobile_dou", "yoy_pct", date(2024, 11, 1), date(2024, 11, 30), 10.3, "eq")}),
    # "revenue of <someone else>" is still nothing
    ("Revenue in 2024 of China Mobile reached 1 trillion yuan.", set()),
])
def test_period_inside_the_frame(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_chinese_shares_and_dou_of_one_month():
    text = ("2024年通信业运行情况\n\n发布时间：2025-01-22\n\n"
            "截至12月末，5G移动电话用户达10.14亿户，占移动电话用户的56.7%。"
            "千兆及以上接入速率的固定互联网宽带接入用户达2.07亿户，占固定互联网宽带接入用户总数的31.7%。"
            "12月当月DOU达20.5GB/户。广东省5G移动电话用户占移动电话用户的60.1%。")
    assert obs(text) == {
        ("five_g_mobile_users", "level", *dec31(2024), 1.014e9, "eq"),
        ("five_g_share_of_mobile_users", "level", *dec31(2024), 56.7, "eq"),
        ("gigabit_broadband_users", "level", *dec31(2024), 2.07e8, "eq"),
        ("gigabit_share_of_broadband_users", "level", *dec31(2024), 31.7, "eq"),
        ("mobile_dou", "level", date(2024, 12, 1), date(2024, 12, 31), 20.5, "eq"),
    }


@pytest.mark.parametrize("sentence, expected", [
    # "each 10,000 people have N <noun>" is a density, and must not cancel the national count
    ("By the end of 2024, a total of 4.25 million 5G base stations had been built. "
     "Each 10,000 people now have 30.2 5G base stations.",
     {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq")}),
    # after a semicolon the attribute keeps the sentence's subject
    ("Software business revenue totaled 13.7 trillion yuan, up 10 percent year-on-year; total profit grew "
     "8.7 percent to 1.7 trillion yuan.",
     {("software_it_services_revenue", "level", *year(2024), 1.37e13, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2024), 10.0, "eq"),
      ("software_industry_profit", "level", *year(2024), 1.7e12, "eq"),
      ("software_industry_profit", "yoy_pct", *year(2024), 8.7, "eq")}),
])
def test_densities_and_semicolon_clauses(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2024, China produced 2.78 million tonnes of crude steel per day on average.", set()),
    ("In 2024, daily crude steel output averaged 2.78 million tonnes.", set()),
    ("In 2024, NEV sales averaged 1 million units a month.", set()),
    ("In 2024, crude steel output reached 1.005 billion tonnes, with daily output at 2.75 million tonnes.",
     {("crude_steel_output", "level", *year(2024), 1.005e9, "eq")}),
])
def test_daily_and_monthly_averages_are_not_the_flow(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a second verb shares the subject; the rates pair up in order, never all to one indicator
    ("Last year the country manufactured 31.3 million cars and sold 31.4 million, falling 2.5% and 1.9% "
     "respectively.",
     {("auto_production", "level", *year(2024), 3.13e7, "eq"),
      ("auto_sales", "level", *year(2024), 3.14e7, "eq"),
      ("auto_production", "yoy_pct", *year(2024), -2.5, "eq"),
      ("auto_sales", "yoy_pct", *year(2024), -1.9, "eq")}),
    # a single rate belongs to the level it follows
    ("Last year the country manufactured 31.3 million cars and sold 31.4 million, up 2.5%.",
     {("auto_production", "level", *year(2024), 3.13e7, "eq"),
      ("auto_sales", "level", *year(2024), 3.14e7, "eq"),
      ("auto_sales", "yoy_pct", *year(2024), 2.5, "eq")}),
    # participles of growth verbs ("soaring", "edging down") mark rates too
    ("In 2024, NEV output and sales came in at 12.9 million and 12.8 million units, soaring 34.4 percent "
     "and edging down 0.4 percent respectively.",
     {("nev_production", "level", *year(2024), 1.29e7, "eq"),
      ("nev_sales", "level", *year(2024), 1.28e7, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"),
      ("nev_sales", "yoy_pct", *year(2024), -0.4, "eq")}),
])
def test_two_verbs_one_subject_and_participle_rates(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_bracketed_abbreviation_does_not_split_the_subject():
    text = FY2024 + ("China's new energy vehicle (NEV) production and sales reached 12.9 million and 12.8 million "
                     "units in 2024, up 34.4 percent and 35.5 percent year on year, respectively.")
    assert obs(text) == {
        ("nev_production", "level", *year(2024), 1.29e7, "eq"),
        ("nev_sales", "level", *year(2024), 1.28e7, "eq"),
        ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"),
        ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq"),
    }


@pytest.mark.parametrize("headline, expected", [
    # a rounded headline figure gives way to the body's exact one instead of making the key ambiguous
    ("China's NEV output up 32.5% in 2024", {("nev_production", "yoy_pct", *year(2024), 34.4, "eq")}),
    # a headline alone does not count: its dates are compressed ("2022 steel output falls 2.1%,
    # factory growth slows in Dec" is not December's steel output)
    ("China's 2024 crude steel output falls 1.7%, factory growth slows in Dec",
     {("nev_production", "yoy_pct", *year(2024), 34.4, "eq")}),
])
def test_headline_figures_never_count(headline, expected):
    # the date line right under the title starts with a digit but is not part of the title
    text = headline + "\n2025-01-20 10:15:02 Source: Xinhua\n\nIn 2024, NEV output grew 34.4 percent year on year."
    x = extract(text)
    assert {(o.indicator_id, o.measure, o.period_start, o.period_end, o.value, o.qualifier)
            for o in x.observations} == expected
    assert all("Source" not in o.evidence for o in x.observations)


@pytest.mark.parametrize("sentence, expected", [
    # rates after two separately stated levels pair up with them in order
    ("In 2024, NEV output came to 12.9 million, and sales were 12.8 million, up 34% and 35.5% respectively.",
     {("nev_production", "level", *year(2024), 1.29e7, "eq"),
      ("nev_sales", "level", *year(2024), 1.28e7, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
    # three rates for two levels: nobody can tell which is which
    ("In 2024, NEV output came to 12.9 million, and sales were 12.8 million, up 34%, 35.5% and 20% "
     "respectively.",
     {("nev_production", "level", *year(2024), 1.29e7, "eq"),
      ("nev_sales", "level", *year(2024), 1.28e7, "eq")}),
    # "<noun> rose to N" states the level
    ("By the end of 2024, the number of 5G users rose to 1.01 billion.",
     {("five_g_mobile_users", "level", *dec31(2024), 1.01e9, "eq")}),
    # the bracketed abbreviation of a noun phrase
    ("By the end of 2024, the number of 10-gigabit passive optical network (10G PON) ports exceeded 28 million.",
     {("ten_g_pon_ports", "level", *dec31(2024), 2.8e7, "gt")}),
    # Xinhua's "major industrial firms" are those above designated size; "software revenue"
    ("In 2024, the value added of major industrial firms rose 5.8 percent, and software revenue reached "
     "13.7 trillion yuan.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("software_it_services_revenue", "level", *year(2024), 1.37e13, "eq")}),
])
def test_clause_rates_rise_to_and_aliases(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # digits split by stray spaces are pieces of one number: no value is invented from a piece
    ("By the end of 2024, 5G mobile phone users reached 7 .54 billion.", set()),
    ("By the end of 2024, the number of gigabit broadband users hit 1 4 8 million.", set()),
    # a count is whole: "3.212" base stations lost its magnitude on the way
    ("By the end of 2024, the total number of 5G base stations reached 3.212.", set()),
    # ... while a count followed by "5G" is not a broken number
    ("By the end of 2024, China had built 4,250,000 5G base stations.",
     {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq")}),
])
def test_broken_numbers_are_never_values(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_5g_a_users_are_not_a_count_of_cities():
    text = FY2024 + ("By the end of 2024, 5G-A networks covered more than 300 cities, and the number of 5G-A "
                     "users exceeded 100 million. China had more than 340 influential industrial internet platforms.")
    assert obs(text) == {("five_g_a_cities", "level", *dec31(2024), 300.0, "gt"),
                         ("industrial_internet_platforms", "level", *dec31(2024), 340.0, "gt")}


def test_sentence_pattern_indicators_are_exactly_the_specials():
    # every indicator read by a sentence pattern and by no English noun pattern of its own
    from dagster_project.extraction.catalogue import _EN, SENTENCE_PATTERN_IDS
    from dagster_project.extraction.rules import _SPECIALS
    nouns = {role.key for _, role in _EN if role.role == "noun"}
    assert SENTENCE_PATTERN_IDS == {ind for ind, *_ in _SPECIALS} - nouns


def test_revenue_after_the_amount_keeps_its_growth():
    text = H1_2019 + ("In the first half, the software and information technology services industry raked in "
                      "3.4 trillion yuan in business revenue, up 15.4 percent.")
    h1 = (date(2019, 1, 1), date(2019, 6, 30))
    assert obs(text) == {("software_it_services_revenue", "level", *h1, 3.4e12, "eq"),
                         ("software_it_services_revenue", "yoy_pct", *h1, 15.4, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    ("In the 11 months to November, crude steel output was 929 million tonnes.",
     {("crude_steel_output", "level", date(2024, 1, 1), date(2024, 11, 30), 9.29e8, "eq")}),
    ("Auto sales in the eleven months through November 2024 rose 3.5 percent.",
     {("auto_sales", "yoy_pct", date(2024, 1, 1), date(2024, 11, 30), 3.5, "eq")}),
    # a rolling twelve months is no calendar period: nothing, rather than the briefing's period
    ("In the 12 months to November, NEV sales reached 13 million units.", set()),
])
def test_n_months_to_a_month(sentence, expected):
    assert obs("Industrial data\n\nPublished: 2024-12-18\n\n" + sentence) == expected


def test_chinese_gigabit_users_as_part_of_the_broadband_total():
    text = ("2024年通信业统计公报\n\n发布时间：2025-01-21\n\n"
            "截至2024年底，三家基础电信企业的固定互联网宽带接入用户总数达6.7亿户，其中1000Mbps及以上接入速率的用户为"
            "2.07亿户，占总用户数的31.7%。5G基站为425.1万个，占移动基站总数的33.6%。")
    assert obs(text) == {
        ("gigabit_broadband_users", "level", *dec31(2024), 2.07e8, "eq"),
        ("gigabit_share_of_broadband_users", "level", *dec31(2024), 31.7, "eq"),
        ("five_g_base_stations", "level", *dec31(2024), 4.251e6, "eq"),
    }


@pytest.mark.parametrize("sentence, expected", [
    # "N times the number at the end of 2020" compares with 2020; the level is the sentence's own
    ("By the end of 2024, 5G base stations reached 4.25 million. 5G mobile phone users totaled 1.01 billion, "
     "4.6 times the number at the end of 2020.",
     {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq"),
      ("five_g_mobile_users", "level", *dec31(2024), 1.01e9, "eq")}),
    # a part of the country is not the national figure
    ("By the end of 2024, 5G base stations in rural areas exceeded 1 million.", set()),
])
def test_multiples_compare_and_rural_parts(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In 2024, the value added of industrial enterprises above designated size rose 5.8 percent. "
     "High-tech manufacturing grew by 8.9 percent.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
    ("In 2024, industrial output grew 5.8 percent, with equipment manufacturing and high-tech manufacturing "
     "up 7.7 percent and 8.9 percent respectively.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2024), 7.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
    ("In 2024, industrial value added grew 5.8 percent. Equipment manufacturing and high-tech manufacturing "
     "expanded 7.7 percent and 8.9 percent respectively.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2024), 7.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
    # no value added in sight: a sector's growth could be anything (revenue, profit, investment)
    ("In 2024, high-tech manufacturing grew by 8.9 percent.", set()),
    ("In 2024, value added rose 5.8%. Investment in high-tech manufacturing grew by 8.9 percent.", set()),
])
def test_a_sectors_bare_growth_in_a_value_added_passage(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an outcome measured against a forecast is still the outcome; the forecast is not a value
    ("Industrial output at factories above a designated size grew 5.8% in 2024, beating forecasts of 5.5% "
     "in a Reuters poll.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq")}),
    ("In 2024, NEV output grew 34 percent, faster than expected.",
     {("nev_production", "yoy_pct", *year(2024), 34.0, "eq")}),
    ("In 2024, NEV output is expected to grow 34 percent.", set()),
])
def test_outcomes_against_forecasts(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the unit word is the subject
    ("In 2024, China produced 31.28 million vehicles, up 3.7 percent.",
     {("auto_production", "level", *year(2024), 3.128e7, "eq"),
      ("auto_production", "yoy_pct", *year(2024), 3.7, "eq")}),
    ("In 2024, China sold 22.6 million passenger vehicles, up 5.8 percent.", set()),
    ("In 2024, BYD sold 4.27 million vehicles.", set()),
    # a later clause's own month is not the period of the figure before it
    ("The average monthly mobile data usage per user (DOU) hit 18.9 GB, 1.1 times that of the previous "
     "year; in December, DOU reached 20.5 GB.",
     {("mobile_dou", "level", *year(2024), 18.9, "eq"),
      ("mobile_dou", "level", date(2024, 12, 1), date(2024, 12, 31), 20.5, "eq")}),
])
def test_unit_word_subjects_and_later_clause_periods(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of 2024, the proportion of 5G users among all mobile phone users climbed to 56.7 percent.",
     {("five_g_share_of_mobile_users", "level", *dec31(2024), 56.7, "eq")}),
    ("By the end of 2024, the share of China's 5G standard essential patents globally was 42 percent.",
     {("five_g_sep_share", "level", *dec31(2024), 42.0, "eq")}),
])
def test_share_sentences_with_other_verbs(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the subject before a colon; one rate shared by "each"
    ("New energy vehicles bucked the trend in 2024: production and sales reached 12.9 million and 12.8 million "
     "units, each up 35 percent year on year.",
     {("nev_production", "level", *year(2024), 1.29e7, "eq"),
      ("nev_sales", "level", *year(2024), 1.28e7, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 35.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2024), 35.0, "eq")}),
    # value added named two sentences (and a paragraph) earlier still frames a sector's bare growth
    ("The value added of industrial enterprises above designated size rose 5.8 percent in 2024. "
     "In December alone, growth picked up.\n\nHigh-tech manufacturing expanded 8.9 percent in 2024.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
])
def test_colon_subjects_shared_rates_and_value_added_passages(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a fragment with a leading zero group is never a value (here the line break is not repaired)
    ("By the end of 2024, China had 4,250, 000 5G base stations.", set()),
    # "respectively" after "year on year"; the rates pair with the two separately stated levels
    ("China produced 12.9 million new energy vehicles in 2024, with sales reaching 12.8 million, up 34.4 percent "
     "and 35.5 percent year on year, respectively.",
     {("nev_production", "level", *year(2024), 1.29e7, "eq"),
      ("nev_sales", "level", *year(2024), 1.28e7, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"),
      ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
    ("By the end of 2024, users of gigabit broadband topped 200 million.",
     {("gigabit_broadband_users", "level", *dec31(2024), 2e8, "gt")}),
])
def test_fragments_respectively_after_yoy_and_users_of_gigabit(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the addition is not the stock; the total it brings is
    ("China added 1.1 million 5G base stations in 2024, bringing the total to 4.25 million by the end of December.",
     {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq")}),
    ("In 2024, the number of users with gigabit broadband access registered 207 million.",
     {("gigabit_broadband_users", "level", *dec31(2024), 2.07e8, "eq")}),
    # "calculated at 2023 prices" is a basis, not an attribute that ends the frame
    ("Total telecommunications business volume, calculated at 2023 prices, came in at 1.9 trillion yuan in 2024, "
     "up 10 percent.",
     {("telecom_business_volume", "level", *year(2024), 1.9e12, "eq"),
      ("telecom_business_volume", "yoy_pct", *year(2024), 10.0, "eq")}),
    # ", or DOU," names the same quantity
    ("Average monthly mobile data traffic per user, or DOU, hit 20.5 gigabytes in December.",
     {("mobile_dou", "level", date(2024, 12, 1), date(2024, 12, 31), 20.5, "eq")}),
])
def test_totals_aliases_and_price_bases(sentence, expected):
    assert obs(FY2024 + sentence) == expected


JAN_SEP_2021 = (date(2021, 1, 1), date(2021, 9, 30))


@pytest.mark.parametrize("paragraph, expected", [
    # a sentence without figures does not replace the period being carried
    ("From January to September, auto output reached 18.2 million units. Output in September fell from a year "
     "earlier. Production of new energy vehicles reached 2.166 million, and sales 2.157 million, up 180% and "
     "190% respectively.",
     {("auto_production", "level", *JAN_SEP_2021, 1.82e7, "eq"),
      ("nev_production", "level", *JAN_SEP_2021, 2.166e6, "eq"),
      ("nev_sales", "level", *JAN_SEP_2021, 2.157e6, "eq"),
      ("nev_production", "yoy_pct", *JAN_SEP_2021, 180.0, "eq"),
      ("nev_sales", "yoy_pct", *JAN_SEP_2021, 190.0, "eq")}),
    # ... but it does start one
    ("Let me turn to the first half. Auto output reached 12.5 million units.",
     {("auto_production", "level", date(2021, 1, 1), date(2021, 6, 30), 1.25e7, "eq")}),
    # "Second, ..." opens a new point of a spoken list: September does not carry over
    ("From January to September, industrial value added grew 11.8%. In September, it grew 3.1% and 39 sectors "
     "grew. Second, high-tech manufacturing led the way, with added value up 20.1%.",
     {("industrial_value_added", "yoy_pct", *JAN_SEP_2021, 11.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2021, 9, 1), date(2021, 9, 30), 3.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *JAN_SEP_2021, 20.1, "eq")}),
    # "for the period" is the briefing's period; a price basis is no attribute
    ("Telecom revenue for the period increased 6.7% year-on-year to CNY1.1 trillion. Total telecom business "
     "volume, at previous-year prices, grew 16.7%.",
     {("telecom_business_revenue", "level", *JAN_SEP_2021, 1.1e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *JAN_SEP_2021, 6.7, "eq"),
      ("telecom_business_volume", "yoy_pct", *JAN_SEP_2021, 16.7, "eq")}),
    ("Operators added 650,000 5G base stations, taking the national total to 1.159 million at end-September.",
     {("five_g_base_stations", "level", date(2021, 9, 30), date(2021, 9, 30), 1.159e6, "eq")}),
])
def test_carried_periods_spoken_lists_and_elided_verbs(paragraph, expected):
    head = "SCIO briefing on the first three quarters of 2021\n\nOct. 25, 2021\n\n"
    assert obs(head + paragraph) == expected


def test_chinese_comparisons_price_bases_regions_and_5g_applications():
    text = ("2024年上半年通信业经济运行情况\n\n发布时间：2024-07-20\n\n"
            "上半年，按照上年价格计算的电信业务总量同比增长10.1%。\n\n"
            "截至6月末，5G基站总数达391.7万个，比上年末净增54万个。"
            "东部、中部、西部和东北地区5G基站分别达到180万个、90万个、95万个和26万个。"
            "1000Mbps及以上接入速率的固定互联网宽带接入用户达1.8亿户，比上年末净增1700万户，占总用户数的26.9%。"
            "5G应用已融入74个国民经济大类，“5G+工业互联网”项目数超过1.3万个。")
    mid = (date(2024, 6, 30), date(2024, 6, 30))
    assert obs(text) == {
        ("telecom_business_volume", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 10.1, "eq"),
        ("five_g_base_stations", "level", *mid, 3.917e6, "eq"),
        ("gigabit_broadband_users", "level", *mid, 1.8e8, "eq"),
        ("gigabit_share_of_broadband_users", "level", *mid, 26.9, "eq"),
        ("five_g_economy_categories", "level", *mid, 74.0, "eq"),
        ("five_g_industrial_internet_projects", "level", *mid, 1.3e4, "gt"),
    }


@pytest.mark.parametrize("sentence, expected", [
    # a region as the sentence's subject: its figures are the region's
    ("Shenzhen had 52,000 5G base stations by the end of 2024. The city now counts 1.8 million gigabit broadband "
     "users, while its 10G PON ports have exceeded 1.2 million.", set()),
    ("The city of Beijing hosted the briefing, where officials said China had 4.25 million 5G base stations by "
     "the end of 2024.",
     {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq")}),
    # a signed rate in a table-like list counts with its "y-o-y"; a segment is not the industry
    ("The breakdown for 2024:\nSoftware business revenue: 13,727.6 billion yuan, +10.0% y-o-y;\n"
     "Embedded system software revenue: 1,100 billion yuan, +11.0% y-o-y.",
     {("software_it_services_revenue", "level", *year(2024), 1.37276e13, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2024), 10.0, "eq")}),
    # 4G and fibre in the villages, 5G in the cities
    ("By the end of 2024, all cities were covered by 5G, while 100 percent of administrative villages had "
     "access to fiber and 4G.", set()),
    ("By the end of 2024, over 90 percent of administrative villages had access to 5G.",
     {("five_g_admin_village_coverage", "level", *dec31(2024), 90.0, "gt")}),
])
def test_region_subjects_signed_rates_segments_and_village_tech(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("paragraphs, expected", [
    # an attribute opening its sentence continues the subject of the sentence before
    ("China's crude steel output fell 1.7% in 2024 to 1.005 billion tonnes.\n\n"
     "December output stood at 78.2 million tonnes, up 11.8% from a year earlier.",
     {("crude_steel_output", "level", *year(2024), 1.005e9, "eq"),
      ("crude_steel_output", "yoy_pct", *year(2024), -1.7, "eq"),
      ("crude_steel_output", "level", date(2024, 12, 1), date(2024, 12, 31), 7.82e7, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 12, 1), date(2024, 12, 31), 11.8, "eq")}),
    ("Automobile production and sales in December stood at 3.5 million and 3.6 million units.\n\n"
     "For the full year, production and sales totaled 31.3 million and 31.4 million units, up 3.7 percent and "
     "4.5 percent year on year.",
     {("auto_production", "level", date(2024, 12, 1), date(2024, 12, 31), 3.5e6, "eq"),
      ("auto_sales", "level", date(2024, 12, 1), date(2024, 12, 31), 3.6e6, "eq"),
      ("auto_production", "level", *year(2024), 3.13e7, "eq"),
      ("auto_sales", "level", *year(2024), 3.14e7, "eq"),
      ("auto_production", "yoy_pct", *year(2024), 3.7, "eq"),
      ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq")}),
    # no pair for the carried subject, or the subject is too far back: nothing
    ("Telecom business revenue grew 3.2 percent in 2024. Profit rose 5 percent.",
     {("telecom_business_revenue", "yoy_pct", *year(2024), 3.2, "eq")}),
    ("NEV output rose 34 percent in 2024. Prices fell. Demand grew. Sales reached 12.9 million units.",
     {("nev_production", "yoy_pct", *year(2024), 34.0, "eq")}),
])
def test_attributes_continue_the_previous_subject(paragraphs, expected):
    assert obs(FY2024 + paragraphs) == expected


def test_a_question_asserts_nothing():
    text = FY2024 + ("Reporter: Is it true that the number of 5G base stations reached 4.5 million by the end of "
                     "2024?\n\nSpokesperson: By the end of 2024, China had 4.25 million 5G base stations.")
    assert obs(text) == {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq")}


@pytest.mark.parametrize("paragraph, expected", [
    ("In 2024, industrial value added rose 5.8 percent year on year. In December alone, the growth rate picked "
     "up to 6.2 percent.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 12, 1), date(2024, 12, 31), 6.2, "eq")}),
    ("In 2024, industrial value added rose 5.8 percent year on year. In December, it grew 6.2%.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 12, 1), date(2024, 12, 31), 6.2, "eq")}),
    ("In 2024, industrial value added rose 5.8 percent year on year. In December, affected by the holidays, the "
     "growth slowed to 5%.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 12, 1), date(2024, 12, 31), 5.0, "eq")}),
    # two rates before: "it" could be either
    ("In 2024, industrial value added rose 5.8 percent, while high-tech manufacturing value added grew 8.9 percent. "
     "In December, it grew 6.2%.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
    # no period of its own: the same rate restated, or something else; nothing
    ("In 2024, industrial value added rose 5.8 percent year on year. It grew 6.2% without subsidies.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq")}),
])
def test_the_growth_rate_of_the_sentence_before(paragraph, expected):
    assert obs(FY2024 + paragraph) == expected


def test_chinese_dateline_and_sectors_listed_before_a_shared_suffix():
    text = ("工信部：2025年工业经济运行情况\n来源：新华网 2026-01-20 15:02\n\n"
            "新华社北京1月20日电 记者从工业和信息化部获悉，2025年，全国规模以上工业增加值比上年增长5.9%。"
            "装备制造业、高技术制造业增加值分别增长9.2%、9.5%。消费品、电子增加值分别增长3%、4%。")
    fy = (date(2025, 1, 1), date(2025, 12, 31))
    assert obs(text) == {
        ("industrial_value_added", "yoy_pct", *fy, 5.9, "eq"),   # 北京 in the dateline is no region
        ("equipment_manufacturing_value_added", "yoy_pct", *fy, 9.2, "eq"),
        ("high_tech_manufacturing_value_added", "yoy_pct", *fy, 9.5, "eq"),
    }


def test_official_translation_style():
    text = ("Operation of the Software Industry from January to November 2024\n\nSource: MIIT Date: 2024-12-22\n\n"
            "From January to November, the software business revenue of China's software industry reached 12,300.9 "
            "billion yuan, with a year-on-year growth of 10.6%. The growth rate was 0.2 percentage points higher than "
            "that from January to October. The total profit realized by the software industry was 1,473.6 billion "
            "yuan, with a year-on-year growth of 8.0%.\n\nThe digital industry achieved business revenue of 33.6 "
            "trillion yuan, up 8.7 percent, and profits of 2.3 trillion yuan, up 5 percent.")
    jn = (date(2024, 1, 1), date(2024, 11, 30))
    assert obs(text) == {
        ("software_it_services_revenue", "level", *jn, 1.23009e13, "eq"),
        ("software_it_services_revenue", "yoy_pct", *jn, 10.6, "eq"),
        ("software_industry_profit", "level", *jn, 1.4736e12, "eq"),   # not January-October: that was a comparison
        ("software_industry_profit", "yoy_pct", *jn, 8.0, "eq"),
        ("digital_industry_revenue", "level", *jn, 3.36e13, "eq"),
        ("digital_industry_revenue", "yoy_pct", *jn, 8.7, "eq"),
        ("digital_industry_profit", "level", *jn, 2.3e12, "eq"),
        ("digital_industry_profit", "yoy_pct", *jn, 5.0, "eq"),
    }


@pytest.mark.parametrize("sentence, expected", [
    # British "per cent" is a percentage, not a density; "hit a record N"; "vehicle sales"
    ("In 2024, NEV sales rose 35.5 per cent to 12.87mn units. Total vehicle sales hit a record 31.44mn units, "
     "up 4.5 per cent.",
     {("nev_sales", "level", *year(2024), 1.287e7, "eq"),
      ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq"),
      ("auto_sales", "level", *year(2024), 3.144e7, "eq"),
      ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq")}),
    ("In 2024, NEV sales reached 80 units per 1,000 people.", set()),
])
def test_per_cent_and_records(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_headline_lines_of_related_stories_are_not_statements():
    text = FY2024 + ("By the end of 2024, China had 4.25 million 5G base stations, the MIIT said.\n\n"
                     "Related stories:\nChina's 5G users exceed 700 million\nGigabit users hit 100 million\n\n"
                     "Most Viewed\n1. China's NEV sales top 9 million\n2. Industrial robots output reaches 430,000 sets\n\n"
                     "Key figures:\n5G base stations: 4.25 million\n")
    assert obs(text) == {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    ("Industrial output grew 6.2% in December from a year earlier, slowing from 6.7% in November.",
     {("industrial_value_added", "yoy_pct", date(2024, 12, 1), date(2024, 12, 31), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 11, 1), date(2024, 11, 30), 6.7, "eq")}),
    ("In the fourth quarter, industrial value added grew 5.7%, compared with 5.0% in the third quarter.",
     {("industrial_value_added", "yoy_pct", date(2024, 10, 1), date(2024, 12, 31), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 7, 1), date(2024, 9, 30), 5.0, "eq")}),
    # a forecast compared with is no rate of another period
    ("Industrial output grew 6.2% in December, compared with 5.4% expected by analysts.",
     {("industrial_value_added", "yoy_pct", date(2024, 12, 1), date(2024, 12, 31), 6.2, "eq")}),
])
def test_the_rate_compared_with_names_its_own_period(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_topic_phrases_name_the_subject():
    text = FY2024 + "Wen Ku: As for NEVs, sales in 2024 were 12.87 million, up 35.5 percent."
    assert obs(text) == {("nev_sales", "level", *year(2024), 1.287e7, "eq"),
                         ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}


def test_specialized_smes_for_short():
    text = FY2024 + "By the end of 2024, the country had around 14,600 little giant firms and 140,000 specialized SMEs."
    assert obs(text) == {("little_giant_enterprises", "level", *dec31(2024), 14600.0, "approx"),
                         ("specialized_smes", "level", *dec31(2024), 140000.0, "approx")}


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of 2024, fixed broadband users totaled 670 million, of which 1000 Mbps and above users numbered "
     "207 million, accounting for 30.9 percent.",
     {("gigabit_broadband_users", "level", *dec31(2024), 2.07e8, "eq"),
      ("gigabit_share_of_broadband_users", "level", *dec31(2024), 30.9, "eq")}),
    # no total named before: a share of what?
    ("By the end of 2024, 5G mobile phone users reached 1.01 billion, accounting for 56 percent.",
     {("five_g_mobile_users", "level", *dec31(2024), 1.01e9, "eq")}),
    ("By the end of 2024, mobile phone users totaled 1.79 billion, of which 5G users numbered 1.01 billion, "
     "accounting for 56 percent of the world's total.",
     {("five_g_mobile_users", "level", *dec31(2024), 1.01e9, "eq")}),
])
def test_share_of_the_total_named_before_of_which(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a rate in another clause belongs to that clause's subject
    ("In 2024, China produced 12.9 million NEVs, while exports rose 20 percent.",
     {("nev_production", "level", *year(2024), 1.29e7, "eq")}),
    ("In 2024, China sold 12.9 million NEVs, with market share rising 8 percent.",
     {("nev_sales", "level", *year(2024), 1.29e7, "eq")}),
    # a longer time phrase between the level and its own rate
    ("The country manufactured 12.9 million NEVs during the January-December period, a jump of 34.4 percent.",
     {("nev_production", "level", *year(2024), 1.29e7, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq")}),
    ("Automobile output stood at 31.3 million units, and sales 31.4 million.",
     {("auto_production", "level", *year(2024), 3.13e7, "eq"),
      ("auto_sales", "level", *year(2024), 3.14e7, "eq")}),
])
def test_rates_stay_in_their_clause(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of 2024, the number of 4G and 5G base stations reached 6.3 million and 4.25 million respectively.",
     {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq")}),
    ("By the end of 2024, the number of 4G and 5G base stations reached 10.5 million.", set()),
])
def test_a_technology_list_before_the_noun(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_elided_verb_before_a_second_noun():
    text = FY2024 + "By the end of 2024, 5G users reached 1.01 billion, and gigabit broadband users 207 million."
    assert obs(text) == {("five_g_mobile_users", "level", *dec31(2024), 1.01e9, "eq"),
                         ("gigabit_broadband_users", "level", *dec31(2024), 2.07e8, "eq")}


def test_an_excerpt_that_starts_with_its_text_has_no_headline():
    text = ("In the first three quarters of 2023, the telecom industry generated 1.26 trillion yuan in revenue, up 6.7 "
            "percent year on year.\n\nPublished: 2023-10-25")
    q = (date(2023, 1, 1), date(2023, 9, 30))
    assert obs(text) == {("telecom_business_revenue", "level", *q, 1.26e12, "eq"),
                         ("telecom_business_revenue", "yoy_pct", *q, 6.7, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # a yuan level of "industrial added value" is all industry (GDP accounting), not above designated size
    ("In 2024, China's industrial added value reached 40.5 trillion yuan, up 5.7 percent.", set()),
    ("In 2024, industrial output grew 5.8 percent.", {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq")}),
])
def test_all_industry_is_not_above_designated_size(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_chinese_numbers_before_their_nouns_and_markets_are_no_cities():
    text = ("国新办举行2024年工业和信息化发展情况新闻发布会\n时间：2025年1月21日\n\n"
            "截至2024年底，累计培育3万余家基础级智能工厂、1200余家先进级智能工厂、230余家卓越级智能工厂。"
            "2024年，国内市场5G手机出货量2.72亿部，同比增长13.7%。")
    assert obs(text) == {
        ("smart_factories_basic", "level", *dec31(2024), 3e4, "gt"),
        ("smart_factories_advanced", "level", *dec31(2024), 1200.0, "gt"),
        ("smart_factories_excellence", "level", *dec31(2024), 230.0, "gt"),
        ("five_g_phone_shipments", "level", *year(2024), 2.72e8, "eq"),
        ("five_g_phone_shipments", "yoy_pct", *year(2024), 13.7, "eq"),
    }


def test_chinese_5g_a_cities_humanoid_products_and_openharmony():
    text = ("工业和信息化部召开新闻发布会\n发布时间：2025-04-18\n\n截至3月末，全国已有超过300个城市开通5G-A网络。"
            "我国已发布人形机器人产品超过330款。开源鸿蒙设备数超过10亿台。广东省已有50个城市开通5G-A网络。")
    mar = (date(2025, 3, 31), date(2025, 3, 31))
    assert obs(text) == {("five_g_a_cities", "level", *mar, 300.0, "gt"),
                         ("humanoid_robot_products", "level", *mar, 330.0, "gt"),
                         ("openharmony_devices", "level", *mar, 1e9, "gt")}


def test_chinese_constant_price_year_is_no_period():
    text = ("2018年通信业统计公报\n2019-01-25 工业和信息化部运行监测协调局\n\n"
            "2018年，电信业务总量达到65556亿元（按照2015年不变单价计算），比上年增长137.9%。")
    assert obs(text) == {("telecom_business_volume", "level", *year(2018), 6.5556e12, "eq"),
                         ("telecom_business_volume", "yoy_pct", *year(2018), 137.9, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of 2024, more than 5 million 5G base stations had not yet been built.", set()),
    ("By the end of 2024, China had not only built 4.25 million 5G base stations but also 1.01 billion 5G users.",
     {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq"),
      ("five_g_mobile_users", "level", *dec31(2024), 1.01e9, "eq")}),
    ("In 2024, the software industry saw its revenue rise 10 percent to 13.7 trillion yuan, with profits of 1.7 "
     "trillion yuan, up 8.7 percent.",
     {("software_it_services_revenue", "level", *year(2024), 1.37e13, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2024), 10.0, "eq"),
      ("software_industry_profit", "level", *year(2024), 1.7e12, "eq"),
      ("software_industry_profit", "yoy_pct", *year(2024), 8.7, "eq")}),
])
def test_negation_and_saw_its(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_service_revenue_and_subscriptions():
    text = FY2024 + ("Total telecom service revenue came in at RMB1.74 trillion in 2024 (+3.2% YoY). By the end of "
                     "2024, gigabit fiber subscriptions rose to 207 million. Gigabit fiber-optic network users "
                     "had reached 207 million.")
    assert obs(text) == {("telecom_business_revenue", "level", *year(2024), 1.74e12, "eq"),
                         ("telecom_business_revenue", "yoy_pct", *year(2024), 3.2, "eq"),
                         ("gigabit_broadband_users", "level", *dec31(2024), 2.07e8, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of 2024, OpenHarmony had been installed on more than 1 billion devices.",
     {("openharmony_devices", "level", *dec31(2024), 1e9, "gt")}),
    # HarmonyOS is not OpenHarmony
    ("By the end of 2024, HarmonyOS 5.0 ran on 1 billion devices, and OpenHarmony devices reached 1.1 billion.",
     {("openharmony_devices", "level", *dec31(2024), 1.1e9, "eq")}),
])
def test_openharmony_devices(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_its_profits_after_revenue_in_revenue():
    text = FY2024 + ("China's software and information technology service industry generated 13.7 trillion yuan in "
                     "revenue in 2024, up 10 percent year on year. Its total profits reached 1.7 trillion yuan, an "
                     "increase of 8.7 percent. The industry's revenue from cloud services reached 1.2 trillion yuan.")
    assert obs(text) == {("software_it_services_revenue", "level", *year(2024), 1.37e13, "eq"),
                         ("software_it_services_revenue", "yoy_pct", *year(2024), 10.0, "eq"),
                         ("software_industry_profit", "level", *year(2024), 1.7e12, "eq"),
                         ("software_industry_profit", "yoy_pct", *year(2024), 8.7, "eq")}


@pytest.mark.parametrize("paragraph, expected", [
    # a period in a later clause ("as subsidies were slashed in June") is not the figures' period
    ("NEV production and sales reached 1.242 million and 1.206 million units, respectively, down 2.3 percent and "
     "4.0 percent year on year, as subsidies were slashed in June.",
     {("nev_production", "level", *year(2024), 1.242e6, "eq"),
      ("nev_sales", "level", *year(2024), 1.206e6, "eq"),
      ("nev_production", "yoy_pct", *year(2024), -2.3, "eq"),
      ("nev_sales", "yoy_pct", *year(2024), -4.0, "eq")}),
    # "in China" after the attribute is scope, not "sales of <something>"; "edging down just 0.1 percent"
    ("Auto sales in China rose 4.5 percent to 31.44 million units in 2024. In December alone, auto sales came in "
     "at 3.5 million units, edging down just 0.1 percent from a year earlier.",
     {("auto_sales", "level", *year(2024), 3.144e7, "eq"),
      ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq"),
      ("auto_sales", "level", date(2024, 12, 1), date(2024, 12, 31), 3.5e6, "eq"),
      ("auto_sales", "yoy_pct", date(2024, 12, 1), date(2024, 12, 31), -0.1, "eq")}),
    # a province opens the sentence, "Its" continues it; "national green factories" is no national scope
    ("Guangdong is home to 105 national green factories and 32 national-level 'little giant' enterprises. Its "
     "output of industrial robots reached 38,700 sets in 2024.", set()),
    # the items of a plan
    ("The ministry will take the following measures:\n1. Fund 100 little giant firms every year;\n"
     "2. Help 10,000 SMEs go digital via 3 industrial internet platforms pilots.", set()),
])
def test_later_clauses_scopes_regions_and_plans(paragraph, expected):
    assert obs(FY2024 + paragraph) == expected


@pytest.mark.parametrize("paragraph, expected", [
    ("In 2024, value added of industrial enterprises above designated size grew 5.8 percent. High-tech "
     "manufacturing expanded 8.9 percent, while equipment manufacturing registered growth of 7.7 percent.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2024), 7.7, "eq")}),
    # an outcome against a target is still the outcome
    ("Crude steel output totaled 1.005 billion tonnes in 2024, down 1.7 percent, beating the annual target.",
     {("crude_steel_output", "level", *year(2024), 1.005e9, "eq"),
      ("crude_steel_output", "yoy_pct", *year(2024), -1.7, "eq")}),
    ("By the end of 2024, the penetration of digital R&D and design tools among industrial enterprises reached "
     "80.1 percent.", {("digital_rd_tool_penetration", "level", *dec31(2024), 80.1, "eq")}),
    # a currency conversion in brackets before "in revenue"; ", known as DOU,"
    ("China's telecom sector generated 1.74 trillion yuan ($240 billion) in revenue last year, an increase of 3.2 "
     "percent from a year earlier. In December, average monthly mobile data usage per user, known as DOU, hit 20.5 GB.",
     {("telecom_business_revenue", "level", *year(2024), 1.74e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2024), 3.2, "eq"),
      ("mobile_dou", "level", date(2024, 12, 1), date(2024, 12, 31), 20.5, "eq")}),
])
def test_registered_growth_targets_beaten_and_known_as(paragraph, expected):
    assert obs(FY2024 + paragraph) == expected


def test_a_drill_down_month_does_not_carry():
    q1 = (date(2024, 1, 1), date(2024, 3, 31))
    text = ("Industry in the first quarter of 2024\n\nPublished: 2024-04-18\n\n"
            "In the first quarter, the value added of industrial enterprises above designated size grew 6.1 percent "
            "year on year. In March, growth hit 4.5 percent. High-tech manufacturing and equipment manufacturing "
            "grew 7.5 percent and 6.9 percent respectively.")
    assert obs(text) == {
        ("industrial_value_added", "yoy_pct", *q1, 6.1, "eq"),
        ("industrial_value_added", "yoy_pct", date(2024, 3, 1), date(2024, 3, 31), 4.5, "eq"),
        ("high_tech_manufacturing_value_added", "yoy_pct", *q1, 7.5, "eq"),
        ("equipment_manufacturing_value_added", "yoy_pct", *q1, 6.9, "eq"),
    }


def test_attributes_continue_the_subject_that_opened_the_sentence_before():
    text = H1_2019 + ("The auto sector remained weak. Production and sales totaled 12.132 million and 12.323 million "
                      "units in the first six months, down 13.7 percent and 12.4 percent year on year.")
    h1 = (date(2019, 1, 1), date(2019, 6, 30))
    assert obs(text) == {("auto_production", "level", *h1, 1.2132e7, "eq"),
                         ("auto_sales", "level", *h1, 1.2323e7, "eq"),
                         ("auto_production", "yoy_pct", *h1, -13.7, "eq"),
                         ("auto_sales", "yoy_pct", *h1, -12.4, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # "China Telecom" is a company, not national scope
    ("By the end of 2024, ZTE had shipped 10 million 10G PON ports, while China Telecom reported its own gigabit "
     "subscribers at 95 million.", set()),
    ("China Telecom said that its own gigabit users had exceeded 60 million by the end of 2024.", set()),
    ("By the end of October 2024, China's gigabit broadband user base topped 197 million.",
     {("gigabit_broadband_users", "level", date(2024, 10, 31), date(2024, 10, 31), 1.97e8, "gt")}),
])
def test_operators_are_companies_and_user_base(sentence, expected):
    assert obs(FY2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # nouns coordinated with "and" share a "respectively" list in order
    ("At the end of 2024, the digitalization rate of key production processes and the penetration rate of "
     "digital R&D and design tools in industrial enterprises reached 64.3 percent and 82.6 percent, respectively.",
     {("key_process_digitalization_rate", "level", *dec31(2024), 64.3, "eq"),
      ("digital_rd_tool_penetration", "level", *dec31(2024), 82.6, "eq")}),
    # "southwest China's Guizhou Province" is a province, not national scope
    ("In southwest China's Guizhou Province, the Gui'an cluster's intelligent computing power reached 50 EFLOPS "
     "by the end of 2024.", set()),
])
def test_coordinated_nouns_and_regions_of_china(sentence, expected):
    assert obs(FY2024 + sentence) == expected


H1_2024 = "Industry in the first half of 2024\n\nPublished: 2024-07-20\n\n"


@pytest.mark.parametrize("sentence, expected", [
    # the passive voice of produced/sold: two levels, then rates paired in order
    ("In the first six months, 5.9 million new energy vehicles were produced and 5.8 million were sold, "
     "up 30.1 percent and 32 percent year on year, respectively.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 5.9e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 5.8e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 30.1, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 32.0, "eq")}),
    ("More than 14 million automobiles were sold in the first half, an increase of 6.1 percent.",
     {("auto_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 1.4e7, "gt"),
      ("auto_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.1, "eq")}),
    # a province's passive figure, and a future one, are not the national flow
    ("In Guangdong, 1.2 million new energy vehicles were produced in the first half.", set()),
    ("About 12 million new energy vehicles will be produced this year.", set()),
    # an appositive between subject and verb, with a threshold figure and a phrase inside it
    ("Industrial output, a key gauge of activity at enterprises with annual revenue above 20 million yuan, "
     "grew 6 percent year on year in the first half.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq")}),
])
def test_passive_voice_and_appositives(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


Q3_2019 = "Industrial output in the first three quarters of 2019\n\nPublished: 2019-10-18\n\n"
JAN_SEP_2019 = (date(2019, 1, 1), date(2019, 9, 30))
SEP_2019 = (date(2019, 9, 1), date(2019, 9, 30))


@pytest.mark.parametrize("paragraph, expected", [
    # "in the nine months" after the cumulative period; "last month" is the month before the text's date;
    # the thousands separator of "886,000" is no clause boundary between a figure and its period
    ("Output of new energy vehicles increased 20.9 percent to 886,000 units in the nine months, and sales rose "
     "20.5 percent to 872,000. But September marked the third month of decline: NEV sales fell 34.2 percent "
     "year on year to 80,000 units last month.",
     {("nev_production", "level", *JAN_SEP_2019, 8.86e5, "eq"), ("nev_production", "yoy_pct", *JAN_SEP_2019, 20.9, "eq"),
      ("nev_sales", "level", *JAN_SEP_2019, 8.72e5, "eq"), ("nev_sales", "yoy_pct", *JAN_SEP_2019, 20.5, "eq"),
      ("nev_sales", "level", *SEP_2019, 8e4, "eq"), ("nev_sales", "yoy_pct", *SEP_2019, -34.2, "eq")}),
    # a second verb after the first figure's own period; coordinated subjects before "industries ..., with"
    ("Automakers produced 17.51 million vehicles in the first nine months and sold 18.37 million, down 11.4 "
     "percent and 10.3 percent respectively.",
     {("auto_production", "level", *JAN_SEP_2019, 1.751e7, "eq"), ("auto_sales", "level", *JAN_SEP_2019, 1.837e7, "eq"),
      ("auto_production", "yoy_pct", *JAN_SEP_2019, -11.4, "eq"), ("auto_sales", "yoy_pct", *JAN_SEP_2019, -10.3, "eq")}),
    ("The high-tech manufacturing and equipment manufacturing industries led the way, with value added rising "
     "8.7 percent and 5.4 percent, respectively, in the first three quarters.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *JAN_SEP_2019, 8.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *JAN_SEP_2019, 5.4, "eq")}),
    # an anaphoric rate for a month, and the earlier month's rate it is compared with
    ("Industrial value added rose 5.6 percent in the first three quarters. Growth accelerated to 5.8 percent in "
     "September, compared with 4.4 percent in August.",
     {("industrial_value_added", "yoy_pct", *JAN_SEP_2019, 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *SEP_2019, 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 8, 1), date(2019, 8, 31), 4.4, "eq")}),
    # "users of 5G phones" after a relative clause
    ("Users of 5G mobile phones, which the ministry counts separately from 5G package plans, reached 120 million "
     "by the end of September.",
     {("five_g_mobile_users", "level", date(2019, 9, 30), date(2019, 9, 30), 1.2e8, "eq")}),
])
def test_cumulative_months_joined_clauses_and_relative_clauses(paragraph, expected):
    assert obs(Q3_2019 + paragraph) == expected


def test_a_joined_clause_continues_its_sentences_subject():
    text = Q3_2019 + ("New energy vehicles outpaced the market. Output rose 19.7 percent to 212,000 units in the first "
                      "three quarters, while sales climbed 14.4 percent to 195,000.")
    assert obs(text) == {("nev_production", "level", *JAN_SEP_2019, 2.12e5, "eq"),
                         ("nev_production", "yoy_pct", *JAN_SEP_2019, 19.7, "eq"),
                         ("nev_sales", "level", *JAN_SEP_2019, 1.95e5, "eq"),
                         ("nev_sales", "yoy_pct", *JAN_SEP_2019, 14.4, "eq")}


@pytest.mark.parametrize("text, expected", [
    # a province's own bulletin: only the figures marked national count
    ("上半年全省工业和信息化运行情况\n\n发布日期：2023-07-28\n\n"
     "上半年，全省新能源汽车产量41.2万辆（全国同比增长42.4%）；工业机器人产量2.4万套，增长21.2%。"
     "６月份，规上工业增加值同比增长８．２％。截至目前，全国已累计培育专精特新“小巨人”企业1.2万家以上。",
     {("little_giant_enterprises", "level", date(2023, 6, 30), date(2023, 6, 30), 1.2e4, "gt")}),
    ("Zhejiang's industrial economy grows steadily in H1\n\nUpdated: 2019-08-02\n\n"
     "The value added of high-tech manufacturing grew 9.8 percent in the first half. Nationwide, the value added "
     "of industrial enterprises above designated size grew 6 percent during the period.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 6.0, "eq")}),
    # "97个国民经济大类中的76个" is 76; a city's figure after 其中 is the city's
    ("2024年通信业统计公报\n\n发布日期：2025-01-22\n\n截至2024年底，5G行业应用已融入97个国民经济大类中的76个。"
     "我国累计建成5G基站425.1万个，其中，深圳已建成5G基站7.8万个。",
     {("five_g_economy_categories", "level", date(2024, 12, 31), date(2024, 12, 31), 76, "eq"),
      ("five_g_base_stations", "level", date(2024, 12, 31), date(2024, 12, 31), 4.251e6, "eq")}),
])
def test_regional_bulletins_and_chinese_subsets(text, expected):
    assert obs(text) == expected


FY2016 = "Industry in 2016\n\nPublished: 2017-01-19\n\n"


@pytest.mark.parametrize("paragraph, expected", [
    # two figures, one noun, two passive verbs: in order; the rates of a production and sales pair are
    # read in order even without "respectively"
    ("Overall, 28.119 million and 28.028 million automobiles were produced and sold, up 14.5 percent and 13.7 percent.",
     {("auto_production", "level", *year(2016), 2.8119e7, "eq"), ("auto_sales", "level", *year(2016), 2.8028e7, "eq"),
      ("auto_production", "yoy_pct", *year(2016), 14.5, "eq"), ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq")}),
    # two figures and one passive verb: which is which is not said
    ("About 517,000 and 507,000 new energy vehicles were produced last year.", set()),
    # a list of two rates for one indicator is no rate of it
    ("Automobile sales reached 28 million, up 13.7 percent and 5.2 percent.",
     {("auto_sales", "level", *year(2016), 2.8e7, "eq")}),
    # a month singled out with "alone" is not carried to the next sentence
    ("Industrial value added grew 6 percent in 2016, and in December alone the growth rate was 6 percent as well. "
     "The value added of high-tech manufacturing grew 10.8 percent.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2016, 12, 1), date(2016, 12, 31), 6.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2016), 10.8, "eq")}),
    # a sentence glued to the next on a scraped page; a word glued to its figure
    ("Telecom business revenue reached 1.19 trillion yuan, up5.6 percent, he said.By comparison, South Korea had "
     "about 180,000 5G base stations.",
     {("telecom_business_revenue", "level", *year(2016), 1.19e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2016), 5.6, "eq")}),
    # a rate stated before its level takes the level's period
    ("In December, data usage rose sharply. Telecom business revenue grew only 5.6% year-on-year, to CNY1.19 "
     "trillion in 2016.",
     {("telecom_business_revenue", "level", *year(2016), 1.19e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2016), 5.6, "eq")}),
    # dash appositive after the subject; the subject before ", while" with figures between is not the
    # later clause's ("sales" continues NEVs, not "vehicles" inside the appositive)
    ("Output of NEVs -- a category that covers battery electric and fuel cell vehicles -- reached 517,000 units "
     "in 2016, while sales grew 53 percent to 507,000.",
     {("nev_production", "level", *year(2016), 5.17e5, "eq"), ("nev_sales", "level", *year(2016), 5.07e5, "eq"),
      ("nev_sales", "yoy_pct", *year(2016), 53.0, "eq")}),
    # a commitment is a target
    ("Operators have committed to 5G-A launches in 300 cities this year.", set()),
])
def test_passive_lists_drilldowns_and_scraped_text(paragraph, expected):
    assert obs(FY2016 + paragraph) == expected


def test_previous_year_constant_price_is_no_period():
    text = ("2017年通信业统计公报\n\n发布时间：2018-01-29\n\n"
            "2017年，按照上年不变单价计算的电信业务总量同比增长76.4%，电信业务收入累计完成12620亿元，同比增长6.4%。")
    assert obs(text) == {("telecom_business_volume", "yoy_pct", *year(2017), 76.4, "eq"),
                         ("telecom_business_revenue", "level", *year(2017), 1.262e12, "eq"),
                         ("telecom_business_revenue", "yoy_pct", *year(2017), 6.4, "eq")}


def test_the_sector_continues_the_lead_across_news_paragraphs():
    text = ("China's software sector grows in first two months\n\n"
            "BEIJING, March 24 (Xinhua) -- China's software and information technology services sector posted steady "
            "growth in the first two months of 2026, official data showed Tuesday.\n\n"
            "The sector raked in 2.07 trillion yuan (about 291.5 billion U.S. dollars) in revenue during the "
            "January-February period, up 9.4 percent year on year.\n\n"
            "The industry's total profit came in at 251.7 billion yuan, an increase of 8.1 percent, while software "
            "exports stood at 6.8 billion U.S. dollars.")
    jan_feb = (date(2026, 1, 1), date(2026, 2, 28))
    assert obs(text) == {("software_it_services_revenue", "level", *jan_feb, 2.07e12, "eq"),
                         ("software_it_services_revenue", "yoy_pct", *jan_feb, 9.4, "eq"),
                         ("software_industry_profit", "level", *jan_feb, 2.517e11, "eq"),
                         ("software_industry_profit", "yoy_pct", *jan_feb, 8.1, "eq")}


@pytest.mark.parametrize("text, expected", [
    # "实现利润总额" right after the software revenue is the software industry's; a figure wrapped
    # before its unit ("11604亿\n元") is repaired
    ("2024年1-9月软件业经济运行情况\n\n发布时间：2024-10-25\n\n"
     "1—9月，全国软件和信息技术服务业完成软件业务收入98281亿元，同比增长10.8%；实现利润总额11604亿\n元，同比增长8.7%。"
     "1—9月，全国15个副省级中心城市实现软件业务收入49286亿元，同比增长7.4%；实现利润总额6188亿元，同比增长5.0%。"
     "长三角地区完成软件业务收入27195亿元，同比增长9.9%。",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 9, 30), 9.8281e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 10.8, "eq"),
      ("software_industry_profit", "level", date(2024, 1, 1), date(2024, 9, 30), 1.1604e12, "eq"),
      ("software_industry_profit", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 8.7, "eq")}),
    # a generic profit after some other figure is nobody's
    ("2024年1-9月工业经济运行情况\n\n发布时间：2024-10-25\n\n1—9月，规模以上工业企业实现利润总额52281亿元，同比下降3.5%。",
     set()),
])
def test_chinese_software_profit_and_regional_subsets(text, expected):
    assert obs(text) == expected


def test_a_share_of_the_industrys_total_is_no_statement_of_it():
    text = H1_2024 + ("The software industry earned revenue of 6.26 trillion yuan in the first half. Software product "
                      "revenue came in at 1.45 trillion yuan, accounting for 23.2 percent of the industry's total "
                      "revenue, while information technology services generated 4.26 trillion yuan.")
    assert obs(text) == {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 6.26e12, "eq")}




Q1_2024 = "China's telecom sector in the first quarter of 2024\n\nPublished: 2024-04-20\n\n"


@pytest.mark.parametrize("sentence, expected", [
    # the level a figure is compared with, at the date named right after it ("a year earlier": the same
    # period one year before); "China ended March with" dates the stock
    ("According to MIIT data, China ended March with 3.647 million 5G base stations, up from 3.377 million at "
     "the end of 2023.",
     {("five_g_base_stations", "level", date(2024, 3, 31), date(2024, 3, 31), 3.647e6, "eq"),
      ("five_g_base_stations", "level", *dec31(2023), 3.377e6, "eq")}),
    ("Mobile data usage per user (DOU) was 18.1 GB in March 2024, compared with 16.4 GB a year earlier.",
     {("mobile_dou", "level", date(2024, 3, 1), date(2024, 3, 31), 18.1, "eq"),
      ("mobile_dou", "level", date(2023, 3, 1), date(2023, 3, 31), 16.4, "eq")}),
    # an earlier figure with no date of its own is no observation
    ("Gigabit broadband users reached 169 million, up from 163 million.",
     {("gigabit_broadband_users", "level", date(2024, 3, 31), date(2024, 3, 31), 1.69e8, "eq")}),
    # "brought the total number nationwide to"
    ("More than 100,000 5G base stations were built in the quarter, which brought the total number nationwide to "
     "3.647 million.",
     {("five_g_base_stations", "level", date(2024, 3, 31), date(2024, 3, 31), 3.647e6, "eq")}),
])
def test_earlier_levels_and_running_totals(sentence, expected):
    assert obs(Q1_2024 + sentence) == expected


Q1_2016 = "Industry in the first quarter of 2016\n\nPublished: 2016-04-28\n\n"
Q1_16 = (date(2016, 1, 1), date(2016, 3, 31))


@pytest.mark.parametrize("sentence, expected", [
    ("In the quarter, about 14,000 industrial robots were produced, 21.5 percent more than a year earlier.",
     {("industrial_robot_output", "level", *Q1_16, 1.4e4, "approx"),
      ("industrial_robot_output", "yoy_pct", *Q1_16, 21.5, "eq")}),
    ("Automakers turned out 6.432 million vehicles and sold 6.444 million in the first three months, up 5.8 percent "
     "and 6.6 percent respectively.",
     {("auto_production", "level", *Q1_16, 6.432e6, "eq"), ("auto_sales", "level", *Q1_16, 6.444e6, "eq"),
      ("auto_production", "yoy_pct", *Q1_16, 5.8, "eq"), ("auto_sales", "yoy_pct", *Q1_16, 6.6, "eq")}),
    ("The value added of industrial enterprises above designated size, those with annual main business revenue of "
     "20 million yuan ($3.1 million) or more, grew 5.8 percent year on year in the quarter.",
     {("industrial_value_added", "yoy_pct", *Q1_16, 5.8, "eq")}),
    # "more than" before the figure is a qualifier, not a comparison with a year earlier
    ("Industrial robot output was more than 14,000 units in the quarter, higher than in Japan.",
     {("industrial_robot_output", "level", *Q1_16, 1.4e4, "gt")}),
])
def test_turned_out_and_more_than_a_year_earlier(sentence, expected):
    assert obs(Q1_2016 + sentence) == expected


def test_chinese_vehicle_kinds_shared_suffixes_and_trailing_lists():
    text = ("2017年工业通信业发展情况\n\n发布时间：2018-01-29\n\n"
            "2017年高技术制造业和装备制造业增加值分别增长13.4%和11.3%。"
            "全年汽车产销分别完成2901.5万辆和2887.9万辆，同比增长3.2%和3.0%。其中，纯电动汽车产销分别为66.6万辆和65.2万辆。"
            "微型计算机设备产量3.07亿台，增长6.8%。2017年规模以上工业中小企业增加值同比增长6.8%。"
            "截至2017年底，数字化研发设计工具普及率达到63.3%，关键工序数控化率达到46.4%，分别比上年提高2.3和1.4个百分点。")
    y, e = year(2017), dec31(2017)
    assert obs(text) == {
        ("high_tech_manufacturing_value_added", "yoy_pct", *y, 13.4, "eq"),
        ("equipment_manufacturing_value_added", "yoy_pct", *y, 11.3, "eq"),
        ("auto_production", "level", *y, 2.9015e7, "eq"), ("auto_sales", "level", *y, 2.8879e7, "eq"),
        ("auto_production", "yoy_pct", *y, 3.2, "eq"), ("auto_sales", "yoy_pct", *y, 3.0, "eq"),
        ("computer_output", "level", *y, 3.07e8, "eq"), ("computer_output", "yoy_pct", *y, 6.8, "eq"),
        ("industrial_sme_value_added", "yoy_pct", *y, 6.8, "eq"),
        ("digital_rd_tool_penetration", "level", *e, 63.3, "eq"),
        ("key_process_digitalization_rate", "level", *e, 46.4, "eq"),
    }


def test_chinese_tier_lists_densities_and_achieved_targets():
    text = ("前三季度工业和信息化发展情况\n\n发布时间：2025-10-23\n\n"
            "截至9月底，我国已累计建成5G基站469万个，今年以来新建5G基站超过40万个，提前完成全年目标；每万人拥有5G基站数达到33个。"
            "目前全国累计建成3.6万余家基础级、8500余家先进级、520余家卓越级智能工厂，培育领航级智能工厂15家。")
    e = (date(2025, 9, 30), date(2025, 9, 30))
    assert obs(text) == {
        ("five_g_base_stations", "level", *e, 4.69e6, "eq"),
        ("smart_factories_basic", "level", *e, 3.6e4, "gt"),
        ("smart_factories_advanced", "level", *e, 8500, "gt"),
        ("smart_factories_excellence", "level", *e, 520, "gt"),
        ("smart_factories_leading", "level", *e, 15, "eq"),
    }


def test_chinese_product_lists_two_year_comparisons_and_wrapped_units():
    text = ("上半年工业和信息化发展情况\n\n发布时间：2021-07-19\n\n"
            "上半年，集成电路、工业机器人产量同比分别增长48.1%和69.4%。"
            "汽车产销分别完成1256.9万辆和1289.1万辆，同比分别增长24.2%和25.6%，与2019年同期相比分别增长4.4%和5.0%。"
            "截至6月底，千兆光纤宽带用户达到1423\n万户。5G mobile phone users numbered365 million.")
    h1 = (date(2021, 1, 1), date(2021, 6, 30))
    jun = (date(2021, 6, 30), date(2021, 6, 30))
    assert obs(text) == {
        ("industrial_robot_output", "yoy_pct", *h1, 69.4, "eq"),
        ("auto_production", "level", *h1, 1.2569e7, "eq"), ("auto_sales", "level", *h1, 1.2891e7, "eq"),
        ("auto_production", "yoy_pct", *h1, 24.2, "eq"), ("auto_sales", "yoy_pct", *h1, 25.6, "eq"),
        ("gigabit_broadband_users", "level", *jun, 1.423e7, "eq"),
        ("five_g_mobile_users", "level", *jun, 3.65e8, "eq"),
    }


H1_2022 = "Industry in the first half of 2022\n\nPublished: 2022-07-19\n\n"
H1_22 = (date(2022, 1, 1), date(2022, 6, 30))


@pytest.mark.parametrize("sentence, expected", [
    # a later rate of the same sentence with its own period is the same indicator's
    ("Industrial value added grew 3.4 percent year on year in the first half, including 0.7 percent in the "
     "second quarter.",
     {("industrial_value_added", "yoy_pct", *H1_22, 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 4, 1), date(2022, 6, 30), 0.7, "eq")}),
    ("Industrial value added rose 3.4 percent in the first half, and in June it rose 3.9 percent.",
     {("industrial_value_added", "yoy_pct", *H1_22, 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 6, 1), date(2022, 6, 30), 3.9, "eq")}),
    # ... but not a province's, nor one measured against something else
    ("Industrial value added rose 3.4 percent in the first half, and Guangdong's rose 2.1 percent in June.",
     {("industrial_value_added", "yoy_pct", *H1_22, 3.4, "eq")}),
    ("Industrial value added rose 3.4 percent in the first half, 1.2 percentage points lower than in the first "
     "quarter.",
     {("industrial_value_added", "yoy_pct", *H1_22, 3.4, "eq")}),
    # "faster than expected" does not make the figure a forecast
    ("China's industry recovered faster than expected, with the value added of industrial enterprises above "
     "designated size growing 3.4% in the first half.",
     {("industrial_value_added", "yoy_pct", *H1_22, 3.4, "eq")}),
])
def test_later_rates_of_the_same_sentence(sentence, expected):
    assert obs(H1_2022 + sentence) == expected


def test_chinese_later_month_rate():
    text = ("2022年上半年工业运行情况\n\n发布时间：2022-07-19\n\n"
            "上半年，规模以上工业增加值同比增长3.4%，其中二季度增长0.7%，6月份增长3.9%，比5月份加快3.2个百分点。")
    assert obs(text) == {("industrial_value_added", "yoy_pct", *H1_22, 3.4, "eq"),
                         ("industrial_value_added", "yoy_pct", date(2022, 4, 1), date(2022, 6, 30), 0.7, "eq"),
                         ("industrial_value_added", "yoy_pct", date(2022, 6, 1), date(2022, 6, 30), 3.9, "eq")}


Q3_2024 = "Telecom sector in the first three quarters of 2024\n\nPublished: 2024-10-18\n\n"
SEP30_24 = (date(2024, 9, 30), date(2024, 9, 30))


@pytest.mark.parametrize("sentence, expected", [
    ("Gigabit broadband users, meanwhile, hit 198 million.",
     {("gigabit_broadband_users", "level", *SEP30_24, 1.98e8, "eq")}),
    # a qualifier word in an earlier clause is not this figure's
    ("Gigabit broadband users, defined as those on plans of 1Gbit/s and above, reached 198 million.",
     {("gigabit_broadband_users", "level", *SEP30_24, 1.98e8, "eq")}),
    # a second figure after "and" does not cancel the first one's year-on-year rate
    ("In September, DOU reached 21.86GB, up 15.1% year on year and 0.3GB higher than in August.",
     {("mobile_dou", "level", date(2024, 9, 1), date(2024, 9, 30), 21.86, "eq"),
      ("mobile_dou", "yoy_pct", date(2024, 9, 1), date(2024, 9, 30), 15.1, "eq")}),
    # a quarter's batch stated after the noun is an addition
    ("China had 4.1 million 5G base stations at the end of September; around 160,000 5G base stations were built in "
     "the third quarter alone.",
     {("five_g_base_stations", "level", *SEP30_24, 4.1e6, "eq")}),
])
def test_interjections_qualifier_scope_and_quarterly_batches(sentence, expected):
    assert obs(Q3_2024 + sentence) == expected


def test_month_on_month_rates_before_the_yearly_ones_of_a_pair():
    text = ("Auto industry in November 2017\n\nPublished: 2017-12-11\n\n"
            "In November, 2.9988 million automobiles were produced and 2.9475 million were sold, up 7.5% and 9.2% month "
            "on month, and up 2.1% and 1.8% year on year respectively.")
    nov = (date(2017, 11, 1), date(2017, 11, 30))
    assert obs(text) == {("auto_production", "level", *nov, 2.9988e6, "eq"), ("auto_sales", "level", *nov, 2.9475e6, "eq"),
                         ("auto_production", "yoy_pct", *nov, 2.1, "eq"), ("auto_sales", "yoy_pct", *nov, 1.8, "eq")}


def test_chinese_times_growth_provincial_level_counts_and_later_forecasts():
    text = ("上半年工业和信息化发展情况\n\n发布时间：2022-07-19\n\n"
            "上半年新能源汽车产销分别完成266.1万辆和260万辆，同比均增长1.2倍。"
            "截至6月底，已累计培育国家级专精特新“小巨人”企业8997家，带动各地培育省级专精特新中小企业5万多家。"
            "上半年，“小巨人”企业营业收入同比增长12.6%。"
            "截至6月底，全国已建成5G基站约185万个，预计到年底将超过200万个。")
    h1, jun = (date(2022, 1, 1), date(2022, 6, 30)), (date(2022, 6, 30), date(2022, 6, 30))
    assert obs(text) == {
        ("nev_production", "level", *h1, 2.661e6, "eq"), ("nev_sales", "level", *h1, 2.6e6, "eq"),
        ("nev_production", "yoy_pct", *h1, 120.0, "eq"), ("nev_sales", "yoy_pct", *h1, 120.0, "eq"),
        ("little_giant_enterprises", "level", *jun, 8997, "eq"),
        ("specialized_smes", "level", *jun, 5e4, "gt"),
        ("five_g_base_stations", "level", *jun, 1.85e6, "approx"),
    }


def test_factbox_labels_and_rates_after_a_long_period_phrase():
    text = ("China's industry in the first half of 2023\n\nPublished: 2023-07-20\n\n"
            "Key figures:\n\n"
            "  - Industrial internet platforms with regional and industry influence: over 240\n\n"
            "China produced 3.545 million new energy vehicles (NEVs) in the first six months of this year, up 159.5 "
            "percent year-on-year, and sold 3.521 million, up 157.5 percent year-on-year.")
    y = (date(2023, 1, 1), date(2023, 6, 30))
    assert obs(text) == {("industrial_internet_platforms", "level", date(2023, 6, 30), date(2023, 6, 30), 240, "gt"),
                         ("nev_production", "level", *y, 3.545e6, "eq"), ("nev_production", "yoy_pct", *y, 159.5, "eq"),
                         ("nev_sales", "level", *y, 3.521e6, "eq"), ("nev_sales", "yoy_pct", *y, 157.5, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # an appositive about the region ("the country's largest ...") is no national mark
    ("Guangdong province, the country's largest robot production base, turned out about 240,000 industrial robots.",
     set()),
    ("BYD, the country's top-selling automaker, sold 4.6 million vehicles in 2024.", set()),
    # a dash aside with a density does not block the figure after it
    ("The country had 4.251 million 5G base stations at the end of 2024 - roughly 30 per 10,000 people - and "
     "1.014 billion 5G mobile phone users.",
     {("five_g_base_stations", "level", *dec31(2024), 4.251e6, "eq"),
      ("five_g_mobile_users", "level", *dec31(2024), 1.014e9, "eq")}),
    ("By the end of 2024, users on gigabit and faster plans hit 207 million.",
     {("gigabit_broadband_users", "level", *dec31(2024), 2.07e8, "eq")}),
])
def test_region_appositives_dash_asides_and_plan_users(sentence, expected):
    assert obs(FY2024 + sentence) == expected


def test_chinese_month_rate_after_a_percentage_point_gap_and_connected_devices():
    text = ("前三季度工业和信息化发展情况\n\n发布时间：2020-10-23\n\n"
            "前三季度，全国规模以上工业增加值同比增长1.2%。其中，三季度规模以上工业增加值同比增长5.8%，比二季度加快1.4个百分点；"
            "9月份增长6.9%，比8月份加快1.3个百分点。目前，重点平台连接设备数超过7600万台（套）。")
    assert obs(text) == {
        ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq"),
        ("industrial_value_added", "yoy_pct", date(2020, 7, 1), date(2020, 9, 30), 5.8, "eq"),
        ("industrial_value_added", "yoy_pct", date(2020, 9, 1), date(2020, 9, 30), 6.9, "eq"),
        ("industrial_internet_connected_devices", "level", date(2020, 9, 30), date(2020, 9, 30), 7.6e7, "gt"),
    }


@pytest.mark.parametrize("sentence, expected", [
    # products that are no catalogue item keep their places in a "respectively" list
    ("Output of solar cells, service robots and new energy vehicles surged 63.1 percent, 23.3 percent and 33.7 "
     "percent, respectively.",
     {("service_robot_output", "yoy_pct", *JAN_SEP_2019, 23.3, "eq"), ("nev_production", "yoy_pct", *JAN_SEP_2019, 33.7, "eq")}),
    # without "respectively", or with counts that differ, nothing
    ("Output of solar cells, service robots and new energy vehicles surged 63.1 percent and 23.3 percent.", set()),
])
def test_mixed_product_lists(sentence, expected):
    assert obs(Q3_2019 + sentence) == expected


Q1_2026 = "Industry in the first quarter of 2026\n\nPublished: 2026-04-16\n\n"


@pytest.mark.parametrize("paragraph, expected", [
    # "; in March, growth picked up to 6.8%": the month is in the clause before the rate
    ("In the first quarter, industrial value added grew 6.3% year on year, 0.5 percentage points higher than in the "
     "fourth quarter of last year; in March, growth picked up to 6.8%.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2026, 3, 1), date(2026, 3, 31), 6.8, "eq")}),
    # factbox bullets: "March growth was ..." continues the bullet before
    ("  * Industrial value added rose 6.3 pct y/y in the first quarter.\n"
     "  * March growth was 6.8 pct, up from 5.9 pct in February.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2026, 3, 1), date(2026, 3, 31), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2026, 2, 1), date(2026, 2, 28), 5.9, "eq")}),
])
def test_month_rates_after_semicolons_and_in_bullets(paragraph, expected):
    assert obs(Q1_2026 + paragraph) == expected


@pytest.mark.parametrize("text, expected", [
    # a city bureau's page (the site name is not the title): only the national figures count
    ("洛阳市工业和信息化局\n首页 > 政务公开 > 统计信息\n\n2025年上半年全市工业和信息化运行情况分析\n\n发布时间：2025-07-28\n\n"
     "从全国看，上半年全国规模以上工业增加值同比增长６．４％。上半年，全市规上工业增加值同比增长８．５％。"
     "截至６月底，全市累计建成5G基站1.86万个；千兆宽带用户达98.2万户。",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 6.4, "eq")}),
    # "其中，9月份增长5.8%" drills into the month; the next sentence is back on the cumulative period
    ("前三季度工业通信业发展情况\n\n发布时间：2019-10-18\n\n前三季度，全国规模以上工业增加值同比增长5.6%。"
     "其中，9月份增长5.8%，比8月份加快1.4个百分点。高技术制造业增加值同比增长8.7%。"
     "具有一定区域和行业影响力的工业互联网平台数量持续增加，重点平台平均连接设备数量达到59万台。"
     "第六批专精特新“小巨人”企业正在公示，拟认定企业3000余家。部分运营商5G用户发展超过7000万户。",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 9, 1), date(2019, 9, 30), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 8.7, "eq")}),
])
def test_chinese_city_pages_drilldowns_batches_and_operators(text, expected):
    assert obs(text) == expected


@pytest.mark.parametrize("paragraph, expected", [
    # "In the telecom sector, business revenue ...": the sector the sentence opens with, not the one before
    ("The software industry raked in 5.27 trillion yuan of business revenue during the period. In the telecom "
     "sector, business revenue totaled 989.3 billion yuan in the first nine months.",
     {("software_it_services_revenue", "level", *JAN_SEP_2019, 5.27e12, "eq"),
      ("telecom_business_revenue", "level", *JAN_SEP_2019, 9.893e11, "eq")}),
    # a forecast's date is not carried, and "now" is the text's own date
    ("By the end of September, China had 130,000 5G base stations. By the end of the year, we expect to have more "
     "than 600,000 5G base stations. Chinese companies now account for more than 32% of 5G standard essential "
     "patent declarations worldwide.",
     {("five_g_base_stations", "level", date(2019, 9, 30), date(2019, 9, 30), 1.3e5, "eq"),
      ("five_g_sep_share", "level", date(2019, 9, 30), date(2019, 9, 30), 32, "gt")}),
    # a plant's output is not the country's
    ("The plant, run by a local automaker, turned out more than 360,000 vehicles in the first three quarters.", set()),
])
def test_topic_openings_forecast_dates_and_plants(paragraph, expected):
    assert obs(Q3_2019 + paragraph) == expected


def test_trade_press_page_with_domain_masthead_and_european_date():
    text = ("electrive.com\nHome > Automobile > Markets\n\n"
            "China: NEV sales climb 30 per cent in August as overall market shrinks\n\n"
            "12.09.2024 - 10:35  |  Author: Carla Brenner\n\n"
            "According to the association, 1.093 million new energy vehicles (NEVs) were produced in China in August and "
            "1.1 million were sold, 30.5 per cent and 30.0 per cent more than a year earlier.")
    meta = extract(text).document
    assert (meta.title, meta.published_date) == ("China: NEV sales climb 30 per cent in August as overall market shrinks",
                                                 date(2024, 9, 12))
    aug = (date(2024, 8, 1), date(2024, 8, 31))
    assert obs(text) == {("nev_production", "level", *aug, 1.093e6, "eq"), ("nev_sales", "level", *aug, 1.1e6, "eq"),
                         ("nev_production", "yoy_pct", *aug, 30.5, "eq"), ("nev_sales", "yoy_pct", *aug, 30.0, "eq")}


def test_both_expanded_and_outcomes_against_a_distant_target():
    text = Q1_2024 + ("At a State Council Information Office briefing in April, the ministry reported that the value added "
                      "of industrial enterprises above designated size grew 6.1 percent year-on-year in the first quarter "
                      "of 2024, comfortably above the government's full-year GDP target of around 5 percent. Equipment "
                      "manufacturing and high-tech manufacturing both expanded 7.5 percent.")
    q1 = (date(2024, 1, 1), date(2024, 3, 31))
    assert obs(text) == {("industrial_value_added", "yoy_pct", *q1, 6.1, "eq"),
                         ("equipment_manufacturing_value_added", "yoy_pct", *q1, 7.5, "eq"),
                         ("high_tech_manufacturing_value_added", "yoy_pct", *q1, 7.5, "eq")}


FY2022 = "China's telecom sector in 2022\n\nPublished: 2023-02-07\n\n"


@pytest.mark.parametrize("paragraph, expected", [
    ("On the fixed side, 10G PON ports capable of delivering gigabit service totaled 15.23 million at year-end. The "
     "number of gigabit broadband users reached 91.75 million, up from 34.56 million at end-2021 and well ahead of the "
     "2023 target of 30 million.",
     {("ten_g_pon_ports", "level", *dec31(2022), 1.523e7, "eq"),
      ("gigabit_broadband_users", "level", *dec31(2022), 9.175e7, "eq"),
      ("gigabit_broadband_users", "level", *dec31(2021), 3.456e7, "eq")}),
    # a press conference's city is no region; an em-dash appositive before "rising"
    ("At a press conference in Beijing on Tuesday, a spokesman said the value added of industrial enterprises above "
     "designated size - companies with annual revenue of at least 20 million yuan - rising 3.6% last year, beat "
     "expectations.",
     {("industrial_value_added", "yoy_pct", *year(2022), 3.6, "eq")}),
])
def test_year_end_targets_ahead_and_venues(paragraph, expected):
    assert obs(FY2022 + paragraph) == expected


def test_chinese_companies_wrapped_figures_and_verb_object_sales():
    text = ("2024年工业和信息化发展情况\n\n发布时间：2025-01-22\n\n"
            "去年，新能源汽车产销量分别达1288.8万辆和128\n6.6万辆，连续10年位居全球第一。"
            "从企业看，比亚迪全年新能源汽车销量427.2万辆，同比增长41.3%。"
            "全年销售新能源汽车1286.6万辆。")
    y = year(2024)
    assert obs(text) == {("nev_production", "level", *y, 1.2888e7, "eq"), ("nev_sales", "level", *y, 1.2866e7, "eq")}


def test_figures_wrapped_at_a_digit_are_joined_only_inside_sentences():
    assert normalise_text("the country had 1.15\n9 million 5G base stations") == \
        "the country had 1.159 million 5G base stations"
    assert normalise_text("Year\n2023\n4.5 million") == "Year\n2023\n4.5 million"
    assert normalise_text("in 2023\n4.5 million users") == "in 2023\n4.5 million users"


def test_the_worlds_biggest_producer_is_china():
    text = ("China's steel output in September 2024\n\nPublished: 2024-10-18\n\n"
            "The world's biggest steel producer churned out 77.07 million metric tons of crude steel last month, down "
            "6.1% from a year earlier. Output in the first nine months fell 3.6% to 768.5 million tons. Japan, the "
            "world's second-largest producer, churned out 62 million tons of crude steel in the nine months.")
    sep, q3 = (date(2024, 9, 1), date(2024, 9, 30)), (date(2024, 1, 1), date(2024, 9, 30))
    assert obs(text) == {("crude_steel_output", "level", *sep, 7.707e7, "eq"),
                         ("crude_steel_output", "yoy_pct", *sep, -6.1, "eq"),
                         ("crude_steel_output", "level", *q3, 7.685e8, "eq"),
                         ("crude_steel_output", "yoy_pct", *q3, -3.6, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    ("The number of 5G mobile phone users in China reached 455 million, Tian said.",
     {("five_g_mobile_users", "level", date(2022, 6, 30), date(2022, 6, 30), 4.55e8, "eq")}),
    ("The number of 5G mobile phone users in Guangdong reached 45 million.", set()),
])
def test_5g_users_in_china_and_in_a_province(sentence, expected):
    assert obs(H1_2022 + sentence) == expected


def test_sector_posted_a_rate_and_devices_running_openharmony():
    text = H1_2024 + ("The value added of industrial enterprises above designated size grew 6.0% in the first half, the "
                      "ministry said, while high-tech manufacturing posted 8.7%. More than 1.1 billion devices run "
                      "OpenHarmony, the open-source operating system, by the end of June.")
    h1, jun = (date(2024, 1, 1), date(2024, 6, 30)), (date(2024, 6, 30), date(2024, 6, 30))
    assert obs(text) == {("industrial_value_added", "yoy_pct", *h1, 6.0, "eq"),
                         ("high_tech_manufacturing_value_added", "yoy_pct", *h1, 8.7, "eq"),
                         ("openharmony_devices", "level", *jun, 1.1e9, "gt")}


@pytest.mark.parametrize("sentence, expected", [
    # the exact figure restated after a round threshold
    ("The number of 5G base stations topped 4 million, reaching 4.04 million at the end of June.",
     {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 4.04e6, "eq")}),
    # "making up 29.8 percent of total shipments" is a share, not growth
    ("5G phone shipments in the first half reached 143 million units, with 5G models making up 79.8 percent of total "
     "shipments.",
     {("five_g_phone_shipments", "level", date(2024, 1, 1), date(2024, 6, 30), 1.43e8, "eq")}),
])
def test_restated_levels_and_shares_made_up(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # another country's figure in the same words
    ("Industrial production in the U.S. rose 0.6% in June, the Federal Reserve said.", set()),
    # a dollar conversion is no foreign scope
    ("Software revenue reached 2.95 trillion yuan (about 435 billion U.S. dollars) in the first half.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 2.95e12, "eq")}),
])
def test_other_countries_and_dollar_conversions(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


FY2019 = "China's factories in 2019\n\nPublished: 2020-01-21\n\n"
Q1_2025 = "Industry in the first quarter\n\nPublished: 2025-04-18\n\n"


def month(y: int, m: int) -> tuple[date, date]:
    last = (date(y + (m == 12), m % 12 + 1, 1) - date.resolution)
    return date(y, m, 1), last


@pytest.mark.parametrize("text, expected", [
    # a single month's rate named by its month, in the same sentence or the next one
    (FY2019 + "Value added of industrial enterprises above designated size grew 5.7 percent in 2019, with December "
              "also registering a 6.9-percent increase.",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 12), 6.9, "eq")}),
    (FY2019 + "Industrial output rose 5.7 percent in 2019, the weakest pace since 1992. December's increase was "
              "6.9 percent, compared with 6.2 percent in November.",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 12), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq")}),
    # "output" continues an output's rate, not a revenue's
    (H1_2024 + "Industrial output rose 6% from a year earlier in the January-June period. In June alone, output "
               "grew 5.3%, down from 5.6% in May.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    (H1_2024 + "Software revenue rose 11.5% in the first half. In June alone, output grew 5.3%.",
     {("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 11.5, "eq")}),
    # the sentence's subject, when the other rate only follows ", with"
    (Q1_2025 + "Value added of industrial enterprises above designated size rose 6.5 percent in the first quarter, "
               "with high-tech manufacturing up 9.7 percent. In March alone, the growth rate was 7.7 percent. "
               "The first quarter saw growth of 6.5 percent in all.",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 3, 31), 6.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 3, 31), 9.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 3), 7.7, "eq")}),
    # a later rate with its own month before the comparison that follows it
    (H1_2024 + "Industrial output climbed 6 percent in the first half and expanded 5.3 percent in June, compared "
               "with 5.6 percent in May.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
])
def test_single_month_rates_after_the_period_rate(text, expected):
    assert obs(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # Hong Kong papers: "pc" is percent, "the mainland's" is China's
    ("The value added of the mainland's industrial enterprises above designated size rose 5.8pc in the first "
     "half, while 5G base stations made up 60pc of the world's total.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq")}),
    ("High-tech manufacturing value added grew 8.7pc in the first half, 1.2 pc pts faster than a year earlier.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq")}),
])
def test_hong_kong_style(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_provincial_page_quotes_a_national_figure_marked_after_its_noun():
    text = ("Zhejiang Provincial Economy and Information Technology Department\n\nZhejiang industry in the first half"
            "\n\nUpdated: 2024-07-25\n\nThe value added of the province's industrial enterprises above designated "
            "size rose 8.1 percent in the first half. The value added of industrial enterprises above designated size "
            "nationwide grew 6 percent, while Zhejiang's high-tech manufacturing grew faster than the national "
            "average, at 9.5 percent.")
    assert obs(text) == {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq")}


@pytest.mark.parametrize("text, expected", [
    # a manufacturing sector's bare growth, set against all industry in its own sentence
    (H1_2024 + "High-tech manufacturing grew 8.7% in the first half, while equipment manufacturing expanded 8.1%, "
               "both outpacing industry as a whole.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.1, "eq")}),
    # participles and perfects after a value-added sentence
    (H1_2024 + "Industrial output rose 6% in the first half. High-tech manufacturing led the way, expanding "
               "8.7 per cent. Officials said equipment manufacturing had grown 8.1pc over the same six months.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.1, "eq")}),
    (H1_2024 + "Industrial output rose 6% in the first half, with high-tech manufacturing expanding 8.7 percent. "
               "Equipment manufacturing logged an 8.1-percent increase in value added.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.1, "eq")}),
    # a verb glued to its figure on a scraped page
    (H1_2024 + "High-tech manufacturing expanded8.7 percent, outpacing overall industrial growth by 2.7 percentage "
               "points.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq")}),
    # without any value-added context a sector's growth is not read (it may be investment)
    (H1_2024 + "High-tech manufacturing grew 8.7% in the first half.", set()),
])
def test_sector_growth_in_value_added_passages(text, expected):
    assert obs(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "such vehicles" are the vehicles just named
    ("China produced 5.9 million new energy vehicles in the first half, while sales of such vehicles climbed 32 "
     "percent to 5.8 million units.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 5.9e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 5.8e6, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 32.0, "eq")}),
    # with no vehicle named before, "such vehicles" is nothing
    ("Sales of such vehicles climbed 32 percent to 5.8 million units in the first half.", set()),
])
def test_such_vehicles(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the second sector's verb is left out
    ("Industrial output grew 6% in the first half. Equipment manufacturing expanded 8.1 percent and high-tech "
     "manufacturing 8.7 percent.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq")}),
    ("The value added of equipment manufacturing rose 8.1 percent in the first half and that of high-tech "
     "manufacturing 8.7 percent.",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq")}),
    # a share after the second sector is not its growth
    ("The value added of equipment manufacturing rose 8.1 percent in the first half and high-tech manufacturing "
     "16 percent of the total.",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.1, "eq")}),
])
def test_gapped_sector_rates(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, value", [
    ("Users on plans of 1,000 Mbps or faster stood at 207 million at the end of June.", 2.07e8),
    ("Subscribers to 1,000 Mbps-and-above plans totaled 207 million at the end of June.", 2.07e8),
    ("Of them, users with access rates of 1000Mbps and above numbered 207 million at the end of June.", 2.07e8),
])
def test_gigabit_users_by_access_rate(sentence, value):
    assert obs(H1_2024 + sentence) == {("gigabit_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30),
                                        value, "eq")}


def test_hundred_megabit_users_are_not_gigabit_users():
    assert obs(H1_2024 + "Users on plans of 100 Mbps or faster stood at 630 million at the end of June.") == set()


FY2024_ZH = "2024年通信业统计公报\n\n发布时间：2025-01-22\n\n"


@pytest.mark.parametrize("text, expected", [
    # a relative clause between a stock and its "rose X% to Y"
    (FY2024 + "Intelligent computing power, which powers the training of large models, jumped 60 percent "
              "year on year to 150 EFLOPS.",
     {("intelligent_computing_power", "level", *dec31(2024), 150.0, "eq"),
      ("intelligent_computing_power", "yoy_pct", *dec31(2024), 60.0, "eq")}),
    # data per person per month is the unit of DOU, not a gap before its growth
    (FY2024 + "Mobile users consumed an average of 18.1GB of data per person per month in 2024, up 11 percent "
              "from a year earlier.",
     {("mobile_dou", "level", *year(2024), 18.1, "eq"), ("mobile_dou", "yoy_pct", *year(2024), 11.0, "eq")}),
    # 5G-A cities with "5G" inside the words between
    (FY2024 + "5G-Advanced, an upgrade of 5G networks, has been deployed in more than 300 cities.",
     {("five_g_a_cities", "level", *dec31(2024), 300.0, "gt")}),
    # Chinese: 5G-A cities, and villages reached after "all prefecture-level cities" (no single city)
    (FY2024_ZH + "5G-A网络已覆盖超过300个城市。5G网络覆盖所有地级市城区、县城城区，通达超过90%的行政村。",
     {("five_g_a_cities", "level", *dec31(2024), 300.0, "gt"),
      ("five_g_admin_village_coverage", "level", *dec31(2024), 90.0, "gt")}),
    (FY2024_ZH + "4G网络已覆盖所有乡镇和99%以上的行政村。", set()),
    (FY2024_ZH + "全市5G网络通达95%以上的行政村。", set()),
])
def test_stock_phrasings_2024(text, expected):
    assert obs(text) == expected


def test_chinese_electronics_value_added():
    text = ("2024年上半年电子信息制造业运行情况\n\n发布时间：2024-07-25\n\n"
            "上半年，规模以上电子信息制造业增加值同比增长13.3%，增速分别比同期工业、高技术制造业高7.3个和4.6个百分点。"
            "6月份，规模以上电子信息制造业增加值同比增长11.5%。")
    assert obs(text) == {
        ("electronics_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 13.3, "eq"),
        ("electronics_manufacturing_value_added", "yoy_pct", date(2024, 6, 1), date(2024, 6, 30), 11.5, "eq")}


def test_chinese_provincial_electronics_value_added_is_not_national():
    text = ("2024年上半年全省电子信息制造业运行情况\n\n发布时间：2024-07-25\n\n"
            "上半年，全省规模以上电子信息制造业增加值同比增长15.1%。")
    assert obs(text) == set()


def test_a_carmakers_sales_are_not_the_market():
    text = ("China autos in 2024\n\nPublished: 2025-01-14\n\nNissan Motor Co. sold 700,000 vehicles in China in 2024, "
            "down 12 percent, while Volkswagen's deliveries fell 10 percent. Automobile sales in China rose 4.5 percent "
            "to 31.4 million units in 2024.")
    assert obs(text) == {("auto_sales", "level", *year(2024), 31.4e6, "eq"),
                         ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq")}


@pytest.mark.parametrize("text, expected", [
    ("Computing in 2024\n\nPublished: 2025-01-20\n\nThe country's total computing power reached 280 exaflops at "
     "the end of 2024, and 300 petaflops of it were added in December.",
     {("computing_power_total", "level", *dec31(2024), 280.0, "eq")}),
    # beating a target is an outcome, not a target
    (FY2024 + "Some 420,000 5G base stations were built last year, beating the government's target, which brought "
              "the total number nationwide to 4.25 million.",
     {("five_g_base_stations", "level", *dec31(2024), 4.25e6, "eq")}),
    (FY2024 + "The number of 5G base stations will reach 5 million next year, exceeding the target.", set()),
    # all the telecom operators together are the industry; one of them is a company
    (FY2024 + "Combined business revenue of the country's telecom operators totaled 1.74 trillion yuan in 2024, up "
              "3.2 percent year on year. China Mobile, the largest of the telecom operators, reported revenue of "
              "1.04 trillion yuan.",
     {("telecom_business_revenue", "level", *year(2024), 1.74e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2024), 3.2, "eq")}),
])
def test_units_outcomes_and_operators(text, expected):
    assert obs(text) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the clause after the comma restates production and sales: its figures are the phrase's
    ("新能源汽车产销两旺，上半年产销分别完成492.9万辆和494.4万辆，同比分别增长30.1%和32%。",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.929e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.944e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 30.1, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 32.0, "eq")}),
    # another figure in the next clause (exports) is not production or sales
    ("新能源汽车产销持续增长，出口超过60万辆。", set()),
])
def test_chinese_restated_production_and_sales(sentence, expected):
    assert obs("2024年上半年工业经济运行情况\n\n发布时间：2024-07-20\n\n" + sentence) == expected


AUG_2024 = "Autos and steel, January-August 2024\n\nPublished: 2024-09-12\n\n"


@pytest.mark.parametrize("sentence, expected", [
    # a bracketed signed rate next to bracketed y/y rates is y/y; alone after a month's level it is nothing (it may be
    # on the month before), after a longer period's it is y/y (since 1.58.0: eight months have no month before)
    ("In January-August, NEV output totalled 7.1 million units (+27.5% y/y), while sales reached 7.0 million (+29.6%).",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 8, 31), 7.1e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 8, 31), 27.5, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 8, 31), 7.0e6, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 8, 31), 29.6, "eq")}),
    ("NEV sales reached 1.1 million (+2.1%) in August.",
     {("nev_sales", "level", date(2024, 8, 1), date(2024, 8, 31), 1.1e6, "eq")}),
    ("NEV sales reached 7.0 million (+2.1%) in the first eight months.",
     {("nev_sales", "level", date(2024, 1, 1), date(2024, 8, 31), 7.0e6, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 8, 31), 2.1, "eq")}),
    # a bracketed daily average after the figure is not the figure's
    ("Crude steel output fell 3.3% y/y to 128.5mn tonnes in August (daily average 4.1mn t).",
     {("crude_steel_output", "level", date(2024, 8, 1), date(2024, 8, 31), 128.5e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 8, 1), date(2024, 8, 31), -3.3, "eq")}),
    ("Crude steel output averaged 4.1 million tonnes per day in August.", set()),
])
def test_analyst_note_brackets(sentence, expected):
    assert obs(AUG_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In June, the output of industries above designated size increased 5.3 percent year-on-year.",
     {("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq")}),
    # the designated size spelled out as its revenue threshold (the 20 million yuan is no figure)
    ("In the first half, the value added of industrial firms with annual revenue above 20 million yuan rose 6%.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq")}),
    # a two-item output list with a product that is no catalogue item keeps its places
    ("Output of integrated circuits and industrial robots rose 28.9% and 9.6% respectively in the first half.",
     {("industrial_robot_output", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 9.6, "eq")}),
    ("Industrial output rose 6% in the first half, with the production of industrial robots and integrated circuits "
     "expanding 9.6 percent and 28.9 percent, respectively.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 9.6, "eq")}),
])
def test_industry_output_wordings(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_anaphoric_rate_before_a_sector_rate():
    text = (H1_2024 + "In the first half, industrial value added rose 6 percent year on year. In June, it grew 5.3 percent, "
            "with high-tech manufacturing expanding 10.1 percent.")
    assert obs(text) == {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
                         ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"),
                         ("high_tech_manufacturing_value_added", "yoy_pct", *month(2024, 6), 10.1, "eq")}


def test_months_ended_a_dated_month_end():
    text = ("Industry in the first quarter\n\nPublished: 2025-04-18\n\nValue added in equipment manufacturing and "
            "high-tech manufacturing rose 10.9 percent and 9.7 percent, respectively, in the three months ended March 31.")
    q1 = (date(2025, 1, 1), date(2025, 3, 31))
    assert obs(text) == {("equipment_manufacturing_value_added", "yoy_pct", *q1, 10.9, "eq"),
                         ("high_tech_manufacturing_value_added", "yoy_pct", *q1, 9.7, "eq")}


def test_respectively_after_a_parallel_list():
    text = (H1_2024 + "High-tech manufacturing and equipment manufacturing expanded 8.7 percent and 8.1 percent, "
            "outpacing overall industry by 2.7 and 2.1 percentage points, respectively.")
    h1 = (date(2024, 1, 1), date(2024, 6, 30))
    assert obs(text) == {("high_tech_manufacturing_value_added", "yoy_pct", *h1, 8.7, "eq"),
                         ("equipment_manufacturing_value_added", "yoy_pct", *h1, 8.1, "eq")}


FY2020 = "Industry in 2020\n\nPublished: 2021-01-26\n\n"


@pytest.mark.parametrize("text, expected", [
    # a period in another comma clause before the figure yields to the figure's own period after it
    (FY2020 + "After a sharp slump in the first quarter, automobile production and sales reached 25.2 million and "
              "25.3 million units in 2020, down 2 percent and 1.9 percent respectively.",
     {("auto_production", "level", *year(2020), 25.2e6, "eq"), ("auto_sales", "level", *year(2020), 25.3e6, "eq"),
      ("auto_production", "yoy_pct", *year(2020), -2.0, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq")}),
    (FY2020 + "Industry rebounded strongly in the second half, with the value added of industrial enterprises above "
              "designated size growing 2.8 percent for the whole of last year.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq")}),
    # a dash aside after the figure is another clause: its month is not the figure's
    (FY2020 + "NEV sales jumped 10.9% to 1.37 million units last year, with output up 7.5% at 1.37 million -- helped "
              "by a rush before subsidy cuts that took effect in June.",
     {("nev_sales", "level", *year(2020), 1.37e6, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq"),
      ("nev_production", "level", *year(2020), 1.37e6, "eq"), ("nev_production", "yoy_pct", *year(2020), 7.5, "eq")}),
    # "built" vehicles are produced ones; base stations built over a period are additions
    (FY2020 + "Automakers built 25.2 million vehicles and sold 25.3 million last year, declines of 2% and 1.9%. "
              "China built 580,000 5G base stations last year.",
     {("auto_production", "level", *year(2020), 25.2e6, "eq"), ("auto_sales", "level", *year(2020), 25.3e6, "eq"),
      ("auto_production", "yoy_pct", *year(2020), -2.0, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq")}),
    # "the sector" later in the sentence is the industry named at its start
    (FY2020 + "The software and information technology services industry posted revenue of 8.16 trillion yuan in 2020, "
              "while total profits in the sector came in at 1.07 trillion yuan, up 7.8 percent.",
     {("software_it_services_revenue", "level", *year(2020), 8.16e12, "eq"),
      ("software_industry_profit", "level", *year(2020), 1.07e12, "eq"),
      ("software_industry_profit", "yoy_pct", *year(2020), 7.8, "eq")}),
])
def test_setn_prompted_phrasings(text, expected):
    assert obs(text) == expected


ZH_Q3_2025 = "国新办举行新闻发布会介绍2025年前三季度工业和信息化发展情况\n\n发布时间：2025-10-24\n\n"


@pytest.mark.parametrize("sentence, expected", [
    # a production and sales pair in order without 分别
    ("前三季度，汽车产销2433.3万辆和2436.3万辆，同比增长13.3%和12.9%。",
     {("auto_production", "level", date(2025, 1, 1), date(2025, 9, 30), 24.333e6, "eq"),
      ("auto_sales", "level", date(2025, 1, 1), date(2025, 9, 30), 24.363e6, "eq"),
      ("auto_production", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 13.3, "eq"),
      ("auto_sales", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 12.9, "eq")}),
    # a province's own scope at the start of the sentence covers its later clauses
    ("截至9月底，全省累计建成5G基站11.2万个，5G移动电话用户达2860万户；千兆宽带用户达1012万户。", set()),
    # glued 10GPON
    ("截至9月末，具备千兆网络服务能力的10GPON端口数达3086万个。",
     {("ten_g_pon_ports", "level", date(2025, 9, 30), date(2025, 9, 30), 3.086e7, "eq")}),
])
def test_setn_prompted_chinese(sentence, expected):
    assert obs(ZH_Q3_2025 + sentence) == expected


def test_base_stations_built_by_a_date_are_the_total():
    assert obs(FY2020 + "China had built 718,000 5G base stations by the end of 2020.") == {
        ("five_g_base_stations", "level", *dec31(2020), 718000.0, "eq")}


def test_an_outlook_quarter_in_the_title_is_not_last_years():
    # "upbeat on Q4" in October is an outlook; the figures are this year's
    text = ("China data wrap: Sep activity beats; ministry upbeat on Q4\n\nPublished: 21-Oct-2024 07:05\n\n"
            "Industrial output grew 5.8% y/y in the first nine months, and NEV sales reached 8.3 million units.")
    jan_sep = (date(2024, 1, 1), date(2024, 9, 30))
    assert extract_metadata(normalise_text(text)).period_end == date(2024, 9, 30)
    assert obs(text) == {("industrial_value_added", "yoy_pct", *jan_sep, 5.8, "eq"),
                         ("nev_sales", "level", *jan_sep, 8.3e6, "eq")}


def test_traditional_chinese_page():
    text = ("前三季度工業經濟運行\n\n2023-10-19 04:12:30　香港文匯報\n\n"
            "【香港文匯報訊】前三季度，全國規模以上工業增加值同比增長4.0%。新能源汽車產銷分別完成631.3萬輛和627.8萬輛。"
            "截至7月底本港5G用戶約為386萬戶。")
    q1_q3 = (date(2023, 1, 1), date(2023, 9, 30))
    assert obs(text) == {("industrial_value_added", "yoy_pct", *q1_q3, 4.0, "eq"),
                         ("nev_production", "level", *q1_q3, 6.313e6, "eq"),
                         ("nev_sales", "level", *q1_q3, 6.278e6, "eq")}


def test_a_forecasts_date_is_not_borrowed_by_a_stock():
    text = (Q3_2022 + "The country has built more than 2.1 million 5G base stations, and terminal connections have "
            "exceeded 500 million, the minister said, adding that the number of stations is expected to surpass 2.3 "
            "million by the end of the year.")
    assert obs(text) == {("five_g_base_stations", "level", date(2022, 9, 30), date(2022, 9, 30), 2.1e6, "gt")}


@pytest.mark.parametrize("sentence, expected", [
    ("Industrial output rose 5% in the first half. High-tech manufacturing, hit by weak demand for electronics, "
     "expanded just 2.7 percent.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 2.7, "eq")}),
    ("Value added of industrial enterprises above designated size grew 6% in the first half, and June came in at "
     "5.3%, faster than expected.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq")}),
    ("Mobile phone users on 5G networks totaled 927 million at the end of June.",
     {("five_g_mobile_users", "level", date(2024, 6, 30), date(2024, 6, 30), 9.27e8, "eq")}),
])
def test_seto_prompted_phrasings(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a magnitude hyphenated at a line wrap is joined; broken another way it is no figure at all
    ("Gigabit broadband users came in at 207 mil-\nlion at the end of June.",
     {("gigabit_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30), 2.07e8, "eq")}),
    ("Gigabit broadband users came in at 207 mil- lion at the end of June.", set()),
    # "January-to-June"; a relative clause with commas inside before a sector's bare rate
    ("Value added of industrial enterprises above designated size rose 6 per cent in the January-to-June period. "
     "Equipment manufacturing, which includes machinery, vehicles and electronics, grew 8.1 per cent.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.1, "eq")}),
    # "Revenue at the industry"
    ("Revenue at China's software and IT services industry climbed 11.5% to 6.2 trillion yuan in the first half.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 6.2e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 11.5, "eq")}),
    # the users' average per month is DOU without "per user"
    ("In June, mobile users consumed an average of 19.1GB of data a month.",
     {("mobile_dou", "level", *month(2024, 6), 19.1, "eq")}),
    # a dash aside that contains "include" (a sentence head cut mid-word is no "Inc")
    ("Sales of new-energy vehicles - which include pure EVs and plug-in hybrids - jumped 32% to 4.9 million units "
     "in the first half.",
     {("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.9e6, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 32.0, "eq")}),
])
def test_setp_prompted_phrasings(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # an unreadable month in a trailing "though/since" clause without figures dates an event, not the figures
    ("New-energy vehicles had a good half. Their output and sales came to 1.1 million and 1.2 million units, "
     "up 40 percent and 42 percent, respectively, though growth has cooled since subsidies were trimmed in late March.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 1.1e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 1.2e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 40.0, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 42.0, "eq")}),
    # ... but an unreadable date that does belong to the figures still keeps them out
    ("Industrial robot output came to 260,000 units as of mid-March, up 9 percent.", set()),
    # "businesses in the sector" continue the industry named in the sentence before
    ("The software industry stayed strong. Companies in the sector raked in 5.8 trillion yuan in revenue "
     "in the first half, up 11 percent.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 5.8e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 11.0, "eq")}),
])
def test_early_session5_phrasings(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a product as the topic of a short comment clause, its production and sales in the next clause
    ("前三季度，汽车产销分别完成2100万辆和2150万辆；新能源汽车增势强劲，产销分别完成900万辆和910万辆，同比均增长1.5倍。",
     {("auto_production", "level", date(2025, 1, 1), date(2025, 9, 30), 2.1e7, "eq"),
      ("auto_sales", "level", date(2025, 1, 1), date(2025, 9, 30), 2.15e7, "eq"),
      ("nev_production", "level", date(2025, 1, 1), date(2025, 9, 30), 9.0e6, "eq"),
      ("nev_sales", "level", date(2025, 1, 1), date(2025, 9, 30), 9.1e6, "eq"),
      ("nev_production", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 150.0, "eq"),
      ("nev_sales", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 150.0, "eq")}),
    # (a topic whose comment clause has its own figure is not carried)
    ("前三季度，新能源汽车出口增长30%，产量占全部汽车的40%。", set()),
    # "A、B等产品产量分别增长": the last listed product carries the suffix, the first is no catalogue item
    ("前三季度，3D打印设备、工业机器人等产品产量分别增长30.2%和21.7%。",
     {("industrial_robot_output", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 21.7, "eq")}),
])
def test_zh_topic_and_etc_lists(sentence, expected):
    assert obs(ZH_Q3_2025 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the country's figure quoted next to a province's is the national indicator; the province's is not
    ("By the end of June, Anhui had 98,000 5G base stations, 2.6 percent of the nation's 3.83 million.",
     {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 3.83e6, "eq")}),
    ("Jiangsu had 5,100 high-tech enterprises by the end of June, about 4 percent of the national total of "
     "about 128,000.",
     {("high_tech_enterprises", "level", date(2024, 6, 30), date(2024, 6, 30), 128000.0, "approx")}),
    ("Fujian produced 7,200 industrial robots in the first half, up 12.5 percent, against the national trend "
     "of a 3.4 percent decline.",
     {("industrial_robot_output", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), -3.4, "eq")}),
    ("Output of new energy vehicles in Hainan rose 31 percent in the first half, compared with 28 percent for "
     "the country as a whole.",
     {("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 28.0, "eq")}),
    # (a province's share of the national total names no national figure)
    ("By the end of June, Anhui had 98,000 5G base stations, accounting for 2.6 percent of the national total.",
     set()),
])
def test_national_figure_next_to_a_provinces(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_zh_national_total_in_brackets_next_to_a_provinces():
    text = ("河南省上半年工业和信息化发展情况\n\n发布时间：2024-07-25\n\n"
            "截至6月底，全省累计建成5G基站18.2万个，占全国总数（391.7万个）的4.6%。")
    assert obs(text) == {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 3.917e6, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # the rate of "the same period last year" is the same months a year before
    ("Value added of industrial enterprises above designated size rose 5.8% in the first half, up from 4.2% in "
     "the same period last year.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 4.2, "eq")}),
    ("Value added of industrial enterprises above designated size rose 5.8 percent in the first half, easing from "
     "6.1 percent growth in the same period of 2022.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 6.1, "eq")}),
    # "to X percent from Y percent in <month>"
    ("Value added of industrial enterprises above designated size rose 5.8 percent in the first half. "
     "In June, growth slowed to 5.1 percent from 5.6 percent in May.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    # "with the growth in June at 3.9 percent"
    ("Value added of industrial enterprises above designated size rose 5.8 percent in the first half, with the "
     "growth in June at 5.3 percent.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq")}),
])
def test_earlier_and_single_month_rates_session5(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # the rate a year earlier; a fall named after the figure or by the verb
    ("Value added of industrial enterprises above designated size rose 5.8% in the first half, down from 6.3% a year "
     "earlier.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 6.3, "eq")}),
    ("Industrial output grew 2.1 percent in June, compared with a 4.5 percent slump in May.",
     {("industrial_value_added", "yoy_pct", *month(2024, 6), 2.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), -4.5, "eq")}),
    ("Industrial output grew 0.4 percent in the first half, turning positive after contracting 2.2% in the first "
     "quarter.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 0.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), -2.2, "eq")}),
    # "each user used an average of"
    ("Each mobile internet user used an average of 18.4 gigabytes of data in June.",
     {("mobile_dou", "level", *month(2024, 6), 18.4, "eq")}),
    # "<subject> saw output of A and sales of B, up P and Q": the second attribute continues the subject
    ("New energy vehicles saw output of 4.9 million units and sales of 4.8 million units in the first half, "
     "up 30.1 percent and 32 percent.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.9e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.8e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 30.1, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 32.0, "eq")}),
    # (steel has no sales indicator: "and sales of" after it continues nothing)
    ("Crude steel output was 530 million tonnes and sales of 520 million tonnes in the first half.",
     {("crude_steel_output", "level", date(2024, 1, 1), date(2024, 6, 30), 5.3e8, "eq")}),
])
def test_session5_rates_and_joined_attributes(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_a_provinces_page_keeps_a_figure_the_ministry_gave():
    text = ("Guangdong leads in 5G as industry recovers\n\nUpdated: 2024-07-25\n\n"
            "Guangdong had 290,000 5G base stations by the end of June.\n\n"
            "Mobile internet users used an average of 18.4GB of data in June, the MIIT said.\n\n"
            "Mobile internet users in the province used an average of 21.2GB of data in June.")
    assert obs(text) == {("mobile_dou", "level", *month(2024, 6), 18.4, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # "more than doubled in the first half": the period is the figure's, not a comparison's
    ("Production and sales of NEVs -- which include plug-in hybrids -- more than doubled in the first half to "
     "4.9 million and 4.8 million units.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.9e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.8e6, "eq")}),
    # a region or the world named inside an aside about the subject is not its scope ...
    ("Output of new energy vehicles, a category Beijing has showered with subsidies, rose to 4.9 million units "
     "in the first half.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.9e6, "eq")}),
    ("Value added of industrial enterprises above designated size rose 5.8% in the first half. High-tech "
     "manufacturing, hit by weak global demand for chips, expanded just 2.7 percent.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 2.7, "eq")}),
    # ... but one outside it still is
    ("Output of new energy vehicles in Guangdong, a province with many carmakers, rose to 1.9 million units "
     "in the first half.", set()),
])
def test_asides_and_more_than_doubled(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_an_unmarked_photo_caption_date_is_not_the_briefing_date():
    text = ("China's industry recovers in first three quarters\n\nUpdated: Oct 23,2024 18:06\n\n"
            "Workers assemble new energy vehicles at a plant in Hefei, East China's Anhui province, Sept 28, 2024.\n\n"
            "By the end of September, more than 4 million 5G base stations had been built nationwide.")
    meta = extract_metadata(normalise_text(text))
    assert (meta.event_date, meta.published_date) == (None, date(2024, 10, 23))
    assert (meta.period_start, meta.period_end) == (date(2024, 1, 1), date(2024, 9, 30))
    assert obs(text) == {("five_g_base_stations", "level", date(2024, 9, 30), date(2024, 9, 30), 4e6, "gt")}


@pytest.mark.parametrize("sentence, expected", [
    # "at last year's prices" is a price basis, not a period
    ("Telecom business revenue rose 3.3 percent in the first half, while telecom business volume, calculated at "
     "last year's prices, increased 11.6 percent.",
     {("telecom_business_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 3.3, "eq"),
      ("telecom_business_volume", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 11.6, "eq")}),
    # an average per platform is not the total of connected devices
    ("More than 340 industrial internet platforms have been built, and the average number of industrial "
     "equipment connected to each key platform has reached 590,000 units.",
     {("industrial_internet_platforms", "level", date(2024, 6, 30), date(2024, 6, 30), 340.0, "gt")}),
    # the month of a monthly figure (DOU) is not carried to the next sentence
    ("In June, average mobile data traffic per user hit 18.8GB. The software industry achieved business revenue "
     "of 6.2 trillion yuan, up 11.5%.",
     {("mobile_dou", "level", *month(2024, 6), 18.8, "eq"),
      ("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 6.2e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 11.5, "eq")}),
])
def test_session5_concepts(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_related_story_lines_under_their_heading_are_not_read():
    text = (H1_2024 + "Value added of industrial enterprises above designated size rose 5.8% in the first half.\n\n"
            "Related stories\n · NBS: June industrial output up 5.3%\n · 统计局：6月规模以上工业增加值增长5.3%\n")
    assert obs(text) == {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # "新发布" is an addition; "累计发布的" the total
    ("前三季度，国内企业新发布人形机器人产品60余款，目前累计发布的人形机器人产品超过390款。",
     {("humanoid_robot_products", "level", date(2025, 9, 30), date(2025, 9, 30), 390.0, "gt")}),
    # the devices connected to platforms, not the platforms
    ("工业互联网平台连接工业设备超过1亿台（套）。",
     {("industrial_internet_connected_devices", "level", date(2025, 9, 30), date(2025, 9, 30), 1e8, "gt")}),
    # those taking part in an activity are a subset
    ("全国已有超过1.4万家专精特新中小企业参与“校企对接”活动。", set()),
])
def test_zh_session5_concepts(sentence, expected):
    assert obs(ZH_Q3_2025 + sentence) == expected


def test_a_provinces_bulletin_reads_its_national_section_and_its_scope_past_a_yardstick():
    text = ("工信部发布上半年工业和信息化发展情况 我省主要指标好于全国\n\n发布日期：2024-07-22\n\n"
            "一、全国工业经济稳中有进\n\n上半年，规上工业增加值同比增长6%。高技术制造业增加值同比增长8.7%。\n\n"
            "二、我省有关情况\n\n上半年，高技术制造业增加值增长11.3%。"
            "全省新能源汽车产量达到105.3万辆，约占全国的11%，稳居全国第一；工业机器人产量3.35万套。\n")
    assert obs(text) == {
        ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
        ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # a later single-month rate after a rate read from "Growth ..." alone
    ("Value added of industrial enterprises above designated size rose 5.8% in the first half. Growth picked up "
     "to 6.1 percent in the second quarter and stood at 6.3 percent in June alone, the spokesman said.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 4, 1), date(2024, 6, 30), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 6.3, "eq")}),
    # a plan reported in an ", adding that ..." clause does not make the figure before it a target
    ("More than 12,000 \"5G plus industrial internet\" projects are under construction, the ministry said, adding "
     "that it will speed up 6G research.",
     {("five_g_industrial_internet_projects", "level", date(2024, 6, 30), date(2024, 6, 30), 12000.0, "gt")}),
    # "booked revenue of"
    ("The software and information technology services industry booked revenue of nearly 6.2 trillion yuan "
     "(HK$6.8 trillion) in the first half, a rise of 11.5 percent.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 6.2e12, "lt"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 11.5, "eq")}),
    # a word number inside the period ("in the six months") is no figure of its own
    ("China churned out 530 million tonnes of crude steel in the six months, 1.1 percent less than a year earlier.",
     {("crude_steel_output", "level", date(2024, 1, 1), date(2024, 6, 30), 5.3e8, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), -1.1, "eq")}),
    # "so-called", an abbreviation, then a dash aside with brackets inside
    ("In the first half, production of so-called new energy vehicles (NEVs) - which include plug-in hybrids "
     "(including range extenders) - reached 4.9 million units.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.9e6, "eq")}),
    # a passive with no noun continues the subject of the level before it
    ("Production of new energy vehicles rose 30.1 percent to 4.9 million units in the first half, while "
     "4.8 million were sold, up 32 percent.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.9e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 30.1, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.8e6, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 32.0, "eq")}),
    ("Crude steel output reached 530 million tonnes in the first half, while 520 million were sold.",
     {("crude_steel_output", "level", date(2024, 1, 1), date(2024, 6, 30), 5.3e8, "eq")}),
])
def test_session5_set_s_phrasings(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("前三季度，数字产业实现业务收入27.6万亿元，同比增长9.1%。",
     {("digital_industry_revenue", "level", date(2025, 1, 1), date(2025, 9, 30), 2.76e13, "eq"),
      ("digital_industry_revenue", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 9.1, "eq")}),
    ("目前，工业互联网平台超过340个，连接工业设备数量达到9600万台（套）；重点平台平均连接工业设备数量达到59万台。",
     {("industrial_internet_platforms", "level", date(2025, 9, 30), date(2025, 9, 30), 340.0, "gt"),
      ("industrial_internet_connected_devices", "level", date(2025, 9, 30), date(2025, 9, 30), 9.6e7, "eq")}),
    ("前三季度，国内市场5G手机累计出货量2.1亿部，占同期手机出货量的85%。",
     {("five_g_phone_shipments", "level", date(2025, 1, 1), date(2025, 9, 30), 2.1e8, "eq")}),
    ("前三季度，装备制造业、高技术制造业增加值同比均增长9.6%。",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 9.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 9.6, "eq")}),
    ("5G应用已融入国民经济97个大类中的76个。",
     {("five_g_economy_categories", "level", date(2025, 9, 30), date(2025, 9, 30), 76.0, "eq")}),
    # a world rank is no world figure
    ("截至9月底，我国算力总规模达到300EFLOPS，位居全球第二，其中智能算力规模达到90EFLOPS。",
     {("computing_power_total", "level", date(2025, 9, 30), date(2025, 9, 30), 300.0, "eq"),
      ("intelligent_computing_power", "level", date(2025, 9, 30), date(2025, 9, 30), 90.0, "eq")}),
    ("前三季度，工业机器人累计产量59.5万套，同比增长29.8%。",
     {("industrial_robot_output", "level", date(2025, 1, 1), date(2025, 9, 30), 595000.0, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 29.8, "eq")}),
])
def test_zh_session5_set_s_phrasings(sentence, expected):
    assert obs(ZH_Q3_2025 + sentence) == expected


def test_zh_period_between_product_and_attribute():
    text = "2017年工业通信业发展情况\n\n发布时间：2018-01-29\n\n工业机器人全年产量达13.1万台，同比增长68.1%。"
    assert obs(text) == {("industrial_robot_output", "level", date(2017, 1, 1), date(2017, 12, 31), 131000.0, "eq"),
                         ("industrial_robot_output", "yoy_pct", date(2017, 1, 1), date(2017, 12, 31), 68.1, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # "分季度看，一季度增长…，二季度增长…；6月份增长…" after the half-year rate
    ("前三季度，全国规模以上工业增加值同比增长6.2%。分季度看，一季度增长6.5%，二季度增长6.0%；9月份增长6.5%。",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 3, 31), 6.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2025, 4, 1), date(2025, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 9), 6.5, "eq")}),
    # "其中9月份同比增长": 同比 is no comparison
    ("前三季度，全国规模以上工业增加值同比增长6.2%，其中9月份同比增长6.5%。",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 9), 6.5, "eq")}),
    # "去年全年" is last year's whole year
    ("回顾去年全年，规上工业增加值增长5.8%，新能源汽车销量1286.6万辆。",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 12, 31), 5.8, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 12, 31), 1.2866e7, "eq")}),
])
def test_zh_session5_set_q_phrasings(sentence, expected):
    assert obs(ZH_Q3_2025 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a monthly figure after a passive pair continues its subject
    ("In the first half, 14.1 million vehicles were produced and 14.0 million sold. Sales in June alone climbed "
     "2.5 percent year-on-year to 2.6 million units.",
     {("auto_production", "level", date(2024, 1, 1), date(2024, 6, 30), 1.41e7, "eq"),
      ("auto_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 1.4e7, "eq"),
      ("auto_sales", "level", *month(2024, 6), 2.6e6, "eq"),
      ("auto_sales", "yoy_pct", *month(2024, 6), 2.5, "eq")}),
    # "well below the 6.1% expansion in the first quarter"
    ("Industrial output rose 5.8% in the first half, well below the 6.1% expansion in the first quarter.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 6.1, "eq")}),
    # "slightly lower than the 5.6 percent in May"
    ("In June, the value added of industrial enterprises above designated size expanded 5.3 percent, slightly "
     "lower than the 5.6 percent in May.",
     {("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    # shares of a "subscriber base" and of a total with its own count
    ("5G mobile phone users reached 927 million by the end of June, representing 52.3% of the total mobile "
     "subscriber base, and gigabit broadband users climbed to 180 million, or 27.9% of China's 645 million "
     "fixed broadband subscribers.",
     {("five_g_mobile_users", "level", date(2024, 6, 30), date(2024, 6, 30), 9.27e8, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2024, 6, 30), date(2024, 6, 30), 52.3, "eq"),
      ("gigabit_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30), 1.8e8, "eq"),
      ("gigabit_share_of_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30), 27.9, "eq")}),
])
def test_session5_set_q_phrasings(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_a_provinces_bulletin_national_part_runs_until_its_own_heading():
    text = ("工信部发布上半年工业和信息化发展情况 我省主要指标好于全国\n\n发布日期：2024-07-22\n\n"
            "一、全国工业经济稳中有进\n\n上半年，规上工业增加值同比增长6%。\n\n"
            "二、信息通信业加快发展\n\n截至6月底，5G基站达到391.7万个。\n\n"
            "三、我省有关情况\n\n截至6月底，5G基站达到15.3万个。\n")
    assert obs(text) == {
        ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
        ("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 3.917e6, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # a list of products sharing one attribute: each catalogue item takes its own value by position
    ("前三季度，新能源汽车、3D打印设备、工业机器人产量分别增长29.7%、35.1%、29.8%。",
     {("nev_production", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 29.7, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 29.8, "eq")}),
    ("9月份，工业机器人、集成电路产量分别增长28.3%和16.4%。",
     {("industrial_robot_output", "yoy_pct", *month(2025, 9), 28.3, "eq")}),
    # (values that do not match the items one to one are left alone)
    ("前三季度，新能源汽车、工业机器人产量分别增长29.7%。", set()),
    # one indicator with 分别 and several values: one per listed quarter (with no list: nothing, see
    # test_zh_one_indicator_over_listed_periods)
    ("分季度看，一至三季度，规模以上工业增加值分别增长6.5%、6.0%和6.1%。",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 3, 31), 6.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2025, 4, 1), date(2025, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2025, 7, 1), date(2025, 9, 30), 6.1, "eq")}),
    # after a rate, another subject's rate in the next clause is not the first subject's (it is that
    # sector's own, with its month between the sector and 增加值)
    ("前三季度，粗钢产量7.4亿吨，同比增长1.4%；消费品制造业9月份增加值同比增长1.5%。",
     {("crude_steel_output", "level", date(2025, 1, 1), date(2025, 9, 30), 7.4e8, "eq"),
      ("crude_steel_output", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 1.4, "eq"),
      ("consumer_goods_value_added", "yoy_pct", date(2025, 9, 1), date(2025, 9, 30), 1.5, "eq")}),
])
def test_zh_product_lists_and_later_subjects(sentence, expected):
    assert obs(ZH_Q3_2025 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a part of the indicator named in an "Of the ..." opener
    ("NEV sales reached 4.9 million units in the first half. Of the NEVs sold, 2.9 million were pure electric "
     "cars, up 15.5 per cent.",
     {("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.9e6, "eq")}),
    # a note's shorthand: the figure right after the indicator
    ("1H auto sales 14.05mn (+6.1% y/y) in the first half.",
     {("auto_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 1.405e7, "eq"),
      ("auto_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.1, "eq")}),
    # a bare passive followed by a "respectively" pair of rates
    ("Chinese manufacturers produced 4.929 million new energy vehicles in the first half, while 4.944 million "
     "were sold, up 30.1 percent and 32 percent, respectively.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.929e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.944e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 30.1, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 32.0, "eq")}),
])
def test_session5_set_r_phrasings(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # "(approx. US$1.22 trillion)" does not end the sentence
    ("Revenue of the software and information technology services industry amounted to CNY6.2 trillion "
     "(approx. US$0.87 trillion) in the first half, up 11.5% on year.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 6.2e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 11.5, "eq")}),
    # a stock compared with a year earlier, past an attribution
    ("By the end of June, China had 3.9 million 5G base stations, the ministry said, up from 2.9 million a year "
     "earlier.",
     {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 3.9e6, "eq"),
      ("five_g_base_stations", "level", date(2023, 6, 30), date(2023, 6, 30), 2.9e6, "eq")}),
    # "with growth slowing to 5.3 percent in June"
    ("The value added of industrial enterprises above designated size increased 5.8 percent in the first half, "
     "with growth slowing to 5.3 percent in June.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq")}),
    # sectors' rates paired by a parallel ", or A and B percentage points faster"
    ("Value added of industrial enterprises above designated size grew 5.8% in the first half, with the equipment "
     "manufacturing and high-tech manufacturing sectors expanding by 8.1% and 8.7%, or 2.3 and 2.9 percentage "
     "points faster than the overall rate.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq")}),
])
def test_session5_set_r_more(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a pledge in an ", even as ..." clause is not the figure's target
    ("China, the world's largest steel producer, churned out 530 million tonnes of crude steel in the six months, "
     "1.1 percent less than a year earlier, even as it pledged to cut capacity this year.",
     {("crude_steel_output", "level", date(2024, 1, 1), date(2024, 6, 30), 5.3e8, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), -1.1, "eq")}),
    # ... while a figure inside the plan still is one
    ("China pledged to cut crude steel output to 530 million tonnes in the first half.", set()),
    # "Beijing said": the government, not the city
    ("The value added of China's industrial enterprises above designated size increased 5.8 percent in the first "
     "half, Beijing said, with growth slowing to 5.3 percent in June.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq")}),
])
def test_session5_clauses_and_beijing(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_zh_industrial_sme_value_added_word_order():
    assert obs(ZH_Q3_2025 + "前三季度，规模以上中小工业企业增加值同比增长6.1%。") == {
        ("industrial_sme_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 6.1, "eq")}


# --- session 6 --------------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, expected", [
    # a relative clause between subject and verb that states the level
    ("China's automobile sales, which stood at 2.85 million units in August, rose 9.5 percent year on year.",
     {("auto_sales", "level", *month(2024, 8), 2.85e6, "eq"),
      ("auto_sales", "yoy_pct", *month(2024, 8), 9.5, "eq")}),
    ("The number of 5G base stations, which reached more than 3.9 million, was 30 percent higher than a year earlier.",
     {("five_g_base_stations", "level", date(2024, 8, 31), date(2024, 8, 31), 3.9e6, "gt")}),
    # ... while an aside that merely mentions a number is still skipped with it
    ("China's automobile sales, which include 120,000 exported vehicles, rose 9.5 percent in August.",
     {("auto_sales", "yoy_pct", *month(2024, 8), 9.5, "eq")}),
])
def test_relative_clause_states_the_level(sentence, expected):
    assert obs(AUG_2024 + sentence) == expected


FY2017_ZH = "2017年工业经济运行情况\n\n发布时间：2018-01-30\n\n"


def quarter(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), month(y, 3 * q)[1]


@pytest.mark.parametrize("sentence, expected", [
    # one indicator with 分别 over a list of periods: one figure per period, in order
    ("分季度看，一至四季度规模以上工业增加值分别增长6.8%、6.9%、6.3%和6.2%。",
     {("industrial_value_added", "yoy_pct", *quarter(2017, q), v, "eq")
      for q, v in ((1, 6.8), (2, 6.9), (3, 6.3), (4, 6.2))}),
    ("2017年一、二季度，规模以上工业增加值同比分别增长6.8%和6.9%。",
     {("industrial_value_added", "yoy_pct", *quarter(2017, 1), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2017, 2), 6.9, "eq")}),
    ("10月、11月，规模以上工业增加值分别增长6.2%和6.1%。",
     {("industrial_value_added", "yoy_pct", *month(2017, 10), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2017, 11), 6.1, "eq")}),
    # a count that does not match the listed periods, or no list at all: nothing
    ("一至四季度规模以上工业增加值分别增长6.8%、6.9%和6.3%。", set()),
    ("规模以上工业增加值分别增长6.8%和6.9%。", set()),
])
def test_zh_one_indicator_over_listed_periods(sentence, expected):
    assert obs(FY2017_ZH + sentence) == expected


Q3_2025 = "Industry and autos in the first three quarters of 2025\n\nPublished: 2025-10-22\n\n"
Q1_Q3_2025 = (date(2025, 1, 1), date(2025, 9, 30))


@pytest.mark.parametrize("sentence, expected", [
    # a sector with an aside before "saw its value added rise"
    ("High-tech manufacturing, a sector the government is counting on, saw its value added rise 9.1% in the "
     "first three quarters.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *Q1_Q3_2025, 9.1, "eq")}),
    # "and sales 1.18 million" with the verb understood, no comma
    ("NEV production reached 1.2 million units and sales 1.18 million units in the first three quarters, up 30 "
     "percent and 31 percent respectively.",
     {("nev_production", "level", *Q1_Q3_2025, 1.2e6, "eq"), ("nev_sales", "level", *Q1_Q3_2025, 1.18e6, "eq"),
      ("nev_production", "yoy_pct", *Q1_Q3_2025, 30.0, "eq"), ("nev_sales", "yoy_pct", *Q1_Q3_2025, 31.0, "eq")}),
    # a production and sales pair's rates after a clause that has levels of its own
    ("Automobile production and sales each exceeded 24 million units in the first three quarters, while new energy "
     "vehicles saw output of 11.2 million units and sales of 11.1 million units, up 35.2 percent and 34.9 percent "
     "from a year earlier.",
     {("auto_production", "level", *Q1_Q3_2025, 2.4e7, "gt"), ("auto_sales", "level", *Q1_Q3_2025, 2.4e7, "gt"),
      ("nev_production", "level", *Q1_Q3_2025, 1.12e7, "eq"), ("nev_sales", "level", *Q1_Q3_2025, 1.11e7, "eq"),
      ("nev_production", "yoy_pct", *Q1_Q3_2025, 35.2, "eq"), ("nev_sales", "yoy_pct", *Q1_Q3_2025, 34.9, "eq")}),
    # ... but not when the earlier clause's levels are three and the rates two with nothing between
    ("Automobile production reached 24 million units, automobile sales were 24.1 million units and NEV sales were "
     "11.1 million units in the first three quarters, up 3.1 percent and 4.2 percent.",
     {("auto_production", "level", *Q1_Q3_2025, 2.4e7, "eq"), ("auto_sales", "level", *Q1_Q3_2025, 2.41e7, "eq"),
      ("nev_sales", "level", *Q1_Q3_2025, 1.11e7, "eq")}),
    # "which topped": the level inside the relative clause
    ("The number of 5G mobile phone users, which topped 1.15 billion by the end of September, made up 63.4 percent "
     "of all mobile users.",
     {("five_g_mobile_users", "level", date(2025, 9, 30), date(2025, 9, 30), 1.15e9, "gt"),
      ("five_g_share_of_mobile_users", "level", date(2025, 9, 30), date(2025, 9, 30), 63.4, "eq")}),
])
def test_session6_frames(sentence, expected):
    assert obs(Q3_2025 + sentence) == expected


def test_in_the_month_is_the_month_named_before():
    text = (H1_2024 + "In June alone, however, the market cooled. Automobile sales, which stood at 2.27 million units in "
            "the month, rose just 4.8 percent from a year ago.\n\nAutomobile sales reached 14.1 million units in the "
            "first half.")
    assert obs(text) == {
        ("auto_sales", "level", *month(2024, 6), 2.27e6, "eq"),
        ("auto_sales", "yoy_pct", *month(2024, 6), 4.8, "eq"),
        ("auto_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 1.41e7, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    ("By the end of June, some 61.1 million users had signed up for gigabit broadband services.",
     {("gigabit_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30), 6.11e7, "approx")}),
    ("By the end of June, more than 190 million users subscribed to gigabit broadband.",
     {("gigabit_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30), 1.9e8, "gt")}),
    # sign-ups in a month are not the users
    ("In June, 1.2 million users signed up for gigabit broadband.", set()),
    ("In June, 1.2 million new users had signed up for gigabit broadband.", set()),
])
def test_users_signed_up_for_gigabit(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a forecast in a trailing ", ahead of ..." or ", which ..." clause is about something else
    ("More than 80,000 5G base stations had been built across the country by the end of June, ahead of the "
     "commercial launch of 5G services, which is expected in November.",
     {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 8e4, "gt")}),
    ("China had 3.9 million 5G base stations by the end of June, which is expected to rise to 4.5 million by the "
     "end of the year.",
     {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 3.9e6, "eq")}),
    # the figure's own clause still decides
    ("China will have 4.5 million 5G base stations by the end of the year, which would be a record.", set()),
    # a unit word that opens the phrase: "590,000 users on 1Gbps-and-above plans"
    ("The ministry counted around 590,000 users on 1Gbps-and-above plans at the end of June.",
     {("gigabit_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30), 5.9e5, "approx")}),
])
def test_trailing_clauses_and_unit_words(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


def test_the_countrys_output_continues_the_subject():
    text = (H1_2024 + "China produced 370,000 industrial robots in the first half, up 35.6 percent. For the whole of "
            "2023, the country's output was 430,000 units.\n\nIn June alone, output reached 69,800 units, up 37.9% y-o-y.")
    assert obs(text) == {
        ("industrial_robot_output", "level", date(2024, 1, 1), date(2024, 6, 30), 3.7e5, "eq"),
        ("industrial_robot_output", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 35.6, "eq"),
        ("industrial_robot_output", "level", *year(2023), 4.3e5, "eq"),
        ("industrial_robot_output", "level", *month(2024, 6), 69800.0, "eq"),
        ("industrial_robot_output", "yoy_pct", *month(2024, 6), 37.9, "eq")}


ZH_FY2020 = "2020年工业通信业发展情况\n\n发布时间：2021-01-20\n\n"


@pytest.mark.parametrize("sentence, expected", [
    # topic-comment with the verb naming the attribute (销售 -> 销量)
    ("新能源汽车继续保持高速增长，全年销售136.7万辆，同比增长10.9%。",
     {("nev_sales", "level", *year(2020), 1.367e6, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq")}),
    # ... and a sector's value added after its comment
    ("高技术制造业恢复较快，全年增加值同比增长7.1%。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2020), 7.1, "eq")}),
    # a sector's bare rate after another sector's value added
    ("全年高技术制造业增加值增长7.1%，装备制造业增长6.6%，增速分别快于全部规模以上工业4.3和3.8个百分点。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2020), 7.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2020), 6.6, "eq")}),
    # ... but not a sector's investment, nor a bare sector with no value added in the sentence
    ("全年制造业投资下降2.2%，高技术制造业投资增长11.5%。", set()),
    ("全年利润总额增长4.1%，装备制造业增长6.6%。", set()),
    # an item of a production list
    ("主要产品中，全年生产手机14.7亿部，同比下降3.3%；微型计算机设备3.7亿台，同比增长12.7%。",
     {("computer_output", "level", *year(2020), 3.7e8, "eq"), ("computer_output", "yoy_pct", *year(2020), 12.7, "eq")}),
    # ... not a list of sales or exports
    ("全年出口手机9亿部，微型计算机设备2亿台。", set()),
])
def test_zh_topics_bare_sectors_and_production_lists(sentence, expected):
    assert obs(ZH_FY2020 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("In August, NEV sales came to 904,000 units, 27.7% more than in the same month last year.",
     {("nev_sales", "level", *month(2024, 8), 9.04e5, "eq"), ("nev_sales", "yoy_pct", *month(2024, 8), 27.7, "eq")}),
    ("In August, NEV sales came to 904,000 units, 7.7% fewer than in the same month a year earlier.",
     {("nev_sales", "level", *month(2024, 8), 9.04e5, "eq"), ("nev_sales", "yoy_pct", *month(2024, 8), -7.7, "eq")}),
    # against another year's month: no year-on-year rate
    ("In August, NEV sales came to 904,000 units, 27.7% more than in the same month of 2019.",
     {("nev_sales", "level", *month(2024, 8), 9.04e5, "eq")}),
])
def test_more_than_in_the_same_month(sentence, expected):
    assert obs(AUG_2024 + sentence) == expected


ZH_H1_2024 = "2024年上半年工业和信息化发展情况\n\n发布时间：2024-07-18\n\n"
ZH_H1 = (date(2024, 1, 1), date(2024, 6, 30))


@pytest.mark.parametrize("sentence, expected", [
    # 生产/销售 as verbs after the product, the second verb continuing it; rates with 分别 paired in order
    ("上半年，新能源汽车生产17.7万辆，销售17.0万辆，同比分别增长125.4%和126.9%。",
     {("nev_production", "level", *ZH_H1, 1.77e5, "eq"), ("nev_sales", "level", *ZH_H1, 1.7e5, "eq"),
      ("nev_production", "yoy_pct", *ZH_H1, 125.4, "eq"), ("nev_sales", "yoy_pct", *ZH_H1, 126.9, "eq")}),
    ("上半年，汽车生产1200万辆，销售1210万辆。",
     {("auto_production", "level", *ZH_H1, 1.2e7, "eq"), ("auto_sales", "level", *ZH_H1, 1.21e7, "eq")}),
    # ... not the makers or the sales revenue
    ("上半年，新能源汽车生产企业达到120家，汽车销售收入增长3%。", set()),
    # a kind of vehicle ending in 汽车 is not all automobiles
    ("上半年，插电式混合动力汽车产销分别完成4.6万辆和4.4万辆。", set()),
    # a run of months is no figure
    ("6月份汽车销量已连续3个月实现同比正增长。", set()),
    # a headline's two parts: the count before the space is not the NEV sales
    ("5G基站总数超408万个 新能源汽车销量占比近四成", set()),
    # a target in a later clause does not block the clause's own figures
    ("上半年，新能源汽车产销分别完成490万辆和494万辆，连续8年保持全球第一，提前完成规划提出的目标。",
     {("nev_production", "level", *ZH_H1, 4.9e6, "eq"), ("nev_sales", "level", *ZH_H1, 4.94e6, "eq")}),
])
def test_zh_verbs_kinds_and_durations(sentence, expected):
    assert obs(ZH_H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    # a catalogue phrase inside another subject's aside is not the subject
    ("Equipment manufacturing, which accounts for about a third of industrial value added, expanded 7.5 percent "
     "in the first three quarters.",
     {("equipment_manufacturing_value_added", "yoy_pct", *Q1_Q3_2025, 7.5, "eq")}),
    ("Value added of industrial enterprises above designated size rose 5.8 percent in the first three quarters. "
     "Equipment manufacturing, a category that includes autos, electrical machinery and rail equipment, grew 6.0%.",
     {("industrial_value_added", "yoy_pct", *Q1_Q3_2025, 5.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *Q1_Q3_2025, 6.0, "eq")}),
    # a topic phrase restating the subject
    ("In the telecom sector, telecommunications business volume jumped 15.8 percent year-on-year in the first "
     "three quarters.",
     {("telecom_business_volume", "yoy_pct", *Q1_Q3_2025, 15.8, "eq")}),
    # the elided verb after a period phrase
    ("New energy vehicles were the standout. Production reached 6.3 million units in the nine months and sales "
     "6.2 million, up 33.7% and 37.5%, respectively.",
     {("nev_production", "level", *Q1_Q3_2025, 6.3e6, "eq"), ("nev_sales", "level", *Q1_Q3_2025, 6.2e6, "eq"),
      ("nev_production", "yoy_pct", *Q1_Q3_2025, 33.7, "eq"), ("nev_sales", "yoy_pct", *Q1_Q3_2025, 37.5, "eq")}),
    # "MIIT added" is said, not added
    ('MIIT added more than 2,000 "5G plus industrial internet" projects were under construction by the end of '
     'September.',
     {("five_g_industrial_internet_projects", "level", date(2025, 9, 30), date(2025, 9, 30), 2000.0, "gt")}),
    ('China added more than 2,000 "5G plus industrial internet" projects in the first three quarters.', set()),
    # ", capable of ...," aside; 1Gb/s plans
    ("The country's 10G PON ports, capable of delivering gigabit services, totaled 31.6 million at the end of "
     "September, and users on plans of 1Gb/s and above totalled 32.6 million.",
     {("ten_g_pon_ports", "level", date(2025, 9, 30), date(2025, 9, 30), 3.16e7, "eq"),
      ("gigabit_broadband_users", "level", date(2025, 9, 30), date(2025, 9, 30), 3.26e7, "eq")}),
    # an earlier rate after the later one's month
    ("The value added of industrial enterprises above designated size rose 5.8 percent in the first three "
     "quarters. Growth slowed to 6.0 percent in September from 7.2 percent in August.",
     {("industrial_value_added", "yoy_pct", *Q1_Q3_2025, 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 9), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 8), 7.2, "eq")}),
    # 5G-A cities in the passive; penetration as users per 100 people (no "%"), next to a density
    ("More than 300 cities have been covered by 5G-A networks. The 5G user penetration rate stood at 52.3 per "
     "100 people at the end of September, while there were 30 5G base stations per 10,000 people.",
     {("five_g_a_cities", "level", date(2025, 9, 30), date(2025, 9, 30), 300.0, "gt"),
      ("five_g_penetration_rate", "level", date(2025, 9, 30), date(2025, 9, 30), 52.3, "eq")}),
])
def test_session6_set_t_u(sentence, expected):
    assert obs(Q3_2025 + sentence) == expected


def test_zh_5g_a_cities_with_zai():
    assert obs(ZH_Q3_2025 + "截至9月底，5G-A已在300多个城市启动商用部署。") == {
        ("five_g_a_cities", "level", date(2025, 9, 30), date(2025, 9, 30), 300.0, "gt")}


@pytest.mark.parametrize("sentence, expected", [
    # a relative clause with a threshold crossed earlier, then the main clause's level
    ("5G mobile phone users, which topped 400 million in May, reached 420 million by the end of June.",
     {("five_g_mobile_users", "level", date(2024, 6, 30), date(2024, 6, 30), 4.2e8, "eq")}),
    # a speaker's aside between the subject and the verb
    ("Production and sales of new energy vehicles (NEVs), the official added, reached 4.9 million and 4.94 million "
     "units in the first half, up 30.1 percent and 32 percent.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.9e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.94e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 30.1, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 32.0, "eq")}),
    # the sector as a topic; "Chinese industrial firms above a designated size"; "raked in"; "saw its ... jump"
    ("In the automotive sector, production and sales both exceeded 14 million units in the first half.",
     {("auto_production", "level", date(2024, 1, 1), date(2024, 6, 30), 1.4e7, "gt"),
      ("auto_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 1.4e7, "gt")}),
    ("Overall, the value added of Chinese industrial firms above a designated size, the closely watched measure of "
     "factory output, grew 5.8 per cent in the first half.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq")}),
    ("The software and information technology services industry raked in revenue of 6.2 trillion yuan (about 860 "
     "billion U.S. dollars) in the first half, up 11.5 percent year-on-year.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 6.2e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 11.5, "eq")}),
    ("Value added of industrial enterprises above designated size rose 5.8 percent. High-tech manufacturing, which "
     'the ministry described as "a key engine", saw its value-added jump 8.7 percent in the January-June period.',
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq")}),
    # the auto industry's revenue is no catalogue figure
    ("The auto industry's revenue rose 20 percent in the first half.", set()),
])
def test_session6_set_v_english(sentence, expected):
    assert obs(H1_2024 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("上半年，全国规模以上工业增加值同比增长5.8%，较一季度的6.1%小幅回落。",
     {("industrial_value_added", "yoy_pct", *ZH_H1, 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 6.1, "eq")}),
    ("上半年，全国规模以上工业增加值同比增长5.8%，高于去年同期的3.8%。",
     {("industrial_value_added", "yoy_pct", *ZH_H1, 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 3.8, "eq")}),
    # a rate's gap in points is no rate
    ("上半年，全国规模以上工业增加值同比增长5.8%，比一季度回落0.3个百分点。",
     {("industrial_value_added", "yoy_pct", *ZH_H1, 5.8, "eq")}),
    # the periods named after the sentence's own figure drill into it; the next sentence keeps the half
    ("上半年，工业经济稳中向好。全国规模以上工业增加值同比增长5.8%；其中二季度增长5.6%，6月份增长5.3%。"
     "高技术制造业增加值同比增长8.7%。",
     {("industrial_value_added", "yoy_pct", *ZH_H1, 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 4, 1), date(2024, 6, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *ZH_H1, 8.7, "eq")}),
    ("6月份，移动互联网户均接入流量达到18.6GB，同比增长1.5倍。",
     {("mobile_dou", "level", *month(2024, 6), 18.6, "eq"), ("mobile_dou", "yoy_pct", *month(2024, 6), 150.0, "eq")}),
    ("1—5月，软件和信息技术服务业实现收入5.1万亿元，增速保持在11%左右。",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 5, 31), 5.1e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), 11.0, "approx")}),
])
def test_session6_set_v_chinese(sentence, expected):
    assert obs(ZH_H1_2024 + sentence) == expected


def test_dateline_without_date_and_when_clause():
    text = ("NEV sales in the first quarter\n\nPublished: 2026-04-16\n\nBEIJING -- Sales of new energy vehicles in "
            "China rose 11.8 percent year-on-year to 3.437 million in the first quarter, the ministry said on "
            "Thursday, a sharp deceleration from the 28.2 percent growth recorded for the whole of 2025, when NEV "
            "sales reached 16.49 million.")
    assert obs(text) == {
        ("nev_sales", "level", date(2026, 1, 1), date(2026, 3, 31), 3.437e6, "eq"),
        ("nev_sales", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 11.8, "eq"),
        # ("a sharp deceleration from" the earlier rate: that period's rate, as "slowing from" is)
        ("nev_sales", "yoy_pct", *year(2025), 28.2, "eq"),
        ("nev_sales", "level", *year(2025), 1.649e7, "eq")}


@pytest.mark.parametrize("sentence, expected", [
    # a month in the next comma clause (with its own subject) is not the first clause's period
    ("上半年，汽车产销分别完成1400万辆和1405万辆。其中，新能源汽车销售494万辆，同比增长32%，6月当月新能源汽车销量达"
     "85.6万辆，同比增长30.1%。",
     {("auto_production", "level", *ZH_H1, 1.4e7, "eq"), ("auto_sales", "level", *ZH_H1, 1.405e7, "eq"),
      ("nev_sales", "level", *ZH_H1, 4.94e6, "eq"), ("nev_sales", "yoy_pct", *ZH_H1, 32.0, "eq"),
      ("nev_sales", "level", *month(2024, 6), 8.56e5, "eq"), ("nev_sales", "yoy_pct", *month(2024, 6), 30.1, "eq")}),
    # a daily average is no output
    ("上半年全国粗钢产量5.3亿吨，同比下降1.1%；6月份日均粗钢产量达到300万吨。",
     {("crude_steel_output", "level", *ZH_H1, 5.3e8, "eq"), ("crude_steel_output", "yoy_pct", *ZH_H1, -1.1, "eq")}),
])
def test_zh_later_clause_period_and_daily_average(sentence, expected):
    assert obs(ZH_H1_2024 + sentence) == expected


FY2017 = "Industry in 2017\n\nPublished: 2018-01-30\n\n"


@pytest.mark.parametrize("sentence, expected", [
    # "while sales ..." continues the object of the verb before it
    ("Chinese carmakers produced 29.02 million vehicles last year, up 3.2 percent from a year earlier, while sales "
     "climbed 3 percent on-year to 28.88 million.",
     {("auto_production", "level", *year(2017), 2.902e7, "eq"), ("auto_production", "yoy_pct", *year(2017), 3.2, "eq"),
      ("auto_sales", "level", *year(2017), 2.888e7, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq")}),
    # "led by ...," aside and "outpaced ... with growth of"
    ("The value added of industrial enterprises above designated size grew 6.6 percent in 2017. High-tech "
     "manufacturing, led by electronics and pharmaceuticals, outpaced the overall industry with growth of 13.4 "
     "percent.",
     {("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2017), 13.4, "eq")}),
])
def test_session6_while_sales_and_outpaced(sentence, expected):
    assert obs(FY2017 + sentence) == expected


@pytest.mark.parametrize("sentence, expected", [
    ("人形机器人方面，已发布整机产品超过150款，我们将加快制定人形机器人标准体系。",
     {("humanoid_robot_products", "level", date(2024, 6, 30), date(2024, 6, 30), 150.0, "gt")}),
    ("人形机器人方面，今年新发布整机产品超过50款。", set()),
])
def test_zh_humanoid_products_after_topic(sentence, expected):
    assert obs(ZH_H1_2024 + sentence) == expected


def test_numeric_dates_only_when_unambiguous():
    us = extract_metadata(normalise_text("China ready for 5G\n\nRobert Clark, Light Reading\n10/22/2019\n\nText."))
    eu = extract_metadata(normalise_text("China ready for 5G\n\nRobert Clark, Light Reading\n22/10/2019\n\nText."))
    either = extract_metadata(normalise_text("China ready for 5G\n\nRobert Clark, Light Reading\n03/04/2019\n\nText."))
    assert us.event_date == eu.event_date == date(2019, 10, 22)
    assert either.event_date is None


def test_ambiguous_numeric_date_taken_when_both_orders_agree():
    """"2/3/2023" dates the page (month/day, noted in a warning) only when February 3 and 2 March
    give the same reporting period; "7/10/2023" with "last month" (June or September) dates nothing."""
    same = extract_metadata(normalise_text("China 5G users top 560M\n\nLight Reading\n2/3/2023\n\n"
                                           "China ended 2022 with 2.312 million 5G base stations."))
    assert (same.published_date, same.period_start, same.period_end) == (date(2023, 2, 3), date(2022, 1, 1), date(2022, 12, 31))
    assert any("month/day" in w for w in same.warnings)
    differ = extract_metadata(normalise_text("China factory output\n\nLight Reading\n7/10/2023\n\n"
                                             "China's industrial output rose 4.4% last month, the statistics bureau said."))
    assert differ.published_date is None and differ.period_start is None


@pytest.mark.parametrize("text, expected", [
    # a company opener with a "China's largest ..." aside is the company's figure
    (FY2024 + "BYD, China's largest NEV maker, sold 4.27 million vehicles last year.", set()),
    # a thousands comma inside a comparison keeps it one
    ("Computing power in Q1 2026\n\nPublished: 2026-04-20\n\nThe country's intelligent computing power has "
     "reached 1,780 EFLOPS, up from about 1,590 EFLOPS at the end of last year.",
     {("intelligent_computing_power", "level", date(2026, 3, 31), date(2026, 3, 31), 1780.0, "eq"),
      ("intelligent_computing_power", "level", date(2025, 12, 31), date(2025, 12, 31), 1590.0, "approx")}),
    # a note's estimates are no statistics
    (H1_2024 + "• FY24E NEV sales 11.5mn (prev. 11.0mn).\n• MIIT reiterates >4.5mn 5G BTS by YE24.", set()),
])
def test_companies_comparisons_and_estimates(text, expected):
    assert obs(text) == expected


# --- session 7 ---------------------------------------------------------------------------------
SESSION7 = [
    # "more than 80,000" is a qualifier: the date after it is the figure's own, not a comparison's,
    # and the forecast after the semicolon is another clause
    (FY2024 + "* More than 80,000 industrial robots had been installed in smart factories, and more than "
     "60,000 5G base stations had been built by end-September, MIIT said; it expects over 90,000 by year-end.",
     {("five_g_base_stations", "level", date(2024, 9, 30), date(2024, 9, 30), 60000.0, "gt")}),
    # "factory output" is the wire services' name for industrial value added; "per cent ... from"
    # names the earlier month's rate; a company's factory is not the country's
    (Q3_2024 + "Factory output growth eased to 4.9 per cent in September from 5.2 per cent in August. "
     "Tesla's Shanghai factory output rose 4.1 per cent.",
     {("industrial_value_added", "yoy_pct", *month(2024, 9), 4.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 8), 5.2, "eq")}),
    # "the figure" / "the total" restates the one level of the sentence before, for its own date;
    # "That was up ..." is that level's growth
    (Q3_2024 + "China had 4.08 million 5G base stations at the end of September. At the end of 2022, "
     "the figure was some 2.31 million. Intelligent computing power reached 725 EFLOPS by September. "
     "By the end of 2023, the total stood at 590 EFLOPS.",
     {("five_g_base_stations", "level", date(2024, 9, 30), date(2024, 9, 30), 4.08e6, "eq"),
      ("five_g_base_stations", "level", date(2022, 12, 31), date(2022, 12, 31), 2.31e6, "approx"),
      ("intelligent_computing_power", "level", date(2024, 9, 30), date(2024, 9, 30), 725.0, "eq"),
      ("intelligent_computing_power", "level", date(2023, 12, 31), date(2023, 12, 31), 590.0, "eq")}),
    (Q3_2024 + "Sales of new energy vehicles came to 8.32 million in the first three quarters. "
     "That represents an increase of 32.5 percent.",
     {("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.32e6, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 32.5, "eq")}),
    # ... but not a forecast, a province's figure, another noun or a share
    (Q3_2024 + "China had 4.08 million 5G base stations at the end of September. The figure is expected "
     "to reach 4.5 million by the end of the year. In Guangdong, the figure was 510,000 at the end of June. "
     "At the end of 2022, the number of 4G base stations was 6.03 million.",
     {("five_g_base_stations", "level", date(2024, 9, 30), date(2024, 9, 30), 4.08e6, "eq")}),
    (Q3_2024 + "Sales of new energy vehicles came to 8.32 million in the first three quarters. "
     "That was 38 percent of all car sales.",
     {("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.32e6, "eq")}),
    # a running total of a flow takes the period it names; with none named it is left out
    (Q3_2024 + "Shipments of 5G mobile phones came to 23.4 million units in September alone, bringing "
     "cumulative shipments for January-September to 205 million. NEV output was 1.3 million in September, "
     "taking the total to 8.1 million.",
     {("five_g_phone_shipments", "level", *month(2024, 9), 23.4e6, "eq"),
      ("five_g_phone_shipments", "level", date(2024, 1, 1), date(2024, 9, 30), 205e6, "eq"),
      ("nev_production", "level", *month(2024, 9), 1.3e6, "eq")}),
    # "advanced-level ones" after the first tier; "data-centre racks" with "standard" before it
    (Q3_2024 + "Over 30,000 basic-level smart factories and 1,260 advanced-level ones have been built. "
     "The country has more than 8.1 million standard data-centre racks in use.",
     {("smart_factories_basic", "level", date(2024, 9, 30), date(2024, 9, 30), 30000.0, "gt"),
      ("smart_factories_advanced", "level", date(2024, 9, 30), date(2024, 9, 30), 1260.0, "gt"),
      ("data_center_racks", "level", date(2024, 9, 30), date(2024, 9, 30), 8.1e6, "gt")}),
    # "12.888m" is 12.888 million (glued "m" only); a dash aside between the figure and its year
    (FY2024 + "Chinese carmakers produced 12.9m new energy vehicles - battery-electric and plug-in hybrid "
     "cars - in 2024, up 34.4% on the previous year. A 400m-long assembly hall opened.",
     {("nev_production", "level", *year(2024), 12.9e6, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq")}),
    # a month after "from" is a comparison's, not an unread date that voids the figure; a
    # month-on-month rate after "and up" leaves the year-on-year one before it
    ("Auto market in October\n\nPublished: 2024-11-12\n\nNEV production in October was 1,464,000 units, "
     "up 48 percent year-on-year and up 11.5 percent month-on-month. Auto production reached 2,996,000 "
     "units, up 1.9 percent year-on-year and 7.4 percent from September.",
     {("nev_production", "level", *month(2024, 10), 1464000.0, "eq"),
      ("nev_production", "yoy_pct", *month(2024, 10), 48.0, "eq"),
      ("auto_production", "level", *month(2024, 10), 2996000.0, "eq"),
      ("auto_production", "yoy_pct", *month(2024, 10), 1.9, "eq")}),
    # a rate after "from the previous month", "over October" or 比上月 is month on month; "from June
    # last year" is year on year
    ("Industry in November\n\nPublished: 2024-12-16\n\nIn November, industrial output rose 5.1 percent "
     "year on year and 0.52 percent from the previous month. Crude steel output rose 0.8 percent over October. "
     "Mobile data use per user reached 18.4 GB in November, up 12 percent from November last year.",
     {("industrial_value_added", "yoy_pct", *month(2024, 11), 5.1, "eq"),
      ("mobile_dou", "level", *month(2024, 11), 18.4, "eq"),
      ("mobile_dou", "yoy_pct", *month(2024, 11), 12.0, "eq")}),
    ("2024年11月工业运行情况\n\n发布时间：2024-12-16\n\n11月份，规模以上工业增加值同比增长5.1%；"
     "从环比看，11月份规模以上工业增加值比上月增长0.52%。",
     {("industrial_value_added", "yoy_pct", *month(2024, 11), 5.1, "eq")}),
    # "Japan ... production there": a place named before (but "users there" after "in China" is China's)
    (FY2024 + "Japan is a useful comparison. Domestic car production there fell 8.2% in 2024. The number of "
     "5G mobile phone users in China reached 1.01 billion, or 56 percent of all mobile phone users there.",
     {("five_g_mobile_users", "level", *dec31(2024), 1.01e9, "eq"),
      ("five_g_share_of_mobile_users", "level", *dec31(2024), 56.0, "eq")}),
    # "of the A sector and the B sector ... respectively"; a shared threshold restated after a dash
    (H1_2024 + "Value added of the high-tech manufacturing sector and the equipment manufacturing sector grew "
     "8.7 percent and 7.8 percent respectively. NEV production and sales both topped 4.9 million units - "
     "4.929 million and 4.944 million, respectively - in the first half.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 7.8, "eq"),
      ("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 4.929e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 6, 30), 4.944e6, "eq")}),
    # asides that say how a figure is counted or what a total covers; a reason clause after a rate
    (FY2024 + "Telecommunications business volume, calculated at prices of the previous year, rose 10 per cent. "
     "Total vehicle sales, including exports, climbed 4.5% to 31.4 million. Telecom business revenue rose "
     "3.2 percent as mobile data traffic more than doubled.",
     {("telecom_business_volume", "yoy_pct", *year(2024), 10.0, "eq"),
      ("auto_sales", "level", *year(2024), 31.4e6, "eq"),
      ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2024), 3.2, "eq")}),
    # "were built / made" in the passive for vehicles; "fuel cell cars" inside an aside is a kind of car;
    # a bracketed rate after another rate of the sentence stated year on year
    (Q3_2024 + "A total of 22.8 million vehicles were built and 22.9 million sold in the first three quarters. "
     "Sales of NEVs, which include battery electric, plug-in hybrid and fuel cell cars, jumped 32.5 per cent "
     "to 8.3 million units. In September, NEV sales reached 1.6 million, up 42 per cent year-on-year, "
     "while production came to 1.7 million (+48.5 %).",
     {("auto_production", "level", date(2024, 1, 1), date(2024, 9, 30), 22.8e6, "eq"),
      ("auto_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 22.9e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.3e6, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 32.5, "eq"),
      ("nev_sales", "level", *month(2024, 9), 1.6e6, "eq"),
      ("nev_sales", "yoy_pct", *month(2024, 9), 42.0, "eq"),
      ("nev_production", "level", *month(2024, 9), 1.7e6, "eq"),
      ("nev_production", "yoy_pct", *month(2024, 9), 48.5, "eq")}),
    # "intelligent computing capacity"
    (Q3_2024 + "China's intelligent computing capacity topped 725 EFLOPS by the end of September.",
     {("intelligent_computing_power", "level", date(2024, 9, 30), date(2024, 9, 30), 725.0, "gt")}),
    # "touched" states a level
    (Q3_2024 + "Average mobile data traffic per user touched 17.3 GB in September.",
     {("mobile_dou", "level", *month(2024, 9), 17.3, "eq")}),
]


@pytest.mark.parametrize("text, expected", SESSION7)
def test_session7(text, expected):
    assert obs(text) == expected


SESSION7_ZH = [
    # a period compared with ("与上年全年增速持平") is not the period of the clause after it
    ("2026年1-2月工业和信息化发展情况\n\n发布时间：2026-03-18\n\n1—2月，全国规模以上工业增加值同比增长6.1%，"
     "与上年全年增速持平，其中装备制造业、高技术制造业增加值分别增长9.0%和11.3%。",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 9.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 11.3, "eq")}),
    # 车市 is a market, not a city; the levels after 分别 replace the threshold; 消费品制造业增加值
    (FY2017_ZH + "受车市整体低迷影响，汽车产销量首次突破2900万辆，分别完成2901.5万辆和2887.9万辆，同比分别增长3.2%和3.0%。"
     "规模以上消费品制造业增加值增长6.9%。",
     {("auto_production", "level", *year(2017), 29015000.0, "eq"),
      ("auto_sales", "level", *year(2017), 28879000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2017), 3.2, "eq"),
      ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq"),
      ("consumer_goods_value_added", "yoy_pct", *year(2017), 6.9, "eq")}),
    # a long body line wrapped inside a word continues on the next line (a short title line does not)
    (FY2024_ZH + "截至12月末，具备千兆网络服务能力的10G PON端口数达2820万个，比上年末净增508万个，千兆及以上接入速率的固定互\n"
     "联网宽带接入用户达2.07亿户。",
     {("ten_g_pon_ports", "level", *dec31(2024), 28200000.0, "eq"),
      ("gigabit_broadband_users", "level", *dec31(2024), 207000000.0, "eq")}),
    # the listed ones are a subset ("…企业在科创板上市")
    (FY2017_ZH + "共有160家专精特新“小巨人”企业在科创板等资本市场上市。", set()),
    # two products' levels, then their rates with 分别; 5G-A cities with the noun first
    (FY2024_ZH + "全年工业机器人产量55.6万套，服务机器人产量1051.9万套，同比分别增长14.2%和15.6%。5G-A网络覆盖城市已超过300个。",
     {("industrial_robot_output", "level", *year(2024), 556000.0, "eq"),
      ("service_robot_output", "level", *year(2024), 10519000.0, "eq"),
      ("industrial_robot_output", "yoy_pct", *year(2024), 14.2, "eq"),
      ("service_robot_output", "yoy_pct", *year(2024), 15.6, "eq"),
      ("five_g_a_cities", "level", *dec31(2024), 300.0, "gt")}),
]


@pytest.mark.parametrize("text, expected", SESSION7_ZH)
def test_session7_zh(text, expected):
    assert obs(text) == expected


def test_title_quarter_yields_to_the_year_to_date_in_the_lead():
    meta = extract_metadata(normalise_text(
        "Chip Shortage Drags on Factory Output in Third Quarter\n\nOct 26, 2021 07:53 PM\n\n"
        "Value-added industrial output rose 11.8% year-on-year in the first nine months, the ministry said."))
    assert (meta.period_start, meta.period_end) == (date(2021, 1, 1), date(2021, 9, 30))
    q3 = extract_metadata(normalise_text(
        "Factory output slows in third quarter\n\nOct 26, 2021 07:53 PM\n\nOutput grew 4.9% in the third quarter."))
    assert (q3.period_start, q3.period_end) == (date(2021, 7, 1), date(2021, 9, 30))


def test_zh_times_growth_list_is_never_given_to_one_product():
    """'生产A，销售B，同比分别增长3.3倍和3.4倍': sales must not take production's 3.3倍."""
    got = obs("2015年工业通信业发展情况\n\n发布时间：2016-01-28\n\n"
              "2015年，新能源汽车生产34.05万辆，销售33.11万辆，同比分别增长3.3倍和3.4倍。")
    assert ("nev_sales", "level", *year(2015), 331100.0, "eq") in got
    assert not any(o[0] == "nev_sales" and o[1] == "yoy_pct" and o[4] != 340.0 for o in got)


OCT_2023 = "China car market in October\n\nPublished: 2023-11-10\n\n"

SESSION8 = [
    # "over the same month last year" is the base of a yoy rate, not the year of the figure
    (OCT_2023 + "Electric car output kept pace: 0.95 million NEVs were built in October, a 33% increase over "
     "the same month last year.",
     {("nev_production", "level", *month(2023, 10), 950000.0, "eq"),
      ("nev_production", "yoy_pct", *month(2023, 10), 33.0, "eq")}),
    # "That's up" gives the level before its growth; a later clause's month is a comparison's, and
    # a month-on-month "from September" is never year on year
    (OCT_2023 + "NEV sales came to 0.96 million units in October. That's up 34.9% year-on-year and well "
     "above the 0.90 million sold in September. Auto sales totalled 2.85 million in October. "
     "That's up 9.2% from September.",
     {("nev_sales", "level", *month(2023, 10), 960000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2023, 10), 34.9, "eq"),
      ("auto_sales", "level", *month(2023, 10), 2850000.0, "eq")}),
    # each level keeps its own bracketed signed rate, also after a second verb
    (OCT_2023 + "In all, carmakers sold 2.85 million vehicles in October (+13.8% YoY) and produced 2.81 million "
     "(-1.2% YoY).",
     {("auto_sales", "level", *month(2023, 10), 2850000.0, "eq"),
      ("auto_sales", "yoy_pct", *month(2023, 10), 13.8, "eq"),
      ("auto_production", "level", *month(2023, 10), 2810000.0, "eq"),
      ("auto_production", "yoy_pct", *month(2023, 10), -1.2, "eq")}),
    # a country named before an appositive is the scope of the figure after it
    (H1_2024 + "In Europe, Vodafone, the biggest operator there, had 30 million 5G users as of June, while India, "
     "a late starter, had about 120 million 5G subscribers. China had 927 million 5G users by the end of June.",
     {("five_g_mobile_users", "level", date(2024, 6, 30), date(2024, 6, 30), 927000000.0, "eq")}),
    # a dash aside with a thousands separator ("1,000 megabits per second") is no density
    (Q3_2022 + "Gigabit broadband users -- subscribers on plans of 1,000 megabits per second or more -- "
     "numbered 81.1 million by the end of September.",
     {("gigabit_broadband_users", "level", date(2022, 9, 30), date(2022, 9, 30), 81100000.0, "eq")}),
    # "rose by X in N months to Y": the level after the change
    (H1_2024 + "The number of gigabit broadband users rose by 25.2 million in six months to 188 million.",
     {("gigabit_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30), 188000000.0, "eq")}),
    # "made" is a production verb; "The sector's value added" is the sector named just before
    (FY2018 + "China made 148,000 industrial robots in 2018, a decrease of 4.1 percent. Equipment manufacturing "
     "held up better. The sector's value-added grew 8.1 percent last year.",
     {("industrial_robot_output", "level", *year(2018), 148000.0, "eq"),
      ("industrial_robot_output", "yoy_pct", *year(2018), -4.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.1, "eq")}),
    # an appositive with its own figure between a sector and its growth
    (FY2018 + "Industrial value added grew 6.2 percent. High-tech manufacturing, which accounts for 13.9 percent "
     "of industrial value-added, grew by 11.7 percent.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq")}),
    # a passive flow with no subject is about the one product the figure-less sentence before names
    (FY2018 + "Service robots were a bright spot. A total of 61,200 sets were produced in 2018, up 21.4 percent. "
     "Industrial robots and NEVs did well. Some 40,000 units were produced in December.",
     {("service_robot_output", "level", *year(2018), 61200.0, "eq"),
      ("service_robot_output", "yoy_pct", *year(2018), 21.4, "eq")}),
]


SESSION8 += [
    # a later rate after "while" and another (non-catalogue) subject is not the first indicator's
    ("Mobile data in the first half of 2022\n\nPublished: 2022-07-21\n\nData use per user (DOU) came in at "
     "14.6GB in June, up 18.2% from a year earlier, while mobile internet traffic for H1 rose 20.2% to 119 billion GB.",
     {("mobile_dou", "level", *month(2022, 6), 14.6, "eq"), ("mobile_dou", "yoy_pct", *month(2022, 6), 18.2, "eq")}),
    # a figure with no date of its own is the briefing's month (a month's news since 1.57.0, not the year to
    # date its lead also gives); the one that names the first five months is theirs
    ("China's car sales in May\n\nPublished: 2020-06-11\n\nNEV sales were 82,000 units in January to May? No. "
     "\n\nNEV sales, however, fell 23.5 per cent to 82,000 units. In the first five months, NEV sales slumped 30.1 per "
     "cent to 289,000 units.",
     {("nev_sales", "level", date(2020, 1, 1), date(2020, 5, 31), 289000.0, "eq"),
      ("nev_sales", "yoy_pct", date(2020, 1, 1), date(2020, 5, 31), -30.1, "eq"),
      ("nev_sales", "level", *month(2020, 5), 82000.0, "eq"), ("nev_sales", "yoy_pct", *month(2020, 5), -23.5, "eq")}),
    # a five-year plan still running is no period to carry to the next sentence
    ("China's industry in the first quarter of 2026\n\nPublished April 18 2026\n\nThe data come as Beijing starts "
     "its 15th five-year plan (2026-30). Industrial value added grew 6.3 per cent in the quarter.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 6.3, "eq")}),
    # a quarter inside the carried year to date, for a figure already given for the whole, drills
    # into it: the next sentence keeps the year to date
    ("SCIO briefing on industry in the first three quarters of 2022\n\nPublished: 2022-10-25\n\nIn the first "
     "three quarters, industrial value added grew 3.9% year on year. Industrial value added increased 4.8% in the "
     "third quarter. The value added of high-tech manufacturing increased by 8.5%.",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 3.9, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 7, 1), date(2022, 9, 30), 4.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 8.5, "eq")}),
    # a foreign country with a relative clause is the scope of the figure after it
    (H1_2024 + "That compares with Japan, which started 5G in 2020 and had around 40 million 5G subscribers at the "
     "end of June.", set()),
]


SESSION8 += [
    # a long body line wrapped inside a sentence goes on; a short one ending on a magnitude too
    ("x\n\nOctober 18, 2024\n\nHeavy industry painted a gloomier picture. Crude steel output fell 4.2% in\n"
     "September to 80.1 million tons, extending a slump. China produced 768.5 million\ntonnes of crude steel in the "
     "first nine months.",
     {("crude_steel_output", "level", *month(2024, 9), 80100000.0, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2024, 9), -4.2, "eq"),
      ("crude_steel_output", "level", date(2024, 1, 1), date(2024, 9, 30), 768500000.0, "eq")}),
    # related-story headlines are not joined into one line
    ("x\n\nOctober 18, 2024\n\nRELATED STORIES\nChina's 5G users top 1 billion, gigabit users reach 200 million\n"
     "China's NEV sales surge 32.5% in 2023 to 9.49 million units\n", set()),
    # a figure glued to its noun after a thousands group
    (H1_2024 + "A total of 1,240,000NEVs were produced in the first half, up 30.1 percent year-on-year.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 6, 30), 1240000.0, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 30.1, "eq")}),
    # "there" after a sentence that names China (and no other country) is China
    (FY2018 + "On industrial robots, China is far ahead. Output of industrial robots there fell 4.1 per cent in 2018.",
     {("industrial_robot_output", "yoy_pct", *year(2018), -4.1, "eq")}),
    # "Growth quickened in June to X" is the rate of the sentence before, for its month
    (H1_2024 + "Industrial value added grew 6 percent in the first half.\n\nGrowth quickened in June to 6.3 percent, "
     "Huang said.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 6.3, "eq")}),
    # a sector's rate with its verb left out after "last year"
    (FY2018 + "Value added of high-tech manufacturing rose 11.7 per cent last year and equipment manufacturing 8.1 per cent.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.1, "eq")}),
]


SESSION8 += [
    # "the three months through September" is the third quarter; a rolling "12 months to June" is vague
    ("x\n\nOctober 18, 2024\n\nIn the three months through September, industrial production expanded 5%. "
     "In the 12 months to June, NEV sales rose 40%.",
     {("industrial_value_added", "yoy_pct", date(2024, 7, 1), date(2024, 9, 30), 5.0, "eq")}),
    # a later month's rate after a clause with a points figure and a comparison quarter
    ("x\n\nPublished: 2020-10-23\n\nIn the first three quarters, industrial value added increased by 1.2% year "
     "on year. In the third quarter, it grew 5.8%, 1.4 percentage points faster than in the second quarter, and in "
     "September, the growth rate reached 6.9%.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 7, 1), date(2020, 9, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 9), 6.9, "eq")}),
]


SESSION8 += [
    # "That compared with X% growth in <month>": the rate before, for that month (the year before the
    # briefing's when the month would end after it)
    ("China's industry in January-February\n\nPublished: 2024-03-18\n\nIndustrial output rose 7% year-on-year in "
     "January and February combined. That compared with 6.8% growth in December. That compared with forecasts of 5%.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 12), 6.8, "eq")}),
]


SESSION8 += [
    # "it" after a sentence that names one measure without a figure; not after a non-catalogue one
    ("x\n\nPublished: 2025-01-17\n\nFactory output steadied at the end of the year. In December alone, it "
     "expanded 6.2 percent from a year earlier.\n\nRetail sales steadied too. In December alone, it expanded 3.7 percent.",
     {("industrial_value_added", "yoy_pct", *month(2024, 12), 6.2, "eq")}),
]


SESSION8 += [
    # "Of those, X were NEVs": the same flow of the product named; not what was exported
    (FY2018 + "China sold 28.1 million vehicles in 2018, down 2.8 percent. Of those, 1.256 million were new energy "
     "vehicles, up 61.7 percent. Automakers produced 27.8 million vehicles in 2018. Of these, 4.1 million were exported.",
     {("auto_sales", "level", *year(2018), 28100000.0, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("nev_sales", "level", *year(2018), 1256000.0, "eq"), ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq"),
      ("auto_production", "level", *year(2018), 27800000.0, "eq")}),
]


@pytest.mark.parametrize("text, expected", SESSION8)
def test_session8(text, expected):
    assert obs(text) == expected


SESSION8_ZH = [
    # a period between a listed subject and 分别 keeps the list
    (FY2017_ZH + "高技术制造业、装备制造业增加值全年分别增长13.4%和11.3%。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2017), 13.4, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2017), 11.3, "eq")}),
    # the country's 5G SEP share, not one company's; 超 is "more than"
    (ZH_Q3_2025 + "“5G+工业互联网”项目超1.9万个。我国5G标准必要专利声明量全球占比超过40%。其中，某企业5G标准必要专利声明量全球占比约13%。",
     {("five_g_industrial_internet_projects", "level", date(2025, 9, 30), date(2025, 9, 30), 19000.0, "gt"),
      ("five_g_sep_share", "level", date(2025, 9, 30), date(2025, 9, 30), 40.0, "gt")}),
    # "其中，1000Mbps…用户…占总用户数的X%" after the broadband total
    (ZH_Q3_2025 + "截至9月末，固定互联网宽带接入用户总数达6.8亿户。其中，1000Mbps及以上接入速率的用户为2.3亿户，占总用户数的33.8%。",
     {("gigabit_broadband_users", "level", date(2025, 9, 30), date(2025, 9, 30), 230000000.0, "eq"),
      ("gigabit_share_of_broadband_users", "level", date(2025, 9, 30), date(2025, 9, 30), 33.8, "eq")}),
]


SESSION8_ZH += [
    # "前10月" (a flash headline's first ten months) is no single month
    ("x\n\n发布时间：2024-11-12\n\n【中汽协：前10月汽车产销同比分别增长2.7%和2.7%】中汽协数据显示，汽车产销分别完成2446.5万辆和2462.6万辆。",
     {("auto_production", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), 2.7, "eq"),
      ("auto_sales", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), 2.7, "eq"),
      ("auto_production", "level", date(2024, 1, 1), date(2024, 10, 31), 24465000.0, "eq"),
      ("auto_sales", "level", date(2024, 1, 1), date(2024, 10, 31), 24626000.0, "eq")}),
]


SESSION8_ZH += [
    # 目标任务 (the plan's goals and tasks, a noun) marks no forecast; the total of all users stated
    # inside the share; 通5G的行政村比例
    (FY2024_ZH + "2024年是实现“十四五”规划目标任务的关键一年，全年规模以上工业增加值同比增长5.8%。"
     "5G移动电话用户达10.14亿户，占移动电话用户总数17.9亿户的56.6%。通5G的行政村比例超过90%。",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("five_g_mobile_users", "level", date(2024, 12, 31), date(2024, 12, 31), 1014000000.0, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2024, 12, 31), date(2024, 12, 31), 56.6, "eq"),
      ("five_g_admin_village_coverage", "level", date(2024, 12, 31), date(2024, 12, 31), 90.0, "gt")}),
    # 共建共享5G基站 are a subset; a prose line wrapped after "5G" goes on
    ("2020年通信业\n\n发布时间：2020-12-20\n\n　　5G网络建设稳步推进。今年以来，全国新建5G基站超过58万个，截至11月末，累计建成5G\n"
     "基站超过70万个，其中共建共享5G基站超过33万个。",
     {("five_g_base_stations", "level", date(2020, 11, 30), date(2020, 11, 30), 700000.0, "gt")}),
]


SESSION8_ZH += [
    # "其中三季度单季增长X": the quarter on its own
    ("x\n\n发布时间：2019-10-22\n\n前三季度，全国规模以上工业增加值同比增长5.6%，比上半年回落0.4个百分点；其中三季度单季增长5.0%。",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 7, 1), date(2019, 9, 30), 5.0, "eq")}),
]


SESSION8_ZH += [
    # a month's shipments after the quarter's, with the product left out; 在移动电话用户中占比
    ("x\n\n发布时间：2021-04-20\n\n一季度国内市场5G手机出货量6828万部，3月份出货量达2747万部，占当月手机出货量的76.7%。"
     "截至3月末，5G移动电话用户达2.8亿户，在移动电话用户中占比17.4%。",
     {("five_g_phone_shipments", "level", date(2021, 1, 1), date(2021, 3, 31), 68280000.0, "eq"),
      ("five_g_phone_shipments", "level", *month(2021, 3), 27470000.0, "eq"),
      ("five_g_mobile_users", "level", date(2021, 3, 31), date(2021, 3, 31), 280000000.0, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2021, 3, 31), date(2021, 3, 31), 17.4, "eq")}),
]


@pytest.mark.parametrize("text, expected", SESSION8_ZH)
def test_session8_zh(text, expected):
    assert obs(text) == expected


def test_a_quoted_period_in_the_lead_is_not_the_reporting_period():
    """'"Orders started slowing last year," said a manager' in October is someone's words, not what
    the article reports on (the first nine months, stated after it)."""
    meta = extract_metadata(normalise_text(
        "China's robot makers feel the pinch\n\nPUBLISHED OCT 23, 2019, 5:00 AM SGT\n\n"
        "\"Orders started slowing last year, when the tariffs came in,\" said a sales manager.\n\n"
        "China produced about 129,000 industrial robots in the first nine months of the year."))
    assert (meta.period_start, meta.period_end) == (date(2019, 1, 1), date(2019, 9, 30))


def test_a_plan_just_begun_in_the_title_is_not_the_reporting_period():
    """'... solid start in first year of 15th Five-Year Plan' in April 2026: the briefing reports on
    the first quarter stated in the lead, not on 2026-2030."""
    meta = extract_metadata(normalise_text(
        "Industrial output off to solid start in first year of 15th Five-Year Plan\n\n"
        "By LI JIAYI | China Daily | Updated: 2026-04-17 07:21\n\n"
        "Industrial value added grew 6.1 percent year-on-year in the first quarter."))
    assert (meta.period_start, meta.period_end) == (date(2026, 1, 1), date(2026, 3, 31))


# --- extractor 1.10.0 ------------------------------------------------------------------------
Q1_2021 = "Industry rebounds in the first quarter of 2021\n\nPublished: 2021-04-18\n\n"

SESSION9 = [
    # "N% more than the year before" / "N% up on the previous year" are year-on-year rates
    (FY2021 + "Carmakers produced 26.1 million vehicles last year, 3.4% more than the year before. "
     "NEV sales hit 3.5 million units in 2021, 160% up on the previous year.",
     {("auto_production", "level", *year(2021), 26100000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2021), 3.4, "eq"),
      ("nev_sales", "level", *year(2021), 3500000.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2021), 160.0, "eq")}),
    # ... but "more than in 2019" (two years back) is not
    (FY2021 + "Carmakers produced 26.1 million vehicles last year, 2.6% more than in 2019.",
     {("auto_production", "level", *year(2021), 26100000.0, "eq")}),
    # a threshold passed, then the exact figure: the exact figure is the value
    (Q3_2022 + "5G mobile phone users topped 500 million for the first time in September at 509 million. "
     "The number of 5G base stations exceeded 2 million by the end of September, reaching 2.22 million.",
     {("five_g_mobile_users", "level", date(2022, 9, 30), date(2022, 9, 30), 509000000.0, "eq"),
      ("five_g_base_stations", "level", date(2022, 9, 30), date(2022, 9, 30), 2220000.0, "eq")}),
    # ... not a smaller figure after "at" (a threshold cannot be passed downwards)
    (Q3_2022 + "5G mobile phone users topped 500 million at the end of September, at 40 million more than in June.",
     {("five_g_mobile_users", "level", date(2022, 9, 30), date(2022, 9, 30), 500000000.0, "gt")}),
    # the output of a manufacturing sector, in a passage on value added, is its value added
    (Q1_2021 + "Industrial value added grew 24.5 percent in the first quarter. Output of the computer, "
     "communication and other electronic equipment manufacturing sector rose 37.1 percent from a year earlier.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 24.5, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 37.1, "eq")}),
]


ZH_H1_2022 = "上半年工业经济企稳回升\n\n2022-07-19 12:06:45 来源:新华社\n\n"

SESSION9 += [
    # a wrapped Chinese body line before a figure with its unit is joined; a figure before the
    # wrap is left alone, and a short line (a title) is never joined to the next
    (ZH_H1_2022 + "信息通信业方面，截至6月底，我国累计建成开通5G基站185.4万个，其中上半年新建5G基站42.9万个，"
     "每万人拥有5G基站数达到13个；5G移动电话用户达到\n4.55亿户。",
     {("five_g_base_stations", "level", date(2022, 6, 30), date(2022, 6, 30), 1854000.0, "eq"),
      ("five_g_mobile_users", "level", date(2022, 6, 30), date(2022, 6, 30), 455000000.0, "eq")}),
    # an outcome "in line with" a projection is no forecast; the projection itself is not recorded
    (FY2021 + "In the first 11 months, industrial output grew 9.9% from the same period a year earlier, in line "
     "with the full-year 9.6% projected by economists at Nomura.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 11, 30), 9.9, "eq")}),
    # "from a year before" marks a stock's rate as year on year
    (FY2024 + "By the end of 2024, intelligent computing power reached 90 EFLOPS, up about 28% from a year before.",
     {("intelligent_computing_power", "level", *dec31(2024), 90.0, "eq"),
      ("intelligent_computing_power", "yoy_pct", *dec31(2024), 28.0, "approx")}),
]

SESSION9 += [
    # a figure-less ", including ...," aside between a level and its rate
    (FY2021 + "China produced 3.5 million new energy vehicles, including battery electric and plug-in hybrid "
     "models, in 2021, up 150 percent.",
     {("nev_production", "level", *year(2021), 3500000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2021), 150.0, "eq")}),
    # ... but an aside with its own figure is not skipped
    (FY2021 + "China produced 3.5 million new energy vehicles, including 0.6 million plug-in hybrids, in 2021, "
     "up 150 percent.",
     {("nev_production", "level", *year(2021), 3500000.0, "eq")}),
    # a cause aside listing products (one of them an indicator's noun) between subject and verb
    (FY2021 + "The value added of equipment manufacturing, boosted by solar cells, batteries and cars, expanded "
     "12.9% last year.",
     {("equipment_manufacturing_value_added", "yoy_pct", *year(2021), 12.9, "eq")}),
    # a threshold passed by a pair, then the pair's exact figures end the sentence
    (FY2021 + "Vehicle production and sales topped 26 million units for the first time in 2021, reaching "
     "26.08 million and 26.28 million units.",
     {("auto_production", "level", *year(2021), 26080000.0, "eq"),
      ("auto_sales", "level", *year(2021), 26280000.0, "eq")}),
]

SESSION9 += [
    # another country's figure (beyond the usual few) is not China's, and does not make China's ambiguous
    (FY2024 + "5G mobile phone users reached 1.014 billion by the end of 2024. In Malaysia, the single wholesale "
     "5G network covered 82.4% of populated areas at end-2024, with about 17 million 5G subscriptions.",
     {("five_g_mobile_users", "level", *dec31(2024), 1014000000.0, "eq")}),
    (FY2024 + "5G mobile phone users reached 1.014 billion by the end of 2024, while Brazil had 38 million 5G users.",
     {("five_g_mobile_users", "level", *dec31(2024), 1014000000.0, "eq")}),
]

SESSION9 += [
    # "Beijing also reported that ..." is the government speaking, not Beijing's own figure
    (H1_2024 + "Beijing also reported that the value added of industrial enterprises above designated size rose "
     "6 percent in the first half. Beijing's industrial value added rose 5.1 percent in the first half.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq")}),
    # "the world's biggest" in a dash aside is a rank, not the world's figure
    (FY2021 + "China produced 26.08 million vehicles last year, up 3.4 percent, while sales - the world's "
     "biggest - climbed 3.8 percent to 26.28 million vehicles.",
     {("auto_production", "level", *year(2021), 26080000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2021), 3.4, "eq"),
      ("auto_sales", "level", *year(2021), 26280000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2021), 3.8, "eq")}),
    # "Total profits" continue the industry that "revenue of the sector" referred to
    (FY2018 + "The software and information technology services industry kept up a fast pace. In 2018, revenue "
     "of the sector reached 6.3 trillion yuan, up 14.2 percent year on year. Total profits came in at 807.9 "
     "billion yuan, an increase of 9.7 percent.",
     {("software_it_services_revenue", "level", *year(2018), 6.3e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2018), 14.2, "eq"),
      ("software_industry_profit", "level", *year(2018), 807.9e9, "eq"),
      ("software_industry_profit", "yoy_pct", *year(2018), 9.7, "eq")}),
]

SESSION9 += [
    # 软件业实现利润总额, 微型计算机产量
    (FY2017_ZH + "全年手机产量19亿部，微型计算机产量3.07亿台，同比增长6.8%。软件业实现利润总额8079亿元，同比增长9.6%。",
     {("computer_output", "level", *year(2017), 307000000.0, "eq"),
      ("computer_output", "yoy_pct", *year(2017), 6.8, "eq"),
      ("software_industry_profit", "level", *year(2017), 807.9e9, "eq"),
      ("software_industry_profit", "yoy_pct", *year(2017), 9.6, "eq")}),
]


Q1_2026 = "Industry in the first quarter of 2026\n\nPublished: 2026-04-18\n\n"

SESSION9 += [
    # "The growth rate compared with X for <period>": the rate of the sentence before, for that period
    (Q1_2026 + "Industrial output grew 6.1 percent in the first quarter. The growth rate compared with 5.9 "
     "percent for the whole of 2025, Tao said.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq")}),
]

Q3_2020 = "Industry in the first three quarters of 2020\n\nPublished: 2020-10-20\n\n"

SESSION9 += [
    # "September's 6.9% y/y gain was the fastest since ...": a later rate named by a possessive month;
    # "the fastest since December 2018" is a superlative, not a change since then
    (Q3_2020 + "Industrial value added rose 1.2% y/y in the first three quarters. Growth in the third quarter "
     "alone reached 5.8%, and September's 6.9% y/y gain was the fastest since December 2018.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 7, 1), date(2020, 9, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 9, 1), date(2020, 9, 30), 6.9, "eq")}),
    # ... while a change "since January" is not year on year
    (Q3_2020 + "Industrial value added rose 1.2% y/y in the first three quarters. Growth in the third quarter "
     "alone reached 5.8%, and September's output was up 9% since January.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 7, 1), date(2020, 9, 30), 5.8, "eq")}),
]



JAN_FEB_2020 = "China's factory output in January and February\n\nPublished: 2020-03-16\n\n"

SESSION9 += [
    # a dash aside's "more than" does not make the rate after it a comparison, and "compared with
    # growth of 6.9 per cent in December" is never the period's own rate
    (JAN_FEB_2020 + "Value added by industrial companies above designated size - those with annual revenue of more "
     "than Rmb20m - fell 13.5 per cent year on year in January and February combined, official data showed, "
     "compared with growth of 6.9 per cent in December.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq"),
      # (December's own, read since extractor 1.18.0)
      ("industrial_value_added", "yoy_pct", date(2019, 12, 1), date(2019, 12, 31), 6.9, "eq")}),
]


# (the cases above are all SESSION9's, Chinese ones included: one test reads them all)
@pytest.mark.parametrize("text, expected", SESSION9)
def test_session9(text, expected):
    assert obs(text) == expected

def test_a_timestamp_line_above_the_headline_is_not_the_title():
    meta = extract_metadata(normalise_text(
        "Business News\nJune 14, 2019 / 10:41 AM / Updated 3 hours ago\n\n"
        "China May industrial output growth slows to 17-year low as trade war bites\n\n"
        "BEIJING (Reuters) - Industrial output rose 5.0 percent in May from a year earlier."))
    assert meta.title == "China May industrial output growth slows to 17-year low as trade war bites"
    assert meta.event_date == date(2019, 6, 14)


# --- extractor 1.11.0 ------------------------------------------------------------------------
JAN_2025 = "Telecom industry in 2024\n\nPublished: 2025-01-17\n\n"

SESSION10 = [
    # a round figure passed ("crossed the 4 million mark") is a "more than" value
    (JAN_2025 + "China's 5G base stations crossed the 4 million mark at the end of October.",
     {("five_g_base_stations", "level", date(2024, 10, 31), date(2024, 10, 31), 4e6, "gt")}),
    (JAN_2025 + "5G users passed 1 billion in November.",
     {("five_g_mobile_users", "level", date(2024, 11, 30), date(2024, 11, 30), 1e9, "gt")}),
    # ... and the exact figure restated after it is the value
    (JAN_2025 + "5G users topped the 1-billion mark, reaching 1.014 billion by the end of December.",
     {("five_g_mobile_users", "level", date(2024, 12, 31), date(2024, 12, 31), 1.014e9, "eq")}),
    # "at the close of 2023": an as-of date like "the end of 2023"
    (JAN_2025 + "China had 4.25 million 5G base stations by the end of 2024, up from 3.377 million at the close of 2023.",
     {("five_g_base_stations", "level", date(2024, 12, 31), date(2024, 12, 31), 4.25e6, "eq"),
      ("five_g_base_stations", "level", date(2023, 12, 31), date(2023, 12, 31), 3.377e6, "eq")}),
]


Q1_2021_REVIEW = "China's industrial output in the first quarter of 2021\n\nPublished: 2021-04-19\n\n"
ZH_FY2018 = "2018年工业通信业发展情况\n\n发布时间：2019-01-29\n\n"
ZH_REVIEW_2017 = "五年来工业和信息化发展成就综述\n\n来源：本报 2017-09-28 04:30\n\n"
ZH_FYP14 = "“十四五”工业和信息化发展成就\n\n发布时间：2026-01-20\n\n"

SESSION10 += [
    # a date in a relative clause that states no figure describes the subject, not the figures' period
    (Q1_2021_REVIEW + "Industrial output rose 24.5% in the first quarter. The auto industry, which was shut for "
     "most of February 2020, shows the base effect. Automobile production and sales hit 6.354 million and "
     "6.482 million vehicles in the quarter, up 81.7% and 75.6% respectively.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 24.5, "eq"),
      ("auto_production", "level", date(2021, 1, 1), date(2021, 3, 31), 6.354e6, "eq"),
      ("auto_sales", "level", date(2021, 1, 1), date(2021, 3, 31), 6.482e6, "eq"),
      ("auto_production", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 81.7, "eq"),
      ("auto_sales", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 75.6, "eq")}),
    # "On that basis" after a sentence on two-year averages: averages, not year-on-year rates
    (Q1_2021_REVIEW + "Industrial output rose 24.5% in the first quarter. Statisticians also publish average "
     "growth rates over two years. On that basis, industrial output grew 6.8% in the first quarter.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 24.5, "eq")}),
    (Q1_2021_REVIEW + "Mobile data usage averaged 14.9GB per user in March, the ministry said.",
     {("mobile_dou", "level", date(2021, 3, 1), date(2021, 3, 31), 14.9, "eq")}),
    # a figure glued to "from"
    (Q1_2021_REVIEW + "China had 819,000 5G base stations at the end of March, up from718,000 at the end of 2020.",
     {("five_g_base_stations", "level", date(2021, 3, 31), date(2021, 3, 31), 819000.0, "eq"),
      ("five_g_base_stations", "level", date(2020, 12, 31), date(2020, 12, 31), 718000.0, "eq")}),
    # 倍 rates of a production and sales pair in separate clauses: up 120 and 130 percent
    (ZH_FY2018 + "新能源汽车继续保持高速增长，生产13.9万辆，销售12.6万辆，同比分别增长1.2倍和1.3倍。",
     {("nev_production", "level", *year(2018), 139000.0, "eq"), ("nev_sales", "level", *year(2018), 126000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2018), 120.0, "eq"), ("nev_sales", "yoy_pct", *year(2018), 130.0, "eq")}),
    # a longer comment clause (with 、) and a bare year between the product and 产销
    (ZH_FY2018 + "新能源汽车实现从无到有、由弱到强的跨越，2018年产销分别达到127万辆和125.6万辆，比上年分别增长59.9%和61.7%。",
     {("nev_production", "level", *year(2018), 1.27e6, "eq"), ("nev_sales", "level", *year(2018), 1.256e6, "eq"),
      ("nev_production", "yoy_pct", *year(2018), 59.9, "eq"), ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq")}),
    # "…，销量同比增长44%": the product's sales, continued (not without 同比: "与2019年同期相比，产量增长0.1%")
    (ZH_FY2018 + "新能源汽车产销分别完成127万辆和125.6万辆，销量同比增长61.7%。",
     {("nev_production", "level", *year(2018), 1.27e6, "eq"), ("nev_sales", "level", *year(2018), 1.256e6, "eq"),
      ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq")}),
    (ZH_FY2018 + "汽车产销分别完成2780.9万辆和2808.1万辆；与2016年相比，产量增长0.1%，销量增长2.1%。",
     {("auto_production", "level", *year(2018), 27.809e6, "eq"), ("auto_sales", "level", *year(2018), 28.081e6, "eq")}),
    # a year-less period after "今年以来" is this year's, in a review whose figures are for earlier years
    (ZH_REVIEW_2017 + "2016年，规模以上工业增加值比上年增长6.0%。今年以来，工业经济稳中向好，上半年规模以上工业增加值同比增长6.9%。",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 6, 30), 6.9, "eq")}),
    # "从A年的X增长到B年的Y": each level at its own date; 年均 growth is no yoy rate
    (ZH_REVIEW_2017 + "软件和信息技术服务业业务收入从2012年的2.5万亿元增长到2016年的4.9万亿元，年均增长18.3%，2016年同比增长14.9%。",
     {("software_it_services_revenue", "level", *year(2012), 2.5e12, "eq"),
      ("software_it_services_revenue", "level", *year(2016), 4.9e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2016), 14.9, "eq")}),
    (ZH_FYP14 + "截至2025年底，5G基站从“十三五”末的71.8万个增加到483.8万个，占全球比重超过60%。",
     {("five_g_base_stations", "level", date(2020, 12, 31), date(2020, 12, 31), 718000.0, "eq"),
      ("five_g_base_stations", "level", date(2025, 12, 31), date(2025, 12, 31), 4.838e6, "eq")}),
    # ... and an undated level "from" is never the sentence's
    (ZH_FYP14 + "截至2025年底，5G基站由71.8万个增加到483.8万个。",
     {("five_g_base_stations", "level", date(2025, 12, 31), date(2025, 12, 31), 4.838e6, "eq")}),
    # "是“十三五”末的6倍多": a multiple of that date's figure; the stock stays at the plan's end
    (ZH_FYP14 + "“十四五”时期，我国累计建成5G基站483.8万个，是“十三五”末的6倍多。",
     {("five_g_base_stations", "level", date(2025, 12, 31), date(2025, 12, 31), 4.838e6, "eq")}),
]

AUG_2020 = "Industry in August 2020\n\nPublished: 2020-09-15\n\n"
FY_2024 = "China's industry in 2024\n\nPublished: 2025-01-20\n\n"
SHANGHAI_NOV_2021 = "Shanghai's NEV output nearly doubles in the first 11 months of 2021\n\n18:42 UTC+8, 2021-12-22\n\n"

SESSION10 += [
    # "The growth quickened from X in July": the previous sentence's rate, for July
    (AUG_2020 + "Industrial output grew 5.6 percent year on year in August. The growth quickened from 4.8 percent in July.",
     {("industrial_value_added", "yoy_pct", *month(2020, 8), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 7), 4.8, "eq")}),
    (AUG_2020 + "Gigabit broadband users stood at 247 million at the end of August, or 35.3 percent of the total "
     "number of fixed broadband users.",
     {("gigabit_broadband_users", "level", date(2020, 8, 31), date(2020, 8, 31), 247e6, "eq"),
      ("gigabit_share_of_broadband_users", "level", date(2020, 8, 31), date(2020, 8, 31), 35.3, "eq")}),
    # a relative clause about the subject that names Beijing does not make the subject a region
    (FY_2024 + "Industrial value added rose 5.8 per cent last year. High-tech manufacturing, which Beijing sees as "
     "the backbone of its economy, grew 8.9 per cent.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
    # in a city's page, a sentence opening on the whole country scopes the next one of its paragraph ...
    (SHANGHAI_NOV_2021 + "The city's output of NEVs reached 557,000 units between January and November.\n\n"
     "Across China, 1.396 million 5G base stations had been built as of the end of November. The number of 5G "
     "mobile phone users hit 497 million.",
     {("five_g_base_stations", "level", date(2021, 11, 30), date(2021, 11, 30), 1.396e6, "eq"),
      ("five_g_mobile_users", "level", date(2021, 11, 30), date(2021, 11, 30), 497e6, "eq")}),
    # ... unless it names a region of its own
    (SHANGHAI_NOV_2021 + "Across China, 1.396 million 5G base stations had been built as of the end of November. "
     "The city's 5G mobile phone users hit 19 million.",
     {("five_g_base_stations", "level", date(2021, 11, 30), date(2021, 11, 30), 1.396e6, "eq")}),
]

ZH_FY2022 = "国新办举行2022年工业和信息化发展情况发布会\n\n发布时间：2023-01-17\n\n"
ZH_H1_2020 = "2020年上半年电子信息制造业运行情况\n\n发布时间：2020-07-30\n\n"

SESSION10 += [
    # a newly certified batch named before the noun is an addition, not the total
    (ZH_FY2022 + "专精特新“小巨人”企业达到8997家。去年新认定的4357家“小巨人”企业中，超六成属于工业基础领域。",
     {("little_giant_enterprises", "level", date(2022, 12, 31), date(2022, 12, 31), 8997.0, "eq")}),
    # "，上半年生产微型计算机设备1.58亿台": an item of a production list after its period and verb
    (ZH_H1_2020 + "从主要产品看，上半年生产微型计算机设备１．５８亿台，同比增长8.9%，在线办公需求带动订单增加。",
     {("computer_output", "level", date(2020, 1, 1), date(2020, 6, 30), 1.58e8, "eq"),
      ("computer_output", "yoy_pct", date(2020, 1, 1), date(2020, 6, 30), 8.9, "eq")}),
]

SESSION10 += [
    # a bracketed definition between the subject and its verb; its "more than" makes no comparison
    (FY_2024 + "Value added by industrial firms above designated size (those with annual revenues of more than "
     "20m yuan, or $2.8m) grew by 5.8% last year.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq")}),
]

SESSION10 += [
    # "a touch faster than the 4.6% managed in 2023": the earlier rate, for its own period
    (FY_2024 + "Value added by industrial firms above designated size grew by 5.8% last year, a touch faster "
     "than the 4.6% managed in 2023.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq")}),
]

H1_2023 = "China's economy in the first half of 2023\n\nPublished: 2023-07-20\n\n"

SESSION10 += [
    # "NEVs accounted for A and B of those" after a production and sales pair: the part's pair, in order
    (H1_2023 + "Production and sales of automobiles reached 13.248 million and 13.239 million units in the first "
     "half. New-energy vehicles - a category that covers battery-electric, plug-in hybrid and fuel-cell cars - "
     "accounted for 3.788 million and 3.747 million of those, rising 42.4% and 44.1%.",
     {("auto_production", "level", date(2023, 1, 1), date(2023, 6, 30), 13.248e6, "eq"),
      ("auto_sales", "level", date(2023, 1, 1), date(2023, 6, 30), 13.239e6, "eq"),
      ("nev_production", "level", date(2023, 1, 1), date(2023, 6, 30), 3.788e6, "eq"),
      ("nev_sales", "level", date(2023, 1, 1), date(2023, 6, 30), 3.747e6, "eq"),
      ("nev_production", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 42.4, "eq"),
      ("nev_sales", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 44.1, "eq")}),
    # ... but not a part that is no catalogue product
    (H1_2023 + "Production and sales of automobiles reached 13.248 million and 13.239 million units in the first "
     "half. Exports accounted for 2.1 million and 2.0 million of those.",
     {("auto_production", "level", date(2023, 1, 1), date(2023, 6, 30), 13.248e6, "eq"),
      ("auto_sales", "level", date(2023, 1, 1), date(2023, 6, 30), 13.239e6, "eq")}),
]

ZH_HUBEI_Q3_2022 = "湖北日报讯 前三季度全省工业经济稳中向好\n\n2022-10-26 来源：湖北日报\n\n"

SESSION10 += [
    # in a provincial page, the country opening an earlier clause scopes the later ones of the sentence ...
    (ZH_HUBEI_Q3_2022 + "信息通信业方面，截至9月末，全国5G基站总数达222万个；5G移动电话用户达5.1亿户。我省累计建成5G基站8.1万个。",
     {("five_g_base_stations", "level", date(2022, 9, 30), date(2022, 9, 30), 2.22e6, "eq"),
      ("five_g_mobile_users", "level", date(2022, 9, 30), date(2022, 9, 30), 5.1e8, "eq")}),
    # ... but not the country in brackets or as a yardstick: the province's robots stay out
    (ZH_HUBEI_Q3_2022 + "前三季度，全省新能源汽车产量41.2万辆（全国新能源汽车产量378.8万辆），增速高于全国12.9个百分点；"
     "工业机器人产量2.4万套，增长21.2%。",
     set()),
]

ZH_FY2023 = "2023年工业和信息化发展情况\n\n发布时间：2024-01-19\n\n"

SESSION10 += [
    # indicators joined by 和, then 分别 and one level each
    (ZH_FY2023 + "截至2023年底，我国关键工序数控化率和数字化研发设计工具普及率分别达到62.2%和79.6%。",
     {("key_process_digitalization_rate", "level", date(2023, 12, 31), date(2023, 12, 31), 62.2, "eq"),
      ("digital_rd_tool_penetration", "level", date(2023, 12, 31), date(2023, 12, 31), 79.6, "eq")}),
    # a drill-down month ("其中9月份") is not the period of the next clause's rates
    (ZH_Q3_2025 + "前三季度，全国规模以上工业增加值同比增长6.2%，其中9月份增长6.5%；装备制造业、高技术制造业增加值同比"
     "分别增长9.7%和9.6%。",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 9), 6.5, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 9.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 9.6, "eq")}),
]

SESSION10 += [
    # the scope in quotes ('"above designated size"')
    (FY_2024 + 'Value added by industrial firms "above designated size" grew by 5.8% last year.',
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq")}),
]

NOV_2021 = "China's telecom industry in the first 11 months of 2021\n\nPublished: 2021-12-22\n\n"

SESSION10 += [
    (NOV_2021 + "The number of 5G mobile phone users hit 497 million by the end of November, while users on gigabit "
     "fixed broadband plans reached 34.56 million.",
     {("five_g_mobile_users", "level", date(2021, 11, 30), date(2021, 11, 30), 497e6, "eq"),
      ("gigabit_broadband_users", "level", date(2021, 11, 30), date(2021, 11, 30), 34.56e6, "eq")}),
]

H1_2025 = "China's telecom industry in the first half of 2025\n\nPublished: 2025-07-28\n\n"

SESSION10 += [
    # the earlier level after a long speaker aside
    (H1_2025 + "China had 4.549 million 5G base stations in service at the end of June, the Ministry of Industry and "
     "Information Technology (MIIT) said at a press briefing in Beijing last week, up from 4.251 million at the end of 2024.",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4.549e6, "eq"),
      ("five_g_base_stations", "level", date(2024, 12, 31), date(2024, 12, 31), 4.251e6, "eq")}),
]

SESSION10 += [
    (ZH_FYP14 + "截至2025年底，5G-A网络已覆盖330多个城市。",
     {("five_g_a_cities", "level", date(2025, 12, 31), date(2025, 12, 31), 330.0, "gt")}),
]

SESSION10 += [
    # a sentence opening on 利润总额 continues the software industry of the sentence before ...
    (ZH_H1_2020 + "上半年，我国软件业务收入35802亿元，同比增长6.7%。实现利润总额4345亿元，同比增长6.2%。",
     {("software_it_services_revenue", "level", date(2020, 1, 1), date(2020, 6, 30), 3.5802e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2020, 1, 1), date(2020, 6, 30), 6.7, "eq"),
      ("software_industry_profit", "level", date(2020, 1, 1), date(2020, 6, 30), 4.345e11, "eq"),
      ("software_industry_profit", "yoy_pct", date(2020, 1, 1), date(2020, 6, 30), 6.2, "eq")}),
    # ... not another industry's
    (ZH_H1_2020 + "上半年，规模以上工业企业营业收入增长5%。实现利润总额4345亿元，同比增长6.2%。", set()),
]

SESSION10 += [
    # "<sector>, the value added of which rose X"
    (FY_2024 + "Industrial value added rose 5.8 per cent last year. Equipment manufacturing, the value added of which "
     "rose 7.7 percent, and the power sector outpaced industry as a whole.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2024), 7.7, "eq")}),
    # "<sector>, which grew X, ..." in a passage on value added (a which-clause without a rate is skipped)
    (FY_2024 + "Industrial value added rose 5.8 per cent last year. Equipment manufacturing, the value added of which "
     "rose 7.7 percent, and high-tech manufacturing, which grew 8.9 percent, outpaced industry as a whole.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2024), 7.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
    (FY_2024 + "Industrial value added rose 5.8 per cent last year. High-tech manufacturing, which accounts for 16 "
     "percent of industry, grew 8.9 percent.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
]

ZH_H1_2025_GD = "上半年我国规上工业增加值同比增长6.4%　广东工业保持增长\n\n来源：南方日报　发布时间：2025-07-19 08:56:31\n\n"

SESSION10 += [
    # a province opening a clause scopes the sentence's later clauses (its yardstick "居全国首位" is no national mark)
    (ZH_H1_2025_GD + "截至6月底，广东累计建成5G基站35.2万座，居全国首位；千兆宽带用户超过2300万户。", set()),
    (ZH_H1_2025_GD + "截至6月底，全国5G基站达455万个；千兆宽带用户超过2.3亿户。",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4.55e6, "eq"),
      ("gigabit_broadband_users", "level", date(2025, 6, 30), date(2025, 6, 30), 2.3e8, "gt")}),
]

ZH_Q3_2017 = "2017年前三季度工业运行情况\n\n发布时间：2017-10-31\n\n"

SESSION10 += [
    # "分季度看，一季度、二季度、三季度分别增长…": the previous sentence's indicator, one rate per quarter
    (ZH_Q3_2017 + "前三季度，全国规模以上工业增加值同比增长6.7%。分季度看，一季度、二季度、三季度分别增长6.8%、6.9%和6.3%；"
     "9月份增长6.6%。",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 9, 30), 6.7, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 3, 31), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 4, 1), date(2017, 6, 30), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 7, 1), date(2017, 9, 30), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2017, 9), 6.6, "eq")}),
]

SESSION10 += [
    # a manufacturing sector's output is its value added
    (Q3_2020 + "High-tech manufacturing output expanded by 5.9 per cent in the first nine months, Huang said.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 5.9, "eq")}),
]

ZH_H1_2017 = "2017年上半年工业通信业发展情况\n\n发布时间：2017-07-17\n\n"

SESSION10 += [
    # a sentence opening on the month alone is the previous sentence's indicator for that month
    (ZH_H1_2017 + "上半年，规模以上工业增加值同比增长6.9%，比一季度加快0.1个百分点。6月份当月增长7.6%，创2014年12月以来新高。",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 6, 30), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2017, 6), 7.6, "eq")}),
    # "产量和销量分别为…" is the product's production and sales
    (ZH_FY2018 + "受补贴退坡影响，2018年新能源汽车产量和销量分别为124.2万辆和120.6万辆，同比分别下降2.3%和4.0%。",
     {("nev_production", "level", *year(2018), 1.242e6, "eq"), ("nev_sales", "level", *year(2018), 1.206e6, "eq"),
      ("nev_production", "yoy_pct", *year(2018), -2.3, "eq"), ("nev_sales", "yoy_pct", *year(2018), -4.0, "eq")}),
]

# (one test reads all of SESSION10's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION10)
def test_session10(text, expected):
    assert obs(text) == expected


# --- extractor 1.12.0 ------------------------------------------------------------------------
OCT_2025_WIRE = "China's Factory Output Slows as EV Boom Cools\n\nNovember 14, 2025\n\n"
MAY_2019_WIRE = "China May industrial output growth slows\n\nJune 14, 2019\n\n"
RTHK_H1_2022 = "Mainland industrial output up 3.4pc in first half\n\n2022-07-19\n\n"
FY_2016 = "China's industry in 2016\n\nPublished: 2017-01-20\n\n"

SESSION11 = [
    # an undated bullet restating the body's figure for the month is that figure, not the year to date
    (OCT_2025_WIRE + "- Industrial output rose 6.1% in the first ten months.\n"
     "- Growth in new-energy vehicle sales eased to 18% as subsidies ran dry.\n\n"
     "NEV sales climbed 18% in October to 1.6 million, the association said.",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 10, 31), 6.1, "eq"),
      ("nev_sales", "yoy_pct", *month(2025, 10), 18.0, "eq"),
      ("nev_sales", "level", *month(2025, 10), 1.6e6, "eq")}),
    # ... while an undated figure stated nowhere else still takes the reporting period
    (OCT_2025_WIRE + "- Industrial output rose 6.1% in the first ten months.\n"
     "- Growth in new-energy vehicle sales eased to 25%.\n\n"
     "NEV sales climbed 18% in October to 1.6 million, the association said.",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 10, 31), 6.1, "eq"),
      ("nev_sales", "yoy_pct", date(2025, 1, 1), date(2025, 10, 31), 25.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2025, 10), 18.0, "eq"),
      ("nev_sales", "level", *month(2025, 10), 1.6e6, "eq")}),
    # "the world's biggest car market" is the country's auto market
    (MAY_2019_WIRE + "Sales in the world's largest auto market fell for an 11th straight month in May, dropping "
     "16.4 percent from a year earlier to 1.91 million vehicles.",
     {("auto_sales", "level", *month(2019, 5), 1.91e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 5), -16.4, "eq")}),
    # an event's day ("the July 1 switch") is no period the sentence could not read
    (MAY_2019_WIRE + "Car sales fell 16.4 percent in May. Vehicle production slumped 22.4 percent to 1.86 million "
     "units as automakers cleared inventory ahead of the July 1 switch to stricter emission standards.",
     {("auto_sales", "yoy_pct", *month(2019, 5), -16.4, "eq"),
      ("auto_production", "yoy_pct", *month(2019, 5), -22.4, "eq"),
      ("auto_production", "level", *month(2019, 5), 1.86e6, "eq")}),
    # ... but a day that is an as-of date still is one
    (MAY_2019_WIRE + "China had 130,000 5G base stations as of the June 6 launch, the ministry said.",
     set()),
    # "ended 2016" names the year
    (FY_2016 + "China's industrial sector ended 2016 on a stable footing, with value added of industrial "
     "enterprises above designated size growing 6 percent year on year. In December alone, industrial value "
     "added rose 6 percent.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq")}),
    # "output growth" after the value added just rated is that output's later rate
    (RTHK_H1_2022 + "The value added of industrial enterprises above designated size went up 3.4 percent year on year in "
     "the first half. In the second quarter, it grew 0.7 percent, and output growth accelerated to 3.9 percent "
     "in June as factories reopened.",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 4, 1), date(2022, 6, 30), 0.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq")}),
    # ... but another product's output is not
    (RTHK_H1_2022 + "Value added of industrial enterprises above designated size grew 3.4 percent in the first half, "
     "and NEV output rose 30 percent in June.",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 3.4, "eq"),
      ("nev_production", "yoy_pct", *month(2022, 6), 30.0, "eq")}),
    # "with June growth accelerating to 4.4 percent"
    (RTHK_H1_2022 + "The value added of industrial enterprises above designated size rose 3.4 percent on year in the "
     "January-June period, with June growth accelerating to 3.9 percent.",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq")}),
    # the rate after a speaker's "told a news conference in Beijing that": where it was said, no scope
    (RTHK_H1_2022 + "The value added of industrial enterprises above designated size rose 3.4pc year-on-year in the "
     "first six months. Ministry spokesman Luo Junjie told a news conference in Beijing that output picked up "
     "to 3.9pc growth in June.",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq")}),
    # ... while the city's own output stays the city's
    (RTHK_H1_2022 + "Luo told a news conference in Beijing that the city's industrial output grew 5.1 percent in June.",
     set()),
]

ZH_Q3_2024 = "2024年前三季度工业和信息化发展情况\n\n发布时间：2024-10-18\n\n"
Q3_2024_EN = "China's economy in the first three quarters of 2024\n\nPublished: 2024-10-18\n\n"

SESSION11 += [
    # a month's level continues the product of the clause before
    (ZH_Q3_2024 + "前三季度，新能源汽车产销分别完成831.6万辆和832万辆，同比分别增长31.7%和32.5%，9月份当月销量128.7万辆，创历史新高。",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 9, 30), 8.316e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.32e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 31.7, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 32.5, "eq"),
      ("nev_sales", "level", *month(2024, 9), 1.287e6, "eq")}),
    # signed rates listed before one "y/y"
    (Q3_2024_EN + "Officials said NEV output and sales came to 8.31mn and 8.32mn units in the first nine months, "
     "+31.7% and +32.5% y/y.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 9, 30), 8.31e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.32e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 31.7, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 32.5, "eq")}),
    # ... but a bare signed figure without it is no rate
    (Q3_2024_EN + "Officials said NEV output and sales came to 8.31mn and 8.32mn units in the first nine months, "
     "+31.7% and +32.5%.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 9, 30), 8.31e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.32e6, "eq")}),
]

FY_2023 = "China's economy in 2023\n\nPublished: 2024-01-20\n\n"
NOV_2020_PHONES = "China's smartphone market in October 2020\n\nPublished: 2020-11-20\n\n"

SESSION11 += [
    # a share of the world's total in a dash aside after the figure is no world scope
    (FY_2023 + "By the end of 2023 China had 3.38m 5G base stations - about 60% of the world's total, by official "
     "estimates - and 805m 5G mobile-phone users.",
     {("five_g_base_stations", "level", date(2023, 12, 31), date(2023, 12, 31), 3.38e6, "eq"),
      ("five_g_mobile_users", "level", date(2023, 12, 31), date(2023, 12, 31), 805e6, "eq")}),
    # ... while the world's own figure stays blocked
    (FY_2023 + "Global 5G base stations reached 5.6 million at the end of 2023 - about 60% of them in China.", set()),
    # the earlier level after a figure's aside
    (FY_2023 + "By the end of December, China had 3.38 million 5G base stations - about 24 for every 10,000 people - "
     "up from 2.312 million at the end of 2022, said Zhao Zhiguo, chief engineer at the ministry.",
     {("five_g_base_stations", "level", date(2023, 12, 31), date(2023, 12, 31), 3.38e6, "eq"),
      ("five_g_base_stations", "level", date(2022, 12, 31), date(2022, 12, 31), 2.312e6, "eq")}),
    # ... and after the figure's yoy rate
    (NOV_2020_PHONES + "Domestic shipments of 5G mobile phones reached 20.7 million units in October, up 4.1% YoY and "
     "up from 14.9 million in September.",
     {("five_g_phone_shipments", "level", *month(2020, 10), 20.7e6, "eq"),
      ("five_g_phone_shipments", "yoy_pct", *month(2020, 10), 4.1, "eq"),
      ("five_g_phone_shipments", "level", *month(2020, 9), 14.9e6, "eq")}),
    # "5G shipments" in a passage on phones are 5G phones' shipments ...
    (NOV_2020_PHONES + "Smartphone demand picked up. 5G shipments topped 20 million for the first time in October at 20.7 million.",
     {("five_g_phone_shipments", "level", *month(2020, 10), 20.7e6, "eq")}),
    # ... and not elsewhere
    (NOV_2020_PHONES + "Base station vendors were busy. 5G shipments rose 20% in October.", set()),
]

Q3_2017 = "China's industry in the first three quarters of 2017\n\nPublished: 2017-10-20\n\n"

SESSION11 += [
    # "<sector> and the <sector> saw value added rise by A and B respectively"
    (Q3_2017 + "The high-tech manufacturing sector and the equipment manufacturing sector saw value added rise by "
     "13.4 percent and 11.6 percent respectively, outpacing the industrial average.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 9, 30), 13.4, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 9, 30), 11.6, "eq")}),
]

FUJIAN_H1_2023 = "上半年全国规上工业增加值同比增长3.8%　我省多项指标好于全国\n\n发布时间：2023-07-20 07:45\n\n"

SESSION11 += [
    # a provincial reprint's account of the national briefing is national up to the province's own part
    (FUJIAN_H1_2023 + "本报讯　19日，国务院新闻办公室举行新闻发布会，介绍2023年上半年工业和信息化发展情况。"
     "记者从发布会上获悉，上半年，全国规模以上工业增加值同比增长3.8%。\n\n"
     "装备制造业增势良好，上半年增加值同比增长6.5%。\n\n"
     "记者从省工信厅获悉，上半年，我省规模以上工业增加值增长4.9%，装备制造业增加值增长8.1%。",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 3.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 6.5, "eq")}),
]

JOONGANG_H1_2022 = "China's 5G subscribers reach 455 million\n\nPublished: 21 Jul. 2022, 17:42\n\n"
ZH_H1_2022_MIIT = "2022年上半年工业和信息化发展情况\n\n发布时间：2022-07-19\n\n"
GD_FY2025 = "国新办举行2025年工业和信息化发展成就新闻发布会\n\n发布时间：2026-01-22 09:41:06\n\n"
ZH_JF_2026 = "2026年1-2月工业经济运行情况\n\n发布时间：2026-03-18\n\n"
HENAN_Q3_2022 = "前三季度全国工业经济企稳回升 我省多项指标好于全国\n\n发布时间:2022-10-26 08:47\n\n"
H1_2018 = "China's economy in the first half of 2018\n\nPublished: 2018-07-20\n\n"

SESSION11 += [
    # a date in the lead long before publication is background, not the reporting period
    (JOONGANG_H1_2022 + "Korea may have launched the world's first commercial 5G service in April 2019, but China is "
     "pulling away.\n\nChina's software and information technology services industry generated 4.66 trillion yuan in "
     "revenue, up 10.9 percent on-year.\n\nChina had installed nearly 1.86 million 5G base stations by the end of June.",
     {("software_it_services_revenue", "level", date(2022, 1, 1), date(2022, 6, 30), 4.66e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 10.9, "eq"),
      ("five_g_base_stations", "level", date(2022, 6, 30), date(2022, 6, 30), 1.86e6, "lt")}),
    # a run of months carries none of them to the next sentence
    (ZH_H1_2022_MIIT + "上半年，规模以上工业增加值同比增长3.4%，其中二季度增长0.7%。4月份受疫情冲击出现下滑，5月份由负转正，6月份增长3.9%。"
     "高技术制造业增加值同比增长9.6%，快于全部规上工业6.2个百分点。",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 4, 1), date(2022, 6, 30), 0.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 9.6, "eq")}),
    # a paragraph that opens on the province's scope keeps it in its later sentences
    (GD_FY2025 + "2025年，全国规模以上工业增加值同比增长5.9%。\n\n2025年，全省规模以上工业增加值同比增长4.3%。"
     "电子信息制造业营业收入突破5万亿元；软件业务收入约2.1万亿元，同比增长11.7%。",
     {("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq")}),
    # the value added of counted enterprises is not their count
    (ZH_JF_2026 + "中小企业方面，1-2月规上工业中的专精特新“小巨人”企业增加值同比增长7.9%，高于全部规上工业2.1个百分点。", set()),
    # a space after 增长
    (ZH_JF_2026 + "1-2月，新能源汽车产销分别完成210.3万辆和205.1万辆，同比分别增长 9.6%和8.0%。",
     {("nev_production", "level", date(2026, 1, 1), date(2026, 2, 28), 2.103e6, "eq"),
      ("nev_sales", "level", date(2026, 1, 1), date(2026, 2, 28), 2.051e6, "eq"),
      ("nev_production", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 9.6, "eq"),
      ("nev_sales", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 8.0, "eq")}),
    # unnumbered scope headings split a provincial reprint into its national and its own part
    (HENAN_Q3_2022 + "本报讯　10月25日，记者从工业和信息化部获悉，今年以来我国工业经济顶住压力。\n\n全国:工业生产稳步恢复\n\n"
     "从行业看，装备制造业增加值同比增长6.3%，高技术制造业增加值同比增长8.5%。\n\n我省:主要指标好于全国\n\n"
     "前三季度，装备制造业增加值增长9.1%。",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 6.3, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 8.5, "eq")}),
    # "as of June 30" is the end of June
    (H1_2018 + "The number of 5G mobile phone users reached 927 million as of June 30, accounting for 52.2% of all "
     "mobile phone users, which totaled 1.776 billion, MIIT said.",
     {("five_g_mobile_users", "level", date(2018, 6, 30), date(2018, 6, 30), 927e6, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2018, 6, 30), date(2018, 6, 30), 52.2, "eq")}),
    # ... but another day stays unread
    (H1_2018 + "China had 1.2 million 5G base stations as of June 20.", set()),
    # "growth eased to", "the pace slowed to": the rate of the sentence before, for this sentence's period
    (H1_2018 + "Industrial output rose 6.7% in the first half. In June alone, growth eased to 6.0%.",
     {("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 6, 30), 6.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 6), 6.0, "eq")}),
    (H1_2018 + "Industrial output rose 6.7% in the first half. In June, the pace slowed to 6.0%.",
     {("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 6, 30), 6.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 6), 6.0, "eq")}),
    # "slowed to A in the second quarter and to B in June"
    (H1_2018 + "Value added by industrial enterprises above designated size grew 6.7% year on year in the first half, "
     "but growth slowed to 6.3% in the second quarter and to 6.0% in June.",
     {("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 6, 30), 6.7, "eq"),
      ("industrial_value_added", "yoy_pct", date(2018, 4, 1), date(2018, 6, 30), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 6), 6.0, "eq")}),
    # a threshold's "more than" (with its currency conversion) makes no comparison of the month after it
    (H1_2018 + "Value added at industrial firms with annual revenue of more than 20 million yuan ($2.9 million) rose "
     "6.0 per cent in June alone.",
     {("industrial_value_added", "yoy_pct", *month(2018, 6), 6.0, "eq")}),
]

FY_2020 = "China's economy in 2020\n\nPublished: 2021-01-20\n\n"
ZH_FY2020_IND = "2020年工业经济运行情况\n\n发布时间：2021-01-20\n\n"
ZH_OCT_2016 = "2016年1-10月工业通信业运行情况\n\n发布时间：2016-11-18\n\n"
ZH_FY2016 = "2016年工业通信业发展情况\n\n发布时间：2017-01-20\n\n"
Q3_2022_TELECOM = "China's telecom sector in the first three quarters of 2022\n\nPublished: 2022-10-25\n\n"

SESSION11 += [
    # "the world's largest auto market" as an appositive is no second subject
    (FY_2020 + "Car sales in China, the world's largest auto market, totaled 25.31 million units last year, down 1.9 "
     "percent from a year earlier.",
     {("auto_sales", "level", *year(2020), 25.31e6, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq")}),
    # an em dash glued to words sets off an aside; "1—5月" stays a range
    (FY_2020 + "Industrial value-added\u2014China's official measure of output at factories with annual revenue above 20 "
     "million yuan ($2.86 million)\u2014grew 2.8% year-over-year in 2020.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq")}),
    (ZH_FY2020_IND + "1\u20145月，新能源汽车产销分别完成39.4万辆和38.9万辆。",
     {("nev_production", "level", date(2020, 1, 1), date(2020, 5, 31), 394000.0, "eq"),
      ("nev_sales", "level", date(2020, 1, 1), date(2020, 5, 31), 389000.0, "eq")}),
    # "up a meager 1.9%"
    (FY_2020 + "Telecom business revenue for the year was CNY1.36 trillion (US$185 billion), up a meager 1.9% year-on-year.",
     {("telecom_business_revenue", "level", *year(2020), 1.36e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2020), 1.9, "eq")}),
    # "from a year earlier" is the rate's base, no comparison: the later rate is read
    (FY_2020 + "Industrial value-added output, which covers factories with annual revenue above 20 million yuan, rose "
     "7.3% in December from a year earlier and 2.8% for the full year.",
     {("industrial_value_added", "yoy_pct", *month(2020, 12), 7.3, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq")}),
    # "Deliveries" of vehicles are their sales
    (FY_2020 + "Deliveries of new-energy vehicles -- a category that includes battery-electric, plug-in hybrid and "
     "fuel-cell cars -- climbed 10.9% to a record 1.367 million units.",
     {("nev_sales", "level", *year(2020), 1.367e6, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq")}),
    (FY_2020 + "Base station deliveries rose 20% to 1.2 million units last year.", set()),
    # "gains of A and B" after a production and sales pair
    (Q3_2022_TELECOM + "China produced 29.02 million vehicles in the first nine months and sold 28.88 million, gains of 3.2% "
     "and 3%, according to the association.",
     {("auto_production", "level", date(2022, 1, 1), date(2022, 9, 30), 29.02e6, "eq"),
      ("auto_sales", "level", date(2022, 1, 1), date(2022, 9, 30), 28.88e6, "eq"),
      ("auto_production", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 3.2, "eq"),
      ("auto_sales", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 3.0, "eq")}),
    # all telecom operators' combined revenue is the industry's
    (Q3_2022_TELECOM + "Telecom operators' combined telecommunications business revenue for the first nine months came to "
     "1.19 trillion yuan ($164.6 billion), up 8% year on year.",
     {("telecom_business_revenue", "level", date(2022, 1, 1), date(2022, 9, 30), 1.19e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 8.0, "eq")}),
    # ... but one operator's is not
    (Q3_2022_TELECOM + "China Mobile's telecommunications business revenue for the first nine months came to 0.6 trillion yuan.", set()),
    # "、销售" continues the product; "均突破"/"双双超过" is both figures
    (ZH_FY2020_IND + "新能源汽车产销保持高速增长，全年生产137万辆、销售136万辆，同比分别增长7.5%和10.9%。",
     {("nev_production", "level", *year(2020), 1.37e6, "eq"), ("nev_sales", "level", *year(2020), 1.36e6, "eq"),
      ("nev_production", "yoy_pct", *year(2020), 7.5, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq")}),
    (ZH_FY2020_IND + "汽车产业方面，全年我国汽车产销量均突破2500万辆。",
     {("auto_production", "level", *year(2020), 25e6, "gt"), ("auto_sales", "level", *year(2020), 25e6, "gt")}),
    # ... and the exact figures restated after it win ("，销量…" continues the product)
    (ZH_FY2016 + "全年汽车产销双双突破2800万辆，连续8年蝉联全球第一。其中，汽车产量2811.9万辆，销量2802.8万辆，同比分别增长14.5%和13.7%。",
     {("auto_production", "level", *year(2016), 28.119e6, "eq"), ("auto_sales", "level", *year(2016), 28.028e6, "eq"),
      ("auto_production", "yoy_pct", *year(2016), 14.5, "eq"), ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq")}),
    # sectors as a topic, and a list of sectors after "规模以上"
    (ZH_OCT_2016 + "高技术制造业和装备制造业保持较快增长，1-10月增加值分别增长10.6%和9.4%，增速分别比规模以上工业快4.6和3.4个百分点。",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 10, 31), 10.6, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 10, 31), 9.4, "eq")}),
    (ZH_OCT_2016 + "1-10月，规模以上装备制造业、高技术制造业增加值同比分别增长9.2%、9.4%，增速分别高于规上工业3.3、3.5个百分点。",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 10, 31), 9.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 10, 31), 9.4, "eq")}),
]

Q1_2017 = "China's economy in the first quarter of 2017\n\nPublished: 2017-04-20\n\n"
ZH_FY2015 = "2015年工业通信业发展情况\n\n发布时间：2016-01-20\n\n"
JUL_2021 = "China's gigabit push\n\nPublished: 2021-07-21\n\n"

SESSION11 += [
    # a wire dateline with the agency's name in brackets
    (Q1_2017 + "BEIJING (Reuters) - Value-added output at China's larger industrial firms - those with annual revenue "
     "of at least 20 million yuan - rose 6.8 percent in the first quarter from a year earlier.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 3, 31), 6.8, "eq")}),
    # "to more than 28,000 sets": a qualifier's "than" is no comparison of the rate before it
    (Q1_2017 + "Production of industrial robots climbed 24.5 per cent to more than 28,000 sets in the first quarter.",
     {("industrial_robot_output", "level", date(2017, 1, 1), date(2017, 3, 31), 28000.0, "gt"),
      ("industrial_robot_output", "yoy_pct", date(2017, 1, 1), date(2017, 3, 31), 24.5, "eq")}),
    # "a weak January": a month as a thing is no unread date of the sentence
    (Q1_2017 + "Sales of new energy vehicles jumped 34.8 percent to 56,000 units in the quarter, recovering from a "
     "weak January.",
     {("nev_sales", "level", date(2017, 1, 1), date(2017, 3, 31), 56000.0, "eq"),
      ("nev_sales", "yoy_pct", date(2017, 1, 1), date(2017, 3, 31), 34.8, "eq")}),
    # the product's other verb after a comment and a period ("呈现爆发式增长，全年生产…，销售…")
    (ZH_FY2015 + "新能源汽车呈现爆发式增长，全年生产34.0万辆，销售33.1万辆，同比分别增长3.3倍和3.4倍，其中纯电动乘用车生产14.28万辆。",
     {("nev_production", "level", *year(2015), 340000.0, "eq"), ("nev_sales", "level", *year(2015), 331000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2015), 330.0, "eq"), ("nev_sales", "yoy_pct", *year(2015), 340.0, "eq")}),
    # "fixed broadband users on gigabit (...) plans"
    (JUL_2021 + "Tian said that by the end of June the country had 17.29 million fixed broadband users on gigabit "
     "(1,000Mbit/s and above) plans.",
     {("gigabit_broadband_users", "level", date(2021, 6, 30), date(2021, 6, 30), 17.29e6, "eq")}),
]

FY_2017 = "China's industry in 2017\n\nPublished: 2018-01-20\n\n"

SESSION11 += [
    # an aside about a Chinese subject that names another country is no foreign scope
    (FY_2017 + "China's software and IT services industry, the closest counterpart to India's IT-BPM sector, posted "
     "revenue of 6.31 trillion yuan in 2017, up 14.2%.",
     {("software_it_services_revenue", "level", *year(2017), 6.31e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2017), 14.2, "eq")}),
    # ... while the other country's own figure stays blocked
    (FY_2017 + "India's software and IT services industry, the closest counterpart to China's sector, posted revenue "
     "of 6.31 trillion rupees in 2017, up 14.2%.", set()),
    # a topic opener, then the subject with its "calculated at ..." aside
    (FY_2017 + "In the telecom sector, the total telecommunications business volume, calculated at the prices of the "
     "previous year, surged 28.5 percent year on year in 2017.",
     {("telecom_business_volume", "yoy_pct", *year(2017), 28.5, "eq")}),
    # "quickened slightly in December to 6.2 percent"
    (FY_2017 + "Growth of the value added of industrial enterprises above designated size quickened slightly in "
     "December to 6.2 percent from a year earlier.",
     {("industrial_value_added", "yoy_pct", *month(2017, 12), 6.2, "eq")}),
    # sectors' bare rates a few sentences after the value added
    (FY_2017 + "The value added of industrial firms with annual revenue above 20 million yuan rose 6.6 per cent in "
     "2017, the ministry said. That compared with growth of 6 per cent in 2016.\n\nAdvertisement\n\n"
     "Equipment manufacturing and high-tech manufacturing, which Beijing sees as the backbone of its economy, grew "
     "11.3 per cent and 13.4 per cent, respectively.",
     {("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2017), 11.3, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2017), 13.4, "eq")}),
]

SESSION11 += [
    # a list inside an aside ("the manufacturing, mining and utilities sectors") does not end it
    (FY_2017 + "Industrial production, which measures output in the manufacturing, mining and utilities sectors, grew "
     "by 6.3 per cent in December from a year earlier, according to the statistics bureau.",
     {("industrial_value_added", "yoy_pct", *month(2017, 12), 6.3, "eq")}),
]

JF_2026 = "China's factory output in January-February 2026\n\nPublished: 2026-03-17\n\n"
ZH_H1_2018 = "2018年上半年通信业运行情况\n\n发布时间：2018-07-20\n\n"
ZH_FY2025 = "2025年工业和信息化发展成就\n\n发布时间：2026-01-22\n\n"

SESSION11 += [
    # "produced A vehicles last year and sold B"
    (FY_2017 + "China produced 29.02 million vehicles last year and sold 28.88 million, gains of 3.2% and 3%.",
     {("auto_production", "level", *year(2017), 29.02e6, "eq"), ("auto_sales", "level", *year(2017), 28.88e6, "eq"),
      ("auto_production", "yoy_pct", *year(2017), 3.2, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq")}),
    # the day a rule took effect is no unread date of the sentence
    (JF_2026 + "Industrial output grew 6.1 per cent in the first two months. Sales of new energy vehicles rose just "
     "3.1 per cent to 1.96 million units in the period, after the purchase-tax exemption was replaced with a 5 per "
     "cent levy from January 1.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.1, "eq"),
      ("nev_sales", "level", date(2026, 1, 1), date(2026, 2, 28), 1.96e6, "eq"),
      ("nev_sales", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 3.1, "eq")}),
    # "增长超过15%": a rate with its qualifier
    (ZH_FY2025 + "张云明表示，工业机器人产量同比增长28%，服务机器人产量增长超过15%。",
     {("industrial_robot_output", "yoy_pct", *year(2025), 28.0, "eq"),
      ("service_robot_output", "yoy_pct", *year(2025), 15.0, "gt")}),
    # a tariff's fall "较上年末" is neither DOU's nor year on year
    (ZH_H1_2018 + "网络提速降费成效明显，6月当月户均移动互联网接入流量达到4.42GB，移动流量平均资费较上年末下降30%。",
     {("mobile_dou", "level", *month(2018, 6), 4.42, "eq")}),
    (ZH_H1_2018 + "6月当月户均移动互联网接入流量达到4.42GB，较上年末增长20%。",
     {("mobile_dou", "level", *month(2018, 6), 4.42, "eq")}),
]

SESSION11 += [
    # a masthead with the site's address is no title (its headline's figures are not counted twice);
    # "8月5G手机" is August's, not a day
    ("证券时报网　www.stcn.com\n首页 > 要闻 > 宏观经济\n\n工信部：1-8月工业增加值同比增长5.6%　8月5G手机出货量破20万部\n\n"
     "2019-09-20 17:05　　来源：证券时报网\n\n终端方面，中国信通院数据显示，8月国内5G手机出货量20.8万部，上市新机型5款。",
     {("five_g_phone_shipments", "level", *month(2019, 8), 208000.0, "eq")}),
]

ZH_H1_2016 = "上半年工业通信业运行情况\n\n发布时间：2016-07-20\n\n"
ZH_Q1_2019 = "国新办举行2019年一季度工业和信息化发展情况发布会\n\n发布时间：2019-04-23\n\n"
ZH_OCT_2024 = "2024年1-10月工业经济运行情况\n\n发布时间：2024-11-20\n\n"
Q3_2020_EN = "China's economy in the first three quarters of 2020\n\nPublished: 2020-10-20\n\n"

SESSION11 += [
    # other stories' headlines under a "related" heading are not this text's figures
    (ZH_H1_2016 + "上半年，新能源汽车产销分别完成17.7万辆和17.0万辆。\n\n【相关阅读】\n·国家统计局：6月份规模以上工业增加值增长6.2%\n"
     "·中汽协：6月新能源汽车销量4.6万辆\n\n（责任编辑：王静）",
     {("nev_production", "level", date(2016, 1, 1), date(2016, 6, 30), 177000.0, "eq"),
      ("nev_sales", "level", date(2016, 1, 1), date(2016, 6, 30), 170000.0, "eq")}),
    # another country's figure in Chinese
    (ZH_Q1_2019 + "国际上，韩国和美国已于本月初相继宣布推出5G商用服务，韩国首月5G用户已超过10万户。", set()),
    # "突破11万亿元，达到110463亿元": the exact figure after the threshold
    (ZH_OCT_2024 + "1—10月，全国软件业务收入突破11万亿元，达到110463亿元，同比增长10.4%。",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 10, 31), 11.0463e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), 10.4, "eq")}),
    # "Production of the vehicles" is the vehicles named before
    (Q3_2020_EN + "Sales of new energy vehicles slumped 18.7% to 732,000 in the first nine months. Production of the "
     "vehicles fell 20% to 739,000.",
     {("nev_sales", "level", date(2020, 1, 1), date(2020, 9, 30), 732000.0, "eq"),
      ("nev_sales", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), -18.7, "eq"),
      ("nev_production", "level", date(2020, 1, 1), date(2020, 9, 30), 739000.0, "eq"),
      ("nev_production", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), -20.0, "eq")}),
]


def test_a_date_after_publication_is_no_event_date():
    """'... will end on December 31, 2022' in a story published in January 2022 dates nothing."""
    meta = extract_metadata(normalise_text(
        "China Dec NEV sales up 114%, full-year at 3.52 million\n\nPublished: Jan 12, 2022 16:38\n\n"
        "NEVs accounted for 13.4 percent of new car sales for the whole of 2021.\n\n"
        "MIIT said that the subsidies for NEV purchases will end on December 31, 2022."))
    assert meta.event_date is None and meta.published_date == date(2022, 1, 12)
    assert (meta.period_start, meta.period_end) == (date(2021, 1, 1), date(2021, 12, 31))

ZH_AUG_2023 = "2023年1-8月工业和信息化运行情况\n\n发布时间：2023-09-20\n\n"
SD_FY2021 = "国新办举行2021年工业和信息化发展情况新闻发布会\n\n发布日期：2022-01-21\n\n"

SESSION11 += [
    # a target achieved ("提前实现…目标") is no target: the clauses after it are read
    (ZH_AUG_2023 + "截至8月末，5G基站总数达318.9万个，每万人拥有5G基站数达到22.6个，提前实现“十四五”规划中期目标；"
     "5G移动电话用户达7.37亿户；千兆宽带用户达1.35亿户。",
     {("five_g_base_stations", "level", date(2023, 8, 31), date(2023, 8, 31), 3.189e6, "eq"),
      ("five_g_mobile_users", "level", date(2023, 8, 31), date(2023, 8, 31), 737e6, "eq"),
      ("gigabit_broadband_users", "level", date(2023, 8, 31), date(2023, 8, 31), 135e6, "eq")}),
    # ... a target still is
    (ZH_AUG_2023 + "截至8月末，5G基站总数达318.9万个；力争年底前5G基站达到350万个的目标。",
     {("five_g_base_stations", "level", date(2023, 8, 31), date(2023, 8, 31), 3.189e6, "eq")}),
    # "产量…、销量…，比上年分别增长3.3倍和3.4倍"
    (ZH_FY2015 + "新能源汽车产量34.0万辆、销量33.1万辆，比上年分别增长3.3倍和3.4倍。",
     {("nev_production", "level", *year(2015), 340000.0, "eq"), ("nev_sales", "level", *year(2015), 331000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2015), 330.0, "eq"), ("nev_sales", "yoy_pct", *year(2015), 340.0, "eq")}),
    # a paragraph whose lead sentence is the province's keeps its scope
    (SD_FY2021 + "累计培育专精特新“小巨人”企业4762家。\n\n【山东工信】 记者从省工业和信息化厅获悉，2021年，我省工业经济运行稳中向好。"
     "全省累计开通5G基站5.1万个。累计培育国家级专精特新“小巨人”企业362家。",
     {("little_giant_enterprises", "level", date(2021, 12, 31), date(2021, 12, 31), 4762.0, "eq")}),
    # "per mobile internet user"; "electronic information manufacturers"; "Rmb5.52tn"; "5G-capable smartphones"
    (FY_2017 + "In December, average monthly data usage per mobile internet user hit 2.75GB, the ministry said.",
     {("mobile_dou", "level", *month(2017, 12), 2.75, "eq")}),
    (FY_2017 + "MIIT said value added at electronic information manufacturers rose 13.8% in 2017.",
     {("electronics_manufacturing_value_added", "yoy_pct", *year(2017), 13.8, "eq")}),
    (FY_2017 + "Revenue of the software and information technology services industry rose 13.9 per cent to "
     "Rmb5.52tn ($770bn) in 2017.",
     {("software_it_services_revenue", "level", *year(2017), 5.52e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2017), 13.9, "eq")}),
    (FY_2017 + "Shipments of 5G-capable smartphones in China totaled 113 million in 2017.",
     {("five_g_phone_shipments", "level", *year(2017), 113e6, "eq")}),
    # "the sector raked in business revenue of ..." after a sentence naming the industry
    (FY_2017 + "The software and information technology services industry continued to expand rapidly. In 2017, the "
     "sector raked in business revenue of 2.08 trillion yuan (about $290 billion), up 9.7 percent year on year.",
     {("software_it_services_revenue", "level", *year(2017), 2.08e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2017), 9.7, "eq")}),
]

Q3_2018 = "China's economy in the first three quarters of 2018\n\nPublished: 2018-10-20\n\n"
JF_2025 = "China's telecom sector in January-February 2025\n\nPublished: 2025-03-20\n\n"

SESSION11 += [
    # "industrial output of firms above designated size - <definition> - rose"
    (Q3_2018 + "Value-added industrial output of firms above designated size - companies with annual revenue of at "
     "least 20 million yuan ($2.88 million) - rose 6.4 percent in January-September from a year earlier.",
     {("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 6.4, "eq")}),
    # a magnitude glued to "5G"
    (Q3_2018 + "In telecommunications, China had built 4.58 million5G base stations by the end of September.",
     {("five_g_base_stations", "level", date(2018, 9, 30), date(2018, 9, 30), 4.58e6, "eq")}),
    # "Subscribers to 5G mobile phone services"
    (Q3_2018 + "Subscribers to 5G mobile phone services reached 542 million at the end of September, or 32.2% of all "
     "mobile phone users, the ministry said.",
     {("five_g_mobile_users", "level", date(2018, 9, 30), date(2018, 9, 30), 542e6, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2018, 9, 30), date(2018, 9, 30), 32.2, "eq")}),
    # "increased by X in the quarter to Y": Y is the level, X the addition
    (Q3_2018 + "Fixed broadband users on gigabit plans (1000 Mbps and above) increased by 13.79 million in the "
     "quarter to 105.54 million.",
     {("gigabit_broadband_users", "level", date(2018, 9, 30), date(2018, 9, 30), 105.54e6, "eq")}),
    # a period's own "and" is no clause break before the rate
    (JF_2025 + "Average monthly mobile data usage per user (DOU) reached 19.62GB over January and February, up 6.1% "
     "year on year.",
     {("mobile_dou", "level", date(2025, 1, 1), date(2025, 2, 28), 19.62, "eq"),
      ("mobile_dou", "yoy_pct", date(2025, 1, 1), date(2025, 2, 28), 6.1, "eq")}),
]

FY_2023_EN = "China's economy in 2023\n\nPublished: 2024-01-20\n\n"
ZH_OCT_2025 = "2025年1-10月工业和信息化运行情况\n\n发布时间：2025-11-20\n\n"
ZH_FY2019 = "2019年工业通信业发展情况\n\n发布时间：2020-01-20\n\n"
ZH_Q1_2020 = "2020年一季度工业通信业运行情况\n\n发布时间：2020-04-20\n\n"

SESSION11 += [
    # a pair's threshold, then its exact figures and their rates
    (FY_2023_EN + "Automobile production and sales in China topped 30 million for the first time, reaching 30.161 "
     "million and 30.094 million units, up 11.6% and 12% respectively from the prior year.",
     {("auto_production", "level", *year(2023), 30.161e6, "eq"), ("auto_sales", "level", *year(2023), 30.094e6, "eq"),
      ("auto_production", "yoy_pct", *year(2023), 11.6, "eq"), ("auto_sales", "yoy_pct", *year(2023), 12.0, "eq")}),
    # single-quoted '5G + Industrial Internet'
    (FY_2023_EN + "In vertical applications, MIIT said more than 6,000 '5G + Industrial Internet' projects were under "
     "construction at the end of the year.",
     {("five_g_industrial_internet_projects", "level", date(2023, 12, 31), date(2023, 12, 31), 6000.0, "gt")}),
    # "5G-A网络已覆盖全国超过320个城市"
    (ZH_OCT_2025 + "截至10月末，5G-A网络已覆盖全国超过320个城市。",
     {("five_g_a_cities", "level", date(2025, 10, 31), date(2025, 10, 31), 320.0, "gt")}),
    # "新能源汽车全年销售120.6万辆": a period between the product and its verb
    (ZH_FY2019 + "受补贴退坡等因素影响，新能源汽车全年销售120.6万辆，同比下降4.0%。",
     {("nev_sales", "level", *year(2019), 1.206e6, "eq"), ("nev_sales", "yoy_pct", *year(2019), -4.0, "eq")}),
    # "；其中3月份出货量…": the month's shipments of the phones named before
    (ZH_Q1_2020 + "一季度，5G手机出货量1448万部；其中3月份出货量1010.4万部，上市新机型29款。",
     {("five_g_phone_shipments", "level", date(2020, 1, 1), date(2020, 3, 31), 14.48e6, "eq"),
      ("five_g_phone_shipments", "level", *month(2020, 3), 10.104e6, "eq")}),
]

FY_2024_EN = "China's economy in 2024\n\nPublished: 2025-01-20\n\n"
ZH_JF_2026_B = "2026年1-2月工业经济运行情况\n\n发布时间：2026-03-18\n\n"

SESSION11 += [
    # another product's rate after a listed pair's rates ends the list
    (ZH_JF_2026_B + "1—2月份，工业机器人、服务机器人产量分别增长31.2%和18.5%，集成电路产量增长14.6%。",
     {("industrial_robot_output", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 31.2, "eq"),
      ("service_robot_output", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 18.5, "eq")}),
    # ... while "产量同比增长A，销量增长B" still rates the pair
    (ZH_FY2016 + "全年汽车产销量分别完成2811.9万辆和2802.8万辆，产量同比增长14.5%，销量增长13.7%。",
     {("auto_production", "level", *year(2016), 28.119e6, "eq"), ("auto_sales", "level", *year(2016), 28.028e6, "eq"),
      ("auto_production", "yoy_pct", *year(2016), 14.5, "eq"), ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq")}),
    # 5G coverage of villages, '5G+工业互联网' projects in other word orders
    (ZH_JF_2026_B + "截至2月末，行政村通5G比例超过90%。“5G＋工业互联网”项目累计超过1.85万个。",
     {("five_g_admin_village_coverage", "level", date(2026, 2, 28), date(2026, 2, 28), 90.0, "gt"),
      ("five_g_industrial_internet_projects", "level", date(2026, 2, 28), date(2026, 2, 28), 18500.0, "gt")}),
    (ZH_JF_2026_B + "在应用方面，“5G+工业互联网”建设持续推进，全国在建项目超过3100个，覆盖钢铁等重点行业。",
     {("five_g_industrial_internet_projects", "level", date(2026, 2, 28), date(2026, 2, 28), 3100.0, "gt")}),
    # the penetration rate with its definition between
    (FY_2024_EN + "The 5G penetration rate, measured as users per 100 people, reached 71.6 percent at the end of December.",
     {("five_g_penetration_rate", "level", date(2024, 12, 31), date(2024, 12, 31), 71.6, "eq")}),
    # "produced A NEVs (NEVs) and sold B of them"
    (FY_2024_EN + "China produced 12.888 million new energy vehicles (NEVs) and sold 12.866 million of them in 2024, up "
     "34.4 percent and 35.5 percent, respectively, from a year earlier.",
     {("nev_production", "level", *year(2024), 12.888e6, "eq"), ("nev_sales", "level", *year(2024), 12.866e6, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
    # Chinese telcos' revenue is the industry's
    (FY_2024_EN + "Telecommunications business revenue of Chinese telcos reached 1.46 trillion yuan ($201.6 billion) in "
     "2024, up 2.7 percent year-on-year.",
     {("telecom_business_revenue", "level", *year(2024), 1.46e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2024), 2.7, "eq")}),
    # ", including petrol cars," between subject and verb
    (FY_2024_EN + "Overall vehicle sales, including petrol cars, grew 4.5 per cent to 31.4 million units in 2024.",
     {("auto_sales", "level", *year(2024), 31.4e6, "eq"), ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq")}),
    # ", as" opens the figure's own clause: the country named before is no scope
    (FY_2024_EN + "China's industrial sector maintained stable growth in 2024 despite trade frictions with the US, as "
     "value-added output of industrial enterprises above designated size grew 5.7 percent year-on-year.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.7, "eq")}),
]

FY_2021_EN = "China's telecom sector in 2021\n\nPublished: 2022-01-20\n\n"
Q1_2023_EN = "China's industry in the first quarter of 2023\n\nPublished: 2023-04-19\n\n"

SESSION11 += [
    # "jumped to" links a stock to its figure; a "defined as ..." aside is skipped
    (FY_2021_EN + "The number of gigabit broadband users, defined as subscribers on plans of 1Gb/s or faster, jumped "
     "to 34.56 million at the end of December.",
     {("gigabit_broadband_users", "level", date(2021, 12, 31), date(2021, 12, 31), 34.56e6, "eq")}),
    # "covering ..." asides
    (FY_2021_EN + "China's value-added industrial output, covering major firms with annual main business revenue of "
     "at least 20 million yuan, expanded 9.6 percent year on year in 2021, the ministry said.",
     {("industrial_value_added", "yoy_pct", *year(2021), 9.6, "eq")}),
    # the total after an addition ("to end the year with")
    (FY_2021_EN + "China added 654,000 5G base stations in 2021 to end the year with 1.425 million in service.",
     {("five_g_base_stations", "level", date(2021, 12, 31), date(2021, 12, 31), 1.425e6, "eq")}),
    (FY_2021_EN + "China added 654,000 5G base stations in 2021.", set()),
    # "Fourth-quarter growth came in at 3.9%"
    (FY_2021_EN + "Value added of industrial enterprises above designated size grew 9.6% year-on-year in 2021. "
     "Fourth-quarter growth came in at 3.9%, a touch better than the third quarter.",
     {("industrial_value_added", "yoy_pct", *year(2021), 9.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2021, 10, 1), date(2021, 12, 31), 3.9, "eq")}),
    # a new paragraph's "Growth" is not the sector rated at the end of the last one
    (Q1_2023_EN + "Value added of industrial enterprises above designated size rose 3 percent in the first quarter. "
     "Equipment manufacturing grew 4.3 percent.\n\nGrowth picked up to 3.9 percent in March alone.",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 3, 31), 3.0, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 3, 31), 4.3, "eq")}),
]

CQ_Q3_2023 = "前三季度全国规上工业增加值增长4%　我市汽车电子两大支柱产业稳中有进\n\n发布时间：2023-10-20 09:15\n\n"
GX_H1_2025 = "国新办举行2025年上半年工业和信息化发展情况新闻发布会\n\n发布时间：2025-07-20\n\n"

SESSION11 += [
    # a word ending in 区 ("重返扩张区间") is no place: the reprint's national part goes on to the city's
    (CQ_Q3_2023 + "本报讯　10月19日，国务院新闻办公室举行新闻发布会。记者从会上获悉，前三季度工业经济回升向好。\n\n"
     "陶青表示，9月份制造业采购经理指数(PMI)重返扩张区间。\n\n"
     "新能源汽车保持快速增长势头。前三季度，新能源汽车产销分别完成631.3万辆和627.8万辆。\n\n"
     "重庆表现如何？前三季度，全市汽车产量165.4万辆。",
     {("nev_production", "level", date(2023, 1, 1), date(2023, 9, 30), 6.313e6, "eq"),
      ("nev_sales", "level", date(2023, 1, 1), date(2023, 9, 30), 6.278e6, "eq")}),
    # a steel base's output is not the country's
    (GX_H1_2025 + "上半年，防城港钢铁基地粗钢产量达到986万吨，同比增长4.2%。", set()),
]

# (one test reads all of SESSION11's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION11)
def test_session11(text, expected):
    assert obs(text) == expected


# --- extractor 1.13.0 ------------------------------------------------------------------------
H1_2021_WIRE = "China's factories in the first half\n\nPublished: 2021-07-21\n\n"
FY_2019_EN = "China's auto market in 2019\n\nPublished: 2020-01-16\n\n"
Q1_2019_EN = "Industry in the first quarter of 2019\n\nPublished: 2019-04-22\n\n"
OCT_2023_EN = "NEV sales in October\n\nPublished: 2023-11-10\n\n"
FY_2016_EN = "China's industry in 2016\n\nPublished: 2017-01-24\n\n"
MAY_2018_EN = "China's May industrial output\n\nPublished: 2018-06-14\n\n"
JL_Q1_2023 = "一季度全国工业开局良好 我省5G基站累计达3.1万个\n\n发布时间：2023-04-21\n\n"
ZH_Q3_2019 = "前三季度工业通信业运行情况\n\n发布时间：2019-10-18\n\n"
ZH_M8_2018 = "1-8月通信业运行情况\n\n发布时间：2018-09-20\n\n"
ZH_M10_2024 = "1-10月信息通信业运行情况\n\n发布时间：2024-11-20\n\n"

SESSION12 = [
    # a policy's start date is not the period of the figures after it
    (H1_2021_WIRE + "Sales of new energy vehicles jumped 200% to 1.2 million units in the first half. Sales of "
     "conventional cars were weighed down by emission rules that took effect last year.",
     {("nev_sales", "level", date(2021, 1, 1), date(2021, 6, 30), 1.2e6, "eq"),
      ("nev_sales", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 200.0, "eq")}),
    (FY_2019_EN + "Demand was propped up by a rural subsidy introduced in March. Vehicle sales fell 8.2 per cent "
     "to 25.8 million units, the association said.",
     {("auto_sales", "level", *year(2019), 2.58e7, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # a part of the flow's period right after it ("including X in March alone")
    (Q1_2019_EN + "Domestic shipments of 5G handsets reached 3.2 million units in the first quarter, including "
     "1.5 million in March alone.",
     {("five_g_phone_shipments", "level", date(2019, 1, 1), date(2019, 3, 31), 3.2e6, "eq"),
      ("five_g_phone_shipments", "level", *month(2019, 3), 1.5e6, "eq")}),
    (Q1_2019_EN + "Sales of NEVs reached 300,000 units in the first quarter, including 80,000 in Shanghai.",
     {("nev_sales", "level", date(2019, 1, 1), date(2019, 3, 31), 3e5, "eq")}),
    # the home market's NEV sales are a part of the total (exports are the rest)
    (OCT_2023_EN + "In October, domestic NEV sales came to 850,000 units, while NEV exports were 103,000.", set()),
    # definitions between the subject and its verb
    (Q1_2019_EN + "Value added of industrial firms above designated size, or those with annual main business "
     "revenue of 20 million yuan (US$3 million) or more, grew 6.5 pct in the first quarter.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 6.5, "eq")}),
    (Q1_2019_EN + "Value-added industrial output, a key gauge of activity at large enterprises with annual revenues "
     "of at least 20 million yuan (about 2.98 million U.S. dollars), grew 8.5 percent in March alone.",
     {("industrial_value_added", "yoy_pct", *month(2019, 3), 8.5, "eq")}),
    (Q1_2019_EN + "Gigabit broadband subscribers, who pay for plans with speeds of 1,000 Mbps or more, numbered "
     "about 1.2 million.",
     {("gigabit_broadband_users", "level", date(2019, 3, 31), date(2019, 3, 31), 1.2e6, "approx")}),
    # "for the half" is the reporting period's half
    (H1_2021_WIRE + "Telecom business revenue for the half rose 8.4% to CNY739 billion.",
     {("telecom_business_revenue", "level", date(2021, 1, 1), date(2021, 6, 30), 7.39e11, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 8.4, "eq")}),
    # "the country's 5G subscriber base"; a company's user base is not
    (H1_2021_WIRE + "China's 5G subscriber base rose to 365 million at end-June.",
     {("five_g_mobile_users", "level", date(2021, 6, 30), date(2021, 6, 30), 3.65e8, "eq")}),
    (H1_2021_WIRE + "Bharti Airtel's 5G user base crossed 12 million at end-June.", set()),
    # a share of broadband users after "1Gb/s" subscribers
    (H1_2021_WIRE + "Subscribers on plans of 1Gb/s and above totaled 36 million, representing 7.1 per cent of the "
     "510 million fixed broadband users.",
     {("gigabit_broadband_users", "level", date(2021, 6, 30), date(2021, 6, 30), 3.6e7, "eq"),
      ("gigabit_share_of_broadband_users", "level", date(2021, 6, 30), date(2021, 6, 30), 7.1, "eq")}),
    # "gained" as a sector's growth verb; "<sectors>, seen as ..., expanded A and B respectively"
    (Q1_2019_EN + "High-tech manufacturing saw its value added rise 7.9 pct, while equipment manufacturing "
     "gained 6.8 pct.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 7.9, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 6.8, "eq")}),
    (Q1_2019_EN + "The high-tech manufacturing and equipment manufacturing sectors, regarded as engines of upgrading, "
     "expanded 7.9 percent and 6.8 percent, respectively, in terms of value added.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 7.9, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 6.8, "eq")}),
    # a list whose other item is no catalogue sector keeps its place
    (Q1_2019_EN + "High-tech manufacturing and strategic emerging industries grew 7.9 percent and 6.7 percent, "
     "respectively, outpacing overall industry.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 7.9, "eq")}),
    # a month's rate after the quarter's ("with June up 3.9%", "while September output rose 5.8%")
    (H1_2021_WIRE + "Industrial value added rose 8.9% in the second quarter, with June posting a 8.3% gain.",
     {("industrial_value_added", "yoy_pct", date(2021, 4, 1), date(2021, 6, 30), 8.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq")}),
    (H1_2021_WIRE + "Industrial value added rose 8.9% in the second quarter, while June output grew 8.3%.",
     {("industrial_value_added", "yoy_pct", date(2021, 4, 1), date(2021, 6, 30), 8.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq")}),
    # a figure measured against a target is no target
    (FY_2019_EN + "The country had 130,000 5G base stations at the end of 2019 - beating the 50,000 target set "
     "in early 2019.",
     {("five_g_base_stations", "level", date(2019, 12, 31), date(2019, 12, 31), 1.3e5, "eq")}),
    # which year of a plan the period is ("the first year of the 14th Five-Year Plan (2021-25)")
    (H1_2021_WIRE + "Industry had a strong first half of 2021, the first year of the 14th Five-Year Plan (2021-25), "
     "with value added of industrial enterprises above designated size rising 15.9 percent.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 15.9, "eq")}),
    # "the last quarter of 2018"; "That was weaker than the X% recorded in ..."; "the sector raked in" after a period
    (Q1_2019_EN + "Industrial output grew 6.5 percent in the first quarter. That compared with 5.7 percent in the "
     "last quarter of 2018.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 6.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2018, 10, 1), date(2018, 12, 31), 5.7, "eq")}),
    (MAY_2018_EN + "China's industrial output grew 6.8% in May from a year earlier. That was weaker than the 7% "
     "recorded in April.",
     {("industrial_value_added", "yoy_pct", *month(2018, 5), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 4), 7.0, "eq")}),
    (Q1_2019_EN + "The software and information technology services industry kept growing fast. In the first two "
     "months, the sector raked in 850 billion yuan in revenue, up 14.1 percent.",
     {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 2, 28), 8.5e11, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), 14.1, "eq")}),
    # "Growth in China's industrial sector"; "a sharp slowdown from"; falls named after the earlier rate
    (FY_2016_EN + "Growth in China's industrial sector eased to 6 per cent last year, down from 6.1 per cent in 2015.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq")}),
    (MAY_2018_EN + "China's industrial output grew 6.8% in May, a mild slowdown from 7% in April.",
     {("industrial_value_added", "yoy_pct", *month(2018, 5), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 4), 7.0, "eq")}),
    (MAY_2018_EN + "Industrial output rose 6.8 percent in May, reversing a 1.2-percent contraction in April.",
     {("industrial_value_added", "yoy_pct", *month(2018, 5), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 4), -1.2, "eq")}),
    (MAY_2018_EN + "Industrial output rose 6.8 percent in May. That compared with a 1.2% contraction in April.",
     {("industrial_value_added", "yoy_pct", *month(2018, 5), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 4), -1.2, "eq")}),
    # a company that announced "it" did something: its figure
    (H1_2021_WIRE + "China Telecom announced it had opened 5G-A service in 40 cities.", set()),
    # a reprint's national part opens at "工业和信息化部N日公布" after a Xinhua dateline
    (JL_Q1_2023 + "本报讯　据新华社北京4月20日电　工业和信息化部20日公布，一季度，全国规模以上工业增加值同比增长3%。"
     "高技术制造业增加值同比增长4.2%。\n\n记者从省工业和信息化厅获悉，一季度，全省规模以上工业增加值同比增长5.5%。",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 3, 31), 3.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 3, 31), 4.2, "eq")}),
    # a cause ("受…影响") naming "some regions" is no scope; "累计" in a list of periods
    (ZH_Q3_2019 + "9月份，受部分地区限产等因素影响，规模以上工业增加值同比增长5.8%。",
     {("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq")}),
    (ZH_Q3_2019 + "7—8月份，全国规模以上工业增加值同比增长4.6%，9月份增长5.8%，前三季度累计增长5.6%。",
     {("industrial_value_added", "yoy_pct", date(2019, 7, 1), date(2019, 8, 31), 4.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq")}),
    # 移动互联网接入月户均流量 is DOU
    (ZH_M8_2018 + "8月当月，移动互联网接入月户均流量达5.02GB。",
     {("mobile_dou", "level", *month(2018, 8), 5.02, "eq")}),
    # a sector of a "其中" list in a sentence about value added
    (ZH_Q3_2019 + "9月份，41个大类行业中有33个行业增加值同比增长，其中计算机、通信和其他电子设备制造业增长9.5%。",
     {("electronics_manufacturing_value_added", "yoy_pct", *month(2019, 9), 9.5, "eq")}),
    # "目前已覆盖近N个城市" after a comment clause on 5G-A
    (ZH_M10_2024 + "5G-A网络商用稳步推进，目前已覆盖近300个城市。",
     {("five_g_a_cities", "level", date(2024, 10, 31), date(2024, 10, 31), 300.0, "lt")}),
    # "销量则同比下降"
    (ZH_Q3_2019 + "前三季度，新能源汽车产销分别为88.6万辆和87.2万辆，产量同比增长21%，销量则同比下降2.1%。",
     {("nev_production", "level", date(2019, 1, 1), date(2019, 9, 30), 8.86e5, "eq"),
      ("nev_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 8.72e5, "eq"),
      ("nev_production", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 21.0, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), -2.1, "eq")}),
]

ZH_FY2018_AUTO = "2018年汽车工业经济运行情况\n\n发布日期：2019-01-31\n\n"
Q1_2021_FT = "China's factories run hot in the first quarter\n\nPublished: 2021-04-19\n\n"
FY_2025_EN = "China's robots in 2025\n\nPublished: 2026-01-22\n\n"
FY_2023_TEL = "China's telecom sector in 2023\n\nPublished: 2024-01-19\n\n"
FY_2022_TEL = "China's telecom sector in 2022\n\nPublished: 2023-01-19\n\n"
ZH_H1_2023 = "2023年上半年工业和信息化发展情况\n\n发布时间：2023-07-20\n\n"

SESSION12 += [
    # "N年以来" (since a year) is no period of the figures that follow
    (ZH_FY2018_AUTO + "汽车产销同比分别下降4.2%和2.8%，为1990年以来首次出现年度下降。新能源汽车产销则逆势增长，"
     "分别完成127万辆和125.6万辆。",
     {("auto_production", "yoy_pct", *year(2018), -4.2, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("nev_production", "level", *year(2018), 1.27e6, "eq"), ("nev_sales", "level", *year(2018), 1.256e6, "eq")}),
    # "in the quarter" after a month's sentence is the briefing's quarter, not the month
    (Q1_2021_FT + "Industrial output grew 24.5 per cent in the first quarter. March output grew 14.1 per cent. "
     "High-tech manufacturing expanded 31.2 per cent in the quarter.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 24.5, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 3), 14.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 31.2, "eq")}),
    # (a quarter in a half-year briefing: which one is not said)
    (H1_2021_WIRE + "Industrial output grew 15.9 per cent in the first half. June output grew 8.3 per cent. "
     "High-tech manufacturing expanded 22.6 per cent in the quarter.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 15.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq")}),
    # ("early in the year" is when something else happened)
    (H1_2021_WIRE + "Vehicle sales rose 25.6 per cent to 12.9 million in the first half. Sales of new energy vehicles "
     "rose 201 per cent to 1.2 million, helped by incentives after chip shortages dampened output early in the year.",
     {("auto_sales", "level", date(2021, 1, 1), date(2021, 6, 30), 1.29e7, "eq"),
      ("auto_sales", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 25.6, "eq"),
      ("nev_sales", "level", date(2021, 1, 1), date(2021, 6, 30), 1.2e6, "eq"),
      ("nev_sales", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 201.0, "eq")}),
    # users of 100 Mbps are not gigabit users: their share is not the gigabit share; "users accessing the
    # internet at speeds of 1,000 Mbps or above" are, and their "or above" is no qualifier of the figure
    (H1_2021_WIRE + "The number of users accessing the internet at speeds of 1,000 Mbps or above reached 24.4 million "
     "at the end of June, while users of 100 Mbps or faster services made up 92.4 percent of all fixed broadband users.",
     {("gigabit_broadband_users", "level", date(2021, 6, 30), date(2021, 6, 30), 2.44e7, "eq")}),
    # a field's "little giants" are a part of them
    (ZH_H1_2023 + "截至6月底，累计培育专精特新“小巨人”企业1.2万家，其中工业软件领域专精特新“小巨人”企业超过300家。",
     {("little_giant_enterprises", "level", date(2023, 6, 30), date(2023, 6, 30), 1.2e4, "eq")}),
    # "That's up from X <noun> at the end of 2021": the earlier level at its own date
    (FY_2022_TEL + "5G mobile phone users reached 561 million by the end of last year. That's up from 355 million "
     "5G mobile phone users at the end of 2021.",
     {("five_g_mobile_users", "level", date(2022, 12, 31), date(2022, 12, 31), 5.61e8, "eq"),
      ("five_g_mobile_users", "level", date(2021, 12, 31), date(2021, 12, 31), 3.55e8, "eq")}),
    # all the operators together are the country
    (ZH_H1_2023 + "截至6月末，三家基础电信企业及中国广电的5G移动电话用户达6.76亿户。",
     {("five_g_mobile_users", "level", date(2023, 6, 30), date(2023, 6, 30), 6.76e8, "eq")}),
    # "In December it grew", "In June alone the pace quickened to" (no comma after the month)
    (FY_2016_EN + "Industrial output rose 6 percent for the full year. In December it grew 6.0 percent, compared with "
     "6.2 percent in November.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 11), 6.2, "eq")}),
    # "electric cars and plug-in hybrids" are the NEVs of a wire story
    (FY_2016_EN + "Sales of electric cars and plug-in hybrids rose 53 percent to 507,000.",
     {("nev_sales", "level", *year(2016), 5.07e5, "eq"), ("nev_sales", "yoy_pct", *year(2016), 53.0, "eq")}),
    # a month's rate after "受…影响" in a list of periods; "rebounding from"
    (ZH_H1_2023 + "上半年，规模以上工业增加值同比增长3.8%，其中4月份受基数影响增长5.6%。",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 3.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 4), 5.6, "eq")}),
    (MAY_2018_EN + "Industrial output expanded 6.8% in May, rebounding from 6.0% in April.",
     {("industrial_value_added", "yoy_pct", *month(2018, 5), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 4), 6.0, "eq")}),
    # "it" after a sentence on the software industry, also after a period phrase
    (Q1_2019_EN + "The software and information technology services industry kept up its pace. In the first quarter, "
     "it generated revenue of 1.5 trillion yuan, up 14.4 percent.",
     {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 3, 31), 1.5e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 14.4, "eq")}),
    # "churned out a record X of crude steel"
    (MAY_2018_EN + "Steel mills churned out a record 80.2 million tonnes of crude steel in May, up 1.4 per cent.",
     {("crude_steel_output", "level", *month(2018, 5), 8.02e7, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2018, 5), 1.4, "eq")}),
    # "全球规模最大" ranks the network, it is no world figure
    (ZH_FY2018 + "建成全球规模最大的光纤和移动通信网络，累计建成4G基站372万个，5G基站建设启动。", set()),
    # quoted tiers of smart factories; a tier slated to be named by year-end is a target
    (FY_2025_EN + "China has cultivated 15 \"leading-level\" smart factories, its top tier.",
     {("smart_factories_leading", "level", date(2025, 12, 31), date(2025, 12, 31), 15.0, "eq")}),
    (H1_2021_WIRE + "More than 20,000 basic-level smart factories have been set up, and 15 \"leading-level\" factories "
     "are slated to be named by year-end.",
     {("smart_factories_basic", "level", date(2021, 6, 30), date(2021, 6, 30), 2e4, "gt")}),
    # "reached X by year-end" in a review of the year is that year-end's
    (FY_2023_TEL + "The country's total computing power reached 230 EFLOPS by year-end.",
     {("computing_power_total", "level", date(2023, 12, 31), date(2023, 12, 31), 230.0, "eq")}),
]

# (one test reads all of SESSION12's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION12)
def test_session12(text, expected):
    assert obs(text) == expected


# --- extractor 1.14.0 ---
SEP_2018_WIRE = "China's car market in September\n\nOctober 11, 2018\n\n"
H1_2018_STEEL = "China's steel output in June\n\nJuly 16, 2018\n\n"
AUG_2022_EN = "China's factories in August\n\nPublished: 2022-09-16\n\n"
ZH_MAY_2018 = "2018年1-5月通信业经济运行情况\n\n发布时间：2018-06-20\n\n"
SEP18 = (date(2018, 9, 1), date(2018, 9, 30))
FY_2025_TIERS = "China's smart manufacturing in 2025\n\nPublished: 2026-01-21\n\n"

SESSION13 = [
    # a later clause with its own period before its subject: "..., but in September alone sales fell"
    (SEP_2018_WIRE + "Sales of new energy vehicles climbed 81% to 721,000 units in the first nine months, but in "
     "September alone sales fell 3.5% to 121,000 units.",
     {("nev_sales", "level", date(2018, 1, 1), date(2018, 9, 30), 7.21e5, "eq"),
      ("nev_sales", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 81.0, "eq"),
      ("nev_sales", "level", *SEP18, 1.21e5, "eq"),
      ("nev_sales", "yoy_pct", *SEP18, -3.5, "eq")}),
    # "That brought output for the first six months to X, up P": the running total and its growth
    (H1_2018_STEEL + "China produced 80.2 million tonnes of crude steel in June, up 6.2 percent. That brought output "
     "for the first six months to 451.2 million tonnes, up 6.1 percent.",
     {("crude_steel_output", "level", date(2018, 6, 1), date(2018, 6, 30), 8.02e7, "eq"),
      ("crude_steel_output", "yoy_pct", date(2018, 6, 1), date(2018, 6, 30), 6.2, "eq"),
      ("crude_steel_output", "level", date(2018, 1, 1), date(2018, 6, 30), 4.512e8, "eq"),
      ("crude_steel_output", "yoy_pct", date(2018, 1, 1), date(2018, 6, 30), 6.1, "eq")}),
    # "The figure for the first nine months was X, down P"
    (SEP_2018_WIRE + "Carmakers sold 2.39 million vehicles in September. The figure for the first nine months was "
     "20.49 million, down 1.5 percent.",
     {("auto_sales", "level", *SEP18, 2.39e6, "eq"),
      ("auto_sales", "level", date(2018, 1, 1), date(2018, 9, 30), 2.049e7, "eq"),
      ("auto_sales", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), -1.5, "eq")}),
    # "the weakest since the X% recorded in <period>" is that period's rate; "the slowest since 2002" is none
    (AUG_2022_EN + "Industrial output grew 4.2% in August, the strongest since the 5.0% recorded in the "
     "January-February period.",
     {("industrial_value_added", "yoy_pct", date(2022, 8, 1), date(2022, 8, 31), 4.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 2, 28), 5.0, "eq")}),
    (AUG_2022_EN + "Industrial output grew 4.2% in August, the slowest pace since 2002.",
     {("industrial_value_added", "yoy_pct", date(2022, 8, 1), date(2022, 8, 31), 4.2, "eq")}),
    # "1.92G" closing a Chinese clause is gigabytes; "2.6G频段" is a frequency band
    (ZH_MAY_2018 + "5月当月户均移动互联网接入流量达到4.22G，比上月增加0.3G。",
     {("mobile_dou", "level", date(2018, 5, 1), date(2018, 5, 31), 4.22, "eq")}),
    (ZH_MAY_2018 + "2.6G频段基站建设加快推进。", set()),
    # the top tier's name without "smart" after it, once smart factories are named
    (FY_2025_TIERS + "The ministry has named 12 \"leading-level\" smart factories, along with more than 400 "
     "excellence-level factories, officials said.",
     {("smart_factories_leading", "level", date(2025, 12, 31), date(2025, 12, 31), 12.0, "eq"),
      ("smart_factories_excellence", "level", date(2025, 12, 31), date(2025, 12, 31), 400.0, "gt")}),
]

ZH_NOV_2017 = "2017年1-11月电子信息制造业运行情况\n\n发布时间：2017-12-26\n\n"
FY_2017_REVIEW = "China's robots and cars in 2017\n\nJanuary 23, 2018\n\n"
ZH_JF_2026_IND = "2026年1-2月工业生产情况\n\n发布时间：2026-03-17\n\n"
ZH_APR_2019_AUTO = "2019年1-4月汽车工业经济运行情况\n\n发布时间：2019-05-16\n\n"
ZH_FYP13_REVIEW = "“十三五”时期工业发展成就\n\n发布时间：2021-03-02\n\n"
Q1_2024_WIRE = "China's factories in the first quarter\n\nApril 19, 2024\n\n"
JUL_2023_WIRE = "China's July activity data\n\nAugust 15, 2023\n\n"
H1_2019_MIIT = "China's industry in the first half of 2019\n\nPublished: 2019-07-24\n\n"
ZH_Q3_2020_MIIT = "2020年前三季度工业通信业运行情况\n\n发布时间：2020-10-23\n\n"
Q1_2015_EN = "Industry in the first quarter of 2015\n\nPublished: 2015-04-22\n\n"
FY_2021_NEV = "China's NEV market in 2021\n\nPublished: 2022-01-12\n\n"
ZH_NOV = (date(2017, 1, 1), date(2017, 11, 30))

SESSION13 += [
    # "同期" opening a sentence is the month the sentence before drilled into, not the period carried on
    (ZH_NOV_2017 + "1—11月，规模以上电子信息制造业增加值同比增长14.1%。其中，11月份电子信息制造业增加值同比增长13.6%。"
     "同期，全部规模以上工业增加值增长6.0%。",
     {("electronics_manufacturing_value_added", "yoy_pct", *ZH_NOV, 14.1, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", date(2017, 11, 1), date(2017, 11, 30), 13.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 11, 1), date(2017, 11, 30), 6.0, "eq")}),
    # "compared with 2016" in a review of 2017 is year on year; "compared with 2015" is two years
    (FY_2017_REVIEW + "China made 131,000 industrial robots last year, up 68% compared with 2016.",
     {("industrial_robot_output", "level", *year(2017), 1.31e5, "eq"),
      ("industrial_robot_output", "yoy_pct", *year(2017), 68.0, "eq")}),
    (FY_2017_REVIEW + "China made 131,000 industrial robots last year, up 160% compared with 2015.",
     {("industrial_robot_output", "level", *year(2017), 1.31e5, "eq")}),
    # "较去年全年5.9%的增速": last year's rate; "降幅比一季度的11.3%收窄": the size of a fall
    (ZH_JF_2026_IND + "1—2月，全国规模以上工业增加值同比增长6.3%，较去年全年5.9%的增速加快0.4个百分点。",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq")}),
    (ZH_APR_2019_AUTO + "1－4月，汽车销量完成837.2万辆，同比下降11.0%，降幅比一季度的11.3%收窄0.3个百分点。",
     {("auto_sales", "level", date(2019, 1, 1), date(2019, 4, 30), 8.372e6, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 4, 30), -11.0, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), -11.3, "eq")}),
    # a quote after "。" opens the next sentence: its plan period is not this sentence's
    (ZH_FYP13_REVIEW + "2020年，规模以上工业增加值同比增长2.8%，其中高技术制造业增加值增长7.1%。“十三五”期间，"
     "高技术制造业增加值年均增长10.4%。",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2020), 7.1, "eq")}),
    # the industry's companies; "high-tech and equipment manufacturing" names two sectors
    (Q1_2024_WIRE + "Software and information technology service companies raked in 2.7 trillion yuan in revenue "
     "in the first quarter, up 13.1 percent.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 3, 31), 2.7e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 13.1, "eq")}),
    (Q1_2024_WIRE + "Industrial value added rose 6.1% in the first quarter. High-tech and equipment manufacturing grew "
     "7.5% and 7.3% respectively.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 6.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 7.5, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 7.3, "eq")}),
    (Q1_2024_WIRE + "The value added of high-tech manufacturing and equipment manufacturing each grew 7.5% in the "
     "first quarter.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 7.5, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 7.5, "eq")}),
    # running totals in a later clause ("bringing first-quarter production to", "the year so far")
    (Q1_2024_WIRE + "Crude steel output fell 7.8% to 88.3 million tons in March, bringing first-quarter production to "
     "256.6 million tons, down 1.9%, as demand sagged.",
     {("crude_steel_output", "level", date(2024, 3, 1), date(2024, 3, 31), 8.83e7, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 3, 1), date(2024, 3, 31), -7.8, "eq"),
      ("crude_steel_output", "level", date(2024, 1, 1), date(2024, 3, 31), 2.566e8, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), -1.9, "eq")}),
    (JUL_2023_WIRE + "Sales of new energy vehicles rose 31.6 per cent to 780,000 in July, taking the total for the "
     "year so far to 4.52mn, up 41.7 per cent.",
     {("nev_sales", "level", date(2023, 7, 1), date(2023, 7, 31), 7.8e5, "eq"),
      ("nev_sales", "yoy_pct", date(2023, 7, 1), date(2023, 7, 31), 31.6, "eq"),
      ("nev_sales", "level", date(2023, 1, 1), date(2023, 7, 31), 4.52e6, "eq"),
      ("nev_sales", "yoy_pct", date(2023, 1, 1), date(2023, 7, 31), 41.7, "eq")}),
    (JUL_2023_WIRE + "NEV sales reached 780,000 units in July, taking the company's total to 4.5 million.",
     {("nev_sales", "level", date(2023, 7, 1), date(2023, 7, 31), 7.8e5, "eq")}),
    # ", though ..." is a clause of its own: its forecast does not block the figures before it
    (H1_2019_MIIT + "Production and sales of NEVs rose 48.5 percent and 49.6 percent to 614,000 and 617,000 units, "
     "though the ministry warned that subsidy cuts could slow growth in the second half.",
     {("nev_production", "level", date(2019, 1, 1), date(2019, 6, 30), 6.14e5, "eq"),
      ("nev_sales", "level", date(2019, 1, 1), date(2019, 6, 30), 6.17e5, "eq"),
      ("nev_production", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 48.5, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 49.6, "eq")}),
    # "... electronic equipment manufacturers"
    (JUL_2023_WIRE + "Value added at computer, communication and other electronic equipment manufacturers fell 1.4 "
     "per cent in the first half.",
     {("electronics_manufacturing_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), -1.4, "eq")}),
    # ", from X% in <period>" right after the rate; not after another figure ("share ... to 13.4%, from 5.4%")
    (Q1_2015_EN + "Industrial output rose 6.4 percent in the first quarter. Growth in March alone slowed to 5.6 percent, "
     "from 6.8 percent in the January-February period.",
     {("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 3, 31), 6.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2015, 3, 1), date(2015, 3, 31), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 2, 28), 6.8, "eq")}),
    (FY_2021_NEV + "NEV sales rose 157.5% to 3.52 million units, lifting their share of the market to 13.4%, from 5.4% "
     "a year earlier.",
     {("nev_sales", "level", *year(2021), 3.52e6, "eq"), ("nev_sales", "yoy_pct", *year(2021), 157.5, "eq")}),
    # "上半年为下降1.3%": the same indicator's rate for the period named; bracketed comparison rates
    (ZH_Q3_2020_MIIT + "前三季度，规模以上工业增加值同比增长1.2%，增速年内首次由负转正，上半年为下降1.3%。",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 6, 30), -1.3, "eq")}),
    (ZH_NOV_2017 + "1—11月，电子信息制造业增加值同比增长13.9%，较1—10月（13.8%）小幅提升，快于全部规模以上工业"
     "增加值增速（6.6%）7.3个百分点。",
     {("electronics_manufacturing_value_added", "yoy_pct", *ZH_NOV, 13.9, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 10, 31), 13.8, "eq"),
      ("industrial_value_added", "yoy_pct", *ZH_NOV, 6.6, "eq")}),
]

FY_2025_TEL = "China's telecom industry in 2025\n\nPublished: 2026-01-23\n\n"
ZH_FEB_2026_TEL = "2026年1-2月通信业经济运行情况\n\n发布时间：2026-03-20\n\n"

SESSION13 += [
    # "the slowest pace since 2018" is a record's span, not the next figure's period
    (FY_2025_TEL + "Telecom business revenue rose 1.1% in 2025, the slowest pace since 2018, even as telecom business "
     "volume rose 9.1%.",
     {("telecom_business_revenue", "yoy_pct", *year(2025), 1.1, "eq"),
      ("telecom_business_volume", "yoy_pct", *year(2025), 9.1, "eq")}),
    # a level said again more precisely: the precise one is kept
    (ZH_FEB_2026_TEL + "截至2月末，我国5G基站总数近490万个，达到487.6万个，比上年末净增4.2万个。",
     {("five_g_base_stations", "level", date(2026, 2, 28), date(2026, 2, 28), 4.876e6, "eq")}),
]

AP_Q1_2020 = "China says factories are reopening\n\nPublished 5:17 AM EDT, April 20, 2020\n\n"
Q1_2020_CARS = "China's car market in the first quarter of 2020\n\nPublished: 2020-04-21\n\n"
ZH_FYP14_MID = "国新办举行“高质量完成‘十四五’规划”系列主题新闻发布会\n\n发布时间：2025-07-24\n\n"
Q3_2015_EN = "Industry in the first three quarters of 2015\n\nPublished: 2015-10-22\n\n"
FY_2015_REVIEW = "China's robots, steel and PCs in 2015\n\nPublished: 2016-03-20\n\n"
Q1_20 = (date(2020, 1, 1), date(2020, 3, 31))

SESSION13 += [
    # "BEIJING (AP) - ": a dateline, not a city's figure
    (AP_Q1_2020 + "BEIJING (AP) - Chinese factory output fell 8.4% in the first three months of the year from a year "
     "earlier.",
     {("industrial_value_added", "yoy_pct", *Q1_20, -8.4, "eq")}),
    # "sank"; "the 79.1% collapse in February"; "electric cars and other new energy vehicles"
    (Q1_2020_CARS + "Auto sales fell 42.4% in the quarter to 3.67 million vehicles. Production sank 45.2% to 3.47 "
     "million. In March alone, sales were down 43.3% at 1.43 million, an improvement from the 79.1% collapse in "
     "February.",
     {("auto_sales", "level", *Q1_20, 3.67e6, "eq"), ("auto_sales", "yoy_pct", *Q1_20, -42.4, "eq"),
      ("auto_production", "level", *Q1_20, 3.47e6, "eq"), ("auto_production", "yoy_pct", *Q1_20, -45.2, "eq"),
      ("auto_sales", "level", date(2020, 3, 1), date(2020, 3, 31), 1.43e6, "eq"),
      ("auto_sales", "yoy_pct", date(2020, 3, 1), date(2020, 3, 31), -43.3, "eq"),
      ("auto_sales", "yoy_pct", date(2020, 2, 1), date(2020, 2, 29), -79.1, "eq")}),
    (Q1_2020_CARS + "Sales of electric cars and other new energy vehicles, which Beijing is promoting to clean up its "
     "cities, tumbled 56.4% to 114,000 units. Production fell 60.2% to 105,000.",
     {("nev_sales", "level", *Q1_20, 1.14e5, "eq"), ("nev_sales", "yoy_pct", *Q1_20, -56.4, "eq"),
      ("nev_production", "level", *Q1_20, 1.05e5, "eq"), ("nev_production", "yoy_pct", *Q1_20, -60.2, "eq")}),
    # "rebounded in March, rising 8.9%"
    (Q1_2020_CARS + "Industrial output fell 8.4% in the first quarter. High-tech manufacturing rebounded in March, "
     "rising 8.9% over a year earlier.",
     {("industrial_value_added", "yoy_pct", *Q1_20, -8.4, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2020, 3, 1), date(2020, 3, 31), 8.9, "eq")}),
    # "截至今年6月底" is this year's end of June; "2021年至2024年" is four whole years
    (ZH_FYP14_MID + "截至今年6月底，累计建成5G基站455万个，5G移动电话用户达11.18亿户。",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4.55e6, "eq"),
      ("five_g_mobile_users", "level", date(2025, 6, 30), date(2025, 6, 30), 1.118e9, "eq")}),
    (ZH_FYP14_MID + "2021年至2024年，我国新能源汽车累计产量超过3300万辆。",
     {("nev_production", "level", date(2021, 1, 1), date(2024, 12, 31), 3.3e7, "gt")}),
    # "Industrial growth slowed to X in September from Y in August"
    (Q3_2015_EN + "Industrial growth slowed to 5.7 percent in September from 6.1 percent in August.",
     {("industrial_value_added", "yoy_pct", date(2015, 9, 1), date(2015, 9, 30), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", date(2015, 8, 1), date(2015, 8, 31), 6.1, "eq")}),
    # a reason clause ("as global demand ... dried up") is no world scope; "According to X, output fell"
    (FY_2015_REVIEW + "Computer production fell 10.4% to 314 million units last year as global demand for PCs dried up.",
     {("computer_output", "level", *year(2015), 3.14e8, "eq"), ("computer_output", "yoy_pct", *year(2015), -10.4, "eq")}),
    (FY_2015_REVIEW + "Crude steel output slipped to roughly 804 million tons last year. According to the statistics "
     "bureau, output fell 2.3% to 803.83 million tons.",
     {("crude_steel_output", "level", *year(2015), 8.0383e8, "eq"),
      ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
]

SESSION13 += [
    # a plan review's lead names last year and then this half-year: the half-year is the period
    # reported on, so an undated stock is as of its end
    (ZH_FYP14_MID + "“十四五”以来，我国制造业增加值从2020年的26.6万亿元增加到2024年的33.6万亿元。今年上半年，规模以上"
     "工业增加值同比增长6.4%。\n\n目前，5G-A已在300多个城市部署。",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 6.4, "eq"),
      ("five_g_a_cities", "level", date(2025, 6, 30), date(2025, 6, 30), 300.0, "gt")}),
]

ZH_FY2015_MIIT = "2015年工业通信业发展情况\n\n发布时间：2016-01-27\n\n"
ZH_Q1_2017 = "2017年一季度工业通信业运行情况\n\n发布时间：2017-04-20\n\n"
ZH_Q1_2021 = "2021年一季度工业和信息化发展情况\n\n发布时间：2021-04-20\n\n"
ZH_FY2017_XINHUA = "2017年我国工业经济稳中向好\n\n发布时间：2018-01-31\n\n"
H1_2019_WIRE = "China's industrial output in the first half\n\nJuly 22, 2019\n\n"
JF_2015_WIRE = "China's factory output in January-February\n\nMarch 12, 2015\n\n"
ZH_FYP13_2020 = "国新办举行“十三五”工业和信息化发展成就新闻发布会\n\n发布时间：2020-10-23\n\n"
Q1_17 = (date(2017, 1, 1), date(2017, 3, 31))

SESSION13 += [
    # a plan's total said in passing: the next sentence's figures keep the paragraph's year
    (ZH_FY2015_MIIT + "2015年，汽车产销分别完成2450.33万辆和2459.76万辆。“十二五”期间，我国汽车产量累计达到1.08亿辆。"
     "新能源汽车产销分别完成34.05万辆和33.11万辆。",
     {("auto_production", "level", *year(2015), 2.45033e7, "eq"), ("auto_sales", "level", *year(2015), 2.45976e7, "eq"),
      ("auto_production", "level", date(2011, 1, 1), date(2015, 12, 31), 1.08e8, "eq"),
      ("nev_production", "level", *year(2015), 3.405e5, "eq"), ("nev_sales", "level", *year(2015), 3.311e5, "eq")}),
    # "去年一季度为5.8%" is last year's first quarter; "比2016年的6.0%" is 2016's rate
    (ZH_Q1_2017 + "1-2月份规模以上工业增加值增长6.3%，去年一季度为5.8%。",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 2, 28), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 3, 31), 5.8, "eq")}),
    (ZH_FY2017_XINHUA + "2017年，全国规模以上工业增加值同比增长6.6%，比2016年的6.0%加快0.6个百分点。",
     {("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq")}),
    # "产量同比增长1.1%，销量下降4.6%": the 同比 carries over to the next attribute
    (ZH_Q1_2017 + "一季度，新能源汽车产销分别完成6.9万辆和5.6万辆，产量同比增长1.1%，销量下降4.6%。",
     {("nev_production", "level", *Q1_17, 6.9e4, "eq"), ("nev_sales", "level", *Q1_17, 5.6e4, "eq"),
      ("nev_production", "yoy_pct", *Q1_17, 1.1, "eq"), ("nev_sales", "yoy_pct", *Q1_17, -4.6, "eq")}),
    # "与2019年同期相比" in 2021 is a two-year change: no year-on-year rate, and 2019 is no period
    (ZH_Q1_2021 + "一季度，新能源汽车产销分别完成53.3万辆和51.5万辆，与2019年同期相比，产量增长61.1%，销量增长63.2%。",
     {("nev_production", "level", date(2021, 1, 1), date(2021, 3, 31), 5.33e5, "eq"),
      ("nev_sales", "level", date(2021, 1, 1), date(2021, 3, 31), 5.15e5, "eq")}),
    # "That compared with growth of X in the same period of 2018"; "That was down from X in December"
    (H1_2019_WIRE + "Industrial output grew 6.0% in the first half of the year. That compared with growth of 6.7% in "
     "the same period of 2018.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 6, 30), 6.7, "eq")}),
    (JF_2015_WIRE + "Industrial output rose 6.8% in January and February combined. That was down from 7.9% in December.",
     {("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 2, 28), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2014, 12, 1), date(2014, 12, 31), 7.9, "eq")}),
    # "“十三五”前四年" is 2016-2019
    (ZH_FYP13_2020 + "“十三五”前四年，我国新能源汽车累计产量超过400万辆。",
     {("nev_production", "level", date(2016, 1, 1), date(2019, 12, 31), 4e6, "gt")}),
]

OCT_2025_NEV = "China NEV sales in October\n\nPublished: 2025-11-11\n\n"

SESSION13 += [
    # tiers named first, their figures after in the same order; "和" after a unit shares the qualifier
    (FY_2025_TIERS + "智能制造方面，我国累计建成基础级、先进级、卓越级智能工厂超过3.4万家、8100家和480家，培育领航级智能工厂14家。",
     {("smart_factories_basic", "level", *dec31(2025), 3.4e4, "gt"),
      ("smart_factories_advanced", "level", *dec31(2025), 8100.0, "gt"),
      ("smart_factories_excellence", "level", *dec31(2025), 480.0, "gt"),
      ("smart_factories_leading", "level", *dec31(2025), 14.0, "eq")}),
    # passenger (or commercial) NEVs are a part of all NEVs
    (OCT_2025_NEV + "NEV sales reached 1.7 million units in October, up 20 percent year-on-year. Passenger NEV sales were "
     "1.6 million units, up 19.1 percent, while commercial NEV sales were 112,000 units.",
     {("nev_sales", "level", date(2025, 10, 1), date(2025, 10, 31), 1.7e6, "eq"),
      ("nev_sales", "yoy_pct", date(2025, 10, 1), date(2025, 10, 31), 20.0, "eq")}),
]

# (one test reads all of SESSION13's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION13)
def test_session13(text, expected):
    assert obs(text) == expected


# --- extractor 1.15.0 ---
MAR_2024_TELECOM = "China's telecom operators in February\n\nPublished: 2024-03-20\n\n"
H1_2017_WIRE = "China's factories in the first half\n\nJuly 17, 2017\n\n"
FEB24 = (date(2024, 2, 29), date(2024, 2, 29))

SESSION14 = [
    # "rose from X at <date> to Y": the new level, and the old one at its own date; the numbers are
    # a change's two ends, not a range, and the date after "to Y" is Y's, not a comparison's
    (MAR_2024_TELECOM + "The number of 5G base stations climbed from 3.377 million at the end of 2023 to 3.508 million.",
     {("five_g_base_stations", "level", *FEB24, 3.508e6, "eq"),
      ("five_g_base_stations", "level", *dec31(2023), 3.377e6, "eq")}),
    (MAR_2024_TELECOM + "Sales of new energy vehicles jumped from 6.89 million units in 2022 to 9.49 million units in 2023.",
     {("nev_sales", "level", *year(2023), 9.49e6, "eq"), ("nev_sales", "level", *year(2022), 6.89e6, "eq")}),
    (MAR_2024_TELECOM + "Software revenue rose from 10.8 trillion yuan in 2022 to 12.3 trillion yuan in 2023, up 13.4 percent.",
     {("software_it_services_revenue", "level", *year(2023), 1.23e13, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2023), 13.4, "eq"),
      ("software_it_services_revenue", "level", *year(2022), 1.08e13, "eq")}),
    # the old level with no date of its own is no observation; the new one still is
    (MAR_2024_TELECOM + "In 2023, NEV sales jumped from 6.89 million units to 9.49 million units.",
     {("nev_sales", "level", *year(2023), 9.49e6, "eq")}),
    # a forecast range stays a range
    (MAR_2024_TELECOM + "NEV sales are expected to reach 11 to 12 million units in 2024.", set()),
    # "grew by X in the first two months of 2024 to Y": the change's period does not cut the level off
    (MAR_2024_TELECOM + "China's 5G user base grew by 46 million in the first two months of 2024 to 851 million.",
     {("five_g_mobile_users", "level", *FEB24, 8.51e8, "eq")}),
    # "mobile subscriptions" is the total of the 5G users' share
    (MAR_2024_TELECOM + "China had 851 million 5G users at the end of February, accounting for 48.1 per cent of the "
     "country's mobile subscriptions.",
     {("five_g_mobile_users", "level", *FEB24, 8.51e8, "eq"),
      ("five_g_share_of_mobile_users", "level", *FEB24, 48.1, "eq")}),
    # "..., slower than the same period last year, when it grew X": last year's rate for the period
    (H1_2017_WIRE + "Industrial output grew 6.9 percent in the first half, faster than the same period last year, "
     "when it grew 6.0 percent.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 6, 30), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 6, 30), 6.0, "eq")}),
    (H1_2017_WIRE + "Auto sales rose 3.8 percent in the first half, slower than in the first quarter, when they rose 7.0 percent.",
     {("auto_sales", "yoy_pct", date(2017, 1, 1), date(2017, 6, 30), 3.8, "eq"),
      ("auto_sales", "yoy_pct", date(2017, 1, 1), date(2017, 3, 31), 7.0, "eq")}),
]

ZH_FY_2025 = "2025年工业和信息化发展情况\n\n发布时间：2026-01-20\n\n"

SESSION14 += [
    # "Of these, X were on gigabit plans" after broadband users: gigabit users (after mobile users: not)
    (MAR_2024_TELECOM + "Fixed broadband users totaled 672 million at the end of February. Of these, 171.2 million "
     "were on gigabit and faster plans.",
     {("gigabit_broadband_users", "level", *FEB24, 1.712e8, "eq")}),
    (MAR_2024_TELECOM + "Mobile phone users totaled 1.74 billion at the end of February. Of these, 171.2 million "
     "were gigabit users.", set()),
    # "我国汽车累计产量": 累计 between the product and its attribute, after 我国
    (ZH_FY_2025 + "2025年，我国汽车累计产量3380.6万辆，同比增长7.5%。",
     {("auto_production", "level", *year(2025), 3.3806e7, "eq"), ("auto_production", "yoy_pct", *year(2025), 7.5, "eq")}),
    # the next clause's "产销量" is the same product's, for its own year
    (ZH_FY_2025 + "“十四五”期间，我国新能源汽车累计产量超过3200万辆，2024年产销量均突破1250万辆。",
     {("nev_production", "level", date(2021, 1, 1), date(2025, 12, 31), 3.2e7, "gt"),
      ("nev_production", "level", *year(2024), 1.25e7, "gt"), ("nev_sales", "level", *year(2024), 1.25e7, "gt")}),
    # (a kind of car is no car: "商用汽车")
    (ZH_FY_2025 + "2025年，商用汽车累计产量410万辆。", set()),
]

Q1_2020_WIRE = "China's factories in the first quarter\n\nPublished: 2020-04-17\n\n"
JF_2016_WIRE = "China's factories in January and February\n\nPublished: 2016-03-12\n\n"

SESSION14 += [
    # "rose to Y in 2019 from X in 2018": the earlier level, without a comma before "from"
    (FY2021 + "Sales of new energy vehicles jumped to 3.52 million in 2021 from 1.37 million in 2020.",
     {("nev_sales", "level", *year(2021), 3.52e6, "eq"), ("nev_sales", "level", *year(2020), 1.37e6, "eq")}),
    # a sector's bare rate in a story that spoke of value added paragraphs before
    (Q1_2020_WIRE + "Industrial output fell 8.4% in the first quarter, the ministry said. The figures measure value "
     "added by industrial companies above a designated size.\n\nAuto sales fell 42.4% in the quarter, according to the "
     "industry association. Production sank 45.2%.\n\nTesla said it sold 10,160 vehicles in China in March.\n\n"
     "High-tech manufacturing rebounded in March, rising 8.9% over a year earlier, Huang said.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.4, "eq"),
      ("auto_sales", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -42.4, "eq"),
      ("auto_production", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -45.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2020, 3, 1), date(2020, 3, 31), 8.9, "eq")}),
    # "And the slowdown has deepened: growth slowed to X": a short lead clause before the anaphor
    (JF_2016_WIRE + "Value added of industrial enterprises above designated size grew 6.1% in 2015. And the slowdown "
     "has deepened: growth slowed to 5.4% in January and February combined.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 2, 29), 5.4, "eq")}),
    # "..., and in June it rose to 7.6%": the rate moved to that figure for the month
    (H1_2017_WIRE + "Industrial output grew 6.9% year on year in the first half, and in June it rose to 7.6%.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 6, 30), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 6, 1), date(2017, 6, 30), 7.6, "eq")}),
    # "X per cent of the N fixed broadband total"
    (MAR_2024_TELECOM + "Gigabit subscribers hit 171.2 million, 25.5 per cent of the 672 million fixed broadband total.",
     {("gigabit_broadband_users", "level", *FEB24, 1.712e8, "eq"),
      ("gigabit_share_of_broadband_users", "level", *FEB24, 25.5, "eq")}),
]

FY_2019_EV = "China NEV sales fell in 2019\n\nJan 16, 2020 at 8:12am ET\n\n"
ZH_FYP13_OCT = "国新办举行“十三五”工业和信息化发展成就新闻发布会\n\n时间：2020年10月23日\n\n"
Q1_2023_CAIXIN = "China's factories in the first quarter\n\nApr 20, 2023 07:52 PM\n\n"
ZH_H1_2015 = "2015年上半年工业通信业运行情况\n\n发布时间：2015-07-21\n\n"
ZH_FY_2016 = "2016年工业通信业发展情况\n\n发布时间：2017-01-20\n\n"
DEC19 = (date(2019, 12, 1), date(2019, 12, 31))

SESSION14 += [
    # a bracket after a rate, with a period and a figure of its own: not the rate's period; its own rate
    (FY_2019_EV + "In December, NEV sales stood at 163,000, down 27.4% year-over-year (in November the drop was "
     "43.7%), while December production fell 32% to 150,000.",
     {("nev_sales", "level", *DEC19, 1.63e5, "eq"), ("nev_sales", "yoy_pct", *DEC19, -27.4, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 11, 1), date(2019, 11, 30), -43.7, "eq"),
      ("nev_production", "level", *DEC19, 1.5e5, "eq"), ("nev_production", "yoy_pct", *DEC19, -32.0, "eq")}),
    # an October plan review's lead: "2019年" first, then "截至9月底": the briefing reports up to September
    (ZH_FYP13_OCT + "我国工业增加值从2015年的23.5万亿元增加到2019年的31.7万亿元。截至9月底，已建成5G基站69万个。"
     "\n\n累计创建国家级绿色工厂2121家。",
     {("five_g_base_stations", "level", date(2020, 9, 30), date(2020, 9, 30), 6.9e5, "eq"),
      ("national_green_factories", "level", date(2020, 9, 30), date(2020, 9, 30), 2121.0, "eq")}),
    # "nearly 10 trillion yuan. Precisely, the sector booked 9.8281 trillion": the exact level, restated
    (Q3_2024_EN + "Software and IT services revenue reached nearly 10 trillion yuan in the first three quarters. "
     "Precisely, the sector booked 9.8281 trillion yuan, up 10.8 percent year-on-year.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 9, 30), 9.8281e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 10.8, "eq")}),
    # (a figure far from the rounded one is no restatement)
    (Q3_2024_EN + "Software and IT services revenue reached nearly 10 trillion yuan in the first three quarters. "
     "Precisely, the sector booked 2.1 trillion yuan in profit.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 9, 30), 1e13, "lt")}),
    # "(Beijing) -" is a dateline; "shrank" is a fall for a sector's bare rate
    (Q1_2023_CAIXIN + "(Beijing) - Value-added of industrial enterprises above designated size rose 3% year-on-year in "
     "the first quarter. But the computer, communication and other electronic equipment manufacturing sector shrank 1.6%.",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 3, 31), 3.0, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 3, 31), -1.6, "eq")}),
    # the month's rate read after the half's, then compared with the month before ("比5月份的6.1%")
    (ZH_H1_2015 + "今年上半年，全国规模以上工业增加值同比增长6.3%，其中6月份增长6.8%，比5月份的6.1%加快0.7个百分点。",
     {("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 6, 30), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2015, 6, 1), date(2015, 6, 30), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2015, 5, 1), date(2015, 5, 31), 6.1, "eq")}),
    # "比上年同期分别增长" after two clauses' levels
    (ZH_FY_2016 + "2016年，新能源汽车生产51.7万辆，销售50.7万辆，比上年同期分别增长51.7%和53%。",
     {("nev_production", "level", *year(2016), 5.17e5, "eq"), ("nev_sales", "level", *year(2016), 5.07e5, "eq"),
      ("nev_production", "yoy_pct", *year(2016), 51.7, "eq"), ("nev_sales", "yoy_pct", *year(2016), 53.0, "eq")}),
    # "devices running the open-source OpenHarmony operating system"
    (OCT_2025_NEV + "The number of devices running the open-source OpenHarmony operating system exceeded 1.1 billion.",
     {("openharmony_devices", "level", date(2025, 10, 31), date(2025, 10, 31), 1.1e9, "gt")}),
]

FY_2024_AUTO = "China's vehicle sales hit a record\n\nUpdated: Jan 13 2025\n\n"
FYP14_REVIEW = "Five Years On\n\nFebruary 12, 2026\n\n"

SESSION14 += [
    # "从2020年底的X增至2025年底的Y，增长5.7倍": both levels; the multiple is over five years, no year on year
    (ZH_FY_2025 + "五年间，我国5G基站从2020年底的71.8万个增至2025年底的483.8万个，增长5.7倍。",
     {("five_g_base_stations", "level", *dec31(2020), 7.18e5, "eq"),
      ("five_g_base_stations", "level", *dec31(2025), 4.838e6, "eq")}),
    # "Over the five years" is some span of years, not the briefing's year
    (FYP14_REVIEW + "Over the five years, China produced nearly 50 million new energy vehicles. In 2025 alone, NEV "
     "sales reached 16.49 million units, up 28.2 percent year on year.",
     {("nev_sales", "level", *year(2025), 1.649e7, "eq"), ("nev_sales", "yoy_pct", *year(2025), 28.2, "eq")}),
    # "Sales of cars, trucks and buses in the world's biggest auto market": all vehicles, and their place
    (FY_2024_AUTO + "Sales of cars, trucks and buses in the world's biggest auto market rose 4.5 per cent to "
     "31.436 million units last year.",
     {("auto_sales", "level", *year(2024), 3.1436e7, "eq"), ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq")}),
    (FY_2024_AUTO + "Sales of new energy vehicles in the world's biggest auto market rose 35.5 per cent to "
     "12.866 million units last year.",
     {("nev_sales", "level", *year(2024), 1.2866e7, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
]

OCT_2017_GASGOO = "China auto sales in October\n\nDate: 2017-11-13\n\n"
FY_2018_AUTO = "China's auto market in 2018\n\nJanuary 14, 2019\n\n"
FY_2023_TELECOM = "China's telecom sector in 2023\n\nPublished: 2024-01-20\n\n"

SESSION14 += [
    # "Shanghai (Gasgoo)-" is a dateline; "up A% year-on-year and B% year-on-year, respectively"
    (OCT_2017_GASGOO + "Shanghai (Gasgoo)- China's automobile production and sales in October reached 2,689,600 units and "
     "2,708,500 units, up 2.4%year-on-year and 1.9% year-on-year, respectively.",
     {("auto_production", "level", date(2017, 10, 1), date(2017, 10, 31), 2689600.0, "eq"),
      ("auto_sales", "level", date(2017, 10, 1), date(2017, 10, 31), 2708500.0, "eq"),
      ("auto_production", "yoy_pct", date(2017, 10, 1), date(2017, 10, 31), 2.4, "eq"),
      ("auto_sales", "yoy_pct", date(2017, 10, 1), date(2017, 10, 31), 1.9, "eq")}),
    # "X: In December alone, sales plunged ..." continues the sentence before's vehicles
    (FY_2018_AUTO + "Automakers sold 28.08 million vehicles in 2018, down 2.8 percent from a year earlier. The slump "
     "deepened toward year-end: In December alone, sales plunged 13 percent to 2.66 million vehicles.",
     {("auto_sales", "level", *year(2018), 2.808e7, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", date(2018, 12, 1), date(2018, 12, 31), 2.66e6, "eq"),
      ("auto_sales", "yoy_pct", date(2018, 12, 1), date(2018, 12, 31), -13.0, "eq")}),
    # passenger cars and commercial vehicles are all vehicles
    (FY_2018_AUTO + "Sales of passenger cars and commercial vehicles fell 2.8% to 28.08 million vehicles last year.",
     {("auto_sales", "level", *year(2018), 2.808e7, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    # a cause after the figure names another country: no foreign figure
    (FY_2018_AUTO + "Last year, NEV sales jumped 61.7 percent to 1.256 million units as China overtook the U.S. as "
     "the largest EV market.",
     {("nev_sales", "level", *year(2018), 1.256e6, "eq"), ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq")}),
    (FY_2018_AUTO + "Last year, NEV sales in Japan jumped 61.7 percent to 1.256 million units.", set()),
    # the earlier level after a share clause
    (FY_2023_TELECOM + "5G mobile phone users numbered 805 million, accounting for 47% of all mobile phone users, up from "
     "561 million a year earlier.",
     {("five_g_mobile_users", "level", *dec31(2023), 8.05e8, "eq"),
      ("five_g_share_of_mobile_users", "level", *dec31(2023), 47.0, "eq"),
      ("five_g_mobile_users", "level", *dec31(2022), 5.61e8, "eq")}),
]

ZH_H1_2025_BRIEFING = "国新办发布会\n\n2025年7月22日\n\n上半年，规模以上工业增加值同比增长6.4%。\n\n"
FY_2019_WIRE = "China's car market in 2019\n\nJanuary 16, 2020\n\n"
OCT_2020_TELECOM = "China's telecom sector in the first ten months\n\nPublished: 2020-11-20\n\n"
Q3_2020_WIRE = "China's factories in the first three quarters\n\nPublished: 2020-10-19\n\n"

SESSION14 += [
    # an undated stock is not dated by a later clause's target year ("…，下一步…到2027年…")
    (ZH_H1_2025_BRIEFING + "目前，累计建成基础级、先进级、卓越级智能工厂分别超过3万家、1200家和230家，下一步将开展领航级"
     "智能工厂培育，到2027年在重点行业培育一批领航级智能工厂。",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 6.4, "eq"),
      ("smart_factories_basic", "level", date(2025, 6, 30), date(2025, 6, 30), 3e4, "gt"),
      ("smart_factories_advanced", "level", date(2025, 6, 30), date(2025, 6, 30), 1200.0, "gt"),
      ("smart_factories_excellence", "level", date(2025, 6, 30), date(2025, 6, 30), 230.0, "gt")}),
    # "all-electric (BEV) car sales" are a kind of car's: no all-vehicle sales to clash with the total
    (FY_2019_WIRE + "By type, all-electric (BEV) car sales amounted to 972,000 (down 1.2%). Total vehicle sales "
     "decreased 8.2% to 25.769 million in 2019.",
     {("auto_sales", "level", *year(2019), 2.5769e7, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # "turning positive from a decline of 1.3% in the first half"; "slowing slightly from"
    (Q3_2020_WIRE + "Industrial output rose 1.2% year-on-year in the first three quarters, turning positive from a "
     "decline of 1.3% in the first half.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 6, 30), -1.3, "eq")}),
    (Q3_2020_WIRE + "Industrial output grew 6.9 percent year on year in September, slowing slightly from 5.6 percent in August.",
     {("industrial_value_added", "yoy_pct", date(2020, 9, 1), date(2020, 9, 30), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 8, 1), date(2020, 8, 31), 5.6, "eq")}),
    # a bracketed aside after the noun, with a figure of its own
    (OCT_2020_TELECOM + "The number of gigabit broadband users (those on plans of 1000Mbps or faster) reached 4.64 million.",
     {("gigabit_broadband_users", "level", date(2020, 10, 31), date(2020, 10, 31), 4.64e6, "eq")}),
]

# (one test reads all of SESSION14's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION14)
def test_session14(text, expected):
    assert obs(text) == expected


# --- extractor 1.16.0 ---
DEC_2021_AUTO_WIRE = "China's car market in December\n\nPublished: 2022-01-12\n\n"

SESSION15 = [
    # "<verb of recording> N <subject> <attribute>": the level stated before its subject, with the
    # rate after it; a company's or a province's record is not the country's
    (DEC_2021_AUTO_WIRE + "In December, the association recorded 531,000 NEV sales, up 114 percent year on year.",
     {("nev_sales", "level", *month(2021, 12), 5.31e5, "eq"), ("nev_sales", "yoy_pct", *month(2021, 12), 114.0, "eq")}),
    (DEC_2021_AUTO_WIRE + "The country logged more than 26 million vehicle sales in 2021.",
     {("auto_sales", "level", *year(2021), 2.6e7, "gt")}),
    (DEC_2021_AUTO_WIRE + "Tesla recorded 70,000 NEV sales in December.", set()),
    (DEC_2021_AUTO_WIRE + "Guangdong province registered 90,000 NEV sales in December.", set()),
    # not recorded but sold or added: "expects 5 million NEV sales"
    (DEC_2021_AUTO_WIRE + "The association expects 5.5 million NEV sales in 2022.", set()),
]

FY_2025_TELECOM = "China's telecom sector in 2025\n\nPublished: 2026-01-22\n\n"

SESSION15 += [
    # a from-to change with a relative clause after the earlier date: both levels, each at its date
    (FY_2025_TELECOM + "The number of 5G base stations climbed from 718,000 at the end of 2020, when commercial "
     "services were a year old, to 4.838 million at the end of 2025.",
     {("five_g_base_stations", "level", *dec31(2025), 4.838e6, "eq"),
      ("five_g_base_stations", "level", *dec31(2020), 7.18e5, "eq")}),
    # (a figure inside the clause could be taken for the "to" level: nothing is read rather than a wrong pair)
    (FY_2025_TELECOM + "The number of 5G base stations climbed from 718,000 at the end of 2020, when 5 cities had "
     "coverage, to 4.838 million at the end of 2025.", set()),
]

ZH_Q3_2021_BRIEFING = "国新办发布会\n\n2021年10月18日\n\n"

SESSION15 += [
    # the rate compared with comes after an average clause: the average is no other figure
    (ZH_Q3_2021_BRIEFING + "前三季度，规模以上工业增加值同比增长11.8%，两年平均增长6.4%，增速较上半年的15.9%回落。",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 11.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 15.9, "eq")}),
    # (but a sector's rate between is another figure: the comparison may be the sector's)
    (ZH_Q3_2021_BRIEFING + "前三季度，规模以上工业增加值同比增长11.8%，其中制造业增长12.5%，增速较上半年的15.9%回落。",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 11.8, "eq")}),
]

Q3_2024_WIRE = "China's industry in the first three quarters\n\nPublished: 2024-10-18\n\n"

SESSION15 += [
    # "while September saw a 5.4 percent increase": the month's rate of the subject just rated
    (Q3_2024_WIRE + "In the third quarter alone, industrial value added rose 5.0 percent, while September saw a "
     "5.4 percent increase.",
     {("industrial_value_added", "yoy_pct", date(2024, 7, 1), date(2024, 9, 30), 5.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq")}),
    # (a region that "saw" a rate is another subject)
    (Q3_2024_WIRE + "In the third quarter alone, industrial value added rose 5.0 percent, while Guangdong saw a "
     "5.4 percent increase.",
     {("industrial_value_added", "yoy_pct", date(2024, 7, 1), date(2024, 9, 30), 5.0, "eq")}),
    # "quicker than 5.8 per cent in August", after who said it
    (Q3_2024_WIRE + "Industrial output rose 5.4 per cent in September from a year earlier, the statistics bureau "
     "said on Friday (Oct 18), quicker than 4.5 per cent in August.",
     {("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 8), 4.5, "eq")}),
    # "For the first nine months of the year output grew ..." with no comma after the period
    (Q3_2024_WIRE + "Industrial output rose 5.4 per cent in September. For the first nine months of the year output "
     "grew 5.8 per cent.",
     {("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 5.8, "eq")}),
    # (but not another product's output after the period: "steel output grew"; since 1.30.0 that is crude steel's)
    (Q3_2024_WIRE + "Industrial output rose 5.4 per cent in September. In the first nine months steel output "
     "grew 3.8 per cent.",
     {("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 3.8, "eq")}),
]

ZH_H1_2019_BRIEFING = "国新办发布会\n\n2019年7月20日\n\n"
Q3_2021_WIRE = "China's carmakers in the first nine months\n\nPublished: 2021-10-13\n\n"

SESSION15 += [
    # a production and sales pair's rates, then a part's rate after a comma ("其中乘用车…")
    (ZH_H1_2019_BRIEFING + "上半年，汽车产销1213.2万辆和1232.3万辆，同比下降13.7%和12.4%，其中乘用车销售1012.7万辆，同比下降14%。",
     {("auto_production", "level", date(2019, 1, 1), date(2019, 6, 30), 1.2132e7, "eq"),
      ("auto_sales", "level", date(2019, 1, 1), date(2019, 6, 30), 1.2323e7, "eq"),
      ("auto_production", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), -13.7, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), -12.4, "eq")}),
    # respectively rates after two levels, then a month's rate of one of them: no clash
    (Q3_2021_WIRE + "China produced 18.24 million vehicles and sold 18.62 million in the first nine months, up 7.5 "
     "per cent and 8.7 per cent respectively, but sales fell 19.6 per cent year on year to 2.07 million units in September.",
     {("auto_production", "level", date(2021, 1, 1), date(2021, 9, 30), 1.824e7, "eq"),
      ("auto_sales", "level", date(2021, 1, 1), date(2021, 9, 30), 1.862e7, "eq"),
      ("auto_production", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 7.5, "eq"),
      ("auto_sales", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 8.7, "eq"),
      ("auto_sales", "level", *month(2021, 9), 2.07e6, "eq"),
      ("auto_sales", "yoy_pct", *month(2021, 9), -19.6, "eq")}),
    # "sales totalled 22.87 million vehicles, down 0.1 per cent": the unit word names the same subject
    (Q3_2021_WIRE + "Vehicle sales fell 19.6 per cent in September. In the first nine months, sales totalled "
     "18.62 million vehicles, up 8.7 per cent.",
     {("auto_sales", "yoy_pct", *month(2021, 9), -19.6, "eq"),
      ("auto_sales", "level", date(2021, 1, 1), date(2021, 9, 30), 1.862e7, "eq"),
      ("auto_sales", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 8.7, "eq")}),
]

ZH_FY_2024_REPRINT = "本报讯\n\n发布时间：2025年1月22日\n\n"
FY_2018_WIRE = "China's 2018 growth slows\n\nPublished 10:58 PM EST, January 20, 2019\n\n"

SESSION15 += [
    # a newspaper column hard-wrapped inside a word, on a short line that holds a sentence end
    (ZH_FY_2024_REPRINT + "2024年，规上工业增加值同比增长5.8%，制造业总体规模保持全球第一。在用算力中\n"
     "心标准机架超过880万架。全国累计建成3万余家基础级智能工厂、1200余家先\n进级智能工厂。",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("data_center_racks", "level", *dec31(2024), 8.8e6, "gt"),
      ("smart_factories_basic", "level", *dec31(2024), 3e4, "gt"),
      ("smart_factories_advanced", "level", *dec31(2024), 1200.0, "gt")}),
    # "年产销量": the year's production and sales
    (ZH_FY_2024_REPRINT + "2024年，新能源汽车年产销量首次突破1000万辆，产销量分别完成1288.8万辆和1286.6万辆，同比分别增长34.4%和35.5%。",
     {("nev_production", "level", *year(2024), 1.2888e7, "eq"), ("nev_sales", "level", *year(2024), 1.2866e7, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
    # a concession after the figure is no target: "despite government pledges to cut excess capacity"
    (FY_2018_WIRE + "Production of crude steel rose 6.6 percent to 928 million tons, despite government pledges to "
     "cut excess capacity.",
     {("crude_steel_output", "level", *year(2018), 9.28e8, "eq"), ("crude_steel_output", "yoy_pct", *year(2018), 6.6, "eq")}),
    (FY_2018_WIRE + "Production of crude steel is expected to rise 6.6 percent to 928 million tons as demand recovers.", set()),
]

Q1_2023_TELECOM_EN = "China's telecom sector in the first quarter\n\nPublished: 2023-04-19\n\n"
ZH_JF_2026_BRIEFING = "统计局数据\n\n2026-03-24 07:02　来源：中国证券报\n\n"
H1_2020_TELECOM = "China's telecom sector in the first half\n\nPublished: 2020-07-20\n\n"
FY_2023_WIRE = "China's auto sales top 30 million\n\nLast Updated: Jan 11, 2024, 02:53:00 PM IST\n\n"
H1_2021_GROWTH_WIRE = "China's factories in the first half\n\nPublished: July 20, 2021\n\nIn the first half, industrial output rose 15.9%.\n\n"
ZH_FYP14_BRIEFING = "“十四五”工业和信息化发展成就\n\n发布时间：2026-01-20\n\n"

SESSION15 += [
    # "上年同期为…" is the comparison's period: the next clause keeps the sentence's Jan-Feb
    (ZH_JF_2026_BRIEFING + "1-2月，我国软件业务收入20698亿元，同比增长9.1%，上年同期为18965亿元；软件业利润总额2512亿元，同比增长8.0%。",
     {("software_it_services_revenue", "level", date(2026, 1, 1), date(2026, 2, 28), 2.0698e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 9.1, "eq"),
      ("software_industry_profit", "level", date(2026, 1, 1), date(2026, 2, 28), 2.512e11, "eq"),
      ("software_industry_profit", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 8.0, "eq")}),
    # "an increase of 2.95 million over the end of 2019": the date is the addition's base
    (H1_2020_TELECOM + "The number of 10G PON ports rose to 25.97 million, an increase of 2.95 million over the end of 2019.",
     {("ten_g_pon_ports", "level", date(2020, 6, 30), date(2020, 6, 30), 2.597e7, "eq")}),
    # "the number of new energy vehicles produced and sold hit A and B"
    (H1_2020_TELECOM + "In the first half, the number of new energy vehicles produced and sold hit 397,000 and 393,000 units, "
     "down 36.5 percent and 37.4 percent respectively.",
     {("nev_production", "level", date(2020, 1, 1), date(2020, 6, 30), 3.97e5, "eq"),
      ("nev_sales", "level", date(2020, 1, 1), date(2020, 6, 30), 3.93e5, "eq"),
      ("nev_production", "yoy_pct", date(2020, 1, 1), date(2020, 6, 30), -36.5, "eq"),
      ("nev_sales", "yoy_pct", date(2020, 1, 1), date(2020, 6, 30), -37.4, "eq")}),
    # a "BEIJING:" dateline is no region
    (FY_2023_WIRE + "BEIJING: China's auto sales rose 12 per cent in 2023 to a record 30.094 million vehicles, the "
     "association said on Thursday.",
     {("auto_sales", "level", *year(2023), 3.0094e7, "eq"), ("auto_sales", "yoy_pct", *year(2023), 12.0, "eq")}),
    # "forecasting growth of around 6 percent in December": an economist's forecast
    (FY_2023_WIRE + "Industrial output grew 6.6 percent in November. \"Growth is likely to moderate,\" said an economist, "
     "forecasting growth of around 6 percent in December.",
     {("industrial_value_added", "yoy_pct", *month(2023, 11), 6.6, "eq")}),
    # "从2020年底的640万户增长到2.4亿户": the new level is as of the briefing's period, not the "from" date
    (ZH_FYP14_BRIEFING + "千兆宽带用户从2020年底的640万户增长到2.4亿户。全国高新技术企业数量由2020年的27.5万家增至50.4万家。",
     {("gigabit_broadband_users", "level", *dec31(2020), 6.4e6, "eq"),
      ("gigabit_broadband_users", "level", *dec31(2025), 2.4e8, "eq"),
      ("high_tech_enterprises", "level", *dec31(2020), 2.75e5, "eq"),
      ("high_tech_enterprises", "level", *dec31(2025), 5.04e5, "eq")}),
    # "nearly 1 million … By the end of June the count stood at 961,000": the exact figure of the same date
    (H1_2021_GROWTH_WIRE + "China had built nearly 1 million 5G base stations. By the end of June the count stood at 961,000.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 15.9, "eq"),
      ("five_g_base_stations", "level", date(2021, 6, 30), date(2021, 6, 30), 9.61e5, "eq")}),
    # (a figure far from the rounded one is no restatement of it: nothing replaces it)
    (H1_2021_GROWTH_WIRE + "China had built nearly 1 million 5G base stations. By the end of June the count stood at 761,000.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 15.9, "eq"),
      ("five_g_base_stations", "level", date(2021, 6, 30), date(2021, 6, 30), 1e6, "lt")}),
    # a title naming a plan that has ended is the reporting period: an undated stock is as of its end
    (ZH_FYP14_BRIEFING + "5G移动电话用户超过12亿户。",
     {("five_g_mobile_users", "level", *dec31(2025), 1.2e9, "gt")}),
    # (a review before the plan's end reports up to a date of its lead, not the plan's last day)
    ("“十四五”工业和信息化发展成就\n\n发布时间：2025-07-24\n\n5G移动电话用户超过10亿户。", set()),
    # (a lead with a period of its own wins over the plan named in the title: "1-2月" is this year's)
    ("“十四五”工业和信息化发展成就回眸\n开年工业经济稳中有进，1-2月规上工业增加值同比增长6.1%\n\n发布时间：2026-03-19 09:12\n\n"
     "1-2月，全国规模以上工业增加值同比增长6.1%。",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.1, "eq")}),
    # an analyst's view: "We see industrial output growth of about 6% in the third quarter"
    (H1_2021_GROWTH_WIRE + "\"We see industrial output growth of about 6% in the third quarter,\" said an economist.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 15.9, "eq")}),
    # "A year earlier the count stood at …": the same date a year before
    (Q1_2023_TELECOM_EN + "The number of 5G base stations reached 2.647 million at the end of March. A year earlier the "
     "count stood at 1.559 million.",
     {("five_g_base_stations", "level", date(2023, 3, 31), date(2023, 3, 31), 2.647e6, "eq"),
      ("five_g_base_stations", "level", date(2022, 3, 31), date(2022, 3, 31), 1.559e6, "eq")}),
    (Q1_2023_TELECOM_EN + "NEV sales reached 1.59 million in the first quarter. A year earlier the figure was 1.2 million.",
     {("nev_sales", "level", date(2023, 1, 1), date(2023, 3, 31), 1.59e6, "eq"),
      ("nev_sales", "level", date(2022, 1, 1), date(2022, 3, 31), 1.2e6, "eq")}),
]

# (one test reads all of SESSION15's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION15)
def test_session15(text, expected):
    assert obs(text) == expected


# --- extractor 1.17.0 ---
SESSION16 = [
    # "分别由2020年底的X、Y提高到X2、Y2": each listed rate before and after, in order
    (ZH_FYP14_BRIEFING + "规模以上工业企业关键工序数控化率和数字化研发设计工具普及率分别由2020年底的51.9%、72.6%提高到66.8%、83.1%。",
     {("key_process_digitalization_rate", "level", *dec31(2020), 51.9, "eq"),
      ("key_process_digitalization_rate", "level", *dec31(2025), 66.8, "eq"),
      ("digital_rd_tool_penetration", "level", *dec31(2020), 72.6, "eq"),
      ("digital_rd_tool_penetration", "level", *dec31(2025), 83.1, "eq")}),
    # (a new level with its own date keeps it; a rate of a single indicator from/to as a count's would)
    (ZH_FYP14_BRIEFING + "关键工序数控化率和数字化研发设计工具普及率分别由2020年底的51.9%和72.6%提高到2024年底的61.5%和80.2%。",
     {("key_process_digitalization_rate", "level", *dec31(2020), 51.9, "eq"),
      ("key_process_digitalization_rate", "level", *dec31(2024), 61.5, "eq"),
      ("digital_rd_tool_penetration", "level", *dec31(2020), 72.6, "eq"),
      ("digital_rd_tool_penetration", "level", *dec31(2024), 80.2, "eq")}),
    (ZH_FYP14_BRIEFING + "数字化研发设计工具普及率由2020年底的72.6%提高到83.1%。",
     {("digital_rd_tool_penetration", "level", *dec31(2020), 72.6, "eq"),
      ("digital_rd_tool_penetration", "level", *dec31(2025), 83.1, "eq")}),
    # (three numbers for two indicators are no before/after pairs)
    (ZH_FYP14_BRIEFING + "关键工序数控化率和数字化研发设计工具普及率分别由2020年底的51.9%、72.6%提高到66.8%。", set()),
    # "环比增长2.4倍": on the month before, no year-on-year rate (the same words with 同比 are one)
    (ZH_Q1_2020 + "进入3月份，汽车市场逐步恢复，当月汽车销量环比增长2.1倍。", set()),
    (ZH_Q1_2020 + "进入3月份，汽车市场逐步恢复，当月汽车销量同比增长2.1倍。",
     {("auto_sales", "yoy_pct", *month(2020, 3), 210.0, "eq")}),
    (ZH_Q1_2020 + "3月份，汽车产销分别完成143.5万辆和143万辆，环比分别增长2.1倍和2.3倍。",
     {("auto_production", "level", *month(2020, 3), 1.435e6, "eq"),
      ("auto_sales", "level", *month(2020, 3), 1.43e6, "eq")}),
]

FY2015_EV_BLOG = "China's EV boom: the 2015 numbers\n\nPublished: 2016-01-16\n\n"
Q1_2024_FACTORIES = "China's factories in the first quarter of 2024\n\nPublished: 2024-04-19\n\n"
SESSION16 += [
    # "the software and information technology industry": the same industry without its last noun
    (Q1_2020_WIRE + "Revenue for the software and information technology industry fell 6.1% to 1.46 trillion yuan.",
     {("software_it_services_revenue", "level", date(2020, 1, 1), date(2020, 3, 31), 1.46e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -6.1, "eq")}),
    # "was 8.3% below a year earlier": a fall; "above" a rise
    (Q1_2020_WIRE + "Industrial production in the first quarter was 8.3% below a year earlier, officials said.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.3, "eq")}),
    (Q1_2020_WIRE + "Industrial output in March was 1.2 percent below the level of a year earlier. In the first "
     "quarter, industrial output was 0.4 percent above last year.",
     {("industrial_value_added", "yoy_pct", *month(2020, 3), -1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), 0.4, "eq")}),
    # "Growth cooled to 3.2% in September": the rate it moved to, not a fall; "it fell 3.2%" is one
    (Q3_2019 + "Value added of industrial enterprises above designated size grew 5.6% in the first three quarters. "
     "Growth cooled to 4.3% in September from 4.9% in August.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 9), 4.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 8), 4.9, "eq")}),
    (Q3_2019 + "Value added of industrial enterprises above designated size grew 5.6% in the first three quarters. "
     "In September, it fell to 4.3%.\n\nValue added of industrial enterprises above designated size grew 5.6% in "
     "the first three quarters. In August, it fell 1.1%.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 9), 4.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 8), -1.1, "eq")}),
    # a quoted name before its abbreviation: '"new energy vehicle" (NEV) production'; the level it grew from
    (FY2015_EV_BLOG + "The ministry released its 2015 results this week, and \"new energy vehicle\" (NEV) production "
     "reached 340,100 units in 2015, up 333% from 78,500 units in 2014.",
     {("nev_production", "level", *year(2015), 340100.0, "eq"),
      ("nev_production", "yoy_pct", *year(2015), 333.0, "eq"),
      ("nev_production", "level", *year(2014), 78500.0, "eq")}),
    (FY2015_EV_BLOG + "Sales followed a similar path: 331,100 NEVs were sold last year, a 342% increase over the "
     "74,800 units sold in 2014.",
     {("nev_sales", "level", *year(2015), 331100.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2015), 342.0, "eq"),
      ("nev_sales", "level", *year(2014), 74800.0, "eq")}),
    # "the value added of both A and B rose 7.4 percent": the one rate is each one's
    (Q1_2024_FACTORIES + "The value added of both equipment manufacturing and high-tech manufacturing rose 7.4 percent, "
     "outpacing overall industry.",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 7.4, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 7.4, "eq")}),
    # (without "both", one rate for two subjects is nobody's)
    (Q1_2024_FACTORIES + "The value added of equipment manufacturing and high-tech manufacturing rose 7.4 percent.", set()),
    # "…发放5G商用牌照，目前全国已开通5G基站…": the nation's count now, not the operators' nor that month's
    (ZH_FY2020 + "2019年6月，工信部向中国电信、中国移动、中国联通、中国广电发放5G商用牌照，目前全国已开通5G基站超过71万个。",
     {("five_g_base_stations", "level", *dec31(2020), 7.1e5, "gt")}),
    (ZH_FY2020 + "中国移动已开通5G基站超过39万个。", set()),
    # a narrow newspaper column: lines wrapped inside words and between a day's digit and 月份
    (ZH_Q3_2024 + "工业和信息化部新闻发言人、运行监测协调局局长表示,前三季度,全国规模以上\n工业增加值同比增长5.8%,比上半年6.0%的增速回落0.2个\n"
     "百分点,工业经济稳中向好的态势进一步巩固。9\n月份增长5.4%。",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq")}),
    # "其中四季度增长6.2%" after another indicator's rate is not the first one's quarter (it is the
    # last one's, read since extractor 1.18.0)
    (ZH_FY2023 + "2023年，我国规模以上工业增加值同比增长4.6%，规模以上工业中小企业增加值同比增长4.7%，快于全部规上工业"
     "0.1个百分点，其中四季度增长6.2%。",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq"),
      ("industrial_sme_value_added", "yoy_pct", *year(2023), 4.7, "eq"),
      ("industrial_sme_value_added", "yoy_pct", date(2023, 10, 1), date(2023, 12, 31), 6.2, "eq")}),
]

ZH_Q1_2023_REPRINT = "一季度工业经济开局稳\n\n发布时间：2023-04-20\n\n"
JAN_FEB_2026_TELECOM = "China's telecom sector in January-February 2026\n\nPublished: 2026-03-24\n\n"
SESSION16 += [
    # "topped 2.5 trillion yuan … Specifically, it came to 2.5048 trillion yuan": the exact figure of the rounded one
    (H1_2019 + "Revenue in the software and information technology services industry topped 3.3 trillion yuan in the "
     "first half, Huang said. Specifically, it came to 3.3467 trillion yuan, up 15.4 percent year on year.",
     {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 6, 30), 3.3467e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 15.4, "eq")}),
    (H1_2019 + "Revenue of the software and information technology services industry came in at nearly 3.4 trillion "
     "yuan in the first half. The MIIT put the exact figure at 3.3467 trillion yuan.",
     {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 6, 30), 3.3467e12, "eq")}),
    # (a figure far from the rounded one is no restatement)
    (H1_2019 + "Revenue in the software and information technology services industry topped 3.3 trillion yuan in the "
     "first half. Specifically, it came to 2.1 trillion yuan.",
     {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 6, 30), 3.3e12, "gt")}),
    # "X said it …, and that its 5G-A network covers …": still the company's
    (FY2024 + "Separately, state-owned carrier China Mobile said it ended 2024 with 552 million 5G network customers, and that its 5G-A network now "
     "covers more than 330 cities.", set()),
    # "，一季度广东规模以上…，其中…": the province named after the period keeps the sentence its own
    (ZH_Q1_2023_REPRINT + "省工业和信息化厅发布数据显示，一季度广东规模以上工业增加值同比增长2.2%，其中先进制造业增加值增长3.8%，"
     "高技术制造业增加值增长1.9%。", set()),
    # "over the entire five-year plan": which plan is unsaid, so no period (nor the briefing's)
    (JAN_FEB_2026_TELECOM + "Over the entire five-year plan, nearly 1.3 billion 5G handsets were shipped in China.", set()),
    (JAN_FEB_2026_TELECOM + "During the 14th Five-Year Plan period, nearly 1.3 billion 5G handsets were shipped in China.",
     {("five_g_phone_shipments", "level", date(2021, 1, 1), date(2025, 12, 31), 1.3e9, "lt")}),
    # "grew 6.1% …, within the government's target range of 5.5-6.5%": an outcome measured against a target
    (FY2019 + "The value-added of industrial enterprises above designated size grew 5.8% in 2019, the slowest pace in "
     "decades but within the government's target range of 5.5-6%.",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.8, "eq")}),
    (FY2019 + "The value-added of industrial enterprises above designated size will grow 5.8% in 2020, within the "
     "government's target range.", set()),
]

# (one test reads all of SESSION16's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION16)
def test_session16(text, expected):
    assert obs(text) == expected


# --- extractor 1.18.0 ---
Q3_2019_S17 = "China's factories and car market in the first three quarters\n\nPublished: 2019-10-22\n\n"
FY2022_S17 = "China's industry in 2022\n\nPublished: 2023-01-18\n\n"
H1_2023_S17 = "China's industry in the first half of 2023\n\nPublished: 2023-07-19\n\n"
JUL_2024_S17 = "China's telecom users at the end of July\n\nPublished: 2024-08-21\n\n"
SESSION17 = [
    # "The auto market …": a topic sentence gives the bare "sales" and "production and sales" after it their subject
    (Q3_2019_S17 + "The car market, the largest in the world, remained under strain. Sales in September slid 5.2% on the year "
     "to 2.27 million vehicles. Over the first nine months, production and sales came to 18.2 million and 18.4 million "
     "units, down 11.4% and 10.3% respectively.",
     {("auto_sales", "level", date(2019, 9, 1), date(2019, 9, 30), 2.27e6, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 9, 1), date(2019, 9, 30), -5.2, "eq"),
      ("auto_production", "level", date(2019, 1, 1), date(2019, 9, 30), 18.2e6, "eq"),
      ("auto_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 18.4e6, "eq"),
      ("auto_production", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), -11.4, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), -10.3, "eq")}),
    (FY2022_S17 + "The Chinese auto market recorded its second straight gain, with production and sales rising 3.4 percent "
     "and 2.1 percent year on year to 27.02 million and 26.86 million units.",
     {("auto_production", "level", *year(2022), 27.02e6, "eq"), ("auto_sales", "level", *year(2022), 26.86e6, "eq"),
      ("auto_production", "yoy_pct", *year(2022), 3.4, "eq"), ("auto_sales", "yoy_pct", *year(2022), 2.1, "eq")}),
    # (a segment of the market is not the market: the passenger car market's sales stay unread)
    (FY2022_S17 + "The passenger car market held up. Sales rose 9.5 percent to 23.56 million units.", set()),
    # "…, though September sales surged 41% year-on-year to 95,000": the month's figures of the clause's subject
    (Q3_2019_S17 + "NEV sales edged up 2.1% to 720,000 over the period, though September sales slumped 34% year-on-year to "
     "80,000 after subsidies were cut.",
     {("nev_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 720000, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 2.1, "eq"),
      ("nev_sales", "level", date(2019, 9, 1), date(2019, 9, 30), 80000, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 9, 1), date(2019, 9, 30), -34.0, "eq")}),
    # "…, while third-quarter growth reached 4.7%": the quarter's rate of the subject rated before
    (Q3_2019_S17 + "Value added of industrial enterprises above designated size rose 5.6% in the first nine months, while "
     "third-quarter growth reached 5.0%.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 7, 1), date(2019, 9, 30), 5.0, "eq")}),
    # "output was up 5.6%" after a sentence naming industrial output without a figure
    (Q3_2019_S17 + "China's industrial output held steady, the ministry said. For the first three quarters, output was up "
     "5.6%, the ministry said.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq")}),
    # "…, while June alone saw growth of 4.4 percent, easing from 6.8 percent in May"
    (H1_2023_S17 + "Value added of industrial firms above designated size rose 3.8 percent. Growth came in at 4.5 percent "
     "in the second quarter, while June alone saw growth of 4.4 percent, easing from 3.5 percent in May.",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 3.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 4, 1), date(2023, 6, 30), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 6), 4.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 5), 3.5, "eq")}),
    # a colon ends the clause of the period before it: "…at the end of the year: output rose 1.3% in December"
    (FY2022_S17 + "Momentum faded at the end of the year: industrial output rose only 1.3% year-on-year in December, down "
     "from 2.2% in November.",
     {("industrial_value_added", "yoy_pct", *month(2022, 12), 1.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 11), 2.2, "eq")}),
    # "… -- those with revenue of at least 20 million yuan (about 3 million dollars) -- went up 6.2 percent"
    (Q3_2019_S17 + "Value added of industrial enterprises above designated size -- firms with annual main business revenue "
     "of 20 million yuan (about 2.8 million U.S. dollars) or more -- went up 5.6 percent in the first three quarters.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq")}),
    # "since Beijing slashed subsidies": the government's policy, not the city's figure
    (Q3_2019_S17 + "Demand has cooled since Beijing cut purchase subsidies in June: NEV sales fell 34.2 percent on-year "
     "in September alone.",
     {("nev_sales", "yoy_pct", date(2019, 9, 1), date(2019, 9, 30), -34.2, "eq")}),
    (Q3_2019_S17 + "Beijing's NEV sales fell 34.2 percent on-year in September alone.", set()),
    # a later rate after the last indicator rated is that one's: "…; NEV sales rose …, but plunged 30% in September"
    (Q3_2019_S17 + "Automobile sales dropped 10.3% year-on-year to 18.37 million units over the period, and even NEV "
     "sales, up 20.8% to 872,000 for January-September, plunged 34.2% in September from a year earlier.",
     {("auto_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 18.37e6, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), -10.3, "eq"),
      ("nev_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 872000, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 20.8, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 9, 1), date(2019, 9, 30), -34.2, "eq")}),
    # "… and to just 3.1% in September": a second later rate with "just"
    (Q3_2019_S17 + "Value added of industrial enterprises above designated size grew 5.6% in the first three quarters, "
     "but growth slowed to 5.0% in the third quarter and to just 4.7% in September.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 7, 1), date(2019, 9, 30), 5.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 9, 1), date(2019, 9, 30), 4.7, "eq")}),
    # the 5G penetration rate with its definition set off by commas or dashes
    (JUL_2024_S17 + "At the end of July, the 5G user penetration rate, measured per 100 population, reached 69.3 percent.",
     {("five_g_penetration_rate", "level", date(2024, 7, 31), date(2024, 7, 31), 69.3, "eq")}),
    (JUL_2024_S17 + "At the end of July, the 5G penetration rate, measured against the population, stood at 69.3 per cent.",
     {("five_g_penetration_rate", "level", date(2024, 7, 31), date(2024, 7, 31), 69.3, "eq")}),
    (JUL_2024_S17 + "At the end of July, the ministry said, the 5G user penetration rate — users per 100 people, not a share "
     "of subscribers — hit 69%.",
     {("five_g_penetration_rate", "level", date(2024, 7, 31), date(2024, 7, 31), 69.0, "eq")}),
    # (a real negation still refuses the figure)
    (JUL_2024_S17 + "At the end of July, the 5G penetration rate had not yet reached 70%.", set()),
]

FY2021_S17 = "China's car market in 2021\n\nPublished: 2022-01-12\n\n"
FY2020_S17 = "China's telecom sector in 2020\n\nPublished: 2021-01-22\n\n"
FY2018_S17 = "China's industry in 2018\n\nPublished: 2019-01-29\n\n"
Q1_2019_S17 = "China's factories in the first quarter of 2019\n\nPublished: 2019-04-24\n\n"
H1_2025_S17 = "China's industry in the first half of 2025\n\nPublished: 2025-07-18\n\n"
ZH_FY2015_S17 = "南方都市报　数字报\n2016年01月21日　星期四\n\n工信部：去年规模以上工业增加值增长6.1%\n\n"
SESSION17 += [
    # "total sales" after NEVs is all vehicles' (here the market named in the sentence before)
    (FY2021_S17 + "In December, 531,000 NEVs were sold (up 114% year-over-year), while production amounted to "
     "515,000.\n\nMeanwhile, the overall automotive market expanded in 2021, and production grew 3.4% to 26.082 million. "
     "In December alone, total sales decreased 1.6% year-over-year to 2.785 million.",
     {("auto_production", "level", *year(2021), 26.082e6, "eq"), ("auto_production", "yoy_pct", *year(2021), 3.4, "eq"),
      ("nev_production", "level", *month(2021, 12), 515000, "eq"), ("nev_sales", "level", *month(2021, 12), 531000, "eq"),
      ("nev_sales", "yoy_pct", *month(2021, 12), 114.0, "eq"),
      ("auto_sales", "level", *month(2021, 12), 2.785e6, "eq"), ("auto_sales", "yoy_pct", *month(2021, 12), -1.6, "eq")}),
    (FY2021_S17 + "Sales of NEVs rose 157.5% to 3.521 million in 2021. In December alone, total sales decreased 1.6% "
     "year-over-year to 2.785 million.",
     {("nev_sales", "level", *year(2021), 3.521e6, "eq"), ("nev_sales", "yoy_pct", *year(2021), 157.5, "eq")}),
    # "December shipments came to 20.68 million, with 5G models making up 68.4% of the total": all phones
    (FY2020_S17 + "5G phone shipments totaled 163 million units in 2020. December shipments came to 20.68 million units, "
     "with 5G models making up 68.4% of the total.",
     {("five_g_phone_shipments", "level", *year(2020), 163e6, "eq")}),
    (FY2020_S17 + "5G phone shipments totaled 163 million units in 2020. December shipments came to 14.1 million units.",
     {("five_g_phone_shipments", "level", *year(2020), 163e6, "eq"),
      ("five_g_phone_shipments", "level", *month(2020, 12), 14.1e6, "eq")}),
    # "the industry, where Indian IT firms have been trying to expand, generated revenue of …": China's industry
    (FY2018_S17 + "The software and information technology services industry, where Indian IT firms such as Wipro have "
     "been trying to expand, generated revenue of 6.3 trillion yuan last year, up 14.2 per cent.",
     {("software_it_services_revenue", "level", *year(2018), 6.3e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2018), 14.2, "eq")}),
    (FY2018_S17 + "India's software industry, where TCS and Infosys lead, generated revenue of 6.3 trillion rupees last "
     "year, up 14.2 per cent.", set()),
    # "added 580,000 5G base stations, giving it a network of 718,000": the new total
    (FY2020_S17 + "China added more than 580,000 5G base stations last year, giving it a network of 718,000 by the end "
     "of December.",
     {("five_g_base_stations", "level", *dec31(2020), 718000, "eq")}),
    # a month closing another subject's clause is not the figure's: "…in the first three months, with output
    # accelerating in March and NEV sales climbing to nearly 300,000"
    (Q1_2019_S17 + "Industry found its footing in the first three months of the year, with factory output accelerating "
     "sharply in March and sales of new energy vehicles climbing to nearly 300,000 units.",
     {("nev_sales", "level", date(2019, 1, 1), date(2019, 3, 31), 300000, "lt")}),
    (Q1_2019_S17 + "In March, factory output accelerated and sales of new energy vehicles climbed to 110,000 units.",
     {("nev_sales", "level", *month(2019, 3), 110000, "eq")}),
    # a newspaper's masthead ("南方都市报　数字报") is no city's bulletin (nor the title: the headline
    # under it is, and a headline's figure is not counted)
    (ZH_FY2015_S17 + "去年，高技术制造业增加值同比增长10.2%，装备制造业增长6.8%。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2015), 10.2, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2015), 6.8, "eq")}),
    # "…, while their production climbed 59.9 percent to 1.27 million": the subject of the clause before
    (FY2018_S17 + "Sales of new energy vehicles surged 61.7 percent to 1.256 million units last year, while their "
     "production climbed 59.9 percent to 1.27 million.",
     {("nev_sales", "level", *year(2018), 1.256e6, "eq"), ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq"),
      ("nev_production", "level", *year(2018), 1.27e6, "eq"), ("nev_production", "yoy_pct", *year(2018), 59.9, "eq")}),
    # "outpaced the broader industrial sector, growing 10.2% and 9.5%, respectively"; "remained a bright spot, growing"
    (H1_2025_S17 + "Value added of industrial enterprises above designated size rose 6.4% in the first half. Equipment "
     "manufacturing and high-tech manufacturing outpaced the broader industrial sector, growing 10.2% and 9.5%, respectively.",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 6.4, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 10.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 9.5, "eq")}),
    (H1_2025_S17 + "Value added of industrial enterprises above designated size rose 6.4% in the first half. High-tech "
     "manufacturing remained a bright spot in the first half, growing 9.5 percent.",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 6.4, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 9.5, "eq")}),
    # "the sector booked 2.078 trillion yuan ($290 billion) in revenue"
    (H1_2025_S17 + "The software and IT services sector booked 7.02 trillion yuan ($980 billion) in revenue in the first "
     "half, up 11.9% from a year earlier.",
     {("software_it_services_revenue", "level", date(2025, 1, 1), date(2025, 6, 30), 7.02e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 11.9, "eq")}),
    # "electronics value-added" after the full name
    (H1_2025_S17 + "Value added of electronic information manufacturing enterprises above designated size grew 11.1% in "
     "the first half. In June alone, electronics value-added rose 11.2%.",
     {("electronics_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 11.1, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", *month(2025, 6), 11.2, "eq")}),
    # "In telecommunications, business revenue reached …": a topic, not the software sector of the sentence before
    (FY2018_S17 + "The software and information technology services industry generated revenue of 6.3 trillion yuan in "
     "2018. In telecommunications, business revenue reached 1.3 trillion yuan, up 3 percent.",
     {("software_it_services_revenue", "level", *year(2018), 6.3e12, "eq"),
      ("telecom_business_revenue", "level", *year(2018), 1.3e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2018), 3.0, "eq")}),
    # the exact figure after a dash: "nearly 1.3 trillion yuan ($190 billion) for 2018 -- 1.2856 trillion yuan"
    (FY2018_S17 + "Telecom business revenue reached nearly 1.3 trillion yuan ($190 billion) for 2018 -- 1.2856 trillion "
     "yuan, up 3 percent.",
     {("telecom_business_revenue", "level", *year(2018), 1.2856e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2018), 3.0, "eq")}),
    (FY2018_S17 + "Telecom business revenue reached nearly 1.3 trillion yuan for 2018 -- 0.6 trillion yuan of it from "
     "mobile data.",
     {("telecom_business_revenue", "level", *year(2018), 1.3e12, "lt")}),
    # "Speaking at a press conference …, spokesperson Tao Qing said growth in March came in at 4.5 percent"
    (Q1_2019_S17 + "Value added of industrial enterprises above designated size rose 6.5 percent in the first quarter.\n\n"
     "Speaking at a press conference held by the State Council Information Office, MIIT spokesman Huang Libin said "
     "growth in March came in at 8.5 percent.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 6.5, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 3), 8.5, "eq")}),
    # "totaled 13.77 million units …, according to CAICT, with 5.07 million of them shipped in December alone"
    (FY2020_S17 + "Shipments of 5G handsets totaled 163 million units in 2020, according to the China Academy of "
     "Information and Communications Technology (CAICT), with 20.6 million of them shipped in December alone.",
     {("five_g_phone_shipments", "level", *year(2020), 163e6, "eq"),
      ("five_g_phone_shipments", "level", *month(2020, 12), 20.6e6, "eq")}),
]

Q1_2026_S17 = "China's economy in the first quarter of 2026\n\nPublished: 2026-04-20\n\n"
ZH_Q1_2020_S17 = "2020年一季度工业运行情况\n\n发布时间：2020-04-20\n\n"
ZH_FY2016_S17 = "通信世界网 CWW 首页 > 运营商 > 正文\n\n工信部：2016年电信业务收入11893亿元 移动互联网流量增长123.7%\n\n2017-01-23 16:12　来源：通信世界网\n\n"
SESSION17 += [
    # the rate it is compared with, in the forms of a wire story
    (FY2020_S17 + "Telecom business revenue reached 1.36 trillion yuan in 2020, up 3.6% year-on-year, the MIIT said - a "
     "sharp improvement on the 0.8% growth of 2019.",
     {("telecom_business_revenue", "level", *year(2020), 1.36e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2020), 3.6, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2019), 0.8, "eq")}),
    (Q1_2026_S17 + "NEV sales rose just 4.4% year over year in the first quarter, to 3.21 million units, a far cry from "
     "the 47.1% growth of a year earlier.",
     {("nev_sales", "level", date(2026, 1, 1), date(2026, 3, 31), 3.21e6, "eq"),
      ("nev_sales", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 4.4, "eq"),
      ("nev_sales", "yoy_pct", date(2025, 1, 1), date(2025, 3, 31), 47.1, "eq")}),
    (Q1_2026_S17 + "The value added of industrial enterprises above designated size rose 6.1% in the first quarter, "
     "faster than the 5.9% recorded for all of 2025, the ministry said.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq")}),
    (Q1_2026_S17 + "Value added of industrial enterprises above designated size rose 6.3 per cent year on year in the "
     "first quarter, compared with growth of 5.9 per cent for 2025 as a whole.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq")}),
    (Q1_2026_S17 + "The value added of industrial enterprises above designated size grew 2.8 percent in the first "
     "quarter, after a contraction of 1.4 percent in the fourth quarter of 2025.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 2.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2025, 10, 1), date(2025, 12, 31), -1.4, "eq")}),
    # (a year after "of" that is not the rate's period: "up 3.6% ..., the highest of 2020" names no earlier rate)
    (FY2020_S17 + "Telecom business revenue grew 3.6% in 2020, beating forecasts of 2.5%.",
     {("telecom_business_revenue", "yoy_pct", *year(2020), 3.6, "eq")}),
    # "降幅比1—2月份的下降13.5%收窄": the earlier period's fall
    (ZH_Q1_2020_S17 + "一季度，全国规模以上工业增加值同比下降8.4%。其中3月份下降1.1%，降幅比1—2月份的下降13.5%大幅收窄12.4个百分点。",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # "比上年增长5.6%，扭转了上年下降2.0%的局面": last year's fall, reversed
    (ZH_FY2016_S17 + "2016年电信业务收入完成11893亿元，比上年增长5.6%，扭转了上年下降2.0%的局面。",
     {("telecom_business_revenue", "level", *year(2016), 1.1893e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2016), 5.6, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2015), -2.0, "eq")}),
    # the headline's "移动互联网流量增长123.7%" is the traffic's rate, not the revenue's
    (ZH_FY2016_S17 + "公报显示，2016年电信业务收入11893亿元 移动互联网流量增长123.7%。",
     {("telecom_business_revenue", "level", *year(2016), 1.1893e12, "eq")}),
    (ZH_FY2016_S17 + "公报显示，2016年电信业务收入11893亿元，移动互联网流量增长123.7%。",
     {("telecom_business_revenue", "level", *year(2016), 1.1893e12, "eq")}),
    (ZH_FY2016_S17 + "公报显示，2016年电信业务收入11893亿元，比上年增长5.6%。",
     {("telecom_business_revenue", "level", *year(2016), 1.1893e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2016), 5.6, "eq")}),
]

# (one test reads all of SESSION17's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION17)
def test_session17(text, expected):
    assert obs(text) == expected


# --- extractor 1.19.0 ---
FY2019_S18 = "China's car market in 2019\n\nPublished: 2020-01-13\n\n"
ZH_FY2019_S18 = "2019年汽车工业经济运行情况\n\n发布时间：2020-01-13\n\n"

SESSION18 = [
    # "去年，我国汽车产量X，销量Y": the bare 销量 continues the country's vehicles
    (ZH_FY2019_S18 + "汽车产销小幅回落。2019年，我国汽车产量2572.1万辆，销量2576.9万辆，同比分别下降7.5%和8.2%。",
     {("auto_production", "level", *year(2019), 25721000.0, "eq"),
      ("auto_sales", "level", *year(2019), 25769000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2019), -7.5, "eq"),
      ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    (ZH_FY2019_S18 + "2019年，全国汽车产量2572.1万辆，销量2576.9万辆。",
     {("auto_production", "level", *year(2019), 25721000.0, "eq"),
      ("auto_sales", "level", *year(2019), 25769000.0, "eq")}),
    # (another country's vehicles are not China's)
    (ZH_FY2019_S18 + "2019年，德国汽车产量466万辆，销量360万辆。", set()),
    # one rate shared by the two levels before it
    (FY2019_S18 + "NEV production fell to 1.242 million units in 2019, while NEV sales reached 1.206 million units, "
     "both down about 3 percent from a year earlier.",
     {("nev_production", "level", *year(2019), 1242000.0, "eq"),
      ("nev_sales", "level", *year(2019), 1206000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2019), -3.0, "approx"),
      ("nev_sales", "yoy_pct", *year(2019), -3.0, "approx")}),
    # (a shared rate of another period is not the levels' rate)
    (FY2019_S18 + "NEV production reached 1.242 million units in 2019 and NEV sales hit 1.206 million units, "
     "each up 10 percent in December.",
     {("nev_production", "level", *year(2019), 1242000.0, "eq"),
      ("nev_sales", "level", *year(2019), 1206000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2019, 12), 10.0, "eq")}),
    # "the latter" / "the former": the rate of one of the two levels
    (FY2019_S18 + "December was another strong month: 163,000 NEVs were built and 164,000 sold, the latter being "
     "an increase of 12.4 per cent over December 2018.",
     {("nev_production", "level", *month(2019, 12), 163000.0, "eq"),
      ("nev_sales", "level", *month(2019, 12), 164000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2019, 12), 12.4, "eq")}),
    (FY2019_S18 + "NEV output reached 1.242 million units and sales hit 1.206 million units, the former down 2.3 percent.",
     {("nev_production", "level", *year(2019), 1242000.0, "eq"),
      ("nev_sales", "level", *year(2019), 1206000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2019), -2.3, "eq")}),
    # "December once again was a record month:" dates what follows
    (FY2019_S18 + "December once again was a record month: 163,000 NEVs were produced.",
     {("nev_production", "level", *month(2019, 12), 163000.0, "eq")}),
    # the NEV list as the subject
    (FY2019_S18 + "Production of electric, plug-in hybrid and fuel cell vehicles fell 2.3 percent to 1.242 million units.",
     {("nev_production", "level", *year(2019), 1242000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2019), -2.3, "eq")}),
    # (the list defining NEVs is not a second subject)
    (FY2019_S18 + "Sales of NEVs, a category that includes pure electric, plug-in hybrid and fuel cell cars, "
     "fell 4 percent to 1.206 million units.",
     {("nev_sales", "level", *year(2019), 1206000.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2019), -4.0, "eq")}),
    # "rolled off production lines": made
    (FY2019_S18 + "Some 25.72 million vehicles rolled off Chinese production lines in 2019, down 7.5 percent.",
     {("auto_production", "level", *year(2019), 25720000.0, "approx"),
      ("auto_production", "yoy_pct", *year(2019), -7.5, "eq")}),
    (FY2019_S18 + "The first car rolled off the production line in 2019, at a plant with capacity of 150,000 vehicles.",
     set()),
]

ZH_FY2017_S18 = "2017年软件业经济运行情况\n\n发布时间：2018-01-30\n\n"
H1_2015_S18 = "China's industry in the first half of 2015\n\nPublished: 2015-07-20\n\n"
JUL_2015_S18 = "China July output misses forecasts\n\nAug 12, 2015\n\n"
SESSION18 += [
    # "比2015年的8.16万亿元增长约68%": the level of the year compared with (a stock: at its year's end)
    (ZH_FY2017_S18 + "2017年，我国软件业务收入达到55037亿元，同比增长13.9%，比2015年的4.3万亿元增长约28%。",
     {("software_it_services_revenue", "level", *year(2017), 5.5037e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2017), 13.9, "eq"),
      ("software_it_services_revenue", "level", *year(2015), 4.3e12, "eq")}),
    (ZH_FY2017_S18 + "截至2017年底，5G基站总数达到71.8万个，比2015年末的13万个增加了58.8万个。",
     {("five_g_base_stations", "level", *dec31(2017), 718000.0, "eq"),
      ("five_g_base_stations", "level", *dec31(2015), 130000.0, "eq")}),
    # (a half year is not compared with a whole year's level)
    (ZH_FY2017_S18 + "2017年上半年，软件业务收入达到25037亿元，比2015年的4.3万亿元增长约28%。",
     {("software_it_services_revenue", "level", date(2017, 1, 1), date(2017, 6, 30), 2.5037e12, "eq")}),
    # the subject named after "is" in a figureless sentence ("new energy" quoted)
    (H1_2015_S18 + "The one bright spot in the car market is \u201cnew energy\u201d vehicles, which are backed by subsidies. "
     "Production reached 78,499 in the first half and sales 72,711.",
     {("nev_production", "level", date(2015, 1, 1), date(2015, 6, 30), 78499.0, "eq"),
      ("nev_sales", "level", date(2015, 1, 1), date(2015, 6, 30), 72711.0, "eq")}),
    # a "which" aside about the report's confirmation is no forecast of the figure
    (FY2019_S18 + "The figures, which the ministry is expected to confirm at its annual press conference later this month, "
     "show that December was also a record: 164,000 NEVs were sold.",
     {("nev_sales", "level", *month(2019, 12), 164000.0, "eq")}),
    (FY2019_S18 + "NEV sales, which are expected to reach 1.6 million units in 2020, hit a record 164,000 units in December.",
     {("nev_sales", "level", *month(2019, 12), 164000.0, "eq")}),
    # a photo caption between the subject and the next sentence's bare "Production"
    (FY2019_S18 + "Vehicle sales fell 8.2 percent in 2019 to 25.77 million units.\n\n"
     "Photo taken Jan. 10, 2020, shows new cars waiting to be shipped at a port. (Kyodo)\n\n"
     "Production also dropped, shrinking 7.5 percent to 25.72 million units.",
     {("auto_sales", "level", *year(2019), 25770000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_production", "level", *year(2019), 25720000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2019), -7.5, "eq")}),
    # "compared with a record 28.08 million units in 2018"
    (FY2019_S18 + "Vehicle sales totaled 25.77 million units last year, compared with a record 28.08 million units in 2018.",
     {("auto_sales", "level", *year(2019), 25770000.0, "eq"),
      ("auto_sales", "level", *year(2018), 28080000.0, "eq")}),
    # a month range's growth in the next sentence, and a month range's output after a semicolon
    (JUL_2015_S18 + "China's industrial production growth slowed to 6.0% in July, down from 6.8% in June. "
     "January-July growth eased to 6.3%.",
     {("industrial_value_added", "yoy_pct", *month(2015, 7), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 6), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 7, 31), 6.3, "eq")}),
    (JUL_2015_S18 + "Crude steel output fell 4.6% y/y to 66.2 million tons in July; January-July output declined 1.9% "
     "to 477.1 million tons.",
     {("crude_steel_output", "level", *month(2015, 7), 66.2e6, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2015, 7), -4.6, "eq"),
      ("crude_steel_output", "level", date(2015, 1, 1), date(2015, 7, 31), 477.1e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2015, 1, 1), date(2015, 7, 31), -1.9, "eq")}),
    # a decade in the title is no reporting period
    ("China's car sales fall for the first time since the 1990s\n\nJan 14, 2019\n\n"
     "Automobile sales fell 2.8 per cent to 28.081 million units in 2018. In December alone, sales plunged 13 per cent "
     "from a year earlier to 2.66 million units.",
     {("auto_sales", "level", *year(2018), 28081000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", *month(2018, 12), 2660000.0, "eq"),
      ("auto_sales", "yoy_pct", *month(2018, 12), -13.0, "eq")}),
]

ZH_FY2025_S18 = "2025年通信业统计公报解读\n\n发布时间：2026-01-20\n\n"
FY2016_S18 = "China's car market in 2016\n\nJan 13, 2017\n\n"
SESSION18 += [
    # the date of a contrast ("而…末这一数字仅为…") does not date the figures before it
    (ZH_FY2025_S18 + "千兆宽带用户达2.26亿户，占固定宽带用户总数的33.1%，而“十三五”末这一数字仅为640万户。",
     {("gigabit_broadband_users", "level", *dec31(2025), 2.26e8, "eq"),
      ("gigabit_share_of_broadband_users", "level", *dec31(2025), 33.1, "eq")}),
    # a change against a year before the last is no year-on-year rate
    (ZH_FY2025_S18 + "5G基站总数达463.7万个，比2020年底的71.8万个增长5.5倍。",
     {("five_g_base_stations", "level", *dec31(2025), 4637000.0, "eq"),
      ("five_g_base_stations", "level", *dec31(2020), 718000.0, "eq")}),
    (ZH_FY2025_S18 + "5G基站总数达463.7万个，同比增长1.5倍。",
     {("five_g_base_stations", "level", *dec31(2025), 4637000.0, "eq"),
      ("five_g_base_stations", "yoy_pct", *dec31(2025), 150.0, "eq")}),
    # "已从…的X增加到Y", "增长到2025年的超过Y": from and to
    (ZH_FY2025_S18 + "我国5G基站数量已从“十三五”末的71.8万个增加到463.7万个。",
     {("five_g_base_stations", "level", *dec31(2020), 718000.0, "eq"),
      ("five_g_base_stations", "level", *dec31(2025), 4637000.0, "eq")}),
    (ZH_FY2025_S18 + "五年来，我国软件业务收入从2020年的8.16万亿元增长到2025年的超过14万亿元。",
     {("software_it_services_revenue", "level", *year(2020), 8.16e12, "eq"),
      ("software_it_services_revenue", "level", *year(2025), 1.4e13, "gt")}),
    # "Sales of what Beijing calls “new energy vehicles”": the government's name, not the city's sales
    (FY2016_S18 + "Sales of what Beijing calls \u201cnew energy vehicles\u201d (NEVs) grew 53% last year to 507,000 units, "
     "up from 331,092 in 2015.",
     {("nev_sales", "level", *year(2016), 507000.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2016), 53.0, "eq"),
      ("nev_sales", "level", *year(2015), 331092.0, "eq")}),
    # "CAAM put sales at …", and a period "ahead of" is the comparison's (its rate is that year's: extractor 1.46.0)
    (FY2016_S18 + "China's vehicle sales hit a record 28 million in 2016. CAAM put sales at 28.028 million, up 13.7% and "
     "well ahead of the 4.7% growth seen in 2015, while production climbed 14.5% to 28.119 million.",
     {("auto_sales", "level", *year(2016), 28028000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("auto_production", "level", *year(2016), 28119000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2016), 14.5, "eq")}),
]

# (one test reads all of SESSION18's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION18)
def test_session18(text, expected):
    assert obs(text) == expected


# --- extractor 1.20.0 ---
H1_2022_S19 = "China's vehicle market in the first half of 2022\n\nPublished: 2022-07-12\n\n"
FY2016_S19 = "China's industry in 2016\n\nPublished: 2017-01-20\n\n"
FY2014_S19 = "China's 2014 industrial growth\n\nPublished: 2015-01-27\n\n"
H1_2016_S19 = "China H1 auto output\n\nDate: 2016-07-21\n\n"
H1_2016 = (date(2016, 1, 1), date(2016, 6, 30))
FY2018_S19 = "China's factories in 2018\n\nPublished: 2019-01-29\n\n"
ZH_Q1_2021_S19 = "2021年一季度工业和信息化发展情况\n\n发布时间：2021-04-19\n\n"
H1_2019_S19 = "China's industry in the first half of 2019\n\nPublished: 2019-07-24\n\n"

SESSION19 = [
    # a full month name ending its sentence ("… on 11 July.") does not date the next sentence's flow
    (H1_2022_S19 + "China's vehicle sales rose 23.8% year on year to 2.502 million units in June, according to data "
     "released by the CAAM on 11 July. Production increased 28.2% y/y to 2.499 million units.",
     {("auto_sales", "level", *month(2022, 6), 2502000.0, "eq"),
      ("auto_sales", "yoy_pct", *month(2022, 6), 23.8, "eq"),
      ("auto_production", "level", *month(2022, 6), 2499000.0, "eq"),
      ("auto_production", "yoy_pct", *month(2022, 6), 28.2, "eq")}),
    # "Beijing's push" is the government's policy, not the city's figure
    (FY2016_S19 + "In a sign of Beijing's push to upgrade its factories, production of industrial robots surged "
     "34.3 per cent to 72,426 units.",
     {("industrial_robot_output", "level", *year(2016), 72426.0, "eq"),
      ("industrial_robot_output", "yoy_pct", *year(2016), 34.3, "eq")}),
    (FY2016_S19 + "Beijing's production of industrial robots surged 34.3 per cent to 7,426 units.", set()),
    # ", a sign that a raft of targeted stimulus measures …": a comment on the figure, no target
    (FY2014_S19 + "In December alone, industrial output grew 7.9 percent from a year earlier, picking up from "
     "7.2 percent in November, a sign that a raft of targeted stimulus measures was starting to work.",
     {("industrial_value_added", "yoy_pct", *month(2014, 12), 7.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2014, 11), 7.2, "eq")}),
    (FY2014_S19 + "Industrial output is targeted to grow 7.5 percent in 2015.", set()),
    # "Domestic auto production": all the country's; domestic sales alone are a part (exports excluded)
    (H1_2016_S19 + "Domestic auto production and sales in the first six months reached 13.1 million and "
     "12.83 million units, up 6.5% and 8.1%year-on-year respectively.",
     {("auto_production", "level", *H1_2016, 13100000.0, "eq"),
      ("auto_sales", "level", *H1_2016, 12830000.0, "eq"),
      ("auto_production", "yoy_pct", *H1_2016, 6.5, "eq"),
      ("auto_sales", "yoy_pct", *H1_2016, 8.1, "eq")}),
    (H1_2016_S19 + "Domestic car sales rose 4.2% to 11.2 million units in the first half, while exports fell 15.6%.",
     set()),
]

SESSION19 += [
    # a sector's growth "faster, at", "at a rate of", "led with … growth": its value added
    (FY2018_S19 + "Industrial value added rose 6.2% last year. High-tech manufacturing and equipment "
     "manufacturing grew faster, at 11.7% and 8.1%, respectively.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.1, "eq")}),
    (FY2018_S19 + "Industrial value added grew 6.2% last year. High-tech manufacturing led with 11.7 percent growth, "
     "and equipment manufacturing expanded at a rate of 8.1 percent.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.1, "eq")}),
    (FY2018_S19 + "Industrial value added grew 6.2% last year. High-tech manufacturing led with 11.7 percent of the total.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq")}),
    # "分月看，1-2月同比增长…，3月份同比增长…": each clause its own period, for the rate before
    (ZH_Q1_2021_S19 + "一季度，全国规模以上工业增加值同比增长24.5%，两年平均增长6.8%。分月看，1-2月同比增长35.1%，"
     "3月份同比增长14.1%，两年平均增长6.2%。",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 3, 31), 24.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 35.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 3), 14.1, "eq")}),
    (ZH_Q1_2021_S19 + "一季度，全国5G基站达81.9万个。分月看，1-2月同比增长35.1%，3月份同比增长14.1%。",
     {("five_g_base_stations", "level", date(2021, 3, 31), date(2021, 3, 31), 819000.0, "eq")}),
    # "，受…影响，增速较1-2月份的35.1%有所回落": a reason between the rate and its comparison
    (ZH_Q1_2021_S19 + "3月份，规上工业增加值同比增长14.1%，受上年同期基数抬高影响，增速较1-2月份的35.1%有所回落。",
     {("industrial_value_added", "yoy_pct", *month(2021, 3), 14.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 35.1, "eq")}),
    # "the 5.6% growth of industrial value added", "the 4% decline in NEV production": the flow after its rate
    (H1_2019_S19 + "Electronics value added rose 9.3% year-on-year in the first half, outpacing the 5.6% growth of "
     "industrial value added above designated size.",
     {("electronics_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 9.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 5.6, "eq")}),
    (H1_2019_S19 + "Industrial output rose 6% in the first half. It outpaced the 5.6% growth in auto sales and the 4% "
     "decline in NEV production.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 6.0, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 5.6, "eq"),
      ("nev_production", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), -4.0, "eq")}),
    (H1_2019_S19 + "The 5.6% growth in Guangdong's auto sales beat the rest of the country.", set()),
]

# a provincial reprint quoting the wire's national account ("据新华社北京…电") after its own lead
GUANGXI_S19 = ("广西日报\n\n2023年我国工业经济回升向好\n\n来源：广西日报　2024-01-20 08:36\n\n"
               "　　本报讯 国务院新闻办公室1月19日举行新闻发布会，工业和信息化部介绍2023年工业和信息化发展情况。"
               "记者当天从自治区工业和信息化厅获悉，我区工业经济稳中有进。\n\n")
SESSION19 += [
    (GUANGXI_S19 + "　　据新华社北京1月19日电 工业和信息化部副部长在发布会上介绍，2023年，全国规模以上工业增加值同比增长4.6%。"
     "装备制造业、高技术制造业增加值分别增长6.8%和2.7%。\n\n"
     "　　软件和信息技术服务业保持较快增长，全年软件业务收入123258亿元，同比增长13.4%。\n\n"
     "　　对照全国数据，我区工业和信息化发展交出了一份稳中有进的成绩单。2023年，全区规模以上工业增加值同比增长6.6%，"
     "高技术制造业增加值增长15.2%。\n",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2023), 6.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2023), 2.7, "eq"),
      ("software_it_services_revenue", "level", *year(2023), 1.23258e13, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2023), 13.4, "eq")}),
    # (without the dispatch, the same sentences in the province's part are its own)
    (GUANGXI_S19 + "　　2023年，全区规模以上工业增加值同比增长6.6%。装备制造业、高技术制造业增加值分别增长6.8%和2.7%。\n", set()),
]

FY2020_S19 = "China's factories in 2020\n\nPublished: 2021-01-26\n\n"
Q1_2020_S19 = "China's factories in the first quarter\n\nApril 21, 2020\n\n"
NOV_2019_S19 = "China's November factory output beats forecasts\n\nDecember 16, 2019\n\n"
ZH_H1_2022_S19 = "甘肃日报\n\n上半年我省工业经济稳中有进\n\n来源：甘肃日报　2022-07-20 07:32\n\n"
NEIMENG_S19 = "内蒙古日报\n\n前三季度全国规模以上工业增加值同比增长11.8%\n\n来源：内蒙古日报　　发布时间：2021-10-21 07:52\n\n"
SESSION19 += [
    # a figureless look back in the past perfect dates nothing after it
    (FY2020_S19 + "Auto sales fell for a third year, declining 1.9% to about 25.3 million vehicles. Sales had plunged "
     "in the first quarter, when dealerships were closed. The industry sold 25.311 million vehicles, while production "
     "fell 2% to 25.225 million.",
     {("auto_sales", "yoy_pct", *year(2020), -1.9, "eq"),
      ("auto_sales", "level", *year(2020), 25311000.0, "eq"),
      ("auto_production", "level", *year(2020), 25225000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2020), -2.0, "eq")}),
    # a clause's own event ("after subsidies were cut last year", "after Beijing slashed subsidies in June")
    (Q1_2020_S19 + "In the first quarter, sales of new-energy vehicles plunged 56.4% to 114,000 after subsidies were "
     "cut last year.",
     {("nev_sales", "level", date(2020, 1, 1), date(2020, 3, 31), 114000.0, "eq"),
      ("nev_sales", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -56.4, "eq")}),
    # (the event's month is no period for the figure: without one of its own, nothing is dated June)
    (NOV_2019_S19 + "Sales of new energy vehicles slumped 43.7% to about 95,000 vehicles, a fifth straight monthly "
     "fall after Beijing slashed subsidies in June.", set()),
    # a company named before its aside ("General Motors, the biggest foreign brand, sold …")
    (FY2018_S19 + "Car sales fell 2.8% last year. Ford's sales in the country fell 37 per cent, while General Motors, "
     "the biggest foreign brand, sold 3.65m vehicles in China, down 10 per cent.",
     {("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    (FY2018_S19 + "China, the world's biggest car market, sold 28.08m vehicles last year, down 2.8 per cent.",
     {("auto_sales", "level", *year(2018), 28080000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    # a list of vehicle kinds is all vehicles; a list inside the NEVs' definition is not
    (FY2018_S19 + "Sales of cars, sport utility vehicles, vans and trucks fell 2.8 per cent to 28.08m vehicles in 2018.",
     {("auto_sales", "level", *year(2018), 28080000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    (FY2016_S19 + "Sales of new energy vehicles -- battery-electric and plug-in hybrid cars, buses and trucks -- grew 53% "
     "last year to 507,000 units.",
     {("nev_sales", "level", *year(2016), 507000.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2016), 53.0, "eq")}),
    # the auto market's growth "to N units" is its sales; "volume of telecom business"; "output at factories and mines"
    (FY2018_S19 + "The overall Chinese auto market grew 2.1% to 26.864 million units last year, while production was "
     "up 3.4% to 27.021 million.",
     {("auto_sales", "level", *year(2018), 26864000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2018), 2.1, "eq"),
      ("auto_production", "level", *year(2018), 27021000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2018), 3.4, "eq")}),
    (FY2018_S19 + "Telecom business revenue rose 6.2 percent last year, while the total volume of telecom business, "
     "calculated at the previous year's prices, grew 16.8 percent.",
     {("telecom_business_revenue", "yoy_pct", *year(2018), 6.2, "eq"),
      ("telecom_business_volume", "yoy_pct", *year(2018), 16.8, "eq")}),
    (FY2020_S19 + "Output at factories and mines above a certain size, the government's main industrial gauge, picked "
     "up speed toward the end of the year. It rose 7.3% over a year earlier in December, up from 7% in November.",
     {("industrial_value_added", "yoy_pct", *month(2020, 12), 7.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 11), 7.0, "eq")}),
    # "declined last year by A and B to X and Y respectively"; an aside before "slid"
    (FY2018_S19 + "Production and sales of automobiles declined last year by 4.2 percent and 2.8 percent to 27.81 "
     "million and 28.08 million units respectively.",
     {("auto_production", "level", *year(2018), 27810000.0, "eq"),
      ("auto_sales", "level", *year(2018), 28080000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2018), -4.2, "eq"),
      ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    (Q1_2020_S19 + "Sales of new-energy vehicles, which Beijing has promoted for years, slid 56.4% to 114,000 in the quarter.",
     {("nev_sales", "level", date(2020, 1, 1), date(2020, 3, 31), 114000.0, "eq"),
      ("nev_sales", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -56.4, "eq")}),
    # a provincial capital's figure in a reprint; "地级以上城市" and "各省份…省级" name no province
    (ZH_H1_2022_S19 + "截至6月底，全国累计建成5G基站185.4万个。兰州新区数据中心集群已建成标准机架1.2万架。",
     {("five_g_base_stations", "level", date(2022, 6, 30), date(2022, 6, 30), 1854000.0, "eq")}),
    (NEIMENG_S19 + "　　据新华社北京10月20日电 工业和信息化部新闻发言人20日在国务院新闻办公室举行的新闻发布会上说，前三季度，"
     "我国工业经济持续恢复。全国规模以上工业增加值同比增长11.8%。\n\n"
     "　　信息通信业方面，截至9月末，我国累计建成5G基站115.9万个，覆盖全国所有地级以上城市。前三季度，电信业务收入累计完成"
     "11040亿元，同比增长8.2%。\n\n　　我区5G基站累计达2.1万个。\n",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 11.8, "eq"),
      ("five_g_base_stations", "level", date(2021, 9, 30), date(2021, 9, 30), 1159000.0, "eq"),
      ("telecom_business_revenue", "level", date(2021, 1, 1), date(2021, 9, 30), 1.104e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 8.2, "eq")}),
]

NOV_2017_S19 = "China's auto market in November\n\nDecember 12, 2017\n\n"
H1_2017_S19 = "China's industry in H1\n\nJuly 18, 2017\n\n"
SESSION19 += [
    # "Growth was strongest in A and B, where value added rose X and Y for the year, respectively"
    (FY2018_S19 + "Industrial output grew 6.2% last year. Growth was strongest in high-tech manufacturing and equipment "
     "manufacturing, where value added rose 7.1% and 6.6% for the year, respectively.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 7.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 6.6, "eq")}),
    # "2.96 million vehicle sales": the flow's name as the figure's unit (not a target, nor a comparison's)
    (NOV_2017_S19 + "CAAM counted 2.96 million vehicle sales in November, up 1.9%.",
     {("auto_sales", "level", *month(2017, 11), 2960000.0, "eq"),
      ("auto_sales", "yoy_pct", *month(2017, 11), 1.9, "eq")}),
    (NOV_2017_S19 + "The industry hopes to reach 30 million vehicle sales targets by 2020.", set()),
    (NOV_2017_S19 + "BYD booked 960,000 vehicle sales in November.", set()),
    # "Second-quarter growth held steady at 6.9 percent"
    (H1_2017_S19 + "Value-added industrial output of enterprises above designated size grew 6.9 percent in the first "
     "half of the year. Second-quarter growth held steady at 6.9 percent.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 6, 30), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 4, 1), date(2017, 6, 30), 6.9, "eq")}),
    # "after plunging 13.5% in the January-February period": the earlier rate, a fall
    (Q1_2020_S19 + "Industrial output fell 8.4% in the first quarter. Output fell 1.1% in March, after plunging 13.5% "
     "in the January-February period.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
]

# (one test reads all of SESSION19's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION19)
def test_session19(text, expected):
    assert obs(text) == expected


# --- extractor 1.21.0 ---
H1_2020_S20 = "China's car market in the first half\n\nPublished: 2020-07-10\n\n"
FY2019_S20 = "China's factories in 2019\n\nFeb 12th 2020 | BEIJING\n\n"
ZH_H1_2024_S20 = "西藏日报\n\n全国工业经济稳中有进　我区工业增速领先\n\n来源：西藏日报　　发布时间：2024-07-19 08:10\n\n"
ZH_Q1_2023_S20 = "2023年一季度工业和信息化发展情况\n\n发布时间：2023-04-20\n\n"
NOV_2019_S20 = "China car sales in November\n\nDecember 10, 2019\n\n"

SESSION20 = [
    # a reprint's paragraph that opens on the country ("全国层面，…") and those after it are national,
    # up to the province's own part
    (ZH_H1_2024_S20 + "本报讯　7月18日，国务院新闻办公室举行新闻发布会介绍上半年工业和信息化发展情况。记者从自治区工业和信息化厅"
     "获悉，上半年我区工业经济稳中向好。\n\n全国层面，上半年规模以上工业增加值同比增长6.0%。高技术制造业增加值同比增长8.7%。\n\n"
     "通信业方面，上半年电信业务收入累计完成8958亿元，同比增长3.0%。\n\n我区方面，上半年全区规模以上工业增加值同比增长9.1%，"
     "高技术制造业增加值增长15.2%。\n",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 6.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 8.7, "eq"),
      ("telecom_business_revenue", "level", date(2024, 1, 1), date(2024, 6, 30), 895.8e9, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 6, 30), 3.0, "eq")}),
    # "sales of 10.2 million vehicles": the attribute before the figure, its subject in the unit
    # (not "NEV sales of …", whose subject is the NEVs; not a carmaker's)
    (H1_2020_S20 + "Industry data showed first-half sales of 10.26 million vehicles and production of 10.11 million.",
     {("auto_sales", "level", date(2020, 1, 1), date(2020, 6, 30), 10260000.0, "eq"),
      ("auto_production", "level", date(2020, 1, 1), date(2020, 6, 30), 10110000.0, "eq")}),
    (H1_2020_S20 + "Geely reported first-half sales of 530,000 vehicles.", set()),
    (H1_2020_S20 + "The industry posted NEV sales of 393,000 vehicles in the first half.",
     {("nev_sales", "level", date(2020, 1, 1), date(2020, 6, 30), 393000.0, "eq")}),
    # "rose A and B respectively for sales and production, to X and Y": not read (the wrong pairing
    # is worse than none)
    (H1_2020_S20 + "Sales of electric cars and gasoline-electric hybrids fell 42% and 37% respectively for sales and "
     "production, to 393,000 and 397,000 units.", set()),
    # 'sales of those "new energy vehicles"'
    (H1_2020_S20 + "In June, sales of those \"new energy vehicles\" fell 35% to 104,000.",
     {("nev_sales", "level", *month(2020, 6), 104000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2020, 6), -35.0, "eq")}),
    # "N% more than in <the year before>" is year on year; another year is not
    (FY2019_S20 + "China made 187,000 industrial robots last year, according to official data, 6% less than in 2018.",
     {("industrial_robot_output", "level", *year(2019), 187000.0, "eq"),
      ("industrial_robot_output", "yoy_pct", *year(2019), -6.0, "eq")}),
    (FY2019_S20 + "China made 187,000 industrial robots last year, 30% more than in 2016.",
     {("industrial_robot_output", "level", *year(2019), 187000.0, "eq")}),
    # "than many expected" is an outcome measured against expectations, not a forecast
    (FY2019_S20 + "The economy was kinder to factories than many expected: industrial output grew by 5.7% last year, "
     "down from 6.2% in 2018.",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq")}),
    # "其中，1-2月份增长…" after a quarter's rate: each part's own rate
    (ZH_Q1_2023_S20 + "一季度，全国规模以上工业增加值同比增长3.0%。其中，1-2月份增长2.4%，3月份受基数影响增速为3.9%。",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 3, 31), 3.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 2, 28), 2.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 3), 3.9, "eq")}),
    # a topic named after "remains", with an aside defining it, is the next sentence's subject
    (NOV_2019_S20 + "The weak spot remains new-energy vehicles, a category that includes battery-electric cars and "
     "plug-in hybrids. Sales fell 43.7% to 95,000 units in November, while output dropped 37.9% to 110,000 units.",
     {("nev_sales", "level", *month(2019, 11), 95000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2019, 11), -43.7, "eq"),
      ("nev_production", "level", *month(2019, 11), 110000.0, "eq"),
      ("nev_production", "yoy_pct", *month(2019, 11), -37.9, "eq")}),
]

FEB_2026_S20 = "China car sales slow\n\nMar 12, 2026\n\n"
BINGTUAN_S20 = "兵团日报\n\n上半年全国规模以上工业增加值同比增长3.8%\n\n发布时间：2023-07-20 09:15\n\n"
FY2017_S20 = "China's car market in 2017\n\nUpdated Jan. 11, 2018 6:41 am ET\n\n"
FY2019_TEL_S20 = "China telecoms in 2019\n\nTuesday 21 January 2020 | 10:48 CET\n\n"
FY2020_S20 = "China's industry in the 13th Five-Year Plan\n\nUpdated: 2021-01-27 07:12\n\n"
SESSION20 += [
    # "a far cry from last year" compares; it dates nothing after it
    (FEB_2026_S20 + "That is a far cry from last year: vehicle production fell 2.1% to 4.4 million units in "
     "January-February, and sales dropped 2.6% to 4.35 million.",
     {("auto_production", "level", date(2026, 1, 1), date(2026, 2, 28), 4400000.0, "eq"),
      ("auto_production", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), -2.1, "eq"),
      ("auto_sales", "level", date(2026, 1, 1), date(2026, 2, 28), 4350000.0, "eq"),
      ("auto_sales", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), -2.6, "eq")}),
    # the Production and Construction Corps (兵团) is a region of its own
    (BINGTUAN_S20 + "上半年，全国规模以上工业增加值同比增长3.8%。\n\n【兵团动态】\n\n上半年，兵团规模以上工业增加值同比增长9.6%；"
     "装备制造业增加值同比增长14.2%。\n",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 6, 30), 3.8, "eq")}),
    # "777,000 vehicles" is a unit, no subject: not for "while production …" nor for "such vehicles"
    (FY2017_S20 + "New-energy vehicles were the exception. Sales jumped 50% to 750,000 vehicles last year, while "
     "production rose 51% to 760,000. In December alone, sales of such vehicles hit a record 160,000.",
     {("nev_sales", "level", *year(2017), 750000.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2017), 50.0, "eq"),
      ("nev_production", "level", *year(2017), 760000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2017), 51.0, "eq"),
      ("nev_sales", "level", *month(2017, 12), 160000.0, "eq")}),
    # "put the figure at N": the rounded level before, said exactly (the date of a later clause is its own)
    (FY2020_S20 + "By the end of last year, China had built more than 700,000 5G base stations. The ministry put the "
     "figure at 712,000, including some 570,000 newly built last year.",
     {("five_g_base_stations", "level", *dec31(2020), 712000.0, "eq")}),
]

FEB_2026_GG_S20 = "CAAM: auto sales in January-February\n\nMar. 11, 2026 16:06\n\n"
FY2016_S20 = "China's electric car boom\n\nJan 20, 2017\n\n"
SESSION20 += [
    # "full-year 2025" (hyphenated) is the year, and the "when" clause after it is dated by it
    (FEB_2026_GG_S20 + "NEV sales in January and February stood at 1.95 million units, growing 6.2% year on year, a sharp "
     "slowdown from the 28.2% growth recorded for full-year 2025, when NEV sales reached 16.49 million units.",
     {("nev_sales", "level", date(2026, 1, 1), date(2026, 2, 28), 1950000.0, "eq"),
      ("nev_sales", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.2, "eq"),
      ("nev_sales", "yoy_pct", *year(2025), 28.2, "eq"),
      ("nev_sales", "level", *year(2025), 16490000.0, "eq")}),
    # "... and sales by 3% to 28.88m": the verb of the clause before is understood; "According to
    # the Ministry … (MIIT)," opens the clause
    (FY2017_S20 + "Car sales cooled last year. According to the Ministry of Industry and Information Technology (MIIT), "
     "production fell by 1.2% to 28.5m and sales by 0.8% to 28.6m.",
     {("auto_production", "level", *year(2017), 28500000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2017), -1.2, "eq"),
      ("auto_sales", "level", *year(2017), 28600000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2017), -0.8, "eq")}),
    # 'produced N "new energy vehicles" (NEVs) last year and sold M, up A and B respectively over
    # <the year before>': the year is the rates' base, not a quantity "over 2015"
    (FY2016_S20 + "The country produced 517,000 \"new energy vehicles\" (NEVs) last year and sold 507,000, up 51.7% and "
     "53% respectively over 2015.",
     {("nev_production", "level", *year(2016), 517000.0, "eq"),
      ("nev_sales", "level", *year(2016), 507000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2016), 51.7, "eq"),
      ("nev_sales", "yoy_pct", *year(2016), 53.0, "eq")}),
    (FY2016_S20 + "The country produced 517,000 new energy vehicles last year and sold 507,000, up 51.7% and 53% "
     "respectively over 2012.",
     {("nev_production", "level", *year(2016), 517000.0, "eq"),
      ("nev_sales", "level", *year(2016), 507000.0, "eq")}),
]

FY2020_AP_S20 = "China's factories bounce back\n\nJanuary 26, 2021 GMT\n\n"
FY2022_LR_S20 = "China's 5G users\n\nFeb 3, 2023\n\n"
SESSION20 += [
    # "sedans, SUVs, minivans and trucks": a list of kinds that ends on trucks or buses is all vehicles
    # (not "SUVs, sedans and MPVs", passenger cars only)
    (FY2020_AP_S20 + "Sales of sedans, SUVs, minivans and trucks in China fell 2.1% last year to 25.2 million.",
     {("auto_sales", "level", *year(2020), 25200000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2020), -2.1, "eq")}),
    (FY2020_AP_S20 + "Sales of SUVs, sedans and MPVs in China fell 6.8% last year to 20.2 million.", set()),
    # "The country's 5G mobile subscriber count reached …"
    (FY2022_LR_S20 + "The country's 5G mobile subscriber count reached 560 million at the end of last year.",
     {("five_g_mobile_users", "level", *dec31(2022), 560000000.0, "eq")}),
]

SESSION20 += [
    # "better than the 7.3% contraction economists surveyed by Bloomberg had forecast": an outcome
    # measured against a forecast, not a forecast
    (Q1_2020_S19 + "Industrial output fell 8.4% in the first quarter. Output declined 1.1% in March alone, a sharp "
     "improvement from the 13.5% drop in the first two months of the year and better than the 7.3% contraction "
     "economists surveyed by Bloomberg had forecast.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
]

# (one test reads all of SESSION20's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION20)
def test_session20(text, expected):
    assert obs(text) == expected


def test_session20_yearly_average_is_the_years():
    """A monthly average "for the year" is the year's, not the month named later in its sentence."""
    got = obs(FY2019_TEL_S20 + "Average monthly mobile data usage per user reached 7.5 GB for the year and climbed "
              "to 8.1 GB in December.")
    assert ("mobile_dou", "level", *year(2019), 7.5, "eq") in got
    assert not any(o[0] == "mobile_dou" and o[4] == 7.5 and o[2] == date(2019, 12, 1) for o in got)


# --- extractor 1.22.0 ---
JUN_2019_S21 = "China's factory output in May\n\nJune 14, 2019\n\n"
Q1_2020_S21 = "China's industry in the first quarter\n\nApril 20, 2020\n\n"
Q3_2017_S21 = "Industry in the third quarter\n\nOctober 20, 2017\n\n"
H1_2016_S21 = "China's industry in the first half\n\nJuly 18, 2016\n\n"
MAY_2024_S21 = "China NEV sales in May\n\nJune 11, 2024\n\n"
SESSION21 = [
    # ", a slight pickup that economists said might reflect …": a comment on the figures after them,
    # not a forecast of them
    (JUN_2019_S21 + "Industrial output grew 5.4 percent in the first five months. In May it grew 5.0 percent, "
     "compared with 5.4 percent in April, a slowdown that analysts said might reflect the trade war.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 5, 31), 5.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 5), 5.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 4), 5.4, "eq")}),
    (JUN_2019_S21 + "Officials said output could grow 5.5 percent in June, a pace which would beat May's.", set()),
    # "the decline narrowed to 1.2%": the size of a fall, so a negative rate
    (Q1_2020_S21 + "Value added of industrial enterprises above designated size fell 7.9% in the first quarter. "
     "In March, the decline narrowed to 1.2%, compared with a 12.8% slump in January-February.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -7.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -12.8, "eq")}),
    (Q1_2020_S21 + "Industrial output shrank 7.9% in the first quarter. He said the contraction narrowed in March "
     "to 1.2% after output plunged 12.8% in January and February.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -7.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -12.8, "eq")}),
    # "…, and in September at 6.6 percent": the verb "came in at" left out
    (Q3_2017_S21 + "Industrial output grew 6.7 percent in the first three quarters. Growth in the third quarter "
     "alone came in at 6.3 percent, and in September at 6.6 percent.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 9, 30), 6.7, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 7, 1), date(2017, 9, 30), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2017, 9), 6.6, "eq")}),
    # "while June's reading of 6.2 percent accelerated from 6.0 percent in May"; "of Chinese enterprises
    # above designated size"
    (H1_2016_S21 + "The value-added industrial output of Chinese enterprises above designated size grew 6.0 "
     "percent in the first half. Second-quarter growth held at 6.1 percent, while June's reading of 6.2 percent "
     "accelerated from 6.0 percent in May.",
     {("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 6, 30), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2016, 4, 1), date(2016, 6, 30), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 6), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 5), 6.0, "eq")}),
    # the month before's level after a month's: "up 4 percent from April's 920,000 units", past the
    # rates between ("up 33.7 percent year-on-year and up 4 percent from …", "up 33.7% from a year
    # earlier and up from …")
    (MAY_2024_S21 + "A total of 955,000 NEVs were sold in China last month, up 33.7 percent year-on-year and up "
     "4 percent from April's 920,000 units.",
     {("nev_sales", "level", *month(2024, 5), 955000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2024, 5), 33.7, "eq"),
      ("nev_sales", "level", *month(2024, 4), 920000.0, "eq")}),
    (MAY_2024_S21 + "NEV sales in May were 955,000 units, up 33.7 percent year-on-year and up 4 percent from "
     "920,000 units in April.",
     {("nev_sales", "level", *month(2024, 5), 955000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2024, 5), 33.7, "eq"),
      ("nev_sales", "level", *month(2024, 4), 920000.0, "eq")}),
    (MAY_2024_S21 + "In May, NEV sales came to 955,000 units, up 33.7% from a year earlier and up from 920,000 "
     "in April.",
     {("nev_sales", "level", *month(2024, 5), 955000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2024, 5), 33.7, "eq"),
      ("nev_sales", "level", *month(2024, 4), 920000.0, "eq")}),
    # (a year's figure is not compared with a month's, and a change from a month is no year-on-year rate)
    (MAY_2024_S21 + "NEV sales reached 9.5 million units last year, up 37.9 percent from December's 1.19 million.",
     {("nev_sales", "level", *year(2023), 9500000.0, "eq")}),
]

DEC_2021_S21 = "China auto sales in December\n\nJanuary 12, 2022\n\n"
ZH_FY2025_S21 = "“十四五”信息通信业发展成就\n\n来源：科技日报　　2026-01-22\n\n"
ZH_H1_2025_S21 = "上半年工业和信息化发展情况\n\n来源：央视新闻　　2025-07-16\n\n"
ZH_FY2016_S21 = "2016年软件业运行情况\n\n来源：经济参考报　　2017-01-26\n\n"
ZH_H1_2021_S21 = "上半年全国规上工业增加值同比增长15.9%\n\n2021-07-20 08:16　来源：广州日报\n\n"
FY2019_S21 = "China's car market in 2019\n\nJanuary 20, 2020\n\n"
Q1_2020_AP_S21 = "China's factory output falls in the first quarter\n\nApril 21, 2020\n\n"
FY2016_S21 = "China's factories in 2016\n\nFeb 9th 2017\n\n"
MENU_2019_S21 = "Electrek\nTesla Electric Vehicles Energy Shop Exclusives\n\nChina EV sales slip after subsidy cut\n\nAug. 12th 2019\n\n"
MAY_2024_TEL_S21 = "China's 5G users near half of mobile base\n\nMay 24, 2024\n\n"
SESSION21 += [
    # "down 1.6 percent year-on-year but up 10.5 percent from November": the month-on-month change
    # after "but" leaves the year-on-year rate standing
    (DEC_2021_S21 + "In December, auto sales in China were 2.6 million units, down 1.6 percent year-on-year but up "
     "10.5 percent from November.",
     {("auto_sales", "level", *month(2021, 12), 2600000.0, "eq"),
      ("auto_sales", "yoy_pct", *month(2021, 12), -1.6, "eq")}),
    # "比“十三五”末的71.8万个增加…": the level at the end of the plan before (2020), and "较“十三五”末的
    # 640万户增长了30多倍" is no year-on-year rate
    (ZH_FY2025_S21 + "截至2025年底，我国5G基站总数达480万个，比“十三五”末的70万个增加410万个。",
     {("five_g_base_stations", "level", *dec31(2025), 4800000.0, "eq"),
      ("five_g_base_stations", "level", *dec31(2020), 700000.0, "eq")}),
    (ZH_H1_2025_S21 + "截至今年6月底，千兆宽带用户达到2.2亿户，较“十三五”末的600万户增长了30多倍。",
     {("gigabit_broadband_users", "level", date(2025, 6, 30), date(2025, 6, 30), 220000000.0, "eq"),
      ("gigabit_broadband_users", "level", *dec31(2020), 6000000.0, "eq")}),
    # "5G基站数由“十三五”末的…增长至…": the level grown to; the one grown from is the plan's end
    (ZH_FY2025_S21 + "截至2025年底，“十四五”期间，5G基站数由“十三五”末的70万个增长至480万个。",
     {("five_g_base_stations", "level", *dec31(2025), 4800000.0, "eq"),
      ("five_g_base_stations", "level", *dec31(2020), 700000.0, "eq")}),
    # "…，其中嵌入式系统软件收入增长11.8%": a part's rate, not the industry's
    (ZH_FY2016_S21 + "全年软件业务收入48000亿元，其中嵌入式系统软件收入增长11.8%。",
     {("software_it_services_revenue", "level", *year(2016), 4800000000000.0, "eq")}),
    # a paragraph whose lead sentence opens a clause on the province: "其中，…" after it is the province's
    (ZH_H1_2021_S21 + "上半年，全国规模以上工业增加值同比增长15.9%。\n\n记者从广东省工业和信息化厅获悉，上半年，"
     "广东规模以上工业增加值同比增长17.4%。其中，高技术制造业增加值增长17.6%。",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 6, 30), 15.9, "eq")}),
    # "Passenger-car sales" (hyphenated) are a part of all vehicle sales
    (FY2019_S21 + "Automobile sales fell 8.2% to 25.8 million units last year. Passenger-car sales alone slid 9.6% "
     "to 21.4 million.",
     {("auto_sales", "level", *year(2019), 25800000.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # "..., but the decline narrowed sharply to 1.2 per cent in March from a 12.8 per cent plunge"
    (Q1_2020_AP_S21 + "China's industrial output slumped 7.9 per cent year-on-year in the first quarter, but the decline "
     "narrowed sharply to 1.2 per cent in March from a 12.8 per cent plunge in January and February combined.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -7.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -12.8, "eq")}),
    # "an improvement from February's 79.1 per cent plunge": the month before's rate, a fall
    (Q1_2020_AP_S21 + "In March alone, vehicle sales fell 40.1 per cent from a year earlier to 1.5 million units, "
     "an improvement from February's 75.2 per cent plunge.",
     {("auto_sales", "level", *month(2020, 3), 1500000.0, "eq"),
      ("auto_sales", "yoy_pct", *month(2020, 3), -40.1, "eq"),
      ("auto_sales", "yoy_pct", *month(2020, 2), -75.2, "eq")}),
    (Q1_2020_AP_S21 + "Industrial production fell 7.9% in the first quarter, a reversal from growth of 6.2% in December.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -7.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 12), 6.2, "eq")}),
    # "fell 5.9% in the quarter but rose 8.9% in March": the quarter's rate, not March's
    (Q1_2020_AP_S21 + "High-tech manufacturing fared better. Its value added fell 4.8% in the quarter but rose 7.7% "
     "in March, Huang said.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -4.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2020, 3), 7.7, "eq")}),
    # "grew by a sluggish 6.0%"; 'Sales of "new-energy vehicles", mostly …, jumped by 53%'
    (FY2016_S21 + "Industrial value-added grew by a sluggish 6.1% in 2016. Sales of \"new-energy vehicles\", mostly "
     "battery-powered cars and buses, jumped by 50% to 500,000.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.1, "eq"),
      ("nev_sales", "level", *year(2016), 500000.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2016), 50.0, "eq")}),
    # 'which Beijing calls "new energy vehicles," fell': the quote closed after the aside's comma
    (Q1_2020_AP_S21 + "Sales of electric cars and gasoline-electric hybrids, which Beijing calls \"new energy "
     "vehicles,\" fell 55.2% to 160,000 in the first quarter.",
     {("nev_sales", "level", date(2020, 1, 1), date(2020, 3, 31), 160000.0, "eq"),
      ("nev_sales", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -55.2, "eq")}),
    # a site's menu above the headline is no title: not a carmaker's bulletin because it names Tesla
    (MENU_2019_S21 + "Sales of new energy vehicles fell 4.7% year-on-year to 80,000 units in July.",
     {("nev_sales", "level", *month(2019, 7), 80000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2019, 7), -4.7, "eq")}),
    # "— a threshold the industry expects to cross by mid-year": a comment on the figure, whose
    # forecast date is not the figure's
    (MAY_2024_TEL_S21 + "MIIT published its statistics for January to April 2024. The number of 5G mobile phone "
     "users reached 880 million, accounting for 49.5% of all mobile phone users — a threshold the industry expects "
     "to cross by mid-year.",
     {("five_g_mobile_users", "level", date(2024, 4, 30), date(2024, 4, 30), 880000000.0, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2024, 4, 30), date(2024, 4, 30), 49.5, "eq")}),
]

FY2017_S21 = "China's car market in 2017\n\nJanuary 12, 2018\n\n"
H1_2025_S21 = "China car sales in the first half\n\nJuly 11, 2025\n\n"
SESSION21 += [
    # "rose 53.8 percent to 794,000 and sales 53.3 percent to 777,000": the verb understood, also
    # without "by" when "to <level>" follows (and not for "and sales 3 percent of the total")
    (FY2017_S21 + "Output of new energy vehicles rose 51.2 percent to 790,000 and sales 52.1 percent to 770,000 last year.",
     {("nev_production", "level", *year(2017), 790000.0, "eq"),
      ("nev_production", "yoy_pct", *year(2017), 51.2, "eq"),
      ("nev_sales", "level", *year(2017), 770000.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2017), 52.1, "eq")}),
    # a new paragraph that opens on bare "sales" and names the NEVs of the paragraph before only in
    # its next sentence is on all vehicles first: its "sales" are not the NEVs'
    (H1_2025_S21 + "Sales of new energy vehicles rose 40.3 percent to 6.9 million in the first half. Output of NEVs "
     "rose 41.4 percent to 6.96 million.\n\nIn June, sales rose 13.8 percent to 2.9 million and production 11.4 "
     "percent to 2.79 million. NEV sales in June grew 26.7 percent to 1.32 million.",
     {("nev_sales", "level", date(2025, 1, 1), date(2025, 6, 30), 6900000.0, "eq"),
      ("nev_sales", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 40.3, "eq"),
      ("nev_production", "level", date(2025, 1, 1), date(2025, 6, 30), 6960000.0, "eq"),
      ("nev_production", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 41.4, "eq"),
      ("nev_sales", "level", *month(2025, 6), 1320000.0, "eq"),
      ("nev_sales", "yoy_pct", *month(2025, 6), 26.7, "eq")}),
]

FY2024_S21 = "China NEV market in 2024\n\nJanuary 20, 2025\n\n"
FY2023_TEL_S21 = "China's telecom sector in 2023\n\nJanuary 25, 2024\n\n"
SESSION21 += [
    # "– an increase of 35.5 per cent compared to 9.495 million units in 2023": the year before's level
    (FY2024_S21 + "According to CAAM, 12.8 million NEVs were sold in China in 2024 – an increase of 34.8 per cent "
     "compared to 9.5 million units in 2023.",
     {("nev_sales", "level", *year(2024), 12800000.0, "eq"),
      ("nev_sales", "yoy_pct", *year(2024), 34.8, "eq"),
      ("nev_sales", "level", *year(2023), 9500000.0, "eq")}),
    # "18.4GB in December, up from 16.2GB in the same month of 2022": that month a year before
    (FY2023_TEL_S21 + "Average monthly mobile data usage per user (DOU) hit 18.1GB in December, up from 16.0GB in the "
     "same month of 2022, MIIT said.",
     {("mobile_dou", "level", *month(2023, 12), 18.1, "eq"),
      ("mobile_dou", "level", *month(2022, 12), 16.0, "eq")}),
]

SESSION21 += [
    # "较“十四五”初期增长5倍多": against the plan's first year, no year-on-year rate
    (ZH_H1_2025_S21 + "截至6月底，5G基站总数达450万个，较“十四五”初期增长5倍多，每万人拥有5G基站数达32个。",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4500000.0, "eq")}),
]

SEP_2020_S21 = "China has nearly 700,000 5G stations\n\nOctober 23, 2020\n\n"
FY2015_S21 = "China's car market in 2015\n\nJanuary 28, 2016\n\n"
SESSION21 += [
    # "5G stations" are base stations; US carriers' "5G sites" are not China's
    (SEP_2020_S21 + "The country had a total of 680,000 5G stations in operation as of the end of September, a spokesman "
     "said. By contrast, US carriers had deployed roughly 50,000 5G sites.",
     {("five_g_base_stations", "level", date(2020, 9, 30), date(2020, 9, 30), 680000.0, "eq")}),
    # "produced A and sold B vehicles, up 3.3 percent and 4.7 percent, respectively": the first rate of
    # a list is not the sales' rate (since 1.24.0 the pair is read, each rate its own)
    (FY2015_S21 + "China produced 24.4 million and sold 24.5 million vehicles in 2015, up 3.2 percent and 4.6 percent "
     "year-on-year, respectively.",
     {("auto_sales", "level", *year(2015), 24500000.0, "eq"), ("auto_production", "level", *year(2015), 24400000.0, "eq"),
      ("auto_production", "yoy_pct", *year(2015), 3.2, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.6, "eq")}),
]

# (one test reads all of SESSION21's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION21)
def test_session21(text, expected):
    assert obs(text) == expected


# --- extractor 1.23.0 ---
ST_2019_S22 = ("The Straits Times\nSINGAPORE  ASIA  WORLD  OPINION  LIFE  BUSINESS  TECH  SPORT  VIDEOS\nAsia › East Asia\n\n"
               "China's car sales fall for first time in decades\n\nPUBLISHED JAN 29, 2019, 3:19 PM SGT\n\n")
ZH_OCT_2022_S22 = "2022年10月通信业经济运行情况\n\n发布时间：2022-11-18\n\n"
ZH_FEB_2015_S22 = "2015年1-2月工业通信业运行情况\n\n发布时间：2015-03-20\n\n"
Q1_2026_S22 = "China's factory output in the first quarter\n\nApril 17, 2026\n\n"
FY2017_S22 = "China's NEV market in 2017\n\nJanuary 12, 2018\n\n"
SEP_2020_S22 = "China has nearly 700,000 5G stations\n\nOctober 23, 2020\n\n"
OCT_2025_S22 = "China NEV sales in October\n\nNovember 11, 2025\n\n"
FY2019_S22 = "China's auto sales fall for 2nd year\n\nJanuary 13, 2020\n\n"
FY2016_S22 = "China's EV market in 2016\n\nJanuary 20, 2017\n\n"
Q1_2018_S22 = "China's software industry in the first quarter\n\nMay 2, 2018\n\n"
ZH_Q3_2023_S22 = ("西安日报 数字报\n首页 > 2023年10月21日 > 第02版：要闻\n\n前三季度全国工业经济回升向好\n"
                  "我省多项指标增速高于全国\n\n来源：西安日报　发布时间：2023年10月21日 08:05\n\n")
ZH_H1_2025_S22 = "上半年工业和信息化发展情况\n\n来源：人民日报　　2025-07-19\n\n"

SESSION22 = [
    # a site's menu in capitals is no headline (it made the page read as Singapore's bulletin); a
    # dateline with two agencies ("BEIJING (REUTERS, BLOOMBERG) -") is no Beijing scope
    (ST_2019_S22 + "[Photo] Cars waiting to be loaded onto a ship at a port in Lianyungang, Jiangsu province. PHOTO: REUTERS\n\n"
     "BEIJING (REUTERS, BLOOMBERG) - China's industrial output grew 6.2 per cent in 2018, slower than the 6.6 per cent "
     "pace in 2017, the ministry said.\n\nValue added in high-tech manufacturing grew 11.7 per cent last year.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq")}),
    # "比9月末的222万个增加3万个": the level at the month-end before
    (ZH_OCT_2022_S22 + "截至10月末，5G基站总数达225万个，比9月末的222万个增加3万个。",
     {("five_g_base_stations", "level", date(2022, 10, 31), date(2022, 10, 31), 2250000, "eq"),
      ("five_g_base_stations", "level", date(2022, 9, 30), date(2022, 9, 30), 2220000, "eq")}),
    # "增速比去年12月份（7.9%）回落…，比去年全年（8.3%）回落…": that month of last year, and last year
    (ZH_FEB_2015_S22 + "1-2月，全国规模以上工业增加值同比增长6.8%，增速比去年12月份（7.9%）回落1.1个百分点，"
     "比去年全年（8.3%）回落1.5个百分点。",
     {("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 2, 28), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2014, 12), 7.9, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2014), 8.3, "eq")}),
    # "the final three months of 2025": the fourth quarter
    (Q1_2026_S22 + "China's industrial output expanded 6.1% year-on-year in the first quarter, quickening from 5.5% in "
     "the final three months of 2025.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2025, 10, 1), date(2025, 12, 31), 5.5, "eq")}),
    # buyers' purchases are sales; "from 507,000 the year before"
    (FY2017_S22 + "Chinese buyers purchased 777,000 NEVs in 2017, up 53.3 per cent from 507,000 the year before.",
     {("nev_sales", "level", *year(2017), 777000, "eq"), ("nev_sales", "yoy_pct", *year(2017), 53.3, "eq"),
      ("nev_sales", "level", *year(2016), 507000, "eq")}),
    # "That compared with more than 410,000 at the end of June": the level before's, at the date named
    (SEP_2020_S22 + "The country had a total of 690,000 5G stations in operation as of the end of September, a "
     "spokesman said. That compared with more than 410,000 at the end of June.",
     {("five_g_base_stations", "level", date(2020, 9, 30), date(2020, 9, 30), 690000, "eq"),
      ("five_g_base_stations", "level", date(2020, 6, 30), date(2020, 6, 30), 410000, "gt")}),
    # "That's up from about 1.6 million NEVs sold in September" after production: the subject's sales
    (OCT_2025_S22 + "NEV production came in at 1.772 million units in October. That's up from about 1.6 million NEVs "
     "sold in September.",
     {("nev_production", "level", *month(2025, 10), 1772000, "eq"),
      ("nev_sales", "level", *month(2025, 9), 1600000, "approx")}),
    # a figure that names its own subject ("2.65 million vehicles") is not the paragraph before's NEVs;
    # a bare "sales" after "The association said full-year"; "sales of them"; another flow's "while" clause
    (FY2019_S22 + "Production of new energy vehicles fell 2.3% to 1.242 million last year, and sales of them "
     "totaled 1.206 million.\n\nThe association said full-year sales came to 25.769 million vehicles, while "
     "factories turned out 25.721 million, down 7.5% from the year before. Sales in December were 2.65 million "
     "vehicles, down 0.1% from a year earlier.",
     {("nev_production", "level", *year(2019), 1242000, "eq"), ("nev_production", "yoy_pct", *year(2019), -2.3, "eq"),
      ("nev_sales", "level", *year(2019), 1206000, "eq"), ("auto_sales", "level", *year(2019), 25769000, "eq"),
      ("auto_sales", "level", *month(2019, 12), 2650000, "eq"), ("auto_sales", "yoy_pct", *month(2019, 12), -0.1, "eq")}),
    # "That followed a 2.8% drop in 2018": a look back passes no period on to the next sentence
    (FY2019_S22 + "Sales of cars, SUVs, minivans and commercial vehicles slid 8.2% to 25.769 million units last "
     "year. That followed a 2.8% drop to 28.08 million in 2018. Output declined 7.5% to 25.721 million units.",
     {("auto_sales", "level", *year(2019), 25769000, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_production", "level", *year(2019), 25721000, "eq"), ("auto_production", "yoy_pct", *year(2019), -7.5, "eq")}),
    # "it sold around 11,000 vehicles there": a company's
    (FY2016_S22 + "Tesla doesn't break out China sales, but registration data suggests it sold around 11,000 "
     "vehicles there in 2016.", set()),
    # "The exact figure was CNY1,284.7 billion": the rounded level before, exactly
    (Q1_2018_S22 + "China's software and information technology services industry generated revenue of CNY1.28 "
     "trillion (USD203.8 billion) in the first quarter. The exact figure was CNY1,284.7 billion, up 13.6 percent "
     "from a year ago.",
     {("software_it_services_revenue", "level", date(2018, 1, 1), date(2018, 3, 31), 1284.7e9, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2018, 1, 1), date(2018, 3, 31), 13.6, "eq")}),
    # a paper's masthead ("西安日报 数字报") is no title; a newspaper column's hard-wrapped lines are one
    # paragraph; "和林格尔新区…" is a region's
    (ZH_Q3_2023_S22 + "工业和信息化部新闻发言人陶青介绍，前三季度，全国规模以上工\n业增加值同比增长4.0%，比上半年加快0.2个百分点；9月\n"
     "份，规模以上工业增加值同比增长4.5%，工业经济持续回升向好。和林格尔新区数据中心集群标准机架达到4.3万架。",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 9, 30), 4.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 9), 4.5, "eq")}),
    # "“十四五”前4年": the plan's first four years
    (ZH_H1_2025_S22 + "“十四五”前4年，我国新能源汽车累计产量超过3300万辆。",
     {("nev_production", "level", date(2021, 1, 1), date(2024, 12, 31), 33000000, "gt")}),
]

ZH_Q3_2022_S22 = "2022年前三季度工业和信息化发展情况\n\n发布时间：2022-10-26\n\n"
ZH_FY2020_S22 = "2020年工业和信息化发展情况\n\n发布时间：2021-01-27\n\n"
FY2018_S22 = "China's car sales fall in 2018\n\nJanuary 29, 2019\n\n"
NOV_2024_S22 = "China's auto sales up 11.7% YoY in November\n\nDecember 11, 2024\n\n"
MAR_2020_S22 = "China's industry in the first quarter\n\nApril 20, 2020\n\n"
ZH_Q3_2019_S22 = "2019年前三季度工业和信息化发展情况\n\n来源：证券日报　2019-10-22\n\n"
ZH_FY2025_S22 = "2025年电子信息制造业运行情况\n\n来源：澎湃新闻　2026-02-10\n\n"
Q3_2019_S22 = "China's industrial output in the first three quarters\n\nOctober 21, 2019\n\n"

SESSION22 += [
    # "A、B同比分别增长X和Y": one rate each, in order
    (ZH_Q3_2022_S22 + "前三季度，全国装备制造业增加值、高技术制造业增加值同比分别增长6.3%和8.5%，分别高于全部规上工业2.4个和4.6个百分点。",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 6.3, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 8.5, "eq")}),
    # "软件和信息技术服务业完成业务收入"
    (ZH_FY2020_S22 + "软件和信息技术服务业完成业务收入81616亿元，同比增长13.3%。",
     {("software_it_services_revenue", "level", *year(2020), 8161.6e9, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2020), 13.3, "eq")}),
    # a bare "Sales" whose figure names its subject ("28.081 million vehicles")
    (FY2018_S22 + "Sales fell 2.8 percent to 28.081 million vehicles in 2018, while production dropped 4.2 percent "
     "to 27.809 million.",
     {("auto_sales", "level", *year(2018), 28081000, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_production", "level", *year(2018), 27809000, "eq"), ("auto_production", "yoy_pct", *year(2018), -4.2, "eq")}),
    # "Overall production" continues the market named before; "From January to November, production and sales"
    (NOV_2024_S22 + "China's car market kept its year-end momentum in November.\n\nOverall production in November reached "
     "3.488 million vehicles, up 11.1% YoY. From January to November, production and sales reached 27.905 million "
     "and 28.148 million units, up 2.9% and 3.5% YoY, respectively.",
     {("auto_production", "level", *month(2024, 11), 3488000, "eq"), ("auto_production", "yoy_pct", *month(2024, 11), 11.1, "eq"),
      ("auto_production", "level", date(2024, 1, 1), date(2024, 11, 30), 27905000, "eq"),
      ("auto_sales", "level", date(2024, 1, 1), date(2024, 11, 30), 28148000, "eq"),
      ("auto_production", "yoy_pct", date(2024, 1, 1), date(2024, 11, 30), 2.9, "eq"),
      ("auto_sales", "yoy_pct", date(2024, 1, 1), date(2024, 11, 30), 3.5, "eq")}),
    # (but "Overall shipments" after 5G phones are all phones')
    (NOV_2024_S22 + "Shipments of 5G phones totaled 2.49 million units in October. Overall shipments were down 4.6% in "
     "October.",
     {("five_g_phone_shipments", "level", *month(2024, 10), 2490000, "eq")}),
    # "…in March, from a 13.5 per cent contraction in the January-February period": a fall
    (MAR_2020_S22 + "Industrial value added fell 8.4 per cent in the first quarter. The decline narrowed to 1.1 per "
     "cent in March, from a 13.5 per cent contraction in the January-February period.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # "（8月份为4.4%）", "（2024年为2.72亿部）": the period's value in brackets
    (ZH_Q3_2019_S22 + "前三季度，全国规模以上工业增加值同比增长5.6%，其中9月份增长5.8%，比8月份加快1.4个百分点（8月份为4.4%）。",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 8), 4.4, "eq")}),
    (ZH_FY2025_S22 + "2025年国内市场5G手机出货量2.64亿部，同比下降2.9%（2024年为2.72亿部）。",
     {("five_g_phone_shipments", "level", *year(2025), 264e6, "eq"), ("five_g_phone_shipments", "yoy_pct", *year(2025), -2.9, "eq"),
      ("five_g_phone_shipments", "level", *year(2024), 272e6, "eq")}),
    # "The pace was down from 6.0 percent in the first half of the year": the rate before's
    (Q3_2019_S22 + "The value-added output of industrial enterprises above designated size grew 5.6 percent year on "
     "year from January to September. The pace was down from 6.0 percent in the first half of the year.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 6, 30), 6.0, "eq")}),
]

ZH_FY2015_S22 = "2015年工业通信业发展情况\n\n来源：经济观察报　2016-01-28\n\n"
ZH_AUG_2023_S22 = "2023年1-8月通信业经济运行情况\n\n来源：通信信息报　2023-09-22\n\n"
H1_2025_S22 = "China's factories in the first half\n\nJuly 24, 2025\n\n"

SESSION22 += [
    # "软件业务收入43249亿元中，信息技术服务收入…增长18.4%": the part's rate, not the industry's
    (ZH_FY2015_S22 + "全年实现软件业务收入4.3万亿元，同比增长16.6%。具体来看，软件业务收入43249亿元中，信息技术服务收入22123亿元，增长18.4%。",
     {("software_it_services_revenue", "level", *year(2015), 43249e8, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2015), 16.6, "eq")}),
    # "比7月份（16.43GB/户·月）提高0.33GB": the month before's level
    (ZH_AUG_2023_S22 + "8月当月户均移动互联网接入流量（DOU）达16.76GB/户·月，同比增长12.6%，比7月份（16.43GB/户·月）提高0.33GB。",
     {("mobile_dou", "level", *month(2023, 8), 16.76, "eq"), ("mobile_dou", "yoy_pct", *month(2023, 8), 12.6, "eq"),
      ("mobile_dou", "level", *month(2023, 7), 16.43, "eq")}),
    # "Sales of electric and plug-in hybrid cars"; "…in the first half, and by 6.8% in June alone"
    (H1_2025_S22 + "The value added of big industrial firms grew by 6.4% year on year in the first half, and by 6.8% "
     "in June alone. Sales of electric and plug-in hybrid cars—\x22new-energy vehicles\x22 in official parlance—rose "
     "by 40% year on year, to 6.9m, in the first six months.",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 6.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 6), 6.8, "eq"),
      ("nev_sales", "level", date(2025, 1, 1), date(2025, 6, 30), 6.9e6, "eq"),
      ("nev_sales", "yoy_pct", date(2025, 1, 1), date(2025, 6, 30), 40, "eq")}),
]

ZH_H1_2015_S22 = "2015年上半年工业通信业运行情况\n\n来源：央广网　2015-07-21\n\n"

SESSION22 += [
    # "近2万亿元，具体为19868亿元": the rounded figure said exactly
    (ZH_H1_2015_S22 + "上半年，全行业完成软件业务收入近2万亿元，具体为19868亿元，同比增长16.4%。",
     {("software_it_services_revenue", "level", date(2015, 1, 1), date(2015, 6, 30), 19868e8, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2015, 1, 1), date(2015, 6, 30), 16.4, "eq")}),
]

# (one test reads all of SESSION22's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION22)
def test_session22(text, expected):
    assert obs(text) == expected


# --- extractor 1.24.0 ---
JAN_2024_S23 = "China's vehicle market sets a record\n\nJanuary 13, 2024\n\n"
JAN_2016_S23 = "Auto market grows\n\nJanuary 14, 2016\n\n"
OCT_2021_S23 = "Steel and phones in September\n\nOctober 19, 2021\n\n"
JUL_2025_S23 = "NEV sales in June\n\nJuly 12, 2025\n\n"
JAN_2023_S23 = "5G network update\n\nJanuary 19, 2023\n\n"
JAN_2019_S23 = "Car and factory data for 2018\n\nJanuary 22, 2019\n\n"
JAN_2017_S23 = "New energy vehicles in 2016\n\nJanuary 13, 2017\n\n"

SESSION23 = [
    # "closed calendar year 2023" dates the sentence after; "data released by CAAM in Beijing" is where
    # it was published, not Beijing's figure
    (JAN_2024_S23 + "The auto industry closed calendar year 2023 on a high. According to figures released by "
     "CAAM in Beijing on Thursday, production and sales came to 30.2 million and 30.1 million units, up 11.5% and "
     "11.9% respectively.",
     {("auto_production", "level", *year(2023), 30.2e6, "eq"), ("auto_sales", "level", *year(2023), 30.1e6, "eq"),
      ("auto_production", "yoy_pct", *year(2023), 11.5, "eq"), ("auto_sales", "yoy_pct", *year(2023), 11.9, "eq")}),
    # "produced A and sold B vehicles": the first verb's figure has the second's subject
    (JAN_2016_S23 + "Chinese factories produced 24.1 million and sold 24.2 million vehicles in 2015, up 3.1 percent "
     "and 4.5 percent year on year respectively.",
     {("auto_production", "level", *year(2015), 24.1e6, "eq"), ("auto_sales", "level", *year(2015), 24.2e6, "eq"),
      ("auto_production", "yoy_pct", *year(2015), 3.1, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.5, "eq")}),
    # (not another maker's figure)
    (JAN_2016_S23 + "BYD produced 0.4 million and the country sold 24.2 million vehicles in 2015.",
     {("auto_sales", "level", *year(2015), 24.2e6, "eq")}),
    # "bringing the January-September total to …, up 2%": the running total for the period it names
    (OCT_2021_S23 + "Crude steel output dropped 21 percent in September to 73.8 million tonnes, bringing the "
     "January-September total to 806 million tonnes, up 2.1 percent from a year earlier.",
     {("crude_steel_output", "level", *month(2021, 9), 73.8e6, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2021, 9), -21, "eq"),
      ("crude_steel_output", "level", date(2021, 1, 1), date(2021, 9, 30), 806e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 2.1, "eq")}),
    # "bringing the total so far this year to …": January to the flow's month
    (OCT_2021_S23 + "Shipments of 5G handsets in China reached 21.5 million units in September, bringing the total "
     "so far this year to 193 million.",
     {("five_g_phone_shipments", "level", *month(2021, 9), 21.5e6, "eq"),
      ("five_g_phone_shipments", "level", date(2021, 1, 1), date(2021, 9, 30), 193e6, "eq")}),
    # ", up 26.7% YoY, compared with 1.307 million units in May": the month before's level
    (JUL_2025_S23 + "NEV sales in June came to 1.33 million units, up 26% year on year, compared with 1.31 million "
     "units in May.",
     {("nev_sales", "level", *month(2025, 6), 1.33e6, "eq"), ("nev_sales", "yoy_pct", *month(2025, 6), 26, "eq"),
      ("nev_sales", "level", *month(2025, 5), 1.31e6, "eq")}),
    # a wire's next one-sentence paragraph: "The figure was up from …" looks back
    (JAN_2023_S23 + "China had 2.31 million 5G base stations at the end of 2022, the ministry said.\n\n"
     "The figure was up from 2.29 million at the end of November.",
     {("five_g_base_stations", "level", *dec31(2022), 2.31e6, "eq"),
      ("five_g_base_stations", "level", date(2022, 11, 30), date(2022, 11, 30), 2.29e6, "eq")}),
    # (only the anaphor does: a new paragraph's own figure is not the one before's)
    (JAN_2023_S23 + "China had 2.31 million 5G base stations at the end of 2022.\n\n"
     "Operators had 1.2 million in Guangdong at the end of November.",
     {("five_g_base_stations", "level", *dec31(2022), 2.31e6, "eq")}),
    # "That's a big jump from 777,000 NEVs sold in 2017": the member of the pair before the verb names
    (JAN_2019_S23 + "Production and sales of new energy vehicles reached 1.3 million and 1.25 million in 2018, up 60% "
     "and 62% respectively.\n\nThat's a big jump from 780,000 NEVs sold in 2017.",
     {("nev_production", "level", *year(2018), 1.3e6, "eq"), ("nev_sales", "level", *year(2018), 1.25e6, "eq"),
      ("nev_production", "yoy_pct", *year(2018), 60, "eq"), ("nev_sales", "yoy_pct", *year(2018), 62, "eq"),
      ("nev_sales", "level", *year(2017), 780e3, "eq")}),
    # "…, with 104,000 NEVs sold, up 33%": the participle's flow
    (JAN_2017_S23 + "December was the best month yet, with 110,000 NEVs sold, up 30% from a year earlier.",
     {("nev_sales", "level", *month(2016, 12), 110e3, "eq"), ("nev_sales", "yoy_pct", *month(2016, 12), 30, "eq")}),
    # (a company's is not)
    (JAN_2017_S23 + "BYD led the field in December, with 14,000 NEVs sold.", set()),
    # "Growth in A and B was X and Y, respectively": rates named by their lead
    (JAN_2019_S23 + "Industrial output grew 6.2 percent last year. Growth in high-tech manufacturing and equipment "
     "manufacturing was 11.5 percent and 8.0 percent, respectively, the bureau said.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.5, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.0, "eq")}),
    (JAN_2019_S23 + "The growth rate of telecom business revenue in 2018 was 3.1 percent.",
     {("telecom_business_revenue", "yoy_pct", *year(2018), 3.1, "eq")}),
]

OCT_2020_S23 = "China's 5G rollout\n\nOctober 24, 2020\n\n"
JUL_2017_S23 = "Car sales in June\n\nJuly 13, 2017\n\n"
APR_2020_S23 = "Industry in the first quarter\n\nApril 22, 2020\n\n"
ZH_H1_2015_S23 = "2015年上半年软件业运行情况\n\n2015-07-23\n\n"

SESSION23 += [
    # "is on track to have more than 700,000": a forecast (not "…, putting it on track to beat …" after the figure)
    (OCT_2020_S23 + "An analyst said China is on track to have more than 700,000 5G base stations by the end of the year.", set()),
    (OCT_2020_S23 + "China has built more than 690,000 5G base stations by the end of September, putting it on track to "
     "beat its target.",
     {("five_g_base_stations", "level", date(2020, 9, 30), date(2020, 9, 30), 690e3, "gt")}),
    # "rebounding from a 0.1 percent dip in May": a fall
    (JUL_2017_S23 + "China's vehicle sales rose 4.6 percent to 2.18 million in June, rebounding from a 0.2 percent dip in May.",
     {("auto_sales", "level", *month(2017, 6), 2.18e6, "eq"), ("auto_sales", "yoy_pct", *month(2017, 6), 4.6, "eq"),
      ("auto_sales", "yoy_pct", *month(2017, 5), -0.2, "eq")}),
    # "the rate of decline narrowing to 1.1 per cent in March from 13.5 per cent in January-February": both falls
    (APR_2020_S23 + "Industrial value added fell 8.5 per cent in the first quarter, with the rate of decline narrowing to "
     "1.2 per cent in March from 13.6 per cent in January-February.",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.5, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.6, "eq")}),
    # "2万亿元（20097亿元）": the round figure's exact one in brackets
    (ZH_H1_2015_S23 + "上半年，软件和信息技术服务业实现软件业务收入2万亿元（20133亿元），同比增长16.3%。",
     {("software_it_services_revenue", "level", date(2015, 1, 1), date(2015, 6, 30), 20133e8, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2015, 1, 1), date(2015, 6, 30), 16.3, "eq")}),
    # (not a conversion in brackets)
    (ZH_H1_2015_S23 + "上半年，软件和信息技术服务业实现软件业务收入2万亿元（约3160亿美元），同比增长16.3%。",
     {("software_it_services_revenue", "level", date(2015, 1, 1), date(2015, 6, 30), 2e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2015, 1, 1), date(2015, 6, 30), 16.3, "eq")}),
    # a title "… through November, already beating all of 2023": the year to November, not 2023
    ("China's EV sales top 11 million through November, already beating all of 2023\n\nDec 12 2024\n\n"
     "Total vehicle sales rose 11.5% in November to 3.32 million.",
     {("auto_sales", "level", *month(2024, 11), 3.32e6, "eq"), ("auto_sales", "yoy_pct", *month(2024, 11), 11.5, "eq")}),
    # a site's menu in title case is no headline (its "Singapore" is no scope)
    ("The Straits Times\nSingapore Asia World Opinion Life Business Tech Sport Videos Podcasts\n\n"
     "China's factory output beats forecasts\n\nPublished Oct 21, 2025\n\n"
     "China produced 590,000 industrial robots in the first nine months, up 29.5 per cent.",
     {("industrial_robot_output", "level", date(2025, 1, 1), date(2025, 9, 30), 590e3, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 29.5, "eq")}),
]

ZH_FEB_2026_S23 = "2026年1-2月通信业经济运行情况\n\n2026-03-21\n\n"
SEP_2025_S23 = "China's vehicle sales pick up in August\n\nSeptember 12, 2025\n\n"
DEC_2024_S23 = "Auto data for November\n\nDecember 12, 2024\n\n"

SESSION23 += [
    # "比上年末的12.06亿户净增2500万户": the year before's end
    (ZH_FEB_2026_S23 + "截至2月末，5G移动电话用户达12.35亿户，比上年末的12.08亿户净增2700万户。",
     {("five_g_mobile_users", "level", date(2026, 2, 28), date(2026, 2, 28), 12.35e8, "eq"),
      ("five_g_mobile_users", "level", *dec31(2025), 12.08e8, "eq")}),
    # "… units in the month": the month the briefing reports on
    (SEP_2025_S23 + "NEV production and sales came to 1.39 million and 1.4 million units in the month, up 27% and 26% respectively.",
     {("nev_production", "level", *month(2025, 8), 1.39e6, "eq"), ("nev_sales", "level", *month(2025, 8), 1.4e6, "eq"),
      ("nev_production", "yoy_pct", *month(2025, 8), 27, "eq"), ("nev_sales", "yoy_pct", *month(2025, 8), 26, "eq")}),
    # an aside on the Chinese subject ("which produces about half the world's steel") is no world figure
    (JAN_2016_S23 + "China, which makes about half the world's steel, churned out 804 million tonnes of crude steel last "
     "year, down 2.3 percent from 2014.",
     {("crude_steel_output", "level", *year(2015), 804e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
    # a share's denominator ("45.6% of total new vehicle sales, compared with 1.43 million …") is no frame
    (DEC_2024_S23 + "China's auto sales reached 3.32 million units in November. NEV sales accounted for 45.5% of total "
     "new vehicle sales, compared with 1.43 million units and 46.8% in October.",
     {("auto_sales", "level", *month(2024, 11), 3.32e6, "eq")}),
    # "bringing the 2018 total to a record …": that year's running total
    (JAN_2019_S23 + "Crude steel output rose 8.2 percent in December to 77.9 million tonnes, bringing the 2018 total to a "
     "record 928 million tonnes, up 6.5 percent from the previous year.",
     {("crude_steel_output", "level", *month(2018, 12), 77.9e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2018, 12), 8.2, "eq"),
      ("crude_steel_output", "level", *year(2018), 928e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2018), 6.5, "eq")}),
]

SESSION23 += [
    # "That compares with a record 28.88 million in 2017": the year before's level
    (JAN_2019_S23 + "China's car sales fell 2.7 per cent to 28.1 million units in 2018. That compares with a record "
     "28.9 million in 2017.",
     {("auto_sales", "level", *year(2018), 28.1e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.7, "eq"),
      ("auto_sales", "level", *year(2017), 28.9e6, "eq")}),
]

SESSION23 += [
    # "Americans bought 17.3 million cars and light trucks": another country's buyers
    (JAN_2019_S23 + "China's car sales fell 2.7 per cent to 28.1 million units in 2018. Americans bought 17.2 million "
     "cars and light trucks in 2018.",
     {("auto_sales", "level", *year(2018), 28.1e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.7, "eq")}),
]

# (one test reads all of SESSION23's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION23)
def test_session23(text, expected):
    assert obs(text) == expected


# --- extractor 1.25.0 ---
NOV_2024_S24 = "China auto sales data\n\nNovember 11, 2024\n\n"
JAN_2020_S24 = "Car industry in 2019\n\nJanuary 16, 2020\n\n"
APR_2025_S24 = "Factory output in the first quarter\n\nApril 16, 2025\n\n"
OCT_2018_S24 = "Industry in the first three quarters\n\nOctober 19, 2018\n\n"
JAN_2024_S24 = "5G network at year end\n\nJanuary 18, 2024\n\n"
JUL_2024_S24 = "5G at mid-year\n\nJuly 18, 2024\n\n"
JUL_2022_S24 = "上半年工业经济运行情况\n\n2022年7月19日\n\n"
JAN_2025_S24 = "Vehicle market in 2024\n\nJanuary 14, 2025\n\n"
OCT_2023_S24 = "前三季度工业和信息化发展情况\n\n2023年10月20日\n\n"

SESSION24 = [
    # a heading line that is a period dates the paragraphs under it; any other heading ends it
    (NOV_2024_S24 + "October\n\nCar production and sales came to 2.99 million and 3.05 million units, up 1.6% and 7%, "
     "respectively.\n\nNEV sales reached 1.43 million units, up 49.6%.\n\nJanuary-October\n\nNEV sales totalled "
     "9.75 million units, up 33.9%.\n\nOutlook\n\nNEV sales reached 12 million units in the last twelve months.",
     {("auto_production", "level", *month(2024, 10), 2.99e6, "eq"), ("auto_sales", "level", *month(2024, 10), 3.05e6, "eq"),
      ("auto_production", "yoy_pct", *month(2024, 10), 1.6, "eq"), ("auto_sales", "yoy_pct", *month(2024, 10), 7.0, "eq"),
      ("nev_sales", "level", *month(2024, 10), 1.43e6, "eq"), ("nev_sales", "yoy_pct", *month(2024, 10), 49.6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 10, 31), 9.75e6, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), 33.9, "eq")}),
    # ", a 20% increase YoY and up from A in September": the month before's level
    (NOV_2024_S24 + "In October, NEV sales hit 1.43 million units, a 49.6% increase year on year and up from 1.29 million "
     "in September.",
     {("nev_sales", "level", *month(2024, 10), 1.43e6, "eq"), ("nev_sales", "yoy_pct", *month(2024, 10), 49.6, "eq"),
      ("nev_sales", "level", *month(2024, 9), 1.29e6, "eq")}),
    # the association of carmakers said "sales …", after a sentence on the car industry
    (JAN_2020_S24 + "Yet the car industry, a pillar of the economy, is in a slump. Last week the China Association of "
     "Automobile Manufacturers (CAAM) said sales fell 8.2% in 2019 to 25.77 million vehicles. Production dropped 7.5% "
     "to 25.72 million.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_production", "level", *year(2019), 25.72e6, "eq"), ("auto_production", "yoy_pct", *year(2019), -7.5, "eq")}),
    # a comment after a dash is not the rate's comparison ("since …" is a cumulative change only in its own clause)
    (JAN_2020_S24 + "Vehicle sales fell 8.2% in 2019 to 25.8m – the second fall since the 1990s.",
     {("auto_sales", "level", *year(2019), 25.8e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # "for all of 2024"; and a look back on the figure before keeps the subject for the next paragraph's "Output"
    (APR_2025_S24 + "Industrial value added rose 6.5% in the first quarter. That compared with 5.8% growth for all of "
     "2024.\n\nThe pace eased late in the quarter. Output in March alone rose 7.7%.",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 3, 31), 6.5, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 3), 7.7, "eq")}),
    # a forecast clause, then ", after …" what already happened
    (OCT_2018_S24 + "The industrial sector is on track to meet its annual targets, the ministry said on Friday, after "
     "industrial value added grew 6.4 percent in the first three quarters.",
     {("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 6.4, "eq")}),
    (OCT_2018_S24 + "The ministry expects industrial value added to grow about 6.2 percent in the fourth quarter, after "
     "a target of 6 percent was set.",
     set()),
]

SESSION24 += [
    # "¶ Official data put the nine-month total at …": the rounded figure of the paragraph before, exactly
    (OCT_2018_S24 + "China churned out almost 700 million tonnes of crude steel in the first three quarters.\n\n"
     "Official figures put the nine-month total at 696.6 million tonnes, up 6.1 percent.",
     {("crude_steel_output", "level", date(2018, 1, 1), date(2018, 9, 30), 696.6e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 6.1, "eq")}),
    # "… said the total stood at A at end-December" after a round figure for the same date
    (JAN_2024_S24 + "China ended 2023 with 3.38 million 5G base stations.\n\nAt a briefing, ministry officials said "
     "the total stood at 3.377 million at end-December, up from 2.312 million a year earlier.",
     {("five_g_base_stations", "level", *dec31(2023), 3.377e6, "eq"),
      ("five_g_base_stations", "level", *dec31(2022), 2.312e6, "eq")}),
    # "more than A … at the end of June – B to be exact"
    (JUL_2024_S24 + "China had more than 3.9 million 5G base stations at the end of June – 3.919 million to be exact.",
     {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 3.919e6, "eq")}),
    # a sector's rate against all industry's dates it by the gap: 7.3 - 3.9 = 3.4, the half year's
    (JUL_2022_S24 + "上半年，规模以上工业增加值同比增长3.4%。从月度看，6月份规模以上工业增加值同比增长3.9%。"
     "高技术制造业增加值同比增长9.6%，高于全部工业6.2个百分点。",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 9.6, "eq")}),
    # (the carried month's, when the gap fits it)
    (JUL_2022_S24 + "上半年，规模以上工业增加值同比增长3.4%。从月度看，6月份规模以上工业增加值同比增长3.9%。"
     "高技术制造业增加值同比增长10.1%，高于全部工业6.2个百分点。",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 6, 30), 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2022, 6), 10.1, "eq")}),
    # "NEVs made up A of production and B of sales"
    (JAN_2025_S24 + "In 2024, new energy vehicles made up 12.89 million of production and 12.87 million of sales, up "
     "34.4% and 35.5% from a year earlier.",
     {("nev_production", "level", *year(2024), 12.89e6, "eq"), ("nev_sales", "level", *year(2024), 12.87e6, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
    # (a share "made up 40.9% of sales" is no level)
    (JAN_2025_S24 + "In 2024, new energy vehicles made up 40.9% of sales.", set()),
    # a lead's rounded flow, with no date of its own, is the body's exact one for its period
    (OCT_2023_S24 + "前三季度，规模以上工业增加值同比增长4.0%。软件业务收入超8万亿元。\n\n"
     "1-8月，软件业务收入80067亿元，同比增长13.2%。",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 9, 30), 4.0, "eq"),
      ("software_it_services_revenue", "level", date(2023, 1, 1), date(2023, 8, 31), 8.0067e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2023, 1, 1), date(2023, 8, 31), 13.2, "eq")}),
]

SESSION24 += [
    # an aside between dashes that names Beijing is no region subject
    (JUL_2017_S23 + "Sales of new-energy vehicles - Beijing's name for electric and plug-in hybrid cars - rose 13.4% to "
     "188,000 in the first half.",
     {("nev_sales", "level", *h1(2017), 188e3, "eq"), ("nev_sales", "yoy_pct", *h1(2017), 13.4, "eq")}),
    # "The overall Chinese auto market …, with production and sales reaching A and B"
    (JAN_2025_S24 + "The overall Chinese auto market held up well in 2024, with production and sales reaching 31.28 million "
     "and 31.44 million units, up 3.7% and 4.5% respectively.",
     {("auto_production", "level", *year(2024), 31.28e6, "eq"), ("auto_sales", "level", *year(2024), 31.44e6, "eq"),
      ("auto_production", "yoy_pct", *year(2024), 3.7, "eq"), ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq")}),
    # a paragraph that opens "That's up X%" looks back; ", and up from A NEVs sold in <year>" is the year before's
    (JAN_2025_S24 + "NEV sales reached 12.87 million in 2024.\n\nThat's up 35.5% year on year, and up from 9.5 million "
     "NEVs sold in 2023.",
     {("nev_sales", "level", *year(2024), 12.87e6, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq"),
      ("nev_sales", "level", *year(2023), 9.5e6, "eq")}),
    # "<subject> … did even better: production and sales hit A and B"
    (JUL_2024_S24 + "Production and sales of cars reached 13.9 million and 14.0 million units in the first half, up 4.9 per "
     "cent and 6.1 per cent, respectively. New-energy vehicles – a category that includes pure electric, plug-in hybrid "
     "and fuel-cell cars – did even better: production and sales hit 4.93 million and 4.94 million units, up 30.1% and 32% year on year.",
     {("nev_production", "level", *h1(2024), 4.93e6, "eq"), ("nev_sales", "level", *h1(2024), 4.94e6, "eq"),
      ("nev_production", "yoy_pct", *h1(2024), 30.1, "eq"), ("nev_sales", "yoy_pct", *h1(2024), 32.0, "eq"),
      ("auto_production", "level", *h1(2024), 13.9e6, "eq"), ("auto_sales", "level", *h1(2024), 14.0e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2024), 4.9, "eq"), ("auto_sales", "yoy_pct", *h1(2024), 6.1, "eq")}),
    # "产销均为A": both
    (JUL_2022_S24 + "上半年，汽车产销均为1211.7万辆，同比分别下降3.7%和6.6%。",
     {("auto_production", "level", *h1(2022), 12.117e6, "eq"), ("auto_sales", "level", *h1(2022), 12.117e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2022), -3.7, "eq"), ("auto_sales", "yoy_pct", *h1(2022), -6.6, "eq")}),
    # ", China's Ministry of … (MIIT) said at …, up from A at the end of <year>"
    (JUL_2024_S24 + "China had 3.917 million 5G base stations at the end of June, China's Ministry of Industry and "
     "Information Technology (MIIT) said at a press conference on Thursday, up from 3.377 million at the end of 2023.",
     {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 3.917e6, "eq"),
      ("five_g_base_stations", "level", *dec31(2023), 3.377e6, "eq")}),
    # "the industry booked A in business revenue, up X%": the rate of the exact figure
    (JAN_2024_S24 + "In 2023, revenue of the software and information technology services industry came in at over 12 "
     "trillion yuan. By the ministry's count, the industry booked 12.3258 trillion yuan in business revenue, up 13.4% year on year.",
     {("software_it_services_revenue", "level", *year(2023), 12.3258e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2023), 13.4, "eq")}),
    # "That's up from A NEV sales in <year>" after a production and sales pair: the sales
    (JAN_2019_S23 + "NEV production and sales reached 1.27 million and 1.256 million respectively in 2018.\n\n"
     "That's up from 777,000 NEV sales in 2017.",
     {("nev_production", "level", *year(2018), 1.27e6, "eq"), ("nev_sales", "level", *year(2018), 1.256e6, "eq"),
      ("nev_sales", "level", *year(2017), 777e3, "eq")}),
]

DEC_2020_S24 = "China car sales in November\n\nDecember 14, 2020\n\n"

SESSION24 += [
    # a two-city dateline, then "China's new-vehicle sales …": the next paragraph's bare "Sales" are vehicles'
    (DEC_2020_S24 + "BEIJING/SHANGHAI -- China's new-vehicle sales rose for an eighth month in November.\n\nSales climbed "
     "11.1% from a year earlier to 2.77 million units last month, the association said. Production rose 8.1% to 2.84 "
     "million units.",
     {("auto_sales", "level", *month(2020, 11), 2.77e6, "eq"), ("auto_sales", "yoy_pct", *month(2020, 11), 11.1, "eq"),
      ("auto_production", "level", *month(2020, 11), 2.84e6, "eq"), ("auto_production", "yoy_pct", *month(2020, 11), 8.1, "eq")}),
    # "down from B the year before"; "Growth picked up slightly in December to A, from B in November"
    (JAN_2019_S23 + "Industrial value added rose 6.2 percent in 2018, down from 6.6 percent the year before. Growth picked "
     "up slightly in December to 5.7 percent, from 5.4 percent in November.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 12), 5.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2018, 11), 5.4, "eq")}),
    # a wire's "electrics and gasoline-electric hybrids" are the NEVs (with or without "the")
    (JAN_2020_S24 + "Sales of electrics and plug-in hybrids fell 4% to 1.21 million in 2019. Production of the electric "
     "and gasoline-electric hybrids dropped 2.3% to 1.24 million.",
     {("nev_sales", "level", *year(2019), 1.21e6, "eq"), ("nev_sales", "yoy_pct", *year(2019), -4.0, "eq"),
      ("nev_production", "level", *year(2019), 1.24e6, "eq"), ("nev_production", "yoy_pct", *year(2019), -2.3, "eq")}),
]

MAR_2026_S24 = "1-2月通信业经济运行情况\n\n2026年3月20日\n\n"
OCT_2019_S24 = "前三季度工业通信业发展情况\n\n2019年10月18日\n\n"

SESSION24 += [
    # "X and Y reported A and B 5G users, respectively": the companies' list (a 30-character window
    # before B alone no longer reaches them), so the national figure stands
    (JAN_2023_S23 + "China had 561 million 5G mobile users at the end of 2022. Operator figures released earlier this week "
     "showed China Mobile ended the year with 614 million 5G package customers, while China Telecom and China Unicom reported 268 million and "
     "213 million 5G users, respectively.",
     {("five_g_mobile_users", "level", *dec31(2022), 561e6, "eq")}),
    # all operators and China Broadcasting Network together are the country's total, however the window opens
    (MAR_2026_S24 + "截至2月末，三家基础电信企业及中国广电的移动电话用户总数达18.31亿户，其中5G移动电话用户达12.21亿户，"
     "比上年末净增1700万户，占移动电话用户的66.7%。",
     {("five_g_mobile_users", "level", date(2026, 2, 28), date(2026, 2, 28), 12.21e8, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2026, 2, 28), date(2026, 2, 28), 66.7, "eq")}),
    # "…，但9月份增长5.8%": the month singled out after "but"
    (OCT_2019_S24 + "前三季度，全国规模以上工业增加值同比增长5.6%，增速比上半年回落0.4个百分点，但9月份增长5.8%。",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq")}),
]

JUL_2015_S24 = "上半年工业通信业运行情况\n\n2015年7月21日\n\n"

SESSION24 += [
    # "新能源汽车继续保持高速增长，上半年累计生产A，销售B"
    (JUL_2015_S24 + "新能源汽车继续保持高速增长，上半年累计生产7.6万辆，销售7.3万辆。",
     {("nev_production", "level", *h1(2015), 7.6e4, "eq"), ("nev_sales", "level", *h1(2015), 7.3e4, "eq")}),
    # a heading "December results:" dates the list under it; "(+X% year-over-year)" is its rate
    (JAN_2019_S23 + "December results:\n\n  NEV production: 155,000\n  NEV sales: 161,000 (+48.5% year-over-year)\n\n"
     "Outlook\n\nNEV sales reached 1.256 million in 2018.",
     {("nev_production", "level", *month(2018, 12), 155e3, "eq"), ("nev_sales", "level", *month(2018, 12), 161e3, "eq"),
      ("nev_sales", "yoy_pct", *month(2018, 12), 48.5, "eq"), ("nev_sales", "level", *year(2018), 1.256e6, "eq")}),
]

SESSION24 += [
    # "That was the first decline … after sales soared X in <year>": the earlier year is not carried on
    (JAN_2020_S24 + "NEV sales fell 4% to 1.21 million in 2019. That was the first annual decline for the category "
     "after sales soared 61.7% in 2018. Production of new energy vehicles fell 2.3% to 1.24 million.",
     {("nev_sales", "level", *year(2019), 1.21e6, "eq"), ("nev_sales", "yoy_pct", *year(2019), -4.0, "eq"),
      ("nev_production", "level", *year(2019), 1.24e6, "eq"), ("nev_production", "yoy_pct", *year(2019), -2.3, "eq")}),
]

# (one test reads all of SESSION24's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION24)
def test_session24(text, expected):
    assert obs(text) == expected


# --- extractor 1.26.0 ---

SESSION25 = [
    # a crumb trail with a figure in the site's name ("FRANCE 24 | ...") is no headline: its first word
    # does not make the whole page France's own
    ("FRANCE 24 | Business / Tech\nAFP\n\nChina's car sales fall again\n\nIssued on: 17/01/2020 - 04:41\n\n"
     "Vehicle sales fell 8.2 percent to 25.769 million units in 2019.",
     {("auto_sales", "level", *year(2019), 25.769e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
]

JAN_2016_S25 = "China's economy in 2015\n\nJanuary 19, 2016\n\n"
APR_2016_S25 = "Industry in the first quarter\n\nApril 15, 2016\n\n"
MAR_2021_S25 = "2020年工业和信息化发展情况\n\n2021-03-01\n\n"
JUL_2024_S25 = "2024年上半年工业和信息化发展情况\n\n2024-07-19\n\n"
OCT_2025_S25 = "2025年前三季度工业和信息化发展情况\n\n2025-10-20\n\n"

SESSION25 += [
    # the wire services' other names for value added above the size threshold
    (JAN_2016_S25 + "For the full year, value added at industrial enterprises above a certain size grew 6.1%.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq")}),
    (APR_2016_S25 + "Value added of industry rose 5.8 percent in the first quarter.",
     {("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 3, 31), 5.8, "eq")}),
    # ", meaning …," between a noun and its verb is an aside (its 1,000 is no figure of the noun)
    ("Telecom in Q1\n\nApril 20, 2021\n\nThe number of gigabit broadband users, meaning users on plans of 1,000 Mbps "
     "or above, reached 9.57 million at end-March.",
     {("gigabit_broadband_users", "level", date(2021, 3, 31), date(2021, 3, 31), 9.57e6, "eq")}),
    # "That compared with N vehicles sold in 2017, when growth …": the year before's level, even with a
    # rate after it (and never this year's, read as "with N vehicles sold")
    (JAN_2019_S23 + "Sales slid 2.8 percent to about 28.1 million vehicles in 2018. That compared with 28.88 million "
     "vehicles sold in 2017, when growth had already slowed to 3 percent.",
     {("auto_sales", "level", *year(2018), 28.1e6, "approx"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", *year(2017), 28.88e6, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq")}),
    # "Detailed figures showed production was …" continues the sentence before's subject; "the first
    # annual decline since 1981" is a record's span, no period passed on
    (JAN_2016_S25 + "China's crude steel output fell to 804m tonnes, the first annual decline since 1981. Detailed "
     "figures showed production was 803.83m tonnes, down 2.3%.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
    # "<indicator> of 803.83m tonnes": "803.83m" is a figure, not a token like "5G"
    (JAN_2016_S25 + "Detailed statistics showed crude steel production of 803.83m tonnes for the full year.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq")}),
    # a level in another unit after a carried rate-only subject: the rate after it is that level's
    (JAN_2016_S25 + "Industrial output rose 6 per cent. Output in December was 63.6m tonnes, down 5.8 per cent from a "
     "year earlier.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.0, "eq")}),
    # 'electric and hybrid "new energy vehicles"'; ", with N produced": the same subject's other flow
    (JAN_2016_S25 + "Sales of electric and hybrid \"new energy vehicles\" more than quadrupled to 331,000, with 340,000 "
     "produced, making China the largest market for them.",
     {("nev_sales", "level", *year(2015), 331e3, "eq"), ("nev_production", "level", *year(2015), 340e3, "eq")}),
    # "robot output" after industrial robots: the same robots (not after service robots)
    ("Industry in April\n\nMay 15, 2017\n\nProduction of industrial robots jumped 56.6 per cent to 36,715 sets in the "
     "January-April period. In April alone, robot output surged 61.3 per cent to 10,490 sets.",
     {("industrial_robot_output", "level", date(2017, 1, 1), date(2017, 4, 30), 36715, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2017, 1, 1), date(2017, 4, 30), 56.6, "eq"),
      ("industrial_robot_output", "level", *month(2017, 4), 10490, "eq"),
      ("industrial_robot_output", "yoy_pct", *month(2017, 4), 61.3, "eq")}),
    ("Industry in April\n\nMay 15, 2017\n\nSales of service robots rose. In April alone, robot output surged 61.3 per "
     "cent to 10,490 sets.", set()),
    # "5G移动电话用户普及率达87.1户/百人": per 100 people is the rate's own scale
    ("2026年1-2月通信业经济运行情况\n\n2026-03-20\n\n截至2月末，5G移动电话用户普及率达87.1户/百人。",
     {("five_g_penetration_rate", "level", date(2026, 2, 28), date(2026, 2, 28), 87.1, "eq")}),
    # "其中一季度增长6.1%、二季度增长5.9%": each quarter its own rate
    (JUL_2024_S25 + "上半年，全国规模以上工业增加值同比增长6.0%，其中一季度增长6.1%、二季度增长5.9%，工业经济延续回升向好态势。",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 4, 1), date(2024, 6, 30), 5.9, "eq")}),
    # "分别增长9.7%和9.6%，增速分别快于全部规上工业3.5和3.4个百分点": each gap dates its rate (9.7 - 3.5 = 6.2,
    # the nine months', not September's 6.5)
    (OCT_2025_S25 + "前三季度，全国规模以上工业增加值同比增长6.2%。\n\n9月份规模以上工业增加值同比增长6.5%。装备制造业、"
     "高技术制造业增加值同比分别增长9.7%和9.6%，增速分别快于全部规上工业3.5和3.4个百分点。",
     {("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 9), 6.5, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 9.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), 9.6, "eq")}),
    # "2020年，…增长2.8%，12月份增长7.3%；…分别增长7.1%和6.6%": the month drilled into the year; the clause
    # after the semicolon is back on the year
    (MAR_2021_S25 + "2020年，规模以上工业增加值同比增长2.8%，12月份增长7.3%；高技术制造业、装备制造业增加值分别增长7.1%和6.6%，"
     "明显快于整体工业。",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 12), 7.3, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2020), 7.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2020), 6.6, "eq")}),
    # a Global Times caption's date ("…, on September 28, 2022. Photo: VCG") is not the briefing's
    ("China's 5G users top 510 million\n\nPublished: Oct 20, 2022 05:58 PM\n\nA worker on a production line in Hefei, "
     "on September 28, 2022. Photo: VCG\n\nBy the end of September, China had built 2.225 million 5G base stations.",
     {("five_g_base_stations", "level", date(2022, 9, 30), date(2022, 9, 30), 2.225e6, "eq")}),
]

SESSION25 += [
    # a cause clause naming the world ("受全球消费电子需求走弱影响") does not make the figure the world's
    ("2023年一季度工业和信息化发展情况\n\n2023-04-20\n\n受全球消费电子需求走弱影响，一季度规模以上电子信息制造业增加值同比下降1.9%。",
     {("electronics_manufacturing_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 3, 31), -1.9, "eq")}),
    # a wire story's lead with no figure dates the paragraph after it (not the year to date it ends)
    ("China auto sales rise again\n\nDecember 11, 2017\n\nBEIJING -- China's auto sales rose for a second straight "
     "month in November, as buyers hurried before a tax break expires at year-end.\n\nVehicle sales rose 1.9 percent "
     "from a year earlier to 2.96 million, the association said.\n\nIn the January-November period, sales climbed "
     "4.1 percent to 25.81 million.",
     {("auto_sales", "level", *month(2017, 11), 2.96e6, "eq"), ("auto_sales", "yoy_pct", *month(2017, 11), 1.9, "eq"),
      ("auto_sales", "level", date(2017, 1, 1), date(2017, 11, 30), 25.81e6, "eq"),
      ("auto_sales", "yoy_pct", date(2017, 1, 1), date(2017, 11, 30), 4.1, "eq")}),
    # 'Value-added among industrial firms above a "designated size"—those with …—grew'
    (JAN_2016_S25 + "Value-added among industrial firms above a \"designated size\"—those with annual revenues above "
     "20m yuan ($3m)—grew by just 6.1% in 2015, officials said. In December the figure was 5.9%.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq")}),
]

OCT_2022_S25 = "前三季度工业和信息化发展情况\n\n2022-10-26\n\n"

SESSION25 += [
    # a reprint's "自治区" (the region itself) scopes the clauses after it, as "全区" does
    (OCT_2022_S25 + "前三季度，全国装备制造业增加值增长6.3%。\n\n记者从自治区工业和信息化厅了解到，前三季度，自治区规模以上工业增加值"
     "同比增长8.1%，高于全国4.2个百分点；装备制造业增加值增长12.4%。",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 6.3, "eq")}),
    # "The Chinese EV giant sold …": a company (a "little giant" is not)
    ("China NEV H1\n\nJuly 14, 2025\n\nIn the first half of 2025, NEV sales reached 6.937 million units.\n\nBYD remains the "
     "leader. The Chinese EV giant sold 2,145,954 NEVs in the first half, up 33% YoY.",
     {("nev_sales", "level", *h1(2025), 6.937e6, "eq")}),
    # "Industrial output in China's commercial hub fell 30.9%": a city's
    ("China factory output\n\nJune 15, 2022\n\nIndustrial output rose 0.7% in May.\n\nShanghai itself remained a drag. "
     "Industrial output in China's commercial hub fell 30.9% in May.",
     {("industrial_value_added", "yoy_pct", *month(2022, 5), 0.7, "eq")}),
    # "高于全部规上工业6.2个百分点" dates the rate by the gap, as "全部规模以上工业" does
    (JUL_2024_S25 + "上半年，规模以上工业增加值同比增长3.4%，其中二季度增长0.7%。\n\n“工业经济在二季度顶住了压力。”他说。分行业看，"
     "高技术制造业增加值同比增长9.6%，高于全部规上工业6.2个百分点。",
     {("industrial_value_added", "yoy_pct", *h1(2024), 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 4, 1), date(2024, 6, 30), 0.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2024), 9.6, "eq")}),
    # "“十四五”以来…累计销量超过3900万辆": from the plan's start to some day in it, no catalogue period
    ("2024年工业和信息化发展情况\n\n2025-01-20\n\n2024年，新能源汽车销量1286.6万辆。“十四五”以来，新能源汽车累计销量超过3900万辆。",
     {("nev_sales", "level", *year(2024), 12.866e6, "eq")}),
    # "带动各省培育省级专精特新中小企业3万多家": every province together, the country's count
    ("2020年工业和信息化发展情况\n\n2021-01-26\n\n截至2020年底，带动各省培育省级专精特新中小企业3万多家。",
     {("specialized_smes", "level", *dec31(2020), 3e4, "gt")}),
]

JAN_2020_S25 = "China's telecoms in 2019\n\nJanuary 22, 2020\n\n"

SESSION25 += [
    # an industry's earning verb names its revenue: "took in 7.18 trillion yuan" (a company's is its own)
    (JAN_2020_S25 + "In 2019 the software and information technology services industry took in 7.18 trillion yuan, up "
     "15.4%. Huawei generated 858 billion yuan.",
     {("software_it_services_revenue", "level", *year(2019), 7.18e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2019), 15.4, "eq")}),
    # "users were on plans of 1Gbit/s or faster", "subscribers on 1Gbit/s-plus plans": gigabit users
    (JAN_2020_S25 + "Just 870,000 users were on plans of 1Gbit/s or faster at the end of 2019.",
     {("gigabit_broadband_users", "level", *dec31(2019), 870e3, "eq")}),
    (JAN_2020_S25 + "MIIT counts just 870,000 subscribers on 1Gbit/s-plus plans at the end of 2019.",
     {("gigabit_broadband_users", "level", *dec31(2019), 870e3, "eq")}),
    # ", or gigabit broadband users," restates the noun before it
    (JAN_2020_S25 + "By the end of 2019, fixed broadband users on plans of 1,000Mbps and faster, or gigabit broadband "
     "users, reached 870,000.",
     {("gigabit_broadband_users", "level", *dec31(2019), 870e3, "eq")}),
    # "had grown to" links a stock to its level
    ("China 5G H1\n\nJuly 20, 2025\n\nThe country had 4.55 million 5G base stations at the end of June, and 5G mobile "
     "phone users had grown to 1.118 billion.",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4.55e6, "eq"),
      ("five_g_mobile_users", "level", date(2025, 6, 30), date(2025, 6, 30), 1.118e9, "eq")}),
]

SESSION25 += [
    # "High-tech manufacturing grew 11.7%, equipment manufacturing 8.1%": the verb understood
    ("Industry in 2018\n\nJanuary 28, 2019\n\nIndustrial value added grew 6.2% in 2018.\n\n- High-tech manufacturing grew 11.7%, "
     "equipment manufacturing 8.1%.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.1, "eq")}),
    # "remained the world's largest auto market …, with sales of N, up X": a rank, whatever the window cuts
    ("Autos in 2017\n\nJanuary 12, 2018\n\nChina remained the world's largest auto market for the ninth consecutive "
     "year, with sales of 28.879 million vehicles, up 3.04 percent.",
     {("auto_sales", "level", *year(2017), 28.879e6, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.04, "eq")}),
    # "Sales of 'new energy vehicles' (NEVs), which is what …, reached": single quotes
    ("China EVs in 2016\n\nJanuary 20, 2017\n\nSales of 'new energy vehicles' (NEVs), which is what the government "
     "calls all-electric and plug-in hybrid vehicles, reached 507,000 units last year, up 53% from 331,000 in 2015.",
     {("nev_sales", "level", *year(2016), 507e3, "eq"), ("nev_sales", "yoy_pct", *year(2016), 53.0, "eq"),
      ("nev_sales", "level", *year(2015), 331e3, "eq")}),
]

SESSION25 += [
    # a body line wrapped after a rate ("同比分别增长6.5%\n和8.1%") goes on as one line
    ("2016年上半年工业通信业运行情况\n\n2016-07-20\n\n汽车行业增长较快。上半年，汽车产销分别完成1289.3万辆和1282.99万辆，同比分别增长6.5%\n"
     "和8.1%。其中，新能源汽车产销分别完成17.7万辆和17万辆。",
     {("auto_production", "level", *h1(2016), 12.893e6, "eq"), ("auto_sales", "level", *h1(2016), 12.8299e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2016), 6.5, "eq"), ("auto_sales", "yoy_pct", *h1(2016), 8.1, "eq"),
      ("nev_production", "level", *h1(2016), 177e3, "eq"), ("nev_sales", "level", *h1(2016), 170e3, "eq")}),
]

SESSION25 += [
    # "The ministry's figures put total output at A and sales at B": the exact figures win over the rounded
    (JAN_2020_S24 + "Vehicle sales fell 8.2 percent to 25.77 million in 2019.\n\nThe ministry's figures put total output "
     "at 25.721 million units and sales at 25.769 million.",
     {("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"), ("auto_production", "level", *year(2019), 25.721e6, "eq"),
      ("auto_sales", "level", *year(2019), 25.769e6, "eq")}),
    # a named data-centre cluster (张家口数据中心集群) is a place's
    ("2023年上半年工业和信息化发展情况\n\n2023-07-20\n\n截至6月底，张家口数据中心集群在用标准机架超过20万架。", set()),
    # "the Chinese car market decreased by 2.8% to N (sales)"
    (JAN_2019_S23 + "Overall, the Chinese car market decreased by 2.8% to 28.081 million (sales), the first annual "
     "decline since the early 1990s.",
     {("auto_sales", "level", *year(2018), 28.081e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    # "following an 11.7 percent drop in October", "well below the 6.9% growth recorded in 2014": the earlier
    # period is the rate's before, not one the sentence passes on
    ("China car sales in November\n\nDecember 14, 2018\n\nOutput in the first 11 months rose 6.3 percent.\n\nVehicle "
     "sales slumped 13.9 percent to 2.55 million units in November, following an 11.7 percent drop in October. "
     "Production fell 16.9 percent to 2.6 million.",
     {("auto_sales", "level", *month(2018, 11), 2.55e6, "eq"), ("auto_sales", "yoy_pct", *month(2018, 11), -13.9, "eq"),
      ("auto_sales", "yoy_pct", *month(2018, 10), -11.7, "eq"), ("auto_production", "level", *month(2018, 11), 2.6e6, "eq"),
      ("auto_production", "yoy_pct", *month(2018, 11), -16.9, "eq")}),
    (JAN_2016_S25 + "Car sales rose 4.7% to 24.6m vehicles, though that was well below the 6.9% growth recorded in "
     "2014, and production rose 3.3% to 24.5m. Sales of \"new energy vehicles\" soared to 331,092.",
     {("auto_sales", "level", *year(2015), 24.6e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("auto_sales", "yoy_pct", *year(2014), 6.9, "eq"), ("auto_production", "level", *year(2015), 24.5e6, "eq"),
      ("auto_production", "yoy_pct", *year(2015), 3.3, "eq"), ("nev_sales", "level", *year(2015), 331092, "eq")}),
    # "about 804m tonnes … – 803.83m tonnes to be exact": the exact figure
    (JAN_2016_S25 + "The country produced about 804m tonnes of crude steel last year – 803.83m tonnes to be exact.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq")}),
]

# (one test reads all of SESSION25's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION25)
def test_session25(text, expected):
    assert obs(text) == expected


# --- extractor 1.27.0 ---
JAN_2020_S26 = "Industry in 2019\n\nJanuary 21, 2020\n\n"
DEC_2018_S26 = "China car sales in November\n\nDecember 12, 2018\n\n"
DEC_2023_S26 = "China telecom in November\n\nDecember 22, 2023\n\n"
JAN_2021_S26 = "Industry in 2020\n\nJanuary 27, 2021\n\n"
APR_2017_S26 = "Industry in the first quarter\n\nApril 25, 2017\n\n"
NOV30 = (date(2023, 11, 30), date(2023, 11, 30))

SESSION26 = [
    # "the A sector and the B sector expanded X and Y, respectively": "the" before the second subject
    (JAN_2020_S26 + "Value added of industrial firms above designated size rose 5.7 percent in 2019. The equipment "
     "manufacturing sector and the high-tech manufacturing sector grew 6.7 percent and 8.8 percent, respectively.",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2019), 6.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2019), 8.8, "eq")}),
    # "rose X to A in November, and climbed Y to B in the first 11 months": a second pair, its own period
    (DEC_2018_S26 + "NEV sales jumped 40 percent to 171,000 in November, and rose 67 percent to 1.02 million in "
     "the first 11 months.",
     {("nev_sales", "level", *month(2018, 11), 171000, "eq"), ("nev_sales", "yoy_pct", *month(2018, 11), 40.0, "eq"),
      ("nev_sales", "level", date(2018, 1, 1), date(2018, 11, 30), 1.02e6, "eq"),
      ("nev_sales", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), 67.0, "eq")}),
    (DEC_2018_S26 + "Sales of new energy vehicles rose 40% in November to 171,000 units and 67% to 1.02 million "
     "for the January-November period.",
     {("nev_sales", "level", *month(2018, 11), 171000, "eq"), ("nev_sales", "yoy_pct", *month(2018, 11), 40.0, "eq"),
      ("nev_sales", "level", date(2018, 1, 1), date(2018, 11, 30), 1.02e6, "eq"),
      ("nev_sales", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), 67.0, "eq")}),
    # (with no period of its own, the second pair is not read)
    (DEC_2018_S26 + "NEV sales jumped 40 percent to 171,000 in November, and rose 67 percent to 1.02 million.",
     {("nev_sales", "level", *month(2018, 11), 171000, "eq"), ("nev_sales", "yoy_pct", *month(2018, 11), 40.0, "eq")}),
    # "。全年生产微型计算机设备N台": a production list opening its own sentence
    ("2018年电子信息制造业运行情况\n\n发布时间：2019-01-30\n\n2018年，规模以上电子信息制造业增加值增长13.1%。全年生产"
     "微型计算机设备30700万台，同比下降1.3%。",
     {("electronics_manufacturing_value_added", "yoy_pct", *year(2018), 13.1, "eq"),
      ("computer_output", "level", *year(2018), 3.07e8, "eq"), ("computer_output", "yoy_pct", *year(2018), -1.3, "eq")}),
    # "all county towns and 80% of villages": everywhere, not a county's figure
    (DEC_2023_S26 + "5G service now reaches every county town and over 85% of administrative villages.",
     {("five_g_admin_village_coverage", "level", *NOV30, 85.0, "gt")}),
    # (a province's coverage is still a province's)
    (DEC_2023_S26 + "In Guangdong province, 5G now reaches over 95% of administrative villages.", set()),
    # "X in November, up from Y in October and Z% more than a year earlier": the rate after the month before's level
    (DEC_2023_S26 + "Mobile data usage per user averaged 18.1 GB in November, up from 17.7 GB in October and up 12% "
     "from a year earlier.",
     {("mobile_dou", "level", *month(2023, 11), 18.1, "eq"), ("mobile_dou", "level", *month(2023, 10), 17.7, "eq"),
      ("mobile_dou", "yoy_pct", *month(2023, 11), 12.0, "eq")}),
    (DEC_2023_S26 + "Mobile data usage per user averaged 18.1 GB in November, up from 17.7 GB in October and 12% "
     "more than a year earlier.",
     {("mobile_dou", "level", *month(2023, 11), 18.1, "eq"), ("mobile_dou", "level", *month(2023, 10), 17.7, "eq"),
      ("mobile_dou", "yoy_pct", *month(2023, 11), 12.0, "eq")}),
    # a quoted subject, its comma inside the quotes, then an aside
    (JAN_2021_S26 + "Industrial value added rose 2.8% last year. \"Equipment manufacturing,\" a category that covers "
     "machinery, vehicles and electronics, expanded 6.6%.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2020), 6.6, "eq")}),
    # "That was a turnaround from a contraction of X in the first quarter": the earlier period's rate,
    # and the next sentence's "Growth" is still the same indicator's
    (JAN_2021_S26 + "Industrial output grew 2.8% in 2020, the ministry said. That was a remarkable turnaround from a "
     "contraction of 8.4% in the first quarter. Growth quickened to 7.1% in the fourth quarter.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 10, 1), date(2020, 12, 31), 7.1, "eq")}),
    ("China's factories in March\n\nApril 17, 2020\n\nIndustrial output fell 1.1% in March. That marked an "
     "improvement on the 13.5% slump recorded in January and February.",
     {("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # (a new paragraph's "The growth marked an acceleration from …" may be any of the rates before)
    ("China car sales in 2023\n\nJanuary 12, 2024\n\nAuto sales rose 12% in 2023. Output grew 11.6%.\n\nThe growth "
     "marked an acceleration from 2.1% in 2022.",
     {("auto_sales", "yoy_pct", *year(2023), 12.0, "eq"), ("auto_production", "yoy_pct", *year(2023), 11.6, "eq")}),
    # "For the full year it rose 6.1%"
    ("China's factories in 2015\n\nJanuary 20, 2016\n\nIndustrial output rose 5.9% in December. For the full year it "
     "rose 6.1%.",
     {("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq")}),
    # "从12月份的情况看，…": what the month shows, not a base to change from
    ("2019年工业通信业发展情况\n\n时间：2020年1月21日\n\n全年规模以上工业增加值同比增长5.7%。从12月份的情况来看，规模以上"
     "工业增加值增长6.9%，比11月份加快0.7个百分点。",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 12), 6.9, "eq")}),
    # "a solid start to 2017 as … expanded 6.8 percent in the first quarter": a part of the year, in the figure's clause
    (APR_2017_S26 + "Industry made a strong start in 2017 as value added of industrial enterprises above designated "
     "size grew 6.8 percent year on year in the first quarter.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 3, 31), 6.8, "eq")}),
    # "March alone saw growth of X", "Growth in March alone came to X"
    (APR_2017_S26 + "Industrial output rose 6.8% in the first quarter. March alone saw growth of 7.6%, up from 6.3% "
     "in January and February.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 3, 31), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2017, 3), 7.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 2, 28), 6.3, "eq")}),
    (APR_2017_S26 + "Industrial output rose 6.8% in the first quarter. Growth in March alone came to 7.6%.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 3, 31), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2017, 3), 7.6, "eq")}),
    # "Industrial value added at companies above a designated size - those with … ($3.1 million) - rose"
    (JAN_2021_S26 + "Industrial value added at firms above a designated size - those with annual sales of 20 million "
     "yuan ($3.1 million) or more - rose 2.8% in 2020.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq")}),
]

JUL_2020_S26 = "China's economy in the first half\n\nJuly 17, 2020\n\n"
JAN_2025_S26 = "China's 5G in 2024\n\nJanuary 28, 2025\n\n"

SESSION26 += [
    # a "Key takeaways" list: the story's own summary, not related links
    (JAN_2021_S26 + "Key takeaways\n- China had more than 710,000 5G base stations at the end of 2020\n- Phone makers "
     "shipped 160 million 5G handsets", {("five_g_base_stations", "level", *dec31(2020), 710000, "gt"),
                                         ("five_g_phone_shipments", "level", *year(2020), 1.6e8, "eq")}),
    # (under "Related" the same line is a link)
    (JAN_2021_S26 + "Related\n- China had more than 710,000 5G base stations at the end of 2020", set()),
    # ", a marked improvement from February, when they crashed 79.1%": the when-clause's period
    ("China car sales in March\n\nApril 13, 2020\n\nVehicle sales fell 43.3% to 1.43 million in March, a sharp "
     "improvement from February, when they plunged 79.1%.",
     {("auto_sales", "level", *month(2020, 3), 1.43e6, "eq"), ("auto_sales", "yoy_pct", *month(2020, 3), -43.3, "eq"),
      ("auto_sales", "yoy_pct", *month(2020, 2), -79.1, "eq")}),
    # gigabit users "on plans with speeds of 1,000 megabits per second or higher", and their share
    (DEC_2023_S26 + "Fixed broadband users on plans with speeds of 1,000 megabits per second or higher numbered "
     "153 million, accounting for 24.5 percent of all fixed broadband users.",
     {("gigabit_broadband_users", "level", *NOV30, 1.53e8, "eq"),
      ("gigabit_share_of_broadband_users", "level", *NOV30, 24.5, "eq")}),
    # "the 5G user penetration rate stands at about 72 per 100 people"
    (JAN_2025_S26 + "China's 5G user penetration rate stands at about 72 per 100 people.",
     {("five_g_penetration_rate", "level", *dec31(2024), 72.0, "approx")}),
    # the subject's other name inside a dash aside does not end its frame
    (JUL_2020_S26 + "Sales of electric cars and plug-in hybrids - called new-energy vehicles in China - which had "
     "been a bright spot, slumped: they fell 37.4% to 393,000 in the first half.",
     {("nev_sales", "level", *h1(2020), 393000, "eq"), ("nev_sales", "yoy_pct", *h1(2020), -37.4, "eq")}),
    # "grew 4.4% in the second quarter, but was still down 1.3% for the first six months": a second rate, its own period
    (JUL_2020_S26 + "Industrial output expanded 4.4% in the second quarter, but was still down 1.3% year on year in "
     "the first half.",
     {("industrial_value_added", "yoy_pct", date(2020, 4, 1), date(2020, 6, 30), 4.4, "eq"),
      ("industrial_value_added", "yoy_pct", *h1(2020), -1.3, "eq")}),
    # "totalled A in September, and B in January-September": a second level, its own period
    ("China phones\n\nOctober 20, 2020\n\n5G phone shipments totalled 16.0 million units in September, and 112.3 "
     "million units in January-September.",
     {("five_g_phone_shipments", "level", *month(2020, 9), 16.0e6, "eq"),
      ("five_g_phone_shipments", "level", date(2020, 1, 1), date(2020, 9, 30), 112.3e6, "eq")}),
    # "to about 6.4 million vehicles each": one level shared by both
    ("China car sales\n\nApril 12, 2019\n\nVehicle output and sales fell 9.6 percent and 11.0 percent "
     "respectively in the first quarter, to about 6.4 million vehicles each.",
     {("auto_production", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), -9.6, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), -11.0, "eq"),
      ("auto_production", "level", date(2019, 1, 1), date(2019, 3, 31), 6.4e6, "approx"),
      ("auto_sales", "level", date(2019, 1, 1), date(2019, 3, 31), 6.4e6, "approx")}),
    # (but "nearly 27.7 million each - A and B to be exact -": the exact pair)
    ("China car sales\n\nNovember 12, 2025\n\nFrom January to October, vehicle production and sales hit nearly "
     "27.7 million each - 27.692 million and 27.687 million to be exact.",
     {("auto_production", "level", date(2025, 1, 1), date(2025, 10, 31), 27.692e6, "eq"),
      ("auto_sales", "level", date(2025, 1, 1), date(2025, 10, 31), 27.687e6, "eq")}),
    # "Growth slowed from 4.6 percent in the first half": the rate before's earlier value
    ("China telecom\n\nOctober 22, 2018\n\nTelecom business revenue grew 4.1% in the first three quarters. Growth "
     "eased from 4.6 percent in the first half.",
     {("telecom_business_revenue", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 4.1, "eq"),
      ("telecom_business_revenue", "yoy_pct", *h1(2018), 4.6, "eq")}),
    # "（去年12月份为6.8%）": last year's month, not last year
    ("2024年1-2月工业经济运行情况\n\n发布时间：2024-03-18\n\n1-2月份，规模以上工业增加值同比增长7.0%，比去年12月份加快0.2"
     "个百分点（去年12月份为6.8%）。",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 12), 6.8, "eq")}),
    # "more than 1bn …; at the end of December the figure was 1.01bn, accounting for 56% of all mobile-phone users"
    (JAN_2025_S26 + "China has more than 1bn 5G users; at the end of December the figure was 1.014bn, accounting for "
     "56% of all mobile-phone users.",
     {("five_g_mobile_users", "level", *dec31(2024), 1.014e9, "eq"),
      ("five_g_share_of_mobile_users", "level", *dec31(2024), 56.0, "eq")}),
    # "high-tech manufacturers and equipment makers"
    ("Industry in 2017\n\nJanuary 31, 2018\n\nIndustrial value added rose 6.6 percent in 2017. Value added at "
     "high-tech manufacturers and equipment makers rose 13.4 percent and 11.3 percent, respectively.",
     {("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2017), 13.4, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2017), 11.3, "eq")}),
    # "held up better, expanding X"
    ("Industry in 2018\n\nJanuary 29, 2019\n\nIndustrial value added rose 6.2 percent in 2018. Equipment "
     "manufacturing held up well, expanding 8.1 percent.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.1, "eq")}),
    # "That works out to X% of all mobile phone users" after the 5G users
    ("China 5G\n\nAugust 19, 2022\n\nChina had 475 million 5G users at the end of July. That is 28.4% of all "
     "mobile phone users.",
     {("five_g_mobile_users", "level", date(2022, 7, 31), date(2022, 7, 31), 4.75e8, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2022, 7, 31), date(2022, 7, 31), 28.4, "eq")}),
    # (after another indicator's level, "that" is not the 5G users)
    ("China 5G\n\nAugust 19, 2022\n\nChina had 1.85 million 5G base stations at the end of July. That is 28.4% of "
     "all mobile phone users.",
     {("five_g_base_stations", "level", date(2022, 7, 31), date(2022, 7, 31), 1.85e6, "eq")}),
    # "而上半年这一增速为15.9%": the rate before's, for an earlier period
    ("2021年前三季度工业和信息化发展情况\n\n发布时间：2021-10-25\n\n前三季度，规模以上工业增加值同比增长11.8%。而上半年"
     "这一增速为15.9%。",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 11.8, "eq"),
      ("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq")}),
]

# (one test reads all of SESSION26's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION26)
def test_session26(text, expected):
    assert obs(text) == expected


# --- extractor 1.28.0 ---
JAN_2025_S27 = "China NEVs in 2024\n\nJan 13 2025\n\n"
SESSION27 = [
    # a menu line copied from a car site ("Tesla EVs Transportation Energy …") is not the headline, so
    # the story is not read as a company's or a region's own
    ("Electrek\nTesla   EVs   Transportation   Energy   Green Tech   Exclusives   Reviews   Guides\n\nChina's auto "
     "market grew again in 2024\n\nJan 13 2025\n\nChina produced 31.282 million vehicles in 2024, up 3.7%.",
     {("auto_production", "level", *year(2024), 31.282e6, "eq"),
      ("auto_production", "yoy_pct", *year(2024), 3.7, "eq")}),
    # "Here are the highlights:", a blank line, then the bullets: the story's own summary
    (JAN_2025_S27 + "CAAM released its full-year data today.\n\nHere are the highlights:\n\n- NEV production hit "
     "12.888 million units in 2024, up 34.4% year-over-year\n- NEV sales reached 12.866 million units, up 35.5%YoY, "
     "up from 9.495 million in 2023\n",
     {("nev_production", "level", *year(2024), 12.888e6, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"),
      ("nev_sales", "level", *year(2024), 12.866e6, "eq"),
      ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq"),
      ("nev_sales", "level", *year(2023), 9.495e6, "eq")}),
    # (links under "Related", one blank line down, are still links)
    (JAN_2025_S27 + "NEV sales reached 12.866 million units in 2024.\n\nRelated\n\n- NEV sales hit 1.6 million "
     "in December\n",
     {("nev_sales", "level", *year(2024), 12.866e6, "eq")}),
    # a lede's "China's output of industrial robots fell sharply in September" is the subject of the next
    # paragraph's bare "Production"
    ("China's robot output slumps\n\nOctober 20, 2018\n\nSHANGHAI -- China's output of industrial robots fell "
     "sharply in September, official data showed Friday.\n\nProduction declined 14.8% from a year earlier to "
     "11,543 units, according to the National Bureau of Statistics.",
     {("industrial_robot_output", "yoy_pct", *month(2018, 9), -14.8, "eq"),
      ("industrial_robot_output", "level", *month(2018, 9), 11543.0, "eq")}),
    # "new energy vehicles - an aside - sales of which rose X to Y": the subject before the aside
    ("China car sales fall\n\nJanuary 14, 2019\n\nCar sales fell 2.8 per cent in 2018. The lone bright spot was "
     "new energy vehicles \u2014 mostly battery electric cars and plug-in hybrids \u2014 sales of which rose 61.7 per "
     "cent to 1.26m.",
     {("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq"),
      ("nev_sales", "level", *year(2018), 1.26e6, "eq")}),
]

SESSION27 += [
    # a period inside a cause after the figure is the cause's: "sales had fallen 1.9 percent as the
    # pandemic shut factories in the first quarter" is the year's
    ("China car sales 2021\n\nJanuary 13, 2022\n\nChina's auto sales rose 3.8 percent in 2021. In 2020, sales had fallen 1.9 "
     "percent as the pandemic shut factories and dealerships in the first quarter.",
     {("auto_sales", "yoy_pct", *year(2021), 3.8, "eq"),
      ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq")}),
    # "…, the bureau said, keeping the economy on course to meet Beijing's growth target": what the figure
    # does, not a target for it
    ("China industry\n\nDecember 13, 2016\n\nIn the first 11 months, value added of industrial enterprises above "
     "designated size rose 6.0%, the National Bureau of Statistics said, keeping the economy on course to meet "
     "Beijing's 6.5-7% growth target for the year.",
     {("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 11, 30), 6.0, "eq")}),
    # (a target of the figure's own clause still is one)
    ("China 5G\n\nJanuary 13, 2020\n\nChina aims to keep the number of 5G base stations above 500,000, the "
     "ministry said, keeping its plans on track.",
     set()),
    # "2020年底" is a year-end; "从…即2020年底的71.8万个增长到…" is the base of a change
    ("2025年上半年信息通信业运行情况\n\n发布时间：2025-07-22\n\n千兆宽带用户从2020年底的640万户增至2.26亿户。"
     "我国5G基站数量从“十四五”初期即2020年底的71.8万个增长到目前的455万个。",
     {("gigabit_broadband_users", "level", *dec31(2020), 6.4e6, "eq"),
      ("gigabit_broadband_users", "level", date(2025, 6, 30), date(2025, 6, 30), 2.26e8, "eq")}),
    # a five-year-plan review given before the plan ends: a stock with no date is as of the latest date it
    # names (not the end of 2025, nor an earlier year-end named later)
    ("“十四五”时期工业和信息化发展取得历史性成就\n\n来源：光明日报　2025-07-22 05:12\n\n截至6月底，我国5G基站总数达455万个，"
     "是“十四五”初（2020年底）71.8万个的6倍多。\n\n智能制造深入推进。我国已建成3万余家基础级智能工厂，累计培育国家级绿色工厂6430家。",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4.55e6, "eq"),
      ("smart_factories_basic", "level", date(2025, 6, 30), date(2025, 6, 30), 30000.0, "gt"),
      ("national_green_factories", "level", date(2025, 6, 30), date(2025, 6, 30), 6430.0, "eq")}),
]

SESSION27 += [
    # "其中，10月份…。电信业务总量累计完成…": "累计" after a month carried on is the year to that month (the
    # month's bare "完成收入958亿元" is not read yet)
    ("2016年1-10月通信业经济运行情况\n\n发布时间：2016-11-21\n\n1-10月，电信业务收入累计完成9857亿元，同比增长5.4%。其中，"
     "10月份完成收入958亿元，同比增长4.2%。电信业务总量累计完成28339亿元，同比增长52.6%。",
     {("telecom_business_revenue", "level", date(2016, 1, 1), date(2016, 10, 31), 9.857e11, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2016, 1, 1), date(2016, 10, 31), 5.4, "eq"),
      ("telecom_business_volume", "level", date(2016, 1, 1), date(2016, 10, 31), 2.8339e12, "eq"),
      ("telecom_business_volume", "yoy_pct", date(2016, 1, 1), date(2016, 10, 31), 52.6, "eq")}),
]

SESSION27 += [
    # "the 2.312 million figure" later restates, more precisely, the level read rounded
    ("China 5G update\n\nJanuary 19, 2023\n\nChina had 2.31 million 5G base stations at the end of 2022.\n\n"
     "Officials said the 2.312 million figure included shared sites.",
     {("five_g_base_stations", "level", *dec31(2022), 2.312e6, "eq")}),
    # (a figure that does not round to it is another one)
    ("China 5G update\n\nJanuary 19, 2023\n\nChina had 2.31 million 5G base stations at the end of 2022.\n\n"
     "Officials said the 2.318 million figure included shared sites.",
     {("five_g_base_stations", "level", *dec31(2022), 2.31e6, "eq")}),
    # an event's month in a figureless sentence mid-paragraph does not date the next sentence's figure
    ("China's industrial economy in 2015\n\nJan 21st 2016\n\nThe car industry has slowed too. Sales of vehicles rose by "
     "4.7% to 24.6m, according to the China Association of Automobile Manufacturers. A cut in the purchase tax on "
     "small cars in October stopped the slide. Sales of new-energy vehicles more than quadrupled to 331,000.",
     {("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("auto_sales", "level", *year(2015), 24.6e6, "eq"),
      ("nev_sales", "level", *year(2015), 331000.0, "eq")}),
    # "…户均移动互联网接入流量\n（DOU）达到11.16GB": a line wrapped before a bracketed abbreviation
    ("2020年1-10月通信业经济运行情况\n\n发布时间：2020-11-20\n\n1-10月，移动互联网累计流量达1346亿GB，同比增长33.1%。10月"
     "当月户均移动互联网接入流量\n（DOU）达到11.16GB，同比增长33.8%，较9月提高0.14GB。",
     {("mobile_dou", "level", *month(2020, 10), 11.16, "eq"),
      ("mobile_dou", "yoy_pct", *month(2020, 10), 33.8, "eq")}),
    # "since the start of the plan period": a span of years, no period of the catalogue
    ("China robots\n\nJuly 20, 2025\n\nIndustrial robot output rose 35.6% in the first half, and the country has "
     "produced more than 2 million industrial robots since the start of the plan period, officials said.",
     {("industrial_robot_output", "yoy_pct", *h1(2025), 35.6, "eq")}),
]

SESSION27 += [
    # "汽车行业全年产销分别完成…": the industry and the year between the product and its attribute; and a line
    # wrapped before "4.8和3.5个百分点"
    ("工信部：2016年规模以上工业增加值增长6%\n\n新京报　2017-01-19 02:36\n\n从结构看，2016年高技术制造业增加值增长10.8%，"
     "装备制造业增加值增长9.5%，分别快于全部规模以上工业\n4.8和3.5个百分点。\n\n汽车行业全年产销分别完成2811.9万辆和2802.8万辆，"
     "同比分别增长14.5%和13.7%，产销量连续八年位居全球第一。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2016), 10.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2016), 9.5, "eq"),
      ("auto_production", "level", *year(2016), 28.119e6, "eq"),
      ("auto_sales", "level", *year(2016), 28.028e6, "eq"),
      ("auto_production", "yoy_pct", *year(2016), 14.5, "eq"),
      ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq")}),
    # "分月看，1-2月为7.0%，3月份增长4.5%": the months' rates of the indicator rated before
    ("2024年一季度工业和信息化发展情况\n\n发布时间：2024-04-18\n\n一季度，全国规模以上工业增加值同比增长6.1%，较去年全年加快1.5个"
     "百分点。分月看，1-2月为7.0%，3月份增长4.5%，受春节错月等因素影响有所回落。",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 3), 4.5, "eq")}),
    # "output of computers, once a pillar of the export machine, fell …": an aside; "In December it rose by
    # just 5.9%"
    ("China's industrial economy\n\nJan 21st 2016\n\nIndustrial value added grew by 6.1% in 2015. In December it rose "
     "by just 5.9% year on year. But output of computers, once a pillar of the export machine, fell by 10.4% to 314m "
     "units, as consumers switched to smartphones.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"),
      ("computer_output", "yoy_pct", *year(2015), -10.4, "eq"),
      ("computer_output", "level", *year(2015), 314e6, "eq")}),
    # "That followed 2018, when sales fell 2.8% to 28.08 million": the named indicator's, for that year
    ("China car sales\n\nJanuary 13, 2020\n\nVehicle sales fell 8.2% to 25.769 million last year, while production "
     "dropped 7.5% to 25.721 million. That followed 2018, when sales fell 2.8% to 28.08 million, the first annual "
     "decline since the early 1990s.",
     {("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_sales", "level", *year(2019), 25.769e6, "eq"),
      ("auto_production", "yoy_pct", *year(2019), -7.5, "eq"),
      ("auto_production", "level", *year(2019), 25.721e6, "eq"),
      ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", *year(2018), 28.08e6, "eq")}),
    # (with two indicators before, "when they fell" names neither)
    ("China car sales\n\nJanuary 13, 2020\n\nVehicle sales fell 8.2% last year, while production dropped 7.5%. That "
     "followed 2018, when they fell 2.8%.",
     {("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_production", "yoy_pct", *year(2019), -7.5, "eq")}),
]

SESSION27 += [
    # "…, prompting the ministry to reiterate that no new capacity would be allowed": what the figure
    # prompted, not a forecast of it; "8.4 percentyear on year" glued
    ("China's industrial output grows 6% in H1\n\nPublished: 2019/7/24 18:58:40\n\nIndustrial value added rose 6% in "
     "the first half. Crude steel output rose 9.9 percent to 492 million tons in the period, prompting the ministry "
     "to reiterate that no new capacity would be allowed. Output of crude steel totaled 34 million tonnes in June, "
     "up 8.4 percentyear on year.",
     {("industrial_value_added", "yoy_pct", *h1(2019), 6.0, "eq"),
      ("crude_steel_output", "yoy_pct", *h1(2019), 9.9, "eq"),
      ("crude_steel_output", "level", *h1(2019), 492e6, "eq"),
      ("crude_steel_output", "level", *month(2019, 6), 34e6, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2019, 6), 8.4, "eq")}),
    # "人形机器人产业加快发展，已发布产品超过360款" (not "一季度新发布产品40余款", the quarter's new ones)
    ("2026年一季度工业和信息化发展情况\n\n发布时间：2026-04-20\n\n人形机器人产业加快发展，已发布产品超过360款，一季度新发布产品40余款。",
     {("humanoid_robot_products", "level", date(2026, 3, 31), date(2026, 3, 31), 360.0, "gt")}),
]

SESSION27 += [
    # "its revenue rose by 14.6%, to 3.9trn yuan ($560bn), in the first eight months": the period after the
    # figure's own commas, not the month carried on
    ("China industry\n\nOct 18th 2018\n\nIndustrial output grew 5.8% in September. The software and "
     "information-technology services industry still boasts double-digit growth: its revenue rose by 14.6%, to "
     "3.9trn yuan ($560bn), in the first eight months.",
     {("industrial_value_added", "yoy_pct", *month(2018, 9), 5.8, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2018, 1, 1), date(2018, 8, 31), 14.6, "eq"),
      ("software_it_services_revenue", "level", date(2018, 1, 1), date(2018, 8, 31), 3.9e12, "eq")}),
    # "Ministry data showed the figure at 9.8233 trillion yuan": the rounded level before, said exactly
    ("China 2024\n\nOctober 18, 2024\n\nThe software and information technology services industry generated revenue "
     "of more than 9.8 trillion yuan in the first nine months, Tao said. Ministry data showed the figure at 9.8233 "
     "trillion yuan, up 10.8 percent year-on-year.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 9, 30), 9.8233e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 10.8, "eq")}),
    # (a figure it does not round to is not the same one)
    ("China 2024\n\nOctober 18, 2024\n\nThe software and information technology services industry generated revenue "
     "of more than 9.8 trillion yuan in the first nine months, Tao said. Ministry data showed the figure at 7.1 "
     "trillion yuan.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 9, 30), 9.8e12, "gt")}),
]

# (one test reads all of SESSION27's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION27)
def test_session27(text, expected):
    assert obs(text) == expected
# --- extractor 1.29.0 ---
OCT19_2018_S28 = "Oct 19, 2018"

SESSION28 = [
    # "5G用户普及率（每百人）达68.5%": per 100 people is the penetration rate's own definition, not a density
    ("2024年8月通信业经济运行情况\n\n发布时间：2024-09-20\n\n截至8月末，5G移动电话用户达9.66亿户，5G用户普及率（每百人）达68.5%。",
     {("five_g_mobile_users", "level", date(2024, 8, 31), date(2024, 8, 31), 966e6, "eq"),
      ("five_g_penetration_rate", "level", date(2024, 8, 31), date(2024, 8, 31), 68.5, "eq")}),
    # "Growth picked up slightly to 5.7% in December, up from 5.4% in November": an adverb before "to"
    ("China's factories end 2018 on a weak note\n\nJan 21, 2019\n\nIndustrial output rose 6.2% in 2018. Growth "
     "picked up slightly to 5.7% in December, up from 5.4% in November, the weakest reading in three years.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 12), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 11), 5.4, "eq")}),
    # "Over the first nine months it was 6.4% higher …" and "Over the first nine months sales were still up by
    # 1.5%, to 20.49m" (no comma after the period)
    ("Running out of puff\n\n" + OCT19_2018_S28 + "\n\nValue added of industrial firms above a designated size grew "
     "by 5.8% year on year in September. Over the first nine months it was 6.4% higher than a year earlier.\n\n"
     "Car sales fell by 11.6% year on year in September, to 2.39m. Over the first nine months sales were still "
     "up by 1.5%, to 20.49m, but the association expects a decline.",
     {("industrial_value_added", "yoy_pct", *month(2018, 9), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 6.4, "eq"),
      ("auto_sales", "yoy_pct", *month(2018, 9), -11.6, "eq"),
      ("auto_sales", "level", *month(2018, 9), 2.39e6, "eq"),
      ("auto_sales", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 1.5, "eq"),
      ("auto_sales", "level", date(2018, 1, 1), date(2018, 9, 30), 20.49e6, "eq")}),
    # 'The exception is the state's favoured "new-energy vehicles" (NEVs), …. Their sales rose by 81%': the
    # topic named after "is the state's favoured"
    ("Running out of puff\n\n" + OCT19_2018_S28 + "\n\nThe exception is the state's favoured \"new-energy "
     "vehicles\" (NEVs), mostly battery-powered and plug-in hybrid cars. Their sales rose by 81% in the first nine "
     "months, to 721,000, helped by generous subsidies.",
     {("nev_sales", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 81.0, "eq"),
      ("nev_sales", "level", date(2018, 1, 1), date(2018, 9, 30), 721e3, "eq")}),
    # "The overall Chinese automotive market … increased production to 29.015 million (up 3.2%) and sales to …"
    ("China's NEV sales in 2017\n\nJanuary 12, 2018\n\nThe overall Chinese automotive market, the biggest in the "
     "world, increased production to 29.015 million (up 3.2%) and sales to 28.879 million (up 3.0%) last year.",
     {("auto_production", "level", *year(2017), 29.015e6, "eq"),
      ("auto_production", "yoy_pct", *year(2017), 3.2, "eq"),
      ("auto_sales", "level", *year(2017), 28.879e6, "eq"),
      ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq")}),
    # "added 15.2 million 5G mobile subscribers in October, taking the total to 542 million": "5G … subscribers
    # in October" are China's; the total after the addition
    ("China 5G subscribers near 550M\n\n21 NOV 2022\n\nChina's operators added 15.2 million 5G mobile subscribers "
     "in October, taking the total to 542 million, data from the ministry showed.",
     {("five_g_mobile_users", "level", date(2022, 10, 31), date(2022, 10, 31), 542e6, "eq")}),
    # (but "5G users in India" are not)
    ("Asia 5G update\n\n21 NOV 2022\n\n5G users in India reached 100 million in October, the regulator said.",
     set()),
    # "accounting for 14.9 per cent of the 584 million total broadband users"
    ("China broadband\n\n21 NOV 2022\n\nAt the end of October, broadband users on gigabit plans hit 87.02 million, "
     "accounting for 14.9 per cent of the 584 million total broadband users.",
     {("gigabit_broadband_users", "level", date(2022, 10, 31), date(2022, 10, 31), 87.02e6, "eq"),
      ("gigabit_share_of_broadband_users", "level", date(2022, 10, 31), date(2022, 10, 31), 14.9, "eq")}),
    # "…, with October alone at 20.47 million": the month's part of the flow just stated
    ("China 5G phones\n\n21 NOV 2022\n\nDomestic 5G smartphone shipments fell 21.2 per cent to 174.5 million units "
     "in the first ten months, with October alone at 20.47 million.",
     {("five_g_phone_shipments", "yoy_pct", date(2022, 1, 1), date(2022, 10, 31), -21.2, "eq"),
      ("five_g_phone_shipments", "level", date(2022, 1, 1), date(2022, 10, 31), 174.5e6, "eq"),
      ("five_g_phone_shipments", "level", *month(2022, 10), 20.47e6, "eq")}),
    # "Production and sales of battery-electric and plug-in hybrid cars": NEVs
    ("China's auto market in H1\n\nJuly 11, 2019\n\nProduction and sales of battery-electric and plug-in hybrid cars "
     "reached 614,000 and 617,000 units in the first half, up 48.5% and 49.6%, respectively.",
     {("nev_production", "level", *h1(2019), 614e3, "eq"), ("nev_sales", "level", *h1(2019), 617e3, "eq"),
      ("nev_production", "yoy_pct", *h1(2019), 48.5, "eq"), ("nev_sales", "yoy_pct", *h1(2019), 49.6, "eq")}),
    # "reached 10.35 GB in 2020, up 32.3 percent from 2019, and rose to 11.92 GB in December"; ", rising to 8.59GB
    # in December": the level the year's figure rose to in its last month
    ("China telecom 2020\n\nJan 26, 2021\n\nAverage monthly mobile internet traffic per user (DOU) reached 10.35 GB "
     "in 2020, up 32.3 percent from 2019, and rose to 11.92 GB in December.",
     {("mobile_dou", "level", *year(2020), 10.35, "eq"), ("mobile_dou", "yoy_pct", *year(2020), 32.3, "eq"),
      ("mobile_dou", "level", *month(2020, 12), 11.92, "eq")}),
    ("China telecom 2019\n\nJan 26, 2020\n\nAverage monthly mobile data usage per user was 7.82GB in 2019, 1.69 "
     "times the level in 2018, rising to 8.59GB in December.",
     {("mobile_dou", "level", *year(2019), 7.82, "eq"), ("mobile_dou", "level", *month(2019, 12), 8.59, "eq")}),
    # (a later year is no part of the year stated)
    ("China telecom\n\nJan 26, 2022\n\nAverage monthly mobile data usage per user was 10.35GB in 2020, rising to "
     "13.36GB in 2021.",
     {("mobile_dou", "level", *year(2020), 10.35, "eq")}),
]

SESSION28 += [
    # "The precise number, 803.83 million tons, was down 2.3% from 2014"; "The steel figure -- 803.83 million
    # tonnes according to a statement": the rounded level said again exactly
    ("China's steel output falls\n\nJan 26, 2016\n\nChina produced about 804 million metric tons of crude steel "
     "last year, according to the ministry. The precise number, 803.83 million tons, was down 2.3% from 2014.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq"),
      ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
    ("China's steel output falls\n\nJan 26, 2016\n\nCrude steel output dropped 2.3 percent to nearly 804 million "
     "tonnes in 2015, officials said.\n\nThe steel figure -- 803.83 million tonnes according to a statement "
     "handed to reporters -- compares with global output of about 1.62 billion tonnes.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq"),
      ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
    # "… Weakest Since Early 2016 in September": no reporting period of 2016 (whose year a bare month would take)
    ("China's Industrial Output Growth Slides to Weakest Since Early 2016 in September\n\n" + OCT19_2018_S28
     + "\n\nIndustrial output rose 5.8 percent in September from a year earlier.",
     {("industrial_value_added", "yoy_pct", *month(2018, 9), 5.8, "eq")}),
    # "At the beginning of the 14th Five-Year Plan period" / "When China's 14th Five-Year Plan began in 2021": a
    # stock as of the end of 2020, not of the plan's or the year's end
    ("China's 5G in the 14th Five-Year Plan\n\nFebruary 26, 2026\n\nAt the beginning of the 14th Five-Year Plan "
     "period, the country had 718,000 5G base stations.",
     {("five_g_base_stations", "level", *dec31(2020), 718e3, "eq")}),
    ("China's 5G in the 14th Five-Year Plan\n\nFebruary 26, 2026\n\nWhen China's 14th Five-Year Plan began in 2021, "
     "the country had 718,000 5G base stations.",
     {("five_g_base_stations", "level", *dec31(2020), 718e3, "eq")}),
    # "The auto sector, hit hard in the first quarter, also bounced back. Production and sales … reached …": the
    # aside's quarter is not the period of what follows
    ("China's economy in 2020\n\nJanuary 26, 2021\n\nIndustrial output grew 2.8 percent in 2020.\n\nThe auto sector, "
     "hit hard in the first quarter, also bounced back. Production and sales of automobiles reached 25.225 million "
     "and 25.311 million units, down 2 percent and 1.9 percent respectively.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"),
      ("auto_production", "level", *year(2020), 25.225e6, "eq"), ("auto_sales", "level", *year(2020), 25.311e6, "eq"),
      ("auto_production", "yoy_pct", *year(2020), -2.0, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq")}),
]

SESSION28 += [
    # "¥1.31tr": the yuan sign and "tr" for trillion
    ("China telecom 2019\n\nJan 22, 2020\n\nTelecommunications business revenue reached ¥1.31tr ($190bn) for 2019, up "
     "a mere 0.8 per cent.",
     {("telecom_business_revenue", "level", *year(2019), 1.31e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2019), 0.8, "eq")}),
    # "turned over ¥7.18tr (¥7,176.8bn if you want the precise figure) in 2019, up 15.4 per cent, and produced total
    # profit of ¥936.2bn": the exact figure in brackets, the rate past it, and the profit of the same industry
    ("China software 2019\n\nJan 22, 2020\n\nThe software and information technology services industry turned over "
     "¥7.18tr (¥7,176.8bn if you want the precise figure) in 2019, up 15.4 per cent, and produced total profit of "
     "¥936.2bn, up 9.9 per cent.",
     {("software_it_services_revenue", "level", *year(2019), 7176.8e9, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2019), 15.4, "eq"),
      ("software_industry_profit", "level", *year(2019), 936.2e9, "eq"),
      ("software_industry_profit", "yoy_pct", *year(2019), 9.9, "eq")}),
    # "Output of plug-in hybrids and all-electric cars": NEVs
    ("China car market stalls\n\nJuly 15, 2015\n\nOutput of plug-in hybrids and all-electric cars reached 78,499 units "
     "in the first half and sales almost tripled to 72,711.",
     {("nev_production", "level", *h1(2015), 78499.0, "eq"), ("nev_sales", "level", *h1(2015), 72711.0, "eq")}),
    # "4月份汽车销量198万辆…；1至4月累计销量837万辆，同比下降12.1%": the bare 销量 after a semicolon is the same subject's
    ("4月份工业生产平稳\n\n2019年5月15日\n\n4月份汽车销量198万辆，同比下降14.6%，已连续第11个月同比下滑；1至4月累计销量837万辆，"
     "同比下降12.1%。4月份新能源汽车销量9.7万辆，同比增长18.1%；1至4月累计销量36.8万辆，同比增长59.8%。",
     {("auto_sales", "level", *month(2019, 4), 1.98e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 4), -14.6, "eq"),
      ("auto_sales", "level", date(2019, 1, 1), date(2019, 4, 30), 8.37e6, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 4, 30), -12.1, "eq"),
      ("nev_sales", "level", *month(2019, 4), 97e3, "eq"), ("nev_sales", "yoy_pct", *month(2019, 4), 18.1, "eq"),
      ("nev_sales", "level", date(2019, 1, 1), date(2019, 4, 30), 368e3, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 4, 30), 59.8, "eq")}),
    # (not after another phrase: "…；1至4月出口销量…" has its own subject, and a province's is not carried)
    ("4月份工业生产平稳\n\n2019年5月15日\n\n4月份汽车销量198万辆，同比下降14.6%；1至4月，广东省累计销量137万辆。",
     {("auto_sales", "level", *month(2019, 4), 1.98e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 4), -14.6, "eq")}),
    # "二季度只增长0.7%", "6月份进一步回升至3.9%": adverbs before the verb
    ("上半年工业经济\n\n2022年7月19日\n\n上半年，全国规模以上工业增加值同比增长3.4%。分季度看，一季度增长6.3%，二季度只增长0.7%。其中4月份"
     "规上工业增加值同比下降2.9%；6月份进一步回升至3.9%。",
     {("industrial_value_added", "yoy_pct", *h1(2022), 3.4, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2022, 1), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2022, 2), 0.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 4), -2.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq")}),
]

SESSION28 += [
    # "But growth in March alone slowed to 5.0%, from 7.5% in the January-February period"
    ("China's factory growth slows\n\nApril 19, 2022\n\nIndustrial output grew 6.5% in the first quarter, officials "
     "said.\n\nBut growth in March alone slowed to 5.0%, from 7.5% in the January-February period, as the Omicron "
     "outbreak spread.",
     {("industrial_value_added", "yoy_pct", *quarter(2022, 1), 6.5, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 3), 5.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 2, 28), 7.5, "eq")}),
    # "The software … industry grew revenue by 13.3% to 8.16 trillion yuan"; "numbered just 6.4 million"
    # (the rate too since 1.54.0: the verb before its object)
    ("China's industry in 2021\n\nJan 21, 2022\n\nThe software and information technology services industry grew "
     "revenue by 13.3% to 8.16 trillion yuan in 2021. At the end of the year, users on gigabit broadband plans "
     "numbered just 6.4 million.",
     {("software_it_services_revenue", "level", *year(2021), 8.16e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2021), 13.3, "eq"),
      ("gigabit_broadband_users", "level", *dec31(2021), 6.4e6, "eq")}),
]

SESSION28 += [
    # "The carrier said its 5G-A network now covers more than 330 cities": the company's own, as with its name
    ("China 5G in H1\n\nJuly 24, 2025\n\nChina Mobile said it had more than 2.5 million 5G base stations in operation "
     "at the end of June. The carrier said its 5G-Advanced (5G-A) network now covers more than 330 cities.",
     set()),
]

# (one test reads all of SESSION28's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION28)
def test_session28(text, expected):
    assert obs(text) == expected

# --- extractor 1.30.0 ---
Q3_2020_WIRE_S29 = "China's factories rebound in the third quarter\n\nPublished: October 21, 2020\n\n"
FY_2015_WIRE_S29 = "China's industry slows in 2015\n\nPublished: January 27, 2016\n\n"
ZH_2022_BULLETIN_S29 = "2022年通信业统计公报\n\n发布时间：2023年1月28日\n\n"

SESSION29 = [
    # "bringing growth for the first nine months to 1.2%", "bringing the year-to-date total to 804,000"
    (Q3_2020_WIRE_S29 + "Industrial output rose 5.8% in the third quarter from a year earlier, the ministry said, "
     "bringing growth for the first nine months to 1.2%. Sales of new-energy vehicles jumped 67.7% in September to "
     "138,000, bringing the year-to-date total to 804,000, still short of last year's pace.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 3), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq"),
      ("nev_sales", "level", *month(2020, 9), 138000, "eq"), ("nev_sales", "yoy_pct", *month(2020, 9), 67.7, "eq"),
      ("nev_sales", "level", date(2020, 1, 1), date(2020, 9, 30), 804000, "eq")}),
    # "a month across 2023", "December DOU reached 19.23GB": a month naming the DOU after it
    ("China's mobile traffic in 2023\n\nPublished: January 20, 2024\n\nAverage mobile data usage per user (DOU) was "
     "16.85GB a month across 2023, and December DOU reached 19.23GB.",
     {("mobile_dou", "level", *year(2023), 16.85, "eq"), ("mobile_dou", "level", *month(2023, 12), 19.23, "eq")}),
    # "NEV sales were up from 1.764 million in September": the pair member the noun names, a month before
    ("China's NEV market in October\n\nPublished: November 11, 2026\n\nNEV production and sales in October hit 1.826 "
     "million and 1.802 million units, up 3.0% and 5.1% year-on-year. NEV sales were up from 1.764 million in "
     "September.",
     {("nev_production", "level", *month(2026, 10), 1.826e6, "eq"), ("nev_sales", "level", *month(2026, 10), 1.802e6, "eq"),
      ("nev_production", "yoy_pct", *month(2026, 10), 3.0, "eq"), ("nev_sales", "yoy_pct", *month(2026, 10), 5.1, "eq"),
      ("nev_sales", "level", *month(2026, 9), 1.764e6, "eq")}),
    # (the same after a new paragraph: no pair to look back to)
    ("China's NEV market in October\n\nPublished: November 11, 2026\n\nNEV production and sales in October hit 1.826 "
     "million and 1.802 million units.\n\nSales were up from 1.764 million in September.",
     {("nev_production", "level", *month(2026, 10), 1.826e6, "eq"), ("nev_sales", "level", *month(2026, 10), 1.802e6, "eq")}),
    # "增速较上年（6.4%）回落", "增速由2014年的8.3%回落至6.1%", "由3月份增长5.0%转为下降": the rate before
    ("2018年通信业统计公报\n\n发布时间：2019年1月28日\n\n初步核算，2018年电信业务收入累计完成13010亿元，比上年增长3.0%，"
     "增速较上年（6.4%）回落3.4个百分点。",
     {("telecom_business_revenue", "level", *year(2018), 1.301e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2018), 3.0, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2017), 6.4, "eq")}),
    ("2015年工业运行\n\n发布时间：2016年1月27日\n\n2015年全国规模以上工业增加值同比增长6.1%，增速由2014年的8.3%回落至6.1%。",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *year(2014), 8.3, "eq")}),
    ("4月工业生产\n\n发布时间：2022年5月16日\n\n4月份，规模以上工业增加值同比下降2.9%，由3月份增长5.0%转为下降。",
     {("industrial_value_added", "yoy_pct", *month(2022, 4), -2.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 3), 5.0, "eq")}),
    # "上年末" in a bulletin on 2022 published in 2023: the end of 2021 (the year before the one reported on)
    (ZH_2022_BULLETIN_S29 + "截至2022年底，全国移动通信基站总数达1083万个。其中，5G基站由上年末的142.5万个增至231.2万个。",
     {("five_g_base_stations", "level", *dec31(2021), 1.425e6, "eq"),
      ("five_g_base_stations", "level", *dec31(2022), 2.312e6, "eq")}),
    # (and "扭转了上年下滑的态势" is a comparison: it dates nothing after it)
    ("2019年工业通信业成绩单\n\n发布时间：2020-01-21 09:12\n\n全年电信业务收入同比增长0.8%，扭转了上年下滑的态势；"
     "电信业务总量同比增长18.5%。",
     {("telecom_business_revenue", "yoy_pct", *year(2019), 0.8, "eq"),
      ("telecom_business_volume", "yoy_pct", *year(2019), 18.5, "eq")}),
]

SESSION29 += [
    # "bought 777,000 electric and plug-in hybrid cars", "electric and gasoline-electric hybrid vehicles",
    # 'Production of such "new energy vehicles"'
    ("China's EV sales in 2017\n\nPublished: January 12, 2018\n\nChinese drivers bought 777,000 electric and plug-in "
     "hybrid cars last year, a rise of 53.3%, as Beijing pressed ahead.",
     {("nev_sales", "level", *year(2017), 777000, "eq"), ("nev_sales", "yoy_pct", *year(2017), 53.3, "eq")}),
    (FY_2015_WIRE_S29 + "Sales of electric and gasoline-electric hybrid vehicles, which Beijing is promoting with "
     "subsidies, soared to 331,092. Production of such \"new energy vehicles\" rose to 340,471.",
     {("nev_sales", "level", *year(2015), 331092, "eq"), ("nev_production", "level", *year(2015), 340471, "eq")}),
    # "Value added by factories, mines and utilities", "high-technology manufacturers", "Growth in December alone"
    (FY_2015_WIRE_S29 + "Value added by factories, mines and utilities rose 6.1 percent in 2015, down from 8.3 percent "
     "the year before.\n\nGrowth in December alone was 5.9 percent.\n\nValue added by high-technology manufacturers "
     "rose 10.2 percent, Xiao said.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *year(2014), 8.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2015), 10.2, "eq")}),
    # "a reversal from 2018, when NEV sales surged 61.7%": the year the clause is about (not the briefing's quarter)
    (Q3_2020_WIRE_S29 + "That's quite a reversal from 2018, when NEV sales surged 61.7% to 1.256 million units.",
     {("nev_sales", "level", *year(2018), 1.256e6, "eq"), ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq")}),
    # (a when-clause with no figure passes no year on: "from 13.7% growth in 2016, when a tax cut …")
    ("China's auto market in 2017\n\nPublished: January 11, 2018\n\nVehicle sales rose 3.04% to 28.879m, a sharp "
     "slowdown from 13.7% growth in 2016, when a tax cut drove buyers to showrooms. Production rose 3.19% to 29.015m.",
     {("auto_sales", "level", *year(2017), 28.879e6, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.04, "eq"),
      ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq"),
      ("auto_production", "level", *year(2017), 29.015e6, "eq"), ("auto_production", "yoy_pct", *year(2017), 3.19, "eq")}),
    # '"… is expected to continue in the second quarter," Zhao said, adding that … rose 4.3 percent': the quote's
    # forecast is not the figure's
    ("China's industry in Q1\n\nPublished: April 20, 2023\n\n\"The momentum of recovery is expected to continue in the "
     "second quarter,\" Zhao said, adding that the value added of equipment manufacturing rose 4.3 percent in the "
     "first quarter.",
     {("equipment_manufacturing_value_added", "yoy_pct", *quarter(2023, 1), 4.3, "eq")}),
    # "Second-quarter output grew 4.4%, recovering from an 8.4% contraction in the January-March period"
    ("China's factories in H1\n\nPublished: July 16, 2020\n\nIndustrial output fell 1.3% in the first six months of "
     "the year.\n\nSecond-quarter output grew 4.4%, recovering from an 8.4% contraction in the January-March period.",
     {("industrial_value_added", "yoy_pct", *h1(2020), -1.3, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2020, 2), 4.4, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq")}),
    # "增速稳定在6%—6.3%的区间；12月份增长6.0%": the band the rate kept to, then the month's
    ("2016年工业通信业发展情况\n\n发布时间：2017年1月20日\n\n全年规模以上工业增加值同比增长6.0%，增速稳定在6%—6.3%的区间；"
     "12月份增长6.0%。",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq")}),
]

SESSION29 += [
    # "13.77 million 5G handsets shipped in China in 2019"; "12.888m NEVs made, up 34.4%, and 12.866m sold"
    ("China's 5G in 2019\n\nPublished: January 10, 2020\n\nOn the device side, 13.77 million 5G handsets shipped in "
     "China in 2019, including 5.07 million in December alone.",
     {("five_g_phone_shipments", "level", *year(2019), 13.77e6, "eq"),
      ("five_g_phone_shipments", "level", *month(2019, 12), 5.07e6, "eq")}),
    ("China's car market in 2024\n\nPublished: January 20, 2025\n\nThe ministry's own tally is more precise: 12.888m "
     "NEVs made, up 34.4%, and 12.866m sold.",
     {("nev_production", "level", *year(2024), 12.888e6, "eq"), ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"),
      ("nev_sales", "level", *year(2024), 12.866e6, "eq")}),
    # (not a comparison's bare participle: "up from about 1.6 million NEVs sold in September")
    ("China's NEV market in October\n\nPublished: November 12, 2024\n\n1.715 million NEVs were sold in China in "
     "October, up 20% year-over-year. That's up from about 1.6 million NEVs sold in September.",
     {("nev_sales", "level", *month(2024, 10), 1.715e6, "eq"), ("nev_sales", "yoy_pct", *month(2024, 10), 20, "eq"),
      ("nev_sales", "level", *month(2024, 9), 1.6e6, "approx")}),
    # "Steel output fell by 1.7%": crude steel's (not a finished steel's)
    ("China's industry in 2024\n\nPublished: January 20, 2025\n\nSteel output fell by 1.7% as the property slump "
     "dragged on, while finished steel output rose 1.1%.",
     {("crude_steel_output", "yoy_pct", *year(2024), -1.7, "eq")}),
    # a phrase never runs across a blank line ("… and steel ¶ Production and sales of NEVs …")
    ("China's industry in Q3\n\nPublished: 2024-10-18\n\nCars and steel\n\nProduction and sales of new energy vehicles "
     "reached 8.316 million and 8.32 million units in the first nine months.",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 9, 30), 8.316e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.32e6, "eq")}),
    # a year that ended days before the page is no period reported on: "during 2022" on January 4, 2023
    ("What the MIIT numbers say\n\n4 January 2023\n\nThe final monthly release of 2022, covering January to November, "
     "is out. By the end of November, China had 2.287 million 5G base stations. Globally, 5G connections passed the 1 "
     "billion mark during 2022. MIIT counts 542 million 5G mobile phone users.",
     {("five_g_base_stations", "level", date(2022, 11, 30), date(2022, 11, 30), 2.287e6, "eq"),
      ("five_g_mobile_users", "level", date(2022, 11, 30), date(2022, 11, 30), 5.42e8, "eq")}),
    # "前三季度，…软件业务收入近10万亿元" in a summary, "1-8月，软件业务收入99823亿元" in the body: the same figure
    ("2025年前三季度工业和信息化发展情况\n\n发布时间：2025年10月24日\n\n前三季度，工业经济总体保持平稳增长，软件业务收入近10万亿元。\n\n"
     "1-8月，软件业务收入99823亿元，同比增长12.6%。",
     {("software_it_services_revenue", "level", date(2025, 1, 1), date(2025, 8, 31), 9.9823e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2025, 1, 1), date(2025, 8, 31), 12.6, "eq")}),
    # "…, after 1.256m in 2018. NEV output dropped 2.3% to 1.242m.": a comparison's year is not carried on
    ("China's NEV sales fall in 2019\n\nPublished: January 13, 2020\n\nSales of NEVs fell 4% to 1.206m units in 2019, "
     "after 1.256m in 2018. NEV output dropped 2.3% to 1.242m.",
     {("nev_sales", "level", *year(2019), 1.206e6, "eq"), ("nev_sales", "yoy_pct", *year(2019), -4, "eq"),
      ("nev_production", "level", *year(2019), 1.242e6, "eq"), ("nev_production", "yoy_pct", *year(2019), -2.3, "eq")}),
]

SESSION29 += [
    # "11.21.2022" (month.day.year when the day cannot be the month) dates the page: the year to October
    ("EE Times\n\nChina's Electronics Output Loses Steam\n\nBy Lin Mei-ling   11.21.2022   0\n\nValue added of computer, "
     "communication and other electronic equipment manufacturing grew 9.4% in the first ten months of 2022, still well "
     "ahead of the 4.0% pace for China's industrial value added overall in the same period. China had 2.25 million 5G "
     "base stations.",
     {("electronics_manufacturing_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 10, 31), 9.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 10, 31), 4.0, "eq"),
      ("five_g_base_stations", "level", date(2022, 10, 31), date(2022, 10, 31), 2.25e6, "eq")}),
    # "BEIJING, Aug. 12 Kyodo - ": a dateline (not a place scoping the figure)
    ("China's industrial output growth slows\n\nKYODO NEWS - Aug 12, 2015 - 18:40\n\nBEIJING, Aug. 12 Kyodo - China's "
     "industrial output rose 6.0 percent in July from a year earlier, slowing from 6.8 percent in June.",
     {("industrial_value_added", "yoy_pct", *month(2015, 7), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 6), 6.8, "eq")}),
    # "dropping 8.2% to 25.769m units from 28.08m in 2018": the level it fell from
    ("China's car sales fall again\n\n13 January 2020\n\nChina's vehicle sales fell for a second consecutive year in 2019, "
     "dropping 8.2% to 25.769m units from 28.08m in 2018, according to CAAM.",
     {("auto_sales", "level", *year(2019), 25.769e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_sales", "level", *year(2018), 28.08e6, "eq")}),
    # "The pace was slower than the 6.5 percent growth recorded in the first quarter of 2025"
    ("China's factories in Q1\n\nApril 17, 2026\n\nIndustrial output rose 6.1% in the first quarter. The pace was slower "
     "than the 6.5 percent growth recorded in the first quarter of 2025.",
     {("industrial_value_added", "yoy_pct", *quarter(2026, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2025, 1), 6.5, "eq")}),
    # Taiwan usage after conversion: "前3季", "年增/年減", "公噸", "兆元", "軟體"
    ("陸前3季工業增加值年增6.2%\n\n2015/10/21 16:48\n\n（中央社記者北京21日電）中國大陸工業和信息化部今天舉行記者會指出，今年前3季，"
     "大陸規模以上工業增加值年增6.2%，其中9月年增5.7%，經濟下行壓力依然較大。"
     "前3季大陸粗鋼產量6.04億公噸，年減2.1%。前3季軟體業務收入約人民幣3.1兆元，年增16.4%。",
     {("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 9, 30), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 9), 5.7, "eq"),
      ("crude_steel_output", "level", date(2015, 1, 1), date(2015, 9, 30), 6.04e8, "eq"),
      ("crude_steel_output", "yoy_pct", date(2015, 1, 1), date(2015, 9, 30), -2.1, "eq"),
      ("software_it_services_revenue", "level", date(2015, 1, 1), date(2015, 9, 30), 3.1e12, "approx"),
      ("software_it_services_revenue", "yoy_pct", date(2015, 1, 1), date(2015, 9, 30), 16.4, "eq")}),
]

SESSION29 += [
    # a provincial reprint's paragraph whose first sentence is on the country scopes its sentences
    ("全国工业通信业上半年稳中向好 我省规上工业增加值增长7.6%\n\n来源：河南日报　发布时间：2018-07-25 08:42\n\n本报讯 国务院新闻办公室7月24日举行"
     "新闻发布会。记者同日从省工业和信息化委员会获悉，上半年我省工业经济运行总体平稳。\n\n全国工业增长保持在合理区间。上半年，全国规模以上工业增加值"
     "同比增长6.7%。高技术制造业和装备制造业增加值同比分别增长11.6%和9.2%。\n\n我省亮点同样突出。上半年，全省规模以上工业增加值同比增长7.6%。",
     {("industrial_value_added", "yoy_pct", *h1(2018), 6.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2018), 11.6, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *h1(2018), 9.2, "eq")}),
    # "一季度、二季度和三季度分别增长6.4%、6.3%和5.9%"
    ("工信部：前三季度工业增速逐季放缓\n\n2015年10月21日\n\n前三季度，全国规模以上工业增加值同比增长6.2%。分季度看，一季度、二季度和三季度"
     "分别增长6.4%、6.3%和5.9%；其中9月份增长5.7%。",
     {("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 9, 30), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2015, 1), 6.4, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2015, 2), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2015, 3), 5.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 9), 5.7, "eq")}),
    # "in the third quarter, with … growing 5.8 percent in the quarter" in a briefing on the first three quarters
    ("China's industrial recovery gathers pace in Q3\n\nPublished: Oct 23, 2020 10:07 PM\n\nChina's industrial sector "
     "continued to gain traction in the third quarter, with value-added industrial output of major firms growing 5.8 "
     "percent year-on-year in the quarter.\n\nIn the first three quarters, industrial output grew 1.2 percent.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 3), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq")}),
    # "December NEV sales reached 814,000 units"; but "Month-on-month, April NEV production was down 1.8 percent"
    ("China's NEV market in 2022\n\nPublished: 2023-01-16\n\nMomentum carried through to year-end: December NEV sales "
     "reached 814,000 units, up 51.8% YoY.",
     {("nev_sales", "level", *month(2022, 12), 814000, "eq"), ("nev_sales", "yoy_pct", *month(2022, 12), 51.8, "eq")}),
    ("China's NEV sales in April\n\nPublished: May 12, 2021\n\nNEV sales in April were 206,000 units, up 180.3 percent "
     "year-on-year.\n\nMonth-on-month, April NEV production was down 1.8 percent.",
     {("nev_sales", "level", *month(2021, 4), 206000, "eq"), ("nev_sales", "yoy_pct", *month(2021, 4), 180.3, "eq")}),
    # "the MIIT, which briefed reporters in Beijing on Wednesday, …": where it was said, no scope
    ("China NEVs in Q1\n\nPublished: Apr 20, 2023\n\nAccording to China's Ministry of Industry and Information "
     "Technology, which briefed reporters in Beijing on Wednesday, sales of new energy vehicles in China reached 1.586 "
     "million units in the January-March period.",
     {("nev_sales", "level", *quarter(2023, 1), 1.586e6, "eq")}),
    # a sentence with no figure and no measure keeps the headline rate for the next: "The headline hides a loss
    # of speed within the quarter. March growth slowed to 5.7% from 6.4% in the January-February period"
    ("China's industry in Q1\n\nApril 17, 2026\n\nIndustrial value added rose 6.1% year-on-year in the first quarter."
     "\n\nThe headline hides a loss of speed within the quarter. March growth slowed to 5.7% from 6.4% in the "
     "January-February period.",
     {("industrial_value_added", "yoy_pct", *quarter(2026, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2026, 3), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.4, "eq")}),
]

# (one test reads all of SESSION29's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION29)
def test_session29(text, expected):
    assert obs(text) == expected


# --- extractor 1.31.0 ---
SESSION30 = [
    # "following a 4.1 percent drop in 2015" after a level only: the year before's rate, not this year's
    ("China's 2016 car market\n\nJanuary 12, 2017\n\nChina's auto sales totaled 28.03 million units last year, "
     "following a 4.1 percent drop in 2015.",
     {("auto_sales", "level", *year(2016), 28.03e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), -4.1, "eq")}),
    # "after a 5 percent rise to 24.6 million in 2015": that year's rate and level
    ("China's 2016 car market\n\nJanuary 12, 2017\n\nSales climbed 13.7 percent to 28.03 million vehicles last year, "
     "the association said, after a 5 percent rise to 24.6 million in 2015.",
     {("auto_sales", "level", *year(2016), 28.03e6, "eq"), ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq"),
      ("auto_sales", "level", *year(2015), 24.6e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), 5.0, "eq")}),
    # "held up relatively well, rising 10.2 per cent"; "had already returned to growth, expanding 4.1 percent"
    ("China's factories in the first quarter\n\nApril 16, 2021\n\nIndustrial output grew 24.5 per cent in the first "
     "quarter. High-tech manufacturing held up relatively well, rising 10.2 per cent.",
     {("industrial_value_added", "yoy_pct", *quarter(2021, 1), 24.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *quarter(2021, 1), 10.2, "eq")}),
    ("China's factories in May\n\nJune 15, 2020\n\nIndustrial output rose 4.4 percent in May. An official said "
     "equipment manufacturing had already returned to growth, expanding 9.4 percent on-year.",
     {("industrial_value_added", "yoy_pct", *month(2020, 5), 4.4, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *month(2020, 5), 9.4, "eq")}),
    # "users on gigabit-plus broadband plans"; "'little giant' enterprises" in single quotes
    ("Broadband in China\n\nOctober 20, 2023\n\nBy the end of September, users on gigabit-plus broadband plans "
     "rose to 145 million.",
     {("gigabit_broadband_users", "level", date(2023, 9, 30), date(2023, 9, 30), 145e6, "eq")}),
    ("China's SMEs in 2023\n\nJanuary 18, 2024\n\nIndustrial output grew 4.6 percent in 2023. The country now has "
     "12,950 national-level 'little giant' enterprises, up from 8,997 at the end of 2022.",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq"),
      ("little_giant_enterprises", "level", *dec31(2023), 12950, "eq"), ("little_giant_enterprises", "level", *dec31(2022), 8997, "eq")}),
]

SESSION30 += [
    # "December's 5.7 per cent rise was the weakest in three months": that month's rate, after the year's
    ("China's industry in 2018\n\nJanuary 21, 2019\n\nIndustrial output grew 6.2 per cent last year, officials said. "
     "December's 5.7 per cent rise was the weakest in three months.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2018, 12), 5.7, "eq")}),
    # "far better than April's 17.8 percent slump": that month's fall
    ("China's car market in May\n\nJune 11, 2019\n\nChina's auto sales fell 16.4 percent in May to 1.91 million "
     "vehicles, still weak but better than April's 17.8 percent slump.",
     {("auto_sales", "level", *month(2019, 5), 1.91e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 5), -16.4, "eq"),
      ("auto_sales", "yoy_pct", *month(2019, 4), -17.8, "eq")}),
    # "…, the association said, cutting its full-year forecast to 3 percent": the revision's forecast, not the figures'
    ("China's car market in June\n\nJuly 10, 2015\n\nChina's vehicle sales fell 2.3 percent in June.\n\nFor the first "
     "half, sales rose 1.4 percent to 11.85 million units, the association said, cutting its full-year growth forecast "
     "to 3 percent from 7 percent.",
     {("auto_sales", "yoy_pct", *month(2015, 6), -2.3, "eq"), ("auto_sales", "yoy_pct", *h1(2015), 1.4, "eq"),
      ("auto_sales", "level", *h1(2015), 11.85e6, "eq")}),
]

SESSION30 += [
    # "…超过142.5万个，而2020年底只有71.8万个": the level at the contrast's year-end
    ("工信部：5G网络建设稳步推进\n\n2022年1月20日\n\n截至2021年底，全国累计开通5G基站超过142.5万个，而2020年底只有71.8万个。",
     {("five_g_base_stations", "level", *dec31(2021), 1.425e6, "gt"), ("five_g_base_stations", "level", *dec31(2020), 718000, "eq")}),
    # the gigabit share after another tier's share ("其中，100Mbps及以上…占总用户数的94.1%；1000Mbps及以上…")
    ("2024年1-3月通信业经济运行情况\n\n2024年4月22日\n\n截至3月末，三家基础电信企业的固定互联网宽带接入用户总数达6.46亿户。其中，"
     "100Mbps及以上接入速率的用户为6.08亿户，占总用户数的94.1%；1000Mbps及以上接入速率的用户为1.78亿户，比上年末净增1455万户，"
     "占总用户数的27.6%。",
     {("gigabit_broadband_users", "level", date(2024, 3, 31), date(2024, 3, 31), 1.78e8, "eq"),
      ("gigabit_share_of_broadband_users", "level", date(2024, 3, 31), date(2024, 3, 31), 27.6, "eq")}),
    # "（2023年全年增长4.6%）": that year's rate, in brackets
    ("一季度工业经济开局良好\n\n2024年4月18日\n\n一季度，全国规模以上工业增加值同比增长6.1%，比去年全年加快1.5个百分点（2023年全年增长4.6%）。",
     {("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq")}),
    # "，比去年12月的5.7%加快0.1个百分点，也高于去年全年6.2%的增速": a comparison clause does not hide the year's rate after it
    ("工业生产开局平稳\n\n2019年3月14日\n\n2019年1-2月，全国规模以上工业增加值同比增长5.3%，比去年12月的5.7%回落0.4个百分点，也低于去年全年6.2%的增速。",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), 5.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 12), 5.7, "eq"), ("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq")}),
]

SESSION30 += [
    # "；去年同期（1-3月）新能源汽车销量为…": the same months a year before, not this year's (which it would contradict)
    ("中汽协：一季度新能源汽车销量增长\n\n2025-04-11\n\n1-3月，新能源汽车产销分别完成318.2万辆和307.5万辆，同比分别增长50.4%和47.1%。"
     "其中，3月新能源汽车销量为123.7万辆；去年同期（1-3月）新能源汽车销量为209万辆。",
     {("nev_production", "level", *quarter(2025, 1), 3.182e6, "eq"), ("nev_sales", "level", *quarter(2025, 1), 3.075e6, "eq"),
      ("nev_production", "yoy_pct", *quarter(2025, 1), 50.4, "eq"), ("nev_sales", "yoy_pct", *quarter(2025, 1), 47.1, "eq"),
      ("nev_sales", "level", *month(2025, 3), 1.237e6, "eq"), ("nev_sales", "level", *quarter(2024, 1), 2.09e6, "eq")}),
    # "手机出货量…，其中5G手机X部，同比增长Y%": the 5G part of all phone shipments
    ("一季度国内手机市场运行分析\n\n2023年4月20日\n\n一季度，国内市场手机总体出货量累计6099万部，同比下降11.8%，其中5G手机4745万部，同比下降9.3%，"
     "占同期手机出货量的77.8%。",
     {("five_g_phone_shipments", "level", *quarter(2023, 1), 47.45e6, "eq"), ("five_g_phone_shipments", "yoy_pct", *quarter(2023, 1), -9.3, "eq")}),
    # a figureless sentence opening a new paragraph does not end the topic: "… ¶ Momentum faded late in the year.
    # December sales fell 6%"
    ("China car sales in 2019\n\nJan 13, 2020\n\nVehicle sales fell 8.2% to 25.77 million units last year, the CAAM said. "
     "Passenger vehicle sales dropped 9.6%, while commercial vehicle sales fell 1.1%.\n\nMomentum faded late in the year. "
     "December sales fell 0.1% from a year earlier to 2.66 million.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_sales", "level", *month(2019, 12), 2.66e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 12), -0.1, "eq")}),
]

SESSION30 += [
    # "1月份至8月份": January to August, not August
    ("1-8月工业通信业运行情况\n\n2018年9月20日\n\n1月份至8月份，高技术制造业增加值同比增长11.9%，装备制造业增加值增长8.9%。",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 8, 31), 11.9, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 8, 31), 8.9, "eq")}),
    # Traditional Chinese: "1兆2350億元" is one number (1.235 trillion); Hong Kong's "首季" and "按年增長"
    ("大陸前三季電信業務收入\n\n2022年10月25日\n\n據大陸工業和信息化部公布的數據，前3季電信業務收入累計1兆2350億元人民幣，年增8%，電信業務總量按年增長21.8%。",
     {("telecom_business_revenue", "level", date(2022, 1, 1), date(2022, 9, 30), 1.235e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 8.0, "eq"),
      ("telecom_business_volume", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 21.8, "eq")}),
    ("內地首季工業數據\n\n2019年4月17日\n\n國家統計局今日公布，內地首季規模以上工業增加值按年實際增長6.5%，其中3月份增長8.5%，較1至2月的5.3%明顯加快。",
     {("industrial_value_added", "yoy_pct", *quarter(2019, 1), 6.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 3), 8.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), 5.3, "eq")}),
    # "（指年主营业务收入2000万元及以上的企业）": the definition's threshold is no value added
    ("上半年工业经济运行\n\n2023年7月20日\n\n上半年，全国规模以上工业增加值（指年主营业务收入2000万元及以上的工业企业）同比增长3.8%。",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq")}),
    # "…, after rising 3 percent in 2016. Production fell 1.2 percent …": the comparison's year is not carried on
    ("China car market in 2017\n\nJanuary 11, 2018\n\nVehicle sales rose 3 percent to 28.88 million units last year, the "
     "association said, after rising 13.7 percent in 2016. Production climbed 3.2 percent to 29.02 million.",
     {("auto_sales", "level", *year(2017), 28.88e6, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq"),
      ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq"), ("auto_production", "level", *year(2017), 29.02e6, "eq"),
      ("auto_production", "yoy_pct", *year(2017), 3.2, "eq")}),
    # "revenue of the industry came to …, while telecommunications business revenue rose …": the industry named before
    ("China's software sector in 2021\n\nJanuary 26, 2022\n\nIn 2021, the software and information technology services "
     "industry grew quickly. Revenue of the industry came to 9.5 trillion yuan, up 17.7 percent, while telecommunications "
     "business revenue rose 8 percent to 1.47 trillion yuan.",
     {("software_it_services_revenue", "level", *year(2021), 9.5e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2021), 17.7, "eq"),
      ("telecom_business_revenue", "level", *year(2021), 1.47e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2021), 8.0, "eq")}),
]

SESSION30 += [
    # a paper's motto over the headline is no title: "Japan's National Daily Since 1922" does not make the page Japan's
    ("The Mainichi\nJapan's National Daily Since 1922\n\nChina's vehicle sales rise in 2017\n\nJanuary 12, 2018 (Mainichi Japan)\n\n"
     "BEIJING (Kyodo) -- China's new vehicle sales rose 3.0 percent to 28.88 million units in 2017, an industry group said.\n\n"
     "Vehicle production grew 3.2 percent to 29.02 million units.",
     {("auto_sales", "level", *year(2017), 28.88e6, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq"),
      ("auto_production", "level", *year(2017), 29.02e6, "eq"), ("auto_production", "yoy_pct", *year(2017), 3.2, "eq")}),
    # "Second-quarter industrial growth held at 6.7 percent, edging down from 6.8 percent in the first quarter"
    ("China data in June\n\nJuly 16, 2018\n\nIndustrial output grew 6.0 percent in June. Second-quarter industrial growth "
     "held at 6.6 percent, edging down from 6.8 percent in the first quarter.",
     {("industrial_value_added", "yoy_pct", *month(2018, 6), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2018, 2), 6.6, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2018, 1), 6.8, "eq")}),
]

SESSION30 += [
    # "bringing the increase for the first half of 2019 to 6.0 per cent"
    ("China data in June\n\nJuly 16, 2019\n\nIndustrial output growth picked up to 6.3 per cent in June, bringing the increase "
     "for the first half of 2019 to 6.0 per cent, the ministry said.",
     {("industrial_value_added", "yoy_pct", *month(2019, 6), 6.3, "eq"), ("industrial_value_added", "yoy_pct", *h1(2019), 6.0, "eq")}),
    # an aside on the subject that names the world is no scope: "NEVs, a sector Beijing has backed to compete globally, rose …"
    ("China's NEVs in the first half\n\nJuly 12, 2019\n\nProduction and sales of new energy vehicles, a sector Beijing has backed "
     "to compete globally, rose 48.5 per cent and 49.6 per cent to 614,000 and 617,000 units respectively in the first half.",
     {("nev_production", "level", *h1(2019), 614000, "eq"), ("nev_sales", "level", *h1(2019), 617000, "eq"),
      ("nev_production", "yoy_pct", *h1(2019), 48.5, "eq"), ("nev_sales", "yoy_pct", *h1(2019), 49.6, "eq")}),
    # "deepening a 4.1 percent slide in 2020": that year's fall, a comparison
    ("China's phone market in 2021\n\nJanuary 20, 2022\n\nChina's 5G phone shipments rose 63.5 percent to 266 million units in 2021, "
     "the ministry said.\n\nIndustrial output of mobile phones fell, deepening a 4.1 percent slide in 2020.",
     {("five_g_phone_shipments", "level", *year(2021), 266e6, "eq"), ("five_g_phone_shipments", "yoy_pct", *year(2021), 63.5, "eq")}),
    # Taiwan's "5G基地台…萬座" are base stations
    ("大陸5G建設\n\n2022年7月20日\n\n據大陸工業和信息化部統計，截至6月底，大陸已建成5G基地台185.4萬座，較上年末新增42.9萬座，占全球六成以上。",
     {("five_g_base_stations", "level", date(2022, 6, 30), date(2022, 6, 30), 1.854e6, "eq")}),
]

SESSION30 += [
    # "were sold in the country in the first six months of 2024, up 32%": the place does not part the rate from its level
    ("China NEVs in the first half\n\nJuly 11, 2024\n\n4.944 million new energy vehicles were sold in the country in the first "
     "six months of 2024, up 32 percent year-on-year.",
     {("nev_sales", "level", *h1(2024), 4.944e6, "eq"), ("nev_sales", "yoy_pct", *h1(2024), 32.0, "eq")}),
    # "…, the ministry said Tuesday, well below the 8.4% pace of 2021": the year before's rate
    ("China's software sector in 2022\n\nJanuary 31, 2023\n\nThe software industry's revenue rose 11.2% to 10.8 trillion yuan in "
     "2022, the ministry said Tuesday, well below the 17.7% pace of 2021.",
     {("software_it_services_revenue", "level", *year(2022), 10.8e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2022), 11.2, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2021), 17.7, "eq")}),
    # Traditional Chinese: OpenCC's "添加" is an addition ("新增"); "寬頻" is broadband; "新能源車產、銷量"
    ("大陸通訊業運行情況\n\n2023年10月20日\n\n截至9月底，大陸5G基地台總數達318.9萬座，前三季新增87.7萬座；千兆寬頻（Gigabit）用戶達1.45億戶。"
     "前三季大陸新能源車產、銷量分別為631.3萬輛、627.8萬輛，年增33.7%、37.5%。",
     {("five_g_base_stations", "level", date(2023, 9, 30), date(2023, 9, 30), 3.189e6, "eq"),
      ("gigabit_broadband_users", "level", date(2023, 9, 30), date(2023, 9, 30), 1.45e8, "eq"),
      ("nev_production", "level", date(2023, 1, 1), date(2023, 9, 30), 6.313e6, "eq"), ("nev_sales", "level", date(2023, 1, 1), date(2023, 9, 30), 6.278e6, "eq"),
      ("nev_production", "yoy_pct", date(2023, 1, 1), date(2023, 9, 30), 33.7, "eq"), ("nev_sales", "yoy_pct", date(2023, 1, 1), date(2023, 9, 30), 37.5, "eq")}),
]

# (one test reads all of SESSION30's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION30)
def test_session30(text, expected):
    assert obs(text) == expected


# --- extractor 1.32.0 ---
SESSION31 = [
    # "measured as 5G users per 100 people": the penetration rate's own definition, no density of another figure
    ("China's 5G at the end of June\n\nJuly 22, 2025\n\nThe 5G user penetration rate, measured as 5G users per 100 people, "
     "stood at 78.1% at the end of June, the ministry said.",
     {("five_g_penetration_rate", "level", date(2025, 6, 30), date(2025, 6, 30), 78.1, "eq")}),
    # "Value added in the sector" after a sentence that names a manufacturing sector is that sector's
    ("China's industry in 2023\n\nJanuary 18, 2024\n\nEquipment manufacturing led the way. Value added in the sector rose 6.8% "
     "for the year, the ministry said.",
     {("equipment_manufacturing_value_added", "yoy_pct", *year(2023), 6.8, "eq")}),
    # (not a carmaker's: "Output in the sector" after an auto sentence is no catalogue figure)
    ("China's carmakers in 2023\n\nJanuary 18, 2024\n\nCarmakers had a hard year. Output in the sector fell 3.1% for the year.",
     set()),
    # "generated X yuan in telecommunications business revenue": the revenue the phrase after the figure names
    ("China's telecoms in 2021\n\nJanuary 25, 2022\n\nThe country's three big carriers generated 1.47 trillion yuan in telecommunications "
     "business revenue in 2021, up 8 percent, the ministry said.",
     {("telecom_business_revenue", "level", *year(2021), 1.47e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2021), 8.0, "eq")}),
    # (a province's operators are no national figure)
    ("Guangdong's telecoms in 2021\n\nJanuary 25, 2022\n\nGuangdong's operators generated 168 billion yuan in telecommunications "
     "business revenue in 2021.",
     set()),
]

SESSION31 += [
    # a sentence that opens with its period and a bare "累计产销" goes on with the subject of the sentence before
    ("汽车工业运行情况\n\n2019年10月14日\n\n9月，汽车产销分别同比下降6.2%和5.2%。1-9月累计产销1813.5万辆和1837.1万辆，同比下降11.4%和10.3%。",
     {("auto_production", "yoy_pct", *month(2019, 9), -6.2, "eq"), ("auto_sales", "yoy_pct", *month(2019, 9), -5.2, "eq"),
      ("auto_production", "level", date(2019, 1, 1), date(2019, 9, 30), 18.135e6, "eq"),
      ("auto_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 18.371e6, "eq"),
      ("auto_production", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), -11.4, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), -10.3, "eq")}),
    # "；其中12月产销双双突破50万辆": the month's both, more than the figure
    ("新能源汽车\n\n2021年1月13日\n\n2020年，新能源汽车产销分别完成136.6万辆和136.7万辆，同比分别增长7.5%和10.9%；其中12月产销双双突破20万辆，创历史新高。",
     {("nev_production", "level", *year(2020), 1.366e6, "eq"), ("nev_sales", "level", *year(2020), 1.367e6, "eq"),
      ("nev_production", "yoy_pct", *year(2020), 7.5, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq"),
      ("nev_production", "level", *month(2020, 12), 2e5, "gt"), ("nev_sales", "level", *month(2020, 12), 2e5, "gt")}),
    # (a bare "产销" in a new paragraph is not the last paragraph's subject)
    ("汽车工业运行情况\n\n2019年10月14日\n\n9月，汽车产销分别同比下降6.2%和5.2%。\n\n1-9月累计产销1813.5万辆和1837.1万辆。",
     {("auto_production", "yoy_pct", *month(2019, 9), -6.2, "eq"), ("auto_sales", "yoy_pct", *month(2019, 9), -5.2, "eq")}),
]

SESSION31 += [
    # a gloss in brackets inside the term: "电子信息制造业（计算机、通信和其他电子设备制造业）增加值"
    ("电子信息制造业运行情况\n\n2022年2月8日\n\n2021年，规模以上电子信息制造业（计算机、通信和其他电子设备制造业）增加值同比增长15.7%，增速比上年加快8.0个百分点。",
     {("electronics_manufacturing_value_added", "yoy_pct", *year(2021), 15.7, "eq")}),
]

SESSION31 += [
    # "；…，9月单月增速放缓至3.1%，较8月的5.3%进一步下滑": the month's rate and the month before's
    ("工业经济运行\n\n2019年10月18日\n\n前三季度，规模以上工业增加值同比增长5.6%；受需求偏弱影响，8月单月增速回落至4.4%，较7月的4.8%进一步放缓。",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 8), 4.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 7), 4.8, "eq")}),
]

SESSION31 += [
    # "That beat the previous record …" looks back on the figure before; the subject goes on past it
    ("China's crude steel in June\n\nJuly 16, 2018\n\nChina produced 81.61 million tonnes of crude steel in June, up 7.5 percent from a year "
     "earlier. That topped the previous record of 81.14 million tonnes set in May. Daily output averaged 2.72 million tonnes.\n\n"
     "Output in the first half rose 6.2 percent to 451.11 million tonnes.",
     {("crude_steel_output", "level", *month(2018, 6), 81.61e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2018, 6), 7.5, "eq"),
      ("crude_steel_output", "level", *h1(2018), 451.11e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2018), 6.2, "eq")}),
]

SESSION31 += [
    # "an increase of 150,000 from the end of last year and up from 2.9 million at the end of March": the month-end before
    ("China's 5G in April\n\nMay 24, 2023\n\nBy the end of April, China had 2.73 million 5G base stations, an increase of 419,000 "
     "from the end of last year and up from 2.64 million at the end of March.",
     {("five_g_base_stations", "level", date(2023, 4, 30), date(2023, 4, 30), 2.73e6, "eq"),
      ("five_g_base_stations", "level", date(2023, 3, 31), date(2023, 3, 31), 2.64e6, "eq")}),
]

SESSION31 += [
    # "In April, when Shanghai's lockdown was at its tightest, output contracted 2.9%": a setting, not the scope
    ("China's industry in May\n\nJune 15, 2022\n\nIndustrial output rose 0.7% from a year earlier in May. In March, when Jilin's "
     "factories were shut, output grew 5.0%.",
     {("industrial_value_added", "yoy_pct", *month(2022, 5), 0.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 3), 5.0, "eq")}),
    # "the China Association of Automobile Manufacturers said …, while production rose": the NEVs' production, not all vehicles'
    ("China's NEVs in 2021\n\nJanuary 12, 2022\n\nSales of new energy vehicles jumped 157.5% to 3.52 million last year, the China Association "
     "of Automobile Manufacturers said, while production rose 159.5% to 3.545 million.",
     {("nev_sales", "level", *year(2021), 3.52e6, "eq"), ("nev_sales", "yoy_pct", *year(2021), 157.5, "eq"),
      ("nev_production", "level", *year(2021), 3.545e6, "eq"), ("nev_production", "yoy_pct", *year(2021), 159.5, "eq")}),
    # "…, which put sales at 26.28 million": the same subject's other flow
    ("China's auto market in 2021\n\nJanuary 13, 2022\n\nVehicle production rose 3.4% to 26.08 million last year, according to the "
     "association's tally, which put sales at 26.28 million.",
     {("auto_production", "level", *year(2021), 26.08e6, "eq"), ("auto_production", "yoy_pct", *year(2021), 3.4, "eq"),
      ("auto_sales", "level", *year(2021), 26.28e6, "eq")}),
    # "Toyota and its Chinese partners sold": a carmaker's sales ("Chinese" names its partners, not the country)
    ("China's car market in 2018\n\nJanuary 14, 2019\n\nToyota and its Chinese joint ventures sold 1.47 million vehicles in China last year, up 14 percent.",
     set()),
    # "Auto sales, a bright spot in recent years, rose …": the aside's time is not the figure's
    ("China's economy in 2015\n\nJanuary 27, 2016\n\nCar sales, a bright spot in recent years, rose 4.7 percent to 24.6 million vehicles.",
     {("auto_sales", "level", *year(2015), 24.6e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq")}),
    # "Passenger vehicles, which include SUVs and multipurpose vehicles, …": what a kind covers is no subject
    ("China's car market in 2016\n\nJanuary 12, 2017\n\nPassenger vehicles, which include SUVs and multipurpose vehicles, made up the "
     "bulk of demand, with sales up 14.9% at 24.38 million.",
     set()),
    # an undated stock in a summary that the body dates is the body's, said again
    ("一季度工业和信息化发展情况\n\n2024年4月19日\n\n· 5G-A网络已在超过300个城市商用。\n\n截至2023年底，5G-A网络已在超过300个城市商用；"
     "一季度5G基站新增10万个。",
     {("five_g_a_cities", "level", *dec31(2023), 300, "gt")}),
    # Hong Kong's "首11個月" is the first eleven months
    ("內地汽車產銷數據\n\n2020年12月11日\n\n中國汽車工業協會數據顯示，首11個月汽車產銷分別為2237萬輛和2247萬輛，按年分別下降3.5%和2.9%，降幅較首10個月進一步收窄。",
     {("auto_production", "level", date(2020, 1, 1), date(2020, 11, 30), 22.37e6, "eq"), ("auto_sales", "level", date(2020, 1, 1), date(2020, 11, 30), 22.47e6, "eq"),
      ("auto_production", "yoy_pct", date(2020, 1, 1), date(2020, 11, 30), -3.5, "eq"), ("auto_sales", "yoy_pct", date(2020, 1, 1), date(2020, 11, 30), -2.9, "eq")}),
]

SESSION31 += [
    # "Chinese buyers took home 28.08m cars, buses and lorries last year, 2.8% fewer than in 2017. Production fell even
    # faster, by 4.2%, to 27.81m": a buying verb is sales; "fell even faster, by" gives the rate
    ("China's car market in 2019\n\nJan 16th 2020\n\nChinese buyers took home 25.77m cars, buses and lorries last year, 8.2% fewer "
     "than in 2018. Production fell even faster, by 7.5%, to 25.72m.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_production", "level", *year(2019), 25.72e6, "eq"), ("auto_production", "yoy_pct", *year(2019), -7.5, "eq")}),
    # "rose by an eye-popping 137.9%"; "the average user got through 6.25GB"; "revenue … reached just 1.3trn yuan"
    ("China's telecoms in 2019\n\nJan 25th 2020\n\nTelecoms business volume rose by an eye-watering 18.5% in 2019. In December the "
     "average user got through 8.59GB. But full-year revenue reached just 1.31trn yuan.",
     {("telecom_business_volume", "yoy_pct", *year(2019), 18.5, "eq"), ("mobile_dou", "level", *month(2019, 12), 8.59, "eq"),
      ("telecom_business_revenue", "level", *year(2019), 1.31e12, "eq")}),
    # Taiwan: "工信部28日在北京舉行記者會指出" names where it was said, not Beijing's figure; "微型電腦" is a microcomputer
    ("中國工業數據\n\n2017/01/27\n\n中國工業和信息化部26日在北京舉行記者會指出，2016年中國規模以上工業增加值年增6.0%。"
     "2016年中國微型電腦產量2.9億台，年減7.7%。",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"), ("computer_output", "level", *year(2016), 2.9e8, "eq"),
      ("computer_output", "yoy_pct", *year(2016), -7.7, "eq")}),
    # "汽车产量2811.9万辆、销量2802.8万辆，分别同比增长14.5%和13.7%": the sibling flow right after, and the rates in order
    ("汽车工业运行情况\n\n2017年1月12日\n\n2016年，汽车产量2811.9万辆、销量2802.8万辆，分别同比增长14.5%和13.7%。",
     {("auto_production", "level", *year(2016), 28.119e6, "eq"), ("auto_sales", "level", *year(2016), 28.028e6, "eq"),
      ("auto_production", "yoy_pct", *year(2016), 14.5, "eq"), ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq")}),
]

SESSION31 += [
    # "The full figure, 8.1616 trillion yuan, was up 13.3%": the exact figure restated, with its rate
    ("China's software in 2021\n\nJanuary 28, 2022\n\nRevenue in the software and information technology services industry hit 9.5 "
     "trillion yuan in 2021. The full figure, 9.4994 trillion yuan, was up 17.7% from 2020.",
     {("software_it_services_revenue", "level", *year(2021), 9.4994e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2021), 17.7, "eq")}),
    # "新能源汽车生产6.8万辆，同比增长1.5%；销售5.6万辆，同比下降4.1%": the other flow after the first one's rate
    ("汽车工业运行情况\n\n2016年4月15日\n\n一季度，新能源汽车生产8.2万辆，同比增长1.3倍；销售7.6万辆，同比下降1.5%。",
     {("nev_production", "level", *quarter(2016, 1), 82000, "eq"), ("nev_production", "yoy_pct", *quarter(2016, 1), 130.0, "eq"),
      ("nev_sales", "level", *quarter(2016, 1), 76000, "eq"), ("nev_sales", "yoy_pct", *quarter(2016, 1), -1.5, "eq")}),
    # "March alone saw 9.061 million 5G phones shipped"
    ("China's 5G phones in the first quarter\n\nApril 21, 2020\n\nShipments of 5G phones in China reached 14.4 million units in the first "
     "quarter. March alone saw 9.06 million 5G phones shipped.",
     {("five_g_phone_shipments", "level", *quarter(2020, 1), 14.4e6, "eq"), ("five_g_phone_shipments", "level", *month(2020, 3), 9.06e6, "eq")}),
    # "…, outpacing high-tech manufacturing's 9.5% gain": a sector's rate named with a possessive
    ("China's industry in the first half\n\nJuly 18, 2024\n\nValue added of equipment manufacturing grew 8.6% in the first half, "
     "ahead of high-tech manufacturing's 8.7% gain and well above the 6.0% for all industry.",
     {("equipment_manufacturing_value_added", "yoy_pct", *h1(2024), 8.6, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2024), 8.7, "eq")}),
]

SESSION31 += [
    # "新能源汽车前11个月产销分别为…" after a sentence on all vehicles: the period between the product and its attribute
    ("汽车工业运行情况\n\n2021年12月10日\n\n前11个月汽车产销分别为2317.2万辆和2348.9万辆，同比分别增长3.5%和3.4%。新能源汽车前11个月产销分别为"
     "302.3万辆和299.0万辆，同比均增长1.7倍。",
     {("auto_production", "level", date(2021, 1, 1), date(2021, 11, 30), 23.172e6, "eq"), ("auto_sales", "level", date(2021, 1, 1), date(2021, 11, 30), 23.489e6, "eq"),
      ("auto_production", "yoy_pct", date(2021, 1, 1), date(2021, 11, 30), 3.5, "eq"), ("auto_sales", "yoy_pct", date(2021, 1, 1), date(2021, 11, 30), 3.4, "eq"),
      ("nev_production", "level", date(2021, 1, 1), date(2021, 11, 30), 3.023e6, "eq"), ("nev_sales", "level", date(2021, 1, 1), date(2021, 11, 30), 2.99e6, "eq"),
      ("nev_production", "yoy_pct", date(2021, 1, 1), date(2021, 11, 30), 170.0, "eq"), ("nev_sales", "yoy_pct", date(2021, 1, 1), date(2021, 11, 30), 170.0, "eq")}),
]

# (one test reads all of SESSION31's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION31)
def test_session31(text, expected):
    assert obs(text) == expected


# --- extractor 1.33.0 ---

SESSION32 = [
    # "That compares with X vehicles sold in 2013": the earlier level when only one side says its unit
    ("China's car market in 2016\n\nJanuary 12, 2017\n\nVehicle sales in China rose 13.7% to 28.03 million in 2016. "
     "That compares with 21.98 million vehicles sold in 2013.",
     {("auto_sales", "level", *year(2016), 28.03e6, "eq"), ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq"),
      ("auto_sales", "level", *year(2013), 21.98e6, "eq")}),
    # "up from growth of just 4.7% in 2015": the earlier rate with "growth of" and "just" before it
    ("China's car market in 2016\n\nJanuary 12, 2017\n\nCar sales climbed 15.9% to 24.38 million in 2016, up from growth of "
     "just 7.3% in 2015.",
     {("auto_sales", "level", *year(2016), 24.38e6, "eq"), ("auto_sales", "yoy_pct", *year(2016), 15.9, "eq"),
      ("auto_sales", "yoy_pct", *year(2015), 7.3, "eq")}),
    # "That was down from sales growth of 6.9 percent in 2014": the one rate before of the flow named
    ("China's car market in 2015\n\nJanuary 12, 2016\n\nCar sales rose 4.7 percent to 24.6 million in 2015, while output grew "
     "3.3 percent to 24.5 million. That was down from sales growth of 6.9 percent in 2014.",
     {("auto_sales", "level", *year(2015), 24.6e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("auto_production", "level", *year(2015), 24.5e6, "eq"), ("auto_production", "yoy_pct", *year(2015), 3.3, "eq"),
      ("auto_sales", "yoy_pct", *year(2014), 6.9, "eq")}),
    # "Sales dropped from a record 28.88 million vehicles in 2017": the level before, its flow named again
    ("China's car market in 2018\n\nJanuary 14, 2019\n\nVehicle sales in China fell 2.8 percent to 28.08 million in 2018. "
     "Sales dropped from a record 28.88 million vehicles in 2017, the association said.",
     {("auto_sales", "level", *year(2018), 28.08e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", *year(2017), 28.88e6, "eq")}),
    # "Through November, sales had been down 1.7 percent": the year through that month
    ("China's car market in 2018\n\nJanuary 14, 2019\n\nVehicle sales in China fell 2.8 percent in 2018. Through November, "
     "sales had been down 1.6 percent.",
     {("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"), ("auto_sales", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), -1.6, "eq")}),
    # "Sales of X, known in China as new energy vehicles, fell …": the name the kind goes by
    ("China's car market in October\n\nNovember 12, 2019\n\nSales of battery cars and plug-in hybrids, known in China as new "
     "energy vehicles, fell 45.6% to 75,000 in October.",
     {("nev_sales", "level", *month(2019, 10), 75000, "eq"), ("nev_sales", "yoy_pct", *month(2019, 10), -45.6, "eq")}),
    # "…, but fell 34.2% in September alone, to 80,000": the level a later rate moved to
    ("China's NEVs in the first nine months\n\nOctober 14, 2019\n\nNEV sales rose 20.8% to 872,000 in the first nine months, "
     "but fell 34.2% in September alone, to 80,000.",
     {("nev_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 872000, "eq"), ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 20.8, "eq"),
      ("nev_sales", "yoy_pct", *month(2019, 9), -34.2, "eq"), ("nev_sales", "level", *month(2019, 9), 80000, "eq")}),
    # "That compares with 3.52 million NEVs sold in 2021" after a sentence with sales first, then production
    ("China's NEVs in 2022\n\nJanuary 12, 2023\n\nSales of NEVs jumped 93.4% to 6.887 million in 2022, while production rose "
     "96.9% to 7.058 million. That compares with 3.52 million NEVs sold in 2021.",
     {("nev_sales", "level", *year(2022), 6.887e6, "eq"), ("nev_sales", "yoy_pct", *year(2022), 93.4, "eq"),
      ("nev_production", "level", *year(2022), 7.058e6, "eq"), ("nev_production", "yoy_pct", *year(2022), 96.9, "eq"),
      ("nev_sales", "level", *year(2021), 3.52e6, "eq")}),
    # "That is a sharp slowdown from 2017, when output soared 68.1 percent to roughly 131,000 units"
    ("China's robots in 2018\n\nJanuary 28, 2019\n\nChina produced 147,682 industrial robots in 2018, up 4 percent. That is a "
     "marked slowdown from 2017, when output soared 68.1 percent to roughly 131,000 units.",
     {("industrial_robot_output", "level", *year(2018), 147682, "eq"), ("industrial_robot_output", "yoy_pct", *year(2018), 4.0, "eq"),
      ("industrial_robot_output", "yoy_pct", *year(2017), 68.1, "eq"), ("industrial_robot_output", "level", *year(2017), 131000, "approx")}),
    # "That was a touch slower than the 6.3% pace recorded in January-February, with March growth coming in at 5.7%"
    ("China's industry in the first quarter\n\nApril 18, 2023\n\nIndustrial value added rose 4.5% in the first quarter. That was a "
     "touch slower than the 4.8% pace recorded in January-February, with March growth coming in at 3.9%.",
     {("industrial_value_added", "yoy_pct", *quarter(2023, 1), 4.5, "eq"), ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 2, 28), 4.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 3), 3.9, "eq")}),
    # "X yuan (about $654 billion), up 16.6% from about 3.7 trillion yuan in 2014": past the dollar conversion
    ("China's software industry in 2015\n\nFebruary 3, 2016\n\nSoftware and IT services revenue reached 4.3 trillion yuan "
     "(about $654 billion) in 2015, up 16.6% from about 3.7 trillion yuan in 2014.",
     {("software_it_services_revenue", "level", *year(2015), 4.3e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2015), 16.6, "eq"),
      ("software_it_services_revenue", "level", *year(2014), 3.7e12, "approx")}),
    # "High-tech manufacturing, which …, fared better over the year as a whole, growing by 11.7%"
    ("China's industry in 2018\n\nJanuary 21, 2019\n\nIndustrial output grew 6.2% in 2018. High-tech manufacturing, which the "
     "government promotes, fared better over the year as a whole, growing by 11.7%.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq")}),
    # "11月汽车销量近291万辆，新能源汽车同比增长74%": another product's rate, not all vehicles'
    ("汽车产销\n\n2017年12月11日\n\n11月汽车销量近291万辆，新能源汽车同比增长74%。",
     {("auto_sales", "level", *month(2017, 11), 2.91e6, "lt")}),
    # "销量排名前十位的企业集团共销售2281.9万辆": the top groups', a subset
    ("汽车产销\n\n2017年12月11日\n\n1-11月，汽车销量排名前十位的企业集团共销售2281.9万辆，占汽车销售总量的87.5%。",
     set()),
]

SESSION32 += [
    # "down slightly from 6.5% in the first quarter": the earlier rate, with an adverb before "from"
    ("China's industry in the first half\n\nJuly 17, 2025\n\nIndustrial value added rose 5.9% in the first half, down slightly "
     "from 6.2% in the first quarter.",
     {("industrial_value_added", "yoy_pct", *h1(2025), 5.9, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2025, 1), 6.2, "eq")}),
    # "新能源汽车前两个月累计销量5.7万辆": a period in words inside the term
    ("汽车产销\n\n2020年3月12日\n\n新能源汽车前两个月累计销量6.3万辆，同比下降58%。",
     {("nev_sales", "level", date(2020, 1, 1), date(2020, 2, 29), 63000, "eq"), ("nev_sales", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -58.0, "eq")}),
    # "，而去年12月份为同比增长6.9%": last year's month, the same indicator
    ("工业生产\n\n2020年3月17日\n\n1-2月，全国规模以上工业增加值同比下降13.5%，而去年12月份为同比增长6.6%。",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 12), 6.6, "eq")}),
    # "，4月份一度下降2.9%后连续两个月回升": the month it once fell
    ("工业生产\n\n2022年7月20日\n\n上半年，全国规模以上工业增加值同比增长3.4%，其中6月份增长3.9%，4月份一度下降2.8%后连续两个月回升。",
     {("industrial_value_added", "yoy_pct", *h1(2022), 3.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 4), -2.8, "eq")}),
    # "市场人士预估…新能源汽车销量可望达1600万辆": a forecast
    ("汽车产销\n\n2025年7月18日\n\n上半年新能源汽车销量693.7万辆。市场人士预估，今年新能源汽车销量可望达1600万辆。",
     {("nev_sales", "level", *h1(2025), 6.937e6, "eq")}),
    # (guard: "实现了年初预期目标" and "超预期因素" say nothing of a forecast)
    ("工业生产\n\n2023年1月17日\n\n2022年，面对超预期因素冲击，全国规模以上工业增加值同比增长3.6%，实现了年初预期目标。",
     {("industrial_value_added", "yoy_pct", *year(2022), 3.6, "eq")}),
]

SESSION32 += [
    # "同期" after a month that is no drill-down ("其中") is the paragraph's own period
    ("电子信息制造业运行情况\n\n2025年7月30日\n\n上半年，规模以上电子信息制造业增加值同比增长11.4%。6月份，规模以上电子信息制造业增加值"
     "同比增长10.8%。同期，全国规模以上工业增加值同比增长5.9%。",
     {("electronics_manufacturing_value_added", "yoy_pct", *h1(2025), 11.4, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", *month(2025, 6), 10.8, "eq"),
      ("industrial_value_added", "yoy_pct", *h1(2025), 5.9, "eq")}),
    # "比上年的6.0%加快0.6个百分点": last year's rate
    ("工业通信业发展情况\n\n2018年1月29日\n\n2017年，全国规模以上工业增加值同比增长6.6%，比上年的6.1%加快0.5个百分点。",
     {("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq"), ("industrial_value_added", "yoy_pct", *year(2016), 6.1, "eq")}),
    # "1000Mbps及以上接入速率的固定宽带用户": gigabit users named by their speed
    ("通信业运行情况\n\n2022年7月20日\n\n截至6月底，1000Mbps及以上接入速率的固定宽带用户达6200万户。",
     {("gigabit_broadband_users", "level", date(2022, 6, 30), date(2022, 6, 30), 62e6, "eq")}),
    # "连续第5个月同比下滑": a count of months, no sales figure
    ("汽车产销\n\n2019年12月11日\n\n11月新能源汽车销量9.5万辆，同比下降43.7%，已是自7月以来连续第5个月同比下滑。",
     {("nev_sales", "level", *month(2019, 11), 95000, "eq"), ("nev_sales", "yoy_pct", *month(2019, 11), -43.7, "eq")}),
    # "…收入近9.8万亿元。…给出的具体数字是97542亿元": the exact figure said again
    ("软件业运行情况\n\n2025年9月20日\n\n1—8月，我国软件业务收入近9.8万亿元。发言人给出的具体数字是97542亿元，同比增长12.6%。",
     {("software_it_services_revenue", "level", date(2025, 1, 1), date(2025, 8, 31), 9.7542e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2025, 1, 1), date(2025, 8, 31), 12.6, "eq")}),
    # a US byline's date: "BY JANE DOE ON 1/26/21 AT 6:42 AM EST"
    ("China's 5G Push\n\nBY JANE DOE ON 1/26/21 AT 6:42 AM EST\n\nChina had 718,000 5G base stations by the end of December, "
     "the ministry said.",
     {("five_g_base_stations", "level", date(2020, 12, 31), date(2020, 12, 31), 718000, "eq")}),
    # Hong Kong usage: "首两月", "其中三月增长5.7%，较一至二月的6.3%", "及" between two figures, "机械人"
    ("工業數據\n\n2026年4月18日\n\n首季規模以上工業增加值按年增長6.1%，其中三月增長5.7%，較一至二月的6.3%放緩。新能源汽車產銷分別達390萬輛及382萬輛，"
     "按年增長22.6%及24.2%。工業機械人產量18.3萬套，增長22.8%。",
     {("industrial_value_added", "yoy_pct", *quarter(2026, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2026, 3), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.3, "eq"),
      ("nev_production", "level", *quarter(2026, 1), 3.9e6, "eq"), ("nev_sales", "level", *quarter(2026, 1), 3.82e6, "eq"),
      ("nev_production", "yoy_pct", *quarter(2026, 1), 22.6, "eq"), ("nev_sales", "yoy_pct", *quarter(2026, 1), 24.2, "eq"),
      ("industrial_robot_output", "level", *quarter(2026, 1), 183000, "eq"), ("industrial_robot_output", "yoy_pct", *quarter(2026, 1), 22.8, "eq")}),
    ("工業數據\n\n2026年3月20日\n\n今年首兩月，全國規模以上工業增加值按年增長5.6%，較去年全年5.9%的增速略為放緩。",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 5.6, "eq"), ("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq")}),
    # the masthead "香港01" is no Hong Kong scope: "內地" (the mainland) is the national figure
    ("香港01　> 中國觀察 > 內地經濟\n\n工信部數據\n\n出版：2026-03-20 18:45\n\n通信業方面，截至2月底，內地5G基站總數達491.2萬個。",
     {("five_g_base_stations", "level", date(2026, 2, 28), date(2026, 2, 28), 4.912e6, "eq")}),
]

SESSION32 += [
    # "6.606M and 6.72M units": a glued capital M is millions
    ("China's car market in the first quarter\n\nApr. 19, 2024\n\nVehicle production and sales totaled 6.61M and 6.72M units in Q1, "
     "up 6.4% and 10.6% Y/Y, respectively.",
     {("auto_production", "level", *quarter(2024, 1), 6.61e6, "eq"), ("auto_sales", "level", *quarter(2024, 1), 6.72e6, "eq"),
      ("auto_production", "yoy_pct", *quarter(2024, 1), 6.4, "eq"), ("auto_sales", "yoy_pct", *quarter(2024, 1), 10.6, "eq")}),
    # "December's reading ticked up to 5.7%, accelerating from 5.4% in November"
    ("China's industry in 2018\n\nJanuary 21, 2019\n\nIndustrial output rose 6.2% for the full year. December's reading ticked up "
     "to 5.7%, accelerating from 5.4% in November.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2018, 12), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 11), 5.4, "eq")}),
]

# (one test reads all of SESSION32's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION32)
def test_session32(text, expected):
    assert obs(text) == expected


# --- extractor 1.34.0 ---
SESSION33 = [
    # "the carriers added a combined 206 million 5G users during the year": an addition, not the total
    ("China's 5G year\n\nJanuary 20, 2023\n\nThe number of 5G mobile phone users reached 561 million at the end of last year. "
     "The three carriers added a combined 206 million 5G users during the year.",
     {("five_g_mobile_users", "level", *dec31(2022), 5.61e8, "eq")}),
    # a bracketed aside names its own month: "降幅比10月进一步扩大（10月汽车销量同比下降11.7%）"
    ("汽车产销数据\n\n2018年12月11日\n\n11月份，汽车产销分别完成259.9万辆和254.8万辆，比上年同期分别下降16.7%和13.9%，"
     "降幅比10月进一步扩大（10月汽车销量同比下降11.7%）。",
     {("auto_production", "level", *month(2018, 11), 2.599e6, "eq"), ("auto_sales", "level", *month(2018, 11), 2.548e6, "eq"),
      ("auto_production", "yoy_pct", *month(2018, 11), -16.7, "eq"), ("auto_sales", "yoy_pct", *month(2018, 11), -13.9, "eq"),
      ("auto_sales", "yoy_pct", *month(2018, 10), -11.7, "eq")}),
    # "比上年末（3162万个）净增36万个": the stock at the year-end it is compared with
    ("通信业运行情况\n\n2026年3月20日\n\n截至2月末，具备千兆网络服务能力的10G PON端口数达3198万个，比上年末（3162万个）净增36万个。",
     {("ten_g_pon_ports", "level", date(2026, 2, 28), date(2026, 2, 28), 3.198e7, "eq"),
      ("ten_g_pon_ports", "level", *dec31(2025), 3.162e7, "eq")}),
    # a dash aside between the subject and its figure names no scope of the figure
    ("China's factories in 2017\n\nJanuary 20, 2018\n\nOutput of industrial robots — a market in which Germany's Kuka is a "
     "major supplier — jumped 68.1 percent to 131,000 units in 2017.",
     {("industrial_robot_output", "level", *year(2017), 131000, "eq"), ("industrial_robot_output", "yoy_pct", *year(2017), 68.1, "eq")}),
    # ... but a dash aside does not hide a scope before it
    ("Robots\n\nJanuary 20, 2018\n\nGermany's output of industrial robots — a market in which China is catching up — rose 8 percent "
     "to 21,000 units in 2017.",
     set()),
    # a quoted subject opens the sentence before: 'Production reached … and sales …' are its figures
    ("China's car market in 2023\n\nJanuary 12, 2024\n\nVehicle sales grew 12% in 2023. \u201cNew energy vehicles\u201d (NEVs), the "
     "official term for battery-electric and plug-in hybrid cars, were the engine of that growth. Production reached 9.587 million "
     "units and sales 9.495 million, up 35.8% and 37.9% respectively, compared with 6.89 million NEVs sold in 2022.",
     {("auto_sales", "yoy_pct", *year(2023), 12, "eq"),
      ("nev_production", "level", *year(2023), 9.587e6, "eq"), ("nev_sales", "level", *year(2023), 9.495e6, "eq"),
      ("nev_production", "yoy_pct", *year(2023), 35.8, "eq"), ("nev_sales", "yoy_pct", *year(2023), 37.9, "eq"),
      ("nev_sales", "level", *year(2022), 6.89e6, "eq")}),
    # a pair's earlier level that names no flow is either one's: not read
    ("NEVs in 2023\n\nJanuary 12, 2024\n\nNEV production and sales reached 9.587 million and 9.495 million in 2023, up 35.8% and "
     "37.9% respectively, compared with 6.89 million in 2022.",
     {("nev_production", "level", *year(2023), 9.587e6, "eq"), ("nev_sales", "level", *year(2023), 9.495e6, "eq"),
      ("nev_production", "yoy_pct", *year(2023), 35.8, "eq"), ("nev_sales", "yoy_pct", *year(2023), 37.9, "eq")}),
    # "bringing first-half growth to 6.9 percent": the same rate for the period it names
    ("China's factories in June\n\nJuly 17, 2017\n\nChina's industrial output rose 7.6 percent in June from a year earlier, "
     "the statistics bureau said Monday, bringing first-half growth to 6.9 percent.",
     {("industrial_value_added", "yoy_pct", *month(2017, 6), 7.6, "eq"), ("industrial_value_added", "yoy_pct", *h1(2017), 6.9, "eq")}),
    # "burning through an average of 8.3 gigabytes per user": data usage per user
    ("Data-hungry China\n\nOctober 20, 2019\n\nChinese mobile users are heavy data consumers, burning through an average of "
     "8.3 gigabytes per user in September, ministry figures show.",
     {("mobile_dou", "level", *month(2019, 9), 8.3, "eq")}),
    # the count named inside "bringing the total number of 5G base stations to", after base stations of any kind
    ("China's 5G build-out\n\nJanuary 21, 2021\n\nMore than 600,000 base stations were newly built in 2020, bringing the total "
     "number of 5G base stations to 718,000.",
     {("five_g_base_stations", "level", *dec31(2020), 718000, "eq")}),
]

SESSION33 += [
    # spaces set between Chinese and figures ("1-5 月，电信业务收入累计完成 7353 亿元") are read as if absent
    ("工信部：1-5 月通信业运行情况\n\n2024/6/24 16:58:20 来源：IT之家\n\n1-5 月，电信业务收入累计完成 7353 亿元，同比增长 3.0%。"
     "截至 5 月末，5G 基站总数达 383.7 万个。",
     {("telecom_business_revenue", "level", date(2024, 1, 1), date(2024, 5, 31), 7.353e11, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), 3.0, "eq"),
      ("five_g_base_stations", "level", date(2024, 5, 31), date(2024, 5, 31), 3.837e6, "eq")}),
    # ... but a headline's space after a unit still ends one item: "超7.3万亿 5G基站超71万个"
    ("前11月软件业收入超7.3万亿 5G基站超71万个\n\n2020年12月20日\n\n截至11月底，我国已累计建成5G基站超过71万个。",
     {("five_g_base_stations", "level", date(2020, 11, 30), date(2020, 11, 30), 710000, "gt")}),
    # a transcript's questions do not set the period briefed: "今年1月份" asked about is no reporting period
    ("国新办新闻发布会\n\n2021-03-01 19:33　来源：中国政府网\n\n2020年，工业经济率先实现正增长。截至2020年底，全国累计建成5G基站71.8万个。"
     "累计培育1832家专精特新“小巨人”企业。\n\n记者：\n\n今年1月份以来芯片供应紧张，请问有何措施？",
     {("five_g_base_stations", "level", *dec31(2020), 718000, "eq"), ("little_giant_enterprises", "level", *dec31(2020), 1832, "eq")}),
    # the Indian grouping of lakhs: "3,31,092 units" is 331,092
    ("Auto sales in 2015\n\nJanuary 13, 2016\n\nSales of new energy vehicles reached 3,31,092 units in 2015.",
     {("nev_sales", "level", *year(2015), 331092, "eq")}),
    # the analysts' "1H20" and "2Q20"
    ("China autos\n\nAugust 5, 2020\n\nNEV sales fell by 37.4% yoy to 393,000 units in 1H20. Value-added of industrial enterprises "
     "above designated size rose by 4.4% yoy in 2Q20.",
     {("nev_sales", "level", *h1(2020), 393000, "eq"), ("nev_sales", "yoy_pct", *h1(2020), -37.4, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2020, 2), 4.4, "eq")}),
    # "The China Association of Automobile Manufacturers (CAAM), whose figures …, put full-year sales at": the
    # subject before, exactly
    ("China car sales fall\n\nJanuary 15, 2019\n\nAutomobile sales totaled nearly 28.1 million vehicles in 2018. The China "
     "Association of Automobile Manufacturers (CAAM), whose figures the ministry uses, put full-year sales at 28.081 million.",
     {("auto_sales", "level", *year(2018), 28.081e6, "eq")}),
    # "Detailed figures released alongside the briefing put the two-month revenue at …"
    ("Software revenue\n\nMarch 20, 2024\n\nChina's software and information technology services industry earned more than 1.7 "
     "trillion yuan in January and February. Detailed figures released alongside the briefing put the two-month revenue at "
     "1.7199 trillion yuan, up 11.6% from a year earlier.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 2, 29), 1.7199e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 11.6, "eq")}),
]

SESSION33 += [
    # "FRANCE 24 - International breaking news": the site's tagline, not a headline naming France
    ("FRANCE 24 - International breaking news\nBusiness / Tech\n\nChina steel output falls\n\nPublished on: 26/01/2016 - 11:48\n\n"
     "Crude steel output dropped 2.3 percent to 803.83 million tonnes in 2015, the ministry said.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
    # a provincial reprint's national paragraph runs on past "覆盖全国所有地级市城区" (no city named)
    ("前三季度全国工业经济稳定恢复 我省规上工业增加值增长8.8%\n\n来源：陕西日报　发布时间：2021-10-26 08:35\n\n"
     "全国层面，截至9月底，全国累计建成5G基站115.9万个，5G网络覆盖全国所有地级市城区。千兆光网建设提速，千兆宽带用户达2456万户。\n\n"
     "我省方面，全省千兆宽带用户达到61.5万户。",
     {("five_g_base_stations", "level", date(2021, 9, 30), date(2021, 9, 30), 1.159e6, "eq"),
      ("gigabit_broadband_users", "level", date(2021, 9, 30), date(2021, 9, 30), 2.456e7, "eq")}),
    # "较第一季度的3.0%加快": the earlier quarter's rate; "中国电信业务收入" is the country's telecom revenue, not China Telecom's
    ("上半年工業數據\n\n2023年7月20日\n\n上半年中国规模以上工业增加值同比增长3.8%，其中第二季度同比增长4.5%，较第一季度的3.0%加快1.5个百分点。"
     "上半年，中国电信业务收入累计8608亿元，同比增长6.2%。",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2023, 2), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq"),
      ("telecom_business_revenue", "level", *h1(2023), 8.608e11, "eq"), ("telecom_business_revenue", "yoy_pct", *h1(2023), 6.2, "eq")}),
    # a second pair past who said it, linked by "at": "…, the association said, and were up 14.1 percent at 25.08 million in the first 11 months"
    ("China car sales\n\nDecember 12, 2016\n\nVehicle sales jumped 16.6 percent to 2.94 million units in November, the China "
     "Association of Automobile Manufacturers said, and were up 14.1 percent at 25.08 million in the first 11 months.",
     {("auto_sales", "level", *month(2016, 11), 2.94e6, "eq"), ("auto_sales", "yoy_pct", *month(2016, 11), 16.6, "eq"),
      ("auto_sales", "level", date(2016, 1, 1), date(2016, 11, 30), 25.08e6, "eq"),
      ("auto_sales", "yoy_pct", date(2016, 1, 1), date(2016, 11, 30), 14.1, "eq")}),
]

SESSION33 += [
    # "软件和信息技术服务业全年完成业务收入": a period inside the term
    ("软件业运行情况\n\n2021年3月1日\n\n2020年，软件和信息技术服务业全年完成业务收入8.16万亿元，同比增长13.3%。",
     {("software_it_services_revenue", "level", *year(2020), 8.16e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2020), 13.3, "eq")}),
    # "產量及銷量" (Hong Kong usage) is the pair too
    ("新能源汽車\n\n2022年3月15日\n\n首兩月，新能源汽車產量及銷量分別達82.6萬輛及77.4萬輛，按年分別增長160.5%及154.9%。",
     {("nev_production", "level", date(2022, 1, 1), date(2022, 2, 28), 826000, "eq"), ("nev_sales", "level", date(2022, 1, 1), date(2022, 2, 28), 774000, "eq"),
      ("nev_production", "yoy_pct", date(2022, 1, 1), date(2022, 2, 28), 160.5, "eq"), ("nev_sales", "yoy_pct", date(2022, 1, 1), date(2022, 2, 28), 154.9, "eq")}),
    # Taiwan usage: "第3季年增4.8%" is the third quarter's
    ("中國前3季工業增加值年增3.9%\n\n2022/10/26 16:48\n\n中國工業和信息化部今天表示，今年前3季規模以上工業增加值年增3.9%，第3季年增4.8%，較第2季明顯回升。",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 3.9, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2022, 3), 4.8, "eq")}),
    # "grew 9.2% …, reflecting the gap … that European operators will recognise": a comment, not a forecast
    ("China telecoms\n\nSeptember 22, 2025\n\nTelecommunications business volume grew 9.2% in the first eight months, reflecting the "
     "gap between traffic growth and monetisation that European operators will recognise.",
     {("telecom_business_volume", "yoy_pct", date(2025, 1, 1), date(2025, 8, 31), 9.2, "eq")}),
]

SESSION33 += [
    # "Software & IT services revenue": the ampersand joins the industry's name
    ("China Q1 data\n\nMarch 20, 2026\n\n- Software & IT services revenue reached RMB 2.09tn in Jan-Feb, +10.2% y/y.",
     {("software_it_services_revenue", "level", date(2026, 1, 1), date(2026, 2, 28), 2.09e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 10.2, "eq")}),
    # "…, while June growth picked up to 6.8 per cent from 5.8 per cent in May": the same subject's month
    ("China industry in Q2\n\nJuly 18, 2025\n\nIn the second quarter alone, industrial value-added rose 6.2 per cent, while June "
     "growth picked up to 6.8 per cent from 5.8 per cent in May.",
     {("industrial_value_added", "yoy_pct", *quarter(2025, 2), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2025, 6), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 5), 5.8, "eq")}),
]

# (one test reads all of SESSION33's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION33)
def test_session33(text, expected):
    assert obs(text) == expected


# --- extractor 1.35.0 ---
SESSION34 = [
    # "新培育…企业2930家，累计已达4762家": the running total after an addition
    ("中小企业发展情况\n\n2023年1月18日\n\n去年新培育第四批专精特新“小巨人”企业4300家，累计已达8997家。",
     {("little_giant_enterprises", "level", *dec31(2022), 8997, "eq")}),
    # (an addition alone is still no total)
    ("中小企业发展情况\n\n2023年1月18日\n\n去年新培育第四批专精特新“小巨人”企业4300家。", set()),
    # "同比大增": up
    ("工业运行情况\n\n2018年1月29日\n\n全年工业机器人产量13.1万台（套），同比大增68.1%。",
     {("industrial_robot_output", "level", *year(2017), 131000, "eq"), ("industrial_robot_output", "yoy_pct", *year(2017), 68.1, "eq")}),
    # Taiwan: "年增率分別為" (year on year, respectively) and "5G手機用戶"
    ("陸新能源車產銷兩旺 電信業務收入成長\n\n2023年4月21日\n\n據中國汽車工業協會統計，首季新能源汽車產銷分別為165.0萬輛和158.6萬輛，"
     "年增率分別為27.7%和26.2%。截至3月底，中國5G手機用戶達6.2億戶。",
     {("nev_production", "level", *quarter(2023, 1), 1.65e6, "eq"), ("nev_sales", "level", *quarter(2023, 1), 1.586e6, "eq"),
      ("nev_production", "yoy_pct", *quarter(2023, 1), 27.7, "eq"), ("nev_sales", "yoy_pct", *quarter(2023, 1), 26.2, "eq"),
      ("five_g_mobile_users", "level", date(2023, 3, 31), date(2023, 3, 31), 6.2e8, "eq")}),
    # "千兆用户数": gigabit broadband users
    ("通信业运行情况\n\n2023年7月20日\n\n截至6月底，千兆用户数达到1.28亿户。",
     {("gigabit_broadband_users", "level", date(2023, 6, 30), date(2023, 6, 30), 1.28e8, "eq")}),
    # "上半年…下降；前三季度…增长；其中三季度增长…，9月份增长…": the quarter and month after the second rate
    ("工业经济运行\n\n2020年10月23日\n\n上半年，规模以上工业增加值同比下降1.3%；前三季度，规模以上工业增加值同比增长1.2%；"
     "其中三季度增长5.8%，9月份增长6.9%。",
     {("industrial_value_added", "yoy_pct", *h1(2020), -1.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 1.2, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2020, 3), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 9), 6.9, "eq")}),
    # a subject glossed by a dash aside, then its pair: the aside's "cars" is no other subject
    ("China autos in Q1\n\nApril 14, 2021\n\nFor new energy vehicles - battery-electric and plug-in hybrid cars - production and sales "
     "were 532,000 and 515,000 units in the first quarter, up 3.2 times and 2.8 times.",
     {("nev_production", "level", *quarter(2021, 1), 532000, "eq"), ("nev_sales", "level", *quarter(2021, 1), 515000, "eq")}),
    # a participle aside between the subject and its verb
    ("China autos\n\nJanuary 12, 2017\n\nOutput of new energy vehicles, boosted by generous subsidies, rose 51.7 percent to 517,000 units last year.",
     {("nev_production", "level", *year(2016), 517000, "eq"), ("nev_production", "yoy_pct", *year(2016), 51.7, "eq")}),
    # a topic before a colon, then a passive pair with no noun
    ("China autos\n\nJanuary 12, 2017\n\nNew energy vehicles were the bright spot: 517,000 were produced and 507,000 sold last year.",
     {("nev_production", "level", *year(2016), 517000, "eq"), ("nev_sales", "level", *year(2016), 507000, "eq")}),
    # (a company before the colon is no catalogue subject)
    ("China autos\n\nJanuary 12, 2017\n\nBYD was the bright spot: 96,000 were produced and 95,000 sold last year.", set()),
    # "unchanged from the 4.5 percent recorded in August": August's rate
    ("China industry\n\nOctober 19, 2023\n\nIn September, industrial value-added grew by 4.5 percent, unchanged from the 4.5 percent recorded in August.",
     {("industrial_value_added", "yoy_pct", *month(2023, 9), 4.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 8), 4.5, "eq")}),
    # "Growth slowed in the second quarter, with value-added rising …": the rate talked of, in the clause after
    ("China industry\n\nJuly 17, 2023\n\nIn the first half, the value-added of industrial enterprises above designated size grew 3.8 percent. "
     "Growth picked up in the second quarter, with value-added rising 4.5 percent in Q2.",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2023, 2), 4.5, "eq")}),
    # "The decline narrowed in April, when output dropped 2.9 per cent": a fall, for the month
    ("China industry\n\nJune 16, 2022\n\nIndustrial value added grew 4.0 per cent in January-April. The decline narrowed in May, "
     "when output dropped 2.9 per cent, after a 0.7 per cent fall in April.",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 4, 30), 4.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 5), -2.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 4), -0.7, "eq")}),
    # "…, with the second quarter also at 6.2 percent and June accelerating to 6.8 percent": each its own period
    ("China industry\n\nJuly 16, 2018\n\nValue-added output of industrial enterprises above designated size grew 6.7 percent in the first half, "
     "with the second quarter also at 6.6 percent and June easing to 6.0 percent.",
     {("industrial_value_added", "yoy_pct", *h1(2018), 6.7, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2018, 2), 6.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 6), 6.0, "eq")}),
    # "… grew 11.7 percent and that in equipment manufacturing 8.1 percent": the verb left out
    ("China industry\n\nJanuary 18, 2019\n\nValue added in high-tech manufacturing grew 11.7 percent and that in equipment manufacturing 8.1 percent last year.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.1, "eq")}),
    # "The average Chinese mobile user devoured 19.2GB of data in May": the month's DOU
    ("China data use\n\nJune 20, 2025\n\nThe average Chinese mobile user devoured 19.2GB of data in May.",
     {("mobile_dou", "level", *month(2025, 5), 19.2, "eq")}),
    # "…; in May alone the figure was 19.6GB": the level before, for the month
    ("China data use\n\nJune 20, 2025\n\nAverage monthly mobile data usage per user (DOU) was 18.9GB over the first five months; "
     "in May alone the figure was 19.6GB, up 9.5% y-o-y.",
     {("mobile_dou", "level", date(2025, 1, 1), date(2025, 5, 31), 18.9, "eq"), ("mobile_dou", "level", *month(2025, 5), 19.6, "eq"),
      ("mobile_dou", "yoy_pct", *month(2025, 5), 9.5, "eq")}),
    # crores, a rounded pair said exactly in brackets, and "respectively over H1 2023" (the base, not the period)
    ("China auto sales\n\nJuly 11, 2024\n\nVehicle production and sales in China touched 1.39 crore and 1.40 crore units "
     "(13.891 million and 14.047 million) in H1 2024, rising 4.9 percent and 6.1 percent respectively over H1 2023.",
     {("auto_production", "level", *h1(2024), 13.891e6, "eq"), ("auto_sales", "level", *h1(2024), 14.047e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2024), 4.9, "eq"), ("auto_sales", "yoy_pct", *h1(2024), 6.1, "eq")}),
    # an em dash glued before a figure opens an aside: the exact figure said after the threshold
    ("China software\n\nJanuary 20, 2020\n\nRevenue of the software and information technology services industry topped 7 trillion yuan "
     "last year\u20147.18 trillion yuan to be exact\u2014up 15.4% from a year earlier.",
     {("software_it_services_revenue", "level", *year(2019), 7.18e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2019), 15.4, "eq")}),
    # "The official tally stood at 3.919 million": the threshold before, said precisely
    ("China 5G\n\nJuly 19, 2024\n\nBy the end of June, China had more than 3.9 million 5G base stations. The official tally stood at 3.919 million.",
     {("five_g_base_stations", "level", date(2024, 6, 30), date(2024, 6, 30), 3.919e6, "eq")}),
    # "December sales alone climbed …": a month singled out is not carried to the next sentence
    ("China autos\n\nJanuary 14, 2016\n\nVehicle sales rose 4.7pc to 24.6m in 2015. December sales alone climbed 15.4pc to 2.79m. "
     "Sales of new energy vehicles soared to 331,000.",
     {("auto_sales", "level", *year(2015), 24.6e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("auto_sales", "level", *month(2015, 12), 2.79e6, "eq"), ("auto_sales", "yoy_pct", *month(2015, 12), 15.4, "eq"),
      ("nev_sales", "level", *year(2015), 331000, "eq")}),
]

# (one test reads all of SESSION34's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION34)
def test_session34(text, expected):
    assert obs(text) == expected


# --- extractor 1.36.0 ---
SESSION35 = [
    # a US byline's "1/24/17, 5:30 AM CET" dates the page, so "last year" is 2016
    ("China steel output hits record\n\nBy A Reporter\n1/24/17, 5:30 AM CET\n\nCrude steel output rose 1.2 percent last year to 808.4 million tonnes.",
     {("crude_steel_output", "level", *year(2016), 808.4e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2016), 1.2, "eq")}),
    # lakhs, and a figure glossed in another scale between it and its noun; an Indian clause subject is not China's
    ("China 5G\n\nJune 20, 2025\n\nChina had 4.25 million (42.5 lakh) 5G base stations by the end of May. "
     "By comparison, Indian telecom operators had installed around 4.6 lakh 5G base stations as of May.",
     {("five_g_base_stations", "level", date(2025, 5, 31), date(2025, 5, 31), 4.25e6, "eq")}),
    ("China NEVs\n\nJuly 12, 2025\n\nChina's NEV sales rose to 49.7 lakh units in the first half, up 30.1 percent.",
     {("nev_sales", "level", *h1(2025), 4.97e6, "eq"), ("nev_sales", "yoy_pct", *h1(2025), 30.1, "eq")}),
    ("China 5G\n\nDecember 20, 2019\n\nChina had 126,000 5G base stations at the end of November. "
     "The three Korean carriers had installed about 94,000 5G base stations by then.",
     {("five_g_base_stations", "level", date(2019, 11, 30), date(2019, 11, 30), 126000, "eq")}),
    # Taiwan's "營收" (revenue) and "兆元"; the profit after the software revenue
    ("大陸軟體產業\n\n2020年1月22日\n\n2019年，大陸軟體業務營收7.18兆元，年增15.4%；利潤總額9362億元，年增9.9%。",
     {("software_it_services_revenue", "level", *year(2019), 7.18e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2019), 15.4, "eq"),
      ("software_industry_profit", "level", *year(2019), 9.362e11, "eq"), ("software_industry_profit", "yoy_pct", *year(2019), 9.9, "eq")}),
    # "Gigabit寬頻用戶" and a spaced "1.58 兆元"
    ("大陸電信業\n\n2023年2月3日\n\n2022年，大陸電信業務收入累計 1.58 兆元人民幣，年增 8%；截至年底，Gigabit寬頻用戶達 9,175 萬戶。",
     {("telecom_business_revenue", "level", *year(2022), 1.58e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2022), 8.0, "eq"),
      ("gigabit_broadband_users", "level", *dec31(2022), 91.75e6, "eq")}),
    # "2亿3456万吨": one number
    ("钢铁生产\n\n2024年4月18日\n\n一季度，全国粗钢产量2亿3456万吨，同比下降3.1%。",
     {("crude_steel_output", "level", date(2024, 1, 1), date(2024, 3, 31), 234.56e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), -3.1, "eq")}),
    # a bare 产销 after "但9月当月" goes on with the clause before's vehicles: only the rates
    ("汽车工业\n\n2021年10月22日\n\n前三季度，汽车产销分别完成1850万辆和1880万辆，同比分别增长7%和8%，但9月当月产销同比分别下降15.2%和16.1%。",
     {("auto_production", "level", date(2021, 1, 1), date(2021, 9, 30), 18.5e6, "eq"), ("auto_sales", "level", date(2021, 1, 1), date(2021, 9, 30), 18.8e6, "eq"),
      ("auto_production", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 7.0, "eq"), ("auto_sales", "yoy_pct", date(2021, 1, 1), date(2021, 9, 30), 8.0, "eq"),
      ("auto_production", "yoy_pct", *month(2021, 9), -15.2, "eq"), ("auto_sales", "yoy_pct", *month(2021, 9), -16.1, "eq")}),
    # "；1-9月累计产销…，同比分别增长…": one rate each ("分别"), not the first for both
    ("汽车工业\n\n2022年10月14日\n\n9月，汽车产销分别完成267.5万辆和261万辆，同比分别增长36.6%和25.7%；1-9月累计产销1996.7万辆和1947万辆，同比分别增长7.5%和4.4%。",
     {("auto_production", "level", *month(2022, 9), 2.675e6, "eq"), ("auto_sales", "level", *month(2022, 9), 2.61e6, "eq"),
      ("auto_production", "yoy_pct", *month(2022, 9), 36.6, "eq"), ("auto_sales", "yoy_pct", *month(2022, 9), 25.7, "eq"),
      ("auto_production", "level", date(2022, 1, 1), date(2022, 9, 30), 19.967e6, "eq"), ("auto_sales", "level", date(2022, 1, 1), date(2022, 9, 30), 19.47e6, "eq"),
      ("auto_production", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 7.5, "eq"), ("auto_sales", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 4.4, "eq")}),
    # "与11月份6.1%相比回落0.4个百分点": November's own rate
    ("工业生产\n\n2020年1月20日\n\n2019年，全国规模以上工业增加值同比增长5.7%，其中12月份同比增长6.9%，与11月份6.2%相比加快0.7个百分点。",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 12), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq")}),
    # "累计创建绿色工厂" names the ministry's (national) lists; "突破…人民币，达…" restates the figure exactly
    ("工业绿色发展\n\n2021年7月19日\n\n截至6月底，累计创建绿色工厂2783家。上半年，软件业务收入突破4万亿元人民币，达43,154亿元，同比增长23.2%。",
     {("national_green_factories", "level", date(2021, 6, 30), date(2021, 6, 30), 2783, "eq"),
      ("software_it_services_revenue", "level", *h1(2021), 4.3154e12, "eq"), ("software_it_services_revenue", "yoy_pct", *h1(2021), 23.2, "eq")}),
    # an average's span of years is no period for the clause after it
    ("China industry\n\nJanuary 18, 2022\n\nValue added of industrial enterprises above designated size rose 9.6 percent in 2021, "
     "an average of 6.1 percent over the two years, while equipment manufacturing grew 12.9 percent.",
     {("industrial_value_added", "yoy_pct", *year(2021), 9.6, "eq"), ("equipment_manufacturing_value_added", "yoy_pct", *year(2021), 12.9, "eq")}),
    # "Last month, as the ministry reviewed 2022 at a press conference": when it was said, not the period reported
    ("5G next door\n\nFebruary 10, 2023\n\nLast month, as the ministry reviewed 2022 at a press conference in Beijing, the figures it gave for 5G "
     "made Nepal's plans look modest.\n\nChina had 2.31 million 5G base stations at the end of 2022.\n\nGigabit broadband users reached 91.75 million.",
     {("five_g_base_stations", "level", *dec31(2022), 2.31e6, "eq"), ("gigabit_broadband_users", "level", *dec31(2022), 91.75e6, "eq")}),
    # an EFE dateline, "Beijing, Jul 24 (efe-epa).-", is no region's; "after expanding by 6.8 percent in May"
    ("China's industry\n\nBeijing, Jul 24 (efe-epa).- China's industrial production grew 6.7 percent year-on-year in the first half of 2018. "
     "In June alone, industrial output grew 6 percent, after expanding by 6.8 percent in May.",
     {("industrial_value_added", "yoy_pct", *h1(2018), 6.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2018, 6), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 5), 6.8, "eq")}),
    # the exact figure after a colon or "or", "to be precise/exact", keeps the rate after it
    ("China software\n\nJanuary 28, 2020\n\nIn 2019, the software and information technology services industry, where most app makers sit, "
     "earned more than 7 trillion yuan: 7.18 trillion yuan to be precise, up 15.4%.",
     {("software_it_services_revenue", "level", *year(2019), 7.18e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2019), 15.4, "eq")}),
    ("China steel\n\nJuly 16, 2025\n\nCrude steel output came to roughly 515 million tonnes in the first half, or 514.83 million tonnes to be exact, down 3.0%.",
     {("crude_steel_output", "level", *h1(2025), 514.83e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2025), -3.0, "eq")}),
    # "it put the figure at …": the rounded level said exactly, with its rate
    ("China telecoms\n\nJanuary 28, 2016\n\nTelecommunications business revenue came to about 1.13 trillion yuan in 2015, the ministry said. "
     "In its annual bulletin, it put the figure at 1.1251 trillion yuan, down 2% from a year earlier.",
     {("telecom_business_revenue", "level", *year(2015), 1.1251e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2015), -2.0, "eq")}),
    # a plan that "calls for" a rate is a target; "between 2016 and 2020" is the 13th plan's five years (1.39.0)
    ("China's next plan\n\nMarch 8, 2021\n\nThe plan calls for a 5G user penetration rate of 56 percent. "
     "Between 2016 and 2020, Chinese factories built more than 135 million automobiles.",
     {("auto_production", "level", date(2016, 1, 1), date(2020, 12, 31), 135e6, "gt")}),
    # "… and that operators would …": the target is the next clause's
    ("China 5G\n\nMarch 20, 2020\n\nHuang said China had built 164,000 5G base stations by the end of February and that operators would speed up construction.",
     {("five_g_base_stations", "level", date(2020, 2, 29), date(2020, 2, 29), 164000, "eq")}),
    ("消费品工业\n\n2015年10月27日\n\n前三季度，消费品工业增加值同比增长6.8%，9月份增长6.4%。",
     {("consumer_goods_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 9, 30), 6.8, "eq"),
      ("consumer_goods_value_added", "yoy_pct", *month(2015, 9), 6.4, "eq")}),
    # "managed just 2.7 percent", "grew a more modest 3.1 percent", "continued to outpace …, growing 11.8 percent"
    ("China industry\n\nJanuary 19, 2024\n\nValue added of industrial enterprises above designated size rose 4.6 percent in 2023. "
     "Equipment manufacturing grew 6.8 percent, while high-tech manufacturing managed just 2.7 percent.",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2023), 6.8, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2023), 2.7, "eq")}),
    ("China industry\n\nJanuary 19, 2024\n\nValue added of industrial enterprises above designated size rose 4.6 percent in 2023. "
     "Equipment manufacturing rose 6.8 percent, while high-tech manufacturing grew a more modest 3.1 percent.",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2023), 6.8, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2023), 3.1, "eq")}),
    ("China industry\n\nOctober 19, 2018\n\nFor the third quarter as a whole, industrial value added grew 6 percent, while growth for the first three quarters "
     "came to 6.4 percent. High-tech manufacturing continued to outpace the rest of industry, growing 11.8 percent in the first nine months.",
     {("industrial_value_added", "yoy_pct", *quarter(2018, 3), 6.0, "eq"), ("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 6.4, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 11.8, "eq")}),
    # Platts: "Singapore - " opens a dateline; "million mt" are metric tons ("803.83 mt" alone is million tonnes: 1.41.0)
    ("China steel\n\nPublished: 15 Dec 2021\n\nSingapore - China's crude steel production fell 22% on year to 69.31 million mt in November.",
     {("crude_steel_output", "level", *month(2021, 11), 69.31e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2021, 11), -22.0, "eq")}),
    ("China steel\n\nJanuary 20, 2016\n\nCrude steel production in 2015 stood at 803.83 mt.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq")}),
    # "In March alone growth slowed to 5%, down from 7.5 percent in January-February"; "a long way from" an earlier rate
    ("China industry\n\nApril 19, 2022\n\nValue added of industrial enterprises above designated size rose 6.5% in the first quarter. "
     "In March alone growth slowed to 5%, down from 7.5 percent in January-February.",
     {("industrial_value_added", "yoy_pct", *quarter(2022, 1), 6.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 3), 5.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 2, 28), 7.5, "eq")}),
    ("China industry\n\nJanuary 20, 2021\n\nValue added of industrial enterprises above designated size grew 2.8 per cent in 2020, "
     "a long way from the 13.5 per cent contraction recorded in January-February.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"), ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # "collapsed" and "off" are falls
    ("China autos\n\nMarch 12, 2020\n\nCar sales in February collapsed 79.1 per cent year-on-year to 310,000 vehicles.",
     {("auto_sales", "level", *month(2020, 2), 310000, "eq"), ("auto_sales", "yoy_pct", *month(2020, 2), -79.1, "eq")}),
    ("China autos\n\nDecember 12, 2018\n\nIn the first 11 months, vehicle sales were down 1.7 percent at 25.41 million, with production off 1.0 percent at 25.2 million.",
     {("auto_sales", "level", date(2018, 1, 1), date(2018, 11, 30), 25.41e6, "eq"), ("auto_sales", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), -1.7, "eq"),
      ("auto_production", "level", date(2018, 1, 1), date(2018, 11, 30), 25.2e6, "eq"),
      ("auto_production", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), -1.0, "eq")}),
    # the next object of a flow verb: "turned out A industrial robots …, and B service robots"
    ("China robots\n\nApril 18, 2026\n\nFactories turned out 180,000 industrial robots in the first quarter, up 20.5 percent year on year, "
     "and 3.05 million service robots, up 12.4 percent.",
     {("industrial_robot_output", "level", *quarter(2026, 1), 180000, "eq"), ("industrial_robot_output", "yoy_pct", *quarter(2026, 1), 20.5, "eq"),
      ("service_robot_output", "level", *quarter(2026, 1), 3.05e6, "eq"), ("service_robot_output", "yoy_pct", *quarter(2026, 1), 12.4, "eq")}),
    # "down by 3.6% year on year and lower than 92.86 million tonnes in May": the rate is year on year
    ("China steel\n\nJuly 16, 2024\n\nCrude steel output totaled 530.6 million tonnes in January-June. In June, output was 91.6 million tonnes, "
     "down by 3.6% year on year and lower than 92.9 million tonnes in May.",
     {("crude_steel_output", "level", *h1(2024), 530.6e6, "eq"), ("crude_steel_output", "level", *month(2024, 6), 91.6e6, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2024, 6), -3.6, "eq")}),
    # "与4月份的6.0%持平": April's own rate
    ("工业生产\n\n2016年6月20日\n\n1-5月，全国规模以上工业增加值同比增长5.9%。5月份增长6.0%，与4月份的6.0%持平。",
     {("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 5, 31), 5.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 5), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2016, 4), 6.0, "eq")}),
    # "3.0 percent more than in 2016" after "Last year" in a 2018 page: year on year for 2017
    ("China autos\n\nDecember 12, 2018\n\nIn the first 11 months, vehicle sales were down 1.7 percent at 25.4 million. "
     "Last year, Chinese buyers took home 28.9 million vehicles, 3.0 percent more than in 2016.",
     {("auto_sales", "level", date(2018, 1, 1), date(2018, 11, 30), 25.4e6, "eq"), ("auto_sales", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), -1.7, "eq"),
      ("auto_sales", "level", *year(2017), 28.9e6, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq")}),
    # a "when" clause's rate after the one level of its sentence
    ("China autos\n\nJanuary 14, 2019\n\nVehicle sales fell 2.8 percent in 2018 to 28.08 million units. "
     "That's down from a record 28.9 million in 2017, when sales rose 3 percent.",
     {("auto_sales", "level", *year(2018), 28.08e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", *year(2017), 28.9e6, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq")}),
    # a provincial page: a sentence opening on 全国 scopes the next one of its paragraph, not the province's after it
    ("上半年全市工业经济运行情况\n\n2023年7月21日\n\n信息通信业方面，截至6月底，全国5G基站累计达到293.7万个。具备千兆网络服务能力的10G PON端口数达2029万个。"
     "全市5G基站达3.2万个。",
     {("five_g_base_stations", "level", date(2023, 6, 30), date(2023, 6, 30), 2.937e6, "eq"),
      ("ten_g_pon_ports", "level", date(2023, 6, 30), date(2023, 6, 30), 20.29e6, "eq")}),
    # 利润总额 after the digital industry's revenue is its profit
    ("数字产业\n\n2025年1月22日\n\n2024年，数字产业完成业务收入35万亿元，同比增长5.5%；实现利润总额2.7万亿元，同比增长3.5%。",
     {("digital_industry_revenue", "level", *year(2024), 35e12, "eq"), ("digital_industry_revenue", "yoy_pct", *year(2024), 5.5, "eq"),
      ("digital_industry_profit", "level", *year(2024), 2.7e12, "eq"), ("digital_industry_profit", "yoy_pct", *year(2024), 3.5, "eq")}),
    # "比一季度（下降3.0%）加快": the quarter's own (negative) rate
    ("电子信息制造业\n\n2020年5月28日\n\n1-4月，规模以上电子信息制造业增加值同比增长0.4%，增速比一季度（下降3.0%）加快3.4个百分点。",
     {("electronics_manufacturing_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 4, 30), 0.4, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", *quarter(2020, 1), -3.0, "eq")}),
    # a bare 产量/销量 with only its rate after the same subject's levels
    ("汽车\n\n2019年12月11日\n\n11月，我国汽车产销分别完成264.1万辆和245.9万辆，环比分别增长6.2%和4.3%；产量同比增长1.9%，销量同比下降3.6%。",
     {("auto_production", "level", *month(2019, 11), 2.641e6, "eq"), ("auto_sales", "level", *month(2019, 11), 2.459e6, "eq"),
      ("auto_production", "yoy_pct", *month(2019, 11), 1.9, "eq"), ("auto_sales", "yoy_pct", *month(2019, 11), -3.6, "eq")}),
]

# (one test reads all of SESSION35's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION35)
def test_session35(text, expected):
    assert obs(text) == expected


# --- extractor 1.37.0 ---
SESSION36 = [
    # "mn t": million tonnes (Argus); the earlier level after "to X last year, from Y in <year>"
    ("China steel\n\nJanuary 19, 2017\n\nCrude steel output rose by 1.2pc to 808.4mn t last year, from 798.8mn t in 2015. "
     "Output in December rose by 4.9pc from a year earlier to 67.2mn t.",
     {("crude_steel_output", "level", *year(2016), 808.4e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2016), 1.2, "eq"),
      ("crude_steel_output", "level", *year(2015), 798.8e6, "eq"),
      ("crude_steel_output", "level", *month(2016, 12), 67.2e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2016, 12), 4.9, "eq")}),
    # "grew its revenue from X in <year> to Y in <year>": both levels
    ("Software\n\nMarch 2, 2021\n\nThe software and information technology services industry grew its revenue from 6.2 trillion yuan "
     "in 2018 to 8.2 trillion yuan in 2020.",
     {("software_it_services_revenue", "level", *year(2018), 6.2e12, "eq"),
      ("software_it_services_revenue", "level", *year(2020), 8.2e12, "eq")}),
    # "That compares with X NEVs produced and Y sold in <year>": the earlier year's pair
    ("NEVs\n\nJanuary 15, 2017\n\nSome 517,000 NEVs were produced in China in 2016 and 507,000 were sold. "
     "That compares with 340,000 NEVs produced and 331,000 sold in 2015.",
     {("nev_production", "level", *year(2016), 517e3, "approx"), ("nev_sales", "level", *year(2016), 507e3, "eq"),
      ("nev_production", "level", *year(2015), 340e3, "eq"), ("nev_sales", "level", *year(2015), 331e3, "eq")}),
    # "Over the first 10 months it was up …": the rate before's indicator
    ("China industry\n\nNovember 16, 2022\n\nValue added of industrial enterprises above designated size rose 5.0% on year in October, "
     "slowing from 6.3% in September, the NBS said. Over the first 10 months it was up 4.0%, helped by exports.",
     {("industrial_value_added", "yoy_pct", *month(2022, 10), 5.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 9), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 10, 31), 4.0, "eq")}),
    # a definition of "above designated size" between the headline and "Growth came in at …, and at …"
    ("China industry\n\nJuly 20, 2024\n\nThe value added of China's major industrial firms rose 6 percent year on year in the first half "
     "of 2024, the ministry said on Friday.\n\nMajor industrial firms are those with annual main business revenue of at least "
     "20 million yuan.\n\nGrowth came in at 5.3 percent in June, and at 5.9 percent in the second quarter, a spokesman said.",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2024, 2), 5.9, "eq")}),
    # (the guard: a sentence with another figure between is no definition, and the rate after is not carried)
    ("China industry\n\nJuly 20, 2024\n\nThe value added of China's major industrial firms rose 6 percent year on year in the first half "
     "of 2024, the ministry said on Friday.\n\nRetail sales rose 3.7 percent over the same period.\n\n"
     "Growth came in at 5.3 percent in June, a spokesman said.",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq")}),
    # "accounted for X units produced and Y sold. Those are increases of A and B": each participle names its flow
    ("Cars\n\nJanuary 16, 2025\n\nChina produced 31.28 million vehicles and sold 31.44 million in 2024, up 3.7 percent and 4.5 percent "
     "respectively.\n\n\x22New energy vehicles\x22 - the official term for battery-electric cars, plug-in hybrids, and fuel-cell "
     "vehicles - accounted for 12.89 million units produced and 12.87 million sold. Those are increases of 34.4 percent and 35.5 percent.",
     {("auto_production", "level", *year(2024), 31.28e6, "eq"), ("auto_sales", "level", *year(2024), 31.44e6, "eq"),
      ("auto_production", "yoy_pct", *year(2024), 3.7, "eq"), ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq"),
      ("nev_production", "level", *year(2024), 12.89e6, "eq"), ("nev_sales", "level", *year(2024), 12.87e6, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
    # "made up X of the vehicles produced and Y of those sold", in a bulleted list
    ("Cars\n\nJanuary 16, 2025\n\nChina produced 31.28 million vehicles and sold 31.44 million in 2024.\n\n"
     "  * New energy vehicles - battery-electric cars and plug-in hybrids - made up 12.89 million of the vehicles produced "
     "and 12.87 million of those sold.",
     {("auto_production", "level", *year(2024), 31.28e6, "eq"), ("auto_sales", "level", *year(2024), 31.44e6, "eq"),
      ("nev_production", "level", *year(2024), 12.89e6, "eq"), ("nev_sales", "level", *year(2024), 12.87e6, "eq")}),
    # (the guard: "Those are increases of" with no pair before says nothing)
    ("Cars\n\nJanuary 16, 2025\n\nChina's carmakers had a strong year in 2024. Those are increases of 34.4 percent and 35.5 percent.",
     set()),
    # Hong Kong: "按年分別下跌" (year on year, both falls)
    ("汽車產銷\n\n2020年1月20日\n\n汽車市場持續疲弱。去年汽車產銷分別為2,572.1萬輛及2,576.9萬輛，按年分別下跌7.5%及8.2%。",
     {("auto_production", "level", *year(2019), 25.721e6, "eq"), ("auto_sales", "level", *year(2019), 25.769e6, "eq"),
      ("auto_production", "yoy_pct", *year(2019), -7.5, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # Taiwan: "與" joins two figures ("2,147萬輛與2,157.1萬輛"), and a gloss "（電動車）" inside the subject
    ("汽車產銷\n\n2024年10月18日\n\n在汽車方面，前三季汽車產銷分別為2,147萬輛與2,157.1萬輛，年增1.9%與2.4%；其中新能源汽車（電動車）產銷量分別達831.6萬輛、832萬輛。",
     {("auto_production", "level", date(2024, 1, 1), date(2024, 9, 30), 21.47e6, "eq"),
      ("auto_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 21.571e6, "eq"),
      ("auto_production", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 1.9, "eq"),
      ("auto_sales", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 2.4, "eq"),
      ("nev_production", "level", date(2024, 1, 1), date(2024, 9, 30), 8.316e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.32e6, "eq")}),
    # a site's name in capitals above the crumbs is no title (nor, naming a country, a foreign page)
    ("FRANCE 24\nBusiness / Tech  >  Asia-Pacific\n\nChina's car sales rise in 2016\n\nIssued on: 12/01/2017\n\n"
     "Production and sales of automobiles reached 28.1 million and 28.0 million vehicles in 2016.",
     {("auto_production", "level", *year(2016), 28.1e6, "eq"), ("auto_sales", "level", *year(2016), 28.0e6, "eq")}),
    # 'Sales of "new energy" vehicles … boomed. Production reached …': the subject in quotes carries on
    ("China 2015\n\nJanuary 28, 2016\n\nProduction and sales of automobiles reached 24.5 million and 24.6 million vehicles in 2015.\n\n"
     "Sales of \x22new energy\x22 vehicles -- mainly electric cars that Beijing subsidises -- boomed. "
     "Production reached 340,000 units and sales 331,000.",
     {("auto_production", "level", *year(2015), 24.5e6, "eq"), ("auto_sales", "level", *year(2015), 24.6e6, "eq"),
      ("nev_production", "level", *year(2015), 340e3, "eq"), ("nev_sales", "level", *year(2015), 331e3, "eq")}),
    # "new energy vehicle makers have produced and sold more than 8 million cars": not all cars
    ("China's industry in the first three quarters of 2024\n\nOctober 15, 2024\n\nChina's new energy vehicle makers have produced and sold "
     "more than 8 million cars so far this year.",
     set()),
    # a figure-less "although" aside names no period of the figures; a line may wrap inside a list of rates
    ("China cars\n\nOctober 21, 2019\n\nFrom January to September, production of automobiles fell. However,\nproduction and sales "
     "of new energy vehicles reached 898,000 and 872,000 units, up 20.9\nand 20.8 percent, although the sector fell in July, August "
     "and September.",
     {("nev_production", "level", date(2019, 1, 1), date(2019, 9, 30), 898e3, "eq"), ("nev_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 872e3, "eq"),
      ("nev_production", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 20.9, "eq"), ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 20.8, "eq")}),
    # "The detailed figure, X, was up …": the rounded level before, said exactly
    ("China 2020\n\nJanuary 26, 2021\n\nRevenue of the software and information technology services industry came to nearly 8.2 trillion "
     "yuan in 2020. The detailed figure, 8.1616 trillion yuan, was up 13.3 percent on 2019.",
     {("software_it_services_revenue", "level", *year(2020), 8.1616e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2020), 13.3, "eq")}),
    # "January-November sales totaled …": the subject of the sentence before
    ("China cars\n\nDecember 12, 2018\n\nVehicle sales fell 13.9% year-on-year in November to 2.55 million units, according to the CAAM. "
     "January-November sales totaled 25.41 million, down 1.7%.",
     {("auto_sales", "level", *month(2018, 11), 2.55e6, "eq"), ("auto_sales", "yoy_pct", *month(2018, 11), -13.9, "eq"),
      ("auto_sales", "level", date(2018, 1, 1), date(2018, 11, 30), 25.41e6, "eq"),
      ("auto_sales", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), -1.7, "eq")}),
    # "6.3T yuan (~$935B), +14.2%" in a review of a year: trillions, and the change on the year before
    ("China's 2018 in figures\n\nJanuary 30, 2019\n\nIn 2018, software and information technology services industry revenue was "
     "6.3T yuan (~$935B), +14.2%; telecom business revenue reached 1.3T yuan, +3.0%.",
     {("software_it_services_revenue", "level", *year(2018), 6.3e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2018), 14.2, "eq"),
      ("telecom_business_revenue", "level", *year(2018), 1.3e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2018), 3.0, "eq")}),
    # (the guard: in a month's page a bare "+5.0%" may be on the month before)
    ("China autos in June\n\nJuly 11, 2018\n\nIn June, auto sales were 2.27 million units, +5.0%.",
     {("auto_sales", "level", *month(2018, 6), 2.27e6, "eq")}),
    # "(NEVs), which include …, accounted for X units produced and Y sold, up A and B"
    ("China cars\n\nMarch 12, 2024\n\nIn January-February, car production and sales were 3.9 million and 4.0 million. New energy "
     "vehicles (NEVs), which include battery electric, plug-in hybrid and fuel cell models, accounted for 1.25 million units "
     "produced and 1.21 million sold, up 28.2% and 29.4%.",
     {("auto_production", "level", date(2024, 1, 1), date(2024, 2, 29), 3.9e6, "eq"), ("auto_sales", "level", date(2024, 1, 1), date(2024, 2, 29), 4.0e6, "eq"),
      ("nev_production", "level", date(2024, 1, 1), date(2024, 2, 29), 1.25e6, "eq"), ("nev_sales", "level", date(2024, 1, 1), date(2024, 2, 29), 1.21e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 28.2, "eq"), ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 29.4, "eq")}),
    # an aside opened by "mostly" between the quoted subject and its verb
    ("China cars\n\nJanuary 14, 2016\n\nIn 2015, sales of \x22new energy vehicles,\x22 mostly plug-in hybrids propped up by subsidies, "
     "jumped 340% to 331,000.",
     {("nev_sales", "level", *year(2015), 331e3, "eq"), ("nev_sales", "yoy_pct", *year(2015), 340.0, "eq")}),
    # earlier rates: "down a touch from", "slightly below November's", "matching the … recorded in"
    ("China industry\n\nOctober 20, 2017\n\nValue added of industrial enterprises above designated size grew 6.7 per cent in the first "
     "three quarters, down a touch from 6.9 per cent in the first half. Growth in September alone was 6.6 per cent, slightly "
     "below August's 6.8 per cent.",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 9, 30), 6.7, "eq"), ("industrial_value_added", "yoy_pct", *h1(2017), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2017, 9), 6.6, "eq"), ("industrial_value_added", "yoy_pct", *month(2017, 8), 6.8, "eq")}),
    ("China industry\n\nMay 20, 2016\n\nFor the first four months of the year, value added of industrial enterprises above designated "
     "size rose 5.9 percent, matching the 5.9 percent recorded in the first quarter.",
     {("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 4, 30), 5.9, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2016, 1), 5.9, "eq")}),
    # "and by the same 6.0 percent in December"; "and December's 5.9% was down from 6.2% in November" (past "a quarter-century")
    ("China industry\n\nJanuary 20, 2017\n\nValue added of industrial enterprises above designated size grew 6.0 percent in 2016, and by "
     "the same 6.0 percent in December.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq")}),
    ("China industry\n\nJanuary 20, 2016\n\nValue-added industrial output grew 6.1% in 2015, among the slowest rates in a quarter-century, "
     "and December's 5.9% was down from 6.2% in November.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 11), 6.2, "eq")}),
    # a time clause after the figure is no target ("just months after … pledged that China would peak emissions before 2030")
    ("China 2020\n\nJanuary 26, 2021\n\nCrude steel output hit a record 1.06 billion tonnes last year, up 5.2 percent, just months after "
     "the president pledged that China would peak emissions before 2030.",
     {("crude_steel_output", "level", *year(2020), 1.06e9, "eq"), ("crude_steel_output", "yoy_pct", *year(2020), 5.2, "eq")}),
    # "registered a revenue of"
    ("China Q3\n\nOctober 21, 2019\n\nThe software and information technology services industry registered a revenue of 5.3 trillion "
     "yuan in the first three quarters.",
     {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 9, 30), 5.3e12, "eq")}),
]

# (one test reads all of SESSION36's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION36)
def test_session36(text, expected):
    assert obs(text) == expected


# --- extractor 1.38.0 ---
SESSION37 = [
    # a year-on-year pair after a month-on-month one: "比上月分别增长…，比上年同期分别增长…"
    ("中汽协发布5月汽车产销数据\n2018年6月11日\n\n5月，汽车生产233.5万辆，销售228.8万辆，比上月分别增长2.4%和3.5%，"
     "比上年同期分别增长10.2%和9.6%。",
     {("auto_production", "level", *month(2018, 5), 2335e3, "eq"), ("auto_sales", "level", *month(2018, 5), 2288e3, "eq"),
      ("auto_production", "yoy_pct", *month(2018, 5), 10.2, "eq"), ("auto_sales", "yoy_pct", *month(2018, 5), 9.6, "eq")}),
    # (the guard: the month-on-month pair alone is no year-on-year rate)
    ("中汽协发布5月汽车产销数据\n2018年6月11日\n\n5月，汽车生产233.5万辆，销售228.8万辆，比上月分别增长2.4%和3.5%。",
     {("auto_production", "level", *month(2018, 5), 2335e3, "eq"), ("auto_sales", "level", *month(2018, 5), 2288e3, "eq")}),
    # "Despite Beijing's push to …,": the government, not the city's figure
    ("Steel\n\nJune 15, 2017\n\nDespite Beijing's pledge to cut excess capacity, crude steel output rose 1.2 percent from a year earlier "
     "to 71.3 million tonnes in May.",
     {("crude_steel_output", "level", *month(2017, 5), 71.3e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2017, 5), 1.2, "eq")}),
    # "the measure grew …": the rate of the indicator before
    ("Industry in 2016\n\nJanuary 20, 2017\n\nValue added of industrial enterprises above designated size rose 6.0 percent in 2016. "
     "In December alone, the measure grew 6.0 percent, slowing from 6.2 percent in November.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 11), 6.2, "eq")}),
    # a month at the head of a sentence, with its rate verb: "March slowed to 6.0 per cent, easing from …"
    ("Industrial output\n\nApril 18, 2018\n\nValue added of industrial enterprises above designated size grew 6.8 per cent year on year "
     "in the first quarter. March slowed to 6.0 per cent, easing from 7.2 per cent in January-February.",
     {("industrial_value_added", "yoy_pct", *quarter(2018, 1), 6.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2018, 3), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 2, 28), 7.2, "eq")}),
    # in a review of a year, a bulleted "High-tech manufacturing +8.8%, equipment manufacturing +6.7%"
    ("China's industry in 2019\n\nJan. 22, 2020\n\n- Value-added of industrial enterprises above designated size rose 5.7% for the "
     "full year.\n- High-tech manufacturing +8.8%, equipment manufacturing +6.7%.\n",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2019), 8.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2019), 6.7, "eq")}),
    # (the guard: not in a month's page, where a bare sign may be on the month before)
    ("China's industry in November\n\nDec. 16, 2019\n\n- Value-added of industrial enterprises above designated size rose 6.2% in "
     "November.\n- High-tech manufacturing +8.8%.\n",
     {("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq")}),
    # "…, official data showed on Friday, beating the 5.0% forecast … and accelerating from 4.6% in December"
    ("Industry\n\nMarch 15, 2024\n\nValue added of industrial enterprises above designated size rose 6.3% year-on-year in the first two "
     "months of 2024, official data showed on Friday, beating the 5.0% forecast in a Reuters poll and accelerating from 4.6% in December.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 12), 4.6, "eq")}),
    # a province named after a comma, then "5G", keeps its scope past the semicolon ("，广东5G基站…；5G移动电话用户…")
    ("一季度通信业\n2025年4月18日\n\n截至3月末，全国5G基站总数达439.5万个。\n\n记者从广东省通信管理局获悉，截至3月末，广东5G基站总数达39.1万个，"
     "居全国第一；5G移动电话用户达1.21亿户。",
     {("five_g_base_stations", "level", date(2025, 3, 31), date(2025, 3, 31), 4395e3, "eq")}),
    # "比7月份DOU减少0.21GB": a change, not a DOU
    ("8月通信业\n2024年9月20日\n\n8月当月，户均移动互联网接入流量（DOU）达19.35GB/户·月，同比增长11.2%，\n比7月份DOU减少0.21GB。",
     {("mobile_dou", "level", *month(2024, 8), 19.35, "eq"), ("mobile_dou", "yoy_pct", *month(2024, 8), 11.2, "eq")}),
    # "，其中3月份出货…": a month of the period, with a bare attribute
    ("一季度5G手机\n2021年4月22日\n\n中国信通院数据显示，一季度国内5G手机累计出货量达7550.2万部，其中3月份出货2760.5万部。",
     {("five_g_phone_shipments", "level", *quarter(2021, 1), 75502e3, "eq"),
      ("five_g_phone_shipments", "level", *month(2021, 3), 27605e3, "eq")}),
    ("一季度汽车产销\n2021年4月12日\n\n一季度汽车销量达648.4万辆，其中3月份销量252.6万辆，同比增长74.9%。",
     {("auto_sales", "level", *quarter(2021, 1), 6484e3, "eq"), ("auto_sales", "level", *month(2021, 3), 2526e3, "eq"),
      ("auto_sales", "yoy_pct", *month(2021, 3), 74.9, "eq")}),
    # "而去年同期这一数字只有…", "上年同期为…": the same date or months a year before
    ("上半年通信业\n2024年7月22日\n\n截至6月底，千兆宽带用户达1.84亿户，而去年同期这一数字只有1.11亿户。",
     {("gigabit_broadband_users", "level", date(2024, 6, 30), date(2024, 6, 30), 184e6, "eq"),
      ("gigabit_broadband_users", "level", date(2023, 6, 30), date(2023, 6, 30), 111e6, "eq")}),
    ("上半年软件业\n2024年7月26日\n\n上半年，软件业务收入62350亿元，上年同期为55170亿元。",
     {("software_it_services_revenue", "level", *h1(2024), 6.235e12, "eq"), ("software_it_services_revenue", "level", *h1(2023), 5.517e12, "eq")}),
    # headlines under ">>财经新闻精选：" are links to other stories
    ("工信部：5月工业生产平稳\n2018年6月15日\n\n5月份，规模以上工业增加值同比增长6.8%。\n\n>>财经新闻精选：\n· 中汽协：5月汽车销量同比增长9.6%\n· 发改委：钢铁去产能进展顺利\n",
     {("industrial_value_added", "yoy_pct", *month(2018, 5), 6.8, "eq")}),
    # "…, and the ministry's monthly bulletin puts the exact figure at …": the exact figure, in the same sentence
    ("Software\n\nOctober 25, 2018\n\nRevenue of the software and information technology services industry came to more than 4.6 trillion "
     "yuan in the first three quarters, and the ministry's monthly bulletin puts the exact figure at 4.6315 trillion yuan, up 14.9 percent "
     "year-on-year.",
     {("software_it_services_revenue", "level", date(2018, 1, 1), date(2018, 9, 30), 4.6315e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2018, 1, 1), date(2018, 9, 30), 14.9, "eq")}),
    # an opening "Despite …," names no scope ("… with the United States,"), and the next sentence's "it" carries on
    ("China industry\n\nOctober 21, 2019\n\nDespite the trade war with the United States, the value added of China's industrial enterprises "
     "above designated size grew by 5.6% year-on-year between January and September, the ministry said. In September alone it rose "
     "5.8%, up from 4.4% in August.",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 8), 4.4, "eq")}),
    # (the guard: a foreign subject after the opening clause is still foreign)
    ("Steel\n\nJune 20, 2019\n\nDespite a slowdown in demand, Japan's crude steel output rose 2.1 percent to 8.2 million tonnes in May.",
     set()),
    # "June's 6.3 percent reading, up from 5.0 percent in May"
    ("Industry\n\nJuly 15, 2021\n\nValue added of industrial enterprises above designated size grew 15.9 percent year-on-year in the first "
     "half. June's 8.3 percent reading, up from 8.8 percent in May, was a little softer.",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 5), 8.8, "eq")}),
    # a lead ending in a colon, with a comma in it: "Month by month, the trend was clear: May's 4.5% rise …"
    ("Industry\n\nJune 16, 2023\n\nValue added of industrial enterprises above designated size grew 3.6% year-on-year in the first five "
     "months. Month by month, the trend was clear: May's 3.5% rise slowed from 5.6% in April.",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 5, 31), 3.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 5), 3.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 4), 5.6, "eq")}),
    # "the subsidy cut that took effect in late June" dates a policy, not the figures: the period is carried on
    ("Autos\n\nSeptember 12, 2019\n\nAuto sales fell 11 percent to 16.1 million in the first eight months. Sales of new energy vehicles "
     "were still up 32 percent, at 643,000, but the subsidy cut that took effect in late June has hurt sales since.",
     {("auto_sales", "level", date(2019, 1, 1), date(2019, 8, 31), 16.1e6, "eq"), ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 8, 31), -11.0, "eq"),
      ("nev_sales", "level", date(2019, 1, 1), date(2019, 8, 31), 643e3, "eq"), ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 8, 31), 32.0, "eq")}),
    # Taiwan "7兆2,108億元": one number with a thousands separator
    ("大陸軟體產業\n2022年10月25日\n\n前三季，大陸軟體和資訊技術服務業完成軟體業務收入7兆2,108億元（人民幣，下同），年增17.6％。",
     {("software_it_services_revenue", "level", date(2022, 1, 1), date(2022, 9, 30), 7.2108e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 17.6, "eq")}),
    # four lines of site name, menu, section and rubric above the headline; "took to the podium … last month" is when
    # they spoke, not the period reported on (so an undated stock is as of the end of last year)
    ("DAILY GAZETTE\nNews | Opinion | Business | Culture\n\nBUSINESS DESK\n\nOP-ED\n\nChina's factory plan is done. What comes next\n\n"
     "By A Writer\n12 Feb 2026\n\nWhen officials took to the podium at the State Council Information Office in Beijing last month to "
     "review the plan, the numbers were large. Last year alone, sales of NEVs reached 16.49 million units, up 28.2%.\n\n"
     "The ministry says China now has over 35,000 basic-level smart factories.",
     {("nev_sales", "level", *year(2025), 16.49e6, "eq"), ("nev_sales", "yoy_pct", *year(2025), 28.2, "eq"),
      ("smart_factories_basic", "level", *dec31(2025), 35e3, "gt")}),
    # Chinese "1-2月份" just over at a March briefing on last year: this year's months ("较去年12月份…")
    ("工信部：去年电信业务收入1.2万亿元\n2017年3月15日\n\n国家统计局发布数据：1-2月份，全国规模以上工业增加值同比增长6.3%，较去年12月份的6.0%"
     "加快0.3个百分点。去年全年，规模以上工业增加值增长6.0%。",
     {("industrial_value_added", "yoy_pct", date(2017, 1, 1), date(2017, 2, 28), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq")}),
    # (the guard: in English the review's own months stay in the year reviewed)
    ("China's factories bounce back\n\n23 March 2021\n\nValue added of industrial enterprises above designated size grew 2.8 per cent in "
     "2020, a long way from the 13.5 per cent contraction recorded in January-February.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # "for the first time since 2017" is a comment, not a period: the figures keep the page's year
    ("China car market grows in 2021\n\nJanuary 13, 2022\n\nThe market returned to growth for the first time since 2017, despite the chip "
     "shortage: automobile production and sales came to 26.08 million and 26.28 million vehicles, up 3.4 and 3.8 per cent respectively.",
     {("auto_production", "level", *year(2021), 26.08e6, "eq"), ("auto_sales", "level", *year(2021), 26.28e6, "eq"),
      ("auto_production", "yoy_pct", *year(2021), 3.4, "eq"), ("auto_sales", "yoy_pct", *year(2021), 3.8, "eq")}),
    # a product as the topic, after "我国": "我国新能源汽车逆势增长，全年产销分别完成…"
    ("国新办发布会\n2021年3月1日\n\n2020年，在疫情冲击下，我国新能源汽车逆势增长，全年产销分别完成136.6万辆和136.7万辆，同比分别增长7.5%和10.9%。",
     {("nev_production", "level", *year(2020), 1366e3, "eq"), ("nev_sales", "level", *year(2020), 1367e3, "eq"),
      ("nev_production", "yoy_pct", *year(2020), 7.5, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq")}),
    # "with gigabit broadband users numbering …"; a gloss in brackets with a figure of its own before the verb
    ("China telecom\n\nNovember 25, 2024\n\nFixed broadband connections totalled 667 million at end-October, with gigabit broadband users "
     "numbering 201 million.",
     {("gigabit_broadband_users", "level", date(2024, 10, 31), date(2024, 10, 31), 201e6, "eq")}),
    ("China telecom\n\nNovember 25, 2024\n\nGigabit broadband users (on services of 1000Mbps or above) numbered 201 million at end-October.",
     {("gigabit_broadband_users", "level", date(2024, 10, 31), date(2024, 10, 31), 201e6, "eq")}),
    # "up 11.4% y-o-y and compared with 18.94GB in September": the month before's DOU
    ("China telecom\n\nNovember 25, 2024\n\nAverage monthly mobile data usage per user (DOU) stood at 19.49GB in October, up 11.4% y-o-y "
     "and compared with 18.94GB in September.",
     {("mobile_dou", "level", *month(2024, 10), 19.49, "eq"), ("mobile_dou", "yoy_pct", *month(2024, 10), 11.4, "eq"),
      ("mobile_dou", "level", *month(2024, 9), 18.94, "eq")}),
    # all the operators together are the nation: "…served a combined …, of which … were 5G mobile phone users, representing …"
    ("China telecom\n\nNovember 25, 2024\n\nChina Mobile, China Telecom and China Unicom - plus China Broadnet (CBN) served a combined "
     "1.79 billion mobile subscribers at end-October, of which 1.01 billion were 5G mobile phone users, representing 56.4% of the total.",
     {("five_g_mobile_users", "level", date(2024, 10, 31), date(2024, 10, 31), 1.01e9, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2024, 10, 31), date(2024, 10, 31), 56.4, "eq")}),
    # (the guard: one operator's figure stays out)
    ("China telecom\n\nNovember 25, 2024\n\nChina Mobile served 1.0 billion mobile subscribers at end-October, of which 550 million were "
     "5G mobile phone users.",
     set()),
    # a figure on the line after its verb ("…同比增长\n6.4%"), however short the line
    ("一季度工业\n2015年4月21日\n\n一季度，全国规模以上工业增加值同比增长\n6.4%，增速比去年同期回落2.3个百分点。",
     {("industrial_value_added", "yoy_pct", *quarter(2015, 1), 6.4, "eq")}),
    # "June alone posted a 6.8% rise, accelerating from 5.8% in May"
    ("China H1\n\nJuly 18, 2025\n\nThe value added of industrial enterprises above designated size grew 6.4% year on year in the first half, "
     "officials told a briefing in Beijing. June alone posted a 6.8% rise, accelerating from 5.8% in May.",
     {("industrial_value_added", "yoy_pct", *h1(2025), 6.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2025, 6), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 5), 5.8, "eq")}),
    # "The decline eased sharply in March, when output slipped …, after a record … plunge in January and February combined"
    ("China Q1\n\nApril 20, 2020\n\nThe value added of industrial enterprises above designated size fell 8.4 percent year-on-year in the "
     "January-March period, a spokesman told reporters.\n\nThe decline eased sharply in March, when output slipped 1.1 percent from a "
     "year earlier, after a record 13.5 percent plunge in January and February combined.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # "… value added shed 12.6 percent" (a fall); "…, and equipment manufacturing value added 8.8%" (the verb understood)
    ("China Q1\n\nApril 20, 2020\n\nThe value added of industrial enterprises above designated size fell 8.4 percent year-on-year in the "
     "first quarter. High-tech manufacturing fared better, with value added down 7.2 percent in the quarter, while equipment "
     "manufacturing value added shed 12.6 percent.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *quarter(2020, 1), -7.2, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *quarter(2020, 1), -12.6, "eq")}),
    ("Industry\n\nMarch 16, 2026\n\nValue added of industrial enterprises above designated size rose 6.3% in the first two months. "
     "High-tech manufacturing value added grew 10.1%, and equipment manufacturing value added 8.8%, according to the data.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.3, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 10.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 8.8, "eq")}),
    # "…, according to the latest statistics from the MIIT, up from 4.251 million at the end of 2024"
    ("Telecom\n\nJune 20, 2025\n\nChina had 4.486 million 5G base stations at the end of May, according to the latest statistics from the "
     "Ministry of Industry and Information Technology (MIIT), up from 4.251 million at the end of 2024.",
     {("five_g_base_stations", "level", date(2025, 5, 31), date(2025, 5, 31), 4.486e6, "eq"),
      ("five_g_base_stations", "level", *dec31(2024), 4.251e6, "eq")}),
    # "It compared with 5.6% growth in May last year."
    ("Industry\n\nJune 17, 2025\n\nIndustrial output grew 5.8% in May from a year earlier, data showed, slowing from a 6.1% pace in April. "
     "It compared with 5.6% growth in May last year.",
     {("industrial_value_added", "yoy_pct", *month(2025, 5), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2025, 4), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    # "well below the 1.065 billion tonnes it produced in 2020": that year's level
    ("Steel\n\nFebruary 10, 2026\n\nChina's crude steel output fell 4.4% last year to 961 million tonnes, well below the 1.065 billion "
     "tonnes it produced in 2020.",
     {("crude_steel_output", "level", *year(2025), 961e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2025), -4.4, "eq"),
      ("crude_steel_output", "level", *year(2020), 1.065e9, "eq")}),
]

# (one test reads all of SESSION37's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION37)
def test_session37(text, expected):
    assert obs(text) == expected


# --- extractor 1.39.0 ---
def plan(first: int) -> tuple[date, date]:
    return date(first, 1, 1), date(first + 4, 12, 31)


ZH2020 = "工信部：2020年工业通信业发展情况\n2021年1月27日\n\n2020年，全国规模以上工业增加值同比增长2.8%。"
EN2025 = "China's industry in 2025\n\nJanuary 22, 2026\n\nIndustrial value added grew 5.9 percent in 2025, the last year of the 14th Five-Year Plan. "
IVA2020 = ("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq")
IVA2025 = ("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq")

SESSION38 = [
    # a plan's total of the product the sentence opens on ("…快速发展，“十三五”期间累计产量超过…")
    (ZH2020 + "新能源汽车产业发展迅速，“十三五”期间累计产量超过520万辆，产销规模连续多年位居全球第一。",
     {IVA2020, ("nev_production", "level", *plan(2016), 5.2e6, "gt")}),
    # "五年间", "五年累计": the plan named before
    (ZH2020 + "“十三五”时期，我国工业实现了较快发展。五年间，全国累计生产汽车超过1.3亿辆，累计生产粗钢约47亿吨。",
     {IVA2020, ("auto_production", "level", *plan(2016), 1.3e8, "gt"), ("crude_steel_output", "level", *plan(2016), 4.7e9, "approx")}),
    (ZH2020 + "回顾“十三五”，规模以上工业增加值年均增长5.5%；新能源汽车推广成效明显，五年累计销售超过520万辆。",
     {IVA2020, ("nev_sales", "level", *plan(2016), 5.2e6, "gt")}),
    # "其中新能源汽车从无到有，五年累计产量…" after the autos' own total
    (ZH2020 + "汽车工业规模稳步扩大，“十三五”期间累计生产汽车1.36亿辆，其中新能源汽车快速成长，五年累计产量超过500万辆。",
     {IVA2020, ("auto_production", "level", *plan(2016), 1.36e8, "eq"), ("nev_production", "level", *plan(2016), 5e6, "gt")}),
    # both attributes, one figure ("累计产销均超过"; "产量和销量累计均超过")
    (ZH2020 + "“十三五”期间汽车累计产销均超过1.3亿辆；软件业务收入年均增长13%以上。",
     {IVA2020, ("auto_production", "level", *plan(2016), 1.3e8, "gt"), ("auto_sales", "level", *plan(2016), 1.3e8, "gt")}),
    (ZH2020 + "“十三五”期间，新能源汽车产量和销量累计均超过500万辆。",
     {IVA2020, ("nev_production", "level", *plan(2016), 5e6, "gt"), ("nev_sales", "level", *plan(2016), 5e6, "gt")}),
    (ZH2020 + "“十三五”期间，我国新能源汽车累计生产超过480万辆，其中2020年一年的产量占近三成。",
     {IVA2020, ("nev_production", "level", *plan(2016), 4.8e6, "gt")}),
    # a clause after a semicolon, carrying the subject of the clause before
    (ZH2020 + "新能源汽车销量达到136.7万辆，同比增长10.9%；“十三五”期间累计销量超过500万辆。",
     {IVA2020, ("nev_sales", "level", *year(2020), 1.367e6, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq"),
      ("nev_sales", "level", *plan(2016), 5e6, "gt")}),
    # "五年来" after the plan, and a product with its attribute split by 累计
    ("工信部：2025年电子信息制造业运行情况\n2026年1月30日\n\n“十四五”时期是电子信息产业提质增效的五年。五年来，国内5G手机累计出货量超过12亿部，"
     "微型计算机设备累计产量超过18亿台。",
     {("five_g_phone_shipments", "level", *plan(2021), 1.2e9, "gt"), ("computer_output", "level", *plan(2021), 1.8e9, "gt")}),
    # no plan named: "五年累计" pins no period
    ("工信部：2020年工业经济运行情况\n2021年1月27日\n\n新能源汽车推广成效明显，五年累计销售超过520万辆。", set()),
    # English: "over the five years", "during the five-year period", "over the plan period", "over the 13th FYP"
    (EN2025 + "Over the five years, China produced nearly 50 million new energy vehicles.",
     {IVA2025, ("nev_production", "level", *plan(2021), 50e6, "lt")}),
    (EN2025 + "More than 49 million new energy vehicles were sold during the five-year period.",
     {IVA2025, ("nev_sales", "level", *plan(2021), 49e6, "gt")}),
    (EN2025 + "Cumulative shipments of 5G mobile phones over the plan period came to nearly 1.3 billion units.",
     {IVA2025, ("five_g_phone_shipments", "level", *plan(2021), 1.3e9, "lt")}),
    ("China's industry in 2020\n\nJanuary 22, 2021\n\nIt was the final year of the 13th Five-Year Plan. Cumulative NEV sales over the 13th FYP "
     "came to roughly 5.2 million units.",
     {("nev_sales", "level", *plan(2016), 5.2e6, "approx")}),
    # "Over the 14th Five-Year Plan period (2021-2025), …": the years after "period"
    ("Autos\n\nJanuary 22, 2026\n\nOver the 14th Five-Year Plan period (2021-2025), China produced nearly 50 million NEVs in total.",
     {("nev_production", "level", *plan(2021), 50e6, "lt")}),
    # "In the five years to 2025", "between 2016 and 2020"
    ("Autos\n\nJanuary 22, 2026\n\nIn the five years to 2025 Chinese carmakers sold almost 50m new-energy vehicles (NEVs).",
     {("nev_sales", "level", *plan(2021), 50e6, "lt")}),
    ("Autos\n\nJanuary 22, 2021\n\nBetween 2016 and 2020, Chinese factories built more than 135 million automobiles.",
     {("auto_production", "level", *plan(2016), 135e6, "gt")}),
    # guards: "over the past five years" (to now), a plan not named, "the previous plan"
    ("Autos\n\nJanuary 22, 2026\n\nOver the past five years, China produced nearly 50 million new energy vehicles.", set()),
    ("Autos\n\nJanuary 22, 2026\n\nOver the five years, China produced nearly 50 million new energy vehicles.", set()),
    ("Telecom\n\nMarch 10, 2026\n\nThe 15th Five-Year Plan began this year. Telecommunications business revenue over the five years of the "
     "previous plan totaled more than 8.2 trillion yuan.", set()),
    # "after drops of 4% in July and 3.8% in August": both falls
    ("Autos\n\nOctober 12, 2018\n\nVehicle sales fell 11.6% year-on-year to 2.39 million units in September, data from the association "
     "showed, after drops of 4.2% in July and 3.5% in August.",
     {("auto_sales", "level", *month(2018, 9), 2.39e6, "eq"), ("auto_sales", "yoy_pct", *month(2018, 9), -11.6, "eq"),
      ("auto_sales", "yoy_pct", *month(2018, 7), -4.2, "eq"), ("auto_sales", "yoy_pct", *month(2018, 8), -3.5, "eq")}),
    # another indicator's rate in brackets, in passing: the month after it is the first one's
    ("电子信息制造业\n2017年1月26日\n\n2016年，规模以上电子信息制造业增加值同比增长10.0%，高于同期全部工业增加值增速（6.0%）4.0个百分点；12月份增长11.2%。",
     {("electronics_manufacturing_value_added", "yoy_pct", *year(2016), 10.0, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", *month(2016, 12), 11.2, "eq")}),
    # "The full figure was 28.08 million": the rounded level before, said exactly (no unit word)
    ("Autos\n\nJanuary 14, 2019\n\nSales of about 28 million vehicles were recorded in 2018, according to the association. The full figure "
     "was 28.06 million, down 2.8 percent from a year earlier.",
     {("auto_sales", "level", *year(2018), 28.06e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    # "nearly 14 million 5G phones … - 13.77 million units exactly": a count either way
    ("5G phones\n\nJanuary 20, 2020\n\nHandset makers shipped nearly 14 million 5G phones in China in 2019 — 13.76 million units\nexactly, "
     "according to the academy.",
     {("five_g_phone_shipments", "level", *year(2019), 13.76e6, "eq")}),
    # Taiwan's own ("全台"), Iran's own
    ("陆工信部：上半年工业增加值增6.4%\n2025年7月18日\n\n截至今年5月底，全台5G基地台约4.2万台。", set()),
    ("Autos\n\nApril 10, 2026\n\nIran's ministry said domestic carmakers had produced about 290,000 vehicles in the final quarter of the "
     "Iranian year.", set()),
    # rates of a pair joined by 及
    ("工信部：去年工业增加值增6.1%\n2016年1月28日\n\n2015年，新能源汽车产量34.05万辆、销量33.11万辆，同比分别增长3.3倍及3.4倍。",
     {("nev_production", "level", *year(2015), 340500, "eq"), ("nev_sales", "level", *year(2015), 331100, "eq"),
      ("nev_production", "yoy_pct", *year(2015), 330, "eq"), ("nev_sales", "yoy_pct", *year(2015), 340, "eq")}),
    # "Published: 17 April ,2026": the date with a space before the comma
    ("China's factory output grows in first quarter\n\nPublished: 17 April ,2026: 10:12 AM GST\n\nChina had 4.91 million 5G base stations "
     "at the end of March, the ministry said.",
     {("five_g_base_stations", "level", date(2026, 3, 31), date(2026, 3, 31), 4.91e6, "eq")}),
    # a stock's own date after a plan named first; "from X at … to Y at …": the level it rose to
    ("Telecom\n\nApril 17, 2026\n\nLooking back on the 14th Five-Year Plan period (2021-2025), the number of 5G base stations rose from "
     "718,000 at the end of 2020 to 4.83 million at the end of 2025, the ministry said.",
     {("five_g_base_stations", "level", *dec31(2020), 718000, "eq"), ("five_g_base_stations", "level", *dec31(2025), 4.83e6, "eq")}),
    # "By the end of 2025, the country had 4.838 million": the stock of the sentence before, at its own date
    ("Telecom\n\nFebruary 12, 2026\n\nAt the end of 2020, on the eve of the 14th Five-Year Plan (2021-25), China had 718,000 5G base "
     "stations. By the end of 2025, the country had 4.83 million, officials told a press conference.",
     {("five_g_base_stations", "level", *dec31(2020), 718000, "eq"), ("five_g_base_stations", "level", *dec31(2025), 4.83e6, "eq")}),
    # Taiwan pages: "增加值去年分别成长…" (last year between the attribute and 分别), "新能源汽车去年产量和销量…", "新增" as 添加
    ("陆工信部交成绩单\n发布时间：2023/01/18 16:25\n\n王江平指出，高技術製造業、裝備製造業增加值去年分別成長7.3%、5.5%，對工業增長的支撐作用持續增強。"
     "大陸新能源汽車去年產量和銷量分別為705.1萬輛、688.2萬輛，年增96.1%、93.2%。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2022), 7.3, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2022), 5.5, "eq"),
      ("nev_production", "level", *year(2022), 7.051e6, "eq"), ("nev_sales", "level", *year(2022), 6.882e6, "eq"),
      ("nev_production", "yoy_pct", *year(2022), 96.1, "eq"), ("nev_sales", "yoy_pct", *year(2022), 93.2, "eq")}),
    ("陆工信部交成绩单\n发布时间：2023/01/18 16:25\n\n在中小企業培育方面，工信部表示，據統計，目前已累計培育專精特新「小巨人」企業8990家，2022年新增「小巨人」企業4350家，數量穩步增長。",
     {("little_giant_enterprises", "level", *dec31(2022), 8990, "eq")}),
    # a provincial reprint: the country opening the sentence scopes its later clauses; the spokesman's
    # sentence scopes the next one
    ("上半年全国规上工业增加值增长3.8%　我省新能源汽车产量增长近九成\n2023年7月20日\n\n汽车产业是今年上半年的最大亮点。全国汽车产销分别完成1324.1万辆和1323.2万辆，"
     "同比分别增长9.1%和9.6%；新能源汽车产销分别完成378.1万辆和374.2万辆，同比分别增长42.1%和44.2%。我省新能源汽车产量增长近九成。",
     {("auto_production", "level", *h1(2023), 13.241e6, "eq"), ("auto_sales", "level", *h1(2023), 13.232e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2023), 9.1, "eq"), ("auto_sales", "yoy_pct", *h1(2023), 9.6, "eq"),
      ("nev_production", "level", *h1(2023), 3.781e6, "eq"), ("nev_sales", "level", *h1(2023), 3.742e6, "eq"),
      ("nev_production", "yoy_pct", *h1(2023), 42.1, "eq"), ("nev_sales", "yoy_pct", *h1(2023), 44.2, "eq")}),
    ("上半年全国规上工业增加值增长3.8%　我省工业增速领先\n2023年7月20日\n\n发布会上，工信部新闻发言人、运行监测协调局局长介绍，上半年，全国规模以上工业增加值同比增长3.7%。"
     "装备制造业增加值同比增长6.4%，高于全部规上工业2.7个百分点。",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.7, "eq"), ("equipment_manufacturing_value_added", "yoy_pct", *h1(2023), 6.4, "eq")}),
    # "briefed reporters at the State Council Information Office in Beijing": where it was said
    ("EVs\n\nJanuary 18, 2023\n\nAccording to the ministry, which briefed reporters at the State Council Information Office in Beijing on "
     "Tuesday, production and sales of new energy vehicles reached 7.051 million and 6.882 million units in 2022.",
     {("nev_production", "level", *year(2022), 7.051e6, "eq"), ("nev_sales", "level", *year(2022), 6.882e6, "eq")}),
    # "Turkish …, while the country's crude steel output …"; "Local mobile carriers" after a sentence on Korea; "in the capital"
    ("Steel\n\nJanuary 21, 2019\n\nChina's crude steel output hit a record 928.2 million tons last year. Turkish automotive production fell "
     "9 percent to 1.55 million units last year, while the country's crude steel output slipped 1.1 percent to 37.3 million tons.",
     {("crude_steel_output", "level", *year(2018), 928.2e6, "eq")}),
    ("5G\n\nOctober 23, 2020\n\nChina had 690,500 5G base stations as of the end of September.\n\nBy comparison, South Korea had 9.66 million "
     "5G subscribers as of end-September. Local mobile carriers have installed some 140,000 5G base stations, industry data showed.",
     {("five_g_base_stations", "level", date(2020, 9, 30), date(2020, 9, 30), 690500, "eq")}),
    ("5G\n\nJanuary 21, 2020\n\nAround 17,000 5G base stations had been switched on in the capital by the end of the year.", set()),
    # a topic clause with a run of years in it ("…产销量连续6年位居全球第一，“十三五”期间累计产量超过…")
    (ZH2020 + "新能源汽车产销量连续6年位居全球第一，“十三五”期间累计产量超过520万辆。",
     {IVA2020, ("nev_production", "level", *plan(2016), 5.2e6, "gt")}),
]

# (one test reads all of SESSION38's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION38)
def test_session38(text, expected):
    assert obs(text) == expected


# --- extractor 1.40.0 ---
SESSION39 = [
    # the later tiers without the noun: "基础级智能工厂超3万家、先进级7000余家、卓越级400余家"
    ("工信部发布会\n2025年7月18日\n\n截至6月底，全国已建成基础级智能工厂超3万家、先进级7000余家、卓越级400余家，领航级智能工厂11家。",
     {("smart_factories_basic", "level", date(2025, 6, 30), date(2025, 6, 30), 30000, "gt"),
      ("smart_factories_advanced", "level", date(2025, 6, 30), date(2025, 6, 30), 7000, "gt"),
      ("smart_factories_excellence", "level", date(2025, 6, 30), date(2025, 6, 30), 400, "gt"),
      ("smart_factories_leading", "level", date(2025, 6, 30), date(2025, 6, 30), 11, "eq")}),
    # (a tier with no smart-factory noun before it is not one)
    ("工信部发布会\n2025年7月18日\n\n截至6月底，全国累计培育专精特新企业超过14万家、先进级3000余家。", set()),
    # another product's output, with 则 before its rate: "钢材产量则增长0.6%"
    ("钢铁行业运行\n2016年1月29日\n\n去年全国粗钢产量8.04亿吨，同比下降2.3%。全年粗钢产量80383万吨，钢材产量则增长0.6%。",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
    # an earlier period's rate in brackets after a narrowing: "降幅比1-2月收窄X个百分点(1-2月同比下降Y%)"
    ("工业运行\n2020年4月21日\n\n一季度，全国规模以上工业增加值同比下降8.4%。其中，3月份下降1.1%，降幅比1-2月收窄12.4个百分点（1-2月同比下降13.5%）。",
     {("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 3, 31), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # a month between the subject and "rose X% to Y"; an acronym in brackets after the subject
    ("Telecoms\n\nJanuary 19, 2023\n\nAverage mobile data usage per user (DOU) in December rose 12.1 per cent year-on-year to 16.2GB.",
     {("mobile_dou", "level", *month(2022, 12), 16.2, "eq"), ("mobile_dou", "yoy_pct", *month(2022, 12), 12.1, "eq")}),
    ("Telecoms\n\nJuly 20, 2022\n\nThe number of 5G base stations in June rose 80 percent year-on-year to 1.85 million.",
     {("five_g_base_stations", "level", date(2022, 6, 30), date(2022, 6, 30), 1.85e6, "eq"),
      ("five_g_base_stations", "yoy_pct", date(2022, 6, 30), date(2022, 6, 30), 80, "eq")}),
    # the verb understood after "and", with no comma: "rose 10.2 percent and high-tech manufacturing 9.5 percent"
    ("Industry\n\nJuly 17, 2024\n\nEquipment manufacturing value added rose 7.8 percent and high-tech manufacturing 8.7 percent in H1.",
     {("equipment_manufacturing_value_added", "yoy_pct", *h1(2024), 7.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2024), 8.7, "eq")}),
    # "bringing the January-to-September total to"
    ("NEVs\n\nOctober 11, 2019\n\nNEV sales fell 34.2% in September to 80,000 units, bringing the January-to-September total to 873,000, "
     "up 20.8% year-on-year.",
     {("nev_sales", "level", *month(2019, 9), 80000, "eq"), ("nev_sales", "yoy_pct", *month(2019, 9), -34.2, "eq"),
      ("nev_sales", "level", date(2019, 1, 1), date(2019, 9, 30), 873000, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 9, 30), 20.8, "eq")}),
    # "…, while production fell X percent to Y": the other flow of the subject given before it
    ("Autos\n\nJanuary 15, 2020\n\nAuto sales in China came to about 25.8 million last year. The exact total was 25.769 million, down 8.2 "
     "percent, while production fell 7.5 percent to 25.721 million units.",
     {("auto_sales", "level", *year(2019), 25.769e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_production", "level", *year(2019), 25.721e6, "eq"), ("auto_production", "yoy_pct", *year(2019), -7.5, "eq")}),
    # (but not when the flow is already the other one: "…, while sales …" after sales)
    ("Autos\n\nJanuary 15, 2020\n\nAuto sales in China came to about 25.8 million last year. The exact total was 25.769 million, down 8.2 "
     "percent, while sales of trucks fell 7.5 percent to 3.9 million units.",
     {("auto_sales", "level", *year(2019), 25.769e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # a figureless sentence on when the trend turned does not date the figures after it
    ("Autos\n\nJanuary 20, 2021\n\nChina's industry recovered in 2020.\n\nThe car market shrank for a third year in a row, though the "
     "decline eased markedly in the fourth quarter. Vehicle sales came to 25.31 million units, down 1.9 percent.",
     {("auto_sales", "level", *year(2020), 25.31e6, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq")}),
    # "这一数据具体为…": the same figure said exactly, with its rate after it
    ("软件业\n2020年10月26日\n\n1-9月，全国软件业务收入5.86万亿元。这一数据具体为58628亿元，同比增长11.5%。",
     {("software_it_services_revenue", "level", date(2020, 1, 1), date(2020, 9, 30), 5.8628e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2020, 1, 1), date(2020, 9, 30), 11.5, "eq")}),
    # a paper's motto above the headline is not the headline ("Germany's Business Newspaper in English")
    ("NEWS DAILY GLOBAL\nGermany's Business Newspaper in English\n\nChina's Factories Slow\n\nPublished: November 12, 2015 / 13:40 CET\n\n"
     "Crude steel output fell 3.1 percent in October to 66.48 million tonnes.",
     {("crude_steel_output", "level", *month(2015, 10), 66.48e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2015, 10), -3.1, "eq")}),
    # a list of sectors opening on "第一季度" with no comma
    ("工业运行\n2024年4月19日\n\n发言人指出，第一季度装备制造业、高技术制造业增加值均同比增长7.5%。",
     {("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 7.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 3, 31), 7.5, "eq")}),
    # the association's member firms are a part of the country's output
    ("钢铁\n2017年1月26日\n\n2016年，全国粗钢产量80837万吨，同比增长1.2%。\n\n据中国钢铁工业协会统计，2016年会员企业累计生产粗钢约6.6亿吨，同比增长0.4%。",
     {("crude_steel_output", "level", *year(2016), 808.37e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2016), 1.2, "eq")}),
    # "高技术产业（制造业）": the bureau's wording for high-tech manufacturing until 2016, also in a list
    ("工业\n2017年1月26日\n\n2016年，装备制造业和高技术产业（制造业）增加值分别增长9.5%和10.8%。",
     {("equipment_manufacturing_value_added", "yoy_pct", *year(2016), 9.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2016), 10.8, "eq")}),
    # Taiwan: the mainland's word in brackets, a mainland word in quotes, "营收"
    ("陸前三季工業數據\n2024年10月18日\n\n汽車方面，前三季大陸新能源車（大陸稱「新能源汽車」）產銷分別為831.6萬輛、832萬輛，年增31.7%、32.5%。"
     "截至9月底，1Gbps以上的「千兆」光纖寬頻用戶達1.91億戶。1至8月大陸軟體和資訊技術服務業營收達8兆5461億元人民幣，年增10.8%。",
     {("nev_production", "level", date(2024, 1, 1), date(2024, 9, 30), 8.316e6, "eq"),
      ("nev_sales", "level", date(2024, 1, 1), date(2024, 9, 30), 8.32e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 31.7, "eq"),
      ("nev_sales", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 32.5, "eq"),
      ("gigabit_broadband_users", "level", date(2024, 9, 30), date(2024, 9, 30), 191e6, "eq"),
      ("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 8, 31), 8.5461e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 8, 31), 10.8, "eq")}),
    # a gloss in brackets between the product and "产销"
    ("汽车\n2023年7月12日\n\n上半年，新能源汽车（含纯电动、插电式混合动力和燃料电池汽车）产销分别为378.8万辆和374.7万辆，同比增长42.4%和44.1%。",
     {("nev_production", "level", *h1(2023), 3.788e6, "eq"), ("nev_sales", "level", *h1(2023), 3.747e6, "eq"),
      ("nev_production", "yoy_pct", *h1(2023), 42.4, "eq"), ("nev_sales", "yoy_pct", *h1(2023), 44.1, "eq")}),
    # a topic clause, then "前N月" with no 个
    ("汽车\n2019年6月12日\n\n新能源汽车保持增长，前5月产销分别完成46.4万辆和46.1万辆，比上年同期分别增长41.9%和41.5%。",
     {("nev_production", "level", date(2019, 1, 1), date(2019, 5, 31), 464000, "eq"),
      ("nev_sales", "level", date(2019, 1, 1), date(2019, 5, 31), 461000, "eq"),
      ("nev_production", "yoy_pct", date(2019, 1, 1), date(2019, 5, 31), 41.9, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 5, 31), 41.5, "eq")}),
    # a target's date in a sentence with no figure is not the date of the stock after it ("目前")
    ("工信部\n2026年4月16日\n\n一季度，规模以上工业增加值同比增长6.1%。\n\n工信部明确，到2030年将培育一批领航级智能工厂。目前，全国已累计培育先进级智能工厂9000余家。",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 3, 31), 6.1, "eq"),
      ("smart_factories_advanced", "level", date(2026, 3, 31), date(2026, 3, 31), 9000, "gt")}),
    # "That follows a 2.8-percent decline in 2018": the rate of the indicator rated before, for that year
    ("Cars\n\nJan 16, 2020\n\nVehicle sales in China slid 8.2 percent to 25.77 million in 2019. That follows a 2.8-percent decline in 2018.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    # (one rated indicator only: after two, the rate is nobody's)
    ("Cars\n\nJan 16, 2020\n\nVehicle sales slid 8.2 percent in 2019 and production fell 7.5 percent. That follows a 2.8-percent decline in 2018.",
     {("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"), ("auto_production", "yoy_pct", *year(2019), -7.5, "eq")}),
    # a product as subject, past a dash aside, with "units sold" naming the flow
    ("Cars\n\nJan 16, 2020\n\nNew energy vehicles - a category covering battery-electric and plug-in hybrid cars - fell 4 percent to 1.21 "
     "million units sold in 2019.",
     {("nev_sales", "level", *year(2019), 1.21e6, "eq"), ("nev_sales", "yoy_pct", *year(2019), -4, "eq")}),
    # "nearly a billion tonnes": a word number takes its unit
    ("Steel\n\nJan 18, 2020\n\nChinese mills churned out nearly a billion tonnes of crude steel in 2019.",
     {("crude_steel_output", "level", *year(2019), 1e9, "lt")}),
    # an aside on who watches the industry is not the figure's scope; a conversion in brackets before the rate
    ("Software\n\nOctober 20, 2016\n\nThe software and IT services industry, closely watched by Indian software companies hoping to expand in China, earned "
     "revenue of 3.5 trillion yuan (about ₹35 lakh crore) in the first three quarters, up 15 per cent.",
     {("software_it_services_revenue", "level", date(2016, 1, 1), date(2016, 9, 30), 3.5e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2016, 1, 1), date(2016, 9, 30), 15, "eq")}),
]

# (one test reads all of SESSION39's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION39)
def test_session39(text, expected):
    assert obs(text) == expected


# --- extractor 1.41.0 ---
SESSION40 = [
    # "89.53m t": a glued "m" before "t" is million tonnes; "t/d" is a daily rate, not output
    ("Steel\n\nJuly 16, 2019\n\nChina produced 492.17m t of crude steel in January-June, up 9.9% year on year. Output in June alone "
     "reached 89.53m t, up 10% y-o-y. Daily average output rose to 2.98m t/d.",
     {("crude_steel_output", "level", *h1(2019), 492.17e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2019), 9.9, "eq"),
      ("crude_steel_output", "level", *month(2019, 6), 89.53e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2019, 6), 10, "eq")}),
    # "803.83 mt" with no magnitude word is million tonnes; "69.31 million mt" is metric tons
    ("Steel\n\nJanuary 20, 2016\n\nChina's crude steel production in 2015 stood at 803.83 mt, down 2.3 per cent. Output in December was "
     "63.85 mt.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq"),
      ("crude_steel_output", "level", *month(2015, 12), 63.85e6, "eq")}),
    ("Steel\n\nJuly 16, 2018\n\nChina's crude steel output rose 6.1% on the year to 69.31 million mt in June.",
     {("crude_steel_output", "level", *month(2018, 6), 69.31e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2018, 6), 6.1, "eq")}),
    # (a figure with a thousands comma is Platts' metric tons, never million tonnes: no tonnage is read)
    ("Steel\n\nJuly 16, 2018\n\nChina's crude steel output was 40,000 mt in June.", set()),
    # "But in December output rose 6.9%": the output rated in the sentence before, for the month
    ("Industry\n\nJan 20, 2020\n\nThe ministry said growth in industrial output slowed to 5.7% in 2019. But in December output rose "
     "6.9% from a year earlier.",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 12), 6.9, "eq")}),
    # (not sales': production is another flow)
    ("Cars\n\nJan 20, 2020\n\nCar sales fell 8.2% in 2019 to 25.77 million. In December production rose 6.9% from a year earlier.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # "…, before picking up to 3.9% in June": the later rate, past a cause that names a city
    ("Industry\n\nJuly 20, 2022\n\nIndustrial value added grew 3.4% year on year in the first half. Growth slowed to 0.7% in the second "
     "quarter as factories around Shanghai shut in April, before picking up to 3.9% in June.",
     {("industrial_value_added", "yoy_pct", *h1(2022), 3.4, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2022, 2), 0.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq")}),
    ("Industry\n\nJuly 20, 2022\n\nIndustrial value added grew 3.4% year on year in the first half, slowing to 0.7% in the second "
     "quarter before rebounding to 3.9% in June.",
     {("industrial_value_added", "yoy_pct", *h1(2022), 3.4, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2022, 2), 0.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq")}),
    # a month as the subject of a colon lead ("December offered a glimmer of hope:") is the period after it
    ("Cars\n\nJan 14, 2020\n\nChina's vehicle sales fell 8.2 percent to 25.77 million in 2019. December offered a glimmer of hope: "
     "vehicle sales were 2.655 million, down 0.1 percent year over year.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_sales", "level", *month(2019, 12), 2.655e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 12), -0.1, "eq")}),
    # "Beijing's decision" is the government's; "dropped every month" is how often, not a monthly average
    ("Cars\n\nJan 14, 2020\n\nSales of new energy vehicles fell 4 percent to 1.206 million in 2019. The blame goes to Beijing's decision "
     "to cut subsidies in June; since July, NEV sales have dropped every month, and in December alone they plunged 27.4 percent to "
     "163,000 units.",
     {("nev_sales", "level", *year(2019), 1.206e6, "eq"), ("nev_sales", "yoy_pct", *year(2019), -4, "eq"),
      ("nev_sales", "level", *month(2019, 12), 163000, "eq"), ("nev_sales", "yoy_pct", *month(2019, 12), -27.4, "eq")}),
    # (a figure for every day is still a daily average)
    ("Steel\n\nJan 17, 2020\n\nChina's crude steel output rose 8.3 percent to 996.34 million tonnes in 2019. In December, mills turned "
     "out 2.6 million tonnes every day.",
     {("crude_steel_output", "level", *year(2019), 996.34e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2019), 8.3, "eq")}),
    # "…, up 1.2% on year and reversing the 2.3% decline seen in 2015": the year reversed is the earlier rate's
    ("Steel\n\nJan 20, 2017\n\nChina's crude steel output in 2016 totalled 808.37 million tonnes, up 1.2% on year and reversing the 2.3% "
     "decline seen in 2015.",
     {("crude_steel_output", "level", *year(2016), 808.37e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2016), 1.2, "eq"),
      ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
    # (a month singled out after the list is no comparison: "…, and June alone saw growth of 4.8%")
    ("Industry\n\nJuly 16, 2020\n\nIndustrial value added fell 1.3% in the first half of 2020. Output grew 4.4% in the second quarter, "
     "reversing an 8.4% contraction in the first quarter, and June alone saw growth of 4.8%.",
     {("industrial_value_added", "yoy_pct", *h1(2020), -1.3, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2020, 2), 4.4, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 6), 4.8, "eq")}),
    # "November's activity data were … better than expected": the month the paragraph is about (an outcome
    # against forecasts is no forecast); "bringing growth for the first 11 months to 6.1%" is that period's
    ("Research\n\nDecember 14, 2015\n\nIndustry in January-November 2015\n\nNovember's activity data were a little better than expected. "
     "Growth in value added of industrial enterprises above designated size picked up to 6.2% year on year, bringing growth for the "
     "first 11 months to 6.1%.",
     {("industrial_value_added", "yoy_pct", *month(2015, 11), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2015, 1, 1), date(2015, 11, 30), 6.1, "eq")}),
    # an aside "as … are called in China" between the subject and its verb; "That is an increase of X and Y,
    # respectively": the pair before's rates, in its order
    ("Cars\n\nJan 12, 2022\n\nProduction of new energy vehicles, as electric cars and plug-in hybrids are called in China, rose to 3.545 "
     "million units in 2021; sales climbed to 3.521 million. That is an increase of 159.5 percent and 157.5 percent, respectively.",
     {("nev_production", "level", *year(2021), 3.545e6, "eq"), ("nev_sales", "level", *year(2021), 3.521e6, "eq"),
      ("nev_production", "yoy_pct", *year(2021), 159.5, "eq"), ("nev_sales", "yoy_pct", *year(2021), 157.5, "eq")}),
    # "近3万亿元。工信部数据显示，具体为29150亿元": the exact figure after its source
    ("软件\n2018年7月20日\n\n上半年，全国软件和信息技术服务业完成软件业务收入近3万亿元。工信部数据显示，具体为29150亿元，同比增长14.7%。",
     {("software_it_services_revenue", "level", *h1(2018), 2.915e12, "eq"), ("software_it_services_revenue", "yoy_pct", *h1(2018), 14.7, "eq")}),
    # "Precisely, sales were …": the bare attribute after an adverb, then the other flow
    ("Cars\n\nJan 14, 2016\n\nThe CAAM said automakers sold 24.6 million vehicles in 2015, up 4.7% year-on-year. Precisely, sales were "
     "24,597,600 units, while production rose 3.3% to 24,503,300 units.",
     {("auto_sales", "level", *year(2015), 24597600, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("auto_production", "level", *year(2015), 24503300, "eq"), ("auto_production", "yoy_pct", *year(2015), 3.3, "eq")}),
    # a threshold passed ("年产量首次突破1000万辆") opens the topic; the exact pair after it wins
    ("工信部\n2025年1月20日\n\n2024年，新能源汽车年产量首次突破1000万辆，全年产销分别完成1288.8万辆和1286.6万辆，同比分别增长34.4%和35.5%。",
     {("nev_production", "level", *year(2024), 12.888e6, "eq"), ("nev_sales", "level", *year(2024), 12.866e6, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
    # after a pair of rates, an earlier rate that names neither flow is nobody's
    ("Cars\n\nApril 12, 2026\n\nNEV production and sales reached 3.42 million and 3.33 million units in the first quarter, up 7.5 per cent "
     "and 8.3 per cent respectively, a marked slowdown from growth of more than 40 per cent a year earlier.",
     {("nev_production", "level", *quarter(2026, 1), 3.42e6, "eq"), ("nev_sales", "level", *quarter(2026, 1), 3.33e6, "eq"),
      ("nev_production", "yoy_pct", *quarter(2026, 1), 7.5, "eq"), ("nev_sales", "yoy_pct", *quarter(2026, 1), 8.3, "eq")}),
    # (one that names the flow is that flow's)
    ("汽车\n2016年1月12日\n\n2015年汽车产销分别为2450.33万辆和2459.76万辆，同比分别增长3.25%和4.68%，销量增速比2014年的6.9%回落2.2个百分点。",
     {("auto_production", "level", *year(2015), 24503300, "eq"), ("auto_sales", "level", *year(2015), 24597600, "eq"),
      ("auto_production", "yoy_pct", *year(2015), 3.25, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.68, "eq"),
      ("auto_sales", "yoy_pct", *year(2014), 6.9, "eq")}),
    # "NEVs accounted for 25.6% of all new car sales with 6.887 million units sold": the share is of
    # another total, the figure with its participle the subject's own sales
    ("Cars\n\nJan 12, 2023\n\nIn 2022, NEVs accounted for 25.6% of all new car sales with 6.887 million units sold, CAAM data showed.",
     {("nev_sales", "level", *year(2022), 6.887e6, "eq")}),
    # a line wrapped after a bracketed abbreviation: the sentence goes on ("(NEVs)\nslumped …")
    ("Cars\n\nApril 20, 2020\n\nSales of new energy vehicles (NEVs)\nslumped 56.4 percent to 114,000 units in the first quarter, while "
     "their production plunged 60.2 percent to 105,000.",
     {("nev_sales", "level", *quarter(2020, 1), 114000, "eq"), ("nev_sales", "yoy_pct", *quarter(2020, 1), -56.4, "eq"),
      ("nev_production", "level", *quarter(2020, 1), 105000, "eq"), ("nev_production", "yoy_pct", *quarter(2020, 1), -60.2, "eq")}),
    # "67.24 million t" is tonnes ("2.17 million t/d" a daily rate)
    ("Steel\n\nJan 20, 2017\n\nChina's crude steel output in December alone came in at 67.24 million t, up 5.5% on year, with the daily "
     "average at 2.17 million t/d.",
     {("crude_steel_output", "level", *month(2016, 12), 67.24e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2016, 12), 5.5, "eq")}),
    # "Sales of all vehicles …" opens the subject that "Production rose …" in the next paragraph goes on with
    ("Cars\n\nJan 12, 2016\n\nSales of all vehicles, including trucks and buses, rose 4.7% to 24.598 million units in 2015, the CAAM said. "
     "That compared with 6.9% growth in 2014, when 23.49 million vehicles were sold.\n\nProduction rose 3.3% to 24.503 million.",
     {("auto_sales", "level", *year(2015), 24.598e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("auto_sales", "yoy_pct", *year(2014), 6.9, "eq"), ("auto_sales", "level", *year(2014), 23.49e6, "eq"),
      ("auto_production", "level", *year(2015), 24.503e6, "eq"), ("auto_production", "yoy_pct", *year(2015), 3.3, "eq")}),
    # "nearly 9.5 trillion yuan - 9.4994 trillion yuan to be precise": a restatement after a dash, no range
    ("Tech\n\nJan 26, 2022\n\nIn 2021, revenue in the software and information technology services industry came to nearly 9.5 trillion "
     "yuan - 9.4994 trillion yuan to be precise - an increase of 17.7 percent from a year earlier.",
     {("software_it_services_revenue", "level", *year(2021), 9.4994e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2021), 17.7, "eq")}),
    # (a range is still one: "20-30 percent" is no value)
    ("Tech\n\nJan 26, 2022\n\nIn 2021, revenue in the software and information technology services industry rose 15 - 18 percent.", set()),
    # "Officials say output in March was down 1.1 percent": the output rated before, past the speaker
    ("Economy\n\nApril 17, 2020\n\nIndustrial output at major companies fell 8.4 percent in the first quarter. Officials say output in March "
     "was down 1.1 percent, a marked improvement from the 13.5-percent plunge recorded in January and February combined.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
]

# (one test reads all of SESSION40's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION40)
def test_session40(text, expected):
    assert obs(text) == expected


# --- extractor 1.42.0 ---
SESSION41 = [
    # "deepening from a 7.9% drop in November", "slipping from 6.2% in November": the month before's rate
    ("Cars\n\nJan 12, 2023\n\nIn December alone, car sales fell 8.4% from a year earlier to 2.56 million units, deepening from a "
     "7.9% drop in November, as infections spread.",
     {("auto_sales", "level", *month(2022, 12), 2.56e6, "eq"), ("auto_sales", "yoy_pct", *month(2022, 12), -8.4, "eq"),
      ("auto_sales", "yoy_pct", *month(2022, 11), -7.9, "eq")}),
    ("Industry\n\nJan 19, 2016\n\nIn December, industrial value added grew 5.9% from a year earlier, slipping from 6.2% in November "
     "and short of forecasts.",
     {("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 11), 6.2, "eq")}),
    # "the decline narrowed from a 13.5 percent drop in the first two months"
    ("Industry\n\nApril 18, 2020\n\nIndustrial value added fell 8.4 percent in the first quarter, though the decline narrowed from a 13.5 "
     "percent drop in the first two months of the year.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # (a narrowing with no fall word after the figure leaves its sign unsaid: not read)
    ("Industry\n\nApril 18, 2020\n\nIndustrial value added fell 8.4 percent in the first quarter, though the decline narrowed from 13.5 "
     "percent in the first two months of the year.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq")}),
    # "June came in at 5.3%": a month as the subject of "came in at" is the rate of the flow rated before
    ("Industry\n\nJuly 15, 2024\n\nIndustrial value added grew 6.0% y-o-y in H1, slightly slower than 6.1% in Q1. June came in at "
     "5.3%, down from 5.6% in May.",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    # "the 0.4% on-year rise recorded over January-November"
    ("Steel\n\nJanuary 18, 2017\n\nChina's crude steel output rose 1.2% in 2016, faster than the 0.4% on-year rise recorded over "
     "January-November.",
     {("crude_steel_output", "yoy_pct", *year(2016), 1.2, "eq"),
      ("crude_steel_output", "yoy_pct", date(2016, 1, 1), date(2016, 11, 30), 0.4, "eq")}),
    # "after a 47.6% y/y plunge in April": a fall, past its "y/y"
    ("Cars\n\nJune 10, 2022\n\nCar sales fell 12.6% y/y to 1.862 million units in May, after a 47.6% y/y plunge in April.",
     {("auto_sales", "level", *month(2022, 5), 1.862e6, "eq"), ("auto_sales", "yoy_pct", *month(2022, 5), -12.6, "eq"),
      ("auto_sales", "yoy_pct", *month(2022, 4), -47.6, "eq")}),
    # "had been" is a copula ("Output in 2014 had been 822.7 million tonnes")
    ("Steel\n\nJanuary 20, 2016\n\nChina's crude steel output fell 2.3% to 803.83 million tonnes in 2015. Crude steel output in 2014 "
     "had been 822.7 million tonnes, according to revised figures.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq"),
      ("crude_steel_output", "level", *year(2014), 822.7e6, "eq")}),
    # "compared with 2023's crude steel output of …": the year owns the figure after it, it is not the comparison's base
    ("Steel\n\nNovember 20, 2024\n\nChina's crude steel output over January-October totaled 853.67 million tonnes, down 3% year on "
     "year, compared with 2023's crude steel output of 1.019 billion tonnes.",
     {("crude_steel_output", "level", date(2024, 1, 1), date(2024, 10, 31), 853.67e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), -3, "eq"),
      ("crude_steel_output", "level", *year(2023), 1.019e9, "eq")}),
    # "…, a surge in December, when sales jumped": the month's figures of the flow named paragraphs before
    ("Cars\n\nJanuary 12, 2016\n\nSales of all vehicles rose 4.7% to 24.598 million units in 2015.\n\nProduction rose 3.3% to 24.503 "
     "million.\n\nThe increase was boosted by a surge in December, when sales jumped 15.4% to 2.786 million.",
     {("auto_sales", "level", *year(2015), 24.598e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("auto_production", "level", *year(2015), 24.503e6, "eq"), ("auto_production", "yoy_pct", *year(2015), 3.3, "eq"),
      ("auto_sales", "level", *month(2015, 12), 2.786e6, "eq"), ("auto_sales", "yoy_pct", *month(2015, 12), 15.4, "eq")}),
    # "December was the strongest month of the second half:": the half is the record's span, the month the figure's
    ("Industry\n\nJanuary 18, 2024\n\nIndustrial value added grew 4.6% in 2023. December was the strongest month of the second half: "
     "industrial production grew 6.8% YoY, accelerating from 6.6% in November.",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 12), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 11), 6.6, "eq")}),
    # platforms "of all kinds" are not the catalogue's influential ones, which the clause after names
    ("工业互联网发展情况\n\n2021年1月26日\n\n截至2020年底，全国各类型工业互联网平台超过500个，其中具有一定行业和区域影响力的工业互联网平台"
     "超过70个。",
     {("industrial_internet_platforms", "level", *dec31(2020), 70, "gt")}),
    ("Industry\n\nJanuary 26, 2021\n\nBy the end of 2020, China had more than 500 industrial internet platforms of all kinds.", set()),
    # another country's region ("Ontario's auto sector, which built about 2.2 million vehicles in 2017")
    ("Cars\n\nOctober 12, 2018\n\nOntario's auto sector, which built about 2.2 million vehicles in 2017, has so far been shielded by "
     "the new trade agreement.", set()),
    # "in Q1 to 3.474mn units" is the first quarter, not a range of quarters "Q1 to 3"
    ("Cars\n\n22nd April 2020\n\nVehicle output fell 45.2% y/y in Q1 to 3.474mn units, while sales dropped 42.4% y/y to 3.672mn.",
     {("auto_production", "level", *quarter(2020, 1), 3.474e6, "eq"), ("auto_production", "yoy_pct", *quarter(2020, 1), -45.2, "eq"),
      ("auto_sales", "level", *quarter(2020, 1), 3.672e6, "eq"), ("auto_sales", "yoy_pct", *quarter(2020, 1), -42.4, "eq")}),
    # "After plunging 13.5% y/y in January-February, output was down just 1.1% y/y in March": both rates, past a
    # sentence on the rate with no figure; "High-tech manufacturing even grew, by 8.9%"
    ("Industry\n\nApril 22, 2020\n\nIndustrial value-added contracted by 8.4% y/y over Q1 as a whole. But the profile within the "
     "quarter matters more. After plunging 13.5% y/y in January-February, output was down just 1.1% y/y in March. High-tech "
     "manufacturing even grew, by 8.9% y/y in March.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2020, 3), 8.9, "eq")}),
    # a headline's "車市" (the car market) is no city's bulletin; "汽車產量、銷量分別為"; "12月單月銷量為"
    ("陸去年車市28年來首見衰退\n\n2019-01-22 00:37 聯合報\n\n根據中國汽車工業協會公布的數據，2018年大陸汽車產量、銷量分別為2,780.9萬輛與"
     "2,808.1萬輛，分別年減4.2%與2.8%，是1990年以來首度出現年度負成長。12月單月銷量為266.1萬輛，年減13%，已連續第六個月衰退。",
     {("auto_production", "level", *year(2018), 27.809e6, "eq"), ("auto_sales", "level", *year(2018), 28.081e6, "eq"),
      ("auto_production", "yoy_pct", *year(2018), -4.2, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", *month(2018, 12), 2.661e6, "eq"), ("auto_sales", "yoy_pct", *month(2018, 12), -13, "eq")}),
    # (a city's own bulletin still is: "杭州市")
    ("杭州市2018年汽车工业运行情况\n\n2019年1月22日\n\n2018年汽车产量、销量分别为78.1万辆和80.2万辆。", set()),
    # "just over 1 billion tonnes" is a qualified figure; the exact one after it wins
    ("Steel\n\nJan 17, 2023\n\nChina's mills produced just over 1 billion tonnes of crude steel last year, official data showed. Output "
     "was 1.013 billion tonnes, down 2.1 per cent on 2021, and December production slumped 9.6 per cent to 77.89 million tonnes.",
     {("crude_steel_output", "level", *year(2022), 1.013e9, "eq"), ("crude_steel_output", "yoy_pct", *year(2022), -2.1, "eq"),
      ("crude_steel_output", "level", *month(2022, 12), 77.89e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2022, 12), -9.6, "eq")}),
    # "posted faster growth of 11.6 percent and 9.2 percent respectively": an adjective, not a comparison
    ("Industry\n\nJuly 20, 2018\n\nIndustrial value added grew 6.7 percent in the first half. High-tech manufacturing and equipment "
     "manufacturing posted faster growth of 11.6 percent and 9.2 percent respectively, Huang said.",
     {("industrial_value_added", "yoy_pct", *h1(2018), 6.7, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2018), 11.6, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *h1(2018), 9.2, "eq")}),
]

# (one test reads all of SESSION41's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION41)
def test_session41(text, expected):
    assert obs(text) == expected


@pytest.mark.parametrize("text, published, period", [
    # "14-01-2019": a day-month-year with hyphens, read when the day cannot be the month
    ("Cars\nECONOMY  |  14-01-2019 11:22\n\nChina's car sales fell in 2018.", date(2019, 1, 14), year(2018)),
    # (one that could be either order is not read)
    ("Cars\nECONOMY  |  05-01-2019 11:22\n\nChina's car sales fell in 2018.", None, year(2018)),
    # "Mar.20,2026": a month's dot and no space
    ("Factories\n\nPosted on : Mar.20,2026 17:08 KST\n\nIndustrial robot output jumped in January and February.",
     date(2026, 3, 20), (date(2026, 1, 1), date(2026, 2, 28))),
    # an update years after publication is a site's move, not a new version: the page is dated when published
    ("Steel\n\nPublished January 19, 2016 Updated May 20, 2018\n\nChina's steel mills produced less steel last year.",
     date(2016, 1, 19), year(2015)),
    ("Steel\n\nPublished January 19, 2016 Updated January 20, 2016\n\nChina's steel mills produced less steel last year.",
     date(2016, 1, 20), year(2015)),
    # a plan's review with a month's news after it reports on the plan's years, not on the month
    ("国新办举行推动制造强国和网络强国建设发布会\n\n时间：2021年3月1日\n\n“十三五”时期，我国工业发展取得显著成就。今年1月份，"
     "新能源汽车销量达到17.9万辆。",
     date(2021, 3, 1), (date(2016, 1, 1), date(2020, 12, 31))),
])
def test_session41_dates(text, published, period):
    meta = extract_metadata(normalise_text(text))
    assert (meta.published_date, (meta.period_start, meta.period_end) if meta.period_start else None) == (published, period)


# --- extractor 1.43.0 ---
SESSION42 = [
    # "596k", "104.8k units": a broker's thousands, glued and in lower case
    ("Autos\n\n12 Jul 2022\n\n• Jun NEV sales 596k (+130% y/y), a single-month record.",
     {("nev_sales", "level", *month(2022, 6), 596e3, "eq"), ("nev_sales", "yoy_pct", *month(2022, 6), 130.0, "eq")}),
    # (not a screen's "4K" nor a "401k" with no catalogue noun)
    ("Autos\n\n12 Jul 2022\n\nNEV sales rose 30% y/y in June as 4K screens and 401k plans did nothing for demand.",
     {("nev_sales", "yoy_pct", *month(2022, 6), 30.0, "eq")}),
    # a bullet's stock with no verb: "• 5G BTS 1.854mn at end-Jun", "…; 5G mobile phone users 455mn."
    ("MIIT presser: 5G carries the quarter\n\n20 Jul 2022\n\nTelecom\n• 5G BTS 1.854mn at end-Jun, ~60% of global; 5G mobile phone "
     "users 455mn.\n• 10G PON ports 13.98mn.",
     {("five_g_base_stations", "level", *jun30(2022), 1.854e6, "eq"), ("five_g_mobile_users", "level", *jun30(2022), 455e6, "eq"),
      ("ten_g_pon_ports", "level", *jun30(2022), 13.98e6, "eq")}),
    # (in running prose a noun next to a figure is not a statement: "5G base stations 200 metres apart")
    ("MIIT presser: 5G carries the quarter\n\n20 Jul 2022\n\nOperators placed the 5G base stations 200 metres apart in the old town.", set()),
    ("MIIT presser: 5G carries the quarter\n\n20 Jul 2022\n\n• Jun mobile DOU 15.2GB/user (+16.8% y/y).",
     {("mobile_dou", "level", *month(2022, 6), 15.2, "eq"), ("mobile_dou", "yoy_pct", *month(2022, 6), 16.8, "eq")}),
    # a bullet's product and its tonnes: the output; a bare "1H" is the text's year's first half
    ("Steel\n\n20 Jul 2022\n\nSteel\n• 1H crude steel 527mn t, -6.5% y/y; output controls to continue in 2H.",
     {("crude_steel_output", "level", *h1(2022), 527e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2022), -6.5, "eq")}),
    # ("World crude steel output": the world's)
    ("Steel\n\n20 Jul 2015\n\nWorld crude steel output fell 2.1% in 1H, according to worldsteel, while China's crude steel output "
     "fell 1.3% to 410.6mn t.",
     {("crude_steel_output", "yoy_pct", *h1(2015), -1.3, "eq"), ("crude_steel_output", "level", *h1(2015), 410.6e6, "eq")}),
    # a broker's "IP" before a word of growth is industrial production; "June IP growth": the month's
    ("China activity data\n\n16 Jul 2024\n\nJune IP growth came in at 5.3% YoY, down from 5.6% in May. IP grew 6.0% in 1H.",
     {("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq")}),
    # (not intellectual property, nor a forecast line)
    ("China activity data\n\n16 Jul 2024\n\nIP protection rose 20% in priority. We keep FY24 IP at 5.6% and expect IP growth to ease "
     "to 5% in H2.", set()),
    # "1-3Q24": the first three quarters; "9M24": the first nine months; "VA" is value added; a signed rate
    # before another subject's signed rate shares its "YoY"
    ("China: September activity\n\n18 Oct 2024\n\n- Value added of industrial enterprises above designated size grew 5.8% YoY in 1-3Q24.\n"
     "- Equipment manufacturing VA +7.5% and high-tech manufacturing VA +9.1% YoY in 9M24.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 5.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 7.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 9.1, "eq")}),
    # a month as the subject after ";", and the rate of a period before a bracket
    ("China: Q1 activity\n\n16 Apr 2024\n\n• Value added of industrial enterprises above designated size grew 6.1% y/y in Q1; March "
     "was softer at 4.5% y/y after a front-loaded Jan-Feb (+7.0%).",
     {("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 3), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.0, "eq")}),
    ("Industry\n\n16 Oct 2023\n\nIn the first three quarters, value added of industrial enterprises above designated size rose 5.6% "
     "year on year. In September alone it grew 5.8%, a clear rebound from August (+4.4%), the weakest month of the year.",
     {("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 9, 30), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 9), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 8), 4.4, "eq")}),
    # "to 5.4pc in April from 8.5pc in March", "to 6.2 percent year-on-year in April from 6.6 percent in March"
    ("Factories\n\n16 May 2019\n\nChina's industrial output growth slowed sharply to 5.4pc in April from 8.5pc in March, official data "
     "showed. Industrial robot output fell 6.2 percent year-on-year in April from 13.2 percent growth in March.",
     {("industrial_value_added", "yoy_pct", *month(2019, 4), 5.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 3), 8.5, "eq"),
      ("industrial_robot_output", "yoy_pct", *month(2019, 4), -6.2, "eq"), ("industrial_robot_output", "yoy_pct", *month(2019, 3), 13.2, "eq")}),
    # "The monthly print for September was 5.4%": the month's rate of the flow rated before; the sentence
    # after it is back on the paragraph's period
    ("China: September activity\n\n18 Oct 2024\n\nValue added of industrial enterprises above designated size rose 5.8% YoY in the "
     "first three quarters. The monthly print for September was 5.4%. Equipment manufacturing value added grew 7.5%.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 7.5, "eq")}),
    # "recovered in the second half of 2020 to reach 1.367 million units for the year": the year's
    ("Cars\n\nJan 14, 2021\n\nNew energy vehicle (NEV) sales recovered in the second half of 2020 to reach 1.367 million units for the "
     "year, up 10.9 percent.",
     {("nev_sales", "level", *year(2020), 1.367e6, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq")}),
    # "nearly three million 5G base stations. By end-June, 2.937 million had been built": the exact figure
    ("Digital China\n\nJuly 20, 2023\n\nOfficials said the country now has nearly three million 5G base stations. By end-June, 2.937 "
     "million had been built, and 5G mobile phone users numbered 676 million.",
     {("five_g_base_stations", "level", *jun30(2023), 2.937e6, "eq"), ("five_g_mobile_users", "level", *jun30(2023), 676e6, "eq")}),
    # "167.96mt": glued, million tonnes; "tonnes of crude steel through September": the year so far
    ("Steel\n\nOct 20, 2025\n\nCrude steel output fell 1.6% y-o-y to 77.1mt in September. China produced 746.25 million tonnes of "
     "crude steel through September, down 2.9%.",
     {("crude_steel_output", "level", *month(2025, 9), 77.1e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2025, 9), -1.6, "eq"),
      ("crude_steel_output", "level", date(2025, 1, 1), date(2025, 9, 30), 746.25e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2025, 1, 1), date(2025, 9, 30), -2.9, "eq")}),
    # "as Beijing calls battery-electric cars and plug-in hybrids": an aside on the subject
    ("Cars\n\nJan 12, 2018\n\nProduction of new energy vehicles, as Beijing calls battery-electric cars and plug-in hybrids, jumped 53.8 "
     "percent to 794,000 units last year.",
     {("nev_production", "level", *year(2017), 794e3, "eq"), ("nev_production", "yoy_pct", *year(2017), 53.8, "eq")}),
    # "growth in high-tech manufacturing slowed to 2.7 per cent from 7.4 per cent in 2022": the rate it moved to
    ("Industry\n\nJan 18, 2024\n\nEquipment manufacturing value-added climbed 6.8 per cent in 2023, while growth in high-tech "
     "manufacturing slowed to 2.7 per cent from 7.4 per cent in 2022.",
     {("equipment_manufacturing_value_added", "yoy_pct", *year(2023), 6.8, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2023), 2.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2022), 7.4, "eq")}),
    # "SA's crude steel output": South Africa's, which would otherwise clash with China's
    ("Steel\n\nJuly 16, 2015\n\nChina's crude steel output fell 1.3% in the first half to 410.1 million tonnes. SA's crude steel output "
     "was about 3.4 million tonnes in the first half.",
     {("crude_steel_output", "level", *h1(2015), 410.1e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2015), -1.3, "eq")}),
    # "Cumulative growth in the first four months came in at 6.3%"; "taking the Jan-Apr decline to 3.0%": a fall
    ("China: April activity\n\n17 May 2024\n\nIndustrial production grew 6.7% y/y in April. Cumulative growth in the first four months "
     "came in at 6.3% y/y. Crude steel output fell 7.2% y/y to 85.94mt in April, taking the Jan-Apr decline to 3.0% y/y.",
     {("industrial_value_added", "yoy_pct", *month(2024, 4), 6.7, "eq"), ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 4, 30), 6.3, "eq"),
      ("crude_steel_output", "level", *month(2024, 4), 85.94e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2024, 4), -7.2, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 1, 1), date(2024, 4, 30), -3.0, "eq")}),
    # "the three operators plus China Broadnet": all of them, the nation's
    ("Telecoms\n\n20 Oct 2022\n\nOn the revenue side, the three operators plus China Broadnet generated telecommunications business "
     "revenue of 1.19 trillion yuan in January-September, up 8.0% year-on-year.",
     {("telecom_business_revenue", "level", date(2022, 1, 1), date(2022, 9, 30), 1.19e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2022, 1, 1), date(2022, 9, 30), 8.0, "eq")}),
    # (one operator is a company)
    ("Telecoms\n\n20 Oct 2022\n\nChina Broadnet generated telecommunications business revenue of 19 billion yuan in January-September.", set()),
    # "5G行政村通达率超过90%", "行政村5G通达率超过90%"
    ("2024年通信业统计公报\n\n2025年1月20日\n\n全国5G网络覆盖所有地级市城区、县城城区，5G行政村通达率超过90%。",
     {("five_g_admin_village_coverage", "level", *dec31(2024), 90.0, "gt")}),
    # a foreign outlet reporting China's figure is not a foreign figure
    ("外媒关注中国制造业\n\n2025年7月20日\n\n德国之声电台网站报道，上半年中国工业机器人产量达36.9万套，同比增长35.6%。",
     {("industrial_robot_output", "level", *h1(2025), 369e3, "eq"), ("industrial_robot_output", "yoy_pct", *h1(2025), 35.6, "eq")}),
    ("外媒关注中国制造业\n\n2025年7月20日\n\n上半年德国工业机器人产量达3.9万套。", set()),
    # "新建5G基站88.7万个，累计建成开通231.2万个": the total after the additions
    ("2022年工业和信息化发展情况\n\n2023年1月17日\n\n全年新建5G基站88.7万个，累计建成开通231.2万个，5G基站总量占全球60%以上。",
     {("five_g_base_stations", "level", *dec31(2022), 2.312e6, "eq")}),
    # a conversion into another currency in brackets is no region's figure
    ("工信部公布去年数据\n\n2017年1月20日\n\n软件和信息技术服务业去年完成软件业务收入4.9万亿元人民币（约合5.6万亿澳门元），同比增长14.9%。",
     {("software_it_services_revenue", "level", *year(2016), 4.9e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2016), 14.9, "eq")}),
    # "；12月单月则同比增长7.3%": the month's rate of the flow rated before the ";"
    ("工信部公布去年数据\n\n2021年1月27日\n\n去年全年规模以上工业增加值同比增长2.8%，仍是近30年来最低；12月单月则同比增长7.3%。",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 12), 7.3, "eq")}),
]

# (one test reads all of SESSION42's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION42)
def test_session42(text, expected):
    assert obs(text) == expected


# --- extractor 1.44.0 ---
def nine_months(y: int) -> tuple[date, date]:
    return date(y, 1, 1), date(y, 9, 30)


SESSION43 = [
    # a forecast and a consensus in brackets after the figure are what it is measured against
    ("China activity\n\n16 May 2025\n\nIndustrial production (IP) growth quickened to 6.1% y/y in April from 5.0% in March, "
     "above consensus (5.4%) and our own forecast (5.3%).",
     {("industrial_value_added", "yoy_pct", *month(2025, 4), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2025, 3), 5.0, "eq")}),
    # (a forecast of the figure itself is still no figure)
    ("China activity\n\n16 May 2025\n\nWe forecast industrial production to grow 5.3% y/y in May, above consensus (5.1%).", set()),
    # "…, with June at 6.2%": the month's rate of the flow rated before
    ("China activity\n\n16 July 2025\n\nIndustrial value added grew 5.9% y/y in 1H25, with June at 6.2% y/y, accelerating from 5.8% in May.",
     {("industrial_value_added", "yoy_pct", *h1(2025), 5.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2025, 6), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 5), 5.8, "eq")}),
    # (a dateline's "January 2016 at 7:14pm" is no month of the figures)
    ("China's steel output falls in 2015\n\nPublished 27 January 2016 at 7:14pm\n\nCrude steel output fell 2.3% to 804 million tonnes. "
     "Output of new energy vehicles reached 340,471.",
     {("crude_steel_output", "level", *year(2015), 804e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq"),
      ("nev_production", "level", *year(2015), 340471.0, "eq")}),
    # "lagged at +2.1%": a sector's rate; "well below the 8.9% recorded for full-year 2023": that year's
    ("China activity\n\n16 July 2024\n\nIndustrial value added grew 4.2% y/y in 1H24. High-tech manufacturing lagged at +2.1% y/y, "
     "well below the 8.9% recorded for full-year 2023.",
     {("industrial_value_added", "yoy_pct", *h1(2024), 4.2, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2024), 2.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2023), 8.9, "eq")}),
    # "versus 16.9GB in June 2023": the level it is set against is that month's
    ("Telecom data\n\n20 July 2024\n\nAverage mobile data usage per user (DOU) reached 19.5GB in June 2024, versus 16.9GB in June 2023.",
     {("mobile_dou", "level", *month(2024, 6), 19.5, "eq"), ("mobile_dou", "level", *month(2023, 6), 16.9, "eq")}),
    # "at comparable prices" is the volume's price basis, not another volume's scope
    ("Telecom data\n\n20 July 2024\n\nTelecommunications business volume at comparable prices grew 11.2% in the first half.",
     {("telecom_business_volume", "yoy_pct", *h1(2024), 11.2, "eq")}),
    ("Telecom data\n\n20 July 2024\n\nTelecommunications business volume in Guangdong at comparable prices grew 11.2% in the first half.", set()),
    # "高技术制造业6月份增加值": a month between the sector and its value added
    (ZH_H1_2024 + "高技术制造业6月份增加值同比增长9.1%，上半年同比增长8.7%。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *month(2024, 6), 9.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *ZH_H1, 8.7, "eq")}),
    (ZH_H1_2024 + "广东省高技术制造业6月份增加值同比增长9.1%。", set()),
    # J.P. Morgan's "%oya" is year on year; "September IP printed"; "(Aug: 4.4%oya)" the month before, in a bracket
    ("China IP\n\n20 Oct 2024\n\nSeptember IP printed 5.4%oya (Aug: 4.4%oya; consensus: 4.6%oya).",
     {("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 8), 4.4, "eq")}),
    # "(1H24: 5.8%)" after a first-three-quarters rate: the half's
    ("China IP\n\n20 Oct 2024\n\nValue added of industrial enterprises above designated size rose 5.8% y/y in 1-3Q24 (1H24: 6.0%).",
     {("industrial_value_added", "yoy_pct", *nine_months(2024), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq")}),
    # each signed rate of a pair, in one bracket
    ("China autos\n\n20 Oct 2024\n\nNEV production and sales reached 8.3mn and 8.2mn units in 1-3Q (+31.7%oya and +32.5%oya).",
     {("nev_production", "level", *nine_months(2024), 8.3e6, "eq"), ("nev_sales", "level", *nine_months(2024), 8.2e6, "eq"),
      ("nev_production", "yoy_pct", *nine_months(2024), 31.7, "eq"), ("nev_sales", "yoy_pct", *nine_months(2024), 32.5, "eq")}),
    # China's share of the world in brackets is no world scope
    ("China note\n\n20 July 2022\n\nBy end-June, China had built 1.85mn 5G base stations (about 60% of the world total).",
     {("five_g_base_stations", "level", *jun30(2022), 1.85e6, "eq")}),
    ("China note\n\n20 July 2022\n\nThe world had built 3.1mn 5G base stations by end-June.", set()),
    # "- 198,000 in total": the rounded figure, said exactly
    ("China 5G\n\nApril 20, 2020\n\nChina had nearly 200,000 5G base stations by the end of March, the ministry said - 198,000 in total.",
     {("five_g_base_stations", "level", date(2020, 3, 31), date(2020, 3, 31), 198000.0, "eq")}),
    # a paper's name above the headline is not the headline (nor a Beijing bulletin)
    ("北京商报\n首页 > 科技 > 正文\n\n前三季度电信业务收入稳步增长\n\n2024-10-22 20:15:36　来源：北京商报\n\n1-9月，电信业务收入累计完成1.32万亿元，同比增长2.5%。",
     {("telecom_business_revenue", "level", *nine_months(2024), 1.32e12, "eq"), ("telecom_business_revenue", "yoy_pct", *nine_months(2024), 2.5, "eq")}),
    # "slowed to 5.3% yoy from 5.6% in May"
    ("China data\n\n16 July 2024\n\nJune IP growth slowed to 5.3% yoy from 5.6% in May.",
     {("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    # a topic with a comment before a colon, then its production and sales
    (ZH_FY2020 + "新能源汽车是少数亮点：全年产销分别为136.6万辆和136.7万辆，同比增长7.5%和10.9%。",
     {("nev_production", "level", *year(2020), 1.366e6, "eq"), ("nev_sales", "level", *year(2020), 1.367e6, "eq"),
      ("nev_production", "yoy_pct", *year(2020), 7.5, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq")}),
    # "其中第一季度曾大跌8.4%": a fall, for the quarter
    (ZH_FY2020 + "2020年全国规模以上工业增加值同比增长2.8%，其中第一季度曾大跌8.4%。",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq")}),
    # bracketed signed rates of sectors in a review of a year
    ("China's industry in 2024\n\nJanuary 21, 2025\n\nIndustrial value added rose 5.8% in 2024. Equipment manufacturing (+7.7%) and "
     "high-tech manufacturing (+8.9%) again outpaced the average.",
     {("industrial_value_added", "yoy_pct", *year(2024), 5.8, "eq"), ("equipment_manufacturing_value_added", "yoy_pct", *year(2024), 7.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2024), 8.9, "eq")}),
    # "against 718,000 at the end of 2020"; present-tense "exceed", "number"
    ("China's industry in 2025\n\nJanuary 21, 2026\n\nChina now counts 4.8 million 5G base stations, against 718,000 at the end of 2020. "
     "5G users exceed 1.2 billion, and gigabit broadband users number 240 million.",
     {("five_g_base_stations", "level", *dec31(2025), 4.8e6, "eq"), ("five_g_base_stations", "level", *dec31(2020), 718000.0, "eq"),
      ("five_g_mobile_users", "level", *dec31(2025), 1.2e9, "gt"), ("gigabit_broadband_users", "level", *dec31(2025), 2.4e8, "eq")}),
    # (a headline's "to exceed … by year end" is a forecast)
    ("China telecoms\n\nOctober 20, 2022\n\n5G users in China to exceed 560 million by year end.", set()),
    # "a faster-than-expected 6.3 percent": no comparison
    ("China IVA\n\n16 July 2019\n\nChina's industrial output grew a faster-than-expected 6.3 percent in June, up from 5.0 percent in May.",
     {("industrial_value_added", "yoy_pct", *month(2019, 6), 6.3, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 5), 5.0, "eq")}),
    # "; the June print improved to 4.4% y/y from 3.5% in May"; "was much softer at 1.7%"
    ("China IVA\n\n17 July 2023\n\nIndustrial value added grew 3.8% y/y in H1; the June print improved to 4.4% y/y from 3.5% in May. "
     "High-tech manufacturing was much softer at 1.7%, dragged by electronics.",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 6), 4.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 5), 3.5, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2023), 1.7, "eq")}),
    # "slightly below 6.2 percent in November": November's
    ("China IVA\n\n20 Jan 2017\n\nIndustrial value added grew 6.0 percent in 2016, with December growth also at 6.0 percent, slightly below 6.2 percent in November.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 11), 6.2, "eq")}),
    # "but the monthly print has slowed to 8.3% YoY in June"
    ("China IP\n\n20 July 2021\n\nIndustrial value added grew 15.9% YoY in 1H21, but the monthly print has slowed to 8.3% YoY in June from 8.8% in May.",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 5), 8.8, "eq")}),
]

# (one test reads all of SESSION43's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION43)
def test_session43(text, expected):
    assert obs(text) == expected


# --- extractor 1.45.0 ---
SESSION44 = [
    # "，去年同期为5.9%": the same months a year before
    ("工信部：前三季度工业运行总体平稳\n2019年10月18日\n\n前三季度，全国规模以上工业增加值同比增长5.6%，去年同期为6.4%。",
     {("industrial_value_added", "yoy_pct", *nine_months(2019), 5.6, "eq"), ("industrial_value_added", "yoy_pct", *nine_months(2018), 6.4, "eq")}),
    # "较一季度末（50.1%）": the share at that quarter's end; "比3月末（2860万个）": at that month's end
    ("工信部发布上半年通信业运行情况\n2024年7月19日\n\n截至6月末，5G移动电话用户达9.27亿户，占移动电话用户的52.2%，较一季度末（50.1%）提高2.1个百分点。"
     "具备千兆网络服务能力的10G PON端口数达2500万个，比3月末（2440万个）净增60万个。",
     {("five_g_mobile_users", "level", *jun30(2024), 927e6, "eq"), ("five_g_share_of_mobile_users", "level", *jun30(2024), 52.2, "eq"),
      ("five_g_share_of_mobile_users", "level", date(2024, 3, 31), date(2024, 3, 31), 50.1, "eq"),
      ("ten_g_pon_ports", "level", *jun30(2024), 25e6, "eq"), ("ten_g_pon_ports", "level", date(2024, 3, 31), date(2024, 3, 31), 24.4e6, "eq")}),
    # "其中…用户为1.63亿户，占总数的25.7%": the share of the broadband total named before
    ("工信部发布上半年通信业运行情况\n2024年7月19日\n\n截至6月末，固定互联网宽带接入用户总数达6.36亿户，其中1000Mbps及以上接入速率的用户为1.63亿户，占总数的25.7%。",
     {("gigabit_broadband_users", "level", *jun30(2024), 163e6, "eq"), ("gigabit_share_of_broadband_users", "level", *jun30(2024), 25.7, "eq")}),
    # "逆市上升" is against the market, not a city's
    ("工信部：去年工业经济稳中有进\n2021年1月26日\n\n去年，汽车产销分别下降2%和1.9%；新能源汽车产销则逆市上升，分别达136.6万辆和136.7万辆。",
     {("auto_production", "yoy_pct", *year(2020), -2.0, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq"),
      ("nev_production", "level", *year(2020), 1.366e6, "eq"), ("nev_sales", "level", *year(2020), 1.367e6, "eq")}),
    # "；与上年同期相比，产量增长1.4%，销量下降2.2%": the month's year on year rates
    ("中汽协发布11月汽车产销数据\n2018年12月12日\n\n11月，汽车生产260.1万辆，销售254.8万辆；与上年同期相比，产量增长1.4%，销量下降2.2%。",
     {("auto_production", "level", *month(2018, 11), 2.601e6, "eq"), ("auto_sales", "level", *month(2018, 11), 2.548e6, "eq"),
      ("auto_production", "yoy_pct", *month(2018, 11), 1.4, "eq"), ("auto_sales", "yoy_pct", *month(2018, 11), -2.2, "eq")}),
    # (but not a comparison with two years before)
    ("中汽协发布4月汽车产销数据\n2021年5月11日\n\n4月，汽车生产223.4万辆，销售225.2万辆；与2019年同期相比，产量增长7.3%，销量增长8.6%。",
     {("auto_production", "level", *month(2021, 4), 2.234e6, "eq"), ("auto_sales", "level", *month(2021, 4), 2.252e6, "eq")}),
    # "“5G+工业互联网”建设项目超过7000个"
    ("工信部：5G应用加速落地\n2023年3月1日\n\n截至2月底，“5G+工业互联网”建设项目超过7000个。",
     {("five_g_industrial_internet_projects", "level", date(2023, 2, 28), date(2023, 2, 28), 7000.0, "gt")}),
    # "，1—3月累计出货…": the months to date of the phones named before
    ("中国信通院：3月5G手机出货量\n2021年4月20日\n\n3月份国内5G手机出货量2760万部，1—3月累计出货6970万部。",
     {("five_g_phone_shipments", "level", *month(2021, 3), 27.6e6, "eq"), ("five_g_phone_shipments", "level", date(2021, 1, 1), date(2021, 3, 31), 69.7e6, "eq")}),
    # "，其中6月份完成9500亿元": the last month of the period
    ("工信部：上半年软件业运行平稳\n2022年7月22日\n\n上半年，我国软件业务收入46266亿元，同比增长10.9%，其中6月份完成9500亿元。",
     {("software_it_services_revenue", "level", *h1(2022), 4.6266e12, "eq"), ("software_it_services_revenue", "yoy_pct", *h1(2022), 10.9, "eq"),
      ("software_it_services_revenue", "level", *month(2022, 6), 9.5e11, "eq")}),
    # (not a month before the period's last)
    ("工信部：上半年软件业运行平稳\n2022年7月22日\n\n上半年，我国软件业务收入46266亿元，同比增长10.9%，其中5月份完成8200亿元。",
     {("software_it_services_revenue", "level", *h1(2022), 4.6266e12, "eq"), ("software_it_services_revenue", "yoy_pct", *h1(2022), 10.9, "eq")}),
    # "…, or 2.9 million tonnes a day, bringing first-half output to …": another figure's daily average
    ("China steel output\n\nJuly 16, 2021\n\nMills turned out 93.9 million tonnes of crude steel in June, or 3.13 million tonnes a day, "
     "bringing first-half output to 563.3 million tonnes, up 11.8% from a year earlier.",
     {("crude_steel_output", "level", *month(2021, 6), 93.9e6, "eq"), ("crude_steel_output", "level", *h1(2021), 563.3e6, "eq"),
      ("crude_steel_output", "yoy_pct", *h1(2021), 11.8, "eq")}),
    # "…, and total profit for the software industry RMB1.02tr": the verb of the clause before is understood
    ("China ICT note\n\nJanuary 28, 2022\n\nIn 2021, software and IT services revenue was RMB9.5tr, +17.7% YoY, and total profit for the software industry RMB1.19tr, +7.6% YoY.",
     {("software_it_services_revenue", "level", *year(2021), 9.5e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2021), 17.7, "eq"),
      ("software_industry_profit", "level", *year(2021), 1.19e12, "eq"), ("software_industry_profit", "yoy_pct", *year(2021), 7.6, "eq")}),
    # ("A reached X and B Y, rises of P% and Q% respectively" stays read with the wider elided-verb rule)
    ("China NEV market\n\nJanuary 15, 2023\n\nIn 2022, NEV production reached 7.058 million units and sales 6.887 million, rises of 96.9% and 93.4% respectively.",
     {("nev_production", "level", *year(2022), 7.058e6, "eq"), ("nev_sales", "level", *year(2022), 6.887e6, "eq"),
      ("nev_production", "yoy_pct", *year(2022), 96.9, "eq"), ("nev_sales", "yoy_pct", *year(2022), 93.4, "eq")}),
    # "far below the 31 percent jump seen a year earlier"
    ("China robots\n\nJanuary 20, 2020\n\nOutput of industrial robots fell 3.1 percent to 187,000 units in 2019, far below the 31 percent jump seen a year earlier.",
     {("industrial_robot_output", "level", *year(2019), 187000.0, "eq"), ("industrial_robot_output", "yoy_pct", *year(2019), -3.1, "eq"),
      ("industrial_robot_output", "yoy_pct", *year(2018), 31.0, "eq")}),
    # a broker's "quarterly print of", ": June came in at", "matching May's", "a touch below 1Q's"
    ("China IP\n\nJuly 16, 2024\n\nIndustrial value added rose 6.0%YoY in 1H24. The 2Q24 quarterly print of 5.9%YoY eased from 6.1% in 1Q24, "
     "and the monthly profile softened: June came in at 5.3%YoY, below May's 5.6%.",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2024, 2), 5.9, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    ("China IP\n\nOctober 18, 2024\n\nIndustrial value added rose 5.8%oya in 1-3Q24, taking 3Q growth to 5.0%oya, a touch below 2Q's 5.9%oya.",
     {("industrial_value_added", "yoy_pct", *nine_months(2024), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2024, 3), 5.0, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2024, 2), 5.9, "eq")}),
    # "由2020年末的71.8万个增至2025年末的483.8万个": the count it grew from, at that year-end
    ("工信部：十四五工业通信业发展成就\n2026年1月20日\n\n“十四五”时期，我国5G基站数由2020年末的71.8万个增至2025年末的483.8万个。",
     {("five_g_base_stations", "level", *dec31(2020), 718000.0, "eq"), ("five_g_base_stations", "level", *dec31(2025), 4.838e6, "eq")}),
    # "比上年增长6.1%，12月份增长5.9%。其中，…；装备制造业…": the sentence's own figure is the year's; the
    # month named after it drills in, and the next sentence goes on with the year
    ("工信部：2015年工业通信业运行情况\n2016年1月28日\n\n全国规模以上工业增加值比上年增长6.1%，12月份增长5.9%。其中，高技术制造业增加值增长10.2%；装备制造业增加值增长6.8%。",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2015), 10.2, "eq"), ("equipment_manufacturing_value_added", "yoy_pct", *year(2015), 6.8, "eq")}),
    # "The association put full-year sales at 26.28 million": the rounded figure read before, precisely
    ("China autos\n\nJanuary 12, 2022\n\nVehicle sales rose 3.8 percent to 26.3 million units last year. The China Association of Automobile "
     "Manufacturers put full-year sales at 26.275 million vehicles.",
     {("auto_sales", "level", *year(2021), 26.275e6, "eq"), ("auto_sales", "yoy_pct", *year(2021), 3.8, "eq")}),
    ("China software\n\nJanuary 28, 2022\n\nSoftware and IT services revenue reached RMB 9.5 trillion last year, up 17.7%, while total profit for the "
     "software industry rose 7.6% to RMB 1.19 trillion. Precise figures put revenue at RMB 9.4994 trillion and profit at RMB 1.1875 trillion.",
     {("software_it_services_revenue", "level", *year(2021), 9.4994e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2021), 17.7, "eq"),
      ("software_industry_profit", "level", *year(2021), 1.1875e12, "eq"), ("software_industry_profit", "yoy_pct", *year(2021), 7.6, "eq")}),
    # ", Beijing's measure of factory output,": an aside on what the measure is, no scope
    ("China IP\n\nApril 18, 2025\n\nValue added of industrial enterprises above designated size, Beijing's measure of factory output, rose 6.5% in the first quarter.",
     {("industrial_value_added", "yoy_pct", *quarter(2025, 1), 6.5, "eq")}),
    ("China IP\n\nApril 18, 2025\n\nValue added of industrial enterprises above designated size in Jiangsu, Beijing's measure of factory output, rose 6.5% in the first quarter.",
     set()),
    # a semicolon inside brackets does not end the clause
    ("工信部：去年电信业务收入\n2020年1月21日\n\n去年电信业务收入达1.31万亿元（人民币，下同；约新台币5.6万亿元），同比增长0.8%。",
     {("telecom_business_revenue", "level", *year(2019), 1.31e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2019), 0.8, "eq")}),
    # "at end-June versus 3.377mn at end-2023" (no comma)
    ("China telecom\n\nJuly 20, 2024\n\nChina had 3.917mn 5G base stations at end-June versus 3.377mn at end-2023.",
     {("five_g_base_stations", "level", *jun30(2024), 3.917e6, "eq"), ("five_g_base_stations", "level", *dec31(2023), 3.377e6, "eq")}),
    # "Quarterly growth eased to 5.9% y/y in 2Q"; "H1-2019"; "; June growth picked up to"; "(IVA) of enterprises"
    ("China IP\n\nJuly 16, 2024\n\nThe value-added of industrial enterprises above designated size grew 6.0% y/y in the first half. "
     "Quarterly growth eased to 5.9% y/y in 2Q.",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2024, 2), 5.9, "eq")}),
    ("China IP\n\nJuly 16, 2019\n\nIndustrial value-added (IVA) of enterprises above designated size grew 6.0% y/y in H1-2019, "
     "the MIIT said; June growth picked up to 6.3% y/y.",
     {("industrial_value_added", "yoy_pct", *h1(2019), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 6), 6.3, "eq")}),
    # "规划确定的…目标已提前完成，全年…": a target met, the figure is the year's
    ("工信部：2020年工业通信业发展情况\n2021年1月26日\n\n“十三五”规划确定的软件业务收入目标已提前完成，全年软件业务收入81616亿元。",
     {("software_it_services_revenue", "level", *year(2020), 8.1616e12, "eq")}),
    # "，快于全部规模以上工业…6.8个百分点，增速比1—10月（13.3%）回落": an aside between the rate and its comparison
    ("工信部：1-11月电子信息制造业运行情况\n2019年12月27日\n\n1—11月，规模以上电子信息制造业增加值同比增长9.2%，快于全部规模以上工业增加值增速3.6个百分点，增速比1—10月（9.0%）加快0.2个百分点。",
     {("electronics_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 11, 30), 9.2, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 10, 31), 9.0, "eq")}),
    # "…, at 11.7%, and equipment manufacturing at 9.5%": the verb and "at" shared
    ("China IP\n\nJanuary 18, 2019\n\nIndustrial output rose 6.2% in 2018. High-tech manufacturing grew faster, at 11.7%, and equipment manufacturing at 8.1%.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.1, "eq")}),
    # "and was down 2.3% yoy in Jan-Jun at 530.6mt": the later period's level after "at"
    ("China steel\n\nJuly 16, 2024\n\nCrude steel output fell 3.6% yoy in June to 91.6mt, and was down 1.1% yoy in Jan-Jun at 530.6mt.",
     {("crude_steel_output", "level", *month(2024, 6), 91.6e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2024, 6), -3.6, "eq"),
      ("crude_steel_output", "yoy_pct", *h1(2024), -1.1, "eq"), ("crude_steel_output", "level", *h1(2024), 530.6e6, "eq")}),
    # "The March print came in at": the month's rate of the measure before
    ("China IP\n\nApril 17, 2023\n\nValue added of industrial enterprises above designated size rose 3.0% y/y in 1Q23. The March print came in at 3.9% y/y, accelerating from 2.4% in Jan-Feb.",
     {("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 3), 3.9, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 2, 28), 2.4, "eq")}),
    # "A and B rose 9.0% and 7.4% respectively in …, compared with 9.9% and 8.4% in H1": a pair of earlier rates
    ("China IP\n\nOctober 20, 2023\n\nValue added of high-tech manufacturing and equipment manufacturing rose 9.0% and 7.4% respectively in "
     "January-September, compared with 9.9% and 8.4% in H1.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *nine_months(2023), 9.0, "eq"), ("equipment_manufacturing_value_added", "yoy_pct", *nine_months(2023), 7.4, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2023), 9.9, "eq"), ("equipment_manufacturing_value_added", "yoy_pct", *h1(2023), 8.4, "eq")}),
    # "561m people using 5G phones"; (a foreign country's are not)
    ("China 5G\n\nJanuary 20, 2023\n\nBy the end of 2022 the country had 2.31m 5G base stations and 561m people using 5G phones.",
     {("five_g_base_stations", "level", *dec31(2022), 2.31e6, "eq"), ("five_g_mobile_users", "level", *dec31(2022), 561e6, "eq")}),
    ("Korea 5G\n\nJanuary 20, 2023\n\nIn South Korea, 28 million people now use 5G mobile phones.", set()),
    # "a remarkable turnaround from the 6.8% contraction recorded in the first quarter"
    ("China IP\n\nJanuary 20, 2021\n\nIndustrial value added rose 2.8% in 2020, a turnaround from the 8.4% contraction recorded in the first quarter of 2020.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq")}),
    # a sentence between whose only figure is what economists expected keeps the rate talked of
    ("China IP\n\nApril 16, 2024\n\nValue added of industrial enterprises above designated size rose 6.1% in the first quarter. "
     "That beat the 5.4% economists had forecast. Growth slowed to 4.5% in March from 7.0% in the January-February period.",
     {("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 3), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.0, "eq")}),
]

# (one test reads all of SESSION44's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION44)
def test_session44(text, expected):
    assert obs(text) == expected


# --- extractor 1.46.0 ---
SESSION45 = [
    # "eased to 5.9% y/y in 2Q from 6.1% in 1Q": a broker's quarter shorthand before "from"
    ("China IP\n\nJuly 18, 2023\n\nIndustrial value added grew 3.8% y/y in the first half. Quarterly growth slowed to 2.8% y/y in 2Q from 4.5% in 1Q.",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2023, 2), 2.8, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2023, 1), 4.5, "eq")}),
    # "June IVA growth …" after a lead-in with no figure and a dash
    ("China IP\n\nJuly 18, 2022\n\nIndustrial value added rose 3.4% y/y in the first half. Activity recovered late in the half - June IVA growth "
     "picked up to 3.9% y/y from 0.7% in May.",
     {("industrial_value_added", "yoy_pct", *h1(2022), 3.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 5), 0.7, "eq")}),
    # (a lead-in that names another measure keeps its own growth)
    ("China IP\n\nJuly 18, 2022\n\nIndustrial value added rose 3.9% y/y in June. Retail sales disappointed again - growth slowed to 3.1% y/y.",
     {("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq")}),
    # "ports-the equipment …-reached": an aside set off by glued hyphens
    ("China broadband\n\nApril 20, 2023\n\nBy the end of March, 10G PON ports-the kit that carries gigabit service-numbered 16.3 million.",
     {("ten_g_pon_ports", "level", date(2023, 3, 31), date(2023, 3, 31), 16.3e6, "eq")}),
    # (a hyphenated word is no aside)
    ("China NEVs\n\nJanuary 12, 2024\n\nSales of new-energy vehicles reached 9.5 million in 2023, up 37.9% year-on-year.",
     {("nev_sales", "level", *year(2023), 9.5e6, "eq"), ("nev_sales", "yoy_pct", *year(2023), 37.9, "eq")}),
    # "…, but milder than feared in February, when sales plunged by 79%": the month's rate of the subject before
    ("China autos\n\nJanuary 14, 2021\n\nAuto production and sales fell 2.0% and 1.9% in 2020, a much smaller drop than looked likely in "
     "February, when sales plunged by 79%.",
     {("auto_production", "yoy_pct", *year(2020), -2.0, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq"),
      ("auto_sales", "yoy_pct", *month(2020, 2), -79.0, "eq")}),
    # "是2020年末71.8万个的6.7倍": the earlier level a multiple is of
    ("“十四五”通信业发展回顾\n\n2026年1月22日\n\n截至2025年末，我国5G基站总数达到483.8万个，是“十三五”末71.8万个的6.7倍。",
     {("five_g_base_stations", "level", *dec31(2025), 4.838e6, "eq"), ("five_g_base_stations", "level", *dec31(2020), 718e3, "eq")}),
    ("通信业统计公报\n\n2024年1月24日\n\n截至2023年底，千兆光网用户达1.63亿户，为2021年底3456万户的4.7倍。",
     {("gigabit_broadband_users", "level", *dec31(2023), 163e6, "eq"), ("gigabit_broadband_users", "level", *dec31(2021), 34.56e6, "eq")}),
    # a gloss for the reader in brackets names no scope ("（类似台湾的…概念）")
    ("大陆工业数据\n\n2022年1月18日\n\n2021年，大陆规模以上工业增加值（类似台湾的工业生产指数）全年同比增长9.6%，其中高技术制造业增加值同比增长18.2%。",
     {("industrial_value_added", "yoy_pct", *year(2021), 9.6, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2021), 18.2, "eq")}),
    # (a province's own figure stays blocked)
    ("工业数据\n\n2022年1月18日\n\n2021年，台湾工业生产指数同比增长12.9%，广东规模以上工业增加值同比增长9.0%。", set()),
    # a page's own word with the mainland's in a gloss: "电动车（中国称“新能源汽车”）逆势增长，产量与销量分别…"
    ("大陆车市\n\n2021年1月15日\n\n2020年，电动车（中国称“新能源汽车”）表现亮眼，产量与销量分别为136.6万辆和136.7万辆，分别同比增长7.5%和10.9%。",
     {("nev_production", "level", *year(2020), 1.366e6, "eq"), ("nev_sales", "level", *year(2020), 1.367e6, "eq"),
      ("nev_production", "yoy_pct", *year(2020), 7.5, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq")}),
    # "精确数字为81616亿元": the precise figure replaces the rounded one
    ("软件业运行\n\n2021年1月28日\n\n2020年，我国软件业务收入约8.2万亿元，精确数字为81616亿元，同比增长13.3%。",
     {("software_it_services_revenue", "level", *year(2020), 8.1616e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2020), 13.3, "eq")}),
    # a note's "NEV output / sales: X / Y units (+P%/+Q% YoY)"
    ("China autos\n\nJuly 14, 2022\n\nIn 1H22, NEV output / sales were 2.661mn / 2.600mn units (+120%/+120% YoY).",
     {("nev_production", "level", *h1(2022), 2.661e6, "eq"), ("nev_sales", "level", *h1(2022), 2.6e6, "eq"),
      ("nev_production", "yoy_pct", *h1(2022), 120.0, "eq"), ("nev_sales", "yoy_pct", *h1(2022), 120.0, "eq")}),
    # "shipments in mainland China": the nation's
    ("China phones\n\nFebruary 20, 2024\n\n5G phone shipments in mainland China totaled 240 million units in 2023, up 11.9% year on year.",
     {("five_g_phone_shipments", "level", *year(2023), 240e6, "eq"), ("five_g_phone_shipments", "yoy_pct", *year(2023), 11.9, "eq")}),
    # "rising 5.7% yoy after 5.4% in November": the month after "after 5.4%" is the earlier rate's, not the figure's
    ("China IP data\n\nJanuary 21, 2020\n\nIndustrial production beat forecasts in December, rising 6.9% yoy after 6.2% in November.",
     {("industrial_value_added", "yoy_pct", *month(2019, 12), 6.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq")}),
    # "after an anaemic 5.4 percent in January and February combined"
    ("China IP data\n\nApril 20, 2016\n\nIndustrial output growth picked up to 6.8 percent in March after a sluggish 5.4 percent in January and February combined.",
     {("industrial_value_added", "yoy_pct", *month(2016, 3), 6.8, "eq"), ("industrial_value_added", "yoy_pct", date(2016, 1, 1), date(2016, 2, 29), 5.4, "eq")}),
    # "and it rose another 27.9 percent in the first quarter"
    ("China robots\n\nApril 22, 2016\n\nOutput of industrial robots was 32,996 sets in 2015, up 21.7 percent, and it climbed a further 27.9 percent in the first quarter of 2016.",
     {("industrial_robot_output", "level", *year(2015), 32996, "eq"), ("industrial_robot_output", "yoy_pct", *year(2015), 21.7, "eq"),
      ("industrial_robot_output", "yoy_pct", *quarter(2016, 1), 27.9, "eq")}),
    # "That compared with growth of 6.8% in December and 4.6% for all of 2023": both periods' rates
    ("China IP data\n\nMarch 18, 2024\n\nIndustrial output rose 7.0% in January-February from a year earlier. That compared with growth of 6.8% in December "
     "and 4.6% for all of 2023.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 12), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq")}),
    # "well ahead of the 3.6% growth of 2020"
    ("China telecom data\n\nJanuary 26, 2022\n\nTelecommunications business revenue rose 8.0% in 2021, well ahead of the 3.6% growth of 2020.",
     {("telecom_business_revenue", "yoy_pct", *year(2021), 8.0, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2020), 3.6, "eq")}),
    # ", with 2Q23 at +4.5%, accelerating from +3.0% in 1Q23": a note's quarters
    ("China IP\n\nJuly 19, 2023\n\nValue added of industrial enterprises above designated size rose 3.8% YoY in 1H23, with 2Q23 at +4.5%, "
     "accelerating from +3.0% in 1Q23.",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2023, 2), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq")}),
    # "比“十四五”末（2025年底）的483.8万个净增6.4万个": a bracketed date before 的
    ("通信业运行\n\n2026年3月20日\n\n截至2月末，5G基站总数达490.2万个，比“十四五”末（2025年底）的483.8万个净增6.4万个。",
     {("five_g_base_stations", "level", date(2026, 2, 28), date(2026, 2, 28), 4.902e6, "eq"), ("five_g_base_stations", "level", *dec31(2025), 4.838e6, "eq")}),
    # "DOU达到5.94GB/户·月，…，比10月的5.52GB/户·月提升0.42GB": the month before's DOU
    ("通信业运行\n\n2019年12月20日\n\n11月当月户均移动互联网接入流量（DOU）达到8.52GB/户·月，同比增长70.0%，比10月的8.06GB/户·月提升0.46GB。",
     {("mobile_dou", "level", *month(2019, 11), 8.52, "eq"), ("mobile_dou", "yoy_pct", *month(2019, 11), 70.0, "eq"),
      ("mobile_dou", "level", *month(2019, 10), 8.06, "eq")}),
    ("通信业运行\n\n2025年3月20日\n\n2月份，月户均移动互联网接入流量（DOU）达19.15GB/户·月，比1月的19.98GB/户·月有所回落。",
     {("mobile_dou", "level", *month(2025, 2), 19.15, "eq"), ("mobile_dou", "level", *month(2025, 1), 19.98, "eq")}),
    # "；11月当月完成1053亿元，同比增长1.2%": the last month's flow and rate, after the months to date
    ("通信业运行\n\n2019年12月20日\n\n1-11月，电信业务收入累计完成12240亿元，同比增长0.9%，增速较1-10月提高0.1个百分点；11月当月完成1082亿元，同比增长2.8%。",
     {("telecom_business_revenue", "level", date(2019, 1, 1), date(2019, 11, 30), 1.224e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2019, 1, 1), date(2019, 11, 30), 0.9, "eq"),
      ("telecom_business_revenue", "level", *month(2019, 11), 108.2e9, "eq"), ("telecom_business_revenue", "yoy_pct", *month(2019, 11), 2.8, "eq")}),
    # "…，与上半年6.0%的增速持平；9月份增长6.1%": the half's rate, and the month's without 同比
    ("工业运行\n\n2017年10月30日\n\n前三季度，全国规模以上工业增加值同比增长6.7%，与上半年6.9%的增速相比略有回落；9月份增长6.6%，比8月加快0.6个百分点。",
     {("industrial_value_added", "yoy_pct", *nine_months(2017), 6.7, "eq"), ("industrial_value_added", "yoy_pct", *h1(2017), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2017, 9), 6.6, "eq")}),
    # a list of rates that ends in a multiple: "分别增长24.7%、14.0%和1.5倍"
    ("工业运行\n\n2019年4月22日\n\n一季度，工业机器人、集成电路、新能源汽车产量分别增长12.0%、8.4%和1.2倍。",
     {("industrial_robot_output", "yoy_pct", *quarter(2019, 1), 12.0, "eq"), ("nev_production", "yoy_pct", *quarter(2019, 1), 120.0, "eq")}),
    # "Industrial production growth edged up to 4.4% y/y in June": the rate it moved to
    ("China IP data\n\nJuly 17, 2024\n\nIndustrial production growth edged down to 5.3% y/y in June, bringing H1 growth to 6.0%.",
     {("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"), ("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq")}),
    # (a change of the rate is no rate: "growth edged up by 0.2 points")
    ("China IP data\n\nJuly 17, 2024\n\nIndustrial production growth edged up by 0.2 percentage points in June.", set()),
]

# (one test reads all of SESSION45's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION45)
def test_session45(text, expected):
    assert obs(text) == expected


# --- extractor 1.47.0 ---
SESSION46 = [
    # a sentence glued to the one before it: "up 20.1%.For January-May, …"
    ("NEV data\n\nJune 11, 2022\n\nSales of new energy vehicles hit 447,000 units in May, up 105.2%.For January-May, NEV sales reached 2.003 million units, up 111.2%.",
     {("nev_sales", "level", *month(2022, 5), 447e3, "eq"), ("nev_sales", "yoy_pct", *month(2022, 5), 105.2, "eq"),
      ("nev_sales", "level", date(2022, 1, 1), date(2022, 5, 31), 2.003e6, "eq"), ("nev_sales", "yoy_pct", date(2022, 1, 1), date(2022, 5, 31), 111.2, "eq")}),
    # "但从月度数据看，工业生产已出现回升迹象：8月份增长4.5%，比7月份的3.7%加快": a figureless remark, a colon,
    # then the month's rate of the indicator rated in the sentence before
    ("工业经济运行\n\n2022年9月20日\n\n1-8月，全国规模以上工业增加值同比增长3.6%。但从月度数据看，工业生产已出现回升迹象：8月份增长4.2%，比7月份的3.8%加快0.4个百分点。",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 8, 31), 3.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 8), 4.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 7), 3.8, "eq")}),
    # (a remark that names another indicator is that indicator's business, not the rate before's)
    ("工业经济运行\n\n2022年9月20日\n\n1-8月，全国规模以上工业增加值同比增长3.6%。从月度看，汽车行业明显回暖：8月份增长27.5%。",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 8, 31), 3.6, "eq")}),
    # "…增长9.2%，高于同期全国工业增加值增速（6.5%）2.7个百分点": all industry's rate in brackets, for the
    # sector rate's period; the month after is still the sector's
    ("电子信息制造业运行\n\n2021年4月25日\n\n一季度，规模以上电子信息制造业增加值同比增长32.6%，比全国规模以上工业平均水平（24.5%）高8.1个百分点。分月看，3月份增长16.9%。",
     {("electronics_manufacturing_value_added", "yoy_pct", *quarter(2021, 1), 32.6, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2021, 1), 24.5, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", *month(2021, 3), 16.9, "eq")}),
    # "down 8.2% y/y from 1.2 million in 2018": the earlier level after a rate with its y/y mark
    ("Steel and autos\n\nJanuary 14, 2020\n\nSales of NEVs totalled 1.206 million units in 2019, down 4.0% YoY from 1.256 million in 2018.",
     {("nev_sales", "level", *year(2019), 1.206e6, "eq"), ("nev_sales", "yoy_pct", *year(2019), -4.0, "eq"),
      ("nev_sales", "level", *year(2018), 1.256e6, "eq")}),
    # "lifting 1H19 growth to 6.0%": the running rate, as after "bringing"
    ("China activity\n\nJuly 15, 2019\n\nIndustrial value added rose 6.3% y/y in June, lifting 1H19 growth to 6.0%.",
     {("industrial_value_added", "yoy_pct", *month(2019, 6), 6.3, "eq"), ("industrial_value_added", "yoy_pct", *h1(2019), 6.0, "eq")}),
    ("China activity\n\nOctober 18, 2021\n\nIndustrial value added rose 3.1% y/y in September, pushing growth for the first three quarters to 11.8%.",
     {("industrial_value_added", "yoy_pct", *month(2021, 9), 3.1, "eq"), ("industrial_value_added", "yoy_pct", *nine_months(2021), 11.8, "eq")}),
    # "… shipments of 65.4m in 1H. June alone was 12.6m units": a month of that flow
    ("Handset note\n\nJuly 20, 2021\n\nCAICT data show 5G mobile phone shipments of 128.2m in 1H21. June alone was 12.8m units, 73.4% of the month's handsets.",
     {("five_g_phone_shipments", "level", *h1(2021), 128.2e6, "eq"), ("five_g_phone_shipments", "level", *month(2021, 6), 12.8e6, "eq")}),
    # (a month's part of a stock is the month's additions)
    ("Telecom note\n\nApril 22, 2021\n\nChina had 819,000 5G base stations at the end of March. March alone was 26,000 units.",
     {("five_g_base_stations", "level", date(2021, 3, 31), date(2021, 3, 31), 819e3, "eq")}),
    # "but June output (90.11 million tonnes, +0.4% y/y) was held back": the figure itself in brackets after its noun
    ("Steel note\n\nJuly 17, 2024\n\nCrude steel output fell 1.1% y/y to 530.57 million tonnes in H1, while June output (91.61 million tonnes, -4.0% y/y) was held back by weak demand.",
     {("crude_steel_output", "level", *h1(2024), 530.57e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2024), -1.1, "eq"),
      ("crude_steel_output", "level", *month(2024, 6), 91.61e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2024, 6), -4.0, "eq")}),
    # (an aside in brackets that is not the figure is still skipped)
    ("Steel note\n\nJuly 17, 2024\n\nCrude steel output (a gauge that covers 1,200 mills) fell 1.1% y/y to 530.57 million tonnes in H1.",
     {("crude_steel_output", "level", *h1(2024), 530.57e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2024), -1.1, "eq")}),
    # a year or a plan between the product and its attribute: "新能源汽车2025年产量", "新能源汽车“十四五”期间累计产量"
    ("“十四五”成就\n\n2026年1月22日\n\n新能源汽车“十四五”期间累计销量超过4700万辆，产销量连续11年位居全球第一。",
     {("nev_sales", "level", date(2021, 1, 1), date(2025, 12, 31), 47e6, "gt")}),
    ("汽车工业运行\n\n2024年1月15日\n\n新能源汽车2023年产量达958.7万辆，同比增长35.8%。",
     {("nev_production", "level", *year(2023), 9.587e6, "eq"), ("nev_production", "yoy_pct", *year(2023), 35.8, "eq")}),
    # "The auto industry, which was hit hard in the first quarter, recovered strongly in the second half.": one
    # phase set against another is not the period of the figures after it
    ("China's industry in 2020\n\nJanuary 27, 2021\n\nIndustrial value added grew 2.8 per cent in 2020.\n\nThe car industry, which was hit hard in the first quarter, rebounded strongly in the second half. Automobile sales reached 25.31 million units, down 1.9 per cent.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"), ("auto_sales", "level", *year(2020), 25.31e6, "eq"),
      ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq")}),
    # a title on a month's data: "China's October activity data: …" reports that month
    ("CHINA'S OCTOBER ACTIVITY DATA: INDUSTRY HOLDS UP\n\n15 November 2019 | 10:48 GMT\n\n• IP growth slowed to 4.7% y/y in October.\n• Year-to-date, IP growth was 5.6% y/y in January-to-October.\n\nHigh-tech manufacturing did the heavy lifting, with value-added up 8.8% y/y.",
     {("industrial_value_added", "yoy_pct", *month(2019, 10), 4.7, "eq"), ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 10, 31), 5.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2019, 10), 8.8, "eq")}),
    # "RMB 1.74 T", "RMB 5 Trillion": a currency's trillion
    ("Telecom in 2024\n\nJanuary 22, 2025\n\n- Telecommunications business revenue grew 3.2 percent year-over-year to RMB 1.74 T in 2024.",
     {("telecom_business_revenue", "level", *year(2024), 1.74e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2024), 3.2, "eq")}),
    ("Software Revenue Tops RMB 13.7 Trillion\n\nJanuary 30, 2025\n\nSoftware business revenue reached RMB 13.73 Trillion in 2024, up 10 percent.",
     {("software_it_services_revenue", "level", *year(2024), 13.73e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2024), 10.0, "eq")}),
    # "是“十三五”末71.8万个的6.7倍": the plan's end is the earlier level's date, not the next stock's
    ("“十四五”成就\n\n2026年1月22日\n\n截至2025年底，5G基站总数达到483.8万个，是“十三五”末71.8万个的6.7倍，5G网络通达95%的行政村。",
     {("five_g_base_stations", "level", *dec31(2025), 4.838e6, "eq"), ("five_g_base_stations", "level", *dec31(2020), 718e3, "eq"),
      ("five_g_admin_village_coverage", "level", *dec31(2025), 95.0, "eq")}),
    # "1-2月，…。2023年全年，…。按照上年价格计算的电信业务总量同比增长11.3%": after a look back, the briefing's period
    ("2024年1-2月通信业经济运行情况\n\n2024年3月22日\n\n1-2月，电信业务收入累计完成2869亿元，同比增长3.7%。2023年全年，电信业务收入累计完成1.68万亿元，比上年增长6.2%。按照上年价格计算的电信业务总量同比增长11.3%。",
     {("telecom_business_revenue", "level", date(2024, 1, 1), date(2024, 2, 29), 286.9e9, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 3.7, "eq"),
      ("telecom_business_revenue", "level", *year(2023), 1.68e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2023), 6.2, "eq"),
      ("telecom_business_volume", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 11.3, "eq")}),
    # "rose 6.4% in the first six months and 6.8% in June, while A and B grew …": the month drills into the first figure only
    ("China's factories in H1\n\nJuly 16, 2025\n\nIndustrial value added rose 5.9% year-on-year in the first half and 6.1% in June, while equipment manufacturing and high-tech manufacturing grew 9.7% and 8.6%, respectively.",
     {("industrial_value_added", "yoy_pct", *h1(2025), 5.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2025, 6), 6.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *h1(2025), 9.7, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2025), 8.6, "eq")}),
    # "28.2 M", "1.014 B" (spaced capitals after a figure with two digits or a decimal) are millions and billions
    ("China broadband\n\nFebruary 20, 2025\n\n- MIIT said 10G PON ports in service reached 28.2 M at the end of 2024, and China had 4.251 M 5G base stations and 1.014 B 5G mobile phone users at the end of 2024.",
     {("ten_g_pon_ports", "level", *dec31(2024), 28.2e6, "eq"), ("five_g_base_stations", "level", *dec31(2024), 4.251e6, "eq"),
      ("five_g_mobile_users", "level", *dec31(2024), 1.014e9, "eq")}),
    # "NEV output/sales were 2.115mn/2.094mn (+28.2%/+31.8% yoy)": a glued slash between the pair
    ("China autos\n\nApril 20, 2024\n\nIn 1Q24, NEV output/sales were 2.115mn/2.094mn (+28.2%/+31.8% yoy).",
     {("nev_production", "level", *quarter(2024, 1), 2.115e6, "eq"), ("nev_sales", "level", *quarter(2024, 1), 2.094e6, "eq"),
      ("nev_production", "yoy_pct", *quarter(2024, 1), 28.2, "eq"), ("nev_sales", "yoy_pct", *quarter(2024, 1), 31.8, "eq")}),
    # "…, up 9.3% year-over-year, and was 663.84 million tons in January-August, an increase of 9.1%": a second level
    ("China steel\n\nDecember 16, 2019\n\nCrude steel output reached 80.33 million metric tons in November, up 3.6% year-over-year, and was 902.93 million tons in January-November, an increase of 7.0%.",
     {("crude_steel_output", "level", *month(2019, 11), 80.33e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2019, 11), 3.6, "eq"),
      ("crude_steel_output", "level", date(2019, 1, 1), date(2019, 11, 30), 902.93e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2019, 1, 1), date(2019, 11, 30), 7.0, "eq")}),
    # "This follows a record 2021, when 5G phone shipments reached 266 million units, up 63.5% over 2020"
    ("5G phones\n\nApril 20, 2022\n\nShipments of 5G mobile phones totaled 64.69 million units in Q1 2022, down 14.4% year-on-year. This follows a record 2021, when 5G phone shipments reached 266 million units, up 63.5% over 2020.",
     {("five_g_phone_shipments", "level", *quarter(2022, 1), 64.69e6, "eq"), ("five_g_phone_shipments", "yoy_pct", *quarter(2022, 1), -14.4, "eq"),
      ("five_g_phone_shipments", "level", *year(2021), 266e6, "eq"), ("five_g_phone_shipments", "yoy_pct", *year(2021), 63.5, "eq")}),
    # a line wrapped inside a bracketed note: "…2.77万亿元（按\n2015年不变单价计算），比上年增长76.4%"
    ("2017年工业通信业发展情况\n\n2018年1月31日\n\n信息通信业方面，2017年电信业务收入1.26万亿元，同比增长6.4%；电信业务总量达2.77万亿元（按\n2015年不变单价计算），比上年增长76.4%。4G用户总数达到9.97亿户。",
     {("telecom_business_revenue", "level", *year(2017), 1.26e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2017), 6.4, "eq"),
      ("telecom_business_volume", "level", *year(2017), 2.77e12, "eq"), ("telecom_business_volume", "yoy_pct", *year(2017), 76.4, "eq")}),
]

# (one test reads all of SESSION46's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION46)
def test_session46(text, expected):
    assert obs(text) == expected


# --- extractor 1.48.0 ---
SESSION47 = [
    # "slightly slower than the 7.6% YoY growth recorded for Jan-Jul": the earlier rate after its "YoY"
    ("Telecom note\n\nSeptember 21, 2022\n\nTelecom business revenue rose 7.2% YoY in January-August, a touch slower than the 7.6% YoY growth recorded for Jan-Jul.",
     {("telecom_business_revenue", "yoy_pct", date(2022, 1, 1), date(2022, 8, 31), 7.2, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2022, 1, 1), date(2022, 7, 31), 7.6, "eq")}),
    # "a shade below the 6.1% pace of the first quarter": the pace of a period
    ("Factory output\n\nJuly 16, 2016\n\nIndustrial output grew 5.9% in the first half of 2016, a shade below the 6.1% pace of the first quarter.",
     {("industrial_value_added", "yoy_pct", *h1(2016), 5.9, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2016, 1), 6.1, "eq")}),
    # "(consensus: 5.6%)" between the rate's month and "from": the forecast is no figure, the rate after "from" is July's
    ("Activity data\n\nSeptember 15, 2023\n\nIndustrial output slowed to 5.2% yoy in August (consensus: 5.6%) from 6.1% in July.",
     {("industrial_value_added", "yoy_pct", *month(2023, 8), 5.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 7), 6.1, "eq")}),
    # a broker's "IVA of enterprises above designated size", and "with March jumping to"
    ("Flash note on the first quarter\n\nApril 20, 2021\n\nIVA of enterprises above designated size rose 5.8% yoy in the first quarter, with March jumping to 7.1% yoy from 4.9% in January-February.",
     {("industrial_value_added", "yoy_pct", *quarter(2021, 1), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2021, 3), 7.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 4.9, "eq")}),
    # (a sector's IVA is the sector's)
    ("Flash note on the first quarter\n\nApril 20, 2021\n\nHigh-tech manufacturing IVA grew 9.1% yoy in the first quarter.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *quarter(2021, 1), 9.1, "eq")}),
    # "have risen year-on-year every month since May": how often, no average per month
    ("NEV market\n\nDecember 12, 2019\n\nNEV sales have risen year-on-year every month since May, and in November rose 12.4 percent to 310,000 vehicles.",
     {("nev_sales", "level", *month(2019, 11), 310e3, "eq"), ("nev_sales", "yoy_pct", *month(2019, 11), 12.4, "eq")}),
    # "rose 4.1% compared with October 2020": the base month, so the rate is October 2021's
    ("Steel output\n\nNovember 16, 2021\n\nCrude steel output rose 4.1% compared with October 2020, the association said.",
     {("crude_steel_output", "yoy_pct", *month(2021, 10), 4.1, "eq")}),
    # (not when that month a year on has not ended by the page's date)
    ("Steel output\n\nOctober 12, 2021\n\nCrude steel output rose 4.1% compared with October 2020, the association said.", set()),
    # "…, while CAAM sales dropped 1.7% y/y to 2.2M": the association's count is the nation's sales
    ("Activity data\n\nJuly 16, 2019\n\nVehicle output fell 2.3% y/y in June, to 2.1M units, while CAAM sales dropped 1.7% y/y to 2.2M.",
     {("auto_production", "yoy_pct", *month(2019, 6), -2.3, "eq"), ("auto_production", "level", *month(2019, 6), 2.1e6, "eq"),
      ("auto_sales", "yoy_pct", *month(2019, 6), -1.7, "eq"), ("auto_sales", "level", *month(2019, 6), 2.2e6, "eq")}),
    # (another body's count is not)
    ("Activity data\n\nJuly 16, 2019\n\nVehicle output fell 2.3% y/y in June, to 2.1M units, while CPCA sales dropped 1.7% y/y to 1.6M.",
     {("auto_production", "yoy_pct", *month(2019, 6), -2.3, "eq"), ("auto_production", "level", *month(2019, 6), 2.1e6, "eq")}),
    # "the year-to-date total of 150,000 units was still down 4.0%" in a note on October: January-October
    ("October activity data\n\nNovember 15, 2019\n\nIndustrial robot output rose 11.2% y/y in October, but the year-to-date total of 150,000 units was still down 4.0% from a year earlier.",
     {("industrial_robot_output", "yoy_pct", *month(2019, 10), 11.2, "eq"),
      ("industrial_robot_output", "level", date(2019, 1, 1), date(2019, 10, 31), 150e3, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2019, 1, 1), date(2019, 10, 31), -4.0, "eq")}),
    # a passive level with no subject, then a second level of its own period: "and 278,000 in the January-April period"
    ("Auto market\n\nMay 12, 2018\n\nSales of new energy vehicles more than doubled. About 95,000 were sold in April, up 110.3 percent, and 278,000 in the January-April period, up 150.2 percent.",
     {("nev_sales", "level", *month(2018, 4), 95e3, "approx"), ("nev_sales", "yoy_pct", *month(2018, 4), 110.3, "eq"),
      ("nev_sales", "level", date(2018, 1, 1), date(2018, 4, 30), 278e3, "eq"), ("nev_sales", "yoy_pct", date(2018, 1, 1), date(2018, 4, 30), 150.2, "eq")}),
    # "Japanese buyers, by contrast, purchased about 4.4 million cars": the subject before the aside is foreign
    ("Car market\n\nJanuary 14, 2020\n\nChina's car market shrank for a second year - Japanese buyers, by contrast, purchased about 4.4 million cars in 2019.", set()),
    # a ministry's appendix table: its exact figures win over the prose's rounded ones; the growth column
    # is the year's; a row that is no catalogue indicator (cement) is not read
    ("2019年工业通信业发展情况\n\n2020年1月22日\n\n全年粗钢产量9.96亿吨，同比增长8.3%。\n\n附：2019年工业通信业主要指标完成情况\n\n指标名称　　　2019年　　　比上年增长（%）\n"
     "规模以上工业增加值　　—　　　5.7\n粗钢产量（万吨）　　99634　　8.3\n水泥产量（万吨）　　233036　　6.1\n电信业务收入（亿元）　13100　　0.8\n",
     {("crude_steel_output", "level", *year(2019), 996.34e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2019), 8.3, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"),
      ("telecom_business_revenue", "level", *year(2019), 1.31e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2019), 0.8, "eq")}),
    # an NBS block: a two-line header, a product's output under "主要产品产量", regions not read
    ("2024年1-5月份规模以上工业生产主要数据\n\n2024年6月17日\n\n指标\t1-5月\n\t绝对量\t同比增长(%)\n规模以上工业增加值\t…\t6.2\n分地区\n东部地区\t…\t6.8\n"
     "主要产品产量\n粗钢(万吨)\t43612.0\t-1.4\n汽车(万辆)\t1186.3\t4.7\n其中:新能源汽车(万辆)\t384.4\t33.7\n",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), 6.2, "eq"),
      ("crude_steel_output", "level", date(2024, 1, 1), date(2024, 5, 31), 436.12e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), -1.4, "eq"),
      ("auto_production", "level", date(2024, 1, 1), date(2024, 5, 31), 11.863e6, "eq"),
      ("auto_production", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), 4.7, "eq"),
      ("nev_production", "level", date(2024, 1, 1), date(2024, 5, 31), 3.844e6, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), 33.7, "eq")}),
    # a broker's table: one column a year, a "YoY" row under its level, stocks at year-end, the forecast
    # column and the "n.a." cells not read
    ("Telecom KPIs\n\nMarch 3, 2023\n\nFigure 3: Telecom KPIs\nFY21 FY22 FY23E\nTelecom business revenue (Rmb bn) 1,468 1,580 1,680\nYoY 8.0% 8.0% 6.3%\n"
     "5G mobile phone users (mn, year-end) n.a. 561 700\nSource: MIIT\n",
     {("telecom_business_revenue", "level", *year(2021), 1.468e12, "eq"), ("telecom_business_revenue", "level", *year(2022), 1.58e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2021), 8.0, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2022), 8.0, "eq"),
      ("five_g_mobile_users", "level", *dec31(2022), 561e6, "eq")}),
    # a table titled "% y/y": a row with no unit is the rate; "IP", "High-tech mfg VA" are a broker's names
    ("China activity\n\nApril 18, 2024\n\nFigure 2: Selected indicators, % y/y\nMar-24 Jan-Feb 24 Q1-24\nIP 4.5 7.0 6.1\nHigh-tech mfg VA 6.6 7.5 7.5\nCrude steel output (mt) 88.27 - 256.55\n",
     {("industrial_value_added", "yoy_pct", *month(2024, 3), 4.5, "eq"), ("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.0, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2024, 3), 6.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *quarter(2024, 1), 7.5, "eq"),
      ("crude_steel_output", "level", *month(2024, 3), 88.27e6, "eq"), ("crude_steel_output", "level", *quarter(2024, 1), 256.55e6, "eq")}),
    # (a row with no unit in a table that says nothing of growth, a company's row and a share of another
    # total are not read)
    ("China autos\n\nFebruary 10, 2024\n\nTable 1: Autos\n2022 2023\nAuto sales 26.9 30.1\nBYD sales (mn) 1.86 3.02\nNEV sales (% of total) 25.6 31.6\n", set()),
    # "… are now up and running and factory output is close to last year's level": that year is the level
    # compared with, not the stock's date (undated, it is as of the end of the briefing's quarter)
    ("China's factories restart in the first quarter\n\nApril 21, 2020\n\nOfficials said on Monday that nearly 200,000 5G base stations are now up and running and factory output is close to last year's level.",
     {("five_g_base_stations", "level", date(2020, 3, 31), date(2020, 3, 31), 200e3, "lt")}),
    # "Omdia's own WCIS data … put China's 5G subscriptions at 1.07 billion": a source's own count
    ("5G in China\n\nFebruary 20, 2025\n\nMIIT said 5G mobile phone users reached 1.014 billion at the end of 2024. Omdia's own WCIS data, which count subscriptions, put China's 5G subscriptions at 1.07 billion at year-end.",
     {("five_g_mobile_users", "level", *dec31(2024), 1.014e9, "eq")}),
    # (the ministry's own tally is the official one)
    ("China's factories in 2024\n\nJanuary 23, 2025\n\nThe ministry's own tally is more precise: 12.888m NEVs made in 2024, up 34.4%.",
     {("nev_production", "level", *year(2024), 12.888e6, "eq"), ("nev_production", "yoy_pct", *year(2024), 34.4, "eq")}),
    # "全港已安装超过5万个5G基站": all of Hong Kong's
    ("香港5G發展\n\n2023年6月20日\n\n截至2023年5月，全港已安裝超過5萬個5G基站無線電發射設施，香港的5G用戶已超過350萬戶。", set()),
    # "“十四五”以来（2021年至2025年6月）…累计产量突破4000万辆": the span in brackets, to its month
    ("上半年工业经济运行\n\n2025年7月20日\n\n“十四五”以来（2021年至2025年6月），我国新能源汽车累计产量突破4000万辆。",
     {("nev_production", "level", date(2021, 1, 1), date(2025, 6, 30), 40e6, "gt")}),
    # "A and B value-added each grew 7.5% y/y": one rate for both
    ("China activity in the first quarter\n\nApril 17, 2024\n\nHigh-tech manufacturing and equipment manufacturing value-added each grew 7.5% y/y in Q1, outpacing overall IP.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *quarter(2024, 1), 7.5, "eq"), ("equipment_manufacturing_value_added", "yoy_pct", *quarter(2024, 1), 7.5, "eq")}),
]

# (one test reads all of SESSION47's cases, declared after the last of them)
@pytest.mark.parametrize("text, expected", SESSION47)
def test_session47(text, expected):
    assert obs(text) == expected


# --- extractor 1.49.0 ---
SESSION48 = [
    # "Hyundai's crude steel production reached …": a company named as the figure's owner is not the nation
    ("China's steelmakers in the first half\n\nJuly 16, 2016\n\nChina's crude steel output rose 0.4 percent to 408.4 million tons in the first half. "
     "Hyosung's crude steel production reached 17.2 million tons in the first half.",
     {("crude_steel_output", "level", *h1(2016), 408.4e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2016), 0.4, "eq")}),
    # (the mainland, the ministry and a month are no company)
    ("Steel in the first half\n\nJuly 16, 2016\n\nMainland China's crude steel output rose 0.4 percent to 408.4 million tons in the first half.",
     {("crude_steel_output", "level", *h1(2016), 408.4e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2016), 0.4, "eq")}),
    # "…, and in the last month output climbed 4.1 per cent year on year to 70.9mn tonnes": the level the later rate rose to
    ("Steel output in 2018\n\nJanuary 18, 2019\n\nCrude steel output rose 6.6 per cent to 928.3mn tonnes in 2018; December output "
     "climbed 8.3 per cent year on year to 70.4mn tonnes.",
     {("crude_steel_output", "level", *year(2018), 928.3e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2018), 6.6, "eq"),
      ("crude_steel_output", "level", *month(2018, 12), 70.4e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2018, 12), 8.3, "eq")}),
    # "…, up by 2.8pc from a year earlier and up from 128.9mn t in the January-February period": that period's level
    ("China steel output\n\nApril 17, 2019\n\nChina produced 85mn t of crude steel in March, up by 10pc from a year earlier and up "
     "from 145mn t in the January-February period.",
     {("crude_steel_output", "level", *month(2019, 3), 85e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2019, 3), 10.0, "eq"),
      ("crude_steel_output", "level", date(2019, 1, 1), date(2019, 2, 28), 145e6, "eq")}),
    # "[… output grew 5.4% in November.] Industrial output slowed from 5.9 percent in October": the rate it moved from
    ("China's factories in November\n\nDecember 16, 2019\n\nChina's industrial output grew 6.2% year on year in November. "
     "Industrial output accelerated from 4.7 percent in October, the statistics bureau said.",
     {("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 10), 4.7, "eq")}),
    # ("…, and missed the 5.0 percent expected by analysts": a comparison with a forecast, not a forecast)
    ("China's factories in November\n\nDecember 16, 2019\n\nChina's industrial output grew 6.2% year on year in November. "
     "Industrial output accelerated from 4.7 percent in October and beat the 5.0 percent expected by analysts.",
     {("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 10), 4.7, "eq")}),
    # "Over January-April output totalled …": the months open the sentence, the subject is the one before
    ("Steel note\n\nJune 15, 2021\n\nCrude steel output was 99.5mt in May, up 6.6% y/y. Over January-May output totalled 473.1mt, "
     "an increase of 13.9%y/y.",
     {("crude_steel_output", "level", *month(2021, 5), 99.5e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2021, 5), 6.6, "eq"),
      ("crude_steel_output", "level", date(2021, 1, 1), date(2021, 5, 31), 473.1e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2021, 1, 1), date(2021, 5, 31), 13.9, "eq")}),
    # "…, more than double the 34.56 million reported a year earlier": the stock a year before
    ("Broadband in 2022\n\nJanuary 20, 2023\n\nGigabit broadband users totalled 91.75 million at the end of 2022, more than double "
     "the 34.56 million reported a year earlier.",
     {("gigabit_broadband_users", "level", *dec31(2022), 91.75e6, "eq"), ("gigabit_broadband_users", "level", *dec31(2021), 34.56e6, "eq")}),
    # "Sales of passenger and commercial vehicles": all motor vehicles
    ("Car sales in 2018\n\nJanuary 14, 2019\n\nSales of passenger and commercial vehicles fell 2.8 per cent to 28.08m units last year.",
     {("auto_sales", "level", *year(2018), 28.08e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    # "首度突破10亿户、达10.14亿户": the threshold passed, then the exact figure
    ("工信部发布通信业数据\n\n2025年1月21日\n\n截至2024年底，5G移动电话用户首度突破10亿户、达10.14亿户；千兆宽带用户达2.07亿户。",
     {("five_g_mobile_users", "level", *dec31(2024), 1.014e9, "eq"), ("gigabit_broadband_users", "level", *dec31(2024), 207e6, "eq")}),
    # a note's series line "(Apr.)": undated figures are the month's, not the year to date's the lead names
    ("Capital Economics\nChina Data Response\nChina Activity & Spending (Apr.)\n\nLockdowns bite\n\n16th May 2022 | 05:18 GMT\n\n"
     "Industrial production fell 2.9% y/y.\n\nProduction of NEVs came in at 312,000 units, still up 43.9% y/y.",
     {("industrial_value_added", "yoy_pct", *month(2022, 4), -2.9, "eq"),
      ("nev_production", "level", *month(2022, 4), 312e3, "eq"), ("nev_production", "yoy_pct", *month(2022, 4), 43.9, "eq")}),
    # an NBS appendix "指标 12月 1-12月" over "绝对量 同比增长(%) 绝对量 同比增长(%)": each period's level
    # and rate (a sector's "(%)" row is its value added's growth, read in the growth columns)
    ("2019年6月份规模以上工业增加值增长6.3%\n\n时间：2019-07-15 10:00\n\n附表：2019年6月份规模以上工业生产主要数据\n\n"
     "指标\t6月\t1-6月\n\t绝对量\t同比增长(%)\t绝对量\t同比增长(%)\n高技术制造业(%)\t…\t9.1\t…\t9.6\n主要产品产量\n"
     "粗钢(万吨)\t8909\t10.0\t49217\t9.9\n新能源汽车(万辆)\t13.9\t-6.8\t61.4\t28.1\n",
     {("high_tech_manufacturing_value_added", "yoy_pct", *month(2019, 6), 9.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2019), 9.6, "eq"),
      ("crude_steel_output", "level", *month(2019, 6), 89.09e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2019, 6), 10.0, "eq"),
      ("crude_steel_output", "level", *h1(2019), 492.17e6, "eq"), ("crude_steel_output", "yoy_pct", *h1(2019), 9.9, "eq"),
      ("nev_production", "level", *month(2019, 6), 139e3, "eq"), ("nev_production", "yoy_pct", *month(2019, 6), -6.8, "eq"),
      ("nev_production", "level", *h1(2019), 614e3, "eq"), ("nev_production", "yoy_pct", *h1(2019), 28.1, "eq")}),
    # an NBS paragraph on products ("分产品看") names each product bare, before its output; one on
    # sectors ("分行业看") names each sector bare, before its value added's rate
    ("2019年6月份规模以上工业增加值增长6.3%\n\n时间：2019-07-15 10:00\n\n分行业看，6月份，41个大类行业中有36个行业增加值保持同比增长。"
     "其中，汽车制造业下降1.8%，计算机、通信和其他电子设备制造业增长9.6%。\n\n分产品看，6月份，605种产品中有385种产品产量同比增长。"
     "粗钢8909万吨，同比增长10.0%；水泥21512万吨，增长6.6%；汽车213.3万辆，下降17.1%。\n",
     {("electronics_manufacturing_value_added", "yoy_pct", *month(2019, 6), 9.6, "eq"),
      ("crude_steel_output", "level", *month(2019, 6), 89.09e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2019, 6), 10.0, "eq"),
      ("auto_production", "level", *month(2019, 6), 2.133e6, "eq"), ("auto_production", "yoy_pct", *month(2019, 6), -17.1, "eq")}),
    # "Sales of new vehicles": all vehicles sold new; "So-called new energy vehicles, …, were …. Sales soared
    # to …, more than four times the 74,763 sold in 2014": the subject before, and its level a year before
    ("China's auto market in 2015\n\nJanuary 13, 2016\n\nSales of new vehicles in China rose 4.7 percent in 2015 to 24.6 million units. "
     "So-called new energy vehicles, a category that includes plug-in hybrids, were the fastest-growing segment. Sales soared to "
     "331,092 units, more than four times the 74,763 sold in 2014.",
     {("auto_sales", "level", *year(2015), 24.6e6, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq"),
      ("nev_sales", "level", *year(2015), 331092, "eq"), ("nev_sales", "level", *year(2014), 74763, "eq")}),
    # a month-on-month aside between a rate and "Year-to-date growth" keeps the subject
    ("China's November data\n\nDecember 15, 2023\n\nChina's industrial production accelerated to 6.6% YoY in November. Momentum was still "
     "respectable on a month-on-month basis (+0.87% MoM sa). Year-to-date growth edged up to 4.3%YoY.",
     {("industrial_value_added", "yoy_pct", *month(2023, 11), 6.6, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 11, 30), 4.3, "eq")}),
    # (a rate of something else between them ends it)
    ("China's November data\n\nDecember 15, 2023\n\nChina's industrial production accelerated to 6.6% YoY in November. Retail sales "
     "grew 10.1%. Year-to-date growth edged up to 4.3%YoY.",
     {("industrial_value_added", "yoy_pct", *month(2023, 11), 6.6, "eq")}),
    # "Growth eased slightly from 6.8 percent in the first quarter, and in June alone …": the rate moved
    # from, before a later clause with a subject of its own
    ("Industry in the first half\n\nJuly 18, 2018\n\nChina's industrial output expanded 6.7 percent year on year in the first half. "
     "Growth eased slightly from 6.8 percent in the first quarter, and in June alone the value-added of industries above "
     "designated size grew 6.0 percent.",
     {("industrial_value_added", "yoy_pct", *h1(2018), 6.7, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2018, 1), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 6), 6.0, "eq")}),
    # "following 0.7% growth in May and a 2.9% contraction in April": the second earlier rate, signed by its noun
    ("Industry in June\n\nJuly 19, 2022\n\nValue added of industrial enterprises above designated size climbed 3.9% in June from a year "
     "ago, following 0.7% growth in May and a 2.9% contraction in April.",
     {("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 5), 0.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 4), -2.9, "eq")}),
    # "…, the weakest pace in nearly three decades, although growth picked up to 6.9 per cent in December":
    # a span of years is no figure between the rates
    ("China car sales fall\n\nJanuary 17 2020\n\nData from the statistics bureau on Friday showed industrial output grew 5.7 per cent "
     "in 2019, the weakest pace in nearly three decades, although growth picked up to 6.9 per cent in December.",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 12), 6.9, "eq")}),
    # tiers listed with a thousands separator ("、8,600家先进级") are still one list of tiers
    ("一季度工业经济运行情况\n\n2026年4月20日\n\n智能制造梯度培育体系持续完善，累计建成超过3.6万家基础级、8,600家先进级、520家卓越级智能工厂。",
     {("smart_factories_basic", "level", date(2026, 3, 31), date(2026, 3, 31), 36000, "gt"),
      ("smart_factories_advanced", "level", date(2026, 3, 31), date(2026, 3, 31), 8600, "gt"),
      ("smart_factories_excellence", "level", date(2026, 3, 31), date(2026, 3, 31), 520, "gt")}),
    # "汽车产销量首次双双突破1500万辆": both, for the first time, past one threshold
    ("上半年工业经济\n\n2025年7月20日\n\n上半年，汽车产销量首次双双突破1500万辆。",
     {("auto_production", "level", *h1(2025), 15e6, "gt"), ("auto_sales", "level", *h1(2025), 15e6, "gt")}),
    # "…, compared with 25.6 percent a year earlier, when NEV sales stood at 6.887 million units": not this
    # year's sales (which the sentence before states)
    ("China's auto market in 2023\n\nJanuary 12, 2024\n\nSales of NEVs hit 9.495 million units in 2023. NEVs accounted for 31.6 "
     "percent of total new vehicle sales, compared with 25.6 percent a year earlier, when NEV sales stood at 6.887 million units.",
     {("nev_sales", "level", *year(2023), 9.495e6, "eq")}),
    # "…, nearly double the 4.9 trillion yuan recorded in 2016": that year's level
    ("Software in 2021\n\nJanuary 28, 2022\n\nSoftware revenue reached 9.4994 trillion yuan in 2021, nearly double the 4.9 trillion "
     "yuan recorded in 2016.",
     {("software_it_services_revenue", "level", *year(2021), 9.4994e12, "eq"), ("software_it_services_revenue", "level", *year(2016), 4.9e12, "eq")}),
    # "…, slightly below the 23 GB recorded in December": that month's
    ("Telecom in February\n\nMarch 20, 2026\n\nAverage monthly mobile data usage per user stood at 22.1 GB in February, slightly below "
     "the 23 GB recorded in December.",
     {("mobile_dou", "level", *month(2026, 2), 22.1, "eq"), ("mobile_dou", "level", *month(2025, 12), 23.0, "eq")}),
    # "Growth over January-April as a whole slowed to 4.0% y/y": the rate before, for the months named
    ("China activity\n\nMay 16, 2022\n\nIndustrial production fell 2.9% y/y in April. Growth over January-April as a whole slowed to 4.0% y/y.",
     {("industrial_value_added", "yoy_pct", *month(2022, 4), -2.9, "eq"),
      ("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 4, 30), 4.0, "eq")}),
    # "…, while the figure stood at 6.9 percent in the first half": the same rate, for another period
    ("Industry in September\n\nOctober 20, 2017\n\nIn September, value-added industrial output grew 6.6 percent year on year, while the "
     "figure stood at 6.9 percent in the first half.",
     {("industrial_value_added", "yoy_pct", *month(2017, 9), 6.6, "eq"), ("industrial_value_added", "yoy_pct", *h1(2017), 6.9, "eq")}),
    # "…, faster than the 5.8% growth recorded across January and February combined"
    ("Industry in the first quarter\n\nApril 20, 2026\n\nIndustrial output grew 6.1% in the first quarter. In March alone, output rose 6.3%, "
     "faster than the 5.8% growth recorded across January and February combined.",
     {("industrial_value_added", "yoy_pct", *quarter(2026, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2026, 3), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 5.8, "eq")}),
    # an advert's slot inside a sentence ("…from a year earlier ¶ Advertisement ¶ to 86.55 million tonnes")
    ("Steel in May\n\nJune 16, 2025\n\nChina's crude steel output fell 6.9 percent in May from a year earlier\n\nAdvertisement\n\n"
     "to 86.55 million tonnes, as mills cut production.",
     {("crude_steel_output", "yoy_pct", *month(2025, 5), -6.9, "eq"), ("crude_steel_output", "level", *month(2025, 5), 86.55e6, "eq")}),
    # "But a global chip shortage dragged June sales down 12.4 per cent": a cause before the figure's subject
    ("Cars in the first half\n\nJuly 14, 2021\n\nVehicle sales rose 25.6 per cent to 12.9 million in the first half. But a global chip "
     "shortage dragged June sales down 12.4 per cent to 2.015 million units.",
     {("auto_sales", "level", *h1(2021), 12.9e6, "eq"), ("auto_sales", "yoy_pct", *h1(2021), 25.6, "eq"),
      ("auto_sales", "level", *month(2021, 6), 2.015e6, "eq"), ("auto_sales", "yoy_pct", *month(2021, 6), -12.4, "eq")}),
    # "…, up 9.5%, and 86.4% of total handset shipments": a share after the rate is no second rate
    ("5G phones in 2024\n\nFebruary 10, 2025\n\nData from CAICT show that 5G mobile phone shipments in the domestic market reached "
     "272 million units in 2024, up 9.5%, and 86.4% of total handset shipments.",
     {("five_g_phone_shipments", "level", *year(2024), 272e6, "eq"), ("five_g_phone_shipments", "yoy_pct", *year(2024), 9.5, "eq")}),
    # "355m people were 5G mobile-phone users": the figure first, the users after the verb
    ("Telecoms in 2021\n\nFebruary 10, 2022\n\nBy the end of 2021 China had 1.425m 5G base stations, and 355m people were 5G "
     "mobile-phone users.",
     {("five_g_base_stations", "level", *dec31(2021), 1.425e6, "eq"), ("five_g_mobile_users", "level", *dec31(2021), 355e6, "eq")}),
]

# (one test reads all of SESSION48's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION48)
def test_session48(text, expected):
    assert obs(text) == expected


# --- extractor 1.50.0 ---
SESSION49 = [
    # "…had reached 71.5%, and … had reached 51.1%, up from 61.1% and 45.4% respectively in 2015": the pair, in order
    ("MIIT briefing\n\nOctober 20, 2022\n\nBy the end of June this year, the penetration rate of digital R&D and design tools among "
     "industrial enterprises had reached 71.5%, and the digitalization rate of key production processes had reached 51.1%, up from "
     "61.1% and 45.4% respectively in 2015.",
     {("digital_rd_tool_penetration", "level", *jun30(2022), 71.5, "eq"), ("key_process_digitalization_rate", "level", *jun30(2022), 51.1, "eq"),
      ("digital_rd_tool_penetration", "level", *dec31(2015), 61.1, "eq"), ("key_process_digitalization_rate", "level", *dec31(2015), 45.4, "eq")}),
    # a stock "up from 3.377 million in 2023": at that year's end
    ("Telecoms in 2024\n\nJanuary 20, 2025\n\nBy the end of 2024 China had 4.251 million 5G base stations, up from 3.377 million in 2023.",
     {("five_g_base_stations", "level", *dec31(2024), 4.251e6, "eq"), ("five_g_base_stations", "level", *dec31(2023), 3.377e6, "eq")}),
    # "，而上半年这一指标为同比下降1.3%": the same measure for another period, across a line break
    ("工业经济运行\n\n2020年10月20日\n\n前三季度，全国规模以上工业增加值同比增长1.2%，增速年内首次由负转正，而上半年这一指标\n为同比下降1.3%。",
     {("industrial_value_added", "yoy_pct", *nine_months(2020), 1.2, "eq"), ("industrial_value_added", "yoy_pct", *h1(2020), -1.3, "eq")}),
    # "，高于6月的1.54G" / "，低于9月末的…": the level of the month named
    ("通信业运行\n\n2017年8月20日\n\n7月当月户均移动互联网接入流量达到1.65G，高于6月的1.54G。",
     {("mobile_dou", "level", *month(2017, 7), 1.65, "eq"), ("mobile_dou", "level", *month(2017, 6), 1.54, "eq")}),
    ("通信业运行\n\n2023年11月20日\n\n截至10月末，5G基站总数达321.5万个，高于9月末的318.9万个。",
     {("five_g_base_stations", "level", date(2023, 10, 31), date(2023, 10, 31), 3.215e6, "eq"),
      ("five_g_base_stations", "level", date(2023, 9, 30), date(2023, 9, 30), 3.189e6, "eq")}),
    # "每秒280百亿亿次浮点运算": 10^18 operations a second, EFLOPS (not 280 times 10^10, nor a figure "per" anything)
    ("算力发展\n\n2025年1月20日\n\n截至去年底，算力总规模达每秒280百亿亿次浮点运算，其中智能算力达到每秒90百亿亿次。",
     {("computing_power_total", "level", *dec31(2024), 280, "eq"), ("intelligent_computing_power", "level", *dec31(2024), 90, "eq")}),
    # "算力总规模位居全球第二，达280 EFLOPS": a clause of a verb alone goes on with the subject before it
    ("算力发展\n\n2025年1月20日\n\n截至去年底，我国算力总规模位居全球第二，达280 EFLOPS。",
     {("computing_power_total", "level", *dec31(2024), 280, "eq")}),
    # "…, closing in on the 1.367 million sold in the whole of 2020": the level it is measured against
    ("NEVs in the first half\n\nJuly 15, 2021\n\nSales of NEVs hit 1.206 million in the first half, closing in on the 1.367 million "
     "sold in the whole of 2020.",
     {("nev_sales", "level", *h1(2021), 1.206e6, "eq"), ("nev_sales", "level", *year(2020), 1.367e6, "eq")}),
    # "Growth slowed to 5.6% in the April-June quarter from 6.5% in the first quarter": a quarter named by its months
    ("Industry in the first half\n\nJuly 17, 2019\n\nIndustrial output rose 6.0% on the year in the January-June period. Growth "
     "slowed to 5.6% in the April-June quarter from 6.5% in the first quarter.",
     {("industrial_value_added", "yoy_pct", *h1(2019), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2019, 2), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2019, 1), 6.5, "eq")}),
    # "新能源汽车方面，去年产销分别为…": a topic, then last year's production and sales
    ("工业通信业发展\n\n2018年1月30日\n\n新能源汽车方面，去年产销分别为79.4万辆和77.7万辆，同比分别增长53.8%和53.3%。",
     {("nev_production", "level", *year(2017), 794e3, "eq"), ("nev_sales", "level", *year(2017), 777e3, "eq"),
      ("nev_production", "yoy_pct", *year(2017), 53.8, "eq"), ("nev_sales", "yoy_pct", *year(2017), 53.3, "eq")}),
    # "In Q2 alone growth slowed to 8.9% y/y from 24.5% in Q1": a quarter singled out, with no comma
    ("China IP\n\nJuly 20, 2021\n\nIndustrial value added grew 15.9% y/y in H1. In Q2 alone growth slowed to 8.9% y/y from 24.5% in Q1.",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2021, 2), 8.9, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2021, 1), 24.5, "eq")}),
    ("China IP\n\nJuly 20, 2021\n\nIndustrial value added grew 15.9% y/y in H1. In Q2, growth slowed to 8.9% y/y.",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2021, 2), 8.9, "eq")}),
    # "…, data from the China Association of Automobile Manufacturers showed earlier this month, although the
    # decline narrowed sharply from the 8.2 per cent drop in 2019": a source's aside between the rate and its comparison
    ("Cars in 2020\n\nJanuary 26, 2021\n\nSales fell 1.9 per cent to 25.31 million vehicles, data from the China Association of "
     "Automobile Manufacturers showed earlier this month, although the decline narrowed sharply from the 8.2 per cent drop in 2019.",
     {("auto_sales", "level", *year(2020), 25.31e6, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq"),
      ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # "June alone was better than expected. Output rose 6.3%": a sentence with no figure on the month singled out
    ("Industry in the first half\n\nJuly 17, 2019\n\nValue added of industrial enterprises above designated size rose 6.0% on the "
     "year in the January-June period.\n\nJune alone was better than expected. Output rose 6.3% from a year earlier, accelerating "
     "from 5.0% in May.",
     {("industrial_value_added", "yoy_pct", *h1(2019), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 6), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 5), 5.0, "eq")}),
    # "Output of industrial robots, a field where Japanese makers compete for Chinese orders, jumped…": who else is in the market
    ("Robots\n\nDecember 20, 2016\n\nOutput of industrial robots, a field where Japanese makers compete for Chinese orders, jumped "
     "30.0 percent to 64,700 units in the January-November period.",
     {("industrial_robot_output", "level", date(2016, 1, 1), date(2016, 11, 30), 64700, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2016, 1, 1), date(2016, 11, 30), 30.0, "eq")}),
    # "…, which include …, both rose 120% to 2.661 million and 2.6 million units respectively": one rate for both
    ("NEVs in the first half\n\nJuly 12, 2022\n\nProduction and sales of new energy vehicles (NEVs), which include battery electric, "
     "plug-in hybrid and fuel cell vehicles, both rose 120% to 2.661 million and 2.6 million units respectively in the first half.",
     {("nev_production", "level", *h1(2022), 2.661e6, "eq"), ("nev_sales", "level", *h1(2022), 2.6e6, "eq"),
      ("nev_production", "yoy_pct", *h1(2022), 120, "eq"), ("nev_sales", "yoy_pct", *h1(2022), 120, "eq")}),
    # "fell 3.6% … in January-September, and by 6.1% in September alone, to 77.07 million tonnes": the verb understood
    ("Steel\n\nOctober 18, 2024\n\nCrude steel output fell 3.6% y/y to 768.48 million tonnes in January-September, and by 6.1% in "
     "September alone, to 77.07 million tonnes.",
     {("crude_steel_output", "level", *nine_months(2024), 768.48e6, "eq"), ("crude_steel_output", "yoy_pct", *nine_months(2024), -3.6, "eq"),
      ("crude_steel_output", "level", *month(2024, 9), 77.07e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2024, 9), -6.1, "eq")}),
    # the standfirst's "fell 11.7 percent in October", said again in the body with no date: the month's figures
    ("China's car sales slump for fourth straight month\n\nSales in the world's largest car market fell 11.7 percent in October.\n\n"
     "14 Nov 2018\n\nTotal vehicle sales dropped 11.7 percent from a year earlier to 2.38 million units, the China Association of "
     "Automobile Manufacturers said.\n\nSales in the first ten months fell 0.1 percent to 22.87 million.",
     {("auto_sales", "yoy_pct", *month(2018, 10), -11.7, "eq"), ("auto_sales", "level", *month(2018, 10), 2.38e6, "eq"),
      ("auto_sales", "level", date(2018, 1, 1), date(2018, 10, 31), 22.87e6, "eq"),
      ("auto_sales", "yoy_pct", date(2018, 1, 1), date(2018, 10, 31), -0.1, "eq")}),
    # "…, bringing shipments in the first nine months to 715,000": the running total, for its period
    ("5G phones\n\nOctober 20, 2019\n\nShipments of 5G mobile phones reached 497,000 units in September, bringing shipments in the "
     "first nine months to 715,000, according to the China Academy of Information and Communications Technology.",
     {("five_g_phone_shipments", "level", *month(2019, 9), 497e3, "eq"), ("five_g_phone_shipments", "level", *nine_months(2019), 715e3, "eq")}),
    # "The first-half figure was also up from 6.3 percent in the January-May period": the rate before, of the sentence before's measure
    ("Industry in the first half\n\nJuly 16, 2025\n\nIndustrial output grew 6.4% in the first half. In June alone, industrial output "
     "grew 6.8%, accelerating from 5.8% in May. The first-half figure was also up from 6.3 percent in the January-May period.",
     {("industrial_value_added", "yoy_pct", *h1(2025), 6.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2025, 6), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 5), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2025, 1, 1), date(2025, 5, 31), 6.3, "eq")}),
    # "Gigabit broadband users were c.190mn": a broker's circa
    ("Telecoms note\n\nJuly 19, 2024\n\n- 5G mobile phone users reached 927mn at end-June. Gigabit broadband users were c.190mn.",
     {("five_g_mobile_users", "level", *jun30(2024), 927e6, "eq"), ("gigabit_broadband_users", "level", *jun30(2024), 190e6, "approx")}),
    # "June VA slowed to 5.3% YoY from 5.6% in May": the month before the measure's abbreviation
    ("Industrials monitor\n\nJuly 19, 2024\n\n- Industrial value-added (VA) above designated size grew 6.0% YoY in 1H24. June VA slowed "
     "to 5.3% YoY from 5.6% in May.",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    # a broker's table whose forecast column is labelled "2H24E (UBS-e)": the table is still read, the forecast is not
    ("Industrials monitor\n\nJuly 19, 2024\n\nFigure 1: Industrial VA above designated size, % YoY\n"
     "                     Apr-24   May-24   Jun-24   1H24   2H24E (UBS-e)\n"
     "Industrial VA          6.7      5.6      5.3     6.0      5.2\nSource: MIIT, NBS, UBS estimates\n",
     {("industrial_value_added", "yoy_pct", *month(2024, 4), 6.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"), ("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq")}),
    # "…，为近20多年来最低增速；其中12月年增5.9%": a span of years in passing, then the month's rate (Traditional Chinese)
    ("陸工業增速\n\n2016年1月26日\n\n中國大陸工業和信息化部今天舉行記者會表示，去年規模以上工業增加值年增6.1%，比2014年的8.3%明顯回落，"
     "為近20多年來最低增速；其中12月年增5.9%。",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *year(2014), 8.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq")}),
    # "…: MIIT said more than 1,800 "5G plus Industrial Internet" projects are under construction, up from about 1,100 a
    # year earlier": the government's aims before the colon are no region, and a long noun before "up from"
    ("China's 5G in 2021\n\nJanuary 25, 2022\n\nIndustrial use cases are where Beijing is placing its bets: MIIT said more than 1,800 "
     "\"5G plus Industrial Internet\" projects are under construction, up from about 1,100 a year earlier.",
     {("five_g_industrial_internet_projects", "level", *dec31(2021), 1800, "gt"),
      ("five_g_industrial_internet_projects", "level", *dec31(2020), 1100, "approx")}),
    # ", hurt by … Premier Li Keqiang's call for faster, cheaper internet access": a cause, no target
    ("Industry in 2015\n\nJanuary 22, 2016\n\nTelecoms business revenue fell 2 per cent to Rmb1.125tn in 2015, hurt by the switch from "
     "business tax to value added tax and by Premier Li Keqiang's call for faster, cheaper internet access.",
     {("telecom_business_revenue", "level", *year(2015), 1.125e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2015), -2.0, "eq")}),
    # ", undercutting hopes that a series of interest rate cuts would stabilise the sector": a consequence, no forecast
    ("Industry in 2015\n\nJanuary 22, 2016\n\nIndustrial output rose 6.1 per cent in 2015. Growth in December slowed to 5.9 per cent "
     "from 6.2 per cent in November, undercutting hopes that a series of interest rate cuts would stabilise the sector.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 11), 6.2, "eq")}),
    # "The March reading, at -1.1% y-o-y, was a marked improvement from the 13.5% y-o-y contraction in …": a signed rate after "at"
    ("Broker note\n\nApril 21, 2020\n\nValue added of industrial enterprises above designated size fell 8.4% y-o-y in 1Q20. The March "
     "reading, at -1.1% y-o-y, was a marked improvement from the 13.5% y-o-y contraction in the January-February period.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # Hong Kong's "首三季" and "當中", and "上半年則增長": the first three quarters, of which September, while the first half
    ("工信部記者會\n\n2017年10月30日\n\n國家工業和信息化部今日舉行記者會。今年首三季，全國規模以上工業增加值按年增長6.7％，增速較去年同期加快0.7個百分點；"
     "當中9月份增長6.6％，上半年則增長6.9％。分產業看，首三季高技術製造業增加值增長13.4％。",
     {("industrial_value_added", "yoy_pct", *nine_months(2017), 6.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2017, 9), 6.6, "eq"),
      ("industrial_value_added", "yoy_pct", *h1(2017), 6.9, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *nine_months(2017), 13.4, "eq")}),
    # "December was the worst month of the year, with sales down 13% from a year earlier at 2.66 million vehicles"
    ("Cars in 2018\n\nJanuary 14, 2019\n\nAuto sales fell 2.8% to 28.08 million in 2018. December was the worst month of the year, with "
     "sales down 13% from a year earlier at 2.66 million vehicles.",
     {("auto_sales", "level", *year(2018), 28.08e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", *month(2018, 12), 2.66e6, "eq"), ("auto_sales", "yoy_pct", *month(2018, 12), -13.0, "eq")}),
    # "Average mobile data use reached 6.25 gigabytes per user in December"
    ("Telecoms in 2018\n\nJanuary 28, 2019\n\nAverage mobile data use reached 6.25 gigabytes per user in December.",
     {("mobile_dou", "level", *month(2018, 12), 6.25, "eq")}),
    # "December's reading of 5.7% was up from 5.4% in November": the month's rate, then the month before's
    ("Industry in 2018\n\nJanuary 28, 2019\n\nIndustrial value added rose 6.2% in 2018, down from 6.6% in 2017. December's reading of "
     "5.7% was up from 5.4% in November.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 12), 5.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2018, 11), 5.4, "eq")}),
    # "The energy consumption per unit of value added of industrial enterprises … dropped by 3.5%": an intensity, not the output
    ("SCIO briefing\n\nJanuary 19, 2024\n\nThe value added of industrial enterprises above designated size grew 4.6%year on year in 2023. "
     "The energy consumption per unit of value added of industrial enterprises above designated size dropped by more than 3.5% in 2023.",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq")}),
    # "That is a huge step up from the 13.77 million 5G phones shipped in 2019": the level a year before
    ("5G phones in 2020\n\nJanuary 20, 2021\n\nShipments of 5G phones in China reached 163 million units in 2020. That is a huge step up "
     "from the 13.77 million 5G phones shipped in 2019, the year commercial 5G began.",
     {("five_g_phone_shipments", "level", *year(2020), 163e6, "eq"), ("five_g_phone_shipments", "level", *year(2019), 13.77e6, "eq")}),
    # a bullet after one on 5G phones: "• December 5G shipments came in at 19.7 million units, up from 17.6 million in November"
    ("5G phones in 2020\n\nJanuary 20, 2021\n\n• In the fourth quarter, 5G phone shipments totalled 53.8 million units.\n"
     "• December 5G shipments came in at 19.7 million units, up from 17.6 million in November.",
     {("five_g_phone_shipments", "level", *quarter(2020, 4), 53.8e6, "eq"), ("five_g_phone_shipments", "level", *month(2020, 12), 19.7e6, "eq"),
      ("five_g_phone_shipments", "level", *month(2020, 11), 17.6e6, "eq")}),
    # "…, or roughly 34 for every 10,000 people (the plan's target was 26)": a bracket on another figure's target
    ("The workshop of the world\n\nFeb 19th 2026\n\nMore than 4.8m 5G base stations are now in service, up from 718,000 at the end of "
     "2020, or roughly 34 for every 10,000 people (the plan's target was 26). In 2025 China sold some 16.5m NEVs.",
     {("five_g_base_stations", "level", *dec31(2025), 4.8e6, "gt"), ("five_g_base_stations", "level", *dec31(2020), 718e3, "eq"),
      ("nev_sales", "level", *year(2025), 16.5e6, "approx")}),
    # "In 2020 China sold just 1.4m new-energy vehicles"
    ("The workshop of the world\n\nFeb 19th 2026\n\nIn 2020 China sold just 1.4m \"new-energy vehicles\" (NEVs).",
     {("nev_sales", "level", *year(2020), 1.4e6, "eq")}),
    # a bullet that looks back: "• That followed a 2.8% decline in 2018"
    ("China car sales\n\nJanuary 13, 2020\n\nCar sales in China fell 8.2% in 2019 to 25.77 million vehicles.\n\n• That followed a 2.8% "
     "decline in 2018, which was the first annual drop in sales since the 1990s.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq")}),
    # "…, a 27.4% plunge from a year earlier": the rate as a noun of falling
    ("China car sales\n\nJanuary 13, 2020\n\nIn December alone, NEV sales were 163,000 units, a 27.4% plunge from a year earlier.",
     {("nev_sales", "level", *month(2019, 12), 163e3, "eq"), ("nev_sales", "yoy_pct", *month(2019, 12), -27.4, "eq")}),
    # "Software revenue growth of over 24% (Jan-May) and nearly 1 million 5G base stations": the months are the other figure's
    ("China Industrials\n\nJuly 20, 2021\n\n• Software revenue growth of over 24% (Jan-May) and nearly 1 million 5G base stations confirm "
     "that the digital part of the recovery remains solid.",
     {("software_it_services_revenue", "yoy_pct", date(2021, 1, 1), date(2021, 5, 31), 24.0, "gt")}),
]

# (one test reads all of SESSION49's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION49)
def test_session49(text, expected):
    assert obs(text) == expected


# --- extractor 1.51.0 ---
SESSION50 = [
    # "…; in 2017 they rose 3% to a record 28.88 million": a pronoun after ";" is the level of the clause before
    ("China car sales\n\nJanuary 13, 2020\n\nChina's car sales fell 8.2% to 25.77 million in 2019. In 2018, sales slipped to 28.08 "
     "million after years of growth; in 2017 they rose 3% to a record 28.88 million.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq"),
      ("auto_sales", "level", *year(2018), 28.08e6, "eq"), ("auto_sales", "level", *year(2017), 28.88e6, "eq"),
      ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq")}),
    # "In 2018 it rose 6.6% to 928 million tonnes": a pronoun opening the next sentence
    ("China crude steel\n\nJanuary 17, 2020\n\nChina's crude steel output rose 8.3% to 996 million tonnes in 2019. In 2018 it rose "
     "6.6% to 928 million tonnes.",
     {("crude_steel_output", "level", *year(2019), 996e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2019), 8.3, "eq"),
      ("crude_steel_output", "level", *year(2018), 928e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2018), 6.6, "eq")}),
    # "…; last year it fell by 4.4%, to about 960m tonnes": a fall, so a negative rate, at last year
    ("The workshop of the world\n\nFeb 19th 2026\n\nChina's output of crude steel peaked at 1.06bn tonnes in 2020 and has been "
     "edging down since; last year it fell by 4.4%, to about 960m tonnes.",
     {("crude_steel_output", "level", *year(2020), 1.06e9, "eq"), ("crude_steel_output", "level", *year(2025), 960e6, "approx"),
      ("crude_steel_output", "yoy_pct", *year(2025), -4.4, "eq")}),
    # a stock's "it rose … to" at a year is as of that year's end
    ("5G users\n\nJanuary 20, 2023\n\nChina had 561 million 5G mobile users at the end of 2022. In 2021 it rose 80% to 355 million.",
     {("five_g_mobile_users", "level", *dec31(2022), 561e6, "eq"), ("five_g_mobile_users", "level", *dec31(2021), 355e6, "eq")}),
    # "Last year it sold some 16.5m": the verb said again with its object left out
    ("The workshop of the world\n\nFeb 19th 2026\n\nIn 2020 China sold just 1.4m new-energy vehicles (NEVs). Last year it sold "
     "some 16.5m, more than half the world's total.",
     {("nev_sales", "level", *year(2020), 1.4e6, "eq"), ("nev_sales", "level", *year(2025), 16.5e6, "approx")}),
    # (but not another verb's figure: "Last year it exported 5.9m" is not the sales)
    ("The workshop of the world\n\nFeb 19th 2026\n\nIn 2020 China sold just 1.4m new-energy vehicles (NEVs). Last year it exported "
     "some 2.1m.",
     {("nev_sales", "level", *year(2020), 1.4e6, "eq")}),
    # (nor a pronoun with no level before it: "it" there is a company)
    ("BYD results\n\nMarch 27, 2024\n\nBYD's profit rose 80% last year. In 2023 it rose 62% to 3.02 million vehicles.",
     set()),
    # (nor a pronoun in a new paragraph)
    ("China car sales\n\nJanuary 13, 2020\n\nChina's car sales fell 8.2% to 25.77 million in 2019.\n\nIn 2018 it rose 3% to 4.5 million.",
     {("auto_sales", "level", *year(2019), 25.77e6, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.2, "eq")}),
    # "Over 1.2bn Chinese use 5G handsets"
    ("The workshop of the world\n\nFeb 19th 2026\n\nIndustrial value added grew by 5.9% in 2025. Over 1.2bn Chinese use 5G handsets. "
     "America, by comparison, has fewer.",
     {("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq"), ("five_g_mobile_users", "level", *dec31(2025), 1.2e9, "gt")}),
    # "…grew by 5.9% in 2025, and by 9.4% in high-tech manufacturing": the rate first, then its sector
    ("The workshop of the world\n\nFeb 19th 2026\n\nValue-added at industrial firms above designated size grew by 5.9% in 2025, "
     "and by 9.4% in high-tech manufacturing.",
     {("industrial_value_added", "yoy_pct", *year(2025), 5.9, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2025), 9.4, "eq")}),
    # (a fall's sector after it falls too)
    ("Industry\n\nApril 16, 2025\n\nIndustrial value added fell by 1.9% in March, and 0.4% in equipment manufacturing industries.",
     {("industrial_value_added", "yoy_pct", *month(2025, 3), -1.9, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *month(2025, 3), -0.4, "eq")}),
    # (but not a sector that the rate is a share of: "…, and 15.1% in high-tech manufacturing's share")
    ("Industry\n\nApril 16, 2025\n\nIndustrial value added grew by 6.5% in March, and 16.2% in high-tech manufacturing's share of it.",
     {("industrial_value_added", "yoy_pct", *month(2025, 3), 6.5, "eq")}),
    # a pipe table with a footnoted year column and a change column read by no one
    ("China Industrials\n\nApril 20, 2023\n\nExhibit 3: MIIT scorecard (mn units unless stated)\n"
     "Metric                      | FY22*       | 1Q23   | chg\n"
     "5G mobile users (mn)        | 561         | 620    | +59\n"
     "Auto sales (mn)             | 26.86       | 6.08   | n.m.\n"
     "*Stocks as of end-2022; flows for full-year 2022.",
     {("five_g_mobile_users", "level", *dec31(2022), 561e6, "eq"), ("five_g_mobile_users", "level", date(2023, 3, 31), date(2023, 3, 31), 620e6, "eq"),
      ("auto_sales", "level", *year(2022), 26.86e6, "eq"), ("auto_sales", "level", *quarter(2023, 1), 6.08e6, "eq")}),
    # "4万多家省级专精特新中小企业": the catalogue's specialized SMEs are the provincial lists
    ("工信部：2021年我国规模以上工业增加值增长9.6%\n\n2022年01月20日\n\n截至2021年底，已累计培育4762家专精特新“小巨人”企业、"
     "4万多家省级专精特新中小企业。",
     {("little_giant_enterprises", "level", *dec31(2021), 4762, "eq"), ("specialized_smes", "level", *dec31(2021), 40000, "gt")}),
    # (but a province's own green factories are not the ministry's)
    ("工信部：2021年我国规模以上工业增加值增长9.6%\n\n2022年01月20日\n\n截至2021年底，已累计培育2000多家省级绿色工厂。",
     set()),
    # "more than 400 'little giant' companies, …, focused on artificial intelligence": one field's, a subset
    ("Industrial growth quickens\n\nJul 18, 2025\n\nIndustrial value added rose 6.4% in the first half. The ministry said that China now "
     "has more than 400 \"little giant\" companies, or specialized and sophisticated small and medium-sized firms, focused on "
     "artificial intelligence.",
     {("industrial_value_added", "yoy_pct", *h1(2025), 6.4, "eq")}),
    # (but "specialized in niche sectors" is what a little giant is, not a field)
    ("Little giants\n\nOctober 20, 2021\n\nThe ministry said 4,762 \"little giant\" firms, specialized in niche sectors with strong "
     "innovation capacity, have been cultivated by the end of September.",
     {("little_giant_enterprises", "level", date(2021, 9, 30), date(2021, 9, 30), 4762, "eq")}),
    # "Sales of cars, sport-utility vehicles, minivans and commercial vehicles": all vehicles
    ("China car sales\n\nJanuary 12, 2016\n\nSales of cars, sport-utility vehicles, minivans and commercial vehicles totalled 24,597,600 "
     "units in 2015, up 4.68% from a year earlier.",
     {("auto_sales", "level", *year(2015), 24597600, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.68, "eq")}),
    # "By quarter, growth picked up to 4.5% yoy in 2Q from 3.0% in 1Q, and June IVA grew 4.4%yoy (May: +3.5%)"
    ("China Industrials\n\n20 July 2023\n\nValue-added of industrial enterprises above designated size (IVA) rose 3.8%yoy in 1H23. By "
     "quarter, growth picked up to 4.5% yoy in 2Q from 3.0% in 1Q, and June IVA grew 4.4%yoy (May: +3.5%).",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2023, 2), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 6), 4.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 5), 3.5, "eq")}),
    # "Value-\nadded …": a compound wrapped at its hyphen
    ("China Industrials\n\n20 July 2023\n\nMIIT described H1 industrial performance as stable. Value-\nadded of industrial enterprises "
     "above designated size grew 3.8% y-o-y in H1 2023, up from 3.0% in Q1.",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq")}),
    # ", far from the 9.6% recorded in 2021"
    ("China industry\n\nJanuary 18, 2023\n\nThe value added of industrial enterprises above designated size grew by 3.6% in 2022, far "
     "from the 9.6% recorded in 2021 and well below the 5.5% growth target.",
     {("industrial_value_added", "yoy_pct", *year(2022), 3.6, "eq"), ("industrial_value_added", "yoy_pct", *year(2021), 9.6, "eq")}),
    # a provincial page: "…，2017年全国汽车产销…。其中，新能源汽车…" and "全国高技术制造业…" are the country's
    ("全国工业经济稳中向好　我省多项指标跑赢全国\n\n2018-01-30\n\n汽车产业是我省第一支柱产业。发布会透露，2017年全国汽车产销分别完成2901.5万辆和"
     "2887.9万辆，同比增长3.2%和3.0%。其中，新能源汽车产销分别为79.4万辆和77.7万辆，同比增长53.8%和53.3%。\n\n产业结构持续优化。"
     "全国高技术制造业和装备制造业增加值分别增长13.4%和11.3%。我省高技术制造业增加值增长14.5%。\n\n信息通信业方面，2017年全国电信业务收入"
     "完成1.27万亿元，同比增长6.4%；电信业务总量增长76.4%。全省电信业务收入完成约460亿元。",
     {("auto_production", "level", *year(2017), 29015000, "eq"), ("auto_sales", "level", *year(2017), 28879000, "eq"),
      ("auto_production", "yoy_pct", *year(2017), 3.2, "eq"), ("auto_sales", "yoy_pct", *year(2017), 3.0, "eq"),
      ("nev_production", "level", *year(2017), 794000, "eq"), ("nev_sales", "level", *year(2017), 777000, "eq"),
      ("nev_production", "yoy_pct", *year(2017), 53.8, "eq"), ("nev_sales", "yoy_pct", *year(2017), 53.3, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2017), 13.4, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2017), 11.3, "eq"),
      ("telecom_business_revenue", "level", *year(2017), 1.27e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2017), 6.4, "eq"),
      ("telecom_business_volume", "yoy_pct", *year(2017), 76.4, "eq")}),
    # "…, after a 79.1 percent collapse to 310,000 units in February"
    ("China car sales\n\nApril 13, 2020\n\nIn March, car sales came to 1.43 million units, down 43.3 percent, after a 79.1 percent "
     "collapse to 310,000 units in February.",
     {("auto_sales", "level", *month(2020, 3), 1.43e6, "eq"), ("auto_sales", "yoy_pct", *month(2020, 3), -43.3, "eq"),
      ("auto_sales", "level", *month(2020, 2), 310e3, "eq"), ("auto_sales", "yoy_pct", *month(2020, 2), -79.1, "eq")}),
    # "IP growth held at 4.5%yoy in September, the same pace as in August"; "1-9M"; "On a quarterly basis, 3Q … 4.2%yoy (2Q: 4.5%)"
    ("China Economic Watch\n\n20 October 2023\n\nIndustrial production (IP) growth held at 4.5%yoy in September, the same pace as in "
     "August. IP growth for 1-9M came in at 4.0%yoy. On a quarterly basis, 3Q IP growth came in at 4.2%yoy (2Q: 4.5%), a touch softer.",
     {("industrial_value_added", "yoy_pct", *month(2023, 9), 4.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 8), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", *nine_months(2023), 4.0, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2023, 3), 4.2, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2023, 2), 4.5, "eq")}),
    # (but "month-on-month" opening the sentence still rules out a bare rate)
    ("China Economic Watch\n\n20 October 2023\n\nOn a quarterly basis, 3Q IP growth came in at 1.3%.",
     set()),
    # "unchanged from Aug" names a month of the same length only: not "unchanged from 1H"
    ("China Economic Watch\n\n20 October 2023\n\nIP growth held at 4.5%yoy in Sep, unchanged from Aug; growth held at 4.0%yoy in 1-9M, "
     "unchanged from 1H.",
     {("industrial_value_added", "yoy_pct", *month(2023, 9), 4.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 8), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", *nine_months(2023), 4.0, "eq")}),
    # "value-added output at factories, mines and utilities"
    ("China's car sales hit record\n\nJAN 20, 2017\n\nFor the full year, value-added output at factories, mines and utilities rose 6.0 "
     "percent, compared with 6.1 percent in 2015.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq")}),
    # a Taiwan figure's later clause is Taiwan's too
    ("中國工信部：上半年工業增加值年增6.4%\n\n2025-07-20\n\n截至6月底，中國累計建成5G基站454.9萬座。相較之下，根據台灣國家通訊傳播委員會統計，"
     "截至今年6月底，台灣5G用戶數約1,340萬戶；5G基站約3.8萬座。這是數據顯示，經濟穩定發展。",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4549000, "eq")}),
    # a broker's table: "1H23 y/y Jun-23 y/y": the last column is June's growth
    ("China\n\n20 July 2023\n\nFigure 1: MIIT 1H23 key indicators\n                 1H23        y/y      Jun-23 y/y\n"
     "NEV sales (mn units)                      3.747     44.1%        n.a.\n"
     "Software & IT services revenue (Rmb bn) 5,517.0     13.6%        14.2%\nSource: MIIT.",
     {("nev_sales", "level", *h1(2023), 3.747e6, "eq"), ("nev_sales", "yoy_pct", *h1(2023), 44.1, "eq"),
      ("software_it_services_revenue", "level", *h1(2023), 5517e9, "eq"), ("software_it_services_revenue", "yoy_pct", *h1(2023), 13.6, "eq"),
      ("software_it_services_revenue", "yoy_pct", *month(2023, 6), 14.2, "eq")}),
    # "computer, communication & other electronic equipment manufacturing VA"
    ("China\n\n20 July 2023\n\nIn 1H23, computer, communication & other electronic equipment manufacturing VA fell 1.5% y/y.",
     {("electronics_manufacturing_value_added", "yoy_pct", *h1(2023), -1.5, "eq")}),
    # Taiwan's "年增均為1.6倍": both up 160%
    ("陸工信部：去年汽車產銷止跌回升\n\n2022-01-20\n\n2021年大陸新能源車產銷分別為354.5萬輛和352.1萬輛，年增均為1.6倍，市場滲透率達13.4%。這是經濟數據顯示。",
     {("nev_production", "level", *year(2021), 3545000, "eq"), ("nev_sales", "level", *year(2021), 3521000, "eq"),
      ("nev_production", "yoy_pct", *year(2021), 160, "eq"), ("nev_sales", "yoy_pct", *year(2021), 160, "eq")}),
    # "不过新能源汽车表现亮眼，产销分别完成…": a topic after a connective
    ("工信部\n\n2019-07-20\n\n上半年汽车产销分别完成1213.2万辆和1232.3万辆。不过新能源汽车表现亮眼，产销分别完成61.4万辆和61.7万辆，"
     "同比分别增长48.5%和49.6%。",
     {("auto_production", "level", *h1(2019), 12132000, "eq"), ("auto_sales", "level", *h1(2019), 12323000, "eq"),
      ("nev_production", "level", *h1(2019), 614000, "eq"), ("nev_sales", "level", *h1(2019), 617000, "eq"),
      ("nev_production", "yoy_pct", *h1(2019), 48.5, "eq"), ("nev_sales", "yoy_pct", *h1(2019), 49.6, "eq")}),
    # "…, although January-November output of about 134,000 units was still up 5.1%"
    ("China robots\n\nDecember 14, 2018\n\nProduction of industrial robots fell 13.3% in November from a year earlier, the third straight "
     "monthly decline, although January-November output of about 134,000 units was still up 5.1%.",
     {("industrial_robot_output", "yoy_pct", *month(2018, 11), -13.3, "eq"),
      ("industrial_robot_output", "level", date(2018, 1, 1), date(2018, 11, 30), 134e3, "approx"),
      ("industrial_robot_output", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), 5.1, "eq")}),
    # "…, accounting for roughly 70 percent of the world's total, up from 718,000 at the end of 2020"
    ("China 5G\n\nAugust 2, 2021\n\nChina had built 961,000 5G base stations by the end of June, accounting for roughly 70 percent of "
     "the world's total, up from 718,000 at the end of 2020.",
     {("five_g_base_stations", "level", *jun30(2021), 961e3, "eq"), ("five_g_base_stations", "level", *dec31(2020), 718e3, "eq")}),
    # "the fastest half-year growth since 2014" names no period for the clause after it
    ("China telecoms\n\nJuly 20, 2021\n\nIn 1H21, telecom business revenue was Rmb737.0bn, +8.0%YoY, the fastest half-year growth since "
     "2014, while telecommunications business volume (at previous-year prices) rose 27.1%YoY.",
     {("telecom_business_revenue", "level", *h1(2021), 737e9, "eq"), ("telecom_business_revenue", "yoy_pct", *h1(2021), 8.0, "eq"),
      ("telecom_business_volume", "yoy_pct", *h1(2021), 27.1, "eq")}),
    # "…, slightly weaker than November's 6.2 percent"
    ("China output\n\nJanuary 26, 2016\n\nIn December, factory output rose 5.9 percent from a year earlier, slightly weaker than "
     "November's 6.2 percent.",
     {("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 11), 6.2, "eq")}),
    # "12月单月出货507.0万部"
    ("5G手机\n\n2020-01-15\n\n据中国信通院数据，2019年国内市场5G手机出货量为1376.9万部，12月单月出货507.0万部，占同期手机出货量的16.6%。",
     {("five_g_phone_shipments", "level", *year(2019), 13769000, "eq"), ("five_g_phone_shipments", "level", *month(2019, 12), 5070000, "eq")}),
]

# (one test reads all of SESSION50's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION50)
def test_session50(text, expected):
    assert obs(text) == expected


# --- extractor 1.52.0 ---

SESSION51 = [
    # "…, up from 6.8 percent in the first": the quarter named before in the sentence
    ("China output\n\nJuly 20, 2017\n\nIndustrial value added grew 6.9 percent year on year in the second quarter, up from 6.8 percent "
     "in the first.",
     {("industrial_value_added", "yoy_pct", *quarter(2017, 2), 6.9, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2017, 1), 6.8, "eq")}),
    # "…, after 111 percent growth in the first": the half named before
    ("China NEVs\n\nJanuary 20, 2019\n\nNEV sales rose 80 percent in the second half of 2018, after 111 percent growth in the first.",
     {("nev_sales", "yoy_pct", date(2018, 7, 1), date(2018, 12, 31), 80, "eq"), ("nev_sales", "yoy_pct", *h1(2018), 111, "eq")}),
    # "…, and in June alone output rose 8.3 percent" after a two-year average that names no measure
    ("China output\n\nJuly 20, 2021\n\nValue-added of industrial enterprises above designated size grew 15.9 percent year-on-year in "
     "the first half of 2021. Averaged over two years, growth was a more modest 7.0 percent, and in June alone output rose 8.3 percent.",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq")}),
    # "That number compares against …": a sentence about the rate, between it and the month's
    ("China output\n\nJuly 20, 2021\n\nThe headline figure was eye-catching: industrial output grew 15.9 percent year-on-year in the "
     "first half of 2021. That number, however, compares against a first half of 2020 when much of the country was locked down. "
     "Averaged over two years, growth was a more modest 7.0 percent, and in June alone output rose 8.3 percent.",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq")}),
    # "…, and MIIT expects the number of 5G sites to exceed 2 million before year-end": a forecast's date, not the stock's
    ("China 5G in H1 2022\n\nAugust 11, 2022\n\n5G mobile phone users reached 455 million, 27.2% of the country's mobile "
     "subscriptions, and MIIT expects the number of 5G sites to exceed 2 million before year-end.",
     {("five_g_mobile_users", "level", *jun30(2022), 455e6, "eq"), ("five_g_share_of_mobile_users", "level", *jun30(2022), 27.2, "eq")}),
    # "told reporters last month" is when it was said; a two-year average's span is not carried on
    ("China's factories\n\nFebruary 3, 2022\n\nOfficials told reporters last month that industrial value added grew by 9.6% in 2021. "
     "Much of that reflects comparison with a pandemic-struck 2020: over the two years growth averaged 6.1% a year. But some parts "
     "of industry were genuinely booming. Value-added in high-tech manufacturing rose by 18.2%.",
     {("industrial_value_added", "yoy_pct", *year(2021), 9.6, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2021), 18.2, "eq")}),
    # "… generated CNY1.74tn in telecommunications business revenue in 2024. Growth was 3.2%, down from 6.2% in 2023"
    ("China telecoms\n\nJanuary 27, 2025\n\nFigures show Chinese operators generated CNY1.74tn ($240bn) in telecommunications business "
     "revenue in 2024. Growth was 3.2%, down from 6.2% in 2023.",
     {("telecom_business_revenue", "level", *year(2024), 1.74e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2024), 3.2, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2023), 6.2, "eq")}),
    # "June IVA printed +5.3% YoY (May: +5.6%)": the month's IVA, not the sector rated in the sentence before
    ("China note\n\nJuly 22, 2024\n\nHigh-tech manufacturing value-added grew 8.7% YoY in 1H. Monthly momentum softened, however: "
     "June IVA printed +5.3% YoY (May: +5.6%), versus consensus of +5.0%.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *h1(2024), 8.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    # "(May: +3.5%)" is the rate nearest before it in the text, whichever rule read that one first
    ("China note\n\nJuly 20, 2023\n\nIVA rose 3.8%yoy in 1H23. By quarter, growth picked up to 4.5% yoy in 2Q from 3.0% in 1Q, and "
     "June IVA grew 4.4%yoy (May: +3.5%).",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2023, 2), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 6), 4.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 5), 3.5, "eq")}),
    # "（相关阅读：…增长3.8% …）": a link to another story
    ("工业经济\n\n2023-10-20\n\n前三季度，规模以上工业增加值同比增长4.0%。\n（相关阅读：工信部：上半年规上工业增加值增长3.8% 装备制造业贡献突出）",
     {("industrial_value_added", "yoy_pct", *nine_months(2023), 4.0, "eq")}),
    # "年主营业务收入2000万元及以上的工业法人企业": the size that defines the scope, no level
    ("统计局\n\n2017-01-20\n\n2016年，规模以上工业增加值比上年实际增长6.0%。\n规模以上工业增加值增速：计算规模以上工业增加值增速的工业企业范围为"
     "年主营业务收入2000万元及以上的工业法人企业。",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq")}),
    # "Electric and hybrid sales reached 1,256,000 units": the wire services' NEVs
    ("China auto sales fall in 2018\n\nJanuary 14, 2019\n\nElectric and hybrid sales reached 1,256,000 units and production was 1,270,000, up 59.9 percent, "
     "the association said.",
     {("nev_sales", "level", *year(2018), 1256e3, "eq"), ("nev_production", "level", *year(2018), 1270e3, "eq"),
      ("nev_production", "yoy_pct", *year(2018), 59.9, "eq")}),
    # "… did better on a ytd basis - production of 898k units and sales of 872k units": the year to the note's month
    ("China autos: September data\n\nOctober 15, 2019\n\nNew energy vehicles (NEV) did better on a ytd basis - production of 898k "
     "units and sales of 872k units, up 21.9% and 20.8%.",
     {("nev_production", "level", *nine_months(2019), 898e3, "eq"), ("nev_sales", "level", *nine_months(2019), 872e3, "eq"),
      ("nev_production", "yoy_pct", *nine_months(2019), 21.9, "eq"), ("nev_sales", "yoy_pct", *nine_months(2019), 20.8, "eq")}),
    # "… in March. Output rose 6.5% for the quarter as a whole": the quarter March closes
    ("China data\n\nApril 17, 2019\n\nIndustrial output jumped 8.5% in March from a year earlier. Output rose 6.5% for the quarter as a whole.",
     {("industrial_value_added", "yoy_pct", *month(2019, 3), 8.5, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2019, 1), 6.5, "eq")}),
    # bullets: the one before gives the rate, and an aside on what was expected sits between
    ("China's economy steadies in the first quarter\n\nApril 17, 2019\n\nBy the numbers:\n\n- Industrial output jumped 8.5% in March "
     "from a year earlier. Economists polled by Reuters had expected 5.9%.\n- Output rose 6.5% for the quarter as a whole.",
     {("industrial_value_added", "yoy_pct", *month(2019, 3), 8.5, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2019, 1), 6.5, "eq")}),
    # "- For the quarter, sales were …": the bullet before's subject; the quarter is the one the note's month (March) closes
    # (extractor 1.59.0; before it, no period at all)
    ("China data\n\nApril 17, 2019\n\nCar sales are still shrinking.\n\n- Vehicle sales fell 5.2% in March to 2.52 million, the "
     "association said.\n- For the quarter, sales were down 11.3% at 6.37 million, while production fell 9.8% to 6.37 million.",
     {("auto_sales", "level", *month(2019, 3), 2.52e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 3), -5.2, "eq"),
      ("auto_sales", "level", *quarter(2019, 1), 6.37e6, "eq"), ("auto_sales", "yoy_pct", *quarter(2019, 1), -11.3, "eq"),
      ("auto_production", "level", *quarter(2019, 1), 6.37e6, "eq"), ("auto_production", "yoy_pct", *quarter(2019, 1), -9.8, "eq")}),
    ("China's economy steadies in the first quarter\n\nApril 17, 2019\n\nCar sales are still shrinking.\n\n- Vehicle sales fell 5.2% in "
     "March to 2.52 million, the association said.\n- For the quarter, sales were down 11.3% at 6.37 million, while production fell "
     "9.8% to 6.37 million.",
     {("auto_sales", "level", *month(2019, 3), 2.52e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 3), -5.2, "eq"),
      ("auto_sales", "level", *quarter(2019, 1), 6.37e6, "eq"), ("auto_sales", "yoy_pct", *quarter(2019, 1), -11.3, "eq"),
      ("auto_production", "level", *quarter(2019, 1), 6.37e6, "eq"), ("auto_production", "yoy_pct", *quarter(2019, 1), -9.8, "eq")}),
    # "cranked out a record 69.42 million metric tons of crude steel in April"; "Output in the January-April period totaled …"
    ("China steel\n\nMay 14, 2016\n\nSteel mills, on the other hand, cranked out a record 69.42 million metric tons of crude steel in "
     "April, up 0.5% from a year earlier, as higher prices revived idled capacity. Output in the January-April period totaled 263.87 "
     "million tons, down 1.5%, according to the ministry.",
     {("crude_steel_output", "level", *month(2016, 4), 69.42e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2016, 4), 0.5, "eq"),
      ("crude_steel_output", "level", date(2016, 1, 1), date(2016, 4, 30), 263.87e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2016, 1, 1), date(2016, 4, 30), -1.5, "eq")}),
    # "… new energy vehicles … which Beijing has been pushing. Their sales soared 61.7 percent"
    ("China auto sales fall in 2018\n\nJanuary 14, 2019\n\nOne bright spot was so-called \"new energy vehicles\" -- all-electric, "
     "plug-in hybrids and fuel-cell cars -- which Beijing has been pushing to fight pollution. Their sales soared 61.7 percent to "
     "1.256 million, while production rose 59.9 percent to 1.27 million.",
     {("nev_sales", "level", *year(2018), 1.256e6, "eq"), ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq"),
      ("nev_production", "level", *year(2018), 1.27e6, "eq"), ("nev_production", "yoy_pct", *year(2018), 59.9, "eq")}),
    # "The association said total 2018 sales were 28.08 million vehicles"
    ("China auto sales fall\n\nJanuary 14, 2019\n\nThe association said total 2018 sales were 28.08 million vehicles, while production "
     "fell 4.2 percent to 27.81 million.",
     {("auto_sales", "level", *year(2018), 28.08e6, "eq"), ("auto_production", "level", *year(2018), 27.81e6, "eq"),
      ("auto_production", "yoy_pct", *year(2018), -4.2, "eq")}),
    # Taiwan: "軟體和資訊技術服務業去年收入約4.3兆人民幣（約新台幣21.5兆元）": the yuan, not the Taiwan dollars
    ("大陸去年工業數據出爐\n\n2016-01-28\n\n工信部另表示，中國軟體和資訊技術服務業去年收入約4.3兆人民幣（約新台幣21.5兆元），年增16.6%。",
     {("software_it_services_revenue", "level", *year(2015), 4.3e12, "approx"), ("software_it_services_revenue", "yoy_pct", *year(2015), 16.6, "eq")}),
    # a provincial page: a national line ending on "；" goes on in the next line
    ("全省工业经济运行情况\n\n2025-01-20\n\n汽车产业是全国也是我省工业增长的重要引擎。2024年，全国汽车产销分别完成3128.2万辆和3143.6万辆，同比分别增长3.7%和4.5%；\n"
     "新能源汽车产销分别完成1288.8万辆和1286.6万辆，同比分别增长34.4%和35.5%。\n\n全省汽车产量完成100万辆。",
     {("auto_production", "level", *year(2024), 31.282e6, "eq"), ("auto_sales", "level", *year(2024), 31.436e6, "eq"),
      ("auto_production", "yoy_pct", *year(2024), 3.7, "eq"), ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq"),
      ("nev_production", "level", *year(2024), 12.888e6, "eq"), ("nev_sales", "level", *year(2024), 12.866e6, "eq"),
      ("nev_production", "yoy_pct", *year(2024), 34.4, "eq"), ("nev_sales", "yoy_pct", *year(2024), 35.5, "eq")}),
    # "industrial output growth unexpectedly weakened to a 17-1/2-year low of 4.4 per cent in August"
    ("China output\n\nSeptember 16, 2019\n\nBEIJING: China's industrial output growth unexpectedly weakened to a 17-1/2-year low of 4.4 "
     "per cent in August, as the trade war intensified.",
     {("industrial_value_added", "yoy_pct", *month(2019, 8), 4.4, "eq")}),
]

# (one test reads all of SESSION51's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION51)
def test_session51(text, expected):
    assert obs(text) == expected


# --- extractor 1.53.0 ---
SESSION52 = [
    # "The two-year average growth came in at 7 percent. The growth rate moderated from 24.5 percent in the first
    # quarter …. In June, the value-added grew 8.3 percent": the headline rate's earlier quarter and its month
    ("Industry in H1 2021\n\nJuly 19, 2021\n\nIn the first half of 2021, the value-added of industrial enterprises above designated "
     "size rose 15.9 percent year on year. The two-year average growth came in at 7 percent. The growth rate moderated from 24.5 "
     "percent in the first quarter, when the base was low. In June, the value-added grew 8.3 percent year on year.",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2021, 1), 24.5, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq")}),
    # "bringing the total number of national-level specialized and sophisticated "little giant" enterprises to 4,762"
    ("China industry 2021\n\nJanuary 20, 2022\n\nMIIT also named 2,930 new \"little giant\" companies last year, bringing the total "
     "number of national-level specialized and sophisticated \"little giant\" enterprises to 4,762.",
     {("little_giant_enterprises", "level", *dec31(2021), 4762, "eq")}),
    # "up 9.6% from a year earlier, though down from 23.07 GB in December": the month named's level
    ("Telecom data for February 2026\n\nMarch 20, 2026\n\nAverage monthly mobile internet traffic per user (DOU) was 21.86 GB in "
     "February, up 9.6% from a year earlier, though down from 23.07 GB in December because of the holiday.",
     {("mobile_dou", "level", *month(2026, 2), 21.86, "eq"), ("mobile_dou", "yoy_pct", *month(2026, 2), 9.6, "eq"),
      ("mobile_dou", "level", *month(2025, 12), 23.07, "eq")}),
    # "although that was a narrower decline than the 2.8% drop recorded in Jan-Feb": the earlier period's fall
    ("China activity data for March 2023\n\n18 April 2023\n\nIndustrial production fell 1.8% yoy in 1Q23, although that was a "
     "narrower decline than the 2.8% drop recorded in Jan-Feb.",
     {("industrial_value_added", "yoy_pct", *quarter(2023, 1), -1.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 2, 28), -2.8, "eq")}),
    # 'Sales of electric and plug-in hybrid cars - "new energy vehicles" in the official jargon - quadrupled to 331,092'
    # (the aside's "new energy" is no addition)
    ("China auto sales in 2015\n\nJanuary 12, 2016\n\nSales of electric and plug-in hybrid cars - \"new energy vehicles\" in the official "
     "jargon - quadrupled to 331,092, with production of 340,471 units.",
     {("nev_sales", "level", *year(2015), 331092, "eq"), ("nev_production", "level", *year(2015), 340471, "eq")}),
    # "slowing from 5.6% in May and 6.7% in April": the list's second earlier rate
    ("China industry\n\n22 July 2024\n\nIndustrial output rose 5.3% in June, slowing from 5.6% in May and 6.7% in April.",
     {("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 4), 6.7, "eq")}),
    # a note's "+3.0% YoY, decelerating from +3.7% in 1Q24 and +3.2% in 5M24"
    ("China telecom: 1H24 review\n\n22 July 2024\n\nMIIT 1H24 telecom data show telecom business revenue of Rmb899.5bn, +3.0% YoY, "
     "decelerating from +3.7% in 1Q24 and +3.2% in 5M24.",
     {("telecom_business_revenue", "level", *h1(2024), 899.5e9, "eq"), ("telecom_business_revenue", "yoy_pct", *h1(2024), 3.0, "eq"),
      ("telecom_business_revenue", "yoy_pct", *quarter(2024, 1), 3.7, "eq"),
      ("telecom_business_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), 3.2, "eq")}),
    # "… topping 7 trillion yuan. According to the ministry's data, the sector raked in 7.18 trillion yuan in revenue in 2019"
    ("China software 2019\n\nJanuary 21, 2020\n\nRevenue of the software and information technology services industry topped 7 trillion "
     "yuan. According to the ministry's data, the sector raked in 7.18 trillion yuan in revenue in 2019, up 15.4 percent year on year.",
     {("software_it_services_revenue", "level", *year(2019), 7.18e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2019), 15.4, "eq")}),
    # Taiwan: "陸5G基地台一年蓋逾60萬座" (built in a year); "新建5G基站超过60万座，全国累计已建成71.8万座": the total
    ("陸5G基地台一年蓋逾60萬座！工信部：累計已達71.8萬座\n\n2021-01-26\n\n工信部表示，5G建設方面，陸方去年新建5G基地台超過60萬座，全國累計已建成71.8萬座。",
     {("five_g_base_stations", "level", *dec31(2020), 718000, "eq")}),
    # "2020年全年…增长2.8%，其中12月同比增长7.3%，高技术制造业、装备制造业增加值分别同比增长7.1%和6.6%": the month
    # drilled into ends with its clause
    ("2020年工业经济运行情况\n\n2021-01-26\n\n2020年全年规模以上工业增加值同比增长2.8%，其中12月同比增长7.3%，高技术制造业、装备制造业增加值分别同比增长7.1%和6.6%。",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2020, 12), 7.3, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2020), 7.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2020), 6.6, "eq")}),
    # "RMB4,905bn in Jan-May (the H1 print is due later this month), up 11.6% y/y": not the aside's half-year
    ("China software: May data\n\n3 July 2024\n\nRevenue of the software and information technology services industry was RMB4,905bn in "
     "Jan-May (the H1 print is due later this month), up 11.6% y/y.",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 5, 31), 4905e9, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), 11.6, "eq")}),
    # a city's headline that names the country's figure too is no city bulletin ("Shanghai bets on humanoid robots as national
    # factory output grows 6.1% in Q1"): "On the network side, China had 4.93 million 5G base stations"
    ("Shanghai bets on humanoid robots as national factory output grows 6.1% in Q1\n\n2026-04-17\n\nOn the network side, China had "
     "4.93 million 5G base stations in service as of the end of March, and 5G mobile phone users reached 1.23 billion.",
     {("five_g_base_stations", "level", date(2026, 3, 31), date(2026, 3, 31), 4.93e6, "eq"),
      ("five_g_mobile_users", "level", date(2026, 3, 31), date(2026, 3, 31), 1.23e9, "eq")}),
    # "三家基础电信企业及中国铁塔股份有限公司共有…": the operators and the tower company, no region ("公司" is no place)
    ("工信部:1-5月软件业务收入超5.6万亿元\n\n2025-06-25\n\n截至5月末，三家基础电信企业及中国铁塔股份有限公司共有移动电话用户18.09亿户，5G基站总数达448.6万个。",
     {("five_g_base_stations", "level", date(2025, 5, 31), date(2025, 5, 31), 4.486e6, "eq")}),
    # a note's "~Rmb1.32trn" (about) and "c190m" (circa): approximate levels
    ("China telecom 9M24\n\n20 Oct 2024\n\nTelecommunications business revenue was ~Rmb1.32trn in 9M24, +2.5% YoY.",
     {("telecom_business_revenue", "level", date(2024, 1, 1), date(2024, 9, 30), 1.32e12, "approx"),
      ("telecom_business_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 9, 30), 2.5, "eq")}),
    ("China telecom 1H24\n\n20 Jul 2024\n\nGigabit broadband users reached c190m, an increase of 26m from end-2023.",
     {("gigabit_broadband_users", "level", *jun30(2024), 190e6, "approx")}),
    # "about RMB1.32 trillion": the qualifier before the currency
    ("China telecom 9M24\n\n20 Oct 2024\n\nTelecommunications business revenue was about RMB1.32 trillion in the first three quarters.",
     {("telecom_business_revenue", "level", date(2024, 1, 1), date(2024, 9, 30), 1.32e12, "approx")}),
    # "3.917mn 5G base stations in operation - 539k of them added in H1, or 27.8 per 10,000 people -": the aside's
    # addition is another figure's
    ("China telecom 1H24\n\n20 Jul 2024\n\nAs at end-June, China had 3.917mn 5G base stations in operation - 539k of them added in H1, "
     "or 27.8 per 10,000 people - and 927mn 5G mobile phone users.",
     {("five_g_base_stations", "level", *jun30(2024), 3.917e6, "eq"), ("five_g_mobile_users", "level", *jun30(2024), 927e6, "eq")}),
    # a note's heading line without a stop ("What MIIT said") before "IVA rose 6.0% y/y in the first half, slightly slower
    # than the 6.1% recorded in Q1"
    ("China industry 1H24\n\n20 Jul 2024\n\nWhat MIIT said\nIVA rose 6.0% y/y in the first half, slightly slower than the 6.1% recorded in Q1.",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq")}),
    # "Growth in December was also 6.0 percent, slowing from 6.2 percent in November"
    ("China industry 2016\n\nJanuary 20, 2017\n\nThe value added of industrial firms above designated size grew 6.0 percent in 2016, the "
     "ministry said. Growth in December was also 6.0 percent, slowing from 6.2 percent in November.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 11), 6.2, "eq")}),
    # "That is the weakest since 1990." between the headline rate and "The year ended badly: growth slipped to 5.9% in December"
    ("China industry 2015\n\nJanuary 20, 2016\n\nIndustrial value added rose by 6.1% in 2015. That is the weakest since 1990. The year "
     "ended badly: growth slipped to 5.9% in December, from 6.2% in November.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 11), 6.2, "eq")}),
    # "… from 2.4% in Jan-Feb. March alone printed 3.9% YoY": a month's abbreviation before a capitalised word ends the sentence
    ("China 1Q23 data\n\n18 April 2023\n\nIndustrial production rose 3.0% YoY in 1Q23, accelerating from 2.4% in Jan-Feb. March alone "
     "printed 3.9% YoY, below the 4.4% consensus.",
     {("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 2, 28), 2.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 3), 3.9, "eq")}),
    # "其中，二季度增长0.7%，4月份受疫情冲击下降2.9%，5月份由负转正，6月份增长3.9%": a shock named, and a month with no figure between
    ("2022年上半年工业和信息化发展情况\n\n2022-07-19\n\n上半年，全国规模以上工业增加值同比增长3.4%。其中，二季度增长0.7%，4月份受疫情冲击下降2.9%，"
     "5月份由负转正，6月份增长3.9%，比5月份加快3.2个百分点。",
     {("industrial_value_added", "yoy_pct", *h1(2022), 3.4, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2022, 2), 0.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 4), -2.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.9, "eq")}),
    # Hong Kong: "首三季…按年增長6.4%…；當中第三季增長6.0%" (of which the third quarter)
    ("內地首三季工業生產平穩\n\n2018年10月23日\n\n【信報即時新聞】國務院新聞辦公室今日舉行發布會。數據顯示，首三季全國規模以上工業增加值按年增長6.4%，"
     "較上半年回落0.3個百分點；當中第三季增長6.0%。單計9月，規模以上工業增加值按年增長5.8%。",
     {("industrial_value_added", "yoy_pct", *nine_months(2018), 6.4, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2018, 3), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 9), 5.8, "eq")}),
]

# (one test reads all of SESSION52's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION52)
def test_session52(text, expected):
    assert obs(text) == expected


# --- extractor 1.54.0 ---

SESSION53 = [
    # "the sector raked in … in revenue in 2019, …, while its total profit rose 9.9 percent to 961.3 billion yuan": "its"
    # is the industry named before
    ("China's software industry in 2019\n\nJanuary 21, 2020\n\nChina's software industry maintained rapid growth, with revenue "
     "of the software and information technology services industry topping 7 trillion yuan. According to the ministry's data, "
     "the sector raked in 7.18 trillion yuan in revenue in 2019, up 15.4 percent year on year, while its total profit rose "
     "9.9 percent to 961.3 billion yuan.",
     {("software_it_services_revenue", "level", *year(2019), 7.18e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2019), 15.4, "eq"),
      ("software_industry_profit", "level", *year(2019), 961.3e9, "eq"), ("software_industry_profit", "yoy_pct", *year(2019), 9.9, "eq")}),
    # "The … industry grew 14.2 per cent, with revenue surpassing 6.3 trillion yuan": the industry's growth is its revenue's
    ("China's software industry 2018\n\nJanuary 30, 2019\n\nThe software and information technology services industry grew "
     "14.2 per cent, with revenue surpassing 6.3 trillion yuan (US$900 billion).",
     {("software_it_services_revenue", "level", *year(2018), 6.3e12, "gt"), ("software_it_services_revenue", "yoy_pct", *year(2018), 14.2, "eq")}),
    # "; March alone printed 3.9% YoY": the month's rate after a semicolon
    ("China 1Q23 data\n\n18 April 2023\n\nValue-added of industrial enterprises above designated size (IP) rose 3.0% YoY in 1Q23, "
     "accelerating from 2.4% in Jan-Feb; March alone printed 3.9% YoY, below the 4.4% consensus.",
     {("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 2, 28), 2.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 3), 3.9, "eq")}),
    # "太阳能电池、服务机器人等绿色智能产品产量分别增长63.2%和23.3%": a list's summary noun before its attribute
    ("前三季度工业经济运行情况\n\n2023-10-20\n\n前三季度，太阳能电池、服务机器人等绿色智能产品产量分别增长63.2%和23.3%。",
     {("service_robot_output", "yoy_pct", *nine_months(2023), 23.3, "eq")}),
    # "全国已有98%的行政村通5G"
    ("一季度工业和信息化发展情况\n\n2026-04-20\n\n网络基础设施方面，一季度新增5G基站11.3万个，全国已有98%的行政村通5G。",
     {("five_g_admin_village_coverage", "level", date(2026, 3, 31), date(2026, 3, 31), 98, "eq")}),
    # humanoid robots: "目前已发布超过380款人形机器人产品", and "新发布…30余款，累计发布产品超过360款" (the total, not the quarter's new ones)
    ("一季度工业和信息化发展情况\n\n2026-04-20\n\n人形机器人产业加速发展，目前已发布超过380款人形机器人产品。",
     {("humanoid_robot_products", "level", date(2026, 3, 31), date(2026, 3, 31), 380, "gt")}),
    ("一季度工业和信息化发展情况\n\n2026-04-20\n\n人形机器人产业化进程加快，一季度新发布人形机器人产品30余款，累计发布产品超过360款。",
     {("humanoid_robot_products", "level", date(2026, 3, 31), date(2026, 3, 31), 360, "gt")}),
    # "the two carmakers sold 430,000 vehicles in China": two companies' sales, not the market's
    ("Hyundai, Kia China sales halve\n\nJul 12, 2017\n\nAccording to industry data released Wednesday, the two carmakers sold "
     "430,000 vehicles in China in the January-June period, down 47 percent from a year earlier.",
     set()),
    # "NBS data released on 18 October showed September industrial value added up 5.8%": the release's day, and the month
    # before the flow's name
    ("China September activity\n\n21 October 2019\n\nNBS data released on 18 October showed September industrial value added "
     "up 5.8% YoY, 1.4ppt faster than in August.",
     {("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq")}),
    # "…, although September sales hit a record for the month": "the month" of a later clause is not the figure's
    ("China's 5G push\n\nOctober 20, 2020\n\nProduction and sales of automobiles fell 6.7% and 6.9% in the first nine months. "
     "Sales of new energy vehicles dropped 18.9% to 734,000 units, although September sales hit a record for the month.",
     {("auto_production", "yoy_pct", *nine_months(2020), -6.7, "eq"), ("auto_sales", "yoy_pct", *nine_months(2020), -6.9, "eq"),
      ("nev_sales", "yoy_pct", *nine_months(2020), -18.9, "eq"), ("nev_sales", "level", *nine_months(2020), 734000, "eq")}),
    # "累计销量已超过2019年全年水平；工业机器人产量…": another year's level as a yardstick dates nothing after it
    ("上半年工业经济运行情况\n\n2021-07-19\n\n上半年，新能源汽车产销分别完成121.5万辆和120.6万辆，累计销量已超过2019年全年水平；"
     "工业机器人产量17.1万套，同比增长69.8%。",
     {("nev_production", "level", *h1(2021), 1215000, "eq"), ("nev_sales", "level", *h1(2021), 1206000, "eq"),
      ("industrial_robot_output", "level", *h1(2021), 171000, "eq"), ("industrial_robot_output", "yoy_pct", *h1(2021), 69.8, "eq")}),
    # "其上半年5G基站出货量同比增长超过40%": a maker's shipments of base stations, not stations in service
    ("上半年通信业\n\n2021-07-19\n\n以某通信设备龙头为例，其上半年5G基站出货量同比增长超过40%。", set()),
    # "rebounded to 6.2% y/y in November (consensus: 5.0%), from 4.7% in October": past a bracketed forecast
    ("China November activity\n\n16 December 2019\n\nIndustrial production (IP) growth rebounded to 6.2% y/y in November "
     "(Barclays: 5.0%; consensus: 5.0%), from 4.7% in October.",
     {("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 10), 4.7, "eq")}),
    # a news story's one-sentence paragraphs: "… industrial robots … ¶ In September alone, robot output climbed 60.3 percent"
    ("China's robot output soars\n\nOct 20, 2017\n\nChina produced 94,000 industrial robots in the first nine months of the year, "
     "up 69.4 percent from a year earlier.\n\nIn September alone, robot output climbed 60.3 percent, the bureau said.",
     {("industrial_robot_output", "level", *nine_months(2017), 94000, "eq"),
      ("industrial_robot_output", "yoy_pct", *nine_months(2017), 69.4, "eq"),
      ("industrial_robot_output", "yoy_pct", *month(2017, 9), 60.3, "eq")}),
    # "For the January-September period it rose 6.7percent."
    ("China industry\n\nOctober 19, 2017\n\nValue-added industrial output grew 6.6 percent in September from a year earlier. "
     "For the January-September period it rose 6.7percent.",
     {("industrial_value_added", "yoy_pct", *month(2017, 9), 6.6, "eq"), ("industrial_value_added", "yoy_pct", *nine_months(2017), 6.7, "eq")}),
    # "Cumulative NEV sales from 2021 to 2024 exceeded 32 million units": the years' total
    ("China's industry in the first half\n\nJuly 20, 2025\n\nCumulative NEV sales from 2021 to 2024 exceeded 32 million units, "
     "compared with 1.367 million units sold in 2020.",
     {("nev_sales", "level", date(2021, 1, 1), date(2024, 12, 31), 32e6, "gt"), ("nev_sales", "level", *year(2020), 1.367e6, "eq")}),
    # "The surge in robot production was one of the brightest spots in figures that showed the … economy grew 6.9 per cent"
    ("China's robot army grows\n\nJanuary 19, 2018\n\nChina churned out about 131,000 industrial robots last year, an increase of "
     "68.1 per cent. The surge in robot production was one of the brightest spots in a set of figures that showed the world's "
     "second-largest economy grew 6.9 per cent in 2017.",
     {("industrial_robot_output", "level", *year(2017), 131000, "approx"), ("industrial_robot_output", "yoy_pct", *year(2017), 68.1, "eq")}),
    # "of which intelligent computing power, the kind used to train AI models, made up 70 EFLOPS"
    ("China's data centres\n\nMarch 1, 2024\n\nBy the end of last year, China's total computing power reached 230 EFLOPS, of which "
     "intelligent computing power, the kind used to train artificial intelligence models, made up 70 EFLOPS.",
     {("computing_power_total", "level", *dec31(2023), 230, "eq"), ("intelligent_computing_power", "level", *dec31(2023), 70, "eq")}),
    # "(798k added YTD), and 5G mobile phone users reached 510mn": the addition is the bracket's, not the users'
    ("China 3Q22\n\n20 October 2022\n\nChina had 2.225mn 5G base stations as of end-Sep (798k added YTD), and 5G mobile phone "
     "users reached 510mn.",
     {("five_g_base_stations", "level", date(2022, 9, 30), date(2022, 9, 30), 2.225e6, "eq"),
      ("five_g_mobile_users", "level", date(2022, 9, 30), date(2022, 9, 30), 510e6, "eq")}),
    # an NBS product list: "汽车478.6万辆，增长2.9%，其中新能源汽车216.4万辆，增长14.7%"
    ("2026年1—2月份规模以上工业增加值增长\n\n2026-03-16\n\n分产品看，1—2月份，粗钢15834万吨，同比下降4.8%；汽车478.6万辆，增长2.9%，"
     "其中新能源汽车216.4万辆，增长14.7%。",
     {("crude_steel_output", "level", date(2026, 1, 1), date(2026, 2, 28), 158.34e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), -4.8, "eq"),
      ("auto_production", "level", date(2026, 1, 1), date(2026, 2, 28), 4.786e6, "eq"),
      ("auto_production", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 2.9, "eq"),
      ("nev_production", "level", date(2026, 1, 1), date(2026, 2, 28), 2.164e6, "eq"),
      ("nev_production", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 14.7, "eq")}),
    # ", although September alone rebounded to 5.8% from 4.4% in August"
    ("China activity\n\n21 October 2019\n\nIVA growth slowed to 5.0% y-o-y in Q3 from 5.6% in Q2, although September alone rebounded "
     "to 5.8% from 4.4% in August.",
     {("industrial_value_added", "yoy_pct", *quarter(2019, 3), 5.0, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2019, 2), 5.6, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 8), 4.4, "eq")}),
    # "The software … industry, by contrast, grew revenue 16.6 per cent to Rmb4.3tn": the verb before its object
    ("China industry 2015\n\nJanuary 28, 2016\n\nThe software and information technology services industry, by contrast, grew revenue "
     "16.6 per cent to Rmb4.3tn.",
     {("software_it_services_revenue", "level", *year(2015), 4.3e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2015), 16.6, "eq")}),
    # "an uptick from November's 5.4%"
    ("China industry 2018\n\nJanuary 29, 2019\n\nIndustrial output in December rose 5.7% from a year earlier, an uptick from "
     "November's 5.4%, which had been the weakest reading in nearly three years.",
     {("industrial_value_added", "yoy_pct", *month(2018, 12), 5.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2018, 11), 5.4, "eq")}),
    # "通达5G的行政村比例超过90%"
    ("1—10月份通信业经济运行情况\n\n2024-11-20\n\n截至10月末，5G网络已覆盖所有地级市城区、县城城区，通达5G的行政村比例超过90%。",
     {("five_g_admin_village_coverage", "level", date(2024, 10, 31), date(2024, 10, 31), 90, "gt")}),
    # "IP growth eased from 6.1% yoy in Q1 to 5.9% in Q2": each rate for its own period
    ("China 1H24\n\n16 July 2024\n\nBy quarter, IP growth eased from 6.1% yoy in Q1 to 5.9% in Q2.",
     {("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2024, 2), 5.9, "eq")}),
    ("China 1H24\n\n16 July 2024\n\nIndustrial output growth eased from 6.1 percent in the first quarter to 5.9 percent in the second quarter.",
     {("industrial_value_added", "yoy_pct", *quarter(2024, 1), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2024, 2), 5.9, "eq")}),
    # "Growth in value-added output of China's industrial firms slowed to 6.2 percent in 2018 from 6.6 percent in 2017"
    ("China industry\n\nJanuary 29, 2019\n\nBEIJING (Reuters) - Growth in value-added output of China's industrial firms slowed to "
     "6.2 percent in 2018 from 6.6 percent in 2017, the industry ministry said on Tuesday.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *year(2017), 6.6, "eq")}),
    # "新能源汽车单月销量达到14.8万辆", "移动互联网月户均接入流量达到2.75GB"
    ("2017年工业通信业发展情况\n\n2018-01-29\n\n2017年12月，新能源汽车单月销量达到14.8万辆，创历史新高。另外，2017年12月，移动互联网月户均接入流量"
     "达到2.75GB，是上年同期的2.4倍。",
     {("nev_sales", "level", *month(2017, 12), 148000, "eq"), ("mobile_dou", "level", *month(2017, 12), 2.75, "eq")}),
    # a figureless lead whose only number is a span of years dates the next paragraph
    ("China economy: Industrial output growth slows to 17-year low\n\n14 August 2019\n\nGrowth in China's industrial output slowed to "
     "its weakest pace in more than 17 years in July.\n\nIndustrial production rose by 4.8% from a year earlier, down from 6.3% in June."
     "\n\nIn the first seven months of the year, industrial output grew 5.8%.",
     {("industrial_value_added", "yoy_pct", *month(2019, 7), 4.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 6), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 7, 31), 5.8, "eq")}),
    # "December was little better, at 5.9%"
    ("China's industry 2015\n\nJanuary 20, 2016\n\nChina's industrial output grew by 6.1% in 2015, down from 8.3% in 2014. December "
     "was little better, at 5.9%.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *year(2014), 8.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq")}),
    # "over 140,000 specialized, refined, distinctive, and innovative SMEs at the provincial level": a tier counted nationwide
    ("SCIO briefing on the first three quarters\n\nOctober 18, 2024\n\nWe have cultivated more than 14,000 specialized and sophisticated "
     "\"little giant\" enterprises and over 140,000 specialized, refined, distinctive, and innovative SMEs at the provincial level.",
     {("little_giant_enterprises", "level", date(2024, 9, 30), date(2024, 9, 30), 14000, "gt"),
      ("specialized_smes", "level", date(2024, 9, 30), date(2024, 9, 30), 140000, "gt")}),
    # "高于同期工业平均水平（6.1%）": all industry's rate, in brackets
    ("2015年电子信息产业统计公报\n\n2016-02-25\n\n2015年，规模以上电子信息制造业增加值同比增长10.5%，高于同期工业平均水平（6.1%）4.4个百分点。",
     {("electronics_manufacturing_value_added", "yoy_pct", *year(2015), 10.5, "eq"), ("industrial_value_added", "yoy_pct", *year(2015), 6.1, "eq")}),
    # "五年间累计生产微型计算机超过17亿台": the plan's five-year total
    ("2015年电子信息产业统计公报\n\n2016-02-25\n\n回顾“十二五”时期（2011—2015年），我国电子信息产业规模稳步扩大，五年间累计生产微型计算机超过17亿台。",
     {("computer_output", "level", date(2011, 1, 1), date(2015, 12, 31), 1.7e9, "gt")}),
    # "比上年末净增50.7万个，较“十三五”末的71.8万个增长5倍多": the plan's end level, past the net addition
    ("5G基站\n\n2025-11-24\n\n截至10月末，我国5G基站总数达475.8万个，比上年末净增50.7万个，较“十三五”末的71.8万个增长5倍多。",
     {("five_g_base_stations", "level", date(2025, 10, 31), date(2025, 10, 31), 4.758e6, "eq"),
      ("five_g_base_stations", "level", *dec31(2020), 718000, "eq")}),
    # an English note under a Chinese masthead ("CICC Research | 中金研究"): "…; March alone printed 3.9% YoY"
    ("CICC Research | 中金研究\n\nChina 1Q23 data\n\n19 April 2023\n\nValue-added of industrial enterprises above designated size (IP) "
     "rose 3.0% YoY in 1Q23, accelerating from 2.4% in Jan-Feb; March alone printed 3.9% YoY.",
     {("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 2, 28), 2.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 3), 3.9, "eq")}),
]

# (one test reads all of SESSION53's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION53)
def test_session53(text, expected):
    assert obs(text) == expected


# --- extractor 1.55.0 ---
SESSION54 = [
    # ", dragging Jan-Sep growth down to 20.8% from 32.0% in Jan-Aug": the year to date's rate, moved by the month's
    ("China activity data, September 2019\n\n18 October 2019\n\nNEV sales fell 34.2% y-o-y in September, the third straight monthly "
     "decline, dragging Jan-Sep growth down to 20.8% from 32.0% in Jan-Aug.",
     {("nev_sales", "yoy_pct", *month(2019, 9), -34.2, "eq"), ("nev_sales", "yoy_pct", *nine_months(2019), 20.8, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 8, 31), 32.0, "eq")}),
    # "Jan-Sep growth slowed to 20.8%": an abbreviated month range opens the rate of the measure before
    ("China activity data, September 2019\n\n18 October 2019\n\nNEV sales fell 34.2% y-o-y in September. Jan-Sep growth slowed "
     "to 20.8% from 32.0% in Jan-Aug.",
     {("nev_sales", "yoy_pct", *month(2019, 9), -34.2, "eq"), ("nev_sales", "yoy_pct", *nine_months(2019), 20.8, "eq"),
      ("nev_sales", "yoy_pct", date(2019, 1, 1), date(2019, 8, 31), 32.0, "eq")}),
    # an English page under a Chinese masthead is read as English: "hit hard in the first quarter" is
    # the setting, not the period of the year's totals after it
    ("环球时报 Global Times\n\nChina's industrial output up 2.8% in 2020\n\nJan 26, 2021\n\nThe auto sector, hit hard in the first "
     "quarter, also bounced back. Production and sales of automobiles reached 25.225 million and 25.311 million units, down 2 "
     "percent and 1.9 percent respectively.",
     {("auto_production", "level", *year(2020), 25.225e6, "eq"), ("auto_sales", "level", *year(2020), 25.311e6, "eq"),
      ("auto_production", "yoy_pct", *year(2020), -2.0, "eq"), ("auto_sales", "yoy_pct", *year(2020), -1.9, "eq")}),
    # "Viettel said it had installed about 7,000 5G base stations so far": a named company's own count
    ("China's electric car sales jump 40% in first half\n\nJuly 15, 2025\n\nBy the end of June, the country had 4.549 million 5G "
     "base stations, according to the Ministry of Industry and Information Technology. Vietnam, which commercially launched 5G in "
     "October 2024, aims to have 5G coverage nationwide by 2030. Viettel said it had installed about 7,000 5G base stations so far.",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4.549e6, "eq")}),
    # "Value added at industrial firms grew by 6.2% in 2018": the Economist's name for it; "A small uptick in
    # December, to 5.7% from 5.4% in November": the month's rate of the measure before
    ("China's car market shrinks for the first time in a generation\n\nJanuary 24, 2019\n\nValue added at industrial firms grew by "
     "6.2% in 2018, the slowest pace in almost three decades, according to figures released on January 21st. A small uptick in "
     "December, to 5.7% from 5.4% in November, did little to lift the gloom.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2018, 12), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2018, 11), 5.4, "eq")}),
    # "rose by just 4.6% last year, to nearly 148,000 units, after soaring by 68% in 2017": the earlier rate
    # past the rate's own level
    ("China's car market shrinks for the first time in a generation\n\nJanuary 24, 2019\n\nOutput of industrial robots, which the "
     "government sees as the future of Chinese manufacturing, rose by just 4.6% last year, to nearly 148,000 units, after soaring "
     "by 68% in 2017.",
     {("industrial_robot_output", "level", *year(2018), 148000, "lt"), ("industrial_robot_output", "yoy_pct", *year(2018), 4.6, "eq"),
      ("industrial_robot_output", "yoy_pct", *year(2017), 68, "eq")}),
    # "…, while June alone saw an increase of 7.6 percent": the month's rate of the same measure; "Its value-added
    # rose 13.1 percent …, accounting for 12.2 percent of all industrial value-added": the sector's own share
    ("China's industrial economy posts steady growth in H1\n\nJuly 20, 2017\n\nChina's industrial economy maintained steady growth "
     "in the first half of 2017, with value-added of industries above designated size up 6.9 percent year on year.\n\nGrowth in the "
     "second quarter stood at 6.9 percent, compared with 6.8 percent in the first quarter, while June alone saw an increase of 7.6 "
     "percent, the fastest monthly pace since December 2014.\n\nHigh-tech manufacturing grew faster than the overall industrial "
     "sector. Its value-added rose 13.1 percent in the first six months, 6.2 percentage points higher than the average, accounting "
     "for 12.2 percent of all industrial value-added.",
     {("industrial_value_added", "yoy_pct", *h1(2017), 6.9, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2017, 2), 6.9, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2017, 1), 6.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2017, 6), 7.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2017), 13.1, "eq")}),
    # "In December alone, mills produced 77.6 million tonnes": the steel mills of the sentence before
    ("China's steel output hits record\n\nJanuary 21, 2019\n\nChina's crude steel output rose 6.6 per cent to 928.26 million tonnes "
     "in 2018, the National Bureau of Statistics (NBS) said on Monday. In December alone, mills produced 77.6 million tonnes, up 8.3 "
     "per cent on a year earlier.",
     {("crude_steel_output", "level", *year(2018), 928.26e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2018), 6.6, "eq"),
      ("crude_steel_output", "level", *month(2018, 12), 77.6e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2018, 12), 8.3, "eq")}),
    # "That leaves cumulative growth over January-October at 4.1%y/y"
    ("China activity data, October 2023\n\n15 November 2023\n\nIndustrial production growth edged up to 4.6%y/y last month, from "
     "4.5% in September (consensus: 4.4%). That leaves cumulative growth over January-October at 4.1%y/y.",
     {("industrial_value_added", "yoy_pct", *month(2023, 10), 4.6, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 9), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 10, 31), 4.1, "eq")}),
    # "…13.769 million units last year, the China Academy … (CAICT) said, with 5.07 million shipped in December alone"
    ("China's economy in 2019\n\nJanuary 17, 2020\n\nShipments of 5G handsets in China reached 13.769 million units last year, the "
     "China Academy of Information and Communications Technology (CAICT) said, with 5.07 million shipped in December alone.",
     {("five_g_phone_shipments", "level", *year(2019), 13.769e6, "eq"), ("five_g_phone_shipments", "level", *month(2019, 12), 5.07e6, "eq")}),
    # "we identified the third batch of 2,930 "little giant" enterprises, bringing the total to 4,762": a later
    # batch is an addition (the first batch is all there is)
    ("SCIO briefing on industry and IT in 2021\n\nJanuary 20, 2022\n\nWe have cultivated 4,762 specialized and sophisticated "
     "\"little giant\" enterprises. Last year, we identified the third batch of 2,930 \"little giant\" enterprises, bringing the "
     "total to 4,762, as I mentioned.",
     {("little_giant_enterprises", "level", *dec31(2021), 4762, "eq")}),
    # "key platforms connect over 76 million units (sets) of industrial equipment"; "重点平台连接的工业设备数量超过4000万台（套）"
    ("SCIO briefing on industry and IT in 2021\n\nJanuary 20, 2022\n\nThere are more than 150 industrial internet platforms with a "
     "certain level of influence, and key platforms connect over 76 million units (sets) of industrial equipment.",
     {("industrial_internet_platforms", "level", *dec31(2021), 150, "gt"),
      ("industrial_internet_connected_devices", "level", *dec31(2021), 76e6, "gt")}),
    ("工信部新闻发布会\n\n2020-10-23\n\n前三季度，工业互联网平台体系加快构建，具有一定区域和行业影响力的工业互联网平台超过70个，"
     "重点平台连接的工业设备数量超过4000万台（套），工业APP突破25万个。",
     {("industrial_internet_platforms", "level", date(2020, 9, 30), date(2020, 9, 30), 70, "gt"),
      ("industrial_internet_connected_devices", "level", date(2020, 9, 30), date(2020, 9, 30), 40e6, "gt")}),
    # "crossed 1 million for the first time, rising 61.7% to 1.256 million": the figure it rose to, not the threshold
    ("China car sales fall in 2018 for first time in decades\n\nJanuary 14, 2019\n\nSales of new energy vehicles - pure-electric, plug-in "
     "hybrid and fuel cell models - crossed 1 million for the first time, rising 61.7% to 1.256 million.",
     {("nev_sales", "level", *year(2018), 1.256e6, "eq"), ("nev_sales", "yoy_pct", *year(2018), 61.7, "eq")}),
    # "NEVs … did better: 1.366 million were produced and 1.367 million were sold, up 7.5% and 10.9%"; "more than
    # 718 000 5G base stations" (thousands set off by spaces, French style)
    ("China's industry in 2020\n\nJanuary 27, 2021\n\nElectric and plug-in hybrid cars - \"new energy vehicles\" in official "
     "language - did better: 1.366 million were produced and 1.367 million were sold, up 7.5% and 10.9%. By the end of December, "
     "China had built more than 718 000 5G base stations, including more than 580 000 newly opened in 2020 alone.",
     {("nev_production", "level", *year(2020), 1.366e6, "eq"), ("nev_sales", "level", *year(2020), 1.367e6, "eq"),
      ("nev_production", "yoy_pct", *year(2020), 7.5, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.9, "eq"),
      ("five_g_base_stations", "level", *dec31(2020), 718000, "gt")}),
    # "On a mom sa basis, IP rose 0.63% in May": not the year-on-year rate (which it would contradict)
    ("China: May activity - industry loses steam\n\n21 June 2023\n\nValue-added of industrial enterprises above designated size rose "
     "3.5% yoy in May (consensus: 3.6%), down from 5.6% in April. On a mom sa basis, IP rose 0.63% in May.",
     {("industrial_value_added", "yoy_pct", *month(2023, 5), 3.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 4), 5.6, "eq")}),
    # "A and B led the recovery, expanding 7.1 per cent and 6.6 per cent respectively last year"
    ("China's industrial output in 2020\n\nJanuary 19, 2021\n\nHigh-tech manufacturing and equipment manufacturing led the recovery, "
     "expanding 7.1 per cent and 6.6 per cent respectively last year.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2020), 7.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2020), 6.6, "eq")}),
    # "down 2.3 percent and the first annual decline since 1981": a record remark, not a change since 1981
    ("China's economy in 2015\n\nJanuary 27, 2016\n\nChina produced 803.83 million metric tons of crude steel last year, down 2.3 "
     "percent and the first annual decline since 1981.",
     {("crude_steel_output", "level", *year(2015), 803.83e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.3, "eq")}),
    # "output of industrial robots up 31.5% and service robots up 18.2%": the second subject has the first's attribute
    ("China's economy starts 2026 strong\n\nMarch 16, 2026\n\nValue added of high-tech manufacturing jumped 10.1% in the first two "
     "months, with output of industrial robots up 31.5% and service robots up 18.2% from a year ago, NBS data showed.",
     {("high_tech_manufacturing_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 10.1, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 31.5, "eq"),
      ("service_robot_output", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 18.2, "eq")}),
    # "约占固网宽带用户的30.9%" (固网: the fixed network's broadband)
    ("工信部数据\n\n2024-12-20\n\n截至11月底，千兆宽带用户2.07亿户，约占固网宽带用户的30.9%。",
     {("gigabit_broadband_users", "level", date(2024, 11, 30), date(2024, 11, 30), 207e6, "eq"),
      ("gigabit_share_of_broadband_users", "level", date(2024, 11, 30), date(2024, 11, 30), 30.9, "eq")}),
]

# (one test reads all of SESSION54's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION54)
def test_session54(text, expected):
    assert obs(text) == expected


# --- extractor 1.56.0 ---
SESSION55 = [
    # "The weakness deepened towards the year end: in December sales dropped 13 percent …": a colon lead, then
    # the month and the subject carried from the sentence before
    ("China's car market in 2018\n\nJanuary 14, 2019\n\nVehicle sales fell 2.8 percent to 28.08 million in 2018, the first annual "
     "drop in decades. The weakness deepened towards the year end: in December sales dropped 13 percent from a year earlier, to 2.66 million.",
     {("auto_sales", "level", *year(2018), 28.08e6, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.8, "eq"),
      ("auto_sales", "level", *month(2018, 12), 2.66e6, "eq"), ("auto_sales", "yoy_pct", *month(2018, 12), -13, "eq")}),
    # "Industrial robots (IRs) took off on the back of generous local subsidies and rising wages: output climbed to
    # 131,079 units, up from 72,426 in 2016": the subject that opens the lead clause, not the one of the sentence before
    ("China's industry in 2017\n\nJanuary 30, 2018\n\nVehicle output rose 3.2 percent to 29.02 million. Industrial robots (IRs) took "
     "off on the back of generous local subsidies and rising wages: output climbed to 131,079 units, up from 72,426 in 2016.",
     {("auto_production", "level", *year(2017), 29.02e6, "eq"), ("auto_production", "yoy_pct", *year(2017), 3.2, "eq"),
      ("industrial_robot_output", "level", *year(2017), 131079, "eq"),
      ("industrial_robot_output", "level", *year(2016), 72426, "eq")}),
    # key points between the lead and the body, with no full stops: the story's own, not links to others;
    # "versus a median estimate of 3.6% and April's 5.6%": April's rate, not the forecast
    ("China's Recovery Loses Steam in May\n\nJune 15, 2023\n\nChina's economy lost more momentum in May as factories and "
     "consumers turned cautious, adding pressure on Beijing to roll out more support.\n\n- Industrial output rose 3.5% from a year "
     "earlier, versus a median estimate of 3.6% and April's 5.6%\n- Retail sales grew 12.7%, compared with a projected 13.6%\n\n"
     "Key numbers\n\nHigh-tech manufacturing, which Beijing has been nurturing for years, grew 6.3% in May, the statistics bureau "
     "said in Beijing on Thursday.",
     {("industrial_value_added", "yoy_pct", *month(2023, 5), 3.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 4), 5.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2023, 5), 6.3, "eq")}),
    # a broker's "%Y" and "%M" (year on year, month on month), "mnt" (million tonnes); "(+11.7%)" after a
    # sentence on the whole year is that year's growth
    ("China Economics\n\nDecember Activity: Output Firms\n\nJanuary 18, 2020\n\nIndustrial production (IP) growth rose to 6.9%Y in December from 6.2%Y "
     "in November; IP rose 0.62%M. For full-year 2019, IP growth came in at 5.7%. High-tech manufacturing (+8.8%) outpaced the "
     "headline. Crude steel output rose 11.3%Y to 82.1mnt in December.",
     {("industrial_value_added", "yoy_pct", *month(2019, 12), 6.9, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2019), 8.8, "eq"),
      ("crude_steel_output", "level", *month(2019, 12), 82.1e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2019, 12), 11.3, "eq")}),
    # "+9.1% yoy ytd" in a note on a month: the year to that month
    ("China: October activity - industry steadies\n\n15 November 2024\n\nIndustrial production rose 5.3% yoy in October. "
     "Equipment manufacturing VA was the main support, +7.6% yoy ytd, while mining slowed.",
     {("industrial_value_added", "yoy_pct", *month(2024, 10), 5.3, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), 7.6, "eq")}),
    # "the penetration rate of A among industrial enterprises and the B … 73.5 percent and 55.3 percent, respectively"
    ("Industry briefing\n\nJuly 20, 2021\n\nAs of the end of June, the penetration rate of digital R&D and design tools among "
     "industrial enterprises and the digitalization rate of key production processes had reached 73.5 percent and 52.1 percent, respectively.",
     {("digital_rd_tool_penetration", "level", *jun30(2021), 73.5, "eq"), ("key_process_digitalization_rate", "level", *jun30(2021), 52.1, "eq")}),
    # "24.5 million units (24,503,300)": the exact figure in brackets, a count with no unit
    ("China's car market in 2015\n\nJanuary 28, 2016\n\nKey figures:\n- Vehicle production: 24.5 million units (24,503,300), +3.3%\n"
     "- Vehicle sales: 24.6 million units (24,597,600), +4.7%",
     {("auto_production", "level", *year(2015), 24503300, "eq"), ("auto_production", "yoy_pct", *year(2015), 3.3, "eq"),
      ("auto_sales", "level", *year(2015), 24597600, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.7, "eq")}),
    # "Carmakers had their best September in years.": the month of the figures after it, not the year to date
    ("China's factory output picks up\n\nOctober 20, 2016\n\nIndustrial output rose 6.0 percent in the first nine months.\n\n"
     "Carmakers had their best September in years. Production and sales of automobiles reached 2.52 million and 2.57 million "
     "units respectively, up 29.6 percent and 26.1 percent.",
     {("industrial_value_added", "yoy_pct", *nine_months(2016), 6.0, "eq"),
      ("auto_production", "level", *month(2016, 9), 2.52e6, "eq"), ("auto_sales", "level", *month(2016, 9), 2.57e6, "eq"),
      ("auto_production", "yoy_pct", *month(2016, 9), 29.6, "eq"), ("auto_sales", "yoy_pct", *month(2016, 9), 26.1, "eq")}),
    # "从环比看，3月份规模以上工业增加值增长0.58%": on the month before, no year-on-year rate
    ("一季度工业经济运行情况\n\n2023-04-18\n\n一季度，规模以上工业增加值同比增长3.0%。从环比看，3月份规模以上工业增加值增长0.58%。",
     {("industrial_value_added", "yoy_pct", *quarter(2023, 1), 3.0, "eq")}),
    # "a year ago, in August 2022, IP growth was 4.2% before Covid disruptions intensified in Q4": the month, not
    # the quarter of the event after "before"
    ("China: August data\n\n15 September 2023\n\nIP rose 4.5% yoy in August. A year ago, in August 2022, IP growth was 4.2% "
     "before Covid disruptions intensified in Q4.",
     {("industrial_value_added", "yoy_pct", *month(2023, 8), 4.5, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 8), 4.2, "eq")}),
    # a broker's output table: a product row under a title on output is the product's output (a unit of words,
    # "o/w NEVs" of which), with the month's level and rate and the year to date's rate
    ("China: October activity - a steady month\n\n15 November 2024\n\nIndustrial production rose 5.3% yoy in October.\n\n"
     "Figure 2: Output of selected industrial products\nProduct              Unit         Oct-24   % yoy   Jan-Oct % yoy\n"
     "Automobiles          mn units      2.80     4.8      2.1\n  o/w NEVs           mn units      1.46    48.1     33.0\n"
     "Industrial robots    '000 sets     48.2    31.4     12.9\nSource: NBS\n",
     {("industrial_value_added", "yoy_pct", *month(2024, 10), 5.3, "eq"),
      ("auto_production", "level", *month(2024, 10), 2.8e6, "eq"), ("auto_production", "yoy_pct", *month(2024, 10), 4.8, "eq"),
      ("auto_production", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), 2.1, "eq"),
      ("nev_production", "level", *month(2024, 10), 1.46e6, "eq"), ("nev_production", "yoy_pct", *month(2024, 10), 48.1, "eq"),
      ("nev_production", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), 33.0, "eq"),
      ("industrial_robot_output", "level", *month(2024, 10), 48200, "eq"), ("industrial_robot_output", "yoy_pct", *month(2024, 10), 31.4, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2024, 1, 1), date(2024, 10, 31), 12.9, "eq")}),
    # "——粗钢：产量10.1亿吨，同比增长…": a list line's label, then its attribute
    ("2020年工业通信业发展情况\n\n2021-01-27\n\n主要产品产量：\n——粗钢：产量10.53亿吨，同比增长5.2%；\n——工业机器人：产量21.2万套，同比增长19.1%。",
     {("crude_steel_output", "level", *year(2020), 1.053e9, "eq"), ("crude_steel_output", "yoy_pct", *year(2020), 5.2, "eq"),
      ("industrial_robot_output", "level", *year(2020), 212000, "eq"), ("industrial_robot_output", "yoy_pct", *year(2020), 19.1, "eq")}),
    # "| 软件业务收入 | 70585亿元 | 11.2% |": a pipe table whose cells carry their units
    ("1-7月软件业运行情况\n\n2024-08-28\n\n| 指标（1-7月） | 数值 | 同比 |\n| 软件业务收入 | 70585亿元 | 11.2% |\n| 软件业利润总额 | 8430亿元 | 10.5% |\n",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 7, 31), 7.0585e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 7, 31), 11.2, "eq"),
      ("software_industry_profit", "level", date(2024, 1, 1), date(2024, 7, 31), 8.43e11, "eq"),
      ("software_industry_profit", "yoy_pct", date(2024, 1, 1), date(2024, 7, 31), 10.5, "eq")}),
    # "Industrial production (IP) growth rose to 5.3% in October": the abbreviation between the flow and "growth"
    ("China data\n\nNovember 15, 2024\n\nIndustrial production (IP) growth rose to 5.3% in October from 5.4% in September.",
     {("industrial_value_added", "yoy_pct", *month(2024, 10), 5.3, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq")}),
    # "Official figures presented in Beijing on Tuesday … showed automobile production and sales …": where the
    # figures were given, not a region's
    ("China's car market in 2024\n\nJanuary 21, 2025\n\nOfficial figures presented in Beijing on Tuesday at a State Council "
     "Information Office briefing showed automobile production and sales in 2024 reached 31.282 million and 31.436 million units, "
     "up 3.7% and 4.5% year on year respectively.",
     {("auto_production", "level", *year(2024), 31.282e6, "eq"), ("auto_sales", "level", *year(2024), 31.436e6, "eq"),
      ("auto_production", "yoy_pct", *year(2024), 3.7, "eq"), ("auto_sales", "yoy_pct", *year(2024), 4.5, "eq")}),
    # "• High-tech manufacturing value added: +9.1%" in a review of a year: growth on the year before
    ("China's industry in 2023\n\nJanuary 19, 2024\n\nKey numbers from China's 2023 industry data:\n"
     "• Value added of industrial enterprises above designated size: +4.6%\n• High-tech manufacturing value added: +2.7%\n",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2023), 2.7, "eq")}),
    # "A and B expanded faster, by 9.7% and 9.6%.": two sectors' rates in order, with no "respectively"
    ("China's industry in the first three quarters\n\nOctober 24, 2025\n\nIndustrial value added grew 6.2% in the first three quarters. "
     "Equipment manufacturing and high-tech manufacturing expanded faster, by 9.7% and 9.6%.",
     {("industrial_value_added", "yoy_pct", *nine_months(2025), 6.2, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *nine_months(2025), 9.7, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *nine_months(2025), 9.6, "eq")}),
    # "受…影响，9月份增速回落至3.1%。高技术制造业增加值同比增长20.1%": the month was an aside; the next figures are
    # the first three quarters' (the month's bare "增速" is the sentence before's rate, for September: 1.57.0)
    ("前三季度工业经济运行情况\n\n2021-10-25\n\n前三季度，全国规模以上工业增加值同比增长11.8%。受电力供应偏紧、原材料价格高企等因素影响，"
     "9月份增速回落至3.1%。高技术制造业增加值同比增长20.1%，装备制造业增加值增长16.2%。",
     {("industrial_value_added", "yoy_pct", *nine_months(2021), 11.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 9), 3.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *nine_months(2021), 20.1, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *nine_months(2021), 16.2, "eq")}),
]

# (one test reads all of SESSION55's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION55)
def test_session55(text, expected):
    assert obs(text) == expected


# --- extractor 1.57.0 ---

SESSION56 = [
    # "A增加值和B增加值分别同比增长7.8%和8.7%": "分别" before "同比" reads like "同比分别"
    ("前三季度工业经济运行情况\n\n2023-10-20\n\n前三季度，装备制造业增加值和高技术制造业增加值分别同比增长6.0%和2.4%。",
     {("equipment_manufacturing_value_added", "yoy_pct", *nine_months(2023), 6.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *nine_months(2023), 2.4, "eq")}),
    # "生产手机18.0亿部，微型计算机设备3.1亿台，同比分别下降4.1%和1.2%": the rates pair with every listed
    # product, the catalogue's or not
    ("电子信息制造业运行情况\n\n2020-02-03\n\n2019年，全年生产手机17.0亿部，微型计算机设备3.4亿台，同比分别下降6.0%和2.5%。",
     {("computer_output", "level", *year(2019), 3.4e8, "eq"), ("computer_output", "yoy_pct", *year(2019), -2.5, "eq")}),
    ("电子信息制造业运行情况\n\n2020-02-03\n\n2019年，全年生产微型计算机设备3.4亿台，手机17.0亿部，同比分别下降2.5%和6.0%。",
     {("computer_output", "level", *year(2019), 3.4e8, "eq"), ("computer_output", "yoy_pct", *year(2019), -2.5, "eq")}),
    # "受…影响，9月份增速回落至3.1%": the sentence before's rate, for the month
    ("工业经济运行情况\n\n2019-10-21\n\n前三季度，全国规模以上工业增加值同比增长5.6%。受外需偏弱等因素影响，9月份增速回落至5.8%。",
     {("industrial_value_added", "yoy_pct", *nine_months(2019), 5.6, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq")}),
    ("工业经济运行情况\n\n2019-10-21\n\n前三季度，全国规模以上工业增加值同比增长5.6%。9月份增速加快至5.8%。",
     {("industrial_value_added", "yoy_pct", *nine_months(2019), 5.6, "eq"), ("industrial_value_added", "yoy_pct", *month(2019, 9), 5.8, "eq")}),
    # "IP rose 0.52% m-o-m": another basis, not a second year-on-year rate (which would clash with the first)
    ("China October activity\n\nNovember 15, 2024\n\nIP grew 5.3% y-o-y in October. On a seasonally adjusted basis IP rose 0.41% m-o-m.",
     {("industrial_value_added", "yoy_pct", *month(2024, 10), 5.3, "eq")}),
    ("China October activity\n\nNovember 15, 2024\n\nIP grew 5.3% y-o-y in October, and rose 0.41% m-o-m. GDP rose 4.6% (0.9% q-o-q).",
     {("industrial_value_added", "yoy_pct", *month(2024, 10), 5.3, "eq")}),
    # "Industrial output, measured as value added at factories above a minimum revenue size, grew 6.1%": an aside
    # that names other measures
    ("China factory output steadies\n\nAugust 15, 2024\n\nIndustrial output, measured as value added at factories above a minimum "
     "revenue size, grew 5.1% from a year earlier in July.",
     {("industrial_value_added", "yoy_pct", *month(2024, 7), 5.1, "eq")}),
    # "That's a slowdown from March's 7.7% pace": the rate before's, for the month named by the possessive
    ("China factory output steadies\n\nAugust 15, 2024\n\nIndustrial output grew 5.1% from a year earlier in July. That's a slowdown "
     "from June's 5.3% pace.",
     {("industrial_value_added", "yoy_pct", *month(2024, 7), 5.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2024, 6), 5.3, "eq")}),
    # "Electronics manufacturing (computers, communication and other electronic equipment) contracted 5.8%": a
    # gloss in brackets between the sector and its verb
    ("China's industry in the first half\n\nJuly 16, 2020\n\nIndustrial value added fell 1.3% in the first half.\n\n- Electronics "
     "manufacturing (computers, communication and other electronic equipment) grew 4.7% in the first half.",
     {("industrial_value_added", "yoy_pct", *h1(2020), -1.3, "eq"), ("electronics_manufacturing_value_added", "yoy_pct", *h1(2020), 4.7, "eq")}),
    # "First-quarter production and sales reached …": a period adjective before the bare attributes keeps the
    # subject of the sentence before
    ("China's NEVs in the first quarter\n\nApril 13, 2019\n\nNew energy vehicles kept growing fast. First-quarter production and sales "
     "reached 304,000 and 299,000 units, up 102.4 percent and 109.7 percent year on year.",
     {("nev_production", "level", *quarter(2019, 1), 304000, "eq"), ("nev_sales", "level", *quarter(2019, 1), 299000, "eq"),
      ("nev_production", "yoy_pct", *quarter(2019, 1), 102.4, "eq"), ("nev_sales", "yoy_pct", *quarter(2019, 1), 109.7, "eq")}),
    # "… said China would push X, and that the industry earned revenue of 4.3 trillion yuan last year": the plan is
    # another thing said; a forecast in the second clause still is one
    ("China's industry in 2016\n\nJanuary 20, 2017\n\nMr Xin said China would push its manufacturing plan, and that the software and IT "
     "services industry earned revenue of 4.9 trillion yuan last year, up 14.9%.",
     {("software_it_services_revenue", "level", *year(2016), 4.9e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2016), 14.9, "eq")}),
    ("China's industry in 2016\n\nJanuary 20, 2017\n\nMr Xin said the software and IT services industry earned revenue of 4.9 trillion yuan "
     "last year, and that the software and IT services industry would earn revenue of 5.5 trillion yuan this year.",
     {("software_it_services_revenue", "level", *year(2016), 4.9e12, "eq")}),
    # "earned first-quarter revenue of 1.3 trillion yuan": the period as an adjective of the revenue
    ("China's industry in the first half\n\nJuly 20, 2019\n\nThe software and IT services industry earned first-half revenue of 3.4 trillion "
     "yuan, up 15.4 percent.",
     {("software_it_services_revenue", "level", *h1(2019), 3.4e12, "eq"), ("software_it_services_revenue", "yoy_pct", *h1(2019), 15.4, "eq")}),
    # "——新能源汽车：产量51.7万辆，增长51.7%；销量50.7万辆，增长53%": the other flow after a semicolon, with a bare "增长"
    ("2017年工业通信业发展情况\n\n2018-01-29\n\n从重点产品看：\n——新能源汽车：产量79.4万辆，增长53.8%；销量77.7万辆，增长53.3%；\n",
     {("nev_production", "level", *year(2017), 794000, "eq"), ("nev_production", "yoy_pct", *year(2017), 53.8, "eq"),
      ("nev_sales", "level", *year(2017), 777000, "eq"), ("nev_sales", "yoy_pct", *year(2017), 53.3, "eq")}),
    # "．新能源车产量831.6万辆、销量832万辆，分别年增31.7%、32.5%" under "【前三季重点数据一览】": a data block's
    # bullets, not links to other stories (a Taiwan page's full-width dot for a bullet)
    ("陸前3季工業生產年增5.8%\n\n2024-10-20\n\n【前三季重點數據一覽】\n．新能源車產量760.6萬輛、銷量770萬輛，分別年增30.7%、31.5%\n"
     "．新能源車出口約90萬輛，年增近一成\n",
     {("nev_production", "level", *nine_months(2024), 7606000, "eq"), ("nev_sales", "level", *nine_months(2024), 7700000, "eq"),
      ("nev_production", "yoy_pct", *nine_months(2024), 30.7, "eq"), ("nev_sales", "yoy_pct", *nine_months(2024), 31.5, "eq")}),
    # "… hit 4.429 million and 4.3 million units respectively over the four months": the year to date, not a base
    ("China's output slows in April as tariffs bite\n\nMay 19, 2025\n\nIndustrial output rose 6.1% in April. Production and sales of "
     "new energy vehicles hit 4.2 million and 4.1 million units respectively over the four months, up 45.3% and 44.2%.",
     {("industrial_value_added", "yoy_pct", *month(2025, 4), 6.1, "eq"),
      ("nev_production", "level", date(2025, 1, 1), date(2025, 4, 30), 4.2e6, "eq"), ("nev_sales", "level", date(2025, 1, 1), date(2025, 4, 30), 4.1e6, "eq"),
      ("nev_production", "yoy_pct", date(2025, 1, 1), date(2025, 4, 30), 45.3, "eq"), ("nev_sales", "yoy_pct", date(2025, 1, 1), date(2025, 4, 30), 44.2, "eq")}),
    # a month's news (not a quarter's last month): its undated figures are the month's
    ("China's Factory Output Slumped in April\n\nMay 15, 2019\n\nIndustrial production grew 5.4% in April. For the first four "
     "months, output rose 6.2%.\n\nCrude steel output climbed 12.7% to 85.03 million tonnes.",
     {("industrial_value_added", "yoy_pct", *month(2019, 4), 5.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 4, 30), 6.2, "eq"),
      ("crude_steel_output", "level", *month(2019, 4), 85.03e6, "eq"), ("crude_steel_output", "yoy_pct", *month(2019, 4), 12.7, "eq")}),
    # "軟件業首季實現業務收入2.16萬億元": the software industry's revenue with the period inside the term
    ("2021年一季度工业运行\n\n2021-04-20\n\n軟件業首季實現業務收入1.9萬億元(人民幣，下同)，按年增長26.5%。",
     {("software_it_services_revenue", "level", *quarter(2021, 1), 1.9e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *quarter(2021, 1), 26.5, "eq")}),
    ("2021年一季度工业运行\n\n2021-04-20\n\n一季度，软件业实现业务收入1.9万亿元，同比增长26.5%。",
     {("software_it_services_revenue", "level", *quarter(2021, 1), 1.9e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *quarter(2021, 1), 26.5, "eq")}),
    # "新能源汽车则“一枝独秀”，产销分别达…": a quoted idiom in the comment on the topic
    ("2021年一季度工业运行\n\n2021-04-20\n\n一季度，新能源汽车则“一枝独秀”，产销分别达53.3万辆和51.5万辆，同比分别增长3.2倍和2.8倍。",
     {("nev_production", "level", *quarter(2021, 1), 533000, "eq"), ("nev_sales", "level", *quarter(2021, 1), 515000, "eq"),
      ("nev_production", "yoy_pct", *quarter(2021, 1), 320, "eq"), ("nev_sales", "yoy_pct", *quarter(2021, 1), 280, "eq")}),
    # "The association says production and sales reached 24.5 million and 24.6 million vehicles": the source's
    # lead, and the subject named by the noun after the last figure of the list
    ("China's car market in 2016\n\nJanuary 12, 2017\n\nThe China Association of Automobile Manufacturers says production and sales "
     "reached 28.1 million and 28.0 million vehicles, up 14.5 percent and 13.7 percent respectively — a record.",
     {("auto_production", "level", *year(2016), 28.1e6, "eq"), ("auto_sales", "level", *year(2016), 28.0e6, "eq"),
      ("auto_production", "yoy_pct", *year(2016), 14.5, "eq"), ("auto_sales", "yoy_pct", *year(2016), 13.7, "eq")}),
    # "A和B增加值同比分别增长13.5%和10.1%，1-11月则分别增长13.4%和11.4%": the same list's rates for the period
    # after (not the last one's later rate)
    ("11月工业数据点评\n\n2018-12-14\n\n结构上新动能依旧亮眼：11月高技术制造业和装备制造业增加值同比分别增长9.6%和7.4%，1-11月则分别增长11.9%和8.3%，"
     "均明显快于整体工业。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *month(2018, 11), 9.6, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *month(2018, 11), 7.4, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), 11.9, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), 8.3, "eq")}),
    # "… missing the 6 percent that analysts polled by Reuters had forecast": the forecast is the clause's, after
    # the figures
    ("China's economy in 2016\n\nJanuary 20, 2017\n\nIndustrial output rose 6.0 percent for the year. In December it grew just 6.0 "
     "percent, slowing from 6.2 percent in November and missing the 6.1 percent that analysts polled by Reuters had forecast.",
     {("industrial_value_added", "yoy_pct", *year(2016), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2016, 12), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 11), 6.2, "eq")}),
    # "picked up to 9.8% YoY (Mar: 6.4%), while high-tech manufacturing edged up to 4.7% (Mar: 3.7%)": the bracket's
    # month is the month before's; the figure before it is the month after
    ("China: May activity\n\n15 June 2023\n\n- Equipment manufacturing value added picked up to 6.8% YoY (Apr: 5.9%), while high-tech "
     "manufacturing edged up to 3.1% (Apr: 2.2%).",
     {("equipment_manufacturing_value_added", "yoy_pct", *month(2023, 5), 6.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *month(2023, 4), 5.9, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2023, 5), 3.1, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2023, 4), 2.2, "eq")}),
    ("China: November activity\n\n16 December 2019\n\nIn the first eleven months, value added of industrial enterprises above designated "
     "size rose 5.6% YoY. Manufacturing output rose 6.3%, while high-tech manufacturing expanded 8.8% YoY (Oct: 8.1%).",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 11, 30), 5.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2019, 11), 8.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2019, 10), 8.1, "eq")}),
    # "improved to 2.1% from 0.9% a month earlier": "a month" of "a month earlier" is no per-month average
    ("China: August activity\n\n15 September 2023\n\nIndustrial output rose 4.5% in August. High-tech manufacturing improved to 1.8% "
     "from 0.9% a month earlier.",
     {("industrial_value_added", "yoy_pct", *month(2023, 8), 4.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2023, 8), 1.8, "eq")}),
    # "项目超1.1万个；截至2023年底，已累计培育国家级绿色工厂5095家": the date after the semicolon is the later
    # clause's own figure's, not the stock before it (which takes the briefing's period end)
    ("一季度工业运行\n\n2024-04-18\n\n◆ 全国“5G+工业互联网”项目超1.2万个；截至2023年底，已累计培育国家级绿色工厂5000家。",
     {("five_g_industrial_internet_projects", "level", date(2024, 3, 31), date(2024, 3, 31), 12000, "gt"),
      ("national_green_factories", "level", *dec31(2023), 5000, "eq")}),
    # "Viet Nam's own index of industrial production (IIP) rose 3.36 per cent last year": another country's (the
    # Vietnamese spelling of its name)
    ("China's industrial output rebounds in 2020\n\n2021-01-27\n\nChina's industrial value added grew 2.8% in 2020. Viet Nam's own index "
     "of industrial production (IIP) rose 3.36 per cent last year, the General Statistics Office said.",
     {("industrial_value_added", "yoy_pct", *year(2020), 2.8, "eq")}),
    # "軟件業務收入1萬5672億元": ten thousands of 亿 written out, 15,672 亿 (not 5,672 亿)
    ("中國首季工業增加值年減8.4%\n\n2020-04-20\n\n第一季度軟件業務收入1萬5672億元，同比下降6.2%。",
     {("software_it_services_revenue", "level", *quarter(2020, 1), 1.5672e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *quarter(2020, 1), -6.2, "eq")}),
]

# (one test reads all of SESSION56's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION56)
def test_session56(text, expected):
    assert obs(text) == expected


# --- extractor 1.58.0 ---
SESSION57 = [
    # "production of 13.2 million vehicles (+9.6 per cent)": a signed rate alone in brackets after a level is its
    # change on a year before
    ("Car output climbs in first half\n\nJuly 12, 2024\n\nThe wider market held up. The association reports production of "
     "13.891 million vehicles (+4.9 per cent) and sales of 14.047 million (-6.1%) for January to June.",
     {("auto_production", "level", *h1(2024), 13.891e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2024), 4.9, "eq"),
      ("auto_sales", "level", *h1(2024), 14.047e6, "eq"),
      ("auto_sales", "yoy_pct", *h1(2024), -6.1, "eq")}),
    # (a bracket on another basis is not year on year)
    ("Car output climbs in first half\n\nJuly 12, 2024\n\nThe association reports production of 13.891 million vehicles "
     "(+2.2% m/m) for January to June.",
     {("auto_production", "level", *h1(2024), 13.891e6, "eq")}),
    # "（2021年12月份同比增长4.3%）": the month's own rate, in brackets after the rate compared with it
    ("1-2月工业生产加快\n\n2022年3月15日\n\n1-2月份，全国规模以上工业增加值同比增长7.5%，比2021年12月份加快3.2个百分点"
     "（2021年12月份同比增长4.3%）。",
     {("industrial_value_added", "yoy_pct", date(2022, 1, 1), date(2022, 2, 28), 7.5, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 12), 4.3, "eq")}),
    # "；单看6月，增速由5月的5.6%回升至6.2%": the month's rate after the semicolon, and the month before's
    ("上半年工业增加值增长6.0%\n\n2024年7月16日\n\n上半年规模以上工业增加值同比增长6.0%；单看6月，增速由5月的5.6%回升至6.2%。",
     {("industrial_value_added", "yoy_pct", *h1(2024), 6.0, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 6), 6.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 5), 5.6, "eq")}),
    # "The average two-year growth came in at 5.5 percent. ¶ In June alone, growth slowed to …": a two-year average
    # between the headline rate and the month's keeps the headline's measure
    ("China's industrial output up 12.6% in first half\n\nJuly 16, 2021\n\nIndustrial value added rose 15.9 percent in the first "
     "half of the year. The average two-year growth came in at 7.0 percent.\n\nIn June alone, growth slowed to 8.3 percent from "
     "8.8 percent in May.",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.9, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 5), 8.8, "eq")}),
    # "Sales growth was down from 13.9% in 2013": the flow named, for the year named
    ("China auto sales slow in 2014\n\nJanuary 12, 2015\n\nVehicle production rose 7.3% in 2014, while sales grew 6.9% to "
     "23.49 million units. Sales growth was down from 13.9% in 2013, the association noted.",
     {("auto_production", "yoy_pct", *year(2014), 7.3, "eq"),
      ("auto_sales", "yoy_pct", *year(2014), 6.9, "eq"),
      ("auto_sales", "level", *year(2014), 23.49e6, "eq"),
      ("auto_sales", "yoy_pct", *year(2013), 13.9, "eq")}),
    # a statistics bureau's appendix ("…工业生产主要数据", no "产量" in it): a product in a unit of things made is
    # its output; each period's level and growth columns
    ("8月份规模以上工业增加值增长5.2%\n\n2025年9月15日\n\n附表：2025年8月份规模以上工业生产主要数据\n\n"
     "指标　｜　单位　｜　8月 绝对量　｜　8月 同比增长(%)　｜　1—8月 绝对量　｜　1—8月 同比增长(%)\n"
     "粗钢　｜　万吨　｜　7737　｜　-0.7　｜　67181　｜　-2.8\n"
     "工业机器人　｜　套　｜　67560　｜　14.4　｜　511852　｜　33.8\n",
     {("crude_steel_output", "level", *month(2025, 8), 77.37e6, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2025, 8), -0.7, "eq"),
      ("crude_steel_output", "level", date(2025, 1, 1), date(2025, 8, 31), 671.81e6, "eq"),
      ("crude_steel_output", "yoy_pct", date(2025, 1, 1), date(2025, 8, 31), -2.8, "eq"),
      ("industrial_robot_output", "level", *month(2025, 8), 67560, "eq"),
      ("industrial_robot_output", "yoy_pct", *month(2025, 8), 14.4, "eq"),
      ("industrial_robot_output", "level", date(2025, 1, 1), date(2025, 8, 31), 511852, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2025, 1, 1), date(2025, 8, 31), 33.8, "eq")}),
    # (in a sales table a count of vehicles is no output)
    ("8月汽车销量\n\n2025年9月11日\n\n附表：2025年8月汽车销售主要数据\n\n指标　｜　单位　｜　8月 绝对量　｜　8月 同比增长(%)\n"
     "汽车　｜　万辆　｜　285.7　｜　16.4\n",
     set()),
    # a line of key figures under a label: "• Automobiles: production A (+x%), sales B (+y%)"; "• Industrial robots:
    # N units produced, up x%"
    ("China's industry in the first half\n\nJuly 19, 2023\n\nKey numbers from the briefing (H1 2023):\n"
     "• Automobiles: production 13.248 million (+9.3%), sales 13.239 million (+9.8%)\n"
     "• Industrial robots: 222,000 units produced, up 5.4%\n",
     {("auto_production", "level", *h1(2023), 13.248e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2023), 9.3, "eq"),
      ("auto_sales", "level", *h1(2023), 13.239e6, "eq"),
      ("auto_sales", "yoy_pct", *h1(2023), 9.8, "eq"),
      ("industrial_robot_output", "level", *h1(2023), 222000, "eq"),
      ("industrial_robot_output", "yoy_pct", *h1(2023), 5.4, "eq")}),
    # "topped 1 billion (1.014 billion, to be precise)": the rounded figure said exactly in brackets
    ("China's telecom industry in 2024\n\nJanuary 21, 2025\n\nBy the end of 2024, 5G mobile phone users topped 1 billion "
     "(1.014 billion, to be precise).",
     {("five_g_mobile_users", "level", *dec31(2024), 1.014e9, "eq")}),
    # "December data showed …" names the month of the paragraph's figures; a photo caption's month dates nothing
    ("China's economy grows 3% in 2022\n\nJan 17, 2023\n\nGross domestic product expanded 3% in 2022.\n\n[Photo caption: "
     "A car plant in Hefei, in November. | BLOOMBERG]\n\nDecember data showed the hit from the end of COVID Zero. Industrial "
     "output rose 1.3% from a year earlier, slowing from 2.2% in November.",
     {("industrial_value_added", "yoy_pct", *month(2022, 12), 1.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 11), 2.2, "eq")}),
    # (but "(June data are due later this month)" after a rate is no period of it)
    ("China: MIIT 1H24 briefing\n\n22 July 2024\n\nRevenue of the software and information technology services industry "
     "reached RMB5.058tn in the first five months, up 11.5% y/y (June data are due later this month).",
     {("software_it_services_revenue", "level", date(2024, 1, 1), date(2024, 5, 31), 5.058e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", date(2024, 1, 1), date(2024, 5, 31), 11.5, "eq")}),
    # "output and deliveries": production and sales
    ("China car output rises in first half\n\nJuly 11, 2024\n\nOverall vehicle output and deliveries came to 13.891 million and "
     "14.047 million, rising 4.9 percent and 6.1 percent, respectively.",
     {("auto_production", "level", *h1(2024), 13.891e6, "eq"),
      ("auto_sales", "level", *h1(2024), 14.047e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2024), 4.9, "eq"),
      ("auto_sales", "yoy_pct", *h1(2024), 6.1, "eq")}),
    # "Vehicle inventories and sales came to A and B": the second of a pair is the second figure
    ("China car sales in first half\n\nJuly 11, 2024\n\nVehicle inventories and sales came to 3.2 million and 14.047 million in "
     "the first half, up 1.5% and 6.1% respectively.",
     {("auto_sales", "level", *h1(2024), 14.047e6, "eq"),
      ("auto_sales", "yoy_pct", *h1(2024), 6.1, "eq")}),
    # "The subsidy cut in June took its toll on NEVs: production of A and sales of B were down …": the event's
    # time, not the figures' (they are the year's)
    ("China autos in 2019\n\nJanuary 20, 2020\n\nVehicle production came to 25.721 million units in 2019. The subsidy cut in "
     "June took its toll on new energy vehicles: production of 1.242 million and sales of 1.206 million were down 2.3% and "
     "4.0% respectively.",
     {("auto_production", "level", *year(2019), 25.721e6, "eq"),
      ("nev_production", "level", *year(2019), 1.242e6, "eq"),
      ("nev_sales", "level", *year(2019), 1.206e6, "eq"),
      ("nev_production", "yoy_pct", *year(2019), -2.3, "eq"),
      ("nev_sales", "yoy_pct", *year(2019), -4.0, "eq")}),
    # "… to 393,000 after Beijing cut purchase subsidies last year": a cause's time, not the figure's
    ("China auto sales fall in first half\n\nJuly 10, 2020\n\nSales of new energy vehicles tumbled 37.4% to 393,000 in the "
     "first half after Beijing cut purchase subsidies last year.",
     {("nev_sales", "level", *h1(2020), 393000, "eq"),
      ("nev_sales", "yoy_pct", *h1(2020), -37.4, "eq")}),
    # "India had installed …, while the country's Index of Industrial Production grew 2.4 per cent": India's
    ("China's factories in 2023\n\nJanuary 18, 2024\n\nChina's industrial output rose 4.6% in 2023. India had installed over "
     "410,000 5G base stations by December 2023, while the country's Index of Industrial Production grew 2.4 per cent in November.",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq")}),
    # "Production over the same period amounted to …": the period named last in the sentence before
    ("China: NEV sales more than double in November\n\nDecember 12, 2017\n\nCAAM counted 2.96 million vehicle sales in November, "
     "up 1.9%, and 25.91 million for the first eleven months (+3.6%). Production over the same period amounted to 25.87 "
     "million units, an increase of 3.8%.",
     {("auto_sales", "level", *month(2017, 11), 2.96e6, "eq"),
      ("auto_sales", "yoy_pct", *month(2017, 11), 1.9, "eq"),
      ("auto_production", "level", date(2017, 1, 1), date(2017, 11, 30), 25.87e6, "eq"),
      ("auto_production", "yoy_pct", date(2017, 1, 1), date(2017, 11, 30), 3.8, "eq")}),
    # "Guangdong province, home to …, led the country with software revenue of …": a province's ("led the country"
    # ranks it, it is no national mark)
    ("Software revenue tops 2t yuan\n\nMay 16, 2019\n\nThe software and IT services industry raked in revenue of 2.1091 "
     "trillion yuan in the first four months.\n\nGuangdong province, home to Huawei and Tencent, led the country with software "
     "revenue of 385.2 billion yuan, followed by Beijing.",
     {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 4, 30), 2.1091e12, "eq")}),
    # a monthly note: the lead's first period is a month that ends no quarter, so the page is the month's, though
    # the first eight months come later in the lead
    ("Snap | 16 September 2019\n\nChina: Factory output slumps to a 17-year low\n\nIndustrial production growth dropped to 4.4% "
     "YoY in August. Car sales fell 9.9% in the first eight months.\n\nSteel is the exception. Crude steel production rose 9.3% "
     "YoY to 87.28 million tonnes.",
     {("industrial_value_added", "yoy_pct", *month(2019, 8), 4.4, "eq"),
      ("auto_sales", "yoy_pct", date(2019, 1, 1), date(2019, 8, 31), -9.9, "eq"),
      ("crude_steel_output", "level", *month(2019, 8), 87.28e6, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2019, 8), 9.3, "eq")}),
    # "lagged at +2.7% on weak electronics demand in 1H": a cause's time, not the rate's (the year's, from before)
    ("China 2023 review\n\n18 January 2024\n\nValue-added of industrial enterprises above designated size rose 4.6% y/y in 2023. "
     "Equipment manufacturing VA grew 6.8%, while high-tech manufacturing lagged at +2.7% on weak electronics demand in 1H.",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.6, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2023), 6.8, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *year(2023), 2.7, "eq")}),
    # "an increase of 333.7% over 2014's total of 78,499": the rate is the year's, the year after "over" is its base
    ("China's NEV boom\n\nJanuary 20, 2016\n\nProduction was similarly explosive: 340,471 NEVs rolled off Chinese assembly lines "
     "last year, an increase of 333.7% over 2014's total of 78,499.",
     {("nev_production", "level", *year(2015), 340471, "eq"),
      ("nev_production", "yoy_pct", *year(2015), 333.7, "eq"),
      ("nev_production", "level", *year(2014), 78499, "eq")}),
    # a Taiwan page: "兆元" is a million million (万亿), "年增率高達a與b" the pair's rates, and "軟體與資訊技術服務業則完成"
    # the ministry's term
    ("中國去年工業成長\n\n2023年1月18日\n\n軟體與資訊技術服務業則完成業務收入10.81兆元人民幣，年增11.2%。其中新能源車產銷分別達"
     "705.8萬輛與688.7萬輛，年增率高達96.9%與93.4%。",
     {("software_it_services_revenue", "level", *year(2022), 10.81e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2022), 11.2, "eq"),
      ("nev_production", "level", *year(2022), 7.058e6, "eq"),
      ("nev_sales", "level", *year(2022), 6.887e6, "eq"),
      ("nev_production", "yoy_pct", *year(2022), 96.9, "eq"),
      ("nev_sales", "yoy_pct", *year(2022), 93.4, "eq")}),
    # (the mainland's 兆 is a million: "兆瓦" stays megawatts, no trillion)
    ("中国去年工业\n\n2023年1月18日\n\n软件和信息技术服务业完成业务收入108126亿元，同比增长11.2%，数据中心用电3000兆瓦。",
     {("software_it_services_revenue", "level", *year(2022), 10.8126e12, "eq"),
      ("software_it_services_revenue", "yoy_pct", *year(2022), 11.2, "eq")}),
    # "It had expanded 4.8% in July": the rate before's measure, for the month named
    ("China August data\n\nSeptember 16, 2019\n\nIndustrial output rose 4.4% in August. It had expanded 4.8% in July. In the first "
     "seven months it had grown 5.8 per cent.",
     {("industrial_value_added", "yoy_pct", *month(2019, 8), 4.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2019, 7), 4.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 7, 31), 5.8, "eq")}),
    # a label, a bracketed period or abbreviation, a colon, the figure: "- Telecom business revenue (2019): RMB1.31trn
    # (+0.8% yoy)", "- Average mobile data usage (DOU) in December: 7.82 GB per user, up 13.4% year-on-year"
    ("China 2019 review\n\n20 January 2020\n\nKey numbers:\n- Telecom business revenue (2019): RMB1.31trn (+0.8% yoy), dragged by "
     "the fee cuts.\n- Average mobile data usage (DOU) in December: 7.82 GB per user, up 13.4% year-on-year\n",
     {("telecom_business_revenue", "level", *year(2019), 1.31e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2019), 0.8, "eq"),
      ("mobile_dou", "level", *month(2019, 12), 7.82, "eq"),
      ("mobile_dou", "yoy_pct", *month(2019, 12), 13.4, "eq")}),
    # (a bracket that marks an addition is no label: "5G base stations (new) in 2019: 130,000")
    ("China 2019 review\n\n20 January 2020\n\nKey numbers:\n- 5G base stations (new) in 2019: 130,000\n",
     set()),
    # "Auto sales were 3.156mn in December, -4.1% y/y": a signed rate after the level's comma
    ("China autos December\n\n12 January 2024\n\nAuto sales were 3.156mn in December, -4.1% y/y.",
     {("auto_sales", "level", *month(2023, 12), 3.156e6, "eq"),
      ("auto_sales", "yoy_pct", *month(2023, 12), -4.1, "eq")}),
]

# (one test reads all of SESSION57's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION57)
def test_session57(text, expected):
    assert obs(text) == expected


# --- extractor 1.59.0 ---

SESSION58 = [
    # "+46.4% y/y (+16.0% m/m)": the bracket after the year-on-year rate is another rate, and does not void it
    ("China NEV monthly\n\n10 January 2025\n\nNEV sales were 1.4mn in December, +36.2% y/y (+9.1% m/m).",
     {("nev_sales", "level", *month(2024, 12), 1.4e6, "eq"),
      ("nev_sales", "yoy_pct", *month(2024, 12), 36.2, "eq")}),
    # (a bare bracketed m/m rate still gives no year-on-year rate)
    ("China NEV monthly\n\n10 January 2025\n\nNEV sales were 1.4mn in December (+9.1% m/m).",
     {("nev_sales", "level", *month(2024, 12), 1.4e6, "eq")}),
    # a note's verbless figure with an approximate mark: "Industrial robot output c.430k sets, -2.2% y/y"
    ("China 2022 review\n\n20 January 2023\n\nIn 2022:\n- Automation soft. Industrial robot output c.443k sets, -4.8% y/y, "
     "a weak year for capex.\n",
     {("industrial_robot_output", "level", *year(2022), 443000, "approx"),
      ("industrial_robot_output", "yoy_pct", *year(2022), -4.8, "eq")}),
    # "5G mobile phone users of 805mn": "of" before the figure (not "the 5G users of China Mobile")
    ("China 2023 review\n\n20 January 2024\n\nThe country ended the year with 5G mobile phone users of 805mn.",
     {("five_g_mobile_users", "level", *dec31(2023), 805e6, "eq")}),
    ("China 2023 review\n\n20 January 2024\n\nThe 5G users of China Mobile reached 795mn at the end of 2023.",
     set()),
    # a labelled list of products made, under a lead that names no sales: "- Microcomputer equipment: 68.63 million units"
    ("China electronics\n\nMarch 20, 2021\n\nIn the first two months, product figures rebounded:\n\n"
     "- Microcomputer equipment: 59.2 million units, up 64.8%\n- Mobile phones: 231 million units, up 84.1%\n",
     {("computer_output", "level", date(2021, 1, 1), date(2021, 2, 28), 59.2e6, "eq"),
      ("computer_output", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 64.8, "eq")}),
    # (not under a lead about shipments)
    ("China electronics\n\nMarch 20, 2021\n\nIn the first two months, shipments rebounded:\n\n"
     "- Microcomputer equipment: 59.2 million units, up 64.8%\n- Mobile phones: 231 million units, up 84.1%\n",
     set()),
    # "；3月单月同比下降1.1%": a month's fall after the semicolon keeps its sign
    ("中国工业运行\n2020年4月21日\n\n一季度，规模以上工业增加值同比下降8.4%；3月份同比下降1.1%。",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2020, 3), -1.1, "eq")}),
    # "降幅较1、2月份的13.5%收窄": January and February written with a pause mark
    ("中国工业运行\n2020年4月21日\n\n一季度，规模以上工业增加值同比下降8.4%，降幅较1、2月份的13.5%收窄5.1个百分点。",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.4, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.5, "eq")}),
    # "…分别同比下降60.2%和56.4%，仅10.5万辆和11.4万辆": the levels in a clause of "仅" alone
    ("汽车产销\n2020年4月21日\n\n一季度，新能源汽车产销分别同比下降53.0%和56.4%，仅10.3万辆和11.4万辆。",
     {("nev_production", "level", *quarter(2020, 1), 103000, "eq"),
      ("nev_sales", "level", *quarter(2020, 1), 114000, "eq"),
      ("nev_production", "yoy_pct", *quarter(2020, 1), -53.0, "eq"),
      ("nev_sales", "yoy_pct", *quarter(2020, 1), -56.4, "eq")}),
    # "装备制造业增加值同比增长1.0%，4月份为下降8.5%；高技术制造业…增长4.0%": the month before's rate in passing
    # does not date the next clause
    ("5月份工业数据\n2022年6月15日\n\n5月份，规模以上工业增加值同比增长0.7%。装备制造业增加值同比增长1.0%，4月份为下降8.5%；"
     "高技术制造业增加值同比增长4.0%。",
     {("industrial_value_added", "yoy_pct", *month(2022, 5), 0.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *month(2022, 5), 1.0, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *month(2022, 4), -8.5, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2022, 5), 4.0, "eq")}),
    # a list of products under a heading about output: "汽车：192.6万辆，同比下降4.3%", "工业机器人：同比下降10.0%"
    ("5月份工业数据\n2022年6月15日\n\n主要产品产量（5月份）\n汽车：180.2万辆，同比下降4.3%\n其中新能源汽车：42.6万辆，同比增长100.2%\n"
     "粗钢：9000万吨，同比下降3.5%\n工业机器人：同比下降10.0%\n集成电路：272亿块，同比下降5.6%\n",
     {("auto_production", "level", *month(2022, 5), 1.802e6, "eq"),
      ("auto_production", "yoy_pct", *month(2022, 5), -4.3, "eq"),
      ("nev_production", "level", *month(2022, 5), 426000, "eq"),
      ("nev_production", "yoy_pct", *month(2022, 5), 100.2, "eq"),
      ("crude_steel_output", "level", *month(2022, 5), 9e7, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2022, 5), -3.5, "eq"),
      ("industrial_robot_output", "yoy_pct", *month(2022, 5), -10.0, "eq")}),
    # (columns set apart by full-width spaces, and the heading's months: "■ 主要产品产量（1-2月）" over "粗钢　14958万吨　同比增长9.2%")
    ("1-2月份工业数据\n2019年3月14日\n\n■ 主要产品产量（1-2月）\n粗钢　14000万吨　同比增长9.2%\n汽车　380.5万辆　同比下降15.0%\n",
     {("crude_steel_output", "level", date(2019, 1, 1), date(2019, 2, 28), 1.4e8, "eq"),
      ("crude_steel_output", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), 9.2, "eq"),
      ("auto_production", "level", date(2019, 1, 1), date(2019, 2, 28), 3.805e6, "eq"),
      ("auto_production", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), -15.0, "eq")}),
    # (not under a heading about sales)
    ("5月份汽车数据\n2022年6月15日\n\n主要车型销量（5月份）\n汽车：186.2万辆，同比下降12.6%\n",
     set()),
    # an NBS table with a unit column ("10,000 tons", "set") and a "Jan.-Feb." column
    ("Industrial production January-February 2021\n\nMarch 15, 2021\n\nOutput of Major Industrial Products in January-February 2021\n"
     "Products                 Unit            Jan.-Feb.    y/y (%)\n"
     "Crude Steel              10,000 tons     17000        12.9\n"
     "Automobiles              10,000 units    390.6        79.6\n"
     "Industrial Robots        set             46045        117.7\n",
     {("crude_steel_output", "level", date(2021, 1, 1), date(2021, 2, 28), 1.7e8, "eq"),
      ("crude_steel_output", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 12.9, "eq"),
      ("auto_production", "level", date(2021, 1, 1), date(2021, 2, 28), 3.906e6, "eq"),
      ("auto_production", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 79.6, "eq"),
      ("industrial_robot_output", "level", date(2021, 1, 1), date(2021, 2, 28), 46045, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 117.7, "eq")}),
    # "同期汽车整体产销分别为…": all vehicles, after the NEVs
    ("汽车产销\n2026年7月15日\n\n上半年，新能源汽车产销分别为700.5万辆和696.2万辆。同期汽车整体产销分别为1500.6万辆和1511.2万辆，同比增长1.5%和2.1%。",
     {("nev_production", "level", *h1(2026), 7.005e6, "eq"), ("nev_sales", "level", *h1(2026), 6.962e6, "eq"),
      ("auto_production", "level", *h1(2026), 15.006e6, "eq"), ("auto_sales", "level", *h1(2026), 15.112e6, "eq"),
      ("auto_production", "yoy_pct", *h1(2026), 1.5, "eq"), ("auto_sales", "yoy_pct", *h1(2026), 2.1, "eq")}),
    # the size threshold spelled out in an aside: ", with annual main business revenues of at least 20 million yuan ($3.13 million),"
    ("China IP\n\nApril 20, 2022\n\nThe value-added industrial output of enterprises above designated size, with annual main "
     "business revenues of at least 20 million yuan ($3.13 million), rose 6.3 percent year on year in the first quarter.",
     {("industrial_value_added", "yoy_pct", *quarter(2022, 1), 6.3, "eq")}),
    # a consequence after the figure is no forecast of it: ", stoking concerns about oversupply that could weigh on …"
    ("China 2019\n\nJanuary 21, 2020\n\nIn 2019, crude steel output rose 8.1 percent to a record 990 million tonnes, stoking "
     "concerns about oversupply that could weigh on steel prices.",
     {("crude_steel_output", "level", *year(2019), 990e6, "eq"), ("crude_steel_output", "yoy_pct", *year(2019), 8.1, "eq")}),
    # a sentence that leads into a list is no heading of related stories: "Here are the other highlights MIIT rattled off:"
    ("China 2023\n\nJanuary 20, 2024\n\nHere are the other highlights the ministry rattled off:\n  - Industrial value added of "
     "enterprises above designated size grew 4.5% in 2023\n",
     {("industrial_value_added", "yoy_pct", *year(2023), 4.5, "eq")}),
    # (a list under a short heading still reads as links to other stories)
    ("China 2023\n\nJanuary 20, 2024\n\nOther stories:\n- Industrial value added grew 4.5% in 2023\n",
     set()),
    # a table of year-end stocks, each cell with its unit word: "Metric   End-2023" over "5G base stations   3.377 million"
    ("China 2023\n\nJanuary 20, 2024\n\nThe ministry's year-end numbers:\n\n  Metric                    End-2023\n"
     "  5G base stations          3.2 million\n  Total computing power     220 EFLOPS\n",
     {("five_g_base_stations", "level", *dec31(2023), 3.2e6, "eq"),
      ("computing_power_total", "level", *dec31(2023), 220, "eq")}),
    # "For comparison, in full-year 2017 revenue grew 6.4% to CNY1.26 trillion, while business volume jumped 76.4%": the
    # subject of the sentence before, after an opener
    ("China telecoms Q1\n\n20 April 2018\n\nTelecoms business revenue rose 4.9% in the first quarter. For comparison, in "
     "full-year 2017 revenue grew 6.2% to CNY1.25 trillion, while business volume jumped 76.1% to CNY2.74 trillion.",
     {("telecom_business_revenue", "yoy_pct", *quarter(2018, 1), 4.9, "eq"),
      ("telecom_business_revenue", "level", *year(2017), 1.25e12, "eq"),
      ("telecom_business_revenue", "yoy_pct", *year(2017), 6.2, "eq"),
      ("telecom_business_volume", "level", *year(2017), 2.74e12, "eq"),
      ("telecom_business_volume", "yoy_pct", *year(2017), 76.1, "eq")}),
    # "in the quarter ended 31 March 2018", "the three months to June 30": a quarter by its last day
    ("China telecoms\n\n20 July 2018\n\nTelecoms business revenue in the three months to June 30 totalled CNY330.3 billion, up "
     "4.1% year-on-year.",
     {("telecom_business_revenue", "level", *quarter(2018, 2), 330.3e9, "eq"),
      ("telecom_business_revenue", "yoy_pct", *quarter(2018, 2), 4.1, "eq")}),
    # "…, up from 2.75GB in December 2017, and was up 174.5% on March of last year"
    ("China telecoms Q1\n\n20 April 2018\n\nAverage monthly mobile data usage per user (DOU) hit 3.02GB in March, up from "
     "2.71GB in December 2017, and was up 171.5% on March of last year.",
     {("mobile_dou", "level", *month(2018, 3), 3.02, "eq"), ("mobile_dou", "level", *month(2017, 12), 2.71, "eq"),
      ("mobile_dou", "yoy_pct", *month(2018, 3), 171.5, "eq")}),
    # "For the quarter as a whole, …" in a note on March's data: the quarter March closes
    ("China's economy in March\n\nApril 15, 2016\n\nIndustrial output rose 6.8 percent in March from a year earlier.\n\n"
     "For the quarter as a whole, value added of industrial companies above a designated size rose 5.9 percent.",
     {("industrial_value_added", "yoy_pct", *month(2016, 3), 6.8, "eq"),
      ("industrial_value_added", "yoy_pct", *quarter(2016, 1), 5.9, "eq")}),
    # "the real growth of the total value added of the industrial enterprises above the designated size was 35.1 percent"
    ("NBS release\n\nMarch 15, 2021\n\nIn January and February, the real growth of the total value added of the industrial "
     "enterprises above the designated size was 34.1 percent year on year.",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 34.1, "eq")}),
    # a product table: "产品名称  单位  2017年产量  同比增长（%）" over "微型计算机设备  亿台  3.07  6.8"
    ("2017年电子信息制造业运行\n2018年2月5日\n\n产品名称          单位      2017年产量    同比增长（%）\n手机              亿部        19.0          1.6\n"
     "微型计算机设备    亿台        3.01          6.2\n",
     {("computer_output", "level", *year(2017), 3.01e8, "eq"), ("computer_output", "yoy_pct", *year(2017), 6.2, "eq")}),
    # a broker's table of months without years ("Jun  Jul  Aug  Consensus") under "(% y/y unless stated)"
    ("China activity data\n\n13 September 2016\n\nIndustrial production growth rose to 6.3% y/y in August.\n\n"
     "Table 1: Activity data (% y/y unless stated)\n                        Jun     Jul     Aug     Consensus\n"
     "Industrial production   6.1     6.0     6.3     6.2\nCrude steel output      1.5     2.3     3.0     -\n",
     {("industrial_value_added", "yoy_pct", *month(2016, 8), 6.3, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2016, 7), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2016, 6), 6.1, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2016, 8), 3.0, "eq"), ("crude_steel_output", "yoy_pct", *month(2016, 7), 2.3, "eq"),
      ("crude_steel_output", "yoy_pct", *month(2016, 6), 1.5, "eq")}),
    # (months after the note's month are the year before's: "Nov  Dec  Jan" in a note on January)
    ("China NEV data\n\n12 February 2024\n\nNEV sales rose 78.8% y/y in January.\n\nTable: NEV sales (% y/y)\n"
     "           Nov     Dec     Jan\nNEV sales   39.2    46.4    78.8\n",
     {("nev_sales", "yoy_pct", *month(2024, 1), 78.8, "eq"), ("nev_sales", "yoy_pct", *month(2023, 12), 46.4, "eq"),
      ("nev_sales", "yoy_pct", *month(2023, 11), 39.2, "eq")}),
    # the title names the flow and the unit: "China 5G smartphone shipments, 2019 (million units)" over "Month  Aug  Sep" and "5G phones  0.21  0.50"
    ("China 5G phones\n\nFebruary 10, 2020\n\nExhibit 1: China 5G smartphone shipments, 2019 (million units)\nMonth       Aug    Sep\n"
     "5G phones   0.20   0.48\n",
     {("five_g_phone_shipments", "level", *month(2019, 8), 200000, "eq"), ("five_g_phone_shipments", "level", *month(2019, 9), 480000, "eq")}),
    # an earlier date's stock: "，而2020年底这一数字仅为71.8万个", "较“十三五”末（2020年底的71.8万个）"
    ("十四五成就\n2025年7月20日\n\n截至6月底，我国累计建成5G基站450万个，而2020年底这一数字仅为71.8万个；千兆宽带用户达2亿户。",
     {("five_g_base_stations", "level", *jun30(2025), 4.5e6, "eq"), ("five_g_base_stations", "level", *dec31(2020), 718000, "eq"),
      ("gigabit_broadband_users", "level", *jun30(2025), 2e8, "eq")}),
    ("十四五成就\n2025年7月20日\n\n截至6月底，我国5G基站总数达450万个，较“十三五”末（2020年底的71.8万个）增加约378万个。",
     {("five_g_base_stations", "level", *jun30(2025), 4.5e6, "eq"), ("five_g_base_stations", "level", *dec31(2020), 718000, "eq")}),
    # (and a pair: "分别达到71.5%和51.7%，而2015年底这两个数字还只是61.1%和45.4%")
    ("十四五成就\n2025年7月20日\n\n截至今年6月，全国工业企业数字化研发设计工具普及率和关键工序数控化率分别达到71.0%和51.2%，"
     "而2015年底这两个数字还只是61.0%和45.0%。",
     {("digital_rd_tool_penetration", "level", *jun30(2025), 71.0, "eq"), ("key_process_digitalization_rate", "level", *jun30(2025), 51.2, "eq"),
      ("digital_rd_tool_penetration", "level", *dec31(2015), 61.0, "eq"), ("key_process_digitalization_rate", "level", *dec31(2015), 45.0, "eq")}),
    # "，也高于去年12月的6.8%", past a forecast beaten ("，大幅优于市场预期的5.0%，")
    ("中国工业\n2024年3月18日\n\n国家统计局公布，1-2月规模以上工业增加值同比增长7.1%，大幅优于市场预期的5.0%，也高于去年12月的6.7%。",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 12), 6.7, "eq")}),
    # "It had briefly rebounded to 6.8 percent in June after Beijing cut interest rates": the government acting is no
    # region, even past the end of the window read for one
    ("China IP\n\n13 September 2015\n\nIndustrial production rose 6.1 percent year-on-year last month. It had briefly "
     "rebounded to 6.7 percent in June after Beijing cut interest rates for the fourth time in seven months.",
     {("industrial_value_added", "yoy_pct", *month(2015, 8), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 6), 6.7, "eq")}),
    # (the city's own output stays a region's)
    ("China IP\n\n13 September 2015\n\nIndustrial output in Beijing rose 6.7 percent in June after the city cut fees.",
     set()),
]

# (one test reads all of SESSION58's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION58)
def test_session58(text, expected):
    assert obs(text) == expected


# --- extractor 1.60.0 ---
SESSION59 = [
    # "2018年12月规上工业增长5.7%": industry above the size threshold, its value added left unsaid (and the year's
    # rate after a comma: "，2018年全年为6.2%")
    ("统计局数据解读\n2019年3月14日\n\n这意味着，2018年12月规上工业增长5.6%，2018年全年为6.1%。",
     {("industrial_value_added", "yoy_pct", *month(2018, 12), 5.6, "eq"), ("industrial_value_added", "yoy_pct", *year(2018), 6.1, "eq")}),
    ("统计局数据\n2020年4月17日\n\n一季度，全国规模以上工业同比下降8.3%。",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.3, "eq")}),
    # (not the benchmark a sector is compared with)
    ("统计局数据\n2020年4月17日\n\n一季度，高技术制造业增加值增长8.9%，快于全部规上工业增长2.1个百分点。",
     {("high_tech_manufacturing_value_added", "yoy_pct", *quarter(2020, 1), 8.9, "eq")}),
    # "High-tech manufacturing did considerably better, growing 10.8 percent"
    ("NBS data\nJanuary 17, 2019\n\nIndustrial output rose 6.1 percent in 2018. High-tech manufacturing did considerably "
     "better, growing 11.8 percent. Equipment manufacturing was much stronger, growing 8.3 percent.",
     {("industrial_value_added", "yoy_pct", *year(2018), 6.1, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2018), 11.8, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2018), 8.3, "eq")}),
    # "still below the record 1.065 billion tonnes set in 2020": an earlier year's level
    ("Steel output\nJanuary 17, 2024\n\nChina produced 1.018 billion tonnes of crude steel in 2023, still below the record "
     "1.064 billion tonnes set in 2020.",
     {("crude_steel_output", "level", *year(2023), 1.018e9, "eq"), ("crude_steel_output", "level", *year(2020), 1.064e9, "eq")}),
    # "；2018年这一数字为63061亿元": an earlier year's flow, after the year's level and rate
    ("软件业统计公报\n2020年1月21日\n\n2019年，全国软件和信息技术服务业累计完成软件业务收入71760亿元，同比增长15.3%；2018年这一数字为63060亿元。",
     {("software_it_services_revenue", "level", *year(2019), 7.176e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2019), 15.3, "eq"),
      ("software_it_services_revenue", "level", *year(2018), 6.306e12, "eq")}),
    # (not a year's flow set against the months of another year)
    ("软件业统计公报\n2019年7月21日\n\n上半年，全国软件和信息技术服务业完成软件业务收入33000亿元，同比增长15.3%；2018年这一数字为63060亿元。",
     {("software_it_services_revenue", "level", *h1(2019), 3.3e12, "eq"), ("software_it_services_revenue", "yoy_pct", *h1(2019), 15.3, "eq")}),
    # "- Humanoid robot products released: more than 400 models": the catalogue's own name as a label
    ("Key numbers\nJuly 20, 2026\n\nKey numbers from the briefing (as of June 30 unless noted):\n- 5G base stations: 5.02 million\n"
     "- Humanoid robot products released: more than 410 models\n",
     {("five_g_base_stations", "level", *jun30(2026), 5.02e6, "eq"), ("humanoid_robot_products", "level", *jun30(2026), 410, "gt")}),
    # "截至今年6月底，…达到71.5%。目前，…平台超过70个": now (the briefing's period end), not the date before,
    # nor for the sentence after
    ("发布会实录\n2020年10月23日\n\n今天通报今年前三季度工业通信业运行情况。\n\n截至今年6月底，企业数字化研发设计工具普及率达到71.4%。目前，具有一定行业和区域影响力的"
     "工业互联网平台超过70个。绿色制造体系加快构建，累计创建国家级绿色工厂2120家。",
     {("digital_rd_tool_penetration", "level", *jun30(2020), 71.4, "eq"), ("industrial_internet_platforms", "level", date(2020, 9, 30), date(2020, 9, 30), 70, "gt"),
      ("national_green_factories", "level", date(2020, 9, 30), date(2020, 9, 30), 2120, "eq")}),
    # "自去年6月发放5G商用牌照以来，…已建成5G基站超过13万个": since that month, not as of it
    ("工信部发布会\n2020年1月20日\n\n2019年工业经济运行总体平穩。5G方面，自去年6月发放5G商用牌照以来，5G网络建设稳步推进，全国已建成5G基站超过12万个。",
     {("five_g_base_stations", "level", *dec31(2019), 120000, "gt")}),
    # "…, and NEVs accounted for 31.6% of total new vehicle sales, up from 25.6% in 2022": the share's earlier value,
    # not the sales growth's
    ("Auto market\nJanuary 20, 2024\n\nIn 2023, NEV production and sales reached 9.58 million and 9.49 million units, up 35.7% and "
     "37.8%, and NEVs accounted for 31.5% of total new vehicle sales, up from 25.5% in 2022.",
     {("nev_production", "level", *year(2023), 9.58e6, "eq"), ("nev_sales", "level", *year(2023), 9.49e6, "eq"),
      ("nev_production", "yoy_pct", *year(2023), 35.7, "eq"), ("nev_sales", "yoy_pct", *year(2023), 37.8, "eq")}),
    # "in August of 2019"
    ("China IP\nOctober 1, 2019\n\nIndustrial production in China increased 4.3 percent in August of 2019 over the same month in the previous year.",
     {("industrial_value_added", "yoy_pct", *month(2019, 8), 4.3, "eq")}),
    # "1,832 "little giant" enterprises - specialized … enterprises that excel in niche markets - and a total of 2,121 national
    # green factories": the figure the noun after it takes
    ("China Daily\nOctober 23, 2020\n\nBy the end of September, the ministry had cultivated 1,830 \"little giant\" enterprises - specialized "
     "and sophisticated small and medium-sized enterprises that excel in niche markets - and a total of 2,120 national green factories had been built.",
     {("little_giant_enterprises", "level", date(2020, 9, 30), date(2020, 9, 30), 1830, "eq"),
      ("national_green_factories", "level", date(2020, 9, 30), date(2020, 9, 30), 2120, "eq")}),
    # a table's "End-Jun 24  End-Dec 23" columns: month-ends
    ("Broker note\nJuly 22, 2024\n\nExhibit 3: Digital infrastructure\n                          End-Jun 24     End-Dec 23\n"
     "5G base stations (mn)       3.916          3.376\nGigabit broadband users (mn)  181   162\nSource: MIIT\n",
     {("five_g_base_stations", "level", *jun30(2024), 3.916e6, "eq"), ("five_g_base_stations", "level", *dec31(2023), 3.376e6, "eq"),
      ("gigabit_broadband_users", "level", *jun30(2024), 1.81e8, "eq"), ("gigabit_broadband_users", "level", *dec31(2023), 1.62e8, "eq")}),
    # "grew 7.8%Y and 8.7%Y respectively in 1H" (a broker's mark on each rate of the pair); "was stronger still at +13.3%Y"
    ("Broker note\nJuly 22, 2024\n\n- Equipment manufacturing and high-tech manufacturing value-added grew 7.7%Y and 8.6%Y respectively in 1H; "
     "computer, communication and other electronic equipment manufacturing was stronger still at +13.2%Y.",
     {("equipment_manufacturing_value_added", "yoy_pct", *h1(2024), 7.7, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2024), 8.6, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", *h1(2024), 13.2, "eq")}),
    # (not a rate and another mark: "up 11.1% YoY and 16.7% MoM")
    ("CAAM data\nDecember 11, 2024\n\nProduction in November reached 3.487 million vehicles, up 11.2% YoY and 16.6% MoM.",
     {("auto_production", "level", *month(2024, 11), 3.487e6, "eq"), ("auto_production", "yoy_pct", *month(2024, 11), 11.2, "eq")}),
    # ", more than half the world's total, serving 561m 5G mobile-phone subscribers": the country's share, an aside
    ("Telecoms\nJan 19th 2023\n\nChina has built lots of 5G base stations. By the end of 2022 it had 2.3m, more than half the world's "
     "total, serving 562m 5G mobile-phone subscribers.",
     {("five_g_mobile_users", "level", *dec31(2022), 5.62e8, "eq")}),
    # '"High-tech manufacturing", an official category covering …, grew by 7.4%': the name in quotes
    ("Economy\nJan 19th 2023\n\nIn 2022, industrial output grew 3.5%. \"High-tech manufacturing\", an official category covering everything "
     "from chips to medical gadgets, grew by 7.3%.",
     {("industrial_value_added", "yoy_pct", *year(2022), 3.5, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *year(2022), 7.3, "eq")}),
    # "The computer, communication & electronic equipment segment rose 14.6%"; "products again outperformed: solar cells +21.3%,
    # integrated circuits +20.0% and industrial robots +12.3%"
    ("Broker note\nMarch 18, 2024\n\nIn Jan-Feb, IP rose 7.0%, and high-tech manufacturing value added rose 7.4%. The computer, "
     "communication & electronic equipment segment rose 14.5%. "
     "New-economy products again outperformed: solar cells +21.2%, integrated circuits +20.1% and industrial robots +12.2%.",
     {("industrial_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.0, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 7.4, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 14.5, "eq"),
      ("industrial_robot_output", "yoy_pct", date(2024, 1, 1), date(2024, 2, 29), 12.2, "eq")}),
    # "高技術製造業維持較快增長，首兩月增加值按年增長10.1%": a sector as the topic, the first two months in Hong Kong's words
    ("內地工業生產放緩\n2019年3月14日\n\n內地首兩月規模以上工業增加值按年增長5.2%。高技術製造業維持較快增長，首兩月增加值按年增長10.2%。",
     {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), 5.2, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), 10.2, "eq")}),
    # "…, beating its 45-million-tonne target, yet crude steel output still rose 1.2% to 808.4 million tonnes": the target was the cuts'
    ("Steel\nJanuary 30, 2017\n\nChina cut 65 million tonnes of steel capacity in 2016, beating its 45-million-tonne target, yet crude steel "
     "output still rose 1.3% to 808.3 million tonnes as prices recovered.",
     {("crude_steel_output", "level", *year(2016), 8.083e8, "eq"), ("crude_steel_output", "yoy_pct", *year(2016), 1.3, "eq")}),
    # "the number of excellence-level smart factories has exceeded 260, and 15 leading-level smart factories have been selected":
    # a tier as the subject, and the verb's "more than" is not the next clause's
    ("SCIO briefing\nOctober 20, 2026\n\nAs of the end of September, the number of excellence-level smart factories has exceeded 261, "
     "and 16 leading-level smart factories have been selected. The number of advanced-level ones stood at 1,261.",
     {("smart_factories_excellence", "level", date(2026, 9, 30), date(2026, 9, 30), 261, "gt"),
      ("smart_factories_leading", "level", date(2026, 9, 30), date(2026, 9, 30), 16, "eq"),
      ("smart_factories_advanced", "level", date(2026, 9, 30), date(2026, 9, 30), 1261, "eq")}),
]

# (one test reads all of SESSION59's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION59)
def test_session59(text, expected):
    assert obs(text) == expected


# --- extractor 1.61.0 ---
SESSION60 = [
    # "不过，去年同期受新冠肺炎疫情冲击，规上工业增加值同比下降13.5%": the clause before names the same months a year before
    ("1-2月工业生产开门红\n2021年3月16日\n\n1—2月份，全国规模以上工业增加值同比增长35.2%。不过，去年同期受疫情冲击，规上工业增加值同比下降13.6%，基数极低。",
     {("industrial_value_added", "yoy_pct", date(2021, 1, 1), date(2021, 2, 28), 35.2, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.6, "eq")}),
    # "Almost 5m of those cars were sold abroad": a part of the total, exported
    ("China's car industry in 2023\nJanuary 18, 2024\n\nVehicle sales rose 12% to 30.1m last year. Almost 5m of those cars were sold abroad.",
     {("auto_sales", "level", *year(2023), 3.01e7, "eq"), ("auto_sales", "yoy_pct", *year(2023), 12.0, "eq")}),
    # "total vehicle sales in China — cars, SUVs, vans, trucks, and buses — dropped 2.8 percent to 28.08 million": a list set off by dashes
    ("China's car market shrank in 2018\nJanuary 15, 2019\n\nTotal vehicle sales in China — cars, SUVs, vans, trucks, and buses — dropped "
     "2.9 percent to 28.07 million, and production fell 4.1 percent to 27.82 million.",
     {("auto_sales", "level", *year(2018), 2.807e7, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.9, "eq"),
      ("auto_production", "level", *year(2018), 2.782e7, "eq"), ("auto_production", "yoy_pct", *year(2018), -4.1, "eq")}),
    # "For the year as a whole, value-added industrial output expanded 6.1 per cent": the briefing's year, after its month
    ("China's industrial output slows\nJanuary 19, 2016\n\nIndustrial output grew 5.8 per cent in December from a year earlier. For the year "
     "as a whole, value-added industrial output expanded 6.2 per cent, the weakest in more than two decades.",
     {("industrial_value_added", "yoy_pct", *month(2015, 12), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *year(2015), 6.2, "eq")}),
    # "For the first six months of the year, however, output fell 1.1 percent": the subject carried past "however"
    ("China's steel output rises in June\nJuly 15, 2016\n\nCrude steel output rose 1.6 percent to 69.98 million tonnes in June. For the first "
     "six months of the year, however, output fell 1.2 percent to 399.42 million tonnes.",
     {("crude_steel_output", "level", *month(2016, 6), 6.998e7, "eq"), ("crude_steel_output", "yoy_pct", *month(2016, 6), 1.6, "eq"),
      ("crude_steel_output", "level", *h1(2016), 3.9942e8, "eq"), ("crude_steel_output", "yoy_pct", *h1(2016), -1.2, "eq")}),
    # "fell 4.3% in the first quarter but rebounded to 9.2% growth in March": the new pace, for its own month
    ("China's industry in the first quarter\nApril 17, 2020\n\nValue added of computer, communication and other electronic equipment "
     "manufacturing fell 4.2% in the first quarter but rebounded to 9.1% growth in March.",
     {("electronics_manufacturing_value_added", "yoy_pct", *quarter(2020, 1), -4.2, "eq"),
      ("electronics_manufacturing_value_added", "yoy_pct", *month(2020, 3), 9.1, "eq")}),
    # ("… but recovered to a 1.1% contraction in March": not read as growth)
    ("China's industry in the first quarter\nApril 17, 2020\n\nIndustrial output fell 8.5% in the first quarter but recovered to a 1.2% "
     "contraction in March.",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.5, "eq")}),
    # "over 1,200 advanced-level ones and 230-plus at the "excellence" tier": the tier named after the figure
    ("Smart factories\nJuly 20, 2025\n\nAt the end of June, the tally stood at more than 30,000 basic-level smart factories, over 1,201 "
     "advanced-level ones and 231-plus at the \"excellence\" tier.",
     {("smart_factories_basic", "level", date(2025, 6, 30), date(2025, 6, 30), 30000, "gt"),
      ("smart_factories_advanced", "level", date(2025, 6, 30), date(2025, 6, 30), 1201, "gt"),
      ("smart_factories_excellence", "level", date(2025, 6, 30), date(2025, 6, 30), 231, "gt")}),
    # "… slumped 15.5% y-o-y to 80k units following the cut in purchase subsidies in (late) June": an event's month, not the figures'
    ("China's August activity\nSeptember 16, 2019\n\nIndustrial output rose 4.4% in August.\n● Auto production edged down 0.6% y-o-y to "
     "1.84mn units, while new energy vehicle output slumped 15.4% y-o-y to 81k units following the cut in purchase subsidies in June.\n"
     "● Microcomputer output rose 3.4% y-o-y to 30.5mn units following a tariff truce in late June.",
     {("industrial_value_added", "yoy_pct", *month(2019, 8), 4.4, "eq"),
      ("auto_production", "level", *month(2019, 8), 1.84e6, "eq"), ("auto_production", "yoy_pct", *month(2019, 8), -0.6, "eq"),
      ("nev_production", "level", *month(2019, 8), 81000, "eq"), ("nev_production", "yoy_pct", *month(2019, 8), -15.4, "eq"),
      ("computer_output", "level", *month(2019, 8), 3.05e7, "eq"), ("computer_output", "yoy_pct", *month(2019, 8), 3.4, "eq")}),
    # "NEV production reached 340,471 units, up from 78,499 in 2014" in a note on December: the whole year after;
    # "CAAM reported 2015 production and sales of …": the year named before the flows
    ("China - December activity\nJanuary 19, 2016\n\nIndustrial production growth slowed to 5.9% y/y in December.\n\nAutos\nThe China Association of Automobile "
     "Manufacturers (CAAM) reported 2015 production and sales of 24.51mn and 24.61mn vehicles, up 3.2% and 4.6% respectively. NEV production reached 340,472 units, up "
     "from 78,498 in 2014.",
     {("industrial_value_added", "yoy_pct", *month(2015, 12), 5.9, "eq"),
      ("auto_production", "level", *year(2015), 2.451e7, "eq"), ("auto_sales", "level", *year(2015), 2.461e7, "eq"),
      ("auto_production", "yoy_pct", *year(2015), 3.2, "eq"), ("auto_sales", "yoy_pct", *year(2015), 4.6, "eq"),
      ("nev_production", "level", *year(2015), 340472, "eq"), ("nev_production", "level", *year(2014), 78498, "eq")}),
    # "… in 2015 – the first annual decline since 1981 – and December production of 63.5mt …": the aside closed, December is the figure's
    ("China - December activity\nJanuary 19, 2016\n\nChina's crude steel output fell 2.4% to 803.82mt in 2015 – the first annual decline "
     "since 1981 – and December production of 63.4mt was 5.8% below a year earlier.",
     {("crude_steel_output", "level", *year(2015), 8.0382e8, "eq"), ("crude_steel_output", "yoy_pct", *year(2015), -2.4, "eq"),
      ("crude_steel_output", "level", *month(2015, 12), 6.34e7, "eq"), ("crude_steel_output", "yoy_pct", *month(2015, 12), -5.8, "eq")}),
    # bullets labelled with the sector: "- Software and information technology services: revenue of …", "- Crude steel: 1.053
    # billion tonnes" (and a label of no subject of ours carries none: "- Transport: revenue of …")
    ("China's industry in 2020\nJanuary 26, 2021\n\nKey numbers for 2020:\n- Software and information technology services: revenue of "
     "8.17 trillion yuan, up 13.4 percent\n- Transport: revenue of 1.2 trillion yuan, up 2.1 percent\n- Telecommunications: business "
     "revenue of 1.37 trillion yuan, up 3.7 percent\n- Crude steel: 1.054 billion tonnes, up 5.3 percent\n",
     {("software_it_services_revenue", "level", *year(2020), 8.17e12, "eq"), ("software_it_services_revenue", "yoy_pct", *year(2020), 13.4, "eq"),
      ("telecom_business_revenue", "level", *year(2020), 1.37e12, "eq"), ("telecom_business_revenue", "yoy_pct", *year(2020), 3.7, "eq"),
      ("crude_steel_output", "level", *year(2020), 1.054e9, "eq"), ("crude_steel_output", "yoy_pct", *year(2020), 5.3, "eq")}),
    # "production reached 13.526 million vehicles in the first half and sales 13.356 million, up 4.6% and 3.8% respectively"
    ("China's car output in the first half\nJuly 18, 2017\n\nThe China Association of Automobile Manufacturers said production reached "
     "13.525 million vehicles in the first half and sales 13.355 million, up 4.7% and 3.9% respectively.",
     {("auto_production", "level", *h1(2017), 1.3525e7, "eq"), ("auto_sales", "level", *h1(2017), 1.3355e7, "eq"),
      ("auto_production", "yoy_pct", *h1(2017), 4.7, "eq"), ("auto_sales", "yoy_pct", *h1(2017), 3.9, "eq")}),
    # "IP growth for January-November edged up to 5.6% yoy": the pace it moved to ("edged down to 3.4%" is no fall)
    ("China's industry in November\nDecember 16, 2019\n\nIP grew 6.1% in November. IP growth for January-November edged up to 5.7% yoy. "
     "Output of crude steel edged down to 3.4%.",
     {("industrial_value_added", "yoy_pct", *month(2019, 11), 6.1, "eq"),
      ("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 11, 30), 5.7, "eq"),
      ("crude_steel_output", "yoy_pct", date(2019, 1, 1), date(2019, 11, 30), 3.4, "eq")}),
    # "… the first-half numbers give it some ammunition: ¶ - High-tech manufacturing value added: +13.1%": signed bullets under a dated lead
    ("China's industry in the first half\nJuly 17, 2017\n\nValue added of industrial enterprises above designated size rose 7.6% in June.\n\n"
     "Beijing is shifting to high tech, and the first-half numbers give it some ammunition:\n\n- High-tech manufacturing value added: +13.2%\n"
     "- Equipment manufacturing value added: +11.4%\n",
     {("industrial_value_added", "yoy_pct", *month(2017, 6), 7.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *h1(2017), 13.2, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *h1(2017), 11.4, "eq")}),
    # ("- High-tech manufacturing value added: +13.1%" under a lead naming no period: its basis unsaid)
    ("China's industry in the first half\nJuly 17, 2017\n\nValue added of industrial enterprises above designated size rose 7.6% in June.\n\n"
     "The upgrading story goes on:\n\n- High-tech manufacturing value added: +13.2%\n",
     {("industrial_value_added", "yoy_pct", *month(2017, 6), 7.6, "eq")}),
    # "the share of high-tech manufacturing in industrial value added edged up to 14.4%": a share, not a rate (but "their share of
    # total vehicle sales, which rose 4.5 per cent to 31.4mn": the relative clause's own figures)
    ("China's industry in 2019\nJanuary 20, 2020\n\nIndustrial value added rose 5.7% in 2019, while the share of high-tech manufacturing "
     "in industrial value added edged up to 14.5%. High-tech manufacturing's share of total industrial value added picked up to 14.6%. "
     "NEVs took their share of total vehicle sales, which fell 8.1 per cent to 25.8mn, to 4.7 per cent.",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.7, "eq"),
      ("auto_sales", "level", *year(2019), 2.58e7, "eq"), ("auto_sales", "yoy_pct", *year(2019), -8.1, "eq")}),
    # Taiwan's page: "整體汽車市場則產銷2702.1萬輛、2686.4萬輛，分別成長3.4%、2.1%" (a pair set off by 、), "年增僅1.3%",
    # "降幅已較1至2月的年減13.5%明顯收窄", "但3月單月高技術製造業已轉為年增8.9%"
    ("中國汽車產銷\n2023年1月12日\n\n2022年整體汽車市場則產銷2702.2萬輛、2686.3萬輛，分別成長3.5%、2.2%；國家統計局先前公布，去年12月規模以上工業增加值年增僅1.4%。",
     {("auto_production", "level", *year(2022), 2.7022e7, "eq"), ("auto_sales", "level", *year(2022), 2.6863e7, "eq"),
      ("auto_production", "yoy_pct", *year(2022), 3.5, "eq"), ("auto_sales", "yoy_pct", *year(2022), 2.2, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2022, 12), 1.4, "eq")}),
    ("中國工業生產\n2020年4月20日\n\n今年第一季中國規模以上工業增加值年減8.5%，不過降幅已較1至2月的年減13.6%明顯收窄；但3月單月高技術製造業已轉為年增8.8%。",
     {("industrial_value_added", "yoy_pct", *quarter(2020, 1), -8.5, "eq"),
      ("industrial_value_added", "yoy_pct", date(2020, 1, 1), date(2020, 2, 29), -13.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2020, 3), 8.8, "eq")}),
    # "5G-A networks now cover more than 300 cities" in a review of a five-year plan given before it ends: the latest date named
    ("China's industry ministry tallies up the 14th Five-Year Plan\nJuly 18, 2025\n\nWith six months left in the 14th Five-Year Plan "
     "(2021-2025), the minister came with a scorecard.\n\nBy the end of June, China had 4.56 million 5G base stations in operation. "
     "5G-A networks now cover more than 301 cities. Intelligent computing power reached 789 EFLOPS.",
     {("five_g_base_stations", "level", date(2025, 6, 30), date(2025, 6, 30), 4.56e6, "eq"),
      ("five_g_a_cities", "level", date(2025, 6, 30), date(2025, 6, 30), 301, "gt"),
      ("intelligent_computing_power", "level", date(2025, 6, 30), date(2025, 6, 30), 789, "eq")}),
    # a broker's table: "Nov 2018 level  Nov YoY (%)  Jan-Nov YoY (%)" (a month and its year, one column) over rows whose unit
    # carries a footnote's mark ("Auto sales (mn units)*")
    ("China: November activity data\nDecember 14, 2018\n\nIndustrial output grew 5.4% YoY in November 2018.\n\nTable 1: Output of selected products\n"
     "                          Nov 2018 level    Nov YoY (%)    Jan-Nov YoY (%)\n"
     "Auto sales (mn units)*          2.551          -13.8            -1.6\n"
     "NEV sales ('000 units)*       169.1            +37.5           +68.1\n"
     "* CAAM. Source: NBS, CAAM\n",
     {("industrial_value_added", "yoy_pct", *month(2018, 11), 5.4, "eq"),
      ("auto_sales", "level", *month(2018, 11), 2.551e6, "eq"), ("auto_sales", "yoy_pct", *month(2018, 11), -13.8, "eq"),
      ("auto_sales", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), -1.6, "eq"),
      ("nev_sales", "level", *month(2018, 11), 169100, "eq"), ("nev_sales", "yoy_pct", *month(2018, 11), 37.5, "eq"),
      ("nev_sales", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), 68.1, "eq")}),
    # "1H23 (m units)     YoY": the unit of the rows' figures named in the header
    ("CLSA China industry\nJuly 20, 2023\n\nIndustrial value added rose 3.8% YoY in 1H23. June picked up to +4.5% YoY from 3.4% in May.\n\n"
     "Figure 1: Autos in 1H23\n                         1H23 (m units)     YoY\nAuto production              13.247        +9.2%\n"
     "  - NEV sales                 3.746       +44.2%\nSource: MIIT, CAAM\n",
     {("industrial_value_added", "yoy_pct", *h1(2023), 3.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2023, 6), 4.5, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2023, 5), 3.4, "eq"),
      ("auto_production", "level", *h1(2023), 1.3247e7, "eq"), ("auto_production", "yoy_pct", *h1(2023), 9.2, "eq"),
      ("nev_sales", "level", *h1(2023), 3.746e6, "eq"), ("nev_sales", "yoy_pct", *h1(2023), 44.2, "eq")}),
    # "▲新能源汽车：产销分别完成79.4万辆和77.7万辆": a bullet marked ▲
    ("2017年工业通信业\n2018年1月31日\n\n2017年主要成绩：\n▲新能源汽车：产销分别完成79.5万辆和77.8万辆，同比分别增长53.7%和53.2%；\n"
     "▲工业机器人：产量达13.2万台（套），同比增长68.2%。\n",
     {("nev_production", "level", *year(2017), 7.95e5, "eq"), ("nev_sales", "level", *year(2017), 7.78e5, "eq"),
      ("nev_production", "yoy_pct", *year(2017), 53.7, "eq"), ("nev_sales", "yoy_pct", *year(2017), 53.2, "eq"),
      ("industrial_robot_output", "level", *year(2017), 1.32e5, "eq"), ("industrial_robot_output", "yoy_pct", *year(2017), 68.2, "eq")}),
    # "NEV production and sales were 2.115mn and 2.09mn, +28.2% and +31.8%" in a line whose rates are YoY (not one with MoM ones)
    ("CICC Research\nApril 20, 2024\n\n- Autos: production and sales reached 6.605mn and 6.71mn units in 1Q24, up 6.5% and 10.7% YoY. NEV "
     "production and sales were 2.114mn and 2.08mn, +28.3% and +31.7%.\n- Output rose 0.5% MoM. NEV production and sales were 0.8mn and "
     "0.7mn, +2.1% and +3.2%.",
     {("auto_production", "level", *quarter(2024, 1), 6.605e6, "eq"), ("auto_sales", "level", *quarter(2024, 1), 6.71e6, "eq"),
      ("auto_production", "yoy_pct", *quarter(2024, 1), 6.5, "eq"), ("auto_sales", "yoy_pct", *quarter(2024, 1), 10.7, "eq"),
      ("nev_production", "level", *quarter(2024, 1), 2.114e6, "eq"), ("nev_sales", "level", *quarter(2024, 1), 2.08e6, "eq"),
      ("nev_production", "yoy_pct", *quarter(2024, 1), 28.3, "eq"), ("nev_sales", "yoy_pct", *quarter(2024, 1), 31.7, "eq")}),
    # "…, although CAAM data show sales still fell 3.6% yoy to 2.46mn": the association's count, the subject carried
    ("China's November activity beats forecasts\nDecember 16, 2019\n\nIndustrial output grew 6.2% in November. Automobile output rose "
     "3.8% yoy to 2.57mn units, the first positive print since mid-2018, although CAAM data show sales still fell 3.7% yoy to 2.45mn.",
     {("industrial_value_added", "yoy_pct", *month(2019, 11), 6.2, "eq"),
      ("auto_production", "level", *month(2019, 11), 2.57e6, "eq"), ("auto_production", "yoy_pct", *month(2019, 11), 3.8, "eq"),
      ("auto_sales", "level", *month(2019, 11), 2.45e6, "eq"), ("auto_sales", "yoy_pct", *month(2019, 11), -3.7, "eq")}),
    # "came in at 19.35 GB, 9.6% higher than July 2023": the same month a year before (not two years before)
    ("China's telecom industry in July\nAugust 20, 2024\n\nIn July alone, average monthly mobile data usage per user, or DOU, came in at "
     "19.36 GB, 9.7% higher than July 2023.",
     {("mobile_dou", "level", *month(2024, 7), 19.36, "eq"), ("mobile_dou", "yoy_pct", *month(2024, 7), 9.7, "eq")}),
    ("China's telecom industry in July\nAugust 20, 2024\n\nIn July alone, average monthly mobile data usage per user, or DOU, came in at "
     "19.36 GB, 19.7% higher than July 2022.",
     {("mobile_dou", "level", *month(2024, 7), 19.36, "eq")}),
]

# (one test reads all of SESSION60's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION60)
def test_session60(text, expected):
    assert obs(text) == expected


# --- extractor 1.62.0 ---
SESSION61 = [
    # "分季度看，三季度单季增长4.2%…；9月份增长4.5%": a quarter said "单季", then the month, for the rate named before
    ("工信部：前三季度工业经济稳中有进\n2024年10月18日\n\n前三季度，全国规模以上工业增加值同比增长5.8%，比上半年回落0.2个百分点。分季度看，三季度单季增长5.1%，"
     "比二季度有所回落；9月份增长5.4%，比8月份加快0.9个百分点。",
     {("industrial_value_added", "yoy_pct", *nine_months(2024), 5.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2024, 3), 5.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2024, 9), 5.4, "eq")}),
    # "“…同比增长15.9%。”黄利斌说，其中二季度同比增长9.0%": the drill-down after who said the quote
    ("工信部：上半年工业生产较快增长\n2021年7月19日\n\n“上半年，全国规模以上工业增加值同比增长15.8%。”发言人说，其中二季度同比增长9.1%，6月份同比增长8.2%。",
     {("industrial_value_added", "yoy_pct", *h1(2021), 15.8, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2021, 2), 9.1, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2021, 6), 8.2, "eq")}),
    # "从月度看，4月份…明显下滑，5月份实现由负转正，6月份增长3.9%": months told without a figure, then the one with it
    ("工信部：上半年工业经济企稳回升\n2022年7月19日\n\n上半年，全国规模以上工业增加值同比增长3.3%。从月度看，4月份工业生产受疫情冲击明显下滑，5月份实现由负转正，"
     "6月份增长3.8%，比5月份明显加快。",
     {("industrial_value_added", "yoy_pct", *h1(2022), 3.3, "eq"), ("industrial_value_added", "yoy_pct", *month(2022, 6), 3.8, "eq")}),
    # "Seasonally adjusted, output grew 0.39% mom. Year to date growth is 4.1%.": a month-on-month aside keeps the headline rate,
    # also after a remark on it
    ("China: industrial production beats expectations in October\nNovember 15, 2023\n\n- Industrial output rose 4.5% yoy in October. Seasonally "
     "adjusted, output grew 0.38% mom. Year to date growth is 4.2%.",
     {("industrial_value_added", "yoy_pct", *month(2023, 10), 4.5, "eq"), ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 10, 31), 4.2, "eq")}),
    ("China: industrial production slows in November\nDecember 14, 2018\n\n- Industrial output grew 5.3% YoY in November. It was the weakest "
     "monthly reading since early 2016.\n- On a seasonally adjusted basis, output rose just 0.41% MoM. Cumulative growth for January-November "
     "eased to 6.2%.",
     {("industrial_value_added", "yoy_pct", *month(2018, 11), 5.3, "eq"), ("industrial_value_added", "yoy_pct", date(2018, 1, 1), date(2018, 11, 30), 6.2, "eq")}),
    # (not a month-on-month aside on another measure: "Retail sales grew 0.3% mom.")
    ("China: industrial production slows in November\nDecember 14, 2018\n\n- Industrial output grew 5.3% YoY in November. It was the weakest "
     "monthly reading since early 2016.\n- Retail sales rose just 0.41% MoM. Cumulative growth for January-November eased to 6.2%.",
     {("industrial_value_added", "yoy_pct", *month(2018, 11), 5.3, "eq")}),
    # "This followed full-year 2025 growth of 5.9%": the earlier rate, its year named before it (or after it)
    ("China: a strong start to the year for industry\nMarch 17, 2026\n\nIndustrial production grew 6.2% YoY in January-February. This "
     "followed full-year 2025 growth of 5.8%, and suggests the engine is still running hot.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *year(2025), 5.8, "eq")}),
    ("China: a strong start to the year for industry\nMarch 17, 2026\n\nIndustrial production grew 6.2% YoY in January-February. That "
     "followed growth of 5.8% in 2025.",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 6.2, "eq"), ("industrial_value_added", "yoy_pct", *year(2025), 5.8, "eq")}),
    # "…, compared with overall industrial growth of 6.9% in the first half": a measure named "growth", then "of" its rate
    ("China's robot boom\nJuly 18, 2017\n\nProduction of industrial robots jumped 52.1% in the first half. That figure compares with overall "
     "industrial growth of 6.8% in the first half.",
     {("industrial_robot_output", "yoy_pct", *h1(2017), 52.1, "eq"), ("industrial_value_added", "yoy_pct", *h1(2017), 6.8, "eq")}),
    # "Output of industrial robots grew 31.4% YoY and service robots rose 20.1%": the second product shares "output"
    ("China's new economy in January-February\nMarch 17, 2026\n\nOutput of industrial robots grew 30.4% YoY in January-February and service "
     "robots rose 21.1%, while 3D printers jumped 42.3%.",
     {("industrial_robot_output", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 30.4, "eq"),
      ("service_robot_output", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 21.1, "eq")}),
    # "比2019年末的13万个增长4倍多": "more than four-fold" is no exact rate
    ("2020年通信业统计公报解读\n2021年1月26日\n\n截至年底累计开通5G基站71.6万个，比2019年末的13万个增长4倍多。",
     {("five_g_base_stations", "level", *dec31(2020), 7.16e5, "eq"), ("five_g_base_stations", "level", *dec31(2019), 1.3e5, "eq")}),
    # "全省…增长35.1%，比全国高10.6个百分点。其中，…高技术制造业…分别增长44.2%": the country as a yardstick opens no national clause
    ("国新办发布会介绍一季度工业和信息化发展情况\n2021年4月20日\n\n一季度，全国规模以上工业增加值同比增长24.5%。\n\n记者从省经信厅获悉，一季度，全省规上工业增加值同比增长35.2%，"
     "比全国高10.7个百分点。其中，高技术制造业、装备制造业增加值分别增长44.1%和46.9%。",
     {("industrial_value_added", "yoy_pct", *quarter(2021, 1), 24.5, "eq")}),
    # "该企业…关键工序数控化率从不足40%提升至85%": one firm's own figure
    ("工信部：制造业数字化转型成效明显\n2025年7月20日\n\n记者在一家汽车零部件企业采访时了解到，该企业近三年累计投入1.2亿元进行产线改造，关键工序数控化率从不足40%提升至85%。",
     set()),
    # "helped by front-loading ahead of the 15 December tariff round": an event's day, not the figures' month
    ("China: industrial production slumps in August\n16 September 2019\n\nMicrocomputer output rose 3.1% yoy to 31.27 million units, helped by "
     "front-loading ahead of the 15 December tariff round.",
     {("computer_output", "level", *month(2019, 8), 3.127e7, "eq"), ("computer_output", "yoy_pct", *month(2019, 8), 3.1, "eq")}),
    # "… after the subsidy cut in late June: NEV production …": an event's month in a lead before the figures
    ("China: industrial production slumps in August\n16 September 2019\n\nEven NEVs are now contracting after the subsidy cut in late June: NEV "
     "sales came in at 86,000 units, down 15.7% yoy.",
     {("nev_sales", "level", *month(2019, 8), 86000.0, "eq"), ("nev_sales", "yoy_pct", *month(2019, 8), -15.7, "eq")}),
    # (not when the sentence names its own month: "… since subsidies were cut in late June: NEV sales in September slumped …")
    ("China's industry in September\nOctober 18, 2019\n\nNEVs fared better over the nine months, with sales up 20.7 percent to 873,000 units. But "
     "the sector has stalled since subsidies were cut in late June: NEV sales in September slumped 34.1 percent year-on-year to 81,000 units.",
     {("nev_sales", "level", *nine_months(2019), 8.73e5, "eq"), ("nev_sales", "yoy_pct", *nine_months(2019), 20.7, "eq")}),
    # "as the June subsidy cut continued to bite": an event named by its month
    ("China: November activity data\n16 December 2019\n\nNew energy vehicle (NEV) output slumped 37.3% to about 110k units as the June subsidy cut "
     "continued to bite.",
     {("nev_production", "level", *month(2019, 11), 1.1e5, "approx"), ("nev_production", "yoy_pct", *month(2019, 11), -37.3, "eq")}),
    # "…, down 47.6% yoy, the lowest April figure in a decade": a month's figures compared, no date
    ("China: April activity data\n16 May 2022\n\nThe industry association (CAAM) reported vehicle sales of 1.19mn units, down 47.5% yoy, the lowest "
     "April figure in a decade.",
     {("auto_sales", "level", *month(2022, 4), 1.19e6, "eq"), ("auto_sales", "yoy_pct", *month(2022, 4), -47.5, "eq")}),
    # "high-tech manufacturing held up better at +4.0% yoy", "swung back into positive territory at 2.3%"
    ("China: August activity data\n15 September 2023\n\nEquipment manufacturing value added contracted 8.6% yoy in August, while high-tech "
     "manufacturing held up better at +4.1% yoy.",
     {("equipment_manufacturing_value_added", "yoy_pct", *month(2023, 8), -8.6, "eq"),
      ("high_tech_manufacturing_value_added", "yoy_pct", *month(2023, 8), 4.1, "eq")}),
    ("China: August activity data\n15 September 2023\n\nIndustrial value added grew 4.5% yoy in August. High-tech manufacturing swung back into "
     "positive territory at 2.2%.",
     {("industrial_value_added", "yoy_pct", *month(2023, 8), 4.5, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *month(2023, 8), 2.2, "eq")}),
    # "rose 10.8% in 2016, and in equipment manufacturing 9.5%": the verb and the period understood
    ("China's factories in 2016\nJanuary 21, 2017\n\nValue added in high-tech manufacturing rose 10.7% in 2016, and in equipment manufacturing "
     "9.4%, the NBS said.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *year(2016), 10.7, "eq"),
      ("equipment_manufacturing_value_added", "yoy_pct", *year(2016), 9.4, "eq")}),
    # "Sales had reached a record 28.88 million in 2017. Vehicle production fell 4.2 percent": a look back passes no year on
    ("China's car sales fall for the first time in decades\nJanuary 14, 2019\n\nChina's new-vehicle sales fell 2.7 percent last year to 28.09 "
     "million. Sales had reached a record 28.87 million in 2017. Vehicle production fell 4.1 percent to 27.82 million.",
     {("auto_sales", "level", *year(2018), 2.809e7, "eq"), ("auto_sales", "yoy_pct", *year(2018), -2.7, "eq"),
      ("auto_sales", "level", *year(2017), 2.887e7, "eq"),
      ("auto_production", "level", *year(2018), 2.782e7, "eq"), ("auto_production", "yoy_pct", *year(2018), -4.1, "eq")}),
    # "单看三季度，增长5.8%…；但9月份增速回升至6.5%": drill-downs after "单看" and "但"
    ("前三季度工业经济运行情况\n2025年10月24日\n\n前三季度，全国规模以上工业增加值同比增长6.1%。单看三季度，增长5.7%，较二季度有所放缓；但9月份增速回升至6.4%。",
     {("industrial_value_added", "yoy_pct", *nine_months(2025), 6.1, "eq"), ("industrial_value_added", "yoy_pct", *quarter(2025, 3), 5.7, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2025, 9), 6.4, "eq")}),
    # ", which Beijing is promoting to cut pollution, held up better, rising 43.9%": an aside about the subject, then the verb
    ("China's factory output falls in April\nMay 16, 2022\n\nProduction of electric cars and other new energy vehicles, which Beijing is "
     "promoting to cut pollution, held up better, rising 43.8% to 311,000.",
     {("nev_production", "level", *month(2022, 4), 3.11e5, "eq"), ("nev_production", "yoy_pct", *month(2022, 4), 43.8, "eq")}),
    # "前三季粗鋼產量仍達6億2,755萬噸，年增6.3%": Taiwan's "前三季", a figure in 亿 and 万 with a thousands comma, and what
    # happened after what was expected ("市場原本預期…將下滑，但…")
    ("陸前三季工業生產穩健\n2017年10月20日\n\n受去產能政策影響，市場原本預期鋼鐵產量將下滑，但前三季粗鋼產量仍達6億2,754萬噸，年增6.2%。",
     {("crude_steel_output", "level", *nine_months(2017), 6.2754e8, "eq"), ("crude_steel_output", "yoy_pct", *nine_months(2017), 6.2, "eq")}),
    # (what is expected after "但" is still a forecast)
    ("前三季度工业经济运行情况\n2017年10月20日\n\n前三季度粗钢产量6.3亿吨，但预计全年粗钢产量将增长5.1%。",
     {("crude_steel_output", "level", *nine_months(2017), 6.3e8, "eq")}),
    # "汽车：392.3万辆，同比下降14.4%；其中新能源汽车15.0万辆，增长103.9%": the NEVs among the vehicles made
    ("1-2月份主要工业产品产量\n2019年3月14日\n\n【主要产品产量】\n- 汽车：392.1万辆，同比下降14.5%；其中新能源汽车15.1万辆，增长103.8%\n- 粗钢：15041万吨，同比增长9.1%\n",
     {("auto_production", "level", date(2019, 1, 1), date(2019, 2, 28), 3.921e6, "eq"), ("auto_production", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), -14.5, "eq"),
      ("nev_production", "level", date(2019, 1, 1), date(2019, 2, 28), 1.51e5, "eq"), ("nev_production", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), 103.8, "eq"),
      ("crude_steel_output", "level", date(2019, 1, 1), date(2019, 2, 28), 1.5041e8, "eq"), ("crude_steel_output", "yoy_pct", date(2019, 1, 1), date(2019, 2, 28), 9.1, "eq")}),
    ("工信部：1-2月工业经济开局良好\n2026年3月17日\n\n1-2月份，汽车产量387.2万辆，增长8.2%，其中新能源汽车15.2万辆，增长103.7%。",
     {("auto_production", "level", date(2026, 1, 1), date(2026, 2, 28), 3.872e6, "eq"), ("auto_production", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 8.2, "eq"),
      ("nev_production", "level", date(2026, 1, 1), date(2026, 2, 28), 1.52e5, "eq"), ("nev_production", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 103.7, "eq")}),
    # "…加快0.4个百分点（去年12月份增长5.2%）": the month before's rate in brackets, said with "增长" alone
    ("工信部：1-2月工业经济开局良好\n2026年3月17日\n\n1-2月份，全国规模以上工业增加值同比增长5.7%，增速比去年12月份加快0.4个百分点（去年12月份增长5.3%）。",
     {("industrial_value_added", "yoy_pct", date(2026, 1, 1), date(2026, 2, 28), 5.7, "eq"), ("industrial_value_added", "yoy_pct", *month(2025, 12), 5.3, "eq")}),
]

# (one test reads all of SESSION61's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION61)
def test_session61(text, expected):
    assert obs(text) == expected


# --- extractor 1.63.0 ---
SESSION62 = [
    # "新能源汽车产业领跑全球，2024年产销量…": leading the world is a rank, not the world's figure
    ("工信部：新能源汽车产业发展情况\n2025年1月20日\n\n新能源汽车产业领跑全球，2024年产销量分别达到1288.7万辆和1286.5万辆，而2020年新能源汽车销量仅为136.6万辆。",
     {("nev_production", "level", *year(2024), 1.2887e7, "eq"), ("nev_sales", "level", *year(2024), 1.2865e7, "eq"),
      ("nev_sales", "level", *year(2020), 1.366e6, "eq")}),
    # (but the world's sales are still the world's)
    ("工信部：新能源汽车产业发展情况\n2025年1月20日\n\n2024年全球新能源汽车销量1700万辆，中国领跑全球。",
     set()),
    # "而在2017年，这一数字分别为79.4万辆和77.7万辆": the pair of the sentence before, for another year
    ("工信部：新能源汽车产销情况\n2019年1月14日\n\n2018年，新能源汽车产销分别完成127.1万辆和125.7万辆。而在2017年，这一数字分别为79.3万辆和77.6万辆。",
     {("nev_production", "level", *year(2018), 1.271e6, "eq"), ("nev_sales", "level", *year(2018), 1.257e6, "eq"),
      ("nev_production", "level", *year(2017), 7.93e5, "eq"), ("nev_sales", "level", *year(2017), 7.76e5, "eq")}),
    # (not when the units differ from the pair before)
    ("工信部：新能源汽车产销情况\n2019年1月14日\n\n2018年，新能源汽车产销分别完成127.1万辆和125.7万辆。而在2017年，这一数字分别为53.8%%和53.3%%。".replace("%%", "%"),
     {("nev_production", "level", *year(2018), 1.271e6, "eq"), ("nev_sales", "level", *year(2018), 1.257e6, "eq")}),
    # "年均增长6.0%左右，其中2019年增长5.7%": an annual average (its 均 is no "both"), then one year's rate
    ("工信部：“十三五”工业发展成就\n2020年10月23日\n\n2016—2019年规模以上工业增加值年均增长6.1%左右，其中2019年增长5.6%。",
     {("industrial_value_added", "yoy_pct", *year(2019), 5.6, "eq")}),
    # "edged up to 3.9% y-o-y in Jan-Aug from 3.8% in Jan-Jul": a month range before the "from"
    ("China: August activity beats\n15 September 2023\n\nIndustrial production rose 4.4% y-o-y in August.\n"
     "* Year-to-date growth edged up to 3.8% y-o-y in Jan-Aug from 3.7% in Jan-Jul.",
     {("industrial_value_added", "yoy_pct", *month(2023, 8), 4.4, "eq"), ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 8, 31), 3.8, "eq"),
      ("industrial_value_added", "yoy_pct", date(2023, 1, 1), date(2023, 7, 31), 3.7, "eq")}),
    # "…at 2.3%, from -0.9% in July": the earlier rate's own sign
    ("China's industrial output rises in August\n15 September 2023\n\nHigh-tech manufacturing swung back into positive territory at 2.4% in August, from -0.8% in July.",
     {("high_tech_manufacturing_value_added", "yoy_pct", *month(2023, 8), 2.4, "eq"), ("high_tech_manufacturing_value_added", "yoy_pct", *month(2023, 7), -0.8, "eq")}),
    # ("…年均增长9.4%，单位工业增加值能耗累计下降28%左右": another measure's fall, not the value added's rate)
    ("工信部：“十二五”工业发展成就\n2016年1月20日\n\n“十二五”时期，全国规模以上工业增加值年均增长9.5%，单位工业增加值能耗累计下降27%左右。",
     set()),
    # "the number of users on gigabit broadband plans", "subscribers on gigabit (1Gbit/s) plans", "千兆（十億位元級）寬頻用戶"
    ("China's telecom sector in 2022\nJanuary 20, 2023\n\nOn the fixed side, the number of users on gigabit broadband plans hit 91.74 million by the end of 2022.",
     {("gigabit_broadband_users", "level", *dec31(2022), 9.174e7, "eq")}),
    ("China's telecom sector in November\nDecember 20, 2019\n\nOn the fixed side, MIIT counted 860,000 subscribers on gigabit (1Gbit/s) plans at the end of November.",
     {("gigabit_broadband_users", "level", date(2019, 11, 30), date(2019, 11, 30), 8.6e5, "eq")}),
    ("大陸通信業首季數據出爐\n2023/04/20\n\n截至3月底，千兆（十億位元級）寬頻用戶達1.01億戶。",
     {("gigabit_broadband_users", "level", date(2023, 3, 31), date(2023, 3, 31), 1.01e8, "eq")}),
    # "按年僅增3.1%…按月則增長0.05%": Hong Kong's year on year with a bare 增, and its month on month
    ("前三季工業增加值增11.8%\n2021年10月22日\n\n惟單計9月份，規模以上工業增加值按年僅增3.2%，較8月份的5.4%進一步回落，按月則增長0.06%。",
     {("industrial_value_added", "yoy_pct", *month(2021, 9), 3.2, "eq"), ("industrial_value_added", "yoy_pct", *month(2021, 8), 5.4, "eq")}),
    # "leaving YTD auto output 10.5% below a year earlier": a broker's YTD; "rolled off the lines": made
    ("China: April activity collapses\n16 May 2022\n\nNBS data show 1.204mn vehicles rolled off the lines in April, down 43.4% y/y, leaving YTD auto output 10.4% below a year earlier.",
     {("auto_production", "yoy_pct", *month(2022, 4), -43.4, "eq"), ("auto_production", "yoy_pct", date(2022, 1, 1), date(2022, 4, 30), -10.4, "eq")}),
    # "…, although steel prices have fallen about 15% since late October": a change since a month dates nothing
    ("China's factory output slows in November\nDecember 14, 2018\n\nCrude steel output rose 10.7% from a year earlier to 76.61 million metric tons, "
     "although steel prices have fallen about 15% since late October.",
     {("crude_steel_output", "level", *month(2018, 11), 7.661e7, "eq"), ("crude_steel_output", "yoy_pct", *month(2018, 11), 10.7, "eq")}),
    # "Separately, the China Association of Automobile Manufacturers reported sales of …, down 13.9%"
    ("China's factory output slows in November\nDecember 14, 2018\n\nSeparately, the China Association of Automobile Manufacturers reported sales "
     "of 2.54 million vehicles last month, down 13.8% and the fifth straight monthly drop.",
     {("auto_sales", "level", *month(2018, 11), 2.54e6, "eq"), ("auto_sales", "yoy_pct", *month(2018, 11), -13.8, "eq")}),
    # "December's figure came in at 5.9 percent, below November's 6.2 percent"
    ("China's industrial growth slows\nJanuary 19, 2016\n\nOutput at industrial firms above a designated size rose 6.0 percent in 2015. "
     "December's figure came in at 5.8 percent, below November's 6.1 percent and missing market expectations of 6.0 percent.",
     {("industrial_value_added", "yoy_pct", *year(2015), 6.0, "eq"), ("industrial_value_added", "yoy_pct", *month(2015, 12), 5.8, "eq"),
      ("industrial_value_added", "yoy_pct", *month(2015, 11), 6.1, "eq")}),
    # "6月份增速更是回升至7.6%"
    ("工信部：上半年工业通信业发展情况\n2017年7月24日\n\n上半年全国规模以上工业增加值同比增长6.8%。6月份增速更是回升至7.5%。",
     {("industrial_value_added", "yoy_pct", *h1(2017), 6.8, "eq"), ("industrial_value_added", "yoy_pct", *month(2017, 6), 7.5, "eq")}),
    # "宝钢股份(600019.SH)1-2月粗钢产量同比增长3.1%": a listed firm's, named by its stock code
    ("统计局：1-2月工业增加值增长7.2%\n2018年3月14日\n\n从个股来看，宝钢股份(600019.SH)1-2月粗钢产量同比增长3.2%，机器人板块龙头埃斯顿(002747.SZ)今日早盘一度涨超5%。",
     set()),
    # "而2018年同期，新能源汽车销量为41.2万辆": the same months of that year
    ("上半年汽车产销情况\n2019年7月10日\n\n1-6月，新能源汽车产销分别完成61.3万辆和61.6万辆。而2018年同期，新能源汽车销量为41.1万辆。",
     {("nev_production", "level", *h1(2019), 6.13e5, "eq"), ("nev_sales", "level", *h1(2019), 6.16e5, "eq"), ("nev_sales", "level", *h1(2018), 4.11e5, "eq")}),
    # "全国一体化算力网络国家（贵州）枢纽节点…，标准机架超过30万架": the hub's, named by its province in brackets
    ("工信部：2022年工业和信息化发展情况\n2023年1月18日\n\n全国一体化算力网络国家（贵州）枢纽节点建设提速，投运及在建重点数据中心达36个，标准机架超过31万架。",
     set()),
    # "1.366 million were produced, up 7.5%, and 1.367 million were sold, up 10.9%": the topic's other flow after the first one's rate
    ("China's auto sales fall in 2020\nJanuary 13, 2021\n\nBut new energy vehicles, which Beijing has backed with subsidies, did better: "
     "1.365 million were produced, up 7.4%, and 1.368 million were sold, up 10.8%.",
     {("nev_production", "level", *year(2020), 1.365e6, "eq"), ("nev_production", "yoy_pct", *year(2020), 7.4, "eq"),
      ("nev_sales", "level", *year(2020), 1.368e6, "eq"), ("nev_sales", "yoy_pct", *year(2020), 10.8, "eq")}),
    # "NEVs remained the exception – output 1.65mn (+27.7%), sales 1.586mn (+26.2%)": a label closed by a dash
    ("China: 1Q23 activity data\n18 April 2023\n\nNEVs remained the exception – output 1.64mn (+27.6%), sales 1.587mn (+26.3%) – lifting their share of new car sales to 26.1%.",
     {("nev_production", "level", *quarter(2023, 1), 1.64e6, "eq"), ("nev_production", "yoy_pct", *quarter(2023, 1), 27.6, "eq"),
      ("nev_sales", "level", *quarter(2023, 1), 1.587e6, "eq"), ("nev_sales", "yoy_pct", *quarter(2023, 1), 26.3, "eq")}),
    # "users on plans offering speeds of 1 Gbps or more"; "10G PON ports, able to deliver gigabit service, rose to …"
    ("China's telecom sector in 2020\nJanuary 20, 2021\n\nOn the fixed side, the number of users on plans offering speeds of 1 Gbps or more reached 6.3 million "
     "by the end of 2020, while the number of 10G PON ports, able to deliver gigabit service, rose to 3.1 million.",
     {("gigabit_broadband_users", "level", *dec31(2020), 6.3e6, "eq"), ("ten_g_pon_ports", "level", *dec31(2020), 3.1e6, "eq")}),
]

# (one test reads all of SESSION62's cases, declared after the last of them)


@pytest.mark.parametrize("text, expected", SESSION62)
def test_session62(text, expected):
    assert obs(text) == expected
