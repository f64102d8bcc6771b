"""German chat templates for blind set 18 (written fresh for this set; see gen.py docstring).

Slots: {value} / {value:form} values, {filler} names and places, {kind} generated negatives,
[[kind:text]] literal negatives, {{TYPE:a|b}} health values from hand-written alternatives.
"""

SCHOOL = [
    "Hallo, hier ist die Mama von {first} aus der {kita_group}. {first} hat seit gestern {{SYMPTOM:Fieber|hohes Fieber|Durchfall|Bauchweh|Husten}} und bleibt heute zu Hause. Rückfragen gern unter {mobile}.",
    "Liebe {kita}, bei unserer Tochter wurde {{DIAGNOSIS:Scharlach|Windpocken|Hand-Mund-Fuß-Krankheit|Mittelohrentzündung|Bindehautentzündung}} festgestellt, der Kinderarzt sagt frühestens ab {date} wieder. Liebe Grüße, {name}",
    "Guten Morgen! Kurze Info an die Gruppe: wir haben leider {{DIAGNOSIS:Kopfläuse|Krätze|Norovirus|Magen-Darm-Infekt}} bei uns zu Hause (schon seit {period_dative}). Haben schon behandelt. {first} kommt {weekday} wieder.",
    "Für das Anmeldeformular der {kita}: Allergien: {{DIAGNOSIS:Erdnussallergie|Nussallergie|Bienengiftallergie|Laktoseintoleranz|Zöliakie}}. Notfallmedikament: {{MEDICATION:Epipen|Fenistil|Cetirizin|Adrenalin-Autoinjektor}}. Notfallkontakt Papa: {phone}",
    "Sehr geehrte Frau {last}, mein Sohn ({school_class}) hat {{DIAGNOSIS:ADHS|Legasthenie|Dyskalkulie|Autismus|Asperger-Syndrom}} und nimmt morgens {{MEDICATION:Medikinet|Ritalin|Elvanse|Methylphenidat}}. Können wir über einen Nachteilsausgleich sprechen? Erreichbar unter {landline}.",
    "Hallo, ich möchte das Essensgeld ({kita_fee}) ab {month} per Lastschrift zahlen. IBAN: {iban}, Kontoinhaberin {name}. Essens-ID steht im {school_portal}.",
    "Bitte die Klassenfahrt-Kosten ({excursion_fee}) auf folgendes Konto zurücküberweisen: {iban} – Danke! {first} konnte wegen {{DIAGNOSIS:Armbruch|Beinbruch|Gehirnerschütterung|Bänderriss}} ja nicht mit.",
    "Hi Frau {last}, {first} ({school_class}) hatte gestern im Sportunterricht einen {{SYMPTOM:Krampfanfall|Asthmaanfall|Ohnmachtsanfall}}? Wir wussten nichts davon, bitte melden Sie sich: {mobile}",
    "Für den Ausflug am {date}: unser Sohn muss um 12 Uhr {{MEDICATION:Insulin|NovoRapid|Humalog}} spritzen, er hat {{DIAGNOSIS:Typ-1-Diabetes|Diabetes}}. Sein {{MEDICATION:Insulinpen}} ist im Rucksack.",
    "Anmeldung Hort {school18}: Kind {first} {last}, {school_class}, {kita_hours}. Mail der Eltern: {email}",
    "Sehr geehrtes Sekretariat, anbei die Krankmeldung: {first} fehlt ab {date} voraussichtlich {period} wegen {{DIAGNOSIS:Grippe|Influenza|Bronchitis|Lungenentzündung|Pfeiffersches Drüsenfieber}} nicht in der Schule. Mit freundlichen Grüßen {name}, Tel. {phone}",
    "Im {school_portal} steht noch die alte Nummer, neue Handynummer von uns ist {mobile:pairs}. LG {firstname_f}",
    "hallo zusammen, die kleine hat {{SYMPTOM:Ausschlag|Hautausschlag|Quaddeln}} am ganzen Körper seit {date}, kinderarzt meint {{DIAGNOSIS:Windpocken|Röteln|Neurodermitis}}, wir bleiben diese woche daheim",
    "Kita-Gebühren Rückerstattung wegen Schließtagen: bitte auf {iban_de} (Sparkasse), Betrag {amount}. Vielen Dank, {name}",
    "Servus, der Bub hat {{DIAGNOSIS:Mittelohrentzündung|Mandelentzündung|Scharlach}} und bekommt {{MEDICATION:Antibiotikum|Amoxicillin|Penicillin}} ({dosage_schedule}). Bitte in der Volksschule ausrichten. Mobil {phone_at}",
    "Für die Ferienfreizeit ({camp_session}) brauchen Sie die Medikamente: {{MEDICATION:Salbutamol-Spray|Symbicort|Budesonid}} bei {{DIAGNOSIS:Asthma|Asthma bronchiale}}, Dosierung {dosage_schedule}. Kontakt Mutter: {email}",
    "Hallo Frau {last}, ich bin {firstname_f}, Logopädin von {first}. Er bekommt {{TREATMENT:Logopädie|Ergotherapie|Frühförderung}} wegen einer Sprachentwicklungsverzögerung – darf ich mal in der Kita hospitieren? Meine Nummer {landline}",
    "Grüezi, unsere Tochter ist ab {date} wieder in der Primarschule. Sie hatte eine {{TREATMENT:Mandel-OP|Polypen-OP|Blinddarm-OP}}. Natel {phone_ch}",
    "Essensgeld ({lunch_account}): bitte ab sofort vegetarisch (Hinweis „{food_allergen_info}“ beachten), {first} hat {{DIAGNOSIS:Zöliakie|Laktoseintoleranz|Histaminintoleranz|Fruktoseintoleranz}}.",
    "{first} (Gruppe {kita_group}) war gestern beim Kinderarzt, Diagnose {icd}, Attest bringen wir mit.",
]

SCHOOL_CLEAN = [
    "Hallo, gibt es beim Sommerfest am {date} auch Essen mit Hinweis wie „{food_allergen_info}“? Danke!",
    "Wann ist der nächste Elternabend der {school_class}? Im {school_portal} steht nichts.",
    "Frage an die Kita-Leitung: Wie viele Schließtage gibt es im {school_year}? Und bleibt es bei {kita_hours}?",
    "Guten Tag, wird es dieses Jahr wieder einen [[health_course:Erste-Hilfe-Kurs am Kind]] für Eltern geben? Wir hätten Interesse.",
    "Hallo, in der Zeitung stand [[health_news:Masernausbruch an Grundschule in Pankow]] – betrifft das auch unsere Schule? Müssen wir etwas tun?",
    "Liebe Eltern, bitte denkt an die Hausschuhe (Gr. 28–32) und an Wechselkleidung. Essensgeld für {month}: {kita_fee}.",
    "Welche Unterlagen braucht ihr für die Anmeldung ab {year}? Reicht die Kopie vom Impfpass oder muss es der Nachweis nach dem [[generic_health_topic:Masernschutzgesetz]] sein?",
    "Hi, wir sind neu in der {kita_group} 😊 Gibt es eine WhatsApp-Gruppe für die Eltern?",
    "Der Ausflug zum Zoo kostet {excursion_fee}, bitte bis {date} bar mitgeben. Treffpunkt {time} am Haupteingang.",
    "Hallo, ist {school_portal} gerade down? Ich komme seit {time} nicht rein, Fehlermeldung {error_code}.",
]

AIR = [
    "Mein Koffer ist in {airport} nicht angekommen. PIR-Nummer {pir_reference}, Gepäckschein {baggage_tag}. Beschreibung: {bag_description}. Bitte melden unter {mobile}.",
    "Hallo {airline18}, im verlorenen Koffer sind meine {{MEDICATION:Insulinpens|Blutdrucktabletten|Schilddrüsentabletten|Antidepressiva}}! Ich brauche die dringend, Flug {flight_number} am {date}. Tel. {phone}",
    "Ich habe für meinen Vater Rollstuhl-Assistenz gebucht (er hat {{DIAGNOSIS:Parkinson|Multiple Sklerose|Arthrose|Herzinsuffizienz}}), Buchungscode {booking_code}. Am Gate {gate} war niemand da. Kontakt: {email}",
    "Bitte Erstattung der Notkäufe ({interim_expense_limit}) auf mein Konto {iban}. Belege hängen an, Referenz {pir_reference}.",
    "Flug {flight_number} {flight_route} wurde annulliert. Ich konnte wegen {{TREATMENT:Chemotherapie|Chemo|Dialyse|Bestrahlung}} nicht auf den nächsten Tag umbuchen. Bitte um Rückruf {mobile}.",
    "Gepäck ist endlich da ({bag_description}), aber der Rollator ist kaputt. Schadensmeldung mit Foto {file_name}. Meine Nummer: {phone:uri}",
    "Mein Sohn hat {{DIAGNOSIS:Epilepsie|Autismus|Typ-1-Diabetes}}, wir fliegen am {date} mit {flight_number}. Dürfen wir das {{MEDICATION:Keppra|Levetiracetam|Insulin}} im Handgepäck mitnehmen? Buchung {booking_code}",
    "Reklamation {airline18}: Sitzplatz {seat_number} war defekt, Ticket {e_ticket_number}. Bitte Erstattung auf Kreditkarte {card}, gültig bis {exp}.",
    "hallo, ich hatte nach dem Flug {flight_number} so starke {{SYMPTOM:Ohrenschmerzen|Kopfschmerzen|Schwindel|Druck auf den Ohren}}, dass ich am Zielflughafen zum Arzt musste. Kann ich die Kosten einreichen? {email}",
    "Hallo, Buchung {booking_code}, {cabin_class}, {boarding_group}. Ich habe {{DIAGNOSIS:Schwangerschaftsdiabetes|Präeklampsie|Thrombose}} – brauche ich ein Fit-to-fly-Attest? Rückruf bitte unter {mobile}.",
    "Verspätetes Gepäck ({baggage_belt}), Anhänger {baggage_tag}. Lieferadresse: {street} {house_number}, {postcode} {city}. Erreichbar: {landline}",
    "Wegen {{DIAGNOSIS:Kreuzbandriss|Sprunggelenksfraktur|Achillessehnenriss|Knöchelbruch}} konnte ich nicht fliegen. Attest anbei, bitte Erstattung der Steuern und Gebühren auf {iban}. Ticket {e_ticket_number}",
    "Kann mir jemand helfen? Koffer seit {period_dative} weg, {pir_reference}. Ich habe nur noch Medikamente für zwei Tage ({{MEDICATION:L-Thyroxin|Euthyrox|Ramipril|Marcumar|Eliquis}}).",
    "Erstattungsantrag {airline18}, Flug {flight_number} am {date}, {compensation_amount}. Bankverbindung: {iban}, BIC {bic}.",
    "Ich möchte den {travel_voucher} auszahlen lassen. Kundenkonto-Mail {email}, Buchungscode {booking_code}.",
]

AIR_CLEAN = [
    "Darf man eine Powerbank mit 20.000 mAh ins Handgepäck? Flug {flight_number} morgen.",
    "Wie lange dauert es normalerweise, bis ein Koffer nachgeliefert wird? Ich habe {pir_reference} seit {period_dative}.",
    "Gibt es am Flughafen {airport} einen Gebetsraum oder eine Ruhezone? Wir haben {period} Aufenthalt.",
    "Hallo, kann ich {baggage_allowance} auf zwei Koffer aufteilen? Buchung {booking_code}",
    "Mein Flug {flight_route} hat {delay}, bekomme ich da schon eine Entschädigung?",
    "Welche Flüssigkeiten sind im Handgepäck erlaubt? Auch Babynahrung? Wir fliegen {flight_route}.",
    "Frage zur Sitzplatzwahl: kostet {seat_number} extra? Ich fliege {cabin_class}.",
]

HOTEL = [
    "Reservierung {hotel_booking} im {hotel18}: Wir brauchen bitte ein barrierefreies Zimmer, mein Mann hat nach einem {{DIAGNOSIS:Schlaganfall|Herzinfarkt}} Probleme mit dem Gehen. Rückruf: {phone}",
    "Garantie für die Buchung {hotel_confirmation}: Visa {card_visa}, Ablauf {exp}, Prüfziffer {cvc}. Anreise {date}, {nights}.",
    "Guten Tag, ich bin {{DIAGNOSIS:Allergikerin}} ({{DIAGNOSIS:Hausstauballergie|Tierhaarallergie|Nickelallergie}}) – haben Sie Zimmer ohne Teppich? Buchung {hotel_booking}, {room_category}.",
    "Bitte den Betrag für die Stornierung ({cancellation_deadline}) auf {iban} zurück. Ich musste ins Krankenhaus wegen {{DIAGNOSIS:Blinddarmentzündung|Gallensteine|Nierensteine|Lungenentzündung}}.",
    "Hallo, wir kommen mit Kinderwagen und {first} hat {{DIAGNOSIS:Zöliakie|Erdnussallergie|Laktoseintoleranz}} – bietet die Küche Frühstück mit Kennzeichnung „{food_allergen_info}“ an? Mail: {email}",
    "Im Zimmer {room_number} lag ein Blister {{MEDICATION:Tavor|Lorazepam|Zopiclon|Tilidin}} von mir, habe ich beim Check-out vergessen. Bitte zurückschicken an {street} {house_number}, {postcode} {city}. Tel {mobile}",
    "Grüezi, Reservation {hotel_booking} für {guest_count}. Kreditkarte Mastercard {card_mc}, gültig {exp}. {checkin_window}.",
    "Servus, mein Vater ([[age:78]]) ist im {hotel18} gestürzt, {{DIAGNOSIS:Rippenprellung|Platzwunde|Handgelenksbruch|Oberschenkelhalsbruch}}. Wir holen ihn heuer früher ab. Bitte Rechnung an {email}.",
    "Hallo, gibt es im Spa ({spa_package}) etwas, das ich mit {{DIAGNOSIS:Krampfadern|Lymphödem|Lipödem|Bluthochdruck}} machen darf? Zimmer {room_number}",
    "Für die Firmenbuchung bitte Rechnung an {company}, USt-IdNr. {ustid}, Ansprechpartnerin {name}, {email}.",
]

HOTEL_CLEAN = [
    "Haben Sie noch ein {room_category} für {nights} ab {date}? {guest_count}.",
    "Ist das Hallenbad während {calendar_week} geöffnet? Wir haben {hotel_confirmation}.",
    "Hallo, stimmt das mit dem Parken ({parking_fee})? Oder gibt es Alternativen in der Nähe?",
    "Bietet das {hotel18} einen [[health_course:Rückenschule-Kurs]] oder Yoga an? Wir suchen ein Wellnesswochenende.",
    "Frage zum {spa_package}: ist die Sauna textilfrei? Und gibt es {checkin_window}?",
    "Ist das Frühstück gekennzeichnet, z. B. „{food_allergen_info}“? Nur allgemein gefragt, wir planen eine Gruppenreise mit {party_size}.",
    "Wir haben {room_rate} gebucht, auf der Bestätigung steht aber mehr. Buchungsnummer {hotel_booking}",
]

ENERGY = [
    "Zählerstand Strom zum {date}: {meter_reading}, Zählernummer {meter_number}. Kundennummer {utility_customer_number}.",
    "Hallo {energy}, ich möchte meinen Abschlag ändern ({abschlag}) und die neue Bankverbindung hinterlegen: {iban}. Kontoinhaber {name}.",
    "Bitte tragen Sie uns als Härtefall ein: mein Mann braucht wegen {{DIAGNOSIS:COPD|Lungenfibrose|Schlafapnoe|Mukoviszidose}} nachts ein Sauerstoffgerät bzw. {{TREATMENT:Heimbeatmung|Sauerstofftherapie}}, eine Stromsperre wäre lebensgefährlich. Vertragskonto {contract_number}, Tel. {phone}",
    "Wechsel zu Ihnen, {switch_date}. Zählpunkt {melo_id}, Vorversorger Vattenfall. SEPA-Mandat für {iban_de}, {name}.",
    "Guten Tag, meine Mutter ([[age:86]]) ist im Pflegeheim, der Stromvertrag soll auf mich umgeschrieben werden. Vertrag {contract_number}, meine Mail {email}.",
    "Stromzähler Wohnung {apartment_number}: {meter_reading}. Gaszähler: {gas_volume}. Rückfragen unter {landline}",
    "Servus, Zählpunkt {zaehlpunkt}, ich habe einen {supplier_bonus} nie bekommen. Bitte auf {iban_at} überweisen.",
    "Ich war {period} im Krankenhaus ({{TREATMENT:Bypass-OP|Hüft-OP|Knie-OP|Stammzelltransplantation}}), deshalb kam die Zählerablesung zu spät. Bitte keine Schätzung! Zähler {meter_number}, Stand {meter_reading}.",
    "Einspeisung PV-Anlage: {feed_in_tariff}, Auszahlung bitte auf {iban}. Steuernummer für die Gutschrift: {steuernummer}",
    "Hallo, die Heizölbestellung ({heating_oil_volume}) bitte per Karte: {card}, gültig bis {exp:dashes}, CVC {cvc}. Lieferung {delivery_window}.",
]

ENERGY_CLEAN = [
    "Wie hoch ist der Arbeitspreis im Tarif {tariff_name}? Aktuell zahle ich {price_per_unit}.",
    "Mein Verbrauch lag letztes Jahr bei {kwh_consumption}, ist das für {room_count} normal?",
    "Kann ich den {supplier_bonus} auch bekommen, wenn ich innerhalb der Stadt umziehe?",
    "Wann kommt der Ableser? Ich bin {delivery_window} nicht zu Hause.",
    "Gibt es bei Ihnen einen Härtefallfonds für Familien? Allgemeine Frage, ich habe [[generic_health_topic:Hitzeschutz für ältere Menschen]] in Ihrer Broschüre gelesen.",
    "Die {heat_pump_model} zeigt {error_code}, ist das ein Fall für den Kundendienst oder für den Installateur?",
    "Stimmt die {billing_period} auf meiner Jahresrechnung? Dort steht {kwh_consumption}.",
]

TAX = [
    "Hallo Frau {last}, anbei meine Unterlagen für {tax_year}. Steuer-ID: {steuer_id}, Steuernummer {steuernummer}. Neu: Krankheitskosten wegen {{DIAGNOSIS:Brustkrebs|Multiple Sklerose|Morbus Crohn|Parkinson}} – Zuzahlungen ca. {amount}.",
    "Für die Anlage Außergewöhnliche Belastungen: {{TREATMENT:Zahnimplantat|Kieferorthopädische Behandlung|künstliche Befruchtung|IVF|Psychotherapie}}, Rechnungen über {amount}. Meine Steuer-ID {steuer_id:spaced}.",
    "Guten Tag, ich bin ab {date} selbstständig. USt-IdNr. {ustid}, Steuernummer beim {tax_office}: {steuernummer}. Mandantennummer {mandant_number}.",
    "Können Sie den Behinderten-Pauschbetrag für meinen Sohn beantragen? Er hat {{DIAGNOSIS:Trisomie 21|Down-Syndrom|Zerebralparese|Autismus|Spina bifida}}, GdB im Bescheid. Seine Steuer-ID: {steuer_id}",
    "hier die IBAN für die Erstattung: {iban_de}. {tax_refund} wäre super 😅 LG {first}",
    "Kurze Frage zur {tax_form}: meine Frau war das ganze Jahr in {{TREATMENT:Psychotherapie|Verhaltenstherapie|Traumatherapie}}, Fahrten dahin ({commuting_distance}) – kann man das absetzen? Ihre Steuer-ID ist {steuer_id}.",
    "Die Belege zu {home_office_flat} und {commuting_distance} habe ich hochgeladen. ELSTER-Transferticket {elster_transfer}. Rückruf: {mobile}",
    "Grüezi, für die Steuererklärung brauche ich die AHV-Nummer meines Mannes: {ahv}. Abzug Krankheitskosten: {{TREATMENT:Physiotherapie|Zahnspange|Hörgeräteversorgung|Lasik}} {amount}.",
    "Servus, Arbeitnehmerveranlagung {tax_year}: Sozialversicherungsnummer {at_svnr}, Pendlerpauschale ({commuting_distance}). Bitte an {email}.",
    "Die Frist ({tax_deadline}) schaffe ich nicht, bin seit {period_dative} krankgeschrieben ({{DIAGNOSIS:Burn-out|Depression|Bandscheibenvorfall|Long Covid}}). Können Sie Fristverlängerung beantragen? Steuernummer {steuernummer}",
    "Unterhalt an meine Mutter im Pflegeheim: Ihre Steuer-ID {steuer_id}, meine {steuer_id}. Sie hat {{DIAGNOSIS:Demenz|Alzheimer|vaskuläre Demenz}}, Heimkosten {care_home_fee}.",
]

TAX_CLEAN = [
    "Bis wann muss die Erklärung für {tax_year} abgegeben werden, wenn ich eine Steuerberaterin habe? Gilt {tax_deadline}?",
    "Kann man Kosten für einen [[health_course:Rauchfrei-Kurs]] steuerlich absetzen? Ganz allgemein gefragt.",
    "Stimmt {home_office_flat} auch für dieses Jahr? Ich arbeite {working_hours}.",
    "Was kostet bei Ihnen eine Erklärung mit {tax_form}? Nur eine grobe Hausnummer bitte.",
    "Hab den Bescheid bekommen, {tax_refund}. Ist das plausibel bei {salary}?",
    "Welche Unterlagen braucht ihr für {tax_form}? Ich habe {donation_receipt} von [[health_charity:Deutsche Herzstiftung]].",
]

HR = [
    "Hallo {hr}, anbei: {hr_document}. Steuer-ID {steuer_id}, Sozialversicherungsnummer {rvnr}, Krankenkasse TK, Versichertennummer {kvnr}. IBAN für das Gehalt: {iban}.",
    "Hiermit melde ich mich krank, voraussichtlich bis {date}. Die AU kommt digital. Personalnummer {personnel_number}.",
    "Guten Tag, ich habe {{DIAGNOSIS:Epilepsie|Diabetes Typ 2|Multiple Sklerose|Tinnitus|Morbus Crohn}} und einen GdB von 50. Muss ich das angeben ({hr_document})? Stelle {job_reference}.",
    "Bewerbung als {health_job_title} ({job_reference}) – Lebenslauf im Anhang. Erreichbar unter {mobile} oder {email}. Gehaltsvorstellung {salary}.",
    "Liebe Kolleginnen vom Lohnbüro, mein Rentenversicherungsnummer ist {rvnr:spaced}, meine neue Adresse {street} {house_number}, {postcode} {city}.",
    "Ich brauche für die Wiedereingliederung nach meiner {{TREATMENT:Reha|Chemotherapie|Hüft-OP|Anschlussheilbehandlung}} einen Termin mit dem Betriebsarzt. Personalnummer {personnel_number}, Telefon {phone}",
    "Hallo, bei meiner Lohnabrechnung {payroll_period} fehlen {overtime}. Bitte korrigieren. {name}, Kostenstelle {cost_centre}",
    "Für das BEM-Gespräch: Ich war wegen {{DIAGNOSIS:Depression|Angststörung|Burn-out|Bandscheibenvorfall|Rheuma}} {period} ausgefallen. Am liebsten {interview_slot}.",
    "Neue Bankverbindung fürs Gehalt ab {month}: {iban:middle_dots}. Danke! {first} (Personalnr. {personnel_number})",
    "Sehr geehrte Damen und Herren, als Schwerbehinderte ({{DIAGNOSIS:Hörsturz|Schwerhörigkeit|Makuladegeneration|Grüner Star}}) beantrage ich zusätzliche Urlaubstage. Aktuell {vacation_days}. Personalnr. {personnel_number}",
    "Hi, für das Vorstellungsgespräch {interview_slot} – kann ich wegen {{DIAGNOSIS:Schwerhörigkeit|Tinnitus|Autismus}} die Fragen vorab schriftlich bekommen? {email}",
    "Meine Ausweisnummer für die Zugangskarte: {ausweis}. Schichtplan {shift_pattern} passt, Start {date}.",
    "Hallo Frau {last}, anbei die Bescheinigung über meine {{TREATMENT:Mutter-Kind-Kur|Reha|Entzugsbehandlung}} ab {date} ({period}). Urlaubskonto bitte nicht belasten. Personalnummer {personnel_number}.",
    "Pflegezeit-Antrag: Meine Mutter hat nach einem {{DIAGNOSIS:Schlaganfall|Herzinfarkt}} {care_level_generic} bekommen, ich möchte {period} reduzieren. Tel. {landline}",
]

HR_CLEAN = [
    "Wie viele Urlaubstage habe ich noch? Laut Portal {vacation_days}, stimmt das?",
    "Gilt in der Probezeit ({probation_period}) schon die {notice_period}?",
    "Wann ist die Gehaltserhöhung für {pay_grade} fällig? Ich bin seit {year} dabei.",
    "Bietet ihr dieses Jahr wieder den [[health_course:Kurs Stressbewältigung]] im Rahmen vom BGM an?",
    "Für die Stelle {job_reference} als [[health_job_title:Medizinische Fachangestellte]] in der [[clinic_department:Kardiologie]]: ist Teilzeit möglich?",
    "Ich finde das Dokument „{hr_document}“ nicht mehr im Intranet, könnt ihr mir den Link schicken?",
    "Wie wird bei {shift_pattern} die Nachtzulage berechnet? Ich bin in {pay_grade}.",
]

FRAUD = [
    "Hilfe, auf meiner Karte sind Abbuchungen von {merchant_descriptor} über {amount}, die ich nicht gemacht habe! Karte {card}, bitte sofort sperren. Rückruf {mobile}",
    "Ich habe auf eine SMS ({scam_type}) geklickt und auf {phishing_url} meine Kartendaten eingegeben: {card}, {exp}, Prüfnummer {cvc}. Was jetzt??",
    "Sehr geehrte Damen und Herren, es gab eine verdächtige Anmeldung ({login_location}) auf meinem Konto, Gerät {device_name}. IBAN {iban}. Ich habe das Passwort geändert ({fraud_case}).",
    "Meine Mutter ([[age:81]]) ist auf eine Betrugsmasche reingefallen ({scam_type}) und hat {amount} überwiesen an {iban}. Bitte Rückruf, sie hat {{DIAGNOSIS:Demenz|Alzheimer}} und versteht das nicht. Meine Nummer {phone}",
    "Karte gesperrt, {card_block_ref}. Bitte neue Karte an: {name}, {street} {house_number}, {postcode} {city}. Ich bin {period} in der {{TREATMENT:Reha|Anschlussheilbehandlung}}, deshalb bitte nicht persönlich abholen.",
    "Hallo {fraudbank}, Lastschrift von {merchant_descriptor} zurückgeben bitte. Mein Konto: {iban:dashes}, Mandatsreferenz {mandate_reference}.",
    "jemand hat sich als Bankmitarbeiter ausgegeben und die TAN {tan_code} abgefragt, ich hab sie leider gesagt. Konto {iban}, Tel {mobile}",
    "Chargeback für Umsatz vom {date}, {auth_code}, Karte endet auf {card_last4}. Händler: {merchant_descriptor}. Meine Mail {email}",
    "Guten Tag, ich liege im Krankenhaus ({{TREATMENT:Chemotherapie|Dialyse|Herzkatheter|Bestrahlung}}) und kann nicht in die Filiale. Kann meine Tochter {firstname_f} {last} den Betrugsfall ({fraud_case}) für mich klären? Ihre Nummer {phone}",
    "Unbekannte Überweisung auf mein Konto von {iban}, Verwendungszweck '{reference_number}', danach Anruf von {phone} ob ich zurücküberweisen kann. Betrug?",
    "Neue Karte ist da, aber das Gerät {device_name} ist immer noch freigegeben. Bitte entfernen. Kundennummer {customer_number}",
]

FRAUD_CLEAN = [
    "Woran erkenne ich, ob eine SMS von euch echt ist? Ich hab eine mit {phishing_url} bekommen.",
    "Ist {block_hotline} auch am Wochenende erreichbar?",
    "Wie lange dauert ein Chargeback normalerweise? Fall {chargeback_ref}.",
    "Kann ich in der App Auslandseinsätze sperren? Ich fliege am {date} nach {city}.",
    "Was genau ist mit „{scam_type}“ gemeint? Meine Oma hat davon in der Zeitung gelesen und ist verunsichert.",
    "Warum wurde die Zahlung an {merchant_descriptor} abgelehnt? {auth_code}",
]

MARKET = [
    "Hi, ist der Rollator noch da? ({listing_id}, {asking_price}). Meine Oma hat {{DIAGNOSIS:Arthrose|Parkinson|Osteoporose}} und braucht einen leichten. Tel {mobile}",
    "Hallo, ich verkaufe eine Milchpumpe ({item_condition}), {asking_price}. Bei Interesse: {email}",
    "Käufer will, dass ich auf Link klicke und meine Kartendaten eingebe: Karte {card} ... hab ich schon gemacht 😩 Anzeige {listing_id}, {market18} Support bitte helfen!",
    "Sie haben mein Geld für Artikel {ebay_item_number} noch nicht freigegeben. Bitte auf {iban} auszahlen. Nutzername {user_handle}.",
    "Verkaufe ungeöffnete {{MEDICATION:Ozempic|Insulin|Lantus|Wegovy}}-Pens, brauche sie nach Therapiewechsel nicht mehr, {asking_price} ... darf man das hier überhaupt? Kontakt {mobile}",
    "Hallo, Blutzuckermessgerät gekauft ({listing_id}), Versand per {parcel} {tracking_dhl}. Das Gerät ist kaputt. Bitte Geld zurück auf PayPal {email}.",
    "Hey, ich hab {{DIAGNOSIS:Nickelallergie|Kontaktallergie}} – ist der Schmuck ({listing_id}) wirklich nickelfrei? Sonst brauch ich ihn nicht. LG",
    "Artikel {listing_id}, Abholung bei mir: {street} {house_number}, {city}. Klingeln bei {last}, Handy {mobile:spaced}",
    "Ich wurde auf {market18} betrogen, Zahlung an IBAN {iban}, Betrag {amount}. Anzeige ist gemacht, Aktenzeichen {police_report_ref}.",
    "Bitte den Käuferschutz-Fall {paypal_case} schließen, Ware kam an. Mein Konto: {email:klammeraffe}",
    "Verkaufe Kompressionsstrümpfe {compression_class}, {item_condition}, passt nicht mehr nach der {{TREATMENT:Lymphdrainage|Kompressionstherapie|Schlauchmagen-OP}}. {asking_price}",
]

MARKET_CLEAN = [
    "Ist der Kinderwagen ({listing_id}) noch zu haben? {asking_price} wäre ok.",
    "Versand mit {shipping_label_code} klappt nicht, der Automat sagt {error_code}.",
    "Wie lange dauert die Auszahlung auf mein Bankkonto normalerweise? Verkauft habe ich am {date}.",
    "Verkaufe Brettspiel „Doktor Bibber“ ({item_condition}) und ein [[medical_device_product:Omron M500]], unbenutzt, originalverpackt. Preis {asking_price}.",
    "Hallo, gibt es das Buch [[fiction_health:Der eingebildete Kranke]] noch? {asking_price}?",
    "Kann ich einen Artikel nachträglich reduzieren, wenn schon jemand ein Angebot gemacht hat?",
    "Wurde das Paket {tracking_hermes} schon abgeholt? Status hängt seit {date}.",
]

FOOD = [
    "Bestellung {delivery_order_id}: Ich hatte extra geschrieben, dass ich {{DIAGNOSIS:Erdnussallergie|Nussallergie|Zöliakie|Sesamallergie}} habe, und im Curry waren Erdnüsse. Ich musste mein {{MEDICATION:Epipen|Fenistil|Cetirizin}} nehmen. Meldet euch: {mobile}",
    "Fahrer hat {menu_item} nicht geliefert, bitte {amount} auf die Karte zurück, endet auf {card_last4}. Mail: {email}",
    "Hallo, bitte Rechnung an {company}, USt-IdNr. {ustid}, Bestellung {delivery_order_id}.",
    "mir ist nach eurem Essen total schlecht, {{SYMPTOM:Erbrechen|Durchfall|Übelkeit|Magenkrämpfe}} seit {time}. Bestellung {delivery_order_id}, Restaurant bitte informieren!!",
    "Ich zahle ab jetzt mit neuer Karte: {card_mc}, gültig {exp}, Sicherheitscode {cvc}. Lieferadresse bleibt ({street} {house_number}).",
    "Kurier hat geklingelt, ich konnte wegen {{DIAGNOSIS:Beinbruch|Hüftfraktur|Bänderriss}} nicht schnell genug runter. Bitte künftig anrufen: {phone:hyphen_words}",
    "Gutschein {voucher_code} wurde nicht abgezogen, {delivery_fee} war trotzdem drauf. Konto: {email}",
    "Essen kam kalt, {delivery_eta} statt 30 Min. Erstattung bitte auf {iban}",
]

FOOD_CLEAN = [
    "Sind Gerichte mit Hinweis „{food_allergen_info}“ extra markiert? Plane ein Büro-Mittagessen.",
    "Wo sehe ich Gebühren wie {delivery_fee} vor dem Bestellen?",
    "Kann man das {tip_amount} nachträglich ändern?",
    "Liefert ihr auch nach {postcode}? Die App sagt, ihr seid {distance}.",
    "Bestellung {delivery_order_id} ist seit {delivery_eta} unterwegs, kann man den Fahrer orten?",
    "Gibt es bei euch [[food_allergen_info:histaminarme]] Gerichte? Frage für einen Artikel über Lieferdienste.",
]

TRANSIT = [
    "Widerspruch gegen {fare_evasion_ref}: Ich hatte ein {ticket_product}, konnte es aber wegen {{SYMPTOM:Kreislaufkollaps|Ohnmacht|Panikattacken|Schwindel}} nicht rechtzeitig zeigen. (Kontrolle: {inspector_id}). Meine Anschrift: {street} {house_number}, {postcode} {city}.",
    "Ich habe einen Schwerbehindertenausweis wegen {{DIAGNOSIS:Epilepsie|Multiple Sklerose|Zerebralparese|Blindheit}}. Die Forderung ({penalty_fare}) ist also ungerechtfertigt ({fare_evasion_ref}). Tel. {phone}",
    "Den Betrag ({penalty_fare}) habe ich überwiesen von {iban}. Bitte Bestätigung an {email}.",
    "Hallo {transit}, das Abo-Ticket meiner Tochter war im Automaten an der {stop_name} nicht lesbar. Abo-Nr. {abo_number}, Geburtsdatum {birth_date}.",
    "Mein {ticket_product} wurde doppelt abgebucht: Konto {iban:spaced}, Kundennummer {customer_number}.",
    "Beim Aussteigen an der {stop_name} bin ich gestürzt ({{DIAGNOSIS:Knöchelbruch|Handgelenksbruch|Platzwunde|Schleudertrauma}}), der Bus {route_number} fuhr einfach los. Bitte um Kontakt {mobile}",
    "Grüezi, ich habe eine Busse erhalten ({fare_evasion_ref}), aber mein Halbtax war gültig. Natel {phone_ch}",
    "Antrag auf Erstattung Monatskarte {month}: ich war {period} wegen {{TREATMENT:Reha|Chemotherapie|Hüft-OP|Knie-OP}} nicht fahrfähig, Attest anbei. Abo-Nr. {abo_number}. Bankverbindung {iban}.",
]

TRANSIT_CLEAN = [
    "Gilt das {ticket_product} auch in der {tariff_zone}?",
    "Wo kann ich Widerspruch einlegen ({penalty_fare})? Ich habe die {fare_evasion_ref}.",
    "Fährt die {route_number} am Feiertag nach Sonntagsfahrplan?",
    "An der {stop_name} ist der Aufzug seit {period_dative} kaputt, wann wird das repariert?",
    "Warum kostet das {ticket_product} jetzt mehr? Ich zahle {amount}.",
]

CLINICBOT = [
    "Terminbuchung {clinicbot}: Grund des Besuchs: {symptom}. Versichertennummer {kvnr}, Handy {mobile}. Wunschtermin {date}.",
    "Ich brauche ein Folgerezept für {med} und {med}. {bot_menu_option}. Geburtsdatum {birth_date}, Name {name}.",
    "Hallo, ich bin Neupatientin. Vorerkrankungen: {diag}, {diag}. Aktuelle Medikamente: {med} {rx_strength}. Kasse Barmer, Nr. {kvnr}. Mail {email}",
    "Chatbot versteht mich nicht: ICH BRAUCHE EINEN TERMIN WEGEN {symptom:uppercase}!!! Bitte Rückruf {phone} – laut Bot: {waiting_time}",
    "Grund: Überweisung zur {{TREATMENT:Darmspiegelung|Magenspiegelung|Mammographie|MRT|Physiotherapie}} abholen. {bot_menu_option}. Tel {landline}",
    "Termin {appointment_id} absagen bitte, mein Sohn hat {{DIAGNOSIS:Magen-Darm-Grippe|Scharlach|Windpocken|Mittelohrentzündung}}. Neuer Termin gern ab {date}.",
    "Ich möchte die Befunde vom {date} ({icd}) per Mail bekommen: {email}. Versichertennummer {kvnr:dashes}.",
    "sorry bin zu spät dran, {waiting_time} ist mir zu lang, ich hab {{SYMPTOM:Fieber|Schüttelfrost|Ohrenschmerzen|Halsschmerzen}}, kann ich stattdessen Videosprechstunde? {mobile}",
    "Grüezi, ich brauche ein Rezept für {{MEDICATION:Ibuprofen 600|Novalgin|Sumatriptan|Triptane}} wegen {{DIAGNOSIS:Migräne|Migrene|Kniearthrose}}. AHV-Nummer {ahv}, Natel {phone_ch}",
    "Servus, e-card Nummer {at_svnr}, Termin in der Ordination wegen {{SYMPTOM:Rückenschmerzen|Kreuzweh|Nackenschmerzen|Hexenschuss}}. Geht {weekday} um {time}?",
    "Laborwerte vom {date} bitte an meine Mail {email:braced}. Es geht um die Kontrolle bei {{DIAGNOSIS:Hashimoto|Schilddrüsenunterfunktion|Eisenmangel|Vitamin-B12-Mangel}}.",
    "Ich war bei Ihnen wegen {injury}, der Bot will jetzt meine Versichertennummer: {kvnr}",
    "Option Rezeptbestellung: {{MEDICATION:L-Thyroxin|Metformin|Bisoprolol|Pantoprazol|Candesartan}} {rx_strength}, {pack_size}. Abholung in der Praxis. {name}, geb. {birth_date}",
]

CLINICBOT_CLEAN = [
    "Hat die Praxis am {weekday} Nachmittag geöffnet? {opening_hours}?",
    "Der Bot sagt {waiting_time} – gilt das auch für neue Patienten?",
    "Kann ich über den Bot auch einen Termin für eine Impfberatung buchen? Es geht um [[generic_health_topic:Reiseimpfungen für Kenia]], allgemein.",
    "Der Chatbot hängt bei {bot_menu_option}, es kommt {error_code}.",
    "Wo parke ich am besten, wenn ich zur Praxis im {clinic_floor} will?",
    "Nimmt die Praxis noch neue Patienten an? Wir sind neu in {postcode} {city}.",
    "Gibt es einen Aufzug? Meine Frage ist nur wegen Kinderwagen.",
]

CAREHOME = [
    "Guten Tag, meine Mutter wohnt im {wing_name}, Zimmer {room_number}. Sie bekommt seit {period_dative} {{MEDICATION:Quetiapin|Risperidon|Lorazepam|Tavor|Donepezil}}, davon ist sie sehr müde. Können wir mit dem Arzt sprechen? {phone}",
    "Bitte den Eigenanteil ({care_home_fee}) ab {month} von diesem Konto abbuchen: {iban}, Kontoinhaber {name}.",
    "Hallo {carehome18}, mein Vater hat {{DIAGNOSIS:Demenz|Alzheimer|Parkinson|vaskuläre Demenz}} und läuft nachts weg. Gibt es bei Ihnen einen beschützten Bereich, Aufnahme ab {date}? Kontakt: {email}",
    "Die Wäsche meines Vaters ist gekennzeichnet ({laundry_number}), seine Hemden fehlen schon wieder. Tel. {mobile}",
    "Meine Oma hatte im Heim einen Sturz, jetzt {{DIAGNOSIS:Oberschenkelhalsbruch|Hüftfraktur|Handgelenksbruch|Rippenbruch}}. Wer haftet? Ihre Krankenversichertennummer {kvnr}, Zimmer {room_number}.",
    "Heimvertrag {contract_number}: Rechnung bitte an mich als Betreuer, {name}, {street} {house_number}, {postcode} {city}, {email}",
    "Hallo, ist es normal, dass meine Mama seit Tagen {{SYMPTOM:Verwirrtheit|Orientierungslosigkeit|Halluzinationen|Fieber}} hat? Niemand ruft mich zurück. {phone}",
    "Laut Aushang gilt {visiting_hours}, ich kann aber wegen meiner eigenen {{TREATMENT:Dialyse|Chemotherapie|Strahlentherapie}} nur vormittags. Geht das ausnahmsweise?",
    "Für die Aufnahme brauchen Sie: Sozialversicherungsnummer {at_svnr}, e-card liegt bei. Diagnose laut Arztbrief: {icd}.",
    "Die Rechnung für die Fußpflege bitte an {email:uri}, Zimmer {room_number}.",
]

CAREHOME_CLEAN = [
    "Haben Sie im Moment freie Plätze im {wing_name}? Letztes Mal hieß es {waiting_time}.",
    "Wie hoch ist der {care_home_fee} ungefähr bei {care_level_generic}? Nur zur Planung.",
    "Dürfen Haustiere zu Besuch kommen? Unser Hund ist geimpft, [[pet_health:Tollwutimpfung für den Hund]] ist im Heimtierausweis eingetragen.",
    "Gibt es am Sonntag im Haus etwas wie {service_time}?",
    "Wir würden gern beim Sommerfest am {date} helfen, ab wann braucht ihr Leute?",
    "Bietet ihr für Angehörige Infoabende zu [[generic_health_topic:Demenz im Alltag]] an?",
]

OPTIC = [
    "Meine neue Brille ({frame_model}) ist fertig? Werte rechts {lens_spec}, ich habe {{DIAGNOSIS:Hornhautverkrümmung|Kurzsichtigkeit|Weitsichtigkeit|Grauer Star}}. Bitte Nachricht an {mobile}.",
    "Kontaktlinsen-Abo ({lens_subscription}): Bitte von neuer Karte abbuchen, {card_visa}, {exp}.",
    "Hallo, mein Hörgerät ({hearing_aid_model}) pfeift ständig. Ich habe {{DIAGNOSIS:Schwerhörigkeit|Tinnitus|Morbus Menière}} und bin ohne Gerät aufgeschmissen. Rückruf an meine Tochter: {phone}",
    "Hörgeräte-Akustiker {hearing18}: Kostenvoranschlag für die Krankenkasse bitte an {email}. Versichertennummer {kvnr}.",
    "Brauche ich nach der {{TREATMENT:Grauer-Star-OP|Katarakt-OP|Lasik|Augenlaser-OP}} eine neue Brille? Termin beim {optic18} am {date}.",
    "Ich hatte beim Sehtest {{SYMPTOM:Doppelbilder|verschwommenes Sehen|Sehstörungen|Lichtempfindlichkeit}}, der Optiker sagt ich soll zum Augenarzt. Kann ich den Gutschein ({eye_test_voucher}) trotzdem nutzen? Mail {email}",
    "Batterien ({hearing_battery}) bitte an {street} {house_number}, {postcode} {city} schicken. Bezahlung per Lastschrift {iban}.",
    "Servus, Brille für meinen Sohn mit {{DIAGNOSIS:Schielen|Kurzsichtigkeit}}, Fassung {frame_size}. Kostenübernahme ÖGK, SV-Nr. {at_svnr}",
]

OPTIC_CLEAN = [
    "Was kostet ein {eye_test_voucher} bei euch? Und gibt es {lens_subscription}?",
    "Habt ihr die Fassung {frame_model} auch in Schwarz?",
    "Wie lange halten Hörgerätebatterien {hearing_battery} ungefähr?",
    "Ist das Geschäft in {city} am Samstag offen? {opening_hours}?",
    "Bieten Sie Sehtests für Führerscheinbewerber an? Ich mache gerade {license_class}.",
]

DENTAL = [
    "Laut {hkp_number} für {{TREATMENT:Zahnimplantat|Wurzelbehandlung|Parodontosebehandlung|Weisheitszahn-OP}} an {tooth_number}: Eigenanteil {amount}. Ratenzahlung von {iban} möglich?",
    "Hallo, ich habe seit gestern extreme {{SYMPTOM:Zahnschmerzen|Zahnweh|Kieferschmerzen}}, die Wange ist geschwollen. Bekomme ich heute noch einen Notfalltermin? {mobile}",
    "Wir waren am {date} bei {dental18}, unser Kind hat {{DIAGNOSIS:Karies|Zahnfleischentzündung|Kieferfehlstellung}}. Die Rechnung bitte an {email}, {bonus_booklet} liegt vor.",
    "Ich nehme {{MEDICATION:Marcumar|Eliquis|Xarelto|ASS 100|Clopidogrel}}, muss ich das vor der {{TREATMENT:Weisheitszahn-OP|Wurzelbehandlung|Parodontosebehandlung}} absetzen? Termin {appointment_id}",
    "{{TREATMENT:Zahnspange|feste Zahnspange}} ({aligner_stage}), es drückt extrem. Können Sie anrufen: {phone}",
    "Bitte die Rechnung über {amount} per Karte: Mastercard {card_mc}, gültig bis {exp}, Kartenprüfnummer {cvc}.",
    "Ich habe {{DIAGNOSIS:Parodontitis|CMD|Craniomandibuläre Dysfunktion}}, die Schiene ist gebrochen. Versichertennummer {kvnr}, Handy {mobile}, Termin {appointment_id}",
    "Grüezi, die Zahnarztrechnung ({amount}) bitte per Einzahlungsschein, nicht per Karte. Adresse {street} {house_number}, {city}, Natel {phone_ch}",
]

DENTAL_CLEAN = [
    "Wie oft übernimmt die Kasse die Zahnreinigung? Ganz allgemein, {bonus_booklet} habe ich.",
    "Gibt es bei Ihnen Termine am Samstag? {opening_hours}?",
    "Was ist der Unterschied zwischen {bonus_booklet} und ohne Bonusheft?",
    "Mein Sohn verliert gerade den ersten Milchzahn, ist das mit 5 normal? 😊",
    "Kann ich den Termin {appointment_id} auf {date} verschieben?",
]

KIWU = [
    "Hallo {kiwu}, für den {{TREATMENT:IVF-Zyklus|Kryotransfer|IVF-Versuch}} im {month} brauchen Sie noch die Kostenübernahme. Versichertennummer meiner Frau {kvnr}, meine {kvnr}.",
    "Ich habe heute mit {{MEDICATION:Gonal-f|Menopur|Clomifen|Letrozol}} angefangen, jetzt {{SYMPTOM:Bauchschmerzen|Übelkeit|Wassereinlagerungen|Kopfschmerzen}} – ist das normal? Bitte um Rückruf {mobile}",
    "Rechnung für {{TREATMENT:ICSI|IVF|Insemination|Eizellentnahme|Embryotransfer|Social Freezing}}: {amount}. Zahlung per Überweisung von {iban}, Verwendungszweck {invoice_number}.",
    "Befund vom {date}: {{DIAGNOSIS:Endometriose|PCOS|Eileiterverschluss|Unfruchtbarkeit|Myom}}. Kann ich die Unterlagen als PDF an {email} bekommen?",
    "Wir hatten {{DIAGNOSIS:Fehlgeburt}} im {month} und möchten jetzt neu starten. Termin gern {weekday}. Kontakt {phone}",
    "Auslöserspritze {{MEDICATION:Ovitrelle|Progesteron|Utrogest}} um {time}? Bitte kurz bestätigen, {mobile}",
    "{{TREATMENT:Social Freezing}} Lagergebühr {amount}: Lastschrift von {iban:spaced}, Mandatsreferenz {mandate_reference}.",
]

KIWU_CLEAN = [
    "Bieten Sie Infoabende an, z. B. in {calendar_week}? Wir interessieren uns allgemein für das Thema Kinderwunsch.",
    "Was kostet die Lagerung pro Jahr? Nur als Information für einen Vortrag.",
    "Ist die Praxis in den Sommerferien geöffnet? {opening_hours}?",
    "Wo ist der Eingang, {clinic_floor}?",
]

CLUB = [
    "Mitgliedsantrag {sportclub}: {name}, geb. {birth_date}, IBAN für den Beitrag ({membership_fee}): {iban}. Mail {email}",
    "Hallo Trainer, {first} kann {period} nicht zum Training, {{DIAGNOSIS:Bänderriss|Muskelfaserriss|Meniskusriss|Kreuzbandriss|Schlüsselbeinbruch}} beim Spiel am {weekday}. Er macht jetzt {{TREATMENT:Physiotherapie|Krankengymnastik|Manuelle Therapie|Reha-Sport}}.",
    "Bitte Beitrag ruhen lassen, ich habe {{DIAGNOSIS:Long Covid|Herzrhythmusstörungen|Vorhofflimmern|Lungenembolie}} und darf laut Kardiologe keinen Sport. Mitgliedsnr. {club_member_id}",
    "Für die Wettkampflizenz brauche ich das Sportattest ({player_pass_number}). Ich nehme {{MEDICATION:Salbutamol|Symbicort|Ritalin}} – steht das auf der Dopingliste? {email}",
    "Unser Sohn hat {{DIAGNOSIS:Epilepsie|Diabetes|Asthma|Hämophilie}}, darf er trotzdem ins Schwimmtraining ({training_slot})? Handy Mama {mobile}",
    "Kündigung zum Jahresende, Mitgliedsnummer {club_member_id}. Grund: {{TREATMENT:Knie-OP|Hüft-OP|Knieprothese}} und danach kein Tennis mehr. Bitte Bestätigung an {email}",
    "Neue Kontoverbindung für den Vereinsbeitrag ({membership_fee}): {iban_ch}, Kontoinhaber {name}. Merci vielmal!",
    "Beim Spiel am {date} ({match_score}) hat sich {first} verletzt, Diagnose: {{DIAGNOSIS:Gehirnerschütterung|Platzwunde|Nasenbeinbruch|Fingerbruch}}. Unfallmeldung an die Versicherung mit seiner Steuer-ID? Wir haben {steuer_id}",
]

CLUB_CLEAN = [
    "Wann ist das Training der {league} in den Ferien? {training_slot}?",
    "Gibt es noch Trikots mit {jersey_number}?",
    "Wie hoch ist der Beitrag für Familien? {membership_fee}?",
    "Bietet der Verein einen [[health_course:Herz-Lungen-Wiederbelebung für Laien]]-Kurs für Trainer an?",
    "Wer spendet beim Sommerfest an [[health_charity:DKMS]]? Wir sammeln für die Typisierungsaktion.",
    "Das Spiel am {weekday} endete {match_score}, stimmt das Ergebnis im Portal?",
    "Ist {court_number} am Samstag frei?",
]

CHURCH = [
    "Hallo {church}, bitte für den Sonntag eine Fürbitte für meine Schwester {firstname_f}, sie hat {{DIAGNOSIS:Krebs|Brustkrebs|Leukämie|Hirntumor}} und beginnt die {{TREATMENT:Chemotherapie|Chemo|Bestrahlung}}. Danke, {name}",
    "Ich möchte aus der Kirche austreten, Steuer-ID {steuer_id}. {church_tax_rate} ist mir zu viel.",
    "Taufe unseres Sohnes am {date} in {parish_name}. Bitte Rückruf wegen der Taufpaten: {phone}",
    "Krankenkommunion für meinen Vater, er hat {{DIAGNOSIS:Parkinson|Demenz|Herzinsuffizienz|COPD}} und kann nicht mehr aus dem Haus. Adresse {street} {house_number}, Tel. {landline}",
    "Spende ({amount}) für die Orgelsanierung bitte mit Zuwendungsbestätigung an {email}. Überweisung kam von {iban}.",
    "Trauergespräch: meine Mutter ist an {{DIAGNOSIS:Bauchspeicheldrüsenkrebs|Lungenkrebs|Herzinfarkt|Schlaganfall|Sepsis}} gestorben. Beerdigung gewünscht {weekday}, Lied {hymn_number}. Mein Handy {mobile}",
    "Kirchenbeitrag: bin seit {year} in Pension, Sozialversicherungsnummer {at_svnr}, bitte Ermäßigung prüfen. Pfarre Maria Hilf",
]

CHURCH_CLEAN = [
    "Stimmt es, dass am Heiligabend {service_time} ist? Gibt es eine Krippenfeier?",
    "Ist das Pfarrbüro in den Ferien besetzt? {opening_hours}",
    "Wir suchen Lied {hymn_number} für die Hochzeit, ist das im Gotteslob?",
    "Sammelt die Gemeinde diesen Sonntag für [[health_charity:Ärzte ohne Grenzen]]?",
    "Gilt {church_tax_rate} auch in Bayern?",
    "Darf man in {parish_name} auch als Nicht-Mitglied heiraten?",
]

LIBRARY = [
    "Mein Leseausweis {library_card_number} ist abgelaufen. Adresse neu: {street} {house_number}, {postcode} {city}. Mail {email}",
    "Kann die Säumnisgebühr ({overdue_fee}) erlassen werden? Ich lag {period} im Krankenhaus wegen {{DIAGNOSIS:Lungenentzündung|Herzinfarkt|Schlaganfall|Sepsis}}.",
    "Ich habe {{DIAGNOSIS:Makuladegeneration|Grüner Star|Glaukom|Grauer Star}} und kann kaum noch lesen. Gibt es Hörbücher über {ebook_platform}? Ausweis {library_card_number}, Tel. {landline}",
    "Bitte die Bücher für meinen Sohn verlängern ({loan_period}), er hat {{DIAGNOSIS:Legasthenie|Dyskalkulie|ADHS}} und liest langsam. Ausweis {library_card_number}.",
    "Mahnung ({overdue_fee}) per Karte zahlen: {card}, gültig {exp}.",
    "Fernleihe: {isbn}. Benachrichtigung an {mobile}.",
]

LIBRARY_CLEAN = [
    "Habt ihr [[fiction_health:Die Pest]] von Camus als Hörbuch? {shelf_mark}",
    "Wo finde ich Bücher mit {shelf_mark}? Im Katalog steht Magazin.",
    "Ist die {ebook_platform} gerade gestört? Ausleihe geht nicht, {error_code}.",
    "Gibt es in der Stadtbibliothek Ratgeber zu [[generic_health_topic:gesunde Ernährung bei Kindern]]? Suche für einen Elternabend.",
    "Wann ist die Bibliothek zwischen den Jahren offen? Ich muss {isbn} zurückgeben.",
    "Kann ich {isbn} vormerken? Ich bin {waitlist_position}.",
    "Gibt es [[fiction_health:Charité]] (die Serie) auf DVD? Oder nur [[fiction_health:In aller Freundschaft]]?",
]

CITY = [
    "Antrag Schwerbehindertenausweis: Diagnosen {diag} und {diag}. Bitte Bescheid an {email}, Tel. {phone}",
    "Parkausweis für Behinderte für meinen Mann ({{DIAGNOSIS:Multiple Sklerose|Querschnittlähmung|Parkinson|Herzinsuffizienz}}). Kennzeichen {licence_plate}, Personalausweis {ausweis}.",
    "Ummeldung: neue Adresse {street} {house_number}, {postcode} {city}. Reisepass {reisepass}, Personalausweis {ausweis}.",
    "Hundesteuer: Hund {pet} ({dog_tax_tag}), Lastschrift bitte von {iban}.",
    "Bewohnerparkausweis ({parking_zone}), Kennzeichen {licence_plate}. Zahlung {amount} ist von {iban} raus.",
    "Servus, Meldezettel für meine Oma, sie kommt nach der {{TREATMENT:Reha|Hüft-OP|Anschlussheilbehandlung}} zu uns. SV-Nummer {at_svnr}",
    "Grüezi, ich brauche eine Wohnsitzbestätigung für den Zügeltermin am {date}. AHV {ahv}, Telefon {phone_ch}",
    "Standesamt: Sterbeurkunde für meinen Vater, Todesursache laut Schein {icd}. Bitte {death_certificate_count}, Rechnung an {email}.",
    "Zum Bauantrag ({building_permit_ref}): ich bin für Rückfragen unter {mobile} erreichbar. Rampe wegen {{DIAGNOSIS:Zerebralparese|Muskeldystrophie|Spina bifida}} unseres Sohnes geplant.",
    "Gewerbeanmeldung: Steuer-ID {steuer_id}, USt-IdNr. {ustid}, Handelsregister {commercial_register}.",
]

CITY_CLEAN = [
    "Welche Unterlagen brauche ich für einen neuen Reisepass? Termin am {date}.",
    "Ist das Bürgeramt am {weekday} geöffnet?",
    "Wie teuer ist der Bewohnerparkausweis für {parking_zone}?",
    "Bis wann muss die {bin_size} draußen stehen? {collection_day}?",
    "Gibt es im Rathaus einen Defibrillator? Wir organisieren einen [[health_course:Erste-Hilfe-Kurs]] für Vereine.",
    "Wer ist zuständig für {building_permit_ref}?",
    "Wann kommt die Sperrmüllabfuhr? {postcode}.",
]

WATER = [
    "Wasserzählerstand: {meter_reading}, Zähler {meter_number}, Kundennummer {utility_customer_number}. Rückfragen {landline}",
    "Bitte eine zusätzliche Tonne für Pflegeabfälle, meine Frau hat {{DIAGNOSIS:Inkontinenz|Harninkontinenz|Demenz}}. Adresse {street} {house_number}, {postcode}.",
    "Entsorgung von Spritzen ({{MEDICATION:Insulinpens|Thrombosespritzen|Hormonspritzen}}) – darf das in die {bin_size}? Meine Nummer {mobile}",
    "Müllgebühren bitte von neuem Konto: {iban}, Objekt {street} {house_number}.",
    "Abwassergebühr {amount} zu hoch, wir waren {period} wegen {{TREATMENT:Reha|Chemotherapie|Dialyse}} nicht zu Hause. Verbrauch {gas_volume}? Kundennummer {utility_customer_number}",
]

WATER_CLEAN = [
    "{collection_day} – gilt das auch für die {bin_size}?",
    "Warum ist das Wasser in {postcode} so kalkhaltig? Härtegrad?",
    "Wann wird der Wasserzähler getauscht? {meter_number}",
    "Gibt es eine Sammelstelle für Altmedikamente? Nur allgemein, was man mit abgelaufenen Tabletten macht.",
    "Darf Laub mit [[plant_health:Sternrußtau]] in die Biotonne? Die Rosen sind voll davon.",
]

CRYPTO = [
    "KYC hängt: Personalausweis {ausweis} hochgeladen, Steuer-ID {steuer_id}. {kyc_tier}. Mail {email}",
    "Auszahlung {crypto_amount} auf {iban} fehlt seit {date}. ({exchange_uid})",
    "Ich habe an {wallet_address} gesendet ({chain_network}), kam nicht an. TX {tx_hash}. Bitte melden: {mobile}",
    "Konto wurde gehackt, {login_location}. {crypto_amount} weg. Anzeige erstattet, Tel. {phone}",
    "Servus, für die Verifizierung: Reisepass {reisepass}, Wohnsitz Wien. Auszahlung an {iban_at}.",
    "Bitte Konto schließen und Guthaben auf {iban} auszahlen. {withdrawal_fee} ist ok.",
]

CRYPTO_CLEAN = [
    "Ist {chain_network} billiger als eine Auszahlung direkt im Bitcoin-Netzwerk?",
    "Wie lange dauert eine Auszahlung auf ein deutsches Konto? Beantragt am {date}.",
    "Warum ist die Gebühr ({withdrawal_fee}) so hoch?",
    "Ich sehe bei {exchange_uid} eine {kyc_tier}-Meldung, was muss ich tun?",
    "Wie versteuere ich Gewinne aus {crypto_amount}? Allgemein gefragt.",
]

TRAVELINS = [
    "Schadensmeldung Auslandskrankenversicherung: Ich war in {hospital_abroad} wegen {{DIAGNOSIS:Blinddarmentzündung|Lungenentzündung|Nierensteine|Salmonellen|Magen-Darm-Infekt}}. Rechnung {foreign_amount}. Erstattung auf {iban}, Vertrag {policy_number}.",
    "Notfall! Meine Frau liegt in {hospital_abroad}, Verdacht auf {{DIAGNOSIS:Herzinfarkt|Schlaganfall|Lungenembolie|Thrombose}}. Bitte Rücktransport klären. Fall {assistance_case}, ich bin unter {phone} erreichbar.",
    "Reiserücktritt: wegen {{DIAGNOSIS:Bandscheibenvorfall|Gürtelrose|Pfeiffersches Drüsenfieber|Long Covid}} konnte ich nicht reisen. Attest vom {date}. Buchung {booking_code}, Kontoverbindung {iban}.",
    "Vorerkrankung {{DIAGNOSIS:Diabetes Typ 2|Bluthochdruck|Vorhofflimmern|COPD}} – bin ich trotzdem versichert ({coverage_limit})? Vertrag {policy_number}. Mail {email}",
    "Hallo {travelins18}, Sohn beim Skifahren verletzt, Diagnose {{DIAGNOSIS:Unterarmbruch|Schienbeinbruch|Kreuzbandriss|Schulterluxation}}, Behandlung {foreign_amount}. Schadennummer {claim_number}",
    "Für die Erstattung der Apotheke ({{MEDICATION:Antibiotikum|Amoxicillin|Ciprofloxacin|Imodium}}) im Urlaub: Beleg anbei, IBAN {iban:words}.",
]

TRAVELINS_CLEAN = [
    "Gilt die Auslandskrankenversicherung auch für {period} am Stück?",
    "Was bedeutet {coverage_limit} genau?",
    "Muss ich für [[generic_health_topic:Reiseimpfungen für Thailand]] extra zahlen?",
    "Ist Skifahren bei Ihnen mitversichert? Tarif {insurance_plan}.",
    "Wie lange habe ich Zeit, Rechnungen aus dem Ausland einzureichen? Vertrag {policy_number}.",
]

GARAGE = [
    "Auto {licence_plate}: {service_interval}, {inspection_due}. Rückruf an {mobile}, Abholung ab {time}.",
    "Kostenvoranschlag {quote_number} für {part_description} ok. Bezahlung per Karte: {card}, gültig {exp}.",
    "Ich habe nach einem {{DIAGNOSIS:Schlaganfall|Herzinfarkt}} eine Handgas-Umrüstung nötig. Fahrzeug {vin}, Tel. {phone}",
    "Die Werkstattrechnung ({repair_order}) bitte an {company}, USt-ID {ustid}, z. Hd. {name}.",
    "Hallo {garage}, bei der [[object_health:Fehlerdiagnose am Motor]] kam {error_code} raus. Kann ich das Auto trotzdem fahren? Ich muss morgen zur {{TREATMENT:Dialyse|Chemo|Bestrahlung|Physio}}. Handy {mobile}",
    "Ersatzwagen bitte, ich bin wegen {{DIAGNOSIS:Schleudertrauma|Rippenprellung|Schulterluxation}} nach dem Auffahrunfall eh nicht fit. Schadennummer {claim_number}, {licence_plate}.",
    "Reifenwechsel {tyre_spec}, {licence_plate}. Überweisung von {iban:dots}",
]

GARAGE_CLEAN = [
    "[[object_health:Motor läuft unrund]] beim Kaltstart, {odometer}. Was könnte das sein?",
    "Was kostet ungefähr: {service_interval}? Motor {engine_spec}",
    "Habt ihr {oil_spec} da? Und was kostet ein Ölwechsel?",
    "Wann ist mein Auto fertig? ({repair_order})",
    "Ist die [[object_health:die Batterie ist tot]]-Sache Garantie? Auto ist {first_registration}.",
    "Macht ihr HU-Termine auch am Samstag? Bei mir: {inspection_due}.",
    "{part_description} – Original oder Nachbau? ({repair_order})",
]

SANI = [
    "Rezept für Kompressionsstrümpfe {compression_class} wegen {{DIAGNOSIS:Lipödem|Lymphödem|Krampfadern|Thrombose}}. Versichertennummer {kvnr}, {shoe_size}. Bitte Termin zum Ausmessen, {mobile}",
    "Rollator-Reparatur, {aid_product_code}. Meine Mutter hat {{DIAGNOSIS:Parkinson|Osteoporose|Arthrose|Multiple Sklerose}}. Abholung bei {street} {house_number}. Tel {landline}",
    "Einlagen nach {{DIAGNOSIS:Fersensporn|Hallux valgus|Plattfüße|Senkfüße}}, Rezept liegt vor. Zuzahlung {amount} bitte von {iban}.",
    "{{TREATMENT:Stomaversorgung}}: bitte wie immer liefern, Versichertennummer {kvnr}, Lieferadresse {street} {house_number}, {postcode} {city}.",
    "Hausnotruf bestellen für meinen Vater, {alarm_device}. Er hat {{DIAGNOSIS:Herzinsuffizienz|Epilepsie|Demenz|Vorhofflimmern}} und lebt allein. Code für den Schlüsselsafe {key_safe_code}. Kontakt Tochter {phone}",
    "{alarmservice}: Vater ist gestürzt, Alarm wurde ausgelöst, er hat jetzt {{DIAGNOSIS:Oberschenkelhalsbruch|Rippenbruch|Platzwunde}}. Bitte Notfallkontakt ändern auf {mobile}.",
    "Miete Pflegebett: Lastschrift von {iban}, Kundennummer {customer_number}.",
]

SANI_CLEAN = [
    "Verkauft ihr auch [[medical_device_product:TENS-Gerät]]e ohne Rezept?",
    "Was kostet ein Hausnotruf im Monat? Und ab {care_level_generic} zahlt die Kasse, oder?",
    "Habt ihr Bandagen für Sportler auf Lager? Größe {clothing_size}.",
    "Öffnungszeiten am Samstag? {opening_hours}",
    "Was ist der Unterschied zwischen {compression_class} und Klasse 1?",
]

FAMILY = [
    "Kindergeld für unser zweites Kind beantragt, Kindergeldnummer {kindergeld_number}. Steuer-ID des Kindes {steuer_id}, meine {steuer_id}.",
    "Elterngeld: {parental_leave}. Mein Partner war wegen {{DIAGNOSIS:Wochenbettdepression|Depression|Burn-out}} lange krank, verlängert sich der Bezug? Mail {email}",
    "Kindergeld über 25 wegen Behinderung ({{DIAGNOSIS:Autismus|Trisomie 21|Epilepsie|Schizophrenie}}). Kindergeldnummer {kindergeld_number}, Konto {iban}.",
    "Bitte neue Bankverbindung für das Kindergeld: {iban}, Kindergeldnummer {kindergeld_number}.",
    "Unser Kind kam in der 30. Woche zur Welt und liegt noch auf Station ({{DIAGNOSIS:Frühgeburt|Neugeborenengelbsucht|Herzfehler}}). Verlängert sich dadurch das Elterngeld? Tel. {mobile}",
]

FAMILY_CLEAN = [
    "Wie lange dauert die Bearbeitung des Kindergeldantrags gerade? Abgeschickt am {date}.",
    "Kann ich {parental_leave} nachträglich ändern?",
    "Wird das Kindergeld bei {salary} angerechnet? Allgemeine Frage.",
    "Wo finde ich das Formular für den Kinderzuschlag? Die Seite zeigt {error_code}.",
]

DRIVE = [
    "Für die Anmeldung bei {drivingschool}: {license_class}, Sehtest gemacht. Ich habe {{DIAGNOSIS:Epilepsie|Diabetes|Typ-1-Diabetes|ADHS}} – ist das ein Problem? Handy {mobile}",
    "Fahrstunden absagen: {lesson_count} gebucht, bin nach {{DIAGNOSIS:Armbruch|Handgelenksbruch|Schlüsselbeinbruch}} {period} eingegipst. Bitte Guthaben auf {iban}.",
    "Musikschule: mein Sohn hat {{DIAGNOSIS:Asthma|Tinnitus|Hörsturz}}, Blasinstrument ok? Termin wäre {lesson_slot} Mail {email}",
    "Leihinstrument zurück ({instrument_rental}), Kaution bitte auf {iban}.",
    "Umzug am {date}, {move_volume}, {floor_access}. Ich darf nach der {{TREATMENT:Hüft-OP|Bypass-OP|Knie-OP}} nichts tragen. Rückruf {phone}",
    "Putzhilfe {cleaning_interval}, Zahlung von {iban}. Bitte keine Duftreiniger, ich habe {{DIAGNOSIS:Asthma|Kontaktallergie|Neurodermitis}}.",
    "Ferienlager {camp}: {first} braucht abends {{MEDICATION:Elvanse|Medikinet|Lamotrigin|Levetiracetam}}, Dosierung {dosage_schedule}. Notfallnummer {mobile}",
]

DRIVE_CLEAN = [
    "Was kostet {lesson_count} bei euch?",
    "Ist der [[health_course:Erste-Hilfe-Kurs]] für den Führerschein bei euch dabei?",
    "Wann ist der nächste Theorietermin? {weekday}?",
    "Gibt es noch Plätze ({camp_session})?",
    "Wie viele Kartons braucht man für {room_count}? {move_volume}?",
    "Bringt ihr Reinigungsmittel mit? {cleaning_interval}.",
]

MISC = [
    "{iban}",
    "{mobile}",
    "IBAN: {iban}",
    "meine Nummer {phone}",
    "{email}",
    "Hier nochmal meine Mail: {email}",
    "Steuer-ID {steuer_id}",
    "{idl}",
    "{idl} – reicht das?",
    "Kartennummer {card}",
    "Diagnose: {icd}",
    "Versichertennummer {kvnr}, Kasse AOK",
    "Handy: {mobile:pairs}",
    "Tel {phone:middle_dots}",
    "> Bitte senden Sie uns Ihre Kontoverbindung.\nKlar: {iban}",
    "> Wie ist Ihre Rückrufnummer?\n{phone}, am besten nach {time}",
    "Name;IBAN;Betrag\n{name};{iban};{amount}",
    "Kind | Allergie | Notfall\n{first} | {{DIAGNOSIS:Nussallergie|Erdnussallergie|Bienengiftallergie}} | {mobile}",
    "sprachnachricht ({voice_note_length}): hallo ja hier ist {first} ich wollte nur sagen dass ich wegen meiner {{DIAGNOSIS:Migräne|Gürtelrose|Blasenentzündung}} heute nicht komme ruf mich zurück {mobile}",
    "weiß nicht ob das hier richtig ist aber meine mail ist {email:klammeraffe}",
    "mail: {email:uri}",
    "ruf an: {phone:uri}",
    "{name}\n{street} {house_number}\n{postcode} {city}\nTel. {landline}\n{email}",
    "Mit freundlichen Grüßen\n{name}\n{company}\nMobil {mobile} | {email}\n{commercial_register}",
    "Hallo, ich schicke nochmal alles zu {case_number}: IBAN {iban}, Steuer-ID {steuer_id}, Handy {mobile}.",
    "Bitte Rückruf, es ist dringend. {phone}",
    "Visa {card_visa} ablauf {exp} cvc {cvc} betrag {amount}",
    "achso und {first} hat {diag}, nur damit ihr Bescheid wisst",
    "Medikamente: {med} {dosage_schedule}, {med}, {med}",
    "Vorerkrankungen: {diag}; Allergien: {{DIAGNOSIS:Penicillinallergie|Pollenallergie|Heuschnupfen}}",
    "Symptome seit {period_dative}: {symptom}, {symptom}",
    "Behandlung geplant: {treat} am {date}",
    "Krankenkasse: Barmer, Versichertennr.: {kvnr:spaced}",
    "RV-Nummer: {rvnr}",
    "SV-Nr {at_svnr}",
    "AHV-Nr. {ahv:spaced}",
    "CVC ist {cvc:words}",
    "Prüfziffer: {cvc:hyphen_words}",
    "IBAN {iban:pairs}",
    "die nummer ist {mobile:hyphen_words}",
    "{phone:words}",
    "mein Perso: {ausweis}",
    "Numéro de sécu (Frankreich) für die Krankenkasse: {nir}",
    "Reisepass Nr. {reisepass}",
    "USt-IdNr.: {ustid}",
    "Steuernummer {steuernummer}",
    "BIC: {bic}",
    "Tel. tagsüber {landline}, abends {mobile}",
    "Ich habe {{DIAGNOSIS:Migräne|Tinnitus}}, bitte leise sein 🙈",
]

MISC_CLEAN = [
    "Danke!",
    "Ok, passt. Dann bis {weekday} um {time}.",
    "Super, vielen Dank für die schnelle Hilfe 👍",
    "Hallo? Ist da jemand? Ich warte seit {time}.",
    "Welche Öffnungszeiten habt ihr zwischen den Feiertagen?",
    "Kann ich das auch per Post schicken? An welche Adresse, {postcode}?",
    "Rechnung {invoice_number} ist bezahlt, oder?",
    "Wo finde ich meine Kundennummer? Auf der Rechnung {invoice_number} steht nur eine Auftragsnummer.",
    "Ich hab den Link nicht bekommen, können Sie ihn nochmal senden?",
    "Mein Passwort geht nicht mehr, {error_code}",
    "Bestellung {order_number} ist immer noch nicht da",
    "Der Link {phishing_url} sieht komisch aus, ist der von euch?",
    "Ehrlich, [[figurative_health:der Papierkram macht mich krank]] – warum ist das Formular so kompliziert?",
    "Ich hab [[figurative_health:fast einen Herzinfarkt bekommen]] als ich die Rechnung gesehen habe 😂 {amount}?!",
    "Ehrlich, bei euren Warteschleifen [[figurative_health:da krieg ich echt die Krise]].",
    "Beim Gedanken an den Umzug habe ich [[figurative_health:Bauchschmerzen]], aber wir schaffen das 😅",
    "Das ganze Hin und Her [[figurative_health:macht mich noch krank]] – bitte einfach die Kündigung bestätigen.",
    "Mein Laptop hat einen [[object_health:Virus]], deshalb kam die Mail nicht an.",
    "Unser Kater hat {pet_health}, deshalb war ich beim Tierarzt und konnte nicht ans Telefon.",
    "Der Hund bekommt [[vet_medication:Apoquel]] vom Tierarzt, die Rechnung kann ich doch nicht bei euch einreichen, oder?",
    "Die Rosen haben {plant_health}, gibt es im Gartencenter was Biologisches?",
    "Habt ihr Karten für [[product_health:Die Ärzte]] im Sommer?",
    "Ich suche [[fiction_health:Der Medicus]] auf Englisch.",
    "Lese gerade [[health_news:Apotheken melden Lieferengpass bei Fiebersaft]] – betrifft das auch euch?",
    "Wir spenden dieses Jahr an [[health_charity:Deutsche Rheuma-Liga]], wie bekomme ich eine Spendenquittung?",
    "Kann ich bei euch die {generic_health_topic}-Broschüre bestellen?",
    "Laut Tracker {step_count} und {heart_rate} beim Joggen, die App zeigt aber nichts an.",
    "Gruppe, bitte {date} notieren: [[health_course:Babyschwimmen]] fällt aus.",
    "Hallo, wir haben uns als [[health_job_title:Heilerziehungspflegerin]] beworben, gibt es schon Neuigkeiten? {job_reference}",
    "Suche Produkte mit dem Hinweis „{food_allergen_info}“ für den Kindergeburtstag.",
]

TEMPLATES = (SCHOOL + SCHOOL_CLEAN + AIR + AIR_CLEAN + HOTEL + HOTEL_CLEAN + ENERGY + ENERGY_CLEAN + TAX
             + TAX_CLEAN + HR + HR_CLEAN + FRAUD + FRAUD_CLEAN + MARKET + MARKET_CLEAN + FOOD + FOOD_CLEAN
             + TRANSIT + TRANSIT_CLEAN + CLINICBOT + CLINICBOT_CLEAN + CAREHOME + CAREHOME_CLEAN + OPTIC
             + OPTIC_CLEAN + DENTAL + DENTAL_CLEAN + KIWU + KIWU_CLEAN + CLUB + CLUB_CLEAN + CHURCH
             + CHURCH_CLEAN + LIBRARY + LIBRARY_CLEAN + CITY + CITY_CLEAN + WATER + WATER_CLEAN + CRYPTO
             + CRYPTO_CLEAN + TRAVELINS + TRAVELINS_CLEAN + GARAGE + GARAGE_CLEAN + SANI + SANI_CLEAN
             + FAMILY + FAMILY_CLEAN + DRIVE + DRIVE_CLEAN + MISC + MISC_CLEAN)

# cross-border paperwork inside the scenarios above (rarer ID types), more negatives
CROSS = [
    "Rijksregisternummer meines Mannes (Grenzgänger): {nn}. Krankenkasse zahlt seit {date} nicht mehr.",
    "DNI {dni} – brauche ich die für das Hotel in Sevilla? Buchung {hotel_booking}.",
    "Onboarding Lager {city}: neuer Kollege aus Polen, PESEL {pesel}, Steuer-ID kommt noch. Start {date}, {shift_pattern}. Lohn auf {iban}.",
    "Für die Lohnabrechnung meiner Kollegin aus Italien: Codice Fiscale {cf}, deutsche Steuer-ID {steuer_id}, Eintritt {date}.",
    "Hotel in Spanien verlangt für den Check-in die NIE meines Mannes: {nie}. Buchung {hotel_booking}, Ankunft {time}.",
    "Grenzgänger Belgien: Rijksregisternummer {nn}, Steuernummer in Deutschland {steuernummer}. Bitte beides in die Erklärung {tax_year}.",
    "Wir ziehen aus den Niederlanden nach {city}. BSN meiner Tochter {bsn}, Kita-Anmeldung für {kita_group}, Start {month}.",
    "Französische Sozialversicherungsnummer meiner Frau: {nir}. Sie arbeitet in Straßburg, wir wohnen in Kehl. Krankenkasse? Versichertennummer hier {kvnr}.",
    "Auslandskrankenschein: Unfall in Mallorca, das Spital will meine DNI-Nummer? Ich habe nur den Perso {ausweis}. Fall {assistance_case}.",
    "Rentenversicherungsnummer für den Antrag auf Mütterrente: {rvnr}, Kinder geboren {birth_date} und {birth_date}.",
    "Bankverbindung für die Bafög-Rückzahlung geändert: {iban}, BIC {bic}. Förderungsnr. siehe Bescheid vom {date}.",
    "Lastschrift aus der Schweiz: IBAN {iban_ch}, BIC {bic}, Betrag {amount}. Grüezi und danke!",
    "Die Vermieterin aus Luxemburg will die Kaution auf {iban_lu} haben, ist das seriös? Anzeige {listing_id}.",
    "Meine Mutter ist ÖGK-versichert, Sozialversicherungsnummer {at_svnr}, und liegt nach einem {{DIAGNOSIS:Schlaganfall|Herzinfarkt|Oberschenkelhalsbruch}} in München im Krankenhaus. Wer zahlt? Tel. {phone_at}",
    "Steuerberatung für Expats: USt-IdNr. {ustid}, Steuernummer {steuernummer}, Umsatz {tax_year} ca. {amount}.",
    "Umzugshelfer bar bezahlt? Nein, bitte Rechnung an {company}, USt-IdNr {ustid}, Auftrag {quote_number}.",
    "KYC: italienischer Wohnsitz, Codice Fiscale {cf}, Reisepass {reisepass}, Level {kyc_tier}.",
    "Für die Klassenfahrt nach Polen braucht die Schule die PESEL von {first}? {pesel}. Kosten {excursion_fee}.",
    "Meine AHV-Nummer {ahv} und die meines Mannes {ahv}, für {tax_year}, Krankheitskosten {amount} wegen {{TREATMENT:Physiotherapie|Wurzelbehandlung|Hörgeräteversorgung}}.",
    "BSN {bsn:spaced} – brauche ich die für die niederländische Praxis? Termin {appointment_id} wegen {{SYMPTOM:Halsschmerzen|Husten|Fieber}}.",
    "Spanische Ausweisnummer (DNI) meiner Schwiegermutter: {dni}. Sie zieht zu uns, Meldezettel beim Magistrat, Termin {date}.",
    "NIE für die Ferienwohnung in Alicante: {nie}, Grundsteuer {amount}. Kontakt {email}",
    "Kontowechsel: alte IBAN {iban}, neue IBAN {iban}, Stichtag {date}. Bitte Daueraufträge umstellen (Miete {rent_amount}).",
    "Hallo, hier {name} von {company}, wir stornieren die Gruppenbuchung {hotel_booking} ({guest_count}). Rückzahlung auf {iban}, BIC {bic}.",
    "Mitgliedschaft kündigen wegen Umzug nach {city}, Mitgliedsnr. {club_member_id}, letzter Beitrag {month}. IBAN für Rückzahlung {iban}.",
    "Zählerwechsel am {date}: alter Stand {meter_reading}, neuer Zähler {meter_number}. Monteur war um {time} da. Rückruf {landline}",
    "Sperrmüll-Termin {date}, Adresse {street} {house_number}, {postcode} {city}. Es sind {quantity} Teile, Handy {mobile}",
    "Rechnung Nr. {invoice_number} über {amount} zahle ich per Kreditkarte: {card}, Ablaufdatum {exp}, CVC {cvc}.",
    "Hallo {garage}, Auto {licence_plate}, {odometer}, {inspection_due}. Bitte Termin vor {date}. Handy {mobile}",
    "Wir suchen einen Platz in der {kita} ab {month}, {kita_hours}. Eltern: {name}, {email}, {mobile}",
]
TEMPLATES = TEMPLATES + CROSS
