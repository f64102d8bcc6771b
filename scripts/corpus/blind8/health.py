"""Health term lists for the blind8 corpus (hand-written).

Slot lists hold minimal health expressions that fit the template frames
("ich habe {DIAG}", "wegen {SYMPT}", "I take {MED}", "because of my {TREAT}").
TYPOS maps a misspelled written form to its correct term; the misspelled form is
still labelled as the value (form "misspelled").
"""

DIAG = {
    "de": ["Migräne", "Typ-2-Diabetes", "Diabetes Typ 1", "Asthma", "Bluthochdruck", "Depressionen",
           "Rheuma", "Morbus Crohn", "Colitis ulcerosa", "Neurodermitis", "Schuppenflechte", "Hashimoto",
           "Epilepsie", "Multiple Sklerose", "Long Covid", "Borreliose", "Gürtelrose", "ADHS", "Fibromyalgie",
           "Endometriose", "Arthrose", "Osteoporose", "Gicht", "Parkinson", "Brustkrebs", "Darmkrebs",
           "Leukämie", "Herzinsuffizienz", "Vorhofflimmern", "COPD", "Zöliakie", "Laktoseintoleranz",
           "Pfeiffersches Drüsenfieber", "Corona", "Bronchitis", "Lungenentzündung", "Mandelentzündung",
           "Blasenentzündung", "Burnout", "PTBS", "Bulimie", "Schlafapnoe", "Niereninsuffizienz",
           "Hepatitis C", "Angstzustände", "Tinnitus", "Heuschnupfen", "Schilddrüsenunterfunktion",
           "Prostatakrebs", "Demenz", "Alzheimer", "Reizdarm", "Gastritis", "Magersucht"],
    "en": ["type 2 diabetes", "type 1 diabetes", "asthma", "high blood pressure", "depression", "anxiety",
           "migraines", "Crohn's disease", "ulcerative colitis", "eczema", "psoriasis", "hypothyroidism",
           "epilepsy", "multiple sclerosis", "long covid", "Lyme disease", "shingles", "ADHD", "fibromyalgia",
           "endometriosis", "arthritis", "rheumatoid arthritis", "osteoporosis", "gout", "Parkinson's",
           "dementia", "breast cancer", "bowel cancer", "leukaemia", "heart failure", "COPD", "coeliac disease",
           "celiac disease", "hay fever", "glandular fever", "covid", "bronchitis", "pneumonia", "tonsillitis",
           "PTSD", "sleep apnea", "kidney disease", "PCOS", "IBS", "bipolar disorder", "OCD", "glaucoma",
           "sciatica", "atrial fibrillation", "anorexia", "prostate cancer", "lupus", "tinnitus"],
}

SYMPT = {
    "de": ["Kopfschmerzen", "Fieber", "hohes Fieber", "Husten", "Durchfall", "Übelkeit", "Schwindel",
           "Rückenschmerzen", "Bauchschmerzen", "Schlafstörungen", "Atemnot", "Herzrasen", "Ausschlag",
           "Gliederschmerzen", "Halsschmerzen", "Erbrechen", "Brustschmerzen", "Panikattacken",
           "Ohrenschmerzen", "Sodbrennen", "Juckreiz", "Nasenbluten", "Krämpfe", "Gelenkschmerzen",
           "Schüttelfrost", "Magenkrämpfe", "starke Regelschmerzen", "Herzstolpern", "Nachtschweiß",
           "Taubheitsgefühle in den Fingern", "Sehstörungen", "chronische Erschöpfung", "Schmerzen im Knie"],
    "en": ["headaches", "a |fever", "a |high temperature", "a bad |cough", "diarrhoea", "diarrhea", "nausea",
           "dizziness", "back pain", "chronic back pain", "stomach pain", "insomnia", "shortness of breath",
           "heart palpitations", "a |rash", "chest pain", "vomiting", "a |sore throat", "panic attacks",
           "earache", "heartburn", "joint pain", "chills", "night sweats", "blurred vision",
           "numbness in my left arm", "stomach cramps", "severe period pain", "chronic fatigue",
           "knee pain", "a |migraine", "brain fog"],
}

MED = {
    "de": ["Ibuprofen 600", "Ibuprofen 400", "Metformin 1000", "L-Thyroxin 75", "L-Thyroxin 50 µg",
           "Ramipril 5 mg", "Sertralin 50 mg", "Citalopram", "Pantoprazol 40", "Salbutamol", "Insulin",
           "Marcumar", "Methylphenidat", "Ritalin", "Novaminsulfon", "Tilidin", "Metoprolol 47,5",
           "Amlodipin 5 mg", "Simvastatin", "Venlafaxin 75", "Quetiapin 25", "Lamotrigin", "Cortison",
           "Prednisolon 20 mg", "Xarelto", "Eliquis", "Ozempic", "Amoxicillin", "Mirtazapin 15 mg",
           "Tamoxifen", "Diclofenac", "Paracetamol 500", "Elvanse", "Concerta 36 mg", "Lyrica",
           "Pregabalin 75", "Bisoprolol 2,5", "Omeprazol 20", "Escitalopram 10 mg", "Fluoxetin"],
    "en": ["ibuprofen 400mg", "sertraline 50mg", "metformin", "levothyroxine 100mcg", "omeprazole 20mg",
           "Ventolin", "insulin", "warfarin", "Adderall", "methylphenidate", "co-codamol", "citalopram 20mg",
           "amlodipine 5mg", "atorvastatin", "propranolol", "naproxen", "prednisolone", "amoxicillin",
           "fluoxetine", "Prozac", "Zoloft", "Lexapro", "Wegovy", "Ozempic", "lithium", "lamotrigine",
           "tramadol", "codeine", "Vyvanse", "Elvanse", "mirtazapine", "gabapentin", "apixaban", "Humira",
           "methotrexate", "lansoprazole 30mg", "the |mini pill", "sumatriptan"],
}

TREAT = {
    "de": ["Physio", "Physiotherapie", "Reha", "Chemo", "Chemotherapie", "Strahlentherapie", "Dialyse",
           "Psychotherapie", "Verhaltenstherapie", "Ergotherapie", "Logopädie", "Bandscheiben-OP", "Knie-OP",
           "Hüft-OP", "Schmerztherapie", "Darmspiegelung", "Magenspiegelung", "Entgiftung", "Krankengymnastik",
           "Lymphdrainage", "Traumatherapie", "Gesprächstherapie", "Kinderwunschbehandlung", "Insulintherapie",
           "Immuntherapie", "Hyposensibilisierung"],
    "en": ["physio", "physiotherapy", "chemo", "chemotherapy", "radiotherapy", "dialysis", "CBT", "counselling",
           "rehab", "knee surgery", "hip replacement", "IVF", "speech therapy", "occupational therapy", "detox",
           "EMDR therapy", "physical therapy", "ACL surgery", "colonoscopy", "therapy", "immunotherapy",
           "gastric bypass surgery", "fertility treatment", "cardiac rehab"],
}

# written (typo) -> correct term, per type
TYPOS = {
    "DIAGNOSIS": {"Migräne": ["Migrene", "Migräene", "Migrähne"], "Depressionen": ["Depressionenn", "Depresionen"],
                  "Asthma": ["Astma", "Ashtma"], "Bluthochdruck": ["Bluthochdruk"], "Epilepsie": ["Epilepsi"],
                  "Endometriose": ["Endometrose"], "Neurodermitis": ["Neurodermites"], "Hashimoto": ["Hashimotho"],
                  "Fibromyalgie": ["Fibromialgie"],
                  "diabetes": ["diabetis", "diabeties"], "asthma": ["asthama", "asma"], "depression": ["depresion"],
                  "anxiety": ["anxeity", "anxiaty"], "migraines": ["migranes", "migrains"],
                  "endometriosis": ["endometriousis"], "psoriasis": ["sorisis", "psoriasus"],
                  "fibromyalgia": ["fibromyalga"], "pneumonia": ["pnuemonia", "neumonia"],
                  "bronchitis": ["bronchitus"], "eczema": ["exema", "eczma"]},
    "SYMPTOM": {"Kopfschmerzen": ["Kopfschmerzn", "Kopfschmertzen", "koppschmerzen"], "Durchfall": ["Durchfal", "Durchfahl"],
                "Übelkeit": ["Übelkiet", "Uebelkeit"], "Schwindel": ["Schwindl"], "Rückenschmerzen": ["Rückenschmerzn", "Rückenschmärzen"],
                "Bauchschmerzen": ["Bauchschmerzn", "Bauchschmertzen"], "Halsschmerzen": ["Halsschmerzn", "Halschmerzen"],
                "diarrhoea": ["diarhea", "diarrhoe", "diarreah"], "nausea": ["nausia", "nasuea"],
                "headaches": ["headakes", "headches"], "dizziness": ["dizzyness", "diziness"],
                "vomiting": ["vomitting"], "heartburn": ["heart burn"], "insomnia": ["insomia", "insomnea"],
                "palpitations": ["palpatations", "palpitaions"]},
    "MEDICATION": {"Ibuprofen": ["Ibuprophen", "Iboprofen", "Ibuproffen"], "Metformin": ["Metformim", "Metphormin"],
                   "L-Thyroxin": ["L-Tyroxin", "L-Thyroxim"], "Sertralin": ["Sertralien", "Setralin"],
                   "Pantoprazol": ["Pantoprazole", "Pantropazol"], "Paracetamol": ["Paracetamoll", "Parazetamol"],
                   "ibuprofen": ["ibuprophen", "ibroprofen"], "sertraline": ["sertaline", "setraline"],
                   "levothyroxine": ["levothyroxin", "levothyroxene"], "omeprazole": ["omeprazol", "omeprazle"],
                   "amoxicillin": ["amoxicilin", "amoxycillin", "amoxicillan"], "metformin": ["metfromin"],
                   "propranolol": ["propanolol", "propranalol"], "citalopram": ["citalipram"]},
    "TREATMENT": {"Physiotherapie": ["Physiotherapy", "Fisiotherapie"], "Chemotherapie": ["Chemotheraphie"],
                  "Psychotherapie": ["Psychotheraphie", "Psychoterapie"], "Dialyse": ["Dialise"],
                  "physiotherapy": ["physio therapy", "phisiotherapy"], "chemotherapy": ["chemotheraphy", "kemo"],
                  "counselling": ["councelling", "counceling"], "dialysis": ["dialisys", "dialysys"],
                  "colonoscopy": ["colonoscapy"]},
}
