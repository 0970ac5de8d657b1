"""A learned second reading of which mentions are visits.

The rules of :mod:`~nco.planner.offline.tasks` decide for every mention of a
kind of place whether the prompt asks to go there ("a pharmacy") or says it
as context ("we had lunch at a café yesterday").  Rules read the ways of
speaking they were written from; this module adds a logistic regression over
the words around the mention, the mention itself and the rule's own reason,
trained on the labelled prompt sets (``benchmarks/train_visit_reader.py``).
It overrides the rules only where it is confident: it keeps a mention the
rules dropped when its probability of being a visit is above
``keep_above``, and drops one the rules kept when it is below
``drop_below``.  Every override is named in the plan's notes.

The model is a JSON file of feature weights (``data/visit_reader.json``):
nothing is unpickled, and the reader is plain Python (a sum of weights).
scikit-learn fits it; a hand-written regression would do no more.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache

from nco import resources
from nco.errors import InputError
from nco.fsio import read_bytes
from nco.planner.offline.text import Prompt, clause_of, sentence_bounds

#: the bundled model
MODEL_FILE = "visit_reader.json"
_WORD = re.compile(r"[^\W\d_]+|\d+|[?!]")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def features(p: Prompt, x, why: str | None, mentions: list) -> list[str]:
    """The features of mention ``x`` (a :class:`~nco.planner.offline.tasks.Mention`) among ``mentions`` in
    ``p``: the rule's reason (``why``, ``None`` when the rules keep it), the mention's word, kind and form,
    the words before and after it in its sentence and clause, and where the sentence stands in the prompt."""
    low = p.low
    n_mentions = len(mentions)
    sa, sb = sentence_bounds(low, x.start)
    ca, cb = clause_of(low, x.start)
    before = _words(low[sa:x.start])[-6:]
    after = _words(low[x.end:sb])[:5]
    out = ["rule=" + (why or "keep"), "word=" + x.word.strip().lower(), "cat=" + x.category,
           "tagged" if x.tag else "lexicon", "named" if x.name else "unnamed", f"count={min(x.count, 3)}",
           f"mentions={min(n_mentions, 6)}", "lang=" + p.lang]
    out += [f"b{i}={w}" for i, w in enumerate(reversed(before[-3:]), 1)]
    out += ["b12=" + "_".join(before[-2:])] if len(before) >= 2 else []
    out += [f"a{i}={w}" for i, w in enumerate(after[:2], 1)]
    out += ["bw=" + w for w in set(before)] + ["aw=" + w for w in set(after)]
    out += ["cw=" + w for w in set(_words(low[ca:cb])) - set(before) - set(after)]
    out.append("first_sentence" if sa <= 1 else "later_sentence")
    out.append("last_sentence" if sb >= len(low.rstrip(" .!?")) else "not_last_sentence")
    if "?" in low[x.end:sb + 1]:
        out.append("question")
    if re.search(r"\d", low[sa:sb]):
        out.append("sentence_has_number")
    if p.start_end >= 0 and x.start < p.start_end + 40 and x.start > p.start_end:
        out.append("near_start_place")
    return out


@lru_cache(maxsize=1)
def load_model() -> dict | None:
    """The bundled model (``None`` when the file is absent: the rules decide alone)."""
    path = resources.data(MODEL_FILE)
    if not path.exists():
        return None
    try:
        model = json.loads(read_bytes(path, "visit reader", max_bytes=8 << 20))
    except ValueError as exc:
        raise InputError(f"visit reader: not JSON ({exc})", path=str(path)) from None
    return _checked(model, str(path))


def _checked(model, path: str) -> dict:
    """``model`` if it has numeric thresholds, intercept and weights (an :class:`InputError` otherwise)."""
    number = (int, float)
    ok = isinstance(model, dict) and all(isinstance(model.get(k), number) and not isinstance(model.get(k), bool)
                                         for k in ("intercept", "keep_above", "drop_below"))
    weights = model.get("weights") if ok else None
    if not isinstance(weights, dict) or not all(isinstance(w, number) and math.isfinite(w) for w in weights.values()):
        raise InputError("visit reader: needs numeric 'intercept', 'keep_above', 'drop_below' and 'weights'",
                         path=path)
    return model


def probability(model: dict, feats: list[str]) -> float:
    """The model's probability that a mention with ``feats`` is a visit."""
    w = model["weights"]
    z = model["intercept"] + sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def open_to_second_reading(x, mentions: list) -> bool:
    """Whether the model may overrule the rules on ``x``: not on a reference ("after lunch"), nor on a
    kind said twice, where the rules' choice of which mention is the visit carries the order ("the
    cinema before the bar") and the counts ("as many fountains as we can, they love fountains")."""
    return x.ref is None and not any(y is not x and (y.category, y.tag) == (x.category, x.tag) for y in mentions)


def second_reading(p: Prompt, candidates: list, kept: list) -> list:
    """The visits after the model's second reading of the rules' choice ``kept`` among ``candidates``
    (each with its rule reason in ``x.why``), where :func:`open_to_second_reading`; the last visit is never
    dropped."""
    model = load_model()
    if model is None:
        return kept
    chosen = {id(x) for x in kept}
    for x in candidates:
        if not open_to_second_reading(x, candidates):
            continue
        prob = probability(model, features(p, x, x.why, candidates))
        phrase = p.text[x.start:x.end]
        if id(x) not in chosen and prob > model["keep_above"]:
            chosen.add(id(x))
            p.notes = [n for n in p.notes if n != f"'{phrase}' {x.why}: no visit of its own"]
            p.notes.append(f"'{phrase}' read as a visit by the learned reader ({prob:.2f}), though it {x.why}")
        elif id(x) in chosen and prob < model["drop_below"] and len(chosen) > 1:
            chosen.discard(id(x))
            p.notes.append(f"'{phrase}' read as said in passing by the learned reader ({prob:.2f}): no visit of "
                           f"its own")
    return [x for x in candidates if id(x) in chosen]
