"""The progress-bar class of the package: ``tqdm.auto.tqdm``, imported without its notebook warning.

Inside Jupyter, ``tqdm.auto`` picks the notebook widget; when ipywidgets is
not installed it warns (``TqdmWarning: IProgress not found``) and falls back
to the text bar, which is what a bar of this package should do there.  The
warning is filtered for that one import, so :data:`tqdm` falls back
silently.  Importing this module before rl4co keeps rl4co quiet too
(``rl4co.envs`` imports ``tqdm.auto`` through ``robust_downloader``): the
module is imported once, the warning only on that first import.
"""

from __future__ import annotations

import warnings

from tqdm import TqdmWarning

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="IProgress not found", category=TqdmWarning)
    from tqdm.auto import tqdm

__all__ = ["tqdm"]
