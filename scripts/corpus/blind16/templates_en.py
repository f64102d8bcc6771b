"""English chat templates for blind set 16 (hand-written for this set; UK and US English).

Slots: {value} / {value:form} for sensitive values, {filler} for names/companies, {kind} for a
generated hard negative, [[kind:text]] for a literal hard negative, {{TYPE:a|b}} for a health value
chosen from hand-written alternatives.  See gen.py for the slot vocabulary.
"""

# ---------------------------------------------------------------- rail: delays, refunds, Passenger Assist
RAIL = [
    "Hi {rail}, my {route_number} was cancelled on {date} and I missed the {connection}. Booking ref {rail_booking_ref}. Please refund to sort code/account or IBAN {iban}",
    "Delay Repay claim: train {time} from {city}, arrived {delay_minutes} late. Ticket cost {amount}. Pay me back to {iban_gb}",
    "I use a wheelchair and have booked assistance ({assistance_booking}) for {date}, but nobody turned up at {platform}. I was stuck for {delay_minutes}. Call me on {mobile}",
    "Booking assistance for my dad who has been diagnosed with {{DIAGNOSIS:Parkinson's|dementia|COPD|heart failure|macular degeneration}}. Travelling {date}, {coach_and_seat}. My number is {phone}",
    "Hello, I hold a {railcard_type} and got charged the full fare twice ({amount} + {amount}). Card ending {card_last4}. Email me at {email}",
    "Left my bag on the {time} service, {coach_and_seat}. Inside is my medication ({{MEDICATION:insulin|Lantus|blue inhaler|EpiPen|levothyroxine}}) and my laptop. Please ring {mobile:spaced}",
    "Train was so overcrowded I had {{SYMPTOM:a panic attack|chest tightness|dizziness|fainting}} – my doctor says I have {{DIAGNOSIS:panic disorder|anxiety|claustrophobia}} so this was awful. Ref {rail_booking_ref}",
    "Amtrak refund request: trip {date}, {delay_minutes} delay, paid with {card}. Please credit the card",
    "yo my season ticket ({travelcard_number}) got swallowed by the barrier at {platform}, can you send a new one to {street}? cheers {first}",
    "Assisted travel for a blind passenger with guide dog – {{DIAGNOSIS:visual impairment|partially sighted|glaucoma|keratoconus}}. Journey {date} {time}, ref {assistance_booking}. Contact {email}",
    "Refund still not received for cancelled {route_number} on {date} – {compensation_amount} owed. Bank: {iban}. Name on account {name}",
    "can someone call me back about delay repay pls {phone:words}",
    "Eurostar cancelled, I paid {amount} for a hotel in Paris. Receipts attached. IBAN {iban_fr}, BIC {bic}",
    "Need a ramp at {city} for {date}, {time} departure. I'm recovering from {{TREATMENT:hip replacement|knee replacement|ACL surgery|spinal surgery}} (out of hospital last week) and can't do steps. {mobile}",
]
RAIL_CLEAN = [
    "Train {route_number} on {date} was {delay}. Ticket {rail_booking_ref}, {amount}. How do I claim?",
    "Does the {railcard_type} work on {rail} at {time}? Travelling {date}, {connection}",
    "Which coach has the wheelchair space? We're {coach_and_seat}, departure {time} from {platform}",
    "Is {refund_form} the right one for {delay_minutes}? Ticket price {amount}",
    "Season ticket {travelcard_number} renewal is {amount} now, up from {amount}?!",
    "Booking {rail_booking_ref}: can I change to the {time} on {date} without a fee? {cancellation_deadline}",
]

# ---------------------------------------------------------------- airlines: lost luggage, cancellations, assistance
AIR = [
    "My suitcase never arrived. Flight {flight_number} on {date}, bag tag {baggage_tag}, file ref {pir_reference}. Deliver to {street} {house_number}, {postcode_uk}, phone {mobile}",
    "Hi {airline}, still no bag after 5 days!! It has my prescription {{MEDICATION:insulin|Humira|Dupixent|methotrexate|Creon}} in it. {bag_size}, black. Call me {phone}",
    "Flight {flight_number} cancelled, booking {pnr_locator}. Claiming {compensation_amount} under UK261. Account: {iban}",
    "I need wheelchair assistance at {terminal} for {flight_number} on {date} – I have {{DIAGNOSIS:multiple sclerosis|rheumatoid arthritis|heart failure|cerebral palsy|MND}}. Email {email}",
    "Can I bring my {{MEDICATION:EpiPen|an EpiPen|Jext pen|insulin|Ozempic}} in hand luggage? I have {{DIAGNOSIS:peanut allergy|type 1 diabetes|shellfish allergy|bee sting allergy}}, doctor's letter attached. Booking {pnr_locator}",
    "Bag arrived with a broken handle. Tag {baggage_tag}, repair quote {amount}. Refund to my account {iban_ie} please",
    "Passport number for booking {pnr_locator} was wrong, correct one is {reisepass} (German passport)",
    "I had {{SYMPTOM:chest pain|shortness of breath|palpitations|a migraine aura}} on board {flight_number} and a doctor on the flight helped. Is there an incident report? {email}",
    "Delayed bag, had to buy clothes and toiletries: {amount}. Ref {pir_reference}. Please pay to my bank account {iban_gb}, name {name}",
    "My son ({age}) is flying as an unaccompanied minor on {flight_number}. Emergency contact number {phone}, pickup {name}",
    "Seat with extra legroom please – I'm {duration} post {{TREATMENT:ACL reconstruction|knee surgery|hip replacement|spinal surgery}}. Booking {pnr_locator}",
    "Travelling with a portable oxygen concentrator, I have {{DIAGNOSIS:COPD|pulmonary embolism|cystic fibrosis|severe asthma}}. Where do I send the medical form? {email:bracketed}",
    "Refund for cancelled {flight_number} hasn't shown up. Paid with Amex {card_amex}, expiry {exp}",
    "SSR request: WCHR for my mum, {{DIAGNOSIS:osteoarthritis|dementia|stroke|Parkinson's disease}}. Booking {pnr_locator}, my cell {phone_us}",
    "Pls add my missing {loyalty_points} to frequent flyer {frequent_flyer}. Flight {flight_number} {date}. Email {email}",
]
AIR_CLEAN = [
    "Bag tag {baggage_tag}, file {pir_reference}. Any update? It's been since {date}",
    "What's the cabin allowance on {flight_number}? I have {baggage_allowance} booked, {bag_size}",
    "{flight_number} at {time} cancelled, rebooked to {date}. E-ticket {e_ticket_number}. What are my rights?",
    "I'm {loyalty_tier} – why no lounge at {terminal}? Booking {pnr_locator}",
    "Charged {amount} for seat {seat_number} on {pnr_locator}, thought it was included",
    "Gate changed to {gate}, {delay}, boarding now {time}?",
]

# ---------------------------------------------------------------- hotels, spa, wellness
HOTEL = [
    "Hi {hotel}, booking {hotel_confirmation}, {room_category}, {nights}. I have {{DIAGNOSIS:coeliac disease|celiac disease|lactose intolerance|a nut allergy|sesame allergy}} – please flag for breakfast",
    "Guaranteeing the reservation with card {card}, exp {exp}. Name on card {name}",
    "Can we move our booking for {spa_package} to {date}? I had {{TREATMENT:knee surgery|arthroscopy|a C-section|gallbladder removal}} in hospital recently and can't use the sauna yet. {phone}",
    "Invoice to company please: {company}, VAT {ustid} (German entity), attn {name}. Booking {hotel_confirmation}",
    "The room had mould and I've had {{SYMPTOM:wheezing|a cough|chest tightness|itchy eyes}} ever since – my GP says {{DIAGNOSIS:asthma|dust mite allergy|bronchitis}}. I expect a refund of {amount} to {iban}",
    "Hypoallergenic bedding please, I have {{DIAGNOSIS:dust mite allergy|cat allergy|eczema|atopic eczema}}. Ref {hotel_confirmation}, arriving ~{time}",
    "My wife has {{DIAGNOSIS:pre-eclampsia|high-risk pregnancy|gestational diabetes}} so the hot stone massage is out – any alternative in {spa_package}? Call {mobile}",
    "Online check-in: passport {reisepass}, DOB {birth_date}, {room_category}",
    "Deposit for {nights} – which account? We'll pay from {iban}. Thanks, {first}",
    "Voucher {voucher_code} for {spa_package} won't redeem. Bought with card {card_last4}. My email: {email}",
    "Cancelling {hotel_confirmation} ({cancellation_deadline}) – my husband is in hospital after a {{DIAGNOSIS:stroke|heart attack|TIA|pulmonary embolism}}. Please refund {amount} to {iban}",
    "Weekend for 2 in the spa suite. Visa {card_visa}, security code {cvc}, expires {exp}",
    "Contact details for the booking: {name} / email {email} / phone {phone} / {street} {house_number}, {city}",
    "Is your kitchen safe for {{DIAGNOSIS:anaphylaxis|severe nut allergy|peanut allergy|shellfish allergy}}? Half board, {guest_count}",
]
HOTEL_CLEAN = [
    "Booking {hotel_confirmation}: {room_category}, {nights}, {guest_count}. Is breakfast included? {cancellation_deadline}?",
    "Spa opening hours? We arrive {date} around {time}, room {room_number}",
    "Website says {spa_package} is {amount} but I was charged {amount}. Invoice {invoice_number}",
    "Any {room_category} free for {nights} from {date}? {guest_count}",
    "Parking for {licence_plate}, booking {hotel_confirmation}, arriving {weekday}",
    "Are kids allowed in the thermal suite? {guest_count}, sauna at {temperature}, room {room_number}",
]

# ---------------------------------------------------------------- dentists, orthodontists
DENTAL = [
    "Hi, I've got awful symptoms: {{SYMPTOM:toothache|jaw pain|swollen cheek|bleeding gums}} bottom left, {tooth_number}. Any emergency slots today? Call {mobile}",
    "Hello {dentist}, attached is {hkp_number} for the {{TREATMENT:a crown|a bridge|dental implant|an implant}}. NHS number {nhs}",
    "Need to cancel my {{TREATMENT:a scale and polish|a filling|fillings|deep cleaning}} at the surgery on {date} at {time}. {name}, DOB {birth_date}",
    "Orthodontist says my daughter ({age}) has a {{DIAGNOSIS:crossbite|overbite|underbite|crowding}}. Will NHS cover {{TREATMENT:braces|fixed braces|orthodontic treatment}}? Her NHS no. {nhs}",
    "lost {aligner_stage} 🙈 can I just go to the next one? doing {{TREATMENT:Invisalign|clear aligners}} since {month}",
    "After my {{TREATMENT:wisdom tooth extraction|tooth extraction|root canal}} yesterday it still hasn't settled and I've got {{SYMPTOM:a temperature|fever|swollen cheek|jaw pain}}. Can I take {{MEDICATION:ibuprofen|paracetamol|co-codamol|Advil}} and what dose?",
    "Invoice {invoice_number} for {amount} ({{TREATMENT:root canal treatment|dental implant|a crown}}) – can I pay in {installment_plan}? Direct debit from my account {iban}",
    "I'm on {{MEDICATION:warfarin|apixaban|Eliquis|clopidogrel|rivaroxaban}} (prescribed by my GP) – do I stop it before the extraction ({tooth_number})? Call me {phone}",
    "Dr {last} says {{DIAGNOSIS:bruxism|TMJ|teeth grinding|TMJ disorder}}, I need {{TREATMENT:a night guard|a mouth guard for grinding}}. How much private?",
    "Dental insurance with {insurer}, policy {policy_number}. Please send the estimate ({hkp_number}) to them. Email {email}",
    "Super nervous patient 😬 do you do {{TREATMENT:root canal|wisdom teeth out|an extraction}} under sedation? Landline {landline}",
    "My son chipped a front tooth at rugby ({tooth_number}). Club insurance, member {club_member_id}. When can we come?",
    "Snapped {{TREATMENT:a retainer|a night guard|a mouth guard for grinding}}, on {aligner_stage}. New impressions? My cell is {phone_us}",
    "Recall reminder details: {name}, email {email}, mobile {mobile}",
    "Hi, we're US patients visiting – copay for {{TREATMENT:a filling|an extraction|a crown}}? SSN for the insurance form: {ssn}",
]
DENTAL_CLEAN = [
    "Any check-up slots {weekday} after {time}? Kids' appointments too",
    "Invoice {invoice_number} dated {date}: {amount} – is that after the insurance part? {hkp_number}",
    "Where do I park? {street} {house_number}, {clinic_floor}?",
    "Which toothbrush on {aligner_stage}? Do you sell it, {amount}?",
    "Band 2 course of treatment is {amount} now? Price list {date}",
]

# ---------------------------------------------------------------- opticians, contact lenses
OPTIC = [
    "Hi {optician}, please pause my lens subscription ({lens_subscription}), I had {{TREATMENT:laser eye surgery|LASIK|cataract surgery}} at the clinic. Customer no {customer_number}",
    "Reorder: {lens_spec}, deliver to {street} {house_number}, {city}. Pay with Mastercard {card_mc} exp {exp}",
    "Since the new lenses I've had symptoms – {{SYMPTOM:red eyes|itchy eyes|blurred vision|double vision}}. The doctor says {{DIAGNOSIS:conjunctivitis|dry eye syndrome|keratoconus|pink eye}}. Can I return the box?",
    "Glasses {frame_model} still not ready? Ordered {date}. I have {{DIAGNOSIS:astigmatism|myopia|short-sightedness}} and can't see a thing. Call {mobile}",
    "Mum ({age}) has {{DIAGNOSIS:glaucoma|cataracts|macular degeneration|cataract}} – does she need a GP referral before the eye test? Ring {phone}",
    "Subscription payment failing. New bank details {iban}, account holder {firstname_f} {last}",
    "1-800 Contacts sent the wrong prescription, return {return_code}. Resend to {email:words}",
    "Son broke his glasses at school, {frame_model}. Covered? Class {school_class}. Email {email}",
]
OPTIC_CLEAN = [
    "Is {lens_spec} available as {lens_subscription}? Monthly price? Customer {customer_number}",
    "Frame {frame_model}, size {frame_size}, ready to collect at {city} from {date}?",
    "How long for varifocals with {lens_spec}? Order {order_number} from {date}",
    "Can I use voucher {voucher_code} on the {lens_subscription}? Basket {amount}",
]

# ---------------------------------------------------------------- physio, sports injuries
PHYSIO = [
    "Hi {physio}, GP referred me for {{TREATMENT:physiotherapy|physio|manual therapy|shockwave therapy}} – {{DIAGNOSIS:torn ACL|meniscus tear|herniated disc|rotator cuff tear|tennis elbow}}. {session_count} funded",
    "Rolled my ankle at the {race_distance}, now {{SYMPTOM:swelling|swollen ankles|heel pain|knee pain}}. GP thinks {injury}. Any slots? Mobile {mobile}",
    "Referral code {icd} on the letter, {session_count} of {{TREATMENT:physio|lymphatic drainage|manual therapy}}. NHS number {nhs}",
    "Can I move {weekday} {time}? Still not very mobile after {{TREATMENT:ACL surgery|meniscus surgery|arthroscopy|knee surgery}} in hospital. {first}",
    "since the run ({finish_time}, {pace}) I've got serious {{SYMPTOM:knee pain|lower back pain|groin pain|muscle cramps}} – could it be {injury}?? call me {phone:words}",
    "Self-pay invoice {amount} for {session_count}. Send to {name}, {street} {house_number}, {postcode_uk}. Insurer {insurer}",
    "Coach wants {exercise_reps} but with my diagnosed {{DIAGNOSIS:Achilles tendinopathy|plantar fasciitis|shin splints|jumper's knee|runner's knee}} that hurts. Can we talk? {phone}",
    "Need a letter for my club: I can't play, doctor confirmed {injury}. Player ID {club_member_id}. Email {email}",
    "My {{TREATMENT:shockwave therapy|kinesio taping|osteopathy|PRP injection}} treatment isn't covered by {insurer} – can I pay by direct debit? {iban}",
    "Intake form: {name}, DOB {birth_date}, {{DIAGNOSIS:sciatica|scoliosis|osteoarthritis|fibromyalgia}}, meds {{MEDICATION:naproxen|gabapentin|pregabalin|amitriptyline}}, phone {mobile}",
    "US patient – do you bill insurance? My SSN for the claim is {ssn}, copay {amount}",
]
PHYSIO_CLEAN = [
    "Any slots {weekday} after {time}? I'm doing {exercise_reps} at home already",
    "What's a self-pay session? Website says {amount} for {duration}",
    "Training plan: {exercise_reps}, then easy run at {pace}. My {race_bib} for the {race_distance}",
    "Where's the clinic exactly, {street}, {clinic_floor}? Coming on {route_number}",
    "Do you do group classes {training_slot}? Member {club_member_id} at {club}",
]

# ---------------------------------------------------------------- schools, nurseries
SCHOOL = [
    "Dear Mrs {last}, {first} in {school_class} is off sick today with {{SYMPTOM:a temperature|vomiting|diarrhoea|a high temperature|stomach ache}}. Back {weekday} hopefully. {name}",
    "Hi nursery, Oliver has {{DIAGNOSIS:hand, foot and mouth|chickenpox|scarlet fever|slapped cheek|conjunctivitis|a stomach bug}}, GP says keep him home till {weekday}. {kita_group}",
    "For the residential trip: Ava has {{DIAGNOSIS:peanut allergy|tree nut allergy|bee sting allergy|egg allergy}}, her {{MEDICATION:EpiPen|Jext pen|adrenaline pen}} is in her bag. Mum's mobile {mobile}",
    "Absence note {date} to {date}: Noah was ill, he had {{DIAGNOSIS:tonsillitis|an ear infection|strep throat|flu|glandular fever}}. Signed {name}",
    "got {generic_health_topic} – is it actually in {school_class} or just a general reminder?",
    "Our son has {{DIAGNOSIS:ADHD|dyslexia|dyspraxia|autism|ASD}}, we'd like access arrangements for the exams on {date}. Report attached. {phone}",
    "can staff give Isla her medicine ({{MEDICATION:Ventolin|salbutamol|cetirizine|amoxicillin|antibiotics}}) at lunch? {kita_group}, thanks {firstname_f}",
    "Lunch registration: {first} {last}, {school_class}, {{DIAGNOSIS:coeliac disease|dairy allergy|milk allergy|gluten intolerance}}, {lunch_account}. Pay from {iban}",
    "Emily ({school_class}) had a {{DIAGNOSIS:seizure|febrile seizure|asthma attack}} at home last night – please tell her teacher. Mobile {mobile:spaced}",
    "EHCP for our daughter with {{DIAGNOSIS:Down syndrome|cerebral palsy|autism|speech delay}} went to the council on {date}. Questions to {email}",
    "Bank details for the PTA so we can pay the {excursion_fee}? We'll send from {iban:lookalike}",
    "After-school club: Grandma will collect Leo at {time} ({name}, phone {phone})",
    "can Zoe come in with {{SYMPTOM:a cough|runny nose|sore throat}}? otherwise she's fine. {kita_group}",
    "Teacher rang about {{SYMPTOM:headache|stomach cramps|nausea|dizziness}} – I'm on my way to collect him. {first}",
    "We've moved: {street} {house_number}, {postcode_uk}. New email {email}",
    "Kindergarten enrollment form: child {first} {last}, SSN {ssn}, mom's cell {phone_us}",
]
SCHOOL_CLEAN = [
    "Parents' evening {school_class} on {date} at {time}, room {room_number}. Bring {excursion_fee}",
    "Last day of the {school_year}? We fly {date}, {flight_number}",
    "Early finish today because of the heat? {temperature} in room {room_number} 🥵",
    "To all parents in {kita_group}: {generic_health_topic}, please keep poorly children at home.",
    "Dinner money for {lunch_account} wasn't taken, {amount}, {billing_period}?",
    "Bake sale {weekday} – please label {food_allergen_info}!",
]

# ---------------------------------------------------------------- HR, payroll, sick leave
HR = [
    "Hi {hr}, I'm off sick from today, fit note to follow. Employee number {personnel_number}. Expect to be back {date}.",
    "Heads up: I'm going into hospital for {{TREATMENT:hernia repair|gallbladder removal|tonsillectomy|knee replacement|a hysterectomy}} on {date}, then around {duration} off. {first} is covering",
    "New bank details for salary from {payroll_period}: {iban}, account name {name}, {personnel_number}",
    "National Insurance number for payroll: {nino}, tax code {tax_class}",
    "Starter form: NI number {nino}, DOB {birth_date}, address {street} {house_number}, {postcode_uk}, emergency contact number {phone}",
    "I need to disclose that I have {{DIAGNOSIS:epilepsy|type 1 diabetes|Crohn's disease|multiple sclerosis|bipolar disorder}} because of the night shifts. Confidential to OH only please. {first}",
    "Return-to-work meeting after {{DIAGNOSIS:burnout|depression|anxiety|PTSD|long covid}}: {date} {time} is fine. Personal mobile {mobile}",
    "can't make it in, sick with {{SYMPTOM:vomiting|diarrhoea|a high temperature|a migraine aura|chills}} since last night. self-certifying. sorry!!",
    "Payslip for {payroll_period} is wrong, {overtime} missing. Employee {personnel_number}, cost centre {cost_centre}",
    "Phased return after {{TREATMENT:chemotherapy|chemo|radiotherapy|inpatient treatment}}: plan from {date}, {working_hours}. Please reply to my personal email {email}",
    "PTO request: {vacation_days}, but also FMLA for my wife's {{TREATMENT:a C-section|chemotherapy|hip replacement|bypass surgery}}. SSN {ssn}",
    "W-2 address update: {street} {house_number}, {zip_us}. Phone {phone_us}. SSN on file {ssn:dashes}",
    "Reasonable adjustments request – I have {{DIAGNOSIS:dyslexia|ADHD|autism|hearing loss|visual impairment}}. Access to Work ref {case_number}. Email {email}",
    "Child sick ({{DIAGNOSIS:chickenpox|scarlet fever|norovirus|an ear infection}}), taking dependant's leave. Employee {personnel_number}",
    "Polish colleague's details for onboarding: PESEL {pesel}, IBAN {iban_pl}, phone {phone_pl}",
    "Expenses: {mileage_allowance}, total {amount}, pay into account {iban:nbsp}",
    "Dutch contractor – BSN {bsn}, bank {iban_nl}, mobile {phone_nl}",
]
HR_CLEAN = [
    "How much {vacation_days} do I have left? Employee {personnel_number}",
    "Payslip {payroll_period}: {salary}, tax code {tax_class}, {overtime} – right?",
    "Wellbeing day: {generic_health_topic} on {date}, room {room_number}, sign up by {time}",
    "Cost centre {cost_centre} for the trip on {date}, {mileage_allowance}, hotel {amount}",
    "Resignation: {notice_period}, last day {date}, holiday owed {vacation_days}",
    "From {month} I'll do {working_hours}, salary {salary}",
]

# ---------------------------------------------------------------- jobcentre, Universal Credit, unemployment office
JOB = [
    "Hi, I can't make my Jobcentre appointment on {date}. I've got {{DIAGNOSIS:pneumonia|shingles|a slipped disc|sciatica|flu}} and the GP's signed me off. Claim ref {ba_customer_number}",
    "Universal Credit journal: I've changed bank, new account {iban}. NI number {nino}",
    "Work capability assessment – I have {{DIAGNOSIS:fibromyalgia|ME/CFS|chronic fatigue syndrome|severe depression|COPD}} and can't do the phone call. Please ring my carer {name} on {mobile}",
    "Payment for {month} hasn't arrived!! Ref {ba_customer_number}, account {iban:mixed}",
    "Claiming JSA: name {name}, DOB {birth_date}, NINO {nino}, last employer {employer}",
    "Unemployment claim (EDD): SSN {ssn}, last day {date}, phone {phone_us}",
    "I'm in {{TREATMENT:CBT|trauma therapy|day hospital|counselling|rehab programme}} and my work coach keeps booking me on courses. Can someone call? {phone}",
    "Claimant commitment: I can't do warehouse work because my GP says my {{DIAGNOSIS:arthritis|herniated disc|scoliosis|osteoarthritis}} is too bad. Reply to {email}",
    "Applied for {job_reference} via Find a Job. Contact {email}, mobile {mobile}",
    "Sanctioned because I missed the appointment – I was in A&E with {{SYMPTOM:chest pain|a migraine aura|fainting|shortness of breath}}!! NI {nino:spaced}",
    "Housing element: rent {amount}, landlord's bank account {iban}, my ref {ba_customer_number}",
]
JOB_CLEAN = [
    "When's the {month} payment? Ref {ba_customer_number}, {benefit_rate}",
    "Appointment {date} at {time}, room {room_number} – which floor? {clinic_floor}",
    "Applying for {job_reference}: {salary}, {working_hours}, can start {date}",
    "How long does a new claim take? Submitted {date}, evidence by {date}",
    "Travel to interview cost {amount}, {mileage_allowance} – can I claim it back?",
]

# ---------------------------------------------------------------- tax advisers, accountants
TAX = [
    "Hi {taxadvisor}, documents for {tax_year} attached. NI number {nino}, UTR on the {tax_form}. Refund to account {iban}",
    "Medical expenses {amount} for {{TREATMENT:IVF|hip replacement|dental implant|psychotherapy|LASIK}} – deductible on Schedule A? SSN {ssn}",
    "Client {mandant_number}: HMRC says {tax_refund}, is that right?",
    "My husband has {{DIAGNOSIS:multiple sclerosis|Parkinson's disease|paraplegia|cystic fibrosis}} – can we claim the disability credit? His SSN {ssn}",
    "VAT return {month}: our German VAT ID is {ustid}, UK VAT on the invoice. Receipts uploaded",
    "can't log into the HMRC app, {error_code}. need this by {date}. ring me {mobile}",
    "Our daughter has {{DIAGNOSIS:dyslexia|ADHD|autism}}, tutoring costs {amount} a year – anything claimable? Client {mandant_number}",
    "Self assessment payment plan – {tax_refund}. Direct debit from account {iban}",
    "Form 1040 prep: SSN {ssn}, spouse SSN {ssn}, dependents 2, address {street}, {zip_us}",
    "New client details: {name}, {street} {house_number}, {postcode_uk}, email {email}, landline {landline}",
    "Mileage to hospital for {{TREATMENT:dialysis|chemotherapy|radiotherapy}} three times a week, {mileage_allowance} – deductible as medical?",
    "Italian side of my income – codice fiscale {cf}, please include in the return",
]
TAX_CLEAN = [
    "Deadline for {tax_year}? I'll send everything by {date}. Client {mandant_number}",
    "Where does {amount} of home office go, {tax_form} or {tax_form}?",
    "Assessment dated {date}: {tax_refund}. Appeal window until {date}?",
    "Your fee {amount} + VAT, invoice {invoice_number}, due {date}?",
    "Do I need the {tax_form} if my only income is {salary}?",
]

# ---------------------------------------------------------------- probate, wills, notaries
NOTARY = [
    "Hello {notary}, for the probate application ({probate_ref}) here is Dad's NI number {nino}. I'm executor, {estate_share}",
    "Mum passed away on {date}, she had {{DIAGNOSIS:dementia|Alzheimer's|vascular dementia}} – is the will from {date} valid? Please call {phone}",
    "Estate account for the deceased: {iban}, beneficiaries {estate_share}. Email statements to {email}",
    "Notarising a document for Spain – my NIE is {nie} and DNI of my partner {dni}",
    "Lasting power of attorney for my uncle who has {{DIAGNOSIS:Parkinson's|motor neurone disease|dementia|brain tumour}} – can you visit the care home? {mobile}",
    "Your fee {notary_fee} for {deed_number}, paying from account {iban:spaced}",
    "Updating my will – I've been diagnosed with {{DIAGNOSIS:pancreatic cancer|lung cancer|leukaemia|MND}}. Appointment {weekday}? {first} {last}",
    "Apostille needed – my French social security number is {nir}, birth certificate from {city}",
    "Deceased's SSN for the estate: {ssn}. Probate court {probate_ref}",
]
NOTARY_CLEAN = [
    "When is the signing for {deed_number}? Fee {notary_fee}, title {land_register}",
    "Probate {probate_ref}: three siblings, {estate_share}. How long does it take?",
    "Draft contract dated {date}, {plot_number}, price {amount} – completion date?",
    "Your office address: {street} {house_number}, {clinic_floor}?",
]

# ---------------------------------------------------------------- energy and water
UTIL = [
    "Meter reading {meter_reading}, meter {meter_number}, account {utility_customer_number}. Please adjust my {abschlag}",
    "Hi {utility}, can't pay the {abschlag} right now, I'm on statutory sick pay after {{TREATMENT:chemotherapy|spinal surgery|bypass surgery|a mastectomy}}. Payment plan? {utility_customer_number}",
    "PLEASE don't cut us off – my son relies on {{TREATMENT:home oxygen|dialysis|a feeding pump}}. Account {utility_customer_number}, phone {phone}",
    "New direct debit from {month}: {iban}, account holder {name}. MPAN {mpan}",
    "Moving out {date}. Final reading {meter_reading}, forwarding address {street} {house_number}, {postcode_uk}. Bill by email to {email}",
    "Annual statement {billing_period}: {kwh_consumption}?! Can't be right. Meter {meter_number}. Call me {landline}",
    "Priority Services Register: I have {{DIAGNOSIS:cystic fibrosis|COPD|dementia|hearing loss|sickle cell disease}} and need advance notice of outages. {email}",
    "Gas meter {meter_number} reading {gas_volume}, MPRN {mprn}, pic attached",
    "DD taken twice from account {iban}, {amount} back please",
    "I'm {age} with {{DIAGNOSIS:heart failure|COPD|Parkinson's}} – eligible for {hardship_scheme}? Daughter {name}, {mobile}",
    "Heat pump {heat_pump_model}, special tariff? {kwh_consumption}, {price_per_unit}. Acct {utility_customer_number}. Mobile {mobile:dashes}",
    "Con Edison account – autopay card {card}, exp {exp}. Please update",
]
UTIL_CLEAN = [
    "Reading {meter_reading} on {date}, meter {meter_number}, account {utility_customer_number}",
    "Why did my {abschlag} go up? Usage {kwh_consumption}, {price_per_unit}",
    "Gas {gas_volume} for {billing_period}, normal for {floor_area}?",
    "Do you have a {hardship_scheme}? General question, not a customer",
    "MPAN {mpan}, supply starts {date}, {contract_term}, {tariff_name}",
    "Engineer coming {weekday} between {time} and {time}? Meter swap {meter_number}",
]

# ---------------------------------------------------------------- bank fraud desks, chargebacks
FRAUD = [
    "HELP my wallet got nicked, please block card {card} NOW, I've been on hold on {block_hotline} for ages",
    "Unknown payment {amount} to {merchant_descriptor} on {date}, card ending {card_last4}. I want a chargeback. Call {mobile}",
    "Hi {bank}, I fell for a phishing text ({phishing_url}) and entered my account {iban} and card {card_visa}. What now?",
    "Lost my card in {city}. Number {card}, valid thru {exp}. Send replacement to {street} {house_number}, {postcode_uk}",
    "Chargeback {chargeback_ref} – merchant never delivered, {amount}. Order {order_number}. Contact {email}",
    "someone used my card {card_mc} online, {auth_code}, {amount}. wasn't me!!! {phone}",
    "Fraud case {fraud_case}: my dad ({age}, {{DIAGNOSIS:dementia|Alzheimer's|a stroke|vascular dementia}}) sent money to {iban} after a scam call. Can it be recalled?",
    "Account {iban:dashes} frozen after I did a 'security update'. Passport {reisepass} for ID if needed (German)",
    "Amex {card_amex} – I read out the card code {cvc} over the phone to a scammer 😞 block it please",
    "Card blocked, forgot my security answer. Account {iban}, DOB {birth_date}, phone {landline}",
    "Zelle scam – sent {amount} to someone I thought was the bank. My SSN was asked too, I gave {ssn}. Help",
    "Dodgy text 'from Monzo' with link {phishing_url}, didn't click. My number {mobile}",
    "PayPal case {paypal_case} and chargeback {chargeback_ref}, card {card_last4}. Reply to {email:words}",
    "{amount} left my account {iban} without authorisation. Police ref {police_report_ref}",
    "ATM ate my card, number {card:spaced}. New PIN by post please",
    "Verification: card {card_visa}, exp {exp}, CVV {cvc}, name {name}. Please unblock",
]
FRAUD_CLEAN = [
    "Is my card ending {card_last4} blocked? {merchant_descriptor} took {amount}, {auth_code}",
    "Re {fraud_case}: any update? Chargeback {chargeback_ref} from {date}",
    "Is {phishing_url} really you? It says account {masked_iban} is locked",
    "How long do chargebacks take? {amount} on {date}, transaction {bank_transaction_id}",
    "Test card {test_card} in the sandbox fails with {error_code}",
    "Card freeze in app – is it the same as calling {block_hotline}?",
]

# ---------------------------------------------------------------- marketplaces, seller disputes
MARKET = [
    "Buyer claims the phone ({handset_model}) arrived broken. Listing {listing_id}, IMEI {imei}. I have photos. My number {mobile}",
    "Hi {marketplace} support, seller ghosted me, paid {amount} on {date}, item {ebay_item_number}. PayPal case {paypal_case}",
    "Seller wants me to pay by bank transfer to {iban} instead of through the site – scam? Listing {listing_id}",
    "just send the {amount} to {iban:spaced}, name {name}, and I'll post it tomorrow",
    "Payout ({amount}) held, bank on file {iban}. Username {user_handle}",
    "Buyer says the jumper gave her {{SYMPTOM:a rash|hives all over|itching}} and wants a refund 🙄 She says she has {{DIAGNOSIS:eczema|nickel allergy|latex allergy}}. What do I do?",
    "Parcel never arrived, tracking {tracking_royalmail}. Refund to my PayPal email {email} please",
    "Collection from {street}, {city}, text first: {phone:words}",
    "Someone's selling prescription {{MEDICATION:Ozempic|Xanax|oxycodone|Adderall}} here!! Listing {listing_id} – take it down. Reply to {email}",
    "Selling my mum's mobility scooter, bought after her {{TREATMENT:hip replacement|knee replacement|spinal surgery}}. {amount} ono. Message {mobile}",
    "Return {return_code}, item {asin}, seller {seller_id} refuses refund. Paid with card {card_last4}",
    "Facebook Marketplace buyer paid with a fake screenshot. My account {iban}, police ref {police_report_ref}",
]
MARKET_CLEAN = [
    "Item {ebay_item_number} marked faulty, return {return_code} by {date}? PayPal {paypal_case}",
    "Seller {seller_id} has {rating_stars} but no reply since {date}. Item {asin}",
    "Is {amount} including postage? Weight {parcel_weight}, {dimension}",
    "Listing {listing_id}: still available? Pick up {weekday} after {time}, {postcode_uk}",
    "Buyer protection for {amount}? Order {order_number}, shipped with {tracking_usps}",
]

# ---------------------------------------------------------------- food delivery, allergy complaints
FOOD = [
    "I ordered 'no nuts' because I have a {{DIAGNOSIS:peanut allergy|nut allergy|tree nut allergy}} and the curry had cashews. I had to use my {{MEDICATION:EpiPen|an EpiPen|adrenaline pen}}!! Ended up in A&E. Order {delivery_order_id}",
    "Hi {fooddelivery}, after last night's {menu_item} we all had {{SYMPTOM:vomiting|diarrhoea|stomach cramps|nausea}} and saw a doctor. Order {delivery_order_id}, {amount}",
    "I ended up in hospital with {{DIAGNOSIS:food poisoning|salmonella|norovirus|gastroenteritis}} after your delivery. Phone {phone}",
    "Dish was labelled {food_allergen_info}, I'm {{DIAGNOSIS:coeliac|coeliac disease|celiac disease}} and now have {{SYMPTOM:stomach cramps|bloating|diarrhoea}}. Refund to {iban}",
    "rider left it on the pavement, waited {delivery_eta}. address {street} {house_number}, flat buzzer {last}, mobile {mobile}",
    "Refund to card {card_last4} never arrived, order {delivery_order_id} {date}. Email {email}",
    "My son ({age}) has {{DIAGNOSIS:milk allergy|egg allergy|sesame allergy|fish allergy}} – please pass this to the restaurant for {delivery_order_id}",
    "Wrong food ({menu_item} instead of {menu_item}) and I have {{DIAGNOSIS:lactose intolerance|gluten intolerance|dairy allergy}} so can't eat it. Redeliver to {street} {house_number}",
    "DoorDash charged my card twice: {card}, exp {exp}. Order {delivery_order_id}",
]
FOOD_CLEAN = [
    "Where's order {delivery_order_id}? App says {delivery_eta}, now {delay}",
    "Is {menu_item} {food_allergen_info}? Asking for a group, {party_size}",
    "Promo {voucher_code} not working, basket {amount}, minimum {amount}",
    "Rider forgot {menu_item}, order {delivery_order_id}, please credit {amount}",
    "Does the packaging say {food_allergen_info}? Order {delivery_order_id}",
]

# ---------------------------------------------------------------- travel insurance claims abroad
TRAVELINS = [
    "Claim with {travelins}: I was hospitalised in Turkey with {{DIAGNOSIS:gastroenteritis|food poisoning|salmonella|a stomach bug}}, bill {foreign_amount}. Policy {policy_number}. Bank {iban}",
    "My husband had {{DIAGNOSIS:a heart attack|a stroke|a kidney stone|appendicitis}} in Spain, he's in hospital in Malaga. Assistance case {assistance_case}. Call me urgently {mobile}",
    "Repatriation after {{TREATMENT:hip replacement|appendectomy|angioplasty|a stent}} in Thailand – who arranges it? Policy {policy_number}, contact {phone}",
    "Had to buy {{MEDICATION:antibiotics|amoxicillin|azithromycin|prednisolone}} at a US pharmacy, {foreign_amount}. Receipt attached. Pay {iban_gb}, {name}",
    "Pre-existing: I have {{DIAGNOSIS:type 2 diabetes|hypertension|asthma|atrial fibrillation|epilepsy}} – am I covered for the trip on {date}? {email}",
    "Spanish hospital asked for my DNI but I'm British – gave passport. Claim {claim_number}, treated for {injury} while hiking",
    "Kid got {{DIAGNOSIS:an ear infection|conjunctivitis|chickenpox|tonsillitis}} in Croatia, clinic {foreign_amount}. Claim {claim_number}. Bank {iban}",
    "Doctor in Egypt wrote {icd} on the invoice – enough for the claim? Policy {policy_number}",
    "Skiing accident in Austria, hospital said {injury}, helicopter {amount}. Member {member_number}, phone {phone}",
    "{{DIAGNOSIS:dengue fever|malaria}} in Bali, 5 days in hospital 😩 Policy {policy_number}. Contact my sister {name} {mobile}",
    "Claim {claim_number}: paid the hospital with my credit card {card}. Rather have it back in my account {iban}",
    "Treated at a French hospital – they want my numéro de sécu, I only have an EHIC. My partner's NIR is {nir}",
    "Italian clinic invoice needs a codice fiscale – mine (I worked there) is {cf}. Claim {claim_number}",
]
TRAVELINS_CLEAN = [
    "Does policy {policy_number} cover {nights} in Thailand? And {policy_excess}?",
    "Claim {claim_number} from {date}: status? I paid {foreign_amount}",
    "Annual multi-trip for {guest_count}? Quote {quote_number}",
    "Assistance case {assistance_case}: flight home {flight_number} on {date} – who pays the {amount} change fee?",
]

# ---------------------------------------------------------------- blood and organ donation
BLOOD = [
    "Hi {blood}, I was deferred last time for {{DIAGNOSIS:anaemia|iron deficiency|high blood pressure|Lyme disease}}. When can I donate again? Donor no. {donor_number}",
    "Can I give blood on {{MEDICATION:levothyroxine|cetirizine|antibiotics|the pill|sertraline}}? Appointment {date} at {time}",
    "Had {{TREATMENT:an endoscopy|a colonoscopy|a blood transfusion|a CT scan}} in {month}, does that rule me out? Donor no. {donor_number}",
    "Had {{SYMPTOM:dizziness|fainting|nausea}} after donating yesterday, big bruise on my arm. Normal? {mobile}",
    "New address: {street} {house_number}, {postcode_uk}. Donor no. {donor_number}, mobile {mobile}",
    "Organ donor register: I've had {{DIAGNOSIS:hepatitis C|hepatitis B|HIV|cancer}} – can I still sign up? Reply to {email}",
    "NHS number for the donor record: {nhs}. Name {name}",
    "Plasma center payment – card on file {card}, please switch to bank account {iban}",
]
BLOOD_CLEAN = [
    "Next session in {city}? You can give {donation_interval}, last time {date}",
    "How long does plasma take, {duration}? Payment {amount}?",
    "Parking at the session on {date}? {street}",
    "Is {generic_health_topic} on {weekday} open to first-timers? {donation_interval}",
]

# ---------------------------------------------------------------- psychotherapy booking
PSYCH = [
    "Hello, I'm looking for a therapist. GP diagnosis: {{DIAGNOSIS:GAD|generalised anxiety disorder|PTSD|OCD|clinical depression}} ({icd}). Referral code {tss_code}",
    "Hi {psychpractice}, I'm on your waiting list ({waitlist_position}). The symptoms ({{SYMPTOM:nightmares|insomnia|racing heart|palpitations}}) are getting worse. You can reach me on {mobile}",
    "Self-referral form: {name}, DOB {birth_date}, NHS number {nhs}, GP {doctor}",
    "not sure if this is the right place. i've had {{SYMPTOM:suicidal thoughts|self-harm|low mood|exhaustion}} for months and i'm scared to see a doctor. can i just call? {phone}",
    "Cancel {weekday}'s session please, I'm sick in bed with {{DIAGNOSIS:covid|the flu|a chest infection|tonsillitis}}. {first}",
    "Our daughter ({age}) has {{DIAGNOSIS:anorexia|bulimia|an eating disorder|binge eating disorder}} and we urgently need CAMHS-level support. Please call {landline}",
    "Insurance claim for {{TREATMENT:CBT|EMDR|DBT|psychotherapy|trauma therapy}} sessions – invoices to {insurer}, my account {iban}",
    "Psychiatrist prescribed {{MEDICATION:sertraline|escitalopram|venlafaxine|mirtazapine|quetiapine|lithium}} and I've got {{SYMPTOM:tremors|nausea|dizziness|weight loss}}. Bring it up in session?",
    "I can't afford {session_count} any more. Could we bill my insurance? Member ID {member_number}, SSN {ssn}",
    "Invoices to my new email please: {email:parenthesised}. {{TREATMENT:couples therapy|group therapy|counselling}} in {month}",
    "Private client, {{DIAGNOSIS:ADHD|bipolar disorder|BPD|social anxiety}} – taking new patients? {email}",
    "Talking therapy for my husband after his {{DIAGNOSIS:heart attack|stroke|cancer}}, he won't ask himself. My cell {phone_us}",
]
PSYCH_CLEAN = [
    "How long is the waiting list now? {waitlist_position} back in {month}",
    "Assessment ({duration}) on {date} at {time}, room {room_number}? Anything to bring?",
    "What does a private session cost? {amount} for {duration}?",
    "Referral code {tss_code} expires {date} – can it be extended?",
    "Do you run groups, {group_meeting}? General enquiry",
]

# ---------------------------------------------------------------- addiction services
ADDICT = [
    "Hi, I'm {age} and I think I have {{DIAGNOSIS:alcohol dependence|alcoholism|alcohol addiction}}. Can I get support anonymously? Text only please: {mobile}",
    "My brother is in {{TREATMENT:detox|medically assisted detox|rehab programme|inpatient treatment}} – how can family help? {email}",
    "{duration} clean, on {{MEDICATION:methadone|buprenorphine|Suboxone|naltrexone}}. Looking for an aftercare group in {city}",
    "{counselling}: I have a {{DIAGNOSIS:gambling addiction}}, debts of {amount}, account {iban} overdrawn. Who helps with debt advice?",
    "My wife has {{DIAGNOSIS:opioid addiction|cocaine addiction|opioid use disorder|cannabis dependence}} and takes pills secretly, {{MEDICATION:Xanax|oxycodone|diazepam|zopiclone|tramadol}} mostly. Please call me: {phone}",
    "Appointment {date} {time} is fine. Keyworker asked for my NHS number: {nhs}",
    "having {{SYMPTOM:cravings|withdrawal symptoms|shaking|insomnia}} again after 3 months. can i drop in today? {first}",
    "Court-ordered program – case {court_file_number}, SSN {ssn}, please confirm attendance to {email}",
]
ADDICT_CLEAN = [
    "When's the family group? {group_meeting}, room {room_number}?",
    "Is the service free? Asking for a friend, we live in {postcode_uk}",
    "Drop-in {opening_hours}? Address {street}",
]

# ---------------------------------------------------------------- care homes
CARE = [
    "Hello {carehome}, Mum ({age}) has {{DIAGNOSIS:dementia|Alzheimer's|Parkinson's disease|vascular dementia}} and {care_level_generic}. Any rooms? Call {mobile}",
    "Dad's medication changed: he's now on {{MEDICATION:apixaban|warfarin|furosemide|ramipril|bisoprolol}} instead of the old pill {{MEDICATION:aspirin|rivaroxaban|atenolol|losartan}}. Room {room_number}",
    "Fees {care_home_fee} – direct debit from {month} from {iban}, account holder {name}",
    "Gran had a fall, hospital suspects {{DIAGNOSIS:broken wrist|cracked rib|concussion|fractured kneecap}}. Why were we only told at {time}?? {phone}",
    "Can I visit {weekday}? My aunt has {{DIAGNOSIS:norovirus|covid|the flu|COVID-19}} on the unit, {visiting_hours}?",
    "Admission paperwork: NHS number {nhs}, NI {nino}, next of kin {name}, mobile {mobile}",
    "Dad's had {{SYMPTOM:loss of appetite|weight loss|swollen ankles|breathlessness}} for days, has the GP been? Room {room_number}, son {first}",
    "Medicaid application for mom – her SSN {ssn}, facility Brookdale, my cell {phone_us}",
    "Please label laundry: {name}, {room_number}. Pressure mattress for her {{DIAGNOSIS:paraplegia|cerebral palsy|multiple sclerosis}} arrived?",
]
CARE_CLEAN = [
    "What are the fees? {care_home_fee}, {care_level_generic}, {bed_count}?",
    "Visiting on bank holidays? {visiting_hours}",
    "Respite care in {month}? {bed_count}, from {date}",
    "Summer fete {date} at {time} – cakes must be labelled {food_allergen_info}",
]

# ---------------------------------------------------------------- midwives, maternity
MIDWIFE = [
    "Hi {midwife}, I've been told I have {{DIAGNOSIS:gestational diabetes|pre-eclampsia|a breech baby|hyperemesis}}. Can I still have a home birth? {mobile}",
    "After the {{TREATMENT:a C-section|an episiotomy|an induction|an epidural}} in hospital I've got {{SYMPTOM:a temperature|pelvic pain|bleeding|chills}}. Can someone visit today? {street} {house_number}",
    "Baby born {date}, all good, but I have {{DIAGNOSIS:mastitis}}. NHS number {nhs}",
    "I think I have {{DIAGNOSIS:postnatal depression|postpartum depression}}, I can't stop crying. Please call: {phone}",
    "Booking the {birth_course} from {date}, partner {name}, email {email}",
    "{{SYMPTOM:contractions|Braxton Hicks|spotting}} every 10 mins since {time}, hospital or wait? 😅",
    "Can I keep taking my {{MEDICATION:folic acid|iron tablets|levothyroxine|vitamin D}} pills while breastfeeding? {first}",
    "Doula invoice {amount}, pay to account {iban}. Client {name}",
]
MIDWIFE_CLEAN = [
    "Spaces left on the {birth_course} on {weekday}? {amount}, {session_count}",
    "When should you book a midwife? General question, we're in {postcode_uk}",
    "Class room {room_number}, {training_slot}? Bring a mat?",
]

# ---------------------------------------------------------------- disability benefits, PIP, Blue Badge
DISAB = [
    "PIP form: conditions {{DIAGNOSIS:fibromyalgia|rheumatoid arthritis|Crohn's disease|multiple sclerosis}} and {{DIAGNOSIS:depression|anxiety|PTSD|hearing loss}}. Ref {case_number}. NI {nino}",
    "Hi {benefits}, mandatory reconsideration: my {{DIAGNOSIS:epilepsy|COPD|heart failure|paraplegia}} wasn't even mentioned in the report. Call {landline}",
    "General question: does {gdb_generic} mean you automatically get the car scheme?",
    "Blue Badge renewal for my son with {{DIAGNOSIS:autism|cerebral palsy|Down syndrome|muscular dystrophy}}. Reg {licence_plate}. Email {email}",
    "SSDI application – SSN {ssn}, diagnosis {{DIAGNOSIS:multiple sclerosis|Parkinson's|schizophrenia|ALS}}, phone {phone_us}",
    "Backdated payment please to my account {iban}, claim ref {case_number}",
    "Access to Work: I have {{DIAGNOSIS:visual impairment|partially sighted|deafness|dyslexia}}, employer {employer}. NI number {nino:spaced}",
    "Disabled Persons Railcard – proof is my PIP letter, I have {{DIAGNOSIS:below-knee amputation|cerebral palsy|lymphoedema}}. {email}",
]
DISAB_CLEAN = [
    "How long is PIP taking at the moment? Applied {date}, ref {case_number}",
    "Does {gdb_generic} apply when travelling abroad? General question",
    "How much is the {railcard_type} with a disability? {amount}?",
]

# ---------------------------------------------------------------- sports clubs
CLUB = [
    "Hi {club}, joining for my son, U11s. Subs by direct debit from {iban}, account {name}",
    "Coach, Jack can't train this week, doctor says he's got {injury} from Saturday's match. Mum {mobile}",
    "Medical form: {{DIAGNOSIS:asthma|asthmatic|hay fever}} – uses {{MEDICATION:Ventolin|salbutamol|blue inhaler}} before training. Emergency contact {phone}",
    "Cancelling membership from {date}, {club_member_id}. Reason: {{DIAGNOSIS:atrial fibrillation|arrhythmia|herniated disc|osteoarthritis}}, doctor says no sport",
    "Subs ({membership_fee}) taken twice from my account {iban:dashes} – refund please",
    "Transfer request, player ID {club_member_id}. Email {email}",
    "hey coach back after {{TREATMENT:ACL surgery|meniscus surgery|shoulder surgery|arthroscopy}}, can i play {weekday}? {league}",
    "Race entry: {name}, DOB {birth_date}, {race_bib}, emergency {mobile}, medical {{DIAGNOSIS:type 1 diabetes|epilepsy|bee sting allergy|asthma}}",
    "Our daughter had {{SYMPTOM:shortness of breath|chest pain|palpitations|dizzy spells}} after training. Please tell the coach she's sitting out until checked. {first}",
    "Little League registration: player {first}, parent cell {phone_us}, card {card} for the {membership_fee}",
]
CLUB_CLEAN = [
    "Training {training_slot} on {court_number}, match {date} at {time}, last week {match_score}",
    "Subs {membership_fee}, is {jersey_number} free?",
    "Minis {league}: {training_slot}, who's driving {weekday}?",
    "Club BBQ {date}, {party_size}, please label salads {food_allergen_info}",
    "{court_number} booked {weekday} from {time}, {league} vs {club}",
]

# ---------------------------------------------------------------- mobile app support
APPSUP = [
    "App crashes on login ({app_version}, {handset_model}). Crash ID {crash_id}. Account email {email}",
    "Can't link my bank, says IBAN {iban} is invalid. {app_build}",
    "App shows the wrong phone number, correct is {mobile}. Username {user_handle}",
    "Your health app synced stuff I didn't want shared – it now says {{DIAGNOSIS:hypertension|type 2 diabetes|sleep apnoea|AFib}} on my profile! Delete it. Account {email}",
    "Logged {{SYMPTOM:headaches|cravings|night sweats|insomnia}} in the diary, export broken. {software_version}",
    "Update card in the app: {card}, expiry {exp}. Says {error_code}",
    "2FA text never arrives, number {phone:spaced}. Device {handset_model}",
    "Subscription via App Store, order {app_order_id}, refund, Apple ID email {email}",
    "Pill reminder stopped working for {{MEDICATION:metformin|levothyroxine|the pill|sertraline|insulin}} since update {app_version}",
    "delete my account pls!! {email:words}",
    "Period tracker lost my data – I'd logged {{DIAGNOSIS:endometriosis|PCOS|fibroids}} notes for a year. {user_handle}, {app_version}",
]
APPSUP_CLEAN = [
    "App {app_version} on {handset_model} freezes at {battery_health}, crash {crash_id}",
    "How do I export my {step_count} and {calories}? {software_version}",
    "Notifications broken since {app_build}, {screen_size}, {error_code}",
    "Dark mode on {handset_model}? App: {app_version}, user {user_handle}",
    "{object_health} after updating to {software_version}, please fix",
]

# ---------------------------------------------------------------- pasted chatbot conversations
BOT = [
    "User: I want to change my bank details\nBot: Sure! Please enter your new IBAN.\nUser: {iban}\nBot: Thanks, we'll verify it.",
    "Bot: What's your account number?\nUser: {customer_number}\nBot: And a phone number we can reach you on?\nUser: {phone}",
    "User: cancel appointment\nBot: Which appointment would you like to cancel?\nUser: {{TREATMENT:physio|physiotherapy|a blood test|an ultrasound}} on {weekday}, I've got {{DIAGNOSIS:covid|the flu|a chest infection|norovirus}}\nBot: Your appointment has been cancelled.",
    "Bot: How can I help?\nUser: need a repeat prescription for {{MEDICATION:levothyroxine|ramipril|metformin|omeprazole|sertraline}}\nBot: I'll pass this to the surgery.",
    "Copied chat:\nUser: card stolen\nBot: Please enter the card number.\nUser: {card}\nBot: Your card is now blocked. {fraud_case}",
    "Bot: Your email address?\nUser: {email}\nBot: We've sent you a link. {bot_session_id}",
    "User: meter reading\nBot: Please enter meter serial and reading.\nUser: {meter_number} {meter_reading}\nBot: Thank you!",
    "Customer: I've got {{SYMPTOM:toothache|a fever|back pain|a cough}}, is this the right place?\nAssistant: For medical advice please call [[service_number:111]].\nCustomer: ok thanks",
    "Bot: To verify, please give your National Insurance number.\nUser: {nino}\nBot: Thanks. Your claim for {tax_year} is being processed.",
    "[{bot_session_id}] User: call me back on {mobile:words} | Bot: Callback scheduled for {time}",
    "Bot: Please confirm the last 4 of your SSN.\nUser: actually the full one is {ssn}\nBot: Thank you, please never share your full SSN in chat.",
]
BOT_CLEAN = [
    "User: where's my parcel\nBot: Tracking number please.\nUser: {tracking_royalmail}\nBot: Expected {date}.",
    "Bot: How can I help?\nUser: invoice {invoice_number} for {amount} is wrong\nBot: Connecting you to an agent. {bot_session_id}",
    "User: is {flight_number} delayed\nBot: Currently {delay}, new {gate}, {terminal}.",
    "Bot: Order {order_number} shipped on {date}.\nUser: which courier\nBot: {tracking_ups}",
    "User: reading {meter_reading}\nBot: And the meter serial?\nUser: {meter_number}\nBot: Thanks, your new {abschlag}.",
]

# ---------------------------------------------------------------- forwarded e-mails and signatures
SIG = [
    "---------- Forwarded message ---------\nPlease call back about invoice {invoice_number}.\n\nKind regards\n{name}\n{company}\nT: {landline}\nF: {landline}\nE: {email}",
    "Quote {quote_number} attached.\n\n--\n{name} | Sales\n{company} · {street} {house_number} · {city} {postcode_uk}\nT {landline} · M {mobile}\n{registered_court} {commercial_register} · VAT {ustid}",
    "Sent from my iPhone\n\n> On {date}, {name} <{email}> wrote:\n> Could you pay to {iban}?",
    "Best,\n{first}\n\n{company}\nDirector: {name}\n{registered_court}, {commercial_register}\nBank: {bank}, IBAN {iban}, BIC {bic}",
    "From: {email}\nSent: {weekday}, {date} {time}\nSubject: RE: sick leave\n\nSigned off until {date}, {{DIAGNOSIS:shingles|pneumonia|a slipped disc|glandular fever}}. Cheers {first}",
    "-- \n{name}\nMSK Physiotherapist\n{street} {house_number}, {city}\nPhone {landline} | {email}\n{opening_hours}",
    "See below.\n\n---- Original ----\nFrom: {company} <{email}>\nYour account: {customer_number}\nPlease pay {amount} to {iban_gb}.",
    "Thanks / Danke\n{name}\nHR Business Partner\nMobile: {mobile}\n{company}, {registered_court}, {commercial_register}",
    "This email is confidential.\n{name} | Chartered Accountant\n{taxadvisor} | Tel {landline} | {email:bracketed}",
    "--\n{name}, MD\n{company}\nCell {phone_us} | Office {landline}",
]
SIG_CLEAN = [
    "Kind regards\nCustomer Service Team\n{company}\n{registered_court}, {commercial_register}\n{opening_hours}\nFreephone {tollfree_number}",
    "-- \nCustomer Care {utility}\n{opening_hours} | Always quote your account number\n{page_number}",
    "Sent from Outlook for Android\n\n> Your order {order_number} of {date} for {amount}",
    "pp Customer Services\n{company} · {street} {house_number} · {city}\n{registered_court} {commercial_register}",
]

# ---------------------------------------------------------------- OCR'd letters
OCR = [
    "N o t i c e  d a t e d  {date}\nDear Ms {last},\nNational Insur ance No: {nino:spaced}\n{letter_reference}  {page_number}",
    "NH S num ber: {nhs}   GP: {doctor}\nDiag nosis: {icd}  {{DIAGNOSIS:sciatica|osteoarthritis|migraine|hypothyroidism}}",
    "PAYMENT REMINDER\nInvoice No . {invoice_number}\nAmount : {amount}\nPlease tran sfer to IBAN : {iban:spaced}\nBIC : {bic}",
    "FIT NOTE\nPatient {name}  DOB {birth_date}\nCondition: {{DIAGNOSIS:whiplash|herniated disc|burnout|depression|long covid}}\nNot fit for work until {date}",
    "A d d r e s s :  {name}, {street} {house_number}, {postcode_uk}\nT e l :  {phone:spaced}",
    "Social Security Statement\nSSN  {ssn:spaced}\nEarnings {tax_year}  {page_number}",
    "Your account number {spaced_ocr_number}\nFrom {month}: {abschlag}\nMeter {meter_number}\nPaid from {iban}",
    "Clinic letter  {date}\nRe: {name}, DOB {birth_date}\nDiag nosis: {{DIAGNOSIS:atrial fibrillation|heart failure|hypertension|hypothyroidism}}\nPlan: {{MEDICATION:bisoprolol|apixaban|ramipril|levothyroxine}} {rx_strength}",
]
OCR_CLEAN = [
    "I n v o i c e  {invoice_number}\nCustomer No. {spaced_ocr_number}\nAmount {amount}  due {date}\n{page_number}",
    "Your ref / Our ref\n{letter_reference}\nDate {date}\nRe: contract {contract_number}",
    "Me ter reading  {meter_reading}\nRead date {date}\nMeter No. {meter_number}",
]

# ---------------------------------------------------------------- pasted forms, several values in one line
FORMS = [
    "Name: {name}\nDOB: {birth_date}\nAddress: {street} {house_number}, {city} {postcode_uk}\nPhone: {phone}\nEmail: {email}\nIBAN: {iban}",
    "Applicant: {name} | NI {nino} | NHS {nhs} | bank {iban} | mob {mobile}",
    "Patient: {name}\nNHS no: {nhs}\nDiagnosis: {{DIAGNOSIS:osteoarthritis|osteoporosis|fibromyalgia|gout}}\nMeds: {{MEDICATION:naproxen|co-codamol|tramadol|allopurinol}} {rx_strength}\nContact: {mobile}",
    "Card {card} expiry {exp} CVC {cvc} cardholder {name}",
    "Refund to: account name {name}, IBAN {iban}, BIC {bic}, reference {invoice_number}",
    "Emergency contacts: Mum {mobile}, Dad {mobile}, Nan {landline}",
    "Candidate details\nName {name}\nEmail {email}\nMobile {mobile}\nNI number {nino}\nBank account {iban}",
    "Child: {first} {last}, {school_class}\nAllergies: {{DIAGNOSIS:peanut allergy|penicillin allergy|bee sting allergy|egg allergy}}\nEmergency meds: {{MEDICATION:EpiPen|cetirizine|Piriton|salbutamol}}\nParent: {name}, {phone}",
    "Claim form: policy {policy_number} / claim {claim_number} / diagnosis {icd} / treatment {{TREATMENT:a cast|stitches|an X-ray|MRI scan|a splint}} / cost {foreign_amount} / bank account {iban}",
    "Employee record: ID {personnel_number}; SSN {ssn}; W-4 filed; health plan {insurer}; direct deposit card {card}",
    "Guest: {name} / passport {reisepass} / DOB {birth_date} / room {room_number} / card {card_mc} exp {exp}",
    "Discharge summary: {name}, {birth_date}, NHS {nhs}, {{DIAGNOSIS:dementia|type 2 diabetes|heart failure|a stroke}}, {{MEDICATION:insulin|furosemide|quetiapine|metformin}}, carer tel {phone}",
    "Tenant {name}, email {email}, mobile {mobile}, meter {meter_reading}, move-in {date}",
    "i {name} dob {birth_date} of {street} {house_number} {postcode_uk} tel {phone} hereby apply",
    "Donor: {name}, {birth_date}, donor no. {donor_number}, last donation {date}, mob {mobile}, email {email}",
    "Registration (Belgium office): rijksregisternummer {nn}, IBAN {iban_be}, tel {phone}",
    "Netherlands payroll: BSN {bsn}, IBAN {iban_nl}, start {date}",
]

# ---------------------------------------------------------------- voice-to-text, code-switching, bare values
LOOSE = [
    "{iban}",
    "{mobile}",
    "{email}",
    "here it is again {iban} thanks",
    "my number is {mobile:words} please call back in the morning if you can",
    "yeah hi so I just wanted to say I can't come in today because I'm sick I've got {{SYMPTOM:a fever|diarrhoea|a headache|dizziness|a temperature}} and yeah my number is {phone} bye",
    "sorry für die späte Antwort, the IBAN is {iban} und der Name ist {name}",
    "can u send it to {email}? ta",
    "{name}\n{iban}\n{bic}",
    "{{DIAGNOSIS:migraine|gastritis|tonsillitis|the flu|bronchitis}} 🤒 wfh today",
    "ok so the card is {card:words} and it expires {exp}",
    "Mob: {mobile} / Home: {landline}",
    "just pay into {iban:lookalike} that's fine",
    "got {{MEDICATION:antibiotics|steroids|amoxicillin|prednisolone|co-codamol}} from the walk-in clinic, feeling better already, see you {weekday}",
    "{nino}",
    "my husband's number {mobile} in case I don't pick up",
    "babe was the landlord's IBAN {iban}? 🤔",
    "point one {name} point two {email} point three {phone} full stop",
    "I've had {{DIAGNOSIS:diabeties|migrane|asthama|excema|athritis|hypothyroidism}} for years and take {{MEDICATION:metformin|sumatriptan|ibuprofin|levothyroxine|amoxicilin}}",
    "card {card} {exp}",
    "email: {email:mixed}",
    "Tel {phone} Email {email} IBAN {iban}",
    "so my NHS number is {nhs} and my GP is {doctor}",
    "SSN {ssn} – sorry, they told me to send it here",
    "{ssn}",
    "passport {reisepass}",
    "NIE {nie}",
    "ICD was {icd} I think",
    "mum has {{DIAGNOSIS:Parkinson's|Alzheimer's|osteoporosis|gout}} and dad has {{DIAGNOSIS:diabetes|high blood pressure|COPD|prostate cancer}} so we need help",
    "yo call me {phone}",
    "{{TREATMENT:chemo|radiotherapy|dialysis}} today, wiped out after, will message tomorrow",
    "DNI {dni}",
    "codice fiscale {cf}",
    "French sécu number {nir}",
    "PESEL {pesel}",
    "{idl}",
    "and for your records: {idl}",
    "hi its me again lol same number {phone} different email now {email}",
    "BSN {bsn} (Dutch)",
    "rijksregisternummer {nn}",
    "gimme a ring on {phone:lookalike} when ur free",
]

# ---------------------------------------------------------------- extra clean messages (look-alike numbers)
CLEAN_MISC = [
    "Order {order_number} from {date}, {amount}, tracking {tracking_royalmail} – where is it?",
    "Account {customer_number}, invoice {invoice_number}, due {date}, {amount}",
    "Version {software_version} on {handset_model}, IP {ip_address}, {error_code}",
    "Meet {date} at {time} at {street} {house_number}, {postcode_uk}",
    "UPS {tracking_ups} says delivered but nothing here. Order {order_amazon}",
    "Contract {contract_number}, {contract_term}, {tariff_name}, {amount} a month",
    "Delivery {quantity}, {weight}, {dimension}, item {article_number}, barcode {ean}",
    "Ticket {ticket_number}: router {router_model}, {speed}, {data_volume} allowance",
    "{percentage} off with {voucher_code} until {date}, min spend {amount}",
    "Quote reference {reference_number}, pay {amount} by {date}",
    "Reg {licence_plate}, {odometer}, MOT {date} {time}",
    "USPS {tracking_usps}, ZIP {zip_us}, order {order_number}",
    "About {case_number} from {date}: status? {amount} outstanding",
    "Delivery in {calendar_week}, delivery note {invoice_number}, {pallet_count}",
    "Our cat has {pet_health}, vet thinks {pet_health}. Policy {policy_number}, bill {amount}",
    "Our dog {pet} has {pet_health} 😢 vet appointment {date} at {time}",
    "{figurative_health} – invoice {invoice_number} for {amount} is wrong again",
    "Honestly {figurative_health}. Waiting since {date} on ticket {ticket_number}",
    "Garden woes: {plant_health} and {plant_health} – garden centre help? Order {order_number}",
    "Watched the show last night, {fiction_health}, wild episode. Anyway sub {abo_number} renews {date}",
    "{object_health}, repair {repair_order}, device {serial_number}",
    "Demo BP monitor in the shop shows {bp_reading_demo}, is it calibrated? Item {article_number}",
    "Watch says {heart_rate} on the test, {step_count} today, {calories} – firmware {software_version}",
    "Reference range in the leaflet: {lab_reference_range}. General question about the device, order {order_number}",
    "Roughly what does {care_level_generic} cost a month? Just info for a leaflet, print run {quantity}",
    "Noise {decibel} in the open-plan office, room {room_number} – facilities ticket {ticket_number}",
    "Leaflet proof: dosage {rx_strength}, batch {batch_number}, {lot_number} – corrections by {date}",
    "Club newsletter: won {match_score} vs {club}, {league}, next game {date}",
    "Moving: {room_count}, {floor_area}, handover {date} {time}",
    "Same phone number as before, just the address is new: {street} {house_number}, {postcode_uk}",
    "Sample IBAN from the manual ({example_iban}) gets rejected by the form – on purpose?",
    "IBAN placeholder {placeholder_iban} in the draft contract, we'll fill it in later. Contract {contract_number}",
    "Card {card_last4} expired, new one coming by post says {bank}",
    "What does {lab_sample_id} on the tube mean? Lab wrote {lab_order_number}",
    "Plan: arrive {date}, check-in {time}, {nights}, {guest_count}, leave {date}",
    "ISBN {isbn} for the reading list, {school_class}, {amount}",
    "Your lottery numbers: {lottery_number} – joking 😄",
    "Helpline {tollfree_number}, have your account {customer_number} ready",
    "Emergency number {service_number} only for emergencies, otherwise {tollfree_number}",
    "Meeting point {gps}, start {time}, {race_distance}",
    "Electric meter {meter_number}, gas {gas_volume}, water {meter_reading}",
    "With code {voucher_code} the course is {amount} instead of {amount}, {session_count}",
    "We're in room {room_number}, {clinic_floor}, wifi {wifi_channel} overloaded",
    "Invalid: {invalid_phone_like} – number incomplete on the form, ask the customer. Ticket {ticket_number}",
    "Test data: SSN {invalid_ssn_like}, NHS {invalid_nhs_like}, IBAN {wrong_checksum_iban} – validator should reject these",
    "Gift card {gift_card_nonluhn}, balance {amount}?",
    "Direct debit mandate {mandate_reference}, creditor ID on invoice {invoice_number}",
    "Fictional numbers for the ad: {fictional_phone_us} and {drama_phone_uk}",
    "Flight {flight_number}, seat {seat_number}, {gate}, boarding {time}, {terminal}",
    "Microchip {pet_microchip}, pet passport {pet_passport}, vet {vet}",
]

# ---------------------------------------------------------------- rarer IDs and ICD codes
EXTRA = [
    "Belgian clinic invoice: rijksregisternummer {nn}, {{TREATMENT:an X-ray|a cast|stitches}} at the hospital, paid {foreign_amount}",
    "Fit note code {icd}, off until {date}. Employee {personnel_number}",
    "Referral letter says {icd:nodot} – is that right? Appointment {date}",
    "The French hospital needs my social security number: {nir}. Claim {claim_number}",
    "Spanish residency: NIE {nie}, and my wife's DNI {dni}. Phone {phone_es}",
    "Polish nanny's PESEL {pesel} for the payroll, start {date}",
    "GP wrote {icd} on the sick note, HR wants to know what it is 🙄",
    "Swiss colleague – AHV {ahv}, salary into {iban_ch}",
    "Dutch BSN {bsn} for my daughter's school enrolment in Utrecht, starts {date}",
    "Insurance code on my claim: {icd}. Policy {policy_number}, bank account {iban}",
    "DNI {dni} – for the Barcelona hotel check-in, booking {hotel_confirmation}",
    "Italian codice fiscale for the clinic in Milan: {cf}, they treated my {{DIAGNOSIS:sprained ankle|ankle sprain|torn ligament}}",
]

# ---------------------------------------------------------------- real values next to health-like negatives
MIXED = [
    "The dog has {pet_health} and I'm in bed with {{DIAGNOSIS:the flu|covid|a chest infection}} – please move the vet appointment, mobile {mobile}",
    "Honestly {figurative_health}. The {amount} taken from {iban} was never agreed!",
    "{figurative_health} – third call about account {iban}",
    "Cat has {pet_health}, vet bill {amount}. Refund to account {iban}, policy {policy_number}",
    "No joke: {object_health}. I need the phone for my {{MEDICATION:insulin|levothyroxine|metformin}} reminders. Call {landline}",
    "Plants in your waiting room have {plant_health} 😅 anyway, {{TREATMENT:physio|physiotherapy|manual therapy}} slot {weekday}? {mobile}",
    "Binge-watched last night, {fiction_health} – and today I've got {{SYMPTOM:a headache|sore throat|runny nose}} myself 🙃 not coming in, {first}",
    "School letter: {generic_health_topic}. Our kid actually has {{DIAGNOSIS:scarlet fever|chickenpox|conjunctivitis}}, mum {mobile}",
    "Menu said {food_allergen_info} but I still got {{SYMPTOM:hives all over|itching|swollen lips}} – I have {{DIAGNOSIS:nut allergy|sesame allergy|egg allergy}}. Refund to {iban}",
    "Horse has {pet_health}, riding lessons off. Refund {amount} to {iban}, cheers {first}",
    "Just asking what {care_level_generic} costs in general – for Mum it's {{DIAGNOSIS:dementia|Parkinson's|vascular dementia}} specifically. Call {phone}",
    "Watch data: {heart_rate}, {step_count}. But since the run I've had {{SYMPTOM:knee pain|muscle cramps|heel pain}}. Any slots? {mobile}",
]

TEMPLATES = (RAIL + RAIL_CLEAN + AIR + AIR_CLEAN + HOTEL + HOTEL_CLEAN + DENTAL + DENTAL_CLEAN + OPTIC
             + OPTIC_CLEAN + PHYSIO + PHYSIO_CLEAN + SCHOOL + SCHOOL_CLEAN + HR + HR_CLEAN + JOB + JOB_CLEAN
             + TAX + TAX_CLEAN + NOTARY + NOTARY_CLEAN + UTIL + UTIL_CLEAN + FRAUD + FRAUD_CLEAN + MARKET
             + MARKET_CLEAN + FOOD + FOOD_CLEAN + TRAVELINS + TRAVELINS_CLEAN + BLOOD + BLOOD_CLEAN + PSYCH
             + PSYCH_CLEAN + ADDICT + ADDICT_CLEAN + CARE + CARE_CLEAN + MIDWIFE + MIDWIFE_CLEAN + DISAB
             + DISAB_CLEAN + CLUB + CLUB_CLEAN + APPSUP + APPSUP_CLEAN + BOT + BOT_CLEAN + SIG + SIG_CLEAN
             + OCR + OCR_CLEAN + FORMS + LOOSE + CLEAN_MISC + EXTRA + MIXED)
