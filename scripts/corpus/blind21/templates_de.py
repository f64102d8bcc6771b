"""German chat templates for blind set 21 (written fresh for this set).

Slot syntax: see gen.py ({slot}, {slot:form}, [[kind:text]], {{TYPE:a|b}}).
"""

TEMPLATES = [
    # ------------------------------------------------------------------ Online-Apotheke / E-Rezept
    "hallo, hab das E-Rezept über die App eingelöst aber die Bestellung {pharmacy_order_ref} hängt seit Tagen auf "
    "{erezept_status} 😕 es geht um {med} für meine Mutter ({pack_size}), sie hat nur noch [[blister_count:eine angebrochene Packung]]. "
    "Rückruf bitte unter {mobile}",
    "Guten Tag, ich bin {{DIAGNOSIS:Diabetikerin|Diabetiker}} und bestelle seit {period_dative} jeden Monat {{MEDICATION:Lantus|NovoRapid|Humalog|Insulin}} "
    "bei {apo21}. Die letzte Lieferung kam ohne Kühlakku, der Logger zeigte {temp_logger}. Bitte Ersatz, Rückfragen zur Bestellung {pharmacy_order_ref}",
    "Ich bin von der Zuzahlung befreit (Bescheinigung liegt bei). Befreiung {reference_number}, Kasse {healthins21}. Bitte die {rx_copay} nicht mehr von {iban} abbuchen, Gläubiger war {creditor_id}",
    "zahle die Bestellung {pharmacy_order_ref} doch lieber mit Karte: {card} gültig bis {exp}, Prüfziffer {cvc}. Betrag {amount}, ist die Bestellung von letzter Woche, soll {pharmacy_delivery_slot} kommen",
    "Hallo Komma ich wollte fragen ob ihr {{MEDICATION:Elvanse|Medikinet|Ritalin|Methylphenidat}} für meinen Sohn vorrätig habt Punkt "
    "er hat {{DIAGNOSIS:ADHS|ADS}} Punkt bitte Rückruf auf {phone:pair_words} [[dictation_artifact:neue Zeile]] danke",
    "die {{MEDICATION:Pille danach|Antibabypille}} kam im falschen Umschlag an?? Bestellnr {pharmacy_order_ref}, Versand {shipping_option}. "
    "Bitte künftig diskret und Infos nur an {email}",
    "Mein Rezept über {{MEDICATION:Tilidin|Oxycodon|Fentanylpflaster|Tramadol}} ({pack_size}) wurde abgelehnt weil BtM, ich brauch das nach der "
    "{{TREATMENT:Bandscheiben-OP|Hüft-OP|Knie-OP|Schulter-OP}} aber dringend. Tel {phone:area_code_then}, {opening_hours}?",
    "Der Token {erezept_id} wird nicht erkannt, ist das Rezept über {med} ({pack_size}). Ich bin unter {landline} erreichbar, "
    "Status zeigt {erezept_status}",
    "Apotheke, bitte: Mama braucht {{MEDICATION:Marcumar|Eliquis|Xarelto|ASS 100}} per Botendienst, {pharmacy_delivery_slot}. Ihre Nummer {phone_de:json_escaped} (so stand's im Formular) – Gebühr {delivery_fee}?",
    "hi, bin {{DIAGNOSIS:schwanger|in der 12. Woche schwanger}} und frag mich ob ich {{MEDICATION:Ibuprofen|Ibuprofen 600|Novaminsulfon}} "
    "noch nehmen darf, meine Ärztin ist bis {date} im Urlaub. Antwort gern an {email:char_spaced}",
    "Hab bei euch {{MEDICATION:Ozempic|Wegovy|Mounjaro}} bestellt, Privatrezept, {amount}. Zahlung per Kreditkarte {card:pipes}. Lieferung an Packstation {packstation}, {locker_door}",
    "Rezept aus der Online-Sprechstunde: {{MEDICATION:Sertralin|Citalopram|Escitalopram|Venlafaxin}}. Der Chat will meine Steuer-ID, "
    "warum?? {steuer_id} – steht so in {consent_version}?",
    "Retoure: falsches Präparat geliefert, statt {{MEDICATION:Levothyroxin|L-Thyroxin|Euthyrox}} kam was anderes ({pzn}). "
    "Ich brauch das bis {weekday}, {delivery_window}. Tel {mobile:en_dashes}",

    # ------------------------------------------------------------------ Telemedizin-Chatbot
    "Bot: Was führt Sie heute zu uns? ({bot_question_counter})\nIch: seit drei Tagen {symptom}, heute früh "
    "{{SYMPTOM:übergebe mich ständig|muss mich dauernd übergeben|kotze seit gestern}}\nBot: {bot_triage_level}. Bitte Versichertennummer "
    "eingeben.\nVersichertennr.: {kvnr:glued_label}",
    "Der Symptom-Checker sagt {bot_triage_level}, aber ich hab {{SYMPTOM:Brustschmerzen|Engegefühl in der Brust|Atemnot|Herzrasen}} "
    "und nehme {{MEDICATION:Eliquis|Xarelto|Marcumar}} – soll ich echt {waiting_time} warten??",
    "Videosprechstunde um {time} ging nicht, {error_code}. Ich leide unter {{DIAGNOSIS:Migräne|Migräneanfällen}} und brauche ein Folgerezept für "
    "{{MEDICATION:Sumatriptan|Rizatriptan|Topiramat}}. Konsultation {telemed_consult_id}",
    "In der AU steht {{ICD10:F32.1|F33.1|F43.21}}, ist das richtig? Ich war wegen {{DIAGNOSIS:Depression|Depressionen|Burnout|Anpassungsstörung}} "
    "krankgeschrieben, {period}. Seite {page_number}",
    "Der Bot ({bot_session_id}) fragt nach Vorerkrankungen: {diag}. Medikamente: {med}. Allergien: {{DIAGNOSIS:Penicillinallergie|Nussallergie|Wespengiftallergie}}. "
    "{bot_question_counter}",
    "Mein Kind (4) hat seit {period_dative} {{SYMPTOM:hohes Fieber|Fieber|Ohrenschmerzen|Hautausschlag}}, euer Bot will eine Rückrufnummer, hier: {phone:reversed} "
    "– oder ich ruf {service_number} an?",
    "hallo, der Chat hat mir {treat} empfohlen aber ich hab doch {diag}?? Könnt ihr mich anrufen {mobile:spoken_separators}, Chat-ID {bot_session_id}",
    "Fragebogen Telemedizin:\nName: {name}\nGeburtsdatum: {dob_u}\nBeschwerden: {symptom:typo_head}\nDauer: {period}\n"
    "Krankenkasse: {healthins21}\nVersichertennummer: {kvnr}",
    "Chatbot-Export (bitte löschen!!):\n{\"patient\":\"{name}\",\"tel\":\"{mobile:json_escaped}\",\"diagnose\":\"{diag}\"}\n"
    "Das kam per Mail ohne Verschlüsselung 😡 {file_name}",
    "Wieso fragt euer Bot nach einer Schwangerschaft, ich wollte nur ein Rezept für "
    "{{MEDICATION:Cetirizin|Loratadin}} wegen {{DIAGNOSIS:Heuschnupfen|Hausstauballergie}}. {bot_triage_level}?!",

    # ------------------------------------------------------------------ Handyvertrag / SIM-Tausch
    "Ich brauche eine {sim_format}, die alte Karte ist gebrochen ({handset_model}). Rufnummer {mobile:pipes}, Kundenkennwort weiß ich nicht mehr, "
    "Geburtsdatum {dob_u}",
    "SIM-Swap ohne mein Wissen!!! Seit {time} kein Netz und jetzt Mails von der {bank21} wegen einer Überweisung. "
    "Meine Nummer {mobile}, Kundennummer {customer_number}. Auftrag {sim_swap_ref} war NICHT ich",
    "Rufnummernmitnahme zu {telco21} ({porting_window}): Nummer {mobile:area_code_then}. {contract_end}",
    "Bitte ab sofort von {iban:char_spaced} abbuchen, nicht mehr vom alten Konto. Kundennummer {customer_number}, {mandate_reference}",
    "Drosselung nach 3 Tagen?? ({data_throttle}) Ich brauche das Datenvolumen für meine {{TREATMENT:Psychotherapie|Verhaltenstherapie|Traumatherapie}} "
    "per Video. Tarif {telco_tariff}",
    "aus eurer App kopiert, Zahlung fehlgeschlagen:\n{\"iban\":\"{iban:json_escaped}\",\"status\":\"failed\"}\n"
    "Rechnung {invoice_number}, {handset_installment} doppelt? {sepa_return_code}",
    "Grüezi, ich möchte mein Natel-Abo ({telco_tariff}) kündigen, Nummer {phone_ch}, Rechnungen bitte an {email}. {contract_end}. Merci",
    "Servus, mein Handy ({handset_model}) wurde gestohlen, bitte SIM sperren: {phone_at:glued_label}. Karte war {sim_serial_last}",
    "Die neue Karte ging an die falsche Adresse. Kontaktnummer {mobile:repeated_seps}, Vertrag {contract_number}, {delivery_attempt}",
    "Ich war {period_dative} im Krankenhaus ({{DIAGNOSIS:Lungenentzündung|Blinddarmentzündung|Sepsis}}) und konnte die Rechnung "
    "nicht zahlen. Mahnung {debt_collection_ref}, Ratenzahlung? Konto {iban}, {return_debit_fee}",
    "Gerät auf Raten: {handset_installment} für das {handset_model}. Zahlung per Karte {card_visa}, {exp}, CVC {cvc:pair_words}",
    "hab die eSIM auf dem neuen Handy ({handset_model}), aber SMS-Codes kommen auf die alte Nummer {mobile:combining} "
    "(aus dem Vertrags-PDF kopiert). Neue: {mobile}",
    "Anschluss-ID {line_id}, Router {router_model}. Techniker soll mich anrufen: {landline:glued_label}",

    # ------------------------------------------------------------------ Kfz-Versicherung / Unfall
    "Unfall gestern auf der {road_location}. Ich war {accident_party_label}, der andere ist aufgefahren. Mein Beifahrer war im Krankenhaus, "
    "Diagnose: {injury}. Schadennummer {claim_number}, erreichbar unter {mobile}",
    "Schadenmeldung vom {date}: Kennzeichen {plate_u}, Versicherungsschein {policy_number}. {repair_estimate}. Auszahlung bitte auf {iban:glued_label}",
    "Ich war nach dem Unfall {period_dative} krankgeschrieben wegen {{DIAGNOSIS:HWS-Schleudertrauma|Schleudertrauma|Gehirnerschütterung}}. "
    "Schmerzensgeld? Hausarzt {doctor}. Mein Anwalt ({lawyer_file_ref}) ist unter {email} erreichbar",
    "Der Unfallgegner hat mir seine Daten geschickt: Versicherung {carins21}, Tel {phone:repeated_seps}, Kennz. {plate_u}. "
    "Passt das so für die Meldung? {police_report_ref}, Unfall am {date}",
    "{sf_downgrade}?? Der Unfall war nicht meine Schuld! Ich hab seitdem {{SYMPTOM:Schmerzen nach dem Unfall|Kopfschmerzen seit dem Unfall|Nackenschmerzen}} "
    "und jetzt auch noch das. Kontoverbindung für die Erstattung: {iban}",
    "ja hallo hier ist {name} Punkt ich hatte einen Auffahrunfall auf der {road_location} Punkt Rückrufnummer {phone:pair_words} Punkt "
    "der Abschleppdienst hat {towing_distance} berechnet Punkt",
    "Grüß Gott, Wildunfall mit Totalschaden, Polizze {policy_number}, Kennzeichen {plate_u}. Schadenfoto {file_name} für die Unfallmeldung, Tel {phone_at}",
    "Die andere Fahrerin hatte einen {{SYMPTOM:Krampfanfall|Anfall}} am Steuer ({road_location}), deshalb der Unfall. Arztbericht von {doctor} "
    "schicke ich. Rückfragen {landline}, Gutachten {assessor_ref}",
    "Unfallbericht für die Versicherung bitte formulieren:\n- Unfallort {road_location}\n- ich: {accident_party_label}\n"
    "- Verletzung: {{DIAGNOSIS:Rippenbruch|Rippenprellung|Schlüsselbeinbruch|Prellung}}\n- Kontakt {mobile:glued_label}",
    "Mietwagen nach dem Unfall ({rental_car_model}, {rental_station}) zahlt wer? Meine Kreditkarte {card:repeated_seps} wurde mit {amount} belastet",
    "Werkstatt {garage21} sagt {part_description} ist hin, {repair_estimate}. Ich hab {{DIAGNOSIS:Gehirnerschütterung|Schleudertrauma}} und kann "
    "nicht selbst hinfahren, bitte Hol- und Bringservice, {delivery_window}",

    # ------------------------------------------------------------------ Tierversicherung
    "Hallo, Tierarztrechnung für {pet_health} ({vet_bill_total}, {pet_breed_age}). Erstattung bitte auf {iban}, Vertragsnr {policy_number}",
    "Leistungsantrag: {pet_health}, OP war am {date}, {vet_invoice_item}. Rückfragen bitte an {email}",
    "Ich lag selbst {period_dative} im Krankenhaus ({{TREATMENT:Knie-OP|Hüft-OP|Bandscheiben-OP}}), deshalb kam die Rechnung für "
    "{pet_health} zu spät. Bitte trotzdem erstatten, IBAN {iban:pipes}",
    "Grüezi, unsere Katze ({pet_breed_age}) hatte {vet_procedure}, Rechnung {vet_bill_total}. IBAN {iban_ch}, Natel {phone_ch}",
    "Tierkrankenversicherung kündigen, Hund ist leider gestorben ({pet_health}). Bitte letzte Lastschrift von {iban:en_dashes} stoppen, {pet_plan}",

    # ------------------------------------------------------------------ Mietkaution
    "Sehr geehrte {landlord21}, ich warte seit {period_dative} auf die Kaution ({rental_deposit}). Die {handover_defect} waren schon "
    "beim Einzug da, siehe {file_name}. Bitte überweisen an {iban}",
    "Übergabeprotokoll: {keys_returned}, Zählerstand {meter_reading}. Neue Adresse schick ich noch, bis dahin {email} oder {mobile:en_dashes}",
    "Sie wollen {amount} wegen {handover_defect} einbehalten?? Ich war während der Renovierung {period_dative} im Krankenhaus "
    "({{DIAGNOSIS:Lungenembolie|Herzinfarkt|Lungenentzündung}}), das wissen Sie doch! IBAN: {iban:glued_label}",
    "Kaution ({rental_deposit}) bitte auf mein neues Konto: {iban:combining} (aus dem Banking-PDF kopiert, sorry für die Unterstriche) – {deposit_interest} auch",
    "hey, hier {first} aus der {apartment_position}, ausgezogen am {date}. Kaution ist immer noch nicht da 🙄 IBAN nochmal: {iban:repeated_seps}",
    "Servus, wegen der Kaution ({rental_deposit}): Konto {iban_at}, bitte bis Ende Jänner, sonst geh ich zur Schlichtungsstelle. Tel {phone_at}, {paragraph_ref}",
    "Wir mussten wegen meiner {{DIAGNOSIS:Multiple Sklerose|Parkinson|Zerebralparese}} in eine barrierefreie Wohnung, deshalb die kurze "
    "Kündigung ({notice_period}). Kaution bitte an {iban}, Rückfragen per Post, {letter_reference}",
    "Mietschuldenfreiheitsbescheinigung für die neue Wohnung bitte an {email:json_escaped} – die Adresse hat euer Portal so angezeigt. {viewing_slot}",
    "Mietminderung wegen Schimmel ({rent_reduction}) – ich hab seitdem {{DIAGNOSIS:Asthma|Bronchitis|chronische Bronchitis}}, Attest anbei. "
    "Kaution nicht verrechnen! Konto {iban}",

    # ------------------------------------------------------------------ Fitnessstudio
    "Ich möchte meine Mitgliedschaft bei {gym21} pausieren, ich hab {{DIAGNOSIS:Bandscheibenvorfall|Kreuzbandriss|Meniskusriss|Schulterluxation}} "
    "und darf {period_dative} nicht trainieren. Attest kommt per Mail von {email}. Mitgliedsnr {member_number}",
    "Sonderkündigung wegen Schwangerschaft geht doch? Bin {{DIAGNOSIS:schwanger|in der 12. Woche schwanger}} und die Ärztin rät ab ({period}). Lastschrift bitte stoppen: {iban}, {contract_end}",
    "{gym_fee_item} am {date} doppelt abgebucht?! Konto {iban:en_dashes}, Studio {studio_location}, {receipt_number}",
    "Euer Trainer meinte ich soll meine {med} vorm Training weglassen?? Ich hab {diag}, das entscheidet meine Ärztin! Beschwerde {ticket_number}, Kurs war {class_booking}",
    "Beitrag ({membership_fee}) ab jetzt per Kreditkarte: {card}, {exp:glued_label}, CVC {cvc}. {gym_tier}",
    "Geht {{TREATMENT:Rehasport|Funktionstraining|Gerätetraining auf Rezept}} bei euch? Verordnung wegen {{DIAGNOSIS:Arthrose|Kniearthrose|Osteoporose|Rheuma}}, "
    "Kasse {healthins21}, Kurs {course_code}",
    "Grüezi, Abo im {studio_location} kündigen wegen {{DIAGNOSIS:Multiple Sklerose|Epilepsie|Long Covid}}. Braucht ihr wirklich die AHV {ahv}? Natel {phone_ch:pair_words}",
    "Mein Sohn (16) hatte beim Training {{SYMPTOM:Ohnmachtsanfälle|Herzrasen|Krampfanfälle}}, der Notarzt war da. Wir kündigen. "
    "Mitglied {member_number}, Studio {studio_location}, Vater erreichbar {mobile:reversed}",
    "Hab {{SYMPTOM:Knieschmerzen|Rückenschmerzen|Schulterschmerzen}} seit dem Personal Training, Rechnung {invoice_number} zahl ich nicht. "
    "{hashtag_nonhealth}",
    "Armband {wristband_id} geht seit {date} nicht mehr, und ich muss wegen meiner {{DIAGNOSIS:Herzrhythmusstörungen|Vorhofflimmern}} den Puls im Blick haben. "
    "Ersatz an {email:glued_label}",

    # ------------------------------------------------------------------ Ambulante Pflege
    "Guten Tag, für meinen Vater ({age_u} J.) suchen wir einen Pflegedienst. Er hat {diag} und seit dem Sturz {injury}. "
    "Pflegekasse {healthins21}, Start {date}. Erreichbar {mobile}",
    "Die Rechnung von {homecare21} enthält {care_service_module}, das wurde nie gemacht. Bitte Korrektur und Gutschrift auf {iban}, "
    "{invoice_number}",
    "Mama braucht ab Montag {{TREATMENT:Wundversorgung|Verbandswechsel|Insulintherapie}} morgens, Hausarzt {doctor}, Praxis {opening_hours}. {visit_window}?",
    "Sprachnachricht (transkribiert, {voice_note_length}): ja hallo äh hier ist {first} die Tochter von Frau {last} die Mama ist heute Nacht gestürzt "
    "und hat jetzt {{DIAGNOSIS:Oberschenkelhalsbruch|Beckenbruch|Handgelenksbruch}} bitte den Einsatz morgen absagen und zurückrufen "
    "{phone:pair_words}",
    "Grüß Gott, für die Heimhilfe brauchts die SV-Nummer meines Mannes: {at_svnr}. Er hat {{DIAGNOSIS:Demenz|Alzheimer|Parkinson}}, "
    "Einsatz bitte {visit_window}, {care_route}",
    "Grüezi, Spitex-Anmeldung für meine Mutter, AHV {ahv:pipes}. Start {date}, Tel {phone_ch}, {care_route}",
    "Ab {weekday} kommt Papa aus der Klinik, nach {{TREATMENT:Amputation|Herz-OP|Tumor-OP|Port-Anlage}} braucht er Hilfe beim Duschen. "
    "Angebot bitte an {email:reversed}, {hourly_rate}?",
    "Pflegedienst-Abrechnung: der Eigenanteil bitte per Lastschrift von {iban:char_spaced}, {billing_period}",
    "Die Pflegerin hat mir gesagt, dass Herr {last} aus Nr. 4 {diag} hat – das geht doch niemanden was an?! Beschwerde {ticket_number}, {visit_window}",

    # ------------------------------------------------------------------ Studienkredit / Uni
    "Hallo, Förderungsnummer {bafoeg_reference}. Ich hatte wegen {{DIAGNOSIS:Depression|Essstörung|Long Covid|Pfeiffersches Drüsenfieber}} "
    "ein Urlaubssemester und brauche eine Verlängerung. Attest von {doctor}. Konto: {iban}",
    "Rückzahlung Studienkredit ({installment_plan}): Lastschrift bitte von {iban:pipes}, Vertrag {loan_number}, {repayment_threshold}",
    "Prüfungsamt: ich brauche einen Nachteilsausgleich wegen {{DIAGNOSIS:Legasthenie|ADHS|Autismus|Dyskalkulie}}. {matriculation_number}, "
    "Mail {email}, {exam_registration}",
    "Nachteilsausgleich wegen {{DIAGNOSIS:Epilepsie|Typ-1-Diabetes|Morbus Crohn|Colitis ulcerosa}} – ich brauche in der Klausur Pausen für Medikamente ({duration}). Handy {mobile}, Klausur {module_code}",
    "Semesterbeitrag ({semester_fee}) wurde zurückgebucht?? Kassenzeichen {reference_number}, {degree_programme}",
    "Servus, Studienbeihilfe für {semester}: SV-Nummer {at_svnr}, {degree_programme}, Tel {phone_at:area_code_then}",
    "KfW-Studienkredit ({loan_amount}): Steuer-ID {steuer_id:pair_words} (so hat die Spracheingabe das geschrieben 🙈) und {student_loan_plan}",
    "Unterlagen fürs Auslandssemester: Reisepass {reisepass}, Krankenversicherung {healthins21}, Learning Agreement {file_name}, {semester}",

    # ------------------------------------------------------------------ Paketdienste / Packstation
    "Paket {tracking_dhl} liegt angeblich in {locker_door} der Packstation {packstation}, aber der Abholcode kommt nicht. "
    "Handynummer im Kundenkonto: {mobile:glued_label}",
    "Im Paket {tracking_dhl} ist {{MEDICATION:Insulin|Ozempic|Humira|Enbrel}}, muss gekühlt werden und liegt seit dem {delivery_attempt} beim Nachbarn?? "
    "Meine Nummer {phone:en_dashes}, {cold_chain}",
    "Falsch zugestellt ({parcel_weight}), Sendung {tracking_hermes}. Bitte melden bei {email:reversed}, {storage_deadline}",
    "Zoll will {amount} für mein Paket, die Kreditkarte {card} geht aber nicht durch. {customs_mrn}",
    "Hallo hier {name} Komma meine Sendung {tracking_dpd} Komma {delivery_attempt} Komma bitte rufen Sie mich an unter {phone:spoken_separators} Punkt danke",
    "Ich kann wegen {{DIAGNOSIS:Morbus Bechterew|Arthrose|Fibromyalgie}} keine schweren Pakete ({parcel_weight}) tragen, bitte an die Haustür liefern, "
    "nicht in den Paketshop ({parcel_shop_id}). Tel {landline}",
    "Sendungsverfolgung {tracking_gls} – Empfänger ist mein Opa, Nummer {phone}, er hört schlecht, bitte klingeln. {delivery_window}",
    "Abholung durch Bevollmächtigte: Ausweisnummer {ausweis}, Sendung {tracking_ups}, {storage_deadline}",

    # ------------------------------------------------------------------ Bank: Betrug / Kartensperre
    "Karte sofort sperren!! Unbekannte Abbuchungen von {merchant_descriptor} in {merchant_location}. Karte {card}, Konto {iban}",
    "Ich wurde um {time} angerufen, angeblich von der {bank21}, und hab die TAN durchgegeben 😭 Es wurden {amount} an {iban:glued_label} "
    "überwiesen, das ist NICHT mein Konto. {fraud_case}",
    "Phishing-SMS von {phone:combining} bekommen (die Nummer ist in der SMS so unterstrichen). Link war {phishing_url}, hab nicht geklickt",
    "Meine Mutter ({age_u}) hat um {time} angerufen: sie hat {{DIAGNOSIS:Demenz|Alzheimer|vaskuläre Demenz}} und hat am Telefon ihre Kartendaten rausgegeben. "
    "Bitte Karte {card:en_dashes} sperren, ich bin ihr Betreuer, Vollmacht {file_name}",
    "Geldautomat {atm_location} hat die Karte eingezogen. Kartennummer {card:glued_label}, gültig bis {exp}, {time}",
    "Rückbuchung {chargeback_ref}: bitte Gutschrift auf {iban:en_dashes} statt aufs Kreditkartenkonto, {refund_period}",
    "Grüezi, Betrug über Twint am {date}, {amount} weg. Mein Konto {iban_ch}, Natel {phone_ch:glued_label}",
    "Überweisung über {amount} an {iban:reversed} bitte zurückholen, ich wurde reingelegt ({scam_type})",
    "Kartenzahlung abgelehnt im Krankenhaus-Kiosk, ich bin seit {period_dative} stationär wegen {{DIAGNOSIS:Herzinsuffizienz|Vorhofflimmern|Lungenembolie}}. "
    "Karte {card}, bitte freischalten. {auth_code}",
    "Mein Bruder hat über mein Konto Online-Casino bezahlt, er hat {{DIAGNOSIS:Spielsucht|Glücksspielsucht}}. Bitte Glücksspiel-Sperre für {iban} (Umsätze bei {merchant_descriptor}), ich bin {mobile:pair_words} erreichbar",
    "Die Betrüger haben mir das als „Sicherheitskonto“ geschickt: {wrong_checksum_iban} – das ist doch gar keine echte IBAN? Meine ist {iban}",

    # ------------------------------------------------------------------ Kryptobörse
    "Auszahlung ({crypto_amount}) auf mein Girokonto {iban} hängt seit {period_dative}. Tx {tx_hash}, {confirmations}",
    "KYC: Ausweisnummer {ausweis}, Upload {file_name}. Warum ist {kyc_tier} nicht freigeschaltet? Die Bestätigungs-SMS kam nie",
    "Hab {crypto_amount} an {wallet_address} geschickt aber falsches Netzwerk ({chain_network}). Support-Ticket {ticket_number}",
    "Account gehackt nach SIM-Swap, Nummer im Konto: {mobile:glued_label}, {exchange_uid}, {login_location}",
    "Steuerreport {tax_year} ({file_name}): mein Steuerberater braucht die Steuernummer {steuernummer:spoken_separators} oben drauf, {trading_pair}",
    "Bitpanda will für {crypto_amount} ne Verifizierung per Reisepass {reisepass:char_spaced}, geht das auch mit Perso? {kyc_tier}",

    # ------------------------------------------------------------------ Steuerberater
    "Anbei meine Unterlagen: Steuer-ID {steuer_id:glued_label}, {tax_form}. Ich hatte hohe Kosten für "
    "{{TREATMENT:IVF|ICSI|Kinderwunschbehandlung|Psychotherapie|Hüft-OP}} – außergewöhnliche Belastung?",
    "Erstattung bitte auf {iban:pipes}, nicht aufs alte Konto (Bescheid vom {date}). Mandant {mandant_number}, {tax_refund}",
    "Krankheitskosten: {{MEDICATION:Cannabis auf Rezept|Medizinal-Cannabis|Ozempic|Wegovy}} zahlt die Kasse nicht – absetzbar für {tax_year}? Belege an {email}",
    "USt-IdNr. {ustid:char_spaced} und Steuernummer {steuernummer:repeated_seps} bitte auf die Rechnung, {commercial_register}",
    "Servus, Arbeitnehmerveranlagung: SVNR {at_svnr}, Behinderung wegen {{DIAGNOSIS:Multiple Sklerose|Morbus Bechterew|Rheuma}} – Freibetrag? {tax_office}",
    "Pflegepauschale {amount} für Mama, sie hat {diag}. Ihre Steuer-ID: {steuer_id}, {tax_deadline}",
    "Guten Tag {taxadv21}, die USt-ID {ustid} stimmt nicht mit der Rechnung überein. Bitte bis {tax_deadline} korrigieren, Rechnung {invoice_number}. Tel {landline}",
    "Meine Rentenversicherungsnummer für die Anlage R (vom Handy diktiert): {rvnr:char_spaced}, {tax_year}",

    # ------------------------------------------------------------------ Bestatter
    "Mein Vater ist gestern verstorben, er hatte {{DIAGNOSIS:Lungenkrebs|Bauchspeicheldrüsenkrebs|Leukämie|Herzinsuffizienz}}. Wir möchten "
    "{coffin_model} und {funeral_flowers}. Rückruf {mobile}, Trauerfeier {service_time}",
    "Sterbeurkunden: {death_certificate_count}. Rentenversicherungsnummer meiner Mutter: {rvnr}, gestorben am {date}, {civil_register_number}",
    "Bestattungskosten ({amount}) überweise ich von {iban:char_spaced} oder geht Kreditkarte {card}? Angebot {quote_number}",
    "Traueranzeige {obituary_format}, Text: „… nach langer {{DIAGNOSIS:Krebserkrankung|Demenzerkrankung}} friedlich eingeschlafen“. "
    "Korrekturabzug an {email:glued_label}",
    "Grüezi, Beisetzung im Gemeinschaftsgrab, AHV des Verstorbenen {ahv}, Kontakt {phone_ch:area_code_then}, {service_time}",
    "Oma hatte laut {file_name} einen {{TREATMENT:Herzschrittmacher|Schrittmacher}}, muss der vor der Einäscherung raus? Tel {landline}, {grave_plot}",
    "Hallo, hier die Daten für die Sterbefallanzeige ({civil_register_number}): {name}, geb. {dob_u}, Personalausweis {ausweis}, Todesursache laut Schein "
    "{{DIAGNOSIS:Herzinfarkt|Schlaganfall|Sepsis|Lungenembolie}}",
    "Erbschein: Nachlassgericht hat {probate_ref}, ich erbe {estate_share}. Konto für die Bestattungskosten-Erstattung {iban}",

    # ------------------------------------------------------------------ Mental-Health-App
    "Hallo Support, ich nutze {mhapp21} wegen meiner {{DIAGNOSIS:Angststörung|Panikstörung|Depression|soziale Phobie}}. "
    "Die Freischaltung mit dem Rezept klappt nicht, {error_code}, {app_version}",
    "Ich hab gestern um {time} ins Stimmungstagebuch geschrieben dass ich {{SYMPTOM:Suizidgedanken|Selbstverletzung}} habe und die App schlägt mir "
    "{exercise_length} vor?! Bitte ruft mich an: {mobile}",
    "Abo kündigen, {app_subscription} ({premium_amount}) wird von {iban} abgebucht. Mail: {email:glued_label}, {app_version}",
    "ich poste seit {period_dative} meine Fortschritte unter {diag:hashtag_phrase} – kann ich die Grafik teilen ohne meine Daten? {app_streak}",
    "Meine Therapeutin (Termin {weekday}, {time}) meint ich soll {{TREATMENT:Verhaltenstherapie|EMDR|Traumatherapie}} und die App kombinieren. Ich nehme "
    "{{MEDICATION:Sertralin|Escitalopram|Venlafaxin|Mirtazapin}}, passt das? {exercise_length}",
    "Datenauskunft nach {paragraph_ref} bitte an {email:char_spaced} – ich will wissen, ob ihr meine {{DIAGNOSIS:Borderline-Störung|PTBS|bipolare Störung}} "
    "an die Kasse meldet",
    "Ich tracke meine {symptom:syllable_hyphens} in der App, aber die tägliche Abfrage nervt – wie stelle ich die aus? Handy {handset_model}",
    "Ich hab {{SYMPTOM:Panikattacken|Schlafprobleme|Albträume}} und die Atemübung hilft. Könnt ihr mir die Rechnung ({app_subscription}) für die Krankenkasse schicken? KVNR {kvnr:char_spaced}",
    "Post für die Selbsthilfegruppe: {diag:hashtag_phrase} – {app_streak} ohne Pause bei den Übungen 💪 {hashtag_nonhealth}",

    # ------------------------------------------------------------------ Suchtberatung
    "Hallo, ich bin {age_u} und glaube ich hab ein {{DIAGNOSIS:Alkoholproblem|Drogenproblem}}. Gibt es anonyme Termine? Bitte nur per Mail: {email}. {helpline_hours}?",
    "Mein Sohn hat {{DIAGNOSIS:Cannabisabhängigkeit|Kokainabhängigkeit|Opioidabhängigkeit|Spielsucht}}, er war schon in "
    "{{TREATMENT:Entgiftung|qualifizierter Entzug|Langzeittherapie}}. Wartezeit {waiting_time}?",
    "Substitution seit {period_dative}: ich bekomme {{MEDICATION:Methadon|Polamidon|Subutex|Buprenorphin}}, meine Praxis macht zu. Brauche neuen Arzt, "
    "KV-Nr {kvnr}, {opening_hours}",
    "hab {amount} verzockt 😞 in {period_dative}, kann die {bank21} mein Konto {iban:glued_label} für Glücksspiel sperren?",
    "hallo äh ich ruf an wegen der Gruppe {group_meeting} ich hab grad {{SYMPTOM:Suchtdruck|Craving|Entzugserscheinungen}} Nummer "
    "{phone:pair_words}",
    "Kostenübernahme ({case_number}) für die {{TREATMENT:Entwöhnungsbehandlung|Suchttherapie|Langzeittherapie}}: RV-Nummer {rvnr}, Sozialbericht kommt "
    "von {addict21}, {letter_reference}",
    "Wir sind Angehörige: unsere Tochter ist {{DIAGNOSIS:magersüchtig|alkoholkrank|suchtkrank}}, wer kann uns beraten? {helpline_hours}? {landline:area_code_then}",

    # ------------------------------------------------------------------ Reha / AHB
    "{{TREATMENT:AHB|Anschlussheilbehandlung}} nach {{TREATMENT:Knieprothese|Hüftprothese|Bypass-OP|Bandscheiben-OP}}: Aufnahme am {date} in {rehab21}? RV-Nummer {rvnr}, "
    "Krankenkasse {healthins21}, Anreise {train_number}",
    "{{TREATMENT:Reha-Antrag}} abgelehnt ({letter_reference}), Schlüssel {{ICD10:M51.26|M17.11|M16.11|I21.9}}. Widerspruch kommt, Rückfragen {phone:area_code_then}",
    "Zuzahlung {copay_per_day} für {period} – ich bin befreit. Erstattung bitte auf {iban}, {letter_reference}",
    "Kann mein Mann ab {date} nach seinem {{DIAGNOSIS:Schlaganfall|Herzinfarkt}} mit Begleitperson in die {{TREATMENT:Reha}}? Tel {landline}, Zimmer {room_rate}?",
    "Für den Aufenthalt in {rehab21}: ich brauche {{TREATMENT:Dialyse|Sauerstofftherapie|CPAP-Therapie}} während des Aufenthalts, ist das möglich? {email}, {checkin_window}",

    # ------------------------------------------------------------------ Prompts / Sonstiges
    "Formuliere höflicher für die Versicherung: 'Ich hatte {{DIAGNOSIS:Gürtelrose|Borreliose|Covid-19}} und konnte den Termin nicht "
    "wahrnehmen. Versicherungsnummer {policy_number}, Tel {mobile}' {prompt_instruction}",
    "@Bot fass zusammen: Kunde {name}, Vertrag {contract_number}, Beschwerde wegen {invoice_number}, Rückruf {phone:en_dashes}. {output_format}",
    "> Bitte senden Sie uns Ihre Bankverbindung.\nKlar: {iban:pipes}\nDatum {date}\nund die Handynummer falls was ist {mobile}, {ticket_number}",
    "Diktiert: Sehr geehrte Damen und Herren Komma meine Telefonnummer hat sich geändert Doppelpunkt {phone:spoken_separators} "
    "Punkt Mit freundlichen Grüßen {name} [[dictation_artifact:Absatz]] Kundennummer {customer_number}",
    "{ai_model} soll das für mich schreiben: „Mein Mann hat {diag}, bitte um Rückruf“ – {token_count}",

    # ================================================================== clean (no values)
    # Apotheke
    "Habt ihr {pharmacy_category} noch im Angebot ({percentage} Rabatt)? Suche {product_health}. Lieferung an Packstation {packstation} möglich? Bestellung {pharmacy_order_ref}",
    "Wieso kostet der Versand {delivery_fee} wenn der Warenkorb über {amount} liegt?? Gutschein {voucher_code} geht auch nicht 😤",
    "Kühlware kam an, {cold_chain}, Logger zeigt {temp_logger}. Passt das so? Bestellnr {pharmacy_order_ref}",
    "Wann kommt der Botendienst heute? In der App steht {pharmacy_delivery_slot}, ich bin aber erst um {time} zuhause",
    "hab {blister_count} zu viel bekommen, soll ich das zurückschicken? Retoure {return_code}? {return_window}",
    "Ist {pzn} das gleiche wie das Generikum? Packungsgröße {pack_size}, Preis {amount}",
    "{erezept_status} seit gestern – dauert das immer so lange bei euch? Bestellung {pharmacy_order_ref}, {delivery_window}",
    "Eure Seite zeigt {error_code} beim Bezahlen, Version {app_version}. Bestellung {order_number}, {crash_id}",
    "Gibt es bei euch {pharmacy_category} auch als Bio? Und ist das {food_allergen_info}?",
    "Impressum von {apo21}: {commercial_register}, {registered_court} – ist das eine echte Versandapotheke? Lager-PLZ {postcode}?",
    "Testkauf im Shop-Sandbox mit {test_card} klappt, live {error_code}. Dev-Ticket {kb_article}",
    # Telemedizin
    "Die App zeigt {bot_question_counter} und dann {error_code}. Version {app_version}. Was tun?",
    "Welche Daten speichert euer Chatbot? Ich hab {consent_version} akzeptiert, finde aber {paragraph_ref} nirgends",
    "Ist die {telemed_consult_id} vom {date} noch offen? Hab um {time} versucht reinzukommen, {meeting_code}",
    "Euer Bot hat {bot_triage_level} angezeigt und dann {bot_menu_option} vorgeschlagen – ich wollte nur was zur Rechnung {invoice_number} wissen",
    "Wie lange dauert ein Rückruf? {waiting_time}? Ich hab {bot_question_counter} ausgefüllt",
    "Chatbot-Fehler: {code_snippet} und danach {json_snippet} im Fenster 🤷",
    "Der Bestätigungscode ({code_validity}) kam erst nach dem Ablauf. {bot_session_id}",
    # Handy / SIM
    "Wie aktiviere ich die {sim_format}? Der QR-Code zeigt {error_code}. Gerät {handset_model}, {software_version}",
    "Was kostet {roaming_zone} ({amount})? Fahre im {month} nach Kroatien. Tarif {telco_tariff}, {data_volume}",
    "Vertragsverlängerung {contract_end}, dann {handset_installment} für das {handset_model}? Gibt's noch {voucher_code}?",
    "Seit dem Update {software_version} wird die {sim_format} nicht erkannt. Router-Frage gleich mit: {router_model} blinkt rot",
    "{data_throttle} obwohl erst {data_volume} verbraucht? Zyklus endet {contract_end}",
    "Kann ich {tariff_option} dazubuchen ohne neue Laufzeit? Aktuell {contract_term}, {speed}",
    "Porting klappt nicht, {porting_window}. Status {dispute_status}? Ticket {ticket_number}",
    "Wie sperre ich Drittanbieter? Abo {streaming_plan} ist das einzige Extra, aber {sms_shortcode} schickt ständig SMS",
    "Eure Hotline {tollfree_number} sagt {waiting_time}, gibt's einen Rückruf-Service? {ticket_number}",
    "In der SMS steht meine Nummer als {masked_phone}, kommt die wirklich von euch? {sim_swap_ref}",
    # Kfz
    "Was bedeutet {sf_downgrade} konkret? Aktuell {sf_class}, Beitrag {premium_amount}",
    "Gutachter kommt {weekday} um {time}, Fotos: {file_name}. {accident_party_label} steht noch in der Werkstatt bei {garage21}",
    "Abschleppdienst wollte {amount} – sind {towing_distance} bei {carins21} mit drin? Schadennr {claim_number}",
    "Unfallskizze: {accident_party_label} kam von links, {accident_party_label} stand. Reicht das? {claim_portal_step}",
    "{repair_estimate} – ist {rental_excess_option} sinnvoll für den Ersatzwagen? {rental_car_model}",
    "EVB-Nummer {evb_number} für die Zulassung, HSN/TSN {hsn_tsn}, {first_registration}",
    "Kennzeichen {plate_u}, {odometer}, Schaden vorne rechts ({vehicle_damage_code}). Werkstatttermin {weekday}? {damage_report_photos}",
    "Reifen nach dem Unfall: {tyre_spec}, {inspection_due} – wird das mit reguliert?",
    # Tiere
    "Unser Kater ({pet_breed_age}) hat {pet_health}. Ist {vet_procedure} im Tarif {pet_plan} drin? Wartezeit laut Vertrag {waiting_period}",
    "Hund ({pet_breed_age}), Diagnose vom Tierarzt: {pet_health}. Braucht {vet_medication} eine Vorabgenehmigung? Chip {pet_microchip}",
    "Erstattet ihr {vet_invoice_item}? Auf der Rechnung stehen {vet_fee_rate} und {vet_bill_total}",
    "Meine Katze bekommt {vet_medication} gegen {pet_health}, reicht das als Nachweis? Vertrag {policy_number}",
    "Welpe ({pet_breed_age}) hat {pet_health} – ab wann gilt {reimbursement_rate}? Tarif {pet_plan}",
    "{vet_procedure} für {vet_bill_total}?? Ist das normal? {animal_weight}",
    "Wir holen einen Hund aus dem Tierschutz ({pet_breed_age}). Welcher Tarif deckt {pet_health}? {pet_passport}",
    "Tierarzt sagt {pet_health}, OP {vet_bill_total}. {claim_portal_step}, Schadennr {claim_number}",
    "{pet_health} und {pet_health} – zählt das als Vorerkrankung beim Tier? {pet_plan}, {waiting_period}",
    "Unsere Hündin ({pet_breed_age}) bekommt {vet_medication}, {pet_vaccine} ist fällig. Übernimmt {petins} die Vorsorge?",
    # Kaution
    "Wann kommt die Kaution ({deposit_months}) inkl. {deposit_interest} zurück? Übergabe war am {date}, {keys_returned}",
    "{handover_defect} – muss ich das zahlen oder ist das normale Abnutzung? {room_count}, {floor_area}, {rent_amount}",
    "Mietkautionskonto bei der {bank21} auflösen, was brauche ich? {tenancy_document}?",
    "Übergabe {weekday} {time}, {apartment_position}. {meter_reading_date}, bitte {keys_returned} mitbringen",
    "Nebenkostenabrechnung {billing_period}: {heating_cost_share}, Nachzahlung {amount}. Darf das mit der Kaution verrechnet werden?",
    "Vermieter sagt {handover_defect} und {handover_defect}, Fotos hab ich ({file_name}). {paragraph_ref}?",
    "Kaution {rental_deposit} – seit {period_dative} nix. Mieterverein sagt {notice_period}",
    "Mietspiegel {rent_per_sqm}, {energy_rating} – ist die Kaution von {deposit_months} überhaupt zulässig?",
    # Fitness
    "Kurs {class_booking} war wieder {class_capacity}. Kann ich {gym_tier} upgraden ohne {gym_fee_item}?",
    "Schließfach {locker_door} klemmt, Studio {studio_location}, heute {time}",
    "{hashtag_nonhealth} 💪 Frage: gilt {freeze_period} auch für {gym_tier}?",
    "Kündigungsfrist bei {contract_term}? {contract_end}, Studio {studio_location}",
    "Check-in-App zeigt {checkin_count}, ich war aber nur dreimal da. {app_version}",
    "{workout_stat} geschafft 🎉 Zählt das für die Challenge? {app_streak}",
    "Getränke-Flat oder {gym_fee_item}? Was lohnt sich bei {checkin_count}?",
    "Kursplan: {course_code} {training_slot}, {class_capacity}. Gibt's eine Warteliste?",
    # Pflege
    "Tourenplan {calendar_week}: {care_route}, {visit_window}. Kann die Kollegin {weekday} früher kommen?",
    "Was kostet {care_service_module} extra? Abrechnung {billing_period}, {hourly_rate}",
    "{homecare21} sucht {health_job_title} in Teilzeit? Schichten {shift_pattern}",
    "Rechnung {invoice_number}: {care_service_module} und {care_service_module}, {hourly_rate}",
    "Urlaubsvertretung {period} – wer kommt statt Schwester Anja? {visit_window}",
    # Uni
    "{degree_programme}: wann ist die Rückmeldefrist? {semester_fee} überwiesen am {date}",
    "Modul {module_code} nicht bestanden, {attempt_count}. Wirkt sich das auf {student_loan_plan} aus?",
    "ECTS-Frage: {ects_credits} für {degree_programme}, {semester}",
    "Wo lade ich {tax_form} fürs BAföG hoch? Förderungsnummer {bafoeg_reference}",
    "{exam_period}: Raum {office_room}, Klausur {module_code}, {page_range} im Skript relevant?",
    "Rückzahlung erst ab {repayment_threshold}? {student_loan_plan}, {interest_rate}",
    "Bewerbung {applicant_number}, Wartenummer im Studienbüro {office_ticket} – dauert ewig",
    # Paket
    "Sendung {tracking_ups}: {delivery_attempt}, jetzt {storage_deadline}. Wo ist {locker_location}?",
    "Packstation {packstation}, {locker_door} geht nicht auf, Display zeigt {error_code}",
    "Wie groß darf das Paket für {locker_size} sein? Hab {dimension}, {parcel_weight}",
    "Retoure {return_code}, Label für {courier21}. {shipping_label_code}?",
    "Zustellfenster {delivery_window} verpasst, {delivery_attempt}. Paketshop {parcel_shop_id}?",
    "{tracking_dhl} und {tracking_hermes} – beide seit {period_dative} ohne Update",
    "Nachsendeauftrag {reference_number}, gilt der auch für {courier21}? {delivery_window}",
    "Luftfracht {awb_number}, Palette {sscc} – Zustellung an die Firma, Anlieferung {opening_hours}",
    # Bank
    "{login_location} in der App, Gerät {handset_model}. War ich nicht. Passwort geändert, reicht das? {card_block_ref}",
    "Kartensperre {card_block_ref} – wann kommt die neue Karte? {delivery_window}?",
    "Was ist {scam_type}? Heute {time} Hab SMS mit Link {phishing_url} bekommen",
    "Transaktion {bank_transaction_id} bei {merchant_descriptor} ({merchant_location}) – ist das ein Abo?",
    "Sperr-Hotline {block_hotline} war besetzt. Ich hab die Karte in der App gesperrt, {card_last4}, passt das?",
    "{masked_iban} ist mein Konto, oder? In der Mail stand {masked_card}",
    "{auth_code} kam per SMS, ich hab aber nichts gekauft. {merchant_descriptor}, {foreign_amount}",
    "Die Betrugsmail nennt als Empfänger {placeholder_iban} und {masked_email} – komplett fake, oder? {fraud_case}",
    "Eine pushTAN kam, obwohl ich nichts überwiesen hab ({time}). {code_validity}. Was jetzt?",
    # Krypto
    "{trading_pair} Order hängt, {gas_fee}, {block_height}? noob Frage sorry",
    "Wallet {wallet_address} – wie viele Bestätigungen braucht ihr? Aktuell {confirmations}, Netzwerk {chain_network}",
    "Gebühr {withdrawal_fee} für {crypto_amount} ist Wucher. {kyc_tier}",
    "Tx {tx_hash} seit {block_height} unbestätigt, {gas_fee} zu niedrig?",
    "Sparplan {trading_pair} {amount} monatlich, ab {date}? {exchange_uid}",
    "2FA neu einrichten: der Backup-Code geht nicht, {error_code}, {app_version}",
    # Steuer
    "{tax_deadline} schaffen wir? Fehlt noch {tax_deduction_item} und {depreciation_period} für den Laptop",
    "{home_office_flat} oder Arbeitszimmer? {commuting_distance}",
    "Honorar {amount} für {tax_form} und {tax_form}? Letztes Jahr war's günstiger",
    "Elster zeigt {error_code}, Transfer-Ticket {elster_transfer}",
    "{tax_refund}, Bescheid vom {tax_office}. {tax_year}, Einspruch?",
    "Belege als {pipe_table_row} oder als PDF? {file_name}",
    "Lohnsteuerbescheinigung {page_number} fehlt, {percentage} Kirchensteuer richtig? {church_tax_rate}",
    # Bestatter
    "Grabstelle {grave_plot}, Lied {hymn_number} und {funeral_flowers}. Trauerfeier {weekday} {time} in {parish_name}",
    "Was kostet {coffin_model} im Vergleich zur Urne? Angebot {quote_number}",
    "{obituary_format} – bis wann ist Anzeigenschluss? {civil_register_number}",
    "Kondolenzbuch online: {file_name} hochladen geht nicht, {error_code}",
    "Trauerkaffee für {party_size}, {catering_option}? {price_per_head}",
    "Nachlass: {probate_ref}, {estate_share} – wer bezahlt {funeral_flowers}?",
    # Mental Health App
    "{health_app_feature} stürzt ab seit {app_version}. Meine {app_streak} ist weg 😢",
    "Wie exportiere ich {health_app_feature} {output_format}?",
    "{exercise_length} hat keinen Ton, Gerät {handset_model}",
    "Gibt es {mhapp21} auch als DiGA? {consent_version} gelesen",
    "Push-Nachricht {combining_text} nervt, wie abstellen? {app_version}",
    # Sucht
    "Wann ist {group_meeting}? Raum {office_room}, {clinic_floor}. Telefon {helpline_hours}?",
    "Bietet ihr {health_course} für Angehörige an? {opening_hours}",
    "{helpline_name} hat mich an euch verwiesen – anonym möglich? {helpline_hours}, {crisis_number}?",
    "Spende an {health_charity}, Quittung {donation_receipt}",
    # Reha
    "Hat {rehab21} Gästezimmer ({room_category})? Parkplatz {parking_fee}",
    "Besuchszeiten {visiting_hours} – auch am Wochenende? Anreise über {connection}, {platform}",
    "WLAN buchbar? {wifi_ssid}, {data_volume}",
    "Wie viele Betten hat {rehab21}? {bed_count}, {clinic_floor}",
    # Sonstiges / Formen-Lookalikes
    "{ascii_divider}\nBestellung {order_number} | {amount} | {delivery_eta}\n{ascii_divider}",
    "{glued_label_ref} steht im Betreff – ist das die richtige Referenz? {ticket_number}",
    "Ich schreib's extra {spaced_word} – die Lieferung {tracking_dpd} ist {delay}!!",
    "{backwards_word} 😂 sorry Kind am Handy. Eigentlich: {dialling_code} oder ohne?",
    "{amount_in_words} für {parcel_weight} Versand? {syllable_word}!",
    "Diktiert: Termin am {weekday} {dictation_artifact} {time} {dictation_artifact} Raum {office_room}",
    "{hashtag_nonhealth} – Umzug geschafft, {keys_returned}, {move_volume}",
    "Die Zeile {pipe_table_row} fehlt in eurem Export, {sheet_name}, {spreadsheet_cell}",
    "Fehler: {json_snippet} beim Upload von {file_name}",
    "Laut Anleitung {page_range}, aber {error_code} 🙄 {app_version}",
    "Eure Beispiel-IBAN {example_iban} im Formular verwirrt – muss ich da meine eintragen? {page_number}",
    "Das Formular sagt {invalid_phone_like} sei ungültig – stimmt, war Tippfehler. {invalid_taxid_like} auch 🙈 {glued_label_ref}",
    "{gift_card_nonluhn} wird als Gutschein nicht akzeptiert, {error_code}, {weight} Paket",
    "Lizenzschlüssel {license_key} für die Praxis-Software geht nicht, {kb_article}, {ai_model} weiß auch nix",
]
