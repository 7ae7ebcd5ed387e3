#!/usr/bin/env python3
# Copyright (c) 2026 Essaim contributors. SPDX-License-Identifier: EPL-2.0
"""Rebuilds the compact reference files of this folder from @etalab/decoupage-administratif
(`npm pack @etalab/decoupage-administratif`, unpack, pass its data/ folder) and the simplified
outlines of gregoiredavid/france-geojson. Output is deterministic (sorted, fixed gzip mtime)."""
import csv, gzip, io, json, sys, os

src, outlines, out = sys.argv[1], sys.argv[2], os.path.dirname(os.path.abspath(__file__))

def load(name):
    with open(os.path.join(src, name), encoding='utf-8') as f:
        return json.load(f)

def write(name, header, rows, compress):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=';', lineterminator='\n')
    w.writerow(header)
    w.writerows(rows)
    data = buf.getvalue().encode('utf-8')
    path = os.path.join(out, name)
    if compress:
        with open(path, 'wb') as f:
            with gzip.GzipFile(filename='', mode='wb', fileobj=f, mtime=0) as g:
                g.write(data)
    else:
        open(path, 'wb').write(data)

write('regions.csv', ['code', 'nom', 'chefLieu', 'zone'],
      sorted((r['code'], r['nom'], r.get('chefLieu', ''), r.get('zone', '')) for r in load('regions.json')), False)
write('departements.csv', ['code', 'nom', 'region', 'chefLieu', 'zone'],
      sorted((d['code'], d['nom'], d['region'], d.get('chefLieu', ''), d.get('zone', '')) for d in load('departements.json')), False)

epci = load('epci.json')
epci_of = {}
for e in epci:
    for m in e['membres']:
        epci_of[m['code']] = e['code']
write('epci.csv.gz', ['code', 'nom', 'type', 'population'],
      sorted((e['code'], e['nom'], e['type'], e.get('populationMunicipale', '')) for e in epci), True)

# type: A commune actuelle, D déléguée, S associée, M arrondissement municipal; parent = current commune.
kinds = {'commune-actuelle': 'A', 'commune-deleguee': 'D', 'commune-associee': 'S', 'arrondissement-municipal': 'M'}
rows = []
for c in load('communes.json'):
    kind = kinds[c['type']]
    parent = c.get('chefLieu') or c.get('commune') or ''
    rows.append((c['code'], kind, c['nom'], c['departement'], c['region'], c.get('population', ''),
                 epci_of.get(c['code'], '') if kind == 'A' else '', parent, ' '.join(c.get('anciensCodes', []))))
rows.sort(key=lambda r: (r[0], 'ADSM'.index(r[1]), r[2]))
write('communes.csv.gz', ['code', 'type', 'nom', 'dep', 'reg', 'population', 'epci', 'parent', 'anciensCodes'], rows, True)

def rounded(coords):
    if isinstance(coords[0], (int, float)):
        return [round(coords[0], 3), round(coords[1], 3)]
    return [rounded(c) for c in coords]

for name in ('regions', 'departements'):
    with open(os.path.join(outlines, name + '-version-simplifiee.geojson'), encoding='utf-8') as f:
        g = json.load(f)
    features = sorted(g['features'], key=lambda f: f['properties']['code'])
    lines = ['{"type":"FeatureCollection","features":[']
    for i, f in enumerate(features):
        feature = {'type': 'Feature', 'properties': {'code': f['properties']['code'], 'nom': f['properties']['nom']},
                   'geometry': {'type': f['geometry']['type'], 'coordinates': rounded(f['geometry']['coordinates'])}}
        lines.append(json.dumps(feature, ensure_ascii=False, separators=(',', ':')) + (',' if i < len(features) - 1 else ''))
    lines.append(']}')
    with open(os.path.join(out, name + '.geojson'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
