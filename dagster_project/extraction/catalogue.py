"""The indicator catalogue (seeds/indicators.csv) and the phrase patterns that name indicators.

Briefing English names an indicator in two ways, and the patterns say which:

* a noun phrase that *is* the quantity ("5G base stations", "the 5G penetration rate",
  "standard racks"): role `noun`, matched as "N <phrase>" or "<phrase> <verb> N";
* a subject plus an attribute for flows ("the added value of equipment manufacturing",
  "NEV sales", "revenue of the software industry"): roles `subj` and `attr`, combined by
  the matcher through FLOW_PAIRS. Attributes that belong to no indicator (exports,
  investment, share, profit margin ...) are `foreign` and stop a match, so "fixed-asset
  investment in electronic equipment manufacturing grew 10.5%" is not value added.

All patterns are compiled into one alternation (`PHRASE_RE`) and scanned once per document.
In the pattern strings `_` stands for one or more spaces/hyphens and `~` for an optional one,
so "value~added" matches "value-added", "value added" and "valueadded".
Catalogue phrases without a hand-written pattern (e.g. indicators added to the CSV later)
become plain `noun` patterns, and every zh_phrase becomes a Chinese noun pattern.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache

from dagster_project.extraction.anchors import AnchorMatcher
from dagster_project.paths import CATALOGUE_CSV


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: str
    kind: str            # stock | ratio | flow
    en_phrases: tuple[str, ...]
    zh_phrases: tuple[str, ...]

    @property
    def instant(self) -> bool:
        return self.kind in ("stock", "ratio")


@dataclass(frozen=True)
class PhraseRole:
    role: str                      # noun | subj | attr | combo | foreign | zh
    key: object                    # indicator id, subject key, attribute key, (subj, attr), ...
    np: bool = True                # noun: "N <phrase>" allowed
    pvn: bool = True               # noun: "<phrase> <verb> N" allowed
    context: re.Pattern | None = None   # must also occur in the sentence (or the previous one)
    context_prev: bool = False
    opts: dict = field(default_factory=dict)


def _rx(p: str) -> str:
    return p.replace("_", r"[\s\-]+").replace("~", r"[\s\-]?")


SRDI = r"(?:specialized|specialised)(?:,?_(?:and_)?(?:refined|sophisticated|distinctive|unique|innovative|novel|special|new|and))*"
SME = r"(?:SMEs|small~_and_medium~sized_enterprises|small_and_medium_enterprises|small~and~medium~sized_enterprises)"
_CONNECT = re.compile(r"connect", re.I)
_INDUSTRIAL_ROBOT = re.compile(r"industrial\s+robot", re.I)
_CRUDE_STEEL = re.compile(r"crude\s+steel", re.I)
_PHONES = re.compile(r"\b(?:(?:mobile\s+|cell\s*)?phones?|handsets?|smartphones?)\b", re.I)
_OPENHARMONY = re.compile(r"Open\s?Harmony|开源鸿蒙", re.I)
# a period after "in" ("5G users in October"), not a place
_PERIOD_AFTER_IN = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|20\d\d|q[1-4]|h[12]"
                    r"|the_(?:first|second|third|fourth|same|month|quarter|year|period|past|last|latest))\b")
_PERUSER = re.compile(r"per\s+(?:mobile\s+)?(?:internet\s+|phone\s+)?(?:user|subscriber|capita|household|person)|DOU|户均|人均|"
                      r"(?:users|subscribers|user|subscriber)\s+(?:consumed|used)\s+(?:an\s+average|[\d.]+\s?(?:GB|gigabytes)(?:\s+of\s+data)?\s+(?:a|per|each)\s+month\s+on\s+average)"
                      r"|the\s+average\s+(?:Chinese\s+)?(?:mobile\s+)?(?:internet\s+|phone\s+)?(?:user|subscriber)\b", re.I)
# (or the list's shared noun after the last tier: "35,000 basic-level, 8,200 advanced-level and 500 excellence-level factories")
_FACTORY = r"(?=[^.;]{0,160}?(?:smart|intelligent)_factor|[^.;]{0,80}?(?:excellence|outstanding|excellent|advanced)~level\"?_factories)"

# Order matters where two patterns start at the same place: longer / more specific first.
# a kind of motor vehicle in a list of them that names all of them ("cars, SUVs, buses and trucks")
_VEHICLE_KIND = r"(?:sport~utility_vehicles|SUVs|vans|minivans|buses|trucks|lorries|pickups|MPVs|multi~purpose_vehicles|commercial_vehicles)"
_EN: list[tuple[str, PhraseRole]] = [
    # --- flows: subjects --------------------------------------------------------------
    (r"computers?,?_communications?,?_(?:and_|&_)?(?:other_)?electronic_equipment_(?:manufacturing(?:_(?:industry|industries|enterprises|sector))?|manufacturers|makers"
     r"|segment|sector|industry)"   # ("The computer, communication & electronic equipment segment rose 14.6%")
     r"|manufacture_of_computers?,?_communications?,?_(?:and_|&_)?(?:other_)?electronic_equipment",   # (the NBS English release's division name)
     PhraseRole("subj", "electronics")),
    (r"electronic_information_manufactur(?:ing(?:_(?:industry|sector|enterprises))?|ers)", PhraseRole("subj", "electronics")),
    # the short forms ("In October alone, electronics value-added rose 9.3%", "electronics manufacturing grew 9.4%")
    (r"(?<!consumer )(?<!automotive )(?<!power )electronics(?:_manufacturing(?:_(?:industry|sector))?|_manufacturers|(?=_value~added))", PhraseRole("subj", "electronics")),
    (r"(?:industrial_enterprises|industries|industrial_firms|industrial_companies|industry|enterprises|factories)_\"?above_(?:the_|a_)?\"?(?:designated|certain)_size\"?"
     # "Value added of industry rose 5.8 percent": the whole of industry (the wire services' short form)
     r"|(?:(?<=value added of )|(?<=value-added of ))industry(?!_(?:and|chains?|in|of)\b)"
     r"|(?:(?<=value added output of )|(?<=value-added output of )|(?<=value-added output of china's ))industrial_(?:firms|enterprises|companies)(?!_(?:with|above)\b)"   # (also "value-added output of China's industrial firms")
     # ("Value added at industrial firms grew by 6.2% in 2018")
     r"|(?:(?<=value added at )|(?<=value-added at )|(?<=value added of )|(?<=value-added of ))industrial_(?:firms|companies)(?!_(?:with|above|in)\b)"
     # "industrial firms with annual revenue above 20 million yuan" (or "CNY20 million"): the same threshold, spelled out
     r"|(?:industrial_)?(?:enterprises|firms|companies)_with_(?:an_)?annual_(?:main_business_)?(?:revenues?|incomes?|sales|turnover)_(?:of_)?"
     r"(?:above|over|exceeding|of_at_least|of_more_than|of_over|more_than|at_least)_(?:20_million_yuan|(?:RMB|CNY)~20~(?:million|mn|mln|m)\b|2[0O]~(?:mln|mn|m)_yuan)"
     r"|(?:large|larger|major|big|bigger)_industrial_(?:enterprises|firms|companies)",
     PhraseRole("subj", "ind_above")),
    (r"industrial_(?:SMEs|small~_and_medium~sized_enterprises|small_and_medium_enterprises)(?:_above_(?:the_)?designated_size)?",
     PhraseRole("subj", "ind_sme")),
    (r"(?<!electronic )(?<!transportation )(?<!transport )(?<!general )(?<!special )(?<!power )(?<!other )(?<!medical )"
     r"(?<!high-end )(?<!intelligent )(?<!aerospace )(?<!agricultural )(?<!railway )(?<!marine )(?<!electrical )"
     r"equipment_manufacturing(?:_(?:industry|industries|sector|enterprises))?"
     r"|equipment(?=_and_high~tech(?:nology)?_manufacturing)"
     # ("Value added at high-tech manufacturers and equipment makers grew 13.4 percent and 11.3 percent")
     r"|(?<=manufacturers and )equipment_(?:makers|manufacturers)", PhraseRole("subj", "equipment")),
    # (also the first of "high-tech and equipment manufacturing", the noun said once for both)
    (r"(?:high|hi)~tech(?:nology)?_manufacturing(?:_(?:industry|industries|sector|enterprises))?|high~tech(?:nology)?_manufacturers"
     r"|high~tech(?:nology)?(?=_and_equipment_manufacturing)", PhraseRole("subj", "hightech")),
    (r"consumer_goods_(?:manufacturing_)?(?:industry|industries|enterprises|sector|manufacturing)", PhraseRole("subj", "consumer")),
    # (no catalogue indicator: it holds its place in a list, "A and strategic emerging industries grew X and Y respectively")
    (r"strategic_emerging_industr(?:y|ies)", PhraseRole("subj", "emerging")),
    # ("software and IT service companies raked in ...": the industry's companies, all of them)
    (r"software_(?:and|&)_information_technology_(?:services?|service_industry)(?:_(?:industry|sector|companies|enterprises|firms))?"
     r"|software_(?:and|&)_IT_services?(?:_(?:industry|sector|companies|enterprises|firms))?|software_(?:industry|sector)"
     # ("the software and information technology industry": the same industry, its last noun dropped)
     r"|software_(?:and|&)_(?:information_technology|IT)_(?:industry|sector)"
     # "embedded system software revenue", "industrial software revenue": a segment, not the industry
     r"|(?<!system )(?<!embedded )(?<!industrial )(?<!basic )(?<!application )(?<!security )(?<!platform )"
     r"(?<!cloud )(?<!support )(?<!game )software(?:_business)?(?=_(?:revenue|income|profits?)\b)",
     PhraseRole("subj", "software")),
    (r"digital_industr(?:y|ies)(?!_(?:cluster|clusters|park|parks|base|bases))", PhraseRole("subj", "digital")),
    # "telecom industry" whole before "telecom" ahead of "industry": the subject keeps its noun
    (r"(?:total_)?telecom(?:munications?|s)?_(?:industry|sector)", PhraseRole("subj", "telecom")),
    (r"(?:total_)?telecom(?:munications?|s)?(?=_(?:business|service|revenue|industry|sector))"
     r"|(?<=in )telecom(?:munications?|s)?(?=,)"   # "In telecommunications, business revenue reached ...": a topic
     r"|(?<=- )telecom(?:munications?|s)?(?=:)|(?<=• )telecom(?:munications?|s)?(?=:)",   # "- Telecommunications: business revenue of …": a label
     PhraseRole("subj", "telecom")),
    # "revenue of the country's (basic) telecom operators": all of them, the industry (one operator is a company)
    (r"(?:basic_)?telecom(?:munications?|s)?_(?:operators|carriers|enterprises|companies)|(?<=Chinese )telcos|(?<=China's )telcos",
     PhraseRole("subj", "telecom")),
    (r"5G(?:~(?:capable|enabled))?_(?:mobile_)?(?:phones?|handsets?|smartphones?|cellphones?)(?!_(?:users|subscribers|subscriptions))", PhraseRole("subj", "5gphone")),
    # ("domestic NEV sales" next to exports, "passenger NEV sales" next to commercial ones: parts of the total)
    (r"(?<!domestic )(?<!passenger )(?<!commercial )(?:new~energy(?:\x22)?_vehicles?|new~energy_automobiles?|new_NEVs?|NEVs?)"
     # ("Sales of electric cars and gasoline-electric hybrids rose": the NEVs of a wire story)
     r"|(?:battery_)?electric_(?:cars|vehicles)_and_(?:plug~in_|gasoline~electric_|petrol~electric_)hybrids"
     # "Sales of electric and plug-in hybrid cars" (not an aside's; also "of battery-electric and plug-in hybrid cars",
     # "bought 777,000 electric and plug-in hybrid cars")
     r"|(?:(?<=of )|(?<=\d ))(?:(?:battery|pure|all)~)?electric_and_(?:plug~in|gasoline~electric|petrol~electric)_hybrid_(?:cars|vehicles)"
     r"|(?:(?<=of )|(?<=\d ))plug~in_hybrids_and_(?:(?:battery|pure|all)~)?electric_(?:cars|vehicles)"   # ("Output of plug-in hybrids and all-electric cars")
     # ("Sales of electrics and gasoline-electric hybrids", "Production of the electric and gasoline-electric hybrids")
     r"|(?:(?<=of )|(?<=of the ))electrics?_and_(?:plug~in_|gasoline~electric_|petrol~electric_)hybrids"
     # "Production of electric, plug-in hybrid and fuel cell vehicles jumped 53.8 percent" (the list
     # as the subject itself, not as an aside defining NEVs: "a category that includes ...")
     r"|(?<=of )(?:(?:pure|battery)_)?electric,_plug~in_hybrid_and_(?:hydrogen_)?fuel~cell_(?:vehicles|cars|models)"
     # "Electric and hybrid sales reached 1,256,000 units": the same wire category, before its measure
     r"|(?:(?<=^)|(?<=\n)|(?<=\. )|(?<=the ))electric_and_(?:plug~in_|gasoline~electric_|petrol~electric_)?hybrid(?=_(?:car_|vehicle_)?(?:sales|production|output)\b)",
     PhraseRole("subj", "nev")),
    # "sales of such vehicles": the vehicles named just before (resolved in rules._resolve_anaphora)
    # (also "Production of the vehicles fell 20%" after a sentence on NEVs)
    # (and "Production of NEVs fell 2.3% to 1.242 million, and sales of them totaled 1.206 million")
    # (and "… new energy vehicles, which Beijing has been pushing. Their sales soared 61.7 percent")
    (r"(?:such|these|those)_(?:vehicles|cars|automobiles|models)|(?<=of the )vehicles|(?<=sales of )them|(?<=production of )them|(?<=output of )them"
     r"|(?:(?<=^)|(?<=\n)|(?<=\. ))their(?=_(?:sales|production|output)\b)",
     PhraseRole("subj", "vehicles_before")),
    # "High-tech manufacturing posted faster growth. The sector's value-added expanded 13.4 percent"
    (r"(?:the|this)_sector's(?=_(?:value|added|output|production|revenue|profits?|sales))", PhraseRole("subj", "sector_before")),
    # "Sales of cars, trucks and buses rose 4.5 per cent", "passenger cars and commercial vehicles": all motor vehicles
    # (also "Sales of cars, sport utility vehicles, vans and trucks fell 2.8 per cent", "… minivans and commercial vehicles")
    (r"(?<!hybrid )(?<!electric )(?<!passenger )(?<!energy )(?<!used )(?<!luxury )cars,_(?:" + _VEHICLE_KIND + r",_){0,4}" + _VEHICLE_KIND + r",?_and_" + _VEHICLE_KIND
     + r"|passenger_(?:cars|vehicles)_and_commercial_vehicles|(?:passenger|light)_and_(?:commercial|heavy)_vehicles?"   # ("Sales of passenger and commercial vehicles")
     # ("Sales of sedans, SUVs, minivans and trucks": a list that ends on trucks or buses)
     + r"|(?<!hybrid )(?<!electric )(?<!passenger )(?<!energy )(?<!used )(?<!luxury )(?:sedans|SUVs),_(?:(?:cars|sedans|" + _VEHICLE_KIND
     + r"),_){0,4}(?:cars|sedans|" + _VEHICLE_KIND + r"),?_and_(?:trucks|buses|lorries|commercial_vehicles)", PhraseRole("subj", "auto")),
    (r"(?<!passenger )(?<!commercial )(?<!passenger-)(?<!commercial-)(?:(?<!domestic )|(?=(?:autos?|automobiles?|motor_vehicles?|vehicles?|cars?)_(?:production|output)\b))(?<!energy )(?<!used )(?<!electric )(?<!connected )(?<!hybrid )(?<!fuel )"
     r"(?<!heavy )(?<!special )(?<!unmanned )(?<!autonomous )(?<!aerial )(?<!sports )(?<!luxury )(?<!smart )(?<!flying )(?<!cell )"
     r"(?<!\) )"   # "all-electric (BEV) car sales": a kind of car named with its abbreviation
     r"(?:automobiles?|autos?|motor_vehicles?|vehicles?|cars?)(?!_(?:industry|manufacturing|parts|exports?|enterprises|companies|makers?|market))",
     PhraseRole("subj", "auto")),
    # "In the automotive sector, production and sales both exceeded 31 million units"
    (r"(?:automotive|auto|automobile|car)_(?:sector|industry)", PhraseRole("subj", "auto")),
    # "The overall Chinese auto market grew 2.1% to 26.864 million units": the market's size is its sales
    (r"(?:(?:the|China's|the_country's|overall|Chinese|domestic)_){1,3}(?:auto|automotive|car|automobile|vehicle)_market"
     r"(?=_(?:grew|expanded|shrank|contracted|rose|fell|declined|decreased|dropped|slid)_)", PhraseRole("combo", ("auto", "sales"))),
    # "The auto market, the world's largest, is under pressure. Sales in September fell ...": a topic
    (r"(?<!passenger )(?<!commercial )(?<!used )(?<!second-hand )(?:the|China's|the_country's|the_Chinese)_(?:(?:overall|broader|wider|whole|Chinese|domestic)_){0,2}(?:auto|automotive|car|automobile|vehicle)_market(?!_share)", PhraseRole("subj", "auto")),
    # "Sales in the world's biggest car market fell 16.4 percent" (a wire story's name for China's; not
    # an appositive: "Car sales in China, the world's largest auto market, totaled ...")
    (r"(?<!, the )(?:world's|country's|nation's|China's)_(?:biggest|largest)_(?:car|auto|automobile|vehicle)_market",
     PhraseRole("subj", "auto")),
    (r"(?<!explosion-proof )(?<!collaborative )(?<!welding )industrial_robots?", PhraseRole("subj", "indrobot")),
    (r"service_robots?", PhraseRole("subj", "svcrobot")),
    # "Production of industrial robots jumped 56.6% … In April alone, robot output surged 61.3%": the same robots
    (r"(?<!service )(?<!humanoid )(?<!industrial )(?<!collaborative )robot_(?:output|production)",
     PhraseRole("combo", ("indrobot", "prod"), context=_INDUSTRIAL_ROBOT, context_prev=True)),
    (r"crude_steel", PhraseRole("subj", "crudesteel")),
    # "China produced 1.005 billion tons of steel": plain steel by the ton is crude steel (not steel products)
    (r"(?:(?<=tons of )|(?<=tonnes of )|(?<=mt of ))steel(?!_(?:products?|exports?|imports?|pipes?|bars?|sheets?|plates?|scrap|output|production))",
     PhraseRole("subj", "crudesteel")),
    # "steelmakers produced 77.6 million tonnes"; "mills produced …" after a sentence on crude steel
    # (not before the product named: "mills produced 71.58 million tonnes of crude steel")
    (r"(?:steel_mills|steelmakers|steel_makers|steel_producers)(?=_(?:also_|together_)?(?:produced|churned_out|turned_out)\b(?![^;\n]{0,80}?\bsteel\b))",
     PhraseRole("combo", ("crudesteel", "prod"))),
    (r"mills(?<![\w-] mills)(?=_(?:also_|together_)?(?:produced|churned_out|turned_out)\b(?![^;\n]{0,80}?\bsteel\b))",
     PhraseRole("combo", ("crudesteel", "prod"), context=_CRUDE_STEEL, context_prev=True)),
    # "Steel output fell by 1.7% to just over 1bn tonnes": the wire services' name for crude steel (not
    # finished or rolled steel's)
    (r"(?<!finished )(?<!rolled )(?<!stainless )(?<!crude )steel_(?:output|production)(?!_(?:capacity|capacities|cuts?|curbs?|quotas?|lines?))",
     PhraseRole("combo", ("crudesteel", "prod"))),
    (r"(?:micro~)?computers?(?:_equipment)?(?!_(?:vision|science|chips?|programming))|personal_computers|PCs",
     PhraseRole("subj", "computer")),
    # "5G shipments topped 20 million in July": in a passage on phones, the 5G phones' shipments
    (r"5G_shipments", PhraseRole("combo", ("5gphone", "ship"), context=_PHONES, context_prev=True)),
    # --- flows: attributes ------------------------------------------------------------
    # (also "Industrial value added at companies above a designated size - those with ... - rose")
    (r"industrial_(?:added_value|value~added)(?:_output)?(?:_(?:of|for|at|from|among)_(?:Chinese_)?(?:industrial_)?(?:enterprises|firms|companies|industries)"
     r"_above_(?:a_|the_)?designated_size|_above_(?:the_)?designated_size)?", PhraseRole("combo", ("ind_above", "va"))),
    # ("VA of industrial enterprises above designated size grew 6.5% y-o-y": a broker's abbreviation)
    (r"VA_(?:of|at|for)_(?:industrial_)?(?:enterprises|firms|companies)_above_(?:a_|the_)?designated_size", PhraseRole("combo", ("ind_above", "va"))),
    # ("factory output", the wire services' name for the same measure)
    (r"(?:national_|China's_)?(?:industrial|factory)_(?:output|production)(?!_(?:capacity|capacities|line|lines|process|processes|efficiency|"
     r"equipment|base|bases|chain|chains|safety|value|scenarios?|sites?|systems?|data|links?|models?|software))"
     # ("Value-added industrial output of firms above designated size - companies with ... - rose")
     r"(?:_(?:of|at|from)_(?:China's_|Chinese_)?(?:industrial_)?(?:firms|enterprises|companies|industries)_above_(?:a_|the_)?designated_size)?",
     PhraseRole("combo", ("ind_above", "va"))),
    # "Output at factories and mines above a certain size ... rose 6.2%": the wire services' long name for it
    # (also "Value added by factories, mines and utilities rose 6.1 percent", "value-added output at factories, …",
    # "Production at factories and mines rose 5.7 percent")
    (r"(?:(?:value~added_|industrial_)?(?:output|production)|value~added|added_value)_(?:at|of|from|by)_(?:China's_)?(?:factories|industrial_firms),?_(?:and_)?mines(?:_and_utilities)?"
     r"(?:_above_(?:a_certain|(?:the_)?designated)_size)?", PhraseRole("combo", ("ind_above", "va"))),
    # "June IP growth came in at 5.3% YoY", "IP grew 5.4% in November 2018": a broker's abbreviation
    # (only before a word of growth: "IP rights", "IP at 5.6%" in a forecast line are not it)
    # (not a sector's: "By industry, manufacturing IP rose 6.9%")
    (r"(?<![\w.-])(?<!manufacturing )(?<!mining )(?<!utilities )(?<!utility )(?<!mfg )(?<!sector )IP(?=_(?:growth|grew|rose|expanded|increased|slowed|accelerated|decelerated|eased|rebounded|"
     r"picked_up|came_in|was_up|was_down|(?:is|was)_(?:still_)?(?:up|down)|fell|contracted|declined|dropped|jumped|surged|printed)\b)",
     PhraseRole("combo", ("ind_above", "va"))),
    # (and "IVA of enterprises above designated size grew 6.5% yoy": the same, not after a sector's name)
    # (but "June IVA printed +5.3%" is the month's)
    (r"(?<![\w.-])(?:(?<![a-z][ \t])|(?<=January\s)|(?<=February\s)|(?<=March\s)|(?<=April\s)|(?<=May\s)|(?<=June\s)|(?<=July\s)|(?<=August\s)|(?<=September\s)|(?<=October\s)|(?<=November\s)|(?<=December\s))IVA(?:_of_(?:industrial_)?(?:enterprises|firms|companies)_above_(?:a_|the_)?designated_size)?"
     r"(?=_(?:growth|grew|rose|expanded|increased|slowed|accelerated|decelerated|eased|rebounded|"
     r"picked_up|came_in|was_up|was_down|fell|contracted|declined|dropped|jumped|surged|printed)\b)",
     PhraseRole("combo", ("ind_above", "va"))),
    # "Industrial growth slowed to 5.7 percent in September": the same rate
    (r"(?:China's_|the_country's_|the_nation's_)?industrial_growth(?!_(?:targets?|forecasts?|goals?|momentum|model|engines?|drivers?))",
     PhraseRole("combo", ("ind_above", "va"))),
    # "Growth in China's industrial sector slowed to 6.1 per cent": the wire services' name for the same rate
    (r"(?:(?<=growth in )|(?<=growth of ))(?:China's_|the_country's_|the_nation's_|the_)?industrial_sector",
     PhraseRole("combo", ("ind_above", "va"))),
    (r"(?:value~added|added_value)(?:_output)?(?!_(?:telecom\w*|services?|tax|business|products?))",
     PhraseRole("attr", "va")),
    # a broker's "high-tech manufacturing VA +9.1%"
    (r"(?<=[a-z] )I?VA(?![\w-])", PhraseRole("attr", "va")),   # (also "IVA")
    # ("the number of new energy vehicles produced and sold hit 212,000 and 195,000 units")
    # (a note's "NEV output / sales: 3.788mn / 3.747mn units")
    (r"(?:production_and_sales|output_and_sales|production_and_sale|(?:production|output)_and_deliveries|produced_and_sold|(?:production|output)\s*/\s*sales)", PhraseRole("attr", "prodsales")),
    (r"(?:main_|total_)?(?:business_|operating_)?(?:revenues?|incomes?)(?!_(?:growth_)?rate)", PhraseRole("attr", "rev")),
    (r"(?:total_)?profits?(?!_(?:margins?|rates?|ratio))", PhraseRole("attr", "profit")),
    (r"(?<!retail )(?:sales(?:_volume)?|sold|deliveries)(?!_(?:revenue|income|networks?|channels?|prices?))", PhraseRole("attr", "sales")),
    (r"(?:production|output)(?!_(?:value|capacity|capacities|lines?|bases?|efficiency|processes|process|scale|chains?))"
     # "The number of industrial robots produced in 2015 climbed to ...": a participle after its noun
     r"|(?<=s )produced(?=_(?:in|during|over|last|this|from|between|nationwide|so_far)\b)",
     PhraseRole("attr", "prod")),
    (r"shipments?", PhraseRole("attr", "ship")),
    (r"(?:total_)?(?:business|service)_volumes?|(?:total_)?volume(?=_of_telecom)", PhraseRole("attr", "volume")),
    # --- stocks and ratios (nouns) -----------------------------------------------------
    (r"5G_(?:base_stations?|BTSs?|stations|sites)", PhraseRole("noun", "five_g_base_stations")),
    # (not "5G users in India"; "5G users in October" are China's)
    (r"5G_(?:mobile_)?(?:phone_)?(?:users|subscribers|subscriptions)(?!_(?:per|in_(?!China\b|the_country\b|" + _PERIOD_AFTER_IN + r")|of_(?!(?:about_|around_|nearly_|over_|more_than_)?\d)))"
     # ("China's 5G subscriber base grew to 927 million"; not "Reliance Jio's 5G user base")
     r"|(?:(?<=china's )|(?<=country's )|(?<=nation's )|(?<=the ))5G_(?:mobile_)?(?:subscriber|user)_(?:base|count|number)"
     r"|(?:subscribers|users)_(?:to|of)_5G_(?:mobile_)?(?:phone_)?services",
     PhraseRole("noun", "five_g_mobile_users")),
    (r"(?:users|subscribers)_of_5G_(?:mobile_)?(?:phones|handsets)", PhraseRole("noun", "five_g_mobile_users", np=False)),
    # ("805m people were using 5G mobile phones": the figure is the users)
    (r"(?:people|users|subscribers)_(?:were_|are_)?using_5G_(?:mobile_)?(?:phones|handsets|smartphones)", PhraseRole("noun", "five_g_mobile_users")),
    # "Mobile phone users on 5G networks totaled 1.236 billion"
    (r"(?:mobile_)?(?:phone_)?(?:users|subscribers)_on_5G_(?:networks?|plans|packages)", PhraseRole("noun", "five_g_mobile_users", np=False)),
    (r"5G_(?:user_)?penetration_rate|penetration_rate_of_5G(?:_users)?", PhraseRole("noun", "five_g_penetration_rate", np=False)),
    (r"gigabit(?:_\([^()]{1,30}\))?_(?:broadband_|fixed_broadband_|optical_network_|optical_fib(?:er|re)_(?:network_)?|fib(?:er|re)(?:~optic)?_(?:network_)?"
     r"|access_)?(?:users|subscribers|subscriptions|user_base|subscriber_base)"
     r"|(?:fixed_)?broadband_(?:access_)?users_with_(?:an_)?(?:access_)?(?:speeds?_|rates?_)?(?:of_)?1,?000~Mbps(?:_(?:and|or)_(?:above|higher|faster))?"
     r"|(?:fixed_)?broadband_(?:access_)?users_of_1,?000~Mbps(?:_(?:and|or)_(?:above|higher|faster))?"
     r"|1,?000~Mbps(?:_(?:and|or)_(?:above|higher))?_(?:fixed_)?(?:broadband_)?(?:access_)?users"
     r"|(?:number_of_)?(?:users|subscribers)_(?:of|with)_gigabit_(?:fixed_)?(?:broadband|optical_networks?|fiber|fibre|access)(?:_(?:services?|access|connections?))?"
     # ("the number of users on gigabit broadband plans", "subscribers on gigabit (1Gbit/s) plans")
     r"|(?:number_of_)?(?:users|subscribers)_on_gigabit(?:_(?:and|or)_(?:faster|above|higher))?(?:_\([^()]{1,40}\))?_(?:broadband_)?(?:plans|packages|services)"
     # "61.11 million users had signed up for gigabit broadband services" (the users are the figure's unit)
     # ("1.2 million users signed up for ..." in a month may be the month's sign-ups)
     r"|(?:(?:had|have)_signed_up_for|(?:had_|have_)?subscribed_to)_gigabit_(?:fixed_)?"
     r"(?:broadband|optical_network|fib(?:er|re)(?:_broadband)?)(?:_(?:services?|plans|packages))?"
     # "users on plans of 1,000 Mbps or faster", "subscribers to 1,000 Mbps-and-above plans", "users with access
     # rates of 1000Mbps and above", "users on 1Gbps-and-above plans"
     # (also "users were on plans of 1Gbit/s or faster", "subscribers on 1Gbit/s-plus plans")
     # ("users on plans with speeds of 1,000 megabits per second or higher")
     # ("of which 234 million were subscribed to services offering speeds of 1Gbps or higher": the figure is the users)
     r"|(?:(?:number_of_)?(?:users|subscribers)_(?:were_|are_)?|(?:were|are)_(?:subscribed_)?)(?:on|with|to|accessing_the_internet_at)_"
     # ("users on plans offering speeds of 1 Gbps or more")
     r"(?:(?:access_)?(?:rates?|speeds?|plans|packages|services)_(?:(?:with|offering|providing)_(?:speeds?|rates?)_)?of_)?"
     r"(?:1,?000~Mbps|1,?000_megabits_per_second|1~Gbps|1~Gb/s|1~Gbit/s)(?:~plus|_(?:and|or)_(?:above|higher|faster|more))?(?:_(?:broadband_)?(?:plans|packages|services))?"
     # "users on gigabit fixed broadband plans", "users on gigabit-plus broadband plans"
     r"|(?:number_of_)?(?:users|subscribers)_(?:on|of)_gigabit(?:~plus)?_(?:fixed_)?(?:broadband|optical_network|fib(?:er|re))_(?:plans|packages|services)"
     # "17.29 million fixed broadband users on gigabit (1,000Mbit/s and above) plans"
     r"|(?:fixed_)?broadband_(?:users|subscribers)_on_gigabit(?:_\([^()]{1,40}\))?_(?:plans|packages|services)(?:_\([^()]{1,40}\))?",
     PhraseRole("noun", "gigabit_broadband_users")),
    (r"10G~PON(?:_and_above)?_ports?|(?:10G|10~gigabit)_(?:passive_optical_network|PON)_(?:\((?:10G~)?PON\)_)?ports?"
     r"|(?:PON_)?ports_(?:with|capable_of_providing)_gigabit_(?:network_)?services?(?:_capabilit(?:y|ies))?",
     PhraseRole("noun", "ten_g_pon_ports")),
    (r"[\"']?5G~(?:\+|plus)~industrial_internet[\"']?(?:_(?:construction|innovation|application|integration))?_projects?",
     PhraseRole("noun", "five_g_industrial_internet_projects")),
    (r"(?:intelligent|smart|AI)_computing_(?:power|capacity)(?:_scale)?|scale_of_(?:intelligent|smart|AI)_computing_power",
     PhraseRole("noun", "intelligent_computing_power", np=False)),
    (r"(?:total|overall)_computing_power|(?:total_)?scale_of_computing_power|computing_power_(?:scale|capacity)"
     r"|(?<!intelligent )(?<!smart )(?<!AI )(?<!general )(?<!advanced )(?<!super)(?<!quantum )(?<!edge )computing_power"
     r"(?!_(?:cent(?:er|re)s?|networks?|hubs?|clusters?|infrastructure|industry|chips?|facilities|resources|platforms?|"
     r"scheduling|services?|vouchers?|supply|ranks?))",
     PhraseRole("noun", "computing_power_total", np=False)),
    (r"(?:standard_)?(?:data~cent(?:er|re)|computing~cent(?:er|re))_racks?|standard_racks?", PhraseRole("noun", "data_center_racks")),
    # "the number of excellence-level smart factories has exceeded 260", "the number of advanced-level ones stood at
    # 1,260": a tier as the subject (the tiers' bare names below take no figure after them, as lists run on)
    (r"(?<=number of )\"?basic~level\"?(?:_(?:smart|intelligent)_factories|_ones)", PhraseRole("noun", "smart_factories_basic")),
    (r"(?<=number of )\"?advanced~level\"?(?:_(?:smart|intelligent)_factories|_ones)", PhraseRole("noun", "smart_factories_advanced")),
    (r"(?<=number of )\"?(?:excellence|outstanding|excellent)~level\"?(?:_(?:smart|intelligent)_factories|_ones)",
     PhraseRole("noun", "smart_factories_excellence")),
    # ("30,000 basic-level smart factories and 1,200 advanced-level ones": the tier after the first)
    (r"\"?basic~level\"?" + _FACTORY + r"(?:_(?:smart|intelligent)_factories)?", PhraseRole("noun", "smart_factories_basic", pvn=False)),
    (r"\"?advanced~level\"?(?:" + _FACTORY + r"(?:_(?:smart|intelligent)_factories)?|_ones)", PhraseRole("noun", "smart_factories_advanced", pvn=False)),
    # ("more than 500 excellence-level factories" after the smart factories' top tier: the tier's own name)
    (r"\"?(?:excellence|outstanding|excellent)~level\"?(?:" + _FACTORY + r"(?:_(?:smart|intelligent)_factories)?|_ones|_factories)",
     PhraseRole("noun", "smart_factories_excellence", pvn=False)),
    # ("over 1,200 advanced-level ones and 230-plus at the "excellence" tier": a tier named after the figure)
    (r"(?:(?<=\d )|(?<=plus ))(?:at|in)_the_\"?basic(?:~level)?\"?_tier\b", PhraseRole("noun", "smart_factories_basic", pvn=False)),
    (r"(?:(?<=\d )|(?<=plus ))(?:at|in)_the_\"?advanced(?:~level)?\"?_tier\b", PhraseRole("noun", "smart_factories_advanced", pvn=False)),
    (r"(?:(?<=\d )|(?<=plus ))(?:at|in)_the_\"?(?:excellence|outstanding|excellent)(?:~level)?\"?_tier\b",
     PhraseRole("noun", "smart_factories_excellence", pvn=False)),
    (r"\"?leading~level\"?_(?:smart_|intelligent_)?factories|leading_(?:smart_|intelligent_)?factories"
     r"|(?<=\d )\"?leading~level\"?_[\"']?lighthouse[\"']?_(?:sites|factories|plants)",   # ("plus 15 leading-level "lighthouse" sites")
     PhraseRole("noun", "smart_factories_leading")),
    (r"national(?:~level)?_green_factories|green_factories_at_the_national_level", PhraseRole("noun", "national_green_factories")),
    # ("specialized and sophisticated 'little giant' enterprises": single quotes too)
    (r"(?:(?:national~level_)?" + SRDI + r"_)?[\"']?little_giant[\"']?_(?:enterprises|firms|companies|SMEs)"
     r"|[\"']?little_giants[\"']?(?!_(?:AI|in_))", PhraseRole("noun", "little_giant_enterprises")),
    (r"(?:provincial~level_)?" + SRDI + "_" + SME + r"|SMEs_that_use_specialized_and_sophisticated_technologies(?:_to_produce_novel_and_unique_products)?"
     r"|SRDI_SMEs", PhraseRole("noun", "specialized_smes")),
    (r"(?:scientific,?_technological,?_and_innovative|science_and_technology~based|sci~tech|technology~based|tech~based|"
     r"high~tech_and_innovative|innovative)_" + SME, PhraseRole("noun", "tech_smes")),
    (r"(?:national_)?high~tech(?:nology)?_enterprises|high_and_new_tech(?:nology)?_enterprises",
     PhraseRole("noun", "high_tech_enterprises")),
    # (not "Industrial equipment connected to key industrial internet platforms: over 100 million": the devices)
    (r"(?<!connected\sto\s)(?<!connected\sto\skey\s)(?<!connected\sto\sthe\s)(?<!connected\sto\smajor\s)"
     r"industrial_internet_platforms?(?!_(?:system|architecture|ecosystem))", PhraseRole("noun", "industrial_internet_platforms")),
    (r"connected_industrial_(?:devices|equipment)|industrial_(?:equipment|device)_connections|industrial_(?:devices|equipment)_connected(?:_to_(?:key_|major_|the_)?(?:industrial_internet_)?platforms?)?",
     PhraseRole("noun", "industrial_internet_connected_devices")),
    (r"industrial_(?:equipment|devices)", PhraseRole("noun", "industrial_internet_connected_devices", pvn=False, context=_CONNECT)),
    (r"humanoid_robot_(?:products|models|product_models)(?:_(?:released|launched|unveiled)(?=:))?|models_of_humanoid_robots|humanoid_robots?_(?:product_)?models",
     PhraseRole("noun", "humanoid_robot_products")),
    (r"(?:penetration|popularization|popularisation|adoption)(?:_rate)?_of_digital(?:ized)?_(?:R&D|research_and_development)(?:_and_design)?_tools"
     r"|digital(?:ized)?_(?:R&D|research_and_development)(?:_and_design)?_tools?_(?:penetration|popularization|adoption)_rate",
     PhraseRole("noun", "digital_rd_tool_penetration", np=False)),
    (r"(?:digitali[sz]ation|numerical_control|CNC)_rate_of_key_(?:production_)?processes"
     r"|key_(?:production_)?process(?:es)?_(?:digitali[sz]ation|numerical_control|CNC)_rate",
     PhraseRole("noun", "key_process_digitalization_rate", np=False)),
    (r"devices_(?:equipped_with|running|installed_with|powered_by|using|with)_(?:the_)?(?:open-source_)?Open~Harmony(?:_(?:operating_system|OS))?"
     r"|Open~Harmony~(?:equipped|powered|based)_devices|Open~Harmony_(?:devices|device_installations|installed_devices)",
     PhraseRole("noun", "openharmony_devices")),
    (r"(?:equipped|installed)_devices", PhraseRole("noun", "openharmony_devices", pvn=False, context=_OPENHARMONY, context_prev=True)),
    (r"(?:average_)?(?:monthly_)?(?:mobile_)?(?:internet_|data_)?(?:access_)?(?:traffic|data_usage|data_use|data_consumption|usage)_per_"
     r"(?:user|subscriber|capita|household)(?:_per_month)?|DOU"
     r"|average_(?:monthly_)?(?:mobile_)?(?:internet_|data_)?(?:usage|use|traffic|consumption)",   # ("Average mobile data use reached 6.25 gigabytes per user")
     PhraseRole("noun", "mobile_dou", np=False, context=_PERUSER)),
    # "Mobile users consumed an average of 18.9GB of data per person per month"
    (r"(?:mobile_)?(?:internet_|phone_)?(?:users|subscribers)_(?:consumed|used)(?=_(?:an_)?average_of_|_[\d.]+~(?:GB|gigabytes)(?:_of_data)?_(?:a|per|each)_month_on_average)"   # (also "consumed 8.59 GB per month on average")
     r"|(?:each|every)_(?:mobile_)?(?:internet_|phone_)?(?:user|subscriber)_(?:consumed|used)(?=_(?:an_)?average_of_)"
     # "In December the average user got through 6.25GB"
     r"|the_average_(?:Chinese_)?(?:mobile_)?(?:internet_|phone_)?(?:user|subscriber)(?=_(?:consumed|used|got_through|went_through|burned_through|burnt_through|"
     r"slurped|gobbled|devoured|chewed_through)_)"   # ("The average Chinese mobile user slurped 18.76GB of data in August")
     # "Mobile data usage averaged 21.2GB per user in June"
     r"|mobile_(?:internet_)?(?:data_)?(?:usage|traffic|data_use|data_consumption)(?=_averaged_)"
     # "Chinese mobile users are heavy data consumers, burning through an average of 8.3 gigabytes per user"
     r"|(?:burning|burned|burnt|going|getting|got)_through(?=_(?:an_)?average_of_)|(?:using|consuming)(?=_an_average_of_)",
     PhraseRole("noun", "mobile_dou", np=False, context=_PERUSER)),
    # attributes that belong to no catalogue indicator: a match stops at them
    (r"(?:fixed~asset_)?investments?|exports?|imports?|(?:profit_)?margins?|market_shares?|shares?|proportions?|ratios?|"
     r"(?<!year's )(?<!years' )(?<!constant )(?<!comparable )(?<!current )(?<![0-9]{4} )(?<!previous )(?<!-year )(?<!at the )(?<!on the )(?<!at )prices?(?!_of_the_(?:previous|prior|preceding)_year)|costs?|(?:installed_)?capacity|capacities|efficiency|orders|inventor(?:y|ies)|contributions?|contributing|"
     r"utili[sz]ation|consumption|ownership|output_value|expenses|expenditures?|assets|liabilities|index|indices|PMI|"
     r"intensity|tax(?:es)?|wages|employment|jobs|use_cases|turnover|transactions?|transaction_volume|market_size|"
     r"penetration|losses|debts?|spending|subsid(?:y|ies)|number_of_(?:enterprises|companies|firms|users)|"
     # "the world's second-largest economy grew 6.9 per cent": the economy's growth, not an industry's
     r"GDP|gross_domestic_product|(?<!digital )(?<!industrial )(?<!5G )(?<!real )economy(?!_(?:categories|sectors))",
     PhraseRole("foreign", None)),
]

# Subject x attribute -> indicator (flows).
FLOW_PAIRS = {
    ("ind_above", "va"): "industrial_value_added",
    ("ind_above", "prod"): "industrial_value_added",   # "the output of industries above designated size increased 7.3%"
    ("equipment", "va"): "equipment_manufacturing_value_added",
    ("hightech", "va"): "high_tech_manufacturing_value_added",
    ("consumer", "va"): "consumer_goods_value_added",
    ("electronics", "va"): "electronics_manufacturing_value_added",
    ("ind_sme", "va"): "industrial_sme_value_added",
    # "High-tech manufacturing output expanded by 5.9 per cent": a manufacturing sector's output is its value added
    ("equipment", "prod"): "equipment_manufacturing_value_added",
    ("hightech", "prod"): "high_tech_manufacturing_value_added",
    ("electronics", "prod"): "electronics_manufacturing_value_added",
    ("telecom", "volume"): "telecom_business_volume",
    ("telecom", "rev"): "telecom_business_revenue",
    ("software", "rev"): "software_it_services_revenue",
    ("software", "profit"): "software_industry_profit",
    ("digital", "rev"): "digital_industry_revenue",
    ("digital", "profit"): "digital_industry_profit",
    ("computer", "prod"): "computer_output",
    ("5gphone", "ship"): "five_g_phone_shipments",
    ("auto", "prod"): "auto_production",
    ("auto", "sales"): "auto_sales",
    ("nev", "prod"): "nev_production",
    ("nev", "sales"): "nev_sales",
    ("indrobot", "prod"): "industrial_robot_output",
    ("svcrobot", "prod"): "service_robot_output",
    ("crudesteel", "prod"): "crude_steel_output",
}

# Chinese: phrase -> indicator ids (a list for 产销 "production and sales").
_ZH_EXTRA: list[tuple[str, tuple[str, ...]]] = [
    ("新能源汽车产销", ("nev_production", "nev_sales")),
    ("汽车产销", ("auto_production", "auto_sales")),
    ("汽车整体产销", ("auto_production", "auto_sales")),   # "同期汽车整体产销分别为…" (all vehicles, after the NEVs)
    ("汽车总体产销", ("auto_production", "auto_sales")),
    ("汽车整体产量", ("auto_production",)), ("汽车整体销量", ("auto_sales",)),   # ("而汽车整体产量为240.2万辆")
    ("汽车总体产量", ("auto_production",)), ("汽车总体销量", ("auto_sales",)),
    ("汽车市场产销", ("auto_production", "auto_sales")),   # "整体汽车市场则产销2702.1万辆、2686.4万辆" (Taiwan)
    ("汽车市场则产销", ("auto_production", "auto_sales")),
    ("新能源汽车产量", ("nev_production",)),
    ("电子设备制造业增加值", ("electronics_manufacturing_value_added",)),   # (short for 计算机、通信和其他电子设备制造业)
    ("新能源汽车销量", ("nev_sales",)),
    ("销售新能源汽车", ("nev_sales",)),      # "全年销售新能源汽车136.7万辆"
    ("生产新能源汽车", ("nev_production",)),
    ("新能源汽车销售", ("nev_sales",)),      # "新能源汽车生产17.7万辆，销售17.0万辆" (see _ZH_VERB_NEXT)
    ("新能源汽车生产", ("nev_production",)),
    ("汽车销售", ("auto_sales",)),
    ("汽车生产", ("auto_production",)),
    ("生产汽车", ("auto_production",)),      # "五年间，我国累计生产汽车超过1亿辆"
    ("销售汽车", ("auto_sales",)),
    ("生产粗钢", ("crude_steel_output",)),   # "累计生产粗钢约38亿吨"
    ("生产微型计算机设备", ("computer_output",)),
    ("生产微型计算机", ("computer_output",)),   # "五年间累计生产微型计算机超过17亿台"
    ("新能源汽车产销量", ("nev_production", "nev_sales")),
    ("新能源汽车产量和销量", ("nev_production", "nev_sales")),
    ("新能源汽车产量及销量", ("nev_production", "nev_sales")),   # ("产量及销量分别达82.6万辆及77.4万辆")
    ("新能源汽车产量与销量", ("nev_production", "nev_sales")),
    ("新能源汽车产量、销量", ("nev_production", "nev_sales")),   # ("2018年大陆汽车产量、销量分别为2,780.9万辆与2,808.1万辆")
    ("汽车产销量", ("auto_production", "auto_sales")),
    ("汽车产量和销量", ("auto_production", "auto_sales")),
    ("汽车产量及销量", ("auto_production", "auto_sales")),
    ("汽车产量与销量", ("auto_production", "auto_sales")),
    ("汽车产量、销量", ("auto_production", "auto_sales")),
    ("汽车产量", ("auto_production",)),
    ("汽车销量", ("auto_sales",)),
    # "新能源汽车年产销量首次突破1000万辆": the year's (not "年产能", a capacity)
    ("新能源汽车年产销量", ("nev_production", "nev_sales")),
    ("新能源汽车年产量", ("nev_production",)),
    ("新能源汽车年销量", ("nev_sales",)),
    ("汽车年产销量", ("auto_production", "auto_sales")),
    ("汽车年产量", ("auto_production",)),
    ("汽车年销量", ("auto_sales",)),
    ("5G基站总数", ("five_g_base_stations",)),
    ("5G基站", ("five_g_base_stations",)),
    ("5G移动电话用户", ("five_g_mobile_users",)),
    ("5G用户", ("five_g_mobile_users",)),
    ("5G手机用户", ("five_g_mobile_users",)),   # (Taiwan's "5G手機用戶")
    ("千兆光网用户", ("gigabit_broadband_users",)),
    ("千兆宽带用户", ("gigabit_broadband_users",)),
    ("千兆光纤宽带用户", ("gigabit_broadband_users",)),
    ("千兆光纤用户", ("gigabit_broadband_users",)),
    ("千兆用户", ("gigabit_broadband_users",)),
    ("1000Mbps及以上接入速率的固定互联网宽带接入用户", ("gigabit_broadband_users",)),
    ("千兆及以上接入速率的固定互联网宽带接入用户", ("gigabit_broadband_users",)),
    ("1000Mbps及以上接入速率的固定宽带用户", ("gigabit_broadband_users",)),
    ("千兆及以上接入速率的固定宽带用户", ("gigabit_broadband_users",)),
    ("1000Mbps及以上接入速率的固定宽带接入用户", ("gigabit_broadband_users",)),
    ("1000Mbps及以上接入速率的宽带用户", ("gigabit_broadband_users",)),
    ("1000Mbps及以上接入速率的用户", ("gigabit_broadband_users",)),
    ("1000M及以上接入速率的宽带用户", ("gigabit_broadband_users",)),   # ("1000M": the megabits written short)
    ("1000M及以上接入速率的用户", ("gigabit_broadband_users",)),
    ("千兆及以上接入速率的用户", ("gigabit_broadband_users",)),
    ("规模以上工业增加值", ("industrial_value_added",)),
    ("规上工业增加值", ("industrial_value_added",)),
    ("电信业务总量", ("telecom_business_volume",)),
    ("电信业务收入", ("telecom_business_revenue",)),
    ("电信业务营收", ("telecom_business_revenue",)),
    ("软件业务收入", ("software_it_services_revenue",)),
    ("软件业务营收", ("software_it_services_revenue",)),   # ("營收": revenue, as Taiwan and Hong Kong papers write it)
    ("软件业实现业务收入", ("software_it_services_revenue",)),   # (also with the period inside: "软件业一季度实现业务收入")
    ("软件业完成业务收入", ("software_it_services_revenue",)),
    ("软件业收入", ("software_it_services_revenue",)),
    ("软件和信息技术服务业实现收入", ("software_it_services_revenue",)),
    ("软件和信息技术服务业完成收入", ("software_it_services_revenue",)),
    ("软件和信息技术服务业完成业务收入", ("software_it_services_revenue",)),
    ("软件和信息技术服务业实现业务收入", ("software_it_services_revenue",)),
    ("软件和信息技术服务业收入", ("software_it_services_revenue",)),
    ("软件和信息技术服务业营收", ("software_it_services_revenue",)),
    ("软件和信息技术服务业业务收入", ("software_it_services_revenue",)),
    ("软件和信息技术服务业规模", ("software_it_services_revenue",)),   # (see _ZH_SIZE_LAST)
    ("软件业规模", ("software_it_services_revenue",)),
    ("软件产业规模", ("software_it_services_revenue",)),
    ("软件和信息技术服务业务收入", ("software_it_services_revenue",)),
    ("移动互联网户均接入流量", ("mobile_dou",)),
    ("软件业利润总额", ("software_industry_profit",)),
    ("软件业实现利润总额", ("software_industry_profit",)),
    ("软件和信息技术服务业实现利润总额", ("software_industry_profit",)),
    ("软件和信息技术服务业利润总额", ("software_industry_profit",)),
    ("微型计算机产量", ("computer_output",)),
    ("微型计算机设备产量", ("computer_output",)),
    ("利润总额", ("software_industry_profit",)),   # only right after the software revenue (see rules._chinese)
    ("装备制造业增加值", ("equipment_manufacturing_value_added",)),
    ("消费品工业增加值", ("consumer_goods_value_added",)),
    ("高技术制造业增加值", ("high_tech_manufacturing_value_added",)),
    ("高技术产业(制造业)增加值", ("high_tech_manufacturing_value_added",)),   # (NBS's wording until 2016)
    ("粗钢产量", ("crude_steel_output",)),
    ("工业机器人产量", ("industrial_robot_output",)),
    ("服务机器人产量", ("service_robot_output",)),
    ("5G手机出货量", ("five_g_phone_shipments",)),
    ("标准机架", ("data_center_racks",)),
    ("算力总规模", ("computing_power_total",)),
    ("智能算力规模", ("intelligent_computing_power",)),
    ("智能算力", ("intelligent_computing_power",)),
    ("10G PON端口", ("ten_g_pon_ports",)),
    ("10GPON端口", ("ten_g_pon_ports",)),
    ("10G-PON端口", ("ten_g_pon_ports",)),
    ("1000Mbps及以上接入速率的固定互联网宽带接入用户", ("gigabit_broadband_users",)),
    ("1000Mbps及以上接入速率的用户", ("gigabit_broadband_users",)),
    ("千兆及以上接入速率的用户", ("gigabit_broadband_users",)),
    ("5G用户普及率", ("five_g_penetration_rate",)),
    ("5G移动电话用户普及率", ("five_g_penetration_rate",)),
    ("户均移动互联网接入流量", ("mobile_dou",)),
    ("移动互联网月户均流量", ("mobile_dou",)),
    ("移动互联网户均流量", ("mobile_dou",)),   # ("12月当月移动互联网户均流量达8.59GB")
    ("户均移动互联网流量", ("mobile_dou",)),
    ("移动互联网月户均接入流量", ("mobile_dou",)),
    ("移动互联网接入月户均流量", ("mobile_dou",)),
    ("月户均移动互联网接入流量", ("mobile_dou",)),
    ("DOU", ("mobile_dou",)),
    ("国家级绿色工厂", ("national_green_factories",)),
    ("创建绿色工厂", ("national_green_factories",)),   # ("累计创建绿色工厂2121家": the ministry's lists; not "省级绿色工厂")
    ("专精特新“小巨人”企业", ("little_giant_enterprises",)),
    ('专精特新"小巨人"企业', ("little_giant_enterprises",)),
    ("“小巨人”企业", ("little_giant_enterprises",)),
    ("重点平台连接设备", ("industrial_internet_connected_devices",)),
    ("平台连接工业设备", ("industrial_internet_connected_devices",)),
    ("连接工业设备数量", ("industrial_internet_connected_devices",)),   # "平台超过70个，连接工业设备数量达到4000万台"
    ("连接工业设备数", ("industrial_internet_connected_devices",)),
    ("工业设备连接数", ("industrial_internet_connected_devices",)),
    ("数字产业实现业务收入", ("digital_industry_revenue",)),
    ("规模以上中小工业企业增加值", ("industrial_sme_value_added",)),
    ("规上工业中小企业增加值", ("industrial_sme_value_added",)),
    ("数字产业完成业务收入", ("digital_industry_revenue",)),
    ("5G手机累计出货量", ("five_g_phone_shipments",)),
    ("5G手机出货", ("five_g_phone_shipments",)),   # "工业互联网平台连接工业设备超过1亿台"
    ("重点平台连接工业设备", ("industrial_internet_connected_devices",)),
    ("平台连接的工业设备", ("industrial_internet_connected_devices",)),   # "重点平台连接的工业设备数量超过4000万台（套）"
    ('"小巨人"企业', ("little_giant_enterprises",)),
    ("专精特新小巨人企业", ("little_giant_enterprises",)),   # (a converted text's quotes dropped)
    ("小巨人企业", ("little_giant_enterprises",)),
    ('"专精特新"中小企业', ("specialized_smes",)),
    ("“专精特新”中小企业", ("specialized_smes",)),
    ("专精特新中小企业", ("specialized_smes",)),
    ("创新型中小企业", ("tech_smes",)),
    ("高新技术企业", ("high_tech_enterprises",)),
]
# zh phrases from the CSV that are too generic to use alone (they need the English-style frame).
_ZH_SKIP = {"5G-A", "行政村", "国民经济大类", "5G标准必要专利", "连接工业设备", "开源鸿蒙", "人形机器人产品",
            "数字产业利润",
            "5G+工业互联网"}


@lru_cache(maxsize=4)
def load_catalogue(path: str | None = None) -> dict[str, Indicator]:
    """indicator_id -> Indicator, from the project catalogue CSV."""
    out = {}
    with open(path or CATALOGUE_CSV, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            out[r["indicator_id"].strip()] = Indicator(
                id=r["indicator_id"].strip(), name=r.get("name", "").strip(), unit=r["unit"].strip(),
                kind=r["kind"].strip(),
                en_phrases=tuple(p.strip() for p in (r.get("en_phrases") or "").split("|") if p.strip()),
                zh_phrases=tuple(p.strip() for p in (r.get("zh_phrases") or "").split("|") if p.strip()))
    return out


@dataclass(frozen=True)
class PhraseIndex:
    matcher: AnchorMatcher                 # English patterns -> PhraseRole
    zh: list[tuple[str, tuple[str, ...]]]  # Chinese phrases (longest first) -> indicator ids


# Indicators read only by whole-sentence patterns (rules._SPECIALS): their catalogue phrases
# ("5G-A") name a context, not the quantity, so they must not become noun patterns
# ("5G-A users exceeded 100 million" is not a count of cities).
SENTENCE_PATTERN_IDS = frozenset((
    "five_g_a_cities", "five_g_admin_village_coverage", "five_g_economy_categories", "five_g_sep_share",
    "five_g_share_of_mobile_users", "gigabit_share_of_broadband_users"))


@lru_cache(maxsize=4)
def phrase_index(path: str | None = None) -> PhraseIndex:
    """All English phrase patterns in one anchored matcher; the Chinese phrase list."""
    cat = load_catalogue(path)
    patterns = [(p, r) for p, r in _EN if (r.role != "noun" or r.key in cat)]
    covered = {r.key for _, r in patterns if r.role == "noun"} | set(FLOW_PAIRS.values()) | SENTENCE_PATTERN_IDS
    for ind in cat.values():
        if ind.id in covered or ind.kind == "flow":
            continue
        for ph in ind.en_phrases:
            if "X" in ph.split():
                continue
            alt = r"[\s\-]+".join(re.escape(w) for w in ph.split())
            patterns.append((alt, PhraseRole("noun", ind.id)))
    matcher = AnchorMatcher([(_rx(p), role) for p, role in patterns])
    zh = list(_ZH_EXTRA)
    seen = {z for z, _ in zh}
    for ind in cat.values():
        for ph in ind.zh_phrases:
            if ph not in seen and ph not in _ZH_SKIP:
                zh.append((ph, (ind.id,)))
                seen.add(ph)
    zh = [(ph, ids) for ph, ids in zh if all(x in cat for x in ids)]
    zh.sort(key=lambda x: -len(x[0]))
    return PhraseIndex(matcher, zh)


def find_zh(text: str, zh: list[tuple[str, tuple[str, ...]]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Non-overlapping Chinese phrase hits, longest phrase first at any position."""
    taken: list[tuple[int, int, tuple[str, ...]]] = []
    occupied: set[int] = set()
    phrases = dict(zh)

    def take(a: int, b: int, ids) -> None:
        """Keep a hit unless an earlier (longer or listed) one covers any of its characters."""
        if ids and not any(j in occupied for j in range(a, b)):
            taken.append((a, b, ids))
            occupied.update(range(a, b))

    # "新能源汽车、工业机器人、集成电路产量分别增长29.7%、29.8%、8.1%": a list of products sharing one
    # attribute; one id per item, "" for an item that is no catalogue indicator (its value is skipped)
    for m in _ZH_LIST.finditer(text):
        attr = m.group("attr")
        items = _zh_list_items(m.group("list"), text, m.end())
        items[0] = ZH_LEAD_SCOPE.sub("", items[0])
        items = [it[:-2] if it.endswith("产品") and len(it) > 4 else it for it in items]   # ("服务机器人产品产量")
        if any(not 2 <= len(it) <= 12 or attr in it for it in items):
            continue
        ids = tuple((phrases.get(it + attr) or ("",))[0] if len(phrases.get(it + attr) or ()) <= 1 else "" for it in items)
        if any(ids):
            take(m.start("list") + len(m.group("list")) - len(m.group("list").lstrip()), m.end(), ids)
    # "电子信息制造业（计算机、通信和其他电子设备制造业）增加值": a term with a gloss in brackets before its attribute
    for m in _ZH_GLOSS.finditer(text):
        for k in range(12, 1, -1):
            ids = phrases.get(text[m.start() - k:m.start()] + m.group("attr"))
            if ids:
                take(m.start() - k, m.end(), ids)
                break
    for ph, ids in zh:
        i = text.find(ph)
        while i >= 0:
            # (not "新能源汽车生产企业", "新能源汽车销售收入": not the vehicles made or sold)
            if (ph not in _ZH_VERB_LAST or _ZH_VERB_NEXT.match(text, i + len(ph))) and (
                    ph not in _ZH_SIZE_LAST or _ZH_SIZE_NEXT.match(text, i + len(ph))):
                take(i, i + len(ph), ids)
            i = text.find(ph, i + 1)
    # "新能源汽车表现抢眼，产销分别完成216.6万辆和215.7万辆": a product named as the topic of a short
    # comment clause, then its production/sales in the next clause
    for m in (*_ZH_TOPIC.finditer(text), *_ZH_PERIOD_INSIDE.finditer(text)):
        g = "attr" if m.group("attr") else "attr2"
        take(*m.span(g), phrases.get((m.group("topic") or m.group("topic2")) + _ZH_VERB_ATTR.get(m.group(g), m.group(g))))
    # "高技术制造业和装备制造业保持较快增长，1-10月增加值分别增长10.6%和9.4%": the sectors as the topic
    for m in _ZH_TOPIC_SECTORS.finditer(text):
        take(*m.span("attr"), (phrases.get(m.group("a") + "增加值", ("",))[0], phrases.get(m.group("b") + "增加值", ("",))[0]))
    for m in _ZH_TOPIC_SECTOR.finditer(text):
        take(*m.span("attr"), phrases.get(m.group("s") + "增加值"))
    # "高技术制造业增加值增长7.1%，装备制造业增长6.6%": a sector's bare rate in a sentence about value added
    # (or in a paragraph that opens on the sectors: "分行业看，12月份，41个大类行业中有33个行业增加值保持
    # 同比增长。其中，…计算机、通信和其他电子设备制造业增长11.1%")
    # (or "…增加值同比增长39.9%…。其中计算机、通信和其他电子设备制造业增长46.9%": a part of the value added just given)
    for m in _ZH_BARE_SECTOR.finditer(text):
        s0, para = _sentence_start(text, m.start()), text.rfind("\n", 0, m.start()) + 1
        if "增加值" in text[s0:m.start()] or _ZH_SECTOR_PARAGRAPH.search(text, para, m.start()) \
                or text.startswith("其中", s0) and "增加值" in text[para:s0]:
            take(*m.span("s"), phrases.get(m.group("s") + "增加值"))
    # "规模以上工业增加值年增24.5%…。其中3月份工业增加值年增14.1%": a month's rate of the value added named before
    first = min((i for i in (text.find("规模以上工业增加值"), text.find("规上工业增加值")) if i >= 0), default=-1)
    if first >= 0:
        for m in _ZH_MONTH_IVA.finditer(text, first):
            take(*m.span("p"), phrases.get("规模以上工业增加值"))
        # ("…。二季度以来工业生产有所波动，6月份增长6.3%": a month's growth of industry as the topic)
        for m in _ZH_PRODUCTION_TOPIC.finditer(text, first):
            take(*m.span("p"), phrases.get("规模以上工业增加值"))
    for m in _ZH_BARE_ALL_INDUSTRY.finditer(text):
        take(*m.span(), phrases.get("规模以上工业增加值"))
    # "主要产品中，全年生产手机19亿部，…；微型计算机设备3.07亿台": a product of a production list
    for m in _ZH_PRODUCED_ITEM.finditer(text):
        before = text[_sentence_start(text, m.start("item")):m.start("item")]
        # (or in a paragraph that opens on the products: "分产品看，12月份，596种产品中有338种产品产量同比
        # 增长。粗钢7710万吨，同比增长8.2%")
        # (or under a lead on products' output: "产品产量方面：汽车455.0万辆，…", or the line before bulleted items)
        # (or "从产品看，11月份，汽车产量297.2万辆，…；工业机器人1.2万套，增长39.4%")
        if "生产" in before or "主要产品" in before or "分产品" in text[_list_start(text, m.start()):m.start()] \
                or _ZH_PRODUCT_VIEW.search(before) \
                or _ZH_OUTPUT_LEAD.search(before) or _ZH_OUTPUT_LEAD.search(text, (a := _lead_line(text, m.start())), max(a, text.find("\n", a))):
            take(*m.span("item"), phrases.get(m.group("item") + "产量"))
    # "一季度5G手机出货量1434.2万部，3月份出货量达634.2万部": the month's shipments of the same phones
# (also the months to date: "2月份国内5G手机出货量238.7万部，1—2月份累计出货785.2万部")
    if "5G手机出货量" in text:
        for m in _ZH_NEXT_SHIPMENTS.finditer(text):
            if "5G手机出货量" in text[_sentence_start(text, m.start()):m.start()]:
                take(*m.span("attr"), phrases.get("5G手机出货量"))
    # "手机总体出货量累计1.98亿部，同比增长12.6%，其中5G手机1.67亿部": the 5G part of all phone shipments
    for m in _ZH_5G_PHONES_OF.finditer(text):
        if "出货量" in text[_sentence_start(text, m.start()):m.start()]:
            take(*m.span("item"), phrases.get("5G手机出货量"))
    # "新能源汽车生产17.7万辆，销售17.0万辆": the other verb (or attribute) continues the product of
    # the clause before
    for m in (*_ZH_NEXT_VERB.finditer(text), *_ZH_NEXT_ATTR.finditer(text)):
        prev = None
        for prev in _ZH_PRODUCT_VERB.finditer(text, _sentence_start(text, m.start()), m.start()):
            pass
        if prev:
            g = m.lastgroup
            if g == "attr3" and not _YOY_CLAUSE_BEFORE.search(text, prev.start(), m.start()):
                continue
            # (a Taiwan or Hong Kong page's "新能源車（含純電動…）產量…，銷量…")
            take(*m.span(g), phrases.get(prev.group("p").replace("新能源车", "新能源汽车") + _ZH_VERB_ATTR.get(m.group(g), m.group(g))))
    taken.sort()
    return taken


def _lead_line(text: str, pos: int) -> int:
    """The start of the line before a run of bulleted lines that pos's line ends ("产品产量方面：¶· 汽车…¶· 工业机器人…")."""
    a = text.rfind("\n", 0, pos) + 1
    while a > 1 and _BULLET.match(text, a):
        a = text.rfind("\n", 0, a - 1) + 1
    return a


def _list_start(text: str, pos: int) -> int:
    """The start of pos's line, or of the line its list runs on from ("…；钢材15386万吨，下降1.8%；" over
    "汽车产量369.4万辆，…")."""
    a = text.rfind("\n", 0, pos) + 1
    while a > 1 and text[:a - 1].rstrip(" \t\u3000").endswith(("；", ";")):
        a = text.rfind("\n", 0, a - 1) + 1
    return a


def _sentence_start(text: str, pos: int) -> int:
    return max(text.rfind("。", 0, pos), text.rfind("\n", 0, pos)) + 1


_ZH_LIST = re.compile(r"(?P<list>(?:[\u4e00-\u9fffA-Za-z0-9]{2,14}?[、和与及])+[\u4e00-\u9fffA-Za-z0-9]{2,12}?(?:\([\u4e00-\u9fff]{2,6}\))?)"
                      r"(?:等[\u4e00-\u9fff]{0,6}?(?:产品|行业))?(?P<attr>增加值|产销量|产量|销量|出货量)"   # (also "等绿色智能产品产量")
                      r"(?=\s*(?:全年|[上下]半年|前三季度|[一二三四]季度|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月份?|去年|今年|上年)?\s*(?:同比)?(?:分别|均))")
# "…产量分别增长47.6%、24.1%和16.3%": the figures the list's items share out
_ZH_LISTED_FIGURES = re.compile(r"[^，。；,;\d]{0,12}?分别[^，。；,;\d]{0,8}(?P<figs>[\d.]+[^、，。；,;和及与\d]{0,6}(?:[、和及与][\d.]+[^、，。；,;和及与\d]{0,6})*)")


def _zh_list_items(items: str, text: str, pos: int) -> list[str]:
    """Split a list on 、 and 和/与/及, unless that gives more items than the figures after it:
    "3D打印设备、服务机器人、工业控制计算机及系统产品产量分别增长47.6%、24.1%和16.3%" has three
    (及 inside a product's name)."""
    m = _ZH_LISTED_FIGURES.match(text, pos)
    n = len(re.findall(r"\d+(?:\.\d+)?", m.group("figs"))) if m else None
    for sep in (r"[、和与及]", r"[、和与]", r"、"):
        parts = re.split(sep, items)
        if n is None or len(parts) == n:
            return parts
    return re.split(r"[、和与及]", items)


# what may open a sentence before the first item of a list: a date or a scope
ZH_LEAD_SCOPE = re.compile(r"^(?:规模以上(?!工业)|规上(?!工业)|\d{4}年|\d{1,2}(?:[-~至]\d{1,2})?月份?|第?[一二三四]季度|前三季度|[上下]半年|全年|今年|去年|"
                           r"我国|全国|其中|同期|规模以上工业中)+")
# "工业机器人全年产量达13.1万台", "工业机器人累计产量": a period or 累计 between the product and its attribute
_ZH_PERIOD_INSIDE = re.compile(
    r"(?P<topic>新能源汽车|(?:(?<![\u4e00-\u9fff])|(?<=我国)|(?<=全国)|(?<=期间)|(?<=时期))汽车|工业机器人|服务机器人|粗钢|5G手机|微型计算机设备|软件和信息技术服务业|软件业|高技术制造业|装备制造业|消费品制造业|电子信息制造业|(?<!其他)电子设备制造业|规模以上工业)(?P<topic2>)"
    # (also a year or a plan: "新能源汽车2025年产量", "新能源汽车“十四五”期间累计产量近5000万辆")
    r"(?:(?:行业|产业)?(?:全年|上半年|下半年|前三季度|[一二三四]季度|今年以来|去年|今年|上年|前(?:\d{1,2}|[两三四五六七八九十]|十一)个月|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月份?|单月|当月"
    r"|(?:19|20)\d\d年(?:全年)?|[“\x22]?十[一二三四五六七八九]五[”\x22]?(?:时期|期间))(?:累计)?"
    r"|(?:行业|产业)?累计|行业|产业)"   # ("汽车行业全年产销分别完成2811.9万辆和2802.8万辆")
    r"(?P<attr>产销量?|产量(?:和|及|与)销量|产量|销量|出货量|销售(?=\d|超过|近|约|逾)|生产(?=\d|超过|近|约|逾)|(?:完成|实现)业务收入|收入(?=约|近|超过?|逾|达|为|\d)|增加值)(?P<attr2>)")   # (also "新能源汽车全年销售120.6万辆",
    # "软件和信息技术服务业全年完成业务收入8.16万亿元", "高技术制造业3月份增加值同比增长8.9%", "软件和信息技术服务业去年收入约4.3万亿元")
_ZH_TOPIC_PERIOD = (r"(?:(?:\d{4}年)?(?:[上下]半年|前三季度|[一二三四]季度|全年|\d{1,2}[-—~至]\d{1,2}月|\d{1,2}月份?|"
                    r"前(?:\d{1,2}|[两二三四五六七八九十]|十一)个?月|今年以来|当月|单月|同期)[,，]?\s*|(?:\d{4}年|去年|上年|今年)(?:全年)?[,，]?\s*"   # ("新能源汽车方面，去年产销分别为…", "…，当月产销分别完成")
                    # "新能源汽车从无到有，“十二五”期间累计生产约45.7万辆", "…，五年累计产量超过45万辆": a plan's total
                    r"|[“\x22]?十[一二三四五六七八九]五[”\x22]?(?:时期|期间)[,，]?\s*|五年[间中里]?[,，]?\s*)?")
_ZH_TOPIC = re.compile(
    r"(?:^|(?<=[。；;,:：\n]))\s*(?:--?|•|·|▲|■|◆|●|▶)?(?:(?:不过|但是?|而|同时|此外|另外)[,，]?)?(?:其中|我国|全国|国内|整个)?"   # ("不过新能源汽车表现亮眼，产销…", "整个汽车行业则走得稳一些，全年产销…")
    # (a Taiwan or Hong Kong page's own word, with the mainland's in a gloss: "电动车(中国称“新能源汽车”)逆势增长，…")
    r"(?:[\u4e00-\u9fff]{2,5}\((?:中国|大陆|内地)称[“\x22])?"
    r"(?P<topic>新能源汽车|(?<![\u4e00-\u9fff])汽车|(?<=[国内])汽车|(?<=整个)汽车|(?<=[“\x22])汽车|工业机器人|服务机器人|粗钢|5G手机)(?:[”\x22]\))?"
    r"(?P<comment>[\u4e00-\u9fff](?:[\u4e00-\u9fff、]|\d{1,2}(?=年)|\x22(?=[\u4e00-\u9fff]{2,6}\x22)|(?<=[\u4e00-\u9fff]{2})\x22){1,15}"   # ("则“一枝独秀”")
    # ("新能源汽车年产量首次突破1000万辆，全年产销分别完成…": a threshold passed, then the figures)
    r"|年?(?:产销量?|产量|销量)(?:首次|历史性)?(?:突破|超过|跨越|站上)\d+(?:\.\d+)?万辆(?:大关)?"
    r"|(?=[:：]))[,，:：]\s*" + _ZH_TOPIC_PERIOD +   # (or none before a label's colon: "——新能源汽车：产量51.7万辆")   # ("…产销量连续6年位居全球第一，", "…是少数亮点：")
    r"(?:累计|年)?(?P<attr>产销量?|产量(?:和|及|与)销量|产量|销量|出货量|销售|生产)(?=分别|同比|完成|达到?|为|突破|超过|\d|由|从)"   # ("，年销量由2015年的…")   # (also "…，上半年累计生产7.85万辆")
    # "高技术制造业恢复较快，上半年增加值同比增长4.5%"
    r"|(?:^|(?<=[。；;,:：\n]))\s*(?P<topic2>高技术制造业|装备制造业)[\u4e00-\u9fff]{2,8}[,，]\s*" + _ZH_TOPIC_PERIOD +
    r"(?P<attr2>增加值)(?=同比|增长|下降)", re.M)
_ZH_TOPIC_SECTORS = re.compile(
    r"(?:^|(?<=[。；;,:：\n]))\s*(?:[\u4e00-\u9fff]{2,8}?(?<=点名|提到|指出))?(?P<a>高技术制造业|装备制造业)(?:和|、|与|及)(?P<b>高技术制造业|装备制造业)(?:[\u4e00-\u9fff]{2,10})?[,，]\s*"
    + _ZH_TOPIC_PERIOD + r"(?:两者|二者)?(?P<attr>增加值)(?=(?:同比)?(?:分别)(?:增长|下降))", re.M)
# (one sector: "电子信息制造业保持较快增长，上半年增加值同比增长10.2%")
_ZH_TOPIC_SECTOR = re.compile(
    r"(?:^|(?<=[。；;,:：\n]))\s*(?P<s>高技术制造业|装备制造业|电子信息制造业|消费品工业)(?!增加值)[\u4e00-\u9fff]{2,10}[,，]\s*"
    + _ZH_TOPIC_PERIOD + r"(?P<attr>增加值)(?=(?:同比)?(?:增长|下降)\d)", re.M)
_ZH_NEXT_SHIPMENTS = re.compile(r"[,，;；]\s*(?:其中)?(?:\d{1,2}月份?|\d{1,2}[-—~至]\d{1,2}月份?|[一二三四]季度|[上下]半年)(?:累计|单月|当月)?(?P<attr>出货量?)(?=达|为|\d|约|超)")
_ZH_5G_PHONES_OF = re.compile(r"[,，]\s*其中[,，]?\s*(?P<item>5G手机)(?=\s*(?:为|达|约|超过)?\s*\d)")
_ZH_NEXT_VERB = re.compile(r"[,，、]\s*(?P<verb>销售|生产)(?=\s*(?:\d|约|超|近|逾))")
# (also after a comment clause on the product: "新能源汽车继续保持高速增长，生产13.9万辆，销售12.6万辆")
_ZH_PRODUCT_VERB = re.compile(r"(?P<p>新能源汽?车|(?:(?<![\u4e00-\u9fff])|(?<=我国)|(?<=全国)|(?<=[月年]))汽车)(?:\([^()。；;]{2,40}\))?(?:[\u4e00-\u9fff]{2,12}[,，]\s*)?" + _ZH_TOPIC_PERIOD
                              + r"(?:累计)?(?:生产|销售|产量|销量|产销)")
# "新能源汽车产销分别完成569.9万辆和560.8万辆，销量同比增长44%": the product's attribute, continued
# (its 同比 makes it year on year: not "与2019年同期相比，产量增长0.1%")
# (or its level, or a month's: "其中，汽车产量2811.9万辆，销量2802.8万辆", "…，9月份当月销量128.7万辆")
_ZH_NEXT_ATTR = re.compile(r"[,，]\s*(?P<attr>销量|产量)(?=\s*(?:则|却|也|仍)?同比(?:增长|下降)\d)"
                           # ("…累计产量超过3300万辆，2024年产销量均突破1280万辆": a year's)
                           r"|[,，、；;]\s*(?:其中[,，]?\s*)?(?:\d{1,2}月份?|\d{4}年)?(?:当月|单月)?(?P<attr2>产销量|销量|产量)"   # (also "…增长59.9%；销量125.6万辆")
                           r"(?=\s*(?:均|分别)?(?:仅为?|只有)?(?:达到?|为|突破|超过)?\s*\d|(?:较|比)(?:19|20)\d\d年的\s*\d)"   # ("；其中2月单月销量仅31万辆", "，销量较2021年的352.1万辆近乎翻倍")
                           # "产量同比增长1.1%，销量下降4.6%": the 同比 of the clause before carries over
                           r"|(?<=%)[,，]\s*(?P<attr3>销量|产量)(?=\s*(?:增长|下降)\d)"
                           # "；与上年同期相比，产量增长0.9%，销量下降0.1%": a year before's same months
                           r"|与(?:上年|去年)同期相比[,，]\s*(?P<attr4>销量|产量)(?=\s*(?:增长|下降)\d)")
_YOY_CLAUSE_BEFORE = re.compile(r"(?:同比(?:分别)?|与(?:上年|去年)同期相比[,，]\s*(?:销量|产量))(?:增长|下降)[\d.]+%$")
_ZH_VERB_LAST = frozenset(("新能源汽车销售", "新能源汽车生产", "汽车销售", "汽车生产"))
_ZH_VERB_NEXT = re.compile(r"\s*(?:了|量)?\s*(?:\d|约|超|近|逾|共|累计|总计|达|为|突破|完成)")
# "软件和信息技术服务业规模从2015年的4.3万亿元增长到…": an industry's size in yuan is its revenue (not
# "规模以上企业", firms above the size threshold, nor "规模持续扩大" with no figure)
_ZH_SIZE_LAST = frozenset(("软件和信息技术服务业规模", "软件业规模", "软件产业规模"))
_ZH_SIZE_NEXT = re.compile(r"\s*(?:从|由|达到?|为|突破|超过|\d)")
_ZH_VERB_ATTR = {"销售": "销量", "生产": "产量"}   # "上半年销售17.0万辆": the verb names the attribute
_ZH_GLOSS = re.compile(r"\([^()。；;]{2,40}\)(?P<attr>增加值|产销量?|产量|销量|收入)")   # ("新能源汽车(含纯电动车、插电混合动力车)产销")
# "2018年12月规上工业增长5.7%": industry above the size threshold, its value added left unsaid (not after
# "快于全部规上工业": the benchmark of a sector's rate)
_ZH_BARE_ALL_INDUSTRY = re.compile(r"(?<![部于比较])(?:规模以上|规上)工业(?=(?:同比)?(?:实际)?(?:增长|下降)\d)")
# (also after a month: "；3月单月高技术制造业已转为同比增长8.9%")
_ZH_MONTH_IVA = re.compile(r"(?<![预期计测])(?:(?<![\d\-—~至])\d{1,2}月份?|当月|单月)(?:的)?(?P<p>工业增加值)(?=(?:同比)?(?:实际)?(?:增长|下降|增速))")
_ZH_PRODUCTION_TOPIC = re.compile(r"(?P<p>工业生产)[\u4e00-\u9fff]{2,10}[,，]\s*(?=\d{1,2}月份?(?:同比)?(?:增长|下降)\d)")
_ZH_SECTOR_PARAGRAPH = re.compile(r"分行业|[从按]行业看|大类行业")   # ("从行业看，10月份41个大类行业中有36个行业增加值…")
_ZH_BARE_SECTOR = re.compile(r"(?:(?<=[，,；;、])|(?<=其中))(?:(?:但|而|不过)?\d{1,2}月份?(?:单月|当月)?[,，]?)?(?P<s>高技术制造业|装备制造业|电子信息制造业|计算机、通信和其他电子设备制造业|电子设备制造业)"
                             r"(?=(?:则|也|亦|仍|更)?(?:已?转为)?(?:同比)?(?:增长|下降)\d)")   # (also "装备制造业则增长9.5%")
# (also "，上半年生产微型计算机设备1.58亿台": the period and the verb before the item; or a sentence's
# opening: "。全年生产微型计算机设备29009万台")
# "产品产量方面：", "主要产品产量：", "从产品看，新兴产品产量保持高增长：": a lead on products' output, items after it
_ZH_PRODUCT_VIEW = re.compile(r"(?:从|分)(?:主要)?(?:工业)?产品(?:产量)?(?:来|上)?看")
_ZH_OUTPUT_LEAD = re.compile(r"产量(?:方面)?[^。；;:：\d\n]{0,12}[:：]\s*$")
_BULLET = re.compile(r"[ \t\u3000]*[·•●\-*]")
_ZH_PRODUCED_ITEM = re.compile(r"(?:^|(?<=[，,；;。:：]))\s*(?:[·•●\-*]\s*)?(?:(?:全年|[上下]半年|前三季度|[一二三四]季度|\d{1,2}[-—~至]\d{1,2}月份?|\d{1,2}月份?)?生产)?"
                               r"(?:其中[,，]?)?"   # ("汽车478.6万辆，增长2.9%，其中新能源汽车216.4万辆")
                               r"(?P<item>[\u4e00-\u9fff]{2,10}?)(?=\d)", re.M)
