# Hand-written English chat templates WITHOUT values (clean; many hard negatives).
T = r"""
@@ en GB
Hi, where's my order {n:order}? Tracking {n:tracking} hasn't moved since {n:date}.
%%
Invoice {n:invoice} for {n:amount} was paid on {n:date}, why am I getting reminders?
%%
engineer was meant to come between {n:time} and {n:time}, no one showed. ref {n:ticket}
%%
I'd like to cancel contract {n:contract} at the end of the month please.
%%
Meter reading for move-out: {n:kwh}, meter serial {n:meter}, date {n:date}.
%%
Your help page shows {n:example_iban} as the example – do I put my own there?
%%
The checkout page says "use {n:test_card} for testing" – is your site in test mode?
%%
Item {n:asin} arrived broken, return is on its way, tracking {n:tracking}.
%%
I ordered ISBN {n:isbn} but got a different book.
%%
Barcode on the box is {n:ean} – is that the right cartridge?
%%
Flight {n:flight} on {n:date} was delayed {n:duration}, am I entitled to compensation?
%%
Missed my connection, now at {n:platform}. Is my ticket valid on the next {n:train}?
%%
Can you deliver to postcode {n:postcode}?
%%
App keeps crashing since update {n:version}.
%%
Router serial {n:serial}, broadband down since {n:date}.
%%
Booking {n:booking} – we're arriving late, around {n:time}. Is reception open?
%%
Your ref {n:case} – my complaint from {n:date} still hasn't been answered.
%%
Claim {n:claim}: the assessor has been, what happens next?
%%
Ticket {n:ticket} has been open for {n:duration}!!
%%
Car {n:plate}, VIN {n:vin}, mileage {n:mileage}. When will it be ready?
%%
My dog has <<pet_health|diarrhoea>> again, does pet policy {n:policy} cover the vet?
%%
The cat's been prescribed <<pet_health|steroids>> – do you stock pet meds?
%%
My fiddle leaf fig has <<plant_health|root rot>> – was it the compost from your shop? Order {n:order}
%%
That bug in version {n:version} is a total <<fig_health|migraine>>.
%%
My laptop caught a <<device_health|virus>>, can I send it in? Serial {n:serial}
%%
Battery is <<device_health|on life support>>, lasts {n:duration}. Warranty?
%%
Loved the article on <<news_health|dementia>> in your members' magazine.
%%
The detective in the novel I bought (ISBN {n:isbn}) dies of <<fiction_health|tuberculosis>> but pages are missing!
%%
Do you still sell the <<product_health|Cold & Flu capsules>>? Can't find them online.
%%
This album is <<fig_health|sick>> 🔥 but the vinyl is warped, refund {n:price}?
%%
Everyone in the office has <<fig_health|Monday flu>> 😂 anyway when is payday this month?
%%
Our Wi-Fi has a <<device_health|heart murmur>> – drops every {n:duration}. Router {n:serial}
%%
The rabbit needs <<pet_health|antibiotics>>, do you ship vet products?
%%
Tomatoes have <<plant_health|blight>>, can I get a refund on seeds? Order {n:order}
%%
Read that the lead singer has <<news_health|laryngitis>> – is the gig on {n:date} still going ahead?
%%
Your hold music is giving me a <<fig_health|headache>>, been waiting {n:duration}.
%%
I'm <<fig_health|allergic>> to paperwork – can I do this online? {n:url}
%%
Please lower my monthly payment to {n:amount} from {n:date}. Contract {n:contract}.
%%
Credit of {n:amount} on my {n:year} statement – when do I get it back? Account {n:customer}
%%
Can I switch to {n:tariff} from {n:date}?
%%
VAT on the invoice says {n:percentage}, shouldn't it be 5% for energy?
%%
I ordered {n:quantity}, why is it {n:price} each?
%%
Returns label link is broken: {n:url}
%%
Voucher {n:voucher} isn't working
%%
Router shows {n:ip} and keeps dropping.
%%
Account {n:account_login} locked, reset doesn't work
%%
How long does case {n:case} take? It's been {n:duration}.
%%
Deposit for {n:apartment} still not returned, check-out was {n:date}.
%%
Service charge for {n:year}: why {n:amount}?
%%
Leak in {n:apartment}, claim {n:claim}, dehumidifiers running {n:duration}.
%%
Company number on the invoice is wrong, should be {n:hrb} – no wait that's the German one, never mind.
%%
Fund {n:isin} – why didn't my monthly investment go through on {n:date}?
%%
Is sort code {n:bank_code} still valid after the merger?
%%
The reference {n:iban_shaped} on the letter looks like an IBAN but my bank rejects it?
%%
Order {n:order}: wrong size ({n:size}), can I exchange?
%%
Can we move the appointment on {n:date} to {n:time}? It's only for the paperwork.
%%
Overtime missing from my {n:year} payslip ({n:duration}). Staff number {n:customer}.
%%
Holiday request {n:date} to {n:date} – approved?
%%
Expenses: train {n:train}, hotel {n:amount}, {n:distance} mileage.
%%
Self assessment deadline for {n:year}? Just checking.
%%
Road tax for {n:plate} was taken twice ({n:amount}).
%%
Bike stolen, frame number {n:serial}, crime ref {n:case}. Home policy {n:policy}.
%%
Is the surgery open over Christmas? Only need to drop off a form.
%%
Is the pharmacy open on {n:date}? Just picking up sun cream.
%%
Do you have <<product_health|Lemsip>> and <<product_health|throat lozenges>> in stock? It's for a gift basket.
%%
Delivery time for barcode {n:ean}? Need it by {n:date}.
%%
Batch {n:batch} – is that part of the recall on the news?
%%
The leaflet mentions <<news_health|flu season>> – are you doing walk-in jabs this year?
%%
I'm writing a novel where the heroine has <<fiction_health|leukaemia>> – can I use your clinic's name?
%%
Last night's match was a <<fig_health|heart attack>>! Anyway ticket {n:ticket} was charged twice.
%%
My manager is a walking <<fig_health|migraine>>. Anyway, when's the payslip out?
%%
The market has a <<fig_health|fever>> – should I pause my ISA contributions?
%%
Room for {n:duration} from {n:date}, 2 adults 1 child please.
%%
Seat {n:seat} on {n:train}, is that still valid?
%%
Which desk for {n:flight}? We're at {n:platform}.
%%
Bag didn't arrive, flight {n:flight}, tag {n:booking}.
%%
Our villa's {n:room} was double booked, booking {n:booking}!
%%
Is breakfast included in the {n:price}?
%%
Cancellation fee {n:percentage}? That's not in the T&Cs!
%%
Mileage at pick-up was {n:mileage}, rental agreement {n:contract}.
%%
Engine light on in hire car {n:plate}, what do I do?
%%
Tyre change on {n:date} at {n:time}?
%%
The PDF cuts off: "Invoice num-
ber {n:invoice}, Customer refer-
ence {n:customer}". Please resend.
%%
Dear Sir or Madam,

Further to your letter of {n:date} (ref {n:case}), I confirm that {n:amount} was paid on {n:date}.

Yours faithfully
%%
| Item | Qty | Price |
|---|---|---|
| Ink cartridge | {n:quantity} | {n:price} |
| A4 paper | 5 | {n:price} |
Order {n:order} – invoice is wrong.
%%
Order:
- {n:asin}
- {n:asin}
Ship to locker, postcode {n:postcode}
%%
(voice note) yeah so the order number is {n:order} and um the parcel never came
%%
hi i'm calling about the bill from {n:date} it says {n:amount} and that's not right
%%
can you resend the login for {n:url}? username {n:account_login}
%%
cheers, sorted 👍
%%
ok thanks, I'll wait
%%
Hello? Anyone there?
%%
What are your Saturday opening hours?
%%
Can I pay by invoice or only upfront?
%%
nvm found it
%%
Do you ship to Ireland? How much?
%%
Thanks for the quick help, {agent}! 😊
%%
I'd like a callback but next week please.
%%
Why was my order cancelled???
%%
What documents do I need for my tax return as a pensioner?
%%
Do you have a family plan?
%%
Could you send me the terms and conditions again?
%%
Please stop sending me marketing post.
%%
My neighbour gets <<fig_health|a stomach ache>> about parking 😄 any free spaces in the car park?
%%
Is "The Plague" by Camus back in stock? ISBN {n:isbn}
%%
Your phone line has <<fig_health|hiccups>>, keeps cutting out.
%%
What's the address of the {city} branch?
%%
Parcel left with neighbour {last} who is on holiday.
%%
Question on the {n:date} bill: what is "service fee {n:price}"?
%%
Paid {n:amount} on {n:date} with reference {n:payment_ref}, has it arrived?
%%
How much is an end-of-tenancy clean for {n:apartment}?
%%
Rent increase of {n:percentage} – is that allowed?
%%
Smoke alarm in {n:room} beeps every {n:duration}.
%%
My son bred a <<fiction_health|zombie virus>> in some game and spent {n:price} – can you refund the in-app purchase?
%%
Seedlings arrived great, just one has <<plant_health|mildew>>.
%%
Our cat has <<pet_health|kidney disease>> and needs the renal food, can I subscribe? Order {n:order}
%%
Neighbour's dog has <<pet_health|arthritis>> – is the ramp from the catalogue ({n:asin}) still available?
%%
News said there's <<news_health|measles>> at a local school – are you running vaccination clinics?
%%
There was a documentary on <<news_health|Parkinson's>> – is it on your streaming app?
%%
Antivirus says the network is <<device_health|infected>>. Router {n:serial}, firmware {n:version}.
%%
My car coughs on start-up, engine's got <<device_health|asthma>> 😂 service slot on {n:date}?
%%
Do I need jabs for a trip to {city}? Just a general question.
%%
Is {n:malo} my supply number? It's on invoice {n:invoice}.
%%
What's the standing charge on {n:tariff}? I pay {n:price} now.
%%
Creditor {n:creditor_id} keeps taking money, who is that?
%%
Packed {n:quantity} in the van but {n:quantity} are missing, job {n:order}.
%%
How far is the hotel from the station, {n:distance}?
%%
It's {n:weather_temp} outside and the AC in {n:room} doesn't work.
%%
@@ en US
Where's my package? Tracking {n:tracking}, ordered {n:date}.
%%
I was charged {n:amount} twice for order {n:order}.
%%
Does my plan cover out-of-network ER visits? Just asking in general.
%%
Zip {n:postcode} – do you deliver there?
%%
The app logs me out every {n:duration}, version {n:version} on {n:os_version}.
%%
What's the copay for a specialist visit under {n:tariff}?
%%
My kid's science project is on <<news_health|the flu pandemic of 1918>> – do you have posters? Item {n:asin}
%%
Our dog has <<pet_health|allergies>>, do you carry the hypoallergenic food? Order {n:order}
%%
Flight {n:flight} got cancelled, rebooked on {n:flight}, seat {n:seat}. Do I get a refund for the difference?
%%
Hotel charged a resort fee of {n:price}, wasn't disclosed.
%%
Car rental {n:contract}, mileage {n:mileage} at return.
%%
That season finale was <<fig_health|sick>>. Anyway my streaming bill went up to {n:price}.
%%
Lease renewal for {n:apartment} – why {n:percentage} increase?
%%
Thanks so much, have a great day!
%%
@@ en IE
Any update on ticket {n:ticket}? It's been {n:duration}.
%%
Is the Luas stop near the hotel? Booking {n:booking}.
%%
Bill {n:invoice} says {n:amount}, that's way off.
%%
Do ye deliver to Eircode areas outside Dublin?
%%
"""
