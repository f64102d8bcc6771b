"""Health terms for blind set 14 (written fresh for this set, German and English).

Terms are written the way patients and relatives type them in a support chat: lay
words, clinical words, German compounds, brand and generic drug names.  Dosages are
NOT part of a medication term (the templates put them next to it as negatives).
INJURY_* terms are labelled DIAGNOSIS and are therefore included in DIAGNOSIS_*.
"""

INJURY_DE = [
    "Kreuzbandriss", "Sprunggelenksfraktur", "Schlüsselbeinbruch", "Meniskusriss",
    "Handgelenksbruch", "Rippenprellung", "Gehirnerschütterung", "Bänderriss",
    "Achillessehnenriss", "Schleudertrauma", "Muskelfaserriss", "Oberschenkelhalsbruch",
    "Fingerfraktur", "Außenbandriss", "Zerrung im Oberschenkel", "Platzwunde",
    "Verbrühung", "Knöchelbruch", "Kahnbeinbruch", "Schulterluxation",
]
INJURY_EN = [
    "torn ACL", "broken wrist", "fractured ankle", "concussion", "whiplash",
    "sprained ankle", "torn meniscus", "broken collarbone", "hairline fracture",
    "dislocated shoulder", "torn hamstring", "fractured rib", "broken toe",
    "ruptured Achilles", "stress fracture", "tennis elbow", "rotator cuff tear",
    "second-degree burn",
]

DIAGNOSIS_DE = [
    "Bandscheibenvorfall", "Diabetes Typ 2", "Diabetes mellitus Typ 1", "Schilddrüsenunterfunktion",
    "Hashimoto", "Bluthochdruck", "Vorhofflimmern", "Herzinsuffizienz", "Asthma",
    "chronische Bronchitis", "COPD", "Lungenentzündung", "Gürtelrose", "Borreliose",
    "Morbus Crohn", "Colitis ulcerosa", "Reizdarmsyndrom", "Zöliakie", "Laktoseintoleranz",
    "Gallensteine", "Nierensteine", "Blasenentzündung", "Nierenbeckenentzündung",
    "Endometriose", "PCOS", "Schwangerschaftsdiabetes", "Präeklampsie", "Brustkrebs",
    "Prostatakrebs", "Darmkrebs", "Hautkrebs", "schwarzer Hautkrebs", "Leukämie",
    "Lymphom", "Multiple Sklerose", "Parkinson", "Alzheimer", "Demenz", "Epilepsie",
    "Migräne mit Aura", "Depression", "mittelgradige depressive Episode", "Burnout",
    "Angststörung", "Panikstörung", "posttraumatische Belastungsstörung", "ADHS",
    "Autismus", "Essstörung", "Magersucht", "Bulimie", "bipolare Störung",
    "Schizophrenie", "Zwangsstörung", "Neurodermitis", "Schuppenflechte", "Rosazea",
    "Gicht", "Rheuma", "rheumatoide Arthritis", "Arthrose", "Kniearthrose", "Osteoporose",
    "Fibromyalgie", "Tinnitus", "Hörsturz", "grauer Star", "grüner Star",
    "Makuladegeneration", "Netzhautablösung", "Mittelohrentzündung", "Mandelentzündung",
    "Pfeiffersches Drüsenfieber", "Covid", "Long Covid", "Influenza", "Scharlach",
    "Windpocken", "Keuchhusten", "Hand-Mund-Fuß-Krankheit", "Norovirus", "Magen-Darm-Grippe",
    "Karpaltunnelsyndrom", "Tennisarm", "Fersensporn", "Hallux valgus", "Skoliose",
    "Ischias", "Schlaganfall", "Herzinfarkt", "Thrombose", "Lungenembolie", "Anämie",
    "Eisenmangel", "Refluxkrankheit", "Gastritis", "Magengeschwür",
    "Fettleber", "Hepatitis B", "HIV", "Heuschnupfen", "Hausstauballergie", "Nussallergie",
    "Wespengiftallergie", "Schlafapnoe", "Narkolepsie", "Karies", "Parodontitis",
    "Weisheitszahnentzündung", "Kurzsichtigkeit", "Hornhautverkrümmung",
] + INJURY_DE

DIAGNOSIS_EN = [
    "type 2 diabetes", "type 1 diabetes", "prediabetes", "hypothyroidism", "Hashimoto's",
    "Graves' disease", "high blood pressure", "hypertension", "atrial fibrillation",
    "heart failure", "asthma", "COPD", "pneumonia", "bronchitis", "shingles", "Lyme disease",
    "Crohn's disease", "ulcerative colitis", "IBS", "coeliac disease", "celiac disease",
    "lactose intolerance", "gallstones", "kidney stones", "UTI", "kidney infection",
    "endometriosis", "PCOS", "gestational diabetes", "pre-eclampsia", "breast cancer",
    "prostate cancer", "bowel cancer", "melanoma", "leukaemia", "lymphoma",
    "multiple sclerosis", "MS", "Parkinson's", "Alzheimer's", "dementia", "epilepsy",
    "migraine", "chronic migraine", "depression", "major depressive disorder",
    "generalised anxiety disorder", "anxiety disorder", "panic disorder", "PTSD", "ADHD",
    "autism", "anorexia", "bulimia", "binge eating disorder", "bipolar disorder",
    "schizophrenia", "OCD", "eczema", "psoriasis", "rosacea", "gout", "rheumatoid arthritis",
    "osteoarthritis", "osteoporosis", "fibromyalgia", "ME/CFS", "chronic fatigue syndrome",
    "tinnitus", "cataracts", "glaucoma", "macular degeneration", "detached retina",
    "ear infection", "tonsillitis", "glandular fever", "mono", "Covid", "long Covid", "flu",
    "scarlet fever", "chickenpox", "whooping cough", "norovirus", "stomach bug",
    "carpal tunnel syndrome", "plantar fasciitis", "bunions", "scoliosis", "sciatica",
    "slipped disc", "herniated disc", "stroke", "mini-stroke", "heart attack", "DVT",
    "blood clot", "pulmonary embolism", "anaemia", "iron deficiency", "acid reflux",
    "GERD", "gastritis", "stomach ulcer", "fatty liver", "hepatitis C", "HIV", "hay fever",
    "peanut allergy", "penicillin allergy", "sleep apnoea", "sleep apnea", "insomnia",
    "tooth decay", "gum disease", "impacted wisdom tooth", "astigmatism", "lupus",
    "postnatal depression", "vertigo",
] + INJURY_EN

SYMPTOM_DE = [
    "Kopfschmerzen", "Migräneattacken", "Schwindel", "Übelkeit", "Erbrechen", "Durchfall",
    "Bauchkrämpfe", "Magenschmerzen", "Rückenschmerzen", "Nackenschmerzen",
    "Knieschmerzen", "Gelenkschmerzen", "Brustschmerzen", "Herzrasen", "Herzstolpern",
    "Atemnot", "Kurzatmigkeit", "Reizhusten", "Husten mit Auswurf", "Halsschmerzen",
    "Schluckbeschwerden", "Fieber", "hohes Fieber", "Schüttelfrost", "Nachtschweiß",
    "Gliederschmerzen", "Erschöpfung", "Dauermüdigkeit", "Schlafstörungen",
    "Konzentrationsstörungen", "Panikattacken", "Angstzustände", "Hautausschlag",
    "Juckreiz", "Quaddeln", "Schwellung am Knöchel", "Taubheitsgefühl in der Hand",
    "Kribbeln in den Beinen", "Sehstörungen", "Ohrenschmerzen", "Ohrgeräusche",
    "Zahnschmerzen", "Zahnfleischbluten", "Blut im Urin", "Brennen beim Wasserlassen",
    "Verstopfung", "Blähungen", "Sodbrennen", "Appetitlosigkeit", "Gewichtsverlust",
    "Haarausfall", "Wassereinlagerungen", "Muskelkrämpfe", "Zittern", "Ohnmachtsanfall",
    "Nasenbluten", "Krampfanfall", "Schmerzen im Unterbauch", "starke Regelschmerzen",
    "Hitzewallungen", "Stimmungsschwankungen", "Lichtempfindlichkeit",
]
SYMPTOM_EN = [
    "headaches", "migraines", "dizziness", "nausea", "vomiting", "diarrhoea", "diarrhea",
    "stomach cramps", "stomach pain", "back pain", "lower back pain", "neck pain",
    "knee pain", "joint pain", "chest pain", "chest tightness", "palpitations",
    "racing heart", "shortness of breath", "wheezing", "dry cough", "chesty cough",
    "sore throat", "trouble swallowing", "fever", "high temperature", "chills",
    "night sweats", "body aches", "fatigue", "exhaustion", "brain fog", "insomnia",
    "panic attacks", "anxiety attacks", "a rash", "hives", "itching", "swollen ankles",
    "numbness in my fingers", "pins and needles", "blurred vision", "earache",
    "ringing in my ears", "toothache", "bleeding gums", "blood in my urine",
    "burning when I pee", "constipation", "bloating", "heartburn", "loss of appetite",
    "weight loss", "hair loss", "muscle cramps", "tremors", "fainting", "a seizure",
    "nosebleeds", "pelvic pain", "heavy periods", "hot flushes", "mood swings",
    "sensitivity to light", "swollen glands", "loss of smell",
]

MEDICATION_DE = [
    "Ibuprofen", "Paracetamol", "Novaminsulfon", "Metamizol", "Diclofenac", "Voltaren",
    "Aspirin", "ASS", "Tramadol", "Tilidin", "Oxycodon", "Pantoprazol", "Omeprazol",
    "Metformin", "Insulin", "Lantus", "Ozempic", "L-Thyroxin", "Euthyrox", "Ramipril",
    "Candesartan", "Bisoprolol", "Metoprolol", "Amlodipin", "Simvastatin", "Atorvastatin",
    "Eliquis", "Xarelto", "Marcumar", "Clopidogrel", "Salbutamol", "Budesonid", "Foster",
    "Symbicort", "Cetirizin", "Loratadin", "Prednisolon", "Cortison", "Amoxicillin",
    "Penicillin", "Cefuroxim", "Doxycyclin", "Ciprofloxacin", "Fosfomycin", "Sertralin",
    "Citalopram", "Escitalopram", "Venlafaxin", "Mirtazapin", "Amitriptylin", "Lithium",
    "Quetiapin", "Methylphenidat", "Ritalin", "Medikinet", "Elvanse", "Lorazepam", "Tavor",
    "Diazepam", "Zopiclon", "Pregabalin", "Gabapentin", "Levetiracetam", "Lamotrigin",
    "Methotrexat", "Humira", "Sumatriptan", "Pille", "Antibabypille", "Eisentabletten",
    "Vitamin D", "Folsäure", "Kortisonspray", "Nasenspray mit Xylometazolin", "Fenistil",
    "Buscopan", "Iberogast", "Loperamid", "Movicol", "Allopurinol",
]
MEDICATION_EN = [
    "ibuprofen", "paracetamol", "acetaminophen", "Tylenol", "Advil", "naproxen",
    "aspirin", "co-codamol", "codeine", "tramadol", "oxycodone", "morphine", "omeprazole",
    "lansoprazole", "metformin", "insulin", "Ozempic", "Wegovy", "Mounjaro", "levothyroxine",
    "ramipril", "lisinopril", "amlodipine", "bisoprolol", "atorvastatin", "simvastatin",
    "apixaban", "rivaroxaban", "warfarin", "clopidogrel", "Ventolin", "salbutamol",
    "albuterol", "Symbicort", "Fostair", "cetirizine", "loratadine", "fexofenadine",
    "prednisolone", "prednisone", "hydrocortisone cream", "amoxicillin", "penicillin",
    "doxycycline", "nitrofurantoin", "ciprofloxacin", "flucloxacillin", "sertraline",
    "citalopram", "fluoxetine", "Prozac", "venlafaxine", "mirtazapine", "amitriptyline",
    "lithium", "quetiapine", "methylphenidate", "Ritalin", "Adderall", "Elvanse",
    "lorazepam", "diazepam", "Xanax", "zopiclone", "pregabalin", "gabapentin",
    "levetiracetam", "lamotrigine", "methotrexate", "Humira", "sumatriptan",
    "the pill", "Microgynon", "iron tablets", "vitamin D", "folic acid", "EpiPen",
    "Gaviscon", "loperamide", "Imodium", "Laxido", "allopurinol", "HRT",
]

TREATMENT_DE = [
    "Chemotherapie", "Chemo", "Strahlentherapie", "Bestrahlung", "Dialyse",
    "Physiotherapie", "Krankengymnastik", "manuelle Therapie", "Lymphdrainage",
    "Ergotherapie", "Logopädie", "Psychotherapie", "Verhaltenstherapie",
    "Gesprächstherapie", "stationäre Reha", "Anschlussheilbehandlung", "Reha",
    "Knie-OP", "Hüft-OP", "Bandscheiben-OP", "Gallen-OP", "Blinddarm-OP",
    "Kaiserschnitt", "Darmspiegelung", "Magenspiegelung", "Herzkatheter",
    "Stent-Implantation", "Bypass-OP", "Wurzelbehandlung", "Zahnimplantat",
    "Weisheitszahn-OP", "Parodontosebehandlung", "Augenlaser-OP", "Katarakt-OP",
    "künstliche Befruchtung", "IVF", "Insulintherapie", "Infusionstherapie",
    "Cortisonstoßtherapie", "Stoßwellentherapie", "Akupunktur", "Schmerztherapie",
    "Kreuzband-OP", "Mandel-OP", "Hörgeräteversorgung", "Tagesklinik",
    "Entzugsbehandlung", "Schlaflabor",
]
TREATMENT_EN = [
    "chemotherapy", "chemo", "radiotherapy", "radiation therapy", "dialysis",
    "physiotherapy", "physical therapy", "hydrotherapy", "occupational therapy",
    "speech therapy", "CBT", "talking therapy", "counselling", "EMDR", "psychotherapy",
    "knee replacement", "hip replacement", "spinal surgery", "gallbladder removal",
    "appendectomy", "C-section", "colonoscopy", "endoscopy", "angiogram", "stent",
    "bypass surgery", "root canal", "dental implant", "wisdom tooth extraction",
    "deep cleaning", "laser eye surgery", "cataract surgery", "IVF", "egg freezing",
    "insulin therapy", "IV antibiotics", "steroid injection", "cortisone injection",
    "shockwave therapy", "acupuncture", "pain management programme", "ACL reconstruction",
    "tonsillectomy", "hearing aids", "rehab", "detox programme", "sleep study",
    "blood transfusion", "skin graft", "MRI scan",
]

# ICD-10-CM codes (validated at import time in gen.py with simple_icd_10_cm)
ICD10 = [
    "E11.9", "E10.9", "E03.9", "E05.00", "I10", "I48.91", "I50.9", "J45.909", "J44.9",
    "J18.9", "J20.9", "B02.9", "A69.20", "K50.90", "K51.90", "K58.9", "K90.0", "E73.9",
    "K80.20", "N20.0", "N39.0", "N80.9", "E28.2", "O24.419", "C50.911", "C61", "C18.9",
    "C43.9", "G35", "G20", "G30.9", "F03.90", "G40.909", "G43.909", "G43.109", "F32.1",
    "F32.9", "F33.1", "F41.1", "F41.0", "F43.10", "F90.0", "F84.0", "F50.00", "F31.9",
    "F42.2", "L20.9", "L40.0", "L71.9", "M10.9", "M06.9", "M17.11", "M81.0", "M79.7",
    "H93.11", "H25.9", "H40.9", "H66.90", "J03.90", "B27.90", "U07.1", "U09.9", "J11.1",
    "M51.26", "M54.16", "M54.50", "I63.9", "I21.9", "I82.409", "D50.9", "K21.9", "K29.70",
    "K76.0", "J30.2", "G47.33", "G47.00", "S83.511A", "S52.501A", "S06.0X0A", "S93.401A",
    "S42.001A", "M77.10", "M72.2", "F10.20", "R51.9", "R42", "R11.0", "Z34.90",
]

PET_HEALTH_DE = [
    "die Impfung vom Hund", "Zeckenbiss bei der Katze", "Wurmkur für den Welpen",
    "der Kater hat Nierenprobleme", "Ohrenentzündung beim Hund", "Flohbefall",
    "die Katze hat Durchfall", "Hüftdysplasie beim Labrador", "Tollwutimpfung fürs Haustier",
    "Zahnstein beim Hund", "Kastration vom Kater", "das Pferd lahmt", "Milben beim Kaninchen",
    "Diabetes bei unserer Katze", "die Hündin ist läufig", "Leishmaniose beim Hund",
    "Katzenschnupfen", "Giardien beim Welpen", "Sommerekzem beim Pony",
    "der Wellensittich rupft sich", "Allergie beim Hund", "Arthrose beim alten Hund",
]
PET_HEALTH_EN = [
    "the dog's vaccination", "the cat's kidney problems", "flea treatment for the puppy",
    "worming tablets for the cat", "our dog's ear infection", "kennel cough",
    "the cat has diarrhoea", "hip dysplasia in our lab", "rabies jab for the dog",
    "the rabbit's teeth", "getting the cat neutered", "the horse is lame",
    "mites on the guinea pig", "our cat's diabetes", "the puppy's parvo shots",
    "the dog's arthritis", "feline flu", "the hamster's tumour", "my dog's allergies",
    "the parrot plucking its feathers", "ticks on the dog",
]
FIGURATIVE_DE = [
    "das macht mich krank", "ich krieg Kopfschmerzen von eurer Hotline", "Fieberkurve der Aktie",
    "das Warten ist die reinste Folter", "euer Kundendienst ist ein Albtraum",
    "mir platzt gleich der Kragen", "krankes System", "das ist doch krank",
    "Bauchschmerzen bei dem Vertrag", "da krieg ich Herzrasen wenn ich die Rechnung sehe",
    "ich bin allergisch gegen Warteschleifen", "Migräne-Tarif", "Schnupperkurs",
    "die Preise sind echt zum Kotzen", "Stromrechnung mit Fieber",
    "lahme Leitung", "virale Werbung", "Fieberwahn beim Black Friday",
    "das Projekt liegt auf der Intensivstation", "Kinderkrankheiten der App",
    "ich hab die Nase voll", "Gehirnjogging", "Zahnlücke im Zaun",
]
FIGURATIVE_EN = [
    "this traffic is a headache", "sick of waiting", "fever pitch", "migraine-inducing",
    "a pain in the neck", "makes me sick", "your hold music is giving me an ulcer",
    "I'm allergic to paperwork", "growing pains of the new app", "the market caught a cold",
    "heart attack when I saw the bill", "a sick deal", "paralysed by choice",
    "the project is on life support", "a real nightmare", "infectious enthusiasm",
    "going viral", "cold feet about the move", "blind spot in the policy",
    "bleeding money", "nerve-racking", "a tough pill to swallow", "brain freeze",
]
OBJECT_HEALTH_DE = [
    "der Akku stirbt", "das Handy ist tot", "der Laptop hat einen Virus", "die Waschmaschine röchelt",
    "der Drucker hustet", "das Auto hat Fieber", "der Router ist krank", "das Display hat einen Sprung",
    "der Kühlschrank hat Schüttelfrost", "der Koffer hat einen Beinbruch", "Herzschlag der Heizung",
    "die Uhr hat Herzrhythmusstörungen", "der Akku ist völlig erschöpft", "der Fernseher hat Aussetzer",
]
OBJECT_HEALTH_EN = [
    "my phone's battery is dying", "the laptop caught a virus", "the washing machine is wheezing",
    "the car has a cough", "the router is sick again", "the screen has a fracture",
    "the suitcase has a broken leg", "the boiler is on its last legs", "the printer is coughing up paper",
    "the tyre has a bruise", "my laptop's fever", "the app has a seizure every time I log in",
    "the fridge is dying", "dead battery",
]
FICTION_HEALTH_DE = [
    "in der Serie hat die Hauptfigur Krebs", "der Arzt im Krimi verschreibt Gift",
    "im Hörbuch stirbt die Oma an Tuberkulose", "Der eingebildete Kranke", "die Pest im Roman",
    "das Zombievirus im Spiel", "der Patient in der Arztserie hat Amnesie",
    "Die Schwarzwaldklinik", "im Film hat er eine Herz-OP",
]
FICTION_HEALTH_EN = [
    "the main character in the show gets cancer", "Grey's Anatomy", "the zombie virus in the game",
    "the plague in the novel", "House diagnosing lupus again", "the villain's poison in the film",
    "the detective with amnesia in the audiobook", "The Imaginary Invalid", "the hospital drama on Netflix",
]
PLANT_HEALTH_DE = [
    "die Tomaten haben Mehltau", "Blattläuse an den Rosen", "der Apfelbaum hat Schorf",
    "die Monstera hat Wurzelfäule", "Pilzbefall am Rasen", "die Orchidee kränkelt",
]
PLANT_HEALTH_EN = [
    "the tomatoes have blight", "greenfly on the roses", "the lawn has red thread",
    "root rot in the monstera", "the apple tree has canker", "the basil is wilting",
]
