# Hand-written German chat templates, third batch (mostly with values).
T = r"""
@@ de DE
hallo, ich bins nochmal, die iban war falsch, richtig: {IBAN:spaced}
%%
IBAN (bitte genau so übernehmen): {IBAN:dashes}
%%
kontonr. für die rückzahlung → {IBAN:lowercase}
%%
IBAN: {IBAN:line_break}
Danke
%%
Meine IBAN lautet {IBAN}, Bank: Volksbank.
%%
Die neue Bankverbindung ist {IBAN:lookalike} (hab's abgetippt, sorry falls Tippfehler)
%%
IBAN {IBAN:fullwidth} – vom Handy kopiert
%%
Kto {IBAN:mixed} bitte für SEPA nutzen
%%
handy: {PHONE:spaced}
%%
Tel {PHONE:dots} (ab 17 Uhr)
%%
mobil {PHONE:lookalike} oder Festnetz {PHONE}
%%
erreichbar unter {PHONE:double_space}
%%
Rückruf an {PHONE:zero_width}, danke!
%%
Hier meine Mail: {EMAIL:words}
%%
Schreiben Sie mir an {EMAIL:bracketed}, die normale Schreibweise wird bei mir immer von Spam-Filtern gefressen.
%%
Mail: {EMAIL:spaced}
%%
meine e-mail {EMAIL:mixed} (ohne leerzeichen natürlich)
%%
Steuer-ID {DE_STEUER_ID}
%%
steuerid: {DE_STEUER_ID:words}
%%
IdNr {DE_STEUER_ID:slashes} – so stand sie auf dem alten Bescheid
%%
Versichertennr. {DE_KVNR:lowercase}
%%
RV-Nr {DE_RVNR:dashes}
%%
Karte {CARD:dashes}, Ablauf {EXP}
%%
Kreditkarte: {CARD}
%%
KK-Nr {CARD:nbsp} gültig bis {EXP}
%%
ich hab da noch die karte {CARD:words} ... äh also die zahlen
%%
[Spracheingabe] Kontonummer ist {IBAN:words} Punkt
%%
Transkript Anrufbeantworter: "Guten Tag, {name} hier, Versichertennummer {DE_KVNR:spaced}, bitte rufen Sie mich an unter {PHONE:words}. Danke, tschüss."
%%
Diktierfunktion: meine Steuer ID lautet {DE_STEUER_ID:words} Komma ich brauche die Bescheinigung bis {n:date}
%%
Guten Tag Herr {last}, anbei die Unterlagen für die Steuererklärung {n:year}: Steuer-ID {DE_STEUER_ID}, Steuernummer {DE_STEUERNUMMER}, Kinderbetreuungskosten {n:amount}.
%%
Liebe Frau {last}, mein Mann und ich wollen zusammen veranlagt werden. Seine Steuer-ID: {DE_STEUER_ID}, meine: {DE_STEUER_ID}.
%%
Kann ich die Kosten für [[T|künstliche Befruchtung]] als außergewöhnliche Belastung angeben? Rechnungen über {n:amount}.
%%
Ich habe {n:year} [[T|Physiotherapie]] und [[T|Akupunktur]] selbst bezahlt, ca. {n:amount}. Absetzbar?
%%
Mein Sohn hat [[D|Autismus-Spektrum-Störung]], wir haben einen Schwerbehindertenausweis (GdB 50). Pauschbetrag bitte berücksichtigen.
%%
Für die Steuer: Pflegegrad 3 bei meiner Mutter, sie hat [[D|Demenz]]. Steuer-ID der Mutter {DE_STEUER_ID}.
%%
Ich bin Kleinunternehmer, USt-ID {DE_USTID:spaced}. Muss ich die auf jede Rechnung schreiben?
%%
Hallo, für das Lohnbüro: ich heirate am {n:date}, Steuerklasse ändert sich. Steuer-ID {DE_STEUER_ID}, neue Bank {IBAN}.
%%
neuer mitarbeiter ab {n:date}: {name}, geb. {dob}, steuer-id {DE_STEUER_ID}, sv {DE_RVNR}, iban {IBAN}, kk barmer
%%
Gehaltsvorschuss bitte auf {IBAN}, Personalnummer {n:customer}.
%%
Ich bin seit {n:date} krankgeschrieben, [[D|Burnout]], AU liegt beim Arbeitgeber. Wie lange zahlt ihr Lohnfortzahlung?
%%
Bescheinigung für die Krankenkasse: AU vom {n:date} bis {n:date}, Diagnose {ICD}, Arbeitgeber {company}.
%%
Eingliederungsmanagement: nach {n:duration} [[T|Tagesklinik]] wegen [[D|Angststörung]] möchte ich stufenweise wieder anfangen.
%%
Mein Kollege hat mir verraten, dass er <<other_person_health|Krebs>> hat – nee, das schreibe ich hier nicht. Sorry. Frage ist nur: Wie beantrage ich Sonderurlaub?
%%
Mutterschutz ab {n:date}, Kind kommt per [[T|Kaiserschnitt]]. Elterngeld-Bescheinigung bitte an {EMAIL}.
%%
Ich hatte eine [[T|Gebärmutterentfernung]] und bin {n:duration} raus. Bitte Urlaub verschieben.
%%
Arbeitsunfall am {n:date}: [[D|Handgelenksbruch]], Unfallanzeige bitte an die BG. Meine Tel {PHONE}.
%%
Telefonanbieter: Vertrag {n:contract}, bitte Rufnummer {PHONE} auf eSIM umstellen, IMEI {n:imei}.
%%
Hallo, meine Rechnung {n:invoice} enthält Anrufe an {PHONE@GB} die ich nicht gemacht habe!
%%
Ich kündige den Festnetzanschluss {PHONE} zum {n:date}. Router {n:serial} schicke ich zurück.
%%
Neuer Vertrag für meine Tochter, Rufnummer soll {PHONE} bleiben, Abbuchung von {IBAN}.
%%
Drittanbietersperre für {PHONE} bitte einrichten!!
%%
Ich brauche eine Einzelverbindungsübersicht für {PHONE}, Zeitraum {n:date} bis {n:date}.
%%
Energieversorger: Umzug am {n:date}, neuer Zähler {n:meter}, Zählerstand {n:kwh}, neue Adresse {addr}, Abschlag von {IBAN}.
%%
Ich bin Witwe seit {n:date}, bitte Stromvertrag auf mich umschreiben. Mein Handy: {PHONE}.
%%
Meine Mutter hat [[D|Demenz]] und ist jetzt im Heim, bitte Stromvertrag für ihre alte Wohnung zum {n:date} kündigen. Kundennummer {n:customer}.
%%
Sperrandrohung erhalten! Ich zahle ab jetzt per Lastschrift, IBAN {IBAN}, Kundennummer {n:customer}.
%%
Wärmepumpentarif: Zähler {n:meter}, Malo {n:malo}, bitte Rückruf {PHONE}.
%%
Reiseversicherung: Ich musste in Spanien ins Krankenhaus wegen [[D|Nierensteine]], Rechnung {n:amount}. Erstattung auf {IBAN}.
%%
Stornierung Pauschalreise {n:booking}: Attest für [[D|Bänderriss]] liegt bei. Bitte Rückruf {PHONE}.
%%
Ich fliege mit {n:flight} und habe [[D|Schlafapnoe]] – darf das CPAP-Gerät ins Handgepäck?
%%
Hotelbuchung {n:booking} für {name}, Ankunft {n:date}, Telefon {PHONE}, E-Mail {EMAIL}.
%%
Online-Check-in geht nicht, Pass {DE_PASSPORT}, Flug {n:flight}.
%%
Visum-Antrag: Personalausweis {DE_ID_CARD}, gültig bis {n:date}, geboren {dob} in {city}.
%%
Retoure {n:order}: Die Jacke ({n:size}) passt nicht. Geld bitte auf {IBAN}, nicht auf die Kreditkarte.
%%
Ich habe zweimal bezahlt, einmal per Karte {CARD} und einmal per PayPal. Bestellung {n:order}.
%%
Kundenkonto {n:account_login}: bitte E-Mail ändern auf {EMAIL}, Telefon {PHONE}.
%%
Warum wurde meine Karte {CARD:parenthesised} abgelehnt? Gültig bis {EXP}.
%%
KFZ-Versicherung: Glasschaden an {n:plate}, Schadennummer {n:claim}, Werkstatt ruft Sie an: {PHONE}.
%%
Wildunfall am {n:date} um {n:time}, Kennzeichen {n:plate}. Bitte Rückruf an {PHONE}, Bankverbindung für die Erstattung {IBAN}.
%%
Der Unfallgegner heißt {name}, Versicherung {company}, Telefon {PHONE}, Kennzeichen {n:plate}.
%%
Seit dem Unfall habe ich [[S|Kopfschmerzen]] und [[S|Schwindel]], der Arzt sagt [[D|Gehirnerschütterung]]. Schmerzensgeld?
%%
Mietvertrag {n:contract}: Ich kündige zum {n:date}, neue Anschrift {addr}, Kaution bitte auf {IBAN}.
%%
Mieterwechsel {n:apartment}: Nachmieterin {name}, Tel {PHONE}, Mail {EMAIL}
%%
Ich kann wegen [[D|Kniearthrose]] die Treppen nicht mehr, gibt es eine Wohnung im EG? Mein Handy {PHONE}.
%%
Hausverwaltung, bitte Hausmeister schicken, mein Mann ist nach der [[T|Bypass-OP]] zuhause und die Klingel geht nicht. Tel {PHONE}
%%
Arztpraxis: Ich möchte einen Termin zur [[T|Magenspiegelung]], Überweisung habe ich. Tel {PHONE}, Versichertennr. {DE_KVNR}.
%%
Bitte Termin für meine Mutter, {name}, geb. {dob}, wegen [[S|Atemnot]] und [[S|geschwollene Beine]]. Rückruf {PHONE}.
%%
Guten Morgen, Termin zur Blutabnahme? Ich habe [[D|Diabetes mellitus Typ 2]] und muss nüchtern kommen, also bitte früh. Tel {PHONE}
%%
Terminabsage: {n:date}, {n:time} bei Dr. {last}. Ich habe [[D|Covid-19]].
%%
Praxis-Chat: Ich brauche eine Überweisung zum Kardiologen wegen [[S|Herzstolpern]]. Geb. {dob}.
%%
Praxis {last}, Befund abholen? Es ging um [[T|MRT]] vom Knie, Verdacht [[D|Meniskusriss]].
%%
Ich nehme [[M|Prednisolon 20 mg]] wegen [[D|Colitis ulcerosa]] – brauche ich eine Impfung vor der Reise?
%%
Online-Apotheke: Bitte [[M|Cetirizin 10 mg]] {n:quantity} und [[M|Sumatriptan 50 mg]]. Rezept für Sumatriptan lade ich hoch.
%%
Ich hab das E-Rezept für [[M|Ozempic 0,5 mg]] – wann ist das wieder lieferbar?
%%
meine bestellung {n:order} kam ohne das [[M|Foster 100/6]] an, ich brauch das dringend, hab [[D|asthma]]
%%
Kühlkette unterbrochen? Das [[M|Humira 40 mg]] war warm bei Lieferung. Charge {n:batch}.
%%
Der Apotheker hat mir [[M|Ibuprophen 400 mg~Ibuprofen 400 mg]] gegeben, aber ich nehme doch [[M|Marcumar]]!
%%
Mein Mann hat [[D|Gicht]] und soll [[M|Allopurinol 300 mg]] nehmen, gibt es das als kleinere Packung?
%%
Mein Vater ist bei euch versichert, hat [[D|Prostatakrebs]] und bekommt [[T|Bestrahlung]]. Fahrtkosten?
%%
Antrag auf Haushaltshilfe: ich bin nach [[T|Hüft-OP]] {n:duration} eingeschränkt. KVNR {DE_KVNR}.
%%
Ich bekomme [[T|Psychoterapie~Psychotherapie]], brauche ich für die Verlängerung einen neuen Antrag?
%%
Krankenkasse: Ich lebe mit [[D|Multiple Sklerose]], die neue Therapie kostet viel. Härtefall? Versichertennummer {DE_KVNR}.
%%
Hallo, mein Baby ist am {n:date} geboren, bitte familienversichern. Meine Versichertennummer {DE_KVNR}, Telefon {PHONE}.
%%
Zahnersatz: Heil- und Kostenplan über {n:amount}, bitte Zuschuss auf {IBAN}.
%%
Kinderkrankengeld für {n:duration}: Kind hatte [[D|Mittelohrentzündung]]. Auszahlung auf {IBAN}.
%%
Ich bin Privatpatient, Rechnung {n:invoice} für [[T|Stoßwellentherapie]], bitte Erstattung auf {IBAN}.
%%
Beitragsrückstand? Ich zahle monatlich per Dauerauftrag von {IBAN}. Mitgliedsnummer {n:customer}.
%%
Hilfe mein Handy ist weg, bitte Onlinebanking sperren, Konto {IBAN}, Handy war {PHONE}
%%
Phishing-Mail bekommen von "{EMAIL}" – ist das von euch?
%%
Ich habe jemandem {n:amount} an {IBAN} überwiesen, es war Betrug. Rückholung möglich?
%%
Bitte Sparplan auf {n:isin} einrichten, Abbuchung von {IBAN}.
%%
Konto für meinen Sohn eröffnen, Ausweisnummer {DE_ID_CARD}, meine Handynummer {PHONE}.
%%
Erbschaftsfall: Konto meines verstorbenen Vaters {IBAN}, Sterbeurkunde liegt bei, ich bin erreichbar unter {PHONE}.
%%
Schreiben gescannt:
Sehr geehrte Frau {last},
Ihre Kranken-
versichertennummer {DE_KVNR} wurde geändert.
Bei Fragen: {PHONE}
%%
OCR-Text:
Rentenversicherungs-
nummer: {DE_RVNR}
Name: {name}
Anschrift: {addr}
%%
Aus dem Brief abgetippt: "Ihre Steueridentifikations-
nummer lautet {DE_STEUER_ID}. Bitte bewahren Sie dieses Schreiben auf."
%%
Zitat aus dem Entlassbrief: „Diagnosen: [[I|I48.9]] [[D|Vorhofflimmern]], [[I|I10]] [[D|arterielle Hypertonie]]. Medikation: [[M|Bisoprolol 2,5 mg]] 1-0-0.“
%%
> Wir benötigen noch Ihre Steuernummer.
Hier: {DE_STEUERNUMMER}. Die alte war {n:contract}, die gilt nicht mehr.
%%
> Bitte teilen Sie uns Ihre aktuelle Bankverbindung mit.
> Mit freundlichen Grüßen, {agent}
Hallo {agent}, die ist {IBAN}. Gruß
%%
Mit freundlichen Grüßen

{name}
Zahnarztpraxis {last}
{addr}
Tel.: {PHONE}
E-Mail: {EMAIL}
IBAN: {IBAN} · BIC: {BIC}
%%
--
{name} | Buchhaltung
{company}
T {PHONE} · M {PHONE}
USt-IdNr. {DE_USTID} · {n:hrb}
%%
| Name | Geburtsdatum | Telefon |
|---|---|---|
| {name} | {dob} | {PHONE} |
| {fam} {last} | {dob} | {PHONE} |
Bitte beide in die Familienversicherung.
%%
| Datum | Leistung | Betrag |
|---|---|---|
| {n:date} | [[T|Lymphdrainage]] | {n:price} |
| {n:date} | [[T|manuelle Therapie]] | {n:price} |
Erstattung auf {IBAN} bitte.
%%
- Name: {name}
- IBAN: {IBAN}
- Telefon: {PHONE}
- Mail: {EMAIL}
- Vertrag: {n:contract}
%%
hallo ich hab ne frage zu meiner rechnung {n:invoice} ich wurde 2x abgebucht von {IBAN} bitte um rückzahlung lg
%%
hi! neue nummer: {PHONE} 📱 alte bitte löschen
%%
bin grad im KH wg [[D|blinddarmentzündung]] 🙈 kann die lieferung am {n:date} jemand anders annehmen?
%%
thx. ach ja ich hab [[S|migräneattaken~Migräneattacken]] und kann manchmal nicht ans tel, lieber mail: {EMAIL}
%%
Ich möchte meinen Account löschen: {EMAIL}, Kundennummer {n:customer}.
%%
Gewinnspiel: Kontaktdaten {name}, {EMAIL}, {PHONE}. (Ich akzeptiere die Teilnahmebedingungen)
%%
Mitgliedsantrag Sportverein:
Name {name}
Geb. {dob}
Tel {PHONE}
IBAN {IBAN}
Vorerkrankungen: [[D|Asthma]], [[D|Penicillinallergie]]
%%
Kurantrag für mich: [[T|Mutter-Kind-Kur]] wegen [[S|Erschöpfung]], KVNR {DE_KVNR}
%%
Ich brauche eine Bescheinigung, dass ich [[M|Tilidin 50/4 mg]] mitführen darf (Reise nach Schweden am {n:date}).
%%
Nachfrage Pflegegeld: Mein Vater, Versichertennummer {DE_KVNR}, Pflegegrad 2, Konto {IBAN}.
%%
@@ de AT
Griaß di, meine neue Handynummer ist {PHONE}
%%
SV-Nummer {AT_SVNR}, IBAN {IBAN}, Dienstantritt {n:date}.
%%
Wahlarzt-Rechnung {n:invoice}: [[T|Physiotherapie]] {n:amount}, Rückerstattung auf {IBAN}.
%%
Ich hab [[D|Schuppenflechte]] und brauche die Creme auf Kassenrezept, SVNR {AT_SVNR}.
%%
Servus! Bin ab {n:date} auf [[T|Reha]] in Bad Vöslau, bitte Post an {EMAIL}.
%%
Meine Frau nimmt [[M|Euthyrox 50 µg]], in der Apotheke in Graz gibt's das nicht. Alternative?
%%
@@ de CH
Grüezi, AHV {CH_AHV:spaced}, bitte ins Lohnsystem.
%%
Natel: {PHONE}
%%
Ich ha [[S|Halsschmerzen]] und [[S|Fieber]], chani hüt no verbi cho? Tel {PHONE}
%%
Rechnig vo dr Physio ([[T|Physiotherapie]]) über {n:amount}, bitte uf {IBAN} zruggzahle.
%%
Bitte Rückzahlung der Franchise auf {IBAN}, lautend auf {name}.
%%
@@ de DE
Kannst du mir bitte noch sagen, wie ich die Rechnung {n:invoice} bezahle? Überweisung oder Karte?
%%
Der Paketbote hat {n:quantity} vor die Tür gestellt, es hat geregnet. Bestellung {n:order}.
%%
Ab wann gilt der neue Tarif {n:tariff}? Ich habe {n:date} unterschrieben.
%%
Die Zahlung über {n:amount} ist als „Vorgemerkt“ markiert seit {n:date}.
%%
Mein Vermieter will {n:percentage} mehr Miete ab {n:date}, darf er das?
%%
Der Kühlschrank ({n:serial}) kühlt nicht mehr, Garantie bis {n:date}.
%%
Nach dem Update {n:version} zeigt die Heizungs-App {n:weather_temp} im Wohnzimmer 🥶
%%
Gibt es bei euch Ratenzahlung? Der Fernseher kostet {n:price}.
%%
Mein Flug {n:flight} wurde auf {n:date} verlegt, ich will stornieren.
%%
Bitte Schlüsselübergabe für {n:apartment} am {n:date} um {n:time}.
%%
Die Schadensmeldung {n:claim} ist von {n:date}, warum dauert das so lange?
%%
Die Fahrzeug-Identnummer {n:vin} stimmt im Versicherungsschein nicht.
%%
Wurde die Prämie für {n:policy} schon abgebucht? Auf dem Konto sehe ich nichts.
%%
Ich habe das Spiel „Pandemie“ bestellt (<<fiction_health|Seuchen>> bekämpfen, haha), EAN {n:ean}, kam nicht an.
%%
Meine Orchidee hat <<plant_health|Wurzelfäule>>, kann ich die zurückschicken? Bestellung {n:order}
%%
Der Hamster hat <<pet_health|eine Augenentzündung>>, habt ihr Tierarzttermine auch samstags?
"""
