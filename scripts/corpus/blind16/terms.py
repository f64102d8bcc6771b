"""Health terms for blind set 16 (written fresh for this set).

Lists of terms as people type them in chats: base forms, inflected forms (German genitive /
dative / plural), German compounds and a few common lay misspellings that are kept as their own
entries.  Every template alternative {{TYPE:a|b}} must be an entry of the matching list.
Health-like phrases that are NOT about a person's own health (animals, figurative speech,
objects, fiction, plants, general topics, food labels) are listed at the end; the generator uses
them only as hard negatives.
"""

# ---------------------------------------------------------------------------- injuries
INJURY_DE = [
    "Kreuzbandriss", "Kreuzbandrisses", "vorderer Kreuzbandriss", "Meniskusriss", "Meniskusschaden",
    "Außenbandriss", "Bänderriss", "Bänderdehnung", "Sprunggelenksverletzung", "Umknicktrauma",
    "Achillessehnenriss", "Achillessehnenreizung", "Muskelfaserriss", "Zerrung im Oberschenkel",
    "Oberschenkelzerrung", "Schulterluxation", "ausgekugelte Schulter", "Rotatorenmanschettenruptur",
    "Schlüsselbeinbruch", "Handgelenksbruch", "Radiusfraktur", "Mittelfußbruch", "Ermüdungsbruch",
    "Rippenprellung", "Rippenbruch", "Schädelprellung", "Gehirnerschütterung", "Schleudertrauma",
    "Tennisarm", "Läuferknie", "Patellaspitzensyndrom", "Schienbeinkantensyndrom", "Fingerfraktur",
    "Kapselriss", "Oberschenkelhalsbruch", "Knochenprellung", "Platzwunde", "Verbrennung zweiten Grades", "Wirbelkörperfraktur",
]
INJURY_EN = [
    "torn ACL", "ACL tear", "ACL reconstruction recovery", "torn meniscus", "meniscus tear",
    "sprained ankle", "ankle sprain", "rolled ankle", "ligament damage", "torn ligament",
    "Achilles rupture", "Achilles tendinopathy", "hamstring strain", "pulled hamstring", "calf strain",
    "groin strain", "dislocated shoulder", "rotator cuff tear", "broken collarbone", "fractured wrist",
    "broken wrist", "stress fracture", "broken metatarsal", "cracked rib", "bruised ribs", "concussion",
    "whiplash", "tennis elbow", "golfer's elbow", "runner's knee", "jumper's knee", "shin splints",
    "plantar fasciitis", "broken finger", "fractured kneecap", "second-degree burn", "slipped disc",
]

# ---------------------------------------------------------------------------- diagnoses
DIAGNOSIS_DE = [
    # chronic / internal
    "Diabetes", "Diabetes Typ 1", "Diabetes Typ 2", "Typ-2-Diabetes", "Typ-1-Diabetes", "Typ-1-Diabetikerin", "Diabetiker",
    "Diabetikerin", "Schwangerschaftsdiabetes", "Bluthochdruck", "Hypertonie", "Herzinsuffizienz",
    "Herzschwäche", "Vorhofflimmern", "Herzrhythmusstörungen", "Herzinfarkt", "Herzinfarkts",
    "Schlaganfall", "Schlaganfalls", "Thrombose", "Beinvenenthrombose", "Lungenembolie", "Asthma",
    "Asthmatiker", "Asthmaanfall", "Asthmaanfälle", "COPD", "Lungenentzündung", "Bronchitis",
    "chronische Bronchitis", "Keuchhusten", "Tuberkulose", "Schilddrüsenunterfunktion",
    "Schilddrüsenüberfunktion", "Hashimoto", "Morbus Basedow", "Zöliakie", "Laktoseintoleranz",
    "Fruktoseintoleranz", "Histaminintoleranz", "Morbus Crohn", "Colitis ulcerosa", "Reizdarm",
    "Reizdarmsyndrom", "Gastritis", "Magengeschwür", "Sodbrennen-Erkrankung", "Refluxkrankheit",
    "Gallensteine", "Gallenkolik", "Nierensteine", "Nierenkolik", "Niereninsuffizienz",
    "Blasenentzündung", "Harnwegsinfekt", "Blinddarmentzündung", "Leistenbruch", "Nabelbruch",
    "Hämorrhoiden", "Gicht", "Gichtanfall", "Rheuma", "rheumatoide Arthritis", "Arthrose",
    "Kniearthrose", "Gonarthrose", "Hüftarthrose", "Osteoporose", "Fibromyalgie", "Bandscheibenvorfall",
    "Bandscheibenvorfalls", "Bandscheibenvorfällen", "Hexenschuss", "Ischias", "Skoliose",
    "Karpaltunnelsyndrom", "Multiple Sklerose", "MS-Schub", "Parkinson", "Epilepsie",
    "epileptischer Anfall", "Migräne", "Migräneanfall", "Migräneattacken", "Spannungskopfschmerz",
    "Clusterkopfschmerz", "Demenz", "Alzheimer", "Alzheimer-Demenz", "Tinnitus", "Hörsturz",
    "Morbus Menière", "Lungenfibrose", "Schluckstörung", "Dekubitus", "Eisenmangel", "Eisenmangelanämie", "Anämie", "Sonnenallergie", "Grauer Star", "Grüner Star", "Glaukom", "Makuladegeneration", "Keratokonus",
    "Bindehautentzündung", "Hornhautentzündung", "Gerstenkorn", "Kurzsichtigkeit", "Hornhautverkrümmung",
    "Weitsichtigkeit", "Altersweitsichtigkeit", "trockenes Auge", "Sicca-Syndrom",
    # cancer
    "Brustkrebs", "Darmkrebs", "Prostatakrebs", "Lungenkrebs", "Hautkrebs", "schwarzer Hautkrebs",
    "Leukämie", "Lymphom", "Hodgkin-Lymphom", "Bauchspeicheldrüsenkrebs", "Eierstockkrebs",
    "Gebärmutterhalskrebs", "Hirntumor", "Metastasen", "Krebserkrankung",
    # infections
    "Grippe", "Influenza", "Corona", "Covid", "Long Covid", "Post-Covid-Syndrom", "Noro",
    "Norovirus", "Magen-Darm-Grippe", "Magen-Darm-Infekt", "Scharlach", "Windpocken", "Masern",
    "Mumps", "Röteln", "Hand-Mund-Fuß-Krankheit", "Ringelröteln", "Mittelohrentzündung",
    "Mandelentzündung", "Angina", "Streptokokken-Angina", "Nebenhöhlenentzündung", "Sinusitis",
    "Pfeiffersches Drüsenfieber", "Gürtelrose", "Borreliose", "FSME", "Lippenherpes", "Herpes",
    "Kopfläuse", "Krätze", "Bindehautinfekt", "Dengue-Fieber", "Malaria", "Reisedurchfall",
    "Lebensmittelvergiftung", "Salmonellen", "Salmonellenvergiftung", "Blutvergiftung", "Sepsis",
    "Wundinfektion", "Hepatitis B", "Hepatitis C", "HIV", "HIV-positiv", "Chlamydien",
    # allergy / skin
    "Erdnussallergie", "Nussallergie", "Haselnussallergie", "Sesamallergie", "Glutenunverträglichkeit",
    "Milchallergie", "Kuhmilchallergie", "Eiallergie", "Fischallergie", "Krustentierallergie",
    "Insektengiftallergie", "Wespenallergie", "Penicillinallergie", "Pollenallergie", "Heuschnupfen",
    "Hausstauballergie", "Katzenhaarallergie", "Tierhaarallergie", "Kontaktallergie", "Nickelallergie",
    "Latexallergie", "Neurodermitis", "Schuppenflechte", "Psoriasis", "Rosazea", "Akne",
    "Nesselsucht", "Urtikaria", "Ekzem", "Handekzem", "Gürtelrose am Rücken", "Warzen",
    "Nagelpilz", "Fußpilz", "anaphylaktischer Schock", "Anaphylaxie",
    # mental health / addiction
    "Depression", "Depressionen", "depressive Episode", "mittelgradige depressive Episode",
    "schwere Depression", "Burnout", "Burn-out", "Erschöpfungssyndrom", "Angststörung",
    "generalisierte Angststörung", "Panikstörung", "Panikattacken", "soziale Phobie", "Zwangsstörung",
    "PTBS", "posttraumatische Belastungsstörung", "Anpassungsstörung", "bipolare Störung",
    "Borderline", "Borderline-Störung", "Schizophrenie", "Psychose", "ADHS", "ADS", "Autismus",
    "Asperger", "Essstörung", "Magersucht", "Anorexie", "Bulimie", "Binge-Eating",
    "Alkoholabhängigkeit", "Alkoholsucht", "Alkoholkrankheit", "Spielsucht", "Glücksspielsucht",
    "Cannabisabhängigkeit", "Kokainabhängigkeit", "Opioidabhängigkeit", "Medikamentenabhängigkeit",
    "Nikotinsucht", "Mediensucht", "Schlafstörung", "Schlafstörungen", "Schlafapnoe", "Narkolepsie",
    "Wochenbettdepression", "postpartale Depression",
    # children / school
    "Legasthenie", "LRS", "Dyskalkulie", "Lese-Rechtschreib-Schwäche", "Sprachentwicklungsstörung",
    "Pseudokrupp", "Bronchiolitis", "Dreitagefieber", "Fieberkrampf", "Fieberkrämpfe",
    # dental / orthodontic
    "Karies", "Parodontitis", "Parodontose", "Zahnfleischentzündung", "Gingivitis",
    "Weisheitszahnentzündung", "Zahnwurzelentzündung", "Wurzelentzündung", "Kieferentzündung",
    "Abszess", "Zahnabszess", "Kreuzbiss", "Überbiss", "Tiefbiss", "Engstand", "CMD",
    "craniomandibuläre Dysfunktion", "Bruxismus", "Zähneknirschen",
    # pregnancy / women's health
    "Risikoschwangerschaft", "Präeklampsie", "Schwangerschaftsvergiftung", "Hyperemesis",
    "Beckenendlage", "vorzeitige Wehen", "Fehlgeburt", "Eileiterschwangerschaft", "Endometriose",
    "PCOS", "Myom", "Myome", "Brustentzündung", "Mastitis", "Milchstau", "Wechseljahresbeschwerden",
    # disability
    "Querschnittslähmung", "Querschnittlähmung", "Tetraplegie", "Hemiparese", "Spastik",
    "Zerebralparese", "Trisomie 21", "Down-Syndrom", "Sehbehinderung", "Taubheit",
    "Schwerhörigkeit", "Amputation des Unterschenkels", "Muskeldystrophie", "Mukoviszidose",
    "ALS", "Lipödem", "Lymphödem", "chronisches Erschöpfungssyndrom", "ME/CFS",
    # lay misspellings people actually type (kept as their own entries)
    "Diabetis", "Migrähne", "Bandscheibenforfall", "Depresion", "Schilddrüsenunterfunkion",
    "Neurodermitits", "Borreliosse", "Hämoriden", "Artrose", "Asma",
] + INJURY_DE

DIAGNOSIS_EN = [
    "diabetes", "type 1 diabetes", "type 2 diabetes", "T1 diabetes", "gestational diabetes",
    "diabetic", "prediabetes", "high blood pressure", "hypertension", "heart failure",
    "atrial fibrillation", "AFib", "arrhythmia", "heart attack", "a heart attack", "stroke", "a stroke", "a kidney stone", "a nut allergy", "an ear infection", "a chest infection", "a breech baby", "a slipped disc", "mini stroke", "TIA",
    "DVT", "deep vein thrombosis", "pulmonary embolism", "blood clot in my leg", "asthma",
    "asthma attack", "asthmatic", "COPD", "pneumonia", "bronchitis", "chest infection",
    "whooping cough", "tuberculosis", "underactive thyroid", "hypothyroidism", "overactive thyroid",
    "Hashimoto's", "Graves' disease", "coeliac disease", "coeliac", "celiac disease", "lactose intolerance",
    "Crohn's disease", "Crohn's", "ulcerative colitis", "IBS", "irritable bowel syndrome",
    "gastritis", "stomach ulcer", "acid reflux", "GERD", "gallstones", "kidney stones",
    "kidney stone", "chronic kidney disease", "UTI", "urinary tract infection", "bladder infection",
    "kidney infection", "appendicitis", "hernia", "inguinal hernia", "haemorrhoids", "hemorrhoids",
    "gout", "gout flare", "rheumatoid arthritis", "arthritis", "osteoarthritis", "osteoporosis",
    "fibromyalgia", "herniated disc", "sciatica", "scoliosis", "carpal tunnel syndrome",
    "multiple sclerosis", "MS relapse", "Parkinson's", "Parkinson's disease", "epilepsy", "seizure",
    "seizures", "migraine", "migraines", "chronic migraine", "cluster headaches", "dementia",
    "Alzheimer's", "vascular dementia", "tinnitus", "sudden hearing loss", "Meniere's disease", "claustrophobia", "severe asthma", "severe nut allergy",
    "cataract", "cataracts", "glaucoma", "macular degeneration", "keratoconus", "conjunctivitis",
    "pink eye", "a stye", "short-sightedness", "myopia", "astigmatism", "dry eye syndrome",
    "breast cancer", "bowel cancer", "colon cancer", "prostate cancer", "lung cancer", "skin cancer",
    "melanoma", "leukaemia", "leukemia", "lymphoma", "Hodgkin lymphoma", "pancreatic cancer",
    "ovarian cancer", "cervical cancer", "brain tumour", "brain tumor", "metastases", "cancer",
    "flu", "the flu", "influenza", "covid", "COVID-19", "long covid", "norovirus", "a stomach bug",
    "gastroenteritis", "scarlet fever", "chickenpox", "chicken pox", "measles", "mumps", "rubella",
    "hand, foot and mouth", "slapped cheek", "ear infection", "tonsillitis", "strep throat",
    "sinusitis", "sinus infection", "glandular fever", "mono", "shingles", "Lyme disease",
    "cold sores", "head lice", "nits", "scabies", "dengue fever", "malaria", "traveller's diarrhoea",
    "food poisoning", "salmonella", "sepsis", "infected wound", "hepatitis B", "hepatitis C",
    "HIV", "HIV positive", "chlamydia",
    "peanut allergy", "nut allergy", "tree nut allergy", "sesame allergy", "gluten intolerance",
    "dairy allergy", "milk allergy", "egg allergy", "fish allergy", "shellfish allergy",
    "bee sting allergy", "penicillin allergy", "hay fever", "pollen allergy", "dust mite allergy",
    "cat allergy", "latex allergy", "nickel allergy", "eczema", "atopic eczema", "psoriasis",
    "rosacea", "acne", "hives", "urticaria", "warts", "verruca", "athlete's foot", "fungal nail",
    "anaphylaxis", "anaphylactic shock",
    "depression", "severe depression", "clinical depression", "burnout", "anxiety",
    "generalised anxiety disorder", "GAD", "panic disorder", "panic attacks", "social anxiety",
    "OCD", "PTSD", "post-traumatic stress disorder", "bipolar", "bipolar disorder", "BPD",
    "borderline personality disorder", "schizophrenia", "psychosis", "ADHD", "autism", "ASD",
    "Asperger's", "an eating disorder", "anorexia", "bulimia", "binge eating disorder",
    "alcohol dependence", "alcoholism", "alcohol addiction", "gambling addiction",
    "cannabis dependence", "cocaine addiction", "opioid addiction", "opioid use disorder",
    "insomnia", "sleep apnoea", "sleep apnea", "narcolepsy", "postnatal depression",
    "postpartum depression", "dyslexia", "dyscalculia", "dyspraxia", "speech delay", "croup",
    "bronchiolitis", "febrile seizure", "febrile convulsions",
    "tooth decay", "cavities", "a cavity", "gum disease", "periodontitis", "gingivitis",
    "an abscess", "dental abscess", "tooth abscess", "impacted wisdom tooth", "crossbite",
    "overbite", "underbite", "crowding", "TMJ disorder", "TMJ", "bruxism", "teeth grinding",
    "high-risk pregnancy", "pre-eclampsia", "preeclampsia", "hyperemesis", "breech baby",
    "miscarriage", "ectopic pregnancy", "endometriosis", "PCOS", "fibroids", "mastitis",
    "menopause symptoms", "paraplegia", "paraplegic", "quadriplegia", "cerebral palsy",
    "Down syndrome", "Down's syndrome", "visual impairment", "partially sighted", "deafness",
    "hearing loss", "below-knee amputation", "muscular dystrophy", "cystic fibrosis", "MND",
    "motor neurone disease", "lymphoedema", "lipoedema", "ME/CFS", "chronic fatigue syndrome",
    "sickle cell", "sickle cell disease", "thalassaemia", "anaemia", "anemia", "iron deficiency",
    # typed the way people type them
    "diabeties", "migrane", "asthama", "athritis", "excema", "alzheimers", "parkinsons", "ashtma",
] + INJURY_EN

# ---------------------------------------------------------------------------- symptoms
SYMPTOM_DE = [
    "Fieber", "hohes Fieber", "39 Fieber", "Schüttelfrost", "Husten", "Reizhusten", "Halsschmerzen",
    "Halsweh", "Schnupfen", "Kopfschmerzen", "Kopfweh", "Bauchschmerzen", "Bauchweh",
    "Magenkrämpfe", "Übelkeit", "Erbrechen", "Durchfall", "Verstopfung", "Blähungen",
    "Sodbrennen", "Schwindel", "Schwindelanfälle", "Drehschwindel", "Ohnmacht", "Kreislaufkollaps",
    "Atemnot", "Kurzatmigkeit", "Brustschmerzen", "Herzrasen", "Herzstolpern", "Rückenschmerzen",
    "Kreuzschmerzen", "Nackenschmerzen", "Knieschmerzen", "Gelenkschmerzen", "Schulterschmerzen",
    "Muskelkrämpfe", "Wadenkrämpfe", "Taubheitsgefühl", "Kribbeln in den Fingern", "Lähmungserscheinungen",
    "Sehstörungen", "verschwommenes Sehen", "Doppelbilder", "Augenbrennen", "rote Augen",
    "Ohrenschmerzen", "Ohrgeräusche", "Zahnschmerzen", "Zahnfleischbluten", "Kieferschmerzen",
    "geschwollene Wange", "Hautausschlag", "Ausschlag", "Juckreiz", "Quaddeln", "Schwellung",
    "geschwollene Lippen", "geschwollener Knöchel", "Nasenbluten", "Blut im Urin", "Blut im Stuhl",
    "Brennen beim Wasserlassen", "Schlaflosigkeit", "Albträume", "Erschöpfung", "Müdigkeit",
    "ständige Müdigkeit", "Antriebslosigkeit", "Konzentrationsstörungen", "Gedächtnisprobleme",
    "Wortfindungsstörungen", "Angstzustände", "Panikgefühle", "Suizidgedanken", "Selbstverletzung",
    "Gewichtsverlust", "Appetitlosigkeit", "Nachtschweiß", "Hitzewallungen", "Wassereinlagerungen",
    "Krampfanfall", "Zittern", "Entzugserscheinungen", "Suchtdruck", "Wehen", "Senkwehen",
    "Blutungen", "Schmierblutungen", "Unterleibsschmerzen", "Regelschmerzen", "Rückenschmerzen in der Schwangerschaft",
    "Schwangerschaftsübelkeit", "wunde Brustwarzen", "Fersenschmerzen", "Leistenschmerzen",
    "Bauchkrämpfe", "Kopfschmerzattacken", "Luftnot", "Heiserkeit", "Stimmverlust",
    # misspelled as typed
    "Kopfschmerzn", "Durchfal", "Schwindl", "Übelkeitt",
]
SYMPTOM_EN = [
    "fever", "a high temperature", "a temperature", "chills", "a cough", "dry cough",
    "chesty cough", "sore throat", "runny nose", "headache", "headaches", "stomach ache",
    "stomach cramps", "nausea", "vomiting", "being sick", "diarrhoea", "diarrhea", "constipation",
    "bloating", "heartburn", "dizziness", "dizzy spells", "vertigo", "fainting", "blackouts",
    "shortness of breath", "breathlessness", "chest pain", "chest tightness", "palpitations",
    "racing heart", "back pain", "lower back pain", "neck pain", "knee pain", "joint pain",
    "shoulder pain", "muscle cramps", "numbness", "pins and needles", "blurred vision",
    "double vision", "itchy eyes", "red eyes", "earache", "ringing in my ears", "toothache",
    "bleeding gums", "jaw pain", "swollen cheek", "a rash", "rash", "itching", "swelling",
    "swollen lips", "swollen ankles", "nosebleeds", "blood in my urine", "blood in my stool",
    "burning when I pee", "insomnia", "nightmares", "exhaustion", "fatigue", "extreme tiredness",
    "brain fog", "memory problems", "low mood", "suicidal thoughts", "self-harm", "weight loss",
    "loss of appetite", "night sweats", "hot flushes", "hot flashes", "fluid retention", "tremors",
    "shaking", "withdrawal symptoms", "cravings", "contractions", "Braxton Hicks", "bleeding",
    "spotting", "pelvic pain", "period pain", "morning sickness", "cracked nipples", "heel pain",
    "groin pain", "a migraine aura", "a panic attack", "a fever", "a headache", "wheezing", "hoarse voice", "lost my voice", "hives all over",
    # typed the way people type them
    "diarrea", "nausia", "dizzyness", "headach",
]

# ---------------------------------------------------------------------------- medication
MEDICATION_DE = [
    "Ibuprofen", "Ibuprofen 600", "Ibu 400", "Paracetamol", "Novalgin", "Novaminsulfon", "Metamizol",
    "Aspirin", "ASS 100", "Diclofenac", "Voltaren", "Tilidin", "Tramadol", "Oxycodon", "Fentanylpflaster",
    "Morphin", "Allopurinol", "Amoxicillin", "Penicillin", "Cefuroxim", "Azithromycin", "Doxycyclin", "Ciprofloxacin",
    "Clarithromycin", "Antibiotikum", "Antibiotika", "Cortison", "Kortison", "Prednisolon", "Decortin",
    "Cetirizin", "Loratadin", "Desloratadin", "Fenistil", "Adrenalin-Pen", "Epipen", "Emerade",
    "Salbutamol", "Asthmaspray", "Budesonid", "Symbicort", "Foster-Spray", "Insulin", "Lantus",
    "Novorapid", "Metformin", "Ozempic", "Jardiance", "L-Thyroxin", "Euthyrox", "Ramipril",
    "Bisoprolol", "Metoprolol", "Amlodipin", "Candesartan", "Torasemid", "Eliquis", "Xarelto",
    "Marcumar", "Clopidogrel", "Atorvastatin", "Simvastatin", "Pantoprazol", "Omeprazol",
    "Iberogast", "MCP-Tropfen", "Vomex", "Loperamid", "Sertralin", "Citalopram", "Escitalopram",
    "Venlafaxin", "Mirtazapin", "Fluoxetin", "Quetiapin", "Lithium", "Lamotrigin", "Levetiracetam",
    "Keppra", "Valproat", "Methylphenidat", "Ritalin", "Medikinet", "Elvanse", "Lorazepam", "Tavor",
    "Diazepam", "Zopiclon", "Methadon", "Subutex", "Buprenorphin", "Naltrexon", "Antabus",
    "Nikotinpflaster", "Sumatriptan", "Triptane", "Pille", "Antibabypille", "Folsäure", "Eisentabletten",
    "Vitamin-D-Tropfen", "Magnesium", "Methotrexat", "MTX", "Humira", "Enbrel", "Dupixent", "Kreon",
    "Nasenspray mit Cortison", "Augentropfen mit Antibiotikum", "Aciclovir", "Fluconazol",
    "Antidepressiva", "Antidepressivum", "Betablocker", "Blutverdünner", "Schmerzmittel", "Opioide",
    # typed as heard
    "Iboprofen", "Parcetamol", "Antibiotka", "Kortisonn", "Novalgintropfen",
]
MEDICATION_EN = [
    "ibuprofen", "paracetamol", "acetaminophen", "Tylenol", "Advil", "Nurofen", "aspirin",
    "naproxen", "allopurinol", "co-codamol", "codeine", "tramadol", "oxycodone", "morphine", "gabapentin",
    "pregabalin", "amoxicillin", "penicillin", "flucloxacillin", "doxycycline", "azithromycin",
    "ciprofloxacin", "nitrofurantoin", "trimethoprim", "antibiotics", "steroids", "prednisolone",
    "prednisone", "hydrocortisone cream", "cetirizine", "loratadine", "fexofenadine", "Piriton",
    "Benadryl", "EpiPen", "an EpiPen", "adrenaline pen", "Jext pen", "salbutamol", "Ventolin",
    "blue inhaler", "brown inhaler", "Symbicort", "Fostair", "insulin", "Lantus", "NovoRapid",
    "metformin", "Ozempic", "Mounjaro", "Wegovy", "levothyroxine", "ramipril", "lisinopril",
    "amlodipine", "bisoprolol", "atenolol", "losartan", "furosemide", "apixaban", "Eliquis",
    "rivaroxaban", "warfarin", "clopidogrel", "atorvastatin", "simvastatin", "omeprazole",
    "lansoprazole", "Gaviscon", "ondansetron", "loperamide", "Imodium", "sertraline", "citalopram",
    "escitalopram", "fluoxetine", "Prozac", "venlafaxine", "mirtazapine", "amitriptyline",
    "quetiapine", "lithium", "lamotrigine", "levetiracetam", "sodium valproate", "methylphenidate",
    "Ritalin", "Concerta", "Elvanse", "Adderall", "Vyvanse", "diazepam", "lorazepam", "Xanax",
    "zopiclone", "melatonin", "methadone", "buprenorphine", "Suboxone", "naltrexone", "naloxone",
    "nicotine patches", "sumatriptan", "the pill", "the contraceptive pill", "folic acid",
    "iron tablets", "vitamin D", "methotrexate", "Humira", "adalimumab", "Dupixent", "Creon",
    "aciclovir", "fluconazole", "antidepressants", "an antidepressant", "beta blockers",
    "blood thinners", "painkillers", "opioids", "eye drops for glaucoma", "steroid nasal spray",
    # typed the way people type them
    "ibuprofin", "amoxicilin", "paracetemol", "antibiotcs", "sertaline",
]

# ---------------------------------------------------------------------------- treatment
TREATMENT_DE = [
    "Wurzelbehandlung", "Wurzelkanalbehandlung", "Weisheitszahn-OP", "Weisheitszähne ziehen",
    "Zahnextraktion", "Implantat", "Zahnimplantat", "Krone", "Brücke", "Inlay", "Füllung",
    "Kunststofffüllung", "professionelle Zahnreinigung", "PZR", "Parodontitisbehandlung",
    "Zahnspange", "feste Zahnspange", "lose Zahnspange", "Aligner-Therapie", "Invisalign",
    "Retainer", "Kieferorthopädische Behandlung", "Knirscherschiene", "Aufbissschiene",
    "Physiotherapie", "Krankengymnastik", "manuelle Therapie", "Lymphdrainage", "Ergotherapie",
    "Logopädie", "Osteopathie", "Stoßwellentherapie", "Kinesio-Tape", "Reha-Sport",
    "medizinische Trainingstherapie", "Kreuzband-OP", "Kreuzbandplastik", "Meniskus-OP",
    "Arthroskopie", "Knie-OP", "Knieprothese", "Hüft-OP", "Hüftprothese", "künstliches Hüftgelenk",
    "Bandscheiben-OP", "Schulter-OP", "Blinddarm-OP", "Gallen-OP", "Gallenblasenentfernung",
    "Leistenbruch-OP", "Mandel-OP", "Mandelentfernung", "Polypen-OP", "Paukenröhrchen",
    "Herzkatheter", "Bypass-OP", "Stent", "Herzschrittmacher", "Dialyse", "Chemotherapie", "Chemo",
    "Bestrahlung", "Strahlentherapie", "Immuntherapie", "Antikörpertherapie", "Hormontherapie",
    "Brust-OP", "Mastektomie", "Darmspiegelung", "Magenspiegelung", "MRT", "MRT vom Knie", "CT",
    "Kernspin", "Ultraschall", "Röntgen", "Langzeit-EKG", "Belastungs-EKG", "Lungenfunktionstest",
    "Allergietest", "Hyposensibilisierung", "Blutabnahme", "Bluttransfusion",
    "Psychotherapie", "Verhaltenstherapie", "kognitive Verhaltenstherapie", "tiefenpsychologische Therapie",
    "Traumatherapie", "EMDR", "Gruppentherapie", "Paartherapie", "stationäre Therapie",
    "Tagesklinik", "Entgiftung", "qualifizierter Entzug", "Entzug", "Entwöhnungstherapie",
    "Suchttherapie", "Substitutionsbehandlung", "Substitution", "Kaiserschnitt", "Einleitung",
    "Geburtseinleitung", "PDA", "Dammschnitt", "Ausschabung", "Katarakt-OP", "Grauer-Star-OP",
    "Lasik", "Augenlaser-OP", "Augenlasern", "Netzhaut-OP", "Spritzen ins Auge", "Cochlea-Implantat",
    "Schmerztherapie", "Infiltration", "PRP-Spritze", "Cortisonspritze", "Kortisonspritze",
    "Insulintherapie", "Blutwäsche", "Amputation", "Heimbeatmung", "Sauerstofftherapie", "Nachsorge nach Brustkrebs", "Wundversorgung", "Verbandswechsel",
    "Gips", "Gipsverband", "Schiene am Handgelenk", "Unterarmgips", "Nähte ziehen", "genäht",
    # typed as heard
    "Wurzelbehandlug", "Physiotheraphie", "Verhaltenstheraphie", "Chemotheraphie",
]
TREATMENT_EN = [
    "root canal", "root canal treatment", "wisdom tooth extraction", "wisdom teeth out",
    "an extraction", "tooth extraction", "dental implant", "an implant", "a crown", "a bridge",
    "a filling", "fillings", "a scale and polish", "deep cleaning", "braces", "fixed braces",
    "Invisalign", "clear aligners", "a retainer", "orthodontic treatment", "a night guard",
    "a mouth guard for grinding", "physiotherapy", "physio", "sports massage therapy",
    "manual therapy", "lymphatic drainage", "occupational therapy", "speech therapy", "osteopathy",
    "shockwave therapy", "kinesio taping", "ACL surgery", "ACL reconstruction", "meniscus surgery",
    "arthroscopy", "knee surgery", "knee replacement", "hip replacement", "spinal surgery",
    "shoulder surgery", "appendectomy", "gallbladder removal", "hernia repair", "tonsillectomy",
    "grommets", "angioplasty", "a stent", "bypass surgery", "a pacemaker", "dialysis",
    "chemotherapy", "chemo", "radiotherapy", "radiation therapy", "immunotherapy",
    "hormone therapy", "a mastectomy", "lumpectomy", "a colonoscopy", "an endoscopy", "MRI scan",
    "an MRI", "a CT scan", "CT scan", "an ultrasound", "an X-ray", "x-rays", "ECG", "a 24-hour ECG",
    "allergy testing", "immunotherapy for hay fever", "blood test", "blood tests",
    "a blood transfusion", "psychotherapy", "therapy sessions", "counselling", "CBT",
    "cognitive behavioural therapy", "trauma therapy", "EMDR", "group therapy", "couples therapy",
    "DBT", "inpatient treatment", "day hospital", "detox", "medically assisted detox", "rehab programme",
    "opioid substitution therapy", "methadone programme", "a C-section", "caesarean", "an induction",
    "induction of labour", "an epidural", "episiotomy", "D&C", "cataract surgery", "laser eye surgery",
    "LASIK", "retina surgery", "eye injections", "a cochlear implant", "pain management",
    "steroid injection", "cortisone injection", "PRP injection", "insulin therapy",
    "wound care", "dressing changes", "home oxygen", "a feeding pump", "an episiotomy", "a blood test", "a cast", "plaster cast", "a splint", "stitches",
    "stitches out", "IVF", "a hysterectomy", "skin graft",
    # typed the way people type them
    "physiotheraphy", "chemotheraphy", "root canel", "colonoscophy",
]

# ---------------------------------------------------------------------------- ICD-10 (CM)
ICD10 = [
    "J06.9", "J20.9", "J45.909", "J45.20", "J18.9", "J02.9", "J03.90", "J01.90", "J30.1",
    "J44.9", "U07.1", "A09", "A08.4", "K52.9", "K21.9", "K29.70", "K58.9", "K50.90", "K51.90",
    "K80.20", "K35.80", "K40.90", "N39.0", "N20.0", "N18.3", "E11.9", "E10.9", "E03.9",
    "E05.90", "E66.9", "E55.9", "D50.9", "I10", "I48.91", "I50.9", "I21.9", "I63.9", "I82.409",
    "I26.99", "M54.5", "M54.50", "M54.2", "M51.26", "M51.27", "M17.11", "M16.11", "M81.0", "M79.7",
    "M75.101", "M77.10", "M72.2", "M76.60", "M25.561", "S83.511A", "S83.241A", "S93.401A",
    "S52.501A", "S42.001A", "S06.0X0A", "S13.4XXA", "S82.001A", "G43.909", "G43.009", "G44.209",
    "G40.909", "G35", "G20", "G47.00", "G47.33", "G56.00", "F32.9", "F32.1", "F33.1", "F41.1",
    "F41.0", "F43.10", "F43.21", "F42.2", "F31.9", "F90.0", "F84.0", "F50.00", "F10.20",
    "F11.20", "F12.20", "F63.0", "F17.210", "F53.0", "L20.9", "L40.0", "L50.0", "L70.0", "K02.9",
    "K05.10", "K04.7", "M26.4", "M26.60", "O24.419", "O14.90", "O21.0", "O80", "N80.9",
    "E28.2", "H25.9", "H40.9", "H52.1", "H52.4", "H10.9", "H93.19", "H91.90", "B01.9", "B02.9",
    "B05.9", "B26.9", "B86", "B85.0", "A69.20", "Z91.010", "T78.2XXA", "Z51.11", "Z98.890",
    "R50.9", "R51.9", "R10.9", "R11.0", "R42", "R53.83", "Z34.90",
]

# ---------------------------------------------------------------------------- hard negatives
PET_HEALTH_DE = [
    "Zwingerhusten", "Katzenschnupfen", "Giardien", "Leishmaniose", "Hüftdysplasie", "Ohrmilben",
    "Flohbefall", "Würmer", "Spulwürmer", "Katzenseuche", "FIP", "Niereninsuffizienz beim Kater",
    "Diabetes bei unserer Katze", "Arthrose im Hundeknie", "Kreuzbandriss beim Labrador",
    "Durchfall beim Welpen", "Hot Spots", "Zecken am Hund", "Kolik beim Pferd", "Hufrehe",
    "Sommerekzem beim Pony", "Räude", "Milbenbefall beim Kaninchen", "Zahnstein beim Hund",
]
PET_HEALTH_EN = [
    "kennel cough", "cat flu", "giardia", "hip dysplasia", "ear mites", "fleas", "worms",
    "parvo", "FIP", "kidney disease in our old cat", "diabetes in our cat", "arthritis in his back legs",
    "a torn cruciate in our lab", "diarrhoea in the puppy", "hot spots", "ticks on the dog",
    "colic in the horse", "laminitis", "sweet itch", "mange", "mites on the rabbit",
    "tartar on the dog's teeth", "feline leukaemia", "an ear infection in the spaniel",
]
FIGURATIVE_DE = [
    "da krieg ich echt die Krise", "das ist doch krank", "mir wird schlecht wenn ich die Rechnung sehe",
    "ich hab fast nen Herzinfarkt bekommen", "das bereitet mir Kopfschmerzen", "die Sache liegt mir im Magen",
    "ich hab Bauchschmerzen bei dem Angebot", "das ist ein Albtraum", "ich werd noch wahnsinnig",
    "der Kundenservice ist eine Zumutung und macht mich krank", "das treibt mich in den Wahnsinn",
    "mein Geduldsfaden ist gerissen", "da kriegt man ja Ausschlag", "ich bin total allergisch auf Warteschleifen",
    "das ist Gift für meine Nerven", "mir platzt gleich der Kragen", "ich bin reif für die Insel",
    "das ist ein Fieberwahn von Tarif", "da bekomm ich Zustände", "die Preise sind echt zum Kotzen",
]
FIGURATIVE_EN = [
    "this is giving me a headache", "I nearly had a heart attack", "it makes me sick to my stomach",
    "I'm allergic to hold music", "this is a nightmare", "I'm losing my mind here", "this is driving me insane",
    "it's a pain in the neck", "my blood is boiling", "I'm sick and tired of this", "that's crazy",
    "I'm going mental", "it's doing my head in", "the whole thing is a migraine", "it gave me a rash just reading it",
    "I feel sick about the bill", "that's a bitter pill to swallow", "I'm at fever pitch", "this is painful",
    "I've got cold feet about it",
]
OBJECT_HEALTH_DE = [
    "der Akku ist tot", "das Handy hat einen Virus", "der Router ist krank", "Fahrzeugdiagnose",
    "Systemdiagnose", "der Server hustet", "die Heizung röchelt", "der Kühlschrank hat Fieber",
    "die App ist abgestürzt", "Festplatte mit Hirnschaden", "Laptop-Reha", "die Waschmaschine hat Schüttelfrost",
]
OBJECT_HEALTH_EN = [
    "the battery is dead", "the phone has a virus", "the router is sick", "vehicle diagnostics",
    "system health check", "the server is coughing", "the boiler is wheezing", "the fridge has a fever",
    "the app crashed", "a brain-dead hard drive", "laptop surgery", "the washing machine has the shakes",
]
FICTION_HEALTH_DE = [
    "die Ärztin in der Serie hat Krebs", "der Held mit Gedächtnisverlust", "die Folge mit der Herztransplantation",
    "die Zombie-Seuche im Film", "der Vampir mit der Blutkrankheit", "das Hörbuch über die Pest",
    "die Figur mit Amnesie", "der Roman über die Grippepandemie",
]
FICTION_HEALTH_EN = [
    "the doctor in the show has cancer", "the hero with amnesia", "the heart transplant episode",
    "the zombie plague in the film", "the vampire with a blood disease", "the audiobook about the plague",
    "the character with memory loss", "the novel about the flu pandemic",
]
PLANT_HEALTH_DE = [
    "Mehltau", "Blattläuse", "Wurzelfäule", "Sternrußtau", "Spinnmilben", "Feuerbrand",
    "Kraut- und Braunfäule", "Buchsbaumzünsler", "gelbe Blätter am Ficus", "Trauermücken",
]
PLANT_HEALTH_EN = [
    "powdery mildew", "greenfly", "root rot", "black spot", "spider mites", "blight",
    "box tree caterpillar", "yellow leaves on the monstera", "fungus gnats", "leaf curl",
]
GENERIC_HEALTH_DE = [
    "Grippesaison", "Erkältungszeit", "Hitzewelle-Tipps", "Pollenflug-Vorhersage", "Läuse-Info für alle Eltern",
    "Infoabend zur Zahngesundheit", "Aktionstag Rückengesundheit", "allgemeine Corona-Regeln",
    "Hygieneplan", "Erste-Hilfe-Kurs", "Blutspende-Aktion", "Gesundheitstag im Betrieb",
]
GENERIC_HEALTH_EN = [
    "flu season", "cold and flu season", "heatwave advice", "the pollen forecast", "the head lice letter to all parents",
    "a dental health info evening", "back care awareness week", "general covid guidance", "the hygiene policy",
    "a first aid course", "the blood drive", "the staff wellbeing day",
]
FOOD_ALLERGEN_DE = [
    "enthält Erdnüsse", "kann Spuren von Nüssen enthalten", "Allergene: A, C, G", "glutenfrei",
    "laktosefrei", "vegan", "enthält Sesam", "Zusatzstoffe 1, 2, 9", "ohne Ei", "mit Sellerie",
]
FOOD_ALLERGEN_EN = [
    "contains peanuts", "may contain traces of nuts", "allergens: gluten, milk", "gluten-free",
    "dairy-free", "vegan", "contains sesame", "nut-free kitchen", "egg-free", "contains celery",
]
