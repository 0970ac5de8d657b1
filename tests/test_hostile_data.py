"""Hostile data in every cache and loader: no code runs, no traceback, one line.

Each case plants one kind of hostile input (a pickle whose ``__reduce__``
would create a marker file, a truncated, empty or text file, a huge or odd
header, a configuration naming arbitrary code, a network too large to build)
and runs the command that reads it.  The marker never appears, the command
exits with code 2 and stderr is one ``nco: error:`` line naming the file.
"""

from __future__ import annotations

import io
import json
import os
import pickle
import pickletools
import resource
import shutil
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import numpy as np
import pytest
import torch
from omegaconf import OmegaConf

from nco.cli import guard
from nco.cli import main as cli
from nco.data import cities as C
from nco.neural.policy import CHECKPOINT_DIR
from nco.routes.train import CHECKPOINT_DIR as CCN_DIR

ROOT = Path(__file__).resolve().parents[1]


class Plant:
    """Pickles to a call that creates ``marker``: the file appears only if
    some loader runs code from data."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (exec, (f"open({self.marker!r}, 'w').close()",))


def test_the_plant_is_live(tmp_path):
    """Unpickling the planted pickle would call ``exec`` on the code that creates
    the marker (so its absence below means something); read with
    :mod:`pickletools`, never run."""
    marker = tmp_path / "marker"
    ops = [(op.name, arg) for op, arg, _ in pickletools.genops(pickle.dumps(Plant(marker)))]
    strings = [arg for _, arg in ops if isinstance(arg, str)]
    assert "builtins" in strings and "exec" in strings and f"open({str(marker)!r}, 'w').close()" in strings
    assert "REDUCE" in [name for name, _ in ops]
    assert not marker.exists()


# -- crafted files ---------------------------------------------------------------------
def npy(descr, shape, data: bytes = b"", pad: int = 0, version: int = 1) -> bytes:
    """A ``.npy`` member with any header, padded by ``pad`` spaces."""
    text = repr({"descr": descr, "fortran_order": False, "shape": tuple(shape)}) + " " * pad
    head = 10 if version == 1 else 12
    text += " " * (-(head + len(text) + 1) % 64) + "\n"
    size = struct.pack("<H", len(text)) if version == 1 else struct.pack("<I", len(text))
    return b"\x93NUMPY" + bytes([version, 0]) + size + text.encode("latin1") + data


def npz(path, members: dict, compress: bool = True) -> Path:
    """An ``.npz`` from raw ``.npy`` members (bytes) or arrays (saved with pickles allowed)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    mode = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    with zipfile.ZipFile(path, "w", mode) as zf:
        for name, value in members.items():
            if not isinstance(value, bytes):
                value = _member(np.asarray(value))
            zf.writestr(f"{name}.npy", value)
    return path


def _member(a: np.ndarray) -> bytes:
    """``a`` as a ``.npy`` member; an object array as numpy writes one, its data
    a pickle (a hostile member: the readers under test must refuse it)."""
    if a.dtype.hasobject:
        return npy("|O", a.shape, pickle.dumps(a, protocol=3))
    buf = io.BytesIO()
    np.lib.format.write_array(buf, a, allow_pickle=False)
    return buf.getvalue()


def zeros_member(path, name, shape, others: dict) -> Path:
    """An honest, highly compressed ``.npz`` member of zeros (a zip bomb),
    streamed so that the test never holds it in memory."""
    npz(path, others)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf, zf.open(f"{name}.npy", "w", force_zip64=True) as fh:
        fh.write(npy("<f8", shape))
        left, chunk = 8 * int(np.prod(shape)), bytes(1 << 20)
        while left > 0:
            fh.write(chunk[:left])
            left -= len(chunk)
    return path


def objects(marker, n=3):
    a = np.empty((n, n), dtype=object)
    a[:] = 0.0
    a[0, 1] = Plant(marker)
    return a


def good_city(n=3):
    d = np.array([[0.0, 1.0, 2.0], [1.5, 0.0, 1.0], [2.0, 1.2, 0.0]])[:n, :n]
    return dict(distance=d, duration=d * 2, points=np.array([[48.1, 11.5], [48.2, 11.6], [48.3, 11.7]])[:n])


def flip_byte(path: Path, at: float = 0.5) -> None:
    blob = bytearray(path.read_bytes())
    blob[int(len(blob) * at)] ^= 0xFF
    path.write_bytes(bytes(blob))


# -- running the CLI ---------------------------------------------------------------------
def run_cli(args, capsys, marker, names=None):
    """Run ``nco ARGS`` in-process; assert exit 2, one line naming the file, no marker."""
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    rc = cli([str(a) for a in args])
    out = capsys.readouterr()
    lines = [ln for ln in out.err.replace("\r", "\n").splitlines() if ln.strip()]
    assert not marker.exists(), "the planted pickle ran"
    assert rc == 2, (rc, out.err[-2000:])
    assert len(lines) == 1 and lines[0].startswith("nco: error: "), out.err[-2000:]
    assert "Traceback" not in out.err
    if names:
        assert any(n in lines[0] for n in names), lines[0]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    assert grown_mb < 500, f"peak memory grew by {grown_mb:.0f} MB"
    return lines[0]


def run_guarded(fn, capsys, marker, names=None):
    """As :func:`run_cli` for loaders no subcommand reaches with a user file:
    the CLI's own error handler around the call."""
    rc = guard(fn)
    err = capsys.readouterr().err
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert not marker.exists(), "the planted pickle ran"
    assert rc == 2 and len(lines) == 1 and lines[0].startswith("nco: error: "), err[-2000:]
    if names:
        assert any(n in lines[0] for n in names), lines[0]
    return lines[0]


@pytest.fixture()
def marker(tmp_path):
    return tmp_path / "PWNED"


@pytest.fixture(scope="module")
def small_testset(tmp_path_factory):
    """One ACVRP instance with 50 clients, as a test set file."""
    import nco
    from nco.data.testsets import shipped
    from nco.io import write_npz

    path = tmp_path_factory.mktemp("ts") / "acvrp_n50_seed1_test_cities.npz"
    inst = nco.read_all(shipped("acvrp_n50_seed3333_test_cities"))[0]
    write_npz(path, [inst], reference_cost=np.array([40.0]))
    return path


# -- policy checkpoints (nco eval --checkpoint FILE) -------------------------------------
def _shipped():
    return torch.load(CHECKPOINT_DIR / "acvrp.pt", weights_only=True)


def _with_config(**changes):
    blob = _shipped()
    blob["config"] = dict(blob["config"], **changes)
    return blob


def _policy_case(kind, path: Path, marker: Path):
    if kind == "pickled-object":
        torch.save({"format": "nco.neural.rrnco", "config": Plant(marker)}, path)
    elif kind == "raw-pickle":
        path.write_bytes(pickle.dumps(Plant(marker)))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("format: nco.neural.rrnco\n")
    elif kind == "truncated":
        blob = (CHECKPOINT_DIR / "acvrp.pt").read_bytes()
        path.write_bytes(blob[: len(blob) // 2])
    elif kind == "foreign-dict":
        torch.save({"weights": torch.zeros(3)}, path)
    elif kind == "huge-embed-dim":
        torch.save(_with_config(embed_dim=65536), path)
    elif kind == "huge-layers":
        torch.save(_with_config(num_layers=10**6), path)
    elif kind == "huge-parameter-estimate":
        torch.save(_with_config(embed_dim=1024, num_layers=24, num_heads=8, ff_hidden=8192), path)
    elif kind == "config-names-code":
        torch.save(_with_config(_target_="os.system"), path)
    elif kind == "config-bool-as-int":
        torch.save(_with_config(num_layers=True), path)
    elif kind == "config-huge-integer":
        torch.save(_with_config(embed_dim=10**5000), path)
    elif kind == "config-fractional-layers":
        torch.save(_with_config(num_layers=2.5), path)
    elif kind == "config-heads-do-not-divide":
        torch.save(_with_config(num_heads=7), path)
    elif kind == "config-not-a-dict":
        torch.save(dict(_shipped(), config=[1, 2, 3]), path)
    elif kind == "state-not-tensors":
        torch.save(dict(_shipped(), state_dict={"encoder.w": "not a tensor"}), path)
    elif kind == "wrong-shape":
        blob = _shipped()
        key = next(iter(blob["state_dict"]))
        blob["state_dict"][key] = torch.zeros(3, 3, 3)
        torch.save(blob, path)
    elif kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "recipe-not-json":
        shutil.copy(CHECKPOINT_DIR / "acvrp.pt", path)
        path.with_suffix(".json").write_text("{ not json")
    else:
        raise AssertionError(kind)


POLICY_KINDS = ["pickled-object", "raw-pickle", "empty", "text", "truncated", "foreign-dict",
                "huge-embed-dim", "huge-layers", "huge-parameter-estimate", "config-names-code",
                "config-bool-as-int", "config-huge-integer", "config-fractional-layers", "config-heads-do-not-divide",
                "config-not-a-dict", "state-not-tensors", "wrong-shape", "directory", "fifo", "recipe-not-json"]


@pytest.mark.parametrize("kind", POLICY_KINDS, ids=[f"policy-{k}" for k in POLICY_KINDS])
def test_hostile_policy_checkpoint(tmp_path, capsys, marker, small_testset, kind):
    path = tmp_path / "policy.pt"
    _policy_case(kind, path, marker)
    names = [path.name, path.with_suffix(".json").name]
    run_cli(["eval", "--checkpoint", path, "--test-set", small_testset, "--augment", "1", "--num-starts", "2"],
            capsys, marker, names)


# -- Lightning runs (nco eval --baselines lightning:DIR) ----------------------------------
POMO = {"env": {"problem": "acvrp"},
        "model": {"policy": {"_target_": "rl4co.models.zoo.am.AttentionModelPolicy", "env_name": "cvrp",
                             "embed_dim": 16, "num_encoder_layers": 1, "num_heads": 2,
                             "normalization": "instance", "use_graph_context": False}}}


def _run_dir(tmp_path, policy=None, config_text=None, state=None, problem="acvrp"):
    run = tmp_path / "run"
    (run / "checkpoints").mkdir(parents=True)
    if config_text is None:
        cfg = json.loads(json.dumps(POMO))
        cfg["env"]["problem"] = problem
        cfg["model"]["policy"].update(policy or {})
        config_text = OmegaConf.to_yaml(OmegaConf.create(cfg))
    if isinstance(config_text, bytes):
        (run / "config.yaml").write_bytes(config_text)
    else:
        (run / "config.yaml").write_text(config_text)
    if state is None:
        from nco.neural.evaluate import build_lightning_network

        good = tmp_path / "good.yaml"
        good.write_text(OmegaConf.to_yaml(OmegaConf.create(POMO)))
        state = {"state_dict": {f"policy.{k}": v for k, v in build_lightning_network(good)[1].state_dict().items()}}
    if isinstance(state, bytes):
        (run / "checkpoints" / "best.ckpt").write_bytes(state)
    else:
        torch.save(state, run / "checkpoints" / "best.ckpt")
    return run


def _lightning_case(kind, tmp_path, marker):
    loaded = tmp_path / "payload.pt"
    if kind == "target-torch-load":
        torch.save(Plant(marker), loaded)
        text = OmegaConf.to_yaml(OmegaConf.create({"env": {"problem": "acvrp"}, "model": {"policy": {
            "_target_": "torch.load", "f": str(loaded), "weights_only": False}}}))
        return _run_dir(tmp_path, config_text=text), "config.yaml"
    if kind == "target-os-system":
        text = f"env:\n  problem: acvrp\nmodel:\n  policy:\n    _target_: os.system\n    command: touch {marker}\n"
        return _run_dir(tmp_path, config_text=text), "config.yaml"
    if kind == "nested-target":
        return _run_dir(tmp_path, {"init_embedding": {"_target_": "builtins.exec",
                                                      "_args_": [f"open({str(marker)!r}, 'w')"]}}), "config.yaml"
    if kind == "hydra-partial-key":
        return _run_dir(tmp_path, {"_partial_": True}), "config.yaml"
    if kind == "huge-embed-dim":
        return _run_dir(tmp_path, {"embed_dim": 1_000_000, "num_heads": 2}), "config.yaml"
    if kind == "huge-parameter-estimate":
        return _run_dir(tmp_path, {"embed_dim": 1024, "num_encoder_layers": 24, "feedforward_hidden": 8192}), \
            "config.yaml"
    if kind == "option-infinite":
        return _run_dir(tmp_path, config_text=OmegaConf.to_yaml(OmegaConf.create(POMO)).replace(
            "embed_dim: 16", "embed_dim: .inf")), "config.yaml"
    if kind == "option-wrong-type":
        return _run_dir(tmp_path, {"num_heads": "two"}), "config.yaml"
    if kind == "bad-problem":
        return _run_dir(tmp_path, problem="pwn"), "config.yaml"
    if kind == "config-not-yaml":
        return _run_dir(tmp_path, config_text="model: {policy: [unclosed\n"), "config.yaml"
    if kind == "config-empty":
        return _run_dir(tmp_path, config_text=""), "config.yaml"
    if kind == "config-binary":
        return _run_dir(tmp_path, config_text=b"model: \xff\xfe\x00\x01\n"), "config.yaml"
    if kind == "config-bad-interpolation":
        return _run_dir(tmp_path, {"embed_dim": "${nowhere.to.be.found}"}), "config.yaml"
    if kind == "ckpt-pickled-object":
        return _run_dir(tmp_path, state={"state_dict": {"policy.w": Plant(marker)}}), "best.ckpt"
    if kind == "ckpt-text":
        return _run_dir(tmp_path, state=b"epoch: 3\n"), "best.ckpt"
    if kind == "ckpt-empty":
        return _run_dir(tmp_path, state=b""), "best.ckpt"
    if kind == "ckpt-no-state-dict":
        return _run_dir(tmp_path, state={"epoch": 1}), "best.ckpt"
    if kind == "ckpt-no-policy-weights":
        return _run_dir(tmp_path, state={"state_dict": {"baseline.w": torch.zeros(2)}}), "best.ckpt"
    if kind == "ckpt-wrong-shape":
        state = {"state_dict": {"policy.encoder.init_embedding.init_embed.weight": torch.zeros(5, 5)}}
        return _run_dir(tmp_path, state=state), "best.ckpt"
    raise AssertionError(kind)


LIGHTNING_KINDS = ["target-torch-load", "target-os-system", "nested-target", "hydra-partial-key", "huge-embed-dim",
                   "huge-parameter-estimate", "option-infinite", "option-wrong-type", "bad-problem", "config-not-yaml",
                   "config-empty",
                   "config-binary", "config-bad-interpolation", "ckpt-pickled-object", "ckpt-text", "ckpt-empty",
                   "ckpt-no-state-dict", "ckpt-no-policy-weights", "ckpt-wrong-shape"]


@pytest.mark.parametrize("kind", LIGHTNING_KINDS, ids=[f"lightning-{k}" for k in LIGHTNING_KINDS])
def test_hostile_lightning_run(tmp_path, capsys, marker, small_testset, kind):
    run, name = _lightning_case(kind, tmp_path, marker)
    run_cli(["eval", "--checkpoint", "acvrp", "--test-set", small_testset, "--augment", "1", "--num-starts", "2",
             "--baselines", f"lightning:{run}"], capsys, marker, [name])


@pytest.mark.slow
def test_config_naming_code_is_refused_in_a_fresh_process(tmp_path, small_testset):
    """The same through a real ``nco`` process: exit 2, one line, no marker."""
    marker = tmp_path / "PWNED"
    run, _ = _lightning_case("target-torch-load", tmp_path, marker)
    proc = subprocess.run([sys.executable, "-m", "nco.cli", "eval", "--checkpoint", "acvrp", "--test-set",
                           str(small_testset), "--baselines", f"lightning:{run}"], capture_output=True, text=True,
                          timeout=300)
    assert proc.returncode == 2 and not marker.exists()
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("nco: error: ") and "torch.load" in proc.stderr


# -- city files (nco data stats --cities DIR) ---------------------------------------------
def _city_case(kind, folder: Path, marker: Path) -> Path:
    path = folder / "X" / "X_data.npz"
    good = good_city()
    if kind == "object-array":
        npz(path, dict(good, distance=objects(marker)))
    elif kind == "object-points":
        pts = np.empty((3, 2), dtype=object)
        pts[:] = Plant(marker)
        npz(path, dict(good, points=pts))
    elif kind in ("truncated", "empty", "text", "bit-flip"):
        npz(path, good)
        blob = path.read_bytes()
        if kind == "truncated":
            path.write_bytes(blob[: len(blob) - 40])
        elif kind == "empty":
            path.write_bytes(b"")
        elif kind == "text":
            path.write_text("distance,duration\n1,2\n")
        else:
            flip_byte(path, 0.3)
    elif kind == "huge-shape":
        npz(path, dict(good, distance=npy("<f8", (10**6, 10**6))))
    elif kind == "huge-header":
        npz(path, dict(good, distance=npy("<f8", (3, 3), np.zeros(9).tobytes(), pad=20_000)))
    elif kind == "compressed-bomb":
        zeros_member(path, "distance", (3000, 3000), {"duration": good["duration"], "points": good["points"]})
        assert path.stat().st_size < 200_000
    elif kind == "header-declares-more-than-stored":
        npz(path, dict(good, distance=npy("<f8", (3, 3), np.zeros(2).tobytes())), compress=False)
    elif kind == "unknown-npy-version":
        npz(path, dict(good, distance=npy("<f8", (3, 3), np.zeros(9).tobytes()).replace(b"NUMPY\x01", b"NUMPY\x07")))
    elif kind == "complex-dtype":
        npz(path, dict(good, distance=good["distance"].astype(complex)))
    elif kind == "thousands-of-members":
        npz(path, dict(good, **{f"m{i}": b"" for i in range(5000)}), compress=False)
    elif kind == "bool-dtype":
        npz(path, dict(good, duration=good["duration"] > 1))
    elif kind == "structured-dtype":
        npz(path, dict(good, points=np.zeros(3, dtype=[("lat", "f8"), ("lon", "f8")])))
    elif kind == "text-dtype":
        npz(path, dict(good, distance=good["distance"].astype(str)))
    elif kind == "float128-dtype":
        npz(path, dict(good, distance=npy("<f16", (3, 3), bytes(16 * 9))))
    elif kind == "three-dimensions":
        npz(path, dict(good, distance=np.zeros((3, 3, 1))))
    elif kind == "shapes-disagree":
        npz(path, dict(good, points=np.zeros((4, 2))))
    elif kind == "nan-entry":
        d = good["distance"].copy()
        d[0, 2] = np.nan
        npz(path, dict(good, distance=d))
    elif kind == "missing-array":
        npz(path, {"distance": good["distance"], "points": good["points"]})
    elif kind in ("checksum-mismatch", "meta-not-json", "meta-bad-digest", "meta-huge-integer"):
        city = C.CityMatrix("X", **good)
        C.write_city(city, folder)
        meta = path.with_name("X_meta.json")
        if kind == "checksum-mismatch":
            npz(path, dict(good, distance=good["distance"] * 3))
        elif kind == "meta-not-json":
            meta.write_text(meta.read_text()[:25])
        elif kind == "meta-huge-integer":
            meta.write_text('{"n_points": ' + "9" * 5000 + "}")
        else:
            meta.write_text(json.dumps(dict(json.loads(meta.read_text()), sha256=["a"])))
    else:
        raise AssertionError(kind)
    return path


CITY_KINDS = ["object-array", "object-points", "truncated", "empty", "text", "bit-flip", "huge-shape", "huge-header",
              "compressed-bomb",
              "header-declares-more-than-stored", "unknown-npy-version", "complex-dtype", "thousands-of-members", "bool-dtype",
              "structured-dtype", "text-dtype", "float128-dtype", "three-dimensions", "shapes-disagree", "nan-entry",
              "missing-array", "checksum-mismatch", "meta-not-json", "meta-bad-digest", "meta-huge-integer"]


@pytest.mark.parametrize("kind", CITY_KINDS, ids=[f"city-{k}" for k in CITY_KINDS])
def test_hostile_city_file(tmp_path, capsys, marker, kind):
    path = _city_case(kind, tmp_path / "cities", marker)
    run_cli(["data", "stats", "--cities", tmp_path / "cities"], capsys, marker, [path.name, "X_meta.json"])


@pytest.mark.parametrize("kind", ["object-array", "truncated", "checksum-mismatch"],
                         ids=["cache-object-array", "cache-truncated", "cache-checksum-mismatch"])
def test_hostile_city_cache_of_a_foreign_city(tmp_path, marker, kind):
    """A damaged cached city that cannot be rebuilt: one error that says to rebuild."""
    _city_case(kind, tmp_path, marker)
    rc = guard(lambda: C.city_matrices("X", cache_dir=tmp_path))
    assert rc == 2 and not marker.exists()


# -- test sets (nco data stats --testsets DIR, nco eval --test-set FILE) -------------------
def _testset_case(kind, folder: Path, source: Path, marker: Path) -> Path:
    from nco.data.testsets import FORMAT_VERSION
    from nco.fsio import sha256_file

    path = folder / "acvrp_n50_seed1_test_cities.npz"
    folder.mkdir(parents=True, exist_ok=True)
    with np.load(source) as f:
        arrays = {k: f[k] for k in f.files}
    if kind == "object-reference":
        ref = np.empty(1, dtype=object)
        ref[0] = Plant(marker)
        npz(path, dict(arrays, reference_cost=ref))
    elif kind == "object-distance":
        npz(path, dict(arrays, distance_matrix=objects(marker, 51)[None]))
    elif kind == "truncated":
        shutil.copy(source, path)
        path.write_bytes(path.read_bytes()[:-100])
    elif kind == "huge-reference":
        npz(path, dict(arrays, reference_cost=npy("<f8", (10**10,))))
    elif kind == "complex-reference":
        npz(path, dict(arrays, reference_cost=np.array([1 + 2j])))
    elif kind in ("checksum-mismatch", "meta-not-json", "meta-version"):
        shutil.copy(source, path)
        meta = {"format_version": FORMAT_VERSION, "sha256": sha256_file(path), "cities": ["x"]}
        npz(path, dict(arrays, reference_cost=np.array([1.0])))
        text = json.dumps(meta)
        if kind == "meta-not-json":
            text = text[:20]
        elif kind == "meta-version":
            text = json.dumps(dict(meta, format_version=42))
        path.with_suffix(".json").write_text(text)
    else:
        raise AssertionError(kind)
    return path


TESTSET_KINDS = ["object-reference", "object-distance", "truncated", "huge-reference", "complex-reference",
                 "checksum-mismatch", "meta-not-json", "meta-version"]


@pytest.mark.parametrize("kind", TESTSET_KINDS, ids=[f"testset-stats-{k}" for k in TESTSET_KINDS])
def test_hostile_test_set_in_stats(tmp_path, capsys, marker, small_testset, kind):
    path = _testset_case(kind, tmp_path / "sets", small_testset, marker)
    C.write_city(C.CityMatrix("Y", **good_city()), tmp_path / "cities")
    run_cli(["data", "stats", "--cities", tmp_path / "cities", "--testsets", tmp_path / "sets"], capsys, marker,
            [path.name, path.with_suffix(".json").name])


@pytest.mark.parametrize("kind", TESTSET_KINDS, ids=[f"testset-eval-{k}" for k in TESTSET_KINDS])
def test_hostile_test_set_in_eval(tmp_path, capsys, marker, small_testset, kind):
    path = _testset_case(kind, tmp_path / "sets", small_testset, marker)
    run_cli(["eval", "--checkpoint", "acvrp", "--test-set", path, "--augment", "1", "--num-starts", "2"], capsys,
            marker, [path.name, path.with_suffix(".json").name])


# -- CCN weights and recipe (nco.routes.train.load_checkpoint) ----------------------------
def _ccn_case(kind, folder: Path, marker: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ccn.pt"
    shutil.copy(CCN_DIR / "ccn.pt", path)
    shutil.copy(CCN_DIR / "ccn.json", folder / "ccn.json")
    recipe = json.loads((folder / "ccn.json").read_text())
    state = torch.load(path, weights_only=True)
    if kind == "pickled-object":
        torch.save(dict(state, extra=Plant(marker)), path)
    elif kind == "raw-pickle":
        path.write_bytes(pickle.dumps(Plant(marker)))
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "text":
        path.write_text("weights\n")
    elif kind == "truncated":
        path.write_bytes(path.read_bytes()[:5000])
    elif kind == "not-a-state-dict":
        torch.save([torch.zeros(2)], path)
    elif kind == "wrong-shape":
        key = next(iter(state))
        torch.save(dict(state, **{key: torch.zeros(7, 7)}), path)
    elif kind == "huge-width":
        recipe["config"]["d"] = 10**6
    elif kind == "huge-blocks":
        recipe["config"]["blocks"] = 10**5
    elif kind == "config-names-code":
        recipe["config"]["_target_"] = "os.system"
    elif kind == "config-missing":
        del recipe["config"]
    elif kind == "comp-fields-out-of-range":
        recipe["config"]["comp_fields"] = [99] * len(recipe["config"]["comp_fields"])
    elif kind == "feature-count-mismatch":
        recipe["config"]["route_dim"] = 5
    elif kind == "dropout-nan":
        recipe["config"]["dropout"] = float("nan")
    elif kind == "recipe-huge-integer":
        (folder / "ccn.json").write_text('{"config": {"d": ' + "9" * 5000 + "}}")
        return path
    elif kind == "recipe-not-json":
        (folder / "ccn.json").write_text("{")
        return path
    else:
        raise AssertionError(kind)
    (folder / "ccn.json").write_text(json.dumps(recipe))
    return path


CCN_KINDS = ["pickled-object", "raw-pickle", "empty", "text", "truncated", "not-a-state-dict", "wrong-shape",
             "huge-width", "huge-blocks", "config-names-code", "config-missing", "comp-fields-out-of-range",
             "feature-count-mismatch", "dropout-nan", "recipe-huge-integer", "recipe-not-json"]


@pytest.mark.parametrize("kind", CCN_KINDS, ids=[f"ccn-{k}" for k in CCN_KINDS])
def test_hostile_ccn_checkpoint(tmp_path, capsys, marker, kind):
    from nco.routes.train import load_checkpoint

    path = _ccn_case(kind, tmp_path / "ccn", marker)
    run_guarded(lambda: load_checkpoint(path), capsys, marker, ["ccn.pt", "ccn.json"])


# -- choice data (nco.routes.simulator.ChoiceData.load) -----------------------------------
def _choice_arrays(m=2, n=3):
    from nco.routes.features import COMPARISON_FIELDS, FIELDS, ROUTE_FIELDS, SCENE_FIELDS

    return dict(route=np.zeros((m, n, len(ROUTE_FIELDS)), np.float32),
                scene=np.zeros((m, len(SCENE_FIELDS)), np.float32),
                comp=np.zeros((m, n, n, len(COMPARISON_FIELDS)), np.float32), mask=np.ones((m, n), bool),
                choice=np.zeros(m, np.int64), group=np.array(["a"] * m),
                utility=np.zeros((m, n), np.float32), field_utility=np.zeros((m, n, len(FIELDS)), np.float32))


def _choice_case(kind, path: Path, marker: Path) -> Path:
    a = _choice_arrays()
    if kind == "object-group":
        g = np.empty(2, dtype=object)
        g[:] = Plant(marker)
        npz(path, dict(a, group=g))
    elif kind == "float-mask":
        npz(path, dict(a, mask=a["mask"].astype(float)))
    elif kind == "truncated":
        npz(path, a)
        path.write_bytes(path.read_bytes()[:-50])
    elif kind == "shapes-disagree":
        npz(path, dict(a, comp=a["comp"][:, :2]))
    elif kind == "choice-out-of-range":
        npz(path, dict(a, choice=np.array([0, 9])))
    elif kind == "huge-shape":
        npz(path, dict(a, comp=npy("<f4", (10**5, 100, 100, 19))))
    elif kind == "huge-text-item":
        npz(path, dict(a, group=npy("<U100000000", (2,))))
    else:
        raise AssertionError(kind)
    return path


CHOICE_KINDS = ["object-group", "float-mask", "truncated", "shapes-disagree", "choice-out-of-range", "huge-shape",
                "huge-text-item"]


@pytest.mark.parametrize("kind", CHOICE_KINDS, ids=[f"choices-{k}" for k in CHOICE_KINDS])
def test_hostile_choice_data(tmp_path, capsys, marker, kind):
    from nco.routes.simulator import ChoiceData

    path = _choice_case(kind, tmp_path / "choices.npz", marker)
    run_guarded(lambda: ChoiceData.load(path), capsys, marker, [path.name])


def test_damaged_choice_cache_is_simulated_again(tmp_path, monkeypatch, marker):
    from nco.routes import train
    from nco.routes.simulator import ChoiceData

    fresh = ChoiceData(**{k: v for k, v in _choice_arrays().items()})
    calls = []
    monkeypatch.setattr(train, "simulate_city", lambda *a, **k: calls.append(1) or fresh)
    _choice_case("object-group", tmp_path / "munich_2_0.npz", marker)
    data = train.choice_data("munich", 2, 0, cache_dir=tmp_path, progress=False)
    assert calls == [1] and len(data) == 2 and not marker.exists()
    ChoiceData.load(tmp_path / "munich_2_0.npz")  # the cache now holds the fresh data


# -- nco.npzsafe itself --------------------------------------------------------------------
def test_load_npz_reads_only_what_is_asked(tmp_path, marker):
    from nco.npzsafe import load_npz

    path = npz(tmp_path / "a.npz", {"x": np.asfortranarray(np.arange(6.0).reshape(2, 3)),
                                    "big_endian": np.arange(4, dtype=">i4"), "flag": np.array([True, False]),
                                    "label": np.array(["a", "bc"]), "junk": objects(marker)})
    got = load_npz(path, {"x": ("f", 2), "big_endian": ("i", 1), "flag": ("b", 1), "label": ("U", 1),
                          "absent": ("f", 1)}, max_elements=100, required=["x"])
    assert sorted(got) == ["big_endian", "flag", "label", "x"]  # "junk" is never read
    np.testing.assert_array_equal(got["x"], np.arange(6.0).reshape(2, 3))
    np.testing.assert_array_equal(got["big_endian"], np.arange(4))
    assert got["flag"].tolist() == [True, False] and got["label"].tolist() == ["a", "bc"]
    assert not marker.exists()


def test_load_npz_limits(tmp_path):
    from nco.errors import InputError
    from nco.npzsafe import load_npz, npz_headers

    path = npz(tmp_path / "a.npz", {"x": np.zeros((4, 5)), "y": np.zeros(3), "huge": npy("<f8", (10**9, 10**3))})
    assert load_npz(path, {"x": ("f", 2), "y": ("f", 1)}, max_elements=23)["x"].shape == (4, 5)
    with pytest.raises(InputError, match="23 elements, above the maximum of 22"):
        load_npz(path, {"x": ("f", 2), "y": ("f", 1)}, max_elements=22)
    # headers alone, no data read; a header declaring more than is stored is refused
    assert npz_headers(path, {"x": ("f", 2)}) == {"x": ((4, 5), np.dtype("f8"))}
    for fn in (lambda: npz_headers(path, {"huge": ("f", 2)}), lambda: load_npz(path, {"huge": ("f", 2)}, 10**8)):
        with pytest.raises(InputError, match="8000000000128"):
            fn()
    with pytest.raises(InputError, match=r"a.npz: input: missing array\(s\) z"):
        load_npz(path, {"z": ("f", 1)}, max_elements=10)
    with pytest.raises(InputError, match="expected kind integer"):
        load_npz(path, {"x": ("iu", 2)}, max_elements=100)
