"""German chat templates for blind set 20 (written from scratch for this set).

Slots: {value_slot[:form]}, {filler}, {negative_kind}, [[kind:literal negative]],
{{TYPE:alt1|alt2}} health values picked from hand-written alternatives.
"""

TEMPLATES = [
    # ---------------------------------------------------------------- airline / rail / lost luggage / PRM
    "Hallo {airline18}, mein Koffer ist seit {date} nicht angekommen. PIR-Nummer {pir_reference}, Flug {flight_number}. "
    "Da drin sind meine {{MEDICATION:Insulinpens|Insulin|Asthmaspray|Blutverdünner}}, das ist echt dringend!! Erreichbar unter {mobile}",
    "gepäck verloren 😡 {pir_reference}\nInhalt: {bag_description}\nbitte erstattung auf {iban}\nDanke",
    "Guten Tag, ich möchte für meine Mutter Hilfe beim Umsteigen in {airport} anmelden. Sie ist {{DIAGNOSIS:Rollstuhlfahrerin|sehbehindert|gehörlos}} "
    "und hat nach der {{TREATMENT:Hüft-OP|Knie-OP|Bandscheiben-OP}} noch Probleme mit Treppen. Buchungscode {pnr_locator}, Rückruf bitte an {phone}.",
    "Mobilitätsservice: Reise am {date}, {train_number} ab {time}, {coach_and_seat}. Ich bin {{DIAGNOSIS:Rollstuhlfahrer|blind|querschnittsgelähmt}} "
    "und brauche eine Einstiegshilfe. Auftrag {assistance_booking}. Mail: {email}",
    "Erstattungsantrag wegen {delay_minutes} Verspätung, {train_number}, Auftragsnummer {rail_booking_ref}. "
    "Bitte überweisen an {iban:split_sorry}. Danke!",
    "Hi, Flug {flight_number} am {date} annulliert. Entschädigung {compensation_amount} laut Fluggastrechten. "
    "IBAN {iban}\nBIC {bic}\nKontoinhaber {name}",
    "Wir sitzen in {airport} fest, Flug {flight_route} gestrichen. Mein Sohn hat {{DIAGNOSIS:Epilepsie|Typ-1-Diabetes|Asthma}} und seine "
    "{{MEDICATION:Keppra|Insulin|Notfallspray}} ist im aufgegebenen Gepäck ({baggage_tag}). Bitte dringend melden: {mobile:intl_trunk}",
    "[[refund_form:Fahrgastrechte-Formular]] ausgefüllt, aber das Portal nimmt meine IBAN nicht: {iban:lower_compact} – was mach ich falsch?",
    "Sehr geehrte Damen und Herren, ich konnte die Reise am {date} wegen {{DIAGNOSIS:Lungenentzündung|Gürtelrose|Corona|Norovirus}} nicht antreten, "
    "Attest liegt bei. Ticket {e_ticket_number}, Buchung {pnr_locator}. Erstattung bitte auf {iban}.",
    "Unser Kinderwagen wurde beim Flug {flight_number} beschädigt 😢 Schadensmeldung {pir_reference}. Tel {phone:emoji_between}",
    "gibt es bei euch {generic_health_topic} in der Lounge in {airport}? und kann ich {baggage_allowance} mitnehmen, Flug {flight_number}?",
    "Verspätung {delay} mit {train_number}, Anschluss in {connection} verpasst. Auftrag {rail_booking_ref}, {railcard_type}. "
    "Wie lange dauert die Bearbeitung vom {refund_form}?",
    "Koffer kam mit kaputtem Griff an, {bag_size}, Tag {baggage_tag}, Band {baggage_belt}. Flug {flight_number} am {date}. Foto anbei.",
    "Hallo, wir fliegen {flight_route} mit {cabin_class}, {boarding_group}. Kann man {seat_number} und {seat_number} zusammen reservieren? Buchung {booking_code}",
    # ---------------------------------------------------------------- schools / kita
    "Liebe {kita}, unsere Tochter hat eine {{DIAGNOSIS:Erdnussallergie|Nussallergie|Hühnereiweißallergie|Kuhmilchallergie}}. "
    "Der {{MEDICATION:EpiPen|Adrenalin-Pen|Jext}} liegt im Rucksack, bitte im Notfall sofort anwenden und mich anrufen: {mobile}",
    "Medikamentengabe in der Schule: Lukas (Klasse {school_class}) muss mittags {{MEDICATION:Ritalin|Medikinet|Elvanse}} nehmen. "
    "Die Einverständniserklärung schicke ich per Mail von {email}.",
    "Hallo Frau {last}, Mia fehlt heute, sie hat {{SYMPTOM:Fieber|Bauchweh|Durchfall|Ohrenschmerzen}} seit gestern Abend. "
    "Vermutlich {{DIAGNOSIS:Scharlach|Magen-Darm-Grippe|Mittelohrentzündung|Hand-Fuß-Mund-Krankheit}}, wir gehen heute zum Kinderarzt.",
    "Info an die {kita_group}: {school_health_notice}. Bitte Kinder kontrollieren. Elternbeitrag {kita_fee} wird am {date} eingezogen.",
    "SEPA-Lastschrift für das Essensgeld: Kontoinhaber {name}, IBAN {iban}, Essens-ID {lunch_account}. Mein Sohn verträgt keine Milch, er hat {{DIAGNOSIS:Laktoseintoleranz|Zöliakie|Histaminintoleranz}}.",
    "Hallo, ich wollte nur fragen ob der Ausflug am {date} ({excursion_fee}) stattfindet. Abfahrt {time}? Klasse {school_class}, {school_year}.",
    "Für die Klassenfahrt brauchen wir: Krankenversichertenkarte-Kopie, Notfallnummer und die Liste der Medikamente. Notfallnummer Papa: {mobile}, "
    "Mama: {phone:interleaved_words}. Lea nimmt abends {{MEDICATION:L-Thyroxin|Cetirizin|Melatonin}}.",
    "Bitte um Rückruf wegen der {kita_hours}, Warteliste {waitlist_position}. Erreichbar {weekday} ab {time} unter {landline}.",
    "Elternbrief: {school_health_notice}. Außerdem: {excursion_fee}, Abgabe bis {date}. {school_portal} Zugang kommt per Mail.",
    "Ben hatte heute in der Pause {{SYMPTOM:Atemnot|einen Krampfanfall|Nasenbluten|Schwindel}} laut Lehrerin. Er hat {{DIAGNOSIS:Asthma|Epilepsie|Migräne}}, "
    "das steht auch im Notfallplan. Bitte ruft mich das nächste Mal sofort an, {mobile:self_corrected}",
    # ---------------------------------------------------------------- HR / payroll
    "Hallo {hr}, anbei meine AU, ich bin bis {date} krankgeschrieben ({{DIAGNOSIS:Bandscheibenvorfall|Bronchitis|Burnout|Gürtelrose}}). "
    "Personalnummer {personnel_number}.",
    "Neue Mitarbeiterin, Personalfragebogen:\nName: {name}\nSteuer-ID: {steuer_id}\nSV-Nummer: {rvnr}\nKrankenkasse: {insurer}, "
    "Versichertennummer {kvnr}\nIBAN: {iban}\nSteuerklasse {tax_class}",
    "Meine Lohnabrechnung {payroll_period} stimmt nicht, {overtime} fehlen. Steuer-ID {steuer_id:chat_bold} wurde falsch übernommen?",
    "Hi, Gehalt bitte ab {month} auf das neue Konto: {iban:quoted_wrap}\nDanke, {first}",
    "Bitte meine Steueridentifikationsnummer korrigieren, richtig ist {steuer_id:self_corrected}. Personalnummer {personnel_number}",
    "Krankmeldung per Chat: {first} {last}, Abteilung {cost_centre}, heute und morgen raus wegen {{SYMPTOM:Migräneattacken|hohes Fieber|Magenkrämpfe|Schwindel}}. "
    "Schicht {shift_pattern} bitte neu planen.",
    "Frage zum Urlaub: {vacation_days}, {overtime}. Kann ich das in {calendar_week} nehmen? Entgeltgruppe {pay_grade}.",
    "Ich bin {{DIAGNOSIS:schwanger|in der 12. Woche schwanger}} und muss das Beschäftigungsverbot einreichen. Wem schicke ich das? "
    "Meine Nummer für Rückfragen: {mobile:voice_fillers}",
    "Für die Gehaltsabrechnung fehlt noch Ihre Steuernummer als Freiberufler: {steuernummer}, USt-IdNr. {ustid}. Rechnung {invoice_number}.",
    "Wiedereingliederung nach {{TREATMENT:Chemotherapie|Reha|Bypass-OP|Strahlentherapie}}: Stufenplan beginnt {date}, {working_hours}. "
    "Bitte an {email:aet} bestätigen.",
    "HR-Frage: {hr_document} und {probation_period} – muss ich das unterschreiben bevor {date}? Personalnummer {personnel_number}",
    "Gehaltsvorschuss bitte nicht auf das alte Konto {masked_iban}, sondern auf {iban:spaced_dashes}.",
    # ---------------------------------------------------------------- crowdfunding / donations
    "Hallo, ich möchte für die Aktion {crowdfunding_url} spenden, {donation_receipt}. Spendenquittung bitte an {email}, Steuer-ID {steuer_id}.",
    "Spendenaufruf: Unser Sohn braucht eine {{TREATMENT:Stammzelltransplantation|Immuntherapie|Cochlea-Implantat|Magenbypass}} wegen "
    "{{DIAGNOSIS:Leukämie|Mukoviszidose|Schwerhörigkeit|Lymphom}}. Spendenkonto: {iban} ({name})",
    "Crowdfunding {crowdfunding_url}: {campaign_goal}, aktuell {percent_funded}, {backer_number}. Wann kommt mein {crowdfunding_reward}?",
    "Dauerspende ändern: {donation_recurring} ab {month}, neues Konto {iban:homoglyph}. Mitgliedsnr. {member_number}",
    "Wir sammeln für {health_charity} – Lauf am {date}, {race_distance}, {race_bib}. Spenden bitte über {crowdfunding_url}!",
    "Die Spendenbescheinigung für {tax_year} fehlt. Betrag {amount}, Spenden-ID {donation_receipt}. Adresse: {street} {house_number}, {postcode} {city}",
    # ---------------------------------------------------------------- utilities / energy
    "Zählerstand zum {date}: {meter_reading}, Zählernummer {meter_number}. Abschlag bitte auf {abschlag} anpassen.",
    "Ich möchte ein SEPA-Mandat erteilen: Kontoinhaber {name}, IBAN {iban}, Kundennummer {utility_customer_number}. Mandatsreferenz {mandate_reference}?",
    "Hallo {energy}, mein Vater (87, {{DIAGNOSIS:Demenz|Alzheimer|Parkinson}}) hat einen Vertrag abgeschlossen den er nicht versteht. "
    "Ich habe Vollmacht. Vertragskonto {contract_number}, meine Nummer {phone}.",
    "Zählerstand Gas {gas_volume}, Strom {meter_reading}, {meter_reading_date}. Foto im Anhang. Grundpreis {energy_price}??",
    "Wechsel zum {switch_date}, {supplier_bonus}, Zähler {meter_number}. Abbuchung bitte von {iban:thin_space}",
    "Härtefall: meine Frau braucht nachts Strom für die {{TREATMENT:CPAP-Maske|Insulinpumpe|Sauerstofftherapie}} – gibt es einen {hardship_scheme}? Kundennr {utility_customer_number}",
    "Ich bin auf {{TREATMENT:Sauerstofftherapie|Dialyse|CPAP-Maske|Beatmung}} zu Hause angewiesen, bitte keine Stromsperre! Rückruf {landline}, Kundennummer {utility_customer_number}",
    "Rechnung {invoice_number}: {kwh_consumption}, {price_per_unit}. Warum ist der Abschlag {abschlag}? Zählerstand war {meter_reading}.",
    # ---------------------------------------------------------------- car workshops
    "Termin für {service_interval} am {date}, Kennzeichen {licence_plate}, FIN {vin}, {odometer}. {inspection_due}. Bitte Rückruf {mobile}.",
    "Mein Auto macht komische Geräusche, {part_description} laut letztem Besuch. Auftrag {repair_order}. Nicht zu laut am Telefon bitte, "
    "ich habe {{DIAGNOSIS:Tinnitus|Hörsturz|Migräne}} 🙈 {phone}",
    "Kostenvoranschlag {quote_number}: {part_description} + {oil_spec}, Reifen {tyre_spec}. Zahlung per Karte {card} gültig bis {exp}",
    "Werkstatt-Auftrag {workshop_job}, Reifeneinlagerung {tyre_storage}. Abholung {weekday} {time}? Kennzeichen {licence_plate}",
    "Nach der {{TREATMENT:Knie-OP|Hüft-OP|Augen-OP}} darf ich {period} nicht fahren – könnt ihr das Auto abholen? {street} {house_number}, Tel {phone:intl_trunk}",
    "Teilenummer {car_part_number} bestellt? HSN/TSN {hsn_tsn}, EZ {first_registration}.",
    # ---------------------------------------------------------------- hotels / spas
    "Buchung {hotel_confirmation}, {room_category}, {nights}. Ich habe eine {{DIAGNOSIS:Zöliakie|Nussallergie|Laktoseintoleranz|Sellerieallergie}} – "
    "kann die Küche das berücksichtigen? Handy {mobile}",
    "Reservierung {spa_package} für 2, {spa_treatment} um {time}. Ich bin {{DIAGNOSIS:schwanger|in der 20. Woche schwanger}} – geht das trotzdem?",
    "Hotel {hotel18}: Check-in {checkin_window}, Zimmer {room_number}, {parking_fee}. Anzahlung per Kreditkarte {card:spaced_dashes}, Ablauf {exp}, Prüfziffer {cvc}",
    "Gibt es {generic_health_topic}? Wir kommen am {date} mit {guest_count}. Buchung {hotel_booking}.",
    "Spa-Fragebogen: Medikamente: {{MEDICATION:Marcumar|Eliquis|Ramipril|Bisoprolol}}. Erkrankungen: {{DIAGNOSIS:Bluthochdruck|Krampfadern|Thrombose|Vorhofflimmern}}. "
    "Name {name}, Zimmer {room_number}",
    "Hallo, Storno für {hotel_confirmation}, {cancellation_deadline}. Grund: {injury}, ich kann nicht laufen",
    "Rechnung an Firma: {company}, USt-IdNr. {ustid}, Buchung {hotel_booking}, {room_rate}.",
    # ---------------------------------------------------------------- wedding / events
    "Hochzeit am {date} in {venue}, {party_size}, {wedding_package}. Zwei Gäste haben {{DIAGNOSIS:Zöliakie|Erdnussallergie|Laktoseintoleranz}}, "
    "Menü {menu_choice}. Anzahlung überwiesen von {iban}",
    "Liebe {planner}, Dresscode {dress_code}, {catering_option}, Tisch {table_number}. Meine Trauzeugin erreicht ihr unter {mobile:split_sorry}",
    "Die Braut ist {{DIAGNOSIS:schwanger|in der 30. Woche schwanger}}, bitte Stühle mit Lehne bei der Trauung 😊 {venue_capacity}, {price_per_head}",
    "Anzahlung {amount} für {wedding_package} – per Karte {card} möglich? Ablauf {exp}",
    "Hochzeitsplanung: Ablaufplan Seite {page_number}, Sektempfang {time}, Fotograf bis {time}. Kontakt DJ: {email:comma_tld}",
    # ---------------------------------------------------------------- insurance brokers
    "Guten Tag, für den Antrag der BU-Versicherung: Vorerkrankungen {{DIAGNOSIS:Depressionen|Asthma|Bandscheibenvorfall|Hashimoto}} "
    "und {{DIAGNOSIS:Heuschnupfen|Migräne|Bluthochdruck}}, Behandlung bis {year}. Beitrag {premium_amount}? Geb. {birth_date}",
    "Tarifvergleich {tariff_comparison}: {premium_amount}, {waiting_period}, {reimbursement_rate}. Antrag an {email}, Tel {phone}",
    "Kfz-Wechsel: eVB {evb_number}, {sf_class}, Kennzeichen {licence_plate}. Beitrag per Lastschrift von {iban:code_block}",
    "Private Zusatzversicherung: ich nehme {{MEDICATION:Sertralin|Lithium|Quetiapin|Venlafaxin}} seit {year}, muss ich das angeben? Antrag {policy_number}",
    "Makleranfrage: Hausrat + Haftpflicht, {floor_area}, {postcode} {city}. Vergleich {tariff_comparison}. Kontakt {email:homoglyph}",
    # ---------------------------------------------------------------- debt collection
    "Ich habe Ihr Schreiben {debt_collection_ref} bekommen, {collection_fee}. Die Forderung ist bezahlt! Beleg: {bank_transaction_id}. {payment_deadline}?",
    "Ratenzahlung {installment_plan} für {debt_collection_ref}, Lastschrift von {iban}, Kontoinhaber {name}",
    "Ich konnte nicht zahlen, weil ich mit {{DIAGNOSIS:Herzinfarkt|Schlaganfall|Lungenembolie}} im Krankenhaus lag. Bitte Stundung. Az. {debt_collection_ref}, Tel {landline}",
    "Inkasso {collector}: {dunning_order_number}, {collection_fee} – das ist doch Betrug? {scam_type}? Mein Anwalt: {lawyer_file_ref}",
    # ---------------------------------------------------------------- job applications / CV
    "Bewerbung auf {job_reference}\n\nLebenslauf\n{name}\n{street} {house_number}, {postcode} {city}\nTel: {mobile}\nE-Mail: {email}\n"
    "Geburtsdatum: {birth_date}\nBerufserfahrung: {health_job_title}, {company}\nGehaltsvorstellung {salary_expectation}",
    "Hallo, ich bewerbe mich als {health_job_title}. Ich habe {{DIAGNOSIS:Multiple Sklerose|Morbus Crohn|Epilepsie|Diabetes}} – "
    "ist das ein Problem? Erreichbar {mobile:chat_bold}",
    "Bewerbungsunterlagen: Anschreiben, CV, Zeugnisse ({file_name}). Referenz: {job_reference}. {interview_slot} passt mir. Mobil {mobile:thin_space}",
    "Lücke im Lebenslauf {year} erklärt sich durch {{TREATMENT:Reha|Psychotherapie|Chemotherapie|Entzug}}. Möchte das offen sagen. {name}, {email}",
    "Job-ID {job_reference}: {shift_pattern}, {salary}, {probation_period}? Ich kann ab {date}.",
    # ---------------------------------------------------------------- marketplace sellers
    "Hi, ist die Babyschale noch da? {asking_price}, {item_condition}. Zahlung per PayPal an {email} oder Überweisung {iban}",
    "Verkaufe {product_health}, {item_condition}, {asking_price}. Versand {shipping_option}. Anzeige {listing_id}",
    "Käufer sagt Ware kaputt, {paypal_case}. Artikel {ebay_item_number}. Ich habe Fotos, Tel {phone:superscript}",
    "Abholung {weekday} {time} ok? Adresse {street} {house_number}. Bitte vorher anrufen {mobile:url_param}",
    "Hallo, ist der {medical_device_product} noch da? Für meine Oma, sie hat {{DIAGNOSIS:Arthrose|Osteoporose|Parkinson}}. {asking_price} ok? Versand {shipping_option}",
    "Verkaufe unbenutzte {{MEDICATION:Insulinpens|Ozempic|Wegovy}}?? – ist das überhaupt erlaubt? frag für einen Freund. Anzeige {listing_id}",
    "Anzeige {listing_id}: {item_condition}, {asking_price}, {shipping_option}. Nur Abholung in {city}.",
    # ---------------------------------------------------------------- translation agencies
    "Übersetzung Arztbrief DE → EN: Diagnose {{DIAGNOSIS:Morbus Crohn|Colitis ulcerosa|Sarkoidose|Lupus}}, Therapie {{MEDICATION:Humira|Methotrexat|Mesalazin|Prednisolon}}. "
    "{translation_volume}, Frist {date}. Angebot an {email}",
    "Beglaubigte Übersetzung Geburtsurkunde + Reisepass (Nr. {reisepass}), {certified_copies}, {language_pair}. Tel {phone}",
    "Übersetzungsauftrag {quote_number}: {translation_volume}, {language_pair}, {amount}. Rechnung an {company}, USt-IdNr. {ustid}",
    "Bitte übersetzen für die Versicherung im Ausland: {{DIAGNOSIS:Kreuzbandriss|Meniskusriss|Schlüsselbeinbruch}}, operiert am {date}, "
    "{{TREATMENT:Physiotherapie|Krankengymnastik|Lymphdrainage}} {session_count}. Versicherungsnummer {policy_number}",
    # ---------------------------------------------------------------- fertility / pregnancy apps
    "Die App zeigt bei mir {health_app_feature} nicht mehr an seit Update {app_version}. Ich bin in der {{TREATMENT:Kinderwunschbehandlung|IVF|ICSI|Hormonbehandlung}} "
    "und brauche das. Account {email}",
    "Abo kündigen bitte, ich hatte leider eine {{DIAGNOSIS:Fehlgeburt|Schwangerschaftsvergiftung|Präeklampsie}} 💔 Bitte keine Baby-Mails mehr. {email:aet}",
    "Premium-Abo {app_subscription}, abgebucht von Karte {card}, aber kein Zugang zu {health_app_feature}.",
    "Kinderwunschzentrum {kiwu}: Termin {time} für {{TREATMENT:Eizellentnahme|Embryotransfer|Insemination}}. Zahlung Eigenanteil per {iban}",
    "Feature-Wunsch für die App: {health_app_feature} auch offline. Version {app_version}, {handset_model}. LG",
    # ---------------------------------------------------------------- sports clubs
    "Hallo {sportclub}, für den Spielerpass ({player_pass_number}) brauche ich ein Attest? Meine Tochter hat {{DIAGNOSIS:Asthma|Herzrhythmusstörungen|Epilepsie|Skoliose}}. "
    "Beitrag {membership_fee} bitte von {iban} abbuchen",
    "Trainer hier: Max hat sich beim Spiel ({match_score}) {{DIAGNOSIS:Kreuzbandriss|Bänderriss|Sprunggelenksbruch|Muskelfaserriss}} zugezogen, {sports_insurance} läuft. "
    "Eltern: {mobile}",
    "Sporttauglichkeit: {club_form}. Training {training_slot}, {court_number}. Mitgliedsnr {club_member_id}.",
    "Unsere Staffel {league} spielt am {date}, Treffpunkt {time}, {stop_name}. Trikot {jersey_number} fehlt noch.",
    # ---------------------------------------------------------------- elderly care relatives
    "Guten Tag, ich schreibe für meinen Vater im {carehome18}, {wing_name}. Er bekommt seit {date} {{MEDICATION:Tavor|Quetiapin|Haloperidol|Risperidon|Mirtazapin}} und ist "
    "seitdem ganz {{SYMPTOM:verwirrt|benommen|apathisch}}. Bitte Rückruf Tochter {name}, {mobile}",
    "Essen auf Rädern für meine Mutter, {meal_service}, sie hat {{DIAGNOSIS:Diabetes|Zucker|Niereninsuffizienz|Parkinson}}. Lastschrift {iban}",
    "Besuchszeit {visiting_hours}? Wäschenummer {laundry_number}. Heimentgelt {care_home_fee} bitte wie immer abbuchen.",
    "Hausnotruf für Oma ({alarm_device}): Schlüsseltresor Code ist bei uns, Kontakt Sohn {phone:voice_fillers}, Enkelin {mobile}",
    "Meine Mutter ist gestürzt, {{DIAGNOSIS:Oberschenkelhalsbruch|Handgelenksbruch|Rippenbruch|Wirbelbruch}}, jetzt im Krankenhaus. "
    "Pflegegrad ist beantragt. Versichertennummer {kvnr:lower_compact}",
    "Pflegeheimplatz: {bed_count}, {care_home_fee}, {waiting_time}. Haben Sie {generic_health_topic}?",
    # ---------------------------------------------------------------- blood donation
    "Kann ich Blut spenden wenn ich {{MEDICATION:L-Thyroxin|die Pille|Ibuprofen|Antibiotika}} nehme? Spendernummer {donor_number}, letzter Termin {date}",
    "Blutspendetermin {donation_slot} im {blood_drive}. {donation_interval}. Erinnerung an {mobile}",
    "Ich wurde zurückgestellt wegen {{SYMPTOM:niedriger Eisenwert|Fieber|Hautausschlag}}?? Spenderausweis {donor_number}. Wann darf ich wieder?",
    "Blutspende: Ich war vor {period_dative} tätowiert – darf ich spenden? {donation_interval}, {blood_drive}",
    # ---------------------------------------------------------------- tattoo studio
    "Gesundheitsfragebogen Tattoo:\nName: {name}\nGeburtsdatum: {birth_date}\nAllergien: {{DIAGNOSIS:Latexallergie|Nickelallergie|Kontaktallergie}}\n"
    "Medikamente: {{MEDICATION:Marcumar|Blutverdünner|Isotretinoin|Roaccutan}}\nTel: {mobile}",
    "Termin {date}, Motiv {tattoo_size}, {tattoo_session}. Anzahlung {amount} per Karte {card:chat_bold}",
    "Hi, mein neues Tattoo ist total {{SYMPTOM:geschwollen|entzündet}}, ist das normal? {tattoo_aftercare}? Foto kommt",
    "Ich hab {{DIAGNOSIS:Neurodermitis|Schuppenflechte|Vitiligo}} am Unterarm – kann man da tätowieren? Motiv {tattoo_size}",
    "Anzahlung zurück bitte, Termin {date} kann ich nicht, Konto {iban:split_sorry}",
    # ---------------------------------------------------------------- dentists
    "Hallo {dental18}, ich habe seit {weekday} {{SYMPTOM:Zahnschmerzen|Kieferschmerzen|eine Schwellung an der Wange|empfindliche Zähne}} "
    "unten links, {tooth_number}. Notfalltermin möglich? {mobile}",
    "Heil- und Kostenplan {hkp_number} für {{TREATMENT:Zahnimplantat|Wurzelbehandlung|Krone|Brücke|Inlay}}, {bonus_booklet}. Rechnung bitte an {email}",
    "Ich bin ein totaler Schisser beim Zahnarzt 🙈 brauche {{TREATMENT:Zahnbehandlung unter Vollnarkose|Lachgas|Sedierung}}. Ich nehme {{MEDICATION:Eliquis|Marcumar|ASS 100}}, ist das ein Problem?",
    "Recall-Termin {recall_interval}, {weekday} {time}? Versichert bei {insurer}, Versichertennummer {kvnr}",
    "Aligner {aligner_stage}, passt nicht mehr richtig. Praxis {dental18}, nächster Termin {date}",
    "Rechnung {invoice_number} für {{TREATMENT:Zahnimplantat|Parodontosebehandlung|Weisheitszahn-OP}}, {amount}. Ratenzahlung? IBAN {iban}",
    # ---------------------------------------------------------------- opticians
    "Brille {frame_model}, {frame_colour}, Gläser {lens_spec}. Abholung {weekday}. Ich habe {{DIAGNOSIS:Keratokonus|grüner Star|Hornhautverkrümmung}}, "
    "bitte vorher nochmal messen. Tel {phone}",
    "Kontaktlinsen-Abo {lens_subscription}, Zahlung per Karte {card} {exp}. Meine {{SYMPTOM:trockene Augen|juckende Augen|tränende Augen}} werden schlimmer",
    "{eye_test_voucher} einlösen, {optic18}, Filiale {city}. Termin {date} {time}?",
    "Nach der {{TREATMENT:Grauer-Star-OP|Lasik|Katarakt-OP}} brauche ich eine neue Lesebrille. Rezept von {doctor}. Kundennr {customer_number}",
    # ---------------------------------------------------------------- hearing aids
    "Hörgerät {hearing_aid_model} pfeift ständig, {hearing_aid_warranty}. Ich habe {{DIAGNOSIS:Tinnitus|Schwerhörigkeit|Morbus Menière}} beidseitig. "
    "Bitte nur per SMS {mobile} – telefonieren geht schlecht",
    "Batterien {hearing_battery} für meinen Vater ({{DIAGNOSIS:schwerhörig|gehörlos}}), Lieferung an {street} {house_number}, {postcode} {city}. Zahlung {iban}",
    "{hearing18}: Probetragen {period}, Zuzahlung {amount}. Versichertennummer {kvnr:homoglyph}",
    # ---------------------------------------------------------------- physio
    "Rezept über {{TREATMENT:Physiotherapie|Krankengymnastik|manuelle Therapie|Lymphdrainage}} {session_count} wegen "
    "{{DIAGNOSIS:Bandscheibenvorfall|Tennisarm|Fersensporn|Schulterluxation|Kniescheibenbruch}}. Termine {weekday} möglich? {mobile}",
    "{physio}: Ich muss den Termin {date} absagen, {{SYMPTOM:Rückenschmerzen|Schwindel|hohes Fieber}}. Tel {phone:emoji_between}",
    "Übungen: {exercise_reps}, {exercise_reps}. Heimtrainingsplan als PDF ({file_name}) bitte an {email}",
    "{form_generic}, {session_count}, Zuzahlung {amount}. Privatrechnung an {name}, {street} {house_number}",
    # ---------------------------------------------------------------- chatbot / LLM prompts
    "{prompt_instruction}: \"Sehr geehrte Damen und Herren, ich bin seit {date} wegen {{DIAGNOSIS:Depression|Angststörung|Burnout|Long Covid}} krankgeschrieben "
    "und kann die Rate nicht zahlen. Kundennummer {customer_number}, IBAN {iban}\" {output_format}",
    "@{llm} formuliere mir eine Kündigung für {telco}, Kundennr {customer_number}, Rufnummer {mobile:code_block}, zum {date}",
    "Prompt: Schreib eine Mail an {hr}: ich nehme {{MEDICATION:Sertralin|Venlafaxin|Escitalopram}} und brauche flexiblere Zeiten. Name {name}. {output_format}",
    "{llm}, erkläre mir diese Abrechnung: {goae_code}, {goae_code}, Diagnose {icd}. {output_format}",
    "Fass zusammen:\n> Patient {name}, geb. {birth_date}, Diagnose {{DIAGNOSIS:Hashimoto|Schilddrüsenunterfunktion|Vitamin-D-Mangel}}, Therapie {{MEDICATION:L-Thyroxin|Euthyrox|Vitamin D}}\n{output_format}",
    "Mach aus meinen Stichpunkten einen Lebenslauf: {name}, {mobile}, {email}, {health_job_title} seit {year}. {output_format}",
    # ---------------------------------------------------------------- voice notes / misc obfuscation-heavy
    "🎤 Sprachnachricht ({voice_note_length}): \"ja hallo hier ist {first}, äh, meine Nummer ist {mobile:words}, "
    "ich ruf wegen der Rechnung {invoice_number} an\"",
    "Transkript: \"...also die IBAN ist {iban:words} und der Name {name}...\"",
    "Sprachmemo: \"mein Sohn hat {{SYMPTOM:Fieber|Ausschlag|Bauchweh}} und {{SYMPTOM:Husten|Halsschmerzen|Ohrenschmerzen}}, er kommt morgen nicht. Rückruf {phone:interleaved_words}\"",
    "Meine Karte: {card:emoji_between} 😅 gültig {exp:superscript}, Sicherheitscode {cvc:interleaved_words}",
    "Link aus der Mail: https://portal.example.de/rueckruf?tel={phone:url_param}&ref={reference_number}",
    "Zahlungslink: https://pay.example.com/sepa?iban={iban:url_param}&betrag={amount}",
    "Kopiert aus dem Formular:\n```\nName: {name}\nIBAN: {iban}\nTelefon: {phone}\n```",
    "**Wichtig**: bitte nur noch diese Nummer nutzen: {mobile:chat_bold}",
    "Kontakt: {email:aet} oder {landline:intl_trunk}",
    "IBAN (aus dem PDF kopiert): {iban:homoglyph}",
    "ich schick die IBAN in zwei Teilen wegen Datenschutz lol: {iban:split_sorry}",
    "Meine Nummer {mobile:self_corrected} – WhatsApp geht auch",
    "Perso-Nummer für die Buchung: {ausweis:homoglyph}, Ablauf {date}",
    "Reisepass {reisepass:lower_compact}, Flug {flight_number}, {date}",
    "RV-Nummer: {rvnr:thin_space} (für den Rentenantrag)",
    "Versichertennummer steht hinten auf der Karte: {kvnr:chat_bold}",
    "Grüezi, für die Rückerstattung: {iban_ch}, Natel {phone_ch:intl_trunk}. AHV-Nummer {ahv} falls nötig.",
    "Grüezi mitenand, Buchung {hotel_booking}, wir zahlen in CHF. Mein Mann hat {{DIAGNOSIS:Zöliakie|Nussallergie|Diabetes}}. Natel {phone_ch}",
    "Servus, SV-Nummer {at_svnr:thin_space}, e-card liegt bei. Bitte um Rückruf {phone_at}",
    "Grüß Gott, meine Mutter ist seit Jänner im Heim, Pension wird auf {iban_at} überwiesen, SVNR {at_svnr}",
    "Servus, Pickerl fällig ({inspection_due}), {licence_plate}. Bitte Termin, Tel {phone_at:emoji_between}",
    "Zahlung für den Bürger aus Italien: Codice Fiscale {cf}, IBAN {iban_it}",
    "Meine Kollegin aus Polen: PESEL {pesel}, Konto {iban_pl}, Tel {phone_pl}",
    "NIE meiner Frau {nie:chat_bold}, Handy {phone_es}",
    # ---------------------------------------------------------------- clean messages (hard negatives only)
    "Hallo, wo bleibt mein Paket? Sendungsnummer {tracking_dhl}, Bestellung {order_number} vom {date}. Lieferung {delivery_window}.",
    "Rechnung {invoice_number} über {amount} ist doppelt abgebucht worden, Kundennummer {customer_number}. Bitte prüfen!",
    "Ehrlich, [[figurative_health:Kopfschmerzen bereitet mir die Bahn]] – {train_number} fährt jetzt {time} statt {time}.",
    "Update {software_version}: {figurative_health}. Seit {date} stürzt die App ab, Fehler {error_code}.",
    "[[generic_health_topic:Haben Sie Produkte gegen Mücken?]] Wir fahren am {date} nach {city}.",
    "Zählerstand {meter_reading}, Zähler {meter_number}, abgelesen am {date} um {time}. Kundennummer {utility_customer_number}.",
    "Gutschein {voucher_code} funktioniert nicht, Warenkorb {amount}, Artikel {article_number}.",
    "Hund {pet} hat {pet_health}, der Tierarzt sagt {vet_procedure}. Zahlt die {pet_plan} das? Vertrag {policy_number}",
    "Unser Tier ({animal_weight}) braucht {vet_medication}. Rechnung {invoice_number}, {amount}.",
    "Sitzplatz {seat_number} statt {seat_number} bitte, Buchungscode {pnr_locator}, Flug {flight_number} am {date}, {terminal}.",
    "Ticket {e_ticket_number}, Gepäck {baggage_allowance}, {gate}, Boarding {time}.",
    "Verspätung {delay}, {platform}, {connection}. Auftragsnummer {rail_booking_ref}. {compensation_amount}?",
    "Die Heizung {object_health}, Monteur kommt {weekday} zwischen {delivery_window}. Auftrag {repair_order}.",
    "Mein Auto {object_health}. Kennzeichen {licence_plate}, {odometer}, {service_interval}.",
    "Hotel {hotel18}: {room_category}, {nights}, {guest_count}, {room_rate}. {cancellation_deadline}.",
    "Wir buchen {spa_package} mit {spa_treatment}, {spa_slot}. Gutschein {voucher_code}.",
    "Hochzeit: {party_size}, {price_per_head}, {catering_option}, {dress_code}. Anzahlung {amount} bis {date}.",
    "{figurative_health}, der Makler meldet sich nicht! Angebot {quote_number}, Beitrag {premium_amount}.",
    "Inkasso-Schreiben {debt_collection_ref}: {collection_fee}, {payment_deadline}. Forderung ist verjährt laut {paragraph_ref}.",
    "Stellenanzeige {job_reference}: {salary}, {working_hours}, {shift_pattern}, {probation_period}.",
    "Anzeige {listing_id}: {item_condition}, {asking_price}. Versand mit {shipping_option}, Sendung {tracking_hermes}.",
    "Übersetzung: {translation_volume}, {language_pair}, Angebot {quote_number}, {amount}, Lieferung {date}.",
    "Die App zeigt {health_app_feature} falsch an, Version {app_version}, {handset_model}, {software_version}.",
    "Verein: Beitrag {membership_fee}, {training_slot}, {court_number}, Mitgliedsnummer {club_member_id}.",
    "Im Vereinsheim: {generic_health_topic} Wer macht den {health_course}?",
    "Blutspende-Aktion im {blood_drive}, {donation_slot}. {donation_interval}. Wer kommt mit?",
    "Tattoo-Termin: {tattoo_size}, {tattoo_session}, {amount}. {tattoo_aftercare} – danke für die Tipps!",
    "Zahnarzt-Praxis: {recall_interval}, {opening_hours}, Parkplatz {parking_fee}. Warum {waiting_time}?",
    "Brille abholen: {frame_model}, {frame_colour}, {lens_spec}. Auftrag {order_number}.",
    "Hörgeräte-Batterien {hearing_battery}, {quantity}, Bestellung {order_number}, {amount}.",
    "Physio-Praxis sucht {health_job_title} – {working_hours}, {salary}. Bewerbung an Job-ID {job_reference}.",
    "{prompt_instruction}: \"Die Lieferung {order_number} kam am {date} beschädigt an, bitte {amount} erstatten.\" {output_format}",
    "Serie {fiction_health} Staffel 4 – ab wann bei euch im Abo {streaming_plan}?",
    "Kennt jemand {fiction_health}? {figurative_health} 😂",
    "Die Rosen haben {plant_health} – welches Mittel? Bestellung {order_number}",
    "Im Spiel ist der {game_health} verbuggt seit Patch {software_version}. Konto-Level {player_level}.",
    "Kita-Info: {school_health_notice}. Bitte Wechselkleidung mitbringen, {kita_hours}.",
    "Elternabend {weekday} {time}, Raum {room_number}, {school_year}. Themen: {excursion_fee}, {school_portal}.",
    "Abrechnung {payroll_period}: {overtime}, {vacation_days}, {pay_grade}, {payslip_item}.",
    "Bewerbungsgespräch {interview_slot}, Referenz {job_reference}. {hr_document} bringe ich mit.",
    "Strompreis: {energy_price}, {price_per_unit}, {supplier_bonus}, Wechsel {switch_date}.",
    "Zählerwechsel am {date}: alter Zähler {meter_number} Stand {meter_reading}, neuer Zähler {meter_number}.",
    "Werkstatt: {workshop_job}, {part_description}, {oil_spec}, {tyre_spec}, Teilenummer {car_part_number}.",
    "Reifen einlagern {tyre_storage}, {tyre_spec}, Kennzeichen {licence_plate}.",
    "Spendenaktion: {campaign_goal}, {percent_funded}, {crowdfunding_reward}, {crowdfunding_url}.",
    "Spende an {health_charity}: {donation_recurring}, Quittung {donation_receipt}.",
    "{health_news} – gibt es bei euch {product_health}? Bestellung {order_number}.",
    "Apotheken-Kategorie {pharmacy_category} zeigt nichts an, Filter {url_query}",
    "Wo finde ich die {medical_device_product}? Artikelnummer {article_number}, PZN {pzn}.",
    "Seniorenheim: {wing_name}, {visiting_hours}, {meal_service}, {care_home_fee}.",
    "Hausnotruf {alarm_device}, Vertrag {contract_number}, {amount} im Monat.",
    "Preis¹ [[superscript_footnote:¹ inkl. MwSt.]] – gilt das auch für Bestellung {order_number}?",
    "Angebot: {thin_space_amount} für {quantity}, Lieferung {delivery_window}.",
    "Liefertermin {corrected_time}, Bestellung {order_number}.",
    "{markdown_label} Paket {tracking_dpd} liegt in {parcel_shop_id}, {storage_deadline}.",
    "Fehlermeldung: {code_block_log}, Ticket {ticket_number}",
    "Link: {url_with_id} – der Artikel ist weg?",
    "{emoji_reaction} danke! Sendung {tracking_gls} ist da.",
    "Bitte {number_words_quantity} Kartons mehr, Umzug am {date}, {move_volume}.",
    "{figurative_health} – euer Kundenservice! Ticket {ticket_number}, {case_number}.",
    "{figurative_health}: seit {period} warte ich auf die Rückerstattung {refund_ref}.",
    "Beispiel-IBAN aus eurer FAQ: {example_iban} – muss ich das so eintragen?",
    "Testkarte {test_card} funktioniert im Sandbox-Shop nicht, Fehler {error_code}.",
    "Platzhalter im Formular: {placeholder_iban} – wo trage ich was ein?",
    "Meine IBAN endet auf {masked_iban}, Karte {masked_card}, Mail {masked_email}. Passt das?",
    "Der Prüfziffer-Check sagt {wrong_checksum_iban} ist falsch – stimmt, Zahlendreher. Neue kommt gleich.",
    "Chatbot-Antwort: {placeholder_token} – warum steht da nicht mein Name? Session {bot_session_id}",
    "Lottozahlen {lottery_number}, Spielschein {receipt_number}.",
    "Kontoauszug: Lastschrift {merchant_descriptor}, {amount}, Gläubiger-ID {creditor_id}, Mandat {mandate_reference}.",
    "Rücklastschrift {sepa_return_code}, {return_debit_fee}. Vertrag {contract_number}.",
    "Bahn: {railcard_type}, {bahncard_number}, {ticket_product}, Gültig bis {date}.",
    "Flug {flight_number}: {cabin_class}, {boarding_group}, {terminal}, {gate}, Gepäckband {baggage_belt}.",
    "Mietwagen {rental_car_model}, {km_package}, {fuel_policy}, {rental_deposit}, Station {rental_station}.",
    "Konsole {console_model}, Seriennummer {serial_number}, Garantie bis {date}. Untertitel {subtitle_setting}.",
    "Streaming-Abo {streaming_plan}, {device_limit}, {tv_activation_code}.",
    "Hi, {figurative_health} 🙄 der Termin {appointment_id} wurde schon wieder verschoben auf {date} {time}.",
    "Die Kosten für {vet_procedure} bei {pet}: {amount}, Rechnung {invoice_number}, Chip {pet_microchip}.",
    "{pet} hat {pet_health}, {vet_medication} 2x täglich. Reicht {pack_size}?",
    "Verkauft ihr [[generic_health_topic:allergikerfreundliche Kissen]]? Größe {dimension}, Artikel {article_number}.",
    "Gibt es die Wanderschuhe in {shoe_size}? {generic_health_topic} Bestellung {order_number}",
    "Hotelbewertung: {rating_stars}, Frühstück top, {food_allergen_info} gut gekennzeichnet.",
    "Kuchen für den Basar: {food_allergen_info}, {quantity}, Abgabe {time}.",
    "Mein Handy {object_health} – {battery_health}. {handset_model}, {software_version}.",
    "Router {router_model} {object_health}, {speed}, Kundennummer {customer_number}.",
    "Sprachnachricht {voice_note_length}: Paket {tracking_ups} kommt {weekday}.",
    "Bewerbung: Anlagen {file_name}, Referenz {job_reference}, {salary_expectation}.",
    "Sitzplan Tisch {table_number}: {guest_count}. Torte {food_allergen_info}.",
    "Makler: {tariff_comparison}, {premium_amount}, {coverage_limit}, {policy_excess}.",
    "Versicherung: {insurance_plan}, {waiting_period}, {reimbursement_rate}, Vertrag {policy_number}.",
]
