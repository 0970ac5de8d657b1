"""Polish and Czech in the offline parser: the language told apart, typed with its diacritics or without, clock
times said in words in their cases ("o wpół do trzeciej", "przed osiemnastą", "v půl třetí", "ve tři", "do
jedenácti"), durations with a half or a quarter, place names said after a preposition read in the base form the map
knows ("przy Isartorze", "u Wachauer Parku"), and whole trip requests in the fourteen bundled cities: the start and
its time, the end and the deadline or the time one has, the visits in the order said and the order asked for,
circular orders and contradictory times refused.  The sentences are written for these tests; none is taken from a
prompt set."""

from __future__ import annotations

import pytest
from conftest import PROMPT_DAY, planner_parse

from nco.errors import InputError
from nco.planner.gazetteer import fold
from nco.planner.offline.clock import word_times
from nco.planner.offline.lang import detect, normalise
from nco.planner.offline.slavic import bases_of, fold_words, name_bases
from nco.planner.parse import parse_offline
from nco.planner.plan import knows, load_planner_city, named_visits


@pytest.mark.parametrize("text, lang", [
    ("Jestem przy Pulaski Monument o 15:00. Chcę zobaczyć kościół.", "pl"),
    ("jestem przy gozzoburg o 15, chce zobaczyc kosciol i pojsc na kawe", "pl"),
    ("Z Plaça del Poble o 10:00: apteka, bank i supermarket. Wracam o 12:00.", "pl"),
    ("Jsem u Katyn Memorial v 10. Chci vidět muzeum a pak zajít do kavárny.", "cs"),
    ("zitra od 15 z Praça da Liberdade, chci do knihkupectvi a pak na pivo", "cs"),
    ("od nádraží v Kremži v deset hodin, supermarket a lékárna, do jedenácti", "cs"),
])
def test_the_language_is_told_with_or_without_diacritics(text, lang):
    assert detect(text) == lang


@pytest.mark.parametrize("lang, text, want", [
    ("pl", "o wpół do trzeciej", "o 2:30"), ("pl", "o dziewiątej", "o 9:00"), ("pl", "przed osiemnastą", "przed 18:00"),
    ("pl", "na dziesiątą", "na 10:00"), ("pl", "o ósmej trzydzieści", "o 8:30"),
    ("pl", "kwadrans po dziewiątej", "9:15"),
    ("pl", "za kwadrans dziesiąta", "9:45"), ("pl", "o siódmej wieczorem", "o 19:00"),
    ("pl", "dwie kawiarnie", "dwie kawiarnie"),
    ("cs", "v půl třetí", "v 2:30"), ("cs", "ve tři", "ve 3:00"), ("cs", "do jedenácti", "do 11:00"),
    ("cs", "ve čtvrt na deset", "ve 9:15"), ("cs", "tři čtvrtě na jedenáct", "10:45"),
    ("cs", "před pátou", "pred 5:00"),
    ("cs", "ve čtyři odpoledne", "ve 16:00"), ("cs", "v deset hodin", "v 10:00"), ("cs", "tři kavárny", "tri kavarny"),
])
def test_clock_times_in_words_in_their_cases(lang, text, want):
    assert word_times(fold_words(text), lang) == want


@pytest.mark.parametrize("lang, text, minutes", [
    ("pl", "mam półtorej godziny", 90), ("pl", "mamy dwie i pół godziny", 150), ("pl", "mam godzinę i kwadrans", 75),
    ("pl", "mam 2h", 120), ("cs", "mám hodinu a půl", 90), ("cs", "máme dvě a půl hodiny", 150),
    ("cs", "mám hodinu a čtvrt", 75), ("cs", "mám 2h", 120),
])
def test_durations_with_a_half_or_a_quarter(lang, text, minutes):
    said = normalise(text, lang)
    assert f"{minutes} minutes" in said or (minutes % 60 == 0 and f"{minutes // 60} hours" in said)


@pytest.mark.parametrize("city, lang, text, want", [
    ("munich", "pl", "O 14 muszę być przy Isartorze.", "O 14 muszę być przy Isartor."),
    ("munich", "pl", "Z Karlsplatzu o 10.", "Z Karlsplatz o 10."),
    ("munich", "pl", "Jestem na Viktualienmarkcie.", "Jestem na Viktualienmarkt."),
    ("munich", "pl", "Zaczynam przy Stachusie.", "Zaczynam przy Stachus."),
    ("krems", "cs", "Začínám u Wachauer Parku v 10.", "Začínám u Wachauer Park v 10."),
    ("bayreuth_north", "cs", "Vyrážím z Harsdorfu. Chci oběd.", "Vyrážím z Harsdorf. Chci oběd."),
    ("krems", "cs", "jsem u gozzoburgu v 15:00", "jsem u gozzoburg v 15:00"),
    ("krems", "cs", "chceme nakoupit v bille", "chceme nakoupit v billa"),
    ("krems", "cs", "Jsem u Pfarrkirche St. Veit v 10.", "Jsem u Pfarrkirche St. Veit v 10."),
])
def test_names_after_a_preposition_in_the_base_form_the_map_knows(city, lang, text, want):
    assert name_bases(text, knows(load_planner_city(city)), lang) == want


class _Names:
    """A map that holds a few names of Polish and Czech towns (none of the bundled extracts is one)."""

    def has_name(self, name: str) -> bool:
        return fold(name) in {"hlavni nadrazi", "rynek glowny", "vaclavske namesti", "rynek"}


@pytest.mark.parametrize("lang, text, want", [
    ("cs", "Jedu od Hlavního nádraží v 10, pak muzeum.", "Jedu od Hlavní nádraží v 10, pak muzeum."),
    ("pl", "Spotkanie na Rynku Głównym o 12.", "Spotkanie na Rynek Główny o 12."),
    ("cs", "Jsem na Václavském náměstí v 9.", "Jsem na Václavské náměstí v 9."),
    ("pl", "Zbiórka na Rynku o 12.", "Zbiórka na Rynek o 12."),
])
def test_names_of_a_noun_and_its_adjective_in_the_base_form(lang, text, want):
    assert name_bases(text, _Names(), lang) == want


def test_the_base_forms_of_a_word():
    assert "Rynek" in bases_of("Rynku", "pl") and "Isartor" in bases_of("Isartorze", "pl")
    assert "Hlavní" in bases_of("Hlavního", "cs") and "Harsdorf" in bases_of("Harsdorfu", "cs")


def _read(city: str, text: str):
    """The request the planner plans for ``text`` in ``city``: places named without their kind read on its map."""
    c = load_planner_city(city)
    known = knows(c)
    pr = parse_offline(text, today=PROMPT_DAY, known_place=known)
    req = named_visits(c, pr, known)[0] if pr.named else pr.request
    end = req.deadline or (f"+{req.time_limit_min}" if req.time_limit_min else None)
    kinds = [(t.tag or t.category) + ("*" if t.maximize else "") for t in req.tasks]
    return (req.start_place, req.start_time, req.end_place, end, kinds,
            sorted((d.before, d.after) for d in req.dependencies))


#: (city, prompt, start, start time, end place, deadline or "+minutes", kinds, order)
POLISH = [
    ('munich', "Jestem na Marienplatzu o 10:00. Chcę zobaczyć dwa muzea, a potem zjeść obiad. Muszę wrócić do 15:00.",
     'Marienplatz', '10:00', None, '15:00', ['museum', 'museum', 'restaurant'], [(0, 2), (1, 2)]),
    ('munich', "Jutro zaczynam o dziewiątej przy Odeonsplatz. Najpierw kawiarnia, potem księgarnia, a na koniec "
     "Hofgarten. Mam trzy godziny.",
     'Odeonsplatz', '09:00', None, '+180', ['cafe', 'bookshop', 'park'], [(0, 1), (1, 2)]),
    ('munich', "od sendlinger tor o 14, apteka, drogeria i supermarket w dowolnej kolejnosci, wracam na 16:30",
     'Sendlinger Tor', '14:00', 'Sendlinger Tor', '16:30', ['pharmacy', 'shop=chemist', 'supermarket'], []),
    ('munich', "Z Karlsplatz o wpół do jedenastej: jak najwięcej kościołów. O 14 muszę być przy Isartorze.",
     'Karlsplatz', '10:30', 'Isartor', '14:00', ['church*'], []),
    ('porto', "Jesteśmy przy Torre dos Clérigos o 10. Najpierw chcemy napić się kawy, potem zobaczyć katedrę, a na "
     "koniec zjeść obiad w jakiejś restauracji. Mamy cztery godziny.",
     'Torre dos Clérigos', '10:00', None, '+240', ['cafe', 'church', 'restaurant'], [(0, 1), (1, 2)]),
    ('porto', "Start: São Bento, 9:30. Piekarnia, muzeum, lody. Koniec o 13:00 na Praça da Ribeira.",
     'São Bento', '09:30', 'Praça da Ribeira', '13:00', ['bakery', 'museum', 'ice_cream'], []),
    ('porto', "jutro od 15 z Praça da Liberdade, chce isc do ksiegarni a potem na piwo, mam 2 godziny",
     'Praça da Liberdade', '15:00', None, '+120', ['bookshop', 'bar'], [(0, 1)]),
    ('helsinki', "Zaczynamy na Senaatintori o 11:00. Chcemy odwiedzić Ateneum, potem zjeść lunch, a na koniec pójść "
     "do parku. O 16:00 musimy być na dworcu.",
     'Senaatintori', '11:00', 'station', '16:00', ['museum', 'restaurant', 'park'], [(0, 1), (1, 2)]),
    ('helsinki', "Od Kauppatori o 9: targ, kawiarnia i muzeum Kiasma. Wracam przed 13.",
     'Kauppatori', '09:00', 'Kauppatori', '13:00', ['market', 'cafe', 'museum'], []),
    ('helsinki', "Chcę wyjść z Oodi o wpół do trzeciej, zobaczyć dwa kościoły i zjeść lody. Mam półtorej godziny.",
     'Oodi', '14:30', None, '+90', ['church', 'church', 'ice_cream'], []),
    ('monaco', "Jestem na Place du Casino o 18:00. Najpierw kolacja w restauracji, potem bar. Muszę wrócić o 23:00.",
     'Place du Casino', '18:00', 'Place du Casino', '23:00', ['restaurant', 'bar'], [(0, 1)]),
    ('monaco', "Startujemy spod Palais Princier o 10: muzeum oceanograficzne, ogród japoński i lody, w tej "
     "kolejności. Mamy czas do 14.",
     'Palais Princier', '10:00', None, '14:00', ['museum', 'park', 'ice_cream'], [(0, 1), (1, 2)]),
    ('andorra', "Z Plaça del Poble o 10:00: apteka, bank i supermarket. Wracam o 12:00.",
     'Plaça del Poble', '10:00', 'Plaça del Poble', '12:00', ['pharmacy', 'bank', 'supermarket'], []),
    ('andorra', "W sobotę o 9 zaczynam przy Casa de la Vall. Najpierw muzeum, potem obiad, a na końcu zakupy w "
     "sklepie z butami. Mam pięć godzin.",
     'Casa de la Vall', '09:00', 'Casa de la Vall', '+300', ['museum', 'restaurant', 'shop'], [(0, 1), (1, 2)]),
    ('stockholm', "Jestem przy Mariatorget o 13:30. Chcę kawę, galerię i księgarnię, w dowolnej kolejności. Wracam o "
     "16.",
     'Mariatorget', '13:30', 'Mariatorget', '16:00', ['cafe', 'gallery', 'bookshop'], []),
    ('stockholm', "Od Stockholms södra jutro o ósmej: śniadanie w piekarni, potem park. Muszę być z powrotem na "
     "dworcu o 10.",
     'Stockholms södra', '08:00', 'Stockholms södra', '10:00', ['bakery', 'park'], [(0, 1)]),
    ('sydney', "Zaczynam przy stacji Sydenham o 12. Chcę zjeść w tajskiej restauracji, a potem iść do parku. Mam "
     "dwie godziny.",
     'Sydenham', '12:00', None, '+120', ['restaurant', 'park'], [(0, 1)]),
    ('sydney', "O 17:00 jestem w Tillman Park. Chcę iść na piwo do browaru, potem na kolację. Do 21.",
     'Tillman Park', '17:00', None, '21:00', ['bar', 'restaurant'], [(0, 1)]),
    ('baltimore', "Jestem przy Katyn Memorial o 10. Chcę zobaczyć muzeum, a potem iść do kawiarni. Mam półtorej "
     "godziny.",
     'Katyn Memorial', '10:00', None, '+90', ['museum', 'cafe'], [(0, 1)]),
    ('baltimore', "Wychodzę z Fells Point o 9:00. Najpierw kościół, potem piekarnia, potem supermarket. Muszę być w "
     "Canton o 12.",
     'Fells Point', '09:00', 'Canton', '12:00', ['church', 'bakery', 'supermarket'], [(0, 1), (1, 2)]),
    ('harrisburg', "Od Heritage Square o 10: kino, a potem pizza. Wracam o 14:30.",
     'Heritage Square', '10:00', 'Heritage Square', '14:30', ['cinema', 'restaurant'], [(0, 1)]),
    ('harrisburg', "Jutro o wpół do dziewiątej zaczynam przy East Shore Library. Potrzebuję apteki, banku i "
     "supermarketu. Mam godzinę.",
     'East Shore Library', '08:30', None, '+60', ['pharmacy', 'bank', 'supermarket'], []),
    ('new_york', "Jestem na Abingdon Square o 11:00. Najpierw kawa, potem spacer po parku, na koniec obiad. Mam trzy "
     "godziny.",
     'Abingdon Square', '11:00', None, '+180', ['cafe', 'park', 'restaurant'], [(0, 1), (1, 2)]),
    ('new_york', "Od Christopher Park o 15: dwa bary i pizzeria. Kończę o 19:00 przy Sheridan Square.",
     'Christopher Park', '15:00', 'Sheridan Square', '19:00', ['bar', 'bar', 'restaurant'], []),
    ('paris', "Zaczynam na Place de la République o 10. Targ, potem muzeum, potem park. Do 13.",
     'Place de la République', '10:00', None, '13:00', ['market', 'museum', 'park'], [(0, 1), (1, 2)]),
    ('paris', "Jestem przy Rambuteau o 14:00, chcę iść do supermarketu i do restauracji. Mam godzinę i kwadrans.",
     'Rambuteau', '14:00', None, '+75', ['supermarket', 'restaurant'], []),
    ('krems', "Zaczynam przy Wachauer Park o 10. Kawiarnia, apteka i piekarnia. Wracam o 12.",
     'Wachauer Park', '10:00', 'Wachauer Park', '12:00', ['cafe', 'pharmacy', 'bakery'], []),
    ('krems', "Od dworca w Krems o 9:30: kościół św. Wita, obiad i lody. Muszę być z powrotem na dworcu o 14.",
     'station', '09:30', 'station', '14:00', ['church', 'restaurant', 'ice_cream'], []),
    ('krems', "jestem przy gozzoburg o 15:00, chce zobaczyc kosciol i pojsc na kawe, mam 2h",
     'Gozzoburg', '15:00', None, '+120', ['church', 'cafe'], []),
    ('bayreuth_north', "Jutro o 10 startujemy z Bindlach. Najpierw plac zabaw, potem obiad w restauracji. Mamy trzy "
     "godziny.",
     'Bindlach', '10:00', None, '+180', ['playground', 'restaurant'], [(0, 1)]),
    ('bayreuth_north', "Jestem w Harsdorf o 13:00. Chcę kupić chleb i coś w aptece. Do 15.",
     'Harsdorf', '13:00', None, '15:00', ['bakery', 'pharmacy'], []),
    ('campo_grande', "Zaczynamy o 9:00 przy Praça do Peixe. Park, muzeum i obiad. Mamy czas do 14:00.",
     'Praça do Peixe', '09:00', None, '14:00', ['park', 'museum', 'restaurant'], []),
    ('campo_grande', "Od Terminal Guaicurus o ósmej: supermarket i restauracja. Wracam o wpół do jedenastej.",
     'Terminal Guaicurus', '08:00', 'Terminal Guaicurus', '10:30', ['supermarket', 'restaurant'], []),
    ('porto', "Wyruszamy z Avenida dos Aliados o 14:15. Po obiedzie chcemy zobaczyć Livraria Lello i wypić kawę. Do "
     "17:30.",
     'Avenida dos Aliados', '14:15', None, '17:30', ['restaurant', 'bookshop', 'cafe'], [(0, 1), (0, 2)]),
    ('stockholm', "Od Mariatorget o 12: trzy galerie i jedna kawiarnia na końcu. Wracam o 15:30.",
     'Mariatorget', '12:00', 'Mariatorget', '15:30',
     ['gallery', 'gallery', 'gallery', 'cafe'], [(0, 3), (1, 3), (2, 3)]),
    ('baltimore', "W niedzielę o 11 jestem w Little Italy. Chcę zjeść obiad, zobaczyć Shot Tower i kupić lody. Muszę "
     "być w Harbor East o 15.",
     'Little Italy', '11:00', 'Harbor East', '15:00', ['restaurant', 'museum', 'ice_cream'], []),
    ('helsinki', "Jutro o piętnastej jestem na Narinkkatori. Dwie kawiarnie i księgarnia, wracam przed osiemnastą.",
     'Narinkkatori', '15:00', 'Narinkkatori', '18:00', ['cafe', 'cafe', 'bookshop'], []),
    ('andorra', "Z Parc Central o 16: apteka i bank przed kolacją w restauracji. Mam 3 godziny.",
     'Parc Central', '16:00', None, '+180', ['pharmacy', 'bank', 'restaurant'], [(0, 2), (1, 2)]),
    ('sydney', "zaczynam o 9 przy wicks park, sniadanie w kawiarni a potem piekarnia, wracam na 11",
     'Wicks Park', '09:00', 'Wicks Park', '11:00', ['cafe', 'bakery'], [(0, 1)]),
    ('harrisburg', "Jestem przy Phoenix Plaza o siódmej wieczorem. Kolacja i kino. Do 23:00.",
     'Phoenix Plaza', '19:00', None, '23:00', ['restaurant', 'cinema'], []),
    ('new_york', "Startuję ze stacji Canal Street o 12:30, chcę iść na lunch, a potem do Stonewall Inn na drinka. "
     "Mam dwie i pół godziny.",
     'Canal Street', '12:30', None, '+150', ['restaurant', 'bar'], [(0, 1)]),
    ('paris', "Jutro od 10 do 12 przy Place de Thorigny: muzeum Atelier Brancusi i targ Marché des Enfants Rouges.",
     'Place de Thorigny', '10:00', None, '12:00', ['museum', 'market'], []),
    ('munich', "cześć! jutro o kwadrans po dziesiątej będę na gärtnerplatz. chcę iść do kwiaciarni, na pocztę i do "
     "fryzjera, kolejność obojętna. muszę skończyć do wpół do pierwszej",
     'Gärtnerplatz', '10:15', None, '12:30', ['shop=florist', 'amenity=post_office', 'shop=hairdresser'], []),
    ('munich', "Plan na sobotę: 10:00 Viktualienmarkt → Frauenkirche → obiad → Deutsches Museum. Muszę być na "
     "Marienplatzu o 16.",
     'Viktualienmarkt', '10:00', 'Marienplatz', '16:00', ['church', 'restaurant', 'museum'], [(0, 1), (1, 2)]),
    ('porto', "Jesteśmy z żoną w Porto. Startujemy o 9 spod Mercado do Bolhão, chcemy zobaczyć jak najwięcej "
     "kościołów, a o 13 obiad. Musimy być na São Bento o 17.",
     'Mercado do Bolhão', '09:00', 'São Bento', '17:00', ['church*', 'restaurant'], []),
    ('porto', "Dzisiaj po południu, od 15:00 do 18:00, zaczynam przy Praça da Batalha. Najpierw punkt widokowy, "
     "potem lody, a na końcu jakiś bar.",
     'Praça da Batalha', '15:00', None, '18:00', ['viewpoint', 'ice_cream', 'bar'], [(0, 1), (1, 2)]),
    ('helsinki', "w piątek o 8:30 startuję z dworca. śniadanie, potem Ateneum, potem biblioteka Oodi. o 12 muszę być "
     "na Kauppatori.",
     'station', '08:30', 'Kauppatori', '12:00', ['cafe', 'museum', 'library'], [(0, 1), (1, 2)]),
    ('helsinki', "Mam 45 minut między pociągami, jestem na dworcu o 14:10. Chcę kawę, a potem aptekę.",
     'station', '14:10', None, '+45', ['cafe', 'pharmacy'], [(0, 1)]),
    ('monaco', "Jutro jestem w Monako. O 11 jestem przy Place d'Armes: targ, potem spacer po ogrodzie japońskim i "
     "lunch. Najpóźniej o 15 muszę być na dworcu.",
     "Place d'Armes", '11:00', 'station', '15:00', ['market', 'park', 'restaurant'], [(0, 1), (0, 2)]),
    ('andorra', "Od 17:00 do 20:00 jestem wolny, zaczynam przy Plaça Rebés. Sklep z pamiątkami, apteka, a potem "
     "kolacja.",
     'Plaça Rebés', '17:00', None, '20:00', ['shop', 'pharmacy', 'restaurant'], [(0, 2), (1, 2)]),
    ('stockholm', "o trzeciej po południu przy Fatbursparken. dwa sklepy z ubraniami i kawiarnia. mam dwie godziny.",
     'Fatbursparken', '15:00', None, '+120', ['shop', 'shop', 'cafe'], []),
    ('sydney', "Jestem w Sydney u znajomych. Jutro od 10 przy Wicks Park: kawiarnia, supermarket Woolworths i park. "
     "Wracam na 13.",
     'Wicks Park', '10:00', 'Wicks Park', '13:00', ['cafe', 'supermarket', 'park'], []),
    ('baltimore', "O 13:00 wychodzę z National Aquarium. Kawa, potem Fort McHenry, kolacja w Little Italy. Koniec o "
     "20:00.",
     'National Aquarium', '13:00', None, '20:00', ['cafe', 'sight', 'restaurant'], [(0, 1)]),
    ('harrisburg', "Mam wolne od 12 do 15. Start przy Colonial Park. Potrzebuję banku, apteki i chcę zjeść coś "
     "szybkiego.",
     'Colonial Park', '12:00', None, '15:00', ['bank', 'pharmacy', 'fast_food'], []),
    ('new_york', "jestem przy 14th street o 16, chce zobaczyc high line, potem piwo w jakims barze i kolacja. do 21",
     '14th Street', '16:00', None, '21:00', ['park', 'bar', 'restaurant'], [(0, 1), (0, 2)]),
    ('paris', "W niedzielę rano, o 9:30, przy Square Jules Ferry. Piekarnia, targ i plac zabaw dla dzieci. Mamy 2,5 "
     "godziny.",
     'Square Jules Ferry', '09:30', None, '+150', ['bakery', 'market', 'playground'], []),
    ('krems', "Przyjeżdżamy do Krems pociągiem o 10:15. Chcemy zobaczyć Gozzoburg, zjeść obiad i napić się wina. "
     "Pociąg powrotny mamy o 16:40.",
     'Krems', '10:15', 'Krems', '16:40', ['sight', 'restaurant', 'bar'], []),
    ('krems', "Za kwadrans dziesiąta jestem na Hoher Markt. Kościół, muzeum, kawiarnia — w tej kolejności. Muszę "
     "wrócić przed pierwszą.",
     'Hoher Markt', '09:45', 'Hoher Markt', '13:00', ['church', 'museum', 'cafe'], [(0, 1), (1, 2)]),
    ('bayreuth_north', "W poniedziałek o 14 wyjeżdżamy z Neudrossenfeld. Chcemy zwiedzić zamek, a potem iść na lody. "
     "Mamy półtorej godziny.",
     'Neudrossenfeld', '14:00', None, '+90', ['sight', 'ice_cream'], [(0, 1)]),
    ('campo_grande', "Zaczynam o 7 rano przy Parque das Nações Indígenas, spacer po parku, potem śniadanie. Muszę "
     "być w Parque dos Poderes o 10.",
     'Parque das Nações Indígenas', '07:00', 'Parque dos Poderes', '10:00', ['park', 'cafe'], [(0, 1)]),
    ('munich', "Od Isartor o 13: trzy kawiarnie i księgarnia. Mam trzy i pół godziny.",
     'Isartor', '13:00', None, '+210', ['cafe', 'cafe', 'cafe', 'bookshop'], []),
    ('porto', "jutro 10:00 Aliados, kawa > Livraria Lello > Torre dos Clérigos > obiad, powrót 14:00",
     'Aliados', '10:00', None, '14:00', ['cafe', 'bookshop', 'sight', 'restaurant'], [(0, 1), (1, 2), (2, 3)]),
    ('helsinki', "Chcę iść do muzeum przed obiadem i do parku po obiedzie. Jestem przy Rautatientori o 10:00, wracam "
     "o 15:00.",
     'Rautatientori', '10:00', 'Rautatientori', '15:00', ['museum', 'restaurant', 'park'], [(0, 1), (1, 2)]),
    ('stockholm', "W czwartek o 19:00 spotykamy się pod Mariatorget. Kolacja, potem bar, do północy.",
     'Mariatorget', '19:00', None, '23:59', ['restaurant', 'bar'], [(0, 1)]),
    ('sydney', "Jestem przy Sydenham o 17. Dziś wieczorem o siódmej mam koncert w Red Rattler. Przedtem chcę zjeść w "
     "restauracji.",
     'Sydenham', '17:00', 'Red Rattler', '19:00', ['restaurant'], []),
    ('andorra', "Jutro o 10 przy Parc Central. Chciałbym zobaczyć muzeum Carmen Thyssen, a potem zjeść obiad. Po "
     "obiedzie zakupy. Wracam o 16.",
     'Parc Central', '10:00', 'Parc Central', '16:00', ['museum', 'restaurant', 'shop'], [(0, 1), (1, 2)]),
    ('new_york', "Od Jackson Square o 9, jak najwięcej kawiarni do 12.",
     'Jackson Square', '09:00', None, '12:00', ['cafe*'], []),
    ('paris', "jestem przy place de la republique o 14:30, chce zjesc lunch i isc do supermarketu, mam godzine",
     'Place de la Republique', '14:30', None, '+60', ['restaurant', 'supermarket'], []),
    ('harrisburg', "Wyjeżdżam z Penbrook Park o 9:00. Najpierw supermarket, potem bank, na końcu pizza. Kończę w "
     "Phoenix Plaza o 11:30.",
     'Penbrook Park', '09:00', 'Phoenix Plaza', '11:30', ['supermarket', 'bank', 'restaurant'], [(0, 1), (1, 2)]),
    ('bayreuth_north', "Jestem w Bindlach o 10. Piekarnia, Dreifaltigkeitskirche, apteka, w dowolnej kolejności. "
     "Wracam na 12.",
     'Bindlach', '10:00', 'Bindlach', '12:00', ['bakery', 'church', 'pharmacy'], []),
    ('munich', "jutro o 9 jestem na viktualienmarkcie potem chce isc do frauenkirche a pozniej na obiad do jakiejs "
     "bawarskiej knajpy a o 14 musze byc w hofgartenie",
     'Viktualienmarkt', '09:00', 'Hofgarten', '14:00', ['church', 'restaurant'], [(0, 1)]),
    ('munich', "Mam pytanie: jutro mam wolne od 13 do 18. Jestem przy Odeonsplatz. Chciałbym zobaczyć Residenz, "
     "potem kawa i ciastko, a wieczorem kolacja przy Gärtnerplatz. Da się?",
     'Odeonsplatz', '13:00', None, '18:00', ['sight', 'cafe', 'restaurant'], [(0, 1), (1, 2)]),  # dinner after
    ('porto', "- start: Praça da Liberdade, 10:30\n- muzeum\n- obiad\n- lody\n- koniec: 15:00",
     'Praça da Liberdade', '10:30', None, '15:00', ['museum', 'restaurant', 'ice_cream'], []),
    ('porto', "Pojutrze o dziewiątej rano z Trindade: piekarnia, targ Mercado do Bolhão i kościół. Mam cztery godziny.",
     'Trindade', '09:00', None, '+240', ['bakery', 'market', 'church'], []),
    ('helsinki', "Jesteśmy na Senaatintori o piętnastej. Najpierw Tuomiokirkko, potem kawa na Esplanadi i na koniec "
     "targ. Do osiemnastej.",
     'Senaatintori', '15:00', None, '18:00', ['church', 'cafe', 'market'], [(0, 1), (1, 2)]),
    ('monaco', "Za dziesięć dziesiąta przy Place du Palais. Ogród, muzeum, kawiarnia. Muszę skończyć o pierwszej.",
     'Place du Palais', '09:50', None, '13:00', ['park', 'museum', 'cafe'], []),
    ('andorra', "Hej! Jutro zaczynamy o 10 przy Plaça Major. Chcemy sklep z butami, aptekę i restaurację na obiad. "
     "Muszę być z powrotem przy Plaça Major o 15.",
     'Plaça Major', '10:00', 'Plaça Major', '15:00', ['shop', 'pharmacy', 'restaurant'], []),
    ('stockholm', "Start o 10 z Mariatorget. Dwie galerie, potem lunch, potem księgarnia. Kończę przy Stockholms "
     "södra o 14.",
     'Mariatorget', '10:00', 'Stockholms södra', '14:00',
     ['gallery', 'gallery', 'restaurant', 'bookshop'], [(0, 2), (1, 2), (2, 3)]),
    ('sydney', "jestem na sydenham o 8:00 rano, sniadanie, potem park i supermarket, mam trzy godziny",
     'Sydenham', '08:00', None, '+180', ['cafe', 'park', 'supermarket'], [(0, 1), (0, 2)]),
    ('baltimore', "Jutro z wnukiem: start 10:00 przy Patterson Park, plac zabaw, lody i muzeum, w dowolnej "
     "kolejności. Wracamy do Patterson Park przed 13:00.",
     'Patterson Park', '10:00', 'Patterson Park', '13:00', ['playground', 'ice_cream', 'museum'], []),
    ('harrisburg', "Od 9 do 11 jestem przy Heritage Square. Potrzebuję apteki i supermarketu, najpierw apteka.",
     'Heritage Square', '09:00', None, '11:00', ['pharmacy', 'supermarket'], [(0, 1)]),
    ('new_york', "Wyruszam spod Sheridan Square o 12:15. Lunch, Stonewall Inn, spacer w parku. Mam dwie godziny.",
     'Sheridan Square', '12:15', None, '+120', ['restaurant', 'bar', 'park'], []),
    ('paris', "W sobotę o 11:00 jestem przy Place Léon Blum. Chcę iść na targ, a przed targiem do piekarni. Wracam o "
     "13.",
     'Place Léon Blum', '11:00', 'Place Léon Blum', '13:00', ['market', 'bakery'], [(1, 0)]),
    ('krems', "Jesteśmy w Krems. O 10 przy Pfarrkirche St. Veit, potem Gozzoburg, obiad w Schwarze Kuchl i kawa. "
     "Koniec o 15:00.",
     'Pfarrkirche St Veit', '10:00', None, '15:00', ['sight', 'restaurant', 'cafe'], []),
    ('bayreuth_north', "O 11:30 wyjeżdżam z Harsdorf. Chcę zjeść obiad w Gasthof Vogel, a potem iść na spacer do "
     "parku. Wracam na 14:00.",
     'Harsdorf', '11:30', 'Harsdorf', '14:00', ['restaurant', 'park'], [(0, 1)]),
    ('campo_grande', "Amanhã? nie, jutro o 8 przy Terminal Guaicurus. Supermarket, apteka, piekarnia. Do 10.",
     'Terminal Guaicurus', '08:00', None, '10:00', ['supermarket', 'pharmacy', 'bakery'], []),
    ('helsinki', "jutro o 10 z Kansalaistori, 2 muzea, obiad i kawiarnia, do 16",
     'Kansalaistori', '10:00', None, '16:00', ['museum', 'museum', 'restaurant', 'cafe'], []),
    ('krems', "O wpół do dziewiątej przy Aupark. Piekarnia, potem park, potem apteka. Mam półtorej godziny.",
     'Aupark', '08:30', None, '+90', ['bakery', 'park', 'pharmacy'], [(0, 1), (1, 2)]),
    ('munich', "Jestem przy Isartorze o piętnastej trzydzieści. Potrzebuję optyka i kwiaciarni, a potem idę na piwo. "
     "Muszę wrócić do siedemnastej.",
     'Isartor', '15:30', None, '17:00', ['shop=optician', 'shop=florist', 'bar'], [(0, 2), (1, 2)]),
    ('munich', "Między 10 a 12 mam czas, start przy Sankt-Jakobs-Platz. Jüdisches Museum i kawiarnia.",
     'Sankt-Jakobs-Platz', '10:00', None, '12:00', ['museum', 'cafe'], []),
    ('porto', "Kwadrans po dziewiątej będę przy Avenida dos Aliados. Chcę wysłać paczkę na poczcie, wypłacić "
     "pieniądze z bankomatu i kupić lody. Mam godzinę.",
     'Avenida dos Aliados', '09:15', None, '+60', ['amenity=post_office', 'bank', 'ice_cream'], []),
    ('helsinki', "Spotykamy się pod Ateneum o wpół do pierwszej. Lunch, potem galeria, potem zakupy w Stockmannie. "
     "Do czwartej.",
     'Ateneum', '12:30', None, '16:00', ['restaurant', 'gallery', 'shop'], [(0, 1), (1, 2)]),
    ('monaco', "Około 16 startuję spod Casino de Monte Carlo. Najpierw lody, potem zachód słońca na punkcie "
     "widokowym, potem kolacja. Wracam przed 22.",
     'Casino de Monte Carlo', '16:00', 'Casino de Monte Carlo', '22:00',
     ['ice_cream', 'viewpoint', 'restaurant'], [(0, 1), (1, 2)]),
    ('andorra', "Jestem przy Parc Central od 9:45. Fryzjer, potem poczta i na koniec supermarket. Do 12:30.",
     'Parc Central', '09:45', None, '12:30',
     ['shop=hairdresser', 'amenity=post_office', 'supermarket'], [(0, 1), (1, 2)]),
    ('stockholm', "przy Mariatorget o 11, księgarnia z komiksami i kawa, potem kolacja o 18. mam czas do 20",
     'Mariatorget', '11:00', None, '20:00', ['bookshop', 'cafe', 'restaurant'], [(0, 2), (1, 2)]),
    ('sydney', "Jutro o 10 jestem przy Tillman Park. Chcę iść do piekarni, do supermarketu i do parku z psem. Mam "
     "półtorej godziny.",
     'Tillman Park', '10:00', None, '+90', ['bakery', 'supermarket', 'park'], []),
    ('baltimore', "Zaczynam przy Shot Tower o 11:30. Lunch w Little Italy, potem muzeum, potem kawiarnia. Muszę być "
     "w Fells Point o 16.",
     'Shot Tower', '11:30', 'Fells Point', '16:00', ['restaurant', 'museum', 'cafe'], [(0, 1), (1, 2)]),
    ('harrisburg', "O 19 przy Heritage Square: kolacja i kino. Mam trzy godziny.",
     'Heritage Square', '19:00', None, '+180', ['restaurant', 'cinema'], []),
    ('new_york', "Zaczynamy o 13:00 przy Waverly Place. Chcemy zobaczyć kościół i dwa parki. Kończymy przy "
     "Christopher Park o 16:00.",
     'Waverly Place', '13:00', 'Christopher Park', '16:00', ['church', 'park', 'park'], []),
    ('paris', "O 10:30 przy Place de la République. Kawiarnia, potem supermarket. Mam 45 minut.",
     'Place de la République', '10:30', None, '+45', ['cafe', 'supermarket'], [(0, 1)]),
    ('krems', "Jesteśmy przy Dreifaltigkeitsplatz o 14. Najpierw lody, potem Pfarrkirche St. Veit, a na końcu "
     "winiarnia. Do 17:30.",
     'Dreifaltigkeitsplatz', '14:00', None, '17:30', ['ice_cream', 'church', 'bar'], [(0, 1), (1, 2)]),
    ('bayreuth_north', "Startuję z Ramsenthal o 9. Chcę zobaczyć Alte Robinie, potem piekarnia. Wracam o 11.",
     'Ramsenthal', '09:00', 'Ramsenthal', '11:00', ['viewpoint', 'bakery'], [(0, 1)]),
    ('campo_grande', "Jutro o 16:00 jestem w Parque das Nações Indígenas. Muzeum Dom Bosco, a potem kolacja. Mam "
     "trzy godziny.",
     'Parque das Nações Indígenas', '16:00', None, '+180', ['museum', 'restaurant'], [(0, 1)]),
    ('porto', "Od 14 do 17 przy Ribeira: jak najwięcej barów z winem porto.",
     'Ribeira', '14:00', None, '17:00', ['bar*'], []),
    ('helsinki', "Wychodzimy o 8:15 z Rautatientori. Śniadanie, Vanha Kauppahalli, muzeum. Kończymy przy Kauppatori "
     "przed 12.",
     'Rautatientori', '08:15', 'Kauppatori', '12:00', ['cafe', 'market', 'museum'], []),
    ('stockholm', "Od Stockholms södra o 9:00: trzy kościoły i kawiarnia, w tej kolejności. Do 13.",
     'Stockholms södra', '09:00', None, '13:00', ['church', 'church', 'church', 'cafe'], [(0, 3), (1, 3), (2, 3)]),
]
CZECH = [
    ('munich', "Jsem na Marienplatzu v 10:00. Chci vidět dvě muzea a potom jít na oběd. Musím být zpátky ve tři "
     "odpoledne.",
     'Marienplatz', '10:00', 'Marienplatz', '15:00', ['museum', 'museum', 'restaurant'], [(0, 2), (1, 2)]),
    ('munich', "Zítra začínám v devět u Odeonsplatz. Nejdřív kavárna, pak knihkupectví a nakonec Hofgarten. Mám tři "
     "hodiny.",
     'Odeonsplatz', '09:00', None, '+180', ['cafe', 'bookshop', 'park'], [(0, 1), (1, 2)]),
    ('munich', "od sendlinger tor ve 14, lekarna, drogerie a supermarket v libovolnem poradi, zpatky v 16:30",
     'Sendlinger Tor', '14:00', 'Sendlinger Tor', '16:30', ['pharmacy', 'shop=chemist', 'supermarket'], []),
    ('munich', "Z Karlsplatzu v půl jedenácté: co nejvíc kostelů. Ve 14 musím být u Isartoru.",
     'Karlsplatz', '10:30', 'Isartor', '14:00', ['church*'], []),
    ('porto', "Jsme u Torre dos Clérigos v 10. Nejdřív si chceme dát kávu, pak vidět katedrálu a nakonec oběd v "
     "nějaké restauraci. Máme čtyři hodiny.",
     'Torre dos Clérigos', '10:00', None, '+240', ['cafe', 'church', 'restaurant'], [(0, 1), (1, 2)]),
    ('porto', "Start: São Bento, 9:30. Pekárna, muzeum, zmrzlina. Konec ve 13:00 na Praça da Ribeira.",
     'São Bento', '09:30', 'Praça da Ribeira', '13:00', ['bakery', 'museum', 'ice_cream'], []),
    ('porto', "zitra od 15 z Praça da Liberdade, chci do knihkupectvi a pak na pivo, mam 2 hodiny",
     'Praça da Liberdade', '15:00', None, '+120', ['bookshop', 'bar'], [(0, 1)]),
    ('helsinki', "Začínáme na Senaatintori v 11:00. Chceme navštívit Ateneum, pak oběd a nakonec park. V 16:00 "
     "musíme být na nádraží.",
     'Senaatintori', '11:00', 'station', '16:00', ['museum', 'restaurant', 'park'], [(0, 1), (1, 2)]),
    ('helsinki', "Od Kauppatori v 9: trh, kavárna a muzeum Kiasma. Zpátky před 13.",
     'Kauppatori', '09:00', 'Kauppatori', '13:00', ['market', 'cafe', 'museum'], []),
    ('helsinki', "Chci vyrazit od Oodi v půl třetí, vidět dva kostely a dát si zmrzlinu. Mám hodinu a půl.",
     'Oodi', '14:30', None, '+90', ['church', 'church', 'ice_cream'], []),
    ('monaco', "Jsem na Place du Casino v 18:00. Nejdřív večeře v restauraci, potom bar. Zpátky musím být ve 23:00.",
     'Place du Casino', '18:00', 'Place du Casino', '23:00', ['restaurant', 'bar'], [(0, 1)]),
    ('monaco', "Vyrážíme od Palais Princier v 10: oceánografické muzeum, japonská zahrada a zmrzlina, v tomto "
     "pořadí. Máme čas do 14.",
     'Palais Princier', '10:00', None, '14:00', ['museum', 'park', 'ice_cream'], [(0, 1), (1, 2)]),
    ('andorra', "Z Plaça del Poble v 10:00: lékárna, banka a supermarket. Zpátky ve 12:00.",
     'Plaça del Poble', '10:00', 'Plaça del Poble', '12:00', ['pharmacy', 'bank', 'supermarket'], []),
    ('andorra', "V sobotu v 9 začínám u Casa de la Vall. Nejdřív muzeum, pak oběd a nakonec obchod s botami. Mám pět "
     "hodin.",
     'Casa de la Vall', '09:00', 'Casa de la Vall', '+300', ['museum', 'restaurant', 'shop'], [(0, 1), (1, 2)]),
    ('stockholm', "Jsem u Mariatorget ve 13:30. Chci kafe, galerii a knihkupectví, pořadí je jedno. Zpátky v 16.",
     'Mariatorget', '13:30', 'Mariatorget', '16:00', ['cafe', 'gallery', 'bookshop'], []),
    ('stockholm', "Od Stockholms södra zítra v osm: snídaně v pekárně, potom park. Na nádraží musím být zpátky v 10.",
     'Stockholms södra', '08:00', 'Stockholms södra', '10:00', ['bakery', 'park'], [(0, 1)]),
    ('sydney', "Začínám u stanice Sydenham ve 12. Chci se najíst v thajské restauraci a pak jít do parku. Mám dvě "
     "hodiny.",
     'Sydenham', '12:00', None, '+120', ['restaurant', 'park'], [(0, 1)]),
    ('sydney', "V 17:00 jsem v Tillman Park. Chci jít na pivo do pivovaru, potom na večeři. Do 21.",
     'Tillman Park', '17:00', None, '21:00', ['bar', 'restaurant'], [(0, 1)]),
    ('baltimore', "Jsem u Katyn Memorial v 10. Chci vidět muzeum a pak zajít do kavárny. Mám hodinu a půl.",
     'Katyn Memorial', '10:00', None, '+90', ['museum', 'cafe'], [(0, 1)]),
    ('baltimore', "Vyrážím z Fells Point v 9:00. Nejdřív kostel, pak pekárna, pak supermarket. Ve 12 musím být v "
     "Canton.",
     'Fells Point', '09:00', 'Canton', '12:00', ['church', 'bakery', 'supermarket'], [(0, 1), (1, 2)]),
    ('harrisburg', "Od Heritage Square v 10: kino a potom pizza. Zpátky ve 14:30.",
     'Heritage Square', '10:00', 'Heritage Square', '14:30', ['cinema', 'restaurant'], [(0, 1)]),
    ('harrisburg', "Zítra v půl deváté začínám u East Shore Library. Potřebuju lékárnu, banku a supermarket. Mám "
     "hodinu.",
     'East Shore Library', '08:30', None, '+60', ['pharmacy', 'bank', 'supermarket'], []),
    ('new_york', "Jsem na Abingdon Square v 11:00. Nejdřív kafe, pak procházka po parku, nakonec oběd. Mám tři hodiny.",
     'Abingdon Square', '11:00', None, '+180', ['cafe', 'park', 'restaurant'], [(0, 1), (1, 2)]),
    ('new_york', "Od Christopher Park v 15: dva bary a pizzerie. Končím v 19:00 u Sheridan Square.",
     'Christopher Park', '15:00', 'Sheridan Square', '19:00', ['bar', 'bar', 'restaurant'], []),
    ('paris', "Začínám na Place de la République v 10. Trh, pak muzeum, pak park. Do 13.",
     'Place de la République', '10:00', None, '13:00', ['market', 'museum', 'park'], [(0, 1), (1, 2)]),
    ('paris', "Jsem u Rambuteau ve 14:00, chci jít do supermarketu a do restaurace. Mám hodinu a čtvrt.",
     'Rambuteau', '14:00', None, '+75', ['supermarket', 'restaurant'], []),
    ('krems', "Začínám u Wachauer Parku v 10. Kavárna, lékárna a pekárna. Zpátky ve 12.",
     'Wachauer Park', '10:00', 'Wachauer Park', '12:00', ['cafe', 'pharmacy', 'bakery'], []),
    ('krems', "Od nádraží v Kremži v 9:30: kostel svatého Víta, oběd a zmrzlina. Na nádraží musím být zpátky ve 14.",
     'station', '09:30', 'station', '14:00', ['church', 'restaurant', 'ice_cream'], []),
    ('krems', "jsem u gozzoburgu v 15:00, chci videt kostel a zajit na kafe, mam 2h",
     'Gozzoburg', '15:00', None, '+120', ['church', 'cafe'], []),
    ('bayreuth_north', "Zítra v 10 vyrážíme z Bindlach. Nejdřív dětské hřiště, pak oběd v restauraci. Máme tři hodiny.",
     'Bindlach', '10:00', None, '+180', ['playground', 'restaurant'], [(0, 1)]),
    ('bayreuth_north', "Jsem v Harsdorfu ve 13:00. Chci koupit chleba a něco v lékárně. Do 15.",
     'Harsdorf', '13:00', None, '15:00', ['bakery', 'pharmacy'], []),
    ('campo_grande', "Začínáme v 9:00 u Praça do Peixe. Park, muzeum a oběd. Máme čas do 14:00.",
     'Praça do Peixe', '09:00', None, '14:00', ['park', 'museum', 'restaurant'], []),
    ('campo_grande', "Od Terminal Guaicurus v osm: supermarket a restaurace. Zpátky v půl jedenácté.",
     'Terminal Guaicurus', '08:00', 'Terminal Guaicurus', '10:30', ['supermarket', 'restaurant'], []),
    ('porto', "Vyrážíme z Avenida dos Aliados ve 14:15. Po obědě chceme vidět Livraria Lello a dát si kafe. Do 17:30.",
     'Avenida dos Aliados', '14:15', None, '17:30', ['restaurant', 'bookshop', 'cafe'], [(0, 1), (0, 2)]),
    ('stockholm', "Od Mariatorget ve 12: tři galerie a na konec jedna kavárna. Zpátky v 15:30.",
     'Mariatorget', '12:00', 'Mariatorget', '15:30',
     ['gallery', 'gallery', 'gallery', 'cafe'], [(0, 3), (1, 3), (2, 3)]),
    ('baltimore', "V neděli v 11 jsem v Little Italy. Chci jít na oběd, vidět Shot Tower a koupit zmrzlinu. V 15 "
     "musím být v Harbor East.",
     'Little Italy', '11:00', 'Harbor East', '15:00', ['restaurant', 'museum', 'ice_cream'], []),
    ('helsinki', "Zítra v patnáct hodin jsem na Narinkkatori. Dvě kavárny a knihkupectví, zpátky před šestou večer.",
     'Narinkkatori', '15:00', 'Narinkkatori', '18:00', ['cafe', 'cafe', 'bookshop'], []),
    ('andorra', "Z Parc Central v 16: lékárna a banka před večeří v restauraci. Mám 3 hodiny.",
     'Parc Central', '16:00', None, '+180', ['pharmacy', 'bank', 'restaurant'], [(0, 2), (1, 2)]),
    ('sydney', "zacinam v 9 u wicks park, snidane v kavarne a pak pekarna, zpatky v 11",
     'Wicks Park', '09:00', 'Wicks Park', '11:00', ['cafe', 'bakery'], [(0, 1)]),
    ('harrisburg', "Jsem u Phoenix Plaza v sedm večer. Večeře a kino. Do 23:00.",
     'Phoenix Plaza', '19:00', None, '23:00', ['restaurant', 'cinema'], []),
    ('new_york', "Vyrážím ze stanice Canal Street ve 12:30, chci jít na oběd a pak do Stonewall Inn na drink. Mám "
     "dvě a půl hodiny.",
     'Canal Street', '12:30', None, '+150', ['restaurant', 'bar'], [(0, 1)]),
    ('paris', "Zítra od 10 do 12 u Place de Thorigny: muzeum Atelier Brancusi a trh Marché des Enfants Rouges.",
     'Place de Thorigny', '10:00', None, '12:00', ['museum', 'market'], []),
    ('munich', "ahoj, zítra ve čtvrt na jedenáct budu na gärtnerplatz. potřebuju květinářství, poštu a kadeřnictví, "
     "pořadí je jedno. musím skončit v půl jedné",
     'Gärtnerplatz', '10:15', None, '12:30', ['shop=florist', 'amenity=post_office', 'shop=hairdresser'], []),
    ('munich', "Plán na sobotu: 10:00 Viktualienmarkt → Frauenkirche → oběd → Deutsches Museum. V 16 musím být na "
     "Marienplatzu.",
     'Viktualienmarkt', '10:00', 'Marienplatz', '16:00', ['church', 'restaurant', 'museum'], [(0, 1), (1, 2)]),
    ('porto', "Jsme s manželkou v Portu. Vyrážíme v 9 od Mercado do Bolhão, chceme vidět co nejvíc kostelů a ve 13 "
     "oběd. V 17 musíme být na São Bento.",
     'Mercado do Bolhão', '09:00', 'São Bento', '17:00', ['church*', 'restaurant'], []),
    ('porto', "Dnes odpoledne od 15:00 do 18:00, začínám na Praça da Batalha. Nejdřív vyhlídka, pak zmrzlina a "
     "nakonec nějaký bar.",
     'Praça da Batalha', '15:00', None, '18:00', ['viewpoint', 'ice_cream', 'bar'], [(0, 1), (1, 2)]),
    ('helsinki', "v pátek v 8:30 vyrážím z nádraží. snídaně, pak Ateneum, pak knihovna Oodi. ve 12 musím být na "
     "Kauppatori.",
     'station', '08:30', 'Kauppatori', '12:00', ['cafe', 'museum', 'library'], [(0, 1), (1, 2)]),
    ('helsinki', "Mám 45 minut mezi vlaky, jsem na nádraží ve 14:10. Chci kafe a pak lékárnu.",
     'station', '14:10', None, '+45', ['cafe', 'pharmacy'], [(0, 1)]),
    ('monaco', "Zítra jsem v Monaku. V 11 jsem u Place d'Armes: trh, pak procházka japonskou zahradou a oběd. "
     "Nejpozději v 15 musím být na nádraží.",
     "Place d'Armes", '11:00', 'station', '15:00', ['market', 'park', 'restaurant'], [(0, 1), (0, 2)]),
    ('andorra', "Od 17:00 do 20:00 mám volno, začínám u Plaça Rebés. Obchod se suvenýry, lékárna a potom večeře.",
     'Plaça Rebés', '17:00', None, '20:00', ['shop', 'pharmacy', 'restaurant'], [(0, 2), (1, 2)]),
    ('stockholm', "ve tři odpoledne u Fatbursparken. dva obchody s oblečením a kavárna. mám dvě hodiny.",
     'Fatbursparken', '15:00', None, '+120', ['shop', 'shop', 'cafe'], []),
    ('sydney', "Jsem v Sydney u kamarádů. Zítra od 10 u Wicks Park: kavárna, supermarket Woolworths a park. Zpátky "
     "ve 13.",
     'Wicks Park', '10:00', 'Wicks Park', '13:00', ['cafe', 'supermarket', 'park'], []),
    ('baltimore', "Ve 13:00 vyrážím od National Aquarium. Kafe, pak Fort McHenry, večeře v Little Italy. Konec ve "
     "20:00.",
     'National Aquarium', '13:00', None, '20:00', ['cafe', 'sight', 'restaurant'], [(0, 1)]),
    ('harrisburg', "Mám volno od 12 do 15. Start u Colonial Park. Potřebuju banku, lékárnu a chci si dát něco "
     "rychlého.",
     'Colonial Park', '12:00', None, '15:00', ['bank', 'pharmacy', 'fast_food'], []),
    ('new_york', "jsem u 14th street v 16, chci videt high line, pak pivo v nejakem baru a vecere. do 21",
     '14th Street', '16:00', None, '21:00', ['park', 'bar', 'restaurant'], [(0, 1), (0, 2)]),
    ('paris', "V neděli ráno v 9:30 u Square Jules Ferry. Pekárna, trh a dětské hřiště. Máme 2,5 hodiny.",
     'Square Jules Ferry', '09:30', None, '+150', ['bakery', 'market', 'playground'], []),
    ('krems', "Přijedeme do Kremže vlakem v 10:15. Chceme vidět Gozzoburg, naobědvat se a dát si víno. Vlak zpátky "
     "nám jede v 16:40.",
     'Krems', '10:15', 'Krems', '16:40', ['sight', 'restaurant', 'bar'], []),
    ('krems', "Ve tři čtvrtě na deset jsem na Hoher Markt. Kostel, muzeum, kavárna - v tomto pořadí. Zpátky musím "
     "být před jednou.",
     'Hoher Markt', '09:45', 'Hoher Markt', '13:00', ['church', 'museum', 'cafe'], [(0, 1), (1, 2)]),
    ('bayreuth_north', "V pondělí ve 14 vyrážíme z Neudrossenfeldu. Chceme si prohlédnout zámek a pak jít na "
     "zmrzlinu. Máme hodinu a půl.",
     'Neudrossenfeld', '14:00', None, '+90', ['sight', 'ice_cream'], [(0, 1)]),
    ('campo_grande', "Začínám v 7 ráno u Parque das Nações Indígenas, procházka parkem, pak snídaně. V 10 musím být "
     "v Parque dos Poderes.",
     'Parque das Nações Indígenas', '07:00', 'Parque dos Poderes', '10:00', ['park', 'cafe'], [(0, 1)]),
    ('munich', "Od Isartoru ve 13: tři kavárny a knihkupectví. Mám tři a půl hodiny.",
     'Isartor', '13:00', None, '+210', ['cafe', 'cafe', 'cafe', 'bookshop'], []),
    ('porto', "zítra 10:00 Aliados, kafe > Livraria Lello > Torre dos Clérigos > oběd, návrat 14:00",
     'Aliados', '10:00', None, '14:00', ['cafe', 'bookshop', 'sight', 'restaurant'], [(0, 1), (1, 2), (2, 3)]),
    ('helsinki', "Chci jít do muzea před obědem a do parku po obědě. Jsem u Rautatientori v 10:00, zpátky v 15:00.",
     'Rautatientori', '10:00', 'Rautatientori', '15:00', ['museum', 'restaurant', 'park'], [(0, 1), (1, 2)]),
    ('stockholm', "Ve čtvrtek v 19:00 sraz u Mariatorget. Večeře, pak bar, do půlnoci.",
     'Mariatorget', '19:00', None, '23:59', ['restaurant', 'bar'], [(0, 1)]),
    ('sydney', "Jsem u Sydenham v 17. Dnes večer v sedm mám koncert v Red Rattler. Předtím se chci najíst v "
     "restauraci.",
     'Sydenham', '17:00', 'Red Rattler', '19:00', ['restaurant'], []),
    ('andorra', "Zítra v 10 u Parc Central. Chtěl bych vidět muzeum Carmen Thyssen a potom oběd. Po obědě nákupy. "
     "Zpátky v 16.",
     'Parc Central', '10:00', 'Parc Central', '16:00', ['museum', 'restaurant', 'shop'], [(0, 1), (1, 2)]),
    ('new_york', "Od Jackson Square v 9, co nejvíc kaváren do 12.",
     'Jackson Square', '09:00', None, '12:00', ['cafe*'], []),
    ('paris', "jsem u place de la republique ve 14:30, chci obed a do supermarketu, mam hodinu",
     'Place de la Republique', '14:30', None, '+60', ['restaurant', 'supermarket'], []),
    ('harrisburg', "Vyjíždím z Penbrook Park v 9:00. Nejdřív supermarket, pak banka, nakonec pizza. Končím na "
     "Phoenix Plaza v 11:30.",
     'Penbrook Park', '09:00', 'Phoenix Plaza', '11:30', ['supermarket', 'bank', 'restaurant'], [(0, 1), (1, 2)]),
    ('bayreuth_north', "Jsem v Bindlachu v 10. Pekárna, Dreifaltigkeitskirche, lékárna, v libovolném pořadí. Zpátky "
     "ve 12.",
     'Bindlach', '10:00', 'Bindlach', '12:00', ['bakery', 'church', 'pharmacy'], []),
    ('munich', "zitra v 9 jsem na viktualienmarktu pak chci do frauenkirche a potom na obed do nejake bavorske "
     "hospody a ve 14 musim byt v hofgartenu",
     'Viktualienmarkt', '09:00', 'Hofgarten', '14:00', ['church', 'restaurant'], [(0, 1)]),
    ('munich', "Mám dotaz: zítra mám volno od 13 do 18. Jsem u Odeonsplatz. Chtěl bych vidět Residenz, pak kafe a "
     "zákusek, a večer večeře u Gärtnerplatz. Dá se to?",
     'Odeonsplatz', '13:00', None, '18:00', ['sight', 'cafe', 'restaurant'], [(0, 1), (1, 2)]),  # dinner after
    ('porto', "- start: Praça da Liberdade, 10:30\n- muzeum\n- oběd\n- zmrzlina\n- konec: 15:00",
     'Praça da Liberdade', '10:30', None, '15:00', ['museum', 'restaurant', 'ice_cream'], []),
    ('porto', "Pozítří v devět ráno z Trindade: pekárna, trh Mercado do Bolhão a kostel. Mám čtyři hodiny.",
     'Trindade', '09:00', None, '+240', ['bakery', 'market', 'church'], []),
    ('helsinki', "Jsme na Senaatintori v patnáct hodin. Nejdřív Tuomiokirkko, pak kafe na Esplanadi a nakonec trh. "
     "Do šesti.",
     'Senaatintori', '15:00', None, '18:00', ['church', 'cafe', 'market'], [(0, 1), (1, 2)]),
    ('monaco', "Za deset deset u Place du Palais. Zahrada, muzeum, kavárna. Musím skončit v jednu.",
     'Place du Palais', '09:50', None, '13:00', ['park', 'museum', 'cafe'], []),
    ('andorra', "Ahoj! Zítra začínáme v 10 u Plaça Major. Chceme obchod s botami, lékárnu a restauraci na oběd. "
     "Musím být zpátky u Plaça Major v 15.",
     'Plaça Major', '10:00', 'Plaça Major', '15:00', ['shop', 'pharmacy', 'restaurant'], []),
    ('stockholm', "Start v 10 z Mariatorget. Dvě galerie, pak oběd, pak knihkupectví. Končím u Stockholms södra ve 14.",
     'Mariatorget', '10:00', 'Stockholms södra', '14:00',
     ['gallery', 'gallery', 'restaurant', 'bookshop'], [(0, 2), (1, 2), (2, 3)]),
    ('sydney', "jsem na sydenham v 8:00 rano, snidane, pak park a supermarket, mam tri hodiny",
     'Sydenham', '08:00', None, '+180', ['cafe', 'park', 'supermarket'], [(0, 1), (0, 2)]),
    ('baltimore', "Zítra s vnukem: start 10:00 u Patterson Park, hřiště, zmrzlina a muzeum, v libovolném pořadí. "
     "Vracíme se do Patterson Park před 13:00.",
     'Patterson Park', '10:00', 'Patterson Park', '13:00', ['playground', 'ice_cream', 'museum'], []),
    ('harrisburg', "Od 9 do 11 jsem u Heritage Square. Potřebuju lékárnu a supermarket, nejdřív lékárnu.",
     'Heritage Square', '09:00', None, '11:00', ['pharmacy', 'supermarket'], [(0, 1)]),
    ('new_york', "Vyrážím od Sheridan Square ve 12:15. Oběd, Stonewall Inn, procházka v parku. Mám dvě hodiny.",
     'Sheridan Square', '12:15', None, '+120', ['restaurant', 'bar', 'park'], []),
    ('paris', "V sobotu v 11:00 jsem u Place Léon Blum. Chci jít na trh a před trhem do pekárny. Zpátky ve 13.",
     'Place Léon Blum', '11:00', 'Place Léon Blum', '13:00', ['market', 'bakery'], [(1, 0)]),
    ('krems', "Jsme v Kremži. V 10 u Pfarrkirche St. Veit, pak Gozzoburg, oběd ve Schwarze Kuchl a kafe. Konec v "
     "15:00.",
     'Pfarrkirche St Veit', '10:00', None, '15:00', ['sight', 'restaurant', 'cafe'], []),
    ('bayreuth_north', "V 11:30 vyjíždím z Harsdorfu. Chci se naobědvat v Gasthof Vogel a pak jít na procházku do "
     "parku. Zpátky ve 14:00.",
     'Harsdorf', '11:30', 'Harsdorf', '14:00', ['restaurant', 'park'], [(0, 1)]),
    ('campo_grande', "Zítra v 8 u Terminal Guaicurus. Supermarket, lékárna, pekárna. Do 10.",
     'Terminal Guaicurus', '08:00', None, '10:00', ['supermarket', 'pharmacy', 'bakery'], []),
    ('helsinki', "zitra v 10 z Kansalaistori, 2 muzea, obed a kavarna, do 16",
     'Kansalaistori', '10:00', None, '16:00', ['museum', 'museum', 'restaurant', 'cafe'], []),
    ('krems', "V půl deváté u Aupark. Pekárna, pak park, pak lékárna. Mám hodinu a půl.",
     'Aupark', '08:30', None, '+90', ['bakery', 'park', 'pharmacy'], [(0, 1), (1, 2)]),
    ('munich', "Jsem u Isartoru v půl čtvrté. Potřebuju optiku a květinářství a pak jdu na pivo. Zpátky musím být do "
     "pěti.",
     'Isartor', '15:30', None, '17:00', ['shop=optician', 'shop=florist', 'bar'], [(0, 2), (1, 2)]),
    ('munich', "Mezi 10 a 12 mám čas, start u Sankt-Jakobs-Platz. Jüdisches Museum a kavárna.",
     'Sankt-Jakobs-Platz', '10:00', None, '12:00', ['museum', 'cafe'], []),
    ('porto', "Ve čtvrt na deset budu u Avenida dos Aliados. Chci poslat balík na poště, vybrat peníze z bankomatu a "
     "koupit zmrzlinu. Mám hodinu.",
     'Avenida dos Aliados', '09:15', None, '+60', ['amenity=post_office', 'bank', 'ice_cream'], []),
    ('helsinki', "Sraz u Ateneum v půl jedné. Oběd, pak galerie, pak nákupy ve Stockmannu. Do čtyř.",
     'Ateneum', '12:30', None, '16:00', ['restaurant', 'gallery', 'shop'], [(0, 1), (1, 2)]),
    ('monaco', "Kolem 16 vyrážím od Casino de Monte Carlo. Nejdřív zmrzlina, pak západ slunce na vyhlídce, pak "
     "večeře. Zpátky před 22.",
     'Casino de Monte Carlo', '16:00', 'Casino de Monte Carlo', '22:00',
     ['ice_cream', 'viewpoint', 'restaurant'], [(0, 1), (1, 2)]),
    ('andorra', "Jsem u Parc Central od 9:45. Kadeřnictví, pak pošta a nakonec supermarket. Do 12:30.",
     'Parc Central', '09:45', None, '12:30',
     ['shop=hairdresser', 'amenity=post_office', 'supermarket'], [(0, 1), (1, 2)]),
    ('stockholm', "u Mariatorget v 11, knihkupectví s komiksy a kafe, pak večeře v 18. mám čas do 20",
     'Mariatorget', '11:00', None, '20:00', ['bookshop', 'cafe', 'restaurant'], [(0, 2), (1, 2)]),
    ('sydney', "Zítra v 10 jsem u Tillman Park. Chci jít do pekárny, do supermarketu a do parku se psem. Mám hodinu "
     "a půl.",
     'Tillman Park', '10:00', None, '+90', ['bakery', 'supermarket', 'park'], []),
    ('baltimore', "Začínám u Shot Tower v 11:30. Oběd v Little Italy, pak muzeum, pak kavárna. V 16 musím být ve "
     "Fells Point.",
     'Shot Tower', '11:30', 'Fells Point', '16:00', ['restaurant', 'museum', 'cafe'], [(0, 1), (1, 2)]),
    ('harrisburg', "V 19 u Heritage Square: večeře a kino. Mám tři hodiny.",
     'Heritage Square', '19:00', None, '+180', ['restaurant', 'cinema'], []),
    ('new_york', "Začínáme ve 13:00 u Waverly Place. Chceme vidět kostel a dva parky. Končíme u Christopher Park v "
     "16:00.",
     'Waverly Place', '13:00', 'Christopher Park', '16:00', ['church', 'park', 'park'], []),
    ('paris', "V 10:30 u Place de la République. Kavárna, pak supermarket. Mám 45 minut.",
     'Place de la République', '10:30', None, '+45', ['cafe', 'supermarket'], [(0, 1)]),
    ('krems', "Jsme u Dreifaltigkeitsplatz ve 14. Nejdřív zmrzlina, pak Pfarrkirche St. Veit a nakonec vinárna. Do "
     "17:30.",
     'Dreifaltigkeitsplatz', '14:00', None, '17:30', ['ice_cream', 'church', 'bar'], [(0, 1), (1, 2)]),
    ('bayreuth_north', "Vyrážím z Ramsenthalu v 9. Chci vidět Alte Robinie, pak pekárna. Zpátky v 11.",
     'Ramsenthal', '09:00', 'Ramsenthal', '11:00', ['viewpoint', 'bakery'], [(0, 1)]),
    ('campo_grande', "Zítra v 16:00 jsem v Parque das Nações Indígenas. Muzeum Dom Bosco a pak večeře. Mám tři hodiny.",
     'Parque das Nações Indígenas', '16:00', None, '+180', ['museum', 'restaurant'], [(0, 1)]),
    ('porto', "Od 14 do 17 u Ribeira: co nejvíc barů s portským.",
     'Ribeira', '14:00', None, '17:00', ['bar*'], []),
    ('helsinki', "Vyrážíme v 8:15 z Rautatientori. Snídaně, Vanha Kauppahalli, muzeum. Končíme u Kauppatori před 12.",
     'Rautatientori', '08:15', 'Kauppatori', '12:00', ['cafe', 'market', 'museum'], []),
    ('stockholm', "Od Stockholms södra v 9:00: tři kostely a kavárna, v tomto pořadí. Do 13.",
     'Stockholms södra', '09:00', None, '13:00', ['church', 'church', 'church', 'cafe'], [(0, 3), (1, 3), (2, 3)]),
]


@pytest.mark.parametrize("city, text, start, at, end_place, end, kinds, order", POLISH)
def test_polish_trip_requests(city, text, start, at, end_place, end, kinds, order):
    assert _read(city, text) == (start, at, end_place, end, kinds, order)


@pytest.mark.parametrize("city, text, start, at, end_place, end, kinds, order", CZECH)
def test_czech_trip_requests(city, text, start, at, end_place, end, kinds, order):
    assert _read(city, text) == (start, at, end_place, end, kinds, order)


@pytest.mark.parametrize("city, text, refusal", [
    ('munich', "Od Marienplatz o 10: muzeum przed kościołem, kościół przed kawiarnią, a kawiarnia przed muzeum. Do 14.",
     'circular'),
    ('munich', "Zaczynam o 15:00 przy Odeonsplatz i muszę wrócić do 13:00. Muzeum i kawiarnia.", 'contradictory times'),
    ('munich', "Najpierw muzeum, potem kościół. Ale kościół przed muzeum! Od Marienplatz o 10 do 14.", 'circular'),
    ('munich', "Zaczynam o 18 przy Odeonsplatz, wracam o 17. Kolacja.", 'contradictory times'),
    ('munich', "O 10 przy Marienplatz: kościół, potem muzeum, a kościół dopiero po muzeum. Do 13.", 'circular'),
    ('paris', "Zaczynam o 16:00 przy Rambuteau i muszę skończyć do 15:00, targ i park.", 'contradictory times'),
    ('munich', "Najpierw kawa, potem muzeum, a kawa po muzeum. Start Marienplatz 10, koniec 13.", 'circular'),
    ('new_york', "jestem przy abingdon square o 17, chce isc na kolacje a potem na drinka, wracam o 16",
     'contradictory times'),
    ('munich', "Od Marienplatzu v 10: muzeum před kostelem, kostel před kavárnou a kavárna před muzeem. Do 14.",
     'circular'),
    ('munich', "Začínám v 15:00 u Odeonsplatz a zpátky musím být do 13:00. Muzeum a kavárna.", 'contradictory times'),
    ('munich', "Nejdřív muzeum, pak kostel. Ale kostel musí být před muzeem! Od Marienplatzu v 10 do 14.", 'circular'),
    ('munich', "Začínám v 18 u Odeonsplatz, zpátky v 17. Večeře.", 'contradictory times'),
    ('munich', "V 10 u Marienplatzu: kostel, pak muzeum, ale kostel až po muzeu. Do 13.", 'circular'),
    ('paris', "Začínám v 16:00 u Rambuteau a musím skončit do 15:00, trh a park.", 'contradictory times'),
    ('munich', "Nejdřív kafe, pak muzeum, ale kafe až po muzeu. Start Marienplatz 10, konec 13.", 'circular'),
    ('new_york', "jsem u abingdon square v 17, chci jit na vecere a pak na drink, zpatky v 16", 'contradictory times'),
])
def test_circular_orders_and_contradictory_times_are_refused(city, text, refusal):
    with pytest.raises(InputError, match=refusal):
        _read(city, text)


@pytest.mark.parametrize("city, text, start", [
    ("krems", "Jutro rano załatwiam sprawy: wychodzę o 8:00 z hotelu Klinglhuber, poczta i bank, a o 10:00 muszę być "
     "w pracy.", "Klinglhuber"),
    ("stockholm", "V sobotu jsme ve Stockholmu. Vyrážíme v 10:00 od kostela Sankt Paulskyrkan, chceme do nějaké "
     "galerie a na oběd. Ve 14:30 musíme být zpátky u kostela.", "Sankt Paulskyrkan"),
])
def test_the_place_one_leaves_from_after_the_time(city, text, start):
    req = planner_parse(text, city).request
    assert req.start_place == start and req.end_place in (None, start)


@pytest.mark.parametrize("city, text, start", [
    ("bayreuth_north", "Mieszkamy w Harsdorfie. W niedzielę o 10 jedziemy na rowery: punkt widokowy i obiad w jakiejś "
     "gospodzie. Na 15:00 wracamy do domu.", "Harsdorf"),
    ("andorra", "Nocujemy w Ordino. Jutro o 9:00 chcemy najpierw wejść na punkt widokowy, a potem zjeść obiad. "
     "Kończymy w Hotelu Plaza o 16:00.", "Ordino"),
    ("monaco", "zitra rano jsem v Monaku, zacinam v 9 u pristavu Port Hercule. nejdriv muzeum, pak kafe. mam 4 "
     "hodiny", "Port Hercule"),
])
def test_where_one_stays_or_starts_in_a_town(city, text, start):
    assert planner_parse(text, city).request.start_place == start


@pytest.mark.parametrize("city, text, kinds", [
    ("monaco", "zitra rano jsem v Monaku, zacinam v 9 u pristavu Port Hercule. nejdriv muzeum, pak kafe a pak co "
     "nejvic vyhlidek. mam 4 hodiny", ["museum", "cafe", "viewpoint"]),
    ("harrisburg", "jutro mam wolne. wychodze o 14 z Lawnton, chce do ksiegarni, do sklepu muzycznego i na kawe. o "
     "17:30 koniec", ["bookshop", "shop=music", "cafe"]),
])
def test_viewpoints_and_music_shops(city, text, kinds):
    assert [t.tag or t.category for t in planner_parse(text, city).request.tasks] == kinds
