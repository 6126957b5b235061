#!/usr/bin/env python3
"""Derive the committed reference tables of AI Carbon Planner (data/*.csv).

Usage:
    python3 data/tools/derive_tables.py SOURCES_DIR OUT_DIR
    e.g. python3 data/tools/derive_tables.py /work/shared/data/sources data/

SOURCES_DIR is the folder of raw third-party data files described in its
SOURCES.md (OWID/Ember, Electricity Maps via CO2.js and Green Algorithms,
Epoch AI, Google region-carbon-info, Cloud Carbon Footprint, mlco2,
codecarbon, Green Algorithms, LLMCarbon).  OUT_DIR is the data/ folder of the
repository; hand-curated rows are read from OUT_DIR/curated/*.csv and every
output table is (re)written in OUT_DIR.  ISO 3166 names/codes are read from
the system iso-codes package (/usr/share/iso-codes/json).

The product never reads SOURCES_DIR: only the CSV files written here are
committed and compiled.  Python 3 standard library only.  The run is
deterministic (sorted output); it ends with the validation pass of
check_tables.py and exits non-zero if a check fails.
"""

import csv
import json
import os
import re
import sys
import unicodedata
from collections import OrderedDict, defaultdict

sys.dont_write_bytecode = True  # keep data/tools free of __pycache__
ISO_DIR = "/usr/share/iso-codes/json"
LB_TO_KG = 0.45359237

NOTES = []  # human-readable notes about rows left out / adjusted


def note(msg):
    NOTES.append(msg)


# --------------------------------------------------------------------------
# generic helpers
# --------------------------------------------------------------------------

def read_csv(path, skip_lines=0, encoding="utf-8-sig"):
    with open(path, encoding=encoding, newline="") as f:
        for _ in range(skip_lines):
            f.readline()
        return list(csv.DictReader(f))


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            if isinstance(r, dict):
                r = [r.get(h, "") for h in header]
            w.writerow(["" if v is None else v for v in r])


def fnum(x, nd=6):
    """Plain-decimal rendering of a number (no thousands separators, no
    exponent), rounded to nd decimals, trailing zeros stripped."""
    if x is None or x == "":
        return ""
    if isinstance(x, str):
        x = float(x)
    if x == int(x) and abs(x) < 1e18:
        return str(int(x))
    s = ("%." + str(nd) + "f") % x
    s = s.rstrip("0").rstrip(".")
    return s


def to_float(s):
    s = (s or "").strip()
    if not s:
        return None
    return float(s)


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c))


def alias_join(name, candidates):
    """';'-joined unique aliases (case-insensitive), excluding the name,
    adding unaccented forms of accented strings."""
    out, seen = [], {name.lower()}
    for c in candidates:
        if not c:
            continue
        for v in (c.strip(), strip_accents(c.strip())):
            v = v.replace(";", ",")
            if v and v.lower() not in seen:
                seen.add(v.lower())
                out.append(v)
    un = strip_accents(name)
    if un.lower() not in {x.lower() for x in out} and un != name:
        out.insert(0, un)
    return ";".join(out)


# --------------------------------------------------------------------------
# ISO 3166
# --------------------------------------------------------------------------

class Iso:
    def __init__(self):
        c1 = json.load(open(os.path.join(ISO_DIR, "iso_3166-1.json"),
                            encoding="utf-8"))["3166-1"]
        c2 = json.load(open(os.path.join(ISO_DIR, "iso_3166-2.json"),
                            encoding="utf-8"))["3166-2"]
        self.by_a2 = {c["alpha_2"]: c for c in c1}
        self.by_a3 = {c["alpha_3"]: c for c in c1}
        self.sub = {c["code"]: c for c in c2}
        self.name_to_a2 = {}
        for c in c1:
            for k in ("name", "common_name", "official_name"):
                if c.get(k):
                    self.name_to_a2[strip_accents(c[k]).lower()] = c["alpha_2"]
        # names as spelled in the source files
        extra = {
            "usa": "US", "united states": "US", "united states of america": "US",
            "united kingdom": "GB", "england": "GB", "uk": "GB",
            "south korea": "KR", "korea": "KR", "taiwan": "TW",
            "russia": "RU", "russian federation": "RU", "hong kong": "HK",
            "czech republic": "CZ", "vietnam": "VN", "iran": "IR",
            "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ",
            "syria": "SY", "laos": "LA", "moldova": "MD", "brunei": "BN",
            "ivory coast": "CI", "cote d'ivoire": "CI", "micronesia": "FM",
            "turkey": "TR", "kosovo": "XK", "palestine": "PS",
            "democratic republic of the congo": "CD", "congo": "CG",
            "cabo verde": "CV", "cape verde": "CV", "eswatini": "SZ",
            "north macedonia": "MK", "macedonia": "MK",
        }
        self.name_to_a2.update(extra)

    def country_name(self, a2):
        if a2 == "XK":
            return "Kosovo"
        c = self.by_a2[a2]
        return c.get("common_name") or c["name"]

    def a2_from_name(self, name):
        if not name:
            return None
        return self.name_to_a2.get(strip_accents(name.strip()).lower())

    def is_subdivision_name(self, name):
        key = strip_accents(name).strip().lower()
        return any(strip_accents(c["name"]).lower() == key for c in self.sub.values())

    def subdivision_by_name(self, a2, name):
        key = strip_accents(name).strip().lower()
        for code, c in self.sub.items():
            if code.startswith(a2 + "-") and strip_accents(c["name"]).lower() == key:
                return code
        return None


# --------------------------------------------------------------------------
# sources.csv
# --------------------------------------------------------------------------

SOURCES_HEADER = ["id", "title", "publisher", "year", "url", "license", "version"]


def load_sources(cur):
    rows = read_csv(os.path.join(cur, "sources.csv"))
    return OrderedDict((r["id"], r) for r in rows)


# --------------------------------------------------------------------------
# regions + grid intensity
# --------------------------------------------------------------------------

REGIONS_HEADER = ["id", "name", "kind", "country", "parent", "aliases"]
GRID_HEADER = ["region_id", "year", "g_per_kwh", "basis", "cfe_fraction",
               "source", "primary"]

# OWID aggregates kept (few and clear) -> region id
OWID_AGGREGATES = OrderedDict([
    ("World", ("WORLD", "World", "world")),
    ("Africa", ("OWID_AFR", "Africa (OWID)", "aggregate")),
    ("Asia", ("OWID_ASI", "Asia (OWID)", "aggregate")),
    ("Europe", ("OWID_EUR", "Europe (OWID)", "aggregate")),
    ("European Union (27)", ("OWID_EU27", "European Union (27)", "aggregate")),
    ("North America", ("OWID_NAM", "North America (OWID)", "aggregate")),
    ("South America", ("OWID_SAM", "South America (OWID)", "aggregate")),
    ("Oceania", ("OWID_OCE", "Oceania (OWID)", "aggregate")),
    ("ASEAN (Ember)", ("EMBER_ASEAN", "ASEAN (Ember)", "aggregate")),
    ("G7 (Ember)", ("EMBER_G7", "G7 (Ember)", "aggregate")),
    ("G20 (Ember)", ("EMBER_G20", "G20 (Ember)", "aggregate")),
    ("OECD (Ember)", ("EMBER_OECD", "OECD (Ember)", "aggregate")),
    ("Middle East (Ember)", ("EMBER_MIDDLE_EAST", "Middle East (Ember)", "aggregate")),
    ("Latin America and Caribbean (Ember)",
     ("EMBER_LATAM", "Latin America and Caribbean (Ember)", "aggregate")),
])

# Electricity Maps zone keys that collide with an ISO 3166-2 code of a
# *different* area (Italian provinces Novara / Sondrio): kept as EM zones.
EM_ISO_COLLISIONS = {"IT-NO": "Novara province", "IT-SO": "Sondrio province"}

# Green Algorithms / carbonfootprint codes that are not ISO 3166-2 codes
CF_CODE_FIX = {"CA-MT": "CA-MB"}  # Manitoba is CA-MB in ISO 3166-2
CF_SKIP = {
    "AU-NT2": "sub-state grid (Darwin-Katherine system), not an ISO/EM region",
    "AU-WA1": "sub-state grid (North Western Interconnected System), not an ISO/EM region",
    "AU-WA2": "sub-state grid (South West Interconnected System), not an ISO/EM region",
    "CN-HK": "single-utility factor (HK Electric); Hong Kong uses country series",
    "CN-HK2": "single-utility factor (CLP); Hong Kong uses country series",
    "TW": "listed as a region of China in the source; Taiwan uses country series",
}

G_MIN, G_MAX = 0.0, 1200.0
PRIMARY_STALE_BEFORE = 2020  # OWID series whose last valid year is older -> EM primary


def in_range(g):
    return g is not None and G_MIN < g <= G_MAX


def build_regions_and_grid(src, iso):
    regions = OrderedDict()   # id -> dict
    alias_src = defaultdict(list)
    grid = []                 # dicts
    series = defaultdict(set)  # region -> {(source, basis)}

    def add_region(rid, name, kind, country="", parent=""):
        if rid not in regions:
            regions[rid] = {"id": rid, "name": name, "kind": kind,
                            "country": country, "parent": parent}
        return regions[rid]

    def add_grid(rid, year, g, basis, cfe, source, label):
        if not in_range(g):
            note("grid: left out %s %s %s=%s (%s) - outside 0 < g <= 1200"
                 % (label, year, rid, g, source))
            return
        grid.append({"region_id": rid, "year": int(year), "g": g,
                     "basis": basis, "cfe": cfe, "source": source})
        series[rid].add((source, basis))

    # ---- OWID / Ember ---------------------------------------------------
    owid = read_csv(os.path.join(src, "owid", "carbon-intensity-electricity.csv"))
    col = "Carbon intensity of electricity per kWh"
    owid_latest_valid = {}
    for r in owid:
        ent, code, year = r["Entity"], r["Code"], int(r["Year"])
        if year < 2000:
            continue
        g = to_float(r[col])
        if ent in OWID_AGGREGATES:
            rid, name, kind = OWID_AGGREGATES[ent]
            add_region(rid, name, kind)
            alias_src[rid].append(ent)
        elif code == "OWID_KOS":
            rid = "XK"
        elif len(code) == 3 and code in iso.by_a3:
            rid = iso.by_a3[code]["alpha_2"]
            alias_src[rid] += [ent, code]
        else:
            continue  # other aggregates (income groups, Ember duplicates)
        if rid not in regions:
            add_region(rid, iso.country_name(rid), "country", rid)
        if rid == "XK":
            alias_src[rid] += [ent]
        if in_range(g):
            owid_latest_valid[rid] = max(owid_latest_valid.get(rid, 0), year)
        add_grid(rid, year, g, "lifecycle", None, "owid-ember-2025", "OWID")

    # ---- Electricity Maps yearly 2021-2025 (co2js) ----------------------
    em = read_csv(os.path.join(src, "co2js", "derived",
                               "electricitymaps_yearly_2021_2025.csv"))
    em_zones = OrderedDict()
    for r in em:
        em_zones.setdefault(r["zone_key"], r)
    for key, r in em_zones.items():
        if "-" not in key:
            # country-level EM zone (ISO 3166-1 alpha-2 or XK)
            if key not in regions:
                if key != "XK" and key not in iso.by_a2:
                    raise SystemExit("unknown EM country zone " + key)
                add_region(key, iso.country_name(key), "country", key)
            alias_src[key] += [r["zone_name"], r["display_name"]]
            continue
        ctry = key.split("-")[0]
        if key in iso.sub and key not in EM_ISO_COLLISIONS:
            kind = "state"
            name = iso.sub[key]["name"]
            alias_src[key] += [r["zone_name"]]
        else:
            kind = "zone"
            name = r["zone_name"]
        alias_src[key] += [r["display_name"]]
        if ctry not in regions:
            add_region(ctry, iso.country_name(ctry), "country", ctry)
        add_region(key, name, kind, ctry, ctry)
    for r in em:
        cfe = to_float(r["carbon_free_pct"])
        add_grid(r["zone_key"], r["year"], to_float(r["carbon_intensity_gco2eq_per_kwh"]),
                 "lifecycle", None if cfe is None else round(cfe / 100.0, 4),
                 "electricitymaps-yearly", "EM")

    # ---- Electricity Maps 2024 direct values (Green Algorithms copy) ----
    ga_em = read_csv(os.path.join(src, "green-algorithms-data", "v3.1",
                                  "carbon-intensity", "electricitymap",
                                  "CI-electricitymap-yearly_2024-with-continents.csv"))
    dcol = [c for c in ga_em[0].keys() if "direct" in c][0]
    for r in ga_em:
        zid = r["Zone id"].strip()
        if not zid:
            continue
        if zid == "GLOBAL":
            note("grid: Green Algorithms EM table row GLOBAL (480, an Ember 2023 figure, "
                 "not Electricity Maps) left out")
            continue
        if zid not in regions:
            note("grid: EM 2024 (GA) zone %s not in the CO2.js zone list - left out" % zid)
            continue
        cfe = to_float(r["Carbon-free energy percentage (CFE%)"])
        add_grid(zid, 2024, to_float(r[dcol]), "direct",
                 None if cfe is None else round(cfe / 100.0, 4),
                 "electricitymaps-2024-ga", "EM-2024-direct")

    # ---- carbonfootprint states / provinces (Green Algorithms) ----------
    cf_path = os.path.join(src, "green-algorithms-data", "v3.1", "carbon-intensity",
                           "carbonfootprint", "CI-carbonfootprint-yearly_2023.csv")
    cf = read_csv(cf_path, skip_lines=1)
    for r in cf:
        code = r["location"].strip()
        if r["Type"] != "Region":
            continue
        if code in CF_SKIP:
            note("grid: carbonfootprint row %s (%s) left out: %s"
                 % (code, r["regionName"], CF_SKIP[code]))
            continue
        code = CF_CODE_FIX.get(code, code)
        if code not in iso.sub:
            note("grid: carbonfootprint code %s not ISO 3166-2 - left out" % code)
            continue
        m = re.search(r"data from (\d{4})", r["source"])
        if not m:
            note("grid: carbonfootprint row %s has no data year - left out" % code)
            continue
        year = int(m.group(1))
        ctry = code.split("-")[0]
        add_region(code, iso.sub[code]["name"], "state", ctry, ctry)
        alias_src[code] += [r["regionName"]]
        # national-inventory / eGRID-style generation factors: operational (direct)
        # emissions only, no upstream lifecycle share
        add_grid(code, year, to_float(r["carbonIntensity"]), "direct",
                 None, "green-algorithms-ci-2023", "carbonfootprint")

    # ---- aliases ---------------------------------------------------------
    for rid, reg in regions.items():
        cands = list(alias_src.get(rid, []))
        if reg["kind"] == "country" and rid in iso.by_a2:
            c = iso.by_a2[rid]
            cands += [c["name"], c.get("common_name", ""), c.get("official_name", ""),
                      c["alpha_3"]]
        if reg["kind"] == "state" and rid in iso.sub:
            cands.append(iso.sub[rid]["name"])
        if rid in EM_ISO_COLLISIONS:
            pass
        reg["aliases"] = alias_join(reg["name"], cands)

    # ---- primary series ----------------------------------------------------
    primary = {}
    for rid, reg in regions.items():
        s = series.get(rid, set())
        if not s:
            continue
        if ("owid-ember-2025", "lifecycle") in s and reg["kind"] in ("country", "world", "aggregate") \
                and owid_latest_valid.get(rid, 0) >= PRIMARY_STALE_BEFORE:
            primary[rid] = ("owid-ember-2025", "lifecycle")
        elif ("electricitymaps-yearly", "lifecycle") in s:
            primary[rid] = ("electricitymaps-yearly", "lifecycle")
            if ("owid-ember-2025", "lifecycle") in s or reg["kind"] == "country":
                note("grid: %s primary series = Electricity Maps (%s)" % (
                    rid, "OWID has no valid value since %d" % owid_latest_valid[rid]
                    if rid in owid_latest_valid else "not in OWID or no OWID value in range"))
        elif ("owid-ember-2025", "lifecycle") in s:
            primary[rid] = ("owid-ember-2025", "lifecycle")
        elif ("green-algorithms-ci-2023", "direct") in s:
            primary[rid] = ("green-algorithms-ci-2023", "direct")
        else:
            primary[rid] = sorted(s)[0]

    # regions without any grid row are dropped (reported)
    for rid in list(regions):
        if rid not in series:
            note("regions: %s (%s) left out - no grid value in range" % (rid, regions[rid]["name"]))
            del regions[rid]

    grid_rows = []
    for g in grid:
        p = primary[g["region_id"]] == (g["source"], g["basis"])
        grid_rows.append([g["region_id"], g["year"], fnum(g["g"], 3), g["basis"],
                          "" if g["cfe"] is None else fnum(g["cfe"], 4), g["source"],
                          1 if p else 0])
    kind_order = {"world": 0, "aggregate": 1, "country": 2, "state": 3, "zone": 4}
    grid_rows.sort(key=lambda r: (r[0], r[5], r[3], r[1]))
    reg_rows = sorted(regions.values(), key=lambda r: (kind_order[r["kind"]], r["id"]))
    return reg_rows, grid_rows


# --------------------------------------------------------------------------
# devices
# --------------------------------------------------------------------------

DEVICES_HEADER = ["id", "vendor", "name", "kind", "release_year", "tdp_w", "idle_w",
                  "fp64_tflops", "fp32_tflops", "tf32_tflops", "bf16_tflops",
                  "fp16_tflops", "fp8_tflops", "int8_tops", "memory_gb",
                  "die_area_mm2", "process_nm", "embodied_kgco2e",
                  "embodied_source", "power_basis", "source", "source_detail"]

E_TENSOR = "Tensor-FP16/BF16 performance (FLOP/s)"
E_FP16 = "FP16 (half precision) performance (FLOP/s)"


def tflops(v):
    f = to_float(v)
    return None if f is None else f / 1e12


# LLMCarbon hardware.csv (die-only embodied carbon) -> device ids
LLMCARBON_MAP = {
    "V100": ["nvidia-v100-sxm2-16gb", "nvidia-v100-sxm2-32gb", "nvidia-v100-pcie-16gb",
             "nvidia-v100-pcie-32gb", "nvidia-v100s-pcie-32gb"],
    "H100": ["nvidia-h100-sxm5-80gb", "nvidia-h100-pcie-80gb", "nvidia-h100-nvl-94gb"],
    "TPUv3": ["google-tpu-v3"],
    "TPUv4": ["google-tpu-v4"],
}


def build_devices(src, cur):
    epoch = read_csv(os.path.join(src, "epoch-ml-hardware", "ml_hardware.csv"))
    epoch_by_name = {r["Hardware name"].strip(): r for r in epoch}
    dmap = read_csv(os.path.join(cur, "epoch_device_map.csv"))
    devices = OrderedDict()

    for m in dmap:
        e = epoch_by_name.get(m["epoch_name"])
        if e is None:
            raise SystemExit("Epoch record not found: " + m["epoch_name"])
        d = {h: "" for h in DEVICES_HEADER}
        d.update(id=m["id"], vendor=m["vendor"], name=m["name"], kind=m["kind"],
                 power_basis=m["power_basis"], source="epoch-ml-hardware-2026")
        rd = e["Release date"].strip()
        d["release_year"] = rd[:4] if rd else ""
        d["tdp_w"] = fnum(to_float(e["TDP (W)"]), 1)
        d["fp64_tflops"] = fnum(tflops(e["FP64 (double precision) performance (FLOP/s)"]), 4)
        d["fp32_tflops"] = fnum(tflops(e["FP32 (single precision) performance (FLOP/s)"]), 4)
        d["tf32_tflops"] = fnum(tflops(e["TF32 (TensorFloat-32) performance (FLOP/s)"]), 4)
        tensor = tflops(e[E_TENSOR])
        fp16 = tflops(e[E_FP16])
        fmt = m["tensor_formats"]
        detail = ["Epoch record '%s' (dense peak rates; TFLOP/s = FLOP/s / 1e12; memory GB = bytes / 1e9)"
                  % m["epoch_name"]]
        if fmt in ("fp16+bf16", "fp16"):
            if tensor is not None:
                d["fp16_tflops"] = fnum(tensor, 4)
                if fmt == "fp16+bf16":
                    d["bf16_tflops"] = fnum(tensor, 4)
                else:
                    detail.append("fp16 = Epoch Tensor-FP16/BF16 column" +
                                  ("" if m["vendor"] == "NVIDIA" else "; no BF16 figure"))
            elif fp16 is not None:
                d["fp16_tflops"] = fnum(fp16, 4)
                detail.append("fp16 = Epoch FP16 column (no tensor/matrix figure in Epoch)")
        elif fmt == "bf16":
            if tensor is not None:
                d["bf16_tflops"] = fnum(tensor, 4)
                detail.append("TPU: Epoch tensor figure is BF16 (no FP16 matrix support)")
        elif fmt == "geforce":
            if tensor is not None:
                detail.append("fp16/bf16 left blank: Epoch tensor figure (%s) is the GeForce "
                              "FP16-accumulate rate; FP32-accumulate (training) rate is lower"
                              % fnum(tensor, 1))
            elif fp16 is not None:
                d["fp16_tflops"] = fnum(fp16, 4)
                detail.append("fp16 = Epoch FP16 column (non-tensor)")
        d["fp8_tflops"] = fnum(tflops(e["FP8 performance (FLOP/s)"]), 4)
        d["int8_tops"] = fnum(tflops(e["INT8 performance (OP/s)"]), 4)
        mem = to_float(e["Memory (bytes)"])
        d["memory_gb"] = "" if mem is None else fnum(mem / 1e9, 2)
        d["die_area_mm2"] = fnum(to_float(e["Die Size (mm^2)"]), 1)
        d["process_nm"] = fnum(to_float(e["Process size (nm)"]), 1)
        if m["note"]:
            detail.append(m["note"])
        d["source_detail"] = "; ".join(detail)
        if not d["tdp_w"]:
            note("devices: %s has no TDP in the sources - tdp_w left blank" % d["id"])
        devices[d["id"]] = d

    for r in read_csv(os.path.join(cur, "devices_extra.csv")):
        if r["id"] in devices:
            raise SystemExit("duplicate device id " + r["id"])
        devices[r["id"]] = {h: r.get(h, "") for h in DEVICES_HEADER}

    # overrides (each cites its source)
    for o in read_csv(os.path.join(cur, "device_overrides.csv")):
        d = devices.get(o["id"])
        if d is None:
            raise SystemExit("override for unknown device " + o["id"])
        if o["column"] not in DEVICES_HEADER:
            raise SystemExit("override of unknown column " + o["column"])
        old = d[o["column"]]
        d[o["column"]] = o["value"]
        d["source_detail"] += "; %s %s (was '%s'): %s [%s]" % (
            o["column"], "blanked" if o["value"] == "" else "= " + o["value"],
            old, o["note"], o["source"])

    # embodied carbon: LLMCarbon die-only figures
    for r in read_csv(os.path.join(src, "llmcarbon", "hardware.csv")):
        ids = LLMCARBON_MAP.get(r["hardware"])
        if not ids:
            continue
        for i in ids:
            d = devices[i]
            d["embodied_kgco2e"] = fnum(float(r["CO2e_chip (kgCO2eq)"]), 3)
            d["embodied_source"] = ("llmcarbon-hardware: die only (%s cm2 x %s kgCO2e/cm2, %s); "
                                    "excludes HBM, package, board and server" % (
                                        r["unit (cm2 or GB)"], r["CPA (kgCO2/cm2 or GB)"],
                                        r["description"]))

    accel = list(devices.values())
    cpus = build_cpus(src)
    return accel, cpus


def cpu_key(name):
    n = name.lower().replace("(r)", "").replace("(tm)", "")
    n = re.sub(r"\b(intel|amd|cpu|processor)\b", " ", n)
    return re.sub(r"\s+", " ", n).strip()


CPU_PATTERNS = [
    r"^AMD EPYC [789][0-9A-Z]{3}[A-Z]*$",
    r"^Intel Xeon Platinum ",
    r"^Intel Xeon Gold ",
    r"^Intel Xeon 6[5-9]\d\d[A-Z]*(-B)?$",
    r"^Intel Xeon CPU Max ",
    r"^Intel Xeon E5-26\d\d[A-Z]* v[34]$",
]


def cpu_id(name):
    n = name.replace("Intel Xeon CPU Max", "Intel Xeon Max")
    n = n.replace("+", "plus")
    return re.sub(r"[^a-z0-9]+", "-", n.lower()).strip("-")


def build_cpus(src):
    cc = read_csv(os.path.join(src, "codecarbon", "hardware", "cpu_power.csv"))
    ga_tool = read_csv(os.path.join(src, "green-algorithms-tool", "data", "latest",
                                    "TDP_cpu.csv"), skip_lines=1)
    ga_man = read_csv(os.path.join(src, "green-algorithms-data", "v3.1", "chips",
                                   "manual", "CPUs-manual.csv"), skip_lines=1)
    ga_tool_by = {cpu_key(r["model"]): r for r in ga_tool if r["model"].strip()}
    ga_man_by = {cpu_key(r["model"]): r for r in ga_man if r["model"].strip()}
    out = OrderedDict()
    for r in cc:
        name = r["Name"].strip()
        if not any(re.search(p, name) for p in CPU_PATTERNS):
            continue
        tdp = to_float(r["TDP"])
        if tdp is None or not (5 <= tdp <= 2000):
            note("devices: CPU %s left out - TDP %r" % (name, r["TDP"]))
            continue
        k = cpu_key(name)
        d = {h: "" for h in DEVICES_HEADER}
        vendor = "AMD" if name.startswith("AMD") else "Intel"
        disp = name.replace("Intel Xeon CPU Max", "Intel Xeon Max")
        d.update(id=cpu_id(name), vendor=vendor, name=disp, kind="cpu",
                 tdp_w=fnum(tdp, 1), power_basis="vendor", source="codecarbon",
                 source_detail="TDP from codecarbon hardware/cpu_power.csv (Intel ARK / AMD TDP)")
        extra = []
        gt = ga_tool_by.get(k)
        if gt and to_float(gt["TDP"]) is not None and to_float(gt["TDP"]) != tdp:
            extra.append("Green Algorithms TDP_cpu.csv lists %s W" % gt["TDP"])
        gm = ga_man_by.get(k)
        if gm:
            if to_float(gm["TDP"]) is not None and to_float(gm["TDP"]) != tdp:
                extra.append("Green Algorithms CPUs-manual.csv lists %s W" % gm["TDP"])
            y = to_float(gm["Release_year"])
            if y:
                d["release_year"] = str(int(y))
            fs = to_float(gm["feature_size"])
            if fs:
                d["process_nm"] = fnum(fs, 1)
            # GA die_area mixes single-die and all-dies figures for EPYC
            # (e.g. 2.13 cm2 for 4-die EPYC 7001 parts): not used.
            if y or fs:
                extra.append("release year / process node from Green Algorithms "
                             "CPUs-manual.csv [green-algorithms-data-v3.1]")
        if extra:
            d["source_detail"] += "; " + "; ".join(extra)
        if d["id"] in out:
            continue
        out[d["id"]] = d
    # server CPUs that only the Green Algorithms tool table lists
    have = {cpu_key(v["name"]) for v in out.values()}
    for r in ga_tool:
        m = r["model"].strip()
        if not re.search(r"(Xeon (Platinum|Gold)|EPYC|^AMD \d{4})", m):
            continue
        k = cpu_key(m)
        if k in have or cpu_key("AMD EPYC " + k) in have:
            continue
        tdp = to_float(r["TDP"])
        if tdp is None:
            continue
        name = m
        if name.startswith("AMD 7"):
            name = name.replace("AMD ", "AMD EPYC ")
        if not name.startswith(("Intel", "AMD")):
            name = ("Intel " if "Xeon" in name else "AMD ") + name
        d = {h: "" for h in DEVICES_HEADER}
        vendor_url = re.search(r"(amd\.com|intel\.com|intel\.co\.uk)", r["source"])
        d.update(id=cpu_id(name), vendor="AMD" if "AMD" in name else "Intel", name=name,
                 kind="cpu", tdp_w=fnum(tdp, 1),
                 power_basis="vendor" if vendor_url else "estimate",
                 source="green-algorithms-tool",
                 source_detail="TDP from Green Algorithms TDP_cpu.csv '%s' (source: %s)"
                               % (m, r["source"].strip()))
        if d["id"] not in out:
            out[d["id"]] = d
            have.add(k)
    return list(out.values())


# --------------------------------------------------------------------------
# cloud regions
# --------------------------------------------------------------------------

CLOUD_HEADER = ["id", "provider", "region_code", "name", "city", "country",
                "grid_region", "pue", "pue_source", "source"]
CLOUD_INT_HEADER = ["cloud_region_id", "year", "g_per_kwh", "cfe_fraction", "basis", "source"]

# Azure region display names (as written in CCF / Green Algorithms) whose
# programmatic code is not the lower-cased name without spaces, or which are
# geographies rather than regions (None = skip).
AZURE_NAME_FIX = {
    "australia south east": "australiasoutheast",
    "india west": "westindia", "india central": "centralindia", "india south": "southindia",
    "united arab emirates north": "uaenorth", "united arab emirates central": "uaecentral",
    "brazil south east": "brazilsoutheast",
    "germany north (public)": "germanynorth",
    "germany west central (public)": "germanywestcentral",
    "germany central (sovereign)": None, "germany northeastt (sovereign)": None,
    "korea east": None, "east us 3": None,
    "south africa": None, "australia": None, "japan": None, "korea": None, "india": None,
    "france": None, "switzerland": None, "uk": None, "germany": None, "norway": None,
    "united arab emirates": None, "canada": None, "brazil": None,
}


# mlco2 impact.csv row with the state in the city column and vice versa
MLCO2_CITY_FIX = {("coreweave", "LAS1"): "Las Vegas"}
# obvious typo in Google's 2024 location name
GCP_NAME_FIX = {"S\u0101o Paulo": "S\u00e3o Paulo"}


def azure_code(name):
    k = name.strip().lower()
    if k in AZURE_NAME_FIX:
        return AZURE_NAME_FIX[k]
    return re.sub(r"[^a-z0-9]", "", k)


def build_cloud(src, cur, iso, region_ids):
    R = OrderedDict()  # (provider, code) -> info

    def get(p, c):
        return R.setdefault((p, c), {"provider": p, "region_code": c, "name": "", "city": "",
                                     "country": "", "state": "", "ga_loc": "", "pue": "",
                                     "pue_source": "", "sources": []})

    def put(info, k, v):
        if v and not info[k]:
            info[k] = v.strip()

    # 1) Google region-carbon-info (first-party) -> gcp names + yearly values
    gdir = os.path.join(src, "google-region-carbon-info", "data", "yearly")
    cloud_int = []
    for fn in sorted(os.listdir(gdir)):
        year = int(fn[:4])
        rows = read_csv(os.path.join(gdir, fn))
        gcol = [c for c in rows[0].keys() if "intensity" in c.lower()][0]
        basis = "lifecycle" if "lifecycle" in gcol.lower() else "direct"
        for r in rows:
            code = r["Google Cloud Region"].strip()
            if not code:
                continue
            info = get("gcp", code)
            info["name"] = GCP_NAME_FIX.get(r["Location"].strip(), r["Location"].strip())
            if "google-region-carbon-2024" not in info["sources"]:
                info["sources"].append("google-region-carbon-2024")
            g = to_float(r[gcol])
            cfe = to_float(r["Google CFE"])
            if not in_range(g):
                note("cloud_intensity: left out gcp:%s %d g=%s (outside 0 < g <= 1200)"
                     % (code, year, r[gcol]))
                continue
            cloud_int.append(["gcp:" + code, year, fnum(g, 3),
                              "" if cfe is None else fnum(cfe, 4), basis,
                              "google-region-carbon-2024"])

    # 2) codecarbon cloud/impact.csv (gcp; city + ISO3 country)
    for r in read_csv(os.path.join(src, "codecarbon", "cloud", "impact.csv")):
        code = r["region"].strip()
        if code == "me-cenrtal1":
            code = "me-central1"  # typo in the source file
        info = get(r["provider"].strip(), code)
        put(info, "city", r["city"])
        a3 = r["countryIsoCode"].strip()
        if a3 in iso.by_a3:
            put(info, "country", iso.by_a3[a3]["alpha_2"])
        put(info, "state", r["state"])
        info["sources"].append("codecarbon")

    # 3) mlco2 impact.csv (aws, gcp, azure, ovh, scaleway, coreweave, seeweb)
    for r in read_csv(os.path.join(src, "mlco2-impact", "data", "impact.csv")):
        p = r["provider"].strip()
        code = r["region"].strip()
        if not code:
            code = {"scaleway": "fr-par"}.get(p, "")
            if not code:
                continue
            note("cloud_regions: mlco2 %s row has no region code; used '%s' (%s)"
                 % (p, code, r["regionName"]))
        info = get(p, code)
        put(info, "name", r["regionName"])
        city = r["city"].rstrip(",")
        if (p, code) in MLCO2_CITY_FIX:
            note("cloud_regions: mlco2 %s:%s city/state columns swapped in the source (%s / %s)"
                 % (p, code, r["state"], r["city"]))
            city = MLCO2_CITY_FIX[(p, code)]
        put(info, "city", city)
        put(info, "country", iso.a2_from_name(r["country"]) or "")
        put(info, "state", r["state"])
        if r["PUE"].strip():
            put(info, "pue", r["PUE"])
            put(info, "pue_source", "mlco2-impact")
        info["sources"].append("mlco2-impact")

    # 4) Green Algorithms data centres (gcp + azure; location code, PUE)
    ga = read_csv(os.path.join(src, "green-algorithms-tool", "data", "latest",
                               "cloudProviders_datacenters.csv"), skip_lines=1)
    for r in ga:
        p = r["provider"].strip()
        code = r["Name"].strip() if p == "gcp" else azure_code(r["Name"])
        if not code:
            note("cloud_regions: Green Algorithms '%s %s' skipped (retired sovereign region)"
                 % (p, r["Name"]))
            continue
        info = get(p, code)
        if p == "azure":
            put(info, "name", re.sub(r"\s*\((Public|Sovereign)\)", "", r["Name"]).strip())
        put(info, "ga_loc", r["location"])
        put(info, "city", r["Extra_details"] or "")
        if p == "azure" and not r["location"].strip() and r["location_freeForm"].strip() == "Doha":
            put(info, "country", "QA")
        if r["PUE"].strip():
            # the Green Algorithms (2020) figure supersedes mlco2's (2019) one
            info["pue"] = r["PUE"].strip()
            info["pue_source"] = "green-algorithms-tool"
        info["sources"].append("green-algorithms-tool")

    # 5) CCF grid emission factors appendix (aws, gcp, azure)
    for r in read_csv(os.path.join(src, "ccf-methodology", "derived",
                                   "ccf_grid_emission_factors.csv")):
        p = r["provider"].strip()
        code = r["region"].strip() if p != "azure" else azure_code(r["region"])
        if not code:
            continue
        info = get(p, code)
        if p == "azure":
            put(info, "name", r["region"])
        loc = r["location"].strip()
        a2 = iso.a2_from_name(loc)
        if a2:
            put(info, "country", a2)
        elif loc and not iso.is_subdivision_name(loc):
            put(info, "city", loc)
        info["sources"].append("ccf-methodology")

    # 6) provider documentation rows (curated)
    for r in read_csv(os.path.join(cur, "cloud_regions_extra.csv")):
        info = get(r["provider"], r["region_code"])
        put(info, "name", r["name"])
        put(info, "city", r["city"])
        put(info, "country", r["country"])
        info["sources"].append(r["source"])

    gridmap = {(r["provider"], r["region_code"]): r["grid_region"]
               for r in read_csv(os.path.join(cur, "cloud_region_grid.csv"))}
    used_map = set()

    rows = []
    for (p, code), info in R.items():
        city = info["city"]
        # Hong Kong / Taiwan are separate ISO 3166-1 entries
        if city.lower().startswith("hong kong") or info["ga_loc"] == "CN-HK":
            info["country"] = "HK"
        if info["name"] == "Taiwan" or city.lower().startswith("changhua"):
            info["country"] = "TW"
        if not info["country"] and info["ga_loc"]:
            info["country"] = info["ga_loc"].split("-")[0]
        if not info["country"] and p == "gcp":
            # Google's region file gives only a location name (city, US state or
            # country); US state names are checked first ('Georgia' is a US state here)
            if True:
                guess = {"Doha": "QA", "Dammam": "SA", "Tel Aviv": "IL", "Mexico": "MX",
                         "Stockholm": "SE", "Johannesburg": "ZA", "Oklahoma": "US",
                         "Georgia": "US", "Madrid": "ES", "Milan": "IT", "Paris": "FR",
                         "Berlin": "DE", "Turin": "IT", "Santiago": "CL", "Toronto": "CA",
                         "Delhi": "IN", "Jakarta": "ID", "Melbourne": "AU", "Warsaw": "PL",
                         "Columbus": "US", "Dallas": "US", "Las Vegas": "US"}
                info["country"] = guess.get(info["name"], "") or \
                    iso.a2_from_name(info["name"]) or ""
                if info["country"]:
                    note("cloud_regions: gcp:%s country %s from Google's location name '%s'"
                         % (code, info["country"], info["name"]))
        if not info["country"]:
            note("cloud_regions: %s:%s left out - no documented country" % (p, code))
            continue
        # grid region: curated EM-zone/state choice, else GA location code,
        # else mlco2/codecarbon state name, else country
        grid = gridmap.get((p, code))
        how = "curated"
        if grid:
            used_map.add((p, code))
        if not grid and info["ga_loc"]:
            loc = info["ga_loc"]
            loc = {"CN-HK": "HK"}.get(loc, loc)
            if loc in region_ids:
                grid, how = loc, "ga"
        if not grid and info["state"]:
            s = iso.subdivision_by_name(info["country"], info["state"])
            if s and s in region_ids:
                grid, how = s, "state"
        if not grid:
            grid, how = info["country"], "country"
        if grid not in region_ids:
            note("cloud_regions: %s:%s grid region %s unknown - using country %s"
                 % (p, code, grid, info["country"]))
            grid = info["country"]
        if grid not in region_ids:
            note("cloud_regions: %s:%s left out - country %s has no grid data"
                 % (p, code, info["country"]))
            continue
        srcs = info["sources"]
        # cite the most primary location source
        order = ["google-region-carbon-2024", "aws-regions-doc", "azure-regions-doc", "mlco2-impact",
                 "green-algorithms-tool", "codecarbon", "ccf-methodology"]
        source = sorted(set(srcs), key=lambda s: order.index(s) if s in order else 99)[0]
        name = info["name"] or info["city"] or code
        rows.append([p + ":" + code, p, code, name, info["city"], info["country"], grid,
                     info["pue"], info["pue_source"] if info["pue"] else "", source])
    for k in gridmap:
        if k not in used_map:
            note("cloud_region_grid.csv: mapping %s:%s unused (region not in the sources)" % k)
    rows.sort(key=lambda r: (r[1], r[2]))
    ids = {r[0] for r in rows}
    cloud_int = [r for r in cloud_int if r[0] in ids]
    cloud_int.sort(key=lambda r: (r[0], r[1]))
    return rows, cloud_int


# --------------------------------------------------------------------------
# curated small tables
# --------------------------------------------------------------------------

MODELS_HEADER = ["id", "family", "name", "year", "parameters", "active_parameters", "layers",
                 "d_model", "heads", "vocab", "context", "training_tokens",
                 "reference_device", "reference_device_count", "source"]
EQUIV_HEADER = ["id", "name", "value", "unit", "region", "source"]
PUE_HEADER = ["provider", "pue", "year", "source"]
META_HEADER = ["key", "value"]
PUBLISHED_HEADER = ["id", "study", "location", "name", "model", "device", "device_count",
                    "duration", "duration_unit", "power_w", "power_scope", "pue", "intensity",
                    "net_intensity", "intensity_unit", "reported_energy_kwh", "reported_co2e",
                    "reported_net_co2e", "co2e_unit", "notes"]


def build_equivalents(cur):
    out = []
    for r in read_csv(os.path.join(cur, "equivalents.csv")):
        v = float(r["source_value"])
        u = r["source_unit"]
        if u == "lb":
            kg = v * LB_TO_KG
        elif u == "g":
            kg = v / 1000.0
        elif u == "kg":
            kg = v
        else:
            raise SystemExit("unknown unit " + u)
        out.append([r["id"], r["name"], fnum(kg, 4), r["unit"], r["region"], r["source"]])
    return out


def copy_curated(cur, fn, header):
    rows = read_csv(os.path.join(cur, fn))
    return [[r.get(h, "") for h in header] for r in rows]


def update_readme_counts(out):
    """Rewrite the block between the count markers in data/README.md."""
    path = os.path.join(out, "README.md")
    if not os.path.exists(path):
        return
    dev = read_csv(os.path.join(out, "devices.csv"))
    reg = read_csv(os.path.join(out, "regions.csv"))
    grid = read_csv(os.path.join(out, "grid_intensity.csv"))
    cl = read_csv(os.path.join(out, "cloud_regions.csv"))
    ci = read_csv(os.path.join(out, "cloud_intensity.csv"))

    def count(rows, key):
        c = defaultdict(int)
        for r in rows:
            c[key(r)] += 1
        return c

    dk = count(dev, lambda r: r["kind"])
    rk = count(reg, lambda r: r["kind"])
    gs = count(grid, lambda r: "%s (%s)" % (r["source"], r["basis"]))
    cp = count(cl, lambda r: r["provider"])
    lines = [
        "| table | rows | breakdown |",
        "| --- | ---: | --- |",
        "| devices.csv | %d | %d accelerators (gpu %d, tpu %d, accelerator %d), %d CPUs |" % (
            len(dev), dk["gpu"] + dk["tpu"] + dk["accelerator"], dk["gpu"], dk["tpu"],
            dk["accelerator"], dk["cpu"]),
        "| regions.csv | %d | world %d, aggregates %d, countries/territories %d, "
        "ISO 3166-2 states/provinces %d, other Electricity Maps zones %d |" % (
            len(reg), rk["world"], rk["aggregate"], rk["country"], rk["state"], rk["zone"]),
        "| grid_intensity.csv | %d | %s |" % (
            len(grid), ", ".join("%s %d" % (k, v) for k, v in sorted(gs.items()))),
        "| cloud_regions.csv | %d | %s |" % (
            len(cl), ", ".join("%s %d" % (k, v) for k, v in sorted(cp.items()))),
        "| cloud_intensity.csv | %d | Google Cloud regions x years 2019-2024 |" % len(ci),
        "| pue_defaults.csv | %d | |" % len(read_csv(os.path.join(out, "pue_defaults.csv"))),
        "| models.csv | %d | |" % len(read_csv(os.path.join(out, "models.csv"))),
        "| equivalents.csv | %d | |" % len(read_csv(os.path.join(out, "equivalents.csv"))),
        "| published_footprints.csv | %d | |" % len(
            read_csv(os.path.join(out, "published_footprints.csv"))),
        "| sources.csv | %d | |" % len(read_csv(os.path.join(out, "sources.csv"))),
    ]
    text = open(path, encoding="utf-8").read()
    a, b = "<!-- counts:begin -->", "<!-- counts:end -->"
    if a in text and b in text:
        text = text[:text.index(a) + len(a)] + "\n" + "\n".join(lines) + "\n" + text[text.index(b):]
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    src, out = argv[1], argv[2]
    cur = os.path.join(out, "curated")
    iso = Iso()

    sources = load_sources(cur)
    regions, grid = build_regions_and_grid(src, iso)
    region_ids = {r["id"] for r in regions}
    accel, cpus = build_devices(src, cur)
    cloud, cloud_int = build_cloud(src, cur, iso, region_ids)

    write_csv(os.path.join(out, "regions.csv"), REGIONS_HEADER, regions)
    write_csv(os.path.join(out, "grid_intensity.csv"), GRID_HEADER, grid)
    write_csv(os.path.join(out, "devices.csv"), DEVICES_HEADER, accel + cpus)
    write_csv(os.path.join(out, "cloud_regions.csv"), CLOUD_HEADER, cloud)
    write_csv(os.path.join(out, "cloud_intensity.csv"), CLOUD_INT_HEADER, cloud_int)
    write_csv(os.path.join(out, "pue_defaults.csv"), PUE_HEADER,
              copy_curated(cur, "pue_defaults.csv", PUE_HEADER))
    write_csv(os.path.join(out, "models.csv"), MODELS_HEADER,
              copy_curated(cur, "models.csv", MODELS_HEADER))
    write_csv(os.path.join(out, "equivalents.csv"), EQUIV_HEADER, build_equivalents(cur))
    write_csv(os.path.join(out, "meta.csv"), META_HEADER,
              copy_curated(cur, "meta.csv", META_HEADER))
    write_csv(os.path.join(out, "published_footprints.csv"), PUBLISHED_HEADER,
              copy_curated(cur, "published_footprints.csv", PUBLISHED_HEADER))

    # sources.csv: only the sources actually cited
    used = set()
    for fn, cols in (("devices.csv", ["source"]), ("grid_intensity.csv", ["source"]),
                     ("cloud_regions.csv", ["source", "pue_source"]),
                     ("cloud_intensity.csv", ["source"]), ("pue_defaults.csv", ["source"]),
                     ("models.csv", ["source"]), ("equivalents.csv", ["source"]),
                     ("published_footprints.csv", ["study"])):
        for r in read_csv(os.path.join(out, fn)):
            for c in cols:
                if r[c]:
                    used.add(r[c])
    for r in read_csv(os.path.join(out, "devices.csv")):
        used.update(re.findall(r"\[([a-z0-9.\-]+)\]", r["source_detail"]))
        if r["embodied_source"]:
            used.add(r["embodied_source"].split(":")[0])
    for r in read_csv(os.path.join(out, "published_footprints.csv")):
        used.update(re.findall(r"\[([a-z0-9.\-]+)\]", r["notes"]))
    always = {"iso-codes", "patterson-2021"}
    missing = sorted(u for u in used if u not in sources)
    if missing:
        raise SystemExit("source ids cited but not in curated/sources.csv: %s" % missing)
    write_csv(os.path.join(out, "sources.csv"), SOURCES_HEADER,
              [s for k, s in sources.items() if k in used or k in always])
    unused = [k for k in sources if k not in used and k not in always]
    for k in unused:
        note("sources: curated source %s not cited by any table - not written" % k)

    update_readme_counts(out)

    with open(os.path.join(out, "tools", "derive_notes.txt"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("# Notes written by derive_tables.py (rows left out / adjusted)\n")
        for n in NOTES:
            f.write(n + "\n")
    print("wrote tables to %s (%d notes in tools/derive_notes.txt)" % (out, len(NOTES)))

    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    import check_tables
    return check_tables.main(["check_tables.py", out])


if __name__ == "__main__":
    sys.exit(main(sys.argv))
