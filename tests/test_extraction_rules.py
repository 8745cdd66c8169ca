"""Observation rules on hand-written briefing sentences (none copied from the seeds).

Each case states the exact observations expected (indicator, measure, period, value,
qualifier), so a wrong value, scale, period, sign, qualifier or concept fails the test.
"""
from __future__ import annotations

from datetime import date

import pytest

from dagster_project.extraction import extract

H1_2019 = "SCIO briefing on industry and information technology in the first half of 2019\n\nBeijing | July 24, 2019\n\n"
FY_2020 = "Press conference on industrial and IT development in 2020\n\nPublished: 2021-01-27 10:30\n\n"
H1 = (date(2019, 1, 1), date(2019, 6, 30))
JUN30 = (date(2019, 6, 30), date(2019, 6, 30))


def obs(text: str) -> set[tuple]:
    ex = extract(text)
    return {(o.indicator_id, o.measure, o.period_start, o.period_end, round(o.value, 6), o.qualifier)
            for o in ex.observations}


def ids(text: str) -> set[str]:
    return {o.indicator_id for o in extract(text).observations}


CASES = {
    # 5G next to a magnitude: "5G" is never a number, the count is 4.1 million.
    "5g_next_to_magnitude": (
        H1_2019 + "By the end of June, China had 4.1 million 5G base stations in service.",
        {("five_g_base_stations", "level", *JUN30, 4100000.0, "eq")}),
    # percent vs percentage points: only the growth rate is a yoy value.
    "pp_not_yoy": (
        H1_2019 + "The added value of high-tech manufacturing grew 9.1 percent year on year, "
                  "2.3 percentage points faster than that of all industries above designated size.",
        {("high_tech_manufacturing_value_added", "yoy_pct", *H1, 9.1, "eq")}),
    "respectively": (
        H1_2019 + "Production and sales of new energy vehicles reached 1.2 million and 1.18 million units, "
                  "up 20.1 percent and 19.5 percent respectively.",
        {("nev_production", "level", *H1, 1200000.0, "eq"), ("nev_sales", "level", *H1, 1180000.0, "eq"),
         ("nev_production", "yoy_pct", *H1, 20.1, "eq"), ("nev_sales", "yoy_pct", *H1, 19.5, "eq")}),
    "respectively_value_added_list": (
        H1_2019 + "The value added of equipment manufacturing and high-tech manufacturing rose 8.7% and 10.2%, respectively.",
        {("equipment_manufacturing_value_added", "yoy_pct", *H1, 8.7, "eq"),
         ("high_tech_manufacturing_value_added", "yoy_pct", *H1, 10.2, "eq")}),
    "inherited_period_same_paragraph": (
        H1_2019 + "In the first five months, the software and information technology services industry realized "
                  "revenue of 2.1 trillion yuan. Total profit for the software industry reached 250 billion yuan, up 10.5 percent.",
        {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 5, 31), 2.1e12, "eq"),
         ("software_industry_profit", "level", date(2019, 1, 1), date(2019, 5, 31), 2.5e11, "eq"),
         ("software_industry_profit", "yoy_pct", date(2019, 1, 1), date(2019, 5, 31), 10.5, "eq")}),
    "no_inheritance_across_paragraphs": (
        H1_2019 + "In the first five months, the software and information technology services industry realized "
                  "revenue of 2.1 trillion yuan.\n\nTotal profit for the software industry reached 250 billion yuan.",
        {("software_it_services_revenue", "level", date(2019, 1, 1), date(2019, 5, 31), 2.1e12, "eq"),
         ("software_industry_profit", "level", *H1, 2.5e11, "eq")}),
    "stock_without_date_is_end_of_reporting_period": (
        H1_2019 + "In the first two months, computer production reached 50 million units. "
                  "There are more than 200 industrial internet platforms with regional influence.",
        {("computer_output", "level", date(2019, 1, 1), date(2019, 2, 28), 5e7, "eq"),
         ("industrial_internet_platforms", "level", *JUN30, 200.0, "gt")}),
    "flow_by_end_of_year_is_the_year": (
        FY_2020 + "By the end of 2020, revenue of the software industry reached 8.16 trillion yuan.",
        {("software_it_services_revenue", "level", date(2020, 1, 1), date(2020, 12, 31), 8.16e12, "eq")}),
    "qualifier_shared_across_list": (
        H1_2019 + "Nearly 2,000 basic-level, 300 advanced-level and 40 excellence-level smart factories have been cultivated.",
        {("smart_factories_basic", "level", *JUN30, 2000.0, "lt"),
         ("smart_factories_advanced", "level", *JUN30, 300.0, "lt"),
         ("smart_factories_excellence", "level", *JUN30, 40.0, "lt")}),
    "negative_growth_and_level": (
        H1_2019 + "Crude steel output fell 3.2 percent year on year to 480 million metric tons. "
                  "Telecom business revenue totaled 650 billion yuan, down 1.2% year on year.",
        {("crude_steel_output", "yoy_pct", *H1, -3.2, "eq"), ("crude_steel_output", "level", *H1, 4.8e8, "eq"),
         ("telecom_business_revenue", "level", *H1, 6.5e11, "eq"),
         ("telecom_business_revenue", "yoy_pct", *H1, -1.2, "eq")}),
    "a_decrease_of": (
        H1_2019 + "In the first half, industrial robot output was 86,000 sets, a decrease of 11.2 percent.",
        {("industrial_robot_output", "level", *H1, 86000.0, "eq"),
         ("industrial_robot_output", "yoy_pct", *H1, -11.2, "eq")}),
    "word_number_with_magnitude": (
        H1_2019 + "Over a thousand national green factories have been recognised.",
        {("national_green_factories", "level", *JUN30, 1000.0, "gt")}),
    "pflops_converted": (
        H1_2019 + "The intelligent computing power reached 460 PFLOPS.",
        {("intelligent_computing_power", "level", *JUN30, 0.46, "eq")}),
    "x_of_the_97": (
        H1_2019 + "5G applications now cover 60 out of the 97 major categories of the national economy.",
        {("five_g_economy_categories", "level", *JUN30, 60.0, "eq")}),
    "penetration_vs_share": (
        H1_2019 + "The 5G penetration rate reached 50.1 percent, and 5G users accounted for 45.3 percent of all mobile phone users.",
        {("five_g_penetration_rate", "level", *JUN30, 50.1, "eq"),
         ("five_g_share_of_mobile_users", "level", *JUN30, 45.3, "eq")}),
    "gigabit_by_speed": (
        H1_2019 + "By the end of June 2019, fixed broadband users with access of 1000Mbps and above totaled 512,000.",
        {("gigabit_broadband_users", "level", *JUN30, 512000.0, "eq")}),
    "month_period_flow": (
        FY_2020 + "The average monthly mobile data usage per user reached 11.9 GB in December.",
        {("mobile_dou", "level", date(2020, 12, 1), date(2020, 12, 31), 11.9, "eq")}),
    "january_to_november": (
        FY_2020 + "From January to November 2018, NEV sales reached 1.03 million units.",
        {("nev_sales", "level", date(2018, 1, 1), date(2018, 11, 30), 1030000.0, "eq")}),
    "comparison_period_is_not_the_period": (
        H1_2019 + "In the first quarter, industrial output grew 6.3 percent, 0.6 percentage point higher than in the "
                  "fourth quarter of last year.",
        {("industrial_value_added", "yoy_pct", date(2019, 1, 1), date(2019, 3, 31), 6.3, "eq")}),
    "growth_attached_to_level": (
        FY_2020 + "In 2020, 5G mobile phone shipments reached 163 million units, up 9.1% from a year earlier, "
                  "accounting for 52.9 percent of all shipments.",
        {("five_g_phone_shipments", "level", date(2020, 1, 1), date(2020, 12, 31), 1.63e8, "eq"),
         ("five_g_phone_shipments", "yoy_pct", date(2020, 1, 1), date(2020, 12, 31), 9.1, "eq")}),
    "more_precise_statement_wins": (
        H1_2019 + "In the first half, the software industry generated nearly 3.4 trillion yuan in revenue.\n\n"
                  "In the first half, the software and information technology services industry achieved revenue "
                  "of 3.3736 trillion yuan.",
        {("software_it_services_revenue", "level", *H1, 3.3736e12, "eq")}),
    "noise_broken_and_glued_numbers": (
        H1_2019 + "The 5G penetration rate reached 17.\n\n1 percent. Industrial output rose 4.6%year -on -year.\u00a0"
                  "5G mobile subscribers reached \uff11\uff0e\uff10\uff16\uff18 billion.",
        {("five_g_penetration_rate", "level", *JUN30, 17.1, "eq"),
         ("industrial_value_added", "yoy_pct", *H1, 4.6, "eq"),
         ("five_g_mobile_users", "level", *JUN30, 1.068e9, "eq")}),
    "growth_at_paragraph_end_then_comparison_next_paragraph": (
        FY_2020 + "Telecom business volume, calculated at last year's prices, grew 16.8 percent.\n\n"
                  "The ministry said the growth was higher than expected.",
        {("telecom_business_volume", "yoy_pct", date(2020, 1, 1), date(2020, 12, 31), 16.8, "eq")}),
    "dateline_city_is_not_a_region": (
        "China's 5G network keeps expanding\n\nXinhua | October 21, 2025\n\nBEIJING, Oct. 21 (Xinhua) -- China had "
        "4.702 million 5G base stations by the end of September, the ministry said.",
        {("five_g_base_stations", "level", date(2025, 9, 30), date(2025, 9, 30), 4702000.0, "eq")}),
    "currency_before_number_and_verb_form": (
        FY_2020 + "Telecom business revenue was RMB 1.36 trillion, up 3.6 percent. "
                  "The country produced 237,000 industrial robots, an increase of 19.1 percent.",
        {("telecom_business_revenue", "level", date(2020, 1, 1), date(2020, 12, 31), 1.36e12, "eq"),
         ("telecom_business_revenue", "yoy_pct", date(2020, 1, 1), date(2020, 12, 31), 3.6, "eq"),
         ("industrial_robot_output", "level", date(2020, 1, 1), date(2020, 12, 31), 237000.0, "eq"),
         ("industrial_robot_output", "yoy_pct", date(2020, 1, 1), date(2020, 12, 31), 19.1, "eq")}),
    "households_for_user_accounts": (
        H1_2019 + "Gigabit broadband users reached 2.4 million households.",
        {("gigabit_broadband_users", "level", *JUN30, 2400000.0, "eq")}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_observations(name):
    text, expected = CASES[name]
    assert obs(text) == expected


NOT_THE_INDICATOR = {
    "addition_new": "China added 120,000 new 5G base stations in the first half.",
    "addition_increase_by": "The number of industrial enterprises above designated size increased by 7,000.",
    "addition_newly_built": "Newly built 5G base stations totaled 30,000.",
    "target_will": "China will build more than 600,000 5G base stations by the end of 2019.",
    "target_expected": "The number of gigabit broadband users is expected to exceed 100 million.",
    "target_aims": "The ministry aims to have 1.5 million 5G base stations by 2027.",
    "province_possessive": "Guangdong's 5G base stations totaled 120,000.",
    "province_in": "In Zhejiang province, gigabit broadband users reached 5 million.",
    "company": "Huawei's share of 5G standard essential patent declarations was 14 percent.",
    "density": "There are 26 5G base stations per 10,000 people.",
    "subset_high_level_factories": "China has selected 700 high-level 5G factories.",
    "subset_ai_little_giants": "More than 400 national-level \"little giant\" AI enterprises have been cultivated.",
    "terminal_connections": "The number of 5G terminal connections exceeded 200 million.",
    "investment_not_value_added": "Fixed-asset investment in computer, communication and other electronic "
                                  "equipment manufacturing grew 10.5 percent.",
    "exports_not_sales": "NEV exports reached 1.2 million units, up 50 percent.",
    "share_not_growth": "The value added of consumer goods industries accounted for 26.1 percent of the total.",
    "cumulative_growth_not_yoy": "Revenue of the digital industry recorded cumulative growth of 39.5 percent compared "
                                 "to the end of 2015.",
    "world_figure": "Global 5G users exceeded 1.5 billion.",
    "average_annual_growth": "The value added of high-tech manufacturing saw average annual growth of 10 percent.",
    "value_added_of_a_subset": "The added value of \"little giant\" enterprises in industrial enterprises above "
                               "designated size grew 9 percent.",
}


@pytest.mark.parametrize("name", sorted(NOT_THE_INDICATOR))
def test_not_the_indicator(name):
    assert obs(H1_2019 + NOT_THE_INDICATOR[name]) == set()


def test_chinese_basics():
    text = ("工业和信息化部2025年一季度工业和信息化发展情况新闻发布会\n\n发布时间：2025-04-18 10:00\n\n"
            "一季度，规模以上工业增加值同比增长6.5%。截至3月末，5G基站总数达439.5万个，5G移动电话用户达10.68亿户。\n\n"
            "1-2月，软件业务收入18965亿元，同比增长9.9%。\n\n"
            "一季度，汽车产销分别完成756.1万辆和747万辆，同比分别增长14.5%和11.2%。\n\n"
            "广东省5G基站达到30万个。")
    q1, mar31, jf = (date(2025, 1, 1), date(2025, 3, 31)), (date(2025, 3, 31),) * 2, (date(2025, 1, 1), date(2025, 2, 28))
    assert obs(text) == {
        ("industrial_value_added", "yoy_pct", *q1, 6.5, "eq"),
        ("five_g_base_stations", "level", *mar31, 4395000.0, "eq"),
        ("five_g_mobile_users", "level", *mar31, 1.068e9, "eq"),
        ("software_it_services_revenue", "level", *jf, 1.8965e12, "eq"),
        ("software_it_services_revenue", "yoy_pct", *jf, 9.9, "eq"),
        ("auto_production", "level", *q1, 7561000.0, "eq"), ("auto_sales", "level", *q1, 7470000.0, "eq"),
        ("auto_production", "yoy_pct", *q1, 14.5, "eq"), ("auto_sales", "yoy_pct", *q1, 11.2, "eq"),
    }
    assert extract(text).document.language == "zh"


def test_no_date_at_all():
    """No recognisable document date: flows with their own period still extract, undated stocks do not."""
    text = ("Industry update\n\nIn 2018, crude steel output reached 928 million tonnes. "
            "There are 2.4 million 5G base stations.")
    ex = extract(text)
    assert {(o.indicator_id, o.period_start, o.period_end) for o in ex.observations} == {
        ("crude_steel_output", date(2018, 1, 1), date(2018, 12, 31))}
    assert ex.document.event_date is None and ex.document.period_end is None
    assert ex.document.warnings


def test_evidence_is_source_text():
    ex = extract(H1_2019 + "Gigabit broadband users totaled 9.8 million, up 20 percent year on year.")
    (o,) = [o for o in ex.observations if o.measure == "level"]
    assert o.evidence in ex.text
    assert "9.8 million" in o.evidence
    m = ex.mentions[o.mention_id]
    assert m.surface == "9.8 million" and m.value == 9.8e6
