"""Training and benchmark configurations (installed as ``nco.configs``)."""
