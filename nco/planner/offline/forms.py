"""Requests pasted from notes, calendars and forms, read as the sentences they stand for.

People paste what they already wrote: a checklist ("☐ Apoteket", "[x] Kmart"), a bulleted list under a heading,
a calendar ("08:00–12:30 Workshop, Hotel Bayerischer Hof / 12:30–14:00 frei: Mittagessen + Buchhandlung / 14:00
Kundentermin am Odeonsplatz"), a form ("Startpunkt: Bahnhof Monaco / Uhrzeit: 13:00 / Programm: ...") or a table
with ``|`` between its cells.  The line breaks carry the meaning, and the later stages fold them away; so before
that, :func:`read_form` writes each line as a sentence:

- a run of list items becomes one list ("☐ a ☐ b ☐ c" -> "a, b, c."); items ticked off in a list that still has
  open ones are done, and dropped; in a line of choices ("[x] coffee [ ] sauna") the ticked ones are chosen;
- a form's labels, in the languages read, become the words the rules read: the start place ("Abfahrt: X" ->
  "Starting from X"), the start time, the end ("Rientro: entro le 19:00" -> "Back entro le 19:00"), the time one
  has ("Duración: 4 horas" -> "I have 4 horas"), the stops (the label dropped);
- a table's rows become their cells, each under its column's label when the label is one of those;
- in a calendar, the slot that is free (said so, or the span between two commitments) becomes the trip
  ("From 12:30 to 14:00: ..."), a commitment before it says where one is until then ("I'm at Hotel Bayerischer
  Hof until 12:30"), and one after it where the trip must end ("At 14:00 Kundentermin am Odeonsplatz").

It also returns the text without the words it wrote, from which the language is told: "Starting from" written
into a Finnish form is no evidence of English.  A prompt of plain sentences is returned unchanged.
"""

from __future__ import annotations

import re

from nco.planner.gazetteer import fold
from nco.planner.offline.text import MAX_PROMPT_CHARS, drop_letter_frame

#: the labels of a form, by role and language, folded (lower case, no accents)
_LABELS = {
    "start": {
        "en": "start, start point, starting point, start place, place of departure, departure point, meeting point, "
              "meet, arrival point, from, origin",
        "de": "startpunkt, abfahrt, abfahrtsort, treffpunkt, ausgangspunkt", "fr": "depart, point de depart, "
        "lieu de depart, rdv", "es": "origen, salida, punto de partida, lugar de salida", "ca": "sortida, "
        "punt de sortida", "pt": "origem, saida, partida, ponto de partida, local de partida", "it": "partenza, "
        "punto di partenza, luogo di partenza, ritrovo", "nl": "vertrek, vertrekpunt, startpunt", "fi": "lahto, "
        "lahtopaikka, lahtopiste", "sv": "avgang, startplats, utgangspunkt", "da": "afgang, startsted",
        "no": "avreise, oppmote", "cs": "odjezd, vychozi bod, misto startu, odkud", "pl": "miejsce startu, "
        "miejsce zbiorki, zbiorka, wyjazd, skad"},
    "time": {
        "en": "time, start time, starting time, departure time, leave, leaving, when", "de": "uhrzeit, zeit, "
        "startzeit, abfahrtszeit", "fr": "heure, heure de depart, horaire", "es": "hora, hora de salida",
        "pt": "hora de saida, horario", "it": "ora, orario, ora di partenza", "nl": "tijd, vertrektijd, starttijd",
        "fi": "aika, lahtoaika, klo, kellonaika", "sv": "tid, starttid, avgangstid", "da": "tidspunkt",
        "pl": "godzina, godz, kiedy", "cs": "cas, hodina, kdy"},
    "from_time": {
        "en": "available from, free from", "de": "verfugbar ab, frei ab, ab", "fr": "disponible des, libre des",
        "es": "disponible a partir de, libre desde", "pt": "disponivel a partir de", "it": "libero dalle",
        "nl": "vrij vanaf", "fi": "vapaa alkaen", "sv": "ledig fran", "no": "ledig fra", "pl": "wolne od",
        "cs": "volno od"},
    "end": {
        "en": "end, finish, back, back by, return, must leave by, leave by, until, latest, end time",
        "de": "ende, zuruck, ruckkehr, bis, spatestens", "fr": "fin, retour, rentre", "es": "vuelta, regreso, "
        "hasta", "ca": "tornada, fins", "pt": "retorno, volta, regresso, ate", "it": "fine, rientro, ritorno, fino",
        "nl": "einde, terug, eind, tot, uiterlijk", "fi": "loppu, paluu, takaisin, asti", "sv": "slut, tillbaka, "
        "hem, retur", "no": "slutt, tilbake, hjem", "cs": "konec, navrat, zpet", "pl": "koniec, powrot"},
    "duration": {
        "en": "duration, time available, available time, total time, how long", "de": "dauer, zeitbudget, "
        "zeitrahmen", "fr": "duree, temps, temps disponible", "es": "duracion, tiempo, tiempo disponible",
        "ca": "duracio, temps disponible", "pt": "duracao, tempo, tempo disponivel", "it": "durata, "
        "tempo disponibile", "nl": "duur, beschikbare tijd", "fi": "kesto, aikaa", "sv": "varaktighet, "
        "tillganglig tid", "da": "varighed", "no": "varighet", "pl": "czas trwania, czas", "cs": "doba, trvani"},
    "stops": {
        "en": "stops, stop, to do, todo, plan, program, programme, itinerary, wishes, wish list, interests, places",
        "de": "programm, wunsche, ziele, stationen, interessen", "fr": "programme, etapes, arrets, a faire, envies, "
        "interets", "es": "paradas, quiero, pendientes, etapas, intereses, lugares, programa", "ca": "parades, "
        "interessos", "pt": "paragens, interesses, quero", "it": "tappe, cose da fare, programma, interessi, "
        "desideri", "nl": "haltes, wensen, te doen", "fi": "kohteet, tehtavat, ohjelma, toiveet", "sv": "stopp, "
        "att gora, onskemal, intressen", "da": "stoppesteder, onsker, interesser", "pl": "zadania, przystanki, "
        "punkty, zainteresowania", "cs": "zastavky, ukoly, zajmy, prani, co"},
    "drop": {"en": "name", "fr": "nom", "es": "nombre", "pt": "nome", "nl": "naam", "fi": "nimi", "sv": "namn",
             "no": "navn", "pl": "imie", "cs": "jmeno"},
}
LABELS = {label: role for role, by_lang in _LABELS.items() for words in by_lang.values()
          for label in words.split(", ")}
#: the language of each label that only one language writes so ("lahtopaikka": Finnish; not "temps" or "start")
_OWN = {label: [lang for by_lang in _LABELS.values() for lang, words in by_lang.items() if label in words.split(", ")]
        for label in LABELS}
LABEL_LANGUAGE = {label: langs[0] for label, langs in _OWN.items() if len(langs) == 1}
#: a label at the opening of a sentence of the lines written out ("... Lähtöpaikka: Stockholms södra.")
_LABEL_SAID = re.compile(r"(?:^|[.;:]\s)([^\W\d_][^\W\d_ '’/-]*(?:[ '’/-]+[^\W\d_]+){0,3})\.?\s*:")
_LABEL_LINE = re.compile(r"^\s*([^\W\d_][^\W\d_ .'’/-]*(?:[ .'’/-]+[^\W\d_]+){0,3})\.?\s*:\s*(\S.*)$")

#: a check box, open or ticked ("[ ]", "[x]", "☐", "☑")
_BOX = r"\[\s?\]|\[[xX✓✔]\]|[☐□◻☑☒]"
#: a line's list marker (a dash, a bullet, an arrow, a number) and its check box, if any (a tick alone too: "✓ tanken")
_ITEM = re.compile(r"^\s*(?:[-–—*•·▪◦‣○→➡➤>]+|\d{1,2}[.)º°](?!\d))?\s*(?P<box>" + _BOX + r"|[✓✔✅])?\s*(?=\S)")
#: a heading: a few words and no time, no full stop ("Dimanche 🌤️", "Lördag")
_HEADING = re.compile(r"[^\d.!?:;,]{1,30}")
_TICKED = re.compile(r"\[[xX✓✔]\]|[☑☒✓✔✅]")
#: a time of day as written in a note ("9", "9:30", "9.30", "9h30", "4:00pm", "9u", "13 Uhr")
_T = r"\d{1,2}(?:[:.h]\d{2})?(?:\s?(?:[ap]\.?m\.?|h|u|uhr)\b)?"
_RANGE = re.compile(rf"^(?P<a>{_T})\s*(?:[-–—]|to|bis|à|a|al|till|tot)\s*(?P<b>{_T})", re.IGNORECASE)
#: a calendar line: a day word perhaps, a time or a span of time, then what happens
_SLOT = re.compile(rf"^\s*(?:[^\W\d_]{{1,4}}\.?\s+)?(?P<a>{_T})(?![.\d/])(?:\s*[-–—]\s*(?P<b>{_T}))?\s*"
                   r"(?:(?P<sep>[-–—:→|])\s*)?(?P<what>(?=.*[^\W\d_])\S.*)$", re.IGNORECASE)
#: a slot said to be free
_FREE = re.compile(r"^(?:free|frei|libre|livre|vrij|libero|libera|ledig|ledigt|fri|vapaa|volno|wolne|lliure|"
                   r"available|disponible|disponível)\b\s*[:,→-]?\s*", re.IGNORECASE)
#: where a commitment is, written after it ("workshop, Hotel X", "shift @ Hungry Goat", "reunião (Trindade)")
_WHERE = re.compile(r"\(([^()]+)\)\s*$|(?:@|,|\s[–—-])\s*([^,@()–—]+?)\s*$|"
                    r"\s(?:at|am|im|beim|bei|na|no|nos|nas|à|au|al|en|på|vid|op|w|v)\s+([^,@()–—]+?)\s*$")


def read_form(text: str) -> tuple[str, str]:
    """``(text to read, text to tell the language from)``: the lines of a note, calendar, form or table written
    as sentences (see the module); a prompt of plain sentences, unchanged, twice."""
    if not isinstance(text, str) or len(text) > 64 * MAX_PROMPT_CHARS or text.count("\n") < 1:
        return text, text  # checked, and refused, where the prompt is checked
    text = drop_letter_frame(text)
    lines = [line.strip() for line in text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < 2:
        return text, text
    pairs = _calendar(lines) or _tables(lines)
    pairs = _lists(pairs, lines if len(pairs) == len(lines) else None)
    return _joined([r for r, _ in pairs]), _joined([n for _, n in pairs])


def form_language(said: str) -> str | None:
    """The language of a form's labels in ``said`` (the lines written out, as :func:`read_form` returns them
    second), when two labels or more are of one language and none of another; else ``None``."""
    hits = [LABEL_LANGUAGE.get(fold(m.group(1))) for m in _LABEL_SAID.finditer(said)]
    langs = set(hits) - {None}
    return langs.pop() if len(langs) == 1 and len(hits) - hits.count(None) >= 2 else None


def _joined(sentences: list[str]) -> str:
    """The sentences as one text, each ended with a mark."""
    out = [s.strip() for s in sentences if s and s.strip()]
    return " ".join(s if s[-1] in ".!?:;," else s + "." for s in out)


def _line(line: str) -> tuple[str, str]:
    """A line of a form as ``(read, neutral)``: a label it has rewritten into the words for its role."""
    m = _LABEL_LINE.match(line)
    role = LABELS.get(fold(m.group(1))) if m else None
    if role is None:
        return line, line
    value = _choices(m.group(2).replace(" | ", ", "))
    return _said_as(role, value), line


def _said_as(role: str, value: str) -> str:
    """``value`` under a label of ``role`` in the words the rules read: a span of time under a time label is the
    trip's ("Zeit: 9–13 Uhr"), an amount under it the time one has ("Czas: 2 godziny")."""
    span = _RANGE.match(value)
    if role in ("time", "from_time") and span:
        return f"From {span.group('a')} to {span.group('b')}{value[span.end():]}"
    if role == "duration" or role == "time" and not re.match(r"\d", value):
        return f"I have {value}" if re.search(r"\d", value) else value
    return {"start": f"Starting from {value}", "time": f"Starting at {value}", "from_time": f"Starting at {value}",
            "end": f"Back by {value}" if value[0].isdigit() else f"Back {value}", "stops": value,
            "drop": ""}[role]


def _tables(lines: list[str]) -> list[tuple[str, str]]:
    """The lines as ``(read, neutral)`` pairs (:func:`_line`), each row of a table (cells between ``|``) written
    as its cells, under their column's label when the first row names the columns; a line of cells with no rows
    after it is a list."""
    out, header, rows = [], None, 0
    for line in lines + [""]:
        labelled = _LABEL_LINE.match(line)
        cells = [c.strip() for c in line.strip("|").split("|")]
        if len(cells) >= 2 and not (labelled and fold(labelled.group(1)) in LABELS):
            if header is None and not re.search(r"\d", line):
                header, rows = cells, 0
            else:
                out.append(_row(cells, [fold(c) for c in header] if header else None))
                rows += 1
            continue
        if header and not rows:
            out.append((", ".join(header),) * 2)
        header = None
        out += [_line(line)] if line else []
    return out


def _row(cells: list[str], header: list[str] | None) -> tuple[str, str]:
    """A table's row: each cell, said as its column's label says when the forms know the label (a cell of a
    column of times says when: "at 10:00")."""
    read = []
    for i, cell in enumerate(cells):
        if not cell or re.fullmatch(r"[-–—…. ]+", cell):
            continue
        role = LABELS.get(header[i]) if header and i < len(header) else None
        if role == "drop":
            continue
        if role == "time" and re.fullmatch(_T, cell, re.IGNORECASE):
            read.append(f"at {cell}")
        else:
            read.append(_said_as(role, cell) if role and role != "stops" else _line(cell)[0])
    return "; ".join(read), "; ".join(cells)


def _lists(pairs: list[tuple[str, str]], lines: list[str] | None) -> list[tuple[str, str]]:
    """Runs of list items joined into one list each, after the line before them; items ticked off dropped when
    some are still open; numbered items keep their numbers, which say an order (``lines``: the original lines,
    one per pair, or ``None`` when table rows were merged)."""
    items = [_ITEM.match(line) for line in lines] if lines is not None else []
    if sum(m.end() > 0 for m in items) < 2:
        return pairs
    open_ = any(m.group("box") and not _TICKED.fullmatch(m.group("box")) for m in items)
    out: list[tuple[str, str]] = []
    for (read, neutral), m, line in zip(pairs, items, lines):
        if m.end() == 0:
            if out and out[-1][0].endswith(","):
                out[-1] = (out[-1][0][:-1] + ".", out[-1][1][:-1] + ".")  # the list ends
            elif len(out) == 1 and _HEADING.fullmatch(out[0][0]):
                out[0] = (out[0][0] + " " + read, out[0][1] + " " + neutral)  # "Dimanche 🌤️ / 10h Place X"
                continue
            out.append((read, neutral))
            continue
        if m.group("box") and _TICKED.fullmatch(m.group("box")) and open_:
            continue  # "✓ tanken" in a list with open items: done already
        if read == line and not line[0].isdigit():
            read = neutral = _choices(line[m.end():])
        if out and out[-1][0][-1] not in ".!?;":
            # the line before heads the list ("Cose da fare:"), or says when and where it starts ("10h Place X –"; a
            # colon before a numbered item: "10:00 – 1." would be a span of time)
            if out[-1][0][-1] in ",:":
                mark = ""
            elif re.search(r"\d", out[-1][0]) and not read[:1].isdigit():
                mark = " –"
            else:
                mark = ":"
            head = (out[-1][0] + mark, out[-1][1] + mark)
            out[-1] = (f"{head[0]} {read},", f"{head[1]} {neutral},")
        else:
            out.append((read + ",", neutral + ","))
    return out


def _choices(item: str) -> str:
    """A line of check boxes ("[x] coffee [ ] sauna [x] bookshops") as the ticked choices; any other unchanged."""
    boxes = list(re.finditer(_BOX, item))
    if len(boxes) < 2:
        return item
    head = item[:boxes[0].start()].strip()
    chosen = [item[b.end():(boxes[i + 1].start() if i + 1 < len(boxes) else len(item))].strip()
              for i, b in enumerate(boxes) if _TICKED.fullmatch(b.group(0))]
    return (head + " " if head else "") + ", ".join(c for c in chosen if c)


def _calendar(lines: list[str]) -> list[tuple[str, str]] | None:
    """The lines of a calendar as sentences (see the module), or ``None`` when fewer than two lines open with a
    time or no slot is free for the trip."""
    slots = [_SLOT.match(line) if not _LABEL_LINE.match(line) else None for line in lines]
    timed = [i for i, m in enumerate(slots) if m]
    if len(timed) < 2:
        return None
    free = next((i for i in timed if slots[i].group("b") and _FREE.match(slots[i].group("what"))), None)
    if free is None:
        free = next((i for i in timed[1:] if slots[i].group("b")), None)
    if free is None:
        free = next((i for i in timed if slots[i].group("sep") in ("→", ":")), None)  # "15:00 → bank, pharmacy"
    if free is None:
        return None
    out = []
    for i, line in enumerate(lines):
        m = slots[i]
        if m is None:
            out.append(_line(line))
        elif i == free:
            what = _FREE.sub("", m.group("what"))
            span = f"From {m.group('a')} to {m.group('b')}" if m.group("b") else f"From {m.group('a')}"
            out.append((f"{span}: {what}", line))
        else:
            out.append((_commitment(m, before=i < free), line))
    return out


def _commitment(m: re.Match, before: bool) -> str:
    """A commitment before the trip, as where one is until it ends ("I'm at Hotel X until 12:30"), or after it,
    as where one must be then ("At 14:00 I must be at Odeonsplatz"); what it is, is no visit and is left out."""
    what, at = m.group("what"), m.group("a")
    where = _WHERE.search(what)
    place = next(g for g in where.groups() if g).strip() if where else what
    return f"I'm at {place} until {m.group('b') or at}" if before else f"At {at} I must be at {place}"
