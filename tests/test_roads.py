"""The road-network module on the bundled OpenStreetMap extracts."""

from __future__ import annotations

import bz2

import networkx as nx
import numpy as np
import pytest

from nco import roads
from nco.errors import InputError


@pytest.fixture(scope="module")
def munich():
    return roads.load("munich")


def test_bundled_cities_exist():
    assert set(roads.CITIES) == {"munich", "porto", "helsinki", "monaco", "andorra", "stockholm", "sydney", "baltimore",
                                 "harrisburg", "new_york", "paris", "krems", "bayreuth_north", "campo_grande"}
    for path in roads.CITIES.values():
        assert path.is_file(), path


def test_load_is_osmnx_compatible_and_strongly_connected(munich):
    G = munich
    assert isinstance(G, nx.MultiDiGraph)
    assert G.graph["crs"] == "epsg:4326"
    assert nx.is_strongly_connected(G)
    assert G.number_of_nodes() > 1000
    lon = np.array([d["x"] for _, d in G.nodes(data=True)])
    lat = np.array([d["y"] for _, d in G.nodes(data=True)])
    # The extract covers 11.561-11.589, 48.128-48.145.
    assert 11.55 < lon.min() and lon.max() < 11.60 and 48.12 < lat.min() and lat.max() < 48.15
    for _, _, d in G.edges(data=True):
        assert d["length"] > 0 and d["speed_kph"] > 0
        assert d["travel_time"] == pytest.approx(d["length"] / (d["speed_kph"] / 3.6))
        assert isinstance(d["highway"], str) and isinstance(d["name"], str) and isinstance(d["oneway"], bool)
    # One-way streets: some edges exist in one direction only.
    one_way = [(u, v) for u, v, d in G.edges(data=True) if d["oneway"] and not G.has_edge(v, u)]
    assert len(one_way) > 100
    assert roads.load("munich") is G  # cached


def test_walk_network_is_two_way_at_walking_speed():
    W = roads.load("helsinki", mode="walk")
    for u, v, d in W.edges(data=True):
        assert W.has_edge(v, u)
        assert d["speed_kph"] == roads.WALK_SPEED_KPH
    assert W.number_of_nodes() > roads.load("helsinki").number_of_nodes()


def test_nearest_nodes(munich):
    G = munich
    some = list(G.nodes)[:50]
    lon = np.array([G.nodes[n]["x"] for n in some])
    lat = np.array([G.nodes[n]["y"] for n in some])
    assert list(roads.nearest_nodes(G, lon, lat)) == some
    n, dist = roads.nearest_nodes(G, 11.5755, 48.1374, return_dist=True)  # Marienplatz
    assert n in G and dist < 150


def test_travel_matrices_match_paths(munich):
    G = munich
    rng = np.random.default_rng(0)
    nodes = rng.choice(np.array(list(G.nodes)), size=60, replace=False)
    dist, time = roads.travel_matrices(G, nodes)
    assert dist.shape == time.shape == (60, 60)
    assert np.all(np.diag(dist) == 0) and np.all(np.isfinite(dist))
    off = ~np.eye(60, dtype=bool)
    assert np.all(dist[off] > 0)
    assert not np.allclose(dist, dist.T)  # one-way streets make it asymmetric
    for i, j in rng.integers(0, 60, size=(15, 2)):
        if i == j:
            continue
        path = roads.shortest_path(G, nodes[i], nodes[j])
        assert time[i, j] == pytest.approx(roads.path_length(G, path, "travel_time"))
        assert dist[i, j] == pytest.approx(roads.path_length(G, path, "length"))
        # The fastest path cannot be shorter than the shortest one.
        assert dist[i, j] >= roads.path_length(G, roads.shortest_path(G, nodes[i], nodes[j], "length")) - 1e-6
    short, _ = roads.travel_matrices(G, nodes, weight="length")
    assert np.all(short <= dist + 1e-6)


def test_shortest_path_edges(munich):
    G = munich
    u = next(iter(G.nodes))
    assert roads.shortest_path(G, u, u) == [u]
    with pytest.raises(InputError, match="not a node"):
        roads.shortest_path(G, u, -1)


def _write_osm_xml(G, path, drop_nodes=()):
    """An OSM XML file with one two-node way per edge pair of ``G``."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<osm version="0.6">']
    for n, d in G.nodes(data=True):
        if n not in drop_nodes:
            lines.append(f'<node id="{n}" lat="{d["y"]}" lon="{d["x"]}"/>')
    done = set()
    wid = 1
    for u, v, d in G.edges(data=True):
        if (v, u) in done or (u, v) in done:
            continue
        done.add((u, v))
        oneway = "yes" if not G.has_edge(v, u) else "no"
        lines.append(
            f'<way id="{wid}"><nd ref="{u}"/><nd ref="{v}"/><tag k="highway" v="{d["highway"]}"/>'
            f'<tag k="oneway" v="{oneway}"/><tag k="maxspeed" v="{d["speed_kph"]:g}"/></way>'
        )
        wid += 1
    lines.append("</osm>")
    path.write_text("\n".join(lines))


def test_xml_and_bz2_extracts_load_like_the_pbf(tmp_path):
    G = roads.load("sydney")
    xml = tmp_path / "sydney.osm"
    _write_osm_xml(G, xml)
    H = roads.load(xml)
    assert H.number_of_nodes() == G.number_of_nodes()
    assert H.number_of_edges() == G.number_of_edges()
    total = sum(d["length"] for *_, d in G.edges(data=True))
    assert sum(d["length"] for *_, d in H.edges(data=True)) == pytest.approx(total, rel=1e-3)
    packed = tmp_path / "sydney.osm.bz2"
    packed.write_bytes(bz2.compress(xml.read_bytes()))
    assert roads.load(packed).number_of_nodes() == G.number_of_nodes()


def test_clipped_ways_are_cut(tmp_path):
    G = roads.load("sydney")
    xml = tmp_path / "clipped.osm"
    dropped = set(list(G.nodes)[:20])
    _write_osm_xml(G, xml, drop_nodes=dropped)
    H = roads.load(xml)
    assert not dropped & set(H.nodes)
    assert 0 < H.number_of_nodes() < G.number_of_nodes()


def test_bad_places_raise_input_error(tmp_path):
    with pytest.raises(InputError, match="mode"):
        roads.load("munich", mode="fly")
    with pytest.raises(InputError, match="no such OSM file"):
        roads.load(tmp_path / "missing.osm.pbf")
    junk = tmp_path / "junk.osm.pbf"
    junk.write_text("this is not map data\n")
    with pytest.raises(InputError, match="not a readable OSM PBF"):
        roads.load(junk)
    html = tmp_path / "page.osm"
    html.write_text("<html><body>hello</body></html>")
    with pytest.raises(InputError, match="not an OSM XML"):
        roads.load(html)
    paths_only = tmp_path / "paths.osm"
    paths_only.write_text(
        '<osm version="0.6"><node id="1" lat="48.1" lon="11.5"/><node id="2" lat="48.101" lon="11.5"/>'
        '<way id="5"><nd ref="1"/><nd ref="2"/><tag k="highway" v="footway"/></way></osm>'
    )
    with pytest.raises(InputError, match="no drivable roads"):
        roads.load(paths_only)
    assert roads.load(paths_only, mode="walk").number_of_nodes() == 2


def test_unknown_place_offline_is_a_clear_error():
    with pytest.raises(InputError, match="unknown place 'Atlantis Nowhere'") as info:
        roads.load("Atlantis Nowhere")
    assert "\n" not in str(info.value)


def test_water_features(tmp_path):
    assert len(roads.water("helsinki")) > 5  # harbour basins and canals in the extract
    xml = tmp_path / "lake.osm"
    xml.write_text(
        '<osm version="0.6">'
        '<node id="1" lat="48.10" lon="11.50"/><node id="2" lat="48.10" lon="11.51"/>'
        '<node id="3" lat="48.11" lon="11.51"/><node id="4" lat="48.12" lon="11.52"/>'
        '<way id="7"><nd ref="1"/><nd ref="2"/><nd ref="3"/><nd ref="1"/><tag k="natural" v="water"/></way>'
        '<way id="8"><nd ref="3"/><nd ref="4"/><tag k="waterway" v="stream"/></way>'
        '<way id="9"><nd ref="2"/><nd ref="4"/><tag k="highway" v="residential"/></way></osm>'
    )
    kinds = sorted(g.geom_type for g in roads.water(xml))
    assert kinds == ["LineString", "Polygon"]
