"""Health terms for blind set 13 (written from general knowledge, not copied from any list).

DIAGNOSIS / SYMPTOM / MEDICATION / TREATMENT in German and English, ICD-10(-CM) codes
(kept only if simple_icd_10_cm.is_valid_item accepts them), plus hard-negative lists:
PET_HEALTH (animal diagnoses - not personal health data) and FIGURATIVE (health words
used figuratively).
"""

DIAGNOSIS_DE = [
    "Bandscheibenvorfall", "Diabetes Typ 2", "Typ-1-Diabetes", "Bluthochdruck", "Asthma bronchiale",
    "Depression", "mittelgradige depressive Episode", "Angststörung", "Panikstörung",
    "Schilddrüsenunterfunktion", "Hashimoto-Thyreoiditis", "Morbus Crohn", "Colitis ulcerosa",
    "Reizdarmsyndrom", "Multiple Sklerose", "Epilepsie", "Migräne mit Aura", "Borreliose",
    "Gürtelrose", "Lungenentzündung", "Bronchitis", "Mandelentzündung", "Blasenentzündung",
    "Nierensteine", "Gallensteine", "Gicht", "rheumatoide Arthritis", "Arthrose im Knie",
    "Schuppenflechte", "Neurodermitis", "Endometriose", "Brustkrebs", "Prostatakrebs",
    "Darmkrebs", "Leukämie", "Burnout", "ADHS", "Long Covid", "Covid-19", "Tinnitus",
    "Hörsturz", "Grauer Star", "Glaukom", "Herzinsuffizienz", "Vorhofflimmern", "Herzinfarkt",
    "Schlaganfall", "Thrombose", "Lungenembolie", "Eisenmangelanämie", "Zöliakie",
    "Laktoseintoleranz", "Fibromyalgie", "Posttraumatische Belastungsstörung", "Bulimie",
    "Magersucht", "Schwangerschaftsdiabetes", "Kreuzbandriss", "Meniskusriss",
    "Sprunggelenksfraktur", "Schleudertrauma", "Gehirnerschütterung", "Karpaltunnelsyndrom",
    "Sehnenscheidenentzündung", "Pfeiffersches Drüsenfieber", "Scharlach", "Windpocken",
    "Hand-Fuß-Mund-Krankheit", "Handgelenksbruch", "Bänderriss", "Schulterluxation", "Rippenprellung", "Mittelohrentzündung", "Bindehautentzündung", "Nasennebenhöhlenentzündung",
]
DIAGNOSIS_EN = [
    "type 2 diabetes", "type 1 diabetes", "high blood pressure", "hypertension", "asthma", "COPD",
    "depression", "generalised anxiety disorder", "panic disorder", "bipolar disorder",
    "hypothyroidism", "Crohn's disease", "ulcerative colitis", "IBS", "multiple sclerosis",
    "epilepsy", "migraine", "Lyme disease", "shingles", "pneumonia", "bronchitis", "tonsillitis",
    "UTI", "kidney stones", "gallstones", "gout", "rheumatoid arthritis", "osteoarthritis",
    "psoriasis", "eczema", "endometriosis", "PCOS", "breast cancer", "prostate cancer",
    "bowel cancer", "leukaemia", "ADHD", "autism", "long COVID", "tinnitus", "glaucoma",
    "cataracts", "heart failure", "atrial fibrillation", "heart attack", "stroke", "DVT",
    "pulmonary embolism", "anaemia", "coeliac disease", "celiac disease", "fibromyalgia", "PTSD",
    "anorexia", "gestational diabetes", "torn ACL", "slipped disc", "concussion",
    "carpal tunnel syndrome", "glandular fever", "mono", "chickenpox", "scarlet fever",
    "ear infection", "conjunctivitis", "sinusitis", "sleep apnoea", "sleep apnea", "OCD",
    "postnatal depression", "chronic fatigue syndrome", "fractured wrist", "sprained ankle",
    "whiplash", "dislocated shoulder", "broken collarbone",
]
# injuries (subsets of the diagnosis lists) for accident / sports templates
INJURY_DE = ["Kreuzbandriss", "Meniskusriss", "Sprunggelenksfraktur", "Schleudertrauma",
             "Gehirnerschütterung", "Handgelenksbruch", "Bänderriss", "Schulterluxation", "Rippenprellung"]
INJURY_EN = ["torn ACL", "concussion", "fractured wrist", "sprained ankle", "whiplash",
             "dislocated shoulder", "broken collarbone", "slipped disc"]
SYMPTOM_DE = [
    "Kopfschmerzen", "Rückenschmerzen", "Brustschmerzen", "Bauchschmerzen", "Fieber", "Schüttelfrost",
    "Übelkeit", "Erbrechen", "Durchfall", "Verstopfung", "Schwindel", "Atemnot", "Herzrasen",
    "Herzstolpern", "Husten mit Auswurf", "Reizhusten", "Halsschmerzen", "Ohrenschmerzen",
    "Gelenkschmerzen", "Muskelkrämpfe", "Taubheitsgefühl in den Fingern", "Kribbeln in den Beinen",
    "Sehstörungen", "Doppelbilder", "Nachtschweiß", "Schlafstörungen", "Erschöpfung", "Appetitlosigkeit",
    "Gewichtsverlust", "Hautausschlag", "Juckreiz", "Schwellung am Knöchel", "Blut im Urin",
    "Sodbrennen", "Krampfanfall", "Ohnmacht", "Konzentrationsstörungen", "Panikattacken",
    "Zahnschmerzen", "geschwollene Lymphknoten", "Nasenbluten", "Wassereinlagerungen",
]
SYMPTOM_EN = [
    "headache", "back pain", "chest pain", "stomach ache", "fever", "chills", "nausea", "vomiting",
    "diarrhoea", "diarrhea", "constipation", "dizziness", "shortness of breath", "palpitations",
    "chesty cough", "dry cough", "sore throat", "earache", "joint pain", "muscle cramps",
    "numbness in my hands", "pins and needles", "blurred vision", "double vision", "night sweats",
    "insomnia", "fatigue", "loss of appetite", "weight loss", "rash", "itching", "swollen ankles",
    "blood in my urine", "heartburn", "seizure", "fainting", "brain fog", "panic attacks",
    "toothache", "swollen glands", "nosebleeds", "wheezing", "hives",
]
MEDICATION_DE = [
    "Ibuprofen 600", "Ibuprofen", "Paracetamol", "Novaminsulfon", "Metamizol", "Tilidin", "Tramadol",
    "Ramipril", "Candesartan", "Amlodipin", "Bisoprolol", "Metoprolol", "Metformin", "Insulin",
    "L-Thyroxin", "Euthyrox", "Pantoprazol", "Omeprazol", "Sertralin", "Citalopram", "Escitalopram",
    "Venlafaxin", "Mirtazapin", "Quetiapin", "Lorazepam", "Tavor", "Diazepam", "Ritalin",
    "Methylphenidat", "Elvanse", "Amoxicillin", "Penicillin", "Cefuroxim", "Doxycyclin",
    "Ciprofloxacin", "Cortison", "Prednisolon", "Salbutamol", "Budesonid", "Marcumar", "Xarelto",
    "Eliquis", "ASS 100", "Simvastatin", "Atorvastatin", "Pille", "Antibabypille", "Lyrica",
    "Pregabalin", "Gabapentin", "Vomex", "MCP-Tropfen", "Cetirizin", "Ozempic", "Mounjaro",
    "Adalimumab", "Humira", "Methotrexat", "Fenistil", "Voltaren",
]
MEDICATION_EN = [
    "ibuprofen", "paracetamol", "acetaminophen", "Tylenol", "Advil", "codeine", "tramadol",
    "ramipril", "lisinopril", "amlodipine", "bisoprolol", "metformin", "insulin", "levothyroxine",
    "omeprazole", "lansoprazole", "sertraline", "citalopram", "fluoxetine", "Prozac", "Zoloft",
    "venlafaxine", "mirtazapine", "quetiapine", "lorazepam", "diazepam", "Xanax", "Adderall",
    "methylphenidate", "amoxicillin", "penicillin", "doxycycline", "ciprofloxacin", "prednisolone",
    "prednisone", "salbutamol", "Ventolin", "albuterol", "warfarin", "apixaban", "rivaroxaban",
    "aspirin", "atorvastatin", "simvastatin", "the pill", "Microgynon", "pregabalin", "gabapentin",
    "cetirizine", "Ozempic", "Wegovy", "semaglutide", "methotrexate", "Humira", "naproxen",
    "co-codamol", "Sudafed", "EpiPen", "morphine",
]
TREATMENT_DE = [
    "Physiotherapie", "Chemotherapie", "Strahlentherapie", "Dialyse", "Psychotherapie",
    "Verhaltenstherapie", "Kniespiegelung", "Hüft-OP", "künstliches Hüftgelenk", "Bypass-OP",
    "Herzkatheter", "Stent", "Darmspiegelung", "Magenspiegelung", "MRT", "CT", "Ultraschall",
    "Blutabnahme", "Infusion", "Reha", "Kur", "Ergotherapie", "Logopädie", "Akupunktur",
    "Kaiserschnitt", "Blinddarm-OP", "Mandel-OP", "Grauer-Star-OP", "Wurzelbehandlung",
    "Zahnimplantat", "künstliche Befruchtung", "IVF", "Insulinpumpe", "Schmerztherapie",
    "Gipsverband", "Lymphdrainage", "Impfung gegen Hepatitis B", "Entzug", "stationäre Aufnahme",
    "Schlaflabor", "Allergietest", "Hyposensibilisierung",
]
TREATMENT_EN = [
    "physiotherapy", "physio", "chemotherapy", "chemo", "radiotherapy", "dialysis", "counselling",
    "CBT", "therapy sessions", "knee arthroscopy", "hip replacement", "knee replacement",
    "bypass surgery", "angioplasty", "stent", "colonoscopy", "endoscopy", "MRI scan", "CT scan",
    "ultrasound", "blood test", "blood tests", "IV drip", "rehab", "occupational therapy",
    "speech therapy", "acupuncture", "C-section", "appendectomy", "tonsillectomy",
    "cataract surgery", "root canal", "dental implant", "IVF", "insulin pump", "pain management",
    "cast", "smear test", "mammogram", "biopsy", "allergy testing", "sleep study", "detox",
    "skin graft", "hernia repair", "vasectomy",
]
ICD10 = [
    "J45.909", "J45.20", "E11.9", "E11.65", "E10.9", "I10", "F32.1", "F32.9", "F33.1", "F41.1",
    "F41.0", "F43.10", "F43.2", "F90.0", "F84.0", "F50.00", "E03.9", "E06.3", "K50.90", "K51.90",
    "K58.9", "G35", "G40.909", "G43.109", "G43.909", "A69.20", "B02.9", "J18.9", "J20.9", "J03.90",
    "N39.0", "N20.0", "K80.20", "M10.9", "M06.9", "M17.11", "M51.26", "M54.16", "L40.0", "L20.9",
    "N80.0", "E28.2", "C50.911", "C61", "C18.9", "C91.10", "U07.1", "H93.11", "H40.9", "H25.9",
    "I50.9", "I48.91", "I21.9", "I63.9", "I82.409", "I26.99", "D50.9", "K90.0", "M79.7", "G47.33",
    "S83.511A", "S06.0X0A", "G56.00", "B27.90", "O24.419", "R51.9", "R07.9", "R11.10", "Z34.90",
]

PET_HEALTH_DE = [
    "Zwingerhusten", "Katzenschnupfen", "Parvovirose", "Giardien", "Hüftdysplasie",
    "Ohrmilben", "Flohbefall", "Zeckenbiss", "Leishmaniose", "Felines Asthma",
    "Niereninsuffizienz bei der Katze", "Kastration", "Zahnsteinentfernung", "Wurmkur",
    "Tollwutimpfung", "Staupe", "Kreuzbandriss beim Hund", "Magendrehung", "Milben",
    "Hufrehe", "Spulwürmer", "Katzenseuche", "FIV", "Mauke",
]
PET_HEALTH_EN = [
    "kennel cough", "cat flu", "parvo", "giardia", "hip dysplasia", "ear mites", "fleas",
    "tick bite", "feline asthma", "kidney disease in cats", "neutering", "spaying",
    "dental scale and polish", "worming tablets", "rabies jab", "distemper", "cruciate ligament",
    "bloat", "mange", "laminitis", "roundworm", "feline leukaemia", "FIV", "hot spots",
]
FIGURATIVE_DE = [
    "das macht mich krank", "krank vor Sorge", "Kopfschmerzen bereitet", "zum Kotzen",
    "Fieber steigt", "Bauchschmerzen bei der Sache", "ein Albtraum", "total allergisch drauf",
    "Herzinfarkt bekommen", "Schnappatmung", "kriege die Krise", "fieberhaft",
    "krankes System", "Wahnsinn", "ich werd verrückt", "Migräne-Kandidat", "Hustensaft-Werbung",
    "Schmerzgrenze erreicht", "nervt tierisch", "Herzschmerz",
]
FIGURATIVE_EN = [
    "sick of waiting", "fever pitch", "migraine-inducing", "makes me sick", "headache",
    "a real pain", "heart attack", "gave me a heart attack", "allergic to paperwork",
    "paralysed by choice", "mental", "insane", "sick burn", "bleeding money", "painful",
    "a nightmare", "pain in the neck", "cancer on the industry", "crippling fees", "went viral",
]
