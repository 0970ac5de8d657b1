"""Distances and headings between (lon, lat) positions on the Earth.

>>> from nco.geo import haversine, pairwise_km
>>> round(haversine(11.5660, 48.1390, 11.5850, 48.1330))
1560

Every great-circle distance in nco comes from :func:`haversine`: road
lengths, snapping gaps, straight-line trip distances and the straight-line
matrices of the city datasets.
"""

from __future__ import annotations

import math

import numpy as np

#: Mean Earth radius (IUGG), in metres.
EARTH_RADIUS_M = 6_371_008.8
#: Mean Earth radius (IUGG), in kilometres.
EARTH_RADIUS_KM = EARTH_RADIUS_M / 1000.0

_NUMBER = (float, int)
_MATH = (math.radians, math.sin, math.cos, math.asin, math.sqrt, min)
_NUMPY = (np.radians, np.sin, np.cos, np.arcsin, np.sqrt, np.minimum)


def haversine(lon0, lat0, lon1, lat1, radius: float = EARTH_RADIUS_M):
    """Great-circle distance from (lon0, lat0) to (lon1, lat1).

    Parameters
    ----------
    lon0, lat0, lon1, lat1
        Degrees; numbers or arrays that broadcast against each other.
    radius
        Radius of the sphere; the distance has its unit (default: the mean
        Earth radius in metres; :data:`EARTH_RADIUS_KM` gives kilometres).

    Returns
    -------
    float or numpy.ndarray
        A float when every position is a plain number, else an array of the
        broadcast shape.
    """
    scalar = (isinstance(lon0, _NUMBER) and isinstance(lat0, _NUMBER) and isinstance(lon1, _NUMBER)
              and isinstance(lat1, _NUMBER))
    radians, sin, cos, asin, sqrt, minimum = _MATH if scalar else _NUMPY
    p0, p1 = radians(lat0), radians(lat1)
    dl = radians(lon1 - lon0) if scalar else radians(lon1) - radians(lon0)
    a = sin((p1 - p0) / 2) ** 2 + cos(p0) * cos(p1) * sin(dl / 2) ** 2
    return 2 * radius * asin(sqrt(minimum(1.0, a)))


def pairwise_km(points: np.ndarray) -> np.ndarray:
    """Great-circle distances in km between all pairs of (lat, lon) rows.

    Parameters
    ----------
    points
        Array of shape (n, 2): latitude, then longitude, in degrees.

    Returns
    -------
    numpy.ndarray
        Array of shape (n, n); entry (i, j) is the distance from point i to
        point j.
    """
    lat, lon = points[:, 0], points[:, 1]
    return haversine(lon[None, :], lat[None, :], lon[:, None], lat[:, None], radius=EARTH_RADIUS_KM)


def bearing_deg(x0, y0, x1, y1):
    """Heading in degrees from (x0, y0) to (x1, y1), on a local flat approximation.

    Parameters
    ----------
    x0, y0, x1, y1
        Longitudes (x) and latitudes (y) in degrees; numbers or arrays.

    Returns
    -------
    numpy.ndarray
        ``0`` is north and ``90`` east; values lie in ``[-180, 180]``.
    """
    dx = (np.asarray(x1) - x0) * np.cos(np.radians((np.asarray(y0) + y1) / 2))
    dy = np.asarray(y1) - y0
    return np.degrees(np.arctan2(dx, dy))
