"""German chat templates for blind set 17 (written fresh; see gen.py for the slot syntax).

{slot} / {slot:form}   value, filler or generated negative
[[kind:text]]          literal hard negative
{{TYPE:a|b}}           health value picked from hand-written alternatives (terms.py terms)
"""

TEMPLATES = []

# --- Apotheken, Online-Apotheken, E-Rezept --------------------------------------------------
TEMPLATES += [
    "Hallo, ich möchte mein Folgerezept für {med} über die App einlösen. Karte ist bei der {healthins}, Versichertennummer {kvnr}. Abholung bitte am {weekday} nach {time} in der {localpharm}.",
    "Guten Tag, meine Bestellung {order_number} bei {pharmacy} ist immer noch nicht da. Drin ist mein {med} ({dosage_schedule}) und ich hab nur noch für zwei Tage. Bitte ruft mich zurück: {mobile}",
    "Das E-Rezept lässt sich nicht scannen. Task-ID {erezept_id}, Access-Code {erezept_access_code}. Es ist das {med} für meine Mutter, sie hat {diag}.",
    "Könnt ihr mir statt dem Original ein Generikum schicken? PZN {pzn}, {pack_size}. Bezahlen würde ich per Lastschrift, IBAN {iban}.",
    "hallo, hab seit gestern {symptom} und {symptom}, kann ich da in der apotheke was ohne rezept holen oder muss ich zum arzt, praxis hat erst ab {date} wieder auf",
    "Bitte in meiner Kundenakte vermerken: ich vertrage kein {{MEDICATION:Ibuprofen|Diclofenac|Aspirin|ASS}} wegen meiner {{DIAGNOSIS:Gastritis|Refluxkrankheit|Magenschleimhautentzündung}}. Kundennummer {customer_number}.",
    "Rezeptbestellung für {name}, geb. {birth_date}: {med} {rx_strength}, {pack_size}. Bestätigung bitte an {email}",
    "Grüezi, ich bruuch wieder mis {med}, s Rezept vom {doctor} isch bi de Amavita hinterlegt. Mini Natelnummer: {phone_ch}, am beschte ab {time}",
    "Servus, krieg ich das {med} auch ohne Rezept? Mein Hausarzt hat erst am {weekday} wieder Ordination. Meine SV-Nummer ist {at_svnr}, falls ihr die braucht. Bestellnummer {order_number}.",
    "Steht auf den Lutschtabletten [[food_allergen_info:glutenfrei]]? Ich frag wegen meiner {{DIAGNOSIS:Zöliakie|Zoeliakie|Glutenunverträglichkeit}}.",
    "Die Apotheke hat mir {{MEDICATION:Pantoprazol|Omeprazol|Pantozol}} mitgegeben, aber der Arzt hatte {{MEDICATION:Pantoprazol|Omeprazol|Pantozol}} aufgeschrieben ({pzn}) – ist das dasselbe? Bitte Rückruf unter {landline}",
    "Mein Vater (82) bekommt {med}, {med} und {med}. Kann der Botendienst das wöchentlich bringen? Adresse {street} {house_number}, {postcode} {city}, Tel. {phone}",
    "Die Rechnung für die Zuzahlung ({amount}) bitte nicht an mich, sondern an meinen Betreuer: {email}",
    "Ich hab die {{MEDICATION:Antibabypille|Pille danach}} über die Online-Sprechstunde bestellt, Lieferung {delivery_window}? Handy: {mobile}",
    "Frage zur Lieferung: Kühlware ({{MEDICATION:Insulin|Ozempic|Mounjaro|Wegovy|Langzeitinsulin}}) darf nicht in die Packstation, oder? Meine Postnummer {dhl_postnummer}, Telefon {phone}",
    "Mein Kind hat {symptom}, {{SYMPTOM:Fieber|hohes Fieber|leichtes Fieber}} seit {period_dative}. Darf es {{MEDICATION:Paracetamol|Ibuprofen|Ibu}} als Saft nehmen? Es wiegt {weight}.",
    "Moin, ich habe aus Versehen die Bestellung zweimal bezahlt ({amount}), bitte eine Buchung zurück auf {iban} – BIC {bic}.",
    "Hab grad in der {localpharm} mit Karte bezahlt, wurde aber doppelt abgebucht. Betrag {amount}, Bon {receipt_number}. Karte endet auf … ach hier die ganze: {card}",
    "Meine Frau ist {{DIAGNOSIS:Diabetikerin|Allergikerin|Epileptikerin}} und braucht das Rezept ({erezept_id}) dringend. Rufen Sie bitte {landline} an, nicht die Handynummer.",
    "Rezept ist vom {date}, verordnet von {doctor}: {med}. Gibt's das auch als Tropfen? Meine Mail: {email:braced}",
]
TEMPLATES += [  # clean
    "Wie lange ist ein E-Rezept eigentlich gültig? Und kann ich es auch in einer anderen Apotheke einlösen?",
    "Habt ihr [[product_health:Elmex Kariesschutz]] auch in der Reisegröße? Bestellung {order_number} kam ohne.",
    "Der Botendienst kam heute {delivery_window} nicht. Bestellung {order_number}, Abholcode hab ich: {pharmacy_pickup_code}.",
    "Führt ihr {vet_medication} für Katzen? Unser Kater hat [[pet_health:Flohbefall]].",
    "Eure App schickt mir ständig den Code {otp_code} – ich hab aber gar nichts angefordert?!",
    "Welche Apotheke hat am {weekday} Notdienst im Umkreis von {distance}?",
    "Warum kostet die Packung bei euch {amount} und im Laden nebenan weniger? Artikel {article_number}.",
    "Kann man bei {pharmacy} auch mit Rechnung bezahlen? Meine letzte Bestellung {order_number} war mit PayPal.",
]

# --- Telemedizin ------------------------------------------------------------------------------
TEMPLATES += [
    "Ich hatte heute eine Videosprechstunde bei {telemed} ({telemed_consult_id}), die Ärztin vermutet {diag}. Die AU ist aber nicht bei meinem Arbeitgeber angekommen. Rückruf bitte: {mobile}",
    "Der Link {meeting_code} funktioniert nicht, Termin war um {time}. Es geht um meine {{SYMPTOM:Rückenschmerzen|Nackenschmerzen|Kreuzschmerzen|Knieschmerzen}} seit dem Umzug.",
    "Hallo, ich hab über {telemed} ein Rezept für {med} bekommen, aber die Apotheke sagt, das E-Rezept ist nicht abrufbar ({error_code}). Meine KV-Nummer: {kvnr}",
    "Kann ich über eure App auch eine Krankschreibung wegen {symptom} kriegen? Ich bin privat versichert bei {healthins}, Steuer-ID brauchen Sie nicht, oder?",
    "Rechnung für die Online-Konsultation bitte an {email}, bezahlt habe ich mit Kreditkarte {card_mc}, gültig bis {exp}. Betrag {amount} am {date}.",
    "Doctolib hat meinen Termin gelöscht. Thema wäre {treat} gewesen. Ich bin unter {phone} erreichbar, am besten {delivery_window}.",
    "Hab im Chat geschrieben, dass ich {symptom} und {symptom} habe, und der Bot hat mir nur [[generic_health_topic:Gesundheitstipps]] geschickt. Ich möchte bitte mit einem echten Arzt sprechen.",
    "Medgate: ich bi sit {period_dative} krank, {symptom}. Chönd Sie mir es Arztzüügnis schicke? AHV {ahv}",
    "Bitte meine Daten löschen ([[paragraph_ref:Art. 17 DSGVO]]). Konto: {email}, Telefon {mobile}. Ich hatte bei euch nur einmal eine Beratung zu {{DIAGNOSIS:Heuschnupfen|Pollenallergie|Hausstauballergie}}.",
    "Die Ärztin im Video hat {{TREATMENT:MRT|Kernspin|CT|Mammographie}} empfohlen. Brauche ich dafür eine Überweisung? Versichert bei {healthins}, Nr. {kvnr}, Konsultation {telemed_consult_id}",
    "Kurz: {diag}. Medikament: {med}. Bekannt: {{DIAGNOSIS:Penicillinallergie|Nussallergie|Wespenstichallergie}}. Rückruf {phone} ab {time}. Danke!",
    "Meine Tochter (7) hat {{SYMPTOM:Ohrenschmerzen|Halsschmerzen|Bauchweh|Ausschlag}}, geht Videosprechstunde auch für Kinder? Handy {mobile:partial_words}",
]
TEMPLATES += [  # clean
    "Wie viel kostet bei {telemed} ein Privatrezept? Ich bin nur neugierig, hab gerade keine Beschwerden.",
    "Die App stürzt beim Start ab ({software_version}), Fehlercode {error_code}.",
    "Gibt es bei euch auch Termine am Wochenende? Meine Meeting-ID war {meeting_code}.",
    "Ist das Datenschutz-konform, wenn ich die Sprechstunde im Büro im {meeting_room} mache?",
    "Bekomme ich die Quittung auch als PDF? Datei heißt bei mir nur {file_name}.",
]

# --- Krankenkasse, PKV, Beihilfe --------------------------------------------------------------
TEMPLATES += [
    "Sehr geehrte Damen und Herren, anbei die Rechnung vom {date} ({goae_code}) zur Erstattung. Behandlung: {treat}. Versicherungsnummer {kvnr}, Erstattung bitte auf {iban}.",
    "Hallo {healthins}, warum wurde meine {treat} abgelehnt? Leistungsfall {claim_number}. Diagnose laut Arzt: {icd}.",
    "Beihilfeantrag: Ich bin Beamter ({beihilfe_rate}), Frau und Kinder mitversichert. Rechnungen zu {treat} und {treat} liegen bei. Bankverbindung unverändert: {iban}",
    "Bitte um Kostenübernahme für {{TREATMENT:Reha|Anschlussheilbehandlung|AHB|Mutter-Kind-Kur}} nach {{DIAGNOSIS:Herzinfarkt|Schlaganfall|Bandscheibenvorfall|Hüftarthrose}}. Versichertennummer {kvnr}, Telefon tagsüber {landline}, Klinikentlassung war am {date}",
    "Meine neue Gesundheitskarte ist noch nicht da. Alte Nummer {kvnr}, Adresse {street} {house_number}, {postcode} {city}.",
    "Krankengeld: Ich bin seit {date} krankgeschrieben wegen {diag}. Die Zahlung bitte auf mein neues Konto {iban}. Rentenversicherungsnummer {rvnr}",
    "Tarifwechsel gewünscht: aktuell {insurance_plan}, ich möchte einen Tarif mit Zahnersatz. Vertrag {contract_number}, Rückruf {phone}",
    "Die Abrechnung sagt {icd}, aber ich hatte gar nicht {diag}, sondern nur {symptom}. Können Sie das korrigieren? Meine Steuer-ID {steuer_id} steht auch falsch drin. Rechnung {invoice_number} vom {date}.",
    "Ich brauche eine Bescheinigung über meine Beiträge {tax_year} für die Steuer. Steuernummer {steuernummer}, Mail {email}",
    "Meine Frau hat {diag} und bekommt {med}. Übernimmt die Kasse die Zuzahlung, wenn wir die Belastungsgrenze erreichen? Zuzahlungen {tax_year} bisher {amount}. Mitgliedsnummer {kvnr}",
    "Grüezi, ich bin bi de Helsana versichert und ha es Spitalrechnig für {treat} übercho. Rechnigsnummer {invoice_number}, {amount}. Zahlig bitte uf {iban_ch}, AHV-Nr {ahv}",
    "Servus, die ÖGK hat mir den Wahlarzt-Kostenersatz für {treat} noch nicht überwiesen, eingereicht am {date}. SVNR {at_svnr}, IBAN {iban_at}",
    "Widerspruch gegen Bescheid vom {date}: Die {{TREATMENT:Physiotherapie|Krankengymnastik|Ergotherapie|Logopädie|Lymphdrainage}} ist wegen meiner {{DIAGNOSIS:Fibromyalgie|Skoliose|Arthrose|Polyneuropathie}} medizinisch notwendig. ({case_number})",
    "Bonusprogramm: Ich war zur {{TREATMENT:Koloskopie|Darmspiegelung|Mammografie|Grippeimpfung}} am {date} und möchte die Punkte gutschreiben lassen. Versichertennr. {kvnr}",
    "PKV-Erstattung: {goae_code}, {goae_code}, {amount}. Diagnose {icd:nodot}. Konto {iban}",
    "Bitte NICHT mehr an {email} schreiben, die Adresse liest mein Ex-Mann mit. Neue Mail: {email}. Es geht um meine {treat} ({case_number}).",
    "Ich bekomme seit Monaten {med} wegen {diag} und die Apotheke will plötzlich die volle Zuzahlung. Ist bei euch eine Befreiung für {tax_year} hinterlegt? KVNR {kvnr:spaced}",
    "Familienversicherung: Mein Sohn studiert jetzt ({semester}), bleibt er mitversichert? Seine Versichertennummer ist {kvnr}, meine {kvnr}.",
]
TEMPLATES += [  # clean
    "Ab welchem Einkommen muss ich in die PKV wechseln, bzw. wann darf ich? Nur allgemeine Frage.",
    "Was bedeutet {goae_code} auf meiner Rechnung, und warum steht da der {beihilfe_rate}?",
    "Wie hoch ist der Zusatzbeitrag {year}? {percentage} hab ich gelesen.",
    "Gibt es bei euch einen Zuschuss für den [[generic_health_topic:Erste-Hilfe-Kurs]]? Ich mach den für den Führerschein.",
    "Ich habe einen Brief mit {letter_reference} bekommen, aber keine Ahnung worum es geht. Seite {page_number} fehlt.",
    "Die Hotline-Warteschleife: [[figurative_health:die Warteschleife ist der reinste Albtraum]]. 40 Minuten für nichts!",
    "Welche Unterlagen braucht die Beihilfestelle für {tax_year}? Reichen Kopien?",
    "Ich würde gerne {health_charity} mit einer Spende unterstützen – kann man das über die Kasse irgendwie absetzen?",
]

# --- Kfz-Versicherung, Unfallmeldung ----------------------------------------------------------
TEMPLATES += [
    "Schadenmeldung: Am {date} gegen {time} auf der {road_location} aufgefahren. Kennzeichen {licence_plate}, Versicherungsschein {policy_number}. Ich hatte danach {{DIAGNOSIS:Schleudertrauma|HWS-Schleudertrauma|Gehirnerschütterung|Rippenprellung}}. Erreichbar unter {mobile}",
    "Hallo {carins}, der Gegner hat meine Daten: {name}, Telefon {phone}, Mail {email}. Bitte regulieren Sie direkt, Schadennummer {claim_number}.",
    "Bitte Auszahlung des Sachschadens ({amount}) auf {iban}, Kontoinhaber {name}. Gutachten liegt bei ({assessor_ref}).",
    "Der Unfallgegner hat nur eine Telefonnummer dagelassen: {phone}. Mehr weiß ich nicht, Fahrzeug {hsn_tsn}, {vin}.",
    "Ich war nach dem Unfall {period} krankgeschrieben ({injury}), kriege ich Schmerzensgeld? Polizei: {police_report_ref}",
    "eVB für den Zweitwagen: {evb_number}. Bitte SF-Klasse übertragen ({sf_class}). Bezahlt wird per Lastschrift von {iban}, Mandatsreferenz {mandate_reference}",
    "Meine Dashcam-Datei {file_name} ist zu groß für das Formular. Kann ich sie an eine Mail schicken? Meine: {email}",
    "Moin, Parkrempler auf dem Lidl-Parkplatz, Zettel mit Nummer {mobile} hinterm Scheibenwischer gefunden. Soll ich da selbst anrufen? Mein Vertrag: {contract_number}",
    "Die Werkstatt braucht eine Kostenübernahme, Kostenvoranschlag {quote_number}. Meine Steuernummer für die Vorsteuer: {steuernummer}, USt-ID {ustid}",
    "Beifahrerin (meine Mutter) hatte einen {{DIAGNOSIS:Rippenbruch|Schlüsselbeinbruch|Handgelenksbruch|Armbruch}} und war {period} im Krankenhaus. Wer zahlt ihren Verdienstausfall? Ihre Rentenversicherungsnummer: {rvnr}",
    "Wildunfall auf der {road_location}, Reh. Bestätigung vom Jäger habe ich. Fahrgestellnummer {vin}, Rückruf unter {landline}",
    "Hab grad gemerkt, die Kfz-Steuer wird noch vom alten Konto abgebucht. Neues Konto: {iban:mixed}, Kennzeichen {licence_plate}",
    "Seit dem Auffahrunfall {symptom} und {symptom}, Hausarzt sagt {diag}. Muss ich das der Versicherung des Gegners selbst melden? Schaden-Nr {claim_number}",
    "Oida, Parkschaden in Wien, Pickerl war eh gültig. Der andere hat mir seine Nummer gegeben: {phone_at}. Sein Kennzeichen {licence_plate}, Versicherung: {carins}",
]
TEMPLATES += [  # clean
    "Wie wirkt sich ein Schaden über {amount} auf meine {sf_class} aus, wenn ich ihn selbst zahle?",
    "Brauche ich für die Fahrt nach Österreich die [[vignette:digitale Jahresvignette]] oder reicht die {vignette}?",
    "Unfallbericht hochgeladen als {file_name}, bitte Bestätigung. Schaden {claim_number}.",
    "Gibt es bei euch einen Telematik-Tarif? Ich fahre {annual_mileage}.",
    "Das Auto wurde abgeschleppt, [[object_health:das Auto hat Altersschwäche]] sagt der Mechaniker. Lohnt sich die Reparatur überhaupt bei {odometer}?",
    "Der Gutachter ({assessor_ref}) kommt am {weekday} {delivery_window}? Bitte bestätigen.",
    "Was kostet die Vollkasko mit {policy_excess} für einen {engine_spec}?",
]

# --- Miete, Vermieter, Hausverwaltung ---------------------------------------------------------
TEMPLATES += [
    "Sehr geehrte {propmgmt}, seit Wochen Schimmel im Schlafzimmer. Mein Sohn hat inzwischen {{DIAGNOSIS:Asthma|allergisches Asthma|Asthma bronchiale|Bronchitis}}, Attest liegt bei. Ab sofort gilt: {rent_reduction} ([[paragraph_ref:§ 536]]).",
    "Kaution bitte zurück auf {iban}. Wohnung {apartment_number}, Übergabe war am {date}. Neue Adresse: {street} {house_number}, {postcode} {city}",
    "Hallo Herr {landlord}, die Heizung ist seit {weekday} aus, drinnen nur noch {room_temperature}. Meine Frau ist {{DIAGNOSIS:Diabetikerin|Asthmatiker|Allergikerin}} und gerade nach einer {{TREATMENT:Chemo|Chemotherapie|Bestrahlung|Hüft-OP|Knie-OP}} sehr geschwächt. Bitte dringend melden: {mobile}",
    "Nebenkostenabrechnung {billing_period}: Nachzahlung {amount}?! Zählernummer {meter_number}, Stand {meter_reading}. Rückfragen gern an {email}",
    "Für den Mietvertrag schicke ich Ihnen: Ausweisnummer {ausweis}, Steuer-ID {steuer_id}, Kontoverbindung {iban}. Schufa-Auskunft ({credit_score}) folgt.",
    "Ich habe {{DIAGNOSIS:Multiple Sklerose|MS|Parkinson|Morbus Parkinson}} und komme kaum noch die Treppe hoch – bitte einen Handlauf im Treppenhaus anbringen. Wohnung {apartment_number}, Tel. {landline}",
    "Die Miete ({rent_amount}) geht ab nächsten Monat von diesem Konto: {iban_de}. Bitte Mandat ändern.",
    "Grüezi Frau {landlord}, ich möchte per Ende {month} zügle, die Kündigung habe ich am {date} eingeschrieben geschickt. Depot bitte auf {iban_ch}, mini Natelnummer {phone_ch}",
    "Liebe Hausverwaltung, der Nachbar über mir ({apartment_number}) lärmt jede Nacht bis {time}, ich hab deswegen {{SYMPTOM:Schlafstörungen|Schlaflosigkeit|Kopfschmerzen|Migräneattacke}}. Bitte melden Sie sich: {phone}",
    "Wohnungsübergabe: Schlüssel ({key_number}) sind im Briefkasten. Zählerstände: {meter_reading}. Meine neue Handynummer {mobile:dashes}",
    "Servus, hab den Meldezettel und den Mietvertrag unterschrieben zurückgeschickt. Meine SV-Nummer {at_svnr}, Konto {iban_at}, Top {apartment_number}",
    "Mieterverein hier: Unsere Mitgliedsnummer {member_number}, {lawyer_file_ref}. Die Mieterin ist telefonisch unter {landline} erreichbar.",
    "Untermieterin zieht ein, Name {name}, Personalausweisnummer {ausweis}, geb. {birth_date}. Reicht das für die Zustimmung?",
    "Die Eigenbedarfskündigung ([[paragraph_ref:BGB § 573]]) trifft mich hart, ich habe {diag} und bin auf die Wohnung im EG angewiesen. Meine Anwältin: {email}",
]
TEMPLATES += [  # clean
    "Wie hoch darf die Kaution maximal sein? Im Vertrag stehen {deposit_months}.",
    "Die Wohnung hat {floor_area}, {room_count}, {energy_rating} – ist {rent_amount} da angemessen?",
    "Wann kommt der Ablesedienst? Zähler {meter_number}.",
    "Heizung tropft und [[object_health:die Heizung hustet]] die ganze Nacht. Ticket {ticket_number}.",
    "Der Hausmeister meinte, [[plant_health:Mehltau]] an den Rosen im Hof sei normal. Wer ist für die Gartenpflege zuständig?",
    "Ist {rent_reduction} bei Baulärm realistisch oder zu viel?",
    "Im Treppenhaus hängt ein Aushang wegen [[generic_health_topic:die Zeckensaison]] – was hat das mit uns zu tun?",
    "Bitte schicken Sie mir die Hausordnung nochmal, Datei {file_name} lässt sich nicht öffnen.",
]

# --- Mobilfunk, SIM-Tausch, eSIM -------------------------------------------------------------
TEMPLATES += [
    "Jemand hat gestern einen SIM-Tausch auf meine Nummer {mobile} gemacht, ich hab das nicht beauftragt! Kundennummer {customer_number}, bitte sofort sperren.",
    "Rufnummernmitnahme zu {telco}: Nummer {mobile}, Vertragsnummer {contract_number}, Kennwort sag ich nur telefonisch.",
    "Bitte die eSIM neu ausstellen, Handy gewechselt ({handset_model}). Der alte Code {esim_activation_code} geht nicht mehr. Kontakt: {email}",
    "Die Rechnung soll künftig von {iban} abgebucht werden, Kontoinhaberin {name}. Kundennummer {customer_number}, Tarif {telco_tariff}.",
    "Warum wird mir {amount} für Roaming berechnet? Ich war nur in der Schweiz und hatte {data_volume}. Rufnummer {mobile}",
    "Hallo, meine Mutter ist {{DIAGNOSIS:Demenz|Alzheimer|Alzheimer-Demenz}} und hat einen Vertrag am Telefon abgeschlossen. Ich habe Vollmacht (vom {date}). Ihre Nummer: {landline}, meine: {mobile}",
    "Neue SIM ist angekommen, ICCID {iccid}, PIN-Brief fehlt aber. Meine Festnetznummer für den Rückruf: {landline}",
    "Ich brauche die Rufnummer {mobile} für die Zwei-Faktor-Anmeldung beim Jobcenter, bitte den Anschluss nicht sperren, ich zahle die {amount} diese Woche.",
    "Kündigung zum {date}. Bitte Bestätigung an {email}. Die Nummer {mobile} möchte ich behalten (Portierung).",
    "Nummer: {mobile:words}. Das ist meine, die andere {masked_phone} gehört meinem Mann.",
    "Hoi zäme, mis Natel isch gstohle worde. Nummer {phone_ch}, bitte sperre. IMEI {imei}. Rückruf uf {phone_ch}",
    "Wir ziehen um nach {city}, Festnetz bitte mitnehmen: alte Nummer {landline}. Ausweis-Nr. {ausweis} fürs Ident-Verfahren. Umzug am {date}.",
]
TEMPLATES += [  # clean
    "Was kostet ein Tarifwechsel von {telco_tariff} auf {telco_tariff}?",
    "Mein Handy zeigt 'SIM gesperrt', ich hab die PIN dreimal falsch eingegeben. Was nun?",
    "IMEI vom gestohlenen Gerät: {imei}. Reicht das für die Anzeige?",
    "Wie lange dauert eine Portierung normalerweise – ein paar Tage oder {period}?",
    "Der Router hat immer wieder Aussetzer, [[object_health:der Router hat Schluckauf]] – {router_model}, {speed} statt {speed}.",
    "Ich hab eine SMS bekommen 'Ihr Code lautet {otp_code}' – kann das Phishing sein? Absender war {sms_shortcode}.",
    "Gibt es eine Prepaid-Karte mit {data_volume} unter {amount}?",
]

# --- Kredit, Baufinanzierung -----------------------------------------------------------------
TEMPLATES += [
    "Guten Tag, wir möchten eine Baufinanzierung anfragen: {property_price}, Eigenkapital ca. {amount}, {fixed_rate_period}. Rückruf bitte unter {landline} oder {mobile}.",
    "Für die Kreditprüfung anbei: Steuer-ID {steuer_id}, Gehaltskonto {iban}, Arbeitgeber {employer}. {loan_amount} über {term_length}.",
    "Ratenkredit {loan_number}: Ich kann die Rate ({installment_plan}) gerade nicht zahlen, ich bin seit {period_dative} krank ({diag}). Gibt es eine Ratenpause? Tel. {mobile}",
    "Die Restschuldversicherung fragt nach Vorerkrankungen. Muss ich {{DIAGNOSIS:Depression|Depressionen|Burnout|Angststörung|Bluthochdruck}} angeben, wenn das {period} her ist?",
    "Bitte Sondertilgung ({repayment_rate}) vom Konto {iban} einziehen, Darlehensnummer {loan_number}.",
    "Meine Frau und ich: {name} und {name}. Ausweisnummern {ausweis} und {ausweis}. Termin für die Unterschrift beim Notar am {date}?",
    "Hallo {lender}, das Angebot mit {interest_rate} und {ltv_ratio} klingt gut. Meine Mail für die Unterlagen: {email}",
    "Grüezi, ich hätt gern es Hypothekarangebot für es Eigenheim in Luzern, {property_price}. Mini AHV-Nummer {ahv}, Telefon {phone_ch}",
    "Schufa-Eintrag ist falsch, ich hatte nie einen Kredit bei {lender}. Geburtsdatum {birth_date}, Adresse {street} {house_number}, {postcode} {city}. Rückmeldung an {email:words}",
    "Der Berater hat gesagt, ich soll die letzten drei Gehaltsabrechnungen ({payroll_period}) und die Rentenversicherungsnummer {rvnr} schicken. Passt das so?",
    "Bitte die Rate ab {month} auf {amount} reduzieren, mein Mann ist nach {{DIAGNOSIS:Schlaganfall|Herzinfarkt|Kreuzbandriss|Bandscheibenvorfall}} in {{TREATMENT:Reha|Anschlussheilbehandlung|AHB}} und verdient gerade nichts. Vertrag {contract_number}",
    "Hier meine Daten fürs PostIdent: Reisepass {reisepass}, gültig bis {date}. Handy {mobile}",
]
TEMPLATES += [  # clean
    "Wie hoch sind die Zinsen aktuell bei {fixed_rate_period} und {ltv_ratio}?",
    "Ab welchem {credit_score} bekommt man überhaupt einen Kredit?",
    "Ist {repayment_rate} zu wenig bei {loan_amount}?",
    "Kann ich den Kredit {loan_number} vorzeitig ablösen und was kostet das?",
    "Die Bank will eine Restschuldversicherung, ist das Pflicht? [[paragraph_ref:BGB § 492]] sagt doch was anderes.",
    "Wie lange dauert die Zusage bei {lender} normalerweise? {period}?",
]

# --- Crowdfunding, Spenden --------------------------------------------------------------------
TEMPLATES += [
    "Hallo, ich habe auf {crowdfund} eine Kampagne für meine Schwester gestartet, sie hat {{DIAGNOSIS:Brustkrebs|Leukämie|Lymphom|Hirntumor|Darmkrebs}} und braucht eine {{TREATMENT:Immuntherapie|Chemotherapie|Strahlentherapie|Hormontherapie}}, die die Kasse nicht zahlt. Ziel {campaign_goal}, Auszahlung bitte auf {iban}.",
    "Spende über {amount} an {health_charity} – bitte Spendenquittung an {email}, Steuer-ID {steuer_id}.",
    "Ich bin Unterstützerin ({backer_number}, {pledge_tier}), die Lieferadresse hat sich geändert: {street} {house_number}, {postcode} {city}. Tel. {phone}",
    "Die Auszahlung der Kampagne {crowdfunding_url} hängt seit {period_dative}. Verifizierung mit Personalausweis {ausweis} hab ich schon gemacht.",
    "Ich möchte monatlich {amount} an {health_charity} spenden, Lastschrift von {iban}. Mein Vater ist an {{DIAGNOSIS:Krebs|Lungenkrebs|Alzheimer|Parkinson}} gestorben, deshalb.",
    "Spendenaktion für den Rollstuhl-Van meines Sohnes – er hat {{DIAGNOSIS:Muskeldystrophie|Zerebralparese|Epilepsie|Multiple Sklerose}} –, Ziel {campaign_goal}. Kontakt {mobile}",
    "Bitte die Spende vom {date} ({amount}) zurückbuchen, falsches Projekt. Zahlung kam von Kreditkarte {card_visa}.",
    "Sammelbestätigung {tax_year} bitte an meinen Steuerberater: {email}, Steuernummer {steuernummer}",
]
TEMPLATES += [  # clean
    "Wie viel Gebühr nimmt {crowdfund} bei {campaign_goal}?",
    "Ist {health_charity} gemeinnützig, also kann ich die Spende absetzen?",
    "Die Kampagne {crowdfunding_url} ist bei {percent_funded} – gibt es eine Frist?",
    "Kann ich anonym spenden, ohne dass mein Name auf {crowdfund} erscheint?",
    "Dankeschön-Paket {pledge_tier} noch nicht angekommen ({backer_number}).",
    "Wir sammeln für [[health_charity:Deutsche Krebshilfe]] beim Sommerfest – braucht man da eine Genehmigung?",
]

# --- Tierarzt (Tiergesundheit = harte Negative) ------------------------------------------------
TEMPLATES += [
    "Hallo {vet}, unser Hund {pet} hat [[pet_health:Zwingerhusten]]. Die Rechnung ({amount}) bitte an {email} und Abbuchung von {iban}.",
    "Tierkrankenversicherung {petins}: Erstattung für {pet} ({pet_health}) bitte auf {iban}. Chipnummer {pet_microchip}",
    "Katze {pet} bekommt {vet_medication}, ich selbst hab gerade {{DIAGNOSIS:Grippe|Magen-Darm-Grippe|Covid|Corona}} und kann nicht kommen – kann mein Nachbar sie bringen? Er ist unter {mobile} erreichbar.",
    "Termin für die {pet_health} bei {pet} am {weekday}? Meine Nummer {phone}",
]
TEMPLATES += [  # clean
    "Unser Kater hat [[pet_health:Diabetes beim Kater]], die Dosis ist {rx_strength} – ist das normal für {weight}?",
    "Hund {pet} humpelt, [[pet_health:Lahmheit vorne links]]. Notdienst heute?",
    "Was kostet die [[pet_health:Kastration]] beim Kaninchen nach {vet_fee_rate}?",
    "Braucht {pet} für Italien einen EU-Heimtierausweis? Der alte: {pet_passport}.",
    "Ist {vet_medication} verschreibungspflichtig? {pet} hat [[pet_health:Giardien]].",
    "Unser Pferd hat [[pet_health:Hufrehe]] – macht ihr auch Hausbesuche im Stall in {city}?",
    "Die Rechnung {invoice_number} über {amount} für [[pet_health:Entwurmung]] stimmt nicht, wir waren nur zur Beratung da.",
    "Welche Leistungen deckt {pet_plan} bei [[pet_health:Hüftdysplasie beim Hund]]?",
]

# --- Fitnessstudio, Fitnesstracker -------------------------------------------------------------
TEMPLATES += [
    "Hallo {gym}, ich möchte meinen Vertrag ruhen lassen ({freeze_period}), ich hatte einen Unfall ({injury}) und darf {period} keinen Sport machen. Mitgliedsnummer {member_number}, Attest im Anhang.",
    "Kündigung aus gesundheitlichen Gründen: {{DIAGNOSIS:Bandscheibenvorfall|Herzrhythmusstörungen|Vorhofflimmern|Kniearthrose}}. Die Beiträge ({membership_fee}) bitte nicht mehr von {iban} abbuchen. Mitglied {member_number}.",
    "Mein {tracker_model} zeigt falsche Werte ({heart_rate}), obwohl ich {med} nehme, das den Puls senkt. Supportfall {ticket_number}, Mail {email}",
    "Die Synchronisierung mit {tracker} klappt nicht, {step_count} fehlen. Account {email}",
    "Beitragsrückerstattung für {month} bitte auf {iban} – das Studio war vom {date} bis {date} wegen Umbau zu.",
    "Ich hatte nach dem Kurs ({course_code}) {{SYMPTOM:Herzrasen|Schwindel|Atemnot|Brustschmerzen}} und bin umgekippt. Die Trainerin hat meinen Mann angerufen ({mobile}). Ich will wissen, was im Unfallbuch steht.",
    "Servus, ich möcht mein Abo auf {gym_tier} ändern. Zahlung mit Bankomatkarte oder von {iban_at}?",
    "Personal Trainer gesucht für Training nach {{TREATMENT:Knie-OP|Kreuzband-OP|Meniskus-OP|Hüft-OP|Bandscheiben-OP}}, ich bin {age}. Mail {email}, Handy {mobile}",
    "App zeigt meine {workout_stat} und meinen Puls öffentlich an!! Bitte Profil {user_handle} privat schalten, ich hab {diag} und will nicht, dass das jemand sieht.",
    "Trainingsplan bitte anpassen, meine Therapeutin sagt wegen {{DIAGNOSIS:Tennisarm|Sehnenscheidenentzündung|Kalkschulter|Frozen Shoulder}} keine Überkopfübungen. Mitglied {member_number}",
]
TEMPLATES += [  # clean
    "Reichen {checkin_count} für den Bonus bei der Krankenkasse?",
    "Gibt es bei euch Kurse für Anfänger, so [[generic_health_topic:Gesundheitstipps]] und leichtes Training?",
    "Mein {tracker_model} zählt beim Radfahren {step_count}, ist das ein Bug? {app_version}",
    "Was kostet {gym_tier}? Auf der Website steht {membership_fee}.",
    "Laufgruppe am {weekday}: {race_distance} in {pace}? Wer kommt mit?",
    "Die Duschen im Studio sind kalt, [[figurative_health:das macht mich noch krank]]! Schließfach {locker_number} klemmt auch.",
]

# --- Dating-App --------------------------------------------------------------------------------
TEMPLATES += [
    "Mein Profil bei {dating} wurde gesperrt, angeblich Fake. Ich hab das Selfie-Video schon dreimal gemacht. Registriert mit {email}, Handy {mobile}, seit {date}",
    "Ein Match hat mich nach meiner IBAN gefragt, angeblich für ein Geschenk. Ich hab ihm {iban} geschickt 🙈 Ist das gefährlich? Sein Profil: {dating_profile_id}",
    "Bitte mein Konto löschen inkl. aller Daten. In meinem Profil stand, dass ich {diag} habe – das soll nirgends mehr gespeichert sein. Login {email}, {dating_profile_id}",
    "{premium_plan} wurde doppelt abgebucht ({amount}), Karte {card}. Bitte erstatten.",
    "Jemand hat mein Foto geklaut und nutzt es mit der Nummer {mobile}. Mein echtes Profil: {user_handle}",
    "Ich hab im Profil angegeben, dass ich {{DIAGNOSIS:HIV|Herpes|Diabetes|Typ-1-Diabetes}} habe, und werde seitdem beleidigt. Screenshots als {file_name}. Bitte meldet euch: {email}",
]
TEMPLATES += [  # clean
    "Warum sehe ich nur Leute im {age_range}-Bereich, obwohl ich {age_range} eingestellt habe?",
    "Kann man {premium_plan} monatlich kündigen?",
    "Der Verifizierungs-Code {otp_code} kommt nie an.",
    "Match nur im Umkreis von {distance} anzeigen – geht das?",
    "Das Profil {dating_profile_id} ist ein Fake, ich will es melden.",
]

# --- Retouren, Onlinehandel ---------------------------------------------------------------------
TEMPLATES += [
    "Retoure {return_code} ist seit {period_dative} bei euch, Erstattung ({amount}) bitte auf {iban}, nicht auf die Kreditkarte.",
    "Ich habe das [[product_health:das Brettspiel Pandemie]] zurückgeschickt, Sendungsnummer {tracking_dhl}. Bitte Gutschrift an {email}",
    "Bestellung {order_number}: Das Blutdruckmessgerät zeigt Fehler {error_code}. Ich brauch es dringend wegen meiner {{DIAGNOSIS:Hypertonie|Herzinsuffizienz|Herzschwäche}}, bitte Ersatz schnell. Tel {phone}",
    "Rückzahlung für {order_amazon} ging auf eine alte Karte. Die neue ist {card_visa} gültig bis {exp}, oder einfach überweisen: {iban}",
    "Kauf auf Rechnung: Ich kann nicht zahlen, weil ich seit {date} im Krankenhaus bin ({treat}). Zahlungsaufschub bitte, Kundennr {customer_number}, Mail {email}",
    "Größe {clothing_size} war zu klein, Umtausch in {clothing_size}. Artikel {article_number}. Meine Telefonnummer falls was ist: {phone}",
    "Hallo {shop}, das Paket kam beschädigt an, Foto {file_name}. Bitte Rückruf unter {landline}",
    "Widerruf nach [[paragraph_ref:§ 312g]]: Bestellung {order_number} vom {date}. Betrag bitte auf DE-Konto: {iban_de}",
    "Ich habe eine {{DIAGNOSIS:Nickelallergie|Kontaktallergie}} und von dem Uhrarmband {{SYMPTOM:Hautausschlag|Juckreiz|Quaddeln}} bekommen. Rückgabe noch möglich? Ihr schreibt {return_window}.",
]
TEMPLATES += [  # clean
    "Wie lange habe ich Zeit für die Rücksendung? {return_window} oder länger?",
    "Retourenlabel {return_code} funktioniert nicht im PaketShop.",
    "Die Jacke ist [[food_allergen_info:vegan]], steht auf dem Etikett – gilt das auch für den Kleber?",
    "Warum bekomme ich nur {amount} zurück statt {amount}? Bestellung {order_number}.",
    "Bei Bestellung {order_amazon} fehlt ein Teil, {quantity} statt {quantity}.",
    "Gutschein {voucher_code} wurde nicht angerechnet.",
    "Ich habe das [[product_health:das Kartenspiel Virus!]] zweimal bekommen, kann ich eins behalten?",
]

# --- Paket, Kurier ----------------------------------------------------------------------------
TEMPLATES += [
    "Sendung {tracking_hermes} wurde beim Nachbarn abgegeben, der ist aber im Urlaub. Bitte ruft mich an: {mobile}",
    "Der Fahrer hat das Paket einfach vor die Tür gestellt, ich sitze wegen {{DIAGNOSIS:Multiple Sklerose|MS|Zerebralparese|Muskeldystrophie}} im Rollstuhl und komme nicht in den Hausflur. Bitte künftig klingeln. Sendung {tracking_dpd}, Tel. {phone}",
    "Nachnahme bitte auf {iban} – Absender ist {company}, Sendung {tracking_dpd}.",
    "Zustellung an Packstation {packstation}, Postnummer {dhl_postnummer}. Benachrichtigungen an {email}",
    "Mein Medikamentenpaket ({med}) ist seit {period_dative} unterwegs, {tracking_dhl}. Ich hab nur noch zwei Tabletten! {mobile}",
    "Abholung beim {parcel_shop_id} mit Ausweis {ausweis} – geht das, wenn der Name auf dem Paket falsch geschrieben ist?",
    "Zoll will Gebühren für das Päckchen {tracking_ups}, Nummer {customs_mrn}. Zahlung per Karte {card} möglich?",
    "Ich bin nicht zu Hause {delivery_window}, bitte liefern Sie zu meiner Arbeit: {company}, {street} {house_number}, {postcode} {city}, Tel. {landline}",
]
TEMPLATES += [  # clean
    "Sendung {tracking_gls} hängt im Paketzentrum seit {date}.",
    "Wo ist {parcel_shop_id}? Die Adresse im Tracking stimmt nicht.",
    "Das Paket wiegt {parcel_weight}, kann ich es trotzdem als Päckchen schicken?",
    "Zustellung {delivery_window} – kann ich das Zeitfenster ändern?",
    "Warum steht bei {tracking_dhl} 'Empfänger nicht angetroffen'? Ich war zu Hause!",
    "{parcel} hat mein Paket in die falsche Packstation ({packstation}) gelegt.",
    "Abholcode {locker_pin} geht nicht.",
    "Was kostet ein Paket bis {weight} nach Österreich?",
]

# --- Pensionskasse, Rente, Erwerbsminderung -------------------------------------------------------
TEMPLATES += [
    "Antrag auf Erwerbsminderungsrente: Ich bin seit {period_dative} arbeitsunfähig wegen {diag} und {diag}. Versicherungsnummer {rvnr}, Konto für die Rente {iban}.",
    "Hallo {pension}, meine Betriebsrente ({pension_scheme_ref}) soll ab {month} auf mein neues Konto: {iban}. Bitte Bestätigung an {email}",
    "Rentenauskunft bitte an meine neue Adresse: {street} {house_number}, {postcode} {city}. RV-Nummer {rvnr:dashes}",
    "Meine Mutter ist verstorben, ihre Rentenversicherungsnummer ist {rvnr}. Die Rente für {month} ({pension_amount}) wurde noch auf {iban} gezahlt – sollen wir sie zurücküberweisen?",
    "Ich war {period} in {{TREATMENT:Reha|Psychotherapie|Traumatherapie|qualifizierter Entzug}} – zählt die Zeit für die Rente? Steuer-ID {steuer_id}",
    "Servus, ich krieg ab heuer die Pension von der PVA, aber die Abrechnung stimmt nicht ({pension_amount}). SV-Nummer {at_svnr}, Tel. {phone_at}",
    "Grüezi, Pensionskasse: Ich ziehe nach Spanien und möchte die Freizügigkeitsleistung ({pension_pot}) auszahlen lassen. AHV {ahv}, Konto {iban_ch}",
    "Der Gutachter der DRV hat {{DIAGNOSIS:mittelgradige depressive Episode|Fibromyalgie|Spinalkanalstenose|Long Covid|Post-Covid-Syndrom}} bestätigt, trotzdem Ablehnung. Widerspruch läuft über {lawfirm}, {lawyer_file_ref}. Meine Nummer: {mobile}",
    "Witwenrente: Mein Mann {name}, geb. {birth_date}, RV-Nr. {rvnr}, meine: {rvnr}. Sterbeurkunde liegt bei.",
    "Bitte keine Post mehr an {email}, ich bin jetzt unter {email} erreichbar. Versorgungsnummer {pension_scheme_ref}",
]
TEMPLATES += [  # clean
    "Wie viele {pension_points} brauche ich für {amount} Rente?",
    "Ab wann kann ich abschlagsfrei in Rente, {retirement_age}?",
    "Wird der {pension_pot} bei der Auszahlung versteuert?",
    "Was passiert mit der Betriebsrente, wenn die Firma insolvent ist? Vertrag {pension_scheme_ref}.",
    "Ich habe einen Brief der Rentenversicherung mit {letter_reference}, aber ohne Unterschrift. Echt?",
]

# --- BAföG, Studienkredit ---------------------------------------------------------------------
TEMPLATES += [
    "BAföG-Antrag: {bafoeg_reference}. Ich konnte im {semester} nicht studieren wegen {diag}, Attest liegt bei. Bitte Förderungshöchstdauer verlängern. Kontakt {email}",
    "Das BAföG bitte ab {month} auf {iban} überweisen, altes Konto ist gekündigt. {bafoeg_reference}",
    "Hallo {studfin}, meine Eltern heißen {name} und {name}, Steuer-IDs {steuer_id} und {steuer_id}. Reicht das für Formblatt 3? Antrag {bafoeg_reference} für {semester}.",
    "{student_loan_plan}: Ich kann wegen {{TREATMENT:Chemotherapie|Chemo|Dialyse|Strahlentherapie}} gerade nicht arbeiten, kann die Rückzahlung gestundet werden? Tel. {mobile}",
    "Immatrikulationsbescheinigung für {uni} im Anhang ({file_name}), Matrikelnummer {student_id}. Meine Handynummer hat sich geändert: {mobile}",
    "Servus, Studienbeihilfe: Ich hab {ects_credits} geschafft, wegen {{DIAGNOSIS:Pfeiffersches Drüsenfieber|Drüsenfieber|Long Covid|Depression}} nicht mehr. Reicht ein Attest? SVNR {at_svnr}",
    "Rückforderungsbescheid über {amount}?! Ich hab alles angegeben. Förderungsnr. in der Betreffzeile, mein Konto: {iban}, BIC {bic}",
    "Wohnheimplatz für Studierende mit {{DIAGNOSIS:Autismus|ADHS|Epilepsie|Asperger}} – gibt es da eine Härtefallquote? Bewerbung für {semester}, {applicant_number}. Kontakt {email}",
]
TEMPLATES += [  # clean
    "Wie hoch ist der {repayment_threshold} bei der BAföG-Rückzahlung?",
    "Gibt es BAföG auch für das {semester}, wenn ich die Fachrichtung wechsle?",
    "Wann kommt der Bescheid? Antrag {bafoeg_reference} seit {period_dative}.",
    "Was ist der Unterschied zwischen {student_loan_plan} und Bildungskredit?",
    "Zählen {ects_credits} aus dem Auslandssemester für den Leistungsnachweis?",
]

# --- Ausländerbehörde, Visum ---------------------------------------------------------------------
TEMPLATES += [
    "Sehr geehrte Damen und Herren, mein Aufenthaltstitel läuft am {date} ab. Termin für {visa_type}? Reisepass {reisepass}, {immigration_case_ref}. Telefon {phone}",
    "Ich bin seit {period_dative} im Krankenhaus ({diag}) und kann den Termin am {date} nicht wahrnehmen. Bitte verschieben. {immigration_case_ref}, Mail {email}",
    "Für die {visa_type} schicke ich: Pass {reisepass}, Steuer-ID {steuer_id}, Gehaltskonto {iban}.",
    "Meine Frau braucht die Verlängerung aus medizinischen Gründen, sie hat {{DIAGNOSIS:Brustkrebs|Krebs|Niereninsuffizienz|Lymphom}} und ist in {{TREATMENT:Chemotherapie|Dialyse|Bestrahlung|Strahlentherapie}}. Arztbrief anbei. Ihre NIE ist {nie}, {immigration_case_ref}.",
    "Grüezi Migrationsamt, ich zügle nach Zürich und brauche die Aufenthaltsbewilligung B ab {date}. AHV-Nummer {ahv}, Telefon {phone_ch}",
    "Servus MA 35, Rot-Weiß-Rot-Karte: Mein Antrag ({immigration_case_ref}) ist seit {period_dative} offen. SVNR {at_svnr}, Mail {email}",
    "Krankenversicherungsnachweis für das Visum: Versichert bei {healthins}, Nr. {kvnr}. Codice fiscale aus Italien auch nötig? {cf} – Termin wäre am {date}.",
    "Mein Bruder kommt aus Polen, PESEL {pesel}. Braucht er für die Anmeldung beim Bürgeramt am {date} noch was? Mein Handy {mobile}",
    "Fiktionsbescheinigung bitte per Post an {street} {house_number}, {postcode} {city}. Ich kann wegen {injury} nicht persönlich kommen.",
]
TEMPLATES += [  # clean
    "Welche Unterlagen brauche ich für die {visa_type}?",
    "Wie lange dauert die Bearbeitung bei der Ausländerbehörde derzeit, {period}?",
    "Gibt es noch Termine im {month}? Online ist alles ausgebucht.",
    "Ist {visa_type} mit {visa_type} kombinierbar?",
    "Muss der Mietvertrag für die Anmeldung beglaubigt sein? [[paragraph_ref:§ 19 BMG]]",
]

# --- Polizei (kein Notfall) ---------------------------------------------------------------------
TEMPLATES += [
    "Anzeige über die Online-Wache: Fahrrad gestohlen am {date}, Rahmennummer {bike_frame_number}. Ich bin unter {mobile} erreichbar.",
    "Ich wurde am Bahnhof angegriffen und hatte eine {{DIAGNOSIS:Platzwunde|Gehirnerschütterung|Nasenbeinbruch|Rippenprellung}}. Anzeige: {police_report_ref}, meine Mail {email}",
    "Betrug: Jemand hat mit meinen Daten ({iban}) einen Handyvertrag abgeschlossen. Mein Ausweis {ausweis} wurde im {month} gestohlen, Anzeige: {police_report_ref}.",
    "Zeugenaussage zum Unfall an der {road_location}: Der Fahrer hatte das Kennzeichen {licence_plate}. Meine Nummer {phone}",
    "Mein Vater ({age}) hat {{DIAGNOSIS:Demenz|Alzheimer}} und ist seit {time} verschwunden. Er trägt eine rote Jacke. Bitte melden: {mobile}",
    "Kantonspolizei: Velo gestohlen, Rahmennummer {bike_frame_number}, ich bin unter {phone_ch} erreichbar.",
]
TEMPLATES += [  # clean
    "Wie lange dauert es, bis ich das Aktenzeichen ({police_report_ref}) schriftlich bekomme?",
    "Kann ich eine Anzeige wegen {phishing_url} online machen?",
    "Mein Auto wurde abgeschleppt ({licence_plate}), wo kann ich es abholen?",
    "Gestohlenes Handy, IMEI {imei} – muss ich das der Polizei melden oder reicht der Provider?",
]

# --- Anwalt, Rechtsschutz -------------------------------------------------------------------------
TEMPLATES += [
    "Sehr geehrte Frau Rechtsanwältin, mein Arbeitgeber hat mir während meiner {{TREATMENT:Reha|Chemotherapie|Psychotherapie|Anschlussheilbehandlung}} gekündigt ([[paragraph_ref:§ 1 KSchG]]). Rechtsschutz bei {insurer}, Schadennummer {claim_number}. Tel. {mobile}",
    "Kanzlei {lawfirm}: Bitte überweisen Sie den Vergleichsbetrag ({amount}) auf {iban}, {lawyer_file_ref}.",
    "Abmahnung wegen eines Fotos erhalten, {legal_fee_item}. Meine Steuernummer {steuernummer}, Kontakt {email}",
    "Arbeitsunfall: Ich bin von der Leiter gefallen, {injury}. Die BG zahlt nicht ({bg_number}). Meine Sozialversicherungsnummer {rvnr}, Handy {mobile}",
    "Hier die Daten des Vermieters für die Klage: {name}, {street} {house_number}, {postcode} {city}, Telefon {landline}, Mail {email}",
    "Meine Mandantin ({name}) leidet seit dem Vorfall unter {diag}, Gutachten folgt. {lawyer_file_ref}, Rückruf {landline}",
    "Scheidung: Das gemeinsame Konto {iban} soll aufgelöst werden. Meine Frau hat {{DIAGNOSIS:bipolare Störung|Depressionen|Alkoholabhängigkeit|Spielsucht}} – spielt das für das Sorgerecht eine Rolle?",
    "Hoi, ich bruuch en Awalt wäg de Kündigung, ich bi sit {period_dative} krankgschriebe wäg {diag}. Natel {phone_ch}",
]
TEMPLATES += [  # clean
    "Was kostet eine Erstberatung? Ich habe gelesen {legal_fee_item}.",
    "Deckt die Rechtsschutzversicherung Mietrecht nach [[paragraph_ref:BGB § 535]]?",
    "Frist für die Kündigungsschutzklage: {period} ab Zugang, richtig?",
    "{lawyer_file_ref} – bitte bei Antwort angeben.",
    "Gilt [[paragraph_ref:§ 3 EFZG]] auch für Minijobber?",
]

# --- Bestattung -----------------------------------------------------------------------------
TEMPLATES += [
    "Guten Tag {funeral}, mein Vater ist gestern nach langer {{DIAGNOSIS:Krebs|Lungenkrebs|Leukämie|Herzinsuffizienz|Demenz}} verstorben. Wir bräuchten {death_certificate_count}. Erreichbar unter {mobile}",
    "Die Rechnung für die Beerdigung ({amount}) bitte an meinen Bruder: {email}. Überweisung kommt von {iban}.",
    "Meine Oma ({age}) ist im Pflegeheim an {{DIAGNOSIS:Lungenentzündung|Pneumonie|Covid|Grippe|Schlaganfall}} gestorben. Rentenversicherungsnummer für die Sterbegeld-Meldung: {rvnr}",
    "Für die Trauerfeier am {date} um {time}: {hymn_number}? Ansprechpartnerin ist meine Schwester, {phone}",
    "Urnenbeisetzung, {grave_plot}. Kontoverbindung für die Kaution: {iban}. Danke für alles.",
    "Grüezi, mini Mueter isch im Spital gstorbe ({diag}). Chönd Sie d Überführig am {date} organisiere? Telefon {phone_ch}",
]
TEMPLATES += [  # clean
    "Was kostet eine Seebestattung ungefähr? Und wie viele {death_certificate_count} braucht man so?",
    "Welche Sargmodelle gibt es, z. B. {coffin_model}?",
    "Darf man bei der Trauerfeier {hymn_number} singen oder nur Orgel?",
    "Grabstelle {grave_plot} – wie lange ist die Ruhezeit?",
]

# --- Hochzeit ---------------------------------------------------------------------------------
TEMPLATES += [
    "Hallo {planner}, Gästeliste: Tante Ilse hat {{DIAGNOSIS:Zöliakie|Erdnussallergie|Nussallergie|Laktoseintoleranz|Histaminintoleranz}}, bitte {menu_choice} für sie. Trauzeugin {name}, Handy {mobile}",
    "Anzahlung für {venue} ({amount}) ist raus von {iban}. Bitte bestätigen an {email}",
    "Mein Verlobter ist {{DIAGNOSIS:Diabetiker|Asthmatiker|Epileptikerin|Allergiker}}, gibt es im Saal einen Kühlschrank für sein {{MEDICATION:Insulin|Langzeitinsulin|EpiPen|Notfallset}}?",
    "Tischplan: {table_number} für die Familie, {party_size}. Die Fotografin erreicht ihr unter {phone}",
    "Restzahlung Hochzeitspaket ({wedding_package}) per Kreditkarte: {card_mc}, gültig bis {exp}, CVC {cvc}",
    "Bitte keine Blumen mit starkem Duft, ich habe {{SYMPTOM:Migräneanfälle|Kopfschmerzen|Atemnot|Schwindel}} bei Parfum. Hochzeit am {date}, {venue}. Braut {name}, {email}",
]
TEMPLATES += [  # clean
    "Was kostet {wedding_package} bei {party_size}?",
    "Ist {venue} barrierefrei? Es kommen ein paar ältere Gäste.",
    "Menüauswahl: {menu_choice} oder {menu_choice}?",
    "Kann der DJ auch Songs von [[product_health:der Band Placebo]] spielen?",
    "Haben Sie am {date} noch frei? {price_per_head} wäre unser Limit.",
]

# --- Mietwagen, Carsharing ----------------------------------------------------------------------
TEMPLATES += [
    "Mietvertrag {rental_agreement}: Die {rental_deposit} wurde zweimal auf der Karte {card} geblockt. Bitte freigeben.",
    "Ich hatte mit dem Mietwagen einen Unfall, {injury}, war {period} im Krankenhaus. Kennzeichen {licence_plate}. Rückruf {mobile}",
    "Knöllchen ({pcn_number}) kam an {carrental}, die haben {amount} Bearbeitungsgebühr abgebucht. Führerschein-Daten nur Name {name}, Ausweis {ausweis}.",
    "Fahrzeug {acriss_code}, Tankregel {fuel_policy}, Abgabe am {date}. Bitte Rechnung mit USt-ID {ustid} an {email}",
    "Ich bin {{DIAGNOSIS:Epilepsie|Narkolepsie|Diabetes|Typ-1-Diabetes}} – darf ich überhaupt ein Auto mieten, wenn ich seit {period_dative} anfallsfrei bin? Tel. {phone}",
]
TEMPLATES += [  # clean
    "Was bedeutet {acriss_code} auf der Buchung?",
    "Kilometerstand bei Abgabe {odometer}, Tank {fuel_level}. Passt das?",
    "Kann ich bei {carrental} mit Debitkarte zahlen oder brauche ich eine Kreditkarte?",
    "Wird die {rental_deposit} sofort freigegeben?",
    "Ist die {vignette} im Mietwagen für Österreich dabei?",
]

# --- Coworking -----------------------------------------------------------------------------
TEMPLATES += [
    "Hallo {cowork}, ich kann meinen {desk_number} diesen Monat nicht nutzen, ich bin nach {{TREATMENT:Bandscheiben-OP|Knie-OP|Hüft-OP|Blinddarm-OP}} zu Hause. Gutschrift bitte auf {iban}",
    "Rechnung bitte an {company}, USt-IdNr. {ustid}, Mail {email}. {access_card_id} funktioniert übrigens nicht mehr.",
    "Ich hatte gestern im {meeting_room} plötzlich {{SYMPTOM:Herzrasen|Atemnot|Kreislaufprobleme|Schwindel}}, danke an eure Community-Managerin! Falls ihr mich braucht: {mobile}",
    "Bezahlung {membership_fee} per Kreditkarte ({card_visa}, {exp}), Prüfziffer {cvc}. Rechnung {invoice_number}.",
]
TEMPLATES += [  # clean
    "WLAN {wifi_ssid} ist sehr langsam, {speed}.",
    "Kann ich {meeting_room} am {weekday} von {time} buchen?",
    "Was kostet ein Fixdesk im Monat? Ich zahle für {desk_number} gerade {membership_fee}.",
    "Mein Chip ({access_card_id}) öffnet die Tür im {clinic_floor} nicht.",
    "Postadresse im Coworking möglich? Meine Firma hat {commercial_register}.",
]

# --- IT-Helpdesk, Passwort-Reset ---------------------------------------------------------------
TEMPLATES += [
    "Hi {itdesk}, ich bin ausgesperrt ({corp_user_id}), Rechner {hostname}. Bitte Reset-Link an meine private Mail {email} oder SMS an {mobile}.",
    "Ticket {ticket_number}: Ich war {period} krank ({diag}) und jetzt ist mein Passwort abgelaufen. Durchwahl {landline}",
    "MFA-Gerät verloren, neues Handy hat die Nummer {mobile}. Asset {asset_tag}.",
    "Die Lohnabrechnung im Portal zeigt eine falsche IBAN an, richtig ist {iban}. Personalnummer {personnel_number}.",
    "Für die Remote-Freischaltung: Name {name}, Ausweisnummer {ausweis}, Geburtsdatum {birth_date}. Bitte Rückruf {phone}",
    "Kann mir jemand die Bildschirmlupe einrichten? Ich hab {{DIAGNOSIS:Makuladegeneration|Grauer Star|Glaukom|Grüner Star}} und sehe die Schrift kaum. Rechner {hostname}, erreichbar unter {landline}",
]
TEMPLATES += [  # clean
    "VPN bricht ab, Fehler {error_code}, Rechner {hostname}.",
    "Passwortregeln laut {kb_article}: wie viele Zeichen?",
    "Backup-Codes für MFA: {backup_code} – muss ich die irgendwo eintragen?",
    "Drucker im 3. OG zeigt {error_code}, [[object_health:der Drucker hat Fieber]] 😅",
    "Mein Laptop {hostname} ist nach dem Update {software_version} super langsam.",
    "[[object_health:der Laptop hat sich einen Virus eingefangen]] glaub ich, überall Pop-ups. Asset {asset_tag}.",
]

# --- Gaming-Support -----------------------------------------------------------------------------
TEMPLATES += [
    "Mein {gaming}-Account wurde gehackt, die haben {ingame_currency} gekauft mit meiner Karte {card}. Login war {email}. Bitte sperren!",
    "Rückerstattung für den Kauf vom {date} ({amount}) bitte auf PayPal {email}, Gamertag {gamertag}.",
    "Ich habe {{DIAGNOSIS:Epilepsie|Migräne|Migräne mit Aura}} und bekomme bei den Blitz-Effekten {{SYMPTOM:Kopfschmerzen|Schwindel|Übelkeit|Krampfanfälle}}. Gibt es einen Modus ohne? Spieler {gamertag}",
    "Mein Sohn (12) hat mit meiner Kreditkarte {card_mc} gekauft, gültig bis {exp}. {ingame_currency} für {amount}! Ich will das zurück! Tel. {mobile}",
    "Altersverifizierung: Muss ich wirklich meinen Ausweis ({ausweis}) hochladen? Account {email}, {gamertag}",
]
TEMPLATES += [  # clean
    "Der Code {game_voucher_code} sagt 'bereits eingelöst'.",
    "Lag auf {server_region}, {match_id}, ping über 200.",
    "Warum bin ich nach {player_level} plötzlich zurückgesetzt?",
    "Die Story mit [[fiction_health:die Zombie-Seuche in The Last of Us]] ist heftig – in der Story, nicht bei mir 😄 Gibt es eine Triggerwarnung?",
    "Kann man {ingame_currency} auf ein anderes Konto übertragen?",
    "Im Spiel kriegt mein Charakter [[fiction_health:die Pest in dem Mittelalter-Game]] und stirbt immer – Bug?",
]

# --- LLM-Prompts mit eingefügten Dokumenten ---------------------------------------------------------
TEMPLATES += [
    "Fasse diesen Brief kurz zusammen:\n\"Sehr geehrter Herr {last}, wir bestätigen den Eingang Ihres Antrags vom {date}. Bitte überweisen Sie die Gebühr von {amount} auf {iban} (BIC {bic}). {letter_reference}\"",
    "Kannst du mir helfen, eine Beschwerde zu schreiben? Hier die Fakten: Bestellung {order_number}, Kundennummer {customer_number}, meine Mail {email}, Telefon {phone}. Ton: freundlich, aber bestimmt.",
    "Erklär mir diesen Arztbrief in einfachen Worten: \"Diagnosen: {icd} {diag}, {icd} {diag}. Therapie: {med} {dosage_schedule}. Empfehlung: {treat}.\"",
    "Übersetze ins Englische: Ich bin seit {date} krankgeschrieben wegen {diag}, meine Versichertennummer ist {kvnr}.",
    "Schreib eine Kündigung für meinen Handyvertrag, Nummer {mobile}, Kundennummer {customer_number}, zum nächstmöglichen Termin. Unterschrift {name}.",
    "Prüf bitte, ob diese IBAN stimmt: {iban}. Und ist {bic} die passende BIC? Betrag {amount}, Verwendungszweck {invoice_number}.",
    "Formuliere eine Mail an die Beihilfestelle: Erstattung für {treat} ({goae_code}), Personalnummer {personnel_number}, Konto {iban}.",
    "{llm}, ich habe {symptom}, {symptom} und {symptom} seit {period_dative}. Was könnte das sein? Ich nehme {med}.",
    "Mach aus dieser Liste eine Tabelle:\n{name}, {phone}, {email}\n{name}, {phone}, {email}\n{name}, {phone}, {email}",
    "Fasse zusammen (Steuerbescheid): Steuernummer {steuernummer}, Steuer-ID {steuer_id}, Erstattung {tax_refund}. Einspruchsfrist {period}.",
    "Schreib meinem Vermieter, dass ich wegen {{DIAGNOSIS:Schimmelpilzallergie|Hausstauballergie|Asthma|COPD}} nicht im Keller arbeiten kann ([[paragraph_ref:BGB § 535]]). Meine Nummer für Rückfragen: {landline}",
    "Hilf mir beim Ausfüllen: Name {name}, Geburtsdatum {birth_date}, Reisepass {reisepass}, Adresse {street} {house_number}, {postcode} {city}.",
]
TEMPLATES += [  # clean
    "{llm}: Fasse den Artikel über [[generic_health_topic:die Grippewelle]] in drei Sätzen zusammen.",
    "Schreib ein Gedicht über [[figurative_health:Fernweh]] und Zugverspätungen.",
    "Wie formuliere ich höflich, dass [[figurative_health:das bereitet mir echt Kopfschmerzen]], ohne unhöflich zu wirken?",
    "Erklär mir den Unterschied zwischen {goae_code} und {goae_code}, allgemein, nicht für mich.",
    "Kürze diesen Text auf {token_count}: 'Unsere Öffnungszeiten sind {opening_hours}, Kundennummer {customer_number} bitte immer angeben.'",
    "Welche Daten darf ich einem Chatbot überhaupt geben? Frage für die Schulung, {date}.",
]

# --- SMS-Codes, 2FA, TAN (harte Negative) ---------------------------------------------------------
TEMPLATES += [
    "Die SMS mit dem Code {otp_code} kam an {mobile}, aber das ist nicht mehr meine Nummer! Meine neue ist {mobile}.",
    "pushTAN {tan_code} wurde abgelehnt, Überweisung an {iban} über {amount} hängt. Was tun?",
    "Jemand hat mich angerufen und nach dem SMS-Code gefragt ({otp_code}) – ich hab ihn genannt 😰 Konto {iban}, bitte sperren!",
]
TEMPLATES += [  # clean
    "Euer Code {otp_code} ({code_validity}) kommt immer erst nach 10 Minuten an.",
    "Wozu sind die Backup-Codes {backup_code}? Hab sie ausgedruckt.",
    "Ich bekomme ständig SMS mit {otp_code}, {otp_code}, {otp_code} – jemand versucht sich einzuloggen?",
    "TAN {tan_code} – funktioniert nicht, {error_code}.",
    "Code ist {code_validity}, ich war zu langsam. Neuer Code?",
    "Die Bestätigungs-SMS kommt von {sms_shortcode}, ist das echt?",
    "Login mit {otp_code} geht, aber danach {error_code}.",
]

# --- WhatsApp-Sprachnachrichten (Transkript) ----------------------------------------------------------
TEMPLATES += [
    "[Sprachnachricht {voice_note_length}] ja hallo hier ist {first} ähm ich wollt nur sagen meine nummer ist {mobile:words} und äh die iban schick ich dir noch",
    "[Sprachnachricht] also der arzt hat gesagt es ist {diag} und ich soll jetzt {med} nehmen {dosage_schedule} und in {period} wiederkommen",
    "[Transkript] hallo ich bins ruf mich bitte zurück unter {phone:partial_words} es geht um die rechnung von der {healthins} vom {date} über {amount}",
    "sprachnachricht: hey schatz kannst du in der apotheke mein {med} holen das rezept ist auf der karte und meine versichertennummer ist {kvnr}",
    "[Audio {voice_note_length}] die iban ist {iban:words} und der name {name}",
    "[Sprachnachricht transkribiert] mama hat wieder {symptom} und {symptom} ich fahr sie jetzt um {time} in die notaufnahme kannst du {mobile:partial_words} anrufen",
]
TEMPLATES += [  # clean
    "[Sprachnachricht {voice_note_length}] ja also das paket ist jetzt da {tracking_hermes} danke",
    "[Transkript] ruf mich einfach an wenn du da bist so um {time}",
    "[Sprachnachricht] der code ist {otp_code} nein warte {otp_code}",
]

# --- Zitierte Nachrichten ------------------------------------------------------------------------
TEMPLATES += [
    "> Bitte senden Sie uns Ihre IBAN.\nHier: {iban}\n> Und eine Telefonnummer für Rückfragen.\n{phone}",
    "> Am {date} um {time} schrieb {agent}:\n> Können Sie Ihre Versichertennummer nennen?\n{kvnr}",
    "> Welche Medikamente nehmen Sie aktuell?\n{med} und {med}, außerdem {{MEDICATION:Eisentabletten|Folsäure|Vitamin-B12-Spritzen}}.",
    "> Ihre Bestellung {order_number} wurde storniert.\nWarum?? Ich hab doch mit {card} bezahlt!",
    "Zitat aus eurer Mail: \"> Ihr Ticket {ticket_number} ist erledigt.\" – nein, ist es nicht. Rückruf {mobile}",
    "> Grund der Krankmeldung?\n{diag}, seit {date}. Reicht das?",
    "> Steuer-ID?\n{steuer_id}\n> Steuernummer?\n{steuernummer}",
]
TEMPLATES += [  # clean
    "> Ihre Sendung {tracking_dpd} wird {delivery_window} zugestellt.\nIch bin aber erst ab {time} da.",
    "> Vielen Dank für Ihre Anfrage {ticket_number}.\nUnd wann kommt die Antwort?",
    "> Die Erstattung über {amount} wurde veranlasst.\nNoch nichts da, {date}.",
]

# --- Tabellen aus Excel/Sheets -------------------------------------------------------------------
TEMPLATES += [
    "Name\tIBAN\tBetrag\n{name}\t{iban}\t{amount}\n{name}\t{iban}\t{amount}",
    "Hier die Liste aus der Tabelle ({sheet_name}):\nName;Telefon;E-Mail\n{name};{phone};{email}\n{name};{phone};{email}",
    "Mitarbeiter | Steuer-ID | RV-Nummer\n{name} | {steuer_id} | {rvnr}\n{name} | {steuer_id} | {rvnr}",
    "Kopiert aus {spreadsheet_cell}: {iban}",
    "Datum\tPatient\tDiagnose\n{date}\t{first}\t{diag}\n{date}\t{first}\t{diag}",
    "Medikamentenplan (aus Excel):\n{med}\t{dosage_schedule}\n{med}\t{dosage_schedule}\n{med}\t{dosage_schedule}",
    "Kunde,Kundennr,Telefon\n{name},{customer_number},{phone}\n{name},{customer_number},{phone}",
]
TEMPLATES += [  # clean
    "Artikel\tMenge\tPreis\n{article_number}\t{quantity}\t{amount}\n{article_number}\t{quantity}\t{amount}",
    "Bestellung;Datum;Status\n{order_number};{date};versendet\n{order_number};{date};offen",
    "{spreadsheet_cell} in {sheet_name} ist leer, sollte da die {invoice_number} stehen?",
]

# --- Code-Switching DE/EN -------------------------------------------------------------------------
TEMPLATES += [
    "Hi, quick question – meine IBAN hat sich geändert, new one is {iban}. Can you update it bitte? Kundennummer {customer_number}.",
    "Sorry for the Denglisch, aber mein Doc sagt I have {diag} und ich brauche {med}. Is that covered by {healthins}?",
    "Call me back pls, Nummer ist {mobile}, ab {time} bin ich free.",
    "Meeting mit HR war okay, aber they want my Steuer-ID: {steuer_id}. Safe per Mail? Start ist am {date}.",
    "Hab {symptom} seit Montag, working from home today. Mail me at {email}",
]
TEMPLATES += [  # clean
    "Parcel {tracking_dhl} ist stuck seit {date}, any update?",
    "Die Rechnung ist okay but the due date {date} is too early.",
    "Can we schieben the call to {time}?",
]

# --- Tippfehler, alles klein, Emojis -------------------------------------------------------------------
TEMPLATES += [
    "hallo ich hab ne frage wegen der rechnug kann ich das auf mein konto {iban} zurückbekomen danke",
    "bin krank hab {symptom} und {symptom} komm morgen nicht ins büro, termin um {time} bitte absagen lg {first}",
    "📞 {phone} 📧 {email} 🏦 {iban}",
    "meine nummer is {mobile} schreib mir auf whatsapp 🙏",
    "ich nehm {med} und seit dem hab ich {symptom} is das normal?? 😟",
    "Adresse 🏠 {street} {house_number}, {postcode} {city} 📱 {mobile} ✉️ {email}",
    "hilfe!!! karte geklaut {card} bitte sperren sofort, letzte zahlung war {amount} um {time}",
    "mein arzt meint {{DIAGNOSIS:Diabetis|Migrähne|Artrose|Tinitus|Depresion|Bronchitits}} und ich soll {{MEDICATION:Iboprofen|Ibuprophen|Paracetamoll|Tillidin|Metfomin}} nehmen {dosage_schedule}",
    "kontonummer: {iban:lowercase} 👍",
    "hab {{SYMPTOM:Kopfschmerzn|Durchfal|Bauchschmärzen|Schwindl|Rückenschmerz}} seit 3 tagen, kann ich trotzdem zum termin kommen",
    "🤒 {symptom} + {symptom} 😩 bin heute raus",
    "tel. {phone} (ab 18 uhr) 😊",
]
TEMPLATES += [  # clean
    "hallo wann kommt mein paket {tracking_dhl} 😡",
    "danke für die schnele antwort 👍👍",
    "wie lang habt ihr heute offen? {opening_hours}?",
    "😂😂 [[figurative_health:ich krieg gleich die Krise]] mit eurer app",
    "bitte rückruf, ticket {ticket_number}",
]

# --- Schweizer und österreichische Formulierungen ---------------------------------------------------------
TEMPLATES += [
    "Grüezi mitenand, chönd Sie mir d Rechnig per Mail schicke? {email}. Zahle tuen ich mit TWINT oder uf {iban_ch}.",
    "Hoi, ich bi de {first}, mini Nummere isch {phone_ch}. Ich ha sit geschter {symptom}, Termin am {weekday} um {time}?",
    "Servus! Die Überweisung über {amount} kommt vom Konto {iban_at}, bitte um Bestätigung. Baba",
    "Grüß Gott, ich brauch einen Termin in der Ordination, hab {symptom} seit {period_dative}. e-card-Nummer {at_svnr}",
    "Uf Wiederluege und merci vielmal! PS: Mini neui Adrässe: {street} {house_number}, {postcode} {city}, Natel {phone_ch}",
    "Heuer im Jänner hatte ich {diag}, die SVS zahlt den Spitalsaufenthalt ({amount}) nicht. SVNR {at_svnr}",
]
TEMPLATES += [  # clean
    "Grüezi, wie lang gaht d Liferig nach Basel, {period}?",
    "Servus, gibt's das Sackerl auch in groß? Artikel {article_number}.",
    "Chönd Sie mir säge, öb de Billett au für {tariff_zone} gilt?",
]

# --- einzelne Werte, kurze Antworten ---------------------------------------------------------------
TEMPLATES += [
    "{iban}",
    "{mobile}",
    "{email}",
    "IBAN: {iban}\nBIC: {bic}",
    "{phone} – bis später",
    "Hier: {iban:dots}",
    "{kvnr}",
    "Steuer-ID {steuer_id}",
    "{card} {exp}",
    "{name}, {landline}",
    "nur die Nummer: {phone:keycap}",
    "{email:mixed}",
    "{idl}",
    "{idl}",
    "{idl}, {email}",
]
TEMPLATES += [  # clean
    "Danke, erledigt.",
    "{order_number}",
    "{tracking_dhl}",
    "ok, {date} passt",
    "{amount}",
    "Ticket {ticket_number}",
]

# --- Nachtrag: Arbeitsunfähigkeit, ICD-Schlüssel, Ausweise, Firmenkunden -----------------------------------
TEMPLATES += [
    "Auf meiner AU vom {date} steht {icd} – heißt das {diag}? Der Arbeitgeber ({employer}) fragt nach, Personalnummer {personnel_number}.",
    "Krankschreibung bis {date}, Diagnoseschlüssel {icd:nodot}. Bitte an die Personalabteilung weiterleiten, Kostenstelle {cost_centre}.",
    "Die Kasse hat {icd} und {icd} abgerechnet, ich war aber nur wegen {symptom} da ({goae_code}, {amount}). Leistungsfall {claim_number}",
    "Antrag auf {{TREATMENT:Reha|Anschlussheilbehandlung|AHB}}: Hauptdiagnose {icd} ({diag}), Nebendiagnose {icd}. Wunschklinik {rehabsite}, Anreise ab {date}. Tel. {landline}",
    "Rechnung {invoice_number} für Firma {company}, USt-IdNr. {ustid}, Steuernummer {steuernummer}. Zahlungsziel {date}, Betrag {amount}.",
    "Bitte die Gutschrift {invoice_number} ({amount}) mit unserer USt-ID {ustid} neu ausstellen und an {email} schicken. Bestellung {order_number} vom {date}.",
    "Coworking-Vertrag für meine GmbH: {commercial_register}, USt-ID {ustid}, Ansprechpartner {name}, {mobile}. Start {date}, {desk_number}.",
    "Grenzgänger: Ich wohne in Konstanz, arbeite in Zürich. AHV-Nr. {ahv}, Steuer-ID {steuer_id}. Quellensteuer-Bescheinigung für {tax_year} bitte an {email}",
    "Meine Frau ist Polin, PESEL {pesel}, geb. {birth_date}. Für die Familienversicherung bei der {healthins} brauchen die das. Versichertennummer von mir: {kvnr}",
    "Wohnungsbewerbung: Reisepass {reisepass}, ich komme aus Spanien, NIE {nie}, {rent_amount} ist ok. Besichtigung am {date} um {time}?",
    "Mein Mitbewohner aus Mailand braucht für den Mietvertrag seinen Codice Fiscale {cf} – oder reicht der Ausweis? Wohnung {apartment_number}, {floor_area}.",
    "Arbeitsvertrag beim niederländischen Arbeitgeber: BSN {bsn}, Startdatum {date}, Gehalt {salary}. Wo melde ich mich bei der {healthins}?",
    "Personalausweis verloren am {date}, Nummer war {ausweis}. Anzeige: {police_report_ref}. Neuer Termin beim Bürgeramt am {weekday} um {time}.",
    "Bitte die Kfz-Steuer künftig von {iban} abbuchen, Kennzeichen {licence_plate}, Halter {name}, Steuer-ID {steuer_id}.",
    "Steuerberater braucht: Steuernummer {steuernummer}, IdNr {steuer_id}, Belege {tax_form} und {tax_form} bis {date}. Mandantennr. {mandant_number}",
    "Kreditkarte für die Kaution: {card_amex}, gültig bis {exp}, Sicherheitscode {cvc}. Mietwagen ab {date} {time}, {acriss_code}.",
    "Zahlung für Auftrag {order_number}: Mastercard {card_mc}, Ablauf {exp}, CVV {cvc}. Rechnung an {email}, Lieferung {delivery_window}.",
    "Online-Apotheke: Visa {card_visa}, {exp}, Prüfnummer {cvc}. Bestellung {order_number}, {pack_size} {med}.",
    "Überweisung an {company}: IBAN {iban}, BIC {bic}, Verwendungszweck {invoice_number}, Betrag {amount}, fällig am {date}.",
    "Rückzahlung der Kaution ({rental_deposit}) auf {iban_at}, BIC {bic}. Mietwagen-Vertrag {rental_agreement}, Rückgabe {date}.",
    "Versicherungsfall {claim_number}: Schadenstag {date}, Ort {road_location}, Kennzeichen {licence_plate}. Meine Verletzung laut Notaufnahme: {injury}, Code {icd}.",
    "Terminanfrage {{TREATMENT:Schlaflabor}}: Verdacht auf {{DIAGNOSIS:Schlafapnoe|Narkolepsie|Restless Legs}}, Überweisung vom {date}, {goae_code}. Versichert bei {healthins}, Nr. {kvnr}, Handy {mobile}",
    "Hallo Lohnbüro, bitte Gehalt für {payroll_period} auf das neue Konto {iban}. {vacation_days}, {overtime}. Personalnummer {personnel_number}.",
    "Im Zeitraum {billing_period} war ich {period} in {{TREATMENT:Reha|Kur|Mutter-Kind-Kur|Anschlussheilbehandlung}} – kann ich die Nebenkosten anteilig kürzen? Mieternummer {tenant_number}",
    "Gewerbeanmeldung: USt-IdNr. {ustid}, Sitz {street} {house_number}, {postcode} {city}, Telefon {landline}, Mail {email}.",
    "Meine Mutter hat {{DIAGNOSIS:Diabetes|Typ-2-Diabetes|Demenz|Parkinson}}, ich selbst habe nur {{DIAGNOSIS:Bluthochdruck|Hypertonie|erhöhtes Cholesterin}} und nehme {{MEDICATION:Ramipril|Candesartan|Amlodipin|Simvastatin|Atorvastatin}}. Versichertennummer {kvnr}",
    "Lieferadresse für das Ersatzteil: {company}, z. Hd. {name}, {street} {house_number}, {postcode} {city}. Rückfragen {phone}, Artikel {article_number}, {quantity}.",
    "AHV-Nummer {ahv:dots} und Natel {phone_ch:spaced}, Rest kommt per Post. Merci!",
    "Die SVNR meines Sohnes ist {at_svnr}, er hat seit {period_dative} {{SYMPTOM:Fieber|Husten|Ohrenschmerzen|Bauchweh}}. Dürfen wir heute noch in die Ordination kommen? {phone_at}",
    "Pflegekraft aus Polen für meine Oma ({{DIAGNOSIS:Demenz|Alzheimer|Parkinson}}): {name}, PESEL {pesel}, Start {date}. Vertrag über {careservice}, Rückfragen {mobile}",
    "Belgischer Kollege fängt am {date} an: Rijksregisternummer {nn}, Konto {iban_be}, Personalnummer {personnel_number}.",
    "Französische Sozialversicherungsnummer meiner Frau: {nir}. Sie war in Straßburg wegen {diag} im Krankenhaus, Rechnung {invoice_number} über {amount}.",
    "DNI meines Mannes: {dni}. Er hatte auf Mallorca einen Unfall ({injury}), Rücktransport am {date}. Reiseversicherung {policy_number}, Tel. {mobile}",
    "Kündigung Fitnessstudio wegen Umzug nach {city}: Mitgliedsnummer {member_number}, IBAN {iban}, letzter Beitrag {membership_fee}. Bestätigung an {email}",
]
