"""Hand-written health term lists (German / English) for the blind9 corpus.

Written from general medical knowledge for this set; every ICD-10 code is
checked against simple_icd_10_cm at generation time."""

DE = {
 "DIAGNOSIS": """Diabetes mellitus Typ 2|Diabetes Typ 1|Bluthochdruck|Hypertonie|Asthma bronchiale|Asthma|COPD|Migräne|
Depression|mittelgradige depressive Episode|Angststörung|Panikstörung|Burnout|Anpassungsstörung|
posttraumatische Belastungsstörung|ADHS|Autismus-Spektrum-Störung|Bandscheibenvorfall|Bandscheibenvorfall L5/S1|
Arthrose|Kniearthrose|rheumatoide Arthritis|Rheuma|Morbus Crohn|Colitis ulcerosa|Reizdarmsyndrom|Zöliakie|
Laktoseintoleranz|Gastritis|Refluxkrankheit|Gallensteine|Nierensteine|Niereninsuffizienz|Hashimoto-Thyreoiditis|
Schilddrüsenunterfunktion|Schilddrüsenüberfunktion|Multiple Sklerose|Epilepsie|Parkinson|Demenz|Alzheimer|
Brustkrebs|Prostatakrebs|Darmkrebs|Lungenkrebs|schwarzer Hautkrebs|Leukämie|Lymphom|Herzinsuffizienz|
Vorhofflimmern|Herzrhythmusstörungen|koronare Herzkrankheit|Herzinfarkt|Schlaganfall|Thrombose|Lungenembolie|
Lungenentzündung|akute Bronchitis|Bronchitis|Nasennebenhöhlenentzündung|Mandelentzündung|Mittelohrentzündung|
Blasenentzündung|Harnwegsinfekt|Gürtelrose|Borreliose|Covid-19|Long Covid|Influenza|Pfeiffersches Drüsenfieber|
Neurodermitis|Schuppenflechte|Heuschnupfen|Pollenallergie|Nussallergie|Penicillinallergie|Tinnitus|Hörsturz|
Grauer Star|Glaukom|Makuladegeneration|Endometriose|PCOS|Schwangerschaftsdiabetes|Osteoporose|Fibromyalgie|
Karpaltunnelsyndrom|Tennisarm|Kreuzbandriss|Meniskusriss|Achillessehnenriss|Schleimbeutelentzündung|Bänderriss|
Handgelenksbruch|Schlafapnoe|Eisenmangelanämie|Gicht|Adipositas|Magersucht|Bulimie|Alkoholabhängigkeit|
Sehnenscheidenentzündung|Hexenschuss|Ischias|Skoliose|Gehirnerschütterung|Bipolare Störung|Zwangsstörung""",
 "SYMPTOM": """Kopfschmerzen|starke Kopfschmerzen|Fieber|hohes Fieber|Husten|Reizhusten|Schnupfen|Halsschmerzen|
Schwindel|Übelkeit|Erbrechen|Durchfall|Bauchschmerzen|Magenkrämpfe|Rückenschmerzen|Nackenschmerzen|Brustschmerzen|
Atemnot|Kurzatmigkeit|Herzrasen|Herzstolpern|Schlafstörungen|Schlaflosigkeit|Müdigkeit|Erschöpfung|
Gelenkschmerzen|Knieschmerzen|Hautausschlag|Juckreiz|Taubheitsgefühl|Kribbeln in den Händen|Ohrensausen|
Sehstörungen|Verstopfung|Sodbrennen|Appetitlosigkeit|Gewichtsverlust|Nachtschweiß|Schüttelfrost|Gliederschmerzen|
Wadenkrämpfe|Panikattacken|Konzentrationsstörungen|Zahnschmerzen|Ohrenschmerzen|Blut im Urin|
geschwollene Beine|geschwollene Lymphknoten|Blähungen|Hitzewallungen|Heiserkeit|Nasenbluten|Ohnmachtsanfälle|
Kreislaufprobleme|Zittern|Muskelschmerzen|Schluckbeschwerden|Atembeschwerden""",
 "MEDICATION": """Ramipril 5 mg|Ramipril 2,5 mg|Metformin 1000 mg|Metformin 500 mg|L-Thyroxin 75 µg|L-Thyroxin 100|
Euthyrox 50 µg|Ibuprofen 600|Ibuprofen 400 mg|Novaminsulfon 500 mg|Metamizol 500 mg|Pantoprazol 40 mg|
Omeprazol 20 mg|Simvastatin 20 mg|Atorvastatin 40 mg|Bisoprolol 2,5 mg|Metoprolol 47,5 mg|Amlodipin 5 mg|
Candesartan 8 mg|HCT 12,5 mg|Torasemid 10 mg|Eliquis 5 mg|Xarelto 20 mg|Marcumar|ASS 100|Clopidogrel 75 mg|
Lantus 20 IE|Sertralin 50 mg|Citalopram 20 mg|Escitalopram 10 mg|Venlafaxin 75 mg|Mirtazapin 15 mg|
Quetiapin 25 mg|Lorazepam 1 mg|Tavor 1 mg|Methylphenidat 10 mg|Medikinet 20 mg|Levetiracetam 500 mg|
Lamotrigin 100 mg|Salbutamol-Spray|Foster 100/6|Symbicort 160/4,5|Prednisolon 5 mg|Prednisolon 20 mg|
Methotrexat 15 mg|Humira 40 mg|Amoxicillin 1000 mg|Cefuroxim 500 mg|Doxycyclin 100 mg|Ciprofloxacin 500 mg|
Tilidin 50/4 mg|Tramadol 50 mg|Pregabalin 75 mg|Gabapentin 300 mg|Allopurinol 300 mg|Ozempic 0,5 mg|
Mounjaro 5 mg|Maxim|Femibion|Sumatriptan 50 mg|Cetirizin 10 mg|Mesalazin 1 g|Fentanyl-Pflaster 25 µg""",
 "TREATMENT": """Physiotherapie|Krankengymnastik|Reha|Anschlussheilbehandlung|Chemotherapie|Chemo|Strahlentherapie|
Bestrahlung|Dialyse|Psychotherapie|Verhaltenstherapie|Ergotherapie|Logopädie|Knie-OP|Hüft-OP|Bandscheiben-OP|
Blinddarm-OP|Kaiserschnitt|Darmspiegelung|Magenspiegelung|MRT|Herzkatheter|Stent-Implantation|Bypass-OP|
Lymphdrainage|manuelle Therapie|Akupunktur|künstliche Befruchtung|IVF|Insulintherapie|Hyposensibilisierung|
Entgiftung|Tagesklinik|Wurzelbehandlung|Zahnimplantat|Katarakt-OP|Kreuzband-OP|Infusionstherapie|
Schmerztherapie|Mutter-Kind-Kur|Stoßwellentherapie|Gebärmutterentfernung""",
}

EN = {
 "DIAGNOSIS": """type 2 diabetes|type 1 diabetes|high blood pressure|hypertension|asthma|COPD|migraine|depression|
clinical depression|anxiety disorder|generalised anxiety disorder|panic disorder|PTSD|ADHD|autism|bipolar disorder|
OCD|burnout|slipped disc|herniated disc|osteoarthritis|rheumatoid arthritis|Crohn's disease|ulcerative colitis|IBS|
coeliac disease|celiac disease|lactose intolerance|gastritis|acid reflux|GERD|gallstones|kidney stones|
chronic kidney disease|hypothyroidism|an underactive thyroid|hyperthyroidism|Hashimoto's|multiple sclerosis|epilepsy|
Parkinson's|dementia|Alzheimer's|breast cancer|prostate cancer|bowel cancer|lung cancer|melanoma|leukaemia|leukemia|
lymphoma|heart failure|atrial fibrillation|angina|a heart attack|a stroke|deep vein thrombosis|DVT|
pulmonary embolism|pneumonia|bronchitis|a chest infection|sinusitis|tonsillitis|an ear infection|a UTI|
urinary tract infection|shingles|Lyme disease|COVID-19|long COVID|the flu|glandular fever|mono|eczema|psoriasis|
hay fever|a peanut allergy|penicillin allergy|tinnitus|cataracts|glaucoma|endometriosis|PCOS|gestational diabetes|
osteoporosis|fibromyalgia|carpal tunnel syndrome|tennis elbow|a torn ACL|a torn meniscus|sciatica|scoliosis|
sleep apnoea|sleep apnea|anaemia|gout|obesity|anorexia|bulimia|alcohol dependency|plantar fasciitis|
frozen shoulder|a concussion|a broken wrist|a fractured ankle|endocarditis|kidney failure""",
 "SYMPTOM": """headaches|a bad headache|fever|a high temperature|a cough|a dry cough|a runny nose|a sore throat|
dizziness|nausea|vomiting|diarrhoea|diarrhea|stomach pain|abdominal pain|back pain|lower back pain|neck pain|
chest pain|shortness of breath|breathlessness|palpitations|insomnia|fatigue|exhaustion|joint pain|knee pain|a rash|
itching|numbness|tingling in my hands|blurred vision|constipation|heartburn|loss of appetite|weight loss|night sweats|
chills|muscle aches|cramps|leg cramps|panic attacks|brain fog|toothache|earache|blood in my urine|swollen ankles|
swollen glands|bloating|hot flushes|hot flashes|hoarseness|nosebleeds|fainting spells|tremors|memory problems|wheezing""",
 "MEDICATION": """ramipril 5mg|metformin 500mg|metformin 1000 mg|levothyroxine 50 micrograms|levothyroxine 100mcg|
ibuprofen 400mg|paracetamol 500mg|co-codamol 30/500|naproxen 500mg|omeprazole 20mg|lansoprazole 30mg|
atorvastatin 20mg|simvastatin 40mg|bisoprolol 2.5mg|amlodipine 5mg|lisinopril 10mg|losartan 50mg|apixaban 5mg|
rivaroxaban 20mg|warfarin 3mg|aspirin 75mg|clopidogrel 75mg|insulin glargine|sertraline 50mg|sertraline 100mg|
citalopram 20mg|fluoxetine 20mg|mirtazapine 15mg|venlafaxine 75mg|propranolol 40mg|diazepam 2mg|
methylphenidate 18mg|Concerta 36mg|levetiracetam 500mg|lamotrigine 100mg|a salbutamol inhaler|Ventolin|
Fostair 100/6|Symbicort|prednisolone 5mg|prednisone 20mg|methotrexate 15mg|amoxicillin 500mg|doxycycline 100mg|
nitrofurantoin 100mg|codeine 30mg|tramadol 50mg|pregabalin 75mg|gabapentin 300mg|allopurinol 100mg|
ferrous sulphate 200mg|Ozempic 0.5mg|Wegovy|adalimumab 40mg|mesalazine 800mg|Lipitor 20mg|Zoloft 50mg|
Adderall 20mg|Xanax 0.5mg|Lexapro 10mg|Synthroid 75mcg|metoprolol 25mg|sumatriptan 50mg|cetirizine 10mg""",
 "TREATMENT": """physiotherapy|physio|rehab|chemotherapy|chemo|radiotherapy|radiation therapy|dialysis|CBT|
counselling|psychotherapy|occupational therapy|speech therapy|a knee replacement|a hip replacement|back surgery|
an appendectomy|a C-section|a colonoscopy|an endoscopy|an MRI scan|a CT scan|angioplasty|a stent|bypass surgery|
IVF|insulin therapy|allergy shots|detox|inpatient treatment|a root canal|a dental implant|cataract surgery|
ACL reconstruction|iron infusions|pain management|a steroid injection|hydrotherapy|gastric bypass|a hysterectomy|
a mastectomy|a tonsillectomy""",
}


def _split(s):
    return [x.strip() for x in s.replace("\n", "").split("|") if x.strip()]


TERMS = {"de": {k: _split(v) for k, v in DE.items()}, "en": {k: _split(v) for k, v in EN.items()}}

# ICD-10 codes as they appear on sick notes / letters (validated at runtime)
ICD_CODES = """F43.2 F43.1 F32.1 F32.9 F33.1 F41.1 F41.0 F45.41 M54.5 M54.2 M51.2 M51.16 M75.1 M17.1 M25.56
J06.9 J45.9 J20.9 J18.9 J30.1 J44.9 J03.9 J02.9 K21.9 K29.7 K52.9 K58.9 K80.2 E11.9 E10.9 E66.9 E03.9 E05.0
E78.0 I10 I25.1 I48.9 I50.9 I63.9 G43.9 G43.0 G40.9 G35 G47.0 G44.2 G56.0 N39.0 N20.0 N18.3 R51 R53 R42 R05
R50.9 S83.2 S93.4 S52.5 S06.0 T78.4 O26.8 C50.9 C18.9 C61 C34.9 L40.0 L20.9 L30.9 H81.1 H66.9 H10.9 B34.9 A09
U07.1 F90.0 F84.0 F10.2 F17.2 D50.9 M79.7 M35.3 K50.9 K51.9 G20 F03 R11 M54.16 J32.9 N92.0 E28.2 R52 F51.0""".split()

# hand-written patient typos: canonical -> typo variants
TYPOS = {
 "de": {
  "DIAGNOSIS": {"Diabetes Typ 1": ["Diabetis Typ 1"], "Asthma": ["Astma", "Asthama"], "Migräne": ["Migrähne", "Migrene"],
                "Bandscheibenvorfall": ["Bandscheibenforfall", "Bandscheiben vorfall"], "Rheuma": ["Reuma", "Rheumer"],
                "Depression": ["Depresion", "Depresssion"], "Tinnitus": ["Tinitus", "Tinnitis"], "Neurodermitis": ["Neurodermites", "Neurodermitits"],
                "Arthrose": ["Athrose", "Arthrosse"], "Bronchitis": ["Bronchitits", "Bronschitis"], "Schilddrüsenunterfunktion": ["Schilddrüssenunterfunktion", "Schildrüsenunterfunktion"],
                "Endometriose": ["Endometriosse", "Endometrose"], "Epilepsie": ["Epilepsi", "Epilebsie"], "Thrombose": ["Trombose"],
                "Fibromyalgie": ["Fibromyalgi", "Fibromialgie"], "Hexenschuss": ["Hexenschuß"], "Gürtelrose": ["Gürtelrosse"],
                "Borreliose": ["Boreliose"], "Schuppenflechte": ["Schupenflechte"]},
  "SYMPTOM": {"Kopfschmerzen": ["Kopfschmerzn", "Kopfschemrzen"], "Schwindel": ["Schwindl"], "Übelkeit": ["Üblkeit", "Ubelkeit"],
              "Rückenschmerzen": ["Rückenschmerzn", "Rückenschmertzen"], "Durchfall": ["Durchfal"], "Schlafstörungen": ["Schlafstörrungen"],
              "Herzrasen": ["Herzrassen"], "Atemnot": ["Atemnoth"], "Bauchschmerzen": ["Bauchschmertzen"], "Halsschmerzen": ["Halschmerzen"]},
  "MEDICATION": {"Ibuprofen 600": ["Ibuprophen 600", "Iboprofen 600"], "Ibuprofen 400 mg": ["Ibuprofenn 400 mg", "Ibuprophen 400 mg"],
                 "Metformin 1000 mg": ["Metphormin 1000 mg"], "Pantoprazol 40 mg": ["Pantoprazohl 40 mg", "Pantoprazoll 40 mg"],
                 "L-Thyroxin 75 µg": ["L-Tyroxin 75 µg", "L-Thyroxn 75 µg"], "Novaminsulfon 500 mg": ["Novaminsulfron 500 mg"],
                 "Amoxicillin 1000 mg": ["Amoxicilin 1000 mg", "Amoxizillin 1000 mg"], "Sertralin 50 mg": ["Setralin 50 mg"]},
  "TREATMENT": {"Physiotherapie": ["Physiotheraphie", "Phisiotherapie", "Physio Therapie"], "Chemotherapie": ["Chemotheraphie", "Chemo Therapie"],
                "Dialyse": ["Dialise"], "Psychotherapie": ["Psychotheraphie", "Psychoterapie"], "Ergotherapie": ["Ergotheraphie"],
                "Lymphdrainage": ["Lymphdrenage", "Lymphdrainasche"], "Akupunktur": ["Akkupunktur"]},
 },
 "en": {
  "DIAGNOSIS": {"type 2 diabetes": ["type 2 diabetis", "type 2 diabites"], "asthma": ["asthama", "asma", "athsma"],
                "migraine": ["migrane", "migrain"], "eczema": ["exzema", "eczma"], "psoriasis": ["soriasis", "psoraisis"],
                "pneumonia": ["pnemonia", "neumonia"], "fibromyalgia": ["fibromialgia", "fibromyalgie"], "sciatica": ["siatica", "sciatia"],
                "tonsillitis": ["tonsilitis", "tonsillitus"], "rheumatoid arthritis": ["rheumatoid arthritus", "rhuematoid arthritis"],
                "endometriosis": ["endometriousis", "endometreosis"], "epilepsy": ["epilepsey"], "hypothyroidism": ["hypothyroidsm", "hypothiroidism"],
                "osteoporosis": ["osteoperosis"], "gout": ["gowt"], "shingles": ["shingels"], "dementia": ["dementure", "demensia"]},
  "SYMPTOM": {"nausea": ["nausia", "nasuea"], "dizziness": ["dizzyness", "diziness"], "diarrhoea": ["diarrea", "diarhoea"],
              "headaches": ["headakes", "head aches"], "palpitations": ["palpatations"], "insomnia": ["insomina"], "fatigue": ["fatique"],
              "heartburn": ["heart burn"], "night sweats": ["nightsweats"], "breathlessness": ["breathlesness"]},
  "MEDICATION": {"ibuprofen 400mg": ["ibuprofin 400mg", "ibroprofen 400mg"], "amoxicillin 500mg": ["amoxicilin 500mg", "amoxycillin 500mg"],
                 "sertraline 50mg": ["sertaline 50mg", "setraline 50mg"], "paracetamol 500mg": ["paracetemol 500mg", "paracetamoll 500mg"],
                 "levothyroxine 50 micrograms": ["levothyroxin 50 micrograms", "levothyroxine 50 micrgrams"], "omeprazole 20mg": ["omeprazol 20mg", "omeprozole 20mg"],
                 "propranolol 40mg": ["propanolol 40mg", "propranalol 40mg"], "metformin 500mg": ["metformine 500mg"]},
  "TREATMENT": {"physiotherapy": ["physiotheraphy", "phsyiotherapy", "physio therapy"], "chemotherapy": ["chemo therapy", "chemotherepy"],
                "dialysis": ["dialisis", "dyalisis"], "radiotherapy": ["radio therapy", "radiothearpy"], "counselling": ["counceling", "councelling"],
                "psychotherapy": ["pyschotherapy"], "a colonoscopy": ["a colonscopy"]},
 },
}


def edit_distance(a: str, b: str) -> int:
    a, b = a.lower(), b.lower()
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]
