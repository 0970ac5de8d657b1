"""Learned second readings: which mentions are visits, which clock time is the start and which the deadline,
whether the place read as the end is one.

The rules of :mod:`~nco.planner.offline.tasks` decide for every mention of a
kind of place whether the prompt asks to go there ("a pharmacy") or says it
as context ("we had lunch at a café yesterday"), and those of
:mod:`~nco.planner.offline.times` which clock time is the start, which the
deadline and which a visit's or someone else's.  Rules read the ways of
speaking they were written from; this module adds logistic regressions over
the words around a mention or a time, the mention or time itself and the
rule's own reading, trained on the rules' readings of the labelled prompt
sets at the time each set arrived (``benchmarks/train_readers.py``).  They
override the rules only where they are confident:

- visits: a mention the rules kept is dropped when its probability of being
  a visit is below ``drop_below`` (one they dropped is kept above
  ``keep_above``);
- times: the time most likely the start (or the deadline) takes that role
  when its probability is above ``take_above`` and the time the rules chose
  is below ``leave_below``;
- end places: the end the rules read is dropped (the trip ends where it
  starts) when its probability of being one is below ``drop_below``.

Every override is named in the plan's notes.  The models are JSON files of
feature weights (``data/visit_reader.json``, ``time_reader.json``, ``end_reader.json``):
nothing is unpickled, and a reading is plain Python (a sum of weights).
scikit-learn fits them; a hand-written regression would do no more.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache

from nco import resources
from nco.errors import InputError
from nco.fsio import read_bytes
from nco.planner.offline.lexicon import as_many_said
from nco.planner.offline.text import Prompt, clause_of, sentence_bounds

#: the bundled models
VISITS_FILE = "visit_reader.json"
TIMES_FILE = "time_reader.json"
ENDS_FILE = "end_reader.json"
#: the roles a clock time can take in the second reading of times (any other is "other")
ROLES = ("start", "deadline")
#: per model: its thresholds, and the parts that hold an intercept and weights (``None``: the model itself)
_SHAPES = {VISITS_FILE: (("keep_above", "drop_below"), (None,)), TIMES_FILE: (("take_above", "leave_below"), ROLES),
           ENDS_FILE: (("drop_below",), (None,))}
#: the notes of the rules and of the learned readings that a later reading takes back
DEADLINE_NOTE = "read as the deadline by the learned reader"
_WORD = re.compile(r"[^\W\d_]+|\d+|[?!]")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _around(low: str, before: list[str], after: list[str], sa: int, sb: int) -> list[str]:
    """The features of the words ``before`` and ``after`` a phrase in its sentence ``[sa, sb)`` of ``low``, and of
    where the sentence stands."""
    out = [f"b{i}={w}" for i, w in enumerate(reversed(before[-3:]), 1)]
    out += ["b12=" + "_".join(before[-2:])] if len(before) >= 2 else []
    out += [f"a{i}={w}" for i, w in enumerate(after[:2], 1)]
    out += ["bw=" + w for w in set(before)] + ["aw=" + w for w in set(after)]
    out.append("first_sentence" if sa <= 1 else "later_sentence")
    out.append("last_sentence" if sb >= len(low.rstrip(" .!?")) else "not_last_sentence")
    return out


def features(p: Prompt, x, mentions: list) -> list[str]:
    """The features of mention ``x`` (a :class:`~nco.planner.offline.tasks.Mention`) among ``mentions`` in
    ``p``: the rule's reason (``x.why``, ``None`` when the rules keep it), the mention's word, kind and form,
    the words before and after it in its sentence and clause, and where the sentence stands in the prompt."""
    low = p.low
    n_mentions = len(mentions)
    sa, sb = sentence_bounds(low, x.start)
    ca, cb = clause_of(low, x.start)
    before = _words(low[sa:x.start])[-6:]
    after = _words(low[x.end:sb])[:5]
    out = ["rule=" + (x.why or "keep"), "word=" + x.word.strip().lower(), "cat=" + x.category,
           "tagged" if x.tag else "lexicon", "named" if x.name else "unnamed", f"count={min(x.count, 3)}",
           f"mentions={min(n_mentions, 6)}", "lang=" + p.lang]
    out += _around(low, before, after, sa, sb)
    out += ["cw=" + w for w in set(_words(low[ca:cb])) - set(before) - set(after)]
    if "?" in low[x.end:sb + 1]:
        out.append("question")
    if re.search(r"\d", low[sa:sb]):
        out.append("sentence_has_number")
    if p.start_end >= 0 and x.start < p.start_end + 40 and x.start > p.start_end:
        out.append("near_start_place")
    return out


@lru_cache(maxsize=4)
def load_model(name: str = VISITS_FILE) -> dict | None:
    """A bundled model (``None`` when its file is absent: the rules decide alone)."""
    path = resources.data(name)
    if not path.exists():
        return None
    try:
        model = json.loads(read_bytes(path, "learned reader", max_bytes=8 << 20))
    except ValueError as exc:
        raise InputError(f"learned reader: not JSON ({exc})", path=str(path)) from None
    thresholds, parts = _SHAPES[name]
    _numbers(model, thresholds, str(path))
    for part in parts:
        _checked(model.get(part) if part else model, str(path))
    return model


def _numbers(model, keys: tuple[str, ...], path: str) -> dict:
    if not isinstance(model, dict) or not all(_number(model.get(k)) for k in keys):
        raise InputError(f"learned reader: needs numeric {', '.join(map(repr, keys))}", path=path)
    return model


def _number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _checked(model, path: str) -> dict:
    """``model`` if it has a numeric intercept and weights (an :class:`InputError` otherwise)."""
    weights = model.get("weights") if isinstance(model, dict) and _number(model.get("intercept")) else None
    if not isinstance(weights, dict) or not all(_number(w) for w in weights.values()):
        raise InputError("learned reader: needs a numeric 'intercept' and 'weights'", path=path)
    return model


def probability(model: dict, feats: list[str]) -> float:
    """The model's probability of its class (a visit, a start time, a deadline) for ``feats``."""
    w = model["weights"]
    z = model["intercept"] + sum(w.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def no_visit_note(phrase: str, why: str) -> str:
    """The note the rules give a mention they read as no visit (taken back when the model keeps it)."""
    return f"'{phrase}' {why}: no visit of its own"


#: a word that orders visits, as the languages read are rewritten ("abans de", "erst nach", "først")
_ORDER_WORD = re.compile(r"\b(?:before|after|first|afterwards|beforehand)\b")


def open_to_second_reading(x, mentions: list, low: str) -> bool:
    """Whether the model may overrule the rules on ``x`` in the prompt ``low``: not on a reference ("after
    lunch"), nor in a sentence that asks for as many as possible (the rules read the counts: "Pub crawl - as many
    pubs as we can manage"), nor on a kind said twice where the rules dropped one mention, one refers to another
    or a sentence of one orders visits: there the rules' choice of which mention is the visit carries the order
    ("the cinema before the bar", "the bar only after the cinema", a circular order) and the counts ("as many
    fountains as we can, they love fountains").  Where the rules kept each mention of a kind as a visit of its
    own, the model may drop one ("a café for breakfast ... later a coffee in a café")."""
    if x.ref is not None or as_many_said(low, *sentence_bounds(low, x.start)) or _with_own_time(low, x) \
            or _saved_for_last(low, x):
        return False
    same = [y for y in mentions if y is not x and (y.category, y.tag) == (x.category, x.tag)]
    return not same or (x.why is None and all(y.why is None and y.ref is None for y in same)
                        and not any(_orders(low, y.start) for y in [x, *same]))


#: a clock time that opens the clause or line of a visit, after a list's mark ("• 11:00 rondleiding Jüdisches Museum",
#: "14:00 fryzjer (umówiony)"; the lines of a list are joined with commas by then): the visit's own time in a day's
#: schedule
_LINE_TIME = re.compile(r"(?:^|\n|[,;:]\s)[\s\-–—•*·>]*(?:at\s+)?\d{1,2}:\d{2}\s+(?:[^\W\d_]+\s+){0,4}$")


def _with_own_time(low: str, x) -> bool:
    """Whether ``x`` is a visit of a day's schedule, at a time of its own: planned, not said in passing, so the
    rules' reading of it stands."""
    return _LINE_TIME.search(low, max(0, clause_of(low, x.start)[0] - 2), x.start) is not None


#: a visit kept for the end of the day ("save the beer for last", "keep the ice cream till the end")
_SAVE = re.compile(r"\b(?:save|keep|leave)\s+(?:the|a|an|my|our)?\s*$")
_FOR_LAST = re.compile(r"\s+(?:for|till|until|to)\s+(?:the\s+)?(?:last|end)\b")


def _saved_for_last(low: str, x) -> bool:
    """Whether ``x`` is said as the visit kept for the end ("save the beer for last"): planned, not in passing."""
    return _SAVE.search(low, max(0, x.start - 12), x.start) is not None and _FOR_LAST.match(low, x.end) is not None


def _orders(low: str, at: int) -> bool:
    """Whether the sentence of ``low`` at ``at`` says one visit comes before or after another."""
    return _ORDER_WORD.search(low, *sentence_bounds(low, at)) is not None


def second_reading(p: Prompt, candidates: list, kept: list) -> list:
    """The visits after the model's second reading of the rules' choice ``kept`` among ``candidates``
    (each with its rule reason in ``x.why``), where :func:`open_to_second_reading`; the last visit is never
    dropped."""
    model = load_model(VISITS_FILE)
    if model is None:
        return kept
    chosen = {id(x) for x in kept}
    for x in candidates:
        if not open_to_second_reading(x, candidates, p.low):
            continue
        prob = probability(model, features(p, x, candidates))
        phrase = p.text[x.start:x.end]
        if id(x) not in chosen and prob > model["keep_above"]:
            chosen.add(id(x))
            p.notes = [n for n in p.notes if n != no_visit_note(phrase, x.why)]
            p.notes.append(f"'{phrase}' read as a visit by the learned reader ({prob:.2f}), though it {x.why}")
        elif id(x) in chosen and prob < model["drop_below"] and len(chosen) > 1:
            chosen.discard(id(x))
            p.notes.append(f"'{phrase}' read as said in passing by the learned reader ({prob:.2f}): no visit of "
                           f"its own")
    return [x for x in candidates if id(x) in chosen]


def rule_roles(said: list, start: int | None, deadline: int | None, events=()) -> list[str]:
    """The role the rules gave each clock time ``(start, end, minutes, ambiguous)`` of ``said``: the first time
    equal to the start (or twelve hours off it: the half of the day may be mended later) is "start", the first
    other one equal to the deadline is "deadline", one said at a position of ``events`` (a visit's time) is
    "event", the others "other"."""
    roles = ["event" if t[0] in events else "other" for t in said]
    for role, value in (("start", start), ("deadline", deadline)):
        i = next((i for i, t in enumerate(said) if value is not None and roles[i] in ("other", "event")
                  and (t[2] - value) % (12 * 60) == 0), None)
        if i is not None:
            roles[i] = role
    return roles


def time_features(p: Prompt, said: list, i: int, roles: list[str]) -> list[str]:
    """The features of clock time ``said[i]`` in ``p``: the rules' role for it, its hour, its place among the
    times said, the words before and after it in its sentence, and where the sentence stands."""
    a, b, v, ambiguous = said[i]
    low = p.low
    sa, sb = sentence_bounds(low, a)
    before, after = _words(low[sa:a])[-6:], _words(low[b:sb])[:4]
    values = [t[2] for t in said]
    out = ["rule=" + roles[i], f"hour={v // 60}", "ambiguous" if ambiguous else "exact", "lang=" + p.lang,
           f"said={min(len(said), 4)}", "first_time" if i == 0 else "later_time",
           "last_time" if i == len(said) - 1 else "not_last_time"]
    out += ["earliest"] * (v == min(values)) + ["latest"] * (v == max(values))
    out += _around(low, before, after, sa, sb)
    return out


def second_reading_of_times(p: Prompt, out) -> None:
    """Mend the start and the deadline of ``out`` (:class:`~nco.planner.offline.times.Times`) where the model
    is confident another of the clock times said (``p.clock_times``) takes the role; a time the rules gave a role keeps it,
    and no deadline is added beside a time limit (one read later undoes it: :func:`learned_deadline_stands`)."""
    model, said = load_model(TIMES_FILE), p.clock_times
    if model is None or not said:
        return
    roles = rule_roles(said, out.start, out.deadline, {a for a, _ in p.event_times})
    for role in ROLES:
        if role == "deadline" and out.deadline is None and out.limit is not None:
            continue
        probs = [probability(model[role], time_features(p, said, i, roles)) for i in range(len(said))]
        best = max(range(len(said)), key=probs.__getitem__)
        ruled = roles.index(role) if role in roles else None
        if roles[best] in ROLES or probs[best] <= model["take_above"] or (
                ruled is not None and probs[ruled] >= model["leave_below"]):
            continue
        a, b, v, _ = said[best]
        if role == "start":
            out.start = v
        else:
            out.deadline, out.deadline_at, out.learned_deadline = v, a, True
        roles[best] = role
        if ruled is not None:
            roles[ruled] = "other"
        p.event_times = [e for e in p.event_times if e != (a, v)]
        what = "read as the start time by the learned reader" if role == "start" else DEADLINE_NOTE
        p.notes.append(f"'{p.text[a:b]}' {what} ({probs[best]:.2f})")


def learned_deadline_stands(p: Prompt, times, mentions: list) -> bool:
    """Whether the deadline stands; one of the learned reader is undone beside a time limit ("..., three
    hours") or when a visit is said after it ("10h • museum • 13h lunch • bookshop": 13h is lunch's time)."""
    if not times.learned_deadline or (times.limit is None and not any(
            x.ref is None and x.start > times.deadline_at for x in mentions)):
        return True
    times.deadline = times.deadline_at = None
    times.learned_deadline = False
    p.notes = [n for n in p.notes if DEADLINE_NOTE not in n]
    return False


def end_said_at(low: str, start: str | None, end: str | None) -> int:
    """Where the end place is said in ``low`` (its last mention), or -1: no end, not found, or the start (back at
    the start is no end place of its own, and no second reading)."""
    if not end or end.lower() == (start or "").lower():
        return -1
    return low.rfind(end.lower())


def end_features(p: Prompt, end: str, at: int, from_deadline: bool) -> list[str]:
    """The features of the end place ``end`` said at ``at`` in ``p``: how it was read (by an end cue or where
    the deadline is said), the words before and after it in its sentence, and where the sentence stands."""
    low = p.low
    sa, sb = sentence_bounds(low, at)
    before, after = _words(low[sa:at])[-6:], _words(low[at + len(end):sb])[:4]
    out = ["from_deadline" if from_deadline else "from_cue", "lang=" + p.lang, f"words={min(len(end.split()), 4)}"]
    out += _around(low, before, after, sa, sb)
    if "?" in low[at:sb + 1]:
        out.append("question")
    return out


def second_reading_of_end(p: Prompt, start: str | None, end: str | None, from_deadline: bool) -> str | None:
    """The end place after the model's second reading: ``None`` (the trip ends where it starts) where the model
    is confident the place the rules read as the end is not one."""
    model, at = load_model(ENDS_FILE), end_said_at(p.low, start, end)
    if model is None or at < 0:
        return end
    prob = probability(model, end_features(p, end, at, from_deadline))
    if prob >= model["drop_below"]:
        return end
    p.notes.append(f"'{end}' read as no end place by the learned reader ({prob:.2f}): the trip ends where it starts")
    return None
