"""English chat templates for blind set 15 (written fresh, blind).

Slots: {value_or_filler_or_negative_kind}, {slot:form}, [[kind:literal negative]],
{{TYPE:alt1|alt2}} for health values chosen from hand-written alternatives.
"""

T = []

# --- car insurance, accidents, claims -----------------------------------------------------
T += [
    "Hi {carins}, someone rear-ended me at the lights on {date}. Claim ref {claim_number}. Please pay the repair settlement into my account {iban}",
    "The other driver gave me his details, reg {licence_plate}, his mobile is {mobile}. What happens next?",
    "quick one re the accident: I'm ok-ish but A&E said {injury} so I'm off work for two weeks",
    "Dear claims team,\nin the collision on {date} I sustained {{DIAGNOSIS:whiplash|whiplash|neck strain|bruised ribs}}. GP letter to follow. Policy {policy_number}",
    "Does the garage bill you directly? Invoice {invoice_number} for {amount}, my account is {iban:spaced}",
    "Please call me back on {phone} about the windscreen claim on {licence_plate}, ref {claim_number}",
    "filled in the claim form online but no confirmation email, my address is {email}",
    "What happened: I was stationary, he hit me at about 30mph. My son had {{SYMPTOM:neck pain|headaches|dizziness|nausea}} afterwards and got checked by a doctor.",
    "Engineer's report says {amount}. Payment to\n{iban}\naccount name {name}",
    "my no-claims went from {sf_class} to {sf_class} after a claim that wasn't my fault?? call me {landline}",
    "Hit a deer near Inverness, bumper gone. Police gave me {police_report_ref}. Number {mobile}",
    "Other driver: {name}, phone {phone}, insured with {carins}. That's all I have.",
    "since the crash I've had {{SYMPTOM:lower back pain|neck pain|headaches|trouble sleeping|dizziness}} and my GP says I need {{TREATMENT:physiotherapy|lymphatic drainage}}, is that covered under personal injury?",
    "Details for the settlement: {name}, account {iban}, BIC {bic}",
    "Courtesy car deposit, please charge card {card}, expiry {exp}",
    "Adding to claim {claim_number}: my passenger had a {{DIAGNOSIS:facial laceration|concussion|broken nose|cracked rib}}, treated as an outpatient.",
    "For the injury claim they want my National Insurance number, it's {nino}",
    "Hail damage {date}, vehicle {vin}, contact {email}, callback weekdays {phone}",
    "The third party insurer is asking for my SSN for the lost wages part, is that normal? It's {ssn}",
    "Hey, my wife was driving, she only passed her test last year, the other insurer says that matters?? Her cell is {mobile}",
]
T += [
    "How long does a claim usually take? Claim {claim_number} from {date}, engineer report has been in for {duration}.",
    "I've got a photo of the junction, {time}. Other car's reg: {licence_plate}. Is that enough?",
    "Garage quoted {amount} for bumper and headlight, {first_registration}, {odometer}. Worth fixing?",
    "Why has my premium gone from {amount} to {amount} when I've got {sf_class}??",
    "Something rattles at the front since the accident, garage wrote {vehicle_damage_code}, {repair_order}",
    "Cover note for the new car please: policy {policy_number}, pick-up on {date}",
    "Police logged it as {police_report_ref}, officer {last}. Your claim number is {claim_number}.",
    "Is there an excess of {policy_excess} on my policy? [[tariff_name:Comprehensive Plus]], policy {contract_number}",
]

# --- renting, landlords, deposits, service charges ----------------------------------------
T += [
    "Hi {landlord}, I've sent the deposit ({deposit_months}) today. For the refund later my account is {iban}",
    "Dear {propmgmt}, please refund the service charge credit ({amount}) to account {iban:dashes}. Tenancy {tenant_number}",
    "hey I'm the new tenant at {street}, flat {apartment_number}. my number is {mobile} if there's an issue with keys",
    "Because of the mould in the bedroom my daughter now has {{DIAGNOSIS:asthma|bronchitis|eczema}}, letter from the GP attached. I'm withholding part of the rent from {month}.",
    "The service charge statement for {billing_period} is wrong, heating {amount} for {floor_area}?! Please ring me on {phone}",
    "Application for the {room_count} in {city}: {name}, income {salary}, email {email}",
    "For the right-to-rent check: passport {reisepass}, born {birth_date}",
    "Deposit refund to\nIBAN {iban}\nBIC {bic}\naccount holder {name}",
    "{landlord}, [[object_health:the boiler is wheezing]] again and there's no heat. I'm in bed with {{SYMPTOM:a high temperature|chills|a persistent cough|a sore throat}}, please send someone. {landline}",
    "the super should call me, {mobile}, leak in the bathroom, apartment {apartment_number}",
    "Please email the tenancy agreement to {email}, move-in was {date}",
    "Rent for {month} will come from my new account {iban}, flat {apartment_number}",
    "My doctor says I mustn't lift boxes because of {{DIAGNOSIS:pre-eclampsia|gestational diabetes}}, can we move the check-out to {date}?",
    "ok so again for the letting agent, name {name} phone {phone} and the old address was {house_number} {street}",
    "Please collect the rent ({amount}) by direct debit from {iban}, mandate signed",
    "For the housing application they need both our NI numbers: {nino} and {nino}",
    "Giving notice because I'm relocating to {city} for work. Letter attached, call {phone}",
    "Previous tenant {name} left her number {mobile} about the washing machine",
    "HOA here, the security deposit refund goes to {email}, call {mobile} if questions",
    "Landlord wants my SSN for the background check: {ssn}. Is that safe??",
]
T += [
    "When is the service charge statement for {billing_period} due? We used {kwh_consumption} and the meter says {meter_reading}.",
    "Hi, the flat is {floor_area}, {room_count}, {energy_rating}. Rent {amount}, bills {amount}. Still available?",
    "How much is the deposit, {deposit_months}? Can I pay in 3 instalments?",
    "Smoke alarm beeping, [[object_health:the router is sick]] and the lift has been out since {date}. Flat {apartment_number}, ref {tenant_number}",
    "Viewing on {weekday} at {time} works, buzzer {apartment_number}, {house_number} {street}",
    "Does it come with parking? I've got {licence_plate} and a trailer, [[dimension:2.5 x 6 m]].",
    "The bill says {kwh_consumption}, meter {meter_number}, reading {meter_reading}. Twice last year, how??",
    "With {housing_permit} am I eligible? Listing {reference_number} only says council priority.",
]

# --- university, enrolment, student finance ----------------------------------------------
T += [
    "Hi {studfin}, application {bafoeg_reference} has been pending for {duration}. Please pay into {iban}, the old account is closed.",
    "I need reasonable adjustments for exams in {semester}, diagnosis {{DIAGNOSIS:ADHD|autism|epilepsy|chronic migraine|OCD}}, I have a letter.",
    "Enrolment at {uni}: student ID {student_id}, NI number for the bursary is {nino}",
    "hey I can't get into my uni inbox, personal email is {email}",
    "Parental income form: dad's SSN {ssn}, mom works abroad, different tax ID",
    "I had to intermit because of {{DIAGNOSIS:depression|generalised anxiety disorder|anorexia|panic disorder|bipolar disorder}} (GP letter attached), does that count against my funding years?",
    "My flatmate {first} wants to know about the loan too, his number {mobile}",
    "Tuition fee taken twice, {amount}, from my account {iban:nbsp}, please refund",
    "Placement contract at {company}: NI {nino}, NHS number {nhs}",
    "I'm an Erasmus student from Spain, DNI {dni}, I need a letter for halls.",
    "Writing my dissertation and I've been prescribed {{MEDICATION:sertraline|fluoxetine|Ritalin|Adderall}} since summer, can I apply for an extension?",
    "Re-enrolment for {semester}: please take the fee from {iban:lookalike}, student {student_id}",
    "Exams office landline {landline}, Mrs {last} said she'd call about {module_code}",
    "I'm doing my year abroad from Italy, codice fiscale {cf}, cell {phone_IT}. How do I register from {uni}?",
    "Passport for the study visa: {reisepass}",
    "my loan hasn't arrived and I owe {amount} rent, please call {mobile:spaced}",
    "Extenuating circumstances for {module_code}: I had {{SYMPTOM:a high temperature|vomiting|migraine attacks|diarrhoea}} and saw the GP, fit note says {icd}",
    "FAFSA question: my SSN is {ssn} and the college says it doesn't match",
    "Dutch exchange student here, BSN {bsn}, contact {email}",
]
T += [
    "How many {ects_credits} do I need before the dissertation? I'm in {semester} and have {ects_credits}.",
    "Applied via UCAS, {applicant_number}, received {date}. When will offers go out?",
    "Module {module_code} is full, waitlist: {waitlist_position}. Is there another seminar group?",
    "Bus pass is {amount}, total fees {amount}, deadline {date}. Correct?",
    "Lecture in room {room_number} cancelled, make-up in {calendar_week}?",
    "Revised {ects_credits} worth in one week, [[figurative_health:I'm sick to death of this]] 😅",
    "Loan repayment: {bafoeg_reference}, {installment_plan}, first payment {date}",
]

# --- pet insurance, vets -----------------------------------------------------------------
T += [
    "Hi {petins}, our dog {pet} had [[pet_health:a ruptured cruciate]], surgery bill {amount}. Please reimburse to {iban}",
    "{pet} had [[pet_health:worms]] and I think I caught something too, I've had {{SYMPTOM:diarrhoea|stomach cramps|nausea}} for two days 🙄 anyway the dog first. Call {mobile}",
    "Vet invoice {invoice_number}, {vet_fee_rate}, diagnosis from {vet}: {pet_health}. Contact {email}",
    "Microchip {pet_microchip}, plan {pet_plan}, bank account {iban:dashes}",
    "Cancelling the pet insurance for {pet}, she was put to sleep last week. Please stop taking payments from {iban}.",
    "I don't drive, can the vet do a home visit? {phone}",
    "Please email {pet}'s vaccination record to {email}, [[pet_health:the rabies jab]] was on {date}",
    "Emergency? Cat isn't eating, [[pet_health:diarrhoea after the new food]] since yesterday, I'm on {mobile}",
    "Pay for [[pet_health:a dental under anaesthetic]] with card {card}, exp {exp}, security code {cvc}",
    "Pet passport {pet_passport}, owner {name}, phone {phone}",
    "my dog has [[pet_health:arthritis in her hips]] and I have {{DIAGNOSIS:rheumatoid arthritis|osteoarthritis|fibromyalgia|gout}}, we limp around together haha. do you cover hydrotherapy for dogs?",
    "Need a dog walker because I'm on site in Aberdeen for {duration}. Landline {landline}",
    "Emergency vet bill {amount}, [[pet_health:bloat]] in {pet}, claim {claim_number}, account {iban}",
    "Our cat {pet} needs [[pet_health:worming]] and a booster, text me the slot on {mobile}",
    "Vet bill was {amount} with card ending ... no wait, full card is {card_visa}, CVV {cvc}",
]
T += [
    "Our dog {pet} has [[pet_health:ticks]] and [[pet_health:fleas]], what do you recommend? He weighs {parcel_weight}.",
    "How much is [[pet_health:spaying]] for a cat? {vet_fee_rate} or fixed price?",
    "{pet} is [[pet_health:limping on the back leg]], {weekday} at {time} with {vet} is fine.",
    "{petins} won't pay for [[pet_health:tartar build-up]], plan {pet_plan}, policy {policy_number}. Unbelievable.",
    "Chip {pet_microchip} is registered, pet passport {pet_passport}, all up to date.",
    "Our cat has [[pet_health:cat flu]], sneezing all day, temp [[temperature:39.6°C]].",
    "Food allergy? {pet} keeps scratching, [[pet_health:hot spots]], food {article_number}",
    "Appointment for [[pet_health:neutering]] for {pet}, {date} {time}, room {room_number}",
]

# --- weddings, events ---------------------------------------------------------------------
T += [
    "Hi {planner}, the deposit for {venue} is coming from our joint account {iban}, booking {booking_code}",
    "Best man {name} is on {mobile}, please send him the running order too",
    "My fiancée has {{DIAGNOSIS:coeliac disease|lactose intolerance|peanut allergy}}, please make sure the menu ({price_per_head}) accounts for it!",
    "Photographer {firstname_f}: {email}, phone {phone}",
    "We have to postpone, my dad had a {{DIAGNOSIS:heart attack|stroke}} and is in hospital. What are the cancellation terms?",
    "DJ fee {amount} to {iban:spaced}, reference wedding {date}",
    "For the destination wedding we need passports: mine {reisepass}, hers {reisepass}",
    "my nan uses a walker, can we have an armchair near the exit please, her number {landline}",
    "Card for the balance: {card_mc}, valid thru {exp}",
    "Catering questions to my husband: {phone}, or {email}",
    "Are there seats at {venue} during the drinks reception? My mother-in-law is asking, her number {mobile}",
    "Florist's number: {landline}, she needs the guest list by {date}",
    "US guests: the planner's cell is {mobile}, $ deposits via Zelle to {email}",
]
T += [
    "We're planning for {party_size}, {table_number} is the top table, the venue has {venue_capacity}. OK?",
    "{wedding_package} is {amount} plus {price_per_head} for food. Is the drinks package included?",
    "Wedding on {date}, ceremony {time}, reception from {time}, carriages {time}. Venue {venue_capacity}.",
    "Deposit {percentage} by {date}, balance {duration} before. Invoice {invoice_number}.",
    "The table plants from the tasting had [[plant_health:powdery mildew]], fresh ones by {date} please. And {amount} just for flowers? 😂",
    "Hen do {date}, {party_size}, DJ till {time}, seating {table_number} to {table_number}.",
    "Band asks about the {decibel} limit in the hall, and a 16A socket. Stage [[dimension:6 x 4 m]].",
]

# --- funerals ------------------------------------------------------------------------------
T += [
    "Hello {funeral}, my mother passed away on {date} after years of {{DIAGNOSIS:dementia|lung cancer|heart failure|leukaemia|Alzheimer's}}. I'm on {mobile}.",
    "Please send the funeral invoice to me, {name}, email {email}. Payment from my account {iban}",
    "For the registrar: the deceased's NHS number {nhs}, GP surgery {doctor}",
    "I'm calling on behalf of the {last} family, please ring back on {landline} about the interment of ashes, {grave_plot}",
    "My brother is handling it, his number {phone}. Since the funeral I've had {{SYMPTOM:panic attacks|insomnia|crying spells}} and can't do phone calls right now.",
    "Funeral plan payout to {iban:dashes}, plan {policy_number}",
    "Please email the order of service proofs to {email}",
    "Dad had a {{TREATMENT:pacemaker}} for {{DIAGNOSIS:atrial fibrillation|heart failure|coronary artery disease}}, does it need removing before cremation?",
    "My late aunt's SSN for the estate paperwork: {ssn}, death certificate {civil_register_number}",
    "Flowers for the service, card {card_visa}",
    "We'd like {coffin_model} and will pay the deposit from {iban}",
    "The deceased was French, numéro de sécu {nir}, family contact {phone_FR}",
]
T += [
    "Service on {date} at {time}, chapel 2, {grave_plot}. [[quantity:Three]] wreaths please.",
    "How much is a woodland burial with {coffin_model}? Around {party_size} attending.",
    "Death registration {civil_register_number}, [[quantity:5]] copies, fee {amount}.",
    "Does {grave_plot} have a lease of [[duration:25 years]]? Renewal {amount}?",
    "Obituary in the paper, [[dimension:2 columns x 9 cm]], edition {date}, order {order_number}",
    "The grave at {grave_plot} was mixed up, please sort this urgently, invoice {invoice_number}.",
]

# --- couriers, freight forwarding ---------------------------------------------------------
T += [
    "Hi {courier}, collection tomorrow at {company}, contact {name}, mobile {mobile}, bay 3",
    "Please take the freight invoice {invoice_number} by direct debit from {iban}, account no. {customer_number}",
    "Shipment {tracking_royalmail} arrived damaged, emailing photos to {email}",
    "Driver please call ahead: {phone}, access via gate 2 only, {pallet_count}",
    "Customs entry needs our EORI {eori_number} and the director's NI number? {nino}",
    "Delivery address changed, recipient {name}, tel. {phone}, please deliver before noon",
    "I'm a courier driver, had an accident at work today, A&E diagnosed {injury}, boss wants my SSN for workers comp: {ssn}",
    "COD amount {amount} please transfer to {iban:mixed}, consignment {tracking_gls}",
    "Dispatch contact: {landline} ext. 14, or {email}",
    "Express surcharge on the company card: {card}, expiry date {exp}, CVC {cvc}",
    "The recipient is only in on weekday mornings, so mornings only please, {mobile}",
    "Consignment note {cmr_number}, shipper {company}, contact {firstname_f} {last}, {phone}",
    "Collection from Rotterdam, {pallet_count}, {shipment_weight}, call {phone_NL}",
]
T += [
    "Parcel {tracking_dpd} stuck at the depot since {date}, attempted {time}. What's going on?",
    "Container {container_number}, ETA Felixstowe {date}, {incoterm}, commodity code {hs_code}",
    "{awb_number}, {pallet_count}, {shipment_weight}, {loading_metres}. Pickup {calendar_week}.",
    "SSCC {sscc} missing on delivery note {order_number}, please resend.",
    "Customs MRN {customs_mrn}, goods value {amount}, {incoterm}",
    "LTL to Leeds: {pallet_count}, [[dimension:100 x 120 x 90 cm]], {shipment_weight}, delivery {date}",
    "Tracking {tracking_usps} says delivered but nothing here, account {customer_number}",
    "Please book in a day ahead, goods in {opening_hours}, dock {gate}",
    "Pallet arrived completely smashed 😤 delivery note {order_number}, damage {amount}",
]

# --- telecoms, cancellations --------------------------------------------------------------
T += [
    "I'm cancelling contract {contract_number} at the earliest date. Number {mobile}, confirmation by email to {email} please",
    "Want to keep my number {mobile} moving to {telco}, PAC requested. Account {customer_number}",
    "Cancelling because I'm moving abroad, landline {landline}, new number in Spain {phone_ES}",
    "Stop taking payments from {iban}, the contract ended on {date}!!",
    "Hi {telco}, I was abroad for {duration} and missed the engineer visit, please rebook, call {phone}",
    "Call me on the landline {landline} not the mobile please",
    "You're still charging {amount} even though I cancelled, confirmation {cancellation_ref}, account {iban:spaced}",
    "my dad moved in with us and doesn't need the landline anymore, I have power of attorney. number {landline}",
    "New bank details for the bills: {iban}, account holder {name}",
    "Switching to {telco_tariff}, number {phone}, confirmation email to {email}",
    "Cancel my cell plan please, {mobile}, account {customer_number}, I'm switching carriers, zip is {zip_us}",
    "For ID verification: passport number {reisepass}",
    "My wife sent the cancellation, her number is {mobile}, mine {mobile}",
    "Dear Sir/Madam, because of my {{DIAGNOSIS:hearing loss|sensorineural hearing loss|tinnitus}} I can't use the phone, please reply in writing to {email}",
]
T += [
    "Contract {contract_number}, {contract_term}, {notice_period}. When can I leave at the earliest?",
    "Got cancellation confirmation {cancellation_ref}, end date {date}, returning router {router_model}.",
    "Broadband only {speed} instead of {speed}, ticket {ticket_number}",
    "SIM {iccid} still active though cancelled, {sim_serial_last}",
    "Port on {date} from {time}, ticket {ticket_number}, {telco_tariff}",
    "Is there a switching bonus of {amount} for {telco_tariff}? I've got {duration} left.",
    "Helpline {tollfree_number} open {opening_hours}, I was on hold {duration}. [[figurative_health:this queue is killing me]].",
    "STAC code {stac_code} please, I'm leaving, account {customer_number}",
]

# --- gyms ---------------------------------------------------------------------------------
T += [
    "Hi {gym}, I'd like to cancel membership {member_number} on medical grounds, {{DIAGNOSIS:herniated disc|heart failure|multiple sclerosis|torn ACL|torn meniscus}}, doctor's note attached.",
    "Please take the fee from my new account {iban} from now on, the old card is blocked. Member {member_number}",
    "Can I freeze my membership? I'm working abroad for {duration}. Member {member_number}, refunds to account {iban}",
    "yo haven't been in for {duration} cos of {{SYMPTOM:back pain|knee pain|dizziness|palpitations}}, can I pause? my number {mobile}",
    "Trial session for my mate {first}, his email is {email}",
    "You charged me twice, {amount} on {date} and again on {date}, account {iban:lookalike}",
    "The trainer said I should see a doctor first because of my {{DIAGNOSIS:asthma|type 1 diabetes|high blood pressure|epilepsy}}, here's the clearance. Member {member_number}",
    "Please call me back, {phone}, about cancelling on {date}",
    "I'm getting back into training after {{TREATMENT:cardiac rehab|stroke rehabilitation|physiotherapy}} (doctor cleared me), can I book supervised sessions?",
    "Moving to Manchester, can I transfer my membership? Member {member_number}, mobile {mobile}",
    "Pay by credit card {card}, security code {cvc}, expires {exp}",
    "ClassPass cancellation: {email}, member since 2021",
    "My wife takes prescribed {{MEDICATION:warfarin|apixaban|rivaroxaban|insulin}} and wants to know if the sauna is OK. Her number {mobile}",
    "For the corporate membership you need my employee ID {personnel_number} and my SSN {ssn}??",
    "Planet Fitness charged my card after I cancelled, cell {mobile}, card was {card_mc}",
]
T += [
    "Member {member_number}, {gym_tier}, {checkin_count}. Why is it suddenly {amount}?",
    "Class {course_code} on {weekday} {time} is full and locker {locker_number} is broken.",
    "Watch says {step_count} and {calories}, roughly right for {duration} of spin?",
    "Wristband {wristband_id} won't work at the turnstile, {city} club.",
    "Price for {gym_tier}: {amount} a month, {contract_term}, joining fee {amount}?",
    "The treadmill shows {heart_rate} whoever is on it 😂 [[object_health:the sensor is sick]]",
    "App says contract ends {date}, notice {notice_period}, member {member_number}",
]

# --- online pharmacies, e-prescriptions ---------------------------------------------------
T += [
    "Hi {pharmacy}, my repeat prescription for {{MEDICATION:levothyroxine|ramipril|metformin|omeprazole|amlodipine|lisinopril}} hasn't arrived, order {order_number}",
    "My doctor has me on {med} {rx_strength} and now also prescribed {med}, is that OK together? Please call {phone}",
    "Prescription item: {{MEDICATION:salbutamol inhaler|Ventolin|budesonide}} for my {{DIAGNOSIS:asthma|COPD}}, NHS number {nhs}",
    "Invoice by email to {email}, payment by direct debit from {iban}",
    "The e-prescription token won't scan, error message {error_code}. It's {{MEDICATION:Ozempic|insulin|Mounjaro}} for my {{DIAGNOSIS:type 2 diabetes|type 1 diabetes}}",
    "My parcel {tracking_royalmail} says left with a neighbour, so awkward, call me {mobile}",
    "Card for the order: {card_visa}, valid until {exp}, security code {cvc}",
    "My mum needs {{MEDICATION:warfarin|apixaban|rivaroxaban}} regularly, can you set up a repeat? She's on {landline}, mornings best.",
    "since switching to {{MEDICATION:tramadol|codeine|pregabalin|gabapentin}} I've had {{SYMPTOM:dizziness|nausea|constipation|tremors}}, should I stop the medication?",
    "Prescription prepayment certificate: NHS no. {nhs:spaced}, proof sent to {email}",
    "Copay for my {{MEDICATION:Adderall|Ritalin|lithium}} went up to [[amount:$40]], pharmacy cell {mobile}, SSN on file {ssn}",
    "{{MEDICATION:morning-after pill}}, discreet packaging please, {mobile}",
    "Question on order {order_number}: the hand cream is missing, my number {phone}",
    "I need my medication {{MEDICATION:lamotrigine|levetiracetam}} for {{DIAGNOSIS:epilepsy}} on time, please send express, card {card_mc}",
    "Send to the locker please, code later, prescription for {{MEDICATION:folic acid|iron tablets}}, contact {email}",
    "Order {order_number}: I get {{MEDICATION:the contraceptive pill}} and {{MEDICATION:ibuprofen|cetirizine}}, please bill {iban:dots}",
]
T += [
    "Order {order_number}: {pack_size}, {amount}. Delivery by {date}?",
    "{rx_number} shows in the app but won't transfer, error message {error_code}.",
    "Is the {pack_size} in {rx_strength} still in stock? {lot_number}",
    "Voucher {voucher_code} not working on a basket of {amount}, customer {customer_number}",
    "Delivery {tracking_royalmail} arrived at {room_temperature}, fridge item?? Basket {order_number}",
    "General question: what's the free delivery threshold, {amount}? And how long is a prescription valid, {duration}?",
    "App {app_version} crashes when scanning, phone {handset_model}",
]

# --- home care services --------------------------------------------------------------------
T += [
    "Hello {careservice}, my mum has {{DIAGNOSIS:dementia|Alzheimer's|Parkinson's|stroke|heart failure}}. We need help in the mornings, call me back on {mobile}",
    "Please send the respite care invoice to {email}, payment to {iban}",
    "Dad's NHS number for the care assessment: {nhs}, he's [[age:86]]",
    "Please do {{TREATMENT:wound care|insulin therapy|lymphatic drainage}} from {date}, GP {doctor}, phone {landline}",
    "Gran has {{SYMPTOM:fluid retention|shortness of breath|fainting spells|memory lapses}} again, please call the GP",
    "The carers keep coming late, {time} instead of {time} yesterday. My sister {firstname_f} {last} is on {phone}",
    "For the assessment: conditions {{DIAGNOSIS:type 2 diabetes|chronic kidney disease|osteoporosis}} and {{DIAGNOSIS:dementia|depression|osteoarthritis}}, meds {med}, {med}",
    "Medicaid waiver for my father, his SSN {ssn}, my cell {mobile}",
    "Direct payment account for the care budget: {iban}, contact {email}",
    "I'm an unpaid carer and I've got {{DIAGNOSIS:depression|herniated disc|fibromyalgia}} myself, need respite for my husband urgently, {mobile}",
    "Bank details for the top-up fees: {iban:nbsp}, account holder {name}",
    "Day centre from {date}: Dad's prescription is {{MEDICATION:insulin|warfarin|levothyroxine|quetiapine}} morning and evening, please note. Emergency {phone}",
    "Carer's allowance application needs my NI number: {nino}",
    "My aunt in Belgium needs home care from {month}, rijksregisternummer {nn}",
]
T += [
    "General question: what does the council pay at {care_level_generic}, {amount}? And at {care_level_generic}?",
    "{care_route}, visit {time}–{time}, please keep the space for {licence_plate} free.",
    "Invoice {invoice_number} for {month}: [[quantity:42]] visits, {amount}",
    "Is respite funded from {care_level_generic}? Leaflet {reference_number} is unclear.",
    "The agency changed the round, {care_route}, new time {time}. Fine.",
    "Stairlift quote {quote_number}: {amount}, grant {amount}, fitting {calendar_week}",
]

# --- lab results ---------------------------------------------------------------------------
T += [
    "Hi {lab}, are my bloods from {date} back? The doctor says {{DIAGNOSIS:iron deficiency anaemia|vitamin D deficiency|hypothyroidism|high cholesterol|B12 deficiency}}. Report to {email} please",
    "I'll pay the private lab invoice {invoice_number} from my bank account {iban}",
    "Diagnosis says {{DIAGNOSIS:Hashimoto's|hypothyroidism|Graves' disease}}, I'm to take {{MEDICATION:levothyroxine}}. Sample {lab_sample_id}",
    "Handed in {lab_order_number}, results by phone please {mobile}, not by post",
    "Pathology report: diagnosis {icd}, sample {lab_sample_id}, requested by {doctor}",
    "My test result for {{DIAGNOSIS:HIV|hepatitis C|hepatitis B}}? Requisition {lab_order_number}, contact {phone}",
    "Private invoice by email {email}, paying with card {card}",
    "Bloods show {{DIAGNOSIS:type 2 diabetes|gout|chronic kidney disease|fatty liver disease}}, insurer {insurer}, SSN {ssn}",
    "Am I right with you for a full blood count with {{SYMPTOM:constant fatigue|hair loss|palpitations|night sweats}}? {mobile}",
    "ICD {icd:nodot}, lab referral, practice contact {landline}",
    "Please send my daughter's result to me, DOB {birth_date}, suspected {{DIAGNOSIS:coeliac disease|glandular fever|Lyme disease}}",
    "Stool sample from the GP dropped off because of {{SYMPTOM:blood in my stool|diarrhoea|stomach cramps}}, sample {lab_sample_id}, call {phone}",
    "Medichecks kit result: {{DIAGNOSIS:high cholesterol|vitamin D deficiency}}, my GP wants my NHS no. {nhs}",
]
T += [
    "Sample {lab_sample_id} in transit since {date}, courier {courier}, where is it?",
    "Sample pickup at the surgery {opening_hours}, courier {courier}, cool box [[temperature:4°C]]",
    "Lab invoice {invoice_number}, order {lab_order_number}, amount {amount}, due {date}",
    "What does {lab_reference_range} mean for TSH? Asking in general, I'm studying for my biomed exam.",
    "Barcode {lab_sample_id} unreadable, order {lab_order_number}, please relabel.",
    "Phlebotomy opening times? {opening_hours}? Ticket {queue_number}",
]

# --- vaccination appointments -------------------------------------------------------------
T += [
    "I'd like to book a {{TREATMENT:flu jab|shingles vaccine|tetanus booster|hepatitis B vaccine|COVID booster}}, I'm on {mobile}",
    "After the {{TREATMENT:COVID booster|flu jab}} I've got {{SYMPTOM:a high temperature|chills|headaches|joint pain}}, is that normal?",
    "Vaccination slots for my kids, email {email}, ideally {weekday}",
    "I had {{DIAGNOSIS:shingles|chickenpox|whooping cough}} as a kid, do I still need the jab? Call me {phone}",
    "For the workplace flu clinic: employee ID {personnel_number}, NHS number {nhs}",
    "Travel jabs before Thailand, pay by credit card {card_visa}, expiry {exp}",
    "Please send the confirmation to {email:words}, I have a {{DIAGNOSIS:penicillin allergy|peanut allergy}}",
    "My rheumatologist prescribed {{MEDICATION:methotrexate|Humira|prednisolone}} for {{DIAGNOSIS:rheumatoid arthritis|Crohn's disease|ulcerative colitis}}, can I be vaccinated?",
    "Lost my vaccination card, Dutch BSN {bsn:spaced}, appointment in Leiden",
    "Call me back about {{TREATMENT:the HPV vaccine|shingles vaccine}} for my son on {landline}",
    "CVS booked me for a {{TREATMENT:flu shot}} but my insurance card shows SSN {ssn}, is that ok? cell {mobile}",
]
T += [
    "Appointment {appointment_id} on {date} at {time}, room {room_number}. {lot_number}.",
    "How many doses left, [[quantity:20]]? Clinic times {opening_hours}?",
    "Booking app {app_version} fails, error message {error_code}, appointment {appointment_id}",
    "Vaccine centre {city}, ticket {queue_number}, queue to {platform}. Watching my show meanwhile, [[fiction_health:someone dies on Grey's Anatomy again]] 🙄",
    "General: from what age, {age}? And how much is the appointment, {amount}?",
]

# --- hearing aids -------------------------------------------------------------------------
T += [
    "Hi {hearing}, since my {{DIAGNOSIS:sudden hearing loss|tinnitus|sensorineural hearing loss}} the new aids whistle, please book me in by email {email}",
    "My dad ([[age:79]]) has {{DIAGNOSIS:hearing loss|otosclerosis|sensorineural hearing loss}}, the insurer wants his NHS number: {nhs}",
    "Please collect the {amount} for {hearing_aid_model} from {iban}",
    "Text only please, {mobile}, I'm at work all day",
    "Since yesterday {{SYMPTOM:ringing in my ears|muffled hearing|dizziness|vertigo}}, should I see a doctor or is it the {hearing_aid_model}?",
    "Pay for {hearing_battery} with card {card}, exp {exp}",
    "Referral for {{TREATMENT:hearing aid fitting|cochlear implant}} came from ENT {doctor}, copy to {email}",
    "My wife is on {landline}, she handles the billing",
    "Medicare won't cover my aids, SSN {ssn}, cell {mobile}",
    "Got {{DIAGNOSIS:tinnitus}} since the gig ({decibel}!), do I need a sound generator? {phone}",
]
T += [
    "Hearing aid {hearing_aid_model}, serial {serial_number}, {hearing_battery}, warranty until {date}",
    "How loud is a jackhammer, {decibel}? Can't hear my podcast, right at [[fiction_health:the detective's heart attack in the podcast]].",
    "Repair {repair_order}, device {hearing_aid_model}, pickup {weekday} {time}",
    "{hearing_battery} in a [[quantity:6]] pack for {amount}? Voucher {voucher_code}",
    "App {app_version} won't pair with {hearing_aid_model}, phone {handset_model}",
]

# --- rehab clinics ------------------------------------------------------------------------
T += [
    "Hello, I'm admitted to the clinic on {date} for {{TREATMENT:cardiac rehab|stroke rehabilitation|detox programme}} after {{TREATMENT:knee replacement|hip replacement|bypass surgery|spinal surgery}}. My mobile {mobile}",
    "My NHS number for the rehab referral: {nhs:dashes}",
    "Ground floor room please, my GP says I have {{SYMPTOM:dizziness|shortness of breath|knee pain|vertigo}} and can barely manage stairs",
    "My husband is coming to you after a {{DIAGNOSIS:heart attack|stroke|pulmonary embolism}}, I'm reachable on {phone}",
    "Please take the {copay_per_day} from {iban}, patient {name}",
    "Disability payments to my new account {iban:spaced}, NI {nino}",
    "Medication list for admission: {med} mornings, {med} evenings, {{MEDICATION:insulin|metformin|bisoprolol}} as needed",
    "I'm self-pay, invoice to {email} please",
    "hi I was discharged last week and since then {{SYMPTOM:trouble sleeping|panic attacks|exhaustion|brain fog}}, can I talk to the psychologist again? {mobile}",
    "Rehab in Spain: NIE {nie}, call {phone_ES}",
    "Next of kin for Mrs {last}: daughter {firstname_f} {last}, {phone}, {email}",
    "I want to continue {{TREATMENT:psychotherapy|CBT|EMDR}} as an outpatient after rehab, for my {{DIAGNOSIS:PTSD|depression|generalised anxiety disorder|alcohol dependence}}. Contact {email}",
    "Insurance needs my SSN for the inpatient stay: {ssn}, co-pay card {card_mc}",
]
T += [
    "Admission {date} from {time}, {ward}, room {room_number}. Parking for {licence_plate} registered.",
    "Stay {duration}, {copay_per_day}, arriving by {train_number}. Is there a shuttle?",
    "Schedule: {session_count}, {exercise_reps}, aqua class {time}. Wifi code for {room_number}?",
    "Visiting hours {opening_hours}? I'll drop off laundry on {weekday}.",
    "Room {room_number}: smoke alarm beeping and the window is stuck, please send maintenance.",
]

# --- fertility clinics --------------------------------------------------------------------
T += [
    "Hi {fertility}, we're booked for {{TREATMENT:IVF|ICSI|IUI|embryo transfer|egg retrieval}} on {date}. Questions to {mobile} please",
    "I've been diagnosed with {{DIAGNOSIS:endometriosis|PCOS|blocked fallopian tubes|fibroids}}, my partner with {{DIAGNOSIS:low sperm count}}. What does the NHS fund?",
    "NHS numbers for the treatment plan: mine {nhs}, my partner's {nhs}",
    "Invoice for {{TREATMENT:egg freezing|ovarian stimulation|ICSI}} to {email}, paying from {iban}",
    "I'm injecting the prescribed {{MEDICATION:Gonal-F|clomid|letrozole|Cyclogest}} since day 3 and have {{SYMPTOM:pelvic pain|nausea|spotting}}, is that normal? Call {phone}",
    "After a {{DIAGNOSIS:miscarriage}} last year we're really anxious, email only please {email}",
    "Card payment for the self-funded cycle {amount}: {card}, exp {exp}, CVV {cvc}",
    "We're travelling from Amsterdam for the open evening, mobile {phone_NL}, invoice in EUR please",
    "My husband is on {landline}, I'm at work",
    "Our insurer needs my SSN on the claim: {ssn}, cell {mobile}",
    "3rd round of {{TREATMENT:IVF|ICSI|IUI}} and I'm having {{SYMPTOM:crying spells|insomnia|hot flushes}} from the hormones, sorry for the slow reply",
    "Referral from my GP {doctor}, diagnosis {icd}, call {mobile}",
]
T += [
    "Open evening on {date} at {time}, room {room_number}. Can I register [[party_size:two of us]]?",
    "How long is the waiting list right now, {duration}? Just curious, ref {reference_number}.",
    "Storage fee {amount} per year, invoice {invoice_number}",
    "Car park at the clinic is {amount}, entry until {time}, {ward}",
]

# --- pension funds ------------------------------------------------------------------------
T += [
    "Hello {pension}, my NI number is {nino}, please send my pension statement to {email}",
    "Please pay the workplace pension from {month} into my new account {iban}",
    "I'm applying for ill-health early retirement because of {{DIAGNOSIS:multiple sclerosis|major depressive disorder|COPD|heart failure|fibromyalgia}}, ICD {icd}, who's my contact? {phone}",
    "Survivor's pension after my husband died, his NI number {nino}, mine {nino}",
    "401k rollover, my SSN {ssn}, new custodian account details to follow, cell {mobile}",
    "Please call mornings on {landline}, I'm [[age:81]] and can't get on with the online portal",
    "Dutch pension from my years in Utrecht, BSN {bsn}, pay to my account {iban}",
    "I worked in Italy, codice fiscale {cf}, will that pension be paid here?",
    "Bank change for pension:\nold {iban}\nnew {iban}\nname {name}",
    "My father can't sign any more and I'm his attorney, I'll email the LPA to {email}",
    "For the lump sum I need to give IBAN and BIC: {iban}, {bic}",
    "gave you the wrong number by mistake, correct mobile {mobile:words}",
    "I was off for {duration} with {{TREATMENT:chemotherapy|radiotherapy|inpatient psychiatric care}}, does that affect my contributions? {email}",
    "Spanish national, worked in the UK, DNI {dni}, NI {nino}",
    "Polish pension question, PESEL {pesel}, mobile {phone_PL}",
]
T += [
    "Forecast says {pension_points}, {retirement_age}. Roughly {amount} a week?",
    "Contribution rate {percentage}, employer {amount}, plan {policy_number}",
    "How is the lump sum taxed in {tax_year}? Payout {amount} gross.",
    "Pension statement {reference_number} came on {date}, how long to query it, {duration}?",
    "Retiring {retirement_age}, reduction {percentage}, is that right?",
    "Fund reports {interest_rate}, plan {contract_number}, as of {date}",
]

# --- debt collection ------------------------------------------------------------------------
T += [
    "Dear {collector}, re your ref {debt_collection_ref}: I'll pay {installment_plan} from {iban}",
    "I dispute debt {debt_collection_ref}, I wasn't even living in the UK then, email {email}",
    "Please email me a statement of account at {email}",
    "I can't pay right now, I've been signed off sick for months with {{DIAGNOSIS:depression|long COVID|herniated disc|PTSD}}. Call {mobile}",
    "The collector wants my SSN, {ssn}, is that even legal?",
    "Paying the balance by card {card}, expiry {exp}",
    "My son {first} took out that phone contract, not me! His number {phone}",
    "Payment plan agreed, direct debit from\n{iban:line_break}",
    "My debt adviser: {company}, {landline}, contact {firstname_f}",
    "Letter {dunning_order_number} from {collector}, the debt is from a gym contract I cancelled back in {year}, confirmation {cancellation_ref}, call {mobile}",
    "I've paid {amount}, my account {iban:zero_width}, please confirm receipt",
    "Collection letter from Brussels, rijksregisternummer {nn}, phone {phone}",
    "My solicitor's details: {name}, {email}, {landline}",
    "Stop calling my mobile {mobile}, writing only",
    "Breathing space application, NI number {nino:spaced}",
]
T += [
    "Ref {debt_collection_ref}, balance {amount}, interest {interest_rate}, fees {amount}. That's daylight robbery.",
    "{dunning_order_number} dated {date}, respond by {date}. What do I do?",
    "Payment plan: {installment_plan}, first {date}, {case_number}",
    "Debt {debt_collection_ref} is statute barred, invoice was from {year}. Please confirm.",
    "Letter says court ref {court_file_number}, hearing {date} at {time}",
    "I paid {amount} on {date}, ref {bank_transaction_id}. Why another reminder {invoice_number}?",
]

# --- crypto exchanges, KYC ------------------------------------------------------------------
T += [
    "Hi {exchange}, my KYC is stuck, passport {reisepass}, NI {nino}",
    "Withdraw {crypto_amount} to my linked account {iban}, please approve",
    "Selfie check keeps failing, SSN {ssn}, phone {mobile}",
    "Account locked?? email {email}, {exchange_uid}",
    "Deposit by card {card}, exp {exp}, CVV {cvc}",
    "I got scammed, the guy messaged me from {phone} and I sent to {wallet_address}",
    "Change linked account to {iban:dashes}, BIC {bic}",
    "For tax reporting do you need my SSN? {ssn}",
    "KYC from Spain, NIE {nie}, mobile {phone_ES}, account {iban_ES}",
    "French user, numéro de sécu {nir}, compte {iban_FR}",
    "in a foul mood since the crash lol but whatever, why can't I withdraw, {exchange_uid}, mail {email}",
    "My dad passed, his account with you, probate granted, contact {name} {phone}",
    "Bank asks source of funds, transfer from {iban} to you for {amount}",
    "KYC level 2: address {house_number} {street}, {postcode_uk}, phone {mobile}, NI {nino}",
]
T += [
    "Tx {tx_hash} unconfirmed for [[duration:3 hours]], amount {crypto_amount}. Fee {amount}?",
    "Withdrawal to {wallet_address} stuck, {kyc_tier}, limit {amount}",
    "Why does my account show {kyc_tier}? {exchange_uid}, ticket {ticket_number}",
    "Price dropped to {amount}, [[figurative_health:the market caught a cold]], selling {crypto_amount}",
    "The hype is over? 😅 still holding {crypto_amount} on {exchange}.",
    "Phishing email from {phishing_url}, {exchange} ticket {ticket_number}",
    "App says withdrawals paused, error message {error_code}, {app_version}",
]

# --- car dealers, leasing ---------------------------------------------------------------------
T += [
    "Hi {dealer}, I'd like to take over lease {contract_number}, credit check fine, my email {email}",
    "Please collect the lease payment from {iban} from now on, agreement {contract_number}",
    "Test drive on {weekday}, licence fine, passport {reisepass}, mobile {mobile}",
    "I have to hand the car back because after my {{DIAGNOSIS:epilepsy|stroke|multiple sclerosis}} diagnosis I can't drive, can I terminate early? {phone}",
    "Deposit {amount} with card {card_visa}, valid {exp}",
    "Business lease, company VAT number and my NI for the director guarantee: {nino}",
    "Salesman to call me back please, {landline}, build number {commission_number}",
    "My husband needs hand controls because of his {{DIAGNOSIS:multiple sclerosis|Parkinson's|hip fracture}}, do you do conversions? {email}",
    "Finance application: SSN {ssn}, cell {mobile}, zip {zip_us}",
    "Lease from Belgium, national number {nn}, account {iban_BE}",
    "Balloon payment {amount} comes from my account {iban:nbsp}? Please check",
    "Named driver: {name}, full licence, mobile {mobile}",
    "I need heated seats and an automatic, anything under {amount}? Email {email}",
    "Return inspection report to {email}, reg {licence_plate}",
]
T += [
    "Lease offer: {leasing_rate}, {annual_mileage}, {term_length}, deposit {amount}. {engine_spec}.",
    "VIN {vin}, {first_registration}, {odometer}. What's it worth now?",
    "Return: excess mileage {odometer}, residual {amount}, damage {vehicle_damage_code}",
    "Build number {commission_number}, delivery {calendar_week}, colour {ral_colour}",
    "Tyres {tyre_spec}, fitting on {date} at {time}, storage {amount}",
    "Insurance cover note {evb_number} for {licence_plate}, registration {date}",
    "Timing belt change already at {odometer}?? warranty until {date}, {repair_order}",
    "The [[object_health:vehicle diagnostics]] read {error_code}, cost {amount}",
]

# --- tradespeople ---------------------------------------------------------------------------
T += [
    "Hi {trade}, thanks for quote {quote_number}. I'll send the deposit from {iban}",
    "Can the electrician call my husband please: {mobile}",
    "Invoice {invoice_number} to {email} please, itemise labour for the tax credit",
    "Please don't knock before 10, I work nights. {landline}",
    "My doctor says with my {{DIAGNOSIS:asthma|COPD|hay fever}} please use low-VOC paint, {ral_colour}",
    "Our company VAT number is on the PO, the contact for access is {name}, {phone}",
    "Keys with the neighbour {name}, tel. {phone}",
    "Stage payment {amount} sent from {iban:spaced}, please confirm",
    "Plumber needed in Leeds, call me back {mobile}",
    "Wet room conversion because of my mum's {{DIAGNOSIS:multiple sclerosis|Parkinson's|hip fracture|stroke}}, contact {email}",
    "Contractor wants my SSN for a 1099?? I'm the homeowner. {ssn}",
    "Please confirm by email {email:parenthesised}",
]
T += [
    "Quote {quote_number}: {floor_area} tiling, {material_quantity}, {hourly_rate}, call-out {amount}",
    "Pipe {pipe_size} leaking and the roof too. {weekday} {time}?",
    "Estimate {quote_number}: {material_quantity}, colour {ral_colour}, rate {hourly_rate}",
    "Job takes {duration}, skip [[dimension:8-yard]], parking outside number {house_number}",
    "Invoice {invoice_number}: labour {amount}, materials {amount}, VAT {percentage}",
    "Heat pump {heat_pump_model}, display shows {error_code}, installed {year}, last service {date}",
    "Checkatrade review: {percentage} would recommend, [[quantity:38]] jobs",
    "Electrician booked {calendar_week}, {material_quantity}, meter {meter_number}",
]

# --- pasted forms ---------------------------------------------------------------------------
T += [
    "MOTOR CLAIM FORM\nPolicyholder: {name}\nPolicy: {policy_number}\nDate of loss: {date}\nVehicle reg: {licence_plate}\nInjuries: {injury}\nBank account: {iban}\nPhone: {phone}",
    "Tenancy application\nFull name: {name}\nDate of birth: {birth_date}\nEmployer: {employer}\nAnnual income: {salary}\nMobile: {mobile}\nEmail: {email}\nNI number: {nino}",
    "LAB REPORT\nSpecimen: {lab_sample_id}\nReceived: {date}\nFinding: {{DIAGNOSIS:iron deficiency anaemia|B12 deficiency|high cholesterol|hypothyroidism|coeliac disease}}\nICD-10: {icd}\nRange: {lab_reference_range}\nNHS no: {nhs}",
    "KYC FORM\nFull legal name: {name}\nNationality: British\nPassport no.: {reisepass}\nNational Insurance: {nino}\nLinked account: {iban}\nMobile: {mobile}",
    "Lease agreement - customer details\nLessee: {name}\nAddress: {house_number} {street}, {city}\nBank account: {iban}\nBIC: {bic}\nVehicle: {vin}\nPayment: {leasing_rate}",
    "Prior authorization request\nPatient: {name}\nMember SSN: {ssn}\nDiagnosis: {diag}\nICD-10: {icd}\nPlanned treatment: {treat}\nPhysician: {doctor}",
    "Care plan summary\nName: {name}\nNHS number: {nhs}\nConditions: {diag} ({icd:nodot}); {diag}\nMedication: {med}, {med}\nNext of kin: {phone}",
    "Pet claim form\nPet: {pet}\nMicrochip: {pet_microchip}\nTreatment: [[pet_health:a dental under anaesthetic]]\nAmount: {amount}\nPay to: {iban:spaced}",
    "Rehab referral\nNHS no.: {nhs}\nDiagnosis: {{DIAGNOSIS:osteoarthritis|herniated disc|heart attack|stroke|depression}}\nReferrer: {doctor}\nTel: {landline}\nEmail: {email}",
    "Funeral arrangement form\nDeceased: {name}\nDate of death: {date}\nNHS number: {nhs}\nApplicant: {name}\nPhone: {mobile}\nPayment: {iban}",
    "Student finance form p.1\nName: {name}\nNI number: {nino}\nBank account: {iban}\nUniversity: {uni}\nStudy period: {semester}",
    "Repayment arrangement\nDebtor: {name}\nRef: {debt_collection_ref}\nPlan: {installment_plan}\nAccount: {iban:dots}\nTel: {phone}",
    "Collection booking\nShipper: {company}\nCollection: {date}\nLoad: {pallet_count}\nContact: {name}, {mobile}\nBilling email: {email}",
    "Vaccination consent\nName: {name}\nDOB: {birth_date}\nVaccine: {{TREATMENT:flu jab|shingles vaccine|COVID booster|tetanus booster}}\nConditions: {{DIAGNOSIS:asthma|type 2 diabetes|hypertension}}\nNHS no: {nhs}",
    "Cancellation request\nAccount: {customer_number}\nNumber: {mobile}\nContract: {contract_number}\nEnd date: {date}\nEmail: {email}",
    "Fertility intake\nPatient: {name}, [[age:38]]\nDiagnosis: {{DIAGNOSIS:PCOS|endometriosis|blocked fallopian tubes}}\nICD: {icd}\nPartner: {name}\nNHS: {nhs}\nPhone: {mobile}",
    "Hearing assessment\nPatient: {name}\nSSN: {ssn}\nICD: {icd}\nPlan: {{TREATMENT:hearing aid fitting}}\nPhone: {mobile}",
    "Pension transfer form\nNI number: {nino}\nDOB: {birth_date}\nReceiving account: {iban}\nEmail: {email}",
    "Contractor invoice\nClient: {name}\nWork: bathroom, {floor_area}\nPay to: {iban}\nQueries: {phone}",
    "Gym membership form\nMember: {name}\nDOB: {birth_date}\nDirect debit: {iban}\nMobile: {mobile}\nHealth questionnaire: {{DIAGNOSIS:high blood pressure|asthma|type 1 diabetes|epilepsy}}",
    "W-9 style form\nName: {name}\nSSN: {ssn:dashes}\nAddress: {house_number} {street}, {zip_us}\nPhone: {mobile}",
]
T += [
    "Delivery note\nNo.: {order_number}\nDate: {date}\nItems: {pallet_count}\nWeight: {shipment_weight}\nSSCC: {sscc}\nCarrier: {courier}",
    "Lease return report\nVIN: {vin}\nReg: {licence_plate}\nMileage: {odometer}\nDamage: {vehicle_damage_code}\nDate: {date} {time}",
    "Service charge statement {billing_period}\nFloor area: {floor_area}\nHeating: {amount}\nWater: {amount}\nBalance due: {amount}\nRef: {tenant_number}",
    "Quote {quote_number}\nItem 1 {material_quantity}\nItem 2 labour {hourly_rate}\nTotal ex VAT {amount}\nValid until {date}",
    "Order of service\nStart {time}\nChapel, {grave_plot}\nMusic: 3 pieces\nTea afterwards for {party_size}",
    "Wedding timeline\n{time} ceremony\n{time} drinks\n{time} dinner ({price_per_head})\nSeating: {table_number} to {table_number}",
    "Class timetable\n{weekday} {time} {course_code}\n{weekday} {time} {course_code}\nStudio {room_number}",
    "Dispatch confirmation\nOrder {order_number}\n{pack_size}\nTracking {tracking_royalmail}\nTotal {amount}",
]

# --- bare values, no label --------------------------------------------------------------
T += [
    "{iban}",
    "{mobile}",
    "{email}",
    "here: {iban:spaced}",
    "{phone}\n\nafter 5pm",
    "{name}\n{iban}",
    "sorry typo: {iban}",
    "{card} {exp}",
    "this one 👇\n{email}",
    "{nino}",
    "slowly: {mobile:spaced}",
    "{ssn}",
    "{{DIAGNOSIS:migraine|tinnitus|endometriosis|sleep apnoea|gout}} 🙄",
    "{iban:line_break}",
    "{nhs}",
    "ok {landline}",
    "{email:bracketed}",
    "{reisepass} (photo page)",
    "{icd}",
    "so\n{phone}\nor\n{email}",
    "{cf}",
]

# --- mixed chat, voice-to-text, code-switching --------------------------------------------
T += [
    "yeah hi I'm calling about the accident last week erm my number is {mobile:words} and I don't have the claim number to hand",
    "sorry für den Denglisch, my landlord said the deposit goes to {iban} und ich soll es dir weiterleiten",
    "Voice message transcribed: hi it's {first} just to say I have to cancel tomorrow because of {{DIAGNOSIS:shingles|bronchitis|migraine|ear infection}} call me back on {phone:words}",
    "can you forward this to the agent please iban {iban:lowercase} thanks 🙏",
    "my email is {email:words} not the old one pls",
    "okay also mein Ausweis ist abgelaufen so the new passport number is {reisepass}",
    "got {{SYMPTOM:migraine attacks|headaches|nausea}} rn and can't type much, mobile {mobile}",
    "erm so the iban is erm {iban:words}",
    "Sending the card in two parts for safety 😅\n{card:line_break}",
    "update: mum had {{DIAGNOSIS:pneumonia|UTI|shingles|urinary tract infection}} after all, carers still coming, call {landline}",
    "NI {nino:mixed}",
    "quick update on the lease: I've been prescribed {{MEDICATION:tramadol|codeine|pregabalin}} and can't drive for 4 weeks, my brother will drive {mobile}",
    "Tel {phone:dashes} (afternoons)",
    "on the train no signal, email {email} or text {mobile}",
    "iban: {iban:zero_width}",
    "Contact: {email:mixed}",
    "y'all my cell is {mobile} text me when the movers get there",
]
T += [
    "yeah voice note cos I'm driving erm parcel {tracking_dpd} comes {weekday} between {time} and {time} ok bye",
    "lol landlord wants {deposit_months} deposit 😂 and {amount} for parking, [[figurative_health:I nearly had a heart attack]]",
    "kurz auf Deutsch sorry: Bestellung {order_number} kaputt angekommen, Erstattung {amount} bitte, Sendung {tracking_gls}",
    "Brilliant, thanks! Invoice {invoice_number} paid, ref {bank_transaction_id}",
    "When are you open? {opening_hours}? I'm arriving on {route_number} at {time}",
    "updated the app to {app_version} and now the battery's always flat, {battery_health}",
    "Haha the gym at {time} is packed 😂 locker {locker_number} taken again",
    "yep parcel {tracking_ups} arrived, {weight}, cheers!",
]

# --- extra messages (IDs, accounts, contacts) -----------------------------------------
T += [
    "For the care agency payroll: PESEL {pesel}, mobile {phone_PL}",
    "Flatmate from Milan, codice fiscale {cf}, his mobile {phone_IT}",
    "{idl}, in case you still need it for KYC",
    "Proof for the housing office: {idl}",
    "Driver application for {courier}: {name}, {idl}, HGV licence, mobile {mobile}",
    "Deposit is held in the protection scheme, on move-out please return it to my current account {iban}",
    "Please credit the venue cancellation to {iban:mixed}, booking {booking_code}",
    "Numéro de sécurité sociale for my French employer: {nir:spaced}",
    "Letting agent please note: new mobile {mobile:dashes}, the old {mobile} is disconnected",
    "DNI {dni:lowercase} for the Spanish residency form",
    "Passport for the crypto verification: {reisepass:spaced}",
    "Contractor invoice to {email}, paying by card {card}, exp {exp}, CVV {cvc}",
]

TEMPLATES = T
