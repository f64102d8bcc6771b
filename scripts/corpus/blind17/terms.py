"""Health terms for blind test set no. 17 (written fresh for this set, without sight of any
earlier set's term list or of the filter).

Lists with values (labelled as HEALTH when a person's own or a relative's health is meant):
    DIAGNOSIS_DE / DIAGNOSIS_EN   diagnoses and conditions (incl. the injuries below, inflected
                                  and plural forms, German compounds, ae/oe/ue spellings,
                                  abbreviations patients use, a few common lay misspellings)
    INJURY_DE / INJURY_EN         injuries (also part of DIAGNOSIS_*)
    SYMPTOM_DE / SYMPTOM_EN       symptoms and complaints (incl. Swiss / Austrian colloquial)
    MEDICATION_DE / MEDICATION_EN active ingredients, brand names, drug classes, lay spellings
    TREATMENT_DE / TREATMENT_EN   procedures, operations, therapies, examinations
    ICD10                         ICD-10-CM codes (filtered with simple_icd_10_cm in gen.py)
Lists of hard negatives (never labelled as HEALTH):
    PET_HEALTH_*, FIGURATIVE_*, OBJECT_HEALTH_*, FICTION_HEALTH_*, PLANT_HEALTH_*,
    GENERIC_HEALTH_*, FOOD_ALLERGEN_*, PRODUCT_HEALTH_* (new in blind17: product and brand
    names that contain health words), HEALTH_CHARITY_* (new in blind17: charities and
    self-help organisations named after a disease, e.g. as donation recipients).
"""

INJURY_DE = [
    "Kreuzbandriss", "vorderer Kreuzbandriss", "Meniskusriss", "Meniskusschaden",
    "Außenbandriss", "Aussenbandriss", "Bänderriss", "Baenderriss", "Achillessehnenriss",
    "Armbruch", "Unterarmbruch", "Beinbruch", "Handgelenksbruch", "Handgelenkbruch",
    "Schlüsselbeinbruch", "Schluesselbeinbruch", "Rippenbruch", "Rippenprellung", "Rippenbrüche",
    "Gehirnerschütterung", "Gehirnerschuetterung", "Schleudertrauma", "HWS-Schleudertrauma",
    "Verstauchung", "Zerrung", "Muskelfaserriss", "Platzwunde", "Sprunggelenksfraktur",
    "Knöchelbruch", "Knoechelbruch", "Oberschenkelhalsbruch", "Schulterluxation", "ausgekugelte Schulter",
    "Mittelhandbruch", "Nasenbeinbruch", "Fingerbruch", "Zehenbruch", "Steißbeinprellung",
    "Wirbelbruch", "Verbrennung zweiten Grades", "Kapselriss", "Sehnenriss", "Distorsion",
    "Kreuzbandris", "Gehirnerschüterung", "Schleutertrauma",
]

DIAGNOSIS_DE = INJURY_DE + [
    # metabolic / cardiovascular
    "Diabetes", "Diabetes Typ 2", "Typ-2-Diabetes", "Typ-1-Diabetes", "Diabetes mellitus",
    "Schwangerschaftsdiabetes", "Zuckerkrankheit", "Prädiabetes", "Bluthochdruck", "Hypertonie",
    "Vorhofflimmern", "Herzinsuffizienz", "Herzschwäche", "Herzschwaeche",
    "Herzrhythmusstörungen", "Herzrhythmusstoerungen", "Herzinfarkt", 
    "Schlaganfall", "Thrombose", "Beinvenenthrombose", "Lungenembolie",
    "koronare Herzkrankheit", "KHK", "Herzklappenfehler", "Krampfadern", "Fettstoffwechselstörung",
    "erhöhtes Cholesterin", "Gicht", "Adipositas", "Fettleber", "Leberzirrhose",
    # respiratory / infections
    "Asthma", "Asthma bronchiale", "Belastungsasthma", "allergisches Asthma", "COPD",
    "Bronchitis", "chronische Bronchitis", "Lungenentzündung", "Lungenentzuendung",
    "Pneumonie", "Mittelohrentzündung", 
    "Nebenhöhlenentzündung", "Nebenhoehlenentzuendung", "Sinusitis", "Mandelentzündung",
    "Angina", "Blasenentzündung", "Harnwegsinfekt", "Harnwegsinfekte",
    "Nierenbeckenentzündung", "Gürtelrose", "Guertelrose", "Windpocken", "Keuchhusten",
    "Scharlach", "Hand-Fuß-Mund-Krankheit", "Pfeiffersches Drüsenfieber", "Drüsenfieber",
    "Borreliose", "FSME", "Corona", "Covid", "Covid-19", "Long Covid", "Post-Covid-Syndrom",
    "Grippe", "echte Grippe", "Influenza", "Magen-Darm-Grippe", "Magen-Darm-Infekt",
    "Noro", "Norovirus", "Bindehautentzündung", "Bindehautentzuendung", "Tuberkulose",
    "Hepatitis B", "Hepatitis C", "HIV", "Herpes", "Chlamydien", "Pilzinfektion", "Fußpilz",
    # gastro
    "Gastritis", "Magenschleimhautentzündung", "Refluxkrankheit", "Reflux", "Morbus Crohn",
    "Colitis ulcerosa", "Reizdarm", "Reizdarmsyndrom", "Zöliakie", "Zoeliakie",
    "Laktoseintoleranz", "Laktoseunverträglichkeit", "Fruktoseintoleranz", "Histaminintoleranz",
    "Glutenunverträglichkeit", "Nierensteine", "Gallensteine", 
    "Divertikulitis", "Blinddarmentzündung", "Sepsis", "Blutvergiftung", "Leistenbruch", "Nabelbruch", "Hämorrhoiden",
    # allergies / skin
    "Allergie", "Allergien", "Nussallergie", "Erdnussallergie", "Penicillinallergie",
    "Wespenstichallergie", "Bienengiftallergie", "Heuschnupfen", "Pollenallergie",
    "Hausstauballergie", "Schimmelpilzallergie", "Katzenhaarallergie", "Nickelallergie", "Kontaktallergie", "Sonnenallergie",
    "Neurodermitis", "Schuppenflechte", "Psoriasis", "Rosazea", "Nesselsucht", "Vitiligo",
    # neuro / musculoskeletal
    "Migräne", "Migraene", "Migräne mit Aura", "chronische Migräne", "Epilepsie",
    "Multiple Sklerose", "MS", "Parkinson", "Morbus Parkinson", "Alzheimer", "Demenz",
    "Polyneuropathie", "Restless Legs", "Narkolepsie", "Schlafapnoe", "Arthrose",
    "Kniearthrose", "Hüftarthrose", "Hueftarthrose", "Kniegelenksarthrose", "Rheuma",
    "rheumatoide Arthritis", "Arthritis", "Morbus Bechterew", "Osteoporose",
    "Bandscheibenvorfall", "Bandscheibenvorfälle", "Bandscheibenvorfaelle", 
    "Ischias", "Hexenschuss", "Skoliose", "Fibromyalgie", "Sehnenscheidenentzündung",
    "Tennisarm", "Karpaltunnelsyndrom", "Fersensporn", "Frozen Shoulder", "Kalkschulter",
    "HWS-Syndrom", "LWS-Syndrom", "Spinalkanalstenose",
    # endocrine / blood
    "Schilddrüsenunterfunktion", "Schilddruesenunterfunktion", "Schilddrüsenüberfunktion",
    "Hashimoto", "Hashimoto-Thyreoiditis", "Morbus Basedow", "Anämie", "Blutarmut", "Eisenmangel",
    "Eisenmangelanämie", "Vitamin-D-Mangel", "B12-Mangel", "Gerinnungsstörung",
    # mental health
    "Depression", "Depressionen", "mittelgradige depressive Episode", "Burnout", "Burn-out",
    "Angststörung", "Angststoerung", "generalisierte Angststörung", "Panikstörung",
    "Zwangsstörung", "PTBS", "posttraumatische Belastungsstörung", "ADHS", "ADS", "Autismus",
    "Asperger", "bipolare Störung", "Essstörung", "Essstoerung", "Magersucht", "Bulimie",
    "Schizophrenie", "Alkoholabhängigkeit", "Alkoholsucht", "Spielsucht", "Anpassungsstörung",
    "Schlafstörung",
    # ENT / eyes
    "Tinnitus", "Hörsturz", "Hoersturz", "Morbus Menière", "Grauer Star", "Gruener Star",
    "Grüner Star", "Glaukom", "Katarakt", "Makuladegeneration", "Netzhautablösung",
    # cancer
    "Krebs", "Brustkrebs", "Prostatakrebs", "Darmkrebs", "Hautkrebs", "Lungenkrebs",
    "schwarzer Hautkrebs", "Leukämie", "Leukaemie", "Lymphom", "Hodgkin-Lymphom", "Tumor",
    "Hirntumor", "Schilddrüsenkrebs", "Metastasen",
    # women's / urology / kidney
    "Endometriose", "PCOS", "Myom", "Myome", "Präeklampsie", "Schwangerschaftsvergiftung",
    "Fehlgeburt", "Unfruchtbarkeit", "Prostatavergrößerung", "Inkontinenz", "Niereninsuffizienz",
    "Nierenschwäche", "Zyste am Eierstock", "Eierstockzyste",
    "Muskeldystrophie", "Zerebralparese", "Trisomie 21", "Mukoviszidose", "Sichelzellanämie",
    # lay misspellings kept as entries
    "Diabetis", "Migrähne", "Lungenentzüdung", "Schildrüsenunterfunktion", "Nerodermitis",
    "Artrose", "Hashimodo", "Bandscheibenforfall", "Depresion", "Tinitus", "Bronchitits",
    "Epelepsie", "Alzheimer-Demenz",
]

INJURY_EN = [
    "broken arm", "broken wrist", "broken leg", "broken ankle", "broken foot", "fractured wrist",
    "fractured hip", "hip fracture", "torn ACL", "ACL tear", "torn meniscus", "sprained ankle",
    "ankle sprain", "whiplash", "concussion", "dislocated shoulder", "broken collarbone",
    "cracked ribs", "broken ribs", "hamstring tear", "pulled hamstring", "torn hamstring",
    "ruptured Achilles", "stress fracture", "rotator cuff tear", "second-degree burns",
    "broken nose", "fractured vertebra", "broken finger", "sprained wrist", "groin strain",
    "concusion", "whiplash injury",
]

DIAGNOSIS_EN = INJURY_EN + [
    "diabetes", "type 2 diabetes", "type 1 diabetes", "Type 2 diabetes", "gestational diabetes",
    "prediabetes", "pre-diabetes", "high blood pressure", "hypertension", "atrial fibrillation",
    "AFib", "AF", "heart failure", "arrhythmia", "heart attack", "stroke", "mini-stroke", "TIA",
    "DVT", "deep vein thrombosis", "blood clot in my leg", "pulmonary embolism", "angina",
    "high cholesterol", "coronary heart disease", "heart murmur", "varicose veins", "gout",
    "fatty liver disease", "cirrhosis", "obesity",
    "asthma", "COPD", "bronchitis", "pneumonia", "walking pneumonia", "chest infection",
    "ear infection", "ear infections", "sinusitis", "sinus infection", "tonsillitis",
    "strep throat", "UTI", "UTIs", "urinary tract infection", "kidney infection", "shingles",
    "chickenpox", "whooping cough", "scarlet fever", "glandular fever", "mono",
    "Lyme disease", "Covid", "COVID-19", "long Covid", "long COVID", "flu", "influenza",
    "norovirus", "stomach bug", "gastroenteritis", "tuberculosis", "hepatitis B", "hepatitis C",
    "HIV", "herpes", "chlamydia", "conjunctivitis", "pink eye", "thrush", "athlete's foot",
    "gastritis", "acid reflux", "GERD", "GORD", "Crohn's disease", "Crohn's", "ulcerative colitis",
    "IBS", "irritable bowel syndrome", "coeliac disease", "celiac disease", "celiac",
    "lactose intolerance", "gluten intolerance", "kidney stones", "kidney stone", "gallstones",
    "diverticulitis", "appendicitis", "sepsis", "hernia", "inguinal hernia", "haemorrhoids", "hemorrhoids",
    "allergies", "nut allergy", "peanut allergy", "penicillin allergy", "bee sting allergy",
    "shellfish allergy", "nickel allergy", "contact allergy", "hay fever", "dust mite allergy", "mould allergy", "mold allergy", "cat allergy", "eczema", "psoriasis",
    "rosacea", "acne", "hives", "vitiligo",
    "migraine", "migraines", "chronic migraine", "migraine with aura", "epilepsy",
    "multiple sclerosis", "MS", "Parkinson's", "Parkinson's disease", "Alzheimer's", "dementia",
    "neuropathy", "restless legs", "narcolepsy", "sleep apnoea", "sleep apnea", "arthritis",
    "osteoarthritis", "rheumatoid arthritis", "RA", "ankylosing spondylitis", "osteoporosis",
    "slipped disc", "herniated disc", "bulging disc", "sciatica", "scoliosis", "fibromyalgia",
    "tendonitis", "tennis elbow", "carpal tunnel syndrome", "carpal tunnel", "plantar fasciitis",
    "frozen shoulder", "spinal stenosis",
    "underactive thyroid", "hypothyroidism", "overactive thyroid", "hyperthyroidism",
    "Hashimoto's", "Graves' disease", "anaemia", "anemia", "iron deficiency",
    "iron deficiency anaemia", "vitamin D deficiency", "B12 deficiency", "haemophilia",
    "depression", "clinical depression", "severe depression", "postnatal depression",
    "postpartum depression", "burnout", "anxiety disorder", "generalised anxiety disorder",
    "generalized anxiety disorder", "GAD", "panic disorder", "OCD", "PTSD", "ADHD", "ADD",
    "autism", "Asperger's", "bipolar disorder", "bipolar", "eating disorder", "anorexia",
    "bulimia", "schizophrenia", "alcohol dependence", "alcoholism", "gambling addiction",
    "tinnitus", "hearing loss", "Meniere's disease", "cataracts", "cataract", "glaucoma",
    "macular degeneration", "detached retina",
    "cancer", "breast cancer", "prostate cancer", "bowel cancer", "colon cancer", "skin cancer",
    "melanoma", "lung cancer", "leukaemia", "leukemia", "lymphoma", "Hodgkin lymphoma",
    "a tumour", "tumour", "tumor", "brain tumour", "thyroid cancer",
    "endometriosis", "PCOS", "fibroids", "pre-eclampsia", "preeclampsia", "miscarriage",
    "infertility", "enlarged prostate", "incontinence", "kidney disease", "chronic kidney disease",
    "CKD", "ovarian cyst",
    "muscular dystrophy", "spina bifida", "cerebral palsy", "cystic fibrosis", "sickle cell disease", "Down syndrome",
    # lay misspellings kept as entries
    "diabetis", "migrane", "asthama", "pnuemonia", "ecxema", "exzema", "arthritus",
    "alzheimers", "parkinsons", "crohns", "depresion", "neumonia",
    # more
    "fibromyalgia syndrome", "sciatic nerve pain",
]

SYMPTOM_DE = [
    "Fieber", "hohes Fieber", "leichtes Fieber", "Husten", "Reizhusten", "trockener Husten",
    "trockenen Husten", "Schnupfen", "Halsschmerzen", "Kopfschmerzen", "Kopfweh", "Bauchschmerzen",
    "Bauchweh", "Magenschmerzen", "Magenkrämpfe", "Rückenschmerzen", "Rueckenschmerzen",
    "Kreuzschmerzen", "Nackenschmerzen", "Gelenkschmerzen", "Knieschmerzen", "Zahnschmerzen",
    "Ohrenschmerzen", "Brustschmerzen", "Schmerzen in der Brust", "Engegefühl in der Brust",
    "Übelkeit", "Uebelkeit", "Erbrechen", "Durchfall", "Verstopfung", "Blähungen", "Sodbrennen",
    "Schwindel", "Schwindelanfälle", "Schwindelgefühl", "Schwindelgefuehl", "Atemnot",
    "Kurzatmigkeit", "Herzrasen", "Herzstolpern", "Schlafstörungen", "Schlafstoerungen",
    "Schlaflosigkeit", "Müdigkeit", "Muedigkeit", "ständige Müdigkeit", "Erschöpfung",
    "Erschoepfung", "Abgeschlagenheit", "Appetitlosigkeit", "Gewichtsverlust", "Nachtschweiß",
    "Schüttelfrost", "Schuettelfrost", "Gliederschmerzen", "Muskelschmerzen", "Taubheitsgefühl",
    "Taubheitsgefuehl", "Kribbeln in den Händen", "Sehstörungen", "Doppelbilder", "Ohrensausen",
    "Hautausschlag", "Ausschlag", "Juckreiz", "Quaddeln", "Schwellung", "geschwollene Knöchel",
    "Wassereinlagerungen", "Blut im Urin", "Blut im Stuhl", "Nasenbluten", "Krampfanfall",
    "Krampfanfälle", "Ohnmacht", "Ohnmachtsanfall", "Ohnmachtsanfälle", "Kreislaufprobleme",
    "Kreislaufzusammenbruch", "Konzentrationsstörungen", "Gedächtnisprobleme", "Wortfindungsstörungen",
    "Panikattacken", "Panikattacke", "Angstzustände", "Stimmungsschwankungen", "Heiserkeit",
    "Schluckbeschwerden", "Hitzewallungen", "Regelschmerzen", "Zwischenblutungen",
    "Migräneanfälle", "Migräneattacke", "Atembeschwerden", "Brennen beim Wasserlassen",
    "Harndrang", "Wadenkrämpfe", "Muskelkrämpfe", "Lichtempfindlichkeit", "Benommenheit",
    "Halsweh", "Chopfweh", "Buchweh", "Kreuzweh", "Bauchkrämpfe",
    # lay spellings kept as entries
    "Kopfschmerzn", "Durchfal", "Übelkheit", "Rückenschmerz", "Bauchschmärzen", "Schwindl",
]

SYMPTOM_EN = [
    "fever", "a high temperature", "high temperature", "temperature of 39", "cough", "dry cough",
    "chesty cough", "persistent cough", "runny nose", "blocked nose", "sore throat", "headache",
    "headaches", "splitting headache", "stomach ache", "stomach pain", "stomach cramps",
    "abdominal pain", "back pain", "lower back pain", "neck pain", "joint pain", "knee pain",
    "hip pain", "toothache", "earache", "chest pain", "chest pains", "chest tightness", "nausea",
    "vomiting", "diarrhoea", "diarrhea", "constipation", "bloating", "heartburn", "dizziness",
    "dizzy spells", "vertigo", "shortness of breath", "breathlessness", "palpitations",
    "heart palpitations", "racing heart", "insomnia", "trouble sleeping", "fatigue",
    "extreme fatigue", "exhaustion", "loss of appetite", "weight loss", "unexplained weight loss",
    "night sweats", "chills", "body aches", "muscle aches", "muscle pain", "numbness",
    "pins and needles", "tingling in my hands", "blurred vision", "double vision",
    "ringing in my ears", "rash", "skin rash", "itching", "itchy skin", "swelling",
    "swollen ankles", "fluid retention", "blood in my urine", "blood in my stool", "nosebleeds",
    "seizure", "seizures", "fainting", "blackouts", "fainting spells", "brain fog",
    "memory problems", "panic attacks", "panic attack", "anxiety attacks", "mood swings",
    "hoarseness", "difficulty swallowing", "hot flushes", "hot flashes", "period pain",
    "cramps", "spotting", "migraine attacks", "wheezing", "coughing up blood", "burning when I pee",
    "light sensitivity", "sensitivity to light", "lightheadedness", "leg cramps",
    # lay spellings kept as entries
    "diarrea", "diahrrea", "nausia", "headach", "dizzyness", "exaustion", "palpatations",
    "insomia",
]

MEDICATION_DE = [
    "Ibuprofen", "Ibu", "Ibus", "Paracetamol", "Aspirin", "ASS", "Novalgin", "Novaminsulfon",
    "Metamizol", "Diclofenac", "Voltaren", "Tilidin", "Tramadol", "Oxycodon", "Valoron",
    "Pantoprazol", "Pantozol", "Omeprazol", "Metformin", "Insulin", "Langzeitinsulin", "Ozempic",
    "Mounjaro", "Wegovy", "L-Thyroxin", "Thyroxin", "Euthyrox", "Ramipril", "Bisoprolol",
    "Metoprolol", "Candesartan", "Amlodipin", "Simvastatin", "Atorvastatin", "Marcumar",
    "Eliquis", "Xarelto", "Clopidogrel", "Salbutamol", "Salbutamolspray", "Budesonid",
    "Cortison", "Kortison", "Cortisonspray", "Kortisonsalbe", "Prednisolon", "Antibiotikum",
    "Antibiotika", "Amoxicillin", "Penicillin", "Doxycyclin", "Cefuroxim", "Ciprofloxacin",
    "Cotrim", "Fosfomycin", "Citalopram", "Sertralin", "Escitalopram", "Venlafaxin", "Mirtazapin",
    "Fluoxetin", "Lithium", "Quetiapin", "Methylphenidat", "Ritalin", "Medikinet", "Elvanse",
    "Lorazepam", "Tavor", "Diazepam", "Zopiclon", "Melatonin", "Cetirizin", "Loratadin",
    "Lamotrigin", "Levetiracetam", "Keppra", "Sumatriptan", "Triptane", "Antibabypille",
    "Pille danach", "Vomex", "MCP-Tropfen", "Imodium", "Loperamid", "Buscopan", "Opipramol",
    "Pregabalin", "Lyrica", "Gabapentin", "Methotrexat", "MTX", "Humira", "Adalimumab",
    "Dupixent", "Betablocker", "Blutverdünner", "Blutverduenner", "Antidepressiva",
    "Antidepressivum", "Antihistaminikum", "Säureblocker", "Saeureblocker", "Magenschutz",
    "Cholesterinsenker", "Blutdrucksenker", "Schlaftabletten", "Schilddrüsentabletten",
    "Schilddruesentabletten", "Insulinspritzen", "Adrenalin-Pen", "EpiPen", "Notfallset",
    "Nasenspray mit Cortison", "Fenistil-Tropfen", "Dafalgan", "Seresta",
    "Vitamin-B12-Spritzen", "Eisentabletten", "Eisen-Infusion", "Folsäure",
    # lay spellings kept as entries
    "Iboprofen", "Ibuprophen", "Paracetamoll", "Pantoprazohl", "Tillidin", "Novalgien",
    "Cortisson", "Metfomin", "Citaloprahm", "Amoxicilin",
]

MEDICATION_EN = [
    "ibuprofen", "Nurofen", "Advil", "paracetamol", "acetaminophen", "Tylenol", "aspirin",
    "naproxen", "co-codamol", "codeine", "tramadol", "oxycodone", "morphine", "omeprazole",
    "lansoprazole", "Gaviscon", "metformin", "insulin", "Ozempic", "semaglutide", "Mounjaro",
    "Wegovy", "levothyroxine", "Synthroid", "ramipril", "lisinopril", "amlodipine", "bisoprolol",
    "propranolol", "atenolol", "losartan", "statins", "atorvastatin", "simvastatin", "warfarin",
    "apixaban", "Eliquis", "rivaroxaban", "Xarelto", "clopidogrel", "salbutamol", "Ventolin",
    "albuterol", "blue inhaler", "brown inhaler", "Symbicort", "Fostair", "prednisolone",
    "prednisone", "steroids", "antibiotics", "amoxicillin", "penicillin", "doxycycline",
    "flucloxacillin", "nitrofurantoin", "azithromycin", "Z-Pak", "sertraline", "Zoloft",
    "citalopram", "fluoxetine", "Prozac", "escitalopram", "Lexapro", "venlafaxine",
    "mirtazapine", "antidepressants", "lithium", "quetiapine", "Seroquel", "methylphenidate",
    "Ritalin", "Concerta", "Adderall", "Elvanse", "Vyvanse", "lorazepam", "diazepam", "Valium",
    "Xanax", "zopiclone", "zolpidem", "Ambien", "melatonin", "cetirizine", "Zyrtec",
    "loratadine", "Claritin", "fexofenadine", "lamotrigine", "levetiracetam", "Keppra",
    "sumatriptan", "triptans", "the pill", "the contraceptive pill", "the morning-after pill",
    "Plan B", "pregabalin", "gabapentin", "methotrexate", "Humira", "adalimumab", "Dupixent",
    "EpiPen", "EpiPens", "beta blockers", "blood thinners", "sleeping pills", "painkillers",
    "iron tablets", "B12 injections", "folic acid", "insulin pens", "Lemsip", "Sudafed",
    "Imodium", "Buscopan", "Mucinex", "Benadryl", "Piriton",
    # lay spellings kept as entries
    "ibuprofin", "ibuprophen", "paracetemol", "amoxicilin", "sertaline", "metforman",
    "levothyroxin", "Xanex", "Adderal", "gabapentine",
]

TREATMENT_DE = [
    "Chemotherapie", "Chemo", "Bestrahlung", "Bestrahlungen", "Strahlentherapie", "Dialyse",
    "Physiotherapie", "Physio", "Krankengymnastik", "Ergotherapie", "Logopädie", "Logopaedie",
    "Psychotherapie", "Verhaltenstherapie", "Traumatherapie", "Reha", "Anschlussheilbehandlung",
    "AHB", "Mutter-Kind-Kur", "Kur", "Knie-OP", "Hüft-OP", "Hueft-OP", "Hüftoperation",
    "Knieoperation", "neue Hüfte", "Kniegelenksersatz", "Blinddarm-OP", "Blinddarmoperation",
    "Gallen-OP", "Gallenblasenentfernung", "Bypass-OP", "Herzkatheter",
    "Herzkatheteruntersuchung", "Stent", "Koloskopie", "Darmspiegelung", "Magenspiegelung",
    "Gastroskopie", "MRT", "Kernspin", "CT", "Mammographie", "Mammografie", "Biopsie",
    "Bluttransfusion", "Infusion", "Infusionen", "Grippeimpfung", "Tetanusimpfung",
    "Kaiserschnitt", "künstliche Befruchtung", "IVF", "Insemination", "Hormontherapie",
    "Hormonersatztherapie", "Insulintherapie", "Schmerztherapie", "Akupunktur", "Lymphdrainage",
    "manuelle Therapie", "Kataraktoperation", "Grauer-Star-OP", "Augenlaser-OP", "Lasik",
    "Wurzelbehandlung", "Mandel-OP", "Mandelentfernung", "Polypenentfernung",
    "Gebärmutterentfernung", "Gebaermutterentfernung", "Schilddrüsen-OP", "Meniskus-OP",
    "Kreuzband-OP", "Bandscheiben-OP", "Entzug", "Entgiftung", "qualifizierter Entzug",
    "Substitutionstherapie", "Beatmung", "Sauerstofftherapie", "CPAP-Therapie",
    "Stoßwellentherapie", "Stosswellentherapie", "Immuntherapie", "Protonentherapie", "Hyposensibilisierung",
    "Langzeit-EKG", "EKG", "Belastungs-EKG", "Herzecho", "Schlaflabor", "Spritzenkur",
    "Kortisonspritze", "Cortisonspritze", "Infiltration", "Leistenbruch-OP", "Krampfader-OP",
    "Magenbypass", "Schlauchmagen-OP", "Narkose", "Vollnarkose", "Sterilisation",
    "Vasektomie", "Ausschabung", "Fruchtwasseruntersuchung",
    # lay spellings kept as entries
    "Physiotheraphie", "Chemoterapie", "Darmspieglung", "Wurzelbehandlug", "Krankengymnastick",
]

TREATMENT_EN = [
    "chemotherapy", "chemo", "radiotherapy", "radiation therapy", "radiation", "dialysis",
    "physiotherapy", "physio", "physical therapy", "PT", "occupational therapy", "speech therapy",
    "CBT", "cognitive behavioural therapy", "cognitive behavioral therapy", "psychotherapy",
    "EMDR", "talking therapy", "rehab", "knee replacement", "hip replacement", "knee surgery",
    "hip surgery", "appendectomy", "gallbladder removal", "gallbladder surgery",
    "bypass surgery", "heart bypass", "angioplasty", "a stent", "colonoscopy", "endoscopy",
    "gastroscopy", "MRI", "MRI scan", "CT scan", "mammogram", "biopsy", "blood transfusion",
    "IV drip", "IV antibiotics", "flu jab", "flu shot", "tetanus shot", "C-section",
    "caesarean", "emergency C-section", "IVF", "IUI", "egg freezing", "hormone therapy", "HRT",
    "insulin therapy", "pain management", "acupuncture", "lymphatic drainage",
    "cataract surgery", "laser eye surgery", "LASIK", "root canal", "tonsillectomy",
    "hysterectomy", "thyroid surgery", "ACL reconstruction", "meniscus surgery", "spinal surgery",
    "back surgery", "spinal fusion", "detox", "methadone programme", "oxygen therapy", "CPAP",
    "shockwave therapy", "immunotherapy", "proton therapy", "allergy shots", "desensitisation", "vasectomy",
    "skin graft", "cortisone injection", "steroid injection", "ECG", "EKG", "echocardiogram",
    "sleep study", "gastric bypass", "gastric sleeve", "hernia repair", "general anaesthetic",
    "D&C", "amniocentesis", "stitches removed", "cardiac catheterisation", "pacemaker fitting",
    "lumpectomy", "mastectomy",
    # lay spellings kept as entries
    "chemotheraphy", "physiotheraphy", "colonscopy", "hysterectamy", "tonsilectomy", "dialisys",
]

ICD10 = [
    "J06.9", "J20.9", "J18.9", "J45.909", "J45.20", "J44.9", "J01.90", "J02.9", "J03.90", "J30.1",
    "J30.2", "J32.9", "J11.1", "J10.1", "U07.1", "B34.9", "A08.4", "A09", "A69.20", "B02.9",
    "B01.9", "B27.90", "A37.90", "H66.90", "H10.9", "H81.10", "H91.20", "H93.19", "H40.9",
    "H25.9", "H35.30", "I10", "I48.91", "I50.9", "I21.9", "I63.9", "I25.10", "I26.99",
    "I82.409", "I83.90", "E11.9", "E11.65", "E10.9", "O24.419", "E66.9", "E78.5", "E03.9",
    "E05.90", "E06.3", "E55.9", "E53.8", "D50.9", "D64.9", "K21.9", "K29.70", "K50.90", "K51.90",
    "K58.9", "K90.0", "E73.9", "K80.20", "K57.92", "K35.80", "K40.90", "K76.0", "N20.0", "N39.0",
    "N30.00", "N10", "N18.3", "N40.0", "N80.9", "E28.2", "N97.9", "N83.20", "O14.90", "O03.9",
    "L20.9", "L40.0", "L71.9", "L50.9", "L80", "G43.909", "G43.109", "G43.709", "G44.209",
    "G40.909", "G35", "G20", "G30.9", "F03.90", "G62.9", "G25.81", "G47.33", "G47.419",
    "G56.00", "M17.11", "M16.11", "M19.90", "M05.79", "M06.9", "M10.9", "M45.9", "M81.0",
    "M51.26", "M54.5", "M54.50", "M54.2", "M54.16", "M54.30", "M41.9", "M79.7", "M77.10",
    "M75.00", "M72.2", "M48.06", "F32.1", "F32.2", "F33.1", "F32.A", "F43.0", "F43.10",
    "F43.20", "F41.1", "F41.0", "F42.2", "F90.0", "F84.0", "F31.9", "F50.00", "F50.2", "F20.9",
    "F10.20", "F51.01", "R51.9", "R50.9", "R05.9", "R10.9", "R11.0", "R11.10", "R42", "R53.83",
    "R06.02", "R00.2", "R07.9", "R55", "R20.2", "S83.511A", "S83.209A", "S52.501A", "S82.891A",
    "S93.401A", "S06.0X0A", "S13.4XXA", "S42.001A", "S22.39XA", "S72.001A", "S86.011A",
    "C50.911", "C61", "C18.9", "C43.9", "C34.90", "C91.10", "C81.90", "C73", "Z79.4",
    "Z79.01", "Z34.90", "Z30.09", "Z95.1",
]

# ---------------------------------------------------------------------------
# hard negatives
PET_HEALTH_DE = [
    "Zwingerhusten", "Katzenschnupfen", "Giardien", "Flohbefall", "Milbenbefall", "Ohrmilben",
    "Leishmaniose", "Hüftdysplasie beim Hund", "Staupe", "Räude", "Kastration", "Entwurmung",
    "Wurmkur", "Tollwutimpfung", "Zahnstein beim Kater", "Futtermittelallergie beim Hund",
    "Katzenseuche", "FIP", "Bandscheibenvorfall beim Dackel", "Hufrehe", "Kolik beim Pferd",
    "Mauke", "Sommerekzem beim Pferd", "Kaninchenschnupfen", "Myxomatose", "RHD-Impfung",
    "Nierenwerte vom Kater", "Schilddrüsenüberfunktion bei der Katze", "Diabetes beim Kater",
    "Zeckenbiss beim Hund", "Magendrehung", "Analdrüsenentzündung", "Lahmheit vorne links",
    "Ohrenentzündung beim Hund", "Blasensteine beim Kater", "Durchfall beim Welpen",
]
PET_HEALTH_EN = [
    "kennel cough", "cat flu", "giardia", "fleas", "ear mites", "mange", "hip dysplasia",
    "parvo", "distemper", "worming", "the rabies jab", "neutering", "spaying",
    "dental disease in cats", "food allergy in dogs", "FIV", "FIP", "laminitis", "colic in horses",
    "mud fever", "sweet itch", "myxomatosis", "RHD2 vaccine", "kidney values of the cat",
    "hyperthyroidism in cats", "feline diabetes", "a tick bite on the dog", "bloat",
    "anal gland infection", "limping on the front left leg", "ear infection in dogs",
    "bladder stones in the cat", "puppy diarrhoea", "luxating patella", "the booster jabs",
    "Cushing's in dogs",
]

FIGURATIVE_DE = [
    "das bereitet mir echt Kopfschmerzen", "ich krieg gleich die Krise",
    "da hätte ich fast einen Herzinfarkt bekommen", "das macht mich noch krank",
    "die Warteschleife ist der reinste Albtraum", "ich bin allergisch gegen Papierkram",
    "das ist doch krank", "kranke Preise", "eine bittere Pille", "Schnappatmung",
    "Bauchschmerzen bei dem Gedanken", "Lagerkoller", "Fernweh", "Herzschmerz",
    "mir wird schlecht, wenn ich an die Nachzahlung denke", "das Bürokratie-Virus",
    "Formular-Fieber", "ich hab Zahnschmerzen beim Anblick der Rechnung", "der reinste Wahnsinn",
    "mein Konto hat die Schwindsucht", "der Umzug war eine Rosskur", "Kater am Montag",
    "das geht mir auf den Magen", "da platzt mir die Hutschnur",
]
FIGURATIVE_EN = [
    "this is giving me a headache", "a real headache", "I nearly had a heart attack",
    "I'm allergic to paperwork", "sick of waiting", "a pain in the neck",
    "a bitter pill to swallow", "the wait is killing me", "gives me hives",
    "I'm dying to know", "cold feet", "a total nightmare", "that's sick", "my wallet is on life support",
    "I got a migraine just reading the T&Cs", "paperwork fever", "Monday blues",
    "heartbroken", "it made me sick to my stomach", "a shot in the arm", "growing pains",
    "cabin fever", "itchy feet", "the bureaucracy bug",
]

OBJECT_HEALTH_DE = [
    "der Laptop hat sich einen Virus eingefangen", "ein Trojaner auf dem Rechner",
    "der Akku ist tot", "das Auto hat Altersschwäche", "der Router hat Schluckauf",
    "die Waschmaschine röchelt", "das Handy ist klinisch tot", "ein Wurm im Netzwerk",
    "das Fahrrad kränkelt", "die Heizung hustet", "der Drucker hat Fieber", "Rost-Krebs am Auto",
]
OBJECT_HEALTH_EN = [
    "my laptop caught a virus", "a trojan on the PC", "the battery is dead",
    "the car is on its last legs", "the router has hiccups", "the washing machine is wheezing",
    "the phone is brain-dead", "a worm on the network", "the bike is a bit poorly",
    "the boiler keeps coughing", "the printer has a fever", "rust cancer on the van",
]

FICTION_HEALTH_DE = [
    "in Grey's Anatomy", "bei Dr. House", "die Hauptfigur hat im Roman Krebs",
    "im Film stirbt sie an Tuberkulose", "die Zombie-Seuche in The Last of Us",
    "die Pest in dem Mittelalter-Game", "der Arzt in der Krankenhausserie",
    "die Heldin im Hörbuch hat Amnesie",
]
FICTION_HEALTH_EN = [
    "in Grey's Anatomy", "on House", "the main character has cancer in the novel",
    "she dies of TB in the film", "the zombie fungus in The Last of Us",
    "the plague in the medieval game", "the doctor in the hospital drama",
    "the heroine has amnesia in the audiobook",
]

PLANT_HEALTH_DE = [
    "Mehltau", "Blattläuse", "Wurzelfäule", "Spinnmilben", "Braunfäule", "Pilzbefall am Rosenstock",
    "Trauermücken", "gelbe Blätter", "Schildläuse", "Sternrußtau",
]
PLANT_HEALTH_EN = [
    "powdery mildew", "aphids", "root rot", "spider mites", "blight", "leaf spot", "fungus gnats",
    "yellowing leaves", "scale insects", "black spot on the roses",
]

GENERIC_HEALTH_DE = [
    "die Grippewelle", "Pollenflug", "die Impfkampagne", "die Coronaregeln", "Gesundheitstipps",
    "der Ratgeber zum Thema Bluthochdruck", "die Hitzewelle-Warnung", "Weltgesundheitstag",
    "Vorsorge-Kampagne", "Darmkrebsmonat März", "Masernschutzgesetz", "das Thema Burnout im Job",
    "Erste-Hilfe-Kurs", "die RSV-Welle in den Kitas", "die Zeckensaison",
]
GENERIC_HEALTH_EN = [
    "flu season", "the pollen count", "the vaccine rollout", "the Covid rules", "health tips",
    "a leaflet about high blood pressure", "the heatwave warning", "World Health Day",
    "Movember", "Mental Health Awareness Week", "Dry January", "first aid course",
    "the RSV wave in nurseries", "tick season", "the NHS waiting lists",
]

FOOD_ALLERGEN_DE = [
    "enthält Gluten", "kann Spuren von Erdnüssen enthalten", "laktosefrei", "glutenfrei",
    "ohne Zuckerzusatz", "enthält Sellerie", "kann Spuren von Sesam enthalten", "vegan",
    "enthält Schalenfrüchte", "frei von Soja",
]
FOOD_ALLERGEN_EN = [
    "contains gluten", "may contain traces of peanuts", "lactose-free", "gluten-free",
    "no added sugar", "contains celery", "may contain sesame", "suitable for vegans",
    "contains tree nuts", "soy-free",
]

PRODUCT_HEALTH_DE = [
    "Corona Extra", "Dr. Oetker", "Dr. Martens", "das Brettspiel Pandemie", "Plague Inc.",
    "Fever-Tree Tonic", "Elmex Kariesschutz", "der Song 'Fieber'", "das Kartenspiel Virus!",
    "Doktorspiel-Set von Playmobil", "Red Bull", "die Band Placebo", "The Cure",
    "Herzinfarkt-Burger",
]
PRODUCT_HEALTH_EN = [
    "Corona Extra", "Dr Pepper", "Doc Martens", "the board game Pandemic", "Plague Inc.",
    "Fever-Tree tonic", "the Operation board game", "the card game Virus!", "Placebo tickets",
    "The Cure tickets", "a Heart Attack burger", "Sick Puppies vinyl", "Doctor Who box set",
    "the Grey's Anatomy box set",
]

HEALTH_CHARITY_DE = [
    "Deutsche Krebshilfe", "Deutsche Rheuma-Liga", "Deutsche Diabetes Hilfe", "Alzheimer Forschung Initiative",
    "DMSG", "Deutsche Herzstiftung", "Deutsche Aidshilfe", "Krebsliga Schweiz", "Kinderkrebshilfe",
    "Deutsche Depressionshilfe", "Lebenshilfe",
]
HEALTH_CHARITY_EN = [
    "Macmillan Cancer Support", "Cancer Research UK", "Diabetes UK", "Alzheimer's Society",
    "the MS Society", "British Heart Foundation", "Asthma + Lung UK", "Mind", "Parkinson's UK",
    "the American Cancer Society", "St Jude", "Terrence Higgins Trust",
]

# blind17: inflected forms (genitive / dative / plural) and person nouns that templates pick
# with {{TYPE:a|b}}; they are valid values of their TYPE but are not drawn by the plain
# {diag} / {symptom} / {med} / {treat} slots, which would put them into ungrammatical sentences.
DIAGNOSIS_DE_INFLECTED = [
    "Kreuzbandrisses", "Bluthochdrucks", "Herzinfarkts", "Schlaganfalls", "Lungenentzündungen",
    "Mittelohrentzündungen", "Blasenentzündungen", "Nierensteinen", "Gallensteinen",
    "Bandscheibenvorfalls", "Bandscheibenvorfällen", "einer Depression", "Borreliose-Infektion",
    "Rheumas", "Diabetikerin", "Diabetiker", "Asthmatiker", "Epileptikerin", "Allergikerin",
    "Allergiker", "Zöliakiebetroffene",
]
DIAGNOSIS_EN_INFLECTED = [
    "a broken nose", "a fractured wrist",
    "diabetic", "asthmatic", "epileptic", "coeliac", "chest infections", "panic disorders", "a stroke",
    "a heart attack", "a slipped disc", "a chest infection", "a UTI", "a migraine",
]
SYMPTOM_DE_INFLECTED = ["Schwindelattacken", "Fieberschüben", "Fieberschub", "Hustenanfälle",
                        "Hustenanfällen", "Bauchkrämpfen", "Migräneanfällen"]
SYMPTOM_EN_INFLECTED = ["coughing fits", "fevers", "a panic attack", "a rash", "a cough", "a sore throat", "a headache"]
MEDICATION_DE_INFLECTED = ["Ibuprofens", "Antibiotikums", "Blutdrucktabletten", "Schmerzpflaster",
                           "Fentanylpflaster", "Cortisontabletten", "Insulinpens"]
MEDICATION_EN_INFLECTED = ["antibiotic", "inhalers", "steroid cream", "fentanyl patches",
                           "blood pressure tablets", "statin"]
TREATMENT_DE_INFLECTED = ["Chemotherapien", "Chemos", "Physiotherapie-Termine", "Dialysen",
                          "Dialysetermine", "Bestrahlungstermine", "Reha-Aufenthalt",
                          "OP am Knie", "OP an der Hüfte", "Knie-OPs"]
TREATMENT_EN_INFLECTED = ["an MRI scan", "a colonoscopy", "a hip replacement", "a knee replacement", "chemo sessions", "dialysis sessions", "physio sessions",
                          "radiotherapy sessions", "knee op", "hip op"]
