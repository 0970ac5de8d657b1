"""Node embeddings shared by training and evaluation of rl4co baselines."""

from __future__ import annotations


def rl4co_vrptw_init_embedding(embed_dim: int):
    """rl4co's ``cvrptw`` node embedding (x, y, demand, window, service time) for
    :class:`nco.envs.acvrptw.ACVRPTWEnv`, which names the service times
    ``service_time`` where rl4co reads ``durations``.  Used by ``model=pomo_tw``."""
    from rl4co.models.nn.env_embeddings.init import VRPTWInitEmbedding

    class ServiceTimeVRPTWInit(VRPTWInitEmbedding):
        def forward(self, td):
            return super().forward(td.clone(False).set("durations", td["service_time"]))

    return ServiceTimeVRPTWInit(embed_dim)
