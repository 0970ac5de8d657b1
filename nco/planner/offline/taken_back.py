"""Visits the writer takes back later in the prompt.

People change their mind while they type: "then the bakery. No, not the
bakery, there's bread left", "compras no supermercado. Esquece o
supermercado", "il parco giochi toglietelo", "la biblioteca oblida-la",
"Dropp baren", "Plus lunch somewhere. Hmm, forget lunch". The kind (or the
name) is said again with a word that takes it back, before it ("forget",
"skip", "pas", "esquece") or after it ("toglietelo", "oblida-la", "não").
Then neither mention is a visit: the one said first is what was taken back.

A word that takes a place back *as it is first said* ("a museum, skip it if
it rains") is the stage :mod:`~nco.planner.offline.tasks` reads ("advised
against"); this stage only pairs a later mention with the visit it cancels.
"""

from __future__ import annotations

import re

from nco.planner.offline import reader
from nco.planner.offline.text import NO_WORDS, Prompt, clause_of, sentence_bounds

#: a word that takes back the kind said right after it, in the ten languages as rewritten ("forget lunch", "skip the
#: museum", "pas la boulangerie", "esquece o supermercado", "olvida el mercado", "vergiss den Biergarten", "dropp
#: baren", "unohda kahvila", "laat de bakker maar")
_BEFORE = re.compile(
    r"\b(?:forget(?: about)?|skip|scratch|not|actually no|drop|ditch|cancel|no more|pas(?: de)?|plus de|laisse tomber|"
    r"laissez tomber|on annule|annule|annulez|esquece|esqueça|esqueçam|geen|inga|ingen|sin|sem|senza|ohne|sans|"
    r"esquecer|olvida|olvidad|olvídate de|oblida|oblideu|vergiss|vergesst|streich|streicht|kein|keine|keinen|"
    r"dropp|stryk|strunta i|skit i|glem|hoppa över|skippa|skippar|unohda|unohdetaan|laat|schrap|togli|togliete|"
    r"niente|lascia perdere|"
    r"lasciamo perdere)\s+(?:(?:the|a|an|la|le|les|l'|el|los|las|o|os|as|il|lo|der|die|das|den|dem|de|het|en|ett)"
    r"\s*)?$")
#: a word that takes back the kind said right before it ("il parco giochi toglietelo", "la biblioteca oblida-la",
#: "gelado não", "das Museum streichen wir", "a academia — esquece", "the zoo can wait")
_AFTER = re.compile(
    r"\s*(?:[,—–-]\s*)?(?:(?:" + NO_WORDS + r")\s*[,.;!—–-]|toglietel[oa]|togliamol[oa]|toglil[oa]|"
    r"lasciamo perdere|lascia perdere|lascial[oa]|oblida-l[ao]|oblida'l|oblidem-l[ao]|oblida-ho|esquece\b|"
    r"esqueçam\b|esquecemos|olvídal[oa]|olvidadl[oa]|forget it|skip it|drop it|scratch that|"
    r"(?:streichen|lassen|vergessen) wir|streicht|fällt weg|dropp(?:a|er|ar)? (?:vi|den|det)|stryker vi|"
    r"jätetään pois|unohdetaan|laten we|schrappen we|(?:kannst du|können wir|könnt ihr) (?:streichen|vergessen)|"
    r"(?:hat|haben|ist|sind) (?:\w+ ){0,3}(?:zu(?=\s*(?:[.,;!?]|$))|geschlossen\b)|"
    r"(?:can|kan|kann|peut|puede|pode|può|pot|voi) "
    r"(?:wait|vänta|warten|attendre|esperar|aspettare|odottaa|wachten))")


#: a word of no between a kind and the same kind said again in one run of speech
_SAID_NO = re.compile(r"\b(?:" + NO_WORDS + r")\b")


def taken_back(p: Prompt, kept: list) -> list:
    """``kept`` without the visits whose word the writer says again later with a word that takes it back."""
    gone = set()
    for x in sorted(kept, key=lambda m: m.start):
        found = (_taken_back_at(p.low, x) or _asked_and_refused(p.low, x)) if id(x) not in gone else None
        if found is None:
            continue
        at, cue = found
        gone |= {id(x)} | {id(y) for y in kept if y.start <= at < y.end}  # the mention that takes it back too
        p.notes.append(reader.no_visit_note(p.text[x.start:x.end], f"is taken back later ('{cue}')"))
    return [x for x in kept if id(x) not in gone]


def _taken_back_at(low: str, x) -> tuple[int, str] | None:
    """Where the word of ``x`` is taken back, said again after a first time in another clause, and that clause
    (``None``: nowhere).  The mention itself may be the one that takes back ("then the bakery. No, not the bakery":
    the word of refusal after the first one kept the second)."""
    word = low[x.start:x.end].strip(" .,;!?")
    if x.name and len(word.split()) > 1 and len(word.split()[0]) >= 4:
        word = word.split()[0]  # "a Torre dos Clérigos ... Esquece a torre"
    if len(word) < 3:
        return None
    said = list(re.finditer(r"(?<!\w)" + re.escape(word) + r"(?!\w)", low))
    first = clause_of(low, said[0].start(), wide=True)[1] if said else len(low)
    for m in said:
        if m.start() < max(first, x.start) and not _refused_in_one_run(low, x, m.start()):
            continue
        a, b = clause_of(low, m.start(), wide=True)
        if _BEFORE.search(low, a, m.start()) or _AFTER.match(low[:max(b, m.end() + 1)], m.end()):
            return m.start(), " ".join(low[a:b].split())[:60]
    return None


def _refused_in_one_run(low: str, x, at: int) -> bool:
    """Whether the word of ``x`` said again at ``at``, in the same run of speech, is refused there with a word of
    no before it ("aller à la plage non pas la plage plutôt la cathédrale")."""
    return at > x.end and _BEFORE.search(low, x.end, at) is not None and _SAID_NO.search(low, x.end, at) is not None


#: the sentence after a question answers it with no ("Mittags einkehren? Ach nee, doch nicht", "A museum? Nah, too
#: hot"), not "no problem" or "no idea"
_ANSWERED_NO = re.compile(r"\s*(?:(?:ah|ach|oh|hmm+|eh|well|na|bof|bah|mah)\W+)?(?:" + NO_WORDS + r"|doch nicht|forget it|"
                          r"never mind)\b(?!\s+(?:problem|worries|idea|matter|clue)\b)")


def _asked_and_refused(low: str, x) -> tuple[int, str] | None:
    """Where the writer answers no right after asking for ``x`` in a question of its own, and that answer."""
    a, b = sentence_bounds(low, x.start)
    if low[b:b + 1] != "?" or x.start < a or clause_of(low, x.start)[1] < b:
        return None  # only the visit the question ends with
    m = _ANSWERED_NO.match(low, b + 1)
    return (m.start(), " ".join(low[b + 1:sentence_bounds(low, b + 2)[1]].split())[:60]) if m else None
