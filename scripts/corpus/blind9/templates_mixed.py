# Hand-written code-switching templates and templates from customers in other
# EU countries writing in English or German about their own numbers.
T = r"""
@@ en FR
Hello, I live in Lyon, please refund to my French account {IBAN}, the RIB is attached.
%%
Bonjour! My French mobile is {PHONE}, please call me after {n:time}.
%%
For the insurance form: my numéro de sécurité sociale is {FR_NIR}.
%%
My carte vitale number (NIR) {FR_NIR:spaced} – do you need it for the reimbursement?
%%
I'm French but working in Munich, my salary should go to {IBAN@DE}, and my French account {IBAN} can be closed.
%%
Order {n:order} was delivered to Paris {n:postcode} but I'm in Marseille now. Merci!
%%
Bonjour, the TGV {n:train} was cancelled, please refund to {IBAN}.
%%
My daughter has [[D|une bronchite]]... sorry, [[D|bronchitis]], we must cancel booking {n:booking}.
%%
Email me at {EMAIL} please, I don't check the old one.
%%
Merci beaucoup for the help, problem solved!
%%
@@ de FR
Guten Tag, ich wohne in Straßburg. Meine französische Handynummer: {PHONE}. Bitte zurückrufen.
%%
Bitte Erstattung auf mein französisches Konto {IBAN}, BIC {BIC}.
%%
Ich pendle nach Kehl, die Rechnung {n:invoice} bitte an {EMAIL}.
%%
@@ en IT
Ciao, please send the money to my Italian account {IBAN}, intestato a {name}.
%%
My codice fiscale is {IT_CODICE_FISCALE}, the accountant in Milan needs it on the invoice.
%%
Codice fiscale: {IT_CODICE_FISCALE:lowercase} – sorry for the lowercase 🙈
%%
Call me on my Italian mobile {PHONE}, I'm in Rome until {n:date}.
%%
Grazie mille! The parcel arrived today.
%%
Flight {n:flight} from Bologna was delayed {n:duration}, claim ref {n:claim}.
%%
My mother in Napoli takes [[M|Eutirox 50 mcg]] – is it the same as Euthyrox here?
%%
@@ de IT
Buongiorno, mein italienisches Konto für die Rückzahlung: {IBAN}. Grazie!
%%
Steuerberater braucht meinen Codice Fiscale: {IT_CODICE_FISCALE}
%%
Südtirol hier – Handy {PHONE}, bitte morgen anrufen.
%%
@@ en ES
Hola, my DNI is {ES_DNI}, I need it on the invoice for my company in Madrid.
%%
I'm living in Valencia with a NIE {ES_NIE}, can I open an account with you?
%%
Refund to my Spanish account please: {IBAN}
%%
WhatsApp me on {PHONE}, I'm in Barcelona.
%%
Gracias! All sorted.
%%
My father in Sevilla has [[D|Parkinson's]] and I need to add him as a dependant. His DNI is {ES_DNI}.
%%
Booking {n:booking} in Málaga, arrival {n:date}, late check-in around {n:time}.
%%
@@ de ES
Hola, ich lebe auf Mallorca, meine NIE ist {ES_NIE}. Brauchen Sie die für den Vertrag?
%%
Spanische Handynummer: {PHONE}. Deutsche geht nicht mehr.
%%
Konto in Spanien: {IBAN}, bitte Miete ab {n:date} dorthin.
%%
@@ en NL
Hi, my BSN is {NL_BSN}, the tax office asked me to send it to my employer.
%%
Dutch account for the refund: {IBAN}
%%
Can you call me on {PHONE}? I'm in Utrecht.
%%
Dank je! The bike arrived, only the bell is missing.
%%
Burgerservicenummer {NL_BSN}, for the health insurance registration.
%%
My son has [[D|type 1 diabetes]] – the huisarts says we need a new pump. Insurance policy {n:policy}.
%%
Postcode {n:postcode}, house number 12 – do you deliver?
%%
@@ de NL
Hallo, ich wohne in Venlo und arbeite in Düsseldorf, BSN {NL_BSN}, Steuer-ID {DE_STEUER_ID}. Was brauchen Sie noch?
%%
Mein niederländisches Konto: {IBAN}. Lohn bitte dorthin.
%%
Niederländische Handynummer {PHONE}, WhatsApp geht auch.
%%
@@ en PL
Hello, my PESEL is {PL_PESEL}, I need it on the employment contract.
%%
Dzień dobry, please call me on my Polish number {PHONE}.
%%
Salary to my Polish account {IBAN} please, I'm going back to Kraków in {n:duration}.
%%
PESEL {PL_PESEL}, for the A1 certificate.
%%
Thank you, dziękuję!
%%
Order {n:order} to Warszawa {n:postcode} – when?
%%
@@ de PL
Guten Tag, ich bin Saisonarbeiter aus Polen, PESEL {PL_PESEL}, Konto {IBAN}, Handy {PHONE}.
%%
Mein Lohn für {n:date} ist noch nicht auf meinem polnischen Konto {IBAN}.
%%
Bitte Lohnabrechnung an {EMAIL}, danke (dziękuję).
%%
Mój szef sagt, ich brauche eine Steuer-ID. Habe ich: {DE_STEUER_ID}. Reicht das?
%%
Wann kommt die Post nach Polen, PLZ {n:postcode}?
%%
@@ en BE
Hi, my Belgian national number is {BE_NATIONAL_NUMBER}, the notary asked for it.
%%
Rijksregisternummer: {BE_NATIONAL_NUMBER}. Refund to {IBAN} please.
%%
Please use my KBC account {IBAN} for the deposit.
%%
I'm in Brussels, my Belgian mobile doesn't work with your app, use my French one {PHONE@FR}.
%%
Merci / dank u – everything is fine now.
%%
@@ de BE
Ich wohne in Eupen, Nationalregisternummer {BE_NATIONAL_NUMBER}, belgisches Konto {IBAN}.
%%
Belgische Versicherung will wissen: hatte ich [[T|Reha]] nach der [[T|Hüft-OP]]? Ja, {n:duration}.
%%
@@ en LU
Hello, I work in Luxembourg, salary account {IBAN}, BIC {BIC}.
%%
Frontalier here – my French phone {PHONE@FR}, my German one {PHONE@DE}.
%%
Is the invoice {n:invoice} with 17% VAT correct? I'm in Luxembourg.
%%
@@ de LU
Ich arbeite in Luxemburg, bitte Gehalt auf {IBAN}. Wohne in Trier.
%%
Luxemburger Konto {IBAN}, deutsche Handynummer {PHONE@DE}.
%%
@@ en DE mix
Hi, sorry my German is not so good – my Handynummer is {PHONE}, please call back.
%%
Can you send the Rechnung to {EMAIL}? Kundennummer {n:customer}.
%%
I have a Termin with Dr. {last} on {n:date} because of [[S|Rückenschmerzen]] – back pain – can I get a Krankschreibung?
%%
My Steuer-ID is {DE_STEUER_ID}, is that enough for the Lohnsteuer thing?
%%
The Hausverwaltung never answers, the Heizung in {n:apartment} is broken since {n:date}.
%%
Please take the Miete from my IBAN {IBAN} instead.
%%
my Krankenkasse card says {DE_KVNR}, is that the Versichertennummer?
%%
I got a Mahnung for {n:amount}, but I paid on {n:date} – Überweisung ref {n:payment_ref}.
%%
The Zugbegleiter said my ticket for {n:train} is invalid, wtf?
%%
Sorry for mixing languages – Anmeldung done, now I need the Steuernummer for my Gewerbe. Finanzamt says it's {DE_STEUERNUMMER}.
%%
Perso number {DE_ID_CARD} – for the Bank Konto opening.
%%
Arzt prescribed [[M|Ibuprofen 600]] and [[M|Pantoprazol 40 mg]], can I get them at the Apotheke without Rezept?
%%
@@ de GB mix
Hi, ich wohne seit {n:year} in London, meine UK-Nummer ist {PHONE}. Die deutsche ist abgemeldet.
%%
Bitte die Rente auf mein britisches Konto {IBAN} – sort code steht ja drin.
%%
Meine National Insurance number ist {UK_NINO}, brauche ich trotzdem die deutsche Steuer-ID?
%%
Meine NHS number {UK_NHS} – die Klinik in Deutschland fragt nach meiner Vorerkrankung ([[D|Hashimoto-Thyreoiditis]]).
%%
Hey, kurze Frage: the invoice {n:invoice} – ist die schon bezahlt?
%%
Sorry, I mean: Termin am {n:date} passt, see you then!
%%
Mein flatmate hat die Post für {n:apartment} mitgenommen, kann ich die Unterlagen neu bekommen?
%%
@@ en AT mix
Servus, my Austrian SV-Nummer is {AT_SVNR}, do you need it for the Anmeldung?
%%
Please call my Austrian number {PHONE} – I'm in Graz next week.
%%
My E-Card broke, SVNR {AT_SVNR}, can you send a new one to {addr}?
%%
@@ en CH mix
Grüezi – my AHV number is {CH_AHV}, new job starts {n:date}.
%%
Swiss account {IBAN}, Natel {PHONE}.
%%
Is the Halbtax discount applied on invoice {n:invoice}?
%%
@@ de DE mix
Hey, kannst du mir die Rechnung als PDF schicken? Thanks a lot!
%%
Also basically the Paket is lost, Sendungsnummer {n:tracking}, please check asap.
%%
Mein Chef sagt, ich soll das Ticket {n:ticket} escalaten. Can you help?
%%
Ich hab die Invoice {n:invoice} nicht bekommen, nur die Reminder mit {n:amount}.
%%
Meine Ärztin hat mir [[T|physio]] verschrieben, also Krankengymnastik, zahlt ihr das?
%%
Mein Kind hat [[S|fever]], also Fieber, wir können am {n:date} nicht kommen.
%%
Kurzes Update: my mobile is now {PHONE}, bitte speichern.
"""
