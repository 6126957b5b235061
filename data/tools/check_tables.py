#!/usr/bin/env python3
"""Validate the reference tables in data/ (stdlib only).

Usage: python3 data/tools/check_tables.py data/

Checks: exact headers and column counts, RFC 4180 / UTF-8 (no BOM) / '\\n'
line ends, plain numbers, unique ids, every cited source id exists, every
region / grid_region / device reference exists, numeric ranges (TDP 5-2000 W,
intensity 0-1200 g/kWh, CFE 0-1, PUE 1.0-3.0, bf16 >= fp32 where both known),
exactly one primary series per region and at least one grid row per region,
plus a few spot values against the raw sources (printed).
Exit status 1 if any check fails.
"""

import csv
import io
import os
import re
import sys

HEADERS = {
    "sources.csv": ["id", "title", "publisher", "year", "url", "license", "version"],
    "devices.csv": ["id", "vendor", "name", "kind", "release_year", "tdp_w", "idle_w",
                    "fp64_tflops", "fp32_tflops", "tf32_tflops", "bf16_tflops",
                    "fp16_tflops", "fp8_tflops", "int8_tops", "memory_gb",
                    "die_area_mm2", "process_nm", "embodied_kgco2e", "embodied_source",
                    "power_basis", "source", "source_detail"],
    "regions.csv": ["id", "name", "kind", "country", "parent", "aliases"],
    "grid_intensity.csv": ["region_id", "year", "g_per_kwh", "basis", "cfe_fraction",
                           "source", "primary"],
    "cloud_regions.csv": ["id", "provider", "region_code", "name", "city", "country",
                          "grid_region", "pue", "pue_source", "source"],
    "cloud_intensity.csv": ["cloud_region_id", "year", "g_per_kwh", "cfe_fraction",
                            "basis", "source"],
    "pue_defaults.csv": ["provider", "pue", "year", "source"],
    "models.csv": ["id", "family", "name", "year", "parameters", "active_parameters",
                   "layers", "d_model", "heads", "vocab", "context", "training_tokens",
                   "reference_device", "reference_device_count", "source"],
    "equivalents.csv": ["id", "name", "value", "unit", "region", "source"],
    "published_footprints.csv": ["id", "study", "location", "name", "model", "device",
                                 "device_count", "duration", "duration_unit", "power_w",
                                 "power_scope", "pue", "intensity", "net_intensity",
                                 "intensity_unit", "reported_energy_kwh", "reported_co2e",
                                 "reported_net_co2e", "co2e_unit", "notes"],
    "meta.csv": ["key", "value"],
}

NUMERIC = {
    "sources.csv": ["year"],
    "devices.csv": ["release_year", "tdp_w", "idle_w", "fp64_tflops", "fp32_tflops",
                    "tf32_tflops", "bf16_tflops", "fp16_tflops", "fp8_tflops", "int8_tops",
                    "memory_gb", "die_area_mm2", "process_nm", "embodied_kgco2e"],
    "grid_intensity.csv": ["year", "g_per_kwh", "cfe_fraction", "primary"],
    "cloud_regions.csv": ["pue"],
    "cloud_intensity.csv": ["year", "g_per_kwh", "cfe_fraction"],
    "pue_defaults.csv": ["pue", "year"],
    "models.csv": ["year", "parameters", "active_parameters", "layers", "d_model", "heads",
                   "vocab", "context", "training_tokens", "reference_device_count"],
    "equivalents.csv": ["value"],
    "published_footprints.csv": ["device_count", "duration", "power_w", "pue", "intensity",
                                 "net_intensity", "reported_energy_kwh", "reported_co2e",
                                 "reported_net_co2e"],
}

NUM_RE = re.compile(r"^-?(\d+)(\.\d+)?([eE][+-]?\d+)?$")

ERRORS = []


def err(msg):
    ERRORS.append(msg)


def load(d, fn):
    path = os.path.join(d, fn)
    raw = open(path, "rb").read()
    if raw.startswith(b"\xef\xbb\xbf"):
        err("%s: starts with a UTF-8 BOM" % fn)
    if b"\r" in raw:
        err("%s: contains CR characters (line ends must be \\n)" % fn)
    if not raw.endswith(b"\n"):
        err("%s: last line not terminated by \\n" % fn)
    text = raw.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    hdr = rows[0]
    if hdr != HEADERS[fn]:
        err("%s: header %s != %s" % (fn, hdr, HEADERS[fn]))
    out = []
    for i, r in enumerate(rows[1:], start=2):
        if len(r) != len(hdr):
            err("%s:%d: %d columns, expected %d" % (fn, i, len(r), len(hdr)))
            continue
        out.append(dict(zip(hdr, r)))
    for c in NUMERIC.get(fn, []):
        for i, r in enumerate(out, start=2):
            v = r[c]
            if v != "" and not NUM_RE.match(v):
                err("%s:%d: column %s not a plain number: %r" % (fn, i, c, v))
    return out


def f(v):
    return None if v == "" else float(v)


def unique(fn, rows, key):
    seen = set()
    for r in rows:
        k = r[key] if isinstance(key, str) else tuple(r[x] for x in key)
        if k in seen:
            err("%s: duplicate key %r" % (fn, k))
        seen.add(k)
    return seen


def bib_keys(d):
    path = os.path.join(d, "references.bib")
    if not os.path.exists(path):
        return None
    return set(re.findall(r"^@\w+\{([^,\s]+),", open(path, encoding="utf-8").read(), re.M))


def check_published_footprints(T, d, src_ids, dev_ids):
    """published_footprints.csv: known study / model / device ids, units, plausible inputs."""
    fn = "published_footprints.csv"
    unique(fn, T[fn], "id")
    keys = bib_keys(d)
    model_ids = {r["id"] for r in T["models.csv"]}
    for r in T[fn]:
        rid = r["id"]
        if r["study"] not in src_ids:
            err("%s: %s study %r is not a source id" % (fn, rid, r["study"]))
        if keys is not None and r["study"] not in keys:
            err("%s: %s study %r has no references.bib entry" % (fn, rid, r["study"]))
        for s in re.findall(r"\[([a-z0-9.\-]+)\]", r["notes"]):
            if s not in src_ids:
                err("%s: %s cites unknown source %s in notes" % (fn, rid, s))
        if r["model"] and r["model"] not in model_ids:
            err("%s: %s model %s unknown" % (fn, rid, r["model"]))
        if r["device"] and r["device"] not in dev_ids:
            err("%s: %s device %s unknown" % (fn, rid, r["device"]))
        if not r["location"]:
            err("%s: %s has no location (table / section)" % (fn, rid))
        for c, allowed in (("duration_unit", ("hours", "days", "device_hours")),
                           ("power_scope", ("device", "total")),
                           ("intensity_unit", ("g/kWh", "lb/kWh")), ("co2e_unit", ("t", "lb"))):
            if r[c] not in allowed:
                err("%s: %s %s %r not in %s" % (fn, rid, c, r[c], allowed))
        if r["power_scope"] == "total" and not r["device_count"]:
            err("%s: %s total power without device count" % (fn, rid))
        if not (1.0 <= float(r["pue"]) <= 3.0):
            err("%s: %s pue %s" % (fn, rid, r["pue"]))
        for c in ("duration", "power_w", "intensity", "reported_co2e"):
            if float(r[c]) <= 0:
                err("%s: %s %s not positive" % (fn, rid, c))
        net = f(r["net_intensity"])
        if net is not None and not (0 <= net <= float(r["intensity"])):
            err("%s: %s net intensity above gross" % (fn, rid))
        if (net is None) != (r["reported_net_co2e"] == ""):
            err("%s: %s net intensity and net CO2e go together" % (fn, rid))


def main(argv):
    d = argv[1] if len(argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
    T = {fn: load(d, fn) for fn in HEADERS}

    src_ids = unique("sources.csv", T["sources.csv"], "id")
    for fn, cols in (("devices.csv", ["source"]), ("grid_intensity.csv", ["source"]),
                     ("cloud_regions.csv", ["source", "pue_source"]),
                     ("cloud_intensity.csv", ["source"]), ("pue_defaults.csv", ["source"]),
                     ("models.csv", ["source"]), ("equivalents.csv", ["source"])):
        for r in T[fn]:
            for c in cols:
                if r[c] and r[c] not in src_ids:
                    err("%s: %s %r is not a source id" % (fn, c, r[c]))
            if "source" in cols and not r["source"]:
                err("%s: row without source: %r" % (fn, r))
    for r in T["devices.csv"]:
        for s in re.findall(r"\[([a-z0-9.\-]+)\]", r["source_detail"]):
            if s not in src_ids:
                err("devices.csv: %s cites unknown source %s in source_detail" % (r["id"], s))
        if r["embodied_kgco2e"] and r["embodied_source"].split(":")[0] not in src_ids:
            err("devices.csv: %s embodied_source does not start with a source id" % r["id"])
        if r["embodied_kgco2e"] and "die only" not in r["embodied_source"] and \
                "llmcarbon" in r["embodied_source"]:
            err("devices.csv: %s LLMCarbon embodied figure must say 'die only'" % r["id"])
        if r["embodied_source"] and not r["embodied_kgco2e"]:
            err("devices.csv: %s embodied_source without value" % r["id"])

    # ---- devices ----
    dev_ids = unique("devices.csv", T["devices.csv"], "id")
    for r in T["devices.csv"]:
        if not re.match(r"^[a-z0-9][a-z0-9.\-]*$", r["id"]):
            err("devices.csv: bad id %r" % r["id"])
        if r["kind"] not in ("gpu", "tpu", "accelerator", "cpu"):
            err("devices.csv: %s bad kind %r" % (r["id"], r["kind"]))
        if r["power_basis"] not in ("vendor", "estimate", "measured"):
            err("devices.csv: %s bad power_basis %r" % (r["id"], r["power_basis"]))
        t = f(r["tdp_w"])
        if t is not None and not (5 <= t <= 2000):
            err("devices.csv: %s tdp_w %s outside 5-2000" % (r["id"], t))
        i = f(r["idle_w"])
        if i is not None and (i < 0 or (t is not None and i >= t)):
            err("devices.csv: %s idle_w %s implausible" % (r["id"], i))
        b, s32 = f(r["bf16_tflops"]), f(r["fp32_tflops"])
        if b is not None and s32 is not None and b < s32:
            err("devices.csv: %s bf16 %s < fp32 %s" % (r["id"], b, s32))
        for c in ("fp64_tflops", "fp32_tflops", "tf32_tflops", "bf16_tflops", "fp16_tflops",
                  "fp8_tflops", "int8_tops", "memory_gb", "die_area_mm2", "process_nm"):
            v = f(r[c])
            if v is not None and v <= 0:
                err("devices.csv: %s %s not positive" % (r["id"], c))
        y = f(r["release_year"])
        if y is not None and not (2000 <= y <= 2027):
            err("devices.csv: %s release_year %s" % (r["id"], y))

    # ---- regions / grid ----
    reg_ids = unique("regions.csv", T["regions.csv"], "id")
    regs = {r["id"]: r for r in T["regions.csv"]}
    for r in T["regions.csv"]:
        if r["kind"] not in ("world", "aggregate", "country", "state", "zone"):
            err("regions.csv: %s bad kind" % r["id"])
        if r["kind"] in ("country", "state", "zone") and r["country"] not in reg_ids:
            err("regions.csv: %s country %r unknown" % (r["id"], r["country"]))
        if r["kind"] in ("world", "aggregate") and r["country"]:
            err("regions.csv: %s aggregate with country" % r["id"])
        if r["parent"] and r["parent"] not in reg_ids:
            err("regions.csv: %s parent %r unknown" % (r["id"], r["parent"]))
        if r["kind"] == "country" and (r["country"] != r["id"] or r["parent"]):
            err("regions.csv: country %s must have country=id and no parent" % r["id"])
        if r["kind"] in ("state", "zone") and not r["parent"]:
            err("regions.csv: %s has no parent" % r["id"])
    unique("grid_intensity.csv", T["grid_intensity.csv"], ("region_id", "year", "source", "basis"))
    prim = {}
    has_row = set()
    for r in T["grid_intensity.csv"]:
        rid = r["region_id"]
        if rid not in reg_ids:
            err("grid_intensity.csv: unknown region %s" % rid)
        has_row.add(rid)
        g = float(r["g_per_kwh"])
        if not (0 < g <= 1200):
            err("grid_intensity.csv: %s %s g=%s outside (0,1200]" % (rid, r["year"], g))
        c = f(r["cfe_fraction"])
        if c is not None and not (0 <= c <= 1):
            err("grid_intensity.csv: %s cfe %s" % (rid, c))
        if r["basis"] not in ("lifecycle", "direct"):
            err("grid_intensity.csv: %s basis %r" % (rid, r["basis"]))
        if r["primary"] not in ("0", "1"):
            err("grid_intensity.csv: %s primary %r" % (rid, r["primary"]))
        if r["primary"] == "1":
            prim.setdefault(rid, set()).add((r["source"], r["basis"]))
    for rid in reg_ids:
        if rid not in has_row:
            err("regions.csv: %s has no grid_intensity row" % rid)
        if len(prim.get(rid, ())) != 1:
            err("grid_intensity.csv: %s has %d primary series" % (rid, len(prim.get(rid, ()))))

    # ---- cloud ----
    cl_ids = unique("cloud_regions.csv", T["cloud_regions.csv"], "id")
    for r in T["cloud_regions.csv"]:
        if r["id"] != r["provider"] + ":" + r["region_code"]:
            err("cloud_regions.csv: id %s != provider:region_code" % r["id"])
        if r["grid_region"] not in reg_ids:
            err("cloud_regions.csv: %s grid_region %s unknown" % (r["id"], r["grid_region"]))
        if r["country"] not in reg_ids or regs[r["country"]]["kind"] != "country":
            err("cloud_regions.csv: %s country %s unknown" % (r["id"], r["country"]))
        p = f(r["pue"])
        if p is not None and not (1.0 <= p <= 3.0):
            err("cloud_regions.csv: %s pue %s" % (r["id"], p))
        if (p is None) != (r["pue_source"] == ""):
            err("cloud_regions.csv: %s pue/pue_source mismatch" % r["id"])
    unique("cloud_intensity.csv", T["cloud_intensity.csv"], ("cloud_region_id", "year"))
    for r in T["cloud_intensity.csv"]:
        if r["cloud_region_id"] not in cl_ids:
            err("cloud_intensity.csv: unknown cloud region %s" % r["cloud_region_id"])
        g = float(r["g_per_kwh"])
        if not (0 < g <= 1200):
            err("cloud_intensity.csv: %s g=%s" % (r["cloud_region_id"], g))
        c = f(r["cfe_fraction"])
        if c is not None and not (0 <= c <= 1):
            err("cloud_intensity.csv: %s cfe %s" % (r["cloud_region_id"], c))
        if r["basis"] not in ("lifecycle", "direct"):
            err("cloud_intensity.csv: basis %r" % r["basis"])
    unique("pue_defaults.csv", T["pue_defaults.csv"], "provider")
    for r in T["pue_defaults.csv"]:
        if not (1.0 <= float(r["pue"]) <= 3.0):
            err("pue_defaults.csv: %s pue %s" % (r["provider"], r["pue"]))
    if "global" not in {r["provider"] for r in T["pue_defaults.csv"]}:
        err("pue_defaults.csv: no global row")

    # ---- models / equivalents / meta ----
    unique("models.csv", T["models.csv"], "id")
    for r in T["models.csv"]:
        if r["reference_device"] and r["reference_device"] not in dev_ids:
            err("models.csv: %s reference_device %s unknown" % (r["id"], r["reference_device"]))
        if r["reference_device_count"] and not r["reference_device"]:
            err("models.csv: %s device count without device" % r["id"])
        a, p = f(r["active_parameters"]), f(r["parameters"])
        if a is not None and p is not None and a > p:
            err("models.csv: %s active > total parameters" % r["id"])
    unique("equivalents.csv", T["equivalents.csv"], "id")
    for r in T["equivalents.csv"]:
        if r["region"] and r["region"] not in reg_ids:
            err("equivalents.csv: %s region %s unknown" % (r["id"], r["region"]))
        if float(r["value"]) <= 0:
            err("equivalents.csv: %s value" % r["id"])
    check_published_footprints(T, d, src_ids, dev_ids)
    meta = {r["key"]: r["value"] for r in T["meta.csv"]}
    for k in ("data_version", "data_date"):
        if k not in meta:
            err("meta.csv: missing %s" % k)

    # ---- required ids / spot values ----
    req_dev = ["nvidia-h100-sxm5-80gb", "nvidia-h100-pcie-80gb", "nvidia-a100-sxm4-40gb",
               "nvidia-a100-sxm4-80gb", "nvidia-a100-pcie-40gb", "nvidia-v100-sxm2-16gb",
               "nvidia-v100-sxm2-32gb", "nvidia-v100-pcie-16gb", "nvidia-p100-sxm2-16gb",
               "nvidia-p100-pcie-16gb", "nvidia-t4", "nvidia-k80", "nvidia-h200-sxm-141gb",
               "nvidia-b200", "nvidia-gb200", "google-tpu-v2", "google-tpu-v3", "google-tpu-v4",
               "amd-mi250x", "amd-mi300x", "intel-gaudi2", "aws-trainium1", "nvidia-rtx-4090"]
    for i in req_dev:
        if i not in dev_ids:
            err("devices.csv: required id %s missing" % i)
    D = {r["id"]: r for r in T["devices.csv"]}

    def expect(label, got, want, tol=0.6):
        ok = got is not None and abs(got - want) <= tol
        print("  %-45s %-10s %s" % (label, got, "ok" if ok else "EXPECTED %s" % want))
        if not ok:
            err("spot check %s: %s != %s" % (label, got, want))

    print("spot checks:")
    if not ERRORS or all("required id" not in e for e in ERRORS):
        expect("A100 SXM4 40GB tdp_w", f(D["nvidia-a100-sxm4-40gb"]["tdp_w"]), 400)
        expect("A100 SXM4 40GB bf16_tflops", f(D["nvidia-a100-sxm4-40gb"]["bf16_tflops"]), 312)
        expect("H100 SXM5 tdp_w", f(D["nvidia-h100-sxm5-80gb"]["tdp_w"]), 700)
        expect("H100 SXM5 bf16_tflops", f(D["nvidia-h100-sxm5-80gb"]["bf16_tflops"]), 989)
        expect("V100 SXM2 16GB tdp_w", f(D["nvidia-v100-sxm2-16gb"]["tdp_w"]), 300)
        expect("V100 SXM2 16GB fp16_tflops", f(D["nvidia-v100-sxm2-16gb"]["fp16_tflops"]), 125)
        if D["nvidia-v100-sxm2-16gb"]["bf16_tflops"]:
            err("V100 must have blank bf16")
    G = {(r["region_id"], r["year"], r["source"], r["basis"]): r for r in T["grid_intensity.csv"]}
    fr = G.get(("FR", "2023", "owid-ember-2025", "lifecycle"))
    expect("FR 2023 OWID g/kWh", f(fr["g_per_kwh"]) if fr else None, 53.26, 0.001)
    ci = {(r["cloud_region_id"], r["year"]): r for r in T["cloud_intensity.csv"]}
    ew = ci.get(("gcp:europe-west1", "2024"))
    expect("gcp:europe-west1 2024 g/kWh", f(ew["g_per_kwh"]) if ew else None, 103.37, 0.001)
    expect("gcp:europe-west1 2024 CFE", f(ew["cfe_fraction"]) if ew else None, 0.84, 0.001)
    cr = {r["id"]: r for r in T["cloud_regions.csv"]}
    if "gcp:europe-west1" not in cr or cr["gcp:europe-west1"]["country"] != "BE":
        err("gcp:europe-west1 missing or not in BE")
    wrows = sorted((int(r["year"]), r["g_per_kwh"]) for r in T["grid_intensity.csv"]
                   if r["region_id"] == "WORLD" and r["primary"] == "1")
    print("  WORLD primary latest: %s" % (wrows[-1],))
    m = {r["id"]: r for r in T["models.csv"]}
    g3 = m.get("gpt3-175b")
    if not g3 or [g3[k] for k in ("parameters", "training_tokens", "layers", "d_model",
                                   "heads", "context", "vocab")] != \
            ["175000000000", "300000000000", "96", "12288", "96", "2048", "50257"]:
        err("models.csv: gpt3-175b values wrong")
    if "bert-base" not in m:
        err("models.csv: bert-base missing")
    for e in ("car_lifetime", "flight_ny_sf_round_trip", "human_year_world", "human_year_us",
              "car_km", "car_km_eu", "tree_month"):
        if e not in {r["id"] for r in T["equivalents.csv"]}:
            err("equivalents.csv: %s missing" % e)

    size = sum(os.path.getsize(os.path.join(d, fn)) for fn in HEADERS)
    print("total CSV size: %.2f MB" % (size / 1e6))
    if size > 3e6:
        err("CSV tables larger than 3 MB")

    # counts
    kinds = {}
    for r in T["devices.csv"]:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
    rk = {}
    for r in T["regions.csv"]:
        rk[r["kind"]] = rk.get(r["kind"], 0) + 1
    prov = {}
    for r in T["cloud_regions.csv"]:
        prov[r["provider"]] = prov.get(r["provider"], 0) + 1
    print("counts: devices %d %s; regions %s; grid rows %d; cloud regions %s; "
          "cloud intensity rows %d; models %d; equivalents %d; published footprints %d; sources %d" % (
              len(T["devices.csv"]), kinds, rk, len(T["grid_intensity.csv"]), prov,
              len(T["cloud_intensity.csv"]), len(T["models.csv"]), len(T["equivalents.csv"]),
              len(T["published_footprints.csv"]), len(T["sources.csv"])))

    if ERRORS:
        print("FAILED: %d problem(s)" % len(ERRORS))
        for e in ERRORS:
            print("  - " + e)
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
