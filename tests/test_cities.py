"""City matrices in the RRNCO schema, built from the bundled OSM extracts."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from nco import roads
from nco.cli import main
from nco.data import cities as C
from nco.errors import InputError

RRNCO_SPLIT = Path(__file__).resolve().parents[1] / "data" / "rrnco" / "splited_cities_list.json"


@pytest.fixture(scope="module")
def sydney():
    return C.build_city("sydney", n_points=300, seed=42)


def test_units_shapes_and_asymmetry(sydney):
    city = sydney
    assert city.distance.shape == city.duration.shape == (300, 300)
    assert city.points.shape == (300, 2)
    assert np.all(np.diag(city.distance) == 0) and np.all(np.diag(city.duration) == 0)
    off = ~np.eye(300, dtype=bool)
    assert np.all(city.distance[off] > 0) and np.all(city.distance < C.UNREACHABLE_KM)
    # A small extract (about 1.4 x 1.4 km): kilometres and minutes, not metres and seconds.
    assert city.distance.max() < 10 and city.duration.max() < 30
    assert not np.allclose(city.distance, city.distance.T)
    lat, lon = city.points.T
    assert -33.92 < lat.min() and lat.max() < -33.90 and 151.15 < lon.min() and lon.max() < 151.18


def test_durations_are_shortest_times(sydney):
    """Exact shortest travel times obey the triangle inequality, and no road
    is shorter than the straight line."""
    t, d = sydney.duration, sydney.distance
    rng = np.random.default_rng(1)
    i, j, k = rng.integers(0, 300, size=(3, 5000))
    assert np.all(t[i, k] <= t[i, j] + t[j, k] + 1e-9)
    straight = C.haversine_km(sydney.points)
    assert np.all(d >= 0.99 * straight - 1e-6)


def test_seeded_and_reproducible(sydney):
    again = C.build_city("sydney", n_points=300, seed=42)
    np.testing.assert_array_equal(again.points, sydney.points)
    np.testing.assert_array_equal(again.distance, sydney.distance)
    other = C.build_city("sydney", n_points=300, seed=7)
    assert not np.allclose(other.points, sydney.points)


def test_bundled_path_uses_the_city_centre():
    """Andorra's extract is the whole country (26 x 22 km): points stay in the
    3 km box around Andorra la Vella also when the city is given by path."""
    by_path = C.build_city(roads.CITIES["andorra"], n_points=50, seed=0)
    assert by_path.name == "andorra"
    lat0, lon0 = C.CITY_CENTRES["andorra"]
    assert np.all(np.abs(by_path.points[:, 0] - lat0) < 0.0136)  # 1.5 km in latitude
    assert np.all(np.abs(by_path.points[:, 1] - lon0) < 0.0184)  # 1.5 km in longitude
    assert by_path.meta["centre"] == [lat0, lon0]


def test_written_file_is_rrnco_schema(tmp_path, sydney):
    path = C.write_city(sydney, tmp_path)
    assert path == tmp_path / "Sydney" / "Sydney_data.npz"
    # Read it the way RRNCO's samplers do: plain numpy, fixed keys, index twice.
    data = np.load(path, allow_pickle=False, mmap_mode="r")
    assert sorted(data.files) == ["distance", "duration", "points"]
    assert data["points"].shape == (300, 2)
    idx = np.array([3, 17, 42])
    sub = data["distance"][idx[:, None], idx[None, :]]
    np.testing.assert_array_equal(sub, sydney.distance[np.ix_(idx, idx)])
    meta = json.loads((tmp_path / "Sydney" / "Sydney_meta.json").read_text())
    assert meta["attribution"] == roads.ATTRIBUTION and meta["seed"] == 42


def test_rrnco_style_files_load_unchanged(tmp_path, sydney):
    """A file written with plain numpy as RRNCO does (not with our writer),
    including an unreachable point stored as 1e9 m / 1000."""
    folder = tmp_path / "Rio_de_Janeiro"
    folder.mkdir()
    dist = sydney.distance.copy()
    dist[5, :] = 1e6
    dist[5, 5] = 0
    np.savez_compressed(folder / "Rio_de_Janeiro_data.npz", distance=dist,
                        duration=sydney.duration, points=sydney.points)
    cities = C.load_cities(tmp_path)
    assert list(cities) == ["Rio_de_Janeiro"]
    city = cities["Rio_de_Janeiro"]
    assert city.n_points == 300
    clean = city.reachable()
    assert clean.n_points == 299 and clean.distance.max() < C.UNREACHABLE_KM
    np.testing.assert_array_equal(clean.points, np.delete(sydney.points, 5, axis=0))


def test_bad_city_files(tmp_path):
    bad = tmp_path / "X"
    bad.mkdir()
    np.savez_compressed(bad / "X_data.npz", distance=np.zeros((3, 3)), points=np.zeros((3, 2)))
    with pytest.raises(InputError, match="missing array"):
        C.load_city(bad)
    np.savez_compressed(bad / "X_data.npz", distance=np.zeros((3, 3)), duration=np.zeros((3, 3)),
                        points=np.zeros((4, 2)))
    with pytest.raises(InputError, match="expected \\(4, 4\\)"):
        C.load_city(bad)
    with pytest.raises(InputError, match="no such dataset folder"):
        C.load_cities(tmp_path / "nowhere")


def test_splits():
    split = C.load_split()
    assert len(split["train"]) == 12 and len(split["test"]) == 2
    assert set(split["train"]) | set(split["test"]) == set(roads.CITIES)
    assert not set(split["train"]) & set(split["test"])
    rrnco = C.load_split(RRNCO_SPLIT)
    assert len(rrnco["train"]) == 80 and len(rrnco["test"]) == 20
    # Our test cities are unseen by RRNCO's dataset too.
    names = {c.lower() for c in rrnco["train"] + rrnco["test"]}
    assert not any(c in n for c in split["test"] for n in names)


def test_bad_split(tmp_path):
    p = tmp_path / "split.json"
    p.write_text('{"train": ["a"], "test": ["a"]}')
    with pytest.raises(InputError, match="both train and test"):
        C.load_split(p)
    p.write_text('{"train": ["a"]}')
    with pytest.raises(InputError, match="'test'"):
        C.load_split(p)


def test_city_matrices_cache(tmp_path):
    city = C.city_matrices("stockholm", cache_dir=tmp_path, n_points=120)
    path = tmp_path / "n120-seed42-water50" / "Stockholm" / "Stockholm_data.npz"
    stamp = path.stat().st_mtime_ns
    again = C.city_matrices("stockholm", cache_dir=tmp_path, n_points=120)
    assert path.stat().st_mtime_ns == stamp
    np.testing.assert_array_equal(again.distance, city.distance)
    with pytest.raises(InputError, match="unknown city"):
        C.city_matrices("atlantis", cache_dir=tmp_path)


def test_stats(sydney):
    st = sydney.stats()
    assert 0.2 < st["asymmetric_share"] <= 1.0
    assert st["mean_rel_asymmetry"] > 0.01
    assert st["detour_ratio"] > 1.0 and st["median_detour_ratio"] > 1.0


def test_cli_cities(tmp_path, capsys):
    rc = main(["data", "cities", "--osm", str(roads.CITIES["stockholm"]), "--out", str(tmp_path), "--points", "80"])
    assert rc == 0
    assert (tmp_path / "Stockholm" / "Stockholm_data.npz").is_file()
    assert "(c) OpenStreetMap contributors" in capsys.readouterr().out
    junk = tmp_path / "junk.osm.pbf"
    junk.write_bytes(b"\x00\x01 not map data")
    assert main(["data", "cities", "--osm", str(junk), "--out", str(tmp_path)]) == 2
    # The last line of stderr (after the progress bar) is the one-line error.
    err = capsys.readouterr().err.replace("\r", "\n").strip().splitlines()[-1]
    assert err.startswith("nco: error:") and "not a readable OSM PBF" in err


def test_no_points_next_to_water(sydney):
    """Streets within 50 m of water (here: the harbour's waterways) get no points."""
    import shapely

    water = roads.water("sydney")
    assert len(water) > 10
    lat0 = np.radians(sydney.points[:, 0].mean())
    k = np.pi / 180 * 6_371_008.8

    def project(xy):
        return np.column_stack([xy[:, 0] * k * np.cos(lat0), xy[:, 1] * k])

    zone = shapely.union_all(shapely.transform(np.array(water, dtype=object), project))
    pts = shapely.points(project(sydney.points[:, ::-1]))
    assert shapely.distance(zone, pts).min() > 45
    dry = C.build_city("sydney", n_points=300, seed=42, water_m=0)
    assert dry.meta["streets_in_box"] > sydney.meta["streets_in_box"]
    assert shapely.distance(zone, shapely.points(project(dry.points[:, ::-1]))).min() < 45


def test_point_matrices_match_a_graph_with_the_points_inserted():
    """Independent check of the point-to-point routing: insert the points as
    nodes into the street graph and run networkx's Dijkstra."""
    import networkx as nx

    G = roads.load("sydney")
    lat = np.mean([d["y"] for _, d in G.nodes(data=True)])
    lon = np.mean([d["x"] for _, d in G.nodes(data=True)])
    streets = C._street_table(G, (lat, lon), box_km=100.0)
    rng = np.random.default_rng(0)
    n = 30
    pick = rng.choice(len(streets), size=n)
    oneway = [k for k, s in enumerate(streets) if np.isnan(s[5])]
    pick[:3] = pick[0]  # three points on one street ...
    pick[3:6] = oneway[0]  # ... and three on a one-way street
    frac = rng.uniform(0.05, 0.95, size=n)
    dist, time = C.street_point_matrices(G, streets, pick, frac)

    H = nx.DiGraph()
    for u, v, d in G.edges(data=True):
        if not H.has_edge(u, v) or d["travel_time"] < H[u][v]["t"]:
            H.add_edge(u, v, t=d["travel_time"], l=d["length"])
    for s in set(pick.tolist()):
        a, b, _, fl, ft, bl, bt = streets[s]
        on = sorted(np.flatnonzero(pick == s), key=lambda p: frac[p])
        chain = [a, *(("p", int(p)) for p in on), b]
        fr = [0.0, *(frac[p] for p in on), 1.0]
        for i in range(len(chain) - 1):
            df = fr[i + 1] - fr[i]
            if not np.isnan(fl):
                H.add_edge(chain[i], chain[i + 1], t=df * ft, l=df * fl)
            if not np.isnan(bl):
                H.add_edge(chain[i + 1], chain[i], t=df * bt, l=df * bl)
    for p in range(n):
        t, paths = nx.single_source_dijkstra(H, ("p", p), weight="t")
        for q in range(n):
            if q == p:
                continue
            assert time[p, q] == pytest.approx(t[("p", q)], rel=1e-9, abs=1e-9)
            path = paths[("p", q)]
            length = sum(H[x][y]["l"] for x, y in zip(path[:-1], path[1:]))
            assert dist[p, q] == pytest.approx(length, rel=1e-6)


@pytest.mark.slow
@pytest.mark.parametrize("name", sorted(roads.CITIES))
def test_every_bundled_city_builds_at_rrnco_size(tmp_path, name):
    city = C.build_city(name, n_points=1000, seed=42)
    assert city.distance.shape == (1000, 1000)
    assert city.distance.max() < C.UNREACHABLE_KM and city.duration.max() < C.UNREACHABLE_KM
    assert len(np.unique(city.points, axis=0)) == 1000
    st = city.stats()
    # one-way streets make the matrix asymmetric: in every city centre, less so in the
    # small towns where almost every street runs both ways (north of Bayreuth: 4 % of pairs)
    assert st["asymmetric_share"] > 0.02 and st["median_detour_ratio"] > 1.0
    back = C.load_city(C.write_city(city, tmp_path))
    np.testing.assert_array_equal(back.duration, city.duration)


def test_other_recipes_never_overwrite_the_rrnco_cache(tmp_path):
    from nco.data import city_matrices

    small = city_matrices("stockholm", cache_dir=tmp_path, n_points=40)
    full = city_matrices("stockholm", cache_dir=tmp_path)
    again = city_matrices("stockholm", cache_dir=tmp_path, n_points=40)
    assert small.distance.shape == again.distance.shape == (40, 40)
    assert full.distance.shape == (1000, 1000)
    assert (tmp_path / "Stockholm" / "Stockholm_data.npz").is_file()


# -- caches that never lie -------------------------------------------------------
def _cache_files(root, n=20):
    folder = root / f"n{n}-seed42-water50" / "Sydney"
    return folder / "Sydney_data.npz", folder / "Sydney_meta.json"


@pytest.fixture(scope="module")
def sydney20():
    return C.build_city("sydney", n_points=20, seed=42)


def test_cache_records_and_checks_its_checksum(tmp_path, sydney20):
    from nco import fsio

    C.city_matrices("sydney", cache_dir=tmp_path, n_points=20)
    data, meta_path = _cache_files(tmp_path)
    meta = json.loads(meta_path.read_text())
    assert meta["sha256"] == fsio.sha256_file(data) and meta["format_version"] == C.CITY_FORMAT_VERSION
    # Another valid file in place of the recorded one: refused by load_city ...
    np.savez_compressed(data, distance=sydney20.distance * 2, duration=sydney20.duration, points=sydney20.points)
    with pytest.raises(InputError, match="does not match the SHA-256.*rebuild"):
        C.load_city(data)
    # ... and rebuilt by the cache, which then holds a consistent pair again.
    city = C.city_matrices("sydney", cache_dir=tmp_path, n_points=20)
    np.testing.assert_array_equal(city.distance, sydney20.distance)
    assert json.loads(meta_path.read_text())["sha256"] == fsio.sha256_file(data)


@pytest.mark.parametrize("damage", ["truncated", "empty", "meta-truncated", "meta-version", "no-meta-truncated"])
def test_damaged_cache_is_rebuilt(tmp_path, sydney20, damage):
    C.city_matrices("sydney", cache_dir=tmp_path, n_points=20)
    data, meta_path = _cache_files(tmp_path)
    blob = data.read_bytes()
    if damage == "truncated":
        data.write_bytes(blob[: len(blob) // 2])
    elif damage == "empty":
        data.write_bytes(b"")
    elif damage == "meta-truncated":
        meta_path.write_text(meta_path.read_text()[:40])
    elif damage == "meta-version":
        meta_path.write_text(json.dumps(dict(json.loads(meta_path.read_text()), format_version=99)))
    else:
        meta_path.unlink()
        data.write_bytes(blob[:-30])
    with pytest.raises(InputError, match="rebuild|not a readable"):
        C.load_city(data)
    city = C.city_matrices("sydney", cache_dir=tmp_path, n_points=20)
    np.testing.assert_array_equal(city.distance, sydney20.distance)
    assert C.load_city(data).meta["sha256"]


def test_damaged_foreign_city_is_a_one_line_error(tmp_path, sydney20):
    """A city that cannot be built (an RRNCO copy) is never rebuilt; a damaged
    one gives one error that says to rebuild it."""
    path = C.write_city(C.CityMatrix("Atlantis", sydney20.distance, sydney20.duration, sydney20.points), tmp_path)
    assert C.city_matrices("Atlantis", cache_dir=tmp_path).n_points == 20
    path.write_bytes(path.read_bytes()[:100])
    with pytest.raises(InputError, match="Atlantis_data.npz: .*rebuild") as exc:
        C.city_matrices("Atlantis", cache_dir=tmp_path)
    assert "\n" not in str(exc.value)


def test_cli_refuses_oversized_builds_before_any_work(tmp_path, capsys):
    for args in (["--points", "10000000"], ["--points", str(C.MAX_POINTS + 1)], ["--points", "1"],
                 ["--seed", "-1"], ["--box-km", "0"], ["--box-km", "1e9"], ["--water-m", "nan"]):
        rc = main(["data", "cities", "--osm", "nowhere.osm.pbf", "--out", str(tmp_path / "out"), *args])
        err = capsys.readouterr().err.strip().splitlines()
        assert rc == 2 and len(err) == 1 and err[0].startswith("nco: error: --"), (args, err)
    assert not (tmp_path / "out").exists()
    with pytest.raises(InputError, match=f"n_points must be an integer from 2 to {C.MAX_POINTS}"):
        C.build_city("sydney", n_points=C.MAX_POINTS + 1)


def _build_cmd(root, how):
    import sys

    if how == "cli":
        out = root / "n20-seed42-water50"
        return [sys.executable, "-m", "nco.cli", "data", "cities", "--osm", "sydney", "--points", "20",
                "--out", str(out)]
    code = f"from nco.data.cities import city_matrices; city_matrices('sydney', cache_dir={str(root)!r}, n_points=20)"
    return [sys.executable, "-c", code]


def _kill_builds(root, reference, kills, seed):
    """Start a build, SIGKILL it after a random delay, then check that the
    cache is either absent or consistent and that the next use is correct."""
    import random
    import shutil
    import subprocess
    import time

    from nco import fsio

    rng = random.Random(seed)
    data, meta_path = _cache_files(root)
    for k in range(kills):
        how = ("truncate", "cli", "delete")[k % 3]
        if how == "truncate" and data.exists():
            data.write_bytes(data.read_bytes()[:200])  # the child must rebuild it
        if how == "delete":
            shutil.rmtree(data.parent, ignore_errors=True)
        proc = subprocess.Popen(_build_cmd(root, how), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.2, 4.0))
        proc.kill()
        proc.wait()
        if data.exists() and meta_path.exists() and how != "truncate":
            meta = json.loads(meta_path.read_text())  # never half-written
            if meta["sha256"] == fsio.sha256_file(data):
                np.testing.assert_array_equal(C.load_city(data).distance, reference.distance)
        city = C.city_matrices("sydney", cache_dir=root, n_points=20)
        np.testing.assert_array_equal(city.distance, reference.distance)
        np.testing.assert_array_equal(C.load_city(data).points, reference.points)


def test_killed_builds_never_leave_a_trusted_broken_cache(tmp_path, sydney20):
    _kill_builds(tmp_path, sydney20, kills=4, seed=1)


@pytest.mark.slow
def test_twenty_killed_builds_never_leave_a_trusted_broken_cache(tmp_path, sydney20):
    _kill_builds(tmp_path, sydney20, kills=20, seed=2)


def test_concurrent_builds_into_one_folder(tmp_path, sydney20):
    import subprocess

    procs = [subprocess.Popen(_build_cmd(tmp_path, how), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for how in ("cli", "cache")]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()[-500:]
    data, _ = _cache_files(tmp_path)
    np.testing.assert_array_equal(C.load_city(data).distance, sydney20.distance)
    assert sorted(f.name for f in data.parent.iterdir()) == [".Sydney.lock", "Sydney_data.npz", "Sydney_meta.json"]


def test_test_sets_record_and_check_their_checksum(tmp_path, monkeypatch, sydney20):
    from nco import fsio
    from nco.data import testsets as T

    monkeypatch.setattr(T, "city_matrices", lambda name, **recipe: sydney20)
    path = T.build_testset("atsp", 6, tmp_path, num=3, cities=["sydney"], references=False, progress=False)
    meta = json.loads(path.with_suffix(".json").read_text())
    assert meta["sha256"] == fsio.sha256_file(path) and meta["format_version"] == T.FORMAT_VERSION
    insts, ref, back = T.load_testset(path)
    assert len(insts) == 3 and ref is None and back["sha256"] == meta["sha256"]
    assert not [f for f in tmp_path.iterdir() if ".tmp" in f.name]
    other = T.build_testset("atsp", 6, tmp_path / "other", num=3, seed=5, cities=["sydney"], references=False,
                            progress=False)
    other.replace(path)  # a complete, valid file that the .json does not vouch for
    with pytest.raises(InputError, match="does not match the SHA-256.*nco data testsets"):
        T.load_testset(path)


@pytest.mark.parametrize("args", [["--num", "100000000"], ["--num", "0"], ["--sizes", "50", "100000"],
                                  ["--time-limit", "-1"], ["--problems", "tsp"]])
def test_cli_testsets_refuses_oversized_builds_before_any_work(tmp_path, capsys, args):
    rc = main(["data", "testsets", "--out", str(tmp_path / "out"), "--no-reference", *args])
    err = capsys.readouterr().err.strip().splitlines()
    assert rc == 2 and len(err) == 1 and err[0].startswith("nco: error: "), err
    assert not (tmp_path / "out").exists()


_KILL_IN_WRITE = """
import os, signal
import numpy as np
from nco import fsio
from nco.data import cities as C

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

real = np.savez_compressed
def half(path, **arrays):
    real(path, **arrays)
    os.truncate(path, os.path.getsize(path) // 2)
    die()

if {where!r} == "data":
    np.savez_compressed = half
else:
    fsio.write_text = die
C.city_matrices("sydney", cache_dir={root!r}, n_points=20)
"""


@pytest.mark.parametrize("where", ["data", "meta"], ids=["killed-writing-data", "killed-before-meta"])
def test_build_killed_inside_the_write_is_never_trusted(tmp_path, sydney20, where):
    """SIGKILL at the two worst moments: half-way through the data file, and
    after the new data file is in place but before its meta file."""
    import subprocess
    import sys

    data, meta_path = _cache_files(tmp_path)
    stale = C.CityMatrix("sydney", sydney20.distance * 2, sydney20.duration, sydney20.points, dict(sydney20.meta))
    C.write_city(stale, data.parent.parent)
    data.write_bytes(data.read_bytes()[:300])  # damaged: the child must rebuild
    proc = subprocess.run([sys.executable, "-c", _KILL_IN_WRITE.format(where=where, root=str(tmp_path))],
                          capture_output=True, timeout=300)
    assert proc.returncode == -9, proc.stderr.decode()[-500:]
    with pytest.raises(InputError, match="rebuild|not a readable"):
        C.load_city(data)  # neither the half-written nor the unvouched file is trusted
    city = C.city_matrices("sydney", cache_dir=tmp_path, n_points=20)
    np.testing.assert_array_equal(city.distance, sydney20.distance)
    np.testing.assert_array_equal(C.load_city(data).distance, sydney20.distance)
    assert not [f.name for f in data.parent.iterdir() if ".tmp" in f.name]


# -- tiles: more regions from the larger extracts ---------------------------
def test_tile_names_parse_only_for_bundled_extracts():
    assert C.parse_tile("harrisburg_r3c1") == ("harrisburg", 3, 1)
    assert C.parse_tile("Bayreuth_North_r1c0") == ("bayreuth_north", 1, 0)
    assert C.parse_tile("harrisburg") is None
    assert C.parse_tile("atlantis_r1c1") is None
    assert C.parse_tile("harrisburg_r1") is None


def test_tiles_are_dense_separate_regions_of_large_extracts():
    assert C.city_tiles("stockholm") == []  # smaller than one box
    tiles = C.city_tiles("harrisburg")
    assert 1 <= len(tiles) <= C.MAX_TILES
    G = roads.load("harrisburg")
    kms = [sum(r[2] for r in C._street_table(G, C.tile_centre(*C.parse_tile(t)), 3.0)) / 1000 for t in tiles]
    assert min(kms) >= C.MIN_TILE_KM
    assert kms == sorted(kms, reverse=True)  # the densest first
    with pytest.raises(InputError, match="r0c0 to"):
        C.tile_centre("harrisburg", 99, 0)
    with pytest.raises(InputError, match="bundled extracts"):
        C.city_tiles("atlantis")


def test_a_tile_builds_and_caches_like_a_city(tmp_path):
    name = C.city_tiles("bayreuth_north")[0]
    tile = C.city_matrices(name, cache_dir=tmp_path, n_points=150)
    centre = C.tile_centre(*C.parse_tile(name))
    assert tile.name == name and tile.n_points == 150
    assert tile.meta["centre"] == pytest.approx(centre)
    # the points lie in the tile's 3 km box, none in the city's own box
    half_lat = 3.0 / 2 / 111.195
    half_lon = half_lat / np.cos(np.radians(centre[0]))
    assert np.all(np.abs(tile.points - centre) <= [half_lat + 1e-9, half_lon + 1e-9])
    own = C.default_centre(roads.load("bayreuth_north"), "bayreuth_north")
    assert not np.all(np.abs(tile.points - own) < [half_lat, half_lon * 0.999], axis=1).any()
    assert (tmp_path / "n150-seed42-water50" / C.city_folder_name(name)).is_dir()
    again = C.city_matrices(name, cache_dir=tmp_path, n_points=150)
    np.testing.assert_array_equal(again.distance, tile.distance)


def test_spare_tiles_are_the_dense_tiles_training_leaves_out():
    used, spare = C.training_tiles(["harrisburg"]), C.spare_tiles(["harrisburg"])
    assert len(used) == C.MAX_TILES and spare and not set(used) & set(spare)
    assert sorted(used + spare) == sorted(C.city_tiles("harrisburg", most=10**6))
