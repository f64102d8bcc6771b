"""English chat templates for blind set 18 (written fresh for this set; see gen.py docstring).

Slots: {value} / {value:form} values, {filler} names and places, {kind} generated negatives,
[[kind:text]] literal negatives, {{TYPE:a|b}} health values from hand-written alternatives.
"""

SCHOOL = [
    "Hi, this is {first}'s mum from {kita}. {first} has had {{SYMPTOM:a temperature|a high fever|diarrhoea|a tummy ache|a chesty cough}} since last night so won't be in today. Call me on {mobile} if you need anything.",
    "Dear {school18}, our daughter has been diagnosed with {{DIAGNOSIS:scarlet fever|chickenpox|hand, foot and mouth|conjunctivitis|an ear infection}}, the GP says she can come back from {date}. Thanks, {name}",
    "Morning all, just a heads up that we've got {{DIAGNOSIS:head lice|nits|norovirus|a stomach bug}} in the house again since {date} 🙈 {first} will be back on {weekday}.",
    "For the registration form: allergies – {{DIAGNOSIS:peanut allergy|a nut allergy|a bee sting allergy|lactose intolerance|coeliac disease}}. Emergency meds: {{MEDICATION:EpiPen|an EpiPen|Piriton|cetirizine}}. Emergency contact (dad): {phone}",
    "Dear Mrs {last}, our son ({school_year}) has {{DIAGNOSIS:ADHD|dyslexia|dyscalculia|autism|dyspraxia}} and takes {{MEDICATION:Ritalin|methylphenidate|Concerta|Elvanse}} in the morning. Could we talk about extra time in exams? My number is {landline}.",
    "Hi, I'd like to pay for school dinners ({kita_fee}) by direct debit from {month}. Sort code and account in the {school_portal}, IBAN if easier: {iban}.",
    "Please refund the residential trip ({excursion_fee}) – {first} couldn't go because of {{DIAGNOSIS:a broken arm|a broken wrist|concussion|a sprained ankle}}. Bank details: {iban}",
    "Hi Miss {last}, did {first} ({school_class}) have {{SYMPTOM:a seizure|a fit|an asthma attack|fainting}} in PE yesterday? Nobody told us, please ring {mobile}",
    "For the trip on {date}: our son needs {{MEDICATION:insulin|NovoRapid|Lantus}} at 12, he's {{DIAGNOSIS:type 1 diabetic|diabetic|a diabetic}}. His {{MEDICATION:insulin pen|insulin pump}} is in his bag.",
    "After-school club {school18}: child {first} {last}, {school_class}, {kita_hours}. Parents' email: {email}",
    "Absence note: {first} is off from {date}, probably for {period}, with {{DIAGNOSIS:the flu|influenza|bronchitis|pneumonia|glandular fever|tonsillitis}}. Kind regards, {name}, tel {phone}",
    "Our old number is still on {school_portal}, new mobile is {mobile:pairs}. Thanks, {firstname_f}",
    "hi all, the little one has {{SYMPTOM:a rash|hives|itching}} all over since {weekday}, doctor thinks {{DIAGNOSIS:chickenpox|eczema|scarlet fever}}, we're staying home this week",
    "Nursery fee refund for the closure days please, to {iban} (Nationwide), amount {amount}. Thanks, {name}",
    "For summer camp ({camp_session}) you'll need his meds: {{MEDICATION:a Ventolin inhaler|Ventolin|salbutamol|Seretide}} for {{DIAGNOSIS:asthma}}, {dosage_schedule}. Mum's email: {email}",
    "Hello Mrs {last}, I'm {firstname_f}, {first}'s speech therapist. He's having {{TREATMENT:speech therapy|speech and language therapy|occupational therapy|early intervention}} – could I observe him in class? My number is {landline}",
    "Our daughter is back at school from {date}, she had {{TREATMENT:a tonsillectomy|grommets|appendectomy}}. Cell {phone_us}",
    "Dinner money ({lunch_account}): please switch to vegetarian (labelled '{food_allergen_info}'), {first} has {{DIAGNOSIS:coeliac disease|celiac disease|lactose intolerance|a nut allergy}}.",
    "{first} ({kita_group}) saw the pediatrician yesterday, code {icd}, note to follow.",
    "Hey! My son's daycare teacher says he has {{SYMPTOM:a temperature|a cough|a rash}}, can he still come to Tiny Steps tomorrow? My cell is {phone_us}",
]

SCHOOL_CLEAN = [
    "Hi, will there be food at the summer fair on {date} labelled '{food_allergen_info}'? Thanks!",
    "When is the next parents' evening for {school_class}? Nothing on {school_portal} yet.",
    "Question for the nursery manager: how many closure days in {school_year}? And are we still on {kita_hours}?",
    "Are you running the [[health_course:first aid course]] for parents again this term? We'd be interested.",
    "Saw [[health_news:measles outbreak closes school]] in the local paper – is it ours? Do we need to do anything?",
    "Reminder: spare clothes and wellies please! Dinner money for {month}: {kita_fee}.",
    "Which documents do you need for the {year} intake? Is the red book enough?",
    "Hi, we're new in {kita_group} 😊 is there a parents' WhatsApp group?",
    "The zoo trip costs {excursion_fee}, please pay by {date}. Meeting at {time} by the main gate.",
    "Is {school_portal} down? Can't log in since {time}, error {error_code}.",
]

AIR = [
    "My suitcase didn't arrive at {airport}. Reference {pir_reference}, bag tag {baggage_tag}. It's {bag_description}. Please call {mobile}.",
    "Hi {airline18}, my {{MEDICATION:insulin pens|blood pressure tablets|thyroid tablets|antidepressants|fertility meds}} are in the lost bag! I need them urgently, flight {flight_number} on {date}. Tel {phone}",
    "I booked wheelchair assistance for my dad (he has {{DIAGNOSIS:Parkinson's|multiple sclerosis|osteoarthritis|heart failure}}), booking ref {booking_code}. Nobody turned up at gate {gate}. Contact: {email}",
    "Please refund the essentials I bought ({interim_expense_limit}) to {iban}. Receipts attached, ref {pir_reference}.",
    "Flight {flight_number} {flight_route} was cancelled and I couldn't move to the next day because of my {{TREATMENT:chemotherapy|chemo|dialysis|radiotherapy}}. Please call back on {mobile}.",
    "Bag finally arrived ({bag_description}) but the wheelchair is broken. Damage photo {file_name}. My number: {phone:uri}",
    "Our son has {{DIAGNOSIS:epilepsy|autism|type 1 diabetes}}, we fly on {date} with {flight_number}. Can we take his {{MEDICATION:Keppra|levetiracetam|insulin}} in hand luggage? Booking {booking_code}",
    "Complaint: seat {seat_number} was broken, ticket {e_ticket_number}. Please refund to card {card}, exp {exp}.",
    "hi, after flight {flight_number} I had such bad {{SYMPTOM:earache|headaches|dizziness|vertigo}} that I had to see a doctor at arrival. Can I claim that back? {email}",
    "Booking {booking_code}, {cabin_class}, {boarding_group}. I have {{DIAGNOSIS:gestational diabetes|pre-eclampsia|DVT}} – do I need a fit-to-fly letter? Call me on {mobile}.",
    "Delayed bag, {baggage_belt}, tag {baggage_tag}. Deliver to {street} {house_number}, {postcode_uk}, {city}. Landline: {landline}",
    "I couldn't fly because of {{DIAGNOSIS:a torn ACL|fractured ankle|ruptured Achilles|broken leg}}. Doctor's note attached, please refund taxes and fees to {iban}. Ticket {e_ticket_number}",
    "Can anyone help? Bag missing for {period}, {pir_reference}. I've only got two days of {{MEDICATION:levothyroxine|ramipril|warfarin|apixaban}} left.",
    "EU261 claim, flight {flight_number} on {date}, {compensation_amount}. Bank: {iban}, BIC {bic}.",
    "I'd like to cash out {travel_voucher}. Account email {email}, booking {booking_code}.",
    "Hi Delta, my mom has {{DIAGNOSIS:sleep apnea|type 1 diabetes}} and travels with her medical equipment – does it count as carry-on? Confirmation {booking_code}, cell {phone_us}",
]

AIR_CLEAN = [
    "Can I bring a 20,000 mAh power bank in hand luggage? Flying {flight_number} tomorrow.",
    "How long does it normally take for a delayed bag to be delivered? I've had {pir_reference} open for {period}.",
    "Is there a quiet room at {airport}? We have a {period} layover.",
    "Can I split {baggage_allowance} across two cases? Booking {booking_code}",
    "My flight {flight_route} is {delay}, am I due compensation yet?",
    "What liquids are allowed in hand luggage? Baby milk too? We're flying {flight_route}.",
    "Does {seat_number} cost extra? I'm in {cabin_class}.",
]

HOTEL = [
    "Booking {hotel_booking} at {hotel18}: we need an accessible room please, my husband has trouble walking since {{DIAGNOSIS:a stroke|a heart attack}}. Call back: {phone}",
    "Card to guarantee {hotel_confirmation}: Visa {card_visa}, expiry {exp}, security code {cvc}. Arriving {date}, {nights}.",
    "Hi, I have {{DIAGNOSIS:dust mite allergy|cat allergy|asthma}} – do you have rooms without carpet? Booking {hotel_booking}, {room_category}.",
    "Please refund the cancellation ({cancellation_deadline}) to {iban}. I ended up in hospital with {{DIAGNOSIS:appendicitis|gallstones|kidney stones|pneumonia}}.",
    "Hello, we're coming with a toddler and {first} has {{DIAGNOSIS:coeliac disease|peanut allergy|lactose intolerance}} – can the kitchen do breakfast labelled '{food_allergen_info}'? Email: {email}",
    "I left a strip of {{MEDICATION:diazepam|lorazepam|zopiclone|tramadol}} in room {room_number} at checkout. Please post to {street} {house_number}, {postcode_uk}. Tel {mobile}",
    "Reservation {hotel_booking} for {guest_count}. Mastercard {card_mc}, valid {exp}. {checkin_window}.",
    "My dad ([[age:79]]) fell at {hotel18}, {{DIAGNOSIS:bruised ribs|a deep cut|a broken wrist|hip fracture}}. We're collecting him early. Invoice to {email} please.",
    "Is there anything in the spa ({spa_package}) I can do with {{DIAGNOSIS:varicose veins|lymphoedema|lipoedema|high blood pressure}}? Room {room_number}",
    "Company booking – invoice to {company}, VAT reg as per our account, contact {name}, {email}.",
    "Hi, checking in tonight, confirmation {hotel_confirmation}. I need a fridge in the room for my {{MEDICATION:insulin|Ozempic|fertility drugs|Humira}}. Cell {phone_us}",
]

HOTEL_CLEAN = [
    "Do you still have a {room_category} for {nights} from {date}? {guest_count}.",
    "Is the pool open during {calendar_week}? We have {hotel_confirmation}.",
    "Is it really {parking_fee}? Or is there anything cheaper nearby?",
    "Does {hotel18} run [[health_course:yoga for tight shoulders]] or similar? Looking at a spa weekend.",
    "Question about {spa_package}: is {checkin_window} possible?",
    "Is breakfast labelled, e.g. '{food_allergen_info}'? Just asking generally, planning a group trip for {party_size}.",
    "We booked {room_rate} but the confirmation shows more. Booking {hotel_booking}",
]

ENERGY = [
    "Meter reading for {date}: {meter_reading}, meter {meter_number}. Account {utility_customer_number}.",
    "Hi {energy}, I want to change my direct debit ({abschlag}) and add new bank details: {iban}. Account holder {name}.",
    "Please add us to the Priority Services Register: my husband uses {{TREATMENT:home ventilation|oxygen therapy}} at night for {{DIAGNOSIS:COPD|sleep apnoea|cystic fibrosis}}, a power cut would be dangerous. Account {contract_number}, tel {phone}",
    "Switching to you, {switch_date}. MPAN {mpan}, previous supplier British Gas. Direct debit from {iban}, {name}.",
    "Hi, my mum ([[age:84]]) has moved into a care home, the account should be in my name now. Account {contract_number}, my email {email}.",
    "Flat {apartment_number} electricity: {meter_reading}. Gas: {gas_volume}. Queries to {landline}",
    "I was in hospital for {period} ({{TREATMENT:bypass surgery|a hip replacement|knee surgery|a stem cell transplant}}), so I missed the meter reading. Please don't estimate! Meter {meter_number}, reading {meter_reading}.",
    "SEG payments ({feed_in_tariff}) to {iban} please. You asked for my NI number: {nino}",
    "Hey, for the oil delivery ({heating_oil_volume}) please use my card: {card}, exp {exp:dashes}, CVV {cvc}. Delivery {delivery_window}.",
    "Con Ed, my daughter is on a {{TREATMENT:home ventilation|oxygen therapy}} machine for {{DIAGNOSIS:cerebral palsy|muscular dystrophy|cystic fibrosis}}, please put a medical hold on the account. Cell {phone_us}",
    "Warm Home Discount application: I get PIP for {{DIAGNOSIS:fibromyalgia|MS|COPD|heart failure}}. NI number {nino}, account {utility_customer_number}.",
]

ENERGY_CLEAN = [
    "What's the unit rate on {tariff_name}? I'm currently paying {price_per_unit}.",
    "We used {kwh_consumption} last year, is that normal for a {room_count}?",
    "Do I still get the {supplier_bonus} if I move within the city?",
    "When is the meter reader coming? I'm out {delivery_window}.",
    "Do you have a hardship fund? General question, I read about [[generic_health_topic:heatwave advice for older people]] in your leaflet.",
    "The {heat_pump_model} shows {error_code}, is that you or the installer?",
    "Is the {billing_period} on my annual statement right? It says {kwh_consumption}.",
]

TAX = [
    "Hi {taxfirm}, here's my paperwork for {uk_tax_year}. UTR in the portal, NI number {nino}. New this year: medical costs for {{DIAGNOSIS:breast cancer|multiple sclerosis|Crohn's disease|Parkinson's}} – roughly {amount}.",
    "For the medical expense deduction: {{TREATMENT:IVF|a dental implant|braces|psychotherapy|LASIK}}, receipts for {amount}. My SSN is {ssn}.",
    "Hi, I went self-employed on {date}. {tax_form} needed? My NI is {nino:spaced}, mobile {mobile}.",
    "Can you claim the disability credit for our son? He has {{DIAGNOSIS:Down syndrome|cerebral palsy|autism|spina bifida}}. His SSN: {ssn}",
    "bank details for the refund: {iban}. {tax_refund} would be amazing 😅 thanks, {first}",
    "Quick question about {tax_form}: my wife was in {{TREATMENT:psychotherapy|CBT|EMDR|counselling}} all year, travel ({commuting_distance}) – deductible? Her SSN is {ssn:dashes}.",
    "Uploaded receipts for {home_office_flat} and {commuting_distance}. Call me on {mobile}.",
    "I'm German but live in the UK – my Steuer-ID for the German return is {steuer_id}, NI {nino}. Pension from Germany, RV-Nummer {rvnr}.",
    "I'll miss {tax_deadline}, I've been signed off for {period} with {{DIAGNOSIS:burnout|depression|a slipped disc|long Covid}}. Can you request an extension? SSN {ssn}",
    "Claiming my mother as a dependent, she's in a care home with {{DIAGNOSIS:dementia|Alzheimer's|vascular dementia}}, fees {care_home_fee}. Her SSN {ssn}, mine {ssn}.",
    "W-2 attached, SSN {ssn}, direct deposit please – routing is on the voided check, acct email {email}.",
]

TAX_CLEAN = [
    "When is the deadline for {uk_tax_year} if I use an accountant? Is it {tax_deadline}?",
    "Can you claim a [[health_course:stop-smoking course]] as an expense? Just generally.",
    "Is {home_office_flat} still right this year? I work {working_hours}.",
    "What do you charge for a return with {tax_form}? Ballpark only.",
    "Got my assessment, {tax_refund}. Does that sound right on {salary}?",
    "What do you need for {tax_form}? I have a receipt from [[health_charity:Cancer Research UK]] for Gift Aid.",
]

HR = [
    "Hi {hr}, here's {hr_document}. NI number {nino}, NHS number {nhs} for occupational health, bank for salary: {iban}.",
    "Calling in sick, probably until {date}. Fit note to follow. Employee no. {personnel_number}.",
    "Hi, I have {{DIAGNOSIS:epilepsy|type 2 diabetes|multiple sclerosis|tinnitus|Crohn's disease}} – do I need to declare it on {hr_document}? Role {job_reference}.",
    "Application for {health_job_title} ({job_reference}) – CV attached. You can reach me on {mobile} or {email}. Salary expectation {salary}.",
    "Hi payroll, my National Insurance number is {nino:spaced} and new address {street} {house_number}, {postcode_uk}.",
    "I need an occupational health referral for my phased return after {{TREATMENT:rehab|chemotherapy|a hip replacement|knee surgery}}. Staff no. {personnel_number}, phone {phone}",
    "Hi, my {payroll_period} payslip is missing {overtime}. Please fix. {name}, cost centre {cost_centre}",
    "For the return-to-work meeting: I was off {period} with {{DIAGNOSIS:depression|anxiety|burnout|a slipped disc|rheumatoid arthritis}}. {interview_slot} would suit.",
    "New bank details for salary from {month}: {iban:middle_dots}. Thanks! {first} (staff no. {personnel_number})",
    "Reasonable adjustments request: because of my {{DIAGNOSIS:hearing loss|tinnitus|macular degeneration|glaucoma}} I'd need captions in Teams. Staff no. {personnel_number}",
    "Hi, for the interview {interview_slot} – could I get the questions in writing beforehand due to {{DIAGNOSIS:autism|ADHD|dyslexia}}? {email}",
    "I-9 docs: passport {reisepass}? no sorry that's my German one – US SSN is {ssn}. Start date {date}.",
    "Hi, attaching confirmation of my {{TREATMENT:IVF|egg collection|embryo transfer|cardiac rehab}} appointments, please don't take them from my leave. Staff number {personnel_number}.",
    "Carer's leave: my mum had {{DIAGNOSIS:a stroke|a heart attack}} and needs help at home, I'd like to drop to {working_hours}. Tel {landline}",
]

HR_CLEAN = [
    "How much leave have I got left? The portal says {vacation_days}, is that right?",
    "Does {notice_period} apply during {probation_period}?",
    "When does the pay rise for {pay_grade} kick in? I started in {year}.",
    "Are you running the [[health_course:a stress management workshop]] again this year?",
    "For {job_reference} as [[health_job_title:staff nurse]] on [[clinic_department:the renal unit]] – is part-time possible?",
    "Can't find {hr_document} on the intranet anymore, can you send the link?",
    "How is the night allowance calculated for {shift_pattern}? I'm on {pay_grade}.",
]

FRAUD = [
    "Help, there are payments to {merchant_descriptor} for {amount} I didn't make! Card {card}, please block it now. Call {mobile}",
    "I clicked a text ({scam_type}) and entered my card on {phishing_url}: {card}, {exp}, CVV {cvc}. What now??",
    "There was {login_location} on my account ({device_name}). Account {iban}. Password changed ({fraud_case}).",
    "My mum ([[age:80]]) fell for {scam_type} and sent {amount} to {iban}. Please call, she has {{DIAGNOSIS:dementia|Alzheimer's}} and doesn't understand. My number {phone}",
    "Card blocked, {card_block_ref}. Please send the new one to {name}, {street} {house_number}, {postcode_uk}. I'm in {{TREATMENT:rehab}} for {period} so can't collect in branch.",
    "Hi {fraudbank}, please reverse the direct debit from {merchant_descriptor}. Account {iban:dashes}.",
    "someone pretending to be from the bank asked for the code {otp_code} and I gave it 😩 account {iban}, tel {mobile}",
    "Chargeback for the payment on {date}, {auth_code}, card ending {card_last4}. Merchant {merchant_descriptor}. Email {email}",
    "I'm in hospital having {{TREATMENT:chemotherapy|dialysis|an angiogram|radiotherapy}} and can't get to a branch. Can my daughter {firstname_f} {last} sort out the fraud case ({fraud_case}) for me? Her number {phone}",
    "Zelle payment I didn't authorize, {amount}. Debit card {card}, SSN for verification {ssn}. Cell {phone_us}",
    "New card arrived but {device_name} is still trusted. Please remove. Customer no. {customer_number}",
]

FRAUD_CLEAN = [
    "How do I know a text from you is genuine? I got one with {phishing_url}.",
    "Is 159 open at weekends?",
    "How long does a chargeback usually take? Case {chargeback_ref}.",
    "Can I turn off overseas payments in the app? Flying to {city} on {date}.",
    "What is {scam_type}? My nan read about it and she's worried.",
    "Why was my payment to {merchant_descriptor} declined? {auth_code}",
]

MARKET = [
    "Hi, is the rollator still available? ({listing_id}, {asking_price}). My nan has {{DIAGNOSIS:osteoarthritis|Parkinson's|osteoporosis}} and needs a light one. Tel {mobile}",
    "Selling a breast pump ({item_condition}), {asking_price}. Interested? {email}",
    "Buyer asked me to click a link and enter card details: card {card} ... I already did 😩 listing {listing_id}, {market18} support please help!",
    "You still haven't released my money for item {ebay_item_number}. Please pay out to {iban}. Username {user_handle}.",
    "Selling unopened {{MEDICATION:Ozempic|insulin|Lantus|Wegovy}} pens after switching meds, {asking_price} ... is that even allowed here? Contact {mobile}",
    "Hi, bought a blood glucose meter ({listing_id}), sent with {tracking_royalmail}. It doesn't work. Refund to PayPal please: {email}",
    "Hey, I've got {{DIAGNOSIS:a nickel allergy|a contact allergy}} – is the jewellery ({listing_id}) really nickel-free? Otherwise I'll pass.",
    "Item {listing_id}, collection from {street} {house_number}, {city}. Ring {last}, mobile {mobile:spaced}",
    "I got scammed on {market18}, paid to account {iban}, {amount}. Reported to Action Fraud, ref {police_report_ref}.",
    "Please close buyer protection case {paypal_case}, item arrived. My account: {email:klammeraffe}",
    "Selling compression stockings {compression_class}, {item_condition}, don't fit after my {{TREATMENT:gastric sleeve|gastric bypass|compression therapy}}. {asking_price}",
    "Venmo me for the crib, {asking_price}. Pickup in Brooklyn, text {phone_us}",
]

MARKET_CLEAN = [
    "Is the pram ({listing_id}) still available? {asking_price} ok?",
    "The {shipping_label_code} won't print, locker says {error_code}.",
    "How long do payouts to my bank account normally take? I sold on {date}.",
    "Selling [[product_health:Operation board game]] ({item_condition}) and [[medical_device_product:a TENS machine]], unused. {asking_price}.",
    "Have you still got [[fiction_health:This Is Going to Hurt]]? {asking_price}?",
    "Can I lower the price after someone's made an offer?",
    "Has parcel {tracking_royalmail} been collected? Stuck since {date}.",
]

FOOD = [
    "Order {delivery_order_id}: I specifically said I have {{DIAGNOSIS:a peanut allergy|a nut allergy|coeliac disease|peanut allergy}} and there were peanuts in the curry. I had to use my {{MEDICATION:EpiPen|Piriton|cetirizine}}. Contact me: {mobile}",
    "Rider didn't deliver {menu_item}, please refund {amount} to the card ending {card_last4}. Email: {email}",
    "mate I've been {{SYMPTOM:vomiting|being sick|throwing up}} since {time} after your food, order {delivery_order_id}, tell the restaurant!!",
    "Paying with a new card from now on: {card_mc}, exp {exp}, security code {cvc}. Same address ({house_number} {street}).",
    "The courier rang but I couldn't get down quickly with my {{DIAGNOSIS:broken leg|hip fracture|sprained wrist}}. Please call next time: {phone:hyphen_words}",
    "Voucher {voucher_code} wasn't applied and I was still charged {delivery_fee}. Account {email}",
    "Food arrived cold, {delivery_eta} instead of 30 min. Refund to {iban} please",
    "DoorDash order {delivery_order_id} – I have {{DIAGNOSIS:celiac disease|a nut allergy}} and the driver brought the wrong bag. Cell {phone_us}",
]

FOOD_CLEAN = [
    "Are dishes labelled '{food_allergen_info}' marked separately? Planning an office lunch.",
    "Where do I see the {delivery_fee} before ordering?",
    "Can I change the {tip_amount} afterwards?",
    "Do you deliver to {postcode_uk}? App says you're {distance}.",
    "Order {delivery_order_id} has been on its way for {delivery_eta}, can I track the rider?",
]

TRANSIT = [
    "Appeal against {fare_evasion_ref}: I had {ticket_product} but couldn't show it because of {{SYMPTOM:a panic attack|fainting|dizziness|a seizure}}. ({inspector_id}). My address: {street} {house_number}, {postcode_uk}.",
    "I have a Disabled Persons Railcard because of {{DIAGNOSIS:epilepsy|multiple sclerosis|cerebral palsy}}. The fine ({penalty_fare}) is wrong ({fare_evasion_ref}). Tel {phone}",
    "Paid the fine ({penalty_fare}) from {iban}. Confirmation to {email} please.",
    "Hi {transit}, my daughter's Zip card failed at {stop_name}. Card {travelcard_number}, DOB {birth_date}.",
    "I was charged twice for {ticket_product}: account {iban:spaced}, customer no. {customer_number}.",
    "I fell getting off at {stop_name} ({{DIAGNOSIS:fractured ankle|a broken wrist|a deep cut|whiplash}}) and the {route_number} just drove off. Please contact me on {mobile}",
    "Refund request for my {month} pass: I couldn't travel after {{TREATMENT:rehab|chemotherapy|a hip replacement|knee surgery}}, note attached. Bank {iban}.",
    "Got a $100 fine on the subway, my son has {{DIAGNOSIS:autism|ADHD}} and panicked at the gate. Citation {pcn_number}, cell {phone_us}",
]

TRANSIT_CLEAN = [
    "Is {ticket_product} valid in {tariff_zone}?",
    "Where do I appeal a penalty fare? Mine says {penalty_fare}, {fare_evasion_ref}.",
    "Does {route_number} run a Sunday service on bank holidays?",
    "The lift at {stop_name} has been broken for {period}, when will it be fixed?",
    "Why is {ticket_product} more expensive now? I paid {amount}.",
]

CLINICBOT = [
    "Booking with {clinicbot}: reason for visit: {symptom}. NHS number {nhs}, mobile {mobile}. Preferred date {date}.",
    "I need a repeat prescription for {med} and {med}. {bot_menu_option}. DOB {birth_date}, name {name}.",
    "Hi, new patient. Past conditions: {diag}, {diag}. Current meds: {med} {rx_strength}. NHS no. {nhs}. Email {email}",
    "the bot doesn't understand me: I NEED AN APPOINTMENT FOR {symptom_en:uppercase}!!! please call {phone} – bot says {waiting_time}",
    "Reason: collect referral for {{TREATMENT:colonoscopy|endoscopy|mammogram|an MRI|physiotherapy}}. {bot_menu_option}. Tel {landline}",
    "Please cancel {appointment_id}, my son has {{DIAGNOSIS:a stomach bug|scarlet fever|chickenpox|an ear infection}}. New slot from {date}.",
    "Can I get my results from {date} ({icd}) by email? {email}. NHS number {nhs:dashes}.",
    "sorry running late, {waiting_time} is too long, I've got {{SYMPTOM:a fever|chills|earache|a sore throat}}, can I switch to a video call? {mobile}",
    "Hi Valley Pediatrics, my daughter needs a refill of {{MEDICATION:albuterol|Vyvanse|Adderall|Zyrtec}} for her {{DIAGNOSIS:asthma|ADHD|hay fever}}. DOB {birth_date}, cell {phone_us}",
    "I was in with {injury}, the bot now wants my NHS number: {nhs}",
    "Repeat prescription: {{MEDICATION:levothyroxine|metformin|bisoprolol|omeprazole|amlodipine}} {rx_strength}, {pack_size}. Collect from surgery. {name}, DOB {birth_date}",
    "Lab results from {date} to my email please: {email:braced}. It's the check-up for {{DIAGNOSIS:Hashimoto's|hypothyroidism|iron deficiency|B12 deficiency}}.",
    "Appointment request: {{SYMPTOM:lower back pain|neck pain|knee pain}} for {period}, NHS {nhs}, free on {weekday}?",
]

CLINICBOT_CLEAN = [
    "Is the surgery open on {weekday} afternoon? {opening_hours}?",
    "The bot says {waiting_time} – is that the same for new patients?",
    "Can I book a travel clinic appointment through the bot? It's about [[generic_health_topic:travel jabs for Thailand]], generally.",
    "The chatbot is stuck on {bot_menu_option}, shows {error_code}.",
    "Where's best to park for the practice on the {clinic_floor}?",
    "Are you taking on new patients? We've just moved to {city}, {postcode_uk}.",
    "Is there step-free access? Only asking because of the buggy.",
]

CAREHOME = [
    "Hello, my mother is in {wing_name}, room {room_number}. She's been on {{MEDICATION:quetiapine|risperidone|lorazepam|diazepam|donepezil}} for {period} and is very drowsy. Can we speak to the GP? {phone}",
    "Please take the fees ({care_home_fee}) from this account from {month}: {iban}, account holder {name}.",
    "Hi {carehome18}, my dad has {{DIAGNOSIS:dementia|Alzheimer's|Parkinson's|vascular dementia}} and wanders at night. Do you have a secure unit with a room from {date}? Contact: {email}",
    "My dad's clothes are labelled ({laundry_number}), his shirts are missing again. Tel {mobile}",
    "Nan had a fall in the home, now {{DIAGNOSIS:hip fracture|broken hip|a broken wrist|broken ribs}}. Who is liable? Her NHS number {nhs}, room {room_number}.",
    "Contract {contract_number}: invoices to me as attorney please, {name}, {street} {house_number}, {postcode_uk}, {email}",
    "Is it normal that mum has had {{SYMPTOM:confusion|hallucinations|a fever|a high temperature}} for days? Nobody rings me back. {phone}",
    "The home says {visiting_hours} but I can only do mornings because of my own {{TREATMENT:dialysis|chemotherapy|radiotherapy}}. Could you make an exception?",
    "For admission you'll need: NHS number {nhs}, NI {nino}. Diagnosis from the discharge letter: {icd}.",
    "Podiatry invoice to {email:uri} please, room {room_number}.",
    "My grandma at Sunnyfields – her Medicare paperwork has the wrong SSN, correct one is {ssn}. She has {{DIAGNOSIS:COPD|heart failure|CKD}}. My cell {phone_us}",
]

CAREHOME_CLEAN = [
    "Any rooms free in {wing_name}? Last time you said {waiting_time}.",
    "Roughly what are the fees at {care_level_generic}? Just planning ahead.",
    "Can dogs visit? Ours is vaccinated, [[pet_health:the puppy's parvo jab]] is in his passport.",
    "Do you have anything like {service_time} in the home on Sundays?",
    "We'd love to help at the summer fete on {date}, what time do you need people?",
    "Do you run info evenings on [[generic_health_topic:living well with dementia]] for families?",
]

OPTIC = [
    "Are my new glasses ({frame_model}) ready? Right eye {lens_spec}, I've got {{DIAGNOSIS:astigmatism|myopia|short-sightedness|cataracts}}. Text me on {mobile}.",
    "Contact lens plan ({lens_subscription}): please take it from my new card, {card_visa}, {exp}.",
    "Hi, my hearing aid ({hearing_aid_model}) keeps whistling. I have {{DIAGNOSIS:hearing loss|tinnitus|Meniere's disease}} and I'm lost without it. Call my daughter: {phone}",
    "Quote for the hearing aids please to {email}. NHS number {nhs}.",
    "Do I need new glasses after {{TREATMENT:cataract surgery|LASIK|laser eye surgery}}? Appointment at {optic18} on {date}.",
    "During the eye test I had {{SYMPTOM:double vision|blurred vision|light sensitivity}}, they told me to see a GP. Can I still use {eye_test_voucher}? {email}",
    "Batteries ({hearing_battery}) to {street} {house_number}, {postcode_uk} please. Pay by direct debit {iban}.",
    "Glasses for my son with {{DIAGNOSIS:a lazy eye|myopia}}, frame {frame_size}. His NHS number {nhs:spaced}",
]

OPTIC_CLEAN = [
    "How much is {eye_test_voucher} with you? And do you do {lens_subscription}?",
    "Do you have {frame_model} in black?",
    "How long do {hearing_battery} batteries last roughly?",
    "Is the {city} branch open Saturdays? {opening_hours}?",
    "Do you do eye tests for learner drivers? I'm on {license_class}.",
]

DENTAL = [
    "Re {hkp_number} for {{TREATMENT:a dental implant|root canal treatment|root canal|wisdom tooth extraction}} on {tooth_number}: {amount}. Can I pay in instalments from {iban}?",
    "Hi, I've had awful {{SYMPTOM:toothache|jaw pain}} since yesterday and my cheek is swollen. Any emergency slots today? {mobile}",
    "We were at {dental18} on {date}, our child has {{DIAGNOSIS:tooth decay|gum disease|a dental abscess}}. Invoice to {email} please.",
    "I'm on {{MEDICATION:warfarin|apixaban|rivaroxaban|aspirin|clopidogrel}}, do I stop before the {{TREATMENT:wisdom tooth extraction|root canal|dental work}}? Appointment {appointment_id}",
    "{{TREATMENT:Invisalign|braces}} ({aligner_stage}), it's really painful. Could you call: {phone}",
    "Pay the {amount} by card please: Mastercard {card_mc}, exp {exp}, security code {cvc}.",
    "I have {{DIAGNOSIS:TMJ disorder|periodontitis|gum disease}}, my night guard snapped. NHS {nhs}, mobile {mobile}, appointment {appointment_id}",
    "Aspen Dental billed my insurance twice, member ID on file, SSN {ssn}. Cell {phone_us}",
]

DENTAL_CLEAN = [
    "How often does the plan cover a scale and polish? Just generally, I'm on {insurance_plan}.",
    "Do you have Saturday appointments? {opening_hours}?",
    "My son's losing his first baby tooth, is that normal at 5? 😊",
    "Can I move {appointment_id} to {date}?",
    "What's the difference between Band 2 and Band 3 treatment? Quote {quote_number}.",
]

KIWU = [
    "Hi {kiwu}, for the {{TREATMENT:IVF cycle|frozen embryo transfer|IVF round}} in {month} you still need our funding letter. My partner's NHS number {nhs}, mine {nhs}.",
    "I started {{MEDICATION:Gonal-f|Menopur|clomid|letrozole}} today and now have {{SYMPTOM:stomach pains|nausea|bloating|a headache}} – is that normal? Please call {mobile}",
    "Invoice for {{TREATMENT:ICSI|IVF|IUI|egg collection|embryo transfer|egg freezing}}: {amount}. Paying by transfer from {iban}, reference {invoice_number}.",
    "Results from {date}: {{DIAGNOSIS:endometriosis|PCOS|blocked fallopian tubes|infertility|low sperm count|fibroids}}. Can I get the letters as PDF to {email}?",
    "We had {{DIAGNOSIS:a miscarriage|two miscarriages}} in {month} and want to start again. {weekday} would suit. Contact {phone}",
    "Trigger shot {{MEDICATION:Ovitrelle|progesterone|Cyclogest}} at {time}? Please confirm, {mobile}",
    "Egg storage fee {amount}: direct debit from {iban:spaced}, mandate {mandate_reference}.",
    "Shady Grove – our insurance needs the CPT codes and my SSN {ssn} on the bill for the {{TREATMENT:IVF|ICSI|egg retrieval}}. Cell {phone_us}",
]

KIWU_CLEAN = [
    "Do you run open evenings, maybe in {calendar_week}? We're just interested in the topic generally.",
    "What does storage cost per year? Only for a talk I'm giving.",
    "Is the clinic open over the summer? {opening_hours}?",
    "Where is the entrance, {clinic_floor}?",
]

CLUB = [
    "Membership form {sportclub}: {name}, DOB {birth_date}, subs ({membership_fee}) from {iban}. Email {email}",
    "Hi coach, {first} can't train for {period}, {{DIAGNOSIS:torn ligaments|a torn muscle|torn meniscus|a torn ACL|broken collarbone}} at the game on {weekday}. He's doing {{TREATMENT:physio|physiotherapy|manual therapy}} now.",
    "Please freeze my membership, I have {{DIAGNOSIS:long Covid|arrhythmia|AFib|pulmonary embolism}} and the cardiologist says no sport. Member no. {club_member_id}",
    "For my competition licence ({player_pass_number}) – I take {{MEDICATION:salbutamol|Ventolin|Ritalin}}, is that on the banned list? {email}",
    "Our son has {{DIAGNOSIS:epilepsy|diabetes|asthma|haemophilia}}, can he still join swim training ({training_slot})? Mum's mobile {mobile}",
    "Cancelling at year end, member no. {club_member_id}. Reason: {{TREATMENT:knee surgery|a hip replacement|knee replacement}} and no more tennis after that. Confirmation to {email}",
    "New bank details for subs ({membership_fee}): {iban}, account holder {name}. Cheers!",
    "At the match on {date} ({match_score}) {first} got {{DIAGNOSIS:concussion|a deep cut|broken nose|broken finger}}. Incident form for the insurer – they asked for his NHS number, it's {nhs}",
]

CLUB_CLEAN = [
    "When are {league} training sessions over half term? {training_slot}?",
    "Any shirts left with {jersey_number}?",
    "How much are family subs? {membership_fee}?",
    "Does the club offer [[health_course:CPR for beginners]] for coaches?",
    "Who's collecting for [[health_charity:Anthony Nolan]] at the fun day?",
    "The game on {weekday} ended {match_score}, is the result right on the app?",
    "Is {court_number} free on Saturday?",
]

CHURCH = [
    "Hi {church}, could you include my sister {firstname_f} in Sunday's prayers, she has {{DIAGNOSIS:cancer|breast cancer|leukaemia|a brain tumour}} and starts {{TREATMENT:chemotherapy|chemo|radiotherapy}}. Thank you, {name}",
    "Baptism for our son on {date} at {parish_name}. Please call about godparents: {phone}",
    "Home communion for my dad please, he has {{DIAGNOSIS:Parkinson's|dementia|heart failure|COPD}} and can't get out anymore. Address {street} {house_number}, tel {landline}",
    "Donation ({amount}) for the roof appeal, Gift Aid declaration to {email}. Transfer came from {iban}.",
    "Funeral planning: mum died of {{DIAGNOSIS:pancreatic cancer|lung cancer|heart attack|stroke|sepsis}}. Service on {weekday} if possible, {hymn_number}. My mobile {mobile}",
    "Hi Father, my husband is in hospital after {{DIAGNOSIS:a heart attack|a stroke}}, could someone visit? Ward {ward}. Cell {phone_us}",
]

CHURCH_CLEAN = [
    "Is {service_time} on Christmas Eve too? Is there a crib service?",
    "Is the parish office open over the holidays? {opening_hours}",
    "We'd like {hymn_number} at the wedding, is that in the hymn book?",
    "Is this Sunday's collection for [[health_charity:Marie Curie]]?",
    "Can non-parishioners get married at {parish_name}?",
]

LIBRARY = [
    "My library card {library_card_number} has expired. New address: {street} {house_number}, {postcode_uk}. Email {email}",
    "Could the overdue fine ({overdue_fee}) be waived? I was in hospital for {period} with {{DIAGNOSIS:pneumonia|a heart attack|a stroke|sepsis}}.",
    "I have {{DIAGNOSIS:macular degeneration|glaucoma|cataracts}} and can hardly read now. Are there audiobooks on {ebook_platform}? Card {library_card_number}, tel {landline}",
    "Please renew my son's books ({loan_period}), he has {{DIAGNOSIS:dyslexia|ADHD|dyspraxia}} and reads slowly. Card {library_card_number}.",
    "Pay my library fine ({overdue_fee}) by card: {card}, exp {exp}.",
    "Interlibrary loan: {isbn}. Notify me at {mobile}.",
]

LIBRARY_CLEAN = [
    "Do you have [[fiction_health:The Plague]] by Camus as an audiobook? {shelf_mark}",
    "Where are the books at {shelf_mark}? The catalogue says stack.",
    "Is {ebook_platform} down? Can't borrow, {error_code}.",
    "Does the library have books on [[generic_health_topic:healthy eating for kids]]? Looking for a parents' evening.",
    "When is the library open between Christmas and New Year? I need to return {isbn}.",
    "Can I reserve {isbn}? I'm {waitlist_position}.",
    "Have you got [[fiction_health:Call the Midwife]] on DVD? Or [[fiction_health:Grey's Anatomy]]?",
]

CITY = [
    "Blue Badge application: conditions {diag} and {diag}. Please send the decision to {email}, tel {phone}",
    "Disabled parking bay for my husband ({{DIAGNOSIS:multiple sclerosis|Parkinson's|heart failure|COPD}}). Reg {licence_plate}, NI {nino}.",
    "Change of address: {street} {house_number}, {postcode_uk}, {city}. Council tax account {customer_number}, NI {nino}.",
    "Dog licence for {pet} ({dog_tax_tag}), pay from {iban}.",
    "Residents' permit {parking_zone}, reg {licence_plate}. Paid {amount} from {iban}.",
    "Registry office: death certificate for my father, cause on the certificate {icd}. {death_certificate_count}, invoice to {email}.",
    "Re {building_permit_ref} – contact me on {mobile}. The ramp is for our son's {{DIAGNOSIS:cerebral palsy|muscular dystrophy|spina bifida}}.",
    "DMV says my handicap placard renewal needs a doctor's form for {{DIAGNOSIS:COPD|multiple sclerosis|arthritis}}. SSN {ssn}, cell {phone_us}",
]

CITY_CLEAN = [
    "What do I need for a new passport? Appointment on {date}.",
    "Is the town hall open on {weekday}? {opening_hours}?",
    "How much is a residents' permit for {parking_zone}?",
    "What time does {bin_size} need to be out? {collection_day}?",
    "Is there a defibrillator at the town hall? We're organising [[health_course:CPR for beginners]] for local clubs.",
    "Who deals with {building_permit_ref}?",
    "When is bulky waste collection for {postcode_uk}?",
]

WATER = [
    "Water meter reading: {meter_reading}, meter {meter_number}, account {utility_customer_number}. Queries {landline}",
    "Can we get an extra bin for care waste, my wife has {{DIAGNOSIS:incontinence|dementia|MS}}. Address {street} {house_number}, {postcode_uk}.",
    "How do I get rid of used {{MEDICATION:insulin pens|clexane injections|fertility drugs}} needles – can they go in {bin_size}? My number {mobile}",
    "Please take water charges from my new account: {iban}, property {street} {house_number}.",
    "The bill ({amount}) is too high, we were away {period} for {{TREATMENT:rehab|chemotherapy|dialysis}}. Account {utility_customer_number}",
    "Thames Water, I'm on {{TREATMENT:dialysis|home ventilation|oxygen therapy}} at home – please register me for priority alerts. Account {utility_customer_number}, tel {phone}",
]

WATER_CLEAN = [
    "{collection_day} – does that include {bin_size}?",
    "Why is the water so hard in {postcode_uk}?",
    "When is the meter being replaced? {meter_number}",
    "Is there a drop-off for old medicines? Just generally, what to do with expired tablets.",
    "Can leaves with [[plant_health:black spot]] go in the green bin?",
]

CRYPTO = [
    "KYC stuck: uploaded passport {reisepass}, NI number {nino}. {kyc_tier}. Email {email}",
    "Withdrawal of {crypto_amount} to {iban} missing since {date}. ({exchange_uid})",
    "Sent to {wallet_address} ({chain_network}), never arrived. TX {tx_hash}. Please contact {mobile}",
    "Account hacked, {login_location}. {crypto_amount} gone. Reported, tel {phone}",
    "For verification: SSN {ssn}, driver's license on file. Withdraw to my Chase account, cell {phone_us}",
    "Close my account and send the balance to {iban}. {withdrawal_fee} is fine.",
]

CRYPTO_CLEAN = [
    "Is {chain_network} cheaper than sending on the Bitcoin network itself?",
    "How long does a GBP withdrawal take? Requested on {date}.",
    "Why is {withdrawal_fee} so high?",
    "I see a {kyc_tier} notice on {exchange_uid}, what do I do?",
    "How is {crypto_amount} taxed? Asking generally.",
]

TRAVELINS = [
    "Claim: I was at {hospital_abroad} with {{DIAGNOSIS:appendicitis|pneumonia|kidney stones|gastroenteritis|a chest infection}}. Bill {foreign_amount}. Refund to {iban}, policy {policy_number}.",
    "Emergency! My wife is in {hospital_abroad}, suspected {{DIAGNOSIS:heart attack|stroke|pulmonary embolism|DVT}}. Please arrange repatriation. Case {assistance_case}, I'm on {phone}",
    "Cancellation claim: I couldn't travel because of {{DIAGNOSIS:a slipped disc|shingles|glandular fever|long Covid}}. GP letter dated {date}. Booking {booking_code}, bank {iban}.",
    "Pre-existing {{DIAGNOSIS:type 2 diabetes|high blood pressure|AFib|COPD}} – am I still covered ({coverage_limit})? Policy {policy_number}. Email {email}",
    "Hi {travelins18}, our son got {{DIAGNOSIS:a broken arm|a torn ACL|dislocated shoulder|broken collarbone}} skiing, treatment {foreign_amount}. Claim no. {claim_number}",
    "For the pharmacy refund ({{MEDICATION:antibiotics|amoxicillin|Imodium|Dioralyte}}) on holiday: receipt attached, bank {iban:words}.",
    "I'm in Cancún, got {{SYMPTOM:a high fever|diarrhea|vomiting}} and the clinic wants $900 upfront. Policy {policy_number}, cell {phone_us}",
]

TRAVELINS_CLEAN = [
    "Does the policy cover trips of {period} in one go?",
    "What does {coverage_limit} mean exactly?",
    "Do I pay extra for [[generic_health_topic:travel jabs for Thailand]]?",
    "Is skiing covered on {insurance_plan}?",
    "How long do I have to submit bills from abroad? Policy {policy_number}.",
]

GARAGE = [
    "Car {licence_plate} in for {service_interval}, {inspection_due}. Call {mobile}, pickup after {time}.",
    "Quote {quote_number} for {part_description} is fine. Pay by card: {card}, exp {exp}.",
    "After {{DIAGNOSIS:a stroke|a heart attack}} I need a push-pull hand control fitted. VIN {vin}, tel {phone}",
    "Invoice for job {repair_order} to {company} please, FAO {name}.",
    "Hi {garage}, [[object_health:engine diagnostics]] came back with {error_code}. Can I still drive it? I need to get to {{TREATMENT:dialysis|chemo|radiotherapy|physio}} tomorrow. Mobile {mobile}",
    "Courtesy car please, I'm not fit to drive anyway with {{DIAGNOSIS:whiplash|bruised ribs|dislocated shoulder}} after the rear-end. Claim {claim_number}, {licence_plate}.",
    "Tyres {tyre_spec}, {licence_plate}. Transfer from {iban:dots}",
    "Hey Jiffy Lube, oil change booked {date}, I pay with Visa {card_visa} exp {exp}, CVV {cvc}",
]

GARAGE_CLEAN = [
    "[[object_health:the car's symptoms]]: judders when cold, {odometer}. What could it be?",
    "Roughly how much is {service_interval}? {engine_spec}",
    "Do you stock {oil_spec}? How much for an oil change?",
    "When will my car be ready? ({repair_order})",
    "Is [[object_health:the battery is dead]] covered by warranty? Car is {first_registration}.",
    "Do you do MOTs on Saturdays? Mine: {inspection_due}.",
    "{part_description} – genuine or pattern? ({repair_order})",
]

SANI = [
    "Prescription for compression stockings {compression_class} for {{DIAGNOSIS:lipoedema|lymphoedema|varicose veins|DVT}}. NHS {nhs}, {shoe_size}. Please book a fitting, {mobile}",
    "Rollator repair, {aid_product_code}. Mum has {{DIAGNOSIS:Parkinson's|osteoporosis|osteoarthritis|multiple sclerosis}}. Collect from {street} {house_number}. Tel {landline}",
    "Insoles for {{DIAGNOSIS:plantar fasciitis|bunions|flat feet}}, prescription attached. Pay {amount} from {iban}.",
    "{{TREATMENT:stoma care}} supplies: usual delivery please, NHS number {nhs}, address {street} {house_number}, {postcode_uk}.",
    "Ordering a personal alarm for my dad, {alarm_device}. He has {{DIAGNOSIS:heart failure|epilepsy|dementia|AFib}} and lives alone. Key safe code {key_safe_code}. Daughter's contact {phone}",
    "{alarmservice}: dad fell, the alarm went off, he now has {{DIAGNOSIS:hip fracture|broken ribs|a deep cut}}. Please change the emergency contact to {mobile}.",
    "Hospital bed rental: direct debit from {iban}, customer no. {customer_number}.",
    "Medical Guardian – my mom's pendant keeps false alarming. She has {{DIAGNOSIS:Parkinson's|dementia}}. Account {customer_number}, my cell {phone_us}",
]

SANI_CLEAN = [
    "Do you sell [[medical_device_product:a massage gun]] without prescription?",
    "How much is a personal alarm per month? Is it cheaper at {care_level_generic}?",
    "Have you got sports supports in stock? Size {clothing_size}.",
    "Saturday opening hours? {opening_hours}",
    "What's the difference between {compression_class} and class 1?",
]

FAMILY = [
    "Child Benefit claim for our second, my NI number {nino}, partner's {nino}. Bank {iban}.",
    "Shared parental leave: {parental_leave}. My partner was off with {{DIAGNOSIS:postnatal depression|depression|burnout}} for months, does that extend anything? Email {email}",
    "Child Benefit past 20 because of disability ({{DIAGNOSIS:autism|Down syndrome|epilepsy|schizophrenia}}). Ref on the letter, NI {nino}, bank {iban}.",
    "New bank details for Child Benefit: {iban}.",
    "Baby born at 30 weeks, still in NICU with {{DIAGNOSIS:jaundice|a heart defect|bronchiolitis}}. Does that change Tax-Free Childcare? Tel {mobile}",
]

FAMILY_CLEAN = [
    "How long is the Child Benefit backlog at the moment? Sent ours on {date}.",
    "Can I change {parental_leave} afterwards?",
    "Does {salary} affect Child Benefit? General question.",
    "Where's the form for Tax-Free Childcare? The page shows {error_code}.",
]

DRIVE = [
    "Signing up with {drivingschool}: {license_class}, eye test done. I have {{DIAGNOSIS:epilepsy|diabetes|type 1 diabetes|ADHD}} – is that a problem? Mobile {mobile}",
    "Cancelling lessons: {lesson_count} booked, I've got {{DIAGNOSIS:a broken arm|a broken wrist|broken collarbone}} and I'm in {{TREATMENT:a cast|a plaster cast}} for {period}. Credit to {iban} please.",
    "Music lessons: my son has {{DIAGNOSIS:asthma|tinnitus|hearing loss}}, is a wind instrument ok? Slot would be {lesson_slot}. Email {email}",
    "Returning {instrument_rental}, deposit to {iban} please.",
    "Move on {date}, {move_volume}, {floor_access}. I can't lift anything after my {{TREATMENT:hip surgery|knee surgery|gastric bypass}}. Call {phone}",
    "Cleaner {cleaning_interval}, pay from {iban}. No scented products please, I have {{DIAGNOSIS:asthma|eczema|psoriasis}}.",
    "Camp {camp}: {first} needs {{MEDICATION:Elvanse|Concerta|lamotrigine|levetiracetam}} in the evening, {dosage_schedule}. Emergency number {mobile}",
]

DRIVE_CLEAN = [
    "How much are {lesson_count} with you?",
    "Do you do a [[health_course:first aid course]] for new drivers?",
    "When is the next theory session? {weekday}?",
    "Any places left in {camp_session}?",
    "How many boxes for a {room_count}? {move_volume}?",
    "Do you bring your own products? {cleaning_interval}.",
]

MISC = [
    "{iban}",
    "{mobile}",
    "IBAN: {iban}",
    "my number {phone}",
    "{email}",
    "Email again: {email}",
    "NI {nino}",
    "{idl}",
    "{idl} – is that enough?",
    "card number {card}",
    "diagnosis code {icd}",
    "NHS no {nhs}",
    "mob: {mobile:pairs}",
    "tel {phone:middle_dots}",
    "> Please send your bank details.\nSure: {iban}",
    "> What's the best number to call you on?\n{phone}, ideally after {time}",
    "Name,IBAN,Amount\n{name},{iban},{amount}",
    "Child | Allergy | Emergency\n{first} | {{DIAGNOSIS:peanut allergy|a bee sting allergy|penicillin allergy}} | {mobile}",
    "voice note ({voice_note_length}): hi it's {first} just to say I won't make it today because of my {{DIAGNOSIS:migraine|shingles|cystitis|tonsillitis}} call me back {mobile}",
    "not sure this is the right place but my email is {email:klammeraffe}",
    "email: {email:uri}",
    "ring me: {phone:uri}",
    "{name}\n{street} {house_number}\n{city} {postcode_uk}\nTel {landline}\n{email}",
    "Kind regards\n{name}\n{company}\nM {mobile} | {email}\n{registered_court}",
    "Sending everything again for {case_number}: IBAN {iban}, NI {nino}, mobile {mobile}.",
    "Please call back, it's urgent. {phone}",
    "visa {card_visa} exp {exp} cvv {cvc} amount {amount}",
    "oh and {first} has {diag}, just so you know",
    "Meds: {med} {dosage_schedule}, {med}, {med}",
    "Conditions: {diag}; allergies: {{DIAGNOSIS:penicillin allergy|hay fever|a nut allergy}}",
    "Symptoms for {period}: {symptom}, {symptom}",
    "Treatment planned: {treat} on {date}",
    "SSN {ssn}",
    "social security number: {ssn:hyphen_words}",
    "BSN {bsn}",
    "DNI {dni}",
    "CVV is {cvc:words}",
    "security code: {cvc:hyphen_words}",
    "IBAN {iban:pairs}",
    "the number is {mobile:hyphen_words}",
    "{phone:words}",
    "passport no. {reisepass}",
    "codice fiscale {cf}",
    "PESEL {pesel}",
    "numéro de sécu {nir}",
    "BIC: {bic}",
    "day {landline}, evening {mobile}",
    "I've got {{DIAGNOSIS:migraine|tinnitus}}, please keep it short 🙈",
    "my cell is {phone_us}, text is best",
    "call me at {phone_us:dots}",
]

MISC_CLEAN = [
    "Thanks!",
    "Ok, fine. See you {weekday} at {time} then.",
    "Brilliant, thanks for the quick help 👍",
    "Hello? Anyone there? Been waiting since {time}.",
    "What are your opening hours over the holidays?",
    "Can I send it by post instead? Which address, {postcode_uk}?",
    "Invoice {invoice_number} is paid, right?",
    "Where do I find my customer number? Invoice {invoice_number} only has an order number.",
    "I didn't get the link, can you resend it?",
    "My password doesn't work anymore, {error_code}",
    "Order {order_number} still hasn't arrived",
    "That link {phishing_url} looks dodgy, is it yours?",
    "Honestly [[figurative_health:this form is giving me a migraine]], why so complicated?",
    "The bill [[figurative_health:nearly gave me a heart attack]] 😂 {amount}?!",
    "Your hold music – [[figurative_health:it's driving me insane]].",
    "I'm [[figurative_health:sick and tired]] of chasing this, please just confirm the cancellation.",
    "[[figurative_health:I'm allergic to paperwork]] so please can we do this by phone?",
    "My laptop has [[object_health:a virus]], that's why the email bounced.",
    "Our cat has {pet_health}, that's why I was at the vet and missed your call.",
    "The dog's on [[vet_medication:Apoquel]] from the vet, I can't claim that from you, can I?",
    "The roses have {plant_health}, anything organic at the garden centre?",
    "Have you got any [[product_health:Panic! at the Disco tickets]] left?",
    "Looking for [[fiction_health:The English Patient]] in paperback.",
    "Just read [[health_news:shortage of ADHD medication reported]] – does that affect you?",
    "We're donating to [[health_charity:Asthma + Lung UK]] this year, how do I get a receipt?",
    "Can I order the leaflet on {generic_health_topic}?",
    "My tracker says {step_count} and {heart_rate} on my run but the app shows nothing.",
    "Group, note {date}: [[health_course:baby swimming]] is cancelled.",
    "I applied as [[health_job_title:care assistant]], any news? {job_reference}",
    "Looking for snacks labelled '{food_allergen_info}' for a kids' party.",
    "y'all still open on Memorial Day? need to return a [[medical_device_product:pulse oximeter]] I bought as a gift",
]

TEMPLATES = (SCHOOL + SCHOOL_CLEAN + AIR + AIR_CLEAN + HOTEL + HOTEL_CLEAN + ENERGY + ENERGY_CLEAN + TAX
             + TAX_CLEAN + HR + HR_CLEAN + FRAUD + FRAUD_CLEAN + MARKET + MARKET_CLEAN + FOOD + FOOD_CLEAN
             + TRANSIT + TRANSIT_CLEAN + CLINICBOT + CLINICBOT_CLEAN + CAREHOME + CAREHOME_CLEAN + OPTIC
             + OPTIC_CLEAN + DENTAL + DENTAL_CLEAN + KIWU + KIWU_CLEAN + CLUB + CLUB_CLEAN + CHURCH
             + CHURCH_CLEAN + LIBRARY + LIBRARY_CLEAN + CITY + CITY_CLEAN + WATER + WATER_CLEAN + CRYPTO
             + CRYPTO_CLEAN + TRAVELINS + TRAVELINS_CLEAN + GARAGE + GARAGE_CLEAN + SANI + SANI_CLEAN
             + FAMILY + FAMILY_CLEAN + DRIVE + DRIVE_CLEAN + MISC + MISC_CLEAN)

# cross-border paperwork inside the scenarios above (rarer ID types), more negatives
CROSS = [
    "Belgian national number for the payroll file: {nn}, start date {date}.",
    "DNI {dni} – the hotel in Seville asked for it at check-in, booking {hotel_booking}.",
    "New starter at the {city} warehouse is from Poland, PESEL {pesel}, NI number applied for. Start {date}, {shift_pattern}. Pay into {iban}.",
    "Payroll for our Italian colleague: codice fiscale {cf}, NI {nino}, start date {date}.",
    "The hotel in Spain wants my husband's NIE for check-in: {nie}. Booking {hotel_booking}, arriving {time}.",
    "Cross-border worker in Belgium: national number {nn}, UK UTR on file, please include both in the {uk_tax_year} return.",
    "Moving from the Netherlands to {city}. My daughter's BSN {bsn}, nursery registration for {kita_group}, starting {month}.",
    "My wife's French social security number is {nir}, she works in Lille and we live in Kent. NHS number here {nhs}.",
    "Travel insurance: accident in Tenerife, the hospital wants my DNI? I only have my passport {reisepass}. Case {assistance_case}.",
    "Dutch BSN {bsn:spaced} – does the GP in Amsterdam need it? Appointment {appointment_id} for {{SYMPTOM:a sore throat|a cough|a fever}}.",
    "Direct debit from my Irish account: {iban_ie}, BIC {bic}, amount {amount}.",
    "The landlord in Luxembourg wants the deposit sent to {iban_lu}, is that legit? Listing {listing_id}.",
    "Mum has a Spanish DNI ({dni}) and is in hospital in Malaga after {{DIAGNOSIS:a stroke|a heart attack|hip fracture}}. Does her EHIC cover it? Tel {phone_es}",
    "Accountant for expats: German VAT ID {ustid}, turnover {uk_tax_year} about {amount}.",
    "KYC: Italian resident, codice fiscale {cf}, passport {reisepass}, {kyc_tier}.",
    "The school needs {first}'s PESEL for the exchange trip to Krakow? It's {pesel}. Cost {excursion_fee}.",
    "Swiss AHV number {ahv} for the pension transfer, plus my NI {nino}. Pot {pension_pot}.",
    "Spanish NIE for the holiday flat in Alicante: {nie}, council tax {amount}. Contact {email}",
    "Switching banks: old IBAN {iban}, new IBAN {iban}, from {date}. Please move the standing order (rent {rent_amount}).",
    "Hi, {name} from {company} here, we're cancelling the group booking {hotel_booking} ({guest_count}). Refund to {iban}, BIC {bic}.",
    "Cancelling my membership as we're moving to {city}, member no. {club_member_id}, last payment {month}. Refund IBAN {iban}.",
    "Meter exchange on {date}: old reading {meter_reading}, new meter {meter_number}. Engineer came at {time}. Call back {landline}",
    "Bulky waste collection {date}, address {street} {house_number}, {postcode_uk}. {quantity}, mobile {mobile}",
    "Paying invoice {invoice_number} ({amount}) by credit card: {card}, expiry {exp}, CVC {cvc}.",
    "Hi {garage}, car {licence_plate}, {odometer}, {inspection_due}. Please book me in before {date}. Mobile {mobile}",
    "Looking for a place at {kita} from {month}, {kita_hours}. Parents: {name}, {email}, {mobile}",
    "Belgian rijksregisternummer {nn} on the hire form – do you really need it for {lesson_count}? Email {email}",
    "My French NIR is {nir:spaced}, the clinic in Lyon billed {foreign_amount} for {{TREATMENT:stitches|a plaster cast|MRI scan}}. Claim {claim_number}",
]
TEMPLATES = TEMPLATES + CROSS
