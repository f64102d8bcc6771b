"""Hand-made health lexicon (German + English) and hand-written typo table for blind set 11."""
import re
import unicodedata

HEALTH = {
    "de": {
        "DIAGNOSIS": ["Diabetes Typ 2", "Diabetes", "Asthma", "Migräne", "Bluthochdruck", "Depression",
                      "Epilepsie", "Morbus Crohn", "Multiple Sklerose", "Brustkrebs", "Long Covid",
                      "Burnout", "Bandscheibenvorfall", "Herzinsuffizienz", "Schilddrüsenunterfunktion",
                      "Rheuma", "Borreliose", "Gürtelrose", "Lungenentzündung", "Hepatitis C",
                      "ADHS", "Angststörung", "Zöliakie", "Arthrose", "Tinnitus", "Parkinson",
                      "Demenz", "Prostatakrebs", "Colitis ulcerosa", "Neurodermitis", "Schuppenflechte",
                      "Vorhofflimmern", "Hashimoto", "Endometriose", "Fibromyalgie", "COPD",
                      "Schwangerschaftsdiabetes", "Nierensteine", "Gicht", "Bronchitis", "Corona",
                      "Grippe", "Magen-Darm-Grippe", "Mandelentzündung", "Blasenentzündung",
                      "Bänderriss", "Kreuzbandriss", "Schlaganfall", "Herzinfarkt", "Essstörung",
                      "posttraumatische Belastungsstörung", "Laktoseintoleranz", "Heuschnupfen"],
        "SYMPTOM": ["Kopfschmerzen", "Fieber", "Schwindel", "Übelkeit", "Rückenschmerzen", "Atemnot",
                    "Brustschmerzen", "Durchfall", "Husten", "Schlafstörungen", "Herzrasen",
                    "Bauchschmerzen", "Gliederschmerzen", "Halsschmerzen", "Erbrechen", "Panikattacken",
                    "Hautausschlag", "Taubheitsgefühl", "Sehstörungen", "Ohrensausen", "Gelenkschmerzen",
                    "Schüttelfrost", "Nasenbluten", "Magenkrämpfe", "Erschöpfung", "Kurzatmigkeit"],
        "MEDICATION": ["Ibuprofen 600", "Ibuprofen", "Metformin", "Insulin", "L-Thyroxin", "Ramipril",
                       "Citalopram", "Sertralin", "Methylphenidat", "Ritalin", "Salbutamol",
                       "Cortison", "Novalgin", "Metamizol", "Pantoprazol", "Marcumar", "Eliquis",
                       "Lyrica", "Tilidin", "Venlafaxin", "Amoxicillin", "Antibiotika", "Sumatriptan",
                       "Bisoprolol", "Simvastatin", "die Pille", "Paracetamol", "Ozempic",
                       "Levetiracetam", "Prednisolon", "Opipramol", "Mirtazapin", "Candesartan"],
        "TREATMENT": ["Chemotherapie", "Dialyse", "Physiotherapie", "Psychotherapie", "Strahlentherapie",
                      "Reha", "Bypass-OP", "Knie-OP", "Hüft-OP", "Darmspiegelung", "Magenspiegelung",
                      "Insulintherapie", "Kinderwunschbehandlung", "Bandscheiben-OP", "Entgiftung",
                      "Verhaltenstherapie", "Ergotherapie", "Logopädie", "Wurzelbehandlung",
                      "Gallen-OP", "Blinddarm-OP", "Schilddrüsen-OP", "Kaiserschnitt", "Infusionstherapie"],
    },
    "en": {
        "DIAGNOSIS": ["type 2 diabetes", "diabetes", "asthma", "migraine", "high blood pressure",
                      "depression", "epilepsy", "Crohn's disease", "multiple sclerosis", "breast cancer",
                      "long COVID", "burnout", "a slipped disc", "heart failure", "an underactive thyroid",
                      "rheumatoid arthritis", "Lyme disease", "shingles", "pneumonia", "hepatitis C",
                      "ADHD", "anxiety disorder", "coeliac disease", "osteoarthritis", "tinnitus",
                      "Parkinson's", "dementia", "prostate cancer", "ulcerative colitis", "eczema",
                      "psoriasis", "atrial fibrillation", "endometriosis", "fibromyalgia", "COPD",
                      "gestational diabetes", "kidney stones", "gout", "bronchitis", "COVID",
                      "the flu", "norovirus", "tonsillitis", "a UTI", "a torn ACL", "a stroke",
                      "a heart attack", "an eating disorder", "PTSD", "lactose intolerance", "hay fever",
                      "sciatica", "glandular fever", "bipolar disorder"],
        "SYMPTOM": ["headaches", "a fever", "dizziness", "nausea", "back pain", "shortness of breath",
                    "chest pain", "diarrhoea", "a cough", "insomnia", "heart palpitations",
                    "stomach cramps", "aching joints", "a sore throat", "vomiting", "panic attacks",
                    "a rash", "numbness", "blurred vision", "ringing in my ears", "joint pain", "chills",
                    "nosebleeds", "fatigue", "breathlessness", "migraines"],
        "MEDICATION": ["ibuprofen", "metformin", "insulin", "levothyroxine", "ramipril", "citalopram",
                       "sertraline", "methylphenidate", "Ritalin", "salbutamol", "an inhaler",
                       "prednisolone", "codeine", "tramadol", "omeprazole", "warfarin", "apixaban",
                       "pregabalin", "venlafaxine", "amoxicillin", "antibiotics", "sumatriptan",
                       "bisoprolol", "atorvastatin", "the pill", "paracetamol", "Ozempic",
                       "lamotrigine", "fluoxetine", "mirtazapine", "naproxen", "Adderall"],
        "TREATMENT": ["chemotherapy", "chemo", "dialysis", "physiotherapy", "physio", "therapy",
                      "radiotherapy", "rehab", "bypass surgery", "knee surgery", "a hip replacement",
                      "a colonoscopy", "an endoscopy", "IVF", "IVF treatment", "CBT", "counselling",
                      "speech therapy", "a root canal", "gallbladder surgery", "a C-section",
                      "an MRI scan", "a biopsy", "a blood transfusion", "detox"],
    },
}

# hand-written typo table: misspelling -> canonical lexicon entry
TYPO = {
    "Diabetis": "Diabetes", "Diabetis Typ 2": "Diabetes Typ 2", "Migräne": "Migräne", "Migrähne": "Migräne",
    "Migraene": "Migräne", "Astma": "Asthma", "Asthmaa": "Asthma", "Depresion": "Depression",
    "Depressionen": "Depression", "Epilepsy": "Epilepsie", "Bluthochdrck": "Bluthochdruck",
    "Bluthochdruk": "Bluthochdruck", "Borelliose": "Borreliose", "Gürtelrosse": "Gürtelrose",
    "Lungenentzündnug": "Lungenentzündung", "Rheumma": "Rheuma", "Arthrosse": "Arthrose",
    "Tinitus": "Tinnitus", "Parkinsson": "Parkinson", "Zölliakie": "Zöliakie", "Hashimotto": "Hashimoto",
    "Endometriosse": "Endometriose", "Neurodermitits": "Neurodermitis", "Kopfschmertzen": "Kopfschmerzen",
    "Kopfschmerzn": "Kopfschmerzen", "Schwindell": "Schwindel", "Übelkeitt": "Übelkeit",
    "Ubelkeit": "Übelkeit", "Rückenschmertzen": "Rückenschmerzen", "Ruckenschmerzen": "Rückenschmerzen",
    "Durchfal": "Durchfall", "Herzrassen": "Herzrasen", "Halschmerzen": "Halsschmerzen",
    "Ibuprofeen": "Ibuprofen", "Ibuprophen": "Ibuprofen", "Ibuprofen 600er": "Ibuprofen 600",
    "Metfomin": "Metformin", "Insullin": "Insulin", "L-Tyroxin": "L-Thyroxin", "L Thyroxin": "L-Thyroxin",
    "Ritallin": "Ritalin", "Kortison": "Cortison", "Novalgine": "Novalgin", "Pantopazol": "Pantoprazol",
    "Antibiotica": "Antibiotika", "Paracetamoll": "Paracetamol", "Chemoterapie": "Chemotherapie",
    "Chemotherapi": "Chemotherapie", "Dialise": "Dialyse", "Physioterapie": "Physiotherapie",
    "Psychoterapie": "Psychotherapie", "Darmspieglung": "Darmspiegelung", "Reeha": "Reha",
    # English
    "diabetis": "diabetes", "type 2 diabetis": "type 2 diabetes", "asthama": "asthma", "ashtma": "asthma",
    "migrane": "migraine", "migrain": "migraine", "depresion": "depression", "epilepsey": "epilepsy",
    "Chron's disease": "Crohn's disease", "Crohns disease": "Crohn's disease", "demensia": "dementia",
    "exzema": "eczema", "excema": "eczema", "psoriasys": "psoriasis", "bronchitus": "bronchitis",
    "tonsilitis": "tonsillitis", "pnemonia": "pneumonia", "numonia": "pneumonia", "shingels": "shingles",
    "artritis": "osteoarthritis", "osteoarthritus": "osteoarthritis", "tinitus": "tinnitus",
    "headachs": "headaches", "head aches": "headaches", "diarrhea": "diarrhoea", "diarhea": "diarrhoea",
    "diarrhoea ": "diarrhoea", "dizzyness": "dizziness", "nausia": "nausea", "nausiea": "nausea",
    "insomina": "insomnia", "fatige": "fatigue", "ibuprofin": "ibuprofen", "ibuprophen": "ibuprofen",
    "metformine": "metformin", "insulen": "insulin", "levothyroxin": "levothyroxine",
    "sertaline": "sertraline", "setraline": "sertraline", "amoxicilin": "amoxicillin",
    "antibiotcs": "antibiotics", "paracetemol": "paracetamol", "perscription": None,
    "chemotheraphy": "chemotherapy", "chemo therapy": "chemotherapy", "dialisis": "dialysis",
    "dyalysis": "dialysis", "physiotheraphy": "physiotherapy", "physio therapy": "physiotherapy",
    "radiotheraphy": "radiotherapy", "colonoscapy": "a colonoscopy",
}
TYPO = {k: v for k, v in TYPO.items() if v is not None and k.strip() != v}

_INDEX = {}
for _lang, _d in HEALTH.items():
    for _t, _words in _d.items():
        for _w in _words:
            _INDEX[_w.lower()] = _t


def _norm(s: str) -> str:
    s = unicodedata.normalize("NFKC", s).replace("\u00ad", "").replace("\u200b", "")
    return re.sub(r"\s+", " ", s).strip()


def lookup_health(span: str):
    s = _norm(span)
    if s.lower() in _INDEX:
        return _INDEX[s.lower()]
    for k, v in TYPO.items():
        if k.lower() == s.lower():
            return _INDEX[v.lower()]
    return None


def typos_for(canon: str):
    return [k for k, v in TYPO.items() if v == canon]
