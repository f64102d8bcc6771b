"""Health terms and health-like hard-negative phrases for blind set 20 (written from scratch).

Every list was written for this set; nothing was copied from another blind set's terms.py.
Value lists: DIAGNOSIS / SYMPTOM / MEDICATION / TREATMENT in German and English (incl. lay
phrasings, brand names, rarer conditions, compounds), inflected forms, injuries, split /
hyphenated compound spellings and ICD-10-CM codes.  The *_HEALTH / *_DE / *_EN phrase lists
further down are hard negatives: health words that are not about a person's own health.
"""

DIAGNOSIS_DE = [
    "schwerhörig",
    'in der 12. Woche schwanger', 'in der 20. Woche schwanger', 'in der 30. Woche schwanger', 'Krebs',
    "Diabetes", "Typ-1-Diabetes", "Typ-2-Diabetes", "Schwangerschaftsdiabetes", "Zucker", "Bluthochdruck",
    "Asthma", "Heuschnupfen", "Neurodermitis", "Schuppenflechte", "Rosazea", "Akne inversa", "Nesselsucht",
    "Migräne", "Epilepsie", "Multiple Sklerose", "Parkinson", "Alzheimer", "Demenz", "Morbus Crohn",
    "Colitis ulcerosa", "Zöliakie", "Laktoseintoleranz", "Fruktoseintoleranz", "Histaminintoleranz",
    "Erdnussallergie", "Nussallergie", "Pollenallergie", "Hausstauballergie", "Wespenallergie", "Bienengiftallergie",
    "Penicillinallergie", "Latexallergie", "Sellerieallergie", "Hühnereiweißallergie", "Kuhmilchallergie",
    "Depression", "Depressionen", "Angststörung", "Panikstörung", "Burnout", "Bulimie", "Magersucht", "ADHS",
    "Autismus", "Asperger-Syndrom", "Legasthenie", "Dyskalkulie", "Tourette-Syndrom", "Borderline-Störung",
    "bipolare Störung", "Schizophrenie", "posttraumatische Belastungsstörung", "PTBS", "Zwangsstörung",
    "Schilddrüsenunterfunktion", "Schilddrüsenüberfunktion", "Hashimoto", "Morbus Basedow", "Endometriose",
    "PCOS", "Myome", "Eierstockzyste", "Gebärmuttersenkung", "Prostatavergrößerung", "Nierensteine",
    "Gallensteine", "Niereninsuffizienz", "Gicht", "Rheuma", "rheumatoide Arthritis", "Arthrose", "Kniearthrose",
    "Osteoporose", "Fibromyalgie", "Bandscheibenvorfall", "Ischias", "Skoliose", "Morbus Bechterew", "Tennisarm",
    "Karpaltunnelsyndrom", "Fersensporn", "Hallux valgus", "Sehnenscheidenentzündung", "Schleimbeutelentzündung",
    "Herzinsuffizienz", "Herzschwäche", "Vorhofflimmern", "Herzrhythmusstörungen", "Herzinfarkt", "Schlaganfall",
    "Thrombose", "Lungenembolie", "Krampfadern", "COPD", "Lungenentzündung", "Bronchitis", "Keuchhusten",
    "Mukoviszidose", "Tuberkulose", "Long Covid", "Corona", "Covid", "Grippe", "Influenza", "Norovirus",
    "Magen-Darm-Grippe", "Scharlach", "Windpocken", "Masern", "Mumps", "Röteln", "Hand-Fuß-Mund-Krankheit",
    "Ringelröteln", "Mittelohrentzündung", "Mandelentzündung", "Blasenentzündung", "Nierenbeckenentzündung",
    "Borreliose", "FSME", "Gürtelrose", "Pfeiffersches Drüsenfieber", "Herpes", "Gürtelrose im Gesicht",
    "Tinnitus", "Hörsturz", "Schwerhörigkeit", "Morbus Menière", "grauer Star", "grüner Star", "Makuladegeneration",
    "Kurzsichtigkeit", "Weitsichtigkeit", "Hornhautverkrümmung", "Keratokonus", "Bindehautentzündung",
    "Brustkrebs", "Darmkrebs", "Prostatakrebs", "Hautkrebs", "Leukämie", "Lymphom", "Hodenkrebs", "Lungenkrebs",
    "Eisenmangel", "Blutarmut", "Anämie", "Vitamin-D-Mangel", "B12-Mangel", "Fettleber", "Leberzirrhose",
    "Hepatitis C", "HIV", "Sodbrennen-Krankheit", "Refluxkrankheit", "Reizdarm", "Reizdarmsyndrom",
    "Magenschleimhautentzündung", "Gastritis", "Divertikulitis", "Hämorrhoiden", "Analfissur", "Lipödem",
    "Lymphödem", "Adipositas", "Schlafapnoe", "Narkolepsie", "Restless Legs", "Gehirnerschütterung",
    "Schwangerschaft", "Fehlgeburt", "Präeklampsie", "Schwangerschaftsvergiftung", "Zahnfleischentzündung",
    "Parodontitis", "Karies", "Zahnwurzelentzündung", "Kiefergelenksarthrose", "CMD", "Bruxismus",
    "Down-Syndrom", "Spina bifida", "Zerebralparese", "Mukopolysaccharidose", "Ehlers-Danlos-Syndrom",
    "Marfan-Syndrom", "Sichelzellanämie", "Hämophilie", "Lupus", "Sarkoidose", "Myasthenia gravis", "ALS",
    "Polyneuropathie", "Trigeminusneuralgie", "Cluster-Kopfschmerz", "Alopecia areata", "Vitiligo", "Lichen sclerosus",
    "Mastozytose", "Kälteurtikaria", "Sonnenallergie", "Kontaktallergie", "Nickelallergie", "Chlamydien",
    "Pilzinfektion", "Fußpilz", "Nagelpilz", "Krätze", "Läuse", "Kopfläuse", "Ohrenschmalzpfropf",
    "Gehörlosigkeit", "gehörlos", "blind", "sehbehindert", "Rollstuhlfahrer", "Rollstuhlfahrerin", "querschnittsgelähmt",
    "schwanger", "Diabetiker", "Diabetikerin", "Epileptiker", "Asthmatiker", "Allergiker", "Dialysepatient",
]
DIAGNOSIS_DE_INFLECTED = ["Depressionen", "Migräneanfall", "Migräneanfälle", "Asthmaanfall", "epileptischen Anfall",
                          "Bandscheibenvorfalls", "Diabetes Typ 2", "Schlaganfalls", "Herzinfarkts", "Nierensteinen",
                          "Gallensteinen", "Panikattacken", "Panikattacke", "Allergien", "Heuschnupfens"]
DIAGNOSIS_EN = [
    "hard of hearing",
    '12 weeks pregnant', '20 weeks pregnant', '30 weeks pregnant', 'cancer', 'a nut allergy', 'a shellfish allergy', 'a peanut allergy', 'a dairy allergy', 'a latex allergy',
    "diabetes", "type 1 diabetes", "type 2 diabetes", "gestational diabetes", "prediabetes", "sugar",
    "high blood pressure", "hypertension", "asthma", "hay fever", "eczema", "psoriasis", "rosacea", "hives",
    "migraine", "migraines", "epilepsy", "multiple sclerosis", "MS", "Parkinson's", "Alzheimer's", "dementia",
    "Crohn's disease", "Crohn's", "ulcerative colitis", "coeliac disease", "celiac disease", "lactose intolerance",
    "peanut allergy", "nut allergy", "tree nut allergy", "sesame allergy", "shellfish allergy", "egg allergy",
    "dairy allergy", "penicillin allergy", "latex allergy", "bee sting allergy", "pollen allergy", "dust mite allergy",
    "depression", "anxiety", "generalised anxiety disorder", "panic disorder", "panic attacks", "burnout",
    "bulimia", "anorexia", "ADHD", "ADD", "autism", "Asperger's", "dyslexia", "dyspraxia", "Tourette's",
    "bipolar disorder", "bipolar", "schizophrenia", "PTSD", "OCD", "postnatal depression", "seasonal affective disorder",
    "underactive thyroid", "overactive thyroid", "hypothyroidism", "Hashimoto's", "Graves' disease", "endometriosis",
    "PCOS", "fibroids", "an ovarian cyst", "enlarged prostate", "kidney stones", "gallstones", "kidney disease",
    "chronic kidney disease", "gout", "rheumatoid arthritis", "osteoarthritis", "arthritis", "osteoporosis",
    "fibromyalgia", "ME/CFS", "chronic fatigue syndrome", "a slipped disc", "sciatica", "scoliosis", "tennis elbow",
    "carpal tunnel syndrome", "plantar fasciitis", "bunions", "tendonitis", "bursitis", "heart failure",
    "atrial fibrillation", "AFib", "an irregular heartbeat", "a heart attack", "a stroke", "a mini-stroke", "TIA",
    "DVT", "deep vein thrombosis", "a pulmonary embolism", "varicose veins", "COPD", "pneumonia", "bronchitis",
    "whooping cough", "cystic fibrosis", "tuberculosis", "long COVID", "COVID", "Covid", "the flu", "flu",
    "norovirus", "a stomach bug", "gastroenteritis", "scarlet fever", "chickenpox", "measles", "mumps",
    "hand, foot and mouth", "slapped cheek", "an ear infection", "tonsillitis", "strep throat", "a UTI",
    "a kidney infection", "Lyme disease", "shingles", "glandular fever", "mono", "cold sores", "tinnitus",
    "sudden hearing loss", "hearing loss", "Ménière's disease", "cataracts", "glaucoma", "macular degeneration",
    "short-sightedness", "astigmatism", "keratoconus", "conjunctivitis", "pink eye", "breast cancer",
    "bowel cancer", "prostate cancer", "skin cancer", "melanoma", "leukaemia", "leukemia", "lymphoma",
    "testicular cancer", "lung cancer", "iron deficiency", "anaemia", "anemia", "vitamin D deficiency",
    "B12 deficiency", "fatty liver", "cirrhosis", "hepatitis C", "HIV", "acid reflux", "GERD", "IBS",
    "irritable bowel syndrome", "gastritis", "a stomach ulcer", "diverticulitis", "haemorrhoids", "piles",
    "lipoedema", "lymphoedema", "obesity", "sleep apnoea", "sleep apnea", "narcolepsy", "restless legs",
    "a concussion", "pregnancy", "a miscarriage", "pre-eclampsia", "gum disease", "periodontitis", "cavities",
    "an abscess", "a dental abscess", "TMJ", "bruxism", "Down syndrome", "spina bifida", "cerebral palsy",
    "Ehlers-Danlos syndrome", "EDS", "Marfan syndrome", "sickle cell disease", "haemophilia", "lupus",
    "sarcoidosis", "myasthenia gravis", "ALS", "motor neurone disease", "neuropathy", "trigeminal neuralgia",
    "cluster headaches", "alopecia", "vitiligo", "lichen sclerosus", "mastocytosis", "cold urticaria",
    "POTS", "Raynaud's", "chlamydia", "thrush", "athlete's foot", "a fungal nail infection", "scabies",
    "head lice", "nits", "earwax build-up", "deaf", "deafness", "blind", "partially sighted", "a wheelchair user",
    "paraplegic", "pregnant", "diabetic", "epileptic", "asthmatic", "on dialysis", "a dialysis patient",
    "alpha-gal syndrome", "EoE", "eosinophilic oesophagitis", "FPIES", "mast cell activation syndrome",
]
DIAGNOSIS_EN_INFLECTED = ["migraines", "panic attacks", "seizures", "a seizure", "an asthma attack", "allergies",
                          "strokes", "kidney stone", "gallstone", "UTIs", "ear infections", "cold sore",
                          "anxiety attacks", "an anxiety attack"]
INJURY_DE = ["Kreuzbandriss", "Meniskusriss", "Kniescheibenbruch", "Schlüsselbeinbruch", "Handgelenksbruch",
             "Sprunggelenksbruch", "Bänderriss", "Bänderdehnung", "Muskelfaserriss", "Achillessehnenriss",
             "Rippenbruch", "Armbruch", "Beinbruch", "gebrochener Fuß", "gebrochenes Handgelenk", "Schleudertrauma",
             "Platzwunde", "Verbrennung zweiten Grades", "Sonnenbrand mit Blasen", "verstauchter Knöchel",
             "Zerrung", "Prellung", "Schulterluxation", "Rotatorenmanschettenriss", "Oberschenkelhalsbruch",
             "Wirbelbruch", "Nasenbeinbruch", "Hundebiss", "Zeckenbiss", "Bienenstich"]
INJURY_EN = ["a torn ACL", "an ACL tear", "a torn meniscus", "a broken kneecap", "a broken collarbone",
             "a broken wrist", "a fractured ankle", "a broken ankle", "a torn ligament", "a sprained ankle",
             "a pulled hamstring", "a torn Achilles", "broken ribs", "a cracked rib", "a broken arm", "a broken leg",
             "a broken foot", "whiplash", "a gash on my head", "second-degree burns", "a dislocated shoulder",
             "a rotator cuff tear", "a hip fracture", "a fractured vertebra", "a broken nose", "a dog bite",
             "a tick bite", "a bee sting", "a hairline fracture", "a stress fracture", "a black eye"]

SYMPTOM_DE = [
    "verwirrt", "benommen", "apathisch",
    'niedriger Eisenwert', 'geschwollen', 'entzündet', 'eine Schwellung an der Wange', 'einen Krampfanfall',
    "Kopfschmerzen", "Kopfweh", "Bauchschmerzen", "Bauchweh", "Rückenschmerzen", "Kreuzschmerzen", "Nackenschmerzen",
    "Knieschmerzen", "Gelenkschmerzen", "Zahnschmerzen", "Ohrenschmerzen", "Halsschmerzen", "Brustschmerzen",
    "Regelschmerzen", "Unterleibsschmerzen", "Fieber", "hohes Fieber", "Schüttelfrost", "Husten", "Reizhusten",
    "Schnupfen", "verstopfte Nase", "Atemnot", "Kurzatmigkeit", "Herzrasen", "Herzstolpern", "Schwindel",
    "Drehschwindel", "Übelkeit", "Erbrechen", "Durchfall", "Verstopfung", "Blähungen", "Sodbrennen",
    "Appetitlosigkeit", "Gewichtsverlust", "Müdigkeit", "Erschöpfung", "Schlafstörungen", "Schlaflosigkeit",
    "Albträume", "Konzentrationsstörungen", "Gedächtnislücken", "Wortfindungsstörungen", "Taubheitsgefühl",
    "Kribbeln in den Händen", "Zittern", "Krampfanfälle", "Muskelkrämpfe", "Wadenkrämpfe", "Ohrensausen",
    "Ohrgeräusche", "Sehstörungen", "Doppelbilder", "Flimmern vor den Augen", "trockene Augen", "juckende Augen",
    "tränende Augen", "Hautausschlag", "Ausschlag", "Juckreiz", "Quaddeln", "geschwollene Lippen",
    "Schwellungen", "geschwollene Beine", "Wassereinlagerungen", "Blut im Urin", "Blut im Stuhl", "Nasenbluten",
    "Zahnfleischbluten", "Haarausfall", "Hitzewallungen", "Nachtschweiß", "Ausfluss", "Zwischenblutungen",
    "Wehen", "Vorwehen", "Morgenübelkeit", "Schwangerschaftsübelkeit", "Stimmungsschwankungen", "Antriebslosigkeit",
    "Panik", "Grübeln", "Lustlosigkeit", "Heiserkeit", "Schluckbeschwerden", "Druck auf der Brust",
    "Engegefühl in der Brust", "Ohnmacht", "ohnmächtig", "Kreislaufprobleme", "hoher Blutzucker", "Unterzucker",
    "Zuckerschock", "hoher Blutdruck", "Blutdruckspitzen", "Lichtempfindlichkeit", "Geräuschempfindlichkeit",
    "Aura", "Steifheit", "Morgensteifigkeit", "Bewegungseinschränkung", "Lähmung", "Fehlstellung",
    "Schwellung am Knöchel", "Entzündung am Zahn", "Mundgeruch", "empfindliche Zähne", "Kieferschmerzen",
]
SYMPTOM_DE_INFLECTED = ["Kopfschmerzen", "Fiebers", "Hustens", "Schwindels", "Migräneattacken", "Krämpfen",
                        "Atembeschwerden", "Rückenproblemen", "Magenkrämpfen", "Magenkrämpfe"]
SYMPTOM_EN = [
    "confused", "drowsy", "agitated",
    'low iron', 'swollen', 'inflamed', 'a nosebleed', 'a seizure',
    "a headache", "headaches", "stomach ache", "a stomach ache", "tummy ache", "back pain", "lower back pain",
    "neck pain", "knee pain", "joint pain", "toothache", "earache", "a sore throat", "chest pain", "period pain",
    "cramps", "a fever", "a high temperature", "a temperature", "chills", "a cough", "a dry cough", "a runny nose",
    "a blocked nose", "shortness of breath", "breathlessness", "palpitations", "a racing heart", "dizziness",
    "vertigo", "nausea", "vomiting", "being sick", "diarrhoea", "diarrhea", "constipation", "bloating",
    "heartburn", "loss of appetite", "weight loss", "fatigue", "exhaustion", "insomnia", "trouble sleeping",
    "nightmares", "brain fog", "memory problems", "numbness", "pins and needles", "tingling in my hands",
    "tremors", "the shakes", "seizures", "muscle cramps", "ringing in my ears", "blurred vision", "double vision",
    "floaters", "dry eyes", "itchy eyes", "watery eyes", "a rash", "a skin rash", "itching", "hives on my arms",
    "swollen lips", "swelling", "swollen ankles", "fluid retention", "blood in my urine", "blood in my stool",
    "nosebleeds", "bleeding gums", "hair loss", "hot flushes", "hot flashes", "night sweats", "discharge",
    "spotting", "contractions", "morning sickness", "mood swings", "low mood", "no energy", "panic",
    "hoarseness", "difficulty swallowing", "tightness in my chest", "fainting", "passed out", "blackouts",
    "high blood sugar", "low blood sugar", "a hypo", "hypos", "high blood pressure readings",
    "sensitivity to light", "sensitivity to noise", "an aura", "stiffness", "morning stiffness", "limited movement",
    "a limp", "jaw pain", "bad breath", "sensitive teeth", "a swollen cheek", "a swollen gland",
]
SYMPTOM_EN_INFLECTED = ["headache", "migraine attacks", "coughing", "wheezing", "fevers", "rashes", "cramp",
                        "dizzy spells", "sneezing", "itchy skin"]

MEDICATION_DE = [
    'Haloperidol', 'Risperidon', 'Isotretinoin', 'Roaccutan',
    "Ibuprofen", "Ibu", "Ibu 600", "Paracetamol", "Aspirin", "ASS 100", "Novalgin", "Metamizol", "Diclofenac",
    "Voltaren", "Tilidin", "Tramadol", "Oxycodon", "Fentanylpflaster", "Insulin", "Lantus", "NovoRapid", "Humalog",
    "Metformin", "Ozempic", "Wegovy", "Mounjaro", "Jardiance", "L-Thyroxin", "Euthyrox", "Ramipril", "Bisoprolol",
    "Metoprolol", "Amlodipin", "Candesartan", "Wassertabletten", "Torasemid", "Furosemid", "Marcumar", "Eliquis",
    "Xarelto", "Blutverdünner", "Simvastatin", "Atorvastatin", "Cortison", "Prednisolon", "Kortisonsalbe",
    "Salbutamol", "Asthmaspray", "Notfallspray", "Symbicort", "Budesonid", "EpiPen", "Adrenalin-Pen", "Jext",
    "Cetirizin", "Loratadin", "Antihistaminikum", "Antibiotikum", "Antibiotika", "Amoxicillin", "Penicillin",
    "Doxycyclin", "Cotrim", "Fosfomycin", "Omeprazol", "Pantoprazol", "Magenschutz", "MCP", "Vomex", "Iberogast",
    "Sertralin", "Citalopram", "Escitalopram", "Fluoxetin", "Venlafaxin", "Mirtazapin", "Lithium", "Quetiapin",
    "Lorazepam", "Tavor", "Diazepam", "Zopiclon", "Ritalin", "Medikinet", "Elvanse", "Methylphenidat",
    "Levetiracetam", "Keppra", "Lamotrigin", "Valproat", "Sumatriptan", "Triptane", "Botox gegen Migräne",
    "Methotrexat", "MTX", "Humira", "Dupixent", "Enbrel", "Pille", "die Pille", "Antibabypille", "Minipille",
    "Pille danach", "Hormonspirale", "Utrogest", "Clexane", "Heparinspritzen", "Folsäure", "Eisentabletten",
    "Vitamin-B12-Spritzen", "Vitamin D", "Magnesium", "Melatonin", "Baldrian", "Johanniskraut", "CBD-Öl",
    "Cannabis auf Rezept", "Nasenspray", "Otriven", "Augentropfen", "Hyaluron-Augentropfen", "Fenistil",
    "Bepanthen", "Aciclovir", "Zovirax", "Ivermectin", "Infectoscab", "Nitrolingual", "Nitrospray",
    "Hydrocortison", "Mesalazin", "Creon", "Spiriva", "Lyrica", "Pregabalin", "Gabapentin", "Duloxetin",
    "Concerta", "Strattera", "Dexamethason", "Buscopan", "Imodium", "Loperamid", "Dulcolax", "Movicol",
]
MEDICATION_DE_INFLECTED = ["Antibiotikums", "Insulins", "Blutverdünnern", "Schmerztabletten", "Schmerzmittel",
                           "Schmerzmitteln", "Antidepressiva", "Antidepressivum", "Betablocker", "Betablockern",
                           "Schlaftabletten", "Beruhigungsmittel", "Insulinpens", "Cortisonspritze", "Kortisonspritzen"]
MEDICATION_EN = [
    'Accutane', 'isotretinoin',
    "ibuprofen", "Nurofen", "paracetamol", "Tylenol", "acetaminophen", "aspirin", "Advil", "naproxen",
    "diclofenac", "codeine", "co-codamol", "tramadol", "oxycodone", "morphine", "insulin", "Lantus", "NovoRapid",
    "Humalog", "metformin", "Ozempic", "Wegovy", "Mounjaro", "Jardiance", "levothyroxine", "ramipril",
    "bisoprolol", "lisinopril", "amlodipine", "losartan", "water tablets", "furosemide", "warfarin", "apixaban",
    "Eliquis", "rivaroxaban", "blood thinners", "statins", "atorvastatin", "simvastatin", "prednisolone",
    "prednisone", "steroids", "a steroid cream", "salbutamol", "Ventolin", "my blue inhaler", "my brown inhaler",
    "Symbicort", "Fostair", "an EpiPen", "EpiPens", "adrenaline auto-injector", "Jext pen", "cetirizine",
    "loratadine", "Benadryl", "antihistamines", "antibiotics", "amoxicillin", "penicillin", "doxycycline",
    "nitrofurantoin", "omeprazole", "lansoprazole", "Gaviscon", "ondansetron", "sertraline", "citalopram",
    "fluoxetine", "Prozac", "venlafaxine", "mirtazapine", "lithium", "quetiapine", "lorazepam", "diazepam",
    "Valium", "Xanax", "zopiclone", "Ritalin", "Adderall", "methylphenidate", "Elvanse", "Vyvanse",
    "levetiracetam", "Keppra", "lamotrigine", "sodium valproate", "sumatriptan", "triptans", "methotrexate",
    "Humira", "Dupixent", "Enbrel", "the pill", "the mini pill", "the morning-after pill", "the coil",
    "Mirena", "progesterone pessaries", "Clexane", "heparin injections", "folic acid", "iron tablets",
    "B12 injections", "vitamin D", "melatonin", "CBD oil", "medical cannabis", "nasal spray", "eye drops",
    "Sudafed", "aciclovir", "ivermectin", "permethrin cream", "GTN spray", "hydrocortisone", "mesalazine",
    "Creon", "pregabalin", "gabapentin", "duloxetine", "Concerta", "Strattera", "Imodium", "loperamide",
    "Movicol", "Buscopan", "Lyrica", "Zoloft", "Lexapro", "Wellbutrin", "Suboxone", "methadone", "Narcan",
]
MEDICATION_EN_INFLECTED = ["painkillers", "antidepressants", "an antidepressant", "beta blockers", "sleeping pills",
                           "an antibiotic", "insulin pens", "a steroid injection", "steroid injections", "inhalers",
                           "an inhaler", "a cortisone shot"]

TREATMENT_DE = [
    "Chemotherapie", "Chemo", "Bestrahlung", "Strahlentherapie", "Immuntherapie", "Dialyse", "Physiotherapie",
    "Physio", "Krankengymnastik", "manuelle Therapie", "Lymphdrainage", "Ergotherapie", "Logopädie",
    "Psychotherapie", "Verhaltenstherapie", "Traumatherapie", "Gesprächstherapie", "Reha", "Anschlussheilbehandlung",
    "Mutter-Kind-Kur", "Entzug", "Entgiftung", "Knie-OP", "Hüft-OP", "Bandscheiben-OP", "Kaiserschnitt",
    "Blinddarm-OP", "Mandel-OP", "Gallen-OP", "Herz-OP", "Bypass-OP", "Stent", "Herzkatheter", "Katheteruntersuchung",
    "Darmspiegelung", "Magenspiegelung", "MRT", "CT", "Kernspin", "Ultraschall", "Röntgen", "EKG", "Langzeit-EKG",
    "Belastungs-EKG", "Blutabnahme", "Blutbild", "Bluttransfusion", "Infusion", "Impfung", "Grippeimpfung",
    "Corona-Impfung", "Tetanusimpfung", "Hyposensibilisierung", "Akupunktur", "Stoßwellentherapie",
    "Wurzelbehandlung", "Wurzelkanalbehandlung", "Zahnimplantat", "Implantat", "Zahnextraktion", "Weisheitszahn-OP",
    "Zahnspange", "Aufbissschiene", "Knirscherschiene", "Parodontosebehandlung", "Zahnreinigung mit Betäubung",
    "Brücke", "Krone", "Inlay", "Augen-OP", "Lasik", "Grauer-Star-OP", "Katarakt-OP", "Hörgeräteversorgung",
    "Cochlea-Implantat", "künstliche Befruchtung", "IVF", "ICSI", "Insemination", "Eizellentnahme",
    "Embryotransfer", "Hormonbehandlung", "Kinderwunschbehandlung", "Abtreibung", "Schwangerschaftsabbruch",
    "Ausschabung", "Geburtseinleitung", "PDA", "Sterilisation", "Vasektomie", "Magenbypass", "Magenverkleinerung",
    "Schlauchmagen-OP", "Fettabsaugung", "Brustverkleinerung", "Gipsverband", "Gips", "Schiene", "Orthese",
    "Einlagen", "Kompressionstherapie", "Insulinpumpe", "CGM-Sensor", "Sauerstofftherapie", "CPAP-Maske",
    "Beatmung", "Stammzelltransplantation", "Nierentransplantation", "Tattooentfernung per Laser", "Narkose",
    "Vollnarkose", "Sedierung", "Lachgas", "Blutspende-Sperre", "Eigenbluttherapie", "Zahnbehandlung unter Vollnarkose",
]
TREATMENT_DE_INFLECTED = ["Chemotherapien", "Bestrahlungen", "Physiotherapien", "Infusionen", "Impfungen",
                          "Dialysen", "Operationen am Knie", "Kaiserschnitts", "Wurzelbehandlungen", "Spritzen ins Knie"]
TREATMENT_EN = [
    'proton beam therapy', 'a general anaesthetic',
    "chemotherapy", "chemo", "radiotherapy", "radiation", "immunotherapy", "dialysis", "physiotherapy", "physio",
    "physical therapy", "occupational therapy", "speech therapy", "speech and language therapy", "CBT",
    "counselling", "therapy sessions", "EMDR", "rehab", "detox", "a knee replacement", "a hip replacement",
    "knee surgery", "back surgery", "a C-section", "a caesarean", "an appendectomy", "a tonsillectomy",
    "gallbladder surgery", "heart surgery", "a bypass", "a stent", "an angiogram", "a colonoscopy",
    "an endoscopy", "an MRI", "an MRI scan", "a CT scan", "an ultrasound", "an X-ray", "an ECG", "a blood test",
    "blood tests", "a blood transfusion", "an IV drip", "a flu jab", "the flu jab", "a Covid booster",
    "a tetanus shot", "allergy shots", "immunotherapy for my allergy", "acupuncture", "shockwave therapy",
    "a root canal", "root canal treatment", "a dental implant", "an implant", "an extraction", "a tooth extraction",
    "wisdom teeth removal", "braces", "Invisalign", "a night guard", "a deep clean", "a crown", "a bridge",
    "a filling", "laser eye surgery", "LASIK", "cataract surgery", "hearing aids", "a cochlear implant", "IVF",
    "ICSI", "IUI", "egg retrieval", "an embryo transfer", "a frozen embryo transfer", "fertility treatment",
    "hormone therapy", "HRT", "an abortion", "a termination", "a D&C", "an induction", "an epidural",
    "a vasectomy", "gastric bypass", "a gastric sleeve", "liposuction", "a cast", "a plaster cast", "a splint",
    "a brace", "orthotics", "compression stockings", "an insulin pump", "a CGM", "a Dexcom", "a Libre sensor",
    "oxygen therapy", "a CPAP machine", "a stem cell transplant", "a kidney transplant", "laser tattoo removal",
    "general anaesthetic", "a general anesthetic", "sedation", "gas and air", "stitches", "a skin graft",
]
TREATMENT_EN_INFLECTED = ["chemo sessions", "radiotherapy sessions", "physio sessions", "infusions", "injections",
                          "jabs", "surgeries", "root canals", "fillings", "scans"]

# split / hyphenated spellings people type for compounds (form "split_compound")
SPLIT_COMPOUNDS = {
    "Kniescheibenbruch": ["Kniescheiben-Bruch", "Kniescheiben Bruch"],
    "Kreuzbandriss": ["Kreuzband-Riss", "Kreuzband Riss"],
    "Meniskusriss": ["Meniskus-Riss", "Meniskus Riss"],
    "Schlüsselbeinbruch": ["Schlüsselbein-Bruch", "Schlüsselbein Bruch"],
    "Bandscheibenvorfall": ["Bandscheiben-Vorfall", "Bandscheiben Vorfall"],
    "Schilddrüsenunterfunktion": ["Schilddrüsen-Unterfunktion", "Schilddrüsen Unterfunktion"],
    "Schilddrüsenüberfunktion": ["Schilddrüsen-Überfunktion", "Schilddrüsen Überfunktion"],
    "Erdnussallergie": ["Erdnuss-Allergie", "Erdnuss Allergie"],
    "Nussallergie": ["Nuss-Allergie", "Nuss Allergie"],
    "Wespenallergie": ["Wespen-Allergie", "Wespen Allergie"],
    "Penicillinallergie": ["Penicillin-Allergie", "Penicillin Allergie"],
    "Laktoseintoleranz": ["Laktose-Intoleranz", "Laktose Intoleranz"],
    "Histaminintoleranz": ["Histamin-Intoleranz", "Histamin Intoleranz"],
    "Kopfschmerzen": ["Kopf-Schmerzen", "Kopf Schmerzen"],
    "Rückenschmerzen": ["Rücken-Schmerzen", "Rücken Schmerzen"],
    "Bauchschmerzen": ["Bauch-Schmerzen", "Bauch Schmerzen"],
    "Zahnschmerzen": ["Zahn-Schmerzen", "Zahn Schmerzen"],
    "Wassertabletten": ["Wasser-Tabletten", "Wasser Tabletten"],
    "Wurzelbehandlung": ["Wurzel-Behandlung", "Wurzel Behandlung"],
    "Physiotherapie": ["Physio-Therapie", "Physio Therapie"],
    "Chemotherapie": ["Chemo-Therapie", "Chemo Therapie"],
    "Muskelfaserriss": ["Muskelfaser-Riss", "Muskelfaser Riss"],
    "Achillessehnenriss": ["Achillessehnen-Riss", "Achillessehnen Riss"],
    "Herzrhythmusstörungen": ["Herzrhythmus-Störungen", "Herzrhythmus Störungen"],
    "Mittelohrentzündung": ["Mittelohr-Entzündung", "Mittelohr Entzündung"],
    "Blasenentzündung": ["Blasen-Entzündung", "Blasen Entzündung"],
    "Schwangerschaftsdiabetes": ["Schwangerschafts-Diabetes", "Schwangerschafts Diabetes"],
    "Hausstauballergie": ["Hausstaub-Allergie", "Hausstaub Allergie"],
    "Eisentabletten": ["Eisen-Tabletten", "Eisen Tabletten"],
    "Wadenkrämpfe": ["Waden-Krämpfe", "Waden Krämpfe"],
    "Zahnfleischentzündung": ["Zahnfleisch-Entzündung", "Zahnfleisch Entzündung"],
    "hay fever": ["hayfever", "hay-fever"],
    "heartburn": ["heart burn"],
    "toothache": ["tooth ache"],
    "earache": ["ear ache"],
    "stomach ache": ["stomachache", "stomach-ache"],
    "physiotherapy": ["physio therapy"],
    "chemotherapy": ["chemo therapy"],
    "osteoarthritis": ["osteo arthritis", "osteo-arthritis"],
    "nosebleeds": ["nose bleeds", "nose-bleeds"],
    "a root canal": ["a root-canal"],
    "long COVID": ["long-COVID", "longcovid"],
    "coeliac disease": ["coeliac-disease"],
    "wisdom teeth removal": ["wisdom-teeth removal", "wisdomteeth removal"],
}

# ICD-10-CM codes (checked with simple_icd_10_cm; gen.py drops any that are not valid)
ICD10 = ["E10.9", "E11.9", "E11.65", "E03.9", "E05.00", "E06.3", "E66.9", "E55.9", "E53.8", "E73.9", "E84.0",
         "F32.1", "F32.9", "F33.1", "F41.0", "F41.1", "F43.1", "F42.2", "F90.0", "F84.0", "F50.00", "F31.9",
         "F20.9", "F81.0", "G35", "G40.909", "G43.909", "G43.109", "G44.009", "G47.33", "G20", "G30.9", "G56.00",
         "G62.9", "G80.9", "H25.9", "H40.9", "H52.13", "H60.90", "H66.90", "H81.09", "H91.90", "H93.19",
         "I10", "I21.9", "I48.91", "I50.9", "I63.9", "I80.209", "I83.90", "J02.9", "J06.9", "J18.9", "J20.9",
         "J30.1", "J44.9", "J45.909", "K21.9", "K29.70", "K50.90", "K51.90", "K58.9", "K90.0", "K80.20",
         "L20.9", "L40.9", "L50.9", "L63.9", "L80", "M06.9", "M10.9", "M17.11", "M19.90", "M51.26", "M54.5",
         "M54.16", "M79.7", "M81.0", "M77.10", "N20.0", "N39.0", "N80.9", "N18.9", "O24.419", "O14.90",
         "R51.9", "R42", "R11.0", "R50.9", "S83.511A", "S82.001A", "S52.501A", "S42.001A", "S93.401A",
         "T78.01XA", "U07.1", "Z33.1", "Z99.2", "Z86.73", "Z88.0", "Z91.010", "B02.9", "B27.90", "A69.20",
         "C50.919", "C18.9", "D50.9", "D57.1", "D66"]

# ---------------------------------------------------------------------------
# hard-negative phrase lists (health words that are NOT about a person's own health)
PET_HEALTH_DE = ["Ohrenentzündung beim Hund", "Giardien bei der Katze", "Zahnstein beim Kater", "Hüftdysplasie beim Labrador",
                 "Katzenschnupfen", "Räude beim Kaninchen", "Zwingerhusten", "Milbenbefall beim Meerschweinchen",
                 "Nierenwerte der Katze", "Diabetes beim Kater", "Arthrose beim alten Hund", "Flohbefall",
                 "Futtermittelallergie beim Hund", "Durchfall beim Welpen", "Zecken beim Hund", "Kolik beim Pferd",
                 "Hufrehe", "Legenot beim Wellensittich"]
PET_HEALTH_EN = ["my dog's ear infection", "the cat's kidney values", "hip dysplasia in Labradors", "kennel cough",
                 "cat flu", "fleas on the puppy", "my rabbit's dental problem", "the dog's arthritis",
                 "the horse's laminitis", "colic in horses", "a diabetic cat", "worms in the kitten",
                 "my dog's food allergy", "the puppy's diarrhoea", "mites on the guinea pig", "the parrot's feather plucking"]
FIGURATIVE_DE = ["Kopfschmerzen bereitet mir die Bahn", "das Update ist eine Krankheit", "ich krieg die Krise",
                 "da bekomme ich Ausschlag", "allergisch gegen Montage", "Bauchschmerzen bei dem Vertrag",
                 "der Drucker hat einen Virus", "mir platzt gleich der Kragen", "das ist doch krank",
                 "ich lach mich krank", "Herzinfarkt beim Blick auf die Rechnung", "Fieber vor dem Konzert",
                 "das Lied ist ansteckend", "mein Konto blutet", "die Preise sind eine bittere Pille",
                 "ich hab Hunger wie ein Bär", "das macht mich wahnsinnig", "Lampenfieber", "Reisefieber",
                 "Fußball-Fieber", "die Aktie ist abgestürzt", "Schnapsidee", "Ohrwurm"]
FIGURATIVE_EN = ["this update is a headache", "allergic to Mondays", "a pain in the neck", "I nearly had a heart attack",
                 "that price made me sick", "the app is having a seizure", "my wallet is bleeding", "a bitter pill",
                 "sick of waiting", "I'm dying to know", "a migraine of a form", "the song is infectious",
                 "wedding fever", "cabin fever", "my inbox is a disease", "laughing myself sick", "gut feeling",
                 "cold feet before the wedding", "an earworm", "it went viral", "a sugar rush from the cake",
                 "the printer is coughing up paper", "stage fright"]
OBJECT_HEALTH_DE = ["der Akku ist tot", "der Router hat Schluckauf", "die Heizung röchelt", "der Motor stottert",
                    "die Batterie schwächelt", "die Festplatte ist krank", "der Laptop hat Fieber", "der Wagen hustet beim Anlassen"]
OBJECT_HEALTH_EN = ["the battery is dead", "the router has hiccups", "the boiler is wheezing", "the engine is coughing",
                    "the laptop is running a fever", "the app keeps fainting", "the car is limping home", "a sick hard drive"]
FICTION_HEALTH_DE = ["Grey's Anatomy", "Die Bergretter", "In aller Freundschaft", "Der Medicus", "Dr. House",
                     "Club der roten Bänder", "Das Schicksal ist ein mieser Verräter"]
FICTION_HEALTH_EN = ["Grey's Anatomy", "House M.D.", "The Good Doctor", "Call the Midwife", "This Is Going to Hurt",
                     "The Fault in Our Stars", "Scrubs"]
PLANT_HEALTH_DE = ["Mehltau an den Rosen", "Blattläuse am Basilikum", "Wurzelfäule bei der Orchidee", "Braunfäule an den Tomaten",
                   "Spinnmilben am Ficus"]
PLANT_HEALTH_EN = ["powdery mildew on the roses", "aphids on the basil", "root rot in the orchid", "blight on the tomatoes",
                   "spider mites on the fig"]
GENERIC_HEALTH_DE = ["Haben Sie Produkte gegen Mücken?", "verkaufen Sie allergikerfreundliche Kissen?",
                     "Gibt es das auch laktosefrei?", "Ist das Hotel barrierefrei?", "gibt es glutenfreie Optionen?",
                     "Habt ihr Sonnencreme mit LSF 50?", "Ist das Spielzeug schadstofffrei?",
                     "bieten Sie eine Grippeimpfung für Mitarbeitende an?", "gibt es einen Defibrillator im Vereinsheim?",
                     "Erste-Hilfe-Kurs für Eltern", "Hausstaubmilben-Bezüge", "Zeckenschutz für Wanderer",
                     "Tipps gegen Jetlag", "rollstuhlgerechter Zugang", "allergenarme Bettwäsche"]
GENERIC_HEALTH_EN = ["do you sell allergy-friendly pillows?", "is the venue wheelchair accessible?",
                     "do you have gluten-free options?", "any insect repellent in stock?", "is this toy BPA-free?",
                     "do you offer flu jabs to staff?", "is there a defibrillator at the clubhouse?",
                     "a first aid course for parents", "hypoallergenic bedding", "tips for jet lag",
                     "sunscreen with SPF 50", "anti-allergy mattress covers", "step-free access at the station",
                     "a quiet room for autistic visitors", "a hearing loop at the counter"]
FOOD_ALLERGEN_DE = ["enthält Spuren von Nüssen", "glutenfrei", "laktosefrei", "vegan", "kann Sesam enthalten",
                    "ohne Erdnüsse hergestellt", "Allergene: Sellerie, Senf"]
FOOD_ALLERGEN_EN = ["may contain traces of nuts", "gluten-free", "dairy-free", "contains sesame", "nut-free kitchen",
                    "allergens: celery, mustard", "vegan"]
PRODUCT_HEALTH_DE = ["Zahnpasta für empfindliche Zähne", "Nasenspülkanne", "Wärmepflaster", "Blaulichtfilter-Brille",
                     "Fieberthermometer", "Massagepistole", "Kinder-Sonnencreme", "Schlafmaske"]
PRODUCT_HEALTH_EN = ["toothpaste for sensitive teeth", "a neti pot", "heat patches", "blue light glasses",
                     "a digital thermometer", "a massage gun", "kids' sunscreen", "a sleep mask"]
HEALTH_CHARITY_DE = ["Deutsche Krebshilfe", "Deutsche Herzstiftung", "Ärzte ohne Grenzen", "DKMS", "Deutsche Alzheimer Gesellschaft",
                     "Kinderhospiz Sternenbrücke"]
HEALTH_CHARITY_EN = ["Macmillan", "Cancer Research UK", "the British Heart Foundation", "Anthony Nolan", "Diabetes UK",
                     "Alzheimer's Society", "Mind"]
HEALTH_NEWS_DE = ["Grippewelle rollt an", "RSV-Saison beginnt früher", "Hitzewarnung für Senioren", "Pollenflug startet früh"]
HEALTH_NEWS_EN = ["flu season starts early", "a measles outbreak in the news", "the heatwave health alert", "pollen count is high today"]
HEALTH_JOB_TITLE_DE = ["Pflegefachkraft", "MFA", "Zahnmedizinische Fachangestellte", "Physiotherapeutin", "Hörakustiker",
                       "Augenoptikermeisterin", "Rettungssanitäter", "Tätowiererin"]
HEALTH_JOB_TITLE_EN = ["staff nurse", "healthcare assistant", "dental nurse", "physiotherapist", "audiologist",
                       "optometrist", "paramedic", "care worker"]
CLINIC_DEPARTMENT_DE = ["Notaufnahme", "Kardiologie", "Orthopädie", "Kinderstation", "Radiologie", "Geburtshilfe"]
CLINIC_DEPARTMENT_EN = ["A&E", "cardiology", "the orthopaedic ward", "paediatrics", "radiology", "the maternity unit"]
HEALTH_COURSE_DE = ["Erste-Hilfe-Kurs", "Rückenschule", "Pilates-Kurs", "Babyschwimmen", "Yoga für Schwangere", "Reanimationstraining"]
HEALTH_COURSE_EN = ["first aid course", "a back care class", "aqua aerobics", "baby swimming", "pregnancy yoga", "CPR training"]
MEDICAL_DEVICE_PRODUCT_DE = ["Blutdruckmessgerät", "Pulsoximeter", "Inhalationsgerät", "TENS-Gerät", "Rollator", "Hörgerätebatterien"]
MEDICAL_DEVICE_PRODUCT_EN = ["a blood pressure monitor", "a pulse oximeter", "a nebuliser", "a TENS machine", "a rollator", "hearing aid batteries"]
PHARMACY_CATEGORY_DE = ["Erkältung & Grippe", "Allergie & Heuschnupfen", "Schmerzmittel rezeptfrei", "Mund- und Zahnpflege", "Reiseapotheke"]
PHARMACY_CATEGORY_EN = ["cold & flu", "allergy & hay fever", "pain relief", "oral care", "travel health"]
GAME_HEALTH_DE = ["Gift-Effekt", "Lebensbalken", "Heiltrank", "Statuseffekt Blutung", "Wiederbelebung im Koop"]
GAME_HEALTH_EN = ["poison damage", "the health bar", "a healing potion", "the bleed status effect", "revive in co-op"]
HOSPITAL_NAME_DE = ["Charité", "Uniklinik Köln", "Klinikum rechts der Isar", "AKH Wien", "Inselspital Bern", "Helios Klinikum Erfurt"]
HOSPITAL_NAME_EN = ["St Thomas' Hospital", "Great Ormond Street", "the Royal Infirmary", "Addenbrooke's", "Mass General", "the John Radcliffe"]
HEALTH_APP_FEATURE_DE = ["Zyklus-Tracker", "Schlafanalyse", "Schwangerschaftswoche-Ansicht", "Medikamentenerinnerung", "Eisprungrechner"]
HEALTH_APP_FEATURE_EN = ["the cycle tracker", "sleep score", "the pregnancy week view", "medication reminders", "the ovulation calculator"]
VET_PROCEDURE_DE = ["Kastration", "Zahnsanierung beim Hund", "Impfung des Kätzchens", "Chippen", "Röntgen der Hüfte beim Hund"]
VET_PROCEDURE_EN = ["neutering", "a dental under sedation for the dog", "the kitten's vaccinations", "microchipping", "spaying"]

# blind20: new hard-negative lists
SCHOOL_HEALTH_NOTICE_DE = ["Läusealarm in der Klasse 3b", "Elternbrief zu Scharlachfällen", "Sonnenschutz-Regel für den Ausflug",
                           "Hitzefrei ab 30 Grad", "Trinkpausen im Sportunterricht"]
SCHOOL_HEALTH_NOTICE_EN = ["the head lice letter for Year 2", "the chickenpox notice", "the sun safety policy",
                           "the hot weather policy", "the water bottle rule"]
TATTOO_CARE_DE = ["Folie nach 24 Stunden ab", "Pflegecreme von uns", "keine Sauna für zwei Wochen", "Nachstechen kostenlos"]
TATTOO_CARE_EN = ["take the wrap off after 24 hours", "our aftercare balm", "no swimming for two weeks", "free touch-up"]
SPA_TREATMENT_DE = ["Hot-Stone-Massage", "Aromaöl-Massage", "Gesichtsbehandlung", "Ayurveda-Anwendung", "Kräuterstempelmassage"]
SPA_TREATMENT_EN = ["a hot stone massage", "an aromatherapy massage", "a facial", "a seaweed wrap", "a deep tissue massage"]

# terms that gen.py never picks at random for a bare {diag} / {symptom} / {med} / {treat} slot (adjectives,
# person nouns, pregnancy phrasings, one-word lay terms): they only appear through {{TYPE:...}} alternatives
# written for a sentence they fit.
NO_RANDOM = {
    "Zucker", "blind", "gehörlos", "sehbehindert", "Rollstuhlfahrer", "Rollstuhlfahrerin", "querschnittsgelähmt",
    "schwanger", "Diabetiker", "Diabetikerin", "Epileptiker", "Asthmatiker", "Allergiker", "Dialysepatient",
    "in der 12. Woche schwanger", "in der 20. Woche schwanger", "in der 30. Woche schwanger", "Krebs",
    "geschwollen", "entzündet", "eine Schwellung an der Wange", "einen Krampfanfall", "niedriger Eisenwert", "ohnmächtig",
    "Krone", "Brücke", "Implantat", "Schiene", "Gips", "Inlay", "Stent", "CT", "Entzug", "Pille", "die Pille", "Ibu",
    "sugar", "deaf", "blind", "partially sighted", "a wheelchair user", "paraplegic", "pregnant", "diabetic",
    "epileptic", "asthmatic", "on dialysis", "a dialysis patient", "MS", "ADD", "mono", "12 weeks pregnant",
    "20 weeks pregnant", "30 weeks pregnant", "swollen", "inflamed", "low iron", "passed out", "being sick",
    "a crown", "a bridge", "an implant", "a filling", "braces", "a cast", "a splint", "a brace", "stitches",
    "the pill", "the coil", "verwirrt", "benommen", "apathisch", "confused", "drowsy", "agitated", "schwerhörig", "hard of hearing", "a stent", "EDS", "TIA", "TMJ", "EoE", "POTS", "nits", "panic",
}
