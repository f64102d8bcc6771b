"""Health terms and hard-negative phrase lists for blind set 21 (written fresh for this set).

Every list below was written for blind21; nothing was copied from an earlier set's term file.
Terms in NO_RANDOM are only used through hand-picked {{TYPE:a|b}} alternatives in the templates
(lay phrasings, terms with an article, abbreviations that need context, inflected forms).
"""

# ---------------------------------------------------------------------------
# DIAGNOSIS (German)
DIAGNOSIS_DE = [
    "Migräne", "Diabetes Typ 2", "Typ-1-Diabetes", "Diabetes", "Bluthochdruck", "Asthma", "COPD",
    "Depression", "Depressionen", "Angststörung", "generalisierte Angststörung", "Panikstörung",
    "soziale Phobie", "Burnout", "Schilddrüsenunterfunktion", "Schilddrüsenüberfunktion", "Hashimoto",
    "Morbus Basedow", "Morbus Crohn", "Colitis ulcerosa", "Reizdarmsyndrom", "Reizdarm", "Zöliakie",
    "Laktoseintoleranz", "Histaminintoleranz", "Fruktoseintoleranz", "Endometriose", "PCOS",
    "Multiple Sklerose", "Epilepsie", "Parkinson", "Alzheimer", "Demenz", "vaskuläre Demenz",
    "rheumatoide Arthritis", "Rheuma", "Arthrose", "Kniearthrose", "Hüftarthrose", "Gicht",
    "Osteoporose", "Fibromyalgie", "Long Covid", "Post-Covid-Syndrom", "ME/CFS", "Bandscheibenvorfall",
    "Spinalkanalstenose", "Ischias", "Schlafapnoe", "Tinnitus", "Hörsturz", "Schwerhörigkeit",
    "grüner Star", "grauer Star", "Glaukom", "Makuladegeneration", "Neurodermitis", "Schuppenflechte",
    "Psoriasis", "Rosazea", "Akne inversa", "Herzinsuffizienz", "Herzschwäche", "Vorhofflimmern",
    "Herzrhythmusstörungen", "koronare Herzkrankheit", "Angina Pectoris", "Herzinfarkt", "Schlaganfall",
    "Thrombose", "Beinvenenthrombose", "Lungenembolie", "Krampfadern", "Brustkrebs", "Prostatakrebs",
    "Darmkrebs", "Lungenkrebs", "schwarzer Hautkrebs", "Hautkrebs", "Leukämie", "Lymphom",
    "Hodenkrebs", "Gebärmutterhalskrebs", "Eierstockkrebs", "Bauchspeicheldrüsenkrebs", "Hirntumor",
    "Niereninsuffizienz", "Nierenversagen", "Nierensteine", "Gallensteine", "Fettleber",
    "Leberzirrhose", "Hepatitis C", "Hepatitis B", "HIV", "Borreliose", "Gürtelrose",
    "Pfeiffersches Drüsenfieber", "Lungenentzündung", "Bronchitis", "Mittelohrentzündung",
    "Blasenentzündung", "Nierenbeckenentzündung", "Nebenhöhlenentzündung", "Mandelentzündung",
    "Scharlach", "Windpocken", "Keuchhusten", "Covid-19", "Influenza", "Magen-Darm-Infekt",
    "Norovirus", "ADHS", "ADS", "Autismus", "Asperger-Syndrom", "Legasthenie", "Dyskalkulie",
    "bipolare Störung", "Schizophrenie", "Borderline-Störung", "PTBS", "posttraumatische Belastungsstörung",
    "Zwangsstörung", "Essstörung", "Magersucht", "Anorexie", "Bulimie", "Binge-Eating-Störung",
    "Alkoholabhängigkeit", "Alkoholsucht", "Spielsucht", "Glücksspielsucht", "Medikamentenabhängigkeit",
    "Opioidabhängigkeit", "Cannabisabhängigkeit", "Kokainabhängigkeit", "Mediensucht", "Kaufsucht",
    "Heuschnupfen", "Hausstauballergie", "Erdnussallergie", "Nussallergie", "Penicillinallergie",
    "Wespengiftallergie", "Glutenunverträglichkeit", "Anämie", "Eisenmangel", "Eisenmangelanämie",
    "Vitamin-B12-Mangel", "Hypertonie", "Karpaltunnelsyndrom", "Tennisarm", "Fersensporn",
    "Hallux valgus", "Skoliose", "Morbus Bechterew", "Lipödem", "Lymphödem", "Harninkontinenz",
    "Prostatavergrößerung", "Erektionsstörung", "Unfruchtbarkeit", "Schwangerschaftsdiabetes",
    "Präeklampsie", "Wochenbettdepression", "Trisomie 21", "Down-Syndrom", "Zerebralparese",
    "Mukoviszidose", "Hämophilie", "Lupus", "Sarkoidose", "Morbus Addison", "Polyneuropathie",
    "Trigeminusneuralgie", "Restless-Legs-Syndrom", "Narkolepsie", "Insomnie", "chronische Schlafstörung",
    "Schlafstörung", "chronische Bronchitis", "Lungenfibrose", "Adipositas", "Lebensmittelallergie",
    "Nesselsucht", "Gastritis", "Refluxkrankheit", "Magengeschwür", "Divertikulitis", "Hämorrhoiden",
    "Analfissur", "Blinddarmentzündung", "Bauchfellentzündung", "Sehnenscheidenentzündung",
    "Schleimbeutelentzündung", "Frozen Shoulder", "Plantarfasziitis", "Hypothyreose",
    "Hyperthyreose", "Herzmuskelentzündung", "Perikarditis", "Aortenstenose", "Aneurysma",
    "Sepsis", "Hirnhautentzündung", "Gehirnentzündung", "Schwindelsyndrom", "Morbus Menière",
    "Sehnerventzündung", "Netzhautablösung", "Keratokonus", "Kurzsichtigkeit", "diabetische Retinopathie",
    "Krebs", "Tumor", "Metastasen", "Chlamydien", "Gonorrhö", "Syphilis", "Herpes", "Genitalherpes",
    "Feigwarzen", "Pilzinfektion", "Scheidenpilz", "Fußpilz", "Nagelpilz", "Krätze", "Kopfläuse",
    "Zahnfleischentzündung", "Parodontitis", "Kiefergelenksdysfunktion", "Zahnwurzelentzündung",
    "Long-Covid", "Lungenhochdruck", "Arteriosklerose", "Nierenzyste", "Schrumpfniere",
    "Eileiterschwangerschaft", "Plazentainsuffizienz", "Hyperemesis gravidarum", "Risikoschwangerschaft",
    "Schwangerschaft", "Depression mit Angst", "Anpassungsstörung",
]

DIAGNOSIS_EN = [
    "migraine", "migraines", "type 2 diabetes", "type 1 diabetes", "diabetes", "high blood pressure",
    "hypertension", "asthma", "COPD", "depression", "anxiety", "generalised anxiety disorder",
    "panic disorder", "social anxiety", "burnout", "an underactive thyroid", "hypothyroidism",
    "hyperthyroidism", "Hashimoto's", "Graves' disease", "Crohn's disease", "Crohn's",
    "ulcerative colitis", "IBS", "irritable bowel syndrome", "coeliac disease", "celiac disease",
    "lactose intolerance", "endometriosis", "PCOS", "polycystic ovary syndrome", "multiple sclerosis",
    "epilepsy", "Parkinson's", "Parkinson's disease", "Alzheimer's", "dementia", "vascular dementia",
    "rheumatoid arthritis", "arthritis", "osteoarthritis", "gout", "osteoporosis", "fibromyalgia",
    "long Covid", "ME/CFS", "chronic fatigue syndrome", "a slipped disc", "sciatica", "spinal stenosis",
    "sleep apnoea", "sleep apnea", "tinnitus", "sudden hearing loss", "hearing loss", "glaucoma",
    "cataracts", "macular degeneration", "eczema", "psoriasis", "rosacea", "hidradenitis suppurativa",
    "heart failure", "atrial fibrillation", "AFib", "an irregular heartbeat", "coronary heart disease",
    "angina", "a heart attack", "a stroke", "a mini stroke", "DVT", "deep vein thrombosis",
    "a pulmonary embolism", "varicose veins", "breast cancer", "prostate cancer", "bowel cancer",
    "colon cancer", "lung cancer", "melanoma", "skin cancer", "leukaemia", "leukemia", "lymphoma",
    "testicular cancer", "cervical cancer", "ovarian cancer", "pancreatic cancer", "a brain tumour",
    "chronic kidney disease", "kidney failure", "kidney stones", "gallstones", "fatty liver disease",
    "cirrhosis", "hepatitis C", "hepatitis B", "HIV", "Lyme disease", "shingles", "glandular fever",
    "mono", "pneumonia", "bronchitis", "an ear infection", "a UTI", "a urinary tract infection",
    "a kidney infection", "sinusitis", "tonsillitis", "scarlet fever", "chickenpox", "whooping cough",
    "Covid", "Covid-19", "the flu", "flu", "norovirus", "a stomach bug", "ADHD", "ADD", "autism",
    "Asperger's", "dyslexia", "dyspraxia", "bipolar disorder", "bipolar", "schizophrenia",
    "borderline personality disorder", "BPD", "PTSD", "OCD", "an eating disorder", "anorexia",
    "bulimia", "binge eating disorder", "alcohol dependence", "alcoholism", "alcohol addiction",
    "a gambling addiction", "gambling addiction", "opioid addiction", "opioid dependence",
    "cannabis dependence", "cocaine addiction", "a drinking problem", "hay fever", "a dust mite allergy",
    "a peanut allergy", "a nut allergy", "a penicillin allergy", "a bee sting allergy",
    "gluten intolerance", "anaemia", "anemia", "iron deficiency", "B12 deficiency", "carpal tunnel",
    "carpal tunnel syndrome", "tennis elbow", "plantar fasciitis", "bunions", "scoliosis",
    "ankylosing spondylitis", "lipoedema", "lymphoedema", "incontinence", "an enlarged prostate",
    "erectile dysfunction", "infertility", "gestational diabetes", "pre-eclampsia",
    "postnatal depression", "postpartum depression", "Down syndrome", "cerebral palsy",
    "cystic fibrosis", "haemophilia", "lupus", "sarcoidosis", "Addison's disease",
    "peripheral neuropathy", "neuropathy", "trigeminal neuralgia", "restless legs", "narcolepsy",
    "insomnia", "pulmonary fibrosis", "obesity", "a food allergy", "hives", "gastritis", "acid reflux",
    "GERD", "a stomach ulcer", "diverticulitis", "haemorrhoids", "piles", "appendicitis",
    "tendonitis", "bursitis", "frozen shoulder", "myocarditis", "pericarditis", "aortic stenosis",
    "an aneurysm", "sepsis", "meningitis", "encephalitis", "vertigo", "Meniere's disease",
    "optic neuritis", "a detached retina", "keratoconus", "diabetic retinopathy", "cancer",
    "a tumour", "secondary cancer", "chlamydia", "gonorrhoea", "syphilis", "herpes", "genital warts",
    "thrush", "a yeast infection", "athlete's foot", "scabies", "head lice", "gum disease",
    "periodontitis", "TMJ disorder", "an abscess", "an ectopic pregnancy", "hyperemesis",
    "a high-risk pregnancy", "pregnancy", "an adjustment disorder", "colic", "PMDD", "menopause",
    "perimenopause", "POTS", "Ehlers-Danlos syndrome", "EDS", "MS",
]

DIAGNOSIS_DE_INFLECTED = [
    "Diabetikerin", "Diabetiker", "Epileptikerin", "Epileptiker", "Asthmatikerin", "Asthmatiker",
    "schwanger", "in der 12. Woche schwanger", "Zucker", "was mit der Schilddrüse",
    "Schilddrüse spinnt", "Depris", "depressiv", "Bandscheibenvorfalls", "Schlaganfalls",
    "Herzinfarkts", "Migräneanfällen", "Krebserkrankung", "Krebsdiagnose", "Tumors",
    "Demenzerkrankung", "dement", "alkoholkrank", "suchtkrank", "spielsüchtig", "magersüchtig",
    "Borderlinerin", "Autistin", "Autist", "ADHSler", "Rheumatikerin", "MS-Schub", "Schub",
    "Psychose", "psychotische Episode", "Fehlgeburt", "Fehlgeburten", "Long-Covid-Erkrankung",
    "Angstzuständen", "Panikattacken", "Endometriose-Herden", "Bandscheibe", "Herzgeschichte",
    "Nierenschwäche", "Leukämieerkrankung", "Brustkrebserkrankung", "Coronainfektion",
    "Gürtelrosen-Erkrankung", "Essstörungen", "Alkoholproblem", "Drogenproblem", "Kokainsucht",
]
DIAGNOSIS_EN_INFLECTED = [
    "diabetic", "epileptic", "asthmatic", "pregnant", "12 weeks pregnant", "my sugar",
    "thyroid issues", "my thyroid is playing up", "thyroid problems", "depressed", "bipolar II",
    "a breakdown", "a nervous breakdown", "miscarriage", "a miscarriage", "miscarriages",
    "a psychotic episode", "psychosis", "relapse", "a relapse", "an MS relapse", "a flare-up",
    "a Crohn's flare", "a flare", "endo", "the big C", "cancer diagnosis", "a cancer diagnosis",
    "tumours", "alcoholic", "an alcoholic", "addicted to painkillers", "an addict", "in recovery",
    "autistic", "ADHD meds", "dyslexic", "anorexic", "a heart condition", "heart problems",
    "kidney problems", "a bad back", "my back", "long-Covid", "Covid twice", "a bleed on the brain",
    "brain bleed", "a seizure disorder", "seizures", "strokes", "heart attacks",
]

INJURY_DE = [
    "Kreuzbandriss", "Meniskusriss", "Schleudertrauma", "HWS-Schleudertrauma", "Gehirnerschütterung",
    "Rippenbruch", "Rippenprellung", "Schlüsselbeinbruch", "Handgelenksbruch", "Sprunggelenksbruch",
    "Oberschenkelhalsbruch", "Beckenbruch", "Bänderriss", "Achillessehnenriss", "Schulterluxation",
    "Prellung", "Verbrennung zweiten Grades", "Platzwunde", "Wirbelbruch", "Nasenbeinbruch",
    "Mittelfußbruch", "Muskelfaserriss", "Kahnbeinbruch", "Unterarmbruch", "Knöchelbruch",
    "Schädel-Hirn-Trauma", "Halswirbelverletzung", "Knieprellung", "Bänderdehnung", "Zerrung",
    "Rotatorenmanschettenriss", "Armbruch", "Beinbruch", "Fingerbruch", "Kieferbruch",
]
INJURY_EN = [
    "whiplash", "a concussion", "concussion", "a torn ACL", "an ACL tear", "a torn meniscus",
    "a broken rib", "broken ribs", "a fractured collarbone", "a broken wrist", "a broken ankle",
    "a hip fracture", "a fractured pelvis", "torn ligaments", "a ruptured Achilles",
    "a dislocated shoulder", "a bruised sternum", "second-degree burns", "a head injury",
    "a fractured vertebra", "a broken nose", "a stress fracture", "a torn hamstring", "a sprained ankle",
    "a broken arm", "a broken leg", "a broken finger", "a broken jaw", "a traumatic brain injury",
    "a neck injury", "a rotator cuff tear", "a pulled muscle", "a deep cut", "a fractured skull",
]

# ---------------------------------------------------------------------------
SYMPTOM_DE = [
    "Kopfschmerzen", "Schwindel", "Übelkeit", "Erbrechen", "Durchfall", "Verstopfung",
    "Bauchschmerzen", "Rückenschmerzen", "Brustschmerzen", "Atemnot", "Luftnot", "Herzrasen",
    "Herzstolpern", "Fieber", "hohes Fieber", "Schüttelfrost", "Nachtschweiß", "Gelenkschmerzen",
    "Taubheitsgefühl", "Kribbeln in den Händen", "Sehstörungen", "Ohrensausen", "Schlaflosigkeit",
    "Erschöpfung", "Konzentrationsstörungen", "Gedächtnislücken", "Panikattacken", "Ohnmachtsanfälle",
    "Kreislaufprobleme", "Sodbrennen", "Blut im Stuhl", "Reizhusten", "Heiserkeit", "Halsschmerzen",
    "Hautausschlag", "Juckreiz", "Haarausfall", "Gewichtsverlust", "Wassereinlagerungen",
    "geschwollene Beine", "Zittern", "Krampfanfälle", "Suizidgedanken", "Albträume", "Flashbacks",
    "Appetitlosigkeit", "Heißhungerattacken", "Blasenschwäche", "Zwischenblutungen", "Regelschmerzen",
    "Hitzewallungen", "Nackenschmerzen", "Knieschmerzen", "Schulterschmerzen", "Lichtempfindlichkeit",
    "Wortfindungsstörungen", "Benommenheit", "Muskelkrämpfe", "Muskelschwäche", "Gleichgewichtsstörungen",
    "Lähmungserscheinungen", "Doppelbilder", "Ohrenschmerzen", "Zahnschmerzen", "Kieferschmerzen",
    "Nervenschmerzen", "Phantomschmerzen", "Krämpfe", "Blähungen", "Magenkrämpfe", "Brennen beim Wasserlassen",
    "Blut im Urin", "Atembeschwerden", "Engegefühl in der Brust", "Stimmungsschwankungen",
    "Antriebslosigkeit", "innere Unruhe", "Grübeln", "Selbstverletzung", "Entzugserscheinungen",
    "Suchtdruck", "Craving", "Schweißausbrüche", "Schlafprobleme", "Durchschlafstörungen",
    "Einschlafprobleme", "Müdigkeit", "Fatigue", "Brain Fog", "Geschmacksverlust", "Geruchsverlust",
    "Schluckbeschwerden", "Würgereiz", "Schwellungen", "Blutergüsse", "Nasenbluten", "Ohnmacht",
    "Gangunsicherheit", "Verwirrtheit", "Halluzinationen", "Wahnvorstellungen", "Rückenschmerzen im Lendenbereich",
    "Ischiasschmerzen", "Wehen", "vorzeitige Wehen", "Schwangerschaftsübelkeit", "Blutungen",
    "Schmerzen nach dem Unfall", "Kopfschmerzen seit dem Unfall",
]
SYMPTOM_EN = [
    "headaches", "headache", "dizziness", "nausea", "vomiting", "diarrhoea", "diarrhea", "constipation",
    "stomach pain", "abdominal pain", "back pain", "lower back pain", "chest pain", "shortness of breath",
    "breathlessness", "heart palpitations", "palpitations", "a racing heart", "fever", "a high temperature",
    "chills", "night sweats", "joint pain", "numbness", "pins and needles", "blurred vision",
    "ringing in my ears", "insomnia", "exhaustion", "fatigue", "brain fog", "memory problems",
    "panic attacks", "fainting", "blackouts", "heartburn", "blood in my stool", "a chesty cough",
    "a dry cough", "a persistent cough", "a sore throat", "hoarseness", "a rash", "itching",
    "hair loss", "weight loss", "swollen ankles", "swollen legs", "tremors", "the shakes", "seizures",
    "suicidal thoughts", "nightmares", "flashbacks", "loss of appetite", "binge eating", "bladder leaks",
    "spotting", "period pain", "heavy periods", "hot flushes", "hot flashes", "neck pain", "knee pain",
    "shoulder pain", "light sensitivity", "slurred speech", "muscle cramps", "muscle weakness",
    "balance problems", "double vision", "earache", "toothache", "jaw pain", "nerve pain",
    "cramps", "bloating", "stomach cramps", "burning when I pee", "blood in my urine",
    "tightness in my chest", "mood swings", "low mood", "lack of motivation", "restlessness",
    "self-harm", "withdrawal symptoms", "cravings", "sweating", "sleep problems", "trouble sleeping",
    "tiredness", "loss of taste", "loss of smell", "trouble swallowing", "swelling", "bruising",
    "nosebleeds", "confusion", "hallucinations", "paranoia", "sciatic pain", "contractions",
    "early contractions", "morning sickness", "bleeding", "whiplash pain", "neck stiffness",
]
SYMPTOM_DE_INFLECTED = [
    "übergebe mich ständig", "muss mich dauernd übergeben", "kotze seit gestern", "mir ist ständig schwindelig",
    "schwindelig", "kriege keine Luft", "kann nicht schlafen", "schlafe kaum noch", "Kopfweh",
    "Bauchweh", "Rücken", "Migräneattacke", "Panikattacke", "Heulkrämpfe", "zittrig", "Durchfall seit Tagen",
    "Schmerzen im Nacken", "Fieberschübe", "Krampfanfall", "Anfall", "Anfälle", "umgekippt",
    "zusammengeklappt", "Herzrasen bekommen", "Blutungen in der Schwangerschaft", "Rückfallgedanken",
    "Suchtdrucks", "Entzugs", "Kopfschmerzattacken", "Suizidgedanken hatte",
]
SYMPTOM_EN_INFLECTED = [
    "throwing up", "been throwing up", "puking", "feeling dizzy", "dizzy spells", "can't breathe properly",
    "can't sleep", "not sleeping", "passing out", "passed out", "blacked out", "fainted",
    "a panic attack", "a migraine attack", "the runs", "a fit", "had a fit", "a seizure",
    "crying all the time", "shaky", "feel sick", "feeling sick", "my back's gone", "heart racing",
    "bleeding in pregnancy", "relapse thoughts", "urges to drink", "cravings again", "a splitting headache",
    "chest pains",
]

# ---------------------------------------------------------------------------
MEDICATION_DE = [
    "Ibuprofen", "Ibuprofen 600", "Ibu 800", "Paracetamol", "Metformin", "L-Thyroxin", "Levothyroxin",
    "Euthyrox", "Ramipril", "Bisoprolol", "Metoprolol", "Amlodipin", "Candesartan", "Valsartan",
    "Simvastatin", "Atorvastatin", "Pantoprazol", "Omeprazol", "Sertralin", "Citalopram", "Escitalopram",
    "Venlafaxin", "Mirtazapin", "Bupropion", "Elontril", "Lithium", "Quetiapin", "Seroquel",
    "Risperidon", "Aripiprazol", "Methylphenidat", "Ritalin", "Medikinet", "Elvanse", "Lamotrigin",
    "Levetiracetam", "Keppra", "Valproat", "Insulin", "Lantus", "NovoRapid", "Humalog", "Ozempic",
    "Mounjaro", "Wegovy", "Marcumar", "Eliquis", "Xarelto", "ASS 100", "Clopidogrel", "Prednisolon",
    "Cortison", "Methotrexat", "MTX", "Humira", "Enbrel", "Salbutamol", "Symbicort", "Spiriva",
    "Foster-Spray", "Cetirizin", "Loratadin", "Novaminsulfon", "Metamizol", "Tilidin", "Tramadol",
    "Oxycodon", "Morphin", "Fentanylpflaster", "Pregabalin", "Lyrica", "Gabapentin", "Diazepam",
    "Lorazepam", "Tavor", "Zopiclon", "Zolpidem", "Amitriptylin", "Sumatriptan", "Rizatriptan",
    "Topiramat", "Torasemid", "HCT", "Spironolacton", "Allopurinol", "Amoxicillin", "Doxycyclin",
    "Cefuroxim", "Ciprofloxacin", "Fosfomycin", "Nitrofurantoin", "Aciclovir", "Valaciclovir",
    "Antibiotika", "Antibiotikum", "Antibabypille", "Pille danach", "Letrozol", "Tamoxifen",
    "Clomifen", "Progesteron", "Utrogest", "Gonal-f", "Menopur", "Ovitrelle", "Methadon", "Polamidon",
    "Subutex", "Buprenorphin", "Naltrexon", "Antabus", "Disulfiram", "Champix", "Eisentabletten",
    "Blutverdünner", "Wassertabletten", "Schilddrüsentabletten", "Antidepressiva", "Betablocker",
    "Cortisonspray", "Asthmaspray", "EpiPen", "Adrenalin-Pen", "Jext", "Nasenspray mit Cortison",
    "Kortisonsalbe", "Protopic", "Dupixent", "Fampyra", "Tecfidera", "Ocrevus", "Levodopa", "Madopar",
    "Donepezil", "Memantin", "Biperiden", "Cannabis auf Rezept", "Medizinal-Cannabis", "Dronabinol",
    "Opipramol", "Agomelatin", "Trazodon", "Pipamperon", "Melperon", "Haloperidol", "Olanzapin",
    "Clozapin", "Insulinpen", "Freestyle-Libre-Sensor", "Testosteron-Gel", "Östrogengel",
    "Hormonpflaster", "Estradiol", "Finasterid", "Tamsulosin", "Sildenafil", "Viagra",
]
MEDICATION_EN = [
    "ibuprofen", "paracetamol", "acetaminophen", "Tylenol", "co-codamol", "naproxen", "sertraline",
    "fluoxetine", "citalopram", "escitalopram", "mirtazapine", "venlafaxine", "propranolol",
    "amitriptyline", "levothyroxine", "metformin", "insulin", "Ozempic", "Wegovy", "Mounjaro",
    "atorvastatin", "simvastatin", "ramipril", "amlodipine", "lisinopril", "losartan", "bisoprolol",
    "warfarin", "apixaban", "rivaroxaban", "Eliquis", "clopidogrel", "omeprazole", "lansoprazole",
    "prednisolone", "prednisone", "methotrexate", "Humira", "adalimumab", "salbutamol", "Ventolin",
    "Seretide", "Fostair", "Symbicort", "montelukast", "cetirizine", "fexofenadine", "gabapentin",
    "pregabalin", "tramadol", "codeine", "oxycodone", "morphine", "diazepam", "lorazepam", "zopiclone",
    "sumatriptan", "topiramate", "lamotrigine", "levetiracetam", "sodium valproate", "lithium",
    "quetiapine", "aripiprazole", "olanzapine", "methylphenidate", "Concerta", "Elvanse", "Adderall",
    "Vyvanse", "Xanax", "Zoloft", "Prozac", "Lexapro", "Wellbutrin", "bupropion", "amoxicillin",
    "doxycycline", "nitrofurantoin", "flucloxacillin", "clarithromycin", "antibiotics", "Microgynon",
    "Cerazette", "letrozole", "Clomid", "progesterone pessaries", "Cyclogest", "Gonal-F", "Menopur",
    "methadone", "buprenorphine", "Subutex", "naltrexone", "Antabuse", "disulfiram", "Champix",
    "EpiPen", "HRT", "Evorel patches", "estradiol gel", "Oestrogel", "testosterone gel", "finasteride",
    "tamsulosin", "sildenafil", "Viagra", "iron tablets", "B12 injections", "blood thinners",
    "water tablets", "antidepressants", "beta blockers", "steroids", "steroid cream", "Dupixent",
    "Ocrevus", "Tecfidera", "levodopa", "Sinemet", "donepezil", "memantine", "medical cannabis",
    "Oramorph", "fentanyl patches", "Naloxone", "Suboxone", "PrEP", "Truvada", "Biktarvy",
    "Ritalin", "Strattera", "clonidine", "Lantus", "NovoRapid",
    "Humalog", "a Libre sensor", "Freestyle Libre", "Dexcom", "omeprazole 20mg", "sertraline 100mg",
]
MEDICATION_DE_INFLECTED = [
    "die Pille", "Pille", "Schmerzmittel", "starke Schmerzmittel", "Schlaftabletten", "Beruhigungsmittel",
    "Psychopharmaka", "Antidepressivum", "Neuroleptika", "Opiate", "Insulinspritzen", "Thrombosespritzen",
    "Blutdrucktabletten", "Blutdruckmittel", "Cholesterinsenker", "Abnehmspritze", "Spritze zum Abnehmen",
    "Hormonspritzen", "Stimulationsspritzen", "Notfallspray", "Spray", "Asthmasprays", "Tabletten",
    "Ritalins", "Methadons", "Substitut", "Substitutionsmittel", "Benzos", "Tilidins", "L-Thyroxins",
]
MEDICATION_EN_INFLECTED = [
    "the pill", "the morning-after pill", "painkillers", "strong painkillers", "sleeping pills",
    "sedatives", "meds", "my meds", "my tablets", "my inhaler", "my blue inhaler", "my brown inhaler",
    "the weight-loss jab", "fat jabs", "hormone injections", "stims", "injections", "insulin pens",
    "my pen", "my EpiPens", "benzos", "opiates", "antipsychotics", "blood pressure tablets",
    "statins", "my HRT", "the patch", "the jab", "my script", "methadone script",
]

# ---------------------------------------------------------------------------
TREATMENT_DE = [
    "Chemotherapie", "Chemo", "Bestrahlung", "Strahlentherapie", "Dialyse", "Physiotherapie",
    "Krankengymnastik", "Ergotherapie", "Logopädie", "Psychotherapie", "Verhaltenstherapie",
    "tiefenpsychologische Therapie", "Traumatherapie", "EMDR", "Suchttherapie", "Entgiftung", "Entzug",
    "qualifizierter Entzug", "Substitutionstherapie", "Langzeittherapie", "Entwöhnungsbehandlung",
    "Reha", "Anschlussheilbehandlung", "AHB", "Mutter-Kind-Kur", "Knie-OP", "Hüft-OP", "Hüftprothese",
    "Knieprothese", "künstliches Kniegelenk", "Bypass-OP", "Stent", "Herzkatheter", "Darmspiegelung",
    "Magenspiegelung", "Koloskopie", "MRT", "Kernspin", "CT", "Biopsie", "Mammographie",
    "Bandscheiben-OP", "Kaiserschnitt", "Ausschabung", "IVF", "ICSI", "Insemination", "Eizellentnahme",
    "Punktion", "Embryotransfer", "Kryotransfer", "Schwangerschaftsabbruch", "Sterilisation",
    "Vasektomie", "Magenbypass", "Schlauchmagen", "Blinddarm-OP", "Gallenblasen-OP", "Mandel-OP",
    "Leistenbruch-OP", "Katarakt-OP", "Augenlaser-OP", "Insulintherapie", "Immuntherapie",
    "Hyposensibilisierung", "Antikörpertherapie", "Infusionstherapie", "Bluttransfusion",
    "Stammzelltransplantation", "Nierentransplantation", "Sauerstofftherapie", "CPAP-Therapie",
    "Lymphdrainage", "manuelle Therapie", "Wundversorgung", "Verbandswechsel", "Cochlea-Implantat",
    "Wurzelbehandlung", "Vollnarkose", "Kreuzband-OP", "Meniskus-OP", "Schulter-OP", "Arthroskopie",
    "Gelenkspiegelung", "Spritzentherapie", "Infiltration", "Akupunktur", "Elektrotherapie",
    "Gerätetraining auf Rezept", "Rehasport", "Funktionstraining", "Ernährungstherapie",
    "Schmerztherapie", "multimodale Schmerztherapie", "Tagesklinik", "stationäre Therapie",
    "ambulante Therapie", "Gruppentherapie", "Paartherapie", "Familientherapie", "Hormontherapie",
    "Brust-OP", "Mastektomie", "Gebärmutterentfernung", "Hysterektomie", "Port-Anlage",
    "Tumor-OP", "Herz-OP", "Herzklappen-OP", "Schrittmacher", "Herzschrittmacher", "Defibrillator-Implantation",
    "Amputation", "Wirbelsäulen-OP", "Versteifungs-OP", "Magenband", "Fettabsaugung bei Lipödem",
    "Elektrokrampftherapie", "Lichttherapie", "Sprachtherapie", "Heimbeatmung", "Pflege zu Hause",
    "Insulinpumpe",
]
TREATMENT_EN = [
    "chemo", "chemotherapy", "radiotherapy", "radiation", "dialysis", "physio", "physiotherapy",
    "occupational therapy", "speech therapy", "speech and language therapy", "CBT", "counselling",
    "therapy", "EMDR", "talking therapy", "psychotherapy", "DBT", "detox", "rehab", "residential rehab",
    "a methadone programme", "opioid substitution therapy", "a knee replacement", "a hip replacement",
    "ACL reconstruction", "ACL surgery", "bypass surgery", "a stent", "angioplasty", "a colonoscopy",
    "an endoscopy", "an MRI", "an MRI scan", "a CT scan", "a biopsy", "a mammogram", "spinal surgery",
    "a C-section", "a caesarean", "IVF", "ICSI", "IUI", "egg retrieval", "an embryo transfer",
    "a frozen embryo transfer", "egg freezing", "a termination", "an abortion", "a vasectomy",
    "gastric bypass", "a gastric sleeve", "an appendectomy", "gallbladder surgery", "a tonsillectomy",
    "hernia surgery", "cataract surgery", "laser eye surgery", "insulin therapy", "immunotherapy",
    "allergy shots", "biologics", "infusions", "an iron infusion", "a blood transfusion",
    "a stem cell transplant", "a kidney transplant", "oxygen therapy", "CPAP", "lymphatic drainage",
    "wound care", "dressing changes", "a cochlear implant", "a root canal", "general anaesthetic",
    "knee surgery", "shoulder surgery", "an arthroscopy", "steroid injections", "a nerve block",
    "acupuncture", "hydrotherapy", "pain management", "a pain clinic", "group therapy",
    "couples therapy", "family therapy", "hormone therapy", "a mastectomy", "a lumpectomy",
    "a hysterectomy", "a port fitted", "heart surgery", "valve replacement", "a pacemaker", "an ICD fitted",
    "an amputation", "spinal fusion", "a gastric band", "ECT", "light therapy", "home ventilation",
    "an insulin pump", "reablement", "home care visits", "palliative care", "hospice care",
    "a day programme", "an inpatient stay", "outpatient therapy", "a 12-step programme",
    "radiotherapy sessions", "physio sessions", "cardiac rehab", "pulmonary rehab", "stroke rehab",
]
TREATMENT_DE_INFLECTED = [
    "operiert", "operiert worden", "bestrahlt", "in Therapie", "in Behandlung", "entgiftet",
    "substituiert", "in der Reha", "Reha-Maßnahme", "OP", "Operation", "Eingriff", "Chemos",
    "Bestrahlungen", "Dialysetermine", "Physiotermine", "Therapiestunden", "Therapiesitzung",
    "Kinderwunschbehandlung", "Stimulation", "Transfer", "Abbruch", "Entzugsbehandlung",
    "Suchtberatung", "Reha-Antrag", "Therapieplatz", "Therapieplatzes", "Klinikaufenthalt",
    "Psychiatrieaufenthalt", "Aufenthalt in der Psychiatrie",
]
TREATMENT_EN_INFLECTED = [
    "surgery", "an operation", "the op", "operated on", "in therapy", "in treatment", "in rehab",
    "on dialysis", "on chemo", "having chemo", "radiotherapy appointments", "physio appointments",
    "therapy sessions", "a session", "fertility treatment", "stims", "the transfer", "egg collection",
    "the procedure", "a detox", "a stay in psychiatric hospital", "an inpatient admission",
    "sectioned", "a psych ward", "treatment", "my treatment", "the treatment plan", "a course of CBT",
    "the waiting list for therapy", "counselling sessions",
]

# terms picked only through hand-written alternatives ({{TYPE:a|b}}), never at random
NO_RANDOM = {
    "Diabetes", "Krebs", "Tumor", "Metastasen", "Schwangerschaft", "Depression mit Angst",
    "Influenza", "Long-Covid", "ADS", "Rheuma", "Reizdarm", "Burnout",
    "Kurzsichtigkeit", "diabetische Retinopathie", "Insomnie", "Schlafstörung", "Pilzinfektion",
    "Antibiotika", "Antibiotikum", "Blutverdünner", "Wassertabletten", "Schilddrüsentabletten",
    "Antidepressiva", "Betablocker", "Tabletten", "Insulinpen", "Freestyle-Libre-Sensor",
    "Cannabis auf Rezept", "Chemo", "Reha", "AHB", "Entzug", "CT", "Stent", "Punktion", "Transfer",
    "Tagesklinik", "stationäre Therapie", "ambulante Therapie", "Pflege zu Hause", "Schrittmacher",
    "Rücken", "Krämpfe", "Blutungen", "Wehen", "Müdigkeit", "Ohnmacht", "Grübeln", "Craving",
    "Schmerzen nach dem Unfall", "Kopfschmerzen seit dem Unfall", "Rückenschmerzen im Lendenbereich",
    "HCT", "MTX", "Spray", "Insulinpumpe",
    # English
    "a slipped disc", "an underactive thyroid", "an irregular heartbeat", "a heart attack", "a stroke",
    "a mini stroke", "a pulmonary embolism", "a brain tumour", "an ear infection", "a UTI",
    "a urinary tract infection", "a kidney infection", "the flu", "flu", "a stomach bug",
    "an eating disorder", "a gambling addiction", "a drinking problem", "a dust mite allergy",
    "a peanut allergy", "a nut allergy", "a penicillin allergy", "a bee sting allergy", "an enlarged prostate",
    "a food allergy", "a stomach ulcer", "an aneurysm", "a detached retina", "a tumour", "an abscess",
    "an ectopic pregnancy", "a high-risk pregnancy", "pregnancy", "an adjustment disorder", "colic",
    "cancer", "mono", "MS", "EDS", "bipolar", "Covid", "menopause", "perimenopause", "burnout",
    "a chesty cough", "a dry cough", "a persistent cough", "a sore throat", "a rash", "a racing heart",
    "a high temperature", "headache", "fever", "swelling", "sweating", "bleeding", "contractions",
    "cramps", "the shakes", "tiredness", "confusion", "whiplash pain",
    "antibiotics", "blood thinners", "water tablets", "antidepressants", "beta blockers", "steroids",
    "a Libre sensor", "omeprazole 20mg", "sertraline 100mg",
    "therapy", "rehab", "radiation", "a stent", "a caesarean", "a termination", "an abortion",
    "a pain clinic", "a day programme", "an inpatient stay", "a port fitted", "an ICD fitted",
    "general anaesthetic", "reablement", "home care visits", "infusions", "biologics",
    "a concussion", "a deep cut", "a pulled muscle",
}

# compounds and multi-word terms written split or hyphenated the way people type them
SPLIT_COMPOUNDS = {
    "Bandscheibenvorfall": ["Bandscheiben-Vorfall", "Bandscheiben Vorfall"],
    "Schilddrüsenunterfunktion": ["Schilddrüsen-Unterfunktion", "Schilddrüsen Unterfunktion"],
    "Schilddrüsenüberfunktion": ["Schilddrüsen-Überfunktion"],
    "Kreuzbandriss": ["Kreuzband-Riss", "Kreuzband Riss"],
    "Meniskusriss": ["Meniskus-Riss"],
    "Herzrhythmusstörungen": ["Herzrhythmus-Störungen", "Herz-Rhythmus-Störungen"],
    "Schlafapnoe": ["Schlaf-Apnoe", "Schlaf Apnoe"],
    "Angststörung": ["Angst-Störung", "Angst Störung"],
    "Panikattacken": ["Panik-Attacken", "Panik Attacken"],
    "Essstörung": ["Ess-Störung"],
    "Alkoholabhängigkeit": ["Alkohol-Abhängigkeit", "Alkohol Abhängigkeit"],
    "Medikamentenabhängigkeit": ["Medikamenten-Abhängigkeit"],
    "Glücksspielsucht": ["Glücksspiel-Sucht"],
    "Chemotherapie": ["Chemo-Therapie", "Chemo Therapie"],
    "Psychotherapie": ["Psycho-Therapie"],
    "Verhaltenstherapie": ["Verhaltens-Therapie", "Verhaltens Therapie"],
    "Traumatherapie": ["Trauma-Therapie", "Trauma Therapie"],
    "Substitutionstherapie": ["Substitutions-Therapie"],
    "Anschlussheilbehandlung": ["Anschluss-Heilbehandlung"],
    "Oberschenkelhalsbruch": ["Oberschenkelhals-Bruch", "Oberschenkelhals Bruch"],
    "Sprunggelenksbruch": ["Sprunggelenks-Bruch"],
    "Gehirnerschütterung": ["Gehirn-Erschütterung"],
    "Rippenbruch": ["Rippen-Bruch"],
    "Schwangerschaftsdiabetes": ["Schwangerschafts-Diabetes", "Schwangerschafts Diabetes"],
    "Wochenbettdepression": ["Wochenbett-Depression"],
    "Nierensteine": ["Nieren-Steine"],
    "Lungenentzündung": ["Lungen-Entzündung", "Lungen Entzündung"],
    "Blasenentzündung": ["Blasen-Entzündung"],
    "Gelenkschmerzen": ["Gelenk-Schmerzen"],
    "Rückenschmerzen": ["Rücken-Schmerzen", "Rücken Schmerzen"],
    "Konzentrationsstörungen": ["Konzentrations-Störungen"],
    "Schleudertrauma": ["Schleuder-Trauma"],
    "Thrombosespritzen": ["Thrombose-Spritzen"],
    "Schmerztherapie": ["Schmerz-Therapie"],
    # English
    "heartburn": ["heart burn"],
    "osteoarthritis": ["osteo-arthritis", "osteo arthritis"],
    "whiplash": ["whip lash", "whip-lash"],
    "chemotherapy": ["chemo therapy", "chemo-therapy"],
    "radiotherapy": ["radio therapy", "radio-therapy"],
    "physiotherapy": ["physio therapy", "physio-therapy"],
    "antidepressants": ["anti-depressants", "anti depressants"],
    "painkillers": ["pain killers", "pain-killers"],
    "breathlessness": ["breathless-ness"],
    "nosebleeds": ["nose bleeds", "nose-bleeds"],
    "toothache": ["tooth ache"],
    "earache": ["ear ache"],
    "fibromyalgia": ["fibro-myalgia"],
    "hypothyroidism": ["hypo-thyroidism", "hypo thyroidism"],
}

# ICD-10-CM codes (validated with simple_icd_10_cm when the generator loads)
ICD10 = [
    "F32.1", "F32.2", "F33.1", "F41.0", "F41.1", "F43.10", "F43.12", "F43.21", "F90.0", "F90.2",
    "F84.0", "F10.20", "F11.20", "F12.20", "F14.20", "F63.0", "F50.2", "F60.3", "F20.9", "F31.81",
    "F42.2", "E11.9", "E10.9", "E03.9", "E05.00", "E06.3", "G43.909", "G43.109", "G40.909", "G35",
    "G47.33", "G62.9", "J45.909", "J44.9", "I10", "I48.91", "I50.9", "I63.9", "I21.9", "I26.99",
    "I82.409", "K50.90", "K51.90", "K58.9", "K90.0", "K21.9", "K80.20", "K76.0", "N80.9", "E28.2",
    "N20.0", "N39.0", "M54.16", "M51.26", "M17.11", "M16.11", "M81.0", "M79.7", "M10.9", "M05.79",
    "S83.511A", "S06.0X0A", "S13.4XXA", "S72.001A", "S82.891A", "S42.001A", "S22.39XA", "U07.1",
    "U09.9", "Z33.1", "O24.419", "O14.90", "O21.0", "H91.90", "H40.9", "H25.9", "H93.19", "L40.0",
    "L20.9", "C50.911", "C61", "C18.9", "C34.90", "C91.10", "C43.9", "B20", "B18.2", "A69.20",
    "B02.9", "R51.9", "R42", "R53.83", "R11.2", "E66.9", "D50.9", "E55.9", "Z79.4", "N97.9",
    "Z31.83", "O03.9", "G93.32", "R07.9",
]

# ---------------------------------------------------------------------------
# hard-negative phrase lists: health words that are not about a person
PET_HEALTH_DE = [
    "Hüftdysplasie bei unserem Labrador", "Kreuzbandriss bei unserer Hündin", "Diabetes beim Kater",
    "Schilddrüsenüberfunktion bei unserer Katze", "Epilepsie bei unserem Border Collie",
    "Ohrenentzündung beim Dackel", "Zahnstein beim Kater", "Katzenschnupfen", "Zwingerhusten",
    "Giardien beim Welpen", "Arthrose bei der alten Hündin", "Bandscheibenvorfall beim Dackel",
    "Niereninsuffizienz bei der Katze", "Allergie beim Hund (Futtermittel)", "Magendrehung beim Schäferhund",
    "Hautpilz beim Meerschweinchen", "Zahnfehlstellung beim Kaninchen", "Herzgeräusch bei unserem Kater",
    "Tumor an der Milz vom Hund", "Blasenentzündung beim Kater", "Durchfall beim Welpen",
    "Flöhe bei der Katze", "Räude beim Hund", "Leishmaniose beim Straßenhund aus Spanien",
    "Patellaluxation beim Chihuahua", "Ellbogendysplasie beim Berner Sennenhund",
]
PET_HEALTH_EN = [
    "hip dysplasia in our Labrador", "a cruciate ligament tear in the dog", "diabetes in our cat",
    "hyperthyroidism in our old cat", "epilepsy in our collie", "an ear infection in the spaniel",
    "dental disease in the cat", "cat flu", "kennel cough", "giardia in the puppy",
    "arthritis in our old girl (she's a lurcher)", "IVDD in the dachshund", "kidney disease in the cat",
    "a food allergy in the dog", "bloat in our Great Dane", "ringworm on the guinea pig",
    "overgrown teeth in the rabbit", "a heart murmur in our cat", "a mast cell tumour on the dog",
    "cystitis in the tomcat", "the puppy's diarrhoea", "fleas on the cat", "mange on the rescue dog",
    "a luxating patella in the pug", "elbow dysplasia in the Bernese", "the dog's skin allergy",
]
FIGURATIVE_DE = [
    "fast einen Herzinfarkt bekommen", "das macht mich krank", "Kopfschmerzen bereitet", "Bauchschmerzen bei der Sache",
    "allergisch gegen Warteschleifen", "kurz vorm Nervenzusammenbruch", "Schnappatmung gekriegt",
    "ein Albtraum", "zum Kotzen", "ich krieg die Krise", "mir platzt gleich der Kopf", "Zuckerschock beim Preis",
    "das tut weh", "Herzschmerz", "krank, wie lange das dauert",
]
FIGURATIVE_EN = [
    "nearly had a heart attack", "this is making me sick", "a total headache", "a pain in the neck",
    "allergic to paperwork", "on the verge of a breakdown", "gave me a panic attack lol", "a nightmare",
    "sick of waiting", "my wallet is bleeding", "I'm dying here", "almost had a stroke when I saw the bill",
    "hurts my brain", "heartbroken", "a migraine of a process",
]
OBJECT_HEALTH_DE = [
    "Virus auf dem Laptop", "Trojaner auf dem Handy", "Fehlerdiagnose am Motor", "Akkugesundheit",
    "Motordiagnose", "Virenscanner", "Diagnosegerät der Werkstatt", "Wasserschaden am Handy",
    "Rost-Diagnose", "Systemdiagnose",
]
OBJECT_HEALTH_EN = [
    "a virus on my laptop", "malware on the phone", "engine diagnostics", "battery health",
    "the diagnostic check on the car", "antivirus", "water damage to the phone", "the heart of the system",
    "a sick battery", "the health of the SSD",
]
FICTION_HEALTH_DE = [
    "die Serie über die Notaufnahme", "der Roman über Demenz", "die Doku über Magersucht", "Grey's Anatomy",
    "der Film mit der Krebskranken", "der Podcast über Sucht", "Die Charité (Serie)",
]
FICTION_HEALTH_EN = [
    "the show about the A&E nurses", "a novel about dementia", "the documentary on anorexia",
    "Grey's Anatomy", "the film where she has cancer", "a podcast about addiction", "House MD",
]
PLANT_HEALTH_DE = [
    "Mehltau an den Rosen", "Blattläuse am Basilikum", "Wurzelfäule beim Kaktus", "Braunfäule an den Tomaten",
    "Spinnmilben an der Monstera", "Sternrußtau", "Trauermücken in der Blumenerde",
]
PLANT_HEALTH_EN = [
    "powdery mildew on the roses", "aphids on the basil", "root rot in my cactus", "blight on the tomatoes",
    "spider mites on the monstera", "black spot", "fungus gnats in the compost",
]
GENERIC_HEALTH_DE = [
    "Gesundheitstipps", "gesunde Ernährung", "Vorsorgeuntersuchungen allgemein", "Erste Hilfe",
    "betriebliches Gesundheitsmanagement", "Hygieneregeln", "Gesundheitskarte allgemein", "Prävention",
]
GENERIC_HEALTH_EN = [
    "health tips", "healthy eating", "general wellbeing", "first aid", "workplace wellbeing",
    "hygiene rules", "prevention", "self-care tips",
]
FOOD_ALLERGEN_DE = [
    "kann Spuren von Nüssen enthalten", "glutenfrei", "laktosefrei", "enthält Sellerie", "vegan, ohne Soja",
    "Allergene: Ei, Milch",
]
FOOD_ALLERGEN_EN = [
    "may contain traces of nuts", "gluten-free", "dairy-free", "contains celery", "vegan, soy-free",
    "allergens: egg, milk",
]
PRODUCT_HEALTH_DE = [
    "Fieberthermometer im Angebot", "Pflaster-Set", "Blutdruckmessgerät von Beurer", "Kühlkompressen",
    "Reiseapotheke-Set", "Erste-Hilfe-Kasten fürs Auto", "Pulsoximeter (Angebot)",
]
PRODUCT_HEALTH_EN = [
    "a digital thermometer", "a plaster kit", "a blood pressure monitor on offer", "cold packs",
    "a travel first-aid kit", "a car first-aid kit", "a pulse oximeter (on sale)",
]
HEALTH_CHARITY_DE = [
    "Deutsche Krebshilfe", "Deutsche Diabetes Hilfe", "DMSG", "Alzheimer Forschung Initiative",
    "Deutsche Herzstiftung", "Anonyme Alkoholiker", "Deutsche Depressionshilfe",
]
HEALTH_CHARITY_EN = [
    "Macmillan", "Cancer Research UK", "Mind", "the British Heart Foundation", "Diabetes UK",
    "Alzheimer's Society", "Alcoholics Anonymous",
]
PHARMACY_CATEGORY_DE = [
    "Erkältung & Grippe", "Allergie & Heuschnupfen", "Schmerz & Fieber", "Magen & Darm",
    "Haut & Haare", "Mutter & Kind", "Diabetikerbedarf", "Vitamine & Mineralstoffe",
]
PHARMACY_CATEGORY_EN = [
    "Cold & Flu", "Allergy & Hayfever", "Pain Relief", "Digestive Health", "Skin & Hair",
    "Mother & Baby", "Diabetes Care", "Vitamins & Supplements",
]
GAME_HEALTH_DE = ["Heiltrank", "Lebenspunkte", "Giftschaden", "Regeneration", "Verbandskasten im Spiel"]
GAME_HEALTH_EN = ["health potion", "HP regen", "poison damage", "a medkit", "the revive item"]
HOSPITAL_NAME_DE = [
    "Charité", "Uniklinik Köln", "Klinikum rechts der Isar", "AKH Wien", "Inselspital Bern",
    "Klinikum Nürnberg Nord", "UKE Hamburg", "Vivantes Klinikum Neukölln",
]
HOSPITAL_NAME_EN = [
    "St Thomas' Hospital", "Addenbrooke's", "the Royal Infirmary", "Mount Sinai", "Guy's",
    "the John Radcliffe", "Leeds General Infirmary", "Massachusetts General",
]
HEALTH_APP_FEATURE_DE = [
    "Stimmungstagebuch", "Atemübung", "Schlaftracker", "Medikamenten-Erinnerung", "Achtsamkeitskurs",
    "Notfallkontakt-Funktion", "Wochenrückblick", "Dankbarkeitstagebuch", "Trinkprotokoll",
]
HEALTH_APP_FEATURE_EN = [
    "mood journal", "breathing exercise", "sleep tracker", "pill reminder", "mindfulness course",
    "emergency contact feature", "weekly check-in", "gratitude journal", "drink tracker",
]
VET_PROCEDURE_DE = [
    "Kastration", "Zahnsanierung beim Hund", "Tollwutimpfung", "Chip-Setzen", "Ultraschall beim Kater",
    "Röntgen der Hüfte (Hund)", "Wurmkur", "Krallen schneiden",
]
VET_PROCEDURE_EN = [
    "neutering", "a dental under anaesthetic for the dog", "the rabies jab", "microchipping",
    "an ultrasound for the cat", "hip X-rays for the dog", "worming", "a nail clip",
]
HEALTH_NEWS_DE = [
    "Grippewelle", "Masernausbruch in Sachsen", "Corona-Variante in den Nachrichten", "Hitzewarnung",
    "Pollenflug-Vorhersage", "Norovirus-Welle an Kitas",
]
HEALTH_NEWS_EN = [
    "flu season", "a measles outbreak in the news", "a new Covid variant", "the heat health alert",
    "the pollen forecast", "a norovirus wave",
]
HEALTH_JOB_TITLE_DE = [
    "Pflegefachkraft", "Physiotherapeutin", "Apothekerin", "MFA", "Suchtberater", "Sozialarbeiterin",
    "Rettungssanitäter", "Ergotherapeut", "Pflegehelferin", "Bestatterin",
]
HEALTH_JOB_TITLE_EN = [
    "staff nurse", "physio", "pharmacist", "healthcare assistant", "addiction counsellor", "social worker",
    "paramedic", "occupational therapist", "carer", "funeral director",
]
CLINIC_DEPARTMENT_DE = [
    "Kardiologie", "Notaufnahme", "Radiologie", "Verwaltung der Klinik", "Patientenaufnahme",
    "Zentralapotheke", "Empfang Haus C",
]
CLINIC_DEPARTMENT_EN = [
    "cardiology", "A&E reception", "radiology", "hospital admin", "patient admissions",
    "the hospital pharmacy", "the main reception in block C",
]
HEALTH_COURSE_DE = [
    "Erste-Hilfe-Kurs", "Rückenschule für Mitarbeitende", "Kurs Mental Health First Aid", "Pflegekurs für Angehörige",
    "Reanimationstraining",
]
HEALTH_COURSE_EN = [
    "first aid course", "a back care workshop for staff", "mental health first aid training",
    "a carers' course", "CPR training",
]
MEDICAL_DEVICE_PRODUCT_DE = [
    "Inhalationsgerät PARI BOY (Shop)", "Blutdruckmessgerät (Artikelseite)", "Rollator Leichtgewicht",
    "Gehstock mit LED", "Pulsoximeter", "Fieberthermometer",
]
MEDICAL_DEVICE_PRODUCT_EN = [
    "a PARI nebuliser (product page)", "a blood pressure cuff (listing)", "a lightweight rollator",
    "a walking stick with a light", "a pulse oximeter", "an ear thermometer",
]
TATTOO_CARE_DE = ["Heilsalbe zweimal täglich", "Folie nach 3 Stunden ab", "nicht in die Sonne"]
TATTOO_CARE_EN = ["healing balm twice a day", "film off after 3 hours", "keep it out of the sun"]
SCHOOL_HEALTH_NOTICE_DE = ["Läusealarm in Klasse 3", "Elternbrief zur Masernimpfung", "Hinweis zu Hand-Fuß-Mund"]
SCHOOL_HEALTH_NOTICE_EN = ["head lice letter for Year 3", "the MMR reminder letter", "a hand, foot and mouth notice"]
SPA_TREATMENT_DE = ["Hot-Stone-Massage", "Aromaöl-Massage", "Gesichtsbehandlung Deluxe", "Ayurveda-Anwendung"]
SPA_TREATMENT_EN = ["hot stone massage", "aromatherapy massage", "deluxe facial", "Ayurvedic treatment"]
