"""Health vocabulary and other word lists for the blind-7 corpus (written blind)."""


def _split(s):
    return [x.strip() for x in s.split("|") if x.strip()]


DIAG_DE = _split("""
Diabetes|Typ-2-Diabetes|Typ-1-Diabetes|Zucker|Bluthochdruck|Asthma|COPD|Depression|Depressionen|Angststörung|
Panikstörung|Burnout|ADHS|ADS|Autismus|Asperger|MS|Multiple Sklerose|Morbus Crohn|Colitis ulcerosa|Reizdarm|
Rheuma|Arthrose|Kniearthrose|Gicht|Bandscheibenvorfall|Migräne|Epilepsie|Parkinson|Demenz|Alzheimer|
Schlaganfall|Herzinfarkt|Vorhofflimmern|Herzinsuffizienz|Herzrhythmusstörungen|Krebs|Brustkrebs|Darmkrebs|
Prostatakrebs|Leukämie|Lymphdrüsenkrebs|Hautkrebs|Schilddrüsenunterfunktion|Hashimoto|Schilddrüsenüberfunktion|
Zöliakie|Laktoseintoleranz|Neurodermitis|Schuppenflechte|Long Covid|Corona|Grippe|Lungenentzündung|Bronchitis|
Mittelohrentzündung|Blasenentzündung|Nierensteine|Gallensteine|Niereninsuffizienz|Tinnitus|Hörsturz|Kreuzbandriss|
Meniskusriss|Bänderriss|Armbruch|Gehirnerschütterung|Schleudertrauma|Borreliose|Gürtelrose|Pfeiffersches Drüsenfieber|
Endometriose|PCOS|Fibromyalgie|Essstörung|Magersucht|Bulimie|Alkoholsucht|Spielsucht|Schizophrenie|
bipolare Störung|PTBS|Zwangsstörung|Schwerbehinderung|Sehbehinderung|Trisomie 21|Inkontinenz|Osteoporose|
Eisenmangel|Blutarmut|Refluxkrankheit|Magengeschwür|Thrombose|Lungenembolie|Fehlgeburt|Schwangerschaftsdiabetes|
Heuschnupfen|Nussallergie|Penicillinallergie|Hepatitis C|HIV|Blinddarmentzündung|Mandelentzündung|Tennisarm|
Karpaltunnelsyndrom|Skoliose|Schlafapnoe|Legasthenie|Wochenbettdepression|Lupus|Mukoviszidose|Hüftdysplasie|
Sehnenscheidenentzündung|Grauer Star|Grüner Star|Makuladegeneration|Nierenbeckenentzündung|Gastritis|Herzmuskelentzündung|
Lipödem|Adipositas|Pflegegrad 2|Pflegegrad 3|Pflegegrad 4|Rückenmarksverletzung|Angina pectoris|Harnwegsinfekt|
Sinusitis|Pollenallergie|Krätze|Kopfläuse|Bindehautentzündung|Bauchspeicheldrüsenentzündung|Hodenkrebs|Eierstockkrebs
""")

SYMP_DE = _split("""
Schwindel|Durchfall|Übelkeit|Erbrechen|Fieber|Kopfschmerzen|Rückenschmerzen|Bauchschmerzen|Magenkrämpfe|Atemnot|
Husten|Reizhusten|Halsschmerzen|Ausschlag|Juckreiz|Schlafstörungen|Schlaflosigkeit|Erschöpfung|Herzrasen|
Brustschmerzen|Ohrensausen|Gelenkschmerzen|Nackenschmerzen|Taubheitsgefühl|Kribbeln|Krampfanfälle|Ohnmachtsanfälle|
Sehstörungen|Nasenbluten|Verstopfung|Blähungen|Sodbrennen|Schüttelfrost|Zahnschmerzen|Wassereinlagerungen|
Haarausfall|Gedächtnislücken|Konzentrationsstörungen|Appetitlosigkeit|Panikattacken|Schweißausbrüche|Hitzewallungen|
Regelschmerzen|Zittern|Heiserkeit|Ohrenschmerzen|Muskelkrämpfe|Kurzatmigkeit|Gliederschmerzen|Hexenschuss|
Bluthusten|Doppelbilder|Ischiasschmerzen|Migräneattacken|Nachtschweiß|Schwellungen|Brennen beim Wasserlassen
""")

MED_DE = _split("""
Ibuprofen|Paracetamol|Metformin|Insulin|Ozempic|Wegovy|Mounjaro|Voltaren|Diclofenac|Elvanse|Ritalin|Medikinet|
Methylphenidat|Sertralin|Citalopram|Escitalopram|Venlafaxin|Fluoxetin|Mirtazapin|Amitriptylin|Lithium|Quetiapin|
Tavor|Lorazepam|Diazepam|Zopiclon|L-Thyroxin|Euthyrox|Ramipril|Bisoprolol|Metoprolol|Amlodipin|Candesartan|
Simvastatin|Atorvastatin|ASS 100|Marcumar|Xarelto|Eliquis|Pantoprazol|Omeprazol|Novaminsulfon|Novalgin|Tilidin|
Tramadol|Oxycodon|Methadon|Pregabalin|Lyrica|Gabapentin|Cortison|Prednisolon|Salbutamol|Symbicort|Cetirizin|
Amoxicillin|Antibiotika|Antidepressiva|Humira|Tamoxifen|Letrozol|Metamizol|Baclofen|Valproat|Levetiracetam|
Lamotrigin|Concerta|Jardiance|Trulicity|Forxiga|Kortisonspray|Fentanylpflaster|Buprenorphin|Cannabis auf Rezept|
Blutverdünner|Betablocker|Schilddrüsentabletten|Eisentabletten|Schlaftabletten|Opipramol|Promethazin|Aripiprazol
""")

TREAT_DE = _split("""
Reha|Chemo|Chemotherapie|Bestrahlung|Strahlentherapie|Physio|Physiotherapie|Ergotherapie|Logopädie|Psychotherapie|
Verhaltenstherapie|Dialyse|Knie-OP|Hüft-OP|Bandscheiben-OP|Blinddarm-OP|Kaiserschnitt|Darmspiegelung|
Magenspiegelung|MRT|CT|Herzkatheter|Bypass-OP|Stent|Mammographie|Biopsie|künstliche Befruchtung|IVF|
Kinderwunschbehandlung|Entzug|Entgiftung|Suchttherapie|Wurzelbehandlung|Weisheitszahn-OP|Grauer-Star-OP|Augenlaser-OP|
Akupunktur|Insulinpumpe|Herzschrittmacher|Stammzelltransplantation|Nierentransplantation|Hormontherapie|Schlaflabor|
Tagesklinik|Mutter-Kind-Kur|Schlauchmagen-OP|Magenbypass|Sterilisation|Vasektomie|Infusionstherapie|Lymphdrainage|
Krankengymnastik|Kreuzband-OP|Mandel-OP|Gebärmutterentfernung|Brust-OP|Traumatherapie|Ernährungsberatung|
Rehasport|Schulter-OP|Meniskus-OP|Schwangerschaftsabbruch|Darm-OP|Koloskopie|Herz-OP|Implantat|Zahnspange|
Langzeit-EKG|Belastungs-EKG|Gastroskopie|Abszess-OP|Hörgerät
""")

DIAG_EN = _split("""
diabetes|type 2 diabetes|type 1 diabetes|high blood pressure|hypertension|asthma|COPD|depression|anxiety|
generalized anxiety disorder|panic disorder|PTSD|OCD|bipolar|bipolar disorder|schizophrenia|ADHD|autism|MS|
multiple sclerosis|Crohn's|ulcerative colitis|IBS|rheumatoid arthritis|arthritis|osteoarthritis|gout|herniated disc|
slipped disc|sciatica|migraines|epilepsy|Parkinson's|dementia|Alzheimer's|stroke|heart attack|AFib|heart failure|
cancer|breast cancer|bowel cancer|prostate cancer|leukaemia|leukemia|lymphoma|melanoma|hypothyroidism|Hashimoto's|
Graves' disease|coeliac disease|celiac|lactose intolerance|eczema|psoriasis|long covid|Covid|flu|pneumonia|
bronchitis|UTI|kidney stones|gallstones|kidney disease|tinnitus|torn ACL|broken wrist|broken leg|concussion|
whiplash|Lyme disease|shingles|glandular fever|mono|endometriosis|PCOS|fibromyalgia|ME/CFS|chronic fatigue syndrome|
eating disorder|anorexia|bulimia|alcoholism|gambling addiction|opioid addiction|miscarriage|gestational diabetes|
Down syndrome|incontinence|osteoporosis|anaemia|anemia|acid reflux|GERD|stomach ulcer|DVT|blood clot|
pulmonary embolism|peanut allergy|hay fever|hepatitis C|HIV|sepsis|appendicitis|tonsillitis|carpal tunnel|scoliosis|
sleep apnea|narcolepsy|dyslexia|postnatal depression|burnout|lupus|sickle cell|cystic fibrosis|cerebral palsy|
glaucoma|cataracts|macular degeneration|vertigo|sinusitis|strep throat|pink eye|hernia|spinal injury|
seasonal affective disorder|postpartum depression|borderline personality disorder|heart murmur|angina|
thyroid cancer|ovarian cancer|pre-eclampsia|hyperemesis|frozen shoulder|plantar fasciitis|tennis elbow|
""")

SYMP_EN_N = _split("""
headaches|back pain|chest pain|stomach pain|diarrhoea|diarrhea|nausea|vomiting|fever|rash|hives|
shortness of breath|cough|sore throat|insomnia|fatigue|exhaustion|palpitations|dizziness|fainting spells|
blurred vision|numbness|tingling|seizures|nosebleeds|constipation|bloating|heartburn|chills|toothache|swelling|
hair loss|memory loss|brain fog|loss of appetite|panic attacks|night sweats|hot flushes|hot flashes|period pain|
tremors|joint pain|earache|cramps|breathlessness|migraine attacks|neck pain|stiff neck|blood in my stool|
chest tightness|double vision|muscle spasms|lower back pain|wheezing|ringing in my ears|heart racing|
""")

SYMP_EN_A = _split("dizzy|nauseous|feverish|lightheaded|short of breath|bloated|shaky|breathless|faint|"
                   "constipated|wheezy|light-headed")
SYMP_DE_A = _split("schwindelig|fiebrig|kurzatmig|benommen|zittrig|erschöpft")

MED_EN = _split("""
Adderall|Vyvanse|Zoloft|Prozac|Lexapro|Wellbutrin|Xanax|Klonopin|Ambien|Lipitor|Crestor|lisinopril|losartan|
amlodipine|metformin|Jardiance|Trulicity|Ozempic|insulin|levothyroxine|Synthroid|sertraline|fluoxetine|citalopram|
propranolol|omeprazole|Nexium|ibuprofen|Advil|Tylenol|paracetamol|co-codamol|naproxen|gabapentin|tramadol|codeine|
morphine|methadone|Suboxone|buprenorphine|prednisone|Humira|Ventolin|salbutamol|albuterol|EpiPen|warfarin|apixaban|
Eliquis|Plavix|statins|the pill|Mirena|PrEP|Truvada|Accutane|Zyrtec|amoxicillin|antibiotics|Keppra|lamotrigine|
lithium|Seroquel|Abilify|Risperdal|Mounjaro|Wegovy|Saxenda|antidepressants|beta blockers|blood thinners|
Concerta|Ritalin|Elvanse|diazepam|Valium|zopiclone|mirtazapine|venlafaxine|Effexor|Cymbalta|Lyrica|pregabalin|
naltrexone|Tamoxifen|Herceptin|Dupixent|Stelara|steroid cream|iron tablets|HRT patches|Fostair|Symbicort|
""")

TREAT_EN = _split("""
chemo|chemotherapy|radiotherapy|radiation|PT|physio|physical therapy|OT|speech therapy|CBT|therapy|counselling|
counseling|rehab|dialysis|knee replacement|hip replacement|knee surgery|back surgery|C-section|colonoscopy|
endoscopy|MRI|CT scan|ultrasound|mammogram|biopsy|IVF|egg freezing|fertility treatment|detox|root canal|
wisdom teeth removal|cataract surgery|LASIK|bypass surgery|angioplasty|pacemaker|stem cell transplant|
kidney transplant|HRT|sleep study|infusions|gastric sleeve|gastric bypass|vasectomy|hysterectomy|mastectomy|
appendectomy|tonsillectomy|ACL reconstruction|physiotherapy|EMDR|group therapy|inpatient treatment|
methadone programme|shoulder surgery|spinal fusion|heart surgery|cardiac rehab|occupational therapy|
lumbar puncture|braces|dental implant|skin graft|immunotherapy|hearing aids|insulin pump|stent|abortion|
""")

FAMILY_DE = ["meine Mutter", "mein Vater", "mein Sohn", "meine Tochter", "mein Mann", "meine Frau", "meine Oma",
             "mein Opa", "mein Partner", "meine Partnerin", "mein Bruder", "meine Schwester", "meine Mama",
             "mein Papa", "unser Kind", "meine Schwiegermutter"]
FAMILY_EN = ["my mum", "my mom", "my dad", "my son", "my daughter", "my husband", "my wife", "my partner",
             "my gran", "my grandad", "my brother", "my sister", "my little one", "my mother-in-law", "my kid"]

# Figurative / non-personal uses of health words: the [bracketed] word is the NOT_HEALTH span.
NOT_HEALTH_DE = [
    "der ganze Vorgang ist echt [Kopfschmerzen] pur", "das Update hat mein Handy mit einem [Virus] verwechselt",
    "mein Handy hat einen [Virus] glaube ich", "das war der reinste [Fieber]-Wahn beim Black Friday",
    "eure Warteschleife macht mich noch [depressiv] 😂", "das Formular ist eine einzige [Allergie] für mich lol",
    "ich krieg echt [Zustände] mit eurer App", "die Hotline ist [Krebs] ey sorry",
    "ich hab gelesen, dass [Diabetes] in Deutschland zunimmt, interessanter Artikel in eurem Magazin",
    "euer Newsletter über [Migräne] allgemein war ganz interessant",
    "die Apotheke hat sonntags zu, wegen [Grippe]-Welle steht da was auf der Website",
    "das ist doch [schizophren], erst so dann so", "die Preise sind [krank] geworden",
    "der Router hat [Fieber], blinkt nur noch rot", "euer Chatbot leidet an [Gedächtnisverlust] oder?",
    "mein Laptop hat [Husten], der Lüfter röchelt", "die [Impf]-Aktion in eurer Filiale ist für Kunden allgemein?",
    "in der Werbung von euch geht es um [Rückenschmerzen], ist das Produkt das gleiche",
    "die Zahlungsmoral hier ist echt [Gift] für die Nerven", "meine Pflanze hat so einen [Ausschlag] an den Blättern",
    "der Akku hat nen [Infarkt] bekommen", "ich bin [Allergiker] gegen Warteschleifen haha",
]
NOT_HEALTH_EN = [
    "this whole process is a real [headache]", "the deal is a [headache] tbh", "my phone has a [virus] i think",
    "your app went [viral] on tiktok lol", "the [patient] tone of your staff was appreciated",
    "Black Friday [fever] is real", "your hold music gives me a [migraine] 😂",
    "I read your blog post about [diabetes] in general, nice one", "the checkout is [sick], love it",
    "the delivery times are a [pain] honestly", "the [pharmacy] opening hours on your site say 9-6",
    "i'm [allergic] to paperwork lol", "that update was [cancer] sorry for the language",
    "my laptop has a [cough], the fan is dying", "your chatbot has [amnesia] or what",
    "the [flu] season article in your newsletter was interesting", "the router is running a [fever], red lights",
    "this queue is giving me [anxiety] haha", "the pricing is [insane]", "the [surgery] hours printed on the card are wrong",
    "my plant got some [rash] on the leaves", "the battery had a [heart attack]",
]

GREET_DE = ["Hallo", "Hallo zusammen", "Hi", "Hey", "Guten Tag", "Guten Morgen", "Moin", "Servus", "Grüezi",
            "Grüß Gott", "Sehr geehrte Damen und Herren,", "Hallo liebes Team", "Hallöchen", "Moin moin", "Hoi",
            "Guten Abend", "Liebes Support-Team,", "Tach", "Griaß di", "Sali zäme"]
GREET_EN = ["Hi", "Hello", "Hey", "Hi there", "Good morning", "Dear Sir/Madam,", "Hiya", "Hello team", "Morning",
            "Good afternoon", "Hey guys", "Dear support,", "Yo", "Hi all", "Evening", "To whom it may concern,"]
CLOSE_DE = ["LG", "VG", "MfG", "Danke!", "danke", "Vielen Dank", "Grüße", "Liebe Grüße", "Danke im Voraus",
            "Merci vielmal", "Gruß", "Beste Grüße", "Servus", "thx", "Danke euch 🙏", "Schönen Tag noch",
            "Gesendet von meinem iPhone", "Von meinem Samsung Galaxy gesendet", "Freundliche Grüße", "lg und danke"]
CLOSE_EN = ["Thanks", "thx", "Cheers", "Best", "Kind regards", "Many thanks", "Regards", "ty", "thanks in advance",
            "Sent from my iPhone", "Best wishes", "Thanks!!", "cheers mate", "thank you 🙏", "TIA", "Warm regards",
            "Sent from my Galaxy"]
EMOJI = ["🙏", "😊", "😅", "🙈", "😡", "😩", "👍", "🤷", "😬", "❤️", "🤞", "😤", "🙂", "😂", "‼️", "🥲"]
