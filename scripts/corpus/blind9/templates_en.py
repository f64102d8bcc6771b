# Hand-written English chat templates WITH values (GB / US / IE).
T = r"""
@@ en GB
Hi, I've changed banks – please update my direct debit to {IBAN}. Account ref {n:customer}.
%%
hiya can u ring me back on {PHONE} pls, about order {n:order}
%%
My new mobile number is {PHONE}, the old one was cut off.
%%
Please send the refund of {n:amount} to my account: {IBAN}
%%
Name: {name}
DOB: {dob}
Address: {addr}
Mobile: {PHONE}
Email: {EMAIL}
NHS number: {UK_NHS}
%%
My NHS number is {UK_NHS}, I need to rebook my appointment from {n:date}.
%%
Can I get a repeat prescription for {MED}? NHS no. {UK_NHS}
%%
I've had {SYM} for {n:duration} now and the GP can't see me until {n:date}. Is there anything sooner?
%%
My son has [[D|asthma]] and his [[M|salbutamol inhaler]] ran out – can the pharmacy do an emergency supply?
%%
Hi, I'm on [[M|sertraline 100mg]] and wanted to check if it's OK with [[M|co-codamol 30/500]].
%%
Fit note says [[I|M54.5]], off until {n:date}. Can you forward to payroll please?
%%
Sick note attached – diagnosis code {ICD}, signed off for {n:duration}.
%%
My wife was diagnosed with [[D|breast cancer]] last month and is starting [[T|chemo]] on {n:date}. I need to change my shifts.
%%
National Insurance number {UK_NINO} – HR asked me to send it here.
%%
for payroll: NI {UK_NINO}, sort code {n:bank_code}... actually just use IBAN {IBAN}
%%
Please update my bank details for salary: {IBAN}, BIC {BIC}. Employee ID {n:customer}.
%%
My NI number is {UK_NINO:lowercase} and my tax code is wrong (it says 1257L). Can you check?
%%
Card number {CARD}, expiry {EXP}, CVV {CVC}. Please take the deposit for booking {n:booking}.
%%
There's a payment of {n:amount} on my card {CARD} that I didn't make, please block it asap!!
%%
my card got declined, tried {CARD} exp {EXP}, order {n:order}
%%
> Could you confirm the email address on your account?
Sure, it's {EMAIL}
%%
> Please share a number we can reach you on.
{PHONE} – any time after {n:time}
%%
Kind regards,
{name}
Senior Payroll Administrator | {company}
T: {PHONE}
M: {PHONE}
E: {EMAIL}
%%
--
{name}
{addr}
tel {PHONE}
%%
| Field | Value |
|---|---|
| Name | {name} |
| Account | {IBAN} |
| Phone | {PHONE} |
| Policy | {n:policy} |
%%
[voice note] hi yeah it's {first} my number is {PHONE:words} call me back about the boiler thanks
%%
(transcribed) my account number is {IBAN:words} and the reference is {n:payment_ref}
%%
I'm the carer for my dad who has [[D|dementia]] – can I be added to his energy account? Account {n:customer}, my number {PHONE}
%%
My mum is on [[T|dialysis]] three times a week so please don't cut off the power – account {n:contract}
%%
Our tenant in {n:apartment} says the damp is making her <<other_person_health|asthma>> worse. Her number is {PHONE}.
%%
Deposit return for {n:apartment}: {n:amount} to {IBAN} please. Move-out was {n:date}.
%%
Hi, boiler's broken again in flat 4, landlord's number is {PHONE} if you need access.
%%
Claim {n:claim}: rear-ended on the <<icd_like|M25>> on {n:date}. Other driver's number: {PHONE}, reg {n:plate}.
%%
I've got [[S|neck pain]] since the accident, GP says [[D|whiplash]]. Does my policy {n:policy} cover [[T|physio]]?
%%
Please pay the settlement for claim {n:claim} into {IBAN}.
%%
I'd like to port my number {PHONE} to you, PAC code is {n:booking}.
%%
Lost my phone on the train, please block the SIM for {PHONE}. IMEI {n:imei}
%%
Returns: order {n:order}, refund to card ending... actually the full card is {CARD}
%%
Tracking {n:tracking} says delivered but nothing came. Please call {PHONE}.
%%
Can you send the invoice {n:invoice} to {EMAIL} instead? Thanks
%%
email me at {EMAIL} pls not the work one
%%
I'm flying {n:flight} on {n:date} with my husband who uses a wheelchair after [[T|a hip replacement]]. Can we pre-book assistance? Mobile {PHONE}
%%
We had to cancel because I was admitted with [[D|pneumonia]]. Booking {n:booking}, refund to {IBAN} please.
%%
Passport number for the booking: {DE_PASSPORT} (German passport), expiry {n:date}.
%%
Hi, I'm self-employed – my UTR is on the letter but my NI number is {UK_NINO}. Accountant asked for it.
%%
Pharmacy order: [[M|omeprazole 20mg]] x 56 and [[M|amlodipine 5mg]] x 28. NHS number {UK_NHS}.
%%
my gp upped my [[M|propranolol 40mg]] to twice a day, can you change the repeat?
%%
Been getting [[S|palpatations~palpitations]] and [[S|dizziness]] since starting [[M|levothyroxine 100mcg]] – should I stop?
%%
My daughter has [[D|coeliac disease]] – does the hotel do gluten free? Booking {n:booking}.
%%
Hi, my partner has [[D|epilepsy]] and can't drive at the moment, can we take him off the car insurance? Policy {n:policy}.
%%
I'm off sick with [[D|tonsilitis~tonsillitis]], won't make my shift on {n:date}.
%%
Been told I have [[D|rheumatoid arthritus~rheumatoid arthritis]] – will that affect my income protection? Policy {n:policy}.
%%
had [[T|a colonoscopy]] last week, results say [[D|ulcerative colitis]]. need to claim on my health cover, member no {n:customer}
%%
Diagnosis: {DIAG}
Treatment: {TREAT}
Medication: {MED}
Please authorise under policy {n:policy}.
%%
Can I claim for [[T|counselling]]? I was diagnosed with [[D|PTSD]] after the crash. Claim {n:claim}.
%%
Dear Sir/Madam,
Please find enclosed my claim for the treat-
ment ([[T|physiotherapy]]) received between {n:date} and {n:date}. Payment to
{IBAN}
%%
Ref: {n:case}
Dear {last},
We write regarding your NHS num-
ber {UK_NHS} and your appointment on {n:date}.
%%
From: {name} <{EMAIL}>
Sent: {n:date}
Subject: Bank details
My details are {IBAN}, {BIC}.
%%
Thanks {agent}! Just to confirm my number again: {PHONE}
%%
Please update my address to {addr} and my phone to {PHONE}.
%%
I'm 72 and have [[D|COPD]], the engineer needs to know I'm on oxygen at home. Account {n:customer}.
%%
Smart meter reading {n:kwh}, meter {n:meter}. Bill to {EMAIL} please.
%%
Direct debit from {IBAN}, starting {n:date}, tariff {n:tariff}.
%%
Hi there, my son ({kid}) is on [[M|methylphenidate 18mg]] for [[D|ADHD]]. Can we travel to Spain with it?
%%
Quick q – can I take [[M|ibuprofen 400mg]] with [[M|warfarin 3mg]]? Pharmacist said ask online.
%%
I've got [[S|a rash]] and [[S|itching]] after the [[M|amoxicilin 500mg~amoxicillin 500mg]] – allergy?
%%
My GP referred me for [[T|an MRI scan]] for [[S|lower back pain]]. Does my insurance cover it? Member {n:customer}.
%%
Re: your message of {n:date}
> Please provide your National Insurance number.
It's {UK_NINO}
%%
Bank transfer to {IBAN} for {n:amount} never arrived – reference {n:payment_ref}. Please investigate.
%%
I think someone has my details – they changed my email to something else. It should be {EMAIL}. Phone {PHONE}.
%%
Hi, I'd like to open a joint account with my partner {fam}. My number: {PHONE}, email: {EMAIL}
%%
Salary advance: please pay into {IBAN}, NI {UK_NINO}.
%%
P60 for {n:year} please to {EMAIL}
%%
Starter checklist:
Name – {name}
NI number – {UK_NINO}
Bank – {IBAN}
Emergency contact – {fam}, {PHONE}
%%
i need to reschedule my [[T|physio]] session, i've got [[S|a high temperature]] today
%%
dentist appt please, [[S|toothache]] for 3 days, my number {PHONE}
%%
@@ en US
Hi, please set up direct deposit – my SSN is {US_SSN} and the account is {IBAN@GB} (UK account, I moved).
%%
Can someone call me at {PHONE}? My claim {n:claim} has been pending for {n:duration}.
%%
My SSN is {US_SSN}, I need a corrected W-2 for {n:year}.
%%
I'm on [[M|Lexapro 10mg]] and [[M|Adderall 20mg]], is it okay to add [[M|Xanax 0.5mg]] as needed? My psychiatrist is out.
%%
Refill request: [[M|Synthroid 75mcg]], 90 day supply, Rx {n:order}. Pharmacy number {PHONE}.
%%
My husband was diagnosed with [[D|type 2 diabetes]] and needs [[T|insulin therapy]]. Does the plan cover Ozempic?
%%
Card: {CARD}
Exp: {EXP}
Security code: {CVC}
Zip: {n:postcode}
%%
Please charge my Amex {CARD@amex}, exp {EXP}, CID {CVC}.
%%
Cell {PHONE}, email {EMAIL}, best time {n:time}.
%%
[voicemail] hi this is {first} calling about my prescription my callback number is {PHONE:words} thanks
%%
My daughter has [[D|a broken wrist]] from soccer – can you tell me if urgent care is in network? Member ID {n:customer}
%%
I've had [[S|chest pain]] on and off since {n:date}, cardiologist wants [[T|angioplasty]]. Need prior auth.
%%
Claim for [[T|a root canal]], {n:amount}, dentist's tax ID is on the invoice {n:invoice}.
%%
Flight {n:flight} was cancelled and I have [[D|type 1 diabetes]] – I was stuck without insulin for 10 hours. Compensation to {IBAN@IE} please.
%%
Please mail my new card to {addr}, phone {PHONE}.
%%
social security number {US_SSN} – that's for the background check
%%
SSN: {US_SSN:spaced}
%%
@@ en IE
Hi, please send the refund to my AIB account {IBAN}, thanks a mil.
%%
Could you ring me on my UK mobile {PHONE@GB}? I'm in Dublin till {n:date}.
%%
I'm on [[M|metformin 500mg]] twice daily, is the pharmacy open on the bank holiday?
%%
Please change my direct debit to {IBAN} from {n:date}. Account no {n:customer}.
"""
