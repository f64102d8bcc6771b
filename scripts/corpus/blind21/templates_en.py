"""English chat templates for blind set 21 (written fresh for this set).

Slot syntax: see gen.py ({slot}, {slot:form}, [[kind:text]], {{TYPE:a|b}}).
"""

TEMPLATES = [
    # ------------------------------------------------------------------ online pharmacy / e-prescriptions
    "hi, my repeat for {med} ({pack_size}) has been stuck on {erezept_status} for 3 days?? order {pharmacy_order_ref}. I've only got "
    "[[blister_count:one strip left]]. please call me on {mobile}",
    "I've got {{DIAGNOSIS:type 1 diabetes|diabetes}} and my {{MEDICATION:NovoRapid|Lantus|Humalog|insulin pens}} arrived warm, the {temp_logger}. Replacement please, order {pharmacy_order_ref}",
    "I have an exemption certificate ({reference_number}) so I shouldn't pay {rx_copay}, please stop taking it from {iban}",
    "paying for order {pharmacy_order_ref} ({amount}) by card instead: {card}, exp {exp}, CVV {cvc}. It's my usual order, needs to come {pharmacy_delivery_slot}",
    "Hello comma do you have {{MEDICATION:Elvanse|Concerta|methylphenidate|Ritalin}} in stock for my son full stop he has {{DIAGNOSIS:ADHD|ADD}} "
    "full stop call back on {phone:pair_words} [[dictation_artifact:new line]] thanks",
    "my {{MEDICATION:Microgynon|Cerazette}} came in a see-through bag?? order {pharmacy_order_ref}, {shipping_option}. Discreet packaging please, "
    "contact {email}",
    "They refused my {{MEDICATION:oxycodone|tramadol|codeine|fentanyl patches}} script ({rx_number}) because it's controlled but I need it after "
    "{{TREATMENT:spinal surgery|a hip replacement|knee surgery|shoulder surgery}}. Tel {phone:area_code_then}",
    "Rx number {rx_number} not found, it's for {med} ({pack_size}). Reach me on {landline}, what are your {opening_hours}?",
    "Hi, Mum needs {{MEDICATION:warfarin|apixaban|rivaroxaban|Eliquis}} delivered, "
    "{pharmacy_delivery_slot}. Her number {phone_gb:json_escaped} (that's how your form showed it) – is there a {delivery_fee}?",
    "hey, I'm {{DIAGNOSIS:pregnant|12 weeks pregnant}} and wondering if I can still take {{MEDICATION:ibuprofen|naproxen|co-codamol}}, "
    "my GP is off till {date}. Reply to {email:char_spaced}",
    "Ordered {{MEDICATION:Wegovy|Mounjaro|Ozempic}} from your online doctor, {amount}. Card {card:pipes}. Delivery to "
    "{locker_location}, {locker_door}",
    "Your US site wants my SSN for the {{MEDICATION:Adderall|Vyvanse|Xanax}} refill?? {ssn} – is that normal for a pharmacy, {rx_number}",
    "Wrong item: instead of my {{MEDICATION:levothyroxine|sertraline|omeprazole}} I got something else ({ean}). I need it by {weekday}, {delivery_window}. Tel {mobile:en_dashes}",

    # ------------------------------------------------------------------ telehealth chatbot
    "Bot: What brings you in today? ({bot_question_counter})\nMe: {symptom} for 3 days, and this morning "
    "{{SYMPTOM:throwing up|been throwing up|puking}}\nBot: {bot_triage_level}. Please enter your NHS number.\nNHS number: {nhs:glued_label}",
    "The symptom checker says {bot_triage_level} but I've got {{SYMPTOM:chest pain|tightness in my chest|shortness of breath|palpitations}} "
    "and I'm on {{MEDICATION:warfarin|apixaban|Eliquis}} – should I really wait {waiting_time}??",
    "Video consult at {time} failed, {error_code}. I get {{DIAGNOSIS:migraines|migraine}} and need a repeat of {{MEDICATION:sumatriptan|topiramate|propranolol}}. Consult {telemed_consult_id}",
    "My fit note says {{ICD10:F32.1|F41.1|F43.21}}, is that right? I was off with {{DIAGNOSIS:depression|anxiety|burnout|an adjustment disorder}}, "
    "{period}. {page_number}",
    "The bot asked for my history: {diag}. Meds: {med}. Allergies: {{DIAGNOSIS:a penicillin allergy|a nut allergy|a bee sting allergy}}. "
    "{bot_question_counter}",
    "For {period} my 4yo has had {{SYMPTOM:a high temperature|fever|earache|a rash}}, your chatbot wants a callback number, here: {phone:reversed} – or "
    "should I ring {service_number}?",
    "the chat recommended {treat} but I've got {diag}?? can someone call me {mobile:spoken_separators}, chat {bot_session_id}",
    "Online triage form:\nName: {name}\nDOB: {dob_u}\nSymptoms: {symptom:typo_head}\nHow long: {period}\nGP: {gp21}\n"
    "NHS number: {nhs}",
    "Chatbot export they emailed me (unencrypted!!):\n{\"patient\":\"{name}\",\"phone\":\"{mobile:json_escaped}\",\"dx\":\"{diag}\"}\n{file_name}",
    "Telehealth intake (US): reason for visit {symptom}, insurance {healthins21}, cell {phone_us}. {consent_version}",
    "Why does your bot ask about pregnancy? I only wanted {{MEDICATION:cetirizine|fexofenadine}} for "
    "{{DIAGNOSIS:hay fever|a dust mite allergy}}. {bot_triage_level}?!",

    # ------------------------------------------------------------------ mobile contracts / SIM swaps
    "I need a {sim_format}, the old one snapped ({handset_model}). Number {mobile:pipes}, forgot my account PIN, DOB {dob_u}",
    "SIM SWAP without my consent!!! No signal since {time} and now emails from {bank21} about a transfer. My number {mobile}, account {customer_number}. Order {sim_swap_ref} was NOT me",
    "Porting to {telco21} ({porting_window}): PAC requested, number {mobile:area_code_then}. {contract_end}",
    "please take the direct debit from {iban:char_spaced} from now on, not the old account. Account no {customer_number}, {mandate_reference}",
    "Throttled after 3 days?? ({data_throttle}) I need the data for my {{TREATMENT:therapy sessions|CBT|counselling}} over video. "
    "Plan {telco_tariff}",
    "copied from your app, payment failed:\n{\"iban\":\"{iban:json_escaped}\",\"status\":\"failed\"}\ninvoice {invoice_number}, "
    "{handset_installment} charged twice? {sepa_return_code}",
    "Hi, I'm cancelling – number {phone_us}, final bill {invoice_number}. I moved to my mom's after my {{TREATMENT:chemo|surgery|dialysis}}. {contract_end}",
    "My phone ({handset_model}) got nicked, block the SIM please: {mobile:glued_label}. The card was {sim_serial_last}",
    "The new SIM went to the wrong address. Contact number {mobile:repeated_seps}, contract {contract_number}, {delivery_attempt}",
    "I was in hospital for {period} with {{DIAGNOSIS:pneumonia|sepsis|appendicitis}} and missed the bill. Arrears ref {debt_collection_ref}, "
    "payment plan? Account {iban}, {return_debit_fee}",
    "Handset on finance: {handset_installment} for the {handset_model}. Paying by card {card_mc}, {exp}, CVC {cvc:pair_words}",
    "eSIM on the new phone ({handset_model}) but codes still go to {mobile:combining} (copied from the contract PDF, sorry for the "
    "underlines). New one: {mobile}",
    "Switching broadband, order {order_number}, router {router_model}. Engineer can call {landline:glued_label}",

    # ------------------------------------------------------------------ car insurance claims
    "Accident yesterday on the {road_location}. I was {accident_party_label}, the other car went into the back of me. My passenger was "
    "taken to A&E – diagnosis: {injury}. Claim {claim_number}, call me on {mobile}",
    "Claim from {date}: reg {plate_u}, policy {policy_number}. {repair_estimate}. Pay out to {iban:glued_label} please",
    "I was signed off {period} after the crash with {{DIAGNOSIS:whiplash|a concussion|a neck injury}}. Can I claim? GP {doctor}. "
    "My solicitor ({lawyer_file_ref}) is {email}",
    "The other driver sent me his details: insurer {carins21}, tel {phone:repeated_seps}, reg {plate_u}. Is that enough? {police_report_ref}, crash on {date}",
    "{sf_downgrade}?? It wasn't my fault! I've had {{SYMPTOM:whiplash pain|neck stiffness|headaches}} since and now this. "
    "Bank details for the refund: {iban}",
    "yeah hi it's {name} full stop I was rear-ended on the {road_location} full stop call me back on {phone:pair_words} full stop the recovery truck charged "
    "for {towing_distance}",
    "Claim for a deer strike, policy {policy_number}, plate {plate_u}, adjuster {assessor_ref}, {damage_report_photos}",
    "The other driver had {{SYMPTOM:a seizure|a fit}} at the wheel, that's why he hit me. The police ref is {police_report_ref}, "
    "my number {landline}",
    "Write this up for my insurer:\n- where: {road_location}\n- me: {accident_party_label}\n- injury: {{DIAGNOSIS:a broken rib|broken ribs|a fractured collarbone|a bruised sternum}}\n"
    "- contact {mobile:glued_label}",
    "Who pays for the hire car ({rental_car_model}, {rental_station})? My credit card {card:repeated_seps} got charged {amount}",
    "US claim: DL photo uploaded, claim {claim_number}, adjuster wants a call at {phone_us:en_dashes}, {damage_report_photos}",
    "{garage21} says {part_description} is gone, {repair_estimate}. I've got {{DIAGNOSIS:a concussion|whiplash}} and can't drive there, collect and deliver please, {delivery_window}",

    # ------------------------------------------------------------------ pet insurance
    "Hi, vet bill for {pet_health} ({vet_bill_total}, {pet_breed_age}). Please reimburse to {iban}, policy {policy_number}",
    "Claim: {pet_health}, surgery on {date}, {vet_invoice_item}. Questions to {email}",
    "I was in hospital myself for {period} ({{TREATMENT:a knee replacement|a hip replacement|spinal surgery}}) so the invoice for "
    "{pet_health} is late. Please still pay it, IBAN {iban:pipes}",
    "Our cat ({pet_breed_age}) had {vet_procedure}, bill {vet_bill_total}. Card on file ends {card_last4}, but use this one: {card}",
    "Cancelling the pet policy, our dog passed away ({pet_health}). Please stop the last DD from {iban:en_dashes}, {pet_plan}",

    # ------------------------------------------------------------------ deposits / landlords
    "Dear {landlord21}, I've been waiting {period} for my deposit ({rental_deposit}). The {handover_defect} were there when I moved in, "
    "see {file_name}. Please pay it to {iban}",
    "Check-out report: {keys_returned}, meter {meter_reading}. New address to follow, until then {email} or {mobile:en_dashes}",
    "You're keeping {amount} for {handover_defect}?? I was in hospital for {period} during the works ({{DIAGNOSIS:a pulmonary embolism|a heart attack|pneumonia}}), "
    "you know that! IBAN: {iban:glued_label}",
    "deposit ({rental_deposit}) to my new account please: {iban:combining} (copied from the banking PDF, sorry about the underlines) – plus {deposit_interest}",
    "hey it's {first} from {apartment_position}, moved out {date}. Still no deposit 🙄 account again: {iban:repeated_seps}",
    "We had to move to a ground-floor flat because of my {{DIAGNOSIS:MS|multiple sclerosis|Parkinson's|cerebral palsy}}, hence the short "
    "notice ({notice_period}). Deposit to {iban} please, questions by post, {letter_reference}",
    "Reference for my new landlord please – send it to {email:json_escaped} (your portal showed the address like that). {viewing_slot}",
    "Hi, US tenant here: deposit refund check never came, cell {phone_us:glued_label}, {paragraph_ref}",
    "Mould in the bedroom ({rent_reduction}) – I've developed {{DIAGNOSIS:asthma|bronchitis|COPD}}, GP letter attached. "
    "Don't touch my deposit! Account {iban}",

    # ------------------------------------------------------------------ gyms
    "I'd like to freeze my {gym21} membership – I've got {{DIAGNOSIS:a slipped disc|a torn ACL|a torn meniscus|a dislocated shoulder}} "
    "and can't train for {period}. Doctor's note coming from {email}. Member no {member_number}",
    "Can I cancel because I'm {{DIAGNOSIS:pregnant|12 weeks pregnant}}? My midwife says no gym for {period}. Stop the DD please: {iban}, {contract_end}",
    "{gym_fee_item} taken twice on {date}?! Account {iban:en_dashes}, gym {studio_location}, {receipt_number}",
    "Your PT told me to skip my {med} before sessions?? I have {diag}, that's for my doctor to decide! Complaint ref {ticket_number}, class {class_booking}",
    "Switch my membership ({membership_fee}) to card: {card}, {exp:glued_label}, CVC {cvc}. {gym_tier}",
    "Do you do {{TREATMENT:cardiac rehab|pulmonary rehab|hydrotherapy}} classes? My consultant referred me after {{DIAGNOSIS:a heart attack|heart failure|COPD}}. "
    "Class code {course_code}",
    "My son (16) had {{SYMPTOM:fainting|palpitations|seizures}} at training, the ambulance came. We're cancelling. Member {member_number}, "
    "gym {studio_location}, dad's number {mobile:reversed}",
    "got {{SYMPTOM:knee pain|lower back pain|shoulder pain}} since the PT sessions, not paying invoice {invoice_number} {hashtag_nonhealth}",
    "Planet Fitness keeps charging me {membership_fee} after I cancelled, cell {phone_us}, the card was {card_visa} exp {exp}",
    "My wristband {wristband_id} died on {date} and I need to watch my pulse because of {{DIAGNOSIS:AFib|atrial fibrillation|an irregular heartbeat}}. "
    "Replacement to {email:glued_label}",

    # ------------------------------------------------------------------ home care
    "Hello, we're looking for home care for my dad ({age_u}). He has {diag} and since the fall {injury}. Start {date}, call me on {mobile}",
    "The invoice from {homecare21} includes {care_service_module} that never happened. Please correct it and refund to {iban}, {invoice_number}",
    "Mum needs {{TREATMENT:wound care|dressing changes|insulin therapy}} every morning from Monday, GP {doctor}, surgery hours {opening_hours}. {visit_window}?",
    "Voice note (transcribed, {voice_note_length}): hi erm it's {first} {last}'s daughter mum had a fall last night and she's got "
    "{{DIAGNOSIS:a hip fracture|a fractured pelvis|a broken wrist}} please cancel tomorrow's call and ring me back {phone:pair_words}",
    "For the care assessment: his NI number {nino:char_spaced}, he has {{DIAGNOSIS:dementia|Alzheimer's|Parkinson's}}, visits {visit_window}, {care_route}",
    "Dad comes home on {weekday} after {{TREATMENT:an amputation|heart surgery|a stem cell transplant}}, he'll need help showering. Quote to "
    "{email:reversed}, {hourly_rate}?",
    "Care invoice: please take the top-up by DD from {iban:char_spaced}, ref {invoice_number}, {billing_period}",
    "Your carer told me Mrs {last} at no. 6 has {diag} – that's nobody's business?! Complaint {ticket_number}, {visit_window}",
    "US: Medicaid waiver for my mom's home aide ({hourly_rate}) – diagnosis {{DIAGNOSIS:dementia|COPD|heart failure}}, my cell {phone_us:area_code_then}",

    # ------------------------------------------------------------------ student loans / universities
    "Hi, my SLC customer ref is {bafoeg_reference}. I had to suspend my studies due to {{DIAGNOSIS:depression|an eating disorder|long Covid|glandular fever}}. "
    "Note from {doctor}. Bank: {iban}",
    "Repaying my loan ({installment_plan}): direct debit from {iban:pipes}, loan {loan_number}, {repayment_threshold}",
    "Exams office: I need extra time because of my {{DIAGNOSIS:dyslexia|ADHD|autism|dyspraxia}}. {matriculation_number}, email {email}, "
    "{exam_registration}",
    "I need breaks in exams because of {{DIAGNOSIS:epilepsy|type 1 diabetes|Crohn's disease|ulcerative colitis}} – for medication, {duration}. Mobile {mobile}, exam {module_code}",
    "Tuition ({semester_fee}) bounced?? ref {reference_number}, {degree_programme}",
    "FAFSA question for {semester}: my SSN {ssn:spoken_separators}, school {uni21}, phone {phone_us}",
    "Student finance ({loan_amount}) want my NI number again: {nino:lower_compact}, {student_loan_plan}",
    "Study abroad forms: passport {reisepass}, insurance {healthins21}, learning agreement {file_name}, {semester}",

    # ------------------------------------------------------------------ couriers / parcel lockers
    "Parcel {tracking_royalmail} supposedly in {locker_door} at the locker, but the collection code never came. Mobile on the account: {mobile:glued_label}",
    "Parcel {tracking_royalmail} has my {{MEDICATION:insulin|Humira|Ozempic|Dupixent}} in it, it needs the fridge and it's been with a neighbour since the "
    "{delivery_attempt}?? My number {phone:en_dashes}, {cold_chain}",
    "Wrong delivery ({parcel_weight}), tracking {tracking_ups}. Contact {email:reversed}, {storage_deadline}",
    "Customs want {amount} for my parcel but my card {card} keeps getting declined. {customs_mrn}",
    "hello it's {name} comma my parcel {tracking_dpd} comma {delivery_attempt} comma please ring me on {phone:spoken_separators} full stop thanks",
    "I can't carry {parcel_weight} boxes because of {{DIAGNOSIS:fibromyalgia|arthritis|ankylosing spondylitis}}, please deliver to the door, not the "
    "ParcelShop ({parcel_shop_id}). Tel {landline}",
    "Tracking {tracking_usps} – the recipient is my grandad, number {phone_us:reversed}, he's hard of hearing so knock loud. {delivery_window}",
    "Collecting a parcel for my mum, they want ID – is my German passport {reisepass} ok? Parcel {tracking_royalmail}, {storage_deadline}",

    # ------------------------------------------------------------------ bank fraud / card blocking
    "Block my card NOW!! Transactions from {merchant_descriptor} in {merchant_location} that aren't me. Card {card}, account {iban}",
    "Someone called at {time} saying they were from {bank21} and I gave them the code 😭 {amount} went to {iban:glued_label}, NOT my account. {fraud_case}",
    "Got a scam text from {phone:combining} (the number is underlined like that in the text). Link was {phishing_url}, didn't click",
    "My mum ({age_u}) rang me at {time}: she has {{DIAGNOSIS:dementia|Alzheimer's|vascular dementia}} and read her card out on the phone. Please block {card:en_dashes}, "
    "I'm her attorney, LPA {file_name}",
    "The ATM at {atm_location} swallowed my card. Number {card:glued_label}, expires {exp}, {time}",
    "Chargeback {chargeback_ref} ({amount}): please credit {iban:en_dashes} instead of the card account, {refund_period}",
    "Please recall the payment of {amount} to {iban:reversed}, I've been scammed ({scam_type})",
    "Card declined at the hospital shop, I've been an inpatient {period} with {{DIAGNOSIS:heart failure|atrial fibrillation|a pulmonary embolism}}. "
    "Card {card}, unblock please. {auth_code}",
    "My brother used my account for online betting, he has {{DIAGNOSIS:a gambling addiction|gambling addiction}}. Please add a gambling block on {iban} (payments to {merchant_descriptor}), I'm on {mobile:pair_words}",
    "Zelle scam on {date}, $ gone. Card ends {card_last4}, SSN {ssn:glued_label}, cell {phone_us:pipes}",
    "The scammers sent me this 'safe account': {wrong_checksum_iban} – that's not even a real IBAN? Mine is {iban}",

    # ------------------------------------------------------------------ crypto exchanges
    "Withdrawal ({crypto_amount}) to my bank {iban} stuck for {period}. Tx {tx_hash}, {confirmations}",
    "KYC: passport {reisepass}, upload {file_name}. Why isn't {kyc_tier} unlocked? The verification text never arrived",
    "Sent {crypto_amount} to {wallet_address} on the wrong network ({chain_network}). Support ticket {ticket_number}",
    "Account hacked after a SIM swap, number on file {mobile:glued_label}, {exchange_uid}, {login_location}",
    "Tax report for {uk_tax_year} ({file_name}): my accountant needs my NI number on it – {nino:char_spaced}, {trading_pair}",
    "US user: 1099 form shows the wrong SSN, it should be {ssn:en_dashes}. {kyc_tier}",

    # ------------------------------------------------------------------ tax advisors
    "Attached my docs: NI number {nino:glued_label}, {tax_form}. I paid a lot for {{TREATMENT:IVF|ICSI|egg freezing|therapy sessions}} – "
    "is any of it deductible?",
    "Refund to {iban:pipes} please, not the old account (letter of {date}). Client {mandant_number}, {tax_refund}",
    "Medical expenses: {{MEDICATION:Wegovy|Ozempic|medical cannabis|Mounjaro}} isn't covered – deductible for {tax_year}? Receipts to {email}",
    "My German VAT ID {ustid:char_spaced} and tax number {steuernummer:repeated_seps} need to go on the invoice (I freelance for a Berlin agency), "
    "{commercial_register}",
    "Schedule A question ({tax_form}): my wife's {{TREATMENT:chemotherapy|radiotherapy|dialysis}} costs, her SSN {ssn:pair_words}",
    "Carer's relief ({amount}) for my mum – she has {diag}. Her NI number: {nino}, {tax_deadline}",
    "Dear {taxadv21}, the VAT number {ustid} on the invoice is wrong. Please fix by {tax_deadline}, invoice {invoice_number}. Tel {landline}",
    "My Italian codice fiscale for the {tax_year} Italian return: {cf:char_spaced}, and the French NIR from my old job {nir}",

    # ------------------------------------------------------------------ funeral homes
    "My father died yesterday, he had {{DIAGNOSIS:lung cancer|pancreatic cancer|leukaemia|heart failure}}. We'd like {coffin_model} and "
    "{funeral_flowers}. Call me {mobile}, service {service_time}",
    "Death certificates: {death_certificate_count}. Mum's NHS number {nhs}, {civil_register_number}",
    "I'll pay the funeral ({amount}) from {iban:char_spaced} or can I use card {card}? Quote {quote_number}",
    "Notice for the paper, {obituary_format}: '… died peacefully after a long battle with {{DIAGNOSIS:cancer|dementia|COPD}}'. Proof to {email:glued_label}",
    "Gran had, according to {file_name}, {{TREATMENT:a pacemaker|an ICD fitted}} – does it have to come out before cremation? Tel {landline}, {grave_plot}",
    "Details for the registrar ({civil_register_number}): {name}, born {dob_u}, cause of death on the certificate {{DIAGNOSIS:a heart attack|a stroke|sepsis|a pulmonary embolism}}, "
    "informant's number {phone:area_code_then}",
    "US funeral home: they need Dad's SSN for the death certificate, {ssn}, and my cell {phone_us:spoken_separators}, {service_time}",
    "Probate: {probate_ref}, I get {estate_share}. Reimburse the funeral costs to {iban}",

    # ------------------------------------------------------------------ mental health apps
    "Hi support, I use {mhapp21} for my {{DIAGNOSIS:anxiety|panic disorder|depression|social anxiety}}. The NHS code to unlock it doesn't work, "
    "NHS no {nhs:pipes}, {error_code}",
    "Last night at {time} I wrote in the mood journal that I'm having {{SYMPTOM:suicidal thoughts|self-harm}} and the app suggested {exercise_length}?! Please call me: {mobile}",
    "Cancel my sub, {app_subscription} ({premium_amount}) taken from {iban}. Email: {email:glued_label}, {app_version}",
    "For {period} I've posted my progress under {diag:hashtag_phrase} – can I share the app chart without my data? {app_streak}",
    "My therapist (next session {weekday}) wants me to combine {{TREATMENT:CBT|EMDR|DBT}} with the app. I'm on {{MEDICATION:sertraline|fluoxetine|mirtazapine|venlafaxine}}, is that ok? "
    "{exercise_length}",
    "Subject access request under {paragraph_ref} to {email:char_spaced} – I want to know if you share my {{DIAGNOSIS:BPD|PTSD|bipolar disorder}} with my insurer",
    "I track my {symptom:syllable_hyphens} in the app but the daily prompt is too much – how do I turn it off? Phone {handset_model}",
    "I get {{SYMPTOM:panic attacks|trouble sleeping|nightmares}} and the breathing bit helps. Can you invoice my insurer for {app_subscription}? NHS {nhs:combining}",
    "Posting in the support group: {diag:hashtag_phrase} – {app_streak} of doing the exercises 💪 {hashtag_nonhealth}",

    # ------------------------------------------------------------------ addiction services
    "Hi, I'm {age_u} and I think I've got {{DIAGNOSIS:a drinking problem|alcohol dependence}}. Are there anonymous appointments? Email only please: {email}. {helpline_hours}?",
    "My son has {{DIAGNOSIS:cannabis dependence|cocaine addiction|opioid addiction|a gambling addiction}}, he's already done "
    "{{TREATMENT:a detox|detox|residential rehab}}. What's the wait, {waiting_time}?",
    "For {period} I've been on {{MEDICATION:methadone|buprenorphine|Subutex|Suboxone}} and my prescriber is closing. Need a new one near {addict21}, {opening_hours}",
    "lost {amount} on slots 😞 in {period}, can {bank21} block gambling on {iban:glued_label}?",
    "hi erm calling about the {group_meeting} group I've got {{SYMPTOM:cravings|withdrawal symptoms|urges to drink}} right now number {phone:pair_words}",
    "Funding ({case_number}) for {{TREATMENT:residential rehab|a 12-step programme|a day programme}}: my NI number {nino}, referral from {addict21}, {letter_reference}",
    "We're family: our daughter is {{DIAGNOSIS:anorexic|an alcoholic|addicted to painkillers}}, who can we talk to? {helpline_hours}? {landline:area_code_then}",

    # ------------------------------------------------------------------ rehab
    "{{TREATMENT:Rehab}} after {{TREATMENT:a knee replacement|a hip replacement|bypass surgery|spinal fusion}}: admission on {date} at {rehab21}? {clinic_floor}, travelling on {train_number}",
    "{{TREATMENT:Rehab}} funding refused ({letter_reference}), code {{ICD10:M51.26|M17.11|M16.11|I21.9}}. Appealing, questions to {phone:area_code_then}",
    "From {date} can my husband bring a carer after his {{DIAGNOSIS:a stroke|a heart attack}}? Tel {landline}, room {room_rate}?",
    "At {rehab21} I need {{TREATMENT:dialysis|oxygen therapy|CPAP}} during the stay, is that possible? {email}, {checkin_window}",

    # ------------------------------------------------------------------ prompts / misc
    "Make this sound polite for my insurer: 'I had {{DIAGNOSIS:shingles|Lyme disease|Covid-19}} and missed the appointment. Policy {policy_number}, "
    "tel {mobile}' {prompt_instruction}",
    "@bot summarise: customer {name}, contract {contract_number}, complaint about {invoice_number}, callback {phone:en_dashes}. {output_format}",
    "> Please send us your bank details.\nsure: {iban:pipes}\ndate {date}\nand my mobile in case {mobile}, {ticket_number}",
    "Dictated: Dear Sir or Madam comma my phone number has changed colon {phone:spoken_separators} full stop Kind regards {name} [[dictation_artifact:new paragraph]] account {customer_number}",
    "ES/NL/BE paperwork for the relocation on {date}: DNI {dni}, NIE {nie}, BSN {bsn:pipes}, Belgian number {nn}, PESEL {pesel}",
    "for the cross-border claim {claim_number}: {idl}, contact {phone_fr} or {phone_nl}",
    "Italian colleague's details for booking {booking_code}: {phone_it}, codice fiscale {cf}, and my Polish number {phone_pl}",
    "Spanish landlord ({rent_amount}) wants my NIE {nie:char_spaced} and a Spanish number: {phone_es:area_code_then}",
    "{ai_model} draft please: 'My husband has {diag}, please call me' – {token_count}",

    # ================================================================== clean (no values)
    # pharmacy
    "Do you have {pharmacy_category} on offer ({percentage} off)? Looking for {product_health}. Can it go to {locker_location}? Order {pharmacy_order_ref}",
    "Why is delivery {delivery_fee} when my basket is over {amount}?? Code {voucher_code} doesn't work either 😤",
    "Fridge item arrived, {cold_chain}, logger says {temp_logger}. Is that ok? Order {pharmacy_order_ref}",
    "When's the courier today? App says {pharmacy_delivery_slot} but I'm not home till {time}",
    "got {blister_count} too many, do I send them back? Return code {return_code}? {return_window}",
    "Is {ean} the same as the generic? Pack size {pack_size}, price {amount}",
    "{erezept_status} since yesterday – does it always take this long? Order {pharmacy_order_ref}, {delivery_window}",
    "Your checkout shows {error_code}, app {app_version}. Order {order_number}, {crash_id}",
    "Is the {pharmacy_category} range vegan? And is it {food_allergen_info}?",
    "Who actually runs {apo21}? Footer says {commercial_register}, warehouse {postcode_uk}",
    "Sandbox checkout works with {test_card} but live gives {error_code}. Dev ticket {kb_article}",
    # telehealth
    "The app shows {bot_question_counter} then {error_code}. Version {app_version}. Help?",
    "What does your chatbot store? I accepted {consent_version} but can't find {paragraph_ref} anywhere",
    "Is {telemed_consult_id} from {date} still open? Tried to get in at {time}, {meeting_code}",
    "Your bot showed {bot_triage_level} then suggested {bot_menu_option} – I only asked about invoice {invoice_number}",
    "How long for a callback? {waiting_time}? Filled in {bot_question_counter}",
    "Chatbot glitch: {code_snippet} and then {json_snippet} in the window 🤷",
    "The verification code ({code_validity}) arrived after it expired. {bot_session_id}",
    # mobile
    "How do I activate the {sim_format}? The QR code gives {error_code}. Phone {handset_model}, {software_version}",
    "How much is {roaming_zone} ({amount})? Going to Croatia in {month}. Plan {telco_tariff}, {data_volume}",
    "Upgrade due {contract_end}, then {handset_installment} for the {handset_model}? Any {voucher_code}?",
    "Since update {software_version} the {sim_format} isn't recognised. Also {router_model} flashing red",
    "{data_throttle} already and I've used only {data_volume}? Cycle ends {contract_end}",
    "Can I add {tariff_option} without a new contract? Currently {contract_term}, {speed}",
    "Port failed, {porting_window}. Status {dispute_status}? Ticket {ticket_number}",
    "How do I stop premium texts? {sms_shortcode} keeps texting, plan {streaming_plan} is the only extra I have",
    "Your helpline {tollfree_number} says {waiting_time}, is there a callback? {ticket_number}",
    "The text shows my number as {masked_phone}, is it really from you? {sim_swap_ref}",
    "The example number in your help article is {drama_phone_uk} – is that a real line or just a placeholder? {kb_article}",
    # car
    "What does {sf_downgrade} mean in £? I have {sf_class}, premium {premium_amount}",
    "Engineer coming {weekday} at {time}, photos: {file_name}. {accident_party_label} is still at {garage21}",
    "Recovery wanted {amount} – is {towing_distance} covered by {carins21}? Claim {claim_number}",
    "Sketch: {accident_party_label} came from the left, {accident_party_label} was parked. Enough? {claim_portal_step}",
    "{repair_estimate} – is {rental_excess_option} worth it for the courtesy car? {rental_car_model}",
    "Reg {plate_u}, {odometer}, damage front right ({vehicle_damage_code}). Garage slot {weekday}?",
    "Car: {engine_spec}, {first_registration}, {odometer}. Total loss?",
    "Tyres after the crash: {tyre_spec}, {inspection_due} – does the claim cover that?",
    # pets
    "Our cat ({pet_breed_age}) has {pet_health}. Is {vet_procedure} covered on {pet_plan}? Waiting period {waiting_period}",
    "Dog ({pet_breed_age}), vet diagnosed {pet_health}. Does {vet_medication} need pre-authorisation? Chip {pet_microchip}",
    "Do you cover {vet_invoice_item}? The invoice shows {vet_fee_rate} and {vet_bill_total}",
    "My cat is on {vet_medication} for {pet_health}, is that enough proof? Policy {policy_number}",
    "Puppy ({pet_breed_age}) has {pet_health} – when does {reimbursement_rate} kick in? Plan {pet_plan}",
    "{vet_procedure} for {vet_bill_total}?? Normal? {animal_weight}",
    "Adopting a rescue ({pet_breed_age}). Which plan covers {pet_health}? {pet_passport}",
    "Vet says {pet_health}, surgery {vet_bill_total}. {claim_portal_step}, claim {claim_number}",
    "{pet_health} and {pet_health} – do they count as pre-existing for the dog? {pet_plan}, {waiting_period}",
    "Our girl ({pet_breed_age}) is on {vet_medication} and {pet_vaccine} is due. Does {petins} pay for routine care?",
    # deposits
    "When do I get the deposit ({deposit_months}) plus {deposit_interest} back? Check-out was {date}, {keys_returned}",
    "{handover_defect} – do I pay for that or is it fair wear and tear? {room_count}, {floor_area}, {rent_amount}",
    "How do I raise a dispute with the deposit scheme? {tenancy_document}?",
    "Check-out {weekday} {time}, {apartment_position}. {meter_reading_date}, bring {keys_returned}",
    "Service charge {billing_period}: {heating_cost_share}, balance {amount}. Can they take it from the deposit?",
    "Landlord says {handover_defect} and {handover_defect}, I have photos ({file_name}). {paragraph_ref}?",
    "Deposit {rental_deposit} – nothing for {period}. Shelter says {notice_period}",
    "Rent is {rent_per_sqm}, {energy_rating} – is a deposit of {deposit_months} even allowed?",
    # gyms
    "{class_booking} was {class_capacity} again. Can I upgrade to {gym_tier} without {gym_fee_item}?",
    "Locker {locker_door} jammed, gym {studio_location}, today {time}",
    "{hashtag_nonhealth} 💪 question: does {freeze_period} apply to {gym_tier}?",
    "Notice period on {contract_term}? {contract_end}, gym {studio_location}",
    "App shows {checkin_count} but I only went 3 times. {app_version}",
    "{workout_stat} done 🎉 does it count for the challenge? {app_streak}",
    "Towel service or {gym_fee_item}? What's worth it at {checkin_count}?",
    "Timetable: {course_code} {training_slot}, {class_capacity}. Is there a waitlist?",
    # home care
    "Rota for {calendar_week}: {care_route}, {visit_window}. Can the carer come earlier on {weekday}?",
    "{homecare21} hiring a {health_job_title}? Shifts {shift_pattern}",
    "Invoice {invoice_number}: {care_service_module} and {care_service_module}, {hourly_rate}",
    "Cover for {period} – who's coming instead of Jo? {visit_window}",
    "How much extra is {care_service_module}? Billing {billing_period}, {hourly_rate}",
    # uni
    "{degree_programme}: when's re-enrolment? {semester_fee} paid on {date}",
    "Failed {module_code}, {attempt_count}. Does it affect {student_loan_plan}?",
    "Credits question: {ects_credits} for {degree_programme}, {semester}",
    "Where do I upload {tax_form} for student finance? Ref {bafoeg_reference}",
    "{exam_period}: room {office_room}, exam {module_code}, are {page_range} of the notes relevant?",
    "Repayments only above {repayment_threshold}? {student_loan_plan}, {interest_rate}",
    "Application {applicant_number}, I got ticket {office_ticket} at student services – still waiting",
    # couriers
    "Tracking {tracking_ups}: {delivery_attempt}, now {storage_deadline}. Where's {locker_location}?",
    "{locker_door} won't open, screen shows {error_code}",
    "Max size for {locker_size}? Mine's {dimension}, {parcel_weight}",
    "Return {return_code}, label for {courier21}. {shipping_label_code}?",
    "Missed the {delivery_window} slot, {delivery_attempt}. ParcelShop {parcel_shop_id}?",
    "{tracking_royalmail} and {tracking_dpd} – no update for {period}",
    "Redirection {reference_number}, does it cover {courier21}? {delivery_window}",
    "Air freight {awb_number}, pallet {sscc} – business delivery to the warehouse at {zip_us}, {opening_hours}",
    # bank
    "{login_location} in the app, device {handset_model}. Wasn't me. Changed my password, enough? {card_block_ref}",
    "Card block {card_block_ref} – when does the new card come? {delivery_window}?",
    "What's {scam_type}? Today {time} Got a text with {phishing_url}",
    "Transaction {bank_transaction_id} at {merchant_descriptor} ({merchant_location}) – is that a subscription?",
    "The emergency line was busy so I froze the card in the app, {card_last4}, is that enough?",
    "{masked_iban} is my account right? The email said {masked_card}",
    "{auth_code} came by text but I didn't buy anything. {merchant_descriptor}, {foreign_amount}",
    "The scam email lists {placeholder_iban} and {masked_email} – totally fake, right? {fraud_case}",
    "Got a one-time passcode at {time} though I didn't pay anyone. {code_validity}. Now what?",
    "The caller ID showed {fictional_phone_us} – that's one of those fake movie numbers, isn't it? {scam_type}",
    # crypto
    "{trading_pair} order stuck, {gas_fee}, {block_height}? noob question sorry",
    "Wallet {wallet_address} – how many confirmations do you need? {confirmations}, network {chain_network}",
    "{withdrawal_fee} on {crypto_amount} is daylight robbery. {kyc_tier}",
    "Tx {tx_hash} unconfirmed since {block_height}, is {gas_fee} too low?",
    "Recurring buy {trading_pair} {amount} a month from {date}? {exchange_uid}",
    "Resetting 2FA: the backup code fails, {error_code}, {app_version}",
    # tax
    "Can we make {tax_deadline}? Still missing {tax_deduction_item} and {depreciation_period} for the laptop",
    "{home_office_flat} or actual costs? {commuting_distance}",
    "Fee {amount} for {tax_form} and {tax_form}? Last year was cheaper",
    "HMRC login shows {error_code}, ref {reference_number}",
    "{tax_refund}, letter from {tax_office}. {uk_tax_year}, appeal?",
    "Receipts as {pipe_table_row} or PDF? {file_name}",
    "The P60 {page_number} is missing, is {percentage} right for the pension? {tax_year}",
    # funeral
    "Plot {grave_plot}, {hymn_number} and {funeral_flowers}. Service {weekday} {time} at {parish_name}",
    "How much is {coffin_model} compared with direct cremation? Quote {quote_number}",
    "{obituary_format} – what's the deadline? {civil_register_number}",
    "Online condolence book: uploading {file_name} fails, {error_code}",
    "Wake for {party_size}, {catering_option}? {price_per_head}",
    "Estate: {probate_ref}, {estate_share} – who pays for {funeral_flowers}?",
    # mental health apps
    "{health_app_feature} crashes since {app_version}. My {app_streak} is gone 😢",
    "How do I export the {health_app_feature} {output_format}?",
    "{exercise_length} has no sound, phone {handset_model}",
    "Is {mhapp21} available on the NHS? Read {consent_version}",
    "The {combining_text} push notification is annoying, how do I turn it off? {app_version}",
    # addiction
    "When's the {group_meeting} group? Room {office_room}, {clinic_floor}. Phone line {helpline_hours}?",
    "Do you run {health_course} for families? {opening_hours}",
    "{helpline_name} pointed me to you – can it be anonymous? {helpline_hours}, or {crisis_number}?",
    "Donated to {health_charity}, receipt {donation_receipt}",
    # rehab
    "Does {rehab21} have guest rooms ({room_category})? Parking {parking_fee}",
    "Visiting {visiting_hours} – weekends too? Travelling via {connection}, {platform}",
    "Can I book wifi? {wifi_ssid}, {data_volume}",
    "How many beds does {rehab21} have? {bed_count}, {clinic_floor}",
    # misc / look-alikes of the new forms
    "{ascii_divider}\norder {order_number} | {amount} | {delivery_eta}\n{ascii_divider}",
    "{glued_label_ref} is in the subject line – is that the right reference? {ticket_number}",
    "I'm writing it {spaced_word} – parcel {tracking_dpd} is {delay}!!",
    "{backwards_word} 😂 sorry kid on my phone. Anyway: {dialling_code} or without?",
    "{amount_in_words} to post {parcel_weight}? {syllable_word}!",
    "Dictated: appointment on {weekday} {dictation_artifact} {time} {dictation_artifact} room {office_room}",
    "{hashtag_nonhealth} – moved out, {keys_returned}, {move_volume}",
    "The row {pipe_table_row} is missing from your export, {sheet_name}, {spreadsheet_cell}",
    "Error: {json_snippet} when uploading {file_name}",
    "The guide says {page_range} but I get {error_code} 🙄 {app_version}",
    "Your sample IBAN {example_iban} on the form confused me – do I put mine there? {page_number}",
    "The form says {invalid_ssn_like} is invalid – yes, typo. {invalid_nhs_like} too 🙈 {glued_label_ref}",
    "{nonluhn_card_like} gets rejected as a gift card, {error_code}, parcel {weight}",
    "Licence key {license_key} for the clinic software fails, {kb_article}, even {ai_model} doesn't know",
]
