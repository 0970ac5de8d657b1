"""The nco HTTP service (``nco serve``): inline solves, durable jobs, trip plans.

:mod:`nco.service.core` holds the service without HTTP (slots, jobs,
plans); :mod:`nco.service.app` the FastAPI layer (needs the ``serve``
extra); :mod:`nco.service.store` the SQLite job table;
:mod:`nco.service.runner` the worker processes or Ray tasks that solve.
"""
