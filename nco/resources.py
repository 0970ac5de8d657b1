"""Where nco finds what it ships and where it keeps what it builds.

Nothing here depends on the working folder or on a source checkout: an
installed wheel and a clone behave the same.

- **Bundled data** (read-only): the package ``nco.bundled`` (the folder
  ``data/`` of the repository): benchmark instances with best-known costs,
  OpenStreetMap extracts, the planner's prompts and the recipes of the
  real-city test sets.  ``$NCO_DATA`` points nco at another folder of the
  same layout.
- **Configurations**: the package ``nco.configs`` (``configs/``): training
  experiments and benchmark suites.
- **Cache** (writable, per user): ``$NCO_CACHE``, else
  ``$XDG_CACHE_HOME/nco``, else ``~/.cache/nco``.  City matrices, test-set
  instances drawn from their recipes, points of interest and simulated
  route choices live there; deleting it only costs the time to build them
  again.
"""

from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path


def data_dir() -> Path:
    """The bundled data folder (``$NCO_DATA`` when set)."""
    env = os.environ.get("NCO_DATA")
    return Path(env) if env else Path(str(files("nco.bundled")))


def data(*parts: str) -> Path:
    """A path inside the bundled data folder, e.g. ``data("bench", "BKS.csv")``."""
    return data_dir().joinpath(*parts)


def config_dir() -> Path:
    """The bundled configuration folder (``train.yaml``, ``bench/``, ...)."""
    return Path(str(files("nco.configs")))


def cache_dir(*parts: str) -> Path:
    """A path inside the user's cache folder (not created here)."""
    env = os.environ.get("NCO_CACHE")
    if env:
        root = Path(env)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        root = (Path(xdg) if xdg else Path.home() / ".cache") / "nco"
    return root.joinpath(*parts)
