"""Bundled data (installed as ``nco.bundled``): benchmark instances, OpenStreetMap
extracts, prompts and test-set recipes; see ``README.md`` in this folder."""
