"""Hand-made health term lists for the blind12 generator (written blind).

Each list holds terms that, when they concern the writer or a person whose
data the writer shares, are labelled HEALTH values of the given type.
"""

DIAGNOSIS_DE = [
    "Diabetes Typ 2", "Typ-1-Diabetes", "Bluthochdruck", "Hypertonie", "Asthma bronchiale",
    "Migräne", "Depression", "mittelgradige depressive Episode", "Angststörung", "Panikstörung",
    "Bandscheibenvorfall", "Schilddrüsenunterfunktion", "Hashimoto", "Morbus Crohn",
    "Colitis ulcerosa", "rheumatoide Arthritis", "Kniearthrose", "Borreliose", "Gürtelrose",
    "Lungenentzündung", "Bronchitis", "Mittelohrentzündung", "Blasenentzündung", "Nierensteine",
    "Gallensteine", "Epilepsie", "Multiple Sklerose", "Parkinson", "ADHS", "Neurodermitis",
    "Schuppenflechte", "Laktoseintoleranz", "Zöliakie", "Long Covid", "Tinnitus", "Burnout",
    "Bulimie", "Magersucht", "Endometriose", "PCOS", "Vorhofflimmern", "Herzinsuffizienz",
    "Brustkrebs", "Prostatakrebs", "Leukämie", "Lipödem", "Fibromyalgie", "Schlafapnoe",
    "Kreuzbandriss", "Meniskusriss", "Tennisarm", "Karpaltunnelsyndrom",
    "Schwangerschaftsdiabetes", "Eisenmangelanämie", "Reizdarmsyndrom",
    "Sehnenscheidenentzündung", "Pfeiffersches Drüsenfieber", "Hörsturz", "grauer Star",
    "Glaukom", "Penicillinallergie", "Nussallergie", "bipolare Störung",
    "posttraumatische Belastungsstörung", "Alkoholabhängigkeit", "Gicht", "Osteoporose",
    "Thrombose", "Lungenembolie", "Nierenschwäche", "Fettleber", "Hepatitis B", "HIV-positiv",
    "Schlaganfall", "Herzinfarkt", "Sprunggelenksfraktur", "Schienbeinkantensyndrom",
]

DIAGNOSIS_EN = [
    "type 2 diabetes", "type 1 diabetes", "high blood pressure", "hypertension", "asthma",
    "migraine", "depression", "generalised anxiety disorder", "panic disorder",
    "slipped disc", "herniated disc", "underactive thyroid", "hypothyroidism",
    "Hashimoto's", "Crohn's disease", "ulcerative colitis", "rheumatoid arthritis",
    "osteoarthritis", "Lyme disease", "shingles", "pneumonia", "bronchitis", "ear infection",
    "UTI", "urinary tract infection", "kidney stones", "gallstones", "epilepsy",
    "multiple sclerosis", "Parkinson's", "ADHD", "eczema", "psoriasis", "lactose intolerance",
    "coeliac disease", "celiac disease", "long covid", "tinnitus", "burnout", "bulimia",
    "anorexia", "endometriosis", "PCOS", "atrial fibrillation", "heart failure",
    "breast cancer", "prostate cancer", "leukaemia", "lipoedema", "fibromyalgia",
    "sleep apnoea", "sleep apnea", "torn ACL", "torn meniscus", "tennis elbow",
    "carpal tunnel syndrome", "gestational diabetes", "iron deficiency anaemia", "IBS",
    "glandular fever", "mono", "cataracts", "glaucoma", "penicillin allergy", "peanut allergy",
    "bipolar disorder", "PTSD", "gout", "osteoporosis", "DVT", "pulmonary embolism",
    "chronic kidney disease", "fatty liver", "hepatitis C", "HIV", "stroke", "heart attack",
    "broken ankle", "shin splints", "autism", "dyslexia", "COPD",
]

SYMPTOM_DE = [
    "Schwindel", "Übelkeit", "Durchfall", "Erbrechen", "Fieber", "Schüttelfrost", "Atemnot",
    "Herzrasen", "Brustschmerzen", "Rückenschmerzen", "Bauchkrämpfe", "Hautausschlag",
    "Juckreiz", "Schlafstörungen", "Gelenkschmerzen", "Taubheitsgefühl in den Fingern",
    "Sodbrennen", "Husten mit Auswurf", "Halsschmerzen", "geschwollene Lymphknoten",
    "Nachtschweiß", "Blut im Urin", "Ohrensausen", "Sehstörungen", "Kribbeln in den Beinen",
    "Appetitlosigkeit", "starker Gewichtsverlust", "Panikattacken", "Konzentrationsstörungen",
    "Erschöpfung", "Wassereinlagerungen", "Heiserkeit", "Nasenbluten", "Zahnschmerzen",
    "Regelschmerzen", "Magenschmerzen", "Verstopfung", "Muskelkrämpfe", "Kopfschmerzen",
    "Migräneattacken", "Gliederschmerzen", "Schluckbeschwerden", "Bluthusten",
    "Ohnmachtsanfälle", "Haarausfall", "Krampfanfälle", "Zittern", "Knieschmerzen",
    "Ischiasschmerzen", "Stiche in der Brust", "Blähungen", "trockener Husten",
]

SYMPTOM_EN = [
    "dizziness", "nausea", "diarrhoea", "diarrhea", "vomiting", "a fever", "chills",
    "shortness of breath", "heart palpitations", "chest pain", "back pain", "stomach cramps",
    "a rash", "itching", "insomnia", "joint pain", "numbness in my fingers", "heartburn",
    "a chesty cough", "a sore throat", "swollen glands", "night sweats", "blood in my urine",
    "ringing in my ears", "blurred vision", "pins and needles", "loss of appetite",
    "weight loss", "panic attacks", "brain fog", "fatigue", "swollen ankles", "a hoarse voice",
    "nosebleeds", "toothache", "period pain", "stomach ache", "constipation", "muscle cramps",
    "headaches", "a migraine", "body aches", "trouble swallowing", "coughing up blood",
    "fainting spells", "hair loss", "seizures", "tremors", "knee pain", "sciatica",
    "bloating", "a dry cough", "earache",
]

MEDICATION_DE = [
    "Ibuprofen 600", "Metformin", "L-Thyroxin 75", "Ramipril 5 mg", "Bisoprolol",
    "Pantoprazol 40 mg", "Amoxicillin", "Cortison", "Prednisolon", "Salbutamol-Spray",
    "Insulin", "Lantus", "Marcumar", "Eliquis", "Xarelto", "Novaminsulfon", "Metamizol",
    "Tilidin", "Sertralin", "Citalopram", "Venlafaxin", "Methylphenidat", "Ritalin",
    "Lamotrigin", "Levetiracetam", "Simvastatin", "Atorvastatin 20", "Candesartan",
    "Amlodipin", "Antibabypille", "Cetirizin", "Diclofenac", "Novalgin", "Tamoxifen",
    "Methotrexat", "Humira", "Ozempic", "Mounjaro", "ASS 100", "Mirtazapin", "Quetiapin",
    "Lorazepam", "Tavor", "Opipramol", "Pregabalin", "Gabapentin", "Cotrim", "Ciprofloxacin",
    "Doxycyclin", "Clexane-Spritzen", "Euthyrox", "Torasemid", "Spiriva", "Symbicort",
    "Foster Spray", "Elvanse", "Valproat", "Levodopa",
]

MEDICATION_EN = [
    "ibuprofen 400", "metformin", "levothyroxine", "ramipril", "bisoprolol", "omeprazole",
    "amoxicillin", "prednisolone", "Ventolin inhaler", "salbutamol", "insulin", "Lantus",
    "warfarin", "apixaban", "Xarelto", "co-codamol", "tramadol", "sertraline", "citalopram",
    "fluoxetine", "venlafaxine", "Adderall", "Ritalin", "methylphenidate", "lamotrigine",
    "levetiracetam", "atorvastatin", "simvastatin", "amlodipine", "the pill", "Microgynon",
    "cetirizine", "naproxen", "diclofenac gel", "tamoxifen", "methotrexate", "Humira",
    "Ozempic", "Wegovy", "Mounjaro", "aspirin 75mg", "mirtazapine", "quetiapine",
    "diazepam", "Xanax", "pregabalin", "gabapentin", "doxycycline", "ciprofloxacin",
    "nitrofurantoin", "Fostair", "Symbicort", "Lisinopril", "losartan", "Zoloft",
    "Lexapro", "Wellbutrin", "propranolol",
]

TREATMENT_DE = [
    "Physiotherapie", "Chemotherapie", "Bestrahlung", "Dialyse", "Psychotherapie",
    "Verhaltenstherapie", "Knie-OP", "Hüft-OP", "neue Hüftprothese", "Bypass-Operation",
    "Blinddarm-OP", "Kaiserschnitt", "Darmspiegelung", "Magenspiegelung", "MRT vom Knie",
    "CT vom Kopf", "Herzkatheter", "Stent", "Reha", "Ergotherapie", "Logopädie",
    "Akupunktur", "Wurzelbehandlung", "Weisheitszahn-OP", "Gipsverband",
    "künstliche Befruchtung", "IVF-Behandlung", "Insulintherapie", "Infusionen",
    "Schilddrüsen-OP", "Mandel-OP", "Augenlaser", "Katarakt-OP", "Krankengymnastik",
    "Lymphdrainage", "Entzugsbehandlung", "Substitutionstherapie", "Stoßwellentherapie",
    "Kortisonspritze", "Bandscheiben-OP", "Gallenblasen-OP", "Mammografie", "Biopsie",
    "Strahlentherapie", "Gesprächstherapie", "Tagesklinik", "Hörgeräteanpassung",
    "Bluttransfusion", "Leistenbruch-OP", "Kreuzband-OP",
]

TREATMENT_EN = [
    "physiotherapy", "physio", "chemotherapy", "chemo", "radiotherapy", "dialysis",
    "counselling", "CBT", "knee surgery", "hip replacement", "bypass surgery",
    "appendix removal", "C-section", "colonoscopy", "endoscopy", "an MRI on my knee",
    "a CT scan", "cardiac catheterisation", "a stent", "rehab", "occupational therapy",
    "speech therapy", "acupuncture", "a root canal", "wisdom tooth extraction",
    "a cast on my arm", "IVF", "insulin therapy", "IV infusions", "thyroid surgery",
    "tonsillectomy", "laser eye surgery", "cataract surgery", "lymphatic drainage",
    "detox programme", "methadone treatment", "shockwave therapy", "a cortisone injection",
    "spinal surgery", "gallbladder removal", "a mammogram", "a biopsy", "radiation therapy",
    "talk therapy", "day clinic treatment", "hearing aid fitting", "a blood transfusion",
    "hernia repair", "ACL reconstruction", "a hysterectomy",
]

# ICD-10 codes (checked against simple_icd_10_cm at generation time; invalid ones dropped)
ICD10 = [
    "E11.9", "I10", "J45.909", "F32.1", "F41.1", "M54.50", "M51.26", "K50.90", "K51.90",
    "G43.909", "G40.909", "E03.9", "E06.3", "N39.0", "J18.9", "J20.9", "H66.90", "L20.9",
    "L40.0", "F90.0", "G35", "G20", "I48.91", "I50.9", "C50.911", "C61", "K58.9", "K21.9",
    "M17.11", "R51.9", "R42", "R11.0", "B02.9", "U07.1", "F43.10", "E66.9", "D50.9",
    "N80.9", "E28.2", "H40.9", "H25.9", "H91.90", "F33.1", "F10.20", "M79.7", "G47.33",
    "J06.9", "A09", "K29.70", "M25.561", "S83.511A", "F41.0", "F50.2", "E78.5", "M10.9",
    "N20.0", "K80.20", "G56.00", "M77.10", "F84.0", "J44.9", "I63.9", "I21.9", "F31.9",
]
