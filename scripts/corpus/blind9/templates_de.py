# Hand-written German chat templates WITH values (DE / AT / CH).
# Syntax: "@@ lang REGION [mix]" starts a block, "%%" separates templates.
# {IBAN} {PHONE@GB:words} ... value slots, {n:kind} generated negatives,
# [[D|term]] inline health value (D/S/M/T/I, "typo~canonical" for typos),
# <<kind|text>> inline negative, {name} {addr} ... unlabelled fillers.
T = r"""
@@ de DE
Hallo, bitte buchen Sie die Rate für {n:invoice} ab sofort von meinem neuen Konto ab: {IBAN}. Danke!
%%
hi, hab ne neue bank. iban: {IBAN} – kundennr {n:customer}
%%
Guten Tag,
ich möchte meine Bankverbindung ändern.
Kontoinhaber: {name}
IBAN: {IBAN}
BIC: {BIC}
Gültig ab {n:date}.
Mit freundlichen Grüßen
%%
Die Erstattung über {n:amount} bitte auf {IBAN} überweisen, nicht auf das alte Konto.
%%
Moin! Könnt ihr mich zurückrufen? Bin ab {n:time} unter {PHONE} erreichbar.
%%
meine handynr hat sich geändert, neu ist {PHONE}. vertragsnr {n:contract}
%%
Sehr geehrte Damen und Herren, meine neue E-Mail-Adresse lautet {EMAIL}. Bitte senden Sie die Rechnung {n:invoice} künftig dorthin.
%%
Bitte Rückruf auf Festnetz {PHONE} oder mobil {PHONE}, danke
%%
Name: {name}
Geb.: {dob}
Anschrift: {addr}
Tel.: {PHONE}
E-Mail: {EMAIL}
IBAN: {IBAN}
%%
Hallo Team, hier nochmal alle Daten für den Wechsel: {name}, {addr}, Zählernummer {n:meter}, Zählerstand {n:kwh}, IBAN {IBAN}. Lastschrift bitte ab {n:date}.
%%
ich hab die abbuchung für {n:date} zurückgeben lassen weil falsches konto. richtig ist {IBAN} 🙏
%%
Können Sie die Prämie künftig von {IBAN} einziehen? Meine Versicherungsscheinnummer ist {n:policy}.
%%
Ich habe seit {n:duration} [[S|starke Rückenschmerzen]] und brauche dringend einen Termin beim Orthopäden.
%%
Mein Hausarzt hat mir [[M|Ibuprofen 600]] verschrieben, 3x täglich. Übernimmt die Kasse das?
%%
Hallo, meine Tochter hat [[D|Neurodermitis]] und die Creme ist nicht mehr lieferbar. Gibt es eine Alternative?
%%
Guten Tag, ich wurde am {n:date} am Knie operiert ([[T|Kreuzband-OP]]) und brauche jetzt eine Verordnung für [[T|Physiotherapie]].
%%
Anbei meine AU, Diagnose {ICD}, gültig bis {n:date}. Bitte an die Personalabteilung weiterleiten.
%%
Krankmeldung: AU mit [[I|F43.2]] G, ab {n:date} für {n:duration}. LG {first}
%%
Ich nehme täglich {MED} und {MED}. Wechselwirkungen mit dem neuen Präparat?
%%
Rezept für {MED} bitte an die Apotheke schicken, ich hole es {n:date} ab. Versichertennummer {DE_KVNR}
%%
Versichertennummer: {DE_KVNR}
Name: {name}
Anliegen: Kostenübernahme für [[T|Lymphdrainage]]
%%
Meine Steuer-ID ist {DE_STEUER_ID}, die Steuernummer {DE_STEUERNUMMER}. Brauchen Sie sonst noch was für die Erklärung {n:year}?
%%
Hallo Frau {last}, anbei meine Steuer-Identifikationsnummer {DE_STEUER_ID} für die Lohnabrechnung.
%%
für die lohnabrechnung: steuerid {DE_STEUER_ID}, rv-nummer {DE_RVNR}, krankenkasse TK, kinder 1
%%
Rentenversicherungsnummer {DE_RVNR} – bitte im Personalstamm eintragen. Eintritt {n:date}.
%%
Bitte USt-IdNr. {DE_USTID} auf der Rechnung {n:invoice} ergänzen, sonst kann ich sie nicht buchen.
%%
Unsere Umsatzsteuer-ID lautet {DE_USTID}. Handelsregister {n:hrb}.
%%
Ich hab meinen Perso verloren, die Nummer war {DE_ID_CARD}. Muss ich das bei Ihnen auch melden?
%%
Für die Buchung: Reisepassnummer {DE_PASSPORT}, gültig bis {n:date}. Flug {n:flight}.
%%
Ausweisnummer {DE_ID_CARD}, ausgestellt in {city}.
%%
Karte: {CARD}
Gültig bis: {EXP}
Prüfziffer: {CVC}
Bitte die Zahlung für Buchung {n:booking} damit ausführen.
%%
Ich habe eine Abbuchung von {n:amount} auf meiner Kreditkarte {CARD} die ich nicht kenne!! bitte sperren
%%
kreditkarte endet nicht auf die zahl die ihr habt, neue ist {CARD}, ablauf {EXP}
%%
Hallo, die Zahlung mit Karte {CARD} (gültig bis {EXP}) ist fehlgeschlagen, Bestellung {n:order}.
%%
Ich hatte am Telefon schon Herrn {agent} meine Handynummer gegeben, aber nochmal: {PHONE}
%%
> Bitte nennen Sie uns Ihre Kontoverbindung.
Klar: {IBAN}, Bank ist die Sparkasse.
%%
> Können Sie uns eine Rückrufnummer geben?
Ja, {PHONE}, am besten nach {n:time}.
%%
Guten Tag,

wie telefonisch besprochen sende ich Ihnen meine Daten.

Viele Grüße
{name}
{addr}
Tel. {PHONE}
Mobil {PHONE}
{EMAIL}
%%
-- 
{name}
Steuerberatung {last} & Partner
{addr}
Fon {PHONE} | Fax {PHONE}
{EMAIL}
USt-IdNr.: {DE_USTID}
%%
| Feld | Wert |
|---|---|
| Name | {name} |
| IBAN | {IBAN} |
| Telefon | {PHONE} |
| Kundennr. | {n:customer} |
%%
Sprachnachricht transkribiert: "ja hallo hier ist {first} meine nummer ist {PHONE:words} bitte ruf mich zurück wegen der rechnung"
%%
[Transkript] äh meine iban ist {IBAN:words} ähm ja genau
%%
(Diktat) Versichertennummer {DE_KVNR:spaced}, Termin wegen [[S|Schwindel]] und [[S|Ohrensausen]]
%%
Mein Mann hat [[D|Vorhofflimmern]] und nimmt [[M|Eliquis 5 mg]] 1-0-1. Darf er damit fliegen? Flug {n:flight} am {n:date}.
%%
Meine Mutter ist dement ([[D|Alzheimer]]) und ich kümmere mich um ihre Verträge. Ihre Kundennummer ist {n:customer}.
%%
Mein Sohn hat seit gestern [[S|hohes Fieber]] und [[S|Ohrenschmerzen]], kann ich heute noch vorbeikommen?
%%
Termin bitte verschieben, ich habe [[D|Gürtelrosse~Gürtelrose]] und bin ansteckend. Alter Termin war {n:date} um {n:time}.
%%
Ich bin seit {n:date} in [[T|Reha]] und kann die Zählerablesung nicht selbst machen. Zählernummer {n:meter}.
%%
Wegen meiner [[T|Chemotherapie]] bin ich oft nicht zuhause, bitte Paket {n:tracking} in die Packstation.
%%
Die [[T|Dialyse]] ist Mo/Mi/Fr, deshalb passt mir der Techniker-Termin nur Dienstag.
%%
Hab [[D|Diabetis Typ 1~Diabetes Typ 1]] und brauche die Teststreifen dringend, Bestellung {n:order} hängt seit Tagen.
%%
seit der [[T|Physiotheraphie~Physiotherapie]] ist das knie besser, rechnung {n:invoice} reiche ich nach
%%
bitte schickt mir die pillen {MED} nochmal, hab nur noch {n:quantity}
%%
Befund: {DIAG}. ICD {ICD}. Bitte Kostenvoranschlag für {TREAT}.
%%
Hallo liebes Praxisteam, ich bräuchte ein Folgerezept für {MED}. Geb. {dob}, {name}.
%%
Mein Versicherter Status: {name}, KVNR {DE_KVNR}, Diagnose {DIAG}, Behandlung {TREAT} seit {n:date}
%%
IBAN <<example_iban|DE89 3704>> ... nein moment das war die aus dem Beispiel 😅 meine richtige ist {IBAN}
%%
Bei mir steht als Muster-IBAN <<example_iban|DE89 3704 0044 0532 0130 00>> im Formular, meine echte ist {IBAN}. Bitte korrigieren.
%%
Kundennummer {n:customer}, Vertrag {n:contract}, neue Bankverbindung {IBAN} bei der {company}.
%%
Ich ziehe um! Neue Adresse ab {n:date}: {addr}. Telefon bleibt {PHONE}.
%%
Schadenmeldung {n:claim}: Auffahrunfall am {n:date} auf der <<icd_like|A9>>, Kennzeichen {n:plate}. Erreichbar unter {PHONE}.
%%
Unfallgegner hat mir seine Nummer gegeben: {PHONE}. Sein Kennzeichen war {n:plate}.
%%
Ich hatte bei dem Unfall ein [[D|Schleudertrauma]] ... naja eher [[S|Nackenschmerzen]], der Arzt schreibt mich krank.
%%
Entschädigung für Schaden {n:claim} bitte auf {IBAN}, Kontoinhaberin {name}.
%%
Die Werkstatt will {n:amount} für die Reparatur, Rechnung hängt an. Bankdaten der Werkstatt: {IBAN}, BIC {BIC}.
%%
Mietkaution ({n:amount}) bitte zurück auf {IBAN}. Wohnung war {n:apartment}, Übergabe am {n:date}.
%%
Hallo Hausverwaltung, die Heizung in {n:apartment} ist kaputt. Bitte Techniker schicken, Handy {PHONE}.
%%
Nebenkostenabrechnung {n:year}: Guthaben von {n:amount} bitte auf mein Konto {IBAN}.
%%
Neue Mieterin in Whg. 3, Kontakt: {name}, {PHONE}, {EMAIL}
%%
Vertrag {n:contract}: Ich möchte auf {n:tariff} wechseln. Abbuchung weiterhin von {IBAN}.
%%
Rufnummernmitnahme bitte für {PHONE}, alter Anbieter {company}. SIM {n:iccid}.
%%
Mein Handy wurde gestohlen, bitte SIM sperren! Nummer {PHONE}, IMEI {n:imei}
%%
Ihr Techniker kommt {n:date}? Bitte vorher anrufen: {PHONE}
%%
Retoure {n:order}: Erstattung bitte nicht auf PayPal sondern auf {IBAN}.
%%
Hallo, ich habe {n:quantity} bestellt aber nur die Hälfte bekommen. Sendung {n:tracking}. Ruft mich bitte an {PHONE}
%%
Gutschein {n:voucher} hat nicht funktioniert, wurde trotzdem {n:price} von Karte {CARD} abgebucht.
%%
Buchung {n:booking}: Bitte Rechnung an {EMAIL} statt an die alte Adresse.
%%
Ich reise mit meiner Mutter, sie hat [[D|COPD]] und braucht Sauerstoff an Bord. Flug {n:flight}, Sitzplatz {n:seat}.
%%
Wir mussten die Reise wegen [[D|Lungenentzündung]] meines Mannes stornieren, Attest liegt bei. Buchung {n:booking}.
%%
Reiserücktritt: mein Sohn hatte [[D|Pfeiffersches Drüsenfieber]], Buchungsnummer {n:booking}. Erstattung auf {IBAN}.
%%
Passnummer {DE_PASSPORT} für die Einreise, geboren {dob}.
%%
Guten Tag, für die Reha-Klinik brauche ich meine Rentenversicherungsnummer: ist das {DE_RVNR}? Steht so auf dem Brief.
%%
ich bin ab {n:date} in elternzeit, bitte gehalt weiter auf {IBAN}. steuer-id {DE_STEUER_ID}
%%
Lohnsteuerbescheinigung {n:year} bitte an {EMAIL}, Personalnummer {n:customer}.
%%
Hallo Lohnbüro, Krankmeldung für {fam} aus dem Lager – hat <<other_person_health|Hexenschuss>>, fällt bis {n:date} aus.
%%
Meine AU: Diagnoseschlüssel {ICD:nodot}, Arzt Dr. {last}, {n:duration}.
%%
Hier die Diagnose aus dem Entlassbrief: {ICD} ({DIAG}). Brauche ich eine neue Bescheinigung?
%%
Steuerberater: bitte Krankheitskosten absetzen – [[T|Zahnimplantat]] ({n:amount}) und [[T|Psychotherapie]] (Selbstzahler).
%%
Finanzamt hat geschrieben, Steuernummer {DE_STEUERNUMMER}, Aktenzeichen {n:case}. Was soll ich tun?
%%
Hi, mein Elster-Zugang geht nicht ({n:url}), meine IdNr ist {DE_STEUER_ID}. kannst du für mich einreichen?
%%
stromzähler abgelesen: {n:kwh}, zähler {n:meter}. abschlag bitte von {IBAN} wie bisher
%%
Ich muss dreimal die Woche zur [[T|Dialyse]] und ... egal. Wichtig: Stromsperre bitte aussetzen, Vertrag {n:contract}, Rückruf {PHONE}
%%
Bitte schicken Sie den Zugangscode an {EMAIL}, die Adresse im Portal ist veraltet.
%%
mailadresse ist {EMAIL} (nicht gmx!)
%%
Abo kündigen: {name}, {EMAIL}, Kundennummer {n:customer}. Danke
%%
Rückerstattung für Ticket {n:train} vom {n:date}: {IBAN}, {name}
%%
Der Zug {n:train} fiel aus, Fahrgastrechte-Formular ist ausgefüllt, IBAN {IBAN}
%%
Hallo, meine Kreditkarte {CARD} läuft {EXP} ab, die neue kommt erst später. Kann ich per Lastschrift zahlen, IBAN {IBAN}?
%%
Bankverbindung für die Erstattung:
Inh.: {name}
IBAN {IBAN}
Kreditinstitut: {company}
%%
Zahlungsreferenz {n:payment_ref}, Betrag {n:amount}, von Konto {IBAN}
%%
Ich nehme [[M|L-Thyroxin 75 µg]] und [[M|Ramipril 5 mg]] 1-0-0. Vertragen die sich mit [[M|Ibuprofen 400 mg]]?
%%
Hab [[S|Übelkeit]] seit ich [[M|Metformin 1000 mg]] nehme. Normal??
%%
Bestellung in der Online-Apotheke: [[M|Pantoprazol 40 mg]], {n:quantity}, {n:pzn}. Rezept kommt per Post.
%%
E-Rezept für [[M|Amoxicillin 1000 mg]] eingelöst? Bestellnummer {n:order}
%%
Mein Vater ([[D|Parkinson]]) braucht seine Medikamente im Blister, geht das? Kundennummer {n:customer}
%%
Für meine Frau: [[M|Sertralin 50 mg]], sie verträgt die Generika nicht. Bitte Original liefern.
%%
Bitte Rezept [[M|Salbutamol-Spray]] für meinen Sohn ({kid}), [[D|Asthma]] ist wieder schlimmer.
%%
ich hab [[D|migrähne~Migräne]] und brauch n termin, am besten {n:date}
%%
Termin zur [[T|Darmspiegelung]] bitte bestätigen, Versichertennummer {DE_KVNR}, Tel {PHONE}
%%
Ich war am {n:date} beim Zahnarzt ([[T|Wurzelbehandlung]]), Rechnung {n:invoice} über {n:amount}. Erstattung auf {IBAN} bitte.
%%
Arzt sagt [[D|Bandscheibenvorfall L5/S1]], ich brauche [[T|Krankengymnastik]] 2x pro Woche. Wer genehmigt das?
%%
Diagnose laut Brief: [[D|mittelgradige depressive Episode]], [[I|F32.1]]. Ich möchte [[T|Verhaltenstherapie]] beantragen.
%%
Hallo, ich bin {name}, meine KV-Nummer {DE_KVNR}, ich brauche einen Transportschein zur [[T|Strahlentherapie]].
%%
Hilfe, mein Konto {IBAN} wurde gepfändet?? Aktenzeichen {n:case}
%%
Überweisung an {IBAN} (Empfänger {name}) ist nicht angekommen, Betrag {n:amount}, Datum {n:date}
%%
Ich brauche eine neue Girocard, die alte ist kaputt. Konto {IBAN}.
%%
Hallo, ich bin Kunde seit {n:year}. Bitte Dispo erhöhen, Konto {IBAN}, Handy für TAN {PHONE}
%%
Kontoauszug zeigt Lastschrift {n:creditor_id} über {n:amount} – kenne ich nicht. Mein Konto: {IBAN}
%%
Mandatsreferenz {n:payment_ref}, Gläubiger-ID {n:creditor_id}. Bitte Lastschrift stoppen, Konto {IBAN}
%%
steuerberater frage: ust-id {DE_USTID}, ich hab ne rechnung aus AT ohne ust bekommen, passt das?
%%
Der Arbeitgeber braucht meine SV-Nummer: {DE_RVNR}. Und die Steuer-ID {DE_STEUER_ID}.
%%
Mein neuer Arbeitsvertrag beginnt {n:date}, IBAN {IBAN}, Steuerklasse 3, Konfession keine.
%%
Personalbogen:
Name: {name}
Geburtsdatum: {dob}
Adresse: {addr}
Steuer-ID: {DE_STEUER_ID}
SV-Nr.: {DE_RVNR}
Krankenkasse: AOK
IBAN: {IBAN}
Telefon: {PHONE}
%%
Sehr geehrte Frau {last},
ich bitte um Rückruf unter der Telefon-
nummer {PHONE}. Vorgang {n:case}.
%%
Schreiben vom {n:date}, Ihr Zeichen {n:case}
Betr.: Erstattung
Bitte überweisen Sie den Be-
trag auf mein Konto IBAN
{IBAN}.
%%
Wegen meiner [[D|Schwangerschaftsdiabetes]] muss ich jede Woche zur Kontrolle, bitte Termine nur nachmittags. Vertrag {n:contract}, neue Mail {EMAIL}
%%
Nach meinem [[D|Herzinfarkt]] darf ich erstmal nicht Auto fahren, bitte KFZ-Versicherung ruhen lassen. Vertrag {n:policy}.
%%
seit dem [[D|schlaganfall]] kann mein mann nicht mehr telefonieren, bitte alles an {EMAIL}
%%
Ich hab [[D|Long Covid]] und bin nur stundenweise arbeitsfähig, Wiedereingliederung ab {n:date}.
%%
Meine Tochter hat eine [[D|Nussallergie]], bitte im Hotel vermerken. Buchung {n:booking}, {n:room}.
%%
Hab seit {n:duration} [[S|Durchfal~Durchfall]] und [[S|Bauchschmerzen]], darf ich trotzdem reisen?
%%
nach der [[T|Knie-OP]] brauch ich ein Zimmer im Erdgeschoss bitte, Buchung {n:booking}
%%
Guten Abend, bin [[D|Epilepsie]]-Patient und brauche für die Reise eine Bescheinigung für [[M|Levetiracetam 500 mg]] im Handgepäck.
%%
Medikationsplan:
[[M|Bisoprolol 2,5 mg]] 1-0-0
[[M|Atorvastatin 40 mg]] 0-0-1
[[M|ASS 100]] 1-0-0
[[M|Torasemid 10 mg]] 1-0-0
Bitte alles für {n:duration} liefern.
%%
| Medikament | Dosis | morgens | abends |
|---|---|---|---|
| Metformin | 1000 mg | 1 | 1 |
| Candesartan | 8 mg | 1 | 0 |
Kann ich das über Ihre App bestellen? Kundennummer {n:customer}
%%
Mein Sohn ({kid}) hat [[D|ADHS]] und bekommt [[M|Medikinet 20 mg]]. Die Klassenfahrt geht {n:duration}, wer gibt ihm das?
%%
ich hab ne [[D|blasenentzündung]] und der arzt hat zu, was kann ich nehmen?
%%
Der Arzt meint es ist [[D|Reuma~Rheuma]]. Muss ich das der BU-Versicherung melden? Vertrag {n:policy}
%%
Antrag Berufsunfähigkeit: Diagnosen [[D|Fibromyalgie]], [[D|Depression]], seit {n:year} in Behandlung.
%%
Rechnung Physiotherapie {n:invoice} über {n:amount} – bitte erstatten auf {IBAN}. Verordnung {n:date}.
%%
Hallo, hier {name} aus der {n:apartment}, mein Festnetz ist {PHONE}, Handy {PHONE}. Bitte wegen Wasserschaden melden.
%%
Bitte Lastschrift-Mandat ändern: alt {n:iban_shaped}?? keine ahnung was das war, neu {IBAN}
%%
Antwort auf Ihre Mail vom {n:date}:
> ... bitten wir Sie um Angabe der Steuer-ID.
Die lautet {DE_STEUER_ID}.
%%
> Ihre Versichertennummer finden Sie auf der Gesundheitskarte.
Ok, da steht {DE_KVNR}.
%%
ah und meine neue nummer: {PHONE} (alte geht nicht mehr)
%%
@@ de AT
Servus, bitte die Prämie ab {n:date} von {IBAN} abbuchen. Polizzennummer {n:policy}.
%%
Grüß Gott, meine SV-Nummer ist {AT_SVNR}, ich brauch eine Bestätigung für den Arbeitgeber.
%%
E-Card verloren! SVNR {AT_SVNR}, bitte neue schicken an {addr}
%%
Hallo, Rückruf bitte unter {PHONE}, bin ab {n:time} daheim.
%%
Meine Tochter hat [[D|Scharlach]] ... also der Doktor vermutet es, wir kommen {n:date} nicht zum Termin.
%%
Kontodaten für die Rückerstattung: {name}, {IBAN}, BIC {BIC}
%%
Servus, hab seit Jänner [[S|Gelenkschmerzen]] und der Hausarzt schickt mich zur [[T|Physiotherapie]]. Zahlt das die ÖGK?
%%
Versicherungsnummer {AT_SVNR}, Antrag auf [[T|Reha]] – wie lange dauert das?
%%
Mein Handy: {PHONE}. Mail: {EMAIL}. Bitte Zählerstand {n:kwh} übernehmen, Zählpunkt steht am Bescheid.
%%
Zahlschein hat falsche IBAN, richtig ist {IBAN}. Rechnung {n:invoice}.
%%
Liebe Hausverwaltung, {n:apartment} – Wasser tropft von der Decke! {PHONE}
%%
wir sind am {n:date} mit {n:flight} nach Wien, meine Frau hat [[D|Diabetes Typ 1]] und Insulin mit dabei, braucht sie ein Attest?
%%
Anbei meine Daten: SVNR {AT_SVNR}, Steuernummer kommt noch, IBAN {IBAN}, Telefon {PHONE}.
%%
Mein Mann nimmt [[M|Xarelto 20 mg]], darf er zur Zahnreinigung?
%%
@@ de CH
Grüezi, ich hätte gern die Rückzahlung auf mein Konto {IBAN}, lautend auf {name}.
%%
Mini Natelnummer isch {PHONE}, bitte rüefed Sie mi zrugg.
%%
Guten Tag, AHV-Nummer {CH_AHV} für die Lohnabrechnung. Eintritt {n:date}.
%%
Hoi zäme, d'Rechnig {n:invoice} hani doppelt zahlt, bitte zrugg uf {IBAN}
%%
Für die Krankenkasse: Versichertennummer {CH_AHV}, Behandlung [[T|Physiotherapie]], Rechnung über {n:amount}.
%%
Mein Sohn hat [[D|Heuschnupfen]] und ich möchte eine [[T|Hyposensibilisierung]] starten. Zahlt das die Grundversicherung?
%%
Bitte schicken Sie die Police an {EMAIL}. Vertragsnummer {n:contract}.
%%
Bitte um Rückruf betreffend Hausrat, Tel. {PHONE}, danke vielmal
%%
AHV-Nr. {CH_AHV}, Zivilstand verheiratet, Kinder 2, IBAN {IBAN}
%%
Grüezi, ich bin Grenzgänger aus Konstanz, mein deutsches Konto: {IBAN@DE}, Schweizer Natel {PHONE}.
%%
Ich habe seit der Skitour [[S|Knieschmerzen]], Verdacht auf [[D|Meniskusriss]]. Brauche ich eine Überweisung?
%%
Zahnarztrechnung {n:invoice} {n:amount} – bitte auf PostFinance {IBAN} überweisen.
"""
