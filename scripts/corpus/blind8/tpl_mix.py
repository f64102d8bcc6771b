"""Code-switching templates (German/English mixed), hand-written for blind8.
Each entry is (lang, template); lang is the dominant language."""

MIX = [
    ("de", "sorry für late reply, hab [[SYMPTOM:Fieber]] und bin total k.o. – call me später {PHONE_DE_MOB}"),
    ("de", "kannst du mir die iban nochmal schicken? ah nvm hab sie: {IBAN_DE} 👍"),
    ("en", "my German Handynummer is {PHONE_DE_MOB}, the UK one is dead"),
    ("en", "need my Steuer-ID for the Finanzamt thing, it's {DE_STEUER_ID} right?"),
    ("de", "ich hab meeting um ⟨time⟩, danach bin ich auf {PHONE_DE_MOB} reachable"),
    ("en", "the Krankenkasse wants my Versichertennummer {DE_KVNR} plus the Überweisung for [[TREATMENT:Physio]]"),
    ("de", "mein boss meinte ich soll meine bank details schicken: {IBAN_DE}, BIC {BIC} – is that legit?"),
    ("en", "Hausarzt said it's [[DIAGNOSIS:Gastritis]] and gave me [[MEDICATION:Pantoprazol 40]], anyone tried that?"),
    ("de", "hab ein appointment beim doc wegen meiner [[DIAGNOSIS:anxiety]], kann deshalb erst ⟨time⟩"),
    ("en", "Anmeldung done, now they want my Rentenversicherungsnummer – {DE_RVNR} – where do I even find that lol"),
    ("de", "my email ist {EMAIL}, schick mir einfach den link"),
    ("en", "can you translate: 'Meine Tochter hat [[DIAGNOSIS:Asthma]] und braucht ihr [[MEDICATION:Salbutamol]]-Spray in der Schule.'"),
    ("de", "bin out of office bis ⟨date⟩ wegen [[TREATMENT:OP am Knie]], bei dringenden sachen: {PHONE_DE_MOB}"),
    ("en", "Kita says my son can't come back until the [[SYMPTOM:Durchfall]] stops for 48h, so I'm WFH"),
    ("de", "ok so the deal: du überweist an {IBAN_DE}, ich schick dir das ticket ⟨booking_code⟩"),
    ("en", "my Perso number is {DE_ID_CARD}, does the Bürgeramt need the passport too ({DE_PASSPORT})?"),
    ("de", "ich bin seit ⟨date⟩ on [[MEDICATION:Sertralin]] und honestly es hilft"),
    ("en", "USt-IdNr for my invoices is {DE_USTID}, Steuernummer {DE_STEUERNUMMER}"),
    ("de", "hab die card details: {CARD} exp {EXP}, kannst du das für mich booken?"),
    ("en", "ich hab [[DIAGNOSIS:Long Covid]] since 2022, can I get the fitness membership paused?"),
    ("de", "meine AHV number ist {CH_AHV}, falls ihr die für die Swiss payroll braucht"),
    ("en", "my e-card (Austria) SV-Nummer {AT_SVNR} – does the EHIC cover my [[TREATMENT:physio]] in London?"),
    ("de", "[Sprachnachricht] yo also meine nummer ist {PHONE_DE_MOB:words} ok see you"),
    ("en", "Notfallkontakt / emergency contact: {NAME}, {PHONE_DE_MOB}, {EMAIL}"),
    ("de", "brauch für mein erasmus in madrid die NIE {ES_NIE} und die spanish number {PHONE_ES}"),
    ("en", "Mutterpass says I'm [[DIAGNOSIS:pregnant]] with [[DIAGNOSIS:Schwangerschaftsdiabetes]], what should I eat?"),
    ("de", "my therapist ([[TREATMENT:Verhaltenstherapie]]) sagt ich soll weniger arbeiten lol. bin wegen [[DIAGNOSIS:Burnout]] krankgeschrieben"),
    ("en", "ok final answer: IBAN {IBAN_DE}, Verwendungszweck ⟨payment_reference⟩"),
]

MIX_CLEAN = [
    ("de", "bestellung ⟨order_number⟩ still not here, tracking ⟨tracking_number⟩ says in zustellung since ⟨date⟩"),
    ("en", "the Rechnung ⟨invoice_number⟩ says ⟨amount⟩ but the app says ⟨price⟩ – which is it?"),
    ("de", "ich bin so [[neg:figurative_health:sick of]] this app update ⟨version_number⟩, alles langsamer"),
    ("en", "my Hund has [[neg:pet_health:Durchfall]] since the new food, can I return the bag? order ⟨order_number⟩"),
    ("de", "meeting um ⟨time⟩ am ⟨date⟩, raum ⟨room_number⟩, don't be late"),
    ("en", "Gutschein ⟨voucher_code⟩ doesn't work at checkout, error ⟨error_code⟩"),
    ("de", "flight ⟨flight_number⟩ delayed, neue abflugzeit ⟨time⟩ 🙄"),
    ("en", "[[neg:figurative_health:WM-Fieber]] here too 😂 [[neg:figurative_health:World Cup fever]] all week, the TV we ordered ⟨order_number⟩ better arrive"),
]
