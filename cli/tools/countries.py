#!/usr/bin/env python3
"""Builds cli/src/main/resources/dev/sovai/cli/render/html/countries.tsv from Natural Earth's 1:110m Admin 0
countries (public domain), as GeoJSON: ne_110m_admin_0_countries.json (v4.1 or later), e.g. from
https://github.com/nvkelso/natural-earth-vector (geojson/) or https://github.com/martynafford/natural-earth-geojson.

Usage: python3 cli/tools/countries.py ne_110m_admin_0_countries.json > .../countries.tsv

One line per country: ISO 3166-1 alpha-2 code, name, label longitude, label latitude (the area centroid of the
country's largest polygon), then its outline: polygons separated by '|', rings by ';', points 'lon,lat' separated by
' ', in degrees rounded to 0.1 (about 11 km, below the 1:110m scale's resolution), repeated points dropped.
Projection is the renderer's business (dev.sovai.cli.render.html.WorldMap)."""
import json
import sys

# Natural Earth leaves ISO_A2 as -99 for a few countries whose ISO code is clear
FALLBACK = {"FRA": "FR", "NOR": "NO"}


def code_of(p):
    iso = p.get("ISO_A2")
    if iso and iso != "-99" and len(iso) == 2:
        return iso
    if p.get("ADM0_A3") in FALLBACK:
        return FALLBACK[p["ADM0_A3"]]
    return "-" + p["ADM0_A3"]  # no ISO code (N. Cyprus, Somaliland): kept as outline only


def ring_text(ring):
    out = []
    for lon, lat in ring:
        pt = "%g,%g" % (round(lon, 1), round(lat, 1))
        if not out or out[-1] != pt:
            out.append(pt)
    return " ".join(out) if len(out) >= 4 else None


def area_centroid(ring):
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1]):
        c = x0 * y1 - x1 * y0
        a += c
        cx += (x0 + x1) * c
        cy += (y0 + y1) * c
    if a == 0:
        return abs(a), ring[0][0], ring[0][1]
    return abs(a / 2), cx / (3 * a), cy / (3 * a)


def main(path):
    features = json.load(open(path, encoding="utf-8"))["features"]
    rows = []
    for f in features:
        p = f["properties"]
        g = f["geometry"]
        polys = g["coordinates"] if g["type"] == "MultiPolygon" else [g["coordinates"]]
        best = max((area_centroid(poly[0]) for poly in polys), key=lambda t: t[0])
        parts = []
        for poly in polys:
            rings = [t for t in (ring_text(r) for r in poly) if t]
            if rings:
                parts.append(";".join(rings))
        rows.append("%s\t%s\t%.1f\t%.1f\t%s" % (code_of(p), p["NAME"], best[1], best[2], "|".join(parts)))
    rows.sort()
    sys.stdout.write("\n".join(rows) + "\n")


if __name__ == "__main__":
    main(sys.argv[1])
