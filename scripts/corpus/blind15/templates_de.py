"""German chat templates for blind set 15 (written fresh, blind).

Slots: {value_or_filler_or_negative_kind}, {slot:form}, [[kind:literal negative]],
{{TYPE:alt1|alt2}} for health values chosen from hand-written alternatives.
"""

T = []

# --- Kfz-Versicherung, Unfall, Schadenmeldung -------------------------------------------
T += [
    "Hallo {carins}, ich hatte am {date} einen Auffahrunfall auf der A3. Schadennummer {claim_number}. Die Reparaturkosten sollen bitte auf mein Konto {iban} überwiesen werden.",
    "Guten Tag, der Unfallgegner hat mir seine Daten gegeben, Kennzeichen {licence_plate}, er ist unter {mobile} erreichbar. Wie geht es jetzt weiter?",
    "hey also kurz zum unfall: mir gehts soweit ok aber der notarzt meinte {injury} und ich bin jetzt zwei wochen krankgeschrieben",
    "Sehr geehrte Damen und Herren,\nbei dem Unfall vom {date} habe ich mir ein {{DIAGNOSIS:Schleudertrauma|Schleudertrauma|Stauchung der Halswirbelsäule|Rippenprellung}} zugezogen. Arztbericht folgt per Post. Vers.-Nr. {policy_number}",
    "Kann mir jemand sagen ob die Werkstatt direkt mit euch abrechnet? Rechnung {invoice_number} über {amount}, meine IBAN wäre {iban:spaced}",
    "Bitte Rückruf an {phone}, es geht um den Glasschaden an meinem Auto ({licence_plate}), Schaden-Nr. {claim_number}",
    "ich hab die schadensmeldung online ausgefüllt aber keine bestätigung bekommen, meine mail ist {email}",
    "Unfallhergang: Ich stand an der Ampel, der andere ist mit ca. 40 km/h drauf. Meine Tochter hatte danach {symptom} und war im Krankenhaus zur Kontrolle.",
    "Gutachter war da, Kosten {amount}. Zahlung bitte an\n{iban}\nKontoinhaber {name}",
    "Moin, meine SF-Klasse ist nach dem Schaden von {sf_class} auf {sf_class} gerutscht?? Das kann nicht stimmen. Rückruf gern unter {landline}",
    "Servus, hab einen Wildunfall bei Graz gehabt, Reh, Stoßstange hin. Polizei hat {police_report_ref} vergeben. Tel {phone_AT}",
    "Der Fahrer des anderen Wagens heißt {name}, Tel. {phone}, Versicherung {carins}. Mehr weiß ich nicht.",
    "seit dem unfall hab ich {{SYMPTOM:Nackenschmerzen|Kopfschmerzen|Schwindel|Schlafstörungen|Rückenschmerzen}} und laut arzt muss ich zur {{TREATMENT:Physiotherapie|Lymphdrainage|manuelle Therapie}}, übernehmt ihr das über die insassenunfallversicherung?",
    "Hier meine Daten für die Regulierung: {name}, Führerschein seit 2009, IBAN {iban}, BIC {bic}",
    "Leihwagen während der Reparatur: bitte Kaution von der Kreditkarte {card} abbuchen, gültig bis {exp}",
    "Guten Morgen, ich muss den Kasko-Schaden {claim_number} noch ergänzen: die Beifahrertür klemmt auch. Der Gutachter soll sich bitte unter {mobile} melden.",
    "Für den Personenschaden braucht ihr doch meine Sozialversicherungsnummer oder? {rvnr}",
    "Schadenmeldung Hagel {date}, Fahrzeug {vin}, Kontakt {email}, Rückruf werktags {phone}",
    "Ich bin der Geschädigte, die gegnerische Versicherung will meine Steuer-ID für den Verdienstausfall, ist das normal? Die wäre {steuer_id}",
]
T += [
    "Hallo, wie lange dauert die Regulierung normalerweise? Schaden {claim_number} vom {date}, Gutachten liegt seit {duration} vor.",
    "Ich hab ein Foto vom Unfallort, Kreuzung Hauptstraße/Ringstraße, {time}. Kennzeichen vom anderen: {licence_plate}. Reicht das?",
    "Die Werkstatt sagt {amount} für Stoßstange und Scheinwerfer, {first_registration}, {odometer}. Lohnt sich das noch?",
    "Warum ist mein Beitrag von {amount} auf {amount} gestiegen obwohl ich schadenfrei bin, {sf_class}??",
    "Seit dem Unfall klappert was vorne, Werkstatt hat {vehicle_damage_code} notiert, {repair_order}",
    "eVB-Nummer für den neuen Wagen bitte: Vertrag {policy_number}, Zulassung am {date}",
    "Die Polizei hat den Vorgang unter {police_report_ref} aufgenommen, Ansprechpartner PK {last}. Schadennummer bei euch ist {claim_number}.",
    "Haben Sie eine Selbstbeteiligung von {policy_excess} in meinem Vertrag? [[tariff_name:Kasko Komfort]], Vertragsnr. {contract_number}",
]

# --- Mietwohnung, Vermieter, Kaution, Nebenkosten ---------------------------------------
T += [
    "Hallo Herr {landlord}, die Kaution von {deposit_months} hab ich heute überwiesen. Falls was fehlt, meine Kontonummer für die Rückzahlung später: {iban}",
    "Sehr geehrte {propmgmt}, bitte erstatten Sie das Nebenkostenguthaben ({amount}) auf das Konto {iban:dashes}. Mieternummer {tenant_number}",
    "hi, ich bin die neue mieterin in der {street}, {apartment_number}. OG. erreichbar unter {mobile} falls was mit dem schlüssel ist",
    "Wegen Schimmel im Schlafzimmer hat mein Sohn jetzt {{DIAGNOSIS:Asthma|Bronchitis|Pollenallergie}}, das Attest vom Arzt hänge ich an. Ich mindere die Miete ab {month}.",
    "Die Nebenkostenabrechnung {billing_period} ist falsch, Heizkosten {amount} für {floor_area}?! Bitte melden Sie sich bei mir, {phone}",
    "Mietbewerbung für die {room_count} in {city}: {name}, Nettoeinkommen {salary}, Kontakt {email}",
    "Für die Schufa-freie Mieterselbstauskunft: Personalausweis {ausweis}, geboren {birth_date}",
    "Kautionsrückzahlung bitte an\nIBAN {iban}\nBIC {bic}\nKontoinhaberin {name}",
    "Herr {landlord}, [[object_health:die Heizung röchelt]] seit Tagen und es wird nicht warm. Ich liege mit {{SYMPTOM:Fieber|Schüttelfrost|Husten|Halsschmerzen}} im Bett und friere, bitte schicken Sie jemanden. Tel {landline}",
    "moin, der Hausmeister soll mich anrufen, {mobile}, Wasserschaden im Bad, Wohnung {apartment_number}",
    "Die Wohnungsgeberbestätigung bitte per Mail an {email} schicken, Einzug war der {date}",
    "Grüezi, die Miete für {month} überweise ich ab sofort von meinem neuen Konto {iban_CH}, Wohnung {apartment_number}, Bern",
    "Laut meiner Ärztin darf ich wegen {{DIAGNOSIS:Präeklampsie|Schwangerschaftsdiabetes}} keine Kisten tragen, können wir die Übergabe auf {date} verschieben?",
    "ok also nochmal für die hausverwaltung mein name {name} telefonnummer {phone} und die alte adresse war {street} {house_number}",
    "Bitte buchen Sie die Miete ({amount}) per SEPA von {iban} ab, Mandat liegt unterschrieben bei",
    "Für den WBS-Antrag brauch ich die Steuer-ID von mir und meinem Mann: {steuer_id} und {steuer_id}",
    "Ich zieh aus weil ich beruflich nach {city} muss. Kündigung anbei, Rückruf {phone}",
    "Vormieter {name} hat seine Nummer dagelassen: {mobile} wegen der Küchenablöse",
]
T += [
    "Wann kommt die Nebenkostenabrechnung für {billing_period}? Wir hatten {kwh_consumption} Strom und Zählerstand {meter_reading}.",
    "Hallo, die Wohnung hat {floor_area}, {room_count}, {energy_rating}. Kaltmiete {amount}, Nebenkosten {amount}. Ist die noch frei?",
    "Wie hoch ist die Kaution, {deposit_months}? Und kann ich die in 3 Raten zahlen?",
    "Der Rauchmelder piept, [[object_health:der Router ist krank]] und der Aufzug steht seit {date}. Wohnung {apartment_number}, Mieternr. {tenant_number}",
    "Besichtigung am {weekday} um {time} passt, Klingel {apartment_number}, {street} {house_number}",
    "Hat die Wohnung einen Stellplatz? Ich hab {licence_plate} und bräuchte [[dimension:2,5 x 6 m]] Platz für den Anhänger.",
    "Die Abrechnung sagt {kwh_consumption}, Zähler {meter_number}, Stand {meter_reading}. Das ist doppelt so viel wie letztes Jahr, das kann doch nicht sein.",
    "Mit {housing_permit} komme ich für die Wohnung infrage? Die Anzeige {reference_number} sagt nur „WBS erforderlich“.",
]

# --- Uni, Einschreibung, BAföG ------------------------------------------------------------
T += [
    "Hallo {studfin}, mein Antrag {bafoeg_reference} liegt seit {duration} bei euch. Die Auszahlung bitte auf {iban}, das alte Konto ist zu.",
    "Ich brauche einen Nachteilsausgleich für die Prüfungen im {semester}, Diagnose {{DIAGNOSIS:ADHS|Autismus|Epilepsie|Migräne}}, Attest hab ich.",
    "Immatrikulation an der {uni}: Matrikelnummer {student_id}, Steuer-ID für das Stipendium ist {steuer_id}",
    "hi, ich komm nicht in mein uni-mail postfach, privat bin ich unter {email} erreichbar",
    "BAföG Formblatt 3: Einkommen meiner Eltern, Steuernummer Vater {steuernummer}, Mutter arbeitet in Wien, SV-Nummer {at_svnr}",
    "Wegen {{DIAGNOSIS:Depression|Angststörung|Essstörung|Burnout|Panikstörung}} (ärztlich bestätigt) musste ich ein Urlaubssemester nehmen, zählt das für die Förderungshöchstdauer?",
    "Mein Mitbewohner {first} fragt ob er auch BAföG kriegt, seine Nummer {mobile}, er schreibt euch sonst",
    "Semesterbeitrag {amount} ist doppelt abgebucht worden von meinem Konto {iban:nbsp}, bitte zurück",
    "Praktikumsvertrag bei {company}: Rentenversicherungsnummer {rvnr}, Krankenkasse {insurer}, Versichertennummer {kvnr}",
    "Ich bin Erasmus-Student aus Spanien, NIE {nie}, und brauche eine Bescheinigung für das Wohnheim.",
    "Guten Tag, ich schreibe meine Masterarbeit und nehme seit dem Sommer {{MEDICATION:Methylphenidat|Ritalin|Sertralin|Escitalopram}} (vom Arzt verschrieben), kann ich eine Verlängerung der Abgabefrist beantragen?",
    "Rückmeldung zum {semester}: bitte Lastschrift von {iban:lookalike} nehmen, Matrikel {student_id}",
    "Telefonnummer fürs Prüfungsamt {landline}, Frau {last} wollte zurückrufen wegen {module_code}",
    "Hallo, ich bin in Zürich für das Austauschjahr, AHV {ahv}, Natel {phone_CH}. Wie melde ich mich von {uni} aus an?",
    "Reisepass für das Visum zum Auslandssemester: {reisepass}, läuft noch bis 2031",
    "mein bafög ist nicht gekommen und ich hab {amount} miete offen, bitte melden {mobile:spaced}",
    "Krankmeldung für die Klausur {module_code}: ich hatte {{SYMPTOM:Fieber|Erbrechen|Durchfall|Migräneanfälle}} und war beim Hausarzt, AU liegt vor, da steht {icd}",
]
T += [
    "Wie viele {ects_credits} brauche ich bis zur Bachelorarbeit? Ich bin im {semester} und hab erst {ects_credits}.",
    "Bewerbung über uni-assist, {applicant_number}, Eingang bestätigt am {date}. Wann kommt die Zulassung?",
    "Das Modul {module_code} ist voll, Warteliste {waitlist_position}. Gibt es eine Parallelgruppe?",
    "Semesterticket kostet {amount}, Semesterbeitrag insgesamt {amount}, Frist {date}. Richtig so?",
    "Die Vorlesung in Raum {room_number} fällt aus, Ersatztermin {calendar_week}?",
    "Ich hab gefühlt {ects_credits} in einer Woche gelernt, [[figurative_health:todmüde]], der Prüfungsstress [[figurative_health:macht mich noch krank]] 😅",
    "BAföG-Rückzahlung: Bescheid {bafoeg_reference}, Rate {installment_plan}, erste Fälligkeit {date}",
]

# --- Tierversicherung, Tierarzt -----------------------------------------------------------
T += [
    "Hallo {petins}, unsere Hündin {pet} hatte einen [[pet_health:Kreuzbandriss beim Hund]], OP-Rechnung {amount}. Erstattung bitte auf {iban}",
    "{pet} hat [[pet_health:Giardien]] und ich hab mich angesteckt glaube ich, hab seit zwei Tagen {{SYMPTOM:Durchfall|Bauchkrämpfe|Übelkeit}} 🙄 egal, wichtig ist erstmal der Hund. Rückruf {mobile}",
    "Tierarztrechnung {invoice_number}, {vet_fee_rate}, Diagnose laut {vet}: {pet_health}. Kontakt {email}",
    "Chipnummer {pet_microchip}, Tarif {pet_plan}, Kontoverbindung {iban:dashes}",
    "Wir kündigen die Tierkrankenversicherung für {pet}, sie ist leider eingeschläfert worden. Beitrag bitte nicht mehr von {iban} abbuchen.",
    "Ich bin Tierhalterin ohne Auto, kann der Tierarzt zu uns nach Hause kommen? {phone}",
    "Hallo, bitte die Impfbescheinigung für {pet} an {email} schicken, [[pet_health:Tollwutimpfung]] war am {date}",
    "Notdienst? Katze frisst nicht, [[pet_health:Erbrechen nach dem Fressen]] seit gestern, ich bin unter {mobile} erreichbar",
    "Die Zahlung für die [[pet_health:Zahnsanierung unter Narkose]] bitte mit Karte {card}, Ablauf {exp}, Prüfziffer {cvc}",
    "Heimtierausweis {pet_passport}, Halter {name}, Handy {phone}",
    "mein hund hat [[pet_health:Hüftdysplasie]] und ich selber {{DIAGNOSIS:Rheuma|Arthrose|Kniearthrose|Fibromyalgie}}, wir humpeln zu zweit durchs leben haha. frage: zahlt ihr physio für den hund?",
    "Gassi-Service gesucht weil ich {duration} auf Montage bin. Erreichbar {landline}",
    "Rechnung Tierklinik {amount}, [[pet_health:Magendrehung]] bei {pet}, Schadennummer {claim_number}, IBAN {iban}",
    "Servus, unser Kater {pet} braucht [[pet_health:Entwurmung]] und Impfung, Termin bitte per SMS an {phone_AT}",
]
T += [
    "Unser Hund {pet} hat [[pet_health:Zecken]] und [[pet_health:Flohbefall]], was empfehlen Sie? Er wiegt {parcel_weight}.",
    "Was kostet eine [[pet_health:Kastration]] bei einer Katze? {vet_fee_rate} oder pauschal?",
    "{pet} humpelt, [[pet_health:Lahmheit hinten links]], Termin am {weekday} um {time} bei {vet} geht klar.",
    "Die Versicherung {petins} will für [[pet_health:Zahnstein]] nichts zahlen, Tarif {pet_plan}, Vertrag {policy_number}. Frechheit.",
    "Chip {pet_microchip} ist bei Tasso registriert, Heimtierausweis {pet_passport}, alles aktuell.",
    "Unsere Katze hat [[pet_health:Katzenschnupfen]], sie niest dauernd, Temperatur [[temperature:39,6 °C]].",
    "Futtermittelallergie? {pet} kratzt sich ständig, [[pet_health:Hotspot am Hals]], Futter {article_number}",
    "Termin zur [[pet_health:Entwurmung]] für {pet}, {date} {time}, Behandlungszimmer {room_number}",
]

# --- Hochzeit, Events ---------------------------------------------------------------------
T += [
    "Hallo {planner}, die Anzahlung für {venue} überweisen wir von unserem Konto {iban}, Buchung {booking_code}",
    "Trauzeuge {name} ist unter {mobile} erreichbar, bitte den Ablauf auch an ihn schicken",
    "Meine Braut hat {{DIAGNOSIS:Zöliakie|Laktoseintoleranz|Nussallergie}}, bitte beim Menü ({price_per_head}) unbedingt beachten!",
    "Fotografin {firstname_f}: {email}, Tel {phone}",
    "Wir müssen die Hochzeit leider verschieben, mein Vater hatte einen {{DIAGNOSIS:Herzinfarkt|Schlaganfall}} und liegt im Klinikum. Stornobedingungen?",
    "DJ-Gage {amount} bitte an {iban:spaced}, Verwendungszweck Hochzeit {date}",
    "Für die Trauung im Ausland brauchen wir Reisepässe: meiner {reisepass}, ihrer {reisepass}",
    "kurze info an euch: meine oma kommt mit dem rollator, bitte einen sessel nahe am ausgang. ihre nummer falls was ist {landline}",
    "Kreditkarte für die Restzahlung: {card_mc}, gültig {exp}",
    "Catering-Rückfragen gerne an meinen Mann: {phone}, oder per Mail {email}",
    "Gibt es im {venue} Sitzgelegenheiten beim Sektempfang? Meine Schwiegermutter fragt, ihre Nummer {mobile}",
    "Kontakt der Floristin: {landline}, sie braucht die Gästeliste bis {date}, Deko für {table_number}",
]
T += [
    "Wir planen mit {party_size}, {table_number} ist der Brauttisch, {venue_capacity} hat die Location. Passt das?",
    "Das {wedding_package} kostet {amount}, plus {price_per_head} fürs Essen. Ist die Getränkepauschale drin?",
    "Hochzeit am {date}, Trauung {time}, Empfang ab {time}, Ende {time}. Die Location hat {venue_capacity}.",
    "Anzahlung {percentage} bis {date}, Rest {duration} vorher. Rechnung {invoice_number}.",
    "Die Deko-Pflanzen vom Probetermin hatten [[plant_health:Mehltau]], bitte frische bis {date}. Und {amount} nur für Blumen? 😂",
    "Polterabend {date}, {party_size}, DJ bis {time}, Sitzplan {table_number} bis {table_number}.",
    "Band fragt nach {decibel} Grenze im Saal, und Stromanschluss 16A. Bühne [[dimension:6 x 4 m]].",
]

# --- Bestattung ---------------------------------------------------------------------------
T += [
    "Guten Tag {funeral}, meine Mutter ist am {date} verstorben, {{DIAGNOSIS:Demenz|Lungenkrebs|Herzinsuffizienz|Leukämie|Alzheimer}} seit Jahren. Ich bin unter {mobile} erreichbar.",
    "Die Rechnung für die Bestattung bitte an mich, {name}, Mail {email}. Bezahlung vom Konto {iban}",
    "Für die Sterbeurkunde: Rentenversicherungsnummer des Verstorbenen {rvnr}, Krankenkasse {insurer}",
    "Hallo, ich rufe im Auftrag der Familie {last} an, bitte Rückruf unter {landline}, es geht um die Urnenbeisetzung, {grave_plot}",
    "Mein Bruder kümmert sich um alles, seine Nummer {phone}. Ich selbst hab nach der Beerdigung {{SYMPTOM:Panikattacken|Schlaflosigkeit|Heulkrämpfe}} und kann grad nicht telefonieren.",
    "Sterbegeldversicherung: Auszahlung an {iban:dashes}, Police {policy_number}",
    "Die Trauerkarten bitte per Mail an {email} zur Freigabe",
    "Papa hatte einen {{TREATMENT:Herzschrittmacher}} wegen {{DIAGNOSIS:Vorhofflimmern|Herzinsuffizienz|koronare Herzkrankheit}}, muss der vor der Einäscherung raus?",
    "Steuer-ID meiner verstorbenen Tante für das Finanzamt: {steuer_id}, {civil_register_number}",
    "Grüezi, die Abdankung ist in Basel, AHV-Nummer des Verstorbenen {ahv}, Kontakt Natel {phone_CH}",
    "Blumen für die Trauerfeier mit Karte zahlen: {card_visa}",
    "wir hätten gern den sarg {coffin_model} und überweisen die anzahlung von {iban_DE}",
]
T += [
    "Trauerfeier am {date} um {time}, Kapelle 2, {grave_plot}. Bitte [[quantity:3]] Kränze.",
    "Was kostet eine Seebestattung mit {coffin_model}? Wir rechnen mit {party_size} an Bord.",
    "{civil_register_number}, Urkunden in [[quantity:5-facher]] Ausfertigung, Gebühr {amount}.",
    "Der Platz {grave_plot} hat eine Ruhezeit von [[duration:20 Jahren]]? Verlängerung kostet {amount}?",
    "Traueranzeige in der Zeitung, [[dimension:2-spaltig, 90 mm]], Ausgabe {date}, Auftrag {order_number}",
    "Das Grab {grave_plot} wurde verwechselt, bitte dringend klären, Rechnung {invoice_number}.",
]

# --- Kurier, Spedition, Fracht -------------------------------------------------------------
T += [
    "Hallo {courier}, Abholung morgen bei {company}, Ansprechpartner {name}, Handy {mobile}, Rampe 3",
    "Die Frachtrechnung {invoice_number} bitte per Lastschrift von Konto {iban}, Kundennummer {customer_number}",
    "Sendung {tracking_dhl} ist beschädigt angekommen, Fotos maile ich an {email}",
    "Fahrer bitte vorher anrufen: {phone}, Zufahrt nur über Tor 2, {pallet_count}",
    "Zollanmeldung braucht unsere EORI {eori_number} und die USt-IdNr. {ustid}",
    "Lieferadresse geändert, Empfänger {name}, Tel. {phone_AT}, bitte vor 12 Uhr zustellen",
    "ich bin kurier fahrer und hatte heute nen arbeitsunfall, diagnose {injury}, der chef will meine SV nummer für die BG: {rvnr}",
    "Nachnahmebetrag {amount} bitte auf {iban:mixed} überweisen, Sendung {tracking_gls}",
    "Kontakt Disposition: {landline} Durchwahl 14, oder {email}",
    "Express-Zuschlag mit Firmenkreditkarte zahlen: {card}, Ablaufdatum {exp}, CVC {cvc}",
    "Der Empfänger ist nur vormittags da. Bitte Zustellung vormittags, Nummer {mobile}",
    "Frachtbrief {cmr_number}, Absender {company}, Ansprechpartnerin {firstname_f} {last}, {phone}",
    "Servus, Abholauftrag für Linz, {pallet_count}, {shipment_weight}, Rückruf {phone_AT}",
]
T += [
    "Sendung {tracking_dpd} hängt seit {date} im Depot, Zustellversuch {time}. Was ist los?",
    "Container {container_number}, Ankunft Hamburg {date}, {incoterm}, Zolltarifnummer {hs_code}",
    "{awb_number}, {pallet_count}, {shipment_weight}, {loading_metres}. Abholung {calendar_week}.",
    "SSCC {sscc} fehlt auf dem Lieferschein {order_number}, bitte nachreichen.",
    "Zoll hat MRN {customs_mrn} vergeben, Warenwert {amount}, {incoterm}",
    "Stückgut nach Bremen: {pallet_count}, [[dimension:1 x 1,2 x 1,6 m]], {shipment_weight}, Liefertermin {date}",
    "Tracking {tracking_ups} sagt zugestellt, aber bei uns nix angekommen, Kundennr. {customer_number}",
    "Bitte Avis einen Tag vorher, Warenannahme {opening_hours}, Tor {gate}",
    "Die Palette ist komplett zerlegt angekommen 😤 Lieferschein {order_number}, Schaden {amount}",
]

# --- Telekommunikation, Kündigungen ------------------------------------------------------
T += [
    "Hiermit kündige ich meinen Vertrag {contract_number} zum nächstmöglichen Zeitpunkt. Rufnummer {mobile}, Bestätigung bitte per E-Mail an {email}",
    "Ich will meine Nummer {mobile} zu {telco} mitnehmen, Portierungskennwort liegt vor. Kundennummer {customer_number}",
    "Sonderkündigung wegen Umzug nach Österreich, Festnetz {landline}, neue Adresse in Graz, Handy {phone_AT}",
    "Bitte keine Abbuchung mehr von {iban}, Vertrag ist seit {date} gekündigt!!",
    "Hallo {telco}, ich war {duration} im Ausland und konnte den Techniktermin nicht wahrnehmen, bitte neuen Termin, Rückruf {phone}",
    "Rückruf bitte an die Festnetznummer {landline} nicht ans Handy",
    "Ihr bucht weiterhin {amount} ab obwohl ich gekündigt habe, Kündigungsbestätigung {cancellation_ref}, Konto {iban:spaced}",
    "mein vater ist zu uns gezogen und braucht den festnetzanschluss nicht mehr, ich habe vollmacht. rufnr {landline}",
    "Neue Bankverbindung für die Rechnungen: {iban}, Kontoinhaber {name}",
    "Tarifwechsel zu {telco_tariff}, Rufnummer {phone}, bitte Bestätigung per Mail an {email}",
    "Grüezi, ich kündige mein Natel-Abo, Nummer {phone_CH}, Kundennummer {customer_number}",
    "Für die Identitätsprüfung: Ausweisnummer {ausweis}",
    "Die Kündigung hat meine Frau geschickt, ihre Nummer ist {mobile}, meine {mobile}",
    "Sehr geehrte Damen und Herren, wegen meiner {{DIAGNOSIS:Innenohrschwerhörigkeit|Schwerhörigkeit|Tinnitus}} kann ich nicht telefonieren, bitte nur schriftlich an {email}",
]
T += [
    "Vertrag {contract_number}, {contract_term}, {notice_period}. Wann kann ich frühestens raus?",
    "Kündigungsbestätigung {cancellation_ref} erhalten, Vertragsende {date}, Router {router_model} schick ich zurück.",
    "Die Leitung {line_id} bringt nur {speed} statt {speed}, Ticket {ticket_number}",
    "SIM-Karte {iccid} ist noch aktiv obwohl gekündigt, {sim_serial_last}",
    "Portierung am {date} ab {time}, Ticket {ticket_number}, {telco_tariff}",
    "Gibt es für {telco_tariff} eine Wechselprämie von {amount}? Ich hab noch {duration} Restlaufzeit.",
    "Hotline {tollfree_number} ist {opening_hours} erreichbar, hab {duration} in der Warteschleife gehangen. [[figurative_health:Ich krieg Ausschlag bei Warteschleifen]].",
]

# --- Fitnessstudio -----------------------------------------------------------------------
T += [
    "Hallo {gym}, ich möchte meine Mitgliedschaft {member_number} wegen {{DIAGNOSIS:Bandscheibenvorfall|Herzinsuffizienz|Multiple Sklerose|Kreuzbandriss|Meniskusriss}} außerordentlich kündigen, Attest anbei.",
    "Bitte den Beitrag ab sofort von {iban} abbuchen, alte Karte ist gesperrt. Mitgliedsnr. {member_number}",
    "Kann ich die Mitgliedschaft ruhen lassen? Ich bin {duration} beruflich im Ausland. Mitgliedsnr. {member_number}, Konto für Rückbuchungen {iban}",
    "yo bin seit {duration} nicht mehr da gewesen wegen {{SYMPTOM:Rückenschmerzen|Knieschmerzen|Schwindel|Herzrasen}}, kann ich pausieren? meine nr {mobile}",
    "Probetraining für meinen Freund {first}, seine Mail ist {email}",
    "Ihr habt doppelt abgebucht, {amount} am {date} und nochmal am {date}, Konto {iban:lookalike}",
    "Der Trainer meinte ich soll mit meinem {{DIAGNOSIS:Asthma|Diabetes Typ 1|Bluthochdruck|Epilepsie}} vorher zum Arzt, hier die Bescheinigung. Mitglied {member_number}",
    "Bitte Rückruf, {phone}, wegen Kündigung zum {date}",
    "Ich trainiere nach einer {{TREATMENT:Reha nach Schlaganfall|orthopädische Reha|Anschlussheilbehandlung}} wieder (Freigabe vom Arzt liegt vor), darf ich den Gerätezirkel mit Betreuung buchen?",
    "Servus, ich zieh nach Salzburg, kann ich den Vertrag dorthin mitnehmen? Mitgliedsnummer {member_number}, Handy {phone_AT}",
    "Zahlung per Kreditkarte {card}, Prüfnummer {cvc}, gültig {exp}",
    "Urban-Sports-Kündigung: {email}, Mitglied seit 2021, Kündigung zum Monatsende",
    "Meine Frau nimmt vom Arzt verordnet {{MEDICATION:Marcumar|Eliquis|Xarelto|Insulin}} und will wissen ob sie in die Sauna darf. Ihre Nummer {mobile}",
    "Für die Firmenfitness braucht ihr meine Personalnummer {personnel_number} und die Steuer-ID {steuer_id}?",
]
T += [
    "Mitglied {member_number}, {gym_tier}, {checkin_count}. Warum kostet es plötzlich {amount}?",
    "Kurs {course_code} am {weekday} {time} ist voll, Spind {locker_number} ist kaputt.",
    "Ich hab {step_count} und {calories} laut Uhr, stimmt das ungefähr für {duration} Spinning?",
    "Die Chipkarte {wristband_id} funktioniert nicht am Drehkreuz, Studio {city}.",
    "Preis für {gym_tier}: {amount} pro Monat, {contract_term}, Startpaket {amount}?",
    "Das Laufband zeigt {heart_rate} bei jedem, egal wer draufsteht 😂 [[object_health:der Sensor ist krank]]",
    "Vertragsende laut App {date}, Kündigungsfrist {notice_period}, Mitglied {member_number}",
]

# --- Versandapotheke, E-Rezept ------------------------------------------------------------
T += [
    "Hallo {pharmacy}, mein E-Rezept für {{MEDICATION:L-Thyroxin|Ramipril|Metformin|Pantoprazol|Bisoprolol|Candesartan}} ist nicht angekommen, Bestellung {order_number}",
    "Mein Arzt hat mir zu {med} {rx_strength} jetzt zusätzlich {med} verschrieben, verträgt sich das? Bitte Rückruf {phone}",
    "Rezeptpflichtig: {{MEDICATION:Salbutamol|Symbicort|Budesonid}} für mein {{DIAGNOSIS:Asthma|COPD}}, Krankenkasse {insurer}, Versichertennummer {kvnr}",
    "Bitte die Rechnung an {email}, Zahlung per Lastschrift von {iban}",
    "E-Rezept-Code einlösen klappt nicht, Fehlermeldung {error_code}. Es geht um {{MEDICATION:Ozempic|Insulin|Lantus}} für meinen {{DIAGNOSIS:Diabetes Typ 2|Diabetes Typ 1}}",
    "Mein Paket ist laut Tracking {tracking_dhl} bei einem Nachbarn, total unangenehm, Rückruf {mobile}",
    "Kreditkarte für die Bestellung: {card_visa}, gültig bis {exp}, Sicherheitscode {cvc}",
    "Meine Mutter braucht {{MEDICATION:Eliquis|Xarelto|Marcumar}} regelmäßig, geht ein Abo? Sie ist unter {landline} erreichbar, am besten vormittags.",
    "ich hab seit der Umstellung auf {{MEDICATION:Tilidin|Tramadol|Pregabalin|Novaminsulfon}} {{SYMPTOM:Schwindel|Übelkeit|Verstopfung|Zittern}}, soll ich das Medikament absetzen?",
    "Zuzahlungsbefreiung für {year}: Versichertennummer {kvnr:spaced}, Nachweis schicke ich an {email}",
    "Servus, ich bestell aus Wien, e-card-Nummer {at_svnr}, geht das mit dem E-Rezept überhaupt?",
    "Für die {{MEDICATION:Pille danach}} bitte diskret, Tel {mobile}",
    "Rückfrage zur Bestellung {order_number}: die Handcreme fehlt, meine Nummer {phone}",
    "Ich muss mein Medikament {{MEDICATION:Lamotrigin|Levetiracetam}} wegen {{DIAGNOSIS:Epilepsie}} pünktlich haben, bitte Express, Karte {card_mc}",
    "Bitte an die Packstation, Postnummer {dhl_postnummer}, Rezept über {{MEDICATION:Folsäure|Eisentabletten|Vitamin-D-Tropfen}}, Kontakt {email}",
    "Bestellung {order_number}: ich krieg {{MEDICATION:Antibabypille}} und {{MEDICATION:Cetirizin|Ibuprofen}}, Zahlung bitte über {iban:dots}",
]
T += [
    "Bestellung {order_number}: PZN {pzn}, {pack_size}, Preis {amount}. Lieferung bis {date}?",
    "E-Rezept {erezept_id} wird in der App angezeigt aber nicht übernommen, Fehlermeldung {error_code}.",
    "Ist die Packung {pack_size} mit {rx_strength} noch lieferbar? PZN {pzn}, {lot_number}",
    "Gutschein {voucher_code} funktioniert nicht bei Bestellwert {amount}, Kundennr. {customer_number}",
    "Die Lieferung {tracking_hermes} kam bei {room_temperature} an, Kühlware?? Warenkorb {order_number}",
    "Allgemeine Frage: ab welchem Bestellwert ist der Versand gratis, {amount}? Und wie lange ist ein E-Rezept gültig, {duration}?",
    "App {app_version} stürzt beim Scannen ab, Handy {handset_model}",
]

# --- Pflegedienst, Pflegegrad -------------------------------------------------------------
T += [
    "Guten Tag {careservice}, meine Mutter hat {{DIAGNOSIS:Demenz|Alzheimer|Parkinson|Schlaganfall|Herzinsuffizienz}}. Wir suchen Hilfe morgens, Rückruf {mobile}",
    "Die Abrechnung für die Verhinderungspflege bitte an {email}, Überweisung auf {iban}",
    "Versichertennummer meines Vaters für die Pflegekasse: {kvnr}, er ist [[age:84]]",
    "Bitte {{TREATMENT:Wundversorgung}} und {{TREATMENT:Insulintherapie|Lymphdrainage}} ab {date}, Hausarzt {doctor}, Telefon {landline}",
    "Oma hat wieder {{SYMPTOM:Wassereinlagerungen|Atemnot|Ohnmachtsanfälle|Gedächtnislücken}}, bitte den Arzt anrufen",
    "Der Pflegedienst kommt immer zu spät, gestern {time} statt {time}. Meine Schwester {firstname_f} {last} ist unter {phone} zu erreichen",
    "Für den MD-Termin: Diagnosen {{DIAGNOSIS:Diabetes Typ 2|Niereninsuffizienz|Osteoporose}} und {{DIAGNOSIS:Demenz|Depression|Arthrose}} ({icd:nodot}), Medikamente {med}, {med}",
    "Servus, für meine Mama in Wien brauchen wir Pflegegeld von der PVA, SV-Nummer {at_svnr}, Konto {iban_AT}",
    "Entlastungsbetrag bitte direkt mit der Kasse abrechnen, Versichertennr. {kvnr}, Kontakt {email}",
    "ich bin pflegende angehörige und hab selbst {{DIAGNOSIS:Burnout|Bandscheibenvorfall|Depression}}, brauche dringend Kurzzeitpflege für meinen Mann, {mobile}",
    "Bankverbindung für die Eigenanteile: {iban:nbsp}, Kontoinhaber {name}",
    "Tagespflege ab {date}: laut Rezept bekommt Vater {{MEDICATION:Insulin|Marcumar|L-Thyroxin|Quetiapin}} morgens und abends, bitte beachten. Notfallnummer {phone}",
    "Rentenversicherungsnummer für den Rentenpunkte-Antrag als Pflegeperson: {rvnr}",
    "Grüezi, meine Mutter in Luzern braucht ab {month} Spitex, AHV {ahv}, Natel {phone_CH}",
]
T += [
    "Allgemeine Frage: was zahlt die Kasse bei {care_level_generic}, {amount} Sachleistung? Und {care_level_generic} dann {amount}?",
    "{care_route}, Besuch {time}–{time}, Stellplatz {licence_plate} frei halten.",
    "Rechnung {invoice_number} für {month}: [[quantity:42]] Einsätze, Entlastungsbetrag {amount}",
    "Gibt es ab {care_level_generic} schon Verhinderungspflege? Die Broschüre {reference_number} ist unklar.",
    "Der Pflegedienst hat uns die Tour umgestellt, {care_route}, neue Zeit {time}. Passt.",
    "Treppenlift-Angebot {quote_number}: {amount}, Zuschuss {amount}, Einbau in {calendar_week}",
]

# --- Labor, Befunde -----------------------------------------------------------------------
T += [
    "Hallo {lab}, meine Blutwerte vom {date} sind da? Der Arzt sagt {{DIAGNOSIS:Eisenmangelanämie|Vitamin-D-Mangel|Schilddrüsenunterfunktion|Hypercholesterinämie|erhöhte Leberwerte}}. Bitte Befund an {email}",
    "Die Rechnung für die IGeL-Laborleistung {invoice_number} zahle ich von meinem Konto {iban}",
    "Befund ist da: {{DIAGNOSIS:Hashimoto|Schilddrüsenunterfunktion|Morbus Basedow}} steht drauf, {{MEDICATION:L-Thyroxin|Euthyrox}} soll ich nehmen. Probe {lab_sample_id}",
    "Ich habe {lab_order_number} abgegeben, Ergebnis bitte telefonisch {mobile}, nicht per Post",
    "Befundbericht: Diagnose {icd}, Probe {lab_sample_id}, Einsender {doctor}",
    "Mein Testergebnis auf {{DIAGNOSIS:HIV|Hepatitis C|Hepatitis B}}? Laborauftrag {lab_order_number}, Kontakt {phone}",
    "Die Privatrechnung bitte per Mail {email}, Zahlung mit Karte {card}",
    "Laborwerte zeigen {{DIAGNOSIS:Diabetes Typ 2|Gicht|Niereninsuffizienz|Fettleber}}, Kasse {insurer}, Versichertennummer {kvnr}",
    "Bin ich mit {{SYMPTOM:ständige Müdigkeit|Haarausfall|Herzstolpern|Nachtschweiß}} bei euch richtig für ein großes Blutbild? {mobile}",
    "ICD {icd:nodot}, Überweisung Labor, Kontakt Praxis {landline}",
    "Bitte Ergebnis meiner Tochter an mich, Geburtsdatum {birth_date}, Verdacht auf {{DIAGNOSIS:Zöliakie|Pfeiffersches Drüsenfieber|Borreliose}}",
    "Stuhlprobe vom Hausarzt abgegeben wegen {{SYMPTOM:Blut im Stuhl|Durchfall|Bauchkrämpfe}}, Probe {lab_sample_id}, Rückruf {phone}",
]
T += [
    "Probe {lab_sample_id} ist seit {date} unterwegs, Kurier {courier}, wo hängt die?",
    "Abholung der Proben in der Praxis {opening_hours}, Kurier {courier}, Kühlbox [[temperature:4 °C]]",
    "Laborrechnung {invoice_number}, Auftrag {lab_order_number}, Betrag {amount}, fällig {date}",
    "Was bedeutet {lab_reference_range} bei TSH? Nur allgemein gefragt, ich lern für die MTA-Prüfung.",
    "Barcode {lab_sample_id} ist nicht lesbar, Auftrag {lab_order_number}, bitte neu etikettieren.",
    "Öffnungszeiten der Blutabnahme? {opening_hours}? Wartemarke {queue_number}",
]

# --- Impftermine --------------------------------------------------------------------------
T += [
    "Ich möchte einen Termin für die {{TREATMENT:Grippeimpfung|FSME-Impfung|Tetanusimpfung|Hepatitis-B-Impfung|Corona-Auffrischimpfung}}, bin unter {mobile} erreichbar",
    "Hab nach der {{TREATMENT:Corona-Auffrischimpfung|Grippeimpfung}} {{SYMPTOM:Fieber|Schüttelfrost|Kopfschmerzen|Gelenkschmerzen}}, ist das normal?",
    "Impftermin für meine Kinder, Mail {email}, am liebsten {weekday}",
    "Für den Arzt-Bogen: ich hatte {{DIAGNOSIS:Gürtelrose|Windpocken|Keuchhusten}} als Kind, brauche ich trotzdem die Impfung? Rückruf {phone}",
    "Für die Impfung im Betrieb: Personalnummer {personnel_number}, Versichertennummer {kvnr}",
    "Reiseimpfung vor Thailand, Zahlung mit Kreditkarte {card_visa}, gültig {exp}",
    "Bitte Terminbestätigung an {email:words}, ich hab {{DIAGNOSIS:Penicillinallergie|Nussallergie|Pollenallergie}}",
    "ich nehme {{MEDICATION:Methotrexat|Humira|Cortison}} wegen {{DIAGNOSIS:rheumatoide Arthritis|Morbus Crohn|Colitis ulcerosa}} (vom Rheumatologen verordnet), darf ich geimpft werden?",
    "Servus, Impfpass verloren, e-card {at_svnr:spaced}, Termin in Innsbruck",
    "Rückruf wegen Impfung bitte an {landline}",
]
T += [
    "Impftermin {appointment_id} am {date} um {time}, Raum {room_number}. {lot_number}.",
    "Wie viele Impfdosen habt ihr noch, [[quantity:20 Stück]]? Termine {opening_hours}?",
    "Terminbuchung über die App {app_version} geht nicht, Fehlermeldung {error_code}, Termin {appointment_id}",
    "Impfzentrum {city}, Wartenummer {queue_number}, Schlange bis zum {platform}. Schau solange meine Serie, [[fiction_health:in der Serie hat der Chefarzt Krebs]], passt ja 🙄",
    "Allgemein: ab welchem Alter, {age}? Und was kostet ein Termin, {amount}?",
]

# --- Hörgeräte ----------------------------------------------------------------------------
T += [
    "Hallo {hearing}, ich habe seit dem {{DIAGNOSIS:Hörsturz|Tinnitus|Innenohrschwerhörigkeit}} Probleme mit dem neuen Gerät, Termin bitte per Mail {email}",
    "Mein Vater ([[age:77]]) hat {{DIAGNOSIS:Schwerhörigkeit|Otosklerose|Innenohrschwerhörigkeit}}, die Kasse {insurer} will die Versichertennummer: {kvnr}",
    "Eigenanteil {amount} für {hearing_aid_model} bitte von {iban} abbuchen",
    "Rückruf bitte nur per SMS an {mobile}, ich bin tagsüber in der Arbeit",
    "Hab seit gestern {{SYMPTOM:Ohrensausen|Ohrgeräusche|Druck auf den Ohren|Schwindel}}, muss ich zum Arzt oder liegt das am Hörgerät {hearing_aid_model}?",
    "Zahlung der Batterien {hearing_battery} per Karte {card}, Ablauf {exp}",
    "Die Verordnung für die {{TREATMENT:Hörgeräteversorgung|Cochlea-Implantat}} kam vom HNO {doctor}, Kopie an {email}",
    "Meine Frau ist unter {landline} erreichbar, sie kümmert sich um die Abrechnung",
    "Grüezi, IV-Antrag fürs Hörgerät, AHV-Nr. {ahv}, Konto {iban_CH}",
    "Ich hab {{DIAGNOSIS:Tinnitus}} seit dem Konzert ({decibel}!), brauche ich einen Noiser? {phone}",
]
T += [
    "Hörgerät {hearing_aid_model}, Seriennummer {serial_number}, {hearing_battery}, Garantie bis {date}",
    "Wie laut ist ein Presslufthammer, {decibel}? Ich versteh bei meinem Krimi kein Wort mehr, dabei wird gerade aufgelöst: [[fiction_health:im Krimi war es Arsen]].",
    "Reparaturauftrag {repair_order}, Gerät {hearing_aid_model}, Abholung {weekday} {time}",
    "Batterien {hearing_battery} im [[quantity:6er]]-Pack für {amount}? Gutschein {voucher_code}",
    "Die App {app_version} verbindet nicht mit {hearing_aid_model}, Handy {handset_model}",
]

# --- Reha-Klinik --------------------------------------------------------------------------
T += [
    "Guten Tag, ich komme am {date} in die Klinik zur {{TREATMENT:Anschlussheilbehandlung|orthopädische Reha|Reha nach Schlaganfall}} nach {{TREATMENT:Knie-TEP|Hüft-TEP|Bypass-OP|Bandscheiben-OP}}. Meine Handynummer {mobile}",
    "Rentenversicherungsnummer für den Reha-Antrag: {rvnr:dashes}, Aktenzeichen folgt",
    "Bitte Zimmer im Erdgeschoss, laut Hausarzt hab ich {{SYMPTOM:Schwindel|Atemnot|Kurzatmigkeit|Knieschmerzen}} und kann kaum Treppen steigen",
    "Mein Mann kommt nach dem {{DIAGNOSIS:Herzinfarkt|Schlaganfall|Lungenembolie}} zu euch, ich bin erreichbar unter {phone}",
    "Zuzahlung {copay_per_day} bitte von {iban} abbuchen, Patient {name}",
    "Übergangsgeld auf mein neues Konto {iban:spaced}, Steuer-ID {steuer_id}",
    "Medikamentenplan für die Aufnahme: {med} morgens, {med} abends, {{MEDICATION:Insulin|Metformin|Bisoprolol}} nach Bedarf",
    "Ich bin Privatpatientin, Rechnung bitte an {email}, Beihilfe zahlt [[percentage:70 %]]",
    "hallo ich war letzte woche entlassen worden und hab seitdem {{SYMPTOM:Schlafstörungen|Panikattacken|Erschöpfung|Konzentrationsstörungen}}, kann ich nochmal mit der psychologin sprechen? {mobile}",
    "Für die Reha in Österreich: SV-Nummer {at_svnr}, Rückruf {phone_AT}",
    "Angehörigen-Kontakt für Frau {last}: Tochter {firstname_f} {last}, {phone}, {email}",
    "Ich möchte die {{TREATMENT:Psychotherapie|Verhaltenstherapie|Traumatherapie}} nach der Reha ambulant fortsetzen, wegen {{DIAGNOSIS:posttraumatische Belastungsstörung|Depression|Angststörung}}. Kontakt {email}",
]
T += [
    "Aufnahme am {date} ab {time}, {ward}, Zimmer {room_number}. Parkplatz {licence_plate} ist angemeldet.",
    "Reha-Dauer {duration}, Zuzahlung {copay_per_day}, Anreise mit {train_number}. Gibt es einen Shuttle?",
    "Therapieplan: {session_count}, {exercise_reps}, Wassergymnastik {time}. WLAN-Code für {room_number}?",
    "Besuchszeiten {opening_hours}? Ich bring die Wäsche am {weekday}.",
    "Zimmer {room_number}: Rauchmelder piept und das Fenster klemmt, bitte Haustechnik.",
]

# --- Kinderwunschklinik -------------------------------------------------------------------
T += [
    "Hallo {fertility}, wir haben den Termin für die {{TREATMENT:IVF|ICSI|Insemination|Embryotransfer|Eizellentnahme}} am {date}. Rückfragen bitte an {mobile}",
    "Bei mir wurde {{DIAGNOSIS:Endometriose|PCO-Syndrom|Eileiterverschluss|Myome}} diagnostiziert, bei meinem Mann {{DIAGNOSIS:eingeschränkte Spermienqualität}}. Was übernimmt die Kasse {insurer}?",
    "Versichertennummern für den Behandlungsplan: ich {kvnr}, mein Partner {kvnr}",
    "Rechnung für die {{TREATMENT:Kryokonservierung|Hormonstimulation|ICSI}} bitte an {email}, Zahlung von {iban}",
    "Ich spritze das verordnete {{MEDICATION:Gonal-f|Clomifen|Utrogest|Progesteron-Zäpfchen}} seit Tag 3 und hab {{SYMPTOM:Unterleibsschmerzen|Übelkeit|Zwischenblutungen}}, ist das normal? Bitte Rückruf {phone}",
    "Nach einer {{DIAGNOSIS:Fehlgeburt}} im letzten Jahr sind wir sehr nervös, bitte nur per Mail {email}",
    "Kartenzahlung Eigenanteil {amount}: {card}, gültig {exp}, Kartenprüfnummer {cvc}",
    "Grüezi, wir kommen aus Zürich zum Infoabend, Natel {phone_CH}, Rechnung in CHF bitte",
    "Mein Mann ist unter {landline} erreichbar, ich bin in der Arbeit",
    "Die Steuer-ID für die außergewöhnlichen Belastungen brauch ich auf der Rechnung, meine ist {steuer_id}",
    "wir sind beim 3. versuch {{TREATMENT:künstliche Befruchtung|IVF|ICSI}} und ich hab {{SYMPTOM:Heulkrämpfe|Schlafstörungen|Hitzewallungen}} von den hormonen, sorry für die späte antwort",
    "Überweisung vom Frauenarzt {doctor}, Diagnose {icd}, Rückruf {mobile}",
]
T += [
    "Info-Abend am {date} um {time}, Raum {room_number}. Anmeldung für [[party_size:2 Personen]]?",
    "Wie lange dauert die Wartezeit aktuell, {duration}? Rein interessehalber, Vertrag {reference_number}.",
    "Kryotank-Lagerung: Gebühr {amount} pro Jahr, Rechnung {invoice_number}",
    "Parkhaus an der Klinik kostet {amount}, Einfahrt bis {time}, {ward}",
]

# --- Pensionskasse, Rente -----------------------------------------------------------------
T += [
    "Guten Tag {pension}, Rentenversicherungsnummer {rvnr}, ich möchte meine Rentenauskunft an {email}",
    "Bitte die Betriebsrente ab {month} auf mein neues Konto {iban} überweisen",
    "Ich stelle einen Antrag auf Erwerbsminderungsrente wegen {{DIAGNOSIS:Multiple Sklerose|schwere depressive Episode|COPD|Herzinsuffizienz|Fibromyalgie}}, ICD-10 {icd}, wer ist mein Ansprechpartner? {phone}",
    "Witwenrente nach dem Tod meines Mannes, seine Versicherungsnummer {rvnr}, meine Steuer-ID {steuer_id}",
    "Hallo, ich habe meine Steuernummer {steuernummer} für die Rentenbesteuerung, wohin damit?",
    "Rückruf bitte vormittags unter {landline}, ich bin [[age:79]] und komm mit dem Online-Portal nicht klar",
    "Servus, Pensionsantrag bei der PVA, SV-Nr. {at_svnr}, Pensionskonto, Auszahlung auf {iban_AT}",
    "Grüezi, ich ziehe in die Schweiz, AHV-Nummer {ahv}, was passiert mit meiner deutschen Rente?",
    "Kontoänderung Rente:\nalt {iban}\nneu {iban}\nName {name}",
    "Mein Vater kann nicht mehr selbst unterschreiben, ich habe die Betreuung, Vollmacht schicke ich an {email}",
    "Für die Kapitalabfindung brauche ich die Bankverbindung mit BIC: {iban}, {bic}",
    "hab versehentlich die falsche nr angegeben, richtige handynummer {mobile:words}",
    "Ich war wegen {{TREATMENT:Chemotherapie|Strahlentherapie|stationäre Psychiatrie}} {duration} raus, zählt das als Zurechnungszeit? {email}",
    "Hallo, ich bin Spanierin, habe in Deutschland gearbeitet, DNI {dni}, Rentenversicherung {rvnr}",
]
T += [
    "Laut Renteninformation habe ich {pension_points}, {retirement_age}. Rente ca. {amount}?",
    "Beitragssatz {percentage}, Arbeitgeberanteil {amount}, Vertrag {policy_number}",
    "Wie wird die Betriebsrente versteuert, Steuerjahr {tax_year}? Auszahlung {amount} brutto.",
    "Der Rentenbescheid {reference_number} kam am {date}, Widerspruchsfrist {duration}?",
    "Ich will {retirement_age} in Rente, Abschlag {percentage}, ist das richtig gerechnet?",
    "Die Pensionskasse meldet Zins {interest_rate}, Vertrag {contract_number}, Stand {date}",
]

# --- Inkasso ------------------------------------------------------------------------------
T += [
    "Sehr geehrte Damen und Herren von {collector}, zu Ihrem Schreiben {debt_collection_ref}: Ich zahle {installment_plan} von {iban}",
    "Ich bestreite die Forderung {debt_collection_ref}, ich war zu der Zeit gar nicht in Deutschland, Kontakt {email}",
    "Bitte schicken Sie mir die Forderungsaufstellung per Mail an {email}",
    "Ich kann gerade nicht zahlen, ich bin wegen {{DIAGNOSIS:Depression|Burnout|Bandscheibenvorfall|Long Covid}} seit Monaten krankgeschrieben. Rückruf {mobile}",
    "Das Inkasso will meine Ausweisnummer, {ausweis}, ist das legal?",
    "Zahlung der Hauptforderung per Karte {card}, Verfall {exp}",
    "Mein Sohn {first} hat den Handyvertrag abgeschlossen, nicht ich! Seine Nummer {phone}",
    "Ratenzahlung vereinbart, Lastschrift von\n{iban:line_break}",
    "Ich schicke Ihnen meine Schuldnerberatung: {company}, {landline}, Ansprechpartnerin {firstname_f}",
    "Hallo, Mahnung {dunning_order_number} von {collector}, die Forderung stammt aus einem Fitnessvertrag, den ich schon {year} gekündigt hatte, Kündigungsbestätigung {cancellation_ref}, Rückruf {mobile}",
    "Ich habe {amount} auf Ihr Konto gezahlt, meine IBAN {iban:zero_width} – bitte Eingang bestätigen",
    "Servus, Inkasso aus Wien, Zahlung vom Konto {iban_AT}, Tel. {phone_AT}",
    "Kontakt meines Anwalts: {name}, {email}, {landline}",
    "Bitte nicht mehr auf dem Handy anrufen {mobile}, nur schriftlich",
]
T += [
    "{debt_collection_ref}, Hauptforderung {amount}, Zinsen {interest_rate}, Inkassokosten {amount}. Das ist doch Wucher!",
    "Mahnbescheid {dunning_order_number} vom {date}, Widerspruch bis {date}. Was soll ich tun?",
    "Ratenplan: {installment_plan}, erste Rate {date}, {case_number}",
    "Die Forderung {debt_collection_ref} ist verjährt, Rechnung war von {year}. Bitte Bestätigung.",
    "Der Brief sagt Gerichtsaktenzeichen {court_file_number}, Termin am {date} um {time}",
    "Ich hab {amount} am {date} gezahlt, Referenz {bank_transaction_id}. Wieso noch Mahnung {invoice_number}?",
]

# --- Krypto-Börse, KYC --------------------------------------------------------------------
T += [
    "Hallo {exchange}, meine KYC-Verifizierung hängt, Ausweisnummer {ausweis}, Steuer-ID {steuer_id}",
    "Auszahlung von {crypto_amount} auf mein Referenzkonto {iban}, bitte freigeben",
    "Die Selfie-Verifizierung klappt nicht, Reisepass {reisepass}, erreichbar {mobile}",
    "Account gesperrt?? Mail ist {email}, {exchange_uid}",
    "Einzahlung per Karte {card}, Ablauf {exp}, CVV {cvc}",
    "Ich wurde gescammt, der Typ hat mir von {phone} geschrieben und ich hab an {wallet_address} gesendet",
    "Referenzkonto ändern auf {iban:dashes}, BIC {bic}",
    "Für die Steuerbescheinigung brauchen Sie meine Steuernummer? {steuernummer}",
    "Servus, KYC aus Österreich, Reisepass ist abgelaufen, Handy {phone_AT}, Konto {iban_AT}",
    "Grüezi, Verifizierung mit Schweizer ID, AHV {ahv}, Konto {iban_CH}",
    "ich hab seit dem crash echt schlechte laune lol aber egal, warum kann ich nicht abheben, {exchange_uid}, mail {email}",
    "Mein Vater ist verstorben, sein Depot bei euch, Erbschein liegt vor, Kontakt {name} {phone}",
    "Die Bank fragt nach der Herkunft, Überweisung von {iban} an euch über {amount}",
    "KYC Stufe 2: Adresse {street} {house_number}, {postcode} {city}, Tel {mobile}, Steuer-ID {steuer_id:spaced}",
]
T += [
    "Transaktion {tx_hash} seit [[duration:3 Stunden]] unbestätigt, Betrag {crypto_amount}. Gebühr {amount}?",
    "Auszahlung auf {wallet_address} hängt, {kyc_tier}, Limit {amount}",
    "Warum wird mein Konto als {kyc_tier} angezeigt? {exchange_uid}, Ticket {ticket_number}",
    "Der Kurs ist auf {amount} gefallen, [[figurative_health:der Markt hat Fieber]], ich verkaufe {crypto_amount}",
    "Der Hype ist vorbei? 😅 Hab noch {crypto_amount} auf {exchange}.",
    "Phishing-Mail von {phishing_url} bekommen, {exchange}-Ticket {ticket_number}",
    "Die App sagt Auszahlung pausiert, Fehlermeldung {error_code}, {app_version}",
]

# --- Autohaus, Leasing --------------------------------------------------------------------
T += [
    "Hallo {dealer}, ich möchte den Leasingvertrag {contract_number} übernehmen, SCHUFA ok, meine Mail {email}",
    "Leasingrate bitte ab sofort von {iban} einziehen, Vertrag {contract_number}",
    "Probefahrt am {weekday}, Führerschein ok, Personalausweis {ausweis}, Handy {mobile}",
    "Ich muss das Auto zurückgeben weil ich nach der {{DIAGNOSIS:Epilepsie|Schlaganfall|Multiple Sklerose}} Diagnose nicht mehr fahren darf, geht Sonderkündigung? {phone}",
    "Anzahlung {amount} mit Karte {card_visa}, gültig {exp}",
    "Gewerbeleasing: USt-IdNr. {ustid}, Steuernummer {steuernummer}",
    "Rückruf vom Verkäufer bitte, {landline}, Kommissionsnummer {commission_number}",
    "Mein Mann braucht wegen seiner {{DIAGNOSIS:Querschnittslähmung|Multiple Sklerose|Parkinson}} ein Auto mit Handgas, habt ihr Umbauten? {email}",
    "Bonität: Gehaltsnachweis folgt, Rentenversicherungsnummer {rvnr}",
    "Servus, Leasing aus Salzburg, Konto {iban_AT}, Tel {phone_AT}, Pickerl ist neu",
    "Schlussrate {amount} wird von meinem Konto {iban:nbsp} abgebucht? Bitte prüfen",
    "Zweitfahrer: {name}, Führerscheinklasse B, Handy {mobile}",
    "Ich brauche Sitzheizung und Automatik, habt ihr so was bis {amount}? Kontakt {email}",
    "Rückgabeprotokoll bitte an {email}, Kennzeichen {licence_plate}",
]
T += [
    "Leasingangebot: {leasing_rate}, {annual_mileage}, {term_length}, Anzahlung {amount}. {engine_spec}.",
    "FIN {vin}, HSN/TSN {hsn_tsn}, {first_registration}, {odometer}. Was ist er noch wert?",
    "Rückgabe: Mehrkilometer {odometer}, Restwert {amount}, Schaden {vehicle_damage_code}",
    "Kommissionsnummer {commission_number}, Liefertermin {calendar_week}, Farbe {ral_colour}",
    "Reifen {tyre_spec}, Wechsel am {date} um {time}, Einlagerung {amount}",
    "eVB {evb_number} für {licence_plate}, Zulassung {date}",
    "Zahnriemenwechsel schon bei {odometer}?? Garantie bis {date}, {repair_order}",
    "Die [[object_health:Fahrzeugdiagnose]] hat {error_code} ausgelesen, Kosten {amount}",
]

# --- Handwerker ---------------------------------------------------------------------------
T += [
    "Hallo {trade}, danke für das Angebot {quote_number}. Anzahlung überweise ich von {iban}",
    "Der Elektriker soll sich bitte bei meinem Mann melden: {mobile}",
    "Rechnung {invoice_number} per Mail an {email}, Steuernummer für die Handwerkerleistung brauche ich auf der Rechnung",
    "Bitte nicht vor 10 Uhr klingeln, ich arbeite Nachtschicht. Tel {landline}",
    "Mein Arzt sagt wegen {{DIAGNOSIS:Asthma|COPD|Pollenallergie}} bitte lösungsmittelfreie Farbe verwenden, {ral_colour}",
    "Umsatzsteuer-ID von uns als Firma: {ustid}, Auftrag {quote_number}",
    "Malerarbeiten: Schlüssel beim Nachbarn {name}, Tel. {phone}",
    "Abschlag {amount} bezahlt von {iban:spaced}, bitte bestätigen",
    "Servus, Installateur für Linz gesucht, Rückruf {phone_AT}",
    "Badumbau barrierefrei wegen {{DIAGNOSIS:Multiple Sklerose|Parkinson|Oberschenkelhalsbruch|Schlaganfall}} meiner Mutter, Kontakt {email}",
    "Grüezi, Offerte für Velo-Unterstand, Natel {phone_CH}",
    "Bitte Bestätigung an {email:parenthesised}",
]
T += [
    "Angebot {quote_number}: {floor_area} Fliesen, {material_quantity}, {hourly_rate}, Anfahrt {amount}",
    "Heizungsrohr {pipe_size} undicht und das Dach auch noch. Termin {weekday} {time}?",
    "Kostenvoranschlag {quote_number}: {material_quantity}, Farbe {ral_colour}, Stundensatz {hourly_rate}",
    "Die Baustelle dauert {duration}, Container [[dimension:7 m³]], Stellplatz vor Hausnummer {house_number}",
    "Rechnung {invoice_number}: Lohn {amount}, Material {amount}, MwSt {percentage}",
    "Wärmepumpe {heat_pump_model}, Fehlermeldung {error_code}, Baujahr {year}, letzte Wartung {date}",
    "Handwerkerbonus: {percentage} der Lohnkosten, Steuerjahr {tax_year}",
    "Elektriker kommt {calendar_week}, {material_quantity}, Zählerschrank {meter_number}",
]

# --- eingefügte Formulare -----------------------------------------------------------------
T += [
    "Schadenanzeige Kfz\nVersicherungsnehmer: {name}\nPolice: {policy_number}\nSchadentag: {date}\nKennzeichen: {licence_plate}\nVerletzungen: {injury}\nBankverbindung: {iban}\nTelefon: {phone}",
    "Mieterselbstauskunft\nName: {name}\nGeburtsdatum: {birth_date}\nArbeitgeber: {employer}\nNettoeinkommen: {salary}\nTelefon: {mobile}\nE-Mail: {email}\nPersonalausweis-Nr.: {ausweis}",
    "LABORBEFUND\nProbe: {lab_sample_id}\nEingang: {date}\nBefund: {{DIAGNOSIS:Eisenmangelanämie|Vitamin-B12-Mangel|Hypercholesterinämie|Schilddrüsenunterfunktion|Zöliakie}}\nICD-10: {icd}\nReferenz: {lab_reference_range}\nVersicherten-Nr.: {kvnr}",
    "KYC-Formular\nVorname/Nachname: {name}\nStaatsangehörigkeit: deutsch\nAusweisnummer: {ausweis}\nSteuer-ID: {steuer_id}\nReferenzkonto: {iban}\nMobil: {mobile}",
    "Leasingvertrag – Kundendaten\nLeasingnehmer: {name}\nAnschrift: {street} {house_number}, {postcode} {city}\nKontoverbindung: {iban}\nBIC: {bic}\nFahrzeug: {vin}\nRate: {leasing_rate}",
    "Antrag auf Kostenübernahme\nPatientin: {name}\nVersichertennummer: {kvnr}\nDiagnose: {diag}\nICD-10: {icd}\nGeplante Behandlung: {treat}\nArzt: {doctor}",
    "Pflegeanamnese\nName: {name}\nKrankenkasse: {insurer}\nDiagnosen: {diag}; {diag}\nMedikation: {med}, {med}\nAngehörige: {phone}",
    "Tierversicherung Schadenformular\nTier: {pet}\nChip: {pet_microchip}\nBehandlung: [[pet_health:Zahnsanierung unter Narkose]]\nBetrag: {amount}\nIBAN: {iban:spaced}",
    "Anmeldung Reha\nVersicherungsnummer: {rvnr}\nDiagnose: {{DIAGNOSIS:Kniearthrose|Bandscheibenvorfall|Herzinfarkt|Schlaganfall|Depression}}\nZuweiser: {doctor}\nTelefon: {landline}\nE-Mail: {email}",
    "Bestattungsauftrag\nVerstorbene(r): {name}\nSterbedatum: {date}\nRV-Nr.: {rvnr}\nAuftraggeber: {name}\nTelefon: {mobile}\nZahlung: {iban}",
    "BAföG-Antrag Seite 1\nName: {name}\nSteuer-ID: {steuer_id}\nBankverbindung: {iban}\nHochschule: {uni}\nSemester: {semester}",
    "Inkasso-Ratenvereinbarung\nSchuldner: {name}\nVorgang: {debt_collection_ref}\nRaten: {installment_plan}\nKonto: {iban:dots}\nTel.: {phone}",
    "Auftragsbestätigung Spedition\nAuftraggeber: {company}\nUSt-IdNr.: {ustid}\nAbholung: {date}\nLadung: {pallet_count}\nAnsprechpartner: {name}, {mobile}",
    "Impfanmeldung\nName: {name}\nGeburtsdatum: {birth_date}\nImpfung: {{TREATMENT:Grippeimpfung|FSME-Impfung|Corona-Auffrischimpfung|Tetanusimpfung}}\nVorerkrankungen: {{DIAGNOSIS:Asthma|Diabetes Typ 2|Bluthochdruck}}\nKasse/Nr.: {insurer} / {kvnr}",
    "Kündigung Mobilfunk\nKundennummer: {customer_number}\nRufnummer: {mobile}\nVertragsnummer: {contract_number}\nKündigung zum: {date}\nE-Mail: {email}",
    "Kinderwunsch-Aufnahmebogen\nPatientin: {name}, [[age:35]] J.\nDiagnose: {{DIAGNOSIS:PCO-Syndrom|Endometriose|Eileiterverschluss}}\nICD: {icd}\nPartner: {name}\nVersichertennr.: {kvnr}\nTelefon: {mobile}",
    "Hörgeräte-Verordnung\nPatient: {name}\nKVNR: {kvnr}\nDiagnose: {icd}\nVersorgung: {{TREATMENT:Hörgeräteversorgung}}\nTelefon: {landline}",
    "Rentenantrag (Auszug)\nVersicherungsnummer: {rvnr}\nSteuer-Identifikationsnummer: {steuer_id}\nIBAN: {iban}\nKrankenversicherung: {insurer}, {kvnr}",
    "Handwerkerrechnung\nAuftraggeber: {name}\nLeistung: Bad, {floor_area}\nSteuernummer Betrieb: {steuernummer}\nZahlbar auf: {iban}",
    "Fitnessvertrag\nMitglied: {name}\nGeburtsdatum: {birth_date}\nLastschrift: {iban}\nMobil: {mobile}\nGesundheitsfragen: {{DIAGNOSIS:Bluthochdruck|Asthma|Diabetes Typ 1}}",
]
T += [
    "Lieferschein\nNr.: {order_number}\nDatum: {date}\nPositionen: {pallet_count}\nGewicht: {shipment_weight}\nSSCC: {sscc}\nFrachtführer: {courier}",
    "Leasing-Rückgabeprotokoll\nFIN: {vin}\nKennzeichen: {licence_plate}\nKm-Stand: {odometer}\nSchäden: {vehicle_damage_code}\nTermin: {date} {time}",
    "Nebenkostenabrechnung {billing_period}\nWohnfläche: {floor_area}\nHeizung: {amount}\nWasser: {amount}\nNachzahlung: {amount}\nMieternr.: {tenant_number}",
    "Angebot Nr. {quote_number}\nPos. 1 {material_quantity}\nPos. 2 Arbeitszeit {hourly_rate}\nGesamt netto {amount}\nGültig bis {date}",
    "Trauerfeier Ablauf\nBeginn {time}\nOrt Kapelle, {grave_plot}\nMusik: 3 Stücke\nKaffee danach für {party_size}",
    "Hochzeit Ablaufplan\n{time} Trauung\n{time} Sektempfang\n{time} Essen ({price_per_head})\nSitzplan: {table_number} bis {table_number}",
    "Kursplan\n{weekday} {time} {course_code}\n{weekday} {time} {course_code}\nRaum {room_number}",
    "Versandbestätigung\nBestellung {order_number}\nPZN {pzn}, {pack_size}\nSendung {tracking_dhl}\nBetrag {amount}",
]

# --- nackte Werte, ohne Bezeichnung -------------------------------------------------------
T += [
    "{iban}",
    "{mobile}",
    "{email}",
    "hier: {iban:spaced}",
    "{phone}\n\nab 17 uhr",
    "{name}\n{iban}",
    "sorry vertippt: {iban}",
    "{card} {exp}",
    "das hier 👇\n{email}",
    "{steuer_id}",
    "noch mal langsam: {mobile:spaced}",
    "{rvnr}",
    "{{DIAGNOSIS:Migräne|Tinnitus|Endometriose|Schlafapnoe|Gicht}} 🙄",
    "{iban:line_break}",
    "{kvnr}",
    "ok {landline}",
    "{email:bracketed}",
    "{ausweis} (Vorderseite unten rechts)",
    "{icd}",
    "also\n{phone}\noder\n{email}",
]

# --- Mischformen, Sprachnachrichten, Code-Switching -------------------------------------
T += [
    "ja hallo also ich ruf an wegen dem unfall von letzter woche äh meine nummer ist {mobile:words} und die schadensnummer hab ich grad nicht zur hand",
    "sorry for the english mix, my landlord said die kaution geht auf {iban} und ich soll dir das weiterleiten",
    "Sprachnachricht transkribiert: Hallo hier ist {first} ich wollte nur sagen dass ich wegen {{DIAGNOSIS:Gürtelrose|Bronchitis|Migräne|Mittelohrentzündung}} den Termin morgen absagen muss ruf mich zurück unter {phone:words}",
    "kannst du das bitte an die verwaltung weiterleiten iban {iban:lowercase} danke dir 🙏",
    "meine mail {email:words} nicht die alte bitte",
    "okay so the thing is mein perso ist abgelaufen und die neue nummer ist {ausweis}",
    "hab grad {{SYMPTOM:Migräneanfälle|Kopfschmerzen|Übelkeit}} und kann nicht lange schreiben, handy {mobile}",
    "ähm also die iban ist ähm {iban:words}",
    "Ich schreib euch die Karte in zwei Teilen aus Sicherheitsgründen 😅\n{card:line_break}",
    "update: mama hatte doch {{DIAGNOSIS:Lungenentzündung|Blasenentzündung|Gürtelrose|Harnwegsinfekt}}, termin beim pflegedienst bleibt, rückruf {landline}",
    "steuer id {steuer_id:mixed}",
    "kurzes update zum leasing: ich hab jetzt {{MEDICATION:Tilidin|Tramadol|Pregabalin}} verschrieben bekommen und darf 4 wochen nicht fahren, fahrer ist mein bruder {mobile}",
    "Telefon {phone:dashes} (nachmittags)",
    "bin im zug hab kein netz, schreib mir an {email} oder {mobile}",
    "iban: {iban:zero_width}",
    "Kontakt: {email:mixed}",
]
T += [
    "ja also sprachnachricht weil ich fahre ähm die lieferung {tracking_dpd} kommt wohl erst {weekday} zwischen {time} und {time} okay ciao",
    "lol der vermieter will {deposit_months} kaution 😂 und {amount} für nen stellplatz, [[figurative_health:da hab ich Bauchschmerzen bei]]",
    "kurz auf englisch sorry: order {order_number} arrived broken, refund {amount} pls, tracking {tracking_gls}",
    "Mega, danke! Rechnung {invoice_number} ist bezahlt, {receipt_number}",
    "Wann habt ihr offen? {opening_hours}? Ich komm mit {route_number} um {time} an",
    "hab die app auf {app_version} aktualisiert und jetzt ist der akku ständig leer, {battery_health}",
    "Haha das Fitnessstudio ist um {time} brechend voll 😂 Spind {locker_number} war wieder belegt",
    "yes also das Paket {tracking_ups} ist da, {weight}, danke!",
]

# --- zusätzliche Nachrichten (IDs, Konten, Kontakt) --------------------------------------
T += [
    "Hallo, ich bin polnische Staatsbürgerin und fange bei {careservice} als Aushilfe an: PESEL {pesel}, Handy {mobile}",
    "Für den Mietvertrag meines Mitbewohners aus Italien: Codice Fiscale {cf}, er ist unter {phone_IT} erreichbar",
    "Unsere Firma least drei Transporter, USt-IdNr. {ustid}, Ansprechpartner Fuhrpark {name}, {landline}",
    "{idl}, falls ihr das für die KYC-Prüfung noch braucht",
    "Nachweis für die Wohngeldstelle: {idl}",
    "Bewerbung als Fahrer bei {courier}: {name}, {idl}, Führerschein CE, Handy {mobile}",
    "Die Kaution liegt auf dem Kautionskonto {iban}, bitte bei Auszug auf mein Girokonto {iban} zurück",
    "Bitte die Gutschrift für die Stornierung der Location auf {iban:mixed}, Buchung {booking_code}",
    "Meine Steuernummer als Selbstständige ist {steuernummer}, die USt-ID {ustid} – bitte beides auf die Rechnung",
    "Hausverwaltung bitte notieren: neue Handynummer {mobile:dashes}, die alte {mobile} ist abgemeldet",
    "Die Pensionskasse braucht meine Identifikationsnummer: {steuer_id:dots}",
    "Reisepass für die Krypto-Verifizierung: {reisepass:spaced}",
    "Personalausweis {ausweis:lowercase} – ist der noch gültig für die Leasingunterlagen?",
    "Handwerkerrechnung bitte an {email}, Zahlung per Karte {card}, gültig {exp}, CVC {cvc}",
    "Grüezi, für die Abrechnung der Zügelfirma: AHV {ahv:spaced}, IBAN {iban_CH}",
    "Der Bestatter hat von {landline} angerufen, bitte an meinen Bruder weiterleiten: {mobile}",
    "Einzugsermächtigung für die Studiengebühren: Kontoinhaber {name}, IBAN {iban}, BIC {bic}",
    "Die Werkstatt hat meine Nummer {phone} und die Mail {email}, aber niemand meldet sich",
    "Servus, Versicherungsnummer {at_svnr:dashes} für die Abwicklung vom Personenschaden",
    "Sozialversicherungsnummer {rvnr:spaced} für die neue Stelle im Lager",
    "meine neue kontonummer fürs fitnessstudio {iban:lowercase}",
    "Krankenversichertennummer {kvnr:lookalike} für die Apotheke, die Karte ist abgegriffen",
    "steuer id {steuer_id:words}",
    "Spanische Kollegin für die Spedition: NIE {nie}, Mail {email}",
]

TEMPLATES = T
