#!/usr/bin/env python3
"""Builds cli/src/main/resources/dev/sovai/cli/render/html/places.tsv: a point for each country or territory that
the 1:110m outlines (countries.tsv) leave out because it is too small at that scale (Singapore, Hong Kong, Bahrain,
Luxembourg, Malta, ...), so that a site there without coordinates still has a place on the map. The point is its
capital (or, for a territory, its region capital) in Natural Earth's 1:110m populated places (public domain), as
GeoJSON: ne_110m_populated_places_simple.json, e.g. from https://github.com/martynafford/natural-earth-geojson.

Usage: python3 cli/tools/places.py ne_110m_populated_places_simple.json countries.tsv > .../places.tsv

One line per code: ISO 3166-1 alpha-2 code, the country's name as Natural Earth gives it (adm0name), longitude,
latitude, in degrees rounded to 0.01."""
import json
import sys

CAPITALS = ("Admin-0 capital", "Admin-0 region capital")


def main(places, countries):
    outlined = {line.split("\t", 1)[0] for line in open(countries, encoding="utf-8") if line.strip()}
    rows = {}
    for f in json.load(open(places, encoding="utf-8"))["features"]:
        p = f["properties"]
        iso = p.get("iso_a2")
        if p.get("featurecla") not in CAPITALS or not iso or len(iso) != 2 or iso in outlined or iso in rows:
            continue
        lon, lat = f["geometry"]["coordinates"]
        rows[iso] = "%s\t%s\t%.2f\t%.2f" % (iso, p["adm0name"], lon, lat)
    sys.stdout.write("\n".join(rows[k] for k in sorted(rows)) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
