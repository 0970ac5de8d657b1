"""Constraints: the order of the visits ("then", "after lunch", "first", "in that order")."""

from __future__ import annotations

import os
import re

from nco.errors import InputError
from nco.planner.offline.lexicon import FIRST_RE, LAST_AFTER_WORDS, LAST_RE, MUST_BE, THEN_RE
from nco.planner.offline.tasks import MEAL_WINDOWS, Mention
from nco.planner.offline.text import TAKING_BACK, clause_of, sentence_bounds
from nco.planner.request import find_cycle

#: the end of a clause, or a condition that closes it ("a bar at the end, if we still have time")
_POSTFIX = r"\s*(?:[.;!?]|$|,?\s*(?:if|si|wenn|falls|jos|hvis|jeśli|jestli|kdyby)\b)"

def read_order(mlow: str, mentions: list[Mention], n_tasks: int, labels: list[str]) -> set[tuple[int, int]]:
    """``(before, after)`` task pairs, transitively reduced.

    Raises
    ------
    InputError
        The order is circular (named with ``labels``).
    """
    deps = _said(mlow, mentions, n_tasks)
    if find_cycle(deps, n_tasks):
        deps = _said_again_later(mlow, mentions, n_tasks, deps)
    _add_unless_circular(deps, _by_clock(mentions), n_tasks)  # "um 11 ins Museum, um 13 Uhr Mittagessen"
    _add_unless_circular(deps, sorted(_before_clock(mentions, deps)), n_tasks)  # "erst Apotheke, um 13 Uhr ..."
    return reduce(deps, labels)


def _add_unless_circular(deps: set[tuple[int, int]], pairs, n_tasks: int) -> None:
    """Each pair of ``pairs`` into ``deps``, in turn, but one that would close a circle with those already in."""
    for pair in pairs:
        if not find_cycle(deps | {pair}, n_tasks):
            deps.add(pair)


def _by_clock(mentions: list[Mention]) -> set[tuple[int, int]]:
    """``(before, after)`` for two visits each said with its own clock time or part of the day, or a meal with the
    window it is had in: the first's window ends before the other's begins, or, where one of them is no clock time
    of its own, begins and ends earlier ("Mittagessen, am Nachmittag Kaffee": lunch first)."""
    timed = [x for x in mentions
             if (x.timed or x.day_part or x.word in MEAL_WINDOWS) and x.window and x.task is not None]
    return {(x.task, y.task) for x in timed for y in timed if x.task != y.task and _earlier(x, y)}


def _before_clock(mentions: list[Mention], deps: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """``(before, after)`` for a visit said with its own clock time or part of the day and each visit said before
    it, in order with another said before it, that has no time of its own or an earlier one ("erst zur Apotheke,
    dann Schuhe, um 13 Uhr Mittagessen": the shoes before lunch too; "nejdřív oběd, pak Federal Hill a večer na
    pivo": the hill before the beer; "a playground, a toy shop and lunch at noon": no order)."""
    visits = [x for x in mentions if x.task is not None and x.ref is None]
    out = set()
    for y in (y for y in visits if (y.timed or y.day_part) and y.window):
        before = [x for x in visits if x.start < y.start and x.task != y.task]
        told = {t for a, b in deps for t in (a, b) if {a, b} <= {x.task for x in before}}
        out |= {(x.task, y.task) for x in before if x.task in told and not (x.window and not _earlier(x, y))}
    return out


def _earlier(x: Mention, y: Mention) -> bool:
    """Whether ``x``'s window comes before ``y``'s (see :func:`_by_clock`)."""
    (a0, a1), (b0, b1) = x.window, y.window
    return a1 <= b0 or (not (x.timed and y.timed) and a0 < b0 and a1 < b1)


def _said(mlow: str, mentions: list[Mention], n_tasks: int) -> set[tuple[int, int]]:
    """Every ``(before, after)`` pair the prompt says."""
    plain = [x for x in mentions if x.ref in (None, "same") or x.ref_new]
    deps: set[tuple[int, int]] = set()
    deps |= _then(mlow, mentions, plain)
    deps |= _refs(mlow, mentions, plain)
    deps |= _first_last(mlow, plain, n_tasks)
    deps |= _sequence(mlow, plain)
    deps |= _anaphora(mlow, plain)
    deps |= _numbered(mlow, plain)
    deps |= _before_going(mlow, mentions, plain)
    deps |= _before_going_back(mlow, mentions, plain, n_tasks)
    return {d for d in deps if d[0] != d[1]}


#: a sentence that opens by taking back what came before ("No, las pupusas primero", "Ah nein, die Bäckerei ganz
#: zuerst", "Nej vänta – bokhandeln allra först", "Tai ei, Oodi ensin", "Nee, andersrum: erst der Bauernberg",
#: "De boodschappen eigenlijk als eerste"), as the ten languages read once rewritten
_TAKES_BACK = re.compile(r"\W*(?:[^\W\d_]+\W+){0,3}?(?:tai ei|andersrum|the other way round|" + TAKING_BACK + r")\b")


def _said_again_later(mlow: str, mentions: list[Mention], n_tasks: int,
                      deps: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """A circular order where a later sentence takes back an earlier order ("First the Ateneum, then Oodi. No,
    Oodi first"): what that sentence says, and of the rest what does not contradict it (``deps`` when no such
    sentence mends the circle)."""
    starts = sorted({sentence_bounds(mlow, x.start) for x in mentions}, reverse=True)
    for a, b in starts:
        if a == 0 or not _TAKES_BACK.match(mlow, a):
            continue
        before = _said(mlow[:a] + " " * (b - a) + mlow[b:], [x for x in mentions if not a <= x.start < b], n_tasks)
        kept = deps - before
        if not kept or find_cycle(kept, n_tasks):
            continue
        for d in sorted(before):
            if not find_cycle(kept | {d}, n_tasks):
                kept.add(d)
        return kept
    return deps


#: after a visit said with "later", the visits that come before it ("a movie later, but before that an atm",
#: "un ciné plus tard, mais avant ça une pharmacie")
_LATER_BUT_BEFORE = re.compile(r"\s*,?\s*(?:but|mais|aber|pero|mas|ma|però|men|mutta|maar)?\s*before (?:that|this)\b")


def _then(mlow: str, mentions: list[Mention], plain: list[Mention]) -> set[tuple[int, int]]:
    """"A, then B"; "A and B afterwards"."""
    deps = set()
    for m in THEN_RE.finditer(mlow):
        if m.group(1) in ("afterwards", "afterward", "later") and re.match(_POSTFIX, mlow[m.end():]):
            continue  # "a drink afterwards." - below
        if m.group(1) in ("afterwards", "afterward", "later") and _LATER_BUT_BEFORE.match(mlow, m.end()):
            continue  # "a movie later but before that an atm": the visit said first comes last
        prev = [x for x in mentions if x.end <= m.start() and x.task is not None]
        nxt = [x for x in plain if x.start >= m.end()]
        if m.group(1) == "after that" and prev and _said_of(mlow, prev[-1], m):
            continue  # "lunch at Luigi's after that, and a park" - in _anaphora
        if prev and nxt:
            deps |= _then_pairs(mlow, prev, nxt)
    for m in re.finditer(r"\b(afterwards|afterward|after|later)\b(?=" + _POSTFIX + ")", mlow):
        before = [x for x in plain if x.end <= m.start()]
        if len(before) >= 2:
            deps |= {(t, before[-1].task) for t in before[-2].tasks if t not in before[-1].tasks}
    return deps


_JOIN = r"(?:\s+(?:shop|store|shops))?\s*(,|and|&|or|plus|,\s*and)\s+(?:a |an |some |the |l'|d')?"
#: a gap between two visits of one list with words of their own ("a bank, buy bread at a bakery",
#: "a phone shop (mine broke), a computer store", "then go to an optician and to a sports shop")
_LOOSE_JOIN = re.compile(r"[^.;:!?]*?\s*(,\s*and|,|\band|&|\bplus)\s+(?:[^\W\d_]+\s+){0,4}(?:l'|d')?")
_ORDER_WORDS = re.compile(r"\b(then|before|after|afterwards|first|finally|later|next|followed|once|until|"
                          r"(?<!stop )(?<!drop )(?<!pass )(?<!swing )(?<!pop )by)\b")
#: "but" in the languages read: what follows is said of a visit of the list, not added to it ("a museum, lunch and a
#: coffee, but the museum before lunch")
_BUT = re.compile(r"\b(?:but|aber|mais|pero|mas|men|mutta|maar|però|ma(?=\s+(?:il|la|lo|i|gli|le|l'|prima|dopo)\b))\b")


def _join(gap: str) -> str | None:
    """The word that joins two visits of a list across ``gap`` (``","`` or ``"and"``), or ``None``; "and" joins
    "both viewpoints, X and Y"."""
    j = re.fullmatch(_JOIN, gap)
    if j:
        return j.group(1)
    if len(gap.split()) > 8 or _ORDER_WORDS.search(gap) or _BUT.search(gap):
        return None
    j = _LOOSE_JOIN.fullmatch(gap)
    return None if not j else "," if j.group(1) == "," and not re.search(r"\band\b", gap) else "and"


def _list_before(mlow: str, prev: list[Mention]) -> list[Mention]:
    """The list that ends with the last mention ("a pharmacy and a bakery", "a bank, a bakery")."""
    group = [prev[-1]]
    for y in reversed(prev[:-1]):
        if not _join(mlow[y.end:group[-1].start]):
            break
        group.append(y)
    return group[::-1]


#: "if there's time" in the languages read, opening a sentence that adds a visit ("Se c'è tempo anche un giardino")
_IF_TIME_SAID = (r"(?:if there's (?:still )?time|if there is (?:still )?time|if time allows|if we have time|"
                 r"si da tiempo|si hay tiempo|s'il reste du temps|s'il y a le temps|se c'è tempo|se der tempo|"
                 r"se houver tempo|si hi ha temps|wenn (?:noch )?zeit bleibt|wenn noch zeit ist|om det finns tid|"
                 r"om tiden räcker|jos jää aikaa|als er tijd is)")


def _list_after(mlow: str, nxt: list[Mention]) -> list[Mention]:
    """The first mention and those joined to it by "and" ("lunch and an ice cream")."""
    after = [nxt[0]]
    for y in nxt[1:]:
        gap = mlow[after[-1].end:y.start]
        if not _join(gap) or "," in gap or _anytime_before(mlow, y):
            break  # "... e em algum momento janta": that one comes at any time
        after.append(y)
    return after


def _then_pairs(mlow: str, prev: list[Mention], nxt: list[Mention]) -> set[tuple[int, int]]:
    """"A, B, then C" and "A and B, then C and D": A and B before C (and D), in no order of their own; most
    people who write "a bank, a bakery, then a coffee" leave the first two to the route."""
    after = _list_after(mlow, nxt)
    deps = {(t, u) for y in _list_before(mlow, prev) for t in y.tasks for z in after for u in z.tasks}
    return deps | _listed_on(mlow, prev, nxt, after)


def _listed_on(mlow: str, prev: list[Mention], nxt: list[Mention], after: list[Mention]) -> set[tuple[int, int]]:
    """"First A, then B, C and D": in a sentence that opens with "first", the visits listed on after the one
    that "then" names follow it in turn ("zuerst ins Café, dann Souvenirs kaufen, kurz in den Dom"); not
    those said to come anywhere ("and lunch somewhere", "whatever order for the rest")."""
    s0, _ = sentence_bounds(mlow, after[0].start)
    if not _opens_with_first(mlow, prev, s0, after[0].start) or _ANYWHERE.search(mlow, s0, after[0].start):
        return set()
    deps, last = set(), after
    for y in nxt[len(after):]:
        gap = re.sub(r"\s*\([^()]*\)", "", mlow[last[-1].end:y.start])  # "Souvenirs kaufen (Mumins!), ..."
        if not _join(gap) or re.search(r"[.;!?]", gap) or _ANYWHERE.search(gap) or _ANYWHERE.match(mlow, y.end) \
                or y.timed:  # "and dinner at 7": placed by its time
            break
        deps |= {(t, u) for z in last for t in z.tasks for u in y.tasks}
        last = [y]
    return deps


def _opens_with_first(mlow: str, prev: list[Mention], a: int, b: int) -> bool:
    """Whether "first" comes before the first visit said between ``a`` and ``b`` ("zuerst ins Café, dann ...",
    not "a playground first, then ...")."""
    return _said_first(mlow, a, next((x.start for x in prev if a <= x.start < b), b))


def _said_first(mlow: str, a: int, b: int) -> bool:
    """Whether "first" opens a sequence between ``a`` and ``b`` (not "my first time here")."""
    return any(not re.match(r"\s+(?:thing|time)", mlow[m.end():]) for m in FIRST_RE.finditer(mlow, a, b))


#: a visit said to come at any time ("lunch at some point", "irgendwann ein Eis", "en algún momento")
#: "no matter when", said after its visit and a comma ("Blumen brauche ich auch noch, egal wann", "peu importe quand")
_NO_MATTER_WHEN = (r"no matter when|egal wann|peu importe quand|n'importe quand|da igual cuándo|não importa quando|"
                   r"non importa quando|när som helst|samma när|milloin tahansa|maakt niet uit wanneer|"
                   r"lige meget hvornår|uansett når|obojętnie kiedy|kdykoli")
_ANY_TIME = (r"at some point|whenever|any ?time|irgendwann|à un moment donné|en algún momento|em algum momento|"
             r"in qualche momento|a un certo punto|någon gång|jossain vaiheessa|milloin vain|op een gegeven moment|"
             + _NO_MATTER_WHEN)
_ANYTIME = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:" + _ANY_TIME + r")\b|"
                      r"(?:\s+[^\W\d_]+){0,6}?\s*,\s*(?:" + _NO_MATTER_WHEN + r")\b")
#: the same said before the visit ("e em algum momento janta num restaurante", "and at some point lunch")
_ANYTIME_BEFORE = re.compile(r"\b(?:" + _ANY_TIME + r")\s*,?\s+(?:[^\W\d_]+\s+)?$")


#: a visit said to come anywhere in the day, or a list in no order
_ANYWHERE = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:" + _ANY_TIME + r"|somewhere|anywhere|along the way|on the way|"
                       r"irgendwo|unterwegs|zwischendurch|quelque part|en route|da qualche parte|en algún|por ahí|"
                       r"em algum|någonstans|på vägen|jossain|matkalla|ergens|onderweg|"
                       r"(?:any|whatever|no particular) order)\b")


#: a reference that opens its clause ("and after lunch", "then before the show")
_OPENS_CLAUSE = re.compile(r"\s*(?:(?:and|then|but)\s+)?(?:after|before|following)\s+(?:(?:the|my|our|a|an)\s+)?")


def _refs(mlow: str, mentions: list[Mention], plain: list[Mention]) -> set[tuple[int, int]]:
    """"After lunch, a park": a mention that refers to a visit orders the visits of its clause."""
    deps = set()
    for x in mentions:
        if not x.ref or x.ref == "same":
            continue
        s0, s1 = sentence_bounds(mlow, x.start)
        ca, cb = clause_of(mlow, x.start)
        own = [y for y in plain if ca <= y.start < cb and y.task != x.task]
        if not own:
            # "After lunch, a park and a museum." - everything that follows in the sentence
            own = [y for y in plain if x.end <= y.start < s1 and y.task != x.task]
        else:
            if own[0].start > x.start:  # "before the show, A and B": the list that follows
                own = _list_after(mlow, [y for y in plain if own[0].start <= y.start < s1 and y.task != x.task])
            else:
                own = own[:1]
            if x.ref == "before" and own[0].end <= x.start:
                # "a flower shop, a cheese shop and a wine shop before lunch": the whole list
                own = _list_before(mlow, [y for y in plain if y.end <= own[0].end])
        if x.ref == "before" and own and own[0].start > x.start and THEN_RE.search(mlow, x.end, own[0].start):
            own = []  # "a park before lunch, then a pizzeria": the visit said before the reference
        if not own and not _OPENS_CLAUSE.fullmatch(mlow, clause_of(mlow, x.start, wide=True)[0], x.start):
            # "the museum after lunch": the visit said before it; not "..., and after lunch a port tasting" when
            # what follows is not read
            own = [y for y in plain if s0 <= y.start < x.start and y.task != x.task][-1:]
        for y in own:
            for g in y.tasks:
                for r in x.tasks:
                    deps.add((r, g) if x.ref in ("after", "following") else (g, r))
    return deps


def _ends(mlow: str, x: Mention) -> list[int]:
    """Where a visit's names end: its first mention and the repeats merged into it ("brunch ... brunch first");
    a repeat ends with its first word ("a supermarket for groceries and at the end a bar": "groceries")."""
    return [x.end] + [a + len(re.match(r"[\w'-]*", mlow[a:]).group()) for a in x.also]


def _own_words(gap: str) -> bool:
    """Whether ``gap`` between a visit and "first" belongs to the visit ("lunch at a restaurant first",
    "church service first"): at most four words, no punctuation, no joining or order word."""
    return len(gap.split()) <= 4 and not re.search(r"[,.;:!?]|\band\b|\bor\b", gap) and not _ORDER_WORDS.search(gap)


#: the last visit said with a verb of finishing or a word for "at last" in the languages read, close before it
_LAST_SAID = re.compile(r"\b(?:acabar|acabem|acabamos|acabo|terminar|terminamos|termino|finir|finissons|finis|"
                        r"por último|por ultimo|per últim|per ultimo|per ultima cosa|da ultimo|al final|"
                        r"zum schluss|zuletzt|am ende|als letztes|per finire|"
                        r"infine|alla fine|till sist|sist|avsluta med|avslutar med|avslutar gärna med|avslutte med|"
                        r"avslutter med|afslutte med|afslutter med|"
                        r"lopuksi|tot slot|als laatste|"
                        r"pour finir|en dernier|ending (?:at|in)(?= (?:a|an|some) )|until slot|"
                        # "to round off": "zum Abschluss", "para fechar", "per chiudere", "som avslutning"
                        r"to the abschluss|zum abschluss|als abschluss|para fechar|para acabar|para finalizar|"
                        r"per chiudere|per concludere|per tancar|som avslutning|als afsluiting|ter afsluiting|"
                        r"to round (?:it |things )?off|"
                        # once the others are done ("once all that is done, a beer", "wenn das alles erledigt ist")
                        r"once (?:all )?(?:that|this|those|these|everything)(?: is| are|'s)? (?:done|sorted|over|"
                        r"finished)|when (?:all )?(?:that|this|everything)(?: is|'s) (?:done|sorted)|"
                        r"after all (?:that|this)|wenn (?:das |the )?alles erledigt ist|wenn (?:das|the) erledigt ist|"
                        r"kun (?:ne|kaikki) on hoidettu|"
                        r"när allt är klart|quand tout (?:ça |cela )?est fait|cuando (?:todo )?(?:eso )?esté hecho|"
                        r"quando (?:tudo )?(?:isso )?estiver feito)\b")

#: a word of "last" said right after a visit ("il bar per ultimo", "la compra al final")
_LAST_POSTFIX = re.compile(r"\s(?:" + LAST_AFTER_WORDS + r")\b")


#: a visit kept for the end ("keep the museum for the end", "save the wine for last")
_FOR_THE_END = re.compile(r"\bfor (?:the (?:very )?end|last)\b(?!\s+(?:of|minute)\b)")
#: "last" said right after a visit ("Florist last please", "the bar has to be the very last")
_LAST_AFTER = re.compile(r"(?:\b" + MUST_BE + r"(?:very\s+)?|"
                         r"(?<!\bthe)(?<!\bmy)(?<!\bour)(?<!\bthis)(?<!\bat)(?<!\bits)(?<!\byour)\s)last\b"
                         r"(?!\s+(?:night|week|year|day|days|evening|morning|time|minute|minutes|hour|stop|train|bus|one|"
                         r"of|chance|two|three))")


def _first_last(mlow: str, plain: list[Mention], n_tasks: int) -> set[tuple[int, int]]:
    """"A playground first", "first a playground", "finish with a bar"."""
    deps = set()
    for m in FIRST_RE.finditer(mlow):
        if not _said_first(mlow, m.start(), m.end()):
            continue
        prev = _visit_just_before(mlow, plain, m.start())
        nxt = prev if m.group(1) == "first" and prev else _named_again_after(mlow, plain, m.end()) \
            or _first_said_after(mlow, plain, m.end())
        if nxt and not prev and _says_other_thing(mlow, m, nxt[0]):
            continue
        if nxt:
            group = _list_after(mlow, nxt)  # "first lunch and an ice cream": both first
            firsts = {t for y in group for t in y.tasks}
            added = _added_later(mlow, plain, m.start()) | _anytime(mlow, plain)
            deps |= {(f, t) for f in firsts for t in range(n_tasks) if t not in firsts | added}
    for m in _LAST_SAID.finditer(mlow):  # "et finir dans un bar", "i acabar dinant", "zum Schluss ein Bier"
        nxt = [x for x in plain if m.end() <= x.start <= m.end() + 30 and not re.search(r"[.;!?]", mlow[m.end():x.start])]
        if not nxt:
            nxt = _visit_just_before(mlow, plain, m.start())  # "Matbutiken sist, annars tinar fisken"
        if nxt:
            deps |= _last(nxt[0], n_tasks, _if_time_later(mlow, plain, m.start()))
    for m in re.finditer(r"\bfinally\b", mlow):  # "the butcher's finally because of the cold chain"
        s0, s1 = sentence_bounds(mlow, m.start())
        nxt = [x for x in plain
               if m.end() <= x.start <= m.end() + 30 and not re.search(r"[.;!?,]", mlow[m.end():x.start])]
        if nxt:  # "lunch, a charger in a phone shop and finally fuel"
            deps |= _last(nxt[0], n_tasks, _if_time_later(mlow, plain, m.start()) | _anytime(mlow, plain))
        if not [x for x in plain if m.end() <= x.start < s1]:
            deps |= {d for x in _visit_just_before(mlow, plain, m.start()) if any(s0 < e for e in _ends(mlow, x))
                     for d in _last(x, n_tasks)}
    for m in _FOR_THE_END.finditer(mlow):  # "Lo de la ropa lo dejamos para el final, que no queremos cargar bolsas"
        prev = _said_in_sentence_before(mlow, plain, m.start())
        deps |= _last(prev, n_tasks) if prev else set()
    for m in (*_LAST_AFTER.finditer(mlow), *_LAST_POSTFIX.finditer(mlow)):  # "Florist LAST", "il bar per ultimo"
        prev = _visit_just_before(mlow, plain, m.start())
        if prev:
            deps |= _last(prev[0], n_tasks)
    for m in LAST_RE.finditer(mlow):  # "at the end a bar", not "at the end they raise the curtain. ... a museum"
        nxt = [x for x in plain if m.end() <= x.start < sentence_bounds(mlow, m.end())[1]]
        if re.match(_POSTFIX, mlow[m.end():]):  # "and a bakery at the end.", "a fast-food stop to finish."
            nxt = _visit_just_before(mlow, plain, m.start())
        nxt = _said_before_end(mlow, plain, m) or nxt
        if not nxt:  # "the coffee finally, it's the reward": no visit after it in its sentence
            nxt = _visit_just_before(mlow, plain, _before_this(mlow, m.start()))
        if nxt:
            deps |= _last(nxt[0], n_tasks, _if_time_later(mlow, plain, m.start()))
    return deps


#: a word that adds a visit to those said before it ("Außerdem brauche ich eine Apotheke", "También necesito
#: una farmacia", "A pharmacy too")
_ALSO = re.compile(r"\b(?:also|too|as well|außerdem|zusätzlich|aussi|en plus|également|también|además|também|"
                   r"além disso|inoltre|anche|dessutom|också|även|lisäksi|myös|daarnaast|verder|també|a més)\b")


#: a word for "this" between a visit and the word of "last" said of it ("fer la compra al supermercat, això al
#: final", "the groceries, that at the end")
_THIS = re.compile(r",?\s*(?:this|that|això|aixo|esto|eso|isso|isto|ça|cela|das|dies|det|dat|tämä|tohle|to)\s*$")


def _before_this(mlow: str, at: int) -> int:
    """Where a word for "this" said right before ``at`` begins (``at`` when none is)."""
    this = _THIS.search(mlow, max(0, at - 12), at)
    return this.start() if this else at


def _said_in_sentence_before(mlow: str, plain: list[Mention], at: int) -> Mention | None:
    """The visit named last in the sentence of ``at`` before it, its words said again perhaps ("Queremos comprar
    ropa ... Lo de la ropa lo dejamos para el final"); ``None`` when none is."""
    s0 = sentence_bounds(mlow, at)[0]
    words = [(x, mlow[x.start:x.end].strip(" .,;")) for x in plain]
    said = [(m.end(), x) for x, w in words if w for m in re.finditer(rf"\b{re.escape(w)}\b", mlow[s0:at])]
    return max(said, key=lambda e: e[0])[1] if said else None


def _added_later(mlow: str, plain: list[Mention], at: int) -> set[int]:
    """The tasks first named in a later sentence that adds them with a word like "also": "first" at ``at``
    orders its own sequence, not them ("Erst in den Park, dann Mittagessen. Außerdem eine Apotheke")."""
    return _named_later(mlow, plain, at, lambda s0, s1: _ALSO.search(mlow, s0, s1) is not None)


def _if_time_later(mlow: str, plain: list[Mention], at: int) -> set[int]:
    """The tasks first named in a later sentence that opens with "if there's time": the last visit said at ``at``
    closes the day's plan, not them ("... e alla fine un gelato. Se c'è tempo anche un giardino")."""
    return _named_later(mlow, plain, at,
                        lambda s0, _s1: re.match(r"\s*(?:and\s+)?" + _IF_TIME_SAID, mlow[s0:]) is not None)


def _named_later(mlow: str, plain: list[Mention], at: int, said) -> set[int]:
    """The tasks first named in a sentence after the one at ``at`` for which ``said(start, end)`` holds."""
    _, end = sentence_bounds(mlow, at)
    out, seen = set(), set()
    for x in plain:
        s0, s1 = sentence_bounds(mlow, x.start)
        new = set(x.tasks) - seen
        seen |= set(x.tasks)
        if s0 > end and new and said(s0, s1):
            out |= new
    return out


def _anytime(mlow: str, plain: list[Mention]) -> set[int]:
    """The tasks said to come at any time ("crab cakes for lunch at some point"): "first" puts its visit
    before the others, not before them (a visit said "somewhere" is still after it)."""
    return {t for x in plain if _ANYTIME.match(mlow, x.end) or _anytime_before(mlow, x) for t in x.tasks}


def _anytime_before(mlow: str, x: Mention) -> bool:
    """Whether "at some point" is said right before ``x`` ("e em algum momento janta num restaurante")."""
    return _ANYTIME_BEFORE.search(mlow, max(0, x.start - 40), x.start) is not None


def _says_other_thing(mlow: str, m: re.Match, x: Mention) -> bool:
    """Whether "first" at ``m`` qualifies words of its own sentence that name no visit ("New mum, first proper
    walks since the birth. ... a flat white"), the first visit ``x`` said only in a later sentence."""
    _, s1 = sentence_bounds(mlow, m.start())
    return x.start >= s1 and bool(re.search(r"[^\W\d_]", mlow[m.end():s1]))


def _first_said_after(mlow: str, plain: list[Mention], at: int) -> list[Mention]:
    """The visits after "first" at ``at``; none when "then" comes before the first of them: "first" then
    names a visit the parser does not read ("erst so viele Outlet-Läden wie möglich, danach ins Restaurant",
    "d'abord le commissariat pour la déclaration, ensuite un donut")."""
    nxt = [x for x in plain if x.start >= at]
    return [] if nxt and THEN_RE.search(mlow, at, nxt[0].start) else nxt


#: an article between "first" and the visit named again ("first le brunch", "zuerst das Kino")
_ARTICLE_GAP = re.compile(r"\s*(?:(?:the|le|la|les|il|lo|el|o|a|der|die|das|den|dem)\s+|l')?")


def _named_again_after(mlow: str, plain: list[Mention], at: int) -> list[Mention]:
    """The visit said before and named again right after "first" at ``at`` ("... un bon brunch ... D'abord le
    brunch", "Optiker, Bank und Drogerie. Zuerst Optiker"), as a list of one; ``[]`` when none is."""
    return [x for x in plain if any(a > at and _ARTICLE_GAP.fullmatch(mlow, at, a) for a in x.also)][:1]


def _visit_just_before(mlow: str, plain: list[Mention], at: int) -> list[Mention]:
    """The visit said right before ``at``, with the words of its own place perhaps between ("a museum first",
    "lunch at a restaurant first", "Florist last"), as a list of one; ``[]`` when none is."""
    return [x for x in plain if any(e <= at and _own_words(mlow[e:at]) for e in _ends(mlow, x))][-1:]


def _last(x: Mention, n_tasks: int, added: set[int] = frozenset()) -> set[tuple[int, int]]:
    """Every other task before the tasks of ``x``, but those ``added`` in a later sentence ("... and to finish an ice
    cream. If there's time, a garden too")."""
    return {(t, u) for u in x.tasks for t in range(n_tasks) if t not in x.tasks and t not in added}


#: "at the (very) end" said right after a visit, not of a place ("the ice cream at the very end as a reward",
#: but "a cafe at the end of the street")
_AT_END = re.compile(r"at the (?:very )?end(?!\s+(?:of|the|der|des|de|du|del|della|di|da|do|van|av)\b)|"
                     r"on (?:the|my|our) way (?:home|back)\b")  # "groceries at the corner shop on the way home"


def _said_before_end(mlow: str, plain: list[Mention], m: re.Match) -> list[Mention]:
    """The visit "at the very end" follows with its own words between ("the bakery at the very end so
    the bread is fresh", "the shopping at the supermarket at the very end"), or none."""
    return _visit_just_before(mlow, plain, m.start()) if _AT_END.match(mlow, m.start()) else []


def _sequence(mlow: str, plain: list[Mention]) -> set[tuple[int, int]]:
    """"In that order" (every visit after the one before); "X in between" (between its neighbours)."""
    deps = set()
    if re.search(r"\bin (that|this|the given|the same) order\b|\bin order\b", mlow):
        seq = _first_of_each(mlow, sorted(plain, key=lambda y: y.start))
        for y, z in zip(seq, seq[1:]):
            deps |= {(t, z.task) for t in y.tasks}
    for m in re.finditer(r"\bin between\b", mlow):
        mid = [x for x in plain if x.end <= m.start()]
        if not mid:
            continue
        x = mid[-1]
        before = [y for y in plain if y.end <= x.start]
        after = [y for y in plain if y.start >= m.end()]
        if before and len(before[-1].tasks) >= 2:
            deps |= {(before[-1].tasks[0], x.task), (x.task, before[-1].tasks[1])}
        elif before and after:
            deps |= {(before[-1].tasks[-1], x.task), (x.task, after[0].task)}
    return deps


#: "before that", "after both", "before everything"; "before all" only before, as the languages read say
#: "after all" for "anyway" ("abans de tot" is first, "després de tot" is no order)
_ANAPHORA = re.compile(r"\b(before|after) (that|this|it|ça|cela|both|all (?:of )?(?:that|this|those|them|these)|"
                       r"everything(?: else)?|them|the rest|les deux|beiden|ambos|ambas|entrambi|tots dos|båda|"
                       r"(?<=before )(?:the )?(?:tot|todo|tudo|tutto|tout|toute chose|anything(?: else)?))\b")


def _first_of_each(mlow: str, seq: list[Mention]) -> list[Mention]:
    """``seq`` without the mentions that name a kind already placed in other words: another place of that
    kind, read as the same visit ("die Ruine der Kirche fotografieren und den Gedenkstein, in dieser
    Reihenfolge"); the same words again are a visit said again, which orders the others around it."""
    said: dict[int, set[str]] = {}
    out = []
    for y in seq:
        words = mlow[y.start:y.end]
        if not all(t in said and words not in said[t] for t in y.tasks):
            out.append(y)
        for t in y.tasks:
            said.setdefault(t, set()).add(words)
    return out


#: "but before" said alone, of the visit just named ("tantos bares como podamos, pero antes tengo que pasar por un
#: banco", "des galeries, mais avant je dois passer à la banque", "but before, I need a bank")
_BUT_BEFORE = re.compile(r"\b(?:but|pero|mais|mas|però|maar|men|mutta)\s+(before|antes|abans)(?=\s*,|\s+(?:i|we|je|on|"
                         r"nous|jag|vi|ik|ich|wir|eu|yo|io|jo|tengo|tenemos|tenho|temos|tinc|devo|must|need|have)\b)")


def _anaphora(mlow: str, plain: list[Mention]) -> set[tuple[int, int]]:
    """"Before that, a walk and a church" (before the visit said last); "lunch after both" (after all before it);
    "as many bars as we can, but before, a bank" (before the visit said last)."""
    deps = set()
    for m in _ANAPHORA.finditer(mlow):
        deps |= _said_around(mlow, plain, m, m.group(1), m.group(2) in ("that", "this", "it", "ça", "cela"))
    for m in _BUT_BEFORE.finditer(mlow):
        deps |= _said_around(mlow, plain, m, "before", True)
    return deps


def _said_around(mlow: str, plain: list[Mention], m: re.Match, word: str, single: bool) -> set[tuple[int, int]]:
    """The pairs "before that" or "after both" (``word``, of one visit or all said before) at ``m`` gives."""
    prev = [x for x in plain if x.end <= m.start()]
    nxt = [x for x in plain if x.start >= m.end()]
    said = prev[-1:] if single else prev
    if prev and _said_of(mlow, prev[-1], m):
        own, said = prev[-1:], (prev[-2:-1] if single else prev[:-1])  # "lunch after both", "dinner before it"
    elif nxt:
        own = _list_after(mlow, nxt)
    else:
        return set()
    return {(t, u) if word == "before" else (u, t) for y in own for z in said for t in y.tasks for u in z.tasks}


def _said_of(mlow: str, x: Mention, m: re.Match) -> bool:
    """Whether "after that" at ``m`` is said of the visit ``x`` before it: right after it ("lunch after
    both"), or closing its clause with the visit's own words between ("a beer at the corner pub after that,
    and a park"), not opening the next part ("a museum, after that a park")."""
    gap = mlow[x.end:m.start()]
    return not gap.strip() or (_own_words(gap) and bool(re.match(r"\s*(?:[,.;:!?]|$)", mlow[m.end():])))


def _numbered(mlow: str, plain: list[Mention]) -> set[tuple[int, int]]:
    """A numbered list ("1) bakery 2) church 3) lunch"): its items in the order of their numbers."""
    marks, want = [], 1
    for m in re.finditer(r"(?:^|(?<=\s))(\d{1,2})[.)](?=\s)", mlow):
        if int(m.group(1)) == want:
            marks.append(m.end())
            want += 1
    if len(marks) < 3:
        return set()
    items = [[x for x in plain if a <= x.start < b] for a, b in zip(marks, marks[1:] + [len(mlow)])]
    items = [it for it in items if it]
    return {(t, u) for y, z in zip(items, items[1:]) for a in y for b in z[:1] for t in a.tasks for u in b.tasks}


#: the words between "before" or "after" and the visit: a verb of going there and its articles ("esmorzar
#: abans d'anar al museu", "almorzar antes de ir a la iglesia", "el mercado antes de subir a la torre de San Pedro")
_GOING_GAP = re.compile(r"(?:\s+[^\W\d_]+(?:'[^\W\d_]*)*){1,6}\s*")  # "avant d'aller à l'église"


def _before_going(mlow: str, mentions: list[Mention], plain: list[Mention]) -> set[tuple[int, int]]:
    """"A before going to B" said with a verb the parser does not read as a reference ("la farmàcia abans
    d'anar al museu", "desayunar, antes de ir al museo"): A before B; "A after going to B": B before A. A visit
    of a kind said before in its sentence, opening the clause, is that visit ("..., el museu abans de la
    llibreria")."""
    deps = set()
    for m in re.finditer(r"\b(before|after)\b", mlow):
        if _ANAPHORA.match(mlow, m.start()):
            continue  # "before it a pizza": the visit said before, in _anaphora
        y = [z for z in mentions if z.start >= m.end() and (z.tasks or z.task is not None)][:1]
        x = _visit_before_word(mlow, plain, m.start(), y)
        if x and (not y or not _GOING_GAP.fullmatch(mlow, m.end(), y[0].start)):
            y = _name_again(mlow, plain, m.end())
        if not x or not y or re.search(r"\b(?:and|or)\b", mlow[m.end():y[0].start]) \
                or _ORDER_WORDS.search(mlow, m.end(), y[0].start):
            continue
        a, b = _said_again(mlow, plain, x[0]), y[0].tasks or [y[0].task]
        deps |= {(t, u) if m.group(1) == "before" else (u, t) for t in a for u in b}
    return deps


#: "before" and a verb of going back or leaving, in the languages read ("before we head home", "avant de rentrer",
#: "antes de volver", "antes de ir embora", "innan jag åker tillbaka", "voordat ik terugga", "prima di tornare")
_GOING_BACK = re.compile(
    r"\bbefore(?:\s+(?:the|de|d'|i|we|ich|wir|jag|vi|ik|je|on|nous|kuin|you))*\s+"
    r"(?:(?:[^\W\d_]+\s+){0,2}?(?:back|home|hem|vidare|embora|casa|heim|terug|zurück)|rentrer|repartir|partir|"
    r"retourner|revenir|voltar|regressar|volver|regresar|irme|irnos|marcharme|marcharnos|tornare|rientrare|ripartire|"
    r"andarmene|andarcene|tornar|marxar|terugga|teruggaan|zurückfahren|zurückfahre|zurückgehen|zurückgehe|"
    r"heimgehen|heimgehe|heimfahren|heimfahre|leave|leaving)\b")


def _before_going_back(mlow: str, mentions: list[Mention], plain: list[Mention], n_tasks: int) -> set[tuple[int, int]]:
    """"Before going back, X" (or "before leaving"): X closes the day, after every other visit ("et avant de
    rentrer j'aimerais acheter des souvenirs", "och innan jag åker tillbaka äta glass", "before we head home, a
    supermarket"); not "X before going back" (a visit on the way, "on déjeune au resto avant de repartir")."""
    deps = set()
    for m in _GOING_BACK.finditer(mlow):
        if any(m.start() < x.start < m.end() for x in mentions):
            continue  # "before the dinner back home": the visit it names
        y = [x for x in mentions if x.start >= m.end() and (x.tasks or x.task is not None)][:1]
        gap = mlow[m.end():y[0].start] if y else ""
        if re.match(r"\s*(?:to|at|in)\b[^,]*$", gap):
            continue  # "before I head back to the car park": where one goes back to
        if not y or y[0] not in plain or len(gap.split()) > 7 or re.search(r"[.;!?]|\b(?:and|or|then)\b", gap) \
                or not any(x.end <= m.start() for x in plain):
            continue  # "Before heading back to Spain, tobacco and perfume": every visit, before going back
        ends = {t for z in _list_after(mlow, [x for x in plain if x.start >= y[0].start]) for t in z.tasks}
        deps |= {(t, u) for u in ends for t in range(n_tasks) if t not in ends} - \
            {(t, u) for t in _if_time_later(mlow, plain, m.start()) for u in ends}
    return deps


def _visit_before_word(mlow: str, plain: list[Mention], at: int, y: list[Mention]) -> list[Mention]:
    """The visit said right before "before" or "after" at ``at`` ("desayunar antes de ir al museo"), or before
    the comma that opens a clause of its own there when the visit ``y`` it names is new ("Mittagessen, nachdem
    wir im Museum waren"), as a list of one, or ``[]``."""
    x = _visit_just_before(mlow, plain, at)
    if not x and y and y[0].ref is None and re.search(r",\s*$", mlow[max(0, at - 3):at]):
        return _visit_just_before(mlow, plain, mlow.rindex(",", 0, at))
    return x


def _name_again(mlow: str, plain: list[Mention], at: int) -> list[Mention]:
    """The place named before that the word after "before" at ``at`` names again with another case ending
    ("käydä Ateneumissa ennen kirjastoa, ... ja kahvilassa ennen Ateneumia"), or else named later ("le musée après
    le jardin exotique ... mais le jardin exotique, seulement après ..."), as a list of one, or ``[]``."""
    w = re.match(r"\s+(?:the\s+)?([^\W\d_]{4,})\b", mlow[at:])
    for x in sorted(plain, key=lambda z: z.end > at) if w else []:
        said, word = mlow[x.start:x.end], w.group(1)
        stem = len(os.path.commonprefix([said, word]))
        if x.name and " " not in said and stem >= 4 and max(len(said), len(word)) - stem <= 3:
            return [x]
    return []


def _said_again(mlow: str, plain: list[Mention], x: Mention) -> list[int]:
    """The tasks of ``x``, or those of the visit of its kind said before it in its sentence when ``x`` opens
    its clause ("la farmàcia abans del museu, el museu abans de ...")."""
    s0, _ = sentence_bounds(mlow, x.start)
    ca, _ = clause_of(mlow, x.start)
    same = [y for y in plain if s0 <= y.start < ca and y.category == x.category and y.tag == x.tag]
    return same[0].tasks if same and len(mlow[ca:x.start].split()) <= 3 else x.tasks


def reduce(deps: set[tuple[int, int]], labels: list[str]) -> set[tuple[int, int]]:
    """Drop dependencies implied by others (transitive reduction).

    Raises
    ------
    InputError
        The dependencies form a cycle; the message names it with ``labels``.
    """
    cycle = find_cycle(deps, len(labels))
    if cycle:
        raise InputError("the task order is circular (each must come before the next): "
                         + " -> ".join(labels[i] for i in cycle))
    out = set(deps)
    for a, b in sorted(deps):
        rest = out - {(a, b)}
        if _reaches(rest, a, b):
            out = rest
    return out


def _reaches(edges: set[tuple[int, int]], a: int, b: int) -> bool:
    stack, seen = [a], {a}
    while stack:
        u = stack.pop()
        if u == b:
            return True
        for x, y in edges:
            if x == u and y not in seen:
                seen.add(y)
                stack.append(y)
    return False
