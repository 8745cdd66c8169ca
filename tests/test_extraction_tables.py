"""Statistical tables (tables.find_tables): which lines are a table, and what each column is."""
from dagster_project.extraction.normalize import normalise_text
from dagster_project.extraction.tables import find_tables


def _read(raw: str):
    text = normalise_text(raw)
    return text, find_tables(text)


def test_ministry_appendix_columns_and_rows():
    text, found = _read("附：2019年工业通信业主要指标完成情况\n\n指标名称　　　　2019年　　　　比上年增长（%）\n"
                        "规模以上工业增加值　　—　　　5.7\n粗钢产量（万吨）　　99634　　8.3\n电信业务收入（亿元）　13100　　0.8\n")
    assert len(found) == 1
    t = found[0]
    assert [(c.kind, c.year, c.months) for c in t.columns] == [("period", 2019, None), ("growth", None, None)]
    rows = [(text[r.label_start:r.label_end], r.unit, [text[a:b] if (a, b) != (0, 0) else None for a, b in
             [c or (0, 0) for c in r.cells]]) for r in t.rows]
    assert rows == [("规模以上工业增加值", None, [None, "5.7"]), ("粗钢产量", "万吨", ["99634", "8.3"]),
                    ("电信业务收入", "亿元", ["13100", "0.8"])]


def test_two_line_header_spreads_the_period_over_its_columns():
    text, found = _read("2024年1-5月份规模以上工业生产主要数据\n指标\t1-5月\n\t绝对量\t同比增长(%)\n"
                        "规模以上工业增加值\t…\t6.2\n主要产品产量\n粗钢(万吨)\t43612.0\t-1.4\n")
    (t,) = found
    assert [(c.kind, c.months) for c in t.columns] == [("period", (1, 5)), ("growth", None)]
    assert [(text[r.label_start:r.label_end], r.section) for r in t.rows] == [("规模以上工业增加值", ""), ("粗钢", "主要产品产量")]
    assert t.rows[0].cells[0] is None


def test_two_periods_each_spread_over_their_half_of_the_columns_below():
    text, found = _read("附表：2019年6月份规模以上工业生产主要数据\n\n指标\t6月\t1-6月\n\t绝对量\t同比增长(%)\t绝对量\t同比增长(%)\n"
                        "规模以上工业增加值(%)\t…\t6.3\t…\t6.0\n主要产品产量\n粗钢(万吨)\t8909\t10.0\t49217\t9.9\n")
    (t,) = found
    assert t.title == "附表:2019年6月份规模以上工业生产主要数据"
    assert [(c.kind, c.months) for c in t.columns] == [("period", (6, 6)), ("growth", None), ("period", (1, 6)), ("growth", None)]
    assert [text[a:b] for a, b in t.rows[1].cells] == ["8909", "10.0", "49217", "9.9"]


def test_broker_table_marks_forecast_columns_and_growth_rows():
    text, found = _read("Figure 3: Telecom KPIs\n                     FY21     FY22    FY23E\n"
                        "Telecom business revenue (Rmb bn)   1,468    1,580    1,680\n  YoY   8.0%   8.0%   6.3%\n"
                        "5G users (mn, year-end)   355   561   n.a.\nSource: MIIT\n")
    (t,) = found
    assert [(c.year, c.estimate) for c in t.columns] == [(2021, False), (2022, False), (2023, True)]
    assert [r.growth for r in t.rows] == [False, True, False]
    assert t.rows[2].unit == "mn, year-end" and t.rows[2].cells[2] is None


def test_pipe_table_is_read_like_a_spaced_one():
    text, found = _read("Table 2: H1 data\nIndicator | H1 2024 | % y/y\nNEV sales (mn units) | 4.944 | 32.0\n")
    (t,) = found
    assert [(c.kind, c.months) for c in t.columns] == [("period", (1, 6)), ("growth", None)]
    assert text[t.rows[0].cells[0][0]:t.rows[0].cells[0][1]] == "4.944"


def test_footnote_mark_and_change_column():
    # "FY22*" is the year with a footnote's mark; "chg" is a difference column; "n.m." is no figure
    text, found = _read("Metric | FY22* | 1Q23 | chg\nAuto sales (mn) | 26.86 | 6.08 | n.m.\n5G mobile users (mn) | 561 | 620 | +59\n")
    (t,) = found
    assert [(c.kind, c.year, c.months) for c in t.columns] == [("period", 2022, None), ("period", 2023, (1, 3)), ("change", None, None)]
    assert t.rows[0].cells[2] is None
    assert text[t.rows[1].cells[2][0]:t.rows[1].cells[2][1]] == "+59"


def test_first_months_columns_of_a_broker_table():
    # "9M22" and "1H22": the first nine months and the first half of 2022
    text, found = _read("Figure 1. Selected MIIT indicators\n                 9M22      1H22\nIP (% yoy)        3.9       3.4\n"
                        "NEV sales (mn units)      4.567     2.600\nSource: MIIT\n")
    (t,) = found
    assert [(c.kind, c.year, c.months) for c in t.columns] == [("period", 2022, (1, 9)), ("period", 2022, (1, 6))]
    assert [text[a:b] for a, b in t.rows[1].cells] == ["4.567", "2.600"]


def test_lines_that_are_not_a_table_are_left_alone():
    # a header cell we cannot name, and a row with a figure more than the header has columns
    assert _read("Company 2023 2024\nBYD 3.02 4.27\n")[1] == []
    assert _read("FY22 FY23\nAuto sales (mn) 26.9 30.1 31.4\n")[1] == []
    # prose with a year in it is no header
    assert _read("In 2023 output grew.\nSales 3 4\n")[1] == []


def test_unit_column_of_words_and_a_period_growth_pair_after_the_level():
    # "Unit" cells of two words ("mn units", "'000 sets"); "Oct-24 | % yoy | Jan-Oct % yoy": the month's level,
    # its growth, then the year to date's growth (a "Jan-Oct" with no year: the table's)
    text, found = _read("Figure 2: Output of selected products\nProduct Unit Oct-24 % yoy Jan-Oct % yoy\n"
                        "Automobiles mn units 2.80 4.8 2.1\nIndustrial robots '000 sets 48.2 31.4 12.9\nSource: NBS\n")
    (t,) = found
    assert [(c.kind, c.year, c.months) for c in t.columns] == [
        ("unit", None, None), ("period", 2024, (10, 10)), ("growth", None, None), ("growth", None, (1, 10))]
    assert [(r.unit, [text[a:b] for a, b in r.cells]) for r in t.rows] == [
        ("mn units", ["2.80", "4.8", "2.1"]), ("'000 sets", ["48.2", "31.4", "12.9"])]


def test_pipe_table_with_units_in_its_cells():
    # "| 指标（1-7月） | 数值 | 同比 |" over "| 软件业务收入 | 70585亿元 | 11.2% |": the unit is the cell's
    text, found = _read("| 指标（1-7月） | 数值 | 同比 |\n| 软件业务收入 | 70585亿元 | 11.2% |\n| 电信业务总量 | — | 10.5% |\n")
    (t,) = found
    assert [c.kind for c in t.columns] == ["level", "growth"]
    assert [(text[r.label_start:r.label_end], r.unit) for r in t.rows] == [("软件业务收入", "亿元"), ("电信业务总量", None)]
    assert [text[a:b] for a, b in t.rows[0].cells] == ["70585", "11.2%"]
    assert t.rows[1].cells[0] is None


def test_header_on_two_lines():
    # "Mar-19  % y/y  % y/y" over "level  Mar-19  Jan-Feb-19": each pair is one column, the month's level, its
    # growth, and the first two months' growth ("Jan-Feb-19")
    text, found = _read("Figure 1: Output of selected industrial products\n"
                        "                         Mar-19    % y/y     % y/y\n"
                        "                         level     Mar-19    Jan-Feb-19\n"
                        "Crude steel (mn tonnes)  80.33     10.0       9.2\n"
                        "  o/w NEVs ('000 units)  128.1     88.6       n.a.\nSource: NBS\n")
    (t,) = found
    assert [(c.kind, c.year, c.months) for c in t.columns] == [
        ("period", 2019, (3, 3)), ("growth", 2019, (3, 3)), ("growth", 2019, (1, 2))]
    assert [(r.unit, [text[a:b] if c else None for c in r.cells for a, b in [c or (0, 0)]]) for r in t.rows] == [
        ("mn tonnes", ["80.33", "10.0", "9.2"]), ("'000 units", ["128.1", "88.6", None])]


def test_two_header_lines_that_do_not_pair_are_not_stacked():
    # "Mar-24 % y/y" over "Mar-24 Apr-24": two periods are no pair, so the line nearer the rows is the header
    text, found = _read("                 Mar-24    % y/y\n                 Mar-24    Apr-24\nIP (% yoy)        4.5       6.7\nSource: NBS\n")
    (t,) = found
    assert [(c.kind, c.months) for c in t.columns] == [("period", (3, 3)), ("period", (4, 4))]


def test_period_named_before_each_level_and_growth_column():
    # "5月 绝对量 | 5月 同比增长(%) | 1-5月 绝对量 | 1-5月 同比增长(%)" on one line: each period with the column
    # after it is one column, the period's level or its growth; the label keeps no rule ("|") of the table
    text, found = _read("附表：2023年5月份规模以上工业生产主要数据\n\n"
                        "指标　｜　单位　｜　5月 绝对量　｜　5月 同比增长(%)　｜　1-5月 绝对量　｜　1-5月 同比增长(%)\n"
                        "规模以上工业增加值　｜　%　｜　-　｜　3.5　｜　-　｜　3.6\n"
                        "钢材　｜　万吨　｜　11867　｜　0.9　｜　56577　｜　3.1\n")
    (t,) = found
    assert [(c.kind, c.months) for c in t.columns] == [
        ("unit", None), ("period", (5, 5)), ("growth", (5, 5)), ("period", (1, 5)), ("growth", (1, 5))]
    assert [(text[r.label_start:r.label_end], r.unit) for r in t.rows] == [("规模以上工业增加值", "%"), ("钢材", "万吨")]
    assert [text[a:b] for a, b in t.rows[1].cells] == ["11867", "0.9", "56577", "3.1"]
