"""English chat templates for blind set 17 (written fresh; see gen.py for the slot syntax).

{slot} / {slot:form}   value, filler or generated negative
[[kind:text]]          literal hard negative
{{TYPE:a|b}}           health value picked from hand-written alternatives (terms.py terms)
"""

TEMPLATES = []

# --- pharmacies, online pharmacies, repeat prescriptions --------------------------------------------
TEMPLATES += [
    "Hi, I ordered my repeat prescription through {pharmacy} a week ago ({order_number}) and it still hasn't arrived. It's my {med} and I've only got two days left. Please call me on {mobile}",
    "My GP sent the prescription for {med} electronically but {localpharm} says they can't see it. NHS number {nhs}, date of birth {birth_date}.",
    "Can you note on my account that I'm allergic to {{MEDICATION:penicillin|amoxicillin|ibuprofen|aspirin}}? I had a reaction in {month}. Account email {email}",
    "Refill request: {med} {rx_strength}, {pack_size}, {dosage_schedule}. Insurance is {healthins}, pharmacy on file is {localpharm}. Text me at {mobile} when it's ready.",
    "I got {{MEDICATION:sertraline|citalopram|escitalopram|fluoxetine}} instead of {{MEDICATION:sertraline|citalopram|escitalopram|fluoxetine}} in my bag ({rx_number}) – is that a mistake? Please ring {landline} asap.",
    "hi, I've had {symptom} and {symptom} since yesterday, can the pharmacist recommend something or do I need to see a doctor, surgery is closed till {date}",
    "My daughter is {{DIAGNOSIS:diabetic|asthmatic|epileptic|coeliac}} and we're going on holiday – can you send a travel letter for her {{MEDICATION:insulin|insulin pens|EpiPen|blue inhaler|Keppra}}? Email {email}",
    "Please refund the duplicate charge of {amount} to my card {card}, it went through twice.",
    "Walgreens says my {{MEDICATION:Adderall|Vyvanse|Concerta|Ritalin}} is out of stock again. Can you transfer the script to CVS on {street}? My cell is {phone_us}, zip {zip_us}",
    "The copay for my {med} went from {amount} to {amount} – did my plan ({insurance_plan}) change? Member services can reach me at {phone_us}",
    "I take {med}, {med} and {med} for my {diag}. Can your pharmacist check whether they interact? Order {order_number}. You can email me on {email}",
    "Delivery address for my prescriptions is now {street} {house_number}, {city}, {postcode_uk}. Phone {phone}",
    "Collection code {pharmacy_pickup_code} didn't work at the locker. The bag has my {{MEDICATION:insulin|Ozempic|semaglutide|Wegovy|Mounjaro}} in it, it needs to go in the fridge! Call {mobile}",
    "Prescription exemption: I've got {{DIAGNOSIS:hypothyroidism|underactive thyroid|epilepsy|diabetes|type 1 diabetes}}. Do I still need to pay the {amount}? NHS no. {nhs:spaced}",
    "Please cancel my subscription for {{MEDICATION:the contraceptive pill|the pill|melatonin|folic acid}} – card ending… actually here's the full card so you can find it: {card_visa}",
    "Can you send the invoice for my {med} to my employer's HSA address? {email}. Script {rx_number}",
    "The order for {{MEDICATION:the morning-after pill|Plan B}} – please send discreetly, no company name on the package. Order {order_number}, mobile {mobile}",
]
TEMPLATES += [  # clean
    "How long is a repeat prescription valid for? Asking in general.",
    "Do you stock [[product_health:Fever-Tree tonic]]? The pharmacy sells weird stuff these days 😄",
    "Is {pack_size} the biggest pack of plasters you do? Order {order_number}.",
    "My parcel {tracking_royalmail} from {pharmacy} says delivered but it's not here.",
    "Can I pick up {pharmacy_pickup_code} after {time}?",
    "Is the pharmacy open on bank holidays? {opening_hours}?",
    "Your app keeps sending me code {otp_code} – I didn't request one.",
    "Do you sell {vet_medication} for dogs? Our vet is closed.",
]

# --- telemedicine ------------------------------------------------------------------------------------
TEMPLATES += [
    "I had a video appointment with {telemed} this morning ({telemed_consult_id}). The doctor thinks it's {diag} but the fit note hasn't come through. Can you resend to {email}?",
    "The link {meeting_code} won't load and my appointment was at {time}. It's about my {{SYMPTOM:back pain|lower back pain|neck pain|knee pain|hip pain}}, I really need it today. {mobile}",
    "Got a prescription for {med} from the online GP but the pharmacy can't find it. NHS number {nhs}",
    "Teladoc charged my card {card_mc} twice for one visit ({amount}). Exp {exp}. Please refund.",
    "Doctor on Demand: my son (6) has {{SYMPTOM:earache|a high temperature|a rash|stomach ache|cough}}, can a pediatrician see him tonight after {time}? Call {phone_us}",
    "I told the chatbot I have {symptom}, {symptom} and {symptom} and it just sent me [[generic_health_topic:health tips]]. I'd like to speak to a real clinician please.",
    "Delete my account and all records please (Article 17). Email {email}, phone {phone}. I only had one consultation about {{DIAGNOSIS:hay fever|eczema|acne|rosacea|psoriasis}}.",
    "The doctor recommended {{TREATMENT:an MRI scan|MRI scan|CT scan|colonoscopy|endoscopy}}. Do I need a referral? Insurer {healthins}, policy {policy_number}",
    "Quick summary for the doctor: {diag}, on {med}, allergic to {{MEDICATION:penicillin|codeine|aspirin|morphine}}. Call back on {phone} after {time}. Thanks!",
    "Can I get a sick note through the NHS App for {symptom}? My NI number is {nino} if that helps. Off since {date}.",
    "Push Doctor refund please – the GP never joined at {time}. {amount} to account {iban_gb}, sort code is in the IBAN.",
]
TEMPLATES += [  # clean
    "How much does a private online consultation cost with {telemed}? Just curious.",
    "The app crashes on launch ({app_version}), error {error_code}.",
    "Do you have weekend slots? My meeting ID was {meeting_code}.",
    "Can I get the receipt as a PDF? Mine's just called {file_name}.",
    "Is it okay to do the video call from the {meeting_room} at work?",
]

# --- health insurers, claims, EOBs ---------------------------------------------------------------------
TEMPLATES += [
    "Claim for {{TREATMENT:physio|physiotherapy}} after my {injury}: invoice dated {date}, {amount}. Policy {policy_number}. Please pay to {iban_gb}.",
    "Hi {healthins}, why was my {treat} claim denied? Claim {claim_number}, diagnosis code {icd}.",
    "My EOB lists {cpt_code} and {icd} but I never had {diag}, only {symptom}. Please correct it. Member services can call {phone_us}",
    "Pre-authorisation request for {{TREATMENT:knee replacement|hip replacement|cataract surgery|spinal fusion|hysterectomy}} at {city} hospital. Consultant letter attached. Membership number {customer_number}, mobile {mobile}",
    "Please update my bank details for claims to {iban}. Old account closed on {date}. Policy {policy_number}.",
    "I've been off work since {date} with {diag}. Does my income protection cover it? National Insurance number {nino}, email {email}",
    "Switching plans: currently on {insurance_plan}, want dental too. Contract {contract_number}. Call {phone}",
    "My wife has {diag} and takes {med}. Is the {policy_excess} still applied if she hits the out-of-pocket max? SSN on file ends in… here: {ssn}",
    "Appeal: the {{TREATMENT:physiotherapy|physical therapy|occupational therapy|speech therapy|lymphatic drainage}} is medically necessary because of my {{DIAGNOSIS:fibromyalgia|scoliosis|osteoarthritis|neuropathy|multiple sclerosis}}. ({case_number})",
    "Wellness rewards: I had my {{TREATMENT:flu jab|flu shot|mammogram|colonoscopy}} on {date}, please add the points. Member {member_number}",
    "Please DON'T email {email} any more – my ex-husband can read it. New one: {email}. It's about my {treat}, claim {claim_number}.",
    "Medicare question: I'm on {med} for {diag}, is it covered under Part D ({insurance_plan})? Social Security number {ssn}, phone {phone_us}",
    "Bupa claim for {{TREATMENT:MRI scan|MRI|CT scan|biopsy|echocardiogram}}: pre-auth {claim_number}, hospital invoice {invoice_number}. Contact me on {email:words}",
    "Our son is a student ({semester}) – does he stay on the family plan? His date of birth {birth_date}, his SSN {ssn}.",
]
TEMPLATES += [  # clean
    "What does {cpt_code} on my bill actually mean? Just trying to understand the coding.",
    "How does the {policy_excess} work if I switch plans mid-year?",
    "What's the premium for {insurance_plan} at {age}?",
    "Is a [[generic_health_topic:first aid course]] covered under the wellness benefit?",
    "I got a letter with {letter_reference} but page {page_number} is missing.",
    "The hold music: [[figurative_health:the wait is killing me]]. 45 minutes!",
    "I'd like to donate to {health_charity} through payroll giving – is that possible through you?",
    "What's the difference between {insurance_plan} and {insurance_plan}?",
]

# --- car insurance, accident reports ------------------------------------------------------------------
TEMPLATES += [
    "Reporting an accident: {date} at {time} on the {road_location}. Reg {licence_plate}, policy {policy_number}. I've got {{DIAGNOSIS:whiplash|whiplash injury|concussion|cracked ribs|broken wrist}}. Please call {mobile}",
    "The other driver's details: {name}, phone {phone}, email {email}. Our claim number is {claim_number}.",
    "Please pay the settlement ({amount}) to {iban_gb}, account holder {name}. Engineer's report attached ({assessor_ref}).",
    "Third party only left a number: {phone}. That's all I have. Car is a {engine_spec}, VIN {vin}.",
    "I was off work for {period} after the crash ({injury}). Can I claim for personal injury? Police: {police_report_ref}",
    "Renewal: please keep my {sf_class} and take the direct debit from {iban}.",
    "Dashcam footage {file_name} is too big for the upload form. Can I email it? Mine: {email}",
    "Geico: someone hit my parked car and left a note with {phone_us}. Plate {licence_plate}. Do I call them or do you?",
    "My passenger (my mum) had a {{DIAGNOSIS:hip fracture|broken ankle|fractured wrist|broken collarbone}} and spent {period} in hospital. Her NI number for the loss-of-earnings claim is {nino}.",
    "Since the rear-end collision I've had {symptom} and {symptom}; GP says it's {diag}. Claim ref {claim_number}, best number {mobile}",
    "Hit a deer on the {road_location}. Garage quote {quote_number}. Call me back on {landline}",
    "Progressive: please update my card for the {amount} premium to {card}, exp {exp}, security code {cvc}.",
]
TEMPLATES += [  # clean
    "If I pay the {amount} damage myself, will it affect my {sf_class}?",
    "Uploaded the accident report as {file_name}, claim {claim_number}.",
    "Do you offer black box insurance? I drive {annual_mileage}.",
    "The car's been towed – [[object_health:the car is on its last legs]] says the mechanic. Worth fixing at {odometer}?",
    "Is the {policy_excess} per claim or per year?",
    "When will the assessor ({assessor_ref}) visit? {delivery_window} would suit.",
    "Do I need [[vignette:a 10-day vignette]] for driving through Switzerland with a hire car?",
]

# --- renting, landlords, letting agents --------------------------------------------------------------
TEMPLATES += [
    "Dear {propmgmt}, there's been black mould in the bedroom for weeks and my son now has {{DIAGNOSIS:asthma|bronchitis|chest infection|mould allergy}}. GP letter attached. I'm asking for a {rent_reduction} under [[paragraph_ref:section 11 of the Landlord and Tenant Act]].",
    "Please return my deposit to {iban_gb}. Flat {apartment_number}, checked out on {date}. Forwarding address: {house_number} {street}, {city} {postcode_uk}",
    "Hi {landlord}, the boiler's been off since {weekday}, it's {room_temperature} inside. My wife is {{DIAGNOSIS:diabetic|asthmatic|epileptic}} and just had {{TREATMENT:a hip replacement|a knee replacement|chemo|chemotherapy|radiotherapy}}, she can't be in a cold flat. Please call {mobile}",
    "Service charge statement {billing_period}: {amount} extra?! Meter {meter_number}, reading {meter_reading}. Questions to {email}",
    "For the tenancy application: passport {reisepass}, NI number {nino}, bank {iban_gb}. Credit check ({credit_score}) to follow.",
    "I have {{DIAGNOSIS:multiple sclerosis|MS|Parkinson's|cerebral palsy}} and can't manage the stairs any more – can we talk about a ground-floor swap? Flat {apartment_number}, tel. {landline}",
    "Rent ({rent_amount}) will come from this account from next month: {iban}. Please update the standing order reference.",
    "Our apartment {apartment_number}: the landlord hasn't fixed the heat in 3 weeks. My mom has {diag}. Please call me, {phone_us}",
    "The neighbour upstairs plays music till {time} every night, I've got {{SYMPTOM:insomnia|headaches|trouble sleeping|migraine attacks}} because of it. Please get in touch: {phone}",
    "Keys ({key_number}) are in the key safe. Meter readings: {meter_reading}. My new mobile is {mobile:dashes}",
    "Shelter here: tenant is {name}, best contact {landline}, {lawyer_file_ref}.",
    "The no-fault eviction hits me hard – I have {diag} and rely on this flat. Notice dated {date}. My solicitor: {email}",
    "Lodger moving in: {name}, passport {reisepass}, DOB {birth_date}. Is that enough for the right-to-rent check?",
]
TEMPLATES += [  # clean
    "How much can a deposit legally be? My contract says {deposit_months}.",
    "The flat is {floor_area}, {room_count}, {energy_rating} – is {rent_amount} reasonable?",
    "When is the meter reader coming? Meter {meter_number}.",
    "The boiler is leaking and [[object_health:the boiler keeps coughing]] all night. Ticket {ticket_number}.",
    "The gardener says [[plant_health:black spot on the roses]] in the courtyard is normal. Who's responsible?",
    "Is {rent_reduction} realistic for building noise?",
    "There's a notice about [[generic_health_topic:tick season]] in the hallway – what's that got to do with us?",
    "Can you resend the house rules? {file_name} won't open.",
]

# --- mobile contracts, SIM swaps, eSIM ---------------------------------------------------------------
TEMPLATES += [
    "Someone did a SIM swap on my number {mobile} last night, I did NOT request it! Account {customer_number}, block it now please.",
    "PAC request: number {mobile}, moving to {telco} on {date}. Account holder {name}, account {customer_number}.",
    "New phone ({handset_model}), please reissue the eSIM – old code {esim_activation_code} doesn't work. Contact {email}",
    "Direct debit for the bill ({amount}) should come from {iban} from now on, account holder {name}.",
    "Why was I charged {amount} roaming? I was only in Switzerland and used {data_volume}. Number {mobile}",
    "My mum has {{DIAGNOSIS:dementia|Alzheimer's|Parkinson's}} and signed a contract over the phone. I have power of attorney since {date}. Her number {landline}, mine {mobile}",
    "New SIM arrived, ICCID {iccid}, but no PIN letter. Call me on my landline {landline}",
    "I'm in hospital having {treat} and can't pay this month's {amount} – please don't cut off {mobile}, it's my only line.",
    "Cancel from {date} please, confirmation to {email}. I want to keep {mobile} (port out).",
    "Number: {mobile:words}. That one's mine, {masked_phone} is my husband's.",
    "My cell {phone_us} got ported to another carrier without my consent. Account PIN reset please, SSN last four won't help, full SSN is {ssn}. Zip {zip_us}.",
    "Moving to {city}, keep the landline please: old number {landline}. Passport {reisepass} for the ID check. Moving on {date}.",
]
TEMPLATES += [  # clean
    "How much to switch from {telco_tariff} to {telco_tariff}?",
    "My phone says 'PUK required' after three wrong PINs. What now?",
    "IMEI of the stolen phone: {imei}. Enough for the police report?",
    "How long does porting normally take – a few days or {period}?",
    "The router keeps dropping, [[object_health:the router has hiccups]] – {router_model}, {speed} instead of {speed}.",
    "Got an SMS 'Your code is {otp_code}' – phishing? Sender {sms_shortcode}.",
    "Any SIM-only deal with {data_volume} under {amount}?",
]

# --- loans, mortgages --------------------------------------------------------------------------------
TEMPLATES += [
    "We'd like a mortgage in principle: {property_price}, deposit around {amount}, {fixed_rate_period}. Call us on {landline} or {mobile}.",
    "For the affordability check: NI number {nino}, salary account {iban_gb}, employer {employer}. {loan_amount} over {term_length}.",
    "Loan {loan_number}: I can't make the payment ({installment_plan}), I've been off sick with {diag} for {period}. Is a payment holiday possible? {mobile}",
    "The payment protection form asks about pre-existing conditions. Do I have to declare {{DIAGNOSIS:depression|anxiety disorder|high blood pressure|hypertension|burnout}} from {period} ago?",
    "Please take an overpayment ({repayment_rate}) from {iban}, mortgage account {loan_number}.",
    "Hi {lender}, the {interest_rate} with {ltv_ratio} sounds good. Email for the documents: {email}",
    "Rocket Mortgage: here's my info for the pre-approval ({property_price}) – SSN {ssn}, cell {phone_us}, email {email}",
    "Your credit file shows a loan with {lender} I never took out. DOB {birth_date}, address {house_number} {street}, {city}. Reply to {email:braced}",
    "Please reduce the payment to {amount} from {month} – my husband is in {{TREATMENT:rehab|physiotherapy|dialysis|chemotherapy}} after {{DIAGNOSIS:a stroke|stroke|heart attack|torn ACL|slipped disc}} and isn't earning. Agreement {contract_number}",
    "Identity check for the remortgage: passport {reisepass}, driving licence photo {file_name}, mobile {mobile}",
]
TEMPLATES += [  # clean
    "What are rates like for a {fixed_rate_period} at {ltv_ratio}?",
    "Is a {credit_score} enough to get approved?",
    "Is {repayment_rate} too short for {loan_amount}?",
    "Can I repay loan {loan_number} early and what does it cost?",
    "Is payment protection mandatory? I thought [[paragraph_ref:the Consumer Credit Act]] said otherwise.",
    "How long does {lender} take to decide, {period}?",
]

# --- crowdfunding, donations ----------------------------------------------------------------------
TEMPLATES += [
    "Hi, I set up a {crowdfund} page for my sister – she has {{DIAGNOSIS:breast cancer|leukaemia|lymphoma|brain tumour|bowel cancer}} and needs {{TREATMENT:immunotherapy|proton therapy|chemotherapy|radiotherapy}} that isn't funded. Target {campaign_goal}, payouts should go to {iban_gb}.",
    "Donated {amount} to {health_charity}, please send the Gift Aid receipt to {email}.",
    "{backer_number} ({pledge_tier}) – new shipping address: {house_number} {street}, {city} {postcode_uk}. Phone {phone}",
    "The payout for {crowdfunding_url} has been pending for {period}. I've already verified with my passport {reisepass}.",
    "I'd like to give {amount} a month to {health_charity} by direct debit from {iban}. My dad died of {{DIAGNOSIS:cancer|lung cancer|Alzheimer's|Parkinson's|dementia}}, that's why.",
    "GoFundMe for my son's wheelchair van – he has {{DIAGNOSIS:muscular dystrophy|cerebral palsy|spina bifida|multiple sclerosis}}, goal {campaign_goal}. Contact me on {mobile}",
    "Please refund my donation from {date} ({amount}), wrong campaign. Paid by card {card_visa}.",
    "Annual donation statement for {tax_year} please, to my accountant {email}. My SSN for the receipt: {ssn}",
]
TEMPLATES += [  # clean
    "What fee does {crowdfund} take on a {campaign_goal}?",
    "Is {health_charity} a registered charity, {charity_number}?",
    "The campaign {crowdfunding_url} is at {percent_funded} – is there a deadline?",
    "Can I donate anonymously without my name showing on {crowdfund}?",
    "Reward {pledge_tier} hasn't arrived ({backer_number}).",
    "We're doing a bake sale for [[health_charity:Macmillan Cancer Support]] at work – any rules?",
]

# --- vets (pet health = hard negatives) ----------------------------------------------------------
TEMPLATES += [
    "Hi {vet}, our dog {pet} has [[pet_health:kennel cough]]. Please email the invoice ({amount}) to {email} and take payment from {iban}.",
    "Pet insurance claim with {petins} for {pet} ({pet_health}). Pay to {iban_gb}. Microchip {pet_microchip}",
    "Our cat {pet} is on {vet_medication}, but I've got {{DIAGNOSIS:flu|Covid|norovirus|a chest infection}} and can't bring her in – my neighbour can, his number is {mobile}",
    "Booking for {pet}'s {pet_health} on {weekday}? My number {phone}",
]
TEMPLATES += [  # clean
    "Our cat has [[pet_health:feline diabetes]], the dose is {rx_strength} – normal for {weight}?",
    "{pet} has been [[pet_health:limping on the front left leg]] since this morning. Emergency slot today?",
    "How much is [[pet_health:neutering]] for a rabbit, {vet_fee_rate}?",
    "Does {pet} need a new pet passport for France? Old one {pet_passport}.",
    "Is {vet_medication} prescription-only? {pet} has [[pet_health:giardia]].",
    "Our horse has [[pet_health:laminitis]] – do you do yard visits near {city}?",
    "Invoice {invoice_number} for [[pet_health:worming]] ({amount}) is wrong, we only came for advice.",
    "Does {pet_plan} cover [[pet_health:hip dysplasia]]?",
]

# --- gyms, fitness trackers ----------------------------------------------------------------------
TEMPLATES += [
    "Hi {gym}, I'd like to freeze my membership ({freeze_period}) – I got injured ({injury}) and can't train for {period}. Member no. {member_number}, doctor's note attached.",
    "Cancelling on medical grounds: {{DIAGNOSIS:herniated disc|atrial fibrillation|AFib|arrhythmia|osteoarthritis}}. Please stop taking the {membership_fee} from {iban}.",
    "My {tracker_model} shows a weird resting HR ({heart_rate}) – I'm on {{MEDICATION:bisoprolol|propranolol|atenolol|beta blockers}}, which lowers it. Support ticket {ticket_number}, email {email}",
    "{tracker} isn't syncing, {step_count} missing from yesterday. Account {email}",
    "Refund for {month} please to {iban_gb}, the gym was closed for refurb from {date}.",
    "I had {{SYMPTOM:chest pain|palpitations|dizziness|shortness of breath}} after the {course_code} class and passed out. The instructor called my husband ({mobile}). I'd like a copy of the incident report.",
    "Planet Fitness keeps charging my card {card} after I cancelled on {date}. Exp {exp}. Call me at {phone_us}",
    "Looking for a personal trainer for {{TREATMENT:rehab}} after {{TREATMENT:knee surgery|ACL reconstruction|meniscus surgery|hip replacement|back surgery}}, I'm {age}. Email {email}, mobile {mobile}",
    "The app shows my {workout_stat} and heart rate publicly!! Please make {user_handle} private, I have {diag} and don't want people seeing this.",
    "Please adjust my programme – my physiotherapist says no overhead work because of {{DIAGNOSIS:tennis elbow|frozen shoulder|tendonitis|rotator cuff tear}}. Member {member_number}",
]
TEMPLATES += [  # clean
    "Are {checkin_count} enough for the insurer's reward?",
    "Do you have beginner classes, like [[generic_health_topic:health tips]] plus gentle training?",
    "My {tracker_model} counts {step_count} when I cycle, bug? {app_version}",
    "What does {gym_tier} cost? The website says {membership_fee}.",
    "Running club {weekday}: {race_distance} at {pace}? Who's in?",
    "The showers are freezing, [[figurative_health:it made me sick to my stomach]] to pay for this. Locker {locker_number} is jammed too.",
]

# --- dating apps -------------------------------------------------------------------------------
TEMPLATES += [
    "My {dating} profile got banned as fake. I've done the selfie video three times. Registered with {email}, phone {mobile}, since {date}",
    "A match asked for my bank details 'to send a gift'. I sent him {iban} 🙈 Is that dangerous? His profile: {dating_profile_id}",
    "Please delete my account and all data. My profile said I have {diag} and I don't want that stored anywhere. Login {email}, {dating_profile_id}",
    "{premium_plan} charged twice ({amount}), card {card}. Refund please.",
    "Someone stole my photos and uses them with the number {mobile}. My real profile: {user_handle}",
    "I put in my profile that I have {{DIAGNOSIS:HIV|herpes|type 1 diabetes|autism}} and now I'm getting abuse. Screenshots as {file_name}. Contact {email}",
]
TEMPLATES += [  # clean
    "Why do I only see people {age_range} when I set {age_range}?",
    "Can I cancel {premium_plan} monthly?",
    "Verification code {otp_code} never arrives.",
    "Only show matches within {distance} – possible?",
    "Profile {dating_profile_id} is a scammer, reporting.",
]

# --- e-commerce returns ---------------------------------------------------------------------------
TEMPLATES += [
    "Return {return_code} has been with you for {period}, please refund {amount} to {iban_gb}, not the card.",
    "I sent back [[product_health:the board game Pandemic]], tracking {tracking_royalmail}. Credit note to {email} please.",
    "Order {order_number}: the blood pressure monitor shows {error_code}. I need it for my {{DIAGNOSIS:hypertension|high blood pressure|heart failure|atrial fibrillation}}, please send a replacement quickly. {phone}",
    "The refund for {order_amazon} went to an old card. New one is {card_visa} exp {exp}, or just transfer to {iban}",
    "Buy now pay later: I can't pay because I've been in hospital since {date} ({treat}). Can you pause it? Customer no. {customer_number}, email {email}",
    "Size {clothing_size} too small, exchange for {clothing_size}. Item {article_number}. My number in case: {phone}",
    "Hi {shop}, parcel arrived damaged, photo {file_name}. Call me on {landline}",
    "I have a {{DIAGNOSIS:nut allergy|peanut allergy|shellfish allergy}} and the snack box you sent says [[food_allergen_info:may contain traces of peanuts]] – not on the website! Refund to {card} please.",
    "I've got a {{DIAGNOSIS:nickel allergy|contact allergy}} and the watch strap gave me {{SYMPTOM:itching|a rash|skin rash|itchy skin}}. Can I still return it? You say {return_window}.",
]
TEMPLATES += [  # clean
    "How long do I have for returns, {return_window}?",
    "Return label {return_code} doesn't scan at the drop-off.",
    "Label says [[food_allergen_info:suitable for vegans]] – does that include the glue?",
    "Why only {amount} back instead of {amount}? Order {order_number}.",
    "Order {order_amazon} is missing a part, {quantity} instead of {quantity}.",
    "Voucher {voucher_code} wasn't applied.",
    "I got two copies of [[product_health:Doctor Who box set]], can I keep one?",
]

# --- couriers, parcel tracking -----------------------------------------------------------------
TEMPLATES += [
    "Parcel {tracking_royalmail} was left with a neighbour who's on holiday. Please ring me: {mobile}",
    "Driver just dumped the parcel outside – I use a wheelchair ({{DIAGNOSIS:MS|multiple sclerosis|cerebral palsy|muscular dystrophy}}) and can't get to the front step. Please knock next time. Parcel {tracking_royalmail}, {phone}",
    "Cash on delivery refund to {iban}, sender {company}, tracking {tracking_dpd}.",
    "Deliver to {parcel_shop_id}, notifications to {email}",
    "My medication parcel ({med}) has been in transit for {period}, {tracking_usps}. I'm down to two tablets! {phone_us}",
    "Customs fee for {tracking_ups}, MRN {customs_mrn}. Can I pay by card {card}?",
    "Not home {delivery_window}, deliver to work please: {company}, {house_number} {street}, {city} {postcode_uk}, tel {landline}",
    "Evri left a card with {phone} to call, but that's not a real Evri number is it? My number is {mobile}. Tracking {tracking_hermes}",
]
TEMPLATES += [  # clean
    "Parcel {tracking_dhl} stuck at the depot since {date}.",
    "Where's {parcel_shop_id}? The address in tracking is wrong.",
    "It weighs {parcel_weight}, can it still go as small parcel?",
    "Delivery {delivery_window} – can I change the slot?",
    "Why does {tracking_usps} say 'no access to delivery location'? I was home!",
    "{parcel} put my parcel in the wrong locker, {parcel_shop_id}.",
    "Locker code {locker_pin} doesn't open.",
    "How much to send {weight} to Ireland?",
]

# --- pensions --------------------------------------------------------------------------------
TEMPLATES += [
    "I'm applying for ill-health early retirement: off work for {period} with {diag} and {diag}. Scheme ref {pension_scheme_ref}, pay the lump sum to {iban_gb}.",
    "Hi {pension}, please move my pension payments ({pension_amount}) to my new account from {month}: {iban}. Confirmation to {email}",
    "State pension forecast please, NI number {nino:spaced}. New address: {house_number} {street}, {city} {postcode_uk}",
    "My mother passed away, her National Insurance number is {nino}. Her pension for {month} ({pension_amount}) still went into {iban_gb} – should we pay it back?",
    "I spent {period} in {{TREATMENT:rehab|detox|methadone programme|psychotherapy}} – does that gap affect my {pension_points}? Phone {mobile}",
    "My 401k rollover is stuck. Plan {pension_scheme_ref}, SSN {ssn}, cell {phone_us}",
    "The occupational health report confirms {{DIAGNOSIS:long Covid|long COVID|fibromyalgia|spinal stenosis|severe depression}}, yet the trustees refused. Our solicitor {lawfirm} is handling it, {lawyer_file_ref}. My number: {mobile}",
    "Widow's pension: my husband {name}, born {birth_date}, NI {nino}. Death certificate attached.",
    "Stop writing to {email} please, use {email}. Scheme ref {pension_scheme_ref}",
    "Pension transfer from Poland – my PESEL is {pesel}, my Polish account was {iban_pl}. Pot {pension_pot}. Phone {phone}",
]
TEMPLATES += [  # clean
    "How many {pension_points} do I need for the full state pension?",
    "Can I retire {retirement_age} without penalty?",
    "Is my {pension_pot} taxed when I take it?",
    "What happens to my workplace pension if the company goes bust? Plan {pension_scheme_ref}.",
    "Got a letter with {letter_reference} but no signature – legit?",
]

# --- student finance -------------------------------------------------------------------------
TEMPLATES += [
    "Student Finance: I had to interrupt my studies in {semester} because of {diag}, doctor's letter attached. {bafoeg_reference}. Email {email}",
    "Please pay my maintenance loan into {iban_gb} from {month}, the old account is closed. {bafoeg_reference}.",
    "Hi {studfin}, my parents are {name} and {name}, their NI numbers are {nino} and {nino}. Is that enough for household income for {tax_year}?",
    "{student_loan_plan}: I can't work because of {{TREATMENT:chemotherapy|chemo|dialysis|radiotherapy}} – can repayments be paused? {mobile}",
    "Proof of enrolment at {uni} attached ({file_name}), student ID {student_id}. New mobile: {mobile}",
    "FAFSA question: my mom is on disability for {{DIAGNOSIS:multiple sclerosis|rheumatoid arthritis|epilepsy|bipolar disorder}}, does that count as income for {tax_year}? My SSN {ssn}, email {email}",
    "Overpayment letter for {amount}?! I declared everything. My bank: {iban}, BIC {bic}",
    "Are there accessible rooms in halls for students with {{DIAGNOSIS:autism|ADHD|epilepsy|Asperger's}}? Applicant {applicant_number}, email {email}",
]
TEMPLATES += [  # clean
    "What's the {repayment_threshold} on {student_loan_plan}?",
    "Can I get funding for {semester} if I switch courses?",
    "When does the decision come? Applied {period} ago, {bafoeg_reference}.",
    "What's the difference between {student_loan_plan} and {student_loan_plan}?",
    "Do {ects_credits} from my exchange count?",
]

# --- immigration, visas ---------------------------------------------------------------------
TEMPLATES += [
    "My {visa_type} expires on {date}. I need an extension appointment. Passport {reisepass}, ref {immigration_case_ref}. Phone {phone}",
    "I've been in hospital for {period} ({diag}) and can't attend the biometrics appointment on {date}. Please reschedule. Ref {immigration_case_ref}, email {email}",
    "For the {visa_type}: passport {reisepass}, NI number {nino}, bank statement for {iban_gb}.",
    "My wife needs to stay for medical reasons – she has {{DIAGNOSIS:breast cancer|kidney disease|chronic kidney disease|lymphoma|leukaemia}} and is having {{TREATMENT:chemotherapy|dialysis|radiotherapy|immunotherapy}}. Letter attached. Her NIE is {nie}, ref {immigration_case_ref}.",
    "USCIS receipt {immigration_case_ref}. My green card renewal – I had {{TREATMENT:a hip replacement|back surgery|spinal surgery|hip surgery}} and can't travel to the ASC. SSN {ssn}, cell {phone_us}",
    "Spanish DNI for the application is {dni}, and my Italian codice fiscale {cf}. Do you need both? Appointment {date} at {time}.",
    "Dutch partner's BSN is {bsn} – is that needed for the family permit ({visa_type})? Email {email}",
    "Belgian national number for my husband: {nn}. He's in hospital with {{DIAGNOSIS:a stroke|pneumonia|sepsis|heart failure}} and can't sign. Deadline {date}. What now?",
    "French social security number (NIR) {nir} – my employer in Lyon wants it for the Skilled Worker sponsorship. Phone {phone_fr}",
]
TEMPLATES += [  # clean
    "What documents do I need for {visa_type}?",
    "How long is processing at the moment, {period}?",
    "Any appointments in {month}? Online it's all booked.",
    "Can I switch from {visa_type} to {visa_type} in-country?",
    "Does the tenancy agreement need to be certified? [[paragraph_ref:the Immigration Act 2014]]",
]

# --- police (non-emergency) ------------------------------------------------------------------
TEMPLATES += [
    "Reporting online: bike stolen on {date}, frame number {bike_frame_number}. You can reach me on {mobile}.",
    "I was assaulted at the station and ended up with {{DIAGNOSIS:a broken nose|concussion|cracked ribs|a fractured wrist}}. Police: {police_report_ref}, email {email}",
    "Fraud: someone opened a phone contract with my details ({iban}), police {police_report_ref}. My passport {reisepass} was stolen in {month}.",
    "Witness statement for the crash on the {road_location}: the driver's reg was {licence_plate}. My number {phone}",
    "My dad ({age}) has {{DIAGNOSIS:dementia|Alzheimer's}} and has been missing since {time}. Red jacket. Please call {mobile}",
    "Sheriff's office: someone used my SSN {ssn} to file taxes ({case_number}), my cell {phone_us}",
]
TEMPLATES += [  # clean
    "How long until I get {police_report_ref} in writing?",
    "Can I report {phishing_url} to Action Fraud online?",
    "Car towed ({licence_plate}) – where do I collect it?",
    "Stolen phone, IMEI {imei} – do I report it to police or just the network?",
]

# --- lawyers --------------------------------------------------------------------------------
TEMPLATES += [
    "Dear solicitor, my employer dismissed me while I was in {{TREATMENT:rehab|chemotherapy|psychotherapy|physiotherapy}} ([[paragraph_ref:the Equality Act 2010]]). Legal expenses cover with {insurer}, claim {claim_number}. {mobile}",
    "{lawfirm}: please transfer the settlement ({amount}) to {iban_gb}, {lawyer_file_ref}.",
    "Got a cease-and-desist over a photo, {legal_fee_item}. Contact {email}",
    "Accident at work – fell off a ladder, {injury}. Employer's insurer won't pay ({claim_number}). NI number {nino}, mobile {mobile}",
    "Details of the landlord for the claim: {name}, {house_number} {street}, {city}, phone {landline}, email {email}",
    "Our client ({name}) has suffered {diag} since the incident, report to follow. {lawyer_file_ref}, call {landline}",
    "Divorce: the joint account {iban} should be closed. My wife has {{DIAGNOSIS:bipolar disorder|alcoholism|gambling addiction|severe depression}} – does that matter for custody? Hearing on {date}.",
    "Morgan & Morgan, I was rear-ended and have {{SYMPTOM:neck pain|back pain|headaches|numbness}} ever since. Claim {claim_number}, cell {phone_us}",
]
TEMPLATES += [  # clean
    "How much is an initial consultation? I read {legal_fee_item}.",
    "Does legal expenses insurance cover housing disputes under [[paragraph_ref:the Housing Act 1988]]?",
    "Time limit for an unfair dismissal claim is {period}, right?",
    "{lawyer_file_ref} – please quote it when replying.",
    "Do [[paragraph_ref:the Working Time Regulations]] apply to zero-hours contracts?",
]

# --- funeral homes ---------------------------------------------------------------------------
TEMPLATES += [
    "Hello {funeral}, my father passed away yesterday after a long battle with {{DIAGNOSIS:cancer|lung cancer|leukaemia|heart failure|dementia|COPD}}. We'll need {death_certificate_count}. You can reach me on {mobile}",
    "Please send the funeral invoice ({amount}) to my brother: {email}. Payment will come from {iban}.",
    "My nan died in the care home of {{DIAGNOSIS:pneumonia|Covid|a stroke|sepsis|influenza}}. Her NHS number for the paperwork: {nhs}. Funeral on {date}.",
    "For the service on {date} at {time}: can we have {hymn_number}? Contact is my sister, {phone}",
    "Ashes interment, {grave_plot}. Bank details for the deposit refund: {iban_gb}. Thank you for everything.",
    "Millers Funeral Home, my mom passed at the hospital ({diag}). Can you arrange transport by {time}? My cell {phone_us}",
]
TEMPLATES += [  # clean
    "Roughly how much is a direct cremation? And how many {death_certificate_count} do people usually need?",
    "What coffins do you have, e.g. {coffin_model}?",
    "Can we play a song by [[product_health:The Cure]] at the service?",
    "Plot {grave_plot} – how long is the lease?",
]

# --- weddings ---------------------------------------------------------------------------------
TEMPLATES += [
    "Hi {planner}, guest list update: Aunt Sue has {{DIAGNOSIS:coeliac disease|celiac disease|peanut allergy|nut allergy|lactose intolerance|shellfish allergy}}, please put her down for {menu_choice}. Best man {name}, mobile {mobile}",
    "Deposit for {venue} ({amount}) paid from {iban}. Please confirm to {email}",
    "My fiancé is {{DIAGNOSIS:diabetic|asthmatic|epileptic}} – is there a fridge at {venue} on {date} for his {{MEDICATION:insulin|insulin pens|EpiPen|EpiPens}}?",
    "Seating: {table_number} for family, {party_size}. The photographer's number is {phone}",
    "Balance for the {wedding_package} by card: {card_mc}, expiry {exp}, CVV {cvc}",
    "No strongly scented flowers please, I get {{SYMPTOM:migraine attacks|headaches|wheezing|dizziness}} from perfume. Wedding {date}. Bride {name}, {email}",
]
TEMPLATES += [  # clean
    "What does {wedding_package} cost for {party_size}?",
    "Is {venue} step-free? Some older guests are coming.",
    "Menu: {menu_choice} or {menu_choice}?",
    "Can the DJ play something by [[product_health:Placebo]] for the first dance?",
    "Is {date} still free? {price_per_head} is our limit.",
]

# --- car rental ----------------------------------------------------------------------------
TEMPLATES += [
    "Rental agreement {rental_agreement}: the {rental_deposit} was held twice on my card {card}. Please release one.",
    "I had an accident in the hire car, {injury}, spent {period} in hospital. Reg {licence_plate}. Call back {mobile}",
    "The parking fine ({pcn_number}) went to {carrental}, who charged {amount} admin. Driver was {name}, licence photo {file_name}.",
    "Car {acriss_code}, {fuel_policy}, return {date}. Invoice with VAT number to {email} please.",
    "I have {{DIAGNOSIS:epilepsy|narcolepsy|type 1 diabetes|sleep apnea}} – can I still rent if I haven't had an episode for {period}? {phone}",
    "Turo host charged my card {card_amex} for 'cleaning' {amount}. Exp {exp}. I want it back.",
]
TEMPLATES += [  # clean
    "What does {acriss_code} mean on the booking?",
    "Mileage at return {odometer}, fuel {fuel_level}. Okay?",
    "Can I pay {carrental} with a debit card or do I need credit?",
    "Is the {rental_deposit} released straight away?",
    "Does the car come with the {vignette}?",
]

# --- coworking ----------------------------------------------------------------------------
TEMPLATES += [
    "Hi {cowork}, I can't use my {desk_number} this month, I'm recovering from {{TREATMENT:back surgery|knee surgery|hip replacement|gallbladder surgery|appendectomy}}. Please credit {iban}",
    "Invoice to {company}, VAT no. GB in the footer, email {email}. By the way {access_card_id} stopped working.",
    "Had {{SYMPTOM:palpitations|shortness of breath|dizziness|a panic attack|chest pain}} in {meeting_room} yesterday, thanks to your community team! If you need me: {mobile}",
    "Paying {membership_fee} by card ({card_visa}, {exp}), security code {cvc}. Invoice {invoice_number}.",
]
TEMPLATES += [  # clean
    "Wi-Fi {wifi_ssid} is crawling, {speed}.",
    "Can I book {meeting_room} on {weekday} at {time}?",
    "How much is a fixed desk per month? I pay {membership_fee} for {desk_number} now.",
    "My fob ({access_card_id}) won't open the door on the {clinic_floor}.",
    "Can we use the address for company registration? We're {commercial_register}.",
]

# --- IT helpdesk, password resets ----------------------------------------------------------
TEMPLATES += [
    "Hi {itdesk}, I'm locked out ({corp_user_id}), machine {hostname}. Please send the reset link to my personal email {email} or text {mobile}.",
    "Ticket {ticket_number}: I was off sick for {period} ({diag}) and now my password has expired. Ext. is on {landline}",
    "Lost my MFA device, new phone number {mobile}. Asset {asset_tag}.",
    "The payroll portal shows the wrong bank account, correct IBAN is {iban}. Employee ID {personnel_number}.",
    "For the remote unlock: name {name}, NI {nino}, DOB {birth_date}. Please call {phone}",
    "Could someone set up the screen magnifier? I have {{DIAGNOSIS:macular degeneration|glaucoma|cataracts|detached retina}} and can barely read the text. Machine {hostname}, phone {landline}",
]
TEMPLATES += [  # clean
    "VPN keeps dropping, error {error_code}, machine {hostname}.",
    "Password rules in {kb_article} – how many characters?",
    "MFA backup codes {backup_code} – do I need to register them?",
    "Printer on the 3rd floor shows {error_code}, [[object_health:the printer has a fever]] 😅",
    "Laptop {hostname} is super slow since {software_version}.",
    "I think [[object_health:my laptop caught a virus]], pop-ups everywhere. Asset {asset_tag}.",
]

# --- gaming platforms ------------------------------------------------------------------------
TEMPLATES += [
    "My {gaming} account got hacked and they bought {ingame_currency} with my card {card}. Login was {email}. Lock it please!",
    "Refund for the purchase on {date} ({amount}) to PayPal {email}, gamertag {gamertag}.",
    "I have {{DIAGNOSIS:epilepsy|migraines|migraine with aura|chronic migraine}} and the flashing effects give me {{SYMPTOM:headaches|dizziness|nausea|seizures}}. Is there a reduced-flash mode? Player {gamertag}",
    "My son (12) spent on my credit card {card_mc}, exp {exp}. {ingame_currency} for {amount}! I want it reversed! Phone {mobile}",
    "Age verification: do I really have to upload my passport ({reisepass})? Account {email}, {gamertag}",
]
TEMPLATES += [  # clean
    "Code {game_voucher_code} says already redeemed.",
    "Lag on {server_region}, {match_id}, ping over 200.",
    "Why did I get reset after {player_level}?",
    "My character catches [[fiction_health:the plague in the medieval game]] every run – bug?",
    "Can I transfer {ingame_currency} to another account?",
    "The story with [[fiction_health:the zombie fungus in The Last of Us]] is intense – in the game, not me 😄 Is there a content warning?",
]

# --- LLM chatbot prompts with pasted documents ----------------------------------------------------
TEMPLATES += [
    "Summarise this letter for me:\n\"Dear Mr {last}, we acknowledge your application of {date}. Please pay the fee of {amount} to {iban_gb} quoting {letter_reference}. Queries: {landline}\"",
    "Help me write a complaint. Facts: order {order_number}, customer number {customer_number}, my email {email}, phone {phone}. Tone: polite but firm.",
    "Explain this discharge letter in plain English: \"Diagnoses: {icd} {diag}; {icd} {diag}. Medication: {med} {dosage_schedule}. Plan: {treat}.\"",
    "Translate into German: I have been signed off sick since {date} with {diag}; my NHS number is {nhs}.",
    "Write a cancellation letter for my phone contract, number {mobile}, account {customer_number}, earliest possible date. Sign it {name}.",
    "Is this IBAN valid? {iban}. And does {bic} match? Amount {amount}, ref {invoice_number}.",
    "Draft an email to my insurer: claim for {treat} ({cpt_code}), member number {member_number}, pay to {iban}.",
    "{llm}, I've had {symptom}, {symptom} and {symptom} for {period}. What could it be? I'm on {med}.",
    "Turn this into a table:\n{name}, {phone}, {email}\n{name}, {phone}, {email}\n{name}, {phone}, {email}",
    "Summarise my tax letter: UTR-style ref {reference_number}, NI number {nino}, refund {tax_refund}.",
    "Write to my landlord that because of my {{DIAGNOSIS:asthma|COPD|mould allergy|dust mite allergy}} I can't clear out the damp cellar ([[paragraph_ref:section 11 of the Landlord and Tenant Act]]). My number for questions: {landline}",
    "Help me fill in: name {name}, DOB {birth_date}, passport {reisepass}, address {house_number} {street}, {city} {postcode_uk}.",
    "Rewrite this nicer: 'I already told you my SSN is {ssn} and my cell is {phone_us}, stop asking.'",
]
TEMPLATES += [  # clean
    "{llm}: summarise the article about [[generic_health_topic:flu season]] in three sentences.",
    "Write a poem about [[figurative_health:cabin fever]] and train delays.",
    "How do I politely say [[figurative_health:this is giving me a headache]] to a client?",
    "Explain the difference between {cpt_code} and {cpt_code}, in general, not for me.",
    "Shorten this to {token_count}: 'Our opening hours are {opening_hours}, always quote customer number {customer_number}.'",
    "What data am I allowed to give a chatbot? Question for our training on {date}.",
]

# --- SMS codes, 2FA (hard negatives) ------------------------------------------------------------
TEMPLATES += [
    "The SMS code {otp_code} went to {mobile}, but that's not my number any more! New one is {mobile}.",
    "Approval code {tan_code} rejected, transfer of {amount} to {iban} stuck. Help?",
    "Someone called and asked for the text code ({otp_code}) – I gave it 😰 Account {iban_gb}, freeze it please!",
]
TEMPLATES += [  # clean
    "Your code {otp_code} ({code_validity}) always arrives 10 minutes late.",
    "What are the backup codes {backup_code} for? I printed them.",
    "I keep getting texts with {otp_code}, {otp_code}, {otp_code} – is someone trying to log in?",
    "Code {tan_code} not working, {error_code}.",
    "The code was {code_validity} and I was too slow. New one?",
    "The verification text comes from {sms_shortcode}, is that genuine?",
    "Login with {otp_code} works, then {error_code}.",
]

# --- voice-message transcripts ---------------------------------------------------------------------
TEMPLATES += [
    "[Voice message {voice_note_length}] yeah hi it's {first} erm just wanted to say my number is {mobile:words} and er I'll send you the bank details later",
    "[Voice note] so the doctor said it's {diag} and I've got to take {med} {dosage_schedule} and come back in {period}",
    "[Transcript] hi it's me call me back on {phone:partial_words} it's about the bill from {healthins} from {date} for {amount}",
    "voice note: hey babe can you grab my {med} from the pharmacy the script's under my name and my NHS number is {nhs}",
    "[Audio {voice_note_length}] the sort code and account are in the IBAN {iban:words} name is {name}",
    "[Voice message transcribed] mum's got {symptom} and {symptom} again I'm taking her to A&E now at {time} can you ring {mobile:partial_words}",
]
TEMPLATES += [  # clean
    "[Voice message {voice_note_length}] yeah so the parcel's here {tracking_royalmail} cheers",
    "[Transcript] just ring me when you're outside around {time}",
    "[Voice note] the code is {otp_code} no wait {otp_code}",
]

# --- quoted messages ------------------------------------------------------------------------
TEMPLATES += [
    "> Please send us your bank details.\nHere: {iban}\n> And a phone number for queries.\n{phone}",
    "> On {date} at {time}, {agent} wrote:\n> Could you confirm your NHS number?\n{nhs}",
    "> What medication are you currently taking?\n{med} and {med}, plus {{MEDICATION:iron tablets|folic acid|B12 injections|melatonin}}.",
    "> Your order {order_number} has been cancelled.\nWhy?? I paid with {card}!",
    "Quoting your email: \"> Ticket {ticket_number} is resolved.\" – no it isn't. Call me {mobile}",
    "> Reason for absence?\n{diag}, since {date}. Is that enough?",
    "> SSN?\n{ssn}\n> Best phone?\n{phone_us}",
]
TEMPLATES += [  # clean
    "> Your parcel {tracking_dpd} will arrive {delivery_window}.\nI'm only in from {time}.",
    "> Thanks for your enquiry {ticket_number}.\nAnd when will I get an answer?",
    "> The refund of {amount} has been processed.\nNothing yet, {date}.",
]

# --- spreadsheets -----------------------------------------------------------------------------
TEMPLATES += [
    "Name\tIBAN\tAmount\n{name}\t{iban}\t{amount}\n{name}\t{iban}\t{amount}",
    "List from the sheet ({sheet_name}):\nName,Phone,Email\n{name},{phone},{email}\n{name},{phone},{email}",
    "Employee | NI number | NHS number\n{name} | {nino} | {nhs}\n{name} | {nino} | {nhs}",
    "Copied from {spreadsheet_cell}: {iban}",
    "Date\tClient\tReason for absence\n{date}\t{first}\t{diag}\n{date}\t{first}\t{symptom}",
    "Med schedule (from Excel):\n{med}\t{dosage_schedule}\n{med}\t{dosage_schedule}",
    "Name;SSN;Phone\n{name};{ssn};{phone_us}\n{name};{ssn};{phone_us}",
]
TEMPLATES += [  # clean
    "Item\tQty\tPrice\n{article_number}\t{quantity}\t{amount}\n{article_number}\t{quantity}\t{amount}",
    "Order,Date,Status\n{order_number},{date},shipped\n{order_number},{date},pending",
    "{spreadsheet_cell} in {sheet_name} is blank, should {invoice_number} be there?",
]

# --- code-switching EN/DE ----------------------------------------------------------------------
TEMPLATES += [
    "Hey, kurze Frage – my IBAN changed, die neue ist {iban}. Can you update it? Customer no. {customer_number}.",
    "Sorry for the mix, mein Arzt says I have {diag} and need {med}. Does the Krankenkasse cover that? Versichertennummer {kvnr}",
    "Ring me pls, Handy {mobile}, ab {time} free.",
    "HR in Munich wants my Steuer-ID: {steuer_id}. Is it safe to email it? I start on {date}.",
    "Got {symptom} since Montag, working from home. Mail me at {email}",
]
TEMPLATES += [  # clean
    "Parcel {tracking_dhl} is stuck seit {date}, any update?",
    "Invoice is fine but the due date {date} is zu früh.",
    "Can we verschieben the call to {time}?",
]

# --- typos, lowercase, emoji ------------------------------------------------------------------
TEMPLATES += [
    "hi i have a qestion about the bil can i get it refunded to my acount {iban} thanks",
    "off sick today got {symptom} and {symptom} wont be in, pls cancel my {time} x {first}",
    "📞 {phone} 📧 {email} 🏦 {iban}",
    "my number is {mobile} text me on whatsapp 🙏",
    "been on {med} and since then ive had {symptom} is that normal?? 😟",
    "address 🏠 {house_number} {street}, {city} {postcode_uk} 📱 {mobile} ✉️ {email}",
    "help!!! card stolen {card} block it now, last payment was {amount} at {time}",
    "doc says {{DIAGNOSIS:diabetis|migrane|asthama|pnuemonia|arthritus|depresion}} and i should take {{MEDICATION:ibuprofin|ibuprophen|paracetemol|amoxicilin|sertaline|metforman}} {dosage_schedule}",
    "acct: {iban:lowercase} 👍",
    "had {{SYMPTOM:diarrea|diahrrea|nausia|headach|dizzyness|exaustion}} for 3 days can i still come to my appt",
    "🤒 {symptom} + {symptom} 😩 out today",
    "tel {phone} (after 6pm) 😊",
    "my email is {email:braced} dont want bots to grab it lol",
]
TEMPLATES += [  # clean
    "when is my parcel {tracking_royalmail} coming 😡",
    "thx for the quick reply 👍👍",
    "what time do u close today? {opening_hours}?",
    "😂😂 [[figurative_health:a total nightmare]] this app",
    "pls call back, ticket {ticket_number}",
]

# --- US / UK flavour --------------------------------------------------------------------------
TEMPLATES += [
    "Hey y'all, I need to update my billing zip and my cell: {phone_us}. Card on file {card_amex}, zip {zip_us}.",
    "Zelle and Venmo won't work for me while I'm in Europe, please send the refund to my EU account instead: {iban}",
    "Cheers for sorting it. Ring me on {phone_gb} if the engineer can't get in {delivery_window}.",
    "Medicaid renewal: my SSN is {ssn}, my son's is {ssn}. He has {{DIAGNOSIS:autism|ADHD|asthma|type 1 diabetes}}, do I need to resend the doctor's forms by {date}?",
    "Our flat in Edinburgh ({postcode_uk}), NI number {nino}, phone {phone_gb}. Council tax {amount}, sorry it's late.",
    "Calling from Ireland – my number is {phone} and my IBAN {iban_ie}.",
]
TEMPLATES += [  # clean
    "Does the store on Main Street take Apple Pay? Order {order_number}.",
    "Is the office open over the bank holiday weekend?",
    "What's the zip for the depot? Tracking {tracking_usps}.",
]

# --- bare values, short replies -----------------------------------------------------------------
TEMPLATES += [
    "{iban}",
    "{mobile}",
    "{email}",
    "IBAN: {iban}\nBIC: {bic}",
    "{phone} – speak later",
    "Here: {iban:dots}",
    "{nhs}",
    "NI {nino}",
    "{card} {exp}",
    "{name}, {landline}",
    "just the number: {phone:keycap}",
    "{email:mixed}",
    "{idl}",
    "{idl}",
    "{idl}, {email}",
]
TEMPLATES += [  # clean
    "Thanks, done.",
    "{order_number}",
    "{tracking_ups}",
    "ok, {date} works",
    "{amount}",
    "Ticket {ticket_number}",
]

# --- extra: fit notes, ICD codes, IDs, business customers --------------------------------------------
TEMPLATES += [
    "My fit note from {date} says {icd} – does that mean {diag}? HR at {employer} keeps asking. Employee ID {personnel_number}.",
    "Sick note until {date}, diagnosis code {icd:nodot}. Please forward to payroll, cost centre {cost_centre}.",
    "The insurer billed {icd} and {icd}, but I only came in with {symptom} ({cpt_code}, {amount}). Claim {claim_number}",
    "Referral for {{TREATMENT:rehab|physiotherapy}}: primary diagnosis {icd} ({diag}), secondary {icd}. Preferred unit {rehabsite}, from {date}. Tel {landline}",
    "Invoice {invoice_number} for {company}, German VAT ID {ustid}. Due {date}, total {amount}.",
    "I'm moving to Madrid for work – my DNI is {dni} and the employer also wants my NI number {nino}. Start date {date}, salary {salary}.",
    "Spanish tenant, DNI {dni:dashes}, wants to rent flat {apartment_number} from {date}. Deposit {deposit_months}, {rent_amount}.",
    "Our Dutch employee's BSN is {bsn}, start {date}, {working_hours}. Payroll question: pension via {pension}? Email {email}",
    "BSN {bsn} – needed for the GP registration in Utrecht, right? My number there is {phone_nl}",
    "Belgian client, national register number {nn}, invoice {invoice_number} ({amount}), due {date}. Contact {email}",
    "My husband's Belgian rijksregisternummer is {nn:dots}. He's had {diag} since {date} and can't work. Do we claim in Belgium or the UK?",
    "French colleague's numéro de sécu {nir} for the expense claim – he was treated at A&E for {injury} on {date}. Ref {claim_number}",
    "NIR {nir:spaced} – the carte vitale hasn't arrived. I'm in Lyon until {date}, phone {phone_fr}",
    "Codice fiscale {cf}, needed for the Italian pharmacy to dispense my {med}. I'm in Milan until {date}, cell {phone_it}",
    "My Italian tax code is {cf:lowercase} and my phone {phone_it}. Invoice {invoice_number} for {amount} please.",
    "PESEL {pesel} – my mum's, she's visiting from Kraków and had {{DIAGNOSIS:a stroke|heart attack|pneumonia|sepsis}}. Does her EHIC cover the {{TREATMENT:CT scan|MRI scan|angioplasty|IV antibiotics}}? Call {phone_pl}",
    "Our new warehouse hire from Gdańsk: {name}, PESEL {pesel:spaced}, start {date}, {working_hours}. Payroll needs anything else? {email}",
    "Belgian colleague starts on {date}: national number {nn}, bank {iban_be}, employee ID {personnel_number}.",
    "Relocating from Brussels – rijksregisternummer {nn:spaced}, the insurer wants proof of cover for my {diag}. Email {email}",
    "NIR {nir} for the mutuelle claim – {treat} on {date}, {amount}. Invoice {invoice_number}.",
    "My French social security number is {nir:dashes}; I had {{DIAGNOSIS:appendicitis|pneumonia|a broken nose|kidney stones}} in Paris on {date}. Refund to {iban}",
    "DNI {dni}, flying to Málaga on {date}, phone {phone_es}. Booking {booking_code}.",
    "Passport renewal for my Spanish husband: DNI {dni}, appointment {date} at {time}, email {email}",
    "NIE {nie}, passport {reisepass}. Moving to Valencia on {date}, phone {phone_es}.",
    "Card for the deposit: {card_amex}, expiry {exp}, security code {cvc}. Hire car from {date} {time}, {acriss_code}.",
    "Payment for order {order_number}: Mastercard {card_mc}, exp {exp}, CVC {cvc}. Invoice to {email}, delivery {delivery_window}.",
    "Online pharmacy: Visa {card_visa}, {exp}, CVV {cvc}. Order {order_number}, {pack_size} of {med}.",
    "Transfer to {company}: IBAN {iban}, BIC {bic}, reference {invoice_number}, {amount}, due {date}.",
    "Claim {claim_number}: incident {date}, location {road_location}, reg {licence_plate}. A&E said {injury}, code {icd}.",
    "Sleep clinic referral: suspected {{DIAGNOSIS:sleep apnoea|sleep apnea|narcolepsy|restless legs}}, referral dated {date}. Insurer {healthins}, membership {member_number}, mobile {mobile}",
    "Hi payroll, please pay {payroll_period} into my new account {iban_gb}. {vacation_days}, {overtime}. Employee no. {personnel_number}.",
    "Between {billing_period} I was away for {period} in {{TREATMENT:rehab|detox}} – can the service charge be reduced? Tenant ref {tenant_number}",
    "Delivery address for the spare part: {company}, FAO {name}, {house_number} {street}, {city} {postcode_uk}. Queries {phone}, item {article_number}, {quantity}.",
    "My son's NHS number is {nhs}, he's had {{SYMPTOM:a high temperature|fever|earache|a cough|a sore throat}} for {period}. Can we get a same-day appointment? {mobile}",
    "Cancelling the gym because I'm moving to {city}: member {member_number}, IBAN {iban}, last fee {membership_fee}. Confirmation to {email}",
    "US SSN {ssn:partial_words} – sorry, voice typing. Claim {claim_number}, date of service {date}, {cpt_code}.",
    "NINO {nino:lowercase}, tax code {tax_class}, P60 for {tax_year} please to {email}.",
]
