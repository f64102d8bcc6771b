"""Health terms and hard-negative phrase lists for blind set 19.

Written fresh for blind19 (pharmacies, gyms, telecoms, chargebacks, landlords, car rental and
car sharing, insurance claims, dating / support apps, food delivery, parcel lockers, streaming
and gaming accounts, public authorities, pension funds, universities, vets, sports clubs,
home care, helplines, pasted chatbot prompts).  A health VALUE is the condition, symptom,
medication or treatment of a real person; the phrase lists at the bottom are HARD NEGATIVES
(health words about animals, objects, fiction, products, idioms, general topics ...).
"""

# ---------------------------------------------------------------------------
# DIAGNOSIS
DIAGNOSIS_DE = [
    "Bluthochdruck", "Diabetes Typ 2", "Diabetes Typ 1", "Typ-1-Diabetes", "Typ-2-Diabetes", "Diabetes",
    "Schilddrüsenunterfunktion", "Schilddrüsenüberfunktion", "Hashimoto", "Morbus Basedow", "Asthma",
    "Asthma bronchiale", "COPD", "Neurodermitis", "Schuppenflechte", "Psoriasis", "Rosazea",
    "Migräne", "Epilepsie", "Multiple Sklerose", "MS", "Parkinson", "Morbus Parkinson", "Demenz",
    "Alzheimer", "Alzheimer-Demenz", "Depression", "depressive Episode", "schwere Depression",
    "Angststörung", "Panikstörung", "generalisierte Angststörung", "Zwangsstörung", "bipolare Störung",
    "Borderline", "Borderline-Störung", "PTBS", "posttraumatische Belastungsstörung", "Burnout",
    "Essstörung", "Magersucht", "Bulimie", "Binge-Eating-Störung", "ADHS", "ADS", "Autismus",
    "Asperger-Syndrom", "Legasthenie", "Dyskalkulie", "Schizophrenie", "Psychose", "Alkoholsucht",
    "Alkoholabhängigkeit", "Spielsucht", "Medikamentenabhängigkeit", "Brustkrebs", "Darmkrebs",
    "Prostatakrebs", "Lungenkrebs", "Hautkrebs", "schwarzer Hautkrebs", "Leukämie", "Lymphom",
    "Hodenkrebs", "Eierstockkrebs", "Gebärmutterhalskrebs", "Krebs", "Tumor", "Hirntumor",
    "Herzinsuffizienz", "Herzschwäche", "Vorhofflimmern", "Herzrhythmusstörungen", "Herzinfarkt",
    "Schlaganfall", "Thrombose", "Lungenembolie", "Arteriosklerose", "koronare Herzkrankheit",
    "Niereninsuffizienz", "chronische Niereninsuffizienz", "Nierensteine", "Gallensteine",
    "Morbus Crohn", "Colitis ulcerosa", "Reizdarm", "Reizdarmsyndrom", "Zöliakie", "Laktoseintoleranz",
    "Fruktoseintoleranz", "Histaminintoleranz", "Erdnussallergie", "Nussallergie", "Haselnussallergie",
    "Sesamallergie", "Fischallergie", "Eiallergie", "Milcheiweißallergie", "Weizenallergie",
    "Penicillinallergie", "Heuschnupfen", "Pollenallergie", "Hausstauballergie", "Tierhaarallergie",
    "Wespengiftallergie", "Sonnenallergie", "Rheuma", "rheumatoide Arthritis", "Arthrose",
    "Kniearthrose", "Gicht", "Osteoporose", "Fibromyalgie", "Morbus Bechterew", "Lupus",
    "Bandscheibenvorfall", "Hexenschuss", "Ischias", "Skoliose", "Spinalkanalstenose",
    "Karpaltunnelsyndrom", "Tennisarm", "Sehnenscheidenentzündung", "Schleimbeutelentzündung",
    "Endometriose", "PCOS", "Myome", "Schwangerschaftsdiabetes", "Präeklampsie", "Fehlgeburt",
    "Schwangerschaft", "Risikoschwangerschaft", "Frühgeburt", "Wochenbettdepression", "Unfruchtbarkeit",
    "Long Covid", "Post-Covid-Syndrom", "ME/CFS", "chronisches Erschöpfungssyndrom", "Covid",
    "Corona", "Grippe", "Influenza", "Lungenentzündung", "Bronchitis", "Mandelentzündung",
    "Nebenhöhlenentzündung", "Mittelohrentzündung", "Blasenentzündung", "Nierenbeckenentzündung",
    "Gürtelrose", "Windpocken", "Scharlach", "Keuchhusten", "Masern", "Mumps", "Hand-Fuß-Mund-Krankheit",
    "Magen-Darm-Grippe", "Noroviren", "Lebensmittelvergiftung", "Salmonellen", "Blinddarmentzündung",
    "Magengeschwür", "Gastritis", "Refluxkrankheit", "Fettleber", "Hepatitis B", "Hepatitis C", "HIV",
    "Borreliose", "FSME", "Tinnitus", "Hörsturz", "Schwerhörigkeit", "gehörlos", "Gehörlosigkeit",
    "Grauer Star", "Grüner Star", "Makuladegeneration", "Netzhautablösung", "Kurzsichtigkeit",
    "Parodontitis", "Karies", "Zahnfleischentzündung", "Kieferentzündung", "Zahnwurzelentzündung",
    "Anämie", "Blutarmut", "Eisenmangel", "Vitamin-D-Mangel", "Vitamin-B12-Mangel", "Adipositas",
    "Schlafapnoe", "Narkolepsie", "Restless Legs", "Polyneuropathie", "Inkontinenz", "Harninkontinenz",
    "Dekubitus", "Querschnittslähmung", "Halbseitenlähmung", "Spastik", "Trisomie 21", "Down-Syndrom",
    "Mukoviszidose", "Hämophilie", "Sichelzellanämie", "Herzfehler", "Glutenunverträglichkeit",
    "Nahrungsmittelallergie", "Neurodermitisschub", "Hypertonie", "Hypothyreose", "Angina",
    "Kreuzbandriss", "Meniskusriss",
]
DIAGNOSIS_EN = [
    "high blood pressure", "hypertension", "type 2 diabetes", "type 1 diabetes", "diabetes",
    "underactive thyroid", "hypothyroidism", "overactive thyroid", "Graves' disease", "Hashimoto's",
    "asthma", "COPD", "eczema", "psoriasis", "rosacea", "migraine", "migraines", "epilepsy",
    "multiple sclerosis", "MS", "Parkinson's", "Parkinson's disease", "dementia", "Alzheimer's",
    "vascular dementia", "depression", "clinical depression", "major depression", "anxiety",
    "generalised anxiety disorder", "generalized anxiety disorder", "panic disorder", "OCD",
    "bipolar disorder", "bipolar", "BPD", "borderline personality disorder", "PTSD", "burnout",
    "an eating disorder", "eating disorder", "anorexia", "bulimia", "binge eating disorder", "ADHD",
    "autism", "dyslexia", "dyscalculia", "dyspraxia", "schizophrenia", "psychosis", "alcoholism",
    "alcohol dependency", "gambling addiction", "opioid addiction", "breast cancer", "bowel cancer",
    "prostate cancer", "lung cancer", "skin cancer", "melanoma", "leukaemia", "leukemia", "lymphoma",
    "testicular cancer", "ovarian cancer", "cervical cancer", "cancer", "a brain tumour", "brain tumor",
    "heart failure", "atrial fibrillation", "AFib", "an irregular heartbeat", "a heart attack",
    "heart attack", "a stroke", "stroke", "DVT", "deep vein thrombosis", "a pulmonary embolism",
    "pulmonary embolism", "coronary heart disease", "kidney failure", "chronic kidney disease",
    "kidney stones", "gallstones", "Crohn's", "Crohn's disease", "ulcerative colitis", "IBS",
    "irritable bowel syndrome", "coeliac disease", "celiac disease", "lactose intolerance",
    "a nut allergy", "nut allergy", "a peanut allergy", "peanut allergy", "sesame allergy",
    "shellfish allergy", "egg allergy", "a dairy allergy", "penicillin allergy", "hay fever",
    "a bee sting allergy", "rheumatoid arthritis", "arthritis", "osteoarthritis", "gout",
    "osteoporosis", "fibromyalgia", "lupus", "ankylosing spondylitis", "a slipped disc",
    "slipped disc", "a herniated disc", "sciatica", "scoliosis", "carpal tunnel syndrome",
    "tennis elbow", "tendonitis", "bursitis", "endometriosis", "PCOS", "fibroids",
    "gestational diabetes", "pre-eclampsia", "a miscarriage", "miscarriage", "pregnancy", "pregnant",
    "a high-risk pregnancy", "postnatal depression", "postpartum depression", "infertility",
    "long COVID", "ME/CFS", "chronic fatigue syndrome", "COVID", "Covid", "flu", "the flu",
    "pneumonia", "bronchitis", "tonsillitis", "sinusitis", "an ear infection", "a UTI", "UTI",
    "a kidney infection", "shingles", "chickenpox", "scarlet fever", "whooping cough", "measles",
    "norovirus", "food poisoning", "salmonella", "appendicitis", "a stomach ulcer", "gastritis",
    "acid reflux", "GERD", "fatty liver disease", "hepatitis C", "hepatitis B", "HIV", "HIV positive",
    "Lyme disease", "tinnitus", "sudden hearing loss", "hearing loss", "deaf", "cataracts", "glaucoma",
    "macular degeneration", "a detached retina", "gum disease", "periodontitis", "tooth decay",
    "an abscess", "a dental abscess", "anaemia", "anemia", "iron deficiency", "vitamin D deficiency",
    "B12 deficiency", "obesity", "sleep apnoea", "sleep apnea", "narcolepsy", "restless legs",
    "neuropathy", "incontinence", "bedsores", "pressure sores", "paraplegia", "cerebral palsy",
    "Down syndrome", "Down's syndrome", "cystic fibrosis", "haemophilia", "sickle cell disease",
    "a heart defect", "gluten intolerance", "a food allergy", "angina", "a torn ACL", "a torn meniscus",
    "hypothyroid", "insomnia", "a panic disorder", "severe allergies",
]
DIAGNOSIS_DE_INFLECTED = [
    "Diabetikerin", "Diabetiker", "Asthmatiker", "Asthmatikerin", "Epileptiker", "Epileptikerin",
    "Migränikerin", "Allergikerin", "Allergiker", "Bandscheibenvorfalls", "Bandscheibenvorfällen",
    "Kreuzbandrisses", "Meniskusrisses", "Schlaganfalls", "Schlaganfall-Patientin", "Herzinfarkts",
    "Depressionen", "Angststörungen", "Panikattacken-Störung", "Migräneanfällen", "Migräneattacken",
    "Demenzkranke", "demenzkrank", "dement", "depressiv", "schwanger", "hochschwanger",
    "zuckerkrank", "epileptischen Anfällen", "Zöliakiebetroffene", "Borderlinerin", "Autist",
    "Autistin", "autistisch", "Legastheniker", "bipolar", "schizophren", "alkoholkrank",
    "essgestört", "magersüchtig", "Krebspatientin", "krebskrank", "Parkinsonpatient", "MS-Patientin",
    "Dialysepatient", "herzkrank", "nierenkrank", "querschnittsgelähmt", "schwerhörig", "Gürtelrose-Schub",
    "Endometriose-Schub", "Rheuma-Schub", "Schubs", "Heuschnupfens", "Grippe-Infekt", "Lungenentzündung",
    "Corona-Infektion", "Covid-Infektion", "Hörsturzes", "Tinnitus-Patientin", "Thrombosen",
    "Gallensteinen", "Nierensteinen", "Bronchitis-Infekt", "Mandelentzündungen", "Blasenentzündungen",
    "Nussallergikerin", "Erdnussallergiker", "Laktoseintoleranz", "Glutenallergie",
    "Rollstuhlfahrer", "Rollstuhlfahrerin", "gehbehindert", "Frühchen", "vaskuläre Demenz", "alkoholabhängig",
    "Krebserkrankung", "Herzfehlers", "DEMENZ", "mittelgradige depressive Episode", "Pneumonie",
]
DIAGNOSIS_EN_INFLECTED = [
    "diabetic", "type 1 diabetic", "asthmatic", "epileptic", "coeliac", "celiac", "autistic",
    "dyslexic", "bipolar", "schizophrenic", "anorexic", "bulimic", "alcoholic", "diabetics",
    "migraine sufferer", "strokes", "heart attacks", "seizure disorder", "panic disorders",
    "depressed", "clinically depressed", "anxious disorder", "allergic to peanuts", "allergic to nuts",
    "allergic to penicillin", "allergic to sesame", "allergic to shellfish", "lactose intolerant",
    "gluten intolerant", "pregnant with twins", "expecting twins", "immunocompromised",
    "immunosuppressed", "hard of hearing", "partially sighted", "registered blind", "blind",
    "paraplegic", "quadriplegic", "tetraplegic", "HIV-positive", "cancer patient", "in remission",
    "chemo patient", "stroke survivor", "flare-up of Crohn's", "Crohn's flare", "MS relapse",
    "relapse", "UTIs", "kidney infections", "chest infection", "a chest infection", "concussions",
    "premature", "a premature baby", "a wheelchair user", "wheelchair user", "a migraine", "an underactive thyroid",
    "motor neurone disease", "MND", "early-onset dementia", "DEMENTIA", "GAD", "acute appendicitis",
]

INJURY_DE = [
    "Kreuzbandriss", "Innenbandriss", "Außenbandriss", "Bänderriss", "Meniskusriss", "Muskelfaserriss",
    "Achillessehnenriss", "Sprunggelenksfraktur", "Schienbeinbruch", "Wadenbeinbruch", "Beinbruch",
    "Armbruch", "Handgelenksbruch", "Schlüsselbeinbruch", "Rippenbruch", "Rippenprellung",
    "Nasenbeinbruch", "Kieferbruch", "Oberschenkelhalsbruch", "Hüftfraktur", "Wirbelbruch",
    "Gehirnerschütterung", "Schädel-Hirn-Trauma", "Schleudertrauma", "Schulterluxation",
    "ausgekugelte Schulter", "Rotatorenmanschettenriss", "Zerrung", "Leistenzerrung", "Prellung",
    "Verstauchung", "Platzwunde", "Schnittwunde", "Verbrennung zweiten Grades", "Bisswunde",
    "Kapselriss", "Fingerbruch", "Mittelfußbruch", "Ermüdungsbruch", "Syndesmosenriss",
]
INJURY_EN = [
    "a torn ACL", "torn ACL", "ACL tear", "a torn hamstring", "hamstring tear", "a ruptured Achilles",
    "Achilles rupture", "a broken ankle", "broken ankle", "a broken wrist", "broken wrist",
    "a broken leg", "broken leg", "a fractured tibia", "a broken arm", "broken arm",
    "a broken collarbone", "broken ribs", "cracked ribs", "a broken nose", "a fractured jaw",
    "a hip fracture", "hip fracture", "a fractured vertebra", "concussion", "a concussion",
    "whiplash", "a dislocated shoulder", "dislocated shoulder", "a rotator cuff tear", "a sprained ankle",
    "sprained ankle", "a groin strain", "a pulled muscle", "a calf strain", "a deep cut",
    "second-degree burns", "a dog bite", "a stress fracture", "a broken finger", "a broken toe",
    "a fractured metatarsal", "a torn ligament", "torn ligaments", "a head injury",
]

# ---------------------------------------------------------------------------
# SYMPTOM
SYMPTOM_DE = [
    "Schwindel", "Schwindelanfälle", "Atemnot", "Kurzatmigkeit", "Brustschmerzen", "Engegefühl in der Brust",
    "Herzrasen", "Herzstolpern", "Kopfschmerzen", "Migräneattacke", "Übelkeit", "Erbrechen", "Durchfall",
    "Verstopfung", "Bauchschmerzen", "Bauchkrämpfe", "Sodbrennen", "Blut im Stuhl", "Blut im Urin",
    "Fieber", "hohes Fieber", "Schüttelfrost", "Nachtschweiß", "Husten", "Reizhusten", "Halsschmerzen",
    "Schluckbeschwerden", "Heiserkeit", "Schnupfen", "Gliederschmerzen", "Gelenkschmerzen",
    "Rückenschmerzen", "Nackenschmerzen", "Knieschmerzen", "Zahnschmerzen", "Ohrenschmerzen",
    "Taubheitsgefühl", "Kribbeln in den Händen", "Lähmungserscheinungen", "Sehstörungen",
    "Doppelbilder", "Ohrgeräusche", "Hautausschlag", "Ausschlag", "Quaddeln", "Juckreiz",
    "Schwellungen", "geschwollene Beine", "Wassereinlagerungen", "Atembeschwerden", "Kreislaufprobleme",
    "Ohnmacht", "Ohnmachtsanfall", "Krampfanfall", "Krampfanfälle", "Zittern", "Schlafstörungen",
    "Schlaflosigkeit", "Albträume", "Erschöpfung", "Müdigkeit", "chronische Müdigkeit",
    "Konzentrationsstörungen", "Gedächtnisprobleme", "Vergesslichkeit", "Wortfindungsstörungen",
    "Panikattacken", "Panikattacke", "Angstzustände", "Suizidgedanken", "Selbstmordgedanken",
    "Selbstverletzung", "Stimmungsschwankungen", "Antriebslosigkeit", "Appetitlosigkeit",
    "Gewichtsverlust", "Essattacken", "Blutungen", "Zwischenblutungen", "Unterleibsschmerzen",
    "Regelschmerzen", "Wehen", "vorzeitige Wehen", "Nasenbluten", "Zahnfleischbluten",
    "Muskelkrämpfe", "Wadenkrämpfe", "Hitzewallungen", "Inkontinenzprobleme", "Harndrang",
    "Brennen beim Wasserlassen", "Lichtempfindlichkeit", "Benommenheit", "Herzschmerzen",
    "Schmerzen in der Brust", "Luftnot", "Schwächeanfall", "Gleichgewichtsstörungen", "Sprachstörungen",
    "Krämpfe", "Magenkrämpfe", "Blähungen", "Kopfweh", "Halsweh", "Bauchweh", "Rückenweh",
    "Unterzucker", "Unterzuckerung", "Flashbacks",
]
SYMPTOM_EN = [
    "dizziness", "dizzy spells", "shortness of breath", "breathlessness", "chest pain", "chest pains",
    "tightness in my chest", "palpitations", "a racing heart", "headaches", "a headache", "nausea",
    "vomiting", "diarrhoea", "diarrhea", "constipation", "stomach pain", "stomach cramps", "heartburn",
    "blood in my stool", "blood in my urine", "a fever", "fever", "a high temperature", "chills",
    "night sweats", "a cough", "a persistent cough", "a sore throat", "difficulty swallowing",
    "hoarseness", "a runny nose", "aching joints", "joint pain", "back pain", "lower back pain",
    "neck pain", "knee pain", "toothache", "earache", "numbness", "pins and needles", "tingling",
    "blurred vision", "double vision", "ringing in my ears", "a rash", "hives", "itching",
    "swelling", "swollen ankles", "fluid retention", "breathing problems", "fainting", "a fainting spell",
    "blackouts", "a seizure", "seizures", "tremors", "shaking", "trouble sleeping", "sleeplessness",
    "nightmares", "exhaustion", "fatigue", "extreme fatigue", "brain fog", "memory problems",
    "forgetfulness", "panic attacks", "a panic attack", "anxiety attacks", "suicidal thoughts",
    "self-harm", "self harm", "mood swings", "no appetite", "loss of appetite", "weight loss",
    "bleeding", "spotting", "pelvic pain", "period pain", "contractions", "early contractions",
    "nosebleeds", "bleeding gums", "muscle cramps", "leg cramps", "hot flushes", "hot flashes",
    "bladder problems", "a burning sensation when I pee", "sensitivity to light", "light-headedness",
    "feeling faint", "weakness", "balance problems", "slurred speech", "cramps", "bloating",
    "wheezing", "a stiff neck", "flashbacks", "hallucinations", "low mood", "burning eyes",
]
SYMPTOM_DE_INFLECTED = [
    "Schwindelgefühl", "Schwindelattacken", "Kopfschmerzattacken", "Panikattacken", "Fieberschübe",
    "Hustenanfälle", "Hustenanfällen", "Krampfanfällen", "Schmerzen im Knie", "Schmerzen im Rücken",
    "Brustschmerz", "Übelkeitsattacken", "erbrochen", "übergeben", "Durchfällen", "Ohnmachtsanfällen",
    "Herzrasens", "Atemnotanfällen", "Migräneattacken", "Schlafproblemen", "Schlafprobleme",
]
SYMPTOM_EN_INFLECTED = [
    "dizzy", "nauseous", "feverish", "breathless", "wheezy", "light-headed", "exhausted", "vomited",
    "threw up", "throwing up", "fainted", "passed out", "coughing up blood", "migraine attacks",
    "seizing", "had a seizure", "panicking", "short of breath", "headachy", "itchy rash",    "a hypo", "hypos",
]

# ---------------------------------------------------------------------------
# MEDICATION
MEDICATION_DE = [
    "Metformin", "Ramipril", "Candesartan", "Amlodipin", "Bisoprolol", "Metoprolol", "Torasemid",
    "L-Thyroxin", "Euthyrox", "Levothyroxin", "Salbutamol", "Salbutamol-Spray", "Budesonid",
    "Symbicort", "Ibuprofen", "Ibuprofen 600", "Ibuprofen 800", "Paracetamol", "Novaminsulfon",
    "Metamizol", "Diclofenac", "Tilidin", "Tramadol", "Oxycodon", "Morphin", "Fentanylpflaster",
    "Pantoprazol", "Omeprazol", "Sertralin", "Citalopram", "Escitalopram", "Venlafaxin", "Mirtazapin",
    "Amitriptylin", "Lithium", "Quetiapin", "Olanzapin", "Aripiprazol", "Lorazepam", "Tavor",
    "Diazepam", "Zopiclon", "Methylphenidat", "Ritalin", "Medikinet", "Elvanse", "Insulin",
    "Lantus", "Novorapid", "Humalog", "Ozempic", "Wegovy", "Mounjaro", "Marcumar", "Phenprocoumon",
    "Eliquis", "Xarelto", "ASS 100", "Clopidogrel", "Atorvastatin", "Simvastatin", "Levetiracetam",
    "Keppra", "Lamotrigin", "Valproat", "Cortison", "Prednisolon", "Dexamethason", "Hydrocortison",
    "Adrenalin-Autoinjektor", "Adrenalin-Pen", "EpiPen", "Jext", "Cetirizin", "Loratadin",
    "Antihistaminikum", "Amoxicillin", "Penicillin", "Antibiotikum", "Doxycyclin", "Ciprofloxacin",
    "Cotrim", "Fosfomycin", "Aciclovir", "Paxlovid", "Methotrexat", "MTX", "Humira", "Adalimumab",
    "Enbrel", "Tecfidera", "Ocrevus", "L-Dopa", "Levodopa", "Madopar", "Donepezil", "Memantin",
    "Pregabalin", "Lyrica", "Gabapentin", "Antibabypille", "Pille danach", "Letrozol", "Clomifen",
    "Gonal-f", "Progesteron", "Utrogest", "Eisentabletten", "Vitamin-D-Tropfen", "Folsäure",
    "Methadon", "Buprenorphin", "Subutex", "Naltrexon", "Antabus", "Tamoxifen", "Anastrozol",
    "Chemotabletten", "Sumatriptan", "Triptane", "Allopurinol", "Colchicin", "Kaliumtabletten",
    "Nitrospray", "Spiriva", "Ventolin", "Movicol", "Loperamid", "Buscopan", "MCP-Tropfen",
    "Vomex", "Antidepressiva", "Antidepressivum", "Neuroleptika", "Blutverdünner", "Betablocker",
    "Schilddrüsentabletten", "Insulinpen", "Cannabis auf Rezept", "Medizinal-Cannabis",
]
MEDICATION_EN = [
    "metformin", "ramipril", "lisinopril", "amlodipine", "bisoprolol", "atenolol", "furosemide",
    "levothyroxine", "thyroxine", "salbutamol", "a salbutamol inhaler", "Ventolin", "a blue inhaler",
    "my inhaler", "Seretide", "Fostair", "ibuprofen", "paracetamol", "co-codamol", "codeine",
    "naproxen", "tramadol", "oxycodone", "morphine", "fentanyl patches", "omeprazole", "lansoprazole",
    "sertraline", "citalopram", "escitalopram", "fluoxetine", "Prozac", "venlafaxine", "mirtazapine",
    "amitriptyline", "lithium", "quetiapine", "olanzapine", "aripiprazole", "diazepam", "lorazepam",
    "Xanax", "zopiclone", "methylphenidate", "Ritalin", "Concerta", "Elvanse", "Vyvanse", "Adderall",
    "insulin", "Lantus", "NovoRapid", "Humalog", "Ozempic", "Wegovy", "Mounjaro", "warfarin",
    "apixaban", "Eliquis", "rivaroxaban", "Xarelto", "aspirin 75mg", "clopidogrel", "atorvastatin",
    "simvastatin", "levetiracetam", "Keppra", "lamotrigine", "sodium valproate", "Epilim", "steroids",
    "prednisolone", "prednisone", "hydrocortisone", "an EpiPen", "EpiPen", "EpiPens", "Jext pen", "adrenaline pen",
    "an adrenaline pen", "cetirizine", "loratadine", "antihistamines", "amoxicillin", "penicillin",
    "antibiotics", "doxycycline", "ciprofloxacin", "nitrofurantoin", "trimethoprim", "aciclovir",
    "Paxlovid", "methotrexate", "Humira", "adalimumab", "Tecfidera", "Ocrevus", "levodopa",
    "co-careldopa", "donepezil", "memantine", "pregabalin", "Lyrica", "gabapentin", "the pill",
    "the contraceptive pill", "the morning-after pill", "letrozole", "Clomid", "progesterone",
    "Cyclogest", "iron tablets", "vitamin D", "folic acid", "methadone", "buprenorphine", "Subutex",
    "naltrexone", "Antabuse", "tamoxifen", "anastrozole", "sumatriptan", "triptans", "allopurinol",
    "colchicine", "GTN spray", "Spiriva", "Movicol", "loperamide", "Buscopan", "ondansetron",
    "antidepressants", "antipsychotics", "blood thinners", "beta blockers", "PrEP", "HRT",
    "testosterone", "oestrogen gel", "Adderall XR", "medical cannabis", "an insulin pen",
]
MEDICATION_DE_INFLECTED = [
    "Antibiotika", "Blutverdünnern", "Betablockern", "Schmerzmitteln", "Schmerzmittel",
    "Insulinpens", "Insulinspritzen", "Adrenalin-Pens", "Kortison", "Cortisonspritze",
    "Cortisonsalbe", "Kortisonsalbe", "Schlaftabletten", "Beruhigungsmittel", "Asthmaspray",
    "Asthmasprays", "Notfallspray", "Antiepileptika", "Psychopharmaka", "L-Thyroxin 75",
    "Metformin 1000", "Ramipril 5 mg", "Sertralin 50", "Ritalin-Tabletten", "Tilidintropfen",
    "Novaminsulfon-Tropfen", "Pantoprazol 40", "Ozempic-Spritzen", "Marcumar-Patientin",
    "Hormontabletten", "Hormonspritzen", "Lithiumtabletten", "Antidepressiva",
]
MEDICATION_EN_INFLECTED = [
    "inhalers", "painkillers", "sleeping pills", "anti-depressants", "antibiotic", "steroid cream",
    "steroid injections", "insulin pens", "epi pens", "Epi-Pen", "blood-thinners", "anti-seizure meds",
    "seizure meds", "ADHD meds", "ADHD medication", "thyroid meds", "heart meds", "my meds",
    "sertraline 50mg", "metformin 500mg", "levothyroxine 100mcg", "insulin injections", "Ozempic pens",
    "hormone injections", "fertility drugs", "lithium tablets", "anti-anxiety meds",    "an inhaler",
]

# ---------------------------------------------------------------------------
# TREATMENT
TREATMENT_DE = [
    "Chemotherapie", "Chemo", "Strahlentherapie", "Bestrahlung", "Immuntherapie", "Dialyse", "Heimdialyse",
    "Blutwäsche", "Physiotherapie", "Krankengymnastik", "Ergotherapie", "Logopädie",
    "Psychotherapie", "Verhaltenstherapie", "Traumatherapie", "Gesprächstherapie", "Gruppentherapie",
    "Entzug", "Entgiftung", "Suchttherapie", "Reha", "Anschlussheilbehandlung", "AHB",
    "Wurzelbehandlung", "Zahnimplantat", "Implantat", "Zahnextraktion", "Weisheitszahn-OP",
    "Parodontosebehandlung", "Zahnersatz", "Brücke", "Krone", "Kieferorthopädie", "Zahnspange",
    "professionelle Zahnreinigung", "Kreuzband-OP", "Knie-OP", "Hüft-OP", "Knie-TEP", "Hüft-TEP",
    "Meniskus-OP", "Bandscheiben-OP", "Schulter-OP", "Blinddarm-OP", "Gallen-OP", "Kaiserschnitt",
    "Bypass-OP", "Stent", "Herzkatheter", "Herzkatheteruntersuchung", "Ablation", "Herzschrittmacher",
    "Magenspiegelung", "Darmspiegelung", "Koloskopie", "Gastroskopie", "MRT", "CT", "Biopsie",
    "Mammographie", "künstliche Befruchtung", "IVF", "ICSI", "Insemination", "Eizellentnahme",
    "Embryotransfer", "Hormonbehandlung", "Insulintherapie", "Infusionen", "Infusionstherapie",
    "Bluttransfusion", "Stammzelltransplantation", "Nierentransplantation", "Lasik", "Augenlaser-OP",
    "Grauer-Star-OP", "Katarakt-OP", "Hörgeräteversorgung", "Cochlea-Implantat", "Stoßwellentherapie",
    "Akupunktur", "Manuelle Therapie", "Lymphdrainage", "Wundversorgung", "Kompressionstherapie",
    "Sauerstofftherapie", "CPAP-Therapie", "Beatmung", "Magenbypass", "Schlauchmagen-OP",
    "Abtreibung", "Schwangerschaftsabbruch", "Ausschabung", "Narkose", "Vollnarkose",
    "Tagesklinik", "stationäre Therapie", "Elektrokrampftherapie", "Hyposensibilisierung",
    "Desensibilisierung", "Nachsorge", "Tumor-OP", "Brust-OP", "Mastektomie", "Port-Implantation",
]
TREATMENT_EN = [
    "chemotherapy", "chemo", "radiotherapy", "radiation therapy", "immunotherapy", "dialysis", "home dialysis",
    "physiotherapy", "physio", "physical therapy", "occupational therapy", "speech therapy",
    "psychotherapy", "therapy", "CBT", "counselling", "counseling", "EMDR", "trauma therapy",
    "group therapy", "rehab", "detox", "addiction treatment", "a root canal", "root canal",
    "root canal treatment", "a dental implant", "an implant", "a tooth extraction", "an extraction",
    "wisdom tooth removal", "a crown", "a bridge", "dentures", "braces", "Invisalign",
    "a deep clean", "ACL surgery", "ACL reconstruction", "knee surgery", "hip surgery",
    "a hip replacement", "hip replacement", "a knee replacement", "knee replacement",
    "meniscus surgery", "spinal surgery", "back surgery", "shoulder surgery", "an appendectomy",
    "gallbladder surgery", "a C-section", "C-section", "caesarean", "bypass surgery", "a stent",
    "a pacemaker", "an ablation", "a gastroscopy", "an endoscopy", "a colonoscopy", "colonoscopy",
    "an MRI", "MRI scan", "a CT scan", "CT scan", "a biopsy", "a mammogram", "IVF", "ICSI",
    "IUI", "egg retrieval", "egg collection", "embryo transfer", "fertility treatment",
    "hormone treatment", "insulin therapy", "an infusion", "IV antibiotics", "a blood transfusion",
    "a stem cell transplant", "a kidney transplant", "laser eye surgery", "LASIK",
    "cataract surgery", "hearing aids fitted", "a cochlear implant", "shockwave therapy",
    "acupuncture", "lymphatic drainage", "wound care", "compression therapy", "oxygen therapy",
    "a CPAP machine", "CPAP", "gastric bypass", "a gastric sleeve", "an abortion", "a termination",
    "a D&C", "general anaesthetic", "a general anesthetic", "ECT", "allergy shots",
    "immunotherapy for allergies", "a lumpectomy", "a mastectomy", "a port fitted", "skin grafts",
    "stitches", "a cast", "an operation on my knee", "surgery on my wrist", "hernia surgery",
]
TREATMENT_DE_INFLECTED = [
    "Chemotherapien", "Chemozyklus", "Bestrahlungen", "Dialysen", "Dialysetermine", "Physiotermine",
    "Physiotherapie-Termine", "Psychotherapiesitzungen", "Therapiesitzungen", "Reha-Aufenthalt",
    "Reha-Maßnahme", "Kur", "Mutter-Kind-Kur", "Wurzelbehandlungen", "Implantaten", "Operation am Knie",
    "Knieoperation", "Hüftoperation", "Kreuzbandoperation", "Bandscheibenoperation", "Infusion",
    "Kaiserschnitts", "IVF-Behandlung", "Kinderwunschbehandlung", "Entzugsbehandlung",
    "Entgiftungsbehandlung", "Krankengymnastik-Rezept", "Ergotherapie-Termine", "Logopädie-Stunden",
    "Schmerztherapie", "Schmerzambulanz-Behandlung", "Insulinbehandlung", "Hormontherapie",
    "stationärer Therapie",
]
TREATMENT_EN_INFLECTED = [
    "chemo sessions", "chemo cycle", "rounds of chemo", "radiotherapy sessions", "dialysis sessions",
    "physio sessions", "physio appointments", "therapy sessions", "counselling sessions", "CBT sessions",
    "rehab stay", "root canals", "implants", "knee op", "hip op", "ACL op", "back op", "surgeries",
    "IVF cycle", "IVF round", "egg retrievals", "infusions", "transfusions", "detox programme",
    "pain management", "hormone therapy", "insulin injections",
]

# ---------------------------------------------------------------------------
# split / hyphenated spellings people actually type (value form "split_compound")
SPLIT_COMPOUNDS = {
    "Bandscheibenvorfall": ["Bandscheiben-Vorfall", "Bandscheiben Vorfall"],
    "Schilddrüsenunterfunktion": ["Schilddrüsen-Unterfunktion", "Schilddrüsen Unterfunktion"],
    "Schilddrüsenüberfunktion": ["Schilddrüsen-Überfunktion", "Schilddrüsen Überfunktion"],
    "Kreuzbandriss": ["Kreuzband-Riss", "Kreuzband Riss"],
    "Meniskusriss": ["Meniskus-Riss", "Meniskus Riss"],
    "Muskelfaserriss": ["Muskelfaser-Riss", "Muskelfaser Riss"],
    "Achillessehnenriss": ["Achillessehnen-Riss", "Achilles-Sehnenriss"],
    "Sprunggelenksfraktur": ["Sprunggelenks-Fraktur", "Sprunggelenks Fraktur"],
    "Gehirnerschütterung": ["Gehirn-Erschütterung", "Gehirn Erschütterung"],
    "Herzinsuffizienz": ["Herz-Insuffizienz", "Herz Insuffizienz"],
    "Niereninsuffizienz": ["Nieren-Insuffizienz", "Nieren Insuffizienz"],
    "Herzrhythmusstörungen": ["Herzrhythmus-Störungen", "Herz-Rhythmus-Störungen"],
    "Erdnussallergie": ["Erdnuss-Allergie", "Erdnuss Allergie"],
    "Nussallergie": ["Nuss-Allergie", "Nuss Allergie"],
    "Sesamallergie": ["Sesam-Allergie", "Sesam Allergie"],
    "Penicillinallergie": ["Penicillin-Allergie", "Penicillin Allergie"],
    "Laktoseintoleranz": ["Laktose-Intoleranz", "Laktose Intoleranz"],
    "Histaminintoleranz": ["Histamin-Intoleranz", "Histamin Intoleranz"],
    "Pollenallergie": ["Pollen-Allergie", "Pollen Allergie"],
    "Schwangerschaftsdiabetes": ["Schwangerschafts-Diabetes", "Schwangerschafts Diabetes"],
    "Wochenbettdepression": ["Wochenbett-Depression", "Wochenbett Depression"],
    "Lungenentzündung": ["Lungen-Entzündung", "Lungen Entzündung"],
    "Blasenentzündung": ["Blasen-Entzündung", "Blasen Entzündung"],
    "Mittelohrentzündung": ["Mittelohr-Entzündung", "Mittel-Ohrentzündung"],
    "Blinddarmentzündung": ["Blinddarm-Entzündung", "Blinddarm Entzündung"],
    "Lebensmittelvergiftung": ["Lebensmittel-Vergiftung", "Lebensmittel Vergiftung"],
    "Angststörung": ["Angst-Störung", "Angst Störung"],
    "Panikstörung": ["Panik-Störung", "Panik Störung"],
    "Essstörung": ["Ess-Störung", "Ess Störung"],
    "Alkoholsucht": ["Alkohol-Sucht", "Alkohol Sucht"],
    "Brustkrebs": ["Brust-Krebs", "Brust Krebs"],
    "Darmkrebs": ["Darm-Krebs", "Darm Krebs"],
    "Hautkrebs": ["Haut-Krebs", "Haut Krebs"],
    "Schlafstörungen": ["Schlaf-Störungen", "Schlaf Störungen"],
    "Konzentrationsstörungen": ["Konzentrations-Störungen", "Konzentrations Störungen"],
    "Brustschmerzen": ["Brust-Schmerzen", "Brust Schmerzen"],
    "Rückenschmerzen": ["Rücken-Schmerzen", "Rücken Schmerzen"],
    "Kopfschmerzen": ["Kopf-Schmerzen", "Kopf Schmerzen"],
    "Gelenkschmerzen": ["Gelenk-Schmerzen", "Gelenk Schmerzen"],
    "Suizidgedanken": ["Suizid-Gedanken", "Suizid Gedanken"],
    "Wurzelbehandlung": ["Wurzel-Behandlung", "Wurzel Behandlung"],
    "Zahnimplantat": ["Zahn-Implantat", "Zahn Implantat"],
    "Physiotherapie": ["Physio-Therapie", "Physio Therapie"],
    "Psychotherapie": ["Psycho-Therapie", "Psycho Therapie"],
    "Verhaltenstherapie": ["Verhaltens-Therapie", "Verhaltens Therapie"],
    "Chemotherapie": ["Chemo-Therapie", "Chemo Therapie"],
    "Strahlentherapie": ["Strahlen-Therapie", "Strahlen Therapie"],
    "Darmspiegelung": ["Darm-Spiegelung", "Darm Spiegelung"],
    "Magenspiegelung": ["Magen-Spiegelung", "Magen Spiegelung"],
    "Kompressionstherapie": ["Kompressions-Therapie", "Kompressions Therapie"],
    "Ergotherapie": ["Ergo-Therapie", "Ergo Therapie"],
    "Insulintherapie": ["Insulin-Therapie", "Insulin Therapie"],
    "Eisentabletten": ["Eisen-Tabletten", "Eisen Tabletten"],
    "Schlaftabletten": ["Schlaf-Tabletten", "Schlaf Tabletten"],
    "Blutverdünner": ["Blut-Verdünner", "Blut Verdünner"],
    "Antibabypille": ["Anti-Baby-Pille", "Antibaby-Pille"],
    "Schmerzmittel": ["Schmerz-Mittel", "Schmerz Mittel"],
    "Asthmaspray": ["Asthma-Spray", "Asthma Spray"],
    "chemotherapy": ["chemo therapy", "chemo-therapy"],
    "radiotherapy": ["radio therapy", "radio-therapy"],
    "physiotherapy": ["physio therapy", "physio-therapy"],
    "psychotherapy": ["psycho therapy", "psycho-therapy"],
    "painkillers": ["pain killers", "pain-killers"],
    "antidepressants": ["anti depressants", "anti-depressants"],
    "heartburn": ["heart burn", "heart-burn"],
    "toothache": ["tooth ache", "tooth-ache"],
    "earache": ["ear ache", "ear-ache"],
    "osteoarthritis": ["osteo arthritis", "osteo-arthritis"],
    "osteoporosis": ["osteo porosis"],
    "breathlessness": ["breath lessness"],
    "sleeplessness": ["sleep lessness"],
    "colonoscopy": ["colon-oscopy"],
    "nosebleeds": ["nose bleeds", "nose-bleeds"],
    "whiplash": ["whip lash", "whip-lash"],
    "bedsores": ["bed sores", "bed-sores"],
    "light-headedness": ["lightheadedness", "light headedness"],
    "gallstones": ["gall stones", "gall-stones"],
}

# ---------------------------------------------------------------------------
# ICD-10 codes (filtered against simple_icd_10_cm in gen.py)
ICD10 = [
    "F32.0", "F32.1", "F32.2", "F33.1", "F41.0", "F41.1", "F41.9", "F43.1", "F43.2", "F42.2", "F31.9",
    "F50.0", "F50.2", "F90.0", "F84.0", "F10.2", "F20.9", "F60.3", "E11.9", "E10.9", "E03.9", "E05.0",
    "E66.9", "E55.9", "E78.0", "I10", "I48.91", "I50.9", "I21.9", "I63.9", "I80.2", "I26.9", "J45.909",
    "J44.9", "J18.9", "J20.9", "J02.9", "J03.90", "J01.90", "J30.1", "L20.9", "L40.0", "L71.9",
    "G43.909", "G40.909", "G35", "G20", "G30.9", "G47.33", "G56.00", "M54.5", "M54.16", "M51.26",
    "M17.11", "M81.0", "M79.7", "M06.9", "M10.9", "M75.100", "M77.10", "N39.0", "N20.0", "N80.9",
    "E28.2", "O24.419", "O14.90", "K50.90", "K51.90", "K58.9", "K90.0", "K21.9", "K29.70", "K35.80",
    "K80.20", "A08.4", "A02.0", "B02.9", "B01.9", "U07.1", "H91.20", "H93.19", "H25.9", "H40.9",
    "K05.30", "K02.9", "D50.9", "S83.511A", "S82.891A", "S52.501A", "S06.0X0A", "S13.4XXA",
    "S43.006A", "S93.401A", "T78.1XXA", "Z91.010", "Z33.1", "R42", "R51.9", "R11.0", "R50.9",
    "R06.02", "R07.9", "R00.2", "R53.83", "R45.851", "J18.1", "K35.89",
]

# ---------------------------------------------------------------------------
# HARD NEGATIVES: health words that are NOT about a person's health
PET_HEALTH_DE = [
    "Zwingerhusten", "Katzenschnupfen", "Giardien", "Leishmaniose", "Parvovirose", "Staupe",
    "Hüftdysplasie", "Ellbogendysplasie", "Patellaluxation", "Ohrmilben", "Flohbefall", "Zeckenbiss",
    "Sommerekzem", "Hufrehe", "Kolik", "Futtermittelallergie", "Milbenbefall", "Durchfall", "Erbrechen",
    "Diabetes", "Niereninsuffizienz", "Schilddrüsenüberfunktion", "Epilepsie", "Arthrose",
    "Kreuzbandriss", "Zahnstein", "Bandwürmer", "Räude", "Myxomatose", "Nierenversagen", "Tumor",
    "Bindehautentzündung", "Lahmheit", "Übergewicht", "FIP", "FIV", "Katzenseuche",
]
PET_HEALTH_EN = [
    "kennel cough", "cat flu", "giardia", "parvo", "distemper", "hip dysplasia", "luxating patella",
    "ear mites", "fleas", "a tick bite", "laminitis", "colic", "a food allergy", "mange", "worms",
    "diarrhoea", "vomiting", "diabetes", "kidney failure", "hyperthyroidism", "epilepsy", "arthritis",
    "a torn cruciate", "dental disease", "tapeworm", "myxomatosis", "a tumour", "conjunctivitis",
    "a limp", "obesity", "FIP", "FIV", "feline leukaemia", "bloat", "heartworm", "itchy skin",
]
FIGURATIVE_DE = [
    "Ich lach mich tot", "das bringt mich noch ins Grab", "mir platzt gleich der Kragen",
    "da krieg ich Herzrasen", "ich krieg die Krise", "das ist doch krank", "Kopfzerbrechen",
    "ein Schlag ins Gesicht", "da bekomme ich Bauchschmerzen", "das ist zum Kotzen", "Schnapsidee",
    "fieberhaft", "ich bin allergisch gegen Warteschleifen", "Zahnschmerzen", "Lachkrampf",
    "wie gelähmt", "herzzerreißend", "Hals- und Beinbruch", "ich bin im Eimer", "sterbenslangweilig",
    "todmüde", "nervenaufreibend", "eine bittere Pille", "die Pille schlucken", "ein Trauma",
    "Schnappatmung", "Migräne vom Tarifdschungel", "krankhaft ehrgeizig", "Ohrwurm", "Kopfschmerzen",
    "zum Kranklachen", "verrückt", "Herzinfarkt", "Schock", "hirntot", "Blutdruck auf 180",
    "virales Video", "viral gegangen", "Wachstumsschmerzen", "Fieberkurve der Aktie",
]
FIGURATIVE_EN = [
    "I'm dying to know", "a pain in the neck", "it's killing me", "gave me a heart attack",
    "I nearly had a stroke", "drives me insane", "sick of waiting", "sick and tired", "a headache",
    "a real headache", "I'm allergic to paperwork", "went viral", "a viral video", "a bitter pill",
    "bitter pill to swallow", "cold feet", "a heart-stopping moment", "I was in stitches",
    "break a leg", "paralysed by choice", "heartbroken", "dead on my feet", "bored to death",
    "nerve-racking", "growing pains", "OCD about my spreadsheets", "that's so mental", "lost my mind",
    "a splitting headache of a form", "shell-shocked", "blood pressure through the roof", "a trauma",
    "my brain is fried", "sick beat", "feverish pace", "a cancer on the industry", "brain dead",
    "blind spot", "tone deaf", "a crippling fee",
]
OBJECT_HEALTH_DE = [
    "Virus auf dem Laptop", "Trojaner", "der Akku ist tot", "Systemdiagnose", "Fehlerdiagnose",
    "Diagnosemodus", "Diagnoseprotokoll", "Selbstheilungsmodus", "Herzstück der Anlage",
    "Display-Schaden", "Wasserschaden", "die Konsole hat einen Kollaps", "Datenleck", "kranker Akku",
    "Reanimation des Routers", "Gesundheitsstatus der Festplatte", "Akkugesundheit",
    "Batteriegesundheit", "Wurm im Netzwerk", "Patch", "Blutung am Rahmen (Rost)", "Infektion der Datei",
]
OBJECT_HEALTH_EN = [
    "a virus on my laptop", "malware", "the battery is dead", "system diagnostics", "diagnostic mode",
    "a diagnostics report", "battery health", "drive health", "the heart of the system", "a worm",
    "a trojan", "screen bleed", "water damage", "the console is bricked", "a data breach",
    "self-healing mode", "a patch", "the engine coughs", "a sick router", "infected files",
]
FICTION_HEALTH_DE = [
    "Grey's Anatomy", "Die Charité", "In aller Freundschaft", "Der Medicus", "Dr. House", "Scrubs",
    "Der Bergdoktor", "Club der roten Bänder", "Das Schicksal ist ein mieser Verräter", "Die Pest",
    "Der eingebildete Kranke", "Patient Zero", "The Last of Us", "Resident Evil", "Plague Inc.",
    "Doktor Schiwago", "Zauberberg", "Ein ganzes halbes Jahr",
]
FICTION_HEALTH_EN = [
    "Grey's Anatomy", "House", "Scrubs", "The Good Doctor", "This Is Going to Hurt", "Call the Midwife",
    "The Fault in Our Stars", "Still Alice", "Contagion", "Outbreak", "The Last of Us", "Plague Inc.",
    "Patient Zero", "Resident Evil", "The Plague", "Me Before You", "A Beautiful Mind", "Doctor Who",
    "Pandemic (the board game)",
]
PLANT_HEALTH_DE = [
    "Mehltau", "Blattläuse", "Wurzelfäule", "Grauschimmel", "Sternrußtau", "Spinnmilben",
    "Trauermücken", "Chlorose", "Feuerbrand", "Buchsbaumzünsler", "Kraut- und Braunfäule",
]
PLANT_HEALTH_EN = [
    "powdery mildew", "aphids", "root rot", "grey mould", "black spot", "spider mites",
    "fungus gnats", "leaf curl", "blight", "box tree caterpillar", "scale insects",
]
GENERIC_HEALTH_DE = [
    "Grippeimpfung", "Grippeschutzimpfung", "Corona-Schnelltest", "PCR-Test", "Reiseimpfungen",
    "Blutdruckmessung", "Blutzuckermessung", "Impfberatung", "Gesundheitscheck", "Check-up 35",
    "Krebsvorsorge", "Hautkrebs-Screening", "Zahnvorsorge", "Vorsorgeuntersuchung", "Impfpass",
    "Medikationsplan", "Medikationsanalyse", "Heuschnupfen-Saison", "Pollenflug", "Grippewelle",
    "Erkältungszeit", "Zeckenimpfung", "FSME-Impfung", "Covid-Auffrischung", "Mutterpass",
    "Pflegeberatung", "Sturzprophylaxe", "Rückengesundheit", "Stressbewältigung", "psychische Gesundheit",
    "Suchtprävention", "Hitzeschutz für Senioren", "Allergiker-Bettwäsche", "Impfung gegen Gürtelrose",
    "Lebensmittelallergien", "Allergene", "Kinderkrankheiten", "Schwangerschaftstest",
]
GENERIC_HEALTH_EN = [
    "flu jabs", "flu vaccines", "a flu jab", "COVID boosters", "lateral flow tests", "PCR tests",
    "travel vaccinations", "blood pressure checks", "blood sugar testing", "health checks",
    "cancer screening", "skin checks", "a dental check-up", "a wellness check", "vaccination records",
    "medication reviews", "hay fever season", "the pollen count", "flu season", "cold and flu season",
    "tick-borne encephalitis vaccine", "mental health", "mental health awareness", "addiction support",
    "heatwave advice for the elderly", "allergy-friendly bedding", "the shingles vaccine",
    "food allergies", "allergens", "childhood illnesses", "pregnancy tests", "stress management",
    "fall prevention", "back care", "sexual health clinics", "chlamydia test kits",
]
FOOD_ALLERGEN_DE = [
    "enthält Erdnüsse", "kann Spuren von Nüssen enthalten", "glutenfrei", "laktosefrei", "vegan",
    "enthält Sesam", "Allergene: A, C, G", "Allergenkennzeichnung", "ohne Schalenfrüchte",
    "enthält Sellerie", "Allergene: F, H, N", "histaminarm", "enthält Milch und Ei", "nussfrei",
    "Zusatzstoffe 1, 3, 9", "kann Spuren von Soja enthalten", "Allergeninfo",
]
FOOD_ALLERGEN_EN = [
    "contains peanuts", "may contain traces of nuts", "gluten-free", "dairy-free", "vegan",
    "contains sesame", "allergen info", "allergen menu", "nut-free", "contains celery",
    "contains milk and egg", "made in a kitchen that handles nuts", "GF", "(V)(VG)(GF)",
    "may contain soy", "the allergen matrix", "14 allergens",
]
PRODUCT_HEALTH_DE = [
    "Die Ärzte", "Dr. Oetker", "Doc Martens", "Dr. Hauschka", "Heilerde", "Erste-Hilfe-Set",
    "Fieber-Glühwein", "Sanostol", "Hustenbonbons", "Erkältungsbad", "Zahnpasta Sensitive",
    "Medizinball", "Doktorspiel-Koffer", "Krankenwagen-Spielzeug", "Anti-Aging-Creme", "Pflaster",
    "Kühlpads", "Wärmflasche", "Vitamintabletten", "Magnesium-Brausetabletten", "Detox-Tee",
    "Immun-Booster-Shot", "Vitamin-C-Pulver", "Proteinriegel", "Lutschtabletten",
]
PRODUCT_HEALTH_EN = [
    "Dr Pepper", "Doc Martens", "Dr. Bronner's", "Skeleton Crew", "Foo Fighters' 'Medicine at Midnight'",
    "Panic! at the Disco", "My Chemical Romance", "Radiohead", "The Cure", "Operation (the board game)",
    "a first aid kit", "Vicks VapoRub", "cough sweets", "Lemsip", "a hot water bottle", "ice packs",
    "plasters", "vitamin gummies", "a detox tea", "immunity shots", "protein bars", "Strepsils",
    "Fisherman's Friend", "Red Bull",
]
HEALTH_CHARITY_DE = [
    "Deutsche Krebshilfe", "Deutsche Herzstiftung", "Deutsche Alzheimer Gesellschaft",
    "Deutsche Diabetes Hilfe", "DMSG", "Deutsche Rheuma-Liga", "Aktion Mensch", "Lebenshilfe",
    "Deutscher Allergie- und Asthmabund", "Stiftung Deutsche Depressionshilfe", "Krebsliga Schweiz",
    "Österreichische Krebshilfe", "DKMS", "Ärzte ohne Grenzen", "Deutsche Aidshilfe",
]
HEALTH_CHARITY_EN = [
    "Macmillan Cancer Support", "Cancer Research UK", "British Heart Foundation", "Alzheimer's Society",
    "Diabetes UK", "MS Society", "Mind", "Samaritans", "Asthma + Lung UK", "Anthony Nolan",
    "the American Cancer Society", "Parkinson's UK", "Beat", "Terrence Higgins Trust",
    "Doctors Without Borders", "Age UK", "Scope",
]
HEALTH_NEWS_DE = [
    "Grippewelle erreicht Höhepunkt", "Masernfälle steigen wieder", "Hitzewelle: Kliniken am Limit",
    "Neue Studie zu Long Covid", "Lieferengpass bei Fiebersäften", "Apotheken-Streik am Mittwoch",
    "Hausarztmangel auf dem Land", "Pollenflug startet früh", "Krankenkassen erhöhen Beiträge",
    "E-Rezept wird Pflicht", "Norovirus an Grundschule", "Zecken-Saison beginnt",
]
HEALTH_NEWS_EN = [
    "flu cases hit winter peak", "measles outbreak in the Midlands", "A&E waits at record high",
    "new study on long COVID", "shortage of ADHD medication", "pharmacists to strike on Wednesday",
    "GP shortage in rural areas", "pollen bomb expected this weekend", "norovirus closes school",
    "junior doctors' strike", "hospital waiting lists fall", "tick season starts early",
]
HEALTH_JOB_TITLE_DE = [
    "Pflegefachkraft (m/w/d)", "Medizinische Fachangestellte", "PTA (m/w/d)", "Apotheker/in",
    "Gesundheits- und Krankenpfleger", "Physiotherapeut (m/w/d)", "Altenpflegehelfer",
    "Rettungssanitäter", "Tiermedizinische Fachangestellte", "Praxismanagerin", "Pflegedienstleitung",
    "Heilerziehungspfleger", "Zahnmedizinische Fachangestellte", "Hebamme (m/w/d)",
]
HEALTH_JOB_TITLE_EN = [
    "Staff Nurse", "Healthcare Assistant", "Pharmacy Technician", "Dispensing Assistant", "Locum GP",
    "Band 5 Physiotherapist", "Care Worker", "Paramedic", "Veterinary Nurse", "Practice Manager",
    "Registered Manager", "Dental Nurse", "Midwife", "Support Worker",
]
CLINIC_DEPARTMENT_DE = [
    "Kardiologie", "Onkologie", "Neurologie", "Psychiatrie", "Geriatrie", "Unfallchirurgie",
    "Gynäkologie", "Kinderklinik", "Intensivstation", "Dermatologie", "Orthopädie", "Radiologie",
]
CLINIC_DEPARTMENT_EN = [
    "Cardiology", "Oncology", "Neurology", "Psychiatry", "Elderly Care", "Trauma & Orthopaedics",
    "Gynaecology", "Paediatrics", "ICU", "Dermatology", "Radiology", "the Maternity Unit",
]
HEALTH_COURSE_DE = [
    "Erste-Hilfe-Kurs", "Rückenkurs", "Rückenfit-Kurs", "Yoga für Schwangere", "Rückbildungsgymnastik",
    "Reha-Sport", "Herzsportgruppe", "Aqua-Gymnastik", "Sturzprävention-Kurs", "Pilates bei Rückenschmerzen",
    "Entspannungskurs", "Achtsamkeitskurs", "Kinder-Notfallkurs", "Erste Hilfe am Kind",
]
HEALTH_COURSE_EN = [
    "a first aid course", "a back care class", "pregnancy yoga", "postnatal pilates", "cardiac rehab class",
    "aqua aerobics", "a falls prevention class", "a mindfulness course", "paediatric first aid",
    "a CPR course", "mental health first aid", "a stress management workshop",
]
MEDICAL_DEVICE_PRODUCT_DE = [
    "Blutdruckmessgerät", "Fieberthermometer", "Pulsoximeter", "TENS-Gerät", "Inhalationsgerät",
    "Blutzuckermessgerät", "Rollator", "Bandage", "Knieorthese", "Kompressionsstrümpfe",
    "Ohrthermometer", "Massagepistole", "Lichtwecker", "Wärmepflaster",
]
MEDICAL_DEVICE_PRODUCT_EN = [
    "a blood pressure monitor", "a thermometer", "a pulse oximeter", "a TENS machine", "a nebuliser",
    "a glucose meter", "a rollator", "a knee brace", "compression socks", "an ear thermometer",
    "a massage gun", "a SAD lamp", "heat patches", "a walking frame",
]
# blind19: new health-like hard-negative lists
PHARMACY_CATEGORY_DE = [
    "Erkältung & Grippe", "Allergie & Heuschnupfen", "Magen & Darm", "Schmerz & Fieber",
    "Haut & Haare", "Schlaf & Beruhigung", "Blase & Niere", "Herz & Kreislauf", "Diabetikerbedarf",
    "Mund & Zähne", "Auge & Ohr", "Reiseapotheke",
]
PHARMACY_CATEGORY_EN = [
    "Cold & Flu", "Allergy & Hay Fever", "Digestive Health", "Pain Relief", "Skin Care", "Sleep Aids",
    "Diabetes Care", "Oral Care", "Eye Care", "Travel Health", "Women's Health", "First Aid",
]
GAME_HEALTH_DE = [
    "Statuseffekt Vergiftung", "Blutung (Debuff)", "Heiltrank", "Lebensenergie", "Infektionsrate",
    "Zombie-Virus", "Heilzauber", "Lähmungs-Debuff", "Erste-Hilfe-Kasten im Spiel", "HP-Regeneration",
]
GAME_HEALTH_EN = [
    "the poison status effect", "a bleed debuff", "health potions", "HP regen", "the infection meter",
    "the zombie virus", "a healing spell", "a stun debuff", "medkits", "max health",
]
HOSPITAL_NAME_DE = [
    "Charité", "Uniklinik Köln", "Klinikum rechts der Isar", "AKH Wien", "Inselspital Bern",
    "Universitätsspital Zürich", "Vivantes Klinikum Neukölln", "Helios Klinikum Berlin-Buch",
    "Asklepios Klinik Altona", "Klinikum Nürnberg",
]
HOSPITAL_NAME_EN = [
    "St Thomas' Hospital", "Guy's", "the Royal Infirmary", "Addenbrooke's", "the John Radcliffe",
    "Great Ormond Street", "Mass General", "the Mayo Clinic", "St Mary's Hospital", "the Royal Free",
]
HEALTH_APP_FEATURE_DE = [
    "Zyklustracker", "Schlafanalyse", "Schrittzähler", "Pulsmessung", "Stresslevel-Anzeige",
    "Trinkerinnerung", "Medikamentenerinnerung", "Atemübung", "Achtsamkeits-Timer", "Stimmungstagebuch",
]
HEALTH_APP_FEATURE_EN = [
    "the cycle tracker", "sleep tracking", "the step counter", "heart rate zones", "the stress score",
    "water reminders", "medication reminders", "breathing exercises", "the mindfulness timer",
    "the mood journal",
]
VET_PROCEDURE_DE = [
    "Kastration", "Zahnsteinentfernung", "Impfung gegen Tollwut", "Wurmkur", "Chip-Implantation",
    "Krallenschneiden", "Röntgen der Hüfte", "Blutbild beim Senior-Check", "Ultraschall beim Kater",
    "Sterilisation",
]
VET_PROCEDURE_EN = [
    "neutering", "a dental scale and polish", "the rabies jab", "worming", "microchipping",
    "nail clipping", "hip X-rays", "a senior blood panel", "spaying", "the booster jabs",
]
