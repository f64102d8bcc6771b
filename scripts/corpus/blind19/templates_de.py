"""German chat templates for blind set 19 (written fresh for the blind19 scenarios).

Syntax: {slot} / {slot:form} value, filler or generated negative; [[kind:text]] literal hard
negative; {{TYPE:a|b|c}} health value from hand-written alternatives (all terms.py terms).
"""

T = []

# ---------------------------------------------------------------------------
# Apotheken und Online-Apotheken: Folgerezepte, E-Rezept, Lieferung
T += [
    "Hallo {pharm19}, ich brauche ein Folgerezept für {{MEDICATION:L-Thyroxin|Euthyrox|Levothyroxin}} wegen meiner {{DIAGNOSIS:Schilddrüsenunterfunktion|Hashimoto}}. Können Sie das an meine Hausarztpraxis weiterleiten? Rückruf gern unter {mobile}.",
    "Guten Tag, die Bestellung {pharmacy_order_ref} ist noch nicht da. Da ist mein {{MEDICATION:Insulin|Lantus|Novorapid}} drin, das muss gekühlt werden ({cold_chain}). Bitte dringend melden: {phone}",
    "Ich habe das E-Rezept über die App eingelöst, aber da steht seit {date} nur {erezept_status}. Es geht um {{MEDICATION:Ritalin|Methylphenidat|Medikinet|Elvanse}} für meinen Sohn ({{DIAGNOSIS:ADHS|ADS}}). Mail: {email}",
    "Können Sie mir sagen, ob {{MEDICATION:Metformin|Ramipril|Candesartan}} wieder lieferbar ist? Ich nehme das seit Jahren wegen {{DIAGNOSIS:Diabetes Typ 2|Typ-2-Diabetes|Bluthochdruck}}. PZN {pzn}, {pack_size}.",
    "Bitte die Lastschrift für die Zuzahlung von folgendem Konto einziehen: {iban}. Kontoinhaberin {name}. Es geht um Bestellung {pharmacy_order_ref}.",
    "hallo, meine mutter ({first}) bekommt {{MEDICATION:Marcumar|Eliquis|Xarelto}} und jetzt hat der arzt zusätzlich {{MEDICATION:Ibuprofen 600|Diclofenac}} verschrieben. verträgt sich das?? sie hatte letztes jahr eine {{DIAGNOSIS:Thrombose|Lungenembolie}}. tel {landline}",
    "Ich bin {{DIAGNOSIS:schwanger|hochschwanger}} und habe {{SYMPTOM:Sodbrennen|Übelkeit|Kopfschmerzen}}. Darf ich {{MEDICATION:Paracetamol|Pantoprazol}} nehmen? Bitte per Mail an {email} antworten, ich bin tagsüber schlecht erreichbar.",
    "Rezept für {{MEDICATION:Salbutamol-Spray|Symbicort|Budesonid}} ({dosage_schedule}) für {name}, geb. {birth_date}. Versichertennummer {kvnr}. Die Kasse ist {healthins19}.",
    "Sehr geehrte Damen und Herren, bitte stornieren Sie Bestellung {pharmacy_order_ref}. Die Zahlung erfolgte mit Karte {card}, bitte dorthin erstatten.",
    "Ich hab die {{MEDICATION:Antibabypille|Pille danach}} bestellt aber die Packung war beschädigt. Foto schicke ich an {email:html_entity}. Bestellnummer {order_number}.",
    "Guten Morgen! Die Lieferung mit {{MEDICATION:Ozempic|Mounjaro|Wegovy}} stand gestern bei [[temperature:28 Grad]] vor der Tür. Ist das noch gut? Rückruf unter {phone:split_rest} bitte.",
    "Mein Vater ({{DIAGNOSIS:Parkinson|Morbus Parkinson}}) braucht {{MEDICATION:L-Dopa|Madopar|Levodopa}} als Dauermedikation ({dosage_schedule}). Geht das als Wiederholungsrezept? Seine Nummer: {phone}",
    "Kurze Frage zur Abholung ({pharmacy_pickup_code}): ich schicke meine Nachbarin {firstname_f}. Sie hat Ausweis dabei. Für Rückfragen: {mobile}",
    "Bitte Rechnung an {email} – wir reichen das bei der Beihilfe ein. Medikament: {{MEDICATION:Tamoxifen|Letrozol|Anastrozol}} nach {{DIAGNOSIS:Brustkrebs|Eierstockkrebs}}.",
    "Ich zahle per Kreditkarte: {card_visa}, gültig bis {exp}, Prüfziffer {cvc}. Bitte nur die {{MEDICATION:Eisentabletten|Folsäure|Vitamin-D-Tropfen}} schicken, der Rest ist storniert.",
    "Die App zeigt mir den Medikationsplan nicht an. Drin stehen {{MEDICATION:Sertralin|Escitalopram|Venlafaxin}} und {{MEDICATION:Quetiapin|Mirtazapin|Lorazepam}}. {app_version}, {handset_model}. Kontakt {email}",
    "Sprachnachricht transkribiert: ja hallo hier ist {name} ich wollte fragen ob das {{MEDICATION:Amoxicillin|Antibiotikum|Penicillin}} für meine Tochter fertig ist sie hat {{DIAGNOSIS:Mandelentzündung|Scharlach|Mittelohrentzündung}} meine nummer ist {phone:words}",
    "Grüezi, ich möchte meine {{MEDICATION:Methotrexat|MTX|Humira}}-Spritzen nach Hause liefern lassen ({{DIAGNOSIS:rheumatoide Arthritis|Morbus Crohn|Psoriasis}}). Natel {phone_ch}, Krankenkasse Helsana.",
    "Die Zuzahlung wurde doppelt abgebucht: zweimal {rx_copay}. Bitte auf {iban} zurücküberweisen. Danke!",
    "Bitte an meine neue Adresse liefern, ich liege nach der {{TREATMENT:Hüft-OP|Knie-TEP|Bandscheiben-OP}} noch zu Hause. Lieferfenster {delivery_window}. Tel. {phone}",
]
# clean
T += [
    "Haben Sie {generic_health_topic} im Angebot? Ich finde auf der Seite nur die Kategorie {pharmacy_category}.",
    "Wie lange dauert der Versand bei {pharm19}? Meine Bestellung {pharmacy_order_ref} steht seit {date} auf {erezept_status}.",
    "Macht Ihre Apotheke auch {generic_health_topic}? Wir würden gern am {weekday} vorbeikommen, {opening_hours}?",
    "Ich suche „{medical_device_product}“ als Geschenk für meine Oma. Gibt es Rabatt mit dem Code {voucher_code}?",
    "Warum kostet der Versand ({cold_chain}) extra {amount}? Steht das irgendwo in den AGB?",
    "Der Newsletter-Link ({url_query}) führt ins Leere, ich wollte eigentlich zur Kategorie {pharmacy_category}.",
    "Ihre Filiale in {city} sucht eine {health_job_title} – ist die Stelle noch frei? Ich habe Erfahrung in der Offizin.",
    "Lest ihr auch die Schlagzeile „{health_news}“? Bekommt ihr da genug Ware rein?",
    "Ich suche {product_health} und „{medical_device_product}“, beides war im Prospekt für {amount}.",
    "Bei Bestellung {pharmacy_order_ref} wurde die {rx_copay} berechnet, obwohl es nur Drogerieartikel waren ({product_health}). Bitte prüfen.",
]

# ---------------------------------------------------------------------------
# Fitnessstudios: Ruhezeit wegen Verletzung / Schwangerschaft
T += [
    "Hallo {gym19}-Team, ich möchte meine Mitgliedschaft ({member_number}) ruhen lassen. Ich habe mir beim Fußball einen {{DIAGNOSIS:Kreuzbandriss|Meniskusriss|Achillessehnenriss}} zugezogen und werde am {date} operiert. Attest folgt per Mail an euch, meine Adresse: {email}",
    "Ich bin {{DIAGNOSIS:schwanger|hochschwanger}} ({{DIAGNOSIS:Risikoschwangerschaft|Schwangerschaftsdiabetes}}), die Ärztin hat Sport verboten. Kann ich den Vertrag pausieren ({freeze_period})? {freeze_fee} zahle ich ungern.",
    "Bitte Beiträge ab sofort von diesem Konto abbuchen: {iban}, Kontoinhaber {name}. Mitgliedsnummer {member_number}.",
    "Warum wurde mir trotz Ruhezeit {amount} abgebucht? Ich war wegen {{DIAGNOSIS:Bandscheibenvorfall|Hexenschuss|Ischias}} krankgeschrieben und hatte das Attest abgegeben. Meine IBAN: {iban:spelling_alphabet}",
    "Kündigung wegen {{DIAGNOSIS:Herzinsuffizienz|Vorhofflimmern|Herzrhythmusstörungen}}: Mein Kardiologe rät von Krafttraining ab. Vertragsnummer {contract_number}, Telefon {phone}.",
    "moin, hab seit dem {class_booking} kurs {{SYMPTOM:Knieschmerzen|Rückenschmerzen|Schwindel}} und will erstmal pausieren. geht das online? mail {email}",
    "Studio {city}: Mein Sohn ist {{DIAGNOSIS:Asthmatiker|Allergiker}}, darf er trotzdem ins Probetraining? Er hat sein {{MEDICATION:Notfallspray|Asthmaspray|Salbutamol-Spray}} immer dabei. Rückruf {mobile}",
    "Hallo, ich hatte eine {{TREATMENT:Kreuzband-OP|Schulter-OP|Meniskus-OP}} und mache jetzt {{TREATMENT:Physiotherapie|Krankengymnastik}}. Kann ich den Vertrag in {gym_tier} umwandeln? Nr. {member_number}",
    "Ich zahle ab jetzt per Karte: {card_mc}, Ablauf {exp}. Bitte die SEPA-Lastschrift stoppen.",
    "Sehr geehrtes Team, nach meinem {{DIAGNOSIS:Schlaganfall|Herzinfarkt}} im {month} möchte ich kündigen. Anbei das Attest. Rückmeldung bitte an {email} oder {landline}.",
    "Servus, ich hab mir beim Training eine {{DIAGNOSIS:Schulterluxation|Zerrung|Rippenprellung}} geholt, das Gerät war kaputt. Wer ist zuständig? Handy {phone_at}",
    "Für die Ruhezeit brauchen Sie ja den Nachweis – ich habe {{DIAGNOSIS:Long Covid|Post-Covid-Syndrom|ME/CFS}} und {{SYMPTOM:Erschöpfung|Atemnot|Herzrasen}} schon bei Treppen. Mitgliedsnummer {member_number}.",
]
T += [
    "Gibt es bei euch „{health_course}“ oder nur {class_booking}? Und was kostet das im {gym_tier}?",
    "Ich möchte meinen Vertrag pausieren ({freeze_period}), weil ich beruflich im Ausland bin. Was kostet das? Gelesen habe ich {freeze_fee}.",
    "Die Duschen im {studio_location} sind seit {date} kalt. Das ist echt [[figurative_health:zum Kotzen]].",
    "Kann man die {health_app_feature} aus eurer App mit der Uhr koppeln? Ich hab ein {tracker_model}.",
    "Mein Spind {locker_number} lässt sich nicht öffnen, der Chip {wristband_id} geht nicht. Bitte vor {time} fixen!",
    "Wann ist wieder der Kurs „{health_course}“? Letztes Mal war der Kurs voll, {waitlist_position} auf der Warteliste.",
    "Euer Aushang sucht: {health_job_title}. Ist das Vollzeit? Kontakt läuft über {company}?",
    "Ist „{medical_device_product}“ im Shop auch für Anfänger geeignet? Der Trainer meinte, ohne sei das Training [[figurative_health:sterbenslangweilig]].",
]

# ---------------------------------------------------------------------------
# Telekom: SIM-Tausch, Rufnummernmitnahme, Kündigung
T += [
    "Hallo {telco19}, ich brauche einen SIM-Tausch, das Handy ist ins Wasser gefallen. Meine Rufnummer {mobile}, Kundennummer {customer_number}. Die neue SIM bitte an die hinterlegte Adresse.",
    "Bitte die Rufnummer {mobile} zu {telco19} portieren. Portierungscode {porting_code}, {porting_window}. Ausweisnummer {ausweis}.",
    "Sonderkündigung wegen Umzug ins Pflegeheim: Mein Vater hat {{DIAGNOSIS:Demenz|Alzheimer|Alzheimer-Demenz}} und kann das Handy nicht mehr nutzen. Vertrag {contract_number}, ich habe Vorsorgevollmacht. Erreichbar unter {phone}.",
    "Jemand hat meine SIM geklont (SIM-Swap)! Seit {time} kein Netz, dann kam eine SMS mit {otp_code}. Bitte sofort sperren: {mobile:split_rest}",
    "Ich bin {{DIAGNOSIS:gehörlos|schwerhörig}} und kann nicht anrufen. Bitte alles per Mail an {email} – Kundennummer {customer_number}, Tarif {telco_tariff}.",
    "Kündigung zum {date}: Vertrag {contract_number}, Inhaber {name}, Rufnummer {phone}. Die Restlaufzeit ist {contract_term}.",
    "Ich bin ab {date} zur {{TREATMENT:Reha|Anschlussheilbehandlung|AHB}} in Österreich, gilt dort {roaming_zone}? Nummer {mobile}",
    "Für die Rufnummernmitnahme hier alle Daten: Name {name}, Geburtsdatum {birth_date}, Nummer {mobile:tabs}, alter Anbieter {telco19}.",
    "Bitte Lastschrift ändern auf {iban}, BIC {bic}. Kundennummer {customer_number}.",
    "Grüezi, mein Natel-Abo bei {telco19} will ich kündigen. Die Nummer {phone_ch} soll mit. Rechnung bitte an {email}.",
    "hab ne neue eSIM bestellt aber der QR code geht nicht ({error_code}). meine nummer ist {mobile:arabic_indic}, bitte zurückrufen",
    "Sehr geehrte Damen und Herren, aufgrund meiner {{DIAGNOSIS:Depression|Angststörung|bipolare Störung}} war ich {period} in der Klinik und habe die Rechnungen nicht bezahlt. Können wir eine Ratenzahlung vereinbaren? {installment_plan}. Kontakt {email}",
]
T += [
    "Ich will meine Nummer mitnehmen, was kostet die {tariff_option}? Und gilt {roaming_zone} auch in der Schweiz?",
    "Der Auftrag {sim_swap_ref} steht seit {date} auf „in Bearbeitung“. Was ist da los?",
    "Mein Router ({router_model}) blinkt rot, {error_code}. Die [[object_health:Systemdiagnose]] zeigt nichts – ist das eine Störung?",
    "Wie lange dauert die Portierung? Im Vertrag steht {porting_window}, die Hotline sagt was anderes.",
    "Kann ich meine alte SIM ({sim_serial_last}) behalten, bis {sim_swap_ref} durch ist?",
    "Wo finde ich in der App die {tariff_option}? {app_version}, Handy {handset_model}.",
    "Euer Werbespot mit dem „[[figurative_health:Ich lach mich tot]]“-Spruch ist ja witzig, aber mein Vertrag {contract_number} läuft trotzdem aus.",
]

# ---------------------------------------------------------------------------
# Banken: Rückbuchung und Lastschrift-Streit
T += [
    "Ich möchte eine Lastschrift zurückbuchen lassen: Gläubiger {merchant19}, {creditor_id}, Betrag {amount}, Mandat {mandate_reference}. Abgebucht von {iban}.",
    "Meine Mutter hat {{DIAGNOSIS:Demenz|Alzheimer|vaskuläre Demenz}} und hat bei {merchant19} Abos abgeschlossen. Ich habe Betreuungsvollmacht. Ihr Konto: {iban}. Bitte alle Lastschriften von {creditor_id} stoppen. Tel. {phone}",
    "Bitte Chargeback für die Kartenzahlung bei {merchant_descriptor} über {amount}, Karte {card}. Die Ware kam nie an.",
    "Die {bank19} hat mir {return_debit_fee} berechnet, weil die Lastschrift geplatzt ist. Ich lag da mit {{DIAGNOSIS:Lungenentzündung|Blinddarmentzündung|Gallensteine}} im Krankenhaus. Kulanz möglich? Konto {iban}",
    "Reklamation Kartenzahlung: {card_mc}, Umsatz vom {date}, {amount}, Händler {merchant_descriptor}. Status laut App: {dispute_status}.",
    "Hier nochmal meine Kontodaten für die Gutschrift, bitte genau so übernehmen: {iban:split_rest}",
    "Das Fitnessstudio bucht trotz Kündigung weiter ab ({sepa_return_code}). Ich hatte wegen {{DIAGNOSIS:Bandscheibenvorfall|Rheuma|Arthrose}} gekündigt. IBAN {iban}, Gläubiger-ID siehe Anhang.",
    "Bitte rufen Sie mich zurück wegen der Rückbuchung, Fall {chargeback_ref}. Mobil {mobile}, am besten nach {time}.",
    "Für die Rückerstattung: Konto {iban:html_entity} / BIC {bic}.",
    "Ich habe versehentlich zweimal bezahlt, Kreditkarte {card:code_ticks}. Händler sagt, ich soll das über die Bank klären ({refund_period}).",
    "Zum Widerspruch gegen die Lastschrift: Das Geld ging von {iban} an {merchant19}. Ich war {period} wegen {{TREATMENT:Chemotherapie|Bestrahlung|Dialyse}} nicht in der Lage, das Abo zu kündigen. Kontakt {email}",
    "Servus, die Bankomatkarte wurde gesperrt und jetzt platzen die Lastschriften. Konto {iban_at}, Handy {phone_at}.",
]
T += [
    "Wie lange habe ich Zeit für eine Rückbuchung? Irgendwo stand {refund_period}.",
    "Was bedeutet {sepa_return_code} auf meinem Kontoauszug? Betrag {amount}, {date}.",
    "Die Rücklastschrift {chargeback_ref} steht auf {dispute_status}. Wann ist das Geld wieder da?",
    "Ich sehe eine Abbuchung von {merchant_descriptor} über {amount}, die ich nicht kenne. Karte {masked_card}. Bitte prüfen.",
    "Kann die {bank19} die {return_debit_fee} erlassen? Das war ein Fehler des Händlers ({creditor_id}).",
    "Ist so etwas ({scam_type}) bei euch schon öfter vorgekommen? Mir wurde eine SMS mit {phishing_url} geschickt.",
    "Die Beispiel-IBAN in eurem Formular ({example_iban}) ist verwirrend, da dachte ich, das sei mein Konto.",
]

# ---------------------------------------------------------------------------
# Vermieter / Hausverwaltung: Kaution, Mietschuldenfreiheit, SCHUFA
T += [
    "Sehr geehrte {landlord19}, ich ziehe zum {date} aus der Wohnung ({apartment_position}) aus. Bitte die Kaution ({rental_deposit}) auf {iban} überweisen. Meine neue Mailadresse: {email}",
    "Für die Wohnungsbewerbung brauche ich eine {tenancy_document}. Mieter ({tenant_number}), Name {name}, Telefon {phone}.",
    "Wegen meiner {{DIAGNOSIS:Multiple Sklerose|Querschnittslähmung|Spastik}} bin ich auf den Aufzug angewiesen, der ist seit {date} kaputt. Bitte dringend reparieren! Erreichbar: {mobile}",
    "Der Schimmel im Schlafzimmer wird schlimmer, mein Kind hat inzwischen {{DIAGNOSIS:Asthma|Asthma bronchiale|Bronchitis}} und {{SYMPTOM:Atemnot|Reizhusten|Husten}}. Ich fordere {rent_reduction}. Kontakt {email}",
    "Hallo, hier meine Unterlagen für die Besichtigung ({viewing_slot}): Personalausweisnummer {ausweis}, {tenancy_document} kommt per Mail. Handy {mobile}.",
    "Die Nebenkostennachzahlung von {amount} überweise ich in Raten, da ich nach der {{TREATMENT:Chemo|Chemotherapie|Strahlentherapie}} nur Krankengeld bekomme. Mein Konto für Rückfragen: {iban}",
    "Mieterwechsel: Bitte ab {month} die Miete von {iban_at} abbuchen. Meldezettel liegt vor.",
    "Ich bitte um Verlängerung der Auszugsfrist, mein Mann hatte einen {{DIAGNOSIS:Herzinfarkt|Schlaganfall}} und liegt im Krankenhaus ({hospital_name}). Ich bin unter {phone} erreichbar.",
    "Für die SCHUFA-Auskunft: Steuer-ID {steuer_id}, Geburtsdatum {birth_date}. Bitte vertraulich behandeln.",
    "Guten Tag, die Kaution wurde noch nicht zurückgezahlt. Übergabeprotokoll vom {date} liegt vor, Schlüssel abgegeben ({key_number}). IBAN: {iban:quoted}",
    "Ich bin {{DIAGNOSIS:Rollstuhlfahrerin|querschnittsgelähmt}} und frage, ob die Wohnung im {apartment_position} schwellenfrei ist. Rückruf unter {landline}.",
    "Grüezi, Zügeltermin ist am {date}, die Kaution (Mietkautionskonto) bitte auf {iban_ch} auszahlen. AHV-Nr. {ahv} für das Formular.",
]
T += [
    "Welche Unterlagen braucht ihr für die Wohnung ({apartment_position})? Ich habe: {tenancy_document}, Selbstauskunft.",
    "Die Miete liegt bei {rent_per_sqm}, ist das nach Mietspiegel ok? Die Wohnung hat {floor_area}.",
    "Wann ist die nächste Besichtigung? Ich kann nur: {viewing_slot}.",
    "Im Treppenhaus riecht es nach {plant_health} – die Pflanzen vom Nachbarn sind befallen. Bitte mal prüfen.",
    "Wie wird die {heating_cost_share} berechnet? In der Abrechnung {billing_period} stehen {amount}.",
    "Der Hausmeister meinte, ich solle nicht gleich [[figurative_health:die Krise kriegen]]. Der Wasserschaden ist aber real, Wohnung {apartment_position}.",
    "Dürfen Mieter „{home_aid}“ einbauen lassen? Wir überlegen, für die Zukunft vorzusorgen.",
]

# ---------------------------------------------------------------------------
# Autovermietung und Carsharing: Schäden, Führerschein
T += [
    "Hallo {carrent19}, bei meiner Fahrt ({sharing_trip_id}) hatte ich einen Auffahrunfall. Mir geht es soweit ok, nur eine {{DIAGNOSIS:Prellung|Platzwunde|Zerrung}}. {damage_report_photos} ist hochgeladen. Rückruf {mobile}",
    "Ich möchte die Buchung stornieren, ich habe {{DIAGNOSIS:Epilepsie|Grauer Star|Narkolepsie}} diagnostiziert bekommen und darf vorerst nicht fahren. Buchung {booking_code}, Karte {card}.",
    "Für die Kaution bitte diese Kreditkarte nehmen: {card_visa}, gültig bis {exp}, CVC {cvc}.",
    "Abholung {rental_station}, {rental_car_model}. Zweiter Fahrer: {name}, Reisepass {reisepass}.",
    "Der Schaden am Heck war schon vorher da ({vehicle_damage_code})! Ich habe Fotos, bitte melden unter {phone} oder {email}.",
    "Meine Frau hatte nach dem Unfall eine {{DIAGNOSIS:Gehirnerschütterung|Rippenprellung|Platzwunde}} und lag im Krankenhaus ({hospital_name}). Wir brauchen die Unterlagen für die Versicherung: Vertrag {rental_agreement}, Kennzeichen {licence_plate}.",
    "Die Selbstbeteiligung wurde doppelt von meinem Konto {iban} abgebucht (gebucht war: {rental_excess_option}).",
    "Bitte die Rechnung für {km_package} an {email:percent_encoded} schicken.",
    "Servus, der Wagen hat kein Pickerl mehr und die Vignette fehlt. Ich bin unter {phone_at} erreichbar, Vertrag {rental_agreement}.",
    "Ich bin {{DIAGNOSIS:Diabetikerin|Diabetiker}} und muss mich bei {{SYMPTOM:Unterzucker|Unterzuckerung|Schwindel}} im Auto absichern – kann ich einen Beifahrer eintragen lassen? Führerschein {license_class}. Tel {mobile}",
]
T += [
    "Gibt es den Wagen ({rental_car_model}) auch mit {km_package}? Abholung {rental_station} am {date}.",
    "Was kostet die {rental_excess_option}? Und ist {fuel_policy} Pflicht?",
    "Der Tank war bei {fuel_level} statt voll ({sharing_trip_id}). Bitte die Tankgebühr prüfen.",
    "In der App stand {damage_report_photos}, aber die Fotos sind weg. Buchung {booking_code}.",
    "Die Bremsen quietschen und im Display steht [[object_health:Fehlerdiagnose]], der Wagen {licence_plate} sollte in die Werkstatt.",
    "Mein Tarif: {km_package}. Wie weit darf ich damit ins Ausland? Ist {vignette} inklusive?",
]

# ---------------------------------------------------------------------------
# Versicherungen: Zahn, Reise, Tier (Tier = Hard Negative)
T += [
    "Hallo {insur19}, anbei der Plan für {{TREATMENT:Zahnimplantat|Wurzelbehandlung|Zahnersatz|Parodontosebehandlung}} ({hkp_number}). Wie viel übernehmen Sie ({reimbursement_rate})? Versicherungsnummer {policy_number}.",
    "Schadensmeldung Reise: Ich hatte im Urlaub eine {{DIAGNOSIS:Blinddarmentzündung|Lebensmittelvergiftung|Lungenentzündung}} und musste ins Krankenhaus. Rechnung über {foreign_amount}. Erstattung bitte auf {iban}.",
    "Unser Hund {pet19} hat {pet_health} und war in der {vet19}. Die Rechnung ({vet_invoice_item}) liegt bei {amount}. Tarif {pet_plan}, Vertragsnummer {policy_number}. Erstattung auf {iban}.",
    "Die Katze hatte {pet_health}, der Tierarzt hat {vet_medication} verschrieben. Zahlt die OP-Versicherung das? Vertrag {policy_number}, Mail {email}",
    "Reiserücktritt: Ich musste wegen {{DIAGNOSIS:Gürtelrose|Covid|Gallensteine|Nierensteine}} stornieren, Attest anbei. {travel_claim_item}: {amount}. Bankverbindung {iban}, Tel. {phone}.",
    "Zahnzusatz: Bei mir wurde {{DIAGNOSIS:Parodontitis|Karies|Zahnwurzelentzündung}} festgestellt, nächste Woche {{TREATMENT:Wurzelbehandlung|Zahnextraktion|Weisheitszahn-OP}}. Gilt die Wartezeit noch ({waiting_period})? Versicherungsnr. {policy_number}",
    "Bitte Beitrag ab sofort per Kreditkarte: {card_mc}, {exp}, Sicherheitscode {cvc:bilingual_words}.",
    "Hallo, ich habe die Belege hochgeladen ({claim_portal_step}), aber der Upload hängt. Schaden {claim_number}, es ging um die {{TREATMENT:Mammographie|Darmspiegelung|Magenspiegelung|Biopsie}} im Ausland. Rückruf: {phone}",
    "Mein Sohn hat sich im Skiurlaub einen {{DIAGNOSIS:Schienbeinbruch|Handgelenksbruch|Schlüsselbeinbruch}} zugezogen, [[travel_claim_item:Rücktransport]] nötig. Police {policy_number}, Handy {mobile}.",
    "Unser Tier hat {pet_health} und bekommt {vet_medication} ({animal_weight}). Zahlt die Versicherung auch {vet_procedure}? Nummer {policy_number}",
    "Ich war {period} in {abroadclinic19} wegen {{SYMPTOM:Brustschmerzen|Atemnot|Schüttelfrost}}. Die Klinik verlangt {foreign_amount} vorab. Bitte Kostenübernahme an {email}!",
    "Ist {{TREATMENT:professionelle Zahnreinigung|Kieferorthopädie|Zahnspange}} für meine Tochter mitversichert? Sie ist [[age:14]]. ({insurance_plan}), Vertrag {policy_number}.",
]
T += [
    "Zahlt die Tierversicherung auch {vet_procedure} oder nur bei {pet_health}? Es geht um: {animal_weight}.",
    "Was bedeutet „{waiting_period}“ in meinem Vertrag ({insurance_plan})? Gilt das auch für {travel_claim_item}?",
    "Ich finde den Upload nicht, die Seite hängt bei {claim_portal_step}. Schaden {claim_number}.",
    "Ist {pet_vaccine} bei der Tier-Krankenversicherung mit drin? Die {vet19} sagt nein.",
    "Gilt bei Zahnreinigung wirklich {reimbursement_rate}? Im Prospekt steht was anderes.",
    "Unsere Hündin hat {pet_health} und {pet_health} – reicht der Tarif {pet_plan} oder brauchen wir mehr?",
    "Die Reiseversicherung schreibt, {coverage_limit}. Gilt das auch für Kinder?",
]

# ---------------------------------------------------------------------------
# Dating- und Support-Apps
T += [
    "Hallo {dating19}-Support, jemand hat in meinem Chat verbreitet, dass ich {{DIAGNOSIS:HIV|Hepatitis C|Borderline}} habe. Bitte den Account melden ({report_reason}). Meine Mail: {email}",
    "Ich möchte meinen Account löschen. Ich hatte in der Bio erwähnt, dass ich {{DIAGNOSIS:bipolar|autistisch|depressiv}} bin, und will nicht, dass das gespeichert bleibt. Registriert mit {mobile}.",
    "Bei {supportapp19} komme ich nicht mehr rein, der Kurs gegen {{DIAGNOSIS:Depression|Angststörung|Panikstörung}} war auf Rezept. Freischaltcode habe ich, Mail {email}.",
    "Mein Abo bei {dating19} wurde doppelt abgebucht, Karte {card}. Bitte erstatten.",
    "hey, mein match hat mir seine nummer geschickt {phone:code_ticks} aber die app blockt nummern – ist das normal?",
    "Sehr geehrtes Team, die Therapie-App {supportapp19} wurde mir wegen {{SYMPTOM:Schlafstörungen|Panikattacken|Antriebslosigkeit}} verschrieben. Ich bekomme aber keinen Code. Versichertennummer {kvnr}, Kasse {healthins19}.",
    "Ich wurde gesperrt wegen {report_reason}, dabei habe ich nur geschrieben, dass ich {{DIAGNOSIS:gehörlos|Diabetikerin|Asthmatikerin}} bin. ({dating_profile_id}), Mail {email:quoted}",
    "Meine Tochter (16) ist auf {dating19} angemeldet, obwohl sie {{DIAGNOSIS:magersüchtig|essgestört}} ist und sich dort Tipps holt. Bitte Account löschen, ihre Nummer: {mobile}",
    "Rechnung bitte an {email}, Zahlung per {iban}. Es geht um das Jahresabo von {supportapp19}.",
]
T += [
    "Wie funktioniert die Verifizierung ({verification_badge})? Ich habe {match_count}, aber keiner schreibt.",
    "Warum wurde mein Profil wegen {report_reason} gesperrt? {dating_profile_id}",
    "Hat {supportapp19} auch einen {health_app_feature}? Ich suche was für {generic_health_topic}.",
    "Ist {premium_plan} kündbar? Ich hatte {match_count} in einer Woche, das war [[figurative_health:nervenaufreibend]].",
    "Die App zeigt nur noch {error_code}, {app_version}. Ich habe {match_count} verpasst.",
    "In eurem Blog steht „{health_news}“ – habt ihr dazu auch Kurse wie {health_course}?",
]

# ---------------------------------------------------------------------------
# Essenslieferung mit Allergien
T += [
    "Hallo {delivery19}, ich habe ausdrücklich geschrieben, dass ich eine {{DIAGNOSIS:Erdnussallergie|Nussallergie|Sesamallergie}} habe. Im Curry waren trotzdem Nüsse, ich musste meinen {{MEDICATION:EpiPen|Adrenalin-Pen|Adrenalin-Autoinjektor}} benutzen. Bestellung {delivery_order_id}. Tel. {phone}",
    "Mein Sohn hat {{DIAGNOSIS:Zöliakie|Glutenunverträglichkeit|Weizenallergie}}, das Essen war als [[food_allergen_info:glutenfrei]] markiert, trotzdem hat er jetzt {{SYMPTOM:Bauchkrämpfe|Durchfall|Erbrechen}}. Bestellung {delivery_order_id}, Mail {email}",
    "Nach der Bestellung vom {date} hatten wir alle {{SYMPTOM:Übelkeit|Erbrechen|Durchfall}}, der Arzt sagt {{DIAGNOSIS:Lebensmittelvergiftung|Salmonellen|Noroviren}}. Wir wollen das Geld zurück auf {iban}.",
    "Bitte Rückerstattung auf die Karte {card:fancy_digits}, Bestellung {delivery_order_id}, {amount}.",
    "ich hab {{DIAGNOSIS:Laktoseintoleranz|Histaminintoleranz|Fruktoseintoleranz}}, kann ich bei „{menu_item}“ was weglassen? {order_note}. nummer für den fahrer: {mobile}",
    "Der Fahrer hat die Tüte bei {first} abgegeben, die hat eine {{DIAGNOSIS:Fischallergie|Eiallergie|Milcheiweißallergie}} und hat zum Glück nichts gegessen. Ich bin unter {phone} erreichbar.",
    "Trinkgeld wurde doppelt abgebucht ({tip_amount}). PayPal ist mit {email} verknüpft.",
    "Grüezi, meine Tochter hatte nach dem Sushi {{SYMPTOM:Ausschlag|Quaddeln|Atemnot}}. Bestellung {delivery_order_id}, Natel {phone_ch}.",
]
T += [
    "Stimmt es, dass die Frühlingsrollen als „{food_allergen_info}“ gekennzeichnet sind? Und was heißt „{spice_level}“ bei euch?",
    "Bitte {order_note} und {spice_level}, Bestellung {delivery_order_id}.",
    "Gibt es eine Allergenliste für {menu_item}? Ich finde nur „{food_allergen_info}“.",
    "Warum gibt es bei euch „{delivery_fee}“? Bei {delivery19} war es letzte Woche noch günstiger.",
    "Die Lieferung ({delivery_order_id}) kam {delivery_eta} zu spät, das Essen war kalt. [[figurative_health:Ich krieg die Krise]]!",
    "Kann man bei euch nach „{food_allergen_info}“ filtern? Die App ({app_version}) hat das nicht.",
]

# ---------------------------------------------------------------------------
# Paketstationen
T += [
    "In meiner Packstation-Sendung ({tracking_dhl}) ist mein {{MEDICATION:Insulin|Lantus|Humalog}} – die Lagerfrist läuft ab und ich liege mit {{DIAGNOSIS:Grippe|Influenza|Corona}} im Bett. Kann ein Nachbar abholen? Meine Postnummer ist {dhl_postnummer}, Handy {mobile}.",
    "Der Abholcode kommt nicht per SMS an. Hinterlegt ist {mobile}, Sendung {tracking_hermes}, {locker_location}.",
    "Bitte die Sendung {tracking_dpd} an meine neue Adresse umleiten, ich komme wegen meiner {{DIAGNOSIS:Hüftfraktur|Oberschenkelhalsbruch|Arthrose}} nicht zur {locker_location}. Rückruf {landline}",
    "Mein Paket steckt im Fach fest ({locker_size}). Sendungsnummer {tracking_gls}, Kontakt {email}.",
    "Hallo, die Benachrichtigung ging an eine falsche Mail. Richtig ist {email:code_ticks}, Sendung {tracking_dhl}.",
    "Ich bin {{DIAGNOSIS:querschnittsgelähmt|Rollstuhlfahrer}}, das Fach ist zu hoch. Kann die Sendung {tracking_ups} an den Paketshop? Tel {phone}",
]
T += [
    "Die {locker_location} ist seit {date} außer Betrieb. Wo kann ich meine Sendung {tracking_dhl} abholen?",
    "Auf der Karte steht „{storage_deadline}“. Abholcode war {locker_pin}. Geht das noch?",
    "Passt ein Paket mit den Maßen {dimension} ins Fach ({locker_size})?",
    "Die Packstation zeigt {error_code}, das Fach {locker_number} geht nicht auf.",
    "Ich habe die Sendung {tracking_hermes} nicht rechtzeitig abgeholt ({storage_deadline}). Zurück an Absender?",
]

# ---------------------------------------------------------------------------
# Streaming und Gaming: Account-Wiederherstellung
T += [
    "Mein {stream19}-Account wurde gehackt, die Mail wurde geändert. Meine alte Adresse: {email}. Bezahlt habe ich mit Karte {card:spelling_alphabet}.",
    "Ich komme nicht mehr in meinen Account, {recovery_step}. Die hinterlegte Nummer war {mobile:percent_encoded}.",
    "Bitte meinen Account wiederherstellen: Gamertag {gamertag}, Kaufbeleg vom {date} über {amount}, Karte {card}. Kontakt {email}",
    "Ich bekomme bei bestimmten Spielen {{SYMPTOM:Krampfanfälle|Kopfschmerzen|Schwindel}} ({{DIAGNOSIS:Epilepsie|Migräne}}), kann man die Blitz-Effekte abschalten? Account {user_handle}, Mail {email}",
    "Abo kündigen bitte, Abbuchung von {iban}. Account {email}.",
    "Mein Sohn hat mit meiner Kreditkarte {card_mc} für {ingame_currency} bezahlt. Bitte erstatten, er ist [[age:11]] und hat {{DIAGNOSIS:ADHS|Autismus|Asperger-Syndrom}}, er hat das nicht verstanden. Tel. {phone}",
    "Die Zwei-Faktor-SMS kommt nicht, Nummer {mobile:fancy_digits}. {recovery_step} schlägt fehl.",
    "Die Nummer für den Account ist {mobile:circled}, bitte dahin den Code schicken.",
]
T += [
    "Wie viele Geräte gehen im {streaming_plan}? Ich lese {device_limit}.",
    "Der {tv_activation_code} wird nicht angenommen, Fernseher {model_number}.",
    "Im {profile_name} werden plötzlich Filme wie {fiction_health} empfohlen. Kann man das sperren?",
    "Mein Charakter hat dauerhaft {game_health}, das ist doch ein Bug? Server {server_region}, {player_level}.",
    "Ich habe {playtime} und jetzt ist der Account weg. {recovery_step} hilft nicht.",
    "Gibt es {fiction_health} auch mit Untertiteln? Ich finde es nur im {streaming_plan}.",
    "Der Code `{game_voucher_code}` geht nicht, {error_code}.",
    "Warum zeigt mir die Konsole {code_snippet}? Ich bin {player_level} und verliere alles.",
]

# ---------------------------------------------------------------------------
# Behörden: Bürgeramt, Kfz-Zulassung, Elterngeld, Wohngeld, Jobcenter
T += [
    "Guten Tag, ich möchte einen Termin beim Bürgeramt für einen neuen Personalausweis. Der alte ({ausweis}) läuft am {date} ab. Ich bin {{DIAGNOSIS:gehbehindert|querschnittsgelähmt|Rollstuhlfahrerin}} – gibt es einen barrierefreien Eingang? Tel {phone}",
    "Elterngeldantrag: Unser Kind kam als {{DIAGNOSIS:Frühgeburt|Frühchen}} in der 29. Woche, dadurch verlängert sich der Bezug. Steuer-ID Mutter {steuer_id}, Vater {steuer_id}. Konto {iban}",
    "Beim Jobcenter: Ich kann den Termin am {date} nicht wahrnehmen, ich habe {{DIAGNOSIS:Grippe|Bronchitis|Magen-Darm-Grippe}}. AU kommt per Post. BG-Nummer {bg_number}, Tel {mobile}.",
    "Wohngeld: Mein Einkommen ist gesunken, ich bin seit {month} wegen {{DIAGNOSIS:Burnout|Depression|Bandscheibenvorfall}} im Krankengeld. Aktenzeichen {case_number}, Kontakt {email}.",
    "Kfz-Zulassung: Halter {name}, Personalausweis {ausweis}, eVB {evb_number}, Lastschrift von {iban}.",
    "Für die {benefit_form} brauche ich die Steuernummer meines Arbeitgebers? Meine eigene: {steuernummer}. Rückruf bitte an {landline}.",
    "Ummeldung: Ich kann wegen {{TREATMENT:Chemotherapie|Dialyse|Strahlentherapie}} nur vormittags kommen. Ich bitte um einen Termin, Mail {email}, Handy {mobile}.",
    "Sehr geehrte Damen und Herren, mein Bruder ({{DIAGNOSIS:Trisomie 21|Down-Syndrom|Autismus}}) braucht eine Meldebescheinigung. Ich bin seine Betreuerin. Meine Nummer {phone}.",
    "Servus, ich brauch einen Meldezettel für meine Mutter, sie ist nach dem {{DIAGNOSIS:Schlaganfall|Oberschenkelhalsbruch}} ins Pflegeheim gezogen. SV-Nummer {at_svnr}, Tel {phone_at}.",
    "Elterngeld bitte auf dieses Konto: {iban:tabs}. Kind geboren am {birth_date}.",
    "Grüezi, für die Einwohnerkontrolle: AHV-Nummer {ahv}, neue Adresse ab {date}. Natel {phone_ch}.",
    "Jobcenter, Weiterbewilligungsantrag: Ich bin {{DIAGNOSIS:schwanger|hochschwanger}} (Mehrbedarf). Kundennummer {customer_number}, RV-Nummer {rvnr}.",
]
T += [
    "Wie lange dauert ein Termin beim {authority19} in {authcity19}? Online steht: {waiting_time}.",
    "Was brauche ich für die {benefit_form}? Und wo ist {office_room}?",
    "Ich habe die {office_ticket} gezogen, aber das System hängt. Wie lange noch?",
    "Was kostet das? Im Internet steht {official_fee}.",
    "Gilt „{benefit_period}“ auch, wenn ich umziehe? {benefit_form} ist eingereicht.",
    "Auf meinem Zettel steht {office_ticket}, angezeigt wird aber {queue_number}. Ist das normal?",
    "Die Behörde ({authority19}) hat {opening_hours} geöffnet, aber {office_room} war zu.",
    "Haben Sie Infos zu {care_level_generic}? Ich frage für eine Präsentation über {generic_health_topic}.",
]

# ---------------------------------------------------------------------------
# Rentenversicherung und Pensionskassen
T += [
    "Antrag auf Erwerbsminderungsrente: Ich habe {{DIAGNOSIS:Multiple Sklerose|Fibromyalgie|Morbus Bechterew|chronische Niereninsuffizienz}} und kann nicht mehr voll arbeiten. Versicherungsnummer {rvnr}, Kontakt {email}.",
    "Bitte die {pension_statement} an meine neue Adresse schicken. Rentenversicherungsnummer {rvnr}, Telefon {phone}.",
    "Die Betriebsrente bitte ab {month} auf {iban} überweisen. Vertragsnummer {pension_scheme_ref}.",
    "Mein Mann ist an {{DIAGNOSIS:Lungenkrebs|Darmkrebs|Leukämie|Herzinsuffizienz}} verstorben. Ich beantrage Witwenrente. Seine RV-Nummer {rvnr}, meine Steuer-ID {steuer_id}.",
    "Der Antrag auf {{TREATMENT:Reha|Anschlussheilbehandlung}} nach meinem {{DIAGNOSIS:Brustkrebs|Darmkrebs|Hautkrebs}} wurde abgelehnt. Widerspruch! RV-Nr. {rvnr:spelling_alphabet}, Rückruf unter {mobile}.",
    "Beitragserstattung aus der Pensionskasse bitte auf {iban_ch}, AHV {ahv:hyphen_linebreak}.",
    "Ich war {period} wegen {{DIAGNOSIS:Depression|Burnout|Alkoholabhängigkeit}} in {{TREATMENT:stationärer Therapie|Suchttherapie|Psychotherapie}}. Zählt das als Anrechnungszeit? Versicherungsnummer {rvnr}",
    "Hier meine Daten für die Auszahlung: {iban:ellipsis}",
]
T += [
    "Stimmt das bei der Betriebsrente: {contribution_rate}? Und wann kommt „{pension_statement}“?",
    "Was ist der Unterschied zwischen {pension_type} und {pension_type}?",
    "Kann ich {retirement_age} in Rente gehen? Jahrgang 1967.",
    "Im Schreiben „{pension_statement}“ steht {pension_points} – ist das viel?",
    "Zählt {parental_leave} für die {pension_type}? Ich finde nichts auf der Webseite.",
]

# ---------------------------------------------------------------------------
# Universitäten: Prüfungsunfähigkeit, Nachteilsausgleich, Matrikelnummer
T += [
    "An: {studentoffice19}. Guten Tag, ich war am Prüfungstag ({date}) prüfungsunfähig wegen {{DIAGNOSIS:Migräne|Magen-Darm-Grippe|Mandelentzündung}}. Attest ist hochgeladen. {matriculation_number}, {exam_registration}.",
    "Antrag auf Nachteilsausgleich: Ich habe {{DIAGNOSIS:Legasthenie|ADHS|Autismus|Asperger-Syndrom}} und beantrage {exam_accommodation}. {matriculation_number}, Mail {email}",
    "Ich bin seit {month} in {{TREATMENT:Psychotherapie|Verhaltenstherapie|Traumatherapie}} wegen {{DIAGNOSIS:Angststörung|PTBS|Essstörung}} und möchte ein Urlaubssemester. {matriculation_number}, Handy {mobile}.",
    "Der Semesterbeitrag wurde von {iban} abgebucht, obwohl ich exmatrikuliert bin. Matrikelnummer siehe Betreff.",
    "Hallo, ich brauche eine Verlängerung ({attempt_count}): nach dem {{DIAGNOSIS:Handgelenksbruch|Armbruch|Fingerbruch}} kann ich nicht schreiben. {matriculation_number}. Tel. {phone}",
    "Wegen meiner {{DIAGNOSIS:Sehnenscheidenentzündung|Karpaltunnelsyndrom|Tennisarm}} kann ich in der Klausur nicht lange schreiben. Bitte um {exam_accommodation}. Erreichbar unter {email} oder {mobile}.",
    "Für die Rückerstattung des Semestertickets: IBAN {iban:semicolons}, Kontoinhaberin {name}.",
    "Ich hatte in der Klausur {{SYMPTOM:Panikattacken|Herzrasen|Atemnot}} und musste abbrechen. Zählt das als Versuch? {matriculation_number}, {module_code}.",
    "Grüezi, ich studiere an der Universität Basel und brauche für das Stipendium die AHV-Nr.: {ahv}. Matrikelnummer separat. Merci!",
]
T += [
    "Wann ist der {exam_period}? Meine {matriculation_number}, Modul {module_code}.",
    "Geht das in {module_code} auch mündlich ({attempt_count})?",
    "Welche Formen von Nachteilsausgleich gibt es? Zum Beispiel {exam_accommodation}?",
    "Ich habe {ects_credits} und brauche noch {module_code}. Kann ich im {semester} nachschreiben?",
    "Gibt es an der {uni19} einen Kurs „{health_course}“ für Studierende? Die Prüfungsphase ({exam_period}) ist echt [[figurative_health:nervenaufreibend]].",
    "Meine Anmeldung ({exam_registration}) ist weg, {error_code} im Portal.",
    "Ich schreibe eine Hausarbeit über {generic_health_topic} – gibt es in der Bib Bücher wie {fiction_health}?",
]

# ---------------------------------------------------------------------------
# Tierarzt (Hard Negatives)
T += [
    "Termin für {pet19} in der {vet19}: {pet_health}, seit {date}. Besitzerin {name}, Handy {mobile}.",
    "Rechnung der {vet19} ({vet_invoice_item}) bitte an {email}, Überweisung von {iban}.",
    "Unser Hund {pet19} hat {pet_health} und bekommt {vet_medication}. Ich selbst habe eine {{DIAGNOSIS:Tierhaarallergie|Hausstauballergie}} – kann jemand anders ihn bringen? Tel. {phone}",
]
T += [
    "Unser Tier hat {pet_health}, braucht es {vet_medication}? Steckbrief: {animal_weight}.",
    "Was kostet {vet_procedure}? Patient: {animal_weight}.",
    "Ist {pet_vaccine} Pflicht für die Hundepension? {pet19} hatte letztes Jahr {pet_health}.",
    "Unser Kaninchen hat {pet_health} und {pet_health}. Habt ihr am {weekday} einen Termin?",
    "Mein Hund hat {pet_health}, der Chip ist {pet_microchip}. Muss ich zur {vet19} oder reicht ein Anruf?",
    "Wie lange nach {vet_procedure} darf die Hündin wieder toben? Sie hatte schon {pet_health}.",
    "Die {vet19} sucht Personal ({health_job_title}) – nehmt ihr auch Quereinsteiger?",
    "Unser Pferd hat {pet_health}, die Rechnung vom Hufschmied [[figurative_health:bringt mich noch ins Grab]].",
]

# ---------------------------------------------------------------------------
# Sportvereine: Verletzungsmeldungen
T += [
    "Unfallmeldung ({club19}): Spieler {name} hat sich {match_minute} einen {{DIAGNOSIS:Kreuzbandriss|Syndesmosenriss|Muskelfaserriss|Mittelfußbruch}} zugezogen. {sports_insurance}, {player_pass_number}. Rückfragen an {email}.",
    "Meine Tochter hatte im Training eine {{DIAGNOSIS:Gehirnerschütterung|Platzwunde|Prellung}}. Der Trainer hat nichts gemacht! Ich bitte um Rückruf: {phone}",
    "Für die {sports_insurance} brauchen wir die Bankverbindung des Mitglieds: {iban}, Inhaber {name}.",
    "Ich melde mich für die Saison ab – {{DIAGNOSIS:Ermüdungsbruch|Achillessehnenriss|Bänderriss}}, danach {{TREATMENT:Physiotherapie|Reha|Stoßwellentherapie}}. Mitgliedsnummer {club_member_id}, Beitrag bitte nicht mehr von {iban} abbuchen.",
    "Kurzer Bericht vom Spiel: {match_score}, unser Spieler {last} ist {match_minute} mit {{SYMPTOM:Brustschmerzen|Atemnot|Herzrasen}} zusammengebrochen, Rettungswagen kam. Er hat {{DIAGNOSIS:Herzfehler|Herzrhythmusstörungen}}, wussten wir nicht. Seine Frau: {mobile}",
    "Der Verband braucht für die Rückkehr nach {{DIAGNOSIS:Gehirnerschütterung|Schädel-Hirn-Trauma}} ein Attest. {player_pass_number}, Kontakt {email:klammeraffe}",
    "Grüß Gott, unser Sohn hat beim Skikurs eine {{DIAGNOSIS:Verstauchung|Prellung|Zerrung}}. Bitte Unfallbericht an {email}, SV-Nr. {at_svnr}.",
]
T += [
    "Wann ist das nächste Training? Laut Plan {training_slot}.",
    "Gibt es im Verein einen {health_course}? Die Eltern der {league} fragen danach.",
    "Das Spiel endete {match_score}, das Tor fiel {match_minute}. Stimmt die Statistik?",
    "Wie funktioniert die {sports_insurance}? Reicht die Angabe {jersey_number}?",
    "Der Vereinslaptop hat sich einen [[object_health:Trojaner]] eingefangen, bitte nicht für die Mitgliederliste nutzen. Training ist auf {court_number}.",
]

# ---------------------------------------------------------------------------
# Pflegedienste und Pflegekasse
T += [
    "Guten Tag, meine Mutter ({{DIAGNOSIS:Demenz|Parkinson|Alzheimer}}) braucht ab {date} morgens Hilfe ({visit_window}). Pflegegrad ist beantragt. Versichertennummer {kvnr}, ich bin unter {phone} erreichbar.",
    "Der Pflegedienst ({carecompany19}) war heute nicht da, mein Vater hat {{DIAGNOSIS:Dekubitus|Inkontinenz|Diabetes}} und braucht {{TREATMENT:Wundversorgung|Insulintherapie|Kompressionstherapie}}. Bitte sofort melden: {mobile}",
    "Abrechnung Verhinderungspflege: {care_benefit_amount}, bitte auf {iban} überweisen. Pflegebedürftige: {name}, KV-Nummer {kvnr}.",
    "Widerspruch gegen das Gutachten ({carefund19}): Meine Frau hat {{DIAGNOSIS:Multiple Sklerose|Morbus Parkinson|Alzheimer-Demenz}}, kann nicht allein aufstehen – die Einstufung ist zu niedrig. Tel {phone}",
    "Hallo, für die {home_aid}-Beantragung brauche ich die Versichertennummer: {kvnr:split_rest}. Danke!",
    "Servus, die Volkshilfe kommt zu spät, mein Vater braucht um 8 seine {{MEDICATION:Insulinspritzen|L-Dopa|Marcumar}}. Bitte rufen Sie mich an: {phone_at}",
    "Spitex: Meine Mutter hatte einen {{DIAGNOSIS:Oberschenkelhalsbruch|Hüftfraktur}} und kommt am {date} aus dem Spital. Sie braucht {{TREATMENT:Wundversorgung|Physiotherapie|Lymphdrainage}}. Natel Tochter: {phone_ch}",
    "Bitte die Rechnungen der Pflege an {email:html_entity} schicken, ich habe die Vollmacht für {name}.",
    "Mein Onkel ist {{DIAGNOSIS:dement|demenzkrank}}, läuft nachts weg und hat {{SYMPTOM:Wortfindungsstörungen|Gedächtnisprobleme|Schlafstörungen}}. Gibt es Nachtpflege? Ich bin {mobile}.",
]
T += [
    "Was bekommt man bei {care_level_generic}? Ich lese {care_benefit_amount}.",
    "Ab wann übernimmt die Pflegekasse „{home_aid}“? Unsere Wohnung: {floor_access}.",
    "Wie lange dauert die Begutachtung durch den Medizinischen Dienst? Man sagte mir: {waiting_time}.",
    "Habt ihr noch Kapazitäten für {visit_window} in {city}? Es geht um {care_level_generic}.",
    "Der Flyer zu {generic_health_topic} war super, gibt es auch {health_course} für Angehörige?",
    "Wie hoch ist der Betrag ab nächstem Jahr? Aktuell: {care_benefit_amount}.",
]

# ---------------------------------------------------------------------------
# Seelsorge / Krisentelefone
T += [
    "Ich weiß nicht, an wen ich mich wenden soll. Ich habe seit Wochen {{SYMPTOM:Suizidgedanken|Selbstmordgedanken|Panikattacken}} und schaffe es nicht mehr. Bitte ruft mich an: {mobile}",
    "Meine Freundin {firstname_f} hat mir geschrieben, dass sie sich ritzt ({{SYMPTOM:Selbstverletzung}}). Ich mache mir Sorgen. Ihre Nummer: {mobile}. Was soll ich tun?",
    "Hallo {helpline19}, ich bin {{DIAGNOSIS:alkoholkrank|alkoholabhängig}} und seit {period_dative} trocken, heute ist es schwer. Kann mich jemand zurückrufen? {phone}",
    "Ich hatte wieder {{SYMPTOM:Albträume|Flashbacks|Angstzustände}} seit dem Unfall, mein Therapeut ist im Urlaub. Bitte per Mail antworten: {email}",
    "ich bin 15 und hab {{DIAGNOSIS:Magersucht|Bulimie|Essstörung}}, meine eltern wissen es nicht. kann ich anonym schreiben? meine nummer {mobile:ellipsis}",
]
T += [
    "Ist {helpline_name} wirklich {helpline_hours} erreichbar? Die Nummer ist doch {crisis_number}?",
    "Ich suche für unsere Schülerzeitung Infos über {generic_health_topic} und die {helpline_name}.",
    "Kann man bei {helpline_name} auch schreiben statt anrufen? {helpline_hours}?",
    "Bei uns in der Firma gibt es einen Vortrag zu {generic_health_topic} – darf ich {crisis_number} auf den Flyer drucken?",
    "Spendet ihr auch an {health_charity}? Wir sammeln für {helpline_name}.",
]

# ---------------------------------------------------------------------------
# Chatbot-Prompts
T += [
    "{prompt_instruction}: \"Sehr geehrte Frau Dr. {last}, bei {name} wurde {{DIAGNOSIS:Vorhofflimmern|Herzinsuffizienz|koronare Herzkrankheit}} festgestellt. Wir empfehlen {{MEDICATION:Eliquis|Bisoprolol|Metoprolol}}. Rückfragen unter {landline}.\"",
    "Kannst du diese Mail an die Krankenkasse {output_format} umschreiben? Ich bin {name}, KV-Nummer {kvnr}, und beantrage {{TREATMENT:künstliche Befruchtung|IVF|ICSI}} wegen {{DIAGNOSIS:Endometriose|PCOS|Unfruchtbarkeit}}.",
    "Fass mal zusammen: Arztbrief – Diagnose {{ICD10:F32.1|F32.2|F33.1}} ({{DIAGNOSIS:depressive Episode|mittelgradige depressive Episode|Depression}}), Medikation {{MEDICATION:Sertralin|Citalopram|Escitalopram}} 50 mg. Patient: {name}, geb. {birth_date}.",
    "Schreib mir eine Beschwerde an meinen Vermieter. Infos: Ich heiße {name}, Tel {mobile}, der Schimmel hat bei mir {{DIAGNOSIS:Asthma|Bronchitis}} ausgelöst.",
    "{llm19}, übersetze ins Englische: „Mein Sohn hat {{DIAGNOSIS:Zöliakie|Nussallergie|Erdnussallergie}} und braucht im Notfall {{MEDICATION:EpiPen|Cetirizin|Adrenalin-Pen}}. Notfallkontakt {phone}.“",
    "Hilf mir beim Formular für das Elterngeld. Meine Steuer-ID ist {steuer_id}, Konto {iban}. {output_format} bitte.",
    "Bitte prüfe, ob diese IBAN stimmt: {iban:code_ticks}",
    "Ist diese Mail echt? „Ihre Karte {card} wurde gesperrt, bestätigen Sie unter {phishing_url}“ – ich habe schon geantwortet und meine Handynummer {mobile} angegeben.",
    "Mach eine Tabelle aus: Name {name}; SV-Nummer {rvnr}; Diagnose {{DIAGNOSIS:Bandscheibenvorfall|Spinalkanalstenose|Skoliose}}; AU seit {date}.",
    "Schreib eine Kündigung ans Fitnessstudio. Grund: {{DIAGNOSIS:Risikoschwangerschaft|Schwangerschaft}}. Mitgliedsnummer {member_number}, Mail {email}.",
]
T += [
    "{prompt_instruction}: „Die Lieferung {tracking_dhl} kam beschädigt an, bitte Ersatz.“",
    "Kannst du mir {output_format} erklären, was {generic_health_topic} bedeutet?",
    "{llm19}, schreib ein Gedicht über {fiction_health}, aber {output_format}.",
    "Erklär mir den Code {code_snippet}, ich verstehe {error_code} nicht.",
    "Formuliere eine Stellenanzeige: {health_job_title}, Abteilung {clinic_department}, {output_format}.",
    "Fasse die News „{health_news}“ in einem Satz zusammen.",
    "Kannst du mir sagen, wie viele {token_count} in diesen Text passen? {prompt_instruction}.",
]

# ---------------------------------------------------------------------------
# Kurze / gemischte Nachrichten, Signaturen, Tabellen, Antworten
T += [
    "{iban}",
    "{mobile}",
    "IBAN {iban:spelling_alphabet}",
    "Tel.: {phone:html_entity}",
    "Hier nochmal: {email:percent_encoded}",
    "> Bitte senden Sie uns Ihre Bankverbindung.\nKlar: {iban}, {bank19}.",
    "> Wie können wir Sie erreichen?\n{mobile} oder {email}",
    "Mit freundlichen Grüßen\n{name}\n{street} {house_number}\n{postcode} {city}\nTel. {landline}\nMobil {mobile}",
    "Name | IBAN | Betrag\n{name} | {iban} | {amount}\n{name} | {iban:tabs} | {amount}",
    "Steuer-ID: {steuer_id:arabic_indic}",
    "KV-Nummer {kvnr:spelling_alphabet}, bitte für die Pflegekasse.",
    "meine nummer: {mobile:bilingual_words}",
    "Karte {card:semicolons}, Ablauf {exp:arabic_indic}, CVC {cvc:circled}",
    "Für Rückfragen: {phone:quoted}",
    "Personalausweis {ausweis:spelling_alphabet}, läuft ab am {date}.",
    "Kartennummer `{card_jcb}` – ging das durch?",
    "Discover-Karte {card_discover}, gültig {exp}",
    "{idl}",
    "Für den Antrag bitte das hier verwenden – {idl}. Danke!",
    "Die Nummer ist {phone:split_rest}.",
    "Ich schreibe gerade vom Handy meines Mannes, meine eigene Nummer: {mobile:hyphen_linebreak}",
    "GROSSE BITTE: RÜCKRUF UNTER {mobile} – ES GEHT UM {{DIAGNOSIS:DEMENZ|Demenz}} MEINER MUTTER!",
    "Sprachnachricht: also meine Mail ist {email:words} und die Nummer {mobile:words}",
    "Steuernummer {steuernummer:ellipsis}, Finanzamt {city}.",
    "Pass-Nr. {reisepass:spelling_alphabet}",
    "Umsatzsteuer-ID {ustid} – steht auch auf der Rechnung.",
    "RV-Nummer {rvnr:quoted}",
    "Konto {iban_de:percent_encoded}",
]
T += [
    "Danke, hat geklappt! Die Bestellung {order_number} ist da.",
    "> Ihre Kundennummer?\n{customer_number}, Vertrag {contract_number}.",
    "Mit freundlichen Grüßen\n{company}\n{registered_court}, {commercial_register}\n{opening_hours}",
    "Artikel | Menge | Preis\n{article_number} | {quantity} | {amount}\n{ean} | {quantity} | {amount}",
    "Sendungsnummer {tracking_dhl}, {storage_deadline}.",
    "Rechnung {invoice_number} vom {date} über {amount}, fällig {date}.",
    "Der Link aus der Mail endet auf {url_query} und geht nicht.",
    "{emoji_number} klappt nicht, {error_code}.",
    "Meine Bestellnummer ist {fancy_order_number}, die Schrift kam so aus der App.",
    "Mein Nachbar zahlt {arabic_indic_amount} für dasselbe Abo, warum ich mehr?",
    "Buchungscode {spelled_code}, Abholung {rental_station}.",
    "{semicolon_list} – welche habt ihr noch da?",
    "Die Karte {masked_card} wurde abgelehnt, {error_code}.",
    "Eure Antwort ging an {masked_email}, das ist nicht meine aktuelle Adresse.",
    "Meine Platzhalter-IBAN im Formular war {placeholder_iban}, die echte schicke ich separat.",
    "{software_version}, {handset_model}, {ip_address} – reicht das für den Support?",
    "Ich habe früher bei {hospital_name} gearbeitet und suche jetzt einen Job als {health_job_title}.",
    "Wo ist die {clinic_department} bei {hospital_name}? {ward}?",
    "Habt ihr das neue Album von [[product_health:Die Ärzte]]? Und {product_health} im Sortiment?",
    "Unsere Firma spendet an {health_charity}, Spendenquittung {donation_receipt}.",
    "Das Lied ist ein [[figurative_health:Ohrwurm]], ich krieg es nicht raus.",
    "Seit dem Update ({software_version}) meldet der Scanner einen [[object_health:Trojaner]].",
    "Wir schauen gerade {fiction_health}, total spannend.",
    "Die Tomaten im Garten haben {plant_health}, habt ihr ein Mittel?",
    "Lieferung an {street} {house_number}, {postcode} {city}, {delivery_window}.",
    "Öffnungszeiten {opening_hours}, Kundenservice {tollfree_number}.",
    "Haben Sie „{medical_device_product}“ auf Lager? Artikel {article_number}.",
    "Die Testkarte {test_card} aus der Doku funktioniert im Sandbox-Modus nicht.",
]

# ---------------------------------------------------------------------------
# weitere Nachrichten quer durch die Szenarien
T += [
    "Guten Tag, für das E-Rezept ({erezept_id}) brauche ich Nachschub ({refill_count}). Es geht um {{MEDICATION:Pregabalin|Lyrica|Gabapentin}} {rx_strength} gegen meine {{DIAGNOSIS:Polyneuropathie|Fibromyalgie}}. KVNR {kvnr}",
    "Telemedizin-Termin {telemed_consult_id}: Die Ärztin hat {{DIAGNOSIS:Blasenentzündung|Nierenbeckenentzündung}} diagnostiziert und {{MEDICATION:Fosfomycin|Cotrim|Ciprofloxacin}} verschrieben. Das Rezept soll an {pharm19}, meine Nummer {mobile}.",
    "Beihilfe-Antrag: Rechnung mit {goae_code}, {beihilfe_rate}. Behandlung: {{TREATMENT:Akupunktur|Manuelle Therapie|Stoßwellentherapie}} wegen {{DIAGNOSIS:Arthrose|Tennisarm|Schleimbeutelentzündung}}. Personalnummer {personnel_number}, Konto {iban}.",
    "Laborbefund {lab_sample_id}: Mein TSH liegt außerhalb von {lab_reference_range}, die Ärztin vermutet {{DIAGNOSIS:Hashimoto|Morbus Basedow|Schilddrüsenüberfunktion}}. Ich hätte gern den Befund per Mail: {email}",
    "Meine Uhr zeigt {heart_rate} in Ruhe und ich habe {{SYMPTOM:Herzstolpern|Herzrasen|Schwindelanfälle}}. Der Kardiologe hat {{DIAGNOSIS:Vorhofflimmern|Herzrhythmusstörungen}} festgestellt. Kann ich die Daten ({tracker_model}) exportieren? Mail {email}",
    "Hallo, ich bin {{DIAGNOSIS:schwerhörig|gehörlos}} und trage ein {hearing_aid_model}. Bitte Termine nur per SMS an {mobile:ellipsis}.",
    "Zahnarzt-Rechnung: {tooth_number}, {{TREATMENT:Wurzelbehandlung|Krone|Zahnextraktion}}, {hkp_number}. Erstattung an {iban} bitte, Versicherung {insur19}.",
    "Ich bin in Schiene {aligner_stage}, habe aber seit {date} {{SYMPTOM:Zahnschmerzen|Zahnfleischbluten|Kopfschmerzen}}. Rückruf an {phone}.",
    "Nach der {{TREATMENT:Darmspiegelung|Koloskopie|Gastroskopie}} wurde {{DIAGNOSIS:Morbus Crohn|Colitis ulcerosa|Reizdarmsyndrom}} festgestellt. Ich brauche eine Bescheinigung für die Arbeit. Personalnummer {personnel_number}, Mail {email}",
    "Bewerbung auf {job_reference}: Ich bin {{DIAGNOSIS:Diabetikerin|Epileptikerin}} und frage, ob {shift_pattern} möglich ist. Meine Nummer {mobile}.",
    "Krankmeldung an HR: Ich habe {{DIAGNOSIS:Gürtelrose|Covid|Grippe|Bronchitis}}, voraussichtlich {period}. Personalnummer {personnel_number}, Steuer-ID {steuer_id} für die Lohnabrechnung.",
    "Hallo {carrent19}, Unfall auf der {road_location}. Polizei-Aktenzeichen {police_report_ref}. Ich habe {{DIAGNOSIS:Rippenprellung|Schleudertrauma|Platzwunde}}. Wagen {licence_plate}, Kilometerstand {odometer}. Kontakt {phone}",
    "Versicherungswechsel: {sf_class}, Erstzulassung siehe Schein ({first_registration}), eVB {evb_number}. Beitrag bitte von {iban} abbuchen. Ausweis {ausweis}.",
    "Für den Leasingvertrag ({leasing_rate}, {annual_mileage}) brauchen Sie noch meine Steuernummer {steuernummer} als Selbstständige und die USt-IdNr. {ustid}.",
    "Ich habe einen Kredit über {loan_amount} beantragt ({interest_rate}). Wegen meiner {{DIAGNOSIS:Krebserkrankung|Multiple Sklerose|Herzinsuffizienz}} will die Bank eine Gesundheitserklärung. Ist das erlaubt? Kontakt {email}",
    "Ich bin bei {bank19} Opfer eines Betrugs geworden ({scam_type}): Login aus dem Ausland ({login_location}, {device_name}). Karte sofort sperren: {card}. Rückruf {mobile}.",
    "Rückbuchung Kleinanzeigen-Kauf: {listing_id}, {asking_price}, bezahlt per Karte {card_visa}. PayPal-Fall {paypal_case}. Meine Mail {email}",
    "Meine Mutter ({{DIAGNOSIS:Demenz|Alzheimer}}) hat einem Anrufer ihre TAN {tan_code} gegeben. Bitte Konto {iban} sperren! Ich bin unter {phone} erreichbar.",
    "Stromanbieter: Wegen meiner {{TREATMENT:Heimdialyse|Dialyse|Sauerstofftherapie|Beatmung}} darf der Strom nicht gesperrt werden. Zählernummer {meter_number}, Zählerstand {meter_reading}, Abschlag bitte von {iban}.",
    "Gaszählerstand {meter_reading}, Zähler {meter_number}. Kundennummer {utility_customer_number}, Mail {email}",
    "Umzug: neue Adresse ab {date}, Steuer-ID {steuer_id}, Reisepass {reisepass}, Ausweis {ausweis}. Bitte alles an {email}.",
    "Krypto-Börse: Auszahlung von {crypto_amount} auf {iban} hängt seit {date}. KYC-Stufe {kyc_tier}, Ausweis {ausweis}. Tel {phone}",
    "Die Krankenkasse ({healthins19}) will für die {{TREATMENT:Psychotherapie|Verhaltenstherapie}} das {ptv_form}. Meine Versichertennummer ist {kvnr:spelling_alphabet}, Terminservice-Code {tss_code}.",
    "Rentenantrag Österreich: SV-Nummer {at_svnr}, Pension bitte auf {iban_at}. Ich hatte einen {{DIAGNOSIS:Herzinfarkt|Schlaganfall}} (Einstufung: {gdb_generic}).",
    "Grüezi, für die IV-Anmeldung: AHV {ahv:split_rest}, Diagnose {{DIAGNOSIS:Depression|Burnout|Schizophrenie}}, Natel {phone_ch}.",
    "Arbeitsunfähigkeitsbescheinigung mit {icd}: bitte ans Lohnbüro. Personalnummer {personnel_number}, E-Mail {email}.",
    "Für die Auslandskrankenversicherung: Diagnose-Code {{ICD10:J18.9|J18.1}} ({{DIAGNOSIS:Lungenentzündung|Pneumonie}}), Behandlung in {abroadclinic19}. Police {policy_number}.",
    "Zahlung per Kreditkarte {card_mc} ({exp}), Prüfnummer {cvc:arabic_indic}. Bitte nicht speichern.",
    "Die BIC ist {bic}, IBAN {iban}, Empfänger {company}.",
    "Kontoverbindung: {iban_ch}, BIC {bic}. Grüezi und merci!",
    "BIC {bic}, Kontoinhaber {name}",
    "Hallo, bei der Sendung {tracking_dhl} ist mein {{MEDICATION:Insulinpen|Novorapid|Ozempic}} drin, Zustellung an {parcel_shop_id} klappt nicht. {locker_location}. Handy {mobile}",
    "Meine Tochter wurde beim Turnier mit {{SYMPTOM:Atemnot|Krampfanfall|Ohnmacht}} abgeholt ({race_bib}, {race_distance}). Bitte Kontakt: {phone}",
    "Steuererklärung: {tax_form}, {tax_year}. Krankheitskosten für {{TREATMENT:künstliche Befruchtung|IVF|Zahnimplantat}} – Steuer-ID {steuer_id}, Steuernummer {steuernummer}.",
    "Rechnung vom Psychiater ({invoice_number}): {{DIAGNOSIS:ADHS|bipolare Störung|Borderline}}, Medikation {{MEDICATION:Elvanse|Lithium|Quetiapin}}. Bitte an {email:code_ticks}.",
    "Dating-App: Ein Match hat meine {{MEDICATION:Antidepressiva|Psychopharmaka}} auf einem Foto gesehen und mich erpresst. Profil {user_handle}, Polizei {police_report_ref}. Meine Nummer {mobile}",
    "Ich kann am {date} nicht ins Bürgeramt, weil ich {{TREATMENT:Chemo|Bestrahlung}} habe. Reisepass {reisepass} ist abgelaufen. Termin-Nr. {appointment_id}, Tel {phone}",
    "Elterngeldstelle: Mein Kind hat {{DIAGNOSIS:Herzfehler|Mukoviszidose|Trisomie 21}} und liegt auf der Intensivstation. Kann ich die Frist verlängern? Aktenzeichen {case_number}, Mail {email}, Tel {mobile}.",
]
T += [
    "Wie viele Folgerezepte gehen pro Quartal? In der App steht {refill_count}, E-Rezept {erezept_id}.",
    "Was bedeutet {goae_code} auf meiner Rechnung? Und warum {beihilfe_rate}?",
    "Meine Smartwatch misst {step_count} und {calories} – kann ich das in eure App übernehmen?",
    "Ist {bp_reading_demo} ein normaler Wert? Ich frage für einen Artikel über {generic_health_topic}.",
    "Wie laut ist das Gerät? Im Datenblatt steht {decibel}, {battery_health}.",
    "Meine SIM ({iccid}) und das Handy ({imei}) werden nicht erkannt. Der Router hat {mac_address}.",
    "Die Seriennummer {serial_number} ist auf der Rechnung {receipt_number}. Garantie noch gültig?",
    "Flug {flight_number}, Sitz {seat_number}, Gate {gate} – wird das Gepäck durchgecheckt?",
    "Zug {train_number} fällt aus, {delay}. Bekomme ich {compensation_amount}?",
    "Fahrzeug {vin}, HSN/TSN {hsn_tsn}, Reifen {tyre_spec}. Passt das zur Versicherung?",
    "Das Gerichtsverfahren {court_file_number} wegen der Mietkaution ist am {date} (Kanzlei: {lawyer_file_ref}).",
    "Die Leitung schafft nur {speed}, gebucht sind {data_volume}. Ticket {ticket_number}.",
    "Lieferung in {calendar_week}? Koordinaten der Baustelle: {gps}.",
    "Die Lottozahlen waren {lottery_number}, hab wieder nix gewonnen. [[figurative_health:Ich lach mich tot]].",
    "Die Nebenkosten sind um {percentage} gestiegen, {kwh_consumption} Verbrauch. {abschlag}.",
    "Gehalt {salary}, {tax_class}, {working_hours}. Passt das zur Wohnung für {rent_amount}?",
    "Kündigungsfrist {notice_period}? Im Arbeitsvertrag steht {probation_period}.",
    "Meine Schufa zeigt {credit_score}. Reicht das für {loan_amount}?",
    "Die Beispiel-Kreditkarte {nonluhn_card_like} im Formular ist doch ungültig, oder?",
    "Im Formular stand als Muster {invalid_taxid_like} – muss ich da meine echte Steuer-ID eintragen?",
    "Die Rufnummer war {masked_phone}, mehr zeigt die App nicht an.",
    "Auf dem Kontoauszug steht nur {masked_iban}, welches Konto ist das?",
    "Wallet {wallet_address}, Transaktion {tx_hash} – wo ist mein Geld?",
    "Rückgabe innerhalb {return_window}? Artikel {asin}, Verkäufer {seller_id}.",
    "Das Dokument {file_name} lässt sich nicht hochladen ({page_number}).",
    "Meeting-Link {meeting_code} für die Besichtigung, {time}.",
    "Backup-Code {backup_code} geht nicht, {code_validity}.",
    "Beim Code {otp_code} steht „{code_validity}“. Ist der noch gültig?",
    "Auf dem Zettel steht {spaced_ocr_number}, ist das die Kundennummer?",
    "Welches Visum brauche ich für ein Praktikum – {visa_type}? Jemand meinte, {paragraph_ref} sei wichtig.",
    "Der Bescheid ({pcn_number}) – ich war zu der Zeit gar nicht in {city}.",
    "Die Rechnung listet „{legal_fee_item}“, ist das normal?",
    "Hörgerät {hearing_aid_model} pfeift, Batterie {hearing_battery}.",
    "Die Kasse zahlt angeblich {session_count} – ist das Standard? Ich frage für einen Vortrag über {generic_health_topic}.",
    "Die Übungen ({exercise_reps}) aus dem Kurs {health_course} sind super.",
    "Ist die Kassenleistung für {bonus_booklet} noch aktuell?",
    "Blutspende: Spendernummer {donor_number}, {donation_interval} – wann wieder?",
    "Wo ist das: {clinic_floor}? Ich soll zur Infoveranstaltung über {generic_health_topic}.",
    "Auf dem Schild steht {visiting_hours} – gilt das auch am Feiertag?",
    "Selbsthilfegruppe trifft sich {group_meeting}, nur zur Info für die Nachbarn.",
]

T += [
    "Die Warteschleife bei euch [[figurative_health:bringt mich noch ins Grab]], seit {time} hänge ich drin.",
    "Euer Video ist total [[figurative_health:viral gegangen]], Glückwunsch! Gibt es den Rabattcode {voucher_code} noch?",
    "Bei dem Preis für {tariff_option} krieg ich [[figurative_health:Herzrasen]]. Geht das günstiger?",
    "Die neue App-Oberfläche ist [[figurative_health:zum Kotzen]], wo ist der Button für {recovery_step}?",
    "In eurer FAQ steht als Beispiel [[fake_iban:DE12 3456 7890 1234 5678 90]] – das ist doch keine echte IBAN, oder?",
    "Mein Kater hat [[pet_health:Katzenschnupfen]] und niest die ganze Zeit – darf er trotzdem in die Tierpension am {date}?",
    "Verkauft ihr auch Impfstoffe? Also [[generic_health_topic:Grippeimpfung]] für die ganze Firma, ca. {party_size}?",
]

T += [
    "Hallo {locker19}, mein Paket mit {{MEDICATION:Insulinpens|Ozempic-Spritzen}} liegt seit {date} im Fach ({locker_size}), aber der Code kommt nicht. Hinterlegte Mail: {email}",
    "An {pensionfund19}: Ich beziehe seit {month} Krankengeld wegen {{DIAGNOSIS:Brustkrebs|Leukämie|Lymphom}}. Können die Beiträge ruhen? Vertragsnummer {pension_scheme_ref}, Tel {phone}",
]

TEMPLATES = T
