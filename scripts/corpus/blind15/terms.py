"""Health terms and health-like negative phrases for blind set 15 (written fresh, blind).

Value lists (labelled HEALTH when a person's own health is meant):
DIAGNOSIS_* (INJURY_* included), SYMPTOM_*, MEDICATION_*, TREATMENT_*, ICD10.
Negative phrase lists (never labelled HEALTH): PET_HEALTH_* (animals), FIGURATIVE_*
(idioms), OBJECT_HEALTH_* (machines, accounts, cars, buildings), FICTION_HEALTH_*
(films, series, books, games), PLANT_HEALTH_* (garden and house plants).
"""

INJURY_DE = [
    "Schleudertrauma", "Rippenprellung", "Schlüsselbeinbruch", "Handgelenksbruch",
    "Platzwunde", "Gehirnerschütterung", "Bänderriss", "Sprunggelenksfraktur",
    "Prellung am Knie", "Nasenbeinbruch", "Stauchung der Halswirbelsäule", "Schnittwunde",
    "Verbrennung zweiten Grades", "Meniskusriss", "Kreuzbandriss", "Oberschenkelhalsbruch",
    "Unterarmfraktur", "Achillessehnenriss", "Schulterluxation", "Wirbelkörperfraktur",
    "Muskelfaserriss", "Fingerbruch", "Zerrung im Nacken", "Beckenprellung",
]
INJURY_EN = [
    "whiplash", "bruised ribs", "broken collarbone", "fractured wrist", "concussion",
    "torn ligament", "sprained ankle", "broken nose", "neck strain", "deep cut on my hand",
    "second-degree burn", "torn meniscus", "torn ACL", "hip fracture", "broken arm",
    "ruptured Achilles tendon", "dislocated shoulder", "fractured vertebra", "pulled hamstring",
    "broken finger", "knee contusion", "cracked rib", "facial laceration", "slipped disc",
]

DIAGNOSIS_DE = [
    "Diabetes Typ 2", "Diabetes Typ 1", "Schwangerschaftsdiabetes", "Bluthochdruck",
    "Herzinsuffizienz", "Vorhofflimmern", "koronare Herzkrankheit", "Herzinfarkt",
    "Schlaganfall", "Thrombose", "Lungenembolie", "Asthma", "COPD", "Lungenentzündung",
    "Bronchitis", "Mukoviszidose", "Schlafapnoe", "Morbus Crohn", "Colitis ulcerosa",
    "Reizdarmsyndrom", "Zöliakie", "Laktoseintoleranz", "Gallensteine", "Fettleber",
    "Leberzirrhose", "Hepatitis B", "Hepatitis C", "HIV", "Nierensteine",
    "Niereninsuffizienz", "Harnwegsinfekt", "Blasenentzündung", "Prostatakrebs",
    "Brustkrebs", "Darmkrebs", "Lungenkrebs", "Hautkrebs", "Leukämie", "Lymphom",
    "Schilddrüsenunterfunktion", "Schilddrüsenüberfunktion", "Hashimoto", "Morbus Basedow",
    "Eisenmangelanämie", "Vitamin-D-Mangel", "Vitamin-B12-Mangel", "erhöhte Leberwerte",
    "Hypercholesterinämie", "Gicht", "Rheuma", "rheumatoide Arthritis", "Arthrose",
    "Kniearthrose", "Osteoporose", "Bandscheibenvorfall", "Skoliose", "Fibromyalgie",
    "Multiple Sklerose", "Querschnittslähmung", "Parkinson", "Alzheimer", "Demenz", "Epilepsie", "Migräne",
    "Depression", "schwere depressive Episode", "Angststörung", "Panikstörung",
    "bipolare Störung", "Schizophrenie", "ADHS", "Autismus", "Essstörung", "Magersucht",
    "Bulimie", "Burnout", "posttraumatische Belastungsstörung", "Alkoholabhängigkeit",
    "Tinnitus", "Hörsturz", "Schwerhörigkeit", "Innenohrschwerhörigkeit", "Otosklerose",
    "Mittelohrentzündung", "Grauer Star", "Grüner Star", "Makuladegeneration",
    "Neurodermitis", "Schuppenflechte", "Gürtelrose",
    "Borreliose", "Corona", "Long Covid", "Influenza", "Keuchhusten", "Masern",
    "Windpocken", "Endometriose", "PCO-Syndrom", "Myome", "Unfruchtbarkeit",
    "eingeschränkte Spermienqualität", "Eileiterverschluss", "Fehlgeburt",
    "Präeklampsie", "Wochenbettdepression", "Lipödem", "Adipositas", "Pollenallergie",
    "Nussallergie", "Penicillinallergie", "Sepsis", "Pfeiffersches Drüsenfieber",
] + INJURY_DE

DIAGNOSIS_EN = [
    "type 2 diabetes", "type 1 diabetes", "gestational diabetes", "high blood pressure",
    "hypertension", "heart failure", "atrial fibrillation", "coronary artery disease",
    "heart attack", "stroke", "deep vein thrombosis", "pulmonary embolism", "asthma", "COPD",
    "pneumonia", "bronchitis", "cystic fibrosis", "sleep apnoea", "sleep apnea",
    "Crohn's disease", "ulcerative colitis", "IBS", "coeliac disease", "celiac disease",
    "lactose intolerance", "gallstones", "fatty liver disease", "cirrhosis", "hepatitis B",
    "hepatitis C", "HIV", "kidney stones", "chronic kidney disease", "UTI",
    "urinary tract infection", "prostate cancer", "breast cancer", "bowel cancer",
    "lung cancer", "melanoma", "leukaemia", "lymphoma", "hypothyroidism", "hyperthyroidism",
    "Hashimoto's", "Graves' disease", "iron deficiency anaemia", "vitamin D deficiency",
    "B12 deficiency", "high cholesterol", "gout", "rheumatoid arthritis", "osteoarthritis",
    "osteoporosis", "herniated disc", "scoliosis", "fibromyalgia", "multiple sclerosis",
    "Parkinson's", "Alzheimer's", "dementia", "epilepsy", "migraine", "chronic migraine",
    "depression", "major depressive disorder", "generalised anxiety disorder",
    "panic disorder", "bipolar disorder", "schizophrenia", "ADHD", "autism", "anorexia",
    "bulimia", "binge eating disorder", "PTSD", "OCD", "alcohol dependence", "tinnitus",
    "sudden hearing loss", "hearing loss", "sensorineural hearing loss", "otosclerosis",
    "ear infection", "cataracts", "glaucoma", "macular degeneration", "eczema", "psoriasis",
    "shingles", "Lyme disease", "COVID", "long COVID", "flu", "whooping cough", "measles",
    "chickenpox", "endometriosis", "PCOS", "fibroids", "infertility", "low sperm count",
    "blocked fallopian tubes", "miscarriage", "pre-eclampsia", "postnatal depression",
    "lipoedema", "obesity", "hay fever", "peanut allergy", "penicillin allergy", "sepsis",
    "glandular fever", "mono", "long-term back condition",
] + INJURY_EN

SYMPTOM_DE = [
    "Kopfschmerzen", "Migräneanfälle", "Schwindel", "Übelkeit", "Erbrechen", "Durchfall",
    "Verstopfung", "Bauchkrämpfe", "Sodbrennen", "Fieber", "Schüttelfrost", "Husten",
    "Reizhusten", "Atemnot", "Kurzatmigkeit", "Brustschmerzen", "Herzrasen",
    "Herzstolpern", "Ohrensausen", "Ohrgeräusche", "Druck auf den Ohren", "Sehstörungen",
    "Doppelbilder", "Taubheitsgefühl in den Fingern", "Kribbeln in den Beinen",
    "Rückenschmerzen", "Nackenschmerzen", "Gelenkschmerzen", "Knieschmerzen",
    "geschwollene Knöchel", "Muskelkrämpfe", "Schlafstörungen", "Schlaflosigkeit",
    "ständige Müdigkeit", "Erschöpfung", "Konzentrationsstörungen", "Gedächtnislücken",
    "Panikattacken", "Heulkrämpfe", "Appetitlosigkeit", "Gewichtsverlust", "Nachtschweiß",
    "Hitzewallungen", "Zwischenblutungen", "Unterleibsschmerzen", "starke Regelschmerzen",
    "Blut im Urin", "Blut im Stuhl", "Hautausschlag", "Juckreiz", "Haarausfall",
    "Zahnschmerzen", "Halsschmerzen", "Schluckbeschwerden", "Heiserkeit",
    "Wassereinlagerungen", "Zittern", "Ohnmachtsanfälle", "Krampfanfall", "Lähmung im Arm",
]
SYMPTOM_EN = [
    "headaches", "migraine attacks", "dizziness", "vertigo", "nausea", "vomiting",
    "diarrhoea", "diarrhea", "constipation", "stomach cramps", "heartburn", "fever",
    "a high temperature", "chills", "a persistent cough", "shortness of breath",
    "chest pain", "palpitations", "racing heart", "ringing in my ears", "muffled hearing",
    "blurred vision", "double vision", "numbness in my fingers", "pins and needles",
    "back pain", "lower back pain", "neck pain", "joint pain", "knee pain", "swollen ankles",
    "muscle cramps", "insomnia", "trouble sleeping", "constant fatigue", "exhaustion",
    "brain fog", "memory lapses", "panic attacks", "crying spells", "loss of appetite",
    "weight loss", "night sweats", "hot flushes", "hot flashes", "spotting",
    "pelvic pain", "painful periods", "blood in my urine", "blood in my stool", "a rash",
    "itching", "hair loss", "toothache", "a sore throat", "difficulty swallowing",
    "hoarseness", "fluid retention", "tremors", "fainting spells", "a seizure",
]

MEDICATION_DE = [
    "Ibuprofen", "Paracetamol", "Novaminsulfon", "Metamizol", "Diclofenac", "Tilidin",
    "Tramadol", "Oxycodon", "Pantoprazol", "Omeprazol", "L-Thyroxin", "Euthyrox",
    "Metformin", "Insulin", "Lantus", "Ozempic", "Ramipril", "Candesartan", "Amlodipin",
    "Bisoprolol", "Metoprolol", "Torasemid", "Eliquis", "Xarelto", "Marcumar",
    "ASS 100", "Atorvastatin", "Simvastatin", "Salbutamol", "Budesonid", "Symbicort",
    "Cortison", "Prednisolon", "Amoxicillin", "Cefuroxim", "Doxycyclin", "Ciprofloxacin",
    "Sertralin", "Citalopram", "Escitalopram", "Venlafaxin", "Mirtazapin", "Quetiapin",
    "Lithium", "Methylphenidat", "Ritalin", "Lorazepam", "Tavor", "Zopiclon", "Pregabalin",
    "Gabapentin", "Levetiracetam", "Lamotrigin", "Sumatriptan", "Cetirizin", "Antibabypille",
    "Pille danach", "Clomifen", "Utrogest", "Gonal-f", "Progesteron-Zäpfchen", "Folsäure",
    "Methotrexat", "Humira", "Allopurinol", "Vitamin-D-Tropfen", "Eisentabletten",
]
MEDICATION_EN = [
    "ibuprofen", "paracetamol", "acetaminophen", "Tylenol", "Advil", "naproxen", "codeine",
    "tramadol", "oxycodone", "omeprazole", "lansoprazole", "levothyroxine", "metformin",
    "insulin", "Ozempic", "Wegovy", "Mounjaro", "ramipril", "lisinopril", "amlodipine",
    "bisoprolol", "atenolol", "furosemide", "apixaban", "rivaroxaban", "warfarin",
    "aspirin 75", "atorvastatin", "simvastatin", "salbutamol inhaler", "Ventolin",
    "budesonide", "prednisolone", "amoxicillin", "co-amoxiclav", "doxycycline",
    "ciprofloxacin", "nitrofurantoin", "sertraline", "citalopram", "fluoxetine",
    "venlafaxine", "mirtazapine", "quetiapine", "lithium", "Adderall", "Ritalin",
    "diazepam", "Xanax", "zopiclone", "pregabalin", "gabapentin", "levetiracetam",
    "lamotrigine", "sumatriptan", "cetirizine", "the contraceptive pill", "morning-after pill", "clomid",
    "letrozole", "Gonal-F", "Cyclogest", "methotrexate", "Humira", "allopurinol",
    "folic acid", "iron tablets",
]

TREATMENT_DE = [
    "Herzschrittmacher", "Chemotherapie", "Strahlentherapie", "Immuntherapie", "Dialyse", "Bypass-OP",
    "Stent-Einsatz", "Herzkatheter", "Knie-TEP", "Hüft-TEP", "Bandscheiben-OP",
    "Kreuzband-OP", "Gallenblasen-OP", "Blinddarm-OP", "Kaiserschnitt",
    "Ausschabung", "IVF", "ICSI", "künstliche Befruchtung", "Insemination",
    "Eizellentnahme", "Embryotransfer", "Kryokonservierung", "Hormonstimulation",
    "Psychotherapie", "Verhaltenstherapie", "Traumatherapie", "stationäre Psychiatrie",
    "Entzugstherapie", "Physiotherapie", "Ergotherapie", "Logopädie", "Lymphdrainage",
    "manuelle Therapie", "Anschlussheilbehandlung", "Reha nach Schlaganfall",
    "orthopädische Reha", "Hörgeräteversorgung", "Cochlea-Implantat", "Grauer-Star-OP",
    "Augenlaser", "Wurzelbehandlung", "Zahnimplantat", "Magenspiegelung", "Darmspiegelung",
    "MRT", "CT", "Biopsie", "Gastroskopie", "Insulintherapie", "Schmerztherapie",
    "Grippeimpfung", "Tetanusimpfung", "Hepatitis-B-Impfung", "Corona-Auffrischimpfung",
    "FSME-Impfung", "Bluttransfusion", "Wundversorgung", "Insulinpumpe", "Schlaflabor",
    "CPAP-Therapie", "Magenbypass", "Schlauchmagen-OP",
]
TREATMENT_EN = [
    "pacemaker", "chemotherapy", "chemo", "radiotherapy", "immunotherapy", "dialysis", "bypass surgery",
    "a stent", "cardiac catheterisation", "knee replacement", "hip replacement",
    "spinal surgery", "ACL reconstruction", "gallbladder removal", "appendectomy",
    "C-section", "D&C", "IVF", "ICSI", "IUI", "egg retrieval", "embryo transfer",
    "egg freezing", "ovarian stimulation", "psychotherapy", "CBT", "EMDR",
    "inpatient psychiatric care", "detox programme", "physiotherapy",
    "occupational therapy", "speech therapy", "lymphatic drainage", "cardiac rehab",
    "stroke rehabilitation", "hearing aid fitting", "cochlear implant", "cataract surgery",
    "laser eye surgery", "root canal", "dental implant", "endoscopy", "colonoscopy", "MRI",
    "CT scan", "biopsy", "insulin therapy", "pain management programme", "flu jab",
    "flu shot", "tetanus booster", "hepatitis B vaccine", "COVID booster", "shingles vaccine",
    "blood transfusion", "wound care", "insulin pump", "sleep study", "CPAP therapy",
    "gastric bypass", "gastric sleeve", "the HPV vaccine",
]

ICD10 = [
    "E11.9", "E10.9", "E03.9", "E05.9", "E66.9", "E78.0", "E55.9", "D50.9", "I10", "I48.91",
    "I25.10", "I21.9", "I63.9", "I50.9", "I26.99", "J45.909", "J44.9", "J18.9", "J20.9",
    "J06.9", "J30.1", "K50.90", "K51.90", "K58.9", "K90.0", "K80.20", "K76.0", "K21.9",
    "N39.0", "N20.0", "N18.3", "N80.0", "E28.2", "N97.9", "D25.9", "O24.419", "O14.90",
    "F32.1", "F32.2", "F33.1", "F41.0", "F41.1", "F43.10", "F31.9", "F20.9", "F90.0",
    "F84.0", "F50.00", "F10.20", "G43.909", "G40.909", "G35", "G20", "G30.9", "G47.33",
    "H91.20", "H93.11", "H90.3", "H80.90", "H66.90", "H25.9", "H40.9", "L20.9", "L40.0",
    "B02.9", "A69.20", "U07.1", "M54.5", "M54.2", "M17.11", "M81.0", "M51.26", "M79.7",
    "M06.9", "M10.9", "S06.0X0A", "S42.001A", "S52.501A", "S83.511A", "S13.4XXA",
    "S82.891A", "S22.31XA", "C50.919", "C18.9", "C61", "C43.9", "C91.10", "Z34.90",
]

PET_HEALTH_DE = [
    "Giardien", "Zecken", "Flohbefall", "Katzenschnupfen", "Hüftdysplasie", "Zahnstein",
    "Ohrenentzündung", "Milbenbefall", "Würmer", "Leishmaniose", "Kreuzbandriss beim Hund",
    "Katzenseuche", "Niereninsuffizienz bei der Katze", "Hotspot am Hals", "Futtermittelallergie",
    "Magendrehung", "Spondylose", "Epi-Anfall beim Hund", "Maulhöhlenentzündung",
    "Kastration", "Entwurmung", "Tollwutimpfung", "Zahnsanierung unter Narkose",
    "Räude", "Bindehautentzündung am Auge", "Schilddrüsenüberfunktion bei Katzen",
    "Struvitsteine", "Ohrmilben", "Arthrose beim alten Hund", "Lahmheit hinten links",
    "Durchfall beim Welpen", "Erbrechen nach dem Fressen",
]
PET_HEALTH_EN = [
    "kennel cough", "fleas", "ticks", "worms", "ear mites", "hip dysplasia", "a ruptured cruciate",
    "feline flu", "cat flu", "parvo", "bloat", "hot spots", "dental disease", "tartar build-up",
    "an ear infection", "mange", "FIV", "feline kidney disease", "an overactive thyroid",
    "bladder stones", "a lump on his side", "limping on the back leg", "diarrhoea after the new food",
    "neutering", "spaying", "worming", "the rabies jab", "a dental under anaesthetic",
    "arthritis in her hips", "conjunctivitis", "a seizure last night", "the booster vaccination",
]

FIGURATIVE_DE = [
    "das macht mich noch krank", "da krieg ich echt die Krise", "mir platzt gleich der Kragen",
    "da hab ich Bauchschmerzen bei", "das bereitet mir Kopfschmerzen", "ich bin allergisch gegen Vorkasse",
    "das ist doch krank", "ich hab fast einen Herzinfarkt bekommen", "die Sache ist ein Dauerpatient",
    "der Markt hat Fieber", "wir suchen fieberhaft", "das war ein Schuss ins Knie",
    "ich kriege Zustände", "mir wird schwindelig bei den Preisen", "das geht mir an die Nieren",
    "da blutet mir das Herz", "ich bin todmüde vom Umzug", "der Laden ist ein Irrenhaus",
    "das ist eine Rosskur", "mein Geldbeutel hat Schwindsucht", "das Projekt liegt auf der Intensivstation",
    "der Vertrag ist ein Krebsgeschwür", "ich hab die Schnauze voll", "ich bin völlig verschnupft deswegen",
    "die Verhandlung war eine Zangengeburt", "ich krieg Ausschlag bei Warteschleifen",
    "das Konto ist krank", "das ist Gift für die Bonität", "ein Pflaster auf die Wunde",
    "Fieberkurve der Börse", "die Kasse hat die Grippe", "da sträuben sich mir die Nackenhaare",
]
FIGURATIVE_EN = [
    "fever pitch", "this is giving me a headache", "a pain in the neck", "I nearly had a heart attack",
    "I'm allergic to paperwork", "sick of waiting", "that's sick", "the deal is on life support",
    "a cash-flow headache", "it's a bitter pill to swallow", "my wallet is bleeding",
    "this paperwork is cancer", "I'm dying to know", "it drives me insane", "cold feet",
    "a shot in the arm for the budget", "butterflies in my stomach", "the market caught a cold",
    "I'm sick to death of this", "a band-aid fix", "a real headache", "heartbroken about the price",
    "a nightmare, honestly, I'm losing my mind", "this queue is killing me", "the bill gave me a stroke",
    "it's a sore point", "I could scream", "a blind spot in the contract", "a spineless answer",
    "crypto fever", "the wedding jitters", "the inbox is in intensive care",
]

OBJECT_HEALTH_DE = [
    "der Router ist krank", "der Motor hustet", "die Batterie ist tot", "der Akku stirbt",
    "die Heizung röchelt", "die Fahrzeugdiagnose", "Fehlerdiagnose per OBD", "der Laptop hat einen Virus",
    "die Waschmaschine hat Fieber", "das Auto hat einen Herzfehler", "die Wand hat Schimmel-Ausschlag",
    "das Getriebe ist lahm", "die Website liegt im Koma", "die App ist abgestürzt und tot",
    "die Kupplung ist hinüber", "der Zahnriemen ist durch", "das Dach blutet Wasser",
    "der Server hat Schluckauf", "der Kühlschrank schwitzt", "die Bremsen quietschen wie krank",
    "der Drucker hat Verstopfung", "die Leitung hat einen Infarkt", "der Wagen braucht eine Kur",
    "das Handy hat einen Sonnenbrand im Display", "das Wallet ist eingefroren",
]
OBJECT_HEALTH_EN = [
    "the router is sick", "the engine keeps coughing", "the battery is dead", "the battery is dying",
    "the boiler is wheezing", "vehicle diagnostics", "the OBD diagnosis", "my laptop has a virus",
    "the washing machine is running a fever", "the car has heart trouble", "the wall has a rash of mould",
    "the gearbox is limping", "the website is in a coma", "the app crashed and died",
    "the clutch is shot", "the timing belt snapped", "the roof is bleeding water",
    "the server has the hiccups", "the fridge is sweating", "the brakes scream",
    "the printer is constipated", "the pipe had a blockage", "the van needs a health check",
    "the screen has burn-in", "the wallet is frozen",
]

FICTION_HEALTH_DE = [
    "in der Serie hat der Chefarzt Krebs", "bei Grey's Anatomy stirbt wieder jemand",
    "der Held im Buch hat Amnesie", "im Film hat sie Leukämie", "der Zombie-Virus im Spiel",
    "in der Soap liegt er im Koma", "Dr. House hatte wieder Lupus im Verdacht",
    "die Figur im Roman hat Tuberkulose", "im Krimi war es Arsen", "der Bösewicht hat die Pest",
    "bei In aller Freundschaft die Herz-OP", "im Hörspiel bekommt der Kommissar einen Herzinfarkt",
    "die Seuche in der Netflix-Serie", "im Märchen schläft sie hundert Jahre",
]
FICTION_HEALTH_EN = [
    "in the show the surgeon has cancer", "someone dies on Grey's Anatomy again",
    "the hero in the book has amnesia", "in the film she has leukaemia", "the zombie virus in the game",
    "in the soap he's in a coma", "House suspected lupus again", "the character has consumption in the novel",
    "in the mystery it was arsenic", "the villain catches the plague", "the heart transplant in the drama",
    "the detective's heart attack in the podcast", "the pandemic in that Netflix series",
    "Sleeping Beauty's hundred-year nap",
]

PLANT_HEALTH_DE = [
    "Mehltau", "Blattläuse", "Wurzelfäule", "Spinnmilben", "Braunfäule an den Tomaten",
    "Trauermücken", "gelbe Blätter am Ficus", "Rost an den Rosen", "Schildläuse", "Buchsbaumzünsler",
    "Pilzbefall am Rasen", "Sternrußtau",
]
PLANT_HEALTH_EN = [
    "powdery mildew", "aphids", "root rot", "spider mites", "tomato blight", "fungus gnats",
    "yellow leaves on the fiddle-leaf fig", "rust on the roses", "scale insects", "box tree moth",
    "lawn fungus", "black spot",
]
