"""Health terms and health-like hard-negative phrases for blind set 18.

Written fresh for this set (see gen.py docstring, WRITTEN BLIND).  Values: every entry of
DIAGNOSIS_* / INJURY_* / SYMPTOM_* / MEDICATION_* / TREATMENT_* (and the *_INFLECTED lists,
which templates only use through {{TYPE:a|b}} alternatives) is a valid health value of that
type.  Lay misspellings, ae/oe/ue spellings, Swiss / Austrian colloquial words and
abbreviations patients use are entries of their own.  SPLIT_COMPOUNDS maps a term to the way
people split or hyphenate it ("Kreuzband-Riss", "Schilddrüsen Unterfunktion"); it feeds the
"split_compound" obfuscation form.  The *_HEALTH / GENERIC / NEWS / ... lists are hard
negatives: health words that are not about a person's health.
"""

DIAGNOSIS_DE = [
    "Diabetes", "Diabetes Typ 2", "Typ-1-Diabetes", "Typ-2-Diabetes", "Schwangerschaftsdiabetes",
    "Prädiabetes", "Zuckerkrankheit", "Bluthochdruck", "Asthma", "Asthma bronchiale",
    "Migräne", "Depression", "Depressionen", "Angststörung", "Panikstörung", "soziale Phobie",
    "Schilddrüsenunterfunktion", "Schilddrüsenüberfunktion", "Hashimoto", "Morbus Basedow",
    "Morbus Crohn", "Colitis ulcerosa", "Zöliakie", "Laktoseintoleranz", "Fruktoseintoleranz",
    "Histaminintoleranz", "Reizdarm", "Reizdarmsyndrom", "Gastritis", "Magengeschwür", "Refluxkrankheit",
    "Fettleber", "Gallensteine", "Nierensteine", "Blinddarmentzündung", "Leistenbruch",
    "Epilepsie", "Multiple Sklerose", "MS", "Parkinson", "Morbus Parkinson", "Demenz", "Alzheimer",
    "vaskuläre Demenz", "Rheuma", "rheumatoide Arthritis", "Arthrose", "Kniearthrose", "Gicht",
    "Fibromyalgie", "Osteoporose", "Skoliose", "Bandscheibenvorfall", "Spinalkanalstenose",
    "Lungenentzündung", "Bronchitis", "Mittelohrentzündung", "Bindehautentzündung", "Scharlach",
    "Windpocken", "Masern", "Mumps", "Röteln", "Keuchhusten", "Hand-Mund-Fuß-Krankheit",
    "Magen-Darm-Grippe", "Magen-Darm-Infekt", "Norovirus", "Rotaviren", "Kopfläuse", "Krätze",
    "Neurodermitis", "Schuppenflechte", "Psoriasis", "Akne inversa", "Rosazea", "Gürtelrose",
    "ADHS", "ADS", "Autismus", "Asperger-Syndrom", "Legasthenie", "Dyskalkulie", "Tourette-Syndrom",
    "Endometriose", "PCOS", "polyzystisches Ovarialsyndrom", "Unfruchtbarkeit", "Eileiterverschluss",
    "Fehlgeburt", "Präeklampsie", "Schwangerschaftsvergiftung", "Myom", "Gebärmuttermyom",
    "Burn-out", "Burnout", "Long Covid", "Post-Covid-Syndrom", "Covid-19", "Corona-Infektion",
    "Grippe", "Influenza", "Krebs", "Brustkrebs", "Prostatakrebs", "Darmkrebs", "Lungenkrebs",
    "Bauchspeicheldrüsenkrebs", "Leukämie", "Lymphom", "Hodgkin-Lymphom", "Hautkrebs",
    "schwarzer Hautkrebs", "Melanom", "Hirntumor", "Herzinfarkt", "Schlaganfall", "Vorhofflimmern",
    "Herzinsuffizienz", "Herzschwäche", "Herzrhythmusstörungen", "koronare Herzkrankheit",
    "Thrombose", "Lungenembolie", "COPD", "Lungenfibrose", "Mukoviszidose", "Niereninsuffizienz",
    "Nierenversagen", "Grauer Star", "Grüner Star", "Glaukom", "Katarakt", "Makuladegeneration",
    "Netzhautablösung", "Kurzsichtigkeit", "Weitsichtigkeit", "Hornhautverkrümmung", "Schielen",
    "Schwerhörigkeit", "Tinnitus", "Hörsturz", "Morbus Menière", "Parodontitis", "Karies",
    "Zahnfleischentzündung", "Kieferfehlstellung", "Craniomandibuläre Dysfunktion", "CMD",
    "Magersucht", "Bulimie", "Essstörung", "Alkoholabhängigkeit", "Alkoholsucht", "Spielsucht",
    "Schizophrenie", "bipolare Störung", "Zwangsstörung", "PTBS", "Borderline", "Lipödem",
    "Lymphödem", "Krampfadern", "Blasenentzündung", "Harnwegsinfekt", "Nierenbeckenentzündung",
    "Borreliose", "FSME", "Hepatitis B", "Hepatitis C", "HIV", "Tuberkulose", "Schlafapnoe",
    "Narkolepsie", "Restless Legs", "Anämie", "Eisenmangel", "Eisenmangelanämie", "Vitamin-B12-Mangel",
    "Heuschnupfen", "Pollenallergie", "Nussallergie", "Erdnussallergie", "Penicillinallergie",
    "Bienengiftallergie", "Wespengiftallergie", "Hausstauballergie", "Tierhaarallergie",
    "Kontaktallergie", "Nickelallergie", "Sonnenallergie", "Mandelentzündung",
    "Nasennebenhöhlenentzündung", "Sinusitis", "Pfeiffersches Drüsenfieber", "Trisomie 21",
    "Down-Syndrom", "Zerebralparese", "Spina bifida", "Muskeldystrophie", "Hämophilie",
    "Adipositas", "Lipom", "Inkontinenz", "Harninkontinenz", "Prostatavergrößerung",
    "Herzklappenfehler", "Herzfehler", "Aneurysma", "Sepsis", "Blutvergiftung", "Wochenbettdepression",
    "Schreibabyschwäche", "Frühgeburt", "Neugeborenengelbsucht", "Hüftdysplasie", "Klumpfuß",
    "Trigeminusneuralgie", "Polyneuropathie", "Karpaltunnelsyndrom", "Tennisellenbogen",
    "Sehnenscheidenentzündung", "Fersensporn", "Hallux valgus", "Plattfüße", "Senkfüße",
    # lay misspellings, ae/oe/ue spellings, colloquial forms
    "Diabetis", "Diabetes Tüp 2", "Migrene", "Migraene", "Schilddruesenunterfunktion",
    "Gruener Star", "Hoersturz", "Schwerhoerigkeit", "Zoeliakie", "Laktoseintolleranz",
    "Epelepsie", "Alzheimers", "Neurodermites", "Asma", "Depresion", "Bronchites",
    "Zucker", "Chrebs", "Verkühlung", "Grippli", "Lungenentzündig", "Hexenschuss",
    "Sesamallergie", "Querschnittlähmung", "Blindheit", "Salmonellen", "Salmonelleninfektion",
]

INJURY_DE = [
    "Armbruch", "Beinbruch", "Unterarmbruch", "Handgelenksbruch", "Schlüsselbeinbruch",
    "Kreuzbandriss", "Meniskusriss", "Bänderriss", "Außenbandriss", "Bänderdehnung", "Verstauchung",
    "Gehirnerschütterung", "Schleudertrauma", "Platzwunde", "Schnittwunde", "Verbrühung",
    "Verbrennung zweiten Grades", "Achillessehnenriss", "Rippenprellung", "Rippenbruch",
    "Sprunggelenksfraktur", "Muskelfaserriss", "Zerrung", "Schulterluxation", "Fingerbruch",
    "Nasenbeinbruch", "Oberschenkelhalsbruch", "Hüftfraktur", "Knöchelbruch", "Wirbelbruch",
    "Steißbeinprellung", "Schienbeinbruch", "Hundebiss", "Zeckenbiss", "Kieferbruch", "Zahnfraktur",
]

DIAGNOSIS_EN = [
    "diabetes", "type 1 diabetes", "type 2 diabetes", "gestational diabetes", "prediabetes",
    "high blood pressure", "hypertension", "asthma", "migraine", "migraines", "depression",
    "anxiety", "generalised anxiety disorder", "panic disorder", "social anxiety", "hypothyroidism",
    "underactive thyroid", "overactive thyroid", "Hashimoto's", "Graves' disease", "Crohn's disease",
    "Crohn's", "ulcerative colitis", "coeliac disease", "celiac disease", "lactose intolerance",
    "IBS", "irritable bowel syndrome", "gastritis", "stomach ulcer", "acid reflux", "GERD",
    "fatty liver disease", "gallstones", "kidney stones", "appendicitis", "hernia", "epilepsy",
    "multiple sclerosis", "MS", "Parkinson's", "Parkinson's disease", "dementia", "Alzheimer's",
    "vascular dementia", "rheumatoid arthritis", "arthritis", "osteoarthritis", "gout",
    "fibromyalgia", "osteoporosis", "scoliosis", "a slipped disc", "herniated disc", "sciatica",
    "pneumonia", "bronchitis", "chest infection", "ear infection", "conjunctivitis", "pink eye",
    "scarlet fever", "chickenpox", "measles", "mumps", "whooping cough", "hand, foot and mouth",
    "norovirus", "a stomach bug", "gastroenteritis", "head lice", "nits", "scabies", "eczema",
    "psoriasis", "rosacea", "shingles", "ADHD", "autism", "Asperger's", "dyslexia", "dyspraxia",
    "dyscalculia", "Tourette's", "endometriosis", "PCOS", "polycystic ovary syndrome", "infertility",
    "blocked fallopian tubes", "low sperm count", "miscarriage", "pre-eclampsia", "fibroids",
    "burnout", "long Covid", "Covid", "Covid-19", "the flu", "influenza", "cancer", "breast cancer",
    "prostate cancer", "bowel cancer", "lung cancer", "pancreatic cancer", "leukaemia", "leukemia",
    "lymphoma", "Hodgkin lymphoma", "skin cancer", "melanoma", "a brain tumour", "brain tumor",
    "heart attack", "stroke", "atrial fibrillation", "AFib", "heart failure", "arrhythmia",
    "coronary heart disease", "DVT", "deep vein thrombosis", "pulmonary embolism", "COPD",
    "cystic fibrosis", "kidney failure", "chronic kidney disease", "CKD", "cataracts", "cataract",
    "glaucoma", "macular degeneration", "a detached retina", "short-sightedness", "myopia",
    "astigmatism", "a lazy eye", "hearing loss", "tinnitus", "sudden hearing loss",
    "Meniere's disease", "gum disease", "periodontitis", "tooth decay", "an abscess",
    "a dental abscess", "TMJ disorder", "anorexia", "bulimia", "an eating disorder", "alcoholism",
    "alcohol dependency", "gambling addiction", "schizophrenia", "bipolar disorder", "bipolar",
    "OCD", "PTSD", "BPD", "lipoedema", "lymphoedema", "varicose veins", "a UTI", "cystitis",
    "kidney infection", "Lyme disease", "hepatitis B", "hepatitis C", "HIV", "tuberculosis",
    "sleep apnoea", "sleep apnea", "narcolepsy", "restless legs", "anaemia", "anemia",
    "iron deficiency", "B12 deficiency", "hay fever", "a nut allergy", "peanut allergy",
    "penicillin allergy", "a bee sting allergy", "dust mite allergy", "cat allergy", "tonsillitis",
    "sinusitis", "glandular fever", "mono", "Down syndrome", "Down's syndrome", "cerebral palsy",
    "spina bifida", "muscular dystrophy", "haemophilia", "sickle cell disease", "obesity",
    "incontinence", "an enlarged prostate", "a heart murmur", "a heart defect", "an aneurysm",
    "sepsis", "postnatal depression", "postpartum depression", "jaundice", "hip dysplasia",
    "club foot", "trigeminal neuralgia", "neuropathy", "carpal tunnel syndrome", "tennis elbow",
    "plantar fasciitis", "bunions", "flat feet", "a chest infection", "strep throat",
    "bronchiolitis", "croup", "RSV", "hand foot and mouth disease", "a nickel allergy", "a contact allergy",
    "an ear infection", "a peanut allergy",
    # lay misspellings and colloquial forms
    "diabetis", "diabeties", "migrane", "ashtma", "alzheimers", "parkinsons", "epilipsy",
    "excema", "exzema", "pnemonia", "bronchitus", "arthritus", "the sugar", "sugar diabetes",
    "tonsilitis", "apendicitis", "shingels", "colitus",
]

INJURY_EN = [
    "a broken arm", "broken leg", "a broken wrist", "fractured wrist", "broken collarbone",
    "ACL tear", "a torn ACL", "torn meniscus", "torn ligaments", "a sprained ankle", "sprained wrist",
    "concussion", "whiplash", "a deep cut", "a burn", "second-degree burns", "ruptured Achilles",
    "bruised ribs", "broken ribs", "fractured ankle", "pulled hamstring", "a torn muscle",
    "dislocated shoulder", "broken finger", "broken nose", "hip fracture", "broken hip",
    "a fractured vertebra", "a dog bite", "tick bite", "broken jaw", "a chipped tooth",
    "stress fracture", "rotator cuff tear",
]

SYMPTOM_DE = [
    "Kopfschmerzen", "Bauchschmerzen", "Fieber", "hohes Fieber", "Husten", "Reizhusten",
    "Schnupfen", "Halsschmerzen", "Ohrenschmerzen", "Zahnschmerzen", "Rückenschmerzen",
    "Übelkeit", "Erbrechen", "Durchfall", "Verstopfung", "Schwindel", "Schwindelanfälle",
    "Atemnot", "Kurzatmigkeit", "Brustschmerzen", "Herzrasen", "Herzstolpern", "Schlafstörungen",
    "Schlaflosigkeit", "chronische Müdigkeit", "Erschöpfung", "Juckreiz", "Hautausschlag",
    "Ausschlag", "Quaddeln", "Schwellungen", "geschwollene Beine", "Gelenkschmerzen",
    "Knieschmerzen", "Nackenschmerzen", "Schulterschmerzen", "Taubheitsgefühl",
    "Kribbeln in den Händen", "Sehstörungen", "verschwommenes Sehen", "Doppelbilder",
    "Ohrgeräusche", "Nasenbluten", "Blut im Stuhl", "Blut im Urin", "Gewichtsverlust",
    "Appetitlosigkeit", "Hitzewallungen", "Nachtschweiß", "Krampfanfall", "Krampfanfälle",
    "Ohnmacht", "Ohnmachtsanfall", "Zittern", "Konzentrationsstörungen", "Gedächtnislücken",
    "Panikattacken", "Angstzustände", "Stimmungsschwankungen", "Bettnässen", "Zahnfleischbluten",
    "Lichtempfindlichkeit", "Augenbrennen", "trockene Augen", "Sodbrennen", "Blähungen",
    "Magenkrämpfe", "Regelschmerzen", "Zwischenblutungen", "Wassereinlagerungen", "Wadenkrämpfe",
    "Muskelkrämpfe", "Muskelschmerzen", "Gliederschmerzen", "Schüttelfrost", "Heiserkeit",
    "Schluckbeschwerden", "Atemaussetzer", "Schnarchen", "Inkontinenz", "Harndrang",
    "Brennen beim Wasserlassen", "Hörverlust", "Druck auf den Ohren", "Kieferschmerzen",
    "Lähmungserscheinungen", "Kreislaufkollaps", "Sprachstörungen", "Verwirrtheit", "Orientierungslosigkeit",
    "Wahnvorstellungen", "Halluzinationen", "Selbstverletzung", "Suizidgedanken",
    # colloquial / regional / misspelled
    "Hexenschuss", "Chopfweh", "Buchweh", "Halsweh", "Kreuzweh", "Bauchweh", "Zahnweh", "Kopfweh",
    "Kopfschmerzn", "Durchfal", "Übelkeid", "Schwindl", "Ubelkeit", "Uebelkeit", "Schlafstoerungen",
]

SYMPTOM_EN = [
    "headaches", "a headache", "stomach ache", "stomach pains", "a fever", "high temperature",
    "a high fever", "a cough", "a persistent cough", "a runny nose", "a sore throat", "earache",
    "toothache", "back pain", "lower back pain", "nausea", "vomiting", "diarrhoea", "diarrhea",
    "constipation", "dizziness", "dizzy spells", "vertigo", "shortness of breath",
    "breathlessness", "chest pain", "chest pains", "palpitations", "a racing heart", "insomnia",
    "trouble sleeping", "fatigue", "exhaustion", "itching", "a rash", "hives", "swelling",
    "swollen ankles", "joint pain", "knee pain", "neck pain", "shoulder pain", "numbness",
    "pins and needles", "blurred vision", "double vision", "ringing in my ears", "nosebleeds",
    "blood in my stool", "blood in my urine", "weight loss", "loss of appetite", "hot flushes",
    "hot flashes", "night sweats", "a seizure", "seizures", "fainting", "blackouts", "tremors",
    "brain fog", "memory problems", "panic attacks", "mood swings", "bedwetting", "bleeding gums",
    "light sensitivity", "dry eyes", "heartburn", "bloating", "stomach cramps", "period pain",
    "spotting", "water retention", "leg cramps", "muscle aches", "chills", "a hoarse voice",
    "difficulty swallowing", "snoring", "urinary urgency", "burning when I pee", "jaw pain",
    "slurred speech", "confusion", "hallucinations", "self-harm", "suicidal thoughts",
    "a temperature", "the runs", "a tummy ache", "a chesty cough", "a high temperature",
    # misspelled
    "diarrea", "diarhoea", "nausia", "dizzyness", "headach", "migranes", "insomnea", "palpatations",
]

MEDICATION_DE = [
    "Ibuprofen", "Ibuprofen 600", "Ibu 400", "Paracetamol", "Novalgin", "Metamizol",
    "Novaminsulfon", "Aspirin", "ASS 100", "Diclofenac", "Voltaren", "Tilidin", "Tramadol",
    "Oxycodon", "Morphin", "Fentanylpflaster", "Insulin", "Lantus", "NovoRapid", "Humalog",
    "Metformin", "Ozempic", "Mounjaro", "Wegovy", "Jardiance", "Sitagliptin", "L-Thyroxin",
    "Euthyrox", "Ramipril", "Bisoprolol", "Metoprolol", "Amlodipin", "Candesartan", "Valsartan",
    "Torasemid", "Simvastatin", "Atorvastatin", "Marcumar", "Eliquis", "Xarelto", "Clopidogrel",
    "Pantoprazol", "Omeprazol", "Salbutamol", "Salbutamol-Spray", "Budesonid", "Symbicort",
    "Cortison", "Prednisolon", "Dexamethason", "Ritalin", "Medikinet", "Elvanse",
    "Methylphenidat", "Sertralin", "Citalopram", "Escitalopram", "Venlafaxin", "Mirtazapin",
    "Amitriptylin", "Lithium", "Quetiapin", "Olanzapin", "Aripiprazol", "Risperidon", "Tavor",
    "Lorazepam", "Diazepam", "Zopiclon", "Zolpidem", "Levetiracetam", "Keppra", "Lamotrigin",
    "Valproat", "Levodopa", "Madopar", "Donepezil", "Memantin", "Methotrexat", "MTX", "Humira",
    "Adalimumab", "Enbrel", "Antibiotikum", "Antibiotika", "Amoxicillin", "Penicillin",
    "Cefuroxim", "Doxycyclin", "Ciprofloxacin", "Fosfomycin", "Nitrofurantoin", "Cetirizin",
    "Loratadin", "Fenistil", "Clomifen", "Letrozol", "Progesteron", "Utrogest", "Gonal-f",
    "Menopur", "Ovitrelle", "Antibabypille", "Eisentabletten", "Medizinalcannabis", "Methadon",
    "Buprenorphin", "Subutex", "Mesalazin", "Tamoxifen", "Herceptin", "Epipen",
    "Adrenalin-Autoinjektor", "Nitrospray", "Spiriva", "Vigantol", "Kortisonsalbe",
    "Hydrocortison", "Sumatriptan", "Triptane", "Mucosolvan", "Lefax", "Iberogast", "Movicol",
    "Imodium", "Vomex", "MCP-Tropfen", "Nurofen Junior", "Fiebersaft", "Zäpfchen",
    # lay misspellings
    "Iboprofen", "Ibuprophen", "Paracetemol", "Parazetamol", "L-Tyroxin", "Metformine",
    "Novalgine", "Ritalinn", "Tillidin",
]

MEDICATION_EN = [
    "ibuprofen", "paracetamol", "acetaminophen", "Tylenol", "Advil", "Nurofen", "co-codamol",
    "codeine", "naproxen", "aspirin", "tramadol", "oxycodone", "morphine", "gabapentin",
    "pregabalin", "insulin", "Lantus", "NovoRapid", "metformin", "Ozempic", "Mounjaro", "Wegovy",
    "levothyroxine", "ramipril", "lisinopril", "amlodipine", "losartan", "bisoprolol",
    "atorvastatin", "simvastatin", "warfarin", "apixaban", "rivaroxaban", "Eliquis", "Xarelto",
    "clopidogrel", "omeprazole", "lansoprazole", "salbutamol", "albuterol", "Ventolin",
    "a Ventolin inhaler", "a blue inhaler", "Seretide", "Fostair", "steroids", "prednisolone",
    "prednisone", "hydrocortisone cream", "Ritalin", "methylphenidate", "Concerta", "Adderall",
    "Elvanse", "Vyvanse", "sertraline", "Zoloft", "citalopram", "fluoxetine", "Prozac",
    "venlafaxine", "mirtazapine", "amitriptyline", "lithium", "quetiapine", "olanzapine",
    "aripiprazole", "risperidone", "diazepam", "Valium", "lorazepam", "Xanax", "zopiclone", "Ambien",
    "levetiracetam", "Keppra", "lamotrigine", "sodium valproate", "co-careldopa", "levodopa",
    "donepezil", "memantine", "methotrexate", "Humira", "adalimumab", "antibiotics",
    "amoxicillin", "penicillin", "flucloxacillin", "doxycycline", "nitrofurantoin", "trimethoprim",
    "cetirizine", "loratadine", "Piriton", "clomid", "clomiphene", "letrozole", "progesterone",
    "Cyclogest", "Gonal-f", "Menopur", "Ovitrelle", "the pill", "the contraceptive pill",
    "iron tablets", "methadone", "buprenorphine", "Subutex", "mesalazine", "tamoxifen",
    "Herceptin", "an EpiPen", "EpiPen", "a GTN spray", "Spiriva", "vitamin D prescription",
    "sumatriptan", "Imitrex", "Gaviscon", "Buscopan", "Imodium", "Dioralyte", "Calpol",
    "Children's Calpol", "Benadryl", "Zyrtec", "Claritin", "Sudafed", "Lemsip", "Nytol",
    # lay misspellings
    "iboprofen", "ibuprofin", "paracetemol", "amoxicilin", "sertaline", "metformen", "levothyroxin",
    "prednisalone", "gabapentine",
]

TREATMENT_DE = [
    "Chemotherapie", "Chemo", "Bestrahlung", "Strahlentherapie", "Immuntherapie", "Dialyse",
    "Physiotherapie", "Krankengymnastik", "Ergotherapie", "Logopädie", "Psychotherapie",
    "Verhaltenstherapie", "Traumatherapie", "Reha", "Anschlussheilbehandlung", "AHB",
    "Mutter-Kind-Kur", "Knie-OP", "Hüft-OP", "Hüftprothese", "Knieprothese", "Bypass-OP",
    "Herzkatheter", "Herzkatheteruntersuchung", "Stent", "Gallen-OP", "Blinddarm-OP",
    "Mandel-OP", "Polypen-OP", "Paukenröhrchen", "Kaiserschnitt", "Darmspiegelung",
    "Magenspiegelung", "MRT", "Kernspin", "CT", "Mammographie", "Biopsie", "Wurzelbehandlung",
    "Zahnimplantat", "Zahnspange", "feste Zahnspange", "Kieferorthopädische Behandlung", "Weisheitszahn-OP", "Parodontosebehandlung",
    "IVF", "ICSI", "künstliche Befruchtung", "Insemination", "Eizellentnahme", "Embryotransfer",
    "Kryotransfer", "Social Freezing", "Hormontherapie", "Hormonbehandlung", "Stimulation",
    "Insulintherapie", "Infusion", "Infusionen", "Bluttransfusion", "Lasik", "Augenlaser-OP",
    "Grauer-Star-OP", "Katarakt-OP", "Hörgeräteversorgung", "Cochlea-Implantat", "Gips",
    "Schmerztherapie", "Akupunktur", "Stomaversorgung", "Heimbeatmung", "Sauerstofftherapie",
    "Magenbypass", "Schlauchmagen-OP", "Entzug", "Entgiftung", "Substitutionstherapie",
    "Lymphdrainage", "manuelle Lymphdrainage", "Manuelle Therapie", "Osteopathie",
    "Kompressionstherapie", "Wundversorgung", "Stammzelltransplantation", "Nierentransplantation",
    "Reha-Sport", "Funktionstraining", "Frühförderung", "Ernährungstherapie", "Schlaflabor",
    "Spiegeltherapie", "Elektrotherapie", "Stoßwellentherapie", "Hyposensibilisierung",
    "Desensibilisierung", "Impfung gegen Gürtelrose", "Tetanusimpfung", "Blutverdünnung",
    # lay misspellings
    "Physiotheraphie", "Chemotheraphie", "Ergotheraphie", "Logopaedie", "Psychotheraphie",
    "Physio", "Ergo", "Krankengymnastig",
]

TREATMENT_EN = [
    "chemotherapy", "chemo", "radiotherapy", "radiation therapy", "immunotherapy", "dialysis",
    "physiotherapy", "physio", "physical therapy", "occupational therapy", "speech therapy",
    "psychotherapy", "CBT", "counselling", "EMDR", "rehab", "knee surgery", "hip surgery",
    "a hip replacement", "knee replacement", "bypass surgery", "an angiogram", "a stent",
    "gallbladder surgery", "appendectomy", "tonsillectomy", "grommets", "a C-section",
    "caesarean", "colonoscopy", "endoscopy", "an MRI", "MRI scan", "a CT scan", "mammogram",
    "a biopsy", "root canal", "root canal treatment", "a dental implant", "braces", "Invisalign",
    "wisdom tooth extraction", "IVF", "ICSI", "IUI", "egg retrieval", "egg collection",
    "embryo transfer", "frozen embryo transfer", "egg freezing", "hormone therapy", "HRT",
    "insulin therapy", "an IV drip", "infusions", "a blood transfusion", "LASIK",
    "laser eye surgery", "cataract surgery", "hearing aid fitting", "a cochlear implant",
    "a cast", "a plaster cast", "pain management", "acupuncture", "stoma care", "home ventilation",
    "oxygen therapy", "gastric bypass", "a gastric sleeve", "detox", "methadone programme",
    "lymphatic drainage", "manual therapy", "osteopathy", "compression therapy", "wound care",
    "a stem cell transplant", "a kidney transplant", "cardiac rehab", "pulmonary rehab",
    "speech and language therapy", "early intervention", "a sleep study", "shockwave therapy",
    "allergy shots", "immunotherapy injections", "a shingles jab", "a tetanus shot",
    "blood thinners", "stitches", "a tetanus jab", "a tonsillectomy", "gastric sleeve",
    # misspelled
    "chemotheraphy", "physiotheraphy", "phisio", "colonscopy", "radiotheraphy",
]

DIAGNOSIS_DE_INFLECTED = [
    "Bandscheibenvorfalls", "Bandscheibenvorfälle", "Schlaganfalls", "Herzinfarkts", "Herzinfarktes",
    "Diabetikerin", "Diabetiker", "Typ-1-Diabetikerin", "Epileptiker", "Epileptikerin",
    "Asthmatiker", "Asthmatikerin", "Allergiker", "Allergikerin", "Rheumatikerin", "Krebspatientin",
    "Krebspatient", "Krebserkrankung", "Demenzerkrankung", "demenzkrank", "an Demenz erkrankt",
    "Alzheimer-Patientin", "Parkinson-Patient", "Migränepatientin", "Dialysepatientin",
    "Brustkrebserkrankung", "Depressionen", "depressiven Episode", "Angststörungen",
    "Mittelohrentzündungen", "Blasenentzündungen", "Lungenentzündungen", "Windpockenerkrankung",
    "Gehirnerschütterungen", "Kreuzbandrisses", "Armbruchs", "Beinbruchs", "Hörsturzes",
    "ADHS-Diagnose", "Autismus-Diagnose", "Krebsdiagnose", "Zöliakiediagnose", "Zöliakie-Betroffene",
    "Neurodermitis-Schub", "MS-Schub", "Rheumaschub", "Crohn-Schub",
]

DIAGNOSIS_EN_INFLECTED = [
    "a stroke", "strokes", "mini-stroke", "a heart attack", "heart attacks", "diabetic",
    "a diabetic", "type 1 diabetic", "epileptic", "an epileptic", "asthmatic", "an asthmatic",
    "cancer patient", "cancer diagnosis", "a cancer diagnosis", "dementia diagnosis",
    "Alzheimer's patient", "coeliac", "a coeliac", "celiac", "migraine sufferer", "autistic",
    "dyslexic", "ADHD diagnosis", "an ADHD diagnosis", "an autism diagnosis", "ear infections",
    "chest infections", "UTIs", "miscarriages", "two miscarriages", "a miscarriage",
    "an MS relapse", "a Crohn's flare", "a flare-up of my colitis", "an eczema flare",
    "broken bones", "torn ACL", "a concussion", "concussions",
]

SYMPTOM_DE_INFLECTED = [
    "Kopfschmerztagen", "Migräneanfälle", "Migräneattacken", "Migräneanfall", "Fieberkrampf",
    "Fieberkrämpfe", "Fieberschübe", "Panikattacke", "Krampfanfällen", "Schwindelattacken",
    "Hustenanfälle", "Asthmaanfall", "Asthmaanfälle", "Ohnmachtsanfälle", "Durchfällen",
    "Schlafproblemen", "Bauchschmerzattacken", "Atemnotanfall",
]

SYMPTOM_EN_INFLECTED = [
    "a migraine attack", "migraine attacks", "an asthma attack", "asthma attacks", "febrile seizure",
    "a febrile seizure", "fits", "a fit", "a panic attack", "coughing fits", "fainting spells",
    "dizzy spell", "nosebleed", "a nosebleed", "a bad headache", "really bad headaches",
    "being sick", "threw up", "throwing up",
]

MEDICATION_DE_INFLECTED = [
    "Insulinpen", "Insulinpens", "Insulinpumpe", "Antibiotikums", "Schmerzpflaster", "Ritalin-Tabletten",
    "Kortisonspritze", "Kortisonspritzen", "Cortisonspray", "Asthmaspray", "Notfallspray",
    "Notfallset", "Adrenalinpens", "Epipens", "Hormonspritzen", "Thrombosespritzen",
    "Ibuprofentabletten", "Blutverdünner", "Antidepressiva", "Antidepressivum", "Schilddrüsentabletten",
    "Blutdrucktabletten", "Blutdruckmittel", "Schlaftabletten", "Beruhigungsmittel", "Neuroleptika",
]

MEDICATION_EN_INFLECTED = [
    "insulin pen", "insulin pens", "insulin pump", "insulin pump supplies", "EpiPens", "epi-pens",
    "inhalers", "my inhaler", "a steroid inhaler", "steroid injections", "fertility drugs",
    "fertility meds", "blood pressure tablets", "blood pressure meds", "antidepressants",
    "sleeping pills", "anti-anxiety meds", "ADHD meds", "ADHD medication", "thyroid tablets",
    "clexane injections", "painkillers on prescription", "chemo tablets", "anti-seizure meds",
]

TREATMENT_DE_INFLECTED = [
    "Chemos", "Chemotherapien", "Bestrahlungen", "Dialysen", "Physiotherapien", "Physiotermine",
    "Ergotherapiestunden", "Logopädiestunden", "Psychotherapiesitzungen", "Therapiesitzungen",
    "IVF-Versuch", "IVF-Versuche", "IVF-Zyklus", "Kinderwunschbehandlung", "Kryotransfers",
    "Knie-OPs", "Hüftoperation", "Kniespiegelung", "Zahnbehandlungen", "Wurzelbehandlungen",
    "Reha-Aufenthalt", "Rehaklinik-Aufenthalt", "Krankenhausaufenthalt", "Entzugsbehandlung",
    "Infusionstherapie", "Strahlentherapien", "Kortisonstoßtherapie", "Kaiserschnitts",
]

TREATMENT_EN_INFLECTED = [
    "chemo sessions", "chemo treatments", "rounds of chemo", "radiotherapy sessions",
    "dialysis sessions", "physio sessions", "physio appointments", "therapy sessions",
    "speech therapy sessions", "IVF cycles", "an IVF cycle", "rounds of IVF", "IVF round",
    "fertility treatment", "IVF cycle", "egg collections", "embryo transfers", "knee operation",
    "hip operation", "a hospital stay", "inpatient stay", "rehab stay", "root canals",
    "dental work", "a course of radiotherapy", "a course of antibiotics", "infusion therapy",
]

# split / hyphenated spellings people type (form "split_compound"); every key is a term above
SPLIT_COMPOUNDS = {
    "Bandscheibenvorfall": ["Bandscheiben-Vorfall", "Bandscheiben Vorfall"],
    "Schilddrüsenunterfunktion": ["Schilddrüsen-Unterfunktion", "Schilddrüsen Unterfunktion"],
    "Schilddrüsenüberfunktion": ["Schilddrüsen-Überfunktion", "Schilddrüsen Überfunktion"],
    "Kreuzbandriss": ["Kreuzband-Riss", "Kreuzband Riss"],
    "Meniskusriss": ["Meniskus-Riss", "Meniskus Riss"],
    "Bänderriss": ["Bänder-Riss"],
    "Lungenentzündung": ["Lungen-Entzündung", "Lungen Entzündung"],
    "Mittelohrentzündung": ["Mittelohr-Entzündung", "Mittelohr Entzündung"],
    "Bindehautentzündung": ["Bindehaut-Entzündung", "Bindehaut Entzündung"],
    "Blasenentzündung": ["Blasen-Entzündung", "Blasen Entzündung"],
    "Mandelentzündung": ["Mandel-Entzündung"],
    "Nasennebenhöhlenentzündung": ["Nasennebenhöhlen-Entzündung", "Nasen-Nebenhöhlen-Entzündung"],
    "Blinddarmentzündung": ["Blinddarm-Entzündung", "Blinddarm Entzündung"],
    "Zahnfleischentzündung": ["Zahnfleisch-Entzündung"],
    "Sehnenscheidenentzündung": ["Sehnenscheiden-Entzündung", "Sehnen-Scheiden-Entzündung"],
    "Gehirnerschütterung": ["Gehirn-Erschütterung", "Gehirn Erschütterung"],
    "Schlüsselbeinbruch": ["Schlüsselbein-Bruch", "Schlüsselbein Bruch"],
    "Handgelenksbruch": ["Handgelenks-Bruch", "Handgelenk-Bruch"],
    "Sprunggelenksfraktur": ["Sprunggelenks-Fraktur", "Sprunggelenk-Fraktur"],
    "Achillessehnenriss": ["Achillessehnen-Riss", "Achilles-Sehnen-Riss"],
    "Muskelfaserriss": ["Muskelfaser-Riss", "Muskelfaser Riss"],
    "Herzinsuffizienz": ["Herz-Insuffizienz", "Herz Insuffizienz"],
    "Herzrhythmusstörungen": ["Herz-Rhythmus-Störungen", "Herzrhythmus-Störungen"],
    "Niereninsuffizienz": ["Nieren-Insuffizienz", "Nieren Insuffizienz"],
    "Laktoseintoleranz": ["Laktose-Intoleranz", "Laktose Intoleranz"],
    "Fruktoseintoleranz": ["Fruktose-Intoleranz"],
    "Histaminintoleranz": ["Histamin-Intoleranz", "Histamin Intoleranz"],
    "Pollenallergie": ["Pollen-Allergie"],
    "Nussallergie": ["Nuss-Allergie", "Nuss Allergie"],
    "Erdnussallergie": ["Erdnuss-Allergie", "Erdnuss Allergie"],
    "Penicillinallergie": ["Penicillin-Allergie", "Penicillin Allergie"],
    "Hausstauballergie": ["Hausstaub-Allergie", "Hausstaub Allergie"],
    "Tierhaarallergie": ["Tierhaar-Allergie"],
    "Wespengiftallergie": ["Wespengift-Allergie", "Wespen-Gift-Allergie"],
    "Schwangerschaftsdiabetes": ["Schwangerschafts-Diabetes", "Schwangerschafts Diabetes"],
    "Eisenmangelanämie": ["Eisenmangel-Anämie"],
    "Brustkrebs": ["Brust-Krebs"],
    "Darmkrebs": ["Darm-Krebs"],
    "Hautkrebs": ["Haut-Krebs"],
    "Prostatakrebs": ["Prostata-Krebs", "Prostata Krebs"],
    "Karpaltunnelsyndrom": ["Karpaltunnel-Syndrom", "Karpaltunnel Syndrom"],
    "Reizdarmsyndrom": ["Reizdarm-Syndrom"],
    "Wochenbettdepression": ["Wochenbett-Depression", "Wochenbett Depression"],
    "Schlafstörungen": ["Schlaf-Störungen", "Schlaf Störungen"],
    "Konzentrationsstörungen": ["Konzentrations-Störungen", "Konzentrations Störungen"],
    "Rückenschmerzen": ["Rücken-Schmerzen", "Rücken Schmerzen"],
    "Kopfschmerzen": ["Kopf-Schmerzen", "Kopf Schmerzen"],
    "Bauchschmerzen": ["Bauch-Schmerzen", "Bauch Schmerzen"],
    "Gelenkschmerzen": ["Gelenk-Schmerzen"],
    "Zahnfleischbluten": ["Zahnfleisch-Bluten", "Zahnfleisch Bluten"],
    "Wassereinlagerungen": ["Wasser-Einlagerungen", "Wasser Einlagerungen"],
    "Physiotherapie": ["Physio-Therapie", "Physio Therapie"],
    "Chemotherapie": ["Chemo-Therapie", "Chemo Therapie"],
    "Strahlentherapie": ["Strahlen-Therapie", "Strahlen Therapie"],
    "Psychotherapie": ["Psycho-Therapie", "Psycho Therapie"],
    "Verhaltenstherapie": ["Verhaltens-Therapie"],
    "Schmerztherapie": ["Schmerz-Therapie", "Schmerz Therapie"],
    "Darmspiegelung": ["Darm-Spiegelung", "Darm Spiegelung"],
    "Magenspiegelung": ["Magen-Spiegelung", "Magen Spiegelung"],
    "Wurzelbehandlung": ["Wurzel-Behandlung", "Wurzel Behandlung"],
    "Hörgeräteversorgung": ["Hörgeräte-Versorgung", "Hörgeräte Versorgung"],
    "Lymphdrainage": ["Lymph-Drainage", "Lymph Drainage"],
    "Zahnimplantat": ["Zahn-Implantat", "Zahn Implantat"],
    "Kompressionstherapie": ["Kompressions-Therapie"],
    "Insulintherapie": ["Insulin-Therapie"],
    "Hormontherapie": ["Hormon-Therapie", "Hormon Therapie"],
    "Stammzelltransplantation": ["Stammzell-Transplantation"],
    "hay fever": ["hay-fever", "hayfever"],
    "heartburn": ["heart-burn", "heart burn"],
    "physiotherapy": ["physio-therapy", "physio therapy"],
    "chemotherapy": ["chemo-therapy", "chemo therapy"],
    "radiotherapy": ["radio-therapy", "radio therapy"],
    "toothache": ["tooth-ache", "tooth ache"],
    "earache": ["ear-ache", "ear ache"],
    "stomach ache": ["stomach-ache", "stomachache"],
    "nosebleeds": ["nose-bleeds", "nose bleeds"],
    "osteoarthritis": ["osteo-arthritis", "osteo arthritis"],
    "colonoscopy": ["colono-scopy"],
    "glandular fever": ["glandular-fever"],
    "chickenpox": ["chicken pox", "chicken-pox"],
    "whooping cough": ["whooping-cough"],
    "tonsillectomy": ["tonsil-ectomy"],
    "short-sightedness": ["short sightedness", "shortsightedness"],
    "sleep apnoea": ["sleep-apnoea"],
    "wisdom tooth extraction": ["wisdom-tooth extraction"],
}

# ICD-10 codes (gen.py keeps only those simple_icd_10_cm accepts)
ICD10 = [
    "E11.9", "E10.9", "E11.65", "E03.9", "E05.00", "E06.3", "E66.9", "E55.9", "E61.1", "E73.9",
    "I10", "I11.9", "I21.9", "I25.10", "I48.91", "I50.9", "I63.9", "I26.99", "I80.299", "I83.90",
    "J45.909", "J45.20", "J44.9", "J18.9", "J20.9", "J02.9", "J03.90", "J01.90", "J30.1", "J06.9",
    "K21.9", "K29.70", "K50.90", "K51.90", "K58.9", "K80.20", "K35.80", "K40.90", "K76.0", "K90.0",
    "G43.909", "G43.009", "G40.909", "G35", "G20", "G30.9", "G47.33", "G56.00", "G62.9", "G25.81",
    "F32.9", "F33.1", "F41.1", "F41.0", "F43.10", "F90.0", "F84.0", "F50.00", "F10.20", "F31.9",
    "F42.2", "F20.9", "F81.0", "F60.3", "M54.5", "M54.50", "M51.26", "M17.11", "M06.9", "M10.9",
    "M79.7", "M81.0", "M41.9", "M75.100", "M77.10", "M72.2", "S52.501A", "S82.899A", "S83.511A",
    "S93.401A", "S06.0X0A", "S13.4XXA", "S42.001A", "S72.001A", "N39.0", "N20.0", "N18.3",
    "N80.9", "N97.9", "E28.2", "O24.419", "O14.90", "O03.9", "H25.9", "H40.9", "H35.30", "H52.13",
    "H91.90", "H93.19", "H66.90", "H10.9", "L20.9", "L40.0", "B02.9", "B01.9", "B05.9", "B86",
    "B85.0", "A08.4", "A69.20", "B20", "C50.919", "C61", "C18.9", "C34.90", "C91.10", "C43.9",
    "Z34.90", "Z31.83", "Z95.1", "Z79.4", "R51.9", "R11.2", "R42", "R50.9", "R05.9", "R07.9",
    "Q90.9", "G80.9", "D50.9", "D66", "E84.9", "K02.9", "K05.30", "M26.609",
]

# --- hard negatives: health words that are not a person's health ------------------------------
PET_HEALTH_DE = [
    "Zahnstein beim Kater", "Ohrenentzündung bei unserem Dackel", "Räude beim Fuchs im Garten",
    "Hüftdysplasie bei der Schäferhündin", "Katzenschnupfen", "Wurmbefall bei den Kaninchen",
    "Durchfall beim Welpen", "Flöhe bei der Katze", "Milben beim Meerschweinchen",
    "Arthrose bei unserem alten Labrador", "Diabetes bei unserem Kater", "Kreuzbandriss beim Hund",
    "Giardien im Tierheim", "Hufrehe beim Pony", "Zwingerhusten", "Leishmaniose beim Straßenhund",
    "Schilddrüsenüberfunktion bei der Katze", "Epilepsie bei unserem Beagle",
    "Magendrehung beim Dogge-Rüden", "Milchfieber bei der Kuh", "Tollwutimpfung für den Hund",
    "Kastration vom Kater", "Wurmkur für die Katzen", "Bandscheibenvorfall beim Dackel",
]

PET_HEALTH_EN = [
    "tartar on the cat's teeth", "an ear infection in our spaniel", "mange on the fox",
    "hip dysplasia in the shepherd", "cat flu", "worms in the rabbits", "diarrhoea in the puppy",
    "fleas on the cat", "mites on the guinea pig", "arthritis in our old Labrador",
    "our cat's diabetes", "a torn cruciate in the dog", "kennel cough", "laminitis in the pony",
    "the dog's epilepsy", "an overactive thyroid in the cat", "bloat in the Great Dane",
    "the puppy's parvo jab", "the cat's kidney disease", "a wormer for the cats",
    "the hamster's wet tail", "our dachshund's slipped disc",
]

FIGURATIVE_DE = [
    "da krieg ich echt die Krise", "da bekomme ich Ausschlag", "fast einen Herzinfarkt bekommen",
    "das ist doch krank", "Schnappatmung bekommen", "das bereitet mir Bauchschmerzen",
    "mein Konto hat die Schwindsucht", "ich bin allergisch gegen Warteschleifen",
    "das treibt mich in den Wahnsinn", "die Nerven liegen blank", "Kopfzerbrechen",
    "fieberhaft gesucht", "das Ganze ist ein Trauerspiel", "mir platzt gleich der Kragen",
    "ein Tropfen auf den heißen Stein", "das war eine Rosskur", "ich krieg Zustände",
    "das Formular ist eine Zumutung für jeden Sehnerv", "Lachkrampf bekommen", "einen Hörsturz vom Preis",
    "Der Papierkram macht mich krank", "Das Warten ist die reinste Folter",
]

FIGURATIVE_EN = [
    "nearly gave me a heart attack", "I'm allergic to paperwork", "that's sick", "a real headache",
    "made me sick to my stomach", "my wallet is bleeding", "paralysed by choice", "a lame excuse",
    "I nearly had a stroke when I saw the bill", "this form is giving me a migraine",
    "it's driving me insane", "my nerves are shot", "going viral", "a bitter pill to swallow",
    "sick and tired", "a band-aid solution", "I'm dying to know", "it's a pain in the neck",
    "the queue was killing me", "that's a tonic", "a shot in the arm for the club",
]

OBJECT_HEALTH_DE = [
    "Fehlerdiagnose am Motor", "Diagnosegerät", "Motor läuft unrund", "Virus auf dem Laptop",
    "Trojaner auf dem Rechner", "die Batterie ist tot", "Verkehrsinfarkt", "Verkehrskollaps",
    "Herzstück der Heizung", "Systemabsturz", "Wasserschaden-Diagnose", "die Heizung röchelt",
    "der Drucker hat einen Papierstau-Anfall", "Kreislauf der Fußbodenheizung", "Rost-Diagnose",
    "Kaltstart-Symptome", "Zahnriemen-Schwäche", "Wurmfraß im Dachstuhl", "Schimmelbefall im Keller",
]

OBJECT_HEALTH_EN = [
    "engine diagnostics", "the diagnostic check", "the car's symptoms", "the battery is dead",
    "a virus on the laptop", "malware infection", "the router is sick", "gridlock",
    "the heart of the boiler", "a system crash", "the dishwasher's fever light",
    "a cold start problem", "woodworm in the loft", "dry rot in the joists", "a blood-red paint job",
]

FICTION_HEALTH_DE = [
    "Der eingebildete Kranke", "Die Pest", "Krebsstation", "Der englische Patient",
    "Die Liebe in den Zeiten der Cholera", "Die Schwarzwaldklinik", "In aller Freundschaft",
    "Dr. House", "Grey's Anatomy", "Charité", "Der Medicus", "Das Krankenzimmer",
    "Schwester Stefanie", "Die Bergretter", "Der Landarzt",
]

FICTION_HEALTH_EN = [
    "The Plague", "Cancer Ward", "The English Patient", "Love in the Time of Cholera",
    "The Imaginary Invalid", "House M.D.", "Grey's Anatomy", "Scrubs", "The Good Doctor",
    "Call the Midwife", "Contagion", "Outbreak", "Patient Zero", "This Is Going to Hurt",
    "Doctor Who", "The Resident",
]

PLANT_HEALTH_DE = [
    "Mehltau an den Rosen", "Blattläuse am Hibiskus", "Feuerbrand am Apfelbaum", "Wurzelfäule",
    "Buchsbaumzünsler", "Sternrußtau", "Kraut- und Braunfäule bei den Tomaten",
    "Eschentriebsterben", "Schorf an den Birnen", "Spinnmilben an der Monstera",
]

PLANT_HEALTH_EN = [
    "powdery mildew on the roses", "aphids on the hibiscus", "fire blight on the apple tree",
    "root rot", "box tree caterpillar", "black spot", "blight on the tomatoes", "ash dieback",
    "scab on the pears", "spider mites on the monstera", "Dutch elm disease",
]

GENERIC_HEALTH_DE = [
    "die aktuelle Grippewelle", "Vorsorgeuntersuchungen ab 35", "die Heuschnupfen-Saison",
    "das Masernschutzgesetz", "Hitzeschutz für ältere Menschen", "Zeckenschutz im Frühjahr",
    "gesunde Ernährung bei Kindern", "Ernährung bei Diabetes", "Erste Hilfe bei Kindern",
    "Tipps gegen Rückenschmerzen im Büro", "Sonnenschutz für Babys", "Impfempfehlungen der STIKO",
    "Stress und Schlaf", "Demenz im Alltag", "Leben mit Allergien", "Läuse in Kitas allgemein",
    "Wechseljahre", "Pflege von Angehörigen", "Bewegung im Alter", "Corona-Regeln",
    "Hygieneregeln in der Gastronomie", "glutenfreie Ernährung", "Reiseimpfungen für Thailand",
    "Organspende", "Blutspende", "Nichtraucherschutz", "psychische Gesundheit am Arbeitsplatz",
]

GENERIC_HEALTH_EN = [
    "this year's flu season", "cancer screening over 50", "hay fever season",
    "the measles outbreak in the news", "heatwave advice for older people", "tick season",
    "healthy eating for kids", "cooking for diabetics", "first aid for children",
    "back pain tips for desk workers", "sun safety for babies", "the new vaccine guidance",
    "sleep and stress", "living well with dementia", "allergy awareness week", "head lice in schools",
    "the menopause", "caring for relatives", "staying active in later life", "Covid rules",
    "food hygiene ratings", "gluten-free cooking", "travel jabs for Thailand", "organ donation",
    "giving blood", "mental health at work", "Mental Health Awareness Week",
]

FOOD_ALLERGEN_DE = [
    "kann Spuren von Nüssen enthalten", "glutenfrei", "laktosefrei", "enthält Sellerie",
    "Allergene: A, C, G", "enthält Sesam", "ohne Erdnüsse zubereitet", "vegan", "histaminarm",
    "enthält Weizen und Ei", "Zusatzstoffe 1, 3, 5", "kann Senf enthalten",
]

FOOD_ALLERGEN_EN = [
    "may contain traces of nuts", "gluten-free", "dairy-free", "contains celery",
    "allergens: milk, egg, soy", "contains sesame", "made without peanuts", "vegan",
    "contains wheat and egg", "may contain mustard", "nut-free kitchen", "(GF)",
]

PRODUCT_HEALTH_DE = [
    "Die Ärzte", "Dr. Oetker", "Dr. Hauschka", "Doc Martens", "Dr. Best Zahnbürste",
    "Apotheken Umschau", "Fieber (Song)", "Doppelherz", "Kopfschmerz-Playlist", "Rheumadecke von Aldi",
    "Virus-Scanner von Avira", "Herzblatt-Quiz", "Die Tote Hosen-Tour", "Dr. Pepper",
]

PRODUCT_HEALTH_EN = [
    "Dr Martens", "Dr Pepper", "Fever-Tree tonic", "Doctor Who box set", "Heartbreak Hotel",
    "Sick Boy", "Beats by Dre", "the band Placebo's tour", "Dr. Bronner's soap",
    "Operation board game", "Plague Inc", "the Migraine Relief playlist", "Dr. Scholl's insoles",
    "Sick Note series", "Panic! at the Disco tickets",
]

HEALTH_CHARITY_DE = [
    "Deutsche Herzstiftung", "Deutsche Rheuma-Liga", "Deutsche Multiple Sklerose Gesellschaft",
    "Alzheimer Forschung Initiative", "Deutsche Diabetes-Hilfe", "Kinderkrebshilfe",
    "Ärzte ohne Grenzen", "Deutsche Alzheimer Gesellschaft", "Krebsliga Schweiz",
    "Österreichische Krebshilfe", "Deutsche Leukämie- & Lymphom-Hilfe", "DKMS",
    "Deutsche Parkinson Vereinigung", "Lebenshilfe", "Deutscher Allergie- und Asthmabund",
]

HEALTH_CHARITY_EN = [
    "British Heart Foundation", "Cancer Research UK", "Alzheimer's Society", "Diabetes UK",
    "Asthma + Lung UK", "the MS Society", "Parkinson's UK", "St Jude Children's Research Hospital",
    "American Cancer Society", "Marie Curie", "Anthony Nolan", "Breast Cancer Now",
    "Young Minds", "the Stroke Association", "Teenage Cancer Trust",
]

# blind18: new hard-negative phrase lists
HEALTH_NEWS_DE = [
    "Grippewelle erreicht Höhepunkt", "RKI meldet mehr Keuchhusten-Fälle",
    "Neue Studie zu Long Covid", "Masernausbruch in Berliner Schule", "Hitzewarnung für Senioren",
    "Krankenkassen erhöhen Zusatzbeitrag", "Apotheken melden Lieferengpass bei Fiebersaft",
    "Borreliose-Risiko steigt im Frühjahr", "Ärztemangel auf dem Land", "Norovirus auf Kreuzfahrtschiff",
]

HEALTH_NEWS_EN = [
    "flu cases hit winter peak", "measles outbreak closes school", "new study on long Covid",
    "NHS waiting lists grow", "heatwave health alert issued", "shortage of ADHD medication reported",
    "norovirus on cruise ship", "junior doctors' strike", "whooping cough cases rise",
    "GP shortage in rural areas",
]

HEALTH_JOB_TITLE_DE = [
    "Pflegefachkraft", "Medizinische Fachangestellte", "Diabetesberaterin", "Onkologie-Pflegekraft",
    "Physiotherapeut", "Ergotherapeutin", "Logopädin", "Stationsleitung Kardiologie",
    "Zahnmedizinische Fachangestellte", "Hörakustikerin", "Augenoptiker", "Altenpfleger",
    "Heilerziehungspflegerin", "Rettungssanitäter", "Psychiatrie-Pflegekraft",
]

HEALTH_JOB_TITLE_EN = [
    "staff nurse", "healthcare assistant", "diabetes specialist nurse", "oncology nurse",
    "physiotherapist", "occupational therapist", "speech and language therapist",
    "cardiology ward manager", "dental nurse", "audiologist", "optometrist", "care assistant",
    "mental health support worker", "paramedic", "pharmacy technician",
]

CLINIC_DEPARTMENT_DE = [
    "Kardiologie", "Onkologie", "Notaufnahme", "Geriatrie", "Psychiatrie", "Kinderklinik",
    "Neurologie", "Dialysezentrum", "Orthopädie", "Gynäkologie", "Intensivstation", "Urologie",
]

CLINIC_DEPARTMENT_EN = [
    "cardiology", "oncology", "the emergency department", "geriatrics", "the mental health unit",
    "paediatrics", "neurology", "the renal unit", "orthopaedics", "maternity", "the ICU",
    "urology",
]

HEALTH_COURSE_DE = [
    "Erste-Hilfe-Kurs", "Rückenschule", "Babyschwimmen", "Pilates für Einsteiger",
    "Kurs Stressbewältigung", "Sturzprävention für Senioren", "Rauchfrei-Kurs",
    "Herz-Lungen-Wiederbelebung für Laien", "Yoga gegen Verspannungen", "Ernährungskurs",
]

HEALTH_COURSE_EN = [
    "first aid course", "back care class", "baby swimming", "beginners' Pilates",
    "a stress management workshop", "falls prevention class", "a stop-smoking course",
    "CPR for beginners", "yoga for tight shoulders", "a healthy cooking class",
]

MEDICAL_DEVICE_PRODUCT_DE = [
    "Omron M500", "Beurer BM 27", "Blutdruckmessgerät von Medisana", "Fieberthermometer Braun ThermoScan",
    "Pulsoximeter", "Inhalationsgerät PARI Boy", "Massagepistole", "TENS-Gerät", "Rollator Topro",
    "Lichtwecker", "Babyphone mit Atemsensor", "Blutzuckermessgerät-Teststreifen im Angebot",
]

MEDICAL_DEVICE_PRODUCT_EN = [
    "Omron M3", "a Braun ThermoScan", "a pulse oximeter", "a nebuliser", "a massage gun",
    "a TENS machine", "a rollator", "a sunrise alarm clock", "a baby monitor with breathing sensor",
    "a Withings blood pressure cuff", "a posture corrector",
]
