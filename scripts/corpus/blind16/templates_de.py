"""German chat templates for blind set 16 (hand-written for this set).

Slots: {value} / {value:form} for sensitive values, {filler} for names/companies, {kind} for a
generated hard negative, [[kind:text]] for a literal hard negative, {{TYPE:a|b}} for a health value
chosen from hand-written alternatives.  See gen.py for the slot vocabulary.
"""

# ---------------------------------------------------------------- Bahn, Fahrgastrechte, Mobilitätsservice
RAIL = [
    "Hallo, mein {train_number} am {date} hatte {delay_minutes} Verspätung, Anschluss weg. Auftragsnummer {rail_booking_ref}. Bitte Erstattung auf {iban}, Kontoinhaber {name}",
    "hi bahn team 🙃 zug fiel aus, {connection} nicht erreicht, hab {amount} fürs taxi bezahlt. beleg hab ich. überweisung bitte an {iban:spaced}",
    "Guten Tag, ich habe das {refund_form} ausgefüllt aber keine Antwort bekommen. Buchung {rail_booking_ref}, Fahrt {date} {time}. Rückruf gern unter Handy {mobile}",
    "Ich bin Rollstuhlfahrerin und brauche am {date} Einstiegshilfe in {city} Hbf, {train_number}, {coach_and_seat}. Meine Handynummer für die MSZ: {mobile}",
    "Mobilitätsservice: laut Ärztin hab ich {{DIAGNOSIS:Multiple Sklerose|Querschnittslähmung|Zerebralparese|Muskeldystrophie}} und kann keine Stufen steigen, bitte Hilfe beim Umstieg ({connection}). Auftrag {assistance_booking}",
    "moin, meine {railcard_type} wurde doppelt abgebucht ({amount} am {date}). Kartennummer {bahncard_number}. zurück bitte auf DE Konto {iban_de}",
    "Meine Mutter ({name}, {{DIAGNOSIS:Sehbehinderung|Grauer Star|Makuladegeneration}}) reist allein am {weekday} mit dem {train_number}. Kann jemand sie am {platform} abholen? Tochter erreichbar: {phone}",
    "Fahrgastrechte-Antrag: Fahrt {date}, Ankunft {delay_minutes} zu spät. Erstattung bitte per Überweisung. IBAN {iban} BIC {bic}",
    "Guten Abend, im {train_number} gestern {coach_and_seat} liegen gelassen: schwarzer Rucksack mit Laptop. Bitte melden bei {name}, Mail {email}",
    "Zug stand {delay_minutes} auf freier Strecke ohne Klimaanlage, mein Sohn musste danach in die Notaufnahme mit {{SYMPTOM:Kreislaufkollaps|Schwindel|Übelkeit|Kopfschmerzen}}. Wer kommt dafür auf? Buchungsnr {rail_booking_ref}",
    "Hallo! Ich möchte ein Abo kündigen ({abo_number}), letzte Abbuchung {amount}. Bestätigung per Mail an {email:words} bitte",
    "ich schreib das jetzt zum dritten mal. {refund_form} am {date} abgeschickt, {compensation_amount} stehen mir zu, nix passiert. Konto: {iban}",
    "Servus, Klimaticket-Frage: wurde am {date} mit {amount} belastet obwohl gekündigt. Bitte Rückzahlung an {iban_at}, Tel {phone_at}",
    "Grüezi, Halbtax verloren im Zug nach Bern. Kundennummer {customer_number}, Natel {phone_ch}. Merci vielmal",
    "Wegen meiner {{DIAGNOSIS:Epilepsie|Sehbehinderung|Hemiparese|Spastik}} reise ich mit Begleitperson. Zählt die Begleitperson bei der Reservierung {rail_booking_ref} mit?",
    "Sitzplatzreservierung {coach_and_seat} war doppelt vergeben, musste {delay_minutes} stehen 😤 {compensation_amount}? Überweisung an {iban:dashes}",
    "Bitte Rückruf!! {phone:spaced} – es geht um die Rückerstattung für {train_number} am {date}, Buchung {rail_booking_ref}",
    "Ich musste wegen des Ausfalls im Hotel übernachten, Rechnung {amount}. Name {name}, Anschrift {street} {house_number}, {postcode} {city}, IBAN {iban}",
    "zugbindung aufgehoben? mein {train_number} um {time} fällt aus. hab {railcard_type}. erreichbar unter {mobile:words}",
]
RAIL_CLEAN = [
    "Hallo, mein {train_number} am {date} hatte {delay_minutes} Verspätung. Buchung {rail_booking_ref}, Fahrpreis {amount}. Wie läuft die Erstattung?",
    "Zählt die {railcard_type} auch für das {refund_form}? Fahrt am {date} um {time}, {connection}",
    "Welcher Wagen hat den Rollstuhlplatz im {train_number}? Wir haben {coach_and_seat} gebucht, Abfahrt {time} von {platform}",
    "gibts für {delay} schon geld zurück oder erst ab {delay_minutes}? ticket hat {amount} gekostet",
    "Mein Deutschlandticket ({abo_number}) wurde im {month} nicht abgebucht, muss ich was tun?",
    "Kundennummer {customer_number}, Auftrag {rail_booking_ref}: Rechnung bitte nochmal schicken, die alte war für {amount} statt {amount}",
]

# ---------------------------------------------------------------- Airline: Gepäck, Annullierung, Assistenz
AIR = [
    "Mein Koffer ist nicht angekommen. Flug {flight_number} am {date}, Gepäckschein {baggage_tag}, PIR {pir_reference}. Bitte Zustellung an {street} {house_number}, {postcode} {city}, Tel. {mobile}",
    "hallo {airline}, koffer immer noch weg seit {date}!! {bag_size}, blau. drin sind meine medikamente, {{MEDICATION:Insulin|Lantus|Novorapid|Eliquis|L-Thyroxin}} für 4 wochen. bitte dringend melden {phone}",
    "Flug {flight_number} annulliert, Buchungscode {pnr_locator}. Wir fordern {compensation_amount} pro Person. Bankverbindung: {iban}, {bic}",
    "Ich benötige Rollstuhlservice am Flughafen ({terminal}), Flug {flight_number} am {date}. Grund laut ärztlichem Attest: {{DIAGNOSIS:Hüftarthrose|Kniearthrose|Parkinson|Herzinsuffizienz|COPD}}. Rückfragen an {email}",
    "Darf ich mein {{MEDICATION:Adrenalin-Pen|Epipen|Emerade|Insulin|Salbutamol}} ins Handgepäck nehmen? Hab {{DIAGNOSIS:Erdnussallergie|Insektengiftallergie|Typ-1-Diabetes|Asthma}}, Attest vom Arzt liegt vor. Buchung {pnr_locator}",
    "Koffer kam beschädigt an, Rad ab. Tag {baggage_tag}, Flug {flight_number}. Reparatur {amount}, Erstattung aufs Konto {iban:spaced} bitte",
    "Guten Tag, Passnummer für die Buchung {pnr_locator} korrigieren: richtige Passnummer ist {reisepass}, Name {name}",
    "Für den Check-in brauche ich noch die Reisepassnummer meines Mannes: {reisepass}. Flug {flight_number}, {seat_number}",
    "Hallo, auf dem Flug {flight_number} hatte ich plötzlich Beschwerden, {{SYMPTOM:Atemnot|Brustschmerzen|Herzrasen|Ohrenschmerzen}}, und der Crew Bescheid gesagt. Gibt es einen Bericht? Meine Mail: {email}",
    "Gepäck verspätet, musste Ersatzkleidung kaufen: {amount}. PIR {pir_reference}. Bitte auf Konto {iban} erstatten, Kontoinhaberin {firstname_f} {last}",
    "meine tochter ({age}) fliegt als UM am {date}, {flight_number}. Notfallkontakt Handy: {phone}, abholende Person {name}",
    "Sehr geehrte Damen und Herren, Ausgleichszahlung nach EU261 für {flight_number} ({delay_minutes} verspätet). IBAN: {iban} | Kontoinhaber: {name} | Buchungscode {pnr_locator}",
    "Ich bin nach {{TREATMENT:Hüft-OP|Knie-OP|Kreuzband-OP|Bandscheiben-OP}} laut Klinik noch auf Gehstützen, brauche Sitzplatz mit Beinfreiheit. Buchung {pnr_locator}, {baggage_allowance}",
    "Sauerstoffgerät an Bord erlaubt? Meine Mutter hat laut Hausarzt {{DIAGNOSIS:COPD|Lungenfibrose|Lungenembolie|Herzinsuffizienz}}. Formular bitte an {email:parenthesised}",
    "Koffer gefunden?? Tag {baggage_tag} 🙏 ruf mich an {mobile:lookalike}",
    "Refund für {flight_number} ist noch nicht da. Kreditkarte war {card}, gültig bis {exp}",
    "Bitte Meilen ({loyalty_points}) nachtragen, Vielfliegernummer {frequent_flyer}, Flug {flight_number} am {date}. Rückmeldung per E-Mail an {email}",
]
AIR_CLEAN = [
    "Mein Koffer ist seit {date} weg, Gepäckschein {baggage_tag}, PIR {pir_reference}. Gibt es schon einen Stand?",
    "Wie viel Handgepäck darf ich mitnehmen? Gebucht ist {baggage_allowance}, Flug {flight_number}, {terminal}",
    "Flug {flight_number} um {time} gestrichen, Ersatzflug erst {date}. Buchung {pnr_locator}, Ticket {e_ticket_number}. Was nun?",
    "Mein Status ist {loyalty_tier}, trotzdem keine Lounge in {terminal}? Meilenstand {loyalty_points}",
    "Ist {bag_size} als Handgepäck ok? Flug am {date}, {gate}, Sitz {seat_number}",
    "Warum wurden für Buchung {pnr_locator} zusätzlich {amount} für Sitzplatz {seat_number} berechnet?",
]

# ---------------------------------------------------------------- Hotel, Spa, Wellness
HOTEL = [
    "Hallo {hotel}, Buchung {hotel_confirmation}, {room_category}, {nights}. Ich habe ärztlich bestätigte {{DIAGNOSIS:Zöliakie|Laktoseintoleranz|Histaminintoleranz|Fruktoseintoleranz}} – bitte beim Frühstück beachten. Anreise {date}",
    "Reservierung für {guest_count}, {room_category}. Kreditkarte zur Garantie: {card} exp {exp}",
    "Können Sie das {spa_package} auf {date} verschieben? Ich hatte letzte Woche eine {{TREATMENT:Knie-OP|Arthroskopie|Meniskus-OP|Schulter-OP}} in der Klinik und darf noch nicht in die Sauna. Tel {phone}",
    "Guten Tag, Rechnung bitte auf Firma: {company}, USt-IdNr. {ustid}, z. Hd. {name}. Buchung {hotel_confirmation}",
    "zimmer war voller schimmel, ich hab seitdem {{SYMPTOM:Reizhusten|Atemnot|Husten|Augenbrennen}} und mein Arzt sagt {{DIAGNOSIS:Asthma|Hausstauballergie|Bronchitis}}. erwarte Erstattung {amount} auf {iban}",
    "Bitte Hypoallergenes Bettzeug, ich habe {{DIAGNOSIS:Hausstauballergie|Tierhaarallergie|Neurodermitis|Latexallergie}}. Buchungsnummer {hotel_confirmation}, Ankunft ca. {time}",
    "Hallo, die Massage im {spa_package} ist gebucht, aber meine Frau darf gerade nicht – gibt es eine Alternative? Sie hat {{DIAGNOSIS:Präeklampsie|Risikoschwangerschaft|Schwangerschaftsdiabetes}}. Rückruf Handy {mobile}",
    "Check-in online: Ausweisnummer {ausweis}, Geburtsdatum {birth_date}, Zimmer {room_category}",
    "Servus, Anzahlung für {nights} im {hotel} – bitte auf welches Konto? Wir zahlen von {iban_at}. Lg {first}",
    "Gutschein {voucher_code} für das {spa_package} lässt sich nicht einlösen. Gekauft mit Karte {card_last4}. Mail: {email}",
    "Stornierung Buchung {hotel_confirmation}, {cancellation_deadline} laut Bestätigung. Grund: mein Mann liegt im Krankenhaus, hatte einen {{DIAGNOSIS:Schlaganfall|Herzinfarkt|Bandscheibenvorfall|Hörsturz}}. Erstattung an {iban}",
    "Grüezi, Wellnesswochenende für 2, Zahlung per Karte {card_mc}, Prüfziffer {cvc}, gültig {exp}. Merci",
    "Meine Kontaktdaten für die Buchung: {name} · {email} · {phone} · {street} {house_number}, {postcode} {city}",
    "Ich habe {{DIAGNOSIS:Nussallergie|Erdnussallergie|Sesamallergie|Fischallergie}} (lebensgefährlich!). Ist die Hotelküche darauf eingestellt? Halbpension, {guest_count}",
]
HOTEL_CLEAN = [
    "Buchung {hotel_confirmation}: {room_category}, {nights}, {guest_count}. Ist Frühstück inklusive? {cancellation_deadline}?",
    "Wie lange ist der Spa geöffnet? Wir kommen am {date} gegen {time} an, Zimmer {room_number}",
    "Das {spa_package} kostet laut Website {amount}, auf der Rechnung stehen {amount}. Rechnung {invoice_number}",
    "Habt ihr noch ein {room_category} frei für {nights} ab {date}? {guest_count}",
    "Parkplatz für {licence_plate} reservieren, Buchung {hotel_confirmation}, Anreise {weekday}",
    "Gibt es im Wellnessbereich Ruhezonen für Kinder? {guest_count}, {nights}, Zimmer {room_number}, Saunatemperatur {temperature}",
]

# ---------------------------------------------------------------- Zahnarzt, Kieferorthopädie
DENTAL = [
    "Hallo, ich hab seit gestern starke Beschwerden: {{SYMPTOM:Zahnschmerzen|Kieferschmerzen|geschwollene Wange|Zahnfleischbluten}} unten links, {tooth_number}. Haben Sie heute noch einen Notfalltermin? Handy {mobile}",
    "Guten Tag {dentist}, anbei der {hkp_number} für die {{TREATMENT:Krone|Brücke|Zahnimplantat|Inlay}}. Meine Versichertennummer {kvnr}, Kasse {insurer}",
    "Praxistermin zur {{TREATMENT:professionelle Zahnreinigung|PZR|Füllung|Kunststofffüllung}} am {date} um {time} muss ich leider absagen. {name}, geb. {birth_date}",
    "Unsere Tochter ({age}) hat laut KFO-Ärztin einen {{DIAGNOSIS:Kreuzbiss|Überbiss|Tiefbiss|Engstand}}. Übernimmt die Kasse die {{TREATMENT:feste Zahnspange|lose Zahnspange|Zahnspange}}? Versichertennummer {kvnr}",
    "hab die {aligner_stage} verloren 🙈 kann ich die nächste schon einsetzen? {{TREATMENT:Invisalign|Aligner-Therapie}} seit {month}",
    "Nach der {{TREATMENT:Weisheitszahn-OP|Zahnextraktion|Wurzelbehandlung}} gestern hab ich Beschwerden wie {{SYMPTOM:Fieber|geschwollene Wange|Kieferschmerzen}}. Darf ich {{MEDICATION:Ibuprofen 600|Ibuprofen|Paracetamol|Novalgin}} als Tablette nehmen?",
    "Rechnung {invoice_number} über {amount} für die {{TREATMENT:Wurzelbehandlung|Parodontitisbehandlung|Zahnimplantat}} – bitte Ratenzahlung, Lastschrift von meinem Konto {iban}",
    "{bonus_booklet} – stimmt das? Dann wären bei der {{TREATMENT:Brücke|Krone}} ja nur {amount} Eigenanteil",
    "Ich nehme Medikamente, {{MEDICATION:Marcumar|Eliquis|Xarelto|Clopidogrel|ASS 100}}, muss ich das vor dem Ziehen ({tooth_number}) absetzen? Tel. {phone}",
    "Grüß Gott, e-card Nummer für die Zahnambulanz: {at_svnr}. Behandlungstermin wegen {{DIAGNOSIS:Zahnabszess|Weisheitszahnentzündung|Parodontitis}}",
    "die ärztin sagt {{DIAGNOSIS:Bruxismus|CMD|Zähneknirschen}}, brauch ne {{TREATMENT:Knirscherschiene|Aufbissschiene}}. was kostet das privat ungefähr?",
    "Guten Tag, wir haben eine Zusatzversicherung bei {insurer}. Kostenplan ({hkp_number}) bitte direkt dahin schicken, Policennummer {policy_number}. Kontakt: {email}",
    "bin ein totaler Schisser 😬 – machen Sie {{TREATMENT:Wurzelbehandlung|Zahnextraktion|Weisheitszähne ziehen}} auch unter Vollnarkose? Rückruf bitte auf {landline}",
    "Mein Sohn hat sich beim Fußball den Schneidezahn abgebrochen ({tooth_number}). Unfallversicherung über Verein, Mitglied {club_member_id}. Wann können wir kommen?",
    "{{TREATMENT:Retainer|lose Zahnspange|Knirscherschiene}} gebrochen, bin bei {aligner_stage}. Neue Abdrücke? Versichertennummer {kvnr:spaced}",
    "Erinnerung an Recall: {name}, Mail {email}, Handy {mobile}",
]
DENTAL_CLEAN = [
    "Haben Sie am {weekday} nach {time} noch einen Termin zur Kontrolle? {bonus_booklet}",
    "Rechnung {invoice_number} vom {date}: {amount} – ist da der Festzuschuss schon abgezogen? {hkp_number}",
    "Wo parke ich bei Ihnen? {street} {house_number}, {clinic_floor}?",
    "Meine Kinder brauchen beide einen Kontrolltermin, am liebsten {weekday} nachmittags. Schuljahr {school_year}, Schule ist bis {time}",
    "Welche Zahnbürste empfehlen Sie bei {aligner_stage}? Gibt es die bei Ihnen für {amount}?",
]

# ---------------------------------------------------------------- Optiker, Kontaktlinsen
OPTIC = [
    "Hallo {optician}, mein Kontaktlinsen-Abo ({lens_subscription}) bitte pausieren, ich hatte eine {{TREATMENT:Lasik|Augenlaser-OP|Augenlasern|Katarakt-OP}} in der Klinik. Kundennr {customer_number}",
    "Neue Linsen bestellen: {lens_spec}, Lieferung an {street} {house_number}, {postcode} {city}. Zahlung Visa {card_visa}, gültig bis {exp}",
    "Seit den neuen Linsen hab ich Beschwerden: {{SYMPTOM:rote Augen|Augenbrennen|verschwommenes Sehen|Doppelbilder}}. Der Arzt sagt {{DIAGNOSIS:Bindehautentzündung|Hornhautentzündung|trockenes Auge|Keratokonus}}. Kann ich die Box zurückgeben?",
    "Brille {frame_model} ist noch nicht fertig? Bestellt am {date}, ich hab {{DIAGNOSIS:Hornhautverkrümmung|Kurzsichtigkeit|Altersweitsichtigkeit}} und seh ohne nix. Handy {mobile}",
    "Guten Tag, Rechnung für Gleitsichtbrille {amount} an die Krankenkasse, Versichertennummer {kvnr}. Bitte Kopie per Mail an {email}",
    "Meine Mutter ({age}) hat laut Befund {{DIAGNOSIS:Grauer Star|Grüner Star|Glaukom|Makuladegeneration}}, braucht sie ein Rezept für die Brillenanpassung? Ruf an: {phone}",
    "Abo-Zahlung schlägt fehl. Neue Bankverbindung: {iban}, Kontoinhaberin {firstname_f} {last}",
    "mister spex hat mir die falschen linsen geschickt ({lens_spec} statt {lens_spec}). retoure {return_code}. bitte neu an {email:bracketed}",
    "Mein Sohn hat beim Sport die Brille zerbrochen, {frame_model}. Versicherung über die Schule? Klasse {school_class}, Schuljahr {school_year}",
]
OPTIC_CLEAN = [
    "Ist {lens_spec} auch als {lens_subscription} verfügbar? Preis pro Monat? Kundennummer {customer_number}",
    "Brille {frame_model}, Größe {frame_size}, in Filiale {city} abholbar ab {date}?",
    "Wie lange dauert eine Gleitsichtbrille mit {lens_spec}? Bestellung {order_number} vom {date}",
    "Kann ich die {lens_subscription} mit Gutschein {voucher_code} bezahlen? Warenkorb {amount}",
]

# ---------------------------------------------------------------- Physio, Sportverletzungen
PHYSIO = [
    "Hallo {physio}, ich brauche Termine für {{TREATMENT:Physiotherapie|Krankengymnastik|manuelle Therapie|Lymphdrainage}}, Verordnung über {session_count}, Diagnose {{DIAGNOSIS:Kreuzbandriss|Meniskusriss|Bandscheibenvorfall|Schulterluxation|Tennisarm}}",
    "Hi, bin beim {race_distance} umgeknickt, seitdem {{SYMPTOM:Schwellung|geschwollener Knöchel|Knieschmerzen|Fersenschmerzen}}. Arzt meint {injury}. Hab ihr nen Platz? Tel. {mobile}",
    "Verordnung liegt vor: {icd} – {session_count} {{TREATMENT:Krankengymnastik|manuelle Therapie|Lymphdrainage}}. Versichertennummer {kvnr}",
    "Kann ich den Termin am {weekday} um {time} verschieben? Nach der {{TREATMENT:Kreuzband-OP|Kreuzbandplastik|Arthroskopie|Meniskus-OP}} im Klinikum bin ich noch nicht so mobil. {first}",
    "ich hab seit dem lauf ({finish_time}, {pace}) massive {{SYMPTOM:Knieschmerzen|Rückenschmerzen|Leistenschmerzen|Wadenkrämpfe}} – ist das {injury}?? bitte rückruf {phone:words}",
    "Rechnung Privatpatient: {amount} für {session_count}. Bitte an {name}, {street} {house_number}, {postcode} {city}. Versicherung {insurer}",
    "ICD auf der Verordnung ist {icd}, aber Arzt hat {injury} geschrieben – passt das so? Termin {date}",
    "Trainer sagt {exercise_reps} reichen, aber mit meiner diagnostizierten {{DIAGNOSIS:Achillessehnenreizung|Achillessehnenriss|Patellaspitzensyndrom|Läuferknie|Schienbeinkantensyndrom}} tut das weh. Können wir reden? {phone}",
    "Danke für die Stunde! Hier noch die Daten für die Abrechnung: {name}, {birth_date}, KV-Nummer {kvnr}, Kasse {insurer}",
    "Ich brauch für den Verein eine ärztliche Bescheinigung wegen {injury}, kann nicht spielen. Spielerpass {club_member_id}. Mail {email}",
    "Die Behandlung mit {{TREATMENT:Stoßwellentherapie|Kinesio-Tape|Osteopathie|PRP-Spritze}} wird von {insurer} nicht bezahlt. Kann ich das privat per Lastschrift? IBAN {iban}",
    "Servus, Reha-Klinik nach {{TREATMENT:Hüft-OP|Knieprothese|Hüftprothese|Schulter-OP}} – brauch ich für die {{TREATMENT:Physiotherapie|Krankengymnastik|Lymphdrainage}} in Graz die e-card ({at_svnr})?",
]
PHYSIO_CLEAN = [
    "Habt ihr noch Termine {weekday} ab {time}? Verordnung {session_count}, {exercise_reps} zuhause mach ich schon",
    "Was kostet eine Einheit privat? Ich seh {amount} auf der Website, ist das für {duration}?",
    "Trainingsplan: {exercise_reps}, dann {pace} locker laufen. Startnummer für den {race_distance}: {race_bib}",
    "Wo ist eure Praxis genau, {street} {house_number}, {clinic_floor}? Komm mit dem {route_number}",
    "Kann man bei euch auch {spa_package} buchen? Bin Mitglied {club_member_id} im {club}",
]

# ---------------------------------------------------------------- Schule, Kita, Hort
SCHOOL = [
    "Liebe Frau {last}, {first} aus der {school_class} ist heute krank, sie hat {{SYMPTOM:Fieber|hohes Fieber|Bauchschmerzen|Erbrechen|Durchfall}}. Sie kommt voraussichtlich {weekday} wieder. LG {name}",
    "Hallo Kita-Team, Paul hat {{DIAGNOSIS:Hand-Mund-Fuß-Krankheit|Scharlach|Windpocken|Ringelröteln|Dreitagefieber|Magen-Darm-Infekt}}, laut Kinderarzt (Dr. {last}) bis {weekday} zuhause. Gruppe {kita_group}",
    "Wichtig für die Klassenfahrt: Mia hat {{DIAGNOSIS:Erdnussallergie|Nussallergie|Wespenallergie|Insektengiftallergie}}, ihr {{MEDICATION:Epipen|Adrenalin-Pen|Emerade}} ist im Rucksack. Notfallnummer Mama: {mobile}",
    "Entschuldigung für {date} bis {date}: Jonas war krank, er hatte {{DIAGNOSIS:Mittelohrentzündung|Mandelentzündung|Angina|Bronchitis|Grippe}}. Unterschrift {name}",
    "Läuse-Alarm 🙄 – aber das ist nur die {generic_health_topic}, oder betrifft es die {school_class} direkt?",
    "Unser Sohn hat {{DIAGNOSIS:ADHS|ADS|Legasthenie|LRS|Dyskalkulie|Autismus}}, wir bitten um Nachteilsausgleich bei der Klassenarbeit am {date}. Gutachten liegt vor. Erreichbar unter {phone}",
    "hallo, lina muss ihr medikament {{MEDICATION:Salbutamol|Asthmaspray|Cetirizin|Antibiotikum|Amoxicillin}} mittags nehmen, könnt ihr das in der kita geben? {kita_group}, lg {firstname_f}",
    "Anmeldung Mittagessen: Kind {first} {last}, Klasse {school_class}, {{DIAGNOSIS:Zöliakie|Laktoseintoleranz|Milchallergie|Eiallergie|Glutenunverträglichkeit}}, Essensgeld per Lastschrift vom Konto {iban}. {lunch_account}",
    "Ich bin die Mutter von Emil ({school_class}). Er hatte gestern einen {{DIAGNOSIS:Fieberkrampf|epileptischer Anfall|Asthmaanfall}} zuhause. Bitte Klassenlehrerin informieren, Handy {mobile:spaced}",
    "Schulbegleitung für unsere Tochter mit {{DIAGNOSIS:Autismus|Asperger|Down-Syndrom|Trisomie 21|Zerebralparese}} – der Antrag ging ans Jugendamt am {date}. Fragen gern per Mail an {email}",
    "Bitte für das Ausflugsgeld ({excursion_fee}) die Kontoverbindung des Fördervereins schicken, wir überweisen von {iban:lookalike}",
    "Hallo Hort {school}, Ben wird heute um {time} von Oma abgeholt ({name}, Tel. {phone}).",
    "kann mia mit {{SYMPTOM:Husten|Schnupfen|Halsschmerzen}} in die kita oder muss sie zuhause bleiben? sonst ist sie fit. gruppe {kita_group}",
    "Lehrerin hat mich angerufen wegen {{SYMPTOM:Kopfschmerzen|Bauchweh|Übelkeit|Schwindel}} bei meinem Sohn. Ich hole ihn gleich ab. {first}",
    "Guten Tag, wir ziehen um – neue Adresse für die Schülerakte: {street} {house_number}, {postcode} {city}; neue Mail {email}",
]
SCHOOL_CLEAN = [
    "Elternabend der {school_class} am {date} um {time} in Raum {room_number}. Bitte {excursion_fee} mitbringen.",
    "Wann ist der letzte Schultag im {school_year}? Wir wollen am {date} fliegen, {flight_number}",
    "Hallo, ist heute wegen Hitze früher Schluss? {temperature} im Klassenzimmer {room_number} 🥵",
    "Info an alle Eltern der {kita_group}: {generic_health_topic}, bitte kranke Kinder zuhause lassen.",
    "Mittagessen für {lunch_account} ist nicht abgebucht worden, Betrag {amount}, Zeitraum {billing_period}?",
    "Wer kann am {weekday} das Kuchenbuffet übernehmen? {food_allergen_info} bitte dranschreiben!",
]

# ---------------------------------------------------------------- HR, Lohnbüro, Krankmeldung
HR = [
    "Hallo {hr}, ich bin ab heute krankgeschrieben, die AU kommt elektronisch. Personalnummer {personnel_number}. Bis {date} voraussichtlich.",
    "Hi, wollte nur Bescheid geben: bin ab {date} im Krankenhaus, {{TREATMENT:Knie-OP|Bandscheiben-OP|Gallen-OP|Blinddarm-OP|Mandel-OP}}, danach ca. {duration} weg. Vertretung ist {first}",
    "Neue Bankverbindung für die Gehaltszahlung ab {payroll_period}: {iban}, Kontoinhaber {name}, {personnel_number}",
    "Meine Steuer-ID für die Lohnabrechnung: {steuer_id}, {tax_class}, Konfession keine",
    "Guten Tag, für den neuen Arbeitsvertrag brauchen Sie noch: Rentenversicherungsnummer {rvnr}, Krankenkasse {insurer}, Steuer-ID {steuer_id}",
    "An das Lohnbüro: Sozialversicherungsnummer {rvnr:dashes}, Personalnr. {personnel_number}, Eintritt {date}",
    "Ich muss leider offenlegen, dass ich {{DIAGNOSIS:Epilepsie|Diabetes Typ 1|Multiple Sklerose|Morbus Crohn}} habe – wegen Nachtschicht. Bitte vertraulich, nur an BEM-Beauftragte. {first}",
    "BEM-Gespräch nach {{DIAGNOSIS:Burnout|Burn-out|Depression|Erschöpfungssyndrom|Angststörung}}: Termin {date} {time} ok. Telefonnummer privat {mobile}",
    "hey, schaff's heute nicht, bin krank, hab {{SYMPTOM:Fieber|Erbrechen|Durchfall|Kopfschmerzattacken|Schüttelfrost}} seit heut nacht. AU kommt morgen. sorry!!",
    "{payroll_period} stimmt nicht, {overtime} fehlen. Personalnr {personnel_number}, Kostenstelle {cost_centre}",
    "Wiedereingliederung nach {{TREATMENT:Chemotherapie|Chemo|Bestrahlung|Strahlentherapie|stationäre Therapie}}: Stufenplan ab {date}, {working_hours}. Ansprechpartner Personal: bitte an {email}",
    "Hallo, meine Adresse hat sich geändert: {street} {house_number}, {postcode} {city}. Handy jetzt {mobile}. Gruß {name}",
    "Für die betriebliche Altersvorsorge: SV-Nummer {rvnr}, Geburtsdatum {birth_date}, IBAN {iban}",
    "Schwerbehindertenausweis liegt jetzt vor ({{DIAGNOSIS:Morbus Crohn|Multiple Sklerose|Rheuma|Schwerhörigkeit}}), Zusatzurlaub bitte eintragen. {vacation_days} bisher.",
    "Guten Morgen, Kind krank ({{DIAGNOSIS:Scharlach|Windpocken|Magen-Darm-Grippe|Mittelohrentzündung}}), ich nehme Kinderkrankentage. Personalnummer {personnel_number}",
    "Für die Anmeldung meine Sozialversicherungsnummer (Österreich): {at_svnr}, Eintritt {date}, Gehalt {salary}",
    "Grüezi HR, AHV-Nummer {ahv}, Lohn bitte auf {iban_ch}. Eintritt {date}",
    "Reisekosten {mileage_allowance}, {amount} gesamt, Erstattung aufs Konto {iban:nbsp}",
]
HR_CLEAN = [
    "Wie viele {vacation_days} hab ich noch? Personalnummer {personnel_number}",
    "Abrechnung {payroll_period}: {salary}, {tax_class}, {overtime} – passt das?",
    "Gesundheitstag: {generic_health_topic} am {date} im Raum {room_number}, Anmeldung bis {time}",
    "Kostenstelle {cost_centre} für die Reise {date}, {mileage_allowance}, {amount} Hotel",
    "Kündigung: {notice_period}, letzter Arbeitstag {date}, Resturlaub {vacation_days}",
    "Arbeitszeit ab {month}: {working_hours}, Gehalt {salary}",
]

# ---------------------------------------------------------------- Jobcenter, Arbeitsagentur, AMS, RAV
JOB = [
    "Sehr geehrte Damen und Herren, meine BG-Nummer ist {bg_number}. Ich kann den Termin am {date} nicht wahrnehmen, ärztliches Attest wegen {{DIAGNOSIS:Depression|Bandscheibenvorfall|Gürtelrose|Lungenentzündung}} reiche ich nach.",
    "Hallo {jobcentre}, Weiterbewilligungsantrag abgeschickt, {ba_customer_number}. Neue Kontoverbindung: {iban}",
    "Ich beantrage Mehrbedarf wegen {{DIAGNOSIS:Zöliakie|Diabetes|Niereninsuffizienz|Morbus Crohn|Mukoviszidose}} (kostenaufwändige Ernährung). Kundennummer {ba_customer_number}, Tel {phone}",
    "Mitwirkung: Kontoauszüge für {billing_period} liegen bei. IBAN {iban}. Bitte nicht wieder kürzen, {benefit_rate} reicht eh kaum.",
    "Guten Tag, Arbeitslosmeldung: Name {name}, geb. {birth_date}, RV-Nummer {rvnr}, letzter Arbeitgeber {employer}",
    "Servus, Termin beim AMS am {date} – ich bin im Krankenstand wegen {{DIAGNOSIS:Bandscheibenvorfall|Hexenschuss|Gürtelrose|Grippe}}. SVNR {at_svnr}",
    "Grüezi RAV Zürich, AHV-Nr. {ahv}, Stempeltermin {date} kann ich wegen {{TREATMENT:Knie-OP|Arthroskopie|Hüft-OP}} nicht. Natel {phone_ch}",
    "Ich bin seit {date} in {{TREATMENT:Psychotherapie|Verhaltenstherapie|Tagesklinik|Traumatherapie}} und nicht vermittelbar laut Ärztin. Bescheinigung schick ich per Post. BG {bg_number}",
    "Eingliederungsvereinbarung: ich kann laut Arzt keine Lagerarbeit wegen {{DIAGNOSIS:Rheuma|Arthrose|Skoliose|Fibromyalgie}}. Bitte anrufen {mobile}",
    "Bewerbung über Jobbörse: {job_reference}. Kontakt: {email}, {mobile}",
    "Die Zahlung für {month} ist nicht gekommen!! Kundennr {ba_customer_number}, Konto {iban:mixed}",
    "Bitte die Steuer-ID korrigieren, richtig ist {steuer_id:spaced}. BG-Nr {bg_number}",
]
JOB_CLEAN = [
    "Wann kommt die Zahlung für {month}? BG-Nummer {bg_number}, {benefit_rate}",
    "Termin am {date} um {time}, Zimmer {room_number} – wo genau ist das? {clinic_floor}?",
    "Bewerbung auf {job_reference}: {salary}, {working_hours}, ab {date} möglich",
    "Wie lange dauert die Bearbeitung? Antrag vom {date}, Kundennummer {ba_customer_number}, Nachweise bis {date}",
    "Fahrtkosten zum Vorstellungsgespräch {amount}, {mileage_allowance} – wird das erstattet?",
]

# ---------------------------------------------------------------- Steuerberatung
TAX = [
    "Hallo {taxadvisor}, anbei die Unterlagen für {tax_year}. Steuer-ID {steuer_id}, Steuernummer {steuernummer}. Erstattung bitte aufs Konto {iban}",
    "Für die {tax_form}: Krankheitskosten {amount} wegen {{TREATMENT:Zahnimplantat|Brücke|Psychotherapie|Hüftprothese|Hyposensibilisierung}} – kann ich das absetzen?",
    "Mandant {mandant_number}: Bescheid ist da, {tax_refund}. Stimmt das? Meine Steuernummer {steuernummer}",
    "Meine Frau hat {{DIAGNOSIS:Multiple Sklerose|Parkinson|Querschnittslähmung|Mukoviszidose}}, Pauschbetrag für Menschen mit Behinderung beantragen. Ihre Steuer-ID: {steuer_id}",
    "USt-Voranmeldung {month}: meine USt-ID ist {ustid}, Steuernummer {steuernummer:slashes}. Belege im Portal",
    "hey, elster-zugang geht nicht, {elster_transfer}? ich brauch das bis {date}. ruf mich an {mobile}",
    "Kind hat {{DIAGNOSIS:Legasthenie|ADHS|Autismus|Dyskalkulie}}, Therapie kostet {amount} im Jahr. Gehört das in {tax_form}? Mandantennr {mandant_number}",
    "Grüß Gott, Arbeitnehmerveranlagung {tax_year}: SVNR {at_svnr}, Konto {iban_at}. Danke!",
    "Laut Bescheid {tax_refund} – bitte Ratenzahlung beim Finanzamt beantragen. Steuernr. {steuernummer}, IBAN für Lastschrift {iban}",
    "Für die Anlage Kind brauchen Sie die Steuer-IDs: Lea {steuer_id}, Tim {steuer_id}",
    "Mein neuer Mandantenvertrag: Name {name}, Anschrift {street} {house_number}, {postcode} {city}, Mail {email}, Tel. {landline}",
    "Fahrtkosten zur {{TREATMENT:Dialyse|Chemotherapie|Bestrahlung|Strahlentherapie}} ins Klinikum dreimal die Woche, {mileage_allowance} – absetzbar als außergewöhnliche Belastung?",
]
TAX_CLEAN = [
    "Frist für {tax_year}? Unterlagen schicke ich bis {date}. Mandant {mandant_number}",
    "Wo trage ich {amount} Handwerkerkosten ein, {tax_form} oder {tax_form}?",
    "Bescheid vom {date}: {tax_refund}. Einspruchsfrist läuft bis {date}?",
    "Homeoffice-Pauschale {tax_year}: {working_hours}, an wie vielen Tagen? Rechnung {invoice_number}",
    "Kosten für die Beratung {amount} netto, Rechnung {invoice_number}, zahlbar bis {date}?",
]

# ---------------------------------------------------------------- Notar, Erbschaft
NOTARY = [
    "Sehr geehrte Frau Notarin, für den Erbscheinsantrag ({probate_ref}) anbei meine Personalausweisnummer {ausweis}. Ich erbe {estate_share}.",
    "Mein Vater ist am {date} verstorben, er hatte {{DIAGNOSIS:Demenz|Alzheimer|Alzheimer-Demenz}} – war das Testament vom {date} überhaupt wirksam? Rückruf {phone}",
    "Termin Beurkundung {deed_number}: Ausweis-Nr. {ausweis}, Steuer-ID {steuer_id}, Anschrift {street} {house_number}, {city}",
    "Nachlass: Konto des Erblassers {iban}, wir Erben {estate_share}. Bitte per Mail an {email} schicken",
    "Guten Tag, {land_register}, {plot_number}. Kaufpreis bitte auf Anderkonto. Unsere Reisepassnummer {reisepass}",
    "die schwester meiner oma lebt im pflegeheim und hat {{DIAGNOSIS:Demenz|Parkinson|Alzheimer}}, wir brauchen eine vorsorgevollmacht. geht das noch? tel {mobile}",
    "Rechnung {notary_fee} für {deed_number} – zahlen wir per Überweisung von {iban:spaced}",
    "Erbe ausschlagen: Aktenzeichen {probate_ref}, mein Ausweis {ausweis:lookalike}, Frist bis {date}?",
    "Patientenverfügung aktualisieren – ich habe inzwischen die Diagnose {{DIAGNOSIS:Brustkrebs|Darmkrebs|Leukämie|ALS|Lungenkrebs}}. Termin {weekday}? {first} {last}",
]
NOTARY_CLEAN = [
    "Wann ist der Termin für {deed_number}? Kosten {notary_fee}, {land_register}",
    "Erbschein {probate_ref}: wir sind drei Geschwister, {estate_share}. Wie lange dauert das?",
    "Kaufvertrag Entwurf vom {date}, {plot_number}, Kaufpreis {amount} – Fälligkeit?",
    "Adresse Notariat: {street} {house_number}, {clinic_floor}, Parken in der {street}?",
]

# ---------------------------------------------------------------- Energieversorger
UTIL = [
    "Zählerstand {meter_reading}, Zählernummer {meter_number}, Vertragskonto {utility_customer_number}. Bitte Abschlag anpassen.",
    "Hallo {utility}, ich kann den {abschlag} gerade nicht zahlen, bin nach {{TREATMENT:Chemotherapie|Chemo|Bandscheiben-OP|Herzkatheter}} im Krankengeld. Ratenzahlung? {utility_customer_number}",
    "Bitte keine Stromsperre!! Mein Mann ist wegen Krankheit auf {{TREATMENT:Dialyse|Sauerstofftherapie|Heimbeatmung}} angewiesen. Kundennummer {utility_customer_number}, Tel {phone}",
    "Neue Lastschrift ab {month}: IBAN {iban}, Kontoinhaberin {name}. Zählpunkt {melo_id}",
    "Grüezi, Umzug am {date}. Zählerstand {meter_reading}, neue Adresse {street} {house_number}, {postcode} {city}. Schlussrechnung per E-Mail an {email}",
    "Rechnung ({billing_period}): {kwh_consumption}?! Das kann nicht stimmen. Zähler {meter_number}. Bitte Rückruf {landline}",
    "Härtefallantrag wegen {hardship_scheme}: Ich lebe mit {{DIAGNOSIS:Querschnittslähmung|Tetraplegie|ALS|Muskeldystrophie}} und brauche Strom für Lifter und Bett. Anbei Nachweis. Mail {email}",
    "Gaszähler {meter_number}, Stand {gas_volume}, Foto anbei. Vertragskonto {utility_customer_number}",
    "Servus, Zählpunkt {zaehlpunkt}, Abschlag runter auf {abschlag}, Konto {iban_at}",
    "moin, abschlag wurde doppelt abgebucht von meinem konto {iban}. {amount} zurück bitte",
    "Ich bin {age} und habe {{DIAGNOSIS:Herzinsuffizienz|COPD|Demenz}} – kann ich ins Register für schutzbedürftige Kunden? Tochter: {name}, {mobile}",
    "Wärmepumpe {heat_pump_model}, Sondertarif? {kwh_consumption}, {price_per_unit}. Kundennr {utility_customer_number}. Handy {mobile:dashes}",
]
UTIL_CLEAN = [
    "Zählerstand {meter_reading} zum {date}, Zähler {meter_number}, Vertragskonto {utility_customer_number}",
    "Warum ist der {abschlag} gestiegen? Verbrauch {kwh_consumption}, Preis {price_per_unit}",
    "Gas: {gas_volume} im {billing_period}, ist das normal für {floor_area}?",
    "Gibt es einen {hardship_scheme} bei euch? Allgemeine Frage, keine Kundin",
    "Marktlokation {melo_id}: Lieferbeginn {date}, {contract_term}, {tariff_name}",
    "Der Techniker kommt am {weekday} zwischen {time} und {time}? Zählertausch {meter_number}",
]

# ---------------------------------------------------------------- Bank: Betrug, Kartensperre, Rückbuchung
FRAUD = [
    "HILFE mein Portemonnaie wurde geklaut, Kreditkarte {card} bitte sofort sperren!! Ich hab schon {block_hotline} angerufen aber Warteschleife",
    "Unbekannte Abbuchung {amount} von {merchant_descriptor} am {date}, Karte endet auf {card_last4}. Ich will Rückbuchung. Rückruf aufs Handy {mobile}",
    "Guten Tag {bank}, ich bin auf Phishing reingefallen ({phishing_url}) und hab dort IBAN {iban} und Karte {card_visa} eingegeben. Was jetzt?",
    "Karte verloren in {city}. Kartennummer {card}, gültig bis {exp}. Neue Karte bitte an {street} {house_number}, {postcode} {city}",
    "Rückbuchung {chargeback_ref} – Händler hat nicht geliefert, {amount}. Bestellung {order_number}. Mail für Rückfragen {email}",
    "jemand hat mit meiner karte {card_mc} online eingekauft, {auth_code}, {amount}. ich war das nicht!!! {phone}",
    "Betrugsfall {fraud_case}: Überweisung an {iban} war ein Fake-Enkel-Anruf bei meiner Mutter ({age}, {{DIAGNOSIS:Demenz|Alzheimer|Parkinson}}). Kann man das zurückholen?",
    "Mein Konto {iban:dashes} ist gesperrt seit ich ein Sicherheitsupdate gemacht hab. Personalausweis {ausweis} zur Identifikation",
    "Kreditkartenbetrug: Karte {card_amex} (Amex), Prüfnummer {cvc} hab ich leider am Telefon genannt 😞 bitte sperren",
    "Hallo, Kartensperre gestern, Sperrkennwort vergessen. Kontonr. {iban}, Geburtsdatum {birth_date}, Tel {landline}",
    "Servus, Bankomatkarte gestohlen in Wien, IBAN {iban_at}. Ersatzkarte wohin? {street} {house_number}",
    "Grüezi, verdächtige SMS von 'PostFinance' mit Link {phishing_url}. Ich hab nix eingegeben. Meine Nummer {phone_ch}",
    "PayPal-Fall {paypal_case} und parallel Chargeback {chargeback_ref}, Karte {card_last4}. Rückmeldung bitte an {email:words}",
    "Es wurden {amount} an {iban} überwiesen, die ich nicht autorisiert habe. Mein Konto: {iban}. Anzeige bei der Polizei: {police_report_ref}",
    "Karte im Automaten eingezogen, Kartennr {card:spaced}. Bitte neue PIN per Post",
    "Zur Verifizierung: Karte {card_visa}, Ablauf {exp}, CVV {cvc}, Name {name}. Bitte Sperre aufheben",
]
FRAUD_CLEAN = [
    "Karte mit Endziffern {card_last4} gesperrt? {merchant_descriptor} hat {amount} abgebucht, {auth_code}",
    "{fraud_case}: Stand? Rückbuchung {chargeback_ref} vom {date}",
    "Ist {phishing_url} wirklich von euch? Da steht Konto {masked_iban} sei gesperrt",
    "Sperr-Notruf ist {block_hotline}, oder? Nur zur Sicherheit gefragt",
    "Wie lange dauert eine Rückbuchung? {amount} vom {date}, Transaktion {bank_transaction_id}",
    "Testkarte {test_card} im Sandbox-Shop geht nicht, Fehler {error_code}",
]

# ---------------------------------------------------------------- Online-Marktplätze, Verkäuferstreit
MARKET = [
    "Käufer behauptet, das Handy ({handset_model}) sei kaputt angekommen. Anzeige {listing_id}, IMEI {imei}. Ich hab Fotos. Meine Nummer {mobile}",
    "Hallo {marketplace}-Support, Verkäufer antwortet nicht, {amount} bezahlt am {date}, Artikel {ebay_item_number}. PayPal-Fall {paypal_case}",
    "Verkäufer will dass ich auf {iban} überweise statt über die Plattform – ist das Betrug? Anzeige {listing_id}",
    "Bitte überweis mir die {amount} einfach auf {iban:spaced}, Name {name}, dann schick ich's morgen los",
    "Vinted hat meine Auszahlung ({amount}) blockiert, Konto hinterlegt: {iban}. Nutzer {user_handle}",
    "Käuferin schreibt, sie habe von dem Pullover {{SYMPTOM:Hautausschlag|Ausschlag|Juckreiz|Quaddeln}} bekommen und will Geld zurück 🙄 Sie sagt sie hat {{DIAGNOSIS:Nickelallergie|Kontaktallergie|Neurodermitis}}. Was tun?",
    "Paket nie angekommen, Sendungsnummer {tracking_hermes}. Bitte Geld zurück, PayPal-Mail {email}",
    "Abholung in {city}, {street} {house_number}, ruf kurz an vorher: {phone:words}",
    "Rezeptpflichtige {{MEDICATION:Ozempic|Insulin|Tilidin|Lorazepam}} wird hier verkauft!! Anzeige {listing_id} – bitte löschen. Meine Mail für Rückfragen: {email}",
    "Verkaufe meinen Rollator, gebraucht nach {{TREATMENT:Hüft-OP|Knieprothese|Hüftprothese}} meiner Mutter. {amount} VB. Meldet euch unter {mobile}",
    "Rückgabe {return_code}, Artikel {asin}, Verkäufer {seller_id} verweigert die Erstattung. Bezahlt mit Karte {card_last4}",
]
MARKET_CLEAN = [
    "Artikel {ebay_item_number} als defekt gemeldet, Rückgabe {return_code} bis {date}? PayPal {paypal_case}",
    "Verkäufer {seller_id} hat {rating_stars}, trotzdem keine Antwort seit {date}. Artikel {asin}",
    "Ist {amount} inkl. Versand? Gewicht {parcel_weight}, {dimension}",
    "Anzeige {listing_id}: noch zu haben? Abholung {weekday} nach {time} in {postcode}",
    "Käuferschutz greift bei {amount}? Bestellung {order_number}, Versand mit {tracking_dpd}",
]

# ---------------------------------------------------------------- Essenslieferung, Allergie-Beschwerde
FOOD = [
    "Ich hatte extra 'ohne Nüsse' bestellt weil ich {{DIAGNOSIS:Nussallergie|Erdnussallergie|Haselnussallergie}} habe, und im Curry waren Cashews. Musste meinen {{MEDICATION:Epipen|Adrenalin-Pen|Emerade}} benutzen und ins Krankenhaus!! Bestellung {delivery_order_id}",
    "Hallo {fooddelivery}, nach dem Essen von gestern ({menu_item}) hatten wir alle {{SYMPTOM:Erbrechen|Durchfall|Magenkrämpfe|Übelkeit}}, waren beim Arzt. Bestellung {delivery_order_id}, {amount}",
    "Ernsthaft?! Ich lag mit {{DIAGNOSIS:Salmonellenvergiftung|Salmonellen|Lebensmittelvergiftung|Noro}} im Krankenhaus nach eurer Lieferung. Tel {phone}",
    "Gericht war als {food_allergen_info} markiert, ich hab {{DIAGNOSIS:Zöliakie|Glutenunverträglichkeit}} und jetzt {{SYMPTOM:Bauchkrämpfe|Durchfall|Blähungen}}. Erstattung bitte an {iban}",
    "fahrer hat die tüte einfach vor die tür gestellt, {delivery_eta} gewartet. adresse war {street} {house_number}, klingel {last}, handy {mobile}",
    "Refund auf Karte {card_last4} ist nicht angekommen, Bestellung {delivery_order_id} vom {date}. Kontakt {email}",
    "Mein Sohn ({age}) hat {{DIAGNOSIS:Milchallergie|Kuhmilchallergie|Eiallergie|Sesamallergie}} – bitte bei Bestellung {delivery_order_id} unbedingt an Restaurant weitergeben",
    "Falsches Essen geliefert ({menu_item} statt {menu_item}), ich habe {{DIAGNOSIS:Laktoseintoleranz|Histaminintoleranz|Fruktoseintoleranz}} und kann das nicht essen. Neue Lieferung an {street} {house_number}",
    "Kartenzahlung ging nicht durch: {card_mc}, Ablauf {exp}. Bestellung {delivery_order_id}",
]
FOOD_CLEAN = [
    "Wo bleibt meine Bestellung {delivery_order_id}? Laut App {delivery_eta}, jetzt schon {delay}",
    "Ist {menu_item} {food_allergen_info}? Ich frag für eine Gruppe, {party_size}",
    "Gutschein {voucher_code} funktioniert nicht, Warenkorb {amount}, Mindestbestellwert {amount}",
    "Fahrer hat {menu_item} vergessen, Bestellung {delivery_order_id}, bitte {amount} gutschreiben",
    "Steht \"{food_allergen_info}\" auch auf der Verpackung? Bestellung {delivery_order_id}",
]

# ---------------------------------------------------------------- Auslandsreisekrankenversicherung
TRAVELINS = [
    "Schadenmeldung {travelins}: ich war im Urlaub in Antalya mit {{DIAGNOSIS:Reisedurchfall|Magen-Darm-Infekt|Lebensmittelvergiftung|Salmonellen}} im Krankenhaus, Rechnung {foreign_amount}. Versicherungsnummer {policy_number}. IBAN {iban}",
    "Hallo, mein Mann hatte auf Mallorca einen {{DIAGNOSIS:Herzinfarkt|Schlaganfall|Blinddarmentzündung|Nierenkolik}}, er liegt im Krankenhaus in Palma. Assistance-Fall {assistance_case}. Rückruf dringend an {mobile}",
    "Rücktransport nach {{TREATMENT:Hüft-OP|Blinddarm-OP|Herzkatheter|Stent}} in Thailand – wer organisiert das? Police {policy_number}, Notfallnummer {phone}",
    "Ich musste in den USA in der Apotheke {{MEDICATION:Antibiotikum|Amoxicillin|Azithromycin|Cortison}} kaufen, {foreign_amount}. Beleg anbei. Kontoverbindung {iban}, Kontoinhaber {name}",
    "Vorerkrankung: ich habe {{DIAGNOSIS:Diabetes Typ 2|Bluthochdruck|Asthma|Vorhofflimmern}} – bin ich trotzdem versichert für die Reise am {date}? {email}",
    "Reisepass für die Schadenakte: {reisepass}. Claim {claim_number}, Behandlung in Spanien wegen {injury}",
    "Kind hatte in Kroatien {{DIAGNOSIS:Mittelohrentzündung|Sonnenallergie|Bindehautentzündung|Windpocken}}, Arzt vor Ort {foreign_amount}. Schaden {claim_number}. Bank: {iban}",
    "Der Arzt in Ägypten hat {icd} auf die Rechnung geschrieben. Reicht das für die Erstattung? Police {policy_number}",
    "Unfall beim Skifahren in Österreich, Diagnose {injury}, Heli-Bergung {amount}. Versicherung {travelins}, Mitgliedsnummer {member_number}, Tel {phone_at}",
    "ugh 🙁 – {{DIAGNOSIS:Dengue-Fieber|Malaria}} in Bali, 5 Tage im Krankenhaus. Versicherungsnr {policy_number}. Kontakt meine Schwester {name} {mobile}",
    "Claim {claim_number}: Krankenhaus hab ich mit Kreditkarte {card} bezahlt. Erstattung lieber auf Konto {iban}",
]
TRAVELINS_CLEAN = [
    "Gilt die Police {policy_number} auch für {nights} in Thailand? Und {policy_excess}?",
    "Schaden {claim_number} vom {date}: Bearbeitungsstand? {foreign_amount} ausgelegt",
    "Was kostet die Jahrespolice für {guest_count}? Angebot {quote_number}",
    "Assistance {assistance_case}: Rückflug {flight_number} am {date} – wer zahlt die Umbuchung {amount}?",
]

# ---------------------------------------------------------------- Blutspende, Organspende
BLOOD = [
    "Hallo {blood}, ich wurde beim letzten Termin zurückgestellt wegen {{DIAGNOSIS:Eisenmangel|Anämie|Bluthochdruck|Borreliose}}. Wann darf ich wieder? Spendernr. {donor_number}",
    "Darf ich mit {{MEDICATION:L-Thyroxin|Cetirizin|Antibiotikum|Ibuprofen|Antibabypille}} Blut spenden? Termin {date} um {time}",
    "Ich hatte im {month} eine {{TREATMENT:Magenspiegelung|Darmspiegelung|Bluttransfusion|Arthroskopie}}, ist das ein Ausschlussgrund? Spender-ID {donor_number}",
    "Nach der Spende gestern hatte ich {{SYMPTOM:Schwindel|Ohnmacht|Kreislaufkollaps|Übelkeit}}, Arm ist blau. Ist das normal? {mobile}",
    "Bitte meine Adresse ändern: {street} {house_number}, {postcode} {city}, Spendernummer {donor_number}, Handy {mobile}",
    "Organspendeausweis: Ich hatte {{DIAGNOSIS:Hepatitis C|Hepatitis B|HIV-positiv|Leukämie}}, darf ich trotzdem spenden? Anonyme Frage, aber Antwort gern an {email}",
    "Aufwandsentschädigung für Plasmaspende bitte aufs Konto {iban}. {donor_number}",
    "Grüezi, Blutspende SRK in Bern am {date}? AHV-Nummer wird verlangt: {ahv}",
]
BLOOD_CLEAN = [
    "Nächster Termin in {city}? {donation_interval} darf man ja, letzte Spende {date}",
    "Wie lange dauert die Plasmaspende? {duration}, Vergütung {amount}?",
    "Gibt's beim Spendetermin am {date} Parkplätze? {street} {house_number}",
    "Ist die {generic_health_topic} am {weekday} auch für Erstspender? {donation_interval}",
]

# ---------------------------------------------------------------- Psychotherapie
PSYCH = [
    "Guten Tag, ich suche einen Therapieplatz. Diagnose vom Hausarzt: {{DIAGNOSIS:mittelgradige depressive Episode|Angststörung|Panikstörung|PTBS|Zwangsstörung}} ({icd}). Mein Code von der TSS: {tss_code}",
    "Hallo {psychpractice}, ich stehe auf Ihrer Warteliste ({waitlist_position}). Inzwischen sind meine Beschwerden ({{SYMPTOM:Panikgefühle|Angstzustände|Schlaflosigkeit|Albträume}}) schlimmer geworden. Erreichbar unter {mobile}",
    "Ich möchte das {ptv_form} ausgefüllt zurückschicken – an welche Adresse? Meine Daten: {name}, {birth_date}, Versichertennummer {kvnr}",
    "hi, ich weiß nicht ob ich hier richtig bin. ich hab seit monaten {{SYMPTOM:Suizidgedanken|Antriebslosigkeit|Selbstverletzung|Erschöpfung}} und trau mich nicht zum arzt. kann ich einfach anrufen? {phone}",
    "Sitzung am {weekday} bitte absagen, bin mit {{DIAGNOSIS:Grippe|Corona|Magen-Darm-Grippe|Bronchitis}} flachgelegen. {first}",
    "Meine Tochter ({age}) hat {{DIAGNOSIS:Magersucht|Anorexie|Bulimie|Essstörung}}, wir suchen dringend einen Therapieplatz. Rückruf bitte {landline}",
    "Kostenerstattungsverfahren: Absage von 5 Praxen anbei. Ich bin in {{TREATMENT:Verhaltenstherapie|tiefenpsychologische Therapie|Traumatherapie|EMDR}}. Rechnung an {insurer}, Konto {iban}",
    "Meine Psychiaterin hat {{MEDICATION:Sertralin|Escitalopram|Venlafaxin|Mirtazapin|Quetiapin|Lithium}} verordnet, ich hab {{SYMPTOM:Zittern|Übelkeit|Schwindel|Gewichtsverlust}}. Soll ich das in der Sitzung ansprechen?",
    "Nachricht an Frau Kühn: Ich schaffe die {session_count} nicht mehr zu bezahlen. Können wir über {insurer} abrechnen? Versichertennummer {kvnr:lookalike}",
    "Bitte Rechnung an meine neue Mail: {email:parenthesised}. {{TREATMENT:Paartherapie|Psychotherapie|Gruppentherapie}} {month}",
    "Bin Privatpatient, {{DIAGNOSIS:ADHS|bipolare Störung|Borderline-Störung|soziale Phobie}} – nehmen Sie noch jemanden? {email}",
    "Servus, PVA-Antrag auf Reha wegen {{DIAGNOSIS:Burnout|Depressionen|Angststörung|Erschöpfungssyndrom}} – brauch ich dafür einen Befund von Ihnen? SVNR {at_svnr}",
]
PSYCH_CLEAN = [
    "Wie lang ist die Warteliste aktuell? {waitlist_position} hieß es im {month}",
    "Sprechstunde ({duration}) am {date} um {time}, Raum {room_number}? {ptv_form} mitbringen?",
    "Was kostet eine Probesitzung privat? {amount} für {duration}?",
    "Vermittlungscode {tss_code} läuft am {date} ab – kann man ihn verlängern?",
    "Gibt es bei euch Gruppenangebote, {group_meeting}? Allgemeine Anfrage",
]

# ---------------------------------------------------------------- Suchtberatung
ADDICT = [
    "Hallo, ich bin {age} und trinke zu viel, glaube {{DIAGNOSIS:Alkoholabhängigkeit|Alkoholsucht|Alkoholkrankheit}}. Kann ich anonym zur Beratung kommen? Nur SMS bitte: {mobile}",
    "Mein Bruder ist in {{TREATMENT:Entgiftung|qualifizierter Entzug|Entwöhnungstherapie|Substitutionsbehandlung}} in der Klinik, wie kann ich als Angehörige helfen? {email}",
    "Ich bin seit {duration} clean, nehme {{MEDICATION:Methadon|Subutex|Buprenorphin|Naltrexon}}. Suche Nachsorgegruppe in {city}",
    "{counselling}: ich hab {{DIAGNOSIS:Spielsucht|Glücksspielsucht|Mediensucht}}, Schulden {amount}, Konto {iban} ist überzogen. Wer hilft bei der Schuldnerberatung?",
    "Meine Frau hat {{DIAGNOSIS:Medikamentenabhängigkeit|Opioidabhängigkeit|Kokainabhängigkeit|Cannabisabhängigkeit}}, sie nimmt heimlich Tabletten, {{MEDICATION:Tavor|Lorazepam|Tilidin|Oxycodon|Zopiclon}}. Ruf mich bitte an: {phone}",
    "Termin {date} um {time} klappt, ich bring den Nachweis vom Amt mit. Für den Reha-Antrag meine Rentenversicherungsnummer: {rvnr}",
    "hab wieder {{SYMPTOM:Suchtdruck|Entzugserscheinungen|Zittern|Schlaflosigkeit}} nach 3 monaten. kann ich heute noch vorbeikommen? {first}",
    "Entwöhnung über die DRV: Antrag läuft, RV-Nummer {rvnr:spaced}. Wann weiß ich Bescheid?",
]
ADDICT_CLEAN = [
    "Wann ist die Angehörigengruppe? {group_meeting}, Raum {room_number}?",
    "Ist die Beratung kostenlos? Ich frag für einen Freund, Wohnort {postcode} {city}",
    "Offene Sprechstunde {opening_hours}? Adresse {street} {house_number}",
]

# ---------------------------------------------------------------- Pflegeheim
CARE = [
    "Guten Tag {carehome}, meine Mutter ({age}) hat {{DIAGNOSIS:Demenz|Alzheimer-Demenz|Parkinson|Hemiparese}} und {care_level_generic}. Haben Sie einen Platz frei? Rückruf {mobile}",
    "Medikamentenplan: Papa bekommt jetzt {{MEDICATION:Eliquis|Marcumar|Torasemid|Ramipril|Bisoprolol|Quetiapin}} statt dem alten Medikament {{MEDICATION:ASS 100|Xarelto|Metoprolol|Candesartan}}. Zimmer {room_number}",
    "Heimentgelt: {care_home_fee} – Lastschrift ab {month} von {iban}, Kontoinhaber {name}",
    "Oma ist gestürzt, Klinik sagt Verdacht auf {{DIAGNOSIS:Oberschenkelhalsbruch|Rippenbruch|Gehirnerschütterung|Platzwunde}}. Warum wurden wir erst {time} informiert?? {phone}",
    "Besuch am {weekday} möglich? Meine Tante hat gerade {{DIAGNOSIS:Norovirus|Noro|Grippe|Corona|Covid}} auf Station, {visiting_hours}?",
    "Unterlagen für die Heimaufnahme: Versichertennummer {kvnr}, Rentenversicherungsnr. {rvnr}, Ausweis {ausweis}, Betreuer {name}",
    "Papa hat seit Tagen {{SYMPTOM:Appetitlosigkeit|Gewichtsverlust|Wassereinlagerungen|Atemnot}}, hat der Hausarzt schon geschaut? Zimmer {room_number}, Sohn {first}",
    "Wir beantragen Hilfe zur Pflege, {care_home_fee} übersteigt die Rente. Mail an Sozialamt cc {email}",
    "Servus, meine Mutter braucht wegen {{DIAGNOSIS:Schluckstörung|Diabetes Typ 2|Niereninsuffizienz}} Schonkost. Heim in Graz, Bezugsperson {name}, {phone_at}",
    "Wäsche bitte mit Namen kennzeichnen: {name}, {room_number}. Spezialmatratze wegen {{DIAGNOSIS:Dekubitus|Hemiparese|Querschnittslähmung}} ist bestellt?",
]
CARE_CLEAN = [
    "Was kostet ein Platz? {care_home_fee}, {care_level_generic}, {bed_count}?",
    "Besuchszeiten an Feiertagen? {visiting_hours}",
    "Gibt es Kurzzeitpflege im {month}? {bed_count}, Aufnahme ab {date}",
    "Sommerfest am {date} um {time} – Kuchenspenden bitte {food_allergen_info} kennzeichnen",
]

# ---------------------------------------------------------------- Hebamme, Wochenbett
MIDWIFE = [
    "Hallo {midwife}, ich habe {{DIAGNOSIS:Schwangerschaftsdiabetes|Präeklampsie|Beckenendlage|Hyperemesis}}. Betreuen Sie auch Risikofälle? {mobile}",
    "Nach dem {{TREATMENT:Kaiserschnitt|Dammschnitt|Geburtseinleitung|PDA}} in der Klinik hab ich {{SYMPTOM:Fieber|Unterleibsschmerzen|Blutungen|Schüttelfrost}}. Können Sie heute vorbeischauen? {street} {house_number}",
    "Wochenbettbetreuung: Geburt am {date}, Kind gesund, ich hab {{DIAGNOSIS:Milchstau|Mastitis|Brustentzündung}}. Versichertennummer {kvnr}",
    "Ich glaube, ich habe eine {{DIAGNOSIS:Wochenbettdepression|postpartale Depression}}, weine nur noch. Bitte melden: {phone}",
    "Anmeldung {birth_course} ab {date}, Partner {name}, Mail {email}",
    "Hebammenrechnung {amount} an {insurer}, Versichertennummer {kvnr:dashes}, IBAN für Erstattung {iban}",
    "hi sabine, {{SYMPTOM:Senkwehen|Wehen|Schmierblutungen}} alle 10 min seit {time}, kh oder noch warten? 😅",
    "Ich nehme {{MEDICATION:Folsäure|Eisentabletten|L-Thyroxin|Magnesium}} als Tabletten – darf ich das in der Stillzeit weiter? {first}",
]
MIDWIFE_CLEAN = [
    "Gibt es noch Plätze im {birth_course} am {weekday}? {amount}, {session_count}",
    "Ab wann sollte man eine Hebamme suchen? Allgemeine Frage, Wohnort {postcode}",
    "Kursraum {room_number}, {training_slot}? Matte mitbringen?",
]

# ---------------------------------------------------------------- Schwerbehinderung, GdB, Versorgungsamt
DISAB = [
    "Antrag auf Feststellung der Schwerbehinderung: Diagnosen {{DIAGNOSIS:Multiple Sklerose|Morbus Crohn|Rheuma|rheumatoide Arthritis}} und {{DIAGNOSIS:Depression|Diabetes Typ 1|Schwerhörigkeit|Tinnitus}}. Aktenzeichen {case_number}",
    "Hallo {benefits}, mein Widerspruch gegen den Bescheid vom {date}: {{DIAGNOSIS:Epilepsie|COPD|Herzinsuffizienz|Querschnittslähmung}} wurde gar nicht berücksichtigt. Tel {landline}",
    "Allgemeine Frage: ab {gdb_generic} gibt es den Ausweis, richtig?",
    "Ich habe nach der {{TREATMENT:Amputation|Chemotherapie|Bypass-OP|Knieprothese}} im Krankenhaus den Ausweis verlängert bekommen? Antragsteller {name}, geb. {birth_date}",
    "Parkausweis beantragt wegen {{DIAGNOSIS:Amputation des Unterschenkels|Querschnittlähmung|ALS|Zerebralparese}}. Kfz {licence_plate}. Mail {email}",
    "Bitte um Rückruf wegen Wertmarke, Kontonr für Erstattung {iban}, Versorgungsamt-Az. {case_number}",
    "Servus Sozialministeriumservice, Behindertenpass für meinen Sohn ({{DIAGNOSIS:Autismus|Down-Syndrom|Trisomie 21|Mukoviszidose}}), SVNR {at_svnr}",
    "Arbeitsplatzausstattung beim Integrationsamt: ich habe {{DIAGNOSIS:Sehbehinderung|Makuladegeneration|Taubheit|Schwerhörigkeit}}, Arbeitgeber {employer}. RV-Nummer {rvnr}",
]
DISAB_CLEAN = [
    "Wie lange dauert ein Antrag beim Versorgungsamt aktuell? Gestellt am {date}, Az. {case_number}",
    "Gilt {gdb_generic} auch im Urlaub in Österreich? Allgemeine Frage",
    "Was kostet die Wertmarke pro Jahr, {amount}? Und ab wann gilt {railcard_type}?",
]

# ---------------------------------------------------------------- Sportverein
CLUB = [
    "Hallo {club}, Beitritt für meinen Sohn, U11. Beitrag per SEPA von {iban}, Kontoinhaber {name}",
    "Trainer, Lukas kann diese Woche nicht, er hat {injury} vom Spiel am {weekday}. Gruß Mama {mobile}",
    "Fragebogen Verein – Gesundheit: Vorerkrankung {{DIAGNOSIS:Asthma|Heuschnupfen|Pollenallergie|Asthmatiker}} – {{MEDICATION:Salbutamol|Symbicort|Budesonid|Asthmaspray}} vor dem Training. Notfallkontakt {phone}",
    "Abmeldung zum {date}, {club_member_id}. Grund: {{DIAGNOSIS:Herzrhythmusstörungen|Vorhofflimmern|Bandscheibenvorfall|Arthrose}}, Arzt hat Sport verboten",
    "Beitrag ({membership_fee}) wurde doppelt abgebucht von {iban:dashes} – bitte zurück",
    "Spielerpass {club_member_id}, neuer Verein braucht die Freigabe. Meine Mail {email}",
    "hey coach, bin nach der {{TREATMENT:Kreuzband-OP|Meniskus-OP|Schulter-OP|Arthroskopie}} wieder fit, darf ich am {weekday} mitspielen? {league}",
    "Turnieranmeldung: {name}, {birth_date}, {race_bib}, Notfallnummer {mobile}, Besonderheit: {{DIAGNOSIS:Diabetes Typ 1|Epilepsie|Insektengiftallergie|Asthma}}",
    "Grüezi, Mitgliederbeitrag TC bitte von {iban_ch} abbuchen. Natel {phone_ch}",
    "Unsere Tochter war beim Arzt, nach dem Training hatte sie {{SYMPTOM:Atemnot|Brustschmerzen|Herzrasen|Schwindelanfälle}}. Bitte Trainer informieren, sie pausiert bis zur Abklärung. {first}",
]
CLUB_CLEAN = [
    "Training {training_slot} auf {court_number}, Spiel am {date} um {time}, Ergebnis letzte Woche {match_score}",
    "Mitgliedsbeitrag {membership_fee}, Rückennummer {jersey_number} noch frei?",
    "Kinderturnen {league}: {training_slot}, wer fährt am {weekday}?",
    "Vereinsfest {date}, {party_size}, bitte Salate mit {food_allergen_info} beschriften",
    "Hallenbelegung {court_number} am {weekday} ab {time}, {league} gegen {club}",
]

# ---------------------------------------------------------------- App-Support
APPSUP = [
    "Hallo, die App stürzt beim Login ab ({app_version}, {handset_model}). Crash-ID {crash_id}. Mein Account: {email}",
    "Ich kann mein Konto nicht verknüpfen, IBAN {iban} wird als ungültig angezeigt. {app_build}",
    "App zeigt falsche Telefonnummer an, richtig ist {mobile}. Nutzername {user_handle}",
    "Gesundheits-App hat meine Daten synchronisiert obwohl ich das nicht wollte – da steht jetzt {{DIAGNOSIS:Bluthochdruck|Diabetes Typ 2|Vorhofflimmern|Schlafapnoe}} drin! Bitte löschen. Account {email}",
    "In der Tagebuch-Funktion hab ich {{SYMPTOM:Kopfschmerzen|Kopfschmerzattacken|Panikgefühle|Schlaflosigkeit}} eingetragen, Export geht nicht. {software_version}",
    "Kreditkarte in der App aktualisieren: {card}, gültig {exp}. Fehler {error_code}",
    "Zwei-Faktor-SMS kommt nicht an, Nummer {phone:spaced}. Gerät {handset_model}",
    "Abo über App Store, Bestellnr {app_order_id}, bitte erstatten, Apple-ID-Mail {email}",
    "Erinnerung für mein Medikament {{MEDICATION:Metformin|L-Thyroxin|Antibabypille|Ramipril|Insulin}} funktioniert nicht mehr seit Update {app_version}",
    "Konto löschen bitte!! {email:words}",
]
APPSUP_CLEAN = [
    "App {app_version} auf {handset_model} hängt bei {battery_health}, Crash {crash_id}",
    "Wie exportiere ich meine {step_count} und {calories}? {software_version}",
    "Push geht nicht seit {app_build}, {screen_size}, Fehler {error_code}",
    "Dark Mode auf {handset_model}? App: {app_version}, Nutzer {user_handle}",
    "{object_health} nach Update auf {software_version}, bitte Fix",
]

# ---------------------------------------------------------------- Chatbot-Verläufe
BOT = [
    "User: ich will meine bankverbindung ändern\nBot: Gern! Bitte nennen Sie die neue IBAN.\nUser: {iban}\nBot: Danke, wir prüfen das.",
    "Bot: Wie lautet Ihre Kundennummer?\nUser: {customer_number}\nBot: Und Ihre Telefonnummer für Rückfragen?\nUser: {phone}",
    "User: termin absagen\nBot: Welchen Termin möchten Sie absagen?\nUser: {{TREATMENT:physio|Physiotherapie|Krankengymnastik|Lymphdrainage}} am {weekday}, hab {{DIAGNOSIS:Grippe|Corona|Magen-Darm-Infekt|Bronchitis}}\nBot: Der Termin wurde storniert.",
    "Bot: Bitte beschreiben Sie Ihr Anliegen.\nUser: brauche neues rezept für {{MEDICATION:L-Thyroxin|Ramipril|Metformin|Pantoprazol|Sertralin}}\nBot: Ich leite Sie an die Praxis weiter.",
    "Chatverlauf kopiert:\nUser: Karte gestohlen\nBot: Bitte geben Sie die Kartennummer ein.\nUser: {card}\nBot: Die Karte wurde gesperrt. {fraud_case}",
    "Bot: Ihre E-Mail-Adresse?\nUser: {email}\nBot: Wir haben Ihnen einen Link geschickt. {bot_session_id}",
    "User: Zählerstand\nBot: Bitte geben Sie Zählernummer und Stand ein.\nUser: {meter_number} {meter_reading}\nBot: Vielen Dank!",
    "Kunde: Ich hab {{SYMPTOM:Zahnschmerzen|Fieber|Rückenschmerzen|Husten}}, bin ich bei euch richtig?\nAssistent: Für medizinische Fragen wenden Sie sich bitte an den Bereitschaftsdienst, im Notfall [[service_number:112]].\nKunde: ok danke",
    "Bot: Zur Identifikation benötige ich Ihre Steuer-ID.\nUser: {steuer_id}\nBot: Danke. Ihr Bescheid für {tax_year} ist in Bearbeitung.",
    "[{bot_session_id}] Nutzer: Rückruf bitte an {mobile:words} | Bot: Rückruf ist eingeplant für {time}",
]
BOT_CLEAN = [
    "User: wo ist mein paket\nBot: Sendungsnummer bitte.\nUser: {tracking_dhl}\nBot: Zustellung voraussichtlich {date}.",
    "Bot: Wie kann ich helfen?\nUser: rechnung {invoice_number} über {amount} stimmt nicht\nBot: Ich verbinde Sie mit einem Mitarbeiter. {bot_session_id}",
    "User: flug {flight_number} verspätet?\nBot: Aktuell {delay}, neues {gate}, {terminal}.",
    "Bot: Ihre Bestellung {order_number} wurde am {date} versandt.\nUser: welcher paketdienst\nBot: {tracking_ups}",
    "User: zählerstand {meter_reading}\nBot: Bitte noch die Zählernummer.\nUser: {meter_number}\nBot: Danke, Ihr neuer {abschlag}.",
]

# ---------------------------------------------------------------- Weitergeleitete E-Mails mit Signatur
SIG = [
    "---------- Weitergeleitete Nachricht ----------\nBitte um Rückruf wegen Rechnung {invoice_number}.\n\nMit freundlichen Grüßen\n{name}\n{company}\nTel.: {landline}\nFax: {landline}\nE-Mail: {email}",
    "Anbei das Angebot {quote_number}.\n\n--\n{name} | Vertrieb\n{company} · {street} {house_number} · {postcode} {city}\nT {landline} · M {mobile}\n{registered_court} {commercial_register} · USt-IdNr. {ustid}",
    "Gesendet von meinem iPhone\n\n> Am {date} schrieb {name} <{email}>:\n> Können Sie die Zahlung auf {iban} leisten?",
    "Viele Grüße\n{first}\n\n{company}\nGeschäftsführer: {name}\n{registered_court}, {commercial_register}\nSteuernummer {steuernummer}\nBankverbindung: {bank}, IBAN {iban}, BIC {bic}",
    "Von: {email}\nGesendet: {weekday}, {date} {time}\nBetreff: AW: Krankmeldung\n\nBin bis {date} krankgeschrieben, {{DIAGNOSIS:Gürtelrose|Lungenentzündung|Bandscheibenvorfall|Pfeiffersches Drüsenfieber}}. Gruß {first}",
    "-- \n{name}\n[[health_business_name:Praxis für Physiotherapie]]\n{street} {house_number}, {postcode} {city}\nTelefon {landline} | {email}\n{opening_hours}",
    "Hallo, siehe unten.\n\n---- Original ----\nVon: {company} <{email}>\nIhre Kundennummer: {customer_number}\nBitte überweisen Sie {amount} auf DE-Konto {iban_de}.",
    "Mit besten Grüßen / Kind regards\n{name}\nHR Business Partner\nMobil: {mobile}\n{company}, {registered_court}, {commercial_register}",
    "Diese E-Mail enthält vertrauliche Informationen.\n{name} | Steuerberaterin\n{taxadvisor} | Tel. {landline} | {email:bracketed}",
]
SIG_CLEAN = [
    "Mit freundlichen Grüßen\nIhr Serviceteam\n{company}\n{registered_court}, {commercial_register}\n{opening_hours}\nHotline {tollfree_number}",
    "-- \nKundenservice {utility}\n{opening_hours} | Vertragskonto bitte immer angeben\n{page_number}",
    "Gesendet von Outlook für Android\n\n> Ihre Bestellung {order_number} vom {date} über {amount}",
    "i. A. Kundenbetreuung\n{company} · {street} {house_number} · {postcode} {city}\n{registered_court} {commercial_register}",
]

# ---------------------------------------------------------------- OCR-Briefe (eingescannt, kopiert)
OCR = [
    "B e s c h e i d  v o m  {date}\nSehr geehrte Frau {last},\nIhre Ste u er-ID: {steuer_id:spaced}\n{letter_reference}  {page_number}",
    "Kran kenversicherten -Nr. {kvnr}   Kasse: {insurer}\nD iagnose: {icd}  {{DIAGNOSIS:Bandscheibenvorfall|Gonarthrose|Hüftarthrose|Migräne}}",
    "Zahlungserinnerung\nRechnungs-Nr . {invoice_number}\nBetrag : {amount}\nBitte über weisen auf IBAN : {iban:spaced}\nBIC : {bic}",
    "ARBEITSUNFÄHIGKEITSBESCHEINIGUNG\nVersicherten-Nr {kvnr}\nICD-10 : {icd}\narbeitsunfähig bis {date}",
    "A n s c h r i f t :  {name}, {street} {house_number}, {postcode} {city}\nT e l . :  {phone:spaced}",
    "Renten information {tax_year}\nVersicherungsnummer {rvnr:spaced}\n{pension_points}  {page_number}",
    "Ihre Kundennummer {spaced_ocr_number}\nab {month}: {abschlag}\nZählernummer {meter_number}\nBankeinzug von {iban}",
    "Befundbericht  {date}\nPat.: {name}, geb. {birth_date}\nDiag nose: {{DIAGNOSIS:Vorhofflimmern|Herzinsuffizienz|Hypertonie|Schilddrüsenunterfunktion}}\nTherapie: {{MEDICATION:Bisoprolol|Eliquis|Ramipril|L-Thyroxin}} {rx_strength}",
]
OCR_CLEAN = [
    "R e c h n u n g  {invoice_number}\nKunden-Nr. {spaced_ocr_number}\nBetrag {amount}  fällig {date}\n{page_number}",
    "Ihr Zeichen / Unser Zeichen\n{letter_reference}\nDatum {date}\nBetreff: Vertrag {contract_number}",
    "Zä hlerstand  {meter_reading}\nAbl esedatum {date}\nZähler-Nr. {meter_number}",
]

# ---------------------------------------------------------------- eingefügte Formulare, mehrere Werte in einer Zeile
FORMS = [
    "Name: {name}\nGeburtsdatum: {birth_date}\nAnschrift: {street} {house_number}, {postcode} {city}\nTelefon: {phone}\nE-Mail: {email}\nIBAN: {iban}",
    "Antragsteller: {name} | Steuer-ID {steuer_id} | RV-Nr {rvnr} | Konto {iban} | Tel {mobile}",
    "Patientin: {name}\nVersichertennr.: {kvnr}\nDiagnose: {{DIAGNOSIS:Hüftarthrose|Kniearthrose|Osteoporose|Fibromyalgie}}\nMedikation: {{MEDICATION:Ibuprofen|Diclofenac|Tilidin|Novaminsulfon}} {rx_strength}\nKontakt: {mobile}",
    "Kreditkarte {card} Ablaufdatum {exp} Prüfziffer {cvc} Inhaber {name}",
    "Rückerstattung an: Kontoinhaber {name}, IBAN {iban}, BIC {bic}, Verwendungszweck {invoice_number}",
    "Notfallkontakte: Mama {mobile}, Papa {mobile}, Oma {landline}",
    "Bewerberdaten\nName {name}\nMail {email}\nHandy {mobile}\nSozialversicherungsnummer {rvnr}\nSteuer-ID {steuer_id}\nIBAN {iban}",
    "Kind: {first} {last}, {school_class}\nAllergien: {{DIAGNOSIS:Erdnussallergie|Wespenallergie|Penicillinallergie|Milchallergie}}\nNotfallmedikament: {{MEDICATION:Epipen|Cetirizin|Fenistil|Salbutamol}}\nErziehungsberechtigt: {name}, {phone}",
    "Schadenformular: Police {policy_number} / Claim {claim_number} / Diagnose {icd} / Behandlung {{TREATMENT:Gipsverband|Unterarmgips|Nähte ziehen|Röntgen|MRT}} / Kosten {foreign_amount} / Konto {iban}",
    "Mitarbeiterstammdaten: PNR {personnel_number}; SV-Nr. {rvnr}; Steuer-ID {steuer_id}; {tax_class}; Krankenkasse {insurer}; IBAN {iban}",
    "Gast: {name} / Ausweis {ausweis} / Geb. {birth_date} / Zimmer {room_number} / Karte {card_mc} exp {exp}",
    "Pflegeüberleitung: {name}, {birth_date}, KV-Nr {kvnr}, {{DIAGNOSIS:Demenz|Diabetes Typ 2|Herzinsuffizienz|Dekubitus}}, {{MEDICATION:Insulin|Torasemid|Quetiapin|Metformin}}, Betreuer Tel {phone}",
    "Mieter {name}, Mail {email}, Handy {mobile}, Zählerstand {meter_reading}, Einzug {date}",
    "ich {name} geb {birth_date} wohnhaft {street} {house_number} {postcode} {city} tel {phone} beantrage hiermit",
    "Spender: {name}, {birth_date}, {donor_number}, letzte Spende {date}, Tel. {mobile}, Mail {email}",
]

# ---------------------------------------------------------------- Voice-to-text, Code-Switching, nackte Werte
LOOSE = [
    "{iban}",
    "{mobile}",
    "{email}",
    "hier nochmal {iban} danke",
    "meine nummer ist {mobile:words} bitte zurückrufen wenn möglich vormittags",
    "ja hallo also ich wollte nur sagen dass ich heute nicht kommen kann weil ich krank bin mit {{SYMPTOM:Fieber|Durchfall|Kopfschmerzen|Schwindel}} und ja meine nummer ist {phone} tschüss",
    "sorry for the late reply, die IBAN ist {iban} and the name is {name}",
    "kannst du mir das an {email} schicken? thx",
    "{name}\n{iban}\n{bic}",
    "{{DIAGNOSIS:Migräne|Gastritis|Hexenschuss|Grippe|Bronchitis}} 🤒 heute homeoffice",
    "ok also die Karte ist {card:words} und läuft ab {exp}",
    "Handy: {mobile} / Festnetz: {landline}",
    "überweis einfach auf {iban:lookalike} passt schon",
    "hab jetzt vom arzt {{MEDICATION:Antibiotika|Antibiotikum|Cortison|Ibuprofen|Novalgin}} bekommen, geht mir schon besser, bis {weekday}",
    "{steuer_id}",
    "die nummer von meinem mann {mobile} falls ich nicht rangehe",
    "schatz die iban vom vermieter war {iban} oder? 🤔",
    "punkt eins {name} punkt zwei {email} punkt drei {phone} punkt",
    "ich hab {{DIAGNOSIS:Hashimoto|Schilddrüsenunterfunktion|Diabetis|Migrähne|Artrose}} seit jahren und nehm {{MEDICATION:L-Thyroxin|Euthyrox|Metformin|Sumatriptan|Iboprofen}}",
    "Kreditkarte {card} {exp}",
    "mail: {email:mixed}",
    "Tel {phone} Mail {email} IBAN {iban}",
    "also meine Versichertennummer ist {kvnr} und meine Krankenkasse ist die {insurer}",
    "{ahv} (AHV) – merci!",
    "e-card {at_svnr}",
    "Passnummer {reisepass}",
    "Perso {ausweis}",
    "icd war {icd} glaub ich",
    "meine mutter hat {{DIAGNOSIS:Parkinson|Alzheimer|Osteoporose|Gicht}} und mein vater {{DIAGNOSIS:Diabetes|Bluthochdruck|COPD|Prostatakrebs}} deswegen brauchen wir hilfe",
    "yo ruf mal an {phone}",
    "{{TREATMENT:Chemo|Bestrahlung|Dialyse}} heute, danach bin ich platt, meld mich morgen",
    "Steuernummer {steuernummer}",
    "ust id {ustid}",
    "Nummer von Oma Zürich {phone_ch}",
    "PESEL meiner Kollegin: {pesel}",
    "{idl}",
    "Und für die Unterlagen noch: {idl}",
    "Codice Fiscale von meinem Mann (Italiener): {cf}",
    "mein NIE aus Spanien ist {nie}",
]

# ---------------------------------------------------------------- zusätzliche saubere Nachrichten (Verwechslungsgefahr)
CLEAN_MISC = [
    "Bestellung {order_number} vom {date}, Betrag {amount}, Sendungsnummer {tracking_dhl} – wo bleibt das Paket?",
    "Kundennummer {customer_number}, Rechnung {invoice_number}, fällig {date}, {amount}",
    "Version {software_version} auf {handset_model}, IP {ip_address}, Fehler {error_code}",
    "Treffen am {date} um {time} in {postcode} {city}, {street} {house_number}",
    "Tracking {tracking_ups} sagt zugestellt, aber nix da. Bestellung {order_amazon}",
    "Vertrag {contract_number}, {contract_term}, {tariff_name}, {amount} mtl.",
    "Lieferung {quantity}, {weight}, {dimension}, Artikel {article_number}, EAN {ean}",
    "Ticket {ticket_number}: Router {router_model}, {speed}, {data_volume} Datenvolumen",
    "{percentage} Rabatt mit {voucher_code} bis {date}, Mindestwert {amount}",
    "Bitte Referenz {reference_number} angeben, Zahlung {amount} bis {date}",
    "Kennzeichen {licence_plate}, {odometer}, Termin {date} {time}",
    "Paket an Packstation {packstation}, Postnummer {dhl_postnummer}, Tracking {tracking_dhl}",
    "Zu {case_number} vom {date}: Status? {amount} offen",
    "{calendar_week} Lieferung, Lieferschein {invoice_number}, {pallet_count}",
    "Meine Katze hat {pet_health}, Tierarzt meint {pet_health}. Versicherung {policy_number}, Rechnung {amount}",
    "Unser Hund {pet} hat {pet_health} 😢 Tierarzttermin {date} um {time}",
    "{figurative_health} – die Rechnung {invoice_number} über {amount} ist schon wieder falsch",
    "Ehrlich, {figurative_health}. Seit {date} warte ich auf Ticket {ticket_number}",
    "Im Garten: {plant_health} und {plant_health} – Gärtnerei, hilfe? Bestellung {order_number}",
    "Hab gestern die Serie geschaut, {fiction_health}, krasse Folge. Übrigens Abo {abo_number} läuft bis {date}",
    "{object_health}, Reparatur {repair_order}, Gerät {serial_number}",
    "Blutdruckmessgerät zeigt {bp_reading_demo} bei der Vorführung im Laden, ist das kalibriert? Artikel {article_number}",
    "Pulsuhr zeigt {heart_rate} beim Test, {step_count} heute, {calories} – Firmware {software_version}",
    "Referenzbereich im Beipackzettel: {lab_reference_range}. Allgemeine Frage zum Gerät, Bestellung {order_number}",
    "Was kostet {care_level_generic} im Monat ungefähr? Nur Infos für Flyer, Auflage {quantity}",
    "Lautstärke {decibel} im Großraumbüro, Raum {room_number} – Beschwerde an Facility, Ticket {ticket_number}",
    "Beipackzettel-Druck: Dosierung {rx_strength}, PZN {pzn}, Charge {batch_number} – Korrekturabzug bis {date}",
    "Ladung {pallet_count}, Gewicht {shipment_weight}, Lieferung {calendar_week}, Auftrag {order_number}",
    "Vereinszeitung: Sieg {match_score} gegen {club}, {league}, nächstes Spiel {date}",
    "Umzug: {room_count}, {floor_area}, Übergabe {date} {time}, Schlüssel {quantity}",
    "Handynummer ist die gleiche wie vorher, nur die Adresse ist neu: {street} {house_number}, {postcode} {city}",
    "Beispiel-IBAN aus dem Handbuch ({example_iban}) wird im Formular abgelehnt – ist das Absicht?",
    "IBAN-Platzhalter {placeholder_iban} im Vertragsentwurf, bitte ersetzen wir später. Vertrag {contract_number}",
    "Karte {card_last4} ist abgelaufen, neue kommt per Post laut {bank}",
    "Was heißt {lab_sample_id} auf dem Röhrchen? Labor hat {lab_order_number} geschrieben",
    "Zeitplan: {date} Anreise, {time} Check-in, {nights}, {guest_count}, Abreise {date}",
    "ISBN {isbn} für die Schulbücherliste, {school_class}, {amount}",
    "Dein Lotto-Tipp: {lottery_number} – Spaß 😄",
    "Hotline ist {tollfree_number}, Kundennummer {customer_number} bereithalten",
    "Servicenummer {service_number} ist nur für Notfälle, sonst {tollfree_number}",
    "Koordinaten Treffpunkt {gps}, Startzeit {time}, {race_distance}",
    "Stromzähler {meter_number}, Gas {gas_volume}, Wasser {meter_reading}",
    "Mit Gutschein {voucher_code} kostet der Kurs {amount} statt {amount}, {session_count}",
    "Wir haben Zimmer {room_number}, {clinic_floor}, WLAN {wifi_channel} überlastet",
    "Invalid: {invalid_phone_like} – Nummer unvollständig im Formular, bitte Kunde fragen. Ticket {ticket_number}",
    "Musterdaten im Test: Steuer-ID {invalid_taxid_like}, IBAN {wrong_checksum_iban} – Validator soll die ablehnen",
    "Gutscheinkarte {gift_card_nonluhn}, Guthaben {amount}?",
    "SEPA-Mandat {mandate_reference}, Gläubiger-ID steht auf Rechnung {invoice_number}",
]

# ---------------------------------------------------------------- seltene Ausweise, ICD-Codes
EXTRA = [
    "Grüezi, für die Krankenkasse brauche ich die AHV-Nummer meiner Tochter: {ahv}. Sie hatte {{DIAGNOSIS:Mittelohrentzündung|Scharlach|Pfeiffersches Drüsenfieber}}. Natel {phone_ch}",
    "Polnische Kollegin, Lohnabrechnung: PESEL {pesel}, Steuer-ID {steuer_id}, Konto {iban}",
    "Für das Auslandssemester in Spanien: NIE {nie}, Wohnung über Gastfamilie (DNI {dni})",
    "Arbeitsunfähig laut AU, Diagnoseschlüssel {icd}, ab {date}. Personalnr {personnel_number}",
    "Auf der Rechnung aus Belgien steht Rijksregisternummer {nn} – ist das meine? Es war {{TREATMENT:Röntgen|Gipsverband|MRT}} in Brüssel",
    "Die französische Klinik will meine NIR: {nir}. Schaden {claim_number}",
    "Überweisung zum Facharzt, Code {icd:nodot}, Termin {date} um {time}",
    "Code auf dem Attest: {icd} – was heißt das? 😳",
    "Mein Sohn studiert in Amsterdam, BSN {bsn}, Versicherung läuft über uns, Konto {iban_nl}",
    "PESEL meiner Mutter für die Pflegekasse: {pesel}, Antrag läuft seit {date}",
    "ICD {icd}, Verordnung {session_count} {{TREATMENT:Ergotherapie|Logopädie|Lymphdrainage}}, Praxis {physio}",
    "Belgische Mitarbeiterin: Rijksregisternummer {nn}, Konto {iban_be}, Eintritt {date}",
]

# ---------------------------------------------------------------- echte Werte neben gesundheitsähnlichen Negativen
MIXED = [
    "Unser Hund hat {pet_health} und ich selbst liege mit {{DIAGNOSIS:Grippe|Bronchitis|Corona}} flach – Tierarzttermin bitte verschieben, Handy {mobile}",
    "Ehrlich, {figurative_health}. Die Abbuchung von {amount} auf {iban} war nicht abgesprochen!",
    "{figurative_health} – dritter Anruf bei der Hotline wegen Konto {iban}",
    "Katze hat {pet_health}, Tierarztrechnung {amount}. Bitte Erstattung auf {iban}, Vertrag {policy_number}",
    "Kein Scherz: {object_health}. Und ich brauch das Handy für die Erinnerung an {{MEDICATION:Insulin|L-Thyroxin|Metformin}}. Rückruf {landline}",
    "Die Pflanzen im Wartezimmer haben {plant_health} 😅 – egal, Termin für {{TREATMENT:Physiotherapie|Krankengymnastik|manuelle Therapie}} am {weekday}? {mobile}",
    "Hab gestern die Serie geschaut, {fiction_health} – und heute hab ich selbst {{SYMPTOM:Kopfschmerzen|Halsschmerzen|Schnupfen}} 🙃 schaff's nicht ins Büro, {first}",
    "Schulinfo: {generic_health_topic}. Unser Kind hat übrigens tatsächlich {{DIAGNOSIS:Scharlach|Windpocken|Bindehautentzündung}}, Mama {mobile}",
    "Menü war als {food_allergen_info} ausgewiesen, trotzdem bekam ich {{SYMPTOM:Quaddeln|Juckreiz|geschwollene Lippen}} – ich habe {{DIAGNOSIS:Nussallergie|Sesamallergie|Eiallergie}}. Erstattung an {iban}",
    "Pferd hat {pet_health}, Reitstunden fallen aus. Rückerstattung {amount} an {iban}, Gruß {first}",
    "Was kostet {care_level_generic} allgemein? Für meine Mutter konkret wegen {{DIAGNOSIS:Demenz|Parkinson|Alzheimer}}. Ruf an {phone}",
    "Trainingsdaten: {heart_rate}, {step_count}. Aber seit dem Lauf {{SYMPTOM:Knieschmerzen|Wadenkrämpfe|Fersenschmerzen}}. Termin bei euch? {mobile}",
]

TEMPLATES = (RAIL + RAIL_CLEAN + AIR + AIR_CLEAN + HOTEL + HOTEL_CLEAN + DENTAL + DENTAL_CLEAN + OPTIC
             + OPTIC_CLEAN + PHYSIO + PHYSIO_CLEAN + SCHOOL + SCHOOL_CLEAN + HR + HR_CLEAN + JOB + JOB_CLEAN
             + TAX + TAX_CLEAN + NOTARY + NOTARY_CLEAN + UTIL + UTIL_CLEAN + FRAUD + FRAUD_CLEAN + MARKET
             + MARKET_CLEAN + FOOD + FOOD_CLEAN + TRAVELINS + TRAVELINS_CLEAN + BLOOD + BLOOD_CLEAN + PSYCH
             + PSYCH_CLEAN + ADDICT + ADDICT_CLEAN + CARE + CARE_CLEAN + MIDWIFE + MIDWIFE_CLEAN + DISAB
             + DISAB_CLEAN + CLUB + CLUB_CLEAN + APPSUP + APPSUP_CLEAN + BOT + BOT_CLEAN + SIG + SIG_CLEAN
             + OCR + OCR_CLEAN + FORMS + LOOSE + CLEAN_MISC + EXTRA + MIXED)
