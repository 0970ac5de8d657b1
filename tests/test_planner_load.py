"""The road graph cache behind a fast city load: same graph, checked on reading."""

from __future__ import annotations

import io
import pickle
import zipfile

import numpy as np
import pytest

from nco import fsio, roads


@pytest.fixture()
def sydney(tmp_path, monkeypatch):
    monkeypatch.setenv("NCO_CACHE", str(tmp_path))
    return roads.city_extract("sydney")


def _edges(G):
    return [(u, v, k, sorted(d.items())) for u, v, k, d in G.edges(keys=True, data=True)]


def _cache(path, mode="walk"):
    return roads.graph_cache_file(path, mode, fsio.sha256_file(path))


def _rewrite(cache, **changes):
    """Rewrite a cache with some arrays replaced (the checksum recomputed unless 'meta' is given)."""
    with np.load(cache, allow_pickle=False) as z:
        a = {k: z[k] for k in z.files}
    a.update(changes)
    if "meta" not in changes:
        meta = a["meta"].tolist()
        a["meta"] = np.array(meta[:4] + [roads._arrays_sha256(a)])
    buf = io.BytesIO()
    np.savez(buf, **a)
    cache.write_bytes(buf.getvalue())


def test_cached_graph_is_the_built_graph(sydney):
    built = roads._extract_graph(sydney, "pbf", "walk")
    cache = _cache(sydney)
    assert cache.is_file() and roads._read_graph_cache(cache, "walk", fsio.sha256_file(sydney)) is not None
    again = roads._extract_graph(sydney, "pbf", "walk")
    assert list(again.nodes(data=True)) == list(built.nodes(data=True))
    assert _edges(again) == _edges(built)
    assert again.graph == built.graph
    assert not _cache(sydney, "drive").exists()


def test_graph_matches_a_graph_built_edge_by_edge(sydney):
    nodes, segs = roads._segments_pbf(sydney, "drive")
    a = roads._graph_arrays(nodes, segs, "drive", "x")
    G = roads._graph_from_arrays(a, "drive", "x")
    H = G.__class__()
    H.add_nodes_from(G.nodes(data=True))
    H.add_edges_from(G.edges(keys=True, data=True))
    assert _edges(G) == _edges(H)
    assert sorted(G.in_edges(keys=True)) == sorted(H.in_edges(keys=True))
    assert all(len(G[u][v]) == len(H[u][v]) for u, v in H.edges())


@pytest.mark.parametrize("change", [
    {"u": "out of range"}, {"length": "negative"}, {"names": "short table"}, {"meta": "other version"},
    {"x": "checksum"},
])
def test_a_cache_that_fails_a_check_is_rebuilt(sydney, change):
    built = roads._extract_graph(sydney, "pbf", "walk")
    cache = _cache(sydney)
    with np.load(cache, allow_pickle=False) as z:
        a = {k: z[k] for k in z.files}
    kind = next(iter(change))
    if kind == "u":
        _rewrite(cache, u=np.full_like(a["u"], len(a["node_id"])))
    elif kind == "length":
        _rewrite(cache, length=-a["length"])
    elif kind == "names":
        _rewrite(cache, names=a["names"][:1])
    elif kind == "meta":
        meta = a["meta"].tolist()
        _rewrite(cache, meta=np.array(meta[:1] + ["0"] + meta[2:]))
    else:  # the data changed after the checksum was taken
        meta = a["meta"].copy()
        _rewrite(cache, x=a["x"] + 0.001, meta=meta)
    assert roads._read_graph_cache(cache, "walk", fsio.sha256_file(sydney)) is None
    again = roads._extract_graph(sydney, "pbf", "walk")
    assert _edges(again) == _edges(built)
    assert roads._read_graph_cache(cache, "walk", fsio.sha256_file(sydney)) is not None


def test_corrupt_or_pickled_cache_is_never_loaded(sydney):
    roads._extract_graph(sydney, "pbf", "walk")
    cache = _cache(sydney)
    data = bytearray(cache.read_bytes())
    data[len(data) // 2] ^= 0xFF
    cache.write_bytes(bytes(data))
    assert roads._read_graph_cache(cache, "walk", fsio.sha256_file(sydney)) is None
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        # a cache member that is a pickle, written as numpy writes an object array: the reader must refuse it
        obj = io.BytesIO()
        np.lib.format.write_array_header_1_0(obj, {"descr": "|O", "fortran_order": False, "shape": (1,)})
        obj.write(pickle.dumps(np.array([{"a": 1}], dtype=object), protocol=3))
        zf.writestr("node_id.npy", obj.getvalue())
    cache.write_bytes(buf.getvalue())
    assert roads._read_graph_cache(cache, "walk", fsio.sha256_file(sydney)) is None
    assert roads._extract_graph(sydney, "pbf", "walk").number_of_nodes() > 1
