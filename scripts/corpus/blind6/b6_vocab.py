"""Health vocabulary for the blind-6 corpus (written blind, from general knowledge of how
patients write to insurers, pharmacies, telemedicine services, HR and gyms).

English entries may carry an article ("a|slipped disc"): the article is emitted as plain
text before the span when a template asks for it with ``:a``.
"""

DIAG = {
    "de": [
        "Gürtelrose", "Migräne", "Bandscheibenvorfall", "Bronchitis", "Lungenentzündung", "Mittelohrentzündung",
        "Blasenentzündung", "Nierenbeckenentzündung", "Schilddrüsenunterfunktion", "Hashimoto", "Diabetes Typ 2",
        "Typ-1-Diabetes", "Bluthochdruck", "Vorhofflimmern", "Herzinsuffizienz", "Asthma", "COPD", "Neurodermitis",
        "Schuppenflechte", "Morbus Crohn", "Colitis ulcerosa", "Reizdarmsyndrom", "Zöliakie", "Laktoseintoleranz",
        "Depression", "mittelgradige depressive Episode", "Burnout", "Angststörung", "Panikstörung", "ADHS",
        "Borderline-Störung", "bipolare Störung", "PTBS", "Essstörung", "Magersucht", "Bulimie", "Alkoholabhängigkeit",
        "Long Covid", "Corona", "Influenza", "Pfeiffersches Drüsenfieber", "Scharlach", "Windpocken",
        "Hand-Mund-Fuß-Krankheit", "Borreliose", "Tinnitus", "Hörsturz", "grauer Star", "Glaukom",
        "Makuladegeneration", "Endometriose", "PCOS", "Schwangerschaftsdiabetes", "Brustkrebs", "Prostatakrebs",
        "Multiple Sklerose", "Parkinson", "Demenz", "Alzheimer", "Epilepsie", "Schlaganfall", "Thrombose",
        "Lungenembolie", "rheumatoide Arthritis", "Arthrose", "Gicht", "Osteoporose", "Fibromyalgie",
        "Kreuzbandriss", "Meniskusriss", "Tennisarm", "Karpaltunnelsyndrom", "Sehnenscheidenentzündung",
        "Fersensporn", "Skoliose", "Schleudertrauma", "Gehirnerschütterung", "Sprunggelenksfraktur", "Nierensteine",
        "Gallensteine", "Blinddarmentzündung", "Leistenbruch", "Schlafapnoe", "Heuschnupfen", "Pollenallergie",
        "Hausstauballergie", "Nussallergie", "Penicillinallergie", "Eisenmangel", "Anämie", "Vitamin-D-Mangel",
        "Hepatitis B", "HIV", "Krätze", "Fußpilz", "Nagelpilz", "Kopfläuse", "Akne", "Rosazea", "Gastritis",
        "Refluxkrankheit", "Magengeschwür", "Schwerhörigkeit", "Ischias", "Lumbago", "Autismus", "Zwangsstörung",
        "Schwangerschaftsvergiftung", "Wochenbettdepression", "Cannabisabhängigkeit", "Spielsucht", "Pflegegrad 3",
        "Pflegegrad 2", "GdB 50", "GdB 30", "Schwerbehinderung", "Frühgeburt", "Risikoschwangerschaft",
        "Mandelentzündung", "Nasennebenhöhlenentzündung", "Gürtelrose am Auge", "Herzmuskelentzündung",
        "Kniearthrose", "Hüftdysplasie", "Lipödem", "Lymphödem", "Psoriasis-Arthritis", "Sarkoidose", "Mukoviszidose",
    ],
    "en": [
        "shingles", "migraine", "a|slipped disc", "a|herniated disc", "bronchitis", "pneumonia", "an|ear infection",
        "a|UTI", "a|kidney infection", "hypothyroidism", "Hashimoto's", "type 2 diabetes", "type 1 diabetes",
        "high blood pressure", "hypertension", "AFib", "heart failure", "asthma", "COPD", "eczema", "psoriasis",
        "Crohn's disease", "ulcerative colitis", "IBS", "coeliac disease", "celiac disease", "lactose intolerance",
        "depression", "anxiety", "generalized anxiety disorder", "panic disorder", "ADHD", "bipolar disorder", "PTSD",
        "OCD", "anorexia", "bulimia", "alcohol dependence", "an|opioid addiction", "long COVID", "COVID", "the|flu",
        "glandular fever", "mono", "strep throat", "chickenpox", "Lyme disease", "tinnitus", "cataracts", "glaucoma",
        "endometriosis", "PCOS", "gestational diabetes", "breast cancer", "prostate cancer", "MS",
        "Parkinson's", "dementia", "Alzheimer's", "epilepsy", "a|stroke", "a|DVT", "a|pulmonary embolism",
        "rheumatoid arthritis", "osteoarthritis", "gout", "osteoporosis", "fibromyalgia", "a|torn ACL",
        "a|torn meniscus", "tennis elbow", "carpal tunnel syndrome", "plantar fasciitis", "scoliosis", "whiplash",
        "a|concussion", "a|broken ankle", "kidney stones", "gallstones", "appendicitis", "a|hernia", "sleep apnea",
        "sleep apnoea", "hay fever", "a|peanut allergy", "a|penicillin allergy", "iron deficiency anaemia",
        "anemia", "hepatitis C", "HIV", "scabies", "athlete's foot", "acne", "rosacea", "gastritis", "GERD",
        "a|stomach ulcer", "hearing loss", "sciatica", "pre-eclampsia", "postnatal depression", "postpartum depression",
        "autism", "an|eating disorder", "tonsillitis", "sinusitis", "a|frozen shoulder", "a|rotator cuff tear",
        "a|stress fracture", "vertigo", "lupus", "celiac", "a|high-risk pregnancy", "a|miscarriage",
        "ME/CFS", "a|gambling addiction", "Bell's palsy", "a|hiatal hernia",
    ],
}

SYMP = {
    "de": [
        "Fieber", "Schüttelfrost", "Husten", "Reizhusten", "Halsschmerzen", "Kopfschmerzen", "Rückenschmerzen",
        "Bauchkrämpfe", "Durchfall", "Übelkeit", "Erbrechen", "Schwindel", "Atemnot", "Brustschmerzen",
        "Herzstolpern", "Ausschlag", "Juckreiz", "Schlafstörungen", "Erschöpfung", "Gliederschmerzen",
        "Nackenschmerzen", "Taubheitsgefühl in den Fingern", "Kribbeln in den Beinen", "Sehstörungen",
        "Ohrensausen", "Nasenbluten", "Blut im Urin", "geschwollene Gelenke", "Wassereinlagerungen",
        "Hitzewallungen", "Zwischenblutungen", "Wehen", "Morgenübelkeit", "Appetitlosigkeit", "Gewichtsverlust",
        "Verstopfung", "Sodbrennen", "Schluckbeschwerden", "Heiserkeit", "Zahnschmerzen", "Ohrenschmerzen",
        "geschwollene Lymphknoten", "Konzentrationsprobleme", "Antriebslosigkeit", "Albträume", "Panikattacken",
        "Migräneanfälle", "Nachtschweiß", "Gelenkschmerzen", "Haarausfall", "Knieschmerzen", "Schulterschmerzen",
        "Krämpfe in den Waden", "Kreislaufprobleme", "Blähungen", "starke Regelschmerzen", "Bindehautentzündung",
        "Rückenschmerzen im Lendenbereich", "Gedächtnislücken", "Zittern", "Ohnmachtsanfall", "Bluthusten",
    ],
    "en": [
        "a|fever", "chills", "a|cough", "a|sore throat", "headaches", "back pain", "stomach cramps", "diarrhoea",
        "diarrhea", "nausea", "vomiting", "dizziness", "shortness of breath", "chest pain", "palpitations",
        "a|rash", "itching", "insomnia", "fatigue", "body aches", "neck pain", "numbness in my fingers",
        "tingling in my feet", "blurred vision", "ringing in my ears", "nosebleeds", "blood in my urine",
        "swollen joints", "swollen ankles", "hot flashes", "hot flushes", "spotting", "contractions",
        "morning sickness", "loss of appetite", "weight loss", "constipation", "heartburn", "trouble swallowing",
        "hoarseness", "a|toothache", "an|earache", "swollen glands", "brain fog", "panic attacks", "migraine attacks",
        "night sweats", "joint pain", "hair loss", "knee pain", "shoulder pain", "leg cramps", "fainting spells",
        "bloating", "period pain", "pink eye", "lower back pain", "memory problems", "tremors", "a|stiff neck",
        "a|migraine", "wheezing", "a|runny nose",
    ],
}

MED = {
    "de": [
        "Ibuprofen 600", "Ibuprofen 400", "Paracetamol", "Metamizol", "Novalgin", "Diclofenac", "Voltaren",
        "Amoxicillin", "Penicillin V", "Cefuroxim", "Doxycyclin", "L-Thyroxin 75", "L-Thyroxin 100",
        "Metformin 1000", "Lantus", "NovoRapid", "Ozempic", "Ramipril 5 mg", "Bisoprolol", "Amlodipin",
        "Candesartan", "Eliquis", "Xarelto", "Marcumar", "ASS 100", "Pantoprazol 40", "Omeprazol",
        "Sertralin 50 mg", "Citalopram", "Escitalopram", "Venlafaxin", "Mirtazapin", "Quetiapin", "Lithium",
        "Ritalin", "Medikinet", "Elvanse", "Salbutamol-Spray", "Budesonid", "Symbicort", "Prednisolon",
        "Cortison", "Cetirizin", "Loratadin", "Mometason-Nasenspray", "Tilidin", "Tramadol", "Oxycodon",
        "Pregabalin", "Gabapentin", "Sumatriptan", "Methotrexat", "Humira", "Folsäure", "Eisentabletten",
        "Vitamin D3 20.000 IE", "Antibabypille", "Duphaston", "Clexane-Spritzen", "Buscopan", "MCP-Tropfen",
        "Iberogast", "Macrogol", "Tavor", "Lorazepam", "Diazepam", "Zopiclon", "Methadon", "Subutex",
        "Nikotinpflaster", "Utrogest", "Letrozol", "Tamoxifen", "Insulin", "Mounjaro", "Wegovy",
        "Fenistil", "Aciclovir", "Valaciclovir", "Cotrim", "Fosfomycin", "Ciprofloxacin", "Simvastatin 20",
        "Atorvastatin", "Torasemid", "Spironolacton", "Levetiracetam", "Lamotrigin", "Madopar", "Donepezil",
    ],
    "en": [
        "ibuprofen", "Advil", "Tylenol", "acetaminophen", "paracetamol", "naproxen", "amoxicillin", "azithromycin",
        "a|Z-Pak", "doxycycline", "levothyroxine", "metformin", "insulin glargine", "Ozempic", "Wegovy", "Mounjaro",
        "lisinopril", "amlodipine", "losartan", "atorvastatin", "Lipitor", "Eliquis", "warfarin", "aspirin 81mg",
        "omeprazole", "pantoprazole", "sertraline", "Zoloft", "fluoxetine", "Prozac", "citalopram", "Lexapro",
        "venlafaxine", "Wellbutrin", "mirtazapine", "quetiapine", "lithium", "Adderall", "Ritalin", "Vyvanse",
        "an|albuterol inhaler", "Ventolin", "Symbicort", "prednisone", "cetirizine", "Zyrtec", "loratadine",
        "Claritin", "Flonase", "tramadol", "oxycodone", "gabapentin", "pregabalin", "sumatriptan", "methotrexate",
        "Humira", "folic acid", "iron tablets", "vitamin D", "the|pill", "an|EpiPen", "Xanax", "lorazepam",
        "diazepam", "Ambien", "methadone", "Suboxone", "naltrexone", "nicotine patches", "co-codamol", "Gaviscon",
        "propranolol", "metoprolol", "Jardiance", "Trulicity", "Dupixent", "Enbrel", "spironolactone", "finasteride",
        "letrozole", "tamoxifen", "progesterone", "Clomid", "nitrofurantoin", "ciprofloxacin", "fluconazole",
        "valacyclovir", "hydrocortisone cream", "Lamictal", "Keppra", "Sinemet", "donepezil", "buprenorphine",
    ],
}

TREAT = {
    "de": [
        "Knie-OP", "Hüft-OP", "Hüft-TEP", "Bandscheiben-OP", "Blinddarm-OP", "Kaiserschnitt", "Physiotherapie",
        "Physio", "Krankengymnastik", "manuelle Therapie", "Lymphdrainage", "Ergotherapie", "Logopädie",
        "Psychotherapie", "Verhaltenstherapie", "Reha", "Mutter-Kind-Kur", "Anschlussheilbehandlung",
        "Chemotherapie", "Chemo", "Bestrahlung", "Dialyse", "MRT", "CT", "Darmspiegelung", "Magenspiegelung",
        "Herzkatheter", "Stent", "Bypass-OP", "Katarakt-OP", "Augenlaser-OP", "Wurzelbehandlung", "Zahnimplantat",
        "Weisheitszahn-OP", "Zahnspange", "künstliche Befruchtung", "IVF", "Kinderwunschbehandlung", "Mammographie",
        "Entgiftung", "Entzug", "Tagesklinik", "Akupunktur", "Stoßwellentherapie", "Infusionstherapie",
        "Hörgeräte", "Hörgerät", "Rollator", "CPAP-Gerät", "Rollstuhl", "Einlagen", "Kompressionsstrümpfe",
        "Insulinpumpe", "Freestyle Libre", "Gipsverband", "Schulter-OP", "Kreuzband-OP", "Gebärmutterentfernung",
        "Mandel-OP", "Schilddrüsen-OP", "Magenbypass", "Hautkrebs-Screening", "Gastroskopie", "Koloskopie",
        "Herzschrittmacher", "Ultraschall", "Feindiagnostik", "Fruchtwasseruntersuchung", "Sterilisation",
        "Vasektomie", "Prothese", "Beinprothese", "Pflegebett", "Treppenlift", "Inhalationsgerät",
        "Blutzuckermessgerät", "Reha-Sport", "Funktionstraining", "Paartherapie", "Suchtberatung",
    ],
    "en": [
        "knee surgery", "a|hip replacement", "ACL reconstruction", "spinal fusion", "an|appendectomy", "a|C-section",
        "physio", "physical therapy", "PT", "occupational therapy", "speech therapy", "CBT", "therapy sessions",
        "counselling", "counseling", "rehab", "chemo", "radiotherapy", "dialysis", "an|MRI", "a|CT scan",
        "a|colonoscopy", "an|endoscopy", "an|angiogram", "a|stent", "bypass surgery", "cataract surgery", "LASIK",
        "a|root canal", "a|dental implant", "wisdom teeth removal", "braces", "IVF", "egg freezing", "a|mammogram",
        "detox", "an|inpatient psychiatric stay", "acupuncture", "iron infusions", "a|cast", "hearing aids",
        "a|hearing aid", "a|walker", "a|CPAP machine", "a|wheelchair", "orthotics", "compression stockings",
        "an|insulin pump", "a|Dexcom", "a|blood transfusion", "a|vasectomy", "a|hysterectomy", "a|tonsillectomy",
        "gastric bypass", "a|skin biopsy", "allergy shots", "an|ultrasound", "the|20-week scan", "stitches",
        "shoulder surgery", "a|pacemaker", "a|knee brace", "a|nebulizer", "a|stair lift", "a|mobility scooter",
        "a|prosthetic leg", "an|amniocentesis", "a|sleep study", "an|ECG", "a|Holter monitor", "a|biopsy",
        "radiation therapy", "a|lumpectomy", "a|mastectomy", "IUI", "EMDR", "DBT", "outpatient rehab",
    ],
}

# real ICD-10 codes (validated against simple_icd_10_cm at generation time)
ICD = [
    "F32.1", "F32.0", "F32.2", "F33.1", "F41.0", "F41.1", "F43.1", "F43.2", "F90.0", "F10.2", "F50.0", "F42.2",
    "F31.81", "F84.0", "E11.9", "E10.9", "E03.9", "E06.3", "E66.9", "E55.9", "I10", "I48.91", "I50.9", "I25.10",
    "J45.909", "J44.9", "J06.9", "J20.9", "J18.9", "J30.1", "J02.9", "J32.9", "M54.5", "M54.16", "M51.26",
    "M17.11", "M79.7", "M75.1", "M77.1", "M23.2", "M81.0", "M10.9", "K58.9", "K50.90", "K51.90", "K21.9",
    "K29.70", "K35.80", "K80.20", "K90.0", "G43.909", "G43.1", "G35", "G40.909", "G47.33", "G56.00", "G20",
    "H81.10", "H91.20", "H93.19", "H40.9", "L40.0", "L20.9", "L70.0", "N39.0", "N80.9", "N20.0", "O24.419",
    "O99.345", "R51.9", "R10.9", "R42", "R53.83", "B02.9", "B27.90", "A69.20", "U07.1", "U09.9", "S83.511A",
    "S06.0X0A", "S93.401A", "Z34.90", "C50.919", "C61", "D50.9", "E78.5", "N18.3", "G30.9", "F17.210",
]

# curated misspellings: canonical -> typo
TYPOS = {
    "Bronchitis": "Bronchitus", "Diabetes Typ 2": "Diabtes Typ 2", "Typ-1-Diabetes": "Typ-1-Diabetis",
    "Migräne": "Migrähne", "Lungenentzündung": "Lungenentzündnug", "Schilddrüsenunterfunktion": "Schilddrüssenunterfunktion",
    "Gürtelrose": "Gürtelrosse", "Neurodermitis": "Neurodermitits", "Asthma": "Astma", "Bandscheibenvorfall": "Bandscheibenvorfal",
    "Physiotherapie": "Physiotheraphie", "Paracetamol": "Parazetamol", "Ibuprofen 600": "Ibuprofén 600",
    "Ibuprofen 400": "Iboprofen 400", "Amoxicillin": "Amoxycillin", "Kopfschmerzen": "Kopfschmärzen",
    "Rückenschmerzen": "Rückenschmerze", "Schwindel": "Schwindl", "Durchfall": "Durchfal", "Übelkeit": "Übelkeiten",
    "Depression": "Depresion", "Angststörung": "Angstörung", "Tinnitus": "Tinitus", "Endometriose": "Endometrioese",
    "Sertralin 50 mg": "Sertalin 50 mg", "Metformin 1000": "Metfomin 1000", "Pantoprazol 40": "Pantoprazool 40",
    "Chemotherapie": "Chemotheraphie", "Darmspiegelung": "Darmspieglung", "Psychotherapie": "Psychoterapie",
    "Hörgeräte": "Hörgerähte", "Rollator": "Rolator", "Krankengymnastik": "Krankengymnasik", "Ergotherapie": "Ergoterapie",
    "Blasenentzündung": "Blasenentzündug", "Schlafapnoe": "Schlafapnö", "Kreuzbandriss": "Kreuzbandris",
    "Meniskusriss": "Miniskusriss", "Borreliose": "Boreliose", "Arthrose": "Athrose", "Rheuma": "Reuma",
    "bronchitis": "bronchitus", "type 2 diabetes": "type 2 diabtes", "ibuprofen": "ibuprofin", "pneumonia": "pnemonia",
    "eczema": "excema", "diarrhea": "diarhea", "diarrhoea": "diarrhoea".replace("rrh", "rh"), "tinnitus": "tinitus",
    "amoxicillin": "amoxicilin", "migraine": "migrane", "anxiety": "anxeity", "depression": "depresion",
    "psoriasis": "psoriasys", "asthma": "asthama", "fibromyalgia": "fibromyalgia".replace("my", "mi"),
    "colonoscopy": "colonscopy", "chemo": "kemo", "physio": "phsyio", "sertraline": "sertaline",
    "levothyroxine": "levothyroxin", "acetaminophen": "acetominophen", "osteoarthritis": "osteoarthritus",
    "rheumatoid arthritis": "rheumatoid athritis", "shingles": "shingels", "sciatica": "siatica", "gabapentin": "gabapentine",
    "hysterectomy": "hysterectomy".replace("ec", "e"), "endometriosis": "endometriossis", "fatigue": "fatigure",
    "nausea": "nausia", "dizziness": "dizzyness", "palpitations": "palpatations", "insomnia": "insomia",
    "headaches": "headackes", "hypothyroidism": "hypothyroidsm", "appendicitis": "appendicitus", "metformin": "metforman",
    "omeprazole": "omeprazol", "prednisone": "prednisolone".replace("olone", "one").replace("pred", "predd"),
}

ICD_PREFIX_TEXT = {
    "de": ["ICD", "ICD-10", "Diagnoseschlüssel", "Code", "ICD10"],
    "en": ["ICD", "ICD-10", "diagnosis code", "code", "ICD10"],
}

# diagnosis -> ICD-10 code, used when a template writes a diagnosis together with its code
# (only pairs whose code simple_icd_10_cm accepts are used)
ICD_FOR = {
    "Migräne": "G43.9", "migraine": "G43.9", "Bandscheibenvorfall": "M51.2", "slipped disc": "M51.2",
    "herniated disc": "M51.2", "Bronchitis": "J20.9", "bronchitis": "J20.9", "Lungenentzündung": "J18.9",
    "pneumonia": "J18.9", "Schilddrüsenunterfunktion": "E03.9", "hypothyroidism": "E03.9", "Hashimoto": "E06.3",
    "Hashimoto's": "E06.3", "Diabetes Typ 2": "E11.9", "type 2 diabetes": "E11.9", "Typ-1-Diabetes": "E10.9",
    "type 1 diabetes": "E10.9", "Bluthochdruck": "I10", "high blood pressure": "I10", "hypertension": "I10",
    "Asthma": "J45.9", "asthma": "J45.9", "COPD": "J44.9", "Neurodermitis": "L20.9", "eczema": "L20.9",
    "Morbus Crohn": "K50.9", "Crohn's disease": "K50.9", "Reizdarmsyndrom": "K58.9", "IBS": "K58.9",
    "Zöliakie": "K90.0", "coeliac disease": "K90.0", "celiac disease": "K90.0", "Depression": "F32.9",
    "depression": "F32.9", "mittelgradige depressive Episode": "F32.1", "Angststörung": "F41.9",
    "anxiety": "F41.9", "generalized anxiety disorder": "F41.1", "Panikstörung": "F41.0", "panic disorder": "F41.0",
    "ADHS": "F90.0", "ADHD": "F90.0", "PTBS": "F43.1", "PTSD": "F43.1", "Alkoholabhängigkeit": "F10.2",
    "alcohol dependence": "F10.2", "Long Covid": "U09.9", "long COVID": "U09.9", "Corona": "U07.1", "COVID": "U07.1",
    "Tinnitus": "H93.1", "tinnitus": "H93.1", "Endometriose": "N80.9", "endometriosis": "N80.9", "Gicht": "M10.9",
    "gout": "M10.9", "Fibromyalgie": "M79.7", "fibromyalgia": "M79.7", "Karpaltunnelsyndrom": "G56.0",
    "carpal tunnel syndrome": "G56.0", "Schlafapnoe": "G47.33", "sleep apnea": "G47.33", "sleep apnoea": "G47.33",
    "Gürtelrose": "B02.9", "shingles": "B02.9", "Pfeiffersches Drüsenfieber": "B27.9", "glandular fever": "B27.9",
    "mono": "B27.9", "Borreliose": "A69.2", "Lyme disease": "A69.2", "Heuschnupfen": "J30.1", "hay fever": "J30.1",
    "Lumbago": "M54.5", "Ischias": "M54.3", "sciatica": "M54.3", "Gastritis": "K29.7", "gastritis": "K29.7",
    "Blasenentzündung": "N30.0", "Epilepsie": "G40.9", "epilepsy": "G40.9", "Multiple Sklerose": "G35", "MS": "G35",
    "Kniearthrose": "M17.9", "Osteoporose": "M81.0", "osteoporosis": "M81.0", "Schuppenflechte": "L40.0",
    "psoriasis": "L40.0", "Nierensteine": "N20.0", "kidney stones": "N20.0", "Burnout": "Z73.0",
    "Anämie": "D64.9", "anemia": "D64.9", "Vitamin-D-Mangel": "E55.9", "Tennisarm": "M77.1",
    "tennis elbow": "M77.1", "Fersensporn": "M77.3", "plantar fasciitis": "M72.2", "Mandelentzündung": "J03.9",
    "tonsillitis": "J03.9", "Nasennebenhöhlenentzündung": "J32.9", "sinusitis": "J32.9", "Rosazea": "L71.9",
    "rosacea": "L71.9", "Akne": "L70.0", "acne": "L70.0", "Refluxkrankheit": "K21.9", "GERD": "K21.9",
    "bipolare Störung": "F31.9", "bipolar disorder": "F31.9", "Zwangsstörung": "F42.9", "OCD": "F42.9",
    "Parkinson": "G20", "Parkinson's": "G20", "Demenz": "F03.90", "dementia": "F03.90",
}

# subsets used where only a therapy course ("ther") or a bookable appointment ("appt") makes sense
TREAT_SUB = {
    ("de", "ther"): ["Physiotherapie", "Physio", "Krankengymnastik", "manuelle Therapie", "Lymphdrainage",
                     "Ergotherapie", "Logopädie", "Psychotherapie", "Verhaltenstherapie", "Akupunktur",
                     "Stoßwellentherapie", "Reha-Sport", "Funktionstraining", "Paartherapie", "Infusionstherapie"],
    ("en", "ther"): ["physio", "physical therapy", "PT", "occupational therapy", "speech therapy", "CBT",
                     "therapy sessions", "counselling", "counseling", "acupuncture", "EMDR", "DBT", "allergy shots",
                     "outpatient rehab", "iron infusions"],
    ("de", "appt"): ["MRT", "CT", "Darmspiegelung", "Magenspiegelung", "Mammographie", "Ultraschall", "Feindiagnostik",
                     "Hautkrebs-Screening", "Gastroskopie", "Koloskopie", "Wurzelbehandlung", "Akupunktur", "Physio",
                     "Psychotherapie", "Lymphdrainage", "Herzkatheter", "Fruchtwasseruntersuchung", "Ergotherapie"],
    ("en", "appt"): ["an|MRI", "a|CT scan", "a|colonoscopy", "an|endoscopy", "a|mammogram", "an|ultrasound",
                     "the|20-week scan", "a|sleep study", "an|ECG", "a|root canal", "physio", "CBT", "acupuncture",
                     "allergy shots", "a|biopsy", "an|angiogram", "a|skin biopsy"],
}

# mental-health subset, for templates about psychotherapy / day clinics
DIAG_SUB = {
    ("de", "psy"): ["Depression", "mittelgradige depressive Episode", "Burnout", "Angststörung", "Panikstörung", "ADHS",
                    "Borderline-Störung", "bipolare Störung", "PTBS", "Essstörung", "Zwangsstörung",
                    "Wochenbettdepression", "Spielsucht", "Magersucht", "Bulimie", "Alkoholabhängigkeit"],
    ("en", "psy"): ["depression", "anxiety", "generalized anxiety disorder", "panic disorder", "PTSD", "OCD",
                    "bipolar disorder", "an|eating disorder", "postnatal depression", "ADHD", "bulimia", "anorexia",
                    "a|gambling addiction", "alcohol dependence", "postpartum depression"],
}
