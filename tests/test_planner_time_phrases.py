"""The planner reads when a trip starts and ends as people say it in the ten languages read: an end time
("bis 17 Uhr", "je dois avoir fini pour 17h"), a train to catch, an amount of time one has ("tenemos tres
horas para ...", "ich habe nur eineinhalb Stunden", "je n'ai qu'une heure et demie", "on dispose de deux
heures et demie") and the hours one is free ("de 15 a 19h", "ledig 15-19", "free 3-7pm", "a partir de las 10",
"zwischen 10 und 17 Uhr", "ennen viittä"), finishing work ("I finish work at 5:30").  The sentences are
written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_kinds, planner_parse


def _times(city: str, text: str) -> tuple[str | None, str | None, int | None]:
    r = planner_parse(text, city).request
    return r.start_time, r.deadline, r.time_limit_min


@pytest.mark.parametrize("city, text, start, end", [
    ('munich', 'Start at Marienplatz at 10am, a museum and lunch, and I need to be done by 5pm.', '10:00', '17:00'),
    ('munich', 'From Odeonsplatz at half past nine: a church and a bookshop; my train is at 6pm.', '09:30', '18:00'),
    ('munich', "Marienplatz, 11 o'clock. Museum, then lunch. Have to be home by 4.", '11:00', '16:00'),
    ('munich', 'We start at Odeonsplatz at ten and must be back there by one: a church, a bakery.', '10:00', '13:00'),
    ('munich', 'Free from 3pm at Marienplatz until 7, want a beer garden and a bookshop.', '15:00', '19:00'),
    ('munich', "Um 10 Uhr geht's am Marienplatz los, ein Museum und Mittagessen, spätestens um 17 Uhr muss ich fertig sein.", '10:00', '17:00'),
    ('munich', 'Ab halb zehn vom Odeonsplatz: eine Kirche und eine Buchhandlung, mein Zug fährt um 18 Uhr.', '09:30', '18:00'),
    ('munich', 'Treffpunkt Marienplatz um 11. Museum, dann Mittagessen. Um 16 Uhr muss ich zu Hause sein.', '11:00', '16:00'),
    ('munich', 'Ich hab ab 15 Uhr frei, Start Marienplatz, bis 19 Uhr: Biergarten und Buchladen.', '15:00', '19:00'),
    ('munich', 'Los um 8 am Odeonsplatz, Bäckerei und Markt, um 12 Uhr habe ich einen Termin.', '08:00', '12:00'),
    ('paris', 'Départ de la place de la République à 10h, un musée et un déjeuner, je dois avoir fini pour 17h.', '10:00', '17:00'),
    ('paris', 'À partir de 9h30 place de la République : une église et une librairie, mon train part à 18h.', '09:30', '18:00'),
    ('paris', 'Libre de 15h à 19h, départ place de la République : un bar et une librairie.', '15:00', '19:00'),
    ('paris', 'Rendez-vous place de la République à 11h. Musée puis déjeuner. Il faut être rentré avant 16h.', '11:00', '16:00'),
    ('paris', "Je commence à 8h30 place de la République, boulangerie et marché, j'ai rendez-vous à midi.", '08:30', '12:00'),
    ('andorra', 'Salimos de la Plaça del Poble a las 10, un museo y comer, tengo que terminar antes de las 17h.', '10:00', '17:00'),
    ('andorra', 'Desde la Plaça del Poble a las nueve y media: una iglesia y una librería, mi bus sale a las 18:00.', '09:30', '18:00'),
    ('andorra', 'Estoy libre de 15 a 19h, salgo de la Plaça del Poble: un bar y una librería.', '15:00', '19:00'),
    ('andorra', 'Quedamos en la Plaça del Poble a las 11. Museo y luego comer. Hay que estar de vuelta a las 16.', '11:00', '16:00'),
    ('andorra', "Sortim de la Plaça del Poble a les 10, un museu i dinar, he d'acabar abans de les 17h.", '10:00', '17:00'),
    ('andorra', 'Estic lliure de 15 a 19h, surto de la Plaça del Poble: un bar i una llibreria.', '15:00', '19:00'),
    ('porto', 'Saímos da Praça da Liberdade às 10h, um museu e almoço, tenho de acabar até às 17h.', '10:00', '17:00'),
    ('porto', 'Da Praça da Liberdade às nove e meia: uma igreja e uma livraria, o meu comboio parte às 18h.', '09:30', '18:00'),
    ('porto', 'Estou livre das 15h às 19h, saio da Praça da Liberdade: um bar e uma livraria.', '15:00', '19:00'),
    ('porto', 'Encontramo-nos na Praça da Liberdade às 11. Museu e depois almoço. Temos de estar de volta às 16h.', '11:00', '16:00'),
    ('porto', 'Saindo da Praça da Liberdade às 10h, museu e almoço, preciso estar livre até às 17h.', '10:00', '17:00'),
    ('munich', 'Partiamo da Marienplatz alle 10, un museo e il pranzo, devo finire entro le 17.', '10:00', '17:00'),
    ('munich', 'Da Odeonsplatz alle nove e mezza: una chiesa e una libreria, il mio treno parte alle 18.', '09:30', '18:00'),
    ('munich', 'Sono libero dalle 15 alle 19, parto da Marienplatz: un bar e una libreria.', '15:00', '19:00'),
    ('munich', 'Ci vediamo a Marienplatz alle 11. Museo e poi pranzo. Dobbiamo essere di ritorno per le 16.', '11:00', '16:00'),
    ('helsinki', 'Lähdemme Senaatintorilta kello 10, museo ja lounas, pitää olla valmista viimeistään kello 17.', '10:00', '17:00'),
    ('helsinki', 'Senaatintorilta puoli kymmeneltä: kirkko ja kirjakauppa, junani lähtee kello 18.', '09:30', '18:00'),
    ('helsinki', 'Olen vapaa kello 15-19, lähden Senaatintorilta: baari ja kirjakauppa.', '15:00', '19:00'),
    ('stockholm', 'Vi börjar vid Medborgarplatsen klockan 10, ett museum och lunch, måste vara klar senast 17.', '10:00', '17:00'),
    ('stockholm', 'Från Medborgarplatsen halv tio: en kyrka och en bokhandel, mitt tåg går 18.00.', '09:30', '18:00'),
    ('stockholm', 'Jag är ledig 15-19, utgår från Medborgarplatsen: en bar och en bokhandel.', '15:00', '19:00'),
    ('stockholm', 'Vi ses vid Medborgarplatsen kl 11. Museum och sen lunch. Vi måste vara tillbaka kl 16.', '11:00', '16:00'),
    ('munich', 'We vertrekken om 10 uur vanaf de Marienplatz, een museum en lunch, ik moet om 17 uur klaar zijn.', '10:00', '17:00'),
    ('munich', 'Vanaf de Odeonsplatz om half tien: een kerk en een boekwinkel, mijn trein vertrekt om 18 uur.', '09:30', '18:00'),
    ('munich', 'Ik ben vrij van 15 tot 19 uur, vertrek vanaf de Marienplatz: een bar en een boekwinkel.', '15:00', '19:00'),
    ('munich', 'Leaving Odeonsplatz 9am sharp, bakery and a church, gotta be out by half twelve.', '09:00', '12:30'),
    ('munich', 'Marienplatz @ 10, museum + lunch, hard stop at 3pm.', '10:00', '15:00'),
    ('munich', 'Evening out from Odeonsplatz at 6pm until 10: dinner and a bar.', '18:00', '22:00'),
    ('munich', "I'm free from 3 to 7pm, starting at Marienplatz: a bar and a bookshop.", '15:00', '19:00'),
    ('munich', "I'm free 15-19, starting at Marienplatz: a bar and a bookshop.", '15:00', '19:00'),
    ('munich', 'Free 3-7pm, starting at Marienplatz: a bar and a bookshop.', '15:00', '19:00'),
    ('munich', 'From Marienplatz at 10 until 4pm: museum, lunch and a bookshop.', '10:00', '16:00'),
    ('andorra', 'Estoy libre de las 15 a las 19h, salgo de la Plaça del Poble: un bar y una librería.', '15:00', '19:00'),
    ('andorra', 'De 15 a 19h estoy libre, salgo de la Plaça del Poble: un bar y una librería.', '15:00', '19:00'),
    ('munich', 'Ich habe von 15 bis 19 Uhr Zeit, Start am Marienplatz: eine Bar und ein Buchladen.', '15:00', '19:00'),
    ('paris', 'Je suis libre de 15h à 19h, départ place de la République : un bar et une librairie.', '15:00', '19:00'),
    ('porto', 'Estou livre das 15 às 19, saio da Praça da Liberdade: um bar e uma livraria.', '15:00', '19:00'),
    ('munich', 'Ab 10 Uhr vom Marienplatz aus, ein Museum und ein Café, vor 17 Uhr wieder zurück.', '10:00', '17:00'),
    ('munich', 'Viertel vor zehn am Odeonsplatz, dann Bäckerei und Kirche, bis eins.', '09:45', '13:00'),
    ('paris', 'Dès 10h place de la République, un musée et un café, retour avant 17h.', '10:00', '17:00'),
    ('paris', "À dix heures moins le quart place de la République, puis boulangerie et église, jusqu'à 13h.", '09:45', '13:00'),
    ('andorra', 'A partir de las 10 en la Plaça del Poble, un museo y un café, volver antes de las 5 de la tarde.', '10:00', '17:00'),
    ('andorra', 'A las diez menos cuarto en la Plaça del Poble, luego panadería e iglesia, hasta la una.', '09:45', '13:00'),
    ('porto', 'A partir das 10h na Praça da Liberdade, um museu e um café, voltar antes das 17h.', '10:00', '17:00'),
    ('porto', 'Das 10h às 17h, saindo da Praça da Liberdade: museu, almoço e livraria.', '10:00', '17:00'),
    ('munich', 'Dalle 10 alle 17, partenza da Marienplatz: museo, pranzo e libreria.', '10:00', '17:00'),
    ('andorra', 'A partir de les 10 a la Plaça del Poble, un museu i un cafè, tornar abans de les 5 de la tarda.', '10:00', '17:00'),
    ('stockholm', 'Mellan 10 och 17, från Medborgarplatsen: museum, lunch och bokhandel.', '10:00', '17:00'),
    ('helsinki', 'Kello 10-17, lähtö Senaatintorilta: museo, lounas ja kirjakauppa.', '10:00', '17:00'),
    ('munich', 'From noon at Marienplatz until 6 in the evening: museum, beer garden.', '12:00', '18:00'),
    ('munich', 'Between 10 and 5, from Marienplatz: museum, lunch, bookshop.', '10:00', '17:00'),
    ('munich', 'Zwischen 10 und 17 Uhr, ab Marienplatz: Museum, Mittagessen und Buchladen.', '10:00', '17:00'),
    ('paris', 'Entre 10h et 17h, départ place de la République : musée, déjeuner et librairie.', '10:00', '17:00'),
    ('helsinki', 'Kello 10 alkaen Senaatintorilta, museo ja kahvila, takaisin ennen viittä.', '10:00', '17:00'),
    ('andorra', 'Ens trobem a les deu i mitja a la Plaça del Poble, museu i cafè, a les cinc hem de marxar.', '10:30', '17:00'),
    ('munich', 'I finish work at 5:30 near Marienplatz; then dinner and a bar, home by 9.', '17:30', '21:00'),
    ('munich', 'I get off at 3 at Marienplatz, want a bookshop and a coffee before 6.', '15:00', '18:00'),
    ('munich', 'Ich habe um 17:30 Feierabend am Marienplatz, dann Abendessen und eine Bar, um 21 Uhr zu Hause.', '17:30', '21:00'),
    ('paris', 'Je finis le travail à 17h30 place de la République, ensuite dîner et un bar, rentrer pour 21h.', '17:30', '21:00'),
    ('andorra', 'Salgo del trabajo a las 17:30 en la Plaça del Poble, luego cenar y un bar, en casa a las 21h.', '17:30', '21:00'),
    ('porto', 'Saio do trabalho às 17h30 na Praça da Liberdade, depois jantar e um bar, em casa às 21h.', '17:30', '21:00'),
    ('munich', 'Esco dal lavoro alle 17:30 a Marienplatz, poi cena e un bar, a casa per le 21.', '17:30', '21:00'),
    ('stockholm', 'Jag slutar jobbet 17.30 vid Medborgarplatsen, sen middag och en bar, hemma kl 21.', '17:30', '21:00'),
    ('helsinki', 'Pääsen töistä 17.30 Senaatintorilta, sitten illallinen ja baari, kotona kello 21.', '17:30', '21:00'),
    ('munich', 'Ik ben om 17:30 klaar met werken bij de Marienplatz, dan eten en een bar, om 21 uur thuis.', '17:30', '21:00'),
    ('andorra', 'Surto de la feina a les 17:30 a la Plaça del Poble, després sopar i un bar, a casa a les 21h.', '17:30', '21:00'),
    ('munich', 'Morning only: 9 to 12, from Marienplatz, bakery and a church.', '09:00', '12:00'),
    ('munich', 'Tomorrow 10:00-16:00, Marienplatz, museum + lunch + bookshop.', '10:00', '16:00'),
])
def test_start_and_end_time(city, text, start, end):
    assert _times(city, text) == (start, end, None)


@pytest.mark.parametrize("city, text, start, limit", [
    ('munich', "Starting from Marienplatz at 10, we've got three hours for a museum and a coffee.", '10:00', '+180'),
    ('munich', 'Leaving Marienplatz at 2pm with two and a half hours to spare: a park and ice cream.', '14:00', '+150'),
    ('munich', 'Quick one: from Marienplatz at 10, I only have an hour and a half, pharmacy and a coffee.', '10:00', '+90'),
    ('munich', 'Wir starten um 10 am Marienplatz und haben drei Stunden Zeit für ein Museum und einen Kaffee.', '10:00', '+180'),
    ('munich', 'Ab 14 Uhr am Marienplatz, wir haben zweieinhalb Stunden: Park und Eis.', '14:00', '+150'),
    ('munich', 'Von 10 Uhr an ab Marienplatz, ich habe nur eineinhalb Stunden: Apotheke und Kaffee.', '10:00', '+90'),
    ('paris', 'On part de la place de la République à 10h et on a trois heures devant nous : un musée et un café.', '10:00', '+180'),
    ('paris', 'Depuis la place de la République à 14h, on dispose de deux heures et demie : un parc et une glace.', '14:00', '+150'),
    ('paris', "Place de la République à 10h, je n'ai qu'une heure et demie : pharmacie et café.", '10:00', '+90'),
    ('andorra', 'Empezamos en la Plaça del Poble a las 10 y tenemos tres horas para un museo y un café.', '10:00', '+180'),
    ('andorra', 'A las 14h en la Plaça del Poble, disponemos de dos horas y media: un parque y un helado.', '14:00', '+150'),
    ('andorra', 'Plaça del Poble a las 10, solo tengo hora y media: farmacia y café.', '10:00', '+90'),
    ('andorra', 'Comencem a la Plaça del Poble a les 10 i tenim tres hores per a un museu i un cafè.', '10:00', '+180'),
    ('andorra', 'A les 14h a la Plaça del Poble, tinc dues hores: un parc i un gelat.', '14:00', '+120'),
    ('porto', 'Começamos na Praça da Liberdade às 10 e temos três horas para um museu e um café.', '10:00', '+180'),
    ('porto', 'Às 14h na Praça da Liberdade, temos duas horas e meia: um parque e um gelado.', '14:00', '+150'),
    ('porto', 'Praça da Liberdade às 10, só tenho uma hora e meia: farmácia e café.', '10:00', '+90'),
    ('munich', 'Partenza da Marienplatz alle 10, abbiamo tre ore per un museo e un caffè.', '10:00', '+180'),
    ('munich', 'Alle 14 a Marienplatz, abbiamo due ore e mezza: un parco e un gelato.', '14:00', '+150'),
    ('munich', "Marienplatz alle 10, ho solo un'ora e mezza: farmacia e caffè.", '10:00', '+90'),
    ('helsinki', 'Aloitamme Senaatintorilta kymmeneltä ja meillä on kolme tuntia aikaa: museo ja kahvila.', '10:00', '+180'),
    ('helsinki', 'Kello 14 Senaatintorilta, meillä on kaksi ja puoli tuntia: puisto ja jäätelö.', '14:00', '+150'),
    ('helsinki', 'Senaatintorilta kello 10, minulla on vain puolitoista tuntia: apteekki ja kahvila.', '10:00', '+90'),
    ('stockholm', 'Vi startar vid Medborgarplatsen kl 10 och har tre timmar på oss: museum och kafé.', '10:00', '+180'),
    ('stockholm', 'Kl 14 vid Medborgarplatsen, vi har två och en halv timme: en park och glass.', '14:00', '+150'),
    ('stockholm', 'Medborgarplatsen kl 10, jag har bara en och en halv timme: apotek och fika.', '10:00', '+90'),
    ('munich', 'We beginnen om 10 uur op de Marienplatz en hebben drie uur voor een museum en koffie.', '10:00', '+180'),
    ('munich', 'Om 14 uur op de Marienplatz, we hebben tweeënhalf uur: een park en een ijsje.', '14:00', '+150'),
    ('munich', 'Marienplatz om 10 uur, ik heb maar anderhalf uur: apotheek en koffie.', '10:00', '+90'),
    ('munich', "Kicking off at 1pm from Marienplatz, half a day isn't needed, four hours max: park, cafe, bookshop.", '13:00', '+240'),
    ('munich', 'Marienplatz 10am, two hours tops, pharmacy then coffee.', '10:00', '+120'),
    ('munich', 'Marienplatz at 10, I have only 90 minutes: pharmacy and coffee.', '10:00', '+90'),
    ('munich', 'Starting at Marienplatz at 10 and we have three hours for a museum and a café.', '10:00', '+180'),
    ('munich', "I've got a two-hour layover from 10am, starting at the Hauptbahnhof: a coffee and a bakery.", '10:00', '+120'),
    ('munich', 'Got the afternoon free from 2pm, around three hours, from Marienplatz: a park and ice cream.', '14:00', '+180'),
])
def test_start_and_time_one_has(city, text, start, limit):
    assert _times(city, text) == (start, None, int(limit[1:]))


@pytest.mark.parametrize("city, text", [
    ('munich', 'start marienplatz 10am, museum n lunch, back 4'),
    ('munich', 'ab 10 marienplatz museum mittagessen bis 16'),
    ('paris', 'depart place de la republique 10h musee dejeuner retour 16h'),
    ('andorra', 'salgo de plaça del poble a las 10, museo y comida, vuelvo a las 16'),
    ('porto', 'saio da praca da liberdade as 10h museu almoco volto as 16h'),
    ('munich', 'parto da marienplatz alle 10 museo pranzo torno alle 16'),
    ('stockholm', 'fr medborgarplatsen kl 10 museum lunch tillbaka 16'),
    ('helsinki', 'senaatintorilta klo 10 museo lounas takas klo 16'),
    ('munich', 'vanaf marienplatz 10u museum lunch terug 16u'),
    ('andorra', 'surto de placa del poble a les 10 museu dinar torno a les 16'),
    ('munich', 'Marienplatz 10-16: Museum, Mittagessen'),
    ('paris', 'république 10h-16h musée + déj'),
    ('munich', '10am marienplatz -> museum -> lunch -> home by 4pm'),
])
def test_notes_typed_in_a_hurry(city, text):
    """No accents, no capitals, short forms ("déj", "10u", "n"), a note in one line: a museum and lunch from 10
    to 16 all the same; a note of German or Dutch words shared with English ("Museum, Mittagessen") read as German
    or Dutch."""
    assert _times(city, text) == ("10:00", "16:00", None)
    assert planner_kinds(text, city) == ["museum", "restaurant"]
