"""The planner reads trips between arrivals and departures as travellers say them in the ten languages read:
where one arrives or is at the start's time after the ride in ("Landar 8.10 på Arlanda och är vid Mariatorget runt
9.30", "J'arrive à la gare de l'Est à 9h40, je suis à République vers 10h15"), the ride one catches at the end
("je reprends le métro à République à 18h30", "Um 14:30 nehmen wir den Pendelzug ab Södra"), how early one must be
there ("I want to be there 20 minutes before", "hi he de ser un quart abans"), someone who picks one up, the hotel
one checks in at, a connection that leaves after the trip ("Mon train part de la gare de Lyon à 19h30"), and a
layover's length; the hour it is now, said bare ("són les 11").  The sentences are written for these tests; none is taken from a prompt set."""

from __future__ import annotations

import pytest

from conftest import planner_benchmark, planner_kinds, planner_parse

#: sentences the parser does not read yet, with the reason
KNOWN = {
    "Landing at 8, at Odeonsplatz by 10:15.": "the second arrival has no verb of being",
    "Le bus me dépose place d'Armes": "a place said in lower case after a verb of dropping off",
    "la camera al Novotel è pronta alle 14": "the learned reading of end places as last retrained drops the hotel "
                                             "one checks in at when the trip ends",
}


_CASES = [
    ('munich', "My train gets in at 9:40. I'm at Odeonsplatz at 10:15. A museum and lunch. I must be at Stachus by 14:00.", 'Odeonsplatz', '10:15', 'Stachus', '14:00'),
    ('munich', 'I arrive at Odeonsplatz at 10:15. A museum and lunch. My train leaves from Stachus at 14:30 and I need to be there 20 minutes before.', 'Odeonsplatz', '10:15', 'Stachus', '14:10'),
    ('munich', "I'm at Odeonsplatz at 10:15. A museum and lunch. I take the S-Bahn from Stachus at 14:00.", 'Odeonsplatz', '10:15', 'Stachus', '14:00'),
    ('munich', "My flight is at 18:00. I'm at Odeonsplatz at 10:15, and I'll take the train from Stachus at 14:00. A museum and lunch.", 'Odeonsplatz', '10:15', 'Stachus', '14:00'),
    ('munich', "I'm at Odeonsplatz at 10:15. A museum and lunch. A friend picks me up at Stachus at 14:00.", 'Odeonsplatz', '10:15', 'Stachus', '14:00'),
    ('munich', "I'm at Odeonsplatz at 10:15. A museum and lunch. My bus leaves from the same stop at 14:00, I want to be there half an hour before that.", 'Odeonsplatz', '10:15', None, '13:30'),
    ('munich', 'Landing at 8, at Odeonsplatz by 10:15. A museum and lunch. The train back is at 14:00 from Odeonsplatz and I want to be on the platform a quarter of an hour before.', 'Odeonsplatz', '10:15', None, '13:45'),
    ('munich', 'Ich bin um 12:20 am Sendlinger Tor, mein Zug nach Wien fährt um 16 Uhr, um 15 Uhr muss ich am Stachus sein. Ein Museum und ein Café.', 'Sendlinger Tor', '12:20', 'Stachus', '15:00'),
    ('munich', 'Zwischen zwei Zügen: ich bin 12:20 am Sendlinger Tor und fahre 15:00 vom Sendlinger Tor weiter, zehn Minuten vorher will ich dort sein. Ein Museum und ein Café.', 'Sendlinger Tor', '12:20', None, '14:50'),
    ('munich', 'Mein Anschluss geht um 16:10 ab Hbf. Ich bin 12:20 am Sendlinger Tor. Ein Museum und ein Café, dann um 15 Uhr zum Stachus.', 'Sendlinger Tor', '12:20', 'Stachus', '15:00'),
    ('paris', 'Mon train part de la gare de Lyon à 19h30. Je suis à République à 15h et je reprends le métro à République à 18h30. Un musée et un café.', 'République', '15:00', None, '18:30'),
    ('paris', "J'arrive à la gare de l'Est à 9h40, je suis à République vers 10h15. Un musée et un café. Je prends le métro à Rambuteau à 15h.", 'République', '10:15', 'Rambuteau', '15:00'),
    ('paris', "J'arrive à République à 10h15. Un musée et un café. Mon train est à 17h et je veux être sur le quai un quart d'heure avant.", 'République', '10:15', None, '16:45'),
    ('paris', 'Je suis à République à 10h15. Un musée et un café. Mon bus repart de République à 17h, je dois y être une demi-heure avant.', 'République', '10:15', None, '16:30'),
    ('porto', 'Estou na Trindade às 13h. O autocarro para Lisboa sai da Trindade às 19h e quero lá estar meia hora antes. Uma farmácia e um café.', 'Trindade', '13:00', None, '18:30'),
    ('porto', 'Chego a São Bento às 10h10 e o comboio sai de São Bento às 15h, quero estar lá 30 minutos antes. Uma livraria e um café.', 'São Bento', '10:10', None, '14:30'),
    ('porto', 'Saio do metro na Trindade às 13h. Às 17h apanho o comboio em São Bento. Uma farmácia e um café.', 'Trindade', '13:00', 'São Bento', '17:00'),
    ('andorra', 'Arribo a la plaça Guillemó a les 11. El bus de tornada surt a les 18 del mateix lloc i hi he de ser un quart abans. Una farmàcia i un cafè.', 'Plaça Guillemó', '11:00', None, '17:45'),
    ('andorra', 'Llego a la plaça Guillemó a las 11. El autobús de vuelta sale a las 18:00 del mismo sitio y tengo que estar allí media hora antes. Una farmacia y un café.', 'Plaça Guillemó', '11:00', None, '17:30'),
    ('andorra', 'Estoy en la plaça Guillemó a las 11. Mi autobús sale a las 18:00 de la plaça Guillemó, quiero estar allí 30 minutos antes. Una farmacia y un café.', 'Plaça Guillemó', '11:00', None, '17:30'),
    ('stockholm', 'Landar 8.10 på Arlanda och är vid Mariatorget runt 9.30. Tåget går 15.10 från Mariatorget och jag vill vara där en halvtimme innan. Ett apotek och ett kafé.', 'Mariatorget', '09:30', None, '14:40'),
    ('stockholm', 'Jag är vid Mariatorget 9.30. Tåget till Oslo går 15.20 från Centralen, så jag tar pendeln från Södra 14.30. Ett apotek och ett kafé.', 'Mariatorget', '09:30', 'Södra', '14:30'),
    ('helsinki', 'Olen Kauppatorilla klo 10. Laiva lähtee klo 16 Kauppatorilta ja haluan olla siellä puoli tuntia ennen. Apteekki ja kahvila.', 'Kauppatori', '10:00', None, '15:30'),
    ('helsinki', 'Bussi lähtee Kampista neljältä. Olen Elielinaukiolla klo 13. Apteekki ja kahvila. Takaisin Elielinaukiolle 15.40.', 'Elielinaukio', '13:00', None, '15:40'),
    ('monaco', "Le bus me dépose place d'Armes à 12h30 et je reprends le même bus au même arrêt à 16h30. Une pharmacie et un café.", "Place d'Armes", '12:30', None, '16:30'),
    ('monaco', "Escale de 4 h : je suis place d'Armes à 12h30. Une pharmacie et un café.", "Place d'Armes", '12:30', None, '+240'),
    ('monaco', "Arrivo a Place d'Armes alle 12:30, il treno riparte alle 17 e voglio essere lì mezz'ora prima. Una farmacia e un caffè.", "Place d'Armes", '12:30', None, '16:30'),
    ('munich', 'We komen om 10 uur aan op de Marienplatz. Onze trein vertrekt om 15:00 vanaf de Marienplatz en we willen er een half uur eerder zijn. Een apotheek en een café.', 'Marienplatz', '10:00', None, '14:30'),
    ('munich', "I'm at Odeonsplatz at 10:15. A museum and lunch, and I check in at the Hotel Bayerischer Hof at 3pm.", 'Odeonsplatz', '10:15', 'Hotel Bayerischer Hof', '15:00'),
    ('munich', 'Ich bin um 10:15 am Odeonsplatz. Ein Museum und Mittagessen, um 15 Uhr checke ich im Hotel Bayerischer Hof ein.', 'Odeonsplatz', '10:15', 'Hotel Bayerischer Hof', '15:00'),
    ('paris', 'Je suis à République à 10h. Un musée et un déjeuner. Un ami me récupère à Rambuteau à 15h.', 'République', '10:00', 'Rambuteau', '15:00'),
    ('paris', 'Estoy en République a las 10. Un museo y comer. Un amigo me recoge en Rambuteau a las 15.', 'République', '10:00', 'Rambuteau', '15:00'),
    ('porto', 'Chego à Trindade às 9h. Um museu e um café. Às 13h apanho o comboio em São Bento.', 'Trindade', '09:00', 'São Bento', '13:00'),
    ('stockholm', 'Jag är vid Mariatorget 9.30. Ett museum och lunch. Pendeln tar jag från Södra 14.30.', 'Mariatorget', '09:30', 'Södra', '14:30'),
    ('stockholm', 'Wir sind um 9:30 am Mariatorget. Ein Museum und Mittagessen. Um 14:30 nehmen wir den Pendelzug ab Södra.', 'Mariatorget', '09:30', 'Södra', '14:30'),
    ('helsinki', 'Olen Kauppatorilla klo 10. Museo ja lounas. Hyppään ratikkaan Lasipalatsista klo 14.40.', 'Kauppatori', '10:00', 'Lasipalatsi', '14:40'),
    ('new_york', 'Amtrak drops me at Penn Station at 11. A museum and lunch. My bus leaves Port Authority at 4:30 and I want to be at the gate by 4.', 'Penn Station', '11:00', 'Port Authority', '16:00'),
    ('sydney', 'The train gets me to Sydenham at 12. A bank and lunch. My mate picks me up at Tillman Park at 5.', 'Sydenham', '12:00', 'Tillman Park', '17:00'),
    ('krems', 'Ankunft Bahnhof Krems 10:00, um 14 Uhr holt mich mein Cousin beim Klinglhuber ab. Frühstück und eine Apotheke.', 'Bahnhof Krems', '10:00', 'Klinglhuber', '14:00'),
    ('monaco', "Je suis place d'Armes à 9h. Un musée et un café. Le taxi m'attend devant le Fairmont à 13h.", "Place d'Armes", '09:00', 'Fairmont', '13:00'),
    ('andorra', 'Arribo a la plaça Guillemó a les 10. El bus surt a les 18 de la plaça Guillemó i hi he de ser un quart abans. Una farmàcia i un cafè.', 'Plaça Guillemó', '10:00', None, '17:45'),
    ('munich', 'Mein Zug kommt um 9:30 am Hauptbahnhof an, um 10 bin ich am Marienplatz. Ein Museum und ein Café. Um 14 Uhr wieder am Marienplatz.', 'Marienplatz', '10:00', None, '14:00'),
    ('paris', 'Escale entre deux trains : je sors du métro à Rambuteau à midi et je repars du même endroit à 15h30. Un jardin et un musée.', 'Rambuteau', '12:00', None, '15:30'),
    ('baltimore', 'I get off the water taxi at Fells Point at 11. Lunch and a church, then the Admiral Fell Inn gives me the room at 3pm.', 'Fells Point', '11:00', 'Admiral Fell Inn', '15:00'),
    ('stockholm', 'Wir haben um 12 im Hellstens Glashus ausgecheckt. Ein Museum und Mittagessen, dann nehmen wir um 16:30 den Pendelzug ab Södra.', 'Hellstens Glashus', '12:00', 'Södra', '16:30'),
    ('porto', 'I checked out of the Grande Hotel de Paris at 11. A museum and lunch; the airport metro goes from Trindade at 6pm.', 'Grande Hotel de Paris', '11:00', 'Trindade', '18:00'),
    ('porto', 'Saio da Trindade às 13h. O comboio para Lisboa sai de São Bento às 19h e quero lá estar meia hora antes. Um museu e um café.', 'Trindade', '13:00', 'São Bento', '18:30'),
    ('andorra', "Som a la plaça Guillemó a les 10. Un museu i dinar. L'últim bus cap a casa surt de l'Estació Nacional d'Autobusos i hi hem de ser a les 20.", 'Plaça Guillemó', '10:00', "Estació Nacional d'Autobusos", '20:00'),
    ('munich', 'Ab 10 Uhr am Marienplatz: ein Museum, ein Eis und ein Café, um 15 Uhr wieder am Marienplatz.', 'Marienplatz', '10:00', None, '15:00'),
    ('paris', 'Je suis à République à 10h. Une glace, un musée et un café, retour à République à 16h.', 'République', '10:00', None, '16:00'),
    ('helsinki', 'Olen Kauppatorilla klo 10. Laiva lähtee Kauppatorilta klo 16 ja haluan olla siellä vartti ennen. Museo ja lounas.', 'Kauppatori', '10:00', None, '15:45'),
    ('munich', "Between two trains: I'm at Odeonsplatz at 9, my connection leaves from Odeonsplatz at 14:00 and I need to be there 30 minutes before. A museum and a café.", 'Odeonsplatz', '09:00', None, '13:30'),
    ('munich', "Stopover of 4 hours: I'm at Marienplatz at 10. A museum and a café.", 'Marienplatz', '10:00', None, '+240'),
    ('paris', 'Escale de 3 heures : je suis à République à 12h30. Un musée et un café.', 'République', '12:30', None, '+180'),
    ('munich', 'We komen om 10 uur aan op de Marienplatz; Hotel am Viktualienmarkt laat ons pas om drie uur inchecken. Eerst koffie en een museum. Om half drie willen we bij het hotel zijn.', 'Marienplatz', '10:00', 'Hotel am Viktualienmarkt', '14:30'),
    ('monaco', "Sono a Place d'Armes alle 9, la camera al Novotel è pronta alle 14. Prima una colazione, poi un museo. Alle 14 voglio essere in albergo.", "Place d'Armes", '09:00', 'Novotel', '14:00'),
    ('andorra', "Sóc a la plaça Guillemó a les 11. El meu hotel és l'Art Hotel i no em donen l'habitació fins a les 3. Una església i dinar.", 'Plaça Guillemó', '11:00', 'Art Hotel', '15:00'),
    ('munich', 'Our hotel is the Hotel am Viktualienmarkt. We start at Odeonsplatz at 10, a museum and lunch, back at Odeonsplatz by 4.', 'Odeonsplatz', '10:00', None, '16:00'),
    ('andorra', 'Acabo de baixar del bus a la plaça Guillemó, són les 11. Una església i dinar, i a les 3 torno a la plaça Guillemó.', 'Plaça Guillemó', '11:00', None, '15:00'),
    ('stockholm', 'Nu sitter jag vid Mariatorget, klockan är 10. En promenad och kaffe, tillbaka vid Mariatorget halv två.', 'Mariatorget', '10:00', None, '13:30'),
    ('munich', "I'm at Marienplatz, it's 9 now. A museum and a café, back at Marienplatz by noon.", 'Marienplatz', '09:00', None, '12:00'),
    ('bayreuth_north', 'Ankunft Bindlach 16:45, um 19:30 checken wir im Schnupp ein. Ein Museum und ein Bier.', 'Bindlach', '16:45', 'Schnupp', '19:30'),
    ('munich', 'Wir sind um 11 Uhr am Odeonsplatz und checken am Ende im Hotel Bayerischer Hof ein, spätestens um 18 Uhr. Ein Museum und ein Eis.', 'Odeonsplatz', '11:00', 'Hotel Bayerischer Hof', '18:00'),
    ('sydney', "Ho il volo alle 20. Alle 14 sono a Tillman Park e il treno per l'aeroporto lo prendo a Sydenham alle 17:15. Una banca e un caffè.", 'Tillman Park', '14:00', 'Sydenham', '17:15'),
    ('new_york', 'Wir landen in Newark und fahren mit dem Zug zur Penn Station, um 14:20 sind wir da. Um 19 Uhr holen uns Freunde an der Spring Street ab. Kaffee und ein Museum.', 'Penn Station', '14:20', 'Spring Street', '19:00'),
    ('baltimore', "I get off the water taxi at the National Aquarium at 10:30. My train leaves Penn Station at 4, so I order an Uber from O'Donnell Square at 3:15. A church and lunch.", 'National Aquarium', '10:30', "O'Donnell Square", '15:15'),
    ('munich', "I have a flight at 18:00. I'm at Marienplatz at 10, a museum and lunch, back at Marienplatz by 14:00.", 'Marienplatz', '10:00', None, '14:00'),
]


def _case(case: tuple) -> pytest.param:
    reason = next((why for said, why in KNOWN.items() if said in case[1]), None)
    return pytest.param(*case, marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [])


@pytest.mark.parametrize("city, text, start, start_time, end, end_time", [_case(c) for c in _CASES])
def test_start_and_end_with_their_times(city, text, start, start_time, end, end_time):
    bench = planner_benchmark()
    request = planner_parse(text, city).request
    got_end = None if request.end_place in (None, request.start_place) else bench.fold_place(request.end_place)
    assert (bench.fold_place(request.start_place), request.start_time, got_end, bench._end_text(request)) == \
        (bench.fold_place(start), start_time, bench.fold_place(end), end_time)


@pytest.mark.parametrize("city, text, kinds", [
    ('porto', 'Começo às 10h na Trindade: uma loja de discos e um café.', ['shop=music', 'cafe']),
    ('munich', 'Da Marienplatz alle 10: un negozio di dischi e un caffè.', ['shop=music', 'cafe']),
    ('munich', 'Vanaf de Marienplatz om 10 uur: een platenzaak en een café.', ['shop=music', 'cafe']),
    ('helsinki', 'Ich starte um 13 Uhr am Senatsplatz: ein Designladen und ein Café.', ['shop', 'cafe']),
    ('stockholm', 'Från Mariatorget kl 10: designbutiker och ett kafé.', ['shop', 'cafe']),
    ('helsinki', 'Olen Kauppatorilla klo 13, ehdin syödä ja käydä apteekissa.', ['restaurant', 'pharmacy']),
    ('helsinki', 'Kauppatorilta klo 12: museo, sitten haluan syödä kotona.', ['museum']),
    ('munich', 'Ich bin um 10 am Marienplatz, ein Eis und ein Museum, mein ICE fährt um 16 Uhr.', ['ice_cream', 'museum']),
])
def test_kinds_said_by_travellers(city, text, kinds):
    """Shops travellers name by their goods in the languages read, eating said as having the time to, and an ice
    cream that is no train."""
    assert planner_kinds(text, city) == kinds
