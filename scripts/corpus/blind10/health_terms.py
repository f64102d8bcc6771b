"""Hand-picked health lexicon for blind10 (German and English)."""
import simple_icd_10_cm as _icd

DIAGNOSIS = {
    "de": ["Neurodermitis", "Asthma", "Migräne", "Diabetes Typ 2", "Depression", "Bluthochdruck", "Hashimoto",
           "Borreliose", "Gürtelrose", "Morbus Crohn", "Colitis ulcerosa", "Endometriose", "Schuppenflechte",
           "Epilepsie", "ADHS", "Zöliakie", "Laktoseintoleranz", "Long Covid", "Tinnitus", "Fibromyalgie",
           "Multiple Sklerose", "Rheuma", "Gicht", "Arthrose", "COPD", "Lungenentzündung", "Mittelohrentzündung",
           "Scharlach", "Windpocken", "Bandscheibenvorfall", "Burnout", "Angststörung", "Bronchitis",
           "Kreuzbandriss", "Schilddrüsenunterfunktion", "Hörsturz", "Sarkoidose", "Lipödem", "Pfeiffersches Drüsenfieber",
           "Magersucht", "Vorhofflimmern", "Heuschnupfen", "Nussallergie", "Typ-1-Diabetes", "Blasenentzündung"],
    "en": ["asthma", "eczema", "migraine", "type 2 diabetes", "depression", "high blood pressure", "coeliac disease",
           "Crohn's disease", "endometriosis", "psoriasis", "epilepsy", "ADHD", "long COVID", "fibromyalgia",
           "multiple sclerosis", "rheumatoid arthritis", "gout", "osteoarthritis", "COPD", "pneumonia", "ear infection",
           "chickenpox", "slipped disc", "burnout", "anxiety disorder", "bronchitis", "ACL tear", "hypothyroidism",
           "glandular fever", "Lyme disease", "shingles", "atrial fibrillation", "peanut allergy", "type 1 diabetes",
           "UTI", "PTSD", "sciatica", "tonsillitis", "hay fever", "ulcerative colitis", "PCOS", "bipolar disorder"],
}
SYMPTOM = {
    "de": ["Kopfschmerzen", "Schwindel", "Übelkeit", "Fieber", "Atemnot", "Brustschmerzen", "Rückenschmerzen",
           "Herzrasen", "Schlafstörungen", "Durchfall", "Husten", "Juckreiz", "Ausschlag", "Gelenkschmerzen",
           "Panikattacken", "Erschöpfung", "Taubheitsgefühl", "Sehstörungen", "Bauchkrämpfe", "Ohrensausen",
           "Schüttelfrost", "Nasenbluten", "Erbrechen", "Halsschmerzen", "Knieschmerzen", "Wadenkrämpfe"],
    "en": ["headaches", "dizziness", "nausea", "fever", "shortness of breath", "chest pain", "back pain",
           "palpitations", "insomnia", "diarrhoea", "cough", "itching", "rash", "joint pain", "panic attacks",
           "fatigue", "numbness", "blurred vision", "stomach cramps", "vomiting", "sore throat", "night sweats",
           "knee pain", "hives", "nosebleeds", "chills"],
}
MEDICATION = {
    "de": ["Metformin", "Ibuprofen", "Ramipril", "L-Thyroxin", "Sertralin", "Citalopram", "Methylphenidat",
           "Salbutamol", "Pantoprazol", "Amoxicillin", "Insulin glargin", "Bisoprolol", "Atorvastatin",
           "Levetiracetam", "Cortison", "Mirtazapin", "Novaminsulfon", "Tilidin", "Adalimumab", "Methotrexat",
           "Venlafaxin", "Candesartan", "Marcumar", "Lamotrigin", "Elvanse", "Ritalin", "Prednisolon", "Ozempic",
           "Amlodipin", "Escitalopram", "Cetirizin", "Diclofenac", "Tamoxifen", "Quetiapin"],
    "en": ["metformin", "ibuprofen", "sertraline", "fluoxetine", "amlodipine", "lisinopril", "levothyroxine",
           "omeprazole", "salbutamol", "amoxicillin", "atorvastatin", "prednisolone", "methotrexate", "adalimumab",
           "insulin", "warfarin", "apixaban", "co-codamol", "naproxen", "gabapentin", "propranolol", "lamotrigine",
           "Ozempic", "semaglutide", "Adderall", "montelukast", "EpiPen", "citalopram", "Zoloft", "Humira",
           "Lexapro", "mirtazapine", "tramadol", "lansoprazole"],
}
TREATMENT = {
    "de": ["Physiotherapie", "Chemotherapie", "Dialyse", "Psychotherapie", "Ergotherapie", "Logopädie",
           "Bestrahlung", "Knie-OP", "Reha", "Lymphdrainage", "Akupunktur", "Verhaltenstherapie", "Hüft-OP",
           "Magenspiegelung", "Darmspiegelung", "Insulintherapie", "Strahlentherapie", "Kinderwunschbehandlung",
           "Kaiserschnitt", "Wurzelbehandlung", "Infusionstherapie", "Stoßwellentherapie", "Manuelle Therapie",
           "Mandel-OP", "Hyposensibilisierung"],
    "en": ["physiotherapy", "chemotherapy", "dialysis", "CBT", "counselling", "speech therapy", "occupational therapy",
           "radiotherapy", "knee replacement", "hip replacement", "colonoscopy", "endoscopy", "IVF",
           "physical therapy", "cataract surgery", "root canal", "MRI scan", "allergy shots", "sports massage",
           "hydrotherapy", "tonsillectomy", "infusions", "rehab"],
}
ICD = ["F32.1", "F33.1", "F41.1", "F43.10", "J06.9", "M51.26", "K21.9", "E11.9", "I10", "J45.909", "G43.909",
       "L20.9", "F90.0", "K58.9", "R51.9", "M54.50", "M54.16", "E03.9", "F41.0", "K50.90", "K51.90", "N80.0", "L40.0",
       "G35", "E10.9", "J02.9", "B02.9", "S83.511A", "M17.11", "G40.909", "R42", "R11.0", "J20.9", "K29.70",
       "I48.91", "J44.9", "G47.00", "F43.21", "M79.7", "S93.401A", "J01.90", "A08.4", "N39.0", "H81.10", "F32.9"]
ICD = [c for c in ICD if _icd.is_valid_item(c)]

# hand-written realistic typos (written form -> intended term)
TYPOS = {
    "Neurodermitis": "Neurodermitiis", "Migräne": "Migrähne", "Bandscheibenvorfall": "Bandscheibenvorvall",
    "Metformin": "Metfomin", "Ibuprofen": "Iboprofen", "Physiotherapie": "Physiotherapi", "Schwindel": "Schwindell",
    "Rückenschmerzen": "Rückenschmertzen", "Endometriose": "Endometrioße", "Psychotherapie": "Psychoterapie",
    "Kopfschmerzen": "Kopfschmerzn", "Pantoprazol": "Pantoprazool", "Zöliakie": "Zöliaki", "Lymphdrainage": "Lymphdränage",
    "Hashimoto": "Hashimodo", "Methylphenidat": "Methylfenidat", "Fibromyalgie": "Fibromyalgi",
    "diarrhoea": "diarhea", "migraine": "migrane", "eczema": "exzema", "sertraline": "sertaline",
    "physiotherapy": "physiotheraphy", "ibuprofen": "ibuprophen", "dizziness": "dizzyness", "psoriasis": "psoriasys",
    "levothyroxine": "levothyroxin", "fibromyalgia": "fibromyalga", "endometriosis": "endometriossis",
    "gabapentin": "gabapenten", "palpitations": "palpatations", "sciatica": "siatica", "amoxicillin": "amoxicilin",
}
TYPOS_REV = {v: k for k, v in TYPOS.items()}

_LEX = {"DIAGNOSIS": DIAGNOSIS, "SYMPTOM": SYMPTOM, "MEDICATION": MEDICATION, "TREATMENT": TREATMENT}
_LOWER = {t: {w.lower(): w for lang in d.values() for w in lang} for t, d in _LEX.items()}


def lookup(typ, text):
    return _LOWER[typ].get(text.lower())


def terms(typ, lang):
    return _LEX[typ][lang]


DOSES = ["500 mg", "1000 mg", "5 mg", "10 mg", "20 mg", "40 mg", "2,5 mg", "75 µg", "100 µg", "50 mg", "400 mg",
         "1x täglich", "2x täglich"]
DOSES_EN = ["500mg", "20 mg", "10mg", "50 mg", "100mcg", "40mg", "5 mg", "once a day", "twice daily", "200 mg"]
