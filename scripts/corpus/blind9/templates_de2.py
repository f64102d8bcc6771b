# Hand-written German chat templates WITHOUT values (clean; many hard negatives)
# followed by a second batch of German templates with values.
T = r"""
@@ de DE
Hallo, wo bleibt meine Bestellung {n:order}? Laut Tracking {n:tracking} liegt sie seit {n:date} im Verteilzentrum.
%%
Rechnung {n:invoice} über {n:amount} ist doch schon bezahlt, warum kommt eine Mahnung?
%%
kundennr {n:customer}, wann kommt der techniker? heute zw. {n:time} und {n:time}?
%%
Ich möchte meinen Vertrag {n:contract} zum {n:date} kündigen. Bitte schriftlich bestätigen.
%%
Zählerstand zum Umzug: {n:kwh}, Zählernummer {n:meter}, Stichtag {n:date}.
%%
Hi, im Formular steht als Beispiel <<example_iban|DE89 3704 0044 0532 0130 00>> – muss ich da meine eigene eintragen?
%%
Ihre Website zeigt als Test-Kreditkarte {n:test_card} an, ist das Absicht? Sieht unprofessionell aus.
%%
Artikel {n:asin} kam beschädigt an, Retoure ist unterwegs, Sendungsnummer {n:tracking}.
%%
Ich habe das Buch mit ISBN {n:isbn} bestellt, bekommen habe ich aber ein anderes.
%%
EAN {n:ean} steht auf der Packung, ist das der richtige Filter für mein Modell?
%%
Flug {n:flight} am {n:date} hat {n:duration} Verspätung, steht mir eine Entschädigung zu?
%%
Mein Anschlusszug {n:train} ist weg, ich stehe an {n:platform}. Gilt mein Ticket für den nächsten?
%%
Paket an Packstation, PLZ {n:postcode}, geht das auch?
%%
Die App stürzt seit dem Update auf {n:version} dauernd ab.
%%
Seriennummer des Routers: {n:serial}. Internet geht seit {n:date} nicht.
%%
Buchungscode {n:booking}, wir kommen erst um {n:time} an, ist die Rezeption noch besetzt?
%%
Ihr Zeichen {n:case}, mein Widerspruch vom {n:date} wurde noch nicht bearbeitet.
%%
Schadennummer {n:claim}: Gutachter war da, wie geht es weiter?
%%
Ticket {n:ticket} ist seit {n:duration} offen. Bitte endlich antworten!
%%
Fahrzeug {n:plate}, Fahrgestellnummer {n:vin}, Kilometerstand {n:mileage}. Wann ist der Wagen fertig?
%%
Meine Tochter hat <<pet_health|Fieber>> – also unsere Katze heißt Tochter 😂 nein im Ernst, die Katze frisst nicht, habt ihr Tierarzt-Tarife?
%%
Unser Hund hat <<pet_health|Durchfall>> seit gestern, zahlt die Tierkrankenversicherung {n:policy} den Tierarzt?
%%
Meine Monstera hat <<plant_health|gelbe Blätter>> und irgendeinen <<plant_health|Pilzbefall>>, ist das vom falschen Dünger aus eurem Shop?
%%
Das ganze Team hat <<fig_health|Fieber>> vor dem Finale am {n:date} 🏆
%%
Mein Laptop hat einen <<device_health|Virus>>, kann ich das Gerät {n:serial} einschicken?
%%
Der Akku ist <<device_health|todkrank>>, hält nur noch {n:duration}. Garantie?
%%
Habt ihr den Artikel über <<news_health|Diabetes>> in der letzten Kundenzeitschrift? Fand ich spannend.
%%
Im Krimi, den ich bei euch gekauft habe (ISBN {n:isbn}), stirbt der Kommissar an <<fiction_health|Krebs>>, aber es fehlen die letzten 20 Seiten!
%%
Führt ihr die <<product_health|Kopfschmerztabletten>> von Marke X noch? Finde sie nicht mehr im Shop, PZN {n:pzn}.
%%
Das neue Album ist eine <<fig_health|Seuche>>, ich will mein Geld zurück ({n:price}).
%%
Bei dem Wetter ({n:weather_temp}) kriegt man ja <<fig_health|Kopfschmerzen>> vom Hinschauen. Egal: wann kommt die Klimaanlage, Bestellung {n:order}?
%%
Der Techniker meinte, die Heizung hat <<device_health|Herzrhythmusstörungen>> 😅 Termin {n:date}?
%%
Unser Kaninchen braucht <<pet_health|Antibiotika>>, gibt es die bei euch auch für Tiere?
%%
Meine Tomaten haben <<plant_health|Braunfäule>>. Gibt es Ersatz für das Saatgut, Bestellung {n:order}?
%%
Hab gelesen, dass ein Promi mit <<news_health|Burnout>> ausfällt, hat das Konzert am {n:date} trotzdem statt?
%%
Diese Warteschleife macht mich noch <<fig_health|krank>>! Seit {n:duration} hänge ich drin.
%%
Ich bin <<fig_health|allergisch>> gegen Formulare 😤 – gibt es den Antrag auch online? {n:url}
%%
Bitte den Abschlag ab {n:date} auf {n:amount} senken, Vertrag {n:contract}.
%%
Guthaben von {n:amount} aus der Jahresabrechnung {n:year} – wann wird das ausgezahlt? Kundennummer {n:customer}.
%%
Ist die {n:malo} meine Marktlokations-ID? Steht auf der Rechnung {n:invoice}.
%%
Tarifwechsel auf {n:tariff} zum {n:date} möglich?
%%
Wie hoch ist der Grundpreis bei {n:tariff}? Aktuell zahle ich {n:price} im Monat.
%%
Die Rechnung hat {n:percentage} MwSt, müssten es nicht 7 sein?
%%
Ich habe {n:quantity} bestellt, warum stehen {n:price} pro Stück auf der Rechnung?
%%
Retourenlabel funktioniert nicht: {n:url}
%%
Gutscheincode {n:voucher} wird nicht akzeptiert
%%
WLAN-Router zeigt {n:ip}, Verbindung bricht ab. Seriennr. {n:serial}
%%
Mein Login {n:account_login} ist gesperrt, Passwort zurücksetzen geht nicht
%%
Wie lange dauert die Bearbeitung von Vorgang {n:case}? Es sind schon {n:duration}.
%%
Beim Umzug am {n:date} fehlen {n:quantity} Kartons, Auftrag {n:order}.
%%
Die Kaution wurde noch nicht zurückgezahlt, Übergabe der {n:apartment} war am {n:date}.
%%
Nebenkosten {n:year}: Warum {n:amount} Nachzahlung? Verbrauch war {n:kwh}.
%%
Der Hausmeister war {n:date} um {n:time} da, aber der Aufzug geht immer noch nicht.
%%
Wasserschaden in {n:apartment}, Schadennummer {n:claim}. Trocknungsgeräte laufen seit {n:duration}.
%%
Handelsregister {n:hrb}, bitte auf der Rechnung korrigieren.
%%
Bitte den Gläubiger {n:creditor_id} sperren, ich kenne den nicht.
%%
Fonds {n:isin} – warum wurde der Sparplan am {n:date} nicht ausgeführt?
%%
BLZ {n:bank_code} ist doch die alte Postbank-BLZ, oder? Brauche ich für ein altes Formular.
%%
Die Referenz {n:iban_shaped} auf dem Überweisungsträger ist keine IBAN, oder? Was soll ich damit?
%%
Hallo, Bestellnr {n:order} – Größe passt nicht ({n:size}), Umtausch in eine Nummer größer bitte.
%%
Der Tisch ist {n:distance} zu weit weg geliefert worden 😂 nein Spaß, aber die Lieferung kam an die falsche Hausnummer.
%%
Kann ich den Termin am {n:date} auf {n:time} verschieben? Es geht nur um die Vertragsunterlagen.
%%
Bei der Lohnabrechnung für {n:year} fehlen die Überstunden ({n:duration}). Personalnummer {n:customer}.
%%
Urlaubsantrag vom {n:date} bis {n:date} – ist der genehmigt?
%%
Reisekostenabrechnung: Bahnfahrt {n:train}, Hotel {n:amount}, {n:distance} mit dem Privatwagen.
%%
Steuerbescheid {n:year} ist da, Aktenzeichen {n:case}. Lohnt sich ein Einspruch wegen {n:amount}?
%%
Können Sie mir sagen, bis wann die Steuererklärung {n:year} abgegeben werden muss?
%%
Die Kfz-Steuer für {n:plate} wurde doppelt abgebucht ({n:amount}).
%%
Fahrrad geklaut, Rahmennummer {n:serial}, Polizei-Aktenzeichen {n:case}. Hausrat {n:policy}.
%%
Wann ist die Praxis zwischen den Jahren geöffnet? Ich brauche nur einen Termin zur Vorsorge.
%%
Ist die Apotheke am {n:date} offen? Will nur Sonnencreme abholen.
%%
Haben Sie <<product_health|Erkältungsbad>> und <<product_health|Halsbonbons>> vorrätig? Suche ich als Geschenk für eine Kollegin.
%%
Lieferzeit für PZN {n:pzn}? Brauche es bis {n:date}.
%%
Chargennummer {n:batch} – ist das von dem Rückruf betroffen, der in den Nachrichten war?
%%
In Ihrer Broschüre steht <<news_health|Grippewelle>> – bieten Sie dieses Jahr auch wieder Impftermine in der Filiale an?
%%
Ich schreibe einen Roman, in dem die Heldin <<fiction_health|Leukämie>> hat. Darf ich Ihre Klinik als Schauplatz nennen?
%%
Das Spiel gestern war <<fig_health|Herzinfarkt pur>>! Übrigens: Ticket {n:ticket} wurde doppelt belastet.
%%
Mein Chef ist eine <<fig_health|Migräne>> auf zwei Beinen. Egal – wann kommt die Gehaltsabrechnung?
%%
Der Markt hat gerade <<fig_health|Fieber>>, sollte ich meinen Sparplan ({n:isin}) pausieren?
%%
Die Software hat einen Bug, der mir <<fig_health|Kopfschmerzen>> bereitet: Version {n:version}.
%%
Wir brauchen ein Zimmer für {n:duration} ab {n:date}, zwei Erwachsene, ein Kind.
%%
Sitzplatzreservierung {n:seat} in {n:train}, ist die noch gültig?
%%
Check-in Schalter für {n:flight}? Wir stehen an {n:platform}.
%%
Koffer nicht angekommen, Flug {n:flight}, Gepäckschein {n:booking}.
%%
Unser Ferienhaus hat {n:room} doppelt vergeben, Buchung {n:booking}!
%%
Ist im Preis von {n:price} das Frühstück inklusive?
%%
Stornogebühr {n:percentage}? Das steht nirgends!
%%
Der Kilometerstand war bei Abholung {n:mileage}, nicht mehr. Mietvertrag {n:contract}.
%%
Beim Mietwagen {n:plate} leuchtet die Motorkontrollleuchte. Was tun?
%%
Reifenwechsel am {n:date} um {n:time} – geht das?
%%
Ich hab meine Rechnung als PDF bekommen aber da steht Rechnungs-
nummer {n:invoice} und Kunden-
nummer {n:customer} abgeschnitten. Bitte neu senden.
%%
Sehr geehrte Damen und Herren,

bezugnehmend auf Ihr Schreiben vom {n:date} (Az. {n:case}) teile ich mit, dass die Zahlung über {n:amount} am {n:date} erfolgt ist.

Mit freundlichen Grüßen
%%
| Position | Menge | Preis |
|---|---|---|
| Druckerpatrone | {n:quantity} | {n:price} |
| Papier A4 | 5 | {n:price} |
Bestellung {n:order} – bitte Rechnung korrigieren.
%%
Bestellung:
- {n:asin}
- {n:asin}
Lieferung an Packstation, PLZ {n:postcode}
%%
(Sprachnachricht) also die bestellnummer ist {n:order} und ähm das paket kam nie an
%%
ja hallo ich ruf an wegen der rechnung vom {n:date} da steht {n:amount} drauf und das stimmt nicht
%%
kannst du mir die Zugangsdaten für {n:url} nochmal schicken? login war {n:account_login}
%%
thx, hat geklappt 👍
%%
ok danke, dann warte ich
%%
Hallo? Ist da jemand?
%%
Wie sind Ihre Öffnungszeiten am Samstag?
%%
Kann ich auch per Rechnung zahlen oder nur Vorkasse?
%%
nee passt schon, hab's gefunden
%%
Versand nach Österreich möglich? Was kostet das?
%%
Danke für die schnelle Hilfe, {agent}! 😊
%%
Ich hätte gern einen Rückruf, aber bitte erst nächste Woche.
%%
Warum wurde meine Bestellung storniert???
%%
Welche Unterlagen brauche ich für die Steuererklärung als Rentner?
%%
Gibt es bei Ihnen einen Familientarif?
%%
Können Sie mir die AGB nochmal schicken?
%%
Ich will keine Werbung mehr per Post bekommen.
%%
Mein Nachbar hat ständig <<fig_health|Bauchschmerzen>> wegen der Parkplatzsituation 😄 Gibt es in der Anlage noch freie Stellplätze?
%%
Der Film „Der kranke Mann“ – gibt es den bei euch auch als DVD? EAN {n:ean}
%%
Ist das Buch <<fiction_health|Die Pest>> von Camus wieder lieferbar? ISBN {n:isbn}
%%
Eure Hotline hat <<fig_health|Schluckauf>> – dauernd bricht der Anruf ab.
%%
Wie ist die Adresse der Filiale in {city}?
%%
Mein Paket wurde beim Nachbarn {last} abgegeben, der ist aber verreist.
%%
Ich hätte eine Frage zur Rechnung vom {n:date}: Was ist die Position „Servicepauschale {n:price}“?
%%
Hab am {n:date} {n:amount} überwiesen mit Verwendungszweck {n:payment_ref}, ist das angekommen?
%%
Der Bescheid hat das Kassenzeichen {n:payment_ref}, muss ich das bei der Überweisung angeben?
%%
Wieviel kostet die Grundreinigung für {n:apartment}?
%%
Können Sie mir eine Vermieterbescheinigung ausstellen? Einzug war am {n:date}.
%%
Die Mieterhöhung um {n:percentage} ist doch nicht zulässig, oder?
%%
Der Rauchmelder in {n:room} piept alle {n:duration}.
%%
Schlüssel verloren, Schließanlage Nr. {n:serial}. Was kostet ein neuer?
%%
Mein Sohn hat im Spiel „Plague Inc.“ einen <<fiction_health|Virus>> gezüchtet und dabei {n:price} ausgegeben – In-App-Kauf zurückbuchen?
%%
Hallo Team, die Tomatenpflanzen sind super angekommen, nur eine hat <<plant_health|Mehltau>>.
%%
Unsere Katze hat <<pet_health|Diabetes>> und braucht Spezialfutter, liefert ihr das im Abo? Bestellung {n:order}
%%
Der Hund vom Nachbarn hat <<pet_health|Arthrose>> – gibt es die Rampe aus dem Katalog noch ({n:asin})?
%%
Das Kind meiner Freundin hatte laut Zeitung <<news_health|Masern>> in der Kita – ist das in der Stadt ein Thema?
%%
Im Fernsehen lief eine Doku über <<news_health|Parkinson>>, gibt es die in Ihrer Mediathek?
%%
Das Netzwerk ist <<device_health|infiziert>>, sagt der Virenscanner. Router {n:serial}, Firmware {n:version}.
%%
Mein Auto hustet beim Anlassen, <<device_health|Asthma>> hat der Motor 😂 Werkstatttermin {n:date}?
%%
Brauche ich für die Reise nach {city} eine Impfung? Frage nur allgemein.
%%
@@ de AT
Servus, wann wird das Paket {n:tracking} zugestellt? Bin erst ab {n:time} daheim.
%%
Grüß Gott, die Jahresabrechnung {n:year} stimmt nicht, Zählerstand war {n:kwh}.
%%
Bitte um Terminverschiebung vom {n:date} auf Jänner, danke.
%%
Gibt es das Klimaticket auch für Familien? Was kostet es, {n:price}?
%%
Mei, der Zug {n:train} hat schon wieder {n:duration} Verspätung.
%%
Die Miete für {n:apartment} wurde doppelt abgebucht, {n:amount}.
%%
Unser Hund hat <<pet_health|Flöhe>>, habt's ein Mittel im Online-Shop?
%%
Wie lange ist die Polizze {n:policy} noch gültig?
%%
Postleitzahl {n:postcode}, liefert ihr da auch hin?
%%
@@ de CH
Grüezi, wo bleibt mini Bstellig {n:order}?
%%
Die Rechnung {n:invoice} über {n:amount} ist falsch, ich habe das Abo gekündigt.
%%
Gilt das Halbtax auch für den {n:train}?
%%
Merci vielmal für die Hilfe!
%%
Welche Franchise habe ich aktuell? Police {n:policy}.
%%
Chönd Sie mir d'Offerte nomal schicke? Ich finde sie nicht mehr.
%%
PLZ {n:postcode}, Lieferung am {n:date} möglich?
%%
Mein Velo wurde geklaut, Rahmennummer {n:serial}. Deckt das die Hausrat?
%%
Die Pflanze hat <<plant_health|Läuse>>, gibt es ein biologisches Mittel?
%%
@@ de DE
Ich wollte fragen, ob meine Beitragserstattung schon angewiesen ist. Vorgang {n:case}, Betrag {n:amount}.
%%
Mein Arbeitgeber fragt nach der Mitgliedsbescheinigung, können Sie die schicken?
%%
Bonusprogramm: Ich habe {n:quantity} Nachweise eingereicht, wo sind die Punkte?
%%
Wie hoch ist der Zusatzbeitrag {n:year}? Ich habe {n:percentage} gelesen.
%%
Kann man bei euch eine Familienversicherung für das Kind beantragen? Geburt war am {n:date}.
%%
Eure App zeigt nur Ladekringel, App-Version {n:version}, Handy mit {n:os_version}.
%%
Gibt es für die Zahnreinigung einen Zuschuss? Rechnung {n:invoice}.
%%
Die Bescheinigung für das Finanzamt {n:year} fehlt noch.
%%
Wir sind umgezogen, neue PLZ {n:postcode}. Ändert sich die Geschäftsstelle?
%%
Meine Frage zum Kinderkrankengeld: wie viele Tage gibt es {n:year} pro Kind?
%%
Der Mann im Video auf eurer Website hat <<news_health|Rückenschmerzen>> – ist das ein Kurs, den man buchen kann?
%%
Ihr Blogartikel „10 Tipps gegen <<news_health|Schlafstörungen>>“ ist super, gibt es mehr davon?
%%
Habt ihr das Fitnessarmband {n:asin} noch? Mein altes zeigt nur <<device_health|Herzrasen>> an, obwohl ich sitze 😄
%%
"""
