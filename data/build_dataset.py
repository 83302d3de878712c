#!/usr/bin/env python3
"""Builds data/atlas.json, the embedded default dataset, from the sourced
facts in data/shared/ (a copy of ../shared/data/) and the texts written for
the project in data/editorial/ (names, texts, the tile map's layout in
provinces.json, and the guided stories in stories.json, whose references,
views and ids it checks).

Facts, figures, dates and addresses come only from the CSV files (the GDP
of the provinces outside the clusters from the statistics bureau's export in
data/shared/raw/, which gdp.csv was read from); names, titles and
descriptions come from the editorial files. Run it again after
either changes:

    python3 data/build_dataset.py            # writes data/atlas.json
    python3 data/build_dataset.py --check    # fails if atlas.json is stale

The native test `tests/dataset_csv.rs` checks the result against the CSV files
row by row.
"""

import csv
import json
import re
import sys
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE / "shared"
EDITORIAL = HERE / "editorial"
OUT = HERE / "atlas.json"

URL_RE = re.compile(r'(?:https?://|github\.com/|\ben\.people\.cn/)[^\s"()\]]+')
CLUSTER_OF_REGION = {
    "Jing-Jin-Ji": "jjj",
    "Yangtze River Delta": "yrd",
    "Greater Bay Area": "gba",
    "Greater Bay Area (Guangdong province - whole)": "gba",
    "Guangdong": "gba",
    "Shanghai": "yrd",
    "China": None,
    "National": None,
}


def read_csv(name):
    with open(SHARED / name, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def load(name):
    with open(EDITORIAL / name, encoding="utf-8") as f:
        return json.load(f)


def number(text):
    value = float(text)
    return int(value) if value.is_integer() and "." not in text else value


def balanced(text):
    """The content of the parenthesis text starts with, and what follows it."""
    depth = 0
    for i, ch in enumerate(text):
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return text[1:i], text[i + 1 :]
    return text[1:], ""


def clean(text):
    text = text.strip().strip(";,").strip()
    return re.sub(r"^(and|;)\s*", "", text).strip()


def split_quote(text):
    """Splits a citation's context into the verbatim passages (the text in
    double quotation marks) and the rest (a note)."""
    quotes = re.findall(r'"([^"]+)"', text)
    rest = re.sub(r'"[^"]+"', " ", text)
    rest = re.sub(r"\s+", " ", rest).strip(" :;,")
    rest = re.sub(r"\s*:\s*$", "", rest).strip("() ")
    return (" … ".join(q.strip() for q in quotes) or None, rest or None)


def citations(source_text):
    """Splits a CSV source column into (address, context) pairs.

    The context of an address is the text leading up to it since the
    previous citation ended, and the parenthesis following it: verbatim
    fragments of the source column.
    """
    matches = list(URL_RE.finditer(source_text))
    out = []
    lead_start = 0
    for i, m in enumerate(matches):
        raw = m.group().rstrip(";,.")
        lead = clean(source_text[lead_start : m.start()])
        end = matches[i + 1].start() if i + 1 < len(matches) else len(source_text)
        after = source_text[m.start() + len(raw) : end]
        paren = ""
        rest = after
        if after.lstrip().startswith("("):
            paren, rest = balanced(after.lstrip())
        lead_start = m.start() + len(raw) + (len(after) - len(rest))
        if i + 1 == len(matches):
            tail = clean(rest)
            if tail:
                paren = f"{paren}; {tail}" if paren else tail
            lead_start = end
        parts = [p for p in (lead, paren.strip()) if p]
        out.append((raw, " | ".join(parts) or None))
    return out


def address(raw, source_text):
    """A browsable address for a cited address."""
    if raw.startswith("http"):
        return raw
    if raw.startswith("en.people.cn/"):
        return "http://" + raw
    m = re.match(r"github\.com/([^/@]+)/([^/@]+)@([0-9a-f]{40})(/.*)?$", raw)
    if not m:
        raise SystemExit(f"unrecognised address {raw!r}")
    owner, repo, commit, path = m.groups()
    if not path:
        named = re.search(r"file (\S+) in " + re.escape(raw), source_text)
        if not named:
            return f"https://github.com/{owner}/{repo}/tree/{commit}"
        path = "/" + named.group(1)
    return f"https://github.com/{owner}/{repo}/blob/{commit}{urllib.parse.quote(path)}"


# The fields of the items of the larger lists, in the order written: the
# one that compresses best (by some 500 bytes in all).
SOURCE_FIELDS = ("id", "date", "supports", "publisher", "title", "url", "read_at")
POINT_FIELDS = ("entity", "note", "value", "year", "sources")
FIGURE_FIELDS = ("id", "year", "note", "sources", "unit", "label", "value", "denominator", "qualifier", "cluster")
STORY_FIELDS = ("id", "title", "description", "steps")
STEP_FIELDS = ("title", "text", "view", "highlight", "sources")
HIGHLIGHT_FIELDS = ("points", "figures", "milestones", "tiles")


def ordered(item, fields):
    """`item` with its fields in the order of `fields`, which names them all."""
    unknown = set(item) - set(fields)
    if unknown:
        raise SystemExit(f"no place for the fields {sorted(unknown)} of {item.get('id', item)}")
    return {k: item[k] for k in fields if k in item}


class Sources:
    """The source catalogue, filled in order of first citation."""

    def __init__(self):
        self.catalogue = load("sources.json")
        self.originals = {r["copy_url"]: r for r in read_csv("originals.csv")}
        self.chinese_publishers = load("publishers.json")["zh"]
        self.entries = {}
        self.uses = {}

    def cite(self, source_text, use, with_quotes=True):
        cited = []
        for raw, context in citations(source_text):
            key = raw if raw in self.catalogue else "http://" + raw
            meta = self.catalogue[key]
            sid = meta["id"]
            if sid not in self.entries:
                url = address(raw, source_text)
                original = self.original(key)
                if original:
                    # A copy is cited as its original, read at the copy.
                    entry = {"id": sid, **original, "read_at": url}
                else:
                    entry = {"id": sid, "title": meta["title"], "publisher": meta["publisher"], "url": url}
                    if meta.get("date"):
                        entry["date"] = meta["date"]
                self.entries[sid] = entry
                self.uses[sid] = []
            if use not in self.uses[sid]:
                self.uses[sid].append(use)
            quote, note = split_quote(context) if (with_quotes and context) else (None, None)
            if quote or note:
                c = {"source": sid}
                if quote:
                    c["quote"] = quote
                if note:
                    c["note"] = note
                cited.append(c)
            elif sid not in cited:
                cited.append(sid)
        return cited

    def original(self, key):
        """The original of the copy at `key`, as originals.csv names it (its
        publisher, title, and date and address where known); None where it
        names no publisher and no title."""
        row = self.originals.get(key)
        if row is None:
            raise SystemExit(f"data/shared/originals.csv has no row for the cited address {key}")
        if not (row["original_publisher"] or row["original_title"]):
            return None
        publisher = row["original_publisher"]
        zh = self.chinese_publishers.get(publisher)
        out = {"title": row["original_title"], "publisher": {"en": publisher, "zh": zh} if zh else publisher}
        if row["original_url"]:
            out["url"] = row["original_url"]
        if row["original_date"]:
            out["date"] = row["original_date"]
        return out

    def finish(self):
        out = []
        for sid, entry in self.entries.items():
            uses = summarise(self.uses[sid])
            entry["supports"] = {"en": "; ".join(u[0] for u in uses), "zh": "；".join(u[1] for u in uses)}
            out.append(ordered(entry, SOURCE_FIELDS))
        return out


def summarise(uses):
    """Merges the uses of one source: statistics of one series become one
    entry naming the entities and years actually cited."""
    merged = {}
    plain = []
    for use in uses:
        if isinstance(use, tuple) and len(use) == 2:
            if use not in plain:
                plain.append(use)
            continue
        key, (en_title, zh_title), (en_name, zh_name), year = use
        entry = merged.setdefault(key, [en_title, zh_title, [], [], []])
        if en_name not in entry[2]:
            entry[2].append(en_name)
            entry[3].append(zh_name)
        entry[4].append(year)
    out = []
    for en_title, zh_title, en_names, zh_names, years in merged.values():
        span = year_span(years)
        national = "China (national)" in en_names
        provinces = len(en_names) - national
        if provinces > 3:
            # 省市 where all are provinces and municipalities; 省（区、市）
            # once an autonomous region is among them.
            divisions = "省（区、市）" if AUTONOMOUS_REGIONS & set(zh_names) else "省市"
            en = f"{provinces} provinces" + (" and national" if national else "")
            zh = f"{provinces}个{divisions}" + ("及全国" if national else "")
        else:
            en, zh = ", ".join(en_names), "、".join(zh_names)
        out.append((f"{en_title}: {en}, {span}", f"{zh_title}：{zh}，{span}年"))
    return out + plain


def year_span(years):
    lo, hi = min(years), max(years)
    return str(lo) if lo == hi else f"{lo}–{hi}"


def load_provinces():
    """data/editorial/provinces.json, checked: 34 divisions, one square each,
    and its list of neighbours exactly the pairs of squares sharing an edge."""
    doc = load("provinces.json")
    provinces = doc["provinces"]
    ids = [p["id"] for p in provinces]
    if len(provinces) != 34 or len(set(ids)) != 34:
        raise SystemExit("data/editorial/provinces.json must name 34 divisions, each once")
    cells = {}
    for p in provinces:
        cell = (p["tile"]["col"], p["tile"]["row"])
        if cell in cells:
            raise SystemExit(f"provinces.json: {p['id']} and {cells[cell]} share the square {cell}")
        cells[cell] = p["id"]
    edges = sorted(
        sorted((a, cells[(c + dc, r + dr)]))
        for (c, r), a in cells.items()
        for dc, dr in ((1, 0), (0, 1))
        if (c + dc, r + dr) in cells
    )
    if doc["neighbours"] != edges:
        raise SystemExit(f"provinces.json: neighbours must be the squares' edge-adjacent pairs, sorted: {edges}")
    return provinces


PROVINCES = load_provinces()
# The Chinese names of the autonomous regions: the export names them so.
AUTONOMOUS_REGIONS = {p["name"]["zh"] for p in PROVINCES if p.get("nbs", "").endswith("自治区")}
GDP_YEARS = range(2013, 2025)


def read_raw_gdp():
    """The statistics bureau's provincial GDP export, as published: region
    (its Chinese name there) -> year -> the value as written."""
    with open(SHARED / "raw" / "nbs_provincial_gdp_RenJiyi163.csv", encoding="utf-8", newline="") as f:
        lines = f.read().splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("地区,"))
    rows = list(csv.reader(lines[start:]))
    years = [int(h.removesuffix("年")) for h in rows[0][1:]]
    out = {}
    for row in rows[1:]:
        if len(row) != len(years) + 1:
            break  # the notes under the table
        out[row[0]] = dict(zip(years, row[1:]))
    return out


def raw_gdp_points(gdp_rows, raw):
    """The GDP rows, in gdp.csv's columns, of the mainland divisions that
    gdp.csv lacks, 2013-2024, read verbatim from the export gdp.csv was read
    from, and cited as gdp.csv cites it. Checks first that the export gives
    the members' values exactly as gdp.csv does."""
    by_name = {p["nbs"]: p for p in PROVINCES if p.get("nbs")}
    if set(by_name) != set(raw):
        raise SystemExit(f"the raw export's regions differ from provinces.json's: {set(by_name) ^ set(raw)}")
    members = {p["csv"]: p["id"] for p in load("base.json")["provinces"] if p.get("cluster")}
    nbs_of = {p["id"]: p["nbs"] for p in PROVINCES if p.get("nbs")}
    cited = set()
    for r in gdp_rows:
        if r["province"] in members:
            written = raw[nbs_of[members[r["province"]]]][int(r["year"])]
            assert written == r["gdp_100m_yuan"], (r["province"], r["year"], written, r["gdp_100m_yuan"])
            cited.add(r["source"])
    covered = {(members[r["province"]], int(r["year"])) for r in gdp_rows if r["province"] in members}
    assert covered == {(m, y) for m in members.values() for y in GDP_YEARS}, "gdp.csv: a member's year is missing"
    (source,) = cited
    for p in PROVINCES:
        for year in GDP_YEARS if p.get("nbs") else ():
            written = raw[p["nbs"]][year]
            # atlas.json must keep the export's digits.
            if json.dumps(number(written)) != written:
                raise SystemExit(f"{p['nbs']} {year}: {written!r} would not be kept as written")
    return [
        {"province": p["name"]["en"], "year": str(year), "gdp_100m_yuan": raw[p["nbs"]][year], "source": source}
        for p in PROVINCES
        if p.get("nbs") and p["id"] not in members.values()
        for year in GDP_YEARS
    ]


def build():
    base = load("base.json")
    sources = Sources()
    province_by_csv = {p["csv"]: p for p in base["provinces"]}
    division = {p["id"]: p for p in PROVINCES}

    entities = []
    for p in base["provinces"]:
        e = {"id": p["id"], "name": p["name"], "kind": p.get("kind", "province")}
        if p.get("cluster"):
            e["cluster"] = p["cluster"]
        if p.get("note"):
            e["note"] = p["note"]
        if p["id"] in division:
            if division[p["id"]]["name"] != p["name"]:
                raise SystemExit(f"provinces.json names {p['id']} otherwise than base.json")
            e["tile"] = division[p["id"]]["tile"]
        entities.append(e)
    city_by_csv = {}
    for c in base["cities"]:
        entities.append({"id": c["id"], "name": c["name"], "kind": "city", "country": c["country"]})
        for name in c["csv"]:
            city_by_csv[name] = c
    # The divisions outside the clusters come last, after the cities, so that
    # what lists entities in the dataset's order lists the members first.
    before = {p["id"] for p in base["provinces"]}
    for p in PROVINCES:
        if p["id"] not in before:
            entities.append({"id": p["id"], "name": p["name"], "kind": "province", "tile": p["tile"]})
            # The rows read from the raw export name it in English.
            province_by_csv[p["name"]["en"]] = p

    series = []

    def statistical(series_id, rows, column):
        meta = base["series"][series_id]
        # The editorial data may name the unit (what a count counts).
        unit = meta.get("unit") or {"gdp": "100m-yuan", "rd-expenditure": "100m-yuan", "rd-intensity": "percent"}.get(
            series_id, "count"
        )
        points = []
        for r in rows:
            province = province_by_csv[r["province"]]
            entity = province["id"]
            use = (series_id, (meta["title"]["en"], meta["title"]["zh"]), (province["name"]["en"], province["name"]["zh"]), int(r["year"]))
            points.append(
                {
                    "entity": entity,
                    "year": int(r["year"]),
                    "value": number(r[column]),
                    "sources": sources.cite(r["source"], use, with_quotes=False),
                }
            )
        series.append(
            {"id": series_id, "title": meta["title"], "unit": unit, "notes": meta["notes"], "points": points}
        )

    gdp = read_csv("gdp.csv")
    statistical("gdp", gdp + raw_gdp_points(gdp, read_raw_gdp()), "gdp_100m_yuan")
    rd = read_csv("rd.csv")
    statistical("rd-expenditure", rd, "rd_expenditure_100m_yuan")
    statistical("rd-intensity", rd, "rd_intensity_pct")
    patents = read_csv("patents.csv")
    statistical("patents-granted", patents, "domestic_patents_granted_total")
    statistical("invention-patents", patents, "domestic_invention_patents_granted")

    ranks, shares = [], []
    for r in read_csv("science_cities.csv"):
        city = city_by_csv[r["city"]]
        year = int(r["year"])
        rank_text, _, share_text = r["source"].partition(" | share: ")
        listed = {}
        if r["city"] != city["name"]["en"]:
            listed = {
                "en": f"Listed as \u201c{r['city']}\u201d in this edition.",
                "zh": f"该期榜单中的名称为\u201c{r['city']}\u201d。",
            }
        point = {
            "entity": city["id"],
            "year": year,
            "value": number(r["rank"]) if r["rank"] else None,
            # A point's sources are named without the passages (no view
            # shows them; data/shared/science_cities.csv keeps them).
            "sources": sources.cite(
                rank_text,
                (f"Nature Index Science Cities ranks, {year} edition", f"自然指数—科研城市排名（{year}年榜单）"),
                with_quotes=False,
            ),
        }
        note = dict(listed)
        if not r["rank"]:
            missing = {
                "en": "Named in this edition's top group; the sources do not state its place.",
                "zh": "位列该期榜单前列，但来源未给出具体名次。",
            }
            note = {k: (missing[k] + (" " + listed[k] if listed else "")) for k in ("en", "zh")}
        if note:
            point["note"] = note
        ranks.append(point)
        if r["share"]:
            share = {
                "entity": city["id"],
                "year": year,
                "value": number(r["share"]),
                "sources": sources.cite(
                    share_text,
                    (f"Nature Index Share of science cities, {year} edition", f"自然指数Share值（{year}年榜单）"),
                    with_quotes=False,
                ),
            }
            if listed:
                share["note"] = listed
            shares.append(share)
    for series_id, unit, points in (("science-city-rank", "rank", ranks), ("science-city-share", "score", shares)):
        meta = base["series"][series_id]
        series.append({"id": series_id, "title": meta["title"], "unit": unit, "notes": meta["notes"], "points": points})

    figures = build_figures(sources)
    milestones = build_milestones(sources)

    dataset = {
        "schema": 1,
        "title": base["title"],
        "version": base["version"],
        "updated": base["updated"],
        "licence": base["licence"],
        "description": base["description"],
        "caveats": base["caveats"],
        "clusters": base["clusters"],
        "entities": entities,
        # In this order the texts the parts share (a milestone's title in
        # what its source supports, a figure's label) are within gzip's
        # reach of each other: 2 kB less once compressed.
        "figures": [ordered(f, FIGURE_FIELDS) for f in figures],
        "sources": sources.finish(),
        "milestones": milestones,
        "stories": build_stories(),
        "series": [{**s, "points": [ordered(p, POINT_FIELDS) for p in s["points"]]} for s in series],
    }
    check_stories(dataset)
    return dataset


def build_figures(sources):
    editorial = load("figures.json")
    rows = read_csv("region_aggregates.csv")
    figures = []
    for spec in editorial["aggregates"]:
        index = spec["row"] - 1
        r = rows[index]
        source_text = r["source"]
        back = index
        while source_text == "same as above":
            back -= 1
            source_text = rows[back]["source"]
        quote = r["quote"]
        if quote in ("same as above", "see above"):
            quote = rows[index - 1]["quote"]
        elif quote == "see 2018 row":
            quote = next(x["quote"] for x in rows if x["region"] == r["region"] and x["year"] == "2018")
        numerator, _, denominator = r["value"].partition("/")
        for written in (numerator, denominator):
            # The atlas shows a stated figure with the digits of its value
            # in atlas.json: they must be the ones the source gave.
            if written and json.dumps(number(written)) != written:
                raise SystemExit(f"region_aggregates.csv row {spec['row']}: {written!r} would not be kept as written")
        figure = {
            "id": spec["id"],
            "cluster": spec["cluster"],
            "year": int(r["year"]),
            "label": spec["label"],
            "value": number(numerator),
            "unit": spec["unit"],
        }
        if denominator:
            figure["denominator"] = number(denominator)
        if spec.get("qualifier"):
            figure["qualifier"] = spec["qualifier"]
        use = (f"{spec['label']['en']}, {r['year']}", f"{spec['label']['zh']}（{r['year']}年）")
        cited = sources.cite(source_text, use, with_quotes=False)
        # The passage is shown with the figure; what else the table says of
        # it (a vintage, a date) no view shows, and the table keeps.
        verbatim, _ = split_quote(quote)
        if verbatim:
            cited[0] = {"source": cited[0], "quote": verbatim}
        figure["sources"] = cited
        figure["note"] = editorial["cgtn_note"] if "cgtn.com" in source_text else editorial["aggregates_note"]
        figures.append({k: v for k, v in figure.items() if v is not None})
    cgtn_text = next(r["source"] for r in rows if "cgtn.com" in r["source"])
    for spec in editorial["cgtn"]:
        figure = {k: v for k, v in spec.items() if v is not None and k != "readme"}
        use = (f"{spec['label']['en']} (as reported)", f"{spec['label']['zh']}（报道数字）")
        figure["sources"] = sources.cite(cgtn_text, use, with_quotes=False)
        figure["note"] = editorial["cgtn_note"]
        figures.append(figure)
    return figures


def build_milestones(sources):
    editorial = load("milestones.json")
    rows = read_csv("milestones.csv")
    if len(editorial) != len(rows):
        raise SystemExit("data/editorial/milestones.json must have one entry per milestones.csv row")
    out = []
    for r, text in zip(rows, editorial):
        if (r["date"], r["title"]) != (text["date"], text["csv_title"]):
            raise SystemExit(f"editorial milestone {text['id']} does not match CSV row {r['date']} {r['title']}")
        use = (f"Milestone: {text['title']['en']}", f"大事记：{text['title']['zh']}")
        # In this order the fields compress best (by some 60 bytes).
        m = {"id": text["id"], "date": r["date"], "cluster": CLUSTER_OF_REGION[r["region"]]}
        if not m["cluster"]:
            del m["cluster"]
        m["title"] = text["title"]
        m["short"] = text["short"]
        m["description"] = text["description"]
        m["sources"] = sources.cite(r["source"], use)
        out.append(m)
    return out


def build_stories():
    """The guided stories of data/editorial/stories.json, their fields in
    the format's order."""
    out = []
    for story in load("stories.json"):
        steps = []
        for step in story["steps"]:
            step = dict(step)
            if "highlight" in step:
                step["highlight"] = ordered(step["highlight"], HIGHLIGHT_FIELDS)
            steps.append(ordered(step, STEP_FIELDS))
        out.append(ordered({**story, "steps": steps}, STORY_FIELDS))
    return out


# A story step's references: each stands for a number the app writes in the
# reader's language, linked to its source.
REFERENCE_RE = re.compile(r"\{(figure|value|sum|share|rank):([^{}]*)\}")
MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# The only digits a story's text may hold: dates and years.
DATE_RES = [
    re.compile(r"(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)"),
    re.compile(rf"(?<!\d)(?:[1-9]|[12]\d|3[01]) (?:{MONTHS}) (?:19|20)\d\d(?!\d)"),
    re.compile(r"(?<!\d)(?:19|20)\d\d年(?:(?:[1-9]|1[0-2])月(?:(?:[1-9]|[12]\d|3[01])日)?)?"),
    re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)"),
]
# Number words that would state a quantity a reference must give.
QUANTITY_WORDS_RE = re.compile(r"\b(?:hundreds?|thousands?|millions?|billions?|trillions?|percent|per cent)\b|百分之|亿", re.I)
TAG_RE = re.compile(r"<(/?)([a-z]+)([^>]*)>")
VIEW_VALUES = {
    "view": {"economy", "rd", "patents", "science-cities", "figures", "map", "timeline", "list"},
    "economy": {"lines", "stacked", "share", "members"},
    "rd": {"expenditure", "intensity"},
    "rd-by": {"cluster", "province"},
    "map": {"gdp", "share", "growth"},
}


def check_stories(dataset):
    """Fails unless every story step's references resolve to a stated value,
    its texts hold no digits but dates and years and no markup but the safe
    subset, and every id its view, highlight and sources name exists."""
    clusters = {c["id"] for c in dataset["clusters"]}
    entities = {e["id"]: e for e in dataset["entities"]}
    tiles = {e["id"] for e in dataset["entities"] if "tile" in e}
    members = {c: [e["id"] for e in dataset["entities"] if e.get("cluster") == c] for c in clusters}
    figures = {f["id"] for f in dataset["figures"]}
    milestones = {m["id"] for m in dataset["milestones"]}
    sources = {s["id"] for s in dataset["sources"]}
    values = {
        s["id"]: {(p["entity"], p["year"]): p["value"] for p in s["points"] if p["value"] is not None}
        for s in dataset["series"]
    }
    country = next(e["id"] for e in dataset["entities"] if e.get("kind") == "country")

    def resolves(kind, arg):
        if kind == "figure":
            return arg in figures
        parts = arg.split("/")
        if len(parts) != 3 or parts[0] not in values or not re.fullmatch(r"-?\d+", parts[2]):
            return False
        series, who, year = values[parts[0]], parts[1], int(parts[2])
        if kind in ("value", "rank"):
            return (who, year) in series
        if kind == "sum":
            return who in clusters and bool(members[who]) and all((m, year) in series for m in members[who])
        # share: a cluster's sum or an entity's value, of the country's.
        whole = members.get(who) or ([who] if who in entities else [])
        return bool(whole) and all((m, year) in series for m in whole + [country])

    def check_text(where, text, html):
        for kind, arg in REFERENCE_RE.findall(text):
            if not resolves(kind, arg):
                raise SystemExit(f"{where}: the reference {{{kind}:{arg}}} names no stated value")
        bare = REFERENCE_RE.sub(" ", text)
        if "{" in bare or "}" in bare:
            raise SystemExit(f"{where}: a brace outside a reference")
        if html:
            for close, tag, attrs in TAG_RE.findall(bare):
                ok = tag in ("p", "em", "strong") and not attrs.strip()
                if tag == "a":
                    ok = bool(close and not attrs.strip()) or bool(
                        not close and re.fullmatch(r' href="https://[^"\s<>]+"', attrs)
                    )
                if not ok:
                    raise SystemExit(f"{where}: <{close}{tag}{attrs}> is not of the safe subset (p, em, strong, a href)")
            bare = TAG_RE.sub(" ", bare)
            if "<" in bare or ">" in bare:
                raise SystemExit(f"{where}: a stray angle bracket")
            if "&" in bare:
                raise SystemExit(f"{where}: an ampersand (write the words out)")
        for date in DATE_RES:
            bare = date.sub(" ", bare)
        digits = re.findall(r"\S*\d\S*", bare)
        if digits:
            raise SystemExit(f"{where}: digits other than dates and years ({digits}): write a reference")
        words = QUANTITY_WORDS_RE.findall(bare)
        if words:
            raise SystemExit(f"{where}: a quantity in words ({words}): write a reference")

    def check_view(where, view):
        seen = set()
        for pair in view.split("&"):
            key, _, value = pair.partition("=")
            if key in seen or not value:
                raise SystemExit(f"{where}: view parameter {key!r} twice or empty")
            seen.add(key)
            ok = {
                "members": lambda v: v in clusters,
                "clusters": lambda v: all(c in clusters for c in v.split("~")),
                "years": lambda v: re.fullmatch(r"(\d{4})\.\.(\d{4})", v) is not None,
                "milestone": lambda v: v in milestones,
                "span": lambda v: re.fullmatch(r"\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d", v) is not None,
                "map-year": lambda v: re.fullmatch(r"\d{4}", v) is not None,
                "map-base": lambda v: re.fullmatch(r"\d{4}", v) is not None,
            }.get(key, lambda v: v in VIEW_VALUES.get(key, ()))(value)
            if not ok:
                raise SystemExit(f"{where}: view parameter {key}={value} is not one the atlas reads (or names nothing)")
        if "view" not in seen:
            raise SystemExit(f"{where}: the view names no view")
        if "members" in seen and "economy=members" not in view.split("&"):
            raise SystemExit(f"{where}: members= without economy=members")

    story_ids = set()
    for story in dataset.get("stories", []):
        sid = story["id"]
        if sid in story_ids or not re.fullmatch(r"[A-Za-z0-9._:-]+", sid):
            raise SystemExit(f"story {sid!r}: an id twice, or not an id")
        story_ids.add(sid)
        if not story["steps"]:
            raise SystemExit(f"story {sid}: no steps")
        for field in ("title", "description"):
            for lang in ("en", "zh"):
                check_text(f"story {sid} {field} ({lang})", story[field][lang], html=False)
        for n, step in enumerate(story["steps"], 1):
            where = f"story {sid} step {n}"
            for field, html in (("title", False), ("text", True)):
                for lang in ("en", "zh"):
                    if not step[field].get(lang):
                        raise SystemExit(f"{where}: no {field} in {lang}")
                    check_text(f"{where} {field} ({lang})", step[field][lang], html)
                    if html and not step[field][lang].startswith("<p>"):
                        raise SystemExit(f"{where} {field} ({lang}): the text is paragraphs")
            check_view(where, step["view"])
            highlight = step.get("highlight", {})
            for point in highlight.get("points", []):
                who, _, year = point.partition("/")
                if (who not in entities and who not in clusters) or not re.fullmatch(r"\d{4}", year):
                    raise SystemExit(f"{where}: the highlighted point {point} names nothing")
            for kind, known in (("figures", figures), ("milestones", milestones), ("tiles", tiles)):
                unknown = [i for i in highlight.get(kind, []) if i not in known]
                if unknown:
                    raise SystemExit(f"{where}: highlighted {kind} {unknown} are not in the dataset")
            unknown = [s for s in step["sources"] if s not in sources]
            if not step["sources"] or unknown:
                raise SystemExit(f"{where}: sources {unknown or 'none'} (at least one, each in the catalogue)")


def dump(dataset):
    """Compact JSON with one line per item of each list: small, and still
    readable in a diff."""
    lines = ["{"]
    items = list(dataset.items())
    for n, (key, value) in enumerate(items):
        comma = "," if n + 1 < len(items) else ""
        if isinstance(value, list):
            lines.append(f" {json.dumps(key)}: [")
            for i, item in enumerate(value):
                sep = "," if i + 1 < len(value) else ""
                lines.append("  " + json.dumps(item, ensure_ascii=False, separators=(",", ":")) + sep)
            lines.append(f" ]{comma}")
        else:
            lines.append(f" {json.dumps(key)}: {json.dumps(value, ensure_ascii=False, separators=(',', ':'))}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    text = dump(build())
    if "--check" in sys.argv:
        if OUT.read_text(encoding="utf-8") != text:
            raise SystemExit("data/atlas.json is stale: run python3 data/build_dataset.py")
        return
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(HERE.parent)} ({len(text.encode())} bytes)")


if __name__ == "__main__":
    main()
