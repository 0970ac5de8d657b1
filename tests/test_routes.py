"""Candidate routes and their features on the bundled OpenStreetMap extracts."""

import math

import networkx as nx
import numpy as np
import pytest

import nco.roads
from nco.errors import InputError
from nco.routes import alternatives, comparison_table
from nco.routes.alternatives import graph_index, turn_angles
from nco.routes.features import COMPARISON_FIELDS, ROUTE_FIELDS, feature_arrays, traffic_signals

# Karlsplatz (Stachus) area to Sendlinger Tor / Isartor side of the Munich centre extract
MUNICH_FROM = (11.5660, 48.1390)
MUNICH_TO = (11.5850, 48.1330)
CF = [name for name, _ in COMPARISON_FIELDS]


@pytest.fixture(scope="module")
def munich():
    return nco.roads.load("munich")


@pytest.fixture(scope="module")
def cands(munich):
    return alternatives(munich, MUNICH_FROM, MUNICH_TO, k=5)


def _link_lengths(G, nodes):
    return {(a, b): min(d["length"] for d in G.get_edge_data(a, b).values()) for a, b in zip(nodes[:-1], nodes[1:])}


def test_first_candidate_is_the_fastest_path(munich, cands):
    o, t = cands["nodes"].iloc[0][0], cands["nodes"].iloc[0][-1]
    assert o == nco.roads.nearest_nodes(munich, *MUNICH_FROM)
    assert t == nco.roads.nearest_nodes(munich, *MUNICH_TO)
    ref = nx.shortest_path_length(munich, o, t, weight="travel_time")
    assert cands["travel_time"].iloc[0] == pytest.approx(ref, rel=1e-9)
    assert len(cands) >= 3
    assert list(cands["travel_time"]) == sorted(cands["travel_time"])


def test_candidates_are_real_paths_within_bounds(munich, cands):
    o, t = cands["nodes"].iloc[0][0], cands["nodes"].iloc[0][-1]
    fastest = cands["travel_time"].iloc[0]
    sets = []
    for _, r in cands.iterrows():
        nodes = r["nodes"]
        assert nodes[0] == o and nodes[-1] == t
        assert len(set(nodes)) == len(nodes)  # simple path
        tt = sum(min(d["travel_time"] for d in munich.get_edge_data(a, b).values()) for a, b in zip(nodes[:-1], nodes[1:]))
        assert r["travel_time"] == pytest.approx(tt)
        assert r["travel_time"] <= 1.5 * fastest + 1e-6
        lengths = _link_lengths(munich, nodes)
        assert r["length"] == pytest.approx(sum(lengths.values()))
        sets.append(lengths)
        x0, y0 = r.geometry.coords[0]
        assert (x0, y0) == pytest.approx((munich.nodes[o]["x"], munich.nodes[o]["y"]))
        shares = sum(r[f"share_{c}"] for c in ("motorway", "primary", "secondary", "tertiary", "residential", "service"))
        assert shares == pytest.approx(1.0)
        assert r["left_turns"] + r["right_turns"] == r["turns"]
    # overlap filter, recomputed from the node lists
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            shared = sum(v for e, v in sets[i].items() if e in sets[j])
            assert shared / min(sum(sets[i].values()), sum(sets[j].values())) <= 0.7 + 1e-9


def test_comparison_features_on_differing_segments(cands):
    comp = cands.attrs["comparison"]
    n = len(cands)
    assert comp.shape == (n, n, len(COMPARISON_FIELDS))
    assert np.all(comp[np.arange(n), np.arange(n)] == 0)
    tt = cands["travel_time"].to_numpy()
    ln = cands["length"].to_numpy()
    for i in range(n):
        for j in range(n):
            if i == j:
                continue
            # shared links cancel: differences on the differing segments equal the totals' differences
            assert comp[i, j, CF.index("dtime_min")] == pytest.approx((tt[i] - tt[j]) / 60, abs=1e-4)
            assert comp[i, j, CF.index("dlength_km")] == pytest.approx((ln[i] - ln[j]) / 1000, abs=1e-4)
            assert comp[i, j, CF.index("shared_fraction")] == pytest.approx(comp[j, i, CF.index("shared_fraction")])
            assert comp[i, j, CF.index("own_detour_fraction")] == pytest.approx(comp[j, i, CF.index("other_detour_fraction")])
            assert 0 < comp[i, j, CF.index("own_detour_fraction")] <= 1
            assert comp[i, j, CF.index("sections")] >= 1
    table = comparison_table(cands)
    assert len(table) == n * (n - 1)


def test_feature_arrays_shapes(cands):
    r, s, c = feature_arrays(cands, {"hour": 17.5, "familiar": True})
    assert r.shape == (len(cands), len(ROUTE_FIELDS))
    assert np.isfinite(r).all() and np.isfinite(s).all() and np.isfinite(c).all()
    names = [n for n, _ in ROUTE_FIELDS]
    assert r[:, names.index("stretch")].min() == pytest.approx(1.0)
    assert s[2] == 1.0 and s[4] == 1.0  # rush hour, familiar


def test_signals_come_from_the_extract(munich, cands):
    sig = traffic_signals(munich)
    assert len(sig) > 50
    assert all(n in munich for n in sig)
    assert cands["signals"].max() > 0
    for _, r in cands.iterrows():
        assert r["signals"] <= sum(n in sig for n in r["nodes"][1:])


def test_turn_angles_of_a_right_angle(munich, cands):
    idx = graph_index(munich)
    links = np.array([idx.link_of[(idx.node_pos[a], idx.node_pos[b])]
                      for a, b in zip(cands["nodes"].iloc[0][:-1], cands["nodes"].iloc[0][1:])])
    ang = turn_angles(idx, links)
    assert len(ang) == len(links) - 1
    assert np.all(np.abs(ang) <= 180)
    assert cands["max_turn_angle"].iloc[0] == pytest.approx(float(np.abs(ang[idx.junction[idx.v[links[:-1]]]]).max()))


def test_node_ids_and_positions_agree(munich, cands):
    o, t = cands["nodes"].iloc[0][0], cands["nodes"].iloc[0][-1]
    by_id = alternatives(munich, o, t, k=5)
    assert by_id["nodes"].tolist() == cands["nodes"].tolist()


@pytest.mark.parametrize("city", ["stockholm", "sydney", "helsinki"])
def test_other_cities(city):
    G = nco.roads.load(city)
    idx = graph_index(G)
    rng = np.random.default_rng(1)
    found = []
    for _ in range(10):
        a, b = rng.choice(idx.n, 2, replace=False)
        c = alternatives(G, idx.nodes[a], idx.nodes[b], k=4)
        assert 1 <= len(c) <= 4
        assert c["stretch"].iloc[0] == 1.0 and (c["stretch"] <= 1.5 + 1e-9).all()
        found.append(len(c))
    assert max(found) >= 2


# -- errors -------------------------------------------------------------------------
def test_same_origin_and_destination(munich):
    with pytest.raises(InputError, match="same road node"):
        alternatives(munich, MUNICH_FROM, MUNICH_FROM)


def test_position_outside_the_network(munich):
    with pytest.raises(InputError, match="outside the network"):
        alternatives(munich, MUNICH_FROM, (11.70, 48.20))


def test_unknown_node_and_bad_arguments(munich):
    with pytest.raises(InputError, match="not a node"):
        alternatives(munich, -1, MUNICH_TO)
    with pytest.raises(InputError, match="k must be"):
        alternatives(munich, MUNICH_FROM, MUNICH_TO, k=0)
    with pytest.raises(InputError, match="max_overlap"):
        alternatives(munich, MUNICH_FROM, MUNICH_TO, max_overlap=0)


def test_unreachable_destination(munich):
    H = munich.copy()
    t = nco.roads.nearest_nodes(H, *MUNICH_TO)
    H.remove_edges_from(list(H.in_edges(t, keys=True)))
    with pytest.raises(InputError, match="unreachable"):
        alternatives(H, MUNICH_FROM, t)


def test_graph_without_edges():
    G = nx.MultiDiGraph()
    G.add_node(1, x=11.0, y=48.0)
    G.add_node(2, x=11.001, y=48.0)
    with pytest.raises(InputError, match="no nodes or no edges"):
        alternatives(G, 1, 2)


def test_graph_with_two_parts():
    G = nx.MultiDiGraph(name="toy")
    for n, x in enumerate([0.0, 0.001, 0.002, 0.003]):
        G.add_node(n, x=11.0 + x, y=48.0)
    for a, b in [(0, 1), (1, 0), (2, 3), (3, 2)]:
        G.add_edge(a, b, length=74.0, travel_time=9.0, highway="residential", name="")
    with pytest.raises(InputError, match="no path"):
        alternatives(G, 0, 3)
    c = alternatives(G, 0, 1)
    assert len(c) == 1 and c["length"].iloc[0] == 74.0 and math.isclose(c["travel_time"].iloc[0], 9.0)


def test_routes_cli_takes_western_longitudes_and_bundled_names_only(capsys):
    """``--from -8.611,41.146`` (a western longitude) is a value, not an
    option; ``--city`` never opens a path of its choosing."""
    from nco.cli import _attach_negative_values, main

    argv = ["routes", "--city", "porto", "--from", "-8.611,41.146", "--to", "-8.605,41.150", "-t", "-1"]
    assert _attach_negative_values(argv)[3:6] == ["--from=-8.611,41.146", "--to=-8.605,41.150", "-t"]
    rc = main(["routes", "--city", "../../etc/passwd", "--from", "-8.611,41.146", "--to", "-8.605,41.150"])
    err = capsys.readouterr().err
    assert rc == 2 and "unknown city '../../etc/passwd'" in err and len(err.strip().splitlines()) == 1
