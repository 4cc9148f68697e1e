"""Every word list extraction uses, in one readable place. Data, not code.

Each table is keyed by the value it produces; the rules in ``quantities.py``, ``attribution.py``
and ``claims.py`` look words up here and never hard-code them. Every entry has a test in
``tests/test_lexicon_rules.py``.
"""

from __future__ import annotations

# --- numbers -------------------------------------------------------------------------------

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "nought": 0, "naught": 0,
}
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "lakh": 100_000, "crore": 10_000_000,
}
#: Abbreviated scales written after digits: "3.5bn", "1.2m", "20k".
SCALE_SUFFIXES = {
    "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000,
    "b": 1_000_000_000, "tn": 1_000_000_000_000, "thousand": 1_000, "million": 1_000_000,
    "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "bln": 1_000_000_000,
    "tln": 1_000_000_000_000, "mil": 1_000_000,
}
#: With ``claims=False``: scale abbreviations matched case-sensitively ("10M" is ten million,
#: "1m" a metre), after digits ("10G") or after a space ("2.33 k"). The ones marked in
#: SCALE_SUFFIXES_GLUED_ONLY only count written against the digits ("1.2b", not "3 b").
SCALE_SUFFIXES_EXACT = {
    "k": 1_000, "K": 1_000, "M": 1_000_000, "MM": 1_000_000, "mn": 1_000_000,
    "mln": 1_000_000, "mil": 1_000_000, "G": 1_000_000_000, "b": 1_000_000_000,
    "B": 1_000_000_000, "bn": 1_000_000_000, "bln": 1_000_000_000, "tn": 1_000_000_000_000,
    "tln": 1_000_000_000_000,
}
SCALE_SUFFIXES_GLUED_ONLY = ("b", "B")
#: "a dozen", "two dozen".
DOZEN = 12
#: With ``claims=False``: "three dozens", "3 dzs" multiply by twelve.
DOZEN_WORDS = ("dozen", "dozens", "dz", "dzs", "doz", "dozs")
#: With ``claims=False``: a sign written as a word ("minus five", "negative one").
NEGATIVE_WORDS = ("minus", "negative")
#: With ``claims=False``: "two hundred point zero three", "nine point nought four".
DECIMAL_POINT_WORDS = ("point",)
#: With ``claims=False``: ratios read as fractions: "one over three", "2000 over 3",
#: "1 in twenty-one", "two out of five hundred". ``smaller``: only when the first number is
#: the smaller ("12 in six boxes" is two numbers); ``last``: only when no word follows the
#: second number ("$2000 over 3 years" is two numbers).
RATIO_WORDS = {"over": "last", "in": "smaller", "out of": "smaller"}
#: Ordinal words: with ``claims=False`` they are fraction denominators ("three fifths",
#: "a hundredth") and range ends ("between the tenth and the fifteenth"), never counts.
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1_000, "millionth": 1_000_000, "billionth": 1_000_000_000,
    "trillionth": 1_000_000_000_000,
}
#: Denominators that are not ordinals ("a half", "three quarters"); a bare "half" or "quarter"
#: is a number of its own with ``claims=False`` ("more than half", "quarter million").
FRACTION_DENOMINATORS = {"half": 2, "halves": 2, "quarter": 4, "quarters": 4}
#: Ordinals too ambiguous to be a denominator on their own ("two seconds", "the first").
NOT_DENOMINATORS_ALONE = ("first", "firsts", "second", "seconds")
#: With ``claims=False``: fraction characters ("⅔", "2½").
VULGAR_FRACTIONS = {
    "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5,
    "⅗": 3 / 5, "⅘": 4 / 5, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8,
    "⅞": 7 / 8,
}

#: Vague amounts, read as documented lower bounds (approximate): "thousands" -> at least 1,000.
VAGUE_AMOUNTS = {
    "dozens": 12,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1_000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
    "millions": 1_000_000,
    "tens of millions": 10_000_000,
    "hundreds of millions": 100_000_000,
    "billions": 1_000_000_000,
    "tens": 10,
}
#: "several hundred", "a few thousand": multiplier words before a scale -> lower bound multiple.
#: "several hundred", "a few thousand": the documented lower bound is the scale itself (the same
#: convention as eval/dev's gold): at least 100, at least 1,000. "a couple of" is at least two of it.
VAGUE_MULTIPLIERS = {"several": 1, "a few": 1, "few": 1, "a couple of": 2, "many": 1}

#: Fractions written as words: "a quarter of the 12,000" -> 25 % of 12,000.
FRACTIONS = {
    "half": 0.5, "a half": 0.5, "one half": 0.5,
    "a third": 1 / 3, "one third": 1 / 3, "one-third": 1 / 3,
    "two thirds": 2 / 3, "two-thirds": 2 / 3,
    "a quarter": 0.25, "one quarter": 0.25, "one-quarter": 0.25,
    "three quarters": 0.75, "three-quarters": 0.75,
    "a fifth": 0.2, "one fifth": 0.2, "one-fifth": 0.2,
    "a tenth": 0.1, "one tenth": 0.1, "one-tenth": 0.1,
}
#: "one in five", "one out of every ten": a share (20 %) when the first number is one.
SHARE_RATIO_WORDS = ("in", "in every", "out of", "out of every")

# --- interval modifiers ---------------------------------------------------------------------
#: Words before a number and the interval they make. ``lower``: N is a lower bound (over N);
#: ``upper``: N is an upper bound (up to N); ``approx``: about N.
# rule ``bound_words``: words that bound a figure from below ("well over 400") or above ("well under half")
LOWER_BOUND = (
    "more than", "over", "at least", "in excess of", "upwards of", "no fewer than",
    "no less than", "a minimum of", "above", "exceeding", "beyond", "north of", "greater than",
    "not less than", "over a", "at least some", "a little over", "just over", "well over", "a little more than",
    "slightly more than", "well above", "well in excess of", "slightly over", "a little above",
    "larger than", "bigger than", "higher than", "exceed", "exceeds", "exceeded", "surpass",
    "surpasses", "surpassed", "greater than or equal to", "more than or equal to",
    "higher than or equal to", "larger than or equal to", "bigger than or equal to",
    "greater or equal than", "more or equal than", "higher or equal than", "larger or equal than",
    "bigger or equal than", "greater or equal to", "at least or equal to", "equal to or more than",
    "equal to or greater than", "equal to or higher than", "equal or more than",
    "equal or greater than", ">", "> =", "≥",
)
UPPER_BOUND = (
    "up to", "fewer than", "less than", "under", "at most", "as many as", "as high as", "no more than",
    "a maximum of", "below", "not more than", "as much as", "not exceeding", "upto", "well under", "well below",
    "slightly fewer than", "a little less than", "slightly less than", "a little under",
    "smaller than", "lower than", "less than or equal to", "fewer than or equal to",
    "smaller than or equal to", "lower than or equal to", "less or equal than",
    "smaller or equal than", "lower or equal than", "fewer or equal than", "less or equal to",
    "at most or equal to", "equal to or less than", "equal to or fewer than",
    "equal to or smaller than", "equal to or lower than", "equal or less than", "<", "< =", "≤",
)
#: "equal to N", "equals N": exactly N (a closed interval of one point).
EQUAL_TO = ("equal to", "equals", "equals to", "equaling", "equaling to", "equalling", "equalling to")
#: Comparison signs: never read after another sign ("<>30", "=>30" are not bounds).
COMPARISON_SIGNS = ("<", ">", "=", "≤", "≥")
#: "nearly N" and "almost N" are upper bounds that are also approximately N.
NEAR_UPPER = ("nearly", "almost", "close to", "just under", "just short of", "approaching", "barely", "scarcely")
APPROX = (
    "about", "around", "roughly", "approximately", "some", "an estimated", "estimated",
    "approx.", "approx", "circa", "ca.", "c.", "more or less", "or so", "upward of",
    "an approximate", "round about", "in the region of", "on the order of", "nigh on", "closer to",
)
#: "how about 20", "what about 3,000": no hedge after these.
NOT_HEDGE_AFTER = ("how", "what")
#: Written after the number: "3,000 or more", "1,000-plus".
POST_LOWER = (
    "or more", "plus", "+", "and more", "and above", "or above", "or greater", "or greater than",
    "or more than", "or higher", "or higher than", "and over",
)
POST_UPPER = (
    "or fewer", "or less", "at most", "and below", "or below", "or less than", "or fewer than",
    "or lower", "or lower than", "or smaller", "or smaller than", "and under",
)
POST_APPROX = ("or so", "odd")
#: "less than 5,000 or equal": the bound stays (its end is included, which a Quantity does not
#: record).
POST_EQUAL = ("or equal", "or equal to")
#: Words joining the two ends of a range: "20 to 30", "20-30", "20 through 30", "20~30".
RANGE_JOINERS = ("to", "-", "–", "—", "or", "through", "thru", "~")
#: Words joining a lower and an upper bound into one range: "above 100 and below 300",
#: "more than 20 but less than 30", "at most 100, at least 20".
BOUND_JOINERS = ("and", "but", ",", ", and", ", but", "and yet")

# --- not quantities -------------------------------------------------------------------------
MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)
#: Nouns after a number that make it a label, not a count: "Route 9", "page 12".
LABEL_NOUNS_BEFORE = (
    "page", "pages", "p.", "pp.", "route", "highway", "no.", "number", "room", "chapter",
    "article", "section", "flight", "platform", "gate", "apartment", "building", "district",
    "resolution", "paragraph", "vol.", "volume", "brigade", "division", "battalion", "regiment",
    "corps", "unit", "squad", "line", "channel", "level", "grade", "tier", "phase", "stage",
    "year", "since", "in", "until", "by", "from", "covid-", "mh",
)
TIME_WORDS = ("a.m.", "p.m.", "am", "pm", "gmt", "utc", "hours", "o'clock", "h")
#: With ``claims=False`` a lone "one" is still a pronoun after these ("the one you mentioned").
PRONOUN_ONE_AFTER = (
    "the", "this", "that", "which", "each", "every", "any", "another", "what", "whichever", "no",
    "a", "an", "only", "such",
)
AGE_PATTERNS = ("year-old", "years-old", "year old", "years old", "-year-old", "aged")
#: A number right before one of these is a duration, not a count: "lasted 3 weeks", "for 24
#: hours", "two years ago", "a 24-hour truce" (rates such as "1,000 a day" are not affected).
DURATION_WORDS = (
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades",
)
#: Capitalised words that do not name a thing when a number follows ("Only 12", "All 300",
#: "On Monday 300"): the rule ``not_name_label`` ("Boeing 737", "Apollo 11", "World War 2")
#: skips them, as well as month names and the first words of the interval modifiers.
NOT_NAME_WORDS = (
    "the", "a", "an", "only", "just", "all", "another", "these", "those", "this", "that",
    "their", "its", "his", "her", "our", "my", "your", "of", "in", "on", "at", "for", "with",
    "after", "before", "since", "by", "from", "to", "and", "but", "or", "nor", "yet", "so",
    "then", "than", "exactly", "precisely", "perhaps", "maybe", "possibly", "probably", "still",
    "even", "further", "additional", "both", "each", "every", "total", "altogether", "including",
    "among", "during", "within", "across", "into", "like", "as", "when", "while", "where", "if",
    "although", "though", "because", "until", "today", "yesterday", "tomorrow", "now", "here",
    "there", "also", "plus", "fewer", "more", "less", "least", "most", "another", "other",
    "overall", "officially", "reportedly", "initially", "again", "nearly", "i", "we", "they",
    "he", "she", "it", "you", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
)
#: ... nor a capitalised word after these, where it is the addressee of a statement: "told
#: Reuters 300 had died", "according to AFP 12 were hurt".
NAME_NOT_AFTER = ("told", "tells", "telling", "informed", "to")

# --- units ----------------------------------------------------------------------------------
PERCENT_WORDS = ("%", "percent", "per cent", "pc", "pct", "percentage points", "percents", "percentage")
MONEY_SYMBOLS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₴": "UAH", "₽": "RUB", "₩": "KRW"}
#: Currencies written in letters before the digits (rule ``letter_currency``: "K2 million", "P600").
MONEY_PREFIXES = {"K": "ZMW", "P": "BWP", "R": "ZAR", "RM": "MYR", "Rs": "INR", "Nu": "BTN", "KSh": "KES",
                  "Ksh": "KES", "Tk": "BDT", "Rp": "IDR"}
MONEY_WORDS = (
    "reais", "real", "naira", "rupees", "rupiah", "shillings", "pesos", "dinars", "lira", "rand", "francs",
    "yen", "riyals", "dirhams", "hryvnia", "dollars", "euros", "pounds", "rubles", "roubles", "hryvnias", "won",
    "yuan", "usd", "eur", "dong", "kwacha", "kwanzas", "kwanza", "lempiras", "quetzales", "quetzals", "cedis",
    "birr", "taka", "kyat", "riels", "baht", "ringgit", "soles", "bolivianos", "guaranies", "colones",
    "cordobas", "córdobas", "leones", "meticais", "ariary", "tenge", "somoni", "manat", "lari", "drams", "lei",
    "forints", "zlotys", "zloty", "korunas", "kronor", "kroner", "pula", "shekels", "afghanis", "rials", "dinar",
    "rupee", "peso", "franc", "euro", "dollar", "pound", "cfa francs", "gourdes", "gourde", "crowns", "kronur",
    "krona", "krone", "levs", "leva", "denars", "marks", "ouguiyas", "dalasis", "nakfa", "kina", "vatu", "tala",
    "pa'anga", "lilangeni", "emalangeni", "maloti", "rufiyaa", "ngultrum", "kip", "tugrik", "togrog", "afghani",
    "bolivares", "bolívares", "sucres")
AREA_WORDS = (
    "square kilometres", "square kilometers", "square miles", "km2", "km²", "sq km", "sq mi",
    "hectares", "acres", "square metres", "square meters",
)
RATE_WORDS = ("a day", "per day", "a week", "per week", "a month", "per month", "each day", "daily", "every day", "an hour", "per hour")

# --- attribution ----------------------------------------------------------------------------
#: Lemmas of reporting verbs whose subject is the source of what they introduce.
CUE_VERBS = {
    "say", "state", "report", "estimate", "claim", "corroborate", "tell", "announce", "confirm",
    "add", "note", "put", "count", "record", "assess", "believe", "indicate", "suggest", "show",
    "reveal", "warn", "acknowledge", "allege", "insist", "write", "post", "declare", "tally",
    "calculate", "explain", "testify", "disclose", "publish", "cite", "quote", "tweet", "brief",
    "inform", "assert", "maintain", "argue", "conclude", "find", "document", "verify", "deny", "identify", "give",
    "dismiss", "reject", "refute", "contest", "dispute", "mention", "update", "raise", "revise",
    "lower", "cut", "register", "list", "register", "signal", "detail", "accuse", "predict",
    "forecast", "expect", "understand", "think", "project", "observe", "reckon", "print",
}
#: Nouns that carry a source's statement: "X's estimate", "estimates from X", "a report by X".
CUE_NOUNS = {
    "estimate", "estimates", "figure", "figures", "assessment", "assessments", "data", "count",
    "tally", "report", "reports", "statement", "statements", "toll", "numbers", "analysis",
    "calculation", "calculations", "record", "records", "briefing", "intelligence", "account",
    "accounts", "claim", "claims", "update", "survey", "census", "study", "findings", "list", "register", "registry",
    "reply", "answer", "memo", "spreadsheet",
}
#: Nouns that are never a source themselves ("reports indicate ...": the outlet's voice).
#: Nouns that name a statement "from"/"by" someone: "figures from X", "a report by X". Not "toll":
#: "the death toll from Friday's strike" names an event, not a source.
STATEMENT_NOUNS = {
    "estimate", "estimates", "figure", "figures", "assessment", "assessments", "data", "report",
    "reports", "statement", "statements", "analysis", "intelligence", "numbers", "calculations",
    "briefing", "update", "survey", "study", "findings", "records", "tally", "count",
    "investigation", "inquiry", "review", "bulletin", "database", "census", "audit",
    "reply", "answer", "memo", "spreadsheet", "claim", "document",
}
#: Words before a number that make it a phone number or a code, not a count.
PHONE_CONTEXT = {"call", "calls", "dial", "hotline", "helpline", "line", "phone", "telephone", "tel", "text", "sms", "whatsapp"}
#: Hyphenated measure adjectives ("a nine-storey building", "a three-hour battle") are not counts,
#: except these, which count people ("a 1,000-strong force").
HYPHEN_COUNT_WORDS = {"strong", "plus", "odd", "member", "man", "person"}

NON_SOURCE_NOUNS = {
    "report", "reports", "evidence", "data", "figure", "figures", "images", "footage", "video",
    "videos", "photos", "satellite", "this", "that", "which", "what", "there", "analysis",
    "estimates", "estimate", "numbers", "records", "record", "findings", "study", "survey", "news",
    "information", "development", "release", "move", "toll", "count", "tally", "statement",
    "number", "total", "photographs", "imagery", "pictures", "link", "videolink", "phone", "telephone",
    # nobody in particular ("nobody here expects to find them alive", "Does anyone dispute ...")
    "nobody", "anyone", "anybody", "everyone", "everybody", "all", "none",
}
#: Phrases that mean "the outlet heard it" — the outlet's own voice, hedged.
ANONYMOUS_SOURCE_NOUNS = {
    "officials", "official", "sources", "source", "analysts", "analyst", "experts", "expert",
    "diplomats", "diplomat", "observers", "people", "insiders", "authorities", "lawmakers",
    "lawmaker", "spokesman", "spokeswoman", "spokesperson", "residents", "witnesses", "medics",
    "doctors", "volunteers", "activists", "organisers", "organizers", "police", "rescuers",
    "officers", "commanders", "commander", "soldiers", "troops", "bloggers",
}

#: Place-names used for their government ("Moscow has not acknowledged ...").
METONYMS = {
    "moscow": "Russia", "the kremlin": "Russia", "kremlin": "Russia", "pyongyang": "North Korea",
    "kyiv": "Ukraine", "kiev": "Ukraine", "seoul": "South Korea", "washington": "United States",
    "beijing": "China", "tehran": "Iran", "london": "United Kingdom", "paris": "France",
    "berlin": "Germany", "brussels": "European Union", "tokyo": "Japan", "the white house": "White House",
    "the pentagon": "Pentagon",
    # seats of government that speak for an office ("La Moneda said")
    "la moneda": "Chilean presidency", "casa rosada": "Argentine presidency", "the elysee": "French presidency",
    "the élysée": "French presidency", "elysee": "French presidency", "élysée": "French presidency",
    "downing street": "British government", "number 10": "British government", "whitehall": "British government",
    "the blue house": "South Korean presidency", "planalto": "Brazilian presidency", "the planalto": "Brazilian presidency",
    "quai d'orsay": "French Foreign Ministry", "the quai d'orsay": "French Foreign Ministry",
}
#: Country names and adjectives, so "Ukrainian officials" and "Ukraine" group as one country.
COUNTRY_ADJECTIVES = {
    "u.s.": "United States", "us": "United States", "american": "United States", "america": "United States",
    "united states": "United States", "the united states": "United States", "the u.s.": "United States",
    "ukrainian": "Ukraine", "ukraine": "Ukraine",
    "south korean": "South Korea", "south korea": "South Korea",
    "north korean": "North Korea", "north korea": "North Korea",
    "russian": "Russia", "russia": "Russia",
    "british": "United Kingdom", "uk": "United Kingdom", "u.k.": "United Kingdom", "britain": "United Kingdom",
    "chinese": "China", "china": "China", "japanese": "Japan", "japan": "Japan",
    "german": "Germany", "germany": "Germany", "french": "France", "france": "France",
    "western": "Western", "european": "European Union", "nato": "NATO",
}
#: More countries as "adjective/name -> country" (names map to themselves).
_MORE_COUNTRIES = {
    "Poland": "polish", "Israel": "israeli", "Iran": "iranian", "Iraq": "iraqi", "Syria": "syrian",
    "Lebanon": "lebanese", "Yemen": "yemeni", "Saudi Arabia": "saudi", "Turkey": "turkish", "Egypt": "egyptian",
    "Libya": "libyan", "Sudan": "sudanese", "South Sudan": "south sudanese", "Chad": "chadian",
    "Ethiopia": "ethiopian", "Kenya": "kenyan", "Somalia": "somali", "Nigeria": "nigerian", "Mali": "malian",
    "Niger": "nigerien", "Burkina Faso": "burkinabe", "Mozambique": "mozambican", "Congo": "congolese",
    "Rwanda": "rwandan", "Burundi": "burundian", "Uganda": "ugandan", "Afghanistan": "afghan",
    "Pakistan": "pakistani", "India": "indian", "Bangladesh": "bangladeshi", "Myanmar": "burmese",
    "Nepal": "nepali", "Belarus": "belarusian", "Georgia": "georgian", "Armenia": "armenian",
    "Azerbaijan": "azerbaijani", "Serbia": "serbian", "Hungary": "hungarian", "Romania": "romanian",
    "Moldova": "moldovan", "Greece": "greek", "Italy": "italian", "Spain": "spanish", "Portugal": "portuguese",
    "Netherlands": "dutch", "Belgium": "belgian", "Sweden": "swedish", "Finland": "finnish",
    "Norway": "norwegian", "Denmark": "danish", "Estonia": "estonian", "Latvia": "latvian",
    "Lithuania": "lithuanian", "Canada": "canadian", "Mexico": "mexican", "Colombia": "colombian",
    "Venezuela": "venezuelan", "Brazil": "brazilian", "Argentina": "argentine", "Chile": "chilean",
    "Peru": "peruvian", "Haiti": "haitian", "Cuba": "cuban", "Philippines": "filipino", "Indonesia": "indonesian",
    "Vietnam": "vietnamese", "Thailand": "thai", "Australia": "australian", "Tunisia": "tunisian",
    "Algeria": "algerian", "Morocco": "moroccan", "Jordan": "jordanian", "Qatar": "qatari",
    "Palestine": "palestinian", "Gaza": "palestinian",
    "Sri Lanka": "sri lankan", "Madagascar": "malagasy", "Comoros": "comorian", "Mauritania": "mauritanian",
    "Guatemala": "guatemalan", "Kyrgyzstan": "kyrgyz", "Tajikistan": "tajik", "Senegal": "senegalese",
    "Guinea": "guinean", "Cambodia": "cambodian", "Laos": "lao", "Ecuador": "ecuadorian", "Bolivia": "bolivian",
    "Honduras": "honduran", "El Salvador": "salvadoran", "Nicaragua": "nicaraguan", "Kosovo": "kosovar",
    "Bosnia": "bosnian", "Slovakia": "slovak", "Bulgaria": "bulgarian", "Cyprus": "cypriot", "Benin": "beninese",
    "Togo": "togolese", "Ghana": "ghanaian", "Cameroon": "cameroonian", "Gabon": "gabonese", "Angola": "angolan",
    "Zambia": "zambian", "Zimbabwe": "zimbabwean", "Malawi": "malawian", "Tanzania": "tanzanian",
    "Eritrea": "eritrean", "Djibouti": "djiboutian", "Equatorial Guinea": "equatoguinean",
    "Central African Republic": "central african", "Ivory Coast": "ivorian", "Sierra Leone": "sierra leonean",
    "Liberia": "liberian", "Gambia": "gambian", "Guyana": "guyanese", "Papua New Guinea": "papua new guinean",
    "Taiwan": "taiwanese", "South Africa": "south african", "Namibia": "namibian", "Botswana": "motswana",
    "Slovenia": "slovenian", "Croatia": "croatian", "Albania": "albanian", "Montenegro": "montenegrin",
    "Austria": "austrian", "Switzerland": "swiss", "Ireland": "irish", "Czech Republic": "czech",
    "Uzbekistan": "uzbek", "Kazakhstan": "kazakh", "Turkmenistan": "turkmen", "Mongolia": "mongolian",
    "Malaysia": "malaysian", "Singapore": "singaporean", "New Zealand": "new zealand",
    "Bahamas": "bahamian", "Jamaica": "jamaican", "Dominican Republic": "dominican", "Panama": "panamanian",
    "Costa Rica": "costa rican", "Uruguay": "uruguayan", "Paraguay": "paraguayan", "Solomon Islands": "solomon islands",
    "Fiji": "fijian", "Samoa": "samoan", "Tonga": "tongan", "Vanuatu": "vanuatuan", "Maldives": "maldivian",
    "Bhutan": "bhutanese", "Oman": "omani", "Kuwait": "kuwaiti", "Bahrain": "bahraini", "Cape Verde": "cape verdean",
    "Lesotho": "basotho", "Eswatini": "swazi", "Mauritius": "mauritian", "Seychelles": "seychellois",
    "Malta": "maltese",
}
#: Capitals named for their country ("Buenos Aires" tells which country "the government" is).
CAPITALS = {
    "Kyiv": "Ukraine", "Moscow": "Russia", "Seoul": "South Korea", "Pyongyang": "North Korea", "Washington": "United States",
    "Beijing": "China", "Tokyo": "Japan", "London": "United Kingdom", "Paris": "France", "Berlin": "Germany",
    "Warsaw": "Poland", "Minsk": "Belarus", "Tehran": "Iran", "Baghdad": "Iraq", "Damascus": "Syria", "Beirut": "Lebanon",
    "Sanaa": "Yemen", "Riyadh": "Saudi Arabia", "Ankara": "Turkey", "Cairo": "Egypt", "Tripoli": "Libya",
    "Khartoum": "Sudan", "Juba": "South Sudan", "N'Djamena": "Chad", "Addis Ababa": "Ethiopia", "Nairobi": "Kenya",
    "Mogadishu": "Somalia", "Abuja": "Nigeria", "Bamako": "Mali", "Niamey": "Niger", "Ouagadougou": "Burkina Faso",
    "Maputo": "Mozambique", "Kinshasa": "Congo", "Kigali": "Rwanda", "Kabul": "Afghanistan", "Islamabad": "Pakistan",
    "New Delhi": "India", "Dhaka": "Bangladesh", "Naypyidaw": "Myanmar", "Kathmandu": "Nepal", "Tbilisi": "Georgia",
    "Yerevan": "Armenia", "Baku": "Azerbaijan", "Belgrade": "Serbia", "Budapest": "Hungary", "Bucharest": "Romania",
    "Athens": "Greece", "Rome": "Italy", "Madrid": "Spain", "Lisbon": "Portugal", "Ottawa": "Canada",
    "Mexico City": "Mexico", "Bogota": "Colombia", "Bogotá": "Colombia", "Caracas": "Venezuela", "Brasilia": "Brazil",
    "Buenos Aires": "Argentina", "Santiago": "Chile", "Lima": "Peru", "Port-au-Prince": "Haiti", "Havana": "Cuba",
    "Manila": "Philippines", "Jakarta": "Indonesia", "Hanoi": "Vietnam", "Bangkok": "Thailand", "Canberra": "Australia",
    "Tunis": "Tunisia", "Algiers": "Algeria", "Rabat": "Morocco", "Amman": "Jordan", "Doha": "Qatar",
    "Phnom Penh": "Cambodia", "Naypyitaw": "Myanmar", "Colombo": "Sri Lanka", "Kampala": "Uganda", "Dodoma": "Tanzania",
    "Lusaka": "Zambia", "Harare": "Zimbabwe", "Asmara": "Eritrea", "Bangui": "Central African Republic",
    "Yaoundé": "Cameroon", "Dakar": "Senegal", "Accra": "Ghana", "Pretoria": "South Africa", "Jerusalem": "Israel",
    "Taipei": "Taiwan", "Vientiane": "Laos", "Kuala Lumpur": "Malaysia", "Tashkent": "Uzbekistan", "Astana": "Kazakhstan",
    "Pristina": "Kosovo", "Tirana": "Albania", "Sarajevo": "Bosnia", "Skopje": "North Macedonia", "Zagreb": "Croatia",
    "Bratislava": "Slovakia", "Prague": "Czech Republic", "Vienna": "Austria", "Copenhagen": "Denmark", "Oslo": "Norway",
    "Stockholm": "Sweden", "Helsinki": "Finland", "Tallinn": "Estonia", "Riga": "Latvia", "Vilnius": "Lithuania",
    "Chisinau": "Moldova", "Nicosia": "Cyprus", "Muscat": "Oman", "Abu Dhabi": "United Arab Emirates",
    "Managua": "Nicaragua", "Quito": "Ecuador", "La Paz": "Bolivia", "Georgetown": "Guyana", "Djibouti": "Djibouti",
    "Gitega": "Burundi", "Luanda": "Angola", "Windhoek": "Namibia", "Antananarivo": "Madagascar", "Conakry": "Guinea",
    "Freetown": "Sierra Leone", "Monrovia": "Liberia", "Nouakchott": "Mauritania", "Lomé": "Togo", "Cotonou": "Benin",
    "Santo Domingo": "Dominican Republic", "Nassau": "Bahamas", "San José": "Costa Rica", "Panama City": "Panama",
    "Kingston": "Jamaica", "Asunción": "Paraguay", "Montevideo": "Uruguay", "Tegucigalpa": "Honduras",
    "Suva": "Fiji", "Port Vila": "Vanuatu", "Honiara": "Solomon Islands", "Valletta": "Malta",
    "Thimphu": "Bhutan", "Malé": "Maldives", "Kuwait City": "Kuwait", "Manama": "Bahrain",
    "Praia": "Cape Verde", "Banjul": "Gambia", "Lilongwe": "Malawi",
    "Dar es Salaam": "Tanzania", "Port Moresby": "Papua New Guinea", "Ulaanbaatar": "Mongolia",
}
for _country, _adj in _MORE_COUNTRIES.items():
    if _country != "Gaza":
        COUNTRY_ADJECTIVES.setdefault(_country.lower(), _country)
    COUNTRY_ADJECTIVES.setdefault(_adj, _country if _country != "Gaza" else "Palestine")
COUNTRY_ADJECTIVES.setdefault("argentinian", "Argentina")
#: The remaining capitals ("Apia said" speaks for Samoa; "Brussels" is the EU, in ``METONYMS``).
CAPITALS.update({
    "Andorra la Vella": "Andorra", "Bridgetown": "Barbados", "Belmopan": "Belize", "Porto-Novo": "Benin",
    "Sucre": "Bolivia", "Gaborone": "Botswana", "Brasília": "Brazil", "Sofia": "Bulgaria", "Moroni": "Comoros",
    "Brazzaville": "Republic of the Congo", "Dili": "Timor-Leste", "San Salvador": "El Salvador",
    "Malabo": "Equatorial Guinea", "Mbabane": "Eswatini", "Libreville": "Gabon", "Guatemala City": "Guatemala",
    "Bissau": "Guinea-Bissau", "Reykjavik": "Iceland", "Reykjavík": "Iceland", "Dublin": "Ireland",
    "Tarawa": "Kiribati", "Bishkek": "Kyrgyzstan", "Maseru": "Lesotho", "Port Louis": "Mauritius",
    "Podgorica": "Montenegro", "Amsterdam": "Netherlands", "Wellington": "New Zealand", "Apia": "Samoa",
    "Ljubljana": "Slovenia", "Paramaribo": "Suriname", "Bern": "Switzerland", "Dushanbe": "Tajikistan",
    "Nuku'alofa": "Tonga", "Port of Spain": "Trinidad and Tobago", "Ashgabat": "Turkmenistan",
})
#: The remaining UN member states (and their adjectives), so no country reads as a town.
_REST_OF_WORLD = {
    "Andorra": "andorran", "Antigua and Barbuda": "antiguan", "Barbados": "barbadian", "Belize": "belizean",
    "Bosnia and Herzegovina": "bosnian", "Brunei": "bruneian", "Grenada": "grenadian", "Guinea-Bissau": "bissau-guinean",
    "Iceland": "icelandic", "Kiribati": "i-kiribati", "Liechtenstein": "liechtensteiner", "Luxembourg": "luxembourgish",
    "Marshall Islands": "marshallese", "Micronesia": "micronesian", "Monaco": "monegasque", "Nauru": "nauruan",
    "North Macedonia": "macedonian", "Macedonia": "macedonian", "Palau": "palauan", "Saint Lucia": "saint lucian",
    "San Marino": "sammarinese", "Suriname": "surinamese", "Timor-Leste": "timorese", "East Timor": "timorese",
    "Trinidad and Tobago": "trinidadian", "Tuvalu": "tuvaluan", "United Arab Emirates": "emirati",
    "United Kingdom": "british", "Eswatini": "swazi", "Swaziland": "swazi", "Botswana": "botswanan",
    "Comoros": "comoran", "Solomon Islands": "solomon islander", "Philippines": "philippine",
    "Republic of the Congo": "congolese",
}
for _country, _adj in _REST_OF_WORLD.items():
    COUNTRY_ADJECTIVES.setdefault(_country.lower(), "North Macedonia" if _country == "Macedonia" else
                                  "Timor-Leste" if _country == "East Timor" else "Eswatini" if _country == "Swaziland"
                                  else _country)
    COUNTRY_ADJECTIVES.setdefault(_adj, COUNTRY_ADJECTIVES[_country.lower()])
#: Words that tell a source's kind. First match wins, in this order.
SOURCE_KIND_WORDS = (
    ("intelligence", ("intelligence", "nis", "spy agency", "cia", "gur", "hur", "mi6", "spy")),
    ("military", ("military", "army", "armed forces", "joint chiefs", "jcs", "defense ministry",
                  "defence ministry", "ministry of defense", "ministry of defence", "pentagon",
                  "general staff", "command", "forces", "navy", "air force", "brigade", "sso",
                  "special operations")),
    ("international", ("united nations", "un ", "u.n.", "unhcr", "ocha", "iom", "who", "unicef",
                       "red cross", "icrc", "nato", "european union", "world bank", "imf")),
    ("ngo", ("ngo", "human rights watch", "amnesty", "médecins", "msf", "foundation", "institute",
             "observatory", "monitor", "group", "association", "organisers", "organizers")),
    ("media", ("news", "times", "post", "news agency", "press agency", "tv", "television", "kctv", "kcna", "tass",
               "ria", "reuters", "yonhap", "bbc", "cnn", "press", "journal", "newspaper", "wire",
               "broadcaster", "daily", "herald", "tribune", "telegraph")),
    ("government", ("government", "ministry", "president", "minister", "white house", "kremlin",
                    "state department", "department", "spokesman", "spokeswoman", "spokesperson",
                    "lawmaker", "parliament", "office", "authorities", "police", "mayor",
                    "governor", "council", "administration", "officials", "official", "kirby",
                    "peskov", "embassy", "foreign ministry", "agency", "russia", "north korea", "ukraine",
                    "south korea", "united states", "moscow", "pyongyang")),
)
#: Titles stripped from person names: "Ukrainian President Volodymyr Zelenskyy" -> "Volodymyr Zelenskyy".
PERSON_TITLES = (
    "president", "prime minister", "minister", "spokesman", "spokeswoman", "spokesperson",
    "secretary", "general", "gen.", "lt.", "col.", "colonel", "lieutenant", "major", "captain",
    "commander", "chief", "director", "head", "lawmaker", "senator", "rep.", "representative",
    "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "sir", "national", "security", "council", "ambassador",
    "adviser", "advisor", "envoy", "mayor", "governor", "foreign", "defense", "defence",
    "deputy", "vice", "interior", "kremlin", "white", "house", "pentagon", "press", "opposition",
    "ruling", "party",
)

# --- hedging and stance ---------------------------------------------------------------------
#: Hedge words (lower-case, matched on token lemma or text) -> the hedge label they give.
HEDGES = {
    "reportedly": "reportedly",
    "allegedly": "alleged",
    "alleged": "alleged",
    "allege": "alleged",
    "purportedly": "purportedly",
    "purporting": "purportedly",
    "purported": "purportedly",
    "estimate": "estimated",
    "estimated": "estimated",
    "estimates": "estimated",
    "estimating": "estimated",
    "suggest": "estimated",
    "suggests": "estimated",
    "suggested": "estimated",
    "assess": "estimated",
    "assessed": "estimated",
    "believe": "estimated",
    "believed": "estimated",
    "appears": "appears",
    "appear": "appears",
    "appeared": "appears",
    "seems": "appears",
    "apparently": "appears",
    "likely": "appears",
    "possibly": "appears",
    "unconfirmed": "unconfirmed",
    "unverified": "unconfirmed",
    "claimed": "claimed",
    "claims": "claimed",
    "claim": "claimed",
    "claiming": "claimed",
    "rumoured": "reportedly",
    "rumored": "reportedly",
    "said to": "reportedly",
    "thought to": "estimated",
    "expect": "projected",
    "expects": "projected",
    "expected": "projected",
    "expecting": "projected",
    "forecast": "projected",
    "projected": "projected",
    "planned": "projected",
}
#: Multi-word hedges matched on the sentence text (lower-cased).
HEDGE_PHRASES = {
    "could not be independently verified": "unconfirmed",
    "could not independently verify": "unconfirmed",
    "was unable to independently verify": "unconfirmed",
    "were unable to independently verify": "unconfirmed",
    "has not been able to independently verify": "unconfirmed",
    "cannot be independently verified": "unconfirmed",
    "has not been independently verified": "unconfirmed",
    "have not been independently verified": "unconfirmed",
    "could not be verified": "unconfirmed",
    "could not immediately be verified": "unconfirmed",
    "is said to": "reportedly",
    "are said to": "reportedly",
    "according to reports": "reportedly",
}
#: Hedge label -> the certainty it implies (the weakest one wins).
HEDGE_CERTAINTY = {
    "estimated": "probable",
    "appears": "probable",
    "reportedly": "possible",
    "alleged": "possible",
    "purportedly": "possible",
    "unconfirmed": "possible",
    "claimed": "possible",
    "projected": "possible",
}
#: Hedges that make a figure a projection, not a count: never compared for contradictions.
PROJECTION_HEDGES = {"projected"}
#: Cue lemmas that deny what they introduce.
DENIAL_VERBS = {"deny", "dismiss", "reject", "refute", "rebuff", "disavow", "contest", "dispute"}
#: Lemmas that, negated ("has not acknowledged") or as a refusal, mean not_acknowledged.
ACKNOWLEDGE_VERBS = {"acknowledge", "confirm", "admit", "recognize", "recognise", "comment", "disclose", "verify",
                     "endorse", "accept"}
#: Phrases that mean not_acknowledged without a negated verb.
NOT_ACKNOWLEDGED_PHRASES = (
    "declined to comment", "declined to confirm", "refused to comment", "refused to confirm",
    "did not respond to", "has remained silent", "have remained silent", "remained silent",
    "no comment", "would neither confirm nor deny", "neither confirmed nor denied",
    "did not comment", "has not commented", "have not commented", "declined to give",
)
DENIAL_PHRASES = ("as propaganda", "as fake", "as a fake", "as fabricated", "never gave that figure", "as false",
                  "never given that figure", "never given the figure", "never gave the figure", "never given such a figure",
                  "as disinformation", "as lies", "were fabricated", "was fabricated", "is fabricated",
                  "are fabricated", "\"fantasy", "as fantasy", "as exaggerated", "as a lie", "\"a lie",
                  "\"exaggerated", "\"an invention", "\"baseless", "\"propaganda", "\"fabricated", "\"false",
                  "a fabrication", "as a fabrication", "\"a fabrication", "\"inflated", "as inflated", "were inflated",
                  "was inflated", "\"manipulation", "as manipulation", "a fairy tale", "\"a fairy tale", "\"slander",
                  "as slander", "\"invented", "\"a number invented", "\"made up", "were made up", "was made up",
                  "\"fiction", "as fiction", "\"nonsense", "as nonsense", "\"absurd", "\"untrue", "was untrue",
                  "were untrue", "\"lies", "\"a fantasy", "\"fake", "as fake news", "\"not true", "\"wildly exaggerated",
                  "\"grossly exaggerated", "\"grossly inflated", "\"wildly inflated", "\"disinformation")
#: Words that reject a figure when a source calls it so ("called that figure 'pure speculation'",
#: "dismissed it as scaremongering"): rule ``dismissive_label``. Matched as whole words in what the
#: verb says of its object, never in clauses joined to it.
DISMISSIVE_WORDS = {
    "lie", "lies", "lying", "speculation", "speculative", "invention", "invented", "exaggeration", "exaggerated",
    "exaggerating", "guesswork", "scaremongering", "propaganda", "fabrication", "fabricated", "nonsense",
    "fiction", "fictitious", "irresponsible", "false", "untrue", "wrong", "baseless", "unfounded", "groundless",
    "rumour", "rumours", "rumor", "rumors", "fake", "inflated", "absurd", "ridiculous", "fantasy", "slander",
    "hysteria", "misleading", "disinformation", "misinformation", "smear", "hoax", "bogus", "preposterous",
    "incorrect", "inaccurate", "fearmongering", "alarmist", "sensationalist",
    "joke", "impossible", "implausible", "unrealistic", "fable", "fairytale", "fanciful", "far-fetched",
    "concocted", "manufactured", "overblown", "laughable", "farce",
}
#: Phrases that reject a figure in the same place ("said that is 'not a number we recognise'").
DISMISSIVE_PHRASES = ("no evidence", "no basis", "not a number we recognise", "not a number we recognize",
                      "not a figure we recognise", "not a figure we recognize", "not recognise", "not recognize",
                      "made up", "out of thin air", "has no basis", "not based on", "did not come from",
                      "nothing that supports", "nothing to support", "nothing at all to support", "nothing remotely like")
#: The quoted phrases above also match with curly quotes.
DENIAL_PHRASES = DENIAL_PHRASES + tuple(p.replace('"', "“") for p in DENIAL_PHRASES if '"' in p)

# --- what is counted ------------------------------------------------------------------------
#: Category -> words (lemmas or lower-case phrases) that put a figure in it. Checked in this
#: order: the compound categories first, so "killed or wounded" is not read as "killed".
CATEGORY_PHRASES = (
    ("killed", ("lost their lives", "lost his life", "lost her life", "lost their life")),
    ("missing", (
        "dead or missing", "died or went missing", "died or disappeared", "dead or disappeared",
        "dead and missing", "deaths and disappearances", "deaths or disappearances", "dead or presumed dead",
        "killed or missing", "missing or dead", "missing, presumed dead", "feared dead", "feared drowned",
        "presumed dead", "presumed drowned", "lost at sea", "missing at sea", "unaccounted for",
        "feared to have drowned", "feared to have died", "feared killed", "died or gone missing",
        "dead or gone missing", "died or went missing at sea",
    )),
    ("killed_or_wounded", (
        "killed or wounded", "killed or injured", "dead or wounded", "dead or injured",
        "killed and wounded", "killed and injured", "wounded or killed", "injured or killed",
        "casualties", "casualty", "losses", "loss", "dead and wounded", "killed or maimed",
        "put out of action", "lost", "lose",
    )),
    ("killed", ("killed", "kill", "dead", "die", "died", "deaths", "death", "death toll", "shot dead",
                "beaten to death",
                "toll", "fatalities", "fatality", "lives", "bodies", "body", "slain", "perished",
                "drowned", "drown", "lost their lives", "executed", "massacred",
                # killings counted, and the dead counted by their burials ("burying forty-one people",
                # "31 fresh graves", "eight more sets of remains"); people "buried" by a landslide
                # are missing (rule ``category_buried`` reads who buried whom)
                "killings", "homicides", "murders", "murdered", "burying", "burials", "graves",
                "sets of remains", "human remains")),
    ("wounded", ("wounded", "wound", "wounds", "injured", "injure", "injuries", "hurt", "injury", "maimed",
                 "hospitalised", "hospitalized", "taken to hospital", "admitted to hospital", "hypothermia")),
    ("captured", ("captured", "capture", "taken prisoner", "prisoners", "prisoner", "pows", "pow",
                  "detained", "detain", "taken captive", "surrendered", "seized")),
    ("missing", ("missing", "unaccounted for", "could not account for", "cannot account for", "not accounted for",
                 "could not be accounted for", "could not be located", "not yet located", "disappeared", "lost at sea", "disappearance", "disappearances",
                 "under rubble", "under the rubble", "buried under")),
    ("displaced", ("displaced", "displace", "fled", "flee", "refugees", "refugee", "evacuated",
                   "evacuation train", "evacuation trains", "evacuation flight", "evacuation flights",
                   "evacuation convoy", "evacuation convoys", "evacuation order", "evacuation orders",
                   "evacuate", "homeless", "uprooted", "forced from their homes", "idps",
                   "asylum seekers", "asylum", "evacuees", "sheltering", "shelters", "camps", "sought refuge",
                   "crossed into", "crossed the border", "internally displaced", "displacement",
                   "forcibly displaced", "returnees", "without shelter", "left homeless", "lost their homes",
                   "deported", "deport", "deportation", "deportations", "expelled", "forced back",
                   "forcibly returned", "pushed back", "crossing into", "crossing the border", "forced to leave",
                   "left their country", "left the country", "left their homes", "fled their homes", "emigrated",
                   "sought shelter", "took shelter", "taken shelter", "found shelter", "seeking shelter",
                   "seeking refuge", "taken refuge", "took refuge", "exodus", "hosts", "hosting", "returns",
                   "returned home", "gone home", "went home", "going back", "gone back", "went back",
                   # people driven out, moved on, sent back or housed because they were
                   "driven from their homes", "driven out", "forced out", "forced to flee", "had to leave",
                   "have had to leave", "repatriated", "repatriation", "turned back", "resettled",
                   "temporary housing", "temporary accommodation", "emergency accommodation",
                   "sleeping in", "sleeping here", "slept in", "in the open")),
    ("other", ("affected", "rescued", "damaged", "destroyed", "flooded", "without power", "without electricity",
               "vaccinated", "treated", "fed", "registered", "shot down", "downed",
               # crowds, arrests and arrivals are counted, but nobody was harmed or moved by force
               "crowd", "crowds", "attended", "attendance", "turnout", "turned out", "marched", "rallied",
               "gathered", "took part", "arrests", "arrested", "detentions", "were in custody", "are in custody",
               "remain in custody", "remained in custody", "still in custody",
               # recruitment, survivors and arrivals
               "recruiting", "recruited", "recruitment", "signed contracts", "survived",
               "survivors", "on board", "aboard")),
    ("deployed", ("deployed", "deploy", "deployment", "sent", "send", "dispatched", "dispatch",
                  "stationed", "station", "transferred", "arrived", "fighting", "fight",
                  "serving", "serve", "served", "mobilised", "mobilized", "mobilise", "mobilize",
                  "posted", "rotated", "moved", "based", "positioned", "shipped", "enlisted", "supplied",
                  "supply", "tracked", "detected", "spotted", "sighted", "massed", "amassed")),
)
#: Nouns that count people under arms: with no casualty word near, such a figure is ``deployed``.
FORCE_NOUNS = {
    "troops", "troop", "soldiers", "soldier", "forces", "personnel", "fighters", "fighter",
    "servicemen", "mercenaries", "mercenary", "contractors", "men", "combatants", "marines",
    "commandos", "paratroopers", "recruits", "conscripts", "reservists", "special forces",
    "instructors", "advisers", "advisors", "peacekeepers", "guards", "sailors", "airmen", "gunmen", "militiamen",
    "volunteers", "officers", "policemen", "gendarmes", "rescuers", "firefighters", "divers",
    # armed groups' members and a force's trainers: "no more than 200 militants remained",
    # "only a few hundred trainers", "150 deputies were on duty"
    "militants", "rebels", "insurgents", "jihadists", "bandits", "guerrillas", "trainers", "deputies",
    # "sending about 1,000 reinforcements", "Armed separatists ... number between 2,000 and 4,000"
    "reinforcements", "separatists", "paramilitaries",
}
#: Machines and posts that go with a force: with no other category word, a count of them is
#: ``deployed`` (rule ``category_equipment``: "14 navy vessels", "a dozen drone teams", "troops at 48
#: forward operating bases"). Missiles, rockets and drones are fired, not deployed.
EQUIPMENT_NOUNS = {
    "tanks", "tank", "aircraft", "warplanes", "jets", "helicopters", "warships", "frigates", "destroyers",
    "submarines", "carriers", "howitzers", "artillery", "vehicles", "vessels", "ships", "teams", "trucks",
    "bases", "battalions", "brigades", "units", "ambulances",
    # what a rescue brings to a disaster site: "40 cadaver dogs", "twelve high-capacity pumps", "two drones"
    "dogs", "pumps", "cranes", "excavators", "bulldozers", "boats", "drones", "launchers", "interceptors",
    "radars", "batteries",
    # formations and craft of a force: "at least 16 Chinese divisions", "six infantry battlegroups",
    # "Three cutters", "some 30 fishing pirogues", "some 140 landing craft"
    "divisions", "squadrons", "battlegroups", "regiments", "corvettes", "cutters", "lifeboats", "pirogues",
    "launches", "craft",
    # "more than 500 pieces of equipment", "200 pieces of military hardware"
    "equipment", "hardware", "weaponry",
}
#: Illnesses: people "treated" for these are not wounded (rule ``category_treated``).
ILLNESS_WORDS = {"cholera", "measles", "malnutrition", "malaria", "dengue", "diarrhoea", "diarrhea", "covid",
                 "disease", "diseases", "illness", "illnesses", "infection", "infections", "vaccinated", "vaccine",
                 "exhaustion", "fainting", "fainted", "dehydration", "heatstroke", "none", "uninjured", "unhurt",
                 "gas"}  # ("treated 63 people, mostly for tear gas")
#: Verbs by which equipment is lost or used up, not deployed.
EQUIPMENT_LOSS_VERBS = {"shoot", "down", "destroy", "damage", "hit", "lose", "capture", "seize", "strike", "intercept",
                        "launch", "fire", "sink", "abandon", "attack", "use", "capsize", "overturn", "stop",
                        "turn", "seize", "detain", "impound"}
#: People under arms whose detention is an arrest, not a capture in war.
POLICE_NOUNS = {"officers", "policemen", "gendarmes", "rescuers", "firefighters"}
#: Bodies whose size is a count of people under arms: "Serbian forces numbered 5,000", "a joint
#: force of about 2,500", "Rwandan deployments peaked at 6,000" (rule ``category_force_size``).
FORCE_BODY_WORDS = {"force", "forces", "army", "armies", "militia", "militias", "corps", "deployment",
                    "deployments", "contingent", "garrison", "navy", "strength", "presence", "troops",
                    "brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "division", "divisions"}
#: Verbs that give a force's size: "number", "total", "peak at", "stand at".
SIZE_VERBS = {"number", "total", "peak", "stand", "reach", "swell", "grow", "rise", "have", "shrink", "fall"}
#: Modifiers that make "members", "men" or "staff" people under arms ("militia members").
FORCE_MODIFIERS = {"militia", "army", "military", "navy", "naval", "paramilitary", "security", "police", "armed", "service"}
#: Where displaced people sleep: "34,000 people were sleeping in 366 evacuation centres", "9,328
#: people were living in 16 relief camps" (rule ``category_sheltering``).
SHELTER_VERBS = {"live", "sleep", "stay", "shelter", "spend", "camp", "crowd", "squeeze", "huddle", "lodge", "place",
                 "house", "accommodate"}
SHELTER_NOUNS = {"camp", "camps", "centre", "centres", "center", "centers", "shelter", "shelters", "tent", "tents",
                 "school", "schools", "gymnasium", "gymnasiums", "gym", "gyms", "dormitory", "dormitories", "site",
                 "sites", "hall", "halls", "church", "churches", "mosque", "mosques", "car", "cars", "stadium",
                 "settlement", "settlements", "open", "street", "streets", "building", "buildings", "warehouse",
                 "warehouses", "theatre", "theater", "relatives", "families", "host"}
#: A figure in a sentence with one of these is about a period, not a running total.
PERIOD_PHRASES = (
    "in one week", "in a week", "in the past week", "in the last week", "over the past week",
    "in one day", "in a day", "in the past day", "in the past 24 hours", "in the last 24 hours",
    "overnight", "in a single day", "in one month", "in the past month", "last week",
    "this week", "in just one week", "in just a week", "within a week", "in a single week",
    "per day", "a day", "each day", "per week",
)
#: Categories whose totals only grow: a later, higher figure is not a contradiction.
CUMULATIVE_CATEGORIES = {"killed", "wounded", "killed_or_wounded", "captured", "missing"}

#: Role nouns that point back to the last source of these kinds ("the agency said").
ROLE_KINDS = {
    # role noun -> the kinds of source it can point back to, most likely first
    "agency": ("intelligence", "international", "government", "media"),
    "service": ("intelligence", "government"),
    "ministry": ("government", "military"),
    "military": ("military",),
    "army": ("military",),
    "command": ("military",),
    "government": ("government",),
    "official": ("government", "military", "intelligence", "anonymous"),
    "officials": ("government", "military", "intelligence", "anonymous"),
    "spokesman": ("government", "military", "person"),
    "spokeswoman": ("government", "military", "person"),
    "spokesperson": ("government", "military", "person"),
    "lawmaker": ("person",),
    "president": ("person",),
    "minister": ("person",),
    "leader": ("person",),
    "office": ("government",),
    "department": ("government",),
    "chiefs": ("military",),
    "site": ("media", "other"),
    "newspaper": ("media", "other"),
    "paper": ("media", "other"),
    "daily": ("media", "other"),
    "broadcaster": ("media", "other"),
    "channel": ("media", "other"),
    "mission": ("international", "government", "military"),
    "panel": ("international", "government", "ngo", "other"),
    "platform": ("international", "ngo", "other"),
    "company": ("other",),
    "firm": ("other",),
    "team": ("other", "ngo", "anonymous"),
    "researchers": ("other", "ngo", "anonymous"),
    "watchdog": ("ngo", "international", "government", "other"),
}
#: Nouns that stand for a figure named before ("the number", "the total"): they keep its category.
ANAPHORIC_COUNT_NOUNS = {"number", "total", "figure", "count", "tally", "estimate", "it", "victims"}
#: Country names are never what a role noun points back to ("the agency" is not "North Korea").

#: Well-known organisations: canonical name -> other names and acronyms reporters use. The source
#: registry maps every alias to the canonical name ("the UN refugee agency" -> "UNHCR").
ORG_ALIASES = {
    "IFRC": ("international federation of red cross and red crescent societies", "ifrc",
             "red cross and red crescent federation", "red crescent federation", "red cross federation"),
    "UNHCR": ("un refugee agency", "united nations refugee agency", "un high commissioner for refugees",
              "united nations high commissioner for refugees", "office of the un high commissioner for refugees"),
    "IOM": ("international organization for migration", "un migration agency", "united nations migration agency",
            "international organisation for migration", "iom"),
    "OCHA": ("un office for the coordination of humanitarian affairs", "office for the coordination of humanitarian affairs",
             "un humanitarian office", "un humanitarian affairs office", "un aid office", "ocha",
             "un relief chief", "un relief", "un humanitarian chief", "un aid chief", "un emergency relief coordinator"),
    "World Health Organization": ("who", "world health organisation", "un health agency"),
    "UNICEF": ("un children's agency", "un childrens agency", "united nations children's fund", "unicef"),
    "World Food Programme": ("wfp", "un food agency", "world food program"),
    "Save the Children": ("save the children",),
    "ICRC": ("international committee of the red cross", "red cross", "icrc"),
    "Médecins Sans Frontières": ("msf", "doctors without borders", "medecins sans frontieres"),
    "UN Human Rights Office": ("ohchr", "un human rights office", "un rights office",
                               "office of the un high commissioner for human rights",
                               "office of the high commissioner for human rights",
                               "un office of the high commissioner for human rights"),
    "National Intelligence Service": ("nis", "south korea national intelligence service",
                                      "south korean national intelligence service", "south korea spy agency",
                                      "south korean spy agency", "seoul spy agency", "south korea intelligence agency",
                                      "south korean intelligence agency", "south korea intelligence service",
                                      "south korean intelligence service", "seoul intelligence agency"),
    "UNRWA": ("un agency for palestinian refugees", "un palestinian refugee agency", "un relief and works agency",
              "united nations relief and works agency", "un agency for palestine refugees"),
    "Security Service of Ukraine": ("sbu", "ukraine security service", "ukrainian security service"),
    "Pentagon": ("us department of defense", "u.s. department of defense", "department of defense", "pentagon",
                 "us defense department", "u.s. defense department", "us defence department", "us dod",
                 "united states department of defense", "pentagon press office"),
    "Metropolitan Police": ("the met", "met", "met police", "scotland yard", "metropolitan police service",
                            "london metropolitan police", "london police"),
    "Indian Ministry of External Affairs": ("ministry of external affairs", "india foreign ministry",
                                            "indian foreign ministry", "india ministry of external affairs",
                                            "indian external affairs ministry", "mea"),
    "Hellenic Coast Guard": ("greek coast guard", "greek coastguard", "hellenic coastguard", "greece coast guard",
                             "greek coast guards", "hellenic coast guard"),
    "U.S. State Department": ("state department", "us state department", "u.s. state department",
                              "united states department of state", "us department of state", "department of state"),
}

#: People who speak for an organisation; unnamed, they stand for it ("a military spokesperson").
#: People who speak for themselves, recorded by their role when named ("A night-shift worker, Marcus
#: Hale," is the night-shift worker; "Maria Ricci, a nurse with the Italian Red Cross" the Italian
#: Red Cross nurse). Officials, spokespeople, lawmakers and analysts are not here.
INDIVIDUAL_ROLES = {"farmer", "worker", "nurse", "doctor", "physician", "surgeon", "midwife", "volunteer", "resident", "survivor",
                    "witness", "fisherman", "trader", "vendor", "seller", "shopkeeper", "driver", "teacher",
                    "student", "mother", "father", "widow", "widower", "elder", "villager", "relative", "neighbour",
                    "neighbor", "miner", "marcher", "protester", "protestor", "priest", "pastor", "imam", "nun",
                    "journalist", "photographer", "smuggler", "migrant", "refugee", "passenger", "rescuer", "diver",
                    "firefighter", "paramedic", "medic", "labourer", "laborer", "mechanic", "sailor", "boatman",
                    "herder", "nomad", "chief", "owner", "shopowner", "pharmacist", "grandmother", "grandfather",
                    "son", "daughter", "brother", "sister", "cousin", "uncle", "aunt", "wife", "husband"}
SPEAKER_ROLES = {"spokesman", "spokeswoman", "spokesperson", "spokespeople", "director", "head", "chief",
                 "president", "coordinator", "official", "representative", "commander", "secretary",
                 "officer", "chairman", "chairwoman", "chair"}
#: Roles whose holder speaks for the organisation named with them ("Jane Roe, a spokeswoman for X"):
#: the organisation is the source. Mayors, governors, doctors, nurses and volunteers speak for
#: themselves and are not here.
INSTITUTION_ROLES = {"spokesman", "spokeswoman", "spokesperson", "director", "head", "chief", "official",
                     "analyst", "specialist", "researcher", "expert", "economist", "fellow", "coordinator",
                     "representative", "secretary", "commander", "officer", "manager", "administrator",
                     "epidemiologist", "demographer", "statistician", "scientist", "professor", "lecturer",
                     "superintendent"}
#: People known only by where they live ("a fisherman from Pebane" is the "Pebane fisherman",
#: rule ``local_person``).
LOCAL_PEOPLE = {"man", "woman", "mother", "father", "fisherman", "resident", "villager", "survivor", "farmer",
                "teacher", "driver", "miner", "worker", "volunteer", "trader", "shopkeeper", "witness", "elder",
                "student", "herder", "boatman", "neighbour", "neighbor", "widow", "relative", "youth", "migrant"}
#: Offices whose holder, named in apposition to the place's office ("Sisaket's provincial governor,
#: Anan Phromsuwan"), is recorded by the office (rule ``office_by_role``).
SELF_ROLES = {"governor", "mayor", "commissioner", "premier", "prefect", "sheriff", "coroner", "wali"}
#: Chairs of a council or committee, recorded by the office they chair ("Guma council chairman").
CHAIR_ROLES = {"chairman", "chairwoman", "chairperson", "chair"}
#: Places that are institutions: "At the city hospital, the director said ..." speaks for the hospital.
INSTITUTION_PLACES = {"hospital", "clinic", "morgue", "mortuary", "school", "university", "camp", "centre", "center",
                      "shelter", "office", "ministry", "agency", "prison", "embassy", "airport", "port", "infirmary"}
#: Role nouns that name an organisation ("the office", "the group") rather than a person.
ORG_ROLE_HEADS = {"office", "group", "agency", "charity", "network", "coalition", "alliance", "union",
                  "federation", "foundation", "association", "observatory", "project", "organisation", "organization", "institute", "authority",
                  "administration", "service", "centre", "center", "body", "bureau", "monitor", "tracker",
                  "team", "committee", "council", "commission", "department", "ministry", "directorate",
                  "platform", "mission", "panel", "company", "firm", "site", "newspaper", "broadcaster",
                  "channel", "watchdog", "collective", "network", "consortium"}

#: Nouns for a body that point back only to a body of that name (rule ``body_named_before``):
#: "the association says" is "Familiares Unidos, the relatives' association" named before, and
#: "the party says" is "the Communist party, the KKE", even if it has not spoken yet.
NAMED_BODY_HEADS = {"association", "party", "movement", "church", "union", "federation", "foundation",
                    "coalition", "alliance", "project", "organisation", "organization", "campaign", "front",
                    "service", "directorate", "institute", "observatory", "network", "commission", "committee",
                    "unit", "society", "cooperative", "co-operative", "trust"}

#: Abbreviated ranks and titles written before a name: one token each, so that their full stop
#: never ends a sentence ("First Deputy Supt. Raymond Kowalczyk told reporters").
TITLE_ABBREVIATIONS = ("Supt.", "Insp.", "Sgt.", "Cmdr.", "Cdr.", "Capt.", "Lt.", "Col.", "Maj.", "Brig.", "Det.",
                       "Cpl.", "Const.", "Pvt.", "Cmdt.", "Comdr.")

#: Counted nouns for civilians: moving them ("sent", "arrived", "moved") is displacement, not a deployment.
CIVILIAN_NOUNS = {"people", "civilians", "residents", "families", "migrants", "refugees", "children",
                  "women", "households", "persons", "inhabitants", "villagers", "asylum", "seekers"}

#: Verbs by which a source publishes figures given in the next sentences ("released its bulletin").
PUBLISH_VERBS = {"release", "publish", "issue", "say", "report", "announce", "update", "post", "present",
                 "give", "provide", "share", "disclose", "unveil", "put", "tell", "brief", "confirm", "set"}

#: The last word of a transcript label in capitals that names a role, not a person ("POLICE
#: SPOKESMAN (recorded):", "SURVIVOR:", "MOTHER OF A MISSING MAN:") (rule ``role_label``).
LABEL_ROLES = {"spokesman", "spokeswoman", "spokesperson", "official", "officer", "survivor", "marcher", "protester",
               "mother", "father", "wife", "husband", "brother", "sister", "son", "daughter", "man", "woman",
               "resident", "witness", "doctor", "nurse", "volunteer", "fisherman", "rescuer", "diver", "teacher",
               "farmer", "driver", "worker", "organiser", "organizer", "commander", "soldier", "refugee", "migrant",
               "medic", "surgeon", "shopkeeper", "villager", "relative", "lawyer", "activist", "analyst", "source",
               "minister", "governor", "mayor", "chief", "captain", "colonel", "general", "director"}

#: Verbs of arrest: only combatants (FORCE_NOUNS) taken this way are "captured"; arrested
#: protesters or migrants are "other".
#: The last word of a street address after a number ("13 Nikole Pašića Square"): not a figure.
ADDRESS_WORDS = {"street", "st", "square", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
                 "place", "plaza", "way", "highway", "terrace"}
#: Lemmas for arriving: civilians who arrive somewhere are counted arrivals, not people displaced.
ARRIVAL_WORDS = {"arrive", "arrival", "arrivals", "land", "reach"}
#: Verbs of people moving or staying somewhere: in a report about displacement, they are displaced.
MOVE_OR_STAY_VERBS = {"arrive", "cross", "leave", "return", "live", "stay", "flee", "shelter", "remain", "hold",
                      "register", "host", "go", "move", "head", "enter", "sleep", "reach"}
#: Nouns for the people a reporter heard from ("Two congressional officials said"): counting
#: them is not a claim.
SOURCE_COUNT_NOUNS = {"officials", "sources", "diplomats", "people", "analysts", "officers", "lawmakers",
                      "witnesses", "residents", "aides"}
#: Verbs by which a body states a sum it asks for or gives ("The UN has appealed for $140 million"):
#: the subject is the source of that figure.
APPEAL_VERBS = {"appeal", "ask", "request", "seek", "pledge", "allocate", "approve", "promise", "donate", "earmark",
                "budget", "commit", "release", "spend", "provide", "offer", "announce"}
#: Multiples of a figure stated before: word -> factor ("about twice as many", "twice that").
MULTIPLES = {"twice": 2, "double": 2, "three times": 3, "four times": 4, "five times": 5, "ten times": 10,
             "half": 0.5}
#: Words of change before "from A to B": a revision (two figures), not a range.
CHANGE_WORDS = {"up", "down", "rose", "risen", "rise", "rises", "climbed", "climbs", "jumped", "increased",
                "fell", "fallen", "dropped", "revised", "raised", "lowered", "grew", "grown", "soared", "went",
                "doubled", "surged", "swelled", "reduced", "cut", "corrected", "updated", "changed"}
#: Verbs that make the figure after them a lower bound ("has passed one million").
BOUND_VERBS = {"pass", "exceed", "surpass", "top", "cross", "pass"}
ARREST_WORDS = {"arrested", "arrest", "detained", "detain", "detentions", "arrests", "held", "rounded", "charged"}

#: Counted nouns that are things, not people: never killed, wounded, captured, missing or displaced.
THING_NOUNS = {"homes", "houses", "buildings", "hectares", "acres", "vehicles", "tons", "tonnes", "schools",
               "hospitals", "shelters", "tents", "villages", "towns", "kilometres", "kilometers", "miles", "roads",
               "bridges", "farms", "livestock", "cattle", "trucks", "aircraft", "drones", "missiles", "shells",
               "rockets", "tanks", "meals", "doses", "boats", "flights", "dollars", "euros", "calls", "messages",
               "requests", "applications", "pages", "camps", "districts", "provinces", "regions", "centres",
               "centers", "sites", "municipalities", "cities", "posts", "bases", "countries", "communes"}
#: Words right before a figure that make it part of the previous figure: it counts the same thing.
PART_MARKERS = ("including", "among them", "of whom", "of them", "among whom", "up from", "down from",
                "compared with", "compared to", "from", "including those of", "among them those of")


#: Words that say which kind of place an office belongs to ("the provincial governor", "the
#: municipal administrator", "the wali of the province"): word -> kind of place (rule ``office_of_place``).
ADMIN_KINDS = {"provincial": "province", "province": "province", "municipal": "municipality",
               "municipality": "municipality", "regional": "region", "region": "region", "district": "district",
               "county": "county", "state": "state", "territorial": "territory", "territory": "territory",
               "prefectural": "prefecture", "prefecture": "prefecture", "city": "city", "town": "town"}
#: Nouns for a body a named person can belong to ("Dr X of the Example Institute", rule ``person_of_body``;
#: "the organisers, the Example Acorda Brasil movement," rule ``appos_name``).
MEMBER_BODIES = ORG_ROLE_HEADS | {"unit", "police", "army", "navy", "force", "forces", "ministry", "university",
                                  "hospital", "guard", "gendarmerie", "command", "corps", "front", "movement",
                                  "church", "court", "party", "coalition", "alliance", "union"}
#: Words of a political party's name: a politician "of the Social Democratic Alliance" speaks for herself.
PARTY_WORDS = {"party", "democratic", "democrats", "socialist", "socialists", "labour", "labor", "conservative",
               "conservatives", "liberal", "liberals", "greens", "congress", "republican", "republicans", "social"}
#: Verbs for running a body: "X, who heads the agency," speaks for it (rule ``person_of_body``).
HEADS_VERBS = {"head", "lead", "run", "direct", "manage", "chair", "coordinate", "command"}
