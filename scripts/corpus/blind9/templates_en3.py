# Hand-written English chat templates, third batch (mostly with values).
T = r"""
@@ en GB
sorry wrong one, account is {IBAN}
%%
IBAN {IBAN:dashes} (copied from my banking app)
%%
iban {IBAN:lowercase} thx
%%
Bank details:
{IBAN:line_break}
%%
My IBAN is {IBAN:nbsp}.
%%
Account: {IBAN:lookalike} – typed it from the paper statement so apologies if any typos
%%
ring me on {PHONE}
%%
my mob is {PHONE:lookalike}
%%
Call {PHONE:mixed} after 6
%%
phone: {PHONE:soft_hyphen}
%%
Mobile {PHONE:fullwidth}
%%
Email: {EMAIL:words}
%%
You can reach me at {EMAIL:bracketed} (written like that because of bots)
%%
{EMAIL:spaced} is my email
%%
NHS no {UK_NHS}
%%
NHS number: {UK_NHS:words}
%%
NI no. {UK_NINO}
%%
National Insurance {UK_NINO:lowercase}
%%
Card {CARD}
%%
card no {CARD:dashes} exp {EXP}
%%
card number {CARD:double_space}, expires {EXP}
%%
(voice) the card number is {CARD:words}
%%
[transcript] yeah hi it's {name} my NHS number is {UK_NHS:words} and I'm ringing about my [[T|physio]] referral
%%
[voicemail] hello this is {first} calling from the flat upstairs my phone number is {PHONE:words} the leak is back
%%
(auto-transcribed) sort code ... no sorry the IBAN is {IBAN:words}
%%
Hi, I'm an accountant – client's UTR is on file but we need the NI number {UK_NINO} and bank {IBAN} for the refund.
%%
Please pay my tax refund to {IBAN}. NI {UK_NINO}, ref {n:case}.
%%
Can I claim tax relief on [[T|IVF]]? Spent about {n:amount} in {n:year}.
%%
I'm registered blind due to [[D|glaucoma]] – can I get the blind person's allowance added to my tax code? NI {UK_NINO}.
%%
Payroll query: I was off with [[D|glandular fever]] from {n:date} to {n:date}, SSP wasn't paid. Staff no {n:customer}.
%%
I need reasonable adjustments at work for my [[D|fibromialgia~fibromyalgia]] – who do I speak to in HR?
%%
Return to work meeting on {n:date} after my [[T|back surgery]] – can I bring my partner?
%%
Maternity leave from {n:date}, baby due by [[T|a C-section]]. MATB1 attached. Bank {IBAN}.
%%
Occupational health asked about my medication: [[M|sertraline 50mg]] and [[M|propranolol 40mg]]. Is that confidential?
%%
New starter: {name}, DOB {dob}, NI {UK_NINO}, bank {IBAN}, mobile {PHONE}, emergency contact {fam} {PHONE}
%%
Can you change my payslip email to {EMAIL}? Employee {n:customer}.
%%
Mobile contract {n:contract}: please unlock {PHONE}, IMEI {n:imei}.
%%
Bill {n:invoice} has premium-rate calls to {PHONE@FR} I never made!
%%
Cancel landline {PHONE} from {n:date}, returning router {n:serial}.
%%
Add my daughter to my plan, her number {PHONE}, pay from {IBAN}.
%%
I'm on the priority services register because of [[D|dementia]] – my husband handles calls, his number is {PHONE}.
%%
My son uses a nebuliser for [[D|asthma]], please register us as vulnerable. Account {n:customer}, phone {PHONE}.
%%
Moving home on {n:date}: meter {n:meter}, reading {n:kwh}, new address {addr}, DD from {IBAN}.
%%
I'm recently bereaved, please move the energy account into my name. Mobile {PHONE}.
%%
Travel insurance claim: hospitalised in Portugal with [[D|kidney stones]], bill {n:amount}, pay to {IBAN}.
%%
Cancelling holiday {n:booking} – [[D|a torn ACL]] from skiing, doctor's letter attached. Call {PHONE}.
%%
I fly with {n:flight} and have [[D|sleep apnoea]] – can I bring my CPAP on board?
%%
Hotel booking {n:booking} for {name}, arriving {n:date}, phone {PHONE}, email {EMAIL}.
%%
Can't check in online, passport {DE_PASSPORT}, flight {n:flight}.
%%
Return {n:order}: coat ({n:size}) too small. Refund to {IBAN} not the card please.
%%
Charged twice: card {CARD} and PayPal. Order {n:order}.
%%
Change my account email to {EMAIL} and phone to {PHONE}. Username {n:account_login}.
%%
Why was card {CARD:parenthesised} declined? Expiry {EXP}.
%%
Windscreen claim for {n:plate}, claim {n:claim}, garage will call you from {PHONE}.
%%
Hit a deer on {n:date} at {n:time}, reg {n:plate}. Call back on {PHONE}, pay excess refund to {IBAN}.
%%
Other driver: {name}, insurer {company}, phone {PHONE}, reg {n:plate}.
%%
Since the crash I've had [[S|headaches]] and [[S|blurred vision]], A&E said [[D|a concussion]]. Can I claim?
%%
Tenancy {n:contract}: giving notice for {n:date}, forwarding address {addr}, deposit to {IBAN}.
%%
Tenant swap in {n:apartment}: new tenant {name}, {PHONE}, {EMAIL}
%%
I can't do stairs because of [[D|osteoarthritus~osteoarthritis]] in both knees – any ground floor flats? Mobile {PHONE}.
%%
Please send maintenance – my husband is home after [[T|bypass surgery]] and the doorbell's broken. {PHONE}
%%
GP booking: need an appointment about [[S|heartburn]] and [[S|weight loss]]. DOB {dob}, mobile {PHONE}.
%%
Booking for my son {kid}, [[S|earache]] and [[S|a high temperature]] since last night. NHS number {UK_NHS}.
%%
Cancel my appointment on {n:date} at {n:time} – I've got [[D|COVID-19]].
%%
Can I get a referral to cardiology? Having [[S|palpitations]] most nights. DOB {dob}.
%%
Results from my [[T|MRI scan]] yet? Query was [[D|a torn meniscus]].
%%
I'm on [[M|prednisolone 5mg]] for [[D|Crohn's disease]] – do I need a flu jab?
%%
Online pharmacy: [[M|cetirizine 10mg]] x 30 and [[M|naproxen 500mg]] – prescription uploaded for naproxen.
%%
Is [[M|Wegovy]] back in stock? I have a private prescription.
%%
order {n:order} came without my [[M|Fostair 100/6]], I need it, I have [[D|asthama~asthma]]
%%
My [[M|adalimumab 40mg]] arrived warm, cold chain broken? Batch {n:batch}.
%%
Pharmacist gave me [[M|ibuprofin 400mg~ibuprofen 400mg]] but I'm on [[M|apixaban 5mg]]!
%%
Dad has [[D|gout]] and was told to take [[M|allopurinol 100mg]] – smaller packs available?
%%
My father is on your health plan, has [[D|prostate cancer]] and is having [[T|radiotherapy]] – are travel costs covered?
%%
I'm having [[T|pyschotherapy~psychotherapy]], do I need a new authorisation to extend it?
%%
Living with [[D|multiple sclerosis]], new treatment is expensive – any hardship fund? Member {n:customer}.
%%
New baby born {n:date}, please add to my policy. Phone {PHONE}.
%%
Dental treatment plan {n:amount}, please pay the contribution to {IBAN}.
%%
I'm a private patient, invoice {n:invoice} for [[T|hydrotherapy]], refund to {IBAN}.
%%
Lost my phone, please freeze online banking! Account {IBAN}, phone was {PHONE}.
%%
Got a phishing email from "{EMAIL}" – is it you?
%%
I sent {n:amount} to {IBAN} and it was a scam. Can you recall it?
%%
Set up a monthly investment in {n:isin}, collect from {IBAN}.
%%
Open an account for my son, my mobile {PHONE}, email {EMAIL}.
%%
My late father's account {IBAN} – death certificate attached, I'm on {PHONE}.
%%
Scanned letter:
Dear Mr {last},
Your National Insur-
ance number {UK_NINO} has been linked to your account.
Queries: {PHONE}
%%
OCR:
NHS Num-
ber: {UK_NHS}
Patient: {name}
Address: {addr}
%%
Copied from the hospital letter: "Diagnoses: [[I|I48.9]] [[D|atrial fibrillation]], [[I|E119]] [[D|type 2 diabetes]]. Plan: [[M|apixaban 5mg]] twice daily."
%%
> We still need your bank details.
Here you go: {IBAN}
%%
> Can you confirm the best contact number?
> Regards, {agent}
Hi {agent}, it's {PHONE}. Thanks
%%
Best wishes,

{name}
Practice Manager, {company}
{addr}
Tel: {PHONE}
Email: {EMAIL}
%%
--
{name} | Accounts Payable
{company}
T {PHONE} · M {PHONE}
VAT reg. {DE_USTID} (German branch) · {n:hrb}
%%
| Name | DOB | Phone |
|---|---|---|
| {name} | {dob} | {PHONE} |
| {fam} {last} | {dob} | {PHONE} |
Please add both to the family plan.
%%
| Date | Treatment | Cost |
|---|---|---|
| {n:date} | [[T|physiotherapy]] | {n:price} |
| {n:date} | [[T|a steroid injection]] | {n:price} |
Please reimburse to {IBAN}.
%%
* Name: {name}
* IBAN: {IBAN}
* Phone: {PHONE}
* Email: {EMAIL}
* Policy: {n:policy}
%%
hi i have a question about bill {n:invoice} you took it twice from {IBAN} pls refund
%%
new number: {PHONE} 📱 delete the old one pls
%%
in hospital with [[D|appendicitis]] 🙈 can someone else take the delivery on {n:date}?
%%
ta. oh I get [[S|panic attacks]] on the phone so email is better: {EMAIL}
%%
Delete my account: {EMAIL}, customer no {n:customer}.
%%
Competition entry: {name}, {EMAIL}, {PHONE}.
%%
Gym membership:
Name {name}
DOB {dob}
Phone {PHONE}
Bank {IBAN}
Medical conditions: [[D|epilepsy]], [[D|penicillin allergy]]
%%
I need a letter saying I can carry [[M|codeine 30mg]] – travelling to Dubai on {n:date}.
%%
@@ en US
my ssn is {US_SSN} for the application
%%
SSN {US_SSN:words}
%%
Cell: {PHONE}
%%
Hi, I'm on [[M|metoprolol 25mg]] and [[M|Lipitor 20mg]], can I take [[M|Zoloft 50mg]] too? My doctor is on vacation.
%%
My daughter has [[D|anorexia]] and needs inpatient care – prior authorization, member ID {n:customer}, my cell {PHONE}.
%%
I was diagnosed with [[D|celiac disease]], does my FSA cover gluten-free food? Lol probably not.
%%
W-4 update: SSN {US_SSN}, direct deposit to {IBAN@GB} is wrong, should be my US bank – I'll bring a voided check.
%%
Please call me at {PHONE} regarding claim {n:claim}, my son's [[T|ACL reconstruction]].
%%
Card ending... never mind, full number {CARD}, exp {EXP}, CVV {CVC}, billing zip {n:postcode}
%%
Tenant portal: unit {n:apartment}, my cell {PHONE}, rent autopay from card {CARD}.
%%
@@ en IE
Hi, PPS number... no sorry that's not needed. Just the IBAN: {IBAN}
%%
I'm on [[M|mesalazine 800mg]] for [[D|ulcerative colitis]], does the pharmacy in Cork stock it?
%%
Ring me on {PHONE@GB} please, my Irish SIM is dead.
%%
@@ en GB
Parcel {n:tracking} was left in the rain, {n:quantity} ruined. Order {n:order}.
%%
When does {n:tariff} start? Signed up {n:date}.
%%
Payment of {n:amount} has been "pending" since {n:date}.
%%
Landlord wants {n:percentage} more rent from {n:date}, legal?
%%
Fridge {n:serial} stopped cooling, warranty to {n:date}.
%%
After update {n:version} the thermostat app says {n:weather_temp} indoors 🥶
%%
Finance available? The TV is {n:price}.
%%
Flight {n:flight} moved to {n:date}, I want to cancel.
%%
Key handover for {n:apartment} on {n:date} at {n:time} please.
%%
Claim {n:claim} from {n:date}, why so slow?
%%
The VIN {n:vin} on my schedule is wrong.
%%
Has the premium for {n:policy} gone out? Can't see it.
%%
Ordered the board game Pandemic (fighting <<fiction_health|outbreaks>> lol), barcode {n:ean}, never came.
%%
My orchid has <<plant_health|crown rot>>, can I return it? Order {n:order}
%%
The hamster has <<pet_health|an eye infection>>, vet appointments on Saturdays?
"""
