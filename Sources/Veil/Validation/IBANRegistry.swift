/// The IBAN registry (SWIFT, release 101, as python-stdnum 2.2 ships it): for each country, the
/// structure of its BBAN in the registry's notation, where `n` is a digit, `a` an upper-case letter,
/// `c` a letter or digit, and `8!n` means exactly eight of them. The IBAN is the country code, two
/// check digits and the BBAN.
enum IBANRegistry {
    static let bbanStructures: [String: String] = [
        "ad": "4!n4!n12!c", // Andorra
        "ae": "3!n16!n", // United Arab Emirates (The)
        "al": "8!n16!c", // Albania
        "at": "5!n11!n", // Austria
        "az": "4!a20!c", // Azerbaijan
        "ba": "3!n3!n8!n2!n", // Bosnia and Herzegovina
        "be": "3!n7!n2!n", // Belgium
        "bg": "4!a4!n2!n8!c", // Bulgaria
        "bh": "4!a14!c", // Bahrain
        "bi": "5!n5!n11!n2!n", // Burundi
        "br": "8!n5!n10!n1!a1!c", // Brazil
        "by": "4!c4!n16!c", // Belarus
        "ch": "5!n12!c", // Switzerland
        "cr": "4!n14!n", // Costa Rica
        "cy": "3!n5!n16!c", // Cyprus
        "cz": "4!n16!n", // Czechia
        "de": "8!n10!n", // Germany
        "dj": "5!n5!n11!n2!n", // Djibouti
        "dk": "4!n9!n1!n", // Denmark
        "do": "4!c20!n", // Dominican Republic
        "ee": "2!n14!n", // Estonia
        "eg": "4!n4!n17!n", // Egypt
        "es": "4!n4!n1!n1!n10!n", // Spain
        "fi": "3!n11!n", // Finland
        "fk": "2!a12!n", // Falkland Islands (Malvinas)
        "fo": "4!n9!n1!n", // Faroe Islands
        "fr": "5!n5!n11!c2!n", // France
        "gb": "4!a6!n8!n", // United Kingdom
        "ge": "2!a16!n", // Georgia
        "gi": "4!a15!c", // Gibraltar
        "gl": "4!n9!n1!n", // Greenland
        "gr": "3!n4!n16!c", // Greece
        "gt": "4!c20!c", // Guatemala
        "hn": "4!a20!n", // Honduras
        "hr": "7!n10!n", // Croatia
        "hu": "3!n4!n1!n15!n1!n", // Hungary
        "ie": "4!a6!n8!n", // Ireland
        "il": "3!n3!n13!n", // Israel
        "iq": "4!a3!n12!n", // Iraq
        "is": "4!n2!n6!n10!n", // Iceland
        "it": "1!a5!n5!n12!c", // Italy
        "jo": "4!a4!n18!c", // Jordan
        "kw": "4!a22!c", // Kuwait
        "kz": "3!n13!c", // Kazakhstan
        "lb": "4!n20!c", // Lebanon
        "lc": "4!a24!c", // Saint Lucia
        "li": "5!n12!c", // Liechtenstein
        "lt": "5!n11!n", // Lithuania
        "lu": "3!n13!c", // Luxembourg
        "lv": "4!a13!c", // Latvia
        "ly": "3!n3!n15!n", // Libya
        "mc": "5!n5!n11!c2!n", // Monaco
        "md": "2!c18!c", // Moldova, Republic of
        "me": "3!n13!n2!n", // Montenegro
        "mk": "3!n10!c2!n", // North Macedonia
        "mn": "4!n12!n", // Mongolia
        "mr": "5!n5!n11!n2!n", // Mauritania
        "mt": "4!a5!n18!c", // Malta
        "mu": "4!a2!n2!n12!n3!n3!a", // Mauritius
        "ni": "4!a20!n", // Nicaragua
        "nl": "4!a10!n", // Netherlands (The)
        "no": "4!n6!n1!n", // Norway
        "om": "3!n16!c", // Oman
        "pk": "4!a16!c", // Pakistan
        "pl": "8!n16!n", // Poland
        "ps": "4!a21!c", // Palestine, State of
        "pt": "4!n4!n11!n2!n", // Portugal
        "qa": "4!a21!c", // Qatar
        "ro": "4!a16!c", // Romania
        "rs": "3!n13!n2!n", // Serbia
        "ru": "9!n5!n15!c", // Russian Federation
        "sa": "2!n18!c", // Saudi Arabia
        "sc": "4!a2!n2!n16!n3!a", // Seychelles
        "sd": "2!n12!n", // Sudan
        "se": "3!n16!n1!n", // Sweden
        "si": "5!n8!n2!n", // Slovenia
        "sk": "4!n6!n10!n", // Slovakia
        "sm": "1!a5!n5!n12!c", // San Marino
        "so": "4!n3!n12!n", // Somalia
        "st": "4!n4!n11!n2!n", // Sao Tome and Principe
        "sv": "4!a20!n", // El Salvador
        "tl": "3!n14!n2!n", // Timor-Leste
        "tn": "2!n3!n13!n2!n", // Tunisia
        "tr": "5!n1!n16!c", // Turkiye
        "ua": "6!n19!c", // Ukraine
        "va": "3!n15!n", // Holy See
        "vg": "4!a16!n", // Virgin Islands (British)
        "xk": "4!n10!n2!n", // Kosovo
        "ye": "4!a4!n18!c", // Yemen
    ]
}
