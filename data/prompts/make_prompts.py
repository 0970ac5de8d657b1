"""Build the trip-prompt benchmark: templated prompts plus the hand-written ones.

    python data/prompts/make_prompts.py        # writes data/prompts/prompts.jsonl

Each line: ``id``, ``city``, ``kind`` (``template``, ``hand`` or ``heldout``), ``today``
(reference date for "tomorrow"), ``prompt`` and ``expected``: the fields of
the TripRequest a correct reading gives (``categories`` and ``cuisines`` in
the order of mention, ``start_place``, ``end_place``, ``date``,
``start_time``, ``deadline``, ``time_limit_min``, ``dependencies`` as
``[before, after]`` task index pairs).  Templated prompts are generated with
a fixed seed; hand-written ones live in ``handwritten.jsonl`` (used while
developing the offline parser) and ``heldout.jsonl`` (written afterwards, to
measure phrasing the parser was not developed on).
"""

from __future__ import annotations

import datetime as dt
import json
import random
from pathlib import Path

HERE = Path(__file__).resolve().parent
TODAY = dt.date(2025, 6, 12)  # a Thursday in summer

PLACES = {
    "munich": ["Marienplatz", "Karlsplatz", "Odeonsplatz", "Sendlinger Tor", "Viktualienmarkt", "Isartor"],
    "porto": ["Aliados", "Trindade", "Ribeira", "Batalha", "Bolhão", "Cordoaria"],
    "helsinki": ["Rautatientori", "Senaatintori", "Narinkkatori", "Kasarmitori", "Kansalaistori"],
    "monaco": ["Place du Casino", "Place Saint Nicolas", "Place des Bougainvilliers", "Champions Promenade"],
}
CUISINES = {"munich": ["italian", "japanese", "indian"], "porto": ["portuguese", "italian", "sushi"],
            "helsinki": ["sushi", "italian", "mexican"], "monaco": ["italian", "french", "japanese"]}
CUISINE_WORD = {"italian": "Italian", "japanese": "Japanese", "indian": "Indian", "portuguese": "Portuguese",
                "sushi": "sushi", "mexican": "Mexican", "french": "French"}

# (phrase, category, cuisine, reference used in "after ...")
TASKS = [
    ("visit a museum", "museum", None, "the museum"),
    ("see a museum for two hours", "museum", None, "the museum"),
    ("grab a coffee", "cafe", None, "the coffee"),
    ("walk in a park", "park", None, "the park"),
    ("have a beer at a pub", "bar", None, "the beer"),
    ("buy some souvenirs", "shop", None, "shopping"),
    ("get an ice cream", "ice_cream", None, "the ice cream"),
    ("look around an art gallery", "gallery", None, "the gallery"),
    ("visit a church", "church", None, "the church"),
    ("see a famous landmark", "sight", None, None),
    ("have dinner", "restaurant", None, "dinner"),
    ("browse a bookshop", "bookshop", None, "the bookshop"),
    ("stop at a bakery", "bakery", None, "the bakery"),
    ("have lunch", "restaurant", None, "lunch"),
    ("lunch at {a_cuisine} restaurant", "restaurant", "CUISINE", "lunch"),
    ("eat at {a_cuisine} place", "restaurant", "CUISINE", None),
]
STARTS = ["Starting at {place} at {time}", "I start at {place} at {time}", "From {place} at {time}",
          "I'm at {place} at {time}", "We begin at {place} at {time}", "Leaving from {place} at {time}"]
DATES = [("Tomorrow", 1), ("Today", 0), ("On Saturday", 2), ("", None)]
START_TIMES = [("9am", "09:00"), ("10am", "10:00"), ("10:30", "10:30"), ("11 am", "11:00"), ("noon", "12:00"),
               ("2pm", "14:00"), ("1:30pm", "13:30"), ("9:15", "09:15")]
PREFS = ["", " Keep the walking short.", " I want the best places.", " Nothing too far, please.", ""]


def _fmt(m: int) -> str:
    return f"{m // 60:02d}:{m % 60:02d}"


def _spoken(m: int) -> str:
    h, mm = divmod(m, 60)
    ap = "am" if h < 12 else "pm"
    h12 = h - 12 if h > 12 else h
    return f"{h12}{':%02d' % mm if mm else ''}{ap}" if random.random() < 0.7 else f"{h12}:{mm:02d} {ap}"


def templated(n_per_city: int = 30, seed: int = 7) -> list[dict]:
    random.seed(seed)
    out = []
    for city, places in PLACES.items():
        for k in range(n_per_city):
            place = random.choice(places)
            st_word, st = random.choice(START_TIMES)
            st_min = int(st[:2]) * 60 + int(st[3:])
            date_word, date_off = random.choice(DATES)
            n = random.choice([1, 2, 2, 3, 3, 3, 4])
            picks = random.sample(TASKS, n)
            # at most one restaurant-like meal per prompt keeps the readings unambiguous
            meals = [p for p in picks if p[1] == "restaurant"]
            while len(meals) > 1:
                picks.remove(meals.pop())
            n = len(picks)
            cats, cuis, phrases = [], [], []
            for phrase, cat, cui, _ in picks:
                if cui == "CUISINE":
                    cui = random.choice(CUISINES[city])
                    word = CUISINE_WORD[cui]
                    phrase = phrase.format(a_cuisine=("an " if word[0] in "AEIOU" else "a ") + word)
                cats.append(cat)
                cuis.append(cui)
                phrases.append(phrase)
            order = random.choice(["then", "free", "after"]) if n >= 2 else "free"
            deps: list[list[int]] = []
            if order == "then":
                body = "I want to " + ", then ".join(phrases) + "."
                deps = [[i, i + 1] for i in range(n - 1)]
            elif order == "after" and picks[0][3]:
                rest = phrases[1:]
                body = f"I want to {phrases[0]}. After {picks[0][3]}, I'd like to " + \
                    (" and ".join(rest) if len(rest) <= 2 else ", ".join(rest[:-1]) + " and " + rest[-1]) + "."
                deps = [[0, j] for j in range(1, n)]
            else:
                body = "I'd like to " + (" and ".join(phrases) if n <= 2 else ", ".join(phrases[:-1]) + " and " + phrases[-1]) + "."
            end_kind = random.choice(["back_by", "need_by", "hours", "within", "until", "none"])
            deadline = limit = None
            end_place = None
            length = random.choice([3, 4, 5, 6])
            end_min = min(st_min + length * 60, 22 * 60)
            if end_kind == "back_by":
                tail = f" I must be back at {place} by {_spoken(end_min)}."
                deadline, end_place = _fmt(end_min), place
            elif end_kind == "need_by":
                tail = f" I need to finish by {_spoken(end_min)}."
                deadline = _fmt(end_min)
            elif end_kind == "hours":
                tail = f" I have {length} hours."
                limit = length * 60
            elif end_kind == "within":
                tail = f" All within {length} hours, please."
                limit = length * 60
            elif end_kind == "until":
                tail = f" I'm free until {_spoken(end_min)}."
                deadline = _fmt(end_min)
            else:
                tail = ""
            start = random.choice(STARTS).format(place=place, time=st_word)
            lead = start if start.startswith(("I ", "I'm")) else start[0].lower() + start[1:]
            prompt = (f"{date_word} {lead}. " if date_word else f"{start}. ") + body + tail \
                + random.choice(PREFS)
            date = (TODAY + dt.timedelta(days=date_off)).isoformat() if date_off is not None else None
            if date_word == "On Saturday":
                date = (TODAY + dt.timedelta(days=(5 - TODAY.weekday()) % 7)).isoformat()
            out.append({"id": f"tpl-{city}-{k:02d}", "city": city, "kind": "template", "today": TODAY.isoformat(),
                        "prompt": prompt,
                        "expected": {"categories": cats, "cuisines": cuis, "start_place": place,
                                     "end_place": end_place, "date": date, "start_time": st, "deadline": deadline,
                                     "time_limit_min": limit, "dependencies": deps}})
    return out


def main() -> None:
    rows = templated()
    hand = [json.loads(line) for line in (HERE / "handwritten.jsonl").read_text().splitlines() if line.strip()]
    held = [json.loads(line) for line in (HERE / "heldout.jsonl").read_text().splitlines() if line.strip()]
    rows += hand + held
    with open(HERE / "prompts.jsonl", "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(rows)} prompts ({len(rows) - len(hand) - len(held)} templated, {len(hand)} hand-written, "
          f"{len(held)} hand-written held out) -> prompts.jsonl")


if __name__ == "__main__":
    main()
