"""English chat templates for blind set 19 (written fresh for the blind19 scenarios).

Syntax: {slot} / {slot:form} value, filler or generated negative; [[kind:text]] literal hard
negative; {{TYPE:a|b|c}} health value from hand-written alternatives (all terms.py terms).
"""

T = []

# ---------------------------------------------------------------------------
# Pharmacies and online pharmacies: repeat prescriptions, delivery
T += [
    "Hi {pharm19}, I need my repeat prescription for {{MEDICATION:levothyroxine|thyroxine}} sorting – I've got {{DIAGNOSIS:hypothyroidism|an underactive thyroid|underactive thyroid|Hashimoto's}} and I'm down to my last few tablets. Can you chase the surgery? My mobile is {mobile}.",
    "My order {pharmacy_order_ref} hasn't arrived and it has my {{MEDICATION:insulin|Lantus|NovoRapid|Humalog}} in it ({cold_chain}). Please call me urgently on {phone}.",
    "The app says {erezept_status} but nothing has come. It's {{MEDICATION:Elvanse|Concerta|methylphenidate}} for my son who has {{DIAGNOSIS:ADHD|autism}}. Email me at {email} please.",
    "Is {{MEDICATION:metformin|ramipril|amlodipine}} back in stock? I've been on it for years for {{DIAGNOSIS:type 2 diabetes|high blood pressure|hypertension}}. {pack_size}, {dosage_schedule}.",
    "Please take the prescription charges by direct debit from {iban_gb}, account holder {name}. Order {pharmacy_order_ref}.",
    "my mum ({first}) is on {{MEDICATION:warfarin|apixaban|Eliquis|rivaroxaban}} and the GP has now added {{MEDICATION:naproxen|ibuprofen}} – is that safe?? she had a {{DIAGNOSIS:DVT|pulmonary embolism}} last year. call {landline}",
    "I'm {{DIAGNOSIS:pregnant|pregnant with twins}} and suffering with {{SYMPTOM:heartburn|nausea|headaches}}. Can I take {{MEDICATION:paracetamol|omeprazole}}? Please reply by email to {email}, I can't take calls at work.",
    "Repeat request for {{MEDICATION:a salbutamol inhaler|my inhaler|Fostair|Seretide}} ({dosage_schedule}) for {name}, DOB {birth_date}, NHS number {nhs}.",
    "Please cancel order {pharmacy_order_ref} and refund the card I paid with: {card}.",
    "I ordered {{MEDICATION:the morning-after pill|the contraceptive pill|the pill}} and the box arrived damaged. Photos sent from {email:html_entity}. Order {order_number}.",
    "Morning! My delivery with {{MEDICATION:Ozempic|Mounjaro|Wegovy}} sat on the doorstep at [[temperature:29°C]] all afternoon. Is it still OK to use? Call me back on {phone:split_rest}.",
    "Dad has {{DIAGNOSIS:Parkinson's|Parkinson's disease}} and takes {{MEDICATION:co-careldopa|levodopa}} ({dosage_schedule}). Can it go on repeat dispensing? His number is {phone}.",
    "Quick one about collection ({pharmacy_pickup_code}) – my neighbour {firstname_f} will pick up, she'll bring ID. Any questions: {mobile}",
    "Please email the receipt to {email}, I claim it back through work. The medication is {{MEDICATION:tamoxifen|letrozole|anastrozole}} after {{DIAGNOSIS:breast cancer|ovarian cancer}}.",
    "Paying by card: {card_visa}, expiry {exp}, security code {cvc}. Only send the {{MEDICATION:iron tablets|folic acid|vitamin D}}, I cancelled the rest.",
    "The app won't show my medication list. It should have {{MEDICATION:sertraline|citalopram|fluoxetine|venlafaxine}} and {{MEDICATION:quetiapine|mirtazapine|zopiclone}}. {app_version}, {handset_model}. Contact {email}",
    "voice note: hi it's {name} just checking if the {{MEDICATION:amoxicillin|antibiotics|penicillin}} for my daughter is ready she's got {{DIAGNOSIS:tonsillitis|scarlet fever|an ear infection}} my number is {phone:words}",
    "Can you deliver my {{MEDICATION:methotrexate|Humira|adalimumab}} injections to my home? I have {{DIAGNOSIS:rheumatoid arthritis|Crohn's disease|psoriasis}}. Phone {phone}.",
    "The pharmacist's system charged my copay twice. Please refund {amount} to my card {card} – I have {{DIAGNOSIS:type 1 diabetes|epilepsy}} so I'm in every month. Cell {phone_us}",
    "Please deliver to my new address, I'm still recovering from {{TREATMENT:a hip replacement|knee surgery|back surgery|hernia surgery}}. Delivery window {delivery_window}. Tel {phone}",
    "Hey, is my {{MEDICATION:PrEP|HRT|testosterone}} ready yet? Reference {rx_number}. Text me on {mobile} rather than calling.",
]
T += [
    "Do you sell {generic_health_topic}? I can only find the {pharmacy_category} category on your website.",
    "How long does delivery from {pharm19} take? Order {pharmacy_order_ref} has said {erezept_status} since {date}.",
    "Does your branch do {generic_health_topic}? We could pop in on {weekday}, are you open {opening_hours}?",
    "I'm after {medical_device_product} for my gran as a gift – does the code {voucher_code} work on it?",
    "Why is delivery ({cold_chain}) an extra {amount}? Is that in the terms somewhere?",
    "The link in your newsletter ({url_query}) goes nowhere – I was trying to get to {pharmacy_category}.",
    "Is the {health_job_title} job at your {city} branch still open? I've got dispensary experience.",
    "Did you see the headline \"{health_news}\"? Will you still have stock?",
    "I'm looking for {product_health} and {medical_device_product}, both were in the leaflet for {amount}.",
    "Order {pharmacy_order_ref} was charged {rx_copay} even though it was only toiletries ({product_health}).",
    "Do you stock {medical_device_product}? Product code {article_number}.",
]

# ---------------------------------------------------------------------------
# Gyms: freezing memberships because of injury or pregnancy
T += [
    "Hi {gym19}, I'd like to freeze my membership ({member_number}). I did {{DIAGNOSIS:a torn ACL|a torn meniscus|a ruptured Achilles}} playing five-a-side and I'm having surgery on {date}. I'll email the doctor's note from {email}.",
    "I'm {{DIAGNOSIS:pregnant|pregnant with twins}} and have {{DIAGNOSIS:gestational diabetes|a high-risk pregnancy|pre-eclampsia}}, so my consultant has told me no gym. Can I pause ({freeze_period})? I don't really want to pay {freeze_fee}.",
    "Please take my membership from this account from now on: {iban_gb}, account name {name}. Membership no. {member_number}.",
    "Why was I charged {amount} during my freeze? I was signed off with {{DIAGNOSIS:a slipped disc|sciatica|a herniated disc}} and handed in the note. My bank details: {iban:spelling_alphabet}",
    "Cancelling because of {{DIAGNOSIS:heart failure|atrial fibrillation|an irregular heartbeat}} – my cardiologist says no heavy lifting. Contract {contract_number}, phone {phone}.",
    "hiya, since the {class_booking} class I've had {{SYMPTOM:knee pain|lower back pain|dizzy spells}} and want to pause. can I do it online? email {email}",
    "My son is {{DIAGNOSIS:asthmatic|diabetic}}, can he still do the taster session at the {city} gym? He always carries {{MEDICATION:an inhaler|a blue inhaler|an insulin pen}}. Call back on {mobile}",
    "I had {{TREATMENT:ACL reconstruction|shoulder surgery|meniscus surgery}} and I'm doing {{TREATMENT:physio|physiotherapy}} now. Can I switch to {gym_tier}? No. {member_number}",
    "I'll pay by card from now: {card_mc}, exp {exp}. Please stop the direct debit.",
    "After my {{DIAGNOSIS:stroke|heart attack}} in {month} I need to cancel. Note attached. Reply to {email} or {landline}.",
    "I got injured on your cable machine – it was broken. Diagnosis: {{DIAGNOSIS:a dislocated shoulder|a rotator cuff tear}}. Who do I speak to? Mobile {phone}",
    "For the freeze you need evidence – I have {{DIAGNOSIS:long COVID|ME/CFS|chronic fatigue syndrome}} and get {{SYMPTOM:breathlessness|palpitations|extreme fatigue}} just on the stairs. Member {member_number}.",
    "Hey, can I get my money back? I joined in {month} then got diagnosed with {{DIAGNOSIS:rheumatoid arthritis|fibromyalgia|lupus}}. Card used: {card:code_ticks}",
]
T += [
    "Do you run {health_course} or just {class_booking}? How much is it on {gym_tier}?",
    "I want to pause ({freeze_period}) because I'm working abroad. What's the fee? I read {freeze_fee}.",
    "The showers at {studio_location} have been cold since {date}. Honestly [[figurative_health:sick and tired]] of it.",
    "Can I connect {health_app_feature} from your app to my watch? I've got a {tracker_model}.",
    "Locker {locker_number} won't open, my wristband {wristband_id} doesn't work. Please fix before {time}!",
    "When's the next session of {health_course}? Last time it was full, I was {waitlist_position}.",
    "Your poster says you're hiring: {health_job_title}. Is it full time?",
    "Is {medical_device_product} from your shop OK for beginners? The PT said it's [[figurative_health:a pain in the neck]] to set up.",
]

# ---------------------------------------------------------------------------
# Telecoms: SIM swap, porting, cancelling
T += [
    "Hi {telco19}, I need a replacement SIM, my phone went in the bath. Number {mobile}, account {customer_number}. Please send it to the address on file.",
    "Please port {mobile} over to {telco19}. PAC code {porting_code}, {porting_window}.",
    "I need to cancel Dad's contract – he has {{DIAGNOSIS:dementia|Alzheimer's|vascular dementia}} and has moved into a care home. I have lasting power of attorney. Contract {contract_number}. You can reach me on {phone}.",
    "Someone's done a SIM swap on me! No signal since {time}, then I got a text with {otp_code}. Block it now please: {mobile:split_rest}",
    "I'm {{DIAGNOSIS:deaf|hard of hearing}} so I can't do phone calls. Please email me at {email} – account {customer_number}, plan {telco_tariff}.",
    "Cancellation from {date}: contract {contract_number}, account holder {name}, number {phone}. Remaining term {contract_term}.",
    "I'm going abroad for {{TREATMENT:IVF|fertility treatment|egg retrieval}} in Spain, will {roaming_zone} cover me there? Number {mobile}",
    "Details for the number transfer: name {name}, DOB {birth_date}, number {mobile:tabs}, old network {telco19}.",
    "Please change the direct debit to {iban_gb}. Account {customer_number}.",
    "got a new eSIM but the QR code throws {error_code}. my number is {mobile:arabic_indic}, please call me back",
    "Dear Sir/Madam, because of my {{DIAGNOSIS:depression|bipolar disorder|anxiety}} I was in hospital for {period} and missed the bills. Can we agree a payment plan? {installment_plan}. Contact {email}",
    "SSN for the credit check is {ssn}, cell {phone_us}. I'm switching to your unlimited plan.",
    "Hi, my daughter {firstname_f} is {{DIAGNOSIS:autistic|partially sighted|registered blind}} and needs a phone with a simple layout. Can we add a line to account {customer_number}? My number {mobile}.",
]
T += [
    "I want to keep my number – how much is '{tariff_option}'? And does {roaming_zone} include Switzerland?",
    "{sim_swap_ref} has said 'in progress' since {date}. What's going on?",
    "My router ({router_model}) is flashing red, {error_code}. The [[object_health:system diagnostics]] show nothing – is it an outage?",
    "How long does porting take? The contract says {porting_window}, the helpline said something else.",
    "Can I keep my old SIM ({sim_serial_last}) until {sim_swap_ref} goes through?",
    "Where's '{tariff_option}' in the app? {app_version}, phone {handset_model}.",
    "Your advert with the '[[figurative_health:pain in the neck]]' joke is funny but contract {contract_number} still ends in {month}.",
]

# ---------------------------------------------------------------------------
# Banks: chargebacks and direct-debit disputes
T += [
    "I'd like to reclaim a direct debit under the guarantee: {merchant19}, {creditor_id}, {amount}, mandate {mandate_reference}. Taken from {iban}.",
    "My mum has {{DIAGNOSIS:dementia|Alzheimer's|vascular dementia}} and has signed up to subscriptions with {merchant19}. I have power of attorney. Her account: {iban}. Please stop all debits. Tel {phone}",
    "Please raise a chargeback for the card payment at {merchant_descriptor} for {amount}, card {card}. The goods never arrived.",
    "{bank19} charged me {return_debit_fee} because a debit bounced. I was in hospital with {{DIAGNOSIS:pneumonia|appendicitis|gallstones}} at the time. Any chance of a refund? Account {iban}",
    "Card dispute: {card_mc}, transaction {date}, {amount}, merchant {merchant_descriptor}. App status: {dispute_status}.",
    "Here are my bank details again for the refund, please copy them exactly: {iban:split_rest}",
    "The gym keeps taking money after I cancelled ({sepa_return_code}). I cancelled because of {{DIAGNOSIS:arthritis|osteoarthritis|a slipped disc}}. IBAN {iban}.",
    "Please call me about the chargeback, case {chargeback_ref}. Mobile {mobile}, ideally after {time}.",
    "For the refund: account {iban:html_entity} / BIC {bic}.",
    "I paid twice by mistake, card {card:quoted}. The shop says to sort it out with the bank ({refund_period}).",
    "Re the debit dispute: the money went from {iban} to {merchant19}. I couldn't cancel because I was having {{TREATMENT:chemo|chemotherapy|radiotherapy|dialysis}} for {period}. Contact {email}",
    "Zelle payment went to the wrong person, {amount}. My routing stuff is with you already, card {card_discover}. Cell {phone_us}.",
    "UK account for the refund: sort code and account are in my IBAN {iban_gb:ellipsis}",
]
T += [
    "How long do I have to reclaim a direct debit? I read something about {refund_period}.",
    "What does {sepa_return_code} on my statement mean? {amount}, {date}.",
    "Chargeback {chargeback_ref} says {dispute_status}. When will the money be back?",
    "There's a payment to {merchant_descriptor} for {amount} that I don't recognise. Card {masked_card}. Please check.",
    "Can {bank19} waive the {return_debit_fee}? It was the merchant's mistake ({creditor_id}).",
    "Have you seen this kind of thing ({scam_type}) a lot lately? I got a text with {phishing_url}.",
    "The sample IBAN on your form ({example_iban}) confused me, I thought it was my account.",
]

# ---------------------------------------------------------------------------
# Landlords and letting agents: deposits, references, credit checks
T += [
    "Dear {landlord19}, I'm moving out of {apartment_position} on {date}. Please return my deposit ({rental_deposit}) to {iban_gb}. My new email: {email}",
    "For my flat application I need {tenancy_document}. Tenant ref {tenant_number}, name {name}, phone {phone}.",
    "Because of my {{DIAGNOSIS:multiple sclerosis|MS|cerebral palsy}} I rely on the lift, and it's been broken since {date}. Please fix it urgently! I'm on {mobile}",
    "The mould in the bedroom is getting worse, my little one now has {{DIAGNOSIS:asthma|bronchitis}} and {{SYMPTOM:wheezing|a persistent cough|breathing problems}}. I want {rent_reduction}. Contact {email}",
    "Hi, my documents for the viewing ({viewing_slot}): passport number {reisepass}, {tenancy_document} to follow by email. Mobile {mobile}.",
    "I'll pay the {amount} service charge arrears in instalments – I'm on sick pay after {{TREATMENT:chemo|radiotherapy|chemotherapy}}. My account in case you need it: {iban}",
    "Please extend my notice period, my husband had a {{DIAGNOSIS:stroke|heart attack}} and is in {hospital_name}. I can be reached on {phone}.",
    "For the credit check: NI number {nino}, DOB {birth_date}. Please keep it confidential.",
    "Hello, my deposit still hasn't been returned. Inventory report dated {date}, keys handed back ({key_number}). Account: {iban_gb:quoted}",
    "I'm {{DIAGNOSIS:paraplegic|a wheelchair user}} – is {apartment_position} step-free? Please call {landline}.",
    "Apartment application: SSN {ssn}, current landlord reference attached. My cell is {phone_us}.",
    "The heating's been off since {date}. My baby was born {{DIAGNOSIS:premature}} and the health visitor says the flat is too cold. Call me: {mobile}",
]
T += [
    "What do you need for the flat ({apartment_position})? I've got {tenancy_document} and payslips.",
    "Rent is {rent_per_sqm}, is that normal round here? The flat is {floor_area}.",
    "When's the next viewing? I can only do: {viewing_slot}.",
    "The hallway plants have {plant_health} and it's spreading to the communal garden.",
    "How is {heating_cost_share} worked out? The statement for {billing_period} says {amount}.",
    "The caretaker said I'd [[figurative_health:lost my mind]] over a drip. The water damage in {apartment_position} is real though.",
    "Are tenants allowed to fit {home_aid}? We're thinking ahead for my in-laws.",
]

# ---------------------------------------------------------------------------
# Car rental and car sharing: damage, licences
T += [
    "Hi {carrent19}, during my trip ({sharing_trip_id}) someone rear-ended me. I'm mostly fine, just {{DIAGNOSIS:whiplash|a concussion|cracked ribs}}. {damage_report_photos} uploaded. Call back {mobile}",
    "I need to cancel my booking, I've just been diagnosed with {{DIAGNOSIS:epilepsy|cataracts|narcolepsy}} and can't drive for now. Booking {booking_code}, card {card}.",
    "Please use this card for the deposit: {card_visa}, valid until {exp}, CVV {cvc}.",
    "Pick-up {rental_station}, {rental_car_model}. Additional driver: {name}, passport {reisepass}.",
    "The damage on the bumper was already there ({vehicle_damage_code})! I have photos, get in touch on {phone} or {email}.",
    "My wife had {{DIAGNOSIS:a concussion|a broken collarbone|broken ribs}} after the crash and was kept in {hospital_name}. We need the paperwork for the insurer: agreement {rental_agreement}, reg {licence_plate}.",
    "The excess was taken twice from my account {iban} (I'd booked {rental_excess_option}).",
    "Please send the invoice for {km_package} to {email:percent_encoded}.",
    "I'm {{DIAGNOSIS:diabetic|type 1 diabetic}} and need to plan for {{SYMPTOM:a hypo|dizzy spells}} on a long drive – can I add a second driver? I hold {license_class}. Tel {mobile}",
    "Zipcar charged my card {card_amex} for a cleaning fee, but I was in the ER with {{SYMPTOM:chest pains|a seizure|shortness of breath}} and couldn't return the car on time. Call {phone_us}.",
]
T += [
    "Is the car ({rental_car_model}) available with {km_package}? Pick-up {rental_station} on {date}.",
    "How much is {rental_excess_option}? And is {fuel_policy} mandatory?",
    "The car had {fuel_level} instead of a full tank ({sharing_trip_id}). Please check the fuel charge.",
    "The app said {damage_report_photos} but the photos have gone. Booking {booking_code}.",
    "The brakes squeal and the dash shows [[object_health:a diagnostics report]] error, car {licence_plate} needs a garage.",
    "My deal is {km_package}. How far abroad can I go? Is {vignette} included?",
]

# ---------------------------------------------------------------------------
# Insurance claims: dental, travel, pet (pet = hard negative)
T += [
    "Hi {insur19}, attached is the treatment plan for {{TREATMENT:a dental implant|a root canal|root canal treatment|dentures}} ({hkp_number}). How much do you cover ({reimbursement_rate})? Policy {policy_number}.",
    "Travel claim: I got {{DIAGNOSIS:appendicitis|food poisoning|pneumonia}} on holiday and had to go to hospital. Bill {foreign_amount}. Please pay the refund to {iban}.",
    "Our dog {pet19} has {pet_health} and went to {vet19}. The invoice ({vet_invoice_item}) came to {amount}. Plan {pet_plan}, policy {policy_number}. Refund to {iban}.",
    "The cat had {pet_health}, the vet prescribed {vet_medication}. Is that covered? Policy {policy_number}, email {email}",
    "Cancellation claim: I had to cancel because of {{DIAGNOSIS:shingles|COVID|kidney stones|gallstones}}, note attached. {travel_claim_item}: {amount}. Bank {iban}, tel {phone}.",
    "Dental plan: I've been told I have {{DIAGNOSIS:gum disease|periodontitis|tooth decay}} and need {{TREATMENT:a root canal|an extraction|wisdom tooth removal}} next week. Does the waiting period ({waiting_period}) still apply? Policy {policy_number}",
    "Please take premiums by card from now: {card_mc}, {exp}, security code {cvc:bilingual_words}.",
    "I uploaded the receipts ({claim_portal_step}) but it's stuck. Claim {claim_number}, it was for {{TREATMENT:a colonoscopy|an endoscopy|a biopsy|an MRI}} abroad. Call back: {phone}",
    "My son got {{DIAGNOSIS:a broken leg|a broken arm|a broken wrist}} skiing, [[travel_claim_item:repatriation]] needed. Policy {policy_number}, mobile {mobile}.",
    "Our pet has {pet_health} and is on {vet_medication} ({animal_weight}). Do you cover {vet_procedure}? Policy {policy_number}",
    "I spent {period} in {abroadclinic19} with {{SYMPTOM:chest pain|shortness of breath|a high temperature}}. They want {foreign_amount} upfront. Please confirm cover to {email}!",
    "Are {{TREATMENT:braces|Invisalign}} for my daughter covered? She's [[age:13]]. Plan {insurance_plan}, policy {policy_number}.",
    "Claim for my husband's {{TREATMENT:cataract surgery|laser eye surgery|LASIK}}: member ID {policy_number}, SSN {ssn}, copay was {amount}.",
]
T += [
    "Does pet insurance cover {vet_procedure} or only {pet_health}? It's for {animal_weight}.",
    "What does '{waiting_period}' mean on my plan ({insurance_plan})? Does it apply to {travel_claim_item}?",
    "I can't find the upload, the page is stuck on {claim_portal_step}. Claim {claim_number}.",
    "Is {pet_vaccine} covered by the pet plan? {vet19} says no.",
    "Is it really {reimbursement_rate} for a scale and polish? The brochure says something different.",
    "Our dog has {pet_health} and {pet_health} – is {pet_plan} enough or do we need more?",
    "The travel insurer says {coverage_limit}. Does that apply to kids too?",
]

# ---------------------------------------------------------------------------
# Dating and support apps
T += [
    "Hi {dating19} support, someone in my chats is telling people I'm {{DIAGNOSIS:HIV positive|HIV-positive|bipolar}}. Please action the report ({report_reason}). My email: {email}",
    "Please delete my account. I mentioned in my bio that I'm {{DIAGNOSIS:autistic|bipolar|in remission}} and I don't want that stored. Registered with {mobile}.",
    "I can't log in to {supportapp19} any more – I was referred for my {{DIAGNOSIS:depression|anxiety|panic disorder}}. Email {email}.",
    "My {dating19} subscription was charged twice to card {card}. Refund please.",
    "hey my match sent me his number {phone:code_ticks} but the app keeps hiding numbers – is that normal?",
    "The therapy app {supportapp19} was recommended by my GP for {{SYMPTOM:trouble sleeping|panic attacks|low mood}} but my access code never arrived. NHS number {nhs}.",
    "I got banned for {report_reason} when all I said was that I'm {{DIAGNOSIS:deaf|diabetic|coeliac}}. ({dating_profile_id}), email {email:quoted}",
    "My daughter is 16 and on {dating19} even though she's {{DIAGNOSIS:anorexic|bulimic}} and getting \"tips\" there. Please remove the account, her number: {mobile}",
    "Invoice to {email} please, payment from {iban}. It's for the annual {supportapp19} plan.",
    "I'm on {{MEDICATION:PrEP|antidepressants|lithium}} and a match screenshotted my pill box and shared it. ({dating_profile_id}), call me {phone}.",
]
T += [
    "How does verification ({verification_badge}) work? I've got {match_count} but nobody messages.",
    "Why was my profile banned for {report_reason}? {dating_profile_id}",
    "Does {supportapp19} have {health_app_feature}? I'm looking for something for {generic_health_topic}.",
    "Can I cancel {premium_plan}? I got {match_count} in a week and I'm [[figurative_health:sick of waiting]] for replies.",
    "The app just shows {error_code}, {app_version}. I've missed {match_count}.",
    "Your blog says \"{health_news}\" – do you run anything like {health_course}?",
]

# ---------------------------------------------------------------------------
# Food delivery with allergies
T += [
    "Hi {delivery19}, I clearly wrote that I have {{DIAGNOSIS:a peanut allergy|a nut allergy|sesame allergy}}. The curry still had nuts and I had to use my {{MEDICATION:EpiPen|Jext pen|adrenaline pen}}. Order {delivery_order_id}. Tel {phone}",
    "My son has {{DIAGNOSIS:coeliac disease|celiac disease|gluten intolerance}}, the food was labelled [[food_allergen_info:gluten-free]] but now he's got {{SYMPTOM:stomach cramps|diarrhoea|vomiting}}. Order {delivery_order_id}, email {email}",
    "After the order on {date} we all had {{SYMPTOM:nausea|vomiting|diarrhoea}}, the GP thinks {{DIAGNOSIS:food poisoning|salmonella|norovirus}}. We want a refund to {iban}.",
    "Please refund to card {card:fancy_digits}, order {delivery_order_id}, {amount}.",
    "i'm {{DIAGNOSIS:lactose intolerant|gluten intolerant}}, can you leave something off '{menu_item}'? {order_note}. number for the driver: {mobile}",
    "The rider gave the bag to {first} next door, who has {{DIAGNOSIS:shellfish allergy|egg allergy|a dairy allergy}} – luckily she didn't eat it. Reach me on {phone}.",
    "Tip was taken twice ({tip_amount}). PayPal is linked to {email}.",
    "DoorDash order for my mom, she's {{DIAGNOSIS:allergic to peanuts|allergic to shellfish|allergic to sesame}} and had {{SYMPTOM:hives|swelling|a rash}} after the pad thai. Call my cell {phone_us}.",
]
T += [
    "Are the spring rolls really labelled '{food_allergen_info}'? And what does '{spice_level}' mean?",
    "Please {order_note} and {spice_level}, order {delivery_order_id}.",
    "Is there an allergen list for {menu_item}? I can only see \"{food_allergen_info}\".",
    "Why is there '{delivery_fee}'? It was cheaper with {delivery19} last week.",
    "Order {delivery_order_id} was promised {delivery_eta} and came an hour late, stone cold. [[figurative_health:Drives me insane]]!",
    "Can I filter for '{food_allergen_info}'? The app ({app_version}) doesn't have it.",
]

# ---------------------------------------------------------------------------
# Parcel lockers
T += [
    "My locker parcel ({tracking_royalmail}) has my {{MEDICATION:insulin|insulin pens|Lantus}} in it – it's about to be returned and I'm in bed with {{DIAGNOSIS:flu|the flu|COVID}}. Can a neighbour collect? Mobile {mobile}.",
    "The collection code isn't arriving by text. Number on file: {mobile}, parcel {tracking_ups}, {locker_location}.",
    "Please redirect parcel {tracking_dpd} to my new address, I can't get to {locker_location} after my {{DIAGNOSIS:hip fracture|broken ankle|broken leg}}. Call {landline}",
    "My parcel is stuck in the locker ({locker_size}). Tracking {tracking_usps}, contact {email}.",
    "Hi, the notification went to the wrong email. The right one is {email:code_ticks}, parcel {tracking_royalmail}.",
    "I'm {{DIAGNOSIS:a wheelchair user|paraplegic}} and the locker is too high. Can parcel {tracking_ups} go to the shop instead? Tel {phone}",
]
T += [
    "{locker_location} has been out of order since {date}. Where do I collect {tracking_royalmail}?",
    "The card says '{storage_deadline}' and the code was {locker_pin}. Is it still there?",
    "Will a parcel of {dimension} fit in {locker_size}?",
    "The locker says {error_code}, compartment {locker_number} won't open.",
    "I didn't collect {tracking_ups} in time ({storage_deadline}). Is it going back to the sender?",
]

# ---------------------------------------------------------------------------
# Streaming and gaming account recovery
T += [
    "My {stream19} account was hacked and the email changed. My old address: {email}. I paid with card {card:spelling_alphabet}.",
    "I'm locked out, {recovery_step}. The phone number on the account was {mobile:percent_encoded}.",
    "Please recover my account: gamertag {gamertag}, receipt from {date} for {amount}, card {card}. Contact {email}",
    "Some games give me {{SYMPTOM:seizures|headaches|dizziness}} (I have {{DIAGNOSIS:epilepsy|migraines}}), can I turn off the flashing effects? Account {user_handle}, email {email}",
    "Cancel my subscription please, it's taken from {iban}. Account {email}.",
    "My son used my card {card_mc} to buy {ingame_currency}. Please refund, he's [[age:11]] and has {{DIAGNOSIS:ADHD|autism}}, he didn't understand. Tel {phone}",
    "The 2FA text never arrives, number {mobile:fancy_digits}. {recovery_step} fails.",
    "Number on the account is {mobile:circled}, please send the code there.",
    "Hulu billed my card {card_visa} after I cancelled. I was in hospital for {{TREATMENT:surgery on my wrist|an appendectomy|a C-section}} and couldn't deal with it. Cell {phone_us}",
]
T += [
    "How many devices on {streaming_plan}? It says {device_limit}.",
    "{tv_activation_code} isn't accepted, TV {model_number}.",
    "In {profile_name} it suddenly recommends stuff like {fiction_health}. Can I lock that?",
    "My character has {game_health} permanently, that's a bug surely? Server {server_region}, {player_level}.",
    "I've got {playtime} and now the account's gone. {recovery_step} doesn't help.",
    "Is {fiction_health} available with subtitles? I only see it on {streaming_plan}.",
    "Code `{game_voucher_code}` doesn't work, {error_code}.",
    "Why does my console show {code_snippet}? I'm {player_level} and I'll lose everything.",
]

# ---------------------------------------------------------------------------
# Public authorities: council, DVLA/DMV, benefits, Jobcentre
T += [
    "Hello, I need an appointment at {authority19} to renew my passport ({reisepass} is German, I live here). I'm {{DIAGNOSIS:a wheelchair user|partially sighted}} – is there step-free access? Tel {phone}",
    "Child Benefit claim: our baby was born {{DIAGNOSIS:premature}} at 29 weeks and was in NICU. NI number {nino}, bank {iban_gb}.",
    "I can't make my Jobcentre appointment on {date}, I've got {{DIAGNOSIS:flu|bronchitis|norovirus}}. Fit note to follow. Mobile {mobile}.",
    "Housing benefit: my income dropped, I've been on sick pay since {month} because of {{DIAGNOSIS:burnout|depression|a slipped disc}}. Reference {case_number}, contact {email}.",
    "DVLA medical declaration: I've been diagnosed with {{DIAGNOSIS:epilepsy|sleep apnoea|diabetes}} and want to tell you properly. Driving licence details by post. NI number {nino}, phone {phone}.",
    "For {benefit_form} do I need my employer's details? Mine: NI {nino}. Please call back on {landline}.",
    "I can only come in mornings because of {{TREATMENT:dialysis|chemo|radiotherapy}}. Can I book early? Email {email}, mobile {mobile}.",
    "My brother has {{DIAGNOSIS:Down syndrome|cerebral palsy|autism}} and needs proof of address. I'm his appointee. My number {phone}.",
    "DMV question: my dad had a {{DIAGNOSIS:stroke|seizure disorder}} and his doctor says he can't drive. How do we surrender the license? His SSN {ssn}, my cell {phone_us}.",
    "Please pay the grant into {iban_gb:tabs}. Baby born {birth_date}.",
    "Universal Credit: I'm {{DIAGNOSIS:pregnant|pregnant with twins}} and due in {month}. Journal ID {ba_customer_number}, NI {nino:spelling_alphabet}.",
    "Council tax discount: I live alone and have {{DIAGNOSIS:severe allergies|COPD|dementia}}, I was told there's a reduction. Account {customer_number}, phone {phone}.",
]
T += [
    "How long do appointments at {authority19} in {authcity19} take? Online it says: {waiting_time}.",
    "What do I need for {benefit_form}? And where is {office_room}?",
    "I took {office_ticket} but the screen has frozen. How much longer?",
    "What does it cost? The website says {official_fee}.",
    "Does '{benefit_period}' still apply if I move? I've sent {benefit_form}.",
    "My slip says {office_ticket} but the screen shows {queue_number}. Is that right?",
    "The office ({authority19}) is open {opening_hours} but {office_room} was shut.",
    "Have you got info on {care_level_generic}? It's for a presentation on {generic_health_topic}.",
]

# ---------------------------------------------------------------------------
# Pension funds
T += [
    "I'm applying for ill-health retirement: I have {{DIAGNOSIS:multiple sclerosis|fibromyalgia|Parkinson's|chronic kidney disease}} and can't work full time. Member {pension_scheme_ref}, NI {nino}, email {email}.",
    "Please send {pension_statement} to my new address. NI number {nino}, phone {phone}.",
    "Please pay the pension into {iban_gb} from {month}. Scheme ref {pension_scheme_ref}.",
    "My husband died of {{DIAGNOSIS:lung cancer|bowel cancer|leukaemia|heart failure}}. I'm claiming the widow's pension. His NI {nino}, my number {mobile}.",
    "The trustees turned down my claim after {{DIAGNOSIS:a stroke|cancer|a heart attack}}. I'm appealing! Ref {pension_scheme_ref}, call {mobile}.",
    "I was off for {period} with {{DIAGNOSIS:depression|burnout|alcohol dependency}} and in {{TREATMENT:rehab|detox|therapy}}. Does that count as service? Member {pension_scheme_ref}",
    "Here are my details for the payout: {iban:ellipsis}",
    "401(k) rollover – SSN {ssn}, phone {phone_us}. I'm retiring early because of {{DIAGNOSIS:Parkinson's disease|early-onset dementia|MS}}.",
]
T += [
    "Is it {contribution_rate} on the workplace pension? And when do I get {pension_statement}?",
    "What's the difference between {pension_type} and {pension_type}?",
    "Can I retire {retirement_age}? I was born in 1967.",
    "'{pension_statement}' says {pension_points} – is that good?",
    "Does {parental_leave} count towards {pension_type}? The website isn't clear.",
]

# ---------------------------------------------------------------------------
# Universities: extenuating circumstances, adjustments, student numbers
T += [
    "To: {studentoffice19}. Hello, I was unfit to sit the exam on {date} because of {{DIAGNOSIS:a migraine|norovirus|tonsillitis}}. Evidence uploaded. {matriculation_number}, {exam_registration}.",
    "Reasonable adjustments request: I have {{DIAGNOSIS:dyslexia|ADHD|dyspraxia|autism}} and am asking for {exam_accommodation}. {matriculation_number}, email {email}",
    "I've been in {{TREATMENT:CBT|counselling|therapy|EMDR}} since {month} for {{DIAGNOSIS:anxiety|PTSD|an eating disorder}} and want to interrupt my studies. {matriculation_number}, mobile {mobile}.",
    "Tuition was taken from {iban_gb} even though I've withdrawn. Student number in the subject line.",
    "I need an extension ({attempt_count}): after {{DIAGNOSIS:a broken wrist|a broken arm|a broken finger}} I can't write. {matriculation_number}. Tel {phone}",
    "Because of {{DIAGNOSIS:carpal tunnel syndrome|tendonitis}} I can't handwrite for long. Requesting {exam_accommodation}. Email {email} or text {mobile}.",
    "For the bursary refund: IBAN {iban:semicolons}, account holder {name}.",
    "I had {{SYMPTOM:a panic attack|palpitations|a fainting spell}} in the exam and had to leave. Does it count as an attempt? {matriculation_number}, {module_code}.",
    "Hi, the dorm office needs my SSN for the work-study form: {ssn}. My GPA question is separate. Cell {phone_us}.",
    "Extenuating circumstances: my mum was diagnosed with {{DIAGNOSIS:cancer|a brain tumour|motor neurone disease}} and I've been caring for her. {matriculation_number}, phone {phone}.",
]
T += [
    "When is {exam_period}? {matriculation_number}, module {module_code}.",
    "Can {module_code} be done orally ({attempt_count})?",
    "What adjustments are there? For example {exam_accommodation}?",
    "I've got {ects_credits} and still need {module_code}. Can I resit in {semester}?",
    "Does {uni19} run {health_course} for students? {exam_period} is [[figurative_health:killing me]].",
    "My exam entry ({exam_registration}) has vanished, portal says {error_code}.",
    "I'm writing an essay on {generic_health_topic} – does the library have books like {fiction_health}?",
]

# ---------------------------------------------------------------------------
# Vets (hard negatives)
T += [
    "Appointment for {pet19} at {vet19}: {pet_health} since {date}. Owner {name}, mobile {mobile}.",
    "Please email the {vet19} invoice ({vet_invoice_item}) to {email}, I'll pay from {iban}.",
    "Our dog {pet19} has {pet_health} and is on {vet_medication}. I've got {{DIAGNOSIS:a broken ankle|a broken leg}} myself – can my partner bring him in? Tel {phone}",
]
T += [
    "Our pet has {pet_health}, does it need {vet_medication}? It's {animal_weight}.",
    "How much is {vet_procedure}? Patient: {animal_weight}.",
    "Is {pet_vaccine} required for the kennels? {pet19} had {pet_health} last year.",
    "Our rabbit has {pet_health} and {pet_health}. Any appointments on {weekday}?",
    "My dog has {pet_health}, his chip is {pet_microchip}. Do I need to come in to {vet19} or is a call enough?",
    "How long after {vet_procedure} can she run around again? She's had {pet_health} before.",
    "{vet19} is hiring ({health_job_title}) – do you take career changers?",
    "The horse has {pet_health}; the farrier's bill [[figurative_health:gave me a heart attack]].",
]

# ---------------------------------------------------------------------------
# Sports clubs: injury reports
T += [
    "Injury report ({club19}): player {name} suffered {{DIAGNOSIS:a torn ACL|a fractured metatarsal|a torn hamstring|a stress fracture}} {match_minute}. {sports_insurance}, {player_pass_number}. Questions to {email}.",
    "My daughter got {{DIAGNOSIS:a concussion|a broken nose|a deep cut}} at training and the coach did nothing! Please call me: {phone}",
    "For {sports_insurance} we need the member's bank details: {iban}, account name {name}.",
    "Pulling out for the season – {{DIAGNOSIS:a ruptured Achilles|torn ligaments|a stress fracture}}, then {{TREATMENT:physio|rehab|shockwave therapy}}. Member {club_member_id}, please stop taking subs from {iban}.",
    "Match report: {match_score}, our keeper {last} collapsed {match_minute} with {{SYMPTOM:chest pain|breathlessness|palpitations}}, ambulance came. Turns out he has {{DIAGNOSIS:a heart defect|atrial fibrillation}}. His wife: {mobile}",
    "The league needs a return-to-play note after {{DIAGNOSIS:concussion|a head injury}}. {player_pass_number}, contact {email}",
    "Our son got {{DIAGNOSIS:a sprained ankle|a groin strain|whiplash}} at the ski camp – please send the accident report to {email}. Mobile {mobile}.",
]
T += [
    "When's the next session? The schedule says {training_slot}.",
    "Does the club run {health_course}? The {league} parents are asking.",
    "The match finished {match_score}, the goal came {match_minute}. Are the stats right?",
    "How do I fill in {sports_insurance}? Do I need the shirt number ({jersey_number})?",
    "The club laptop has picked up [[object_health:a trojan]], please don't use it for the membership list. Training is on {court_number}.",
]

# ---------------------------------------------------------------------------
# Home care and nursing services
T += [
    "Hello, my mum has {{DIAGNOSIS:dementia|Parkinson's|Alzheimer's}} and needs help in the mornings from {date} ({visit_window}). The assessment is booked. NHS number {nhs}, I'm on {phone}.",
    "The carers ({carecompany19}) didn't turn up today – Dad has {{DIAGNOSIS:pressure sores|bedsores|incontinence|diabetes}} and needs {{TREATMENT:wound care|insulin therapy|compression therapy}}. Call me now: {mobile}",
    "Invoice for respite care: {care_benefit_amount}, please pay to {iban_gb}. Client: {name}, NHS no. {nhs}.",
    "Appeal against the assessment by {carefund19}: my wife has {{DIAGNOSIS:multiple sclerosis|Parkinson's disease|Alzheimer's}} and can't get up on her own – the banding is too low. Tel {phone}",
    "For the {home_aid} application I need the NHS number: {nhs:split_rest}. Thanks!",
    "The carer was late again, Mum needs her {{MEDICATION:insulin injections|levodopa|warfarin}} at 8. Please ring me: {mobile}",
    "Please send the care invoices to {email:html_entity}, I have power of attorney for {name}.",
    "My uncle has {{DIAGNOSIS:dementia|vascular dementia}}, wanders at night and has {{SYMPTOM:memory problems|hallucinations|trouble sleeping}}. Do you do night care? I'm on {mobile}.",
    "Medicaid home care for my mom ({{DIAGNOSIS:COPD|heart failure|a stroke}}): her SSN {ssn}, my cell {phone_us}, visits: {visit_window}.",
]
T += [
    "What do you get with {care_level_generic}? I read {care_benefit_amount}.",
    "When will social services pay for {home_aid}? Our situation: {floor_access}.",
    "How long does the assessment take? I was told: {waiting_time}.",
    "Do you have capacity for {visit_window} in {city}? It's {care_level_generic}.",
    "The leaflet on {generic_health_topic} was great, do you run {health_course} for family carers?",
    "What will {care_benefit_amount} be next year?",
]

# ---------------------------------------------------------------------------
# Mental-health helplines
T += [
    "I don't know who else to ask. I've had {{SYMPTOM:suicidal thoughts|panic attacks|flashbacks}} for weeks and I can't cope. Please call me: {mobile}",
    "My friend {firstname_f} told me she's been hurting herself ({{SYMPTOM:self-harm|self harm}}). I'm really worried. Her number: {mobile}. What should I do?",
    "Hi {helpline19}, I'm an {{DIAGNOSIS:alcoholic}} and sober for {period}, today is hard. Can someone call me back? {phone}",
    "Since the accident I keep having {{SYMPTOM:nightmares|flashbacks|panic attacks}} and my therapist is on leave. Please reply by email: {email}",
    "i'm 15 and i have {{DIAGNOSIS:anorexia|bulimia|an eating disorder}}, my parents don't know. can i message anonymously? my number {mobile:ellipsis}",
    "y'all helped my brother last year. Now I'm the one with {{SYMPTOM:suicidal thoughts|anxiety attacks}}. Cell {phone_us}.",
]
T += [
    "Is {helpline_name} really {helpline_hours}? The number is {crisis_number}, right?",
    "I'm writing for the school paper about {generic_health_topic} and {helpline_name}.",
    "Can you text {helpline_name} instead of calling? {helpline_hours}?",
    "We're doing a talk on {generic_health_topic} at work – can I put {crisis_number} on the flyer?",
    "Do you also donate to {health_charity}? We're raising money for {helpline_name}.",
]

# ---------------------------------------------------------------------------
# Chatbot prompts pasted by users
T += [
    "{prompt_instruction}: \"Dear Dr {last}, {name} has been diagnosed with {{DIAGNOSIS:atrial fibrillation|heart failure|coronary heart disease}}. We recommend {{MEDICATION:apixaban|bisoprolol|atenolol}}. Queries to {landline}.\"",
    "Can you rewrite this email to my insurer {output_format}? I'm {name}, member {policy_number}, asking for {{TREATMENT:IVF|ICSI|IUI}} because of {{DIAGNOSIS:endometriosis|PCOS|infertility}}.",
    "Summarize this: discharge letter – diagnosis {{ICD10:F41.1}} ({{DIAGNOSIS:generalised anxiety disorder|generalized anxiety disorder|GAD}}), meds {{MEDICATION:sertraline|citalopram|escitalopram}} 50 mg. Patient {name}, DOB {birth_date}, NHS {nhs}.",
    "Write me a complaint to my landlord. Info: I'm {name}, tel {mobile}, the damp has given me {{DIAGNOSIS:asthma|a chest infection}}.",
    "{llm19}, translate into German: \"My son has {{DIAGNOSIS:coeliac disease|a nut allergy|a peanut allergy}} and needs {{MEDICATION:an EpiPen|cetirizine|an adrenaline pen}} in an emergency. Emergency contact {phone}.\"",
    "Help me fill in the Child Benefit form. My NI number is {nino}, bank {iban_gb}. {output_format} please.",
    "Please check if this IBAN is valid: {iban:code_ticks}",
    "Is this email real? \"Your card {card} has been blocked, confirm at {phishing_url}\" – I already replied with my mobile {mobile}.",
    "Make a table from: name {name}; NI {nino}; diagnosis {{DIAGNOSIS:a slipped disc|sciatica|scoliosis}}; off sick since {date}.",
    "Write a cancellation letter to my gym. Reason: {{DIAGNOSIS:pregnancy|a high-risk pregnancy}}. Member number {member_number}, email {email}.",
    "Draft a reply to my doctor's receptionist saying I can't make it because of {{SYMPTOM:a fever|vomiting|a headache}}. Sign it {name}, {mobile}.",
]
T += [
    "{prompt_instruction}: \"Parcel {tracking_royalmail} arrived damaged, please send a replacement.\"",
    "Can you explain {output_format} what {generic_health_topic} means?",
    "{llm19}, write a poem about {fiction_health}, but {output_format}.",
    "Explain {code_snippet} to me, I don't get {error_code}.",
    "Write a job ad: {health_job_title}, department {clinic_department}, {output_format}.",
    "Summarise the news story \"{health_news}\" in one sentence.",
    "How many {token_count} fit in this? {prompt_instruction}.",
]

# ---------------------------------------------------------------------------
# Short and mixed messages, signatures, tables, replies
T += [
    "{iban}",
    "{mobile}",
    "IBAN {iban:spelling_alphabet}",
    "Tel: {phone:html_entity}",
    "Here it is again: {email:percent_encoded}",
    "> Please send us your bank details.\nSure: {iban}, {bank19}.",
    "> How can we reach you?\n{mobile} or {email}",
    "Kind regards\n{name}\n{house_number} {street}\n{city} {postcode_uk}\nT: {landline}\nM: {mobile}",
    "Name | IBAN | Amount\n{name} | {iban} | {amount}\n{name} | {iban:tabs} | {amount}",
    "NI number: {nino:spelling_alphabet}",
    "NHS no {nhs:arabic_indic}, for the care team.",
    "my number: {mobile:bilingual_words}",
    "card {card:semicolons}, exp {exp:arabic_indic}, cvc {cvc:circled}",
    "For questions: {phone:quoted}",
    "Passport {reisepass:spelling_alphabet}, expires {date}.",
    "card number `{card_jcb}` – did that go through?",
    "Discover card {card_discover}, good thru {exp}",
    "{idl}",
    "For the application please use this – {idl}. Thanks!",
    "The number is {phone:split_rest}.",
    "I'm texting from my husband's phone, mine is {mobile:hyphen_linebreak}",
    "PLEASE CALL ME BACK ON {mobile} – IT'S ABOUT MY DAD'S {{DIAGNOSIS:DEMENTIA|dementia}}!",
    "voice note: so my email is {email:words} and the number {mobile:words}",
    "SSN {ssn:bilingual_words}",
    "Social Security number: {ssn:circled}",
    "BSN {bsn}, for the Dutch payroll.",
    "PESEL {pesel:arabic_indic} – my Polish ID for the landlord.",
    "Codice fiscale {cf}, the Italian clinic asked for it.",
    "NIE {nie:spelling_alphabet}, my Spanish foreigner number.",
    "numéro de sécu {nir}, carte vitale in the post.",
    "Belgian national number {nn}, for the pension fund.",
    "DNI {dni:spelling_alphabet}",
    "Account {iban_ie:percent_encoded}",
    "US card {card_amex}, exp {exp}, security code {cvc}",
]
T += [
    "Thanks, that worked! Order {order_number} has arrived.",
    "> Your account number?\n{customer_number}, contract {contract_number}.",
    "Kind regards\n{company}\n{registered_court}, {commercial_register}\n{opening_hours}",
    "Item | Qty | Price\n{article_number} | {quantity} | {amount}\n{ean} | {quantity} | {amount}",
    "Tracking {tracking_royalmail}, {storage_deadline}.",
    "Invoice {invoice_number} dated {date} for {amount}, due {date}.",
    "The link in the email ends in {url_query} and is broken.",
    "{emoji_number} doesn't work, {error_code}.",
    "My order number is {fancy_order_number}, the font came out like that from the app.",
    "My neighbour pays {arabic_indic_amount} for the same plan, why do I pay more?",
    "Booking code {spelled_code}, pick-up {rental_station}.",
    "{semicolon_list} – which do you still have?",
    "Card {masked_card} was declined, {error_code}.",
    "Your reply went to {masked_email}, that's not my current address.",
    "My placeholder IBAN on the form was {placeholder_iban}, I'll send the real one separately.",
    "{software_version}, {handset_model}, {ip_address} – enough for support?",
    "I used to work at {hospital_name} and now I'm looking for a job as {health_job_title}.",
    "Where's {clinic_department} at {hospital_name}? {ward}?",
    "Have you got the new album by [[product_health:My Chemical Romance]]? And {product_health} in stock?",
    "Our company donates to {health_charity}, receipt {donation_receipt}.",
    "That song is [[figurative_health:killing me]], I can't get it out of my head.",
    "Since the update ({software_version}) the scanner reports [[object_health:a virus on my laptop]].",
    "We're binge-watching {fiction_health}, so good.",
    "The tomatoes have {plant_health}, do you sell anything for it?",
    "Deliver to {house_number} {street}, {city} {postcode_uk}, {delivery_window}.",
    "Opening hours {opening_hours}, customer service {tollfree_number}.",
    "The test card {test_card} from the docs doesn't work in sandbox mode.",
    "Zip code is {zip_us}, apartment {apartment_number}, {delivery_window}.",
    "Is this number real? {fictional_phone_us} – it was in a TV show.",
    "UK drama number {drama_phone_uk} keeps calling me, is it a scam?",
]

# ---------------------------------------------------------------------------
# more messages across the scenarios
T += [
    "Hi, for my repeat ({rx_number}) I still have {refill_count}. It's {{MEDICATION:pregabalin|gabapentin|amitriptyline}} {rx_strength} for {{DIAGNOSIS:neuropathy|fibromyalgia}}. NHS number {nhs}",
    "Online GP consult {telemed_consult_id}: the doctor diagnosed {{DIAGNOSIS:a UTI|a kidney infection}} and prescribed {{MEDICATION:nitrofurantoin|trimethoprim|ciprofloxacin}}. Please send it to {pharm19}, my number {mobile}.",
    "Insurance claim: invoice with {cpt_code}, {copay_per_day}. Treatment: {{TREATMENT:acupuncture|shockwave therapy|physio}} for {{DIAGNOSIS:osteoarthritis|tennis elbow|bursitis}}. Member {policy_number}, account {iban}.",
    "Lab result {lab_sample_id}: my TSH is outside {lab_reference_range} and the GP thinks {{DIAGNOSIS:Graves' disease|hypothyroidism|Hashimoto's}}. Can you email the report to {email}?",
    "My watch shows {heart_rate} at rest and I get {{SYMPTOM:palpitations|a racing heart|dizzy spells}}. The cardiologist found {{DIAGNOSIS:AFib|atrial fibrillation}}. Can I export the data from my {tracker_model}? Email {email}",
    "Hi, I'm {{DIAGNOSIS:hard of hearing|deaf}} and wear a {hearing_aid_model}. Please only text appointments to {mobile:ellipsis}.",
    "Dental invoice: {tooth_number}, {{TREATMENT:root canal treatment|a crown|an extraction}}, {hkp_number}. Refund to {iban_gb} please, insurer {insur19}.",
    "I'm on {aligner_stage} but since {date} I've had {{SYMPTOM:toothache|bleeding gums|headaches}}. Call back on {phone}.",
    "After {{TREATMENT:a colonoscopy|a gastroscopy|an endoscopy}} I was diagnosed with {{DIAGNOSIS:Crohn's disease|ulcerative colitis|IBS}}. I need a letter for work. Employee no. {personnel_number}, email {email}",
    "Applying for {job_reference}: I'm {{DIAGNOSIS:epileptic|diabetic}} and wanted to ask if {shift_pattern} is possible. My number {mobile}.",
    "Sick note to HR: I've got {{DIAGNOSIS:shingles|COVID|flu|bronchitis}}, probably off {period}. Employee no. {personnel_number}, NI {nino} for payroll.",
    "Hi {carrent19}, accident on the {road_location}. Police ref {police_report_ref}. I've got {{DIAGNOSIS:whiplash|cracked ribs|a deep cut}}. Car {licence_plate}, mileage {odometer}. Contact {phone}",
    "Switching car insurance: {sf_class}, {first_registration}. Premium by direct debit from {iban_gb}. Driving for {annual_mileage}.",
    "For the lease ({leasing_rate}, {annual_mileage}) you need my UTR? I'm self-employed. NI {nino}, phone {phone}.",
    "I applied for {loan_amount} ({interest_rate}). Because of my {{DIAGNOSIS:cancer|multiple sclerosis|heart failure}} the lender wants a medical questionnaire. Is that allowed? Contact {email}",
    "I fell for a scam ({scam_type}) with {bank19}: login from abroad ({login_location}, {device_name}). Block my card now: {card}. Call back {mobile}.",
    "Chargeback for a marketplace buy: {listing_id}, {asking_price}, paid by card {card_visa}. PayPal case {paypal_case}. My email {email}",
    "My mum ({{DIAGNOSIS:dementia|Alzheimer's}}) gave a caller her one-time code {otp_code}. Please freeze account {iban}! I'm on {phone}.",
    "Energy supplier: because of {{TREATMENT:home dialysis|dialysis|oxygen therapy|a CPAP machine}} please put me on the Priority Services Register. Meter {meter_number}, reading {meter_reading}, MPAN {mpan}.",
    "Meter reading {meter_reading}, meter {meter_number}. Account {utility_customer_number}, email {email}",
    "Moving house: new address from {date}, NI {nino}, passport {reisepass}. Please send everything to {email}.",
    "Crypto exchange: my withdrawal of {crypto_amount} to {iban} has been stuck since {date}. Verification {kyc_tier}. Tel {phone}",
    "My insurer ({healthins19}) wants a referral for {{TREATMENT:psychotherapy|CBT}}. Member {policy_number}, reference {tss_code}.",
    "Social Security disability claim: SSN {ssn:split_rest}, diagnosis {{DIAGNOSIS:MS|Parkinson's|schizophrenia}}, cell {phone_us}.",
    "Fit note with code {icd} – please forward to payroll. Employee no. {personnel_number}, email {email}.",
    "Travel insurance: diagnosis code {{ICD10:K35.80|K35.89}} ({{DIAGNOSIS:appendicitis|acute appendicitis}}), treated in {abroadclinic19}. Policy {policy_number}.",
    "Card payment {card_mc} ({exp}), CVV {cvc:arabic_indic}. Please don't store it.",
    "The BIC is {bic}, IBAN {iban}, payee {company}.",
    "Bank details: {iban_ie}, BIC {bic}. Cheers!",
    "BIC {bic}, account holder {name}",
    "Parcel {tracking_royalmail} has my {{MEDICATION:insulin pens|Ozempic pens|NovoRapid}} in it and delivery to {parcel_shop_id} keeps failing. Mobile {mobile}",
    "My daughter was taken off the course with {{SYMPTOM:breathlessness|a seizure|a fainting spell}} ({race_bib}, {race_distance}). Please contact me: {phone}",
    "Tax return: {tax_form}, {uk_tax_year}. Medical costs for {{TREATMENT:IVF|a dental implant|hearing aids fitted}} – SSN {ssn}, W-2 attached.",
    "Psychiatrist invoice ({invoice_number}): {{DIAGNOSIS:ADHD|bipolar disorder|BPD}}, meds {{MEDICATION:Vyvanse|lithium|quetiapine}}. Please send to {email:code_ticks}.",
    "A dating match saw my {{MEDICATION:antidepressants|antipsychotics}} in a photo and is blackmailing me. Profile {user_handle}, police ref {police_report_ref}. My number {mobile}",
    "I can't make the passport office on {date}, I'm having {{TREATMENT:chemo|radiotherapy}}. Appointment {appointment_id}, tel {phone}",
    "Our baby has {{DIAGNOSIS:a heart defect|cystic fibrosis|Down syndrome}} and is in NICU. Can the parental leave deadline be extended? Case {case_number}, email {email}, mobile {mobile}.",
    "Dutch payroll needs my BSN {bsn:bilingual_words} and IBAN {iban}. I'm off with {{DIAGNOSIS:burnout|long COVID}} from {date}.",
    "For the Spanish clinic: NIE {nie}, DNI of my husband {dni}, phone {phone_es}.",
    "Italian pharmacy asked for my codice fiscale {cf} because of my {{MEDICATION:insulin|Humira|warfarin}} prescription. My mobile {phone_it}.",
    "French hospital bill: numéro de sécu {nir}, diagnosis {{DIAGNOSIS:a broken leg|a concussion|appendicitis}}, phone {phone_fr}.",
    "Belgian national number {nn}, my husband had {{TREATMENT:a knee replacement|hip surgery}} in Brussels, refund to {iban}.",
    "Polish carer, PESEL {pesel}, phone {phone_pl} – she'll look after Mum ({{DIAGNOSIS:dementia|Parkinson's}}).",
]
T += [
    "How many repeats can I get per month? The app says {refill_count}.",
    "What does {cpt_code} on my bill mean? And why {copay_per_day}?",
    "My watch counted {step_count} and {calories} – can I import that into your app?",
    "Is {bp_reading_demo} a normal reading? Asking for an article about {generic_health_topic}.",
    "How loud is it? The spec sheet says {decibel}, {battery_health}.",
    "My SIM ({iccid}) and phone ({imei}) aren't recognised. The router shows {mac_address}.",
    "Serial {serial_number} is on receipt {receipt_number}. Is the warranty still valid?",
    "Flight {flight_number}, seat {seat_number}, gate {gate} – is the bag checked through?",
    "Train {train_number} is cancelled, {delay}. Do I get {compensation_amount}?",
    "Car {vin}, tyres {tyre_spec}. Does that match the policy?",
    "The deposit case {court_file_number} is on {date} (solicitor: {lawyer_file_ref}).",
    "The line only does {speed} but I pay for {data_volume}. Ticket {ticket_number}.",
    "Delivery in {calendar_week}? Site coordinates: {gps}.",
    "The numbers were {lottery_number}, won nothing again. [[figurative_health:I'm dying to know]] who actually wins.",
    "Bills went up {percentage}, usage {kwh_consumption}. {abschlag}.",
    "Salary {salary}, tax code {tax_class}, [[working_hours:full-time]]. Enough for a flat at {rent_amount}?",
    "What's the notice period, {notice_period}? The contract says {probation_period}.",
    "My credit report shows {credit_score}. Is that enough for {loan_amount}?",
    "The example card {nonluhn_card_like} on the form is fake, right?",
    "The form shows {invalid_ssn_like} as a sample – do I put my real SSN there?",
    "The example NHS number {invalid_nhs_like} on the leaflet – is that a real format?",
    "The number was {masked_phone}, the app won't show more.",
    "My statement just says {masked_iban}, which account is that?",
    "Wallet {wallet_address}, transaction {tx_hash} – where's my money?",
    "What about returns ({return_window})? Item {asin}, seller {seller_id}.",
    "The file {file_name} won't upload ({page_number}).",
    "Viewing link {meeting_code}, {time}.",
    "Backup code {backup_code} doesn't work, {code_validity}.",
    "The sheet says {spaced_ocr_number}, is that the account number?",
    "Which visa do I need for an internship – {visa_type}? Someone mentioned {paragraph_ref}.",
    "Parking fine {pcn_number} – I wasn't even in {city} then.",
    "The bill lists {legal_fee_item}, is that normal?",
    "My {hearing_aid_model} whistles, battery {hearing_battery}.",
    "Is {session_count} the usual number the plan covers? Asking for a talk on {generic_health_topic}.",
    "The exercises ({exercise_reps}) from {health_course} are great.",
    "Blood donation: donor number {donor_number}, {donation_interval} – when can I go again?",
    "Where is it ({clinic_floor})? I'm going to the talk about {generic_health_topic}.",
    "The sign says {visiting_hours} – does that apply on bank holidays?",
    "The support group meets {group_meeting}, just so the neighbours know.",
    "Spreadsheet {sheet_name}, {spreadsheet_cell} has the wrong total.",
    "Laptop {hostname}, asset tag {asset_tag}, see {kb_article}.",
    "Do you use {ai_model} for the chat? It gave me {code_snippet}.",
    "Voice note {voice_note_length} long, did it arrive?",
]

T += [
    "I'm [[figurative_health:dying to know]] when order {order_number} ships.",
    "Your hold music is [[figurative_health:a pain in the neck]], I've been waiting since {time}.",
    "That advert of yours has [[figurative_health:gone viral]] – is the code {voucher_code} still valid?",
    "The price of '{tariff_option}' nearly [[figurative_health:gave me a heart attack]].",
    "This form is [[figurative_health:a real headache]]: what goes in {spreadsheet_cell}?",
    "Your help page shows [[fake_iban:GB12 ABCD 1234 5678 9012 34]] as an example – that's not a real account, is it?",
    "My cat has [[pet_health:cat flu]] and keeps sneezing – can she still go to the cattery on {date}?",
    "Do you sell [[generic_health_topic:flu vaccines]] in bulk? For the whole office, {party_size}.",
]

T += [
    "Hi {locker19}, my parcel with {{MEDICATION:insulin pens|Ozempic pens}} has been in the locker ({locker_size}) since {date} but the code never came. Email on file: {email}",
    "To {pensionfund19}: I've been on sick pay since {month} because of {{DIAGNOSIS:breast cancer|leukaemia|lymphoma}}. Can contributions be paused? Ref {pension_scheme_ref}, tel {phone}",
]

TEMPLATES = T
